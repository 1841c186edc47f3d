"""Apply the ordered rules to one text and assemble the spoken form with its span map."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .cardinal import read_digits
from .rules import ordered_rules


class Span(NamedTuple):
    start: int
    end: int
    spoken: str
    rule: str


def _fold_table() -> dict[int, str]:
    """Full-width forms to ASCII, one character for one, so spans stay valid in the text."""
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    for keep in "，；：？！（）":  # Chinese punctuation keeps its meaning (no 3，500 grouping)
        del table[ord(keep)]
    table.update({0x3000: " ", 0xA0: " ", 0xFE6A: "%", 0x2215: "/", 0x2012: "-", 0x2010: "-"})
    return table


_FOLD = _fold_table()
_ASCII_DIGITS = frozenset("0123456789")
# Characters that need no attention after the rules ran: Chinese, Latin letters, whitespace
# and ordinary punctuation. Everything else is looked at one by one (rare).
_PLAIN = re.compile(
    r"[\u4e00-\u9fff\u3400-\u4dbf\u3007A-Za-z \t\n"
    r"，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—·,.;:?!'\"()\[\]\-/～~_]+"
)
# Line breaks other than \n would split the line for a caller using str.splitlines(): read
# them as a plain space.
_LINE_BREAKS = frozenset("\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029")
_QUICK = re.compile(r"[^\u4e00-\u9fff，。、；：？！“”‘’（）《》〈〉]")


def rewrite(text: str) -> tuple[str, list[Span], list[str]]:
    """Return (spoken, spans into `text` sorted by start, unknown symbols in order of appearance)."""
    if not _QUICK.search(text):  # plain Chinese prose: nothing to read differently
        return text, [], []
    view = text.translate(_FOLD)
    taken = bytearray(len(text))
    spans: list[Span] = []
    present = set(view)
    has_digit = not present.isdisjoint(_ASCII_DIGITS)
    for rule in ordered_rules():
        if (rule.digit and not has_digit) or (rule.needs and present.isdisjoint(rule.needs)):
            continue
        has_x = "x" in rule.pattern.groupindex
        for match in rule.pattern.finditer(view):
            start, end = match.span("x") if has_x else match.span()
            if start == end or taken.find(1, start, end) != -1:
                continue
            spoken = rule.read(match)
            if spoken is None:
                continue
            taken[start:end] = b"\x01" * (end - start)
            spans.append(Span(start, end, spoken, rule.name))
    unknown = _read_leftovers(text, view, taken, spans)
    spans.sort()
    parts = []
    position = 0
    for span in spans:
        parts.append(text[position : span.start])
        parts.append(span.spoken)
        position = span.end
    parts.append(text[position:])
    return "".join(parts), spans, unknown


def _read_leftovers(text: str, view: str, taken: bytearray, spans: list[Span]) -> list[str]:
    """Digits no rule took are read one by one; control characters are dropped (as rewrites,
    so the review shows them); anything else unreadable is kept and reported."""
    unknown: dict[str, None] = {}
    position = 0
    length = len(view)
    while position < length:
        plain = _PLAIN.match(view, position)
        if plain:
            position = plain.end()
            continue
        ch = view[position]
        if taken[position]:
            position += 1
            continue
        if "0" <= ch <= "9":
            end = position + 1
            while end < length and "0" <= view[end] <= "9" and not taken[end]:
                end += 1
            spans.append(Span(position, end, read_digits(view[position:end]), "digits"))
            position = end
            continue
        category = unicodedata.category(ch)
        if ch in _LINE_BREAKS:
            spans.append(Span(position, position + 1, " ", "control"))
        elif category in ("Cc", "Cf"):
            spans.append(Span(position, position + 1, "", "control"))
        elif not _readable(ch, category):
            unknown[text[position]] = None
        position += 1
    return list(unknown)


def _readable(ch: str, category: str) -> bool:
    if category[0] in "PZ" or ch in "<>|^`":  # pauses; <> often stand in for 《》
        return True
    if category[0] == "L" or category == "Nl":
        name = unicodedata.name(ch, "")
        return name.startswith(("CJK", "LATIN", "IDEOGRAPHIC"))
    return False
