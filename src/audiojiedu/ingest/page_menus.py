"""The site's furniture at the top of a scraped page: menus, link bars, trails, panels.

Over a page's title the site sets its own furniture: a menu one short item a line (首页 / 政务公开),
a menu printed from nested numbered lists (1. 目录 2. 某某 1. 专项规划 …), a bar of links on one
line (首页 政务公开 新闻中心), a column menu over the field table, a drop-down menu's prompt and
options (请选择时期： / 备孕 孕期 分娩), a breadcrumb trail, maybe broken over lines (当前位置：首页 >
政务公开 > / 通知公告), and on a forum its name over the thread's buttons and the member's panel
over the post. None of them is the title
or the text: these functions tell where such furniture stands so that `page_head.consume_head`
(and the page pass before it) can step past it without taking its first line for the title.
"""

from __future__ import annotations

import re

from ..han import HAN
from ..model import Finding
from .page_chrome import BREADCRUMB, BULLET, CRUMB_MARKS, POSITION_OPENER, chrome_words, fold, is_chrome_line
from .page_fields import DATE_LINE, NAME_LABELS, Page, is_label_only, parse_metadata_line, title_like
from .page_share import SHARE_HEAD_LINES
from .page_title_words import (
    MAX_SHORT_COLUMN,
    ends_as_title,
    headline_phrases,
    is_headline,
    is_organ_list,
    is_organ_name,
    is_place_name,
    squash,
)

_PANEL_LINES = 40  # a forum member's panel is at most this many lines
# A forum's name over its thread's buttons (某某论坛 / 注册 / 发新话题 回复该主题): the words its name ends with.
_FORUM_NAME = re.compile(f"[{HAN}A-Za-z0-9·]{{1,16}}(?:论坛|社区|[Bb][Bb][Ss])")
_FORUM_BAR_LINES = 4  # the thread's buttons stand within this many lines under the forum's name
# Site menus stand above the breadcrumb trail, one short item a line.
_MENU_LINES = 30
# A drop-down menu's prompt and its options (see `select_menu`).
_SELECT_PROMPT = re.compile(rf"请选择[{HAN}]{{1,10}}[:：]?")
_OPTION = re.compile(rf"[{HAN}A-Za-z0-9\-~～]{{1,10}}")
_MIN_OPTIONS = 3
# A search page's filter panel (see `filter_panel`): its prompt (筛选, 筛选地域, 按地区筛选：) and its
# facets' names under it, one short word a line (一级目录 / 报告年份).
_FILTER_PROMPT = re.compile(f"(?:按[{HAN}]{{1,6}})?筛选(?:条件|[{HAN}]{{1,4}})?[:：]?")
_FACET = re.compile(f"[{HAN}]{{2,6}}")
_MAX_FACETS = 6
MENU_ITEM_CHARS = 12
_MENU_ITEM = re.compile(f"[{HAN}A-Za-z ]{{1,{MENU_ITEM_CHARS}}}")  # no digit, no punctuation: 政务公开
# A site menu set as nested numbered lists (see skip_numbered_menu): 1. 目录, 12. 涉农补贴.
_MENU_NUMBER = re.compile(f"(\\d{{1,2}})[.．、][ \u3000]*[{HAN}A-Za-z]{{1,16}}")
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
_CRUMB_MARKS = f"{CRUMB_MARKS}/ "  # what stands between the crumbs of a trail, a slash and a space too
_MAX_TRAIL_CRUMB = 24  # a crumb on a line the trail's mark leads: an office's name with its other names
BREADCRUMB_LINK = re.compile(rf"^[{CRUMB_MARKS}/|]+$|[{CRUMB_MARKS}]")
# Field rows between a column's name and the headline: at most this many, each a label and a value.
_FIELD_ROWS = 12
_FIELD_LINE = re.compile(f"[{HAN}]{{2,8}}[ \u3000]*[:：].{{0,60}}")


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



# A document site's record of the upload, in English, one bulleted item a line: the uploader's name
# over the age of the upload (- 某某 / - 9 years ago / - Views:).
_UPLOAD_AGE = re.compile(r"[-•·][ \u3000]*\d{1,3}[ \u3000]+(?:years?|months?|weeks?|days?|hours?)[ \u3000]+ago", re.IGNORECASE)
_UPLOADER = re.compile(r"[-•·][ \u3000]*\S.{0,15}")


def drop_uploader(body: list[str]) -> Finding | None:
    """Blank the uploader's name a document site lists over the upload's age (- 某 某 / - 9 years
    ago) at the top of the page, with a finding: a person's name, never the document's title."""
    for index in range(min(len(body), SHARE_HEAD_LINES) - 1):
        if _UPLOAD_AGE.fullmatch(body[index + 1].strip()) and _UPLOADER.fullmatch(name := body[index].strip()):
            body[index] = ""
            return Finding("chrome-dropped", "文档网站列出的上传者名字（其下是上传时间）：未朗读", name)
    return None


def drop_forum_name(body: list[str]) -> Finding | None:
    """Blank the forum's name opening a thread's page (某某论坛), with a finding, when the thread's
    buttons (发新话题 回复该主题: `forum` rows) stand alone on a line a few lines under it, only
    toolbar lines between: the site's name, not the thread's title. A headline naming a forum
    (第五届某某发展论坛) has no such buttons under it and stays."""
    lines = [(index, line) for index, line in enumerate(body[:SHARE_HEAD_LINES]) if line.strip()]
    if not lines or not _FORUM_NAME.fullmatch(fold(lines[0][1].strip())):
        return None
    for _, line in lines[1 : 1 + _FORUM_BAR_LINES]:
        if not is_chrome_line(line):
            return None
        if any(word in fold(line) for word in chrome_words()["forum"]):
            index, name = lines[0]
            body[index] = ""
            return Finding("chrome-dropped", "论坛页面顶端的论坛名称（下有发帖、回复按钮）：未朗读", name)
    return None


_TRAIL_OPENER = re.compile(rf"^[^:：{CRUMB_MARKS}]{{0,12}}?(?:位置|页面)[ \u3000]*[:：>＞]?")
_CRUMB_SPLIT = re.compile(rf"[ \u3000]*[{CRUMB_MARKS}/][ \u3000]*")
_HOME_CRUMBS = ("首页", "主页", "网站首页")
_MIN_SITE_NAME = 3  # a crumb naming the site is at least this long (某某网)
_MIN_TRAIL_CRUMBS = 2  # the site and a column at least


def drop_site_header(body: list[str]) -> Finding | None:
    """Blank the site's own line opening the page (its name and slogan: 写材料？某某范文网提供各类
    范文素材！), with a finding, when the breadcrumb trail right under it starts from the site it
    names (当前位置：某某范文网 > 常用公文 > …). A headline over the trail is kept even when it
    names the same organ (某某县人民政府关于…的通知 over 当前位置：某某县人民政府 > 通知公告): it
    ends as a title does."""
    lines = [(index, line) for index, line in enumerate(body[:SHARE_HEAD_LINES]) if line.strip()]
    trail_at = next((at for at, (_, line) in enumerate(lines) if _is_trail(line)), 0)
    if trail_at and (column := _column_over_trail(body, lines[trail_at - 1][0])) is not None:
        return column
    if len(lines) < _MIN_TRAIL_CRUMBS or trail_at != 1:  # the header and the trail
        return None
    (index, header), (_, trail) = lines[0], lines[1]
    folded = fold(trail.strip())
    crumbs = [crumb for crumb in _CRUMB_SPLIT.split(_TRAIL_OPENER.sub("", folded, count=1)) if crumb and crumb not in _HOME_CRUMBS]
    if len(crumbs) < _MIN_TRAIL_CRUMBS or len(crumbs[0]) < _MIN_SITE_NAME or crumbs[0] not in fold(header):
        return None
    if ends_as_title(squash(header)) or is_headline(header):
        return None
    body[index] = ""
    return Finding("chrome-dropped", "面包屑导航上方的网站名称或标语：未朗读", header)


_MAX_COLUMN_NAME = 6  # a column's name alone over the trail (化工轻工) is no longer than this


# A website's name alone (某某趣闻网), or its names side by side (某某资讯网，某某资讯门户网站).
_SITE_NAME = re.compile(f"[{HAN}]{{2,10}}(?:网|网站)(?:[，,、 \u3000|｜]+[{HAN}]{{2,12}}(?:网|网站|门户))*")
_SLOGAN = re.compile(f"[{HAN}]{{4,12}}")  # a slogan's short phrase, no mark (汇聚天下精彩)
_MAX_SLOGANS = 3
_MAX_SLOGAN_CHARS = 12


_SITE_HOME = re.compile(r"(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?", re.IGNORECASE)  # a site's home address, no page's path


def drop_site_masthead(body: list[str]) -> Finding | None:
    """Blank the site's masthead opening the page, with a finding: its name alone (某某趣闻网) and the
    short slogans under it (汇聚天下精彩 / 带您发现新鲜事), when a headline follows them. A slogan
    has no mark and does not end as a title; no document's title is a website's name. A headline or
    a longer line must follow (a name over a short line may head a list of the site's links)."""
    lines = [(index, line) for index, line in enumerate(body[:SHARE_HEAD_LINES]) if line.strip()]
    if len(lines) >= 3 and is_organ_name(squash(lines[0][1])) and _SITE_HOME.fullmatch(lines[1][1].strip()):
        # 某县人民政府 / www.example.gov.cn over the page: the portal's name and its home address
        shown = f"{lines[0][1].strip()} / {lines[1][1].strip()}"
        body[lines[0][0]] = body[lines[1][0]] = ""
        return Finding("chrome-dropped", "网页顶端的网站名称和网址：未朗读", shown)
    if not lines or not _SITE_NAME.fullmatch(fold(lines[0][1].strip())):
        return None
    count = 1
    while (
        count < len(lines)
        and count <= _MAX_SLOGANS
        and _SLOGAN.fullmatch(lines[count][1].strip())
        and not ends_as_title(squash(lines[count][1]))
        and not is_headline(lines[count][1])
    ):
        count += 1
    after = count
    while after < len(lines) and is_chrome_line(lines[after][1]):
        after += 1  # the site's search box (搜索) under its name
    following = lines[after][1].strip() if after < len(lines) else ""
    if not (is_headline(following) or len(following) > _MAX_SLOGAN_CHARS):
        return None  # a headline, maybe cut short (某某新闻办就《某某报告》解读等有关情), follows
    shown = " / ".join(line for _, line in lines[:count])
    for index, _ in lines[:count]:
        body[index] = ""
    return Finding("chrome-dropped", "网页顶端的网站名称和标语：未朗读", shown)


def _is_trail(line: str) -> bool:
    folded = fold(line.strip())
    return bool(folded.startswith(_POSITION_OPENERS) or POSITION_OPENER.match(folded) or BREADCRUMB.match(folded))


def _column_over_trail(body: list[str], index: int) -> Finding | None:
    """Blank body[index], the name of the site's column alone right over its breadcrumb trail (某某工业 over
    当前位置：网站首页 > 某某 > 正文), with a finding: one short word, no title's ending (通告 and 政府工作报告
    over a trail are the page's title and stay), whatever stands above it."""
    line = body[index].strip()
    if len(line) > _MAX_COLUMN_NAME or not _MENU_ITEM.fullmatch(line) or is_chrome_line(line):
        return None
    if ends_as_title(squash(line)) or is_headline(line):
        return None
    body[index] = ""
    return Finding("chrome-dropped", "面包屑导航上方单独一行的栏目名称：未朗读", line)


def skip_site_menu(body: list[str]) -> int:
    """The index of a breadcrumb trail (当前位置：首页 > …) that only a site menu stands above, else 0.

    A menu is a run of short items, one a line (首页 / 政务公开 / 政府动态); above the trail they
    are the site's, so the first of them is not taken for the title.
    """
    for index, line in enumerate(body[:_MENU_LINES]):
        if not line:
            continue  # a line blanked before (the column's name over the trail)
        folded = fold(line)
        if folded.startswith(_POSITION_OPENERS) or POSITION_OPENER.match(folded) or BREADCRUMB.match(folded):
            if index and _title_over_trail(body, index):
                return index - 1
            return index
        if not (is_chrome_line(line) or _menu_row(BULLET.sub("", line, count=1)) or _slogan(line)):
            return 0  # • 要闻动态: a menu set as a list
    return 0


def _menu_row(line: str) -> bool:
    """A line of the site's menu: one item, or a few set apart by spaces (组织机构      政府文件)."""
    items = line.split()
    return bool(items) and len(items) <= _MAX_ROW_ITEMS and all(_MENU_ITEM.fullmatch(item) for item in items)


_MAX_ROW_ITEMS = 6
_MAX_SLOGAN = 24


def _slogan(line: str) -> bool:
    """The site's name and motto over its menu (某某百科，有趣实用的生活常识！): short, no full stop,
    not ending as a title does."""
    text = fold(line).strip()
    return len(text) <= _MAX_SLOGAN and "。" not in text and not ends_as_title(text) and parse_metadata_line(line) is None



_TIME_FIELDS = ("时间", "日期")  # a headline's field row names the page's date


def skip_menu_over_headline(body: list[str]) -> int:
    """The index of the headline when a long site menu, one short item a line, is all that stands
    over it and the page's date row right under it (米林市人民政府 / 政府信息公开 / 信用信息 / …
    / 某某办公室通告 / 发布时间：2022-01-29 浏览次数：), else 0. A menu without a trail under it
    (see `skip_site_menu`) is told by its length, `_MIN_MENU_ITEMS` items at least, and by the
    field row that dates the headline; a short headline (通告) may look like an item: it is the
    line right over the row. A document's list of short items has no date row after it."""
    stop = 0
    while stop < len(body) and (not body[stop] or _MENU_ITEM.fullmatch(BULLET.sub("", body[stop], count=1))):
        stop += 1

    def dates(index: int) -> bool:
        row = (parse_metadata_line(body[index]) if index < len(body) else None) or {}
        return any(key.endswith(_TIME_FIELDS) for key in row)

    if dates(stop):
        headline = max((index for index in range(stop) if body[index]), default=-1)
    elif dates(stop + 1) and title_like(body[stop]):
        headline = stop
    else:
        return 0
    items = sum(1 for line in body[: max(headline, 0)] if line)
    return headline if items >= _MIN_MENU_ITEMS else 0


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



_EMPTIED_ITEM = re.compile(r"(?:[•·▪◦●][ \u3000]*)?\d{1,3}[.．、]")
_MIN_TAG_LINES = 2


def skip_tag_litter(body: list[str], page: Page) -> int:
    """The index past the HTML a scraper left at the top of the page, else 0: lines of tags only
    (<delect id="x"></delect>: chrome, see the `pattern` rows), `_MIN_TAG_LINES` of them at least,
    the list numbers the tags emptied (3. alone between them) and chrome lines among them, with a
    finding. A lone number under a text's title is a heading whose words follow; here no text
    stands over it."""
    index = tags = 0
    emptied: list[str] = []
    while index < len(body):
        line = body[index].strip()
        if "<" in line and is_chrome_line(line):
            tags += 1
        elif _EMPTIED_ITEM.fullmatch(line):
            emptied.append(line)
        elif line and not is_chrome_line(line):
            break
        index += 1
    if tags < _MIN_TAG_LINES or not emptied:
        return 0
    page.findings.append(Finding("chrome-dropped", "网页标签残留中的空列表编号：未朗读", " / ".join(emptied)))
    page.chrome.extend(line for line in body[:index] if line and line not in emptied)
    return index



def _title_over_trail(body: list[str], trail: int) -> bool:
    """The short line right over the trail is the page's title (公告, 通 告, 政府工作报告), not the
    last menu item: it ends as a title does, the trail does not name it, and no headline stands
    under the trail (under it the text begins: 各单位：, a sentence)."""
    line = body[trail - 1]
    if is_chrome_line(line) or not ends_as_title(squash(line)) or squash(line) in squash(body[trail]):
        return False
    index = skip_broken_trail(body, trail)
    if index < len(body) and opens_breadcrumb(body[trail]):
        index = skip_breadcrumb(body, index)
    while index < len(body) and (
        is_chrome_line(body[index])
        or parse_metadata_line(body[index]) is not None
        or DATE_LINE.match(fold(body[index]))
    ):
        index += 1
    return index >= len(body) or not is_headline(body[index])



def is_link_bar(body: list[str], index: int) -> bool:
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
    if len(items) < _NAV_BAR_ITEMS or any(len(item) > MENU_ITEM_CHARS for item in items) or headline_phrases(items):
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



def menu_over_fields(body: list[str], index: int) -> int:
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
        named = named or any(label in row for label in NAME_LABELS)
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



def select_menu(body: list[str], index: int) -> int:
    """The index past a site's drop-down menu at the top: its prompt alone on a line (请选择时期：,
    请选择城市) over the row of its options set apart by spaces (备孕 孕期 分娩 0-1岁 1-3岁), at
    least `_MIN_OPTIONS` short ones without punctuation; `index` if body[index] opens none."""
    if not _SELECT_PROMPT.fullmatch(fold(body[index])) or index + 1 >= len(body):
        return index
    options = body[index + 1].split()
    if len(options) >= _MIN_OPTIONS and all(_OPTION.fullmatch(option) for option in options):
        return index + 2
    return index


def filter_panel(body: list[str], index: int) -> int:
    """The index past a search page's filter panel at the top: its prompt alone on a line (筛选地域,
    按年份筛选：) and the names of its facets under it, one short word a line, at most
    `_MAX_FACETS` (一级目录 / 报告年份), up to a line that is none (the toolbar, the headline);
    `index` if body[index] opens none. A heading of the text (筛选结果) has a sentence or more
    under it, not a row of buttons: the facets must end on a chrome line."""
    if not _FILTER_PROMPT.fullmatch(fold(body[index]).strip()):
        return index
    stop = index + 1
    while stop < len(body) and stop - index <= _MAX_FACETS and _FACET.fullmatch(body[stop].strip()):
        stop += 1
    if stop < len(body) and is_chrome_line(body[stop]):
        return stop
    return index



def opens_breadcrumb(line: str) -> bool:
    """您的位置： (or a bare 位置：) alone on its line: the path follows, one crumb per line."""
    folded = fold(line).rstrip()
    return folded.endswith(("：", ":")) and (folded.startswith(chrome_words()["prefix"]) or POSITION_OPENER.match(folded) is not None)



# A trail opened by 您的位置 whose last crumb is a headline with the page's byline fields glued after it.
_TRAIL_HEADLINE = re.compile(rf"(?P<trail>.*[{CRUMB_MARKS}])[ \u3000]*(?P<headline>[^{CRUMB_MARKS}。！？]{{12,80}}?)[ \u3000]+(?P<fields>\S{{2,8}}[:：].*)")


def headline_in_trail(line: str) -> tuple[str, dict[str, str]] | None:
    """(headline, fields) of a trail whose last crumb is the page's headline with its byline after
    it (see `_TRAIL_HEADLINE`); None for any other line: the trail must open with 您的位置 (or 当前
    位置…), the crumb must read as a headline and what follows it parse as fields."""
    folded = fold(line).strip()
    if POSITION_OPENER.match(folded) is None or (found := _TRAIL_HEADLINE.fullmatch(folded)) is None:
        return None
    headline, fields = found.group("headline").strip(), parse_metadata_line(found.group("fields"))
    if not fields or not title_like(headline) or (not is_headline(headline) and len(headline) < _TRAIL_HEADLINE_CHARS):
        return None
    start = found.start("headline") + (len(found.group("headline")) - len(found.group("headline").lstrip()))
    return line.strip()[start : start + len(headline)], fields


_TRAIL_HEADLINE_CHARS = 16  # a crumb this long is no column's name: a news headline, whatever it ends with


# A trail on one line: crumbs set apart by the trail's marks, maybe led by one (>> 某栏目 >> 某子栏目).
_TRAIL_LINE = re.compile(
    rf"[{CRUMB_MARKS}]{{0,2}}[ \u3000]*[^。，！？；{CRUMB_MARKS}\s]{{1,16}}(?:[ \u3000]*[{CRUMB_MARKS}]{{1,2}}[ \u3000]*[^。，！？；{CRUMB_MARKS}\s]{{1,16}})+[ \u3000]*[{CRUMB_MARKS}]*"
)
# … and one standing alone, without its opener or home link (新闻中心 > 天下, 要闻 » 国内): names of
# characters only, set apart by marks no flow of steps is set with (申请 → 受理 is a guide's).
_COLUMN_TRAIL = re.compile(f"[{HAN}]{{1,8}}(?:[ \u3000]*[>›»＞]{{1,2}}[ \u3000]*[{HAN}]{{1,8}}){{1,4}}")


def is_trail_line(line: str, *, opened: bool) -> bool:
    """`line` is a breadcrumb trail on one line without its home link: under its opener (当前位置：)
    when `opened`, any crumbs; alone (under a headline), the site's column names (see above)."""
    return (_TRAIL_LINE if opened else _COLUMN_TRAIL).fullmatch(fold(line).strip()) is not None


def skip_breadcrumb(body: list[str], index: int) -> int:
    """Skip the crumbs after 您的位置：(首页 > 云南要闻) and the column name that repeats the last one."""
    last_item = ""
    after_arrow = True  # the first crumb follows the opener
    if index < len(body) and is_trail_line(body[index], opened=True):
        return index + 1  # 当前位置： / >> 市政府常务会议 >> 会议简介: the trail whole on the line under it
    while index < len(body):
        line = body[index]
        if len(line) > 12 or any(mark in line for mark in "。，！？；"):
            break
        if fold(line) == "正文":
            return index + 1  # 首页 > 政府动态 > 正文: the trail ends at the article
        if BREADCRUMB_LINK.fullmatch(line) or fold(line) in chrome_words()["token"]:
            after_arrow = True
        elif after_arrow or line == last_item:
            last_item = line
            after_arrow = False
        else:
            break
        index += 1
    return index



# A list item's number before its text (1. 当前位置:, 1. 写信须知): a trail set as a list, a site's tabs.
LIST_NUMBER = re.compile(r"[ \u3000]*(\d{1,2})[.．、][ \u3000]*")


def skip_numbered_trail(body: list[str], index: int) -> int:
    """Past a breadcrumb trail set as a numbered list, one crumb an item (1. 当前位置: / 2. 首页 /
    3. 政务信息 / 4. 某某要闻 / 5. 正文, or from 1. 首页), when body[index] is its first item; index
    if it is not. Each item numbered on from the one before is a crumb: a short name without
    punctuation, maybe cut short by the site (县规范性文...)."""
    first = LIST_NUMBER.match(body[index])
    if first is None or first.group(1) != "1":
        return index
    opener = body[index][first.end() :].strip()
    if not (opens_breadcrumb(opener) or _is_trail(opener) or fold(opener) in _HOME_CRUMBS):
        return index
    count, after = 1, index + 1
    while after < len(body):
        item = LIST_NUMBER.match(body[after])
        if not body[after].strip():
            after += 1
            continue
        crumb = body[after][item.end() :].strip().removesuffix("...").removesuffix("…") if item else ""
        if item is None or int(item.group(1)) != count + 1:
            break
        if not _MENU_ITEM.fullmatch(crumb) and not _headline_crumb(body, after + 1, crumb):
            break
        count += 1
        after += 1
    return after


def _headline_crumb(body: list[str], start: int, crumb: str) -> bool:
    """`crumb`, the trail's last item, is the page's headline, which the next line with text
    prints again (3. 某某主持召开县长办公会 … over the same headline)."""
    following = next((line.strip() for line in body[start:] if line.strip()), "")
    return bool(crumb) and following == crumb


_TITLE_TAG = re.compile(r"[【\[][^】\]]{1,8}[】\]]$")  # a site's tag after a headline (【优推4篇】)


def skip_broken_trail(body: list[str], index: int) -> int:
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
        # A line led by the mark may hold the rest of the trail: each of its crumbs is one column's
        # name (> 政务公开 > 组织机构 > 市政府办公室（研究室） > 重点工作), maybe an office's with its
        # other names in brackets.
        crumbs = [part.strip() for part in re.split(f"[{CRUMB_MARKS}]", crumb)] if led else [crumb.rstrip(_CRUMB_MARKS)]
        longest = _MAX_TRAIL_CRUMB if led else MENU_ITEM_CHARS
        if any(len(part) > longest for part in crumbs) or re.search("[。，；！？：:]", crumb):
            break
        following = body[index + 1] if index + 1 < len(body) else ""
        if not (led or is_chrome_line(following) or is_headline(following)):
            break
        if not led and is_headline(_TITLE_TAG.sub("", crumb)) and not is_headline(following):
            break  # 首页 > 总结报告 > / 人大调研报告【优推4篇】 over the site's rows: the headline, printed once
        previous = line
        index += 1
    return _past_column_name(body, index, previous)


def _past_column_name(body: list[str], index: int, trail: str) -> int:
    """Past body[index] when it repeats the trail's last crumb as a short column name (市政府法规
    under 当前位置：首页 > 政策法规 > 市政府法规): the list page's heading over the document, not its
    title. A crumb that ends as a title (通告, 关于…的通知) is the document's own name and stays."""
    if index >= len(body):
        return index
    line = body[index].strip()
    crumbs = [part.strip() for part in re.split(f"[{CRUMB_MARKS}]", trail)]
    if len(crumbs) < 2 or fold(line) != crumbs[-1] or not _MENU_ITEM.fullmatch(line):
        return index
    if ends_as_title(squash(line)) or is_headline(line):
        # 考试公告 under … >> 公告时事 >> 考试公告, over 某某事业单位招聘92人: a column named by a
        # document's kind is the column still when a longer headline stands right under it
        after = next((text.strip() for text in body[index + 1 : index + 3] if text.strip()), "")
        if len(squash(line)) > MAX_SHORT_COLUMN or not (title_like(after) and len(squash(after)) > len(squash(line))):
            return index
    return index + 1

