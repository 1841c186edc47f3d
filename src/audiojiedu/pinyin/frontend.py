"""Grapheme to pinyin for government text: segment, look words up, apply context rules.

1. Staff lexicon words are cut out first; they are read exactly as the lexicon says.
2. Each run of Chinese characters is segmented by maximum word probability over jieba's
   frequencies plus the shipped word list, so a dictionary word cannot straddle a real
   word boundary (来自|省, not 来|自省; 人|参加, not 人参|加).
3. A word with a known reading (shipped words, then pypinyin's phrases) is read as a
   whole. Other words are read piecewise: longest known phrases inside them, and single
   characters by context rule (data/rules.tsv) or by default reading.
4. 一/不 tone sandhi, when asked for.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, NamedTuple

from .dictionary import TAG_BITS, Tables
from .sandhi import apply_sandhi
from .tables import Rule

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..lexicon import Lexicon, LexiconEntry

# Non-Chinese stretches become context items: numbers, Latin words, single punctuation.
_OTHER = re.compile(r"(?P<m>[0-9０-９]+(?:[.,][0-9０-９]+)*[%％‰]?)|(?P<eng>[A-Za-z]+)|(?P<w>\S)|\s+")
_LEFT_WINDOW = 160  # characters of tagged left context a rule may look at


class _Word(NamedTuple):  # a NamedTuple: built thousands of times a second
    start: int
    text: str
    tag: str
    forced: tuple[str, ...] | None = None  # staff lexicon reading


class FrontEnd:
    def __init__(self, tables: Tables, rules: dict[str, tuple[Rule, ...]]) -> None:
        self.tables = tables
        self.rules = rules
        self._tag_mask = (1 << TAG_BITS) - 1

    # -- segmentation -------------------------------------------------------------------
    def _segment_run(self, run: str, start: int, out: list[_Word]) -> None:
        """Maximum-probability segmentation of a run of Chinese characters (right to left)."""
        words, tags, log_total = self.tables.words, self.tables.tags, self.tables.log_total
        max_len_from = self.tables.max_len_from
        n = len(run)
        best = [0.0] * (n + 1)
        nxt = [n] * (n + 1)
        log = math.log
        for i in range(n - 1, -1, -1):
            packed = words.get(run[i])
            score = (log(packed >> TAG_BITS or 1) if packed else 0.0) - log_total + best[i + 1]
            end = i + 1
            for j in range(i + 2, min(n, i + max_len_from.get(run[i], 1)) + 1):
                packed = words.get(run[i:j])
                if packed is not None:
                    s = log(packed >> TAG_BITS) - log_total + best[j]
                    if s > score:
                        score, end = s, j
            best[i] = score
            nxt[i] = end
        mask = self._tag_mask
        i = 0
        while i < n:
            j = nxt[i]
            word = run[i:j]
            packed = words.get(word)
            out.append(_Word(start + i, word, tags[packed & mask] if packed is not None else "x"))
            i = j

    def segment(
        self, text: str, lexicon: Lexicon | None = None, readings: Mapping[int, tuple[str, ...]] | None = None
    ) -> list[_Word]:
        chars = self.tables.chars
        forced = _find_forced(text, lexicon)
        if readings:
            forced = _with_readings(text, forced, readings)
        out: list[_Word] = []
        i, n = 0, len(text)
        while i < n:
            if i in forced:
                entry = forced[i]
                out.append(_Word(i, entry.word, "nz", entry.pinyin))
                i += len(entry.word)
                continue
            if text[i] in chars:
                j = i + 1
                while j < n and text[j] in chars and j not in forced:
                    j += 1
                self._segment_run(text[i:j], i, out)
                i = j
                continue
            j = i + 1
            while j < n and text[j] not in chars and j not in forced:
                j += 1
            for m in _OTHER.finditer(text, i, j):
                kind = m.lastgroup
                if kind:
                    out.append(_Word(m.start(), m.group(), kind))
            i = j
        return out

    # -- reading ------------------------------------------------------------------------
    def convert(
        self,
        text: str,
        *,
        lexicon: Lexicon | None = None,
        sandhi: bool = True,
        readings: Mapping[int, tuple[str, ...]] | None = None,
    ) -> list[str]:
        words = self.segment(text, lexicon, readings)
        tokens = list(text)
        fixed = [False] * len(text)  # staff readings: sandhi leaves them alone
        phrases, chars = self.tables.phrases, self.tables.chars
        context: _Context | None = None
        for k, w in enumerate(words):
            if w.forced is not None:
                tokens[w.start : w.start + len(w.text)] = w.forced
                fixed[w.start : w.start + len(w.text)] = [True] * len(w.text)
                continue
            if w.text[0] not in chars:
                continue
            reading = phrases.get(w.text) if len(w.text) > 1 else None
            if reading is not None:
                tokens[w.start : w.start + len(w.text)] = reading.split()
                continue
            # Piecewise: longest known phrase inside the word, else the single character.
            text_w, i, n = w.text, 0, len(w.text)
            while i < n:
                for j in range(n, i + 1, -1):
                    reading = phrases.get(text_w[i:j])
                    if reading is not None:
                        tokens[w.start + i : w.start + j] = reading.split()
                        i = j
                        break
                else:
                    ch = text_w[i]
                    rules = self.rules.get(ch)
                    syllable = None
                    if rules:
                        if context is None:
                            context = _Context(words)
                        syllable = context.apply(rules, k, i)
                    tokens[w.start + i] = syllable or chars[ch]
                    i += 1
        if sandhi:
            apply_sandhi(text, tokens, fixed, {w.start + len(w.text) for w in words})
        else:
            for i, ch in enumerate(text):
                if not fixed[i] and ch in "一不":
                    tokens[i] = "yi1" if ch == "一" else "bu4"
        return tokens


class _Context:
    """The sentence as `word/tag ` items, for rule patterns."""

    def __init__(self, words: list[_Word]) -> None:
        parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        pos = 0
        for w in words:
            item = f"{w.text}/{w.tag} "
            self.starts.append(pos)
            pos += len(item)
            self.ends.append(pos)
            parts.append(item)
        self.full = "".join(parts)
        self.words = words

    def apply(self, rules: tuple[Rule, ...], k: int, offset: int) -> str | None:
        word = self.words[k].text
        marked = word[:offset] + "_" + word[offset + 1 :] if len(word) > 1 else "_"
        start, end = self.starts[k], self.ends[k]
        for rule in rules:
            if rule.word is not None and not rule.word.fullmatch(marked):
                continue
            if rule.left is not None and not rule.left.search(self.full, max(0, start - _LEFT_WINDOW), start):
                continue
            if rule.right is not None and not rule.right.match(self.full, end):
                continue
            return rule.reading
        return None


def _with_readings(
    text: str, forced: dict[int, LexiconEntry], readings: Mapping[int, tuple[str, ...]]
) -> dict[int, LexiconEntry]:
    """Lexicon matches plus inline readings (start -> syllables, one per character), which win
    over any lexicon word they overlap."""
    from ..lexicon import LexiconEntry

    covered = {i for start, syl in readings.items() for i in range(start, start + len(syl))}
    out = {
        start: entry
        for start, entry in forced.items()
        if not covered.intersection(range(start, start + len(entry.word)))
    }
    for start, syllables in readings.items():
        out[start] = LexiconEntry(text[start : start + len(syllables)], tuple(syllables))
    return out


def _find_forced(text: str, lexicon: Lexicon | None) -> dict[int, LexiconEntry]:
    """Start offset -> staff entry, longest match first, left to right, no overlaps."""
    if lexicon is None or not lexicon.entries:
        return {}
    staff = lexicon.staff
    longest = max(map(len, staff))
    found: dict[int, LexiconEntry] = {}
    i, n = 0, len(text)
    while i < n:
        for size in range(min(longest, n - i), 0, -1):
            entry = staff.get(text[i : i + size])
            if entry is not None:
                found[i] = entry
                i += size
                break
        else:
            i += 1
    return found
