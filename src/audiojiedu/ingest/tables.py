"""Tables read aloud: each data row becomes one sentence.

A statistics row is spoken as its label, a colon, then "column header + value" pairs:
    规章 | 0 | 0 | 5   under   信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
    -> "规章：本年制发件数0件，本年废止件数0件，现行有效件数5件。"
Digits stay digits (the normalizer reads them). A unit is added only when the header names it
(…件数 -> 件, …人数 -> 人, "（单位：万元）" -> 万元).

A long table of figures (more than `MAX_SPOKEN_ROWS` data rows, 12, or more than
`MAX_SPOKEN_CELLS` filled cells, 96) is not read row by row: a listener cannot hold two
hundred figures. One paragraph sums it up aloud, starting with `LARGE_TABLE_NOTE`: its title
(when the line just before it is a table caption, see `caption_long_tables`), its size, its
column names, its total rows (合计/总计…) read with their column names, and where the full
table is (`FULL_TABLE_NOTE`). No total is computed: a table without a total row has none said.
The whole table travels with that paragraph (`Paragraph.shown`) and is shown, not spoken, in
the transcript and the player. A long table without figures (a list of names, tasks or
addresses, with or without a 序号 column) is content, not statistics: it is still read row by
row.
Every reader takes `max_table_rows` (None = every table read row by row, however long).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise

from ..model import Finding, Paragraph, ShownTable
from ..tsv import read_tsv, words_pattern

MAX_SPOKEN_ROWS = 12
MAX_SPOKEN_CELLS = 96
LARGE_TABLE_NOTE = "这里有一张较长的表格"
FULL_TABLE_NOTE = "完整表格见文字稿和播放页面。"
_ALL_ZERO_MIN = 4
_TOTAL_LABEL = re.compile(r"^(?:[（(]?[一二三四五六七八九十]+[)）、]?)?(?:总计|合计|总额|共计)")

_MAX_CAPTION = 50
_CAPTION_START = re.compile(r"^附?表\s*[0-9０-９一二三四五六七八九十]+(?:[-－—.．][0-9]+)?(?![0-9])")
# A line that opens with outline numbering is a heading, not a caption (一、 （二） 3. 第四章).
_HEADING_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.．、]|第[一二三四五六七八九十0-9]+[章节条部编節條編])"
)
# 详见下表, 如下表: a pointer to the table, not its title.
_POINTER = re.compile(r"[下见如此该本上]表$")
UNIT_LINE = re.compile(r"[（(]?(?:金额)?单位[:：][^。；]{1,20}?[)）]?")
_WIDE_GAP = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")
_NUMBER = re.compile(r"^[-+]?\d[\d,，]*(?:\.\d+)?%?$")
_UNIT_IN_HEADER = re.compile(r"[（(]单位[:：]\s*([^)）]+)[)）]")
_INDEX_HEADERS = frozenset({"序号", "编号", "序"})  # a column that numbers the rows
# A percent sign closing a column name without brackets (比上年增长%): the figures' unit, said
# after each (增长7.7%), not before it (增长%7.7 reads 百分号七点七).
_BARE_PERCENT = re.compile(r"(?<=[^\s%％‰(（])\s*([%％‰])$")
_COUNT_UNITS = {"件数": "件", "人数": "人", "个数": "个", "次数": "次", "户数": "户", "家数": "家"}


def recover_in_text_runs(
    paragraphs: Sequence[Paragraph],
    recover: Callable[[Sequence[Paragraph]], tuple[list[Paragraph], list[Finding]]],
) -> tuple[tuple[Paragraph, ...], tuple[Finding, ...]]:
    """`paragraphs` with `recover` applied to each run of consecutive plain text paragraphs
    (no heading, no table): a flattened table may run over several lines, never across a
    heading or a table already found."""
    out: list[Paragraph] = []
    findings: list[Finding] = []
    block: list[Paragraph] = []
    for paragraph in [*paragraphs, None]:
        if paragraph is not None and paragraph.kind == "text" and paragraph.heading_level is None:
            block.append(paragraph)
            continue
        if block:
            pieces, found = recover(block)
            out.extend(pieces)
            findings.extend(found)
            block = []
        if paragraph is not None:
            out.append(paragraph)
    return tuple(out), tuple(findings)


def table_paragraphs(
    rows: Sequence[Sequence[str | None]], *, max_rows: int | None = MAX_SPOKEN_ROWS, caption: str = ""
) -> list[Paragraph]:
    """Paragraphs (kind="table") that speak `rows`, row by row; a long table of figures is one
    spoken summary that carries the whole table to show (`Paragraph.shown`).

    `caption`: the title the format gives the table (HTML <caption>); a long table says it in
    its summary, a short one has it said first, as a paragraph of text.
    Merged cells (None) are kept as they are: the header reader needs them.
    """
    grid = [list(row) for row in rows if any(_cell(c) for c in row)]
    caption = _shown_cell(caption)
    title = [Paragraph(caption)] if caption else []
    if not grid:
        return title
    sentences = row_sentences(grid)
    filled = sum(1 for row in grid for cell in row if _cell(cell))
    header_rows = _header_rows(grid)
    long = max_rows is not None and (len(grid) - 1 > max_rows or filled > MAX_SPOKEN_CELLS * max_rows / MAX_SPOKEN_ROWS)
    if long and header_rows < len(grid) and _has_figures(grid):
        shown = ShownTable(_shown_rows(grid), header_rows=header_rows, caption=caption)
        return [Paragraph(_summary(grid, sentences, caption=caption), kind="table", shown=shown)]
    return title + [Paragraph(sentence, kind="table") for sentence in sentences]


def _has_figures(grid: list[list[str | None]]) -> bool:
    """A table of figures: at least half its filled cells, past the header and the label
    column, are numbers. A running 序号 in the first column (1, 2, 3 …) is no figure, and a
    table of mostly words (a job list with a 招考人数 column, tasks, addresses) is text to read,
    not figures to sum up."""
    body = grid[_header_rows(grid) :]
    cells = [_cell(cell) for row in body for cell in row[1:] if _cell(cell)]
    numbers = sum(1 for value in cells if _NUMBER.match(value))
    return bool(cells) and numbers * 2 >= len(cells)


def _shown_rows(grid: list[list[str | None]]) -> tuple[tuple[str, ...], ...]:
    """The cells as written, for the eye: a line break inside Chinese text (商业\n企业) gone,
    other runs of white space made one space (two figures stay apart), a merged cell empty,
    every row as wide as the widest."""
    width = max(len(row) for row in grid)
    return tuple(tuple(_shown_cell(row[i] if i < len(row) else None) for i in range(width)) for row in grid)


def _shown_cell(value: str | None) -> str:
    return _WIDE_GAP.sub("", " ".join((value or "").split()))


def _summary(grid: list[list[str | None]], sentences: list[str], *, caption: str) -> str:
    """A long table aloud: its title, size and column names, its total rows, where it is shown."""
    width = max(len(row) for row in grid)
    header_rows = _header_rows(grid)
    # The first column holds the row labels, even when its header cell is empty (a note, or
    # nothing); its header is not a value column.
    columns = _header_parts(grid[:header_rows])
    header = []
    previous = columns[0] if columns else []
    for parts in columns[1:]:
        if parts and parts != columns[0]:
            header.append(_said_once(parts, previous))
            previous = parts
    parts = [f"{_opening(caption)}，共{len(grid) - header_rows}行、{width}列"]
    if header:
        parts.append("各列是" + "、".join(header))
    totals = [sentence for sentence in sentences if _TOTAL_LABEL.match(sentence)]
    return "；".join(parts) + "。" + "".join(totals) + FULL_TABLE_NOTE


def _opening(caption: str) -> str:
    return f"{LARGE_TABLE_NOTE}：{caption}" if caption else LARGE_TABLE_NOTE


def caption_long_tables(paragraphs: Sequence[Paragraph]) -> tuple[Paragraph, ...]:
    """Give each long table the title the document writes just before it.

    A caption is a short line right before the table (`表1 2023年…情况`, `附表2 …`, or a line
    ending in 表 such as `…统计表`, `…情况表`), optionally followed by a unit line (`单位：万元`).
    It moves into the table: said in the summary, shown as the table's caption. Nothing is
    invented: without such a line the table has no title.
    """
    out: list[Paragraph] = []
    for paragraph in paragraphs:
        shown = paragraph.shown
        if shown is None or shown.caption:
            out.append(paragraph)
            continue
        taken = []
        if out and UNIT_LINE.fullmatch(out[-1].text.strip()) and out[-1].shown is None:
            taken.append(out.pop())
        if out and _is_caption(out[-1]):
            taken.append(out.pop())
        elif taken:
            out.append(taken.pop())  # a unit line alone stays where it is
        if not taken:
            out.append(paragraph)
            continue
        caption = " ".join(_shown_cell(p.text) for p in reversed(taken))  # caption and unit line stay apart
        rest = paragraph.text.removeprefix(_opening(""))
        shown = ShownTable(shown.rows, header_rows=shown.header_rows, caption=caption)
        out.append(Paragraph(_opening(caption) + rest, kind="table", shown=shown))
    return tuple(out)


def _is_caption(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    return (
        # A table's own one-cell title row comes as kind "table" (pipe tables, see pipe_tables.py).
        paragraph.heading_level is None
        and paragraph.shown is None
        and 0 < len(text) <= _MAX_CAPTION
        and not _HEADING_NUMBER.match(text)
        and not any(mark in text for mark in "。；！？")
        and (
            _CAPTION_START.match(text) is not None
            or (text.endswith("表") and not any(mark in text for mark in "：:") and not _POINTER.search(text))
        )
    )


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
        return _end(_join_labels(labels))
    # A long row of zeros (the national template has many) is said in one phrase.
    if len(values) >= _ALL_ZERO_MIN and all(
        float(v.rstrip("%").replace(",", "").replace("，", "")) == 0 for _, v in values
    ):
        label = _join_labels(labels)
        return _end(f"{label}：各项均为0" if label else "各项均为0")
    offset = len(header) - len(row) if header and len(header) > len(row) else 0
    spoken = []
    previous: list[str] = []
    number = ""
    for index, value in values:
        parts = header[index + offset] if header and index + offset < len(header) else []
        if "".join(parts) in _INDEX_HEADERS and value.isdigit() and not number:
            number = value  # the row's 序号: said first, as a list is read (1、城关镇：…)
            continue
        _, unit = _unit("".join(parts))
        name, _ = _unit(_said_once(parts, previous))
        previous = parts
        spoken.append(f"{name}{value}{unit}")
    label = _join_labels(labels)
    if number:
        label = f"{number}、{label}" if label else f"{number}、"
    if not spoken:
        return _end(label)
    return _end(f"{label}：{'，'.join(spoken)}" if label else "，".join(spoken))


# A cell holding only a row's numbering (一、, （二）, 3.): said with the cell after it, no pause between.
_NUMBER_CELL = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.．、])")


def _join_labels(labels: list[str]) -> str:
    joined = labels[0] if labels else ""
    for previous, label in pairwise(labels):
        joined += label if _NUMBER_CELL.fullmatch(previous) else f"，{label}"
    return joined


def _said_once(parts: list[str], previous: list[str]) -> str:
    """A column's name without the group headers it shares with the column said before."""
    shared = 0
    while shared < min(len(parts), len(previous)) - 1 and parts[shared] == previous[shared]:
        shared += 1
    return "".join(parts[shared:])


def _unit(header: str) -> tuple[str, str]:
    match = _UNIT_IN_HEADER.search(header) or _bracketed_unit().search(header) or _BARE_PERCENT.search(header)
    if match:
        return (header[: match.start()] + header[match.end() :]).strip(), match.group(1).strip().replace("％", "%")
    for suffix, unit in _COUNT_UNITS.items():
        if header.endswith(suffix):
            return header, unit
    return header, ""


@cache
def table_words() -> dict[str, tuple[str, ...]]:
    """data/table_words.tsv by kind (label, value, total, rate, unit), longest first."""
    words: dict[str, list[str]] = {"label": [], "value": [], "total": [], "rate": [], "unit": []}
    for row in read_tsv("audiojiedu.ingest", "data/table_words.tsv"):
        kind, word = row.fields[:2]
        if kind not in words:
            raise ValueError(f"table_words.tsv line {row.line}: unknown kind {kind!r}")
        words[kind].append(word)
    return {kind: tuple(sorted(found, key=len, reverse=True)) for kind, found in words.items()}


@cache
def _bracketed_unit() -> re.Pattern[str]:
    """A unit in brackets closing a column name: 改厕任务（户）, 绝对数(亿元), 比上年增长(%)."""
    units = words_pattern(table_words()["unit"])
    return re.compile(f"[（(]\\s*({units})\\s*[)）]$")


def _cell(value: str | None) -> str:
    """A cell's words closed up (城 镇, 商业\n企业), but two figures kept apart (表1 2022年…: closed,
    they would be read as one number, 一万二千零二十二)."""
    return _CELL_SPACE.sub("", value or "")


_CELL_SPACE = re.compile(r"(?<!\d)\s+|\s+(?!\d)")


def _dedupe(row: list[str]) -> list[str]:
    """Merged cells come back repeated (python-docx); keep the first copy."""
    out: list[str] = []
    for cell in row:
        out.append("" if out and cell and cell == out[-1] and not _NUMBER.match(cell) else cell)
    return out


def _end(sentence: str) -> str:
    sentence = sentence.strip("，、 ")
    return sentence if not sentence or sentence[-1] in "。！？" else sentence + "。"
