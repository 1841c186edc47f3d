"""The transcript as structure (chapters, headings, paragraphs of timed sentences) and as text.

The player renders this structure as HTML; `write_transcript` writes it as a plain-text file
that anyone can download and read without the player.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..fsutil import atomic_write
from ..model import Release, ShownTable, TimedSegment
from ..timeline import ChapterSpan
from .chapters import chapter_timeline
from .filenames import transcript_name
from .shown import table_lines
from .text import clean_text


@dataclass(frozen=True)
class TranscriptSection:
    chapter: ChapterSpan | None  # None for text spoken before the first chapter
    heading_cue: int | None  # index of the segment that speaks the heading, if any
    paragraphs: tuple[tuple[int, ...], ...]  # segment indices, grouped into paragraphs


@dataclass(frozen=True)
class Transcript:
    segments: tuple[TimedSegment, ...]  # in time order; cue i is segments[i]
    sections: tuple[TranscriptSection, ...]

    def text(self, index: int) -> str:
        return clean_text(self.segments[index].written)

    def shown(self, indices: Sequence[int]) -> tuple[ShownTable, ...]:
        """The tables shown (not spoken) after these segments, in order."""
        return tuple(table for i in indices for table in self.segments[i].shown)


def _paragraph_key(segment: TimedSegment) -> tuple[object, ...]:
    if segment.role == "body" and segment.paragraph:
        return ("p", segment.paragraph, *segment.section_path)
    return ("s", segment.role, *segment.section_path)


def _group_paragraphs(segments: tuple[TimedSegment, ...], indices: list[int]) -> tuple[tuple[int, ...], ...]:
    paragraphs: list[list[int]] = []
    previous_key: tuple[object, ...] | None = None
    for index in indices:
        key = _paragraph_key(segments[index])
        if paragraphs and key == previous_key and segments[index].role != "announcement":
            paragraphs[-1].append(index)
        else:
            paragraphs.append([index])
        previous_key = key
    return tuple(tuple(p) for p in paragraphs)


def build_transcript(release: Release, spans: Sequence[ChapterSpan] | None = None) -> Transcript:
    segments = tuple(s for s in sorted(release.segments, key=lambda s: (s.start_ms, s.end_ms)) if clean_text(s.written))
    position = {segment.id: index for index, segment in enumerate(segments)}
    spans = spans if spans is not None else chapter_timeline(release)
    # Where each chapter begins in the segment list: its first segment, or by time.
    starts: list[int] = []
    for span in spans:
        first = position.get(span.segment_id)
        if first is None:
            first = next((i for i, s in enumerate(segments) if s.start_ms >= span.start_ms), len(segments))
        starts.append(max([first] + starts[-1:]))
    sections: list[TranscriptSection] = []
    lead = list(range(starts[0] if starts else len(segments)))
    if lead:
        sections.append(TranscriptSection(None, None, _group_paragraphs(segments, lead)))
    for number, span in enumerate(spans):
        end = starts[number + 1] if number + 1 < len(spans) else len(segments)
        indices = list(range(starts[number], end))
        heading_cue = None
        if indices and segments[indices[0]].role in ("heading", "title"):
            heading_cue = indices.pop(0)
        sections.append(TranscriptSection(span, heading_cue, _group_paragraphs(segments, indices)))
    return Transcript(segments, tuple(sections))


def render_transcript_text(release: Release, transcript: Transcript | None = None) -> str:
    transcript = transcript or build_transcript(release)
    lines = [clean_text(release.title), ""]
    for section in transcript.sections:
        if section.chapter is not None:
            heading = transcript.text(section.heading_cue) if section.heading_cue is not None else section.chapter.title
            lines += [heading, ""]
            for table in transcript.shown([section.heading_cue] if section.heading_cue is not None else []):
                lines += [*table_lines(table), ""]
        for paragraph in section.paragraphs:
            lines += ["".join(transcript.text(i) for i in paragraph), ""]
            for table in transcript.shown(paragraph):
                lines += [*table_lines(table), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def write_transcript(release: Release, out_dir: Path, transcript: Transcript | None = None) -> dict[str, Path]:
    """Write `<slug>.txt`: title, chapter headings and paragraphs as plain UTF-8 text, each shown
    table after the paragraph that announces it, one row a line. Returns
    {"transcript": path}."""
    path = Path(out_dir) / transcript_name(release)
    # A byte-order mark: browsers opening a .txt served without a charset, and older Windows
    # editors, then read it as UTF-8 rather than guessing a legacy Chinese code page.
    atomic_write(path, "\ufeff" + render_transcript_text(release, transcript))
    return {"transcript": path}
