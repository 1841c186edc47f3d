"""Killing a build at any moment loses no finished work and never leaves a release that looks
complete but is not; Ctrl-C stops cleanly."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from audiocheck import EXAMPLE, decode_errors
from helpers import build_command

from audiojiedu.cache import SegmentCache

pytestmark = pytest.mark.slow  # whole builds of the example

MP3 = "luozhuang-2019-audio-jiedu.mp3"


def command(out: Path, cache: Path) -> list[str]:
    return build_command(EXAMPLE, out, cache, "--jobs", "2")


def env(delay: float, temp: Path | None = None) -> dict[str, str]:
    return {**os.environ, "AUDIOJIEDU_FAKE_DELAY": str(delay), **({"TMPDIR": str(temp)} if temp else {})}


def check_consistent(out: Path, cache: Path, reference: bytes) -> None:
    # every cache entry on disk verifies; nothing corrupt was published
    store = SegmentCache(cache)
    for path in cache.rglob("*.seg"):
        assert store.get(path.stem) is not None, path
    # a manifest vouches for a complete release only
    if (out / "manifest.json").exists():
        assert (out / MP3).read_bytes() == reference


def test_sigkill_at_20_random_points_then_rebuild_is_identical(tmp_path):
    reference_out = tmp_path / "reference"
    started = time.monotonic()
    subprocess.run(command(reference_out, tmp_path / "refcache"), env=env(0.01), check=True, capture_output=True)
    # Kill points spread over a whole build as long as this machine takes for one (start-up
    # alone takes 1-2.5 s, depending on the machine), so that some kills land mid-synthesis.
    duration = time.monotonic() - started
    reference = (reference_out / MP3).read_bytes()

    out, cache, temp = tmp_path / "out", tmp_path / "cache", tmp_path / "temp"
    temp.mkdir()
    rng = random.Random(20261126)
    for _ in range(20):
        proc = subprocess.Popen(command(out, cache), env=env(0.01, temp), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, duration))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        check_consistent(out, cache, reference)
    finished_before = len(list(cache.rglob("*.seg")))
    assert finished_before > 0  # the kills did not lose the work done before them
    assert not list(temp.glob("audiojiedu-*"))  # no folder of the build's left in the system's temp folder

    result = subprocess.run(command(out, cache), env=env(0), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (out / MP3).read_bytes() == reference
    assert decode_errors(out / MP3) == ""
    assert f"{finished_before} cached" in result.stdout or "0 synthesized" in result.stdout


def test_ctrl_c_stops_cleanly_and_keeps_finished_segments(tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    # A terminal delivers Ctrl-C to a build that has not set SIGINT aside; a test runner started in
    # the background (cmd &) has it ignored, and the child would inherit that: restore the default.
    proc = subprocess.Popen(
        command(out, cache),
        env=env(0.05),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    # Press Ctrl-C once the first segments are finished, however long this machine takes to start.
    deadline = time.monotonic() + 60
    while not any(cache.rglob("*.seg")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert not (out / "manifest.json").exists() and not (out / MP3).exists()
    kept = len(list(cache.rglob("*.seg")))
    assert kept > 0
    result = subprocess.run(command(out, cache), env=env(0), capture_output=True, text=True)
    assert result.returncode == 0 and f"{kept} cached" in result.stdout
