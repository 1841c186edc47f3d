"""Formulas: the operators of a written formula read as words.

    增速=（本年收入－上年收入）/上年收入×100% → 增速等于（本年收入减上年收入）除以上年收入乘以百分之百

A dash or slash between words means "minus" or "divided by" only inside a formula; elsewhere
(党员/干部, 中国-东盟) it is a separator. A clause is a formula when it holds an equals,
times or division sign, or is introduced as one (计算公式). The minus sign − is always minus.
"""

from __future__ import annotations

import re

from .base import Rule

_OPERATORS = {"-": "减", "−": "减", "/": "除以", "×": "乘以", "÷": "除以", "=": "等于", "*": "乘以"}
# Where a clause ends: the formula must be inside the same one.
_CLAUSE_END = re.compile(r"[，。；;！？!?\n]")
_STRONG = re.compile(r"[×÷=]|公式|计算方法")
_WINDOW = 80
# What an operand may end or start with: anything but a space, clause punctuation, an opening
# (left) or closing (right) bracket or quote, or a sign that may stay unread (- / *). Signs
# that are always read (× ÷ = − + @ %) count as operands, so what a first pass turns into words
# never becomes a formula on a second pass (normalizing twice changes nothing).
_LEFT = re.compile(r"[^\s，。；;！？!?、：:（(“‘《\-/*]\s*$")
_RIGHT = re.compile(r"\s*[^\s，。；;！？!?、：:）)”’》\-/*]")


def _clause(text: str, start: int, end: int) -> str:
    left = text[max(0, start - _WINDOW) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(left)), default=0)
    right = text[end : end + _WINDOW]
    stop = _CLAUSE_END.search(right)
    return left[cut:] + text[start:end] + (right[: stop.start()] if stop else right)


def _read(match: re.Match[str]) -> str | None:
    text, start, end = match.string, match.start(), match.end()
    sign = match.group(0)
    if sign == "−":  # U+2212 between terms is 减; before a number the number rules read its sign
        if text[end : end + 1].isdigit() and not re.search(r"[0-9A-Za-z)）%]", text[start - 1 : start]):
            return None  # 增长−3.2% → 负百分之三点二; a sign they leave is read by `minus_rule`
        return "减"
    if not (_LEFT.search(text[max(0, start - 4) : start]) and _RIGHT.match(text, end)):
        return None  # not between two operands: a dash at the start, a slash alone
    clause = _clause(text, start, end)
    if not _STRONG.search(clause):
        return None
    if sign == "×" and not re.search(r"[÷=]|公式|计算方法", clause):
        before, after = text[start - 1 : start], text[end : end + 1]
        if before.isdigit() and after.isdigit():
            return None  # 2×30万千瓦: a size, read 乘 by the symbol table
        if not re.match(r"[0-9%)）(（]", before + after) and not re.match(r"[0-9%)）(（]", after):
            return None  # 张×同志: a placeholder between words, read 某 by the symbol table
    return _OPERATORS[sign]


def rules() -> list[Rule]:
    # Runs of × or * (×××, ***) are placeholders and decoration, never operators.
    pattern = re.compile(r"[-−/÷=]|(?<!×)×(?!×)|(?<!\*)\*(?!\*)")
    return [Rule("formula", pattern, _read, frozenset(_OPERATORS), digit=False)]


def _read_minus(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 4) : match.start()]
    return "减" if _LEFT.search(before) else "负"


def minus_rule() -> Rule:
    """A minus sign − that no number rule took as its sign (年−6): always read, never dropped."""
    return Rule("formula", re.compile("−"), _read_minus, frozenset("−"), digit=False)
