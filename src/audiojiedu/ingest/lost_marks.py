"""What a saved page lost: its indentation, and the first character of its contents heading.

A page copied through a code page that has no ideographic space (U+3000) comes out with `??`
where every paragraph's two-character indent was: `??一、总体要求`. Read as text, each is spoken
as a question mark, or taken as chrome. A run of two to four question marks that opens a line
(after blanks) and is followed by the line's text is that lost indent and goes, with one finding
counting the lines. A lone ? at the start, or ?? inside a line (a character that could not be
encoded, so a real loss), stays.

A page that set its contents heading letter-spaced (目 录) with the first character in an image or
a styled span keeps only 录 on that line. A line that is only 录 (錄) says nothing a listener
can follow; it is the heading 目录, restored with a finding so staff can check it.

A year of this century printed in Chinese numerals sets its 〇 in another font more often than
not, and a copy may lose it (规划和二三五年远景目标 for 二〇三五年). Three numerals before 年 with 二
first are no year, and the lost sign can only be the zero after 二: it goes back, with a finding.
A numbered item may lose the mark after its number (2依申请公开情况 between 1、 and 3、): the items
either side count to it, so it is an item, and their mark goes back (see `restore_list_marks`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..han import HAN
from ..model import Finding

__all__ = ["LOST_CHARACTER", "LOST_INDENT", "restore_contents_heading", "restore_list_marks", "restore_year_zeros", "strip_lost_indents"]

LOST_INDENT = "lost-indent"
LOST_CHARACTER = "lost-character"

# A lost space after a chapter's, a section's or an article's number at a line's start.
_AFTER_MARKER = re.compile(f"^([ \t\u3000]*第[一二三四五六七八九十百零〇]+[章节節条條])[?](?=[{HAN}])", re.MULTILINE)
# A letter-spaced heading whose spaces were lost: single characters apart, after a chapter's number or not.
_SPACED_HEADING = re.compile(
    f"^[ \t\u3000]*(?:第[一二三四五六七八九十百零〇]+[章节節][ ?]*)?[{HAN}](?:[?][{HAN}]){{1,4}}[ \t\u3000]*$", re.MULTILINE
)
# Lost spaces ending a line after a character (a signature, a date set right): two or more.
_TRAILING = re.compile(f"(?<=[{HAN}])[?]{{2,}}[ \t\u3000]*$", re.MULTILINE)
# 目 and 录 each alone on a line, one under the other (the heading set wide, a copy broke it between
# its characters): one heading, nothing lost.
_BROKEN_MULU = re.compile("^([ \t\u3000]*)([目])[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*([录錄])(?=[ \t\u3000]*$)", re.MULTILINE)
_LONE_LU = re.compile("^([ \t\u3000]*)([录錄])(?=[ \t\u3000]*$)", re.MULTILINE)
_ZERO_LOST = re.compile("(?<![一二三四五六七八九十百千万〇○零两第])二(?=[一二三四五六七八九]{2}年)")
_INDENT = re.compile(f"^([ \t\u3000]*)[?？]{{2,4}}(?=[ \t\u3000]*(?:[{HAN}（(“《0-9]|$))", re.MULTILINE)


def strip_lost_indents(text: str) -> tuple[str, tuple[Finding, ...]]:
    """`text` without the ?? its lines open with (see the module), and a finding if any went;
    the spaces lost the same way inside a line go back to spaces (see `_restore_inner_spaces`)."""
    text, count = _INDENT.subn(r"\1", text)
    text, inner = _restore_inner_spaces(text)
    findings: list[Finding] = []
    if count:
        findings.append(Finding(LOST_INDENT, f"{count} 行行首的“??”是另存网页时丢失的全角空格（缩进），已删去", ""))
    if inner:
        findings.append(Finding(LOST_INDENT, f"{inner} 处行内或行尾的“?”是另存网页时丢失的全角空格，已按空格处理", ""))
    return text, tuple(findings)


def _restore_inner_spaces(text: str) -> tuple[str, int]:
    """The same code page loses the spaces a page set inside its lines: after an article's or a
    chapter's number (第一条?第十四届…), between the characters of a letter-spaced heading (第一章?總?則,
    總?則) and after a signature or a date (某省人民政府????????). Only there: a ? inside a sentence may
    be a question mark a copy turned into ASCII."""
    text, after_marker = _AFTER_MARKER.subn(r"\1 ", text)
    text, spaced = _SPACED_HEADING.subn(lambda match: match.group(0).replace("?", " "), text)
    text, trailing = _TRAILING.subn("", text)
    return text, after_marker + spaced + trailing


def restore_contents_heading(text: str) -> tuple[str, tuple[Finding, ...]]:
    """`text` with a line that is only 录 read as the contents heading 目录 (see the module), and
    目 over 录 on two lines joined into one."""
    text = _BROKEN_MULU.sub(r"\1\2\3", text)
    text, count = _LONE_LU.subn(r"\1目\2", text)
    if not count:
        return text, ()
    return text, (Finding(LOST_CHARACTER, "只有一个“录”字的行是丢了“目”字的目录标题，已按“目录”处理，请核对", "录"),)


def restore_year_zeros(texts: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[Finding, ...]]:
    """`texts` with the 〇 a Chinese-numeral year lost put back (二三五年 → 二〇三五年, see the
    module), and one finding naming the first such year if any was."""
    restored = tuple(_ZERO_LOST.sub("二〇", text) for text in texts)
    changed = [old for old, new in zip(texts, restored, strict=True) if old != new]
    if not changed:
        return texts, ()
    first = _ZERO_LOST.search(changed[0])
    assert first is not None
    year = changed[0][first.start() : first.start() + 4]
    count = sum(len(_ZERO_LOST.findall(text)) for text in changed)
    message = f"{count} 处“{year}”这样只有三个数字的年份丢了“〇”，已按“二〇…年”朗读，请核对"
    return restored, (Finding(LOST_CHARACTER, message, year),)


# A list item's number and its mark (1、, 2.), opening a paragraph; a number glued to a character
# opening one (2依申请公开情况…), which a copy may have left of an item whose mark it lost.
_LISTED = re.compile(r"(\d{1,2})([、.．])")
_BARE_NUMBER = re.compile(rf"(\d{{1,2}})(?=[{HAN}])")
# … unless the character after it counts something (3个工作日, 2天内, 5万元): a figure of the text.
_COUNTED = tuple("个年月日天万亿千百元项次家人名户件条种批届期号所座位台辆吨米亩周岁倍成小分秒")


def restore_list_marks(texts: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[Finding, ...]]:
    """`texts` with the mark a numbered item lost put back (1、主动公开情况… / 2依申请公开情况… /
    3、政府信息管理情况…: 2、依申请公开情况…), and one finding naming the first. Only a number the
    items either side of it count to, with the same mark, is an item's (the next number after the
    one above, the one before the one below); a figure of the text (3个工作日) is never one."""
    out = list(texts)
    items = [(index, _LISTED.match(text)) for index, text in enumerate(texts)]
    listed = [(index, int(match.group(1)), match.group(2)) for index, match in items if match is not None]
    at = [index for index, _, _ in listed]  # (sorted: the neighbours are found by bisection)
    restored: list[str] = []
    for index, text in enumerate(texts):
        bare = _BARE_NUMBER.match(text)
        if bare is None or text[bare.end()] in _COUNTED:
            continue
        number, place = int(bare.group(1)), bisect_left(at, index)
        if place == 0 or place == len(listed):
            continue  # no item above it, or none below
        (_, above, mark), (_, below, below_mark) = listed[place - 1], listed[place]
        if (above, below, mark) != (number - 1, number + 1, below_mark):
            continue
        out[index] = f"{bare.group(1)}{mark}{text[bare.end() :]}"
        restored.append(out[index][:12])
    if not restored:
        return texts, ()
    message = f"{len(restored)} 处列表编号后丢了标点（如“{restored[0]}”），已按前后编号补上，请核对"
    return tuple(out), (Finding(LOST_CHARACTER, message, restored[0]),)
