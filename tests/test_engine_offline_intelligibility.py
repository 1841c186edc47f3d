"""The real offline voice speaks the tail of a long sentence as clearly as its head.

The measure is a proxy for the speech recognizer of scripts/bench_intelligibility.py, cheap
enough for CI: the acoustic model's mel spectrogram changes from frame to frame as the mouth
moves from sound to sound; when the model garbles (past about 30 syllables into one call),
the spectrum smears and this spectral flux drops. On 21 long corpus sentences the flux of the
last third of the syllables against the first third was 0.39-0.97 (0.84 or less for every
sentence over 55 syllables) when each sentence went to the model in one call, where the
recognizer heard 40-90 % of those syllables wrong, and 0.86-1.16 with the chunker's spans.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from audiojiedu import textcut
from audiojiedu.engines import offline
from audiojiedu.engines.offline import MAX_CHUNK_CHARS, VOICE_NAME, OfflineEngine
from audiojiedu.model import Prosody

pytestmark = pytest.mark.slow

LONG_SENTENCES = (
    # From the corpus (normalized as the build speaks them), 72-78 syllables each.
    (
        "细化财政预决算、重大建设项目批准实施、公共资源配置和社会公益事业等重点领域信息公开，"
        "强化政策文件分类公开，提升政策服务精准性，提高信息公开的实效性。"
    ),
    (
        "二零一九年，全区共收到因政府信息公开提起的行政复议二十三件，均已在规定时限内办结，"
        "其中维持具体行政行为十件，被依法纠错十件，其他情形一件，尚未审结两件。"
    ),
    # One long clause without any punctuation: only word boundaries to cut at.
    "依法及时公开各类政府信息保障人民群众的知情权参与权表达权和监督权不断提升全区政务公开工作的标准化规范化水平",
)
# The tail may lose at most this share of the head's flux (the spans gave at least 0.86).
MIN_TAIL_RATIO = 0.85


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> OfflineEngine:
    return OfflineEngine(cache_dir=tmp_path_factory.mktemp("models"))


def _syllable_flux(engine: OfflineEngine, text: str) -> np.ndarray:
    """Mean mel spectral flux around each syllable, in text order, as the engine plans the calls."""
    voice = engine._load_voice()
    phone_set = engine._load_phone_set()
    values: list[float] = []
    for chunk in engine._plan(text):
        out = voice.acoustic(phone_set.ids(chunk.phones.symbols))
        flux = np.abs(np.diff(out.mel[0], axis=0)).mean(axis=1)
        frame = 0
        for symbol, frames in zip(chunk.phones.symbols, out.durations.tolist()):
            if symbol[-1:].isdigit() and not symbol.startswith("#"):  # a toned final: one syllable
                values.append(float(flux[max(frame - 8, 0) : min(frame + frames, len(flux))].mean()))
            frame += frames
    return np.array(values)


def _tail_ratio(flux: np.ndarray) -> float:
    third = len(flux) // 3
    return float(flux[-third:].mean() / flux[:third].mean())


@pytest.mark.parametrize("text", LONG_SENTENCES, ids=["list", "figures", "no-punctuation"])
def test_tail_of_a_long_sentence_is_as_clear_as_its_head(engine: OfflineEngine, text: str) -> None:
    plan = engine._plan(text)
    assert len(plan) > 1
    assert all(chunk.phones.syllables <= MAX_CHUNK_CHARS for chunk in plan)
    assert "".join(chunk.text for chunk in plan) == text
    flux = _syllable_flux(engine, text)
    assert len(flux) == textcut.weight(text)
    assert _tail_ratio(flux) >= MIN_TAIL_RATIO


def test_the_measure_hears_a_garbled_tail(engine: OfflineEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same sentence sent in one call (the old 60+ character chunks) fails the measure."""
    monkeypatch.setattr(offline, "MAX_CHUNK_CHARS", 1000)
    flux = _syllable_flux(engine, LONG_SENTENCES[0])
    assert _tail_ratio(flux) < 0.75


def test_a_long_sentence_sounds_without_gaps_or_clipping(engine: OfflineEngine) -> None:
    """Each word-cut join is a short pause, not a sentence pause, and no span goes missing."""
    text = LONG_SENTENCES[2]
    speech = engine.synthesize(text, Prosody(VOICE_NAME))
    assert "".join(mark.text for mark in speech.marks) == text
    gaps = [b.start - a.end for a, b in itertools.pairwise(speech.marks)]
    assert gaps and all(abs(gap - offline.JOIN_PAUSE) < 0.002 for gap in gaps)
    # Syllables per second stay like the voice's normal speech in every span.
    for mark in speech.marks:
        rate = textcut.weight(mark.text) / (mark.end - mark.start)
        assert 3.0 < rate < 7.0, (mark.text, rate)
