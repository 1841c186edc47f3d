"""Headings without numbers, guessed from layout; every guess is a Finding heading-guessed.

Short unnumbered lines standing between paragraphs in plain text without other top-level
numbering (see `unnumbered_headings`; a lone one between sentences on stricter layout, see
`subheadings`), and, on stronger layout evidence, unnumbered parts mixed with numbered
headings (see `guess_part_headings`); lines that name a part of the document by what it is
(前言, 结语, see `named_parts`). Each kind of guess has its finding text here. Also here: where
the notes begin (注释：/注：/资料来源：, see `is_note_opener`), after which nothing is a heading.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from ..han import HAN
from ..model import Paragraph
from ..numerals import number_value
from ..title_key import title_key
from ..tsv import words_pattern
from .markers import (
    ATTACHMENT,
    CN_DIGITS,
    MARKER,
    NEXT_STYLE,
    Marker,
    heading_words,
    marker_at,
    rank_of,
)
from .titles import QUESTION_LABEL, next_text

# An unnumbered heading line: Chinese characters (a 、 or spaces inside), 2 to 20 of them.
_PLAIN_HEADING = re.compile(f"[{HAN}][{HAN}、 \u3000]{{0,18}}[{HAN}]")
# … or a report's point in two phrases, a comma between, no stop after (共学共建，让基层组织“强”起来).
_COUPLET_HEADING = re.compile(f"[{HAN}]{{2,12}}，[{HAN}“”]{{4,16}}")
_AFTER_SENTENCE = "。！？；…：:"
_MIN_FOLLOWING = 30
_MIN_CUT_FOLLOWING = 90  # characters of a text under such a line that the excerpt's end cut off
_PART_DASHES = ("—", "－")  # a part heading set before its subtitle lines ends with a dash
_MAX_SUBTITLE = 24  # a subtitle line under such a heading: short, no sentence
_MIN_CUT_PROSE = 60  # characters of a paragraph cut off before its first full stop (see _is_prose)
_MIN_CUT_CLAUSES = 2  # its commas
# An unnumbered part heading mixed with numbered ones: 2025年工作回顾, “十五五”时期主要目标 —
# Chinese characters, digits, quotes and title marks, 4 to 24 of them, no clause punctuation; a
# year may be a template's placeholder (200*年, 20xx年).
PART_HEADING = re.compile(f"(?=(?:[^{HAN}]*[{HAN}]){{2}})[{HAN}0-9０-９*＊xX×“”‘’《》〈〉、·—]{{4,24}}")
# ... but not a caption (表1 …, …情况表, 图2; a news photo's 会议现场, 圖為…), a date or a signature
# line ending in 日, or a clause of time (在认真听取大家的意见建议后, 在…期间: it opens a sentence that
# goes on below it).
PART_NOT_HEADING = re.compile("^(?:附?表|[图圖]|专栏)|[表图圖]$|[现現][场場]$|\\d{1,2}日$|^在.{2,24}(?:之后|以后|后|之时|时|之际|期间)$")
# A part heading inside a flattened paragraph: set apart by spaces after a sentence's end.
MIDLINE_PART = re.compile("(?<=[。！？!?])[ \t\u3000]+(?P<title>[^\\s。！？；，,：:]{4,24})[ \t\u3000]+")
LONE_PART_GUESS = (
    "这一行没有编号，以报告部分的用语开头或结尾、位于第一个编号标题之前，推断为一级标题（部分）；"
    "后文没有第二个这样的部分（文档可能不完整），证据较弱，请核对"
)
MIDLINE_PART_GUESS = "这段文字没有编号，夹在句末与编号标题之间、以报告部分的用语结尾，推断为一级标题（部分）"
# A subheading the whole document has only one or a few of (过去一年的主要工作, 法律依据, a news
# subhead): a short line of Chinese characters (digits and title marks inside) between sentences;
# a report's part may open with its year (2020年工作回顾), a date may not (PART_NOT_HEADING).
_SUBHEADING = re.compile(f"(?:(?:19|20)[0-9]{{2}}年度?)?[{HAN}][{HAN}0-9０-９、“”《》]{{2,18}}[{HAN}]")
# A news subhead of two short phrases set apart by a comma (掌声之处，民声之所向): a heading only
# where the piece has `_MIN_COUPLETS` of them at least.
_COUPLET = re.compile(f"[{HAN}“”]{{2,8}}[，,][{HAN}“”]{{2,8}}")
_MIN_COUPLETS = 2
# The slogan after a part's name and colon: two to four short phrases (总结成效、砥砺奋进).
_SLOGAN = re.compile(f"[{HAN}“”]{{2,8}}(?:[、，,][{HAN}“”]{{2,8}}){{1,3}}")
_MIN_LIST_ITEMS = 2  # lists grouped under titles (see _list_group_titles); items before the next title
# 《某某管理办法》第十六条 on a line of its own: the source of the quoted text under a heading.
_CITATION = re.compile(f"《[^《》]{{2,40}}》(?:第[{CN_DIGITS}0-9]{{1,5}}条(?:第[{CN_DIGITS}0-9]{{1,3}}款)?)?")
RULES_PART_GUESS = "这一行是法规文本的部分名称（总则、附则之类），没有章号，作为一级标题，其下各条为二级"
NAMED_PART_GUESS = "这一行是文档部分的名称（前言、结语之类），没有编号，作为与各章并列的一级标题"
_MIN_INNER_SUBHEADINGS = 2  # unnumbered subheadings under one numbered heading, at least
# A point of an enumeration in prose, on a line of its own (第三、落实属地管理责任, 二是加强监管): the
# text's, never a subheading.
_ENUMERATION_OPENING = re.compile("第[一二三四五六七八九十]{1,3}[、，,]|[一二三四五六七八九十]{1,3}是|首先|其次|再次|最后")
INNER_SUBHEADING_GUESS = (
    "这一行没有编号，是编号章节里夹在成句段落之间的无标点短行，其后是成段的正文，推断为该章节下一级的小标题，请核对"
)
SUBHEADING_GUESS = (
    "这一行没有编号，是夹在成句段落之间的无标点短行，其后是成段的正文，推断为一级标题；"
    "全文没有其他编号标题，证据较弱，请核对"
)
_LONG_PART_CHARS = 1350  # ~5 minutes of speech that a missed part heading would leave unmarked


def named_parts(paragraphs: tuple[Paragraph, ...], contents: set[int]) -> set[int]:
    """Indexes of the lines that name a part of the document by what it is — 前言, 引言, 结语,
    后记 (`part_name` words in data/headings.tsv), letter-spaced or not (前 言) — standing on
    their own with a paragraph of sentences after them (or of prose cut off before its first full
    stop: a long run of clauses, where a page's excerpt ends): a part beside the numbered chapters,
    without a number. A contents entry, a declared heading or a name before a heading is none."""
    return {
        index
        for index, text in _lines_naming(paragraphs, contents, "part_name")
        if _is_prose(text) and marker_at(text, 0, whole=text) is None
    }


def _is_prose(text: str) -> bool:
    """Sentences, or a long run of clauses whose full stop is cut off (the page's excerpt ends)."""
    return re.search("[。！？；]", text) is not None or (
        len(text) >= _MIN_CUT_PROSE and len(re.findall("[，,]", text)) >= _MIN_CUT_CLAUSES
    )


def rules_parts(paragraphs: tuple[Paragraph, ...], contents: set[int]) -> set[int]:
    """Indexes of the lines that name a part of a rules text without a chapter number — 总则,
    附则 (`rules_part` words in data/headings.tsv), letter-spaced or not (总 则) — standing on
    their own over an article (第一条 …): a top-level heading with the articles under it, as
    第一章 总则 would be. A contents entry or a declared heading is none."""
    found: set[int] = set()
    for index, text in _lines_naming(paragraphs, contents, "rules_part"):
        marker = marker_at(text, 0, whole=text)
        if marker is not None and marker.style == "tiao":
            found.add(index)
    return found


def _lines_naming(paragraphs: tuple[Paragraph, ...], contents: set[int], kind: str) -> Iterator[tuple[int, str]]:
    """(index, the text after it) of each line that is only a word of `kind` (headings.tsv),
    spaces aside, with a text paragraph after it; neither a contents entry nor declared."""
    names = set(heading_words()[kind])
    for index, paragraph in enumerate(paragraphs):
        if index in contents or paragraph.kind != "text" or paragraph.heading_level is not None:
            continue
        if re.sub("[ \t\u3000]", "", paragraph.text) not in names:
            continue
        following = next_text(paragraphs, index)
        if following >= 0 and following not in contents and paragraphs[following].kind == "text":
            yield index, paragraphs[following].text.strip()


def is_note_opener(text: str, note_openers: set[str]) -> bool:
    return text in note_openers or text.rstrip("：:") in note_openers


def _top_numbered(text: str) -> bool:
    """`text` opens with a top-level number (一、, 第一章): the text has numbered headings of its own."""
    marker = MARKER.match(text)
    return marker is not None and bool(marker.group("cn") or marker.group("ord"))


def unnumbered_headings(paragraphs: tuple[Paragraph, ...], note_openers: set[str]) -> set[int]:
    """Indexes of short unnumbered lines that head sections (统计公报: 综合 / 农业 / 工业).

    Only in plain text with no heading of its own (no declared levels, no 一、 or 第一章
    numbering): a line of at most 20 Chinese characters without punctuation, after a complete
    sentence (or the 如下： that introduces the sections) and before a paragraph of at least
    30 characters that ends a sentence; or two phrases with a comma between and no stop after
    (共学共建，让基层组织“强”起来), as a report titles its points. A single such line is not trusted: at least two.
    """
    if any(p.heading_level is not None for p in paragraphs):
        return set()
    found: set[int] = set()
    previous = ""
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        if is_note_opener(text, note_openers):
            break
        if paragraph.kind == "text" and _top_numbered(text):
            return set()
        following = next((p.text.strip() for p in paragraphs[index + 1 :] if p.text.strip()), "")
        if (
            paragraph.kind == "text"
            and (_PLAIN_HEADING.fullmatch(text) or _COUPLET_HEADING.fullmatch(text))
            and previous[-1:] in _AFTER_SENTENCE
            and previous != ""
            and len(following) >= _MIN_FOLLOWING
            # (the excerpt's last paragraph may be cut off: sentences ended inside it will do)
            and (following[-1] in "。！？；…" or (len(following) >= _MIN_CUT_FOLLOWING and "。" in following))
        ):
            found.add(index)
        if text:
            previous = text
    # A line standing so more than once is a transcript's speaker label (主持人 / 李某某 / 李某某), no heading.
    counts = Counter(paragraph.text.strip() for paragraph in paragraphs)
    found = {index for index in found if counts[paragraphs[index].text.strip()] == 1}
    return found if len(found) >= 2 else set()


# A question standing alone as a heading of the answer under it (为什么要有这个规定？), measured
# without an interviewer's label (记者：); over an answer labelled 答： it may be longer, as a
# labelled interview leaves no doubt which line asks.
_QUESTION = re.compile("[^。！？?；;]{4,30}[？?]")
_ANSWERED_QUESTION = re.compile("[^。！？?；;]{4,50}[？?]")
_MIN_QUESTIONS = 3
_MIN_ANSWERED_QUESTIONS = 2
_ANSWER_LABEL = re.compile(r"答[ \t\u3000]*[：:]")
QUESTION_GUESS = "这一行是单独成行的问句，其下是回答：按问答体推断为标题"
POINT_GUESS = "这一行没有编号，是问句上方的要点（短行、无标点）：按问答体推断为上一级标题"


def question_headings(paragraphs: tuple[Paragraph, ...], note_openers: set[str]) -> set[int]:
    """Indexes of the questions of a question-and-answer text without numbered headings (a 政策解读
    page: 为什么要有这个规定？ / its answer / 资金怎么用？ / …): each a short question alone on its line,
    its answer under it (a paragraph that is no question); at least `_MIN_QUESTIONS` of them, or
    two when an answer opens with its label (答：…), which only a question-and-answer text prints."""
    if any(p.heading_level is not None for p in paragraphs):
        return set()
    texts = [(index, p.text.strip()) for index, p in enumerate(paragraphs) if p.text.strip() and p.kind == "text"]
    found: set[int] = set()
    answered = False  # an answer under a question opens with 答：
    for (index, text), (_, following) in pairwise(texts):
        if is_note_opener(text, note_openers):
            break
        if _top_numbered(text):
            return set()
        labelled = _ANSWER_LABEL.match(following) is not None
        question = QUESTION_LABEL.sub("", text, count=1)
        if (_ANSWERED_QUESTION if labelled else _QUESTION).fullmatch(question) and not _QUESTION.fullmatch(following):
            found.add(index)
            answered = answered or labelled
    return found if len(found) >= (_MIN_ANSWERED_QUESTIONS if answered else _MIN_QUESTIONS) else set()


_MIN_GUIDE_FIELDS = 3
GUIDE_GUESS = "这一行是办事指南的栏目名（办理条件、申请材料、办理流程等），单独成行：按办事指南推断为一级标题"


def guide_headings(paragraphs: tuple[Paragraph, ...]) -> set[int]:
    """Indexes of a service guide's field names standing alone on their lines (办理机构： /
    民政局婚姻登记中心 / 办理依据： / …), maybe with their colon: each over the field's text (a
    paragraph that is no such name), at least `_MIN_GUIDE_FIELDS` of them, in a text without
    numbered headings."""
    if any(p.heading_level is not None for p in paragraphs):
        return set()
    names = set(heading_words()["guide"])
    texts = [(index, p.text.strip()) for index, p in enumerate(paragraphs) if p.text.strip() and p.kind == "text"]
    found = {
        index
        for (index, text), (_, following) in pairwise(texts)
        if text.rstrip("：:") in names and following.rstrip("：:") not in names
    }
    return found if len(found) >= _MIN_GUIDE_FIELDS else set()


# A point stated over the questions that explain it (规范完善信息发布机制，建立常态化新闻发布制度):
# short, no sentence's or question's mark, no colon.
_KEY_POINT = re.compile(f"[{HAN}“”《》〈〉、，,（）()0-9]{{6,30}}")
_MIN_KEY_POINTS = 2


def question_parts(paragraphs: tuple[Paragraph, ...], questions: set[int]) -> set[int]:
    """Indexes of the points a 解读 states over its questions, each right above a question (a
    point / 为什么…？ / 答：… / the next point / …？): a level above the questions; at least
    `_MIN_KEY_POINTS` of them, or none (one such line may be a lead's last words)."""
    texts = [(index, p.text.strip()) for index, p in enumerate(paragraphs) if p.text.strip() and p.kind == "text"]
    parts = {
        index
        for (index, text), (following, _) in pairwise(texts)
        if following in questions and index not in questions and _KEY_POINT.fullmatch(text)
    }
    return parts if len(parts) >= _MIN_KEY_POINTS else set()


def subheadings(paragraphs: tuple[Paragraph, ...], note_openers: set[str], title: str, *, inner: bool = False) -> set[int]:
    """Indexes of unnumbered headings in plain text that has no top-level numbering and too few
    of them for unnumbered_headings (a report's summary with one part line, a 办事 page's
    法律依据, a news article's subhead). The layout must leave no doubt: a short line of Chinese
    characters without punctuation (see _SUBHEADING), not a caption, date or attachment line,
    not the document's title again; after a paragraph that ends a sentence (or a lead-in with a
    sentence in it: 报告摘要如下：), and directly before text: a paragraph that ends a sentence
    or a colon, of at least _MIN_FOLLOWING characters or followed by more — a citation of its
    source (《某某办法》第十六条) may stand between. Signatures and dates stay text: a date or an
    organisation's name is what follows them, not a sentence. Each is a heading-guessed finding.

    `inner`: the same lines inside the sections of a document numbered 一、 or 第一章 (a 统计公报's
    卫生事业 / 体育事业 under 十、): taken after its first such heading only, they head a level below
    the section they stand in (see `_Builder.open_inner`); so does a short line a glyph sets apart
    (◆基础材料（必要）), whatever follows it."""
    if any(p.heading_level is not None for p in paragraphs):
        return set()
    lines = [(index, p.text.strip()) for index, p in enumerate(paragraphs) if p.text.strip()]
    found: set[int] = set()
    key = title_key(title)
    numbered = False  # a 一、 or 第一章 heading has been passed
    section: dict[int, int] = {}  # (inner) candidate -> the numbered heading it stands under
    opened = -1  # (inner) the last numbered heading passed
    for at, (index, text) in enumerate(lines):
        if is_note_opener(text, note_openers):
            break
        if paragraphs[index].kind == "text" and _top_numbered(text):
            if not inner:
                return set()
            numbered, opened = True, index
            continue
        glyph = HEADING_GLYPH.match(text) if inner else None
        if (
            glyph is not None
            and _GLYPH_TITLE.fullmatch(text[glyph.end() :])
            and numbered
            and at + 1 < len(lines)
            # ◆办公场所 / ◆办公设备: a list's items one under another, nothing under each
            and not HEADING_GLYPH.match(lines[at + 1][1])
            and not HEADING_GLYPH.match(lines[at - 1][1])
        ):
            # ◆基础材料（必要） / 1．申请表；…: the glyph sets the line apart as a heading; what follows
            # may be its list, not a paragraph
            found.add(index)
            section[index] = opened
            continue
        if (
            (inner and (not numbered or _ENUMERATION_OPENING.match(text) or text.endswith(("表", "图"))))
            or at == 0
            or paragraphs[index].kind != "text"
            or not (_SUBHEADING.fullmatch(text) or _part_with_slogan(text) or _COUPLET.fullmatch(text))
            or PART_NOT_HEADING.search(text)
            or ATTACHMENT.fullmatch(text)
            or (key and title_key(text) == key)
        ):
            continue
        previous = lines[at - 1][1]
        # inside a section, the first subheading may stand right under the section's own heading
        under_heading = inner and (head := MARKER.match(previous)) is not None and bool(head.group("cn") or head.group("ord"))
        if not (under_heading or previous[-1] in "。！？…" or (previous[-1] in "：:" and re.search("[。！？]", previous))):
            continue
        after = [line for _, line in lines[at + 1 : at + 4]]
        if after and _CITATION.fullmatch(after[0]):
            after = after[1:]
        if len(after) < 1 or after[0][-1] not in "。！？；…：:":
            continue
        if len(after[0]) >= _MIN_FOLLOWING or (len(after) > 1 and len(after[1]) >= _MIN_FOLLOWING):
            found.add(index)
            if inner:
                section[index] = opened
    couplets = {index for index in found if _COUPLET.fullmatch(paragraphs[index].text.strip())}
    if len(couplets) < _MIN_COUPLETS:
        found -= couplets  # one line of two phrases between paragraphs may be the text's own exclamation
    if inner:
        # One such line in a section is weak evidence (a box's title, a table's caption, a closing
        # word): only two or more of them under the same numbered heading are its subsections.
        counts = Counter(section.values())
        return {index for index in found if counts[section[index]] >= _MIN_INNER_SUBHEADINGS}
    return found | list_group_titles(paragraphs, title)


# A glyph a page sets before a subheading (◆基础材料（必要）, ■专项材料, • 主动公开情况 as a site's
# list style renders a report's (一)…): inside a numbered section such a line heads a level below
# it, its title without the glyph.
HEADING_GLYPH = re.compile(r"[◆◇■□●▲△★☆•][ \u3000]*")
_GLYPH_TITLE = re.compile(f"[{HAN}“][{HAN}0-9、“”《》（）()]{{1,20}}[{HAN}”》）)]")
_MIN_STACKED_PARTS = 2  # parts over their first subheading, at least, before two levels are trusted
# A heading line of such a piece: a phrase without punctuation (a part may be named in two
# characters: 经济, 收入), which may state a figure
# (618个药品可在“双通道”零售药店医保购买).
_STACKED_LINE = re.compile(f"[{HAN}0-9“][{HAN}0-9、“”《》·]{{0,24}}[{HAN}0-9”》]")
_MAX_PART_TITLE = 8  # a part's name over its subheadings: 参保待遇, 异地就医


def stacked_headings(paragraphs: tuple[Paragraph, ...], note_openers: set[str], title: str) -> tuple[set[int], set[int]]:
    """(parts, subheadings) of plain text headed at two levels without numbers, as a news piece
    sets them (参保待遇 / 医保“家庭共济”范围扩大至近亲属 / text… / 连续参保…有激励 / text… / 医保药品 /
    …): a part's name is a short heading line (see _STACKED_LINE, at most _MAX_PART_TITLE characters)
    right over another heading line, after a paragraph that ends a sentence; a subheading is a
    heading line after a part or after a sentence's end, directly over text that ends a sentence.
    Only with `_MIN_STACKED_PARTS` parts or more, in text that has no heading of its own."""
    if any(p.heading_level is not None for p in paragraphs):
        return set(), set()
    lines = [(index, p.text.strip()) for index, p in enumerate(paragraphs) if p.text.strip() and p.kind == "text"]
    key = title_key(title)

    def heading_line(text: str) -> bool:
        return (
            _STACKED_LINE.fullmatch(text) is not None
            and not PART_NOT_HEADING.search(text)
            and ATTACHMENT.fullmatch(text) is None
            and MARKER.match(text) is None
            and not is_note_opener(text, note_openers)
            and not (key and title_key(text) == key)
        )

    def over_text(at: int) -> bool:
        return at + 1 < len(lines) and lines[at + 1][1][-1] in "。！？；…" and len(lines[at + 1][1]) >= _MIN_FOLLOWING

    parts: set[int] = set()
    subs: set[int] = set()
    for at in range(1, len(lines) - 1):
        index, text = lines[at]
        previous = lines[at - 1][1]
        if not heading_line(text):
            continue
        ends_sentence = previous.rstrip("”’」』）)")[-1:] in "。！？…"  # (…血亲和姻亲。” ends one too)
        if ends_sentence and len(text) <= _MAX_PART_TITLE and heading_line(lines[at + 1][1]) and over_text(at + 1):
            parts.add(index)
        elif (ends_sentence or lines[at - 1][0] in parts) and over_text(at):
            subs.add(index)
    if len(parts) < _MIN_STACKED_PARTS:
        return set(), set()
    first = min(parts)
    return parts, {index for index in subs if index > first}


def list_group_titles(paragraphs: tuple[Paragraph, ...], title: str) -> set[int]:
    """The short lines that each title a numbered list (企业事项办理流程 / 1、… 2、… / 居民事项办理流程 /
    1.… 2.…): a phrase (see _SUBHEADING) right before the list's item 1, standing first in the text
    (the title aside) or right after the last item of the list before it. Taken only when at least two such lines
    group the document's lists — the numbering starting again under each is the evidence; a
    single line over a list may be its lead-in or a caption."""
    lines = [(index, p.text.strip()) for index, p in enumerate(paragraphs) if p.text.strip()]
    key = title_key(title)
    found: set[int] = set()
    for at, (index, text) in enumerate(lines[:-1]):
        if paragraphs[index].kind != "text" or not _SUBHEADING.fullmatch(text) or PART_NOT_HEADING.search(text):
            continue
        if key and title_key(text) == key:
            continue
        if _item_number(lines[at + 1][1]) != 1:
            continue
        first = at == 0 or (at == 1 and bool(key) and title_key(lines[0][1]) == key)  # first under the title
        before = _item_number(lines[at - 1][1]) if at else None
        if first or (before is not None and before >= _MIN_LIST_ITEMS):
            found.add(index)
    return found if len(found) >= _MIN_LIST_ITEMS else set()


def collection_members(paragraphs: tuple[Paragraph, ...], title: str) -> set[int]:
    """The lines that title the members of a collection whose title counts them (某镇工作计划（2篇）,
    某某心得体会精选3篇): the collection's name again with the member's number in brackets
    (某镇工作计划（一）, 某镇工作计划(2), or as a 范文 site numbers them, 某某述职报告篇1 under
    某某述职报告范文五篇: the site's tag 范文 is no part of the members' name), on a line of its own. Each member is a document: its title a
    top-level heading, its own 一、 and 1. under it. A collection's name with no number (the title
    repeated over the first member) is no member's title."""
    count = _COLLECTION_COUNT.search(title)
    stem = _COLLECTION_TAG.sub("", title_key(title[: count.start()])) if count else ""
    if len(stem) < _MIN_STEM:
        return set()
    found: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        text = title_key(paragraph.text.strip())
        if paragraph.kind != "text" or paragraph.heading_level is not None or not text.startswith(stem):
            continue
        if _MEMBER_NUMBER.fullmatch(text, len(stem)):
            found.add(index)
    return found


# The count of documents a collection's title gives: （2篇）, (精选3篇), -22篇, 共5篇.
_COLLECTION_COUNT = re.compile(f"[ \t\u3000]*[（(－—-]?(?:精选|共)?[0-9{CN_DIGITS}]{{1,3}}篇[)）]?")
# not the count: （2篇）; 篇1 / 篇一 is how a 范文 site numbers its members
_MEMBER_NUMBER = re.compile(
    f"[（(](?:第[0-9{CN_DIGITS}]{{1,3}}篇|[0-9{CN_DIGITS}]{{1,3}})[)）]|[ \t\u3000]*篇[0-9{CN_DIGITS}]{{1,3}}"
)
# A site's tag between a collection's name and its count (某某述职报告范文五篇, 某某总结精选范文3篇).
_COLLECTION_TAG = re.compile("(?:范文|范例|例文|模板|精选|大全)+$")
_MIN_STEM = 4  # a collection's name: 工作计划 at least
MEMBER_GUESS = "这一行是合集标题加上篇目编号，推断为其中一篇文档的标题，作为一级标题"


def _item_number(text: str) -> int | None:
    """The number of a list item the line opens with (1、 1. （1） （一）), or None."""
    marker = MARKER.match(text)
    if marker is None:
        return None
    for group in ("arnum", "arpnum", "cnpnum"):
        if marker.group(group):
            return number_value(marker.group(group))
    return None


def guess_part_headings(
    paragraphs: tuple[Paragraph, ...], note_openers: set[str], decimal: dict[int, Marker] | None = None
) -> set[int]:
    """Indexes of unnumbered top-level headings in plain text that has numbered ones too.

    A work report may number some parts and not others (一、2025年工作回顾 … “十五五”时期主要目标 …
    二、2026年重点工作), or number only inside unnumbered parts (2024年工作回顾 / 一、… 二、… /
    2025年重点工作 / 一、…). Such a line is guessed a part heading only on layout evidence: a short
    line without clause punctuation (see PART_HEADING), not numbered, not a caption, after a
    paragraph that ends a sentence and before a body paragraph or a numbered run that starts
    at 1. It must also stand at the top: the numbering after it continues a level above the
    heading before it (二、 after （二）), restarts at 1, or resumes after a stretch of over
    ~5 minutes that it would otherwise leave inside the numbered section before it; or it names
    a glossary (名词解释, data/headings.tsv), an appendix of its own; or the level below the top
    restarts under it (二、… （一）（二） 保障措施 （一）…): it stands beside the top headings; or it
    opens the report: nothing numbered above it, the numbering under it starts at 1, and it ends
    with a word naming a part (2024年工作回顾 / … / 一、…, see names_a_part) — alone, as in a
    report cut short, it is reported as a weaker guess. The same holds inside a paragraph a page
    flattened (see _Builder._midline_parts).
    Lines with weaker evidence (the part that opens the numbering, the closing part) are taken
    only beside one with such evidence. Each guess is a Finding heading-guessed. Headings the
    format declares (a DOCX heading style, <h2>) are no candidates; the parts found between them
    are placed under them (see _Builder._part_depth).
    """
    numbered: list[tuple[int, Marker]] = []
    candidates: list[int] = []
    previous = ""
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        if not text or paragraph.kind != "text":
            continue
        if paragraph.heading_level is not None:
            previous = ""  # a declared heading: what follows it is no part heading of its own
            continue
        if is_note_opener(text, note_openers) or ATTACHMENT.fullmatch(text):
            if text in heading_words()["glossary"] and _heads_notes(previous, following_text(paragraphs, index)):
                candidates.append(index)  # 注释 alone under the closing words (not 注释：): the endnotes' title
            break
        marker = (decimal or {}).get(index) or marker_at(text, 0, whole=text)
        if marker is not None:
            numbered.append((index, marker))
        elif _is_part_heading(text, previous, following_text(paragraphs, index, subtitled=text.endswith(_PART_DASHES))):
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
        top = bool(before) and (after is None or rank_of(after.style) <= min(rank_of(m.style) for m in before))
        if paragraphs[index].text.strip() in heading_words()["glossary"]:
            strong.add(index)  # 名词解释 after the closing words: an appendix of its own
        elif top and after is not None and after.value == 1 and _last_value(before, after.style) > 1:
            strong.add(index)  # the top numbering restarts under it (三、… then 一、…)
        elif top and after is not None and _continues_above(after, before):
            strong.add(index)  # 二、 after （二）: it stands between two top-level parts
        elif top and _span(paragraphs, index, after, numbered) > _LONG_PART_CHARS:
            strong.add(index)
        elif after is not None and _restarts_below_top(after, before):
            strong.add(index)  # （一） again after （二）, under no new top heading: a part of its own
        elif not before and after is not None and after.value == 1 and (
            names_a_part(paragraphs[index].text) or paragraphs[index].text.strip() in heading_words()["opening_part"]
        ):
            # 2024年工作回顾 over the first 一、: the part that opens the report; 总体情况 over （一）:
            # an annual disclosure report's first part, its 一、 left off by the page's list style
            strong.add(index)
        elif after is None or after.value == 1:
            weak.add(index)
    return strong | weak if strong else set()


def _part_with_slogan(text: str) -> bool:
    """A part's name, a colon and its slogan of short phrases (2025年工作回顾：总结成效、砥砺奋进 /
    2026年工作部署：聚焦重点、明势定向): a news report's subhead for a part of the meeting it reports.
    The name must name a part (see names_a_part); a field (地址：某路1号) or a lead-in does not."""
    name, colon, slogan = text.partition("：")
    return bool(colon) and _SUBHEADING.fullmatch(name) is not None and names_a_part(name) and (
        _SLOGAN.fullmatch(slogan) is not None
    )


def names_a_part(text: str) -> bool:
    """The line ends with a word that names a part of a report (回顾, 工作, 安排, …: `part_end`
    in data/headings.tsv), or opens with one before a period of time (see _opening_part)."""
    text = text.strip().rstrip("".join(_PART_DASHES))  # 2019年工作回顾—— over its subtitle lines
    return text.endswith(heading_words()["part_end"]) or _opening_part().fullmatch(text) is not None


@lru_cache(maxsize=1)
def _opening_part() -> re.Pattern[str]:
    """A report's part heading that opens with a word naming it and a period of time, then a
    comma and a short phrase with no subject of a sentence in it (回顾2024年，砥砺奋进谱新篇;
    展望“十五五”，…; not 回顾过去一年，我们深刻体会到): `part_start` in data/headings.tsv."""
    words = words_pattern(heading_words()["part_start"])
    return re.compile(f"(?:{words})[{HAN}0-9０-９“”]{{2,10}}[，,](?![^我]*我)[{HAN}“”、]{{4,16}}")


def _restarts_below_top(after: Marker, before: list[Marker]) -> bool:
    """`after` restarts at 1 the numbering of the level just below the top numbered level,
    which had gone past 1 (二、… （一）（二） then （一）) without a top heading between them."""
    if not before or after.value != 1 or _last_value(before, after.style) <= 1:
        return False
    top = min(before, key=lambda marker: rank_of(marker.style)).style
    return NEXT_STYLE.get(top) == after.style and before[-1].style != top


def _last_value(markers: list[Marker], style: str) -> int:
    return next((marker.value for marker in reversed(markers) if marker.style == style), 0)


def _is_part_heading(text: str, previous: str, following: str) -> bool:
    if not (PART_HEADING.fullmatch(text) or _opening_part().fullmatch(text)) or PART_NOT_HEADING.search(text):
        return False
    if previous and not _ends_sentence(previous):
        return False
    if not previous and MARKER.match(following):
        return False  # opening the text over a list at once (企业事项办理流程 / 1、…): a lead-in as likely
    # (nothing above it, its text under it: it opens the text, as 2023年工作回顾 opens a report)
    if MARKER.match(following) or (following and text in heading_words()["opening_part"]):
        return True
    return len(following) >= _MIN_FOLLOWING and following[-1] in "。！？；…：:"


# The number a note opens with: ［1］, [1], 【1】, （1）, 1.
_NOTE_NUMBER = re.compile(r"^(?:[［\[【（(]\d{1,3}[］\]】）)]|\d{1,3}[.．、])")


def _heads_notes(previous: str, following: str) -> bool:
    """A glossary's or the endnotes' title stands after a sentence's end, over a numbered note."""
    return _ends_sentence(previous) and _NOTE_NUMBER.match(following) is not None


def _ends_sentence(text: str) -> bool:
    """`text` ends a sentence, maybe inside closing quotes or brackets."""
    end = text.rstrip('”’）)"')[-1:]
    return bool(end) and end in "。！？…!?"


def following_text(paragraphs: tuple[Paragraph, ...], index: int, *, subtitled: bool = False) -> str:
    """The text of the first paragraph after paragraphs[index]; past the subtitle lines under a
    part heading that ends with a dash (2019年工作回顾—— / 聚力攻坚稳增长… / 全县发展呈现…局面)."""
    texts = [p.text.strip() for p in paragraphs[index + 1 :] if p.text.strip()]
    if subtitled:
        while len(texts) > 1 and len(texts[0]) <= _MAX_SUBTITLE and texts[0][-1:] not in "。！？；：:":
            texts.pop(0)
    return texts[0] if texts else ""


def _continues_above(after: Marker, before: list[Marker]) -> bool:
    """`after` continues the numbering of its style, a style above the last numbered line's."""
    return _last_value(before, after.style) + 1 == after.value and rank_of(after.style) < rank_of(before[-1].style)


def _span(
    paragraphs: tuple[Paragraph, ...], index: int, after: Marker | None, numbered: list[tuple[int, Marker]]
) -> int:
    """Characters from line `index` to the next numbered line (or the end)."""
    end = next((at for at, _ in numbered if at > index), len(paragraphs)) if after is not None else len(paragraphs)
    return sum(len(p.text) for p in paragraphs[index + 1 : end])
