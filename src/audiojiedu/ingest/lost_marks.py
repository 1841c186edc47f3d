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
"""

from __future__ import annotations

import re

from ..han import HAN
from ..model import Finding

__all__ = ["LOST_CHARACTER", "LOST_INDENT", "restore_contents_heading", "strip_lost_indents"]

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
_LONE_LU = re.compile("^([ \t\u3000]*)([录錄])(?=[ \t\u3000]*$)", re.MULTILINE)
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
    """`text` with a line that is only 录 read as the contents heading 目录 (see the module)."""
    text, count = _LONE_LU.subn(r"\1目\2", text)
    if not count:
        return text, ()
    return text, (Finding(LOST_CHARACTER, "只有一个“录”字的行是丢了“目”字的目录标题，已按“目录”处理，请核对", "录"),)
