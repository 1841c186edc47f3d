"""Speech -> loudness-normalized MP3 frames in the release format: the one and only encode."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..config import AudioConfig
from ..model import Speech
from . import loudness
from .mp3 import Frame, FrameFormat, iter_frames, release_format


@dataclass(frozen=True)
class EncodedSegment:
    frames: bytes  # MP3 frames only: no ID3, no Info/Xing frame
    frame_count: int
    fmt: FrameFormat
    seconds: float  # audio seconds the frames play


def resample(samples: np.ndarray, rate: int, target: int) -> np.ndarray:
    if rate == target:
        return samples
    from math import gcd

    from scipy import signal

    g = gcd(rate, target)
    resampled: np.ndarray = signal.resample_poly(samples, target // g, rate // g).astype(np.float32)
    return resampled


def encode_speech(speech: Speech, audio: AudioConfig) -> EncodedSegment:
    samples = resample(np.asarray(speech.samples, dtype=np.float32).reshape(-1), speech.sample_rate, audio.sample_rate)
    samples = loudness.normalize(
        samples, audio.sample_rate, target_lufs=audio.loudness_lufs, ceiling_dbtp=audio.true_peak_dbtp
    )
    return encode_pcm(samples, audio)


def encode_pcm(samples: np.ndarray, audio: AudioConfig) -> EncodedSegment:
    import lameenc

    if samples.size < audio.sample_rate // 10:  # nothing (or almost nothing) said: 0.1 s of silence
        samples = np.concatenate((samples, np.zeros(audio.sample_rate // 10 - samples.size, np.float32)))
    pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2")
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(audio.bitrate_kbps)
    encoder.set_in_sample_rate(audio.sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(2)  # 2 = high quality; the encode happens once per segment
    data = bytes(encoder.encode(pcm.tobytes()) + encoder.flush())
    return strip_to_frames(data, release_format(bitrate_kbps=audio.bitrate_kbps, sample_rate=audio.sample_rate))


def strip_to_frames(data: bytes, fmt: FrameFormat) -> EncodedSegment:
    """Keep only audio frames; check they are all in the release format."""
    kept: list[Frame] = []
    for frame in iter_frames(data):
        if frame.is_info:
            continue
        if frame.fmt.sample_rate != fmt.sample_rate or frame.fmt.bitrate_kbps != fmt.bitrate_kbps or not frame.fmt.mono:
            raise ValueError(f"encoder produced a frame in another format: {frame.fmt}")
        kept.append(frame)
    frames = b"".join(data[f.offset : f.offset + f.size] for f in kept)
    seconds = len(kept) * fmt.samples_per_frame / fmt.sample_rate
    return EncodedSegment(frames=frames, frame_count=len(kept), fmt=fmt, seconds=seconds)
