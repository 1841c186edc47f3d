"""The value of a section number written in Chinese numerals, for every stage that compares one."""

from __future__ import annotations

__all__ = ["number_value"]

_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def number_value(numeral: str) -> int:
    """一 -> 1, 十二 -> 12, 二十 -> 20, 一百零三 -> 103, 12 -> 12."""
    if numeral.isdigit():
        return int(numeral)
    total, current = 0, 0
    for char in numeral:
        if char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _VALUES.get(char, 0)
    return total + current
