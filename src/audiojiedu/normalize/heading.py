"""Heading markers: 1. and 1、 at the start of a line or sentence read 一、 (number, then pause);
so does the zero-padded 01 of 01综合."""

from __future__ import annotations

import re

from .base import Rule
from .cardinal import read_cardinal


def _read(match: re.Match[str]) -> str:
    return read_cardinal(match.group("n"), liang=False) + "、"


# A dot marker may be followed by a year or a date (1.2021年7月起…), which no decimal is.
_YEAR_AHEAD = r"(?:19|20)[0-9]{2}(?:\s*年|[-/.][0-9]{1,2}[-/.][0-9]{1,2})"


def rules() -> list[Rule]:
    # 1.5 is a decimal, so a dot marker must not be followed by a digit; 1、 may (1、2021年…).
    pattern = re.compile(
        r"(?:^|(?<=[。；！？：:;!?，\s]))\s*(?P<x>(?P<n>[0-9]{1,2})\s*(?:、|\.(?![0-9])|\.(?="
        + _YEAR_AHEAD
        + r"))\s*)",
        re.ASCII,
    )
    # Statistical bulletins number their parts 01综合, 02农业 at the start of a line.
    padded = re.compile(r"^\s*(?P<x>0(?P<n>[1-9])\s*)(?=[\u4e00-\u9fff])", re.ASCII)
    return [Rule("heading", pattern, _read, frozenset("、.")), Rule("heading", padded, _read, frozenset("0"))]
