"""Frozen value classes that flow between the pipeline stages.

ingest -> RawDocument -> outline -> Document -> script -> Segment -> engines -> Speech
-> audio -> Release -> publish
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # numpy costs 0.1 s at import; the text commands never need it
    import numpy as np

ParagraphKind = Literal["text", "table"]
Role = Literal["title", "heading", "body", "announcement"]


@dataclass(frozen=True)
class ShownTable:
    """A table shown in full in the transcript and the player but never spoken: a long table,
    whose spoken summary (title, size, columns, totals) is the paragraph just before it.

    `rows` are the cells as written (a merged cell is ""), every row as wide as the widest;
    the first `header_rows` rows are the header; `caption` is the title the document gives
    the table ("" when it gives none).
    """

    rows: tuple[tuple[str, ...], ...]
    header_rows: int = 0
    caption: str = ""


# A paragraph of a Document: text to speak, or a table only shown (written-only, no audio).
Block = str | ShownTable


@dataclass(frozen=True)
class Paragraph:
    """One block of body text as the reader found it, before outlining."""

    text: str
    # Heading level the source format itself declares (DOCX heading style, HTML <h2>), 1 = top.
    # None when the format says nothing; the outline then relies on numbering alone.
    heading_level: int | None = None
    kind: ParagraphKind = "text"
    # A long table's summary (kind "table") carries the table it sums up, shown after it.
    shown: ShownTable | None = None


@dataclass(frozen=True)
class Finding:
    """Something a listener may stumble on, for staff to look at (review.html, `check`)."""

    kind: str  # short code, e.g. "heading-guessed", "chrome-kept", "hard-wrap",
    # "numbering-jump", "heading-untitled", "long-chapter", "latin", "unspeakable", "digit-run", "lexicon", "too-long"
    message: str  # one line for staff, in Chinese
    text: str = ""  # the written text it concerns, verbatim (to locate it in script and audio)


@dataclass(frozen=True)
class RawDocument:
    """What a reader extracts from a file: title, page metadata, paragraphs in order."""

    title: str
    metadata: Mapping[str, str]
    paragraphs: tuple[Paragraph, ...]
    source: str = ""
    warnings: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Section:
    """A heading and what stands under it."""

    number: str  # the heading's own numeral as written: 一, （一）, 1, （1）; "" if unnumbered
    title: str  # the heading without its number, e.g. 组织保障情况
    heading: str  # the heading as written, e.g. （一）组织保障情况
    paragraphs: tuple[Block, ...] = ()  # body text (and shown tables) before the first subsection
    sections: tuple[Section, ...] = ()


@dataclass(frozen=True)
class Document:
    """The outlined document."""

    title: str
    metadata: Mapping[str, str]
    preface: tuple[Block, ...]  # text (and shown tables) before the first heading (the introduction)
    sections: tuple[Section, ...]
    source: str = ""
    warnings: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    # Set when the document was read from a release script (`*.script.md`): its paragraph
    # and heading strings are then in the script's inline notation (see release_script).
    script: ScriptOrigin | None = None


@dataclass(frozen=True)
class ScriptOrigin:
    """Where a Document read from a release script came from, and how it was edited."""

    path: str
    digest: str  # sha256 of the script file's text
    automatic_digest: str  # sha256 of the automatic rendering it was written as ("" if unknown)
    edited_lines: tuple[tuple[int, str], ...] = ()  # (line, text): lines that differ from the automatic rendering
    deleted_lines: int = 0  # lines of the automatic rendering no longer in the script
    opening: tuple[str, ...] | None = None  # announcement templates; None: those of voices.yaml
    closing: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Rewrite:
    """One normalization rewrite: written[start:end] is read as `spoken`."""

    start: int
    end: int
    written: str
    spoken: str
    rule: str


@dataclass(frozen=True)
class Normalized:
    written: str
    spoken: str
    rewrites: tuple[Rewrite, ...] = ()
    unknown: tuple[str, ...] = ()  # symbols the normalizer could not read (reported, kept)


@dataclass(frozen=True)
class Segment:
    """One unit of synthesis: a sentence (or a heading) with its role and following pause."""

    id: str  # stable id from the section path, e.g. s02-01-p003-02
    section_path: tuple[str, ...]  # headings as written, outermost first
    role: Role
    written: str
    spoken: str
    pause_after_ms: int
    chapter_title: str | None = None  # set on the first segment of a chapter
    chapter_depth: int = 0
    rewrites: tuple[Rewrite, ...] = ()
    unknown: tuple[str, ...] = ()
    # Which paragraph of its section a body sentence belongs to, from 1; 0 for titles, headings
    # and announcements. Sentences of one paragraph share it (the transcript groups by it).
    paragraph: int = 0
    # Tables shown (not spoken) right after this segment: never synthesized, no time, no
    # captions, not part of the cache key.
    shown: tuple[ShownTable, ...] = ()


@dataclass(frozen=True)
class Prosody:
    """Voice and prosody for one role. voices.yaml writes them edge-tts style ("+10%", "-2Hz");
    config.py parses them once into these numbers, and engines only convert numbers."""

    voice: str
    rate: int = 0  # percent faster (+) or slower (-) than the voice's own pace
    pitch: int = 0  # Hz above (+) or below (-) the voice's own pitch
    volume: int = 0  # percent louder (+) or softer (-)

    @property
    def rate_factor(self) -> float:
        """How many times faster than normal: +20% -> 1.2."""
        return 1.0 + self.rate / 100.0

    # The written forms, as edge-tts takes them and voices.yaml writes them.
    @property
    def rate_text(self) -> str:
        return f"{self.rate:+d}%"

    @property
    def pitch_text(self) -> str:
        return f"{self.pitch:+d}Hz"

    @property
    def volume_text(self) -> str:
        return f"{self.volume:+d}%"


@dataclass(frozen=True)
class Mark:
    """A timed boundary inside one utterance (seconds from its start)."""

    start: float
    end: float
    text: str


@dataclass(frozen=True, eq=False)
class Speech:
    """What an engine returns: mono float32 samples in [-1, 1]."""

    samples: np.ndarray
    sample_rate: int
    marks: tuple[Mark, ...] = ()
    # Characters of the text the voice could not speak and left out (e.g. rare CJK
    # extensions), in text order: reported in the review, never dropped silently.
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimedSegment:
    id: str
    section_path: tuple[str, ...]
    role: Role
    written: str
    spoken: str
    start_ms: int
    end_ms: int
    engine: str
    voice: str
    cache_key: str
    paragraph: int = 0  # as on Segment
    shown: tuple[ShownTable, ...] = ()  # as on Segment


@dataclass(frozen=True)
class Chapter:
    title: str
    start_ms: int
    end_ms: int
    depth: int  # 0 for the opening chapter, 1 for top-level sections, ...
    segment_id: str


@dataclass(frozen=True)
class Release:
    """A finished release as recorded in manifest.json."""

    slug: str
    title: str
    metadata: Mapping[str, str]
    duration_ms: int
    engine: str
    segments: tuple[TimedSegment, ...]
    chapters: tuple[Chapter, ...]
    files: Mapping[str, str] = field(default_factory=dict)  # role -> file name in the release dir
