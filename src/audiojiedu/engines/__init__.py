"""Speech engines behind one protocol, listed once here and created by name.

Each engine class declares its `Capabilities`; callers ask those, never the engine's name.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from ..errors import AudiojieduError, ConfigError, EngineUnavailable
from .base import Capabilities, Engine, VoiceInfo

__all__ = [
    "ENGINE_NAMES",
    "USER_ENGINES",
    "Capabilities",
    "Engine",
    "VoiceInfo",
    "capabilities",
    "choose_engine",
    "create_engine",
]


@dataclass(frozen=True)
class _Entry:
    module: str
    class_name: str
    install: str = ""  # what to run when its module cannot be imported
    service: str = ""  # the online service it needs, named in messages
    for_tests: bool = False  # not offered to users (help texts, `voices`)


# The one list of engines.
_REGISTRY: dict[str, _Entry] = {
    "offline": _Entry("offline", "OfflineEngine"),  # the embedded neural Mandarin voice (default)
    "espeak": _Entry("espeak", "EspeakEngine", "pip install espeakng-loader"),  # tiny robotic fallback
    "edge": _Entry("edge", "EdgeEngine", "pip install edge-tts==7.3.1 aiohttp", service="edge-tts"),  # online
    "fake": _Entry("fake", "FakeEngine", for_tests=True),  # a deterministic tone
}
ENGINE_NAMES: tuple[str, ...] = tuple(_REGISTRY)
USER_ENGINES: tuple[str, ...] = tuple(name for name, entry in _REGISTRY.items() if not entry.for_tests)
# `auto` prefers the online voice when its service answers, then the offline ones.
AUTO_ORDER: tuple[str, ...] = ("edge", "offline", "espeak")


def engine_class(name: str) -> type[Engine]:
    entry = _REGISTRY.get(name)
    if entry is None:
        raise ConfigError(f"unknown engine '{name}' (known: auto, {', '.join(USER_ENGINES)})")
    try:
        module = importlib.import_module(f"{__name__}.{entry.module}")
    except ImportError as exc:
        raise EngineUnavailable(f"the {name} engine cannot load ({exc}); run: {entry.install}") from None
    return cast("type[Engine]", getattr(module, entry.class_name))


def capabilities(name: str) -> Capabilities:
    return engine_class(name).capabilities


def create_engine(name: str, *, lexicon: Any = None, threads: int = 1, **options: Any) -> Engine:
    """A new engine instance; cheap (engines load models lazily). `lexicon` and `threads` reach
    only the engines whose capabilities say they take them."""
    cls = engine_class(name)
    if cls.capabilities.takes_pinyin:
        options["lexicon"] = lexicon
    if cls.capabilities.takes_threads:
        options["threads"] = threads
    return cls(**options)


def choose_engine(requested: str, *, say: Callable[[str], None], **options: Any) -> Engine:
    """Resolve `auto`: the first engine of AUTO_ORDER that can speak here; one that needs a
    probe (edge) counts only if its service answers.

    Says which engine it picked and why; one engine serves the whole release.
    """
    if requested != "auto":
        return create_engine(requested, **options)
    reasons: list[str] = []
    for name in AUTO_ORDER:
        label = _REGISTRY[name].service or name
        try:
            engine = create_engine(name, **options)
            if engine.capabilities.needs_probe:
                problem = engine.probe()
                if problem is not None:
                    # No thread of this engine may run when the next one forks its workers.
                    engine.close()
                    reasons.append(f"{label} unreachable: {problem}")
                    continue
                reasons = [f"the {label} service answered"]
            else:
                engine.check_voice(engine.voices()[0].name)
        except EngineUnavailable as exc:
            reasons.append(f"{name} unavailable: {exc}")
            continue
        except AudiojieduError as exc:
            if not engine_class(name).capabilities.needs_probe:
                raise
            reasons.append(f"{name} unavailable: {exc}")
            continue
        say(f"engine: {name} (" + "; ".join(reasons) + ")")
        return engine
    raise EngineUnavailable("no speech engine can run here: " + "; ".join(reasons))
