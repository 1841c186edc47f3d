"""Podcasting 2.0 JSON chapters and the WebVTT chapters track."""

from __future__ import annotations

import html
import json
from dataclasses import replace
from pathlib import Path

from test_publish_sample import HOSTILE, sample_release
from test_publish_vtt import parse_vtt

from audiojiedu.model import Chapter
from audiojiedu.publish import write_chapters


def test_json_chapters_shape(tmp_path: Path) -> None:
    release = sample_release()
    json_path, vtt_path = write_chapters(release, tmp_path).values()
    assert json_path.name == f"{release.slug}.chapters.json"
    assert vtt_path.name == f"{release.slug}.chapters.vtt"
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["version"] == "1.2.0"
    chapters = data["chapters"]
    assert [c["title"] for c in chapters] == [c.title for c in release.chapters]
    starts = [c["startTime"] for c in chapters]
    assert starts == sorted(starts) and starts[0] == 0
    for chapter, following in zip(chapters, chapters[1:] + [None]):
        assert set(chapter) == {"startTime", "title", "endTime"}
        assert isinstance(chapter["startTime"], float) and isinstance(chapter["endTime"], float)
        assert chapter["endTime"] > chapter["startTime"]
        assert chapter["endTime"] == (following["startTime"] if following else release.duration_ms / 1000)


def test_chapters_are_sorted_even_when_the_release_is_not(tmp_path: Path) -> None:
    release = sample_release()
    release = replace(release, chapters=tuple(reversed(release.chapters)))
    json_path = write_chapters(release, tmp_path)["chapters_json"]
    starts = [c["startTime"] for c in json.loads(json_path.read_text(encoding="utf-8"))["chapters"]]
    assert starts == sorted(starts)


def test_vtt_chapters_track(tmp_path: Path) -> None:
    release = sample_release()
    vtt_path = write_chapters(release, tmp_path)["chapters_vtt"]
    cues = parse_vtt(vtt_path.read_text(encoding="utf-8"))
    assert [html.unescape(c[3][0]) for c in cues] == [c.title for c in release.chapters]
    previous_end = 0
    for _, start, end, _ in cues:
        assert previous_end <= start < end
        previous_end = end
    assert cues[-1][2] == release.duration_ms


def test_nested_chapters_are_flattened_without_overlap(tmp_path: Path) -> None:
    release = sample_release()
    parent = release.chapters[1]
    # A subsection inside chapter 1 whose parent still claims the whole span.
    child = Chapter("（一）组织保障情况", parent.start_ms + 3000, parent.end_ms, 2, "x")
    release = replace(release, chapters=(*release.chapters[:2], child, *release.chapters[2:]))
    json_path, vtt_path = write_chapters(release, tmp_path).values()
    chapters = json.loads(json_path.read_text(encoding="utf-8"))["chapters"]
    assert chapters[1]["endTime"] == chapters[2]["startTime"] == (parent.start_ms + 3000) / 1000
    parse_vtt(vtt_path.read_text(encoding="utf-8"))


def test_hostile_chapter_titles_are_escaped(tmp_path: Path) -> None:
    release = sample_release()
    release = replace(release, chapters=(replace(release.chapters[0], title=HOSTILE + "\n-->"), *release.chapters[1:]))
    json_path, vtt_path = write_chapters(release, tmp_path).values()
    assert json.loads(json_path.read_text(encoding="utf-8"))["chapters"][0]["title"] == HOSTILE + " -->"
    cues = parse_vtt(vtt_path.read_text(encoding="utf-8"))
    assert html.unescape(cues[0][3][0]) == HOSTILE + " -->"
    assert all(p.parent == tmp_path for p in (json_path, vtt_path))
