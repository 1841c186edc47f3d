"""Units and measures: 47微克/立方米 → 四十七微克每立方米, 20℃ → 二十摄氏度, 50km → 五十千米.

Chinese units (公顷, 万元, 千瓦时) are already words; only symbols are replaced, and a slash
between two units reads 每.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from .base import Rule
from .cardinal import NEGATIVE, NUMBER, read_count
from .tables import alternation, load_rows, load_words


@cache
def unit_readings() -> Mapping[str, str]:
    """Unit symbol -> its spoken form (units.tsv); read once (the latin rule asks per match)."""
    return {row[0]: row[1] for row in load_rows("units.tsv")}


_READ_DIGIT = "[零〇一二三四五六七八九十百千两]"  # what a figure after a unit symbol is read as


def rules() -> list[Rule]:
    units = unit_readings()

    def read_measure(match: re.Match[str]) -> str:
        spoken_unit = units[match.group("u")]
        sign = "负" if match.group("neg") else ""
        magnitude = match.group("mag") or ""
        return sign + read_count(match.group("n"), magnitude + spoken_unit) + magnitude + spoken_unit

    measure = re.compile(
        rf"(?<![0-9.·])(?P<neg>{NEGATIVE})?(?P<n>{NUMBER})\s*(?P<mag>万亿|万|亿)?(?P<u>{alternation(tuple(units))})(?![A-Za-z0-9])",
        re.ASCII,
    )
    # Unit symbols and their spoken forms count too (5km/年, ℃/年), so that reading the
    # symbol never leaves a slash that a second pass would read 每.
    compound = alternation((*load_words("compound_units.tsv"), *units, *units.values()))
    # The left side may also be a bare amount (¥5/年, 3%/年): its reading ends in a unit word.
    # A unit on the left stands alone, not at the end of a longer word (JL/LB is a code's, not L/…).
    # A symbol on the right that a number follows, in figures or already read, is a code's (g/g0,
    # and the g/g零 its reading leaves): a second pass must find what the first found.
    per = re.compile(
        rf"(?:(?<![A-Za-z])(?:{compound})|(?<=[0-9%‰]))\s*(?P<x>/)\s*(?=(?:{compound})(?:(?<![A-Za-z])|(?![A-Za-z0-9]|{_READ_DIGIT})))",
        re.ASCII,
    )
    # A unit symbol after the slash is read with it (3kg/m2 → 三千克每平方米): no number stands
    # before it for the measure rule to find, and the digit in m2 is no number of its own.
    # The same for a symbol of letters only (m2, m3 hold their figure: /m2一年 is read 每平方米一年).
    per_symbol = re.compile(
        rf"(?:(?<![A-Za-z])(?:{compound})|(?<=[0-9%‰]))\s*(?P<x>/\s*(?P<u>{alternation(tuple(units))})(?![A-Za-z0-9])(?:(?<=[0-9])|(?!{_READ_DIGIT})))",
        re.ASCII,
    )
    return [
        Rule("unit", measure, read_measure, frozenset(u[0] for u in units)),
        Rule("unit", per_symbol, lambda m: "每" + units[m.group("u")], frozenset("/"), digit=False),
        Rule("unit", per, lambda m: "每", frozenset("/"), digit=False),
    ]
