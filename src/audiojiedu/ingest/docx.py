"""Word documents (.docx): paragraphs and tables in body order.

Heading styles (Heading 1…9, 标题 1…9, or an outline level set on the paragraph or its style)
become Paragraph.heading_level; the Title style, or a first Heading 1 before any body text,
is the document title. Word's automatic numbering is rendered as the reader sees it: the
paragraph's numbering (numPr, directly or through its style) is looked up in numbering.xml,
counters advance per list and level (a level restarts when a shallower level advances), and
lvlText such as "%1、" or "（%1）" is filled with the counter in the level's numFmt
(chineseCounting 一, decimal 1, decimalEnclosedCircle ①, …). Bullets are not spoken.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Finding, Paragraph, RawDocument
from .clean import clean_text
from .page import extract_page
from .tables import MAX_SPOKEN_ROWS, table_paragraphs

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_MAX_CAPTION_ROW = 80
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Numbering:
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # abstractNumId -> ilvl -> level
    nums: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    overrides: dict[tuple[str, int], int] = field(default_factory=dict)  # (numId, ilvl) -> start
    counters: dict[str, list[int]] = field(default_factory=dict)  # abstractNumId -> counters

    def render(self, num_id: str, ilvl: int) -> str:
        abstract = self.nums.get(num_id)
        if abstract is None or abstract not in self.levels:
            return ""
        levels = self.levels[abstract]
        counters = self.counters.setdefault(abstract, [0] * 9)
        ilvl = max(0, min(ilvl, 8))
        level = levels.get(ilvl, _Level())
        start = self.overrides.get((num_id, ilvl), level.start)
        counters[ilvl] = start if counters[ilvl] == 0 else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if level.fmt in ("bullet", "none"):
            return ""

        def fill(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            value = counters[index] or levels.get(index, _Level()).start
            fmt = levels.get(index, _Level()).fmt
            return _format_number(value, fmt)

        return re.sub(r"%([1-9])", fill, level.text)


def read_docx(path: Path, *, max_table_rows: int | None = MAX_SPOKEN_ROWS) -> RawDocument:
    """Read a .docx file into a RawDocument."""
    from docx import Document as open_docx
    from docx.opc.exceptions import PackageNotFoundError

    from .result import finish

    findings: tuple[Finding, ...] = ()
    try:
        document = open_docx(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, OSError) as exc:
        raise InputError(
            f"{path}: DOCX 文件已损坏或不是 Word 文档（{type(exc).__name__}），请用 Word 重新另存为 .docx"
        ) from None
    except Exception:
        body = _raw_body(path)
        numbering, styles, title = _Numbering(), {}, ""
        findings = (
            Finding(
                "docx-raw", "python-docx 无法打开此文件（如引用了缺失的部件），已直接读取正文 XML，样式和编号可能缺失"
            ),
        )
    else:
        body = document.element.body
        numbering = _read_numbering(document)
        styles = _style_info(document)
        title = (document.core_properties.title or "").strip()
    blocks: list[Paragraph] = []
    for kind, element in _body_items(body):
        if kind == "table":
            rows = _table_rows(element)
            while rows and _is_caption_row(rows[0]):
                # 附件1： and the table's title, merged across the whole first rows: not cells.
                blocks.append(Paragraph(next(cell for cell in rows.pop(0) if cell and cell.strip()).strip()))
            blocks.extend(table_paragraphs(rows, max_rows=max_table_rows))
            continue
        style_id = _style_id(element)
        style_name, style_level, style_num = styles.get(style_id, ("", None, None))
        text = clean_text(_paragraph_text(element)).replace("\n", " ").strip()
        if not text:
            continue
        number = _paragraph_number(element, style_num, numbering)
        if number:
            text = f"{number}{text}"
        level = _outline_level(element)
        if level is None:
            level = style_level
        if style_name.lower() in ("title", "标题") and not title and not blocks:
            title = text
            continue
        blocks.append(Paragraph(text, heading_level=level))
    if not title and blocks and blocks[0].heading_level == 1 and len(blocks) > 1:
        title = blocks.pop(0).text
    page = extract_page([b.text for b in blocks], title=title)
    # Each surviving line keeps what its block knew (heading level, kind, shown table).
    paragraphs = tuple(replace(blocks[i], text=line) for line, i in zip(page.lines, page.origin))
    return finish(
        page.title,
        page.metadata,
        paragraphs,
        source=str(path),
        findings=findings + tuple(page.findings),
        max_table_rows=max_table_rows,
    )


def _raw_body(path: Path) -> Any:
    """The <w:body> of word/document.xml, read without python-docx."""
    from lxml import etree  # type: ignore[import-untyped]  # python-docx depends on lxml

    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read("word/document.xml")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(data, parser)
    except Exception as exc:
        raise InputError(f"{path}: DOCX 文件内容无法解析（{type(exc).__name__}），请用 Word 重新另存为 .docx") from None
    body = root.find(f"{_W}body")
    if body is None:
        raise InputError(f"{path}: DOCX 文件没有正文（word/document.xml 缺少 body），请用 Word 重新另存为 .docx")
    return body


def _is_caption_row(cells: list[str | None]) -> bool:
    """A first row with one short text merged across the table: a caption, not a table row."""
    filled = [cell for cell in cells if cell and cell.strip()]
    return len(cells) > 1 and len(filled) == 1 and len(filled[0]) <= _MAX_CAPTION_ROW


def _body_items(body: Any) -> Iterator[tuple[str, Any]]:
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            yield "p", child
        elif child.tag == f"{_W}tbl":
            yield "table", child
        elif child.tag == f"{_W}sdt":  # content controls wrap ordinary paragraphs
            content = child.find(f"{_W}sdtContent")
            for inner in content.iterchildren() if content is not None else ():
                if inner.tag == f"{_W}p":
                    yield "p", inner
                elif inner.tag == f"{_W}tbl":
                    yield "table", inner


def _paragraph_text(element: Any) -> str:
    parts = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}delText"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append(" ")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)


def _table_rows(table: Any) -> list[list[str | None]]:
    rows = []
    for row in table.iter(f"{_W}tr"):
        cells: list[str | None] = []
        for cell in row.iter(f"{_W}tc"):
            text = " ".join(_paragraph_text(p) for p in cell.iter(f"{_W}p"))
            span = cell.find(f"{_W}tcPr/{_W}gridSpan")
            width = int(span.get(f"{_W}val", "1")) if span is not None and span.get(f"{_W}val", "1").isdigit() else 1
            cells.extend([clean_text(text)] + [None] * (min(width, 50) - 1))
        rows.append(cells)
    return rows


def _style_id(element: Any) -> str:
    node = element.find(f"{_W}pPr/{_W}pStyle")
    return node.get(f"{_W}val", "") if node is not None else ""


def _outline_level(element: Any) -> int | None:
    node = element.find(f"{_W}pPr/{_W}outlineLvl")
    if node is None:
        return None
    value = node.get(f"{_W}val", "9")
    return int(value) + 1 if value.isdigit() and int(value) < 9 else None


def _style_info(document: Any) -> dict[str, tuple[str, int | None, tuple[str, int] | None]]:
    """style id -> (name, heading level, (numId, ilvl) of the style's numbering)."""
    info: dict[str, tuple[str, int | None, tuple[str, int] | None]] = {}
    for style in document.styles.element.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId", "")
        name_node = style.find(f"{_W}name")
        name = name_node.get(f"{_W}val", "") if name_node is not None else ""
        level = None
        heading = _HEADING_STYLE.match(name.strip())
        if heading:
            level = int(heading.group(1))
        outline = style.find(f"{_W}pPr/{_W}outlineLvl")
        if level is None and outline is not None and outline.get(f"{_W}val", "9").isdigit():
            value = int(outline.get(f"{_W}val", "9"))
            level = value + 1 if value < 9 else None
        num = None
        num_pr = style.find(f"{_W}pPr/{_W}numPr")
        if num_pr is not None:
            num_id = num_pr.find(f"{_W}numId")
            ilvl = num_pr.find(f"{_W}ilvl")
            if num_id is not None:
                num = (num_id.get(f"{_W}val", ""), int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0)
        info[style_id] = (name, level, num)
    return info


def _paragraph_number(element: Any, style_num: tuple[str, int] | None, numbering: _Numbering) -> str:
    num_pr = element.find(f"{_W}pPr/{_W}numPr")
    num_id, ilvl = style_num if style_num else ("", 0)
    if num_pr is not None:
        num_node = num_pr.find(f"{_W}numId")
        ilvl_node = num_pr.find(f"{_W}ilvl")
        if num_node is not None:
            num_id = num_node.get(f"{_W}val", "")
        if ilvl_node is not None and ilvl_node.get(f"{_W}val", "0").isdigit():
            ilvl = int(ilvl_node.get(f"{_W}val", "0"))
    if not num_id or num_id == "0":
        return ""
    return numbering.render(num_id, ilvl)


def _read_numbering(document: Any) -> _Numbering:
    numbering = _Numbering()
    try:
        part = document.part.numbering_part
    except (NotImplementedError, KeyError, AttributeError):
        return numbering
    root = part.element
    for abstract in root.iter(f"{_W}abstractNum"):
        abstract_id = abstract.get(f"{_W}abstractNumId", "")
        levels: dict[int, _Level] = {}
        for lvl in abstract.iter(f"{_W}lvl"):
            index = int(lvl.get(f"{_W}ilvl", "0"))
            level = _Level()
            fmt = lvl.find(f"{_W}numFmt")
            text = lvl.find(f"{_W}lvlText")
            start = lvl.find(f"{_W}start")
            if fmt is not None:
                level.fmt = fmt.get(f"{_W}val", "decimal")
            if text is not None:
                level.text = text.get(f"{_W}val", "")
            if start is not None and start.get(f"{_W}val", "1").isdigit():
                level.start = int(start.get(f"{_W}val", "1"))
            levels[index] = level
        numbering.levels[abstract_id] = levels
    for num in root.iter(f"{_W}num"):
        num_id = num.get(f"{_W}numId", "")
        abstract = num.find(f"{_W}abstractNumId")
        if abstract is not None:
            numbering.nums[num_id] = abstract.get(f"{_W}val", "")
        for override in num.iter(f"{_W}lvlOverride"):
            start = override.find(f"{_W}startOverride")
            if start is not None and start.get(f"{_W}val", "").isdigit():
                numbering.overrides[(num_id, int(override.get(f"{_W}ilvl", "0")))] = int(start.get(f"{_W}val", "1"))
    return numbering


def _format_number(value: int, fmt: str) -> str:
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "ideographDigital",
        "japaneseCounting",
        "chineseLegalSimplified",
    ):
        return _chinese(value) if fmt != "ideographDigital" else "".join(_CN_DIGITS[int(d)] for d in str(value))
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[value - 1] if 1 <= value <= len(_CIRCLED) else str(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "ideographTraditional":
        return "甲乙丙丁戊己庚辛壬癸"[(value - 1) % 10]
    return str(value)


def _chinese(value: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (counting style)."""
    if value <= 0:
        return _CN_DIGITS[0]
    if value < 10:
        return _CN_DIGITS[value]
    if value < 20:
        return "十" + (_CN_DIGITS[value - 10] if value > 10 else "")
    if value < 100:
        tens, ones = divmod(value, 10)
        return _CN_DIGITS[tens] + "十" + (_CN_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(value, 100)
    if rest == 0:
        return _CN_DIGITS[hundreds] + "百"
    return (
        _CN_DIGITS[hundreds]
        + "百"
        + ("零" + _CN_DIGITS[rest] if rest < 10 else _chinese(rest) if rest >= 20 else "一" + _chinese(rest))
    )


def _roman(value: int) -> str:
    numerals = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    out = []
    for number, letters in numerals:
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)
