"""Clock times: 8:30 → 八点三十分, 09:00 → 九点, 10:53:20 → 十点五十三分二十秒."""

from __future__ import annotations

import re

from .base import Rule
from .cardinal import read_cardinal, read_digits
from .ranges import DASH_CLASS


def read_clock(hour: str, minute: str, second: str | None = None) -> str | None:
    h, m = int(hour), int(minute)
    s = int(second) if second is not None else 0
    if h > 24 or m > 59 or s > 59:
        return None
    text = ("两" if h == 2 else read_cardinal(str(h), liang=False)) + "点"
    if m or second is not None:
        text += _read_sixty(minute) + "分"
    if second is not None:
        text += _read_sixty(second) + "秒"
    return text


def _read_sixty(two_digits: str) -> str:
    # 8:05 → 八点零五分: a leading zero is spoken, as on a clock.
    value = int(two_digits)
    if value == 0:
        return "零"
    return read_digits(two_digits[0]) + read_cardinal(two_digits[1]) if value < 10 else read_cardinal(two_digits)


def _read(match: re.Match[str]) -> str | None:
    before = match.string[max(0, match.start() - 8) : match.start()]
    if "比" in before:  # 比例为1:10 is a ratio
        return None
    return read_clock(match.group("h"), match.group("m"), match.group("s"))


def rules() -> list[Rule]:
    # (A dot after the time is a full stop typed as ".", 17:00.噪声…, unless a digit follows it.)
    pattern = re.compile(
        r"(?<![\d.:∶])(?<!\d：)(?P<h>\d{1,2})[:：](?P<m>\d{2})(?:[:：](?P<s>\d{2}))?(?![\d:：∶·]|[.·]\d)", re.ASCII
    )
    # ∶ (U+2236, the ratio sign) typed for a colon: a time only where the words around say so
    # (下午5∶45前, 8∶30至11∶30); elsewhere 1∶2 stays a ratio.
    ratio_sign = re.compile(
        r"(?:(?<=上午)|(?<=下午)|(?<=中午)|(?<=晚上)|(?<=早上)|(?<=凌晨)|(?<=傍晚)|(?<=每日)|(?<=每天)"
        rf"|(?=\d{{1,2}}∶[0-5]\d\s*(?:前|后|以前|之前|开始|起|截止|[{DASH_CLASS}至到]\s*\d{{1,2}}∶[0-5]\d)))"
        r"(?<![\d.])(?P<h>\d{1,2})∶(?P<m>[0-5]\d)(?![\d∶])"
        rf"|(?<=\d∶[0-5]\d[{DASH_CLASS}至到])(?P<h2>\d{{1,2}})∶(?P<m2>[0-5]\d)(?![\d∶])"
    )
    return [Rule("time", pattern, _read, frozenset(":：")), Rule("time", ratio_sign, _read_ratio_sign, frozenset("∶"))]


def _read_ratio_sign(match: re.Match[str]) -> str | None:
    if match.group("h") is not None:
        return read_clock(match.group("h"), match.group("m"), None)
    return read_clock(match.group("h2"), match.group("m2"), None)
