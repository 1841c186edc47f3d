"""Symbols read as words: 1+1 → 一加一, ±, ≥, ①, bare %; bullets (★, ●) are silent."""

from __future__ import annotations

import re

from .base import Rule
from .tables import load_rows


def _next_to_digit(text: str, start: int, end: int) -> bool:
    # A bounded window keeps this O(1): a 1 MB line must not be rescanned per symbol.
    before = text[max(0, start - 8) : start].rstrip()[-1:]
    after = text[end : end + 8].lstrip()[:1]
    return before.isascii() and before.isdigit() or after.isascii() and after.isdigit()


def rules() -> list[Rule]:
    table: dict[str, dict[str, str]] = {}
    for symbol, spoken, where in load_rows("symbols.tsv"):
        table.setdefault(symbol, {})[where] = spoken

    def read(match: re.Match[str]) -> str | None:
        readings = table[match.group(0)]
        if "any" in readings:
            return readings["any"]
        text, start, end = match.string, match.start(), match.end()
        symbol = match.group(0)
        # A run of the same sign (=====) is a rule line, never arithmetic.
        in_run = text[start - 1 : start] == symbol or text[end : end + 1] == symbol
        near = not in_run and _next_to_digit(text, start, end)
        return readings.get("num" if near else "text")

    pattern = re.compile("|".join(re.escape(s) for s in sorted(table, key=len, reverse=True)), re.ASCII)
    return [Rule("symbol", pattern, read, frozenset(s[0] for s in table), digit=False)]
