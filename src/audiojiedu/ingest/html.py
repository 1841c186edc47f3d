"""HTML pages: the article body, its title and the page's metadata table.

The article is the element that holds the most paragraph text (each <p>'s length counts for
its parent in full and for its grandparent by half), so navigation, share bars and footers
outside it never reach the text. Inside it, block elements (p, div, h1–h6, li, tr, br, …) end
a paragraph and inline elements (span, font, a) join without spaces: a heading split into
spans <span>一</span><span>、</span><span>综合</span> is read as 一、综合. A data table is read row
by row (see `tables`); a table used for layout (its cells hold paragraphs or long text) is read
as ordinary blocks. Metadata labels (索 引 号：) are looked for in the whole page, with the
value in the next cell or block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..errors import InputError
from ..model import Paragraph, ParagraphKind, RawDocument, ShownTable
from ..title_key import title_key
from .clean import clean_text
from .markup import SERVER_CODE
from .page import extract_page
from .page_chrome import is_chrome_line
from .page_fields import is_label_only, parse_metadata_line
from .page_title_words import ends_as_title, is_headline
from .tables import MAX_SPOKEN_ROWS, table_paragraphs

_DROP = "script, style, noscript, template, iframe, form, select, button, input, textarea, svg, object, head"
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "aside",
    "header",
    "footer",
    "nav",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "blockquote",
    "pre",
    "center",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "br",
    "form",
    "fieldset",
    "address",
    "figure",
    "figcaption",
    "ucapcontent",
    "body",
    "html",
}
_HEADING = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LAYOUT_CELL_CHARS = 200  # a table cell longer than this holds article text, not data
_MIN_ARTICLE_CHARS = 20
_DATED_TAIL = re.compile(r"[ \u3000]*[（(][ \u3000]*\d{4}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})[ \u3000]*[)）]$")
_MIN_HEADLINE_CHARS = 8  # a column's name (通知公告, 政策解读) is shorter than a document's title
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||-|——|–)\s*")


@dataclass
class _Block:
    text: str
    heading_level: int | None = None
    kind: str = "text"
    shown: ShownTable | None = None  # the long table a summary carries (see tables.py)


def read_html(text: str, *, source: str = "", max_table_rows: int | None = MAX_SPOKEN_ROWS) -> RawDocument:
    """Read an HTML page (already decoded) into a RawDocument."""
    from .result import finish

    name = source or "HTML"
    tree = LexborHTMLParser(SERVER_CODE.sub("", text))
    title = _title(tree)
    for node in tree.css(_DROP):
        node.decompose()
    body = tree.body
    if body is None:
        raise InputError(f"{name}: 网页里没有正文（没有 <body>），请提供文章页面")
    cells = _blocks(body, tables_as_cells=True, max_table_rows=max_table_rows)
    metadata = _metadata(cells)
    article = _article(body)
    blocks = _blocks(article, tables_as_cells=False, max_table_rows=max_table_rows)
    if 0 < len(title.strip()) < _MIN_HEADLINE_CHARS:
        # <title>工作通知</title>, a column's name: the headline set in a cell over the article's, out
        # of the article picked, is the title (国土资源部关于开展…的通知 in the table's first row)
        title = _headline_over(cells, blocks) or title
    blocks = [_Block(clean_text(b.text).replace("\n", " "), b.heading_level, b.kind, b.shown) for b in blocks]
    blocks = [b for b in blocks if b.text.strip()]
    page = extract_page([b.text for b in blocks], title=clean_text(title).strip(), metadata=metadata)
    paragraphs = []
    for line, index in zip(page.lines, page.origin):
        block = blocks[index]
        level = block.heading_level
        if level is not None and page.title and title_key(line) == title_key(page.title):
            continue
        kind: ParagraphKind = "table" if block.kind == "table" else "text"
        paragraphs.append(Paragraph(line, heading_level=level, kind=kind, shown=block.shown))
    if not paragraphs:
        raise InputError(f"{name}: 网页里找不到文章正文（只有导航、页眉页脚等框架），请提供文章页面或复制正文为 txt")
    return finish(
        page.title,
        page.metadata,
        tuple(paragraphs),
        source=source,
        findings=tuple(page.findings),
        max_table_rows=max_table_rows,
    )


_HEADLINE_BLOCKS = 4  # blocks (the date, the issuer) between the headline and the article's text


def _headline_over(cells: list[_Block], blocks: list[_Block]) -> str:
    """The last of the few blocks of the page standing right over the article's first that reads
    as a document's headline, or "". A field's value (主题词： 文秘工作　提案　函) is none, however it ends."""
    first = next((block.text.strip() for block in blocks if block.text.strip()), "")
    at = next((index for index, cell in enumerate(cells) if first and cell.text.strip() == first), -1)
    for index in range(at - 1, max(at - _HEADLINE_BLOCKS, 0) - 1, -1):
        text = clean_text(cells[index].text).replace("\n", "").strip()
        if index and is_label_only(clean_text(cells[index - 1].text).strip()):
            continue
        if len(text) >= _MIN_HEADLINE_CHARS and ends_as_title(text) and is_headline(text) and not is_chrome_line(text) and ">" not in text:
            return text
    return ""


def _title(tree: LexborHTMLParser) -> str:
    declared = _declared_title(tree)
    if declared and (is_headline(declared) or len(declared) >= _MIN_HEADLINE_CHARS):
        return declared  # (a short one that reads as no headline names a column: 主动公开文件)
    # The page's headline set as a plain heading beside the article (<h3>《…》的政策解读</h3>), where
    # nothing declares it or the declared title is a column's name (主动公开文件): a document's
    # title, ending as one; the site's and its columns' names (住房公积金管理中心, 通知公告) do not, or
    # are too short for one, and a sidebar's column that ends as a title (政府信息公开指南) is shorter
    # than the headline: the longest such heading that links nowhere. A date set in small type
    # after it is no part of it.
    headings = [
        _DATED_TAIL.sub("", clean_text(node.text(separator="", strip=True)))
        for node in tree.css("h1, h2, h3, h4")
        if node.css_first("a") is None
    ]
    headings = [text for text in headings if len(text) >= _MIN_HEADLINE_CHARS and ends_as_title(text) and is_headline(text)]
    if headings:
        return max(headings, key=len)
    if declared:
        return declared
    node = tree.css_first("title")
    text = node.text(strip=True) if node is not None else ""
    # (an authoring tool's placeholder or the site's greeting, 欢迎访问某某平台, names no document)
    if text and not _PLACEHOLDER_TITLE.fullmatch(text) and not is_chrome_line(text):
        return _TITLE_SEPARATORS.split(text)[0]
    return _scripted_title(tree)


# A page whose script sets its title (document.title="某某通告";) in place of a <title>.
_SCRIPTED_TITLE = re.compile(r"document\.title\s*=\s*([\"'])([^\"'\n]{4,200})\1")


def _scripted_title(tree: LexborHTMLParser) -> str:
    for script in tree.css("script"):
        if (found := _SCRIPTED_TITLE.search(script.text() or "")) is not None:
            return found.group(2).strip()
    return ""


# The title an authoring tool's new page starts with, never replaced: the page names nothing.
_PLACEHOLDER_TITLE = re.compile(
    r"My JSP '[^']*' starting page|Insert title here|Untitled(?: Document)?|Document|无标题(?:文档|页)?|新建网页\s*\d*", re.I
)


def _declared_title(tree: LexborHTMLParser) -> str:
    """The title the page declares: its meta title, its title element's class, or its only <h1>."""
    for selector in ('meta[name="ArticleTitle"]', 'meta[property="og:title"]', 'meta[name="title"]'):
        node = tree.css_first(selector)
        if node is not None and (node.attributes.get("content") or "").strip():
            return (node.attributes.get("content") or "").strip()
    for selector in ("h1.article-title", ".article-title", "ucaptitle", "h1"):
        node = tree.css_first(selector)
        if node is not None and node.text(strip=True):
            candidate = node.text(separator="", strip=True)
            if selector != "h1" or len(tree.css("h1")) == 1:
                return candidate
    return ""


def _metadata(blocks: list[_Block]) -> dict[str, str]:
    found: dict[str, str] = {}
    lines = [clean_text(b.text).strip() for b in blocks]
    lines = [line for line in lines if line]
    for index, line in enumerate(lines):
        if len(line) > 120:
            continue
        if is_label_only(line) and index + 1 < len(lines) and not is_label_only(lines[index + 1]):
            value = lines[index + 1]
            if len(value) <= 120 and not is_chrome_line(value):
                found.setdefault(re.sub(r"[\s:：]", "", line), value)
            continue
        row = parse_metadata_line(line)
        if row:
            for label, value in row.items():
                found.setdefault(label, value)
    return found


def _article(body: LexborNode) -> LexborNode:
    """The element holding the most paragraph text (<p>, leaf <div>, long <td>/<li>/<pre>), the
    words of its links left out."""
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for paragraph in body.css("p, td, pre, li, div"):
        if paragraph.tag == "div" and any(child.tag in _BLOCK and child.tag != "br" for child in paragraph.iter()):
            continue  # only leaf <div>s stand for paragraphs (pages built without <p>; a <br> breaks no leaf)
        # (a link's words are a menu's, not the article's: a footer's list of the ministry's units,
        # each a link, outweighs a short notice's text otherwise)
        linked = sum(len(re.sub(r"\s", "", link.text(separator=""))) for link in paragraph.css("a"))
        length = len(re.sub(r"\s", "", paragraph.text(separator=""))) - linked
        if length < _MIN_ARTICLE_CHARS and paragraph.tag != "p":
            continue
        parent = paragraph.parent
        if paragraph.tag == "td" and length < _LAYOUT_CELL_CHARS and parent is not None and len(parent.css("td")) > 1:
            # a data cell's words (a row of cells) are its table's, a block of the article beside its
            # paragraphs (a layout table's row holds one cell: the article's, or the site's bar)
            while parent is not None and parent.tag != "table":
                parent = parent.parent
            parent = parent.parent if parent is not None else None
        for share in (1.0, 0.5):
            if parent is None:
                break
            scores[parent.mem_id] = scores.get(parent.mem_id, 0.0) + length * share
            nodes[parent.mem_id] = parent
            parent = parent.parent
    if not scores:
        return body
    best = max(scores, key=lambda key: scores[key])
    return nodes[best] if scores[best] >= _MIN_ARTICLE_CHARS else body


def _blocks(root: LexborNode, *, tables_as_cells: bool, max_table_rows: int | None) -> list[_Block]:
    """Linearize `root` into text blocks: block elements break, inline elements join."""
    blocks: list[_Block] = []
    current: list[str] = []
    level: list[int | None] = [None]

    def flush() -> None:
        text = re.sub(r"[ \t\r\n\u00a0]+", " ", "".join(current)).strip()
        if text:
            blocks.append(_Block(text, heading_level=level[0]))
        current.clear()

    # An explicit stack (node, entering) instead of recursion: pages can nest deeply.
    stack: list[tuple[LexborNode, bool]] = [(root, True)]
    while stack:
        node, entering = stack.pop()
        tag = node.tag
        if not entering:
            flush()
            if tag in _HEADING:
                level[0] = None
            continue
        if tag == "-text":
            current.append(node.text_content or "")
            continue
        if tag is None or tag.startswith("-") or tag == "_comment":
            continue
        if tag == "br":
            flush()
            continue
        if tag == "table" and not tables_as_cells and not _is_layout_table(node):
            flush()
            caption = node.css_first("caption")
            title = re.sub(r"[ \t\r\n\u00a0]+", " ", caption.text(separator="")).strip() if caption is not None else ""
            for paragraph in table_paragraphs(_table_rows(node), max_rows=max_table_rows, caption=title):
                blocks.append(_Block(paragraph.text, kind=paragraph.kind, shown=paragraph.shown))
            continue
        if tag == "img":
            continue
        block = tag in _BLOCK
        if block:
            flush()
            if tag in _HEADING:
                level[0] = _HEADING[tag]
            stack.append((node, False))
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append((child, True))
    flush()
    return blocks


def _is_layout_table(table: LexborNode) -> bool:
    if table.css_first("table table") is not None:
        return True
    if any(len(cell.text(strip=True)) > _LAYOUT_CELL_CHARS for cell in table.css("td, th")):
        return True
    # Paragraphs in the cells set out a page, unless the cells make a grid of data: a Word table's
    # cells hold their lines as <p> (序号 | 考核项目 | 分值 | 考核指标, row after row).
    return table.css_first("table p, table div") is not None and not _is_grid(table)


_MIN_GRID_ROWS = 3
_MIN_GRID_CELLS = 3


def _is_grid(table: LexborNode) -> bool:
    """Most of the table's rows hold three or more cells, as many in most of them: a data table's grid."""
    widths = [len(row.css("td, th")) for row in table.css("tr")]
    wide = [width for width in widths if width >= _MIN_GRID_CELLS]
    if len(wide) < _MIN_GRID_ROWS or len(wide) * 5 < len(widths) * 4:
        return False
    common = max(set(wide), key=wide.count)
    return wide.count(common) * 5 >= len(wide) * 4


def _table_rows(table: LexborNode) -> list[list[str | None]]:
    rows = []
    for row in table.css("tr"):
        cells = [cell.text(separator="", strip=True) for cell in row.css("td, th")]
        span_cells: list[str | None] = []
        for cell_node, text in zip(row.css("td, th"), cells):
            span = (
                int(cell_node.attributes.get("colspan") or 1)
                if (cell_node.attributes.get("colspan") or "1").isdigit()
                else 1
            )
            span_cells.extend([text] + [None] * (min(span, 50) - 1))
        rows.append([None if c is None else clean_text(c) for c in span_cells])
    return rows
