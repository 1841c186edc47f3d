"""HTML markup left inside a text file, taken out before the text is read.

Policy libraries and scrapers often store a page's body as its HTML source in a plain text
file: field lines, then `<p>…</p><p style="text-align: right;">…</p>`. Read as text, every tag
is spoken (除以p, style等于…). When a text holds several tags of HTML's own elements, the
markup goes: paragraph-level tags (p, div, br, li, tr, h1–h6 …) become line breaks, other
tags of those elements are dropped, script and style blocks go with their content, and
character references (&nbsp;, &lt;) become the characters they stand for. Angle brackets that
are not such tags (<5%, 《》 typed as <>) stay. One finding says how many tags were removed.
"""

from __future__ import annotations

import html
import re

from ..model import Finding

__all__ = ["MARKUP", "strip_markup"]

MARKUP = "markup"

_BLOCK = "p|div|br|li|ul|ol|tr|table|tbody|thead|h[1-6]|section|article|blockquote|center|hr|dd|dt|dl"
_INLINE = "span|strong|b|em|i|u|font|a|img|sub|sup|td|th|small|big|label|o:p"
_TAG = re.compile(rf"</?(?:{_BLOCK}|{_INLINE})\b(?:\s[^<>]{{0,400}})?/?>", re.IGNORECASE)
_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK})\b(?:\s[^<>]{{0,400}})?/?>", re.IGNORECASE)
_HIDDEN = re.compile(r"<(script|style)\b[^<>]{0,400}>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MIN_TAGS = 3  # one or two bracketed words are text; a run of tags is markup
_BLANK_RUNS = re.compile(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)+")


def strip_markup(text: str) -> tuple[str, tuple[Finding, ...]]:
    """`text` without the HTML markup it holds (see the module), and a finding if any went."""
    tags = len(_TAG.findall(text))
    if tags < _MIN_TAGS:
        return text, ()
    text = _HIDDEN.sub("\n", _COMMENT.sub("", text))
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text).replace("\u00a0", " ")
    text = _BLANK_RUNS.sub("\n", text)
    message = f"文本中夹有网页标记（{tags} 个标签），已按网页读取：段落标签换行，其余标签删去"
    return text, (Finding(MARKUP, message, ""),)
