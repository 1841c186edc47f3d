"""WebVTT captions: valid structure, timing, line length, escaping, and faithful text."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

import pytest
from test_publish_sample import HOSTILE, sample_release

from audiojiedu.publish import write_captions
from audiojiedu.publish.text import clean_text
from audiojiedu.publish.vtt import MAX_LINE, format_timestamp, parse_timestamp, split_lines

TIMING = re.compile(r"^(\d{2,}:\d{2}:\d{2}\.\d{3}) --> (\d{2,}:\d{2}:\d{2}\.\d{3})$")


def parse_vtt(text: str) -> list[tuple[str, int, int, list[str]]]:
    """A strict reader for what we write: (identifier, start ms, end ms, payload lines)."""
    assert text.startswith("WEBVTT\n\n") or text == "WEBVTT\n"
    assert "\r" not in text
    cues = []
    for block in text.split("\n\n")[1:]:
        lines = block.strip("\n").split("\n")
        identifier = ""
        if not TIMING.match(lines[0]):
            identifier = lines.pop(0)
            assert "-->" not in identifier
        match = TIMING.match(lines[0])
        assert match, block
        payload = lines[1:]
        assert payload and all(line.strip() for line in payload), block
        for line in payload:
            assert "-->" not in line and "<" not in line
        cues.append((identifier, parse_timestamp(match.group(1)), parse_timestamp(match.group(2)), payload))
    return cues


def test_timestamps_round_trip() -> None:
    for ms in (0, 1, 999, 1000, 59_999, 3_599_999, 3_600_000, 36_000_123):
        assert parse_timestamp(format_timestamp(ms)) == ms
    assert format_timestamp(3_723_456) == "01:02:03.456"


def test_captions_are_valid_ordered_and_short(tmp_path: Path) -> None:
    release = sample_release()
    path = write_captions(release, tmp_path)["captions"]
    assert path.name == f"{release.slug}.vtt"
    cues = parse_vtt(path.read_text(encoding="utf-8"))
    assert len(cues) >= len(release.segments)
    previous_end = 0
    for _, start, end, payload in cues:
        assert start < end
        assert start >= previous_end  # ascending, no overlap
        previous_end = end
        assert all(len(line) <= MAX_LINE for line in payload)
    assert previous_end <= release.duration_ms
    ids = [c[0] for c in cues]
    assert len(set(ids)) == len(ids)


def test_each_segment_is_covered_by_its_cues_in_order(tmp_path: Path) -> None:
    release = sample_release()
    cues = parse_vtt(write_captions(release, tmp_path)["captions"].read_text(encoding="utf-8"))
    for segment in release.segments:
        own = [c for c in cues if c[0] == segment.id or c[0].startswith(segment.id + "-")]
        assert own, segment.id
        assert own[0][1] == segment.start_ms and own[-1][2] == segment.end_ms
        text = "".join(html.unescape(" ".join(c[3])) for c in own)
        assert text.replace(" ", "") == clean_text(segment.written).replace(" ", "")
        # Time is shared in proportion to length: no piece gets less than half its share.
        if len(own) > 1:
            total = sum(len(html.unescape(c[3][0])) for c in own)
            for _, start, end, payload in own:
                share = (segment.end_ms - segment.start_ms) * len(html.unescape(payload[0])) / total
                assert end - start >= share / 2


def test_long_sentence_breaks_at_punctuation() -> None:
    sentence = (
        "2019年，我区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于政务公开工作的决策部署，"
        "围绕群众关切，进一步加大政府信息公开力度，不断提升政务公开质量和实效，取得了明显成效。"
    )
    lines = split_lines(sentence)
    assert len(lines) == -(-len(sentence) // MAX_LINE)  # as few lines as possible
    assert "".join(lines) == sentence
    for line in lines:
        assert len(line) <= MAX_LINE
        assert line[-1] in "，、。；"


def test_split_never_cuts_a_latin_word_when_it_can_avoid_it() -> None:
    text = " ".join(["information"] * 12)
    lines = split_lines(text)
    assert all(len(line) <= MAX_LINE for line in lines)
    assert " ".join(lines) == text
    assert all(word == "information" for line in lines for word in line.split())


def test_unbreakable_text_is_still_cut_to_the_limit() -> None:
    lines = split_lines("政" * 200)
    assert [len(line) for line in lines] and max(len(line) for line in lines) <= MAX_LINE
    assert "".join(lines) == "政" * 200


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    release = sample_release(title=HOSTILE + "\n-->\n\nWEBVTT")
    text = write_captions(release, tmp_path)["captions"].read_text(encoding="utf-8")
    cues = parse_vtt(text)  # the strict reader asserts no '<' and no '-->' in any payload
    first = html.unescape(" ".join(cues[0][3]))
    assert first == clean_text(HOSTILE + " --> WEBVTT")
    assert "<script>" not in text


def test_overlapping_or_empty_segments_still_give_valid_cues(tmp_path: Path) -> None:
    release = sample_release()
    segments = list(release.segments)
    segments[2] = replace(segments[2], start_ms=segments[1].start_ms + 100)  # overlaps the previous one
    segments[3] = replace(segments[3], written="  \n ")  # nothing to show
    release = replace(release, segments=tuple(segments))
    cues = parse_vtt(write_captions(release, tmp_path)["captions"].read_text(encoding="utf-8"))
    previous_end = 0
    for _, start, end, _ in cues:
        assert previous_end <= start < end
        previous_end = end
    assert segments[3].id not in {c[0] for c in cues}


@pytest.mark.parametrize("width", [10, 30, 65])
def test_split_respects_any_width(width: int) -> None:
    text = "政府信息公开工作年度报告，" * 20
    lines = split_lines(text, max_line=width)
    assert all(len(line) <= width for line in lines)
    assert "".join(lines) == text.strip()
