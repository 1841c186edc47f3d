"""Ranges: the dash, tilde or wave between two numbers reads 至 (7月15日-9月30日, 8:30-12:00)."""

from __future__ import annotations

import re

from .base import Rule

# The dash of a range, as typed: one dash of any width, a doubled one (——, --, －－; a copy
# from a PDF often doubles it: 2019--2023年), a tilde or a wave, or a line drawn like a dash
# (─ ━ from a table's box drawing, ― the horizontal bar, ‒ the figure dash: 2018─2022年).
# DASH_CLASS opens with "-" so that it stays a literal inside any [...] it is put at the start of.
DASH_CLASS = "-—–~～－─━―‒"
DASH = rf"(?:——|--|－－|[{DASH_CLASS}])"
DASH_CHARS = frozenset(DASH_CLASS)


def _read(match: re.Match[str]) -> str:
    return "至"


def rules() -> list[Rule]:
    # The left side ends a number or a unit that closes one; the right side starts a number
    # (or a stake mark K…). Phone numbers, dates and codes with dashes are read earlier;
    # a zero-padded serial after the dash (2020-000016) belongs to a code, not a range.
    pattern = re.compile(
        rf"(?<=[\d%‰℃°日月年号时点分秒万亿元])\s*{DASH}\s*(?=[-−]?\d|[Kk]\d|次[年日月]|翌[年日])(?!0\d{{2}})",
        re.ASCII,
    )
    return [Rule("range", pattern, _read, DASH_CHARS)]
