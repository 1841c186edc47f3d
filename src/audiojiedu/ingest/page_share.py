"""A document-sharing site's page (文库): its title and its text cut at the site's page breaks.

A document-sharing site's page (文库) is told by its note naming the shared file (《…docx》由会员分享):
the file's name is the title and the chunks the site numbered at its page breaks are joined back
(`doc_share_start`). Without the note, only chunks that show themselves are joined.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from ..file_types import FILE_TYPE
from ..model import Finding
from ..tsv import words_pattern
from .page_chrome import (
    SUSPECT_CHROME_CHARS,
    chrome_words,
    fold,
    is_chrome_line,
    share_blurbs,
)
from .page_fields import Page, merge_metadata, parse_metadata_line
from .page_title_words import same_title

# A document-sharing site (文库) cuts the text into chunks numbered 1、 2、 … at its page breaks.
_SHARE_CHUNK = re.compile(r"^(\d{1,4})、")
SHARE_HEAD_LINES = 80  # the sharing site's note is looked for in this many lines at the top
_MIN_SHARE_CHUNK = 100  # a lone chunk 1、 is the site's only when it is at least this long
_MIN_BARE_CHUNKS = 3  # chunks 1、 2、 3、 without the site's note: two seams inside sentences
_FILE_EXTENSION = re.compile(rf"\.{FILE_TYPE}$", re.IGNORECASE)
_SENTENCE_CLOSE = "。！？；…!?;"
_TIP_ITEM = re.compile(r"^\d{1,2}[、.．]")  # 2、PDF文件下载后…: a numbered tip
_MIN_TIP_WORDS = 2
_CLOSING_MARKS = "”’）)》」』】"


def doc_share_start(body: list[str], page: Page) -> int:
    """A document-sharing site's page (文库): where the shared document starts, 0 if it is not one.

    The evidence is the site's note naming the file (《某区政府工作报告.docx》由会员分享，可在线
    阅读…), never the site's name. The file's name without its extension is the title; the site's
    record of the file above the note (文档编号:…, 上传时间:…) is metadata, its other text there
    (uploader, page images, 资源描述) and the file name under it are chrome; the
    chunks the site numbers 1、 2、 at its page breaks are joined back (see `_join_share_chunks`).
    Without the note, the site's list of the file's page images at the top (某某方案_第1页 / _第2页 …)
    names the file as the note does (see `_page_images`). Without either, only chunks that show
    themselves are joined (see `_join_bare_share_chunks`).
    """
    marker, name = -1, ""
    for index, line in enumerate(body[:SHARE_HEAD_LINES]):
        for pattern in share_blurbs():
            found = pattern.search(line)
            if found is not None:
                marker, name = index, name or found.group("name").strip()
    images = _page_images(body) if marker < 0 else None
    if images is not None:
        marker, name = images
    if marker < 0:
        _split_tagged_title(body, page, 0)
        _join_bare_share_chunks(body, page)
        return 0
    for index, line in enumerate(body[:SHARE_HEAD_LINES]):
        if index > marker and fold(line).rstrip("：: ") == "资源描述":
            marker = index  # 资源描述： under the note: the document follows it
    page.title = _FILE_EXTENSION.sub("", name).strip()
    for line in body[:marker]:
        if (row := parse_metadata_line(line)) is not None:
            merge_metadata(page, row)  # - 文档编号:… / - 上传时间:…: the site's record of the file
    start = marker + 1
    while start < len(body) and (
        same_title(_FILE_EXTENSION.sub("", body[start]), page.title) or is_chrome_line(body[start])
    ):
        start += 1
    if images is not None:
        _split_tagged_title(body, page, start, evidence=True)
    joins = _join_share_chunks(body, start)
    if start < len(body) and (fuller := _fuller_title(body[start], page.title)):
        page.title = fuller
    elif start < len(body) and (own := _own_title_run_in(fold(body[start]), page.title)):
        # 关于某县平定乡…分析与建议平定乡是一个… under the file 关于某县平乡的…分析与建议精选: the
        # document's own title run into its text, the file name a copy with a typo and the site's tag
        page.findings.append(Finding("title-guessed", f"文库文件名（{page.title}）与文首连着正文印出的标题略有出入：以文首的标题为标题，不重复朗读", own))
        page.title = body[start][: len(own)]
        body[start] = body[start][len(own) :]
    page.findings.append(
        Finding(
            "doc-share",
            (
                f"文库网页：按其“由会员分享”说明，标题取自文件名，去掉其上 {marker + 1} 行网站文字"
                if images is None
                else f"文库网页：按其列出的页面图片（某某_第1页…），标题取自文件名，去掉其上 {marker + 1} 行网站文字"
            )
            + (f"；文件名是简写，标题取文首印出的全称「{fuller}」" if fuller else "")
            + (f"，把网站分页断开的 {joins} 处接回" if joins else ""),
            name,
        )
    )
    return start


# A sharing site's list of the file's page images (某某方案_第1页, 某某方案.docx_第2页, …) over the text.
_PAGE_IMAGE = re.compile(r"^(?P<name>\S.{1,158}?)[ \u3000]*_第(?P<page>\d{1,4})[页頁]$")
_MIN_PAGE_IMAGES = 2


def _page_images(body: list[str]) -> tuple[int, str] | None:
    """A sharing site's page images listed at the top of the page without its note: the first
    lines name one file, each with its page number from 1 up (某某方案_第1页 / 某某方案_第2页 …),
    `_MIN_PAGE_IMAGES` at least. The index of the last one and the file's name (the site's name for
    the document: its title when the text prints none over itself), or None. A list of pages of
    several names, or not from 1, is no such list."""
    lines = [(index, line) for index, line in enumerate(body[:SHARE_HEAD_LINES]) if line]
    names: list[str] = []
    last = -1
    for index, line in lines:
        match = _PAGE_IMAGE.match(line)
        if match is None or int(match.group("page")) != len(names) + 1:
            break
        names.append(match.group("name"))
        last = index
    if len(names) < _MIN_PAGE_IMAGES or len(set(names)) > 1:
        return None
    return last, names[0]


# The first heading of a text, where a sharing site glued the file's name and its tags before it.
_FIRST_HEADING = r"(?:一[、.．]|[（(]一[)）]|第一(?:章|节|部分|篇)|1[.．、](?!\d)|目[ \u3000]*录|前[ \u3000]*言)"


@lru_cache(maxsize=1)
def _tagged_title() -> re.Pattern[str]:
    tags = words_pattern(chrome_words()["share-tag"])
    return re.compile(
        rf"^(?P<lead>(?:{tags})*)(?P<name>[^。，；！？\s]{{4,80}}?)(?P<tag>(?:{tags})*)(?P<rest>{_FIRST_HEADING}.*)$", re.DOTALL
    )


def _split_tagged_title(body: list[str], page: Page, start: int, *, evidence: bool = False) -> None:
    """The text's first line on a document-sharing site's page, where the site glued the file's
    name and its own tags (`share-tag` rows) to the first heading: 某某方案模板范文一、背景分析,
    精品文档可编辑的精品文档某某预案目录…. The name is the title (when the page has none yet, or it
    is the name the page gave already), the tags are dropped with a finding, the heading and what
    follows stay. Only on a sharing site's page: its page images named the file (`evidence`), or a
    `share-mark` word stands over the line; and a tag must be there. A title glued to its heading
    without a tag is not cut here."""
    index = next((i for i in range(start, min(len(body), SHARE_HEAD_LINES)) if body[i] and not is_chrome_line(body[i])), -1)
    if index < 0:
        return
    marks = chrome_words()["share-mark"]
    if not evidence and not any(mark in fold(line) for line in body[:index] for mark in marks):
        return
    match = _tagged_title().match(fold(body[index]))
    if match is None or not (match.group("lead") or match.group("tag")):
        return
    line = body[index]
    name = line[match.start("name") : match.end("name")]
    if page.title and not same_title(fold(name), fold(page.title)):
        return
    page.title = page.title or name
    tags = " ".join(line[match.start(group) : match.end(group)] for group in ("lead", "tag") if match.group(group))
    page.findings.append(Finding("chrome-dropped", "文库网站粘在文件名上的标签（模板、范文、精品文档等）：未朗读，文件名作标题", tags))
    body[index] = line[match.start("rest") :]


_ABRIDGED_WORDS = "在的上之于"  # the little words a file name leaves out of a title (在…会议上的讲话)


def _fuller_title(line: str, name: str) -> str:
    """The document's own title printed in full at its start, where the file name abridged it
    (file 全县某某会议上讲话, text 在全县某某会议上的讲话 …): one of the first chunks of `line` that
    holds `name` in order with only 在, 的, 上, 之, 于 added; "" if none. Any other difference (a
    word changed, a year added) makes it another title, and the file name stays."""
    for chunk in line.split()[:4]:
        if chunk == name or len(chunk) > len(name) + 4 or len(chunk) <= len(name):
            continue
        rest = iter(chunk)
        if all(char in rest for char in name):
            extra = list(chunk)
            for char in name:
                extra.remove(char)
            if all(char in _ABRIDGED_WORDS for char in extra):
                return chunk
    return ""


_OWN_TITLE_RATIO = 0.85  # how much of the file name the document's own title line shares
_TITLE_END = 4  # the last characters of the file name, found again where the own title ends
_MIN_OWN_TITLE = 8  # characters of a title, and of the text after it on its line


def _own_title_run_in(line: str, name: str) -> str:
    """The document's own title at the start of `line` (folded), run into its text, when it is the
    file name `name` written a little differently (a character changed, the site's tag 精选 after
    the name left out): it opens as the name does, ends with the name's last characters near the
    name's length, and shares most of it. "" if none."""
    tags = tuple(chrome_words()["share-tag"])
    while name.endswith(tags):
        name = name[: -len(next(tag for tag in tags if name.endswith(tag)))]
    if len(name) < _MIN_OWN_TITLE or not line.startswith(name[:_TITLE_END]):
        return ""
    end = line.find(name[-_TITLE_END:], len(name) - 2 * _TITLE_END)
    if end < 0 or end > len(name) + _TITLE_END:
        return ""
    own = line[: end + _TITLE_END]
    if len(line) - len(own) < _MIN_OWN_TITLE:
        return ""  # no text after it: the line is the title again
    # (the name itself run into the text is the page's repeat of the title, taken out elsewhere)
    return own if own != name and SequenceMatcher(None, own, name, autojunk=False).ratio() >= _OWN_TITLE_RATIO else ""


def _join_bare_share_chunks(body: list[str], page: Page) -> None:
    """A sharing site's chunks copied without its note: the page's lines from the first are
    numbered 1、 2、 3、 … in order, at least three, each but the last at least _MIN_SHARE_CHUNK
    long and ending inside a sentence (…（二）产业发展在优化结 ‖ 3、构中展现新起色). The document's own
    numbered paragraphs end their sentences; the site's page breaks fall anywhere. Joined as
    with the note (see `_join_share_chunks`), with a finding."""
    count = 0
    while count < len(body) and (number := _SHARE_CHUNK.match(body[count])) and int(number.group(1)) == count + 1:
        count += 1
    chunks = body[:count]
    if count < _MIN_BARE_CHUNKS or any(
        len(chunk) < _MIN_SHARE_CHUNK or chunk.rstrip(_CLOSING_MARKS)[-1:] in _SENTENCE_CLOSE for chunk in chunks[:-1]
    ):
        return
    first = chunks[0][:16]
    joins = _join_share_chunks(body, 0)
    page.findings.append(
        Finding(
            "doc-share",
            f"文库网页的分页片段：{count} 段行首的编号 1、2、… 连续且各段断在句中，是网站的分页编号，已去掉，"
            f"把断开的 {joins} 处接回",
            first,
        )
    )


def _join_share_chunks(body: list[str], start: int) -> int:
    """Join the chunks 1、 2、 … a sharing site cut the text into; return how many seams were joined.

    The numbers are the site's, not the document's: each is taken off. A chunk that ends inside a
    sentence (…推进工作科学化、制度 ‖ 2、化、规范化。) runs on into the next, so no pause falls inside
    the word; one that ends a sentence ends its paragraph. No character of the text is dropped.
    """
    chunks: list[tuple[int, int]] = []  # (line index, end of its number)
    index = start
    while index < len(body) and (number := _SHARE_CHUNK.match(body[index])) and int(number.group(1)) == len(chunks) + 1:
        chunks.append((index, number.end()))
        index += 1
    if not chunks or (len(chunks) == 1 and len(body[start]) < _MIN_SHARE_CHUNK):
        return 0
    joins = 0
    current = -1
    for index, cut in chunks:
        piece = body[index][cut:].strip()
        if current >= 0 and body[current].rstrip(_CLOSING_MARKS)[-1:] not in _SENTENCE_CLOSE:
            body[current] += piece
            body[index] = ""
            joins += 1
        else:
            body[index] = piece
            current = index
    return joins


def drop_site_tips(body: list[str], page: Page) -> None:
    """Blank a sharing site's tips on its downloads near the top of the page (友情提示 / 2、PDF文件
    下载后… / 3、本站不支持迅雷下载…, 温馨提示：当前文档最多只能预览2页…): a `tip` heading, alone
    with numbered tips under it or with one tip after it, where every tip names a `tip-word` and
    the tips name two of them at least; with a finding. A notice's own tips to the public name
    none of the site's things and stay."""
    words = chrome_words()
    for index, line in enumerate(body[:SHARE_HEAD_LINES]):
        folded = fold(line).strip()
        heading = next((tip for tip in words["tip"] if folded.startswith(tip)), "")
        if not heading:
            continue
        rest = folded[len(heading) :].lstrip(" \u3000:：")
        tips = [rest] if rest else []
        stop = index + 1
        while not rest and stop < len(body) and (not body[stop] or _TIP_ITEM.match(fold(body[stop]))):
            if body[stop]:
                tips.append(fold(body[stop]))
            stop += 1
        named = {word for word in words["tip-word"] if any(word in tip for tip in tips)}
        if not tips or len(named) < _MIN_TIP_WORDS or not all(any(word in tip for word in named) for tip in tips):
            continue
        dropped = " ‖ ".join(part for part in body[index:stop] if part)
        page.findings.append(Finding("chrome-dropped", "文库网站的下载提示：未朗读", dropped[: SUSPECT_CHROME_CHARS * 2]))
        body[index:stop] = [""] * (stop - index)
        return
