"""Engine "espeak": the tiny robotic fallback voice (espeak-ng's Mandarin, voice cmn).

The library and its data come from the espeakng-loader wheel. espeak-ng is GPL-3.0, so it is
never loaded into this process: each engine instance starts one worker process
(`python -m audiojiedu.engines.espeak_worker`) on first use and talks to it through pipes.
Audio comes back at espeak's native rate (22,050 Hz); the pipeline resamples.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError, EngineUnavailable, SynthesisError
from ..model import Mark, Prosody, Speech
from .base import Capabilities, VoiceInfo

VOICE_NAME = "cmn"
DEFAULT_WPM = 175  # espeak-ng's own default speed
DEFAULT_PITCH = 50  # espeak-ng's pitch scale is 0..100
INSTALL = "pip install espeakng-loader"


def espeak_files() -> tuple[Path, Path]:
    """(libespeak-ng, espeak-ng-data) from the espeakng-loader package, found without importing it."""
    try:
        spec = importlib.util.find_spec("espeakng_loader")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise EngineUnavailable(f"the espeak voice needs the espeakng-loader package: run `{INSTALL}`")
    folder = Path(next(iter(spec.submodule_search_locations)))
    library = folder / (
        "espeak-ng.dll"
        if sys.platform == "win32"
        else "libespeak-ng.dylib"
        if sys.platform == "darwin"
        else "libespeak-ng.so"
    )
    data = folder / "espeak-ng-data"
    if not library.exists() or not data.is_dir():
        raise EngineUnavailable(
            f"espeakng-loader is incomplete (no {library.name} or espeak-ng-data): run `pip install --force-reinstall espeakng-loader`"
        )
    return library, data


def words_per_minute(rate: int) -> int:
    """Rate in percent -> espeak's words per minute."""
    return max(80, min(450, round(DEFAULT_WPM * (1.0 + rate / 100.0))))


def pitch_level(pitch: int) -> int:
    """Pitch in Hz -> espeak's 0..100 pitch scale."""
    # espeak's scale has no unit; about 2 Hz per step around the default suits this voice.
    return max(0, min(100, round(DEFAULT_PITCH + pitch / 2.0)))


class EspeakEngine:
    name = "espeak"
    capabilities = Capabilities(concurrency="process", speaks_latin=True)
    worker_module = "audiojiedu.engines.espeak_worker"

    def __init__(self) -> None:
        self._worker: subprocess.Popen[bytes] | None = None
        self._owner = 0  # pid of the process that started the worker

    def _own_worker(self) -> subprocess.Popen[bytes] | None:
        # A forked copy of this engine (a process-pool worker) must neither talk to nor stop
        # its parent's worker: the pipes would be shared. It starts its own instead.
        return self._worker if self._owner == os.getpid() else None

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_worker"] = None  # a copy starts its own worker
        return state

    def __del__(self) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker process (it also stops by itself when this process exits)."""
        worker = self._own_worker() if hasattr(self, "_worker") else None
        self._worker = None
        if worker is not None and worker.poll() is None:
            try:
                if worker.stdin:
                    worker.stdin.close()
                worker.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                worker.kill()
                worker.wait()

    def probe(self) -> str | None:
        return None

    def version(self) -> str:
        library, _ = espeak_files()
        digest = hashlib.sha256(library.read_bytes()).hexdigest()[:12]
        return f"espeak-ng lib:{digest} espeakng-loader-{importlib.metadata.version('espeakng-loader')}"

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo(name=VOICE_NAME, locale="zh-CN", description="espeak-ng 普通话（机械音，离线后备）")]

    def check_voice(self, voice: str) -> None:
        if voice != VOICE_NAME:
            raise ConfigError(
                f"unknown espeak voice '{voice}': the espeak engine speaks Mandarin with voice {VOICE_NAME}"
            )

    def pronounce(self, text: str) -> str:
        """espeak reads the text itself; collapse whitespace so that layout does not matter."""
        return " ".join(text.split())

    def synthesize(self, text: str, prosody: Prosody) -> Speech:
        self.check_voice(prosody.voice)
        spoken = self.pronounce(text)
        request = {
            "text": spoken,
            "voice": prosody.voice,
            "rate": words_per_minute(prosody.rate),
            "pitch": pitch_level(prosody.pitch),
        }
        header, pcm = self._ask(request)
        rate = int(header["sample_rate"])
        samples = (np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0) if pcm else np.zeros(0, np.float32)
        duration = len(samples) / rate
        marks: list[Mark] = []
        words = [w for w in header["words"] if w[1] > 0]
        for i, (position, length, start_ms) in enumerate(words):
            end = words[i + 1][2] / 1000.0 if i + 1 < len(words) else duration
            word = spoken[max(position - 1, 0) : max(position - 1, 0) + length]  # espeak counts from 1
            marks.append(
                Mark(start=min(start_ms / 1000.0, duration), end=min(max(end, start_ms / 1000.0), duration), text=word)
            )
        return Speech(samples=samples, sample_rate=rate, marks=tuple(marks))

    def _ask(self, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        library, data = espeak_files()
        request = {**request, "library": str(library), "data": str(data)}
        worker = self._start()
        assert worker.stdin is not None and worker.stdout is not None
        try:
            worker.stdin.write(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
            worker.stdin.flush()
            line = worker.stdout.readline()
            header = json.loads(line) if line else None
            pcm = worker.stdout.read(2 * int(header["samples"])) if header else b""
        except (OSError, ValueError) as exc:
            self.close()
            raise SynthesisError(f"espeak worker failed: {exc}") from exc
        if header is None:
            code = worker.poll()
            self.close()
            raise SynthesisError(f"espeak worker exited unexpectedly (exit code {code})")
        if header.get("error"):
            raise SynthesisError(f"espeak-ng failed: {header['error']}")
        if len(pcm) != 2 * int(header["samples"]):
            self.close()
            raise SynthesisError("espeak worker sent truncated audio")
        return header, pcm

    def _start(self) -> subprocess.Popen[bytes]:
        worker = self._own_worker()
        if worker is None or worker.poll() is not None:
            # The worker imports only its own module; make sure it finds this package even when
            # it is not installed (PYTHONPATH=src runs).
            package_root = str(Path(__file__).resolve().parents[2])
            env = dict(os.environ)
            env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
            try:
                worker = subprocess.Popen(
                    [sys.executable, "-m", self.worker_module],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    env=env,
                )
            except OSError as exc:
                raise EngineUnavailable(f"cannot start the espeak worker process: {exc}") from exc
            self._worker, self._owner = worker, os.getpid()
        return worker
