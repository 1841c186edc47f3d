"""The title of a scraped page: the title line(s) taken off the top of the text.

A headline may keep its table cell's border (某某工作总结 |) or a document number glued before
it (某政发【2023】7号关于…的通知), be broken over lines or repeated under itself, or run into the
first paragraph on one line (某市…统计公报 2024年，是…), and a repost may set a few sentences of news,
or a news headline of its own, over the notice's own title line. A speech printed from its
occasion or speaker line (2025年1月6日在…会议上, 某市人民政府市长 某某) has no title line. A
document without any title line is named later, once for every format (`naming`).

The words of a title are in `page_title_words`, the ranking of the head's lines in
`page_headline`, the cleaning of the taken title in `page_title_clean`.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import pairwise

from ..han import HAN
from ..model import Finding
from ..part_names import CONTENTS_HEADING, is_part_name
from ..tsv import words_pattern
from .clean import collapse_spaced_title
from .page_chrome import SUSPECT_CHROME_CHARS, fold
from .page_fields import (
    ACCOUNT_NAME,
    DOC_NUMBER,
    MAX_TITLE_CHARS,
    PERSON_NAME,
    STAMP_DATE,
    STAMP_TIME,
    Page,
    account_byline,
    doc_number,
    is_doc_number,
    is_label_only,
    label_pattern,
    merge_metadata,
    parse_metadata_line,
    post_header,
    title_like,
)
from .page_head import unlabelled_byline
from .page_headline import (
    BARE_LABEL,
    BRACKETED_TAIL,
    DATE_ONLY,
    HEAD_ROW_CHARS,
    HEADING_START,
    LETTERHEAD_DROPPED,
    REPORTER_LINE,
    SESSION_OCCASION,
    TIME_OF_DAY,
    TRAILING_NUMBER,
    broken_over,
    broken_over_three,
    continues_into,
    credit_of,
    cut_short,
    drop_furniture_over_headline,
    head_role,
    is_adoption_note,
    is_candidate_headline,
    is_credit_line,
    is_dated_row,
    is_field,
    is_keyword_list,
    is_menu_bar,
    is_occasion,
    is_speaker_line,
    join_spaced_heads,
    reprinted_run,
    story_headline,
)
from .page_title_clean import FILE_NAME_TAIL, NUMBER_TAIL, PART_JOINTS, TITLE_TAG_HEAD, bare_title, split_title_date
from .page_title_words import (
    CITING_WORD,
    JOINING_WORDS,
    LEADING_YEAR,
    MIN_CANDIDATE_CHARS,
    PLACE_ENDS,
    PREAMBLE_OPENING,
    TITLE_NOTE_TAIL,
    contents_heading_of,
    ends_as_title,
    ends_whole_title,
    is_headline,
    is_organ_list,
    is_organ_name,
    letterhead,
    names_issuer,
    opens_with_issuer,
    organ_over_its_years_title,
    own_note_line,
    said_more_fully,
    same_opening,
    same_title,
    says_printed_below,
    says_what_it_does,
    shared_run,
    squash,
)
from .page_under_title import is_summary_label, labelled_summary_under
from .pipe_tables import is_pipe_row
from .title_words import title_words

# A document number glued before the headline: 某政发【2023】7号关于印发…的通知.
_NUMBERED_TITLE = re.compile(f"(?P<number>{DOC_NUMBER})[ \u3000]*(?P<title>\\S.*)")
# Text a copy read off by one byte: a lost character's ? before a full stop no text puts there
# (省） read as ？。？), or a bopomofo letter, which no government document prints.
_GARBLED = re.compile("[?？][。．]|[\u3105-\u312f]")
# A normative document's unified registration number: the issuer's letters and a two-digit code,
# the year, a serial (ZJSP01-2019-0001, CYQD00-2019-0014).
_REGISTRATION_CODE = re.compile(r"[A-Z]{2,8}\d{2}[-－—]\d{4}[-－—]\d{3,5}")
_SESSION_FILE = re.compile(r"\S{2,40}?会议(?:文件|材料)[ \u3000]*(?:[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]?|之[一二三四五六七八九十\d]{1,3})?")
# A line giving a time or date under a label of its own (启动某级响应时间：2023年11月19日8时): a field.
_TIMED_FIELD = re.compile(r"[^：:，。]{1,30}(?:时间|日期)[ \u3000]*[：:][ \u3000]*(?:19|20)\d{2}[年\-/.]")
_ADOPTION_NOTE = re.compile(r"^[（(][^）)]*\d[^）)]*[）)]$")  # （2021年11月23日…通过）: dated, so no title part
_CITED_TITLE = re.compile(f"(?P<number>{DOC_NUMBER})?\\s*《(?P<title>[^《》]+)》")
_CITED_LINES = 6  # a title issuing several documents may cite them over this many lines
_CELL_BORDER = "|｜ \u3000"  # a table cell's border bars and the spaces by them
_ATTACHMENT_LABEL = re.compile(r"附\s*件\s*[0-9一二三四五六七八九十]{0,3}\s*[：:]?")
_TOP_PAGE_NUMBER = re.compile(r"\d{1,3}")  # a page's number alone on the top line of a copied page
_TITLE_LINES = 6  # the full title is looked for in this many lines at the top of the body
_REPEAT_LINES = 12  # a document's own title line stands within this many lines under a site's headline
# A listing's entry naming only a year and a kind (2024年政府决算, 2023年部门预算): no place, no organ.
_YEAR_AND_KIND = re.compile(rf"(?:19|20)\d{{2}}年度?[{HAN}]{{2,8}}")
_LIST_DATE = re.compile(r"^(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?!\d)[ \u3000]*")
_KIND_CHARS = 6  # 政府工作报告: a kind's name is at most this long
_MAX_KIND_LINE = 12  # 政府信息公开年度报告: a column named after a kind of document is at most this long
_MASK = re.compile(r"[*＊×XＸ某]+")  # a name masked in a copy of a document (在**县…, XX县…, 某县…)
_ISSUING_VERB = re.compile("印发|转发|颁布|发布")
_STATUS_NOTE = re.compile(r"[（(](?:试行|暂行|征求意见稿|送审稿|草案|修订|修正)[）)]$")
_RULES_OPENING = re.compile(r"第[一1][ \u3000]*[章条]")  # the first chapter or article of rules
_MAX_COLUMN_WORDS = 2  # column words a site sets between its headline and the document's title line
_MAX_COLUMN_WORD = 4  # 本地事, 要闻: a column's word alone on a line
_LONGER_KIND = 4  # 决算 → 决算公开说明: a title word may go on by this many characters into a longer one
_SHARED_NAME_CHARS = 6  # a site's name for a document and the document's own title share this run (政府工作报告)
# A collection's label for the first document it gathers, naming it (第一篇：某某方案).
_COLLECTED_ITEM = re.compile(r"第[一1]篇[：:][ \u3000]*(?P<name>\S.*)")
# A news byline's stamp, fields after it (2024-01-05 11:36:01 来源：某某网).
_BYLINE_STAMP = re.compile(rf"{STAMP_DATE}(?:[ \u3000]*{STAMP_TIME})?[ \u3000]+")
_BYLINE_FIELDS_STAMP = re.compile(rf"{STAMP_DATE}(?:[ \u3000]*{STAMP_TIME})?[ \u3000]*")
_FLAT_PAGE_CHARS = 600  # a line this long is a page flattened into one paragraph, not a paragraph of it
# … when its first two headings stand inside it: 一、 and 二、, or （一） and （二）.
# A document-sharing site's page counter (1/15: page 1 of 15) glued before a flattened page's title,
# which opens with a year: the shortest count that leaves the year whole (1/152024年… → 1/15).
# Written out, 第1页共21页 needs no year after it to be told from the title.
_FLAT_PAGE_COUNTER = re.compile(r"1/\d{1,3}?(?=(?:19|20)\d{2}年)|第[ \u3000]*1[ \u3000]*页[ \u3000]*[/，,]?[ \u3000]*共[ \u3000]*\d{1,4}[ \u3000]*页")
_CITING_WORD = re.compile(CITING_WORD)  # no title opens so: a sentence citing a rule
_CITING_OPENING = re.compile(f"(?:{_CITING_WORD.pattern})《")
# A text's first clause giving its day (今天，, 2023年，, 6月21日上午，), maybe after its writer's
# name (县人大常委会农工委2019年10月11日，), or a report's opening (受某某人民政府委托，现将…): what
# follows a title, never what goes on with one.
_TEXT_OPENING = re.compile(
    rf"[{HAN}]{{0,12}}?(?:今天|今年|近日|日前|\d{{4}}年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?|\d{{1,2}}月\d{{1,2}}日)(?:上午|下午|晚上)?[，,]"
    rf"|受[{HAN}]{{2,24}}委托[，,]"
)
# A page flattened into one line with spaces kept: the title (maybe its issuer before it, set apart),
# the document's number, then the text (某省人民政府 关于…的通知 某政〔2023〕5号 现将…).
# (The number's year may have been lost from its brackets in the copy: 某政通告〔〕4号.)
_TITLE_NUMBER_TEXT = re.compile(
    rf"(?P<title>[^。，；：:]+?)[ \u3000]+(?P<number>{DOC_NUMBER}|[{HAN}]{{1,15}}〔[ \u3000]*〕[ \u3000]*第?\d{{1,5}}[ \u3000]*号)[ \u3000]+(?P<rest>\S.*)"
)
# The year and number of a document's number glued between its title and its text (…的批复国函〔2016〕178号…);
# round brackets are left out, as a title's own period is set in them (…规划（2016—2020年）的批复).
_GLUED_NUMBER_YEAR = re.compile(r"[〔［\[【]\d{4}[〕］\]】]第?\d{1,5}号")
_MAX_NUMBER_PREFIX = 8  # characters of a number's prefix (国函, 某某市政府办公室发) before its year
_GLUED_PARAGRAPH_CHARS = 80  # a title glued to its first paragraph makes a line this long at least
_FLAT_OPENED_CHARS = 200  # … or a long paragraph at least, its title shown by what follows it
# … or the page's stamp set apart between the title and the text (…成交公告更正公告 2020-10-30 13:03:16 一、…).
_TITLE_STAMP_TEXT = re.compile(
    rf"(?P<title>[^。，；：:]+?)[ \u3000]*(?P<stamp>{STAMP_DATE}(?:[ \u3000]*{STAMP_TIME})?)[ \u3000]+(?P<rest>\S.*)"
)
_SAME_TITLE_RATIO = 0.8  # a title printed twice on a flattened page, once maybe without a 的
_FLAT_HEADINGS = (re.compile(r"[（(]一[）)]|一、"), re.compile(r"[（(]二[）)]|二、"))
# A document-sharing site's editor's note over the flattened text, closed by its pointer to the
# text (编者按：本文主要从…进行阐述。其中，主要内容包括：…。具体材料请详见：): the site's blurb.
_FLAT_EDITOR_NOTE = re.compile(r"(?:编者按|编者的话|编辑推荐)[：:].{10,1000}?(?:具体|详细)?(?:材料|内容)?请(?:详见|查看|阅读)(?:全文|正文|下文)?[：:]")
_LEAD_LINES = 8  # a repost's news lead and its document's title line stand in this many lines
_MAX_ISSUER_LINES = 4  # a joint document's issuers printed one a line over its 关于… title
# The rest of a title broken over two lines after the name of the document it issues
# (关于印发某市三年行动计划 / （2023—2025年）的通知): a title line never starts with 的, nor with a
# bracketed note followed by it; the first line ends with a title word, yet the title goes on.
# A dated field of the byline, then the text on the same line after a space (时间：2024-03-05 各乡镇…).
_DATED_FIELD_THEN_TEXT = re.compile(
    rf"(?P<field>\S*?[ \u3000]*{STAMP_DATE}(?:[ \u3000]*{STAMP_TIME})?)[ \u3000]+(?P<text>[^\d\s].*[，。；].*)"
)
_MIN_TITLE_CHARS = 2
# A sentence's time adverbial and its comma opening the line: a news lead, never a title.
_LEAD_OPENING = re.compile(r"(?:近期|近日|日前|目前|当前|此前|今年以来|近年来|今天|昨天|昨日|今日)[，,]")
_TITLE_REST = re.compile(r"(?:[（(][^（）()]{1,30}[）)])?[》”」]?的")


def _kind_after_cited(first: str, second: str) -> bool:
    """`first` cites a document whole (《某省某某条例》) and `second` opens with a kind of document
    (修正案（草案）, 实施细则): the title names what is made of the cited document, its kind on the
    line under it."""
    return fold(first).rstrip().endswith("》") and fold(second).lstrip().startswith(title_words()["final"])


def _site_organ_over(first: str, second: str) -> bool:
    """`first` is a government's name alone (某县人民政府), or its place's (某市国家高新区（新市区）), and
    `second`, no 关于… title, names that place after its year or at its head (2024年某县某镇人民政府
    …年度报告): a town's or a bureau's document on the county's portal, whose name heads the page."""
    organ = fold(first).strip()
    place = re.match(f"[{HAN}]{{2,10}}?(?=(?:人民政府|政府)$)", organ) or _BARE_PLACE.fullmatch(organ)
    title = fold(second).strip()
    if place is None or title.startswith("关于") or organ in title:
        return False
    bare = place.re is _BARE_PLACE
    place_name = place.group("name") if bare else place.group(0)
    # The headline may name the place without the city or province over it (西城区 for 北京市西城区),
    # or a bare place by its last words or its other name (高新区（新市区） under 某市国家高新区（新市区）).
    names = [place_name] + [place_name[cut.end() :] for cut in _UPPER_LEVEL.finditer(place_name)]
    if bare:
        names += [place_name[-size:] for size in range(3, len(place_name))] + ([place.group("alias")] if place.group("alias") else [])
    named = "|".join(re.escape(name) for name in names if len(name) >= 2)
    return re.match(f"(?:(?:19|20)\\d{{2}}年度?)?(?:{named})", title) is not None


_UPPER_LEVEL = re.compile("省|自治区|市|州|盟|地区")  # what a place's name may start with above its county
# A place's name alone, maybe with its other name in brackets (某市国家高新区（新市区）): a portal's.
_BARE_PLACE = re.compile(f"(?P<name>[{HAN}]{{2,14}}(?:{'|'.join(PLACE_ENDS)}))(?:[（(](?P<alias>[{HAN}]{{2,8}})[)）])?")


def _organ_over_title(lines: list[str]) -> bool:
    """A joint document prints its organs one a line above the title: lines[0] is one organ
    and, past any further organ lines, a 关于… title follows."""
    if not is_organ_name(lines[0]):
        return False
    for line in lines[1:]:
        if not (is_organ_name(line) or is_organ_list(line)):
            return fold(line).startswith("关于") and title_like(line)
    return False


def unwrap_title(title: str, page: Page) -> str:
    """A page title written as a citation, 鲁政发〔2014〕20号《某省关于…的意见》: the title is
    what stands in the book-title marks; the document number goes to the metadata. So does a
    number glued before a headline that says what it does (某政发【2023】7号关于印发…的通知,
    某办发〔2024〕3号某县人民政府转发…的通知) or set after it in brackets (…的通知（某办发〔2017〕2号）);
    a title that only names a number (某政发〔2023〕7号文件解读) keeps it."""
    trailing = TRAILING_NUMBER.search(fold(title))
    if trailing is not None and ends_as_title(title[: trailing.start()]):
        page.metadata.setdefault("发文字号", title[trailing.start("number") : trailing.end("number")])
        title = title[: trailing.start()].rstrip()
    match = _CITED_TITLE.fullmatch(fold(title))
    if match is None:
        numbered = _NUMBERED_TITLE.fullmatch(fold(title))
        if numbered is None or not says_what_it_does(numbered.group("title")):
            return title
        page.metadata.setdefault("发文字号", title[numbered.start("number") : numbered.end("number")])
        return title[numbered.start("title") :]
    if match.group("number"):
        page.metadata.setdefault("发文字号", title[match.start("number") : match.end("number")])
    return title[match.start("title") : match.end("title")].strip()


def take_title_line(page: Page) -> str:
    """The title line taken off the top of `page.lines` (see `_take_title_line`), or "".

    A people's congress prints its session's label over each document it hands out (某县十七届人大
    四次会议文件, 某市第十五届人民代表大会第三次会议文件（5）): it is no part of the title under it,
    and stays to be read after the title. So does a notice's number alone on the first line, its
    headline lost or under it ((第1号) / 根据…): a number names nothing."""
    _split_glued_occasion(page)
    # 注意！某州2022年森林草原禁火令来了！ over the text: a news account's headline, its exclamation
    # mark no sentence's end: judged without it, and given back to whichever line it ends. (A cry
    # over the document's own title line, 某市政府重要通知！ / 某市人民政府 / 关于…的通知, is a teaser.)
    shouted = page.lines[0] if page.lines and _shouted_headline(page.lines[0]) else ""
    if any(is_headline(line) or _organ_over_headline(page.lines, at) for at, line in enumerate(page.lines[1:_SHOUT_LOOKAHEAD], 1)):
        shouted = ""
    quiet = shouted.rstrip().rstrip("！!？?")
    if shouted:
        page.lines[0] = quiet
    if len(page.lines) < 3 or not (_SESSION_FILE.fullmatch(fold(page.lines[0])) or _LONE_NUMBER.fullmatch(page.lines[0].strip())):
        title = _take_title_line(page)
    else:
        label, origin = page.lines.pop(0), page.origin.pop(0)
        title = _take_title_line(page)
        page.lines.insert(0, label)
        page.origin.insert(0, origin)
    if shouted and title == quiet:
        return shouted.strip()
    if shouted and page.lines and page.lines[0] == quiet:
        page.lines[0] = shouted
    return title


# A notice's number alone on its line, maybe in brackets: (第1号), 第 3 号, （2号）.
_LONE_NUMBER = re.compile(r"[（(]?[ \u3000]*第?[ \u3000]*[0-9一二三四五六七八九十百]{1,4}[ \u3000]*号[ \u3000]*[）)]?")


# A report's heading with its occasion (and speaker) glued on after a dash, on one line:
# 某县政府工作报告 ——2025年1月8日在某县第五届人民代表大会第三次会议上 张三. A paper printing the
# report in parts numbers the part after the occasion: …会议上（二）, （上）, （全文）, 之一.
_PART_NUMBER = r"(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2}|[上中下]|全文|摘要)[）)]|之[一二三四五六七八九十]{1,3})"
# (the occasion may stand in brackets instead: 政府工作报告 （2019年1月21日在某市…会议上） 某某市长 某某)
_GLUED_OCCASION = re.compile(
    rf"(?P<head>\S.*?)[ \u3000]*(?P<occasion>(?:(?:[—－\-]{{1,2}}|―)[ \u3000]*{SESSION_OCCASION.pattern}"
    rf"|[（(][ \u3000]*{SESSION_OCCASION.pattern}[ \u3000]*[)）])(?:[ \u3000]*{_PART_NUMBER})?)"
    rf"(?P<speaker>[ \u3000]+\S.{{0,30}})?"
)


def _split_glued_occasion(page: Page) -> None:
    """A heading and its occasion line set on one line at the head (某县政府工作报告 ——2025年1月8日在
    某县…会议上 张三) are split into two lines: the heading may then be taken as the title, and the
    occasion (with the speaker after it) is read under it, as when printed on lines of their own.
    Only when what stands before the dash reads as a title (it ends as one), the dash part is an
    occasion ending with 会议上 (maybe followed by the part's number, （二）, and a speaker's name or
    office), and the line is
    among the head's first lines; 某某报告——在某会议上的讲话 (a title's subtitle going on past
    会议上) is left whole."""
    for index, line in enumerate(page.lines[:_TITLE_LINES]):
        glued = _GLUED_OCCASION.fullmatch(fold(line).strip())
        if glued is None or not is_headline(glued.group("head")) or not ends_as_title(glued.group("head")):
            continue
        speaker = glued.group("speaker")
        if speaker and not (is_speaker_line(speaker.strip()) or _SPEAKER_NAME.fullmatch(speaker.strip())):
            continue
        # fold() keeps the length of the line, so its offsets cut the line as printed. An occasion in
        # brackets is read without them, as a dateline.
        occasion = line.strip()[glued.start("occasion") :]
        if occasion[:1] in "（(":
            close = max(occasion.find("）"), occasion.find(")"))
            occasion = (occasion[1:close] + occasion[close + 1 :]).strip()
        page.lines[index : index + 1] = [line.strip()[: glued.end("head")], occasion]
        page.origin.insert(index, page.origin[index])
        return


# A periodical's name over its issue line (某某市人民政府公报, 某某省政报, 某某工作简报): a short
# name that ends in the kind of periodical, with no sentence mark.
_GAZETTE_NAME = re.compile(rf"[{HAN}（）()]{{2,30}}(?:公报|政报|简报|通讯|周报|月报|月刊|旬刊|季刊)")
# A gazette's or a series' issue label (2013年第38期（总第854期）, 第18期（总第852期）, 某市人民政府主办
# 2020年第2号（总第55号）, 某某市人民政府公报 2023年第5期; seen on the wide samples, session 29): which
# issue the page is, never what the document is called. A year or a running count (总第…) goes with
# the number: 第3号 alone may be an order's.
_ISSUE_LABEL = re.compile(
    rf"(?P<label>(?:[{HAN}]{{2,30}}?主办[ \u3000]*|{_GAZETTE_NAME.pattern}[ \u3000]+)?"
    r"(?:\d{4}[ \u3000]*年[ \u3000]*第[ \u3000]*\d{1,4}[ \u3000]*[期号]"
    r"(?:[ \u3000]*[（(][ \u3000]*总第[ \u3000]*\d{1,6}[ \u3000]*[期号][ \u3000]*[）)])?"
    r"|第[ \u3000]*\d{1,4}[ \u3000]*[期号][ \u3000]*[（(][ \u3000]*总第[ \u3000]*\d{1,6}[ \u3000]*[期号][ \u3000]*[）)]))"
)
# An order's label at a page's head (某省人民政府令, 某省人民政府令第116号, its number maybe on the next
# line): the order issuing a regulation; the regulation's own title line is printed under its preamble.
_ORDER_LABEL = re.compile(
    rf"[{HAN}]{{2,30}}?(?:政府|部|委员会|委|局|厅|署|院|行)令"
    r"(?:[ \u3000]*(?:\d{4}[ \u3000]*年[ \u3000]*)?第?[ \u3000]*[\d〇一二三四五六七八九十百]{1,6}[ \u3000]*号)?"
)
_ORDER_NUMBER = re.compile(r"(?:\d{4}[ \u3000]*年[ \u3000]*)?第[ \u3000]*[\d〇一二三四五六七八九十百]{1,6}[ \u3000]*号")
# A day without its year alone on a line (2月3日): when a story happened, never what it is called.
_DAY_ONLY = re.compile(r"\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*日")
_SPEAKER_NAME = re.compile(PERSON_NAME)


# An interview's subtitle with its dash (——某某负责人就《某某纲要》答记者问).
_INTERVIEW_SUBTITLE = re.compile(r"[—－-]{1,2}[ \u3000]*(?P<rest>[^。！？]{4,80}(?:答记者问|答网友问|答问|问答))")
# A file's name numbered as a list's entry (7.关于某某相关表格.pdf), alone on the first line: its
# extension one `FILE_NAME_TAIL` knows.
_LISTED_FILE = re.compile(r"\d{1,3}[.．、][ \u3000]*(?P<name>\S.{3,120})")


_SHOUT_LOOKAHEAD = 4  # lines under a shouted headline where the document's own title line may stand


def _shouted_headline(line: str) -> bool:
    """`line` is a headline ending with an exclamation or a question mark (某州2022年森林草原禁火令来了！,
    重要提醒！某县关于…的通告！): without it, a short line with no sentence in it that names a kind of
    document or a year, or a news headline of one or two phrases that cries out or asks
    (上海今起7天大面积停电？上海电力辟谣来了！). A salutation (同志们！, 各位代表、同志们！) is short or
    lists whom it calls, with 、 or ，."""
    bare = line.strip().rstrip("！!？?")
    if bare == line.strip() or len(bare) < MIN_CANDIDATE_CHARS or not title_like(bare):
        return False
    if re.search(r"(?:19|20)\d{2}年", bare) is not None or any(word in bare for word in title_words()["final"] if len(word) >= 2):
        return True
    phrases = re.split("[！!？?]", bare)
    return len(phrases) <= _MAX_CRIED_PHRASES and min(map(len, phrases)) >= _MIN_CRIED_PHRASE and re.search("[，,、；;：:]", bare) is None


_MAX_CRIED_PHRASES = 2
_MIN_CRIED_PHRASE = 4


def _organ_over_headline(lines: list[str], at: int) -> bool:
    """lines[at] is an organ's name with a headline under it, maybe under another organ's name (某市
    人民政府 / 关于…的通知): the document's own title block. An organ signing a short story's end
    (国网某市电力公司 / 2021年9月27日) heads nothing."""
    if not is_organ_name(lines[at]):
        return False
    below = lines[at + 1 : at + 1 + _ORGANS_OVER_TITLE]
    return any(is_headline(line) for line in below)


_ORGANS_OVER_TITLE = 3  # organs stacked over their joint title, one a line


def _printed_again(lines: list[str]) -> int:
    """How many lines under lines[0] print its title again, maybe broken over lines (a part's
    name 坚持创新驱动发展，建设科技强市 over 坚持创新驱动发展 is none); 0 if they do not."""
    name, printed, count = squash(lines[0]), "", 0
    for line in lines[1:]:
        piece = squash(line)
        if not piece or not name.startswith(printed + piece):
            break
        printed, count = printed + piece, count + 1
        if printed == name:
            break
    # (a clause going on after the copy, ，建设科技强市, shows a part's name and its short form)
    goes_on = re.match("[，,、；;]", name[len(printed) :]) is not None
    return count if len(printed) >= MIN_CANDIDATE_CHARS and not goes_on else 0


def _take_title_line(page: Page) -> str:
    """Without a declared title, a short first line with no sentence punctuation is the title.

    Issuing organs printed one a line or side by side above a joint document's 关于… line open its
    full title (中共某某委员会 / 某某管理委员会 / 关于印发…的通知, 某省财政厅 某省科技厅 / 关于…), as one
    organ over its title does (see `names_issuer`); listed at length, or above any other title,
    they go to the metadata (发布机构). A title broken over two
    lines is joined when the first part does not end as a title does and the joined text does,
    or when the second line can only be the rest of a title (（2023—2025年）的通知 under
    关于印发某某行动计划: the first part ends with the name of the document it issues).
    """
    while len(page.lines) >= 3 and (letterheaded := letterhead().fullmatch(fold(page.lines[0]))):
        # 某省人民政府办公厅文件: the red letterhead names the issuer; the number follows it.
        page.metadata.setdefault("发文机关", page.lines[0][letterheaded.start(1) : letterheaded.end(1)])
        page.findings.append(Finding("chrome-dropped", LETTERHEAD_DROPPED, page.lines[0]))
        del page.lines[0]
        del page.origin[0]
        if is_doc_number(page.lines[0]):
            page.metadata.setdefault("发文字号", page.lines.pop(0))
            page.origin.pop(0)
    if len(page.lines) >= 2 and (listed := _LISTED_FILE.fullmatch(page.lines[0].strip())) and FILE_NAME_TAIL.search(listed.group("name")):
        # 7.关于某某相关表格.pdf over the file's text: a list's entry naming the file, its number the
        # list's (the extension is taken off with the title's other tags, see `page_title_clean`)
        page.lines[0] = listed.group("name")
    if (
        len(page.lines) >= 3
        and (item := _COLLECTED_ITEM.fullmatch(fold(page.lines[0]).strip())) is not None
        and (parse_metadata_line(page.lines[1]) or _printed_again([item.group("name"), *page.lines[1:]]))
    ):
        # 第一篇：某某关于…的通知 at the very top, over a law library's row of fields (【发布单位】…) or
        # over the same title printed again (maybe broken over lines): the collection's label for its
        # first record, the number the collection's (a plan's own 第一篇：… part has its text under it)
        page.findings.append(Finding("chrome-dropped", "文首文集的条目编号（第一篇：）：未朗读", page.lines[0][: item.start("name")]))
        page.lines[0] = page.lines[0][item.start("name") :]
        if copied := _printed_again(page.lines):
            # …its title printed again under it, maybe broken over lines: the label's name and the
            # copy under it are one title, taken as printed under it (what the label's name has
            # more is the collection's tag: …汇报范文大全 over …汇报)
            title = "".join(line.strip() for line in page.lines[1 : copied + 1])
            del page.lines[: copied + 1], page.origin[: copied + 1]
            return title
    if len(page.lines) >= 2 and (interview := _INTERVIEW_SUBTITLE.fullmatch(fold(page.lines[0]).strip())) is not None:
        # ——某某负责人就《…》答记者问 over the text: the interview's subtitle, its headline lost above
        # it; what it says names the piece (a speech's ——在…会议上 names only its occasion)
        subtitle = page.lines.pop(0).strip()
        page.origin.pop(0)
        page.findings.append(Finding("title-guessed", "文首只有以破折号开头的副标题（答记者问）：去掉破折号作标题，请核对", subtitle))
        return subtitle[interview.start("rest") :]
    if len(page.lines) >= 3 and _GARBLED.search(page.lines[0]) and is_headline(page.lines[1]):
        # （河南？。？023年某县…统计公报 over 2023年某县…统计公报: the site's headline, garbled by a copy
        # that lost a byte (its characters read off by one), over the document's own title line.
        page.findings.append(Finding("chrome-dropped", "标题上方一行乱码（网页标题的错位字节）：未朗读", page.lines[0]))
        del page.lines[0]
        del page.origin[0]
    if len(page.lines) >= 3 and (post := post_header(page.lines[0])) is not None:
        # 某某用户 发表于 2009-1-20 08:05:59 over the thread's title: a forum post's header, its time a field
        merge_metadata(page, post[1])
        page.findings.append(Finding("chrome-dropped", "标题上方论坛帖子的发帖人和发表时间：时间按字段保存，未朗读", page.lines.pop(0)))
        page.origin.pop(0)
    if len(page.lines) >= 2 and _REGISTRATION_CODE.fullmatch(page.lines[0].strip()):
        # CYQD00-2019-0014 over the text: the unified number a province registers a normative
        # document under, printed without its label. A field, never the title.
        page.metadata.setdefault("统一编号", page.lines.pop(0).strip())
        page.origin.pop(0)
    if len(page.lines) >= 3 and _GAZETTE_NAME.fullmatch(fold(page.lines[0]).strip()) and _ISSUE_LABEL.fullmatch(fold(page.lines[1]).strip()):
        # 某某市人民政府公报 over 2023年第5期（总第120期）: the gazette's masthead, the name of the
        # periodical the document stands in, not the document's title (a field, as the issue is).
        page.metadata.setdefault("刊名", " ".join(page.lines[0].split()))
        del page.lines[0]
        del page.origin[0]
    if len(page.lines) >= 2 and _ISSUE_LABEL.fullmatch(fold(page.lines[0]).strip()):
        # 2013年第38期（总第854期） over the page: the issue of the gazette it stands in, a field, as
        # are the page's field rows under it. Over the issue's contents (目录) no title line follows:
        # the text names the document (`naming`).
        page.metadata.setdefault("期号", " ".join(page.lines[0].split()))
        del page.lines[0]
        del page.origin[0]
        while len(page.lines) >= 2 and (fields := parse_metadata_line(page.lines[0])) is not None:
            merge_metadata(page, fields, names=())
            del page.lines[0]
            del page.origin[0]
        if CONTENTS_HEADING.fullmatch(page.lines[0]):
            return ""
    if len(page.lines) >= 3 and _site_title_copy(page.lines):
        # 某某规划纲要-规划-政务公开-首都之窗 over the page: the browser's title (the document's name,
        # the site's column and name after it), the name printed again alone further down.
        page.findings.append(Finding("chrome-dropped", "网页的浏览器标题（文件名加网站栏目、网站名）：以下文单独印出的标题为准，未朗读", page.lines[0]))
        del page.lines[0]
        del page.origin[0]
        return _take_title_line(page)
    if _column_over_addressees(page):
        return ""  # the notice starts at whom it is addressed to: it is named from its text (`naming`)
    if _short_name_over_own_title(page.lines):
        page.findings.append(Finding("chrome-dropped", "网页标题是其下文件自身标题（发文机关 + 关于…）的简写：以文件自己的标题为准，网页标题未朗读", page.lines[0]))
        del page.lines[0]
        del page.origin[0]
    if (kind := _kind_over_fuller_title(page.lines)) >= 0:
        page.findings.append(Finding("chrome-dropped", "标题上方的栏目名（只说文件的种类，其下的标题说得更全）：未朗读", page.lines[kind]))
        del page.lines[kind]
        del page.origin[kind]
    organs = _take_issuers(page)
    if len(page.lines) >= 3 and _ATTACHMENT_LABEL.fullmatch(page.lines[0]):
        # The file is itself an attachment (附件1： above its title).
        page.metadata.setdefault("附件编号", page.lines[0].rstrip("：: "))
        del page.lines[0]
        del page.origin[0]
    if page.lines and (ordered := _title_after_order(page.lines[0])) is not None:
        title, page.lines[0] = ordered
        page.findings.append(
            Finding("title-guessed", "整篇压成一段的政府令：令文引用的文件名在正文中印出处作标题（该处不再重读），令文照读，请核对", title)
        )
        return title
    if page.lines and (numbered := _title_over_number(page.lines[0])) is not None:
        title, page.metadata["发文字号"], page.lines[0] = numbered
        page.findings.append(
            Finding("title-guessed", "整篇压成一段的网页：标题、文号与正文连在一起，已在文号处分开，文号作元数据，请核对", title)
        )
        return title
    if page.lines and (stamped := _title_over_stamp(page.lines[0])) is not None:
        title, stamp, page.lines[0] = stamped
        page.metadata.setdefault("发布时间", stamp)
        if (leading := _LEADING_ROW.match(page.lines[0])) is not None and (fields := parse_metadata_line(leading.group("row"))):
            # … 2016年09月27日 07:02 来源：省政府办公厅 【字体：大 中 小】   9月26日，…: the byline's rest
            merge_metadata(page, fields)
            page.lines[0] = page.lines[0][leading.end() :]
        elif (empty := _EMPTY_ROW_BUTTONS.match(page.lines[0])) is not None:
            # … 12:08 来源： 【打印】公告概要：…: the source left empty, the toolbar's buttons after it
            page.findings.append(Finding("chrome-dropped", "整篇压成一段的网页：时间后空着的来源字段和工具栏按钮，未朗读", empty.group()))
            page.lines[0] = page.lines[0][empty.end() :]
        page.findings.append(Finding("title-guessed", "整篇压成一段的网页：标题、发布时间与正文连在一起，已在时间处分开，时间作元数据，请核对", title))
        return title
    counted = False
    if page.lines and (counter := _FLAT_PAGE_COUNTER.match(page.lines[0])) is not None:
        counted = _title_glued_to_text(page.lines[0][counter.end() :], counted=True) is not None
        if counted or counter.group(0).startswith("第"):  # 第1页共9页 written out is never the text's
            # 1/15 glued before the title: a document-sharing site's page counter (page 1 of 15)
            page.findings.append(Finding("chrome-dropped", "文库网站的页码计数（第 1 页/共几页）：未朗读", counter.group(0)))
            page.lines[0] = page.lines[0][counter.end() :]
    if page.lines and (glued := _title_glued_to_text(page.lines[0], counted=counted)) is not None:
        flat = page.lines[0]
        title, page.lines[0], dropped = glued
        if dropped:
            page.findings.append(
                Finding("chrome-dropped", "整篇压成一段的网页在标题前另印了一遍标题（网站的标题或“文章标题：”标签）：只读一遍", dropped)
            )
        if (dated := _dated_field(page.lines[0])) is not None:
            # …邀请公告 | 公告时间：2025年07月11日湖南省…: the page's stamp under its label, glued to the text
            label, stamp, page.lines[0] = dated
            page.metadata.setdefault(label, stamp)
        if (note := _FLAT_EDITOR_NOTE.match(page.lines[0])) is not None:
            page.findings.append(Finding("chrome-dropped", "文库网站的编者按（本文主要从…进行阐述…具体材料请详见：）：未朗读", note.group(0)))
            page.lines[0] = page.lines[0][note.end() :]
        page.findings.append(
            Finding(
                "title-guessed",
                "整篇压成一段的网页（文库等）开头的标题与正文连在一起、中间没有空格：已在标题词（…规划、…通知）后分开，前面作标题，请核对",
                flat[: len(title) + 10],
            )
        )
        return title
    if page.lines and (issued := _issuer_title_run(page.lines[0])) is not None:
        title, page.lines[0] = issued
        page.findings.append(Finding("title-guessed", "标题（发文机关和“关于…”）与正文连在同一行：已在空格处分开，前面作标题，请核对", title))
        return title
    if len(page.lines) == 1 and len(page.lines[0]) >= _FLAT_OPENED_CHARS and (run := _title_run_into_text(page.lines[0])) is not None:
        # 某局行政征收事前公开 根据《…》…: a page flattened into one line, its headline set apart by a space
        title, page.lines[0] = run
        page.findings.append(Finding("title-guessed", "整篇压成一段的网页：标题与正文之间只隔一个空格，已在空格处分开，前面作标题，请核对", title))
        return title
    if len(page.lines) < 2:
        return ""
    join_spaced_heads(page)
    if not organs and (size := _cover_title_run(page.lines)) > 1:
        # 某州国民经济和社会发展 / 第十四个五年规划和2035年 / 远景目标纲要 over its adoption note: a
        # cover's title broken over lines, its last line is no headline of its own.
        title = "".join(line.strip() for line in page.lines[:size])
        del page.lines[:size]
        del page.origin[:size]
        return title
    drop_furniture_over_headline(page)
    if len(page.lines) >= 3 and letterhead().fullmatch(fold(page.lines[0])):
        # 中共某镇委员会文件 under the site's furniture: the issuer's letterhead, its title further down
        return _take_title_line(page)
    if len(page.lines) >= 3 and organ_over_its_years_title(page.lines[0], page.lines[1]):
        # 某省应急管理厅 / 2023年度部门预算: a cover prints the organ over the year and kind of its own
        # document; together they are its title (the kind alone names nobody's)
        title = page.lines[0].strip() + page.lines[1].strip()
        del page.lines[:2]
        del page.origin[:2]
        return title
    if not organs:
        organs = _take_issuers(page)  # the site's furniture stood over the issuers and their 关于… headline
        if len(page.lines) < 2:
            return ""
    if is_keyword_list(page.lines[0]):
        # 某某在线观看-某某免费-…: a spammed site's keyword list over the page, no headline under it
        # either: the text names itself or is named later (`naming`).
        page.findings.append(Finding("chrome-dropped", "网页标题是堆砌的搜索关键词（被植入的垃圾广告），不作标题，未朗读", page.lines[0]))
        del page.lines[0]
        del page.origin[0]
        return ""
    if len(page.lines) > 2 and _TOP_PAGE_NUMBER.fullmatch(page.lines[0].strip()):
        # 9 alone over the text: the page number a copy of one page of a PDF kept at its top; a
        # title is never a bare number, and the number is not the document's words.
        page.findings.append(Finding("page-number", "文首单独一行的数字是复制 PDF 时留下的页码：不作标题，未朗读", page.lines[0]))
        del page.lines[0]
        del page.origin[0]
        return _take_title_line(page)
    if len(page.lines) > 2 and cut_short(page.lines[0]):
        # 某公司与某某签署战略合作协...... over the page (maybe twice): a link's text the site cut short,
        # a teaser of another story, never the title; the title is looked for under it.
        teaser = page.lines[0]
        while len(page.lines) > 2 and page.lines[0] == teaser:
            del page.lines[0]
            del page.origin[0]
        page.findings.append(Finding("chrome-dropped", "标题上方被网站截断的链接文字（以省略号结尾）：未朗读", teaser))
        return _take_title_line(page)
    if len(page.lines) > 2 and is_doc_number(page.lines[0]):
        # 某政发〔2018〕30号 over the addressees: the page starts under the title, at the number; a
        # field, never the title (the text names the document or prints it under its own title).
        page.metadata.setdefault("发文字号", doc_number(page.lines.pop(0)))
        page.origin.pop(0)
        return _take_title_line(page)
    if issuers := _issuers_over_text(page.lines):
        # 某区国资局 over 根据《条例》…现公布…年度报告。: the page starts below the document's title, at
        # the issuer's line (maybe its date or the page's field rows under it); the issuer is no
        # title, the text names itself or is named later (`naming`).
        named = " ".join(" ".join(line.split()) for line in page.lines[:issuers])
        page.metadata.setdefault("发文机关", named)
        page.findings.append(Finding("title-guessed", "文首没有标题行，只有发文机关名称：作为发文机关（元数据），不作标题，请核对", named))
        del page.lines[:issuers]
        del page.origin[:issuers]
        return ""
    if (credit := REPORTER_LINE.fullmatch(credit_of(page.lines[0]))) is not None:
        # □ 本报记者 某某 at the head: the page lost its headline over the reporters' credit. The
        # credit is a field (as under a headline, see `page_under_title`), never the title; the text
        # names itself or is named later (`naming`).
        page.metadata.setdefault(credit.group("label").split("·")[-1], " ".join(credit.group("names").split()))
        page.findings.append(Finding("title-guessed", "文首没有标题行，只有记者署名：按字段保存，不作标题，未朗读，请核对", page.lines[0]))
        del page.lines[0]
        del page.origin[0]
        return ""
    if (copies := labelled_summary_under(page.lines, 0)) > 0:
        # 内容简介： over the site's summary, which the text under it repeats (its title run into its
        # opening, cut off): neither is the title, and the summary is read once, in the text.
        page.findings.append(Finding("summary-repeat", "网页的内容摘要（标签另起一行）重复了正文：未朗读，正文照读", page.lines[1][:SUSPECT_CHROME_CHARS]))
        del page.lines[: 1 + copies]
        del page.origin[: 1 + copies]
    elif len(page.lines) > 2 and is_summary_label(page.lines[0]):
        # 核心提示 over the site's summary: the label is the page's (a finding names it); the summary
        # is read, and the document's own title line under it may be the title (`_title_under_lead`).
        page.findings.append(Finding("chrome-dropped", "网页的摘要标签（核心提示、内容提要）：不作标题，未朗读", page.lines[0]))
        del page.lines[0]
        del page.origin[0]
    if len(page.lines) > 3 and len(squash(page.lines[0])) <= _MAX_COLUMN_WORD and (
        (not is_headline(page.lines[0]) and _over_byline(page.lines[1:]))
        or (
            squash(page.lines[0]).endswith(title_words()["column-end"])
            and (_headline_over_text(page.lines[1], page.lines[2]) or is_headline(page.lines[1]))
        )
    ):
        # 其他 over 某某村拟入选省级名单，看看有没有你家乡？ / 某某发布 2023-01-24: the column's word over
        # the headline that its byline marks as one; 乡镇报道 (named by a column's end) over a story's
        # headline over its first paragraph, or over a headline that ends as one (区长信箱 / 来信须知).
        page.findings.append(Finding("chrome-dropped", "标题上方的栏目词：未朗读", page.lines[0]))
        del page.lines[0]
        del page.origin[0]
    _open_lone_cell(page)
    if (byline := _title_run_into_byline(page.lines[0])) is not None:
        head, after = byline
        page.findings.append(
            Finding("title-guessed", "标题与发布日期、来源等连在同一行：已在日期（标签）前分开，前面作标题，请核对", page.lines[0][: len(head) + 20])
        )
        page.lines[0:1] = [head, *after]
        page.origin[0:1] = [page.origin[0]] * (1 + len(after))
    first = page.lines[0]
    if (found := _title_under_lead(page.lines)) and (not title_like(first) or _issues_headline(page.lines, found)):
        under, size = found
        title = "".join(page.lines[under : under + size])
        del page.lines[under : under + size]
        del page.origin[under : under + size]
        page.findings.append(Finding("title-guessed", f"标题取自转载导语下面的公文标题行（第 {under + 1} 行），请核对", title))
        _drop_news_over(page, under)
        return title
    if not title_like(first) and (run := _title_run_into_text(first)) is not None:
        title, page.lines[0] = run
        page.findings.append(
            Finding("title-guessed", "标题与正文第一段连在同一行：已在空格处分开，空格前作标题，请核对", first[: len(title) + 10])
        )
        return title
    if size := _title_under_part(page.lines):
        title = "".join(page.lines[1 : 1 + size])
        del page.lines[1 : 1 + size]
        del page.origin[1 : 1 + size]
        page.findings.append(
            Finding("title-guessed", "标题取自文首部分标题（第一部分…）下面的报告标题行，部分标题照读，请核对", title)
        )
        return title
    if len(page.lines) >= 3 and _teaser_over_title(page.lines):
        # 某市政府重要通知！ over 某市人民政府 / 关于…的通知: a cry over the document's own title line
        # is the page's teaser; the title is the line under it, the cry is read.
        teaser, origin = page.lines.pop(0), page.origin.pop(0)
        title = _take_title_line(page)
        page.lines.insert(0, teaser)
        page.origin.insert(0, origin)
        return title
    if "纲" in first and (index := _title_under_contents(page.lines)):
        # A sample-text site's list of the text's headings (目录/提纲：……) over the document's title
        # line: the site's, not the document's. (A plain 目录 over the title is a menu: `skip_site_menu`.)
        headings = " / ".join(page.lines[:index])
        page.findings.append(Finding("chrome-dropped", "文首网站列出的“目录/提纲”（文中各级标题）：未朗读", headings[: SUSPECT_CHROME_CHARS * 4]))
        title = page.lines[index]
        del page.lines[: index + 1]
        del page.origin[: index + 1]
        return title
    if not (title_like(first) or _exclaimed_over_byline(page.lines) or _asked_under_chrome(page)) or HEADING_START.match(fold(first)) or first.endswith(("：", ":")):
        return ""
    if len(squash(first)) < _MIN_TITLE_CHARS or _LEAD_OPENING.match(fold(first)):
        # 各 (the addressees' line a lossy copy cut to its first character), 近期，某某局… (a news lead
        # broken off): a fragment of the text, no title; the text is named later (`naming`)
        return ""
    if _TIMED_FIELD.match(fold(first)):
        # 启动某级应急响应时间：2023年11月19日8时 (解除时间：另行通知 under it): a field of the notice's,
        # whatever its label, never what it is called; read as the text's.
        return ""
    if is_part_name(fold(first).strip()):
        return ""  # 目录, 前言 name a part of the document, never the document: it is named later (`naming`)
    if is_menu_bar(first) and BARE_LABEL.match(fold(first)) and not _over_byline(page.lines):
        # 快捷搜索：某某 某某 某某 over the text: the site's search bar, never what the text is called;
        # 某省：某某 某某 某某 over the byline is a news headline of three phrases after its place.
        return ""
    if (
        is_occasion(first)
        or is_pipe_row(first)
        or DATE_ONLY.fullmatch(fold(first))
        or _DAY_ONLY.fullmatch(fold(first).strip())
        or TIME_OF_DAY.fullmatch(fold(first).strip())
        or is_speaker_line(first)
    ):
        # ——2025年1月10日在…会议上 says where a report was given, 某县人民政府县长 某某 who gave it:
        # neither what it is called (a report without its title line is named later, see `naming`),
        # unless a document as issued stands under it
        if DATE_ONLY.fullmatch(fold(first).strip()) and len(page.lines) >= 3 and story_headline(page.lines[1], page.lines[2]):
            # 2021年10月13日 / 某某规划设计方案调整批前公示 / text: a paper's day over the story's headline
            page.metadata.setdefault("发布时间", page.lines.pop(0).strip())
            page.origin.pop(0)
            return _take_title_line(page)
        found = _issued_title_under(page.lines)
        return _take_issued_title(page, found) if found is not None else ""
    if is_adoption_note(first) or (len(page.lines) > 2 and is_adoption_note(first + page.lines[1])):
        # (2021年1月18日某县…会议通过), maybe broken over two lines: when a law was adopted, never what
        # it is called; the page starts under the title and the note is read as the text's.
        return ""
    if (
        len(page.lines) > 2
        and _DASH_END.search(first)
        and title_like(page.lines[1])
        and len(first + page.lines[1]) <= MAX_TITLE_CHARS
        and not HEADING_START.match(fold(page.lines[1]))
        and parse_metadata_line(page.lines[1]) is None
    ):
        # 《某某年鉴2023》出版发行—— / 去年经济有何亮点 人均消费爱买啥: a headline whose dash says its
        # second half follows on the next line
        title = first.rstrip() + page.lines[1].strip()
        del page.lines[:2]
        del page.origin[:2]
        return title
    if _site_name_over_repeated_headline(page.lines):
        # 物业经理人 / 某某管理办法(2001) / 5040 / 某某管理办法(2001): the site's name over a headline the
        # page prints again under its counter; the name is no first half of the title.
        page.findings.append(Finding("chrome-dropped", "标题上方的网站名称（标题在下面又印了一遍）：未朗读", page.lines[0]))
        del page.lines[0]
        del page.origin[0]
        return _take_title_line(page)
    taken = 1
    second = page.lines[1] if len(page.lines) > 2 else ""
    if (
        (not ends_whole_title(first) or _TITLE_REST.match(second) is not None or own_note_line(second) or _kind_after_cited(first, second))
        and title_like(second)
        and not HEADING_START.match(fold(second))
        and parse_metadata_line(second) is None  # 索引号：… 分类：…通知 is a field row, not the title's rest
        and not CONTENTS_HEADING.fullmatch(second)  # 目录 under the title heads the contents
        and len(first + second) <= MAX_TITLE_CHARS
        and ends_whole_title(first + second)
        and continues_into(first, second)
        # [栏目]某省…公报 [复制链接] over 某省…公报（第一号）: the title again, no rest of it
        and not same_opening(bare_title(first), second)
    ):
        if (
            len(page.lines) > 3
            and ends_whole_title(second)
            and squash(page.lines[2]).startswith(squash(second))
            and not organ_over_its_years_title(first, second)  # 某中心 / 2021年…年度报告: the organ opens it
        ):
            # 关于印发《某某计划》的 over a headline printed again at the head of the text under it:
            # the headline is whole on its own, the line over it a link of the site's, cut off.
            page.findings.append(Finding("chrome-dropped", "标题上方半截的链接标题（标题在正文开头又印了一遍）：未朗读", first))
            del page.lines[0]
            del page.origin[0]
            return _take_title_line(page)
        if _site_organ_over(first, second):
            # 某县人民政府 / 2024年某县某镇…年度报告: the portal's name over a headline that names the
            # portal's place again, a lower organ's document: the site's, not the issuer's.
            page.findings.append(Finding("chrome-dropped", "标题上方的网站名称（标题里已有其地名）：未朗读", first))
            del page.lines[0]
            del page.origin[0]
            return _take_title_line(page)
        first, taken = first + second, 2
    elif len(page.lines) > 3 and broken_over_three(page.lines, 0):
        first, taken = "".join(page.lines[:3]), 3
    elif (size := _cited_run(page.lines)) > 1:
        first, taken = "".join(page.lines[:size]), size
    elif (size := reprinted_run(page.lines, 0)) > 1:
        # 某县国民经济和社会发展 / 第十四个五年规划和2035年 / 远景目标纲要, printed whole further down
        first, taken = "".join(page.lines[:size]), size
    if taken == 1 and not organs and (size := _own_title_under(page.lines)):
        # The page's news headline over the document's own title line: the document's is the title,
        # the headline is the site's and not read (see _take_own_title).
        return _take_own_title(
            page, 1, size, "网页标题下印有文件自己的标题行（其下是通过、批准日期或文号）：以文件标题为标题，请核对", first
        )
    if taken == 1 and not organs and (size := _collected_title_under(page.lines)):
        # A collection's first item label (第一篇：the headline) over the gathered document's own title.
        label = page.lines.pop(1)
        page.origin.pop(1)
        page.findings.append(Finding("chrome-dropped", "文库合集的篇目标签（第一篇：网页标题）：未朗读", label))
        return _take_own_title(page, 1, size, "文库合集第一篇下印有文件自己的标题行：以文件标题为标题，请核对", first)
    if taken == 1 and not organs and (found := _own_title_below(page.lines)):
        # A collector's or a site's short name for the document (（某省）某市…规划（2022年更新）, 某区管委会
        # 2021年…年报（文字版）) over the head, the document's own title line(s) further down: the
        # document's is the title; the headline is not read, the lines between are.
        index, size = found
        if size == 1 and squash(page.lines[index]) == squash(first)[2:] and fold(first).startswith("转发"):
            # The forwarding entry names the same words without the layout's gap (某厅      某某办法).
            page.lines[index] = first.strip()[2:]
        message = f"网页标题下第 {index + 1} 行起印有文件自己的标题行（其下是文件的开头）：以文件标题为标题，请核对"
        own = _take_own_title(page, index, size, message, first)
        issuing = squash(first) in squash(own) and _ISSUING_VERB.search(fold(own)) is not None
        # 关于做好某某工作的意见 over 中共中央 国务院关于做好某某工作的意见: the title without its issuers
        signers = squash(own)[: -len(squash(first))] if squash(own).endswith(squash(first)) else ""
        unsigned = bool(signers) and opens_with_issuer(fold(signers))
        # The headline printed again between it and the title (（某省）某市…规划（2022年更新） / 收藏 / 前言 /
        # the headline again / the plan's own title) is the site's too: not read either.
        # (`_take_own_title` took the headline off the top: the lines between are now 0 … index - 2)
        repeats = [row for row in range(index - 1) if squash(page.lines[row]) == squash(first)]
        for row in reversed(repeats):
            del page.lines[row]
            del page.origin[row]
        says_title = squash(own) in _site_forms(first) or issuing or unsigned
        if repeats and not says_title:
            page.findings.append(Finding("chrome-dropped", "网页标题在文件自己的标题行上方又印了一遍：未朗读", first))
        if says_title:
            # 某某规定（2002年） (maybe printed twice) over 某某规定, 3月21日某某通告 over 某某通告: the headline
            # says the title again with the site's bracket or date; read, it would only repeat it. So
            # does the name of the document over the notice issuing it (某某规定 over 关于印发《某某规定》
            # 的通知): the notice's title says it, and the document prints its own title line below.
            message = (
                "网页标题只是所印发文件的名称，通知标题已含：不重复朗读"
                if issuing
                else "网页标题是文件标题去掉了发文机关：不重复朗读"
                if unsigned
                else "网页标题只是文件标题加网站的括注或日期：不重复朗读"
            )
            page.findings.append(Finding("chrome-dropped", message, first))
        return own
    if taken == 1 and not organs and (index := _cited_title_below(page.lines)):
        # 《某某规划》印发 over a news lead, then the document printed from its own title line.
        message = f"新闻标题引用的文件在第 {index + 1} 行起全文刊印（其标题行下是文件的开头）：以文件标题为标题，请核对"
        return _take_own_title(page, index, 1, message, first)
    if taken == 1 and not organs and (index := _regulation_under_order(page.lines)):
        # The label is read; a date the list page set beside it is a field (taken off the lines
        # first, or it would be found printed in the text's head and read with it).
        page.lines.insert(0, split_title_date(page.lines.pop(0), page))
        message = f"政府令（令号）下第 {index + 1} 行是它公布的规章自己的标题行（公布语引用了它，其下是第一章、第一条）：以规章标题为标题，令头照读，请核对"
        return _take_own_title(page, index, 1, message, first, keep_head=True)
    if taken == 1 and not organs and (index := _notice_title_under(page.lines)):
        message = "网页标题下印有通知（通告）自己的“关于…”标题行，其下是主送单位：以它为标题，请核对"
        return _take_own_title(page, index, 1, message, first)
    if taken == 1 and not organs and (found := _issued_title_under(page.lines)) is not None:
        return _take_issued_title(page, found)
    del page.lines[:taken]
    del page.origin[:taken]
    if taken == 1 and not organs and (words := _column_words_over_own_title(page.lines, squash(first))):
        page.findings.append(Finding("chrome-dropped", "网页标题与文件自己的标题行之间的栏目名：未朗读", " ".join(page.lines[:words])))
        del page.lines[:words]
        del page.origin[:words]
    if organs:
        # The issuers printed over 关于…的通知 say whose notice it is: its full title starts with them.
        return " ".join(" ".join(organ.split()) for organ in organs) + first
    return first


_MAX_SITE_NAME_CHARS = 10
_DASH_END = re.compile(r"(?:——|－－|--)[ \u3000]*$")  # a headline's first half, its dash before the rest


_MAX_CONTENTS_ENTRY = 60  # characters of a contents entry at most
_MIN_CONTENTS_ENTRIES = 3  # entries under a contents heading opening the page, at least
_ELLIPSIS_LINE = re.compile(r"(?:…+|\.{3,})")  # where a site's list of headings leaves some out


def _title_under_contents(lines: list[str]) -> int:
    """Where the document's title line stands when the page opens with a list of its headings (a
    site's 目录/提纲：……) and the numbered entries under it, maybe an ellipsis among them or after
    them: the first line after the entries, when it ends as a title does; 0 if the page is not so."""
    if not lines or not CONTENTS_HEADING.fullmatch(fold(lines[0]).strip()):
        return 0
    index, entries = 1, 0
    while index < len(lines):
        line = fold(lines[index]).strip()
        if HEADING_START.match(line) and len(line) <= _MAX_CONTENTS_ENTRY and not re.search("[。；！？]", line):
            entries += 1
        elif not _ELLIPSIS_LINE.fullmatch(line):
            break
        index += 1
    if entries < _MIN_CONTENTS_ENTRIES or index >= len(lines) - 1 or not ends_as_title(lines[index]):
        return 0
    return index


def _site_name_over_repeated_headline(lines: list[str]) -> bool:
    """lines[0] is a short name that ends no title (物业经理人), over a whole title printed again
    a few lines below (under the page's counter or toolbar): the site's name, no part of the title."""
    if len(lines) < 4 or len(squash(lines[0])) > _MAX_SITE_NAME_CHARS or ends_as_title(lines[0]) or is_headline(lines[0]):
        return False
    second = squash(lines[1])
    return ends_whole_title(lines[1]) and any(squash(line) == second for line in lines[2 : 2 + _REPEAT_LINES])


def _issuers_over_text(lines: list[str]) -> int:
    """How many lines at the top are organs' names (one a line or side by side: 某市统计局 / 国家统计局
    某市调查队) with the text starting under them, maybe under a date alone: no title line stands
    over it, so the organs are the issuers, not the title. 0 if not so. (A line ending as an organ
    may be a headline, …座谈会, over the page's stamp row: that is no issuer.)"""
    organs = 0
    while organs < min(_MAX_ISSUER_LINES, len(lines) - 1) and (is_organ_name(lines[organs]) or is_organ_list(lines[organs])):
        organs += 1
    below = organs
    if organs and below < len(lines) - 1 and DATE_ONLY.fullmatch(fold(lines[below]).strip()):
        below += 1
    if not organs or below >= len(lines):
        return 0
    line = fold(lines[below])
    return organs if len(line) > HEAD_ROW_CHARS or "。" in line else 0


def _teaser_over_title(lines: list[str]) -> bool:
    """lines[0] ends as a cry (…重要通知！, 某某网站欢迎您！) and is no headline over the page's byline,
    and a line that ends as a title does stands right under it (maybe under its issuer's line)."""
    if not lines[0].endswith(("！", "!")) or _exclaimed_over_byline(lines) or not title_like(lines[0][:-1]):
        return False
    under = 2 if is_organ_name(lines[1]) and len(lines) > 2 else 1
    return title_like(lines[under]) and ends_as_title(lines[under]) and is_headline(lines[under])


def _exclaimed_over_byline(lines: list[str]) -> bool:
    """A news headline ending as a cry or a question (…公开征求意见！, 你了解吗？) over the page's
    byline (see `_over_byline`), or over a row holding a date and a time with the headline printed
    again under it (某县哪些人可以申请救助？ / 热点资讯2022-11-02 19:33:36某某百科 / the headline): the
    byline says the line above is the headline, whatever mark it ends with. A line ending so over
    anything else (text, another line) is read as text."""
    if lines[0][-1] not in "！？!?":
        return False
    return _over_byline(lines) or (len(lines) > 3 and is_dated_row(lines[1]) and same_title(lines[2], lines[0]))


def _asked_under_chrome(page: Page) -> bool:
    """The first line is a news headline that asks or cries out (一省管干部被开除党籍，为何需要报中央
    批准？) right under the site's lines taken off above it (a trail, a menu), with the story's text
    under it within a line or two (a view count may stand between): the page says where its
    headline is, whatever mark it ends with. A first line of the text (nothing taken off above it)
    and a salutation (同志们！) are no headline."""
    first = page.lines[0].strip()
    if not page.origin or page.origin[0] == 0 or first[-1:] not in "！？!?":
        return False
    bare = first.rstrip("！？!?")
    return (
        _MIN_CRIED_HEADLINE <= len(bare) <= MAX_TITLE_CHARS
        and title_like(bare)
        and len(re.findall("[，,]", bare)) <= 1
        and re.search("[；;：:、]", bare) is None
        and any("。" in line for line in page.lines[1:3])
    )


_MIN_CRIED_HEADLINE = 8  # characters before the mark: 同志们！, 各位代表！ are salutations


def _over_byline(lines: list[str]) -> bool:
    """The first line stands right over the page's byline (2024-01-05 11:36:01 来源：某某网 作者：
    某某): a stamp, then a labelled field, maybe on the row under it, or a labelled stamp
    (发布时间：2025-11-22). The byline says that line is the page's headline. A
    sentence (one holding 。) is never a headline."""
    if len(lines) < 3:
        return False
    first, second = lines[0], fold(lines[1])
    if len(lines) > 3 and ((ACCOUNT_NAME.fullmatch(second.strip()) and not is_field(second)) or is_credit_line(lines[1])):
        # 网信黑河 / 2020-09-22 17:50 / 来源：… (dev81): the posting account's name over the byline;
        # 某某新闻高级记者 张某 李某 / 2020-11-21 09:37 / 来源：… (ho125/16): the reporters' credit
        return _over_byline([first, *lines[2:]])
    byline = _BYLINE_FIELDS_STAMP.match(second)  # the fields may be glued to it: 10:57:50来源：…
    # (a field row over another is the page's table of fields, no headline over its byline)
    fields = parse_metadata_line(second) if byline is None and parse_metadata_line(fold(first)) is None else None
    return (
        0 < len(first) <= MAX_TITLE_CHARS
        and "。" not in first
        and (
            # (the stamp alone on its row, the fields on the row under it: 2025-12-03 / 来源：某某局)
            (byline is not None and parse_metadata_line(second[byline.end() :].strip() or fold(lines[2])) is not None)
            or account_byline(second) is not None
            # 发布时间：2025-11-22 (来源：… under it): the stamp under its label, one field a row
            or (fields is not None and any(_BYLINE_FIELDS_STAMP.fullmatch(value.strip()) for value in fields.values()))
        )
    )


def _take_own_title(page: Page, index: int, size: int, message: str, headline: str, *, keep_head: bool = False) -> str:
    """The document's own title, lines index … index + size - 1 joined, taken off the page, with a
    title-guessed finding saying why. The site's headline over it (the first line) is the site's
    name for the document, not the document: not read, with a finding, unless `keep_head` (an
    order's label opens the document it issues)."""
    own = "".join(page.lines[index : index + size])
    del page.lines[index : index + size]
    del page.origin[index : index + size]
    page.findings.append(Finding("title-guessed", message, headline))
    if not keep_head and page.lines and squash(page.lines[0]) == squash(headline):
        page.findings.append(Finding("chrome-dropped", "文件自己的标题行上方的网页标题（网站给的名称）：未朗读", page.lines.pop(0)))
        page.origin.pop(0)
    return own


def _take_issuers(page: Page) -> list[str]:
    """The issuing organs taken off the top of `page.lines`, one a line or side by side on one
    (某省农业农村厅  某省财政厅), when a few of them stand over a 关于… line: they open its full title,
    as the document is cited, and are returned. A long list of agencies, or organs over any
    other title, go to the metadata (发布机构), and none are returned."""
    organs: list[str] = []
    while (
        len(page.lines) >= 2
        and title_like(page.lines[0])
        and (is_organ_list(page.lines[0]) or _organ_over_title(page.lines))
    ):
        organs.append(page.lines.pop(0))
        page.origin.pop(0)
    heads_title = len(page.lines) >= 2 and fold(page.lines[0]).startswith("关于")
    names = [name for organ in organs for name in organ.split()]
    if organs and not (heads_title and len(names) <= _MAX_ISSUER_LINES and all(map(_issuer_name, names))):
        page.metadata.setdefault("发布机构", " ".join(organs))
        return []
    return organs


# An organ forwarding others' document (某省人民政府批转省体改委、农委 over 关于…的意见的通知).
_FORWARDING = re.compile("(?P<organ>.+?)(?:批转|转发)(?P<others>.+)")


def _issuer_name(name: str) -> bool:
    """`name` names an issuer over a 关于… line: an organ, or an organ forwarding other organs'
    document (its title then opens 某省人民政府批转省体改委、农委关于…)."""
    forwarding = _FORWARDING.fullmatch(fold(name))
    if forwarding is not None:
        others = re.split("[、，,]", forwarding.group("others"))
        return is_organ_name(forwarding.group("organ")) and all(map(is_organ_name, others))
    return is_organ_name(name)


_SITE_TITLE_SEPARATOR = re.compile(rf"[ \u3000]*(?:{PART_JOINTS}|——)[ \u3000]*")
_SITE_TITLE_LOOK = 12  # lines under the browser's title the document's name is looked for in


def _site_title_copy(lines: list[str]) -> bool:
    """lines[0] is the page's browser title copied over the text (某某规划纲要-规划-政务公开-首都之窗:
    the document's name, then the site's columns and name after separators), the name printed alone
    on a line further down."""
    parts = _SITE_TITLE_SEPARATOR.split(lines[0].strip())
    if len(parts) < 2 or not ends_as_title(parts[0]) or len(squash(parts[0])) < _MIN_OWN_TITLE:
        return False
    return any(squash(line) == squash(parts[0]) for line in lines[1 : 1 + _SITE_TITLE_LOOK])


# A column's name in English, a few words, under or glued before the next line (Policies and regulations).
_ENGLISH_NAME = re.compile(rf"[A-Za-z][A-Za-z'&-]*(?:[ \u3000]+[A-Za-z][A-Za-z'&-]*){{1,7}}(?=[ \u3000]*(?:[{HAN}]|$))")
_COLUMN_NAME = re.compile(f"[{HAN}]{{2,8}}")


def _column_over_addressees(page: Page) -> bool:
    """Drop the site's column name heading the page (政策法规), with its English name under it, alone
    or glued before the next line (Policies and regulations各区人民政府，…：), when what follows is a
    notice's addressee line: the page starts under the notice's title, and the column is none. A
    name that ends as a title does (通知, 通告) is the notice's own title and stays."""
    lines = page.lines
    if len(lines) < 3 or not _COLUMN_NAME.fullmatch(lines[0].strip()) or ends_as_title(squash(lines[0])):
        return False
    english = _ENGLISH_NAME.match(lines[1].strip())
    below = lines[1].strip()[english.end() :].strip() if english else lines[1]
    if not below and len(lines) > 3:
        below = lines[2]
    if not _addressee_line(below):
        return False
    dropped = [lines[0], english.group(0)] if english else [lines[0]]
    page.findings.append(Finding("chrome-dropped", "文首网站栏目名（及其英文名），其下是通知的主送单位：不是标题，未朗读", " / ".join(dropped)))
    if english:
        lines[1] = lines[1].strip()[english.end() :].strip()
    drop = [0, 1] if not lines[1] else [0]
    for index in reversed(drop):
        del page.lines[index]
        del page.origin[index]
    return True


def _short_name_over_own_title(lines: list[str]) -> bool:
    """The page's headline a short name of the document's own title printed under it, its issuers
    over its 关于… line (加快重点产业实施意见 / 中共某县委 某县人民政府 / 关于支持重点产业加快发展的实施意见):
    every character of the headline is in that title. The document's own title is the fuller one."""
    if len(lines) < 4 or not is_headline(lines[0]) or "关于" in fold(lines[0]):
        return False
    size = next((size for size in range(1, min(_MAX_ISSUER_LINES + 1, len(lines))) if fold(lines[size]).startswith("关于")), 0)
    if not size or size + 1 >= len(lines) or not ends_as_title(lines[size]):
        return False
    if not all(is_organ_name(name) for line in lines[1:size] for name in line.split()):
        return False
    head, own = squash(lines[0]), squash("".join(lines[1 : size + 1]))
    return len(head) >= MIN_CANDIDATE_CHARS and head != own and all(char in own for char in head)


def _kind_over_fuller_title(lines: list[str]) -> int:
    """The index of a line naming only a kind of document, no year or number in it (政府信息公开
    年度报告, 政府信息公开年报: the site's column), over a title of the same kind that says it more
    fully, opening with the place, organ or year the kind lacks (某局2025年政府信息公开工作年度报告,
    every character of the kind in it, in order): the column's name over the document's own title,
    never the title. It heads the page, or stands under the site's name (某区人民政府); -1 if none."""
    at = 1 if lines and is_organ_name(lines[0]) else 0
    if len(lines) < at + 3:
        return -1
    kind, title = squash(fold(lines[at])), squash(fold(lines[at + 1]))
    fuller = (
        len(kind) <= _MAX_KIND_LINE
        and ends_as_title(kind)
        and not re.search(r"\d|关于", kind)
        and len(title) > len(kind)
        and not title.startswith(kind[:2])  # the place, organ or year stands before the kind
        and kind[-1] in title[-2:]  # the same kind, maybe said short (年报 for 年度报告)
        and (opens_with_issuer(title) or LEADING_YEAR.match(title) is not None)
        and title_like(lines[at + 1])
        and not HEADING_START.match(title)
        and said_more_fully(kind, title)
    )
    return at if fuller else -1


_PART_HEADING = re.compile(r"第[一二三四五六七八九十\d]{1,3}部分")


def _title_under_part(lines: list[str]) -> int:
    """How many lines under a part's heading at the top (第一部分 预算报告) spell the title of the
    report that part opens (one line, or two broken inside a phrase: 关于某区2025年预算执行情况和 /
    2026年预算草案的报告), 0 if none do. The title ends as a title does and the report's dateline
    or its organ follows it (2026年1月26日在…会议上, broken over two lines it may be; 某区财政局):
    the part heading stays to be read as the part's, the report's title line is the title."""
    if len(lines) < 4 or not _PART_HEADING.match(fold(lines[0])):
        return 0
    for size in (1, 2):
        title = "".join(lines[1 : 1 + size])
        if size == 2 and not broken_over(lines[1], lines[2]):
            continue
        after = lines[1 + size : 3 + size]
        if (
            is_candidate_headline(title)
            and len(after) == 2
            and (is_occasion(after[0]) or is_occasion(after[0] + after[1]) or is_organ_name(after[0]))
        ):
            return size
    return 0


def _own_title_under(lines: list[str]) -> int:
    """How many lines under the headline lines[0] spell the document's own title (one line, or two
    that end as a title only joined: 某省贯彻落实 / 《…若干意见》的实施意见), 0 if none do.

    A repost sets a news headline of its own over the document (某省出台实施意见落实…意见); the
    document prints its title and, right under it, what only a document's title carries: its
    adoption note (（2009年7月29日…会议审议通过）) or its number. That line is the document's own
    title, whatever the headline says. A headline that is itself followed by the note, or that the
    lines under it repeat (maybe after the organ: 某某局 / the headline / its number), keeps the title."""
    if len(lines) < 3 or _opens_document(lines[1]):
        return 0
    for size in (1, 2):
        parts = lines[1 : 1 + size]
        if len(parts) < size or len(lines) <= 1 + size:
            return 0
        joined = "".join(parts)
        if not all(title_like(part) and not HEADING_START.match(fold(part)) for part in parts):
            return 0
        # Two lines: the note under them is the evidence they are one title, so a short first part
        # (某省贯彻落实) is no column's name over a headline here.
        if size == 2 and (ends_as_title(parts[0]) or is_field(parts[0]) or "|" in joined or "｜" in joined):
            return 0
        if (
            is_candidate_headline(joined)
            and len(joined) <= MAX_TITLE_CHARS
            and squash(joined) not in squash(lines[0])
            and squash(lines[0]) not in squash(joined)  # 某某局 / the headline again: the same title
            and _opens_document(lines[1 + size])
        ):
            return size
    return 0


def _own_title_below(lines: list[str]) -> tuple[int, int] | None:
    """Where the document's own title stands below the headline lines[0], further down than the
    line right under it (see `_own_title_under`), and on how many lines: (index, size), else None.

    A page names the document in its own words over the head, then prints the document: its title
    line(s), then what opens a document (its approval note or number, its date, its occasion, its
    issuer and date, its first heading or article, its preface, a speech's salutation: 同志们：).
    That title line is the document's own and its title (a collector's 某某物业管理条例全文，最新…
    over 某市物业管理实施办法（2011）, a headline with a bracket of the site's over the title line
    without it, 某某规定（2002年） over 某某规定), when it reads as a title and names the same thing,
    unless it is a shorter form the headline says more fully (2025年政府工作报告 or 某区人民政府工作报告
    under （某省）2025年某市某区人民政府工作报告) or the headline's contents heading (某局2024年预算公开
    目录). The notice issuing the document the headline names, printed before it (关于印发《某某办法》
    的通知 under 某某办法), is the document, and its title line the title. Both name the same thing when
    - only the page's rows stand between (its fields, the headline again, the issuing organ) and
      the title line stands over the first chapter or article of rules (第一章 总则, 第一条 …), or
    - they share a run of `_SHARED_NAME_CHARS` characters, and only the page's rows stand between,
      or the headline carries a label of its own in brackets showing whose words they are
      (（某省）某市国民经济和社会发展十四五规划（2022年更新）, 某区管委会2021年…年报（文字版）; not a
      note of the title's own, （试行）, （2024—2026年）), or is a list's entry naming the document
      by the verb forwarding it (转发某省某厅某某办法, no 的通知 after it), or
    - the headline names only a year and a kind (2024年政府决算, no place, no organ) that the
      title holds.
    A few short lines of the page's own may stand between (发表于：…, 收藏, 日期：…, 语音播报), never
    a sentence or a salutation (各乡镇：): a notice issuing a plan and then printing it keeps its
    own title."""
    folded = fold(lines[0]).strip()
    wrapped = TITLE_TAG_HEAD.fullmatch(folded) is not None or (
        BRACKETED_TAIL.search(folded) is not None and TITLE_NOTE_TAIL.search(folded) is None
    )
    entry = _YEAR_AND_KIND.fullmatch(folded) is not None and ends_as_title(folded)
    # 转发某省某厅某某管理办法 over the 办法 printed whole: a site's list names the document it forwards
    # by its verb; no 的通知 closes the headline, so it is no forwarding notice of its own.
    forwarded = folded.startswith("转发") and "的" not in folded[-4:] and not folded.endswith("通知")
    if len(lines) < 4 or _opens_below_title(lines[1]):
        return None
    headline = squash(lines[0])
    site_forms = _site_forms(lines[0])
    page_rows = [_page_row(lines, row, headline) for row in range(1, min(len(lines) - 1, 1 + _REPEAT_LINES))]
    for index in range(1, min(len(lines) - 1, 1 + _REPEAT_LINES)):
        rows = page_rows[: index - 1]
        if any(
            (len(line) > HEAD_ROW_CHARS and not row) or "。" in line or (fold(line).rstrip().endswith(("：", ":")) and not row)
            for line, row in zip(lines[1:index], rows, strict=True)
        ):
            return None  # a sentence, a salutation (a field row may end on an empty label, 浏览量：, or run long, 来源：https://…)
        if not all(rows) and not (wrapped or entry or forwarded):
            return None
        rows_only = index > 1 and all(rows)
        for size in (1, 2, 3):
            parts = lines[index : index + size]
            if len(parts) < size or index + size >= len(lines):
                break
            if not all(title_like(part) and not HEADING_START.match(fold(part)) for part in parts):
                break
            if any(head_role(lines, row) in ("field", "furniture") for row in range(index, index + size)):
                break  # a field row (内容概述： …, 公开方式 主动公开 …) names no document
            if size > 1 and not _one_title(parts):
                continue
            if any(is_occasion(part) for part in parts):
                break  # ——在…会议上的讲话 under a speech's title says where it was given
            own = squash("".join(parts))
            if any(is_part_name(squash(part)) for part in parts):
                break  # 目录, 前言 over 第一章…: a part of the document (its contents), never its title nor a piece of it
            after = lines[index + size]
            # the headline is the title and the site's bracket or date (某某规定（2002年）, 3月21日某某通告);
            # a kind alone (政府工作报告 under 政府工作报告（2020年）) is said more fully by it
            site_added = own in site_forms and not _kind_only(own)
            opening = (
                _opens_below_title(after)
                or _issuer_and_date(lines, index + size)
                or _opens_with_opener(after)
                or (site_added and _addressee_line(after))  # 某某通知（2019修订） over 某某通知 / 各区县：
            )
            if forwarded and own == headline[2:] and opening:
                return index, size
            if _MASK.sub("", own) == _MASK.sub("", headline):
                break  # 在**县…的政府工作报告 under 在县…的政府工作报告: the same title, a name masked
            shorter = own in headline or said_more_fully(own, headline)
            if (
                is_headline(own)
                and own != headline
                and not contents_heading_of(own, headline)
                and (not shorter or site_added)
                and (
                    (shared_run(own, headline) >= _SHARED_NAME_CHARS and (wrapped or forwarded or rows_only))
                    or site_added
                    # a listing's entry (2024年政府决算) names the year and the kind the title holds
                    or (entry and headline[:5] in own and headline[-2:] in own)
                    # a rules document (第一章 总则, 第一条 为了…) prints its title right over its first
                    # chapter or article: under only the page's rows, that line is its title
                    or (rows_only and not _kind_only(own) and _RULES_OPENING.match(fold(after).strip()) is not None)
                )
                and opening
            ):
                return index, size
    return None


def _one_title(parts: list[str]) -> bool:
    """`parts` are one title broken over lines (某市国民经济和社会发展 / 第十四个五年规划和二〇三五年 /
    远景目标纲要): each but the last fills its line and the title does not end before the last, and
    each goes on from the one before. A short line over a title (本地事 / 政府工作报告) is no part of
    it, nor is a field row, a session's label or a bracketed label (发布时间：…, 会议文件（十七）), nor
    the issuing organ's name alone over a title naming its place or organ already (某省某市人民政府 /
    某市某某规定; over 2025年政府信息公开工作年度报告 the organ's name opens the title)."""
    for count, part in enumerate(parts[:-1], start=1):
        if (
            ends_as_title("".join(parts[:count]))
            or (is_organ_name(part) and opens_with_issuer(fold("".join(parts[count:]))))
            or len(squash(part)) < MIN_CANDIDATE_CHARS
            or re.search("[：:（）()]", fold(part)) is not None
            or _SESSION_FILE.fullmatch(fold(part)) is not None
            or not continues_into(part, parts[count])
        ):
            return False
    return True


def _site_forms(headline: str) -> tuple[str, str]:
    """The headline (squashed) without a bracket of the site's after it (某某规定（2002年）, …（2022年
    更新）) and without a list page's date before it (3月21日某某通告): the document's own title as
    the site wrapped it. A bracket saying what the document is (（试行）, （征求意见稿）) is the
    document's: no form drops it."""
    folded = fold(headline).strip()
    unbracketed = "" if _STATUS_NOTE.search(folded) else squash(BRACKETED_TAIL.sub("", folded))
    return unbracketed, squash(_LIST_DATE.sub("", folded))


def _kind_only(title: str) -> bool:
    """The title names only a kind of document, maybe with its year (政府工作报告, 2025年工作要点):
    no name of its own, which a headline may say more fully."""
    kind = LEADING_YEAR.sub("", squash(title))
    return len(kind) <= _KIND_CHARS and ends_as_title(kind)


def _page_row(lines: list[str], index: int, headline: str) -> bool:
    """lines[index], under the headline, is one of the page's own rows: a field, the site's
    furniture, the headline printed again, or an organ's name alone (the issuer over its title)."""
    line = lines[index]
    return head_role(lines, index) in ("field", "furniture") or squash(line) == headline or is_organ_name(line)


def _issuer_and_date(lines: list[str], index: int) -> bool:
    """lines[index] is an organ's name and the line under it a date alone: the signature a plan or a
    report prints under its title page (某区人民政府 / 2021年4月)."""
    return (
        index + 1 < len(lines)
        and is_organ_name(lines[index])
        and DATE_ONLY.fullmatch(fold(lines[index + 1]).strip()) is not None
    )


def _collected_title_under(lines: list[str]) -> int:
    """How many lines spell the gathered document's own title under a collection's first item
    label, 0 if none do. A document collection (a 文库 page) sets its headline, then numbers the
    documents it gathers under it: 第一篇：<the headline again>; the first document then prints its
    own title (one line or two) and its opening. The label repeats the headline whole, the title
    reads as one, names the same thing (a run of `_SHARED_NAME_CHARS` characters in common) and
    is no shorter form held in the headline."""
    if len(lines) < 4:
        return 0
    label = _COLLECTED_ITEM.fullmatch(fold(lines[1]).strip())
    if label is None or squash(label.group("name")) != squash(lines[0]):
        return 0
    headline = squash(lines[0])
    for size in (1, 2):
        parts = lines[2 : 2 + size]
        if len(parts) < size or len(lines) <= 2 + size:
            return 0
        if not all(title_like(part) and not HEADING_START.match(fold(part)) for part in parts):
            return 0
        if size == 2 and (ends_as_title(parts[0]) or not continues_into(parts[0], parts[1])):
            return 0
        own = squash("".join(parts))
        if (
            is_headline(own)
            and own not in headline
            and shared_run(own, headline) >= _SHARED_NAME_CHARS
            and _opens_below_title(lines[2 + size])
        ):
            return size
    return 0


def _headline_over_text(line: str, under: str) -> bool:
    """`line` is a story's headline over its first paragraph `under`: a title's words without a
    clause's mark, the paragraph a longer sentence."""
    return title_like(line) and not re.search("[，,；;。！？]", line) and "。" in under and len(under) > len(line)


def _column_words_over_own_title(lines: list[str], headline: str) -> int:
    """How many lines at the top are a site's column words (本地事, 要闻: a few characters alone on a
    line) standing between the headline and the document's own title line, which the headline
    says more fully ((某省)2020年某区人民政府工作报告(全文) / 本地事 / 政府工作报告): 0 if none. Under a
    headline a lone word is no part of the document when the document's title line follows it."""
    for index in range(1, min(len(lines), _MAX_COLUMN_WORDS + 1)):
        if not re.fullmatch(f"[{HAN}]{{1,{_MAX_COLUMN_WORD}}}", squash(lines[index - 1])):
            return 0
        own = squash(lines[index])
        if is_headline(collapse_spaced_title(lines[index])) and len(own) > _MAX_COLUMN_WORD and said_more_fully(own, headline):
            return index
    return 0


def _cover_title_run(lines: list[str]) -> int:
    """How many lines at the top spell one title broken over them (two to four), 0 if none do.

    A cover or a title page breaks a long title wherever the width ends (某州国民经济和社会发展 /
    第十四个五年规划和2035年 / 远景目标纲要, or a place over the rest: 某市某区 / 国民经济和社会发展…
    纲要), without 关于 to show where it starts. Two things must hold: the lines joined read as a
    title that none of their beginnings does (each is cut inside it, set alike, no field, no
    heading), and the document's adoption note (maybe broken over two lines) or its number follows,
    or the cover's date over its first part (2021年2月 / 前言), or two of the parties a cover names
    (招标人：某厅 / 招标代理机构：某公司):
    a site's lines over a headline stand over no such note (a cover whose text follows at once is
    left to the ranking)."""
    for size in (2, 3, 4):
        parts = lines[:size]
        if len(lines) < size + 1 or not all(
            title_like(part) and not HEADING_START.match(fold(part)) and parse_metadata_line(part) is None
            for part in parts
        ):
            return 0
        if (
            any(ends_as_title("".join(parts[:cut])) for cut in range(1, size))
            or any(re.search(r"[\s\-_|｜:：]", part.strip()) for part in parts)
            or any("关于" in fold(part) for part in parts[1:])
            or any(squash(later) in squash(earlier) for earlier, later in pairwise(parts))
        ):
            # a title of its own under a line, or a site's row (政府文件 - 某办发), or a line its own
            # title's words printed again under it (某局2023年度部门决算公开 / 某局 / 2023年部门决算):
            # no cover's title
            return 0
        joined = "".join(part.strip() for part in parts)
        if not all(_goes_on(first, second) for first, second in pairwise(parts)):
            return 0
        after = lines[size]
        following = lines[size + 1] if len(lines) > size + 1 else ""
        if (
            len(joined) <= MAX_TITLE_CHARS
            and is_headline(joined)
            and ends_as_title(joined)
            and (
                _opens_document(after)
                or _opens_document(after + following)
                # 2021年2月 / 前言 under it: the cover's date over the document's first part
                or (DATE_ONLY.fullmatch(fold(after).strip()) is not None and is_part_name(fold(following).strip()))
                # 某区统计局 / 2024年7月6日 under it: the issuer's signature a bulletin prints under its title
                or _issuer_and_date(lines, size)
                # 招标人：某厅 / 招标代理机构：某公司 under it: the parties a tender's or a plan's cover names
                or (_COVER_PARTY.match(fold(after)) is not None and _COVER_PARTY.match(fold(following)) is not None)
            )
        ):
            return size
    return 0


_COVER_PARTY = re.compile(r"(?:招标人|采购人|招标代理机构|采购代理机构|编制单位|委托单位|建设单位|编制日期|编制时间)[ \u3000]*[:：]")


def _goes_on(first: str, second: str) -> bool:
    """`second` goes on from `first` in a cover's title (see `_cover_title_run`): as any title broken
    over lines does (`continues_into`), or `first` opens with the place the title is of (某州国民经济
    和社会发展, 某市某区) over a line that could stand alone as a title: a place is no label nor
    widget over it; an organ's name alone, or a site's, is left to the issuer and site rules."""
    folded = fold(first).strip()
    return continues_into(first, second) or (
        opens_with_issuer(folded) and not is_organ_name(folded) and not folded.endswith(title_words()["site"])
    )


_CITED_NAME = re.compile(r"《([^《》]{4,80})》")  # a document's name cited in title marks
_INNER_MARKS = str.maketrans("〈〉＜＞<>", "《》《》《》")  # 《国务院关于修改〈某某条例〉的决定》 cites 《某某条例》 inside


def _title_after_order(line: str) -> tuple[str, str] | None:
    """(title, the line without the title where it is printed) for a page flattened into one line
    that opens with an order (中华人民共和国国务院令第606号《国务院关于修改〈某某条例〉的决定》已经…
    通过，现予公布…二○一一年九月三十日国务院关于修改《某某条例》的决定国务院决定…): the document the
    order's first sentence cites, printed again after it, is the title; None otherwise."""
    order = _ORDER_LABEL.match(fold(line))
    if order is None:
        return None
    sentence_end = line.find("。", order.end())
    cited = _CITED_NAME.search(line, order.end(), sentence_end if sentence_end > 0 else order.end() + MAX_TITLE_CHARS)
    if cited is None or not ends_as_title(cited.group(1)):
        return None
    name = cited.group(1).translate(_INNER_MARKS)
    at = line.find(name, max(sentence_end, cited.end()))
    if at < 0:
        return None
    return name, (line[:at] + line[at + len(name) :]).strip()


def _regulation_under_order(lines: list[str]) -> int:
    """The index of a regulation's own title line under the order issuing it, 0 if none.

    An order's label heads the page (某省人民政府令, its number on it or on the next line: 第19号),
    its preamble cites the regulation it issues (《某市某某管理办法》已经…通过，现予公布), and the
    regulation's title line follows, over its first chapter or article (第一章 总则, 第一条 …). Both
    must hold, the label and the cited name printed again over what opens the rules: that line is
    the title; the order's label, number and preamble stay to be read."""
    if not _ORDER_LABEL.fullmatch(fold(bare_title(lines[0].strip())).strip()):
        return 0  # the label maybe with the date a list page set beside it (某市人民政府令 2020-08-10)
    cited: set[str] = set()
    for index in range(1, min(len(lines) - 1, 1 + _REPEAT_LINES)):
        folded = fold(lines[index]).strip()
        if index == 1 and _ORDER_NUMBER.fullmatch(folded):
            continue
        if squash(folded) in cited and ends_as_title(folded) and _opens_below_title(lines[index + 1]):
            return index
        cited.update(squash(name) for name in _CITED_NAME.findall(folded))
    return 0


def _cited_title_below(lines: list[str]) -> int:
    """The index of the document's own title line under a news headline citing it, 0 if none.

    A news page reporting a document (《某省某某规划》印发, 某市出台《某某办法》) may go on, past its
    lead, to print the document itself: its title line, the name the headline cites and nothing
    else, then what opens a document (its preface, its first heading, its date; see
    `_opens_below_title`). That line names the document the page prints; the headline and the lead
    stay to be read. Only a name that is itself a title (ends as one) and stands in the first
    `_REPEAT_LINES` lines, before any heading, and only under a headline that is no title itself
    (关于印发《某某办法》的通知 issues the 办法 it prints: the notice's title stays)."""
    headline = fold(lines[0])
    if ends_as_title(headline) or "关于" in headline:
        return 0  # 关于印发《某某办法》的通知 is a title itself: the notice issues and prints the 办法
    cited = [name for name in _CITED_NAME.findall(headline) if ends_as_title(name)]
    if len(cited) != 1 or squash(cited[0]) == squash(lines[0]):
        return 0
    for index in range(1, min(len(lines) - 1, 1 + _REPEAT_LINES)):
        if HEADING_START.match(fold(lines[index])):
            return 0
        if squash(lines[index]) == squash(cited[0]) and _opens_below_title(lines[index + 1]):
            return index
    return 0


def _opens_below_title(line: str) -> bool:
    """What a document prints under its title line: its approval note or number, its date alone
    (2021年4月), its occasion (——在…会议上), its first heading (一、总体情况), its preface (前言),
    or its opening paragraph (sentences, longer than any row of the head)."""
    folded = fold(line).strip()
    return (
        (len(folded) > HEAD_ROW_CHARS and "。" in folded)
        or _opens_document(line)
        or DATE_ONLY.fullmatch(folded) is not None
        or is_occasion(folded)
        or HEADING_START.match(folded) is not None
        or is_part_name(re.sub(r"[ \u3000]+", "", folded))  # 前 言 set letter-spaced
    )


def _notice_title_under(lines: list[str]) -> int:
    """The index of a notice's own title line under a repost's headline, 0 if none.

    A repost site writes a headline of its own (2021某市禁止燃放孔明灯通告（严禁燃放…）), then its
    fields and a labelled summary (来源：…, 导读：…), then the notice as issued: its 关于… title line
    and, right under it, whom it is addressed to (社会各界：, 各乡镇人民政府：). That line is the
    document's own title when it names the same kind of document as the headline (通告, 通知), the
    headline holds no 关于 (it is no formal title itself) and only fields, labelled lines and the
    site's furniture stand
    between (see `head_role`; an addressee and a sentence between make it a notice the text
    forwards)."""
    headline = fold(lines[0])
    if "关于" in headline:
        return 0
    for index in range(1, min(len(lines) - 1, _LEAD_LINES)):
        line, folded = lines[index], fold(lines[index]).strip()
        if folded.startswith("关于") and is_candidate_headline(line):
            kind = next((word for word in title_words()["final"] if folded.endswith(word)), "")
            addressed = _addressee_line(lines[index + 1])
            same_kind = bool(kind) and TITLE_NOTE_TAIL.sub("", BRACKETED_TAIL.sub("", headline)).endswith(kind)
            return index if addressed and same_kind else 0
        if not (head_role(lines, index) in ("field", "furniture") or BARE_LABEL.match(folded)):
            return 0
    return 0


def _take_issued_title(page: Page, found: tuple[int, int]) -> str:
    """The title of the document as issued at `found` (see `_issued_title_under`), taken off the
    page; the site's headline over it and the news between (sentences) are not read, a byline row
    between stays to be read as one."""
    index, size = found
    message = f"网页标题下第 {index + 1} 行起印有公文自己的标题（发文机关、“关于…”，其下是主送单位或正文）：以它为标题，请核对"
    own = _take_own_title(page, index, size, message, page.lines[0])
    _drop_news_over(page, index - 1)
    return own


def _drop_news_over(page: Page, count: int) -> None:
    """The first `count` lines stood over the document's own title: the reposting site's news about
    it (its sentences, its headline, its dateline), not the document, and not read, with a finding.
    The document's number printed there (某政办发〔2025〕4号) is its field; a byline or field row stays
    for the rows under the title to take (`consume_under_title`)."""
    for at in reversed(range(count)):
        line = page.lines[at]
        if is_doc_number(line):
            page.metadata.setdefault("发文字号", doc_number(line))
        elif parse_metadata_line(line) is not None or unlabelled_byline(line) is not None:
            continue
        else:
            page.findings.append(Finding("chrome-dropped", "公文标题前转载网站的导语（新闻报道，不是公文本身）：未朗读", line[:200]))
        del page.lines[at]
        del page.origin[at]


# A notice's title led by its verb, its issuer on the line above (某市人民政府 / 颁布《某某规定》的通知).
_VERB_LED_NOTICE = re.compile(rf"(?:{_ISSUING_VERB.pattern})《[^《》]{{4,80}}》的(?:通知|决定|命令)")


def _issued_title_under(lines: list[str]) -> tuple[int, int] | None:
    """Where a document as issued stands under a repost's headline (春节连休8天！…公布！, a site's
    headline holding no 关于), its first line and how many lines its title takes: its issuer and its
    关于… line (国务院办公厅 / 关于…的通知, or on one line) or the line its verb leads (某市人民政府 /
    颁布《某某规定》的通知), then whom it is addressed to (各省…：). The
    three together open a document, whatever news stands between (a notice to the public has no
    addressee: its opening paragraph stands there); a heading (一、…) ends the search."""
    if "关于" in fold(lines[0]):
        return None
    for index in range(1, min(len(lines) - 2, _LEAD_LINES)):
        folded = fold(lines[index]).strip()
        if HEADING_START.match(folded):
            return None
        under = fold(lines[index + 1]).strip()
        issuer = is_organ_name(folded) and (under.startswith("关于") or _VERB_LED_NOTICE.fullmatch(under) is not None)
        size = 2 if issuer else 1
        title = "".join(line.strip() for line in lines[index : index + size])
        led = issuer or (opens_with_issuer(folded) and "关于" in folded)
        if led and is_candidate_headline(title) and ends_whole_title(title) and _addressed_or_public(title, lines[index + size]):
            return index, size
    return None


# Whom a notice is addressed to, its text run on after the colon (各县（市、区）人民政府，…：现将…).
_ADDRESSEES_OPENING = re.compile(r"各[^。：:；]{1,80}[：:]")
# Documents that address the public and print no addressee: their text opens under the title.
_PUBLIC_KINDS = ("通告", "公告", "公示")


def _addressed_or_public(title: str, below: str) -> bool:
    """Under an issued document's title: whom it is addressed to; or, for a notice to the public
    (某区人民政府关于…的通告), which has none, its opening paragraph."""
    folded = fold(below).strip()
    if _addressee_line(below) or _ADDRESSEES_OPENING.match(folded):
        return True
    return title.endswith(_PUBLIC_KINDS) and len(folded) > HEAD_ROW_CHARS and "。" in folded


def _addressee_line(line: str) -> bool:
    """Whom a notice is addressed to, on the line under its title: short, closed by a colon
    (各县（市、区）人民政府，市政府各部门：, 社会各界：). A field row ending with a toolbar's label
    (发布时间：… 来源：某办公室 背景色：) addresses nobody."""
    addressee = line.strip()
    return addressee.endswith(("：", ":")) and title_like(addressee[:-1]) and parse_metadata_line(addressee) is None


def _opens_document(line: str) -> bool:
    """The line a document prints right under its own title: its adoption or approval note
    (（2025年3月15日某某会议通过）) or its number (某政发〔2025〕3号)."""
    adopted = _ADOPTION_NOTE.fullmatch(fold(line)) is not None and re.search("通过|批准", line) is not None
    return adopted or is_doc_number(line)


def _issuer_title_run(line: str) -> tuple[str, str] | None:
    """(the title, the text) when a line opens with an organ's name and its 关于… title, each set
    apart by a space, then the text (某区人民政府 关于…的通告 某区人民政府根据…): the issuer opens
    the full title, as printed over it; None otherwise."""
    match = re.fullmatch(r"(?P<organ>\S+)[ \u3000]+(?P<about>关于\S+)[ \u3000]+(?P<rest>\S.*)", line)
    if match is None or not is_organ_name(match.group("organ")) or not ends_as_title(match.group("about")):
        return None
    if title_like(match.group("rest")) or len(match.group("rest")) <= len(match.group("about")):
        return None  # no sentence after it: a title set apart in parts
    return f"{match.group('organ')} {match.group('about')}", match.group("rest")


_MIN_PREAMBLED_TITLE = 8  # a head before a preamble, its end no title word, names a document: 某局某某事项公开


def _title_run_into_text(line: str) -> tuple[str, str] | None:
    """(the title, the text) when a page set its headline and first paragraph on one line, a space
    between them (2023年某市国民经济和社会发展统计公报 2023年，是…。…), else None.

    What stands before the first space is a headline complete in itself: long enough to name a
    document, no sentence mark, ending as a title does; what follows is a paragraph (a sentence
    ended, longer than the headline) that does not go on from the headline (的, 和, 、: a phrase
    set apart by a space inside a sentence). A sentence that opens with a year or a place and
    runs on (2023年，全市…; 2023年全市统计公报显示，…) has no title before its first space."""
    match = re.fullmatch(r"(?P<head>[^\s]+)[ \u3000]+(?P<rest>\S.*)", line)
    if match is None:
        return None
    head, rest = match.group("head"), match.group("rest")
    if (issued := _issuer_title_run(line)) is not None:
        head, rest = issued
    folded = fold(rest)
    if (
        len(squash(head)) < MIN_CANDIDATE_CHARS
        or re.search("[，。；：:,;！？]", head)
        # (a head ending otherwise, 某局行政征收事前公开, is a title when a preamble opens the text
        # after it: 根据《…》…, 为进一步…)
        or not (is_headline(head) or (title_like(head) and len(squash(head)) >= _MIN_PREAMBLED_TITLE and PREAMBLE_OPENING.match(folded)))
        or HEADING_START.match(fold(head))
        or _CITING_WORD.match(fold(head))  # 根据政府信息公开有关规定 （略） 要求，…: a sentence's start
        or title_like(rest)  # no sentence after the space: a title set apart in two, not a paragraph
        or len(rest) <= len(head)
        or folded.startswith(JOINING_WORDS + ("、", "，", "。"))
    ):
        return None
    return head, rest


def _title_glued_to_text(line: str, *, counted: bool = False) -> tuple[str, str, str] | None:
    """(the title, the text, what is dropped) when a page flattened into one paragraph (a
    document-sharing site's copy: the whole text on one line) opens with its title glued to the
    text, no space between (2023年某街道工作规划今年是…。…), else None.

    The title is the shortest start that is a headline ending as a title does, with no sentence
    mark in it, that the text does not go on from (…规划的通知: 的, 和, a bracketed note, a longer
    title word). A paragraph of a page set in lines may open with a title's words (2024年是实施某某
    规划的关键一年…) and is the text, so the line must show it is a flattened page that opens with
    its title: as long as a flattened page and holding the document's first two headings inside
    it (一、 … 二、, （一） … （二）), or its first heading when the site's page counter stood before
    it (`counted`: 1/15, see `_FLAT_PAGE_COUNTER`); or, a long paragraph at least, its start is
    followed by what only follows a title (see `_after_glued_title`); or, a line of a paragraph's
    length at least, by a text's opening (`_TEXT_OPENING`: its day, 受…委托，) — the break between
    the title and its first paragraph lost."""
    if len(line) < _GLUED_PARAGRAPH_CHARS or _CITING_OPENING.match(fold(line)):
        return None  # 根据《某某条例》…规定，…: the text's first sentence, citing what it follows
    # Shorter than a flattened page, the line may be the title glued to its first paragraph only
    # (the break between them lost): only the text's opening (its day, 受…委托，) shows it.
    short = len(line) < _FLAT_OPENED_CHARS
    markers = _FLAT_HEADINGS[:1] if counted else _FLAT_HEADINGS
    flat = len(line) >= _FLAT_PAGE_CHARS and all(marker.search(line) for marker in markers)
    for end in range(MIN_CANDIDATE_CHARS, min(MAX_TITLE_CHARS, len(line) - 1) + 1):
        head, rest = line[:end], line[end:]
        if re.search("[，。；：:,;！？!?]", head):
            return None
        if (
            ends_as_title(head)
            and (
                # …邀请公告公告时间：2025年07月11日: a field's label and colon start right after the
                # title, though the label's first word could go on as a title word
                _field_label(rest) is not None
                or (
                    not ends_as_title(line[: end + 1])
                    # …决算公开说明: a longer title word goes on from the one the cut would end on
                    and not any(
                        ends_as_title(line[: end + more]) and re.fullmatch(f"[{HAN}]+", line[end : end + more])
                        for more in range(1, _LONGER_KIND + 1)
                    )
                )
            )
            and is_headline(head)
            # 根据《某某条例》、《某某办法》规定和《某某关于…年度报告的通知》: a kind word inside a cited
            # name, or closing it, ends no title
            and not fold(head).endswith("》")
            and head.count("《") == head.count("》")
            and not HEADING_START.match(fold(head))
            and not fold(rest).startswith(JOINING_WORDS + ("、", "，", "。", "（", "(", "《", "》", "”", "）", ")"))
        ):
            after = None if short else _after_glued_title(head.rstrip(), rest.lstrip())
            if after is not None:
                return after
            if _TEXT_OPENING.match(fold(rest.lstrip())):
                return head, rest, ""  # …的讲话今天，我们召开…: a text opens with its day, no title goes on so
            if "关于" in head and PREAMBLE_OPENING.match(fold(rest.lstrip())):
                return head, rest, ""  # 关于…的公告为全面实施…: a notice's title run into its preamble
            if flat:
                return head, rest, ""
    return None


def _title_over_number(line: str) -> tuple[str, str, str] | None:
    """(the title, the document's number, the text) when a page flattened into one line keeps the
    spaces round its number (某省人民政府 关于…的通知 某政〔2023〕5号 现将…), else None. The part
    before the number is a title: it ends as one, names what it does or its issuer (关于…) and
    holds no sentence; a short line (a heading with its number) is no flattened page. Glued on
    with no spaces, title, number and text say so whatever the line's length: a page flattened
    so may have been cut at its attachment (see `flat_attachments`)."""
    match = _TITLE_NUMBER_TEXT.match(line) if len(line) >= _FLAT_OPENED_CHARS else None
    if match is None:
        return _title_glued_to_number(line)
    title = " ".join(match.group("title").split())
    if not (ends_as_title(title) and is_headline(title) and len(squash(title)) <= MAX_TITLE_CHARS):
        return None
    return title, match.group("number"), match.group("rest")


# A byline's field and the toolbar after it opening the text of a flattened page, a wide space after them.
_LEADING_ROW = re.compile(r"(?P<row>(?:来源|信息来源|作者|编辑|责任编辑|发布机构)[:：][^ \u3000]{1,30}(?:[ \u3000]+【[^】]{0,20}】)?)[ \u3000]{2,}")
# … or the field left empty, the toolbar's bracketed buttons after it (来源： 【打印】).
_EMPTY_ROW_BUTTONS = re.compile(r"(?:来源|信息来源|作者|编辑|责任编辑)[:：][ \u3000]*(?:【[^】]{1,8}】[ \u3000]*)+")


def _title_over_stamp(line: str) -> tuple[str, str, str] | None:
    """(the title, the page's stamp, the text) when a page flattened into one line sets its stamp
    apart between them (某某更正公告 2020-10-30 13:03:16 一、项目基本情况 …), else None; the title
    is judged as before a number (see `_title_over_number`)."""
    match = _TITLE_STAMP_TEXT.match(line) if len(line) >= _FLAT_OPENED_CHARS else None
    if match is None:
        return None
    # (the browser's title may stand first, set apart by a wide space: 某某会议召开   某某会议召开 某某出席并讲话)
    *before, title = re.split(r"[ \u3000]{2,}", match.group("title").strip())
    if any(squash(chunk) not in squash(title) for chunk in before):
        return None
    title = " ".join(title.split())
    if not (ends_as_title(title) and is_headline(title) and len(squash(title)) <= MAX_TITLE_CHARS):
        return None
    return title, match.group("stamp"), match.group("rest")


def _title_glued_to_number(line: str) -> tuple[str, str, str] | None:
    """The same without the spaces (国务院关于…的批复国函〔2016〕178号国土资源部…：…): the number's
    prefix (国函, 某政办发) is the shortest run of characters before its year that leaves a title
    ending as one before it."""
    year = _GLUED_NUMBER_YEAR.search(line, 0, MAX_TITLE_CHARS + _MAX_NUMBER_PREFIX)
    if year is None:
        return None
    for start in range(year.start() - 1, max(year.start() - _MAX_NUMBER_PREFIX, 0) - 1, -1):
        title, number, rest = line[:start], line[start : year.end()], line[year.end() :]
        if not re.fullmatch(f"[{HAN}]+", line[start : year.start()]):
            return None
        if ends_as_title(title) and is_headline(title) and len(squash(title)) <= MAX_TITLE_CHARS and rest.strip():
            return title, number, rest.strip()
    return None


def _field_label(text: str) -> re.Match[str] | None:
    """The listed field's label and its colon that `text` opens with (公告时间：…), matched on the
    folded copy (positions are the same), or None."""
    label = label_pattern().match(fold(text))
    return label if label is not None and label.group(0).rstrip().endswith(("：", ":")) else None


_FIELD_STAMP = re.compile(f"{STAMP_DATE}(?:[ \u3000]*{STAMP_TIME})?")


def _dated_field(text: str) -> tuple[str, str, str] | None:
    """(the label, its date, the text after it) when `text` opens with a listed field's label and
    its colon and the field's value is a date (maybe with its time), else None."""
    if (label := _field_label(text)) is None:
        return None
    stamp = _FIELD_STAMP.match(text, label.end())
    if stamp is None:
        return None
    return label.group(1).replace(" ", "").replace("\u3000", ""), stamp.group(), text[stamp.end() :].lstrip()


def _after_glued_title(head: str, rest: str) -> tuple[str, str, str] | None:
    """(the title, the text, what is dropped) when what follows `head` on a flattened line shows
    that `head` is a title, else None: a speech's salutation or a site's editor's note (同志们：,
    编者按：, data: opener); or the title printed again, right after it (the site's headline, then
    the document's own title line: 某某座谈会上讲话某某座谈会上的讲话同志们：…) or after a label
    naming it (…的讲话文章标题：…的讲话一、…). Printed twice, the later is the document's own title;
    the first, with its label, is dropped (reported by the caller)."""
    if _opens_with_opener(rest):
        return head, rest, ""
    folded = fold(rest)
    label = next((word for word in title_words()["name-label"] if re.match(f"{word}[ \u3000]*[：:]", folded)), "")
    start = 0
    if label:
        start = re.match(f"{label}[ \u3000]*[：:][ \u3000]*", folded).end()  # type: ignore[union-attr]
    for end in range(start + MIN_CANDIDATE_CHARS, min(start + MAX_TITLE_CHARS, len(rest) - 1) + 1):
        copy = rest[start:end]
        if re.search("[，。；：:,;！？!?]", copy):
            return None
        if not (ends_as_title(copy) and not ends_as_title(rest[: end + 1])):
            continue
        if SequenceMatcher(None, squash(head), squash(copy)).ratio() >= _SAME_TITLE_RATIO:
            return copy, rest[end:], head + rest[:start]
    return None


def _opens_with_opener(text: str) -> bool:
    """`text` opens with a speech's salutation or an editor's note and its colon (data: opener), or
    the comma a flattened copy may set after a salutation (同志们，今天…); salutations may be
    joined (各位领导、同志们：)."""
    words = words_pattern(title_words()["opener"])
    # (several, set apart by 、: 各位领导、同志们：)
    return re.match(f"(?:{words})(?:[、，,](?:{words}))*[ \u3000]*[：:，,]", fold(text)) is not None


def _title_run_into_byline(line: str) -> tuple[str, list[str]] | None:
    """(the title, the lines after it) when a page set its headline and a labelled field of its
    byline on one line (某市人民政府关于印发…的通知时间：2024-03-05 各区县人民政府，…), else None.

    The field's label and its colon follow a headline complete in itself (long enough to name a
    document, no sentence mark, ending as a title does) without a space; the first such place is
    the title's end. A dated field followed on the same line by the text (时间：2024-03-05
    各区县人民政府，…) is set apart from it, so the text is read and the date is kept as a field.
    A byline opening with its stamp (…报告2024-01-30 14:22来源：…) is split off the title later
    (see `split_glued_byline`); a date set apart by spaces is read with the title's dates."""
    folded = fold(line)
    for end in range(MIN_CANDIDATE_CHARS, len(folded)):
        rest = folded[end:]
        if _field_label(rest) is None:
            continue
        head = line[:end]
        if head[-1].isspace() or re.search("[，。；：:,;]", head) or not (is_headline(head) and ends_as_title(head)):
            continue
        after = line[end:].strip()
        split = _DATED_FIELD_THEN_TEXT.fullmatch(after)
        if split is not None and label_pattern().match(fold(split.group("text"))) is None:
            return head, [split.group("field"), split.group("text")]
        return head, [after]
    return None


def _open_lone_cell(page: Page) -> None:
    """A headline set in a table cell of its own under a field table keeps the cell's border
    (某街道2023年工作总结 |, | 某县关于…的通知): one cell, no bar inside it, so the bars are the
    table's, not the title's. The first line is read without them when its text is title-like."""
    first = page.lines[0]
    cell = first.strip(_CELL_BORDER)
    if cell == first.strip() or re.search("[|｜]", cell) or not title_like(cell):
        return
    if not (is_label_only(cell) or HEADING_START.match(fold(cell))):
        page.lines[0] = cell


_CITE_MARKS = re.compile("[《》〈〉<>＜＞「」『』“”\"]")


def _title_under_lead(lines: list[str]) -> tuple[int, int] | None:
    """Where a document's title stands under a news lead (its first line and how many lines it
    takes), None if there is none.

    A page that reposts a notice opens with a few sentences of news about it (日前，某区人民政府印发
    关于…的通知。… 全文如下：), or with a news headline, a byline and a summary of its own, and then
    prints the notice with its own title: one line, a 关于… line broken over two (关于印发某市建设
    某某中心、 / 某某中心实施方案的通知, see `_about_broken_over`), maybe under its issuer's name alone
    on a line (某市人民政府办公厅), which then opens it. The first such title further down is the document's when two of
    three things hold: the line over it (or over its issuer) introduces it (it ends with a colon:
    文件详情如下：) or is the document's number (某政办发〔2018〕4号), the lead names it (the title
    from its last 关于 on is in the lead), and it opens a document (a salutation 各…： or a
    document number follows). A line over it saying the document is printed below (全文如下：,
    具体内容如下：, data: excerpt) counts twice. A heading (一、…) before any headline ends the search. The
    lead is the reposting site's, not the document's: it is not read (see `_take_title_line`).
    """
    for index in range(1, min(_LEAD_LINES, len(lines) - 1)):
        line = lines[index]
        if HEADING_START.match(fold(line)):
            return None
        size = 1
        # (a name the lead cites whole in title marks is one, whatever it ends with: 《中国交通运输发展》白皮书)
        cited = f"《{line.strip()}》" in "".join(lines[:index]) and title_like(line)
        if not (is_candidate_headline(line) or cited):
            if not (index + 2 < len(lines) and _about_broken_over(line, lines[index + 1])):
                continue
            size = 2
        top = index - 1 if index > 1 and fold(line).startswith("关于") and is_organ_name(lines[index - 1]) else index
        # The lead may quote the title with other marks (关于修改<某某条例>的决定 for 关于修改《某某条例》的决定).
        lead = _CITE_MARKS.sub("", squash("".join(lines[:top])))
        named = _CITE_MARKS.sub("", squash("".join(lines[index : index + size])).rsplit("关于", 1)[-1])
        following = lines[index + size]
        above = lines[top - 1]
        signals = (
            above.endswith(("：", ":")) or is_doc_number(above),
            len(named) >= MIN_CANDIDATE_CHARS and named in lead,
            is_doc_number(following)
            or (
                following.endswith(("：", ":"))
                and len(following) <= HEAD_ROW_CHARS
                and not re.search("[。！？；]", following)
            )
            # （2025年3月15日某某会议通过）: the adoption note a decision or rule prints under its title
            or (_ADOPTION_NOTE.fullmatch(fold(following)) is not None and re.search("通过|批准", following) is not None),
        )
        printed = says_printed_below(above)
        return (top, index - top + size) if sum(signals) + printed >= 2 else None
    return None


def _issues_headline(lines: list[str], found: tuple[int, int]) -> bool:
    """The title found under a news lead (see `_title_under_lead`) is the notice issuing the
    document the headline names (某某行动方案 over …全文如下： / 关于印发《某某行动方案》的通知), and
    the line over it says the document is printed below: the page prints the notice, whose title
    is the document's, whatever the news headline says."""
    index, size = found
    own = _CITE_MARKS.sub("", squash("".join(lines[index : index + size])))
    return (
        _CITE_MARKS.sub("", squash(lines[0])) in own
        and _ISSUING_VERB.search(fold(own)) is not None
        and says_printed_below(lines[index - 1])
    )


def _about_broken_over(first: str, second: str) -> bool:
    """`first` and `second` are one 关于… title broken over two lines, its issuer maybe before 关于
    (关于印发某市建设某某中心、 / 某某中心实施方案的通知, 某部关于支持优质企业直接融资 / 进一步增强…的通知):
    the first opens it and does not end as a title, the second ends it and goes on from the first."""
    folded = fold(first)
    return (
        "关于" in folded
        and not ends_as_title(first)
        and (broken_over(first, second) or (ends_as_title(second) and continues_into(first, second)))
        and is_candidate_headline(first + second)
    )


# A line of cited titles only, the last maybe closing the title: 《某某办法》, 、《某某办法》的通知.
_CITED_LINE = re.compile(r"(?:[、和及与]?《[^《》]{2,60}》)+(?:的[^\s，。；]{1,6})?")


def _cited_run(lines: list[str]) -> int:
    """How many lines from the top make one title that issues several documents, each cited on
    a line of its own (关于印发《某某办法》 / 《某某细则》 / 《某某规程》的通知), 0 if none: the
    first line holds 关于 and ends with a cited title, each further line is only cited titles, and
    the last of them ends as a title does. Text must follow."""
    if not lines or "关于" not in fold(lines[0]) or not lines[0].rstrip().endswith("》"):
        return 0
    for size in range(2, min(len(lines), _CITED_LINES + 1)):
        line = lines[size - 1].strip()
        if not _CITED_LINE.fullmatch(line):
            return 0
        joined = "".join(lines[:size])
        if len(joined) > MAX_TITLE_CHARS:
            return 0
        if not line.endswith("》") and ends_as_title(joined):
            return size if size < len(lines) else 0
    return 0


def take_full_title(page: Page) -> None:
    """The declared title (标题：…) may be cut short or broken over two lines at the top of the
    body; the fullest written form is the title, and its lines are not read again. The issuing
    organ printed alone over it (某市人民政府办公厅 / 关于印发…的 / 通知) is part of it (see
    `names_issuer`)."""
    if (own := _first_of_joined_titles(page)) is not None:
        page.findings.append(Finding("title-guessed", f"网页标题把几份文件的标题连在一起（{page.title}）：取正文印出的第一份文件的标题，请核对", own))
        page.title = own
    wanted = squash(page.title)
    if not wanted:
        return
    for start in range(min(_TITLE_LINES, len(page.lines))):
        for size in (2, 1):
            parts = page.lines[start : start + size]
            if len(parts) < size or not all(title_like(part) for part in parts):
                continue
            if size == 2 and (
                _ADOPTION_NOTE.match(parts[1]) or is_doc_number(parts[1]) or HEADING_START.match(fold(parts[1])) or is_field(parts[1])
            ):
                # （2021年11月23日…会议通过）, 某政发〔2017〕1号, 第一章 总则, 更新时间：2024-02-08 under a
                # title: no second line of it
                continue
            if size == 2 and squash(parts[1]) == squash(parts[0]):
                continue  # the headline printed again as the text's own title line: one title, not two
            joined = "".join(parts)
            squashed = squash(joined)
            if squashed.startswith(wanted) or (wanted.startswith(squashed) and len(squashed) * 5 >= len(wanted) * 4):
                if len(squashed) > len(wanted):
                    page.title = joined
                after = page.lines[start + size] if start + size < len(page.lines) else ""
                if start and names_issuer(page.lines[start - 1], page.title, after=after):
                    # The document prints its issuer over its title: the fuller title holds it.
                    start, size = start - 1, size + 1
                    page.title = page.lines[start] + page.title
                elif start and _joint_issuer_over(page.lines[max(start - 2, 0) : start], parts, page.title):
                    # 中共某镇委员会 / 某镇人民政府 / 关于…: the other issuer of a joint document
                    start, size = start - 1, size + 1
                    page.title = f"{page.lines[start].strip()} {page.title}"
                del page.lines[start : start + size]
                del page.origin[start : start + size]
                return
    if (found := _own_title_retold(page.lines, wanted)) is not None:
        start, size = found
        field, page.title = page.title, "".join(page.lines[start : start + size])
        del page.lines[start : start + size]
        del page.origin[start : start + size]
        page.findings.append(
            Finding("title-guessed", f"网页标题字段“{field}”是文件标题行的改写简称：以文件自己的标题行为标题，请核对", page.title)
        )
        return
    site = page.title
    if page.lines and not is_headline(site) and len(squash(page.lines[0])) >= _MIN_OWN_TITLE and ends_as_title(page.lines[0]) and is_headline(page.lines[0]):
        # <title>国家行政法规库</title> over 劳动保障监察条例: the page's title names the site (no headline),
        # the article's first line is the document's title.
        page.metadata.setdefault("网站", site)
        page.title = page.lines.pop(0)
        page.origin.pop(0)
        page.findings.append(Finding("title-guessed", f"网页标题（{site}）是网站的名称：以正文第一行的标题为标题，请核对", page.title))


_TITLE_JOINT = re.compile(r"[ \u3000]{2,}")  # the wide space a headline sets between the titles it joins


def _first_of_joined_titles(page: Page) -> str | None:
    """The document's own title when the page's headline joins the titles of the documents it
    prints one after another, set apart by wide spaces (中华人民共和国国务院令（第586号）　　国务院关于
    修改《某某条例》的决定　　某某条例: the order, the decision it issues, the regulation as amended):
    each part a title or an order's label, two or more of them printed as lines of the body. The
    first title printed that is no order's label is the document's; None if the headline is one title."""
    parts = [part for part in _TITLE_JOINT.split(page.title.strip()) if part]
    if len(parts) < 2:
        return None
    orders = [_ORDER_LABEL.fullmatch(re.sub(r"[（）()]", "", fold(part))) is not None for part in parts]
    if not all(order or (ends_as_title(part) and not is_organ_name(part)) for part, order in zip(parts, orders, strict=True)):
        return None  # 某某委  某某局关于…的通知: issuers before one title
    lines = {squash(line) for line in page.lines}
    printed = [(part, order) for part, order in zip(parts, orders, strict=True) if squash(part) in lines]
    if len(printed) < 2:
        return None
    return next((part for part, order in printed if not order), None)


def _joint_issuer_over(above: list[str], parts: list[str], title: str) -> bool:
    """The last of the lines `above` the title's lines `parts` is an organ's name, and `title` opens
    with another organ's: a joint document printed with its issuers a line each, the first of them
    left out of the page's title field. Either the document's number stands over that organ
    (某委发〔2021〕68号 / 中共某镇委员会 / 某镇人民政府关于…) or the title's own issuer stands alone on
    its line too (中共某镇委员会 / 某镇人民政府 / 关于…)."""
    organ = above[-1]
    if not (is_organ_name(organ) and squash(organ) not in squash(title) and opens_with_issuer(fold(title))):
        return False
    return (len(above) > 1 and is_doc_number(above[0])) or (len(parts) > 1 and is_organ_name(parts[0]))


def take_title_with_issuers(page: Page) -> None:
    """The text's own title line near the top that is the page's title with its issuers before it
    (中共中央 国务院关于…的意见 under the headline 关于…的意见, maybe under a dateline): the fuller
    title; its line is not read again. The headline's number after it ((某发〔2020〕1号), cut later
    by `trim_title`) stays after the fuller title."""
    number = NUMBER_TAIL.search(page.title)
    tail = page.title[number.start() :] if number is not None else ""
    wanted = squash(page.title[: len(page.title) - len(tail)])
    if not wanted:
        return
    for index in range(min(_TITLE_LINES, len(page.lines))):
        for size in (1, 2):
            # …国家能源局关于加强和规范电网 / 规划投资管理工作的通知: the title line broken over two
            parts = page.lines[index : index + size]
            line = "".join(part.strip() for part in parts)
            if len(parts) < size or (size == 2 and not all(title_like(part) for part in parts)):
                continue
            if len(line) <= MAX_TITLE_CHARS and _issuers_before(line, wanted):
                page.findings.append(Finding("title-guessed", f"正文的标题行在网页标题（{page.title}）前写明了发文机关：以正文标题行为标题，请核对", line))
                page.title = line + tail
                del page.lines[index : index + size]
                del page.origin[index : index + size]
                return


def _issuers_before(line: str, wanted: str) -> bool:
    """`line` is the squashed title `wanted` with the names of its issuing organs before it
    (中共中央 国务院关于…, 某省农业农村厅 某省财政厅关于…), one or several, maybe set apart by spaces."""
    if not squash(line).endswith(wanted):
        return False
    start = next((at for at in range(1, len(line)) if squash(line[at:]) == wanted), 0)
    names = re.split(r"[\s、]+", line[:start].strip())
    return start > 0 and all(is_organ_name(name) for name in names)


_MIN_OWN_TITLE = 6  # characters of a document's own title line (劳动保障监察条例)
_RETOLD_SHARE = 0.8  # of the field's characters the document's title line holds, in order


def _own_title_retold(lines: list[str], wanted: str) -> tuple[int, int] | None:
    """Where the document's own title stands at the top of the body (its first line and how many
    lines it takes) when the page's title field `wanted` (squashed) tells it in fewer words:
    印发关于《某州自治条例》实施办法的通知 for 某州人民政府关于 / 印发《某省某州 / 自治条例》实施办法的
    通知. The lines (one to three, none a heading) make a whole title, longer than the field, that
    ends as it does and holds nearly all its characters in order; of several such, the one adding
    the fewest characters to the field's (a label's broken end over the title line adds only those).
    None if no such lines stand there."""
    found: list[tuple[int, int, int]] = []  # (characters added to the field's, start, size)
    for start in range(min(_TITLE_LINES, len(lines))):
        for size in (3, 2, 1):
            parts = lines[start : start + size]
            if len(parts) < size or not all(title_like(part) and not HEADING_START.match(fold(part)) for part in parts):
                continue
            if size > 1 and len(squash(parts[0])) < MIN_CANDIDATE_CHARS and "关于" not in fold(parts[0]):
                continue  # 次会议文件 over the title line: the broken end of a label, no start of a title
            squashed = squash("".join(parts))
            matched = sum(block.size for block in SequenceMatcher(None, wanted, squashed, autojunk=False).get_matching_blocks())
            if (
                len(squashed) > len(wanted)
                and squashed[-2:] == wanted[-2:]
                and ends_whole_title(squashed)
                and is_headline("".join(parts))
                and matched >= _RETOLD_SHARE * len(wanted)
            ):
                found.append((len(squashed) - matched, start, size))
    if not found:
        return None
    start, size = min(found)[1:]
    if start and title_like(lines[start - 1]) and fold(lines[start - 1]).rstrip().endswith("关于"):
        start, size = start - 1, size + 1  # 某州人民政府关于 over the rest: a title's start cut after 关于
    return start, size
