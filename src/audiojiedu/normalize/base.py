"""What a reading rule is: a precompiled pattern and a function that reads one match."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# A reader returns the spoken form of the match, or None to leave it to later rules.
Reader = Callable[[re.Match[str]], "str | None"]


@dataclass(frozen=True)
class Rule:
    """One reading rule.

    The rewritten span is the named group `x` when the pattern has one (the rest of the match
    is context), else the whole match. Patterns run over the width-folded view of the text,
    which has the same length as the text, so spans are valid in both.
    """

    name: str
    pattern: re.Pattern[str]
    read: Reader
    # A cheap pre-check that skips the regex scan: the text must contain one of `needs`
    # (when given) and an ASCII digit (when `digit`).
    needs: frozenset[str] = frozenset()
    digit: bool = True
