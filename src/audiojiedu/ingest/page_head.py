"""The head of a scraped page: the chrome, fields and site furniture over the article.

Text copied from a government site (or the text blocks of a saved HTML page) starts with
accessibility links, breadcrumbs and a metadata table (索引号 … 公开日期): those lines are taken
off (`consume_head`); one-line pages (everything joined by spaces) are read chunk by chunk at
their start. Above the title a page may set a menu bar (首页 政务公开 新闻中心), a menu set as
nested numbered lists, a trail broken over two lines (当前位置：首页 > 政务公开 > / 通知公告) or a
forum member's panel: none of them is the title. Under the title, field rows, dates, counters,
summaries and the site's front matter are taken off too (`consume_under_title`).
"""

from __future__ import annotations

import re

from ..model import Finding
from .clean import CJK
from .page_chrome import (
    BREADCRUMB,
    BULLET,
    COUNT,
    HEAD_CHARS,
    POSITION_OPENER,
    SUSPECT_CHROME_CHARS,
    chrome_words,
    counter_pattern,
    fold,
    is_button_count,
    is_caption,
    is_chrome_line,
    site_lead,
)
from .page_fields import (
    DATE_LINE,
    LABELLED_URL,
    SENTENCE_END,
    STAMP_DATE,
    STAMP_TIME,
    Page,
    doc_number,
    empty_widget,
    fits_label,
    glued_field,
    holds_date,
    is_doc_number,
    is_label_only,
    label_key,
    label_pattern,
    label_value,
    led_field_row,
    merge_metadata,
    names_a_field,
    parse_metadata_line,
    stamp_row,
    title_like,
    unlisted_label,
)
from .page_headline import HEAD_ROW_CHARS
from .page_share import SHARE_HEAD_LINES
from .page_title_clean import HEAD_LINES, bare_title
from .page_title_words import (
    MAX_ORGAN_CHARS,
    contents_heading_of,
    ends_as_title,
    is_headline,
    is_organ_list,
    is_place_name,
    names_issuer,
    next_past_title,
    same_title,
    shorter_repeat,
    squash,
    title_repeat_lines,
)
from .pipe_tables import is_pipe_row

# An article's byline under its title: a column or account name, a time stamp, a place
# (政务   2024-12-28 12:34   上海, as WeChat articles print it).
# A byline: up to two words, a date (its year may be left out: ©原创 01-19 21:07) and a time, up to two words.
_BYLINE = re.compile(
    r"^(?:\S{1,12}\s+){0,2}(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\S{1,12}){0,2}$"
)
_BYLINE_STAMP = re.compile(r"(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?")
_EMPTY_CELLS = re.compile(r"[ \u3000]*[|｜](?:[ \u3000]*[|｜]){3,}[ \u3000]*$")  # a layout table's empty cells
# A label's colon and the empty cell after it, the table's bar closing it (政策解读: |).
_EMPTY_CELL_AFTER = re.compile(r"[:：][ \u3000]*[|｜][ \u3000|｜]*$")
_MIN_LISTED_ROWS = 2  # a block of field rows that shows an unlisted label to be one holds this many listed rows
_MAX_UNLISTED_VALUE = 30  # an unlisted field's value is no longer than this (a headline is)
_MIN_GLUED_ROWS = 3  # a block of fields whose labels are glued to their values holds this many rows
# The speaker line of a speech: an office, a space, a name (市长 某某某, 自治区主席 某某某).
_SPEAKER_LINE = re.compile(f"[{CJK}]{{2,20}}[ \u3000]+(?P<name>[{CJK}]{{2,4}})")
_MAX_CAPTION_SENTENCE = 40  # a photo's caption naming the speaker is one short sentence
_MAX_SALUTATION = 20  # 各位代表：, 同志们：
_PANEL_LINES = 40  # a forum member's panel is at most this many lines
# Site menus stand above the breadcrumb trail, one short item a line.
_MENU_LINES = 30
# A drop-down menu's prompt and its options (see `_select_menu`).
_SELECT_PROMPT = re.compile(r"请选择[\u4e00-\u9fff]{1,10}[:：]?")
_OPTION = re.compile(r"[\u4e00-\u9fffA-Za-z0-9\-~～]{1,10}")
_MIN_OPTIONS = 3
MENU_ITEM_CHARS = 12
_MENU_ITEM = re.compile(f"[{CJK}A-Za-z ]{{1,{MENU_ITEM_CHARS}}}")  # no digit, no punctuation: 政务公开
# A site menu set as nested numbered lists (see skip_numbered_menu): 1. 目录, 12. 涉农补贴.
_MENU_NUMBER = re.compile(f"(\\d{{1,2}})[.．、][ \u3000]*[{CJK}A-Za-z]{{1,16}}")
_MIN_MENU_ITEMS = 8
_MIN_MENU_RESTARTS = 4
_LINK_BAR_ITEMS = 4  # a bar of the site's links over field rows holds at least this many items
_NAV_BAR_ITEMS = 3  # a navigation bar over the headline: at least this many menu words
_LINK_BAR_LOOKAHEAD = 3  # field rows follow a link bar within this many lines
_POSITION_OPENERS = (
    "当前位置",
    "您当前的位置",
    "您当前所在位置",
    "您现在的位置",
    "您现在所在位置",
    "您所在的位置",
    "您的位置",
    "您的当前位置",
    "当前页面",
)
# A normative document's registration number printed over it: HHCR-2023-01005.
_REGISTRATION = re.compile(r"^[A-Z]{2,8}[-－—]\d{4}[-－—]\d{3,6}$")
_NAME_LABELS = ("名称", "标题", "信息名称", "文件名称")  # the fields of a page's table that name the document
_CHUNK_SPLIT = re.compile(r"(\s+)")
_BOX_ROW = re.compile(f"^[•·▪◦●■◆*＊-][ \u3000]*(?P<label>[{CJK}]{{2,6}})[ \u3000]*[:：][ \u3000]*(?P<value>\\S.{{0,80}})$")
_MIN_BOX_ROWS = 2
_MAX_TAB_CHARS = 6
_MAX_TABS = 5
# The site's name may stand with its address (某某网  www.example.gov.cn  日期：…), or its address alone.
_SITE_ADDRESS = "(?:https?://)?www\\.[\\w-]+(?:\\.[\\w-]+)+/?"
_BYLINE_LEAD = re.compile(
    f"^(?P<name>[{CJK}]{{2,30}}(?:[ \u3000]+{_SITE_ADDRESS})?|{_SITE_ADDRESS})[ \u3000]+(?P<rest>\\S.{{0,200}})$"
)
# A byline's stamp without a label, set apart by spaces from the labelled fields after it.
_UNLABELLED_STAMP = re.compile(rf"(?P<stamp>{STAMP_DATE}(?:[ \u3000]+{STAMP_TIME})?)[ \u3000]+(?=\S)")
_MIN_REPEATED_FIELDS = 2  # a line repeating the page's fields holds a date and a value at least
_TIME_KEYS = frozenset({"时间", "日期", "发布时间", "发布日期", "成文日期", "公开日期", "更新时间", "发表时间"})
# A forum post's header: the poster's user name, any characters but spaces and marks (某某, xinwen.mobi,
# user_2024), then 发表于 and the post's time (某某 发表于 2025-7-18 05:33:23 | 显示全部楼层 |阅读模式).
_POSTER_LEAD = re.compile(r"^(?P<name>[^\s|｜:：，。；]{1,30})[ \u3000]+(?P<rest>发表于.{0,200})$")
_CRUMB_MARKS = ">›»＞/ "  # what stands between the crumbs of a trail
_BREADCRUMB_LINK = re.compile(r"^[>›»/|＞]+$|[>›»＞]")
_TITLE_CHUNKS = 4  # a title on a one-line page may be split by spaces into this many chunks
_DATE_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
# A page's summary field over the text (内容摘要：…): dropped when the text repeats it.
# A summary's label, with its colon or in brackets ([摘要] …, 核心提示：): the page's, over its summary.
# A reporters' credit under a news headline without a colon: the newsroom's label ending in 记者,
# the names after it set apart by spaces (西北角·某某网记者 张某 李某某, 本报记者 王某).
_REPORTER_LINE = re.compile(
    r"(?P<label>[\u4e00-\u9fff·]{0,16}记者)[ \u3000]+(?P<names>[\u4e00-\u9fff]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff]{2,4}){0,7})"
)
# A link to the interpretation of the document under its title: a label ending in 解读 in the
# brackets a site sets round its tags, the document's name in 《》, maybe 政策解读 after it
# (【权威解读】《某某规划》政策解读). Without the brackets (图文解读：《某某方案》) the line may be an
# interpretation page's headline and stays.
_INTERPRETATION_LINK = re.compile(
    r"^[【\[［][\u4e00-\u9fff]{0,6}解读[】\]］][ \u3000:：]*《(?P<name>[^《》]{2,80})》[ \u3000]*(?:[\u4e00-\u9fff]{0,4}解读)?$"
)
_SUMMARY_WORDS = "内容摘要|内容提要|摘要|内容概述|内容简介|内容概要|概要|核心提示"
_SUMMARY = re.compile(
    rf"^(?:[\[【［][ \u3000]*(?:{_SUMMARY_WORDS})[ \u3000]*[\]】］][ \u3000]*[:：]?|(?:{_SUMMARY_WORDS})[ \u3000]*[:：])[ \u3000]*"
)
_MIN_SUMMARY = 20  # a shorter summary is not told from a line of the text by its repeat
_NUMBERED_CHUNK = re.compile(r"[（(]?[一二三四五六七八九十百\d]+[、.．）)]|第[一二三四五六七八九十百\d]+[章条节部篇]")
_FLAT_PAGE_CHARS = 500  # a page flattened into one paragraph is at least this long
# Field rows between a column's name and the headline: at most this many, each a label and a value.
_FIELD_ROWS = 12
_FIELD_LINE = re.compile(f"[{CJK}]{{2,8}}[ \u3000]*[:：].{{0,60}}")
# Lines between a headline and its repeat are the site's only if short: a download note is
# ~150 characters, a paragraph of the document longer.
_FRONT_MATTER_CHARS = 200
_HEADING_START = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百]+[章节条節條])")
_SPEECH_NOTE = re.compile(r"^[—－-]{1,2}|^[（(].*(?:会议|讲话|报告)")  # ——在…会议上 / （2024年1月…会议通过）
# An order's head (某某市人民政府令 over 第277号): an order promulgating the document under it, its
# note (《…》已经…审议通过，现予公布) and the mayor's name are the document's, not the site's.
_ORDER_HEAD = re.compile(f"^[{CJK}]{{2,24}}令$")
# The site's address opening a furniture line, before the page's stamp and fields.
_LEADING_ADDRESS = re.compile(r"^\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\s+", re.IGNORECASE)
_LEADING_STAMP = re.compile(rf"^\s*{STAMP_DATE}(?:\s*{STAMP_TIME})?")
_MAX_PLACE_CHARS = 12  # a place's name alone on a line (某某自治州某某县) is no longer than this
_MIN_REPEATED_HEADLINE = 6  # a shorter line above a field list may repeat a value by chance
# A page's tag line under the headline: 标签：某某,某某 (maybe after the headline again, 某某方案,标签：…).
_TAG_LINE = re.compile(r"^(?P<lead>[^：:。]{0,80}?)[，,、 \u3000]*(?:标签|Tags?|TAG)[ \u3000]*[:：](?P<tags>[^。！？]{1,160})$", re.IGNORECASE)
# Under the headline, what names the site and not the page: its home address alone (http://www.example.com),
# a link to its notices with the day's stamp (2022-11-08 某某网的版权声明).
_SITE_LINK = re.compile(
    r"^(?:(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?"
    rf"|(?:{STAMP_DATE}[ \u3000]+)?[^\s。，：:]{{0,20}}?的?(?:版权声明|免责声明|网站声明|隐私政策))$"
)
_TAG_WORD = re.compile(f"[{CJK}]{{2,4}}")  # a tag set alone on its line (學校 / 農村 / 教師)
_MIN_TAG_WORDS = 2
_MIN_TEASER = 30  # a line without a summary label must repeat this much of the text to be a teaser
_SUMMARY_LINES = 40  # the repeat is looked for in this many lines under the summary


def drop_member_panel(body: list[str]) -> None:
    """Blank a forum's member panel at the top of a thread: from its first line (TA的每日心情) down
    to the post's row (发表于 2024-3-27 20:37 | 只看该作者), every line short and without a sentence
    (the member's mood, sign-in days, level, counts of threads and points). Nothing is blanked
    unless the post's row is found."""
    chrome = chrome_words()
    for first, line in enumerate(body[:SHARE_HEAD_LINES]):
        if BULLET.sub("", fold(line), count=1) not in chrome["panel"]:
            continue
        for end in range(first + 1, min(len(body), first + _PANEL_LINES)):
            folded = fold(body[end])
            if folded.startswith(chrome["panel-end"]):
                body[first:end] = [""] * (end - first)
                return
            if len(folded) > MENU_ITEM_CHARS * 2 or re.search("[。，；！？]", folded):
                break
        return


def take_unlisted_fields(body: list[str], page: Page) -> None:
    """Field rows under labels the table does not list (信息索引 :…, 编辑人 :…, 时效: 有效), read as
    fields where the page's own field rows show the block: a run of lines at the top, each a
    field row, with at least `_MIN_LISTED_ROWS` rows of listed labels in it; or one row that holds
    a listed field beside the unlisted one (发布来源:某某网站 发布时间:…).

    A label left empty (内容概览:) is the site's only inside such a block, with a field row under
    it, or when it ends with a listed label (结果反馈日期:), or when the table's bar closes its empty
    cell (政策解读: |): at the block's foot a short line and a colon may be the text's salutation
    (各有关单位：). Each line taken is named in a finding; the
    top ends at the first sentence."""
    kinds: list[tuple[int, str, dict[str, str]]] = []  # (index, "listed" | label | "", row)
    for index, line in enumerate(body[:SHARE_HEAD_LINES]):
        if not line:
            continue
        if len(line) > HEAD_ROW_CHARS or "。" in line:
            break
        if (listed := parse_metadata_line(line)) or is_label_only(line):
            kinds.append((index, "listed", listed or {}))
        elif (
            (label := unlisted_label(line))
            and not is_chrome_line(line)  # 当前位置：首页 > … is a trail, not a field
            and (row := parse_metadata_line(line, extra=label)) is not None
            and _field_value(row.get(label, ""))
        ):
            kinds.append((index, label, row))
        elif (label := unlisted_label(line)) and _EMPTY_CELL_AFTER.search(line):
            kinds.append((index, label, {}))  # 政策解读: |: a label over its empty cell in the table
        else:
            kinds.append((index, "", {}))
    taken: list[str] = []
    position = 0
    while position < len(kinds):
        stop = position
        while stop < len(kinds) and kinds[stop][1] and (stop == position or kinds[stop][0] == kinds[stop - 1][0] + 1):
            stop += 1
        block = kinds[position:stop]
        listed_rows = sum(kind == "listed" for _, kind, _ in block)
        for place, (index, kind, row) in enumerate(block):
            if kind in ("", "listed"):
                continue
            beside = len(row) > 1  # 发布来源:… 发布时间:… in one row
            celled = _EMPTY_CELL_AFTER.search(body[index]) is not None  # a salutation has no cell after it
            inside = listed_rows >= _MIN_LISTED_ROWS and (bool(row) or place + 1 < len(block) or names_a_field(kind) or celled)
            if not (beside or inside):
                continue
            merge_metadata(page, row)
            taken.append(body[index])
            body[index] = ""
        position = max(stop, position + 1)
    if taken:
        page.findings.append(
            Finding(
                "field-guessed",
                "网页字段栏中未列出的标签（由周围的字段行判断）按字段读取，未朗读；空字段未朗读",
                " ‖ ".join(taken)[: SUSPECT_CHROME_CHARS * 4],
            )
        )


def take_glued_fields(body: list[str], page: Page) -> None:
    """A block of field rows at the top, one field a line, each label glued to its value with no
    separator (发文机关某某厅党组 / 发文日期2021年12月21日 / 时效性现行有效 / 发文字号某发〔2021〕6号):
    `_MIN_GLUED_ROWS` such lines in a row or more are fields, taken off with a finding. Fewer may
    be the text's sentences that open with a label's word, and are kept; the top ends at the
    first sentence."""
    index = 0
    limit = min(len(body), SHARE_HEAD_LINES)
    while index < limit:
        if "。" in body[index]:
            return
        stop = index
        rows: list[tuple[str, str]] = []
        while stop < limit and body[stop] and (row := glued_field(body[stop])) is not None:
            rows.append(row)
            stop += 1
        if len(rows) >= _MIN_GLUED_ROWS:
            for key, value in rows:
                if value:
                    page.metadata.setdefault(key, value)
            page.findings.append(
                Finding(
                    "field-guessed",
                    "标签与值之间没有分隔的字段行（一行一个字段）按字段读取，未朗读",
                    " ‖ ".join(body[index:stop])[: SUSPECT_CHROME_CHARS * 4],
                )
            )
            body[index:stop] = [""] * (stop - index)
        index = max(stop, index + 1)


def take_info_box(body: list[str], page: Page) -> None:
    """A wiki-style information box near the top of the page: a heading of the table's `infobox`
    rows (基本介绍) over `_MIN_BOX_ROWS` bulleted rows or more, each a short label, its colon and a
    value (• 中文名：某某规划 / • 颁布时间：2021年12月17日), maybe a bar of the page's tabs under
    it (全文，政策解读， then 全文 again). The rows are fields (keys folded to simplified
    characters), heading and tabs the site's, dropped with a finding."""
    boxes = chrome_words()["infobox"]
    for index, line in enumerate(body[:SHARE_HEAD_LINES]):
        if fold(line).strip(" :：") not in boxes:
            continue
        rows: list[tuple[str, str]] = []
        stop = index + 1
        while stop < len(body) and (match := _BOX_ROW.match(body[stop])) is not None:
            rows.append((fold(match.group("label")), match.group("value").strip()))
            stop += 1
        if len(rows) < _MIN_BOX_ROWS:
            continue
        tabs = [tab for tab in re.split(r"[，,、\s]+", body[stop]) if tab] if stop < len(body) else []
        dropped = [line]
        if tabs and all(len(tab) <= _MAX_TAB_CHARS for tab in tabs) and len(tabs) <= _MAX_TABS and not any(
            mark in body[stop] for mark in "。；;：:"
        ):
            dropped.append(body[stop])
            stop += 1
            if stop < len(body) and body[stop].strip() in tabs:
                dropped.append(body[stop])
                stop += 1
        for label, value in rows:
            page.metadata.setdefault(label, value)
        page.findings.append(
            Finding("chrome-dropped", "网页的资料框（标题与标签栏未朗读，各行按字段读取）", " ‖ ".join(dropped))
        )
        body[index:stop] = [""] * (stop - index)
        return


def _field_value(value: str) -> bool:
    """`value` may be an unlisted field's: empty, or short and naming no document (音频解读：《…》
    under the field rows is the headline, not a field)."""
    return len(value) <= _MAX_UNLISTED_VALUE and "《" not in value


def skip_site_menu(body: list[str]) -> int:
    """The index of a breadcrumb trail (当前位置：首页 > …) that only a site menu stands above, else 0.

    A menu is a run of short items, one a line (首页 / 政务公开 / 政府动态); above the trail they
    are the site's, so the first of them is not taken for the title.
    """
    for index, line in enumerate(body[:_MENU_LINES]):
        folded = fold(line)
        if folded.startswith(_POSITION_OPENERS) or POSITION_OPENER.match(folded) or BREADCRUMB.match(folded):
            if index and _title_over_trail(body, index):
                return index - 1
            return index
        if not (is_chrome_line(line) or _MENU_ITEM.fullmatch(BULLET.sub("", line, count=1))):
            return 0  # • 要闻动态: a menu set as a list
    return 0


def skip_numbered_menu(body: list[str]) -> int:
    """The index past a site menu set as nested numbered lists at the top of the page, else 0.

    A menu printed from nested lists numbers each sub-list from 1 again (1. 目录 2. 某某 1. 专项规划
    2. 区域规划 1. 预决算公开 …): short items without punctuation whose numbering starts over
    again and again. A document's own list is numbered through, and comes under its title.
    """
    items = restarts = 0
    index = 0
    while index < len(body):
        line = body[index]
        numbered = _MENU_NUMBER.fullmatch(line)
        if numbered is not None:
            items += 1
            restarts += numbered.group(1) == "1"
        elif not (is_chrome_line(line) or _MENU_ITEM.fullmatch(BULLET.sub("", line, count=1))):
            break
        index += 1
    return index if items >= _MIN_MENU_ITEMS and restarts >= _MIN_MENU_RESTARTS else 0


def _title_over_trail(body: list[str], trail: int) -> bool:
    """The short line right over the trail is the page's title (公告, 通 告, 政府工作报告), not the
    last menu item: it ends as a title does, the trail does not name it, and no headline stands
    under the trail (under it the text begins: 各单位：, a sentence)."""
    line = body[trail - 1]
    if is_chrome_line(line) or not ends_as_title(squash(line)) or squash(line) in squash(body[trail]):
        return False
    index = _skip_broken_trail(body, trail)
    if index < len(body) and _opens_breadcrumb(body[trail]):
        index = _skip_breadcrumb(body, index)
    while index < len(body) and (
        is_chrome_line(body[index])
        or parse_metadata_line(body[index]) is not None
        or DATE_LINE.match(fold(body[index]))
    ):
        index += 1
    return index >= len(body) or not is_headline(body[index])


def _is_link_bar(body: list[str], index: int) -> bool:
    """A row of the site's links at the top (中国政府网 某省政府网 English 市人大 …, 首页 政务公开 新闻中心
    办事服务, or 首 页 政 务 公 开 set letter-spaced): short items and no sentence, with the page's
    field rows, its chrome or its headline (a line that ends as a title does) under it.

    A letter-spaced title (政 府 工 作 报 告) is no link bar: it does not start with 首页 and few of
    its items are words. A title set as words apart (全区 农业 农村 工作 要点) ends as a title does,
    so a headline under it does not make it a bar unless it starts with 首页; nor do issuing
    organs set side by side (某县财政局 某县农业农村局) make one.
    """
    line = body[index]
    items = line.split()
    if parse_metadata_line(line) is not None or is_label_only(line):
        return False  # [ 主题分类 ] 应急管理 [ 体裁分类 ] 预案 is a row of fields
    if len(items) < _NAV_BAR_ITEMS or any(len(item) > MENU_ITEM_CHARS for item in items):
        return False
    if re.search(r"[\d。，；！？、：:]", line) or is_organ_list(line):
        return False
    words = sum(len(item) >= 2 for item in items)
    home = fold("".join(items)).startswith(("首页", "网站首页"))
    if not (home or words * 2 >= len(items)):
        return False
    if home and (words or len(items) >= _LINK_BAR_ITEMS):
        return True  # 首页 政务公开 新闻中心 (or 首 页 政 务 公 开): the site's menu, whatever stands under it
    menu = words == len(items) and not ends_as_title(line)
    for after in body[index + 1 : index + 1 + _LINK_BAR_LOOKAHEAD]:
        if parse_metadata_line(after) or is_label_only(after):
            return len(items) >= _LINK_BAR_ITEMS
        if not re.search(r"[\d。，；！？、：:]", after) and len(after.split()) >= _LINK_BAR_ITEMS:
            continue  # another bar
        if DATE_LINE.match(fold(after)):
            continue  # the page's stamp over the headline
        return menu and (is_chrome_line(after) or is_headline(after))
    return False


def _menu_over_fields(body: list[str], index: int) -> int:
    """Where the page's field table starts under a column menu set one item a line (政府信息公开 /
    政府信息公开指南 / 政府信息公开制度), 0 if body[index] starts no such menu.

    Two short items or more without digits or punctuation, right over field rows that name the
    document (名称：…, 标题：…): the page names its document in the table, so the items above it
    are the site's columns, not a title."""
    end = index
    while end < len(body) and end - index < _MENU_LINES and _MENU_ITEM.fullmatch(BULLET.sub("", body[end], count=1)):
        end += 1
    if end - index == 1:
        return end if _column_over_fields(body, index) else 0
    if end - index < 2:
        return 0
    rows = end
    named = False
    while rows < len(body) and (row := parse_metadata_line(body[rows])) is not None:
        named = named or any(label in row for label in _NAME_LABELS)
        rows += 1
    return end if named else 0


def _column_over_fields(body: list[str], index: int) -> bool:
    """A column's name alone over the page's field rows (预算绩效管理 / - 索引号：… / - 发布机构：…),
    with the headline under the rows: the site's column, not the title. A line that ends as a
    title does (某县2024年政府工作报告) is kept as a title; a place's name (某省某区) is the site's
    name, which the title pass keeps as metadata."""
    if (
        ends_as_title(body[index])
        or is_place_name(body[index])
        or is_organ_list(body[index])
        or index + 1 >= len(body)
        or parse_metadata_line(body[index + 1]) is None
    ):
        return False
    for line in body[index + 2 : index + 2 + _FIELD_ROWS]:
        if is_headline(line):
            return True
        if (
            parse_metadata_line(line) is None
            and not is_label_only(line)
            and not _FIELD_LINE.match(BULLET.sub("", line, count=1))
        ):
            return False
    return False


def consume_head(body: list[str], page: Page, index: int = 0) -> int:
    """Drop chrome, metadata rows and the title line at the top; return the first body index."""
    while index < len(body):
        line = body[index]
        if not line:
            index += 1
            continue
        if (byline := unlabelled_byline(line)) is not None:
            name, fields = byline
            merge_metadata(page, fields)
            page.findings.append(Finding("chrome-dropped", "网页字段行前没有标签的署名（发布单位）：未朗读", name))
            index += 1
            continue
        row = parse_metadata_line(line) if len(line) <= 240 else None
        # 编辑：admin 时间：4年前 looks like chrome (编辑：), but its fields are the page's; a row of
        # labels whose cells were left empty (公开形式 责任部门) is the field table's too.
        if row or (row is not None and not is_label_only(line)):
            merge_metadata(page, row, names=_NAME_LABELS)
            index += 1
            continue
        if is_button_count(body, index):
            index += 1  # 购物车 / 0: the count the site prints by its button
            continue
        if (options := _select_menu(body, index)) > index:
            page.chrome.extend(text for text in body[index:options] if text)
            index = options
            continue
        if is_chrome_line(line):
            opens = _opens_breadcrumb(line)  # 您的位置： alone, or a trail broken over lines
            skipped = _skip_breadcrumb(body, index + 1) if opens else _skip_broken_trail(body, index)
            page.chrome.extend(text for text in body[index:skipped] if text)
            index = skipped
            continue
        if skip := _menu_over_fields(body, index):
            page.findings.append(
                Finding(
                    "chrome-dropped",
                    "网页字段表上方的栏目菜单已去掉，未朗读",
                    " / ".join(body[index:skip])[: SUSPECT_CHROME_CHARS * 4],
                )
            )
            index = skip
            continue
        if _is_link_bar(body, index) or re.sub(r"\s", "", fold(line)) in chrome_words()["head"]:
            page.chrome.append(line)  # a bar of links, or a list page's picker (年 份) above the headline
            index += 1
            continue
        if DATE_LINE.match(BULLET.sub("", fold(line), count=1)):
            page.metadata.setdefault("发布时间", BULLET.sub("", line, count=1))
            index += 1
            continue
        if stamp_row(line, page):
            index += 1  # 2026-03-11 19:16:39 来源：某某网 责任编辑：某某 over the headline
            continue
        if (led_row := led_field_row(line)) is not None:
            _take_led_field_row(page, led_row)
            index += 1
            continue
        url = LABELLED_URL.match(line)
        if _URL_LINE.match(line) or (url and not parse_metadata_line(line)):
            page.metadata.setdefault("原文链接", url.group(1) if url else line)
            index += 1
            continue
        if is_label_only(line) and index + 1 < len(body) and parse_metadata_line(body[index + 1]) is None:
            value = label_value(line, body[index + 1])
            declared = page.title or page.metadata.get("标题") or page.metadata.get("信息名称") or ""
            if (declared and same_title(value, declared)) or _repeats_line_above(body, index):
                index += 1  # 内容概述 left empty over the headline: the headline is no value of it
                continue
            if is_chrome_line(body[index + 1]) or not fits_label(line, value) or _left_empty(value):
                index += 1  # 主题词： left empty over the toolbar (【打印】 【字体：), 废止日期： over the organ
                continue
            # HTML metadata tables: the label and its value are separate text blocks.
            page.metadata.setdefault(label_key(line), value)
            index += 2
            continue
        row = parse_metadata_line(line)
        if row is not None and len(line) <= 240:
            merge_metadata(page, row)
            index += 1
            continue
        if empty_widget(body, index):
            index += 1  # 今日是： left for the site's script to fill in, over the breadcrumb
            continue
        if is_doc_number(line):
            page.metadata.setdefault("发文字号", doc_number(line))
            index += 1
            continue
        if page.title and same_title(line, page.title):
            index += 1
            continue
        if is_pipe_row(line):
            break  # | 项目 | 金额 |: a table's header, read with its table
        if site_lead(line) and any(body[index + 1 : index + 1 + HEAD_LINES]):
            # …会议表决通过《某某决议》，下面是详细内容。 over the headline: the site's lead-in.
            page.findings.append(Finding("chrome-dropped", "网站在正文前加的引语（下面是详细内容）：未朗读", line[: SUSPECT_CHROME_CHARS * 2]))
            index += 1
            continue
        rest = _strip_head_chunks(line, page)
        if rest != line:
            # What is left after the chunks taken off is looked at afresh: the welcome chunk of
            # 欢迎访问某某网站！ 今日是： leaves an empty label that is chrome too.
            body[index] = rest
            continue
        break
    return index


def _select_menu(body: list[str], index: int) -> int:
    """The index past a site's drop-down menu at the top: its prompt alone on a line (请选择时期：,
    请选择城市) over the row of its options set apart by spaces (备孕 孕期 分娩 0-1岁 1-3岁), at
    least `_MIN_OPTIONS` short ones without punctuation; `index` if body[index] opens none."""
    if not _SELECT_PROMPT.fullmatch(fold(body[index])) or index + 1 >= len(body):
        return index
    options = body[index + 1].split()
    if len(options) >= _MIN_OPTIONS and all(_OPTION.fullmatch(option) for option in options):
        return index + 2
    return index


def _take_led_field_row(page: Page, led_row: tuple[str, dict[str, str]]) -> None:
    """The fields after the site's lead (a copied page's source address, a listing's category
    tag, see `led_field_row`) go to the metadata; the lead is not read (a finding keeps it)."""
    lead, fields = led_row
    merge_metadata(page, fields)
    page.findings.append(Finding("chrome-dropped", "字段行前网站加的原网址或分类标签（字段已读入）：未朗读", lead))


def unlabelled_byline(line: str) -> tuple[str, dict[str, str]] | None:
    """A row of fields led by a name without a label, set apart by a space (某某县人民政府
    发布时间：2025-04-11 14:20 来源：某某局; a site's name with its address, 某某网  www.example.cn
    日期：…): the page's byline over the text; its publication time must hold a date. The name
    and the fields, or None if `line` is not so shaped (a row that starts with a label, a
    sentence)."""
    match = _BYLINE_LEAD.match(line)
    if match is None or label_pattern().match(fold(line)):
        return None
    fields = parse_metadata_line(match.group("rest")) or _stamp_led_fields(match.group("rest"))
    if not fields or not any(key in _TIME_KEYS and re.match(r"\d{4}[-/.年]", value) for key, value in fields.items()):
        return None
    return match.group("name"), fields


def _post_header(line: str) -> tuple[str, dict[str, str]] | None:
    """A forum post's header under the thread's title: the poster's user name, then 发表于 and a
    dated time, the thread's toolbar cells after it (xinwen.mobi 发表于 2025-7-18 05:33:23 |
    显示全部楼层 |阅读模式): the name and the fields, or None."""
    match = _POSTER_LEAD.match(line.strip())
    if match is None:
        return None
    fields = parse_metadata_line(match.group("rest"))
    if not fields or not re.match(r"\d{4}[-/.年]", fields.get("发表于", "")):
        return None
    return match.group("name"), fields


def _stamp_led_fields(rest: str) -> dict[str, str] | None:
    """The fields of a byline's `rest` that opens with the page's stamp without a label, labelled
    fields after it (2009年08月04日   来源：某某网, a portal's byline under a reposted article):
    the stamp is the publication time; None unless a labelled field follows the stamp."""
    stamp = _UNLABELLED_STAMP.match(fold(rest))
    if stamp is None:
        return None
    after = rest[stamp.end() :]
    if (counter := counter_pattern().match(fold(after))) is not None:
        after = after[counter.end() :].lstrip()  # 2024-01-23 23:02  阅读:33685次  作者:…: the view count is no field
    fields = parse_metadata_line(after)
    if not fields:
        return None
    return {"发布时间": rest[: stamp.end("stamp")], **fields}


def _strip_head_chunks(line: str, page: Page) -> str:
    """One-line pages: remove breadcrumbs, chrome words, metadata and the title at the start."""
    chrome = chrome_words()
    # Chrome sits in the first few hundred characters; splitting a 20 MB line would be slow.
    head, rest_of_line = line[:HEAD_CHARS], line[HEAD_CHARS:]
    parts = _CHUNK_SPLIT.split(head)
    chunks = parts[0::2]
    position = 0
    while position < len(chunks):
        chunk = chunks[position]
        if not chunk:
            position += 1
            continue
        if fold(chunk).startswith(("当前位置", "您当前所在位置", "您现在的位置", "您所在的位置")):
            position += 1
            if re.fullmatch(r"\S+[:：]", chunk) and position < len(chunks):
                position += 1  # the path itself, written without spaces
            while position < len(chunks) and _BREADCRUMB_LINK.search(chunks[position]):
                position += 1
            continue
        if chunk in chrome["token"] or is_chrome_line(chunk):
            position += 1
            continue
        span = _title_span(chunks, position, page)
        if span:
            position += span
            continue
        if position == 0 and _flattened_headline(chunks, line, page):
            position += 1
            continue
        if is_doc_number(chunk):
            page.metadata.setdefault("发文字号", doc_number(chunk))
            position += 1
            continue
        label = label_pattern().match(chunk)
        if label is not None:
            value = chunk[label.end() :]
            if not value and position + 1 < len(chunks):
                position += 1
                value = chunks[position]
            if fold(label.group(1)).endswith(("标题", "名称")) and not ends_as_title(value):
                # 文章标题：县长在 20xx 年…的讲话: a title written with spaces is taken whole
                for size in range(1, _TITLE_CHUNKS):
                    longer = " ".join([value, *chunks[position + 1 : position + 1 + size]])
                    if position + size < len(chunks) and ends_as_title(longer) and title_like(longer):
                        value, position = longer, position + size
                        break
            if position + 1 < len(chunks) and _DATE_TIME.match(chunks[position + 1]):
                position += 1
                value = f"{value} {chunks[position]}"
            if value:
                page.metadata.setdefault(re.sub(r"\s", "", label.group(1)), value)
            position += 1
            continue
        break
    if position == 0:
        return line
    if position >= len(chunks):
        return rest_of_line.strip()
    return ("".join(parts[2 * position :]) + rest_of_line).strip()


def _flattened_headline(chunks: list[str], line: str, page: Page) -> bool:
    """A page flattened into one paragraph (a document-sharing site's text, its line breaks
    lost) opens with its headline: the first chunk is the title when the page has none yet, the
    chunk reads as a headline (ends as titles do, no sentence) and the paragraph is long, so the
    chunk is not the whole text."""
    if page.title or len(line) < _FLAT_PAGE_CHARS or len(chunks) < 2:
        return False
    if not is_headline(chunks[0]) or _NUMBERED_CHUNK.match(fold(chunks[0])):
        return False
    page.title = chunks[0]
    page.findings.append(Finding("title-guessed", "整页连成一段：标题取自段首的标题式文字，请核对", chunks[0]))
    return True


def _title_span(chunks: list[str], position: int, page: Page) -> int:
    """How many chunks from `position` spell the title (中共屿头乡委员会 关于…的通知), 0 if none.

    A chunk that ends with the title and starts with an organ's name (某局关于…的通知) is the
    fuller form of the title and replaces it.
    """
    wanted = squash(page.title)
    if not wanted:
        return 0
    joined = ""
    for size in range(1, _TITLE_CHUNKS + 1):
        if position + size > len(chunks):
            break
        joined += chunks[position + size - 1]
        squashed = squash(joined)
        if squashed == wanted:
            return size
        if not wanted.startswith(squashed):
            break
    chunk = chunks[position]
    squashed = squash(chunk)
    if squashed.endswith(wanted) and len(squashed) - len(wanted) <= MAX_ORGAN_CHARS and "。" not in chunk:
        page.title = chunk
        return 1
    return 0


def _opens_breadcrumb(line: str) -> bool:
    """您的位置： alone on its line: the path follows, one crumb per line."""
    return line.rstrip().endswith(("：", ":")) and fold(line).startswith(chrome_words()["prefix"])


def _skip_breadcrumb(body: list[str], index: int) -> int:
    """Skip the crumbs after 您的位置：(首页 > 云南要闻) and the column name that repeats the last one."""
    last_item = ""
    after_arrow = True  # the first crumb follows the opener
    while index < len(body):
        line = body[index]
        if len(line) > 12 or any(mark in line for mark in "。，！？；"):
            break
        if fold(line) == "正文":
            return index + 1  # 首页 > 政府动态 > 正文: the trail ends at the article
        if _BREADCRUMB_LINK.fullmatch(line) or fold(line) in chrome_words()["token"]:
            after_arrow = True
        elif after_arrow or line == last_item:
            last_item = line
            after_arrow = False
        else:
            break
        index += 1
    return index


def _skip_broken_trail(body: list[str], index: int) -> int:
    """Past the chrome line body[index] and, if it is a breadcrumb trail broken over lines
    (当前位置：首页 > 政务公开 > / 通知公告, or … 政务公开 / > 通知公告), the rest of the trail.

    A short line under a trail ending in > is the last crumb only when a headline or chrome
    follows it: under 当前位置：首页 > 政务公开 >, 公告 over 为做好…公告如下： is the title.
    """
    folded = fold(body[index])
    if not (folded.startswith(_POSITION_OPENERS) or POSITION_OPENER.match(folded) or BREADCRUMB.match(folded)):
        return index + 1
    previous = folded
    index += 1
    while index < len(body):
        line = fold(body[index])
        crumb = line.lstrip(_CRUMB_MARKS).strip()
        led = line.startswith(tuple(_CRUMB_MARKS))
        if not (led or previous.rstrip().endswith(tuple(_CRUMB_MARKS))) or not crumb:
            break
        if len(crumb.rstrip(_CRUMB_MARKS)) > MENU_ITEM_CHARS or re.search("[。，；！？：:]", crumb):
            break
        following = body[index + 1] if index + 1 < len(body) else ""
        if not (led or is_chrome_line(following) or is_headline(following)):
            break
        previous = line
        index += 1
    return index


def consume_under_title(page: Page) -> None:
    """Metadata rows, publication dates and captions just under the title: metadata, not text.
    A bare number right under a row taken off is the site's view counter (发布时间：… 字体大小：
    over 4874268): not read, with a finding."""
    title = bare_title(page.title)  # a repeat of the title is told without the page's date and label
    _take_front_matter(page, title)
    index = 0
    row_above = False  # the line above was a row or caption taken off
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
        if (copies := _labelled_summary_under(page.lines, index)) > 0:
            # 核心提示： alone, the summary under it (maybe printed twice), the text repeating it
            page.findings.append(
                Finding("summary-repeat", "网页的内容摘要（标签另起一行）重复了正文：未朗读，正文照读", page.lines[index + 1][:SUSPECT_CHROME_CHARS])
            )
            del page.lines[index : index + 1 + copies]
            del page.origin[index : index + 1 + copies]
            continue
        if _repeated_summary(page.lines, index):
            page.findings.append(
                Finding("summary-repeat", "网页的内容摘要重复了正文开头：未朗读，正文照读", line[:SUSPECT_CHROME_CHARS])
            )
            del page.lines[index]
            del page.origin[index]
            continue
        if title and len(line) > len(title) and line.startswith(title) and line[len(title)].isspace():
            # A page flattened to one line starts with the title again: 某某方案 一、背景 随着…
            page.lines[index] = line[len(title) :].strip()
            continue
        if contents_heading_of(line, title):
            page.lines[index] = "目录"  # the title again over its contents: the contents' heading is read
            index += 1
            continue
        if (post := _post_header(line)) is not None:
            merge_metadata(page, post[1])
            page.findings.append(Finding("chrome-dropped", "标题下论坛帖子的发帖人用户名：未朗读（发表时间按字段保存）", post[0]))
            del page.lines[index]
            del page.origin[index]
            row_above = True
            continue
        if (led_row := led_field_row(line)) is not None:
            _take_led_field_row(page, led_row)  # the address makes the row long: looked at first
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
        if (reporter := _REPORTER_LINE.fullmatch(fold(line.strip()))) is not None:
            # 某某网记者 某某 某某 under the headline: the credit, no colon, names set apart by spaces
            page.metadata.setdefault(reporter.group("label").split("·")[-1], re.sub(r"[ \u3000]+", " ", reporter.group("names")))
            page.findings.append(Finding("chrome-dropped", "标题下的记者署名：按字段保存，未朗读", line))
            del page.lines[index]
            del page.origin[index]
            row_above = True
            continue
        if _interpretation_link(line, page.title):
            page.findings.append(Finding("chrome-dropped", "标题下指向本文件解读的链接：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if _speaker_caption(page.lines, index):
            page.findings.append(Finding("chrome-dropped", "讲话人署名与称呼语之间的图片说明（某某作报告）：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if len(line) > HEAD_ROW_CHARS or line[-1] in "。！？；":
            return
        taken = 0
        if DATE_LINE.match(BULLET.sub("", fold(line), count=1)):
            date = BULLET.sub("", line, count=1)
            if _labelled_elsewhere(page, index, date):
                page.findings.append(Finding("chrome-dropped", "标题下的日期重复了网页字段中的同一日期：按字段保存，未朗读", line))
            else:
                page.metadata.setdefault("发布时间", date)
            taken = 1
        elif stamp_row(line, page):
            taken = 1
        elif _repeats_fields(line, page):
            page.findings.append(Finding("chrome-dropped", "标题下重复网页字段（来源、日期）的一行：按字段保存，未朗读", line))
            taken = 1
        elif _BYLINE.match(line) and not parse_metadata_line(line):  # 发布日期： 2023-03-10 00:00 is a field
            # 联合创作 · 2022-07-12 00:00: the stamp is the page's date; the account's or column's
            # name and the place beside it are the site's, said in a finding.
            stamp = _BYLINE_STAMP.search(line)
            assert stamp is not None  # _BYLINE holds one
            page.metadata.setdefault("发布时间", re.sub(r"\s+", " ", stamp.group(0)))
            rest = f"{line[: stamp.start()]} {line[stamp.end() :]}".strip(" ·|｜\u3000")
            if rest:
                page.findings.append(Finding("chrome-dropped", "标题下署名行的栏目、账号或地点：未朗读（日期按发布时间保存）", line))
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
                and len(value) <= 30
                and not is_label_only(value)
                and not _own_row(line, value)
                and fits_label(line, value)
                and not _left_empty(value)
                and not (title and same_title(value, title))  # 内容概述： left empty over the headline again
            ):
                page.metadata.setdefault(label_key(line), value)
                taken = 2
            else:
                taken = 1
        elif (row := parse_metadata_line(line)) is not None and (row or not is_label_only(line)):
            # an empty row of several labels (公开形式 责任部门) too; a label alone may take the next line
            merge_metadata(page, row)
            taken = 1
        elif is_caption(line):
            taken = 1
        elif title and same_title(line, title):
            taken = 1  # the official document's own header repeats the page's title
        elif title and shorter_repeat(line, title):
            taken = 1  # 某区政府工作报告 under the page's 某市某区政府工作报告
        elif index == 0 and title and _place_of_title(line, title):
            # 某县 alone right under 某州某县2024年…年度报告: the site's region tag, the title says it
            page.findings.append(Finding("chrome-dropped", "标题下单独一行的地名，标题中已有：未朗读", line))
            taken = 1
        elif is_doc_number(line):
            page.metadata.setdefault("发文字号", doc_number(line))
            taken = 1
        elif (
            title
            and index + 1 < len(page.lines)
            and same_title(page.lines[index + 1], title)
            and names_issuer(line, page.title, after=next_past_title(page, index + 1))
        ):
            # The document's own title block: its organ over the headline (某市某某局 / 2023年…报告).
            page.title = line + page.title
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
        elif line.endswith(("：", ":")):
            return  # 各位代表： the speech begins
        if taken:
            del page.lines[index : index + taken]
            del page.origin[index : index + taken]
        else:
            index += 1
        row_above = bool(taken)


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


def _left_empty(value: str) -> bool:
    """A label alone on its line was left empty although `value`, a line, follows: that line is a
    label of its own, listed or not (文号： over 时效：). A field's value never ends with a colon."""
    return fold(value).rstrip(" \u3000").endswith(("：", ":"))


def _place_of_title(line: str, title: str) -> bool:
    """`line` is only a place's name (某县, 某市某区) that the title names too."""
    name = fold(line.strip())
    return len(name) <= _MAX_PLACE_CHARS and re.fullmatch(f"[{CJK}]+", name) is not None and is_place_name(name) and name in fold(title)


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


def _take_front_matter(page: Page, title: str) -> None:
    """The site's lines between the headline and the document's own title line under it: taken off.

    A page that prints the headline, then its furniture (a date and the site's name, a toolbar,
    a download note, an editor's 导语 naming the file, a keyword line), then the document with
    its title again, has told where the document starts. Lines the header loop reads as
    metadata (field rows, dates, a document number, its organ, the title) stay for it; a date
    stamp that opens a furniture line is kept as 发布时间; the rest is dropped, said so in one
    finding. A line that belongs to the document (a heading, a ——…在…会议上 note, a long
    paragraph, an order's head 某某人民政府令) cancels the rule.
    """
    if not title:
        return
    first = next((i for i, line in enumerate(page.lines) if not same_title(line, title)), len(page.lines))
    repeat = next((i for i in range(first + 1, min(HEAD_LINES, len(page.lines))) if same_title(page.lines[i], title)), 0)
    between = range(first, repeat)
    if not repeat or any(
        len(line) > _FRONT_MATTER_CHARS
        or _HEADING_START.match(fold(line))
        or _SPEECH_NOTE.match(fold(line))
        or _ORDER_HEAD.match(fold(line))
        for line in page.lines[first:repeat]
    ):
        return
    dropped: list[int] = []
    for index in between:
        line = BULLET.sub("", page.lines[index], count=1)
        if _header_line(line):
            continue
        dropped.append(index)
        address = _LEADING_ADDRESS.match(line)
        if address is not None and stamp_row(line[address.end() :], page):
            continue  # http://www.example.gov.cn 2018年01月27日 08:09 来源：某某网: the date and the source are fields
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


def _header_line(line: str) -> bool:
    """A line the header loop under the title takes as metadata: a field row (not a summary), a
    date, a document number, or a short line without punctuation (the organ over the number)."""
    if _SUMMARY.match(fold(line)):
        return False
    return bool(
        parse_metadata_line(line)
        or DATE_LINE.match(fold(line))
        or is_doc_number(line)
        or (len(line) <= MAX_ORGAN_CHARS and not re.search(r"[\s\W]", line))
    )


def _repeats_line_above(body: list[str], index: int) -> bool:
    """The line under the empty label body[index] repeats a headline standing above the field
    list (某县工作规则 / • 索引号：… / • 内容概述： / 某县工作规则): the document's headline again,
    no value of the label."""
    value = body[index + 1]
    return title_like(value) and len(squash(value)) >= _MIN_REPEATED_HEADLINE and any(
        squash(line) == squash(value) for line in body[:index]
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


def _repeated_summary(lines: list[str], index: int) -> bool:
    """lines[index] is the page's summary (内容摘要：…, 摘要：…, or a teaser without a label cut off
    mid-word) and its text is the opening of the text under it: the same words, read once."""
    match = _SUMMARY.match(fold(lines[index]))
    summary = re.sub(r"\s", "", lines[index][match.end() if match else 0 :]).rstrip(".。…")
    if len(summary) < (_MIN_SUMMARY if match else _MIN_TEASER):
        return False
    following = re.sub(r"\s", "", "".join(lines[index + 1 : index + 1 + _SUMMARY_LINES]))
    return summary in following if match else following.startswith(summary)


def _labelled_summary_under(lines: list[str], index: int) -> int:
    """lines[index] is a summary's label alone (核心提示：) and the line under it the summary, which
    the text under it repeats: how many copies of the summary stand under the label (a page may
    print it twice), 0 if it is not so."""
    match = _SUMMARY.match(fold(lines[index]))
    if match is None or lines[index][match.end() :].strip() or index + 1 >= len(lines):
        return 0
    summary = lines[index + 1]
    copies = 1
    while index + 1 + copies < len(lines) and lines[index + 1 + copies] == summary:
        copies += 1
    squashed = re.sub(r"\s", "", summary).rstrip(".。…")
    following = re.sub(r"\s", "", "".join(lines[index + 1 + copies : index + 1 + copies + _SUMMARY_LINES]))
    return copies if len(squashed) >= _MIN_SUMMARY and squashed in following else 0


def _interpretation_link(line: str, title: str) -> bool:
    """`line`, under the title, is the site's link to the interpretation of the document the
    title names (【权威解读】《某某规划》政策解读 under …关于印发《某某规划》的通知): the name in 《》 is
    in the title. A line naming another document is kept (it may be the text's)."""
    link = _INTERPRETATION_LINK.match(fold(line.strip()))
    return link is not None and bool(title) and squash(link.group("name")) in squash(title)
