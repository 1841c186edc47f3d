"""Latin letters for a voice that has only Mandarin syllables: GDP → ji4 di4 pi4.

The offline voice has no English phones, so every Latin letter must become pinyin here or
it is dropped. Words in data/latin.tsv said as words (Wi-Fi) are read whole; everything
else is spelled letter by letter with the Mandarin letter names of the same table (the
rule for the rest: an unknown acronym, a lowercase domain name, an English word). Edge
voices read the letters themselves and never come here.

A letter whose name has several syllables gets them all, joined by "+" (F → ai2+fu5); in
a whole word the first letter carries every syllable and the others are "-" (spoken with
their neighbour), so there is still exactly one token per character.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..tsv import read_tsv

# ASCII and full-width letters (Ｇ Ｄ Ｐ, as some pages write them).
LATIN = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]")
JOIN = "+"
SILENT = "-"


@cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    letters: dict[str, str] = {}
    words: dict[str, str] = {}
    for row in read_tsv("audiojiedu.pinyin", "data/latin.tsv"):
        written, syllables = row.fields[0], row.fields[1].split()
        (letters if len(written) == 1 else words)[written.upper()] = JOIN.join(syllables)
    return letters, words


@cache
def _word_pattern() -> re.Pattern[str]:
    words = sorted(_table()[1], key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])", re.IGNORECASE)


def letter_name(ch: str) -> str | None:
    """The Mandarin name of one Latin letter as pinyin syllables joined by "+", else None."""
    return _table()[0].get(unicodedata.normalize("NFKC", ch).upper())


def spell_latin(text: str, tokens: list[str], fixed: list[bool]) -> None:
    """Give every Latin letter of `text` its reading in `tokens` (one token per character);
    characters `fixed` by the staff lexicon keep theirs."""
    words = _table()[1]
    taken = bytearray(fixed)
    for match in _word_pattern().finditer(text):
        start, end = match.span()
        if taken.find(1, start, end) != -1:
            continue
        tokens[start] = words[match.group(0).upper()]
        for i in range(start + 1, end):
            tokens[i] = SILENT
        taken[start:end] = b"\x01" * (end - start)
    for match in LATIN.finditer(text):
        i = match.start()
        if not taken[i]:
            name = letter_name(text[i])
            if name is not None:
                tokens[i] = name


def latin_reading(word: str) -> str:
    """How the voice says a Latin word, for staff: its syllables, letters parted by "·"
    (GDP → ji4·di4·pi4; Wi-Fi, read whole → wai4 fai1)."""
    tokens = list(word)
    spell_latin(word, tokens, [False] * len(word))
    return "·".join(t.replace(JOIN, " ") for t, ch in zip(tokens, word) if t != SILENT and t != ch)
