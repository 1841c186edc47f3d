"""Document -> the ordered segments that will be spoken, with roles, pauses and chapter starts.

A segment is one sentence (long sentences are cut at commas), so captions are sentence-timed and
an edit to one paragraph changes only that paragraph's segments (the cache does the rest).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from . import textcut
from .config import Config
from .model import Document, Normalized, Rewrite, Role, Section, Segment

MAX_SEGMENT_CHARS = 90  # longer sentences are cut at clause punctuation
TARGET_PIECE_CHARS = 60
_SPEAKABLE = re.compile(r"[\w\u3400-\u9fff\U00020000-\U0003134f]")
_BRACKETS = str.maketrans("", "", "（）()〔〕[]【】")

Normalizer = Callable[[str], Normalized]
Respeller = Callable[[str], tuple[str, tuple[Rewrite, ...]]]


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, each cut further at clauses when longer than MAX_SEGMENT_CHARS."""
    out: list[str] = []
    for sentence in textcut.sentences(text):
        if len(sentence) <= MAX_SEGMENT_CHARS:
            out.append(sentence)
            continue
        units: list[textcut.Span] = []
        for start, end in textcut.cut_after(sentence, textcut.SEGMENT_CLAUSE_STOPS):
            while end - start > MAX_SEGMENT_CHARS:  # a clause with no punctuation at all
                units.append((start, start + TARGET_PIECE_CHARS))
                start += TARGET_PIECE_CHARS
            units.append((start, end))
        packed = textcut.pack(units, lambda start, end: end - start <= TARGET_PIECE_CHARS)
        out.extend(piece.strip() for piece in textcut.pieces(sentence, packed) if piece.strip())
    return out


def fill_template(line: str, values: Mapping[str, str]) -> str | None:
    """The announcement line with placeholders filled, or None if one has no value."""
    names = re.findall(r"{(\w+)}", line)
    if any(not values.get(name) for name in names):
        return None
    return line.format(**{name: values[name] for name in names})


def plan_segments(
    doc: Document,
    config: Config,
    *,
    normalize: Normalizer,
    respell: Respeller | None = None,
) -> list[Segment]:
    """The whole release as segments, in speaking order."""
    pauses = config.pauses
    values = {
        "title": doc.title,
        "publisher": doc.metadata.get("发布机构", ""),
        "date": doc.metadata.get("公开日期") or doc.metadata.get("成文日期", ""),
    }
    builder = _Builder(normalize, respell)
    title = doc.title or "无标题文档"
    builder.add("t000", (), "title", title, pauses.after_title, chapter=(title, 0))
    for i, line in enumerate(config.opening, 1):
        text = fill_template(line, values)
        if text:
            builder.add(f"a-open-{i:02d}", (), "announcement", text, pauses.paragraph)
    builder.paragraphs("s00", (), doc.preface, pauses.sentence, pauses.paragraph)
    for index, section in enumerate(doc.sections, 1):
        builder.section(section, f"s{index:02d}", (), 1, config)
    for i, line in enumerate(config.closing, 1):
        text = fill_template(line, values)
        if text:
            builder.add(f"a-close-{i:02d}", (), "announcement", text, pauses.paragraph, before=pauses.before_heading)
    segments = builder.segments
    if segments:
        segments[-1] = replace(segments[-1], pause_after_ms=pauses.end)
    return segments


class _Builder:
    def __init__(self, normalize: Normalizer, respell: Respeller | None) -> None:
        self.normalize = normalize
        self.respell = respell
        self.segments: list[Segment] = []

    def add(
        self,
        seg_id: str,
        path: tuple[str, ...],
        role: Role,
        written: str,
        pause: int,
        *,
        spoken_source: str | None = None,
        chapter: tuple[str, int] | None = None,
        before: int = 0,
        paragraph: int = 0,
    ) -> None:
        result = self.normalize(spoken_source if spoken_source is not None else written)
        spoken, rewrites = result.spoken, result.rewrites
        if self.respell is not None:
            spoken, extra = self.respell(spoken)
            rewrites = rewrites + extra
        if not _SPEAKABLE.search(spoken):
            return  # punctuation only: nothing to say
        if before and self.segments:
            last = self.segments[-1]
            self.segments[-1] = replace(last, pause_after_ms=max(last.pause_after_ms, before))
        self.segments.append(
            Segment(
                id=seg_id,
                section_path=path,
                role=role,
                written=written,
                spoken=spoken.strip(),
                pause_after_ms=pause,
                chapter_title=chapter[0] if chapter else None,
                chapter_depth=chapter[1] if chapter else 0,
                rewrites=rewrites if spoken_source is None else (),
                unknown=result.unknown,
                paragraph=paragraph,
            )
        )

    def paragraphs(
        self, prefix: str, path: tuple[str, ...], paragraphs: tuple[str, ...], sentence: int, paragraph: int
    ) -> None:
        for p, text in enumerate(paragraphs, 1):
            sentences = split_sentences(text)
            for s, sentence_text in enumerate(sentences, 1):
                pause = paragraph if s == len(sentences) else sentence
                self.add(f"{prefix}-p{p:03d}-{s:02d}", path, "body", sentence_text, pause, paragraph=p)

    def section(self, section: Section, prefix: str, parent: tuple[str, ...], depth: int, config: Config) -> None:
        pauses = config.pauses
        path = parent + (section.heading,)
        number = section.number.translate(_BRACKETS)
        spoken = f"{number}、{section.title}" if number and section.title else section.heading
        self.add(
            f"{prefix}-h",
            path,
            "heading",
            section.heading,
            pauses.after_heading,
            spoken_source=spoken,
            chapter=(section.heading, depth),
            before=pauses.before_heading,
        )
        self.paragraphs(prefix, path, section.paragraphs, pauses.sentence, pauses.paragraph)
        for index, child in enumerate(section.sections, 1):
            self.section(child, f"{prefix}-{index:02d}", path, depth + 1, config)
