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
        word = words[match.group("c")]
        # ￥73.08万元, ￥700.0 元: the document writes the unit after the amount as well; the
        # sign's word would be heard twice (万元元).
        after = match.string[match.end() :].lstrip(" \u3000")
        said_after = re.match(f"(?:千|百|万|亿)*{re.escape(word)}", after) is not None
        return read_number(match.group("n")) + (match.group("mag") or "") + ("" if said_after else word)

    pattern = re.compile(rf"(?P<c>[{signs}])\s*(?P<n>{NUMBER})(?P<mag>万亿|万|亿)?(?![0-9])", re.ASCII)
    return [Rule("money", pattern, read, frozenset(words))]
