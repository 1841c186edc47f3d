"""A scraped page's metadata fields, and `Page`, the record they are merged into.

A page sets its facts in a metadata table (索引号 … 公开日期): rows of 'label value' or
'label：value', a field table written with bars (索引号 | … | 标题 | …), labels in brackets, a
label glued to the previous value, a publication stamp leading a row. The labels are data
(`data/metadata_labels.tsv`), matched on a copy folded to simplified characters (來源, 發布時間;
see `page_chrome.fold`). The table's 标题 (and, in the field table over the text, 名称) names
the document: it gives the page its title when the value is shaped as a title (`title_like`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..doc_number import YEAR_AND_SERIAL
from ..han import HAN
from ..model import Finding
from ..tsv import read_tsv, words_pattern
from .gloss import blank_glosses
from .page_chrome import (
    BULLET,
    COUNT,
    chrome_tokens,
    chrome_words,
    counted_count,
    counter_pattern,
    fold,
    glued_counter_pattern,
    is_chrome_line,
    row_trailer,
)
from .pipe_tables import is_pipe_row, pipe_cells
from .tables import table_words
from .title_words import title_words

# A newspaper's credit round a story from its e-edition or under a reprint: the paper, the day and
# the page (《 人民政协报 》 （ 2022年10月18日 第 06 版）, 《光明日报》( 2023年04月15日 02版)).
PAPER_CREDIT = re.compile(
    rf"^《[ \u3000]*(?P<paper>[{HAN}]{{2,12}}报)[ \u3000]*》[ \u3000]*[（(][ \u3000]*(?P<date>\d{{4}}年\d{{1,2}}月\d{{1,2}}日)"
    r"[ \u3000]*第?[ \u3000]*[A-Za-z]?\d{1,3}[ \u3000]*版[ \u3000]*[)）]$"
)
# A title is one short line without sentence punctuation at its end.
MAX_TITLE_CHARS = 160
SENTENCE_END = "。！？；：，,;:!?"
# A person's name as a page prints it after a post, a credit or a speaker's colon: two to four
# characters, or a transcribed name with its middle dot (阿不都热依木·某某).
PERSON_NAME = f"(?:[{HAN}]{{2,4}}|[{HAN}]{{1,8}}[·•][{HAN}·•]{{1,12}})"
# A document number: 某政发〔2023〕7号 (its year also in 【】 [] （）); the issuer's short name may
# hold a district's in brackets and the number a 第 (沪（浦）征地告〔2022〕第14号).
DOC_NUMBER = f"[{HAN}](?:[{HAN}]|[（(][{HAN}]{{1,4}}[）)]){{0,15}}[ \u3000]?{YEAR_AND_SERIAL}"
# (Alone on its line the number may have lost its 号 in a copy, 国发〔2021〕27: the hexagonal brackets
# round a year, which nothing else uses, still say what it is.)
_DOC_NUMBER_LINE = re.compile(f"^(?:{DOC_NUMBER}|[{HAN}]{{1,16}}〔\\d{{4}}〕\\d{{1,5}})$")
# The number set in round brackets on its line, spaces inside them: ( 某府发〔2003〕37号 ).
_BRACKETED_DOC_NUMBER = re.compile(f"^[（(][ \u3000]*(?P<number>{DOC_NUMBER})[ \u3000]*[）)]$")
# A written date, in figures or in Chinese numerals (2008年10月29日, 二○○八年十月二十九日).
_WRITTEN_DATE = re.compile(
    r"[\d〇○零OＯ一二三四五六七八九]{2,4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"
)
_BRACKETED_ROW = re.compile(r"[【\[［（(]\s*(.+?)\s*[】\]］）)]")
# A row of fields held in square brackets with the site's toolbar after it, in a bracket of its own
# (【来源：某某 | 发布日期：2018-01-03 】  【选择字号：): the row is the bracket's content.
_LEADING_BRACKETED_ROW = re.compile(r"^[【\[［][ \u3000]*(?P<row>[^【】\[\]［］]+?)[ \u3000]*[】\]］](?P<rest>.*)$")
# A field list numbered, each label in brackets (1. [主题分类] 综合政务, 3. [联合发文单位]): the number
# is the list's, taken off before the label as a bullet is.
_NUMBERED_BRACKET = re.compile(r"^\d{1,2}[.．、][ \u3000]*(?=[\[【［])")
# A label in brackets, maybe letter-spaced (【文 号】, 【时 效 性】).
_BRACKET_LABEL = re.compile(r"[\[【［][ \u3000]*([^\[\]【】［］\s](?:[ \u3000]?[^\[\]【】［］\s]){1,7})[ \u3000]*[\]】］][ \u3000]*")
# A page's publication stamp as sites print it: 2024-01-02, 2024/1/2, 2024.01.02 or 2024年1月2日,
# and a time after it, 08:30 or 08:30:15 (the parts every stamp pattern here is made of).
STAMP_DATE = r"\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
STAMP_TIME = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
# A publication stamp leading a row of fields: 2010/1/6 16:43:13 次浏览 分类：政府动态 来源：
# The fields may follow the stamp without a space (2026年01月30日来源：…, 2024-01-0112:00来源：…), and a
# slash may close the date (2021/01/13/ 08:32 来源：…, a site's path-like stamp; ho101/03).
_STAMP_ROW = re.compile(
    rf"^(?P<date>{STAMP_DATE})(?:/(?=\s))?"
    r"(?:(?P<gap>\s*)(?P<time>(?P<hour>\d{1,2})[:：]\d{2}(?:[:：]\d{2})?))?(?:\s+|(?=[^\s\d:：]))(?P<rest>\S.*)$"
)
_BRACKETED_STAMP = re.compile(rf"^[（(][ \u3000]*(?P<stamp>{STAMP_DATE}(?:[ \u3000]*{STAMP_TIME})?)[ \u3000]*[）)]")
# A source given as an address, the listing's column after it (来源：http://www.example.com  工作方案).
_SOURCE_ADDRESS = re.compile(rf"^(?P<address>(?:https?://|www\.)[!-~]+)[ \u3000]+[{HAN}]{{2,8}}$")
# A stamp without its year in square brackets leading a row of fields ([10-05 23:18:02] 来源：…).
_BRACKETED_SHORT_STAMP = re.compile(rf"^[\[［][ \u3000]*(?P<stamp>\d{{1,2}}-\d{{1,2}}[ \u3000]+{STAMP_TIME})[ \u3000]*[\]］][ \u3000]*")
_VIEW_COUNT = re.compile(r"^\d*\s*次(?:浏览|阅读|点击|访问)\s*")
_COUNT_FIRST = re.compile(r"(?:^|(?<=\s))\d{1,9}[ \u3000]*次(?:浏览|阅读|点击|访问)(?=\s|$)")  # 0次浏览 beside the fields
_PIPE = re.compile(r"\s*[|｜]\s*")
# A link under a label (原文链接：http://…, 地址：www.…).
# A scraper's header may label it in English (Original URL: http://…); a policy site may leave the
# scheme off (本文链接：//www.…). The label is never the scheme itself (http://…, 关于http://…的通知).
# Several links may stand under one label, parted by bars or spaces (附件：https://….docx | https://….pdf).
_ONE_URL = r"(?:(?:https?:)?//|www\.)[^\s|｜，；]+"
# A page's address alone on its line (a wiki's field table may leave its cell's bar after it: http://… |).
BARE_URL_LINE = re.compile(r"^(?P<url>(?:https?://|www\.)\S+?)(?:[ \u3000]*[|｜])?$")
# (a law library sets the label in brackets after a bullet: • 【法规来源】http://…)
LABELLED_URL = re.compile(
    r"^(?:(?:[•·▪][ \t\u3000]*)?【[^\s【】]{1,8}】|(?:[^\s：:]{1,8}|[A-Za-z][A-Za-z ]{1,20})(?<![Hh][Tt][Tt][Pp])(?<![Hh][Tt][Tt][Pp][Ss])[：:])\s*"
    rf"({_ONE_URL}(?:(?:[ \t\u3000]*[|｜，；][ \t\u3000]*|[ \t\u3000]+){_ONE_URL})*)$"
)
# An address with a row of fields glued after it (see `source_url_row`).
_URL_ROW = re.compile(r"^(?P<lead>(?:https?://|www\.)[!-~]+?)[ \u3000]*(?P<rest>[^!-~\s].*)$")
_TAG_ROW = re.compile(r"^(?P<lead>[\[［【][^\[\]［］【】：:]{2,30}[\]］】])[ \u3000]*(?P<rest>\S.*)$")
# A word and its colon standing apart in a row of fields (… 统一登记号：YX-2012-006), or a cell of a
# field table written with bars (| 公开类型: | 主动公开 |): a label where listed labels stand beside it.
_ROW_LABEL = re.compile(f"(?:^|(?<=\\s))([{HAN}]{{2,8}})[ \u3000]*[:：]")
_LABEL_CELL = re.compile(f"^[{HAN}](?:[ \u3000]*[{HAN}]){{1,7}}[ \u3000]*[:：]$")
_MIN_ROW_LABELS = 2  # a row of fields names this many listed labels before its unlisted ones count
# 信息索引 :… as a field row writes it, or letter-spaced (地 区：…) as a table's labels are set.
_UNLISTED_LABEL = re.compile(f"^([{HAN}]{{2,6}}|[{HAN}](?:[ \u3000]{{1,2}}[{HAN}]){{1,3}})[ \u3000]*[:：]")
# The fields that name the document wherever they stand; a bare 名称 does so only in the field
# table over the text (名称 | 某县2023年工作总结 | 文号 |), where nothing else could be named.
# The labels of a page's byline (发布日期：… 来源：… 作者：…): the site's account of the article,
# never a line of the document (时间：… 地点：… opens a meeting's minutes, so 时间 is not one).
BYLINE_LABELS = frozenset(
    {"来源", "本文来源", "文章来源", "信息来源", "新闻来源", "稿件来源", "出处", "发布日期", "发布时间", "发表时间"}
    | {"作者", "编辑", "责任编辑", "责编", "记者", "发布者", "发布人"}
)
# The fields that declare the document's title (信件标题, 来信标题, 留言标题: a mailbox's letter).
TITLE_LABELS = ("标题", "信息名称", "文件标题", "政策名称", "政策名", "信件标题", "来信标题", "留言标题")
NAME_LABELS = ("名称", *TITLE_LABELS, "文件名称")  # the fields of a page's table that name the document


def declared_title(metadata: dict[str, str]) -> str:
    """The title a page's own field declares (标题：…, 信息名称：…, 文件标题：…), "" if none does.
    A bare 名称 declares it in a disclosure page's field block (索引号：… 名称：… 文号：…), whether
    the block is a table or lines: there it can name nothing but the document."""
    labels = (*TITLE_LABELS, "名称") if metadata.get("索引号") else TITLE_LABELS
    return next((metadata[label] for label in labels if metadata.get(label)), "")
_MIN_GRID_LABELS = 3  # a header of labels over a row of values names at least this many fields
_MAX_LONG_LABEL = 10  # a word standing apart and the listed label it ends with make one label this long at most
_ORGAN_END_CHARS = "局委办厅院部会处室站所网报社台"  # the last character of an organ's or a site's name
_ORGAN_TAIL = f"(?:政府|[{_ORGAN_END_CHARS}]|中心)"  # what an organ's or a site's name ends with
_ORGAN_END = re.compile(f"{_ORGAN_TAIL}$")  # a name a source value ends with
_MIN_GLUED_LABEL = 3  # a shorter label (时间, 来源) written inside a value may be part of a word
_MAX_GLUED_ROW = 60  # a field row whose label is glued to its value is no longer than this
_GLUED_ROW_STOPS = "。，；！？,;!?：:"  # a line holding one of these is a sentence, or a row `parse_metadata_line` reads
# A publication stamp glued to the end of a value (来源：某某网2024/10/20 14:08:30), maybe with the
# site's view count glued to its seconds (14:08:3022).
_GLUED_STAMP = re.compile(
    rf"(?<=[{HAN}])(?P<stamp>\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:[ \u3000]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)\d*[ \u3000]*$"
)
# The stamp set after a source or a byline with spaces (来源：某某县政府网   2017-08-17, 编辑：admin
# 2023-05-09 17:03:07): a source or a name never ends with a date, so the date is the page's.
_SPACED_STAMP = re.compile(
    rf"(?<=[{HAN}A-Za-z0-9])[ \u3000]+(?P<stamp>\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:[ \u3000]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)[ \u3000]*$"
)
# A time field's stamp with a toolbar word set apart after it (2017-03-15 10:45   大).
_STAMP_TOOLBAR = re.compile(rf"(?P<stamp>{STAMP_DATE}(?:[ \u3000]*{STAMP_TIME})?)[ \u3000]+(?P<word>\S{{1,6}})")
_TIME_WORDS = "(?:上午|下午|中午|晚上|凌晨|早上|前后|左右|许|起|止|至|开始|截止)"  # words a time goes on with
# A content system's stamp, to the minute, with words set apart after it (2024-09-14 15:00:54 章程
# 我要投稿: the column's name and a toolbar link): no digit in them, a few short words.
_TIMED_STAMP_WORDS = re.compile(
    rf"(?P<stamp>{STAMP_DATE}[ \u3000]*{STAMP_TIME})(?![ \u3000]+{_TIME_WORDS})(?:[ \u3000]+[^\s\d:：]{{1,8}}){{1,3}}[ \u3000]*"
)
# A stamp with words set apart after it, no figure in them, where the site's toolbar follows
# (时间：2023-08-14 工作总结 我要投稿, the column's name and a link): the words are the site's too.
_STAMP_WORDS = re.compile(
    rf"(?P<stamp>{STAMP_DATE}(?:[ \u3000]*{STAMP_TIME})?)(?![ \u3000]+{_TIME_WORDS})(?:[ \u3000]+[^\s\d:：]{{1,20}}){{1,3}}[ \u3000]*"
)
# The word a short time label is glued to, standing apart after a space (… 最后修改时间：): the label's start.
_WORD_APART = re.compile(f"(?<=[ \u3000])[{HAN}]{{1,6}}$")
_SOURCE_LABELS = ("来源", "作者", "编辑", "发布机构", "发布单位", "发布者", "发布人")
_TIME_LABELS = frozenset(
    {"时间", "日期", "发布时间", "发布日期", "成文日期", "成文时间", "发文日期", "公开日期", "更新时间", "发表时间"}
)
# A page's publication stamp alone on a line near the top: 2026年02月10日 07时41分,
# 2026-02-03 09:02:33, 2026-02-03. A bare 2023年3月28日 is the document's own date: text.
# A news mirror's stamp may set the day first, dotted, with its time (16.02.2016 09:41). A page
# kept as a table's cells leaves the cell's bar after it (2009-04-30 |).
DATE_LINE = re.compile(
    r"^(?:\d{4}(?:年\d{1,2}月\d{1,2}日(?=\s*\d)|[-/.]\d{1,2}[-/.]\d{1,2})"
    r"(?:\s*\d{1,2}(?:[:：]\d{2}(?:[:：]\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?))?"
    r"|\d{1,2}\.\d{1,2}\.\d{4}[ \u3000]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)(?:[ \u3000]*[|｜])?$"
)


def date_line_value(line: str) -> str:
    """The stamp a `DATE_LINE` holds, without a bullet before it or a cell's bar after it."""
    return re.sub(r"[ \u3000]*[|｜]$", "", BULLET.sub("", line, count=1).strip())


@dataclass
class Page:
    title: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    origin: list[int] = field(default_factory=list)  # index in the input of each kept line
    findings: list[Finding] = field(default_factory=list)
    # Lines of site chrome dropped without a finding of their own (toolbars, trails, buttons):
    # reported together in one finding, so nothing leaves the text unsaid in the review.
    chrome: list[str] = field(default_factory=list)
    # Lines dropped from over the headline as the site's (its name, a menu): the same line at the
    # page's foot is the site's too.
    masthead: set[str] = field(default_factory=set)


@lru_cache(maxsize=1)
def label_pattern() -> re.Pattern[str]:
    """A metadata label of `data/metadata_labels.tsv` and its colon, matched on a folded line."""
    return _label_regex(_listed_labels())


@lru_cache(maxsize=1)
def _listed_labels() -> tuple[str, ...]:
    return tuple(row.fields[0].strip() for row in read_tsv("audiojiedu.ingest", "data/metadata_labels.tsv"))


@lru_cache(maxsize=1)
def _record_labels() -> frozenset[str]:
    rows = read_tsv("audiojiedu.ingest", "data/metadata_labels.tsv")
    return frozenset(row.fields[0].strip() for row in rows if row.fields[1:] == ("record",))


_RECORD_HEAD = 24  # a record's row names its first label within this many characters (after a bullet or a bar)


def record_row(line: str) -> dict[str, str] | None:
    """The fields of a mailbox record's row (回复部门 热线办 回复日期 2020-03-19), wherever it
    stands: between the letter and the reply it is still the page's record, not the reply's text."""
    head = re.sub(r"\s", "", fold(line)[:_RECORD_HEAD])
    if not any(label in head for label in _record_labels()):
        return None  # (asked of every line of a page's text: the full parse only where a record label opens it)
    fields = parse_metadata_line(line)
    if fields and all(label in _record_labels() for label in fields):
        return fields
    return None


@lru_cache(maxsize=64)
def _label_regex(labels: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first so 发布时间 wins over 时间; spaces may sit between the characters (索 引 号).
    spaced = ["[ \u3000]*".join(map(re.escape, label)) for label in sorted(labels, key=len, reverse=True)]
    # A number's label may be written glued to the number (监督索引号5328…, 索引号MB1D…).
    return re.compile(f"(?:^|(?<=[\\s；;]))({'|'.join(spaced)})[ \u3000]*(?:[:：][ \u3000]*|(?=\\s)|$|(?<=号)(?=[0-9A-Z]))")


@lru_cache(maxsize=1)
def _glued_label() -> re.Pattern[str]:
    """A label of three characters or more written with its colon right after the previous
    value (来源：某区人民政府发布日期：2020-03-02): the start of a field of its own."""
    labels = list(_listed_labels())
    labels.sort(key=len, reverse=True)
    long_labels = "|".join(re.escape(label) for label in labels if len(label) >= _MIN_GLUED_LABEL)
    short_labels = "|".join(re.escape(label) for label in labels if len(label) < _MIN_GLUED_LABEL)
    short_times = "|".join(re.escape(label) for label in labels if len(label) < _MIN_GLUED_LABEL and label in _TIME_LABELS)
    short_bylines = "|".join(re.escape(label) for label in labels if len(label) < _MIN_GLUED_LABEL and label in BYLINE_LABELS)
    # Two characters set letter-spaced before a colon (文 号：, 行 业：) in a field's value are the next
    # field's label, listed or not: a table's labels are spaced so, no value's words are.
    spaced_pair = f"[{HAN}][ \u3000]+[{HAN}]"
    # A shorter label is a field of its own only where it cannot end a word: right after a figure
    # or a written date (2023-03-09作者：某某, 2023年03月09日来源：某某局), or a time label whose
    # value is a date (某某日报时间：2025-04-04).
    return re.compile(
        f"(?:(?<=\\S)|^)(?:{long_labels})[ \u3000]*[:：]"  # opening the value too: the field before it is empty
        f"|(?<=\\d)(?:{short_labels})[ \u3000]*[:：]"
        f"|(?<=[^\\s:：\\d〕］\\]）)]){spaced_pair}[ \u3000]*[:：]"  # not 15号 性：, a number's 号
        f"|(?<=\\d日)(?:{short_labels})[ \u3000]*[:：]"
        f"|^(?:{short_labels})[ \u3000]*[:：]"  # opening the value: the field before it is empty (人气:作者:未知)
        f"|(?<=[^\\s:：])(?:{short_times})[ \u3000]*[:：](?=[ \u3000]*\\d{{4}}[-/.年])"
        # a byline's label glued to a source's name as an organ's or a site's name ends (某某官网作者：,
        # 某某局编辑：); 工作者：, 资金来源： end no such name
        f"|(?:(?<=[{_ORGAN_END_CHARS}])|(?<=政府)|(?<=中心))(?:{short_bylines})[ \u3000]*[:：]"
    )


@lru_cache(maxsize=1)
def _glued_toolbar() -> re.Pattern[str]:
    """A toolbar link glued between a field's figures and the next label (时间：2019-05-14
    10:45:55下载本文作者：…): a chrome token of two characters or more, or an action and its object
    (see `page_chrome`), right after a figure and right before a listed label and its colon."""
    words = chrome_words()
    tokens = "|".join(re.escape(token) for token in sorted(words["token"], key=len, reverse=True) if len(token) >= 2)
    actions = words_pattern(words["action"])
    labels = "|".join(re.escape(label) for label in sorted(_listed_labels(), key=len, reverse=True))
    return re.compile(f"(?<=\\d)(?:(?:{actions})[{HAN}]{{1,2}}?|{tokens})(?=(?:{labels})[ \u3000]*[:：])")


@lru_cache(maxsize=1)
def _glued_row() -> re.Pattern[str]:
    """A listed label of `_MIN_GLUED_LABEL` characters or more opening a line, its value glued on
    with no colon or space between (发文日期2021年12月21日, 时效性现行有效)."""
    labels = sorted((label for label in _listed_labels() if len(label) >= _MIN_GLUED_LABEL), key=len, reverse=True)
    return re.compile(f"^({words_pattern(labels)})(?=[^\\s:：])")


def glued_field(line: str) -> tuple[str, str] | None:
    """`line` as a field whose label is glued to its value, one field a line, no separator (a law
    database's record: 发文机关某某厅 / 发文日期2021年12月21日 / 时效性现行有效): the key and the
    value as written, or None. A line holding a sentence mark, or longer than a field row, is text
    (施行日期由本办法另行规定。). One such line alone may be a sentence that opens with the word:
    only a run of them is a field block (see `page_head.take_glued_fields`)."""
    line = line.strip(" \t\u3000")
    folded = fold(line)
    if len(line) > _MAX_GLUED_ROW or any(mark in folded for mark in _GLUED_ROW_STOPS):
        return None
    match = _glued_row().match(folded)
    if match is None:
        return None
    return match.group(1), line[match.end() :].strip(" \u3000")


def unlisted_label(line: str) -> str:
    """The label opening `line` (信息索引：…, 编辑人 :…, 内容概览：) when it is shaped as a field's
    label, a short word and its colon, but is not in `data/metadata_labels.tsv`; "" otherwise.
    Such a label is a field only where the page's field rows stand round it (see page.py)."""
    folded = BULLET.sub("", fold(line.strip()), count=1)
    if (numbered := _NUMBERED_BRACKET.match(folded)) is not None:
        # 2. [规划分类] 区级规划纲要 among 1. [主题分类] … / 3. [发文单位] …: a numbered list's label in brackets
        folded = _BRACKET_LABEL.sub(lambda label: f"{label.group(1)}：", folded[numbered.end() :], count=1)
    match = _UNLISTED_LABEL.match(folded)
    if match is None or label_pattern().match(folded):
        return ""
    return re.sub("[ \u3000]", "", match.group(1))


def clipped_label(line: str) -> str:
    """The last character of a listed label opening `line` with its colon, the rest of the label
    lost (号: for 索 引 号:, 称: for 名  称:, 性: for 有效性:: a copy of a field table that dropped the
    start of the cell); "" otherwise. Such a label is a field only amid the page's field rows
    (see `page_head.take_unlisted_fields`)."""
    match = _CLIPPED_LABEL.match(fold(line.strip()))
    return match.group(1) if match is not None and match.group(1) in _label_ends() else ""


_CLIPPED_LABEL = re.compile(f"^([{HAN}])[ \u3000]*[:：]")


@lru_cache(maxsize=1)
def _label_ends() -> frozenset[str]:
    return frozenset(label[-1] for label in _listed_labels() if len(label) >= 2)


def is_label_alone(line: str) -> bool:
    """`line` is a field's label and its colon alone, listed or not (发 布 机 构 ：, 主 题 ：,
    联系电话：), its value under it; no salutation (各单位：)."""
    return is_label_only(line) or is_bare_unlisted_label(line)


def is_bare_unlisted_label(line: str) -> bool:
    """`line` is an unlisted label and its colon with nothing after it (今日是：, 主 题 ：), not the
    text's salutation (各单位：)."""
    label = unlisted_label(line)
    folded = fold(line).strip()
    return bool(label) and re.sub("[ \u3000]", "", folded).rstrip("\t:：") == label and not _ADDRESSEES.match(folded)


# The text's salutation (各有关单位：, 各区县人民政府：): a word and a colon as an empty label is, but
# the addressees, who open the text even right under a field list's last empty label.
_ADDRESSEES = re.compile(f"^各[{HAN}]{{1,18}}[：:]$")


def empty_widget(body: list[str], index: int) -> bool:
    """body[index] is a short word and its colon with nothing after it (今日是：, 排序：) where no
    value can follow: the next line is chrome or a label too, or it ends a run of such empty
    labels (搜索位置： / 匹配度： / 排序：, or a listed label left empty over it: 文号： / 时效：). A box
    the site's script fills in, or a field left empty, in a saved page.
    A label whose value is the next line (信息来源： / 某某局) is not one."""

    if not is_bare_unlisted_label(body[index]):
        return False
    following = next((text for text in body[index + 1 :] if text), "")
    return (
        not following
        or is_chrome_line(following)
        or bool(unlisted_label(following) or is_label_only(following))
        or (index > 0 and (is_bare_unlisted_label(body[index - 1]) or is_label_only(body[index - 1])))
    )


def is_listed_label(label: str) -> bool:
    """`label` is one of `data/metadata_labels.tsv` as it stands (发布时间; not 某市发布)."""
    return label in _listed_labels()


def names_a_field(label: str) -> bool:
    """`label` ends with a listed label (结果反馈日期, 发布来源): it names a field, whatever its
    first words are."""
    return any(len(listed) >= 2 and label.endswith(listed) for listed in _listed_labels())


@lru_cache(maxsize=1)
def _empty_counter() -> re.Pattern[str]:
    """A counter left empty glued before a field's label (浏览次数:发布时间:2016-03-25): its word
    and colon, the count the page's script never filled."""
    words = "|".join(re.escape(word) for word in sorted(chrome_words()["counter"], key=len, reverse=True))
    labels = "|".join(re.escape(label) for label in sorted(_listed_labels(), key=len, reverse=True))
    # … or with only its unit left where the count should be (阅读: 次, 浏览：人次)
    unit = r"(?:人次|次)(?=[\s|｜]|$)"
    return re.compile(rf"(?:^|(?<=[\s|｜]))(?:{words})[ \u3000]*[:：][ \u3000]*(?:(?=(?:{labels})[ \u3000]*[:：])|{unit})")


# A counter's word set apart at a value's end, its count lost (作者：某某网【转载】   阅读).
# (glued to a date's last digit it keeps its colon: 更新时间:2026-01-11点击次数:, 18:25浏览：次)
_TRAILING_COUNTER = re.compile(
    r"[ \u3000]+(?:阅读|浏览|点击|访问|评论)(?:次数|量|数)?[ \u3000]*[:：]?$|(?<=\d)(?:阅读|浏览|点击|访问|评论)(?:次数|量|数)?[ \u3000]*[:：](?:[ \u3000]*次)?$"
)


@lru_cache(maxsize=1)
def _empty_toolbar() -> re.Pattern[str]:
    """A toolbar's word and colon left without its buttons before a field's label (浏览字号：
    来源：某某网, 字号：  日期：2007.02.25): the page's script drew the buttons (大 中 小)."""
    words = chrome_words()
    tokens = "|".join(re.escape(token) for token in sorted(words["token"], key=len, reverse=True) if len(token) >= 2)
    labels = "|".join(re.escape(label) for label in sorted(_listed_labels(), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[\s|｜]))(?:{tokens})[ \u3000]*[:：][ \u3000]*(?=(?:{labels})[ \u3000]*[:：])")


def _blank_counters(line: str) -> str:
    """`line` with its counters (阅读：69, 瀏覽量：) and empty toolbar words (字号：) set to spaces, found on the folded copy so a
    traditional page's are found too; the rest keeps its characters as written."""
    folded = fold(line)
    for pattern in (_empty_counter(), counter_pattern(), glued_counter_pattern(), _empty_toolbar(), _COUNT_FIRST):
        for match in reversed(list(pattern.finditer(folded))):
            line = f"{line[: match.start()]} {line[match.end() :]}"
            folded = f"{folded[: match.start()]} {folded[match.end() :]}"
    return line


_PUBLISHED = ("发布", "发表", "公开", "更新")  # a time label opening so names when the page was put up
_WRAPPED_ROW = re.compile(r"〖(?P<row>[^〖〗]+)〗")
_BRACKETED_FIRST_FIELD = re.compile(r"[\[［](?P<field>[^\[\]［］]{2,40}[:：][^\[\]［］]+)[\]］]")


def parse_metadata_line(line: str, *, extra: str = "") -> dict[str, str] | None:
    """Read 'label value label value' (or 'label：value'); None if `line` is not such a row.
    A list bullet before the first label (• 索引号：…, - 发文字号：…) is allowed.

    `extra` is a label read as if it were listed (one the page's field rows around `line` show
    to be a label, see `unlisted_label`).

    A value ends where the next label, a counter (阅读：69) or a toolbar word (字体大小：) begins;
    counters before the first label (浏览量：  时间：…) are the site's, not fields. A label is never
    a value: in a field table with empty cells (体裁分类 生命周期分类) the next label stands where a
    value would, and the field is left empty.
    """
    if (wrapped := _WRAPPED_ROW.fullmatch(line.strip())) is not None:
        line = wrapped.group("row")  # 〖发布日期：2010-4-28 某某网 管理员〗: a row set in the site's brackets
    elif (first := _BRACKETED_FIRST_FIELD.match(line.strip())) is not None and label_pattern().match(fold(first.group("field"))):
        # [发布日期: 2026-01-20]   本文已被浏览过: …: the row's first field in the site's brackets
        line = f"{first.group('field')} {line.strip()[first.end() :]}"
    found = _parse_metadata_line(line, extra=extra)
    if found is None and line.lstrip().startswith(("【", "】")) and line.count("【") != line.count("】"):
        # 【信息来源:【信息时间:2024-03-15 07:31 阅读次数: 】【字号 】【关闭 or 】编辑:某某 来源:…: a copy lost
        # some of the brackets round the fields and the buttons; what is left of them sets nothing apart
        found = _parse_metadata_line(re.sub("[【】]", " ", line), extra=extra)
    return found


def _parse_metadata_line(line: str, *, extra: str = "") -> dict[str, str] | None:
    line = _blank_counters(line).strip()
    while (toolbar := _glued_toolbar().search(fold(line))) is not None:
        line = f"{line[: toolbar.start()]} {line[toolbar.end() :]}"  # 10:45:55下载本文作者：: the link's
    if _PIPE.search(line):
        cells = [_bare_label_cell(cell) for cell in pipe_cells(line)]
        # 发布时间 | 2021-02-10 责任编辑 | 来源 | 沈阳日报: a label shares a cell with a value, so the
        # cells do not alternate; the bars only set the fields apart.
        shared = any(label_pattern().search(fold(cell), 1) for cell in cells)
        fields = None if shared else _pipe_fields(cells, dropped=_empty_end_cells(line), labels=_label_cells(cells))
        if not shared and (fields is not None or (cells and is_label_only(cells[0]))):
            return fields  # | 名称 | 单位 | 金额 |: a table's header, not fields
        # 来源：某某网 | 作者：张三: fields set apart by bars; | 责任编辑：某某 |: a row set in a layout table's cell.
        # A cell that is a link of the site's (… | 来源:某某台 | 手机看视频) is no part of a value.
        line = " ".join(cell for cell in pipe_cells(line) if label_pattern().search(fold(cell)) or not is_chrome_line(cell)).strip()
    line = _unbracket_labels(_NUMBERED_BRACKET.sub("", BULLET.sub("", line, count=1), count=1), extra=extra)
    # Labels are matched folded (來源) and with pinyin glosses blanked (發（fā）布時間, taken out of
    # the values later, see `gloss`); values are kept as written.
    folded = blank_glosses(fold(line))
    pattern = _label_regex((*_listed_labels(), extra)) if extra else label_pattern()
    first = pattern.match(folded)
    if first is None:
        return None
    pattern = _with_row_labels(pattern, folded, extra)
    found: dict[str, str] = {}
    matches = list(pattern.finditer(folded))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        for label, value in _split_glued(re.sub(r"\s", "", match.group(1)), line[match.end() : end]):
            end_stamp = ""
            trailer = row_trailer().search(fold(value))
            if trailer and not trailer.start() and fold(value).strip() in chrome_tokens():
                trailer = None  # 文章类型：转载: one toolbar word alone after the label, no colon, is its value
            value = value[: trailer.start()].strip() if trailer else value.strip()
            value = value.rstrip("；;，, \u3000")  # 时间：2018-02-11 19:59； 作者：… : the mark sets the fields apart
            value = _SLASH_END.sub("", value)  # 来源：某某网 / 时间：…: a slash set apart sets the fields apart too
            value = _TRAILING_COUNTER.sub("", value)
            value = _cut_empty_label(value)
            if label.endswith(_SOURCE_LABELS):
                value = _cut_glued_button(_SOURCE_ADDRESS.sub(r"\g<address>", value))
                if label not in _TIME_LABELS and (stamp := _SOURCE_END_STAMP.search(value)) is not None:
                    # 来源：某某网 2018年9月18日 10:58:59 (its toolbar cut off after it): the stamp is the page's
                    value, end_stamp = value[: stamp.start()], stamp.group("stamp")
            elif label in _TIME_LABELS:
                # The page's own stamp (发布日期：2010-4-28 某某信息网 管理员) never goes on with words:
                # the site's name and the poster's after it are the site's, as a toolbar is.
                value = _cut_stamp_toolbar(value, toolbar_after=trailer is not None or label.startswith(_PUBLISHED))
                if not _TIME_START.match(fold(value)) and not _TIME_WORD.search(fold(value)):
                    value = ""  # 时间： 某某962 分享: the uploader's name where the site left the time out, no time
            value = _PLACEHOLDER_END.sub("", value)
            if _BUTTON_VALUE.fullmatch(value):
                value = ""  # 来源： 打印正文, 来源：【打印】: the field left empty, the toolbar's button after it
            if value and not _is_label_run(value):
                found.setdefault(label, value)
            if end_stamp:
                found.setdefault("发布时间", end_stamp)
    return found


# A toolbar's button, maybe in its brackets (打印正文, 【打印】, 关闭窗口): never a field's value.
_BUTTON_VALUE = re.compile(
    r"[【\[［]?(?:(?:打印|关闭|收藏|分享|保存|返回|纠错)(?:正文|本页|本文|文章|窗口|此文|此页|页面|到)?|字号|字体)[】\]］]?"
    r"(?:[\[［(（]\d*[\]］)）])?"  # (收藏[0]: its count in brackets)
)
# A source's or a byline's value ending with the page's stamp set apart by spaces, in any of the
# forms a site prints it (某某网 2018年9月18日 10:58:59, 某某发布厅   2023-12-11 10:00:00).
_SOURCE_END_STAMP = re.compile(
    rf"(?<=[{HAN}A-Za-z0-9）)])[ \u3000]+(?P<stamp>{STAMP_DATE}(?:[ \u3000]+{STAMP_TIME})?)[ \u3000]*$"
)
# How a time's value opens: a figure or a numeral of a written date (2021-…, 二〇二一年…); a value
# opening with a name is none, the field is left empty.
_TIME_START = re.compile(r"^[ \u3000]*(?:[\d〇○零OＯ一二三四五六七八九十]|$)")
# A word any time or date is said with (上午九时, 每周一, 即日起, 另行通知): a value holding one is a time.
_TIME_WORD = re.compile(r"[年月日时点分秒周旬季午晚早晨夜今明昨即期间内前后起止至另待定]|星期|礼拜")
# A run of question marks set apart after a value, where characters were lost in the copy (某某办 ????):
# no part of it. One ? glued to a word (某某日?) is a lost character of the value and stays.
_PLACEHOLDER_END = re.compile(r"[ \u3000]+[?？]{2,}[ \u3000]*$")


_SLASH_END = re.compile(r"[ \u3000]+[/／|｜丨][ \u3000]*$")  # (丨, a stroke set as a bar: 2021-09-17 丨 阅读次数：)
_BYLINE_STAMP = re.compile(rf"(?<!\d)(?P<stamp>{STAMP_DATE}(?:[ \u3000]*{STAMP_TIME})?)[ \u3000]*")
_MIN_BYLINE_HEADLINE = 4  # a headline before a glued byline has this many characters at least


def split_glued_byline(title: str) -> tuple[str, dict[str, str], str] | None:
    """A headline with the page's byline glued to its end, no line break between them
    (某某发布2023年政府工作报告2023-01-30 14:22来源：某某网浏览数：255次): the headline, the byline's
    fields (the stamp is the publication time; a counter is no field) and the byline as written;
    None unless a stamp is followed by labelled fields to the end of `title` (a date inside a
    headline, 2023年1月30日召开…, is followed by words, not by a label)."""
    folded = fold(title)
    for stamp in _BYLINE_STAMP.finditer(folded):
        headline = title[: stamp.start()].strip()
        if len(headline) < _MIN_BYLINE_HEADLINE:
            continue
        fields = parse_metadata_line(title[stamp.end() :])
        if fields:
            return headline, {"发布时间": title[stamp.start() : stamp.end("stamp")], **fields}, title[stamp.start() :]
    return None


# A last word set apart by two spaces or more at the end of a value: maybe the label of a field left empty.
_LAST_WORD = re.compile(rf"^(?P<value>.*\S)[ \u3000]{{2,}}(?P<word>[{HAN}]{{2,8}})$")


def _cut_empty_label(value: str) -> str:
    """`value` without the label of an empty field after it at the row's end (分类: 报告    机构分类:
    a listed label, or a word ending with one of two characters or more, set apart by two spaces
    or more, nothing after it); a value's own last word set apart by one space stays."""
    last = _LAST_WORD.match(value)
    if last is None:
        return value
    word = fold(last.group("word"))
    if any(word == label or (len(label) >= 2 and word.endswith(label)) for label in _listed_labels()):
        return last.group("value")
    return value


def led_field_row(line: str) -> tuple[str, dict[str, str]] | None:
    """A row of fields led by what the site set before it: a copied page's source address, the
    fields of the page it came from glued after it (http://www.example.gov.cn/zwgk/123.html发文字号
    某政发〔2021〕1号 发布日期 2021-02-07; the address ends where the first character that no address
    holds begins), or a listing's category tag in square brackets ([研究报告 - 规划计划] 发表于：
    2022-08-05). The lead and the fields, or None if `line` is not so shaped."""
    match = _URL_ROW.match(line.strip()) or _TAG_ROW.match(line.strip())
    if match is None:
        return None
    fields = parse_metadata_line(match.group("rest"))
    return (match.group("lead"), fields) if fields else None


# A field before the text on its line: a label, its colon and a value without a space or a mark.
_LEADING_FIELD = re.compile(f"(?P<label>[{HAN}]{{2,8}})[ \u3000]*[:：][ \u3000]*(?P<value>[^\\s:：。；，]{{1,40}})[ \u3000]+")
_MIN_LEADING_FIELDS = 3  # … of which two at least carry listed labels
_MIN_TEXT_AFTER_FIELDS = 60  # characters of text the fields lead


def fields_before_text(line: str) -> tuple[dict[str, str], str] | None:
    """A flattened law page's field row run into the text on one line (法律效力位阶：地方性法规
    制定机关：某省人大常委会 时效性：有效 施行日期：2022-05-31 公布日期：2022-05-31 某某规定 （…通过）
    第一条 …): the fields and the rest of the line, or None. Three fields at least lead it, two
    of them under labels of the list (one the list lacks stands among them), and a text follows."""
    fields: dict[str, str] = {}
    at = 0
    folded = fold(line)
    while (field := _LEADING_FIELD.match(folded, at)) is not None:
        fields[field.group("label")] = line[field.start("value") : field.end("value")]
        at = field.end()
    listed = sum(label_pattern().fullmatch(f"{label}：") is not None for label in fields)
    rest = line[at:].strip()
    if len(fields) < _MIN_LEADING_FIELDS or listed < 2 or len(rest) < _MIN_TEXT_AFTER_FIELDS:
        return None
    return fields, rest


# A forum post's header: the poster's user name, any characters but spaces and marks (某某, xinwen.mobi,
# user_2024), then 发表于 and the post's time (某某 发表于 2025-7-18 05:33:23 | 显示全部楼层 |阅读模式).
_POSTER_LEAD = re.compile(r"^(?P<name>[^\s|｜:：，。；]{1,30})[ \u3000]+(?P<rest>发表于.{0,200})$")


def post_header(line: str) -> tuple[str, dict[str, str]] | None:
    """A forum post's header, under the thread's title or over it: the poster's user name, then
    发表于 and a dated time, the thread's toolbar cells after it (xinwen.mobi 发表于 2025-7-18 05:33:23
    | 显示全部楼层 |阅读模式): the name and the fields, or None."""
    match = _POSTER_LEAD.match(line.strip())
    if match is None:
        return None
    fields = parse_metadata_line(match.group("rest"))
    if not fields or not re.match(r"\d{4}[-/.年]", fields.get("发表于", "")):
        return None
    return match.group("name"), fields


def take_led_field_row(page: Page, led_row: tuple[str, dict[str, str]]) -> None:
    """The fields after the site's lead (a copied page's source address, a listing's category
    tag, see `led_field_row`) go to the metadata; the lead is not read (a finding keeps it)."""
    lead, fields = led_row
    merge_metadata(page, fields)
    page.findings.append(Finding("chrome-dropped", "字段行前网站加的原网址或分类标签（字段已读入）：未朗读", lead))


def _cut_glued_button(value: str) -> str:
    """A source's or a byline's `value` without the toolbar button the page glued to its end
    (来源：某某司收藏, 作者：某某打印): an action verb of the page (the `action` rows of
    page_chrome.tsv: 收藏, 打印, 分享 …) ending it, a name of two characters or more left before it.
    Only actions: a source may well end with another chrome word (人民日报客户端, 某某发布微博,
    某某微信公众号) and that is its name."""
    folded = fold(value)
    for token in sorted(chrome_words()["action"], key=len, reverse=True):
        if folded.endswith(token) and len(folded) - len(token) >= 2 and re.match(f"[{HAN}]", folded[-len(token) - 1]):
            return value[: -len(token)].rstrip()
    return value


def _cut_stamp_toolbar(value: str, *, toolbar_after: bool = False) -> str:
    """A time field's `value` without the toolbar word set apart after its stamp (发布时间：
    2017-03-15 10:45   大, the font-size picker's 大 中 小 one a line under it): a stamp, spaces
    and one chrome token, even of one character; a stamp never ends with such a word. A stamp
    with its time of day ends the value whatever words follow it (2024-09-14 15:00:54 章程 我要投稿:
    the column's name and a link), as long as they hold no figure."""
    stamp = _STAMP_TOOLBAR.fullmatch(fold(value))
    if stamp is not None and stamp.group("word") in chrome_tokens():
        return value[: stamp.end("stamp")]
    if (timed := _TIMED_STAMP_WORDS.fullmatch(fold(value))) is not None:
        return value[: timed.end("stamp")]  # a stamp to the minute never goes on with words: the site's
    if toolbar_after and (words := _STAMP_WORDS.fullmatch(fold(value))) is not None:
        return value[: words.end("stamp")]  # 2023-08-14 工作总结 我要投稿: the column's name before the site's link
    return value


def _with_row_labels(pattern: re.Pattern[str], folded: str, extra: str) -> re.Pattern[str]:
    """`pattern`, and the unlisted labels of the row `folded` if it names at least
    `_MIN_ROW_LABELS` listed ones (or those ending with a listed label if it names fewer): in 文号： 统一登记号：YX-2012-006 签署日期：2012-09-20 登记日期：…
    each word and its colon standing apart is a field's label, so 统一登记号 is not 文号's value and
    登记 not the end of 签署日期's (a word and its colon inside a value, 主要内容：…，会议强调：…, is
    not set apart by a space). The row must write its listed labels with colons too: in
    信息名称  音频解读：《某报告》 the word and colon begin the value of a label written without one."""
    labels = list(pattern.finditer(folded))
    if not all(label.group().rstrip(" \u3000").endswith(("：", ":")) for label in labels):
        return pattern  # 信息名称  音频解读：《…》: in a row whose labels have no colons, a colon is the value's
    listed = {*_listed_labels(), *chrome_words()["counter"], *chrome_tokens()}  # 瀏覽：1447次 is the site's
    unlisted = tuple(
        dict.fromkeys(label for label in _ROW_LABEL.findall(folded) if label not in listed and not _organ_glued(label))
    )
    if len(labels) < _MIN_ROW_LABELS:
        # With one listed label only, a word standing apart is a label if it ends as one does
        # (索引号：… 信息分类名称：…, see `names_a_field`).
        unlisted = tuple(label for label in unlisted if names_a_field(label))
    return _label_regex((*_listed_labels(), *((extra,) if extra else ()), *unlisted)) if unlisted else pattern


_MIN_GLUED_ORGAN = 3  # an organ's name glued to a label has this many characters (市政府办; 承办 is a label's word)


def _organ_glued(word: str) -> bool:
    """`word` is a source's value, an organ's name, glued to a listed label (市政府办发布时间:
    after 信息来源：): no label of its own (see `_split_glued`)."""
    return any(
        word.endswith(label)
        and len(word) - len(label) >= _MIN_GLUED_ORGAN
        and _ORGAN_END.search(word[: -len(label)]) is not None
        for label in _listed_labels()
    )


def _split_glued(label: str, value: str) -> list[tuple[str, str]]:
    """The fields in `value` of `label`, a next label or the page's stamp glued on to it set apart:
    来源：某区人民政府发布日期：2020-03-02 holds 发布日期 too, and 来源：某某网2024/10/20 14:08:30 the
    publication time (a count glued to the time's seconds, 14:08:3022, is the site's counter), as
    has 来源：某某县政府网   2017-08-17 (a source's or a byline's value set apart by spaces). A short
    time label glued to a word standing apart (发布者：某某办公室 最后修改时间：2025-…) is read with it
    as one label, 最后修改时间; so is a longer label when the two make a label's length (发文字号：
    某令第357号 规范性文件统一编号：-, the site's label 规范性文件统一编号 the table does not list)."""
    fields: list[tuple[str, str]] = []
    while (glued := _glued_label().search(fold(value))) is not None:
        start = glued.start()
        word = _WORD_APART.search(fold(value)[:start])
        glued_label = re.sub(r"[\s:：]", "", glued.group())
        qualifies = (
            word is not None
            and len(word.group()) + len(glued_label) <= _MAX_LONG_LABEL
            and not _ORGAN_END.search(word.group())  # 来源：某某区 人民政府发布日期：: the source's name
        )
        if word is not None and (
            (len(glued_label) < _MIN_GLUED_LABEL and (glued_label in _TIME_LABELS or not _ORGAN_END.search(word.group())))
            or qualifies
        ):
            start = word.start()  # 某某办公室 最后修改时间：2025-…: the word standing apart is the label's
        fields.append((label, value[:start]))
        label, value = re.sub(r"[\s:：]", "", fold(value)[start : glued.end()]), value[glued.end() :]
    stamp = _GLUED_STAMP.search(blank_glosses(fold(value)))
    if stamp is None and label.endswith(_SOURCE_LABELS):
        stamp = _SPACED_STAMP.search(blank_glosses(fold(value)))
    if stamp is not None and label not in _TIME_LABELS:
        fields += [(label, value[: stamp.start("stamp")].rstrip()), ("发布时间", value[stamp.start("stamp") : stamp.end("stamp")])]
    else:
        fields.append((label, value))
    return fields


def _is_label_run(value: str) -> bool:
    """True if `value` is only labels (生命周期分类, 信息格式/语种): an empty cell's neighbour."""
    parts = [part for part in re.split(r"[/／、]", value) if part.strip()]
    return bool(parts) and all(is_label_only(part) for part in parts)


def _empty_end_cells(line: str) -> int:
    """How many empty cells end a row written with bars: 1 in 关键词 | 发布机构 | 某镇 | |."""
    end = re.search(r"(?:[|｜][ \u3000]*)+$", line)
    return end.group().count("|") + end.group().count("｜") - 1 if end else 0


def _label_cells(cells: list[str]) -> frozenset[str]:
    """The unlisted label cells of a field table row written with bars whose cells alternate label
    and value, every label written with its colon (公开类型: | 主动公开 | 公开期限: | 长期公开): the
    colons and the alternation show the labels; empty if the row is not so shaped."""
    labels, values = cells[0::2], cells[1::2]
    if len(cells) < 4 or len(labels) != len(values):
        return frozenset()
    if not all(_LABEL_CELL.match(fold(label)) for label in labels):
        return frozenset()
    if any(not value or value.endswith(("：", ":")) or is_label_only(value) for value in values):
        return frozenset()
    return frozenset(label for label in labels if not is_label_only(label))


# A label cell written with its colon: a few characters (内容概览：).
_EMPTY_FIELD_CELL = re.compile(f"[{HAN}]{{2,8}}[：:]")


def _pipe_fields(cells: list[str], *, dropped: int = 0, labels: frozenset[str] = frozenset()) -> dict[str, str] | None:
    """A field table written with bars (索引号 | 1135…/2025-00123 | 发布机构 | 某某市人民政府):
    label cells alternate with value cells; None if the cells are not such a row.

    A table whose empty value cells were dropped sets the next label where a value would be
    (成文日期： | 发布日期： | 2023-11-07): a label written with its colon and followed by another
    label is an empty field. Labels without colons side by side are a table's header, unless the
    row ends in as many empty cells (`dropped`) as the labels left without a value: the page moved
    its empty cells to the end of the row (关键词 | 发布机构 | 某镇 | |), and a value must follow.
    `labels` are cells read as labels although unlisted (see `_label_cells`)."""
    found: dict[str, str] = {}
    columns = table_words()
    index = 0
    shifted = 0
    while index < len(cells):
        label = cells[index]
        value = cells[index + 1] if index + 1 < len(cells) else ""
        if (own := _field_cell(label)) is not None:
            found.setdefault(*own)  # | 发布日期：2023-01-29 |: a label and its value in one cell
            index += 1
            continue
        if _EMPTY_FIELD_CELL.fullmatch(label) and not any(cells[index + 1 :]):
            break  # | 内容概览： | | |: a label, unlisted, written with its colon, and no value in the row
        if not is_label_only(label) and label not in labels:
            return None
        if is_label_only(value) and label.endswith(("：", ":")) and value.endswith(("：", ":")):
            index += 1  # an empty field: the next label follows
            continue
        if _field_cell(value) is not None:
            # 发文字号： | 发布日期：2023-01-29, 文 号 | 成文日期:2017-06-27: the label left empty, the next
            # cell a field of its own
            index += 1
            continue
        if is_label_only(value) and shifted < dropped and value not in columns["value"] + columns["label"]:
            shifted += 1  # an empty field whose cell went to the end of the row
            index += 1
            continue
        if index + 1 >= len(cells):
            break  # | 废止日期 | |: the empty value cell was dropped
        if is_label_only(value) or value in columns["value"] + columns["label"]:
            return None  # | 名称 | 金额 |: the header of a table
        if value:
            found.setdefault(label_key(label), value)
        index += 2
    if shifted and not found:
        return None  # labels only: a header row, whatever its empty cells
    return found if cells else None


def _field_cell(cell: str) -> tuple[str, str] | None:
    """A cell of a bar table holding a listed label, its colon and its value (发布日期：2023-01-29): the
    label's key and the value, else None."""
    match = re.match(r"^(?P<label>[^:：|｜]{1,12}?)[ \u3000]*[:：][ \u3000]*(?P<value>\S.*)$", cell)
    if match is None or not is_label_only(match.group("label")) or is_label_only(match.group("value")):
        return None
    return label_key(match.group("label")), match.group("value").strip()


def empty_field_row(line: str) -> bool:
    """`line` is a row of a field table written with bars whose value cells were all left empty
    (| 公开形式 | 责任部门 | ||): listed labels and empty cells only. Alone, such a row is a
    table's header (| 名称 | 金额 |), read with its table: it is the field table's only under a
    row of that table (see `page_head.consume_head`, `page_under_title.consume_under_title`)."""
    if not is_pipe_row(line):
        return False
    cells = [_bare_label_cell(cell) for cell in pipe_cells(line)]
    return any(cells) and all(not cell or is_label_only(cell) for cell in cells)


def _bare_label_cell(cell: str) -> str:
    """A cell of a field table written with bars holding a label in brackets (| [ 索引号 ] | …)
    read as the label; any other cell as it is."""
    bracket = _BRACKET_LABEL.fullmatch(cell.strip())
    return bracket.group(1) if bracket is not None and is_label_only(bracket.group(1)) else cell


_BRACKET_CELL = re.compile(r"[【\[［][ \u3000]*(?P<cell>[^【】\[\]［］]*?)[ \u3000]*[】\]］]")
_BRACKET_CELLS = re.compile(rf"(?:{_BRACKET_CELL.pattern}[ \u3000]*){{2,}}")


def _bracketed_cells(line: str) -> str | None:
    """【发布日期：2018-03-13】 【来源：某县政府】 【打印】 【关闭】, a row of fields each in its own
    bracket and the toolbar's buttons in theirs: the fields as a plain row, the buttons left out;
    None for another line (a row of labels alone, each in its bracket, has no field to read)."""
    if _BRACKET_CELLS.fullmatch(line.strip()) is None:
        return None
    cells = [match.group("cell") for match in _BRACKET_CELL.finditer(line)]
    fields = [cell for cell in cells if label_pattern().match(fold(cell))]
    buttons = [cell for cell in cells if cell not in fields]
    if all(is_label_only(cell) for cell in fields) or not all(is_chrome_line(cell) or row_trailer().match(fold(cell)) for cell in buttons):
        return None
    return " ".join(fields)


def _unbracket_labels(line: str, *, extra: str = "") -> str:
    """Labels set in brackets read as plain labels: [ 索引号 ] 123 -> 索引号：123, and a row held in
    brackets, 【编辑：某某】, is read without them, also when the site's toolbar follows the row in
    a bracket of its own (【来源：某某 发布日期：2018-01-03】 【选择字号：: chrome, or a toolbar word
    opening it, see `page_chrome.row_trailer`). A label alone in its bracket has its value after
    it, whatever that is (【失效日期】-----------: a field the site marks as empty with dashes)."""
    if (fields := _bracketed_cells(line)) is not None:
        return fields
    whole = _BRACKETED_ROW.fullmatch(line)
    lead = _LEADING_BRACKETED_ROW.match(line)
    if lead is not None and label_pattern().match(fold(lead.group("row"))) and not is_label_only(lead.group("row")):
        rest = fold(lead.group("rest")).strip(" \u3000")
        if not rest or is_chrome_line(rest) or row_trailer().match(rest):
            line = lead.group("row")  # 【选择字号：, 【打印】 after the row: the site's toolbar
    elif whole is not None and label_pattern().match(fold(whole.group(1))) and not re.search(r"[\[\]【】［］]", whole.group(1)):
        line = whole.group(1)  # not [ 索引号 ] 123 [ 发文字号 ]: a row of labels each in its bracket

    def plain(match: re.Match[str]) -> str:
        label = match.group(1)
        return f"{label}：" if is_label_only(label) or (extra and label == extra) else match.group()

    return _BRACKET_LABEL.sub(plain, line)


# A public account's byline under its article's headline: the account's name and the day
# (某某发布 2023-01-24), as a WeChat page prints it.
ACCOUNT_NAME = re.compile(f"[{HAN}A-Za-z0-9]{{2,10}}")  # a news app account's name alone on its line (网信某某)
_ACCOUNT = rf"[{HAN}A-Za-z]{{2,16}}"
_ACCOUNT_DAY = r"\d{4}-\d{2}-\d{2}(?:[ \u3000]+\d{1,2}:\d{2})?"
_ACCOUNT_BYLINE = re.compile(rf"(?P<account>{_ACCOUNT})[ \u3000]+(?P<date>{_ACCOUNT_DAY})")
# The day first (2017-12-26 文明某省): the account's name short, no phrase (不是 2022-11-08 某某网的版权声明).
# A county media centre's app prints the day without its year, then its view count, the centre and
# the reporter, set apart by wide spaces (08-12 17:48   0 某县融媒体中心   张某某): the time is there then.
_DATED_ACCOUNT = re.compile(
    rf"(?P<date>{_ACCOUNT_DAY}|\d{{2}}-\d{{2}}[ \u3000]+\d{{1,2}}:\d{{2}})[ \u3000]+(?:\d{{1,7}}[ \u3000]+)?"
    rf"(?P<account>(?:(?!的)[{HAN}A-Za-z]){{2,10}})(?:[ \u3000]{{2,}}(?P<author>[{HAN}]{{2,4}}))?"
)


def account_byline(line: str) -> tuple[str, str, str] | None:
    """(the account, the day, the reporter or "") of a public account's byline line (某某发布
    2023-01-24, or the day first: 2017-12-26 文明某省, 08-12 17:48   0 某县融媒体中心   张某某),
    folded; None if the line is none."""
    folded = fold(line).strip()
    match = _ACCOUNT_BYLINE.fullmatch(folded) or _DATED_ACCOUNT.fullmatch(folded)
    if match is None:
        return None
    author = match.group("author") if "author" in match.re.groupindex else None
    return match.group("account"), match.group("date"), author or ""


# A line with this many exclamation or question marks inside it is a run of sentences (a citizen's
# message: 停车难的问题，希望…！二环路…！导致…！希望…！谢谢), never a title: a headline cries once or twice.
_MAX_INNER_CRIES = 2


def title_like(line: str) -> bool:
    """Shaped as a title: one short line without sentence punctuation at its end, and no run of
    cries inside it (see `_MAX_INNER_CRIES`)."""
    return (
        0 < len(line) <= MAX_TITLE_CHARS
        and line[-1] not in SENTENCE_END
        and "。" not in line
        and sum(line.count(mark) for mark in "！？!?") <= _MAX_INNER_CRIES
    )


# A site's column and the day, set apart by a bar (战略规划咨询 | 2019-03-03), or glued to a stamp to
# the second and the author's field after it, left as the system's default (社会热点2022-10-24
# 23:39:38未知): that default is asked for, so 会议时间2022-10-24 09:00:00 stays, and so does a
# field table's row (生成日期 2024-01-26 15:35:23 是否有效).
_COLUMN_STAMP = re.compile(
    rf"[{HAN}]{{2,12}}[ \u3000]*(?:[|｜][ \u3000]*(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:[ \u3000]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)"
    rf"|(?P<stamp>\d{{4}}-\d{{1,2}}-\d{{1,2}}[ \u3000]+\d{{1,2}}:\d{{2}}:\d{{2}})[ \u3000]*(?:未知|佚名|admin|管理员))"
)


# A paper's or a site's name before the stamp, nothing after it (某某日报2018-12-04 10:00:59 under a
# news app's headline, 某某晚报     2022年12月29日 under a paper's): the story's source and its time.
_SOURCE_STAMP = re.compile(
    rf"(?P<source>[{HAN}]{{2,12}}(?:日报|晚报|早报|报|网|新闻|电视台|发布))[ \u3000]*"
    rf"(?P<stamp>\d{{4}}-\d{{1,2}}-\d{{1,2}}[ \u3000]+\d{{1,2}}:\d{{2}}:\d{{2}}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日)"
    r"(?:[ \u3000]*(?:星期|周)[一二三四五六日天])?"  # (工人日报 2010年03月05日 星期一: an e-paper's dateline)
)


# A row of times a tender's page sets over its notice, each a label ending in 时间 or 日期 and a
# full stamp, glued or apart (投标保证金缴纳截止时间:2018-04-23 09:00:00开标时间:2018-04-23 09:00:00).
_TIMED_FIELD = re.compile(rf"(?P<label>[{HAN}]{{2,14}}(?:时间|日期))[ \u3000]*[:：][ \u3000]*(?P<stamp>{STAMP_DATE}(?:[ \u3000]*{STAMP_TIME})?)[ \u3000]*")


def timed_fields(line: str) -> dict[str, str] | None:
    """The fields of a row made only of labelled times (see `_TIMED_FIELD`), None otherwise."""
    text = fold(line).strip()
    fields: dict[str, str] = {}
    at = 0
    while at < len(text) and (match := _TIMED_FIELD.match(text, at)) is not None:
        fields.setdefault(match.group("label"), match.group("stamp"))
        at = match.end()
    return fields if fields and at == len(text) else None


def stamp_row(line: str, page: Page) -> bool:
    """A publication stamp followed by a view count or fields (2010/1/6 16:43 次浏览 分类：动态 来源：):
    the stamp and the fields go to the metadata. The stamp may be set in brackets:
    (2024/1/6 16:43:13)  来源：某某中心, and a listing's may lack its year: [10-05 23:18:02] 来源：…"""
    column = _COLUMN_STAMP.fullmatch(fold(line).strip())
    if column is not None:
        # 战略规划咨询 | 2019-03-03 under the headline: the site's column and the day it was posted
        page.metadata.setdefault("发布时间", column.group("date") or column.group("stamp"))
        page.findings.append(Finding("chrome-dropped", "标题下网站的栏目名和发布时间：时间已记入元数据，未朗读", line.strip()))
        return True
    sourced = _SOURCE_STAMP.fullmatch(fold(line).strip())
    if sourced is not None:
        page.metadata.setdefault("来源", sourced.group("source"))
        page.metadata.setdefault("发布时间", sourced.group("stamp"))
        return True
    short = _BRACKETED_SHORT_STAMP.match(line)
    if short is not None:
        # [10-05 23:18:02]  来源：… : a listing's stamp without its year, kept as the page writes it.
        row = parse_metadata_line(line[short.end() :])
        if not row:
            return False
        page.metadata.setdefault("发布时间", short.group("stamp"))
        merge_metadata(page, row)
        return True
    line = _BRACKETED_STAMP.sub(r"\g<stamp> ", line, count=1)
    stamp = _STAMP_ROW.match(fold(line))
    if stamp is None:
        return False
    date, time = stamp.group("date"), stamp.group("time")
    if (
        time
        and not stamp.group("gap")
        and not date.endswith("日")
        and not (len(stamp.group("hour")) == 2 and re.search(r"\D\d{2}$", date))
    ):
        return False  # 2024-1-112:00: the 1 may be the day's or the hour's; the line is kept as written
    rest = line[stamp.start("rest") :]
    counted = _VIEW_COUNT.match(fold(rest)) or counter_pattern().match(fold(rest))  # 次浏览, 点击数：
    if counted is not None:
        rest = rest[counted.end() :].strip()
    row = parse_metadata_line(rest) if rest else {}
    if row is None and (named := _STAMPED_ORGAN.match(fold(rest))) is not None:
        # 2022年06月08日 某某县统计局 来源：某某县统计局: the organ that posted the page, unlabelled,
        # then its fields, its view count or nothing more
        after = rest[named.end() :].strip()
        # (a bare count after the organ, 2019-06-29 某某医院 4495, is the page's view counter)
        row = parse_metadata_line(after) if after and not COUNT.fullmatch(after) else {}
        if row is not None and named.group("organ") not in row.values():
            row.setdefault("发布机构" if "来源" in row else "来源", named.group("organ"))
    if row is None and counted is None:
        if not _site_byline(rest):
            return False
        # 2013年04月23日17:01 | 某某网 www.example.cn | 给编辑写信 字号:T|T: the site's name and toolbar
        page.findings.append(Finding("chrome-dropped", "网页时间戳后的网站名称、网址和工具栏：未朗读（时间按发布时间保存）", rest.strip()))
        row = {}
    # 2024-01-0112:00 read apart; 2013年04月23日17:01 kept as written (the 日 sets the two apart)
    joined = f"{date}{time}" if time and date.endswith("日") and not stamp.group("gap") else f"{date} {time}"
    page.metadata.setdefault("发布时间", joined if time else date)
    merge_metadata(page, row or {})
    return True


# An organ's name after a page's stamp, set apart by a space: the organ that posted the page.
_STAMPED_ORGAN = re.compile(rf"^(?P<organ>[{HAN}]{{2,24}}?{_ORGAN_TAIL})(?:[ \u3000]+|$)")


# A font-size picker written with its buttons as letters, ending a byline: 字号:T|T, 字号：A A.
_FONT_PICKER = re.compile(r"[ \u3000|｜]*字号[ \u3000]*[:：]?[ \u3000]*(?:[TtAa][ \u3000]*[|｜]?[ \u3000]*){1,3}$")


def _site_byline(rest: str) -> bool:
    """`rest`, after a page's stamp, is only the site's byline: its name and address and its
    toolbar, set apart by bars (| 某某网 www.example.cn | 给编辑写信 字号:T|T), each part chrome."""
    rest = _FONT_PICKER.sub("", rest)
    parts = [part.strip() for part in re.split(r"[|｜]", rest) if part.strip()]
    return bool(parts) and all(is_chrome_line(part) for part in parts)


# A site's byline with the page's stamp at its end: 某某市人民政府门户网站 www.example.gov.cn 2023-01-28.
_TRAILING_STAMP = re.compile(rf"^(?P<site>.*?\S)[ \u3000|｜]+(?P<stamp>{STAMP_DATE}(?:[ \u3000]*{STAMP_TIME})?)[ \u3000]*$")


def site_stamp_row(line: str, page: Page) -> bool:
    """`line` is the site's byline, its name and address (and toolbar) set apart, with the page's
    stamp after it (某某市人民政府门户网站 www.example.gov.cn 2023-01-28): the stamp is the
    publication time, the rest the site's, dropped with a finding. A line whose words before the
    stamp are not all the site's (某某局 2023-01-28, an organ and its date) is not one."""
    match = _TRAILING_STAMP.match(line)
    if match is None or not re.search(r"(?:https?://|www\.)\S", match.group("site")):
        return False
    if not _site_byline(match.group("site")):
        return False
    page.metadata.setdefault("发布时间", re.sub(r"[ \u3000]+", " ", match.group("stamp")))
    page.findings.append(Finding("chrome-dropped", "网站名称和网址后接网页时间戳的一行：未朗读（时间按发布时间保存）", match.group("site")))
    return True


# The pieces of a byline row made only of the site's names, its poster left anonymous, the page's
# stamp and an empty comment count (法律法规网 某某政府网  法律法规网 2018-04-16 10:11:24  评论()).
_SITE_NAME_PIECE = re.compile(rf"[{HAN}A-Za-z0-9]{{1,16}}?(?:网|网站|在线|客户端|门户网站)")
_ANONYMOUS_POSTER = frozenset({"佚名", "未知", "admin", "管理员", "本站", "网友", "匿名"})
_EMPTY_COMMENTS = re.compile(r"(?:评论|留言|评论数)[（(]\d*[)）]")
_ROW_STAMP = re.compile(rf"{STAMP_DATE}(?:[ \u3000]+{STAMP_TIME})?")


def site_byline_row(line: str) -> str | None:
    """The page's stamp ("" if none) when `line` is a byline row of the site's names and nothing
    of the document's: site names, an anonymous poster (佚名), the stamp and an empty comment
    count (法律法规网 佚名, 某某网 某某政府网 2018-04-16 10:11:24 评论()); None otherwise, and for one
    site's name with the stamp alone (the source and the time, taken as fields elsewhere)."""
    folded = fold(line).strip()
    stamp = _ROW_STAMP.search(folded)
    unstamped = f"{folded[: stamp.start()]} {folded[stamp.end() :]}" if stamp else folded
    rest = _EMPTY_COMMENTS.sub(" ", unstamped)
    pieces = rest.split()
    sites = [piece for piece in pieces if _SITE_NAME_PIECE.fullmatch(piece)]
    if not sites or not all(piece in sites or piece in _ANONYMOUS_POSTER for piece in pieces):
        return None
    # (one site's name and the stamp, 新华网 2020-01-30 14:53:01, name the source: a field, read elsewhere)
    if len(sites) == len(pieces) == 1 and rest == unstamped:
        return None
    return line.strip()[stamp.start() : stamp.end()] if stamp else ""


# A site's name opening a byline row, set apart by spaces from what follows: 某某房产网, 某某在线.
_SITE_NAME_OPENING = re.compile(rf"^(?P<site>[{HAN}]{{2,12}}(?:网|在线|新闻网|门户网站))[ \u3000]{{2,}}(?P<rest>\S.*)$")


def site_field_row(line: str, page: Page) -> bool:
    """`line` is a byline row that opens with the site's name, set apart by spaces, then its view
    counter and labelled fields (某某房产网    1239人浏览   发布日期：2021.04.12): the fields go to the
    metadata, the site's name and counter are dropped with a finding. A row without a labelled
    field after the name is not one."""
    match = _SITE_NAME_OPENING.match(line.strip())
    if match is None:
        return False
    rest = match.group("rest")
    # The count before its word (1239人浏览), found on the folded copy; the fields keep their characters.
    count = counted_count().match(fold(rest))
    row = parse_metadata_line(rest[count.end() :].lstrip(" \u3000") if count else rest)
    if not row:
        return False
    merge_metadata(page, row)
    page.findings.append(Finding("chrome-dropped", "署名行开头的网站名称（和浏览次数）：未朗读（字段已保存）", match.group("site")))
    return True


def merge_metadata(page: Page, row: dict[str, str], *, names: tuple[str, ...] = TITLE_LABELS) -> None:
    """Add the fields of `row`; a field in `names` gives the page its title if it has none yet."""
    for label, value in row.items():
        if link_prompt(value):
            continue  # 政策解读链接：点击查看政策解读: the words of the page's link, no field's value
        page.metadata.setdefault(label, value)
        if label in names and not page.title and title_like(value):
            page.title = value


def take_link_field(page: Page, line: str, links: str) -> None:
    """File the links of a labelled link row (`LABELLED_URL`) as the page's 原文链接; a further
    row of links once that is filed (附件：https://….docx under 官方链接：…) keeps its own label,
    so no address is lost from the page's facts."""
    if page.metadata.setdefault("原文链接", links) != links:
        label = re.split(r"[：:]", line, maxsplit=1)[0].strip()
        page.metadata.setdefault(label, links)


def report_unread_row(page: Page, row: dict[str, str], line: str) -> None:
    """A field row none of whose values could be read (关键词：政府信息公开 公开载体 …, its value
    opening with a word the site's menus use) is taken off unspoken like any field row: say so,
    for nothing of the page goes without a word. A row of labels left empty says nothing."""
    if not row and not is_label_only(line) and not empty_field_row(line) and not _labels_only(line):
        page.findings.append(Finding("chrome-dropped", "网页字段行：没能从中读出字段的值，整行未朗读，请核对", line))


def _labels_only(line: str) -> bool:
    """`line` holds nothing but field labels (主 题 词： | , 发布机构 文件有效性, 3. [廢止日期],
    浏览次数： 590 内容概述：): the cells of a field table left empty, or a counter among them."""
    rest = re.sub(r"[\s|｜\[\]【】:：/／\d.、]", "", counter_pattern().sub("", fold(line)))
    for label in sorted(_listed_labels(), key=len, reverse=True):
        rest = rest.replace(label, "")
    return not rest


_VALIDITY_LABELS = ("时效", "时效性", "有效性", "是否有效", "效力属性", "状态")  # 文件状态, 效力状态, 时效状态
_VALIDITY_CHARS = 8  # 有效, 现行有效, 已被修改 (部分失效): a validity is a word or two
# Fields that hold a number or a code, key words or an organ's name: none holds a title.
_NUMBER_LABELS = frozenset({"文号", "发文字号", "文件编号", "发文文号", "索引号", "附加码"})
_KEYWORD_LABELS = frozenset({"主题词", "关键词", "关键字"})
_ORGAN_LABELS = frozenset({"发文机关", "发布机构", "发布单位", "发文单位", "成文单位", "制发机关"})
_ONE_KEYWORD = 6
# What a date or a time is written with; a value of a date's field holds few other characters.
_DATE_WORDS = re.compile(r"[\d\s\-/.:：,，〇○零一二三四五六七八九十年月日时分秒号星期周天上下午点（）()]")
_DATE_OTHER_CHARS = 4
_OPENING_HEADING = re.compile(r"第[一1][ \u3000]*[章条编部]|第一部分|一[、．.]")  # a text's first chapter or heading


@lru_cache(maxsize=1)
def _trailing_label() -> re.Pattern[str]:
    labels = sorted((label for label in _listed_labels() if len(label) >= _MIN_GLUED_LABEL), key=len, reverse=True)
    return re.compile(f"(?<=[{HAN}》”）)])(?:{words_pattern(labels)})$")


def trailing_label(value: str) -> tuple[str, str] | None:
    """A field block of a label and its value a line each whose next label was glued to the value
    (标题 / 某某的通知发文机关 / 某某办公室): (the value, the label), or None. Labels of three
    characters or more only (a shorter one may end a word of the value)."""
    found = _trailing_label().search(value.strip())
    return (value.strip()[: found.start()], found.group(0)) if found else None


def fits_label(label: str, value: str) -> bool:
    """`value`, standing on the line under the empty `label`, can be its value: a date's or a
    time's field (废止日期, 成文时间) holds figures or a written date, not the organ's name of the
    document's own header that follows a field left empty; a validity field (时效) holds a word
    (有效, 已废止), not the document number under it; a number's field (文号, 索引号) holds figures or
    〔〕号, and a key-word field (主题词) words set apart or one short word, never the title under it. No field holds the document's first
    chapter (主题词 left empty over 第一章 …): a numbered heading opens the text."""
    if _OPENING_HEADING.match(fold(value).strip()) or link_prompt(value):
        return False  # 政策解读链接： over 点击查看政策解读: the link's own words, no value
    if value.rstrip(" \t\u3000").endswith(("：", ":")):
        return False  # 内容描述 left empty over 各有关单位：: a salutation opens the text, no value ends so
    key = label_key(label)
    if key in _TIME_LABELS or key.endswith(("日期", "时间")):
        # figures or a written date, and little else: a title holding its year (某区2023年…年度报告)
        # under 更新时间： left empty is no time
        folded = fold(value)
        words = _DATE_WORDS.sub("", folded)
        return bool(re.search(r"\d|[〇○零一二三四五六七八九十]年", folded)) and len(words) <= _DATE_OTHER_CHARS
    if key.endswith(_VALIDITY_LABELS):
        # 有效, 现行有效: a validity is a word, never a number nor the title under the field left
        # empty, however short (时效性： over 某市立法条例)
        folded = fold(value).strip()
        short_word = not re.search(r"\d", folded) and len(folded) <= _VALIDITY_CHARS
        return short_word and not folded.rstrip("》”)）").endswith(title_words()["final"])
    if key in _NUMBER_LABELS:
        # 某政发〔2024〕3号, 2-1636-2018-00005; a written date without a number's 〔〕号 is the text's
        # dateline under a field left empty (文号： over 2018年3月7日在某县人民代表大会上)
        folded = fold(value)
        dateline = _WRITTEN_DATE.search(folded) is not None and not re.search(r"〔|号|[\[［【(（]\d{4}", folded)
        return bool(re.search(r"\d|〔|号", folded)) and not dateline
    if key in _ORGAN_LABELS:
        # an organ's name; the headline under a field left empty (发文机关： over 某乡2023年度部门决算)
        # ends as a document's title does, never as an organ's name
        return not fold(value).strip().rstrip("》”)）").endswith(title_words()["final"])
    if key in _KEYWORD_LABELS:
        # words set apart (城乡建设 规划), or one short word; not the title under a field left empty
        return len(value.strip()) <= _ONE_KEYWORD or bool(re.search(r"[\s,，、;；]", value.strip()))
    return True


# A link's label standing where a field's value would: 点击查看…, 点击下载…, 点此查看 (the page's link).
_LINK_PROMPT = re.compile(r"^(?:点击|点此|请点击)(?:查看|阅读|下载|浏览|进入|这里)")


def link_prompt(value: str) -> bool:
    """`value` is a link's words (点击查看政策解读, 点击下载附件), standing where a field's value would."""
    return _LINK_PROMPT.match(fold(value).strip()) is not None


def left_empty(value: str) -> bool:
    """A label alone on its line was left empty although `value`, a line, follows: that line is a
    label of its own, listed or not (文号： over 时效：). A field's value never ends with a colon."""
    return fold(value).rstrip(" \u3000").endswith(("：", ":"))


def label_value(label: str, value: str) -> str:
    """The value standing on the line under `label`, without the bullet its list sets before it
    as before the label (• 索引号 / • 1150…/2022-00793)."""
    value = value.strip()
    return BULLET.sub("", value, count=1) if BULLET.match(label.strip()) else value


def label_key(line: str) -> str:
    """The metadata key of a label line: • 发文字号： -> 发文字号, [ 索引号 ] -> 索引号."""
    return re.sub(r"[\s:：]", "", _label_text(line))


def is_label_only(line: str) -> bool:
    """True if `line` is a metadata label alone (索 引 号：, [ 索引号 ]), its value being the next block."""
    match = label_pattern().fullmatch(_label_text(line))
    return match is not None


def _label_text(line: str) -> str:
    """`line` folded, without the bullet before a label, nor the brackets a label may be set in
    alone on its line ([ 索引号 ], 【发布机构】: a field list one block a line, the value under it)."""
    text = BULLET.sub("", fold(line.strip()), count=1)
    bracket = _BRACKET_LABEL.fullmatch(text)
    if bracket is not None and label_pattern().fullmatch(bracket.group(1)):
        return bracket.group(1)
    return text


def is_doc_number(line: str) -> bool:
    """穗府辦〔2015〕14號 as well as 穗府办〔2015〕14号, also set in round brackets: ( 某府发〔2003〕37号 )."""
    return bool(doc_number(line))


def doc_number(line: str) -> str:
    """The document number that is all of `line`, without the round brackets it may be set in
    (( 某府发〔2003〕37号 ) -> 某府发〔2003〕37号); "" if `line` is something else."""
    line = line.strip()
    if _DOC_NUMBER_LINE.match(fold(line)):
        return "" if _title_before_number(line) else line
    bracketed = _BRACKETED_DOC_NUMBER.match(fold(line))
    return line[bracketed.start("number") : bracketed.end("number")] if bracketed else ""


_MIN_TITLE_BEFORE_NUMBER = 4  # characters of a title before its kind word (征收土地预公告)
_MIN_SHORT_NAME = 2  # characters of the issuer's short name the number opens with (夏土告字)


def _title_before_number(line: str) -> bool:
    """`line` is a title glued to its number (征收土地预公告夏土告字[2025]75-1号): the number's prefix holds
    a kind of document (公告, 通知) with a title's words before it and a short name after it. A
    number whose issuer names its kind (某银行公告〔2019〕8号) has nothing after the kind."""
    prefix = re.split(r"[〔［\[（(【]", fold(line), maxsplit=1)[0]
    return any(
        at >= _MIN_TITLE_BEFORE_NUMBER and len(prefix) - at - len(word) >= _MIN_SHORT_NAME
        for word in title_words()["final"]
        if len(word) >= 2 and (at := prefix.find(word)) >= 0
    )


def holds_date(line: str) -> bool:
    """`line` holds a written date (（二○○八年十月二十九日）, 2008年10月29日): it names no organ."""
    return _WRITTEN_DATE.search(fold(line)) is not None


def header_labels(line: str) -> list[str]:
    """The labels of a row that holds only labels, at least `_MIN_GRID_LABELS` of them
    (索  引  号 文  号 发布机构 发布日期): the header over a row of values; [] for another line."""
    folded = fold(line)
    labels: list[str] = []
    position = 0
    for match in label_pattern().finditer(folded):
        if folded[position : match.start()].strip():
            return []
        labels.append(re.sub(r"\s", "", match.group(1)))
        position = match.end()
    if folded[position:].strip() or len(labels) < _MIN_GRID_LABELS:
        return []
    return labels


def grid_fields(labels: list[str], rows: list[str]) -> dict[str, str] | None:
    """The fields of a header of `labels` over `rows` of values set apart by spaces, read in
    order (索引号 文号 / N001-2024-000001 某政〔2024〕1号); None unless there is exactly one value
    for each label, none of them a label or a sentence: a value with a space in it, or a cell left
    empty, would shift every value after it."""
    values = [value for row in rows for value in row.split()]
    if len(values) != len(labels) or len(set(labels)) != len(labels):
        return None
    if any(is_label_only(value) or any(mark in value for mark in SENTENCE_END) for value in values):
        return None
    return dict(zip(labels, values, strict=True))


# A code field printed without its colon, glued to its value: 监督索引号53262303000101000,
# 统一编号ABCD-2022-0001 (a label ending as a number's name, then letters and digits only).
_GLUED_CODE = re.compile(
    rf"(?P<label>[{HAN}]{{0,4}}(?:索引号|编号|登记号|备案号))[ \u3000]*(?P<code>[A-Za-z0-9][A-Za-z0-9/_.\-]{{5,}})"
)


# An index number printed without its label (11370112MB2803691Q/2024-6538710 under the headline): the
# organ's code, a slash, the year, a dash and the serial, the shape the 政府信息公开 catalogue gives it.
_BARE_INDEX_NUMBER = re.compile(r"[0-9A-Z]{8,20}/(?:19|20)\d{2}-\d{2,10}")


def glued_code_field(line: str) -> tuple[str, str] | None:
    """(label, value) of a line that is a code field glued to its value (see `_GLUED_CODE`), or an
    index number without its label (see `_BARE_INDEX_NUMBER`); None otherwise."""
    if _BARE_INDEX_NUMBER.fullmatch(line.strip()):
        return "索引号", line.strip()
    match = _GLUED_CODE.fullmatch(line.strip())
    return (match.group("label"), match.group("code")) if match else None
