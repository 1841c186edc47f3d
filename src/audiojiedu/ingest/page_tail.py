"""The tail of a scraped page: the chrome and fields under the article.

A page ends with 关闭窗口, 下载Word, credits, the site's footer, field rows and a repeat of the
title: those lines are taken off (`consume_tail`); a one-line page's last line is read chunk by
chunk at its end.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..file_types import FILE_TYPE
from ..han import HAN
from ..model import Finding
from ..signature_date import SIGNATURE_DATE
from ..tsv import words_pattern
from .page_chrome import (
    ACCOUNT_COUNTS,
    BULLET,
    GARBLED_MARKS,
    HEAD_CHARS,
    SUSPECT_CHROME_CHARS,
    chrome_words,
    cut_related_links,
    fold,
    footer_lines,
    footer_marks,
    headline_row,
    is_button_count,
    is_chrome_line,
    is_credit_line,
    is_related_header,
    is_site_footer,
)
from .page_fields import (
    DATE_LINE,
    LABELLED_URL,
    PAPER_CREDIT,
    Page,
    grid_fields,
    header_labels,
    holds_date,
    is_label_only,
    label_key,
    label_pattern,
    merge_metadata,
    parse_metadata_line,
    take_link_field,
)
from .page_title_words import ends_as_title, is_organ_list, is_organ_name, repeats_title, squash
from .pipe_tables import is_pipe_row, pipe_cells

# The 版记 at the foot of an official document: "XX办公室  2025年4月24日印发".
_BRACKETED_CREDITS = re.compile(r"[（(](?P<row>[^（）()。，]{3,80})[)）][ \u3000]*$")
_MAX_CREDIT_VALUE = 20  # a credit names a person or a source, no longer than this
_MIN_CREDIT_LINES = 2  # a footer of credits has this many lines at least
_IMPRINT = re.compile(r"^\S.{0,60}\d{4}年\d{1,2}月\d{1,2}日\s*印发$")
# Only this many chunks at the end of a one-line page are searched for 来源/附件下载.
_TAIL_CHUNKS = 40
# A downloadable file's name: the attachment list at the foot of a page (附件：1. 申报表.docx).
# The label over a download list at the foot (附件：, 附件信息：, 附件下载：, 【相关附件】).
_DOWNLOAD_LABEL = re.compile(r"[【\[]?(?:相关)?附件(?:信息|下载|列表)?[】\]]?[ \u3000]*[:：]?")
_FILE_NAME = re.compile(rf"\.{FILE_TYPE}\s*$", re.IGNORECASE)
_MAX_FILE_LINE = 80
# A download box's label glued to the sentence it follows, its files after it (。附件下载：某某.doc).
_GLUED_DOWNLOADS = re.compile(r"(?<=[。！？”])[ \u3000]*(?:附件下载|相关附件)[:：]?")
_MAX_WIDGET_LINE = 30  # a widget's contact under its button (QQ:1030896) is short
_FOOTER_BLOCK_LINES = 10  # a footer's short lines at the foot, looked at from the last up
_MAX_FOOTER_BLOCK_LINE = 24
_MIN_FOOTER_CHROME = 2
# A footer's credit line without a colon: the site's owner, builder or keeper and its role (某市人民政府
# 主办 / 某市人民政府办公室承办 / 某市融媒体中心建设运营（版权所有）; dev76, session 43). Only in the
# footer block: elsewhere such a line may be a poster's own credits.
_FOOTER_CREDIT = re.compile(
    rf"^[{HAN}A-Za-z0-9（）()]{{2,30}}?(?:主办|承办|协办|建设运营|运营维护|技术支持|建设维护|维护|设计制作)"
    r"[ \u3000]*(?:[（(]版权所有[)）])?$"
)
_GRID_ROWS = 6  # a header of labels stands at most this many lines over the foot of its values
_GRID_ROW_CHARS = 80
# A reporter's credit whose label names the newsroom (县融媒体中心记者：某某, 本报记者：某 某).
_REPORTER = re.compile(rf"(?P<label>[{HAN}]{{0,10}}记者)[ \u3000]*[:：][ \u3000]*(?P<name>[{HAN}]{{1,4}}(?:[ \u3000、，,][{HAN}]{{1,4}}){{0,3}})")
# A bracketed row of credits set apart by spaces, without colons, ending the last line: (某某融媒
# 编辑 某某), (某某 全媒体记者 某某).
_BRACKETED_BYLINE = re.compile(rf"[（(](?P<row>[{HAN}]{{1,8}}(?:[ \u3000]+[{HAN}]{{1,8}}){{1,5}})[)）][ \u3000]*$")
_BYLINE_ROLE = re.compile(r"(?:记者|编辑|摄影|通讯员|责编|校对|审核)$")
_MAX_ROLE_WORD = 8  # a role's word with its outlet before it: 本报全媒体记者, 某某日报融媒记者
_OPEN_FRAGMENT = re.compile(rf"[\[【［(（][ \u3000]*([{HAN}]{{1,3}})")  # [免: a word cut by the excerpt's end
# A box's name alone at the foot (摄影作品, 图片新闻): a few characters, no mark; a document's own
# closing words (特此通知, 此复) are never one.
_BOX_WORD = re.compile(f"[{HAN}]{{2,6}}")
# A line of a posting account's card over its counts (see page_chrome.ACCOUNT_COUNTS): a name or a
# pitch, short, no mark.
_FOLLOW_NAMED = re.compile(r"关注([^。，,！？!?\s]{2,20})[！!。]?$")
_CARD_LINE = re.compile(f"[{HAN}A-Za-z0-9 \u3000]{{2,16}}")
_MAX_CARD_LINES = 3
_SHORT_NAME = re.compile(f"[{HAN}]{{2,8}}")  # an account's name after a flattened page's signature
_DAY_END = re.compile(r"\d{1,2}日$|[一二三四五六七八九十]{1,3}日$")  # … whose date ends just before it
# … and its links run into one line, headlines set apart by a space, no sentence's mark among them.
_LINKS_RUN = re.compile(r"[^\s。，；！？,;!?]{6,40}(?:[ \u3000]+[^\s。，；！？,;!?]{6,40})+")
_CLOSING_WORDS = ("特此", "此复", "此致", "以上")
# The page's tags at its foot (标签： 孔明灯  某市  森林, 本文标签： 疫情  低保): under the article, never
# its text. Commas, bars or a dash may stand between them (Tag:年终总结,个人年终总结 - 年终总结).
_TAG_LINE = re.compile(
    r"(?:本文|文章)?(?:标签|tags?)[ \u3000]*[:：][ \u3000]*(?:[^\s。，,；：:！？、|｜-]{1,12}(?:[ \u3000]*[，,、|｜-][ \u3000]*|[ \u3000]*)){1,12}",
    re.IGNORECASE,
)
_WHOLE_BRACKET = re.compile(r"[（(](.*)[)）]")  # a line set whole in brackets: （来源：某某局）
_MIN_ITEM_ROWS = 3  # a 政务公开 item's 基本信息 box has this many label rows at least
_MAX_ITEM_ROW = 120
_NUMBERED_CLAUSE = re.compile(r"^[(（]?\d{1,2}[)）]?[、.．][ \u3000]*\S")  # 1、 2. (3): a clause of a site's terms
_NOTICE_LINES = 6  # a site's notice at the foot, its heading alone on a line, spans at most this many
# A site's name alone on its line over the site's footer (某某网, 某某新闻网).
_FOOTER_LINKS = 3  # toolbar words side by side on a dropped line at the foot: the footer's links
_SITE_NAME = re.compile(rf"[{HAN}]{{1,8}}(?:网|在线|新闻网|融媒)")  # a row of values under such a header is no longer than this


# A foot word with the site's note on it in brackets (附件（官方直链）, 附件下载（3个）): the word's.
_TAIL_NOTE = re.compile(r"[ \u3000]*[（(][^（）()]{1,10}[）)](?=[:：]?$)")


_FOOTER_LINE_MARKS = 2  # footer marks a line shows that make it the footer's alone


def consume_tail(body: list[str], page: Page, start: int) -> int:
    """Drop chrome, metadata rows and the repeated title at the bottom; return the body end."""
    _drop_read_aloud_copy(body, page, start)
    _drop_page_copy(body, page, start)
    end = cut_related_links(body, start)
    if (record := _next_record(body, start, end)) < end:
        dropped = " ‖ ".join(line.strip() for line in body[record:end] if line.strip())
        page.findings.append(Finding("chrome-dropped", "法规库网页在正文后接着印出的另一条记录（其下载链接和标题）：未朗读", dropped[: SUSPECT_CHROME_CHARS * 2]))
        end = record
    if related := [line for line in body[end:] if line]:
        # 相关链接 and the linked titles under it: the site's list, which the text does not need.
        page.findings.append(Finding("chrome-dropped", "页尾的相关链接列表：未朗读", " ‖ ".join(related)[: SUSPECT_CHROME_CHARS * 2]))
        above = _index_above(body, start, end)
        if above >= start and _LINKS_RUN.fullmatch(fold(body[above]).strip()):
            # 某地两地升级为中风险地区 某市新增7例本土确诊病例 over 相关阅读：: the box's links run into
            # one line over its header, headlines set apart by a space, no sentence's mark among them
            page.findings.append(Finding("chrome-dropped", "页尾相关阅读栏的链接标题（在栏目名之上）：未朗读", body[above].strip()[: SUSPECT_CHROME_CHARS * 2]))
            end = above
    if (links := _links_under_footer(body, start, end)) < end:
        dropped = " ‖ ".join(line for line in body[links:end] if line)
        page.findings.append(Finding("chrome-dropped", "页尾网站信息栏下的链接列表（机构、区县网站等）：未朗读", dropped[: SUSPECT_CHROME_CHARS * 2]))
        end = links
    if (closing := _closed_by_credit(body, start, end)) is not None:
        first, closed = closing
        dropped = " ‖ ".join(line for line in body[closed:end] if line)
        page.findings.append(
            Finding("chrome-dropped", "文章末尾署名（责任编辑、来源）之后网站加的内容（广告、其他文章）：未朗读", dropped[: SUSPECT_CHROME_CHARS * 2])
        )
        for line in body[first:closed]:  # the credit (and the page's stamp under it): fields
            if DATE_LINE.match(fold(line).strip()):
                page.metadata.setdefault("发布时间", line.strip())
            else:
                merge_metadata(page, parse_metadata_line(line) or {})
        end = first
    if (form := _feedback_form(body, start, end)) < end:
        dropped = " ‖ ".join(line.strip() for line in body[form:end] if line.strip())
        page.findings.append(Finding("chrome-dropped", "页尾网站的留言表单（空的姓名、联系方式、验证码等栏，及其上请您提意见的话）：未朗读", dropped[: SUSPECT_CHROME_CHARS * 2]))
        end = form
    tail_words = chrome_words()["tail"]
    footer_seen = False  # a footer of several lines went: the site's name over it goes too
    files_went = False  # a download list's file names just went: the label over them labels nothing now
    box_below = False  # the line just taken off headed a box of the site's links (最新文章|更多)
    card_lines = 0  # lines of a posting account's card (name, pitch) taken over its counts row
    # the line just taken off was such a card's counts row or line (maybe taken with a box under it)
    below = next((line for line in body[end:] if line.strip()), "")
    card_below = ACCOUNT_COUNTS.fullmatch(fold(below).strip()) is not None
    followed = ""  # the name of the account the line just taken off asked to follow (欢迎关注某某！)
    copy_went = False  # the page's second copy of the article went
    while end > start:
        line = body[end - 1]
        if (
            not line
            or is_chrome_line(line)
            or _TAIL_NOTE.sub("", fold(line).strip()).strip("[]【】") in tail_words  # ([附件下载], a link's brackets)
            or _IMPRINT.match(fold(line))
            or is_button_count(body, end - 1)
        ):
            if line:
                page.chrome.append(line)
                # GMT+8, 2025-6: a forum's footer; 微信 微博 电脑版: the footer's row of links
                footer_seen = footer_seen or footer_marks(line)[0] > 0 or len(line.split()) >= _FOOTER_LINKS
                box_below = "更多" in line or is_related_header(line)
                card_below = ACCOUNT_COUNTS.fullmatch(fold(line).strip()) is not None
                card_lines = 0
                asked = _FOLLOW_NAMED.search(fold(line).strip())
                followed = asked.group(1) if asked else ""
            end -= 1
            continue
        if box_below and _BOX_WORD.fullmatch(fold(line).strip()) and not fold(line).strip().startswith(_CLOSING_WORDS):
            # 摄影作品 over 最新文章|更多: the name of the site's box above the next one, its pictures lost
            page.findings.append(Finding("chrome-dropped", "页尾网站栏目名（其下是另一栏目的“更多”）：未朗读", line.strip()))
            end -= 1
            continue
        box_below = False
        if card_below and card_lines < _MAX_CARD_LINES and _CARD_LINE.fullmatch(fold(line).strip()):
            # 某某晨报 / 某某晨报 / 某地影响最大的新闻媒体 over 77329文章数 29697关注度: the account's
            # name (twice: its picture's and its link's) and pitch on its card at the foot
            page.findings.append(Finding("chrome-dropped", "页尾发布账号的名片（名称、简介，其下是文章数、关注数）：未朗读", line.strip()))
            card_lines += 1
            end -= 1
            continue
        card_below = False
        if followed and fold(line).strip() == followed:
            # 某某风云 over 记录家乡变化，欢迎关注某某风云！: the account's name over its pitch
            page.findings.append(Finding("chrome-dropped", "页尾公众号的名称（其下请读者关注它）：未朗读", line.strip()))
            end -= 1
            continue
        followed = ""
        if not copy_went and (copy := _doubled_tail(body, start, end)) < end:
            page.findings.append(Finding("chrome-dropped", "正文在页尾又原样印了一遍（网页的另一份副本）：只读一遍", body[copy].strip()[:SUSPECT_CHROME_CHARS]))
            end = copy
            copy_went = True  # one copy: what repeats above it is the document's own
            continue
        above = _index_above(body, start, end - 1)
        if _LONE_PAGE.fullmatch(line.strip()) and above >= start and body[above].rstrip()[-1:] in ("。", "！", "？"):
            # …保证百姓人身安全。 / 1: the page's number (or its pager's) alone under the last sentence
            page.findings.append(Finding("chrome-dropped", "页尾正文末句下单独的页码：未朗读", line.strip()))
            end -= 1
            continue
        if (credits := _credit_run(body, start, end)) < end:
            # 来源：某某 / 责编：某某 / 审核：某某 / 监制：某某: the credits a label names are fields
            # (a credit set in brackets, （来源：某某局）, is one too); a line that is no field
            # (出品：某某社, an unlisted label) is shown to staff.
            unread: list[str] = []
            for credit in body[credits:end]:
                row = parse_metadata_line(_WHOLE_BRACKET.sub(r"\1", credit.strip()))
                if row:
                    merge_metadata(page, row)
                else:
                    unread.append(credit)
            if unread:
                page.findings.append(Finding("chrome-dropped", "页尾的署名栏（编辑、来源等短行）：未朗读", " ‖ ".join(unread)[: SUSPECT_CHROME_CHARS * 2]))
            end = credits
            continue
        if (button := _BRACKETED_BUTTONS.match(fold(line))) is not None and _buttons_over_credit(button, line):
            # 【我要纠错】责任编辑：某某: the site's button glued before the credit, which is a field
            page.findings.append(Finding("chrome-dropped", "页尾署名前的网站按钮：未朗读", button.group(0).strip()))
            body[end - 1] = fold(line)[button.end() :]
            continue
        if (cut := _cut_bracketed_credits(line, page)) != line:
            body[end - 1] = cut
            if not cut:
                end -= 1
            continue
        if (paper := PAPER_CREDIT.fullmatch(fold(line).strip())) is not None:
            # 《某某日报》( 2023年04月15日 02版) under a reprinted story: the paper and its day are fields
            page.metadata.setdefault("来源", paper.group("paper"))
            page.metadata.setdefault("发布时间", paper.group("date"))
            page.findings.append(Finding("chrome-dropped", "文末报纸的报名、日期和版次：按字段保存，未朗读", line.strip()))
            end -= 1
            continue
        if _BARE_ID.fullmatch(line.strip()):
            # 29132150 alone at the page's foot: the article's number in the site's system or a
            # counter, no words of the document (a phone or a sum is labelled or said in a sentence)
            page.findings.append(Finding("chrome-dropped", "页尾单独一行的一串数字（网页的文章编号或计数）：未朗读", line.strip()))
            end -= 1
            continue
        if end == len(body) and _cut_chrome_word(line):
            page.findings.append(Finding("chrome-dropped", "页尾被截断的网站栏目词：未朗读", line.strip()))
            end -= 1
            continue
        if (
            footer_marks(line)[1]
            and len(line) <= _MAX_WIDGET_LINE
            and (widget := _index_above(body, start, end - 1)) >= start
            and is_chrome_line(body[widget])
            and re.search(f"[{HAN}]", body[widget]) is not None  # a widget's button (在线咨询), not a bar alone
            and footer_marks(body[widget]) == (0, 0)  # nor a line of the footer itself
        ):
            # 在线咨询 / QQ:1030896: the contact of the site's widget under its button, after the text
            page.findings.append(Finding("chrome-dropped", "页尾网站挂件（在线咨询等）的联系方式：未朗读", line.strip()))
            end -= 1
            continue
        if (footer := footer_lines(body, start, end)) < end:
            dropped = " ‖ ".join(line for line in body[footer:end] if line.strip())
            page.findings.append(Finding("chrome-dropped", "页尾的网站信息栏（主管单位、备案号、联系方式、论坛程序等）：未朗读", dropped[: SUSPECT_CHROME_CHARS * 2]))
            end = footer
            footer_seen = True
            continue
        if footer_marks(line)[0] >= _FOOTER_LINE_MARKS:
            # Copyright © 某某.COM All Rights Reserved. over the ICP line taken already: a line showing
            # two of a footer's marks is the footer's on its own
            page.findings.append(Finding("chrome-dropped", "页尾的网站版权行：未朗读", line.strip()))
            end -= 1
            footer_seen = True
            continue
        if (footer_seen or _bar_separated_links(line)) and footer_marks(line)[1] >= 2 and not re.search("[:：]", line):
            # 关于我们 | 广告服务 | 联系我们 | 网站地图 over the footer's marked line, blank lines between:
            # links, no value (a text's contact line, 电话：… 邮箱：…, has its colons); set apart by
            # bars, a few short words, the row is the footer's wherever it stands at the foot
            page.findings.append(Finding("chrome-dropped", "页尾网站信息栏的链接行：未朗读", line.strip()[: SUSPECT_CHROME_CHARS * 2]))
            end -= 1
            continue
        if footer_seen and _SITE_NAME.fullmatch(fold(line).strip()):
            page.findings.append(Finding("chrome-dropped", "页尾网站信息栏上的网站名：未朗读", line.strip()))
            end -= 1
            continue
        if _TAG_LINE.fullmatch(fold(line).strip()):
            page.findings.append(Finding("chrome-dropped", "页尾网页的标签行：未朗读", line.strip()))  # 标签： 某词  某词
            end -= 1
            continue
        if (tags := _tag_line_over_litter(body, start, end)) < end:
            litter = " ‖ ".join(text.strip() for text in body[tags + 1 : end] if text.strip())
            page.findings.append(Finding("chrome-dropped", "页尾标签行下面的短链接文字（网站的其他标题、广告）：未朗读", litter))
            end = tags + 1  # the tag line itself is dropped next
            continue
        if headline_row(line):
            page.findings.append(Finding("chrome-dropped", "页尾一行网站的其他新闻标题：未朗读", line.strip()[: SUSPECT_CHROME_CHARS * 2]))
            end -= 1
            continue
        if (signed := _strays_after_signature(body, start, end)) < end:
            strays = " ‖ ".join(text.strip() for text in body[signed:end] if text.strip())
            page.findings.append(Finding("chrome-dropped", "页尾落款日期之后的几行网站文字（其他标题、关键词，没有句子）：未朗读", strays[: SUSPECT_CHROME_CHARS * 2]))
            end = signed
            continue
        if is_site_footer(line):
            page.findings.append(Finding("chrome-dropped", "页尾的网站信息栏（举报电话、主办单位、备案号等）：未朗读", line[: SUSPECT_CHROME_CHARS * 2]))
            end -= 1
            continue
        if _opens_notice(line):  # 声明： 本站…
            page.findings.append(Finding("site-notice", "页尾的网站声明已去掉，未朗读", line[:SUSPECT_CHROME_CHARS]))
            end -= 1
            continue
        if end - 2 >= start and _opens_notice(body[end - 2]) and body[end - 2].rstrip()[-1:] not in "。！？；" and len(line) <= _NOTICE_REST:
            # 注：中文维基文库社群认为，…不总是 ‖ 具有…文件。: the notice broken at a link, its rest under it
            page.findings.append(Finding("site-notice", "页尾的网站声明已去掉，未朗读", (body[end - 2] + line)[:SUSPECT_CHROME_CHARS]))
            end -= 2
            continue
        if (url := LABELLED_URL.match(line)) is not None and not parse_metadata_line(line):
            take_link_field(page, line, url.group(1))  # 地址：http://… under the article
            end -= 1
            continue
        if grid := _label_grid(body, start, end):
            header, fields = grid
            merge_metadata(page, fields)  # 索引号 文号 发布机构 over N001-… 某政〔2011〕7号 / 某某办公室
            end = header
            continue
        row = parse_metadata_line(line)
        if row is not None and len(line) <= 120:
            merge_metadata(page, row)
            end -= 1
            continue
        if (reporter := _REPORTER.fullmatch(line.strip())) is not None:
            page.metadata.setdefault(reporter.group("label"), reporter.group("name"))  # 某某中心记者：某某
            end -= 1
            continue
        if (bracketed := _bracketed_byline(line)) is not None:
            page.findings.append(Finding("chrome-dropped", "页尾括号里的署名（记者、编辑）：未朗读", bracketed))
            body[end - 1] = line[: line.rindex(bracketed)].rstrip()
            if not body[end - 1].strip():
                end -= 1
            continue
        if (links := _tagged_link_run(body, start, end)) < end:
            dropped = " ‖ ".join(line for line in body[links:end] if line.strip())
            page.findings.append(Finding("chrome-dropped", "页尾网站的相关新闻列表（- 栏目|标题）：未朗读", dropped[: SUSPECT_CHROME_CHARS * 2]))
            end = links
            continue
        if (box := _item_box(body, start, end)) < end:
            dropped = " ‖ ".join(line for line in body[box:end] if line.strip())
            page.findings.append(Finding("chrome-dropped", "页尾政务公开事项的基本信息栏（所属领域、公开时限等）：未朗读", dropped[: SUSPECT_CHROME_CHARS * 2]))
            end = box
            continue
        if (terms := _terms_block(body, start, end)) < end:
            dropped = " ‖ ".join(line for line in body[terms:end] if line.strip())
            page.findings.append(Finding("site-notice", "页尾网站的版权声明（编了号的条款）已去掉，未朗读", dropped[:SUSPECT_CHROME_CHARS]))
            end = terms
            continue
        if (notice := _notice_block(body, start, end)) < end:
            dropped = " ‖ ".join(line for line in body[notice:end] if line.strip())
            page.findings.append(Finding("site-notice", "页尾的网站声明（标题、正文和联系方式）已去掉，未朗读", dropped[:SUSPECT_CHROME_CHARS]))
            end = notice
            continue
        # (a line with its own label or a sentence is no value: - 状 态: / 被处罚单位：某某厂。)
        own_row = re.search("[。！？]", line) is not None or re.match(r"[^\s：:]{1,10}[：:]", line.strip()) is not None
        if end - 2 >= start and len(line) <= 20 and is_label_only(body[end - 2]) and not own_row:
            page.metadata.setdefault(label_key(body[end - 2]), line)  # 责任编辑： / 李莎莎
            end -= 2
            continue
        if _FILE_NAME.search(line) and len(line) <= _MAX_FILE_LINE and "。" not in line:
            # the attachment download list: 附件1-7.zip, 关于印发《某某方案》的通知.pdf
            page.findings.append(Finding("chrome-dropped", "页尾的附件下载文件名：未朗读", line))
            end -= 1
            files_went = True
            continue
        if files_went and _DOWNLOAD_LABEL.fullmatch(fold(line).strip()):
            # 附件信息： over the download list's files, now gone: a label of nothing
            page.findings.append(Finding("chrome-dropped", "页尾附件下载列表的栏目名（其下文件名已去掉）：未朗读", line.strip()))
            end -= 1
            continue
        if is_related_header(line):
            # 相关附件 / 相关新闻 at the very foot: the site's boxes, left empty by the copy
            page.findings.append(Finding("chrome-dropped", "页尾空着的相关链接栏目名：未朗读", line.strip()))
            end -= 1
            continue
        if (copy := _head_copy(body, start, end)) < end:
            # the page's head printed again under the text (a phone layout's copy: headline, its date)
            page.findings.append(Finding("chrome-dropped", "页尾重复的文章标题（及其日期）：未朗读", " ‖ ".join(row for row in body[copy:end] if row)))
            end = copy
            continue
        if page.title and repeats_title(line, page.title):
            page.findings.append(Finding("chrome-dropped", "页尾重复的文章标题：未朗读", line))
            end -= 1
            continue
        cut = _cut_tail_chunks(line, page)
        if cut != line:
            body[end - 1] = cut
            if not cut:
                end -= 1
                continue
        if (block := _footer_block(body, start, end, footer_seen)) < end:
            dropped = " ‖ ".join(line for line in body[block:end] if line)
            page.findings.append(Finding("chrome-dropped", "页尾网站栏目的短行（链接、电话、说明）：未朗读", dropped[: SUSPECT_CHROME_CHARS * 2]))
            end = block
            continue
        break
    _take_foot_credit(body, page, start, end)
    return end


_UNDER_FOOTER_WINDOW = 200  # lines at the foot looked through for a footer with link lists under it
_MAX_UNDER_FOOTER_LINE = 40
_CUT_OFF = ("...", "…")  # an excerpt the share box cut short


# A law library's download link, printed over each record it lists (下载地址: 点击此处下载).
_RECORD_LINK = re.compile(r"下载地址[ \u3000]*[:：][ \u3000]*点击此处下载")
_RECORD_TITLE_LINES = 4  # the next record's title stands this near under its link


def _next_record(body: list[str], start: int, end: int) -> int:
    """Where a law library's page goes on to another record after the text: its download link
    again, a title line under it (财政部…的通知 ‖ 下载地址: 点击此处下载 ‖ 某市…的通知 ‖ 某市人民政府 ‖ …);
    `end` if there is none."""
    for index in range(start, end):
        if "下载地址" not in body[index] or not _RECORD_LINK.fullmatch(fold(body[index]).strip()):
            continue
        below = [line for line in body[index + 1 : min(end, index + 1 + _RECORD_TITLE_LINES)] if line.strip()]
        read = any("。" in line for line in body[start:index])  # (the link over the page's own record comes first)
        if read and below and ends_as_title(below[0].strip()):
            return index
    return end


_MIN_ROW_LINKS = 4
_MAX_ROW_LINK = 8


def _bar_separated_links(line: str) -> bool:
    """A row of a few short words set apart by bars, no sentence (新浪简介 | 网站地图 | 广告服务 | …)."""
    links = [link for link in re.split(r"[ \u3000]*[|｜][ \u3000]*", fold(line).strip()) if link]
    return len(links) >= _MIN_ROW_LINKS and all(len(link) <= _MAX_ROW_LINK and not re.search("[。，；！？]", link) for link in links)


# (not a date packed into digits: 2013222, 20130222; a content system's key may lead it: lar_302578)
_BARE_ID = re.compile(r"(?:[A-Za-z]{1,8}[_\-])?(?!(?:19|20)\d{3,6}$)\d{5,12}")
_MAX_LITTER_LINES = 2  # short link texts under the page's tag line, at its very end
_LITTER = re.compile("[^。，；！？：:,;!?]{1,16}")


def _tag_line_over_litter(body: list[str], start: int, end: int) -> int:
    """The index of the page's tag line (标签： 某地 森林防火) when only a few short lines without a
    sentence's mark stand under it at the end (帮同学化妆最高日: another story's link, an ad); else
    `end`. The tags close the article: what a site prints under them is the site's."""
    index, litter = end - 1, 0
    while index > start and litter <= _MAX_LITTER_LINES:
        line = body[index].strip()
        if line and _TAG_LINE.fullmatch(fold(line)):
            return index if litter else end
        if line and not _LITTER.fullmatch(line):
            return end
        litter += bool(line)
        index -= 1
    return end


def _links_under_footer(body: list[str], start: int, end: int) -> int:
    """Where the lines under the site's footer begin when they are only its lists of links (the
    organs' and districts' sites, · 市委组织部 / · 越秀区, 电脑版, 关注 · 某某网, the share box's
    excerpt cut short with ...): a footer of marks (see `footer_lines`) stands over them, and none
    of them is a sentence. A page may print its footer twice (a phone layout's under the desktop's),
    links between: the cut is under the highest. `end` if there is none: under a footer, text is
    left to the walk up."""
    cut = end
    for index in range(end - 1, max(start, end - _UNDER_FOOTER_WINDOW), -1):
        line = body[index].strip()
        if not line:
            continue
        if footer_marks(line)[0] and footer_lines(body, start, index + 1) <= index:
            cut = index + 1
            continue
        cut_short = line.endswith(_CUT_OFF) and len(line) <= 2 * _MAX_UNDER_FOOTER_LINE
        if not cut_short and (len(line) > _MAX_UNDER_FOOTER_LINE or re.search("[。；，,;！？]", line)):
            break
    return cut


_NOTICE_REST = 40  # the rest of a site's notice a link broke off, on the line under it


def _opens_notice(line: str) -> bool:
    """`line` opens a site's notice at the foot (`notice` words: 声明：, 本作品是…)."""
    return re.sub(r"([：:])[ \u3000]+", r"\1", fold(line)).startswith(chrome_words()["notice"])


_HEAD_LOOK = 3  # rows of the head copy under its headline (its date), at most
_MIN_HEADLINE_REPEAT = 8


def _head_copy(body: list[str], start: int, end: int) -> int:
    """Where the page's head printed again at the foot begins: the headline (a line over the
    text's first sentence), maybe with its date row under it (本月起，… / 2025-12-03; its source
    row went as a credit). `end` if the foot is no such copy."""
    opening = next((row for row in range(start, end) if "。" in body[row]), end)
    head = {squash(row) for row in body[start:opening]}
    index = end - 1
    while index > start and (not body[index].strip() or DATE_LINE.match(fold(body[index]).strip())) and end - index <= _HEAD_LOOK:
        index -= 1
    line = squash(body[index])
    if is_organ_name(body[index]) or is_organ_list(body[index]):
        return end  # 某某市人民政府办公室 over the text and over its date at the foot: the issuer signs
    return index if len(line) >= _MIN_HEADLINE_REPEAT and line in head and index > opening else end


_COPY_OPENING = 20  # characters of the text's opening a copy of it repeats
_COPY_LINES = 8  # the copy stands among this many lines at the foot …
_MIN_COPY_CHARS = 200  # … and holds this much text at least
_MIN_HEAD_CHARS = 8


def _drop_read_aloud_copy(body: list[str], page: Page, start: int) -> None:
    """A saved page may hold the article a second time, on one line near its very foot (the text
    its read-aloud or share box uses: 某某新措1月1日起实施 职工医保…), maybe with a teaser cut short
    under it (职工医保个人账户…可获...): the headline, a space, then text the page already prints.
    Those lines are no part of the document: they go, named in a finding, so the page's footer
    above them is read as a foot again."""
    foot = [index for index in range(len(body) - 1, start, -1) if body[index].strip()][:_COPY_LINES]
    # (the headline: the page's declared title, or else its first line, not yet taken as the title)
    headline = page.title or next((line.strip() for line in body[start:] if line.strip()), "")
    for index in foot:
        head, _, rest = body[index].strip().partition(" ")
        rest = rest.strip()
        if len(head) < _MIN_HEAD_CHARS or not headline.startswith(head) or len(rest) < _MIN_COPY_CHARS:
            continue
        opening = rest[:_COPY_OPENING]
        if not any(opening in body[other] for other in range(start, index)):
            continue  # (not a copy: the page prints no such text above it)
        if sum(len(body[other].strip()) for other in range(start, index)) < len(rest) // 2:
            # (what stands above is a teaser of the text, cut short; this line is the text: dev81)
            continue
        teasers = [after for after in range(index + 1, len(body)) if body[after].strip() and rest.startswith(body[after].strip().rstrip(".…"))]
        copies = [index, *teasers]
        page.findings.append(Finding("chrome-dropped", "页尾又整段重复了一遍标题和正文（网页朗读、分享用的文本）：未朗读", body[index].strip()[:SUSPECT_CHROME_CHARS]))
        for copy in copies:
            body[copy] = ""
        return


_MIN_COPIED_LINES = 2  # lines of the text a second copy at the foot repeats, at least


def _drop_page_copy(body: list[str], page: Page, start: int) -> None:
    """A saved page may hold the article twice, the second copy (the mobile page's) under the
    footer: the headline on a line of its own again, then only lines the page printed above, to
    the end. The copy goes, named in a finding, so the footer above it is read as a foot again."""
    headline = page.title.strip() or next((line.strip() for line in body[start:] if line.strip()), "")
    if not headline:
        return
    for index in range(len(body) - 1, start, -1):
        if body[index].strip() != headline:
            continue
        above = {line.strip() for line in body[start:index] if line.strip()}
        after = [line.strip() for line in body[index + 1 :] if line.strip()]
        if len(after) >= _MIN_COPIED_LINES and all(line in above for line in after):
            page.findings.append(Finding("chrome-dropped", "页尾又印了一遍标题和正文（网页的另一份副本）：未朗读", headline))
            body[index:] = [""] * (len(body) - index)
        return


# A news page's source credit closing the article (来源：某某网, 本文来源： 某某频道): a short value, no sentence.
_SOURCE_CREDIT = re.compile(r"(?:本文|文章|信息|新闻|稿件)?来源[ \u3000]*[:：][ \u3000]*(?P<value>[^\s。，,；;！？!?:：]{2,20})")
_CREDIT_WINDOW = 12  # the credit stands among this many lines at the page's foot


def _take_foot_credit(body: list[str], page: Page, start: int, end: int) -> None:
    """The source credit under the article's last paragraph, where the walk up from the foot stopped
    short of it (a line it could not tell stands below: a call to follow an account, a site's
    error message, a login box, a list of other stories): the credit is the site's, a field.
    Only among the last `_CREDIT_WINDOW` lines and with no sentence (。) below it, so a credit
    quoted inside the text stays; the lines below it are left as they are."""
    for index in range(end - 1, max(start, end - _CREDIT_WINDOW), -1):
        line = body[index].strip()
        if "。" in line:
            return
        if (credit := _SOURCE_CREDIT.fullmatch(fold(line))) is not None:
            page.metadata.setdefault("来源", line[credit.start("value") :])
            page.findings.append(Finding("chrome-dropped", "正文末尾网页的来源署名（其下是网站的其他内容）：按字段保存，未朗读", line))
            body[index] = ""
            if index + 1 < end and DATE_LINE.match(fold(body[index + 1].strip())):
                # 16.02.2016 09:41 right under the credit: the page's stamp printed again with it
                page.findings.append(Finding("chrome-dropped", "正文末尾来源署名下的网页时间戳：未朗读", body[index + 1].strip()))
                body[index + 1] = ""
            return


_LONE_PAGE = re.compile(r"\d{1,2}")  # a page's number alone on the last line
_MIN_DOUBLED_CHARS = 40  # characters of a paragraph in a block printed twice at the foot, at least


def _doubled_tail(body: list[str], start: int, end: int) -> int:
    """Where the second copy starts when the page's last lines repeat, word for word and in order,
    the lines right above them (a story and its byline, then the same story and byline again: a
    page that printed its article twice); `end` if they do not."""
    lines = [index for index in range(start, end) if body[index].strip()]
    if not lines:
        return end
    last = body[lines[-1]].strip()
    # (only where the last line is printed again above can the block be; the largest such block wins)
    sizes = [len(lines) - 1 - at for at in range(len(lines) - 1) if body[lines[at]].strip() == last]
    for size in sorted((size for size in sizes if 2 * size <= len(lines)), reverse=True):
        first, second = lines[-2 * size : -size], lines[-size:]
        copy = [body[b].strip() for b in second]
        # (a story: a paragraph at least, ending a sentence; a field's row or a cell said twice is none)
        story = any(len(line) >= _MIN_DOUBLED_CHARS and line[-1] in "。！？" for line in copy)
        if story and all(body[a].strip() == line for a, line in zip(first, copy, strict=True)):
            return second[0]
    return end
_MAX_STRAYS = 3  # lines of the site's after a notice's signature and date
_MIN_STRAY_CHARS = 8
# Other pages' titles or keywords run together: words set apart by spaces or by commas and
# question marks (帮同学化妆最高日入近千 帮朋友化妆…?女生冲上热搜,彩妆,妆容).
_STRAY_SHAPE = re.compile(f"[{HAN}A-Za-z0-9]{{2,}}(?:[ \u3000]+|[,，?？])[{HAN}A-Za-z0-9]{{2,}}")
# How what a notice may print after its date opens: a note in brackets (（此件公开发布）), a label
# (抄送：, 联系人：), its attachments (附件1).
_AFTER_DATE_OPENING = re.compile(r"[（(【〔\[]|[^\s：:]{1,10}[：:]|附|抄送|印发")


def _strays_after_signature(body: list[str], start: int, end: int) -> int:
    """Where the site's lines start after a notice's end, its organ over its date (某县公安局 /
    2021年10月9日), when the last lines hold no sentence (。), no note, label or attachment of the
    notice's (帮同学化妆最高日入近千 帮朋友化妆…, 2024某某演唱会直通车专线: other pages' titles and
    keywords); `end` when there are none."""
    strays: list[int] = []
    index = end
    while index > start:
        text = body[index - 1].strip()
        index -= 1
        if not text:
            continue
        if SIGNATURE_DATE.fullmatch(fold(text)):
            break
        if (
            len(strays) == _MAX_STRAYS
            or len(text) < _MIN_STRAY_CHARS
            or "。" in text
            or "印" in text  # 某局办公室  2023年8月7日印发: the colophon's printing line
            or _AFTER_DATE_OPENING.match(fold(text))
            or holds_date(text)
            or ends_as_title(text)  # 某县…分配及项目计划表: a document printed after the notice
            or is_organ_name(text)
            or not _STRAY_SHAPE.search(text)  # one run of words may be the title of what follows
        ):
            return end
        strays.append(index)
    else:
        return end
    organ = next((body[above].strip() for above in range(index - 1, start - 1, -1) if body[above].strip()), "")
    return min(strays) if strays and (is_organ_name(organ) or is_organ_list(organ)) else end


def _footer_block(body: list[str], start: int, end: int, footer_seen: bool) -> int:
    """Where the site's footer begins when links of its (网站地图, 联系我们, 附件下载: `tail` words)
    stand among other short lines at the page's foot (适老化无障碍服务 / 网站信息 / 手机版 网站地图 / 联系我们 / 0752-xxxxxxx /
    仅受理网站建设维护): from the topmost of at least two chrome lines in the last few short lines,
    which have no sentence mark and no date (a signature's date ends the search: it is the
    document's); `end` if there is no such block.

    One chrome line is enough once the footer's marked lines went below (`footer_seen`: 扫一扫在手机
    上查看 / 某某通 / 某某政务 over 某公网安备…号, the apps' names under their icons), unless an
    agency's name stands among the short lines (the signature under a picture's file name). A menu bar of
    words (领导活动 人事任免 网上直播 …) counts, however long, under a chrome line only: a list of
    names closing a document has text over it, no button."""
    chrome: list[int] = []
    bars: list[int] = []
    index = end
    while index > start and end - index < _FOOTER_BLOCK_LINES:
        line = body[index - 1]
        if line and _menu_bar(line):
            bars.append(index - 1)
            index -= 1
            continue
        if line and (len(line) > _MAX_FOOTER_BLOCK_LINE or re.search("[。！？；]", line) or holds_date(line)):
            break
        if (
            is_chrome_line(line) or fold(line.strip()) in chrome_words()["tail"] or _FOOTER_CREDIT.match(fold(line.strip()))
        ) and any(char.isalnum() for char in line):
            chrome.append(index - 1)  # a link's words: a bar alone between a table's cells is none
        index -= 1
    if not chrome:
        return end
    counted = len(chrome) + sum(1 for bar in bars if bar > min(chrome))
    # (an agency's name among them is the document's signature, however near the footer)
    signed = any(is_organ_name(line.strip()) for line in body[min(chrome) : end] if line.strip())
    return min(chrome) if counted >= (1 if footer_seen and not signed else _MIN_FOOTER_CHROME) else end


# A bar of a site's menu run into one line: four words at least, each of four to six characters
# (a list of people's names has shorter ones), set apart by spaces, nothing else.
_MENU_BAR = re.compile(f"[{HAN}]{{4,6}}(?:[ \u3000]+[{HAN}]{{4,6}}){{3,}}")


def _menu_bar(line: str) -> bool:
    folded = fold(line).strip()
    if _MENU_BAR.fullmatch(folded) is None:
        return False
    # (a row of a list of units, 县公安局 县国土资源局 县水利局 县委老干部局, names organs: no menu's words)
    words = folded.split()
    return 2 * sum(1 for word in words if is_organ_name(word)) < len(words)


def _cut_chrome_word(line: str) -> bool:
    """The page's last line is the start of a footer's word the excerpt cut off ([免 of
    [免责声明], 版权 of 版权声明): an open bracket or nothing before the start of a `notice` or
    `tail` word, a few characters."""
    word = _OPEN_FRAGMENT.fullmatch(fold(line.strip()))
    if word is None:
        return False
    words = chrome_words()
    return any(notice.startswith(word.group(1)) and notice != word.group(1) for notice in (*words["notice"], *words["tail"]))


def _bracketed_byline(line: str) -> str | None:
    """The bracketed row of credits ending `line` ((某某融媒 编辑 某某)): a role's word stands as a
    word of the row (编辑, 全媒体记者), with a name after it; None if there is none."""
    bracket = _BRACKETED_BYLINE.search(line)
    if bracket is None:
        return None
    words = bracket.group("row").split()
    roles = [index for index, word in enumerate(words) if _BYLINE_ROLE.search(word) and len(word) <= _MAX_ROLE_WORD]
    if not roles or roles[-1] == len(words) - 1:
        return None  # (某某 记者): a name must follow the role
    return bracket.group(0).strip()


def _notice_block(body: list[str], start: int, end: int) -> int:
    """Where a site's notice at the foot begins when its heading (免责声明, 版权声明: `notice`
    rows) stands alone on a line over its text and a contact line; `end` if there is none."""
    notices = chrome_words()["notice"]
    for index in range(end - 1, max(start, end - _NOTICE_LINES) - 1, -1):
        word = fold(body[index].strip()).rstrip("：:")
        if word and word in {notice.rstrip("：:") for notice in notices} and index > start:
            return index
    return end


def _terms_block(body: list[str], start: int, end: int) -> int:
    """Where a site's terms of use at the foot begin when they are printed as numbered clauses
    without a heading (1、“某某在线”由某台主办。 / 2、凡本网注明…的内容，未经书面授权，不得转载…): the
    run of numbered lines (1、, 2.) at the foot, one of them holding a `terms` clause of the site
    (本网, 本站 with 不得转载); `end` if there is none. A document's own numbered clauses name no 本网."""
    terms = [re.compile(pattern) for pattern in chrome_words()["terms"]]
    top, found = end, False
    for index in range(end - 1, max(start, end - _NOTICE_LINES) - 1, -1):
        line = body[index].strip()
        if not line:
            continue
        if not _NUMBERED_CLAUSE.match(line):
            break
        top = index
        found = found or any(pattern.search(fold(line)) for pattern in terms)
    return top if found and top > start else end


_TAGGED_LINK = re.compile(rf"[-•·][ \u3000]*(?:[{HAN}]{{1,4}}[|｜][ \u3000]*)?\S.{{4,60}}")
_TAGGED = re.compile(rf"[-•·][ \u3000]*[{HAN}]{{1,4}}[|｜]")
_MIN_TAGGED_LINKS = 3


def _tagged_link_run(body: list[str], start: int, end: int) -> int:
    """Where a site's list of related news at the foot begins: bulleted headlines, most of them
    tagged with a column's word and a bar (- 疫情|某市新增本土感染者7例), `_MIN_TAGGED_LINKS` at
    least; `end` if there is none. No sentence closes any of them."""
    first = end
    while first > start and _TAGGED_LINK.fullmatch(body[first - 1].strip()) and "。" not in body[first - 1]:
        first -= 1
    tagged = sum(1 for line in body[first:end] if _TAGGED.match(line.strip()))
    return first if tagged >= _MIN_TAGGED_LINKS and tagged * 3 >= (end - first) * 2 else end


def _item_row(line: str) -> bool:
    """`line` is a row of a 政务公开 item's 基本信息 box: an `item-field` label (maybe numbered,
    公开层级1), a space, a value, no colon after the label: 所属领域 社会保险; or the same row kept
    as a table's cells (| 所属领域 | 社会救助 | ||)."""
    if len(line) > _MAX_ITEM_ROW:
        return False
    row = " ".join(pipe_cells(line)) if is_pipe_row(line) else line.strip()
    return _item_field_row().match(fold(row)) is not None


@lru_cache(maxsize=1)
def _item_field_row() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in sorted(chrome_words()["item-field"], key=len, reverse=True))
    return re.compile(rf"(?:{labels})\d{{0,2}}[ \u3000]+\S")


def _item_box(body: list[str], start: int, end: int) -> int:
    """Where a 政务公开 item's 基本信息 box ends the page: at least `_MIN_ITEM_ROWS` rows of
    `item-field` labels with their values (blank lines between allowed), and the box's heading
    (an `infobox` row, 基本信息) alone on the line over them; `end` if there is none. The box's
    tabs under it (• 详细信息 / • 基本信息, bulleted) go with it."""
    infobox = chrome_words()["infobox"]
    index = end
    while index > start and (tab := body[index - 1].strip()) and BULLET.match(tab):
        if not (BULLET.sub("", fold(tab)) in infobox or is_chrome_line(tab)):
            break
        index -= 1  # • 详细信息 / • 基本信息: the item page's tabs
    rows = 0
    while index > start and (not body[index - 1].strip() or _item_row(body[index - 1])):
        rows += bool(body[index - 1].strip())
        index -= 1
    if rows < _MIN_ITEM_ROWS:
        return end
    while index > start and not body[index - 1].strip():
        index -= 1
    if index > start and fold(body[index - 1].strip()) in infobox:
        index -= 1
    return index


# The editor's credit that closes a news article (编辑：某某 责任编辑：某某, 责编：某某), alone on its line.
# (maybe set in brackets: [责任编辑:某某], 【责任编辑：某某】), or the author's in brackets (（作者：某某）).
_EDITOR_CREDIT = re.compile(
    rf"[\[【［(（]?(?:[{HAN}]{{0,4}}编辑[ \u3000]*[:：][ \u3000]*[{HAN}]{{2,4}}[ \u3000]*)?(?:责任编辑|责编)[ \u3000]*[:：][ \u3000]*[{HAN}]{{2,4}}[\]】］)）]?"
    rf"|[(（][ \u3000]*(?:作者|撰稿|供稿)[ \u3000]*[:：][ \u3000]*[{HAN}]{{2,4}}[ \u3000]*[)）]"
)
_MAX_CREDIT_CHARS = 40  # a credit line is short: longer lines are not folded and matched
_CLOSED_SHARE = 0.4  # what follows the credit is at most this share of the text's characters


def _closed_by_credit(body: list[str], start: int, end: int) -> tuple[int, int] | None:
    """(the credit's first line, the line under it) where a site set something under the article's
    closing credit (责任编辑：某某 over 首付… an advert, then another story's headline and opening; or
    本文来源：某某 with the page's stamp 13.03.2015 12:51 under it, over another story's headline and
    its reporters): when the credit stands in the text's second half and what follows is a small
    part of it; None if not so. The credit itself is a field."""
    lines = [index for index in range(start, end) if body[index].strip()]
    total = sum(len(body[index]) for index in lines)
    for position in range(len(lines) - 1, -1, -1):
        index = lines[position]
        line = fold(body[index]).strip()
        if len(line) > _MAX_CREDIT_CHARS:
            continue
        if _EDITOR_CREDIT.fullmatch(line) is not None:
            credit = index
        elif position and DATE_LINE.match(line) and _SOURCE_CREDIT.fullmatch(fold(body[lines[position - 1]]).strip()):
            credit = lines[position - 1]
        else:
            continue
        after = sum(len(body[row]) for row in lines if row > index)
        before = sum(len(body[row]) for row in lines if row < credit)
        if after and after <= _CLOSED_SHARE * total and before >= after:
            return credit, index + 1
        break
    return None


# A web form's empty box: its label and colon alone, maybe bulleted and marked required (• *内  容:).
_FORM_BOX = re.compile(rf"^[•·●▪\- \u3000]*(?P<required>[*＊]?)[ \u3000]*(?P<label>[{HAN}](?:[ \u3000]*[{HAN}]){{1,5}})[ \u3000]*[:：]$")
_FORM_SIGN = re.compile("验[ \u3000]*证[ \u3000]*码")  # … a box only a web form has
_MIN_FORM_BOXES = 2
# The site's request over its form (…请您对该政策的制定及执行提出宝贵的意见或建议。我们将及时收集…).
_FORM_PROMPT = re.compile("(?:请您|欢迎您?).{0,40}(?:意见|建议)")
_MAX_FORM_PROMPT = 120


def _feedback_form(body: list[str], start: int, end: int) -> int:
    """Where a site's feedback form at the foot begins: a run of at least `_MIN_FORM_BOXES` empty
    boxes (姓  名: / 联系方式: / *内  容: / *验 证 码:), one of them marked required or a 验证码 box,
    and the line asking for views over it; `end` if the page does not end so. A document's own
    blank form (a 回执 to fill in) has neither mark and stays."""
    first, boxes, web = end, 0, False
    while first > start:
        if body[first - 1].strip():
            box = _FORM_BOX.match(fold(body[first - 1]).strip())
            if box is None:
                break
            boxes += 1
            web = web or bool(box.group("required")) or _FORM_SIGN.search(box.group("label")) is not None
        first -= 1
    if boxes < _MIN_FORM_BOXES or not web:
        return end
    above = _index_above(body, start, first)
    if above >= start and len(body[above].strip()) <= _MAX_FORM_PROMPT and _FORM_PROMPT.search(body[above]) is not None:
        return above
    return first


def _credit_run(body: list[str], start: int, end: int) -> int:
    """Where a run of credit lines (see `is_credit_line`), at least `_MIN_CREDIT_LINES` of them
    without a blank between, ends the page: ·ENJOY· 编辑 / 某某 来源 / 某某中心 本期编辑; `end` if
    there is none."""
    first = end
    while first > start and body[first - 1] and is_credit_line(body[first - 1]):
        first -= 1
    if end - first == 1 and _slash_credit().match(fold(body[first]).strip()):
        return first  # 责任编辑/某某---: a newsroom's credit set with a slash, alone at the foot
    return first if end - first >= _MIN_CREDIT_LINES else end


@lru_cache(maxsize=1)
def _slash_credit() -> re.Pattern[str]:
    """A credit's label, a slash and a name (责任编辑/某某, 编辑 / 某某), maybe a rule after it."""
    labels = words_pattern(chrome_words()["byline"])
    return re.compile(rf"(?:{labels})[ \u3000]*[/／][ \u3000]*[{HAN}]{{2,4}}(?:[ \u3000、]+[{HAN}]{{2,4}})*[ \u3000]*[-—－]*$")


# A toolbar button in brackets (【我要纠错】), and a run of them opening a line (【我要纠错】【打印本页】).
_BUTTON = r"[【\[［][ \u3000]*([^】\]］]{1,8}?)[ \u3000]*[】\]］]"
_BRACKETED_BUTTONS = re.compile(rf"^[ \u3000]*(?:{_BUTTON}[ \u3000]*)+")


def _buttons_over_credit(button: re.Match[str], line: str) -> bool:
    """The bracketed words opening `line` are all toolbar buttons, and a credit follows them."""
    words = chrome_words()
    rest = fold(line)[button.end() :].strip()
    row = parse_metadata_line(rest) if rest else None
    return (
        all(word in words["token"] for word in re.findall(_BUTTON, button.group(0)))
        and bool(row)
        and all(label in words["byline"] for label in row or {})
    )


def _index_above(body: list[str], start: int, index: int) -> int:
    """The index of the nearest line above body[index] that is not blank, down to `start`;
    `start - 1` if there is none."""
    return next((at for at in range(index - 1, start - 1, -1) if body[at].strip()), start - 1)


def _cut_bracketed_credits(line: str, page: Page) -> str:
    """The last line without the bracketed credits that end it, which go to the metadata:
    …其他事项。(撰稿人：某某 审稿人：某某). Only labels of credits (`byline` rows) and short
    values; marks a mirror garbled (某某??审稿人) set the fields apart."""
    bracket = _BRACKETED_CREDITS.search(line)
    if bracket is None:
        return line
    inside = GARBLED_MARKS.sub(" ", bracket.group("row"))
    writer = _WRITER_FIRST.match(inside)
    if writer is None or parse_metadata_line(inside) is not None:
        writer = None
    else:
        inside = writer.group("rest")  # （某某某 || 责任编辑 某某）: the writer's name, unlabelled, first
    row = parse_metadata_line(inside)
    credits = chrome_words()["byline"]
    if not row or not all(label in credits and len(value) <= _MAX_CREDIT_VALUE for label, value in row.items()):
        return line
    if writer is not None:
        # (the name may be a writer's or an outlet's, 某某融媒: named in the finding, not labelled)
        page.findings.append(Finding("chrome-dropped", "文末括号里的署名（不带标签的名字和责任编辑等）：字段已保存，未朗读", bracket.group()))
    merge_metadata(page, row)
    return line[: bracket.start()].rstrip()


# A writer's name before the labelled credits in the closing bracket, set apart by a space or bars.
_WRITER_FIRST = re.compile(rf"^[ \u3000]*(?P<name>[{HAN}]{{2,4}})[ \u3000|｜/]+(?P<rest>\S.*)$")


def _credit_chunk(chunk: str) -> tuple[str, str] | None:
    """(label, value) of a credit written as one chunk (来源：某局, 责编：某某), a `byline` label
    with its value; None if `chunk` is none."""
    label = label_pattern().match(chunk)
    if label is None or not chunk[label.end() :] or re.sub(r"\s", "", label.group(1)) not in chrome_words()["byline"]:
        return None
    return re.sub(r"\s", "", label.group(1)), chunk[label.end() :]


def _cut_tail_chunks(line: str, page: Page) -> str:
    """One-line pages: cut 来源：… 附件下载 … (or the repost note 转载请注明原文网址：http://…) off the
    end of the last line, with a finding. What is cut holds no sentence: in a page flattened with
    few spaces, the 来源 field under the headline is among the last chunks too, and the whole text
    follows it (来源：某局 时间：… 为防治…。 一、… 附件下载): only the tail after the text goes."""
    words = chrome_words()
    offset = max(0, len(line) - HEAD_CHARS)
    chunks = list(re.finditer(r"\S+", line[offset:]))[-_TAIL_CHUNKS:]
    for position, match in enumerate(chunks):
        chunk = fold(match.group())
        if not (_credit_chunk(chunk) or chunk in words["tail"] or chunk.startswith(("附件下载", "相关附件", "转载请注明"))):
            continue
        cut = line[offset + match.start() :]
        if re.search("[。！？]", cut):
            continue
        # 来源：某局, and the credits after a notice's signature (编辑：某某 责编：某某 审核：某某), are
        # fields; what follows them (the site's name, 某某主办, 长按扫码) is the site's footer
        for credit in chunks[position:]:
            if (field := _credit_chunk(fold(credit.group()))) is not None:
                page.metadata.setdefault(*field)
        page.findings.append(Finding("chrome-dropped", "整篇压成一行的网页末尾的网站栏目（来源、编辑署名、附件下载等）：未朗读", cut[: SUSPECT_CHROME_CHARS * 2]))
        return line[: offset + match.start()].strip()
    if len(chunks) >= 2 and _SHORT_NAME.fullmatch(chunks[-1].group()) and _DAY_END.search(chunks[-2].group()):
        # …特此通告。 某市人民政府 年2月4日 某某公安: a name after the signature's date, the account that
        # reposted the page (an organ signing prints its name over the date, not after it)
        name = chunks[-1].group()
        if not is_organ_name(name):
            page.findings.append(Finding("chrome-dropped", "整篇压成一行的网页末尾、落款日期之后的转载账号名：未朗读", name))
            return line[: offset + chunks[-1].start()].strip()
    glued = list(_GLUED_DOWNLOADS.finditer(line, offset))
    if glued and _FILE_NAME.search(line) and not re.search("[。！？]", line[glued[-1].end() :]):
        # …处理费。附件下载：某报告.doc某报告.pdf: the download box's files glued to the last sentence
        cut = line[glued[-1].start() :]
        page.findings.append(Finding("chrome-dropped", "正文末尾连着的附件下载栏（文件名列表）：未朗读", cut[: SUSPECT_CHROME_CHARS * 2]))
        return line[: glued[-1].start()].strip()
    return line


def _label_grid(body: list[str], start: int, end: int) -> tuple[int, dict[str, str]] | None:
    """A header of labels over rows of values ending at body[end - 1] (a field table whose cells
    were flattened to lines at the foot): the header's index and the fields, or None."""
    for header in range(end - 2, max(start, end - 1 - _GRID_ROWS) - 1, -1):
        labels = header_labels(body[header])
        if labels:
            rows = body[header + 1 : end]
            if any(len(row) > _GRID_ROW_CHARS for row in rows):
                return None
            fields = grid_fields(labels, rows)
            return (header, fields) if fields else None
    return None
