"""Decimals: 13.1 → 十三点一, 0.6万 → 零点六万, 1·8 (middle dot) → 一点八."""

from __future__ import annotations

import re

from .base import Rule
from .cardinal import NEGATIVE, read_digits, read_number

_DECIMAL = r"(?:\d{1,3}(?:,\d{3})+|\d+)[.·]\d+"


def _read(match: re.Match[str]) -> str:
    return ("负" if match.group("neg") else "") + read_number(match.group("n"))


def rules() -> list[Rule]:
    # Not part of a dotted version, date or address (1.2.3): no dot or digit on either side.
    pattern = re.compile(rf"(?<![\d.·])(?P<neg>{NEGATIVE})?(?P<n>{_DECIMAL})(?![\d]|[.·]\d)", re.ASCII)
    return [Rule("decimal", pattern, _read, frozenset(".·"))]


def _read_clause_number(match: re.Match[str]) -> str:
    parts = match.group(0).split(".")
    return "点".join(read_digits(p) if len(p) > 1 and p[0] == "0" else read_number(p, liang=False) for p in parts)


def clause_rule() -> Rule:
    """Clause and section numbers 1.1.1 (three levels or more): every level read as a number,
    joined by 点: 一点一点一, 3.2.10 → 三点二点十. Dates (2022.11.03) are read before this."""
    pattern = re.compile(r"(?<![\d.·])\d{1,3}(?:\.\d{1,3}){2,}(?![\d]|\.\d)", re.ASCII)
    return Rule("clause", pattern, _read_clause_number, frozenset("."))


def _read_run(match: re.Match[str]) -> str | None:
    text = match.group(0)
    if all(len(part) <= 3 for part in text.split(".")):
        return None  # 1.2.3, 3.2.10: a clause number (see `clause_rule`)
    return "点".join(read_digits(part) for part in text.split("."))


def run_rule() -> Rule:
    """Numbers run together where a copy lost the marks between them: 19.4922.2658.25 (19.49,
    22.26 and 58.25 with the commas gone). Which digits belong to which number is unknown, so
    no number is read: every digit alone, each dot 点 (一九点四九二二点二六五八点二五), a
    guess named apart so that the review lists it. A run of three or more groups with one of
    four digits or more; shorter groups are a clause number."""
    pattern = re.compile(r"(?<![\d.·])\d+(?:\.\d+){2,}(?![\d]|\.\d)", re.ASCII)
    return Rule("digits-guess", pattern, _read_run, frozenset("."))
