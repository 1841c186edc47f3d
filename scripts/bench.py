#!/usr/bin/env python3
"""Speed and memory of the build, as figures and as ratios against baselines measured in this run.

    python scripts/bench.py [--engine offline] [--skip-build] [--skip-assembly] [--minutes 60]

1. Full build of the example with a cold cache (real-time factor = wall / audio seconds), with
   --jobs 1 as the baseline and --jobs <cores>.
2. No-op rebuild, and a rebuild after editing one paragraph (ratio to the full build).
3. Assembly of a synthetic N-minute release (600 segments) by frame concatenation, against
   decoding everything and re-encoding with pydub (the usual approach); wall time and peak memory,
   each measured in its own process.
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
EXAMPLE = ROOT / "examples" / "luozhuang-2019-audio-jiedu.txt"


def cli(*args: str, env: dict[str, str] | None = None) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "audiojiedu", *args], capture_output=True, text=True, env=env)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"build failed: {result.stderr.strip()}")
    return wall, result.stdout


def bench_build(engine: str, work: Path) -> None:
    doc = work / EXAMPLE.name
    shutil.copy(EXAMPLE, doc)
    common = ["--engine", engine, "--no-progress", "--config", str(ROOT / "voices.yaml"), "-o", str(work / "out")]
    cores = os.cpu_count() or 1
    runs = {}
    for jobs in sorted({1, cores}):
        cache = work / f"cache-{jobs}"
        runs[jobs], _ = cli("build", str(doc), *common, "--cache-dir", str(cache), "--jobs", str(jobs))
    manifest = json.loads((work / "out" / "manifest.json").read_text(encoding="utf-8"))
    audio = manifest["duration_ms"] / 1000
    full = runs[cores]
    print(f"example: {audio:.1f} s of audio, {manifest['totals']['segments']} segments, engine {engine}")
    for jobs, wall in runs.items():
        print(f"  full build, --jobs {jobs}: {wall:.2f} s wall, real-time factor {wall / audio:.4f}")
    if cores > 1:
        print(f"  speed-up of --jobs {cores} over --jobs 1: {runs[1] / full:.2f}x")
    cache = ["--cache-dir", str(work / f"cache-{cores}")]
    noop, _ = cli("build", str(doc), *common, *cache)
    print(f"  no-op rebuild: {noop:.2f} s ({noop / full:.3f} of the full build)")
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text.replace("较好地完成了上级部署的各项工作任务", "圆满完成了上级部署的各项工作任务"), encoding="utf-8")
    edit, out = cli("build", str(doc), *common, *cache)
    print(f"  one-paragraph edit: {edit:.2f} s ({edit / full:.3f} of the full build): {out.strip()}")


ASSEMBLE = r"""
import sys, time, resource
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from audiojiedu.audio.assemble import Clip, Silence, assemble
from audiojiedu.audio.mp3 import release_format
from audiojiedu.cache import SegmentCache
cache = SegmentCache(Path(sys.argv[1]))
keys = Path(sys.argv[1], "keys.txt").read_text().split()
started = time.perf_counter()
parts = []
for key in keys:
    entry = cache.get(key)
    parts += [Clip(read=entry.read_frames, frame_count=entry.frame_count), Silence(700)]
assemble(parts, Path(sys.argv[2]), fmt=release_format(bitrate_kbps=64))
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

PYDUB = r"""
import subprocess, sys, time, resource
from pathlib import Path
import imageio_ffmpeg
from pydub import AudioSegment
ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
AudioSegment.converter = ffmpeg
files = sorted(Path(sys.argv[1], "mp3").glob("*.mp3"))
started = time.perf_counter()
release = AudioSegment.empty()
pause = AudioSegment.silent(duration=700, frame_rate=24000)
for f in files:
    pcm = subprocess.run([ffmpeg, "-v", "error", "-i", str(f), "-f", "s16le", "-ac", "1", "-ar", "24000", "-"],
                         capture_output=True, check=True).stdout
    release += AudioSegment(data=pcm, sample_width=2, frame_rate=24000, channels=1) + pause
release.export(sys.argv[2], format="mp3", bitrate="64k", parameters=["-ar", "24000", "-ac", "1"])
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def bench_assembly(minutes: float, work: Path) -> None:
    import numpy as np

    sys.path.insert(0, str(ROOT / "src"))
    from audiojiedu.audio.encode import encode_speech
    from audiojiedu.cache import SegmentCache, cache_key
    from audiojiedu.config import AudioConfig
    from audiojiedu.model import Speech

    count = 600
    seconds = minutes * 60 / count - 0.7
    cache = SegmentCache(work / "asm")
    (work / "asm" / "mp3").mkdir(parents=True)
    rng = np.random.default_rng(0)
    t = np.arange(int(seconds * 24000)) / 24000
    keys = []
    # 600 distinct segments; encoding them is setup, not part of the measurement
    for i in range(count):
        x = (0.2 * np.sin(2 * np.pi * (150 + i % 97) * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 3 * t) ** 2)
             + rng.normal(0, 0.01, t.size)).astype(np.float32)
        encoded = encode_speech(Speech(x, 24000), AudioConfig())
        key = cache_key({"bench": i})
        cache.put(key, encoded.frames, {"frame_count": encoded.frame_count})
        (work / "asm" / "mp3" / f"{i:04d}.mp3").write_bytes(encoded.frames)
        keys.append(key)
    (work / "asm" / "keys.txt").write_text("\n".join(keys))
    ours = subprocess.run([sys.executable, "-c", ASSEMBLE, str(work / "asm"), str(work / "ours.mp3"), str(ROOT / "src")],
                          capture_output=True, text=True, check=True).stdout.split()
    base = subprocess.run([sys.executable, "-c", PYDUB, str(work / "asm"), str(work / "pydub.mp3")],
                          capture_output=True, text=True, check=True).stdout.split()
    o_wall, o_mem, b_wall, b_mem = map(float, ours + base)
    print(f"assembly of a {minutes:.0f}-minute release, {count} segments:")
    print(f"  frame concatenation: {o_wall:.3f} s, peak {o_mem:.0f} MB")
    print(f"  pydub decode + re-encode (baseline): {b_wall:.2f} s, peak {b_mem:.0f} MB")
    print(f"  ratio: {o_wall / b_wall:.4f} of the baseline's time ({b_wall / o_wall:.0f}x faster), "
          f"{o_mem / b_mem:.2f} of its memory")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", default="offline")
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--skip-assembly", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="audiojiedu-bench-") as tmp:
        if not args.skip_build:
            bench_build(args.engine, Path(tmp))
        if not args.skip_assembly:
            bench_assembly(args.minutes, Path(tmp))


if __name__ == "__main__":
    main()
