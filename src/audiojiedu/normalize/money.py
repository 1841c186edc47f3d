"""Money written with a currency sign: ¥1,200 → 一千二百元, $5 → 五美元.

Amounts written with 元/万元/亿元 are ordinary numbers followed by a word and need no rule.
"""

from __future__ import annotations

import re

from .base import Rule
from .cardinal import NUMBER, read_number
from .tables import load_rows


def rules() -> list[Rule]:
    words = {row[0]: row[1] for row in load_rows("currencies.tsv")}
    signs = "".join(re.escape(sign) for sign in words)

    def read(match: re.Match[str]) -> str:
        return read_number(match.group("n")) + (match.group("mag") or "") + words[match.group("c")]

    pattern = re.compile(rf"(?P<c>[{signs}])\s*(?P<n>{NUMBER})(?P<mag>万亿|万|亿)?(?![0-9])", re.ASCII)
    return [Rule("money", pattern, read, frozenset(words))]
