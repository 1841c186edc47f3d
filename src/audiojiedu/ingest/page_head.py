"""The head of a scraped page: the chrome and the field rows over the article's title.

Text copied from a government site (or the text blocks of a saved HTML page) starts with
accessibility links, breadcrumbs and a metadata table (索引号 … 公开日期): those lines are taken
off (`consume_head`), the fields kept as metadata; one-line pages (everything joined by spaces)
are read chunk by chunk at their start. Field blocks the table does not spell out are read here
too: labels it does not list (`take_unlisted_fields`), labels glued to their values
(`take_glued_fields`), a wiki-style information box (`take_info_box`). The site's menus, link
bars and trails are told in `page_menus`; what stands under the title in `page_under_title`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..han import HAN
from ..model import Finding
from ..part_names import FIRST_PART
from .flat_contents import title_over_contents
from .page_chrome import (
    BULLET,
    CRUMB_MARKS,
    HEAD_CHARS,
    SUSPECT_CHROME_CHARS,
    chrome_words,
    counter_pattern,
    fold,
    is_button_count,
    is_chrome_line,
    is_follow_line,
    site_lead,
    tagged_headline,
)
from .page_fields import (
    BARE_URL_LINE,
    DATE_LINE,
    DOC_NUMBER,
    LABELLED_URL,
    NAME_LABELS,
    STAMP_DATE,
    STAMP_TIME,
    Page,
    clipped_label,
    date_line_value,
    declared_title,
    doc_number,
    empty_field_row,
    empty_widget,
    fits_label,
    glued_field,
    is_doc_number,
    is_label_only,
    label_key,
    label_pattern,
    label_value,
    led_field_row,
    left_empty,
    merge_metadata,
    names_a_field,
    parse_metadata_line,
    report_unread_row,
    stamp_row,
    take_led_field_row,
    take_link_field,
    timed_fields,
    title_like,
    trailing_label,
    unlisted_label,
)
from .page_headline import HEAD_ROW_CHARS, interpretation_link, same_document, same_file
from .page_menus import (
    BREADCRUMB_LINK,
    LIST_NUMBER,
    filter_panel,
    headline_in_trail,
    is_link_bar,
    menu_over_fields,
    opens_breadcrumb,
    select_menu,
    skip_breadcrumb,
    skip_broken_trail,
    skip_numbered_trail,
)
from .page_share import SHARE_HEAD_LINES
from .page_title_clean import FILE_NAME_TAIL, HEAD_LINES
from .page_title_words import (
    MAX_ORGAN_CHARS,
    MIN_CANDIDATE_CHARS,
    PLACE_ENDS,
    ends_as_title,
    ends_whole_title,
    is_headline,
    is_organ_name,
    letterhead,
    same_title,
    squash,
)
from .pipe_tables import is_pipe_row
from .title_words import title_words

# A label's colon and the empty cell after it, the table's bar closing it (政策解读: |).
_EMPTY_CELL_AFTER = re.compile(r"[:：][ \u3000]*[|｜][ \u3000|｜]*$")
_MIN_LISTED_ROWS = 2  # a block of field rows that shows an unlisted label to be one holds this many listed rows
_MIN_BULLETED_ROWS = 3  # … or this many bulleted rows, one of them listed
_MAX_UNLISTED_VALUE = 30  # an unlisted field's value is no longer than this (a headline is)
_MIN_PLACE_LABEL = 3  # 某某市: a place named before a colon has a name before its suffix (地区 names none)
_MIN_GLUED_ROWS = 3  # a block of fields whose labels are glued to their values holds this many rows
_CHUNK_SPLIT = re.compile(r"(\s+)")
_GLUED_NUMBER = re.compile(DOC_NUMBER)
_MAX_ISSUERS = 4  # a joint document's issuers before its title on a flattened page
_MIN_GLUED_TITLE = 8  # a page title this long, found glued in the text, is the document's own line
_MAX_SPACED_LABEL = 5  # 发 布 机 构：, a label's characters set apart one by one
_SPACED_LABEL_END = re.compile(f"[{HAN}][:：]")
_BOX_ROW = re.compile(f"^[•·▪◦●■◆*＊-][ \u3000]*(?P<label>[{HAN}]{{2,6}})[ \u3000]*[:：][ \u3000]*(?P<value>\\S.{{0,80}})$")
_MIN_BOX_ROWS = 2
_MAX_TAB_CHARS = 6
_MAX_TABS = 5
_FILE_LINK_DROPPED = "标题上方的文件下载链接（文件名）：未朗读"
# The site's name may stand with its address (某某网  www.example.gov.cn  日期：…), or its address alone.
_SITE_ADDRESS = "(?:https?://)?www\\.[\\w-]+(?:\\.[\\w-]+)+/?"
# …or a poster's account written in Latin letters (admin    发表时间:2017-12-04    浏览次数:3726 次).
_ACCOUNT_ID = "[A-Za-z][A-Za-z0-9_]{1,19}"
_BYLINE_LEAD = re.compile(
    f"^(?P<name>[{HAN}]{{2,30}}(?:[ \u3000]+{_SITE_ADDRESS})?|{_SITE_ADDRESS}|{_ACCOUNT_ID})[ \u3000]+(?P<rest>\\S.{{0,200}})$"
)
# A credit leading a row of fields, a comma or a space after it (某某报微信整理，来源：某某网站): who
# compiled or edited the repost; its word (整理, 编辑, 综合, 编译, 摘编) marks it a byline.
_CREDIT_LEAD = re.compile(f"^(?P<name>[{HAN}A-Za-z]{{2,20}}(?:整理|编辑|综合|编译|摘编))[，,、 \u3000]+(?P<rest>\\S.{{0,200}})$")
# A byline's stamp without a label, set apart by spaces from the labelled fields after it.
_UNLABELLED_STAMP = re.compile(rf"(?P<stamp>{STAMP_DATE}(?:[ \u3000]+{STAMP_TIME})?)[ \u3000]+(?=\S)")
# A poster's verb after the name (刘某 发布    浏览1135次   2022-12-08发布): the rest is the page's
# counter and its stamp, the stamp maybe with the same verb after it.
_POSTED_BY = re.compile("^(?:发布|发表|上传)(?=[ \u3000])")
_POSTED_STAMP = re.compile(rf"(?P<stamp>{STAMP_DATE}(?:[ \u3000]*{STAMP_TIME})?)[ \u3000]*(?:发布|发表|更新)?")
_TIME_KEYS = frozenset({"时间", "日期", "发布时间", "发布日期", "成文日期", "公开日期", "更新时间", "发表时间"})
_TITLE_CHUNKS = 4  # a title on a one-line page may be split by spaces into this many chunks
_DATE_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_NUMBERED_CHUNK = re.compile(r"[（(]?[一二三四五六七八九十百\d]+[、.．）)]|第[一二三四五六七八九十百\d]+[章条节部篇]")
_FLAT_PAGE_CHARS = 500  # a page flattened into one paragraph is at least this long
_MAX_GLUED_HEADLINE = 100  # characters of a title glued to the addressees after it
_MIN_REPEATED_HEADLINE = 6  # a shorter line above a field list may repeat a value by chance


def take_unlisted_fields(body: list[str], page: Page) -> None:
    """Field rows under labels the table does not list (信息索引 :…, 编辑人 :…, 时效: 有效), or
    under a listed label that lost its colon (• 发布机构发改委), read as fields where the page's own field rows show the block: a run of lines at the top, each a
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
            and not _place_label(label)  # 新疆：2022年重点推动…项目建设: a news headline's place, no label
            and (row := parse_metadata_line(line, extra=label)) is not None
            and _field_value(row.get(label, ""))
        ):
            kinds.append((index, label, row))
        elif (label := clipped_label(line)) and (row := parse_metadata_line(line, extra=label)) is not None:
            kinds.append((index, label, row))  # 称: 某某关于…的通知: a listed label clipped to its end, any value
        elif (label := unlisted_label(line)) and _EMPTY_CELL_AFTER.search(line):
            kinds.append((index, label, {}))  # 政策解读: |: a label over its empty cell in the table
        elif (glued := glued_field(BULLET.sub("", line, count=1))) is not None and glued[1]:
            kinds.append((index, glued[0], dict([glued])))  # • 发布机构发改委: a listed label that lost its colon
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
        # A bulleted list of fields (- 格式:doc / - 大小:26.50 KB / - 文档页数:2): the bullets show
        # the block, one listed label among them is enough.
        bulleted = len(block) >= _MIN_BULLETED_ROWS and all(BULLET.match(body[index]) for index, _, _ in block)
        for place, (index, kind, row) in enumerate(block):
            if kind in ("", "listed"):
                continue
            beside = len(row) > 1  # 发布来源:… 发布时间:… in one row
            celled = _EMPTY_CELL_AFTER.search(body[index]) is not None  # a salutation has no cell after it
            enough = listed_rows >= _MIN_LISTED_ROWS or (bulleted and listed_rows >= 1)
            inside = enough and (bool(row) or place + 1 < len(block) or names_a_field(kind) or celled)
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



# A law library's block of bracketed fields flattened into the line after the title, up to where
# the text begins (…的通知文章属性•【制定机关】某某办公室•【公布日期】2019.06.25•【字号】•【效力等级】…正文…).
_BRACKETED_FIELD_RUN = re.compile(r"(?:文章属性)?(?P<fields>(?:[•·]?[ \u3000]*【[^】\n]{2,8}】[^•·【\n]{0,40}){3,}?)(?:正文|全文)[:：]?")
_BRACKETED_FIELD = re.compile(r"【(?P<label>[^】\n]{2,8})】(?P<value>[^•·【\n]{0,40})")


def take_bracketed_field_runs(body: list[str], page: Page) -> None:
    """Fields a law library set as a bracketed run in the text's first lines (see
    `_BRACKETED_FIELD_RUN`): they go to the metadata, the run goes with a finding, the lines
    before and after it stay (the title, the text after 正文)."""
    for index, line in enumerate(body[:SHARE_HEAD_LINES]):
        run = _BRACKETED_FIELD_RUN.search(line, 0, HEAD_CHARS)  # (at a one-line page's head only)
        if run is None:
            continue
        for field in _BRACKETED_FIELD.finditer(run.group("fields")):
            if value := field.group("value").strip():
                page.metadata.setdefault(field.group("label").strip(), value)
        page.findings.append(Finding("field-guessed", "法规网站连在标题后的【字段】栏按字段读取，未朗读", run.group(0)[: SUSPECT_CHROME_CHARS * 4]))
        body[index] = f"{line[: run.start()]} {line[run.end() :]}".strip()  # (the title, then the text)
        return


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



def _tab_of_last_crumb(body: list[str], index: int, trail: str) -> tuple[int, str] | None:
    """(the index past it, its name) when the first line from `index` is the trail's last crumb
    again behind a list number (首页 > … > 写信须知 / 1. 写信须知: the site's tab for the page)."""
    crumbs = [crumb.strip() for crumb in re.split(f"[{CRUMB_MARKS}]+", fold(trail)) if crumb.strip()]
    at = next((i for i in range(index, min(len(body), index + 3)) if body[i].strip()), None)
    if len(crumbs) < 2 or at is None:
        return None
    line = body[at].strip()
    number = LIST_NUMBER.match(line)
    if number is None or fold(line[number.end() :]) != crumbs[-1]:
        return None
    return at + 1, line[number.end() :]


def _over_byline_row(body: list[str], index: int) -> bool:
    """The next line with text under body[index] is a row of the page's fields (来源：… 发布日期：…)."""
    return parse_metadata_line(next((later for later in body[index + 1 :] if later), "")) is not None


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
            merge_metadata(page, row, names=NAME_LABELS)
            report_unread_row(page, row, line)
            index += 1
            continue
        if empty_field_row(line) and _under_field_row(body, index):
            page.chrome.append(line)  # | 公开形式 | 责任部门 | ||: the field table's row left empty
            index += 1
            continue
        if is_button_count(body, index):
            page.chrome.append(line)  # 购物车 / 0: the count the site prints by its button
            index += 1
            continue
        if is_follow_line(body, index):
            page.chrome.append(line)  # 微信 / X: a sharing bar's link beside its chrome
            index += 1
            continue
        if (options := select_menu(body, index)) > index or (options := filter_panel(body, index)) > index:
            page.chrome.extend(text for text in body[index:options] if text)
            index = options
            continue
        if (listed := skip_numbered_trail(body, index)) > index:
            page.chrome.extend(text for text in body[index:listed] if text)  # 1. 当前位置: / 2. 首页 / …
            index = listed
            continue
        if not page.title and (in_trail := headline_in_trail(line)) is not None:
            # 您当前的位置 : 某某网 >> 县区专栏 >> 某乡 >> <headline> 来源:某某网 0 人参与互动 2022年09月21日 17:29:
            # the page printed its headline only as the trail's last crumb, its byline glued after it
            page.title, fields = in_trail
            merge_metadata(page, fields)
            page.findings.append(Finding("title-guessed", "标题取自导航路径的最后一项（其后是来源、时间等字段）：请核对", line[: SUSPECT_CHROME_CHARS * 2]))
            index += 1
            continue
        if is_chrome_line(line) and (page.title or not tagged_headline(line)):
            opens = opens_breadcrumb(line)  # 您的位置： alone, or a trail broken over lines
            skipped = skip_breadcrumb(body, index + 1) if opens else skip_broken_trail(body, index)
            page.chrome.extend(text for text in body[index:skipped] if text)
            index = skipped
            if not page.title and (tab := _tab_of_last_crumb(body, index, line)) is not None:
                # 首页 > 政民互动 > 领导信箱 > 写信须知 / 1. 写信须知: the page's tab, numbered as the site's
                # list of tabs, names what the trail ends at: the headline
                index, page.title = tab
                page.findings.append(Finding("title-guessed", "标题取自导航路径的最后一项（其下网站的栏目标签又印了一遍）：请核对", body[index - 1].strip()))
            continue
        if skip := menu_over_fields(body, index):
            page.findings.append(
                Finding(
                    "chrome-dropped",
                    "网页字段表上方的栏目菜单已去掉，未朗读",
                    " / ".join(body[index:skip])[: SUSPECT_CHROME_CHARS * 4],
                )
            )
            index = skip
            continue
        if is_link_bar(body, index) or re.sub(r"\s", "", fold(line)) in chrome_words()["head"]:
            page.chrome.append(line)  # a bar of links, or a list page's picker (年 份) above the headline
            index += 1
            continue
        if DATE_LINE.match(BULLET.sub("", fold(line), count=1)):
            page.metadata.setdefault("发布时间", date_line_value(line))
            index += 1
            continue
        if (timed := timed_fields(line)) is not None:
            merge_metadata(page, timed)  # 投标截止时间:2018-04-23 09:00:00开标时间:… over a tender's notice
            index += 1
            continue
        if stamp_row(line, page):
            index += 1  # 2026-03-11 19:16:39 来源：某某网 责任编辑：某某 over the headline
            continue
        if (led_row := led_field_row(line)) is not None:
            take_led_field_row(page, led_row)
            index += 1
            continue
        url = LABELLED_URL.match(line)
        if (bare := BARE_URL_LINE.match(line)) or (url and not parse_metadata_line(line)):
            if url:
                take_link_field(page, line, url.group(1))
            elif bare:
                page.metadata.setdefault("原文链接", bare.group("url"))
            index += 1
            continue
        if is_label_only(line) and index + 1 < len(body) and parse_metadata_line(body[index + 1]) is None:
            value = label_value(line, body[index + 1])
            declared = page.title or declared_title(page.metadata)
            if (declared and same_title(value, declared)) or _repeats_line_above(body, index):
                index += 1  # 内容概述 left empty over the headline: the headline is no value of it
                continue
            if is_chrome_line(body[index + 1]) or not fits_label(line, value) or left_empty(value):
                index += 1  # 主题词： left empty over the toolbar (【打印】 【字体：), 废止日期： over the organ
                continue
            if (glued := trailing_label(value)) is not None and index + 2 < len(body) and not is_label_only(body[index + 2]):
                # 标题 / 某某的通知发文机关 / 某某办公室: the next label glued to the value, its own value under it
                page.metadata.setdefault(label_key(line), glued[0])
                body[index + 1] = glued[1]
                index += 1
                continue
            # HTML metadata tables: the label and its value are separate text blocks.
            page.metadata.setdefault(label_key(line), value)
            index += 2
            continue
        row = parse_metadata_line(line)
        if row is not None and len(line) <= 240:
            merge_metadata(page, row)
            report_unread_row(page, row, line)
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
        # The headline of the document it names, further down (never the text that cites it).
        below = [later for later in body[index + 1 : index + 1 + HEAD_LINES] if later and is_headline(later)]
        # (a line with the page's byline row under it is the headline: 《某某方案》解读 / 来源：… 发布日期：…)
        if any(interpretation_link(line, later) for later in below) and not _over_byline_row(body, index):
            # 关于《某某通知》政策解读 over that notice's headline: the page's link to its interpretation.
            page.findings.append(Finding("chrome-dropped", "标题上方指向本文件解读的链接：未朗读", line))
            index += 1
            continue
        if FILE_NAME_TAIL.search(line) and any(same_document(line, later) for later in below):
            # 府办发6号（关于…的通知）.docx over the notice's own title line: the page's download link.
            page.findings.append(Finding("chrome-dropped", _FILE_LINK_DROPPED, line))
            index += 1
            continue
        if FILE_NAME_TAIL.search(line) and not page.title and (over := _title_over_contents_below(body, index)):
            # 某某决算公开说明.pdf over the file's first page copied flat, its title glued before its
            # contents (某某处 2021 年度决算公开说明 (目录) 第一部分…): the name goes, the title is
            # taken off its line, the contents stay.
            below_index, title = over
            if same_file(line, title):
                page.findings.append(Finding("chrome-dropped", _FILE_LINK_DROPPED, line))
                page.title = title
                body[below_index] = body[below_index][len(title) :].lstrip()
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



def _title_over_contents_below(body: list[str], index: int) -> tuple[int, str] | None:
    """The next line's index and the title glued before the flattened contents it opens with."""
    below = next((later for later in range(index + 1, len(body)) if body[later].strip()), None)
    if below is None or not (title := title_over_contents(body[below])):
        return None
    return below, title


def _under_field_row(body: list[str], index: int) -> bool:
    """The line above body[index] is a row of the page's field table written with bars: one that
    holds fields, or one whose cells were all left empty under such a row."""
    above = next((position for position in range(index - 1, -1, -1) if body[position]), -1)
    if above < 0 or not is_pipe_row(body[above]):
        return False
    return bool(parse_metadata_line(body[above])) or (empty_field_row(body[above]) and _under_field_row(body, above))


def unlabelled_byline(line: str) -> tuple[str, dict[str, str]] | None:
    """A row of fields led by a name without a label, set apart by a space (某某县人民政府
    发布时间：2025-04-11 14:20 来源：某某局; a site's name with its address, 某某网  www.example.cn
    日期：…): the page's byline over the text; its publication time must hold a date. A credit
    (某某报微信整理，来源：某某网站) leads a byline whatever its fields. The name
    and the fields, or None if `line` is not so shaped (a row that starts with a label, a
    sentence)."""
    if label_pattern().match(fold(line)):
        return None
    credit = _CREDIT_LEAD.match(line)
    if credit is not None and (fields := parse_metadata_line(credit.group("rest"))):
        return credit.group("name"), fields  # the credit's word marks the byline: no date is needed
    match = _BYLINE_LEAD.match(line)
    if match is None:
        return None
    if (posted := _POSTED_BY.match(match.group("rest"))) is not None:
        rest = counter_pattern().sub(" ", fold(match.group("rest")[posted.end() :])).strip()
        if (stamp := _POSTED_STAMP.fullmatch(rest)) is not None:
            return match.group("name"), {"发布人": match.group("name"), "发布时间": stamp.group("stamp")}
    fields = parse_metadata_line(match.group("rest")) or _stamp_led_fields(match.group("rest"))
    if not fields or not any(key in _TIME_KEYS and re.match(r"\d{4}[-/.年]", value) for key, value in fields.items()):
        return None
    return match.group("name"), fields



def _stamp_led_fields(rest: str) -> dict[str, str] | None:
    """The fields of a byline's `rest` that opens with the page's stamp without a label, labelled
    fields after it (2009年08月04日   来源：某某网, a portal's byline under a reposted article):
    the stamp is the publication time; None unless a labelled field follows the stamp, maybe one
    left empty (某某网站 www.example.cn   2014-11-05   来源:)."""
    stamp = _UNLABELLED_STAMP.match(fold(rest))
    if stamp is None:
        return None
    after = rest[stamp.end() :]
    if (counter := counter_pattern().match(fold(after))) is not None:
        after = after[counter.end() :].lstrip()  # 2024-01-23 23:02  阅读:33685次  作者:…: the view count is no field
    fields = parse_metadata_line(after)
    if fields is None:
        return None  # (a label the site left empty, 2014-11-05   来源:, still makes the row a byline)
    return {"发布时间": rest[: stamp.end("stamp")], **fields}



@lru_cache(maxsize=1)
def _letterhead_number() -> re.Pattern[str]:
    """A red letterhead with the document's number after it on the same line (某局文件某发〔2020〕11号)."""
    return re.compile(rf"{letterhead().pattern}(?P<number>{DOC_NUMBER})[ \u3000]*")


# A telegram's form (明传电报) at the top, its fields run together: 某办公厅发电 发电单位 某办公厅 签发 盖章
# 某某 等级 特急·明电 某政办发明电〔2021〕1号 某机发〔〕号 — the issuer, who signed, how urgent, its number.
_TELEGRAM_HEAD = re.compile(
    rf"(?P<organ>[{HAN}]{{2,30}}?)发电[ \u3000]*发电单位[ \u3000]*[{HAN}]{{2,30}}?[ \u3000]*签发[ \u3000]*(?:盖章[ \u3000]*)?"
    rf"(?P<signer>[{HAN}]{{0,4}}?)[ \u3000]*(?:等级[ \u3000]*)?(?P<grade>(?:特急|特提|加急|平急)(?:[·.．][ \u3000]*明电)?)?[ \u3000]*"
    rf"(?P<number>{DOC_NUMBER})(?:[ \u3000]*[{HAN}]{{1,6}}(?:〔[ \u3000]*〕)?[ \u3000]*号)?[ \u3000]*"
)


def _strip_head_chunks(line: str, page: Page) -> str:
    """One-line pages: remove breadcrumbs, chrome words, metadata and the title at the start."""
    # (both forms stand at the line's start: only its head is folded, once, not a 5 MB page line)
    folded_head = fold(line[:HEAD_CHARS])
    telegram = _TELEGRAM_HEAD.match(folded_head)
    if telegram is not None and is_organ_name(telegram.group("organ")):
        # A telegram's form flattened into its first line: its fields, not its text.
        page.metadata.setdefault("发文机关", line[telegram.start("organ") : telegram.end("organ")])
        page.metadata.setdefault("发文字号", line[telegram.start("number") : telegram.end("number")])
        if telegram.group("signer"):
            page.metadata.setdefault("签发人", telegram.group("signer"))
        if telegram.group("grade"):
            page.metadata.setdefault("紧急程度", line[telegram.start("grade") : telegram.end("grade")])
        return line[telegram.end() :].strip()
    letterhead = _letterhead_number().match(folded_head)
    if letterhead is not None and is_organ_name(letterhead.group(1)):  # (not 关于转发省政府文件某发〔…〕1号的通知)
        # 某省医疗保险事业中心文件鲁医保中心发〔2020〕11号关于…的通知各有关单位：…: the letterhead and
        # the number run on into the title (a copy that lost its line breaks): fields; what follows
        # is looked at afresh for the title.
        page.metadata.setdefault("发文机关", line[letterhead.start(1) : letterhead.end(1)])
        page.metadata.setdefault("发文字号", " ".join(line[letterhead.start("number") : letterhead.end("number")].split()))
        return line[letterhead.end() :].strip()
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
        if spaced := _spaced_label(chunks, position):
            # 索 引 号： PZ001-… 有 效 性： 有效: a field table's labels set letter-spaced, flattened
            chunk = "".join(chunks[position : position + spaced])
            position += spaced - 1
        if fold(chunk).startswith(("当前位置", "您当前所在位置", "您现在的位置", "您所在的位置")):
            position += 1
            if re.fullmatch(r"\S+[:：]", chunk) and position < len(chunks):
                position += 1  # the path itself, written without spaces
            while position < len(chunks) and BREADCRUMB_LINK.search(chunks[position]):
                position += 1
            continue
        if not page.title and _doubled_title(chunk):
            # 某市2018年政府信息公开工作年度报告某市2018年政府信息公开工作年度报告 2018年，…: the page's
            # headline and the document's own title line run together, no caption printed twice:
            # the one-line page's title rules take it, once.
            break
        if (chunk in chrome["token"] or is_chrome_line(chunk)) and (page.title or not tagged_headline(chunk)):
            page.chrome.append(chunk)
            position += 1
            continue
        span = _title_span(chunks, position, page)
        if span:
            position += span
            continue
        if position == 0 and _flattened_headline(chunks, line, page):
            position += 1
            continue
        if position == 0 and (glued := _glued_headline(head, line, page)) is not None:
            # 某市人民政府关于印发…的通知各区人民政府：现将… — the title glued to the addressees
            return (glued + rest_of_line).strip()
        if issuers := _issuers_over_title(chunks, position, page):
            # 某局 某局 关于…的公告: a joint document's issuers before its title, set apart by spaces
            position += issuers
            continue
        if (glued := _glued_full_title(chunk, page)) is not None:
            # 岚某办〔2015〕178号某某办公室关于印发…的通知各有关单位：… — a page flattened without
            # spaces: the number, the issuer's fuller title and the text run together.
            chunks[position] = glued
            parts[2 * position] = glued
            break
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



def _doubled_title(chunk: str) -> bool:
    """`chunk` holds a title twice over, glued (某某报告某某报告)."""
    half = len(chunk) // 2
    if len(chunk) % 2 or chunk[:half] != chunk[half:] or len(squash(chunk[:half])) < MIN_CANDIDATE_CHARS:
        return False
    return ends_as_title(chunk[:half]) and title_like(chunk[:half])


def _issuers_over_title(chunks: list[str], position: int, page: Page) -> int:
    """How many chunks from `position` are issuers' names (at most _MAX_ISSUERS) followed by the
    page's title, 0 if none; the title becomes the fuller one, issuers first (某局 某局 关于…的公告)."""
    if not page.title:
        return 0
    end = position
    while end < len(chunks) and end - position < _MAX_ISSUERS and is_organ_name(chunks[end]):
        end += 1
    if end == position or end >= len(chunks) or squash(chunks[end]) != squash(page.title):
        return 0
    page.title = " ".join([*chunks[position:end], chunks[end]])
    return end + 1 - position


def _glued_full_title(chunk: str, page: Page) -> str | None:
    """The rest of `chunk` after the document's number and its fuller title (the issuer before
    the page's title: 某某办公室关于印发…的通知) glued to the text, with the title and the number
    taken (the page's title becomes the fuller one); None when the chunk does not open so."""
    if not page.title or len(page.title) < _MIN_GLUED_TITLE:
        return None
    number = _GLUED_NUMBER.match(chunk)
    start = number.end() if number else 0
    at = chunk.find(page.title, start, start + MAX_ORGAN_CHARS + len(page.title))
    if at < 0:
        return None
    organ = chunk[start:at]
    rest = chunk[at + len(page.title) :]
    if not rest or (organ and not is_organ_name(organ)) or (not organ and not number):
        return None
    if number:
        page.metadata.setdefault("发文字号", number.group(0))
    page.title = organ + page.title
    return rest


def _spaced_label(chunks: list[str], position: int) -> int:
    """How many chunks from `position` spell one label set letter-spaced (索 引 号：, 有 效 性：,
    标 题：), 0 if none: single characters, the last with the label's colon after it."""
    for size in range(2, _MAX_SPACED_LABEL + 1):
        run = chunks[position : position + size]
        if len(run) < size or any(not re.fullmatch(f"[{HAN}]", chunk) for chunk in run[:-1]):
            return 0
        if _SPACED_LABEL_END.fullmatch(run[-1]):
            label = label_pattern().match("".join(run))
            return size if label is not None and label.end() == len("".join(run)) else 0
    return 0


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



# The addressees after a notice's title, up to their colon: 各区人民政府：, 各乡镇人民政府，县直各单位：
_ADDRESSEES = re.compile(f"[{HAN}、，,（）()]{{2,60}}?[：:]")
# The first part of the rules or plan under its title: 第一章, 第一条, 第一部分, 一、, maybe after the
# note of when and how the rules were made ((2021年3月1日某市人民政府令第5号公布)第一章 总则).
_RULES_UNDER_TITLE = re.compile(rf"[ \t\u3000]*(?:[（(][^（）()]{{4,300}}[)）][ \t\u3000]*)?(?:{FIRST_PART}|一、)")


def _glued_headline(chunk: str, line: str, page: Page) -> str | None:
    """A page flattened into one paragraph without a space after its title, the notice's
    addressees glued on (某市人民政府关于印发某市某办法的通知各区人民政府：现将…) or the first part
    of its rules or plan (某市某某管理办法第一章 总则第一条…): the title is taken, up to the first
    place where it ends as a title does (a 关于…的 title before addressees and their colon); what is
    left of the chunk, from the addressees or the part on. None when the chunk does not open so."""
    if page.title or len(line) < _FLAT_PAGE_CHARS:
        return None
    about = fold(chunk).find("关于", 0, MAX_ORGAN_CHARS + 2)
    for end in range(4, min(len(chunk), _MAX_GLUED_HEADLINE)):
        title = chunk[:end]
        if re.search("[。；！？：:，,]", title):
            return None
        addressed = about >= 0 and ends_whole_title(title) and _ADDRESSEES.match(chunk, end)
        if addressed or (ends_as_title(title) and _RULES_UNDER_TITLE.match(chunk, end)):
            page.title = title
            page.findings.append(Finding("title-guessed", "整页连成一段：标题取自段首连着正文的标题式文字（其后是主送机关或第一章、第一条），请核对", title))
            return chunk[end:]
    return None


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



def _repeats_line_above(body: list[str], index: int) -> bool:
    """The line under the empty label body[index] repeats a headline standing above the field
    list (某县工作规则 / • 索引号：… / • 内容概述： / 某县工作规则): the document's headline again,
    no value of the label."""
    value = body[index + 1]
    if DATE_LINE.match(fold(value)):
        return False  # 成文日期 / 2024-02-01 / 发布日期 / 2024-02-01: two fields of one day, no headline
    return title_like(value) and len(squash(value)) >= _MIN_REPEATED_HEADLINE and any(
        squash(line) == squash(value) for line in body[:index]
    )


def _place_label(label: str) -> bool:
    """A place's name before a colon (新疆：, 某某市：): a news headline's place, never a field's
    label; 地区 (a label a law library prints) names no place."""
    return label in title_words()["region"] or (len(label) >= _MIN_PLACE_LABEL and label.endswith(PLACE_ENDS))
