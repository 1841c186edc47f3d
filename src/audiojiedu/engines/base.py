"""The Engine protocol every speech engine implements.

Engines are constructed by name in each worker (see `engines.create_engine`), so they
must be cheap to construct and load heavy state lazily on first `synthesize`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal, Protocol, runtime_checkable

from ..model import Prosody, Speech

# How the synthesis runner parallelizes an engine: CPU-bound engines run in a process
# pool (one engine instance per worker), network engines in a bounded pool of threads.
Concurrency = Literal["process", "thread"]


@dataclass(frozen=True)
class Capabilities:
    """What an engine can do, declared on its class: callers ask these, never the name."""

    concurrency: Concurrency
    # Applies the staff lexicon itself, as pinyin (takes a `lexicon` option); other engines get
    # the lexicon as a text respelling, and their cache keys do not depend on it.
    takes_pinyin: bool = False
    # Reads Latin letters aloud; an engine without it leaves them out (and reports them).
    speaks_latin: bool = False
    # Online: ask once whether it answers (`probe`) before choosing it for `auto`.
    needs_probe: bool = False
    # The most text one request to the voice may carry (UTF-8 bytes); None: any length. The
    # engine cuts longer text itself; the figure tells callers what one request costs.
    max_request_bytes: int | None = None
    # CPU-bound in each worker: takes a `threads` option, its share of the cores.
    takes_threads: bool = False


@dataclass(frozen=True)
class VoiceInfo:
    name: str  # the id used in voices.yaml
    locale: str  # e.g. zh-CN
    gender: str = ""
    description: str = ""


@runtime_checkable
class Engine(Protocol):
    name: ClassVar[str]
    capabilities: ClassVar[Capabilities]

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

    def probe(self) -> str | None:
        """None when the engine can speak now, else a short reason (quick; for `auto`)."""
        ...

    def close(self) -> None:
        """Release threads, processes or connections; the engine may be used again after."""
        ...
