"""The pinyin front end: token protocol, tones, sandhi, stdin command, cache, spoken mapping."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SRC

from audiojiedu.model import Normalized, Rewrite
from audiojiedu.pinyin import dictionary, spoken, to_pinyin, to_spoken_pinyin

SYLLABLE = re.compile(r"[a-z]+[1-5]")


def test_one_token_per_character_and_non_chinese_passes_through() -> None:
    text = "2024年GDP增长5.2%，（一）  稳中求进"
    tokens = to_pinyin(text)
    assert len(tokens) == len(text)
    for ch, tok in zip(text, tokens):
        if "\u4e00" <= ch <= "\u9fff":
            assert SYLLABLE.fullmatch(tok), (ch, tok)
        else:
            assert tok == ch


def test_empty_text() -> None:
    assert to_pinyin("") == []


def test_tone_numbers_and_v_for_u_umlaut() -> None:
    assert to_pinyin("绿色女性") == ["lv4", "se4", "nv3", "xing4"]
    assert to_pinyin("我们的") == ["wo3", "men5", "de5"]


def test_sandhi_is_optional() -> None:
    text = "一个不变，统一领导，第一"
    with_sandhi = to_pinyin(text)
    plain = to_pinyin(text, sandhi=False)
    assert with_sandhi[:4] == ["yi2", "ge4", "bu2", "bian4"]
    assert plain[:4] == ["yi1", "ge4", "bu4", "bian4"]
    assert with_sandhi[6] == plain[6] == "yi1"  # 统一 ends a word
    assert with_sandhi[-1] == "yi1"  # 第一 is an ordinal
    # only 一 and 不 may differ
    assert [a for a, b in zip(with_sandhi, plain) if a != b] == ["yi2", "bu2"]


def test_long_text_is_read_like_its_sentences() -> None:
    sentences = ["坚持以人民为中心。", "积极稳妥地推进改革。", "数据来自省统计局。"]
    joined = to_pinyin("".join(sentences))
    assert joined == [t for s in sentences for t in to_pinyin(s)]


def run_command(lines: list[str], *args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "audiojiedu.pinyin", *args],
        input="".join(line + "\n" for line in lines),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
        check=True,
        timeout=60,
    )
    return result.stdout.splitlines()


def test_stdin_command_prints_one_line_per_input_and_one_token_per_character() -> None:
    lines = ["以项目建设为抓手。", "", "A 股 上涨", "应保尽保"]
    out = run_command(lines, "--no-sandhi")
    assert len(out) == len(lines)
    for line, printed in zip(lines, out):
        assert len(printed.split()) == len(line)
    assert out[0].split()[5] == "wei2"
    assert out[2].split() == ["A", "_", "gu3", "_", "shang4", "zhang3"]
    assert out[3] == "ying1 bao3 jin4 bao3"


def test_stdin_command_reports_a_bad_lexicon(tmp_path: Path) -> None:
    bad = tmp_path / "lexicon.tsv"
    bad.write_text("番禺\tpan1\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "audiojiedu.pinyin", "--lexicon", str(bad)],
        input="番禺\n", capture_output=True, text=True, encoding="utf-8",
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, timeout=60,
    )
    assert result.returncode == 2
    assert "line 1" in result.stderr and "Traceback" not in result.stderr


def fake_normalizer(text: str) -> Normalized:
    """Reads the digits 2024 and the sign % the way a normalizer would."""
    rewrites = []
    for written, said in (("2024", "二零二四"), ("5%", "百分之五")):
        start = text.find(written)
        if start >= 0:
            rewrites.append(Rewrite(start, start + len(written), written, said, "test"))
    out, pos = [], 0
    for rw in sorted(rewrites, key=lambda r: r.start):
        out += [text[pos : rw.start], rw.spoken]
        pos = rw.end
    out.append(text[pos:])
    return Normalized(text, "".join(out), tuple(rewrites))


def test_spoken_pinyin_maps_normalized_text_back_to_written_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spoken, "_normalizer", lambda: fake_normalizer)
    text = "2024年增长5%"
    tokens = to_spoken_pinyin(text, sandhi=False)
    assert len(tokens) == len(text)
    assert tokens[:4] == ["er4", "ling2", "er4", "si4"]  # one digit, one syllable
    assert tokens[4:7] == ["nian2", "zeng1", "zhang3"]
    assert tokens[7:] == ["bai3+fen1+zhi1+wu3", "-"]  # counts differ: all on the first


def test_spoken_pinyin_falls_back_to_written_text_on_inconsistent_rewrites(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = Normalized("为民A", "为民服务A", (Rewrite(0, 1, "X", "Y", "test"),))
    monkeypatch.setattr(spoken, "_normalizer", lambda: lambda text: broken)
    assert to_spoken_pinyin("为民A") == to_pinyin("为民A")


def test_plain_chinese_lines_skip_the_normalizer(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> Normalized:
        raise AssertionError(f"normalizer called on {text!r}")

    monkeypatch.setattr(spoken, "_normalizer", lambda: refuse)
    assert to_spoken_pinyin("坚持以人民为中心，“两个确立”。") == to_pinyin("坚持以人民为中心，“两个确立”。")
    with pytest.raises(AssertionError, match="normalizer called"):
        to_spoken_pinyin("增长5%")


def test_tables_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dictionary, "_cache_path", lambda digest: tmp_path / f"tables-{digest}.marshal")
    (tmp_path / "tables-stale.marshal").write_bytes(b"old")
    built = dictionary.load_tables()
    files = list(tmp_path.glob("tables-*.marshal"))
    assert len(files) == 1 and files[0].name != "tables-stale.marshal"  # stale cache pruned
    loaded = dictionary.load_tables()
    assert loaded == built
    files[0].write_bytes(b"corrupt")  # a damaged cache is rebuilt, not fatal
    assert dictionary.load_tables() == built


def test_spoken_pinyin_line_reads_the_staff_lexicon_file(tmp_path: Path) -> None:
    from audiojiedu.pinyin import spoken_pinyin_line

    staff = tmp_path / "lexicon.tsv"
    staff.write_text("长乐\tchang2 le4\n", encoding="utf-8")
    assert spoken_pinyin_line("成长乐园", normalize=False).split()[1] == "zhang3"
    assert spoken_pinyin_line("成长乐园", lexicon_path=staff, normalize=False).split()[1:3] == ["chang2", "le4"]


def test_segment_keeps_every_character_and_real_word_boundaries() -> None:
    from audiojiedu.pinyin import segment

    text = "数据来自省统计局，有人参加了2024年 GDP 会议"
    pieces = segment(text)
    assert "".join(pieces) == text
    assert "来自" in pieces and "自省" not in pieces
    assert "参加" in pieces and "人参" not in pieces
    assert "2024" in pieces and "GDP" in pieces and " " in pieces
