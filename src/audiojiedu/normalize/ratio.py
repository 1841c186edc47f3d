"""Ratios: 25.72:26.84 → 二十五点七二比二十六点八四; 6.0:46.9:47.1 reads every term.

The full-width colon is a label separator in Chinese (附表1：2019年度…), never a ratio.
"""

from __future__ import annotations

import re

from .base import Rule
from .cardinal import read_number

_NUMBER = r"\d+(?:[.·]\d+)?"
_COLON = re.compile(r"\s*[:∶]\s*", re.ASCII)


def _read(match: re.Match[str]) -> str:
    terms = _COLON.split(match.group(0))
    return "比".join(read_number(term, liang=False) for term in terms)


def rules() -> list[Rule]:
    pattern = re.compile(rf"(?<![\d.·])(?:{_NUMBER})(?:\s*[:∶]\s*(?:{_NUMBER}))+(?![\d])", re.ASCII)
    return [Rule("ratio", pattern, _read, frozenset(":∶"))]
