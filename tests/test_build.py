"""The pipeline with the fake engine: outputs, incremental rebuilds, batches, cache damage,
concurrent builds. (The real offline voice is exercised in test_e2e_offline.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from audiocheck import EXAMPLE, decode_errors, probe
from helpers import ROOT, run_build

from audiojiedu.manifest import read_manifest

pytestmark = pytest.mark.slow  # whole builds of the example


@pytest.fixture
def counter(tmp_path, monkeypatch):
    path = tmp_path / "calls.txt"
    monkeypatch.setenv("AUDIOJIEDU_FAKE_COUNTER", str(path))

    def calls() -> list[str]:
        return path.read_text(encoding="utf-8").splitlines() if path.exists() else []

    return calls


def run(inputs, out, cache, **kw):
    return run_build(inputs, out, cache, jobs=2, **kw)


def test_example_builds_into_chaptered_mp3(tmp_path, counter):
    out = tmp_path / "out"
    (report,) = run([EXAMPLE], out, tmp_path / "cache")
    mp3 = out / "luozhuang-2019-audio-jiedu.mp3"
    assert report.audio == mp3 and mp3.exists()
    assert decode_errors(mp3) == ""
    info = probe(mp3)
    release = read_manifest(out)
    assert info["duration"] == pytest.approx(release.duration_ms / 1000, abs=0.03)
    titles = [c[2] for c in info["chapters"]]
    assert len(titles) >= 12
    assert "《2019年罗庄区政府信息公开工作年度报告》" in titles[0]
    for expected in ("一、《年度报告》起草背景和要求", "二、报告主要内容", "一、总体情况", "（一）组织保障情况",
                     "（四）依申请公开方面", "二、存在的主要问题及改进情况"):
        assert any(expected in t for t in titles), expected
    starts = [c[0] for c in info["chapters"]]
    assert starts == sorted(starts)
    # the manifest ties every segment to its audio and cache entry, in order, without overlap
    assert release.segments[0].start_ms == 0
    for a, b in zip(release.segments, release.segments[1:]):
        assert a.end_ms <= b.start_ms
    assert all(len(s.cache_key) == 64 and s.engine == "fake" for s in release.segments)
    assert len(counter()) == report.synthesized == len({s.cache_key for s in release.segments})
    # nothing of the site chrome is spoken
    spoken = "".join(s.spoken for s in release.segments)
    for chrome in ("无障碍浏览", "关闭窗口", "下载Word", "下载PDF", "索引号", "公开方式"):
        assert chrome not in spoken
    for name in ("luozhuang-2019-audio-jiedu.vtt", "luozhuang-2019-audio-jiedu.chapters.json", "manifest.json"):
        assert (out / name).exists(), name
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))


def test_rebuild_without_changes_synthesizes_nothing(tmp_path, counter):
    out, cache = tmp_path / "out", tmp_path / "cache"
    (first,) = run([EXAMPLE], out, cache)
    before = (out / "luozhuang-2019-audio-jiedu.mp3").read_bytes()
    calls = len(counter())
    (second,) = run([EXAMPLE], out, cache)
    assert second.synthesized == 0 and second.cached == first.synthesized
    assert len(counter()) == calls
    assert (out / "luozhuang-2019-audio-jiedu.mp3").read_bytes() == before


def test_editing_one_paragraph_resynthesizes_only_its_sentences(tmp_path, counter):
    cache = tmp_path / "cache"
    doc = tmp_path / "luozhuang-2019-audio-jiedu.txt"
    text = EXAMPLE.read_text(encoding="utf-8")
    doc.write_text(text, encoding="utf-8")
    run([doc], tmp_path / "out", cache)
    calls = len(counter())
    old = "2019年,罗庄区严格落实国务院和省、市政府关于政务公开工作的安排部署"
    assert old in text
    doc.write_text(text.replace(old, "2019年,罗庄区认真落实国务院和省、市政府关于政务公开工作的安排部署"), encoding="utf-8")
    (report,) = run([doc], tmp_path / "out", cache)
    new_calls = counter()[calls:]
    assert report.synthesized == len(new_calls) == 1  # that paragraph's first sentence only
    assert "认真落实" in new_calls[0]


def test_batch_keeps_going_past_a_bad_document(tmp_path, counter):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a-good.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b-bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (folder / "c-good.txt").write_text("关于测试的通知\n一、总体要求\n认真做好测试工作。\n二、工作安排\n按时完成。\n", encoding="utf-8")
    reports = run([folder], tmp_path / "out", tmp_path / "cache")
    assert [Path(r.source).name for r in reports] == ["a-good.txt", "b-bad.txt", "c-good.txt"]
    assert reports[1].error and not reports[0].error and not reports[2].error
    for slug in ("a-good", "c-good"):
        assert (tmp_path / "out" / slug / f"{slug}.mp3").exists()
        assert (tmp_path / "out" / slug / "manifest.json").exists()
    assert not (tmp_path / "out" / "b-bad").exists()


def test_corrupt_cache_entry_is_resynthesized_never_stitched(tmp_path, counter):
    out, cache = tmp_path / "out", tmp_path / "cache"
    run([EXAMPLE], out, cache)
    reference = (out / "luozhuang-2019-audio-jiedu.mp3").read_bytes()
    entries = sorted(cache.rglob("*.seg"))
    victim = entries[len(entries) // 2]
    data = victim.read_bytes()
    victim.write_bytes(data[: len(data) - 300])  # truncated
    calls = len(counter())
    (report,) = run([EXAMPLE], out, cache)
    assert report.discarded == 1 and report.synthesized == 1
    assert len(counter()) == calls + 1
    assert (out / "luozhuang-2019-audio-jiedu.mp3").read_bytes() == reference  # deterministic engine


def test_concurrent_builds_share_cache_and_output_folder(tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            run([EXAMPLE], out, cache)
        except BaseException as exc:
            errors.append(exc)

    # separate processes, as two staff members would run them
    env = {**os.environ, "AUDIOJIEDU_FAKE_DELAY": "0.005"}
    cmd = [sys.executable, "-m", "audiojiedu", "build", str(EXAMPLE), "--engine", "fake", "-o", str(out),
           "--cache-dir", str(cache), "--no-progress", "--config", str(ROOT / "voices.yaml")]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    thread = threading.Thread(target=worker)
    thread.start()
    results = [p.communicate(timeout=300) + (p.returncode,) for p in procs]
    thread.join()
    assert not errors
    for _stdout, stderr, code in results:
        assert code == 0, stderr.decode()
    mp3 = out / "luozhuang-2019-audio-jiedu.mp3"
    assert decode_errors(mp3) == ""
    serial = tmp_path / "serial"
    run([EXAMPLE], serial, tmp_path / "cache2")
    assert mp3.read_bytes() == (serial / mp3.name).read_bytes()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["duration_ms"] == read_manifest(serial).duration_ms


def test_progress_is_reported_through_the_callback(tmp_path, counter):
    events = []
    (report,) = run_build([EXAMPLE], tmp_path / "out", tmp_path / "cache", progress=events.append)
    assert [e.done for e in events] == list(range(report.synthesized + 1))
    assert {e.total for e in events} == {report.synthesized} and {e.release for e in events} == {"luozhuang-2019-audio-jiedu"}
    seconds = [e.audio_seconds for e in events]
    assert seconds == sorted(seconds) and seconds[0] == 0 and seconds[-1] > 60
    events.clear()
    run_build([EXAMPLE], tmp_path / "out", tmp_path / "cache", progress=events.append)
    assert events == []  # nothing to synthesize, nothing to report
