"""Press play on one sentence: the studio synthesizes it on demand into the build's cache."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from audiocheck import decode_errors, probe
from studio_server import ROOT, SHORT_DOC, running_studio, wait_for

from audiojiedu.build import load_document, plan
from audiojiedu.config import load_config
from audiojiedu.engines.fake import CHARS_PER_SECOND
from audiojiedu.model import Segment
from audiojiedu.release_script import render_script
from audiojiedu.studio.store import Store

pytestmark = pytest.mark.slow


def planned(path: Path) -> list[Segment]:
    """The segments as the build plans them for the studio's engine (fake) and configuration."""
    return plan(load_document(path), load_config(ROOT / "voices.yaml"), engine_name="fake")


def expected_seconds(segment: Segment) -> float:
    rate = load_config(ROOT / "voices.yaml").prosody("fake", segment.role).rate_factor
    return max(0.3, len(segment.spoken) / (CHARS_PER_SECOND * rate))


def calls(counter: Path) -> list[str]:
    return counter.read_text(encoding="utf-8").splitlines() if counter.exists() else []


def test_a_sentence_is_heard_before_the_build_and_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counter = tmp_path / "calls.txt"
    monkeypatch.setenv("AUDIOJIEDU_FAKE_COUNTER", str(counter))
    data = tmp_path / "data"
    with running_studio(data) as studio:
        # A release the runner has not picked up: nothing is built, nothing is synthesized.
        job = Store(data).create(kind="text", source_name="通知", content=SHORT_DOC.encode(), input_kind="txt")
        assert httpx.get(f"{studio}/api/releases/{job.id}").json()["status"] == "queued"
        segments = planned(Store(data).input_path(job))
        (money,) = [s for s in segments if "300万元" in s.written]
        url = f"{studio}/api/releases/{job.id}/segments/{money.id}/audio"

        first = httpx.get(url, timeout=60)
        assert first.status_code == 200, first.text
        assert first.headers["content-type"] == "audio/mpeg" and first.headers["x-cache"] == "miss"
        assert calls(counter) == [money.spoken]  # that one sentence, and only it
        heard = tmp_path / "first.mp3"
        heard.write_bytes(first.content)
        assert decode_errors(heard) == ""
        assert probe(heard)["duration"] == pytest.approx(expected_seconds(money), abs=0.15)

        second = httpx.get(url, timeout=60)
        assert second.status_code == 200 and second.headers["x-cache"] == "hit"
        assert second.content == first.content
        assert calls(counter) == [money.spoken]  # served from the cache: no second synthesis

        for bad in ("nope", "s99-999", "%E4%B8%80", "t000%00"):
            missing = httpx.get(f"{studio}/api/releases/{job.id}/segments/{bad}/audio")
            assert missing.status_code == 404, bad
            assert "没有这一句" in missing.json()["error"]
        assert httpx.get(f"{studio}/api/releases/{job.id}/segments/..%2F..%2Fjob.json/audio").status_code == 404
        assert httpx.get(f"{studio}/api/releases/0123456789abcdef/segments/{money.id}/audio").status_code == 404

        # Edit the sentence in the release script: the same button now says the new text.
        script = render_script(load_document(Store(data).input_path(job)))
        edited = script.replace("300万元", "500万元")
        assert edited != script
        response = httpx.put(f"{studio}/api/releases/{job.id}/script", content=edited.encode())
        assert response.status_code == 202, response.text
        job = Store(data).get(job.id)
        assert job is not None
        (changed,) = [s for s in planned(Store(data).input_path(job)) if "500万元" in s.written]
        assert changed.id == money.id and changed.spoken != money.spoken
        after = httpx.get(f"{studio}/api/releases/{job.id}/segments/{changed.id}/audio", timeout=60)
        assert after.status_code == 200, after.text
        assert after.content != first.content
        again = tmp_path / "edited.mp3"
        again.write_bytes(after.content)
        assert probe(again)["duration"] == pytest.approx(expected_seconds(changed), abs=0.15)

        # The build (started by the edit) reuses what was heard: each sentence synthesized once.
        assert wait_for(studio, job.id)["status"] == "done"
        spoken = calls(counter)
        assert spoken.count(changed.spoken) == 1 and spoken.count(money.spoken) == 1
        assert len(spoken) == len(set(spoken))


def test_an_unreadable_input_is_a_clear_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with running_studio(data) as studio:
        job = Store(data).create(kind="text", source_name="空白.txt", content=b"   \n", input_kind="txt")
        response = httpx.get(f"{studio}/api/releases/{job.id}/segments/t000/audio", timeout=60)
        assert response.status_code == 409
        error = response.json()["error"]
        assert str(data) not in error and "\n" not in error
