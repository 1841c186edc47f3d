"""Reading tables shipped as TSV package data (`data/*.tsv`), loaded once on first use."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of `data/<name>`: tab-separated fields, `#` comments and blank lines skipped.

    Trailing empty fields are kept (an empty reading is meaningful in symbols.tsv).
    """
    text = files("audiojiedu.normalize").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(line.split("\t")))
    return tuple(rows)


@cache
def load_words(name: str) -> tuple[str, ...]:
    """First column of `data/<name>`, duplicates removed, longest first (for regex alternation)."""
    words = {row[0] for row in load_rows(name) if row[0]}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation that tries longer words first."""
    import re

    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
