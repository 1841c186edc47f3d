"""Text splitting and the plausibility bound of the edge engine (no network, no server)."""

from __future__ import annotations

import itertools
import re

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audiojiedu.engines.edge import minimum_seconds, request_bytes, split_for_requests

SENTENCE = "二〇一九年，区政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》的各项要求。"
RUN_ON = (  # one clause of 58 characters (174 bytes): no punctuation to cut at
    "区政府办公室会同区司法局和区政务服务管理办公室持续推进基层政务公开标准化规范化建设"
    "不断提高政府信息公开工作质量和水平"
)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_short_text_is_one_request() -> None:
    assert split_for_requests(f"  {SENTENCE}\n") == [SENTENCE]


def test_long_text_is_cut_at_sentence_ends_below_the_limit() -> None:
    text = "".join(f"第{i}条。{SENTENCE}" for i in range(40))  # about 5,600 bytes
    pieces = split_for_requests(text, max_bytes=1000)
    assert len(pieces) >= 6
    assert all(request_bytes(piece) <= 1000 for piece in pieces)
    assert all(piece.endswith("。") for piece in pieces)
    assert "".join(pieces) == text
    # Packing: no two neighbours would have fitted together.
    assert all(request_bytes(a + b) > 1000 for a, b in itertools.pairwise(pieces))


def test_long_sentence_is_cut_at_clause_punctuation_first() -> None:
    clauses = [f"第{i}项工作已经按照计划全部完成并通过验收，" for i in range(10)]
    text = "".join(clauses) + "特此说明。"
    pieces = split_for_requests(text, max_bytes=200)
    assert len(pieces) > 1
    assert all(request_bytes(piece) <= 200 for piece in pieces)
    assert all(piece.endswith(("，", "。")) for piece in pieces)
    assert "".join(pieces) == text


def test_run_on_clause_is_cut_between_jieba_words() -> None:
    pieces = split_for_requests(RUN_ON, max_bytes=60)  # 20 characters per request at most
    assert len(pieces) >= 3
    assert all(request_bytes(piece) <= 60 for piece in pieces)
    assert "".join(pieces) == RUN_ON
    word_ends = set()
    position = 0
    for word in jieba.cut(RUN_ON):
        position += len(word)
        word_ends.add(position)
    cut = 0
    for piece in pieces[:-1]:
        cut += len(piece)
        assert cut in word_ends, f"cut inside a word after {RUN_ON[:cut]!r}"


def test_escaping_counts_against_the_limit() -> None:
    text = "甲&乙<丙>" * 40  # & < > grow to 5 and 4 bytes when escaped
    pieces = split_for_requests(text, max_bytes=100)
    assert all(request_bytes(piece) <= 100 for piece in pieces)
    assert max(request_bytes(piece) for piece in pieces) > 80  # packed, not one char each
    assert "".join(pieces) == text


def test_characters_outside_the_bmp_are_never_cut() -> None:
    word = "𠀀𠀁𠀂𠀃" * 20  # 4-byte characters, no words jieba knows, no punctuation
    pieces = split_for_requests(word, max_bytes=34)
    assert "".join(pieces) == word
    assert all(len(piece.encode("utf-8")) <= 34 for piece in pieces)
    assert all(len(piece.encode("utf-8")) % 4 == 0 for piece in pieces)


def test_nothing_speakable_gives_no_requests() -> None:
    assert split_for_requests("。……！\n  ") == []


def test_tiny_limits_are_refused() -> None:
    with pytest.raises(ValueError):
        split_for_requests(SENTENCE, max_bytes=10)


@settings(max_examples=60, deadline=None, database=None)
@given(
    text=st.text(alphabet="政府信息公开工作报告一二三ab &<，。！？；：、\n“”（）", max_size=400),
    limit=st.integers(min_value=32, max_value=300),
)
def test_split_keeps_all_text_and_respects_the_limit(text: str, limit: int) -> None:
    pieces = split_for_requests(text, max_bytes=limit)
    assert all(request_bytes(piece) <= limit for piece in pieces)
    assert all(piece == piece.strip() and piece for piece in pieces)
    # Only whitespace and speechless runs of punctuation may be dropped.
    kept = _squash("".join(pieces))
    assert re.sub(r"\W", "", kept) == re.sub(r"\W", "", _squash(text))


def test_minimum_seconds_counts_han_characters_and_follows_the_rate() -> None:
    assert minimum_seconds("政府信息公开。") == pytest.approx(0.6)
    assert minimum_seconds("GDP 增长 5%") == pytest.approx(0.2)
    assert minimum_seconds("政府信息公开。", rate=50) == pytest.approx(0.4)
    assert minimum_seconds("政府信息公开。", rate=-50) == pytest.approx(1.2)
    assert minimum_seconds("……") == 0
