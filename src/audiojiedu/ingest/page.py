"""Separate a scraped page's article from its chrome: title, metadata table, navigation.

Text copied from a government site (or the text blocks of a saved HTML page) starts with
accessibility links, breadcrumbs and a metadata table (索引号 … 公开日期) and ends with
关闭窗口, 下载Word and a repeat of the title. The page is read as lines: leading and trailing
lines that are chrome, metadata or the title are taken off; a line made only of chrome words
(微信 微博 QQ空间) is dropped wherever it is. One-line pages (everything joined by spaces) are
read chunk by chunk at their start and end. The words are data (`data/page_chrome.tsv`,
`data/metadata_labels.tsv`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..tsv import read_tsv
from .clean import CJK, collapse_spaced_title

# A title is one short line without sentence punctuation at its end.
_MAX_TITLE_CHARS = 160
_SENTENCE_END = "。！？；：，,;:!?"
_SEPARATOR_LINE = re.compile(r"^[=\-*_#~·—]{3,}[^=\-*_#~]{0,8}[=\-*_#~·—]{3,}$|^[=\-*_#~—]{3,}$")
_DOC_NUMBER = re.compile(f"^[{CJK}]{{1,16}}[〔［\\[（(]\\d{{4}}[〕］\\]）)]\\s*\\d{{1,5}}\\s*号$")
_FONT_SIZE = re.compile(r"[【\[]?\s*字号\s*[:：]?\s*(?:[大中小默认]\s*)+[】\]]?")
# A line longer than this is an article (a one-line page), even if it starts with 当前位置.
_MAX_CHROME_LINE = 120
# The 版记 at the foot of an official document: "XX办公室  2025年4月24日印发".
_IMPRINT = re.compile(r"^\S.{0,60}\d{4}年\d{1,2}月\d{1,2}日\s*印发$")
_CHUNK_SPLIT = re.compile(r"(\s+)")
_BREADCRUMB_LINK = re.compile(r"^[>›»/|＞]+$|[>›»＞]")
# Only this many chunks at the end of a one-line page are searched for 来源/附件下载.
_TAIL_CHUNKS = 40
_HEAD_CHARS = 4000  # head and tail chrome of a one-line page is looked for in this many chars
_DATE_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


@dataclass
class Page:
    title: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    origin: list[int] = field(default_factory=list)  # index in the input of each kept line


@lru_cache(maxsize=1)
def _chrome() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {"token": [], "prefix": [], "contains": [], "tail": []}
    for row in read_tsv("audiojiedu.ingest", "data/page_chrome.tsv"):
        kind, value = row.fields
        table[kind].append(value.strip())
    return {kind: tuple(values) for kind, values in table.items()}


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    labels = [row.fields[0].strip() for row in read_tsv("audiojiedu.ingest", "data/metadata_labels.tsv")]
    # Longest first so 发布时间 wins over 时间; spaces may sit between the characters (索 引 号).
    labels.sort(key=len, reverse=True)
    spaced = ["[ \u3000]?".join(map(re.escape, label)) for label in labels]
    return re.compile(f"(?:^|(?<=\\s))({'|'.join(spaced)})[ \u3000]*(?:[:：][ \u3000]*|(?=\\s)|$)")


def is_chrome_line(line: str) -> bool:
    """True if `line` is site chrome wherever it appears."""
    chrome = _chrome()
    if len(line) > _MAX_CHROME_LINE * 4:
        return False  # chrome is short; a long line is text (its ends are checked chunk-wise)
    stripped = _FONT_SIZE.sub(" ", line).strip()
    if not stripped:
        return bool(line.strip())
    if _SEPARATOR_LINE.match(stripped):
        return True
    # Breadcrumbs and footers are short and have no sentences; a line with 。 is content.
    if len(stripped) <= _MAX_CHROME_LINE and not any(mark in stripped for mark in "。！？") and (
        stripped.startswith(chrome["prefix"]) or any(word in stripped for word in chrome["contains"])
    ):
        return True
    tokens = re.split(r"[\s【】\[\]|/｜]+", stripped)
    return all(token in chrome["token"] for token in tokens if token)


def parse_metadata_line(line: str) -> dict[str, str] | None:
    """Read 'label value label value' (or 'label：value'); None if `line` is not such a row."""
    pattern = _label_pattern()
    first = pattern.match(line)
    if first is None:
        return None
    found: dict[str, str] = {}
    matches = list(pattern.finditer(line))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        label = re.sub(r"\s", "", match.group(1))
        value = line[match.end() : end].strip()
        if value:
            found.setdefault(label, value)
    return found


def extract_page(lines: list[str], *, title: str = "", metadata: dict[str, str] | None = None) -> Page:
    """Split page `lines` into title, metadata and article lines (chrome dropped)."""
    page = Page(title=title, metadata=dict(metadata or {}))
    stripped = [(index, line.strip(" \t\u3000")) for index, line in enumerate(lines)]
    stripped = [(index, line) for index, line in stripped if line]
    body = [line for _, line in stripped]
    start = _consume_head(body, page)
    end = _consume_tail(body, page, start)
    for (index, _), line in zip(stripped[start:end], body[start:end]):
        if not is_chrome_line(line):
            page.lines.append(line)
            page.origin.append(index)
    if not page.title:
        page.title = _take_title_line(page)
    if page.lines and _DOC_NUMBER.match(page.lines[0]) and len(page.lines) > 1:
        page.metadata.setdefault("发文字号", page.lines.pop(0))  # 穗天发改规字〔2025〕2号 under the title
        page.origin.pop(0)
    if page.title:
        page.title = collapse_spaced_title(page.title)
    return page


def _consume_head(body: list[str], page: Page) -> int:
    """Drop chrome, metadata rows and the title line at the top; return the first body index."""
    index = 0
    while index < len(body):
        line = body[index]
        if is_chrome_line(line):
            index += 1
            continue
        if is_label_only(line) and index + 1 < len(body) and parse_metadata_line(body[index + 1]) is None:
            # HTML metadata tables: the label and its value are separate text blocks.
            label = re.sub(r"[\s:：]", "", line)
            page.metadata.setdefault(label, body[index + 1].strip())
            index += 2
            continue
        row = parse_metadata_line(line)
        if row is not None and len(line) <= 240:
            _merge_metadata(page, row)
            index += 1
            continue
        if _DOC_NUMBER.match(line):
            page.metadata.setdefault("发文字号", line)
            index += 1
            continue
        if page.title and _same_title(line, page.title):
            index += 1
            continue
        rest = _strip_head_chunks(line, page)
        if rest != line:
            body[index] = rest
            if not rest:
                index += 1
                continue
        break
    return index


def _consume_tail(body: list[str], page: Page, start: int) -> int:
    """Drop chrome, metadata rows and the repeated title at the bottom; return the body end."""
    end = len(body)
    tail_words = _chrome()["tail"]
    while end > start:
        line = body[end - 1]
        if is_chrome_line(line) or line in tail_words or _IMPRINT.match(line):
            end -= 1
            continue
        row = parse_metadata_line(line)
        if row is not None and len(line) <= 120:
            _merge_metadata(page, row)
            end -= 1
            continue
        if page.title and _repeats_title(line, page.title):
            end -= 1
            continue
        cut = _cut_tail_chunks(line, page)
        if cut != line:
            body[end - 1] = cut
            if not cut:
                end -= 1
                continue
        break
    return end


def _strip_head_chunks(line: str, page: Page) -> str:
    """One-line pages: remove breadcrumbs, chrome words, metadata and the title at the start."""
    chrome = _chrome()
    # Chrome sits in the first few hundred characters; splitting a 20 MB line would be slow.
    head, rest_of_line = line[:_HEAD_CHARS], line[_HEAD_CHARS:]
    parts = _CHUNK_SPLIT.split(head)
    chunks = parts[0::2]
    position = 0
    while position < len(chunks):
        chunk = chunks[position]
        if not chunk:
            position += 1
            continue
        if chunk.startswith(("当前位置", "您当前所在位置", "您现在的位置", "您所在的位置")):
            position += 1
            if re.fullmatch(r"\S+[:：]", chunk) and position < len(chunks):
                position += 1  # the path itself, written without spaces
            while position < len(chunks) and _BREADCRUMB_LINK.search(chunks[position]):
                position += 1
            continue
        if chunk in chrome["token"] or is_chrome_line(chunk):
            position += 1
            continue
        if page.title and _same_title(chunk, page.title):
            position += 1
            continue
        label = _label_pattern().match(chunk)
        if label is not None:
            value = chunk[label.end() :]
            if not value and position + 1 < len(chunks):
                position += 1
                value = chunks[position]
            if position + 1 < len(chunks) and _DATE_TIME.match(chunks[position + 1]):
                position += 1
                value = f"{value} {chunks[position]}"
            if value:
                page.metadata.setdefault(re.sub(r"\s", "", label.group(1)), value)
            position += 1
            continue
        break
    if position == 0:
        return line
    if position >= len(chunks):
        return rest_of_line.strip()
    return ("".join(parts[2 * position :]) + rest_of_line).strip()


def _cut_tail_chunks(line: str, page: Page) -> str:
    """One-line pages: cut 来源：… 附件下载 … off the end of the last line."""
    tail_words = _chrome()["tail"]
    offset = max(0, len(line) - _HEAD_CHARS)
    chunks = list(re.finditer(r"\S+", line[offset:]))[-_TAIL_CHUNKS:]
    for match in chunks:
        chunk = match.group()
        label = _label_pattern().match(chunk)
        if label is not None and re.sub(r"\s", "", label.group(1)) == "来源" and chunk[label.end() :]:
            page.metadata.setdefault("来源", chunk[label.end() :])
        elif not (chunk in tail_words or chunk.startswith(("附件下载", "相关附件"))):
            continue
        return line[: offset + match.start()].strip()
    return line


def _take_title_line(page: Page) -> str:
    """Without a declared title, a short first line with no sentence punctuation is the title."""
    if len(page.lines) < 2:
        return ""
    first = page.lines[0]
    if len(first) > _MAX_TITLE_CHARS or first[-1] in _SENTENCE_END or "。" in first:
        return ""
    if re.match(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十百\d]+[章节条])", first):
        return ""
    page.lines.pop(0)
    page.origin.pop(0)
    return first


def _merge_metadata(page: Page, row: dict[str, str]) -> None:
    for label, value in row.items():
        page.metadata.setdefault(label, value)
        if label in ("标题", "信息名称") and not page.title:
            page.title = value


def is_label_only(line: str) -> bool:
    """True if `line` is a metadata label alone (索 引 号：), its value being the next block."""
    match = _label_pattern().fullmatch(line.strip())
    return match is not None


def _squash(text: str) -> str:
    return re.sub(r"[\s《》〈〉“”\"'：:]", "", text)


def _same_title(line: str, title: str) -> bool:
    return _squash(line) == _squash(title) and bool(_squash(title))


def _repeats_title(line: str, title: str) -> bool:
    squashed = _squash(line)
    return len(squashed) >= 6 and squashed in _squash(title)
