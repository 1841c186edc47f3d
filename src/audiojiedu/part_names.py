"""The names of a document's parts, each printed on a line of its own: 目录 heads the contents
(the ingest keeps it off a title's end, the outline finds the contents under it), and 前言,
引言, 结束语 … are never the rest of the line above; the first part that opens rules or a plan
(FIRST_PART); and the modifier a heading's title cannot stop on (see OPEN_TITLE_END). One place for
both readers."""

from __future__ import annotations

import re
from functools import lru_cache

from .tsv import read_tsv

# 目录, 目 录, 【目錄】, 总目录 (a plan's contents over its parts'), 目次: the heading of a document's contents.
_CONTENTS = r"总?目[ \t\u3000]*[录錄]|目[ \t\u3000]*次"
# … as a sample-text site labels the headings it lists over the text, a colon and an ellipsis after
# it (目录/提纲：……).
CONTENTS_HEADING = re.compile(rf"[（(【]?(?:{_CONTENTS})(?:[/／](?:提纲|大纲)[ \t\u3000]*[：:][ \t\u3000]*(?:…+|\.{{3,}})?)?[)）】]?")


def is_part_name(text: str) -> bool:
    """`text` is only a part's name: the contents' heading, or a part that says what it is (前言,
    结语: `part_name` in data/headings.tsv, the outline's list too), maybe letter-spaced (前 言)."""
    return _part_name().fullmatch(text) is not None


@lru_cache(maxsize=1)
def _part_name() -> re.Pattern[str]:
    # (built on first use: the table is read then, not when the module is imported)
    words = sorted((row.fields[1].strip() for row in read_tsv("audiojiedu", "data/headings.tsv") if row.fields[0] == "part_name"), key=len, reverse=True)
    parts = "|".join("[ \t\u3000]*".join(map(re.escape, word)) for word in words)
    return re.compile(rf"[（(【]?(?:{_CONTENTS}|{parts})[)）】]?")


# The first part of rules or a plan, which may follow its title with no break on a flattened page
# (某市管理办法第一章 总则…): one fact for the title's reader and the naming of an untitled text.
FIRST_PART = r"第一(?:章|条|节|部分|编)"

# A heading's title that stops on a modifier — a year, a quoted period name after a conjunction or a
# year, a conjunction or 的 — is not whole: the rest follows, after a line break (一、2020年和“十三五” ‖
# 工作回顾) or a space a copy put in (一、2020 年和“ 十三五” 工作回顾 过去的一年…).
OPEN_TITLE_END = re.compile(r"(?:\d{4}年|(?:\d{4}年|[和及与暨])“[^“”]{1,10}”|[和及与暨的])$")
