#!/usr/bin/env python3
"""Benchmark the pinyin front end on the polyphone set and print the figures.

    python scripts/bench_pinyin.py [--cases FILE] [--runs N] [-- EXTRA ARGS for the command]

1. Accuracy and speed through the scorer (/work/shared/poly/score.py), running
   `python -m audiojiedu.pinyin` exactly as a user would (default options unless EXTRA).
2. First-line latency: a fresh process answering its first line (median of N runs).
3. Steady state in process: sentences per second of `to_pinyin` once loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = Path("/work/shared/poly/score.py")
CASES = SCORER.parent / "dev.jsonl"


def command(extra: list[str]) -> list[str]:
    return [sys.executable, "-m", "audiojiedu.pinyin", *extra]


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def first_line_seconds(extra: list[str], sentence: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command(extra), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, encoding="utf-8", env=environment())
    assert proc.stdin and proc.stdout
    proc.stdin.write(sentence + "\n")
    proc.stdin.flush()
    proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.stdin.close()
    proc.wait(timeout=60)
    return elapsed


def in_process_rate(sentences: list[str], rounds: int = 5) -> float:
    sys.path.insert(0, str(ROOT / "src"))
    from audiojiedu.pinyin import to_pinyin, warm_up

    warm_up()
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for s in sentences:
            to_pinyin(s)
        best = max(best, len(sentences) / (time.perf_counter() - start))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("extra", nargs=argparse.REMAINDER, help="arguments for the command, after --")
    args = parser.parse_args()
    extra = args.extra[1:] if args.extra[:1] == ["--"] else args.extra
    if not SCORER.exists() or not args.cases.exists():
        print(f"no scorer or cases ({SCORER}, {args.cases}): nothing to measure")
        return 1
    sentences = [json.loads(line)["text"] for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]

    print(f"command: {' '.join(command(extra))}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        subprocess.run([sys.executable, str(SCORER), "--cases", str(args.cases), "--out", str(out),
                        "--", *command(extra)], check=True, env=environment())
        result = json.loads(out.read_text(encoding="utf-8"))

    first_line_seconds(extra, sentences[0])  # make sure the table cache exists
    latencies = [first_line_seconds(extra, sentences[0]) for _ in range(args.runs)]
    rate = in_process_rate(sentences)

    print("\n== summary ==")
    print(f"target accuracy    {result['target_accuracy']:.4f} ({result['targets_right']}/{result['targets']})")
    print(f"sentence accuracy  {result['sentence_accuracy']:.4f} ({result['sentences_all_right']}/{result['sentences']})")
    print(f"scorer speed       {result['sentences_per_s_wall']} sent/s wall, "
          f"{result['sentences_per_s_stream']} sent/s after the first line")
    print(f"first line         median {statistics.median(latencies):.3f} s, "
          f"max {max(latencies):.3f} s over {args.runs} fresh processes")
    print(f"in process         {rate:.0f} sent/s (to_pinyin, tables loaded, best of 5 rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
