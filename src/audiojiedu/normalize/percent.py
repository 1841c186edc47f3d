"""Percent and per mille: 12.5% → 百分之十二点五, 100% → 百分之百, -3.19‰ → 负千分之三点一九."""

from __future__ import annotations

import re

from .base import Rule
from .cardinal import NEGATIVE, NUMBER, read_number

_PREFIX = {"%": "百分之", "‰": "千分之"}


def _read(match: re.Match[str]) -> str:
    number = match.group("n").replace(",", "")
    # 100% is read 百分之百 on air; 100.5% keeps 一百 (百分之一百点五).
    body = "百" if number == "100" else read_number(number, liang=False)
    sign = "负" if match.group("neg") else ""
    return sign + _PREFIX[match.group("sign")] + body


def rules() -> list[Rule]:
    pattern = re.compile(rf"(?<![\d.·])(?P<neg>{NEGATIVE})?(?P<n>{NUMBER})\s*(?P<sign>[%‰])", re.ASCII)
    return [Rule("percent", pattern, _read)]
