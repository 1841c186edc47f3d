"""Golden files: one per reading class, lines `input => expected`."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiojiedu.normalize import normalize

GOLDEN_DIR = Path(__file__).parent / "golden" / "normalize"


def read_golden(path: Path) -> list[tuple[str, str, str]]:
    """(case id, input, expected) for every `input => expected` line of one golden file."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        source, separator, expected = line.partition(" => ")
        assert separator, f"{path.name}:{number}: missing ' => '"
        cases.append((f"{path.stem}:{number}", source, expected))
    return cases


GOLDEN_FILES = sorted(GOLDEN_DIR.glob("*.txt"))
CASES = [case for path in GOLDEN_FILES for case in read_golden(path)]


def test_every_reading_class_has_a_golden_file() -> None:
    expected = {
        "cardinal",
        "decimal",
        "percent",
        "year",
        "date",
        "time",
        "range",
        "ratio",
        "docnum",
        "citation",
        "digits",
        "unit",
        "money",
        "latin",
        "heading",
        "symbol",
        "fullwidth",
        "formula",
        "marker",
        "clause",
    }
    assert expected <= {path.stem for path in GOLDEN_FILES}


@pytest.mark.parametrize(("case_id", "source", "expected"), CASES, ids=[case[0] for case in CASES])
def test_golden(case_id: str, source: str, expected: str) -> None:
    assert normalize(source) == expected
