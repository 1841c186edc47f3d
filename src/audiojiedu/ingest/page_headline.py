"""Which line at a scraped page's head is its headline, and what a site set over it.

The lines at the head are ranked (`_rank_headline`): a headline reads as a title, the lines
around it as fields, text or the site's furniture (columns, listings, crumb trails, menu and
tool bars). Furniture over the headline is dropped (`drop_furniture_over_headline`). A headline
may be broken over two or three lines, or printed again under itself.
"""

from __future__ import annotations

import re
from itertools import pairwise, takewhile
from typing import Literal

from ..han import HAN
from ..model import Finding
from ..part_names import CONTENTS_HEADING
from ..tsv import words_pattern
from .clean import collapse_spaced_title
from .page_chrome import (
    BULLET,
    COUNT,
    CRUMB_MARKS,
    SUSPECT_CHROME_CHARS,
    chrome_tokens,
    fold,
    is_chrome_line,
    is_related_header,
)
from .page_fields import (
    DATE_LINE,
    DOC_NUMBER,
    MAX_TITLE_CHARS,
    PERSON_NAME,
    Page,
    empty_widget,
    is_doc_number,
    is_label_only,
    label_key,
    parse_metadata_line,
    title_like,
)
from .page_title_clean import (
    FILE_NAME_TAIL,
    HEAD_LINES,
    ORIGINAL_TITLE,
    TITLE_TAG_HEAD,
    TITLE_TAG_TAIL,
    number_after_title,
    site_after_title,
)
from .page_title_words import (
    JOINING_WORDS,
    LEADING_YEAR,
    MAX_COLUMN_CHARS,
    MAX_ORGAN_CHARS,
    MIN_CANDIDATE_CHARS,
    PLACE_ENDS,
    TITLE_REPEAT_LINES,
    contents_heading_of,
    ends_as_title,
    ends_whole_title,
    headline_phrases,
    is_headline,
    is_organ_list,
    is_organ_name,
    is_place_name,
    letterhead,
    names_issuer,
    opens_own_title,
    opens_with_issuer,
    organ_over_its_years_title,
    own_note_line,
    same_opening,
    same_title,
    says_what_happened,
    says_what_it_does,
    shared_run,
    squash,
    title_repeat_lines,
)
from .pipe_tables import is_pipe_row
from .title_words import title_words

_ARABIC_ITEM = re.compile(r"(\d{1,2})[.．、]")
HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]"
    r"|第[一二三四五六七八九十百\d]+(?:[章节条篇编節條編]|部分))"
)
HEAD_ROW_CHARS = 80  # a metadata row under the title is at most this long
# Furniture over a headline (see drop_furniture_over_headline): looked for in this many lines,
# each item at most this long (a headline found under it holds at least MIN_CANDIDATE_CHARS).
_FURNITURE_LINES = 80
_FURNITURE_ITEM_CHARS = 16
_CRUMB_MARK = re.compile(rf"\s*[{CRUMB_MARKS}]{{1,2}}\s*")  # between the crumbs of a trail (首页>>某某 doubles it)
_MIN_CRUMBS = 3  # a trail has two marks at least
# A line opening with a full date set apart from what follows (2022-11-08 某某平台的版权声明): a stamp.
_STAMPED = re.compile(r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[ \u3000]+\S")
# Ranking the lines at a page's head as its headline (see _rank_headline).
_MIN_HEADLINE_SCORE = 3
_REPEAT_LOOKAHEAD = 12  # the document's own title line is printed again within this many lines
_MAX_ISSUER_LINES = 4  # a joint document's issuers printed one a line over its 关于… headline
_MENU_BAR_ITEMS = 3  # a line of at least this many short items is a menu bar
_MAX_SPACED_HEADS = 2  # a letterhead and a kind line set letter-spaced at the top (see join_spaced_heads)
_BARE_URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")  # a web address alone on its line
_MIN_LINK_ITEMS = 5  # a site's menu set one link a line runs this many short lines or more
_LINK_ITEM_CHARS = 10  # … each this short
_MIN_KEYWORDS = 4  # a spammed page title joins this many keyword phrases or more with hyphens
_MAX_KEYWORD_CHARS = 16  # … each this short
# A column's English name glued to its Chinese name (Regulation政策法规, About us 关于我们).
# Each further word starts at a capital or after a space, so a run of letters splits one way
# only (with either allowed anywhere, a long English line took exponential time to reject).
_BILINGUAL_COLUMN = re.compile(rf"[A-Z][a-z]{{2,}}(?:[ \u3000]?[A-Z][a-z]+|[ \u3000][a-z]+)*[ \u3000]*[{HAN}]{{2,8}}")
# A column's English name on a line of its own (governor, News Center, Policies and regulations):
# letters only, a few words; a Chinese page's headline always has a Chinese character.
_ENGLISH_COLUMN = re.compile(r"[A-Za-z]{2,}(?:[ \u3000]+[A-Za-z]+){0,5}")
_BRACKETED = re.compile(r"[（(【\[［][^（）()【】\[\]［］]{1,16}[）)】\]］]")  # （某县某局）: a column label
_STAMP_START = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}[:：]\d{2}")  # 2026-03-11 19:16 来源：…
# A reporters' credit without a colon: the newsroom's label ending in 记者, the names after it set
# apart by spaces (西北角·某某网记者 张某 李某某, 本报记者 王某, 某某报驻京记者 某某). Under a headline it is
# a field (see `page_under_title`); alone at the head, the page lost its headline: never the title.
# (a paper's app writes its credit with 文 and a slash: 文/某报-某某头条记者 张某 李某)
REPORTER_LINE = re.compile(
    rf"(?P<label>(?:文[/／|｜][ \u3000]*)?[{HAN}·\-－]{{0,16}}记者)[ \u3000]+(?P<names>[{HAN}]{{2,4}}(?:[ \u3000、]+[{HAN}]{{2,4}}){{0,7}}?)"
    rf"(?:[ \u3000]+[{HAN}]{{2,6}}报道)?"  # 某某网记者 某某 某地报道: where the reporters filed from, no name
)
_CREDIT_MARK = re.compile(r"^[□■◇◆]\s*")  # a newspaper's box before its credit (□ 本报记者 某某)
BARE_LABEL = re.compile(rf"[{HAN}]{{1,6}}[ \u3000]*[：:]")  # 主题：, 时限： alone on a line
_DATED_ROW = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}")
# The finding for an issuer's letterhead over the headline, wherever it is taken off (here and in page_title).
LETTERHEAD_DROPPED = "标题上方的文件头（某某文件）：发文机关已记入元数据，未朗读"
BRACKETED_TAIL = re.compile(r"[（(][^（）()]{1,16}[）)]$")  # （2022年更新） after a listing name
# A date alone on a line, maybe in brackets ((二〇〇八年二月二十六日), 2024年3月1日): a dateline, never a title.
_NUMERAL = "0-9０-９〇零○OoＯ一二三四五六七八九十"
DATE_ONLY = re.compile(rf"[（(【\[]?\s*[{_NUMERAL}]{{2,4}}\s*年\s*[{_NUMERAL}]{{1,3}}\s*月(?:\s*[{_NUMERAL}]{{1,3}}\s*日)?\s*[）)】\]]?")
# A calendar line at a page's top: today's date and weekday (2023年11月5日 星期天), the site's clock.
# A gazette's issue date (1996年03月15日出版) is one too.
_CALENDAR_LINE = re.compile(
    r"(?:今天是|今日是)?[：:]?\s*\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*(?:(?:星期|周|礼拜)[一二三四五六日天]|出版)"
)
# A line saying only when, in a news story's words: a time of day, maybe after its day (今天（2月10日）
# 上午, 2月3日上午, 上午9时; seen on the wide samples, session 29, at the head of news set as short
# lines): the story's text, never the site's (its clock is a calendar line) nor a title.
TIME_OF_DAY = re.compile(
    r"(?:今天|今日|昨天|昨日|当天|当日)?[ \u3000]*(?:[（(]?\d{1,2}月\d{1,2}日[）)]?)?[ \u3000]*"
    r"(?:上午|下午|晚上|晚间|凌晨|中午|早上|清晨|傍晚)[ \u3000]*(?:\d{1,2}[时点](?:\d{1,2}分|半)?)?"
)
# A subtitle line under a report's heading (——在某某县第十八届人民代表大会第五次会议上): no title.
# One hyphen and a space (- 约4千字) open an item of a list, not an occasion (see BULLET).
_OCCASION = re.compile(r"^(?![-－]\s)(?:[—－\-]{1,2}|―)")
# … and the same line printed without its dash, maybe with the day first (2025年1月10日在某县第五届
#人民代表大会第三次会议上): it says where a speech was given, and ends there; 在…会议上的讲话 is a title.
SESSION_OCCASION = re.compile(rf"(?:[（(]?[{_NUMERAL}]{{2,4}}\s*年[^在。，；]{{0,10}}[）)]?\s*)?在[^。，；！？]{{2,60}}?(?:会议|大会)上")


# A law's adoption or approval note under its title ((2021年1月18日某县第十七届人民代表大会第六次会议
# 通过), (1989年11月25日…常务委员会批准 自1990年1月1日起施行)): dated, in brackets; the document's.
_ADOPTION_NOTE = re.compile(r"[（(][^（）()]*\d[^（）()]*(?:通过|批准|施行|修正|修订)[^（）()]{0,30}[）)]")


def is_adoption_note(line: str) -> bool:
    """(2021年1月18日…会议通过): a law's adoption or approval note, the document's text, never its
    title; printed over the text when a page starts below the title."""
    return _ADOPTION_NOTE.fullmatch(fold(line).strip()) is not None


def credit_of(line: str) -> str:
    """`line` folded, without the box a newspaper sets before a credit (□ 本报记者 某某)."""
    return _CREDIT_MARK.sub("", fold(line).strip())


def is_credit_line(line: str) -> bool:
    """本报记者 某某, □ 某某报驻京记者 某某: a reporters' credit (see `REPORTER_LINE`)."""
    return REPORTER_LINE.fullmatch(credit_of(line)) is not None


def is_speaker_line(line: str) -> bool:
    """某市人民政府市长 某某, 县委副书记、县长 某某, 某市审计局局长 某某: the line under a speech's heading
    naming who gave it: an office that heads a government or reports to a congress (data:
    speaker-post), right after the government, the place, the bureau or committee or the other
    office it goes with (人民政府市长, 某市市长, 财政局局长, 常委会主任, 、县长, 代区长) or alone, and then a
    person's name (two to four characters, or a transcribed name with its middle dot); never a
    title. A line ending as a title does (某某县长热线工作报告), or a post inside a phrase
    (…工作会议镇长部署稿), is not one."""
    folded = fold(line).strip()
    posts = words_pattern(title_words()["speaker-post"])
    office = rf"(?:[^。，；：:！？]{{0,28}}?(?:政府|[省市县区州旗盟镇乡委局厅会]|、|代|副))?(?:{posts})"
    speaker = re.fullmatch(rf"{office}[ \u3000]*{PERSON_NAME}", folded)
    return speaker is not None and not ends_as_title(folded)


def is_occasion(line: str) -> bool:
    """——在某县第五届人民代表大会第三次会议上, 2025年1月10日在…会议上: the line under a speech's
    heading saying where and when it was given (with or without its dash, maybe with the speaker's
    line glued after it), never a title."""
    if _OCCASION.match(line) is not None:
        return True
    folded = fold(line).strip()
    if SESSION_OCCASION.fullmatch(folded) is not None:
        return True
    # …在某县…会议上县长 某某: the speaker's line glued after it (a flattened copy) is no title either.
    occasion = SESSION_OCCASION.match(folded)
    return occasion is not None and is_speaker_line(folded[occasion.end() :])


def continues_into(first: str, second: str) -> bool:
    """Whether `second` can be the rest of a title whose first part is `first`.

    Not when `first` is a bar item (无障碍 |), a bulleted list item (• 手机版), a bar of short items
    set apart by spaces (热搜： 某某  某某  某某, see `is_menu_bar`), a line of Latin letters without
    a Chinese character over a headline complete in itself (a crumb or a tag: abc123), a line that
    opens as `second` does (the page's headline over the document's own title line, both naming
    the same organ first: see `_opens_alike`), a site's name, a
    column's name over a complete headline (see `_is_column_over_headline`), or set letter-spaced
    while `second` is not (年 份 over the headline: a title broken over lines is set alike on
    both), nor when `second` is a news subheadline (see `_is_subheadline`); nor when `second` is
    already inside `first` (the document's own heading under the
    page's headline: （某市）某区政府工作报告（2025年1月8日） over 某区政府工作报告), nor when
    `first` is a sentence ending with ！ or ？ after a comma (a banner's slogan).
    """
    if "|" in first or "｜" in first or BULLET.match(first):
        return False
    if re.search(">>|＞＞|»", first):
        return False  # 新法规速递>>纯文字版 over the title (dev81): a trail's marks, in no title
    if re.search("[！!？?][ \u3000]*$", first) and re.search("[，,]", first):
        return False  # 某某平台！——让政策更好地服务企业，享看即看！: a banner's sentences, no title's start
    if _is_subheadline(first, second):
        return False
    if is_menu_bar(first):
        return False  # 热搜： 古代诗歌  名言名句  员工手册 over the headline: the site's bar, glued to nothing
    if re.search("[A-Za-z]", first) and not re.search(f"[{HAN}]", first) and is_candidate_headline(second):
        return False  # a crumb or a tag in Latin letters (abc123) over a headline complete in itself
    if label_over_own_title(first, second):
        return False  # 点击收听语音播报 over 某镇人民政府2024年…年度报告: a widget's words, then the title
    if _opens_alike(first, second):
        return False  # 某局2024年度部门决算公开 over 某局2024年度决算公开说明: two titles, each whole
    if _is_crumb_trail(first):
        return False  # 某某网>文献资料>正文 over the headline: the site's trail, no title's start
    if _CALENDAR_LINE.fullmatch(fold(first).strip()):
        return False  # 2023年11月5日 星期天 over the headline: the site's clock, no title's start
    if DATE_ONLY.fullmatch(fold(first).strip()) and ends_as_title(second) and opens_with_issuer(fold(second)):
        return False  # 2024年12月 over 某市制定地方性法规条例: an archive's month, the headline is whole
    if _STAMPED.match(fold(second)):
        return False  # 2022-11-08 某某平台的版权声明: a dated line is the page's, no title's rest
    if _is_listing_over_headline(first, second):
        return False
    if _is_letter_spaced(first) and not _is_letter_spaced(second):
        return False
    if _is_letter_spaced(second) and not _is_letter_spaced(first) and is_organ_name(squash(second)):
        return False  # 某 某 市 人 民 政 府: a letterhead set letter-spaced goes on no title over it
    if _site_over_own_title(first, second):
        return False  # 云县人民政府 (the site) over 云县防汛抗旱应急预案
    if _is_word_over_headline(first, second):
        return False  # 其他 over 拉萨市人民政府最新通告, 在线检阅： 搜索 over 政府工作报告
    if _is_column_over_headline(first, second) or fold(first).endswith(title_words()["site"]):
        return False  # 某某范文网 over its menu bar (… 自查报告) is no title broken over lines
    chunks = fold(first).split()
    if len(chunks) >= 2 and chunks[0].endswith(tuple(word for word in title_words()["site"] if len(word) > 1)) and "关于" not in chunks[0]:
        return False  # 某市政府门户网站 政务邮箱: the site's name, then an item of its bar
    if _opens_with_issuer(second) and ends_as_title(second):
        return False  # 《某市进一步支持民间投 (a listing cut short) over 某市人民政府关于印发…的通知: it starts there
    return squash(second) not in squash(first)


# A title's opening: its issuer's name, then 关于 (某市人民政府办公厅关于印发…).
_ISSUER_ABOUT = re.compile(f"(?P<issuer>[{HAN}]{{2,30}}?)关于")


def _opens_with_issuer(line: str) -> bool:
    """`line` opens as a title does, with its issuer's name and 关于: the start of a title, never
    the rest of one begun on the line above."""
    opening = _ISSUER_ABOUT.match(fold(line).strip())
    return opening is not None and is_organ_name(opening.group("issuer"))


_SUBHEAD_PHRASES = 3  # a news subheadline lists this many phrases at least, set apart by spaces
_SUBHEAD_PHRASE_CHARS = 4


def _is_subheadline(first: str, second: str) -> bool:
    """`second` is a news subheadline under the headline `first` (某某会议开幕 over 某某讲话 某某等到会
    祝贺 某某作工作报告): three phrases or more set apart by spaces, each a clause of its own (four
    characters at least), the last ending as a title does (so the two lines would be joined as
    one title), no menu; `first` is long enough to name the event, no site's furniture, and does
    not break off inside a phrase (it ends with no joining word, no issuing verb, no 关于:
    关于印发 / 某某办法 某某细则 某某规程的通知 is one title)."""
    phrases = fold(second).split()
    tail = fold(first).rstrip()
    if squash(second) == squash(first):
        return False  # the headline printed twice: a copy, no subheadline
    if _phrases_headline(first) and ends_as_title(second) and len(squash(second)) >= _MIN_SUBHEAD_SENTENCE:
        return True
    if _EVENT_HEADLINE.fullmatch(tail) and "关于" not in tail and says_what_happened(tail):
        # 某某主持召开国务院常务会议 over 讨论通过《某某方案》: the meeting is named whole; what it
        # passed, on the lines under it, is its subheadlines, never the rest of its name (关于召开…会议 /
        # 的通知 names a notice)
        return True
    return (
        ends_as_title(second)
        and len(squash(first)) >= MIN_CANDIDATE_CHARS
        and not (_is_furniture(first) or is_menu_bar(first) or _is_crumb_trail(first) or is_pipe_row(first))
        and not tail.endswith(title_words()["site"])
        and not (is_menu_bar(second) or is_pipe_row(second) or "|" in second)
        and len(phrases) >= _SUBHEAD_PHRASES
        and all(len(phrase) >= _SUBHEAD_PHRASE_CHARS for phrase in phrases)
        and not tail.endswith(JOINING_WORDS + ("关于",) + title_words()["issue"])
    )


_MIN_SUBHEAD_SENTENCE = 20  # characters of a subheadline that tells the news under a headline of phrases
# A news headline naming an event held, whole in itself (…主持召开国务院常务会议, 某县召开…座谈会,
# 县十六届人大四次会议开幕).
_EVENT_HEADLINE = re.compile(rf"[{HAN}“”]{{4,30}}(?:会议|大会|座谈会|推进会|发布会|常务会|论坛|仪式|典礼)(?:隆重|胜利)?(?:开幕|闭幕|召开|举行)?")


def _phrases_headline(line: str) -> bool:
    """`line` is a news headline of two or more phrases set apart by spaces (全方位推动高质量发展超越
    确保“十四五”各项目标任务全面完成; dev78, session 43), complete in itself: each phrase four characters
    at least and no organ's name (some organs set apart are a joint document's issuers), no 关于 or
    issuing verb in it and no joining word at its end (it is cut inside no title)."""
    folded = fold(line).strip()
    phrases = folded.split()
    return (
        len(phrases) >= 2
        and all(len(phrase) >= _SUBHEAD_PHRASE_CHARS and not is_organ_name(phrase) for phrase in phrases)
        and "关于" not in folded
        and not any(word in folded for word in title_words()["issue"])
        and not folded.endswith(JOINING_WORDS)
        and not (_is_furniture(line) or is_menu_bar(line) or _is_crumb_trail(line) or is_pipe_row(line))
    )


def label_over_own_title(first: str, second: str) -> bool:
    """`first` is a label, a tag or a widget's words over `second`, a title complete in itself
    (点击收听语音播报 over 某镇人民政府2024年…年度报告; [转帖] 某某 over 某某在全县…会议上的讲话):
    `second` opens and ends as a title does (see `opens_own_title`) and `first` is cut inside no
    title (no 关于 and no issuing verb in it, no joining word at its end: 某县人民政府关于印发 over
    某县2024年…方案的通知 is one title), and names no organ (one organ over its title is its issuer,
    see `names_issuer`)."""
    folded = fold(first).strip()
    return (
        opens_own_title(second)
        and "关于" not in folded
        and not any(verb in folded for verb in title_words()["issue"])
        and not folded.endswith(JOINING_WORDS)
        and not is_organ_name(first)
        and not is_organ_list(first)
        and not _place_phrase(folded)
    )


def _place_phrase(folded: str) -> bool:
    """A phrase opening with the place a title is of, long and cut before the title's end (某州国民
    经济和社会发展 over 第十四个五年规划和2035年远景目标纲要): the title's start, no label; no site's
    or organ's name alone (see `_site_over_own_title`, `names_issuer`)."""
    return (
        len(squash(folded)) >= _MIN_PLACE_PHRASE
        and opens_with_issuer(folded)
        and not ends_as_title(folded)
        and not folded.endswith(title_words()["site"])
        and not re.search(r"[\s：:|｜，。]", folded)
    )


# A trail whose marks were lost, its last crumb 正文 (郑州人大人大要闻正文: 郑州人大 > 人大要闻 > 正文).
_GLUED_TRAIL = re.compile(f"[{HAN}]{{2,20}}正文")


def _is_crumb_trail(line: str) -> bool:
    """某某人大网>文献资料>正文: short items set apart by two trail marks or more, no sentence; a
    breadcrumb trail whatever its first crumb (a site's name rather than 首页)."""
    if _GLUED_TRAIL.fullmatch(fold(line).strip()):
        return True
    items = [item.strip() for item in _CRUMB_MARK.split(fold(line))]
    return (
        len(items) >= _MIN_CRUMBS
        and all(0 < len(item) <= _FURNITURE_ITEM_CHARS for item in items)
        and not re.search("[。！？；，]", line)
    )


def _opens_link_list(lines: list[str], index: int) -> bool:
    """lines[index] opens a run of `_MIN_LINK_ITEMS` short lines or more, no sentence among them
    (政府信息公开指南 / 政府信息公开制度 / 信用信息 / 扶贫救助 / …): the site's menu set one link a
    line, its first item no rest of the title above it (某市人民政府 over it is the site's name)."""
    run = lines[index : index + _MIN_LINK_ITEMS]
    return len(run) == _MIN_LINK_ITEMS and all(
        0 < len(line) <= _LINK_ITEM_CHARS and not re.search("[。，；：:！？]", line) and not HEADING_START.match(fold(line))
        for line in run
    )


def is_keyword_list(line: str) -> bool:
    """某某在线观看-某某免费-某某网站-…: short phrases joined by hyphens, four or more, none naming a
    document (ending as a title does): a search-engine keyword list a spammed site set as its page
    title, never the headline. A title's own hyphen (某某规划-2025年修订) joins two parts at most."""
    # A hyphen between figures is a date's or a range's (2021-08-31, 2021-2023年), no keyword's end.
    parts = [part.strip() for part in re.split(r"(?<!\d)[-_]|[-_](?!\d)", fold(line))]
    return (
        len(parts) >= _MIN_KEYWORDS
        and all(0 < len(part) <= _MAX_KEYWORD_CHARS for part in parts)
        and not any(ends_as_title(part) for part in parts)
        and not re.search("[。；，]", line)
    )


def _is_page_nav(line: str) -> bool:
    """第09版：公告 上一版 3 4 下一版, 返回首页 | 版面导航 | 标题导航: a line holding a page-turning or
    navigation word (data: nav), without a sentence: an e-edition's or a site's navigation."""
    folded = fold(line)  # 跳至內容: a traditional page's words are matched folded
    return any(word in folded for word in title_words()["nav"]) and not re.search("[。！？；]", line)


def _is_bilingual_column(line: str) -> bool:
    """Regulation政策法规, News 新闻中心: a column's name in English glued to its Chinese name, as a
    site's banner sets it over the headline; never a title's first part (an acronym opening a title,
    APEC会议, has no lower-case letters)."""
    return _BILINGUAL_COLUMN.fullmatch(fold(line).strip()) is not None


def is_english_column(line: str) -> bool:
    """governor, News Center, Policies and regulations alone on a line: a column's English name
    (`page.extract_page` drops one before the text begins)."""
    return _ENGLISH_COLUMN.fullmatch(fold(line).strip()) is not None


def _opens_alike(first: str, second: str) -> bool:
    """`first` and `second` open with the same words (某区教育委员会 …): the rest of a title broken
    over lines never starts it again, so each is a name of its own (a page's headline and the
    document's own title line under it)."""
    return same_opening(first, second) and is_candidate_headline(second)


def _two_titles(first: str, second: str) -> bool:
    """`first` is the page's headline over the document's own title line `second`, both opening
    with the same organ (see `_opens_alike`), so `first` is the title and the ranking is skipped.

    Only when `first` is shaped as a title long enough to name a document and says more than the
    organ and a column: an organ or a site's name over a headline opening with it (某县人民政府,
    某县人民政府门户网站 over 某县人民政府关于…的通知), a column or a crumb's end (某县政务公开,
    某县人民政府通知公告, 首页>某县人民政府) is the site's, and the ranking decides."""
    key, other = squash(fold(first)), squash(fold(second))
    if not (
        _opens_alike(first, second)
        and title_like(first)
        and len(key) >= MIN_CANDIDATE_CHARS
        and not re.search("[>＞»/|｜]", first)
        and head_role([first], 0) == "candidate"
    ) or is_organ_name(first):
        return False
    if other.startswith(key):
        return False  # 某县人民政府 over 某县人民政府关于…: the organ alone, the headline names it again
    if "关于" in fold(first) and not ends_as_title(first) and ends_as_title(second):
        return False  # 某区某办关于转发…开展全: a 关于… title cut short (another document's link) over a whole one
    shared = next((i for i, (a, b) in enumerate(zip(key, other, strict=False)) if a != b), len(key))
    rest = key[shared:]  # what the first line says past the organ both open with
    return not (_names_kinds_only(rest) or key.endswith(title_words()["column"] + title_words()["site"]))


# A column's name with the office that keeps it in brackets: 教育教学（教务处）.
_COLUMN_WITH_OWNER = re.compile(f"[{HAN}]{{2,8}}[（(][{HAN}]{{2,8}}[)）]")


def _is_column_over_headline(first: str, second: str) -> bool:
    """`first` is a column's name over a headline complete in itself (政府文件 over 某省某厅关于印发…的
    通知): `second` ends as a title and says what the document does (关于…, 印发), or `first` ends
    as a column's name does (某某类信息公开), or is one with its office in brackets (教育教学（教务处）),
    over a headline that opens with its issuer (某乡人民政府2025年…年度报告), while `first` is short,
    holds no 关于 and no issuing verb (某市人民政府某市中级人民法院印发 over 关于…的通知 runs on),
    names no agency or place that could issue it and ends on no joining word."""
    folded = fold(first).strip()
    words = title_words()
    return (
        (
            says_what_it_does(second)
            or (
                (folded.endswith(words["column"]) or _COLUMN_WITH_OWNER.fullmatch(folded) is not None)
                and not re.search(r"\d", folded)
                and opens_with_issuer(fold(second))
            )
        )
        and ends_as_title(second)
        and len(squash(second)) >= MIN_CANDIDATE_CHARS
        and len(folded) <= MAX_COLUMN_CHARS
        and "关于" not in folded
        and not any(verb in folded for verb in title_words()["issue"])
        and not folded.endswith(title_words()["organ"] + PLACE_ENDS + JOINING_WORDS)
        and not is_organ_name(first)
    )


# The place a name opens with (云县 of 云县人民政府, 某某市 of 某某市应急管理局).
_LEADING_PLACE = re.compile(f"[{HAN}]{{1,6}}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区|镇|乡)")


def _site_over_own_title(first: str, second: str) -> bool:
    """`first` is an organ's name (the site's, 某县人民政府, heading its pages) over a headline that
    opens with the same place and says no issuing (某县防汛抗旱应急预案): a title of its own. A
    title broken after its issuer goes on with 关于 or an issuing verb (某县人民政府 / 关于…)."""
    organ, headline = fold(first).strip(), fold(second).strip()
    if not is_organ_name(organ) or says_what_it_does(headline) or not ends_as_title(headline):
        return False
    place = _LEADING_PLACE.match(organ)
    return place is not None and headline.startswith(place.group())


_INTERPRETATION_LINK = re.compile(
    rf"^(?:[【\[［][{HAN}]{{0,6}}解读[】\]］][ \u3000:：]*《(?P<name>[^《》]{{2,80}})》[ \u3000]*(?:[{HAN}]{{0,4}}解读)?"
    rf"|(?:关于)?《(?P<named>[^《》]{{2,80}})》[ \u3000]*的?[{HAN}]{{0,4}}解读)$"
)
_SAME_DOCUMENT_RUN = 12  # a link naming the document a little otherwise shares this long a run with its title
_SAME_FILE_RUN = 6  # …and a file's name, shorter, this long a run (决算公开说明)
_MIN_KIND_ENTRY = 4  # 政府信息公开指南: a menu's entry a headline below names more fully
_MIN_PLACE_PHRASE = 10  # 某州国民经济和社会发展: a place's phrase opening a title broken over lines
_MAX_LONE_WORD = 3  # a title's first line broken by the layout's width is longer than this


def _is_word_over_headline(first: str, second: str) -> bool:
    """`first` is a page's lone word (其他, a column's or a tag's) or a widget's label and its button
    (在线检阅： 搜索) over a headline complete in itself: a layout breaks a title where its line is
    full, never after two or three characters, unless they name a place or an organ (某县 over
    人民政府关于…)."""
    folded = fold(first).strip()
    widget = re.fullmatch(f"[{HAN}]{{2,8}}[:：][ \u3000]*(\\S{{1,6}})", folded)
    if widget is not None and widget.group(1) in chrome_tokens():
        return True
    return (
        len(squash(folded)) <= _MAX_LONE_WORD
        and not folded.endswith(title_words()["organ"] + PLACE_ENDS)
        and ends_as_title(second)
        and is_candidate_headline(second)
    )


def _is_listing_over_headline(first: str, second: str) -> bool:
    """`first` is a site's listing name over the document's own headline ((某省)某县…十四五规划(2022年
    更新) over 某县…第十四个五年规划和二〇三五年远景目标纲要): it opens with a region label in brackets,
    and is a name complete in itself (short of a bracketed note, it ends as a title does), and
    `second` is a headline complete in itself too."""
    tag = TITLE_TAG_HEAD.fullmatch(fold(first))
    return (
        tag is not None
        and is_place_name(tag.group("tag"))
        and ends_as_title(BRACKETED_TAIL.sub("", tag.group("rest")))
        and is_candidate_headline(second)
    )


def _is_letter_spaced(line: str) -> bool:
    """政 府 工 作 报 告, 年 份: every chunk a single character (two chunks at least)."""
    chunks = line.split()
    return len(chunks) >= 2 and all(len(chunk) == 1 for chunk in chunks)


_LISTING_HEAD_LINES = 40  # a listing's column header stands among this many lines at the top
_MIN_LISTING_COLUMNS = 3


def _under_listing_header(lines: list[str]) -> int:
    """The index of the headline right under a row of a listing's column names (序号 标题 发文字号
    成文日期 发布日期: `listing-column` title words, at least `_MIN_LISTING_COLUMNS` of them and
    nothing else), 0 if there is none: the page shows one document of the listing, and every line
    above it is the site's."""
    columns = set(title_words()["listing-column"])
    for index, line in enumerate(lines[: _LISTING_HEAD_LINES]):
        names = fold(line).split()
        if len(names) >= _MIN_LISTING_COLUMNS and all(name in columns for name in names):
            below = index + 1
            return below if below < len(lines) - 1 and is_headline(lines[below]) else 0
    return 0


def _first_line_heads(page: Page) -> bool:
    """The first line is the title, or the start of it (see `drop_furniture_over_headline`)."""
    first = page.lines[0]
    if is_headline(_headline_core(first)) and not (
        _names_kinds_only(first)
        or is_menu_bar(first)
        or _is_crumb_trail(first)
        or _is_site_banner(page.lines)
        or is_keyword_list(first)
        or _NUMBERED_FIELD.match(fold(first))
        # 湖南省 / 某区某镇某村委会 over a service item: a place's name alone is the region the
        # visitor picked (or the site's locality), never a page's title
        or (len(page.lines) > 1 and is_place_name(first.strip()))
    ):
        fuller = page.lines[1] if len(page.lines) > 1 else ""
        # 统计公报 over 某县2023年国民经济和社会发展统计公报, 政府工作报告 over 某某在…会议上的政府工作报告
        # （摘登）: the column's name, then the headline naming the same kind more fully.
        named = squash(BRACKETED_TAIL.sub("", fold(fuller).strip()))
        return not (is_candidate_headline(fuller) and named.endswith(squash(first)) and len(named) > len(squash(first)))
    if (
        len(page.lines) > 1
        and is_headline(first + page.lines[1])
        and continues_into(first, page.lines[1])
        and not (_is_page_nav(first) or _is_bilingual_column(first) or _opens_link_list(page.lines, 1) or _is_crumb_trail(first))
    ):
        return True  # a title broken over two lines (a skip link, a column's banner or a menu's first item is none)
    if broken_over_three(page.lines, 0):
        return True
    if len(page.lines) > 1 and title_like(first) and not is_menu_bar(first) and _is_subheadline(first, page.lines[1]):
        return True  # a news headline over its subheadline of phrases (某某讲话 某某到会祝贺 某某作报告)
    if len(page.lines) > 1 and _two_titles(first, page.lines[1]):
        return True  # the headline over the document's own title line, both naming the same organ first
    if _over_its_cover(page.lines):
        return True  # 某局2023年度部门决算公开 over 某局 / 2023年部门决算: the headline over its cover
    if _lone_news_headline(page.lines):
        return True  # 某镇…公推大会今天召开 over its photos' captions (…大会现场 / 与会的377名代表, twice)
    # 某某述职报告范文五篇-某某平台: the page's own title, the site's name taken off later
    return _headline_with_site(first, page.lines[1:HEAD_LINES])


_MIN_NEWS_HEADLINE = 12  # characters of a news headline that heads the page by itself


def _lone_news_headline(lines: list[str]) -> bool:
    """lines[0] reports what happened, as a news headline does (…大会今天召开), and no line under it
    at the head reads as a title or reports anything: the lines there are its photos' captions
    (…大会现场, 与会的377名代表, maybe printed twice), never the headline."""
    first = lines[0]
    if len(squash(first)) < _MIN_NEWS_HEADLINE or not title_like(first) or not says_what_happened(first):
        return False
    head = list(takewhile(lambda line: "。" not in line, lines[1:HEAD_LINES]))
    return bool(head) and not any(is_headline(line) or says_what_happened(line) for line in head)


def _over_its_cover(lines: list[str]) -> bool:
    """lines[0] is a headline that names what the cover under it prints (某局2023年度部门决算公开 over
    某局 / 2023年部门决算): the organ over its year's title (see `organ_over_its_years_title`), the
    organ and the year both in the headline."""
    if len(lines) < 3 or not organ_over_its_years_title(lines[1], lines[2]):
        return False
    year = LEADING_YEAR.match(fold(lines[2]).strip())
    headline = squash(fold(lines[0]))
    return year is not None and squash(fold(lines[1])) in headline and year.group().rstrip("年度") in headline


def _title_over_occasion(lines: list[str]) -> int:
    """The index of the line right over a report's occasion (——2025年1月8日在某市…会议上) below the
    first line, -1 if none: a report's title stands over it, whatever the site's lines over it
    (行政区划 / 开发区, a menu's words) look like."""
    for index in range(1, min(HEAD_LINES, len(lines) - 1)):
        if is_occasion(lines[index + 1]) and not is_occasion(lines[index]):
            line = collapse_spaced_title(lines[index])
            # A headline above naming the report more fully (2020年某区政府工作报告 over 政府工作报告) is the title.
            fuller = any(squash(above).endswith(squash(line)) for above in lines[:index])
            return index if title_like(line) and is_headline(line) and not fuller else -1
    return -1


def drop_furniture_over_headline(page: Page) -> None:
    """Take off the site's furniture over the headline when no title was declared.

    The first line is the title when it reads as one (or a title broken over two lines starts
    there), unless it is a menu's word and a line below stands right over a report's occasion
    (——…在…会议上): that line is the headline. When it does not (a site's name, a menu bar, 政府信息公开, a toolbar, a date and
    source row), the lines at the head are ranked as the headline (see `_rank_headline`). The
    winner is moved to the top; field rows above it (索引号 / its value, a date stamp row) stay
    under it for the metadata, and every other line above it (menus, toolbars, the site's name,
    a column label in brackets, a wire dateline) is dropped, and a finding names them.
    """
    if (listed := _under_listing_header(page.lines)) > 0:
        # 政府信息公开 / 政府信息公开指南 / … / 序号 标题 发文字号 成文日期 发布日期 over the headline: a
        # listing page's menus and its column header; the document the page shows starts under them.
        page.findings.append(
            Finding(
                "chrome-dropped",
                f"标题前的 {listed} 行是网站的栏目菜单和文件列表的表头，已去掉，未朗读",
                " / ".join(page.lines[:listed])[: SUSPECT_CHROME_CHARS * 4],
            )
        )
        del page.lines[:listed]
        del page.origin[:listed]
        return
    if len(page.lines) > 1 and is_related_header(page.lines[0]):
        # 相关文章推荐 over the story, its box of links taken off as chrome: the box's header alone
        page.findings.append(Finding("chrome-dropped", "标题前的相关文章栏目名（其链接已去掉）：未朗读", page.lines[0]))
        del page.lines[0]
        del page.origin[0]
    if _news_headline_pair(page.lines):
        # 某县召开政府全体会议 / 安排部署年度重点工作 over the dated row: one headline set over two lines
        page.lines[0] += page.lines.pop(1)
        page.origin.pop(1)
    headline = _title_over_occasion(page.lines)
    # (An occasion line at the very top, a stray copy of the one under the headline, is no title.)
    if headline < 0 or (len(squash(page.lines[0])) > _MAX_LONE_WORD + 1 and not is_occasion(page.lines[0])):
        # Only a menu's word at the top (行政区划 / 开发区) gives way to the line over an occasion:
        # a headline at the top is the page's fuller name of the report (2020年某区政府工作报告).
        if _first_line_heads(page):
            return
        headline = _rank_headline(page.lines)
    if headline > 0 and (original := ORIGINAL_TITLE.fullmatch(fold(page.lines[headline]))) is not None:
        # 原标题：某某 ranked first names the headline printed above it: that line is the headline.
        above = [row for row in range(headline) if squash(fold(page.lines[row])) == squash(original.group("title"))]
        headline = above[-1] if above else headline
    if headline < 0:
        headline = _under_furniture(page.lines)
    if headline < 0:
        headline = _headline_over_fields(page.lines)
    if headline < 0 and (names := _site_names_over_fields(page.lines)):
        # 某省…服务平台 / 某市…服务平台 over the page's stamp row and the text: the page lost its
        # headline, and the sites' names are no title of it.
        page.findings.append(
            Finding("chrome-dropped", "页首的网站名称（其下即发布时间行与正文，没有标题行）：未朗读", " / ".join(page.lines[:names]))
        )
        del page.lines[:names]
        del page.origin[:names]
        return
    if headline > 0 and _headline_over_subtitle(page.lines, headline):
        # 某会议举行第二场新闻发布会 / 5位发布人就“…”作主题发布 / 来源：… 发布时间：…: the story's headline
        # over its subtitle (which ranked higher for ending as a title does); the subtitle is read under it
        headline -= 1
    if headline > 1 and broken_over_three(page.lines, headline - 2):
        # 2024某某半程马拉松 / 暨某某站活动 / 临时交通管制的通告: the winner ends a title broken over three
        headline -= 2
    elif headline > 0 and broken_over(page.lines[headline - 1], page.lines[headline]):
        # 某市人民政府关于 / 修改…的决定: the line above the winner is cut inside the title it ends
        # (the later line scored higher for being printed again under the page's head)
        headline -= 1
    if headline <= 0 or any(_names_document(line) for line in page.lines[:headline]):
        return  # 信息名称 … above it: the page declares its title, and the reader takes that field
    if any(TIME_OF_DAY.fullmatch(fold(line).strip()) for line in page.lines[:headline]):
        # 今天（2月10日）上午 / 某市人大会议 / 在某剧院开幕 / … over 向大会作《政府工作报告》: a story told in
        # short lines, saying when, is the text from its first line; no site's furniture says so.
        return
    # The headline moves whole: the issuers printed over a 关于… headline and the rest of a headline
    # broken over lines go with it, the field rows above stay under it.
    top, end = _issuers_over(page.lines, headline), headline + _headline_size(page.lines, headline)
    # An empty box of the site's (搜索位置： / 匹配度：, 今日是：) is shaped as a field but holds none.
    kept = [
        index
        for index in range(top)
        if head_role(page.lines, index) == "field" and not empty_widget(page.lines[:top], index)
    ]
    dropped = [index for index in range(top) if index not in kept]
    for index in [index for index in dropped if letterhead().fullmatch(fold(page.lines[index]))]:
        # 某镇人民政府文件 over the headline: the issuer's letterhead, not the site's; its issuer is
        # kept (发文机关), the line is not read (as `take_title_line` does with one at the top).
        head = letterhead().fullmatch(fold(page.lines[index]))
        assert head is not None
        page.metadata.setdefault("发文机关", page.lines[index][head.start(1) : head.end(1)])
        page.findings.append(Finding("chrome-dropped", LETTERHEAD_DROPPED, page.lines[index]))
        dropped.remove(index)
    if _after_name_label(page.lines, headline):
        page.metadata.setdefault(label_key(page.lines[headline - 1]), page.lines[headline])
    order = [*range(top, end), *kept, *range(end, len(page.lines))]
    if dropped:
        page.masthead.update(page.lines[index].strip() for index in dropped)
        page.findings.append(
            Finding(
                "chrome-dropped",
                f"标题前的 {len(dropped)} 行像网站的名称、菜单或工具栏，已去掉，未朗读",
                " / ".join(page.lines[index] for index in dropped)[: SUSPECT_CHROME_CHARS * 4],
            )
        )
    page.lines[:] = [page.lines[index] for index in order]
    page.origin[:] = [page.origin[index] for index in order]


_MAX_SPACED_KIND = 6  # characters of a kind word set letter-spaced alone on a line (实 施 意 见)


def join_spaced_heads(page: Page) -> None:
    """Close up the lines at the very top set letter-spaced that name an organ or read as a title
    (某 市 生 态 环 境 局 / 行 政 处 罚 决 定 书 over the number, see `_spaced_heading`): a letterhead
    and a kind line typeset so, read as the words they are, never as a bar of one-character
    items; only the spaces go."""
    index = 0
    while index < min(_MAX_SPACED_HEADS, len(page.lines)) and _spaced_heading(page.lines[index]):
        page.lines[index] = collapse_spaced_title(page.lines[index])
        index += 1
    # A title's kind word spaced alone on the line that ends it (关于…工作的 / 实 施意 见): closed up too,
    # so that it can end the title it completes.
    for at in range(index, min(HEAD_LINES, len(page.lines))):
        line = page.lines[at]
        closed = collapse_spaced_title(line)
        if closed != line.strip() and len(closed) <= _MAX_SPACED_KIND and ends_as_title(closed):
            page.lines[at] = closed


def _is_site_banner(lines: list[str]) -> bool:
    """The page opens with the site's name (某某资讯网), or with the name of the organ that runs the
    site over the site's name (某某市统计局 / 某某市人民政府网站): its banner, never the headline,
    which is ranked among the lines under it. An organ's name over anything else may open its
    document's title (某某市统计局 / 2023年…统计公报, joined later) and is left alone."""
    sites = title_words()["site"]
    first = fold(lines[0]).strip()
    second = fold(lines[1]).strip() if len(lines) > 1 else ""
    return first.endswith(sites) or (is_organ_name(first) and second.endswith(sites) and not is_organ_name(second))


def _site_names_over_fields(lines: list[str]) -> int:
    """How many lines at the top are sites' names only (each ends as one: 某某网, 某某服务平台), over
    a field row (the page's stamp, 来源：): 0 if not so."""
    sites = title_words()["site"]
    count = 0
    while count < min(_MAX_ISSUER_LINES, len(lines) - 1):
        folded = fold(lines[count]).strip()
        if not (folded.endswith(sites) and title_like(folded) and "关于" not in folded and " " not in folded):
            break
        count += 1
    return count if count and head_role(lines, count) == "field" else 0


def _issuers_over(lines: list[str], headline: int) -> int:
    """Where a 关于… headline's issuers begin: a joint document prints its organs one a line, or side
    by side on one (某省人民政府办公厅 某省人民政府办公厅), right above its 关于… title line, and they
    open its full title (see `take_title_line`); `headline` when no organ stands right above it, or
    when the page printed the 关于… line higher up as its own headline, without them."""
    top = headline
    if headline > 0 and organ_over_its_years_title(lines[headline - 1], lines[headline]):
        return headline - 1  # 某省应急管理厅 / 2023年度部门预算: the organ is its title's first part
    after = lines[headline + 1] if headline + 1 < len(lines) else ""
    if headline > 0 and ends_as_title(lines[headline]) and names_issuer(lines[headline - 1], lines[headline], after=after):
        return headline - 1  # 某市公安局 / 打击治理…悬赏通告: the organ alone over its title opens it
    if fold(lines[headline]).startswith("关于"):
        while top > 0 and headline - top < _MAX_ISSUER_LINES and (
            is_organ_name(lines[top - 1]) or is_organ_list(lines[top - 1])
        ):
            top -= 1
    if any(same_title(line, lines[headline]) for line in lines[:top]):
        return headline  # the page set the 关于… line as its headline above, without the issuers
    return top


_MAX_HEADLINE_HALF = 24
_MIN_HEADLINE_HALF = 4  # characters of a phrase in each half, no figure (a date line is no half)


def _headline_over_subtitle(lines: list[str], index: int) -> bool:
    """lines[index - 1] is a news story's headline over lines[index], its subtitle, which the page's
    dated byline row follows, or the story whose lead says again what the headline says (县政府召开
    座谈会 / 征求…的意见 / 2月14日，县政府召开两场座谈会，…): the line above says what happened (a verb
    of news), short and with no mark of a sentence, and is none of the site's bars or menus."""
    above = fold(lines[index - 1]).strip()
    return (
        index + 1 < len(lines)
        and squash(above) != squash(lines[index])  # (the headline printed twice is no subtitle)
        and (_dated_row(lines[index + 1]) or _lead_restates(above, lines[index + 1]))
        and title_like(above)
        and len(re.findall(f"[{HAN}]", above)) >= MIN_CANDIDATE_CHARS
        and says_what_happened(above)
        and not re.search(r"[|｜/>:：]", above)  # (no bar, trail or field: 发布机构：某厅 over the headline)
        and not is_chrome_line(above)
        and not is_organ_name(above)
    )


_RESTATED_CHARS = 4  # characters of a headline a story's lead says again, in a row
_LEAD_CHARS = 80  # … within its lead's first characters


def _lead_restates(headline: str, lead: str) -> bool:
    """`lead` is a story's first paragraph (a sentence) that says again a run of the headline's
    words (县政府召开座谈会 → 县政府召开两场座谈会): a ticker of another story has none in it."""
    if "。" not in lead:
        return False
    opening = fold(lead)[:_LEAD_CHARS]
    words = re.sub(f"[^{HAN}]", "", headline)
    return any(words[at : at + _RESTATED_CHARS] in opening for at in range(len(words) - _RESTATED_CHARS + 1))


def _news_headline_pair(lines: list[str]) -> bool:
    """lines[0] and lines[1] are one news headline set over two lines (某县召开政府全体会议 /
    安排部署年度重点工作) over the page's dated field row: each a short phrase with no mark of a
    sentence, the first saying what happened (a verb of news, no organ's or site's name alone),
    neither a heading, a field row or a title of its own; or two such phrases over a subtitle
    after a dash (抓住用好…机遇 / 奋力开创…新局面 / ——…解读)."""
    if len(lines) < 3:
        return False
    first, second = fold(lines[0]).strip(), fold(lines[1]).strip()
    dated = _dated_row(lines[2])
    # (two slogans over the dash of a subtitle, ——2019年《某省政府工作报告》解读, need no verb)
    subtitled = fold(lines[2]).strip().startswith(("——", "--", "—"))
    return (
        _headline_half(first)
        and _headline_half(second)
        and first != second  # (a headline printed twice is one headline)
        and (says_what_happened(first) or subtitled)
        and not is_organ_name(first)
        and (dated or subtitled)
    )


def _dated_row(line: str) -> bool:
    """`line` is a row of fields with a date or a time among them (来源：某某日报 发布时间：…), or a
    short row opened by its stamp without a label (2023年01月14日12:05 | 来源：某某日报): the byline
    row under a news page's headline."""
    row = parse_metadata_line(line) or {}
    return any(key.endswith(("时间", "日期")) for key in row) or (is_dated_row(line) and _DATED_ROW.match(fold(line).lstrip()) is not None)


def _headline_half(half: str) -> bool:
    """A half of a headline set over two lines: a short phrase, no figure, no mark of a sentence,
    no heading's number, no field row, no title of its own and no breadcrumb mark (新闻中心 > 天下
    under a headline is the site's trail)."""
    return (
        len(half) <= _MAX_HEADLINE_HALF
        and len(re.findall(f"[{HAN}]", half)) >= _MIN_HEADLINE_HALF
        and not re.search(r"\d", half)
        and _CRUMB_MARK.search(half) is None
        and title_like(half)
        and not HEADING_START.match(half)
        and not ends_as_title(half)
        and parse_metadata_line(half) is None
    )


def _headline_size(lines: list[str], index: int) -> int:
    """How many lines the headline at `index` takes: broken over two or three lines, with its
    subtitle after a dash, or a cover's title printed whole further down (as `_headline_score`
    reads it), else one."""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if broken_over(lines[index], following):
        return 2
    if broken_over_three(lines, index):
        return 3
    if _dash_subtitle(lines[index], following) or (own_note_line(following) and ends_as_title(lines[index])):
        return 2  # 某某三年行动计划 / （2021-2023年）: the title's own period moves with it
    return max(1, reprinted_run(lines, index))


_HeadRole = Literal["text", "field", "furniture", "candidate"]


# A news headline asking its question, one clause (985件政协委员提案如何处理？).
_QUESTION_HEADLINE = re.compile(r"[^。，；：:！？?!,;]{6,30}[？?]")


def _under_furniture(lines: list[str]) -> int:
    """The index of the line under a run of the site's furniture at the very top (a search bar,
    快捷搜索：某某 某某 某某; a web proxy's banner in Latin letters, [go: up one dir, main page]),
    when that line is the only candidate for the headline and the document starts under it (a
    field row or its text follows); -1 otherwise. Ranked, such a headline may lack the evidence
    (it ends on no title word: 某中心召开某某工作会), yet furniture is never the title, and the
    line under it is where a page prints its headline. It is long enough to name a document and
    is no heading of the contents (目 录 under the cover's line)."""
    index = 0
    while index < len(lines) and head_role(lines, index) == "furniture":
        index += 1
    # (a news headline may ask its question: 985件提案如何处理？ under the portal's links and trail)
    asked = 0 < index < len(lines) - 1 and _QUESTION_HEADLINE.fullmatch(lines[index].strip()) is not None
    if (
        not 0 < index < len(lines) - 1
        or (head_role(lines, index) != "candidate" and not asked)
        or len(squash(lines[index])) < MIN_CANDIDATE_CHARS
        or CONTENTS_HEADING.fullmatch(lines[index])
    ):
        return -1
    return index if head_role(lines, index + 1) in ("field", "text") else -1


# An item of the page's numbered list of fields, its label in brackets (2. [规划分类] 区级规划纲要).
_NUMBERED_FIELD = re.compile(r"[ \u3000]*\d{1,2}[.．、][ \u3000]*[\[【［][^\]】］\s]{2,8}[\]】］][ \u3000]*\S")
_OVER_FIELDS_LINES = 6  # a headline under the site's banner or ticker stands within this many lines


def _headline_over_fields(lines: list[str]) -> int:
    """The index of a headline right over the page's fields (索引号：…, 2024-01-11 15:04 点击：…
    来源：…) under lines the ranking could not tell as the site's (a platform's banner and slogan
    ending with ！, a ticker of other stories with their dates), -1 if none. The fields say the
    line over them is the headline; the lines above it hold no sentence (no 。), no heading, no
    table row and no line ending with a colon (an introduction to the text): none is the text."""
    for index in range(1, min(_FURNITURE_LINES, len(lines) - 1)):
        if _over_fields(lines, index) and ends_as_title(lines[index]) and _printed_again_below(lines, index):
            # A banner's slogan (…构建和谐文明某州。) or a search box (信息搜索：) above: a title over
            # the fields, printed again by the text under them, says where the text is.
            return index
    for index in range(1, min(_OVER_FIELDS_LINES, len(lines) - 1)):
        above = fold(lines[index - 1])
        if "。" in above or HEADING_START.match(above) or above.rstrip().endswith(("：", ":")) or is_pipe_row(above):
            return -1
        if _over_fields(lines, index):
            return index
    return -1


def _over_fields(lines: list[str], index: int) -> bool:
    following = lines[index + 1]
    if _ITEM_CODE_ROW.match(fold(following)) and title_like(_headline_core(lines[index])):
        return True  # 临时救助金给付 / 基本编码：…: a service's name needs no title word over its codes
    return is_candidate_headline(lines[index]) and (is_field(following) or is_dated_row(following))


# The codes a government service portal prints under a service's name (基本编码 : 000511002000|实施编码:…).
_ITEM_CODE_ROW = re.compile(r"^(?:基本编码|实施编码|事项编码)[ \u3000]*[:：]")


def _printed_again_below(lines: list[str], index: int) -> bool:
    """lines[index] is printed again in the next few lines, whole or broken over lines."""
    later = range(index + 1, min(len(lines), index + 1 + _REPEAT_LOOKAHEAD))
    return any(same_title(lines[at], lines[index]) or title_repeat_lines(lines, at, lines[index]) for at in later)


def _rank_headline(lines: list[str]) -> int:
    """The index of the line at the head that is most likely the headline, -1 if none is likely.

    Only the lines before the text begins (a sentence, a heading, a salutation) are looked at.
    Field rows, menus, toolbars, counts, bracketed column labels and a site's name are never the
    headline (see `head_role`). Each other line scores by evidence that holds on any site:

    - it ends as a document's title does (…通知, …报告, …函): 3;
    - it says what the document is about (关于): 1 (alone a subtitle may, 关于本季度的进展);
    - it stands under a label naming the document (主题：, 标题：): 3;
    - it is printed again further down (the document's own title line), maybe as the heading of
      its contents (…目录): 2;
    - a field row or a date and time row follows it (来源：…, 2025-01-02 08:30): 2;
    - it is long enough to name a document (8 characters): 1;
    - it is an agency's name alone (the site's owner over its menu): -2;
    - it is a word too short to name a document, without a title word (a category tag): -3;
    - it names only kinds of document (计划总结, 通知公告: a column): -4;
    - it is a line above and 目录, the heading of the contents: -4;
    - it names more fully what a line above names (a menu's entry for its kind): 2.

    The best line wins if it scores 3 or more; on a tie the higher line.
    """
    best, best_score = -1, _MIN_HEADLINE_SCORE - 1
    for index in range(min(_FURNITURE_LINES, len(lines))):
        role = head_role(lines, index)
        if role == "text":
            break
        if role == "candidate" and (score := _headline_score(lines, index)) > best_score:
            best, best_score = index, score
    return best


def _headline_score(lines: list[str], index: int) -> int:
    line = _headline_core(lines[index])
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if _BARE_URL.fullmatch(fold(following)) and index + 2 < len(lines):
        following = lines[index + 2]  # a headline, the page's address, then its date and source row
    if broken_over(line, following):
        # 关于2024年度某某收支的 / 审计工作报告: the title broken over two lines scores as one line.
        line = line + following
        following = lines[index + 2] if index + 2 < len(lines) else ""
    elif broken_over_three(lines, index):
        line = "".join(lines[index : index + 3])
        following = lines[index + 3] if index + 3 < len(lines) else ""
    elif _dash_subtitle(line, following):
        # 干在实处 走在前列 / ——某区政府工作报告解读: a news headline of phrases over its subtitle.
        line = line + following
        following = lines[index + 2] if index + 2 < len(lines) else ""
    elif (size := reprinted_run(lines, index)) > 1:
        # A cover page's title broken over lines, printed whole further down: one line too.
        line = "".join(lines[index : index + size])
        following = lines[index + size] if index + size < len(lines) else ""
        return 3 * ends_as_title(line) + 2 + (len(squash(line)) >= MIN_CANDIDATE_CHARS) + 2 * (
            is_field(following) or is_dated_row(following)
        )
    return (
        3 * ends_as_title(line)
        + ("关于" in fold(line))
        + 3 * _after_name_label(lines, index)
        + 2
        * any(
            same_title(later, line) or contents_heading_of(later, line)
            for later in lines[index + 1 : index + 1 + _REPEAT_LOOKAHEAD]
        )
        + 3 * (is_field(following) or is_dated_row(following))
        + (len(squash(line)) >= MIN_CANDIDATE_CHARS)
        - 2 * is_organ_name(line)
        - 3 * _is_tag(line)
        - 4 * _names_kinds_only(line)
        - 4 * any(contents_heading_of(line, earlier) for earlier in lines[:index])
        - 3 * _is_post_byline(line)
        + 2 * any(_names_more_fully(line, earlier) for earlier in lines[:index])
    )


def _names_more_fully(line: str, earlier: str) -> bool:
    """`line` names what `earlier`, a line above it, names, more fully: its place or organ before it
    (政府信息公开指南 in a column's menu over 某县人民政府信息公开指南（2024年）): the earlier line is
    the menu's entry for the kind, `line` the document's headline."""
    short = squash(BRACKETED_TAIL.sub("", fold(earlier).strip()))
    full = squash(BRACKETED_TAIL.sub("", fold(line).strip()))
    before = full[: len(full) - len(short)]
    # What it adds is a name (某县人民政府), not another title (a series' links: 2020年…报告 2021年…报告).
    return len(short) >= _MIN_KIND_ENTRY and full.endswith(short) and 0 < len(before) <= MAX_ORGAN_CHARS and not ends_as_title(before)


def _dash_subtitle(first: str, second: str) -> bool:
    """`second` is the subtitle of the headline `first` (干在实处 走在前列 / ——某区政府工作报告解读):
    set after a dash, it ends as a title does and `first` does not, and it names no day nor
    occasion (——2025年1月5日在…会议上 is a report's dateline)."""
    folded = fold(second).strip()
    return (
        folded.startswith(("——", "—", "－－"))
        and ends_as_title(folded)
        and not ends_as_title(first)
        and title_like(second)
        and re.search(r"\d{4}[ \u3000]*年|在\S{2,40}上", folded) is None
    )


def _is_tag(line: str) -> bool:
    """`line` is a word too short to name a document, with no title word (旅行, 河南, 政务): a
    post's category tag, an account's or a place's name in an article's byline, never its headline."""
    return len(squash(line)) < MIN_CANDIDATE_CHARS and not ends_as_title(line)


def _names_kinds_only(line: str) -> bool:
    """`line` names only kinds of document (计划总结, 通知公告, 规划计划): a site's column over the
    headline, not a document's name; no document is called by its kinds alone but the one-word
    ones (公告, 通知), which stay titles when nothing better is at the head."""
    key = squash(line)
    finals = sorted(title_words()["final"], key=len, reverse=True)
    return bool(key) and re.fullmatch(f"(?:{words_pattern(finals)})+", key) is not None


def reprinted_run(lines: list[str], index: int) -> int:
    """How many lines from `index` spell a title that the page prints again whole on one line
    further down (a cover page breaks 某县国民经济和社会发展 / 第十四个五年规划和2035年 / 远景目标纲要
    over lines; the inner page prints it on one), 0 if none do. The lines are title-like, no
    heading, and joined they read as a headline."""
    for size in range(2, TITLE_REPEAT_LINES + 1):
        parts = lines[index : index + size]
        if len(parts) < size or not all(title_like(part) and not HEADING_START.match(fold(part)) for part in parts):
            return 0
        joined = "".join(parts)
        if len(joined) > MAX_TITLE_CHARS:
            return 0
        later = lines[index + size : index + size + _REPEAT_LOOKAHEAD]
        if is_headline(joined) and any(same_title(line, joined) for line in later):
            return size
    return 0


_YEAR_END = re.compile(rf"[{HAN}](?:19|20)\d{{2}}(?:年度?)?$")  # a name, then the year its title covers


def broken_over(first: str, second: str) -> bool:
    """`first` is the start of a title that `second` ends (关于某某收支的 / 审计工作报告): `first`
    alone does not end as a title does and is cut inside a phrase (it ends on a joining word, 的,
    和, or opens 关于 without its title word), the two together end as a title, and `second` can
    go on from `first` (the test `take_title_line` joins them by); or `second` opens with the
    title's kind (…第十四个五年 / 规划和…纲要) or is the kind alone (…国民经济和社会发展 / 统计公报).
    A label over a headline
    (帖子详情 / 某某报告) is cut inside nothing."""
    folded = fold(first)
    # 某旗国民经济和社会发展第十四个五年 / 规划和2035年远景目标纲要: the title's kind opens the
    # second line, cut off the name it ends.
    # 2019年某县国民经济和社会发展 / 统计公报: the second line is the kind alone, a word or two before it.
    # 某县国民经济和社会发展 / 第十四个五年规划和…纲要: a plan's ordinal opens the second line, its
    # subject left on the first (an ordinal opens no title of its own).
    kind_cut = len(squash(first)) >= MIN_CANDIDATE_CHARS and (
        fold(second).startswith(title_words()["final"]) or _kind_alone(second) or _PLAN_ORDINAL.match(squash(second)) is not None
    )
    # 某部关于失业保险条例 / 修订情况的说明: a 关于 without the 的 its title needs, though a title's word
    # (条例) ends the first line: the second brings the 的 and the kind.
    about = folded.find("关于")
    unfinished = about >= 0 and "的" not in folded[about:] and "的" in fold(second)
    return (
        bool(second)
        # (某厅2022 / 政府信息公开工作年度报告: a year ends no title; the rest is its kind)
        and (folded.endswith((*JOINING_WORDS, "关于")) or folded.startswith("关于") or unfinished or kind_cut or _YEAR_END.search(folded) is not None)
        and (not ends_as_title(first) or unfinished)
        and title_like(second)
        and not HEADING_START.match(fold(second))
        and parse_metadata_line(second) is None
        and len(first + second) <= MAX_TITLE_CHARS
        and is_headline(first + second)
        and continues_into(first, second)
    )


_PLAN_ORDINAL = re.compile("第[一二三四五六七八九十]{1,3}个五年")
_KIND_LEAD_CHARS = 2  # 统计公报, 工作报告, 实施方案: what may stand before the title word in a kind alone


def _kind_alone(line: str) -> bool:
    """`line` names only a document's kind: a title word, at most two characters before it (统计公报)."""
    folded = squash(line)
    return any(folded.endswith(word) and len(folded) - len(word) <= _KIND_LEAD_CHARS for word in title_words()["final"])


def broken_over_three(lines: list[str], index: int) -> bool:
    """lines[index:index + 3] are one title broken over three lines (某省人民政府办公厅关于印发某省 /
    进一步支持民间投资发展 / 实施方案的通知, 某区国民经济和社会发展 / 第十四个五年规划和二〇三五年 /
    远景目标纲要): the first opens the title (关于 is in it, a plan's ordinal opens the second, or it
    opens with the issuers whose 关于 or 转发 follows on the first two lines, or 暨 opens the second) and
    neither it nor the first two end as a title does, the three together do, each goes on from the
    one before (see `continues_into`), and none is a heading or a field row."""
    parts = lines[index : index + 3]
    if len(parts) < 3:
        return False
    # (or the issuers open it, their 关于 or 转发 on its first two lines: 某市农业农村局 某市财政局转发省农业 /
    # 农村厅 省财政厅关于申报… / …的通知)
    issued = opens_with_issuer(fold(parts[0])) and ("关于" in fold(parts[1]) or re.search("转发|印发", fold(parts[0])) is not None)
    # (or 暨 opens the second line, joining two events' names: 2024某某半程马拉松 / 暨某某站活动 /
    # 临时交通管制的通告; no title opens with 暨)
    joined_events = fold(parts[1]).lstrip().startswith("暨")
    if not ("关于" in fold(parts[0]) or _PLAN_ORDINAL.match(squash(parts[1])) or issued or joined_events):
        return False
    joined = "".join(parts)
    return (
        all(title_like(part) and not HEADING_START.match(fold(part)) for part in parts)
        and all(parse_metadata_line(part) is None for part in parts[1:])
        and not ends_whole_title(parts[0])
        and not ends_whole_title(parts[0] + parts[1])
        and len(joined) <= MAX_TITLE_CHARS
        and is_headline(joined)
        and continues_into(parts[0], parts[1])
        and continues_into(parts[1], parts[2])
    )


def head_role(lines: list[str], index: int) -> _HeadRole:
    """What lines[index] is at a page's head: text (the document begins), a field (a metadata row,
    a label or its value, a date stamp row, an item of a numbered list of labelled fields: 2.
    [规划分类] 区级规划纲要; kept for the metadata), furniture (the site's) or a
    candidate for the headline."""
    line = lines[index]
    folded = fold(line)
    previous = lines[index - 1] if index else ""
    if (
        is_field(line)
        or _NUMBERED_FIELD.match(folded)
        or BARE_LABEL.fullmatch(folded)
        or _STAMP_START.match(folded)
        or DATE_ONLY.fullmatch(folded)  # （二〇二五年三月一日）: the document's dateline, kept
        or is_credit_line(line)  # 本报记者 某某: the byline, however it scores as a headline
        or (_is_label(previous) and not _after_name_label(lines, index) and not empty_widget(lines, index - 1))
    ):
        return "field"
    if (
        _is_page_nav(line)
        or _is_crumb_trail(line)
        or is_keyword_list(line)
        or _is_bilingual_column(line)
        or _BARE_URL.fullmatch(folded)
        or _CALENDAR_LINE.fullmatch(folded.strip())
    ):
        # 上一版 3 4 下一版, 某某网>正文, http://www.example.com.cn, 2023年11月5日 星期天: the site's
        return "furniture"
    if (
        not title_like(line)
        or line.endswith(("：", ":"))
        # 1. 政策文件: a menu set as a list; 一、工作回顾 over the headline and again under it: the
        # page's own list of the document's headings. A numbered line printed only here is the
        # document's (第一部分 预算报告 over the report it opens), never dropped as furniture.
        or (HEADING_START.match(folded) and not (_is_furniture(line) and _site_list(lines, index)))
        or is_occasion(line)
        or is_adoption_note(line)
        or (is_pipe_row(line) and not is_tool_bar(line))
    ):
        return "text"
    if (
        COUNT.fullmatch(folded)
        or _BRACKETED.fullmatch(folded)
        or folded.endswith(title_words()["site"])
        or HEADING_START.match(folded)
        or (is_menu_bar(line) and not _over_stamp(lines, index))
        or is_pipe_row(line)  # a bar of tools set apart by bars (see `is_tool_bar`)
    ):
        return "furniture"
    return "candidate"


_ELLIPSES = ("…", "⋯", "..")  # a text cut short, in any of the forms pages print it


def cut_short(line: str) -> bool:
    """`line` is a sentence the site cut short to make a link's text (8月7日，某公司与某某签署战略合作
    协......: a teaser of another story): it ends with an ellipsis inside a clause that follows a
    comma, and no sentence finished before it. A headline cut short (注意！某某期间部分道路交通管制…)
    is no sentence: it has no comma."""
    folded = fold(line)
    return folded.rstrip().endswith(_ELLIPSES) and "，" in folded and "。" not in folded


def _over_stamp(lines: list[str], index: int) -> bool:
    """lines[index] stands right over the page's date and time row (2024-01-19 17:42 来源：…): a
    headline set as phrases apart by spaces (某地经济勇闯新路 奋进争先 再谱新篇) is no menu bar
    there, for a site prints its stamp under the headline, never under its menu."""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return _STAMP_START.match(fold(following)) is not None


def is_tool_bar(line: str) -> bool:
    """|邮件系统| 简体版|繁体版: a row set apart by bars whose items are all short words, without a
    figure or a sentence, is a site's bar of tools or links, not a table's row (a table at the
    head holds figures in its rows, and a row of headings alone is followed by them)."""
    return _is_furniture(line) and not re.search(r"[0-9０-９]", line)


_HOME_LINKS = ("首页", "网站首页", "主页", "首 页")


def is_menu_bar(line: str) -> bool:
    """A bar of at least three short items set apart by spaces, no headline (首页 政务公开 办事服务,
    热搜： 某某  某某  某某): the site's menu or search bar."""
    labelled = BARE_LABEL.match(fold(line)) is not None  # 热搜： 某某 … 述职报告 ends as a title, yet a bar
    # (a bar opening with the home page's link is the site's, whatever its last item: 首页 主动公开 … 政府工作报告)
    home = fold(line).split()[0] in _HOME_LINKS if line.split() else False
    return (
        _is_furniture(line)
        and len(line.split()) >= _MENU_BAR_ITEMS
        and (labelled or home or not is_headline(line) or _is_category_path(line))
        and not _spaced_heading(line)
    )


def _spaced_heading(line: str) -> bool:
    """`line` is a document's letterhead or title set letter-spaced (某 市 生 态 环 境 局, 行 政 处 罚 决 定
    书): every chunk one character, and joined they name an organ or read as a title. A menu's items
    are words; a bar of one-character tools (大 中 小) joins into neither."""
    joined = "".join(line.split())
    return _is_letter_spaced(line) and (is_organ_name(joined) or is_headline(joined))


def _is_category_path(line: str) -> bool:
    """文库 实用文档 报告/总结: a collection's categories, the last item naming kinds of document set
    apart by a slash; it ends as a title does, yet no title sets its kinds apart so (a title set
    letter-spaced, 全区 农业 农村 工作 要点, has no slash)."""
    last = fold(line).split()[-1] if line.split() else ""
    kinds = [kind for kind in re.split(r"[/／]", last) if kind]
    return len(kinds) >= 2 and all(_names_kinds_only(kind) for kind in kinds)


def _site_list(lines: list[str], index: int) -> bool:
    """lines[index] stands in a run of numbered lines that is the site's, not the document's: a
    menu printed from nested lists, whose numbers start again (1. 2. 1. 2. 3.), or the page's list
    of the document's headings, one of which the document prints again below the run."""
    start = end = index
    while start > 0 and HEADING_START.match(fold(lines[start - 1])):
        start -= 1
    while end + 1 < len(lines) and HEADING_START.match(fold(lines[end + 1])):
        end += 1
    run = lines[start : end + 1]
    numbers = [int(m.group(1)) for line in run if (m := _ARABIC_ITEM.match(fold(line)))]
    if any(later <= earlier for earlier, later in pairwise(numbers)):
        return True
    keys = {squash(line) for line in run}
    return any(squash(later) in keys for later in lines[end + 1 :])


def _after_name_label(lines: list[str], index: int) -> bool:
    """lines[index] stands under a label alone that names the document (主题：, 标题：)."""
    return bool(index) and _is_label(lines[index - 1]) and label_key(lines[index - 1]) in title_words()["name-label"]


def _names_document(line: str) -> bool:
    """A field row naming the document (信息名称 某县关于…的通知)."""
    row = parse_metadata_line(line) or {}
    return any(label in row for label in title_words()["name-label"])


def _is_label(line: str) -> bool:
    """A field's label alone on its line: 索引号, 发布机构 (known labels), or any short word with a
    colon (主题：, 时限：)."""
    return is_label_only(line) or BARE_LABEL.fullmatch(fold(line)) is not None


def is_dated_row(line: str) -> bool:
    """A short row holding a date and a time (某某日报2023-04-28 08:03, 发布：2025年1月2日 10:00)."""
    return len(line) <= HEAD_ROW_CHARS and _DATED_ROW.search(fold(line)) is not None


def is_candidate_headline(line: str) -> bool:
    """A line further down that reads as the document's title (see `drop_furniture_over_headline`):
    short of a date the page set after it, it ends with a title word."""
    core = _headline_core(line)
    return (
        not is_field(line)
        and len(squash(core)) >= MIN_CANDIDATE_CHARS
        and is_headline(core)
        and ends_as_title(core)  # 关于本年度的统计 alone may be a subtitle: the stronger evidence
        and not HEADING_START.match(fold(line))
        and not is_occasion(line)
        and not BULLET.match(line)
    )


# A number in any of the forms documents are numbered in: 某政发〔2024〕3号; an order's or an
# announcement's own count, 某省人民政府令第357号, 某部令2019年第5号, 某局公告2024年第3号, or its
# count with the kind after it, 2022年第76号通告.
_ANY_DOC_NUMBER = (
    f"(?:{DOC_NUMBER}|[{HAN}]{{1,20}}?(?:令|公告|通告)[ \u3000]*(?:\\d{{4}}[ \u3000]*年[ \u3000]*)?第[ \u3000]*\\d{{1,5}}[ \u3000]*号"
    "|\\d{4}[ \u3000]*年[ \u3000]*第[ \u3000]*\\d{1,5}[ \u3000]*号(?:令|公告|通告))"
)
# … and one set after it in brackets: 某某印发…的通知（某办发〔2017〕2号）, …的决定（某省人民政府令第357号）.
TRAILING_NUMBER = re.compile(f"[ \u3000]*[（(][ \u3000]*(?P<number>{_ANY_DOC_NUMBER})[ \u3000]*[）)]$")


def _headline_core(line: str) -> str:
    """`line` without a date the page set after it ((2025年1月8日)), its number in brackets
    (…的批复（某政函〔2020〕43号）) or glued on (…行政处罚决定书湘某交处罚〔2023〕8号) and a file's
    extension (某某报告.docx: a collection's file name for the document)."""
    if (cut := number_after_title(line)) > 0:
        line = line[:cut]
    return TRAILING_NUMBER.sub("", TITLE_TAG_TAIL.sub("", FILE_NAME_TAIL.sub("", line)))


def is_field(line: str) -> bool:
    """A metadata row, a label, a date or a document number: the page's facts, never furniture."""
    return (
        parse_metadata_line(line) is not None
        or is_label_only(line)
        or DATE_LINE.match(fold(line)) is not None
        or is_doc_number(line)
    )


def _is_furniture(line: str) -> bool:
    """A menu item, a bar of them or a toolbar row: short items and no sentence."""
    if any(mark in line for mark in "。！？；") or line.endswith(("，", "、")) or is_field(line):
        return False
    items = [item for item in re.split(r"[\s|｜/]+", HEADING_START.sub("", BULLET.sub("", line, count=1))) if item]
    return bool(items) and all(len(item) <= _FURNITURE_ITEM_CHARS for item in items) and not headline_phrases(items)


def _headline_with_site(line: str, head: list[str]) -> bool:
    """`line` is a page's own title, a headline with the site's name after a dash (see
    `site_after_title`): what stands before the name is a headline's candidate, no organ's or
    site's name (某某县人民政府门户网站-首页 is the site's)."""
    site = site_after_title(line, head)
    if site is None:
        return False
    rest = site.group("rest")
    return head_role([rest], 0) == "candidate" and not is_organ_name(rest) and not is_menu_bar(rest)


# An author's byline: posts set apart by 、 ending in a post's word, then the name (某某委员会委员、
# 某某副秘书长 张某某), printed between a headline and the page's field row.
_POST_BYLINE = re.compile(
    f"[{HAN}、]{{2,80}}(?:长|员|书记|主任|主席|理事|教授|研究员|巡视员)[ \u3000]+[{HAN}]{{2,4}}"
)


def _is_post_byline(line: str) -> bool:
    """`line` is an author's posts and name (see `_POST_BYLINE`), never the headline, however well
    it stands over the page's fields."""
    return _POST_BYLINE.fullmatch(fold(line).strip()) is not None


def interpretation_link(line: str, title: str) -> bool:
    """`line`, under the title, is the site's link to the interpretation of the document the
    title names (【权威解读】《某某规划》政策解读 under …关于印发《某某规划》的通知, 关于《某某通知》
    政策解读): the name in 《》 is in the title, or shares a long run with it (the link may name the
    notice a little otherwise). A line naming another document is kept (it may be the text's)."""
    link = _INTERPRETATION_LINK.match(fold(line.strip()))
    if link is None or not title or squash(line) in squash(title):
        return False  # 关于《某报告》的解读 under that headline is the headline again, no link
    name = squash(link.group("name") or link.group("named"))
    # 关于《…2024年度民生实事工作的通知》 政策解读 under …2024年全区民生实事工作的通知: the same notice.
    return name in squash(title) or same_document(name, title)


def same_document(name: str, title: str) -> bool:
    """`name` (a link's or a file's) names the document `title` names, maybe a little otherwise:
    they share a run of `_SAME_DOCUMENT_RUN` characters."""
    return shared_run(squash(name), squash(title)) >= _SAME_DOCUMENT_RUN


def same_file(name: str, title: str) -> bool:
    """`name`, a file's name (2021年度部门决算公开说明-堤防处.pdf), names the document `title` names
    (某某处 2021 年度决算公开说明): a file's name is a short form of the title, so a shorter run
    in common than `same_document` asks for shows it (`_SAME_FILE_RUN`)."""
    return shared_run(squash(FILE_NAME_TAIL.sub("", name)), squash(title)) >= _SAME_FILE_RUN


def site_name_over_headline(title: str, lines: list[str]) -> bool:
    """`title`, taken as the page's title, is the site's name over the headline `lines[0]`: the
    row under that line (a date and time, a field row: 每日经济新闻 2021-01-09 20:10) marks it as
    the headline, and `title` has no title's shape of its own: it ends with no title word and is
    too short to name a document or is named again in that row as the story's source."""
    if not title or len(lines) < 2 or ends_as_title(title):
        return False
    headline, below = lines[0], lines[1]
    named_below = len(squash(title)) >= 2 and squash(title) in squash(below)
    return (
        (is_field(below) or is_dated_row(below))
        and (named_below or len(squash(title)) < MIN_CANDIDATE_CHARS)
        and title_like(headline.rstrip("！？!?"))  # a news headline may end with ！ or ？
        and len(squash(headline)) >= MIN_CANDIDATE_CHARS
        and not fold(headline).startswith(("—", "－", "-"))
        and not HEADING_START.match(fold(headline))
        and not is_field(headline)
        and not is_dated_row(headline)
    )


_MAX_STORY_HEADLINE = 40


def story_headline(line: str, under: str) -> bool:
    """`line` under a paper's day is the story's headline: a headline by its words (…批前公示), or
    a short line without a clause over the story's first paragraph (郸城县水利局为高质量发展擘画蓝图 /
    2月19日，…。), as a news headline need not end on a document's word."""
    if is_headline(line):
        return True
    return title_like(line) and len(line) <= _MAX_STORY_HEADLINE and not re.search("[，,；;：:]", line) and "。" in under and len(under) > 2 * len(line)
