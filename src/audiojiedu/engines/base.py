"""The Engine protocol every speech engine implements.

Engines are constructed by name in each worker (see `engines.create_engine`), so they
must be cheap to construct and load heavy state lazily on first `synthesize`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from ..model import Prosody, Speech

# How the synthesis runner parallelizes an engine: CPU-bound engines run in a process
# pool (one engine instance per worker), network engines in a bounded pool of threads.
Concurrency = Literal["process", "thread"]


@dataclass(frozen=True)
class VoiceInfo:
    name: str  # the id used in voices.yaml
    locale: str  # e.g. zh-CN
    gender: str = ""
    description: str = ""


@runtime_checkable
class Engine(Protocol):
    name: str
    concurrency: Concurrency

    def version(self) -> str:
        """Engine and model version; part of every cache key."""
        ...

    def voices(self) -> list[VoiceInfo]:
        """Voices this engine can speak with."""
        ...

    def check_voice(self, voice: str) -> None:
        """Raise ConfigError naming the voice if this engine cannot speak with it."""
        ...

    def pronounce(self, text: str) -> str:
        """What will really be said for `text` (offline: phones; others: the text), for review."""
        ...

    def synthesize(self, text: str, prosody: Prosody) -> Speech:
        """Speak `text` (already normalized) of any length. Raise EngineError subclasses."""
        ...
