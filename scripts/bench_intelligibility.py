#!/usr/bin/env python3
"""How intelligible a built release is, by machine listening (a speech recognizer).

    python scripts/bench_intelligibility.py [DOCUMENT ...] [--engine offline] [--limit N]
        [--asr ../shared/tools/asr/asr_check.py] [--keep DIR] [--jobs N]

For each document (default: the example report): build it with a cold cache (timed), run the
shared recognizer check (Whisper base; its own venv, see ../shared/tools/asr/README.md) over
every segment (or --limit N spread over the document), then print
  - syllable error overall (toneless pinyin edit distance / reference syllables),
  - error by syllable position within a segment (0-29, 30-39, 40-49, 50+) and, for the offline
    voice, by position within one acoustic-model call (the chunker's spans, re-planned here),
  - the worst segments (>= 4 syllables),
  - the targets of issue 15: overall <= 6 %, no segment of 4+ syllables above 20 %, the 40-49
    bucket within 3 points of the 0-29 bucket.
The recognizer's own floor for the offline voice is about 4.5-5 % syllable error.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "luozhuang-2019-audio-jiedu.txt"
DEFAULT_ASR = ROOT.parent / "shared" / "tools" / "asr" / "asr_check.py"
BUCKETS = ((0, 29), (30, 39), (40, 49), (50, None))
MAX_OVERALL, MAX_SEGMENT, MAX_BUCKET_GAP = 0.06, 0.20, 0.03


def build(document: Path, out: Path, cache: Path, engine: str, jobs: int | None) -> float:
    args = [sys.executable, "-m", "audiojiedu", "build", str(document), "-o", str(out), "--engine", engine,
            "--cache-dir", str(cache), "--no-progress", "--config", str(ROOT / "voices.yaml")]
    if jobs:
        args += ["--jobs", str(jobs)]
    started = time.perf_counter()
    result = subprocess.run(args, check=False, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"build of {document.name} failed: {result.stderr.strip()}")
    return time.perf_counter() - started


def listen(asr: Path, release: Path, limit: int) -> dict:
    report = release / "asr.json"
    args = ["python3", str(asr), str(release), "--json", str(report)]
    if limit:
        args += ["--limit", str(limit), "--spread"]
    result = subprocess.run(args, check=False, capture_output=True, text=True)
    if result.returncode != 0 or not report.exists():
        sys.exit(f"recognizer failed on {release}: {result.stderr.strip()[-500:]}")
    data: dict = json.loads(report.read_text(encoding="utf-8"))
    return data


def bucket_rates(positions: list[tuple[int, int]]) -> dict[tuple[int, int | None], tuple[float, int]]:
    """(position, 1 if that syllable was misheard) -> error rate and count per bucket."""
    rates = {}
    for low, high in BUCKETS:
        errors = [e for p, e in positions if p >= low and (high is None or p <= high)]
        rates[(low, high)] = (sum(errors) / len(errors) if errors else 0.0, len(errors))
    return rates


def call_positions(segments: list[dict]) -> list[tuple[int, int]]:
    """Each syllable's position within its acoustic-model call, from the offline chunker's plan
    (segments whose syllable count does not match the plan's are left out)."""
    from audiojiedu import textcut
    from audiojiedu.engines.offline import split_chunks

    out: list[tuple[int, int]] = []
    for segment in segments:
        spoken = segment["spoken"]
        lengths = [textcut.weight(spoken[c.start:c.end]) for c in split_chunks(spoken)]
        if sum(lengths) != len(segment["pos_err"]):
            continue
        errors = iter(segment["pos_err"])
        for length in lengths:
            out.extend((p, next(errors)) for p in range(length))
    return out


def show(label: str, rates: dict[tuple[int, int | None], tuple[float, int]]) -> None:
    cells = [
        f"{low}-{high if high is not None else ''} " + (f"{rate:5.1%} (n={n})" if n else "none")
        for (low, high), (rate, n) in rates.items()
    ]
    print(f"  by position in {label}: " + ", ".join(cells))


def report(name: str, data: dict, engine: str, seconds: float, worst: int) -> bool:
    segments = data["segments"]
    total = data["total"]
    print(f"{name}: syllable error {total['ser']:.1%} over {total['ref_syll']} syllables, "
          f"{len(segments)} segments, CER {total['cer']:.1%}; build {seconds:.1f} s")
    by_segment = bucket_rates([(p, e) for s in segments for p, e in enumerate(s["pos_err"])])
    show("segment", by_segment)
    if engine == "offline":
        show("model call", bucket_rates(call_positions(segments)))
    ranked = sorted((s for s in segments if s["ref_syll"] >= 4), key=lambda s: -s["ser"])
    print(f"  worst {min(worst, len(ranked))}:")
    for s in ranked[:worst]:
        print(f"    {s['ser']:5.0%} {s['id']}: {s['spoken']}")
        print(f"           heard: {s['hyp_raw']}")
    above = [s for s in ranked if s["ser"] > MAX_SEGMENT]
    head, tail = by_segment[BUCKETS[0]][0], by_segment[BUCKETS[2]][0]
    checks = {
        f"overall <= {MAX_OVERALL:.0%}": total["ser"] <= MAX_OVERALL,
        f"no segment of 4+ syllables above {MAX_SEGMENT:.0%} ({len(above)} above)": not above,
        f"40-49 within {MAX_BUCKET_GAP * 100:.0f} points of 0-29 ({(tail - head) * 100:+.1f})":
            tail - head <= MAX_BUCKET_GAP,
    }
    for text, ok in checks.items():
        print(f"  {'PASS' if ok else 'FAIL'} {text}")
    return all(checks.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", nargs="*", type=Path, default=[EXAMPLE])
    parser.add_argument("--engine", default="offline")
    parser.add_argument("--limit", type=int, default=0, help="check N segments spread over each document")
    parser.add_argument("--asr", type=Path, default=Path(os.environ.get("AJD_ASR_CHECK", DEFAULT_ASR)))
    parser.add_argument("--keep", type=Path, help="keep the releases (and asr.json) in this folder")
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--worst", type=int, default=5)
    args = parser.parse_args()
    if not args.asr.exists():
        sys.exit(f"recognizer check not found: {args.asr} (set --asr or AJD_ASR_CHECK)")
    with tempfile.TemporaryDirectory(prefix="ajd-intel-") as temp:
        work = args.keep or Path(temp)
        ok = True
        for document in args.documents:
            release = work / document.stem
            seconds = build(document, release, work / f"cache-{document.stem}", args.engine, args.jobs)
            ok = report(document.name, listen(args.asr, release, args.limit), args.engine, seconds, args.worst) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
