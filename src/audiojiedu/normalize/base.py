"""What a reading rule is: a precompiled pattern and a function that reads one match."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

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
