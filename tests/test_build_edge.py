"""Whole builds on the edge engine against the local fake service: failures injected into a
share of requests still give a complete, correct release; nothing truncated is ever kept;
--engine auto falls back to the offline voice when the service cannot be reached."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest
from audiocheck import EXAMPLE, decode_errors, probe
from click.testing import CliRunner
from fake_edge_server import FakeEdgeServer
from helpers import VOICES, run_build

from audiojiedu.cli import cli
from audiojiedu.engines.edge import EdgeEngine
from audiojiedu.manifest import read_manifest

pytestmark = pytest.mark.slow  # whole builds of the example


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    # the engine's real backoff starts at a second; the failures here are played on purpose
    monkeypatch.setitem(EdgeEngine.__init__.__kwdefaults__, "backoff", 0.01)
    monkeypatch.setitem(EdgeEngine.__init__.__kwdefaults__, "max_backoff", 0.05)


def edge_build(tmp_path: Path, url: str, monkeypatch, doc: Path = EXAMPLE, jobs: int = 4):
    monkeypatch.setenv("AUDIOJIEDU_EDGE_WSS_URL", url)
    return run_build([doc], tmp_path / "out", tmp_path / "cache", engine="edge", jobs=jobs)


def test_example_survives_a_flaky_service(tmp_path, monkeypatch):
    share = {"truncate": 0.05, "no_turn_end": 0.04, "short": 0.04, "no_audio": 0.03, "too_many": 0.03,
             "forbidden": 0.02, "server_error": 0.02}
    # one job: the seeded server then plays the same failures in the same order every run
    with FakeEdgeServer(share=share, seed=7) as server:
        (report,) = edge_build(tmp_path, server.url, monkeypatch, jobs=1)
        outcomes = server.outcomes()
    assert {"truncate", "no_turn_end", "short"} <= set(outcomes)  # the failures really happened
    assert report.engine == "edge" and report.cached == 0 and report.synthesized > 0
    mp3 = tmp_path / "out" / "luozhuang-2019-audio-jiedu.mp3"
    assert decode_errors(mp3) == ""
    assert len(probe(mp3)["chapters"]) >= 12
    # every segment is complete: the fake service speaks 0.2 s per character
    for segment in read_manifest(tmp_path / "out").segments:
        chars = len(re.findall(r"[\u4e00-\u9fff]", segment.spoken))
        assert (segment.end_ms - segment.start_ms) / 1000 >= 0.9 * 0.2 * chars, segment.id


def test_retries_run_out_with_a_clear_error_and_nothing_truncated_is_cached(tmp_path, monkeypatch):
    with FakeEdgeServer(share={"truncate": 1.0}) as server:
        monkeypatch.setenv("AUDIOJIEDU_EDGE_WSS_URL", server.url)
        result = CliRunner().invoke(cli, ["build", str(EXAMPLE), "--engine", "edge", "-o", str(tmp_path / "out"),
                                          "--cache-dir", str(tmp_path / "cache"), "--no-progress",
                                          "--config", str(VOICES)])
    assert result.exit_code == 1
    message = result.output.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in message
    assert "segment" in message
    assert not list((tmp_path / "cache").rglob("*.seg"))
    assert not (tmp_path / "out" / "manifest.json").exists()


@pytest.mark.slow
def test_auto_falls_back_to_offline_and_says_why(tmp_path, monkeypatch):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    monkeypatch.setenv("AUDIOJIEDU_EDGE_WSS_URL", f"ws://127.0.0.1:{closed}/edge/v1?TrustedClientToken=T")
    doc = tmp_path / "notice.txt"
    doc.write_text("关于测试的通知\n一、总体要求\n坚持以人民为中心。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(doc), "--engine", "auto", "-o", str(tmp_path / "out"),
                                      "--cache-dir", str(tmp_path / "cache"), "--no-progress",
                                      "--config", str(VOICES)])
    assert result.exit_code == 0, result.output
    assert "engine: offline" in result.output and "edge-tts unreachable" in result.output
    assert read_manifest(tmp_path / "out").engine == "offline"


def test_voices_offline_lists_the_bundled_edge_voices(monkeypatch):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    monkeypatch.setenv("AUDIOJIEDU_EDGE_WSS_URL", f"ws://127.0.0.1:{closed}/edge/v1?TrustedClientToken=T")
    result = CliRunner().invoke(cli, ["voices", "--engine", "edge"])
    assert result.exit_code == 0
    assert "zh-CN-XiaoxiaoNeural" in result.output and "bundled" in result.output
