"""Golden polyphone cases, one file per class: tests/golden/pinyin/*.txt (see its README)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audiojiedu.pinyin import to_pinyin

GOLDEN = Path(__file__).parent / "golden" / "pinyin"
_MARK = re.compile(r"\[([a-z]+[1-5])\]")


def read_golden(path: Path) -> list[tuple[int, str, dict[int, str]]]:
    """(line number, sentence, {character index: expected reading}) per case line."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        sentence: list[str] = []
        expected: dict[int, str] = {}
        for piece in _MARK.split(line):
            if _MARK.fullmatch(f"[{piece}]") and sentence:
                expected[len("".join(sentence)) - 1] = piece
            else:
                sentence.append(piece)
        text = "".join(sentence)
        assert expected, f"{path.name} line {number} marks no character"
        cases.append((number, text, expected))
    return cases


FILES = sorted(GOLDEN.glob("*.txt"))


def test_every_class_has_a_file() -> None:
    names = {p.stem for p in FILES}
    assert {"wei", "de", "chang", "hang", "tiao", "gong", "ying", "chu", "boundaries", "places", "sandhi"} <= names


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_golden(path: Path) -> None:
    failures = []
    for number, text, expected in read_golden(path):
        tokens = to_pinyin(text, sandhi=path.stem == "sandhi")
        assert len(tokens) == len(text)
        for index, reading in expected.items():
            if tokens[index] != reading:
                failures.append(f"line {number}: {text[:index]}[{text[index]}]{text[index + 1:]} "
                                f"expected {reading}, got {tokens[index]}")
    assert not failures, "\n".join(failures)
