"""The pinyin the offline voice speaks, shown against the text as written.

The voice reads normalized text (2019年 -> 二零一九年), which can be longer or shorter than
the written text. Callers that show or score pinyin per written character (the CLI's
`audiojiedu pinyin`, the polyphone scorer) get one token per WRITTEN character:

- the pinyin is computed on the spoken text, so a character is read in the context the
  voice actually gets;
- outside rewritten spans, each written character gets its own spoken syllable;
- inside a rewrite (e.g. 2019 -> 二零一九), Chinese characters that survive into the
  spoken form keep their own syllable; the spoken syllables left over go to the other
  written characters one by one when the counts agree, else all to the first one,
  joined with "+" (the rest print "-");
- whitespace prints as "_", so a line always has exactly one token per character.

If the normalizer is not installed (or its rewrites do not rebuild its spoken text), the
written text is read as is. For the polyphone scorer the mapping is exact either way: its
targets are Chinese characters, which keep one syllable each; `--written` (normalize=False)
skips the normalizer and its load time when only the Chinese characters matter.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..han import HAN
from .convert import to_pinyin

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from ..model import Normalized


def _normalizer() -> Callable[[str], Normalized] | None:
    try:
        from ..normalize import normalize_text
    except ImportError:  # the normalizer is optional for this command
        return None
    return normalize_text


# Lines made only of Chinese characters and plain punctuation have nothing to normalize:
# they skip the normalizer (a speed-up only; the result is the same).
_PLAIN = re.compile(rf"[{HAN}，。、；：？！“”‘’]*")


def spoken_tokens(
    text: str, *, lexicon: Lexicon | None = None, normalize: bool = True, sandhi: bool = True
) -> list[str]:
    normalize_text = _normalizer() if normalize and not _PLAIN.fullmatch(text) else None
    if normalize_text is None:
        return _show(text, to_pinyin(text, lexicon=lexicon, sandhi=sandhi))
    norm = normalize_text(text)
    if norm.spoken == text:
        return _show(text, to_pinyin(text, lexicon=lexicon, sandhi=sandhi))
    spoken = to_pinyin(norm.spoken, lexicon=lexicon, sandhi=sandhi)
    mapped = _map_back(text, norm, spoken)
    if mapped is None:
        return _show(text, to_pinyin(text, lexicon=lexicon, sandhi=sandhi))
    return _show(text, mapped)


def _show(text: str, tokens: list[str]) -> list[str]:
    return ["_" if ch.isspace() else tok for ch, tok in zip(text, tokens)]


def _map_back(text: str, norm: Normalized, spoken: list[str]) -> list[str] | None:
    out: list[str] = []
    pos = 0  # in the written text
    cursor = 0  # in the spoken text
    for rw in sorted(norm.rewrites, key=lambda r: r.start):
        if rw.start < pos or text[rw.start : rw.end] != rw.written:
            return None
        size = rw.start - pos
        out.extend(spoken[cursor : cursor + size])
        cursor += size
        piece = spoken[cursor : cursor + len(rw.spoken)]
        out.extend(_map_span(rw.written, rw.spoken, piece))
        cursor += len(rw.spoken)
        pos = rw.end
    out.extend(spoken[cursor:])
    if len(out) != len(text) or cursor + len(text) - pos != len(spoken):
        return None
    return out


def _map_span(written: str, spoken_text: str, syllables: list[str]) -> list[str]:
    tokens: list[str | None] = [None] * len(written)
    used = [False] * len(syllables)
    j = 0
    for i, ch in enumerate(written):  # characters that survive normalization, in order
        k = spoken_text.find(ch, j)
        if k >= 0 and "\u3400" <= ch <= "\u9fff":
            tokens[i], used[k], j = syllables[k], True, k + 1
    rest = [s for s, u in zip(syllables, used) if not u]
    free = [i for i, t in enumerate(tokens) if t is None]
    if len(rest) == len(free):
        for i, s in zip(free, rest):
            tokens[i] = s
    elif free:
        tokens[free[0]] = "+".join(rest) or "-"
    return [t or "-" for t in tokens]


def run_stdin(*, lexicon: Lexicon | None = None, normalize: bool = True, sandhi: bool = True) -> int:
    stdout = sys.stdout
    for line in sys.stdin:
        text = line.rstrip("\r\n")
        stdout.write(" ".join(spoken_tokens(text, lexicon=lexicon, normalize=normalize, sandhi=sandhi)))
        stdout.write("\n")
        stdout.flush()  # answer line by line: callers stream sentences through a pipe
    return 0
