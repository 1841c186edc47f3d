"""Tables read aloud: each data row becomes one sentence.

A statistics row is spoken as its label, a colon, then "column header + value" pairs:
    规章 | 0 | 0 | 5   under   信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
    -> "规章：本年制发件数0件，本年废止件数0件，现行有效件数5件。"
Digits stay digits (the normalizer reads them). A unit is added only when the header names it
(…件数 -> 件, …人数 -> 人, "（单位：万元）" -> 万元).

A long table (more than `MAX_SPOKEN_ROWS` data rows, 12, or more than `MAX_SPOKEN_CELLS`
filled cells, 96) is announced first: one sentence starting with `LARGE_TABLE_NOTE` gives
its size, its columns and its total row, so a listener knows what is coming and can skip
it; then every row follows. The document's facts are never replaced by a pointer to a text
the listener cannot read. Every reader takes `max_table_rows` (None = no announcement).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Paragraph

MAX_SPOKEN_ROWS = 12
MAX_SPOKEN_CELLS = 96
LARGE_TABLE_NOTE = "以下是一张较长的表格"
_ALL_ZERO_MIN = 4
_TOTAL_LABEL = re.compile(r"^(?:[（(]?[一二三四五六七八九十]+[)）、]?)?(?:总计|合计|总额|共计)")

_NUMBER = re.compile(r"^[-+]?\d[\d,，]*(?:\.\d+)?%?$")
_UNIT_IN_HEADER = re.compile(r"[（(]单位[:：]\s*([^)）]+)[)）]")
_COUNT_UNITS = {"件数": "件", "人数": "人", "个数": "个", "次数": "次", "户数": "户", "家数": "家"}


def table_paragraphs(rows: Sequence[Sequence[str | None]], *, max_rows: int | None = MAX_SPOKEN_ROWS) -> list[Paragraph]:
    """Paragraphs (kind="table") that speak `rows`, row by row; a long table is announced first.

    Merged cells (None) are kept as they are: the header reader needs them.
    """
    grid = [list(row) for row in rows if any(_cell(c) for c in row)]
    if not grid:
        return []
    filled = sum(1 for row in grid for cell in row if _cell(cell))
    rows_spoken = [Paragraph(sentence, kind="table") for sentence in row_sentences(grid)]
    if max_rows is not None and (len(grid) - 1 > max_rows or filled > MAX_SPOKEN_CELLS * max_rows / MAX_SPOKEN_ROWS):
        return [Paragraph(_announcement(grid, rows_spoken), kind="table"), *rows_spoken]
    return rows_spoken


def _announcement(grid: list[list[str | None]], rows: list[Paragraph]) -> str:
    """较长表格: its size, its value columns and its total row, in one sentence."""
    width = max(len(row) for row in grid)
    header_rows = _header_rows(grid)
    # The first column holds the row labels, even when its header cell is empty.
    columns = _header_parts(grid[:header_rows])
    header = []
    previous = columns[0] if columns else []
    for parts in columns[1:]:
        if parts and parts != columns[0]:
            header.append(_said_once(parts, previous))
            previous = parts
    parts = [f"{LARGE_TABLE_NOTE}，共{len(rows)}行、{width}列"]
    if header:
        parts.append("各列是" + "、".join(header))
    totals = [p.text for p in rows if _TOTAL_LABEL.match(p.text)]
    if totals:
        parts.append("合计一行是：" + totals[-1].rstrip("。"))
    return "；".join(parts) + "。下面逐行朗读。"


def row_sentences(rows: Sequence[Sequence[str | None]]) -> list[str]:
    """One sentence per row; leading rows without numbers are the (possibly multi-row) header."""
    raw = [list(row) for row in rows if any(_cell(c) for c in row)]
    if not raw:
        return []
    header_rows = _header_rows(raw)
    header = _header_parts(raw[:header_rows])
    grid = [_dedupe([_cell(c) for c in row]) for row in raw[header_rows:]]
    return [sentence for row in grid if (sentence := _row_sentence(row, header))]


def _header_rows(raw: Sequence[Sequence[str | None]]) -> int:
    """How many leading rows hold no number (the header), when the table has numbers at all."""
    count = 0
    if any(_NUMBER.match(_cell(c)) for row in raw for c in row):
        while count < len(raw) - 1 and not any(_NUMBER.match(_cell(c)) for c in raw[count]):
            count += 1
    return count


def _header_parts(rows: Sequence[Sequence[str | None]]) -> list[list[str]]:
    """Stack header rows per column: the header cells over each column, top down.

    A merged cell comes back as None. Under a column's own header cell (总计 spanning two
    rows) it continues that cell downwards; otherwise it continues the cell on its left (法人或
    其他组织 spanning 商业企业 … 其他). A top cell spanning every value column (申请人情况
    over 自然人 … 总计) says what the whole table counts; it is left out of each column's
    name, which it would only lengthen.
    """
    width = max((len(row) for row in rows), default=0)
    columns: list[list[str]] = [[] for _ in range(width)]
    own = [False] * width  # the column's last part is its own cell, not one spanning from the left
    for row in rows:
        previous = ""
        for index in range(width):
            value = row[index] if index < len(row) else None
            if value is None and own[index]:
                previous = columns[index][-1]
                continue  # spanning down from this column's own cell
            text = previous if value is None else _cell(value)
            previous = text
            if text and (not columns[index] or columns[index][-1] != text):
                columns[index].append(text)
                own[index] = value is not None
    label = columns[0][:1] if columns else []
    values = [parts for parts in columns if parts and parts[:1] != label]
    if len(values) > 1 and all(len(parts) > 1 and parts[0] == values[0][0] for parts in values):
        for parts in values:
            del parts[0]
    return columns


def _row_sentence(row: list[str], header: list[list[str]]) -> str:
    """label：name value, name value, … . A group header shared with the column before is said
    once (法人或其他组织商业企业0，科研机构0), as a reader would; units come from the header."""
    labels = [c for c in row if c and not _NUMBER.match(c)]
    values = [(i, c) for i, c in enumerate(row) if c and _NUMBER.match(c)]
    if not values:
        return _end("，".join(labels))
    # A long row of zeros (the national template has many) is said in one phrase.
    if len(values) >= _ALL_ZERO_MIN and all(float(v.rstrip("%").replace(",", "").replace("，", "")) == 0 for _, v in values):
        label = "，".join(labels)
        return _end(f"{label}：各项均为0" if label else "各项均为0")
    offset = len(header) - len(row) if header and len(header) > len(row) else 0
    spoken = []
    previous: list[str] = []
    for index, value in values:
        parts = header[index + offset] if header and index + offset < len(header) else []
        _, unit = _unit("".join(parts))
        name, _ = _unit(_said_once(parts, previous))
        previous = parts
        spoken.append(f"{name}{value}{unit}")
    label = "，".join(labels)
    return _end(f"{label}：{'，'.join(spoken)}" if label else "，".join(spoken))


def _said_once(parts: list[str], previous: list[str]) -> str:
    """A column's name without the group headers it shares with the column said before."""
    shared = 0
    while shared < min(len(parts), len(previous)) - 1 and parts[shared] == previous[shared]:
        shared += 1
    return "".join(parts[shared:])


def _unit(header: str) -> tuple[str, str]:
    match = _UNIT_IN_HEADER.search(header)
    if match:
        return (header[: match.start()] + header[match.end() :]).strip(), match.group(1).strip()
    for suffix, unit in _COUNT_UNITS.items():
        if header.endswith(suffix):
            return header, unit
    return header, ""


def _cell(value: str | None) -> str:
    return re.sub(r"\s+", "", value or "")


def _dedupe(row: list[str]) -> list[str]:
    """Merged cells come back repeated (python-docx); keep the first copy."""
    out: list[str] = []
    for cell in row:
        out.append("" if out and cell and cell == out[-1] and not _NUMBER.match(cell) else cell)
    return out


def _end(sentence: str) -> str:
    sentence = sentence.strip("，、 ")
    return sentence if not sentence or sentence[-1] in "。！？" else sentence + "。"
