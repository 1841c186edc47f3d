"""Chapters for apps and players: Podcasting 2.0 JSON chapters and a WebVTT chapters track.

Both are written as one flat timeline that tiles the audio (see audiojiedu.timeline): each chapter
runs until the next one starts (the last until the end). Players show a flat list anyway (no app was found that
shows nested tables), and a tiled timeline can never overlap, which WebVTT chapters forbid.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..fsutil import atomic_write
from ..model import Release
from ..timeline import ChapterSpan, chapter_spans
from .filenames import chapters_json_name, chapters_vtt_name
from .text import clean_text
from .vtt import escape_cue_text, format_timestamp

JSON_CHAPTERS_VERSION = "1.2.0"


def chapter_timeline(release: Release) -> tuple[ChapterSpan, ...]:
    """The release's chapter spans (computed in audiojiedu.timeline) with titles as shown:
    cleaned for publishing, or 第N章 when nothing is left."""
    return tuple(
        replace(span, title=clean_text(span.title) or f"第{span.index + 1}章") for span in chapter_spans(release)
    )


def render_chapters_json(release: Release, spans: Sequence[ChapterSpan] | None = None) -> str:
    chapters = [
        {"startTime": span.start_ms / 1000, "title": span.title, "endTime": span.end_ms / 1000}
        for span in (spans if spans is not None else chapter_timeline(release))
    ]
    document = {"version": JSON_CHAPTERS_VERSION, "title": clean_text(release.title), "chapters": chapters}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def render_chapters_vtt(release: Release, spans: Sequence[ChapterSpan] | None = None) -> str:
    blocks = ["WEBVTT"]
    for span in spans if spans is not None else chapter_timeline(release):
        if span.end_ms <= span.start_ms:
            continue  # an empty chapter (heading directly followed by a subheading) has no cue
        blocks.append(
            f"chapter-{span.index + 1}\n"
            f"{format_timestamp(span.start_ms)} --> {format_timestamp(span.end_ms)}\n"
            f"{escape_cue_text(span.title)}"
        )
    return "\n\n".join(blocks) + "\n"


def write_chapters(release: Release, out_dir: Path) -> dict[str, Path]:
    """Write `<slug>.chapters.json` (JSON chapters 1.2.0) and `<slug>.chapters.vtt`; returns their
    paths by role."""
    json_path = Path(out_dir) / chapters_json_name(release)
    vtt_path = Path(out_dir) / chapters_vtt_name(release)
    spans = chapter_timeline(release)
    atomic_write(json_path, render_chapters_json(release, spans))
    atomic_write(vtt_path, render_chapters_vtt(release, spans))
    return {"chapters_json": json_path, "chapters_vtt": vtt_path}
