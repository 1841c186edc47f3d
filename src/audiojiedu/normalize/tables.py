"""Reading tables shipped as TSV package data (`data/*.tsv`), loaded once on first use."""

from __future__ import annotations

from functools import cache

from ..tsv import read_tsv


@cache
def load_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of `data/<name>` (see audiojiedu.tsv); trailing empty fields are kept (an empty
    reading is meaningful in symbols.tsv)."""
    return tuple(row.fields for row in read_tsv("audiojiedu.normalize", f"data/{name}"))


@cache
def load_words(name: str) -> tuple[str, ...]:
    """First column of `data/<name>`, duplicates removed, longest first (for regex alternation)."""
    words = {row[0] for row in load_rows(name) if row[0]}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation that tries longer words first."""
    import re

    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
