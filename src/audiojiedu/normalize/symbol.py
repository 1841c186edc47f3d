"""Symbols read as words: 1+1 → 一加一, ±, ≥, ①, bare %; bullets (★, ●) opening an item are
silent, the same marks used as flags or referred to are named (标记“▲”的指标 → 实心三角)."""

from __future__ import annotations

import re
from functools import cache

from ..han import HAN
from .base import Rule
from .cardinal import read_cardinal
from .tables import load_rows


def _next_to_digit(text: str, start: int, end: int) -> bool:
    # An operand follows (spaces allowed: "× 30", "> 5") or directly precedes ("2×"); a number
    # followed by a space and a bracket (1234 <b>) is not an operand. The bounded window keeps
    # this O(1): a 1 MB line must not be rescanned per symbol.
    before = text[start - 1 : start] if start else ""
    after = text[end : end + 8].lstrip()[:1]
    return "0" <= before <= "9" or "0" <= after <= "9"


@cache
def _table() -> dict[str, dict[str, str]]:
    """symbol → {where: reading} from symbols.tsv."""
    table: dict[str, dict[str, str]] = {}
    for symbol, spoken, where in load_rows("symbols.tsv"):
        table.setdefault(symbol, {})[where] = spoken
    return table


def _markers() -> str:
    return "".join(re.escape(symbol) for symbol, readings in _table().items() if "mark" in readings)


_BOXES = "□■☑☐"  # a form's checkboxes, empty and ticked


@cache
def silent_pattern() -> re.Pattern[str]:
    """Markers opening an item (bullets) and rule lines (=====): removed before the rules run.

    A bullet stands at the start, after whitespace, a sentence end or a comma, and before the
    item's text; one that is referred to (“▲”, ▲表示, ▲的) is named instead.
    """
    marks = _markers()
    return re.compile(
        rf"={{2,}}|(?:^|(?<=[\s。；！？:：;，,、]))(?!√\s*[0-9])[{marks}](?=\s*[{HAN}0-9A-Za-z“（(《【])"
        r"(?!\s*(?:的|号|表示|为|代表|标注|标记|者))"
    )


def rules() -> list[Rule]:
    table = _table()

    def read(match: re.Match[str]) -> str | None:
        readings = table[match.group(0)]
        if "any" in readings:
            return readings["any"]
        text, start, end = match.string, match.start(), match.end()
        symbol = match.group(0)
        # A run of the same sign (=====) is a rule line, never arithmetic.
        in_run = text[start - 1 : start] == symbol or text[end : end + 1] == symbol
        if in_run:  # ×××, ****: a placeholder, 某某某
            return readings.get("run", readings.get("text"))
        if symbol == "×" and text[end : end + 1] in ("", "”", "’", "」", "）", ")", "》"):
            return readings["num"]  # “数据要素×”: the operator that closes a name, not 某
        return readings.get("num" if _next_to_digit(text, start, end) else "text")

    def read_marks(match: re.Match[str]) -> str | None:
        run = match.group(0)
        readings = table[run[0]]
        if "num" in readings and len(run) == 1 and _next_to_digit(match.string, match.end(), match.end()):
            return readings["num"]  # √2: the root sign
        name = readings["mark"]
        return name if len(run) == 1 else f"{read_cardinal(str(len(run)), liang=True)}个{name}"

    plain = [s for s in table if "mark" not in table[s]]
    pattern = re.compile("|".join(re.escape(s) for s in sorted(plain, key=len, reverse=True)), re.ASCII)
    marks = re.compile(rf"([{_markers()}])\1*")
    # A box glued between two words is a form's checkbox among its options (政府网站□政府公报■两微一端,
    # a 政务公开 standard's table): a pause between the options, never 空心方框 read out each time.
    boxes = re.compile(rf"(?<=[{HAN}）)])[{_BOXES}](?=[{HAN}（(“])")
    # A bullet typed for the middle dot between two words of a name (《人民网•强国论坛》, 马克•吐温):
    # the name's dot, silent as · is, never 圆点.
    name_dots = re.compile(rf"(?<=[{HAN}])[•・∙](?=[{HAN}])")
    return [
        Rule("mark", boxes, lambda match: "、", frozenset(_BOXES), digit=False),
        Rule("mark", name_dots, lambda match: "·", frozenset("•・∙"), digit=False),
        Rule("mark", marks, read_marks, frozenset(s for s in table if "mark" in table[s]), digit=False),
        Rule("symbol", pattern, read, frozenset(s[0] for s in plain), digit=False),
    ]
