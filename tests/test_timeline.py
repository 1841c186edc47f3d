"""The timeline: segments placed on exact frame counts, chapters tiled over them, computed once."""

from __future__ import annotations

from audiojiedu.audio.assemble import Clip
from audiojiedu.audio.mp3 import release_format
from audiojiedu.model import Release, Segment
from audiojiedu.timeline import chapter_spans, place_segments

FMT = release_format(bitrate_kbps=64, sample_rate=24000)  # 24 ms frames


def _segment(i: int, chapter: str | None = None, pause: int = 0) -> Segment:
    return Segment(id=f"s{i}", section_path=(), role="body", written=f"句{i}。", spoken=f"句{i}。",
                   pause_after_ms=pause, chapter_title=chapter, chapter_depth=1 if chapter else 0, paragraph=1)


def test_segments_and_chapters_tile_the_audio() -> None:
    segments = [_segment(0, "开篇", 240), _segment(1, None, 0), _segment(2, "一、总体", 480), _segment(3)]
    clips = [Clip(read=lambda: b"", frame_count=n) for n in (10, 20, 5, 1)]
    placed = place_segments(segments, clips, fmt=FMT, engine="fake", voices=["v"] * 4, keys=list("abcd"))
    starts = [(s.start_ms, s.end_ms) for s in placed.segments]
    assert starts == [(0, 240), (480, 960), (960, 1080), (1560, 1584)]
    assert placed.duration_ms == 1584
    assert [(c.title, c.start_ms, c.end_ms) for c in placed.chapters] == [("开篇", 0, 960), ("一、总体", 960, 1584)]
    assert [s.paragraph for s in placed.segments] == [1, 1, 1, 1] and placed.segments[2].cache_key == "c"
    release = Release(slug="x", title="x", metadata={}, duration_ms=placed.duration_ms, engine="fake",
                      segments=placed.segments, chapters=placed.chapters)
    spans = chapter_spans(release)
    assert [(s.index, s.start_ms, s.end_ms, s.segment_id) for s in spans] == [(0, 0, 960, "s0"), (1, 960, 1584, "s2")]
