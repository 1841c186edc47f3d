"""safe_filename: ASCII, traversal-proof, reserved-name-proof, bounded, stable names."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_publish_sample import sample_release

from audiojiedu.errors import InputError
from audiojiedu.publish import safe_filename
from audiojiedu.publish.filenames import audio_name, captions_name

SAFE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("luozhuang-2019-nianbao", "luozhuang-2019-nianbao"),
        ("report 2019.mp3", "report-2019.mp3"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("com1", "_com1"),
        ("..", None),
        ("...hidden", "hidden"),
    ],
)
def test_examples(name: str, expected: str | None) -> None:
    result = safe_filename(name)
    if expected is not None:
        assert result == expected
    assert SAFE.match(result)


def test_traversal_is_defused() -> None:
    for name in (
        "../../etc/passwd",
        "..\\..\\windows\\system32",
        "/etc/shadow",
        "a/../../b",
        "<script>alert(1)</script> & \"q\" '../../etc'",
    ):
        result = safe_filename(name)
        assert "/" not in result and "\\" not in result and ".." not in result
        assert SAFE.match(result), result


def test_chinese_titles_get_distinct_stable_names() -> None:
    first = safe_filename("罗庄区2019年政府信息公开工作年度报告")
    second = safe_filename("罗庄区2020年政府信息公开工作年度报告")
    assert first != second
    assert first == safe_filename("罗庄区2019年政府信息公开工作年度报告")
    assert first.isascii() and SAFE.match(first)
    assert safe_filename("政府报告").startswith("release-")


def test_length_is_bounded_and_extension_kept() -> None:
    result = safe_filename("a" * 500 + ".mp3", max_length=40)
    assert len(result) <= 40 and result.endswith(".mp3")
    assert safe_filename("a" * 500 + "x") != safe_filename("a" * 500 + "y")


@given(st.text(max_size=300))
def test_any_text_gives_a_safe_idempotent_name(name: str) -> None:
    result = safe_filename(name)
    assert 0 < len(result) <= 100
    assert SAFE.match(result), result
    assert ".." not in result
    assert result.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
    assert safe_filename(result) == result


def test_release_file_names_use_a_safe_slug() -> None:
    release = replace(sample_release(), slug="../../etc/x")
    assert "/" not in captions_name(release) and ".." not in captions_name(release)
    assert audio_name(replace(release, files={})) == safe_filename("../../etc/x") + ".mp3"
    with pytest.raises(InputError, match="not a plain ASCII file name"):
        audio_name(replace(release, files={"mp3": "../secret.mp3"}))
