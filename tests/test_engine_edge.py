"""The edge engine against a local fake of the read-aloud service (no internet needed)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import edge_tts
import numpy as np
import pytest
from edge_tts.drm import DRM
from fake_edge_server import FakeEdgeServer

from audiojiedu.engines.base import Engine
from audiojiedu.engines.edge import ENDPOINT_ENV, EdgeEngine
from audiojiedu.errors import ConfigError, SynthesisError
from audiojiedu.model import Prosody, Speech

VOICE = Prosody(voice="zh-CN-XiaoxiaoNeural")
TEXT = "各位听众，大家好。今天为您解读二〇一九年政府信息公开工作年度报告！"
SECONDS_PER_CHAR = 0.2  # the fake server's pace
FRAME = 1152 / 24000  # one MP3 frame in seconds


@pytest.fixture(autouse=True)
def _fresh_clock_skew() -> Iterator[None]:
    # DRM.clock_skew_seconds is class-level state that a 403 changes.
    DRM.clock_skew_seconds = 0.0
    yield
    DRM.clock_skew_seconds = 0.0


@pytest.fixture
def server() -> Iterator[FakeEdgeServer]:
    with FakeEdgeServer() as fake:
        yield fake


def _engine(url: str, **options: object) -> EdgeEngine:
    settings: dict[str, object] = {"backoff": 0.01, "max_backoff": 0.05, "timeout": 10.0}
    settings.update(options)
    return EdgeEngine(endpoint=url, **settings)  # type: ignore[arg-type]


def _expected_seconds(text: str) -> float:
    return sum(ch.isalnum() for ch in text) * SECONDS_PER_CHAR


def _assert_complete(speech: Speech, text: str) -> None:
    """Full-length audio (MP3 adds under three frames) with sane sentence marks."""
    duration = len(speech.samples) / speech.sample_rate
    assert speech.sample_rate == 24000
    assert speech.samples.dtype == np.float32
    assert _expected_seconds(text) - FRAME <= duration <= _expected_seconds(text) + 3 * FRAME
    assert np.abs(speech.samples).max() > 0.1  # the tone, not silence
    _assert_sane_marks(speech)
    assert "".join(mark.text for mark in speech.marks) == text


def _assert_sane_marks(speech: Speech) -> None:
    duration = len(speech.samples) / speech.sample_rate
    assert speech.marks
    for mark in speech.marks:
        assert 0.0 <= mark.start <= mark.end <= duration
    starts = [mark.start for mark in speech.marks]
    assert starts == sorted(starts)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# ---- the happy path ----------------------------------------------------------------------


def test_speaks_complete_audio_with_sentence_marks(server: FakeEdgeServer) -> None:
    engine = _engine(server.url)
    speech = engine.synthesize(TEXT, VOICE)
    _assert_complete(speech, TEXT)
    assert [mark.text for mark in speech.marks] == ["各位听众，大家好。", TEXT[9:]]
    assert speech.marks[1].start == pytest.approx(7 * SECONDS_PER_CHAR, abs=0.01)
    assert server.outcomes() == ["ok"]
    request = server.completed()[0]
    assert request.text == TEXT
    assert request.voice == "Microsoft Server Speech Text to Speech Voice (zh-CN, XiaoxiaoNeural)"
    assert engine.retries_used == 0


def test_edge_tts_is_the_pinned_version() -> None:
    # Turn-end detection reads Communicate.state as edge-tts 7.3.1 keeps it; recheck on upgrade.
    assert edge_tts.__version__ == "7.3.1"
    state = edge_tts.Communicate("测试", "zh-CN-XiaoxiaoNeural").state
    assert {"chunk_audio_bytes", "cumulative_audio_bytes"} <= set(state)


def test_engine_contract() -> None:
    engine = EdgeEngine(endpoint="ws://127.0.0.1:9/edge/v1?TrustedClientToken=x")
    assert isinstance(engine, Engine)
    assert engine.name == "edge"
    assert engine.capabilities.concurrency == "thread" and engine.capabilities.needs_probe
    assert engine.version() == "edge-tts-7.3.1/audio-24khz-48kbitrate-mono-mp3"
    word_marks = EdgeEngine(endpoint=engine.endpoint, boundary="WordBoundary")
    assert word_marks.version() != engine.version()
    assert engine.pronounce("二〇一九年") == "二〇一九年"


def test_word_boundaries_and_rate(server: FakeEdgeServer) -> None:
    engine = _engine(server.url, boundary="WordBoundary")
    speech = engine.synthesize("政府信息公开。", Prosody(voice="zh-CN-YunyangNeural", rate=100))
    assert server.completed()[0].boundary == "WordBoundary"
    assert server.completed()[0].rate == "+100%"
    assert [mark.text for mark in speech.marks] == list("政府信息公开")
    assert len(speech.samples) / 24000 == pytest.approx(6 * SECONDS_PER_CHAR / 2, abs=3 * FRAME)
    _assert_sane_marks(speech)


def test_long_text_is_split_below_the_byte_limit_and_joined(server: FakeEdgeServer) -> None:
    sentences = [f"第{n}部分，政府信息公开工作取得了新的进展。" for n in "一二三四五六七八九十" * 5]
    text = "".join(sentences)  # 50 sentences, about 3,300 bytes
    engine = _engine(server.url, max_request_bytes=1000)
    speech = engine.synthesize(text, VOICE)
    requests = server.completed()
    assert len(requests) == 4
    assert all(r.ssml_bytes <= 1000 and r.text.endswith("。") for r in requests)
    assert "".join(r.text for r in requests) == text
    assert [mark.text for mark in speech.marks] == sentences
    _assert_sane_marks(speech)
    # Marks after the first request are shifted by the audio before them.
    first_end = len(requests[0].text.split("。")) - 1
    assert speech.marks[first_end].start >= speech.marks[first_end - 1].end - 0.01
    assert speech.marks[-1].end == pytest.approx(len(speech.samples) / 24000, abs=4 * 3 * FRAME)


def test_nothing_speakable_makes_no_request(server: FakeEdgeServer) -> None:
    speech = _engine(server.url).synthesize("……。", VOICE)
    assert len(speech.samples) == 0
    assert server.connections == 0


@pytest.mark.parametrize(
    ("prosody", "named"),
    [
        (Prosody(voice="Xiaoxiao"), "voice 'Xiaoxiao'"),
    ],
)
def test_bad_prosody_is_a_config_error(
    server: FakeEdgeServer, prosody: Prosody, named: str
) -> None:
    with pytest.raises(ConfigError, match=named):
        _engine(server.url).synthesize(TEXT, prosody)
    assert server.connections == 0


# ---- failures that are retried -------------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "connections", "retries"),
    [
        # edge-tts reconnects once by itself after a 403, so two 403s cost one of our retries.
        (["forbidden", "forbidden", "forbidden"], 4, 1),
        (["too_many", "too_many"], 3, 2),
        (["server_error"], 2, 1),
        (["no_audio", "no_audio"], 3, 2),
        (["truncate"], 2, 1),
        (["no_turn_end"], 2, 1),
        (["short"], 2, 1),
    ],
)
def test_failures_are_retried_until_complete(
    plan: list[str], connections: int, retries: int
) -> None:
    with FakeEdgeServer(plan=plan) as server:  # type: ignore[arg-type]
        engine = _engine(server.url)
        speech = engine.synthesize(TEXT, VOICE)
        assert server.connections == connections
        assert server.outcomes()[-1] == "ok"
    _assert_complete(speech, TEXT)
    assert engine.retries_used == retries


def test_slow_first_byte_times_out_and_is_retried() -> None:
    with FakeEdgeServer(plan=["slow"], slow_delay=10.0) as server:
        engine = _engine(server.url, timeout=2.0)
        speech = engine.synthesize(TEXT, VOICE)
        assert server.outcomes() == ["slow", "ok"]
    _assert_complete(speech, TEXT)


def test_clock_skew_is_learned_from_the_403_date() -> None:
    # The server's clock is two hours ahead and it checks the Sec-MS-GEC token against it.
    with FakeEdgeServer(check_token=True, clock_skew=7200.0) as server:
        engine = _engine(server.url)
        _assert_complete(engine.synthesize(TEXT, VOICE), TEXT)
        assert server.outcomes() == ["forbidden", "ok"]
        assert DRM.clock_skew_seconds == pytest.approx(7200.0, abs=5.0)
        engine.synthesize("第二句话。", VOICE)
        assert server.outcomes()[-1] == "ok"  # no 403 once the clock is corrected


def test_persistent_403_sets_the_skew_from_the_date_instead_of_piling_it_up() -> None:
    DRM.clock_skew_seconds = 5000.0  # stale skew from an earlier, wrong Date
    with FakeEdgeServer(share={"forbidden": 1.0}) as server:  # correct clock, 403 anyway
        with pytest.raises(SynthesisError, match="403"):
            _engine(server.url, retries=1).synthesize(TEXT, VOICE)
        assert server.connections == 4
    assert DRM.clock_skew_seconds == pytest.approx(0.0, abs=5.0)


# ---- failures that persist -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "reason"),
    [
        ("too_many", "HTTP 429"),
        ("server_error", "HTTP 503"),
        ("no_audio", "no audio"),
        ("truncate", "before the end of the turn"),
        ("no_turn_end", "before the end of the turn"),
        ("short", "s of audio for"),
    ],
)
def test_gives_up_after_the_retries_with_a_clear_message(failure: str, reason: str) -> None:
    with FakeEdgeServer(share={failure: 1.0}) as server:  # type: ignore[dict-item]
        engine = _engine(server.url, retries=2)
        with pytest.raises(SynthesisError) as raised:
            engine.synthesize(TEXT, VOICE)
        assert server.connections == 3
    message = str(raised.value)
    assert "各位听众，大家好。今天为您解读二〇一九" in message  # the text's first 20 characters
    assert reason in message
    assert "3 attempts" in message
    assert "\n" not in message


def test_truncated_audio_is_never_returned() -> None:
    # A third of the requests end early; every answer must still be complete.
    texts = [f"第{n}条，{TEXT}" for n in range(12)]
    with FakeEdgeServer(share={"truncate": 0.2, "no_turn_end": 0.15}, seed=7) as server:
        engine = _engine(server.url, retries=8)
        speeches = [engine.synthesize(text, VOICE) for text in texts]
        outcomes = server.outcomes()
    assert outcomes.count("truncate") + outcomes.count("no_turn_end") >= 3
    for text, speech in zip(texts, speeches):
        _assert_complete(speech, text)


def test_engine_retry_budget_caps_a_whole_build() -> None:
    with FakeEdgeServer(share={"too_many": 1.0}) as server:
        engine = _engine(server.url, retries=5, retry_budget=3)
        with pytest.raises(SynthesisError, match="retry budget of 3"):
            engine.synthesize(TEXT, VOICE)
        assert server.connections == 4
        with pytest.raises(SynthesisError, match="retry budget"):
            engine.synthesize("另一句话。", VOICE)
        assert server.connections == 5  # the next segment gets one try, no retries


def test_a_dead_service_fails_within_the_timeout() -> None:
    with FakeEdgeServer(latency=30.0) as server:
        engine = _engine(server.url, timeout=0.5, retries=1)
        started = time.monotonic()
        with pytest.raises(SynthesisError, match=r"no complete answer within 0\.5 s"):
            engine.synthesize(TEXT, VOICE)
        assert time.monotonic() - started < 10.0  # a bound against hanging, not a speed target


def test_a_dead_event_loop_raises_instead_of_hanging_and_is_replaced() -> None:
    from audiojiedu.engines import edge as edge_module

    with FakeEdgeServer(latency=5.0) as server:
        engine = _engine(server.url, timeout=30.0)
        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(engine.synthesize, TEXT, VOICE)
            while server.connections == 0:  # wait until the request is in flight
                time.sleep(0.01)
            loop, thread = edge_module._LOOP.get()
            loop.call_soon_threadsafe(loop.stop)  # the async side dies mid-request
            with pytest.raises(SynthesisError, match="event loop stopped"):
                pending.result(timeout=10)
        thread.join(5)
    with FakeEdgeServer() as server:
        _assert_complete(_engine(server.url).synthesize(TEXT, VOICE), TEXT)  # a new loop


# ---- endpoint and probe ------------------------------------------------------------------


def test_endpoint_comes_from_the_environment(
    server: FakeEdgeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENDPOINT_ENV, server.url)
    engine = EdgeEngine(backoff=0.01, max_backoff=0.05)
    assert engine.endpoint == server.url
    _assert_complete(engine.synthesize(TEXT, VOICE), TEXT)
    assert server.connections == 1


def test_bad_endpoint_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENDPOINT_ENV, "http://example.invalid/edge/v1")
    with pytest.raises(ConfigError, match=ENDPOINT_ENV):
        EdgeEngine()


def test_probe_succeeds_against_a_working_service(server: FakeEdgeServer) -> None:
    assert _engine(server.url).probe() is None
    assert server.connections == 1


def test_probe_explains_a_closed_port_quickly() -> None:
    engine = EdgeEngine(endpoint=f"ws://127.0.0.1:{_closed_port()}/edge/v1?TrustedClientToken=x")
    started = time.monotonic()
    reason = engine.probe(timeout=3.0)
    assert time.monotonic() - started < 3.0
    assert reason is not None and "connection refused" in reason
    assert "\n" not in reason


def test_probe_explains_a_silent_service() -> None:
    with FakeEdgeServer(latency=30.0) as server:
        reason = _engine(server.url).probe(timeout=0.5)
    assert reason is not None and "0.5 s" in reason


def test_probe_explains_a_refusal() -> None:
    with FakeEdgeServer(share={"too_many": 1.0}) as server:
        reason = _engine(server.url).probe(timeout=2.0)
        assert server.connections == 1  # one quick try, no retries
    assert reason is not None and "429" in reason


# ---- voices ------------------------------------------------------------------------------


def test_voices_come_from_the_service_when_it_answers() -> None:
    listed = [
        {"ShortName": "zh-CN-XiaoxiaoNeural", "Locale": "zh-CN", "Gender": "Female",
         "FriendlyName": "Xiaoxiao"},
        {"ShortName": "zh-CN-BrandNewNeural", "Locale": "zh-CN", "Gender": "Male",
         "FriendlyName": "Brand new"},
    ]
    with FakeEdgeServer(voices=listed) as server:
        engine = _engine(server.url)
        names = [voice.name for voice in engine.voices()]
        engine.check_voice("zh-CN-BrandNewNeural")
        assert server.voice_list_calls == 1  # fetched once per engine
    assert names == ["zh-CN-XiaoxiaoNeural", "zh-CN-BrandNewNeural"]
    assert engine.voice_source == "service"


def test_voices_fall_back_to_the_labelled_snapshot(server: FakeEdgeServer) -> None:
    engine = _engine(server.url)  # this fake serves no voice list (404)
    voices = engine.voices()
    assert engine.voice_source == "bundled"
    assert server.voice_list_calls == 1
    locales = {voice.locale[:5] for voice in voices}
    assert locales == {"zh-CN", "zh-HK", "zh-TW"}
    assert all("bundled snapshot" in voice.description for voice in voices)
    engine.check_voice("zh-CN-YunyangNeural")
    engine.check_voice("Microsoft Server Speech Text to Speech Voice (zh-TW, HsiaoChenNeural)")
    expected = "zh-CN-NoSuchNeural.*bundled snapshot.*zh-CN-XiaoxiaoNeural"
    with pytest.raises(ConfigError, match=expected):
        engine.check_voice("zh-CN-NoSuchNeural")


def test_unreachable_voice_list_falls_back_quickly() -> None:
    engine = EdgeEngine(endpoint=f"ws://127.0.0.1:{_closed_port()}/edge/v1?TrustedClientToken=x")
    assert engine.voices() and engine.voice_source == "bundled"


# ---- concurrency -------------------------------------------------------------------------


def test_threads_share_the_engine_and_overlap() -> None:
    texts = [f"第{n}号文件，{TEXT[: 5 + n]}。" for n in range(16)]
    with FakeEdgeServer(latency=0.3, share={"truncate": 0.1, "too_many": 0.1}, seed=3) as server:
        engine = _engine(server.url, retries=8)
        with ThreadPoolExecutor(max_workers=8) as pool:
            speeches = list(pool.map(lambda text: engine.synthesize(text, VOICE), texts))
        assert server.max_active >= 4  # requests really were in flight together
    for text, speech in zip(texts, speeches):
        _assert_complete(speech, text)


def test_two_endpoints_in_one_process_never_mix() -> None:
    with FakeEdgeServer(latency=0.05) as first, FakeEdgeServer(latency=0.05) as second:
        engines = {"甲": _engine(first.url), "乙": _engine(second.url)}
        jobs = [(name, f"{name}方第{n}次发言。") for n in range(6) for name in engines]
        with ThreadPoolExecutor(max_workers=6) as pool:
            list(pool.map(lambda job: engines[job[0]].synthesize(job[1], VOICE), jobs))
        assert sorted(r.text[0] for r in first.completed()) == ["甲"] * 6
        assert sorted(r.text[0] for r in second.completed()) == ["乙"] * 6


def test_requests_stay_far_below_the_service_limit(server: FakeEdgeServer) -> None:
    text = "各部门" + "、".join(["政务公开"] * 400) + "。"  # one 6,009-byte sentence
    speech = _engine(server.url).synthesize(text, VOICE)
    requests = server.completed()
    assert "".join(r.text for r in requests) == text
    assert all(r.ssml_bytes <= 1000 and r.text.endswith(("、", "。")) for r in requests)
    # Packed clause by clause: each request but the last is within one clause of the limit.
    assert all(r.ssml_bytes > 1000 - len("政务公开、".encode()) for r in requests[:-1])
    _assert_sane_marks(speech)


# ---- the real service (opt-in) -----------------------------------------------------------


@pytest.mark.network
def test_real_service_speaks_chinese() -> None:
    engine = EdgeEngine(endpoint=None)
    if engine.probe(timeout=5.0) is not None:
        pytest.skip("the edge-tts service is not reachable from here")
    speech = engine.synthesize("政府信息公开工作年度报告。", VOICE)
    assert len(speech.samples) / speech.sample_rate > 1.0
    assert speech.marks


def test_no_thread_is_left_behind_by_the_fake_server() -> None:
    def servers() -> int:
        return sum(t.name == "fake-edge-server" for t in threading.enumerate())

    before = servers()
    with FakeEdgeServer():
        assert servers() == before + 1
    assert servers() == before
