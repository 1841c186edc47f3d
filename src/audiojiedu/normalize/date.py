"""Dates: 2022-11-03 and 2022/11/03 → 二零二二年十一月三日; 06月08日 → 六月八日.

Months and days are cardinals with leading zeros dropped; years are read digit by digit.
"""

from __future__ import annotations

import re

from ..han import HAN
from .base import Rule
from .cardinal import classifier_pattern, read_cardinal
from .year import YEAR, read_year


def _valid(month: str, day: str | None) -> bool:
    if not 1 <= int(month) <= 12:
        return False
    return day is None or 1 <= int(day) <= 31


def _read_numeric(match: re.Match[str]) -> str | None:
    month, day = match.group("m"), match.group("d")
    if not _valid(month, day):
        return None
    return (
        read_year(match.group("y"))
        + "年"
        + read_cardinal(month, liang=False)
        + "月"
        + read_cardinal(day, liang=False)
        + "日"
    )


def _read_spaced(match: re.Match[str]) -> str | None:
    date = _read_numeric(match)
    return None if date is None else match.group("lead") + date + match.group("trail")


def _read_packed(match: re.Match[str]) -> str:
    """A year and a month and day run together before 日 (20221227日, 2021416日, 202511日): the
    date when one split is valid, else the digits one by one (`_packed_date`)."""
    return _packed_date(match.group("y"), match.group("rest"), day_word="")


def _packed_date(year: str, rest: str, *, day_word: str) -> str:
    """`year` and `rest` (two to four digits: month and day with no mark between) read as the
    date when exactly one month/day split is valid (2024327 is 3月27日, 20241115 is 11月15日,
    202511 is 1月1日); when none or two are (2024115: 1月15日 or 11月5日) the digits are read
    one by one, no date invented and no count of millions either."""
    # 4 digits are MMDD; 3 a month of one digit and a day of two, or of two and one; 2 one and one.
    if len(rest) == 4:
        splits = [(rest[:2], rest[2:])]
    elif len(rest) == 3:
        splits = [(rest[:1], rest[1:]), (rest[:2], rest[2:])]
    else:
        splits = [(rest[:1], rest[1:])]
    valid = [(m, d) for m, d in splits if (len(rest) == 4 or not m.startswith("0")) and _valid(m, d)]
    if len(valid) != 1:
        return read_year(year + rest)
    month, day = valid[0]
    return read_year(year) + "年" + read_cardinal(month, liang=False) + "月" + read_cardinal(day, liang=False) + day_word


def _year_and_month(year: str, month: str) -> str:
    return read_year(year) + "年" + read_cardinal(month, liang=False)


def _read_year_month(match: re.Match[str]) -> str:
    return _year_and_month(match.group("y"), match.group("m"))  # its 月 follows in the text


def _read_dotted(match: re.Match[str]) -> str:
    """[2024.1] or 2024.1至2024.6: a year and a month set apart by a dot, said as one (二零二四年一月)."""
    if match.group("y"):
        return _year_and_month(match.group("y"), match.group("m")) + "月"
    sep = match.group("sep").strip()
    return (
        _year_and_month(match.group("y1"), match.group("m1"))
        + "月"
        + (sep if sep in ("至", "到") else "至")
        + _year_and_month(match.group("y2"), match.group("m2"))
        + "月"
    )


def _read_packed_line(match: re.Match[str]) -> str:
    """A line that is only 6 to 8 digits, a year then a month and day with no marks between
    (a signature date that lost its marks): see `_packed_date`. Six digits are read one by one,
    never as a date (202158 may as well be a postcode) nor as 二十万…."""
    year, rest = match.group("y"), match.group("rest")
    spoken = read_year(year + rest) if len(rest) == 2 else _packed_date(year, rest, day_word="日")
    return match.group("lead") + spoken + match.group("trail")


def _read_glued(match: re.Match[str]) -> str | None:
    """Six digits glued to the words after them (已经202124西安市第十六届人民代表大会…批准): a date
    whose 年, 月 and 日 were lost, read as the one valid date; a classifier or unit after them
    (202124人) makes them a count after all, and a run with no valid date is left to the
    number rules."""
    if classifier_pattern().match(match.string, match.end()):
        return None
    month, day = match.group("m"), match.group("d")
    if not _valid(month, day):
        return None
    return read_year(match.group("y")) + "年" + read_cardinal(month, liang=False) + "月" + read_cardinal(day, liang=False) + "日"


def _read_written(match: re.Match[str]) -> str | None:
    year, month, day = match.group("y"), match.group("m"), match.group("d")
    if not _valid(month, day):
        return None
    text = (read_year(year) + "年") if year else ""
    text += read_cardinal(month, liang=False) + "月"
    if day is not None:
        text += read_cardinal(day, liang=False) + match.group("dw")
    return text


def _read_month_day(match: re.Match[str]) -> str | None:
    month, day = match.group("m"), match.group("d")
    if not _valid(month, day):
        return None
    return match.group("lead") + read_cardinal(month, liang=False) + "月" + read_cardinal(day, liang=False) + "日"


def _read_month_day_only(match: re.Match[str]) -> str | None:
    month, day = match.group("m"), match.group("d")
    if not _valid(month, day):
        return None
    return read_cardinal(month, liang=False) + "月" + read_cardinal(day, liang=False)


def _read_day(match: re.Match[str]) -> str | None:
    day = match.group("d")
    if not 1 <= int(day) <= 31:
        return None
    return read_cardinal(day, liang=False) + match.group("dw")


def rules() -> list[Rule]:
    numeric = re.compile(
        rf"(?<![\d])(?P<y>{YEAR})(?P<s>[-/.])(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}})(?![\d])(?!\.\d)", re.ASCII
    )
    written = re.compile(
        rf"(?<![\d.])(?:(?P<y>{YEAR})\s*年\s*)?(?P<m>\d{{1,2}})\s*月"
        rf"(?:\s*(?P<d>\d{{1,2}})\s*(?P<dw>[日号]))?",
        re.ASCII,
    )
    # A day on its own (12月1日至5日): the 5日 after 至.
    day = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\s*(?P<dw>日)", re.ASCII)
    # A dated signature whose 年, 月 and 日 a PDF copy lost (2017 6 23 alone on its line): read
    # as the date it was, a guess named apart so that the review lists it. Three numbers inside
    # a line may be a table's cells, so only a line that is nothing but the date is taken.
    spaced = re.compile(
        rf"^(?P<lead>[^\w\n]*)(?P<y>{YEAR})[ \t\u3000]+(?P<m>\d{{1,2}})[ \t\u3000]+(?P<d>\d{{1,2}})(?P<trail>[^\w\n]*)$",
        re.MULTILINE,
    )
    # Six to eight digits before 日 (20221227日在某区…会议上, 202511日至1231日): a date that lost
    # its 年 and 月, never a count of days in the hundreds of thousands.
    packed = re.compile(rf"(?<![\d.])(?P<y>{YEAR})(?P<rest>[0-9]{{2,4}})(?=\s*日)", re.ASCII)
    # The end of such a range (202511日至1231日): three or four digits after it are a month and
    # day too. Only after a packed date: 30日至120日 counts days.
    packed_end = re.compile(
        rf"(?<![\d.]){YEAR}[0-9]{{2,4}}\s*日至(?P<x>(?P<m>[1-9]|1[0-2])(?P<d>[0-3][0-9]))(?=\s*日)", re.ASCII
    )
    # A year that lost its 年 before the month (20231月1日至202312月31日): five or six digits
    # before 月 are never a month.
    year_month = re.compile(rf"(?<![\d.])(?P<y>{YEAR})(?P<m>0?[1-9]|1[0-2])(?=\s*月)", re.ASCII)
    # A signature date that lost all its marks, alone on its line (2024327 under the text; 202158).
    packed_line = re.compile(
        rf"^(?P<lead>[^\w\n]*)(?P<y>{YEAR})(?P<rest>[0-9]{{2,4}})(?P<trail>[^\w\n]*)$", re.MULTILINE
    )
    # A year and a month and a day of one digit each, glued to the words after them with no mark
    # left (已经202124西安市第十六届人民代表大会…批准): two hundred thousand is no reading, for a count
    # has its classifier or unit after it. Seven digits or more so glued are read one by one
    # (see digits.py: cells of a flattened table as often as a date).
    glued = re.compile(rf"(?<![\d.．A-Za-z])(?P<y>(?:19|20)[0-9]{{2}})(?P<m>[1-9])(?P<d>[1-9])(?=[{HAN}])(?![年月日号])")
    # A month and day without the year, as a page's byline stamps them: 10-05 23:18 or 日期：10-05.
    # Read as a range it would say 十至零五; a zero-padded pair (two digits each) before a clock
    # time, or after a date/time label, is the date (a guess, named apart for the review).
    # 3-5 or 10-15 alone, with no time after and no label before, stays a range.
    labels = "|".join(f"(?<={label}[:：])" for label in ("日期", "时间", "時間", "发布", "發布", "更新"))
    pair = r"(?<![\d.:/-])(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?![\d-])"
    month_day = re.compile(rf"(?P<lead>){pair}(?=[ \t\u3000]+[0-2]?[0-9]:[0-5][0-9])")
    month_day_labelled = re.compile(rf"(?:{labels})(?P<lead>[ \t\u3000]*){pair}")
    # A year and a month set apart by a dot, in the brackets of a file's label ([2024.1]某某会议文件)
    # or as the ends of a span (2024.1至2024.6): read as 2024 point 1, 两千零二十四点一, they are a
    # wrong number. Elsewhere (产量2024.1万吨) the dot is a decimal point.
    month = r"(?:0?[1-9]|1[0-2])"
    dotted = re.compile(
        rf"(?:(?<=[\[【（(])(?P<y>{YEAR})[.．](?P<m>{month})(?=[\]】）)])"
        rf"|(?<![\d.．])(?P<y1>{YEAR})[.．](?P<m1>{month})(?P<sep>[ \t]*[至到—–~～\-][ \t]*)(?P<y2>{YEAR})[.．](?P<m2>{month})(?![\d.．]))",
    )
    return [
        Rule("date-guess", dotted, _read_dotted, frozenset(".．")),
        Rule("date-guess", spaced, _read_spaced, frozenset(" \t\u3000")),
        Rule("date-guess", packed_line, _read_packed_line),
        Rule("date-guess", packed, _read_packed),
        Rule("date-guess", packed_end, _read_month_day_only),
        Rule("date-guess", year_month, _read_year_month),
        Rule("date-guess", glued, _read_glued),
        Rule("date", numeric, _read_numeric, frozenset("-/.")),
        Rule("date-guess", month_day, _read_month_day, frozenset("-")),
        Rule("date-guess", month_day_labelled, _read_month_day, frozenset("-")),
        Rule("date", written, _read_written, frozenset("月")),
        Rule("date", day, _read_day, frozenset("日")),
    ]
