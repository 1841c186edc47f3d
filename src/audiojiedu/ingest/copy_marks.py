"""Marks a broken copy left in the text: a code glued to the end of its lines, doubled semicolons,
a bullet glued before a heading's number.

Some aggregator sites turn each paragraph end into a short run of letters and digits (a broken
paragraph tag: …请予审议。8Ay / 一、2019年工作回顾8Ay); read aloud it says 八 A y after every
paragraph. One such run cannot be told from the text's own Latin (GDP, 5G, PM2); the same run
ending a good share of the lines can: a text ends its paragraphs with its own words, not with one
code. Such a mark is taken out wherever it stands glued after the text and before a space or the
line's end; a word that ends only a few lines stays as written.

The same copies turn quotation marks and indents into semicolons (大力弘扬;;改革闯新路;;, a line
opening ;;;;). Chinese text never doubles a semicolon, so a run of two or more is the copy's, not
the document's: read aloud it would put a pause inside a phrase (one standing between two
figures stays, lest they read as one number).

A document-sharing site's copy may set a bullet or a dash before a heading's number (-*第一章 总则,
•第一条): no heading of a document opens so, and left there it hides the number from the outline.
Each kind taken out is reported once, with how many.
"""

from __future__ import annotations

import re
from collections import Counter

from ..han import CN_NUMERALS, HAN
from ..model import Finding

_MIN_LINES = 5  # lines ending with the same mark before it counts as one
_MIN_SHARE = 0.2  # … and that share of the lines with Chinese text
# A short run of letters and digits glued after Chinese text or its punctuation at a line's end.
# It must hold a letter: a bare number there is a figure or a page number (see glued_pages).
_MARK = r"[A-Za-z0-9]{2,5}"
_LINE_END = re.compile(rf"(?<=[{HAN}，。；：、！？”）])(?P<mark>{_MARK})[ \t\u3000]*$", re.MULTILINE)
_LETTER = re.compile(r"[A-Za-z]")
_CHINESE = re.compile(f"[{HAN}]")
# Not between two letters or digits: taken out there it would join two numbers into one (12;;34).
_DOUBLED_SEMICOLONS = re.compile(r"(?<![0-9A-Za-z])[;；]{2,}|[;；]{2,}(?![0-9A-Za-z])")
# Bullets at a line's start, right before 第一章 / 第三条 / 一、 / （一） (the numbers a heading opens with).
_BULLET_BEFORE_HEADING = re.compile(
    rf"^(?P<indent>[ \t\u3000]*)[•·▪◦●■◆*＊\-－]{{1,3}}[ \t\u3000]*"
    rf"(?=第[{CN_NUMERALS}\d]{{1,5}}[编篇章节条]|第[{CN_NUMERALS}]{{1,3}}部分|[{CN_NUMERALS}]{{1,3}}、|[（(][{CN_NUMERALS}]{{1,3}}[)）])",
    re.MULTILINE,
)


def drop_copy_marks(text: str) -> tuple[str, tuple[Finding, ...]]:
    """`text` without the marks of a broken copy (see the module docstring), with a finding for each kind."""
    text, marks = _drop_line_end_marks(text)
    text, semicolons = _drop_doubled_semicolons(text)
    text, bullets = _take_out(text, _BULLET_BEFORE_HEADING, "标题编号前的项目符号（-*第一章、•第一条）", "copy-bullet", keep=r"\g<indent>")
    return text, marks + semicolons + bullets


def _drop_line_end_marks(text: str) -> tuple[str, tuple[Finding, ...]]:
    counts = Counter(m.group("mark") for m in _LINE_END.finditer(text) if _LETTER.search(m.group("mark")))
    if not counts:
        return text, ()
    mark, count = counts.most_common(1)[0]
    chinese_lines = sum(1 for line in text.split("\n") if _CHINESE.search(line))
    if count < _MIN_LINES or count < _MIN_SHARE * chinese_lines:
        return text, ()
    glued = re.compile(rf"(?<=[^\x00-\x7f]){re.escape(mark)}(?=[ \t\u3000]|$)", re.MULTILINE)
    return _take_out(text, glued, f"复制时粘在段落末尾的记号“{mark}”", "line-mark")


def _drop_doubled_semicolons(text: str) -> tuple[str, tuple[Finding, ...]]:
    return _take_out(text, _DOUBLED_SEMICOLONS, "连写的分号（；；），多是复制时弄坏的引号或缩进", "copy-semicolons")


def _take_out(text: str, pattern: re.Pattern[str], what: str, kind: str, *, keep: str = "") -> tuple[str, tuple[Finding, ...]]:
    first = pattern.search(text)
    if first is None:
        return text, ()
    cleaned, removed = pattern.subn(keep, text)
    where = text[max(0, first.start() - 8) : first.end() + 4]
    return cleaned, (Finding(kind, f"删去了 {removed} 处{what}，它们不是正文，请核对", where),)
