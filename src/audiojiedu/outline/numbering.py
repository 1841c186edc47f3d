"""Numbering other than markers, and numbered lines that are not the document's headings.

The decimal section numbers of 应急预案 (1总则 / 1.1编制目的, a level per part, see
`decimal_headings`) and chapters numbered 一 二 三 with a space for 、 (see
`spaced_numeral_headings`) are headings. A table of contents (see `table_of_contents`), a
site's menu printed as numbered lists before the document (1. 目录 / 2. 某某政府 / 1. 部门文件,
see `numbered_menu`), a line of links to other articles (第十一条 第二十一条, see `marker_lines`)
and the rows of a flattened table (see `table_row`) are text; a contents entry is read with its
number set apart (see `contents_entry`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..han import HAN
from ..model import Paragraph
from ..number_units import NUMBER_UNITS
from ..numerals import number_value
from ..part_names import CONTENTS_HEADING, is_part_name
from .markers import CN_DIGITS, MARKER, SENTENCE_END, Marker, marker_from

# The last cell of a flattened table row: a figure after a space (地区生产总值 10, 权重 5%).
_FIGURE_CELL = re.compile(r"(?:^|[ \t\u3000])[-+]?\d+(?:[.．]\d+)?[ \t\u3000]*(?:分|%|％)?$")
_ROW_LABEL_CHARS = 24  # a row label standing alone on its line (二、社会民生) before its rows
# A table of contents: its opener, and what an entry carries besides its heading (dot leaders,
# a page number, a Word field code left in the text: PAGEREF _Toc25831 h 3).
_TOC_NOISE = re.compile(r"PAGEREF\s*_Toc\d+(?:\s*\\?h)?(?:\s*\d+)?|[.…·．\-—]{2,}\s*\d*|\s\d{1,3}$")
_TOC_ENTRY_CHARS = 60
# The full stop or 、 after a leading arabic number: 1总则 and 1.总则 name the same section.
_LIST_DOT = re.compile(r"(?<=^\d)[.．、](?!\d)|(?<=^\d\d)[.．、](?!\d)")
_PART_KINDS = "部分|篇|编|編"
_PART_ORDINAL = re.compile(f"第[{CN_DIGITS}]+(?:{_PART_KINDS})")  # the number of a part (see unnumbered_part_repeat)
# A number a document gives once (chapters run on across its parts): printed again, the body begins.
_ONCE_ORDINAL = re.compile(f"第[{CN_DIGITS}]+(?:章|{_PART_KINDS})")
_CHAPTER_ORDINALS = frozenset({"编", "編", "篇", "部分", "章", "节", "節"})  # see _empty_sections
_BARE_NUMBER = re.compile(r"\d{1,2}(?:[.．]\d{1,2}){0,3}[.．]?")
_DECIMAL_CONTENTS_DEPTH = 3  # 1.5.1: decimal numbers this deep with no text make a contents
_MIN_ENTRY_TITLE = 2  # 概况: an entry's title the body may print after a fuller name
# A site menu printed as numbered lists: 1. 政策文件 / 2. 政府公报 / 1. 部门文件 (see numbered_menu).
_MENU_ITEM = re.compile(f"(\\d{{1,2}})[.．、][ \t\u3000]*[{HAN}A-Za-z][{HAN}A-Za-z ]{{0,19}}")
_MENU_ITEMS = 6
# A decimal section heading on a line of its own: 1总则, 1.1编制目的, 2 组织指挥体系, 4.1Ⅰ级响应 —
# the number, then a short title without sentence punctuation or spaces inside. 1. and 1、 are
# the arabic list style (ar), not this one.
_DECIMAL_HEADING = re.compile(
    f"(?P<number>\\d{{1,2}}(?:[.．]\\d{{1,2}}){{0,3}})(?P<dot>[.．])?[ \t\u3000]*"
    f"(?P<title>[{HAN}Ⅰ-Ⅻ“《][^{re.escape(SENTENCE_END)}，,：:\\s]{{1,29}})"
)
# The same inside a paragraph a page flattened, set apart by a space: … 1.1目的依据 为了…
DECIMAL_IN_LINE = re.compile(
    f"(?:(?<=[ \t\u3000])|^)(?P<number>\\d{{1,2}}(?:[.．]\\d{{1,2}}){{1,3}})[ \t\u3000]*"
    f"(?P<title>[{HAN}Ⅰ-Ⅻ“《][^{re.escape(SENTENCE_END)}，,：:\\s]{{1,29}})(?=[ \t\u3000]|$)"
)
# A top-level decimal section inside a flattened paragraph, its first subsection right after
# it: … 1 总 则 1.1 编制目的 … (the number set apart by spaces, a title, letter-spaced or not).
DECIMAL_TOP_IN_LINE = re.compile(
    f"(?<=[ \t\u3000])(?P<number>\\d{{1,2}})[ \t\u3000]+"
    f"(?P<title>[{HAN}](?:[ \u3000][{HAN}]){{1,7}}|[{HAN}]{{2,15}})[ \t\u3000]+"
    f"(?=(?P=number)[.．]1[ \t\u3000]*[{HAN}])"
)
# A chapter numeral set apart from its title by a space instead of 、: 一 调研背景 (see
# spaced_numeral_headings); the title is a phrase without sentence punctuation.
_SPACED_NUMERAL = re.compile(
    f"(?P<number>[{CN_DIGITS}]{{1,3}})[ \t\u3000]+"
    rf"(?P<title>[{HAN}“《][^{re.escape(SENTENCE_END)}，,：:\s]{{1,29}})"
)
# A speech's point on a line of its own: 第一，要高度重视安全生产 (see point_headings).
_POINT = re.compile(
    # (or a step's, a move's or a ban's: 第一步：登录平台, 第三招：…, 第一禁：违规发奖金)
    f"第(?P<number>[{CN_DIGITS}]{{1,3}})(?P<counter>[步招禁])?(?(counter)[，,：:]|[，,])[ \t\u3000]*"
    f"(?P<title>[{HAN}“《][^{re.escape(SENTENCE_END)}，,：:\\s]{{1,29}})"
)
# A number followed by one of these is an amount or a date, not a section: 3.5 万元, 2 个, 5月.
DECIMAL_NOT_TITLE = NUMBER_UNITS
_UNIT_LED_TITLE = 4  # 分级分类: a subsection's title that begins with a unit character
_UNIT_LED_TOP = 4  # 种类: a top-level clause's title that begins with one, the whole line
_AMOUNT_OPENING = re.compile("[万亿千百]|个月|.元")  # 3.5万元以上, 2.5个月, 1.2元/吨: an amount's unit


# A contents entry's page number at the line's end: after a space (第三章 强化平台建设 15) or glued
# to the name's last character or closing mark (一、单位职责2, 十一、其他事项说明13, （一）预算编制情况。15).
_PAGE_AT_END = re.compile(f"(?:(?<=[{HAN}”’》）)。])|[ \t\u3000]+)(?P<page>\\d{{1,3}})$")
_DOCUMENT_KINDS = "预案|规划|纲要|方案|报告|办法|意见|计划|预算|决算|说明|条例|规定|细则|手册|指南|汇编|要点|白皮书"
# The line heading a contents: 目录, or 提纲 (a report's outline printed before its text), a colon after.
_CONTENTS_OPENER = re.compile(
    f"(?:{CONTENTS_HEADING.pattern}|[（(【]?(?:报告)?提[ \t\u3000]*纲[)）】]?"
    # … or 目录 glued to the end of the printed document's title (某某突发事件 / 应急预案目录), after
    # the kind of document it is: a list named 目录 (古树死亡注销目录, 权力清单目录) is no contents.
    f"|[{HAN}《》“”（）()]{{1,30}}(?:{_DOCUMENT_KINDS})》?目[ \t\u3000]*录)[ \t\u3000]*[：:]?"
)
_LISTED_ENTRIES = 4  # numbered lines in a row under a 目录 line, at least, to be its entries
_PAGED_ENTRIES = 5  # entries with a page in a row, at least, to be a contents
_FIRST_PAGE = 10  # a contents starts near the front of the document
_PAGE_STEP = 60  # and its pages climb by small steps, unlike the figures of a table's rows


def paged_contents(paragraphs: tuple[Paragraph, ...]) -> dict[int, str]:
    """A table of contents printed an entry a line, each entry ending with its page number (after
    a space or glued to the name: 一、单位职责2 / 二、机构设置2 / 第二部分 决算公开表3), by
    paragraph index: each entry as it is read, without its page (a listener has no page to turn
    to), its 目录 line above it as printed. Taken: a run of at least `_PAGED_ENTRIES` short lines
    without a sentence's end, most of them numbered (一、 第一章 第一部分 …), whose pages start near
    the front and never go down; a numbered line without a page may stand among them (a part
    whose page was left off) or end them as the document's last line (a copy cut short). The
    figures of a table's rows (一、农业 125 / 二、工业 98) go down or jump: no contents."""
    found: dict[int, str] = {}
    run: list[tuple[int, str]] = []  # (index, entry without page)
    pages: list[int] = []
    pending: list[tuple[int, str]] = []  # numbered lines without a page, inside the run
    texts = [(i, p.text.strip()) for i, p in enumerate(paragraphs) if p.text.strip()]

    def close(last: bool) -> None:
        if last and run:
            run.extend(pending[:1] if len(pending) == 1 and pending[0][0] == texts[-1][0] else [])
        if len(pages) >= _PAGED_ENTRIES and sum(1 for _, e in run if MARKER.match(e)) * 3 >= len(run) * 2:
            first = run[0][0]
            before = [i for i, _ in texts if i < first]
            if before and _CONTENTS_OPENER.fullmatch(paragraphs[before[-1]].text.strip()):
                found[before[-1]] = paragraphs[before[-1]].text.strip()
            found.update(run)
        run.clear()
        pages.clear()
        pending.clear()

    for index, text in texts:
        entry = _paged_entry(paragraphs[index], text)
        if entry is not None:
            name, page = entry
            step_ok = page <= _FIRST_PAGE if not pages else pages[-1] <= page <= pages[-1] + _PAGE_STEP
            if not step_ok:
                close(last=False)
                if page > _FIRST_PAGE:
                    continue
            run.extend(pending)
            pending.clear()
            run.append((index, name))
            pages.append(page)
            continue
        if run and paragraphs[index].kind == "text" and _unpaged_entry(text) and not pending:
            pending.append((index, text))
            continue
        close(last=False)
    close(last=True)
    return found


def _paged_entry(paragraph: Paragraph, text: str) -> tuple[str, int] | None:
    """A contents entry's name and page, or None when the line is no such entry."""
    if paragraph.kind != "text" or len(text) > _TOC_ENTRY_CHARS + 4:
        return None
    page = _PAGE_AT_END.search(text)
    if page is None:
        return None
    name = text[: page.start()].rstrip()
    # A heading that ends with its 。 keeps it in the contents (（一）预算编制情况。15); a mark
    # inside the name is a sentence's, and the number after it a figure.
    if re.search(f"[{re.escape(SENTENCE_END)}，,]", name.removesuffix("。")):
        return None
    numbered = MARKER.match(name)
    title = name[numbered.end() :] if numbered else name
    if len(re.findall(f"[{HAN}]", title)) < _MIN_ENTRY_TITLE:
        return None
    return name, int(page.group("page"))


def _unpaged_entry(text: str) -> bool:
    """A numbered short line without a sentence's end: a contents entry whose page was left off."""
    return (
        len(text) <= _TOC_ENTRY_CHARS
        and MARKER.match(text) is not None
        and re.search(f"[{re.escape(SENTENCE_END)}，,]", text) is None
    )


def table_of_contents(paragraphs: tuple[Paragraph, ...]) -> set[int]:
    """Indexes of a table of contents: a line 目录 and the short lines after it, up to the line
    where the body begins by repeating its first entry (dot leaders, page numbers and field
    codes aside; the body may set the entry over two lines: 第一部分 / 某某概况, name it more
    fully or leave its number off, see `_repeats_entry`). A contents
    without its 目录 line is taken only when every entry is a numbered heading (一、 1. or a
    decimal section number: 1总则 / 1.1编制目的, with no page numbers either). Without the
    repeat nothing is taken for one, unless a 目录 line heads short entries to the end or a run of
    numbered ones (see `_listed_run`). Each 目录 line heads its own contents (a 总目录 over the
    parts, a part's 目录 further on). A contents whose entries end with their pages is found by
    them (see `paged_contents`)."""
    paged = paged_contents(paragraphs)
    if paged:
        return set(paged)
    openers = [i for i, p in enumerate(paragraphs) if _CONTENTS_OPENER.fullmatch(p.text.strip())]
    if not openers:
        return _contents_from(paragraphs, -1)
    found: set[int] = set()
    for opener in openers:  # a 总目录 over the parts, then a part's own 目录 further on
        if opener not in found:
            found |= _contents_from(paragraphs, opener)
    return found


def _contents_from(paragraphs: tuple[Paragraph, ...], opener: int) -> set[int]:
    """The contents under the 目录 line `opener` (-1: none, from the first numbered line), see
    `table_of_contents`; failing the repeat, the run of numbered entries right under the 目录
    line (see `_listed_run`)."""
    start = opener + 1 if opener >= 0 else _first_numbered(paragraphs)
    if start < 0:
        return set()
    entries = [i for i in range(start, len(paragraphs)) if paragraphs[i].text.strip()]
    if entries and _BARE_NUMBER.fullmatch(paragraphs[entries[-1]].text.strip()):
        entries.pop()  # the last entry's number, the rest cut off with the copy (… 5.5扩大响应 / 5)
    if len(entries) < 4:
        return set()
    # The body begins with the first entry again, or with the second when the first is a part's
    # name that the body leaves out (第一部分 部门概况 / 一、主要职能 … then 一、主要职能 and its text).
    heads = [_toc_key(paragraphs[entries[0]].text), _toc_key(paragraphs[entries[1]].text)]
    for k, at in enumerate(entries[1:], start=1):
        key = _toc_key(paragraphs[at].text)
        after = _toc_key(paragraphs[entries[k + 1]].text) if k + 1 < len(entries) else ""
        if k >= 3 and any(_repeats_entry(head, key, after) for head in heads):
            return set(range(opener if opener >= 0 else start, at))
        if len(key) > _TOC_ENTRY_CHARS or paragraphs[at].kind != "text":
            return _listed_run(paragraphs, opener, entries)
        if opener < 0 and not _numbered_entry(paragraphs[at].text):
            return set()
    # Under a 目录 line, short entries without a sentence that run to the end: a contents
    # whose body is missing (a page that stops after it, an excerpt); nothing in it is a heading.
    sentences = any(re.search("[。！？；]", paragraphs[at].text) for at in entries)
    if sentences:
        return _listed_run(paragraphs, opener, entries)
    if opener >= 0:
        return set(range(opener, len(paragraphs)))
    # Without a 目录 line: numbered lines of two levels and more to the end (第一篇 / 第一章 /
    # 第一节 / 第二节), among them a heading with nothing under it before its sibling — a
    # contents cut short (an excerpt), for a section of the body always has its text.
    return set(range(start, len(paragraphs))) if _empty_sections(paragraphs, entries) else set()


def _listed_run(paragraphs: tuple[Paragraph, ...], opener: int, entries: list[int]) -> set[int]:
    """Under the 目录 line `opener`, at least `_LISTED_ENTRIES` short numbered lines one after
    another without a sentence (a part's name such as 前言 may open them), nothing under any of
    them: a contents whose body does not repeat it (a 总目录 over parts whose bodies open with
    their own 目录, a body after a title page). The 目录 line and the run, up to the first line
    that is no such entry (the title page's lines, the body's text) or names an entry again
    numbered anew (一、部门职责 … 第一部分 部门职责: the body's first heading); an entry with a long
    text right under it is the body's heading too. Without a 目录 line, or with fewer entries (a
    heading's short list), nothing."""
    if opener < 0:
        return set()
    run: list[int] = []
    titles: set[str] = set()
    last: Marker | None = None  # the numbering of the run's last entry
    for at in entries:
        text = paragraphs[at].text.strip()
        key = _toc_key(text)
        numbered = MARKER.match(key)
        title = key[numbered.end() :] if numbered else key
        entry = paragraphs[at].kind == "text" and len(key) <= _TOC_ENTRY_CHARS
        marker = marker_from(numbered, key) if numbered else None
        # 九、某某表 then 一、主要职责: a contents numbers each list anew only under an entry of
        # the level above; one right after a higher number of its kind is the body's first heading.
        restarts = marker is not None and last is not None and marker.style == last.style and marker.value == 1 < last.value
        if not entry or re.search("[。！？；]", text) or title in titles or restarts:
            # The body's text, or its first heading numbered anew (一、部门职责 … 第一部分 部门职责).
            if entry is False and run:
                run.pop()  # the last line has text under it: the body's first heading
            break
        if _numbered_entry(text):
            run.append(at)
            titles.add(title)
            last = marker
        elif run or not is_part_name(text):
            break
    if len(run) < _LISTED_ENTRIES:
        return set()
    return set(range(opener, run[-1] + 1))


def unnumbered_part_repeat(paragraphs: tuple[Paragraph, ...], contents: set[int]) -> tuple[int, int] | None:
    """Where the body begins by repeating the contents' first entry, a part (第一部分 某局预算编制说明),
    without its number, on one line or broken over two (某局2024年部门 / 预算编制说明): that line's
    index and the number of lines it takes; the part's heading, its number left off by the page.
    None when the contents has no part entry first or the body prints the number."""
    if not contents:
        return None
    entries = [
        i for i in sorted(contents) if paragraphs[i].text.strip() and not _CONTENTS_OPENER.fullmatch(paragraphs[i].text.strip())
    ]
    body = [i for i in range(max(contents) + 1, len(paragraphs)) if paragraphs[i].text.strip()]
    if not entries or not body:
        return None
    entry = _toc_key(paragraphs[entries[0]].text)
    numbered = MARKER.match(entry)
    if numbered is None or not _PART_ORDINAL.match(numbered.group(0)):
        return None
    title = entry[numbered.end() :]
    key = _toc_key(paragraphs[body[0]].text)
    if len(title) < _MIN_ENTRY_TITLE or MARKER.match(key) is not None:
        return None
    if key == title:
        return body[0], 1
    if len(body) > 1 and key + _toc_key(paragraphs[body[1]].text) == title:
        return body[0], 2
    return None


def contents_entry(text: str) -> str:
    """A table of contents' entry as it is read: a top-level section number glued to its title
    (1总则, 2组织机构及职责) is set apart by a space, as the body's heading would be read (一、总则),
    not run into the title as a count (两组织…). Everything else stays as written."""
    text = text.strip()
    match = _DECIMAL_HEADING.fullmatch(text)
    if match is None or "." in match.group("number") or "．" in match.group("number") or match.group("dot"):
        return text
    if match.end("number") != match.start("title") or match.group("title")[0] in DECIMAL_NOT_TITLE:
        return text
    return f"{text[: match.end('number')]} {text[match.start('title') :]}"


def numbered_menu(paragraphs: tuple[Paragraph, ...]) -> set[int]:
    """Indexes of a site's menu printed as numbered lists before the document (1. 政策文件 /
    2. 政府公报 / 1. 部门文件 / 2. 乡镇文件 / 1. 规划计划 …): a run of at least _MENU_ITEMS lines,
    one after another, each an arabic number and a short phrase without punctuation, whose
    numbering goes back to 1 (or below its last number) at least twice — the nested lists of
    a menu, flattened. Headings in order do not restart without text between them. Only
    before the body: no sentence stands above the run."""
    run: list[tuple[int, int]] = []  # (paragraph index, number)
    found: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        if not text:
            continue
        item = _MENU_ITEM.fullmatch(text) if paragraph.kind == "text" else None
        if item is not None:
            run.append((index, int(item.group(1))))
            continue
        if _is_menu(run):
            found.update(at for at, _ in run)
        run = []
        if text[-1:] in SENTENCE_END or len(text) > _TOC_ENTRY_CHARS:
            break  # the body has begun
    if _is_menu(run):
        found.update(at for at, _ in run)
    return found


def marker_lines(paragraphs: tuple[Paragraph, ...]) -> set[int]:
    """Indexes of lines that are nothing but numbering markers set apart by spaces (第十一条
    第二十一条 第三十一条): a page's links to other articles or sections, not a heading — a
    heading has its title or its text after its number, never the next heading's number."""
    found: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        tokens = paragraph.text.split()
        if paragraph.kind == "text" and len(tokens) >= 2 and all(MARKER.fullmatch(token) for token in tokens):
            found.add(index)
    return found


def _empty_sections(paragraphs: tuple[Paragraph, ...], entries: list[int]) -> bool:
    """The numbered lines `entries` are parts, chapters and sections (篇 章 节: a 纲要's or a
    规划's divisions, each of which has its text), of two styles and more, and two of them one
    after another share a style (第一节 / 第二节): a section with no text before the next. Short
    list items (一、 （一） 1.) may have no text of their own: an outline of them is no contents."""
    styles = [_marker_style(paragraphs[at].text) for at in entries]
    chapters = all(style in _CHAPTER_ORDINALS for style in styles)
    if chapters and len(set(styles)) >= 2 and any(a == b for a, b in pairwise(styles)):
        return True
    # The same of a 预案's decimal sections (1.总则 / 1.1 编制目的 / 1.2 编制依据 / 1.5.1 …): three
    # levels deep, their depth read off their number, and siblings one after the other.
    depths = [_decimal_depth(paragraphs[at].text) for at in entries]
    return 0 not in depths and max(depths) >= _DECIMAL_CONTENTS_DEPTH and any(a == b > 1 for a, b in pairwise(depths))


def _decimal_depth(text: str) -> int:
    """How many numbers a decimal section number has (1. → 1, 1.5 → 2, 1.5.1 → 3), 0 for none."""
    match = _DECIMAL_HEADING.match(text.strip())
    return 0 if match is None else match.group("number").count(".") + match.group("number").count("．") + 1


def _marker_style(text: str) -> str | None:
    """The numbering a line opens with (章 for 第一章, 节 for 第一节, cn for 一、 …), or None."""
    match = MARKER.match(text.strip())
    if match is None:
        return None
    kind = match.group("ordkind")
    return kind if kind is not None else match.lastgroup


def _is_menu(run: list[tuple[int, int]]) -> bool:
    restarts = sum(1 for (_, before), (_, number) in pairwise(run) if number <= before)
    return len(run) >= _MENU_ITEMS and restarts >= 2


def _first_numbered(paragraphs: tuple[Paragraph, ...]) -> int:
    """The first paragraph that begins with a numbering marker or a decimal section number, or -1."""
    return next((i for i, p in enumerate(paragraphs) if p.kind == "text" and _numbered_entry(p.text)), -1)


def _numbered_entry(text: str) -> bool:
    """A line that could be a numbered heading: a numbering marker (一、 第一章 1.) or a decimal
    section number before a short title (1总则, 1.1 编制目的), dot leaders and page aside."""
    text = text.strip()
    return MARKER.match(text) is not None or _DECIMAL_HEADING.fullmatch(_TOC_NOISE.sub("", text).strip()) is not None


def _repeats_entry(entry: str, key: str, after: str) -> bool:
    """The body line `key` (or it and the line `after` it, the title broken over two) begins the
    contents' first `entry` again (keys compared without spaces and colons): the same text, the
    same number over a fuller title (第一部分部门概况 → 第一部分某某局部门概况), a part's number
    however its name is worded (parts are numbered once: the body starts again at 第一部分), or the title
    without its number (第一部分某局预算编制说明 → 某局2024年部门 / 预算编制说明)."""
    if not key:
        return False
    numbered = MARKER.match(entry)
    title = entry[numbered.end() :] if numbered else ""
    if entry in (key, key + after) or _LIST_DOT.sub("", entry) == _LIST_DOT.sub("", key):
        return True  # the same, or 1总则 printed 1.总则 (a top-level number in the list style)
    if numbered and key == numbered.group(0) and _ONCE_ORDINAL.fullmatch(key):
        return True  # 第一章 alone again, its name on the line under it or cut off with the copy
    if not numbered or len(title) < _MIN_ENTRY_TITLE:
        return False
    if key.startswith(numbered.group(0)) and key.endswith(title):
        return True  # one line: 第一部分：某某局部门概况
    if _PART_ORDINAL.match(numbered.group(0)) and key.startswith(numbered.group(0)):
        return True  # a part's number again, its name worded anew (第一部分：某局概况 → 第一部分：部门概况)
    return MARKER.match(key) is None and title in (key, key + after)


def _toc_key(text: str) -> str:
    return re.sub(r"[\s:：]", "", _TOC_NOISE.sub("", text.strip()))


def decimal_headings(paragraphs: tuple[Paragraph, ...], contents: set[int]) -> dict[int, Marker]:
    """Decimal section headings (1总则, 1.1编制目的, 2 组织指挥体系), by paragraph index; a
    table of contents' entries are not among them.

    Such a line is a heading only when its number runs in order with the others: 1 (or the
    number after an earlier top-level one), or n.1 under an n seen before, or the number after
    a sibling seen before. The document must show the numbering it uses: at least one two-part
    number under its parent, in the body or in its table of contents (1 总则……1 / 1.1 编制目的
    ……1), so a lone 1 某某 or a list 1 北京 / 2 天津 is not taken for one. A line that starts
    with an amount (3.5 万元, 2个), a declared heading or a table is never one.

    A top-level number written in the arabic list style (1. 总则) stays that style, but it may
    be the parent of decimal sections: 1. 总则 / 1.1 编制目的 / 1.2 编制依据. It is taken for one
    only when two of them follow it (n.1 and n.2): a lone 2.1 under 2. is no evidence."""
    seen: set[tuple[int, ...]] = set()
    dotted: set[int] = set()  # top-level numbers written 1. (the arabic list style)
    candidates: list[tuple[int, tuple[int, ...], Marker | None]] = []
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        if index in contents:
            text = _TOC_NOISE.sub("", text).strip()
        elif paragraph.kind != "text" or paragraph.heading_level is not None:
            continue
        match = _DECIMAL_HEADING.fullmatch(text)
        if match is None:
            if (numeral := _NUMERAL_TOP.fullmatch(text)) is not None:
                # 一. 总则 over 1.1 编制目的: a plan numbering its top level in Chinese numerals and
                # its sections in decimals; like 1. 总则, the parent of a run n.1, n.2
                value = number_value(numeral.group("numeral"))
                dotted.add(value)
                seen.add((value,))
            continue
        parts = tuple(int(part) for part in re.split("[.．]", match.group("number")))
        if match.group("title")[0] in DECIMAL_NOT_TITLE and not _unit_led_title(parts, match.group("title"), seen):
            continue
        if len(parts) == 1 and match.group("dot"):
            dotted.add(parts[0])  # 1. 总则 is the arabic list style; its n.1 may follow
            seen.add(parts)
            continue
        parent, last = parts[:-1], parts[-1]
        if parent and parent not in seen:
            continue
        if last != 1 and (*parent, last - 1) not in seen:
            continue
        seen.add(parts)
        marker = None
        if index not in contents:
            number = ".".join(map(str, parts))
            marker = Marker(
                f"dec{len(parts)}", last, number, len(text) - len(match.group("title")), match.group("number")
            )
        candidates.append((index, parts, marker))
    # Under 1. a decimal run needs its 1.2 as well.
    kept = [
        (index, parts, marker)
        for index, parts, marker in candidates
        if not (len(parts) > 1 and parts[0] in dotted and (parts[0], 2) not in seen)
    ]
    if not any(len(parts) > 1 for _, parts, _ in kept):
        return {}
    return {index: marker for index, _, marker in kept if marker is not None}


# A top-level heading numbered with a Chinese numeral and a dot or 、, short, no sentence (一. 总则).
_NUMERAL_TOP = re.compile(f"(?P<numeral>[{CN_DIGITS}]{{1,3}})[.．、][ \t\u3000]*[{HAN}][{HAN} \t\u3000]{{0,14}}")


def _unit_led_title(parts: tuple[int, ...], title: str, seen: set[tuple[int, ...]]) -> bool:
    """A subsection whose title begins with a character that may be a unit (1.3分级分类,
    2.2年度目标, 4.1分级响应机制) is still a heading when its number runs in order (n.1 under an
    n seen, or the number after a sibling seen) and the title is a phrase of _UNIT_LED_TITLE
    characters or more that does not open as an amount does (3.5万元以上, 2.5个月, 1.2元/吨: a
    multiplier or 个月 first, or 元 second; 1.3分类分级 is a title). A top-level number is one only
    with a word of its own after the number before it (2 目的 / 3 种类): 3个工作日内 after a 2 is a
    sentence."""
    if len(parts) == 1:
        # 2 目的 / 3 种类 / 4 基本要求 (a standard's clauses): a word of two to four characters, the line
        # whole, after the number before it; 3个工作日内 is longer and a sentence's.
        return 2 <= len(title) <= _UNIT_LED_TOP and not _AMOUNT_OPENING.match(title) and title[1] not in "余多" and (parts[0] - 1,) in seen
    if len(title) < _UNIT_LED_TITLE or _AMOUNT_OPENING.match(title) or title[1] in "余多":
        return False
    parent, last = parts[:-1], parts[-1]
    return parent in seen and (last == 1 or (*parent, last - 1) in seen)


def spaced_numeral_headings(paragraphs: tuple[Paragraph, ...], contents: set[int]) -> dict[int, Marker]:
    """Chapter headings numbered 一 二 三 with a space where 、 belongs (一 调研背景 / 二 某区
    整体概况), by paragraph index, as markers of the 一、 style. A line is one only when it is
    a short phrase without sentence punctuation and the numbering runs in order through the
    document: 一 first, each next line the number after the last; two at least. A numeral and a
    space before a phrase is otherwise no numbering (一 二 三 in a table, 一 个 in a sentence)."""
    found: dict[int, Marker] = {}
    for index, paragraph in enumerate(paragraphs):
        if index in contents or paragraph.kind != "text" or paragraph.heading_level is not None:
            continue
        text = paragraph.text.strip()
        match = _SPACED_NUMERAL.fullmatch(text)
        if match is None or match.group("title")[0] in DECIMAL_NOT_TITLE:
            continue
        value = number_value(match.group("number"))
        if value != len(found) + 1:
            continue
        number = match.group("number")
        found[index] = Marker("cn", value, number, match.start("title"), text[: match.start("title")])
    return found if len(found) >= 2 else {}


def point_headings(paragraphs: tuple[Paragraph, ...], contents: set[int]) -> dict[int, Marker]:
    """A speech's points numbered 第一， 第二， (第一，要高度重视安全生产), or a page's steps, moves or bans
    (第一步：登录平台), by paragraph index, as
    markers of their own style. In prose 第一， opens a sentence (第一，要加强领导，…。); a point
    is a line of its own: 第X， and a short phrase without a comma or a sentence mark, followed
    by a paragraph of text (a sentence), never by another point. The numbering runs in order
    from 第一."""
    found: dict[int, Marker] = {}
    texts = [(i, p.text.strip()) for i, p in enumerate(paragraphs) if p.text.strip()]
    for (index, text), (_, following) in pairwise(texts):
        if index in contents or paragraphs[index].kind != "text" or paragraphs[index].heading_level is not None:
            continue
        match = _POINT.fullmatch(text)
        if match is None or number_value(match.group("number")) != len(found) + 1:
            continue
        if _POINT.fullmatch(following) or not re.search(f"[{re.escape(SENTENCE_END)}]", following):
            continue
        number = f"第{match.group('number')}{match.group('counter') or ''}"
        found[index] = Marker("point", len(found) + 1, number, match.start("title"), text[: match.start("title")])
    return found


def decimal_numbers_ahead(paragraphs: tuple[Paragraph, ...]) -> list[frozenset[str]]:
    """For each paragraph, the decimal section numbers set apart at the start of a later one or
    inside it (1.2 编制依据 依据…): where a run-in 1.1 finds the 1.2 that shows it is numbering."""
    ahead: list[frozenset[str]] = [frozenset()] * len(paragraphs)
    later: frozenset[str] = frozenset()
    for index in range(len(paragraphs) - 1, -1, -1):
        ahead[index] = later
        text = paragraphs[index].text.strip()
        found = {re.sub("[.．]", ".", match.group("number")) for match in DECIMAL_IN_LINE.finditer(text)}
        if found:
            later = later | found
    return ahead


def table_row(text: str, following: str) -> bool:
    """A line that goes on with a flattened table: it ends in a figure cell, or it is a short
    label on its own (二、社会民生) before a line that does."""
    if _FIGURE_CELL.search(text):
        return True
    return (
        len(text) <= _ROW_LABEL_CHARS and not re.search("[。；，！？：]", text) and bool(_FIGURE_CELL.search(following))
    )
