"""tsv.py: the one reader of shipped tables; word lists of `kind<TAB>word` rows by kind."""

from __future__ import annotations

import pytest

from audiojiedu import tsv


def test_read_kinds_groups_words_by_kind_in_file_order(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = tsv.parse_tsv("# a comment\ntoken\t打印\nprefix\t当前位置\ntoken\t关闭 \n")
    monkeypatch.setattr(tsv, "read_tsv", lambda package, name: rows)
    assert tsv.read_kinds("p", "words.tsv", ("token", "prefix", "caption")) == {
        "token": ("打印", "关闭"),
        "prefix": ("当前位置",),
        "caption": (),
    }


def test_a_row_of_an_unknown_kind_names_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = tsv.parse_tsv("token\t打印\ntokn\t关闭\n")
    monkeypatch.setattr(tsv, "read_tsv", lambda package, name: rows)
    with pytest.raises(ValueError, match=r"words\.tsv line 2: unknown kind 'tokn'"):
        tsv.read_kinds("p", "words.tsv", ("token",))
