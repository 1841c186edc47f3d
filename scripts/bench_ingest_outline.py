"""Benchmark: ingest + outline on large synthetic inputs; prints seconds per case.

Cases: a 20 MB one-line text with a glued heading every ~50 characters (worst case: 145,000
headings), the same size with a heading every ~3,000 characters (a long report glued into one
line), the same size with no punctuation or markers at all, 5,000 tiny paragraphs, and 5,000
numbered headings.
Targets (brief): each case a few seconds at most, growing linearly with size.
Run: PYTHONPATH=src python scripts/bench_ingest_outline.py [--mb 20]
"""

from __future__ import annotations

import argparse
import time

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline

_CN = "一二三四五六七八九十"


def _one_line(megabytes: float) -> str:
    unit = "（一）组织保障情况一是加强组织领导，强化制度建设。2019年全区共收到申请95件，其中予以公开36件。"
    parts = []
    size = 0
    index = 0
    while size < megabytes * 1_000_000:
        piece = f"{_CN[index % 10]}、总体情况 {unit * 20} "
        parts.append(piece)
        size += len(piece.encode("utf-8"))
        index += 1
    return "".join(parts)


def _sparse(megabytes: float) -> str:
    sentence = "2019年全区共收到政府信息公开申请95件，其中予以公开36件、部分公开12件。"
    parts = []
    size = 0
    index = 0
    while size < megabytes * 1_000_000:
        piece = f" {_CN[index % 10]}、第{index}部分情况 {sentence * 70}"
        parts.append(piece)
        size += len(piece.encode("utf-8"))
        index += 1
    return "".join(parts)


def _plain(megabytes: float) -> str:
    return "政务公开" * int(megabytes * 1_000_000 / 12)


def _tiny(count: int) -> str:
    return "\n".join(f"第{i}段。" for i in range(count))


def _headings(count: int) -> str:
    return "\n".join(f"（{_CN[i % 10]}）标题{i}\n正文{i}。" for i in range(count))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=20.0)
    args = parser.parse_args()
    cases = {
        f"one line, {args.mb:g} MB, dense glued headings": _one_line(args.mb),
        f"one line, {args.mb:g} MB, a heading per 3k chars": _sparse(args.mb),
        f"one line, {args.mb:g} MB, no punctuation": _plain(args.mb),
        "5,000 tiny paragraphs": _tiny(5000),
        "5,000 headings with paragraphs": _headings(5000),
    }
    for name, text in cases.items():
        start = time.perf_counter()
        raw = read_text(text)
        middle = time.perf_counter()
        doc = parse_outline(raw)
        end = time.perf_counter()
        print(
            f"{name:45s} read_text {middle - start:6.2f} s  parse_outline {end - middle:6.2f} s"
            f"  ({len(text):,} chars, {len(doc.sections):,} top sections)"
        )


if __name__ == "__main__":
    main()
