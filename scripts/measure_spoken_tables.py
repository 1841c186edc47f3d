#!/usr/bin/env python3
"""How much a document's tables add to what is spoken: characters and estimated minutes.

    python scripts/measure_spoken_tables.py FILE... [--src DIR] [--all-rows]

For each document: the segments the offline voice would speak (`audiojiedu script`), their
spoken characters and the minutes at 270 characters a minute (the outline's estimate of a
broadcaster's pace), the characters of table paragraphs (kind "table"), and the long tables
shown but not spoken with their cells. `--src` runs another checkout's code (e.g. main before a
change: `git archive COMMIT src | tar -x -C /tmp/before`), so before/after figures come from
the same script. `--all-rows` reads every table row by row (voices.yaml
`tables: max_spoken_rows: all`), to compare with the summaries on the same code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHARS_PER_MINUTE = 270


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--src", type=Path, default=Path(__file__).resolve().parents[1] / "src")
    parser.add_argument("--all-rows", action="store_true", help="read every table row by row")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src.resolve()))

    from audiojiedu.build import load_document, plan
    from audiojiedu.config import load_config
    from audiojiedu.ingest import read_document

    config = load_config(Path(__file__).resolve().parents[1] / "voices.yaml")
    bound = {"max_table_rows": None} if args.all_rows else {}  # the code before has no such option
    print(f"code: {args.src}" + (", every table row by row" if args.all_rows else ""))
    print(f"{'document':55} {'segments':>8} {'spoken chars':>12} {'minutes':>7} {'table chars':>11} {'shown tables':>12} {'shown cells':>11}")
    for path in args.files:
        raw = read_document(path, **bound)
        table_chars = sum(len(p.text) for p in raw.paragraphs if p.kind == "table")
        segments = plan(load_document(path, **bound), config, engine_name="offline")
        spoken = sum(len(s.spoken) for s in segments)
        # getattr: the code before the change has no shown tables at all.
        shown = [t for s in segments for t in getattr(s, "shown", ())]
        cells = sum(1 for t in shown for row in t.rows for cell in row if cell)
        print(
            f"{path.name[:55]:55} {len(segments):8d} {spoken:12d} {spoken / CHARS_PER_MINUTE:7.1f} "
            f"{table_chars:11d} {len(shown):12d} {cells:11d}"
        )


if __name__ == "__main__":
    main()
