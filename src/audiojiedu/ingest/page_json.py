"""A page saved as the JSON a site's content system answers with ({"status":true,"data":{"title":
"…","content":"<p>…"}}) instead of the page it renders from it, or as the JavaScript object a
site's page script holds the record in ({ node: { title: '…', content: `<p>…` } }: keys bare,
strings in single quotes or backticks).

The document is all there, in the record's text fields: its title (`title`, the fuller `subTitle`
beside it is the title again), its publication time and its body (`content`, HTML written with
JSON's escapes, <\\/p>). Those fields are read, the way the rendered page would show them; the
record's other keys (ids, addresses, flags, the system's message) are no text and are never read,
which a finding says. A reply saved cut off (a copy's excerpt) still holds its fields up to the
cut: each is read as far as it goes. A JSON with no body field is no document: an error says so
rather than reading its keys aloud.
"""

from __future__ import annotations

import json
import re

from ..errors import InputError
from ..model import Finding

# A JSON object opening the text, its first key quoted: {"status":…, {"data":…; or a script's object,
# its first key bare: { node: {… — maybe after the script's comments and the call or assignment
# that hands the object on (Page({ data: {…, var page = {…, export default {…).
_JSON_START = re.compile(
    r"^\s*(?:(?://[^\n]*|/\*.*?\*/)\s*)*"
    r"(?:[A-Za-z_$][\w$.]*\s*\(\s*|(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*\s*=\s*|export\s+default\s+)?"
    r'\{\s*(?://[^\n]*\s*)*(?:"[A-Za-z_][A-Za-z0-9_]*"|[A-Za-z_][A-Za-z0-9_]*)\s*:\s*[{\["\'`0-9tfn]',
    re.S,
)
_MARKUP = re.compile(r"<(?:p|div|span|br|table|h[1-6])\b", re.I)
_TAG = re.compile(r"<[^>]+>")
_MAX_HEADLINE = 60  # characters of a headline field's text, its tags left out
# The keys of a record's text fields, by what they hold (first found wins).
_TITLE_KEYS = ("title", "articleTitle", "docTitle", "name")
_TIME_KEYS = ("publishedTimeStr", "publishedTime", "publishTime", "pubDate", "releaseTime", "createdTime", "createdAt")
_AUTHOR_KEYS = ("author", "authorName")
_BODY_KEYS = ("content", "articleContent", "docContent", "body")
# A key (quoted, or bare in a script) and its string value in the quotes it opens with, the
# value maybe cut off by the end of the text.
_STRING_FIELD = re.compile(
    r'(?:"(?P<key>[A-Za-z_][A-Za-z0-9_]*)"|(?<![\w$.])(?P<bare>[A-Za-z_][A-Za-z0-9_]*))\s*:\s*'
    r'(?P<quote>["\'`])(?P<value>(?:(?!(?P=quote))[^\\]|\\.)*)(?:(?P=quote)|\\?$)',
    re.S,
)
_TIME_VALUE = re.compile(r"^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?$")


def is_cms_json(text: str) -> bool:
    """`text` is a JSON object, not a page: it opens with { and a quoted key."""
    return _JSON_START.match(text[:200]) is not None


def unwrap_cms_json(text: str, name: str) -> tuple[str, tuple[Finding, ...]]:
    """The text of the record's fields (title, 发布时间, body) when `text` is a content system's
    JSON reply, with a finding; `text` itself otherwise. Raise InputError for a JSON with no body."""
    if not is_cms_json(text):
        return text, ()
    fields = _string_fields(text)
    body_key = next((key for key in _BODY_KEYS if fields.get(key, "").strip()), "")
    # Without a body's usual name (a page builder's own names: text, text1 in Page({ data: {…} })),
    # the body is the longest field of markup, or a field named text.
    marked = [key for key, value in fields.items() if _MARKUP.search(value)]
    longest = max(marked, key=lambda key: len(fields[key]), default="")
    if not body_key:
        body_key = longest or ("text" if fields.get("text", "").strip() else "")
    if not body_key:
        raise InputError(f"{name}: 这是网站接口返回的 JSON 数据，其中没有正文字段（content），不是可朗读的文档")
    title_key = next((key for key in _TITLE_KEYS if fields.get(key, "").strip()), "")
    if not title_key and body_key == longest:
        # …and a short field of markup before it, one line of text, is the page's headline
        before = marked[: marked.index(body_key)]
        title_key = next((key for key in before if _headline_field(fields[key])), "")
        if title_key:
            fields[title_key] = _TAG.sub("", fields[title_key]).strip()
    time_key = next((key for key in _TIME_KEYS if _TIME_VALUE.match(fields.get(key, "").strip())), "")
    author_key = next((key for key in _AUTHOR_KEYS if fields.get(key, "").strip()), "")
    lines = [fields[title_key].strip()] if title_key else []
    if time_key:
        lines.append(f"发布时间：{fields[time_key].strip()}")
    if author_key:
        lines.append(f"作者：{fields[author_key].strip()}")
    lines.append(fields[body_key])
    read = "、".join(key for key in (title_key, time_key, author_key, body_key) if key)
    finding = Finding("chrome-dropped", f"网页是内容系统的数据记录（接口返回的 JSON 或网页脚本里的对象）：只读了其中的字段（{read}），其余键值（编号、网址等）未朗读", text[:60])
    return "\n".join(lines), (finding,)


def _headline_field(value: str) -> bool:
    """One line of text in a paragraph's tags, a headline's length, no sentence in it."""
    words = _TAG.sub("", value).strip()
    return 0 < len(words) <= _MAX_HEADLINE and "\n" not in words and not re.search("[。；！？]", words)


def _string_fields(text: str) -> dict[str, str]:
    """The string fields of the JSON `text`, first of each key, escapes read (\\/ → /, \\n →
    a new line); a value cut off by the text's end is read as far as it goes."""
    fields: dict[str, str] = {}
    for match in _STRING_FIELD.finditer(text):
        key = match.group("key") or match.group("bare")
        if key in fields:
            continue
        raw = match.group("value")
        if match.group("quote") != '"':
            raw = re.sub(r"\\([`'])", r"\1", raw).replace('"', '\\"').replace("\n", "\\n")  # as JSON writes it
        try:
            value = json.loads(f'"{raw}"')
        except json.JSONDecodeError:
            value = re.sub(r"\\(.)", r"\1", raw)  # a cut-off escape: read the characters as written
        fields[key] = value if isinstance(value, str) else raw
    return fields
