"""Symbols read as words: 1+1 → 一加一, ±, ≥, ①, bare %; bullets (★, ●) are silent."""

from __future__ import annotations

import re
from functools import cache

from .base import Rule
from .tables import load_rows


def _next_to_digit(text: str, start: int, end: int) -> bool:
    # An operand follows (spaces allowed: "× 30", "> 5") or directly precedes ("2×"); a number
    # followed by a space and a bracket (1234 <b>) is not an operand. The bounded window keeps
    # this O(1): a 1 MB line must not be rescanned per symbol.
    before = text[start - 1 : start] if start else ""
    after = text[end : end + 8].lstrip()[:1]
    return "0" <= before <= "9" or "0" <= after <= "9"


@cache
def _table() -> dict[str, dict[str, str]]:
    """symbol → {where: reading} from symbols.tsv."""
    table: dict[str, dict[str, str]] = {}
    for symbol, spoken, where in load_rows("symbols.tsv"):
        table.setdefault(symbol, {})[where] = spoken
    return table


@cache
def silent_pattern() -> re.Pattern[str]:
    """Bullets (an empty reading anywhere) and rule lines (=====): removed before the rules run."""
    bullets = [symbol for symbol, readings in _table().items() if readings.get("any") == ""]
    return re.compile("={2,}|" + "|".join(re.escape(b) for b in bullets))


def rules() -> list[Rule]:
    table = _table()

    def read(match: re.Match[str]) -> str | None:
        readings = table[match.group(0)]
        if "any" in readings:
            return readings["any"]
        text, start, end = match.string, match.start(), match.end()
        symbol = match.group(0)
        # A run of the same sign (=====) is a rule line, never arithmetic.
        in_run = text[start - 1 : start] == symbol or text[end : end + 1] == symbol
        if in_run:  # ×××: a placeholder, 某某某
            return readings.get("text")
        return readings.get("num" if _next_to_digit(text, start, end) else "text")

    pattern = re.compile("|".join(re.escape(s) for s in sorted(table, key=len, reverse=True)), re.ASCII)
    return [Rule("symbol", pattern, read, frozenset(s[0] for s in table), digit=False)]
