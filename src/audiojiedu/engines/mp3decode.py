"""Decode MP3 bytes to float32 mono PCM with the ffmpeg binary that imageio-ffmpeg ships.

The input format and the output format are both given explicitly (no probing, no ffprobe):
input `-f mp3` from stdin, output raw little-endian float32 at the requested rate on stdout.
An async variant lets an event loop decode without blocking its other connections.
"""

from __future__ import annotations

import asyncio
import subprocess
from functools import lru_cache

import numpy as np

from ..errors import EngineError, EngineUnavailable


@lru_cache(maxsize=1)
def ffmpeg_path() -> str:
    """Path of the ffmpeg executable bundled with imageio-ffmpeg."""
    try:
        import imageio_ffmpeg
    except ImportError as exc:
        raise EngineUnavailable(
            "imageio-ffmpeg is not installed: run `pip install imageio-ffmpeg` to decode MP3"
        ) from exc
    try:
        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except RuntimeError as exc:
        raise EngineUnavailable(f"no ffmpeg binary found by imageio-ffmpeg: {exc}") from exc


def _command(sample_rate: int) -> list[str]:
    return [
        ffmpeg_path(),
        "-hide_banner",
        "-loglevel",
        "error",
        "-nostdin",
        # Start-up dominates the cost of a short decode (a sentence is a few seconds of
        # audio): skip stream analysis (the format is given) and extra decoder threads.
        "-threads",
        "1",
        "-analyzeduration",
        "0",
        "-probesize",
        "4096",
        "-f",
        "mp3",
        "-i",
        "pipe:0",
        "-f",
        "f32le",
        "-acodec",
        "pcm_f32le",
        "-ac",
        "1",
        "-ar",
        str(sample_rate),
        "pipe:1",
    ]


def _to_samples(stdout: bytes, stderr: bytes, returncode: int | None) -> np.ndarray:
    if returncode != 0:
        detail = stderr.decode("utf-8", "replace").strip().splitlines()
        reason = detail[-1] if detail else f"exit status {returncode}"
        raise EngineError(f"ffmpeg could not decode the MP3 audio: {reason}")
    usable = len(stdout) - len(stdout) % 4
    samples = np.frombuffer(stdout[:usable], dtype="<f4").astype(np.float32)
    # Decoded MP3 can overshoot full scale by a hair; Speech promises [-1, 1].
    return np.clip(samples, -1.0, 1.0)


def decode_mp3(data: bytes, *, sample_rate: int = 24000, timeout: float = 60.0) -> np.ndarray:
    """Decode MP3 `data` to mono float32 samples in [-1, 1] at `sample_rate` Hz."""
    if not data:
        return np.zeros(0, dtype=np.float32)
    try:
        done = subprocess.run(
            _command(sample_rate), input=data, capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise EngineError(f"ffmpeg took longer than {timeout:g} s to decode the MP3 audio") from exc
    except OSError as exc:
        raise EngineUnavailable(f"cannot run ffmpeg ({ffmpeg_path()}): {exc}") from exc
    return _to_samples(done.stdout, done.stderr, done.returncode)


async def decode_mp3_async(
    data: bytes, *, sample_rate: int = 24000, timeout: float = 60.0
) -> np.ndarray:
    """Like `decode_mp3`, but awaits the ffmpeg process instead of blocking the thread."""
    if not data:
        return np.zeros(0, dtype=np.float32)
    try:
        process = await asyncio.create_subprocess_exec(
            *_command(sample_rate),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
    except OSError as exc:
        raise EngineUnavailable(f"cannot run ffmpeg ({ffmpeg_path()}): {exc}") from exc
    try:
        stdout, stderr = await asyncio.wait_for(process.communicate(data), timeout)
    except BaseException as exc:
        # Timed out or cancelled: never leave an ffmpeg process behind.
        if process.returncode is None:
            process.kill()
            await asyncio.shield(process.wait())
        if isinstance(exc, asyncio.TimeoutError):
            raise EngineError(
                f"ffmpeg took longer than {timeout:g} s to decode the MP3 audio"
            ) from exc
        raise
    return _to_samples(stdout, stderr, process.returncode)
