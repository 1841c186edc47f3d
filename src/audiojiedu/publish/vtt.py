"""WebVTT captions: one cue per spoken segment, long sentences split into short lines.

Podcasting 2.0 recommends caption lines of at most 65 characters. A longer sentence is cut
at punctuation where it can be (a clause boundary reads naturally on screen), and its time
is shared among the pieces in proportion to their length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..fsutil import atomic_write
from ..model import Release
from .filenames import captions_name
from .text import clean_text

MAX_LINE = 65

# Cost of breaking a line after a character: clause ends are free, a comma or pause is cheap,
# between two CJK characters is acceptable, inside a Latin word or number is a last resort.
_BREAK_FREE = frozenset("。！？；!?;…")
_BREAK_CHEAP = frozenset("，、：,:")
_CLOSERS = frozenset("”’」』）)》】\"'")
_COST_FREE, _COST_CHEAP, _COST_PLAIN, _COST_INSIDE_WORD = 0, 60, 400, 5000
_LINE_COST = 100_000  # fewer lines first, then the nicest breaks


@dataclass(frozen=True)
class Cue:
    identifier: str
    start_ms: int
    end_ms: int
    text: str


def format_timestamp(ms: int) -> str:
    """WebVTT timestamp hh:mm:ss.ttt."""
    ms = max(0, int(ms))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def escape_cue_text(text: str) -> str:
    """Cue payload: one line, markup characters escaped (this also defuses '-->')."""
    text = clean_text(text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cue_identifier(raw: str) -> str:
    # An identifier is one line and must not contain '-->'.
    return clean_text(raw).replace("-->", "- ->")


def _break_cost(text: str, index: int) -> int:
    """Cost of a line break between text[index - 1] and text[index]."""
    before, after = text[index - 1], text[index]
    if before in _CLOSERS and index >= 2:
        before = text[index - 2]  # 。” ends a clause just as 。 does
    if after in _CLOSERS or after in _BREAK_FREE or after in _BREAK_CHEAP:
        return _COST_INSIDE_WORD  # never start a line with closing punctuation
    if before in _BREAK_FREE:
        return _COST_FREE
    if before in _BREAK_CHEAP or before.isspace():
        return _COST_CHEAP
    if before.isascii() and after.isascii() and before.isalnum() and after.isalnum():
        return _COST_INSIDE_WORD
    return _COST_PLAIN


def split_lines(text: str, *, max_line: int = MAX_LINE) -> list[str]:
    """Split `text` into the fewest lines of at most `max_line` characters, breaking nicely.

    Dynamic programming over break positions: minimizes the number of lines, then the sum of
    break costs, then raggedness, so two balanced halves beat a long line and a stub.
    """
    text = clean_text(text)
    if len(text) <= max_line:
        return [text] if text else []
    n = len(text)
    best: list[tuple[int, int] | None] = [None] * (n + 1)  # (cost, previous break)
    best[0] = (0, 0)
    for end in range(1, n + 1):
        edge = 0 if end == n else _break_cost(text, end)
        for start in range(max(0, end - max_line), end):
            entry = best[start]
            if entry is None:
                continue
            width = len(text[start:end].strip())
            if width == 0:
                continue
            ragged = (max_line - width) ** 2 // 20  # mild: a good break beats an even length
            cost = entry[0] + _LINE_COST + edge + ragged
            if best[end] is None or cost < best[end][0]:  # type: ignore[index]
                best[end] = (cost, start)
    lines: list[str] = []
    end = n
    while end > 0:
        entry = best[end]
        assert entry is not None  # every position is reachable in steps of at most max_line
        start = entry[1]
        lines.append(text[start:end].strip())
        end = start
    return [line for line in reversed(lines) if line]


def build_cues(release: Release, *, max_line: int = MAX_LINE) -> list[Cue]:
    """Cues in time order, never overlapping; each segment's time shared among its lines."""
    cues: list[Cue] = []
    previous_end = 0
    for segment in sorted(release.segments, key=lambda s: (s.start_ms, s.end_ms)):
        lines = split_lines(segment.written, max_line=max_line)
        if not lines:
            continue
        start = max(segment.start_ms, previous_end)
        end = max(segment.end_ms, start)
        total = sum(len(line) for line in lines)
        done = 0
        for number, line in enumerate(lines, 1):
            piece_start = start + (end - start) * done // total
            done += len(line)
            piece_end = start + (end - start) * done // total
            if piece_end <= piece_start:
                continue  # a zero-length cue would be invalid; the text stays in the transcript
            identifier = segment.id if len(lines) == 1 else f"{segment.id}-{number}"
            cues.append(Cue(_cue_identifier(identifier), piece_start, piece_end, line))
        previous_end = max(previous_end, end)
    return cues


def render_vtt(cues: list[Cue]) -> str:
    blocks = ["WEBVTT"]
    for cue in cues:
        head = f"{cue.identifier}\n" if cue.identifier else ""
        blocks.append(
            f"{head}{format_timestamp(cue.start_ms)} --> {format_timestamp(cue.end_ms)}\n{escape_cue_text(cue.text)}"
        )
    return "\n\n".join(blocks) + "\n"


def write_captions(release: Release, out_dir: Path) -> dict[str, Path]:
    """Write `<slug>.vtt`: the written text of every segment, timed to the audio. Returns
    {"captions": path}."""
    path = Path(out_dir) / captions_name(release)
    atomic_write(path, render_vtt(build_cues(release)))
    return {"captions": path}


_TIMESTAMP = re.compile(r"^(\d{2,}):(\d{2}):(\d{2})\.(\d{3})$")


def parse_timestamp(stamp: str) -> int:
    """Milliseconds of a hh:mm:ss.ttt timestamp (the form this module writes)."""
    match = _TIMESTAMP.match(stamp)
    if not match:
        raise ValueError(f"not a WebVTT timestamp: {stamp!r}")
    hours, minutes, seconds, millis = (int(g) for g in match.groups())
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis
