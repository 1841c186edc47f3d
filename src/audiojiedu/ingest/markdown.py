"""Markdown left in a text file: a page saved by a scraper, a notes tool or a document site as
Markdown.

Read as text, its marks are spoken or hide the structure: `## 一、总体要求` is no heading to the
outline, `**（二）加大资金投入**` hides its marker, `[原文](https://…)` reads an address aloud. When
a text is Markdown (a front-matter block or an ATX heading at its top, two ATX headings, or one
with other marks), the marks go and the words stay:

- the front matter (`---` / `title: …` / `---`) becomes the page's field rows, which the page's
  field reader files as for any page: title → 标题, date → 发布日期, author → 作者, source → 来源,
  link or url → 原文链接; a field named in Chinese keeps its name; the site's own settings (icon,
  tag, layout, lists) go, named in a finding;
- heading marks (`## `), a blockquote's `> `, a bullet (`- `, `* `, `+ `), emphasis (`**…**`,
  `__…__`), inline code's backticks, a link's address (`[text](url)` keeps its text), an image
  (`![alt](src)`) whole, a span's attributes (`[九、两市]{.mark}` keeps its words), a rule (`---`, `***`), code fences and the fences of a container
  (`::: tip 修订信息` … `:::`, as VuePress and Docusaurus write notes), an attribute list
  (`## 第一章 总则{align="center"}`), a directive line (`[[toc]]`, `@tab 章节`), an HTML comment
  (`<!-- INFO END -->`, a scraper's mark that no reader of the page sees), and character
  references (`&emsp;`) become their characters;
- a line of in-page links only (`[1](#t1) [2](#t2) …`, or a contents entry `[第一章 总则](#第一章-总则)`),
  with its label line above (`- 第1~23条：`, `目录`), is a jump list, not text (named in a finding),
  and an address alone on its line (`<https://…>`, under 原文链接) is the page's link to its source: neither is read;
- a blockquote above the first heading (`> 本文由…整理，以原文为准`) is the collector's note on the
  document, not the document: it goes, named in a finding.
"""

from __future__ import annotations

import datetime
import html
import re

import yaml

from ..han import HAN
from ..model import Finding

__all__ = ["IMAGE_MARK", "strip_markdown"]

MARKDOWN = "markdown"

_FRONT_MATTER = re.compile(r"\A\ufeff?[ \t]*---[ \t]*\n(?P<body>(?:.*\n){1,60}?)[ \t]*(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_FIELD = re.compile(r"^(?P<key>[^\s:：#][^:：\n]{0,20}?)[ \t]*[:：]")  # title: …, 标题: …
_ATX = re.compile(r"^ {0,3}(?P<marks>#{1,6})[ \t]+(?=\S)", re.MULTILINE)
# (a space may stand before the closing bracket: [某某.pdf](/cmsres/….pdf ))
_LINK = re.compile(r"(?<!!)\[(?P<text>[^\[\]\n]*)\]\((?P<target>[^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:[ \t]+\"[^\"\n]*\")?[ \t]*\)")
IMAGE_MARK = re.compile(r"!\[[^\[\]\n]{0,200}\]\([^()\n]{0,300}\)")  # ![alt](src): a picture, nothing to read
_EMPHASIZED_IMAGE = re.compile(rf"([*_]{{1,2}}){IMAGE_MARK.pattern}\1")
_LINK_LINE = re.compile(r"^[ \t]*<((?:https?|ftp)://[^<>\s]+)>[ \t]*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<(?P<url>(?:https?|ftp)://[^<>\s]+)>")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1")
# Emphasis with one mark (_日期_, *注*).
_SINGLE_EMPHASIS = re.compile(r"(?<![\w*_\\])([*_])(?=[^\s*_])(?P<text>[^*_\n]+?)(?<=[^\s*_\\])\1(?![\w*_])")
# A header's field the site left empty, its label set bold (**分类**: ): no value to take, and the
# line under it (## 政策全文) is none of its.
_EMPTY_BOLD_FIELD = re.compile(r"^[ \t]*(?:\*\*|__)[^*_\n]{1,12}(?:\*\*|__)[ \t]*[:：][ \t]*$", re.MULTILINE)
_CODE = re.compile(r"`(?P<text>[^`\n]+)`")
# A span with its attributes, as Pandoc writes a highlight or a class ([九、两市]{.mark}, [某某]{#id .c}).
_SPAN = re.compile(r"(?<!!)\[(?P<text>[^\[\]\n]*)\]\{[ \t]*[.#][^{}\n]{0,60}\}")
_BLOCKQUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+", re.MULTILINE)
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(?=\S)", re.MULTILINE)  # (nested lists are indented)
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(?::{3,}|`{3,}|~{3,}).*$", re.MULTILINE)
_REFERENCE = re.compile(r"^ {0,3}\[[^\[\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE)  # [1]: https://… (a link's address)
# An attribute list after a heading or paragraph: {align="center"}, {#id .class} (kramdown, Pandoc, markdown-it-attrs).
_ATTRIBUTES = re.compile(r"[ \t]*\{(?:[ \t]*(?:[.#][\w-]+|[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s{}]+)))+[ \t]*\}[ \t]*$", re.MULTILINE)
# A directive on a line of its own: [[toc]] / [TOC] (a contents the site draws), @tab 标签 (a tab's label).
_DIRECTIVE = re.compile(r"^[ \t]*(?:\[\[toc\]\]|\[TOC\]|@tab\b.*)[ \t]*$", re.MULTILINE | re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# A jump list: a line of in-page links only, maybe under its label (第1~23条：, 目录).
_JUMP_LIST = re.compile(r"(?:^[^\S\n]*(?:[-*+][ \t]+)?(?:[^\n]{1,20}[:：]|目[ \t\u3000]*录)[ \t]*\n(?:[ \t]*\n)?)?^(?:[ \t\u3000]|&emsp;|&nbsp;|[|｜·、，,])*(?:\[[^\[\]\n]{1,60}\]\(#[^()\s]*\)(?:[ \t\u3000]|&emsp;|&nbsp;|[|｜·、，,])*)+$", re.MULTILINE)
# Front-matter keys as document sites write them, and the page field each one is.
_KEYS = {
    "title": "标题",
    "date": "发布日期",
    "author": "作者",
    "source": "来源",
    "link": "原文链接",
    "url": "原文链接",
    "source_url": "原文链接",
    "original": "原文链接",
    "url source": "原文链接",  # a reader service's header: Title / URL Source / Published Time / Markdown Content
    "published time": "发布日期",
}
# A scraper's header without the dashes (title: … / url: … / author: … / content: then the body, or a
# reader service's Title: … / URL Source: … / Markdown Content:): English keys, one a line (blank
# lines between them), from the first line on; `content` opens the body, maybe on its own line.
_BARE_KEY = re.compile(r"^[ \t]*(?P<key>[A-Za-z][A-Za-z_]{1,20}(?: [A-Za-z][A-Za-z_]{1,20})?)[ \t]*[:：][ \t]*(?P<value>.*)$")
_BODY_KEYS = frozenset({"content", "body", "text", "markdown content"})
_MIN_BARE_KEYS = 2  # a header names this many known keys: one `Note: …` line opens a text of its own


def strip_markdown(text: str, *, declared: bool = False) -> tuple[str, tuple[Finding, ...]]:
    """`text` without its Markdown marks (see the module), and findings naming what went; `text`
    as it is when it is not Markdown (`declared`: a header said it is, Markdown Content:)."""
    if (bare := _bare_header(text)) is not None:
        fields_read, keys_dropped, rest, declared = bare
        rest, more = strip_markdown(rest, declared=declared)
        if not keys_dropped:
            return "\n".join([*fields_read, rest]), more
        header = Finding(MARKDOWN, "文本开头是抓取工具的英文字段头（title/url/…）：作为字段，未朗读", " / ".join(keys_dropped))
        return "\n".join([*fields_read, rest]), (header, *more)
    front = _FRONT_MATTER.match(text)
    fields = _front_fields(front.group("body")) if front else None
    headings = _ATX.findall(text)
    marks = bool(_LINK.search(text) or _EMPHASIS.search(text) or IMAGE_MARK.search(text))
    opens_with_heading = _ATX.match(text.lstrip("\ufeff \t\n")) is not None
    if not declared and fields is None and len(headings) < 2 and not (headings and marks) and not opens_with_heading:
        return text, ()
    findings: list[Finding] = []
    rows: list[str] = []
    if front is not None and fields is not None:  # (fields come only with a front matter)
        rows, dropped = fields
        text = text[front.end() :]
        if dropped:
            findings.append(Finding(MARKDOWN, "Markdown 文件头中网站自己的设置（非文件字段）：未朗读", " / ".join(dropped)))
    text, note = _drop_collectors_note(text)
    if note:
        findings.append(Finding(MARKDOWN, "标题前的引用块是收录者的说明，不是文件正文：未朗读", note))
    text, note = _drop_collectors_foot_note(text)
    if note:
        findings.append(Finding(MARKDOWN, "文末的引用块是收录者的说明（整理、转载、版权），不是文件正文：未朗读", note))
    text, summary = _drop_collectors_summary(text)
    if summary:
        findings.append(Finding(MARKDOWN, "收录网站在文后加的摘要（注释标出的生成内容）：未朗读", summary[:200]))
    text, record = _drop_record_table(text)
    if record:
        findings.append(Finding(MARKDOWN, "收录网站对文件的记录表（Attribute | Value：文件名、格式、校验码等）：未朗读", record[:200]))
    links = _LINK_LINE.findall(text)
    if links:
        # <https://…> alone on its line: the page's link to its source (under 原文链接), not prose.
        text = _LINK_LINE.sub("", text)
        findings.append(Finding(MARKDOWN, "Markdown 中单独一行的网址链接（原文链接等）：未朗读", " ".join(links)[:200]))
    if comments := _COMMENT.findall(text):
        text = _COMMENT.sub("", text)
        findings.append(Finding(MARKDOWN, "Markdown 中的 HTML 注释（页面上不显示）：未朗读", " ".join(comments)[:200]))
    if jumps := [match.group().strip() for match in _JUMP_LIST.finditer(text)]:
        # a contents of in-page links ([第一章 总则](#第一章-总则) …): the page's navigation
        text = _JUMP_LIST.sub("", text)
        findings.append(Finding(MARKDOWN, "Markdown 中只有页内跳转链接的行（目录、条文跳转）：未朗读", " / ".join(jumps)[:200]))
    text = _FENCE.sub("", text)
    text = _DIRECTIVE.sub("", text)
    text = _SPAN.sub(lambda m: m.group("text"), text)  # [五、]{.mark}: Pandoc's span keeps its words
    text = _ATTRIBUTES.sub("", text)
    text = _REFERENCE.sub("", text)
    text = _RULE.sub("", text)
    text = _EMPHASIZED_IMAGE.sub("", text)  # _![图标](…)_: the marks go with the picture
    text = IMAGE_MARK.sub("", text)
    text = _LINK.sub(lambda m: m.group("text"), text)
    text = _AUTOLINK.sub(lambda m: m.group("url"), text)
    text, renumbered = _number_lists(text)
    if renumbered:
        findings.append(Finding(MARKDOWN, f"Markdown 有序列表各项都写作同一个编号（{renumbered} 项）：按显示时的顺序编号", ""))
    text = _BULLET.sub("", text)  # (first: a list item may hold a heading, *   #### 语言)
    text = _ATX.sub("", text)
    text = _BLOCKQUOTE.sub("", text)
    if empty := _EMPTY_BOLD_FIELD.findall(text):
        text = _EMPTY_BOLD_FIELD.sub("", text)
        findings.append(Finding(MARKDOWN, "Markdown 文件头中空着的字段（只有标签）：不取值，未朗读", " / ".join(line.strip() for line in empty)))
    text = _EMPHASIS.sub(lambda m: m.group("text"), text)
    text = _SINGLE_EMPHASIS.sub(lambda m: m.group("text"), text)
    text = _CODE.sub(lambda m: m.group("text"), text)
    text = html.unescape(_ESCAPE.sub(r"\1", text))  # &emsp; and &nbsp; are Markdown's too
    findings.insert(0, Finding(MARKDOWN, "文本是 Markdown：标记（#、**、链接地址、图片等）已删去，文字保留", ""))
    return "\n".join([*rows, text]), tuple(findings)


def _front_fields(body: str) -> tuple[list[str], list[str]] | None:
    """The page's field rows (标题：…) a front matter's body gives, and the keys that are the
    site's own settings; None if the body is not a front matter's `key: value` lines."""
    lines = [line for line in body.split("\n") if line.strip()]
    if not lines or _FIELD.match(lines[0]) is None:
        return None
    try:
        data = yaml.safe_load(body)
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict):  # not YAML after all: read each `key: value` line as it stands
        data = {}
        for line in lines:
            if (field := _FIELD.match(line)) is not None:
                data[field.group("key").strip()] = line[field.end() :].strip().strip("\"'")
    rows: list[str] = []
    dropped: list[str] = []
    for key, value in data.items():
        name = str(key).strip()
        label = _KEYS.get(name.lower()) or (name if re.search(f"[{HAN}]", name) else None)
        if isinstance(value, datetime.datetime | datetime.date):
            value = value.isoformat(sep=" ") if isinstance(value, datetime.datetime) else value.isoformat()
        if label is None or not isinstance(value, str | int | float) or isinstance(value, bool):
            dropped.append(name)
            continue
        if str(value).strip():
            rows.append(f"{label}：{str(value).strip()}")
    return rows, dropped


def _bare_header(text: str) -> tuple[list[str], list[str], str, bool] | None:
    """The field rows (标题：…) of a scraper's header without dashes at the top of `text`, the keys
    dropped as the scraper's own, the text under it, and whether the header says that text is
    Markdown; None if `text` opens with no such header."""
    lines = text.lstrip("\ufeff").split("\n")
    rows: list[str] = []
    dropped: list[str] = []
    known = 0
    for index, line in enumerate(lines):
        if not line.strip() and index:
            continue  # (a reader service sets a blank line between its fields)
        field = _BARE_KEY.match(line)
        if field is None:
            break
        key, value = field.group("key").lower(), field.group("value").strip()
        if key in _BODY_KEYS:
            if known < _MIN_BARE_KEYS:
                return None
            return rows, dropped, "\n".join([value, *lines[index + 1 :]]), key == "markdown content"
        if (label := _KEYS.get(key)) is None:
            dropped.append(field.group("key"))
        else:
            known += 1
            if value:
                rows.append(f"{label}：{value}")
    else:
        index = len(lines)
    if known < _MIN_BARE_KEYS or index == len(lines):
        return None
    return rows, dropped, "\n".join(lines[index:]), False


# A collector's note at the foot of what it keeps: it says it gathered the text (整理, 归档, 收录,
# 转载), for reading only, the rights being the author's.
_COLLECTOR_WORDS = re.compile("整理|归档|收录|转载|仅供|版权")
# A block a collecting site generated and set between its comments (<!-- tcd_abstract --> …
# <!-- tcd_abstract_end -->): its summary of the text, never the text; the heading over it goes too.
_SUMMARY_BLOCK = re.compile(
    r"(?:^ {0,3}#{1,6}[ \t]+[^\n]*摘要[^\n]*\n(?:[ \t]*\n)*)?"
    r"<!--[ \t]*(?P<name>[\w-]*(?:abstract|summary)[\w-]*)[ \t]*-->(?P<body>.*?)<!--[ \t]*(?P=name)[_\- ]?end[ \t]*-->",
    re.DOTALL | re.MULTILINE | re.IGNORECASE,
)
# A table of a collector's record of the file (| Attribute | Value | / | Filename | … |), maybe
# under a caption line of its own: the archive's, never the document's.
_RECORD_TABLE = re.compile(
    r"(?:^[^\n|。，；！？]{1,40}\n(?:[ \t]*\n)*)?"
    r"^[ \t]*\|[ \t]*(?:Attribute|Key|Field|Property|属性|字段)[ \t]*\|[ \t]*(?:Value|值|内容)[ \t]*\|[ \t]*\n"
    r"(?:^[ \t]*\|.*\|[ \t]*(?:\n|\Z))+",
    re.MULTILINE | re.IGNORECASE,
)


def _drop_collectors_foot_note(text: str) -> tuple[str, str]:
    """`text` without the blockquote that ends it when it is a collector's note (本文由某某档案馆
    归档整理，仅供浏览。版权归原作者所有。), and that note's words. A quote of the document's own
    (a leader's words) says none of that and stays."""
    lines = text.rstrip().split("\n")
    at = len(lines)
    while at > 0 and (_BLOCKQUOTE.match(lines[at - 1]) or not lines[at - 1].strip()):
        at -= 1
    note = " ".join(_BLOCKQUOTE.sub("", line).strip() for line in lines[at:] if _BLOCKQUOTE.sub("", line).strip())
    if not note or _COLLECTOR_WORDS.search(note) is None or at == 0:
        return text, ""
    return "\n".join(lines[:at]) + "\n", note


def _drop_collectors_summary(text: str) -> tuple[str, str]:
    """`text` without the summaries a collecting site set between its comments, and their words."""
    found = [" ".join(match.group("body").split()) for match in _SUMMARY_BLOCK.finditer(text)]
    return (_SUMMARY_BLOCK.sub("", text), " / ".join(found)) if found else (text, "")


def _drop_record_table(text: str) -> tuple[str, str]:
    """`text` without a collector's record table of the file (see _RECORD_TABLE), and its rows."""
    found = [" ".join(match.group().split()) for match in _RECORD_TABLE.finditer(text)]
    return (_RECORD_TABLE.sub("", text), " / ".join(found)) if found else (text, "")


_ORDERED_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<number>\d{1,3})(?P<mark>[.)])(?P<gap>[ \t]+)(?=\S)")


def _number_lists(text: str) -> tuple[str, int]:
    """`text` with each ordered list numbered as Markdown shows it, and how many items were
    renumbered. Markdown numbers a list's items from its first one on, whatever each is written
    with, so writers put 1. before every item (1. 整形外科。 / 1. 具备…设备。 is shown 1. and 2.);
    read as written, each would open a list of its own. Only an item written with its list's
    first number again is renumbered: numbers written out (1. 2. 3.) stay as they are. A list
    runs on over blank lines and lines indented past its marker (an item's own paragraphs, a list
    nested in it); any other line ends it."""
    lines = text.split("\n")
    lists: list[list[int]] = []  # open lists, outermost first: [indent, first number, last number]
    renumbered = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        item = _ORDERED_ITEM.match(line)
        while lists and (lists[-1][0] > indent or (lists[-1][0] == indent and item is None)):
            lists.pop()  # a line no further in than a list's marker, and no item of it, ends it
        if item is None:
            continue
        number = int(item.group("number"))
        if lists and lists[-1][0] == indent:
            current = lists[-1]
            if number == current[1] and current[2] >= number:
                number = current[2] + 1
                lines[index] = f"{item.group('indent')}{number}{item.group('mark')}{item.group('gap')}{line[item.end() :]}"
                renumbered += 1
            current[2] = number
        else:
            lists.append([indent, number, number])
    return "\n".join(lines), renumbered


def _drop_collectors_note(text: str) -> tuple[str, str]:
    """`text` without the blockquote standing above its first heading, and that note's words."""
    first_heading = _ATX.search(text)
    if first_heading is None:
        return text, ""
    head = text[: first_heading.start()].split("\n")
    quoted = [line for line in head if _BLOCKQUOTE.match(line)]
    if not quoted or any(line.strip() and not _BLOCKQUOTE.match(line) and not _RULE.match(line) for line in head):
        return text, ""  # text of the document's own stands above the heading: nothing to set apart
    note = " ".join(_BLOCKQUOTE.sub("", line).strip() for line in quoted)
    return text[first_heading.start() :], note
