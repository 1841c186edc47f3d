"""Heading markers: 1. and 1、 at the start of a line or sentence read 一、 (number, then pause);
so does the zero-padded 01 of 01综合. A section number of a plan's table of contents, a line of
its own (5.1事件分级, 2 组织指挥体系), reads as a section number: 五点一、, 二、 — not as the
5·1 of an event, nor 两 as before the classifier 组 (see `section_rule`)."""

from __future__ import annotations

import re

from ..han import HAN
from ..number_units import MONTH_DAY
from .base import Rule
from .cardinal import read_cardinal


def _read(match: re.Match[str]) -> str:
    return read_cardinal(match.group("n"), liang=False) + "、"


# A dot marker may be followed by a year or a date (1.2021年7月起…, 1.8月30日全县放假), which no
# decimal is: no figure is 1.8 months on the 30th.
_YEAR_AHEAD = (
    r"(?:19|20)[0-9]{2}(?:\s*年|[-/.][0-9]{1,2}[-/.][0-9]{1,2})"
    rf"|{MONTH_DAY}"
)


def rules() -> list[Rule]:
    # 1.5 is a decimal, so a dot marker must not be followed by a digit; 1、 may (1、2021年…).
    pattern = re.compile(
        r"(?:^|(?<=[。；！？：:;!?，\s]))\s*(?P<x>(?P<n>[0-9]{1,2})\s*(?:、|\.(?![0-9])|\.(?="
        + _YEAR_AHEAD
        + r"))\s*)",
        re.ASCII,
    )
    # After a 、 (a heading's spoken label: 附件、1.2018年…) only the dot before a year marks an
    # item: 1.2018年 is no decimal, while 、1、 or 、1.5 is left to the list and decimal rules.
    listed = re.compile(r"(?<=、)\s*(?P<x>(?P<n>[0-9]{1,2})\.(?=" + _YEAR_AHEAD + r")\s*)", re.ASCII)
    # Statistical bulletins number their parts 01综合, 02农业 at the start of a line.
    padded = re.compile(rf"^\s*(?P<x>0(?P<n>[1-9])\s*)(?=[{HAN}])", re.ASCII)
    return [
        Rule("heading", pattern, _read, frozenset("、.")),
        Rule("heading", listed, _read, frozenset(".")),
        Rule("heading", padded, _read, frozenset("0")),
    ]


# A unit or classifier after the number makes it an amount or a date (3.5 万元, 2 个, 5月).
_NOT_A_TITLE = "个万亿千百元年月日号时分秒倍项件次人户家台辆套吨亩米克升度届期批类种名岁"


def _read_section(match: re.Match[str]) -> str | None:
    number = match.group("n")
    if "." not in number and match.group("x") == number:
        return None  # 2组, 3家: one part needs a space after it to be a section number
    return "点".join(read_cardinal(part, liang=False) for part in number.split(".")) + "、"


def section_rule() -> Rule:
    """A whole line that is a section number and a short title, with no other figure or
    punctuation: 5.1事件分级, 1.2.3 职责分工, 2 组织指挥体系 (one part only with a space after it).
    Runs before the event and cardinal rules."""
    title = f"[{HAN}\u2160-\u216b](?<![{_NOT_A_TITLE}])[^0-9。，；：！？,;:!?\\s]{{0,29}}$"
    pattern = re.compile(f"^\\s*(?P<x>(?P<n>[0-9]{{1,2}}(?:\\.[0-9]{{1,2}}){{0,3}})[ \u3000]*)(?={title})")
    return Rule("heading", pattern, _read_section)
