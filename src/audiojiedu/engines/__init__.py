"""Speech engines behind one protocol, created by name.

offline: the embedded neural Mandarin voice (default; always works offline)
espeak:  espeak-ng, a tiny robotic fallback
edge:    Microsoft neural voices through edge-tts (online)
fake:    a deterministic tone, for tests and benchmarks
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import AudiojieduError, ConfigError, EngineUnavailable
from .base import Engine, VoiceInfo

__all__ = ["ENGINE_NAMES", "Engine", "VoiceInfo", "choose_engine", "create_engine"]

ENGINE_NAMES = ("offline", "espeak", "edge", "fake")


def create_engine(name: str, **options: Any) -> Engine:
    """A new engine instance; cheap (engines load models lazily)."""
    if name == "offline":
        from .offline import OfflineEngine

        return OfflineEngine(**options)
    if name == "espeak":
        from .espeak import EspeakEngine

        return EspeakEngine(**_without(options, "lexicon"))
    if name == "edge":
        try:
            from .edge import EdgeEngine
        except ImportError as exc:
            raise EngineUnavailable(f"the edge engine needs edge-tts and aiohttp ({exc}); run: pip install edge-tts==7.3.1") from None

        return EdgeEngine(**_without(options, "lexicon"))
    if name == "fake":
        from .fake import FakeEngine

        return FakeEngine()
    raise ConfigError(f"unknown engine '{name}' (known: auto, {', '.join(ENGINE_NAMES[:3])})")


def _without(options: dict[str, Any], *names: str) -> dict[str, Any]:
    return {k: v for k, v in options.items() if k not in names}


def choose_engine(requested: str, *, say: Callable[[str], None], **options: Any) -> Engine:
    """Resolve `auto`: edge if its service answers, else the offline voice, else espeak.

    Says which engine it picked and why; one engine serves the whole release.
    """
    if requested != "auto":
        return create_engine(requested, **options)
    reasons: list[str] = []
    try:
        edge = create_engine("edge", **options)
        problem = edge.probe()  # type: ignore[attr-defined]
        if problem is None:
            say("engine: edge (the edge-tts service answered)")
            return edge
        # No thread of the edge engine may be running when the offline voice forks its workers.
        edge.close()  # type: ignore[attr-defined]
        reasons.append(f"edge-tts unreachable: {problem}")
    except AudiojieduError as exc:
        reasons.append(f"edge unavailable: {exc}")
    for name in ("offline", "espeak"):
        try:
            engine = create_engine(name, **options)
            engine.check_voice(engine.voices()[0].name)
            say(f"engine: {name} (" + "; ".join(reasons) + ")")
            return engine
        except EngineUnavailable as exc:
            reasons.append(f"{name} unavailable: {exc}")
    raise EngineUnavailable("no speech engine can run here: " + "; ".join(reasons))
