"""Years read digit by digit: 2019年 → 二零一九年; 2011-2015年 → 二零一一至二零一五年.

A four-digit number is a year only when 年 follows (2019年, 2019 年度); 2019件 is a count.
"""

from __future__ import annotations

import re

from ..han import HAN
from .base import Rule
from .cardinal import classifier_pattern, read_digits
from .ranges import DASH, DASH_CHARS

YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
# Separators of a year span or list besides a dash (which reads 至): kept as written.
_SPAN_WORDS = "至到、和与及"


# What may follow a year: 2019年, 2019学年, 2019届 / 2019级 (graduating class), 2019版.
_AFTER = r"年|学年|届|级|版"


def read_year(digits: str) -> str:
    return read_digits(digits)


def _read_span(match: re.Match[str]) -> str:
    first = read_year(match.group("a")) + ("年" if match.group("y1") else "")
    sep = match.group("sep")
    return first + (sep if sep in _SPAN_WORDS else "至") + read_year(match.group("b"))


def _read_year(match: re.Match[str]) -> str:
    return read_year(match.group("y"))


# A span of two years without 年 is still a span of years where a period is named: in
# brackets (（2016-2020）) or before 规划, 时期, 行动计划 …
_PERIOD_AHEAD = r"\s*(?:[)）]|规划|时期|期间|年度|计划|行动|纲要|周期|发展规划)"
# A year directly before a title names the event or plan (举办2030中国-东盟论坛, 2035远景目标).
_TITLE_WORDS = re.compile(
    r"论坛|博览会|峰会|大会|年会|运动会|奥运会|冬奥会|亚运会|世博会|全运会|大赛|比赛|锦标赛|马拉松|"
    r"文化节|艺术节|旅游节|音乐节|电影节|购物节|展览会|交易会|洽谈会|研讨会|远景目标|议程|行动计划|规划|纲要|版|"
    # A document's name whose year lost its 年 (2023政府信息公开工作年度报告, 2024部门决算).
    r"报告|年报|工作要点|工作总结|工作计划|实施方案|工作方案|统计公报|决算|预算"
)
_TITLE_WINDOW = 16
# … or a place's name (2022石柱土家族自治县人民政府…令, 2023某某区…): a count is never glued to a
# place without its classifier (2000多个乡镇 has one, see `_read_title_year`).
_PLACE_AHEAD = re.compile(f"[{HAN}]{{1,7}}?(?:省|自治区|自治州|自治县|市|州|县|区|旗|盟|镇|乡|街道)")
_AMOUNT_UNITS = set("万亿千百元")
_COUNT_WORDS = set("余多人户家亩米吨次")


def _read_title_year(match: re.Match[str]) -> str | None:
    text, end = match.string, match.end()
    if classifier_pattern().match(text, end):
        return None  # 2030个项目: a count
    ahead = text[end : end + _TITLE_WINDOW]
    stop = re.search(r"[，。；、：！？,;:\s]", ahead)
    if _TITLE_WORDS.search(ahead[: stop.start()] if stop else ahead):
        return read_year(match.group("y"))
    if text[end : end + 1] not in _AMOUNT_UNITS | _COUNT_WORDS | set("个多余") and _PLACE_AHEAD.match(text, end):
        return read_year(match.group("y"))
    return None


def _read_year_digits(match: re.Match[str]) -> str:
    return read_year(match.group("y"))


def _read_opening_year(match: re.Match[str]) -> str | None:
    after = match.end()
    if classifier_pattern().match(match.string, after) or match.string[after : after + 1] in _AMOUNT_UNITS | _COUNT_WORDS:
        return None  # 2024名考生, 2023万元: a count or an amount after all
    return read_year(match.group("y"))


def _read_bracketed_year(match: re.Match[str]) -> str | None:
    after = match.end() + 1  # past the closing bracket
    if classifier_pattern().match(match.string, after) or match.string[after : after + 1] in _AMOUNT_UNITS:
        return None
    return read_year(match.group("y"))


def _read_period(match: re.Match[str]) -> str | None:
    if match.group("open") is None and match.group("ahead") is None:
        return None
    a, b = int(match.group("a")), int(match.group("b"))
    if not 0 < b - a <= 30:
        return None  # 1500-2000: an amount range, not years
    return read_year(match.group("a")) + "至" + read_year(match.group("b"))


def rules() -> list[Rule]:
    span = re.compile(
        rf"(?<![\d.])(?P<a>{YEAR})\s*(?P<y1>年)?\s*(?P<sep>{DASH}|[{_SPAN_WORDS}])\s*(?P<b>{YEAR})\s*(?={_AFTER})",
        re.ASCII,
    )
    single = re.compile(rf"(?<![\d.·])(?P<y>{YEAR})\s*(?={_AFTER})", re.ASCII)
    period = re.compile(
        r"(?P<open>[(（]\s*)?(?<![\d.])(?P<x>(?P<a>(?:19|20)[0-9]{2})\s*"
        rf"{DASH}\s*(?P<b>(?:19|20)[0-9]{{2}}))"
        rf"(?![\d])(?P<ahead>(?={_PERIOD_AHEAD}))?"
    )
    # (… or before the document's name in title marks: 2023《政府工作报告》（实录）)
    title = re.compile(rf"(?<![\d.·])(?P<y>(?:19|20)[0-9]{{2}})(?=[{HAN}《])")
    # A year that ends a name: “健康云南2030”, 《某某2035》, a headline's 时间2023_… or 2023 at a line's
    # end after a name. Not after a word that states an amount (为, 共, 达 …: 总数为2023).
    name_end = re.compile(
        rf"(?<=[{HAN}])(?<![为共达约计有是超近逾约第])(?P<y>(?:19|20)[0-9]{{2}})(?=[”’」』》_|｜]|[ \t]*$)",
        re.MULTILINE,
    )
    # A year that lost its 年 opening a sentence (2024我镇认真贯彻…) or a phrase set apart by a space
    # (某某放假时间 2023海南某某放假安排): a count there has its classifier.
    opening = re.compile(rf"(?:^|(?<=[。！？；\s]))[ \t\u3000]*(?P<y>(?:19|20)[0-9]{{2}})(?=[{HAN}])", re.MULTILINE)
    # A year alone in brackets after a name dates it (某某实施办法（2011）, 《统计年鉴》(2023)); not
    # after a word that states an amount (合计（2011）) nor before a unit (（1998）万元).
    # A law library's version note names the year too: 某某工作规则（2019修订）, 某某办法(2015修正).
    bracketed = re.compile(
        rf"(?<=[{HAN}》”][(（])(?<![计额数为共达约][(（])(?P<y>(?:19|20)[0-9]{{2}})(?=(?:修订|修正|修改)?[)）])"
    )
    return [
        Rule("year", span, _read_span, frozenset("年届级版")),
        Rule("year", single, _read_year, frozenset("年届级版")),
        Rule("year", period, _read_period, DASH_CHARS),
        Rule("year", title, _read_title_year),
        Rule("year", name_end, _read_year_digits),
        Rule("year", bracketed, _read_bracketed_year, frozenset("(（")),
        Rule("year", opening, _read_opening_year),
    ]


# Zero in a year written in Chinese numerals is 〇; typists put a look-alike in its place: the
# white circle ○, the large circle ◯, the letter O (Latin, full-width or Cyrillic). Read as 零.
_ZERO_LOOKALIKES = "○◯ＯOОo"
_CHINESE_YEAR = re.compile(
    rf"(?<![一二三四五六七八九〇{_ZERO_LOOKALIKES}A-Za-z])"
    rf"(?P<x>[一二三四五六七八九〇{_ZERO_LOOKALIKES}]{{4}})(?=\s*年)"
)


def _read_chinese_year(match: re.Match[str]) -> str | None:
    year = match.group("x")
    if sum(ch in "一二三四五六七八九" for ch in year) < 2 or year[0] in _ZERO_LOOKALIKES:
        return None  # not a year with a stray zero (OOOO年)
    return "".join("零" if ch in _ZERO_LOOKALIKES or ch == "〇" else ch for ch in year)


def chinese_year_rule() -> Rule:
    """二○一○年, 二O二四年: a Chinese-numeral year whose zeros are look-alike signs."""
    return Rule("year", _CHINESE_YEAR, _read_chinese_year, frozenset(_ZERO_LOOKALIKES), digit=False)


# A template's placeholder year (20XX年, 200*年, 20××年, 20__年 with a blank to fill in): the digits
# it keeps are read as a year's are, each placeholder as 某 — a listener hears 二零某某年, never
# 二十XX年 or 二十年.
_PLACEHOLDERS = "xX*＊×_＿"
# One sign for both of the year's last digits (20*年) stands for two of them: 二零某某年.
_PLACEHOLDER_YEAR = re.compile(
    rf"(?<![0-9A-Za-z.])(?P<y>(?:19|20)(?:(?=[0-9{_PLACEHOLDERS}]*[{_PLACEHOLDERS}])[0-9{_PLACEHOLDERS}]{{2}}|[{_PLACEHOLDERS}]))(?=\s*年)"
)


def _read_placeholder_year(match: re.Match[str]) -> str:
    year = match.group("y")
    spoken = "".join("某" if ch in _PLACEHOLDERS else read_digits(ch) for ch in year)
    return spoken + "某" if len(year) == 3 else spoken


def placeholder_year_rule() -> Rule:
    return Rule("year", _PLACEHOLDER_YEAR, _read_placeholder_year, frozenset(_PLACEHOLDERS))
