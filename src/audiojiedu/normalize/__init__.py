"""Broadcast-quality reading normalization (stage 3): written Chinese → what is spoken.

    >>> normalize("2019年全区公开信息95条，同比增长12.5%。")
    '二零一九年全区公开信息九十五条，同比增长百分之十二点五。'

Each reading class lives in its own module (cardinal, year, date, clock, percent, …) with its
tables under `data/`; `rules.py` orders them. Tables and regexes load on first use, so
importing this package stays cheap.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from ..model import Normalized

__all__ = ["main_stdin", "normalize", "normalize_lines", "normalize_text"]


def normalize_text(text: str) -> Normalized:
    """Normalize one text and report every rewrite (spans into `text`) and unreadable symbols."""
    # model imports numpy; import it only when the span map is wanted, not for `normalize`.
    from ..model import Normalized, Rewrite
    from .rewriter import rewrite

    spoken, spans, unknown = rewrite(text)
    rewrites = tuple(
        Rewrite(span.start, span.end, text[span.start : span.end], span.spoken, span.rule) for span in spans
    )
    return Normalized(written=text, spoken=spoken, rewrites=rewrites, unknown=tuple(unknown))


def normalize(text: str) -> str:
    """The spoken form of `text` (same as `normalize_text(text).spoken`)."""
    from .rewriter import rewrite

    return rewrite(text)[0]


def normalize_lines(lines: Iterable[str], out: TextIO) -> None:
    """Write one normalized line per input line, in order, flushing each (for pipes)."""
    for line in lines:
        out.write(normalize(line.rstrip("\r\n")) + "\n")
        out.flush()


def main_stdin(argv: list[str] | None = None) -> int:
    """`python -m audiojiedu.normalize [TEXT...]`: normalize the arguments, or stdin lines.

    Lines are split on \n only (a stray \r stays inside its line), decoded as UTF-8 with
    undecodable bytes replaced, and answered one by one as they arrive.
    """
    import io

    args = sys.argv[1:] if argv is None else argv
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="replace", newline="\n")
    try:
        if args:
            normalize_lines(args, out)
        else:
            stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")
            normalize_lines(stdin, out)
        out.flush()
    except BrokenPipeError:  # the reader went away (… | head): stop quietly
        return 1
    finally:
        try:
            out.detach()
        except (BrokenPipeError, ValueError):
            pass
    return 0
