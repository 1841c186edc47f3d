"""Where a heading's title ends.

A heading glued to its paragraph is cut where its title ends: at the first of
  - a space (one-line pages separate parts with spaces),
  - 】 closing a bracketed article title (第一条 【培育对象】…),
  - sentence punctuation 。！？； (kept in the heading) or ： (kept in the heading, not the title),
  - an enumeration starter (一是, 首先, …) — the body starts there,
  - a heading-ending word (情况, 方面, …) directly followed by body text,
  - a year followed by a comma (…主要措施2019年，我们将…) after the title has begun,
  - the title's own year again, opening a sentence (一、2030年工作安排2030年是…);
see `data/headings.tsv`. A sentence about a chapter is no chapter (第一章为总则，明确了…。, see
`names_a_chapter`). A title may stand on its own line: 第一章 / 总则, and an article's short
title 第一条 宗旨 with its body on the next line (see `own_line_title`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..han import HAN
from ..model import Paragraph
from ..part_names import OPEN_TITLE_END
from ..tsv import words_pattern
from .markers import (
    ATTACHMENT,
    CHAPTER_STYLES,
    CN_DIGITS,
    LIST_STYLES,
    MARKER,
    SENTENCE_END,
    Marker,
    heading_words,
    marker_at,
)

_TITLE_WINDOW = 160  # a glued heading's title is looked for in this many characters
# The label a question-and-answer page sets before each numbered question (一、问：…？ / 答：…, an
# interview's 1.记者：…？ / 某某：…), as a page in traditional characters prints it too (問：, 記者：).
QUESTION_LABEL = re.compile(r"(?:问|問|提问|提問|记者|記者)[ \t\u3000]*[：:][ \t\u3000]*(?=\S)")
ANSWER_LABEL = re.compile(r"答[ \t\u3000]*[：:]")  # an interview's answer, after its question
_QUESTION_BEFORE_ANSWER = re.compile(r"([^。；！!？?\n]{2,150}[？?])[ \t\u3000]*(?:$|答[ \t\u3000]*[：:])")
# A line of two or more questions and nothing else, each ended by its mark, no other mark but a comma
# (资格分是什么？排名分是什么？): the parts of one question, the title whole.
_QUESTIONS = re.compile(r"(?:[^。；！？?!\n答]{2,40}[？?]){2,3}[ \t\u3000]*(?=\n|$)")
LETTER_SPACED = re.compile(f"[{HAN}](?:[ \u3000]+[{HAN}])+")
_YEAR = re.compile(r"(?<!\d)(\d{4})年")
_YEAR_JOINERS = "及和与、或至到同暨"  # 2024年工作总结及2025年工作安排: one title
SHORT_TITLE = 16  # a short heading phrase: 总体要求, 完善垃圾收运体系。
_MIN_AGAIN_TITLE = 4  # characters of a title before a word its body repeats (see _title_stop: again)
_CUT_WINDOW = (4, 12)  # a glued title cut before a body opener is 4 to 12 characters long
# … or two phrases of that length with a comma between (加强领导，确保各项措施落到实处).
_TWO_PHRASES = re.compile(f"[{HAN}][{HAN}、]{{3,11}}，[{HAN}]{{4,12}}")  # (抢抓机遇、优化产业，经济工作再上新水平)
_TWO_PHRASE_WINDOW = 25
# 第一章 / 总则, 第一条 宗旨 / 为了…: a title on a line of its own, a phrase without punctuation.
_OWN_TITLE = re.compile(f"(?=(?:[^{HAN}]*[{HAN}]){{2}})[{HAN}0-9０-９“”‘’《》〈〉、·—（）() \u3000]{{2,24}}")
_MIN_CHAPTER_TITLE = 2  # characters of a chapter's title before an article glued on (总则第一条)
# A chapter's short title set letter-spaced, its first article glued on (第一章 总  则第一条 为…):
# the spaces are the title's, so it runs to the article, not to its first space.
_SPACED_CHAPTER_TITLE = re.compile(f"[ \t\u3000]*[{HAN}](?:[ \t\u3000]+[{HAN}]){{1,3}}(?=第[{CN_DIGITS}]+条)")
_SET_APART = " \t\u3000：:、"
# A short title set letter-spaced (综 合, 农 业) with its body glued right after it in a copy that
# lost its line breaks (一、综 合初步核算，全年…): the spaces are the title's, and the title ends
# where they do. Two to four characters, one space apart.
_SPACED_GLUED = re.compile(f"[{HAN}](?:[ \u3000][{HAN}]){{1,3}}(?=[{HAN}0-9])")
# An article's title in brackets right after its number: 第三条 【服务内容】, 第一条（立法目的）; a
# round bracket holds a title only when it is a phrase of Chinese words (第五条（一）… is a list item;
# 第九条（设计人员、制作单位或者个人的资质要求） names the article).
# (〖目的依据〗 is a lenticular bracket too, as some sites set an article's name)
ARTICLE_TITLE = re.compile(f"[ \u3000]*(?:[【〖]([^】〗\n]{{1,60}})[】〗]|[（(]([{HAN}、]{{2,30}})[)）])")
_BRACKETS = (("（", "）"), ("(", ")"), ("《", "》"), ("“", "”"), ("【", "】"), ("〔", "〕"))


@lru_cache(maxsize=1)
def _title_stop() -> re.Pattern[str]:
    words = heading_words()
    ends = words_pattern(words["end"])
    enums = words_pattern(words["enum"])
    continuation = re.escape("".join(words["continue"]))
    not_enum = re.escape("".join(words["not_enum"]))
    return re.compile(
        # (A space inside a figure, as PDFs set 2023 年 or 15.87 %, does not end a title.)
        # (Nor does one before a colon: 三、拟征收土地面积 ：12公顷 — the colon ends it.)
        f"(?P<space>(?<=[^\\s\\d])[ \t\u3000]+(?=[^\\s：:])|(?<=\\d)[ \t\u3000]+(?=[^\\s年月日号元万亿%：:]))"
        # A full stop typed as a dot after a word (…工作汇报.县委…, an OCR'd page) ends a title too.
        f"|(?P<punct>[{re.escape(SENTENCE_END)}]|(?<=[{HAN}])[.．](?!\\d))"
        f"|(?P<colon>[：:])"
        # A list's count in brackets closing its title, the names glued after it (…先进单位(11个)福建省
        # 某某委员会…, a list flattened): the title ends with the count.
        f"|(?P<count>(?<=[{HAN}])[（(]\\d{{1,4}}[个名人家项所户处位][)）](?=[{HAN}]))"
        f"|(?P<enum>(?<=[^{not_enum}])(?:{enums}))"
        f"|(?P<endword>(?:{ends})(?=[{HAN}\\d（(])(?![{continuation}]))"
        # The first item glued on (…加快实施乡村振兴1 .巩固拓展成果。, …宣传氛围1、节能…, a page flattened
        # with its breaks lost): 1 and a dot or 、 between two words is the list's marker, never a figure.
        f"|(?P<item>(?<=[{HAN}])(?<!第)1[ \t\u3000]?[.．、](?=[{HAN}]))"
        # A word the body opens with again right after the title ends with it (…节能低碳抽查抽查时间：,
        # 五、实施机制实施好本规划…): the title ends between the two.
        f"|(?P<again>(?<=(?P<word>[{HAN}]{{2}}))(?=(?P=word)))"
        # The first sub-heading glued on (一、总体要求（一）指导思想以…): a bracketed 一 between two
        # words, right after a short phrase, opens the next level (after 第 it is cited: 第（一）项).
        f"|(?P<sub>(?<=[{HAN}])(?<!第)[（(]一[)）](?=[{HAN}]))"
        # A deadline that opens the body: …目标任务到2020年，我市…, …主要目标到 2025 年底，…
        f"|(?P<by>(?<=[{HAN}])(?:到|截至|截止到)[ \t\u3000]*\\d{{4}}[ \t\u3000]*年[底末]?(?=[，,]))"
        # A year that opens the body as a time adverbial: …主要措施2019年，我们将…, …负担2013年年底前，…
        f"|(?P<year>(?<=[^\\d至到于自从在截])\\d{{4}}年(?:年底前|年内|以来|起)?(?=[，,]))"
        # A span of years that opens the body: …整治计划2024年-2025年计划实施…, …目标2023年至2025年，…
        f"|(?P<span>(?<=[{HAN}])\\d{{4}}年?[-—－至到~～]\\d{{4}}年(?=[，,]|[{HAN}](?<![{continuation}期间度内底末初])))"
    )


def own_line_title(paragraphs: tuple[Paragraph, ...], index: int) -> tuple[Marker, str, int] | None:
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
    marker = marker_at(text, 0, whole=text)
    if marker is None or marker.style not in CHAPTER_STYLES | {"tiao"}:
        return None
    rest = text[marker.end :].strip(" \t\u3000")
    after = next_text(paragraphs, index)
    if not rest.strip(_SET_APART):
        if (
            after < 0
            or not _is_own_title(paragraphs[after])
            or paragraphs[after].heading_level != paragraph.heading_level
        ):
            return None
        if marker.style == "tiao" and not _is_body(paragraphs, next_text(paragraphs, after)):
            return None
        return marker, paragraphs[after].text.strip(), after
    if (
        marker.style == "tiao"
        and paragraph.heading_level is None
        and _OWN_TITLE.fullmatch(rest)
        and _is_body(paragraphs, after)
    ):
        # 第一条 （目的和依据） over its body: the brackets set the title apart; they are not read.
        bracket = ARTICLE_TITLE.fullmatch(rest)
        return marker, article_title(bracket) if bracket else rest, -1
    return None


_MIN_NAMED_ARTICLES = 3  # articles named so before a document's such lines count as names


def named_articles(paragraphs: tuple[Paragraph, ...]) -> dict[int, str]:
    """Articles that name themselves in a short phrase ended by a full stop on their own line,
    over their body (第四条 数字化转型应用奖励。 / 对…的企业，给予…奖励。), by paragraph index: the
    name. One such line may be a short sentence (第二条 本办法适用于本市。 over a further paragraph),
    so only a document with at least `_MIN_NAMED_ARTICLES` of them names its articles so."""
    found: dict[int, str] = {}
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        marker = marker_at(text, 0, whole=text) if paragraph.kind == "text" else None
        if marker is None or marker.style != "tiao" or paragraph.heading_level is not None:
            continue
        rest = text[marker.end :].strip(" \t\u3000")
        name = rest.removesuffix("。")
        if name != rest and len(name) <= SHORT_TITLE and _OWN_TITLE.fullmatch(name) and _is_body(paragraphs, next_text(paragraphs, index)):
            found[index] = name
    return found if len(found) >= _MIN_NAMED_ARTICLES else {}


def next_text(paragraphs: tuple[Paragraph, ...], index: int) -> int:
    """Index of the next paragraph with text after `index`, or -1."""
    return next((i for i in range(index + 1, len(paragraphs)) if paragraphs[i].text.strip()), -1)


def _is_own_title(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    return (
        paragraph.kind == "text"
        and _OWN_TITLE.fullmatch(text) is not None
        and MARKER.match(text) is None
        and ATTACHMENT.fullmatch(text) is None
    )


def _is_body(paragraphs: tuple[Paragraph, ...], index: int) -> bool:
    """paragraphs[index] reads as an article's body: text with punctuation, not another article
    or chapter; or its own items (（一）… or 一、…, titled without punctuation too: 第三条 缴费办法 /
    （一）用人单位办理参保登记、申报和缴费办法 / …)."""
    if index < 0 or paragraphs[index].kind != "text" or paragraphs[index].heading_level is not None:
        return False
    text = paragraphs[index].text.strip()
    marker = MARKER.match(text)
    if marker is not None:
        # (an article's 项 are numbered （一） or 一、; a 1. after it lists forms or attachments)
        return not marker.group("ord") and (marker.group("cn") is not None or marker.group("cnp") is not None)
    return re.search("[。！？；：，,;:!?]", text) is not None


def chapter_title_end(text: str, marker: Marker) -> int:
    """Where the title of a 第X章/第X节/第X编 heading ends: where title_end says, or earlier, at
    its first article or a chapter's first section glued on (第三章投资管理第七条产业引导基金…,
    第一章规划总结第一节发展成就…: a page flattened with the chapters' line breaks lost), after a
    title of at least two characters; a long title that opens with a standard section's name ends
    after the name (第一节 指导思想以…为指导，…, see section_name_end). A cited article
    (第二章第三条, 第三条的规定) is no marker (see markers.MARKER), so it ends nothing."""
    spaced = _SPACED_CHAPTER_TITLE.match(text, marker.end)
    end = spaced.end() if spaced is not None else title_end(text, marker.end)
    title = text[marker.end : end]
    if spaced is None and (len(title) > 2 * SHORT_TITLE or "，" in title):
        # 第一节 指导思想以习近平…，…: a plan's standard section name, its body run on after it
        named = section_name_end(text, marker.end, end)
        end = named if named >= 0 else end
    for match in MARKER.finditer(text, marker.end + _MIN_CHAPTER_TITLE, end):
        found = marker_at(text, match.start(), whole=text)
        if found is None or match.start() <= marker.end:
            continue
        # 第一章“十三五”规划总结第一节…: a chapter's first section glued on ends its title too, and
        # so does its first point (第一章、对某乡经济发展现状的分析（一）、经济发展与模式分析…).
        if found.style == "tiao" or (found.style == "jie" and marker.style != "jie" and found.value == 1):
            return match.start()
        if found.style in ("cn", "cnp") and found.value == 1 and marker.style in ("bian", "zhang"):
            return match.start()
    return end


def names_a_chapter(text: str, marker: Marker) -> bool:
    """True if a 第X章/第X节/第X部分 marker opens a sentence about a chapter, not the chapter:
    第一章为总则，明确了…。 — the words after the number end a sentence and run on from it (no
    space or colon between), or hold a comma. 第一章 总则。 (set apart, a short phrase) stays."""
    if marker.style not in CHAPTER_STYLES:
        return False
    title = text[marker.end : chapter_title_end(text, marker)]
    words = title.strip(_SET_APART)
    if words[-1:] not in "。！？!?":
        return False
    set_apart = title[:1] in _SET_APART
    return not (set_apart and "，" not in words and len(words) <= SHORT_TITLE + 1)


def short_title_styles(paragraphs: tuple[Paragraph, ...], *, said: str = "") -> frozenset[str]:
    """Numbering styles whose headings in this document are mostly short phrases (at least two,
    and at least half of them): evidence that a long one has its body glued to it. In a page
    flattened into one paragraph every heading is glued: there a 一、 after a sentence's end
    counts as short when its body's opening shows where its title ends (see `body_start`)."""
    tally: dict[str, list[int]] = {}
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if paragraph.kind != "text" or paragraph.heading_level is not None:
            continue
        marker = marker_at(text, 0, whole=text)
        if marker is not None and marker.style in LIST_STYLES:
            title = text[marker.end : title_end(text, marker.end)].strip(" \t\u3000、")
            short = len(title.rstrip("。")) <= SHORT_TITLE and "，" not in title
            counts = tally.setdefault(marker.style, [0, 0])
            counts[0] += short
            counts[1] += 1
        points = list(_FLAT_POINT.finditer(text))
        if len(points) < _MIN_FLAT_POINTS:
            continue
        for glued in points:
            end = title_end(text, glued.end())
            title = text[glued.end() : end]
            short = (
                (len(title.rstrip("。")) <= SHORT_TITLE and "，" not in title)
                or _TWO_PHRASES.fullmatch(title.rstrip("。")) is not None  # 加强领导，确保各项措施落到实处
                or body_start(text, glued.end(), end, said=said) >= 0
            )
            counts = tally.setdefault("cn", [0, 0])
            counts[0] += short
            counts[1] += 1
    return frozenset(style for style, (short, total) in tally.items() if short >= 2 and 2 * short >= total)


_MIN_FLAT_POINTS = 2  # points glued inside one paragraph: a page flattened into it
# A point 一、 inside it: after a sentence's end, a lead-in's colon or the note closing the last point.
_FLAT_POINT = re.compile(f"(?<=[。！？：:）)])[{CN_DIGITS}]{{1,3}}、(?=[{HAN}])")


def body_openers() -> tuple[str, ...]:
    """How the body of a heading glued to it begins: `starts` and `sentence_start` in data/headings.tsv."""
    words = heading_words()
    return words["starts"] + words["sentence_start"]


def body_start(text: str, start: int, end: int, *, said: str = "") -> int:
    """Where the body of a heading glued to it begins (一、总体要求坚持以…), or -1: the first
    body opener (`starts` in data/headings.tsv) 4 to 12 characters into the title, after a
    phrase of Chinese characters that does not run on into it (…的, …和)."""
    while start < end and text[start] in " \t\u3000、":
        start += 1
    low, high = _CUT_WINDOW
    if _TWO_PHRASES.match(text, start):
        high = _TWO_PHRASE_WINDOW  # 二、严格执行以煤定电原则，确保重点骨干电厂生产各地区要…: a title of two phrases
    openers = body_openers()
    for at in range(start + 1, min(end, start + _LONG_CUT_WINDOW + 1)):
        # 一、进一步提高对清理违规项目工作的认识随着…: a sentence's own opening (随着, 近年来) ends a
        # longer title too; 三、…的前提下，各地区要…, 四、…建设对违规项目要…: so does an adverbial
        # clause that only opens a sentence.
        clause = OPENING_CLAUSE.match(text, at) is not None
        if at - start > high and not (clause or text.startswith(heading_words()["sentence_start"], at)):
            continue
        if clause or text.startswith(openers, at):
            phrase = text[start:at]
            good = (
                at - start >= low
                # (a title may open with its year: 一、2022年工作总结今年来，…)
                and (re.fullmatch(f"(?:(?:19|20)\\d{{2}}年度?)?[{HAN}]+", phrase) or _TWO_PHRASES.fullmatch(phrase))
                and phrase[-1] not in heading_words()["continue"]
                and not phrase.endswith(heading_words()["subject"])  # 县级人民政府根据…: a sentence's subject
                and not phrase.endswith(heading_words()["modal"])  # 申请人须按照…: a subject and its modal verb
            )
            return at if good else -1
    return repeat_start(text, start, end, said=said)


_TIME_CLAUSES = (
    # a time set off by its comma: 2020年11月底前，, 到2025年，, 2023年以来，
    r"(?:到|至|截至|在)?(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|上半年|下半年)?(?:前|以来|起|之前)?[，,]",
    # or said from now: 今年一季度，, 去年以来，, 近年来，
    f"(?:今年|去年|上年|近年来|近年|近期|近日)[{HAN}]{{0,6}}?[，,]",
)
# A sentence's time, set off by its comma, that opens the body run on after a heading's title.
TIME_CLAUSE = re.compile("|".join(_TIME_CLAUSES))
_LONG_CUT_WINDOW = 24  # … a title cut before a sentence's own opening may be this long
# A clause that opens a sentence and nothing else: 在确保电网安全运行的前提下，, 对违规项目要…, and who
# acts, with its modal verb (各级党委要…, 各有关部门应当…)
OPENING_CLAUSE = re.compile(
    f"在[{HAN}、“”]{{2,20}}?(?:的)?(?:前提下|基础上|过程中|情况下)，|对[{HAN}“”]{{2,10}}?(?:要|应当|必须)|各[{HAN}]{{1,8}}?(?:要|应当|必须)"
    # and when (see TIME_CLAUSE)
    "|" + "(?:" + "|".join(_TIME_CLAUSES) + ")"
)
_HAN_RUN = re.compile(f"[{HAN}]+")
_MIN_REPEAT = 4  # characters of a word the body repeats
_MIN_REPEAT_TITLE = 6  # characters of the title before the body that repeats it
_MAX_REPEAT_TITLE = 24
_MAX_RESTATED = SHORT_TITLE  # characters of a clause restating a phrase of the text above
# … and at least (a word of four, 森林防火 after the title 关于森林防火的公告, is only the topic named again:
# 六、全市广大干部群众要积极参与森林防火，… is one sentence).
_MIN_RESTATED = 6


def repeat_start(text: str, start: int, end: int, *, said: str = "") -> int:
    """Where the body of a heading glued to it begins, told by what the body repeats, or -1; in a
    document flattened into one line, its title glued before its first point:
    - the body's first clause restates a phrase the text above said (…关于加强煤炭行业管理有关问题的
      意见… 二、调整国务院相关部门职能加强煤炭行业管理，既要…: the clause to the comma);
    - the body names again a word of four characters or more the title holds (一、建立和完善煤炭行业
      管理工作协调机制煤炭行业管理涉及面广，…), maybe after the verb that takes it (四、提高煤炭企业生产
      经营水平引导煤炭企业加强…, 执行更大力度减税降费把减税降费工作…: the verb or preposition that
      takes the word opens the body, by jieba's reading).
    `said` is what the document said before `text` (its title). The title before the cut is a phrase
    of Chinese characters, 6 to 24 of them."""
    clause = _HAN_RUN.match(text, start)
    if clause is None:
        return -1
    stop = clause.end()
    if stop >= len(text) or text[stop] not in "，。；":
        return -1  # the body's first clause ends with its mark
    above = said + text[:start]
    low, high = start + _MIN_REPEAT_TITLE, min(stop - _MIN_REPEAT, start + _MAX_REPEAT_TITLE)
    for at in range(low, min(high, stop - _MIN_RESTATED) + 1):
        if stop - at <= _MAX_RESTATED and text[at:stop] in above:
            return at
    for at in range(low, high + 1):
        if text[at : at + _MIN_REPEAT] in text[start:at]:
            return _clause_opening(text, start, at, low)
    return -1


def _clause_opening(text: str, start: int, at: int, low: int) -> int:
    """Where the body's clause that names a word again at `at` opens: at the verb or preposition
    that takes the word (引导|煤炭企业, 把|减税降费), by jieba's reading of the words, or at the word."""
    import logging

    import jieba
    import jieba.posseg  # loads its model on first use: only a flattened title with a repeat needs it

    jieba.setLogLevel(logging.WARNING)
    offset, before = start, None
    for token in jieba.posseg.cut(text[start : at + _MIN_REPEAT]):
        if offset >= at:
            break
        before, offset = (offset, token.flag), offset + len(token.word)
    if offset != at or before is None:
        return at  # the repeat does not begin a word of its own
    opens, flag = before
    return opens if opens >= low and flag[:1] in ("v", "p") else at


_DATE_OPENING = re.compile(r"(?:19|20)\d{2}年|\d{1,2}月\d{1,2}日")


def section_name_end(text: str, start: int, end: int) -> int:
    """Where a title that opens with the name of a standard section (`section_name` in
    data/headings.tsv: 总体目标, 指导思想) ends when its body runs on right after the name with no
    mark between (一、总体目标以创建示范镇为目标，…, 一、编制背景“十三五”时期，…), or -1. A name that goes on (指导思想和基本原则,
    总体要求是…) is no cut."""
    while start < end and text[start] in " \t\u3000、":
        start += 1
    for name in sorted(heading_words()["section_name"], key=len, reverse=True):
        at = start + len(name)
        if text.startswith(name, start) and at < end:
            following = text[at]
            # 一、编制背景“十三五”时期，…: a quoted phrase opens the body as a word does; after a time's
            # name (活动时间2025年6月13日…, 时间地点2021年1月17日…) a date does.
            good = re.match(f"[{HAN}“]", following) is not None and following not in heading_words()["continue"]
            good = good or (name.endswith(("时间", "时间地点", "时间和地点", "时间安排", "进度安排")) and _DATE_OPENING.match(text, at) is not None)
            return at if good else -1
    return -1


def split_heading(heading: str) -> tuple[str, str]:
    """(number, title) of one heading line as written, split the way the outline splits it;
    ("", heading) when it has no number."""
    marker = marker_at(heading, 0, whole=heading)
    if marker is None:
        return "", heading
    if marker.style == "tiao":
        bracket = ARTICLE_TITLE.match(heading, marker.end)
        return marker.number, article_title(bracket)
    return marker.number, clean_title(heading[marker.end :])


def title_end(text: str, start: int) -> int:
    """Index where a heading that begins with a marker ending at `start` ends."""
    while start < len(text) and text[start] in " \t\u3000、：:":  # 第一部分：某某概况
        start += 1
    if (label := QUESTION_LABEL.match(text, start)) is not None:
        # 一、问：如何办理…？: the question is the title, its label's colon ends nothing, and it runs to
        # its last question mark before the answer (…是什么？与…是什么关系？ 答：…)
        start = label.end()
        answer = ANSWER_LABEL.search(text, start)
        asked_by = min(answer.start() if answer else len(text), start + _TITLE_WINDOW)
        asked = max(text.rfind("？", start, asked_by), text.rfind("?", start, asked_by))
        if asked > start:
            return asked + 1
    limit = min(len(text), start + _TITLE_WINDOW)
    # 1、某某改革后，…是否会统一规范？ alone on its line, or its answer run on after it (　　答：…): the
    # question is the title, however many clauses it holds.
    if (question := _QUESTION_BEFORE_ANSWER.match(text, start)) is not None:
        return question.end(1)
    if (questions := _QUESTIONS.match(text, start, limit)) is not None:
        return questions.end()  # 3.资格分是什么？排名分是什么？ over its answer: one question in two parts
    bracket = re.match(r"【[^】\n]{1,60}】", text[start:limit])
    if bracket:
        return start + bracket.end()
    spaced = _SPACED_GLUED.match(text, start, limit)
    if spaced:
        return spaced.end()  # 一、综 合初步核算，…: a title set letter-spaced, its body glued on
    # Where the body starts, told by what it repeats of the title or by a bulletin's sectors: the earliest.
    found = [at for at in (_repeated_year(text, start, limit), _repeated_item(text, start), _sectors_end(text, start)) if at >= 0]
    again = min(found, default=-1)
    for stop in _title_stop().finditer(text, start, limit):
        if 0 <= again <= stop.start():
            return again
        kind = stop.lastgroup
        if _inside_brackets(text, start, stop.start()):
            continue  # （本列数据的勾稽关系为：…） does not end a title
        if kind == "endword" and (
            _phrase_to_full_stop(text, start, stop.end()) or _phrase_to_line_end(text, stop.end())
        ):
            continue  # （一）完善重大事项事前研判机制。: the end word is inside the title
        if kind == "endword" and _ASKED_ON.match(text, stop.end()):
            continue  # 四、《通知》在提升申请质量方面有哪些主要考虑？: the question goes on to its mark
        if kind == "endword" and _SUBJECT_GOES_ON.match(text, stop.end()):
            continue  # 十、两市各级国家机关和有关方面应当加强…: the end word closes a sentence's subject
        if kind == "colon" and _VALUE_TO_SENTENCE_END.match(text, stop.end()) and _CLAUSE_MARK.search(text, start, stop.start()):
            # 2.将意见寄至某某路828号，邮编：321017。: a field's value ends the sentence (a label alone
            # before it is the title: 一、项目编号：LKZX2025-CG013)
            continue
        if kind in ("punct", "colon", "count"):
            return stop.end()
        if kind == "again" and stop.start() - start < _MIN_AGAIN_TITLE:
            continue
        if kind == "item" or (kind == "sub" and (stop.start() - start <= SHORT_TITLE or _TWO_PHRASES.fullmatch(text, start, stop.start()))):
            return stop.start()
        if kind == "sub":
            continue
        if kind == "space" and _space_inside_title(text, start, stop.start()):
            continue  # 一、2020 年和“ 十三五” 工作回顾 过去的一年…: spaces a copy put into the title
        if kind == "space" and _second_phrase(text, start, stop.end()):
            continue  # 第一章 夯实发展基础 筑牢发展新根基: a title in two phrases, the line ends with it
        if stop.start() == start:
            continue  # nothing of the title yet (e.g. a year that begins it: 一、2018年预算…)
        if kind in ("year", "span") and stop.start() - start < 2:
            continue
        if kind == "year" and text[start : stop.start()] in heading_words()["part_start"]:
            continue  # 一、回顾2021年，…交出满意答卷: the year goes on the part's opening word
        if kind == "span" and not _SENTENCE_AFTER.match(text, stop.end()):
            continue  # 三、“十四五”时期2021—2025年规划目标 on its own line: the span is the title's
        return stop.end() if kind == "endword" else stop.start()
    return again if again >= 0 else _past_window(text, limit)


def _past_window(text: str, limit: int) -> int:
    """Where a title with no end in its window ends: at the first space or mark past it, or with
    the text; never at the window's edge, which may fall inside a word or a date (（一）某省某某管理
    办法（1994年9月19日…2014年1月30 ‖ 日某省人民政府令…）, a list of long names run on one line)."""
    for stop in _title_stop().finditer(text, limit):
        if stop.lastgroup == "space":
            return stop.start()
        if stop.lastgroup in ("punct", "colon"):
            return stop.end()
    return len(text)


# A question going on after a heading's end word to its question mark, no other mark between
# (…申请质量方面有哪些主要考虑？): the end word is inside the question, which is the title.
_ASKED_ON = re.compile(f"(?:有哪些|有什么|是什么|是否|如何|怎样|怎么|为何|为什么|哪些)[^，。；！？\n]{{0,{SHORT_TITLE}}}[？?]")
# What goes on from a sentence's subject: its modal verb (…有关方面应当加强…), or a word and its
# copula before a figure (2．各申报事项起始日期为2026年1月1日。): no title ends before it.
_SUBJECT_GOES_ON = re.compile(f"应当|必须|应该|务必|[{HAN}]{{0,4}}为(?=\\d)")
# A sentence's mark further on the line: what follows is a body, not the rest of a title.
_SENTENCE_AFTER = re.compile(r"[^\n]*?[，。；！？]")
_CLAUSE_MARK = re.compile("[，,；;]")
# After a colon, a bare value (a code, a number, an address on the net) to the sentence's end.
_VALUE_TO_SENTENCE_END = re.compile(r"[ \t\u3000]*[0-9A-Za-z@._\-/:（）()]+[。；;]?[ \t\u3000]*$")
# (a label's colon may close it: 2.办理该事项需提供的材料及费用： over its items)
_LINE_END_PHRASE = re.compile(f"[{HAN}“”《》、]{{1,{_CUT_WINDOW[1]}}}[：:]?[ \t\u3000]*")
_PHRASE_TO_FULL_STOP = re.compile(f"[{HAN}“”《》、（）()]*[。！？]")


def _phrase_to_full_stop(text: str, start: int, at: int) -> bool:
    """The title that begins at `start` runs on from `at` to a full stop as one short phrase
    (at most SHORT_TITLE characters in all, no comma, no figure): a run-in heading ended by its
    own full stop, so a heading-ending word before it (事项, 情况) does not end it there. A
    body sentence glued after such a word is longer or states a figure (（四）依申请公开方面收到
    和处理政府信息公开申请情况。, （一）收支情况收入12万元。)."""
    phrase = _PHRASE_TO_FULL_STOP.match(text, at)
    return phrase is not None and len(text[start : phrase.end()].rstrip("。！？")) <= SHORT_TITLE


def _phrase_to_line_end(text: str, at: int) -> bool:
    """The line goes on from `at` to its end as a short phrase without punctuation (一、经济发展
    方面成效明显 on a line of its own): the heading-ending word is inside the title, no body follows."""
    return _LINE_END_PHRASE.fullmatch(text, at) is not None


_MARKER_ROOM = 6  # characters a heading's marker takes: 第十一章, （十二）
# The second of two parallel phrases set apart by a space, to the end of the line.
_SECOND_PHRASE = re.compile(f"[{HAN}“”]{{2,{SHORT_TITLE}}}[ \t\u3000]*")


# A gloss after a dash (登录—— 2种方式, 注册 —— 实名注册): a short phrase, which may state a count.
_DASH_GLOSS = re.compile(f"(?:——?)?[ \t\u3000]*[{HAN}0-9“”]{{2,{SHORT_TITLE}}}[ \t\u3000]*")


# A Latin word set apart by spaces on both sides (推进 ICD-11 中文版); one glued to the Chinese after
# it opens a body (主要目标 GDP增长…).
_LATIN_AFTER = re.compile(r"[ \t\u3000]+[A-Za-z][A-Za-z0-9.+\-/]*[ \t\u3000]")  # the space before it
_LATIN_BEFORE = re.compile(r"[A-Za-z0-9.+\-/]+$")  # … and the space after it
# A figure set apart on both sides, its unit after it (持续 5 年以上, 床位 20 张以上): the typesetter's
# spacing; a page flattened into one line glues the unit on (总体要求 2024年，…), and a year set so
# opens the body (工作目标 2025 年，…). A date goes on from 月 by itself (…2015年9月 21 日至…).
_SPACED_FIGURE = re.compile(r"[ \t\u3000]+\d{1,3}(?:[.,]\d+)?[ \t\u3000]+[年月日个名张家项次万亿元%倍岁周天人户所条件台辆处座米吨亩届位批期类种]")


_FIGURE_BEFORE = re.compile(r"[ \t\u3000]+\d{1,3}(?:[.,]\d+)?$")


def _space_inside_title(text: str, start: int, at: int) -> bool:
    """The space at `at` stands inside the title that began at `start`, as a copy from a PDF puts
    them: right after an opening quote or bracket (“ 十三五”), round a Latin word (推进 ICD-11
    中文版, as typesetters space Latin from Chinese), or where the title so far stops on a
    modifier (see OPEN_TITLE_END: 2020年和“十三五” ‖ 工作回顾) and the rest of it follows. A
    list's pause mark before the space leaves the list open (当事人陈述、 ‖ 申辩、听证情况): no body
    opens right after 、."""
    word = _LATIN_BEFORE.search(text, start, at)
    spaced_before = word is not None and re.search("[A-Za-z]", word.group()) and (word.start() == start or text[word.start() - 1] in " \t\u3000")
    if _LATIN_AFTER.match(text, at) or spaced_before:
        return True  # 积极推进 ICD-11 中文版全面使用: the spaces a typesetter sets round a Latin word
    if _SPACED_FIGURE.match(text, at) and text[at - 1] not in "年月日":
        return True  # 至少持续 5 年以上: … and round a figure, its unit set apart too
    figure = _FIGURE_BEFORE.search(text, start, at)
    if figure is not None and _SPACED_FIGURE.match(text, figure.start()):
        return True  # … and the space after that figure, before its unit (成立 100 周年)
    return text[at - 1] in "“‘《（(【、" or OPEN_TITLE_END.search(re.sub(r"[ \t\u3000]+", "", text[start:at])) is not None


def _second_phrase(text: str, start: int, at: int) -> bool:
    """From `at` to the end of the line is a second short phrase of the title that began at
    `start` (夯实发展基础 筑牢高质量发展新根基): characters only, no mark, no number and no
    heading marker, and the two together no longer than a title on a line of its own. A body
    after a space has a mark (一、基本情况 今年以来，…) or runs longer. A title ending in a dash, or
    a phrase opening with one, is glossed by that phrase (登录—— 2种方式): it may state a count. The heading is its line
    whole: in a page flattened into one line, a run-in heading's body cut off by the page's end
    (…。 二、农业 全年全市实现农林牧渔业总产) is no title's second phrase."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    dash = text[:at].rstrip(" \t\u3000").endswith("—") or text.startswith("—", at)
    phrase = _DASH_GLOSS if dash else _SECOND_PHRASE
    return (
        phrase.fullmatch(text, at, line_end) is not None
        and marker_at(text, at, whole=text) is None
        and len(text[line_start:line_end].replace(" ", "")) <= 2 * SHORT_TITLE + _MARKER_ROOM
    )


def _repeated_year(text: str, start: int, limit: int) -> int:
    """Where the body starts with the year the title already named, or -1:
    一、2030年工作安排2030年是“十五五”的收官之年。… The repeat must open a sentence that ends in
    the paragraph, and must not be joined to the title (2024年…及2025年…). A comma or a stop before
    it says the sentence began earlier: a clause naming the year twice (一、2024年11月1日至2025年
    5月31日为防火期，其中2025年1月1日至…) is one sentence, not a title and its body."""
    seen: set[str] = set()
    for year in _YEAR.finditer(text, start, limit):
        at = year.start()
        if (
            year.group(1) in seen
            and at - start >= 4
            and text[at - 1] not in _YEAR_JOINERS
            and not re.search("[，,。；;！？]", text[start:at])
            and re.search(f"[{re.escape(SENTENCE_END)}]", text[year.end() :])
        ):
            return at
        seen.add(year.group(1))
    return -1


_ITEMS_TITLE = re.compile(f"(?P<first>[{HAN}]{{2,6}})、(?:[{HAN}]{{1,6}}、)*[{HAN}]{{1,6}}")


def _repeated_item(text: str, start: int) -> int:
    """Where the body starts with the first of the items the title lists, or -1: 三、工业、建筑业工业
    生产严重下滑。… The title is a list of short names set apart by 、, and the body opens with the
    first name again right after the last one."""
    items = _ITEMS_TITLE.match(text, start)
    if items is None:
        return -1
    first = items.group("first")
    last = text.rfind("、", start, items.end()) + 1
    # The last name is about as long as the others (科技、文化、体育坚持以科技…: no repeat after 体育).
    longest = max(len(name) for name in text[start : last - 1].split("、"))
    for at in range(last + 1, min(items.end(), last + longest + 2)):
        if text.startswith(first, at):
            return at
    return -1


@lru_cache(maxsize=1)
def _sector_run() -> re.Pattern[str]:
    words = words_pattern(heading_words()["sector"])
    # A sector may be named by two words run together (资源环境, 交通运输).
    return re.compile(f"(?:{words})+(?:[、和及与](?:{words})+)+")


def _sectors_end(text: str, start: int) -> int:
    """Where a statistics bulletin's part title that lists two or more sectors (`sector` in
    data/headings.tsv), at least two of them set apart by 、, ends when its body runs on
    (十一、人口、人民生活年末，按户籍…), or -1. A budget's category joined by 和 alone
    (7、社会保障和就业支出…) goes on."""
    run = _sector_run().match(text, start)
    if run is None or "、" not in run.group() or run.end() >= len(text):
        return -1
    # Only a body runs on: a title on a line of its own (文化旅游、卫生健康和体育) ends with its line.
    glued = re.match(f"[{HAN}]", text[run.end()]) and _SENTENCE_AFTER.match(text, run.end())
    return run.end() if glued else -1


def _inside_brackets(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    return any(span.count(open_) > span.count(close) for open_, close in _BRACKETS)


def article_title(bracket: re.Match[str] | None) -> str:
    return (bracket.group(1) or bracket.group(2)).strip() if bracket else ""


def clean_title(title: str) -> str:
    title = QUESTION_LABEL.sub("", title.strip(" \t\u3000、.．：:"), count=1)
    if LETTER_SPACED.fullmatch(title):
        title = re.sub(r"[ \u3000]+", "", title)  # 农 业 -> 农业
    title = re.sub(r"(?<=\d)[ \u3000]+(?=[年月日%])", "", title)  # 2023 年 as a PDF sets it
    # 一、总则( where the text was cut: a bracket opened at the end holds nothing of the title (a
    # question keeps its mark: 一、申请对象有哪几类？ is asked, as printed).
    return title.rstrip("：:（(【〔《“").strip()
