"""`python -m audiojiedu.pinyin [--written] [--no-sandhi] [--lexicon FILE]`: the scorer's protocol."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import AudiojieduError
from . import main_stdin


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m audiojiedu.pinyin",
        description="Read sentences on stdin, print the pinyin the offline voice speaks: "
        "one token per input character, space-separated, one line per input line.",
    )
    parser.add_argument("--lexicon", type=Path, help="staff lexicon file (lexicon.tsv)")
    parser.add_argument("--written", action="store_true", help="read the text as written, without normalization")
    parser.add_argument("--no-sandhi", action="store_true", help="citation tones for 一/不")
    args = parser.parse_args(argv)
    try:
        lexicon = None
        if args.lexicon is not None:
            from ..lexicon import load_lexicon

            lexicon = load_lexicon(args.lexicon)
        return main_stdin(lexicon=lexicon, normalize=not args.written, sandhi=not args.no_sandhi)
    except AudiojieduError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
