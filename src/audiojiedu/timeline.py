"""Where every segment and chapter sits in the release's audio: computed once, here.

The build places segments (exact MP3 frame counts, so timings are known before a byte is written)
and tiles the chapters over them; every writer (ID3, captions, chapters, player, feed) reads the
same spans through `chapter_spans`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .audio.assemble import Clip, Part, Silence, frame_ms, frame_offsets
from .audio.mp3 import FrameFormat
from .model import Chapter, Release, Segment, TimedSegment


@dataclass(frozen=True)
class Placed:
    """A release's segments and chapters on its audio clock, and the parts to assemble."""

    parts: tuple[Part, ...]
    segments: tuple[TimedSegment, ...]
    chapters: tuple[Chapter, ...]
    duration_ms: int


@dataclass(frozen=True)
class ChapterSpan:
    """A chapter as writers show it: numbered, titled, tiling the audio with its neighbours."""

    index: int
    title: str  # as written; writers clean it for their format
    depth: int
    start_ms: int
    end_ms: int
    segment_id: str


def place_segments(
    segments: Sequence[Segment],
    clips: Sequence[Clip],
    *,
    fmt: FrameFormat,
    engine: str,
    voices: Sequence[str],
    keys: Sequence[str],
) -> Placed:
    """Segment i is clips[i] then its pause; chapters start at their first segment (the first at
    0) and end where the next one starts, the last at the end of the audio."""
    parts: list[Part] = []
    for segment, clip in zip(segments, clips, strict=True):
        parts += [clip, Silence(segment.pause_after_ms)]
    starts = frame_offsets(parts, fmt)
    duration_ms = frame_ms(starts[-1], fmt)
    timed = tuple(
        TimedSegment(
            id=segment.id,
            section_path=segment.section_path,
            role=segment.role,
            written=segment.written,
            spoken=segment.spoken,
            start_ms=frame_ms(starts[2 * i], fmt),
            end_ms=frame_ms(starts[2 * i] + clips[i].frame_count, fmt),
            engine=engine,
            voice=voices[i],
            cache_key=keys[i],
            paragraph=segment.paragraph,
            shown=segment.shown,
        )
        for i, segment in enumerate(segments)
    )
    firsts = [i for i, s in enumerate(segments) if s.chapter_title is not None]
    chapters = tuple(
        Chapter(
            segments[i].chapter_title or "",
            timed[i].start_ms if n else 0,
            timed[firsts[n + 1]].start_ms if n + 1 < len(firsts) else duration_ms,
            segments[i].chapter_depth,
            segments[i].id,
        )
        for n, i in enumerate(firsts)
    )
    return Placed(tuple(parts), timed, chapters, duration_ms)


def chapter_spans(release: Release) -> tuple[ChapterSpan, ...]:
    """The release's chapters in time order, each ending where the next begins (a manifest edited
    by hand cannot make them overlap or run past the audio)."""
    ordered = sorted(release.chapters, key=lambda c: c.start_ms)  # stable: equal starts keep order
    end_of_audio = max([release.duration_ms] + [c.end_ms for c in ordered])
    spans: list[ChapterSpan] = []
    for index, chapter in enumerate(ordered):
        start = max(0, chapter.start_ms)
        end = ordered[index + 1].start_ms if index + 1 < len(ordered) else end_of_audio
        spans.append(ChapterSpan(index, chapter.title, chapter.depth, start, max(start, end), chapter.segment_id))
    return tuple(spans)
