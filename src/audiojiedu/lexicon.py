"""The pronunciation lexicon: words whose reading the pipeline must not guess.

Two layers, one format. The shipped default lexicon (government terms and place names,
`audiojiedu/pinyin/data/words.tsv` and `places.tsv`) and the staff file (`lexicon.tsv`
beside voices.yaml). Each line is

    word<TAB>pinyin syllables, space-separated, tone digits 1-5 (v for ü)<TAB>respelling

with an optional third column, `#` comments and blank lines. Staff entries win over
shipped ones for the same word, and the front end reads a staff word as written in the
lexicon wherever it occurs (`audiojiedu.pinyin.to_pinyin(..., lexicon=...)`). Engines
without phoneme control (edge-tts) get the respelling instead: a homophone spelling they
read right (`Lexicon.respell`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConfigError
from .tsv import parse_tsv, read_text

if TYPE_CHECKING:  # model imports numpy; the pinyin front end must load without it
    from .model import Rewrite

__all__ = ["Lexicon", "LexiconEntry", "load_lexicon", "parse_lexicon", "read_shipped_words"]

# The shipped word lists (government terms, place names), in lexicon format.
SHIPPED_WORD_FILES = ("words.tsv", "places.tsv")


@dataclass(frozen=True)
class LexiconEntry:
    word: str
    pinyin: tuple[str, ...]  # one numbered syllable per character of `word`
    respelling: str | None = None


@dataclass(frozen=True)
class Lexicon:
    """Shipped and staff entries. Frozen and picklable: it travels to worker processes."""

    entries: tuple[LexiconEntry, ...] = ()  # staff entries: forced wherever they occur
    defaults: tuple[LexiconEntry, ...] = ()  # shipped entries: words the segmenter weighs
    # The lookup tables below are derived on first use: cached_property writes to the
    # instance dict directly, which a frozen dataclass allows; they are not fields, so
    # equality, hashing and digest() see the entries only.

    @cached_property
    def staff(self) -> dict[str, LexiconEntry]:
        """Staff entries by word (a later line for the same word wins)."""
        return {e.word: e for e in self.entries}

    @cached_property
    def _respellings(self) -> dict[str, str]:
        table = {e.word: e.respelling for e in self.defaults if e.respelling}
        for e in self.entries:  # staff entries win, also when they drop a respelling
            if e.respelling:
                table[e.word] = e.respelling
            else:
                table.pop(e.word, None)
        return table

    def __len__(self) -> int:
        return len(self.entries) + len(self.defaults)

    def digest(self) -> str:
        """Stable hash of everything that can change what is spoken (for cache keys)."""
        h = hashlib.sha256()
        for layer, entries in (("staff", self.entries), ("defaults", self.defaults)):
            for e in entries:
                h.update(f"{layer}\t{e.word}\t{' '.join(e.pinyin)}\t{e.respelling or ''}\n".encode())
        return h.hexdigest()[:16]

    def respell(self, text: str) -> tuple[str, tuple[Rewrite, ...]]:
        """Rewrite lexicon words that have a respelling; longest match first, left to right.

        Returns the new text and one Rewrite per replaced word, with offsets in `text`.
        """
        from .model import Rewrite

        table = self._respellings
        if not table:
            return text, ()
        longest = max(map(len, table))
        out: list[str] = []
        rewrites: list[Rewrite] = []
        i = 0
        while i < len(text):
            for size in range(min(longest, len(text) - i), 0, -1):
                spoken = table.get(text[i : i + size])
                if spoken is not None:
                    written = text[i : i + size]
                    rewrites.append(Rewrite(i, i + size, written, spoken, "lexicon"))
                    out.append(spoken)
                    i += size
                    break
            else:
                out.append(text[i])
                i += 1
        return "".join(out), tuple(rewrites)


def parse_lexicon(text: str, *, source: str) -> tuple[LexiconEntry, ...]:
    """Parse lexicon lines; any malformed line raises ConfigError naming source and line."""
    from .pinyin.syllables import reading_problem

    entries: list[LexiconEntry] = []
    for row in parse_tsv(text):
        where = f"{source} line {row.line}"
        cols = [c.strip() for c in row.fields]
        if len(cols) < 2 or not cols[1]:
            line = "\t".join(row.fields).strip()
            raise ConfigError(f"{where}: expected word<TAB>pinyin[<TAB>respelling], got {line!r}")
        if len(cols) > 3:
            raise ConfigError(f"{where}: {len(cols)} columns, expected word<TAB>pinyin[<TAB>respelling]")
        word, syllables = cols[0], tuple(cols[1].lower().split())
        if not word or any(ch.isspace() for ch in word):
            raise ConfigError(f"{where}: the word {word!r} is empty or contains spaces")
        problem = reading_problem(word, syllables)
        if problem:
            raise ConfigError(f"{where}: {problem}")
        respelling = cols[2] if len(cols) == 3 and cols[2] else None
        entries.append(LexiconEntry(word, syllables, respelling))
    return tuple(entries)


def read_shipped_words() -> tuple[LexiconEntry, ...]:
    """The shipped word lists (audiojiedu/pinyin/data), the defaults under the staff lexicon."""
    entries: list[LexiconEntry] = []
    for name in SHIPPED_WORD_FILES:
        text = read_text("audiojiedu.pinyin", f"data/{name}")
        entries.extend(parse_lexicon(text, source=f"audiojiedu/pinyin/data/{name}"))
    return tuple(entries)


def load_lexicon(path: Path | None = None, *, defaults: bool = True) -> Lexicon:
    """The shipped default lexicon (unless `defaults=False`) plus the staff file at `path`."""
    shipped: tuple[LexiconEntry, ...] = ()
    if defaults:
        shipped = read_shipped_words()
    staff: tuple[LexiconEntry, ...] = ()
    if path is not None:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(f"{path}: lexicon file not found") from None
        except UnicodeDecodeError:
            raise ConfigError(f"{path}: lexicon is not UTF-8 text") from None
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read the lexicon: {exc.strerror or exc}") from None
        staff = parse_lexicon(text.lstrip("\ufeff"), source=str(path))
    return Lexicon(staff, shipped)
