"""Readers for the shipped data tables in `data/` (see data/README.md for their origin)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ConfigError
from ..lexicon import SHIPPED_WORD_FILES
from ..tsv import Row, parse_tsv, read_text
from .syllables import syllable_problem

# Files whose content goes into the cached tables (their bytes are part of its digest). The
# word lists are read by audiojiedu.lexicon (they are in lexicon format).
DATA_FILES = (*SHIPPED_WORD_FILES, "chars.tsv")


def _rows(name: str) -> tuple[Row, ...]:
    # Not cached: the built tables are (see dictionary.py), and these run once per build of them.
    return parse_tsv(read_text(__package__ or "audiojiedu.pinyin", f"data/{name}"))


def read_char_defaults() -> dict[str, str]:
    """Default readings of characters in government text, where pypinyin's first differs."""
    out: dict[str, str] = {}
    for row in _rows("chars.tsv"):
        number, cols = row.line, row.fields
        char, reading = cols[0], cols[1] if len(cols) > 1 else ""
        problem = syllable_problem(reading) if len(char) == 1 else "first column is not one character"
        if problem:
            raise ConfigError(f"audiojiedu/pinyin/data/chars.tsv line {number}: {problem}")
        out[char] = reading
    return out


@dataclass(frozen=True)
class Rule:
    """Read `char` as `reading` when the context patterns match (see data/rules.tsv)."""

    char: str
    reading: str
    word: re.Pattern[str] | None  # the word holding the char, the char written as _
    left: re.Pattern[str] | None  # the tagged words before it, matched at the end
    right: re.Pattern[str] | None  # the tagged words after it, matched at the start
    line: int


# Shorthands usable in rules.tsv patterns.
MACROS = {
    "{W}": r"[^\s/，。；：！？]+/[a-z]+ ",  # one word with its tag, or quotes, or 、 (not clause punctuation)
    "{P}": r"[，。；：！？、“”‘’《》（）()—…]/w ",  # one punctuation mark
    "{C}": r"[，。；：！？]/w ",  # punctuation that ends a clause
    "{N}": r"[^\s/]+/m ",  # a number
}


def _pattern(text: str, *, anchor: str, line: int) -> re.Pattern[str] | None:
    if not text:
        return None
    for macro, expansion in MACROS.items():
        text = text.replace(macro, expansion)
    try:
        return re.compile(f"(?:{text})$" if anchor == "end" else f"(?:{text})")
    except re.error as exc:
        raise ConfigError(f"audiojiedu/pinyin/data/rules.tsv line {line}: bad pattern: {exc}") from exc


def read_rules() -> dict[str, tuple[Rule, ...]]:
    """Context rules by character, in file order (the first match wins)."""
    by_char: dict[str, list[Rule]] = {}
    for row in _rows("rules.tsv"):
        number, cols = row.line, [*row.fields, *[""] * (5 - len(row.fields))]
        char, reading, word, left, right = cols[0].strip(), cols[1].strip(), cols[2].strip(), cols[3], cols[4]
        problem = syllable_problem(reading) if len(char) == 1 else "first column is not one character"
        if problem:
            raise ConfigError(f"audiojiedu/pinyin/data/rules.tsv line {number}: {problem}")
        word_re = re.compile(word) if word else None
        rule = Rule(
            char,
            reading,
            word_re,
            _pattern(left, anchor="end", line=number),
            _pattern(right, anchor="start", line=number),
            number,
        )
        by_char.setdefault(char, []).append(rule)
    return {c: tuple(rules) for c, rules in by_char.items()}
