"""Ordinals and citations: 第711号 → 第七百一十一号, 第2次 → 第二次, 附件1 → 附件一, 图1 → 图一;
footnote marks [1] → 注一.

Numbers after 第 or a label are indexes: never 两, never digit by digit.
"""

from __future__ import annotations

import re

from ..han import HAN
from .base import Rule
from .cardinal import read_number
from .tables import alternation, load_words


def _read(match: re.Match[str]) -> str:
    return read_number(match.group("x"), liang=False)


def _read_note(match: re.Match[str]) -> str:
    return f"注{read_number(match.group('n'), liang=False)}，"


def _read_mark(match: re.Match[str]) -> str:
    after = match.string[match.end() : match.end() + 1]
    tail = "" if not after or after in "，。；：！？、,.;:!?）)" else "，"
    return f"，注{read_number(match.group('n'), liang=False)}{tail}"


def rules() -> list[Rule]:
    ordinal = re.compile(r"第\s*(?P<x>\d+)(?![\d.·])", re.ASCII)
    labels = load_words("label_prefixes.tsv")
    long_labels = tuple(w for w in labels if len(w) > 1)
    short_labels = tuple(w for w in labels if len(w) == 1)
    # One-character labels (图, 表) also end ordinary words (代表2人, 地图3张): only accept
    # them where a label can start, after punctuation, a space, 见, 如, or 上/下 (如下表2所示).
    label = re.compile(
        rf"(?:(?:{alternation(long_labels)})|(?:(?<![{HAN}])|(?<=[见如上下]))(?:{alternation(short_labels)}))"
        r"\s*(?P<x>\d+)(?![\d.·])",
        re.ASCII,
    )
    # Footnote marks: [1] glued to a word or number (统计公报[1]) is read as a note between
    # pauses; [1] opening a line or sentence (the note itself) is read 注一 and a pause, so it
    # never joins the next word (never 一本公报).
    footnote = re.compile(rf"(?<=[{HAN}）)”0-9%])\[(?P<n>[0-9]{{1,2}})\](?![0-9]*\s*号)", re.ASCII)
    note = re.compile(r"(?:^|(?<=[\s。；！？：:;]))\[(?P<n>[0-9]{1,2})\](?![0-9]*\s*号)", re.ASCII)
    return [
        Rule("citation", ordinal, _read, frozenset("第")),
        Rule("citation", label, _read, frozenset(w[0] for w in labels)),
        Rule("footnote", note, _read_note, frozenset("[")),
        Rule("footnote", footnote, _read_mark, frozenset("[")),
    ]
