"""Telephone, fax, postcode, hotline and other codes, read digit by digit.

0539-8221234 → 零五三九-八二二一二三四 (separators kept as pauses); 邮编：276017 → 二七六零一七;
12345热线 → 一二三四五热线; “8337”发展思路 → “八三三七”发展思路.
"""

from __future__ import annotations

import re

from ..han import HAN
from .base import Rule
from .cardinal import classifier_pattern, read_cardinal, read_digits
from .ranges import DASH
from .tables import alternation, load_words
from .year import YEAR

# Possessive quantifiers and atomic groups: a long digit run that turns out not to be a code
# must fail in one step, not be retried at every split (which is quadratic).
# A dash may be doubled (0915--4428027): still one separator, never a minus sign.
_BODY = r"(?:[(（]\s*[0-9]++\s*[)）]\s*)?+\+?[0-9]++(?:\s*[-—–]{1,2}\s*[0-9]++)*+"
# A second number of five digits or more after a semicolon (举报电话：12119；6623731) is another
# number of the list; a short one may be a count (电话：12345；共3件).
# So is a local number of seven or eight digits after a space (传真：（024）22736598  22736151):
# a second line of the same exchange, never an amount.
_NEXT_NUMBER = (
    r"\s*[；;]\s*(?=[0-9]{5})[0-9]++(?:\s*[-—–]\s*[0-9]++)*+"
    r"|[ \t\u3000]++(?=[0-9]{7,8}(?![0-9.·%‰]|[年月日万亿元个件次人]))[0-9]++"
)
# Codes after 索引号, 信用代码 … mix letters and digits: 11371311MB285687XQ/2020-000016.
_CODE = r"(?>[0-9A-Za-z]*[0-9][0-9A-Za-z]*+)(?:[-/—–][0-9A-Za-z]++)*+"


def _read(match: re.Match[str]) -> str:
    return read_digits(match.group("x"))


def _read_after_cue(match: re.Match[str]) -> str | None:
    """A number after 电话/手机/热线 … is a code, unless a classifier or unit follows it: 手机24小时
    畅通, 致电3次 count hours and calls."""
    if classifier_pattern().match(match.string, match.end()) or _UNIT_AHEAD.match(match.string, match.end()):
        return None
    return read_digits(match.group("x"))


def _read_serial(match: re.Match[str]) -> str | None:
    """Digit by digit when a part after a dash is zero-padded (2024-017); else not a serial."""
    parts = re.split(r"\s*[-—–]\s*", match.group("x"))
    return read_digits(match.group("x")) if any(re.fullmatch(r"0[0-9]{2,}", part) for part in parts[1:]) else None


def _read_event(match: re.Match[str]) -> str | None:
    if classifier_pattern().match(match.string, match.end()) or _UNIT_AHEAD.match(match.string, match.end()):
        return None  # 3·5个百分点: a number after all
    if "." in match.group("x") and match.string[match.end() : match.end() + 1].isspace():
        return None  # 3.1 地震灾害分级: a section's number set apart from its name, not 3·1
    return "".join(read_digits(part) for part in re.split(r"\s*[·•・.]\s*", match.group("x")))


def _read_masked(match: re.Match[str]) -> str:
    """A code with digits hidden by asterisks (3201********1234, 2208-*-89-05-*): the digits
    that are shown, one by one; each run of asterisks said as how many there are."""
    return re.sub(
        r"[0-9]+|\*+",
        lambda run: (
            read_digits(run.group(0)) if run.group(0)[0].isdigit() else f"{read_cardinal(str(len(run.group(0))))}个星号"
        ),
        match.group(0),
    )


def _read_service(match: re.Match[str]) -> str | None:
    if classifier_pattern().match(match.string, match.end()) or match.string[match.start() - 1 : match.start()] == "第":
        return None  # 12345件, 第12345号: a count or an ordinal after all
    return read_digits(match.group("x"))


def _read_glued(match: re.Match[str]) -> str | None:
    following = match.string[match.end() : match.end() + 12]
    # (an approximate amount says so before its classifier: 共2716000多字, 1200000余元)
    counted = _ABOUT.sub("", following, count=1)
    if classifier_pattern().match(counted) or _UNIT_AHEAD.match(counted):
        return None  # 13561条, 1234567元: an amount after all
    if (ranged := _RANGE_AHEAD.match(match.string, match.end())) is not None and (
        classifier_pattern().match(match.string, ranged.end()) or _UNIT_AHEAD.match(match.string, ranged.end())
    ):
        return None  # 1000000—2000000元: a range of amounts, its unit said once after both
    if _PACKED_DATE.fullmatch(match.group("x")) and following.lstrip().startswith("日"):
        return None  # 在2021416日前: a date that lost its 年 and 月, read by the date rules
    return read_digits(match.group("x"))


_ABOUT = re.compile(r"^\s*[多余]")
_RANGE_AHEAD = re.compile(rf"\s*{DASH}\s*[0-9]+(?:\.[0-9]+)?", re.ASCII)
# A year, then a month and day with no mark between (see date.py's packed dates).
_PACKED_DATE = re.compile(rf"{YEAR}[0-9]{{2,4}}", re.ASCII)
# What makes a long digit run an amount: a unit word or sign right after it.
_UNIT_AHEAD = re.compile(r"\s*(?:[%‰℃万亿元米克吨升亩度倍]|[A-Za-z]|[.·][0-9])")
# Seven digits or more with no grouping, no unit and no classifier, right after a word: in
# government text this is not an amount but cells of a flattened table glued together
# (申请数量801000081 is 80, 1, 0, 0, 0, 0, 81) or a code. Read digit by digit, the
# digits are all spoken and no number the document does not contain is made up.
_GLUED_MIN_DIGITS = 7


def rules() -> list[Rule]:
    cues = alternation(load_words("digit_cues.tsv"))
    suffixes = alternation(load_words("digit_suffixes.tsv"))
    after_cue = re.compile(
        rf"(?:{cues})\s*(?:[:：为是]\s*)?(?P<x>{_BODY}(?:\s*[、/或和及]\s*{_BODY}|(?:{_NEXT_NUMBER}))*+(?![A-Za-z])|{_CODE})"
        r"(?![0-9.·%‰]|[年月日])",
        re.ASCII,
    )
    shaped = re.compile(
        r"(?<![0-9.])(?P<x>[(（]0[0-9]{2,3}[)）]\s*[0-9]{7,8}"
        r"|0[0-9]{2,3}\s*[-—–]{1,2}\s*[0-9]{7,8}(?:\s*[-—–转]\s*[0-9]{1,5})?"
        r"|1[3-9][0-9]{9}|1[3-9][0-9]\s*[-—–]\s*[0-9]{4}\s*[-—–]\s*[0-9]{4}"
        r"|400\s*[-—–]?\s*[0-9]{3}\s*[-—–]?\s*[0-9]{4})(?![0-9])",
        re.ASCII,
    )
    before_suffix = re.compile(rf"(?<![0-9.])(?P<x>[0-9]{{3,}})(?=\s*(?:{suffixes}))", re.ASCII)
    service = re.compile(rf"(?<![0-9.])(?P<x>{alternation(load_words('service_numbers.tsv'))})(?![0-9.·%‰])", re.ASCII)
    # A number in quotes names something (“8337”发展思路, “12218”工程): digit by digit.
    quoted = re.compile(r"(?<=[“‘「『\"'])(?P<x>[0-9]{3,})(?=[”’」』\"'])")
    # Or alone in brackets after a title (某某报告（20230114）), or after a label's colon (公开时间：
    # 2025930, a date that lost its marks): a date or a code, no amount.
    # (…or after a range's dash: 20231117日—2023112610 is no amount of two billion either)
    glued = re.compile(rf"(?<=[{HAN}）)（(：:—–~～－])(?P<x>[0-9]{{{_GLUED_MIN_DIGITS},}})(?![0-9]|[.·,][0-9])")
    # A date field's value of five or six digits opening with a century (发布日期：20235, 时间：
    # 202305): a date that lost its marks, never an amount (两万零二百三十五). Digit by digit: which
    # digits were the month is not known.
    dated = re.compile(r"(?:(?<=日期[：:])|(?<=时间[：:]))[ \u3000]*(?P<x>(?:19|20)[0-9]{3,4})(?![0-9.·%‰]|[年月日])")
    # At least six characters: 3*5 is a product, 138****5678 a masked number; an identity card's
    # number may end with its check letter (430225********801X).
    masked = re.compile(
        r"(?<![0-9A-Za-z*])(?=[0-9*-]{6})(?=[0-9*-]*[0-9])[0-9*]*\*[0-9*]*(?:-[0-9*]+)*[Xx]?(?![0-9A-Za-z*])"
    )
    # A zero-padded part after a dash makes the whole a serial (第2024-017号, 2020-000016):
    # a range never ends in 017. Digit by digit on both sides, as one code.
    # The chain is taken whole (possessive: linear on long dash runs), then checked.
    serial = re.compile(r"(?<![0-9.])(?P<x>[0-9]{2,}+(?:\s*+[-—–]\s*+[0-9]++)++)(?![0-9.])")
    # A month·day pair names an event (5·12汶川地震, “7·20”特大暴雨, 8•3暴雨): digit by digit,
    # when an event word or a closing quote follows; otherwise 3·5 may be a decimal.
    events = alternation(load_words("event_words.tsv"))
    day = r"(?:[1-9]|1[0-2])\s*[·•・.]\s*(?:[1-9]|[12][0-9]|3[01])"
    # A place may stand between the pair and the event word (5·12汶川地震), not after a dot,
    # which is a decimal point far more often (3.5亿元).
    event = re.compile(
        rf"(?<![0-9.·•・])(?P<x>{day})(?![0-9.·•・%])"
        rf"(?=\s*(?:{events})|[”’」』]|(?<![0-9]\.[0-9]|\.[0-9]{{2}})[{HAN}]{{1,4}}?(?:{events}))",
    )
    return [
        Rule("digits", masked, _read_masked, frozenset("*")),
        Rule("digits", event, _read_event, frozenset("·•・.")),
        Rule("digits", serial, _read_serial, frozenset("-—–")),
        # Named apart: that a quoted number is a name is a guess, which preflight shows staff.
        Rule("code-number", quoted, _read, frozenset("“‘「『\"'")),
        # Before the glued runs: 传真：（024）22736598 is a number after its cue, not table cells.
        Rule("digits", after_cue, _read_after_cue),  # first: it also takes the second number of a list
        Rule("table-digits", glued, _read_glued),  # named apart: preflight flags these runs
        Rule("digits", dated, _read),
        Rule("digits", shaped, _read),
        Rule("digits", before_suffix, _read),
        Rule("digits", service, _read_service),
    ]
