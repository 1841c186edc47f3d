"""Pinyin glosses: 漾濞（bì）, 發（fā）展 — a reading aid in brackets after a character.

A document may print the pinyin of a rare character in brackets after it, and some sites print
one after many characters. Read aloud it would be spelled as Latin letters (b, i) after the
character itself. The gloss is a reading aid for the eye, so it is silent; the written text keeps
it (transcript, player) and the review lists each one as a rewrite.
Only toned pinyin counts (a vowel with a tone mark), so (GDP), (a) and (PPP) are never glosses.
"""

from __future__ import annotations

import re

from .base import Rule

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = f"[a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*"
_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])[（(]\s*{_SYLLABLE}(?:\s+{_SYLLABLE})*\s*[)）]")


def rules() -> list[Rule]:
    return [Rule("pinyin-gloss", _GLOSS, lambda match: "", frozenset("（("), digit=False)]
