"""Angles and geographic coordinates: E112°19'49.159" → 东经一百一十二度十九分四十九点一五九秒.

A bare 30° is left to the unit table (度); degrees followed by minutes (′ or ') and seconds
(″ or ") are one angle, and a hemisphere letter or word before them makes it a coordinate.
"""

from __future__ import annotations

import re

from .base import Rule
from .cardinal import read_number

_HEMISPHERES = {"E": "东经", "W": "西经", "N": "北纬", "S": "南纬"}
_NUMBER = r"\d{1,3}(?:\.\d+)?"


def _read(match: re.Match[str]) -> str:
    letter = match.group("h")
    spoken = _HEMISPHERES[letter.upper()] if letter else match.group("hw") or ""
    spoken += read_number(match.group("d"), liang=False) + "度"
    if match.group("m"):
        spoken += read_number(match.group("m"), liang=False) + "分"
    if match.group("s"):
        spoken += read_number(match.group("s"), liang=False) + "秒"
    return spoken


def rules() -> list[Rule]:
    pattern = re.compile(
        rf"(?:(?<![A-Za-z])(?P<h>[EWNSewns])\s*|(?P<hw>东经|西经|北纬|南纬)\s*)?"
        rf"(?P<d>{_NUMBER})\s*°\s*(?P<m>{_NUMBER})\s*[′']\s*(?:(?P<s>{_NUMBER})\s*[″\"]?)?"
    )
    return [Rule("angle", pattern, _read, frozenset("°"))]
