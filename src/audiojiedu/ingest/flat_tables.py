"""Tables flattened into text, read again as tables.

Text saved from a web page or a PDF often holds a table flattened into a run of text: the header
cells one after the other, then each row as its label followed by its numbers, spaced
(`申请数量 80 1 0 0 0 81`) or glued (`…申请数量801000081二、上年结转…`). Read as text, the cells
of a row fuse into one figure the document never wrote. This module finds such tables in text
paragraphs and hands their rows to `tables.table_paragraphs`, which speaks each row with its
column names (`一、本年新收政府信息公开申请数量：自然人80，…，总计81。`); the paragraphs it
returns are kind="table", so the outline never takes a row label (一、本年新收…) for a heading.

Headers are found three ways:
- the header of a form whose layout is fixed (`data/flat_tables.tsv`: the tables of the
  政府信息公开工作年度报告), glued or spaced, anywhere in a run of text paragraphs (a row or a
  cell a line is fine); its rows follow it as label + numbers until the text stops looking
  like a row (a sentence, no number) or the form's last row has been read;
- elsewhere, three or more common column names in a row (`data/table_words.tsv`: 本年, 上年,
  合计 …), read the same way when at least two rows follow; a 合计/总计/小计 column first or last
  is the sum of the others unless one of them is a rate or a change;
- a line of N spaced words followed by lines of a label and N (or N−1, the first word then
  naming the label column) spaced numbers.

Spaced numbers are the cells as written. A glued run of digits is cut into cells only when the
cut is certain: a run under a single column is its value; a run of N zeros under N columns is N
zeros; otherwise every sum the form fixes (总计 = the columns before it) must hold for exactly
one cut into cells written without leading zeros (where two cuts add up along their rows, the
form's column sums — the （七）总计 row — may pick one). Anything else (no cut, several, a run that
would need a leading zero) stays as written — the normalizer reads it digit by digit — and a
Finding "table-uncut" tells staff which row could not be cut. No cell is ever joined to
another, and no number is spoken that the document did not write.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from itertools import pairwise, product
from math import prod

from ..model import Finding, Paragraph
from ..tsv import read_tsv, words_pattern
from .tables import MAX_SPOKEN_ROWS, recover_in_text_runs, table_paragraphs, table_words

__all__ = ["FlatForm", "cut_run", "flat_forms", "recover_flat_tables"]

UNCUT = "table-uncut"

_NUM = r"[-+]?\d+(?:[.．]\d+)?%?"
# One cell value, spaced tokens of a row, and a number that is not a value: list numbering
# (1.属于…, 2、…), 第2项, 2023年.
_NUMS = re.compile(f"{_NUM}(?:\\s+{_NUM})*")
_TOKEN = re.compile(f"^{_NUM}$")
_NUMBERING_AFTER = re.compile(r"[.．、](?=\D)")
_UNIT_AFTER = re.compile(r"[年月日号条项款章节类级个次]")
_CELL = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?%?")
# Where a run of labels splits into rows: （三）不予公开1.属于国家秘密 -> （三）不予公开 | 1.属于国家秘密.
_LABEL_MARKER = re.compile(
    r"[（(][一二三四五六七八九十]{1,3}[)）]|(?<![一二三四五六七八九十第])[一二三四五六七八九十]{1,3}、|(?<![\d.．])\d{1,2}[.．、](?=\D)"
)
_ARABIC_NUMBER = re.compile(r"^(\d{1,2})[.．、]")
# A row label is short and is not a sentence.
_MAX_LABEL = 64
_NOT_IN_LABEL = re.compile(r"[。！？；：:!?;]")
_HEADER_TOKEN_MAX = 16
_NOT_IN_HEADER = re.compile(r"[。！？；：，,!?;:、]")
_MAX_CELL = 12  # characters in one glued cell
_MAX_STEPS = 100_000  # cells tried for one run before it counts as ambiguous (well under 1 s)
_MOST_OPTIONS = 4  # cuts of one row kept for the column sums to choose from
_GENERIC_MIN_COLUMNS = 3  # common column names in a row that make a header
_GENERIC_MIN_ROWS = 2  # rows under such a header that make a table
_MAX_COMBINATIONS = 4096
# Characters a flattened header may write another way.
_VARIANTS = {"（": "[（(]", "）": "[）)]", "：": "[：:]", "“": '[“”"]', "”": '[“”"]', "，": "[，,]"}


@dataclass(frozen=True)
class FlatForm:
    """A table whose header is fixed, as `data/flat_tables.tsv` describes it."""

    name: str  # "" for a header of common column names (data/table_words.tsv)
    header: tuple[tuple[str | None, ...], ...]  # header rows, label column first; None = merged
    sums: tuple[tuple[int, tuple[int, ...]], ...]  # (total column, its parts), value columns from 0
    rows: tuple[str, ...] = ()  # row labels as the form writes them, in order
    caption: re.Pattern[str] | None = None  # a caption that may stand just before the header
    one_row: bool = False  # exactly one data row, without a label
    # (total row, label above the first row it adds up): that row is the column-wise sum
    column_sums: tuple[tuple[str, str], ...] = ()
    # (rows, rows): column by column, the first rows add up to the second (一+二 = 三+四)
    column_equal: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()

    @property
    def width(self) -> int:
        """Number of value columns."""
        return len(self.header[0]) - 1

    @property
    def pattern(self) -> re.Pattern[str]:
        """The header cells row by row (as a page's table is flattened) or column by column (each
        column's cells top down, as a reader says them), glued or with spaces anywhere between
        characters."""
        return _header_pattern(self.header)

    def names(self) -> str:
        """The value columns' header cells, for a message."""
        return "、".join(cell for row in self.header for cell in row[1:] if cell)


@cache
def _header_pattern(header: tuple[tuple[str | None, ...], ...]) -> re.Pattern[str]:
    by_rows = [cell for row in header for cell in row if cell]
    by_columns = [cell for c in range(len(header[0])) for row in header if (cell := row[c])]
    orders = dict.fromkeys(
        r"\s*".join(_VARIANTS.get(char, re.escape(char)) for char in "".join(order)) for order in (by_rows, by_columns)
    )
    return re.compile("|".join(f"(?:{order})" for order in orders))


@cache
def flat_forms() -> tuple[FlatForm, ...]:
    """The fixed forms of `data/flat_tables.tsv`, in file order."""
    parts: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for row in read_tsv("audiojiedu.ingest", "data/flat_tables.tsv"):
        name, kind, *fields = row.fields
        if kind not in ("caption", "header", "sum", "column-sum", "column-equal", "row", "one-row"):
            raise ValueError(f"flat_tables.tsv line {row.line}: unknown kind {kind!r}")
        parts.setdefault(name, {}).setdefault(kind, []).append(tuple(fields))
    forms = []
    for name, kinds in parts.items():
        header = tuple(tuple(None if cell == "-" else cell for cell in fields) for fields in kinds.get("header", []))
        if not header or len({len(row) for row in header}) != 1 or len(header[0]) < 2:
            raise ValueError(f"flat_tables.tsv: table {name} needs header rows of one width")
        width = len(header[0]) - 1
        sums = tuple((int(f[0]) - 1, tuple(int(x) - 1 for x in f[1:])) for f in kinds.get("sum", []))
        if any(not 0 <= column < width for total, columns in sums for column in (total, *columns)):
            raise ValueError(f"flat_tables.tsv: table {name} sums a column it does not have")
        captions = kinds.get("caption", [])
        forms.append(
            FlatForm(
                name=name,
                header=header,
                sums=sums,
                rows=tuple(f[0] for f in kinds.get("row", [])),
                caption=re.compile(f"(?:{captions[0][0]})\\s*$") if captions else None,
                one_row="one-row" in kinds,
                column_sums=tuple((f[0], f[1]) for f in kinds.get("column-sum", [])),
                column_equal=tuple(
                    (tuple(f[0].split(" + ")), tuple(f[1].split(" + "))) for f in kinds.get("column-equal", [])
                ),
            )
        )
    return tuple(forms)


def cut_run(run: str, width: int, sums: Sequence[tuple[int, Sequence[int]]] = ()) -> tuple[str, ...] | None:
    """The one way to cut the glued digits `run` into `width` cells, or None when it is not certain.

    Certain means: a single column; `width` zeros; or exactly one cut into cells without leading
    zeros for which every sum (total column, its part columns) holds.
    """
    options = cut_options(run, width, sums)
    return options[0] if len(options) == 1 else None


def cut_options(
    run: str, width: int, sums: Sequence[tuple[int, Sequence[int]]] = (), *, most: int = 1
) -> tuple[tuple[str, ...], ...]:
    """The cuts of `run` into `width` cells that every sum allows: () when there is none, or
    when there are more than `most` (or too many to try) — then nothing can be told."""
    if width == 1:
        return ((run,),) if _CELL.fullmatch(run) else ()
    if len(run) == width and set(run) == {"0"}:
        return (tuple(run),)
    if not sums:
        return ()
    groups = tuple((total, tuple(parts)) for total, parts in sums)
    signed = "-" in run  # a negative cell: a partial sum may go down again, no pruning by it
    steps = 0

    @cache
    def cuts_from(position: int, index: int, state: _SumState) -> tuple[tuple[str, ...], ...] | None:
        """The cuts of run[position:] into the cells from `index` on, given the sums so far;
        more than `most` of them means "several"; None when too many cells were tried."""
        nonlocal steps
        remaining = width - index
        left = len(run) - position
        if remaining == 0:
            return ((),) if left == 0 else ()
        if not remaining <= left <= remaining * _MAX_CELL:
            return ()
        found: list[tuple[str, ...]] = []
        for size in range(1, min(_MAX_CELL, left - remaining + 1) + 1):
            steps += 1
            if steps > _MAX_STEPS:
                return None
            cell = run[position : position + size]
            if not _CELL.fullmatch(cell):
                continue
            after = _add_cell(state, groups, index, _value(cell), signed=signed)
            if after is None:
                continue
            rest = cuts_from(position + size, index + 1, after)
            if rest is None:
                return None
            found.extend((cell, *cut) for cut in rest)
            if len(found) > most:
                break
        return tuple(found)

    result = cuts_from(0, 0, tuple((None, Decimal(0)) for _ in groups))
    return result if result is not None and len(result) <= most else ()


# Per sum: its total once read (None before), and the sum of the parts read so far.
_SumState = tuple[tuple[Decimal | None, Decimal], ...]


def _add_cell(
    state: _SumState, groups: Sequence[tuple[int, tuple[int, ...]]], index: int, value: Decimal, *, signed: bool
) -> _SumState | None:
    """The sums after cell `index` is read as `value`; None when one of them can no longer hold."""
    out = []
    for (total, parts), (known, partial) in zip(groups, state):
        if index == total:
            known = value
        elif index in parts:
            partial += value
        last = max(total, *parts)
        if index == last and known != partial:
            return None
        if not signed and index < last and known is not None and partial > known:
            return None  # cells are never negative here: the parts already exceed the total
        out.append((known, partial))
    return tuple(out)


# -- finding tables -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    labels: tuple[str, ...]  # the row's label, after the label-only rows that precede it
    options: tuple[tuple[str, ...], ...]  # the cuts of its numbers the sums allow
    run: str  # the numbers as written

    @property
    def written(self) -> str:
        """The row as it is said when it cannot be cut: its label and its digits, as written."""
        return f"{self.labels[-1]}{self.run}"

    @property
    def cells(self) -> tuple[str, ...] | None:
        """The row's cells, or None when its numbers could not be cut with certainty."""
        return self.options[0] if len(self.options) == 1 else None


@dataclass(frozen=True)
class _Table:
    start: int  # where the caption or header starts in the paragraph
    end: int  # where the last row ends
    caption: str
    rows: tuple[_Row, ...]


def recover_flat_tables(
    paragraphs: Sequence[Paragraph], *, max_rows: int | None = MAX_SPOKEN_ROWS
) -> tuple[tuple[Paragraph, ...], tuple[Finding, ...]]:
    """`paragraphs` with each flattened table found in a text paragraph turned into table rows
    (`max_rows`: as `tables.table_paragraphs`, the bound above which a table is summed up)."""
    return recover_in_text_runs(paragraphs, lambda block: _recover_block(block, max_rows=max_rows))


def _recover_block(block: Sequence[Paragraph], *, max_rows: int | None) -> tuple[list[Paragraph], list[Finding]]:
    """Consecutive text paragraphs: a form's table may run over several of them (a row or a
    cell a line), so they are searched as one text; without one, spaced lines are tried."""
    pieces, findings = _tables_in("\n".join(p.text for p in block), max_rows=max_rows)
    if any(p.kind == "table" for p in pieces):
        return pieces, findings
    out: list[Paragraph] = []
    index = 0
    while index < len(block):
        spaced = _spaced_lines(block, index)
        if spaced is None:
            out.append(block[index])
            index += 1
            continue
        grid, index = spaced
        out.extend(table_paragraphs(grid, max_rows=max_rows))
    return out, findings


def _tables_in(text: str, *, max_rows: int | None) -> tuple[list[Paragraph], list[Finding]]:
    """The paragraph `text` cut into text and the tables found in it: fixed forms first, then
    headers made of common column names where no form's header stands."""
    forms = [(m.start(), -m.end(), form) for form in flat_forms() for m in form.pattern.finditer(text)]
    generic = [
        (m.start(), -m.end(), form)
        for m in _generic_header().finditer(text)
        if (form := _generic_form(m)) is not None and not any(s < m.end() and m.start() < -e for s, e, _ in forms)
    ]
    headers = sorted(forms + generic, key=lambda item: (item[0], item[1]))
    starts = [start for start, _, _ in headers]
    pieces: list[Paragraph] = []
    findings: list[Finding] = []
    position = 0
    for number, (start, negative_end, form) in enumerate(headers):
        if start < position:
            continue
        limit = next((s for s in starts[number + 1 :] if s >= -negative_end), len(text))
        table = _read_table(text, form, start, -negative_end, limit, floor=position)
        if table is None or (not form.name and len(table.rows) < _GENERIC_MIN_ROWS):
            continue
        for row in table.rows:
            if row.cells is None:
                findings.append(_uncut(row, form))
        if not any(row.cells is not None for row in table.rows):
            continue  # nothing could be cut: the text stays as it is
        _add_text(pieces, text[position : table.start])
        if table.caption:
            pieces.append(Paragraph(_sentence(table.caption), kind="table"))
        pieces.extend(_spoken(form, table.rows, max_rows=max_rows))
        position = table.end
    _add_text(pieces, text[position:])
    return pieces, findings


def _read_table(text: str, form: FlatForm, start: int, end: int, limit: int, *, floor: int) -> _Table | None:
    """The rows that follow a header found at text[start:end], up to `limit` at most."""
    caption = ""
    if form.caption is not None:
        match = form.caption.search(text, floor, start)
        if match is not None:
            caption, start = match.group().strip(), match.start()
    rows: list[_Row] = []
    position = end
    last_label = _squash(form.rows[-1]) if form.rows else ""
    while position < limit:
        row = _next_row(text, position, limit, form)
        if row is None:
            break
        parsed, position = row
        rows.append(parsed)
        if form.one_row or (last_label and _squash(parsed.labels[-1]) == last_label):
            break
    if not rows:
        return None
    return _Table(start=start, end=position, caption=caption, rows=tuple(_resolve(form, rows)))


@cache
def _generic_header() -> re.Pattern[str]:
    """Three or more common column names in a row (glued or spaced), maybe after a label header."""
    words = table_words()
    value = words_pattern(words["value"])
    label = words_pattern(words["label"])
    return re.compile(
        f"(?:(?P<label>{label})\\s*)?(?P<values>(?:{value})(?:\\s*(?:{value})){{{_GENERIC_MIN_COLUMNS - 1},}})"
    )


def _generic_form(match: re.Match[str]) -> FlatForm | None:
    """The header of `match` as a form: its column names, and the sum a 合计 column first or last
    makes (when no other column is a rate or a change)."""
    words = table_words()
    names = re.findall(words_pattern(words["value"]), match.group("values"))
    if len(names) < _GENERIC_MIN_COLUMNS:
        return None
    sums: tuple[tuple[int, tuple[int, ...]], ...] = ()
    others = range(len(names))
    for total in (0, len(names) - 1):
        rest = tuple(i for i in others if i != total)
        if names[total] in words["total"] and not any(
            names[i] in words["rate"] or names[i] in words["total"] for i in rest
        ):
            sums = ((total, rest),)
    return FlatForm(name="", header=((match.group("label") or "", *names),), sums=sums)


def _next_row(text: str, position: int, limit: int, form: FlatForm) -> tuple[_Row, int] | None:
    """The row starting at `position`: its label, then its numbers; None where no row starts."""
    values = _values_after(text, position, limit)
    if values is None:
        return None
    label = text[position : values.start()].strip()
    if form.one_row != (not label) or len(label) > _MAX_LABEL or _NOT_IN_LABEL.search(label):
        return None
    # A label over two lines is one cell wrapped (…逾期不补正、\n行政机关不再处理…).
    labels = [re.sub(r"\s*\n\s*", "", part) for part in _split_label(label)]
    run_end = values.end()
    # A list item numbered 2. glued after the numbers: …00000002.其他法律… — the 2 is the next
    # label's, when it continues the numbering of this row (or starts a list at 1).
    if _NUMBERING_AFTER.match(text, run_end):
        numbered = _ARABIC_NUMBER.match(labels[-1])
        expected = str(int(numbered.group(1)) + 1 if numbered else 1)
        if not values.group().endswith(expected) or len(values.group()) == len(expected):
            return None
        run_end -= len(expected)
        run_end = values.start() + len(text[values.start() : run_end].rstrip())  # "0 0 2.其他": spaced
    run = text[values.start() : run_end]
    tokens = run.split()
    if len(tokens) > 1:
        if len(tokens) != form.width:
            return None  # spaced numbers that are not one row: the text goes on as written
        options: tuple[tuple[str, ...], ...] = (tuple(tokens),)
    else:
        cuts = cut_options(run.replace("．", "."), form.width, form.sums, most=_MOST_OPTIONS)
        options = tuple(_as_written(run, cut) for cut in cuts)
    return _Row(labels=tuple(labels), options=options, run=run), run_end


def _as_written(run: str, cut: Sequence[str]) -> tuple[str, ...]:
    """`cut` with each cell as `run` writes it (a full-width decimal point stays one)."""
    cells, start = [], 0
    for cell in cut:
        cells.append(run[start : start + len(cell)])
        start += len(cell)
    return tuple(cells)


def _resolve(form: FlatForm, rows: list[_Row]) -> list[_Row]:
    """Rows with several possible cuts, settled by the form's column sums when one choice fits.

    (二)部分公开191000020 cuts as 19|1|0|0|0|0|20 or 1|9|10|0|0|0|20 — both add up along the
    row; the （七）总计 row, which adds up each column of the rows above it, tells which.
    """
    for _ in range(2):  # a row settled by one sum may settle another
        for left, right in _column_relations(form, rows):
            block = sorted({*left, *right})
            if all(len(rows[i].options) == 1 for i in block) or any(not rows[i].options for i in block):
                continue
            if prod(len(rows[i].options) for i in block) > _MAX_COMBINATIONS:
                continue
            fits = []
            for choice in product(*(rows[i].options for i in block)):
                cells = dict(zip(block, choice))
                if _columns_equal([cells[i] for i in left], [cells[i] for i in right]):
                    fits.append(cells)
            if len(fits) == 1:
                for i, chosen in fits[0].items():
                    rows[i] = replace(rows[i], options=(chosen,))
    return rows


def _column_relations(form: FlatForm, rows: Sequence[_Row]) -> list[tuple[list[int], list[int]]]:
    """The form's column sums as (rows on one side, rows on the other), by row index; a sum
    whose rows are not all there is left out."""

    def find(label: str) -> int | None:
        return next((i for i, row in enumerate(rows) if _squash(row.labels[-1]) == _squash(label)), None)

    relations = []
    for total_label, from_label in form.column_sums:
        total = find(total_label)
        start = next((i for i, row in enumerate(rows) if _squash(from_label) in map(_squash, row.labels)), None)
        if total is None or start is None or start >= total:
            continue
        if _squash(rows[start].labels[-1]) == _squash(from_label):
            start += 1  # the label heads a row of its own: the sum starts below it
        relations.append(([total], list(range(start, total))))
    for left_labels, right_labels in form.column_equal:
        left, right = [find(label) for label in left_labels], [find(label) for label in right_labels]
        if None not in left and None not in right:
            relations.append(([i for i in left if i is not None], [i for i in right if i is not None]))
    return relations


def _columns_equal(left: Sequence[Sequence[str]], right: Sequence[Sequence[str]]) -> bool:
    """Column by column, the rows of `left` add up to the rows of `right`."""
    width = len(left[0])
    return all(sum(_value(row[c]) for row in left) == sum(_value(row[c]) for row in right) for c in range(width))


def _value(cell: str) -> Decimal:
    return Decimal(cell.rstrip("%").replace("．", "."))


def _values_after(text: str, position: int, limit: int) -> re.Match[str] | None:
    """The first run of numbers after `position` that is not list numbering, 第2项 or 2023年."""
    for match in _NUMS.finditer(text, position, limit):
        after = match.end()
        if match.start() > position and text[match.start() - 1] == "第":
            continue
        if after < len(text) and _UNIT_AFTER.match(text, after):
            continue
        if re.fullmatch(r"\d{1,2}", match.group()) and _NUMBERING_AFTER.match(text, after):
            continue  # 1.属于国家秘密: the label's own numbering
        return match
    return None


def _split_label(label: str) -> list[str]:
    """（三）不予公开1.属于国家秘密 -> ["（三）不予公开", "1.属于国家秘密"]: group rows stand alone."""
    cuts = [m.start() for m in _LABEL_MARKER.finditer(label) if m.start() > 0]
    bounds = [0, *cuts, len(label)]
    return [part for a, b in pairwise(bounds) if (part := label[a:b].strip())] or [""]


def _spoken(form: FlatForm, rows: Sequence[_Row], *, max_rows: int | None) -> list[Paragraph]:
    """The table's paragraphs: rows cut into cells go to the table reader with the form's header;
    a row that could not be cut is said as written (a label-only row of the table)."""
    grid: list[list[str | None]] = [list(row) for row in form.header]
    blank = [""] * form.width
    lead: list[Paragraph] = []
    for row in rows:
        for group in row.labels[:-1]:
            grid.append([group, *blank])
        if row.cells is None:
            grid.append([row.written, *blank])
        else:
            grid.append([row.labels[-1], *row.cells])
    # Rows without numbers before the first row with numbers would be read as header rows.
    first = len(form.header)
    while first < len(grid) and all(cell == "" for cell in grid[first][1:]):
        lead.append(Paragraph(_sentence(grid[first][0] or ""), kind="table"))
        first += 1
    return lead + table_paragraphs(grid[: len(form.header)] + grid[first:], max_rows=max_rows)


def _uncut(row: _Row, form: FlatForm) -> Finding:
    return Finding(
        UNCUT,
        f"表格一行的数字连在一起，无法确定地切分成{form.width}列（{form.names()}），按原文逐位朗读，请对照原表核对",
        row.written,
    )


def _spaced_lines(paragraphs: Sequence[Paragraph], index: int) -> tuple[list[list[str | None]], int] | None:
    """A header line of spaced words and the lines of label + spaced numbers under it."""
    header = paragraphs[index].text.split()
    if not 2 <= len(header) <= 20 or any(
        _TOKEN.match(word) or len(word) > _HEADER_TOKEN_MAX or _NOT_IN_HEADER.search(word) for word in header
    ):
        return None
    rows: list[list[str | None]] = []
    width = 0
    end = index + 1
    while end < len(paragraphs) and paragraphs[end].kind == "text" and paragraphs[end].heading_level is None:
        words = paragraphs[end].text.split()
        count = len(words) - next((i for i, w in enumerate(words) if _TOKEN.match(w)), len(words))
        label = "".join(words[: len(words) - count])
        if not count or not label or any(not _TOKEN.match(w) for w in words[len(words) - count :]):
            break
        if (width and count != width) or count not in (len(header), len(header) - 1):
            break
        if len(label) > _MAX_LABEL or _NOT_IN_LABEL.search(label):
            break
        width = count
        rows.append([label, *words[len(words) - count :]])
        end += 1
    # One number a row is a list (联系人 张三 / 电话 12345678), not a table; two need two rows.
    if width < 2 or len(rows) < (1 if width > 2 else 2):
        return None
    head: list[str | None] = [*([""] if width == len(header) else []), *header]
    return [head, *rows], end


# -- helpers --------------------------------------------------------------------------------


def _add_text(pieces: list[Paragraph], text: str) -> None:
    """Text around a table, one paragraph a line as it came."""
    pieces.extend(Paragraph(line.strip()) for line in text.split("\n") if line.strip())


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in "。！？" else text + "。"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("．", ".")
