"""Grapheme-to-pinyin front end for government text.

    to_pinyin("以人民为中心")  ->  ['yi3', 'ren2', 'min2', 'wei2', 'zhong1', 'xin1']

One token per character: tone-numbered pinyin (1-5, 5 neutral, v for ü) for Chinese
characters, the character itself otherwise. Importing this package is cheap; the tables
(about 0.1 s from the cache, about 1 s the very first time) load on the first call.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .convert import homophone, segment, to_pinyin, warm_up

if TYPE_CHECKING:
    from ..lexicon import Lexicon

__all__ = ["homophone", "main_stdin", "segment", "spoken_pinyin_line", "to_pinyin", "to_spoken_pinyin", "warm_up"]


def to_spoken_pinyin(
    text: str, *, lexicon: Lexicon | None = None, normalize: bool = True, sandhi: bool = True
) -> list[str]:
    """What the offline voice will speak for `text`, as one token per character of `text`.

    See `audiojiedu.pinyin.spoken` for how normalization rewrites are mapped back.
    """
    from .spoken import spoken_tokens

    return spoken_tokens(text, lexicon=lexicon, normalize=normalize, sandhi=sandhi)


@lru_cache(maxsize=8)
def _staff_lexicon(path: Path | None) -> Lexicon | None:
    if path is None:
        return None
    from ..lexicon import load_lexicon

    return load_lexicon(path)


def spoken_pinyin_line(
    text: str, *, lexicon_path: Path | None = None, normalize: bool = True, sandhi: bool = True
) -> str:
    """`to_spoken_pinyin` as one printable line (the CLI's `audiojiedu pinyin`).

    The staff lexicon at `lexicon_path` is read once per process.
    """
    lexicon = _staff_lexicon(Path(lexicon_path) if lexicon_path is not None else None)
    return " ".join(to_spoken_pinyin(text, lexicon=lexicon, normalize=normalize, sandhi=sandhi))


def main_stdin(*, lexicon: Lexicon | None = None, normalize: bool = True, sandhi: bool = True) -> int:
    """Read lines on stdin; print one line of space-separated tokens per input line."""
    from .spoken import run_stdin

    return run_stdin(lexicon=lexicon, normalize=normalize, sandhi=sandhi)
