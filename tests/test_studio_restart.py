"""Killing the studio server (SIGKILL) and starting it again loses no finished work, and the
jobs that were queued or running finish after the restart."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from studio_server import ROOT, SHORT_DOC, wait_for

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(data: Path, port: int, delay: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "AUDIOJIEDU_FAKE_DELAY": delay}
    env.pop("AUDIOJIEDU_TOKEN", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "audiojiedu", "serve", "--port", str(port), "--data", str(data), "--engine", "fake",
         "--config", str(ROOT / "voices.yaml"), "--jobs", "1"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/releases", timeout=1)
            return process
        except httpx.HTTPError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"server did not start: {process.stderr.read() if process.stderr else ''}") from None
            time.sleep(0.1)


def worker_pids(data: Path) -> set[int]:
    """Processes running a studio worker on this data folder (read from /proc, not guessed)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().split(b"\x00")
            except OSError:
                continue
            if b"audiojiedu.studio.worker" in command and any(str(data).encode() in part for part in command):
                found.add(int(entry.name))
    return found


def unique_doc(n: int) -> str:
    """A short notice none of whose sentences appears in SHORT_DOC or in another unique_doc."""
    return (
        f"关于第{n}批社区养老服务的通知\n第{n}批各街道办事处：\n一、第{n}批工作目标\n"
        f"第{n}批到2026年底建成服务站12个。第{n}批各街道要明确责任人。\n二、第{n}批保障措施\n"
        f"第{n}批专项资金300万元。第{n}批请于3月31日前报送方案。\n三、第{n}批附则\n本通知第{n}版自印发之日起施行。\n"
    )


def test_kill_and_restart_keeps_finished_work_and_finishes_the_rest(tmp_path: Path) -> None:
    data, port = tmp_path / "data", free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(data, port, delay="0")
    try:
        finished = httpx.post(f"{base}/api/releases", files={"file": ("a.txt", SHORT_DOC.encode())}).json()["id"]
        assert wait_for(base, finished)["status"] == "done"
        httpx.post(f"{base}/api/releases/{finished}/approve", json={"by": "张三"}).raise_for_status()
    finally:
        server.kill()
        server.wait()
    mp3 = next((data / "releases" / finished / "release").glob("*.mp3"))
    before = (mp3.read_bytes(), mp3.stat().st_mtime_ns)

    # a slow engine: one job is running and one is queued when the server is killed
    server = start_server(data, port, delay="0.4")
    try:
        # Every sentence differs from the finished release, so nothing comes from the cache
        # before the kill: the running job takes about 14 × 0.4 s and is still running when
        # it is killed, and what is cached after the restart was synthesized before the kill.
        docs = [unique_doc(n) for n in (1, 2)]
        running, queued = (
            httpx.post(f"{base}/api/releases", files={"file": (f"{n}.txt", d.encode())}).json()["id"]
            for n, d in enumerate(docs)
        )
        info = wait_for(base, running, ("running",))
        deadline = time.monotonic() + 60
        while info["segments"]["done"] < 2:  # some segments are finished and cached
            assert time.monotonic() < deadline
            time.sleep(0.2)
            info = httpx.get(f"{base}/api/releases/{running}").json()
        assert httpx.get(f"{base}/api/releases/{queued}").json()["status"] == "queued"
        assert worker_pids(data)
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait()
    # the orphaned worker notices its server is gone and stops (with its synthesis pool)
    deadline = time.monotonic() + 15
    while worker_pids(data):
        assert time.monotonic() < deadline, "the worker outlived its server"
        time.sleep(0.2)

    server = start_server(data, port, delay="0")
    try:
        after = httpx.get(f"{base}/api/releases/{running}").json()
        assert after["status"] in ("queued", "running", "done")
        resumed = wait_for(base, running)
        assert resumed["status"] == "done", resumed
        assert wait_for(base, queued)["status"] == "done"
        # what was finished before stays as it was: not rebuilt, still approved, still in the feed
        old = httpx.get(f"{base}/api/releases/{finished}").json()
        assert old["status"] == "done" and old["approved"]["by"] == "张三"
        assert (mp3.read_bytes(), mp3.stat().st_mtime_ns) == before
        assert f"/media/{finished}.mp3" in httpx.get(f"{base}/feed.xml").text
    finally:
        server.terminate()
        server.wait(timeout=30)
    # the running job resumed from the cache: its second build synthesized fewer segments
    manifest = (data / "releases" / running / "release" / "manifest.json").read_text(encoding="utf-8")
    import json

    totals = json.loads(manifest)["totals"]
    assert totals["cached"] >= 2, totals
