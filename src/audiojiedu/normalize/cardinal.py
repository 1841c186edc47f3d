"""Cardinal numbers and digit strings: 244394 → 二十四万四千三百九十四, 0539 → 零五三九."""

from __future__ import annotations

import re
from functools import cache

from .base import Rule
from .ranges import DASH_CLASS
from .tables import alternation, load_words

DIGITS = "零一二三四五六七八九"
_PLACES = ("", "十", "百", "千")
_MAX_CARDINAL_DIGITS = 17  # 10^16 = 一亿亿; longer strings are codes, read digit by digit

# A number as written in running text: 3,500 style grouping (groups of exactly three) or
# plain digits; optional decimal part with . or a middle dot (1·8%).
NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:[.·]\d+)?"
# A minus sign only counts where a number may start: never after a digit, a letter or a word
# that closes a number (5%-8%, 3日-5日, 100元-200元), where the dash is a range or part of a code.
NEGATIVE = r"(?:(?<![0-9A-Za-z)）\]】%‰℃°日月年号时点分秒万亿元个次件人天周度米])[-−](?=\d))"


def read_digits(digits: str) -> str:
    """Read each digit on its own: 2019 → 二零一九."""
    return "".join(DIGITS[ord(ch) - 48] if "0" <= ch <= "9" else ch for ch in digits)


def _read_group(value: int, *, leading: bool) -> str:
    """0 < value < 10000; `leading` drops the 一 of a leading 一十 (15 → 十五)."""
    out: list[str] = []
    text = str(value)
    width = len(text)
    zero_pending = False
    for index, ch in enumerate(text):
        digit = ord(ch) - 48
        place = width - 1 - index
        if digit == 0:
            zero_pending = True
            continue
        if zero_pending and out:
            out.append("零")
        zero_pending = False
        if digit == 1 and place == 1 and leading and index == 0:
            out.append("十")
        else:
            out.append(DIGITS[digit] + _PLACES[place])
    return "".join(out)


def _read_int(value: int, *, leading: bool) -> str:
    if value >= 100_000_000:
        high, low = divmod(value, 100_000_000)
        text = _read_int(high, leading=leading) + "亿"
        if low:
            text += ("零" if low < 10_000_000 else "") + _read_int(low, leading=False)
        return text
    if value >= 10_000:
        high, low = divmod(value, 10_000)
        text = _read_group(high, leading=leading) + "万"
        if low:
            text += ("零" if low < 1000 else "") + _read_group(low, leading=False)
        return text
    return _read_group(value, leading=leading)


def read_cardinal(digits: str, *, liang: bool = True) -> str:
    """Read a string of ASCII digits as a whole number, up to 10^16.

    With `liang`, a leading 2 before 千/万/亿 reads 两 (2798 → 两千七百九十八), the
    broadcast convention; 二 stays before 十 and 百. Longer strings are read digit by digit.
    """
    stripped = digits.lstrip("0")
    if not stripped:
        return "零"
    if len(stripped) > _MAX_CARDINAL_DIGITS or (len(stripped) == _MAX_CARDINAL_DIGITS and stripped != "1" + "0" * 16):
        return read_digits(digits)
    text = _read_int(int(stripped), leading=True)
    if liang and len(text) > 1 and text[0] == "二" and text[1] in "千万亿":
        text = "两" + text[1:]
    return text


def read_number(written: str, *, liang: bool = True) -> str:
    """Read a written number: grouping commas dropped, decimals read 点 then digit by digit."""
    written = written.replace(",", "")
    for point in ".·":
        if point in written:
            whole, fraction = written.split(point, 1)
            return read_cardinal(whole or "0", liang=liang) + "点" + read_digits(fraction)
    return read_cardinal(written, liang=liang)


@cache
def classifier_pattern() -> re.Pattern[str]:
    """Matches when a classifier (个, 次, 万, …) follows, spaces allowed.

    Not before 级: 2年级 is the second grade (二年级), not two years.
    """
    return re.compile(r"\s*(?:" + alternation(load_words("classifiers.tsv")) + r")(?!级)", re.ASCII)


_RANGE_TAIL = re.compile(rf"\s*[{DASH_CLASS}至到]\s*[0-9]+", re.ASCII)
_CLOCK_OR_DAY = re.compile(r"\s*[时点分秒月日号]")


def read_count(written: str, following: str, *, ordinal: bool = False) -> str:
    """A number in running text: a bare 2 before a classifier reads 两 (2次 → 两次, and
    2-3个 → 两至三个, where the classifier follows the range)."""
    if written == "2" and not ordinal:
        tail = _RANGE_TAIL.match(following)
        if classifier_pattern().match(following, tail.end() if tail else 0):
            return "两"
    return read_number(written, liang=not ordinal)


# A count of documents or pages is never below zero: a hyphen before one joins it to a name
# (某某范文大全-22篇, a document site's file list), it is no minus sign.
_NEVER_NEGATIVE = re.compile(r"\s*[篇份页册]")


def _read_plain(match: re.Match[str]) -> str:
    written = match.group("n")
    following = match.string[match.end() : match.end() + 12]
    sign = "负" if match.group("neg") and not _NEVER_NEGATIVE.match(following) else ""
    if len(written) > 1 and written[0] == "0" and "." not in written and "·" not in written:
        if len(written) == 2 and _CLOCK_OR_DAY.match(following):
            return sign + read_cardinal(written, liang=False)  # 08时30分, 05日
        return sign + read_digits(written)  # 007, 0539: a code, not an amount
    preceding = match.string[max(0, match.start() - 1) : match.start()]
    return sign + read_count(written, following, ordinal=preceding == "第")


def rules() -> list[Rule]:
    pattern = re.compile(rf"(?<![\d.·])(?P<neg>{NEGATIVE})?(?P<n>{NUMBER})(?![\d])", re.ASCII)
    return [Rule("cardinal", pattern, _read_plain)]
