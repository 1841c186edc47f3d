"""Ratios: 25.72:26.84 → 二十五点七二比二十六点八四; 6.0:46.9:47.1 reads every term.

The full-width colon is usually a label separator in Chinese (附表1：2019年度…): it makes a
ratio only with three terms or more (12.8：56.9：30.3) or after a cue (比例为3：7).
"""

from __future__ import annotations

import re

from .base import Rule
from .cardinal import read_number

_NUMBER = r"\d+(?:[.·]\d+)?"
_COLON = re.compile(r"\s*[:∶：]\s*")
# With a full-width colon two numbers are a ratio only when the text says so just before.
_RATIO_CUE = re.compile(r"比|结构|比例|配比|之比|比值")


def _read(match: re.Match[str]) -> str | None:
    terms = _COLON.split(match.group(0))
    if (
        "：" in match.group(0)
        and len(terms) < 3
        and not _RATIO_CUE.search(match.string[max(0, match.start() - 12) : match.start()])
    ):
        return None
    return "比".join(read_number(term, liang=False) for term in terms)


def rules() -> list[Rule]:
    pattern = re.compile(rf"(?<![\d.·])(?:{_NUMBER})(?:\s*[:∶：]\s*(?:{_NUMBER}))+(?![\d])", re.ASCII)
    return [Rule("ratio", pattern, _read, frozenset(":∶："))]
