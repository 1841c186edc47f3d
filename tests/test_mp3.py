"""MP3 frame handling: silence and Info frames, lossless assembly, exact durations."""

from __future__ import annotations

import numpy as np
import pytest

from audiojiedu.audio.assemble import Clip, Silence, assemble, silence_frames
from audiojiedu.audio.encode import encode_pcm, encode_speech
from audiojiedu.audio.mp3 import Mp3FormatError, info_frame, iter_frames, release_format, silence_frame
from audiojiedu.config import AudioConfig
from audiojiedu.model import Speech

from conftest import decode_errors, loudness, probe

AUDIO = AudioConfig()
FMT = release_format(bitrate_kbps=64)


def tone(seconds: float, amplitude: float = 0.3, pitch: float = 220.0) -> np.ndarray:
    t = np.arange(int(seconds * 24000)) / 24000
    return (amplitude * np.sin(2 * np.pi * pitch * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 2 * t))).astype(np.float32)


def test_encoded_frames_are_release_format_and_independent_at_start():
    encoded = encode_pcm(tone(1.0), AUDIO)
    frames = list(iter_frames(encoded.frames))
    assert len(frames) == encoded.frame_count > 40
    assert all(f.fmt == FMT for f in frames)
    assert frames[0].main_data_begin == 0  # the first frame borrows from nothing before it
    assert not any(f.is_info for f in frames)


def test_silence_and_info_frames_parse():
    (frame,) = list(iter_frames(silence_frame(FMT)))
    assert frame.main_data_begin == 0 and frame.size == len(silence_frame(FMT)) and not frame.is_info
    (info,) = list(iter_frames(info_frame(FMT, frames=10, total_bytes=1000)))
    assert info.is_info


def test_strict_parse_rejects_truncation():
    encoded = encode_pcm(tone(0.5), AUDIO)
    with pytest.raises(Mp3FormatError):
        list(iter_frames(encoded.frames[:-7]))
    with pytest.raises(Mp3FormatError):
        list(iter_frames(b"\x00" * 100 + encoded.frames))


def test_assembly_duration_is_exact_sum_of_parts_and_decodes_cleanly(tmp_path):
    clips = [encode_speech(Speech(tone(s, pitch=200 + 40 * i), 24000), AUDIO) for i, s in enumerate((1.3, 2.0, 0.7))]
    parts = []
    for clip in clips:
        parts.append(Clip(read=lambda c=clip: c.frames, frame_count=clip.frame_count))
        parts.append(Silence(500))
    out = tmp_path / "a.mp3"
    starts = assemble(parts, out, fmt=FMT)
    total_frames = sum(c.frame_count for c in clips) + 3 * silence_frames(500, FMT)
    assert starts[-1] + silence_frames(500, FMT) == total_frames
    info = probe(out)
    assert info["duration"] == pytest.approx(total_frames * 576 / 24000, abs=0.002)
    assert decode_errors(out) == ""
    frames = list(iter_frames(out.read_bytes()))
    assert frames[0].is_info and len(frames) == total_frames + 1


def test_loudness_normalized_segment_meets_target(tmp_path):
    clip = encode_speech(Speech(tone(6.0, amplitude=0.05), 24000), AUDIO)
    out = tmp_path / "l.mp3"
    assemble([Clip(read=lambda: clip.frames, frame_count=clip.frame_count)], out, fmt=FMT)
    integrated, peak = loudness(out)
    assert integrated == pytest.approx(-16.0, abs=0.6)
    assert peak <= -1.0


def test_limiter_keeps_true_peak_under_ceiling(tmp_path):
    loud = tone(4.0, amplitude=0.2)
    loud[24000:24100] = 0.99  # a click far above the speech level
    clip = encode_speech(Speech(loud, 24000), AUDIO)
    out = tmp_path / "p.mp3"
    assemble([Clip(read=lambda: clip.frames, frame_count=clip.frame_count)], out, fmt=FMT)
    integrated, peak = loudness(out)
    assert peak <= -1.0
    assert integrated == pytest.approx(-16.0, abs=1.0)


def test_resampling_other_engine_rates():
    speech = Speech(tone(1.0)[::2].copy(), 12000)  # half the rate, e.g. an espeak voice
    encoded = encode_speech(speech, AUDIO)
    assert encoded.seconds == pytest.approx(1.0 + 0.1, abs=0.12)
