#!/usr/bin/env python3
"""Benchmark the normalizer: accuracy per category on the shared TN set and sentences/second.

Runs /work/shared/tn/score.py (or ../shared/tn relative to the repository) through the CLI —
`audiojiedu normalize` when it is on PATH, else `python -m audiojiedu.normalize` — and then
measures the steady in-process rate on one core. Prints figures; asserts nothing.

    python scripts/bench_normalize.py [--tn-dir DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


def find_tn_dir(explicit: str | None) -> Path | None:
    candidates = [Path(explicit)] if explicit else [ROOT.parent / "shared" / "tn", Path("/work/shared/tn")]
    for candidate in candidates:
        if (candidate / "dev.jsonl").exists() and (candidate / "score.py").exists():
            return candidate
    return None


def cli_command() -> list[str]:
    exe = shutil.which("audiojiedu")
    if exe:
        return [exe, "normalize"]
    return [sys.executable, "-m", "audiojiedu.normalize"]


def run_score(tn_dir: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        command = [sys.executable, str(tn_dir / "score.py"), "--out", str(out), "--", *cli_command()]
        print("$", " ".join(command), flush=True)
        subprocess.run(command, env=env, check=True)
        result = json.loads(out.read_text(encoding="utf-8"))
    failures = [r for r in result["results"] if not r["spoken_ok"]]
    for failure in failures:
        print(
            f"  MISS {failure['id']} [{failure['category']}]\n    got:      {failure['output']}\n"
            f"    expected: {failure['expected']}"
        )


def run_in_process(tn_dir: Path | None, repeat: int) -> None:
    sys.path.insert(0, str(SRC))
    started = time.perf_counter()
    from audiojiedu.normalize import normalize

    imported = time.perf_counter()
    if tn_dir is not None:
        lines = [
            json.loads(line)["input"]
            for line in (tn_dir / "dev.jsonl").open(encoding="utf-8")
            if line.strip()
        ]
    else:
        lines = ["2023年全区共受理申请1,234件，同比增长12.5%，电话：0539-8221234。"] * 100
    normalize(lines[0])  # first call compiles the rules and reads the tables
    warmed = time.perf_counter()
    begin = time.perf_counter()
    for _ in range(repeat):
        for line in lines:
            normalize(line)
    elapsed = time.perf_counter() - begin
    count = repeat * len(lines)
    chars = repeat * sum(len(line) for line in lines)
    print(
        f"in-process: import {1000 * (imported - started):.1f} ms, first call {1000 * (warmed - imported):.1f} ms, "
        f"steady {count / elapsed:,.0f} sentences/s ({chars / elapsed / 1e6:.2f} M chars/s, {count} sentences)"
    )
    big = ("2023年全区共受理申请1,234件，同比增长12.5%，电话：0539-8221234。" * 20_000)[:1_000_000]
    begin = time.perf_counter()
    normalize(big)
    print(f"1 MB line: {time.perf_counter() - begin:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tn-dir", default=None, help="folder holding dev.jsonl and score.py")
    parser.add_argument("--repeat", type=int, default=20, help="passes over the set for the in-process rate")
    args = parser.parse_args()
    tn_dir = find_tn_dir(args.tn_dir)
    if tn_dir is None:
        print("TN set not found (../shared/tn/dev.jsonl); skipping accuracy, measuring speed only")
    else:
        run_score(tn_dir)
    run_in_process(tn_dir, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
