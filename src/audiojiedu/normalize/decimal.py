"""Decimals: 13.1 → 十三点一, 0.6万 → 零点六万, 1·8 (middle dot) → 一点八."""

from __future__ import annotations

import re

from .base import Rule
from .cardinal import NEGATIVE, read_number

_DECIMAL = r"(?:\d{1,3}(?:,\d{3})+|\d+)[.·]\d+"


def _read(match: re.Match[str]) -> str:
    return ("负" if match.group("neg") else "") + read_number(match.group("n"))


def rules() -> list[Rule]:
    # Not part of a dotted version, date or address (1.2.3): no dot or digit on either side.
    pattern = re.compile(rf"(?<![\d.·])(?P<neg>{NEGATIVE})?(?P<n>{_DECIMAL})(?![\d]|[.·]\d)", re.ASCII)
    return [Rule("decimal", pattern, _read, frozenset(".·"))]
