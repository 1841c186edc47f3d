"""A fast, deterministic stand-in engine for pipeline tests and benchmarks.

It "speaks" a tone whose length follows the text (about 5 characters a second) and whose pitch
follows a hash of the text, so different text gives different audio. It also counts its calls
in a file named by $AUDIOJIEDU_FAKE_COUNTER, when set, so tests can prove what was synthesized
even across processes; $AUDIOJIEDU_FAKE_DELAY adds seconds per call.
"""

from __future__ import annotations

import hashlib
import os
import time

import numpy as np

from ..errors import ConfigError
from ..model import Mark, Prosody, Speech
from .base import Capabilities, VoiceInfo

CHARS_PER_SECOND = 5.0
_VOICES = ("fake-title", "fake-heading", "fake-body")


class FakeEngine:
    name = "fake"
    capabilities = Capabilities(concurrency="thread", speaks_latin=True)

    def __init__(self, **_: object) -> None:
        pass

    def version(self) -> str:
        return "fake-1"

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo(v, "zh-CN", description="test tone") for v in _VOICES]

    def check_voice(self, voice: str) -> None:
        if voice not in _VOICES:
            raise ConfigError(f"unknown voice '{voice}' for engine fake (known: {', '.join(_VOICES)})")

    def pronounce(self, text: str) -> str:
        return text

    def probe(self) -> str | None:
        return None

    def close(self) -> None:
        pass

    def synthesize(self, text: str, prosody: Prosody) -> Speech:
        delay = float(os.environ.get("AUDIOJIEDU_FAKE_DELAY", "0") or 0)
        if delay:  # lets crash-safety tests kill a build in the middle of synthesis
            time.sleep(delay)
        counter = os.environ.get("AUDIOJIEDU_FAKE_COUNTER")
        if counter:
            with open(counter, "a", encoding="utf-8") as handle:
                handle.write(text.replace("\n", " ") + "\n")
        rate = 24000
        seconds = max(0.3, len(text) / (CHARS_PER_SECOND * prosody.rate_factor))
        t = np.arange(int(seconds * rate)) / rate
        digest = hashlib.sha256(f"{prosody.voice}|{text}".encode()).digest()
        pitch = 150 + digest[0]
        envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 3 * t) ** 2  # syllable-like swells
        samples = (0.3 * envelope * np.sin(2 * np.pi * pitch * t)).astype(np.float32)
        return Speech(samples, rate, (Mark(0.0, seconds, text),))
