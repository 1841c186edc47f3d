"""The pronunciation lexicon: file format, errors, override, respelling, digest, pickling."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from helpers import ROOT

from audiojiedu.errors import ConfigError
from audiojiedu.lexicon import Lexicon, LexiconEntry, load_lexicon, parse_lexicon
from audiojiedu.pinyin import to_pinyin


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lexicon.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_parses_entries_comments_and_blank_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "# staff words\n\n洑溪\tfu2 xi1\t浮溪\n  # indented comment\n单县\tshan4 xian4\n")
    lexicon = load_lexicon(path, defaults=False)
    assert lexicon.entries == (
        LexiconEntry("洑溪", ("fu2", "xi1"), "浮溪"),
        LexiconEntry("单县", ("shan4", "xian4"), None),
    )
    assert lexicon.defaults == ()


def test_shipped_defaults_load_and_cover_government_terms() -> None:
    lexicon = load_lexicon()
    words = {e.word: e.pinyin for e in lexicon.defaults}
    assert words["应保尽保"] == ("ying1", "bao3", "jin4", "bao3")
    assert words["番禺"] == ("pan1", "yu2")
    assert lexicon.entries == ()


def test_repository_template_is_valid() -> None:
    lexicon = load_lexicon(ROOT / "lexicon.tsv")
    assert lexicon.entries, "the template should show at least one live example"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("番禺\tpan1", "2 characters but 1 pinyin syllables"),
        ("番禺\tpan1 yu2 qu1", "2 characters but 3 pinyin syllables"),
        ("番禺\tpan1 yu7", "bad tone digit '7'"),
        ("番禺\tpan yu2", "no tone digit"),
        ("番禺\tpān yu2", "is not pinyin"),
        ("番禺\tpxn1 yu2", "is not a Mandarin syllable"),
        ("番禺", "expected word<TAB>pinyin"),
        ("番禺\tpan1 yu2\t潘禺\textra", "4 columns"),
        ("番 禺\tpan1 yu2", "contains spaces"),
    ],
)
def test_malformed_line_names_file_line_and_problem(tmp_path: Path, line: str, problem: str) -> None:
    path = write(tmp_path, "# header\n蚌埠\tbeng4 bu4\n\n" + line + "\n")
    with pytest.raises(ConfigError) as info:
        load_lexicon(path)
    message = str(info.value)
    assert str(path) in message and "line 4" in message and problem in message
    assert "\n" not in message


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_lexicon(tmp_path / "missing.tsv")
    bad = tmp_path / "latin1.tsv"
    bad.write_bytes("番禺\tpan1 yu2\n".encode("gb18030"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_lexicon(bad)


def test_staff_reading_overrides_everything(tmp_path: Path) -> None:
    text = "广州市番禺区和丽水市"
    assert to_pinyin(text)[3:5] == ["pan1", "yu2"]
    # A deliberately unusual reading proves the staff file wins over shipped words.
    lexicon = load_lexicon(write(tmp_path, "番禺\tfan1 yu2\n"))
    tokens = to_pinyin(text, lexicon=lexicon)
    assert tokens[3:5] == ["fan1", "yu2"]
    assert tokens[7:9] == ["li2", "shui3"]  # everything else unchanged


def test_staff_word_is_forced_across_segmentation(tmp_path: Path) -> None:
    # 长乐 would not be segmented here (成长|乐园), but a staff word is read wherever it occurs.
    lexicon = load_lexicon(write(tmp_path, "长乐\tchang2 le4\n"))
    assert to_pinyin("成长乐园")[1] == "zhang3"
    assert to_pinyin("成长乐园", lexicon=lexicon)[1:3] == ["chang2", "le4"]


def test_staff_reading_is_not_changed_by_sandhi(tmp_path: Path) -> None:
    lexicon = load_lexicon(write(tmp_path, "一致\tyi1 zhi4\n"))
    assert to_pinyin("一致同意")[0] == "yi2"
    assert to_pinyin("一致同意", lexicon=lexicon)[0] == "yi1"


def test_respell_rewrites_words_with_offsets(tmp_path: Path) -> None:
    lexicon = load_lexicon(write(tmp_path, "洑溪\tfu2 xi1\t浮溪\n洑溪镇\tfu2 xi1 zhen4\t浮溪镇\n单县\tshan4 xian4\n"))
    text, rewrites = lexicon.respell("洑溪村和洑溪镇，单县")
    assert text == "浮溪村和浮溪镇，单县"
    assert [(r.start, r.end, r.written, r.spoken, r.rule) for r in rewrites] == [
        (0, 2, "洑溪", "浮溪", "lexicon"),
        (4, 7, "洑溪镇", "浮溪镇", "lexicon"),  # longest match first
    ]


def test_respell_without_respellings_is_identity() -> None:
    lexicon = Lexicon((LexiconEntry("单县", ("shan4", "xian4")),))
    assert lexicon.respell("单县人民") == ("单县人民", ())


def test_staff_entry_without_respelling_cancels_a_shipped_one() -> None:
    shipped = (LexiconEntry("洑溪", ("fu2", "xi1"), "浮溪"),)
    assert Lexicon((), shipped).respell("洑溪")[0] == "浮溪"
    assert Lexicon((LexiconEntry("洑溪", ("fu4", "xi1")),), shipped).respell("洑溪")[0] == "洑溪"


def test_digest_is_stable_and_content_sensitive(tmp_path: Path) -> None:
    a = load_lexicon(write(tmp_path, "洑溪\tfu2 xi1\t浮溪\n"))
    b = load_lexicon(write(tmp_path, "# a comment changes nothing\n洑溪\tfu2 xi1\t浮溪\n"))
    c = load_lexicon(write(tmp_path, "洑溪\tfu4 xi1\t浮溪\n"))
    d = load_lexicon(write(tmp_path, "洑溪\tfu2 xi1\n"))
    assert a.digest() == b.digest()
    assert len({a.digest(), c.digest(), d.digest()}) == 3
    assert a.digest() != load_lexicon(write(tmp_path, "洑溪\tfu2 xi1\t浮溪\n"), defaults=False).digest()


def test_pickles_after_use(tmp_path: Path) -> None:
    lexicon = load_lexicon(write(tmp_path, "洑溪\tfu2 xi1\t浮溪\n"))
    lexicon.respell("洑溪")  # fills the derived lookup tables
    copy = pickle.loads(pickle.dumps(lexicon))
    assert copy == lexicon and copy.digest() == lexicon.digest()
    assert copy.respell("洑溪村")[0] == "浮溪村"
    assert hash(copy) == hash(lexicon)


def test_parse_lexicon_names_its_source() -> None:
    with pytest.raises(ConfigError, match=r"^inline line 1: "):
        parse_lexicon("番禺\tpan1\n", source="inline")
