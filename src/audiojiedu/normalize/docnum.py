"""Document numbers: 临政办字〔2019〕64号 → 临政办字二零一九年六十四号 (also [2019], (2019), and an old
number's two-digit year: (78)交公路字412号 → 七八年交公路字四百一十二号)."""

from __future__ import annotations

import re

from ..han import HAN
from .base import Rule
from .cardinal import read_cardinal
from .year import YEAR, read_year


def _read_number(match: re.Match[str]) -> str:
    ordinal = "第" if match.group("di") else ""
    return read_year(match.group("y")) + "年" + ordinal + read_cardinal(match.group("n"), liang=False) + "号"


def _read_year(match: re.Match[str]) -> str:
    return read_year(match.group("y")) + "年"


def _read_dashed(match: re.Match[str]) -> str:
    return read_year(match.group("y")) + "年" + read_cardinal(match.group("n"), liang=False)


def _read_unsuffixed(match: re.Match[str]) -> str:
    ordinal = "第" if match.group("di") else ""
    return read_year(match.group("y")) + "年" + ordinal + read_cardinal(match.group("n"), liang=False)


def _read_square_year(match: re.Match[str]) -> str:
    return read_year(match.group("y")) + "年"


def _read_short_year(match: re.Match[str]) -> str:
    # (78)交公路字412号: the year's last two digits, read digit by digit as a year is (七八), never as
    # a count (七十八); no century is invented.
    ordinal = "第" if match.group("di") else ""
    return read_year(match.group("y")) + "年" + match.group("org") + ordinal + read_cardinal(match.group("n"), liang=False) + "号"


def rules() -> list[Rule]:
    number = re.compile(rf"[〔\[［(（【]\s*(?P<y>{YEAR})\s*[〕\]］)）】]\s*(?P<di>第)?\s*(?P<n>\d+)\s*[号號]", re.ASCII)
    # 〔2019〕 is only ever a document-number year, even when the serial number is missing.
    bare = re.compile(rf"〔\s*(?P<y>{YEAR})\s*〕", re.ASCII)
    # The closing 〕 lost in a copy (某政发〔202026号): 〔 opens a four-digit year, so the cut
    # between the year and the serial is certain.
    unclosed = re.compile(rf"〔\s*(?P<y>{YEAR})(?P<di>第)?\s*(?P<n>\d{{1,5}})\s*号", re.ASCII)
    # Both 〕 and 号 lost (某政办发〔201746): 〔 still opens the year, but that the digits after
    # it are the serial is a guess, named apart so that the review lists it.
    broken = re.compile(rf"〔\s*(?P<y>{YEAR})(?P<di>)(?P<n>\d{{1,5}})(?![\d〕号])", re.ASCII)
    # A serial set after the year with a dash, its 号 left out (《…的通知》(〔2020〕-127)): the number's
    # serial, never a negative one; read without the 号 the page does not print.
    dashed = re.compile(rf"〔\s*(?P<y>{YEAR})\s*〕\s*[-－—–]\s*(?P<n>\d{{1,5}})(?![\d.号號])", re.ASCII)
    # The year in square brackets right after the issuer's word, the 号 left out (民办函[2017]294):
    # a document number by its shape; read without the 号 the page does not print.
    unsuffixed = re.compile(
        rf"(?<=[{HAN}])[\[［【]\s*(?P<y>{YEAR})\s*[\]］】]\s*(?P<di>第)?\s*(?P<n>\d{{1,5}})(?![\d.．%％号號])", re.ASCII
    )
    # … or with no serial after it (民办函[2017]), or a year in square brackets anywhere (计划[2017]年):
    # a year, never a count (its 年 read once, printed or not, as 〔2019〕's is).
    square_year = re.compile(rf"[\[［【]\s*(?P<y>{YEAR})\s*[\]］】](?:\s*年)?", re.ASCII)
    # The opening 〔 lost (国发2019〕13号): 〕 closes the year, after an issuer's 发/字/办/函 … word.
    unopened = re.compile(
        rf"(?<=[{HAN}])(?P<y>{YEAR})\s*〕\s*(?P<di>第)?\s*(?P<n>\d{{1,5}})\s*[号號]", re.ASCII
    )
    # An old number with its year's last two digits in brackets, before the issuer's word and 字:
    # (78)交公路字412号, （82）国发字第12号.
    short_year = re.compile(
        rf"[(（]\s*(?P<y>\d{{2}})\s*[)）]\s*(?P<org>[{HAN}]{{1,8}}字)\s*(?P<di>第)?\s*(?P<n>\d{{1,5}})\s*[号號]"
    )
    return [
        Rule("docnum", number, _read_number, frozenset("〔[［(（【")),
        Rule("docnum", short_year, _read_short_year, frozenset("(（")),
        Rule("docnum", unclosed, _read_number, frozenset("〔")),
        Rule("docnum", unopened, _read_number, frozenset("〕")),
        Rule("docnum", dashed, _read_dashed, frozenset("〔")),
        Rule("docnum", unsuffixed, _read_unsuffixed, frozenset("[［【")),
        Rule("docnum", square_year, _read_square_year, frozenset("[［【")),
        Rule("docnum-guess", broken, _read_number, frozenset("〔")),
        Rule("docnum", bare, _read_year, frozenset("〔")),
    ]
