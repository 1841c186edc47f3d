"""Numbering markers: the patterns of heading numbers, their values, styles and ranks.

The styles: 第一编/第一篇/第一部分 (bian), 第一章 (zhang), 第一节 (jie), 第一条 (tiao), 一、 (cn), （一）
(cnp), 1. or 1、 (ar), （1） (arp), ① (circ), 01综合-style labels (pad), and h1…h9 for a level
the source format declares. 第 一 章 is 第一章; a wrong glyph such as （－） is read as the number
it stands for (（一）) and marked as fixed. 一是…二是… are not numbering markers, nor are
第一，/首先， in prose. A fixed canonical order (章 > 节 > 条 > 一、 > （一） > 1. > （1） > ①,
`RANK`) is only used to place a style that shows up above the levels already open, and to
notice a skipped level.

A marker in the middle of a paragraph (`MIDLINE`) follows a space or sentence-final
punctuation (a Chinese numeral 一、 may also follow digits, as in a flattened table); a table
row label (a label followed at once by a run of five or more digits) is no marker. 附件 lines
(`ATTACHMENT`) are matched here too.

The words the outline rules use (title-ending words, enumeration starters, lead-ins, note
openers, part names, …) are read from data/headings.tsv (`heading_words`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..han import CN_NUMERALS, HAN
from ..number_units import MONTH_DAY
from ..numerals import number_value
from ..tsv import read_kinds

CN_DIGITS = CN_NUMERALS + "两"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_DASHES = "－\\-—–"
# The katakana ニ an input method gives for 二 (ニ、继续封控的区域): read as 二, marked as fixed.
_LOOKALIKE_TWO = "ニ"

# A date right after an item's number and dot: a year (2021年) or a month and day (8月30日).
_DATE_AHEAD = rf"(?:19|20)\d{{2}}年|{MONTH_DAY}"
# What a decision amending rules says of an article right after naming it (第九条修改为：“…”,
# 第十三条增加一款, 第二十七条后增加一条, 第八条删去): an instruction citing the article, never the article.
_AMENDING = "修改为|修改為|改为|改為|后增加|後增加|增加一[款项項条條]|删去|刪去|删除|刪除"
MARKER = re.compile(
    # 第二十条第（一）项 and 第三条的规定 (第三條的規定) cite an article; they do not start one, nor
    # does 第二部分是… (a sentence about a part: 第二部分是2023年的工作安排) or 第五条中 (第五条中所称…),
    # only with what a citation goes on with (第五条中的, 中所称, 中规定, 中“…”): 中央, 中国, 中方 open
    # a word (第六条中央补助资金…, 第八条中方石油公司…: articles glued to their text), and so is
    # 第六条规范… (only 第六条规定 cites). An amendment instruction cites the article it changes
    # (第九条修改为：, see _AMENDING).
    # 第 一 章: a typesetter's spaces inside the number are no part of it. 第四章到第十二章…,
    # 第十三章和第十四章… name a span of chapters in a sentence.
    f"(?P<ord>第[ \u3000]?(?P<ordnum>[{CN_DIGITS}]{{1,5}}|\\d{{1,3}})[ \u3000]?(?P<ordkind>编|編|篇|部分|章|节|節|条|條)(?![第的之所款项項是]|规定|規定|中(?:[的所“「第]|规定|規定|提到|列明)|[到至和及与、][ \u3000]?第|{_AMENDING}))"
    f"|(?P<cnp>[（(][ \u3000]?(?P<cnpnum>[{CN_DIGITS}]{{1,4}}|[{_DASHES}]{{1,2}})[ \u3000]?[)）][、.．]?)"
    f"|(?P<arp>[（(][ \u3000]?(?P<arpnum>\\d{{1,2}})[ \u3000]?[)）][、.．]?)"
    f"|(?P<cn>(?P<cnnum>[{CN_DIGITS}]{{1,4}}|{_LOOKALIKE_TWO})[ \u3000]?(?:、|[．.](?![\\d{CN_DIGITS}])))"
    # 1.5 is a decimal; 1.8月30日 and 1.2021年 are an item and its date (no figure is 1.8 months).
    f"|(?P<ar>(?P<arnum>\\d{{1,2}})[ \u3000]?[.．、](?:(?!\\d)|(?={_DATE_AHEAD})))"
    f"|(?P<circ>[{_CIRCLED}])"
    f"|(?P<pad>(?P<padnum>0[1-9]|[1-9][0-9])(?=[{HAN}]))"
)
# Where a mid-paragraph marker may begin: after a space or sentence-final punctuation (or a
# digit, a colon, a closing bracket or a semicolon, checked further in _midline_ok). The lookbehind lets the scan skip most positions fast.
MIDLINE_BEFORE = set(" \t\u3000。！？!?")
MIDLINE = re.compile(f"(?<=[ \t\u3000。！？!?0-9.．：:）)；;])(?:{MARKER.pattern})")
# The lead-in a notice puts before its numbered points (通告如下：一、…, 特制定如下实施方案：一、…,
# 从以下三个方面作进一步的改进：（一）…): in a copy that lost its line breaks, the first point follows
# its colon directly.
# (and a speech's: 下面，我讲三点意见：, 我再强调几点：)
LEAD_IN = re.compile(
    f"(?:如下[{HAN}]{{0,6}}|以下[^，,。；;：:]{{0,16}}|[讲谈提强调说][一二三四五六七八九十两几]点(?:意见|看法|要求|建议|体会)?)[：:]$"
)
# Canonical depth of each style, used only to place a style above open levels and to warn.
RANK: dict[str, float] = {
    "att": -20,
    "part": -15,
    "named": -15,  # 前言, 结语: a part named by what it is, a sibling of the chapters
    "bian": 0,
    "zhang": 1,
    "jie": 2,
    "tiao": 3,
    "point": 3.5,  # 第一，要高度重视… : a speech's points on lines of their own (see numbering.point_headings)
    "cn": 4,
    "pad": 4,
    "sub": 4.5,  # an unnumbered subheading inside a numbered section (see guesses.subheadings(inner=True))
    "cnp": 5,
    "ar": 6,
    "arp": 7,
    "circ": 8,
    # Decimal section numbers 1 / 1.1 / 1.1.1 of 应急预案 and technical plans, one style per depth.
    "dec1": 4.1,
    "dec2": 4.2,
    "dec3": 4.3,
    "dec4": 4.4,
}
# Traditional characters too (第一條, 第二節, 第一編): pages of Hong Kong, Macao, Taiwan and mirrors.
_ORD_STYLES = {
    "编": "bian",
    "編": "bian",
    "篇": "bian",
    "部分": "bian",
    "章": "zhang",
    "节": "jie",
    "節": "jie",
    "条": "tiao",
    "條": "tiao",
}
NEXT_STYLE = {"cn": "cnp", "cnp": "ar", "ar": "arp", "arp": "circ"}
_PAD_HEADING_MAX = 24  # 01综合: the whole line, at most this long
# (No colon before the digits: 邮政编码：100035 is a field in a sentence, 2.电话：0931—8921040 and
# 二、将意见邮寄至：某路8号（邮编100820） items of a list of contacts; a row label runs into its cells.)
_ROW_LABEL = re.compile(
    "[^。；！？，,：:\\n]{0,40}?(?<!\\d)\\d{5,}(?![\\d年月日号万亿千百元亩人个件项户家名次吨%‰]|[.．]\\d)"
)
SENTENCE_END = "。！？；!?;"
# 附件, 附件1, 附件2：某某申报表 — an attachment: a top-level chapter with its own numbering; a law
# labels what it appends 附： (附：某某税目税率表), the colon always written.
ATTACHMENT = re.compile(
    f"(?P<label>附\\s*件|附(?=\\s*[：:]))\\s*(?P<number>[0-9０-９{CN_DIGITS}]{{0,3}})\\s*[：:]?\\s*(?P<title>[^。；]{{0,60}}?)\\s*"
)
LIST_STYLES = frozenset({"cn", "cnp", "ar", "arp", "circ"})
CHAPTER_STYLES = frozenset({"bian", "zhang", "jie"})


@dataclass
class Marker:
    style: str  # bian, zhang, jie, tiao, point, cn, cnp, ar, arp, circ, pad, or h1…h9 (declared)
    value: int  # 0 when the heading has no number
    number: str  # as shown in outline JSON: 一, （一）, 1, （1）, ①, 第一条, 01
    end: int  # index where the marker ends in its paragraph
    written: str  # the marker as written
    fixed: bool = False  # the glyph was wrong and has been read as a number (（－） -> （一）)


@lru_cache(maxsize=1)
def heading_words() -> dict[str, tuple[str, ...]]:
    kinds = (
        "end",
        "enum",
        "not_enum",
        "continue",
        "notes",
        "lead",
        "define",
        "glossary",
        "starts",
        "sentence_start",
        "subject",
        "point_verb",
        "column",
        "report_row",
        "report_part",
        "opening_part",
        "part_end",
        "part_start",
        "gloss",
        "part_name",
        "rules_part",
        "task_note",
        "amend_lead",
        "amend",
        "ways",
        "section_name",
        "sector",
        "attachment_kind",
        "report_kind",
        "clause_kind",
        "contact",
        "modal",
        "guide",
    )
    return read_kinds("audiojiedu", "data/headings.tsv", kinds)


def declared(style: str) -> bool:
    return style.startswith("h")


def rank_of(style: str) -> float:
    if style.startswith("h"):
        return int(style[1:]) - 10  # declared headings sit above numbered ones
    return RANK.get(style, 9)


def marker_at(text: str, start: int, *, whole: str) -> Marker | None:
    match = MARKER.match(text, start)
    return marker_from(match, whole) if match else None


def marker_from(match: re.Match[str], text: str) -> Marker | None:
    kind = match.lastgroup
    written = match.group()
    end = match.end()
    if match.group("ord"):
        ordnum, ordkind = match.group("ordnum"), match.group("ordkind")
        return Marker(_ORD_STYLES[ordkind], number_value(ordnum), f"第{ordnum}{ordkind}", end, written)
    if (match.group("cnp") or match.group("cn")) and text.startswith(written, end) and written[-1:] in "、）)":
        # 一、一、完善…: the number typed again after a word processor's own list number, one number
        doubled = marker_from(match, "")
        assert doubled is not None
        return Marker(doubled.style, doubled.value, doubled.number, end + len(written), written * 2, fixed=True)
    if match.group("cnp"):
        digits = match.group("cnpnum")
        if digits[0] in _DASHES.replace("\\", ""):
            return Marker("cnp", 1, "（一）", end, written, fixed=True)
        return Marker("cnp", number_value(digits), f"（{digits}）", end, written)
    if match.group("arp"):
        digits = match.group("arpnum")
        return Marker("arp", int(digits), f"（{int(digits)}）", end, written)
    if match.group("cn"):
        digits = match.group("cnnum")
        if digits == _LOOKALIKE_TWO:
            return Marker("cn", 2, "二", end, written, fixed=True)
        return Marker("cn", number_value(digits), digits, end, written)
    if match.group("ar"):
        digits = match.group("arnum")
        return Marker("ar", int(digits), str(int(digits)), end, written)
    if match.group("circ"):
        return Marker("circ", _CIRCLED.index(written) + 1, written, end, written)
    if kind == "pad":
        line_end = text.find("\n", match.start())
        rest = text[end : len(text) if line_end < 0 else line_end]
        if match.start() != 0 or len(rest) + 2 > _PAD_HEADING_MAX or not re.fullmatch(f"[{HAN}、]+", rest):
            return None
        return Marker("pad", int(match.group("padnum")), match.group("padnum"), end, written)
    return None


def is_row_label(text: str, start: int) -> bool:
    """A statistics-table row label: a short label followed at once by a run of digits."""
    return _ROW_LABEL.match(text, start) is not None
