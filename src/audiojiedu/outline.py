"""Stage 2: paragraphs -> a tree of numbered sections.

Headings are recognised by their numbering, the way Chinese official documents write it:
第一编/第一章/第一节/第一条, 一、, （一）, 1. or 1、, （1）, ①, and 01综合-style labels, and the
decimal section numbers of 应急预案 (1总则 / 1.1编制目的, a level per part, see
`_decimal_headings`); a heading
the source format declares (DOCX heading style) counts too, and so do short unnumbered lines
standing between paragraphs in plain text without other top-level numbering (see
`_unnumbered_headings`; a lone one between sentences on stricter layout, see `_subheadings`), and, on stronger layout evidence, unnumbered parts mixed with numbered
headings (see `_part_headings`); every such guess is a Finding heading-guessed. A numbered run
that is a list stays text (see `_is_list`): members announced by a lead-in (主要职能包括：),
sentences after a colon, 名词解释 entries; in a short notice the numbered clauses are judged
as one run (see `_clause_run`). A site's menu printed as numbered lists before the document
(1. 目录 / 2. 某某政府 / 1. 部门文件, see `_numbered_menu`) is text too. Levels come from the order in which marker styles appear, not
from a fixed table: a style seen for the first time opens a deeper
level, a style already open continues its level, and a style that restarts at 1 while it is
open (二、报告主要内容 followed by 一、总体情况) opens a new deeper level. A fixed canonical order
(章 > 节 > 条 > 一、 > （一） > 1. > （1） > ①) is only used to place a style that shows up above
the levels already open, and to notice a skipped level.

A heading glued to its paragraph is cut where its title ends: at the first of
  - a space (one-line pages separate parts with spaces),
  - 】 closing a bracketed article title (第一条 【培育对象】…),
  - sentence punctuation 。！？； (kept in the heading) or ： (kept in the heading, not the title),
  - an enumeration starter (一是, 首先, …) — the body starts there,
  - a heading-ending word (情况, 方面, …) directly followed by body text,
  - a year followed by a comma (…主要措施2019年，我们将…) after the title has begun,
  - the title's own year again, opening a sentence (一、2030年工作安排2030年是…);
see `data/headings.tsv`. 一是…二是… never make headings: they are not numbering markers, nor
do 第一，/首先， in prose, nor a sentence about a chapter (第一章为总则，明确了…。, see
`_names_a_chapter`). A title may stand on its own line: 第一章 / 总则, and an article's short
title 第一条 宗旨 with its body on the next line (see `_own_line_title`); 第 一 章 is 第一章.

One-line documents: a marker in the middle of a paragraph starts a heading when it follows a
space or sentence-final punctuation (a Chinese numeral 一、 may also follow digits, as in a
flattened table), continues the numbering of an open level (or starts a list at 1; articles
continue through chapters), and is not a table row label (a label followed at once by a run of
five or more digits).

After a line 注释：/注：/资料来源： nothing is a heading: footnotes 1.… and [1]… are notes and
stay paragraphs of the last section. Odd numbering (gaps, repeats, wrong glyphs such as （－）,
skipped levels) still yields a tree, plus a warning in Document.warnings.

Every character of the paragraphs ends up exactly once in the preface, a heading or a section
paragraph, in order: only whitespace between pieces is dropped.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from .model import Block, Document, Finding, Paragraph, RawDocument, Section, ShownTable
from .title_key import title_key
from .tsv import read_kinds

__all__ = ["outline_to_json", "parse_outline", "split_heading"]

_CN_DIGITS = "一二三四五六七八九十百零〇两"
_CN_VALUES = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_DASHES = "－\\-—–"

_MARKER = re.compile(
    # 第二十条第（一）项 and 第三条的规定 cite an article; they do not start one.
    # 第 一 章: a typesetter's spaces inside the number are no part of it.
    f"(?P<ord>第[ \u3000]?(?P<ordnum>[{_CN_DIGITS}]{{1,5}}|\\d{{1,3}})[ \u3000]?(?P<ordkind>编|部分|章|节|条)(?![第的之规所款项中]))"
    f"|(?P<cnp>[（(][ \u3000]?(?P<cnpnum>[{_CN_DIGITS}]{{1,4}}|[{_DASHES}]{{1,2}})[ \u3000]?[)）][、.．]?)"
    f"|(?P<arp>[（(][ \u3000]?(?P<arpnum>\\d{{1,2}})[ \u3000]?[)）][、.．]?)"
    f"|(?P<cn>(?P<cnnum>[{_CN_DIGITS}]{{1,4}})[ \u3000]?(?:、|[．.](?![\\d{_CN_DIGITS}])))"
    f"|(?P<ar>(?P<arnum>\\d{{1,2}})[ \u3000]?[.．、](?!\\d))"
    f"|(?P<circ>[{_CIRCLED}])"
    f"|(?P<pad>(?P<padnum>0[1-9]|[1-9][0-9])(?=[{_CJK}]))"
)
# Where a mid-paragraph marker may begin: after a space or sentence-final punctuation (or a
# digit, checked further in _midline_ok). The lookbehind lets the scan skip most positions fast.
_MIDLINE_BEFORE = set(" \t\u3000。！？!?")
_MIDLINE = re.compile(f"(?<=[ \t\u3000。！？!?0-9])(?:{_MARKER.pattern})")
# Canonical depth of each style, used only to place a style above open levels and to warn.
_RANK: dict[str, float] = {
    "att": -20,
    "part": -15,
    "named": -15,  # 前言, 结语: a part named by what it is, a sibling of the chapters
    "bian": 0,
    "zhang": 1,
    "jie": 2,
    "tiao": 3,
    "cn": 4,
    "pad": 4,
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
_ORD_STYLES = {"编": "bian", "部分": "bian", "章": "zhang", "节": "jie", "条": "tiao"}
_NEXT_STYLE = {"cn": "cnp", "cnp": "ar", "ar": "arp", "arp": "circ"}
_STYLE_EXAMPLE = {"cn": "一、", "cnp": "（一）", "ar": "1.", "arp": "（1）", "circ": "①"}

_MAX_DEPTH = 8  # deeper numbering is kept as text of the eighth level
_MAX_WARNINGS = 40  # further warnings are counted, not listed
_TITLE_WINDOW = 160  # a glued heading's title is looked for in this many characters
_PAD_HEADING_MAX = 24  # 01综合: the whole line, at most this long
# (Not after a colon: 邮政编码：100035 is a field in a sentence, a row label runs into its cells.)
_ROW_LABEL = re.compile(
    "[^。；！？\\n]{0,40}?(?<![\\d：:])\\d{5,}(?![\\d年月日号万亿千百元亩人个件项户家名次吨%‰]|[.．]\\d)"
)
_SENTENCE_END = "。！？；!?;"
# An unnumbered heading line: Chinese characters (a 、 or spaces inside), 2 to 20 of them.
_PLAIN_HEADING = re.compile(f"[{_CJK}][{_CJK}、 \u3000]{{0,18}}[{_CJK}]")
_LETTER_SPACED = re.compile(f"[{_CJK}](?:[ \u3000]+[{_CJK}])+")
_AFTER_SENTENCE = "。！？；…：:"
_MIN_FOLLOWING = 30
# An unnumbered part heading mixed with numbered ones: 2025年工作回顾, “十五五”时期主要目标 —
# Chinese characters, digits, quotes and title marks, 4 to 24 of them, no clause punctuation; a
# year may be a template's placeholder (200*年, 20xx年).
_PART_HEADING = re.compile(f"(?=(?:[^{_CJK}]*[{_CJK}]){{2}})[{_CJK}0-9０-９*＊xX×“”‘’《》〈〉、·—]{{4,24}}")
# ... but not a caption (表1 …, …情况表, 图2), a date or a signature line ending in 日.
_PART_NOT_HEADING = re.compile("^(?:附?表|图|专栏)|[表图]$|\\d{1,2}日$")
# A part heading inside a flattened paragraph: set apart by spaces after a sentence's end.
_MIDLINE_PART = re.compile("(?<=[。！？!?])[ \t\u3000]+(?P<title>[^\\s。！？；，,：:]{4,24})[ \t\u3000]+")
_LONE_PART_GUESS = (
    "这一行没有编号，以报告部分的用语开头或结尾、位于第一个编号标题之前，推断为一级标题（部分）；"
    "后文没有第二个这样的部分（文档可能不完整），证据较弱，请核对"
)
_MIDLINE_PART_GUESS = "这段文字没有编号，夹在句末与编号标题之间、以报告部分的用语结尾，推断为一级标题（部分）"
# A subheading the whole document has only one or a few of (过去一年的主要工作, 法律依据, a news
# subhead): a short line of Chinese characters (digits and title marks inside) between sentences.
_SUBHEADING = re.compile(f"[{_CJK}][{_CJK}0-9０-９、“”《》]{{2,18}}[{_CJK}]")
# 《某某管理办法》第十六条 on a line of its own: the source of the quoted text under a heading.
_CITATION = re.compile(f"《[^《》]{{2,40}}》(?:第[{_CN_DIGITS}0-9]{{1,5}}条(?:第[{_CN_DIGITS}0-9]{{1,3}}款)?)?")
_NAMED_PART_GUESS = "这一行是文档部分的名称（前言、结语之类），没有编号，作为与各章并列的一级标题"
_SUBHEADING_GUESS = (
    "这一行没有编号，是夹在成句段落之间的无标点短行，其后是成段的正文，推断为一级标题；"
    "全文没有其他编号标题，证据较弱，请核对"
)
_LONG_PART_CHARS = 1350  # ~5 minutes of speech that a missed part heading would leave unmarked
# 附件, 附件1, 附件2：某某申报表 — an attachment: a top-level chapter with its own numbering.
_ATTACHMENT = re.compile(
    f"附\\s*件\\s*(?P<number>[0-9０-９{_CN_DIGITS}]{{0,3}})\\s*[：:]?\\s*(?P<title>[^。；]{{0,60}}?)\\s*"
)
_MIN_ATTACHMENT_CHARS = 20
# The date under a notice's signature: 2020年7月15日, 二〇二〇年七月十五日, 2020年7月.
_SIGNATURE_DATE = re.compile(f"(?:\\d{{4}}|[{_CN_DIGITS}]{{4}})[ \u3000]*年[ \u3000]*[\\d{_CN_DIGITS}]{{1,3}}[ \u3000]*月(?:[ \u3000]*[\\d{_CN_DIGITS}]{{1,3}}[ \u3000]*日)?")
_MAX_SIGNATURE = 30
_MAX_ATTACHMENT_TITLE = 60
# A list item is not a heading: 一、二、三产业 (numerals listed), （一）扶持申报表；
_NUMERAL_LIST = re.compile(f"[{_CN_DIGITS}]{{1,3}}、")
_SHORT_DOCUMENT = 5000  # characters (~18 minutes): a short notice, where clauses are numbered
_CLAUSE_CHARS = 15  # a numbered sentence longer than this (or with a comma) reads as a clause
_MONEY = re.compile(r"\d[\d,，.]*\s*(?:万|亿)?元")
_YEAR = re.compile(r"(?<!\d)(\d{4})年")
_YEAR_JOINERS = "及和与、或至到同暨"  # 2024年工作总结及2025年工作安排: one title
_MIN_CATALOGUE = 3  # items of a run with no text under it, read as a list
_LIST_ITEM_CHARS = 200  # a list item is one short paragraph; a section's text is longer
_TERM_CHARS = 20  # 名词解释: the term before the colon, with its number
_LONG_CHAPTER_CHARS = 4000  # ~15 minutes of speech at 4.5 characters a second
_CHARS_PER_MINUTE = 270
_LIST_STYLES = frozenset({"cn", "cnp", "ar", "arp", "circ"})
# A heading states a topic; a numbered sentence that states a figure is text, and so is one
# with several clauses: （三）差旅费较上年预算增长12.5%。 （二）收入1200万元，比上年增加80万元；
_FIGURE = re.compile(r"(?<![\d.．])\d+(?:[.．]\d+)?\s*(?:%|％|‰|万元|亿元|元|万|亿|个|人|项|家|户|辆|台|套|吨|亩|公里)")
_SPACED_AMOUNT = re.compile(r"[ \t\u3000]+[-+]?\d[\d,，.．]*[ \t\u3000]*(?:万元|亿元|元|%|％)")
_DEFINITION = re.compile(r"[（(](?:以下)?(?:简称|称|统称)[^（()）]{1,20}[)）](?=[^。；;！？\s])")
_COUPLET = re.compile(f"([{_CJK}]{{2,8}})，([{_CJK}]{{2,8}})[。！]")
_STATEMENT_COMMAS = 3  # corpus headings have at most one comma
_STATEMENT_CHARS = 45  # … and at most ~33 characters
_SHORT_TITLE = 16  # a short heading phrase: 总体要求, 完善垃圾收运体系。
_CUT_WINDOW = (4, 12)  # a glued title cut before a body opener is 4 to 12 characters long
# The last cell of a flattened table row: a figure after a space (地区生产总值 10, 权重 5%).
_FIGURE_CELL = re.compile(r"(?:^|[ \t\u3000])[-+]?\d+(?:[.．]\d+)?[ \t\u3000]*(?:分|%|％)?$")
_ROW_LABEL_CHARS = 24  # a row label standing alone on its line (二、社会民生) before its rows
# A table of contents: its opener, and what an entry carries besides its heading (dot leaders,
# a page number, a Word field code left in the text: PAGEREF _Toc25831 h 3).
_TOC_OPENER = re.compile(r"[（(【]?目[ \t\u3000]*[录錄][)）】]?")
_TOC_NOISE = re.compile(r"PAGEREF\s*_Toc\d+(?:\s*\\?h)?(?:\s*\d+)?|[.…·．\-—]{2,}\s*\d*|\s\d{1,3}$")
_TOC_ENTRY_CHARS = 60
# A site menu printed as numbered lists: 1. 政策文件 / 2. 政府公报 / 1. 部门文件 (see _numbered_menu).
_MENU_ITEM = re.compile(f"(\\d{{1,2}})[.．、][ \t\u3000]*[{_CJK}A-Za-z][{_CJK}A-Za-z ]{{0,19}}")
_MENU_ITEMS = 6
# 第一章 / 总则, 第一条 宗旨 / 为了…: a title on a line of its own, a phrase without punctuation.
_OWN_TITLE = re.compile(f"(?=(?:[^{_CJK}]*[{_CJK}]){{2}})[{_CJK}0-9０-９“”‘’《》〈〉、·—（）() \u3000]{{2,24}}")
_CHAPTER_STYLES = frozenset({"bian", "zhang", "jie"})
# A decimal section heading on a line of its own: 1总则, 1.1编制目的, 2 组织指挥体系, 4.1Ⅰ级响应 —
# the number, then a short title without sentence punctuation or spaces inside. 1. and 1、 are
# the arabic list style (ar), not this one.
_DECIMAL_HEADING = re.compile(
    f"(?P<number>\\d{{1,2}}(?:[.．]\\d{{1,2}}){{0,3}})(?P<dot>[.．])?[ \t\u3000]*"
    f"(?P<title>[{_CJK}Ⅰ-Ⅻ“《][^{re.escape(_SENTENCE_END)}，,：:\\s]{{1,29}})"
)
# The same inside a paragraph a page flattened, set apart by a space: … 1.1目的依据 为了…
_DECIMAL_IN_LINE = re.compile(
    f"(?:(?<=[ \t\u3000])|^)(?P<number>\\d{{1,2}}(?:[.．]\\d{{1,2}}){{1,3}})[ \t\u3000]*"
    f"(?P<title>[{_CJK}Ⅰ-Ⅻ“《][^{re.escape(_SENTENCE_END)}，,：:\\s]{{1,29}})(?=[ \t\u3000]|$)"
)
# A top-level decimal section inside a flattened paragraph, its first subsection right after
# it: … 1 总 则 1.1 编制目的 … (the number set apart by spaces, a title, letter-spaced or not).
_DECIMAL_TOP_IN_LINE = re.compile(
    f"(?<=[ \t\u3000])(?P<number>\\d{{1,2}})[ \t\u3000]+"
    f"(?P<title>[{_CJK}](?:[ \u3000][{_CJK}]){{1,7}}|[{_CJK}]{{2,15}})[ \t\u3000]+"
    f"(?=(?P=number)[.．]1[ \t\u3000]*[{_CJK}])"
)
# A chapter numeral set apart from its title by a space instead of 、: 一 调研背景 (see
# _spaced_numeral_headings); the title is a phrase without sentence punctuation.
_SPACED_NUMERAL = re.compile(
    f"(?P<number>[{_CN_DIGITS}]{{1,3}})[ \t\u3000]+"
    rf"(?P<title>[{_CJK}“《][^{re.escape(_SENTENCE_END)}，,：:\s]{{1,29}})"
)
# A number followed by one of these is an amount or a date, not a section: 3.5 万元, 2 个, 5月.
_DECIMAL_NOT_TITLE = "万亿千百元个年月日号时分秒倍项件次人户家台辆套吨亩米克升度届期批类种名岁"
_DECIMAL_DEPTH = 4
_SET_APART = " \t\u3000：:、"
# An article's title in brackets right after its number: 第三条 【服务内容】, 第一条（立法目的）; a
# round bracket holds a title only when it is a short phrase (第五条（一）… is a list item).
_ARTICLE_TITLE = re.compile(f"[ \u3000]*(?:【([^】\n]{{1,60}})】|[（(]([{_CJK}、]{{2,16}})[)）])")
_BRACKETS = (("（", "）"), ("(", ")"), ("《", "》"), ("“", "”"), ("【", "】"), ("〔", "〕"))


@dataclass
class _Marker:
    style: str  # bian, zhang, jie, tiao, cn, cnp, ar, arp, circ, pad, or h1…h9 (declared)
    value: int  # 0 when the heading has no number
    number: str  # as shown in outline JSON: 一, （一）, 1, （1）, ①, 第一条, 01
    end: int  # index where the marker ends in its paragraph
    written: str  # the marker as written
    fixed: bool = False  # the glyph was wrong and has been read as a number (（－） -> （一）)


@dataclass
class _Node:
    style: str
    value: int
    number: str
    title: str
    heading: str
    paragraphs: list[Block] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    glued: bool = False  # paragraphs[0] is the rest of the heading's own paragraph
    statement: bool = False  # the "title" is a sentence (see _statement): text unless in a list
    separate: int = 0  # paragraphs that stood on their own after the heading's
    items_read: bool = False  # numbered items under it were read back as its text (see _is_list)
    # Numbering problems noticed when this heading was placed: (message, also a finding). They
    # are reported only if the heading stays a heading (a list item read as text has none).
    notes: list[tuple[str, bool]] = field(default_factory=list)

    def walk(self) -> list[_Node]:
        return [self, *(node for child in self.children for node in child.walk())]

    def as_text(self) -> list[Block]:
        """The heading and its text as the paragraphs they were written as."""
        if self.glued and isinstance(self.paragraphs[0], str):
            return [self.heading + self.paragraphs[0], *self.paragraphs[1:]]
        return [self.heading, *self.paragraphs]

    def all_text(self) -> list[Block]:
        """The heading, its text and all under it, as the paragraphs they were written as."""
        return [*self.as_text(), *(block for child in self.children for block in child.all_text())]

    def demote_clauses(self, *, short: bool) -> None:
        bare = _textless_nodes(self.children)  # judged before inner lists become their text
        for child in self.children:
            child.demote_clauses(short=short)
        self.children = _fold_catalogues(self.children, self.paragraphs, bare)
        if _is_list(self.children, short=short, lead=_last_text(self.paragraphs), heading=self.title):
            for child in self.children:
                self.paragraphs.extend(child.all_text())
            self.items_read = bool(self.children)
            self.children = []

    def freeze(self) -> Section:
        return Section(
            number=self.number,
            title=self.title,
            heading=self.heading,
            paragraphs=tuple(self.paragraphs),
            sections=tuple(child.freeze() for child in self.children),
        )


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
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
        "column",
        "part_end",
        "part_start",
        "gloss",
        "part_name",
    )
    return read_kinds("audiojiedu", "data/headings.tsv", kinds)


@lru_cache(maxsize=1)
def _column_header() -> re.Pattern[str]:
    """Two or more column names side by side, set apart by spaces: a flattened header row."""
    names = "|".join(map(re.escape, sorted(_words()["column"], key=len, reverse=True)))
    return re.compile(f"(?<![^\\s])(?:{names})(?:[ \t\u3000]+(?:{names}))+(?![^\\s])")


@lru_cache(maxsize=1)
def _title_stop() -> re.Pattern[str]:
    words = _words()
    ends = "|".join(map(re.escape, words["end"]))
    enums = "|".join(map(re.escape, words["enum"]))
    continuation = re.escape("".join(words["continue"]))
    not_enum = re.escape("".join(words["not_enum"]))
    return re.compile(
        # (A space inside a figure, as PDFs set 2023 年 or 15.87 %, does not end a title.)
        f"(?P<space>(?<=[^\\s\\d])[ \t\u3000]+(?=[^\\s])|(?<=\\d)[ \t\u3000]+(?=[^\\s年月日号元万亿%]))"
        f"|(?P<punct>[{re.escape(_SENTENCE_END)}])"
        f"|(?P<colon>[：:])"
        f"|(?P<enum>(?<=[^{not_enum}])(?:{enums}))"
        f"|(?P<endword>(?:{ends})(?=[{_CJK}\\d（(])(?![{continuation}]))"
        # A year that opens the body as a time adverbial: …主要措施2019年，我们将…
        f"|(?P<year>(?<=[^\\d至到于自从在截])\\d{{4}}年(?=[，,]))"
    )


def parse_outline(raw: RawDocument) -> Document:
    """Build the section tree of `raw` (see the module docstring for the rules)."""
    total = sum(len(p.text) for p in raw.paragraphs)
    contents = _table_of_contents(raw.paragraphs)
    menu = _numbered_menu(raw.paragraphs)
    # The pre-passes below judge the body's layout; a table of contents is no part of it.
    body = tuple(replace(p, text="") if index in contents | menu else p for index, p in enumerate(raw.paragraphs))
    decimal = _decimal_headings(raw.paragraphs, contents)
    decimal.update(_spaced_numeral_headings(raw.paragraphs, contents))
    builder = _Builder(short=total < _SHORT_DOCUMENT, cut_styles=_short_title_styles(body))
    if menu:
        first = raw.paragraphs[min(menu)].text.strip()
        message = f"这 {len(menu)} 行编号短语像网站的菜单（编号多次从 1 重来，其间没有正文），不作标题，但仍保留朗读"
        builder.found("chrome-kept", message, first)
    in_notes = False
    note_openers = set(_words()["notes"])
    plain_headings = set() if decimal else _unnumbered_headings(body, note_openers)
    part_headings = set() if plain_headings else _part_headings(body, note_openers, decimal)
    lone = len(part_headings) == 1 and _names_a_part(raw.paragraphs[min(part_headings)].text)
    message = _LONE_PART_GUESS if lone else "这一行没有编号，按版式（短行、无标点、位于段落之间）推断为一级标题"
    if not (plain_headings or part_headings or decimal):
        plain_headings = _subheadings(body, note_openers, raw.title)
        message = _SUBHEADING_GUESS
    for index in sorted(plain_headings | part_headings):
        builder.found("heading-guessed", message, raw.paragraphs[index].text)
    named = _named_parts(raw.paragraphs, contents | menu)
    for index in sorted(named):
        builder.found("heading-guessed", _NAMED_PART_GUESS, raw.paragraphs[index].text)
    ahead = _decimals_ahead(raw.paragraphs)
    skip = -1
    for index, paragraph in enumerate(raw.paragraphs):
        text = paragraph.text.strip()
        builder.decimals_ahead = ahead[index]
        if not text or index == skip:
            continue
        if index in contents or index in menu:
            builder.add_paragraph(text)  # the entries of a table of contents are read as text
            continue
        attachment = _ATTACHMENT.fullmatch(text) if paragraph.kind == "text" else None
        if (
            attachment is not None
            and _has_content_after(raw.paragraphs, index)
            and not _listed_again(raw.paragraphs, index)
            and not _before_signature(raw.paragraphs, index)
        ):
            title = attachment.group("title") or ""
            following = raw.paragraphs[index + 1].text.strip() if index + 1 < len(raw.paragraphs) else ""
            if not title and _is_attachment_title(following):
                title, skip = following, index + 1
            builder.open_attachment(
                attachment.group("number"), title, text if not title or skip < 0 else f"{text} {title}"
            )
            in_notes = False
            continue
        if in_notes or paragraph.kind == "table":
            builder.add_paragraph(text)
            if paragraph.shown is not None:
                builder.add_shown(paragraph.shown)  # a long table, shown right after its summary
            continue
        if _is_note_opener(text, note_openers):
            in_notes = True
            builder.add_paragraph(text)
            continue
        if builder.in_table and _table_row(text, _following(raw.paragraphs, index)):
            builder.add_paragraph(text)  # a row of a flattened table: its labels are cells
            continue
        builder.in_table = False
        if index in named:
            builder.open_named(text)
            continue
        if index in part_headings:
            builder.open_part(text)
            continue
        if index in decimal:
            builder.open_decimal(decimal[index], text)
            continue
        own = _own_line_title(raw.paragraphs, index) if index not in plain_headings else None
        if own is not None:
            marker, title, at = own
            skip = max(skip, at)
            builder.open_titled(marker, heading=text if at < 0 else f"{text} {title}", title=title)
            continue
        level = 1 if index in plain_headings else paragraph.heading_level
        builder.feed(text, declared_level=level)
    title = raw.title  # a reader names a document without a title line (ingest.naming)
    sections = builder.sections()
    return Document(
        title=title,
        metadata=dict(raw.metadata),
        preface=tuple(builder.preface),
        sections=sections,
        source=raw.source,
        warnings=tuple(raw.warnings) + tuple(builder.all_warnings()),
        findings=tuple(raw.findings) + tuple(builder.findings) + tuple(_long_chapters(sections)),
    )


def _is_list(nodes: list[_Node], *, short: bool, lead: str, heading: str) -> bool:
    """True if `nodes` (all the sections under the heading titled `heading`, after the text
    `lead`) are the items of a list or numbered clauses, to be read as text: see _clause_run,
    _lead_in_list and _definition_list (and _fold_catalogues, applied before)."""
    return (
        _clause_run(nodes, short=short)
        or _lead_in_list(nodes, lead)
        or _definition_list(nodes, heading)
        or _phrase_list(nodes, lead)
        or _lone_item(nodes)
    )


def _fold_catalogues(nodes: list[_Node], before: list[Block], bare: set[int]) -> list[_Node]:
    """`nodes` with each whole run (no sibling of its style before or after it) of at least
    _MIN_CATALOGUE numbered items of one style that have no text under them at any depth
    (1、领导之窗 / 2、政府机构 / （1）领导分工 …) read as text where it stands: a catalogue of
    names, not headings — a heading heads text, and a chapter with nothing in it helps no
    listener. The text goes after the text before the run (`before` holds the text just before
    the first node); `bare` holds the ids of the nodes that had no text as written."""
    kept: list[_Node] = []
    index = 0
    while index < len(nodes):
        end = index
        while end < len(nodes) and nodes[end].style == nodes[index].style and id(nodes[end]) in bare:
            end += 1
        style = nodes[index].style
        whole = (end == len(nodes) or nodes[end].style != style) and not (kept and kept[-1].style == style)
        if not (end - index >= _MIN_CATALOGUE and style in _LIST_STYLES and whole):
            end = index if kept and kept[-1].style == style else _semicolon_run(nodes, index, bare)
        if end > index:
            target = kept[-1].walk()[-1].paragraphs if kept else before
            for node in nodes[index:end]:
                target.extend(node.all_text())
            index = end
            continue
        kept.append(nodes[index])
        index += 1
    return kept


def _semicolon_run(nodes: list[_Node], index: int, bare: set[int]) -> int:
    """Where a list of semicolon items starting at nodes[index] ends, or `index` if none does.
    Such items are clauses of one sentence, never headings (办理流程如下：1、申请人提出申请；
    2、服务站受理并审核；3、审核后发放。 or an article's （一）…；（二）…；（三）…。): a whole run
    (nothing of its style after it) of at least two numbered lines of one style, each on a line
    of its own with nothing under it and ending in a semicolon, but the last, which ends a
    sentence (；or 。) and may be followed by the text that goes on after the list."""
    style = nodes[index].style
    if style not in _LIST_STYLES:
        return index
    end = index
    while end < len(nodes) and nodes[end].style == style:
        end += 1
    run = nodes[index:end]
    if len(run) < 2:
        return index
    for node in run:
        title = _marker_title(node.heading)
        last = node is run[-1]
        if node.children or node.glued or (not last and id(node) not in bare):
            return index
        if title[-1:] not in ("；;。！？" if last else "；;"):
            return index
    return end


def _textless_nodes(nodes: list[_Node]) -> set[int]:
    """The ids of the nodes in `nodes` with no text under them at any depth."""
    return {id(node) for node in nodes if not any(found.paragraphs for found in node.walk())}


def _lone_item(nodes: list[_Node]) -> bool:
    """A list of one: the only numbered line under a heading, a whole sentence (a comma or more
    than ~15 characters) with nothing under it (二、立项依据 / 1、《某某实施意见》。), or the
    first of items run on in one paragraph (1、支持…，…；2、支持…；), is the heading's text."""
    if len(nodes) != 1:
        return False
    node = nodes[0]
    # 1、…；2、…；3、… run on in one paragraph: the first item ends in a semicolon.
    run_on = node.glued and node.heading[-1:] in "；;"
    if node.style not in _LIST_STYLES or node.value != 1 or node.children or node.separate:
        return False
    # （一）来信请寄至：某市某路318号，邮编：225300； — a label and its value, one sentence.
    if node.glued and node.heading[-1:] in "：:" and len(node.paragraphs) == 1:
        rest = node.paragraphs[0]
        return isinstance(rest, str) and rest[-1:] in "。；;！？" and len(node.heading + rest) <= _LIST_ITEM_CHARS
    return (
        not (node.paragraphs and not run_on)
        and node.heading[-1:] in "。；;！？"
        and _clause_like(_marker_title(node.heading))  # 继续深化公开。 alone is still a title
    )


def _list_items(nodes: list[_Node]) -> bool:
    """At least two numbered items, each a single paragraph (the last may be followed by text
    that goes on after the list), nothing numbered below them."""
    if len(nodes) < 2 or any(node.style not in _LIST_STYLES or node.children for node in nodes):
        return False
    return not any(node.separate for node in nodes[:-1])


def _lead_in_list(nodes: list[_Node], lead: str) -> bool:
    """A numbered run announced by a lead-in that ends in a colon is a list when its items are
    short single paragraphs and either the lead-in names what follows as members
    (主要职能包括：一、加强党的建设。落实… — `lead` words in data/headings.tsv) or every item
    is a sentence, not a title (see _sentence_item):
    财政拨款支出主要内容如下：1、公共安全支出（204类）…1434.89万元。主要用于：…
    A run after 如下： whose items have short titles (（一）资料审查。申报…) stays headings, and so
    does one whose items have paragraphs of their own (the seed's 现解读如下：一、…).
    """
    if not lead.endswith(("：", ":")) or not _list_items(nodes):
        return False
    enumerating = lead.rstrip("：:").endswith(_words()["lead"])
    for node in nodes:
        first = node.as_text()[0]  # the heading, with its glued text
        if not isinstance(first, str) or len(first) > _LIST_ITEM_CHARS:
            return False
        if not enumerating and not _sentence_item(node):
            return False
    return True


def _phrase_list(nodes: list[_Node], lead: str) -> bool:
    """Items that each name a member in a short phrase closed by a full stop and gloss it in the
    same paragraph, inside the text of their section: 突发事件分为以下四类：（1）自然灾害。主要
    包括… （2）事故灾难。主要包括… or 设置6个办公室。（1）党政办公室。主要承担… — a list the
    text goes on after, not headings. Text (`lead`) stands right before the first item; every
    item is one paragraph no longer than a list item, its title a phrase without a comma, and
    its gloss opens as a member's description does (主要包括, 主要承担, 是指: `gloss` words in
    data/headings.tsv). A report's run-in headings (（一）主动公开情况。本年度共公开…) go on
    with what was done, not with what the item is."""
    if not lead or not _list_items(nodes):
        return False
    openers = _words()["gloss"]
    for node in nodes:
        title = _marker_title(node.heading)
        if not node.glued or title[-1:] != "。" or "，" in title or len(title) > _SHORT_TITLE:
            return False
        first, gloss = node.as_text()[0], node.paragraphs[0]
        if not isinstance(first, str) or len(first) > _LIST_ITEM_CHARS:
            return False
        if not isinstance(gloss, str) or not gloss.startswith(openers):
            return False
    return True


def _sentence_item(node: _Node) -> bool:
    """An item that reads as a sentence, not a title: a whole paragraph ending a sentence, a
    first clause ending in a semicolon, or one that states an amount of money
    (1、公共安全支出（204类）…1434.89万元。). A comma is not enough: a work report's titles
    have one (（一）坚持项目为王，持续扩大有效投资。全年…)."""
    title = _marker_title(node.heading)
    if not node.glued:
        return title[-1:] in _SENTENCE_END and _clause_like(title)
    return title[-1:] in "；;" or _MONEY.search(title) is not None


def _definition_list(nodes: list[_Node], heading: str) -> bool:
    """名词解释 entries are list items: a term, a colon and its definition in the same paragraph
    (（一）财政拨款收入：是区级…, 1.事业收入：指…). Under a heading that names a glossary
    (`glossary` words in data/headings.tsv) any definition will do, and an entry may run on over
    several paragraphs; elsewhere each must open as a definition does (指, 是指, …)."""
    glossary = heading in _words()["glossary"]
    if len(nodes) < 2 or any(node.style not in _LIST_STYLES or node.children for node in nodes):
        return False
    if not glossary and not _list_items(nodes):
        return False
    openers = _words()["define"]
    for node in nodes:
        term = _marker_title(node.heading)
        if not (node.glued and term.endswith(("：", ":")) and len(term) <= _TERM_CHARS):
            return False
        if not isinstance(node.paragraphs[0], str):
            return False
        if not glossary and not node.paragraphs[0].startswith(openers):
            return False
    return True


def _without_statements(nodes: list[_Node], before: list[Block]) -> list[_Node]:
    """`nodes` without the numbered sentences taken for headings (see _statement) that no list
    rule read back as text: each becomes text where it stands, after the text before it
    (`before` holds the text just before the first node), and its own sub-headings take its
    place: the plan printed after a notice's numbered clauses is not nested under the last."""
    kept: list[_Node] = []
    for node in nodes:
        node.children = _without_statements(node.children, node.paragraphs)
        if not node.statement:
            kept.append(node)
            continue
        target = kept[-1].walk()[-1].paragraphs if kept else before
        target.extend(node.as_text())
        kept.extend(node.children)
    return kept


def _last_text(blocks: list[Block]) -> str:
    """The last paragraph, when it is text (a shown table introduces no list)."""
    last = blocks[-1] if blocks else ""
    return last if isinstance(last, str) else ""


def _marker_title(heading: str) -> str:
    marker = _MARKER.match(heading)
    return heading[marker.end() :].strip() if marker else heading


def _clause_run(nodes: list[_Node], *, short: bool) -> bool:
    """True if `nodes` (all the sections under one heading) are numbered clauses, not headings.

    A heading is short, has no sentence inside it, and has something under it. A run of
    numbered items is a list when every item is a sentence with nothing of its own after it
    （一）扶持申报表；（二）诚信承诺书。 — the last item may be followed by text that goes on
    after the list. A single numbered sentence is not a list. In a short notice an item whose sentence runs on in the same paragraph is a
    clause too when the sentence has a comma, a colon or more than ~15 characters
    (一、管制期间，…。); in long documents such lead sentences head their paragraph.

    A short notice's run is judged as a whole: a clause may hold a list of its own
    (三、下列场所禁止燃放：（一）…（二）…), and a short titled item (一、禁放时间 / its date) reads
    as a clause beside sentence clauses when these are at least as many; otherwise the run
    stays headings, all of it.
    """
    if len(nodes) < 2 or any(node.style not in _LIST_STYLES for node in nodes):
        return False
    clauses = titled = 0
    for index, node in enumerate(nodes):
        last = index == len(nodes) - 1
        if _is_clause(node, short=short, last=last):
            clauses += 1
        elif short and _is_titled_item(node):
            titled += 1
        else:
            return False
    return clauses >= max(titled, 1)


def _is_clause(node: _Node, *, short: bool, last: bool) -> bool:
    """A numbered sentence with nothing of its own after it (see _clause_run); in a short notice
    a sentence (see _clause_like) may hold a list of short items."""
    if node.separate and not last:
        return False
    title = _marker_title(node.heading)
    # (A short title ending in a full stop over its own numbered sections is a heading:
    # （一）完善创新生态支撑。 1.…)
    if node.children and not (short and _clause_like(title) and _item_list(node.children)):
        return False
    ends_sentence = title[-1:] in "。；;！？：:"
    if node.items_read and _titles_its_items(title):
        return False
    if node.glued:
        if _heads_its_text(title, node.paragraphs[0]):
            return False
        return short and (ends_sentence or len(title) > _CLAUSE_CHARS) and _clause_like(title)
    return ends_sentence


def _titles_its_items(title: str) -> bool:
    """A numbered line on its own over numbered items of its own (read back as its text) is their
    heading when it names a topic in one phrase with a full stop: （一）一般公共预算收支执行情况。
    over 1.… 2.…; not a sentence with a comma, a figure or a lead-in (下列职责。)."""
    return (
        title[-1:] == "。"
        and "，" not in title
        and len(title) <= _STATEMENT_CHARS
        and _FIGURE.search(title) is None
        and not title.rstrip("。").endswith(_words()["lead"])
    )


def _heads_its_text(title: str, rest: Block) -> bool:
    """A run-in heading, not a clause: one sentence without a comma (（一）深入推进依法行政。)
    or two parallel phrases (一、弘扬新风，文明拜祭。, see _is_couplet) followed in its paragraph by text of several sentences, longer than a list item
    (一是…。二是…。). A report cut short may be as short as a notice; its headings stay."""
    if not isinstance(rest, str) or title[-1:] not in "。！" or len(title) > _STATEMENT_CHARS:
        return False
    if "，" in title and not _is_couplet(title):
        return False
    return len(rest) > _LIST_ITEM_CHARS and len(re.findall("[。！？]", rest)) >= 2


def _is_couplet(title: str) -> bool:
    """Two parallel phrases of equal length, the way 倡议书 and reports title their points
    (弘扬新风，文明拜祭。 强化担当，狠抓落实。): a heading's shape, not a clause's."""
    couplet = _COUPLET.fullmatch(title)
    return couplet is not None and len(couplet.group(1)) == len(couplet.group(2))


def _is_titled_item(node: _Node) -> bool:
    """一、禁放时间 / 2025年1月28日至2月12日。 — a short phrase on its own line with at most one
    short paragraph under it and nothing numbered."""
    title = _marker_title(node.heading)
    text = [block for block in node.paragraphs if isinstance(block, str)]
    return (
        not node.glued
        and not node.children
        and len(text) == len(node.paragraphs) <= 1
        and sum(map(len, text)) <= _LIST_ITEM_CHARS
        and title[-1:] not in _SENTENCE_END + "：:"
        and "，" not in title
        and len(title) <= _SHORT_TITLE
    )


def _item_list(nodes: list[_Node]) -> bool:
    """Short numbered items, each one paragraph at most, with nothing numbered below them."""
    return all(
        node.style in _LIST_STYLES
        and not node.children
        and (not node.separate or node is nodes[-1])
        and sum(len(block) for block in node.as_text() if isinstance(block, str)) <= _LIST_ITEM_CHARS
        for node in nodes
    )


def _carries_on(nodes: list[_Node], clauses_end: dict[str, int]) -> bool:
    """True if `nodes` are one numbered run, without headings under them, whose first number
    follows the last of a run already read as clauses in an earlier chapter."""
    first = nodes[0]
    if first.style not in clauses_end or first.value != clauses_end[first.style] + 1:
        return False
    return all(
        node.style == first.style and node.value == first.value + i and not node.children
        for i, node in enumerate(nodes)
    )


def _are_articles(node: _Node, items: list[_Node], *, own_text: bool, carried: bool, short: bool) -> bool:
    """True if `items`, the numbered clauses just read back as the text of chapter `node`, are
    that chapter's articles: rules (工作规则) number their articles 一、二、… under 第一章 第二章 as
    a regulation numbers 第一条 第二条, through the chapters or afresh in each. Only under a
    chapter (第X章) with no text of its own before them, a run of clauses (see _clause_run) or
    one that carries on from the clauses of the chapter before; a list led in by the chapter's
    own words (下列职责：一、…) stays text."""
    return (
        node.style == "zhang"
        and not own_text
        and node.paragraphs == [block for item in items for block in item.all_text()]
        and all(item.style == items[0].style for item in items)
        and (carried or _clause_run(items, short=short))
    )


def _as_article(item: _Node) -> _Node:
    """A numbered clause as an article without a title (like 第一条 followed by its sentence):
    its number is the heading, its sentence and all under it are its text."""
    text = item.all_text()
    first = text[0] if isinstance(text[0], str) else ""
    marker = _MARKER.match(first)
    end = marker.end() if marker else 0
    rest = first[end:].strip()
    return _Node(
        style=item.style,
        value=item.value,
        number=item.number,
        title="",
        heading=first[:end].strip(),
        paragraphs=[*([rest] if rest else []), *text[1:]],
    )


def _clause_like(title: str) -> bool:
    return title[-1:] in "；;：:" or "，" in title or len(title) > _CLAUSE_CHARS


def _listed_again(paragraphs: tuple[Paragraph, ...], index: int) -> bool:
    """True if paragraphs[index] (附件：某某表) only lists an attachment that a later 附件 line
    opens: the notice names its attachments, then prints them. The list stays text; the
    attachment itself is the chapter."""
    first = _ATTACHMENT.fullmatch(paragraphs[index].text.strip())
    if first is None:
        return False
    named = title_key(first.group("title") or "")
    for paragraph in paragraphs[index + 1 :]:
        later = _ATTACHMENT.fullmatch(paragraph.text.strip()) if paragraph.kind == "text" else None
        if later is None:
            continue
        # 附件：… (no number) before 附件1 lists them all; 附件2：… before 附件2 names it again.
        number, again = first.group("number"), later.group("number")
        return (
            number == again
            or (not number and again in ("1", "一", "１"))
            or (bool(named) and named == title_key(later.group("title") or ""))
        )
    return False


def _before_signature(paragraphs: tuple[Paragraph, ...], index: int) -> bool:
    """True if paragraphs[index] (附件：《某某一封信》) is followed by the notice's signature (the
    issuer on a short line, then the date, or the date alone): it is the notice's note of its
    attachments, written above the signature, not the attachment, which comes after the date.
    The note stays text; what follows it is the notice's end, not the attachment's start."""
    following = [p.text.strip() for p in paragraphs[index + 1 : index + 4] if p.text.strip()][:2]
    if following and _SIGNATURE_DATE.fullmatch(following[0]):
        return True
    return (
        len(following) == 2
        and len(following[0]) <= _MAX_SIGNATURE
        and re.search("[。，；：！？,;:!?]", following[0]) is None
        and _SIGNATURE_DATE.fullmatch(following[1]) is not None
    )


def _has_content_after(paragraphs: tuple[Paragraph, ...], index: int) -> bool:
    """An attachment is a chapter only if something of it follows (not just the list of names)."""
    rest = [p.text.strip() for p in paragraphs[index + 1 :] if p.text.strip()]
    return sum(len(text) for text in rest if not _ATTACHMENT.fullmatch(text)) >= _MIN_ATTACHMENT_CHARS


def _is_attachment_title(text: str) -> bool:
    return (
        0 < len(text) <= _MAX_ATTACHMENT_TITLE and text[-1] not in _SENTENCE_END + "。，：:" and not _MARKER.match(text)
    )


def _own_line_title(paragraphs: tuple[Paragraph, ...], index: int) -> tuple[_Marker, str, int] | None:
    """(marker, title, index of the title's paragraph or -1) when paragraphs[index] opens a
    第X章/第X节/第X条 whose title stands on a line of its own, else None:
    - the number alone (第一章), its title the next line: a short phrase without punctuation
      (总则), at the same declared heading level; an article's title (第一条 / 宗旨) also needs
      its body after it;
    - an article number followed by a short phrase without punctuation (第一条 宗旨), its body on
      the next line: a paragraph with punctuation that is not another article. Without that body
      the phrase is the article's text (第八条 本办法自发布之日起施行, its full stop missing).
    An article whose sentence follows its number (第一条 为了规范…，制定本办法。) has no title."""
    paragraph = paragraphs[index]
    if paragraph.kind != "text":
        return None
    text = paragraph.text.strip()
    marker = _marker_at(text, 0, whole=text)
    if marker is None or marker.style not in _CHAPTER_STYLES | {"tiao"}:
        return None
    rest = text[marker.end :].strip(" \t\u3000")
    after = _next_text(paragraphs, index)
    if not rest.strip(_SET_APART):
        if (
            after < 0
            or not _is_own_title(paragraphs[after])
            or paragraphs[after].heading_level != paragraph.heading_level
        ):
            return None
        if marker.style == "tiao" and not _is_body(paragraphs, _next_text(paragraphs, after)):
            return None
        return marker, paragraphs[after].text.strip(), after
    if (
        marker.style == "tiao"
        and paragraph.heading_level is None
        and _OWN_TITLE.fullmatch(rest)
        and _is_body(paragraphs, after)
    ):
        return marker, rest, -1
    return None


def _named_parts(paragraphs: tuple[Paragraph, ...], contents: set[int]) -> set[int]:
    """Indexes of the lines that name a part of the document by what it is — 前言, 引言, 结语,
    后记 (`part_name` words in data/headings.tsv), letter-spaced or not (前 言) — standing on
    their own with a paragraph of sentences after them: a part beside the numbered chapters,
    without a number. A contents entry, a declared heading or a name before a heading is none."""
    names = set(_words()["part_name"])
    found: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        if index in contents or paragraph.kind != "text" or paragraph.heading_level is not None:
            continue
        if re.sub("[ \t\u3000]", "", paragraph.text) not in names:
            continue
        following = _next_text(paragraphs, index)
        if following < 0 or following in contents or paragraphs[following].kind != "text":
            continue
        text = paragraphs[following].text.strip()
        if re.search("[。！？；]", text) and _marker_at(text, 0, whole=text) is None:
            found.add(index)
    return found


def _next_text(paragraphs: tuple[Paragraph, ...], index: int) -> int:
    """Index of the next paragraph with text after `index`, or -1."""
    return next((i for i in range(index + 1, len(paragraphs)) if paragraphs[i].text.strip()), -1)


def _is_own_title(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    return (
        paragraph.kind == "text"
        and _OWN_TITLE.fullmatch(text) is not None
        and _MARKER.match(text) is None
        and _ATTACHMENT.fullmatch(text) is None
    )


def _is_body(paragraphs: tuple[Paragraph, ...], index: int) -> bool:
    """paragraphs[index] reads as an article's body: text with punctuation, not another article
    or chapter (its own list items （一）… may open it)."""
    if index < 0 or paragraphs[index].kind != "text" or paragraphs[index].heading_level is not None:
        return False
    text = paragraphs[index].text.strip()
    marker = _MARKER.match(text)
    if marker is not None and marker.group("ord"):
        return False
    return re.search("[。！？；：，,;:!?]", text) is not None


def _names_a_chapter(text: str, marker: _Marker) -> bool:
    """True if a 第X章/第X节/第X部分 marker opens a sentence about a chapter, not the chapter:
    第一章为总则，明确了…。 — the words after the number end a sentence and run on from it (no
    space or colon between), or hold a comma. 第一章 总则。 (set apart, a short phrase) stays."""
    if marker.style not in _CHAPTER_STYLES:
        return False
    title = text[marker.end : _title_end(text, marker.end)]
    words = title.strip(_SET_APART)
    if words[-1:] not in "。！？!?":
        return False
    set_apart = title[:1] in _SET_APART
    return not (set_apart and "，" not in words and len(words) <= _SHORT_TITLE + 1)


def _long_chapters(sections: tuple[Section, ...]) -> list[Finding]:
    """Sections whose own text runs past ~15 minutes of speech without a heading below them."""
    found: list[Finding] = []
    for section in sections:
        size = sum(len(text) for text in section.paragraphs if isinstance(text, str))
        if size > _LONG_CHAPTER_CHARS:
            minutes = round(size / _CHARS_PER_MINUTE)
            found.append(
                Finding(
                    "long-chapter",
                    f"「{section.heading}」约 {minutes} 分钟没有下一级标题，听众难以跳转",
                    section.heading,
                )
            )
        found.extend(_long_chapters(section.sections))
    return found


def _is_note_opener(text: str, note_openers: set[str]) -> bool:
    return text in note_openers or text.rstrip("：:") in note_openers


def _unnumbered_headings(paragraphs: tuple[Paragraph, ...], note_openers: set[str]) -> set[int]:
    """Indexes of short unnumbered lines that head sections (统计公报: 综合 / 农业 / 工业).

    Only in plain text with no heading of its own (no declared levels, no 一、 or 第一章
    numbering): a line of at most 20 Chinese characters without punctuation, after a complete
    sentence (or the 如下： that introduces the sections) and before a paragraph of at least
    30 characters that ends a sentence. A single such line is not trusted: at least two.
    """
    if any(p.heading_level is not None for p in paragraphs):
        return set()
    found: set[int] = set()
    previous = ""
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        if _is_note_opener(text, note_openers):
            break
        marker = _MARKER.match(text)
        if marker is not None and (marker.group("cn") or marker.group("ord")) and paragraph.kind == "text":
            return set()
        following = next((p.text.strip() for p in paragraphs[index + 1 :] if p.text.strip()), "")
        if (
            paragraph.kind == "text"
            and _PLAIN_HEADING.fullmatch(text)
            and previous[-1:] in _AFTER_SENTENCE
            and previous != ""
            and len(following) >= _MIN_FOLLOWING
            and following[-1] in "。！？；…"
        ):
            found.add(index)
        if text:
            previous = text
    return found if len(found) >= 2 else set()


def _subheadings(paragraphs: tuple[Paragraph, ...], note_openers: set[str], title: str) -> set[int]:
    """Indexes of unnumbered headings in plain text that has no top-level numbering and too few
    of them for _unnumbered_headings (a report's summary with one part line, a 办事 page's
    法律依据, a news article's subhead). The layout must leave no doubt: a short line of Chinese
    characters without punctuation (see _SUBHEADING), not a caption, date or attachment line,
    not the document's title again; after a paragraph that ends a sentence (or a lead-in with a
    sentence in it: 报告摘要如下：), and directly before text: a paragraph that ends a sentence
    or a colon, of at least _MIN_FOLLOWING characters or followed by more — a citation of its
    source (《某某办法》第十六条) may stand between. Signatures and dates stay text: a date or an
    organisation's name is what follows them, not a sentence. Each is a heading-guessed finding."""
    if any(p.heading_level is not None for p in paragraphs):
        return set()
    lines = [(index, p.text.strip()) for index, p in enumerate(paragraphs) if p.text.strip()]
    found: set[int] = set()
    key = title_key(title)
    for at, (index, text) in enumerate(lines):
        if _is_note_opener(text, note_openers):
            break
        marker = _MARKER.match(text)
        if marker is not None and (marker.group("cn") or marker.group("ord")) and paragraphs[index].kind == "text":
            return set()
        if (
            at == 0
            or paragraphs[index].kind != "text"
            or not _SUBHEADING.fullmatch(text)
            or _PART_NOT_HEADING.search(text)
            or _ATTACHMENT.fullmatch(text)
            or (key and title_key(text) == key)
        ):
            continue
        previous = lines[at - 1][1]
        if not (previous[-1] in "。！？…" or (previous[-1] in "：:" and re.search("[。！？]", previous))):
            continue
        after = [line for _, line in lines[at + 1 : at + 4]]
        if after and _CITATION.fullmatch(after[0]):
            after = after[1:]
        if len(after) < 1 or after[0][-1] not in "。！？；…：:":
            continue
        if len(after[0]) >= _MIN_FOLLOWING or (len(after) > 1 and len(after[1]) >= _MIN_FOLLOWING):
            found.add(index)
    return found


def _part_headings(
    paragraphs: tuple[Paragraph, ...], note_openers: set[str], decimal: dict[int, _Marker] | None = None
) -> set[int]:
    """Indexes of unnumbered top-level headings in plain text that has numbered ones too.

    A work report may number some parts and not others (一、2025年工作回顾 … “十五五”时期主要目标 …
    二、2026年重点工作), or number only inside unnumbered parts (2024年工作回顾 / 一、… 二、… /
    2025年重点工作 / 一、…). Such a line is guessed a part heading only on layout evidence: a short
    line without clause punctuation (see _PART_HEADING), not numbered, not a caption, after a
    paragraph that ends a sentence and before a body paragraph or a numbered run that starts
    at 1. It must also stand at the top: the numbering after it continues a level above the
    heading before it (二、 after （二）), restarts at 1, or resumes after a stretch of over
    ~5 minutes that it would otherwise leave inside the numbered section before it; or it names
    a glossary (名词解释, data/headings.tsv), an appendix of its own; or the level below the top
    restarts under it (二、… （一）（二） 保障措施 （一）…): it stands beside the top headings; or it
    opens the report: nothing numbered above it, the numbering under it starts at 1, and it ends
    with a word naming a part (2024年工作回顾 / … / 一、…, see _names_a_part) — alone, as in a
    report cut short, it is reported as a weaker guess. The same holds inside a paragraph a page
    flattened (see _Builder._midline_parts).
    Lines with weaker evidence (the part that opens the numbering, the closing part) are taken
    only beside one with such evidence. Each guess is a Finding heading-guessed. Headings the
    format declares (a DOCX heading style, <h2>) are no candidates; the parts found between them
    are placed under them (see _Builder._part_depth).
    """
    numbered: list[tuple[int, _Marker]] = []
    candidates: list[int] = []
    previous = ""
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        if not text or paragraph.kind != "text":
            continue
        if paragraph.heading_level is not None:
            previous = ""  # a declared heading: what follows it is no part heading of its own
            continue
        if _is_note_opener(text, note_openers) or _ATTACHMENT.fullmatch(text):
            break
        marker = (decimal or {}).get(index) or _marker_at(text, 0, whole=text)
        if marker is not None:
            numbered.append((index, marker))
        elif _is_part_heading(text, previous, _following(paragraphs, index)):
            candidates.append(index)
        previous = text
    if not numbered:
        return set()
    strong: set[int] = set()
    weak: set[int] = set()
    for index in candidates:
        before = [marker for at, marker in numbered if at < index]
        after = next((marker for at, marker in numbered if at > index), None)
        # Evidence counts only at the top: a sub-heading inside （一） followed by 1. 2. is no part.
        top = bool(before) and (after is None or _rank(after.style) <= min(_rank(m.style) for m in before))
        if paragraphs[index].text.strip() in _words()["glossary"]:
            strong.add(index)  # 名词解释 after the closing words: an appendix of its own
        elif top and after is not None and after.value == 1 and _last_value(before, after.style) > 1:
            strong.add(index)  # the top numbering restarts under it (三、… then 一、…)
        elif top and after is not None and _continues_above(after, before):
            strong.add(index)  # 二、 after （二）: it stands between two top-level parts
        elif top and _span(paragraphs, index, after, numbered) > _LONG_PART_CHARS:
            strong.add(index)
        elif after is not None and _restarts_below_top(after, before):
            strong.add(index)  # （一） again after （二）, under no new top heading: a part of its own
        elif not before and after is not None and after.value == 1 and _names_a_part(paragraphs[index].text):
            strong.add(index)  # 2024年工作回顾 over the first 一、: the part that opens the report
        elif after is None or after.value == 1:
            weak.add(index)
    return strong | weak if strong else set()


def _names_a_part(text: str) -> bool:
    """The line ends with a word that names a part of a report (回顾, 工作, 安排, …: `part_end`
    in data/headings.tsv), or opens with one before a period of time (see _opening_part)."""
    return text.strip().endswith(_words()["part_end"]) or _opening_part().fullmatch(text.strip()) is not None


@lru_cache(maxsize=1)
def _opening_part() -> re.Pattern[str]:
    """A report's part heading that opens with a word naming it and a period of time, then a
    comma and a short phrase with no subject of a sentence in it (回顾2024年，砥砺奋进谱新篇;
    展望“十五五”，…; not 回顾过去一年，我们深刻体会到): `part_start` in data/headings.tsv."""
    words = "|".join(map(re.escape, _words()["part_start"]))
    return re.compile(f"(?:{words})[{_CJK}0-9０-９“”]{{2,10}}[，,](?![^我]*我)[{_CJK}“”、]{{4,16}}")


def _restarts_below_top(after: _Marker, before: list[_Marker]) -> bool:
    """`after` restarts at 1 the numbering of the level just below the top numbered level,
    which had gone past 1 (二、… （一）（二） then （一）) without a top heading between them."""
    if not before or after.value != 1 or _last_value(before, after.style) <= 1:
        return False
    top = min(before, key=lambda marker: _rank(marker.style)).style
    return _NEXT_STYLE.get(top) == after.style and before[-1].style != top


def _last_value(markers: list[_Marker], style: str) -> int:
    return next((marker.value for marker in reversed(markers) if marker.style == style), 0)


def _is_part_heading(text: str, previous: str, following: str) -> bool:
    if not (_PART_HEADING.fullmatch(text) or _opening_part().fullmatch(text)) or _PART_NOT_HEADING.search(text):
        return False
    end = previous.rstrip('”’）)"')[-1:]
    if not end or end not in "。！？…!?":
        return False
    if _MARKER.match(following):
        return True
    return len(following) >= _MIN_FOLLOWING and following[-1] in "。！？；…：:"


def _following(paragraphs: tuple[Paragraph, ...], index: int) -> str:
    return next((p.text.strip() for p in paragraphs[index + 1 :] if p.text.strip()), "")


def _continues_above(after: _Marker, before: list[_Marker]) -> bool:
    """`after` continues the numbering of its style, a style above the last numbered line's."""
    return _last_value(before, after.style) + 1 == after.value and _rank(after.style) < _rank(before[-1].style)


def _span(
    paragraphs: tuple[Paragraph, ...], index: int, after: _Marker | None, numbered: list[tuple[int, _Marker]]
) -> int:
    """Characters from line `index` to the next numbered line (or the end)."""
    end = next((at for at, _ in numbered if at > index), len(paragraphs)) if after is not None else len(paragraphs)
    return sum(len(p.text) for p in paragraphs[index + 1 : end])


def _table_of_contents(paragraphs: tuple[Paragraph, ...]) -> set[int]:
    """Indexes of a table of contents: a line 目录 and the short lines after it, up to the line
    where the body begins by repeating its first entry (dot leaders, page numbers and field
    codes aside; the body may set the entry over two lines: 第一部分 / 某某概况). A contents
    without its 目录 line is taken only when every entry is a numbered heading. Without the
    repeat nothing is taken for one, unless a 目录 line heads short entries to the end."""
    opener = next((i for i, p in enumerate(paragraphs) if _TOC_OPENER.fullmatch(p.text.strip())), -1)
    start = opener + 1 if opener >= 0 else _first_numbered(paragraphs)
    if start < 0:
        return set()
    entries = [i for i in range(start, len(paragraphs)) if paragraphs[i].text.strip()]
    if len(entries) < 4:
        return set()
    first = _toc_key(paragraphs[entries[0]].text)
    for k, at in enumerate(entries[1:], start=1):
        key = _toc_key(paragraphs[at].text)
        after = _toc_key(paragraphs[entries[k + 1]].text) if k + 1 < len(entries) else ""
        if k >= 3 and (key == first or (key and first.startswith(key) and key + after == first)):
            return set(range(opener if opener >= 0 else start, at))
        if len(key) > _TOC_ENTRY_CHARS or paragraphs[at].kind != "text":
            return set()
        if opener < 0 and _MARKER.match(paragraphs[at].text.strip()) is None:
            return set()
    # Under a 目录 line, short entries without a sentence that run to the end: a contents
    # whose body is missing (a page that stops after it, an excerpt); nothing in it is a heading.
    sentences = any(re.search("[。！？；]", paragraphs[at].text) for at in entries)
    return set(range(opener, len(paragraphs))) if opener >= 0 and not sentences else set()


def _numbered_menu(paragraphs: tuple[Paragraph, ...]) -> set[int]:
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
        if text[-1:] in _SENTENCE_END or len(text) > _TOC_ENTRY_CHARS:
            break  # the body has begun
    if _is_menu(run):
        found.update(at for at, _ in run)
    return found


def _is_menu(run: list[tuple[int, int]]) -> bool:
    restarts = sum(1 for (_, before), (_, number) in pairwise(run) if number <= before)
    return len(run) >= _MENU_ITEMS and restarts >= 2


def _first_numbered(paragraphs: tuple[Paragraph, ...]) -> int:
    """The first paragraph that begins with a numbering marker, or -1."""
    return next((i for i, p in enumerate(paragraphs) if p.kind == "text" and _MARKER.match(p.text.strip())), -1)


def _toc_key(text: str) -> str:
    return re.sub(r"[\s:：]", "", _TOC_NOISE.sub("", text.strip()))


def _decimal_headings(paragraphs: tuple[Paragraph, ...], contents: set[int]) -> dict[int, _Marker]:
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
    candidates: list[tuple[int, tuple[int, ...], _Marker | None]] = []
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        if index in contents:
            text = _TOC_NOISE.sub("", text).strip()
        elif paragraph.kind != "text" or paragraph.heading_level is not None:
            continue
        match = _DECIMAL_HEADING.fullmatch(text)
        if match is None or match.group("title")[0] in _DECIMAL_NOT_TITLE:
            continue
        parts = tuple(int(part) for part in re.split("[.．]", match.group("number")))
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
            marker = _Marker(
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


def _spaced_numeral_headings(paragraphs: tuple[Paragraph, ...], contents: set[int]) -> dict[int, _Marker]:
    """Chapter headings numbered 一 二 三 with a space where 、 belongs (一 调研背景 / 二 某区
    整体概况), by paragraph index, as markers of the 一、 style. A line is one only when it is
    a short phrase without sentence punctuation and the numbering runs in order through the
    document: 一 first, each next line the number after the last; two at least. A numeral and a
    space before a phrase is otherwise no numbering (一 二 三 in a table, 一 个 in a sentence)."""
    found: dict[int, _Marker] = {}
    for index, paragraph in enumerate(paragraphs):
        if index in contents or paragraph.kind != "text" or paragraph.heading_level is not None:
            continue
        text = paragraph.text.strip()
        match = _SPACED_NUMERAL.fullmatch(text)
        if match is None or match.group("title")[0] in _DECIMAL_NOT_TITLE:
            continue
        value = _number_value(match.group("number"))
        if value != len(found) + 1:
            continue
        number = match.group("number")
        found[index] = _Marker("cn", value, number, match.start("title"), text[: match.start("title")])
    return found if len(found) >= 2 else {}


def _decimals_ahead(paragraphs: tuple[Paragraph, ...]) -> list[frozenset[str]]:
    """For each paragraph, the decimal section numbers set apart at the start of a later one or
    inside it (1.2 编制依据 依据…): where a run-in 1.1 finds the 1.2 that shows it is numbering."""
    ahead: list[frozenset[str]] = [frozenset()] * len(paragraphs)
    later: frozenset[str] = frozenset()
    for index in range(len(paragraphs) - 1, -1, -1):
        ahead[index] = later
        text = paragraphs[index].text.strip()
        found = {re.sub("[.．]", ".", match.group("number")) for match in _DECIMAL_IN_LINE.finditer(text)}
        if found:
            later = later | found
    return ahead


def _statement(title: str) -> bool:
    """A numbered sentence, not a heading: several clauses, a figure stated in a sentence (or
    before its breakdown: 一、公共服务支出1200万元，其中：), or a
    term defined in brackets with the sentence going on after it (一、某某领导小组（以下称“领导
    小组”）在…领导下，…: a rules clause; a title may end with its short name, （简称“某某工程”）)."""
    if _DEFINITION.search(title):
        return True
    commas = title.count("，")
    if commas >= _STATEMENT_COMMAS or (commas and len(title) > _STATEMENT_CHARS):
        return True
    # A figure stated in a sentence, or stated before its breakdown (支出1659万元，其中：).
    return title[-1:] in "。；;：:" and _FIGURE.search(title) is not None


def _table_row(text: str, following: str) -> bool:
    """A line that goes on with a flattened table: it ends in a figure cell, or it is a short
    label on its own (二、社会民生) before a line that does."""
    if _FIGURE_CELL.search(text):
        return True
    return (
        len(text) <= _ROW_LABEL_CHARS and not re.search("[。；，！？：]", text) and bool(_FIGURE_CELL.search(following))
    )


def _short_title_styles(paragraphs: tuple[Paragraph, ...]) -> frozenset[str]:
    """Numbering styles whose headings in this document are mostly short phrases (at least two,
    and at least half of them): evidence that a long one has its body glued to it."""
    tally: dict[str, list[int]] = {}
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if paragraph.kind != "text" or paragraph.heading_level is not None:
            continue
        marker = _marker_at(text, 0, whole=text)
        if marker is None or marker.style not in _LIST_STYLES:
            continue
        title = text[marker.end : _title_end(text, marker.end)].strip(" \t\u3000、")
        short = len(title.rstrip("。")) <= _SHORT_TITLE and "，" not in title
        counts = tally.setdefault(marker.style, [0, 0])
        counts[0] += short
        counts[1] += 1
    return frozenset(style for style, (short, total) in tally.items() if short >= 2 and 2 * short >= total)


def _body_start(text: str, start: int, end: int) -> int:
    """Where the body of a heading glued to it begins (一、总体要求坚持以…), or -1: the first
    body opener (`starts` in data/headings.tsv) 4 to 12 characters into the title, after a
    phrase of Chinese characters that does not run on into it (…的, …和)."""
    while start < end and text[start] in " \t\u3000、":
        start += 1
    low, high = _CUT_WINDOW
    openers = _words()["starts"]
    for at in range(start + 1, min(end, start + high + 1)):
        if text.startswith(openers, at):
            phrase = text[start:at]
            good = at - start >= low and re.fullmatch(f"[{_CJK}]+", phrase) and phrase[-1] not in _words()["continue"]
            return at if good else -1
    return -1


def split_heading(heading: str) -> tuple[str, str]:
    """(number, title) of one heading line as written, split the way the outline splits it;
    ("", heading) when it has no number."""
    marker = _marker_at(heading, 0, whole=heading)
    if marker is None:
        return "", heading
    if marker.style == "tiao":
        bracket = _ARTICLE_TITLE.match(heading, marker.end)
        return marker.number, _article_title(bracket)
    return marker.number, _clean_title(heading[marker.end :])


def outline_to_json(doc: Document) -> dict[str, Any]:
    """The outline as {"title", "metadata", "sections": [{"number", "title", "sections"}], "warnings",
    "findings": [{"kind", "message", "text"}]}."""

    def section(node: Section) -> dict[str, Any]:
        return {"number": node.number, "title": node.title, "sections": [section(s) for s in node.sections]}

    return {
        "title": doc.title,
        "metadata": dict(doc.metadata),
        "sections": [section(s) for s in doc.sections],
        "warnings": list(doc.warnings),
        "findings": [{"kind": f.kind, "message": f.message, "text": f.text} for f in doc.findings],
    }


class _Builder:
    def __init__(self, *, short: bool = False, cut_styles: frozenset[str] = frozenset()) -> None:
        self.preface: list[Block] = []
        self.top: list[_Node] = []
        self.stack: list[_Node] = []
        self.warnings: list[str] = []
        self.findings: list[Finding] = []
        self.dropped_warnings = 0
        self.notes: list[tuple[str, bool]] = []  # numbering problems of the heading being placed
        self.last_value: dict[str, int] = {}  # last number seen per style, open or closed
        self.short = short  # a short notice: numbered sentences are clauses, not headings
        self.opened_here: _Node | None = None  # the heading opened by the paragraph being fed
        self.cut_styles = cut_styles  # styles whose headings are short phrases (see _body_start)
        self.in_table = False  # the last paragraph ended inside a flattened table
        self.decimals_ahead: frozenset[str] = frozenset()  # see _decimals_ahead

    def warn(self, message: str, *, heading: str = "") -> None:
        """Note a numbering problem of the heading being placed (a finding too if `heading`)."""
        self.notes.append((message, bool(heading)))

    def _report(self, node: _Node) -> None:
        for message, is_finding in node.notes:
            if len(self.warnings) < _MAX_WARNINGS:
                self.warnings.append(message)
            else:
                self.dropped_warnings += 1
            if is_finding:
                self.found("numbering-jump", message, node.heading)

    def found(self, kind: str, message: str, text: str) -> None:
        if len(self.findings) < _MAX_WARNINGS:
            self.findings.append(Finding(kind, message, text))

    def open_part(self, text: str) -> None:
        """An unnumbered part heading guessed from layout (see _part_headings): top level."""
        self.opened_here = None
        self._open(_Marker("part", 0, "", 0, ""), heading=text, title=_clean_title(text))

    def open_named(self, text: str) -> None:
        """A part named by what it is (前言, 结语; see _named_parts): top level, closed by the
        next heading, which opens beside it."""
        self.opened_here = None
        self._open(_Marker("named", 0, "", 0, ""), heading=text, title=_clean_title(text))

    def open_decimal(self, marker: _Marker, text: str) -> None:
        """A heading on a line of its own whose numbering a pre-pass found: a decimal section
        (see _decimal_headings) or a numeral set apart by a space (see _spaced_numeral_headings)."""
        self.opened_here = None
        self._open(marker, heading=text, title=_clean_title(text[marker.end :]))

    def open_titled(self, marker: _Marker, *, heading: str, title: str) -> None:
        """A 第X章/第X条 heading whose title stands on its own line (see _own_line_title)."""
        self.opened_here = None
        self._open(marker, heading=heading, title=_clean_title(title))

    def open_attachment(self, number: str, title: str, heading: str) -> None:
        """附件1 opens a top-level chapter; numbering inside it starts afresh."""
        self.stack.clear()
        self.last_value.clear()
        node = _Node("att", 0, f"附件{number}", _clean_title(title), heading)
        self.top.append(node)
        self.stack.append(node)

    def all_warnings(self) -> list[str]:
        extra = self.dropped_warnings
        return self.warnings + ([f"另有 {extra} 条编号问题未逐条列出"] if extra else [])

    # -- text -----------------------------------------------------------------------------
    def add_text(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        if not self.stack:
            self.preface.append(text)
            return
        node = self.stack[-1]
        node.paragraphs.append(text)
        if node is self.opened_here and len(node.paragraphs) == 1:
            node.glued = True  # the rest of the heading's own paragraph
        else:
            node.separate += 1

    def add_paragraph(self, text: str) -> None:
        """A whole paragraph that is text (a table, a note)."""
        self.opened_here = None
        self.add_text(text)

    def add_shown(self, table: ShownTable) -> None:
        """A table shown, not spoken: it stays where it is, after the paragraph before it."""
        (self.stack[-1].paragraphs if self.stack else self.preface).append(table)

    def sections(self) -> tuple[Section, ...]:
        """The finished tree, with numbered lists and clauses read back as text (see _is_list).
        Inner lists are read back first: a top-level run is judged on what stays under it."""
        clauses_end: dict[str, int] = {}  # style -> last number of a run read back as clauses
        bare = _textless_nodes(self.top)
        for node in self.top:
            items = list(node.children)
            own_text = bool(node.paragraphs)
            node.demote_clauses(short=self.short)
            carried = bool(node.children) and _carries_on(node.children, clauses_end)
            if carried:
                # A regulation numbers its clauses through its chapters (一、…三、 under 第一章,
                # 四、 under 第二章): numbering that carries on from clauses is more clauses.
                for child in node.children:
                    node.paragraphs.extend(child.as_text())
                node.children = []
            if items and not node.children:
                clauses_end[items[-1].style] = items[-1].value
                if _are_articles(node, items, own_text=own_text, carried=carried, short=self.short):
                    node.paragraphs = []
                    node.children = [_as_article(item) for item in items]
        self.top = _fold_catalogues(self.top, self.preface, bare)
        if _is_list(self.top, short=self.short, lead=_last_text(self.preface), heading=""):
            for node in self.top:
                self.preface.extend(node.all_text())
            self.top = []
        self.top = _without_statements(self.top, self.preface)
        for node in (found for top in self.top for found in top.walk()):
            self._report(node)
        return tuple(node.freeze() for node in self.top)

    def feed(self, text: str, *, declared_level: int | None) -> None:
        """Split one paragraph into headings and body text and add them to the tree."""
        self.opened_here = None
        if declared_level is not None:
            self._feed_declared(text, declared_level)
            return
        position = 0
        # From a flattened table's header row on (一级指标 二级指标 分值), numbered labels are cells.
        header = _column_header().search(text)
        table = header.start() if header else len(text)
        marker = _marker_at(text, 0, whole=text) if table > 0 else None
        if marker is not None and marker.style == "pad" and not self._continues(marker):
            marker = None  # 01综合 labels only count as a numbered run: 01, 02, …
        if marker is not None and _names_a_chapter(text, marker):
            marker = None  # 第一章为总则，… describes a chapter
        if marker is not None and not _is_row_label(text, marker.end) and not _NUMERAL_LIST.match(text, marker.end):
            position = self._open_glued(text, 0, marker, self._heading_end(text, 0, marker))
        parts = self._midline_parts(text, position, table)
        for candidate in _merged(
            _MIDLINE.finditer(text, position, table),
            _DECIMAL_IN_LINE.finditer(text, position, table),
            _DECIMAL_TOP_IN_LINE.finditer(text, position, table),
        ):
            start = candidate.start()
            while parts and parts[0].start() < start:
                part = parts.pop(0)
                self.add_text(text[position : part.start()])
                self.open_part(part.group("title"))
                self.found("heading-guessed", _MIDLINE_PART_GUESS, part.group("title"))
                position = part.end()
            if candidate.re is _DECIMAL_TOP_IN_LINE:
                top = self._decimal_top_in_line(text, candidate) if start >= position else None
                if top is not None:
                    self.add_text(text[position:start])
                    heading = text[start : candidate.end("title")]
                    self._open(top, heading=heading, title=_clean_title(candidate.group("title")))
                    position = candidate.end()
                continue
            if candidate.re is _DECIMAL_IN_LINE:
                decimal = self._decimal_in_line(text, candidate) if start >= position else None
                if decimal is not None:
                    self.add_text(text[position:start])
                    self._open(decimal, heading=candidate.group().strip(), title=_clean_title(candidate.group("title")))
                    position = candidate.end()
                continue
            if start < position or not self._midline_ok(text, start, candidate):
                continue
            marker = _marker_from(candidate, text)
            if (
                marker is None
                or _is_row_label(text, marker.end)
                or _NUMERAL_LIST.match(text, marker.end)
                or not self._continues(marker)
                or _names_a_chapter(text, marker)
            ):
                continue
            self.add_text(text[position:start])
            position = self._open_glued(text, start, marker, self._heading_end(text, start, marker))
        self.add_text(text[position:])
        self.in_table = header is not None and text[-1:] not in "。！？"

    def _decimal_in_line(self, text: str, match: re.Match[str]) -> _Marker | None:
        """A decimal section number inside a flattened paragraph (… 1.总则 1.1目的依据 提高…
        1.2现状特点 …), as a marker, or None. Its parent (1, as 1. or 1) must be open, and it
        must run in order: n.1 with n.2 after it in the paragraph or at the start of a later one
        (a PDF's run-in headings: 1、总则 1.1 编制目的 为做好… / 1.2 编制依据 依据…), or the
        number after a sibling open. A lone 2.1 under 2. is no evidence of decimal numbering
        (see _decimal_headings)."""
        if match.group("title")[0] in _DECIMAL_NOT_TITLE:
            return None
        written = match.group("number")
        parts = [int(part) for part in re.split("[.．]", written)]
        parent, last = ".".join(map(str, parts[:-1])), parts[-1]
        if not any(node.number == parent and (node.style == "ar" or node.style.startswith("dec")) for node in self.stack):
            return None
        number = ".".join(map(str, parts))
        if last == 1:
            sibling = re.compile(f"(?<=[ \t\u3000]){re.escape(parent)}[.．]2[ \t\u3000]*[{_CJK}]")
            if sibling.search(text, match.end()) is None and f"{parent}.2" not in self.decimals_ahead:
                return None
        elif not any(node.number == f"{parent}.{last - 1}" for node in self.stack):
            return None
        return _Marker(f"dec{len(parts)}", last, number, match.end("number"), written)

    def _decimal_top_in_line(self, text: str, match: re.Match[str]) -> _Marker | None:
        """A top-level decimal section inside a flattened paragraph (… 1 总 则 1.1 编制目的 …
        1.2 编制依据 …), as a marker, or None: its n.1 follows it at once and n.2 later in the
        paragraph, and it is 1 or the number after a top-level section open (2 after 1)."""
        value = int(match.group("number"))
        if match.group("title")[0] in _DECIMAL_NOT_TITLE:
            return None
        sibling = re.compile(f"(?<=[ \t\u3000]){value}[.．]2[ \t\u3000]*[{_CJK}]")
        if sibling.search(text, match.end()) is None:
            return None
        if value != 1 and not any(node.style == "dec1" and node.value == value - 1 for node in self.stack):
            return None
        return _Marker("dec1", value, str(value), match.end("number"), match.group("number"))

    def _midline_parts(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        """Part headings inside a flattened paragraph (…提出意见。  2024年工作回顾  2024年以来，…。
        一、…): a short phrase without punctuation set apart by spaces after a sentence's end,
        ending with a word that names a part (see _names_a_part), before nothing numbered, and
        directly followed in the paragraph by a numbered heading at 1 — the first the document
        has, or a restart of the numbering under an earlier part."""
        found: list[re.Match[str]] = []
        for part in _MIDLINE_PART.finditer(text, start, end):
            title = part.group("title")
            if not (
                _PART_HEADING.fullmatch(title) and not _PART_NOT_HEADING.search(title) and _names_a_part(title)
            ):
                continue
            after = next(
                (
                    marker
                    for candidate in _MIDLINE.finditer(text, part.end(), end)
                    if self._midline_ok(text, candidate.start(), candidate)
                    and (marker := _marker_from(candidate, text)) is not None
                    and not _is_row_label(text, marker.end)
                    and not _NUMERAL_LIST.match(text, marker.end)
                    and not _names_a_chapter(text, marker)
                ),
                None,
            )
            if after is None or after.value != 1:
                continue
            numbered = [node for node in self.stack if node.style != "part" and not _declared(node.style)]
            opening = not numbered and after.style not in self.last_value
            restart = (
                bool(self.stack)
                and self.stack[0].style == "part"
                and len(self.stack) > 1
                and self.stack[1].style == after.style
                and self.last_value.get(after.style, 0) > 1
            )
            if opening or restart:
                found.append(part)
        return found

    def _heading_end(self, text: str, start: int, marker: _Marker) -> int:
        """Where the heading that `marker` opens ends. A long title whose style is otherwise
        made of short phrases is cut where its body begins (see _body_start), with a finding."""
        if marker.style not in _LIST_STYLES:
            return 0  # 第一条 and 01综合 are placed by _open_glued
        end = _title_end(text, marker.end)
        title = text[marker.end : end]
        long = len(title) > 2 * _SHORT_TITLE or "，" in title
        if long and marker.style in self.cut_styles:
            cut = _body_start(text, marker.end, end)
            if cut >= 0:
                opener = next(word for word in _words()["starts"] if text.startswith(word, cut))
                message = f"标题与正文连在一起，已在「{opener}」前切开（同级的其他标题都是短语）"
                self.found("heading-guessed", message, text[start:cut].strip())
                return cut
        return end

    def _feed_declared(self, text: str, level: int) -> None:
        marker = _marker_at(text, 0, whole=text)
        if marker is None:
            marker = _Marker(style=f"h{level}", value=0, number="", end=0, written="")
        title = _clean_title(text[marker.end :])
        self._open(marker, heading=text, title=title)

    def _midline_ok(self, text: str, start: int, match: re.Match[str]) -> bool:
        if start == 0:
            return False
        before = text[start - 1]
        if before in _MIDLINE_BEFORE:
            return match.lastgroup != "pad"
        # A flattened table runs a section heading straight after a number: …5949.088667三、收到…
        return before.isdigit() and match.group("cn") is not None

    def _continues(self, marker: _Marker) -> bool:
        """A mid-paragraph marker must continue an open level or start a new list at 1. Articles
        are numbered through the chapters: 第三条 under 第二章 continues 第二条 under 第一章."""
        if marker.value == 1:
            return True
        if marker.style == "tiao" and self.last_value.get("tiao") == marker.value - 1:
            return True
        return any(node.style == marker.style and node.value + 1 == marker.value for node in self.stack)

    def _open_glued(self, text: str, start: int, marker: _Marker, end: int) -> int:
        if marker.style == "tiao":
            # 第三条 【服务内容】… and 第一条（立法目的）… have a title; 第一条 为了规范…，制定本条例。
            # has none: its sentence is the article's body.
            bracket = _ARTICLE_TITLE.match(text, marker.end)
            end = bracket.end() if bracket else marker.end
            self._open(marker, heading=text[start:end].strip(), title=_article_title(bracket))
            return end
        if marker.style not in _LIST_STYLES:
            # 第一章  总  则: a letter-spaced title fills the line; its spaces end nothing.
            spaced = _LETTER_SPACED.fullmatch(text[marker.end :].strip(" \t\u3000、：:")) is not None
            end = len(text) if spaced else _title_end(text, marker.end)
        heading = text[start:end].strip()
        title = text[marker.end : end]
        self._open(marker, heading=heading, title=_clean_title(title))
        if self.opened_here is not None and marker.style in _LIST_STYLES:
            # 1. 基本支出预算 881300.39 元，占…: a label and its amount, one sentence.
            amount = _SPACED_AMOUNT.match(text, end) is not None
            self.opened_here.statement = amount or _statement(title.strip())
        return end

    # -- tree -----------------------------------------------------------------------------
    def _open(self, marker: _Marker, *, heading: str, title: str) -> None:
        self.notes = []
        if marker.fixed:
            self.warn(f"标题「{heading}」的编号「{marker.written}」写法有误，已按「{marker.number}」处理")
        depth = self._place(marker, heading)
        self.last_value[marker.style] = marker.value
        del self.stack[depth:]
        node = _Node(marker.style, marker.value, marker.number, title, heading, notes=self.notes)
        self.opened_here = node
        (self.stack[-1].children if self.stack else self.top).append(node)
        self.stack.append(node)

    def _place(self, marker: _Marker, heading: str) -> int:
        """The depth (index in the stack) at which a heading with this marker opens."""
        base = self._part_depth()
        if marker.style == "part":
            return base
        named = next((i for i, node in enumerate(self.stack) if node.style == "named"), -1)
        if marker.style == "named" or named >= 0:
            # 前言 opens at the top (inside an attachment), and what comes after it opens beside it.
            attachment = 1 if self.stack and self.stack[0].style == "att" else 0
            return named if named >= 0 else max(base, attachment)
        if marker.style.startswith("dec") and "." in marker.number:
            # 1.1 opens under its parent, 1 or 1. (the arabic style a page may give it).
            parent = marker.number.rpartition(".")[0]
            for index, node in enumerate(self.stack):
                if node.number == parent and (node.style == "ar" or node.style.startswith("dec")):
                    return index + 1
        if len(self.stack) > base and self.stack[base].style == "part":
            # After a guessed part, a number that continues a top-level run is a part too.
            siblings = self.stack[base - 1].children if base else self.top
            tops = [node for node in siblings if node.style == marker.style]
            if tops and tops[-1].value + 1 == marker.value:
                return base
        same = [i for i, node in enumerate(self.stack) if node.style == marker.style]
        if same:
            if marker.value == 0:
                return same[-1]
            for index in reversed(same):
                if marker.value == self.stack[index].value + 1:
                    return index
            if marker.value == 1 and self.stack[same[-1]].value > 1 and len(self.stack) < _MAX_DEPTH:
                return len(self.stack)  # a restart of an open style: a new, deeper level
            previous = self.stack[same[-1]]
            if marker.value == previous.value:
                self.warn(f"标题「{heading}」与前一标题「{previous.heading}」编号重复", heading=heading)
            else:
                self.warn(f"标题「{heading}」编号不连续：前一个同级标题是「{previous.heading}」", heading=heading)
            return same[-1]
        if len(self.stack) >= _MAX_DEPTH:
            self.warn(f"标题「{heading}」层级超过 {_MAX_DEPTH} 级，已并入第 {_MAX_DEPTH} 级")
            return _MAX_DEPTH - 1
        rank = _rank(marker.style)
        for index, node in enumerate(self.stack):
            if _rank(node.style) > rank:
                if marker.style.startswith("h"):
                    return index  # a declared heading level is trusted, not an oddity
                self.warn(f"标题「{heading}」的层级高于已打开的「{node.heading}」，已提升到上一级")
                return index
        if marker.value > 1 and self.last_value.get(marker.style) != marker.value - 1:
            # (七) under 二、 after (六) under 一、 is continuous numbering, not a gap.
            self.warn(f"标题「{heading}」所在的一级编号没有从头开始（缺少前面的编号）", heading=heading)
        if self.stack:
            expected = _NEXT_STYLE.get(self.stack[-1].style)
            if expected and _RANK.get(marker.style, 99) > _RANK[expected] and marker.style != "pad":
                self.warn(
                    f"标题「{heading}」跳过了一级：在「{self.stack[-1].heading}」之下缺少「{_STYLE_EXAMPLE[expected]}」一级"
                )
        return len(self.stack)

    def _part_depth(self) -> int:
        """Where a guessed part opens: at the top, or under the declared headings open."""
        return next((i for i, node in enumerate(self.stack) if not _declared(node.style)), len(self.stack))


def _merged(*scans: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches of several scans of one text, in order of where they start."""
    return heapq.merge(*scans, key=lambda match: match.start())


def _declared(style: str) -> bool:
    return style.startswith("h")


def _rank(style: str) -> float:
    if style.startswith("h"):
        return int(style[1:]) - 10  # declared headings sit above numbered ones
    return _RANK.get(style, 9)


def _marker_at(text: str, start: int, *, whole: str) -> _Marker | None:
    match = _MARKER.match(text, start)
    return _marker_from(match, whole) if match else None


def _marker_from(match: re.Match[str], text: str) -> _Marker | None:
    kind = match.lastgroup
    written = match.group()
    end = match.end()
    if match.group("ord"):
        ordnum, ordkind = match.group("ordnum"), match.group("ordkind")
        return _Marker(_ORD_STYLES[ordkind], _number_value(ordnum), f"第{ordnum}{ordkind}", end, written)
    if match.group("cnp"):
        digits = match.group("cnpnum")
        if digits[0] in _DASHES.replace("\\", ""):
            return _Marker("cnp", 1, "（一）", end, written, fixed=True)
        return _Marker("cnp", _number_value(digits), f"（{digits}）", end, written)
    if match.group("arp"):
        digits = match.group("arpnum")
        return _Marker("arp", int(digits), f"（{int(digits)}）", end, written)
    if match.group("cn"):
        digits = match.group("cnnum")
        return _Marker("cn", _number_value(digits), digits, end, written)
    if match.group("ar"):
        digits = match.group("arnum")
        return _Marker("ar", int(digits), str(int(digits)), end, written)
    if match.group("circ"):
        return _Marker("circ", _CIRCLED.index(written) + 1, written, end, written)
    if kind == "pad":
        line_end = text.find("\n", match.start())
        rest = text[end : len(text) if line_end < 0 else line_end]
        if match.start() != 0 or len(rest) + 2 > _PAD_HEADING_MAX or not re.fullmatch(f"[{_CJK}、]+", rest):
            return None
        return _Marker("pad", int(match.group("padnum")), match.group("padnum"), end, written)
    return None


def _number_value(numeral: str) -> int:
    """一 -> 1, 十二 -> 12, 二十 -> 20, 一百零三 -> 103, 12 -> 12."""
    if numeral.isdigit():
        return int(numeral)
    total, current = 0, 0
    for char in numeral:
        if char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_VALUES.get(char, 0)
    return total + current


def _is_row_label(text: str, start: int) -> bool:
    """A statistics-table row label: a short label followed at once by a run of digits."""
    return _ROW_LABEL.match(text, start) is not None


def _title_end(text: str, start: int) -> int:
    """Index where a heading that begins with a marker ending at `start` ends."""
    while start < len(text) and text[start] in " \t\u3000、：:":  # 第一部分：某某概况
        start += 1
    limit = min(len(text), start + _TITLE_WINDOW)
    bracket = re.match(r"【[^】\n]{1,60}】", text[start:limit])
    if bracket:
        return start + bracket.end()
    again = _repeated_year(text, start, limit)
    for stop in _title_stop().finditer(text, start, limit):
        if 0 <= again <= stop.start():
            return again
        kind = stop.lastgroup
        if kind != "endword" and _inside_brackets(text, start, stop.start()):
            continue  # （本列数据的勾稽关系为：…） does not end a title
        if kind == "endword" and (
            _phrase_to_full_stop(text, start, stop.end()) or _phrase_to_line_end(text, stop.end())
        ):
            continue  # （一）完善重大事项事前研判机制。: the end word is inside the title
        if kind in ("punct", "colon"):
            return stop.end()
        if stop.start() == start:
            continue  # nothing of the title yet (e.g. a year that begins it: 一、2018年预算…)
        if kind == "year" and stop.start() - start < 4:
            continue
        return stop.end() if kind == "endword" else stop.start()
    return again if again >= 0 else limit


_LINE_END_PHRASE = re.compile(f"[{_CJK}“”《》、]{{1,{_CUT_WINDOW[1]}}}[ \t\u3000]*")
_PHRASE_TO_FULL_STOP = re.compile(f"[{_CJK}“”《》、]*[。！？]")


def _phrase_to_full_stop(text: str, start: int, at: int) -> bool:
    """The title that begins at `start` runs on from `at` to a full stop as one short phrase
    (at most _SHORT_TITLE characters in all, no comma, no figure): a run-in heading ended by its
    own full stop, so a heading-ending word before it (事项, 情况) does not end it there. A
    body sentence glued after such a word is longer or states a figure (（四）依申请公开方面收到
    和处理政府信息公开申请情况。, （一）收支情况收入12万元。)."""
    phrase = _PHRASE_TO_FULL_STOP.match(text, at)
    return phrase is not None and len(text[start : phrase.end()].rstrip("。！？")) <= _SHORT_TITLE


def _phrase_to_line_end(text: str, at: int) -> bool:
    """The line goes on from `at` to its end as a short phrase without punctuation (一、经济发展
    方面成效明显 on a line of its own): the heading-ending word is inside the title, no body follows."""
    return _LINE_END_PHRASE.fullmatch(text, at) is not None


def _repeated_year(text: str, start: int, limit: int) -> int:
    """Where the body starts with the year the title already named, or -1:
    一、2030年工作安排2030年是“十五五”的收官之年。… The repeat must open a sentence that ends in
    the paragraph, and must not be joined to the title (2024年…及2025年…)."""
    seen: set[str] = set()
    for year in _YEAR.finditer(text, start, limit):
        at = year.start()
        if (
            year.group(1) in seen
            and at - start >= 4
            and text[at - 1] not in _YEAR_JOINERS
            and re.search(f"[{re.escape(_SENTENCE_END)}]", text[year.end() :])
        ):
            return at
        seen.add(year.group(1))
    return -1


def _inside_brackets(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    return any(span.count(open_) > span.count(close) for open_, close in _BRACKETS)


def _article_title(bracket: re.Match[str] | None) -> str:
    return (bracket.group(1) or bracket.group(2)).strip() if bracket else ""


def _clean_title(title: str) -> str:
    title = title.strip(" \t\u3000、.．：:")
    if _LETTER_SPACED.fullmatch(title):
        title = re.sub(r"[ \u3000]+", "", title)  # 农 业 -> 农业
    title = re.sub(r"(?<=\d)[ \u3000]+(?=[年月日%])", "", title)  # 2023 年 as a PDF sets it
    # 一、总则( where the text was cut: a bracket opened at the end holds nothing of the title.
    return title.rstrip("：:（(【〔《“").strip()
