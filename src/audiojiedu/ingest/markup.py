"""HTML markup left inside a text file, taken out before the text is read (Markdown: see
`markdown`).

Policy libraries and scrapers often store a page's body as its HTML source in a plain text
file: field lines, then `<p>…</p><p style="text-align: right;">…</p>`. Read as text, every tag
is spoken (除以p, style等于…). When a text holds several tags of HTML's own elements, the
markup goes: paragraph-level tags (p, div, br, li, tr, h1–h6 …) become line breaks, other
tags of those elements are dropped, script and style blocks go with their content, and
character references (&nbsp;, &lt;) become the characters they stand for. Angle brackets that
are not such tags (<5%, 《》 typed as <>) stay. One finding says how many tags were removed.

A forum repost carries BBCode instead: `[align=center][color=rgb(51, 51, 51)][size=3][b]…[/b]
[/size][/align]`. When a text holds several tags of BBCode's own elements, they go the same
way: a paragraph's tags (align, p, quote, list, table rows, *) become line breaks, the
character ones (b, color, font, size, url …) are dropped keeping what they enclose, and an
image's or attachment's tag goes with its address. Bracketed text that is not such a tag
(皖政[2001]85号, a note [1]) stays.

A Word file's contents saved as text keeps the field codes of its lines: 第一部分 单位概况
PAGEREF _Toc25831 h 3 (a backslash before the h, often lost), HYPERLINK l "_Toc25831", TOC o
"1-3" h z u (each switch after a backslash). The codes go (one finding), the entry's page
number stays. The PAGEREF code stands where Word draws the entry's leader to its page number,
so it becomes a dot leader: the contents line is then read as any other (wrap.py reads the
entry without its leader and page, with its toc-leader finding).
"""

from __future__ import annotations

import html
import re

from ..model import Finding
from .markdown import strip_markdown

__all__ = ["MARKUP", "SERVER_CODE", "strip_markup"]

MARKUP = "markup"

_BLOCK = "p|div|br|li|ul|ol|tr|table|tbody|thead|h[1-6]|section|article|blockquote|center|hr|dd|dt|dl"
# … and any other element by its name: a mirror's spam fills a page with empty tags of every kind
# (<legend id="h4sia"></legend><samp …></samp><delect …>, made-up names among them). A script or a
# style counts only with other markup round it (_HIDDEN takes it whole): alone, <script>… in a text
# is the text's own words.
_INLINE = "span|strong|b|em|i|u|font|a|img|sub|sup|td|th|small|big|label|o:p|(?!script\\b|style\\b)[a-z][a-z0-9]{1,11}"
_TAG = re.compile(rf"</?(?:{_BLOCK}|{_INLINE})\b(?:\s[^<>]{{0,400}})?/?>", re.IGNORECASE)
_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK})\b(?:\s[^<>]{{0,400}})?/?>", re.IGNORECASE)
_HIDDEN = re.compile(r"<(script|style)\b[^<>]{0,400}>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# A server page's own code, saved with the page's source (a JSP's <%@ page … %> and <% … %>, a
# PHP's <?php … ?>): never the page's text, read or not read as HTML.
# A template's expression left unfilled (${policy.title}, a JSP's or a script's) is code too.
SERVER_CODE = re.compile(r"<%.*?%>|<\?php\b.*?(?:\?>|\Z)|</?jsp:[^<>]*>|\$\{[A-Za-z_][\w.]*(?:\(\))?\}", re.DOTALL)
_MIN_TAGS = 3  # one or two bracketed words are text; a run of tags is markup
_LIST_MARK = re.compile(r"[•·●▪◦*\-]?|\d{1,2}[.．、]")  # nothing, a bullet or a list's number
_BB_BLOCK = "align|p|quote|list|table|tr|td|th|center|left|right|indent|hr|code|\\*"
_BB_INLINE = "b|i|u|s|color|font|size|url|email|backcolor|sup|sub|strike|float|hide|free|media"
_BB_TAG = re.compile(rf"\[/?(?:{_BB_BLOCK}|{_BB_INLINE})(?:=[^\[\]\n]{{1,200}})?\]", re.IGNORECASE)
_BB_BLOCK_TAG = re.compile(rf"\[/?(?:{_BB_BLOCK})(?:=[^\[\]\n]{{1,200}})?\]", re.IGNORECASE)
_BB_OBJECT = re.compile(r"\[(img|attach|attachimg|flash)(?:=[^\[\]\n]{0,200})?\][^\[\]\n]{0,400}\[/\1\]", re.IGNORECASE)
_FIELD_CODE = re.compile(
    r"[ \u3000]*(?:PAGEREF[ \u3000]+_Toc\d{1,12}(?:[ \u3000]*\\?[hp](?=[ \u3000]|$))?"
    r"|HYPERLINK[ \u3000]+\\l[ \u3000]*\"_Toc\d{1,12}\""
    r"|TOC(?:[ \u3000]+\\[a-z](?:[ \u3000]*\"[^\"\n]{0,20}\")?)+)"
)
# A contents entry's reference to its page, the page number after it at the end of the line.
_PAGE_REF = re.compile(r"[ \u3000]*PAGEREF[ \u3000]+_Toc\d{1,12}(?:[ \u3000]*\\?[hp])?[ \u3000]*(?=\d{1,4}[ \u3000]*$)", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)+")


def strip_markup(text: str) -> tuple[str, tuple[Finding, ...]]:
    """`text` without the Markdown, HTML or BBCode markup it holds (see the module and
    `markdown`), and a finding if any went."""
    text, markdown = strip_markdown(text)
    text, bbcode = _strip_bbcode(text)
    html_text, found = _strip_html(text)
    html_text, codes = _strip_field_codes(html_text)
    html_text, styles = _strip_style_rules(html_text)
    html_text, leftovers = _strip_page_code(html_text)
    return html_text, markdown + bbcode + found + codes + styles + leftovers


# A style sheet's rule left in the text when a page exported from Word lost its <style> tags
# (@page { size: 8.27in 11.69in; margin-left: 1.25in } p.western { font-family: "Times New Roman",
# serif; so-language: en-US }; ho62, session 43): a selector, then braces holding only
# property: value declarations. Read aloud it is letters and numbers; never the document.
_STYLE_RULE = re.compile(
    r"(?:@[a-z-]+|[a-z*#.][\w.#:-]*(?:[ \t]*,[ \t]*[a-z*#.][\w.#:-]*)*)[ \t]*\{"
    r"(?:[ \t]*[a-z-]+[ \t]*:[ \t]*[^{};:\n]+;?)+[ \t]*\}",
    re.IGNORECASE,
)
_MIN_STYLE_RULES = 2  # one pair of braces may be the text's own (a formula, a code)


def _strip_style_rules(text: str) -> tuple[str, tuple[Finding, ...]]:
    if "{" not in text:
        return text, ()  # (most texts: no scan of a long page for rules it cannot hold)
    rules = len(_STYLE_RULE.findall(text))
    if rules < _MIN_STYLE_RULES:
        return text, ()
    text = _STYLE_RULE.sub(" ", text)
    message = f"文本中夹有网页样式表代码（{rules} 条 CSS 规则，如 p {{ font-family: … }}），已删去"
    return text, (Finding(MARKUP, message, ""),)


# What a page's conversion to text left of its code: the document type's declaration without its
# brackets (HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"), and a jQuery script run into the
# footer's line ($(document).ready(function(){var date=new Date；…})；; ho132/05, 18, session 54).
# Read aloud they are letters and marks; never the document.
_DOCTYPE = re.compile(r'(?:<!DOCTYPE[ \t]+)?HTML[ \t]+PUBLIC[ \t]+"-//W3C//DTD[^"\n]*"(?:[ \t]*"https?://[^"\n]*")?[ \t]*>?', re.IGNORECASE)
# … the text a frame shows in a browser without frames (浏览器不支持嵌入式框架，或被配置为不显示嵌入式框架。;
# ho132/12, session 54), wherever the copy left it, a flattened page's line too …
_FRAME_FALLBACK = re.compile(r"(?:您的)?浏览器不支持(?:嵌入式框架|内嵌框架|框架|iframe)[^。\n]{0,30}。?", re.IGNORECASE)
# … and a closing tag that lost its < to a question mark in a copy (…进行?/p>): never the text's.
_BROKEN_TAG = re.compile(r"[?？]/(?:p|div|span|font|strong|b|td|tr|li|a)>", re.IGNORECASE)
_SCRIPT_TAIL = re.compile(r"(?:\$|jQuery)\((?:document|window|function)[^\n]*?function[ \t]*\([^\n]*")
# A Word page's style sheet and settings, shown as text where a copy dropped the tags round them
# (ho138/13, session 55): a rule's selector and its declarations in braces (table.MsoNormalTable
# {mso-style-name:普通表格; font-size:10.5pt;}, two at least: a text's braces hold no run of
# name:value;), a Latin comment (/* Style Definitions */), and the document's settings Word writes
# as XML values (Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE).
_STYLE_RULE = re.compile(
    r"(?:[A-Za-z.#@][\w.#:>, \t-]{0,80})?\{[ \t\n]*(?:[a-z-]{2,40}[ \t]*:[^;{}\n]{0,200};[ \t\n]*){2,}(?:[a-z-]{2,40}[ \t]*:[^;{}\n]{0,200})?\}"
)
_STYLE_COMMENT = re.compile(r"/\*[ \t]*[A-Za-z][A-Za-z \t-]{0,60}\*/")
_WORD_SETTINGS = re.compile(
    r"\bNormal[ \t]+0[ \t]+(?:[\d.]+[ \t]*(?:磅|pt)[ \t]+)?(?:\d+[ \t]+){0,4}(?:(?:false|true)[ \t]+){1,8}"
    r"(?:[A-Z]{2}-[A-Z]{2}[ \t]+){1,3}X-NONE(?:[ \t]+MicrosoftInternetExplorer4)?"
)


def _strip_page_code(text: str) -> tuple[str, tuple[Finding, ...]]:
    found: list[str] = []
    for pattern, kind in _PAGE_CODE:
        text, count = pattern.subn("", text)
        if count:
            found.append(f"{count} {kind}")
    if not found:
        return text, ()
    return text, (Finding(MARKUP, f"文本中夹有网页代码（{'、'.join(found)}），已删去", ""),)


# What a copy of a page may leave of its code, and how the finding counts each.
_PAGE_CODE = (
    (_DOCTYPE, "处文档类型声明"),
    (_SCRIPT_TAIL, "段脚本"),
    (_BROKEN_TAG, "个残缺标签"),
    (_FRAME_FALLBACK, "处框架提示语"),
    (_STYLE_RULE, "条样式表规则"),
    (_STYLE_COMMENT, "处样式表注释"),
    (_WORD_SETTINGS, "处 Word 文档设置"),
)


def _strip_field_codes(text: str) -> tuple[str, tuple[Finding, ...]]:
    codes = len(_FIELD_CODE.findall(text))
    if codes == 0:
        return text, ()
    text = _PAGE_REF.sub("…" * 6, text)
    text = _FIELD_CODE.sub(" ", text)
    message = f"文本中夹有 Word 目录域代码（{codes} 处，PAGEREF _Toc…），已删去"
    return text, (Finding(MARKUP, message, ""),)


def _strip_bbcode(text: str) -> tuple[str, tuple[Finding, ...]]:
    tags = len(_BB_TAG.findall(text)) + len(_BB_OBJECT.findall(text))
    if tags < _MIN_TAGS:
        return text, ()
    text = _BB_OBJECT.sub("", text)
    text = _BB_BLOCK_TAG.sub("\n", text)
    text = _BB_TAG.sub("", text)
    text = _BLANK_RUNS.sub("\n", text)
    message = f"文本中夹有论坛排版代码（BBCode，{tags} 个标签），已删去：段落标签换行，其余标签删去、保留所括文字"
    return text, (Finding(MARKUP, message, ""),)


def _strip_html(text: str) -> tuple[str, tuple[Finding, ...]]:
    tags = len(_TAG.findall(text))
    if tags < _MIN_TAGS:
        return text, ()
    text = _HIDDEN.sub("\n", _COMMENT.sub("", SERVER_CODE.sub("", text)))
    # A line of only a list's bullet or number, with tags or without (  • <input …>, 2. <meter …>, 3.):
    # the list the page drew round its empty elements, nothing of the text.
    text = "\n".join("" if _LIST_MARK.fullmatch(_TAG.sub("", line).strip()) else line for line in text.split("\n"))
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text).replace("\u00a0", " ")
    text = _BLANK_RUNS.sub("\n", text)
    message = f"文本中夹有网页标记（{tags} 个标签），已按网页读取：段落标签换行，其余标签删去"
    return text, (Finding(MARKUP, message, ""),)
