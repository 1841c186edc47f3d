"""Question marks standing where a saved page lost its indentation.

A page copied through a code page that has no ideographic space (U+3000) comes out with `??`
where every paragraph's two-character indent was: `??一、总体要求`. Read as text, each is spoken
as a question mark, or taken as chrome. A run of two to four question marks that opens a line
(after blanks) and is followed by the line's text is that lost indent and goes, with one finding
counting the lines. A lone ? at the start, or ?? inside a line (a character that could not be
encoded, so a real loss), stays.
"""

from __future__ import annotations

import re

from ..han import HAN
from ..model import Finding

__all__ = ["LOST_INDENT", "strip_lost_indents"]

LOST_INDENT = "lost-indent"

_INDENT = re.compile(f"^([ \t\u3000]*)[?？]{{2,4}}(?=[ \t\u3000]*(?:[{HAN}（(“《0-9]|$))", re.MULTILINE)


def strip_lost_indents(text: str) -> tuple[str, tuple[Finding, ...]]:
    """`text` without the ?? its lines open with (see the module), and a finding if any went."""
    text, count = _INDENT.subn(r"\1", text)
    if not count:
        return text, ()
    message = f"{count} 行行首的“??”是另存网页时丢失的全角空格（缩进），已删去"
    return text, (Finding(LOST_INDENT, message, ""),)
