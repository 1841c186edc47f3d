"""Benchmark: how the edge engine scales with --jobs against a service with fixed latency.

Starts the fake edge-tts server from tests/ with a latency per request (300 ms by default),
then synthesizes the same sentences with jobs = 1, 2, 4, 8 from a ThreadPoolExecutor calling
engine.synthesize, as the synthesis runner does, and prints requests per second and the ratio
to N times the single-job rate. The target is a ratio of at least 0.8 for every N up to 8.
CPU time per request (this process, which also runs the fake server and decodes the MP3) is printed
too: on a machine whose cores are busy with other work, the ratio falls once the CPU that N
requests need exceeds what is free.

    PYTHONPATH=src python scripts/bench_edge.py [--sentences 48] [--latency 0.3]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the fake server lives with the tests
sys.path.insert(0, str(ROOT / "src"))

from fake_edge_server import FakeEdgeServer

from audiojiedu.engines.edge import EdgeEngine
from audiojiedu.model import Prosody

CORPUS = Path("/work/shared/corpus/luozhuang-2019-audio-jiedu.txt")


def load_sentences(count: int) -> list[str]:
    """Real sentences from the shared corpus (10 to 80 characters), or made-up ones."""
    found: list[str] = []
    if CORPUS.exists():
        text = CORPUS.read_text(encoding="utf-8")
        found = [s for s in re.findall(r"[^。！？\n]+[。！？]", text) if 10 <= len(s.strip()) <= 80]
    while len(found) < count:
        found.append(f"第{len(found) + 1}项，政府信息公开工作按照年度要点全部落实到位。")
    return [s.strip() for s in found[:count]]


def cpu_seconds() -> float:
    """CPU time of this process (engine, decoding and fake server) and any children."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def run(engine: EdgeEngine, sentences: list[str], jobs: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds to synthesize `sentences` with `jobs` threads."""
    voice = Prosody(voice="zh-CN-XiaoxiaoNeural")
    started, cpu_started = time.perf_counter(), cpu_seconds()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        speeches = list(pool.map(lambda text: engine.synthesize(text, voice), sentences))
    elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    assert all(len(speech.samples) for speech in speeches)
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=48)
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2, 4, 8])
    args = parser.parse_args()
    sentences = load_sentences(args.sentences)
    characters = sum(len(s) for s in sentences)
    latency_ms = args.latency * 1000
    print(f"{len(sentences)} sentences, {characters} characters, {latency_ms:.0f} ms latency")
    with FakeEdgeServer(latency=args.latency) as server:
        engine = EdgeEngine(endpoint=server.url)
        run(engine, sentences[:2], 2)  # warm up: loop thread, decoder, MP3 cache
        single_rate = 0.0
        print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        header = f"{'jobs':>4} {'seconds':>8} {'req/s':>7} {'ratio to N x single':>20}"
        print(f"{header} {'CPU ms/req':>11}")
        for jobs in args.jobs:
            elapsed, cpu = run(engine, sentences, jobs)
            rate = len(sentences) / elapsed
            if not single_rate:
                single_rate = rate / jobs
            ratio = rate / (jobs * single_rate)
            cpu_ms = 1000 * cpu / len(sentences)
            print(f"{jobs:>4} {elapsed:>8.2f} {rate:>7.2f} {ratio:>20.2f} {cpu_ms:>11.0f}")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        print(f"server: {server.connections} connections, at most {server.max_active} at once")


if __name__ == "__main__":
    main()
