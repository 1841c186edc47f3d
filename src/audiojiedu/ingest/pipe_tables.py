"""Tables written with vertical bars in plain text: `| 规章 | 0 | 0 | 5 |`.

Pages converted to text by scrapers and Markdown tools keep a table as lines of cells between
`|` (or full-width `｜`). Read as prose, each row is a line of bare numbers and a row label
such as `一、本年新收…数量` looks like a heading. Here a run of two or more such lines becomes
a table, spoken row by row by `tables.table_paragraphs` (label, column names and values).

The bars say where cells end but not which cells were merged, so a header row is only used
for column names when it has exactly one cell per column of the numeric rows below it. A
header that does not line up (a two-level header whose merged cells the converter dropped)
names the columns only when it is the header of a form whose layout is known (flat_tables);
otherwise it is read once as it stands, and the rows under it are read with their label and
values, never with a column name that may belong to another column.
A row with a single filled cell (`| 第二十条 第（一）项 | | |`) is a caption: read as text,
it ends the table before it and starts the next.

Some scrapers write a table one cell a line, each cell followed by its bar (`信息内容 |`,
`本年制发件数 |`, an empty cell a bar alone): the rows are lost. Such a run is joined back into
one line of cells (`join_cell_lines`), the shape of a table flattened into a paragraph, which
`flat_tables` reads when the form is known (the annual report's tables) and which is never taken
for headings one cell at a time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Paragraph
from .flat_tables import recover_flat_tables
from .tables import MAX_SPOKEN_ROWS, table_paragraphs

_BAR = "|｜"
_RULE_CELL = re.compile(r"^:?-{3,}:?$")  # | --- | :---: | the Markdown header rule
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"^[-+]?\d[\d,，]*(?:\.\d+)?%?$")
# A cell written on a line of its own with its bar after it (信息内容 |), or bars alone.
_CELL_LINE = re.compile(r"[^|｜]*[|｜]|[|｜ \t\u3000]+")
_MIN_CELL_LINES = 6  # filled cells: fewer are no table worth joining


def is_pipe_row(line: str) -> bool:
    """A line of cells: it starts or ends with a bar and has at least two bars."""
    text = line.strip()
    return sum(text.count(bar) for bar in _BAR) >= 2 and (text[:1] in _BAR or text[-1:] in _BAR)


def pipe_cells(line: str) -> list[str]:
    """The cells of a pipe row, outer bars removed, trailing empty cells dropped."""
    text = line.strip().replace("｜", "|")
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") else text
    cells = [re.sub(r"\s+", " ", cell).strip() for cell in text.split("|")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def join_cell_lines(lines: Sequence[str]) -> list[str]:
    """`lines` with each run of at least _MIN_CELL_LINES cells written one a line with a bar
    after it (`规章 |`, `0 |`; bars alone are empty cells) joined into one line, the cells set
    apart by spaces. Nothing but the bars and the line breaks goes."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _CELL_LINE.fullmatch(lines[end].strip()):
            end += 1
        cells = [lines[k].strip().rstrip(_BAR + " \t\u3000") for k in range(index, end)]
        if sum(1 for cell in cells if cell) >= _MIN_CELL_LINES:
            out.append(" ".join(cell for cell in cells if cell))
            index = end
        else:
            out.append(lines[index])
            index += 1
    return out


def pipe_table_paragraphs(lines: Sequence[str], *, max_rows: int | None = MAX_SPOKEN_ROWS) -> list[Paragraph]:
    """Paragraphs of `lines`, each run of two or more pipe rows read as a table."""
    lines = [part for line in lines for part in _part_glued_text(line)]
    out: list[Paragraph] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and is_pipe_row(lines[end]):
            end += 1
        if end - index < 2:
            out.append(Paragraph(lines[index]))
            index += 1
            continue
        out.extend(_table(lines[index:end], max_rows=max_rows))
        index = end
    return out


_SENTENCE_ENDS = "。！？"
_MAX_ROW_LABEL = 30  # characters of a row's label before its first bar


def _part_glued_text(line: str) -> list[str]:
    """A pipe row whose first cell holds the text before the table, run on into the row's label
    (a one-line page: …的总体平衡。 一、综合 初步核算，…。 全市常住人口 | 3213.34 | 100.00 |; dev78):
    the text up to its last sentence's end, then the row. Any other line as it is."""
    if not is_pipe_row(line) or line.lstrip()[:1] in _BAR:
        return [line]
    first = re.split(f"[{_BAR}]", line, maxsplit=1)[0]
    end = max(first.rfind(mark) for mark in _SENTENCE_ENDS)
    if end < 0 or len(first) - end - 1 > _MAX_ROW_LABEL:
        return [line]
    return [line[: end + 1], line[end + 1 :].strip()]


def _table(lines: Sequence[str], *, max_rows: int | None) -> list[Paragraph]:
    out: list[Paragraph] = []
    rows: list[list[str]] = []
    for line in lines:
        cells = pipe_cells(line)
        if not cells or all(_RULE_CELL.match(cell) or not cell for cell in cells):
            continue
        if sum(1 for cell in cells if cell) == 1 and not _NUMBER.match(next(c for c in cells if c)):
            out.extend(_grid(rows, max_rows=max_rows))
            rows = []
            out.append(Paragraph(next(c for c in cells if c), kind="table"))  # a caption
            continue
        rows.append(cells)
    out.extend(_grid(rows, max_rows=max_rows))
    return out


def _grid(rows: list[list[str]], *, max_rows: int | None) -> list[Paragraph]:
    """Speak one table: its aligned header names the columns; an unaligned one is read as is."""
    if not rows:
        return []
    numeric = [row for row in rows if any(_NUMBER.match(cell) for cell in row)]
    if not numeric:
        return [Paragraph("，".join(c for c in row if c), kind="table") for row in rows]
    width = max(len(row) for row in numeric)
    first = rows.index(numeric[0])
    header, body = rows[:first], rows[first:]
    if all(len(row) == width for row in header):
        return table_paragraphs([*header, *body], max_rows=max_rows)
    # A form whose layout is fixed (the annual report's tables) is known by its header words:
    # read as spaced text, flat_tables names the columns. Otherwise no name is paired.
    known, _ = recover_flat_tables([Paragraph(" ".join(c for c in row if c)) for row in rows], max_rows=max_rows)
    if any(p.kind == "table" for p in known) and not any(p.kind == "text" and _DIGIT.search(p.text) for p in known):
        return [replace(p, kind="table") for p in known]  # a note over the form stays with it
    said = [Paragraph("，".join(c for c in row if c), kind="table") for row in header]
    return said + table_paragraphs(body, max_rows=max_rows)
