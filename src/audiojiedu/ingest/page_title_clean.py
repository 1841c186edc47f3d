"""Cleaning a page's title once taken: what a site set around it, and the spaces of its layout.

A list page may set its date by the headline (3月21日 某某通告), a site a label before it
([某省], 政策解读：…) or its own name after a dash (…-某某平台), a repost a 全文 tag after it; a
title set over a page's width may keep spaces inside its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..file_types import FILE_TYPE
from ..han import HAN
from ..model import Finding
from .page_chrome import INTERPRETATION_FORM, fold, is_chrome_line
from .page_fields import DOC_NUMBER, PERSON_NAME, STAMP_DATE, STAMP_TIME, Page, title_like
from .page_title_words import (
    JOINING_WORDS,
    MAX_COLUMN_CHARS,
    MEDIA_TAG_TAIL,
    MIN_CANDIDATE_CHARS,
    PACKED_DATE,
    PLACE_ENDS,
    ends_as_title,
    is_headline,
    is_organ_name,
    is_place_name,
    opens_with_issuer,
    same_title,
    says_what_happened,
    says_what_it_does,
    squash,
)
from .title_words import title_words

# A note about the page, not the document, after the title: it prints the whole text (—全文, （全文）),
# or the site updated it (（2025年更新）, （持续更新）).
# The page's count of its pages (（第73/88页）) and a wiki's footnote mark ([1]) are the page's too.
_PAGE_NOTE_TAG = re.compile(
    r"\s*(?:[—\-－]{1,2}\s*全文|\[\d{1,2}\]"
    r"|[（(【\[]\s*(?:(?:最新版本?)?全文|最新版本?|第\s*\d+\s*/\s*\d+\s*页|(?:\d{4}\s*年\s*)?(?:持续)?更新)\s*[）)】\]])$"
)
_YEAR_TAG = re.compile(r"\s+((?:19|20)\d{2})$")
# A collector's listing tag after the title, in square brackets, saying how its list is sorted
# (【最新或2022（历届）】, 【精选】; seen on the wide samples, session 29): the page's, never the document's.
_LISTING_TAG = re.compile(r"[ \u3000]*【[^【】]{0,24}?(?:最新|历届|历年|精选|大全|合集)[^【】]{0,24}】$")
# Emoji a post set after its title (…工作报告📜): pictures, nothing to read.
_EMOJI_TAIL = re.compile("[ \u3000]*[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+$")
# What the document appends, named after its title line (…的决定 附：修正本): the text's first words,
# telling what follows the decision, not part of what it is called.
_APPENDED_TAIL = re.compile(rf"[ \u3000]+(?P<tail>附[ \u3000]*[：:][ \u3000]*[{HAN}]{{1,12}})$")
_OCCASION_KEY = 12  # an occasion printed in the text holds its first characters (the day and 在…)
HEAD_LINES = 10  # metadata rows, dates and captions under the title are looked for in this many lines
# … or 全文 glued after a title word (某市某某管理办法全文): the site's word for the page, not the title's.
_FULL_TEXT_WORD = re.compile(r"[ \u3000]*全文$")
# A site's clock glued before the headline (现在时间是：2024年07月29日某县…): the day the page was
# viewed, neither the document's nor the page's date.
_CLOCK_HEAD = re.compile(
    r"(?P<tag>(?:现在时间是|现在时间|当前时间|今天是)[：:]?[ \u3000]*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:[ \u3000]*(?:星期|周)[一二三四五六日天])?)[ \u3000]*(?P<rest>\S.*)"
)
# A publication date set before or after a list page's headline (see split_title_date).
# A page's stamp with its clock time opening the title line (2016-07-05 09:01:50 …): see split_title_date.
_STAMP_HEAD = re.compile(rf"(?P<stamp>{STAMP_DATE}[ \u3000]+{STAMP_TIME})[ \u3000]+(?P<rest>\S.*)")
# … or packed into eight digits, in brackets only (某市政府工作报告(20230224), a library's upload day).
_TITLE_DATE = rf"\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日|{PACKED_DATE}"
_TITLE_DATE_HEAD = re.compile(
    rf"(?P<open>[\[【(（]?)(?P<date>{_TITLE_DATE})(?P<close>[\]】)）]?)(?P<gap>[ \u3000]*)(?P<rest>\S.*)"
)
# (A list page may glue the view count to a padded date, …的通知2021.04.27798: 798 views.)
_TITLE_DATE_TAIL = re.compile(
    rf"(?P<rest>.*?\S)(?P<gap>[ \u3000]*)(?P<open>[\[【(（]?)(?P<date>{_TITLE_DATE})(?P<close>[\]】)）]?)"
    r"(?:(?<=\d{4}[-/.]\d{2}[-/.]\d{2})\d{1,7})?"
)
# A page's headline with the site's name after a dash (某某述职报告范文五篇-某某平台): see split_title_tag.
_TITLE_SITE_TAIL = re.compile(r"(?P<rest>.*?\S)[ \u3000]*(?:[-_|｜–]|——?)[ \u3000]*(?P<tag>[^\s\-_|｜–—]{2,16})")
# … and before it (某县人民政府-某州…规划纲要): see `_site_before_title`.
_TITLE_SITE_HEAD = re.compile(r"(?P<tag>[^\s\-_|｜–—]{2,16})[ \u3000]*(?:[-_|｜–]|——?)[ \u3000]*(?P<rest>\S.*)")
# The day a report was given and who gave it, in brackets after its headline: 某市政府工作报告（2025年1月8日 张三）.
_DATE_SPEAKER_TAIL = re.compile(
    rf"(?P<rest>.*?\S)[ \u3000]*[（(][ \u3000]*(?P<date>\d{{4}}年\d{{1,2}}月\d{{1,2}}日)[ \u3000]+(?P<name>[{HAN}]{{2,4}})[ \u3000]*[）)]"
)
# A speech's title with its occasion glued after a dash (政府工作报告—2021年7月29日在某县第八届人民代表
# 大会第一次会议上 某县人民政府县长 某某): the occasion and speaker are the text's dateline.
# Set in brackets instead (政府工作报告（2024年1月23日在某省第七届人民代表大会第三次会议上）), the same.
# After a dash the day may be left out (…的报告——在某区人民代表大会常务委员会第三十六次会议上), and a
# headline may cut the occasion short: it is the text's line all the same, read where the text prints it.
# Without its day it says no 的: …——在全县经济工作会议上的讲话 is the title's own subtitle.
_DAY = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})[ \u3000]*年.{1,12}?日[ \u3000]*"
_OCCASION = rf"{_DAY}在\S.*上"
_OCCASION_TAIL = re.compile(
    rf"(?P<rest>\S.*?(?:报告|讲话|致辞|说明))[ \u3000]*"
    rf"(?:[—－\-]{{1,2}}[ \u3000]*(?P<occasion>{_DAY}在\S.*|在[^的]{{4,}})|[（(][ \u3000]*(?P<bracketed>{_OCCASION})[ \u3000]*[）)])"
)
# A site's note that the page prints the whole text, after the headline: …工作报告/全文, …报告（全文）.
_FULL_TEXT_TAIL = re.compile(r"(?P<rest>.*?\S)(?P<tag>[ \u3000]*(?:[/／|｜_—–-]+[ \u3000]*(?:全文|原文|正文)|[（(【\[][ \u3000]*(?:全文|原文|正文)[ \u3000]*[）)】\]]))")
# A place's name set before a title that opens with it (天津天津市某区…): the site's region label.
_DOUBLED_REGION = re.compile(rf"(?P<tag>[{HAN}]{{2,3}})(?P<rest>(?P=tag)(?:省|市|自治区|特别行政区|县|区)\S.*)")
# A date the page set in brackets after a headline: （2025年1月8日）.
TITLE_TAG_TAIL = re.compile(r"[（(【\[]\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*[）)】\]]$")
# A collection's file name for the document: the title, maybe the count of files bundled with it, and
# the file's extension (某某工作方案 (合计4份).docx, 某某讲话.doc). No title ends with an extension.
# A document-sharing site's badge glued after its headline: a members-only document (…报告VIP专享,
# ….docxVIP).
_MEMBERS_BADGE = re.compile(r"[ \u3000]*(?:VIP|vip)(?:会员)?(?:专享|专属|免费)?$")
# A tender platform's badge of the notice's state after its title (…资格预审公告（代招标公告）[文件获取中]).
_STATE_BADGE = re.compile(r"[ \u3000]*[\[【［](?:文件获取中|报名中|正在报名|投标中|公示中|进行中|未开始|已截止|已结束|已过期)[\]】］]$")
# A collection's count after the title it gathers pieces under (…的通知（共12篇）, …总结（精选5篇）).
_COLLECTION_COUNT = re.compile(r"[ \u3000]*[（(][ \u3000]*(?:共|精选|合集|汇编)?[ \u3000]*\d{1,3}[ \u3000]*篇[ \u3000]*[）)]$")
# Percent-escaped bytes of an address left after a headline, maybe in an open bracket (…的通知(%9B).
_ESCAPE_TAIL = re.compile(r"[ \u3000]*[（(]?(?:%[0-9A-Fa-f]{2})+[)）]?$")
def bare_file_name(line: str) -> str:
    """A file's name without its extension and a sharing site's upload number before it."""
    name = FILE_NAME_TAIL.sub("", line.strip())
    return name[upload.end() :] if (upload := _UPLOAD_ID.match(name)) else name


_UPLOAD_ID = re.compile(rf"\d{{5,}}(?=[{HAN}])(?!\d*年)")  # (not a year: 2022年某某报告)
FILE_NAME_TAIL = re.compile(
    r"[ \u3000]*(?:[（(][ \u3000]*(?:合计|共)[ \u3000]*\d{1,3}[ \u3000]*[份篇套个][ \u3000]*[）)])?[ \u3000]*"
    rf"\.(?i:{FILE_TYPE})$"
)
# A topic a news site set in black lenticular brackets before a story's headline (【聚焦2026某省两会】):
# no document's title opens so, so the label goes whatever the story's headline says, unless the
# brackets hold the story's main line over its subtitle (see `_main_headline`).
# A numbered piece of a site's series set with a colon before the headline of the document it
# presents (“某某措施”政策解读之八：某省某厅关于…的规定, 某某系列报道之三：…): the series', not the title's.
_TITLE_SERIES_HEAD = re.compile(r"(?P<tag>[^：:]{2,30}?之[一二三四五六七八九十]{1,3})[ \u3000]*[：:][ \u3000]*(?P<rest>\S.*)")
_TITLE_TOPIC_HEAD = re.compile(rf"【\s*(?P<tag>[{HAN}0-9]{{2,16}})\s*】\s*(?P<rest>\S.*)")
# A site's web address after the headline (…的紧急通知某某门户网站 m.example.com), a mirror's byline
# glued on: no title ends with an address; the site's name before it goes with it (see split_title_tag).
_TITLE_URL_TAIL = re.compile(r"(?P<rest>.*?\S)[ \u3000]*(?P<address>(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}[\x21-\x7e]*)")
_SITE_NAME_CHARS = 16  # a site's name glued before its address is no longer than this
# A region or column label a site set before a headline: [某省], 【转载】, （某市）.
_SQUARE_OPENERS = ("[", "【", "［")
# A column's word glued straight before the title's year (专题2021年某省…公报): no title opens so.
_COLUMN_BEFORE_YEAR = re.compile(r"(?P<tag>专题|热点|推荐|最新|头条|要闻|焦点)(?P<rest>(?:19|20)\d{2}年\S.*)")
TITLE_TAG_HEAD = re.compile(rf"[\[【［（(]\s*(?P<tag>[{HAN}]{{1,8}})\s*[\]】］）)]\s*(?P<rest>\S.*)")
# A region a repost site set with a colon before a 关于… headline: 某省：关于印发…的通知.
_TITLE_REGION_HEAD = re.compile(rf"(?P<tag>[{HAN}]{{2,8}})\s*[：:]\s*(?P<rest>关于\S.*)")
# A field's label set before the headline with a bullet between (会议题目 • 某某主持召开…会议).
# … or its colon (原标题：某某…, 标题：…): a repost names the story's own headline so, a forum its
# thread's (主题: 某某的一封信).
_TITLE_LABEL_HEAD = re.compile(rf"(?P<tag>[{HAN}]{{0,4}}(?:题目|标题|名称|主题))\s*[•·▪：:]\s*(?P<rest>\S.*)")
# A site column's name set with a colon before the headline (政策解读：某市…方案): listed (column).
_TITLE_COLUMN_HEAD = re.compile(rf"(?P<tag>[{HAN}]{{2,8}})\s*[：:]\s*(?P<rest>\S.*)")
# A news tag set with a bar before the headline (全文|某省…规划发布, 重磅丨…): a listed word (news-tag)
# saying how the story is offered, not the story's name. 丨 is a CJK character pages use as a bar.
# A listed tag may be set apart by a space alone (原创 某地…).
_TITLE_BAR_HEAD = re.compile(rf"(?P<tag>[{HAN}]{{1,6}}?)(?:[ \u3000]*[|｜丨][ \u3000]*|(?P<space>[ \u3000]+))(?P<rest>\S.*)")
# A speaker's name set with a colon before a speech's title by a news site (某某某：大力弘扬…精神):
# two to four characters, or a transcribed name with its middle dot.
_TITLE_SPEAKER_HEAD = re.compile(rf"(?P<tag>{PERSON_NAME})[ \u3000]*[：:][ \u3000]*(?P<rest>\S.*)")
# A quoted column or topic name set apart by a space before the headline (“某某信息公开” 关于…的通知).
_TITLE_QUOTED_HEAD = re.compile(r"(?P<tag>“[^“”]{1,12}”)[ \u3000]+(?P<rest>\S.*)")
# A web address before the headline (an advert a mirror glued on: 某某医院 http://x.example.net/关于…的通知):
# an address is never part of a document's title; what stands before it goes with it.
_TITLE_URL_HEAD = re.compile(rf"(?P<tag>[^\n]*?(?:https?://|www\.)[\x21-\x7e]*)[ \u3000]*(?P<rest>[{HAN}“《].*)")
# A space between two words of a title (see close_title_spaces; JOINING_WORDS keep it inside a phrase).
_TITLE_INNER_SPACE = re.compile(rf"([{HAN}“”《》])[ \u3000]+(?=[{HAN}“”《》0-9（(])")
# A figure set apart from its unit (2020 年, 3 号): one word, the space is the layout's.
_FIGURE_UNIT_SPACE = re.compile(r"(?<=\d)[ \u3000]+(?=[年月日号期届次批])")
# A year written in Chinese numerals, its four figures set apart (二 〇 三五年): one number.
_SPACED_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九])[〇○零一二三四五六七八九](?:[ \u3000]*[〇○零一二三四五六七八九]){3}(?=[ \u3000]*年)")


def trim_title(page: Page) -> str:
    """The title without what a site wrapped around it.

    A column name set before it (政策解读 关于《…》解读, with the title alone on the next line) is the
    site's crumbs, dropped with a finding (no field: the page labels none), and the repeated line is
    not read again; a note about the page after it
    (…政府工作报告—全文, …公报（2025年更新）, …办法全文) and a year tag repeating a year the title
    already holds (…2022年…公报 2022) are dropped.
    """
    title = page.title
    if page.lines and page.lines[0] != title and title.endswith(page.lines[0]):
        column = title.removesuffix(page.lines[0])
        # Set apart from the title by a space: 某某县2025年政府工作报告 over 政府工作报告 is no column.
        spaced, column = column[-1:].isspace(), column.strip()
        if spaced and 0 < len(column) <= MAX_COLUMN_CHARS and not any(mark in column for mark in "。，；：:,"):
            # The site's crumbs (首页 政策解读), no field the page labels: not metadata, not read.
            page.findings.append(Finding("chrome-dropped", "标题前网站的栏目名（导航）：未朗读，不作为字段", column))
            title = page.lines.pop(0)
            page.origin.pop(0)
    if (toolbar := _toolbar_tail(title)) is not None:
        # 某街道2023年工作报告 保护视力色： 杏仁黄 … 【字体： 打印本页 关闭窗口: the page's reading tools
        # flattened onto the headline's line
        title, tools = toolbar
        page.findings.append(Finding("chrome-dropped", "标题后连着的网页工具栏（视力保护色、字体、打印等）：未朗读", tools))
    note = _PAGE_NOTE_TAG.search(title)
    if note is None and (word := _FULL_TEXT_WORD.search(title)) is not None and ends_as_title(title[: word.start()]):
        note = word
    if note is not None:
        page.findings.append(Finding("title-tag", f"标题后的“{note.group(0).strip()}”说的是网页（全文、更新），不作为标题朗读", title))
        title = title[: note.start()]
    for tag in (_LISTING_TAG, _EMOJI_TAIL):
        if (found := tag.search(title)) is not None and found.start() > 0:
            page.findings.append(Finding("title-tag", f"标题后的“{found.group(0).strip()}”是网站加的（列表标签、表情符号），不作为标题朗读", title))
            title = title[: found.start()]
    if (appended := _APPENDED_TAIL.search(title)) is not None and ends_as_title(title[: appended.start()]):
        # 某某关于修改《某某条例》的决定 附：修正本: the decision's title, then what it appends, read first.
        page.lines.insert(0, appended.group("tail"))
        page.origin.insert(0, page.origin[0] if page.origin else 0)
        title = title[: appended.start()]
    if (tail := _tail_past_original(title, page.lines[:HEAD_LINES])) is not None:
        # 某某全文发布-某某娱乐登陆 over 原标题：某某全文发布: the repost's headline, the site's name after it.
        page.findings.append(Finding("title-tag", f"标题后的“{tail}”是转载网站加的（原标题里没有），不作为标题朗读", title))
        title = title[: len(title) - len(tail)].rstrip(" \u3000-_|｜—–－")
    title = unwrap_cited(title)
    year = _YEAR_TAG.search(title)
    if year and f"{year.group(1)}年" in title:
        title = title[: year.start()]
    if (number := _NUMBER_HEAD.match(title)) is not None and ends_as_title(title[number.end() :]):
        # 〔2022〕第39号某县人民政府征收土地预公告: a list page names the document with its number before it.
        page.metadata.setdefault("发文字号", number.group("number"))
        page.findings.append(Finding("title-tag", "标题前的文号记入元数据，不作为标题朗读", number.group("number")))
        title = title[number.end() :]
    if (cut := number_after_title(title)) > 0:
        # 征收土地公告 岚土征告〔2020〕1号: a list page names the document with its number after it.
        after = _unwrapped_number(title[cut:])
        page.metadata.setdefault("发文字号", after)
        page.findings.append(Finding("title-tag", "标题后的文号记入元数据，不作为标题朗读", after))
        title = title[:cut]
    return title


_NUMBER_WRAPS = {"（": "）", "(": ")", "【": "】", "[": "]", "［": "］"}


def _unwrapped_number(text: str) -> str:
    """A number as it stood after a title, without the brackets round it whole (【某府发〔2013〕40号】)
    or a closing one left alone; brackets inside it stay ((湘株醴)应急罚〔2023〕125号)."""
    text = text.strip(" \u3000")
    closer = _NUMBER_WRAPS.get(text[:1], "")
    if closer and text.find(closer) == len(text) - 1:
        text = text[1:-1]
    elif text.endswith(tuple(_NUMBER_WRAPS.values())) and not any(opener in text for opener in _NUMBER_WRAPS):
        text = text[:-1]
    return text.strip(" \u3000")


_GLUED_NUMBER_WINDOW = 40  # characters of a number glued after a title, its issuer's short name with it


def number_after_title(title: str) -> int:
    """Where the document's number after the title starts (征收土地公告 岚土征告〔2020〕1号, …的通告【某府发
    〔2013〕40号】), set apart by a space or a bracket or glued right after the title's last word (征收土地预公告某土告字[2025]75-1号),
    or 0 when there is none."""
    if (number := NUMBER_TAIL.search(title)) is not None:
        return number.start() if ends_as_title(title[: number.start()]) else 0
    if not title.endswith("号"):
        return 0
    for cut in range(max(1, len(title) - _GLUED_NUMBER_WINDOW), len(title)):
        # (…处罚决定 | 书(某)应急罚〔2023〕125号: the title word goes on, 决定书; the number starts after it)
        longer = ends_as_title(title[: cut + 1]) and re.match(f"[{HAN}]", title[cut]) is not None
        if _GLUED_NUMBER.fullmatch(title, cut) and ends_as_title(title[:cut]) and not longer:
            return cut
    return 0


# The document's number before its title, its issuer's short name left out (〔2022〕第39号).
# (with its issuer's short name the number may be the title's own words: 关于转发某政发〔2020〕1号的通知)
_NUMBER_HEAD = re.compile(f"^(?P<number>[〔［\\[]\\d{{4}}[〕］\\]]第?\\d{{1,5}}号)[ \u3000]*(?=[{HAN}]{{8}})")
# The document's number after its title, set apart by a space or in brackets.
NUMBER_TAIL = re.compile(f"(?:[ \u3000]+|[（(【\\[［])(?P<number>{DOC_NUMBER})[）)】\\]］]?$")
# (its issuer's place in brackets may open it: (湘株醴)应急罚〔2023〕125号)
_GLUED_NUMBER = re.compile(f"(?:[（(][{HAN}]{{1,6}}[）)])?{DOC_NUMBER}")


# A repost's label naming the story's own headline, on a line of its own: 原标题：某某….
ORIGINAL_TITLE = re.compile(r"[ \u3000]*原标题[ \u3000]*[:：][ \u3000]*(?P<title>\S.*?)[ \u3000]*")
_SITE_TAIL = re.compile(r"[ \u3000]*[-_|｜—–－][ \u3000]*\S.{0,19}")  # -某某网, _某某平台, | 某某登录


def _tail_past_original(title: str, lines: list[str]) -> str | None:
    """What a repost set after the story's headline (a dash and its name: -某某娱乐登陆, _某某网),
    when a line under it gives the original headline (原标题：…) that the title runs past; else None."""
    for line in lines:
        original = ORIGINAL_TITLE.fullmatch(line)
        if original is None:
            continue
        own = original.group("title")
        rest = title[len(own) :] if title.startswith(own) else ""
        return rest if rest and _SITE_TAIL.fullmatch(rest) else None
    return None


def _toolbar_tail(title: str) -> tuple[str, str] | None:
    """(the title, the toolbar) when what follows a space after a whole title is the page's
    toolbar (see `is_chrome_line`); None otherwise. The first such space is the cut."""
    for gap in re.finditer(r"[ \u3000]+", title):
        head, tail = title[: gap.start()], title[gap.end() :]
        if tail and ends_as_title(head) and is_chrome_line(tail):
            return head, tail
    return None


def unwrap_cited(title: str) -> str:
    """The title without the marks round it: 《某省乡村振兴战略规划（2018—2022年）》 is a page naming
    the document it prints (so after a date beside it is taken off too: 《某某通告》（2022年9月16日）)."""
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        return title[1:-1]
    return title


def split_title_date(title: str, page: Page) -> str:
    """The title without a publication date a list page set before or after it (3月21日 某某通告,
    2025-03-21某某通告, 某某通告 [2025/03/21]): the date goes to the metadata, with a finding.

    Set apart by a space or brackets (an ISO date also glued), the date is the page's; written
    into the headline (3月21日，全区召开…, 2025年某县政府工作报告) it is the title's own. A report's
    day and speaker in brackets after it (某市政府工作报告（2025年1月8日 张三）) are read with the
    text when its head prints both (——2025年1月8日在…会议上, 某市人民政府市长 张三); its occasion
    glued after a dash (政府工作报告—2025年1月8日在…会议上 某某) is read as the text's first line.
    """
    stamped = _STAMP_HEAD.fullmatch(title)
    if stamped is not None:
        # 2016-07-05 09:01:50 某某学会80159: a page's stamp with its time opens no title. Under it stands
        # the headline (…的通知) or the stamp's row goes on (a source and a counter): no title then.
        page.metadata.setdefault("发布时间", " ".join(stamped.group("stamp").split()))
        rest = stamped.group("rest")
        if ends_as_title(rest):
            page.findings.append(Finding("title-date", "标题前的时间戳是网页的发布时间：已记入元数据，不作为标题朗读", title))
            return rest
        page.findings.append(Finding("chrome-dropped", "标题位置上是网页的时间戳行（时间、来源、计数），没有标题：时间记入元数据，其余未朗读", title))
        return ""
    occasion = _OCCASION_TAIL.fullmatch(title)
    if occasion is not None and title_like(occasion.group("rest")):
        said = (occasion.group("occasion") or occasion.group("bracketed")).strip()
        printed = any(squash(said)[:_OCCASION_KEY] in squash(line) for line in page.lines[:HEAD_LINES])
        if not printed and (said.endswith("上") or re.match(_DAY, said)):
            page.lines.insert(0, said)  # read once: not again where the text prints it, nor cut short
            page.origin.insert(0, page.origin[0] if page.origin else 0)
        page.findings.append(Finding("title-date", f"标题后连着的“{said[:30]}…”是讲话的时间、会议和讲话人：随正文朗读，不作为标题朗读", title))
        return occasion.group("rest")
    spoken = _DATE_SPEAKER_TAIL.fullmatch(title)
    if spoken is not None and title_like(spoken.group("rest")):
        date, name = spoken.group("date"), spoken.group("name")
        head = [fold(line) for line in page.lines[:HEAD_LINES]]
        if any(date in line for line in head) and any(fold(name) in line for line in head):
            message = f"标题后括号里的日期和讲话人“{date} {name}”与正文开头的日期、讲话人行相同，随正文朗读，不作为标题朗读"
            page.findings.append(Finding("title-date", message, title))
            return spoken.group("rest").rstrip(" \u3000")
    split = _page_date(title)
    if split is not None:
        rest, date = split
        if any(date in line for line in page.lines[:HEAD_LINES]):
            # （2025年1月8日） after a report's headline repeats its dateline (——2025年1月8日在…会议上):
            # the day it was given, read with the text; not the page's publication date.
            message = f"标题旁的日期“{date}”与正文开头所载日期相同，随正文朗读，不作为标题朗读"
        elif re.fullmatch(PACKED_DATE, date):
            # 20230224: a library's upload day, maybe not when the document was published.
            message = f"标题后括号里的“{date}”是文库网站的上传日期：不作为标题朗读，也不记作发布时间"
        else:
            page.metadata.setdefault("发布时间", date)
            message = f"标题旁的日期“{date}”是网页的发布日期：已记入元数据，不作为标题朗读"
        page.findings.append(Finding("title-date", message, title))
        return rest
    glued = _GLUED_DAY_HEAD.fullmatch(title)
    if glued is not None and ends_as_title(glued.group("rest")) and any(_dateline_of(glued.group("date"), line) for line in page.lines[:HEAD_LINES]):
        # 2012年1月5日某市政府工作报告 over ——2012年1月5日在…会议上: the day glued before the headline
        # is the one its dateline gives, read there; the site's prefix, not the title's.
        message = f"标题前连着的日期“{glued.group('date')}”与正文开头所载日期相同，随正文朗读，不作为标题朗读"
        page.findings.append(Finding("title-date", message, title))
        return glued.group("rest")
    return title


def _dateline_of(date: str, line: str) -> bool:
    """`line` gives `date` as a document's dateline does: the day alone or in brackets, or a dash
    or bracket opening the line (——2012年1月5日在…会议上); a sentence stating the day (…于2024年2月
    22日作出审批决定) is the text's, and the day before a daily notice's headline is its own
    (2024年2月22日建设项目环境影响评价文件审批公告)."""
    folded = fold(line).strip()
    return date in folded and (folded.startswith(("—", "－", "-", "（", "(", date)) and "。" not in folded)


# A day written before a headline with nothing between (2012年1月5日某市政府工作报告); what follows
# the day opens a name, not a phrase of time (2024年3月1日起施行的…).
_GLUED_DAY_HEAD = re.compile(rf"(?P<date>\d{{4}}年\d{{1,2}}月\d{{1,2}}日)(?P<rest>[{HAN}](?<![起至到前后以在的及和与]).*)")


def _page_date(title: str) -> tuple[str, str] | None:
    """(the title, the date) if a page set its date before or after `title` (see `split_title_date`)."""
    for pattern in (_TITLE_DATE_HEAD, _TITLE_DATE_TAIL):
        match = pattern.fullmatch(title)
        if match is None or bool(match.group("open")) != bool(match.group("close")):
            continue
        rest = match.group("rest").strip(" \u3000")
        if re.fullmatch(PACKED_DATE, match.group("date")) and not match.group("close"):
            continue  # eight digits glued to a title may be its own number
        iso = not match.group("date").endswith("日")
        if (
            not (match.group("gap") or match.group("close") or iso)
            or not title_like(rest)
            or not re.search(f"[{HAN}]", rest)
        ):
            continue
        return rest, match.group("date")
    return None


# Question marks opening a title, right before a Chinese character (?遵义市…预案): the glyph of an
# icon the copy could not encode, as pages lose their bullets and buttons (???1.总则).
_LOST_ICON_HEAD = re.compile(f"[?？]{{1,3}}[ \u3000]*(?=[{HAN}])")
# An ordinal alone before the title, set apart by spaces (第一  某某的要求): a column's running number.
_RUNNING_NUMBER_HEAD = re.compile(r"(?P<tag>第[一二三四五六七八九十]{1,3})[ \u3000\xa0]{1,4}(?P<rest>\S.*)")
# … unless it counts what the title names (第一 批…, 第三 届…: a copy that spaced the ordinal's unit).
_NUMBERED_UNITS = tuple("批届次期轮章节条部篇卷号季")
# A collection's series and the item's number in it before the title (百强县市【64】2022年某县政府工作
# 报告): a figure of one to three digits alone in brackets names no document (a year has four).
_SERIES_ITEM_HEAD = re.compile(rf"(?P<tag>[{HAN}]{{2,8}}[【\[［(（]\d{{1,3}}[】\]］)）])[ \u3000]*(?P<rest>\S.*)")


# What a browser's title sets between the page's name and the site's parts (某某规划-政务公开-某某网).
PART_JOINTS = r"-|_|\||｜"
_PART_JOINT = re.compile(rf"[ \u3000]*(?:{PART_JOINTS})[ \u3000]*")
_MIN_SITE_PARTS = 2
_MAX_SITE_PART = 14  # a site's name or a menu word before the title is no longer
_SITE_ENDS = ("网", "平台", "首页", "门户", "频道")


def _site_parts_before(title: str) -> tuple[str, str] | None:
    """(the title, what stood before it) when a page's headline joins the site's name and menu words
    before the document's title by dashes or bars (某某平台-首页-某县关于…的通知): the last part is
    a whole title, the others short words ending as none, one of them the site's (首页, …平台, …网).
    None otherwise: places joined by dashes (某县-某镇-某村道路工程的公告) name the title's subject."""
    parts = _PART_JOINT.split(title)
    if len(parts) <= _MIN_SITE_PARTS:
        return None
    *site, own = parts
    if len(own) < MIN_CANDIDATE_CHARS or not ends_as_title(own) or not title_like(own):
        return None
    if any(not part or len(part) > _MAX_SITE_PART or ends_as_title(part) for part in site):
        return None
    if not any(is_chrome_line(part) or fold(part).endswith(_SITE_ENDS) for part in site):
        return None
    return own, title[: len(title) - len(own)].rstrip(" \u3000-_|｜")


# A site's trail before the headline in the page's own title, set with arrows (南开大学->某某会议召开,
# 首页 > 新闻 > …; ho129/23): no headline holds an arrow between a short name and its text.
_CRUMBS_HEAD = re.compile(r"^(?P<tag>(?:[^\s>»→＞]{1,14}[ \u3000]*(?:->|→|»|＞|>)[ \u3000]*){1,3})(?P<rest>[^>»→＞]+)$")


def _crumbs_before(title: str) -> re.Match[str] | None:
    """The match of a trail of short crumbs set with arrows before a whole headline, None if none."""
    match = _CRUMBS_HEAD.fullmatch(title.strip())
    if match is None or len(match.group("rest")) < MIN_CANDIDATE_CHARS or not title_like(match.group("rest")):
        return None
    if match.group("rest")[0].isdigit():
        return None  # 空气质量指数>200时启动…: a comparison of a figure
    crumbs = re.split(r"[ \u3000]*(?:->|→|»|＞|>)[ \u3000]*", match.group("tag"))
    # (a figure before the arrow makes it a comparison too: PM2.5>…)
    return None if any(ends_as_title(crumb) or re.search(r"\d", crumb) for crumb in crumbs if crumb) else match


def _has_han(text: str) -> bool:
    return re.search(f"[{HAN}]", text) is not None


# Tags a site sets after a title, what each is, and what the title before one must be for it to go:
# a members' badge (…报告VIP专享), a tender's state ([文件获取中]), a collection's count ((共12篇)),
# an address's undecoded bytes (…的通知(%9B).
_TAIL_TAGS: tuple[tuple[re.Pattern[str], Callable[[str], bool], str], ...] = (
    (_MEMBERS_BADGE, _has_han, "是文库网站的会员标记"),
    (_STATE_BADGE, lambda before: title_like(before) and _has_han(before), "是交易平台标的公告状态"),
    (_COLLECTION_COUNT, lambda before: title_like(before) and ends_as_title(before), "是范文网站合集的篇数"),
    (_ESCAPE_TAIL, _has_han, "是网址里没有解码的字节"),
)


def split_title_tag(title: str, page: Page) -> str:
    """The title without a label a site set before it ([某省] 2024年某市政府工作报告, 【转载】…,
    （某市）某市某区政府工作报告, 某省：关于印发…的通知, 会议题目 • …, 全文|…, 重磅丨…, 天津天津市…)
    or a file's extension or a members' badge after it (…工作方案 (合计4份).docx, …报告VIP专享): a
    region, a column, a news tag, a field's label or a collection's file name, not the document's
    name.

    The label is no field of the document either: it is not put in the metadata, and a finding
    keeps it (with the whole line as the page had it).
    """
    if (dashed := _site_parts_before(title)) is not None:
        # 首页『某某注册登陆』-某某娱乐平台-首页-某县人民政府办公室关于印发…的通知: the site's name and
        # menu words before the document's title, joined by dashes (a spam site's copy, often)
        page.findings.append(Finding("title-tag", f"标题前用连字符连着的“{dashed[1]}”是网站的名称和栏目，不作为标题朗读", title))
        title = dashed[0]
    if (crumbs := _crumbs_before(title)) is not None:
        page.findings.append(Finding("title-tag", f"标题前用箭头连着的“{crumbs.group('tag').strip()}”是网站的导航路径，不作为标题朗读", title))
        title = crumbs.group("rest")
    lost = _LOST_ICON_HEAD.match(title)
    if lost is not None and title_like(title[lost.end() :]):
        message = "标题前的问号多半是网页图标在复制时丢失的字形，不作为标题朗读；若是标题丢失的字，请在文字稿中补上"
        page.findings.append(Finding("title-tag", message, title))
        title = title[lost.end() :]
    clock = _CLOCK_HEAD.fullmatch(title)
    if clock is not None and title_like(clock.group("rest")):
        page.findings.append(Finding("title-tag", f"标题前的“{clock.group('tag')}”是网站的时钟，不作为标题朗读", title))
        title = clock.group("rest")
    running = _RUNNING_NUMBER_HEAD.fullmatch(title)
    if running is not None and title_like(running.group("rest")) and not running.group("rest").startswith(_NUMBERED_UNITS):
        # 第一  习总书记对…的要求: a column's running number set apart before the piece's title
        page.findings.append(Finding("title-tag", f"标题前的“{running.group('tag')}”是栏目给文章的序号，不作为标题朗读", title))
        title = running.group("rest")
    series = _SERIES_ITEM_HEAD.fullmatch(title)
    if series is not None and title_like(series.group("rest")) and ends_as_title(series.group("rest")):
        page.findings.append(Finding("title-tag", f"标题前的“{series.group('tag')}”是网站合集的名称和篇号，不作为标题朗读", title))
        title = series.group("rest")
    doubled = _DOUBLED_REGION.fullmatch(title)
    if doubled is not None:
        page.findings.append(Finding("title-tag", f"标题前的“{doubled.group('tag')}”是网站的地区标签（标题本身以它开头），不作为标题朗读", title))
        title = doubled.group("rest")
    whole = _FULL_TEXT_TAIL.fullmatch(title)
    if whole is not None and title_like(whole.group("rest")):
        page.findings.append(Finding("title-tag", f"标题后的“{whole.group('tag').strip()}”是网站说明刊登的是全文，不作为标题朗读", title))
        title = whole.group("rest")
    for pattern, whole_before, what in _TAIL_TAGS:
        set_after = pattern.search(title)
        if set_after is not None and whole_before(title[: set_after.start()]):
            page.findings.append(Finding("title-tag", f"标题后的“{set_after.group(0).strip()}”{what}，不作为标题朗读", title))
            title = title[: set_after.start()].rstrip()
    file_name = FILE_NAME_TAIL.search(title)
    if file_name is not None and title_like(title[: file_name.start()]) and re.search(f"[{HAN}]", title[: file_name.start()]):
        message = f"标题后的“{file_name.group(0).strip()}”是文库网站的文件扩展名（及所合计的文件数），不作为标题朗读"
        page.findings.append(Finding("title-tag", message, title))
        title = title[: file_name.start()].rstrip()
        if (upload := _UPLOAD_ID.match(title)) is not None:
            # 302088某某学校2022年部门预算信息公开.pdf: the sharing site's number of the upload, glued before the name
            page.findings.append(Finding("title-tag", f"文件名前的“{upload.group(0)}”是文库网站的上传编号，不作为标题朗读", title))
            title = title[upload.end() :]
    title = _without_media_tag(title, page)
    address = _TITLE_URL_TAIL.fullmatch(title)
    if address is not None and re.search(f"[{HAN}]", address.group("rest")):
        rest = _without_site_name(address.group("rest"))
        tail = title[len(rest) :].strip()
        page.findings.append(Finding("title-tag", f"标题后的“{tail}”是网站的名称和网址，不作为标题朗读", title))
        title = rest
    before = _site_before_title(title, page.lines[:HEAD_LINES])
    if before is not None:
        page.findings.append(Finding("title-tag", f"标题前的“{before.group('tag')}”是网站的名称，不作为标题朗读", title))
        title = before.group("rest")
    site = site_after_title(title, page.lines[:HEAD_LINES])
    if site is not None:
        page.findings.append(Finding("title-tag", f"标题后的“{site.group('tag')}”是网站的名称，不作为标题朗读", title))
        title = _without_media_tag(site.group("rest"), page)  # …开幕[图]_某某资讯: the mark before the site's name
    glued = _COLUMN_BEFORE_YEAR.fullmatch(title)
    if glued is not None and title_like(glued.group("rest")):
        # 专题2021年某省…统计公报 (left by 【…】专题…): a column's word glued before the title's year
        page.findings.append(Finding("title-tag", f"标题前的“{glued.group('tag')}”是网站的栏目词，不作为标题朗读", title))
        title = glued.group("rest")
    match = _title_label(title, page.lines[:HEAD_LINES])
    if match is None:
        return title
    tag, rest = match.group("tag"), match.group("rest")
    if _FORM_TAG.match(title.strip()) and not _explains_itself(rest):
        return title  # 【文字解读】某某关于印发…的通知: the page interprets the notice it names; the tag says so
    if re.search(r"https?://|www\.", tag):
        message = f"标题前的“{tag}”含网址，是网站或广告插入的文字，不作为标题朗读"
    elif rest.startswith(tag):
        message = f"标题前的“{tag}”与标题开头重复，不再朗读"
    else:
        message = f"标题前的“{tag.strip('“”')}”是网站的栏目或地区标签，不作为标题朗读"
    page.findings.append(Finding("title-tag", message, title))
    # A site may set two labels (【某专题】“某某措施”政策解读之八：…): each is taken off in turn.
    return split_title_tag(rest, page) if len(rest) < len(title) else rest


def _without_media_tag(title: str, page: Page) -> str:
    """`title` without a news site's note that photos go with the story (某县召开…座谈会（图）)."""
    media = MEDIA_TAG_TAIL.search(title)
    if media is None or not title_like(title[: media.start()]):
        return title
    page.findings.append(Finding("title-tag", f"标题后的“{media.group(0)}”是网站的图片或视频标记，不作为标题朗读", title))
    return title[: media.start()].rstrip()


def _main_headline(tag: str) -> bool:
    """The words in 【】 before a headline tell what someone did (李楚主持召开市政府常务会议; data:
    news-verb), the story's main line over its subtitle: the headline's, not a topic label's."""
    return len(tag) >= MIN_CANDIDATE_CHARS and says_what_happened(tag)


_ISSUER_PLACE = re.compile(f"[{HAN}]{{1,8}}?(?:{'|'.join(PLACE_ENDS)})")


def _issuer_tag(tag: str) -> bool:
    """The words in 【】 before a title name the organ of a place that issues it (【某县防汛防地灾专班】
    风险预警响应通知单): the issuer the title leaves out, no topic label (【聚焦两会】)."""
    tag = tag.strip("【】[]［］ \u3000")
    return is_organ_name(tag) and _ISSUER_PLACE.match(fold(tag)) is not None


# A site's column set with a dash before the headline (应急预案—某市…总体应急预案).
_TITLE_DASH_HEAD = re.compile(rf"(?P<tag>[{HAN}]{{2,8}})[ \u3000]*[—－–][ \u3000]*(?P<rest>\S.*)")
# A content farm's tag before the headline it copied, a colon after it (环球热消息：, 天天快讯：, 今日看点：):
# a word of reach or time and a word for news, never a document's words.
_FEED_TAG = re.compile(r"(?:环球|全球|天天|每日|今日|当前|实时|热点|焦点)[\u4e00-\u9fff]{0,2}?(?:消息|资讯|新闻|动态|热讯|热闻|快讯|看点|播报|速递|快看)")


# A tag naming an interpretation's form, in its brackets (【文字解读】, [图文解读], 【音频解读】).
_FORM_TAG = re.compile(rf"[【\[［](?:{INTERPRETATION_FORM})?解读[】\]］]")


# The kinds of a text that explains another (《某某纲要（草案）》的说明, 某某政策问答): named so, a
# title says it is the interpretation, and a tag in brackets before it only repeats that.
_EXPLAINING_KINDS = ("说明", "问答", "答记者问", "解答", "释义")


def _explains_itself(title: str) -> bool:
    """`title` names an interpretation of its own (…的解读, …的说明, …问答): a form tag before it
    (【文字解读】) is the site's column, not needed to say what the page is."""
    folded = fold(title).rstrip("》”）) \u3000")
    return "解读" in folded or folded.endswith(_EXPLAINING_KINDS)


def _without_site_name(text: str) -> str:
    """`text` without the site's name glued after the title (…的紧急通知某某门户网站): the longest
    start that ends as a title does, when what follows it is a short name ending as a site's does;
    else `text` as it is (a headline ending on no title word keeps what stands before the address)."""
    sites = title_words()["site"]
    for cut in range(len(text) - 2, 0, -1):
        name = fold(text[cut:]).strip()
        if len(name) > _SITE_NAME_CHARS:
            break
        if name.endswith(sites) and re.fullmatch(f"[{HAN}]+", name) and ends_as_title(text[:cut]):
            return text[:cut].rstrip()
    return text


def _site_before_title(title: str, head: list[str]) -> re.Match[str] | None:
    """The match of a site's name set before the headline with a dash, as a page's own title
    names it (某县人民政府-某州…规划纲要), None if none: the part before the dash is a short name in
    Chinese that names a site or an organ (某某网, 某县人民政府), the part after it is a headline, and
    the head prints that headline again on a line of its own (the document's own title line). A
    title naming two parties (某市人民政府—某大学战略合作协议) is printed whole and keeps them."""
    match = _TITLE_SITE_HEAD.fullmatch(title)
    if match is None:
        return None
    tag, rest = fold(match.group("tag")), match.group("rest")
    return (
        match
        if re.fullmatch(f"[{HAN}]+", tag) is not None
        and (tag.endswith(title_words()["site"]) or is_organ_name(tag))
        and is_headline(rest)
        and any(squash(line) == squash(rest) for line in head)
        else None
    )


def site_after_title(title: str, head: list[str]) -> re.Match[str] | None:
    """The match of a site's name set after the headline with a dash or a bar, as a page's own
    title names it (某某述职报告范文五篇-某某平台, 某县…的通知_某县人民政府网), None if none: the part
    after the mark is a short name in Chinese, no figure, no title of its own, and it names a site
    (某某网, 某某门户) or the page's head names it again (某某平台的版权声明), or the head prints the
    headline again without it (某市…赋能乡村振兴|今日快讯 over the story, whose own title line is
    某市…赋能乡村振兴: what the bar set after it is the site's column)."""
    match = _TITLE_SITE_TAIL.fullmatch(title)
    if match is None:
        return None
    tag, rest = fold(match.group("tag")), match.group("rest")
    return (
        match
        if (len(squash(rest)) >= MIN_CANDIDATE_CHARS or is_headline(rest))  # 政府工作报告-某某日报
        and re.fullmatch(f"[{HAN}]+", tag) is not None
        and not ends_as_title(tag)
        and (
            tag.endswith(title_words()["site"])
            # a line of the head naming it (no sentence of the text: 今天是系列发布的首场——经济发展
            # 专场。 names the headline's own subtitle)
            or any((tag in fold(line) and "。" not in line) or same_title(line, rest) for line in head)
        )
        else None
    )


# A gambling site's name (某某娱乐, 某某娱乐城, 某某博彩); a column of culture and leisure (文化娱乐) is none.
_CASINO_TAG = re.compile(f"[{HAN}]{{1,6}}?(?<!文化)(?<!文体)(?<!休闲)(?:娱乐城?|博彩|彩票网|棋牌)(?:平台|官网)?")


def _title_label(title: str, head: list[str]) -> re.Match[str] | None:
    """The match of a label a site set before the headline (see `split_title_tag`), None if none.
    `head` is the text's first lines: a column named as a kind of document (政策解读：《某某报告》)
    may be the document's own kind, a reading of the one it names; it is the site's label only
    when the text under it is the named document itself (it prints its title line or issues it by
    name: 现将《某某方案》印发给你们)."""
    match = TITLE_TAG_HEAD.fullmatch(title)
    # [转载], 【通知公告】, （原创） before a headline: the site's tag. A word in round brackets may be
    # the title's own (（训练处）髋关节测试系统采购…公告: the buyer's office), so only a site's
    # column or news tag counts there (a place's name: see below).
    site_tag = match is not None and (
        title.startswith(_SQUARE_OPENERS) or fold(match.group("tag")) in (*title_words()["column"], *title_words()["news-tag"])
    )
    if match and site_tag and is_headline(TITLE_TAG_TAIL.sub("", match.group("rest"))):
        return match
    # （某市）某区2021年经济运行情况: a place in round brackets before a headline is the site's region label.
    rest = match.group("rest") if match else ""
    if match and is_place_name(fold(match.group("tag"))) and title_like(rest) and len(squash(rest)) >= MIN_CANDIDATE_CHARS:
        return match
    # [某省两会] over a news headline, no title word in it: square brackets set only the site's tag
    if match and title.startswith(_SQUARE_OPENERS) and title_like(rest) and len(squash(rest)) >= MIN_CANDIDATE_CHARS:
        return match
    match = _TITLE_REGION_HEAD.fullmatch(title)
    if match and is_place_name(match.group("tag")) and is_headline(match.group("rest")):
        return match
    match = _TITLE_LABEL_HEAD.fullmatch(title)
    if match and title_like(match.group("rest")):
        return match
    match = _TITLE_TOPIC_HEAD.fullmatch(title)
    if (
        match
        and title_like(match.group("rest"))
        and len(squash(match.group("rest"))) >= MIN_CANDIDATE_CHARS
        and not _main_headline(match.group("tag"))
        and not _issuer_tag(match.group("tag"))
    ):
        return match
    match = _TITLE_SERIES_HEAD.fullmatch(title)
    if match and is_headline(match.group("rest")) and len(squash(match.group("rest"))) >= MIN_CANDIDATE_CHARS:
        return match
    match = _TITLE_BAR_HEAD.fullmatch(title)
    if (
        match
        and title_like(match.group("rest").rstrip("！!"))  # (a news account's headline may shout)
        and len(squash(match.group("rest"))) >= MIN_CANDIDATE_CHARS
        and (
            fold(match.group("tag")) in title_words()["news-tag"]
            or (not match.group("space") and _column_over_formal_title(match))
            or (not match.group("space") and len(match.group("tag")) >= 3 and fold(match.group("tag")).endswith(title_words()["column-end"]))
        )
    ):
        return match
    match = _TITLE_DASH_HEAD.fullmatch(title)
    if match and is_headline(match.group("rest")) and fold(match.group("rest")).endswith(fold(match.group("tag"))):
        return match  # 应急预案—某市突发公共事件总体应急预案: the column, named after the kind the title ends with
    match = _TITLE_SPEAKER_HEAD.fullmatch(title)
    if match and title_like(match.group("rest")) and _speech_printed_under(match.group("tag"), match.group("rest"), head):
        return match
    match = _TITLE_COLUMN_HEAD.fullmatch(title)
    if match and title_like(match.group("rest")):
        tag, words = fold(match.group("tag")), title_words()
        if tag in words["column"] or (tag in words["reading-column"] and _prints_document(match.group("rest"), head)):
            return match
        if _CASINO_TAG.fullmatch(tag) and is_headline(match.group("rest")):
            return match  # 新锦江娱乐：某省…规划: a gambling site's name a hacked page set before the headline
        if _FEED_TAG.fullmatch(tag):
            return match  # 环球热消息：提醒！明天起某市这里将交通管制3天: a content farm's tag
    # A quoted name before a headline complete in itself (关于…的通知, 某某印发…的通知), or a web address.
    # The headline after an address opens with its issuer or 关于, and nothing before the address
    # says what the title is about (关于http://某网站群建设的通知 names the site it is about).
    for pattern in (_TITLE_QUOTED_HEAD, _TITLE_URL_HEAD):
        match = pattern.fullmatch(title)
        rest = match.group("rest") if match else ""
        if (
            match
            and is_headline(rest)
            and ends_as_title(rest)
            and len(squash(rest)) >= MIN_CANDIDATE_CHARS
            and (
                pattern is _TITLE_QUOTED_HEAD
                or ("关于" not in fold(match.group("tag")) and (opens_with_issuer(fold(rest)) or fold(rest).startswith("关于")))
            )
        ):
            return match
    return None


def _speech_printed_under(name: str, rest: str, head: list[str]) -> bool:
    """The text under the headline 某某某：<rest> is the speech itself, printed with its own title
    (`rest`, on one line or the first of two) and its speaker's line holding only `name` (maybe with
    the office before it): the name before the colon is the news site's credit, not the title."""
    name = fold(name)
    speaker = any(fold(line).strip().endswith(name) and len(squash(line)) <= len(name) + 12 for line in head)
    return speaker and _prints_document(rest, head)


def _column_over_formal_title(match: re.Match[str]) -> bool:
    """The bar sets a column's name before a document's full formal title (政务服务丨某市人民政府关于
    …的实施意见): what follows the bar opens with its issuer or 关于, says what it does and ends as a
    title, so it is whole; what stands before names no document, no organ and no place (某县人民政府丨
    关于… keeps its issuer)."""
    tag, rest = fold(match.group("tag")), fold(match.group("rest"))
    return (
        says_what_it_does(rest)
        and ends_as_title(rest)
        and (opens_with_issuer(rest) or rest.startswith("关于"))
        and not ends_as_title(tag)
        and not is_organ_name(tag)
        and not is_place_name(tag)
        and not tag.endswith(PLACE_ENDS + title_words()["organ"])
    )


def _prints_document(name: str, head: list[str]) -> bool:
    """The lines `head` are the document `name` itself: one of them starts its title line (broken
    over lines it may be: 某市…行动方案 / （2024—2026年）) or cites it in book-title marks."""
    wanted, cited = squash(name), f"《{fold(name).strip('《》')}》"
    return any(
        cited in fold(line) or (len(squash(line)) >= MIN_CANDIDATE_CHARS and wanted.startswith(squash(line)))
        for line in head
    )


def close_title_spaces(title: str) -> str:
    """A space inside a phrase of a title is where the page broke the line (关于某区2023年预算执行
    情况 和2024年预算草案的报告): closed up. Inside a phrase means next to a word that joins two
    parts (和, 及, 与, 的, 关于 …; 部门预算及 “三公”经费), after a verb that issues a document (关于印发
    2023年…的通知: what it issues follows), after a name in marks inside the title (关于《某某政策》
    第二次征求意见的公告), before a bracketed note inside the marks (《某某条例 （草案）》),
    between a figure and its unit (2020 年), between the four figures of a year (二 〇 三五年), or
    inside a name in marks (印发《关于进一步 强化…的意见》的通知) unless after an issuer's name.
    Other spaces stay: they set joint issuers apart (某市人民政府
    某市中级人民法院印发…), the issuer from the title (中共某乡委员会 关于…的通知), a year from
    the rest (2025年 某县政府工作报告) or words set apart (全区 农业 农村 工作 要点)."""

    def close(match: re.Match[str]) -> str:
        before, after = fold(title[: match.start() + 1]), fold(title[match.end() :])
        # A name in marks that opens the title and is set apart (“某某” 专项行动) is a label: kept apart.
        closes_inner_name = before[-1:] in "”》" and not fold(title).startswith(("“", "《"))
        # 《某市某某条例 （草案送审稿）》: a note inside the marks belongs to the name it follows.
        opens_note = after.startswith(("（", "("))
        if opens_note:
            return match.group(1) if before.count("《") > before.count("》") else match.group(0)
        # 印发《关于进一步 强化…的意见》的通知: inside a name in marks the space is the page's line
        # break, unless it sets joint issuers apart (转发《某部 某局关于…的通知》)
        # (or two labels in a bracketed note: 《某某条例（草案修改二稿 征求意见稿）》)
        in_marks = (
            before.count("《") > before.count("》")
            and before.count("（") <= before.count("）")
            and not before.endswith(title_words()["organ"] + PLACE_ENDS)
        )
        # 关于印发某省国民经济和社会发展 第十四个五年规划… 目标纲要的通知: after 关于 the title is one
        # phrase up to its kind's word, so a space in it outside any marks is a line break (inside
        # them, see `in_marks`), unless it sets apart the names it issues (关于印发某某办法 某某细则的通知).
        about = before.rfind("关于")
        after_about = (
            about >= 0
            and before.count("《") == before.count("》")
            and before[:about].count("《") == before[:about].count("》")
            and not ends_as_title(before)
        )
        inside = (
            after.startswith(JOINING_WORDS)
            or before.endswith(JOINING_WORDS + ("关于",) + title_words()["issue"])
            or closes_inner_name
            or in_marks
            or after_about
        )
        return match.group(1) if inside else match.group(0)

    title = _SPACED_YEAR.sub(lambda year: re.sub(r"[ \u3000]+", "", year.group(0)), title)
    title = _TITLE_INNER_SPACE.sub(close, _FIGURE_UNIT_SPACE.sub("", title))
    return _close_kind_apart(_close_spaced_kind(title))


def _close_spaced_kind(title: str) -> str:
    """…的 通 知, 某某工作报 告: the kind at the end of a title set letter-spaced, as a letterhead
    prints it, is one word: closed up. Only when the spaced characters at the end make a title's
    final word (通知, 报告, 决定 …), a space stands before the last of them and the title goes on
    before them; a space that sets words apart (全区 农业 工作 要点) is no kind's letters and stays."""
    folded = fold(title)
    for word in sorted(title_words()["final"], key=len, reverse=True):
        if len(word) < 2:
            continue
        spaced = re.search("[ \u3000]*".join(map(re.escape, word)) + "$", folded)
        # the letters of the kind set apart: a space stands before its last one (通 知, 工作报 告)
        if spaced is not None and spaced.start() > 0 and re.search(r"[ \u3000]\S$", spaced.group(0)):
            return title[: spaced.start()] + re.sub(r"[ \u3000]+", "", title[spaced.start() :])
    return title


def _close_kind_apart(title: str) -> str:
    """某局2018年度整体支出 绩效评价报告: one space sets the title's kind (…报告) apart from what it is
    about, a phrase that names no one and no time by itself: the page broke the line there, so it is
    closed. Kept when what stands before is an issuer, a place or a year (某局 2024年…报告, 2025年
    某县政府工作报告), a title of its own, when the title opens with 关于 after it, or when the space
    stands inside brackets or marks (（草案修改稿 征求意见稿）: as the page wrote the name)."""
    parts = re.split(r"[ \u3000]+", title.strip())
    if len(parts) != 2 or not all(re.search(f"[{HAN}]$|^[{HAN}]", part) for part in parts):
        return title
    before, after = fold(parts[0]), fold(parts[1])
    names_someone = before.endswith(title_words()["organ"] + PLACE_ENDS) or re.search(r"\d{4}年?度?$", before)
    if (
        names_someone
        or any(before.count(opening) != before.count(closing) for opening, closing in ("（）", "《》", "“”"))
        or ends_as_title(before)
        or len(before) < MIN_CANDIDATE_CHARS
        or not ends_as_title(after)
        or after.startswith("关于")
        or opens_with_issuer(after)
    ):
        return title
    return parts[0] + parts[1]


def bare_title(title: str) -> str:
    """`title` without what a page set around it: its date ((2025年1月8日), 2024-01-29), a note
    about the page after it (（最新版本全文）), the document's number set apart or glued after it
    (…的通告 桂政通〔2017〕6号, …决定书湘某交处罚〔2023〕8号) and a bracketed label before it ([某省],
    （某市）)."""
    split = _page_date(title)
    title = _PAGE_NOTE_TAG.sub("", TITLE_TAG_TAIL.sub("", split[0] if split else title))
    title = NUMBER_TAIL.sub("", title)
    if (cut := number_after_title(title)) > 0:
        title = title[:cut]
    tag = TITLE_TAG_HEAD.fullmatch(title)
    return tag.group("rest") if tag else title
