"""End to end with the real offline neural voice: the example report becomes a chaptered MP3."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from audiocheck import EXAMPLE, decode_errors, loudness, probe
from helpers import VOICES, build_command

from audiojiedu.manifest import read_manifest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("e2e")
    out = work / "out"
    cmd = build_command(EXAMPLE, out, work / "cache", engine="offline")
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=work)
    assert result.returncode == 0, result.stderr
    return out


def test_mp3_decodes_and_has_the_outline_as_chapters(release):
    mp3 = release / "luozhuang-2019-audio-jiedu.mp3"
    assert decode_errors(mp3) == ""
    info = probe(mp3)
    titles = [title for _, _, title in info["chapters"]]
    assert len(titles) >= 12
    assert "《2019年罗庄区政府信息公开工作年度报告》" in titles[0]
    assert titles[1:4] == ["一、《年度报告》起草背景和要求", "二、报告主要内容", "一、总体情况"]
    assert "（一）组织保障情况" in titles
    assert info["chapters"][-1][1] == pytest.approx(info["duration"], abs=0.05)


def test_duration_is_plausible_for_the_spoken_text(release):
    manifest = read_manifest(release)
    chars = sum(len(re.findall(r"[\u4e00-\u9fff]", s.spoken)) for s in manifest.segments)
    speech_seconds = sum(s.end_ms - s.start_ms for s in manifest.segments) / 1000
    assert 3.0 <= chars / speech_seconds <= 7.0, (chars, speech_seconds)
    assert probe(release / "luozhuang-2019-audio-jiedu.mp3")["duration"] == pytest.approx(
        manifest.duration_ms / 1000, abs=0.05)


def test_loudness_is_the_podcast_norm(release):
    integrated, peak = loudness(release / "luozhuang-2019-audio-jiedu.mp3")
    assert -17.0 <= integrated <= -15.0
    assert peak <= -1.0


def test_offline_build_is_deterministic(release, tmp_path):
    """A second build with an empty cache gives the same bytes (what crash recovery relies on)."""
    doc = tmp_path / "short.txt"
    doc.write_text("关于测试的通知\n一、总体要求\n坚持以人民为中心，积极地推进银行工作。\n", encoding="utf-8")
    outs = []
    for n in range(2):
        out = tmp_path / f"out{n}"
        subprocess.run([sys.executable, "-m", "audiojiedu", "build", str(doc), "--engine", "offline", "-o", str(out),
                        "--cache-dir", str(tmp_path / f"cache{n}"), "--no-progress",
                        "--config", str(VOICES)], check=True, capture_output=True)
        outs.append((out / "short.mp3").read_bytes())
    assert outs[0] == outs[1]
