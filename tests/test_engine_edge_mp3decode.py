"""MP3 decoding in process (miniaudio)."""

from __future__ import annotations

import lameenc
import numpy as np
import pytest

from audiojiedu.engines.mp3decode import decode_mp3
from audiojiedu.errors import EngineError


def _tone_mp3(seconds: float, frequency: float, *, rate: int = 24000) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    pcm = (0.5 * np.sin(2 * np.pi * frequency * t) * 32767).astype("<i2")
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(48)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(7)
    return bytes(encoder.encode(pcm.tobytes()) + encoder.flush())


def _dominant_frequency(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[np.argmax(spectrum)])


def test_decodes_a_tone_to_float32_at_24khz() -> None:
    samples = decode_mp3(_tone_mp3(1.5, 440.0))
    assert samples.dtype == np.float32
    # MP3 adds encoder delay and padding (under two frames), never loses audio.
    assert 1.5 * 24000 <= len(samples) <= 1.5 * 24000 + 3 * 1152
    assert np.abs(samples).max() <= 1.0
    assert 0.3 < np.abs(samples).max() < 0.7
    assert _dominant_frequency(samples, 24000) == pytest.approx(440.0, abs=3.0)


def test_resamples_when_asked() -> None:
    samples = decode_mp3(_tone_mp3(1.0, 300.0), sample_rate=16000)
    assert 16000 <= len(samples) <= 16000 + 2 * 1152
    assert _dominant_frequency(samples, 16000) == pytest.approx(300.0, abs=3.0)


def test_agrees_with_ffmpeg() -> None:
    # The decoder it replaced: same length (encoder delay and padding removed), same samples.
    import subprocess

    from audiocheck import ffmpeg

    mp3 = _tone_mp3(2.0, 660.0)
    raw = subprocess.run([ffmpeg(), "-v", "error", "-f", "mp3", "-i", "pipe:0", "-f", "f32le", "-ac", "1", "-ar",
                          "24000", "pipe:1"], input=mp3, capture_output=True, check=True).stdout
    reference = np.frombuffer(raw, dtype="<f4")
    samples = decode_mp3(mp3)
    assert len(samples) == len(reference)
    assert float(np.abs(samples - reference).max()) < 1e-3


def test_empty_input_is_empty_audio() -> None:
    assert len(decode_mp3(b"")) == 0


def test_garbage_raises_engine_error() -> None:
    with pytest.raises(EngineError, match="could not decode the MP3"):
        decode_mp3(b"this is not an mp3 file at all" * 50)
