"""Tables copied from a web page into text one cell per line, read again as tables.

Copying a page's table into a text file often puts every cell on a line of its own:

    2021年全市生产总值及增长速度     <- caption (optional)
    指    标                         <- k header cells, one a line, without figures
    绝对数(亿元)
    比上年增长(%)
    地区生产总值                     <- a row: its label, then its k-1 figures, one a line
    2167.67
    8.5
    其中：第一产业
    …

Read as text, each cell is a paragraph of its own (a pause after every figure) and no figure is
said with its column's name. Here such a run becomes table rows for `tables.table_paragraphs`
(`地区生产总值：绝对数2167.67亿元，比上年增长8.5%。`). A row may also stand on one line, its label
and its k-1 figures separated by spaces or tabs, under a header written one cell a line.

The evidence asked for, so that a list of short lines that is no table stays as it is:
- the number of figures after the first row's label fixes the width: k-1 figure lines (or
  tokens), and exactly k header lines without a figure just above that label;
- at least `_MIN_ROWS` rows, each a label without a figure followed by exactly k-1 figures;
  a group label ending with a colon (按性别分：) between rows is a row without figures; the
  first line that breaks this period ends the table, and is read as text again;
- a figure is a number as a table writes it (8.5, -3.2, 1,234, 12%) or a dash for an empty
  cell; a code (a leading zero, a phone number) is no figure, and a column whose header names
  codes (电话, 编号 …) or whose figures count 1, 2, 3 … (a 序号 that belongs to the next line)
  makes the run no table.
Nothing is dropped or added: every line of a table is one of its cells (a dash becomes an empty
cell), and a Finding "line-table" tells staff which lines were read as a table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..model import Finding, Paragraph
from ..tsv import words_pattern
from .tables import MAX_SPOKEN_ROWS, UNIT_LINE, recover_in_text_runs, table_paragraphs, table_words

__all__ = ["LINE_TABLE", "recover_line_tables"]

LINE_TABLE = "line-table"

# A figure as a statistics table writes it: no leading zero (0571…: a code), at most ten digits
# before the point (13800001111: a phone number), a sign, a unit of percent or per mille.
_FIGURE = re.compile(r"[-+－−]?(?:0|[1-9]\d{0,9}|[1-9]\d{0,2}(?:[,，]\d{3})+)(?:[.．]\d+)?\s*[%％‰]?")
_EMPTY = re.compile(r"[-－—–]{1,2}")  # an empty cell
_SENTENCE = re.compile(r"[。！？；!?;]")
_ENDS_AS_LEAD = re.compile(r"[：:，,、]$")  # "联系方式：" introduces what follows, it heads no column
_HEADING_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十0-9]+[章节条部编節條編])"
)
# Column headers whose digits are codes or counters, not quantities: such a run is a list.
_CODE_COLUMN = re.compile(r"电话|手机|号码|编号|代码|邮编|传真|证号|序号|账号|QQ|微信", re.IGNORECASE)
_MAX_HEADER = 20  # characters of a header cell (spaces left out)
_MAX_LABEL = 40
_MAX_CAPTION = 50
_MIN_ROWS = 3
_MAX_COLUMNS = 12
_MIN_CORNERLESS_HEADER = 2  # header lines of a table with an empty corner cell


@dataclass(frozen=True)
class _Table:
    caption: int | None  # index of the caption line, if one stands just above the header
    header: int  # index of the first header line
    end: int  # index after the last row
    grid: tuple[tuple[str, ...], ...]  # header, then the rows


def recover_line_tables(
    paragraphs: Sequence[Paragraph], *, max_rows: int | None = MAX_SPOKEN_ROWS
) -> tuple[tuple[Paragraph, ...], tuple[Finding, ...]]:
    """`paragraphs` with each run of text lines that is a table one cell a line turned into
    table rows (`max_rows`: as `tables.table_paragraphs`)."""
    return recover_in_text_runs(paragraphs, lambda block: _recover_block(block, max_rows=max_rows))


def _recover_block(block: Sequence[Paragraph], *, max_rows: int | None) -> tuple[list[Paragraph], list[Finding]]:
    lines = [p.text.strip() for p in block]
    out: list[Paragraph] = []
    findings: list[Finding] = []
    position = 0
    start = 0
    while start < len(lines):
        table = _table_at(lines, start, floor=position)
        if table is None:
            start += 1
            continue
        first = table.header if table.caption is None else table.caption
        out.extend(block[position:first])
        caption = lines[table.caption] if table.caption is not None else ""
        out.extend(table_paragraphs(table.grid, max_rows=max_rows, caption=caption))
        findings.append(_finding(lines, table))
        position = start = table.end
    out.extend(block[position:])
    return out, findings


def _table_at(lines: Sequence[str], row: int, *, floor: int) -> _Table | None:
    """The table whose first row starts at line `row`, its header in the lines above it (none
    above `floor`), or None."""
    first = _first_row(lines, row)
    if first is None:
        return None
    width = len(first[0]) - 1
    if width + 1 > _MAX_COLUMNS:
        return None
    spaced_head = _spaced_header(lines, row, width, floor=floor)
    if spaced_head is not None:
        head, header = spaced_head
    else:
        found_head = _header(lines, row, width, floor=floor)
        if found_head is None:
            return None
        head, header = found_head, row - len(found_head)
    if len(head) == width:  # the corner over the labels is empty: the copy has no line for it
        head = ["", *head]
    rows: list[tuple[str, ...]] = []
    position = row
    while True:
        found = _row_at(lines, position, width)
        if found is None and position < len(lines) and _is_group(lines[position]):
            # 按性别分：— a row of its own over the rows it groups, when one follows.
            found = _row_at(lines, position + 1, width)
            if found is not None:
                rows.append((lines[position].rstrip("：:"), *[""] * width))  # said as 按性别分。
        if found is None:
            break
        cells, position = found
        rows.append(cells)
    if len(rows) < _MIN_ROWS or any(_counts_up(rows, column) for column in range(1, width + 1)):
        return None
    caption = header - 1 if header - 1 >= floor and _is_caption(lines[header - 1]) else None
    grid = _units_to_header([list(head), *([_spoken_cell(cell) for cell in cells] for cells in rows)])
    return _Table(caption=caption, header=header, end=position, grid=grid)


def _spaced_header(lines: Sequence[str], row: int, width: int, *, floor: int) -> tuple[list[str], int] | None:
    """The header written on one line right above the first row, its cells set apart by spaces,
    a two-character name maybe letter-spaced (指 标 总 量 比上年增长 over 地区生产总值 500.76 8.3), and
    the index of its first line: a unit line over it (单位：亿元、%) naming one unit a column of
    figures goes into their headers (总量（亿元）, 比上年增长（%）) and is the table's, not a cell.
    None if the line above is no such header."""
    if row - 1 < floor:
        return None
    words = lines[row - 1].split()
    cells: list[str] = []
    at = 0
    while at < len(words):
        # a run of single characters is a letter-spaced header, two characters a cell (指 标)
        if len(words[at]) == 1 and at + 1 < len(words) and len(words[at + 1]) == 1:
            cells.append(words[at] + words[at + 1])
            at += 2
        elif len(words[at]) == 1:
            return None
        else:
            cells.append(words[at])
            at += 1
    if len(words) < 2 or len(cells) not in (width + 1, width) or not all(_is_header_cell(cell) for cell in cells):
        return None
    if len(cells) == width:
        cells = ["", *cells]  # no name over the labels
    start = row - 1
    above = lines[row - 2].strip() if row - 2 >= floor else ""
    if (unit := UNIT_LINE.fullmatch(above)) is not None:
        units = [part.strip() for part in re.split("[、，,/／]", re.sub(r"^[（(]?(?:金额)?单位[:：]|[)）]$", "", above)) if part.strip()]
        if len(units) == width and unit:
            cells = [cells[0], *(f"{cell}（{name}）" for cell, name in zip(cells[1:], units, strict=True))]
            start = row - 2
    return cells, start


def _header(lines: Sequence[str], row: int, width: int, *, floor: int) -> list[str] | None:
    """The header lines above the first row at `row`: one for each of its `width` + 1 columns,
    or one for each column of figures when the corner cell over the labels is left empty (the
    line above them is then no header cell: a lead-in, a sentence, the start of the text), when
    there are at least two such columns (one short line over one figure a row is weak evidence)."""
    for count in (width + 1, width):
        start = row - count
        if start < floor or count < _MIN_CORNERLESS_HEADER:
            continue
        head = lines[start:row]
        if not all(_is_header_cell(cell) for cell in head) or any(_CODE_COLUMN.search(cell) for cell in head):
            continue
        if count == width and start > floor and _is_header_cell(lines[start - 1]):
            return None  # a header line just above would be the corner: the count is wrong
        return list(head)
    return None


def _units_to_header(grid: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    """A column whose figures all carry the same unit (162817吨, 160210吨) has it moved into its
    header (2024年（吨）), where the table reader takes a column's unit and says it after each
    figure; cells with differing units keep theirs, said as written."""
    for column in range(1, len(grid[0])):
        cells = [row[column] for row in grid[1:] if row[column]]
        units = {_unit_of(cell) for cell in cells}
        if len(units) != 1 or "" in units:
            continue
        unit = units.pop()
        grid[0][column] = f"{grid[0][column]}（{unit}）"
        for row in grid[1:]:
            row[column] = _spoken_cell(row[column].removesuffix(unit).strip())
    return tuple(tuple(row) for row in grid)


def _unit_of(cell: str) -> str:
    match = _figure_with_unit().fullmatch(cell)
    return match.group("unit") if match else ""


def _first_row(lines: Sequence[str], index: int) -> tuple[tuple[str, ...], int] | None:
    """The row at `index` with as many figures as follow its label (the table's width)."""
    if not _is_label(lines[index]):
        return None
    spaced = _spaced_row(lines[index])
    if spaced is not None:
        return spaced, index + 1
    count = 0
    while index + 1 + count < len(lines) and _is_figure(lines[index + 1 + count]):
        count += 1
    if count == 0:
        return None
    return (lines[index], *lines[index + 1 : index + 1 + count]), index + 1 + count


def _row_at(lines: Sequence[str], index: int, width: int) -> tuple[tuple[str, ...], int] | None:
    """The row at `index` when it has exactly `width` figures: on one line, or one a line
    (then the line after them is no figure: a longer run is not this table's row)."""
    if index >= len(lines) or not _is_label(lines[index]):
        return None
    spaced = _spaced_row(lines[index])
    if spaced is not None:
        return (spaced, index + 1) if len(spaced) == width + 1 else None
    end = index + 1 + width
    if end > len(lines) or not all(_is_figure(line) for line in lines[index + 1 : end]):
        return None
    if end < len(lines) and _is_figure(lines[end]):
        return None
    return (lines[index], *lines[index + 1 : end]), end


def _spaced_row(line: str) -> tuple[str, ...] | None:
    """A label and figures on one line, separated by white space: `工业 536.03 9.5`."""
    words = line.split()
    count = 0
    while count < len(words) - 1 and _is_figure(words[len(words) - 1 - count]):
        count += 1
    if count == 0:
        return None
    label = " ".join(words[: len(words) - count])
    if not _is_label(label):
        return None
    return (label, *words[len(words) - count :])


def _is_figure(text: str) -> bool:
    """A cell of figures: a number as a table writes it, a dash, or a number with its unit
    written after it in the cell (162817吨, 85.6亿元; the unit is said as written)."""
    return any(pattern.fullmatch(text) is not None for pattern in (_FIGURE, _EMPTY, _figure_with_unit()))


@cache
def _figure_with_unit() -> re.Pattern[str]:
    units = sorted(table_words()["unit"], key=len, reverse=True)
    return re.compile(f"{_FIGURE.pattern}\\s*(?P<unit>{words_pattern(units)})")


def _is_label(text: str) -> bool:
    """A row label: short, no sentence, no figure, not a lead-in ending with a colon, and a word
    or a number (0-15 for an age group; a bullet alone, · before a menu's year, labels nothing)."""
    return (
        0 < len(text) <= _MAX_LABEL
        and any(char.isalnum() for char in text)
        and not _is_figure(text)
        and not _SENTENCE.search(text)
        and not _ENDS_AS_LEAD.search(text)
    )


def _is_group(text: str) -> bool:
    """A group label inside a table (按性别分：, 其中：): short, ends with a colon, no figure."""
    return 0 < len(text) <= _MAX_LABEL and text[-1] in "：:" and not _SENTENCE.search(text) and not _FIGURE.search(text)


def _is_header_cell(text: str) -> bool:
    squashed = "".join(text.split())
    return (
        0 < len(squashed) <= _MAX_HEADER
        and not UNIT_LINE.fullmatch(squashed)  # 单位：亿元、% says the figures' units, names no column
        and not _is_figure(squashed)
        and _spaced_row(text) is None
        and not _SENTENCE.search(text)
        and not _ENDS_AS_LEAD.search(text)
        and not _HEADING_NUMBER.match(squashed)
        and not _GLUED_FIGURES.search(squashed)
    )


# A word with figures glued after it (6火田镇216194: a row's number, its label and its cells run
# together in the copy): a row, never a column's name (those say 2021年, 第1季度 with their unit).
_GLUED_FIGURES = re.compile(r"\D\d{3,}$")


def _is_caption(text: str) -> bool:
    """The line just above the header names the table when it is a short title, not a sentence,
    a heading (一、综合), a lead-in (如下：) or a unit line (单位：亿元, said as it stands; for a
    long table, `tables.caption_long_tables` takes it with the title above it)."""
    return (
        0 < len(text) <= _MAX_CAPTION
        and not UNIT_LINE.fullmatch(text)
        and not _is_figure(text)
        and _spaced_row(text) is None
        and not _SENTENCE.search(text)
        and not _ENDS_AS_LEAD.search(text)
        and not _HEADING_NUMBER.match(text)
    )


def _counts_up(rows: Sequence[tuple[str, ...]], column: int) -> bool:
    """The column holds 1, 2, 3 … : a running number, which belongs to the line after it (序号
    first), not to the label before it."""
    values = [row[column] for row in rows]
    if not all(value.isdigit() for value in values):
        return False
    start = int(values[0])
    return all(int(value) == start + number for number, value in enumerate(values))


def _spoken_cell(cell: str) -> str:
    """A figure as the table reader takes it: a dash is an empty cell; a full-width minus,
    point or percent sign is the same character in ASCII."""
    if _EMPTY.fullmatch(cell):
        return ""
    if not _FIGURE.fullmatch(cell):
        return cell
    return "".join(cell.split()).replace("－", "-").replace("−", "-").replace("．", ".").replace("％", "%")


def _finding(lines: Sequence[str], table: _Table) -> Finding:
    """Which lines were read as a table; the text is the caption, or the first row's label
    (said at the start of the first row), to find it in the script."""
    header = "、".join("".join(cell.split()) for cell in table.grid[0])
    first = table.header if table.caption is None else table.caption
    said = lines[table.caption] if table.caption is not None else table.grid[1][0]
    return Finding(
        LINE_TABLE,
        f"{table.end - first}行逐行排列的文字按表格朗读（表头：{header}；{len(table.grid) - 1}行），请对照原表核对",
        said,
    )
