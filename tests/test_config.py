"""voices.yaml: the shipped file loads; every mistake names file, key and problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT

from audiojiedu.config import Config, load_config
from audiojiedu.errors import ConfigError
from audiojiedu.model import Prosody


def test_shipped_voices_yaml_loads():
    config = load_config(ROOT / "voices.yaml")
    assert config.engine == "auto"
    assert config.prosody("edge", "body").voice == "zh-CN-XiaoxiaoNeural"
    assert config.prosody("edge", "heading").voice == "zh-CN-YunyangNeural"
    assert config.prosody("offline", "announcement") == config.prosody("offline", "title")
    assert config.audio.bitrate_kbps == 64 and config.pauses.before_heading == 900
    assert config.lexicon_path is not None and config.lexicon_path.name == "lexicon.tsv"


def test_table_bound_is_a_number_of_rows_or_all(tmp_path):
    path = tmp_path / "voices.yaml"
    assert load_config(ROOT / "voices.yaml").max_table_rows == Config().max_table_rows == 12
    path.write_text("tables: {max_spoken_rows: all}\n", encoding="utf-8")
    assert load_config(path).max_table_rows is None  # every table read row by row
    path.write_text("tables: {max_spoken_rows: 30}\n", encoding="utf-8")
    assert load_config(path).max_table_rows == 30


def test_no_file_gives_defaults():
    assert load_config(None) == Config()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("engine: [unclosed", "line 1"),
        ("- a\n- b\n", "top level must be a mapping"),
        ("engine: loud\n", "engine: 'loud'"),
        ("colour: red\n", "unknown key 'colour'"),
        ("audio: {bitrate_kbps: 65}\n", "audio.bitrate_kbps: 65"),
        ("audio: {loudness_lufs: loud}\n", "audio.loudness_lufs: must be a number"),
        ("pauses_ms: {sentence: -5}\n", "pauses_ms.sentence: -5"),
        ("pauses_ms: {comma: 5}\n", "unknown key 'comma'"),
        ("voices: {offline: {body: {rate: '+5%'}}}\n", "voices.offline.body.voice: missing"),
        ("voices: {offline: {body: {voice: x, rate: fast}}}\n", "voices.offline.body.rate: 'fast'"),
        ("voices: {edge: {body: {voice: x, pitch: '+5%'}}}\n", "voices.edge.body.pitch: '+5%'"),
        ("voices: {edge: {body: {voice: x, volume: loud}}}\n", "voices.edge.body.volume: 'loud'"),
        ("voices: {edge: {body: {voice: x, rate: '+200%'}}}\n", "voices.edge.body.rate: '+200%' is outside"),
        ("voices: {offline: {chorus: {voice: x}}}\n", "unknown role 'chorus'"),
        ("voices: {polly: {body: {voice: x}}}\n", "unknown engine 'polly'"),
        ("announcements: {opening: ['{mayor}']}\n", "unknown placeholder '{mayor}'"),
        ("lexicon: nowhere.tsv\n", "lexicon: file"),
        ("tables: {max_spoken_rows: 0}\n", "tables.max_spoken_rows: must be a whole number"),
        ("tables: {max_spoken_rows: many}\n", "tables.max_spoken_rows: must be a whole number"),
        ("tables: {rows: 5}\n", "tables: unknown key 'rows'"),
    ],
)
def test_malformed_config_names_the_problem(tmp_path, text, message):
    path = tmp_path / "voices.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(str(path))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file():
    with pytest.raises(ConfigError, match="no such file"):
        load_config(Path("/nonexistent/voices.yaml"))


def test_rate_factor():
    assert Prosody("x", rate=20).rate_factor == pytest.approx(1.2)
    assert Prosody("x", rate=-10).rate_factor == pytest.approx(0.9)


def test_prosody_is_parsed_once_into_numbers(tmp_path):
    path = tmp_path / "voices.yaml"
    path.write_text("voices: {edge: {body: {voice: v, rate: '-15%', pitch: '+3Hz', volume: '+20%'}}}\n", "utf-8")
    body = load_config(path).prosody("edge", "body")
    assert body == Prosody("v", rate=-15, pitch=3, volume=20)
    # engines that take edge-tts strings get them back exactly
    assert (body.rate_text, body.pitch_text, body.volume_text) == ("-15%", "+3Hz", "+20%")


def test_built_in_voices_agree_with_the_shipped_voices_yaml():
    shipped = load_config(ROOT / "voices.yaml")
    for engine in ("offline", "edge", "espeak", "fake"):
        for role in ("title", "heading", "body", "announcement"):
            assert Config().prosody(engine, role) == shipped.prosody(engine, role), (engine, role)


def test_an_opening_may_name_the_documents_number(tmp_path: Path) -> None:
    path = tmp_path / "voices.yaml"
    path.write_text("announcements: {opening: ['文号：{number}。']}\n", encoding="utf-8")
    assert load_config(path).opening == ("文号：{number}。",)
