"""Separate a scraped page's article from its chrome: title, metadata table, navigation.

Text copied from a government site (or the text blocks of a saved HTML page) starts with
accessibility links, breadcrumbs and a metadata table (索引号 … 公开日期) and ends with
关闭窗口, 下载Word and a repeat of the title. The page is read as lines: leading and trailing
lines that are chrome, metadata or the title are taken off; a line made only of chrome words
(微信 微博 QQ空间) is dropped wherever it is. One-line pages (everything joined by spaces) are
read chunk by chunk at their start and end.

This module runs the passes over the page's lines (`extract_page`): a document-sharing site's
page is told in `page_share`, the head taken off in `page_head` (the site's menus and trails
told in `page_menus`), what stands under the title in `page_under_title`, the tail in
`page_tail`; what is chrome is told in `page_chrome`, what is a metadata field in `page_fields`, which line is the
headline in `page_headline`, the title taken off the top in `page_title` (its words and shapes in
`page_title_words`), and what a site set around it cleaned off in `page_title_clean`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..file_types import FILE_TYPE
from ..han import HAN
from ..model import Finding
from ..part_names import is_part_name
from .clean import collapse_spaced_title
from .page_chrome import (
    BULLET,
    SUSPECT_CHROME_CHARS,
    cut_after_wall,
    cut_image_addresses,
    cut_inline_spam,
    cut_jammer,
    cut_link_labels,
    cut_site_notes,
    cut_site_stamps,
    cut_watermarks,
    fold,
    is_button_count,
    is_chrome_line,
    is_follow_line,
    is_image_placeholder,
    is_related_header,
    is_spam_line,
    is_stamp_line,
    looks_like_chrome,
    tab_bar_end,
    tagged_headline,
)
from .page_fields import (
    Page,
    declared_title,
    doc_number,
    glued_code_field,
    is_doc_number,
    is_label_only,
    merge_metadata,
    parse_metadata_line,
    record_row,
    site_byline_row,
    split_glued_byline,
    title_like,
)
from .page_head import (
    consume_head,
    take_bracketed_field_runs,
    take_glued_fields,
    take_info_box,
    take_unlisted_fields,
    unlabelled_byline,
)
from .page_headline import (
    HEAD_ROW_CHARS,
    HEADING_START,
    SESSION_OCCASION,
    broken_over,
    is_dated_row,
    is_english_column,
    is_field,
    is_tool_bar,
    site_name_over_headline,
    story_headline,
)
from .page_menus import (
    MENU_ITEM_CHARS,
    drop_forum_name,
    drop_member_panel,
    drop_site_header,
    drop_site_masthead,
    drop_uploader,
    skip_menu_over_headline,
    skip_numbered_menu,
    skip_site_menu,
    skip_tag_litter,
)
from .page_share import doc_share_start, drop_site_tips
from .page_tail import consume_tail
from .page_title import take_full_title, take_title_line, take_title_with_issuers, unwrap_title
from .page_title_clean import (
    FILE_NAME_TAIL,
    HEAD_LINES,
    bare_file_name,
    close_title_spaces,
    split_title_date,
    split_title_tag,
    trim_title,
    unwrap_cited,
)
from .page_title_words import (
    MIN_CANDIDATE_CHARS,
    ends_as_title,
    is_headline,
    is_organ_name,
    repeats_title,
    same_title,
    squash,
)
from .page_tracker import cut_progress_tracker
from .page_under_title import consume_under_title, drop_edition_label, drop_site_links, take_self_named_title
from .title_doubt import names_the_site

# A run of single characters set apart by spaces (政 府 工 作 报 告, a name 龚 正 after 市长).
_LETTER_SPACED = re.compile(rf"(?<![{HAN}])[{HAN}](?:[ \u3000]+[{HAN}](?![{HAN}]))+")
# A heading set letter-spaced: 第一章 总 则 → 第一章 总则, 一、综   合 → 一、综合 (the title
# would stop at the space, and the rest be read after a pause as a paragraph of its own).
_SPACED_HEADING = re.compile(
    r"^((?:第[一二三四五六七八九十百零〇\d]{1,4}[章节编]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])[ \u3000]*)"
    rf"([{HAN}](?:[ \u3000]+[{HAN}]){{1,5}})$"
)
# A bar of tabs or years set one bulleted item a line (• 会议内容 / • 一图读懂, • 2018 / • 2019).
_BAR_ITEM = re.compile(f"[•·▪◦●][ \u3000]*([{HAN}A-Za-z]{{2,{MENU_ITEM_CHARS}}}|(?:19|20)\\d{{2}})")
_MIN_BAR_ITEMS = 3
_PIECE_NUMBER = re.compile(r"^[^\s〔\[［]{1,12}?[〔\[［]\d{4}[〕\]］]\d{1,5}号[ \u3000]*")
# 第一篇：某某文件, or 第一篇 某某文件2150字 (a space for the colon, the site's word count after it).
_PIECE_HEADER = re.compile(
    r"^第[一二三四五六七八九十\d]{1,3}篇(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+)(?P<name>\S.{0,80}?)(?:[ \u3000]*\d{2,5}字)?$"
)
_PIECE_ABOVE = 3  # lines over a piece's number the headline naming it may stand (a date row between)
_MIN_IMAGE_NEIGHBOUR = 20  # a picture's placeholder word stands between lines this long (paragraphs, a headline)


# A layout table's border left at the end of a line, the only bar in it (…特此通告 某某局 2023年10月9日 |).
_LONE_BAR_END = re.compile(r"^(?P<text>[^|｜]*?)[ \u3000]+[|｜]$")


def extract_page(lines: list[str], *, title: str = "", metadata: dict[str, str] | None = None) -> Page:
    """Split page `lines` into title, metadata and article lines (chrome dropped)."""
    page = Page(title=title, metadata=dict(metadata or {}))
    stripped = [(index, line.strip(" \t\u3000")) for index, line in enumerate(lines)]
    stripped = [(index, line) for index, line in stripped if line]
    _drop_lone_end_bars(stripped)
    body = [line for _, line in stripped]
    page.findings.extend(cut_image_addresses(body))
    page.findings.extend(cut_after_wall(body))
    page.findings.extend(cut_site_notes(body))
    page.findings.extend(cut_jammer(body))
    page.findings.extend(cut_site_stamps(body))
    page.findings.extend(cut_progress_tracker(body))
    page.findings.extend(cut_watermarks(body))
    # (a line that is all spam goes whole, before the spam spliced into sentences is cut out of
    # it: 沙巴体育投注官网 over the headline, never 投注官网)
    for position, line in enumerate(body):
        if is_spam_line(line):
            page.findings.append(Finding("chrome-dropped", "网站被植入的垃圾广告词：未朗读", line))
            body[position] = ""
    page.findings.extend(cut_inline_spam(body))
    _take_date_stub(body, page)
    _drop_opening_excerpt(body, page)
    _drop_page_marker(body, page)
    _drop_tab_bars(body, page)
    drop_member_panel(body)
    for site_line in (drop_uploader(body), drop_forum_name(body), drop_site_header(body), drop_site_masthead(body)):
        if site_line is not None:
            page.findings.append(site_line)
    drop_site_tips(body, page)
    take_bracketed_field_runs(body, page)
    take_glued_fields(body, page)
    take_unlisted_fields(body, page)
    _take_glued_codes(body, page)
    take_info_box(body, page)
    menu = doc_share_start(body, page)
    if not menu and (menu := skip_site_menu(body) or skip_numbered_menu(body)):
        shown = " / ".join(line for line in body[:menu] if line)[: SUSPECT_CHROME_CHARS * 4]
        if shown:
            page.findings.append(Finding("chrome-dropped", "导航上方网站的名称、标语和菜单（一行一项）已去掉，未朗读", shown))
    menu = menu or skip_tag_litter(body, page)
    if not menu and (menu := skip_menu_over_headline(body)):
        shown = " / ".join(line for line in body[:menu] if line)[: SUSPECT_CHROME_CHARS * 4]
        page.findings.append(Finding("chrome-dropped", "标题上方网站的栏目菜单（一行一项）已去掉，未朗读", shown))
    start = consume_head(body, page, menu)
    # The credits at the foot (（来源：某某客户端）, 责任编辑：某某) are fields too, but the byline under
    # the headline says them for the page: its fields, read later, come first.
    before_tail = dict(page.metadata)
    end = consume_tail(body, page, start)
    tail_fields = {key: value for key, value in page.metadata.items() if key not in before_tail}
    page.metadata = before_tail
    _drop_bulleted_bars(body, page, start, end)  # after the head: a site menu above is skipped whole
    for position, ((index, _), line) in enumerate(zip(stripped[start:end], body[start:end]), start):
        if line and (box := _GLUED_IMAGE_BOX.match(fold(line))) is not None:
            # 图片附件会议要求，…: the picture box's word run into the paragraph under it
            page.findings.append(Finding("chrome-dropped", "图片位置留下的占位词（图片）：未朗读", line[: box.end()]))
            line = line[box.end() :]
        if line and (label := _LIBRARY_LABEL.match(fold(line))) is not None:
            # 【章名】 第一章 总则, 【题注】 (某年某月某日…通过): a law library's label of the line's part
            page.findings.append(Finding("chrome-dropped", "法规数据库给条文加的标签（【章名】、【题注】等）：未朗读", line[: label.end()]))
            line = line[label.end() :]
        if line and _stands_for_image(body, position):
            page.findings.append(Finding("chrome-dropped", "图片位置留下的占位词（图片）：未朗读", line))
        elif line and _bulleted_count(body, position):
            page.chrome.append(line)  # • 0 among • 约12页 / • 举报: a count whose icon the copy lost
        elif line and _is_piece_header(body, position):
            page.findings.append(Finding("chrome-dropped", "文集网站给所收文章加的序号（第一篇＋标题，其上或其下一行是同一标题）：未朗读", line))
        elif line and len(page.lines) < HEAD_LINES and (stamp := site_byline_row(line)) is not None:
            # 某某网 佚名 / 某某网 某某政府网 2018-04-16 10:11:24 评论() under the headline: the site's byline
            if stamp:
                page.metadata.setdefault("发布时间", stamp)
            page.findings.append(Finding("chrome-dropped", "标题下只有网站名称、“佚名”、时间和评论数的署名行：未朗读（时间按发布时间保存）", line))
        elif line and len(page.lines) < HEAD_LINES and is_button_count(body, position):
            page.chrome.append(line)  # 0 / 分享至 under the headline: the count by the site's button
        elif line and is_follow_line(body, position):
            page.findings.append(Finding("chrome-dropped", "网站关注栏里的公众号或微博名称：未朗读", line))
        elif line and len(page.lines) < HEAD_LINES and (byline := unlabelled_byline(line)) is not None:
            # 某某县人民政府 发布时间：… under the headline: the fields are the page's, the name its byline.
            merge_metadata(page, byline[1])
            page.findings.append(Finding("chrome-dropped", "网页字段行前没有标签的署名（发布单位）：未朗读", byline[0]))
        elif line and is_english_column(line) and not any("。" in read for read in page.lines):
            # governor under 县政府 over the headline: the column's English name, before the text begins
            page.findings.append(Finding("chrome-dropped", "标题上方网站栏目的英文名：未朗读", line))
        elif line and is_stamp_line(line) and any("。" in read for read in page.lines):
            # 2019-09-02 10:00:51 after the text began (between a transcript's turns): the site's
            # stamp, not what was said. Over the text it is the page's date (see consume_under_title).
            page.findings.append(Finding("chrome-dropped", "正文中间单独一行的网页时间戳：未朗读", line))
        elif line and page.lines and (record := record_row(line)) is not None:
            merge_metadata(page, record)
            page.findings.append(Finding("chrome-dropped", "信件页正文中间的办理记录行（回复部门、回复日期等）：字段已读入，未朗读", line))
        elif line and (not is_chrome_line(line) or (not page.lines and tagged_headline(line))):
            page.lines.append(line)
            page.origin.append(index)
        elif line and len(page.lines) < HEAD_LINES and (row := parse_metadata_line(line)):
            merge_metadata(page, row)  # a field row under the headline that starts like chrome (编辑：…)
        elif line:
            page.chrome.append(line)
    if page.chrome:
        shown = " / ".join(page.chrome)[: SUSPECT_CHROME_CHARS * 4]
        page.findings.append(Finding("chrome-dropped", f"{len(page.chrome)} 行网页框架文字（工具栏、导航、按钮等）：未朗读", shown))
    guessed = not page.title
    if page.title:
        take_full_title(page)
    else:
        page.title = _repeated_headline(page) or take_title_line(page) or _fields_naming_the_page(page)
    if guessed and site_name_over_headline(page.title, page.lines):
        page.metadata.setdefault("网站", page.title)
        page.findings.append(Finding("title-guessed", "标题上方的网站名（下一行是标题，再下一行是它的日期或来源）：不作标题，未朗读，请核对", page.title))
        page.title = page.lines.pop(0)
        page.origin.pop(0)
    if guessed and (banner := _headline_under_banner(page)) is not None:
        page.findings.append(Finding("title-guessed", f"标题位置上是网站的机关名称或栏目词（{page.title}）：未朗读，改取其下的新闻标题，请核对", page.lines[banner]))
        page.title = page.lines.pop(banner)
        page.origin.pop(banner)
    elif guessed and (found := _headline_under_site_line(page)) is not None:
        page.metadata.setdefault("网站", page.title)
        page.findings.append(Finding("title-guessed", f"标题位置上是网站的名称或栏目（{page.title}）：改取其下第 {found + 1} 行的标题，请核对", page.lines[found]))
        page.title = page.lines.pop(found)
        page.origin.pop(found)
        for index in reversed(range(found)):
            if names_the_site(page.lines[index]):  # the site's line printed again over the headline
                page.findings.append(Finding("chrome-dropped", "标题上方网站的名称或栏目：未朗读", page.lines[index]))
                del page.lines[index]
                del page.origin[index]
    if guessed and _bar_of_links(page.title):
        # 市民网页 | 市民卡 | 手机模式 taken for the title, no headline found under it: the portal's bar
        # of links, never a title (the text is named from itself, or 无标题文档 is said)
        page.findings.append(Finding("chrome-dropped", "标题位置上是网站的链接栏（竖线隔开的几个短项）：不作标题，未朗读", page.title))
        page.title = ""
    page.title = unwrap_title(page.title, page)
    page.title, labels = cut_link_labels(page.title)  # 某某通知 [复制链接]: a forum's button after the thread's title
    # • 关于…的通告: the last item of a menu, its bullet the menu's; no title opens with a bullet.
    page.title = BULLET.sub("", page.title.strip(" \t\u3000"), count=1).strip()
    if _WHOLE_TAG.fullmatch(page.title):
        page.title = page.title[1:-1].strip()  # 【某某会议】: a headline set whole in the site's brackets
    page.findings.extend(Finding("chrome-dropped", "标题后网页链接的按钮文字：未朗读", label) for label in labels)
    consume_under_title(page)
    for key, value in tail_fields.items():
        page.metadata.setdefault(key, value)
    _drop_headline_occasion(page)
    take_title_with_issuers(page)
    drop_edition_label(page)
    _join_broken_title_lines(page)
    if page.title and page.lines and repeats_title(page.lines[-1], page.title):
        # The title again at the foot (某某文库 + the title), found only now the title is known.
        page.findings.append(Finding("chrome-dropped", "页尾重复的标题（或网站名加标题）：未朗读", page.lines[-1]))
        page.lines.pop()
        page.origin.pop()
    while page.lines and page.lines[-1].strip() in page.masthead:
        # 秀莎网 over the headline and again at the foot: the site's name, not the document's last line
        page.findings.append(Finding("chrome-dropped", "页尾重复的标题上方网站行（网站名称、菜单）：未朗读", page.lines[-1]))
        page.lines.pop()
        page.origin.pop()
    declared = declared_title(page.metadata)
    # (a field naming the document as the headline did gives way to the document's own line under it)
    told = squash(page.metadata.get("网页标题", "")) == squash(declared)
    if guessed and declared and squash(declared) != squash(page.title) and not told:
        # The page's own field names the document; a first line that differs from it was the
        # site's name (甘肃崆峒 above the field table), kept as metadata, not read as the title.
        if page.title:
            page.metadata.setdefault("网站", page.title)
        page.title = declared
        take_full_title(page)
    if page.lines and is_doc_number(page.lines[0]) and len(page.lines) > 1:
        page.metadata.setdefault("发文字号", doc_number(page.lines.pop(0)))  # 穗天发改规字〔2025〕2号 under the title
        page.origin.pop(0)
    _take_header_signature(page)
    if page.title and (glued := split_glued_byline(page.title)) is not None:
        page.title, fields, written = glued
        merge_metadata(page, fields)
        page.findings.append(Finding("chrome-dropped", "标题后连着的网页署名行（时间、来源、计数）：字段已读入，未朗读", written))
    if page.title:
        page.title = unwrap_cited(split_title_date(collapse_spaced_title(trim_title(page)), page))
        page.title = close_title_spaces(split_title_tag(page.title, page))
        take_self_named_title(page)
    drop_site_links(page)
    _drop_file_name_copies(page)
    _drop_title_pieces(page)
    # Letter-spaced lines (政 府 工 作 报 告 under the title, 一、综   合) are closed up: read with a
    # pause between every character otherwise.
    page.lines = [
        _LETTER_SPACED.sub(_close_up, _SPACED_HEADING.sub(lambda m: m.group(1) + _close_up(m.group(2)), line))
        for line in page.lines
    ]
    _cut_link_labels(page)
    _cut_lead_label(page)
    _drop_empty_boxes(page)
    _cut_turn_stamps(page)
    page.findings.extend(
        Finding("chrome-kept", "这一行像网页框架（工具栏、来源、链接），但已保留朗读", line)
        for line in page.lines
        if looks_like_chrome(line)
    )
    return page


# A live transcript's stamp of when a turn was posted: in brackets after the turn's last sentence
# (…敬请关注。[ 2018-03-16 20:20 ]), or after the speaker's tag (【新闻发言人 某某】1-19 14:02:00).
_TURN_STAMP_END = re.compile(r"(?<=[。！？”])[ \u3000]*[\[［【][ \u3000]*\d{4}-\d{1,2}-\d{1,2}[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?[ \u3000]*[\]］】]$")
_TAGGED_TURN_STAMP = re.compile(r"(?<=[】\]])[ \u3000]*(?:\d{4}-)?\d{1,2}-\d{1,2}[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?$")
# … or opening a post inside the text, after a sentence's end: the log's time with its column's bar
# ([09:46] | [某某网报道] 现在…), or the day and time glued before the speaker's tag (…大家下午好。
# 2018-10-29 15:30续梅： 今天…; a flattened live page).
_POST_STAMP = re.compile(
    rf"(?:(?<=[。！？”])|^)[ \u3000]*(?:[\[［][ \u3000]*\d{{1,2}}:\d{{2}}[ \u3000]*[\]］][ \u3000]*[|｜]"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}[ \u3000]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?=[{HAN}]{{2,4}}[：:]))[ \u3000]*"
)


# A sharing site's strip of a file's page images, each named as the file (某某.pdf某某.pdf某某.pdf).
_REPEATED_FILE_NAME = re.compile(rf"(?P<name>\S.{{3,120}}?\.{FILE_TYPE})(?:(?P=name))+", re.IGNORECASE)


def _drop_file_name_copies(page: Page) -> None:
    """Under a title taken from a file's name (302088某某信息公开.pdf, see `page_title_clean`), the
    site's lines naming the same file again, alone or strung together, are not read."""
    kept = [
        index
        for index, line in enumerate(page.lines)
        if not (
            index < HEAD_LINES
            and FILE_NAME_TAIL.search(line.strip())
            and (_REPEATED_FILE_NAME.fullmatch(line.strip()) or same_title(bare_file_name(line), page.title))
        )
    ]
    if len(kept) < len(page.lines):
        dropped = [line for index, line in enumerate(page.lines) if index not in kept]
        page.findings.append(Finding("chrome-dropped", "文库网站重复列出的文件名：未朗读", " / ".join(dropped)[: SUSPECT_CHROME_CHARS * 4]))
        page.lines[:] = [page.lines[index] for index in kept]
        page.origin[:] = [page.origin[index] for index in kept]


_MIN_TITLE_PIECES = 3  # pieces of the title one after another, each on a line of its own
_MIN_PIECE_CHARS = 2


def _in_order(lines: list[str], wanted: str) -> bool:
    """Whether each line's text is found in wanted after the one before it."""
    at = 0
    for piece in map(squash, lines):
        found = wanted.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _drop_title_pieces(page: Page) -> None:
    """Near the top, a run of lines each a piece of the title, out of the title's order (次） /
    目（某某设备）（三 / 某某工程预警指挥项: a PDF's running header, the long title wrapped and its lines
    read bottom up), is the page's header, not read. A line with the whole title is told by other rules."""
    wanted = squash(page.title)
    if len(wanted) < MIN_CANDIDATE_CHARS:
        return
    def piece(line: str) -> bool:
        bit = squash(line)
        return _MIN_PIECE_CHARS <= len(bit) < len(wanted) and bit in wanted

    for start in range(min(HEAD_LINES, len(page.lines))):
        end = start
        while end < len(page.lines) and piece(page.lines[end]):
            end += 1
        # (pieces that read on in order are the title's own lines, broken, or its issuers over it;
        # a forwarded document's title quoted in the page's title may differ by a word, 关于)
        pieces = squash("".join(page.lines[start:end]))
        in_order = _in_order(page.lines[start:end], wanted)
        if end - start >= _MIN_TITLE_PIECES and not in_order and len(pieces) * 5 >= len(wanted) * 3:
            dropped = " / ".join(page.lines[start:end])
            page.findings.append(Finding("chrome-dropped", "PDF 页眉里断成几行的标题（顺序可能颠倒）：未朗读", dropped[: SUSPECT_CHROME_CHARS * 4]))
            del page.lines[start:end]
            del page.origin[start:end]
            return


def _fields_naming_the_page(page: Page) -> str:
    """A page with no title line whose block of field rows, below the site's lines and notes, has
    a field declaring the title (标题: 某某投诉 / 来信人: … / 来信时间: …, a mailbox's letter under the
    mailbox's notes): the rows are metadata, not read, and the declared name is the title; "" if
    no such block stands near the top."""
    for index, line in enumerate(page.lines[:HEAD_LINES]):
        row = parse_metadata_line(line) if len(line) <= HEAD_ROW_CHARS else None
        if not row or not declared_title(row):
            continue
        end = index
        while end < len(page.lines) and len(page.lines[end]) <= HEAD_ROW_CHARS and (fields := parse_metadata_line(page.lines[end])):
            merge_metadata(page, fields)
            end += 1
        page.findings.append(Finding("chrome-dropped", "正文前的字段行（含标题字段）：按字段保存，未朗读", " / ".join(page.lines[index:end])[: SUSPECT_CHROME_CHARS * 4]))
        del page.lines[index:end], page.origin[index:end]
        return declared_title(page.metadata) or declared_title(row)
    return ""


_MIN_POST_STAMPS = 2


def _cut_turn_stamps(page: Page) -> None:
    """A transcript's posting stamps after its turns and speakers' tags: when the live page posted
    them, nothing said; one finding names the first."""
    cut: list[str] = []
    for index, line in enumerate(page.lines):
        if (posts := _POST_STAMP.findall(line)) and len(posts) >= _MIN_POST_STAMPS:
            # (two at least: one time in brackets before a bar may be a text's own)
            cut.extend(post.strip() for post in posts)
            line = page.lines[index] = _POST_STAMP.sub(lambda match: " " if match.start() else "", line)
        if not (line[-1:].isdigit() or line[-1:] in "]］】"):
            continue  # a stamp ends its line: a flattened page's long lines are passed over at once
        stamp = _TURN_STAMP_END.search(line) or _TAGGED_TURN_STAMP.search(line)
        if stamp is not None:
            cut.append(stamp.group().strip())
            page.lines[index] = line[: stamp.start()]
    if cut:
        page.findings.append(Finding("chrome-dropped", f"直播文字稿里每段话后或发言人后的发布时间（共 {len(cut)} 处）：未朗读", cut[0]))


def _drop_lone_end_bars(lines: list[tuple[int, str]]) -> None:
    """A bar after a line's text, the only bar in it, with no bar ending the lines beside it, is
    a layout table's border: nothing to show or read. Cells printed a line each keep theirs (指 标 |
    over 年末数（人） |): the rows of a table are told by them."""
    ends = [line.endswith(("|", "｜")) for _, line in lines]
    for position, (index, line) in enumerate(lines):
        beside = (position > 0 and ends[position - 1]) or (position + 1 < len(lines) and ends[position + 1])
        if ends[position] and not beside and _LONE_BAR_END.fullmatch(line):
            lines[position] = (index, _LONE_BAR_END.sub(r"\g<text>", line))


def _drop_headline_occasion(page: Page) -> None:
    """The occasion the headline gave after its dash (政府工作报告——在某市五届人大三次会议上, set under
    the title by `split_title_date`) stands over the report's own occasion line (——2018年1月6日在
    某市第五届人民代表大会第三次会议上): a speech has one occasion, read once, as the report prints it."""
    if len(page.lines) > 2 and all(
        SESSION_OCCASION.fullmatch(fold(line).strip().lstrip("—－-― \u3000")) for line in page.lines[:2]
    ):
        page.findings.append(Finding("chrome-dropped", "网页标题里的会议说明，正文开头又印了完整的一遍：只读正文的", page.lines[0]))
        del page.lines[0]
        del page.origin[0]


def _drop_empty_boxes(page: Page) -> None:
    """Drop the headers of the site's link boxes (see `is_related_header`) standing one under
    another with no links under them (相关新闻 / 相关专题 / 相关站点 in the middle of a page whose
    boxes the copy left empty): a header over nothing heads nothing, with one finding."""
    index = 0
    while index < len(page.lines):
        end = index
        while end < len(page.lines) and _box_header(page.lines[end]):
            end += 1
        if end - index >= _MIN_EMPTY_BOXES:
            page.findings.append(Finding("chrome-dropped", "接连几个没有内容的网站栏目标题（相关新闻等）：未朗读", " / ".join(page.lines[index:end])))
            del page.lines[index:end]
            del page.origin[index:end]
        index += 1


def _box_header(line: str) -> bool:
    # (a header is short: the length is asked first, the header's check costs more)
    return len(line) <= _MAX_BOX_HEADER and "。" not in line and is_related_header(line)


_MAX_BOX_HEADER = 24
_MIN_EMPTY_BOXES = 2  # box headers one under another, at least


# A content system's field key left over the lead (" date 2024-11-22 今日，…"): a Latin key, the
# page's date after it, then the system's summary of the article.
_DATE_STUB = re.compile(
    r"^(?:date|pubdate|pub_?time|publish_?(?:date|time))[ \u3000]*[:：=]?[ \u3000]*"
    r"(?P<stamp>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?)(?![\d:])[ \u3000]*",
    re.IGNORECASE,
)
# A machine's stamp with its time zone glued before the text (2025-06-29 11:36:17 +0000 UTC前 言):
# a content system's, never written by anybody.
_ZONED_STAMP = re.compile(
    r"^(?P<stamp>\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,9})?)"
    r"[ \u3000]*(?:(?:[+-]\d{2}:?\d{2})[ \u3000]*(?:UTC|GMT|CST)?|Z|UTC|GMT)(?![A-Za-z])[ \u3000]*"
)
_STUB_LINES = 5  # the stub stands among the page's first lines
_SUMMARY_PROBE = 12  # a summary repeats the start of a paragraph below: this many characters of it


_CAPTION_REPEATS = 3  # the headline printed again as the caption of each picture, this often at least
_MAX_REPEATED_HEADLINE = 40


_DASHES = re.compile(r"[ \u3000]*[-_|｜–—]+[ \u3000]*")
_DATE_START = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}")
_SITE_LINE_LOOKAHEAD = 6  # a headline under a site's line taken for the title stands this near
_AUTHOR = re.compile(f"[{HAN}]{{2,4}}(?:[ \u3000、]+[{HAN}]{{2,4}}){{0,3}}")  # writers' names alone on a line


def _headline_under_site_line(page: Page) -> int | None:
    """When the title taken reads as the site's own line (see `title_doubt.names_the_site`), the
    index of the headline under it: the first line near the top that reads as a document's title
    (is_headline: short, no sentence, a title word) or stands over the page's date row. None if
    the title is no site's line or no such line stands there."""
    if not page.title or not names_the_site(page.title):
        return None
    if len(_DASHES.split(page.title.strip())) > 1:
        return None  # 某某述职报告范文三篇-某某文档平台: a headline with the site's name after it (split_title_tag)
    for index, line in enumerate(page.lines[:_SITE_LINE_LOOKAHEAD]):
        if "。" in line:
            return None  # the text has begun
        if is_stamp_line(line) or _DATE_START.match(line):
            continue  # 2022-11-08 某某平台的声明: a dated line of the site's, no headline
        following = page.lines[index + 1 : index + 3]
        if following and _AUTHOR.fullmatch(following[0]):
            following = following[1:]  # 某某 / 2023年01月16日12:23 | 来源：…: the writer's name over the date row
        candidate = title_like(line.rstrip("！？!?")) and len(squash(line)) >= MIN_CANDIDATE_CHARS and not names_the_site(line)
        if candidate and (is_headline(line) or (following and (is_dated_row(following[0]) or story_headline(line, following[0])))) and not is_field(line):
            return index
    return None


_MAX_COLUMN_WORD = 4  # a column's word (问政内容, 来电选登); a headline of five characters or more may be short


def _bar_of_links(title: str) -> bool:
    """市民网页 | 市民卡 | 手机模式: three items or more set apart by bars, a site's bar of tools or
    links (see `page_headline.is_tool_bar`), none of them ending as a title does."""
    items = re.split("[|｜]", title)
    return len(items) >= _MIN_BAR_ITEMS and is_tool_bar(title) and not any(ends_as_title(item) for item in items)


_MIN_BAR_ITEMS = 3


def _headline_under_banner(page: Page) -> int | None:
    """The index of the news headline under the title taken, when that title is an agency's name
    alone or a column's short word and the headline stands over the text, maybe under the page's
    stamp row (某市自然资源和规划局 / 裴军：详解如何办理不动产登记 / 记者：…？ or a paragraph; 问政内容 /
    某街道门口的路灯何时才能亮 / the letter; 县政府 / 某县人民政府 2023-09-12 08:49 / headline / text):
    the agency is the site's owner, as its banner prints it, the word the column's, and neither is
    part of a headline that names no document (a 关于… or …通知 line under an agency is the
    issuer's title, see `take_title_with_issuers`). None if it is not so."""
    column = re.fullmatch(f"[{HAN}]{{2,{_MAX_COLUMN_WORD}}}", squash(page.title)) is not None and not ends_as_title(page.title)
    if not page.title or not (is_organ_name(page.title) or column):
        return None
    index = 1 if page.lines and is_dated_row(page.lines[0]) else 0
    if len(page.lines) < index + 2:
        return None
    line, following = page.lines[index], page.lines[index + 1]
    headline = (
        title_like(line.rstrip("！？!?"))
        and len(squash(line)) >= MIN_CANDIDATE_CHARS
        and not ends_as_title(line)
        and "关于" not in fold(line)
        and not is_organ_name(line)
        and not is_field(line)
        and not HEADING_START.match(fold(line))
    )
    return index if headline and ("。" in following or fold(following).rstrip().endswith("？")) else None


def _repeated_headline(page: Page) -> str:
    """The first line when the page prints it again and again as a line of its own, between the
    text's paragraphs too (发布！某市这些区域全年禁放烟花爆竹！ over each picture of a repost, its
    captions): the headline, whatever its marks; the copies are taken out with one finding, never
    read six times. "" when it is not so."""
    first = page.lines[0] if page.lines else ""
    copies = [index for index, line in enumerate(page.lines) if line == first]
    # Among the text's paragraphs, not only at the head (a law mirror prints its title three times
    # over the text: its headline, its record's title, the document's own title line).
    text_begins = next((index for index, line in enumerate(page.lines) if "。" in line), len(page.lines))
    among_text = [index for index in copies if index > text_begins]
    if len(copies) < _CAPTION_REPEATS or len(among_text) < _CAPTION_REPEATS - 1 or len(first) > _MAX_REPEATED_HEADLINE:
        return ""
    for index in reversed(copies):
        del page.lines[index]
        del page.origin[index]
    page.findings.append(Finding("chrome-dropped", f"标题在网页中又单独印了 {len(copies) - 1} 次（图片说明）：作标题朗读一次", first))
    return first


_CODE_LINES = 6  # a code field glued to its value is looked for in this many lines at the top


def _take_glued_codes(body: list[str], page: Page) -> None:
    """A code field at the head that lost its colon (监督索引号53262303000101000 under the title):
    a field, kept in the metadata, never read as a line nor joined to the title."""
    seen, above = 0, ""
    for position, line in enumerate(body):
        if not line:
            continue
        seen += 1
        if seen > _CODE_LINES:
            return
        # (a code under its label alone, 信息索引号： / 1133…/2021-45356, is that label's value)
        if (field := glued_code_field(line)) is not None and not is_label_only(above):
            page.metadata.setdefault(*field)
            page.findings.append(Finding("chrome-dropped", "标题下没有冒号的网页编号字段（索引号等）：已记入元数据，未朗读", line))
            body[position] = ""
        above = line


def _join_broken_title_lines(page: Page) -> None:
    """A title printed in the text's head broken over two lines, cut inside a phrase (某县国民经济和 /
    二〇三五年远景目标纲要, see `broken_over`): one line, read without a pause inside it."""
    index = 0
    while index + 1 < min(len(page.lines), HEAD_LINES):
        first, second = page.lines[index], page.lines[index + 1]
        if (
            title_like(first)
            and title_like(second)
            and not is_organ_name(first)  # 某某新闻办公室 / 目录: the issuer over the contents
            # 附件1：某某申报书 / 填报说明, 一、…: a label's or a heading's line is its own
            and not (fold(first).startswith("附") or HEADING_START.match(fold(first)))
            and not is_part_name(fold(second).strip())
            and broken_over(first, second)
        ):
            page.lines[index : index + 2] = [first.rstrip() + second.lstrip()]
            page.origin[index : index + 2] = [page.origin[index]]
        index += 1


def _take_date_stub(body: list[str], page: Page) -> None:
    """A content system's date stub over the article (date 2024-11-22, or a stamp with its time
    zone: 2025-06-29 11:36:17 +0000 UTC): the date is the page's
    publication time, the key never read. The summary the system printed after it is dropped when
    a paragraph below starts with it (the article repeats it); else it is text and stays."""
    for position, line in enumerate(body[:_STUB_LINES]):
        if (stub := _DATE_STUB.match(line) or _ZONED_STAMP.match(line)) is None:
            continue
        page.metadata.setdefault("发布时间", stub.group("stamp"))
        rest = line[stub.end() :]
        probe = _squash_spaces(rest)[:_SUMMARY_PROBE]
        repeated = len(probe) == _SUMMARY_PROBE and any(
            _squash_spaces(other).startswith(probe) for other in body[position + 1 :]
        )
        if repeated or not rest:
            page.findings.append(Finding("chrome-dropped", "内容系统的日期字段和文章摘要（正文下面重复）：未朗读（日期按发布时间保存）", line[:SUSPECT_CHROME_CHARS * 2]))
            body[position] = ""
        else:
            page.findings.append(Finding("chrome-dropped", "内容系统的日期字段：未朗读（日期按发布时间保存）", line[: stub.end()].strip()))
            body[position] = rest
        return


# A page's marker left alone on the first or the last line (⑥: the page's number in a news app).
_PAGE_MARKER = re.compile(r"^[\u2460-\u2473\u3251-\u325f]$")


_MIN_EXCERPT = 40  # a site's excerpt of the text is at least this long to be told by its repeat
_EXCERPT_CUT_CHARS = 3  # the excerpt's end, where it was cut, may differ from the text by this many
_EXCERPT_LINES = 12  # the text it repeats starts within this many lines under it
_HALF_MARKS = str.maketrans(",:;()!?", "，：；（）！？")


def _drop_opening_excerpt(body: list[str], page: Page) -> None:
    """Blank the site's excerpt opening the page, with a finding: the first characters of the text
    run together and cut short (某某办法第一章总则第一条 为了…，根), which the lines under it then give
    in full (某某办法 / 第一章 总 则 / 第一条 为了…，根据…). Compared without spaces and quotes, half-
    and full-width marks alike. A first line the text does not repeat from its start stays, and so does
    a headline repeated whole on the line under it."""
    first = next((index for index, line in enumerate(body) if line), None)
    if first is None:
        return
    excerpt = _squeeze(body[first])
    if len(excerpt) < _MIN_EXCERPT:
        return
    under = [line for line in body[first + 1 : first + 1 + _EXCERPT_LINES] if line]
    # The excerpt runs over several of the lines under it; a headline printed again under itself
    # (a page's title, then the document's) is the title, not an excerpt.
    text = _squeeze("".join(under))
    shared = next((at for at, (a, b) in enumerate(zip(excerpt, text, strict=False)) if a != b), min(len(excerpt), len(text)))
    # Its last characters may differ, where the excerpt was cut (学习贯彻习 over 学习贯彻XXX, a name
    # the text masked).
    if under and len(excerpt) > len(_squeeze(under[0])) and shared >= len(excerpt) - _EXCERPT_CUT_CHARS:
        page.findings.append(Finding("summary-repeat", "网页开头摘录的正文片段（截断）重复了正文：未朗读，正文照读", body[first][:SUSPECT_CHROME_CHARS]))
        body[first] = ""


def _squeeze(text: str) -> str:
    # Quotes go too: the excerpt may print straight ones ("强县之问") where the text has “”.
    return re.sub(r"[\s\"'“”‘’]", "", fold(text)).translate(_HALF_MARKS)


def _drop_page_marker(body: list[str], page: Page) -> None:
    """A circled number alone on the page's first or last line numbers the page, not a list item
    (an item has its text after it); dropped with a finding. Between lines it stays."""
    filled = [position for position, line in enumerate(body) if line]
    for position in {filled[0], filled[-1]} if filled else set():
        if _PAGE_MARKER.match(body[position]):
            page.findings.append(Finding("chrome-dropped", "页首或页尾单独一行的页面编号（带圈数字）：未朗读", body[position]))
            body[position] = ""


def _squash_spaces(text: str) -> str:
    """`text` without its spaces (a summary and its paragraph may be spaced apart differently)."""
    return re.sub(r"\s+", "", text)


# A date written out in full (1994年12月17日, 一九九四年十二月十七日): a signature's date line.
_FULL_DATE = re.compile(r"^[\d〇零○Ｏ一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$")
_MAX_ORGAN = 30  # an organ's name on its own line is no longer than this


def _take_header_signature(page: Page) -> None:
    """An online library's header under the title (国函〔1994〕1号 / 某某人民政府 / 1994年12月17日)
    repeats the signature at the foot: the organ and the date lines at the top, the same organ over a
    date at the foot. The date at the top is the publication time; the organ is read once, at the
    foot (a finding keeps the header's two lines). Only when the foot repeats the organ: a text's
    opening line that is no signature's stays."""
    lines = [line.strip() for line in page.lines]
    if len(lines) < 5 or not _FULL_DATE.match(lines[1]) or len(lines[0]) > _MAX_ORGAN or re.search("[。，：:；]", lines[0]):
        return
    if lines[-2] != lines[0] or not _FULL_DATE.match(lines[-1]):
        return
    page.metadata.setdefault("发布时间", lines[1])
    page.findings.append(Finding("chrome-dropped", "标题下的发文机关和日期（页尾落款重复）：日期读入字段，未朗读", f"{lines[0]} ‖ {lines[1]}"))
    del page.lines[:2]
    del page.origin[:2]


def _cut_link_labels(page: Page) -> None:
    """Cut the labels of the page's links out of its lines (某某流程图“点击查看”: the picture is
    not read, its link's label not either), each with a finding; a line left empty is dropped."""
    position = 0
    while position < len(page.lines):
        line, labels = cut_link_labels(page.lines[position])
        page.findings.extend(Finding("chrome-dropped", "网页链接的按钮文字：未朗读", label) for label in labels)
        if labels and not line.strip():
            del page.lines[position]
            del page.origin[position]
            continue
        page.lines[position] = line.strip(" \t\u3000") if labels else line
        position += 1


# The label a news site sets before its lead-in under the headline (导读：…, 导语：…): the site's
# word, the lead-in after it the text's (a `token` row when alone on its line).
_WHOLE_TAG = re.compile(r"【[^【】]+】|\[[^\[\]]+\]|［[^［］]+］")  # (a yearbook's entry: [调查、考察、视察活动])
# A forum's picture box run into the next paragraph, or a county station's mark of a picture's place
# opening it (【图文】会上，…; ho116/24, session 52).
_GLUED_IMAGE_BOX = re.compile(r"(?:图片附件|【图文】)[ \u3000]*(?=\S)")
# A law library's labels of a rules text's parts, opening their lines (【题注】 (…通过) / 【章名】 第一章 总则;
# ho123/14, session 53): no rules text labels itself so.
_LIBRARY_LABEL = re.compile(r"【(?:题注|章名|节名|编名|篇名|条文)】[ \u3000]*(?=\S)")
# (the label may be set in brackets: 【导语】十九号上午，…)
_LEAD_LABEL = re.compile(r"(?:(?:导读|导语)[ \u3000]*[:：]|【(?:导读|导语)】)[ \u3000]*(?=\S)")
_LEAD_LINES = 3  # the lead-in stands among this many lines under the title


def _cut_lead_label(page: Page) -> None:
    """Cut the lead-in's label (导读：) off the start of one of the first lines, with a finding."""
    for position, line in enumerate(page.lines[:_LEAD_LINES]):
        if (label := _LEAD_LABEL.match(fold(line))) is not None:
            page.findings.append(Finding("chrome-dropped", "网页导语前的标签：未朗读", line[: label.end()].strip()))
            page.lines[position] = line[label.end() :]
            return


def _stands_for_image(body: list[str], index: int) -> bool:
    """body[index] is the word a scraper left for a picture (图片) between paragraphs: the lines
    round it are long (a table's cells set one a line are short, and one may be 图片), or one of
    them is the site's (分享到： over 图片 over a notice's title broken over short lines: a picture
    in the page's head, where no table stands)."""
    if not is_image_placeholder(body[index]):
        return False
    around = [line for line in (body[index - 1] if index else "", body[index + 1] if index + 1 < len(body) else "") if line]
    return all(len(line) >= _MIN_IMAGE_NEIGHBOUR for line in around) or any(is_chrome_line(line) for line in around)


_BULLETED = re.compile(r"^[•·▪◦●][ \u3000]*\S")
_BULLETED_COUNT = re.compile(r"^[•·▪◦●][ \u3000]*\d{1,9}$")


def _bulleted_count(body: list[str], index: int) -> bool:
    """body[index] is a bare count set as a list item (• 0) in a run of bulleted lines of which another
    is the site's (• 约12页, • 举报: a sharing site's facts of the file and its buttons): a counter
    whose icon the copy lost. A list of the text's own figures has no chrome item beside it."""
    if not _BULLETED_COUNT.match(body[index]):
        return False
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(body) and body[other] and _BULLETED.match(body[other]):
            if not _BULLETED_COUNT.match(body[other]) and is_chrome_line(body[other]):
                return True
            other += step
    return False


def _is_piece_header(body: list[str], index: int) -> bool:
    """body[index] is the number an essay-collection site sets before each piece it collects
    (第一篇：某某文件), the piece's own first line repeating the name under it, or the page's
    headline over it naming it (镇长述职报告 / 第一篇 镇长述职报告2150字; dev79): the site's, not
    the document's (a plan's 第一篇 总则 is followed by its text, not by 总则 again)."""
    header = _PIECE_HEADER.match(fold(body[index]))
    if header is None:
        return False
    following = next((line for line in body[index + 1 : index + 3] if line), "")
    # The site may set the document's number before its name (第一篇：某府发〔2005〕21号某某规定).
    named = _PIECE_NUMBER.sub("", header.group("name"))
    name, own = squash(named), squash(following)
    # The site's name for the piece may be cut short, as its headline was (…关于印发某省 over the
    # piece's own 某某…关于印发某省某某意见的通知): the piece's title line then opens with it.
    cut = not ends_as_title(name) and own.startswith(name) and ends_as_title(own)
    # … or name what the piece's first line, the notice issuing it, cites (关于印发《某某规定》的通知).
    issued = f"《{named.strip()}》" in fold(following)
    # … or the headline just over it names the piece, and the piece's text (no title line) follows.
    named_above = any(squash(line) == name for line in body[max(0, index - _PIECE_ABOVE) : index]) and not title_like(following)
    return bool(following) and (own == name or cut or issued or named_above)


def _drop_bulleted_bars(body: list[str], page: Page, start: int, end: int) -> None:
    """Blank a bar of the site's tabs or years set one bulleted item a line: three items or more,
    each a short word or a year (• 会议内容 / • 提纲速读 / • 一图读懂, • 2018 / • 2019 / • 2020).
    A bar of words is the site's when half its items or more are chrome words; a bar of years
    when the years follow one another. A list of the text's own points has sentences, numbers or
    words that are not chrome, and is kept. Each bar blanked is a finding. Only body[start:end]
    is looked at."""
    index = start
    while index < end:
        stop = index
        items: list[str] = []
        while stop < end and (match := _BAR_ITEM.fullmatch(body[stop])) is not None:
            items.append(match.group(1))
            stop += 1
        if len(items) >= _MIN_BAR_ITEMS and _is_site_bar(items):
            page.findings.append(
                Finding(
                    "chrome-dropped",
                    "一列带圆点的网站标签或年份栏已去掉，未朗读",
                    " / ".join(items)[: SUSPECT_CHROME_CHARS * 4],
                )
            )
            body[index:stop] = [""] * (stop - index)
        index = max(stop, index + 1)


def _drop_tab_bars(body: list[str], page: Page) -> None:
    """Blank the bars of tabs a 政务公开 page sets round the document to its interpretations
    (文字解读 / 图片解读 / 媒体解读 / 相关政策, see `page_chrome.tab_bar_end`), each with a finding."""
    index = 0
    while index < len(body):
        end = tab_bar_end(body, index)
        if end > index:
            shown = " / ".join(body[index:end])[: SUSPECT_CHROME_CHARS * 4]
            page.findings.append(Finding("chrome-dropped", "网页上指向本文件解读的一排标签：未朗读", shown))
            body[index:end] = [""] * (end - index)
        index = max(end, index + 1)


def _is_site_bar(items: list[str]) -> bool:
    if all(item.isdigit() for item in items):
        return all(int(later) == int(earlier) + 1 for earlier, later in pairwise(items))
    if any(item.isdigit() for item in items):
        return False
    return sum(is_chrome_line(item) for item in items) * 2 >= len(items)


def _close_up(match_or_text: re.Match[str] | str) -> str:
    text = match_or_text if isinstance(match_or_text, str) else match_or_text.group(0)
    return re.sub(r"[ \u3000]+", "", text)
