"""Apply the ordered rules to one text and assemble the spoken form with its span map."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from ..han import HAN
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
    table[0xB5] = "μ"  # the micro sign is written for the Greek mu in μg, μm (the unit table has mu)
    # Stray line breaks are read as spaces (see _LINE_BREAKS); rules must see them as spaces too.
    table.update({ord(ch): " " for ch in "\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"})
    return table


_FOLD = _fold_table()
_ASCII_DIGITS = frozenset("0123456789")
# Characters that need no attention after the rules ran: Chinese, Latin letters, whitespace
# and ordinary punctuation. Everything else is looked at one by one (rare).
_PLAIN = re.compile(
    rf"[{HAN}\u3007A-Za-z \t\n"
    r"，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—·,.;:?!'\"()\[\]\-/～~_]+"
)
# Line breaks other than \n would split the line for a caller using str.splitlines(): read
# them as a plain space.
_LINE_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029]")
_QUICK = re.compile(rf"[^{HAN}，。、；：？！“”‘’（）《》〈〉]")


# Candidates for invisible characters (control and format code points); each candidate is
# confirmed with unicodedata, so this class only needs to be a superset.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    "\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001-\U000e007f]"
)


def rewrite(text: str) -> tuple[str, list[Span], list[str]]:
    """Return (spoken, spans into `text` sorted by start, unknown symbols in order of appearance).

    Invisible characters, silent bullets and rule lines are taken out first, so they never split
    a number (2\u200b019年) and their removal never creates a match for a second pass; the
    rules then read what is left, and spans are mapped back onto `text`.
    """
    if not _QUICK.search(text):  # plain Chinese prose: nothing to read differently
        return text, [], []
    silent = _find_silent(text)
    if not silent:
        spans, unknown = _apply_rules(text)
        return _assemble(text, spans), spans, unknown
    kept: list[int] = []  # kept[i] = position in `text` of character i of `reduced`
    pieces = []
    position = 0
    for span in silent:
        pieces.append(text[position : span.start])
        kept.extend(range(position, span.start))
        position = span.end
    pieces.append(text[position:])
    kept.extend(range(position, len(text)))
    reduced_spans, unknown = _apply_rules("".join(pieces))
    covered = bytearray(len(text))
    spans = []
    for span in reduced_spans:
        # A span stretches over the silent characters inside it (2\u200b019 → one rewrite).
        start, end = kept[span.start], kept[span.end - 1] + 1
        covered[start:end] = b"\x01" * (end - start)
        spans.append(Span(start, end, span.spoken, span.rule))
    spans.extend(span for span in silent if not covered[span.start])
    spans.sort()
    return _assemble(text, spans), spans, unknown


def _find_silent(text: str) -> list[Span]:
    """Silent spans of `text`, sorted and disjoint. Removing one can make another (=\u200b= is a
    rule line once the invisible mark is gone), so search again until nothing new is found."""
    from .symbol import silent_pattern

    found: list[Span] = []
    current = text
    kept: list[int] = list(range(len(text)))
    while True:
        spans = [
            Span(match.start(), match.end(), "", "control")
            for match in _INVISIBLE.finditer(current)
            if unicodedata.category(match.group(0)) in ("Cc", "Cf")
        ]
        spans.extend(Span(m.start(), m.end(), "", "symbol") for m in silent_pattern().finditer(current))
        if not spans:
            break
        drop = bytearray(len(current))
        for span in spans:
            drop[span.start : span.end] = b"\x01" * (span.end - span.start)
            # In `text` the span also covers what earlier rounds removed between its ends.
            found.append(Span(kept[span.start], kept[span.end - 1] + 1, "", span.rule))
        kept = [index for i, index in enumerate(kept) if not drop[i]]
        current = "".join(ch for i, ch in enumerate(current) if not drop[i])
    found.sort(key=lambda span: (span.start, -span.end))
    disjoint: list[Span] = []
    for span in found:
        if not disjoint or span.start >= disjoint[-1].end:
            disjoint.append(span)
    return disjoint


def _apply_rules(text: str) -> tuple[list[Span], list[str]]:
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
    return spans, unknown


def _assemble(text: str, spans: list[Span]) -> str:
    parts = []
    position = 0
    for span in spans:
        parts.append(text[position : span.start])
        parts.append(span.spoken)
        position = span.end
    parts.append(text[position:])
    return "".join(parts)


def _read_leftovers(text: str, view: str, taken: bytearray, spans: list[Span]) -> list[str]:
    """Digits no rule took are read one by one; stray line breaks become spaces and other
    control characters are dropped (as rewrites, so the review shows them); anything else
    unreadable is kept and reported."""
    unknown: dict[str, None] = {}
    for match in _LINE_BREAKS.finditer(text):  # folded to spaces in the view
        if not taken[match.start()]:
            spans.append(Span(match.start(), match.end(), " ", "control"))
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
        if category in ("Cc", "Cf"):
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
