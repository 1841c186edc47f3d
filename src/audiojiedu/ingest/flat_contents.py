"""A table of contents flattened into one paragraph, its page numbers glued to the entries.

A document site or a PDF copy may run a whole contents into one line:
目录一、总则4（一）编制目的4（二）编制依据4二、组织体系5（一）指挥部51.组织机构62.职责6… Read
as it stands, each page number runs into the next entry's number (指挥部5 + 1.组织机构 is heard as
五十一), a number the document never wrote. The entries are parsed back apart here: each entry is
a numbering marker, its name and its page, and the next entry's marker must be the one that can
follow (（二） after （一）, 1. after a （一）, 2. after 1.), which tells where the page ends and the
next number begins (51. is page 5 and item 1 when item 1 is due). A copy may keep a space after
目录 and between a page and the next entry (目录 1.某局工作总结2 2.某局工作计划10 …): the same run. The run is read as
目录：一、总则；（一）编制目的；… without page numbers, like a contents with dot leaders (one finding,
kind "toc-leader"). Only a run of several entries whose pages never go down is taken; anything
else stays as written.

A contents numbered with decimal section numbers may lose its 目录 line and its pages too
(…修订稿）1总则1.1编制目的1.2编制依据…2.2.1指挥部职责…): one run of names is then cut wherever the
count falls, inside a name (组织机构 | 与职责). Its entries are parted the same way — each next
number must be one that can follow (1.2 or 1.1.1 or 2 after 1.1), never a figure of a name
(震后12小时内) — and set apart by ；, each number by a space from its name (1.1 编制目的, read as a
heading's number is), a top-level one by 、 (2、组织机构: 2 组织… is heard as a count). A run of at
least `_MIN_ENTRIES` starting at 1 with numbers of two levels is taken; nothing is added but those
marks and nothing dropped. Its 目录 line may stay, and its top-level numbers stand apart from their
names (目 录 1 总则 1.1编制目的 …, its page footers - 4 - gone with the others, see glued_pages).

A contents printed with dot leaders may be flattened too, each entry's leader and page still in
place (目 录 ‖ 第一章 总体思路 开启新征程......6 第一节 发展基础...... 6 第二节 …): read as it
stands, every 第X节 in it opens a heading and every leader is read out with its page. A run of at
least `_MIN_ENTRIES` entries, each a name, a dot leader and a page (only the last one's page may
be cut off; or no entry with a page, a copy that dropped them all), pages never going down, is
read as 目录：第一章 总体思路 开启新征程；第一节 发展基础；… like the runs above (the same
"toc-leader" finding). Its 目录 line may end the paragraph before (…请认真贯彻落实。 目 录): it is
then moved to the run it names, so that the run reads as a contents; or stand inside the paragraph
after the document's date (2016年4月 目录 第一篇 ……), which stays.

A contents printed an entry a line may lose the break after its last entry, the body glued on:
一、背景分析 / 1.1政策导向 / … / 十、结论一、背景分析1.1政策导向 国家层面… Read as it stands, the
last entry is a heading over the whole body and the contents is no contents (the outline finds
one where the body repeats its first entry). The line is parted before the first entry's text
again (十、结论 / 一、背景分析 / 1.1政策导向 国家层面…, each entry the body glues on as the
contents printed it a line of its own while the next follows it) when it follows a run of at least
`_MIN_ENTRIES` short numbered lines, opens with such an entry and holds the run's first line
exactly (one finding, kind "hard-wrap"); nothing is added and nothing dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..han import HAN
from ..model import Finding, Paragraph
from ..number_units import NUMBER_UNITS
from ..numerals import number_value
from .parting import part_each, without_spaces

__all__ = ["unglue_contents"]

_CN_DIGITS = "一二三四五六七八九十"
# 目录, 目 录：, or set in brackets as a copy of a PDF may print it ((目录), 【目录】).
_OPENER = re.compile(r"[（(【\[]?目\s*录[）)】\]]?[：:]?")
# Entry markers as a contents prints them; the value is compared with the one due.
_MARKER = re.compile(
    rf"(?P<cn>[{_CN_DIGITS}]{{1,3}})、|[（(](?P<paren>[{_CN_DIGITS}]{{1,3}})[)）]|(?P<arabic>\d{{1,2}})[.．、](?!\d)"
)
# A page's footer the flattening kept between two entries (—39—, - 3 -): skipped, never read.
_PAGE_FOOTER = re.compile(r"\s*[—－-]{1,2}\s*\d{1,4}\s*[—－-]{1,2}\s*")
# What follows the last page of a contents: a space, or the body's first heading, its numbering
# starting again.
_BODY_START = re.compile(r"\s|一、|[（(]一[)）]|1[.．、]|第一[章节条部篇節條編]")
_SPACES = re.compile(r"\s+")
_MAX_PAGE_DIGITS = 3
# A contents entry on a line of its own: a number (一、 （一） 第一章 1. 1.1) and a short name
# without a sentence's marks.
_ENTRY_LINE = re.compile(
    rf"(?:[{_CN_DIGITS}]{{1,3}}、|[（(][{_CN_DIGITS}]{{1,3}}[)）]|第[{_CN_DIGITS}]{{1,3}}(?:章|节|部分|篇)"
    r"|\d{1,2}(?:[.．]\d{1,2}){0,3}[.．、]?)\s*[^\s\d。；！？，,：:][^\s。；！？，,：:]{0,39}"
)
_MAX_ENTRY_CHARS = 40
_MIN_ENTRIES = 5
# A decimal section number glued to the name before it: the start of a decimal contents' entry.
_DECIMAL = re.compile(r"(?<![\d.．])\d{1,2}(?:[.．]\d{1,2}){0,3}(?![\d.．])")
_MAX_DEPTH = 4
# What follows a figure of a name, not a section's name: a unit, a date or a count word (震后12小时内);
# after a number with a dot only a quantity's unit (3.1万元), as a name may start 分级 or 年度.
_UNIT_AFTER = NUMBER_UNITS + "天周级"
_DECIMAL_UNIT_AFTER = "万亿千百元倍吨亩米克升"
_CJK_START = re.compile(rf"[{HAN}]")
# One entry of a contents flattened with its dot leaders: a name (no sentence's end in it, a dot
# only inside a number such as 1.1), the leader and the page; the next entry follows a space.
_LEADER_ENTRY = re.compile(
    r"\s*(?P<name>[^\s.…·．_。；！？](?:[^.…·．_。；！？]|[.．](?=\d))*?)\s*(?:[.…·．_]{4,}|[-—]{6,})"
    r"\s*(?P<page>[（(]?\d{1,4}[)）]?(?!\d))?"
)
_MAX_LEADER_NAME = 60
# The dot leader between an entry's name and its page, read as nothing.
_LEADER_TAIL = re.compile(r"[\s.…·．_]*$")
# 目录 after a space inside the paragraph, its entries after it (2016年4月 目录 第一篇 …).
_OPENER_INSIDE = re.compile(r"(?<=\s)目\s*录[：:]?(?=\s)")
# The 目录 line a flattened copy left at the end of the paragraph before the contents.
_OPENER_AT_END = re.compile(r"\s*目\s*录[：:]?\s*$")


# A title a PDF's first page prints over its contents, glued before them (某某处 2021 年度决算公开说明
# (目录) 第一部分…): the contents' opener after a space, at most this far into the line.
_TITLE_OVER_CONTENTS = re.compile(r"(?P<title>\S[^。；！？]{3,58}?)\s+[（(【\[]?目\s*录[）)】\]]?[：:]?\s")


def title_over_contents(text: str) -> str:
    """The title glued before a flattened contents that opens `text` (see `_TITLE_OVER_CONTENTS`),
    or ""."""
    found = _TITLE_OVER_CONTENTS.match(text)
    return found.group("title") if found else ""


@dataclass(frozen=True)
class _State:
    cn: int = 0
    paren: int = 0
    arabic: int = 0


def unglue_contents(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], tuple[Finding, ...]]:
    """`paragraphs` with each flattened contents read without its page numbers, and the body
    glued onto a contents' last entry parted from it."""
    paragraphs, parted = _part_glued_body(paragraphs)
    paragraphs, repeated = _part_repeated_contents(paragraphs)
    parted += repeated
    out: list[Paragraph] = []
    taken: list[str] = []
    for paragraph in paragraphs:
        text = _unglue(paragraph.text) if paragraph.kind == "text" else None
        if text is None and paragraph.kind == "text":
            text = _unglue_leaders(paragraph.text, out)
        if text is None:
            out.append(paragraph)
        else:
            out.append(Paragraph(text, heading_level=paragraph.heading_level, kind=paragraph.kind))
            taken.append(paragraph.text)
    findings: tuple[Finding, ...] = ()
    if taken:
        message = "连成一段的目录：页码和条目编号连在一起，已拆开，只读条目名，不读页码"
        findings = (Finding("toc-leader", message, taken[0][:60]),)
    if parted:
        message = "目录最后一条和正文连在一行，已在正文重复目录第一条处分开，请核对"
        findings += (Finding("hard-wrap", message, parted[0][:60]),)
    return tuple(out), findings


# An entry's number where a flattened page set it, after a space: 第一部分, 一、, （一）, 1.
_SPACED_ENTRY = re.compile(rf"(?<=\s)(?:第[{_CN_DIGITS}]{{1,3}}[部分章节篇]{{1,2}}|[{_CN_DIGITS}]{{1,3}}、|[（(][{_CN_DIGITS}]{{1,3}}[)）])")
_REPEAT_KEY = 8  # characters of the first entry (spaces aside) the body must print again


def _part_repeated_contents(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], list[str]]:
    """`paragraphs` with each paragraph that holds a whole page flattened (title, 目 录, the
    entries set apart by spaces without pages, then the body, which opens by printing the first
    entry again: …部门预算 目 录 第一部分 某校 概况 一、主要职责 … 第四部分 名词解释 第一部分 某校
    概况 一、主要职责 （一）…) parted: what stands before 目录, the contents read as 目录：第一部分
    某校 概况；一、主要职责；…, and the body from the repeat on. At least `_MIN_ENTRIES` entries;
    nothing is added and nothing dropped but the spaces where the entries were parted."""
    out, parted = part_each(paragraphs, _repeated_contents)
    return tuple(out), parted


# 目 录 set wide across a PDF's page, the first entry's number standing between its characters in a
# copy that read the line's characters in their places (目 第一部分 录 部门概况 一、…; ho116/21).
_OPENER_ASTRIDE = re.compile(rf"(?<=\s)目\s+(?P<entry>第[{_CN_DIGITS}]{{1,3}}[部分章节篇]{{1,2}})\s+录(?=\s)")


def _repeated_contents(text: str) -> list[str] | None:
    """(before, the contents as read, the body) of a flattened page (see `_part_repeated_contents`)."""
    text = _OPENER_ASTRIDE.sub(r"目录 \g<entry>", text, count=1)
    opener = _OPENER.search(text)
    if opener is None:
        return None
    after = text[opener.end() :].lstrip()
    start = len(text) - len(after)
    key = re.sub(r"\s", "", after)[:_REPEAT_KEY]
    if len(key) < _REPEAT_KEY:
        return None
    squashed, positions = without_spaces(text, start)
    body = squashed.find(key, len(key))
    if body < 0:
        return None
    end = positions[body]
    run = " " + text[start:end]
    starts = [mark.start() for mark in _SPACED_ENTRY.finditer(run)]
    if len(starts) < _MIN_ENTRIES or starts[0] != 1 or re.search("[。！？；]", run):
        return None
    listed = "；".join(run[at:until].strip() for at, until in pairwise([*starts, len(run)]))
    return [text[: opener.start()].strip(), f"目录：{listed}", text[end:].strip()]


def _part_glued_body(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], list[str]]:
    """`paragraphs` with each line that ends a run of contents entries and glues the body on
    (its own entry, then the run's first entry again) parted in two; the lines parted."""
    out = list(paragraphs)
    parted: list[str] = []
    at = 0
    while at < len(out):
        if not _is_entry(out[at]) or (at > 0 and _is_entry(out[at - 1])):
            at += 1
            continue
        end = at
        while end < len(out) and _is_entry(out[end]):
            end += 1
        if end - at >= _MIN_ENTRIES and end < len(out) and out[end].kind == "text":
            first = out[at].text.strip()
            text = out[end].text
            cut = text.find(first, 1)
            if cut > 0 and _ENTRY_LINE.fullmatch(text[:cut].strip()):
                pieces = [text[:cut].rstrip()]
                rest = text[cut:]
                # The body's first headings glued on as the entries are (一、背景分析1.1政策导向 …):
                # each a line of its own while the next entry follows it.
                for entry, following in pairwise(p.text.strip() for p in out[at:end]):
                    if not rest.startswith(entry + following):
                        break
                    pieces.append(entry)
                    rest = rest[len(entry) :]
                level, kind = out[end].heading_level, out[end].kind
                out[end : end + 1] = [Paragraph(piece, heading_level=level, kind=kind) for piece in [*pieces, rest]]
                parted.append(text)
                end += len(pieces)
        at = end + 1
    return tuple(out), parted


def _is_entry(paragraph: Paragraph) -> bool:
    return paragraph.kind == "text" and _ENTRY_LINE.fullmatch(paragraph.text.strip()) is not None


def _unglue(text: str) -> str | None:
    """The paragraph with its contents run rewritten, or None if it holds none."""
    opener = _OPENER.search(text)
    if opener is None:
        return _unglue_decimal(text)
    run = text[opener.end() :]
    lead = len(run) - len(run.lstrip())  # 目录 1.总则2 …: a space after 目录
    parsed = _parse(run, lead)
    if parsed is None:
        return _unglue_decimal(text)  # 目 录 1 总则 1.1编制目的 …: decimal entries, their pages gone
    entries, end = parsed
    rest = run[end:]
    return text[: opener.start()] + "目录：" + "；".join(entries) + "。" + rest


def _unglue_leaders(text: str, before: list[Paragraph]) -> str | None:
    """The paragraph with its contents run flattened with dot leaders read without leaders and
    pages, or None if it holds none. A 目录 line ending the paragraph before (the last of
    `before`) is taken off it and opens the run."""
    opener = _OPENER.match(text.lstrip())
    start = len(text) - len(text.lstrip()) + opener.end() if opener else 0
    lead = ""
    if opener is None and (inner := _OPENER_INSIDE.search(text)) is not None and _parse_leaders(text, inner.end()) is not None:
        # 2016年4月 目录 第一篇 …………: the document's date, then its contents
        lead, start, opener = text[: inner.start()].rstrip() + " ", inner.end(), inner
    parsed = _parse_leaders(text, start)
    if parsed is None:
        return None
    entries, end = parsed
    rest = text[end:]
    if lead:
        return lead + "目录：" + "；".join(entries) + "。" + rest
    if opener is None:
        previous = before[-1] if before and before[-1].kind == "text" else None
        at_end = _OPENER_AT_END.search(previous.text) if previous else None
        if previous is None or at_end is None:
            return "；".join(entries) + "。" + rest  # entries apart, no 目录 to open them
        kept = previous.text[: at_end.start()]
        if kept.strip():
            before[-1] = Paragraph(kept, heading_level=previous.heading_level, kind=previous.kind)
        else:
            before.pop()
    return "目录：" + "；".join(entries) + "。" + rest


def _parse_leaders(text: str, start: int) -> tuple[list[str], int] | None:
    """The entries of the dot-leader contents run from `start` and where it ends, or None."""
    entries: list[str] = []
    pages: list[int] = []
    unpaged = 0  # entries printed with their leader and no page (a copy that dropped them all)
    at = start
    while True:
        entry = _LEADER_ENTRY.match(text, at)
        if entry is None or len(entry.group("name")) > _MAX_LEADER_NAME:
            break
        entries.append(entry.group("name").strip())
        at = entry.end()
        page = entry.group("page")
        if page is None:
            unpaged += 1
            if pages and text[at:].strip():
                return None  # only the last entry's page may be cut off
            if not text[at:].strip():
                break
            continue
        if unpaged:
            return None  # pages after entries without any: no contents' run
        pages.append(int(page.strip("（()）")))
        if at < len(text) and not text[at].isspace():
            break
    if len(entries) < _MIN_ENTRIES or any(b < a for a, b in pairwise(pages)):
        return None
    return entries, at


def _parse(run: str, start: int = 0) -> tuple[list[str], int] | None:
    """The entries (marker and name) of the contents at `start` of `run` and where it ends."""
    first = _MARKER.match(run, start)
    if first is None:
        return None
    state = _advance(_State(), first)
    if state is None:
        return None
    entries: list[str] = []
    pages: list[int] = []
    marker = first
    while True:
        found = _entry_end(run, marker.end(), state)
        if found is None:
            break
        page_start, end, following = found
        entries.append(_LEADER_TAIL.sub("", run[marker.start() : page_start]))  # 一、总则……3: no leader read
        pages.append(int(_PAGE_FOOTER.sub("", run[page_start:end])))
        if following is None:
            break
        next_state = _advance(state, following)
        if next_state is None:
            break
        marker, state = following, next_state
    if len(entries) < _MIN_ENTRIES or any(b < a for a, b in pairwise(pages)):
        return None
    return entries, end


def _entry_end(run: str, start: int, state: _State) -> tuple[int, int, re.Match[str] | None] | None:
    """Where the page number of the entry whose name starts at `start` begins and ends (with the
    page's footer after the last entry), and the next entry's marker: the first digits after the name that a marker which may come next
    follows (a page's footer, —39—, may stand between). Digits at the run's end, or before the
    body's first heading (一、 or 1. again), end the contents (no marker then). Other digits
    belong to the name (2035年远景目标)."""
    for page_start in range(start + 1, min(len(run), start + _MAX_ENTRY_CHARS + 1)):
        if not run[page_start].isdigit() or run[page_start - 1].isdigit():
            continue
        for page_end in range(page_start + 1, min(len(run), page_start + _MAX_PAGE_DIGITS) + 1):
            if not run[page_end - 1].isdigit():
                break
            footer = _PAGE_FOOTER.match(run, page_end)
            after = footer.end() if footer else page_end
            gap = _SPACES.match(run, after)  # a space before the next entry: …计划2 2.某局…
            following = _MARKER.match(run, gap.end() if gap else after)
            if following is not None and _advance(state, following) is not None:
                return page_start, page_end, following
            # A digit right after the page could be the page's own (51. is 5 and 1. or 51 and .):
            # the body's 1. counts only past a space or a footer.
            if after == len(run) or (_BODY_START.match(run, after) and (footer or not run[after].isdigit())):
                return page_start, after if footer else page_end, None  # the last page's footer ends it
    return None


def _unglue_decimal(text: str) -> str | None:
    """The paragraph with a decimal contents run's entries set apart, or None if it holds none."""
    for first in _DECIMAL.finditer(text):
        number = _value(first.group())
        # The run starts at 1, or at the paragraph's start where a page break cut the contents.
        if not (number == (1,) or (first.start() == 0 and len(number) > 1)) or not _CJK_START.match(text, _name_start(text, first.end())):
            continue
        entries = _decimal_entries(text, first, number)
        if len(entries) < _MIN_ENTRIES or all(len(_value(text[a:b])) == 1 for a, b, _ in entries):
            continue
        end = entries[-1][2]
        rest = text[end:]
        last = _DECIMAL.match(rest)
        name = rest[last.end() :] if last else ""
        if last and _CJK_START.match(name) and len(name) <= _MAX_ENTRY_CHARS and not re.search("[。；！？，]", name):
            entries.append((end, end + last.end(), len(text)))  # the paragraph ends with the run's last entry
        # (a top-level number is set off as a list's is, 2、组织指挥体系: 2 组织… would be heard as a count)
        parts = [f"{text[a:b]}{'、' if len(_value(text[a:b])) == 1 else ' '}{text[b:c].strip()}" for a, b, c in entries]
        tail = text[entries[-1][2] :]
        return text[: first.start()] + "；".join(parts) + ("；" + tail if tail else "")
    return None


def _decimal_entries(text: str, first: re.Match[str], number: tuple[int, ...]) -> list[tuple[int, int, int]]:
    """The run's entries from `first`, the number `number`: (where the number starts, where its
    name starts, where the name ends). The last name ends where no entry follows: it is left with
    the text after it."""
    entries: list[tuple[int, int, int]] = []
    marker = first
    while True:
        following = _next_decimal(text, marker.end(), number)
        if following is None:
            return entries
        entries.append((marker.start(), marker.end(), following.start()))
        marker, number = following, _value(following.group())


def _next_decimal(text: str, start: int, number: tuple[int, ...]) -> re.Match[str] | None:
    """The next entry's number after the name at `start`: the first number within a name's length
    that may follow `number` and is followed by a name (not a unit); None at a sentence's end."""
    due = {number[:k] + (number[k] + 1,) for k in range(len(number))}
    if len(number) < _MAX_DEPTH:
        due.add(number + (1,))
    for match in _DECIMAL.finditer(text, start + 1, min(len(text), start + _MAX_ENTRY_CHARS + 1)):
        if re.search("[。；！？]", text[start : match.start()]):
            return None
        value = _value(match.group())
        at = _name_start(text, match.end())
        after = text[at : at + 1]
        units = _UNIT_AFTER if len(value) == 1 else _DECIMAL_UNIT_AFTER
        if value in due and _CJK_START.match(after) and after not in units:
            return match
    return None


def _name_start(text: str, end: int) -> int:
    """Where an entry's name starts after its number ending at `end`: right there, or after one
    space (1 总则 1.1编制目的, a contents whose numbers of the top level stand apart)."""
    return end + 1 if text[end : end + 1] == " " else end


def _value(number: str) -> tuple[int, ...]:
    """2.2.1 → (2, 2, 1)."""
    return tuple(int(part) for part in re.split("[.．]", number))


def _advance(state: _State, marker: re.Match[str]) -> _State | None:
    """The numbering state after `marker`, or None if it cannot come next."""
    if marker.group("cn"):
        value = number_value(marker.group("cn"))
        return _State(cn=value) if value == state.cn + 1 else None
    if marker.group("paren"):
        value = number_value(marker.group("paren"))
        return _State(cn=state.cn, paren=value) if value == state.paren + 1 else None
    value = int(marker.group("arabic"))
    return _State(cn=state.cn, paren=state.paren, arabic=value) if value == state.arabic + 1 else None
