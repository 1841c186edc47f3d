"""The pinyin front end's calls: characters to tone-numbered syllables, word segmentation,
and homophones. The tables load on the first call (see `audiojiedu.pinyin`)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..lexicon import Lexicon
    from .frontend import FrontEnd


@lru_cache(maxsize=1)
def _front_end() -> FrontEnd:
    from .dictionary import load_tables
    from .frontend import FrontEnd
    from .tables import read_rules

    return FrontEnd(load_tables(), read_rules())


@lru_cache(maxsize=4096)
def homophone(syllable: str) -> str | None:
    """A common character read only as `syllable` (numbered pinyin), for engines without
    phoneme control; None when there is none."""
    from pypinyin.pinyin_dict import pinyin_dict

    from .dictionary import TAG_BITS

    tables = _front_end().tables
    best: tuple[int, str] | None = None
    for char, reading in tables.chars.items():
        if reading != syllable:
            continue
        readings = pinyin_dict.get(ord(char), "")
        if "," in readings:
            continue  # a polyphone: another engine might pick its other reading
        freq = tables.words.get(char, 0) >> TAG_BITS
        if freq and (best is None or freq > best[0]):
            best = (freq, char)
    return best[1] if best else None


def warm_up() -> None:
    """Load the tables now (e.g. in a worker process before its first sentence)."""
    _front_end()


def to_pinyin(
    text: str,
    *,
    lexicon: Lexicon | None = None,
    sandhi: bool = True,
    readings: Mapping[int, tuple[str, ...]] | None = None,
) -> list[str]:
    """One token per character of `text` (see the module docstring).

    `lexicon`: staff entries are read exactly as written there, wherever they occur.
    `sandhi`: apply 一/不 tone sandhi (yí gè, bú shì), as the offline voice expects;
    False gives citation tones (yī, bù), as dictionaries and the polyphone scorer use.
    Neutral tones are always marked (的 de5, 东西 dong1 xi5, adverbial 地 de5).
    `readings`: start offset -> syllables forced on the characters there (a release script's
    inline `{长|chang2}`); they win over the lexicon.
    """
    return _front_end().convert(text, lexicon=lexicon, sandhi=sandhi, readings=readings)


def segment(text: str, *, lexicon: Lexicon | None = None) -> list[str]:
    """The words `to_pinyin` reads `text` by; they concatenate back to `text`.

    Runs of non-Chinese characters come as their own pieces (numbers and Latin words
    whole, punctuation and spaces one by one). Useful for prosodic word boundaries and for
    cutting long clauses at word boundaries, without loading jieba's own dictionary.
    """
    pieces: list[str] = []
    pos = 0
    for word in _front_end().segment(text, lexicon):
        if word.start > pos:  # whitespace the segmenter skips
            pieces.extend(text[pos : word.start])
        pieces.append(word.text)
        pos = word.start + len(word.text)
    pieces.extend(text[pos:])
    return pieces
