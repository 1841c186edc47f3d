"""What a scraped page sets under its title, before the text: the site's, not the document's.

Under the headline a page prints field rows and dates, a view counter, a byline (an account's
name, a stamp, a place), a reporters' credit (本报记者 某某), a forum post's header (某某 发表于 …),
a summary or teaser that the text then repeats (内容摘要：…), a tag line (标签：…), a link to the
document's interpretation, the site's front matter between the headline and the document's own
title line (a toolbar, a download note), a caption between a speaker's line and the salutation.
`consume_under_title` takes them off (fields to the metadata, the rest named in findings) and
stops where the text begins; the document's own header lines (its organ, its number, its title
again over several lines, a speech's note) are told apart and kept as the document's.
`drop_site_links` runs once the title is final.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from ..han import HAN
from ..model import Finding
from ..tsv import words_pattern
from .clean import collapse_spaced_title
from .gloss import blank_glosses
from .page_chrome import BULLET, COUNT, SUSPECT_CHROME_CHARS, chrome_words, fold, is_caption
from .page_fields import (
    ACCOUNT_NAME,
    BARE_URL_LINE,
    BYLINE_LABELS,
    DATE_LINE,
    LABELLED_URL,
    PAPER_CREDIT,
    SENTENCE_END,
    STAMP_DATE,
    STAMP_TIME,
    Page,
    account_byline,
    date_line_value,
    doc_number,
    empty_field_row,
    fields_before_text,
    fits_label,
    holds_date,
    is_bare_unlisted_label,
    is_doc_number,
    is_label_alone,
    is_label_only,
    is_listed_label,
    label_key,
    label_value,
    led_field_row,
    left_empty,
    merge_metadata,
    names_a_field,
    parse_metadata_line,
    post_header,
    report_unread_row,
    site_field_row,
    site_stamp_row,
    stamp_row,
    take_led_field_row,
    take_link_field,
    title_like,
    unlisted_label,
)
from .page_headline import HEAD_ROW_CHARS, REPORTER_LINE, credit_of, interpretation_link, is_menu_bar
from .page_menus import is_trail_line
from .page_title_clean import HEAD_LINES, NUMBER_TAIL, ORIGINAL_TITLE, bare_title, site_after_title
from .page_title_words import (
    MAX_ORGAN_CHARS,
    PREAMBLE_OPENING,
    contents_heading_of,
    ends_as_title,
    is_headline,
    is_organ_list,
    is_organ_name,
    is_place_name,
    letterhead,
    names_issuer,
    next_past_title,
    own_note_line,
    own_short_title,
    said_more_fully,
    same_title,
    says_printed_below,
    shared_run,
    shorter_repeat,
    squash,
    title_lost_at_seam,
    title_repeat_lines,
)
from .title_words import title_words

# An article's byline under its title: a column or account name, a time stamp, a place
# (政务   2024-12-28 12:34   上海, as WeChat articles print it).
# A byline: up to two words, a date (its year may be left out: ©原创 01-19 21:07) and a time, up to two words.
# (A content system's empty date prints as -0001-11-30 00:00: the stamp is there, its date none.)
# (To the second, the time may have the first word glued on: 2017-03-29 00:00:00某某 策划师; ho98/14.)
_BYLINE = re.compile(
    r"^(?:\S{1,12}\s+){0,2}(?:(?:\d{4}|-0001)[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:(?<=\d:\d\d:\d\d)(?!起|止|至|前|后|开始|截止|左右|许)[^\s\d:：]\S{0,11})?(?:\s+\S{1,12}){0,2}$"
)
# A portal's byline without labels: the time with its clock, then the source's name, maybe its type-size
# buttons before (A-A+2016年2月6日15:21某某日报评论, 2016年02月06日 15:21 某某日报).
_STAMPED_SOURCE = re.compile(
    rf"(?:[Aa][ \u3000]*[-+－＋][ \u3000]*[Aa][ \u3000]*[-+－＋][ \u3000]*)?"
    rf"(?P<stamp>{STAMP_DATE}[ \u3000]*{STAMP_TIME})[ \u3000]*(?P<source>[{HAN}]{{2,12}})"
)
_BYLINE_STAMP = re.compile(r"(?:(?:\d{4}|-0001)[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?")
_EMPTY_CELLS = re.compile(r"[ \u3000]*[|｜](?:[ \u3000]*[|｜]){3,}[ \u3000]*$")  # a layout table's empty cells
# The speaker line of a speech: an office, a space, a name (市长 某某某, 自治区主席 某某某).
_SPEAKER_LINE = re.compile(f"[{HAN}]{{2,20}}[ \u3000]+(?P<name>[{HAN}]{{2,4}})")
_MAX_CAPTION_SENTENCE = 40  # a photo's caption naming the speaker is one short sentence
_MAX_SALUTATION = 20  # 各位代表：, 同志们：
# A normative document's registration number printed over it: HHCR-2023-01005.
_REGISTRATION = re.compile(r"^[A-Z]{2,8}[-－—]\d{4}[-－—]\d{3,6}$")
_MIN_REPEATED_FIELDS = 2  # a line repeating the page's fields holds a date and a value at least
# The number of a notice in its year, in brackets alone under the headline (通告 / （2022年第1号）): the
# document's number, as a 发文字号 is.
_NOTICE_NUMBER = re.compile(r"[（(][ \u3000]*(?:19|20)\d{2}[ \u3000]*年[ \u3000]*第[ \u3000]*\d{1,4}[ \u3000]*号[ \u3000]*[）)]")
# A link to the interpretation of the document under its title: a label ending in 解读 in the
# brackets a site sets round its tags, the document's name in 《》, maybe 政策解读 after it
# (【权威解读】《某某规划》政策解读). Without the brackets (图文解读：《某某方案》) the line may be an
# interpretation page's headline and stays.
# A page's summary field over the text (内容摘要：…): dropped when the text repeats it.
# A summary's label, with its colon, in brackets or set apart by a space ([摘要] …, 核心提示：, 导语 …):
# the page's, over its summary (the repeat below tells it from a line of the text).
_SUMMARY_WORDS = "内容摘要|内容提要|摘要|内容概述|内容简介|内容概要|概要|核心提示|导语|导读"
# (the label in brackets alone, the lead run on after it, is dropped wherever it stands under the
# headline: the lead says no more than the text does)
_SUMMARY_LABEL = re.compile(rf"[\[【［][ \u3000]*(?:{_SUMMARY_WORDS})[ \u3000]*[\]】］][ \u3000]*")
_SUMMARY = re.compile(rf"^(?:{_SUMMARY_LABEL.pattern}[:：]?|(?:{_SUMMARY_WORDS})(?:[ \u3000]*[:：]|[ \u3000]+))[ \u3000]*")
_MIN_SUMMARY = 20  # a shorter summary is not told from a line of the text by its repeat
_SUMMARY_ANCHOR = 8  # characters of a summary's opening found again where its repeat starts
_REPEAT_SHARE = 0.9  # of a summary's characters, in order, make its repeat
# Lines between a headline and its repeat are the site's only if short: a download note is
# ~150 characters, a paragraph of the document longer.
_FRONT_MATTER_CHARS = 200
_MAX_LEAD_SENTENCES = 2  # an editor's lead is one paragraph; more are the text, its headline repeated below it
_NAV_LINES = 100  # a saved page's menus over the headline span at most this many lines …
_NAV_ITEM_CHARS = 40  # … each this short at most (搜索热词：… with its words is the longest)
_SENTENCE_MARK = re.compile("[。；！？]")
# A site's slogan after a headline in its description (某某网是包含海量资讯的新闻服务平台).
_SITE_SLOGAN = re.compile(f"[{HAN}]{{2,12}}(?:网|在线|客户端)是[^。，]{{0,30}}(?:平台|网站|门户)[。]?")


def _headline_whole(line: str, title: str) -> str:
    """The whole headline when `line` goes on from `title`, a headline the page cut short
    (传达学习全面深 ‖ 化改革…), as the site's description gives it: up to its first comma, the
    site's slogan after it; "" otherwise. A title that ends as a title is cut short of nothing."""
    line = line.strip()
    if len(line) <= len(title) or not line.startswith(title) or ends_as_title(title):
        return ""
    comma = re.search("[，,]", line)
    whole, rest = (line[: comma.start()], line[comma.end() :]) if comma else (line, "")
    if not _SITE_SLOGAN.fullmatch(rest.strip()):
        return ""  # (a line going on from the headline without the site's slogan may be its second line: …工作 / …时强调)
    return whole.strip() if title_like(whole) and len(whole) > len(title) else ""


# A newsroom's team credited under a headline, no names (县融媒体中心记者组, 本报报道组).
_TEAM_CREDIT = re.compile(f"[{HAN}]{{0,16}}(?:记者组|报道组|采访组|记者团|采访团)")
_HEADING_START = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百]+[章节条節條])")
_SPEECH_NOTE = re.compile(r"^[—－-]{1,2}|^[（(].*(?:会议|讲话|报告)")  # ——在…会议上 / （2024年1月…会议通过）
# An order's head (某某市人民政府令 over 第277号): an order promulgating the document under it, its
# note (《…》已经…审议通过，现予公布) and the mayor's name are the document's, not the site's.
_ORDER_HEAD = re.compile(f"^[{HAN}]{{2,24}}令$")
# The notice that issues the document, printed over it: its title (…关于印发…的通知), its addressees
# (各省、自治区、直辖市人民政府，…：) or its sentence handing the document on (现将《…》印发给你们). Only
# these issuing words: the `issue` verbs of naming (发布, 公布) open a site's lead as well.
_ISSUING_NOTICE = re.compile(f"关于印发|印发给你们|现予印发|^各[{HAN}、，, ]{{2,80}}[：:]$")
# The site's address opening a furniture line, before the page's stamp and fields.
_LEADING_ADDRESS = re.compile(r"^\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\s+", re.IGNORECASE)
_LEADING_STAMP = re.compile(rf"^\s*{STAMP_DATE}(?:\s*{STAMP_TIME})?")
# The stamp, then the outlet that ran the story without a label (2004年12月29日11:43 某某网-某某都市报).
_STAMP_SOURCE = re.compile(
    rf"(?P<stamp>{STAMP_DATE}(?:\s*{STAMP_TIME})?)[ \u3000]+(?P<source>[{HAN}]{{2,12}}(?:网|报)(?:[-－—][{HAN}]{{2,12}}(?:网|报))?)"
)


def _stamp_then_source(text: str, page: Page) -> bool:
    """`text` is the page's stamp and the story's outlet after it (see `_STAMP_SOURCE`): both are
    taken as fields."""
    match = _STAMP_SOURCE.fullmatch(text.strip())
    if match is None:
        return False
    page.metadata.setdefault("发布时间", match.group("stamp"))
    page.metadata.setdefault("来源", match.group("source"))
    return True
_MAX_PLACE_CHARS = 12  # a place's name alone on a line (某某自治州某某县) is no longer than this
# A page's tag line under the headline: 标签：某某,某某 (maybe after the headline again, 某某方案,标签：…).
_TAG_LINE = re.compile(r"^(?P<lead>[^：:。]{0,80}?)[，,、 \u3000]*(?:标签|Tags?|TAG)[ \u3000]*[:：](?P<tags>[^。！？]{1,160})$", re.IGNORECASE)
# Under the headline, what names the site and not the page: its home address alone (http://www.example.com),
# a link to its notices with the day's stamp (2022-11-08 某某网的版权声明).
_SITE_LINK = re.compile(
    r"^(?:(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?"
    rf"|(?:{STAMP_DATE}[ \u3000]+)?[^\s。，：:]{{0,20}}?的?(?:版权声明|免责声明|网站声明|隐私政策))$"
)
# A forum post's floor marker over it (1#, #2, 3楼, 楼主, and the names a forum gives the first
# replies: 沙发 板凳 地板): the site's numbering of the posts, alone on its line.
_FLOOR_MARKER = re.compile(r"^(?:#[ \u3000]*\d{1,4}|\d{1,4}[ \u3000]*[#＃楼]|楼主|沙发|板凳|地板)$")
# A link the site set over the text: a few words naming it, then its address and nothing else (某某医院
# 专题 https://m.example.com/a.html). A label with its colon (原文链接：https://…) is a field; a sentence
# (详见…) is no link's name.
_NAMED_LINK = re.compile(r"^[^\s：:，。；！？、]{1,16}[ \u3000]+(?:https?://|www\.)[\w.\-/?=&%#~+]+$", re.IGNORECASE)
# A website's name alone under the headline, maybe with the day it posted the page (某某人才网, 某某网 .
# 2022-08-06发布): the site's byline. A pinyin gloss the page set after a character (發(fa)布) is not read
# in matching.
_SITE_BYLINE = re.compile(
    rf"^(?P<site>[{HAN}]{{2,12}}(?:网|网站))(?:[ \u3000]*[.·•|｜/．]?[ \u3000]*(?P<date>{STAMP_DATE})[ \u3000]*(?:发布)?)?$"
)
# A portal's byline under an old story's headline: its address, the time and the paper it came from
# (http://www.sina.com.cn 2005年02月25日10:03 重庆时报).
_ADDRESS_BYLINE = re.compile(
    rf"^(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{{2,}}/?[ \u3000]+(?P<date>\d{{4}}年\d{{1,2}}月\d{{1,2}}日[ \u3000]*\d{{1,2}}[:：]\d{{2}})"
    rf"(?:[ \u3000]+(?P<source>[{HAN}]{{2,12}}))?$"
)
# A source in brackets with the page's date glued on, maybe the font toolbar's label left after it
# ([某县人民政府]2016-05-09字号： |): the page's byline under the headline.
_BRACKETED_BYLINE = re.compile(
    rf"^[\[【［](?P<source>[{HAN}]{{2,20}})[\]】］][ \u3000]*(?P<date>{STAMP_DATE}(?:[ \u3000]+{STAMP_TIME})?)"
    r"[ \u3000]*(?:字[号体][ \u3000]*[:：]?[^\n]{0,12})?[ \u3000|｜]*$"
)
_LATIN_GLOSS = re.compile(r"[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")
_TAG_WORD = re.compile(f"[{HAN}]{{2,4}}")  # a tag set alone on its line (學校 / 農村 / 教師)
_MIN_TAG_WORDS = 2
_MIN_TEASER = 30  # a line without a summary label must repeat this much of the text to be a teaser
_SUMMARY_LINES = 40  # the repeat is looked for in this many lines under the summary


_MAX_FIELD_ROW = 240  # a row of the page's field table, all its fields on one line, is at most this long
_MIN_LONG_ROW_FIELDS = 3


def _long_field_row(line: str) -> bool:
    """`line`, longer than a row under the title is, is the page's field table printed on one line
    (索引号：… 公文目录：… 发文机构：… 发布日期：… 标题：…): `_MIN_LONG_ROW_FIELDS` listed fields at least."""
    if len(line) > _MAX_FIELD_ROW:
        return False
    row = parse_metadata_line(line)
    return row is not None and len(row) >= _MIN_LONG_ROW_FIELDS


_TIME_LED = re.compile(rf"^[ \u3000]*(?P<time>{STAMP_TIME})[ \u3000]+")


def _time_over_fields(line: str, page: Page) -> bool:
    """The second line of a stamp broken after its day (2024-03-29 / 09:41:28 来源:某某日报): the
    time goes with the day already kept, the fields after it are the page's."""
    led = _TIME_LED.match(fold(line))
    day = page.metadata.get("发布时间", "")
    if led is None or not day or ":" in day or "：" in day:
        return False
    row = parse_metadata_line(line[led.end() :])
    if not row:
        return False
    page.metadata["发布时间"] = f"{day} {led.group('time')}"
    merge_metadata(page, row)
    return True


def consume_under_title(page: Page) -> None:
    """Metadata rows, publication dates and captions just under the title: metadata, not text.
    A bare number right under a row taken off is the site's view counter (发布时间：… 字体大小：
    over 4874268): not read, with a finding. Then the byline rows the walk did not reach (see
    `_take_byline_rows`)."""
    _take_bulleted_byline(page)
    _consume_under_title(page)
    _take_byline_rows(page)


_BULLET_WORD = re.compile(f"[{HAN}A-Za-z]{{1,8}}")  # a column's or place's name in a bulleted byline
_MAX_BULLET_ITEM = 40


def _take_bulleted_byline(page: Page) -> None:
    """A run of bulleted items over the text that holds the page's stamp or a field row is the
    site's byline set as a list (• 某栏目 / • 2024-12-20 23:49:16 / • 13, • 某旗 / • 发布时间：01-19 /
    • 来源：): the stamp and fields go to the metadata, the column's or place's name and the view
    count beside them are the site's, named in a finding. Every item must be short and one of
    those; a list of the document's points (• 经济增长：到2025年，…) is left alone."""
    limit = min(HEAD_LINES, len(page.lines))
    index = 0
    while index < limit:
        line = page.lines[index]
        if len(line) > HEAD_ROW_CHARS or line[-1] in "。；":
            return  # the text has begun
        if not BULLET.match(line):
            index += 1
            continue
        end = index
        while end < len(page.lines) and BULLET.match(page.lines[end]):
            end += 1
        items = [BULLET.sub("", item, count=1).strip() for item in page.lines[index:end]]
        rows = [parse_metadata_line(item) if item else None for item in items]
        stamps = [bool(item) and DATE_LINE.match(fold(item)) is not None for item in items]
        evidence = any(stamps) or any(rows)  # the stamp, or a field with its value
        # A label alone (• 主题分类：) may have its value on the line under it: a field list, the walk reads it.
        values_under = any(item and is_label_only(item) for item in items)
        if end - index >= 2 and evidence and not values_under and all(
            not item
            or (len(item) <= _MAX_BULLET_ITEM and (stamp or row is not None))
            or COUNT.fullmatch(item)
            or _BULLET_WORD.fullmatch(item)
            for item, stamp, row in zip(items, stamps, rows, strict=True)
        ):
            for item, stamp, row in zip(items, stamps, rows, strict=True):
                if stamp:
                    page.metadata.setdefault("发布时间", item)
                elif row:
                    merge_metadata(page, row)
            page.findings.append(
                Finding("chrome-dropped", "标题下列表形式的网页署名（栏目、发布时间、来源、访问计数）：字段已保存，未朗读", " / ".join(page.lines[index:end]))
            )
            del page.lines[index:end]
            del page.origin[index:end]
            return
        index = end




def _take_byline_rows(page: Page) -> None:
    """The page's byline rows over the text that the walk under the title stopped short of: where
    the title was not found over them, a headline ending in ！ or a site's welcome line stands
    first (某某发布重要提示！ / 来源：某某指挥部  作者： / 2023-08-01 09:50:31) and the walk stops there.
    Among the short lines before the text begins (a long line or a sentence), a row of byline
    labels only (`BYLINE_LABELS`) goes to the metadata, and a bare stamp right under it is the
    page's date; each is named in a finding. Other lines there (the headline, the document's own
    header) are kept."""
    index = 0
    row_above = False
    while index < min(HEAD_LINES, len(page.lines)):
        line = page.lines[index]
        if len(line) > HEAD_ROW_CHARS or line[-1] in "。；":
            return  # the text has begun
        row = parse_metadata_line(line)
        stamp = BULLET.sub("", line, count=1).strip()
        if row and set(row) <= BYLINE_LABELS:
            merge_metadata(page, row)
            page.findings.append(Finding("chrome-dropped", "正文前网页的署名行（发布日期、来源、作者）：按字段保存，未朗读", line))
        elif row_above and DATE_LINE.match(fold(stamp)):
            page.metadata.setdefault("发布时间", stamp)
            page.findings.append(Finding("chrome-dropped", "正文前署名行下的网页时间戳：按发布时间保存，未朗读", line))
        else:
            row_above = False
            index += 1
            continue
        del page.lines[index]
        del page.origin[index]
        row_above = True


_EVENT_LABELS = frozenset({"时间", "地点"})


def _event_details(lines: list[str], index: int) -> bool:
    """lines[index] is a time or a place given together with the other, on its line or the next or
    the one before (时间：3月5日上午9时 / 地点：县政府三楼会议室): an event's details, which a notice or a
    press conference states as its text, not a page's byline (a page has no place)."""
    def keys(line: str) -> set[str]:
        return set(parse_metadata_line(line) or {})

    here = keys(lines[index])
    if not here & _EVENT_LABELS:
        return False
    near = here | keys(lines[index + 1] if index + 1 < len(lines) else "") | keys(lines[index - 1] if index else "")
    return _EVENT_LABELS.issubset(near)


_RECORD_DATE = re.compile(r"[ \u3000]*(?P<date>\d{4}年\d{1,2}月\d{1,2}日)?[ \u3000]*")


def _title_record(line: str, title: str) -> tuple[str, dict[str, str]] | None:
    """(the date, the fields) when `line` is the title again (spaces aside), then maybe a date,
    then labelled fields (发布机关：…), a table's bar after them; else None."""
    position = 0
    for char in title:
        while position < len(line) and line[position].isspace() and not char.isspace():
            position += 1
        if position >= len(line) or line[position] != char:
            return None
        position += 1
    rest = line[position:].strip(" \t\u3000|｜")
    dated = _RECORD_DATE.match(rest)
    assert dated is not None  # every part of the pattern may be empty
    fields = parse_metadata_line(rest[dated.end() :]) if rest[dated.end() :] else None
    if not fields:
        return None
    return dated.group("date") or "", fields


def _consume_under_title(page: Page) -> None:
    title = bare_title(page.title)  # a repeat of the title is told without the page's date and label
    _take_front_matter(page, title)
    title = bare_title(page.title)  # (a site's name after it may have gone with the site's menus)
    index = 0
    row_above = False  # the line above was a row or caption taken off
    printed = False  # the title was printed again under the headline
    while index < min(HEAD_LINES, len(page.lines)):
        line = page.lines[index]
        if (bars := _EMPTY_CELLS.search(line)) is not None and bars.start() > 0:
            # 来源： 作者： 时间：2023-01-28 | ||||||||: the empty cells of the page's layout table after the row
            line = page.lines[index] = line[: bars.start()]
        if row_above and COUNT.fullmatch(line):
            page.findings.append(Finding("chrome-dropped", "标题下信息栏后的单独数字是网站的访问计数：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if (copies := labelled_summary_under(page.lines, index)) > 0:
            # 核心提示： alone, the summary under it (maybe printed twice), the text repeating it
            page.findings.append(
                Finding("summary-repeat", "网页的内容摘要（标签另起一行）重复了正文：未朗读，正文照读", page.lines[index + 1][:SUSPECT_CHROME_CHARS])
            )
            del page.lines[index : index + 1 + copies]
            del page.origin[index : index + 1 + copies]
            continue
        if _repeated_summary(page.lines, index, title):
            page.findings.append(
                Finding("summary-repeat", "网页的内容摘要重复了正文开头：未朗读，正文照读", line[:SUSPECT_CHROME_CHARS])
            )
            del page.lines[index]
            del page.origin[index]
            continue
        if (body_at := _glued_summary(line)) > 0:
            page.findings.append(
                Finding("summary-repeat", "网页的内容摘要（截断）连着正文印在一行，重复了正文开头：未朗读，正文照读", line[:body_at][:SUSPECT_CHROME_CHARS])
            )
            page.lines[index] = line[body_at:]
            continue
        if (label := _SUMMARY_LABEL.match(fold(line))) is not None and len(line) > label.end():
            # [导读]昨日，市政府副秘书长…: the portal's label over its lead, which is the story's own
            # words; the label is not read, the lead is
            page.findings.append(Finding("chrome-dropped", "标题下导语前网站的标签（[导读]、[摘要]）：未朗读，导语照读", line[: label.end()]))
            page.lines[index] = line[label.end() :]
            continue
        if title and len(line) > len(title) and line.startswith(title) and line[len(title)].isspace():
            # A page flattened to one line starts with the title again: 某某方案 一、背景 随着…
            page.lines[index] = line[len(title) :].strip()
            continue
        if title and index == 0 and line.startswith(title) and PREAMBLE_OPENING.match(line, len(title)):
            # 某镇某某实施方案为深入贯彻落实…，制定实施方案如下: a document library's copy runs the title
            # line into the preamble; the title is announced already
            page.findings.append(Finding("chrome-dropped", "正文开头连着又印了一遍标题（其后是“为…”“根据…”的开头语）：只读一遍", title))
            page.lines[index] = line[len(title) :]
            continue
        if title and line.startswith(title) and (contact := _CONTACT_NOTE.match(line, len(title))) is not None:
            # 某某娱乐平台-首页-某县…的通知(主管:QQ… 主管:skype …)经县人民政府同意，…: a spam site's copy
            # of the headline and its sellers' contacts glued before the text
            page.findings.append(Finding("chrome-dropped", "正文前重印的网页标题和网站留的联系方式（QQ 等）：未朗读", line[: contact.end()]))
            page.lines[index] = line[contact.end() :].strip()
            continue
        if title and (header := _wechat_header(line, title)) > 0:
            # 某某讲话某某号 微信号 abc功能介绍 <intro>2020-07-27 收录于话题<editor's note>某某讲话 (2020年6月4日) …
            page.findings.append(Finding("chrome-dropped", "公众号文章转存时带上的账号介绍和编者按（微信号…功能介绍…收录于话题）：未朗读", line[:header][:SUSPECT_CHROME_CHARS * 2]))
            page.lines[index] = line[header:]
            continue
        if title and (named := _named_again().match(fold(line))) is not None and _names_title(named.group("name"), title):
            # 文章标题：市长在20xx年全市消防工作会议上的讲话 （20xx年4月10日） 同志们：… on a flattened page:
            # the page's label naming the document (its fuller name) before the text, a field.
            page.metadata.setdefault(named.group("label"), named.group("name"))
            page.findings.append(Finding("chrome-dropped", "正文前网页的“标题：”标签及其所标的标题：按字段保存，未朗读", line[: named.end()].strip()))
            page.lines[index] = line[named.end() :].strip()
            continue
        if index == 0 and (account := account_byline(line)) is not None:
            # 某某发布 2023-01-24 under the headline: the public account that posted it, and the day;
            # 发布时间 2022-01-29 (the last of a field block without colons) names a field, no account.
            name, day, author = account
            if is_listed_label(name):
                page.metadata.setdefault(name, day)
            else:
                page.metadata.setdefault("公众号", name)
                page.metadata.setdefault("发布时间", day)
            if author:
                page.metadata.setdefault("作者", author)
            del page.lines[index]
            del page.origin[index]
            continue
        if (original := ORIGINAL_TITLE.fullmatch(fold(line))) is not None and squash(original.group("title")) == squash(fold(page.title)):
            # 原标题：… naming the headline again: the repost's label, nothing new to hear.
            page.findings.append(Finding("chrome-dropped", "标题下“原标题：”重复了标题：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if is_trail_line(line, opened=False):
            # 新闻中心 > 天下 under the headline: the site's columns, the trail without its home link
            page.findings.append(Finding("chrome-dropped", "标题下网站的栏目路径（没有“首页”）：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if title and (record := _title_record(line, title)) is not None:
            # 某某决定 1957年10月18日 发布机关：国务院 |: a library's record row under the work's name,
            # the title again with the document's date and fields, none of it read.
            date, fields = record
            if date:
                page.metadata.setdefault("成文日期", date)
            merge_metadata(page, fields)
            page.findings.append(Finding("chrome-dropped", "标题下重复标题并附日期、字段的资料库记录行：日期与字段作元数据，未朗读", line[:SUSPECT_CHROME_CHARS]))
            del page.lines[index]
            del page.origin[index]
            continue
        if contents_heading_of(line, title):
            page.lines[index] = "目录"  # the title again over its contents: the contents' heading is read
            index += 1
            continue
        if _FLOOR_MARKER.fullmatch(fold(line).strip()):
            page.findings.append(Finding("chrome-dropped", "标题下论坛帖子的楼层号：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if _NAMED_LINK.fullmatch(fold(line).strip()) and not re.search("[见请详访登]", line.split()[0]):
            page.findings.append(Finding("chrome-dropped", "标题下网站插入的链接（名称加网址）：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if (byline := _byline(line)) is not None:
            # the paper, the portal or the site under the headline, with the day: fields, not read
            fields, message = byline
            for key, value in fields.items():
                page.metadata.setdefault(key, value)
            page.findings.append(Finding("chrome-dropped", message, line))
            del page.lines[index]
            del page.origin[index]
            row_above = True
            continue
        if (post := post_header(line)) is not None:
            merge_metadata(page, post[1])
            page.findings.append(Finding("chrome-dropped", "标题下论坛帖子的发帖人用户名：未朗读（发表时间按字段保存）", post[0]))
            del page.lines[index]
            del page.origin[index]
            row_above = True
            continue
        if (led_row := led_field_row(line)) is not None:
            take_led_field_row(page, led_row)  # the address makes the row long: looked at first
            del page.lines[index]
            del page.origin[index]
            row_above = True
            continue
        if (tags := _tag_run(page.lines, index, title, after_row=row_above)) > 0:
            page.findings.append(Finding("chrome-dropped", "标题下网页的标签（关键词）：未朗读", " ‖ ".join(page.lines[index : index + tags])[: SUSPECT_CHROME_CHARS * 2]))
            del page.lines[index : index + tags]
            del page.origin[index : index + tags]
            row_above = True
            continue
        if (reporter := REPORTER_LINE.fullmatch(credit_of(line))) is not None:
            # 某某网记者 某某 某某 under the headline: the credit, no colon, names set apart by spaces
            page.metadata.setdefault(reporter.group("label").split("·")[-1], re.sub(r"[ \u3000]+", " ", reporter.group("names")))
            page.findings.append(Finding("chrome-dropped", "标题下的记者署名：按字段保存，未朗读", line))
            del page.lines[index]
            del page.origin[index]
            row_above = True
            continue
        if _TEAM_CREDIT.fullmatch(credit_of(line)) is not None:
            # ■县融媒体中心记者组 under the headline: the newsroom's team credited, no names
            page.metadata.setdefault("记者", credit_of(line))
            page.findings.append(Finding("chrome-dropped", "标题下的记者组署名：按字段保存，未朗读", line))
            del page.lines[index]
            del page.origin[index]
            row_above = True
            continue
        if interpretation_link(line, page.title):
            page.findings.append(Finding("chrome-dropped", "标题下指向本文件解读的链接：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if re.sub(r"[\s：:>»]", "", BULLET.sub("", blank_glosses(fold(line)), count=1)) in chrome_words()["related"]:
            # • 相关推荐 under the headline, its list lost: the heading of the site's list, no text's
            page.findings.append(Finding("chrome-dropped", "标题下网站推荐列表的标题（列表已丢失）：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if _edition_links(line, title):
            # 2020年某县政府工作报告 2021年某县政府工作报告 under the 2021 one: the library's links to the series
            page.findings.append(Finding("chrome-dropped", "标题下网站指向同一系列其他年份文件的链接：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if _report_caption(page.lines, index):
            page.findings.append(Finding("chrome-dropped", "报告上方讲话人照片的说明（某某作报告）：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if _speaker_caption(page.lines, index):
            page.findings.append(Finding("chrome-dropped", "讲话人署名与称呼语之间的图片说明（某某作报告）：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if (led := fields_before_text(line)) is not None:
            # 法律效力位阶：地方性法规 制定机关：… 公布日期：2022-05-31 某某规定 第一条 …: the fields, then the text
            merge_metadata(page, led[0])
            page.findings.append(Finding("chrome-dropped", "正文前同一行的网页字段（效力位阶、制定机关、施行日期等）：按字段保存，未朗读", line[: len(line) - len(led[1])].strip()))
            page.lines[index] = led[1]
            continue
        # (a title that says it already, outside brackets: …征求意见稿 over (征求意见稿), takes it not twice)
        noted = re.sub(r"[（()）\s]", "", fold(line)) in squash(page.title)
        if title and (index == 0 or printed) and own_note_line(line) and not noted:
            # 某某实施方案 / (2016-2020年) under the headline, or under its repeat: the title's own note
            # printed on a line of its own, part of the title
            page.findings.append(Finding("title-guessed", "标题下单独一行的括注（起止年份、试行等）是标题的一部分：已并入标题，请核对", line))
            page.title = page.title.strip() + line.strip()
            del page.lines[index]
            del page.origin[index]
            continue
        if index == 0 and _lead_over_row(page.lines):
            # 《某某报告》…作政府工作报告。现将全文如下。 over 来源：… | 发布时间：… | 8428 次浏览: a
            # repost's lead saying the document follows (read), and the page's field row under it
            index += 1
            continue
        if title and page.title.strip() == title and (whole := _headline_whole(line, title)):
            # 某某主持召开…会议 传达学习全面深 over the site's description, 某某主持召开…会议 传达学习全面深化
            # 改革…工作，某某网是包含海量资讯的新闻服务平台: the headline cut short by the page, whole in
            # the description (a long row); the slogan after it is the site's
            page.findings.append(Finding("title-guessed", "网页标题被截短，其下网站的内容描述里有完整标题：以完整标题为标题，描述未朗读，请核对", whole))
            page.title = title = whole
            del page.lines[index]
            del page.origin[index]
            continue
        # A long row is text unless it is the field table on one line or a link under its label.
        long_row = len(line) > HEAD_ROW_CHARS and not (_long_field_row(line) or LABELLED_URL.match(line))
        if long_row or (line[-1] in "。！？；" and not (title and same_title(line, title)) and not _doubled_caption(page.lines, index)):
            return  # (a headline ending with ？ printed again is the title's repeat, no sentence of the text)
        taken = 0
        if DATE_LINE.match(BULLET.sub("", fold(line), count=1)):
            date = date_line_value(line)
            if _labelled_elsewhere(page, index, date):
                page.findings.append(Finding("chrome-dropped", "标题下的日期重复了网页字段中的同一日期：按字段保存，未朗读", line))
            else:
                page.metadata.setdefault("发布时间", date)
            taken = 1
        elif stamp_row(line, page) or site_stamp_row(line, page) or site_field_row(line, page) or _time_over_fields(line, page):
            taken = 1
        elif (address := _LEADING_ADDRESS.match(line)) is not None and (
            stamp_row(line[address.end() :], page) or _stamp_then_source(line[address.end() :], page)
        ):
            # http://www.example.cn  (2017-04-14 14:56:41)  来源：某某频道 (ho98/23): the site's address
            # before the stamp and the fields
            page.findings.append(Finding("chrome-dropped", "标题下署名行前的网站地址：未朗读（时间、来源按字段保存）", line.strip()))
            taken = 1
        elif _DISCLOSURE_MODE.fullmatch(fold(line).strip()):
            # 主动公开 alone under the headline: the value of the disclosure page's 公开方式 field,
            # its label lost with the page's table
            page.metadata.setdefault("公开方式", line.strip())
            page.findings.append(Finding("field-guessed", "标题下单独一行的公开方式（没有标签）：按字段保存，未朗读", line))
            taken = 1
        elif _repeats_fields(line, page):
            page.findings.append(Finding("chrome-dropped", "标题下重复网页字段（来源、日期）的一行：按字段保存，未朗读", line))
            taken = 1
        elif (stamped := _STAMPED_SOURCE.fullmatch(fold(line).strip())) is not None:
            # A-A+2016年2月6日15:21某某日报评论 under a portal's headline: its type-size buttons, the
            # time it was posted and the paper it came from (the comments link after it)
            page.metadata.setdefault("发布时间", stamped.group("stamp"))
            page.metadata.setdefault("来源", stamped.group("source").removesuffix("评论"))
            page.findings.append(Finding("chrome-dropped", "标题下的发布时间和来源（没有标签）：按字段保存，未朗读", line))
            taken = 1
        elif _BYLINE.match(line) and not parse_metadata_line(line):  # 发布日期： 2023-03-10 00:00 is a field
            # 联合创作 · 2022-07-12 00:00: the stamp is the page's date; the account's or column's
            # name and the place beside it are the site's, said in a finding.
            stamp = _BYLINE_STAMP.search(line)
            assert stamp is not None  # _BYLINE holds one
            if not stamp.group(0).startswith("-"):
                page.metadata.setdefault("发布时间", re.sub(r"\s+", " ", stamp.group(0)))
            rest = f"{line[: stamp.start()]} {line[stamp.end() :]}".strip(" ·|｜\u3000")
            if rest:
                page.findings.append(Finding("chrome-dropped", "标题下署名行的栏目、账号或地点：未朗读（日期按发布时间保存）", line))
            taken = 1
        elif (
            title
            and COUNT.fullmatch(line.strip())
            and index + 1 < len(page.lines)
            and same_title(bare_title(page.lines[index + 1]), title)
        ):
            # 5040 between the headline and its repeat: the page's view counter, no text
            page.findings.append(Finding("chrome-dropped", "标题与重印的标题之间单独一个数字（网页的浏览计数）：未朗读", line))
            taken = 1
        elif _REGISTRATION.match(line):
            if line.strip() in page.metadata.values():  # the field row above gave it: 统一登记号：YX-…
                page.findings.append(Finding("chrome-dropped", "标题下的登记号重复了网页字段中的同一编号：按字段保存，未朗读", line))
            else:
                page.metadata.setdefault("登记号", line)  # 规范性文件登记号 over the document number
            taken = 1
        elif title and (repeat := title_repeat_lines(page.lines, index, title)):
            taken = repeat  # the document's own header repeats the title over several lines
        elif is_label_only(line):
            # A policy library's field list: the label, then its value on the next line; a
            # label with no value stands right before the next label.
            value = label_value(line, page.lines[index + 1]) if index + 1 < len(page.lines) else ""
            if (
                value
                # (a longer value holding no sentence is a field's too: 会议议题 / 1、传达学习…, 2、听取…汇报)
                and (len(value) <= 30 or (len(value) <= _MAX_LISTED_VALUE and not re.search("[。！？]", value)))
                and not is_label_only(value)
                and not _own_row(line, value)
                and fits_label(line, value)
                and not left_empty(value)
                and not (title and same_title(value, title))  # 内容概述： left empty over the headline again
            ):
                page.metadata.setdefault(label_key(line), value)
                taken = 2
            else:
                taken = 1
        elif row_above and is_bare_unlisted_label(line) and _unlisted_value(page.lines, index):
            # 发 文 字 号 ： / 某政〔2021〕3号 / 主 题 ： / 工业: a label the table does not list, right
            # under the table's fields, with its value on the next line: one of them
            page.metadata.setdefault(unlisted_label(line), page.lines[index + 1].strip())
            taken = 2
        elif _event_details(page.lines, index):
            break  # 时间：… / 地点：… under a notice's title say when and where: the notice's own text
        elif (row := parse_metadata_line(line)) is not None and (row or not is_label_only(line)):
            # an empty row of several labels (公开形式 责任部门) too; a label alone may take the next line
            merge_metadata(page, row)
            report_unread_row(page, row, line)
            taken = 1
        elif (url := LABELLED_URL.match(line)) is not None:
            take_link_field(page, line, url.group(1))  # Original URL: http://…, a scraper's header row
            taken = 1
        elif (bare := BARE_URL_LINE.match(line.strip())) is not None and "/" in bare.group("url").split("//")[-1].rstrip("/"):
            # the page's own address under its field row (a site's home address is the site's: see below)
            page.metadata.setdefault("原文链接", bare.group("url"))
            taken = 1
        elif index == 0 and _POSTER_VIEWS.fullmatch(line.strip()):
            # zydadmin  165 right under a forum thread's headline (ho98/16): who posted it and its views
            page.findings.append(Finding("chrome-dropped", "标题下论坛发帖人的用户名和浏览次数：未朗读", line.strip()))
            taken = 1
        elif index == 0 and _LINK_BAR.fullmatch(line.strip()) and is_menu_bar(re.sub("[|｜]", " ", line)):
            # 二人台 | 内蒙山曲 | 二人转 | 小品 | right under the headline (ho101/05): the site's column
            # links set apart by bars, no line of the text (a list of names under a title has no bars)
            page.findings.append(Finding("chrome-dropped", "标题下以竖线分开的网站栏目链接：未朗读", line))
            taken = 1
        elif row_above and empty_field_row(line):
            # | 公开形式 | 责任部门 | ||: the field table's row left empty, under its rows
            page.findings.append(Finding("chrome-dropped", "标题下网页字段表中值为空的一行标签：未朗读", line))
            taken = 1
        elif is_caption(line):
            taken = 1
        elif not page.title and index == 0 and page.metadata and _doubled_caption(page.lines, index) and title_like(line):
            # 今天，国新办把“话筒”递给了大美青海 over the byline (taken off) and again under it, the page
            # found no headline: the line printed on both sides of the byline is the headline
            page.title = line.strip()
            page.findings.append(Finding("title-guessed", "标题在署名行上下各印了一遍：以它为标题，请核对", page.title))
            taken = 2
        elif _doubled_caption(page.lines, index):
            # 某某官员在电视问政节目上。 twice under the byline: a picture's text and its caption, lost
            # with the picture (the page prints each twice); not the story's
            page.findings.append(Finding("chrome-dropped", "标题下连印两遍的图片说明：未朗读", line.strip()))
            taken = 2
        elif title and (same_title(bare_title(line), title) or title_lost_at_seam(line, title)):
            taken = 1  # the official document's own header repeats the page's title
            printed = True
        elif index == 0 and _posting_account(page.lines, index):
            # 网信黑河 / 2020-09-22 17:50 / 来源：… under a news app's headline (dev81): the account
            # that posted the page, a field of it
            page.metadata.setdefault("账号", line.strip())
            page.findings.append(Finding("chrome-dropped", "标题下发布账号的名称（其下是发布时间）：按字段保存，未朗读", line))
            taken = 1
        elif printed and _record_issuer(page.lines, index, title):
            # 某某条例 / 某省人大常委会 / 某某条例 / 某省人大常委会 / （…通过） under the headline: a law
            # library's record prints each copy of the title with its issuer (dev78): the first issuer
            # and copy are not read, the last issuer is, once, over the note
            page.findings.append(Finding("chrome-dropped", "法规库重复印出的标题和发文机关：只读一次", f"{line} / {page.lines[index + 1]}"))
            taken = 2
        elif title and (numbered := _LISTED_TITLE.match(fold(line))) and same_title(line[numbered.end() :], title):
            # 1. 某市某某管理规定 under that headline (dev77): a site's list of results, its first item
            # the document again, its number the list's
            page.findings.append(Finding("chrome-dropped", "标题下网站列表中编了号的同一标题：未朗读", line))
            taken = 1
        elif index == 0 and title and (numbered := _LISTED_TITLE.match(fold(line))) and _listed_fuller_title(line[numbered.end() :], title):
            # 凉山州自治条例 / ⑴ 凉山彝族自治州城市市容和环境卫生管理条例 (ho101): a search page's headline,
            # the topic, over its first result, the document the page holds: that is the title
            listed = line[numbered.end() :].strip()
            page.findings.append(Finding("title-guessed", f"网页标题（{page.title.strip()}）只是检索的主题，其下列表第一项是页面所载文件：以该项为标题，网页标题未朗读，请核对", listed))
            page.title = listed
            taken = 1
        elif (
            title
            and page.title.strip() == title
            and own_short_title(line, title)
            # (a crumb of a trail broken over lines, the headline repeated after it, names no document)
            and not any(squash(later) == squash(title) for later in page.lines[index + 1 : index + 3])
        ):
            if _SITE_DASH.search(title[: max(0, len(title) - len(line.strip()))]):
                # 某县人民政府-某州…规划纲要 over 某州…规划纲要: the site's name before a dash, no part of
                # the title; the document's own line is the title, the headline a field
                page.metadata.setdefault("网页标题", title)
                page.findings.append(Finding("title-guessed", f"网页标题（{title}）下是文件自己的标题行：以文件自己的标题为标题，网页标题记入字段，请核对", line))
                page.title = line.strip()
            else:
                # 政府工作报告 under the page's 沙沟镇2021年政府工作报告: the document's own title line,
                # which the headline says more fully (its place, organ or year): a listener hears the
                # fuller name announced, and the short line is not read again after it
                page.findings.append(Finding("chrome-dropped", f"标题下文件自己的简短标题行（网页标题“{title}”说得更全）：不重复朗读", line))
                # 时效性：儋州市国民经济和社会发展 / 第十四个五年规划纲要: a field the row left empty took
                # the start of the title line run into it; the field is empty, not a place's name.
                for key, value in list(page.metadata.items()):
                    if squash(value + line) == squash(title):
                        del page.metadata[key]
            taken = 1
        elif title and page.title.strip() == title and _tagged_headline(line, title):
            # 关于…的通告 under the headline 关于…的通告（市政府文件）某省: the site set its column and
            # place after the document's own title; the own title line is the title
            page.metadata.setdefault("网页标题", title)
            page.findings.append(Finding("title-guessed", f"网页标题（{title}）是文件自己的标题加上网站的栏目名：以文件自己的标题为标题，请核对", line))
            page.title = line.strip()
            taken = 1
        elif title and _headline_is(page, title) and (block := _own_title_block(page.lines, index, title)) is not None:
            # 某县关于严禁…的通告 (the page's headline) over 某县某某办公室 某县某某局 / 关于严禁…的 / 通 告:
            # the document's own title block, its issuers and its title broken over lines, says the
            # headline more fully: it is the title, the headline a field.
            size, own = block
            page.metadata.setdefault("网页标题", title)
            page.findings.append(Finding("title-guessed", f"网页标题（{title}）下是文件自己的标题（发文机关、“关于…”）：以它为标题，网页标题记入字段，请核对", own))
            page.title = own
            taken = size
        elif title and line.strip().startswith(title) and _SERIES_NUMBER.fullmatch(line.strip()[len(title) :]) is not None:
            # 某省第七次全国人口普查公报（第一号） under the headline 某省第七次全国人口普查公报: the
            # bulletin's own title line adds its number in the series, the fuller title
            page.findings.append(Finding("title-guessed", "标题下文件自己的标题行多了公报的期号，更完整：以它为标题，不重复朗读", line))
            page.title = line.strip()
            taken = 1
        elif title and (joined := _title_broken_under(page.lines, index, title)):
            # 北京市某区某街道2025年政府 / 信息公开工作年度报告 under the page's 某区某街道2025年…年度报告:
            # the document's own title line again, broken in two; with its place in full it is the title
            if shorter_repeat(title, joined) and page.title == title:
                page.findings.append(Finding("title-guessed", "标题下文件自己的标题（断成两行）多了地名，更完整：以它为标题，不重复朗读", joined))
                page.title = joined
            else:
                page.findings.append(Finding("chrome-dropped", "标题下又印了一遍标题（断成两行，与标题有一两个字的出入）：未朗读，请核对", joined))
            taken = 2
            printed = True
        elif title and shorter_repeat(line, title):
            taken = 1  # 某区政府工作报告 under the page's 某市某区政府工作报告
        elif title and shorter_repeat(title, line) and page.title == title:
            # 普洱市某县某镇2018年度…说明 under the page's 某县某镇2018年度…说明: the document's own title
            # line names its place in full, and is the title
            page.findings.append(Finding("title-guessed", "标题下文件自己的标题行多了地名，更完整：以它为标题，不重复朗读", line))
            page.title = line.strip()
            taken = 1
        elif index == 0 and title and _place_of_title(line, title):
            # 某县 alone right under 某州某县2024年…年度报告: the site's region tag, the title says it
            page.findings.append(Finding("chrome-dropped", "标题下单独一行的地名，标题中已有：未朗读", line))
            taken = 1
        elif is_doc_number(line):
            page.metadata.setdefault("发文字号", doc_number(line))
            taken = 1
        elif _NOTICE_NUMBER.fullmatch(fold(line).strip()):
            page.metadata.setdefault("发文字号", line.strip())  # （2022年第1号） under a 通告's headline
            taken = 1
        elif (
            title
            and index + 1 < len(page.lines)
            and same_title(page.lines[index + 1], title)
            and names_issuer(line, page.title, after=next_past_title(page, index + 1))
        ):
            if printed and not fold(page.title).startswith("关于"):
                # 某某条例 / 国务院 / 某某条例 under the headline: a law mirror's record prints the
                # issuer between the title's copies, the 发文机关, no part of a 条例's title (a
                # 关于… title takes its issuer before it: 某部关于…的通知).
                page.metadata.setdefault("发文机关", line.strip())
            else:
                # The document's own title block: its organ over the headline (某市某某局 / 2023年…报告).
                page.title = line + page.title
            taken = 2
        elif (
            title
            and index == 0
            and is_organ_name(line)
            and squash(title).startswith(squash(line))
            and squash(title) != squash(line)
            # (某机关 / its date alone on a line: a signature, read)
            and not (index + 1 < len(page.lines) and holds_date(page.lines[index + 1]) and len(page.lines[index + 1].strip()) <= _DATE_LINE_CHARS)
        ):
            # 某区人民政府 right under 某区人民政府2023年…年度报告 (its own title block printed the organ
            # twice over the title's copy): the organ the title opens with, its issuer, not read again
            page.metadata.setdefault("发文机关", line.strip())
            page.findings.append(Finding("chrome-dropped", "标题下单独一行的发文机关（标题开头已有）：按字段保存，未朗读", line))
            taken = 1
        elif index + 1 < len(page.lines) and (head := letterhead().fullmatch(fold(line + page.lines[index + 1]))) is not None:
            # 某自治区人民政府 / 文件: the red letterhead broken over two lines names the issuer
            page.metadata.setdefault("发文机关", fold(line + page.lines[index + 1])[head.start(1) : head.end(1)])
            page.findings.append(Finding("chrome-dropped", "标题下的文件头（某某文件，分两行）：发文机关已记入元数据，未朗读", f"{line} / {page.lines[index + 1]}"))
            taken = 2
        elif (
            is_doc_number(next_past_title(page, index))
            and len(line) <= MAX_ORGAN_CHARS
            and not holds_date(line)  # （二○○八年十月二十九日） over the number is the date, no organ
            and not any(mark in line for mark in SENTENCE_END)
            and "关于" not in fold(line)
            and not ends_as_title(line)
        ):
            # The issuing organ printed over the document number (发文机关标志 above 发文字号).
            page.metadata.setdefault("发文机关", line)
            taken = 1
        elif (
            row_above
            and index + 1 < len(page.lines)
            and parse_metadata_line(page.lines[index + 1]) is not None
            and _GLUED_TAGS.fullmatch(line.strip()) is not None
            and not is_organ_name(line)
        ):
            # 日期：03-19 / 长春市疫情交通管制吉林市 / 来源：某某网: the story's keywords run together
            # between the byline's fields, no sentence: the page's tags
            page.findings.append(Finding("chrome-dropped", "标题下字段之间连在一起的关键词（网页标签）：未朗读", line))
            taken = 1
        elif line.endswith(("：", ":")):
            return  # 各位代表： the speech begins
        if taken:
            del page.lines[index : index + taken]
            del page.origin[index : index + taken]
        else:
            index += 1
        row_above = bool(taken)



def _unlisted_value(lines: list[str], index: int) -> bool:
    """The line under the unlisted label at `index` is its value: short, no sentence, no label."""
    if index + 1 >= len(lines):
        return False
    value = lines[index + 1].strip()
    return (
        0 < len(value) <= _MAX_LISTED_VALUE
        and not re.search("[。！？，：:]", value)
        and not is_label_alone(value)
        and parse_metadata_line(value) is None
    )


_YEAR = re.compile(r"(?:19|20)\d{2}")
_EDITION_LABEL = re.compile(rf"(?P<name>[{HAN}]{{2,4}})版")


def drop_edition_label(page: Page) -> None:
    """Drop the label an online library sets over the text of one version of a work, naming its
    author (某某某版 alone on its line, the page's 作者 field naming 某某某), among the first lines,
    with a finding. A line 某某版 naming no author of the page is the text's."""
    authors = re.split(r"[、，,\s]+", fold(page.metadata.get("作者", "")))
    for index, line in enumerate(page.lines[:HEAD_LINES]):
        label = _EDITION_LABEL.fullmatch(fold(line.strip()))
        if label is not None and label.group("name") in authors:
            page.findings.append(Finding("chrome-dropped", "网上文库标出版本的标签（作者名＋版）：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            return


def _edition_links(line: str, title: str) -> bool:
    """`line`, under the title, holds only the names of the works of the same series in other
    years (2020年某县政府工作报告 2021年某县政府工作报告 under 2021年某县政府工作报告): an online
    library's links to the previous and next work. One name at least is of another year; a name
    that is not the title with its year changed is the text's."""
    if not title or not _YEAR.search(title):
        return False
    bare = _YEAR.sub("", squash(title))
    names = line.split()
    return (
        bool(names)
        and all(_YEAR.search(name) and _YEAR.sub("", squash(name)) == bare for name in names)
        and any(squash(name) != squash(title) for name in names)
    )


# A photo's caption over a speech: who gives the report, in the third person (市长某某某作《政府工作报告》).
_REPORT_CAPTION = re.compile(f"[{HAN}]{{2,20}}作[《〈]?[^《》〈〉。，]{{0,30}}报告[》〉]?。?")


def _report_caption(lines: list[str], index: int) -> bool:
    """lines[index] is the caption of the speaker's photo set over the report (市长某某某作《政府工作
    报告》 over 政府工作报告 / …会议上 / 某某市人民政府市长 某某某): one short line saying who gives the
    report, the speaker line under it (a title and the name apart) naming the same person. The
    speech's own words never name its speaker in the third person before it begins."""
    line = lines[index].strip()
    if len(line) > _MAX_CAPTION_SENTENCE or _REPORT_CAPTION.fullmatch(fold(line)) is None:
        return False
    for following in lines[index + 1 : index + 1 + HEAD_LINES]:
        speaker = _SPEAKER_LINE.fullmatch(following.strip())
        if speaker is not None and speaker.group("name") in line.split("作")[0]:
            return True
    return False


def _speaker_caption(lines: list[str], index: int) -> bool:
    """lines[index] is the caption of the speaker's photo, left between the speaker line and the
    salutation (自治区主席 某某某 / 自治区主席某某某作政府工作报告。 / 各位代表：): one short sentence
    naming the speaker of the line above, the salutation that opens the speech right under it. The
    speech begins at its salutation; a sentence before it that names the speaker in the third
    person is what the page wrote under the picture, not what was said."""
    if not 0 < index < len(lines) - 1:
        return False
    line, salutation = lines[index], lines[index + 1]
    speaker = _SPEAKER_LINE.fullmatch(lines[index - 1])
    return (
        speaker is not None
        and speaker.group("name") in line
        and len(line) <= _MAX_CAPTION_SENTENCE
        and line.endswith("。")
        and line.count("。") == 1
        and len(salutation) <= _MAX_SALUTATION
        and salutation.rstrip().endswith(("：", ":"))
    )



def drop_site_links(page: Page) -> None:
    """Take off, in the lines under the headline, what names the site and not the page (its home
    address alone, a link to its notices with the day's stamp: `_SITE_LINK`), each with a finding.
    Run once the title is final: the site's name in such a line tells the title's tag apart."""
    index = 0
    while index < min(HEAD_LINES, len(page.lines)):
        if _SITE_LINK.match(fold(page.lines[index])):
            page.findings.append(Finding("chrome-dropped", "标题下网站的首页网址或声明链接：未朗读", page.lines[index]))
            del page.lines[index]
            del page.origin[index]
        else:
            index += 1


# A bracketed note of contacts after the headline's copy: (主管:QQ66306964 主管:skype live:.cid.6c7b…).
_CONTACT_NOTE = re.compile(r"[ \u3000]*[（(][^（）()]{0,40}(?:QQ|qq|skype|Skype|微信|VX|vx)[ \u3000]*[:：]?[^（）()]{0,80}[)）]")


def _title_broken_under(lines: list[str], index: int, title: str) -> str:
    """lines[index] and the line under it joined, when they are `title` again broken in two (the
    first half no title on its own), maybe naming its place in full (see `shorter_repeat`); else "".
    An organ's name over the title whole (国务院 / 某某条例) is its issuer, not a half of it."""
    if index + 1 >= len(lines) or ends_as_title(lines[index]) or not lines[index + 1].strip():
        return ""
    if same_title(lines[index + 1], title):
        return ""
    joined = lines[index].strip() + lines[index + 1].strip()
    # (the title spelled exactly over the two lines is `title_repeat_lines`', asked before)
    return joined if shorter_repeat(title, joined) or _misprinted(joined, title) else ""


_MIN_MISPRINT_CHARS = 16  # a title this long, printed again with a character or two lost or added
_MISPRINT_RATIO = 0.95


def _misprinted(line: str, title: str) -> bool:
    """`line` is `title` printed again with a slip (a joining 和 left out: …城区）浙江省… under
    …城区）和浙江省…): long, nearly every character the same and in order, the same ending."""
    line, title = squash(line), squash(title)
    return (
        len(title) >= _MIN_MISPRINT_CHARS
        and line[-4:] == title[-4:]
        and SequenceMatcher(None, line, title, autojunk=False).ratio() >= _MISPRINT_RATIO
    )


def _place_of_title(line: str, title: str) -> bool:
    """`line` is only a place's name (某县, 某市某区) that the title names too."""
    name = fold(line.strip())
    return len(name) <= _MAX_PLACE_CHARS and re.fullmatch(f"[{HAN}]+", name) is not None and is_place_name(name) and name in fold(title)



def _labelled_elsewhere(page: Page, index: int, date: str) -> bool:
    """The unlabelled `date` under the title (page.lines[index]) is the value of a labelled field
    the page gives too (1981-06-13 over 发布日期:1981-06-13 / 执行日期:1981-06-13): the page has
    said what the date is, so no label is guessed for it."""
    rows = [parse_metadata_line(line) or {} for line in page.lines[index + 1 : index + 1 + HEAD_LINES]]
    values = [*page.metadata.values(), *(value for row in rows for value in row.values())]
    return date in values



def _repeats_fields(line: str, page: Page) -> bool:
    """`line` under the title is only the values the page's fields hold, set apart by spaces, a
    date among them (某某委员会 2022年12月06日 under 时间：2022年12月06日 来源：某某委员会): the
    site's byline again, without labels. A date is the same however it is written (2022-12-06)."""
    parts = line.split()
    if len(parts) < _MIN_REPEATED_FIELDS:
        return False
    values = {re.sub(r"\s", "", value) for value in page.metadata.values()}
    dates = {_date_key(value) for value in values} - {None}
    if not any(_date_key(part) in dates for part in parts):
        return False
    return all(part in values or _date_key(part) in dates for part in parts)



def _date_key(text: str) -> tuple[int, int, int] | None:
    """The year, month and day of `text` if it is a date alone (2022年12月06日, 2022-12-6), with a
    time after it maybe; None otherwise."""
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\d{1,2}:\d{2}(?::\d{2})?)?", fold(text))
    return (int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None



# A forum member's user name in Latin letters and the thread's view count, set apart (zydadmin  165).
_POSTER_VIEWS = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{2,24}[ \u3000]{1,6}\d{1,7}")
# Three short words or more set apart by bars, maybe a bar before and after: a bar of links.
_LINK_BAR = re.compile(f"[|｜]?(?:[ \u3000]*[{HAN}]{{2,6}}[ \u3000]*[|｜]){{2,}}[ \u3000]*(?:[{HAN}]{{2,6}})?[ \u3000]*[|｜]?")
# 1. (⑴, A.) before a title: a list's number
_LISTED_TITLE = re.compile(r"[ \u3000]*(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[A-Za-z][.．])[ \u3000]*")
_MAX_SEARCHED_TOPIC = 12  # characters of a search page's headline naming a topic (某州自治条例)


def _listed_fuller_title(listed: str, headline: str) -> bool:
    """`listed`, the first item of a site's list under `headline`, is a document of the kind the
    headline names, said in full (凉山州自治条例 over ⑴ 凉山彝族自治州城市市容和环境卫生管理条例): the
    headline is the topic the page was found by, the item the document the page holds. Both open
    with the same place and end with the same title word; the item is the longer."""
    listed, headline = squash(fold(listed)), squash(fold(headline))
    if not (len(headline) <= _MAX_SEARCHED_TOPIC < len(listed) and listed[:2] == headline[:2]):
        return False
    return ends_as_title(listed) and any(listed.endswith(word) and headline.endswith(word) for word in title_words()["final"])


def _take_front_matter(page: Page, title: str) -> None:
    """The site's lines between the headline and the document's own title line under it: taken off.

    A page that prints the headline, then its furniture (a date and the site's name, a toolbar,
    a download note, an editor's 导语 naming the file, a keyword line), then the document with
    its title again, has told where the document starts. Lines the header loop reads as
    metadata (field rows, dates, a document number, its organ, the title) stay for it; a date
    stamp that opens a furniture line is kept as 发布时间; the rest is dropped, said so in one
    finding. A line that belongs to the document (a heading, a ——…在…会议上 note, a long
    paragraph, an order's head 某某人民政府令, the notice that issues the document) cancels the rule,
    and so do two paragraphs ending a sentence (the text itself, its headline repeated in a box below).
    """
    if not title:
        return
    # (the title again may carry the page's note as the headline did: …报告（全文）)
    first = next((i for i, line in enumerate(page.lines) if not same_title(bare_title(line), title)), len(page.lines))
    repeat = next((i for i in range(first + 1, min(HEAD_LINES, len(page.lines))) if same_title(bare_title(page.lines[i]), title)), 0)
    menus = not repeat
    if menus:
        # A page saved whole (a reader service's Markdown of it) prints the site's menus first, each
        # item a short line with no sentence in it, dozens of them, then the headline again (the
        # declared title may carry the site's name after it: 某某新措1月1日起实施 - 某市人民政府门户网站).
        head = page.lines[:_NAV_LINES]
        site = site_after_title(title, head)
        headline = site.group("rest") if site is not None else title
        repeat = next((i for i in range(first + 1, len(head)) if same_title(head[i], headline)), 0)
        if any(len(line) > _NAV_ITEM_CHARS or _SENTENCE_MARK.search(line) for line in page.lines[first:repeat]):
            repeat = 0
        elif repeat and site is not None:
            # the site's name after it is no part of it; its repeat below is then told as one
            page.title = page.title.replace(title, headline)
    between = range(first, repeat)
    sentences = sum(1 for line in page.lines[first:repeat] if line.rstrip().endswith(("。", "！", "？")))
    if not repeat or sentences >= _MAX_LEAD_SENTENCES or any(
        len(line) > _FRONT_MATTER_CHARS
        or _HEADING_START.match(fold(line))
        or _SPEECH_NOTE.match(fold(line))
        or _ORDER_HEAD.match(fold(line))
        or _ISSUING_NOTICE.search(fold(line))
        for line in page.lines[first:repeat]
    ):
        return
    dropped: list[int] = []
    for index in between:
        line = BULLET.sub("", page.lines[index], count=1)
        if (_header_line(line) and not (menus and _bare_word(line))) or (index > first and is_label_alone(page.lines[index - 1])):
            continue  # (a value under its label, 索取号 over 3589258689/2025-00030, is the label's)
        if is_label_alone(line) and index + 1 < repeat and not is_label_alone(page.lines[index + 1]):
            continue  # … and so is the label over it (• 索引号： / 6107280000/2024-001005): both stay for the header loop
        dropped.append(index)
        address = _LEADING_ADDRESS.match(line)
        if address is not None and stamp_row(line[address.end() :], page):
            continue  # http://www.example.gov.cn 2018年01月27日 08:09 来源：某某网: the date and the source are fields
        if stamp_row(line, page):
            continue  # 2023年02月02日 08:40:00来源：某某新闻网: the stamp and the fields after it
        stamp = _LEADING_STAMP.match(line)
        if stamp and (DATE_LINE.match(stamp.group(0).strip()) or holds_date(stamp.group(0))):
            page.metadata.setdefault("发布时间", stamp.group(0).strip())
    if not dropped:
        return
    page.findings.append(
        Finding(
            "chrome-dropped",
            "标题与文件自身标题行之间的网站文字（工具栏、下载说明、导语、关键词）：未朗读",
            " ‖ ".join(page.lines[index] for index in dropped)[: SUSPECT_CHROME_CHARS * 4],
        )
    )
    for index in reversed(dropped):
        del page.lines[index]
        del page.origin[index]



_SITE_DASH = re.compile(r"[-－—_|｜][ \u3000]*$")  # the dash that sets a site's name off the headline after it
# A bulletin's number in its series after its title (（第一号）, its closing bracket maybe lost in a copy).
_SERIES_NUMBER = re.compile(r"[ \u3000]*(?:\[\d{1,2}\])?[（(][ \u3000]*第[一二三四五六七八九十\d]{1,3}号[ \u3000]*[)）]?")
_GLUED_TAGS = re.compile(f"[{HAN}]{{4,20}}")  # keywords run together between two field rows
_MAX_LISTED_VALUE = 200  # characters of a value without a sentence under its label on the line above
_MAX_TITLE_BLOCK = 3  # lines of a document's own 关于… title under its issuers' line
_DATE_LINE_CHARS = 20  # a date alone on its line (一九九八年九月二十五日) is no longer


_DISCLOSURE_MODE = re.compile("主动公开|依申请公开|不予公开|部分公开")  # a 公开方式 field's value
_MAX_HEADLINE_TAG = 16  # characters the site sets after the document's own title in its headline


def _tagged_headline(line: str, title: str) -> bool:
    """`title` is `line`, a document's title, with the site's tag after it: a column in brackets
    and maybe a place (关于…的通告（市政府文件）某省), no words that go on the title."""
    own, headline = squash(line), squash(title)
    tag = headline.removeprefix(own)
    return (
        is_headline(line)
        and ends_as_title(line)
        and tag != headline
        and 0 < len(tag) <= _MAX_HEADLINE_TAG
        and _HEADLINE_TAG.fullmatch(fold(tag)) is not None
    )


# The site's tag after a headline: its column in brackets with a place's name after it
# (（市政府文件）某省), or a column of files alone (（市政府文件）); a note of the title's own
# (（试行）, （2023年）) is neither.
_HEADLINE_TAG = re.compile(
    f"[（(【\\[][{HAN}]{{2,10}}[）)】\\]][{HAN}]{{1,6}}(?:省|市|县|区|州|自治区)|[（(【\\[][{HAN}]{{0,8}}文件[）)】\\]]"
)


def _headline_is(page: Page, title: str) -> bool:
    """The page's headline is `title`, maybe with the document's number after it (某县关于…的通告
    桂政通〔2017〕6号: the number is the page's tag, taken as a field)."""
    headline = page.title.strip()
    return headline == title or (headline.startswith(title) and NUMBER_TAIL.fullmatch(headline[len(title) :]) is not None)


def _own_title_block(lines: list[str], index: int, headline: str) -> tuple[int, str] | None:
    """(lines taken, the title) when lines[index] names the issuers (one organ, or several side by
    side) and the lines under it spell a 关于… title broken over up to three lines, its kind maybe
    letter-spaced (通 告), that says the headline more fully: every character of the headline stands
    in it, in order. None otherwise."""
    issuers = lines[index].strip()
    if index + 1 >= len(lines) or not (is_organ_name(issuers) or is_organ_list(issuers)) or not fold(lines[index + 1]).startswith("关于"):
        return None
    for size in range(1, _MAX_TITLE_BLOCK + 1):
        parts = [collapse_spaced_title(part).strip() for part in lines[index + 1 : index + 1 + size]]
        if len(parts) < size or not all(title_like(part) for part in parts):
            return None
        if not ends_as_title(parts[-1]):
            continue
        own = " ".join(issuers.split()) + "".join(parts)
        wanted, fuller = squash(headline), squash(own)
        # (the 关于… line the headline itself, its organ over it, is `names_issuer`'s: the organ opens it)
        if squash("".join(parts)) != wanted and len(fuller) > len(wanted) and said_more_fully(wanted, fuller):
            return 1 + size, own
        return None
    return None


# A WeChat account's card copied with its article: 微信号 <the account's id>功能介绍 <its motto>.
_WECHAT_CARD = re.compile(r"微信号[ \u3000]*[\w\-]{1,40}[ \u3000]*功能介绍")
_WECHAT_CARD_WINDOW = 120  # the card stands this near the start of the line


def _wechat_header(line: str, title: str) -> int:
    """Where the article starts on a WeChat post's first line, copied whole (its title, the
    account's card 某某 微信号 abc功能介绍 <motto>, the date, 收录于话题, an editor's note, then the
    article's own heading naming the title again: 在某某会议上的讲话某某 (2020年6月4日) …): at that
    heading, 0 when the line is not so. The title is looked for as written, or its part after a
    colon (甘肃省省长：在某某会议上的讲话)."""
    card = _WECHAT_CARD.search(fold(line)[:_WECHAT_CARD_WINDOW])
    if card is None:
        return 0
    name = re.split("[:：]", title)[-1].strip()
    if len(name) < _MIN_OWN_TITLE:
        name = title
    at = line.find(name, card.end())
    return at if at > 0 else 0


@cache
def _named_again() -> re.Pattern[str]:
    """A label naming the document (文章标题：, 标题：; `name-label` in data/title_words.tsv) and its
    value, then the text after a space."""
    labels = words_pattern(title_words()["name-label"])
    return re.compile(rf"(?P<label>{labels})[ \u3000]*[:：][ \u3000]*(?P<name>[^ \u3000]{{4,120}})[ \u3000]+(?=\S)")


_NAMED_SHARE = 0.6  # the share of the title the label's value must spell in one run to name it
_MIN_OWN_TITLE = 6  # characters of a title's part after its colon, to be looked for alone


def _names_title(name: str, title: str) -> bool:
    """`name`, a label's value under the title, names the document (the title, or its fuller form
    with a year or a place: 市长在20xx年全市消防工作会议上的讲话 for 市长在全市消防工作会议上的讲话)."""
    wanted = squash(title)
    return bool(wanted) and shared_run(squash(name), wanted) >= _NAMED_SHARE * len(wanted)


def _bare_word(line: str) -> bool:
    """`line` is a short run of characters and nothing else: an organ's name over the title, or,
    among a saved page's menus, a menu item (政务公开, 我要查)."""
    return len(line) <= MAX_ORGAN_CHARS and not re.search(r"[\s\W]", line)


def _header_line(line: str) -> bool:
    """A line the header loop under the title takes as metadata: a field row (not a summary), a
    date, a document number, or a short line without punctuation (the organ over the number)."""
    if _SUMMARY.match(fold(line)):
        return False
    return bool(
        parse_metadata_line(line)
        or DATE_LINE.match(fold(line))
        or is_doc_number(line)
        or _bare_word(line)
    )



def _own_row(label: str, line: str) -> bool:
    """`line`, under an empty `label`, is a row of its own, not the label's value: a field row
    (发布日期：2025-04-29), or the next item of the bulleted list the label is an item of
    (- 文号: over - 发布日期： …)."""
    if parse_metadata_line(line) is not None:
        return True
    return BULLET.match(label) is not None and BULLET.match(line) is not None



def _tag_run(lines: list[str], index: int, title: str, *, after_row: bool) -> int:
    """How many lines from lines[index] are the page's tags under the headline: a tag line
    (标签：某某,某某, maybe after the headline again), or, right under a row taken off (the date, a
    view count), a run of `_MIN_TAG_WORDS` lines or more each one short word (學校 / 農村 / 教師)
    over a longer line, none of them a field's label. 0 if there are none."""
    tag_line = _TAG_LINE.match(fold(lines[index]))
    if tag_line is not None:
        lead = tag_line.group("lead").strip(" ，,\u3000")
        return 1 if not lead or (title and same_title(lead, title)) else 0
    if not after_row:
        return 0
    stop = index
    while stop < len(lines) and _TAG_WORD.fullmatch(lines[stop]):
        stop += 1
    following = lines[stop] if stop < len(lines) else ""
    if any(is_label_only(line) or names_a_field(line) for line in lines[index : stop + 1]):
        return 0  # 发文字号 / 发文日期: a field list's labels, its values under them
    return stop - index if stop - index >= _MIN_TAG_WORDS and len(following) > 4 else 0



def _repeated_summary(lines: list[str], index: int, title: str) -> bool:
    """lines[index] is the page's summary (内容摘要：…, 摘要：…, or a teaser without a label cut off
    mid-word, maybe opening with the title again) and its text is the opening of the text under
    it: the same words, read once."""
    match = _SUMMARY.match(fold(lines[index]))
    summary = re.sub(r"\s", "", lines[index][match.end() if match else 0 :]).rstrip(".。…")
    if len(summary) < (_MIN_SUMMARY if match else _MIN_TEASER):
        return False
    following = re.sub(r"\s", "", "".join(lines[index + 1 : index + 1 + _SUMMARY_LINES]))
    if match:
        return _repeats_text(summary, following)
    squashed = re.sub(r"\s", "", title)
    # 新疆：某某项目建设2月4日，新疆…在202 under that headline: the teaser opens with the title again.
    after_title = summary[len(squashed) :] if squashed and summary.startswith(squashed) else ""
    return following.startswith(summary) or (len(after_title) >= _MIN_TEASER and following.startswith(after_title))



def _record_issuer(lines: list[str], index: int, title: str) -> bool:
    """lines[index], under a copy of the title, is an organ's name alone, another copy of the title
    stands right under it, and the same organ under that: the issuer a record prints with each
    copy of the title."""
    line = lines[index].strip()
    return (
        index + 2 < len(lines)
        and is_organ_name(line)
        and not ends_as_title(line)
        and same_title(lines[index + 1], title)
        and lines[index + 2].strip() == line
    )


_MAX_CAPTION = 40  # characters of a picture's caption printed twice under the byline


def _doubled_caption(lines: list[str], index: int) -> bool:
    """lines[index] is printed again on the next line, short and no heading, with more text under
    them: a picture's alternative text over its caption, both the same words."""
    line = lines[index].strip()
    return (
        index + 2 < len(lines)
        and line == lines[index + 1].strip()
        and 0 < len(line) <= _MAX_CAPTION
        and _HEADING_START.match(fold(line)) is None
        and not is_doc_number(line)  # 某政办发〔2016〕26号 twice: the number's, taken as a field
    )


def _posting_account(lines: list[str], index: int) -> bool:
    """lines[index] is a short name alone (网信黑河), no organ's or place's, and a date stamp stands
    alone on the line under it: the account that posted the page, over its byline."""
    line = lines[index].strip()
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return (
        ACCOUNT_NAME.fullmatch(line) is not None
        and not ends_as_title(line)
        and not is_organ_name(line)  # 某县自然资源局 / 2023年1月5日: the issuer and its date, read
        and not is_place_name(line)
        and (DATE_LINE.match(fold(following)) is not None or _DAY_STAMP_LINE.fullmatch(fold(following)) is not None)
        and len(following) <= _MAX_STAMP_LINE
    )


_MAX_STAMP_LINE = 20  # 2020-09-22 17:50:31 alone
# A story's stamp without its year, the day and the time (04-08 11:10), as a news app prints it.
_DAY_STAMP_LINE = re.compile(rf"\d{{1,2}}-\d{{1,2}}[ \u3000]+{STAMP_TIME}")


def _glued_summary(line: str) -> int:
    """Where the text starts in `line` when it opens with a summary's label and the summary, cut
    short, run on into the text that repeats it (核心提示:从省发展改革委获悉，…同步制定从省发展改革委获悉，
    …同步制定了…; dev77, session 43): the summary is all of what the text then opens with. 0 if not."""
    match = _SUMMARY.match(fold(line))
    if match is None:
        return 0
    text = line[match.end() :]
    opening = text[:_MIN_SUMMARY]
    at = text.find(opening, _MIN_SUMMARY)
    while at > 0:
        if text.startswith(text[:at], at):
            return match.end() + at
        at = text.find(opening, at + 1)
    return 0


def _byline(line: str) -> tuple[dict[str, str], str] | None:
    """(the fields, the finding's message) when `line` is a byline under the headline that names
    no field: a newspaper's credit (《 某某报 》 （2022年10月18日 第 06 版）), a portal's address,
    time and paper (http://www.sina.com.cn 2005年02月25日10:03 重庆时报), a site's name with its day
    (某某人才网 2022-08-06发布) or a source in brackets with the day ([某县人民政府]2016-05-09字号：)."""
    folded = fold(line).strip()
    if (paper := PAPER_CREDIT.fullmatch(folded)) is not None:
        return {"来源": paper.group("paper"), "发布时间": paper.group("date")}, "标题下报纸电子版的报名、日期和版次：报名和日期按字段保存，未朗读"
    if (portal := _ADDRESS_BYLINE.fullmatch(folded)) is not None:
        fields = {"发布时间": portal.group("date")} | ({"来源": portal.group("source")} if portal.group("source") else {})
        return fields, "标题下门户网站的网址、时间和稿件来源：时间和来源按字段保存，未朗读"
    if (site := _SITE_BYLINE.fullmatch(_LATIN_GLOSS.sub("", folded).strip())) is not None:
        fields = {"发布时间": site.group("date")} if site.group("date") else {}
        return fields, "标题下单独一行的网站名称（及发布日期）：未朗读（日期按发布时间保存）"
    bracketed = _BRACKETED_BYLINE.fullmatch(line.strip())
    if bracketed is not None and not names_a_field(bracketed.group("source")):  # 【发布日期】1994-12-27 is a field
        return {"来源": bracketed.group("source"), "发布时间": bracketed.group("date")}, "标题下括号里的来源和网页日期（及字号工具栏）：按字段保存，未朗读"
    return None


def _lead_over_row(lines: list[str]) -> bool:
    """lines[0] is a repost's lead sentence saying the document is printed below it (…现将全文如下。,
    data: excerpt) and lines[1] the page's row of fields (来源：… | 发布时间：…): the row is the
    page's, as it is right under the headline."""
    if len(lines) < 3 or not says_printed_below(lines[0], sentence=True):
        return False
    row = parse_metadata_line(lines[1])
    return row is not None and len(row) >= 2


def is_summary_label(line: str) -> bool:
    """`line` is only a site's label over its summary (核心提示, 内容简介, 【导读】; data: summary-label)."""
    return fold(line).strip(" \u3000【】[]") in title_words()["summary-label"]


def labelled_summary_under(lines: list[str], index: int) -> int:
    """lines[index] is a summary's label alone (核心提示：, 内容简介) and the line under it the summary, which
    the text under it repeats: how many copies of the summary stand under the label (a page may
    print it twice), 0 if it is not so."""
    match = _SUMMARY.match(fold(lines[index]))
    bare = is_summary_label(lines[index])  # 内容简介 alone, no colon
    if not (bare or (match is not None and not lines[index][match.end() :].strip())) or index + 1 >= len(lines):
        return 0
    summary = lines[index + 1]
    copies = 1
    while index + 1 + copies < len(lines) and lines[index + 1 + copies] == summary:
        copies += 1
    squashed = re.sub(r"\s", "", summary).rstrip(".。…")
    following = re.sub(r"\s", "", "".join(lines[index + 1 + copies : index + 1 + copies + _SUMMARY_LINES]))
    return copies if len(squashed) >= _MIN_SUMMARY and _repeats_text(squashed, following) else 0


def _repeats_text(summary: str, following: str) -> bool:
    """The summary (spaces taken out) stands in the text under it: whole, or with a few words
    changed in one of the copies (a mirror's word filter prints 局交通支队 for 公安局交通警察支队):
    where its opening stands, nine tenths of its characters follow in order."""
    if summary in following:
        return True
    start = following.find(summary[:_SUMMARY_ANCHOR])
    if start < 0:
        return False
    window = following[start : start + len(summary) + len(summary) // 5]
    matched = sum(block.size for block in SequenceMatcher(None, summary, window, autojunk=False).get_matching_blocks())
    return matched >= _REPEAT_SHARE * len(summary)


# The text's opening naming the document in full before its short name (《某区国民经济和社会发展第十四个
# 五年规划和二〇三五年远景目标纲要》（以下简称《纲要》），是…编制).
_SELF_NAMED = re.compile(r"^《(?P<name>[^《》]{6,80})》[（(]以下简称")


def take_self_named_title(page: Page) -> None:
    """The full name the text's first sentence gives the document, when the headline is a short form
    of it (某区国民经济和社会发展十四五规划 for 《某区…第十四个五年规划和…远景目标纲要》（以下简称《纲要》）):
    every character of the headline stands in it in order, and it opens with the same place. It is
    the title; the headline is kept as a field. A headline saying more (解读, 印发, 出台) is another
    page's, about the document, and stays."""
    if not page.title or not page.lines:
        return
    named = _SELF_NAMED.match(fold(page.lines[0]).strip())
    if named is None:
        return
    name, title = squash(named.group("name")), squash(page.title)
    if len(name) <= len(title) or name[:2] != title[:2] or not said_more_fully(title, name):
        return
    page.metadata.setdefault("网页标题", page.title)
    page.findings.append(Finding("title-guessed", f"网页标题（{page.title}）是简称：以正文开头所称的全称为标题，请核对", named.group("name")))
    page.title = named.group("name")
