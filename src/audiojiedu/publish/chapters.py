"""Chapters for apps and players: Podcasting 2.0 JSON chapters and a WebVTT chapters track.

Both are written as one flat timeline that tiles the audio: each chapter runs until the next
one starts (the last until the end). Players show a flat list anyway (no app was found that
shows nested tables), and a tiled timeline can never overlap, which WebVTT chapters forbid.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..fsutil import atomic_write
from ..model import Release
from .filenames import chapters_json_name, chapters_vtt_name
from .text import clean_text
from .vtt import escape_cue_text, format_timestamp

JSON_CHAPTERS_VERSION = "1.2.0"


@dataclass(frozen=True)
class ChapterSpan:
    index: int
    title: str
    depth: int
    start_ms: int
    end_ms: int
    segment_id: str


def chapter_timeline(release: Release) -> list[ChapterSpan]:
    """The release's chapters in time order, each ending where the next begins."""
    ordered = sorted(release.chapters, key=lambda c: c.start_ms)  # stable: equal starts keep order
    end_of_audio = max([release.duration_ms] + [c.end_ms for c in ordered])
    spans: list[ChapterSpan] = []
    for index, chapter in enumerate(ordered):
        start = max(0, chapter.start_ms)
        end = ordered[index + 1].start_ms if index + 1 < len(ordered) else end_of_audio
        title = clean_text(chapter.title) or f"第{index + 1}章"
        spans.append(ChapterSpan(index, title, chapter.depth, start, max(start, end), chapter.segment_id))
    return spans


def render_chapters_json(release: Release) -> str:
    chapters = [
        {"startTime": span.start_ms / 1000, "title": span.title, "endTime": span.end_ms / 1000}
        for span in chapter_timeline(release)
    ]
    document = {"version": JSON_CHAPTERS_VERSION, "title": clean_text(release.title), "chapters": chapters}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def render_chapters_vtt(release: Release) -> str:
    blocks = ["WEBVTT"]
    for span in chapter_timeline(release):
        if span.end_ms <= span.start_ms:
            continue  # an empty chapter (heading directly followed by a subheading) has no cue
        blocks.append(
            f"chapter-{span.index + 1}\n"
            f"{format_timestamp(span.start_ms)} --> {format_timestamp(span.end_ms)}\n"
            f"{escape_cue_text(span.title)}"
        )
    return "\n\n".join(blocks) + "\n"


def write_chapters(release: Release, out_dir: Path) -> list[Path]:
    """Write `<slug>.chapters.json` (JSON chapters 1.2.0) and `<slug>.chapters.vtt`."""
    json_path = Path(out_dir) / chapters_json_name(release)
    vtt_path = Path(out_dir) / chapters_vtt_name(release)
    atomic_write(json_path, render_chapters_json(release))
    atomic_write(vtt_path, render_chapters_vtt(release))
    return [json_path, vtt_path]
