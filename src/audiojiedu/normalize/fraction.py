"""Fractions: 1/3 → 三分之一, 2/5 → 五分之二 (the denominator is read first)."""

from __future__ import annotations

import re

from .base import Rule
from .cardinal import read_cardinal


def _read(match: re.Match[str]) -> str | None:
    numerator, denominator = match.group("a"), match.group("b")
    if int(denominator) == 0:
        return None
    return read_cardinal(denominator, liang=False) + "分之" + read_cardinal(numerator, liang=False)


def rules() -> list[Rule]:
    # Short terms only and no third part: 2024/03/09 is a date, 2019/2020 two years.
    pattern = re.compile(r"(?<![0-9A-Za-z./])(?P<a>[0-9]{1,3})/(?P<b>[0-9]{1,4})(?![0-9A-Za-z./-])", re.ASCII)
    return [Rule("fraction", pattern, _read, frozenset("/"))]
