"""A staff lexicon entry changes what every engine says: a respelling in the spoken text for
engines without phoneme control, a pinyin override in what the offline voice synthesizes."""

from __future__ import annotations

import pytest
from helpers import run_build

from audiojiedu.build import load_document, plan
from audiojiedu.config import load_config
from audiojiedu.engines.offline import OfflineEngine
from audiojiedu.lexicon import load_lexicon
from audiojiedu.manifest import read_manifest

DOC = "关于罗庄区测试的通知\n一、总体要求\n罗庄区认真做好政务公开工作。\n"


@pytest.fixture
def setup(tmp_path):
    lexicon = tmp_path / "lexicon.tsv"
    lexicon.write_text("罗庄\tluo2 zhuang4\t洛壮\n", encoding="utf-8")
    config = tmp_path / "voices.yaml"
    config.write_text("lexicon: lexicon.tsv\n", encoding="utf-8")
    doc = tmp_path / "notice.txt"
    doc.write_text(DOC, encoding="utf-8")
    return doc, load_config(config)


def test_respelling_reaches_the_manifest_for_engines_without_phonemes(tmp_path, setup):
    doc, config = setup
    run_build([doc], tmp_path / "out", tmp_path / "cache", config=config)
    body = [s for s in read_manifest(tmp_path / "out").segments if s.role == "body"]
    assert body[0].written == "罗庄区认真做好政务公开工作。"
    assert body[0].spoken == "洛壮区认真做好政务公开工作。"
    rows = (tmp_path / "out" / "review.tsv").read_text(encoding="utf-8")
    assert "罗庄\t洛壮\tlexicon" in rows


def test_offline_voice_speaks_the_lexicon_pinyin(setup):
    doc, config = setup
    lexicon = load_lexicon(config.lexicon_path)
    segments = plan(load_document(doc), config, engine_name="offline", lexicon=lexicon)
    body = next(s for s in segments if s.role == "body")
    assert body.spoken.startswith("罗庄区")  # the offline voice keeps the text ...
    with_entry = OfflineEngine(lexicon=lexicon).pronounce(body.spoken)
    without = OfflineEngine(lexicon=load_lexicon(None)).pronounce(body.spoken)
    assert "zh uang4" in with_entry and "zh uang1" in without  # ... and reads it as the lexicon says
    ids_with = OfflineEngine(lexicon=lexicon).phone_ids(body.spoken)
    ids_without = OfflineEngine(lexicon=load_lexicon(None)).phone_ids(body.spoken)
    assert ids_with != ids_without  # what is fed to the acoustic model changes
