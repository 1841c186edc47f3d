"""Tables that are shown, not spoken (a long table; see ingest/tables.py): as text lines for
the transcript and as an accessible HTML table for the player and the review page."""

from __future__ import annotations

import html
import re

from ..model import ShownTable
from .text import clean_text

CELL_SEPARATOR = " | "
_FIGURE = re.compile(r"[-+−]?\d[\d,，]*(?:\.\d+)?%?")


def table_lines(table: ShownTable) -> list[str]:
    """The caption (if any), then one line per row, cells separated by `CELL_SEPARATOR`."""
    lines = [clean_text(table.caption)] if table.caption else []
    lines += [CELL_SEPARATOR.join(clean_text(cell) for cell in row).rstrip() for row in table.rows]
    return lines


def table_html(table: ShownTable, *, label: str = "表格") -> str:
    """A <table> with its caption, column headers (`<th scope="col">`) and row labels (the
    first cell of a body row, `<th scope="row">`), in a region that scrolls sideways when the
    table is wider than the page (focusable, so keyboard users can scroll it too)."""
    name = clean_text(table.caption) or label
    parts = [f'<div class="ajd-table" role="region" tabindex="0" aria-label="{html.escape(name, quote=True)}"><table>']
    if table.caption:
        parts.append(f"<caption>{_cell(table.caption)}</caption>")
    head, body = table.rows[: table.header_rows], table.rows[table.header_rows :]
    if head:
        parts.append("<thead>")
        parts.extend("<tr>" + "".join(f'<th scope="col">{_cell(cell)}</th>' for cell in row) + "</tr>" for row in head)
        parts.append("</thead>")
    parts.append("<tbody>")
    for row in body:
        cells = []
        for index, cell in enumerate(row):
            if index == 0 and clean_text(cell):
                cells.append(f'<th scope="row">{_cell(cell)}</th>')
            elif _FIGURE.fullmatch(clean_text(cell)):
                cells.append(f'<td class="ajd-num">{_cell(cell)}</td>')  # figures line up on the right
            else:
                cells.append(f"<td>{_cell(cell)}</td>")
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</tbody></table></div>")
    return "".join(parts)


def _cell(text: str) -> str:
    return html.escape(clean_text(text), quote=True)
