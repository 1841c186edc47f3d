"""The espeak-ng fallback voice, run in its own worker process."""

from __future__ import annotations

import concurrent.futures
import importlib.util
import multiprocessing
import os
import pickle
from collections.abc import Iterator

import numpy as np
import pytest

from audiojiedu.engines.base import Engine
from audiojiedu.engines.espeak import EspeakEngine, pitch_level, words_per_minute
from audiojiedu.errors import ConfigError, EngineUnavailable, SynthesisError
from audiojiedu.model import Prosody

VOICE = Prosody("cmn")


@pytest.fixture
def engine() -> Iterator[EspeakEngine]:
    engine = EspeakEngine()
    yield engine
    engine.close()


def test_contract(engine: EspeakEngine) -> None:
    assert isinstance(engine, Engine)
    assert engine.name == "espeak" and engine.capabilities.concurrency == "process"
    assert [v.name for v in engine.voices()] == ["cmn"]
    assert "espeak-ng" in engine.version()
    assert engine.pronounce("积极 推进\n工作") == "积极 推进 工作"


def test_speaks(engine: EspeakEngine) -> None:
    text = "以人民为中心，积极推进政务公开工作。"
    speech = engine.synthesize(text, VOICE)
    seconds = len(speech.samples) / speech.sample_rate
    assert speech.sample_rate > 8000
    assert speech.samples.dtype == np.float32
    assert 1.0 < seconds < 15.0
    assert float(np.sqrt(np.mean(speech.samples**2))) > 0.02  # not silent
    assert np.abs(speech.samples).max() <= 1.0
    assert len(speech.marks) >= 5
    assert all(m.text and m.text in text for m in speech.marks)
    assert all(0 <= m.start <= m.end <= seconds for m in speech.marks)
    # The worker stays up between calls, and the result does not depend on what came before.
    engine.synthesize("别的句子，语速也不同。", Prosody("cmn", rate=30))
    again = engine.synthesize(text, VOICE)
    assert np.array_equal(again.samples, speech.samples)


def test_rate_changes_duration(engine: EspeakEngine) -> None:
    text = "加强解读回应，扩大公众参与。"
    normal = len(engine.synthesize(text, VOICE).samples)
    fast = len(engine.synthesize(text, Prosody("cmn", rate=50)).samples)
    assert fast < 0.85 * normal


def test_prosody_conversion() -> None:
    assert words_per_minute(0) == 175
    assert words_per_minute(20) == 210
    assert words_per_minute(-90) == 80 and words_per_minute(500) == 450  # espeak's own limits
    assert pitch_level(0) == 50 and pitch_level(10) == 55 and pitch_level(-10) < 50
    assert pitch_level(-500) == 0 and pitch_level(500) == 100


def test_unknown_voice(engine: EspeakEngine) -> None:
    with pytest.raises(ConfigError, match="en-us"):
        engine.synthesize("你好", Prosody("en-us"))


def test_missing_package(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "espeakng_loader" else real(name, *a))
    engine = EspeakEngine()
    with pytest.raises(EngineUnavailable, match="pip install espeakng-loader"):
        engine.version()
    with pytest.raises(EngineUnavailable, match="pip install espeakng-loader"):
        engine.synthesize("你好", VOICE)


def test_picklable_after_use(engine: EspeakEngine) -> None:
    engine.synthesize("你好", VOICE)
    clone = pickle.loads(pickle.dumps(engine))
    try:
        assert len(clone.synthesize("你好", VOICE).samples) > 0
    finally:
        clone.close()


def test_dead_worker_is_replaced(engine: EspeakEngine) -> None:
    first = engine.synthesize("你好", VOICE)
    worker = engine._worker
    assert worker is not None
    worker.kill()
    worker.wait()
    assert np.array_equal(engine.synthesize("你好", VOICE).samples, first.samples)


def test_broken_worker_is_a_synthesis_error(monkeypatch: pytest.MonkeyPatch, engine: EspeakEngine) -> None:
    monkeypatch.setattr(engine, "worker_module", "audiojiedu.engines.no_such_worker")
    with pytest.raises(SynthesisError, match="exited unexpectedly"):
        engine.synthesize("你好", VOICE)


_inherited: EspeakEngine | None = None


def _speak_inherited(text: str) -> bytes:
    assert _inherited is not None
    return _inherited.synthesize(text, VOICE).samples.tobytes()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork-only")
def test_forked_copy_starts_its_own_worker(engine: EspeakEngine) -> None:
    # The build's process pool forks: a child must not share the parent's worker pipes.
    global _inherited
    before = engine.synthesize("你好", VOICE)
    parent_worker = engine._worker
    _inherited = engine
    try:
        context = multiprocessing.get_context("fork")
        with concurrent.futures.ProcessPoolExecutor(2, mp_context=context) as pool:
            results = list(pool.map(_speak_inherited, ["你好"] * 4))
    finally:
        _inherited = None
    assert all(r == before.samples.tobytes() for r in results)
    assert engine._worker is parent_worker and parent_worker is not None and parent_worker.poll() is None
    assert np.array_equal(engine.synthesize("你好", VOICE).samples, before.samples)
