"""PDF documents with a text layer, read with pdfplumber.

- Lines are built from pdfplumber's characters, not its text lines: a character belongs to a
  line when it overlaps the band of the line's tallest characters by half the smaller height.
  pdfplumber groups by the top edge within 3 pt, so digits set in a smaller or other font
  (Times New Roman in a 仿宋 line, as Word writes 〔2024〕3号 and dates) or raised off the
  baseline fell out of their line (`某政办〔 〕 号` + `2024 3`). A line may drift (a scan's
  text layer, scanned askew). Measured with scripts/bench_pdf_order.py.
- Columns: a page whose text leaves a vertical gap (at least one character wide, in the
  middle of the text) that most rows do not cross, with filled lines of mostly Chinese text
  on both sides (not a table's figures), is read column by column. Rows that cross the gap (a
  title, a footer) and white space across the page end a band of columns; within a band the
  left column is read first. Such a page gets a finding (columns) at the line where reading
  moves to the next column, for staff to check.
- A character drawn twice over itself (bold faked by printing twice, slightly offset) is read
  once (pdfplumber's dedupe_chars), in text and in tables.
- Reading order: per page, lines in that order, each table placed before the first line below
  its top that stands beside it (in the table's column on a page in columns).
- Tables: pdfplumber also reports page frames and boxed text as tables, so only runs of rows
  with at least two filled cells count as data; one-cell rows are text, unless they stand
  between data rows of the same table (a row label whose cells are empty). A table that ends a
  page and one that starts the next with the same number of columns are one table.
- Running headers and footers: the first or last line of a page that is a page number
  (- 1 -, 第1页, 1/5) or that repeats (digits ignored) on at least half the pages is removed.
- Lines become paragraphs: a line joins the previous one unless it starts with a heading
  marker, is indented, starts a new band of columns (another column, further down), or the
  previous line stopped short of the right margin or ended a heading (margins are measured
  per column). Chinese lines are joined without a space (markers split over two lines, such
  as "（" + "一）", are rejoined the same way); spaces between Chinese characters and digits
  ("2024 年") are removed.
- The title is the run of large-font lines that opens the first page; later short lines in type
  clearly larger than the body's are headings (level 1) even without a number.
- A contents page (目录) is read as one paragraph, so its entries do not become headings.
- Encrypted PDFs and PDFs without a text layer (scans) are InputErrors.
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..han import HAN
from ..model import Finding, Paragraph, ParagraphKind, RawDocument, ShownTable
from .clean import clean_text
from .limits import MAX_PDF_PAGES, check_pdf_pages
from .page import extract_page
from .tables import MAX_SPOKEN_ROWS, table_paragraphs

_PAGE_NUMBER = re.compile(
    r"^[-—–\s]*(?:第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d{1,4}(?:\s*/\s*\d{1,4})?|[-—–]\s*\d{1,4}\s*[-—–])[-—–\s]*$"
)
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百\d]+[章节条節條]|[①-⑳])"
)
_CJK_CHAR = re.compile(f"[{HAN}]")
_SPACE_NEAR_CJK = re.compile(
    f"(?<=[{HAN}，。、；：！？（）《》“”])[ \u00a0]+|[ \u00a0]+(?=[{HAN}，。、；：！？（）《》“”])"
)
_SENTENCE_END = "。！？；：”」）)"
# The first part of a heading marker broken over two lines: "（" + "一）…", "第" + "一章".
_MARKER_FRAGMENT = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{0,3}|[一二三四五六七八九十]{1,3}|第[一二三四五六七八九十\d]{0,3})$"
)
_TITLE_SIZE_RATIO = 1.15
_TITLE_LINE_RATIO = 0.8  # a title line is at least this size relative to the title's first line
_HEADING_SIZE_RATIO = 1.3  # a line this much larger than the body type is a heading
_PAGE_TOP_HEADING_RATIO = 1.1  # ... or this much larger if it opens a page
_MAX_HEADING_CHARS = 40
_CONTENTS_LEADER = re.compile(r"[.…·．\s]{2,}\d*\s*$|\s+\d{1,3}\s*$")
_INDENT_CHARS = 1.5  # a line starting this many characters right of the margin is indented
_SHORT_CHARS = 2.0  # a line ending this many characters left of the margin is short


_LINE_OVERLAP = 0.5  # characters whose boxes overlap this much of the smaller height share a line
_SAME_HEIGHT = 1.05  # characters within this ratio of height are type of the same size
_MAX_BAND = 1.5  # a line's band (its tallest characters, raised or not) spans at most this many heights
_SPACE_GAP = 0.2  # a gap this many characters wide between two characters is a space
_COLUMN_GAP_CHARS = 1.0  # a gap between columns is at least this many characters wide
_COLUMN_CROSSING = 0.25  # at most this share of the rows may cross a gap between columns
_COLUMN_MIN_ROWS = 3  # each column has at least this many rows ...
_COLUMN_MIN_CHARS = 6  # ... of at least this many characters (median): text, not a table column
_COLUMN_FILLED = 0.5  # ... and at least this share of its rows reach its right edge (filled lines)
_COLUMN_CHINESE = 0.5  # ... and at least this share of its characters are Chinese (not figures)
_BLOCK_GAP_CHARS = 1.5  # white space this many characters high across the page ends the columns above


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    size: float
    column: int = 0  # 0: across the page; 1, 2, ...: the column, counted from the left


@dataclass
class _Table:
    rows: list[list[str | None]]
    top: float
    x0: float = 0.0
    x1: float = float("inf")


def read_pdf(path: Path, *, max_table_rows: int | None = MAX_SPOKEN_ROWS) -> RawDocument:
    """Read a PDF with a text layer into a RawDocument."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    from .result import finish

    try:
        with pdfplumber.open(str(path)) as pdf:
            page_count = len(pdf.pages)
            pages = [_read_page(page) for page in pdf.pages] if page_count <= MAX_PDF_PAGES else []
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(f"{path}: PDF 已加密，请先去除密码保护或提供未加密的文件") from None
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)) or "password" in str(cause).lower():
            raise InputError(f"{path}: PDF 已加密，请先去除密码保护或提供未加密的文件") from None
        raise InputError(f"{path}: PDF 文件已损坏，无法读取（{type(cause).__name__}），请重新导出 PDF") from None
    except Exception as exc:
        raise InputError(f"{path}: PDF 文件已损坏，无法读取（{type(exc).__name__}），请重新导出 PDF") from None
    check_pdf_pages(path, page_count)
    if not any(lines or tables for lines, tables in pages):
        raise InputError(f"{path}: PDF 没有文字层（可能是扫描件），请先做文字识别（OCR）或提供文字版")
    pages = _fold_contents(_drop_running_lines(pages))
    columns = _column_findings(pages)
    title, pages = _take_title(pages)
    paragraphs = _paragraphs(pages, max_table_rows=max_table_rows)
    page = extract_page([p.text for p in paragraphs], title=title)
    kept = tuple(
        Paragraph(line, kind=paragraphs[i].kind, heading_level=paragraphs[i].heading_level, shown=paragraphs[i].shown)
        for line, i in zip(page.lines, page.origin)
    )
    return finish(
        page.title,
        page.metadata,
        kept,
        source=str(path),
        findings=(*page.findings, *columns),
        max_table_rows=max_table_rows,
    )


def _column_findings(pages: list[tuple[list[_Line], list[_Table]]]) -> list[Finding]:
    """One finding per page read in columns, at the line where reading moves to the next
    column: the order is a guess from the layout, for staff to check."""
    findings = []
    for number, (lines, _) in enumerate(pages, 1):
        turn = next((line for before, line in itertools.pairwise(lines) if line.column > before.column > 0), None)
        if turn is not None:
            # Up to the first sentence end: the text must lie inside one spoken sentence.
            text = re.split(f"(?<=[{_SENTENCE_END}])", _SPACE_NEAR_CJK.sub("", turn.text))[0]
            findings.append(
                Finding("columns", f"第{number}页分栏排版，按先左栏、后右栏朗读；下一栏从这里开始，请核对顺序", text)
            )
    return findings


def _table(rows: list[list[str | None]], boxes: list[tuple[float, float, float, float]]) -> _Table:
    return _Table(rows, boxes[0][1], min(box[0] for box in boxes), max(box[2] for box in boxes))


def _read_page(page: Any) -> tuple[list[_Line], list[_Table]]:
    page = page.dedupe_chars()  # before the tables too: their cells would read 规规章章
    tables: list[_Table] = []
    boxes: list[tuple[float, float, float, float]] = []
    for found in page.find_tables():
        rows = found.extract()
        run: list[list[str | None]] = []
        run_boxes: list[tuple[float, float, float, float]] = []
        filled = [sum(1 for cell in cells if cell and cell.strip()) for cells in rows]
        for index, (row, cells) in enumerate(zip(found.rows, rows)):
            # A row with one filled cell between data rows of the same table is a row of it
            # (二、事业收入 with its amount column empty), not text standing in a frame.
            inside = bool(run) and filled[index] == 1 and any(count >= 2 for count in filled[index + 1 :])
            if filled[index] >= 2 or inside:
                run.append(cells)
                run_boxes.append(row.bbox)
                continue
            if run:
                tables.append(_table(run, run_boxes))
                boxes.extend(run_boxes)
                run, run_boxes = [], []
        if run:
            tables.append(_table(run, run_boxes))
            boxes.extend(run_boxes)

    def outside(obj: dict[str, Any]) -> bool:
        x = (obj.get("x0", 0) + obj.get("x1", 0)) / 2
        y = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    text_page = page.filter(outside) if boxes else page
    return text_lines(text_page), tables


def text_lines(page: Any) -> list[_Line]:
    """The page's text lines in reading order (columns one after another)."""
    page = page.dedupe_chars()
    upright = [char for char in page.chars if char.get("upright", True) and char["text"].strip()]
    lines = [line for column, chars in _reading_blocks(upright) for line in _block_lines(chars, column)]
    # Text set sideways (not turned upright by the page's /Rotate): pdfplumber reads it along
    # its direction; it is placed by its top among the other lines.
    sideways = page.filter(lambda obj: obj.get("object_type") != "char" or not obj.get("upright", True))
    turned = any(not char.get("upright", True) for char in page.chars)
    for line in sideways.extract_text_lines(return_chars=True) if turned else ():
        text = clean_text(line["text"]).strip()
        if text:
            size = statistics.median([char.get("size", 0) for char in line["chars"]] or [0])
            at = next((i for i, other in enumerate(lines) if other.top > line["top"]), len(lines))
            lines.insert(at, _Line(text, line["x0"], line["x1"], line["top"], size))
    return lines


@dataclass
class _Row:
    """A line being gathered: its characters, the band its tallest characters span, and the
    box of the tallest character added last (where the line has got to)."""

    chars: list[dict[str, Any]]
    top: float
    bottom: float
    height: float  # the tallest character's height
    last_top: float
    last_bottom: float


def _rows(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Characters grouped into rows, top to bottom, each row left to right.

    A character joins the row whose band, or whose last character of the line's own type
    size, it overlaps by at least half the smaller height, so smaller, raised or lowered
    characters stay in their line. The band spans the row's tallest characters (type of the
    line's own size, some of it raised or lowered), at most 1.5 times their height, so that it
    never reaches the next line; the last character lets a line drift, as a scan's text layer
    does when the page was scanned askew.
    """
    rows: list[_Row] = []
    for char in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        top, bottom = char["top"], char["bottom"]
        height = bottom - top
        best: _Row | None = None
        best_overlap = 0.0
        for row in rows[-8:]:  # the rows started last: rows further up end above this character
            in_band = min(row.bottom, bottom) - max(row.top, top)
            overlap = max(in_band, min(row.last_bottom, bottom) - max(row.last_top, top))
            smaller = min(row.height, height)
            enough = overlap >= _LINE_OVERLAP * smaller if smaller > 0 else overlap >= 0
            if enough and (best is None or overlap > best_overlap):
                best, best_overlap = row, overlap
        if best is None:
            rows.append(_Row([char], top, bottom, height, top, bottom))
            continue
        best.chars.append(char)
        if height > best.height * _SAME_HEIGHT:  # taller type: the line's own
            best.top, best.bottom, best.height = top, bottom, height
            best.last_top, best.last_bottom = top, bottom
        elif height >= best.height / _SAME_HEIGHT:
            best.last_top, best.last_bottom = top, bottom
            band_top, band_bottom = min(best.top, top), max(best.bottom, bottom)
            if band_bottom - band_top <= _MAX_BAND * best.height:
                best.top, best.bottom = band_top, band_bottom
    ordered = [sorted(row.chars, key=lambda c: c["x0"]) for row in rows]
    ordered.sort(key=lambda row: min(c["top"] for c in row))
    return ordered


def _block_lines(chars: list[dict[str, Any]], column: int) -> list[_Line]:
    lines = []
    for row in _rows(chars):
        parts = [row[0]["text"]]
        for before, char in itertools.pairwise(row):
            size = min(before.get("size", 0) or 10.0, char.get("size", 0) or 10.0)
            # Relative to the type size, not pdfplumber's 3 pt: a space in 9 pt type is 2.25 pt
            # wide, and two numbers side by side must not become one.
            if char["x0"] - before["x1"] > _SPACE_GAP * size:
                parts.append(" ")
            parts.append(char["text"])
        text = clean_text("".join(parts)).strip()
        if text:
            size = statistics.median(char.get("size", 0) for char in row)
            top = min(char["top"] for char in row)
            lines.append(_Line(text, row[0]["x0"], max(char["x1"] for char in row), top, size, column))
    return lines


def _reading_blocks(chars: list[dict[str, Any]], *, first_column: int = 1) -> list[tuple[int, list[dict[str, Any]]]]:
    """The page's characters in the blocks read one after another: (column, characters).

    Without a gap between columns the page is one block (column 0). With one, each run of
    rows between two rows that cross the gap is read left column first, then right; the
    columns are searched again for a further gap (three columns). White space across the whole
    page ends the columns too: a short line below both columns is read after them.
    """
    rows = _rows(chars)
    gap = _column_gap(rows)
    if gap is None:
        return [(0, chars)] if chars else []
    start, end = gap
    blocks: list[tuple[int, list[dict[str, Any]]]] = []
    left: list[dict[str, Any]] = []
    right: list[dict[str, Any]] = []

    def flush() -> None:
        column = first_column
        for side in (left, right):
            inner = _reading_blocks(list(side), first_column=column) if side else []
            # A column that splits again numbers its parts; one that does not keeps its number.
            numbers = [number for number, _ in inner if number]
            blocks.extend((number or column, part) for number, part in inner)
            column = max(numbers) + 1 if numbers else column + 1
            side.clear()

    em = statistics.median(char.get("size", 0) or 10.0 for char in chars)
    bottom = None
    for row in rows:
        if bottom is not None and min(char["top"] for char in row) - bottom > _BLOCK_GAP_CHARS * em:
            flush()  # white space across the page: the columns above end here
        bottom = max(bottom or 0.0, *(char["bottom"] for char in row))
        if any(char["x0"] < end and char["x1"] > start for char in row):
            flush()
            blocks.append((0, row))
        else:
            for char in row:
                (left if char["x1"] <= start else right).append(char)
    flush()
    return blocks


def _column_gap(rows: list[list[dict[str, Any]]]) -> tuple[float, float] | None:
    """The widest vertical band in the middle of the text that few rows cross and that has
    filled lines of text on both sides, or None."""
    if len(rows) < _COLUMN_MIN_ROWS:
        return None
    chars = [char for row in rows for char in row]
    low = min(char["x0"] for char in chars)
    high = max(char["x1"] for char in chars)
    em = statistics.median(char.get("size", 0) or 10.0 for char in chars)
    width = int(high - low) + 1
    crossing = [0] * width  # rows with a character over each point of the width
    for row in rows:
        covered = bytearray(width)
        for char in row:
            first, last = max(0, int(char["x0"] - low)), min(width, int(char["x1"] - low) + 1)
            covered[first:last] = bytes([1]) * (last - first)
        for x, hit in enumerate(covered):
            crossing[x] += hit
    limit = _COLUMN_CROSSING * len(rows)
    best: tuple[float, float] | None = None
    x = 0
    while x < width:
        if crossing[x] > limit:
            x += 1
            continue
        run = x
        while x < width and crossing[x] <= limit:
            x += 1
        start, end = low + run, low + x - 1
        middle = (start + end) / 2
        wide = end - start >= _COLUMN_GAP_CHARS * em and (best is None or end - start > best[1] - best[0])
        central = low + 0.2 * (high - low) <= middle <= high - 0.2 * (high - low)
        if wide and central and _text_on_both_sides(rows, start, end, em):
            best = (start, end)
    return best


def _text_on_both_sides(rows: list[list[dict[str, Any]]], start: float, end: float, em: float) -> bool:
    for side in (
        ([c for c in row if c["x1"] <= start] for row in rows),
        ([c for c in row if c["x0"] >= end] for row in rows),
    ):
        parts = [part for part in side if part]
        if len(parts) < _COLUMN_MIN_ROWS or statistics.median(len(part) for part in parts) < _COLUMN_MIN_CHARS:
            return False
        chinese = sum(1 for part in parts for char in part if _CJK_CHAR.match(char["text"]))
        if chinese < _COLUMN_CHINESE * sum(len(part) for part in parts):
            return False  # a column of figures or codes: a table read row by row, not a text column
        edge = max(part[-1]["x1"] for part in parts)
        if sum(1 for part in parts if part[-1]["x1"] >= edge - 1.5 * em) < _COLUMN_FILLED * len(parts):
            return False
    return True


def _drop_running_lines(pages: list[tuple[list[_Line], list[_Table]]]) -> list[tuple[list[_Line], list[_Table]]]:
    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s", "", line.text))

    edge_counts: dict[str, int] = {}
    for lines, _ in pages:
        for line in {key(lines[0]), key(lines[-1])} if lines else ():
            edge_counts[line] = edge_counts.get(line, 0) + 1
    # On every page of a short document, on at least half the pages of a longer one.
    needed = len(pages) if len(pages) < 4 else len(pages) / 2
    repeated = {k for k, n in edge_counts.items() if len(pages) >= 2 and n >= needed}
    cleaned = []
    for lines, tables in pages:
        kept = list(lines)
        for index in (0, -1):
            while kept and (_PAGE_NUMBER.match(kept[index].text) or key(kept[index]) in repeated):
                kept.pop(index)
        cleaned.append((kept, tables))
    return cleaned


def _take_title(pages: list[tuple[list[_Line], list[_Table]]]) -> tuple[str, list[tuple[list[_Line], list[_Table]]]]:
    all_sizes = [line.size for lines, _ in pages for line in lines]
    if not all_sizes or not pages[0][0]:
        return "", pages
    body_size = statistics.median(all_sizes)
    lines, tables = pages[0]
    count = 0
    # The title's lines share its type size; a smaller large line below (预算单位：…) is not title.
    while (
        count < len(lines)
        and lines[count].size >= body_size * _TITLE_SIZE_RATIO
        and lines[count].size >= lines[0].size * _TITLE_LINE_RATIO
    ):
        count += 1
    if count == 0 or count == len(lines):
        return "", pages
    title = "".join(_SPACE_NEAR_CJK.sub("", line.text) for line in lines[:count])
    return title, [(lines[count:], tables)] + pages[1:]


@dataclass
class _Block:
    text: str
    kind: ParagraphKind = "text"
    heading_level: int | None = None
    shown: ShownTable | None = None  # the long table a summary carries (see tables.py)


def _paragraphs(pages: list[tuple[list[_Line], list[_Table]]], *, max_table_rows: int | None) -> list[_Block]:
    body_lines = [line for lines, _ in pages for line in lines]
    char = (statistics.median(line.size for line in body_lines) or 10.0) if body_lines else 10.0
    # Margins per column: a line in the right column is not indented, it starts its column. A page
    # with lines enough has a right margin of its own (a budget's project pages may be set narrower
    # than its tables' pages); one with few takes the document's. The left margin is the document's:
    # on a page of short paragraphs most lines are indented first lines.
    margins = {column: _margins([line for line in body_lines if line.column == column]) for column in {line.column for line in body_lines}}
    page_margins: dict[tuple[int, int], tuple[int, int]] = {}
    for number, (lines, _) in enumerate(pages):
        for column in {line.column for line in lines}:
            in_column = [line for line in lines if line.column == column]
            right = _margins(in_column)[1] if len(in_column) >= _MIN_PAGE_LINES else margins[column][1]
            page_margins[number, column] = (margins[column][0], right)
    items: list[tuple[str, Any]] = []
    page_tops: set[int] = set()  # ids of the lines that open a page
    page_of: dict[int, int] = {}  # line id -> page number
    for number, (lines, tables) in enumerate(pages):
        page_of.update((id(line), number) for line in lines)
        if lines:
            page_tops.add(id(min(lines, key=lambda line: line.top)))
        # Lines keep their reading order (columns); a table goes before the first line below it
        # that stands beside it (in its column when the page has columns).
        page_items: list[tuple[str, Any]] = []
        waiting = sorted(tables, key=lambda table: table.top)
        for text_line in lines:
            due = [table for table in waiting if table.top < text_line.top and _beside(table, text_line)]
            page_items += [("table", table) for table in due]
            waiting = [table for table in waiting if table not in due]
            page_items.append(("line", text_line))
        page_items += [("table", table) for table in waiting]
        for kind, item in page_items:
            if kind == "table" and items and items[-1][0] == "table" and _same_columns(items[-1][1], item):
                items[-1][1].rows.extend(item.rows)  # a table continued on the next page
            else:
                items.append((kind, item))
    blocks: list[_Block] = []
    current: list[str] = []
    previous: _Line | None = None

    def flush() -> None:
        if current:
            blocks.append(_Block(_SPACE_NEAR_CJK.sub("", _join(current))))
            current.clear()

    heading_open = False  # the last block is a large-type heading that may go on on the next line
    for kind, item in items:
        if kind == "table":
            flush()
            previous = None
            heading_open = False
            blocks.extend(
                _Block(p.text, "table", shown=p.shown) for p in table_paragraphs(item.rows, max_rows=max_table_rows)
            )
            continue
        line: _Line = item
        if _is_large_heading(line, char, page_top=id(line) in page_tops):
            flush()
            text = _SPACE_NEAR_CJK.sub("", line.text)
            if heading_open:
                blocks[-1].text += text
            else:
                blocks.append(_Block(text, heading_level=1))
            heading_open = True
            previous = None
            continue
        heading_open = False
        fragment = previous is not None and len(current) == 1 and _MARKER_FRAGMENT.match(current[0]) is not None
        left = page_margins[page_of[id(line)], line.column][0]
        right = page_margins[page_of[id(previous)], previous.column][1] if previous is not None else 0
        # Text flows from the foot of one column to the head of the next (upwards); a line in
        # another column below the previous one opens a new band of the page.
        new_band = (
            previous is not None
            and line.column != previous.column
            and line.top > previous.top
            and page_of[id(line)] == page_of[id(previous)]
        )
        starts_new = not fragment and (
            previous is None
            or new_band
            or _HEADING_START.match(line.text) is not None
            or line.x0 > left + _INDENT_CHARS * char
            or previous.x1 < right - _SHORT_CHARS * char
            or (
                _HEADING_START.match(previous.text) is not None
                and previous.text[-1] in _SENTENCE_END
                and previous.x1 < right - char
            )
        )
        if starts_new:
            flush()
        current.append(line.text)
        previous = line
    flush()
    return blocks


_MIN_PAGE_LINES = 8  # lines of a column on a page, at least, for the page's own margins


def _margins(lines: list[_Line]) -> tuple[int, int]:
    """The left and right margins of `lines`: where most start, and where full lines end (the most
    common end among the longer half: short headings such as 一、项目概述 can outnumber full lines)."""
    ends = [round(line.x1) for line in lines]
    middle = statistics.median(ends)
    return _mode([round(line.x0) for line in lines]), _mode([end for end in ends if end >= middle])


def _is_large_heading(line: _Line, body_size: float, *, page_top: bool) -> bool:
    """A short unnumbered line in type clearly larger than the body's: a section heading.

    Budget PDFs head each part (主要职能, 名词解释, each table) this way, without numbers; at the
    top of a page a smaller step up in size is enough.
    """
    text = line.text.strip()
    ratio = _PAGE_TOP_HEADING_RATIO if page_top else _HEADING_SIZE_RATIO
    return (
        line.size >= body_size * ratio
        and 0 < len(text) <= _MAX_HEADING_CHARS
        and text[-1] not in _SENTENCE_END + "，,"
        and _HEADING_START.match(text) is None
    )


def _fold_contents(pages: list[tuple[list[_Line], list[_Table]]]) -> list[tuple[list[_Line], list[_Table]]]:
    """A contents page (目录 and its entries) becomes one line: its numbered entries would
    otherwise be read as the document's headings. Leader dots and page numbers are dropped."""
    folded = []
    for lines, tables in pages:
        if lines and re.sub(r"\s", "", lines[0].text) in ("目录", "目次"):
            entries = [_CONTENTS_LEADER.sub("", line.text).strip() for line in lines[1:]]
            entries = [entry for entry in entries if entry]
            first = lines[0]
            text = "目录：" + "；".join(entries) + "。" if entries else "目录"
            lines = [
                _Line(
                    text,
                    first.x0,
                    first.x1,
                    first.top,
                    statistics.median(line.size for line in lines[1:]) if entries else first.size,
                )
            ]
        folded.append((lines, tables))
    return folded


def _join(lines: list[str]) -> str:
    out = lines[0]
    for line in lines[1:]:
        needs_space = out[-1:].isascii() and out[-1:].isalnum() and line[:1].isascii() and line[:1].isalnum()
        out += (" " if needs_space else "") + line
    return out


def _beside(table: _Table, line: _Line) -> bool:
    """The line stands beside the table: across the page, or in a column the table overlaps."""
    return line.column == 0 or (table.x0 < line.x1 and line.x0 < table.x1)


def _same_columns(first: _Table, second: _Table) -> bool:
    return bool(first.rows and second.rows) and len(first.rows[-1]) == len(second.rows[0])


def _mode(values: list[int]) -> int:
    return statistics.mode(values) if values else 0
