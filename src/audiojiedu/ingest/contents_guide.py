"""A contents glued into a one-line page without pages, and the body's headings it names.

A page scraped into one line may keep its contents without page numbers, glued entry to entry,
and the body glued after it (…印发给你们。 某某规划目 录前 言第一章 规划总结第一节 发展成就第二节
面临形势…第八章 措施保障第一节 加强党的领导前 言“十四五”时期是…). Read as it stands, the
contents' markers are heard as headings in the wrong place and each of the body's headings runs
on into its text (第三章 推动教育均衡发展全面贯彻党的教育方针，…), a chapter title a minute long.

The contents says where each heading ends. Its entries are parted by their numbering: each next
marker must be one that can follow (第二节 after 第一节, 第一节 again after a 第二章, 一、 under a
第一章), and a name holds no sentence's end. The contents ends where the body prints its first
entry again (前言, or 第一章 规划总结); that repeat is also the proof that this is a contents and
not a paragraph that happens to follow 目录. The paragraph is then parted: what stands before
目录, the contents read as 目录：前 言；第一章 规划总结；…, and the body, cut before each entry it
prints again, in order, and after the entry's name, so that each heading is a line of its own
as the contents printed it. An entry the body prints otherwise is left as written. A contents
with pages glued on, which `flat_contents` has already read without them (目录：一、总则；（一）…。
and the body after it), guides the cuts the same way. Nothing is
added and nothing dropped but the spaces at the cuts; one finding, kind "heading-guessed", says
that the headings were cut by the contents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..han import CN_NUMERALS
from ..model import Finding, Paragraph
from ..numerals import number_value
from .parting import part_each, without_spaces

__all__ = ["cut_by_contents"]

_NUMERAL = CN_NUMERALS
_OPENER = re.compile(r"目[ \t\u3000]*录[：:]?[ \t\u3000]*")
# A contents entry's number: 第一章 / 第一节 / 第一部分 / 第一篇 / 第一编, 一、, （一）, 1. / 1、, （1）.
_MARKER = re.compile(
    rf"第(?P<part>[{_NUMERAL}]{{1,4}})(?P<kind>章|节|部分|篇|编)"
    rf"|(?P<cn>[{_NUMERAL}]{{1,3}})、"
    rf"|[（(](?P<cnp>[{_NUMERAL}]{{1,3}})[)）]"
    r"|[（(](?P<arp>\d{1,2})[)）]"
    r"|(?P<ar>\d{1,2})[.．、](?!\d)"
)
_MAX_NAME = 40  # characters of an entry's name
_MAX_LEAD = 10  # characters of an unnumbered first entry (前言, 序言)
_MIN_ENTRIES = 5
_MAX_READ_ENTRY = 60  # characters of an entry as flat_contents read it
_SENTENCE = re.compile("[。；！？;!?]")
# What may stand before a heading the body glued on: a sentence's end, a closing mark, a space.
_BOUNDARY = "。！？；：:”’」』）)】 \t\u3000"
# A contents `flat_contents` read without its pages, the body glued after it: 目录：一、总则；（一）…；四、附则。
_READ_CONTENTS = re.compile(f"目录：(?P<entries>(?:[^；。]{{1,{_MAX_READ_ENTRY}}}；){{{_MIN_ENTRIES - 1},}}[^；。]{{1,{_MAX_READ_ENTRY}}})。")
GUIDED_CUT = "目录和正文连成一行：已按目录条目在正文中分出各级标题，请核对标题和正文的分界"


@dataclass(frozen=True)
class _Entry:
    start: int  # where its marker (or name, for an unnumbered lead) starts in the paragraph
    end: int  # where its name ends
    key: str  # marker and name without spaces: what the body prints again


def cut_by_contents(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], tuple[Finding, ...]]:
    """`paragraphs` with each one-line page's glued contents read as a contents and its body cut
    at the headings the contents names (see the module docstring)."""
    out, cut = part_each(paragraphs, _parted)
    findings = (Finding("heading-guessed", GUIDED_CUT, cut[0][:60]),) if cut else ()
    return tuple(out), findings


def _parted(text: str) -> list[str] | None:
    """The paragraph's pieces (before, contents, the body's headings and texts), or None."""
    read = _READ_CONTENTS.search(text)
    if read is not None:  # a contents with pages, already read without them (see flat_contents)
        keys = [_squash(entry) for entry in read.group("entries").split("；")]
        pieces = [text[: read.start()].strip(), read.group().strip(), *_cut_body(text[read.end() :], keys)]
        return pieces if len(pieces) > 3 else None
    for opener in _OPENER.finditer(text):
        found = _entries(text, opener.end())
        if found is None:
            continue
        entries, body = found
        contents = "目录：" + "；".join(text[e.start : e.end].strip() for e in entries)
        return [text[: opener.start()].strip(), contents, *_cut_body(text[body:], [entry.key for entry in entries])]
    return None


def _entries(text: str, start: int) -> tuple[list[_Entry], int] | None:
    """The contents' entries from `start` and where the body starts (its repeat of the first
    entry), or None when no contents of at least `_MIN_ENTRIES` entries, repeated, stands here."""
    first = _MARKER.search(text, start, start + _MAX_LEAD + 1)
    if first is None:
        return None
    entries: list[_Entry] = []
    lead = text[start : first.start()].strip()
    if lead:
        if _SENTENCE.search(lead):
            return None
        entries.append(_Entry(start, first.start(), _squash(lead)))
    state = _Numbering()
    marker: re.Match[str] | None = first
    while marker is not None and state.advance(marker):
        following = _next_marker(text, marker.end(), state)
        name_end = following.start() if following else min(len(text), marker.end() + _MAX_NAME)
        entry = _Entry(marker.start(), name_end, _squash(text[marker.start() : name_end]))
        if not entries:
            entries.append(_Entry(entry.start, entry.end, entry.key))
            marker = following
            continue
        repeat = entry.key.find(entries[0].key, len(_squash(marker.group())))
        if repeat >= 0:  # the body starts inside this name: it prints the first entry again
            end = without_spaces(text, marker.start())[1][repeat]
            entries.append(_Entry(marker.start(), end, entry.key[:repeat]))
            name = text[marker.end() : end]
            if len(entries) < _MIN_ENTRIES or not name.strip() or _SENTENCE.search(name):
                return None  # 五、其他。第一部分…已经公开。: a sentence names the first entry
            return entries, end
        if following is None:
            return None
        entries.append(entry)
        marker = following
    return None


class _Numbering:
    """The contents' numbering so far: which marker may come next."""

    def __init__(self) -> None:
        self.open: list[str] = []  # styles from the top level down
        self.last: dict[str, int] = {}

    def allows(self, marker: re.Match[str]) -> bool:
        style, value = _style(marker)
        return value == self.last[style] + 1 if style in self.open else value == 1

    def advance(self, marker: re.Match[str]) -> bool:
        if not self.allows(marker):
            return False
        style, value = _style(marker)
        if style in self.open:
            del self.open[self.open.index(style) + 1 :]
        else:
            self.open.append(style)
        for deeper in set(self.last) - set(self.open):
            del self.last[deeper]
        self.last[style] = value
        return True


def _next_marker(text: str, start: int, state: _Numbering) -> re.Match[str] | None:
    """The first marker within a name's length after `start` that may come next, before any
    sentence's end."""
    window = text[start : start + _MAX_NAME + 1]
    stop = _SENTENCE.search(window)
    end = start + (stop.start() if stop else len(window))
    for marker in _MARKER.finditer(text, start + 1, end):
        if state.allows(marker):
            return marker
    return None


def _style(marker: re.Match[str]) -> tuple[str, int]:
    for group in ("part", "cn", "cnp"):
        if marker.group(group):
            style = marker.group("kind") if group == "part" else group
            return style, number_value(marker.group(group))
    if marker.group("arp"):
        return "arp", int(marker.group("arp"))
    return "ar", int(marker.group("ar"))


def _cut_body(body: str, keys: list[str]) -> list[str]:
    """`body` cut before and after each entry it prints again (`keys`: the entries without spaces),
    in the contents' order."""
    squashed, positions = without_spaces(body)
    pieces: list[str] = []
    done = 0  # index into body: what is already in pieces
    cursor = 0  # index into squashed
    for key in keys:
        at = squashed.find(key, cursor)
        while at >= 0 and not _at_boundary(body, positions, at, cursor):
            at = squashed.find(key, at + 1)
        if at < 0:
            continue
        start = positions[at]
        end = positions[at + len(key) - 1] + 1
        pieces += [body[done:start].strip(), body[start:end].strip()]
        done, cursor = end, at + len(key)
    pieces.append(body[done:].strip())
    return pieces


def _at_boundary(body: str, positions: list[int], at: int, cursor: int) -> bool:
    """An entry printed again at squashed index `at` stands where a heading can: the body's
    start, right after the last heading cut, or after a sentence's end, a closing mark or a space."""
    if at == 0 or at == cursor:
        return True
    return body[positions[at] - 1] in _BOUNDARY


def _squash(text: str) -> str:
    return re.sub(r"\s", "", text)
