"""Separate a scraped page's article from its chrome: title, metadata table, navigation.

Text copied from a government site (or the text blocks of a saved HTML page) starts with
accessibility links, breadcrumbs and a metadata table (索引号 … 公开日期) and ends with
关闭窗口, 下载Word and a repeat of the title. The page is read as lines: leading and trailing
lines that are chrome, metadata or the title are taken off; a line made only of chrome words
(微信 微博 QQ空间) is dropped wherever it is. One-line pages (everything joined by spaces) are
read chunk by chunk at their start and end. The words are data (`data/page_chrome.tsv`,
`data/metadata_labels.tsv`).

Lines are matched on a copy folded to simplified characters (`data/traditional_chars.tsv`), so
來源 and 發布時間 are labels too; the text itself is kept as written. A document-sharing site's
page (文库) is told by its note naming the shared file (《…docx》由会员分享): the file's name is the
title and the chunks the site numbered at its page breaks are joined back (`_doc_share_start`).

Above the title a page may set a menu bar (首页 政务公开 新闻中心), a trail broken over two lines
(当前位置：首页 > 政务公开 > / 通知公告) and a field table written with bars (索引号 | … | 标题 | …);
a list page may set its date by the headline (3月21日 某某通告): none of them is the title. The
table's 名称 field names the document as 标题 does; a headline may keep its table cell's border
(某某工作总结 |) or a document number glued before it (某政发【2023】7号关于…的通知), and a repost
may set a few sentences of news over the notice's own title line. A document without any title
line is named later, once for every format (`naming`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Finding
from ..tsv import read_tsv
from .clean import CJK, collapse_spaced_title
from .pipe_tables import is_pipe_row, pipe_cells
from .tables import table_words

# A title is one short line without sentence punctuation at its end.
_MAX_TITLE_CHARS = 160
_SENTENCE_END = "。！？；：，,;:!?"
_SEPARATOR_LINE = re.compile(r"^[=\-*_#~·—]{3,}[^=\-*_#~]{0,8}[=\-*_#~·—]{3,}$|^[=\-*_#~—]{3,}$")
# A document number: 某政发〔2023〕7号 (its year also in 【】 [] （）).
_NUMBER = f"[{CJK}]{{1,16}}[〔［\\[（(【]\\d{{4}}[〕］\\]）)】]\\s*\\d{{1,5}}\\s*号"
_DOC_NUMBER = re.compile(f"^{_NUMBER}$")
# A document number glued before the headline: 某政发【2023】7号关于印发…的通知.
_NUMBERED_TITLE = re.compile(f"(?P<number>{_NUMBER})[ \u3000]*(?P<title>\\S.*)")
# A run of single characters set apart by spaces (政 府 工 作 报 告, a name 龚 正 after 市长).
_LETTER_SPACED = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff](?![\u4e00-\u9fff]))+")
# A heading set letter-spaced: 第一章 总 则 → 第一章 总则, 一、综   合 → 一、综合 (the title
# would stop at the space, and the rest be read after a pause as a paragraph of its own).
_SPACED_HEADING = re.compile(
    r"^((?:第[一二三四五六七八九十百零〇\d]{1,4}[章节编]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])[ \u3000]*)"
    r"([\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,5})$"
)
_MAX_COLUMN_CHARS = 12  # a site column's name glued before the title (政策解读, 政务要闻)
_FULL_TEXT_TAG = re.compile(r"\s*(?:[—\-－]{1,2}\s*全文|[（(【\[]\s*全文\s*[）)】\]])$")
_YEAR_TAG = re.compile(r"\s+((?:19|20)\d{2})$")
_TITLE_REPEAT_SHARE = 0.6  # a repeat of the title at the foot holds at least this much of it
# An article's byline under its title: a column or account name, a time stamp, a place
# (政务   2024-12-28 12:34   上海, as WeChat articles print it).
# A byline: up to two words, a date (its year may be left out: ©原创 01-19 21:07) and a time, up to two words.
_BYLINE = re.compile(
    r"^(?:\S{1,12}\s+){0,2}(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\S{1,12}){0,2}$"
)
# A breadcrumb trail: 首页 > 信息公开 > 信息浏览 (two separators or more, no sentence).
_BREADCRUMB = re.compile(r"^(?:首页|主页|网站首页)\s*[>›»＞/]\s*[^。！？]{0,60}[>›»＞/][^。！？]{0,40}$")
_LETTERHEAD = re.compile(r"\s*(\S{2,30}?(?:政府|办公厅|办公室|委员会|厅|局|委|部|院|署))\s*文\s*件\s*")
_ADOPTION_NOTE = re.compile(r"^[（(][^）)]*\d[^）)]*[）)]$")  # （2021年11月23日…通过）: dated, so no title part
_CITED_TITLE = re.compile(
    f"(?P<number>{_NUMBER})?\\s*《(?P<title>[^《》]+)》"
)
_BRACKETED_ROW = re.compile(r"[【\[［（(]\s*(.+?)\s*[】\]］）)]")
_BRACKET_LABEL = re.compile(r"[\[【［][ \u3000]*([^\[\]【】［］\s]{2,8})[ \u3000]*[\]】］][ \u3000]*")
# A document-sharing site (文库) cuts the text into chunks numbered 1、 2、 … at its page breaks.
_SHARE_CHUNK = re.compile(r"^(\d{1,4})、")
_SHARE_HEAD_LINES = 80
_PANEL_LINES = 40  # a forum member's panel is at most this many lines  # the sharing site's note is looked for in this many lines at the top
_MIN_SHARE_CHUNK = 100  # a lone chunk 1、 is the site's only when it is at least this long
_FILE_EXTENSION = re.compile(r"\.(?:docx?|pptx?|xlsx?|pdf|wps|txt|et|dps|rtf)$", re.IGNORECASE)
_SENTENCE_CLOSE = "。！？；…!?;"
_CLOSING_MARKS = "”’）)》」』】"
# Site menus stand above the breadcrumb trail, one short item a line.
_MENU_LINES = 30
_MENU_ITEM_CHARS = 12
_MENU_ITEM = re.compile(f"[{CJK}A-Za-z ]{{1,{_MENU_ITEM_CHARS}}}")  # no digit, no punctuation: 政务公开
# A site menu set as nested numbered lists (see _skip_numbered_menu): 1. 目录, 12. 涉农补贴.
_MENU_NUMBER = re.compile(f"(\\d{{1,2}})[.．、][ \u3000]*[{CJK}A-Za-z]{{1,16}}")
_MIN_MENU_ITEMS = 8
_MIN_MENU_RESTARTS = 4
_LINK_BAR_ITEMS = 4  # a bar of the site's links over field rows holds at least this many items
_NAV_BAR_ITEMS = 3  # a navigation bar over the headline: at least this many menu words
_LINK_BAR_LOOKAHEAD = 3  # field rows follow a link bar within this many lines
_POSITION_OPENERS = ("当前位置", "您当前的位置", "您当前所在位置", "您现在的位置", "您现在所在位置", "您所在的位置", "您的位置", "当前页面")
# A publication stamp leading a row of fields: 2010/1/6 16:43:13 次浏览 分类：政府动态 来源：
# The fields may follow the stamp without a space (2026年01月30日来源：…, 2024-01-0112:00来源：…).
_STAMP_ROW = re.compile(
    r"^(?P<date>\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))"
    r"(?:(?P<gap>\s*)(?P<time>(?P<hour>\d{1,2})[:：]\d{2}(?:[:：]\d{2})?))?(?:\s+|(?=[^\s\d:：]))(?P<rest>\S.*)$"
)
_VIEW_COUNT = re.compile(r"^\d*\s*次(?:浏览|阅读|点击|访问)\s*")
_LABELLED_URL = re.compile(r"^[^\s：:]{1,8}[：:]\s*((?:https?://|www\.)\S+)$")
# A normative document's registration number printed over it: HHCR-2023-01005.
_REGISTRATION = re.compile(r"^[A-Z]{2,8}[-－—]\d{4}[-－—]\d{3,6}$")
_TITLE_REPEAT_LINES = 5  # a title repeated under itself may be broken over this many lines
# A time glued to its date (2024-01-0112:00): read apart only when both halves have two digits.
_GLUED_TIME = re.compile(r"^(\d{4}[-/.]\d{1,2}[-/.]\d{2})(\d{2}[:：]\d{2}(?:[:：]\d{2})?)")
_PIPE = re.compile(r"\s*[|｜]\s*")
_CELL_BORDER = "|｜ \u3000"  # a table cell's border bars and the spaces by them
_COUNT = re.compile(r"\d{1,9}")  # a view or like count alone on its line
_NAME_LABELS = ("名称", "标题", "信息名称")  # the fields of a page's table that name the document
# The fields that name the document wherever they stand; a bare 名称 does so only in the field
# table over the text (名称 | 某县2023年工作总结 | 文号 |), where nothing else could be named.
_TITLE_LABELS = ("标题", "信息名称")
_MIN_GLUED_LABEL = 3  # a shorter label (时间, 来源) written inside a value may be part of a word
# A publication stamp glued to the end of a value (来源：某某网2024/10/20 14:08:30), maybe with the
# site's view count glued to its seconds (14:08:3022).
_GLUED_STAMP = re.compile(
    rf"(?<=[{CJK}])(?P<stamp>\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:[ \u3000]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)\d*[ \u3000]*$"
)
_TIME_LABELS = frozenset({"时间", "日期", "发布时间", "发布日期", "成文日期", "成文时间", "发文日期", "公开日期", "更新时间", "发表时间"})
_BULLET = re.compile(r"^[•·▪◦●■◆*＊]\s*|^[-－]\s+")  # a list bullet before a metadata label
_FONT_SIZE = re.compile(r"[【\[]?\s*(?:浏览|阅读)?字[号体]\s*[:：]?\s*(?:[大中小默认]\s*)+[】\]]?")
# A line longer than this is an article (a one-line page), even if it starts with 当前位置.
_MAX_CHROME_LINE = 120
# The 版记 at the foot of an official document: "XX办公室  2025年4月24日印发".
_IMPRINT = re.compile(r"^\S.{0,60}\d{4}年\d{1,2}月\d{1,2}日\s*印发$")
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十百\d]+[章节条])"
)
_ATTACHMENT_LABEL = re.compile(r"附\s*件\s*[0-9一二三四五六七八九十]{0,3}\s*[：:]?")
_CHUNK_SPLIT = re.compile(r"(\s+)")
_CRUMB_MARKS = ">›»＞/ "  # what stands between the crumbs of a trail
_BREADCRUMB_LINK = re.compile(r"^[>›»/|＞]+$|[>›»＞]")
# Only this many chunks at the end of a one-line page are searched for 来源/附件下载.
_TAIL_CHUNKS = 40
_TITLE_CHUNKS = 4  # a title on a one-line page may be split by spaces into this many chunks
_MAX_ORGAN_CHARS = 30  # 平潭综合实验区农村发展局 in front of 关于…的通知
_HEAD_CHARS = 4000  # head and tail chrome of a one-line page is looked for in this many chars
_DATE_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# A page's publication stamp alone on a line near the top: 2026年02月10日 07时41分,
# 2026-02-03 09:02:33, 2026-02-03. A bare 2023年3月28日 is the document's own date: text.
_DATE_LINE = re.compile(
    r"^\d{4}(?:年\d{1,2}月\d{1,2}日(?=\s*\d)|[-/.]\d{1,2}[-/.]\d{1,2})"
    r"(?:\s*\d{1,2}(?:[:：]\d{2}(?:[:：]\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?))?$"
)
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
_MAX_CAPTION = 120
_SUSPECT_CHROME_CHARS = 30
# A downloadable file's name: the attachment list at the foot of a page (附件：1. 申报表.docx).
_FILE_NAME = re.compile(r"\.(?:zip|rar|7z|docx?|wps|xlsx?|et|pdf|ofd|txt|jpe?g|png)\s*$", re.IGNORECASE)
_MAX_FILE_LINE = 80
_RELATED_LINES = 25  # a related-links list is looked for in this many lines at the end
_HEAD_LINES = 10  # metadata rows, dates and captions under the title are looked for in this many lines
_HEAD_ROW_CHARS = 80  # a metadata row under the title is at most this long
# A publication date set before or after a list page's headline (see _split_title_date).
_TITLE_DATE = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}日"
_TITLE_DATE_HEAD = re.compile(
    rf"(?P<open>[\[【(（]?)(?P<date>{_TITLE_DATE})(?P<close>[\]】)）]?)(?P<gap>[ \u3000]*)(?P<rest>\S.*)"
)
_TITLE_DATE_TAIL = re.compile(
    rf"(?P<rest>.*?\S)(?P<gap>[ \u3000]*)(?P<open>[\[【(（]?)(?P<date>{_TITLE_DATE})(?P<close>[\]】)）]?)"
)
# A page's summary field over the text (内容摘要：…): dropped when the text repeats it.
_SUMMARY = re.compile(r"^(?:内容摘要|内容提要|摘要|内容概述|内容简介)[ \u3000]*[:：]")
_MIN_SUMMARY = 20  # a shorter summary is not told from a line of the text by its repeat
_SUMMARY_LINES = 40  # the repeat is looked for in this many lines under the summary
_TITLE_LINES = 6  # the full title is looked for in this many lines at the top of the body
_LEAD_LINES = 8  # a repost's news lead and its document's title line stand in this many lines
# Furniture over a headline (see _drop_furniture_over_headline): looked for in this many lines,
# each item at most this long; a headline found under it holds at least this many characters
# (统计公报 alone is a column's name).
_FURNITURE_LINES = 80
_FURNITURE_ITEM_CHARS = 16
_MIN_CANDIDATE_CHARS = 8
# A date the page set in brackets after a headline: （2025年1月8日）.
_TITLE_TAG_TAIL = re.compile(r"[（(【\[]\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*[）)】\]]$")
# A region or column label a site set before a headline: [某省], 【转载】, （某市）.
_TITLE_TAG_HEAD = re.compile(rf"[\[【［（(]\s*(?P<tag>[{CJK}]{{1,8}})\s*[\]】］）)]\s*(?P<rest>\S.*)")
_PLACE_ENDS = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡")  # 某市 before 某区人民政府工作报告
# Words that join two parts of a phrase: a space before or after them is inside the phrase.
_JOINING_WORDS = ("和", "及", "与", "暨", "的", "之", "并", "或", "以及")
_TITLE_INNER_SPACE = re.compile(rf"([{CJK}])[ \u3000]+(?=[{CJK}])")
# The rest of a title broken over two lines after the name of the document it issues
# (关于印发某市三年行动计划 / （2023—2025年）的通知): a title line never starts with 的, nor with a
# bracketed note followed by it; the first line ends with a title word, yet the title goes on.
_TITLE_REST = re.compile(r"(?:[（(][^（）()]{1,30}[）)])?[》”」]?的")
# A subtitle line under a report's heading (——在某某县第十八届人民代表大会第五次会议上): no title.
_OCCASION = re.compile(r"^(?:[—－\-]{1,2}|―)")


@dataclass
class Page:
    title: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    origin: list[int] = field(default_factory=list)  # index in the input of each kept line
    findings: list[Finding] = field(default_factory=list)


@lru_cache(maxsize=1)
def _chrome() -> dict[str, tuple[str, ...]]:
    kinds = ("token", "prefix", "contains", "tail", "caption", "related", "pattern", "notice", "share", "counter", "head", "panel", "panel-end")
    table: dict[str, list[str]] = {kind: [] for kind in kinds}
    for row in read_tsv("audiojiedu.ingest", "data/page_chrome.tsv"):
        kind, value = row.fields
        table[kind].append(value.strip())
    return {kind: tuple(values) for kind, values in table.items()}


def chrome_tokens() -> frozenset[str]:
    """Toolbar and page-furniture words (全屏, 打印, 关闭 …) that are never document text."""
    return frozenset(_chrome()["token"])


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    labels = [row.fields[0].strip() for row in read_tsv("audiojiedu.ingest", "data/metadata_labels.tsv")]
    # Longest first so 发布时间 wins over 时间; spaces may sit between the characters (索 引 号).
    labels.sort(key=len, reverse=True)
    spaced = ["[ \u3000]*".join(map(re.escape, label)) for label in labels]
    # A number's label may be written glued to the number (监督索引号5328…, 索引号MB1D…).
    return re.compile(
        f"(?:^|(?<=\\s))({'|'.join(spaced)})[ \u3000]*(?:[:：][ \u3000]*|(?=\\s)|$|(?<=号)(?=[0-9A-Z]))"
    )


@lru_cache(maxsize=1)
def _glued_label() -> re.Pattern[str]:
    """A label of three characters or more written with its colon right after the previous
    value (来源：某区人民政府发布日期：2020-03-02): the start of a field of its own."""
    labels = [row.fields[0].strip() for row in read_tsv("audiojiedu.ingest", "data/metadata_labels.tsv")]
    long_labels = sorted((label for label in labels if len(label) >= _MIN_GLUED_LABEL), key=len, reverse=True)
    return re.compile(f"(?<=[^\\s:：])(?:{'|'.join(map(re.escape, long_labels))})[ \u3000]*[:：]")


def _words_pattern(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"


@lru_cache(maxsize=1)
def _counter() -> re.Pattern[str]:
    """A hit or reply counter: 阅读：69, 评论：0, 访问次数：, 签到天数：721 天, 点击：[] (a word of the
    table's `counter` rows, a colon and maybe a count, maybe in brackets the page's script fills),
    standing apart as a field of a row."""
    words = _words_pattern(_chrome()["counter"])
    count = r"\d[\d,.]*[ \u3000]*[万亿次天人]?|[\[【(（][ \u3000]*(?:\d[\d,.]*)?[ \u3000]*[\]】)）]"
    return re.compile(rf"(?:^|(?<=[\s|｜]))(?:{words})[ \u3000]*[:：][ \u3000]*(?:{count})?(?=[\s|｜]|$)")


@lru_cache(maxsize=1)
def _row_trailer() -> re.Pattern[str]:
    """Where a metadata value ends before the site's toolbar: a counter (阅读：69), a toolbar word
    with its colon (字体大小：, 分享到：), or a toolbar word standing apart (显示全部楼层). Words of
    one character (大 中 小) are left out: they may be part of a value."""
    tokens = _words_pattern(tuple(token for token in _chrome()["token"] if len(token) >= 2))
    return re.compile(
        rf"{_counter().pattern}|(?:^|(?<=[\s|｜]))(?:{tokens})(?:[ \u3000]*[:：]|(?=[\s|｜]|$))"
        "|[ \u3000]*(?:字号|字体|点击量|点击数|点击率|浏览量|浏览次数|访问量|访问次数|阅读量|阅读次数)[ \u3000]*[:：]"
    )


@lru_cache(maxsize=1)
def _caption() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in _chrome()["caption"]))


@lru_cache(maxsize=1)
def _chrome_pattern() -> re.Pattern[str]:
    """Chrome lines told by their shape (第3页 / 共28页, 本文共1200字，阅读约需4分钟)."""
    patterns = _chrome()["pattern"] or (r"(?!)",)  # no rows: a pattern that never matches
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)  # IMG_2034.JPG


@lru_cache(maxsize=1)
def _share_blurbs() -> tuple[re.Pattern[str], ...]:
    """A document-sharing site's note naming the shared file: 《某报告.docx》由会员分享，可在线阅读."""
    return tuple(re.compile(pattern) for pattern in _chrome()["share"])


@lru_cache(maxsize=1)
def _title_words() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {"final": [], "organ": [], "issue": []}
    for row in read_tsv("audiojiedu.ingest", "data/title_words.tsv"):
        kind, value = row.fields
        table[kind].append(value.strip())
    return {kind: tuple(values) for kind, values in table.items()}


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    rows = read_tsv("audiojiedu.ingest", "data/traditional_chars.tsv")
    return {ord(row.fields[0]): row.fields[1] for row in rows}


def fold(text: str) -> str:
    """`text` with traditional characters read as simplified ones, one for one (來源 -> 来源).

    Chrome words, labels and title words are data written in simplified characters; a page
    from a site set in traditional characters is matched on its folded copy. Each character
    maps to one character, so a position in the folded copy is the same in the original.
    """
    return text.translate(_fold_table())


def is_caption(line: str) -> bool:
    """A photo caption (…本报记者 霍艳恩摄): short, and matches a caption pattern."""
    return len(line) <= _MAX_CAPTION and _caption().search(fold(line.strip())) is not None


def is_chrome_line(line: str) -> bool:
    """True if `line` is site chrome wherever it appears."""
    chrome = _chrome()
    if len(line) > _MAX_CHROME_LINE * 4:
        return False  # chrome is short; a long line is text (its ends are checked chunk-wise)
    stripped = _BULLET.sub("", _FONT_SIZE.sub(" ", fold(line)).strip(), count=1)  # • 分享到
    if not stripped or not any(char.isalnum() for char in stripped):
        return bool(line.strip())  # :::, ——, a bullet alone: nothing to read
    if _SEPARATOR_LINE.match(stripped):
        return True
    # Breadcrumbs and footers are short and have no sentences; a line with 。 is content.
    # (A closing ！ is allowed: 点击上方“某某发布”可以订阅哦！ is a call to action, not a sentence of the text.)
    if len(stripped) <= _MAX_CHROME_LINE and not any(mark in stripped.rstrip("！!") for mark in "。！？") and (
        stripped.startswith(chrome["prefix"]) or any(word in stripped for word in chrome["contains"])
    ):
        return True
    if is_caption(stripped) or (_chrome_pattern().search(stripped) and len(stripped) <= _MAX_CHROME_LINE):
        return True
    if _BREADCRUMB.match(stripped):
        return True
    if not _counter().sub(" ", stripped).strip(" |｜\u3000"):
        return True  # 阅读：69   评论：0, 查看: 65|回复: 0: the site's counters
    tokens = [token for token in re.split(r"[\s【】\[\]|/｜]+", stripped) if token]
    # 【字号：, 分享： and 字体： are toolbar words whose values stand on the next lines.
    return _all_tokens(tokens)


@lru_cache(maxsize=1)
def _token_keys() -> frozenset[str]:
    """The chrome tokens as compared: case folded (qq 空间, WAP手机版)."""
    return frozenset(token.casefold() for token in _chrome()["token"])


def _all_tokens(tokens: list[str]) -> bool:
    """True if every one of `tokens` is a chrome token (qq 空间 counts as QQ空间), or a run of
    tokens of two characters or more written without spaces (设为首页收藏本站)."""
    keys = _token_keys()
    index = 0
    while index < len(tokens):
        token = tokens[index].casefold()
        if index + 1 < len(tokens) and token + tokens[index + 1].casefold() in keys:
            index += 2
        elif token in keys or token.rstrip("：:") in keys or _glued_tokens(token, keys):
            index += 1
        else:
            return False
    return bool(tokens)


def _glued_tokens(text: str, keys: frozenset[str]) -> bool:
    """`text` is two chrome tokens or more set side by side (设为首页收藏本站); single characters
    (大 中 小) do not count, so no word of the text is read as a run of them."""
    reach = [0] + [-1] * len(text)  # reach[i]: how many tokens spell text[:i], -1 if none do
    for end in range(2, len(text) + 1):
        for start in range(end - 1):
            if reach[start] >= 0 and end - start >= 2 and text[start:end] in keys:
                reach[end] = max(reach[end], reach[start] + 1)
    return reach[len(text)] >= 2


def parse_metadata_line(line: str) -> dict[str, str] | None:
    """Read 'label value label value' (or 'label：value'); None if `line` is not such a row.
    A list bullet before the first label (• 索引号：…, - 发文字号：…) is allowed.

    A value ends where the next label, a counter (阅读：69) or a toolbar word (字体大小：) begins;
    counters before the first label (浏览量：  时间：…) are the site's, not fields. A label is never
    a value: in a field table with empty cells (体裁分类 生命周期分类) the next label stands where a
    value would, and the field is left empty.
    """
    line = _counter().sub(" ", line).strip()
    if _PIPE.search(line):
        cells = pipe_cells(line)
        # 发布时间 | 2021-02-10 责任编辑 | 来源 | 沈阳日报: a label shares a cell with a value, so the
        # cells do not alternate; the bars only set the fields apart.
        shared = any(_label_pattern().search(fold(cell), 1) for cell in cells)
        fields = None if shared else _pipe_fields(cells)
        if not shared and (fields is not None or (cells and is_label_only(cells[0]))):
            return fields  # | 名称 | 单位 | 金额 |: a table's header, not fields
        line = _PIPE.sub(" ", line)  # 来源：某某网 | 作者：张三: fields set apart by bars
    line = _unbracket_labels(_BULLET.sub("", line, count=1))
    folded = fold(line)  # labels are matched folded (來源); values are kept as written
    pattern = _label_pattern()
    first = pattern.match(folded)
    if first is None:
        return None
    found: dict[str, str] = {}
    matches = list(pattern.finditer(folded))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        for label, value in _split_glued(re.sub(r"\s", "", match.group(1)), line[match.end() : end]):
            trailer = _row_trailer().search(fold(value))
            value = value[: trailer.start()].strip() if trailer else value.strip()
            if value and not _is_label_run(value):
                found.setdefault(label, value)
    return found


def _split_glued(label: str, value: str) -> list[tuple[str, str]]:
    """The fields in `value` of `label`, a next label or the page's stamp glued on to it set apart:
    来源：某区人民政府发布日期：2020-03-02 holds 发布日期 too, and 来源：某某网2024/10/20 14:08:30 the
    publication time (a count glued to the time's seconds, 14:08:3022, is the site's counter)."""
    fields: list[tuple[str, str]] = []
    while (glued := _glued_label().search(fold(value))) is not None:
        fields.append((label, value[: glued.start()]))
        label, value = re.sub(r"[\s:：]", "", glued.group()), value[glued.end() :]
    stamp = _GLUED_STAMP.search(fold(value))
    if stamp is not None and label not in _TIME_LABELS:
        fields += [(label, value[: stamp.start()]), ("发布时间", value[stamp.start("stamp") : stamp.end("stamp")])]
    else:
        fields.append((label, value))
    return fields


def _is_label_run(value: str) -> bool:
    """True if `value` is only labels (生命周期分类, 信息格式/语种): an empty cell's neighbour."""
    parts = [part for part in re.split(r"[/／、]", value) if part.strip()]
    return bool(parts) and all(is_label_only(part) for part in parts)


def _pipe_fields(cells: list[str]) -> dict[str, str] | None:
    """A field table written with bars (索引号 | 1135…/2025-00123 | 发布机构 | 某某市人民政府):
    label cells alternate with value cells; None if the cells are not such a row.

    A table whose empty value cells were dropped sets the next label where a value would be
    (成文日期： | 发布日期： | 2023-11-07): a label written with its colon and followed by another
    label is an empty field. Labels without colons side by side are a table's header."""
    found: dict[str, str] = {}
    columns = table_words()
    index = 0
    while index < len(cells):
        label = cells[index]
        value = cells[index + 1] if index + 1 < len(cells) else ""
        if not is_label_only(label):
            return None
        if is_label_only(value) and label.endswith(("：", ":")) and value.endswith(("：", ":")):
            index += 1  # an empty field: the next label follows
            continue
        if index + 1 >= len(cells):
            break  # | 废止日期 | |: the empty value cell was dropped
        if is_label_only(value) or value in columns["value"] + columns["label"]:
            return None  # | 名称 | 金额 |: the header of a table
        if value:
            found.setdefault(_label_key(label), value)
        index += 2
    return found if cells else None


def _unbracket_labels(line: str) -> str:
    """Labels set in brackets read as plain labels: [ 索引号 ] 123 -> 索引号：123, and a row held in
    brackets, 【编辑：某某】, is read without them."""
    whole = _BRACKETED_ROW.fullmatch(line)
    if whole is not None and _label_pattern().match(fold(whole.group(1))):
        line = whole.group(1)

    def plain(match: re.Match[str]) -> str:
        label = match.group(1)
        return f"{label}：" if is_label_only(label) else match.group()

    return _BRACKET_LABEL.sub(plain, line)


def extract_page(lines: list[str], *, title: str = "", metadata: dict[str, str] | None = None) -> Page:
    """Split page `lines` into title, metadata and article lines (chrome dropped)."""
    page = Page(title=title, metadata=dict(metadata or {}))
    stripped = [(index, line.strip(" \t\u3000")) for index, line in enumerate(lines)]
    stripped = [(index, line) for index, line in stripped if line]
    body = [line for _, line in stripped]
    _drop_member_panel(body)
    start = _consume_head(body, page, _doc_share_start(body, page) or _skip_site_menu(body) or _skip_numbered_menu(body))
    end = _consume_tail(body, page, start)
    for (index, _), line in zip(stripped[start:end], body[start:end]):
        if line and not is_chrome_line(line):
            page.lines.append(line)
            page.origin.append(index)
        elif line and len(page.lines) < _HEAD_LINES and (row := parse_metadata_line(line)):
            _merge_metadata(page, row)  # a field row under the headline that starts like chrome (编辑：…)
    guessed = not page.title
    if page.title:
        _take_full_title(page)
    else:
        page.title = _take_title_line(page)
    page.title = _unwrap_title(page.title, page)
    _consume_under_title(page)
    declared = page.metadata.get("标题") or page.metadata.get("信息名称")
    if guessed and declared and _squash(declared) != _squash(page.title):
        # The page's own field names the document; a first line that differs from it was the
        # site's name (甘肃崆峒 above the field table), kept as metadata, not read as the title.
        if page.title:
            page.metadata.setdefault("网站", page.title)
        page.title = declared
        _take_full_title(page)
    if page.lines and _is_doc_number(page.lines[0]) and len(page.lines) > 1:
        page.metadata.setdefault("发文字号", page.lines.pop(0))  # 穗天发改规字〔2025〕2号 under the title
        page.origin.pop(0)
    if page.title:
        page.title = _split_title_date(collapse_spaced_title(_trim_title(page)), page)
        page.title = _close_title_spaces(_split_title_tag(page.title, page))
    # Letter-spaced lines (政 府 工 作 报 告 under the title, 一、综   合) are closed up: read with a
    # pause between every character otherwise.
    page.lines = [
        _LETTER_SPACED.sub(_close_up, _SPACED_HEADING.sub(lambda m: m.group(1) + _close_up(m.group(2)), line))
        for line in page.lines
    ]
    page.findings.extend(
        Finding("chrome-kept", "这一行像网页框架（工具栏、来源、链接），但已保留朗读", line)
        for line in page.lines
        if _looks_like_chrome(line)
    )
    return page


def _drop_member_panel(body: list[str]) -> None:
    """Blank a forum's member panel at the top of a thread: from its first line (TA的每日心情) down
    to the post's row (发表于 2024-3-27 20:37 | 只看该作者), every line short and without a sentence
    (the member's mood, sign-in days, level, counts of threads and points). Nothing is blanked
    unless the post's row is found."""
    chrome = _chrome()
    for first, line in enumerate(body[:_SHARE_HEAD_LINES]):
        if _BULLET.sub("", fold(line), count=1) not in chrome["panel"]:
            continue
        for end in range(first + 1, min(len(body), first + _PANEL_LINES)):
            folded = fold(body[end])
            if folded.startswith(chrome["panel-end"]):
                body[first:end] = [""] * (end - first)
                return
            if len(folded) > _MENU_ITEM_CHARS * 2 or re.search("[。，；！？]", folded):
                break
        return


def _doc_share_start(body: list[str], page: Page) -> int:
    """A document-sharing site's page (文库): where the shared document starts, 0 if it is not one.

    The evidence is the site's note naming the file (《某区政府工作报告.docx》由会员分享，可在线
    阅读…), never the site's name. The file's name without its extension is the title; the site's
    text above the note (uploader, page images, 资源描述) and the file name under it are chrome; the
    chunks the site numbers 1、 2、 at its page breaks are joined back (see `_join_share_chunks`).
    """
    marker, name = -1, ""
    for index, line in enumerate(body[:_SHARE_HEAD_LINES]):
        for pattern in _share_blurbs():
            found = pattern.search(line)
            if found is not None:
                marker, name = index, name or found.group("name").strip()
    if marker < 0:
        return 0
    for index, line in enumerate(body[:_SHARE_HEAD_LINES]):
        if index > marker and fold(line).rstrip("：: ") == "资源描述":
            marker = index  # 资源描述： under the note: the document follows it
    page.title = _FILE_EXTENSION.sub("", name).strip()
    start = marker + 1
    while start < len(body) and (_same_title(_FILE_EXTENSION.sub("", body[start]), page.title) or is_chrome_line(body[start])):
        start += 1
    joins = _join_share_chunks(body, start)
    page.findings.append(
        Finding(
            "doc-share",
            f"文库网页：按其“由会员分享”说明，标题取自文件名，去掉其上 {marker + 1} 行网站文字"
            + (f"，把网站分页断开的 {joins} 处接回" if joins else ""),
            name,
        )
    )
    return start


def _join_share_chunks(body: list[str], start: int) -> int:
    """Join the chunks 1、 2、 … a sharing site cut the text into; return how many seams were joined.

    The numbers are the site's, not the document's: each is taken off. A chunk that ends inside a
    sentence (…推进工作科学化、制度 ‖ 2、化、规范化。) runs on into the next, so no pause falls inside
    the word; one that ends a sentence ends its paragraph. No character of the text is dropped.
    """
    chunks: list[tuple[int, int]] = []  # (line index, end of its number)
    index = start
    while index < len(body) and (number := _SHARE_CHUNK.match(body[index])) and int(number.group(1)) == len(chunks) + 1:
        chunks.append((index, number.end()))
        index += 1
    if not chunks or (len(chunks) == 1 and len(body[start]) < _MIN_SHARE_CHUNK):
        return 0
    joins = 0
    current = -1
    for index, cut in chunks:
        piece = body[index][cut:].strip()
        if current >= 0 and body[current].rstrip(_CLOSING_MARKS)[-1:] not in _SENTENCE_CLOSE:
            body[current] += piece
            body[index] = ""
            joins += 1
        else:
            body[index] = piece
            current = index
    return joins


def _skip_site_menu(body: list[str]) -> int:
    """The index of a breadcrumb trail (当前位置：首页 > …) that only a site menu stands above, else 0.

    A menu is a run of short items, one a line (首页 / 政务公开 / 政府动态); above the trail they
    are the site's, so the first of them is not taken for the title.
    """
    for index, line in enumerate(body[:_MENU_LINES]):
        folded = fold(line)
        if folded.startswith(_POSITION_OPENERS) or _BREADCRUMB.match(folded):
            if index and _title_over_trail(body, index):
                return index - 1
            return index
        if not (is_chrome_line(line) or _MENU_ITEM.fullmatch(_BULLET.sub("", line, count=1))):
            return 0  # • 要闻动态: a menu set as a list
    return 0


def _skip_numbered_menu(body: list[str]) -> int:
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
        elif not (is_chrome_line(line) or _MENU_ITEM.fullmatch(_BULLET.sub("", line, count=1))):
            break
        index += 1
    return index if items >= _MIN_MENU_ITEMS and restarts >= _MIN_MENU_RESTARTS else 0


def _title_over_trail(body: list[str], trail: int) -> bool:
    """The short line right over the trail is the page's title (公告, 通 告, 政府工作报告), not the
    last menu item: it ends as a title does, the trail does not name it, and no headline stands
    under the trail (under it the text begins: 各单位：, a sentence)."""
    line = body[trail - 1]
    if is_chrome_line(line) or not _ends_as_title(_squash(line)) or _squash(line) in _squash(body[trail]):
        return False
    index = _skip_broken_trail(body, trail)
    if index < len(body) and _opens_breadcrumb(body[trail]):
        index = _skip_breadcrumb(body, index)
    while index < len(body) and (
        is_chrome_line(body[index]) or parse_metadata_line(body[index]) is not None or _DATE_LINE.match(fold(body[index]))
    ):
        index += 1
    return index >= len(body) or not _is_headline(body[index])


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
    if len(items) < _NAV_BAR_ITEMS or any(len(item) > _MENU_ITEM_CHARS for item in items):
        return False
    if re.search(r"[\d。，；！？、：:]", line) or _is_organ_list(line):
        return False
    words = sum(len(item) >= 2 for item in items)
    home = fold("".join(items)).startswith(("首页", "网站首页"))
    if not (home or words * 2 >= len(items)):
        return False
    if home and (words or len(items) >= _LINK_BAR_ITEMS):
        return True  # 首页 政务公开 新闻中心 (or 首 页 政 务 公 开): the site's menu, whatever stands under it
    menu = words == len(items) and not _ends_as_title(line)
    for after in body[index + 1 : index + 1 + _LINK_BAR_LOOKAHEAD]:
        if parse_metadata_line(after) or is_label_only(after):
            return len(items) >= _LINK_BAR_ITEMS
        if not re.search(r"[\d。，；！？、：:]", after) and len(after.split()) >= _LINK_BAR_ITEMS:
            continue  # another bar
        if _DATE_LINE.match(fold(after)):
            continue  # the page's stamp over the headline
        return menu and (is_chrome_line(after) or _is_headline(after))
    return False


def _menu_over_fields(body: list[str], index: int) -> int:
    """Where the page's field table starts under a column menu set one item a line (政府信息公开 /
    政府信息公开指南 / 政府信息公开制度), 0 if body[index] starts no such menu.

    Two short items or more without digits or punctuation, right over field rows that name the
    document (名称：…, 标题：…): the page names its document in the table, so the items above it
    are the site's columns, not a title."""
    end = index
    while end < len(body) and end - index < _MENU_LINES and _MENU_ITEM.fullmatch(_BULLET.sub("", body[end], count=1)):
        end += 1
    if end - index < 2:
        return 0
    rows = end
    named = False
    while rows < len(body) and (row := parse_metadata_line(body[rows])) is not None:
        named = named or any(label in row for label in _NAME_LABELS)
        rows += 1
    return end if named else 0


def _is_headline(line: str) -> bool:
    """A line that reads as a document's title: short, no sentence, and ends as titles do or
    starts with 关于."""
    return _title_like(line) and not line.endswith(("：", ":")) and (
        _ends_as_title(line) or fold(line).startswith("关于")
    )


def _consume_head(body: list[str], page: Page, index: int = 0) -> int:
    """Drop chrome, metadata rows and the title line at the top; return the first body index."""
    while index < len(body):
        line = body[index]
        if not line:
            index += 1
            continue
        row = parse_metadata_line(line) if len(line) <= 240 else None
        if row:  # 编辑：admin 时间：4年前 looks like chrome (编辑：), but its fields are the page's
            _merge_metadata(page, row, names=_NAME_LABELS)
            index += 1
            continue
        if _is_button_count(body, index):
            index += 1  # 购物车 / 0: the count the site prints by its button
            continue
        if is_chrome_line(line):
            opens = _opens_breadcrumb(line)  # 您的位置： alone, or a trail broken over lines
            index = _skip_breadcrumb(body, index + 1) if opens else _skip_broken_trail(body, index)
            continue
        if skip := _menu_over_fields(body, index):
            page.findings.append(
                Finding("chrome-dropped", "网页字段表上方的栏目菜单已去掉，未朗读", " / ".join(body[index:skip])[: _SUSPECT_CHROME_CHARS * 4])
            )
            index = skip
            continue
        if _is_link_bar(body, index) or re.sub(r"\s", "", fold(line)) in _chrome()["head"]:
            index += 1  # a bar of links, or a list page's picker (年 份) above the headline
            continue
        if _DATE_LINE.match(_BULLET.sub("", fold(line), count=1)):
            page.metadata.setdefault("发布时间", _BULLET.sub("", line, count=1))
            index += 1
            continue
        url = _LABELLED_URL.match(line)
        if _URL_LINE.match(line) or (url and not parse_metadata_line(line)):
            page.metadata.setdefault("原文链接", url.group(1) if url else line)
            index += 1
            continue
        if is_label_only(line) and index + 1 < len(body) and parse_metadata_line(body[index + 1]) is None:
            declared = page.title or page.metadata.get("标题") or page.metadata.get("信息名称") or ""
            if declared and _same_title(body[index + 1], declared):
                index += 1  # 内容概述 left empty over the headline: the headline is no value of it
                continue
            # HTML metadata tables: the label and its value are separate text blocks.
            page.metadata.setdefault(_label_key(line), body[index + 1].strip())
            index += 2
            continue
        row = parse_metadata_line(line)
        if row is not None and len(line) <= 240:
            _merge_metadata(page, row)
            index += 1
            continue
        if _is_doc_number(line):
            page.metadata.setdefault("发文字号", line)
            index += 1
            continue
        if page.title and _same_title(line, page.title):
            index += 1
            continue
        if is_pipe_row(line):
            break  # | 项目 | 金额 |: a table's header, read with its table
        rest = _strip_head_chunks(line, page)
        if rest != line:
            body[index] = rest
            if not rest:
                index += 1
                continue
        break
    return index


def _consume_tail(body: list[str], page: Page, start: int) -> int:
    """Drop chrome, metadata rows and the repeated title at the bottom; return the body end."""
    end = _cut_related_links(body, start)
    tail_words = _chrome()["tail"]
    while end > start:
        line = body[end - 1]
        if not line or is_chrome_line(line) or fold(line) in tail_words or _IMPRINT.match(fold(line)) or _is_button_count(body, end - 1):
            end -= 1
            continue
        if fold(line).startswith(_chrome()["notice"]):
            page.findings.append(Finding("site-notice", "页尾的网站声明已去掉，未朗读", line[:_SUSPECT_CHROME_CHARS]))
            end -= 1
            continue
        if (url := _LABELLED_URL.match(line)) is not None and not parse_metadata_line(line):
            page.metadata.setdefault("原文链接", url.group(1))  # 地址：http://… under the article
            end -= 1
            continue
        row = parse_metadata_line(line)
        if row is not None and len(line) <= 120:
            _merge_metadata(page, row)
            end -= 1
            continue
        if end - 2 >= start and len(line) <= 20 and is_label_only(body[end - 2]):
            page.metadata.setdefault(re.sub(r"[\s:：]", "", body[end - 2]), line)  # 责任编辑： / 李莎莎
            end -= 2
            continue
        if _FILE_NAME.search(line) and len(line) <= _MAX_FILE_LINE and "。" not in line:
            end -= 1  # the attachment download list: 附件1-7.zip
            continue
        if page.title and _repeats_title(line, page.title):
            end -= 1
            continue
        cut = _cut_tail_chunks(line, page)
        if cut != line:
            body[end - 1] = cut
            if not cut:
                end -= 1
                continue
        break
    return end


def _cut_related_links(body: list[str], start: int) -> int:
    """Where a related-links list (相关链接>> and the linked titles) starts near the end of a page."""
    related = _chrome()["related"]
    for index in range(len(body) - 1, max(start, len(body) - _RELATED_LINES) - 1, -1):
        line = fold(body[index].strip())
        if line.startswith(related) and len(line) <= 12 and not any(c in line for c in "。，"):
            return index
    return len(body)


def _strip_head_chunks(line: str, page: Page) -> str:
    """One-line pages: remove breadcrumbs, chrome words, metadata and the title at the start."""
    chrome = _chrome()
    # Chrome sits in the first few hundred characters; splitting a 20 MB line would be slow.
    head, rest_of_line = line[:_HEAD_CHARS], line[_HEAD_CHARS:]
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
        if _is_doc_number(chunk):
            page.metadata.setdefault("发文字号", chunk)
            position += 1
            continue
        label = _label_pattern().match(chunk)
        if label is not None:
            value = chunk[label.end() :]
            if not value and position + 1 < len(chunks):
                position += 1
                value = chunks[position]
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


def _title_span(chunks: list[str], position: int, page: Page) -> int:
    """How many chunks from `position` spell the title (中共屿头乡委员会 关于…的通知), 0 if none.

    A chunk that ends with the title and starts with an organ's name (某局关于…的通知) is the
    fuller form of the title and replaces it.
    """
    wanted = _squash(page.title)
    if not wanted:
        return 0
    joined = ""
    for size in range(1, _TITLE_CHUNKS + 1):
        if position + size > len(chunks):
            break
        joined += chunks[position + size - 1]
        squashed = _squash(joined)
        if squashed == wanted:
            return size
        if not wanted.startswith(squashed):
            break
    chunk = chunks[position]
    squashed = _squash(chunk)
    if squashed.endswith(wanted) and len(squashed) - len(wanted) <= _MAX_ORGAN_CHARS and "。" not in chunk:
        page.title = chunk
        return 1
    return 0


def _cut_tail_chunks(line: str, page: Page) -> str:
    """One-line pages: cut 来源：… 附件下载 … off the end of the last line."""
    tail_words = _chrome()["tail"]
    offset = max(0, len(line) - _HEAD_CHARS)
    chunks = list(re.finditer(r"\S+", line[offset:]))[-_TAIL_CHUNKS:]
    for match in chunks:
        chunk = fold(match.group())
        label = _label_pattern().match(chunk)
        if label is not None and re.sub(r"\s", "", label.group(1)) == "来源" and chunk[label.end() :]:
            page.metadata.setdefault("来源", chunk[label.end() :])
        elif not (chunk in tail_words or chunk.startswith(("附件下载", "相关附件"))):
            continue
        return line[: offset + match.start()].strip()
    return line


def _looks_like_chrome(line: str) -> bool:
    """A short line that holds a chrome word but is not all chrome: kept, and shown to staff."""
    line = fold(line)
    if len(line) > _SUSPECT_CHROME_CHARS or any(mark in line for mark in "。！？"):
        return False
    tokens = [t for t in re.split(r"[\s【】\[\]|/｜]+", line) if t]
    return any(token.rstrip("：:") in _chrome()["token"] for token in tokens) or line.startswith(
        ("来源", "责任编辑", "编辑", "作者", "相关")
    )


def _opens_breadcrumb(line: str) -> bool:
    """您的位置： alone on its line: the path follows, one crumb per line."""
    return line.rstrip().endswith(("：", ":")) and fold(line).startswith(_chrome()["prefix"])


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
        if _BREADCRUMB_LINK.fullmatch(line) or fold(line) in _chrome()["token"]:
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
    if not (folded.startswith(_POSITION_OPENERS) or _BREADCRUMB.match(folded)):
        return index + 1
    previous = folded
    index += 1
    while index < len(body):
        line = fold(body[index])
        crumb = line.lstrip(_CRUMB_MARKS).strip()
        led = line.startswith(tuple(_CRUMB_MARKS))
        if not (led or previous.rstrip().endswith(tuple(_CRUMB_MARKS))) or not crumb:
            break
        if len(crumb.rstrip(_CRUMB_MARKS)) > _MENU_ITEM_CHARS or re.search("[。，；！？：:]", crumb):
            break
        following = body[index + 1] if index + 1 < len(body) else ""
        if not (led or is_chrome_line(following) or _is_headline(following)):
            break
        previous = line
        index += 1
    return index


def _title_like(line: str) -> bool:
    return 0 < len(line) <= _MAX_TITLE_CHARS and line[-1] not in _SENTENCE_END and "。" not in line


def _is_organ_list(line: str) -> bool:
    """某省农业农村厅  某省财政厅, or a long 、-list of agencies: issuing organs, not a title."""
    line = fold(line)
    if "关于" in line:
        return False
    names = [name for name in re.split(r"[\s、，,]+", line) if name]
    organs = _title_words()["organ"]
    if not all(name.endswith(organs) for name in names):
        return False
    return len(names) >= 2 or len(line) > 40


def _is_organ_name(line: str) -> bool:
    """One agency's name alone on a line: 河北雄安新区管理委员会."""
    line = fold(line)
    return len(line) <= _MAX_ORGAN_CHARS and "关于" not in line and not re.search(r"[\s、，,。：:]", line) and (
        line.endswith(_title_words()["organ"])
    )


def _organ_over_title(lines: list[str]) -> bool:
    """A joint document prints its organs one a line above the title: lines[0] is one organ
    and, past any further organ lines, a 关于… title follows."""
    if not _is_organ_name(lines[0]):
        return False
    for line in lines[1:]:
        if not (_is_organ_name(line) or _is_organ_list(line)):
            return fold(line).startswith("关于") and _title_like(line)
    return False


def _ends_as_title(text: str) -> bool:
    return fold(text).rstrip("》”)）").endswith(_title_words()["final"])


def _unwrap_title(title: str, page: Page) -> str:
    """A page title written as a citation, 鲁政发〔2014〕20号《某省关于…的意见》: the title is
    what stands in the book-title marks; the document number goes to the metadata. So does a
    number glued before a headline that says what it does (某政发【2023】7号关于印发…的通知,
    某办发〔2024〕3号某县人民政府转发…的通知); a title that only names a number (某政发〔2023〕7号
    文件解读) keeps it."""
    match = _CITED_TITLE.fullmatch(fold(title))
    if match is None:
        numbered = _NUMBERED_TITLE.fullmatch(fold(title))
        if numbered is None or not _says_what_it_does(numbered.group("title")):
            return title
        page.metadata.setdefault("发文字号", title[numbered.start("number") : numbered.end("number")])
        return title[numbered.start("title") :]
    if match.group("number"):
        page.metadata.setdefault("发文字号", title[match.start("number") : match.end("number")])
    return title[match.start("title") : match.end("title")].strip()


def _says_what_it_does(title: str) -> bool:
    """A headline that says what the document is about or does (关于…, 某县人民政府印发…的通知)."""
    folded = fold(title)
    return _is_headline(title) and ("关于" in folded or any(verb in folded for verb in _title_words()["issue"]))


def _take_title_line(page: Page) -> str:
    """Without a declared title, a short first line with no sentence punctuation is the title.

    Issuing organs printed above a joint document go to the metadata; a title broken over two
    lines is joined when the first part does not end as a title does and the joined text does,
    or when the second line can only be the rest of a title (（2023—2025年）的通知 under
    关于印发某某行动计划: the first part ends with the name of the document it issues).
    """
    while len(page.lines) >= 3 and (letterhead := _LETTERHEAD.fullmatch(fold(page.lines[0]))):
        # 某省人民政府办公厅文件: the red letterhead names the issuer; the number follows it.
        page.metadata.setdefault("发文机关", page.lines[0][letterhead.start(1) : letterhead.end(1)])
        del page.lines[0]
        del page.origin[0]
        if _is_doc_number(page.lines[0]):
            page.metadata.setdefault("发文字号", page.lines.pop(0))
            page.origin.pop(0)
    organs: list[str] = []
    while len(page.lines) >= 2 and _title_like(page.lines[0]) and (
        _is_organ_list(page.lines[0]) or _organ_over_title(page.lines)
    ):
        organs.append(page.lines.pop(0))
        page.origin.pop(0)
    if organs:
        page.metadata.setdefault("发布机构", " ".join(organs))
    if len(page.lines) >= 3 and _ATTACHMENT_LABEL.fullmatch(page.lines[0]):
        # The file is itself an attachment (附件1： above its title).
        page.metadata.setdefault("附件编号", page.lines[0].rstrip("：: "))
        del page.lines[0]
        del page.origin[0]
    if len(page.lines) < 2:
        return ""
    _drop_furniture_over_headline(page)
    _open_lone_cell(page)
    first = page.lines[0]
    if not _title_like(first) and (under := _title_under_lead(page.lines)):
        title = page.lines.pop(under)
        page.origin.pop(under)
        page.findings.append(
            Finding("title-guessed", f"标题取自转载导语下面的公文标题行（第 {under + 1} 行），其上 {under} 行导语照读，请核对", title)
        )
        return title
    if not _title_like(first) or _HEADING_START.match(fold(first)) or first.endswith(("：", ":")):
        return ""
    if _OCCASION.match(first) or is_pipe_row(first):
        return ""  # ——2025年1月10日在…会议上 says where a report was given, not what it is called
    taken = 1
    second = page.lines[1] if len(page.lines) > 2 else ""
    if (
        (not _ends_as_title(first) or _TITLE_REST.match(second) is not None)
        and _title_like(second)
        and not _HEADING_START.match(fold(second))
        and len(first + second) <= _MAX_TITLE_CHARS
        and _ends_as_title(first + second)
        and _continues_into(first, second)
    ):
        first, taken = first + second, 2
    del page.lines[:taken]
    del page.origin[:taken]
    return first


def _open_lone_cell(page: Page) -> None:
    """A headline set in a table cell of its own under a field table keeps the cell's border
    (某街道2023年工作总结 |, | 某县关于…的通知): one cell, no bar inside it, so the bars are the
    table's, not the title's. The first line is read without them when its text is title-like."""
    first = page.lines[0]
    cell = first.strip(_CELL_BORDER)
    if cell == first.strip() or re.search("[|｜]", cell) or not _title_like(cell):
        return
    if not (is_label_only(cell) or _HEADING_START.match(fold(cell))):
        page.lines[0] = cell


def _title_under_lead(lines: list[str]) -> int:
    """The index of a document's title line under a news lead, 0 if there is none.

    A page that reposts a notice opens with a few sentences of news about it (日前，某区人民政府印发
    关于…的通知。… 全文如下：) and then prints the notice with its own title line. The first line
    further down that reads as a headline is that title when two of three things hold: the line
    over it introduces it (it ends with a colon: 文件详情如下：), the lead names it (the title
    from its last 关于 on is in the lead), and it opens a document (a salutation 各…： or a
    document number follows). The lead is text: a heading (一、…) before any headline ends the
    search, and the lead's sentences stay to be read.
    """
    for index in range(1, min(_LEAD_LINES, len(lines) - 1)):
        line = lines[index]
        if _HEADING_START.match(fold(line)):
            return 0
        if not _is_candidate_headline(line):
            continue
        lead = _squash("".join(lines[:index]))
        named = _squash(line).rsplit("关于", 1)[-1]
        following = lines[index + 1]
        signals = (
            lines[index - 1].endswith(("：", ":")),
            len(named) >= _MIN_CANDIDATE_CHARS and named in lead,
            _is_doc_number(following)
            or (following.endswith(("：", ":")) and len(following) <= _HEAD_ROW_CHARS and not re.search("[。！？；]", following)),
        )
        return index if sum(signals) >= 2 else 0
    return 0


def _continues_into(first: str, second: str) -> bool:
    """Whether `second` can be the rest of a title whose first part is `first`.

    Not when `first` is a bar item (无障碍 |), a bulleted list item (• 手机版), or set letter-spaced
    while `second` is not (年 份 over the headline: a title broken over lines is set alike on
    both); nor when `second` is already inside `first` (the document's own heading under the
    page's headline: （某市）某区政府工作报告（2025年1月8日） over 某区政府工作报告).
    """
    if "|" in first or "｜" in first or _BULLET.match(first):
        return False
    if _is_letter_spaced(first) and not _is_letter_spaced(second):
        return False
    return _squash(second) not in _squash(first)


def _is_letter_spaced(line: str) -> bool:
    """政 府 工 作 报 告, 年 份: every chunk a single character (two chunks at least)."""
    chunks = line.split()
    return len(chunks) >= 2 and all(len(chunk) == 1 for chunk in chunks)


def _drop_furniture_over_headline(page: Page) -> None:
    """Take off the site's furniture over the headline when no title was declared.

    The first line is the title only if it reads as one. When it does not (导航菜单, 政府信息公开,
    今天是：, a menu set as a numbered list) and, before the text begins, a line further down
    does (it ends with a title word, and is no heading, subtitle, field or column name), that
    line is the headline: every line above it is short, without a sentence, like
    the items of a menu. Those lines are dropped, and a finding names them.
    """
    first = page.lines[0]
    if _is_organ_name(first):
        return
    if _is_headline(_TITLE_TAG_TAIL.sub("", first)):
        fuller = page.lines[1] if len(page.lines) > 1 else ""
        if not (_is_candidate_headline(fuller) and _squash(fuller).endswith(_squash(first)) and len(fuller) > len(first)):
            return
        # 统计公报 over 某县2023年国民经济和社会发展统计公报: the column's name, then the headline.
    elif len(page.lines) > 1 and _is_headline(first + page.lines[1]) and _continues_into(first, page.lines[1]):
        return  # a title broken over two lines
    for index, line in enumerate(page.lines[:_FURNITURE_LINES]):
        if index and _is_candidate_headline(line):
            dropped = page.lines[:index]
            del page.lines[:index]
            del page.origin[:index]
            page.findings.append(
                Finding(
                    "chrome-dropped",
                    f"标题前的 {len(dropped)} 行像网站的菜单或工具栏，已去掉，未朗读",
                    " / ".join(dropped)[:_SUSPECT_CHROME_CHARS * 4],
                )
            )
            return
        if not _is_furniture(line):
            return


def _is_candidate_headline(line: str) -> bool:
    """A line further down that reads as the document's title (see `_drop_furniture_over_headline`):
    short of a date the page set after it, it ends with a title word."""
    core = _TITLE_TAG_TAIL.sub("", line)
    return (
        not _is_field(line)
        and len(_squash(core)) >= _MIN_CANDIDATE_CHARS
        and _is_headline(core)
        and _ends_as_title(core)  # 关于本年度的统计 alone may be a subtitle: the stronger evidence
        and not _HEADING_START.match(fold(line))
        and not _OCCASION.match(line)
        and not _BULLET.match(line)
    )


def _is_field(line: str) -> bool:
    """A metadata row, a label, a date or a document number: the page's facts, never furniture."""
    return (
        parse_metadata_line(line) is not None
        or is_label_only(line)
        or _DATE_LINE.match(fold(line)) is not None
        or _is_doc_number(line)
    )


def _is_furniture(line: str) -> bool:
    """A menu item, a bar of them or a toolbar row: short items and no sentence."""
    if any(mark in line for mark in "。！？；") or line.endswith(("，", "、")) or _is_field(line):
        return False
    items = [item for item in re.split(r"[\s|｜/]+", _HEADING_START.sub("", _BULLET.sub("", line, count=1))) if item]
    return bool(items) and all(len(item) <= _FURNITURE_ITEM_CHARS for item in items)


def _close_up(match_or_text: re.Match[str] | str) -> str:
    text = match_or_text if isinstance(match_or_text, str) else match_or_text.group(0)
    return re.sub(r"[ \u3000]+", "", text)


def _trim_title(page: Page) -> str:
    """The title without what a site wrapped around it.

    A column name set before it (政策解读 关于《…》解读, with the title alone on the next line) goes to
    the metadata (栏目) and the repeated line is not read again; a 全文 tag after it
    (…政府工作报告—全文) and a year tag repeating a year the title already holds (…2022年…公报 2022)
    are dropped.
    """
    title = page.title
    if page.lines and page.lines[0] != title and title.endswith(page.lines[0]):
        column = title.removesuffix(page.lines[0])
        # Set apart from the title by a space: 某某县2025年政府工作报告 over 政府工作报告 is no column.
        spaced, column = column[-1:].isspace(), column.strip()
        if spaced and 0 < len(column) <= _MAX_COLUMN_CHARS and not any(mark in column for mark in "。，；：:,"):
            page.metadata.setdefault("栏目", column)
            title = page.lines.pop(0)
            page.origin.pop(0)
    title = _FULL_TEXT_TAG.sub("", title)
    year = _YEAR_TAG.search(title)
    if year and f"{year.group(1)}年" in title:
        title = title[: year.start()]
    return title


def _split_title_date(title: str, page: Page) -> str:
    """The title without a publication date a list page set before or after it (3月21日 某某通告,
    2025-03-21某某通告, 某某通告 [2025/03/21]): the date goes to the metadata, with a finding.

    Set apart by a space or brackets (an ISO date also glued), the date is the page's; written
    into the headline (3月21日，全区召开…, 2025年某县政府工作报告) it is the title's own.
    """
    split = _page_date(title)
    if split is not None:
        rest, date = split
        if any(date in line for line in page.lines[:_HEAD_LINES]):
            # （2025年1月8日） after a report's headline repeats its dateline (——2025年1月8日在…会议上):
            # the day it was given, read with the text; not the page's publication date.
            message = f"标题旁的日期“{date}”与正文开头所载日期相同，随正文朗读，不作为标题朗读"
        else:
            page.metadata.setdefault("发布时间", date)
            message = f"标题旁的日期“{date}”是网页的发布日期：已记入元数据，不作为标题朗读"
        page.findings.append(Finding("title-date", message, title))
        return rest
    return title


def _page_date(title: str) -> tuple[str, str] | None:
    """(the title, the date) if a page set its date before or after `title` (see `_split_title_date`)."""
    for pattern in (_TITLE_DATE_HEAD, _TITLE_DATE_TAIL):
        match = pattern.fullmatch(title)
        if match is None or bool(match.group("open")) != bool(match.group("close")):
            continue
        rest = match.group("rest").strip(" \u3000")
        iso = not match.group("date").endswith("日")
        if not (match.group("gap") or match.group("close") or iso) or not _title_like(rest) or not re.search(f"[{CJK}]", rest):
            continue
        return rest, match.group("date")
    return None


def _split_title_tag(title: str, page: Page) -> str:
    """The title without a label a site set in brackets before it ([某省] 2024年某市政府工作报告,
    【转载】…, （某市）某市某区政府工作报告): a region or column, not the document's name.

    A label that the title repeats right after it (（某市）某市…) is dropped, with a finding; any
    other goes to the metadata (栏目), with a finding.
    """
    match = _TITLE_TAG_HEAD.fullmatch(title)
    if match is None or not _is_headline(_TITLE_TAG_TAIL.sub("", match.group("rest"))):
        return title
    tag, rest = match.group("tag"), match.group("rest")
    if rest.startswith(tag):
        message = f"标题前括号里的“{tag}”与标题开头重复，不再朗读"
    else:
        page.metadata.setdefault("栏目", tag)
        message = f"标题前括号里的“{tag}”是网站的栏目或地区标签：已记入元数据，不作为标题朗读"
    page.findings.append(Finding("title-tag", message, title))
    return rest


def _close_title_spaces(title: str) -> str:
    """A space inside a phrase of a title is where the page broke the line (关于某区2023年预算执行
    情况 和2024年预算草案的报告): closed up. Inside a phrase means next to a word that joins two
    parts (和, 及, 与, 的, 关于 …). Other spaces stay: they set joint issuers apart (某市人民政府
    某市中级人民法院印发…), the issuer from the title (中共某乡委员会 关于…的通知), a year from
    the rest (2025年 某县政府工作报告) or words set apart (全区 农业 农村 工作 要点)."""
    def close(match: re.Match[str]) -> str:
        before, after = fold(title[: match.start() + 1]), fold(title[match.end() :])
        inside = after.startswith(_JOINING_WORDS) or before.endswith(_JOINING_WORDS + ("关于",))
        return match.group(1) if inside else match.group(0)

    return _TITLE_INNER_SPACE.sub(close, title)


def _take_full_title(page: Page) -> None:
    """The declared title (标题：…) may be cut short or broken over two lines at the top of the
    body; the fullest written form is the title, and its lines are not read again. The issuing
    organ printed alone over a 关于… title (某市人民政府办公厅 / 关于印发…的 / 通知) is part of it."""
    wanted = _squash(page.title)
    if not wanted:
        return
    for start in range(min(_TITLE_LINES, len(page.lines))):
        for size in (2, 1):
            parts = page.lines[start : start + size]
            if len(parts) < size or not all(_title_like(part) for part in parts):
                continue
            if size == 2 and _ADOPTION_NOTE.match(parts[1]):
                continue  # （2021年11月23日…会议通过） under a title is a note, not its second line
            joined = "".join(parts)
            squashed = _squash(joined)
            if squashed.startswith(wanted) or (wanted.startswith(squashed) and len(squashed) * 5 >= len(wanted) * 4):
                if len(squashed) > len(wanted):
                    page.title = joined
                if start and _is_organ_name(page.lines[start - 1]) and fold(joined).startswith("关于"):
                    # The document prints its issuer over 关于…的通知: the fuller title holds it.
                    start, size = start - 1, size + 1
                    page.title = page.lines[start] + page.title
                del page.lines[start : start + size]
                del page.origin[start : start + size]
                return


def _consume_under_title(page: Page) -> None:
    """Metadata rows, publication dates and captions just under the title: metadata, not text.
    A bare number right under a row taken off is the site's view counter (发布时间：… 字体大小：
    over 4874268): not read, with a finding."""
    title = _bare_title(page.title)  # a repeat of the title is told without the page's date and label
    index = 0
    row_above = False  # the line above was a row or caption taken off
    while index < min(_HEAD_LINES, len(page.lines)):
        line = page.lines[index]
        if row_above and _COUNT.fullmatch(line):
            page.findings.append(Finding("chrome-dropped", "标题下信息栏后的单独数字是网站的访问计数：未朗读", line))
            del page.lines[index]
            del page.origin[index]
            continue
        if _repeated_summary(page.lines, index):
            page.findings.append(
                Finding("summary-repeat", "网页的内容摘要重复了正文开头：未朗读，正文照读", line[:_SUSPECT_CHROME_CHARS])
            )
            del page.lines[index]
            del page.origin[index]
            continue
        if len(line) > _HEAD_ROW_CHARS or line[-1] in "。！？；":
            return
        taken = 0
        if _DATE_LINE.match(_BULLET.sub("", fold(line), count=1)):
            page.metadata.setdefault("发布时间", _BULLET.sub("", line, count=1))
            taken = 1
        elif _stamp_row(line, page):
            taken = 1
        elif _BYLINE.match(line) and not parse_metadata_line(line):  # 发布日期： 2023-03-10 00:00 is a field
            page.metadata.setdefault("发布信息", re.sub(r"\s+", " ", line))
            taken = 1
        elif _REGISTRATION.match(line):
            page.metadata.setdefault("登记号", line)  # 规范性文件登记号 over the document number
            taken = 1
        elif title and (repeat := _title_repeat_lines(page.lines, index, title)):
            taken = repeat  # the document's own header repeats the title over several lines
        elif is_label_only(line):
            # A policy library's field list: the label, then its value on the next line; a
            # label with no value stands right before the next label.
            value = page.lines[index + 1] if index + 1 < len(page.lines) else ""
            if value and len(value) <= 30 and not is_label_only(value):
                page.metadata.setdefault(_label_key(line), value)
                taken = 2
            else:
                taken = 1
        elif (row := parse_metadata_line(line)) is not None and row:
            _merge_metadata(page, row)
            taken = 1
        elif is_caption(line):
            taken = 1
        elif title and _same_title(line, title):
            taken = 1  # the official document's own header repeats the page's title
        elif title and _shorter_repeat(line, title):
            taken = 1  # 某区政府工作报告 under the page's 某市某区政府工作报告
        elif _is_doc_number(line):
            page.metadata.setdefault("发文字号", line)
            taken = 1
        elif (
            _is_doc_number(_next_past_title(page, index))
            and len(line) <= _MAX_ORGAN_CHARS
            and not any(mark in line for mark in _SENTENCE_END)
            and "关于" not in fold(line)
            and not _ends_as_title(line)
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


def _is_button_count(body: list[str], index: int) -> bool:
    """body[index] is a bare count beside a toolbar button (购物车 / 0, 打赏捐赠 / 0): the button's.
    A button of one character (大 中 小) does not count: a table's cells may be such words."""
    if not _COUNT.fullmatch(body[index]):
        return False
    return any(
        0 <= near < len(body) and len(body[near]) >= 2 and is_chrome_line(body[near]) for near in (index - 1, index + 1)
    )


def _bare_title(title: str) -> str:
    """`title` without what a page set around it: its date ((2025年1月8日), 2024-01-29) and a
    bracketed label before it ([某省], （某市）)."""
    split = _page_date(title)
    title = _TITLE_TAG_TAIL.sub("", split[0] if split else title)
    tag = _TITLE_TAG_HEAD.fullmatch(title)
    return tag.group("rest") if tag else title


def _shorter_repeat(line: str, title: str) -> bool:
    """The document's own heading under the page's headline, without the place the headline
    puts first: 某区人民政府工作报告 under 某市某区人民政府工作报告. It ends as a title does and is
    the end of the title, at most a place or an organ's name shorter."""
    line, title = line.strip(), title.strip()
    if len(line) < _MIN_CANDIDATE_CHARS or not _ends_as_title(line) or not title.endswith(line):
        return False
    place = title.removesuffix(line)
    return 0 < len(place) <= _MAX_COLUMN_CHARS and not re.search(r"\s", place) and fold(place).endswith(
        _PLACE_ENDS + _title_words()["organ"]
    )


def _repeated_summary(lines: list[str], index: int) -> bool:
    """lines[index] is the page's summary field (内容摘要：…, 摘要：…) and its text, cut short with
    ……, is the opening of the text under it: the same words, read once."""
    match = _SUMMARY.match(fold(lines[index]))
    if match is None:
        return False
    summary = re.sub(r"\s", "", lines[index][match.end() :]).rstrip(".。…")
    if len(summary) < _MIN_SUMMARY:
        return False
    following = re.sub(r"\s", "", "".join(lines[index + 1 : index + 1 + _SUMMARY_LINES]))
    return summary in following


def _stamp_row(line: str, page: Page) -> bool:
    """A publication stamp followed by a view count or fields (2010/1/6 16:43 次浏览 分类：动态 来源：):
    the stamp and the fields go to the metadata."""
    stamp = _STAMP_ROW.match(fold(line))
    if stamp is None:
        return False
    date, time = stamp.group("date"), stamp.group("time")
    if time and not stamp.group("gap") and not date.endswith("日") and not (len(stamp.group("hour")) == 2 and re.search(r"\D\d{2}$", date)):
        return False  # 2024-1-112:00: the 1 may be the day's or the hour's; the line is kept as written
    rest = line[stamp.start("rest") :]
    counted = _VIEW_COUNT.match(fold(rest)) or _counter().match(fold(rest))  # 次浏览, 点击数：
    if counted is not None:
        rest = rest[counted.end() :].strip()
    row = parse_metadata_line(rest) if rest else {}
    if row is None and counted is None:
        return False
    page.metadata.setdefault("发布时间", f"{date} {time}" if time else date)  # 2024-01-0112:00 read apart
    _merge_metadata(page, row or {})
    return True


def _title_repeat_lines(lines: list[str], index: int, title: str) -> int:
    """How many lines from `index` spell the title again (the header of the document breaks it
    over lines: 某市人民政府办公室 / 关于印发《…经济 / 增长…》的通知), 0 if they do not."""
    wanted = _squash(title)
    joined = ""
    for size in range(1, min(_TITLE_REPEAT_LINES, len(lines) - index) + 1):
        part = lines[index + size - 1]
        if not _title_like(part) and not part.endswith(("，", "、")):
            return 0
        joined += _squash(part)
        if joined == wanted:
            return size if size > 1 else 0  # one line: handled by _same_title
        if not wanted.startswith(joined):
            return 0
    return 0


def _next_past_title(page: Page, index: int) -> str:
    """The line after page.lines[index], past repeats of the title ("" at the end)."""
    for line in page.lines[index + 1 :]:
        if not (page.title and _same_title(line, page.title)):
            return line
    return ""


def _merge_metadata(page: Page, row: dict[str, str], *, names: tuple[str, ...] = _TITLE_LABELS) -> None:
    """Add the fields of `row`; a field in `names` gives the page its title if it has none yet."""
    for label, value in row.items():
        page.metadata.setdefault(label, value)
        if label in names and not page.title and _title_like(value):
            page.title = value


def _label_key(line: str) -> str:
    """The metadata key of a label line: • 发文字号： -> 发文字号."""
    return re.sub(r"[\s:：]", "", _BULLET.sub("", fold(line.strip()), count=1))


def is_label_only(line: str) -> bool:
    """True if `line` is a metadata label alone (索 引 号：), its value being the next block."""
    match = _label_pattern().fullmatch(_BULLET.sub("", fold(line.strip()), count=1))
    return match is not None


def _is_doc_number(line: str) -> bool:
    """穗府辦〔2015〕14號 as well as 穗府办〔2015〕14号."""
    return _DOC_NUMBER.match(fold(line)) is not None


def _squash(text: str) -> str:
    return re.sub(r"[\s《》〈〉“”\"'：:]", "", fold(text))


def _same_title(line: str, title: str) -> bool:
    return _squash(line) == _squash(title) and bool(_squash(title))


def _repeats_title(line: str, title: str) -> bool:
    """A repeat of the title at the foot of the page, maybe cut short. Most of the title must
    be there: the signing organ 某县人民政府办公室 is part of the title 某县人民政府办公室关于…的通知
    too, and it is the document's own text."""
    squashed, whole = _squash(line), _squash(title)
    return len(squashed) >= max(6, _TITLE_REPEAT_SHARE * len(whole)) and squashed in whole
