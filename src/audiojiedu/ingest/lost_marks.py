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

_LONE_LU = re.compile("^([ \t\u3000]*)([录錄])(?=[ \t\u3000]*$)", re.MULTILINE)
_INDENT = re.compile(f"^([ \t\u3000]*)[?？]{{2,4}}(?=[ \t\u3000]*(?:[{HAN}（(“《0-9]|$))", re.MULTILINE)


def strip_lost_indents(text: str) -> tuple[str, tuple[Finding, ...]]:
    """`text` without the ?? its lines open with (see the module), and a finding if any went."""
    text, count = _INDENT.subn(r"\1", text)
    if not count:
        return text, ()
    message = f"{count} 行行首的“??”是另存网页时丢失的全角空格（缩进），已删去"
    return text, (Finding(LOST_INDENT, message, ""),)


def restore_contents_heading(text: str) -> tuple[str, tuple[Finding, ...]]:
    """`text` with a line that is only 录 read as the contents heading 目录 (see the module)."""
    text, count = _LONE_LU.subn(r"\1目\2", text)
    if not count:
        return text, ()
    return text, (Finding(LOST_CHARACTER, "只有一个“录”字的行是丢了“目”字的目录标题，已按“目录”处理，请核对", "录"),)
