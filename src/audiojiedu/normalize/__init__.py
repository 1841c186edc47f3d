"""Broadcast-quality reading normalization (stage 3): written Chinese → what is spoken.

    >>> normalize("2019年全区公开信息95条，同比增长12.5%。")
    '二零一九年全区公开信息九十五条，同比增长百分之十二点五。'

Each reading class lives in its own module (cardinal, year, date, clock, percent, …) with its
tables under `data/`; `rules.py` orders them. Tables and regexes load on first use, so
importing this package stays cheap.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Iterable, TextIO

if TYPE_CHECKING:
    from ..model import Normalized

__all__ = ["normalize", "normalize_text", "normalize_lines", "main_stdin"]


def normalize_text(text: str) -> Normalized:
    """Normalize one text and report every rewrite (spans into `text`) and unreadable symbols."""
    # model imports numpy; import it only when the span map is wanted, not for `normalize`.
    from ..model import Normalized, Rewrite
    from .rewriter import rewrite

    spoken, spans, unknown = rewrite(text)
    rewrites = tuple(
        Rewrite(span.start, span.end, text[span.start : span.end], span.spoken, span.rule)
        for span in spans
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
    """`python -m audiojiedu.normalize [TEXT...]`: normalize the arguments, or stdin lines."""
    import io

    args = sys.argv[1:] if argv is None else argv
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="replace", line_buffering=False)
    try:
        if args:
            normalize_lines(args, out)
        else:
            stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
            normalize_lines(stdin, out)
    except BrokenPipeError:
        return 1
    finally:
        out.detach()
    return 0
