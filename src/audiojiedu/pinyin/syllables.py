"""Pinyin syllable spelling: tone marks to tone numbers, and validity checks.

Everything downstream (rules, lexicon, the offline voice) uses one spelling: lower-case
ASCII letters, `v` for ü, and a tone digit 1-5 where 5 is the neutral tone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONE_OF_MARK = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
_NUMBERED = re.compile(r"[a-z]+[1-5]")


@lru_cache(maxsize=4096)
def numbered(marked: str) -> str:
    """'lǜ' -> 'lv4', 'de' -> 'de5'; already numbered syllables pass through."""
    if _NUMBERED.fullmatch(marked):
        return marked
    tone = "5"
    letters: list[str] = []
    for ch in unicodedata.normalize("NFD", marked.lower()):
        if ch in _TONE_OF_MARK:
            tone = _TONE_OF_MARK[ch]
        elif ch == "\u0308":  # combining diaeresis: u + ¨ is ü
            if letters and letters[-1] == "u":
                letters[-1] = "v"
        else:
            letters.append(ch)
    base = "".join(letters).replace("ü", "v")
    # pypinyin spells the syllabic nasals ḿ/ń/ň/ǹg without a vowel; keep them as is
    return base + tone


def split_tone(syllable: str) -> tuple[str, int]:
    """'zhong4' -> ('zhong', 4)."""
    return syllable[:-1], int(syllable[-1])


# Mandarin syllables: an optional initial and a final (v = ü). Written from the pinyin
# scheme (汉语拼音方案); it accepts a few impossible pairs (e.g. "bue") but rejects typos
# and anything the voice's phone set (initials + finals) cannot spell.
_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ao|an|ei|en|er|ia|ie|in|"
    r"io|iu|ou|ua|ui|un|uo|ue|ve|vn|a|o|e|i|u|v)"
    r"|m|n|ng|hm|hng"  # interjections (呣, 嗯, 哼)
)


def syllable_problem(syllable: str) -> str | None:
    """Why `syllable` is not a tone-numbered pinyin syllable, or None when it is."""
    if not re.fullmatch(r"[a-zv]+\d?", syllable):
        return f"{syllable!r} is not pinyin (use ASCII letters, v for ü, and a tone digit)"
    if not syllable[-1].isdigit():
        return f"{syllable!r} has no tone digit (1-5, 5 = neutral)"
    if syllable[-1] not in "12345":
        return f"{syllable!r} has a bad tone digit {syllable[-1]!r} (use 1-5, 5 = neutral)"
    if not _SYLLABLE.fullmatch(syllable[:-1]):
        return f"{syllable!r} is not a Mandarin syllable"
    return None


def reading_problem(word: str, syllables: tuple[str, ...]) -> str | None:
    """Why `syllables` cannot be the reading of `word` (one syllable per character), or None."""
    if len(syllables) != len(word):
        return f"{word} has {len(word)} characters but {len(syllables)} pinyin syllables"
    for syllable in syllables:
        problem = syllable_problem(syllable)
        if problem:
            return problem
    return None
