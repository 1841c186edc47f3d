"""The ordered rule list: earlier rules claim their spans first, later ones read what is left.

Specific readings come before general ones: a telephone number before a range, a document
number before a year, a date before a clock time, a percent before a plain number.
"""

from __future__ import annotations

from functools import cache

from . import (
    angle,
    cardinal,
    citation,
    clock,
    date,
    decimal,
    digits,
    docnum,
    formula,
    fraction,
    heading,
    latin,
    measure,
    money,
    percent,
    ranges,
    ratio,
    symbol,
    year,
)
from .base import Rule


@cache
def ordered_rules() -> tuple[Rule, ...]:
    """Compile every rule once (tables are read here, on first use, not at import)."""
    latin_rules = latin.rules()
    clause_numbers = decimal.clause_rule()
    measure_rules = measure.rules()
    (
        date_dotted,
        date_spaced,
        date_line,
        date_packed,
        date_packed_end,
        date_year_month,
        date_glued,
        date_numeric,
        date_month_day,
        date_month_day_labelled,
        date_written,
        date_day,
    ) = date.rules()
    year_span, year_single, year_period, year_title, year_name_end, year_bracketed, year_opening = year.rules()
    return (
        latin_rules[0],  # standard numbers GB/T 19001-2016
        latin_rules[1],  # web and mail addresses
        latin_rules[9],  # 某某方案.doc: a file's type, not said
        heading.section_rule(),  # 5.1事件分级 alone on its line: a section number, not an event
        *digits.rules(),  # telephone, fax, postcode, hotline
        *docnum.rules(),  # 〔2019〕64号
        latin_rules[2],  # K172+800
        latin_rules[3],  # A1-02-02
        latin_rules[5],  # AAAA级 → 4A级
        latin_rules[6],  # JL/LB20A-300/40, OPGW-24B1-100
        latin_rules[7],  # PM_2.5: a subscript's underscore
        latin_rules[8],  # XX镇: a template's placeholder, 某某
        *formula.rules(),  # （本年收入－上年收入）/上年收入×100%
        date_dotted,  # [2024.1]某某会议文件, 2024.1至2024.6: a year and a month
        date_spaced,  # 2017 6 23 alone on its line (年月日 lost)
        date_line,  # 2024327 alone on its line (every mark lost)
        date_packed,  # 20221227日 (年 and 月 lost)
        date_packed_end,  # …日至1231日 (月 lost at the range's end)
        date_year_month,  # 20231月1日 (年 lost)
        date_glued,  # 已经202124西安市…批准 (every mark lost, words after it)
        date_numeric,  # 2022-11-03
        date_month_day,  # 10-05 23:18 (a byline's month and day before a time)
        date_month_day_labelled,  # 日期：10-05
        year_span,  # 2011-2015年
        date_written,  # 2024年04月06日, 5月
        year_single,  # 2019年
        year_period,  # （2016-2020）
        year_title,  # 2030中国-东盟论坛
        year_name_end,  # “健康云南2030”: a year ending a name
        year_bracketed,  # 某某实施办法（2011）: a year alone in brackets after a name
        year_opening,  # 2024我镇认真贯彻…: a year that lost its 年 opening a sentence
        year.chinese_year_rule(),  # 二○一○年: a circle typed for 〇
        year.placeholder_year_rule(),  # 20XX年 in a template
        *angle.rules(),  # E112°19'49.159"
        *clock.rules(),  # 8:30
        *ratio.rules(),  # 6.0:46.9:47.1
        decimal.run_rule(),  # 19.4922.2658.25: numbers run together, read digit by digit
        clause_numbers,  # 1.1.1
        date_day,  # 5日
        *heading.rules(),  # 1. at the start
        *citation.rules(),  # 第711号, 附件1, footnote marks [1]
        *percent.rules(),  # 12.5%, 3-5%
        *fraction.rules(),  # 1/3
        *money.rules(),  # ¥100
        measure_rules[0],  # 47μg/m³, 20℃
        measure_rules[1],  # /m2 after a unit: 每平方米
        latin_rules[4],  # S306
        *decimal.rules(),  # 13.1
        *cardinal.rules(),  # everything else that is a number
        *ranges.rules(),  # the dash between two numbers
        formula.minus_rule(),  # a − no number took
        measure_rules[2],  # 微克/立方米
        *symbol.rules(),  # +, ±, ①, bullets
    )
