"""Years read digit by digit: 2019年 → 二零一九年; 2011-2015年 → 二零一一至二零一五年.

A four-digit number is a year only when 年 follows (2019年, 2019 年度); 2019件 is a count.
"""

from __future__ import annotations

import re

from .base import Rule
from .cardinal import read_digits

YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
# Separators of a year span or list; dashes read 至, words are kept as written.
_SPAN_WORDS = {"-": "至", "—": "至", "–": "至", "~": "至", "～": "至", "——": "至"}


# What may follow a year: 2019年, 2019学年, 2019届 / 2019级 (graduating class), 2019版.
_AFTER = r"年|学年|届|级|版"


def read_year(digits: str) -> str:
    return read_digits(digits)


def _read_span(match: re.Match[str]) -> str:
    first = read_year(match.group("a")) + ("年" if match.group("y1") else "")
    sep = match.group("sep")
    return first + _SPAN_WORDS.get(sep, sep) + read_year(match.group("b"))


def _read_year(match: re.Match[str]) -> str:
    return read_year(match.group("y"))


def rules() -> list[Rule]:
    span = re.compile(
        rf"(?<![\d.])(?P<a>{YEAR})\s*(?P<y1>年)?\s*(?P<sep>——|[-—–~～至到、和与及])\s*(?P<b>{YEAR})\s*(?={_AFTER})",
        re.ASCII,
    )
    single = re.compile(rf"(?<![\d.·])(?P<y>{YEAR})\s*(?={_AFTER})", re.ASCII)
    return [
        Rule("year", span, _read_span, frozenset("年届级版")),
        Rule("year", single, _read_year, frozenset("年届级版")),
    ]
