"""Percent and per mille: 12.5% → 百分之十二点五, 100% → 百分之百, -3.19‰ → 负千分之三点一九."""

from __future__ import annotations

import re

from .base import Rule
from .cardinal import NEGATIVE, NUMBER, read_number
from .ranges import DASH_CLASS

_PREFIX = {"%": "百分之", "‰": "千分之"}


def _read(match: re.Match[str]) -> str:
    number = match.group("n").replace(",", "")
    # 100% is read 百分之百 on air; 100.5% keeps 一百 (百分之一百点五).
    body = "百" if number == "100" else read_number(number, liang=False)
    sign = "负" if match.group("neg") else ""
    return sign + _PREFIX[match.group("sign")] + body


_RANGE_WORDS = {"至": "至", "到": "到"}


def _read_range(match: re.Match[str]) -> str:
    prefix = _PREFIX[match.group("sign")]
    low = read_number(match.group("a"), liang=False)
    high = "百" if match.group("b") == "100" else read_number(match.group("b"), liang=False)
    return prefix + low + _RANGE_WORDS.get(match.group("sep"), "至") + prefix + high


def rules() -> list[Rule]:
    # 3-5% means 3% to 5%: the sign is written once but read on both ends.
    span = re.compile(
        rf"(?<![\d.·])(?P<a>{NUMBER})\s*(?P<sep>[{DASH_CLASS}至到])\s*(?P<b>{NUMBER})\s*(?P<sign>[%‰])", re.ASCII
    )
    pattern = re.compile(rf"(?<![\d.·])(?P<neg>{NEGATIVE})?(?P<n>{NUMBER})\s*(?P<sign>[%‰])", re.ASCII)
    return [
        Rule("percent", span, _read_range, frozenset("%‰")),
        Rule("percent", pattern, _read, frozenset("%‰")),
    ]
