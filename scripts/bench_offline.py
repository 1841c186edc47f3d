"""Benchmark the offline voice: model load time and real-time factor (RTF = wall / audio).

Synthesizes the example report sentence by sentence (skipping the site chrome at the top):
in one process with 1 and with 2 LiteRT threads, then in 2 processes in parallel (1 thread
each, sentences handed out like the build's process pool does).

    PYTHONPATH=src python scripts/bench_offline.py [--limit N] [--file PATH]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from audiojiedu.engines.offline import VOICE_NAME, OfflineEngine
from audiojiedu.model import Prosody

EXAMPLE = ROOT / "examples" / "luozhuang-2019-audio-jiedu.txt"
SKIP_LINES = 6  # site chrome above the title

_engine: OfflineEngine | None = None


def read_sentences(path: Path) -> list[str]:
    lines = path.read_text("utf-8").splitlines()[SKIP_LINES:]
    sentences: list[str] = []
    for line in lines:
        for sentence in re.findall(r"[^。！？]+[。！？]?", line.strip()):
            if sentence.strip():
                sentences.append(sentence.strip())
    return sentences


def _init_worker(threads: int) -> None:
    global _engine
    _engine = OfflineEngine(threads=threads)
    _engine.warm_up()


def _speak(sentence: str) -> tuple[float, float]:
    """(audio seconds, CPU seconds this worker spent on them)."""
    assert _engine is not None
    cpu = time.process_time()
    speech = _engine.synthesize(sentence, Prosody(VOICE_NAME))
    return len(speech.samples) / speech.sample_rate, time.process_time() - cpu


def run(sentences: list[str], *, processes: int, threads: int) -> tuple[float, float, float]:
    """(audio seconds, wall seconds, CPU seconds) with models already loaded in every worker."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes, initializer=_init_worker, initargs=(threads,)) as pool:
        pool.map(_speak, ["预热。"] * processes, chunksize=1)  # every worker is loaded
        start = time.perf_counter()
        results = list(pool.imap_unordered(_speak, sentences, chunksize=1))
        wall = time.perf_counter() - start
    return sum(r[0] for r in results), wall, sum(r[1] for r in results)


def measure_load() -> tuple[float, float, float]:
    """Seconds to load the models (patched model already cached), to load the word
    segmenter and pinyin tables, and to speak a first short sentence after that."""
    engine = OfflineEngine()
    start = time.perf_counter()
    engine._load_voice()
    models = time.perf_counter() - start
    start = time.perf_counter()
    engine.pronounce("中文")
    front_end = time.perf_counter() - start
    start = time.perf_counter()
    engine.synthesize("以人民为中心。", Prosody(VOICE_NAME))
    return models, front_end, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=EXAMPLE)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N sentences")
    args = parser.parse_args()
    sentences = read_sentences(args.file)
    if args.limit:
        sentences = sentences[: args.limit]
    print(f"{len(sentences)} sentences, {sum(map(len, sentences))} characters from {args.file.name}")
    models, front_end, first = measure_load()
    print(f"load: models {models:.2f} s, jieba + pinyin tables {front_end:.2f} s, first short sentence {first:.2f} s")
    # RTF = wall / audio; CPU/audio = CPU seconds of all workers per audio second, which
    # stays meaningful when other programs compete for the cores (see the load average).
    print(f"{'setup':<26}{'audio s':>9}{'wall s':>8}{'RTF':>8}{'CPU/audio':>11}")
    for processes, threads in ((1, 1), (1, 2), (2, 1)):
        audio, wall, cpu = run(sentences, processes=processes, threads=threads)
        label = f"{processes} process{'es' if processes > 1 else ''} x {threads} thread{'s' if threads > 1 else ''}"
        print(f"{label:<26}{audio:>9.1f}{wall:>8.1f}{wall / audio:>8.4f}{cpu / audio:>11.4f}")
    print(f"load average while measuring: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
