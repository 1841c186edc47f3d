"""Assemble a release by concatenating MP3 frames from the segment cache.

Memory stays bounded by one segment: frames are streamed from each cache entry to the output.
The output is the ID3 tag, an Info frame holding the exact frame and byte counts (filled in
last), then the frames; it is renamed into place only when complete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..fsutil import atomic_path
from .mp3 import FrameFormat, info_frame, silence_frame


@dataclass(frozen=True)
class Clip:
    """Audio frames of one segment, read lazily from the cache."""

    read: Callable[[], bytes]
    frame_count: int


@dataclass(frozen=True)
class Silence:
    ms: int


Part = Clip | Silence


def silence_frames(ms: int, fmt: FrameFormat) -> int:
    return max(0, round(ms * fmt.sample_rate / (1000 * fmt.samples_per_frame)))


def part_frames(part: Part, fmt: FrameFormat) -> int:
    return part.frame_count if isinstance(part, Clip) else silence_frames(part.ms, fmt)


def frame_offsets(parts: Sequence[Part], fmt: FrameFormat) -> list[int]:
    """Where each part starts, in frames, followed by the total: exact timings before writing."""
    offsets = [0]
    for part in parts:
        offsets.append(offsets[-1] + part_frames(part, fmt))
    return offsets


def assemble(
    parts: Iterable[Part],
    out_path: Path,
    *,
    fmt: FrameFormat,
    tag: bytes = b"",
) -> list[int]:
    """Write `tag` (ID3) and the parts to out_path atomically; return each part's start, in frames."""
    silent = silence_frame(fmt)
    starts: list[int] = []
    frames = 0
    with atomic_path(Path(out_path)) as tmp, open(tmp, "wb") as handle:
        handle.write(tag)
        info_at = handle.tell()
        handle.write(bytes(len(silent)))  # room for the Info frame, written last
        for part in parts:
            starts.append(frames)
            count = part_frames(part, fmt)
            handle.write(silent * count if isinstance(part, Silence) else part.read())
            frames += count
        total = handle.tell() - info_at
        handle.seek(info_at)
        handle.write(info_frame(fmt, frames=frames, total_bytes=total))
    return starts


def frame_ms(frames: int, fmt: FrameFormat) -> int:
    return round(frames * fmt.samples_per_frame * 1000 / fmt.sample_rate)
