"""Preflight: before a note is synthesized, everything a listener may stumble on, for staff.

Each finding is a `model.Finding` (kind, a one-line message in Chinese, the written text it
concerns). The reader and the outline may already have left some on the Document (suspected
chrome, hard wraps, guessed headings, numbering jumps); this module adds what it sees in the
text and in the segments as the chosen engine will speak them:

    unspeakable      characters the voice cannot speak (they are left out of the audio)
    latin            Latin letters: the engine reads them its own way
    digit-run        digit runs that could be a flattened table
    table-uncut      a flattened table row whose glued numbers could not be cut with certainty
                     (found by the reader, ingest/flat_tables.py)
    line-table       lines of text read as a table copied one cell a line (ingest/line_tables.py)
    chrome-kept      short lines with site chrome words (打印, 关闭, 分享 …)
    chrome-dropped   site furniture the reader took off on a guess (a menu over the headline or
                     over the field table, a bare view count under the field row), named so staff
                     can check it
    field-guessed    a page's field row under a label the reader's table does not list, read as a
                     field (not spoken) because the page's listed field rows stand round it (page.py)
    doc-share        a document-sharing (文库) page: its site text taken off, the file name made the
                     title, the chunks it numbered at its page breaks joined (by the reader, page.py)
    site-notice      a site's notice at the foot of a page (免责声明 …) or a reposting site's note in
                     the text (本文仅供交流学习，版权归原作者所有), taken off by the reader
    text-withheld    a membership site's note that it left part of the text out (省略912字，正式会员
                     可完整阅读): the note is taken off, the document is not whole
    hard-wrap        a paragraph that stops mid-sentence and the next that carries on
    page-number      lines that were only a printed page number (— 2 —), taken out by the reader
    heading-guessed  a heading without numbering, found from the layout
    heading-untitled a heading that is only its number (二、 over its text): its title was lost
    long-chapter     a chapter longer than 15 minutes (estimated before synthesis)
    too-long         a stretch without punctuation longer than the engine says in one go
    lexicon          a reading the pronunciation lexicon changed
    reading-guessed  a reading chosen by guessing the document's intent: a marker sign's name
                     (▲ 实心三角), a quoted number read as a code (“8337” 八三三七)
    pinyin-ignored   a script's {字|pinyin} the engine cannot take and no homophone spells

`check_document` needs no synthesis (`audiojiedu check`); the build calls `check_segments`
with its own segments, and `place` finds each finding's line in the release script and its
time in the audio for review.html.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .model import Block, Document, Finding, Release, Section, Segment, TimedSegment

if TYPE_CHECKING:
    from .config import Config
    from .lexicon import Lexicon

__all__ = ["KIND_LABELS", "Placed", "check_document", "check_segments", "place", "summarize"]

LONG_CHAPTER_MS = 15 * 60 * 1000
# Speaking rate used to estimate chapter length before synthesis (the offline voice and
# edge-tts both speak about 4 to 5 characters a second; the lower figure errs towards flagging).
ESTIMATE_CHARS_PER_SECOND = 4.5

KIND_LABELS = {
    "unspeakable": "无法朗读的字符",
    "latin": "拉丁字母",
    "digit-run": "疑似表格数字",
    "table-uncut": "表格数字未能切分",
    "line-table": "逐行文字按表格朗读",
    "chrome-kept": "疑似网页框架文字",
    "chrome-dropped": "去掉的网页框架文字",
    "field-guessed": "推测的网页字段",
    "doc-share": "文库网页整理",
    "site-notice": "网站声明",
    "text-withheld": "网页省略的正文",
    "summary-repeat": "重复的内容摘要",
    "pinyin-gloss": "删去的拼音注音",
    "lost-glossed-character": "丢失为问号的注音字",
    "markup": "文本中的网页标记",
    "markdown": "文本中的 Markdown 标记",
    "lost-indent": "丢失的缩进",
    "lost-character": "丢失的字",
    "toc-leader": "目录页码",
    "title-guessed": "推测的文档标题",
    "title-missing": "缺少文档标题",
    "title-doubt": "可能不是文件标题的标题",
    "title-date": "标题旁的日期",
    "title-tag": "标题旁的栏目标签",
    "docx-raw": "按原始结构读取的 Word 文件",
    "hard-wrap": "疑似硬换行",
    "page-number": "页码",
    "line-mark": "段末记号",
    "copy-semicolons": "连写的分号",
    "copy-bullet": "标题编号前的项目符号",
    "heading-guessed": "推测的标题",
    "heading-untitled": "缺标题的章节",
    "columns": "分栏阅读顺序",
    "numbering-jump": "编号问题",
    "long-chapter": "章节过长",
    "too-long": "句子过长",
    "lexicon": "词典改读",
    "reading-guessed": "推测的读法",
    "pinyin-ignored": "注音未生效",
}

_GUESSED_RULES = frozenset(
    {"mark", "code-number", "docnum-guess", "date-guess", "digits-guess"}
)  # normalizer rules whose reading is a guess
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]+(?:[-.'][A-Za-z]+)*")
# Three or more numbers standing side by side with only spaces between them, or one run of
# digits and dots too long to be a single quantity: how a table's row reads once flattened.
_NUMBER = r"[-+]?\d[\d,，]*(?:\.\d+)?%?"
_NUMBERS_SIDE_BY_SIDE = re.compile(f"{_NUMBER}(?:[ \u3000\t]+{_NUMBER}){{2,}}")
_GLUED_DIGITS = re.compile(r"\d[\d.]{11,}")
_SENTENCE_END = "。！？；…!?;：:”’」』）)》】"
_CAPTION = re.compile(r"[表图附]\s*[0-9０-９一二三四五六七八九十]+")  # 表1 …, 图2 …: a caption line
_CLAUSE_PUNCTUATION = re.compile(r"[，,、。！？；：!?;:…—“”‘’《》（）()\s]")


@dataclass(frozen=True)
class Placed:
    """A finding with its line in the release script and its time in the audio."""

    finding: Finding
    line: int | None = None  # 1-based line in the release script
    segment_id: str | None = None
    start_ms: int | None = None


def check_document(
    document: Document, *, config: Config, engine: str = "offline", lexicon: Lexicon | None = None
) -> list[Finding]:
    """Everything a listener may stumble on in `document` as `engine` would read it."""
    from .script import plan

    segments = plan(document, config, engine_name=engine, lexicon=lexicon)
    return check_segments(document, segments, engine=engine, lexicon=lexicon)


def check_segments(
    document: Document,
    segments: Sequence[Segment],
    *,
    engine: str,
    lexicon: Lexicon | None = None,
    skips_known: bool = False,
) -> list[Finding]:
    """Findings of `document` spoken as `segments`. `skips_known`: the segments' `unknown`
    already holds what the voice skipped (after synthesis), so its front end is not asked."""
    found: list[Finding] = list(document.findings)
    found.extend(_paragraph_findings(document))
    if document.script is None:  # in a release script, staff have seen and kept every heading
        found.extend(_headings_guessed(document.sections))
    from .engines import capabilities

    takes_pinyin = capabilities(engine).takes_pinyin
    voice = None
    if takes_pinyin and not skips_known:
        # The offline voice's own front end tells what it would skip, without loading the model.
        from .engines.offline import OfflineEngine

        voice = OfflineEngine(lexicon=lexicon)
    reported_latin: set[str] = set()  # a Latin word is flagged where it first occurs, not at each use
    for segment in segments:
        found.extend(
            _segment_findings(
                segment, takes_pinyin=takes_pinyin, lexicon=lexicon, voice=voice, reported_latin=reported_latin
            )
        )
    found.extend(_long_chapters(segments))
    return _unique(found)


def _unique(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per kind and text: the outline and this module may see the same thing."""
    seen: dict[tuple[str, str], Finding] = {}
    for finding in findings:
        seen.setdefault((finding.kind, finding.text), finding)
    return list(seen.values())


# -- text ----------------------------------------------------------------------------------


def _paragraph_findings(document: Document) -> list[Finding]:
    from .ingest.page_chrome import chrome_tokens

    tokens = chrome_tokens()
    out: list[Finding] = []
    for paragraphs in _paragraph_groups(document):
        for i, raw in enumerate(paragraphs):
            text = _written(document, raw)
            words = [t for t in re.split(r"[\s【】\[\]|/｜]+", text) if t]
            chrome = [w for w in words if w in tokens]
            if chrome and (len(text) <= 60 or len(chrome) >= 2):
                out.append(
                    Finding(
                        "chrome-kept",
                        f"可能是网页框架文字（{'、'.join(dict.fromkeys(chrome))}），请确认是否应朗读",
                        text,
                    )
                )
            if i + 1 < len(paragraphs):
                following = _written(document, paragraphs[i + 1])
                if _stops_mid_sentence(text) and _carries_on(following):
                    out.append(
                        Finding(
                            "hard-wrap",
                            "这一段没有以句末标点结束，下一段像是它的后半句（原文可能硬换行），朗读时会有段落停顿",
                            text,
                        )
                    )
    return out


def _paragraph_groups(document: Document) -> list[tuple[str, ...]]:
    # Spoken paragraphs only: a shown table (a long table, not read aloud) has nothing to check.
    groups = [_spoken(document.preface)]

    def walk(sections: tuple[Section, ...]) -> None:
        for section in sections:
            groups.append(_spoken(section.paragraphs))
            walk(section.sections)

    walk(document.sections)
    return groups


def _spoken(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    return tuple(text for text in blocks if isinstance(text, str))


def _written(document: Document, text: str) -> str:
    if document.script is None:
        return text
    from .release_script import parse_inline, written_text

    return written_text(parse_inline(text))


def _stops_mid_sentence(text: str) -> bool:
    """Running prose (it has clause punctuation: not a signature, date or caption line) whose
    last character is not the end of a sentence."""
    text = text.rstrip()
    if _CAPTION.match(text):
        return False
    return len(text) >= 16 and bool(re.search("[，、,]", text)) and text[-1] not in _SENTENCE_END


def _carries_on(text: str) -> bool:
    from .outline import split_heading

    text = text.lstrip()
    if not text or split_heading(text)[0]:
        return False  # a numbered item starts something new
    return bool(re.match(r"[\u3400-\u9fff0-9a-z，、]", text))


def _headings_guessed(sections: tuple[Section, ...]) -> list[Finding]:
    out: list[Finding] = []
    for section in sections:
        if not section.number:
            out.append(
                Finding("heading-guessed", "没有编号的标题，是根据版式推测的；请确认它是章节标题", section.heading)
            )
        out.extend(_headings_guessed(section.sections))
    return out


# -- segments ------------------------------------------------------------------------------


def _segment_findings(
    segment: Segment, *, takes_pinyin: bool, lexicon: Lexicon | None, voice: Any, reported_latin: set[str] | None = None
) -> list[Finding]:
    out: list[Finding] = []
    written = segment.written
    skipped = list(segment.unknown)
    if voice is not None:
        skipped.extend(c for c in voice.unspeakable(segment.spoken) if c not in skipped)
    # Letters under a staff reading override ({H5|网页}) are settled: not flagged.
    decided = [(r.start, r.end) for r in segment.rewrites if r.rule.startswith("script")]
    latin = list(
        dict.fromkeys(
            m.group() for m in _LATIN.finditer(written) if not any(a <= m.start() and m.end() <= b for a, b in decided)
        )
    )
    if skipped:
        # Letters the voice drops are shown as the words they belong to (GDP, not G、D、P).
        dropped_words = [w for w in latin if set(w) <= set(skipped)]
        letters = set("".join(dropped_words))
        shown = dropped_words + [c for c in dict.fromkeys(skipped) if c not in letters]
        out.append(
            Finding(
                "unspeakable",
                f"语音无法朗读「{'、'.join(shown)}」，朗读时会略过；可在朗读稿中写成 {{原文|读法}}",
                written,
            )
        )
        latin = [w for w in latin if w not in dropped_words]
    if reported_latin is not None:
        latin = [w for w in latin if w.upper() not in reported_latin]
        reported_latin.update(w.upper() for w in latin)
    if latin:
        readings = [f"{r.written}→{r.spoken}" for r in segment.rewrites if _LATIN.search(r.written)]
        if readings:
            how = f"（读作 {'，'.join(readings)}）"
        elif takes_pinyin:
            how = f"（读作：{'，'.join(_letter_readings(w) for w in latin)}）"
        else:
            how = "（由语音引擎自行拼读）"
        out.append(Finding("latin", f"含拉丁字母「{'、'.join(latin)}」{how}，请确认读法", written))
    runs = _NUMBERS_SIDE_BY_SIDE.findall(written) + _GLUED_DIGITS.findall(written)
    # Runs the normalizer itself read digit by digit as glued table cells (申请数量801000081).
    runs += [r.written for r in segment.rewrites if r.rule == "table-digits"]
    if runs:
        out.append(Finding("digit-run", f"一串数字「{runs[0]}」可能来自被拍平的表格，朗读起来难以听懂", written))
    # Readings the normalizer chose by guessing what the document means by a sign or a number.
    guessed = [f"{r.written}→{r.spoken}" for r in segment.rewrites if r.rule in _GUESSED_RULES and r.spoken]
    if guessed:
        out.append(
            Finding(
                "reading-guessed",
                f"按推测朗读：{'，'.join(dict.fromkeys(guessed))}；请确认与原文的用法一致，不对可在朗读稿中写成 {{原文|读法}}",
                written,
            )
        )
    limit = _clause_limit(takes_pinyin)
    longest = max((len(p) for p in _CLAUSE_PUNCTUATION.split(segment.spoken)), default=0)
    if longest > limit:
        out.append(
            Finding(
                "too-long",
                f"有一段 {longest} 字没有标点，超过 {limit} 字，语音要在词间切开不止一次，停顿可能不自然",
                written,
            )
        )
    ignored = [r.written for r in segment.rewrites if r.rule == "script-pinyin-unsupported"]
    if ignored:
        out.append(
            Finding(
                "pinyin-ignored",
                f"「{'、'.join(ignored)}」的注音无法交给这个语音引擎，也找不到同音字，将按原文朗读；可改写成 {{原文|同音字}}",
                written,
            )
        )
    lexicon_readings = [r for r in segment.rewrites if r.rule == "lexicon"]
    if takes_pinyin:
        lexicon_readings_text = _offline_lexicon_changes(segment.spoken, lexicon)
    else:
        lexicon_readings_text = [f"{r.written}→{r.spoken}" for r in lexicon_readings]
    if lexicon_readings_text:
        out.append(Finding("lexicon", f"读音词典改了读法：{'，'.join(lexicon_readings_text)}", written))
    return out


def _letter_readings(word: str) -> str:
    from .pinyin.latin import latin_reading

    return f"{word}={latin_reading(word)}"


def _clause_limit(offline_voice: bool) -> int:
    """Characters past which a stretch without punctuation is worth a look.

    The offline voice says at most MAX_CHUNK_CHARS syllables in one go and cuts a longer clause
    at a word boundary near its middle, which sounds natural (issue 15); a stretch it must cut
    more than once is a run-on a listener will struggle with.
    """
    from .script import MAX_SEGMENT_CHARS

    if offline_voice:
        from .engines.offline import MAX_CHUNK_CHARS

        return 2 * MAX_CHUNK_CHARS
    return MAX_SEGMENT_CHARS  # the script cuts longer stretches itself, mid-clause


def _offline_lexicon_changes(spoken: str, lexicon: Lexicon | None) -> list[str]:
    if lexicon is None or not lexicon.entries or not any(word in spoken for word in lexicon.staff):
        return []
    from .pinyin import to_pinyin
    from .release_script import take_pinyin

    text, readings = take_pinyin(spoken)
    with_lexicon = to_pinyin(text, lexicon=lexicon, readings=readings)
    without = to_pinyin(text, readings=readings)
    out: list[str] = []
    i = 0
    while i < len(text):
        if with_lexicon[i] == without[i]:
            i += 1
            continue
        j = i
        while j < len(text) and with_lexicon[j] != without[j]:
            j += 1
        out.append(f"{text[i:j]} 读作 {' '.join(with_lexicon[i:j])}（不用词典为 {' '.join(without[i:j])}）")
        i = j
    return out


def _long_chapters(segments: Sequence[Segment]) -> list[Finding]:
    """Chapters whose text would take longer than 15 minutes to say (an estimate)."""
    out: list[Finding] = []
    starts = [i for i, s in enumerate(segments) if s.chapter_title is not None]
    for n, i in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(segments)
        chars = sum(len(s.spoken) for s in segments[i:end])
        pauses = sum(s.pause_after_ms for s in segments[i:end])
        ms = int(chars / ESTIMATE_CHARS_PER_SECOND * 1000) + pauses
        if ms > LONG_CHAPTER_MS:
            out.append(_long_chapter(segments[i], ms, estimated=True))
    return out


def _long_chapter(first: Segment | TimedSegment, ms: int, *, estimated: bool) -> Finding:
    minutes = ms / 60000
    about = "约 " if estimated else ""
    return Finding(
        "long-chapter",
        f"这一章{about}{minutes:.0f} 分钟，超过 15 分钟，听众难以在章节间跳转；可考虑拆分",
        first.written,
    )


def long_chapters_timed(segments: Sequence[TimedSegment], chapters: Sequence[Any]) -> list[Finding]:
    """Long chapters from the real timeline of a built release."""
    by_id = {s.id: s for s in segments}
    return [
        _long_chapter(by_id[c.segment_id], c.end_ms - c.start_ms, estimated=False)
        for c in chapters
        if c.end_ms - c.start_ms > LONG_CHAPTER_MS and c.segment_id in by_id
    ]


# -- placing -------------------------------------------------------------------------------


def place(
    findings: Sequence[Finding],
    *,
    segments: Sequence[Segment | TimedSegment],
    script_lines: Sequence[str] = (),
) -> list[Placed]:
    """Each finding with the script line and the segment (and its time, when timed) it is about.

    `script_lines`: the release script's lines (as written by `script -o` or as edited). A
    finding is placed at the first segment whose written text contains its text (or that its
    text contains), after the segments earlier findings with the same text took.
    """
    from .release_script import parse_inline, written_text

    plain_lines: list[str] = []
    for line in script_lines:
        try:
            plain_lines.append(written_text(parse_inline(line.lstrip("#").strip() if line.startswith("#") else line)))
        except InputError:  # a front matter line need not be inline notation
            plain_lines.append(line)
    used: Counter[tuple[str, str]] = Counter()
    out: list[Placed] = []
    for finding in findings:
        text = finding.text
        matches = [s for s in segments if text and (text in s.written or (s.written and s.written in text))]
        key = (finding.kind, text)
        segment = matches[min(used[key], len(matches) - 1)] if matches else None
        used[key] += 1
        number = _line_of(text, plain_lines)
        start = segment.start_ms if isinstance(segment, TimedSegment) else None
        out.append(Placed(finding, number, segment.id if segment else None, start))
    return sorted(out, key=lambda p: p.line if p.line is not None else 1 << 30)


def _line_of(text: str, lines: Sequence[str]) -> int | None:
    if not text:
        return None
    probe = text.split("\n")[0][:40]
    for number, line in enumerate(lines, 1):
        if probe and probe in line:
            return number
    return None


def summarize(findings: Sequence[Finding | Placed]) -> str:
    """One line: how many findings of each kind, most frequent first."""
    counts = Counter(f.finding.kind if isinstance(f, Placed) else f.kind for f in findings)
    if not counts:
        return "nothing to check"
    parts = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"{sum(counts.values())} to check ({parts})"


def script_lines(document: Document, *, config: Config) -> list[str]:
    """The lines of the release script findings refer to: the script the document was read
    from, or the one `audiojiedu script -o` would write for it."""
    from .release_script import render_script

    if document.script is not None:
        from pathlib import Path

        try:
            return Path(document.script.path).read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError):
            return []
    try:
        return render_script(document, opening=config.opening, closing=config.closing).split("\n")
    except InputError:
        return []  # a document the script cannot represent (see render_script): no line numbers


def place_in_release(
    findings: Sequence[Finding], *, document: Document, release: Release, config: Config
) -> list[Placed]:
    """Findings of a build placed in its script and audio; the estimated long chapters are
    replaced by those of the real timeline."""
    kept = [f for f in findings if f.kind != "long-chapter"]
    kept.extend(long_chapters_timed(release.segments, release.chapters))
    return place(kept, segments=release.segments, script_lines=script_lines(document, config=config))
