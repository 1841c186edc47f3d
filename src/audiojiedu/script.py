"""Document -> the ordered segments that will be spoken, with roles, pauses and chapter starts.

A segment is one sentence (long sentences are cut at commas), so captions are sentence-timed and
an edit to one paragraph changes only that paragraph's segments (the cache does the rest).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from itertools import pairwise
from typing import Any

from . import textcut
from .config import Config
from .model import Block, Document, Normalized, Rewrite, Role, Section, Segment, ShownTable

MAX_SEGMENT_CHARS = 90  # longer sentences are cut at clause punctuation
TARGET_PIECE_CHARS = 60
_OPENERS = "“‘「『（(《〈【[〔"
# A short bracketed aside (（穗府办〔2023〕5号）, （以下简称“办法”）) is heard as one: never cut inside.
_SHORT_BRACKET = re.compile(r"[（(][^（）()]{1,24}[）)]")
# A space between a number and its unit or date word, or between 年/月 and the next number
# (2026 年 2 月 25 日, 3 万元): a copy's spacing inside one expression.
_HELD_SPACE = re.compile(r"(?<=\d)[ \u3000]+(?=[年月日号时分秒万亿元个%])|(?<=[年月])[ \u3000]+(?=\d)")
# Roman numerals (Ⅰ级, Ⅳ类) are a number's digits where segments are cut.
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_CJK = re.compile(r"[\u3400-\u9fff]")
_SPEAKABLE = re.compile(r"[\w\u3400-\u9fff\U00020000-\U0003134f]")

Normalizer = Callable[[str], Normalized]
Respeller = Callable[[str], tuple[str, tuple[Rewrite, ...]]]


def _clauses(sentence: str) -> list[textcut.Span]:
    """Clauses to pack, but a comma or colon between two digits (14,348,853.34; 8:30) belongs
    to its number: a cut there would make the listener hear two numbers that are not written;
    and one inside a cited title belongs to the title (《关于…〈…，…〉的通知》 is one name)."""
    spans: list[textcut.Span] = []
    clauses = textcut.cut_after(sentence, textcut.SEGMENT_CLAUSE_STOPS)
    for start, end in textcut.whole_titles(sentence, clauses, lambda a, b: b - a <= MAX_SEGMENT_CHARS):
        joined = (
            spans and sentence[spans[-1][1] - 1] in ",:" and sentence[spans[-1][1] - 2 : spans[-1][1] - 1].isdigit()
        )
        if joined and sentence[start : start + 1].isdigit():
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _long_clause(sentence: str, start: int, end: int) -> list[textcut.Span]:
    """A clause longer than MAX_SEGMENT_CHARS cut into pieces of about TARGET_PIECE_CHARS, first
    after an enumeration comma or a space, else between words (never inside a word, a cited title's
    word, a number or a short bracketed aside: the listener would hear a pause inside it or two
    numbers)."""
    clause = sentence[start:end]
    held = {i for m in _SHORT_BRACKET.finditer(clause) for i in range(m.start(), m.end() - 1)}
    word_ends = {
        i
        for i in textcut.jieba_word_ends(clause)
        if not (i + 1 < len(clause) and (_inside_number(clause, i) or _inside_mark(clause, i) or i in held))
    }
    # A space inside a short bracketed aside or a spaced date ((2026 年 2 月 25 日)) is no place
    # for a break either: masked so that the cutter does not take it for one.
    masked = _HELD_SPACE.sub(lambda m: "\u00a0" * len(m.group()), clause)
    masked = _SHORT_BRACKET.sub(lambda m: m.group().replace(" ", "\u00a0").replace("\u3000", "\u00a0"), masked)
    spans = textcut.cut_spans(
        masked,
        limit=TARGET_PIECE_CHARS,
        word_ends=word_ends,
        sentence_stops=textcut.SENTENCE_STOPS,
        clause_stops="、 \u3000",
    )
    return [(start + a, start + b) for a, b in spans]


def _inside_mark(text: str, i: int) -> bool:
    """Whether a cut after text[i] would part a bracket or quote from what it encloses, or a
    number from the word before it (文件77132470) or after it (Ⅳ级, 3个, 2023年): each segment
    is read on its own, the word is what tells the normalizer how to read the number, and a
    pause between them is heard inside one word (四 ‖ 级)."""
    before, after = text[i], text[i + 1]
    return (
        after in textcut.CLOSERS
        or before in _OPENERS
        or _is_digit(after)
        or (_is_digit(before) and _CJK.match(after) is not None)
    )


def _inside_number(text: str, i: int) -> bool:
    """Whether a cut after text[i] would fall inside a number (14,348,853.34; 2,000)."""
    before, after = text[i], text[i + 1]
    if _is_digit(before) and _is_digit(after):
        return True
    return (before in ",.，" and i > 0 and text[i - 1].isdigit() and after.isdigit()) or (
        after in ",.，" and before.isdigit() and i + 2 < len(text) and text[i + 2].isdigit()
    )


def _is_digit(char: str) -> bool:
    return char.isdigit() or char in _ROMAN


# An item's number and its enumeration comma inside a paragraph (…项目名称：某某2、计划编号：…),
# not after a figure or a decimal point and not before one (第1、2条, 3、4月份 are no items).
_GLUED_ITEM = re.compile(r"(?<![\d.．])(?P<number>[1-9]\d?)、(?=[^\d\s])")
_MIN_ITEM_RUN = 3  # items numbered 1、2、3、 in order at least make a list run into one paragraph


def item_starts(text: str) -> list[int]:
    """Where the items of a numbered list run into one paragraph start (a flattened page:
    一、基本信息1、项目名称：某某2、预算：100万元3、编号：2025-154、采购方式：磋商).

    Items numbered 1、2、3、… in order, at least `_MIN_ITEM_RUN` of them. Once the run is under way,
    the next number may be glued to the figure that ends the item before it (编号：2025-154、,
    14:304、): the run tells it is the next item's number, so the figure is read without it, never
    as one number 一五四 the page did not write."""
    starts: list[int] = []
    run: list[int] = []
    position = 0
    while position < len(text):
        expected = len(run) + 1
        clean = _GLUED_ITEM.search(text, position)
        glued = None
        if len(run) >= _MIN_ITEM_RUN - 1:
            end = clean.start() if clean is not None and int(clean.group("number")) == expected else len(text)
            glued = re.compile(rf"(?<=\d){expected}、(?=[^\d\s])").search(text, position, end + len(str(expected)) + 1)
        if glued is not None and glued.start() < (clean.start() if clean is not None else len(text)):
            run.append(glued.start())
            position = glued.end()
            continue
        if clean is None:
            break
        number = int(clean.group("number"))
        if number == expected:
            run.append(clean.start())
        elif number == 1:  # a new list begins
            if len(run) >= _MIN_ITEM_RUN:
                starts.extend(run)
            run = [clean.start()]
        position = clean.end()
    if len(run) >= _MIN_ITEM_RUN:
        starts.extend(run)
    return [start for start in starts if start > 0]


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, each cut further at clauses when longer than MAX_SEGMENT_CHARS;
    items of a numbered list run into the paragraph start sentences of their own (`item_starts`)."""
    cuts = [0, *item_starts(text), len(text)]
    return [sentence for start, end in pairwise(cuts) for sentence in _split_sentences(text[start:end])]


def _split_sentences(text: str) -> list[str]:
    out: list[str] = []
    for sentence in textcut.sentences(text):
        if len(sentence) <= MAX_SEGMENT_CHARS:
            out.append(sentence)
            continue
        units: list[textcut.Span] = []
        for start, end in _clauses(sentence):
            if end - start > MAX_SEGMENT_CHARS:  # a clause without a comma: cut between words
                units.extend(_long_clause(sentence, start, end))
            else:
                units.append((start, end))
        packed = textcut.pack(units, lambda start, end: end - start <= TARGET_PIECE_CHARS)
        out.extend(piece.strip() for piece in textcut.pieces(sentence, packed) if piece.strip())
    return out


def plan(doc: Document, config: Config, *, engine_name: str, lexicon: Any = None) -> list[Segment]:
    """The segments of a document as this engine will speak them (the `script` command)."""
    from .engines import capabilities
    from .normalize import normalize_text

    # Engines without phoneme control get the lexicon as a text rewrite; one that takes pinyin
    # applies it as a pinyin override instead (see engines/offline.py).
    takes_pinyin = capabilities(engine_name).takes_pinyin
    respell = lexicon.respell if lexicon is not None and not takes_pinyin else None
    return plan_segments(doc, config, normalize=normalize_text, respell=respell, takes_pinyin=takes_pinyin)


def fill_template(line: str, values: Mapping[str, str]) -> str | None:
    """The announcement line with placeholders filled, or None if one has no value."""
    names = re.findall(r"{(\w+)}", line)
    if any(not values.get(name) for name in names):
        return None
    return line.format(**{name: values[name] for name in names})


_NUMBER_LOOK = 5  # the first blocks of text where a document's number printed under its title stands


def _unsaid_number(doc: Document) -> str:
    """The document's number (发文字号) for the opening, unless its text says it at its head (a
    decision's own title and number printed again under the page's headline): said once."""
    number = doc.metadata.get("发文字号") or doc.metadata.get("文号", "")
    head: list[str] = [block for block in doc.preface if isinstance(block, str)][:_NUMBER_LOOK]
    if len(head) < _NUMBER_LOOK and doc.sections:
        head += [doc.sections[0].heading, *(block for block in doc.sections[0].paragraphs if isinstance(block, str))][: _NUMBER_LOOK - len(head)]
    squashed = "".join(number.split())
    return "" if squashed and any(squashed in "".join(text.split()) for text in head) else number


def plan_segments(
    doc: Document,
    config: Config,
    *,
    normalize: Normalizer,
    respell: Respeller | None = None,
    takes_pinyin: bool = False,
) -> list[Segment]:
    """The whole release as segments, in speaking order.

    A document read from a release script (`doc.script`) holds its text in the script's
    inline notation; its reading overrides are applied here. `takes_pinyin`: the engine reads
    `{字|zi4}` marks in its text (the offline voice); others get a homophone spelling.
    """
    pauses = config.pauses
    values = {
        "title": doc.title,
        "publisher": doc.metadata.get("发布机构", ""),
        "date": doc.metadata.get("公开日期") or doc.metadata.get("成文日期", ""),
        "number": _unsaid_number(doc),
    }
    builder = _Builder(normalize, respell) if doc.script is None else _ScriptBuilder(normalize, respell, takes_pinyin)
    title = doc.title or "无标题文档"
    builder.add("t000", (), "title", builder.escape(title), pauses.after_title, chapter=(title, 0))
    opening = config.opening if doc.script is None or doc.script.opening is None else doc.script.opening
    closing = config.closing if doc.script is None or doc.script.closing is None else doc.script.closing
    for i, line in enumerate(opening, 1):
        text = fill_template(line, values)
        if text:
            builder.add(f"a-open-{i:02d}", (), "announcement", builder.escape(text), pauses.paragraph)
    builder.paragraphs("s00", (), doc.preface, pauses.sentence, pauses.paragraph)
    for index, section in enumerate(doc.sections, 1):
        builder.section(section, f"s{index:02d}", (), 1, config)
    for i, line in enumerate(closing, 1):
        text = fill_template(line, values)
        if text:
            builder.add(
                f"a-close-{i:02d}",
                (),
                "announcement",
                builder.escape(text),
                pauses.paragraph,
                before=pauses.before_heading,
            )
    segments = builder.segments
    if segments:
        segments[-1] = replace(segments[-1], pause_after_ms=pauses.end)
    return segments


class _Builder:
    def __init__(self, normalize: Normalizer, respell: Respeller | None) -> None:
        self.normalize = normalize
        self.respell = respell
        self.segments: list[Segment] = []
        self.pending: tuple[ShownTable, ...] = ()  # shown before anything was said

    def escape(self, text: str) -> str:
        """Plain text as this builder's text notation (plain documents: as is)."""
        return text

    def written_of(self, text: str) -> str:
        return text

    def read(self, text: str) -> tuple[str, Normalized, tuple[Rewrite, ...] | None]:
        """(written, normalized spoken, rewrites to report or None for the normalizer's own)."""
        return text, self.normalize(text), None

    def sentences(self, text: str) -> list[str]:
        return split_sentences(text)

    def heading_source(self, section: Section, parent: str) -> str | None:
        from .release_script import spoken_heading_source

        return spoken_heading_source(section.number, section.title, section.heading, parent=parent)

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
        if spoken_source is None:
            written, result, own = self.read(written)
            rewrites = own if own is not None else result.rewrites
        else:
            written = self.written_of(written)
            result = self.normalize(spoken_source)
            rewrites = ()
        spoken = result.spoken
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
                rewrites=rewrites,
                unknown=result.unknown,
                paragraph=paragraph,
                shown=self.pending,
            )
        )
        self.pending = ()

    def paragraphs(
        self, prefix: str, path: tuple[str, ...], paragraphs: tuple[Block, ...], sentence: int, paragraph: int
    ) -> None:
        p = 0  # spoken paragraphs only: a shown table takes no number, so ids stay as they were
        for text in paragraphs:
            if isinstance(text, ShownTable):
                self.show(text)
                continue
            p += 1
            sentences = self.sentences(text)
            for s, sentence_text in enumerate(sentences, 1):
                pause = paragraph if s == len(sentences) else sentence
                self.add(f"{prefix}-p{p:03d}-{s:02d}", path, "body", sentence_text, pause, paragraph=p)

    def show(self, table: ShownTable) -> None:
        """A table shown, not spoken: it goes with the segment said just before it (the title
        segment, unless a title of punctuation alone said nothing), so transcript and player put it
        right after that sentence."""
        if not self.segments:
            self.pending += (table,)
            return
        last = self.segments[-1]
        self.segments[-1] = replace(last, shown=last.shown + (table,))

    def section(
        self, section: Section, prefix: str, parent: tuple[str, ...], depth: int, config: Config, *, above: str = ""
    ) -> None:
        """Segments of `section` and all under it (`above`: the number of the section it is in)."""
        pauses = config.pauses
        heading = self.written_of(section.heading)
        path = parent + (heading,)
        self.add(
            f"{prefix}-h",
            path,
            "heading",
            section.heading,
            pauses.after_heading,
            spoken_source=self.heading_source(section, above),
            chapter=(heading, depth),
            before=pauses.before_heading,
        )
        self.paragraphs(prefix, path, section.paragraphs, pauses.sentence, pauses.paragraph)
        for index, child in enumerate(section.sections, 1):
            self.section(child, f"{prefix}-{index:02d}", path, depth + 1, config, above=section.number)


class _ScriptBuilder(_Builder):
    """Text in release-script notation: overrides applied, sentences cut around them."""

    def __init__(self, normalize: Normalizer, respell: Respeller | None, takes_pinyin: bool) -> None:
        super().__init__(normalize, respell)
        self.takes_pinyin = takes_pinyin

    def escape(self, text: str) -> str:
        from .release_script import escape

        return escape(text)

    def written_of(self, text: str) -> str:
        from .release_script import parse_inline, written_text

        return written_text(parse_inline(text))

    def read(self, text: str) -> tuple[str, Normalized, tuple[Rewrite, ...] | None]:
        from .release_script import Reading, parse_inline, pinyin_mark, respelling, written_text

        pieces = parse_inline(text)
        written = written_text(pieces)
        if not any(isinstance(p, Reading) for p in pieces):
            return written, self.normalize(written), None
        # Runs of text and spoken overrides are read together (numbers keep their context);
        # a pinyin override stands alone, as a mark for the offline voice or a homophone.
        spoken: list[str] = []
        unknown: list[str] = []
        rewrites: list[Rewrite] = []
        run: list[str] = []
        offset = 0

        def flush() -> None:
            if run:
                result = self.normalize("".join(run))
                spoken.append(result.spoken)
                unknown.extend(result.unknown)
                run.clear()

        for piece in pieces:
            if isinstance(piece, str):
                run.append(piece)
                offset += len(piece)
                continue
            end = offset + len(piece.written)
            if piece.pinyin is None:
                run.append(piece.spoken)
                rewrites.append(Rewrite(offset, end, piece.written, piece.spoken, "script"))
            else:
                flush()
                syllables = " ".join(piece.pinyin)
                if self.takes_pinyin:
                    spoken.append(pinyin_mark(piece))
                    rewrites.append(Rewrite(offset, end, piece.written, syllables, "script-pinyin"))
                else:
                    homophones = respelling(piece)
                    if homophones is None:
                        spoken.append(piece.written)
                        rewrites.append(Rewrite(offset, end, piece.written, piece.written, "script-pinyin-unsupported"))
                    else:
                        spoken.append(homophones)
                        rewrites.append(Rewrite(offset, end, piece.written, homophones, "script-pinyin-homophone"))
            offset = end
        flush()
        return written, Normalized(written, "".join(spoken), (), tuple(unknown)), tuple(rewrites)

    def sentences(self, text: str) -> list[str]:
        """Cut the written text into sentences; an override is never cut and stays whole."""
        from .release_script import Reading, escape, parse_inline

        pieces = parse_inline(text)
        readings = [p for p in pieces if isinstance(p, Reading)]
        if not readings:
            return [escape(s) for s in split_sentences("".join(p for p in pieces if isinstance(p, str)))]
        # Each override stands as one placeholder character from the last private-use plane.
        base = 0x10FF00
        plain = "".join(p if isinstance(p, str) else chr(base + readings.index(p)) for p in pieces)
        out: list[str] = []
        for sentence in split_sentences(plain):
            parts: list[str] = []
            for ch in sentence:
                k = ord(ch) - base
                if 0 <= k < len(readings):
                    r = readings[k]
                    spoken = " ".join(r.pinyin) if r.pinyin is not None else r.spoken
                    parts.append(f"{{{escape(r.written)}|{escape(spoken)}}}")
                else:
                    parts.append(escape(ch))
            out.append("".join(parts))
        return out

    def heading_source(self, section: Section, parent: str) -> str | None:
        from .release_script import Reading, parse_inline, spoken_heading_source, written_text

        pieces = parse_inline(section.heading)
        if any(isinstance(p, Reading) for p in pieces):
            return None  # the staff's own reading of the heading, applied by read()
        return spoken_heading_source(section.number, section.title, written_text(pieces), parent=parent)
