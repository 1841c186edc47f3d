"""The segment cache: one file per synthesized segment, keyed by everything that shapes its audio.

An entry is a single file `<key[:2]>/<key>.seg`:  MAGIC, a 4-byte big-endian length, UTF-8 JSON
metadata (with the SHA-256 and frame count of the audio), then the MP3 frames. One file per entry
means one atomic rename publishes it whole, so concurrent builds and kills never leave a mismatched
pair. Every read verifies length, checksum and frame structure; a bad entry is deleted, reported,
and re-synthesized by the caller.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .audio.mp3 import Mp3FormatError, iter_frames
from .config import AudioConfig
from .errors import AudiojieduError
from .fsutil import atomic_write
from .model import Prosody

MAGIC = b"AJSEG1\n"


class CacheChanged(AudiojieduError):
    """A verified entry was replaced by different audio during the build (another build)."""


CACHE_FORMAT = 3  # bump when the entry layout or the audio processing changes


def default_cache_dir() -> Path:
    """$XDG_CACHE_HOME/audiojiedu, else the platform's user cache folder."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "audiojiedu"
    import platformdirs

    return Path(platformdirs.user_cache_dir("audiojiedu"))


def cache_key(parts: Mapping[str, Any]) -> str:
    blob = json.dumps({"cache_format": CACHE_FORMAT, **parts}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SegmentKey:
    """Everything that shapes one segment's audio; its hash is the segment's cache key.

    A new input to synthesis or to the audio processing must become a field here (the test
    checks that every field changes the key).
    """

    engine: str
    engine_version: str
    voice: str
    rate: str  # prosody as written ("+10%"), so keys stay stable across releases
    pitch: str
    volume: str
    text: str  # what is spoken
    lexicon: str  # digest of the lexicon when the engine reads it as pinyin, else ""
    bitrate: int
    sample_rate: int
    loudness: float
    true_peak: float

    @classmethod
    def of(
        cls, *, engine: str, engine_version: str, prosody: Prosody, text: str, lexicon: str, audio: AudioConfig
    ) -> SegmentKey:
        return cls(
            engine=engine,
            engine_version=engine_version,
            voice=prosody.voice,
            rate=prosody.rate_text,
            pitch=prosody.pitch_text,
            volume=prosody.volume_text,
            text=text,
            lexicon=lexicon,
            bitrate=audio.bitrate_kbps,
            sample_rate=audio.sample_rate,
            loudness=audio.loudness_lufs,
            true_peak=audio.true_peak_dbtp,
        )

    def digest(self) -> str:
        return cache_key(asdict(self))


@dataclass(frozen=True)
class Entry:
    key: str
    path: Path
    meta: Mapping[str, Any]  # includes frame_count, seconds, sha256, and what the engine reported
    offset: int  # where the frames start in the file

    @property
    def frame_count(self) -> int:
        return int(self.meta["frame_count"])

    @property
    def skipped(self) -> tuple[str, ...]:
        """Characters the voice left out of this segment (Speech.skipped, kept with the audio)."""
        return tuple(self.meta.get("skipped", ()))

    def read_frames(self) -> bytes:
        """The frames, checked against the checksum this entry was verified with.

        The file is parsed afresh: another build may have replaced it (atomically, with the same
        audio but, say, a different header length) since it was verified.
        """
        data = self.path.read_bytes()
        offset = len(MAGIC) + 4 + int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "big")
        frames = data[offset:]
        if not data.startswith(MAGIC) or hashlib.sha256(frames).hexdigest() != self.meta["sha256"]:
            raise CacheChanged(f"cache entry {self.path} changed while this build was using it; run the build again")
        return frames


@dataclass
class SegmentCache:
    root: Path
    discarded: list[str] = field(default_factory=list)  # keys of corrupt entries found and removed

    def path(self, key: str) -> Path:
        return self.root / "segments" / key[:2] / f"{key}.seg"

    def get(self, key: str) -> Entry | None:
        """The verified entry, or None when absent or corrupt (a corrupt one is removed)."""
        path = self.path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            return None
        entry = self._verify(key, path, data)
        if entry is None:
            self.discarded.append(key)
            try:
                path.unlink()
            except OSError:
                pass
        return entry

    def put(self, key: str, frames: bytes, meta: Mapping[str, Any]) -> Entry:
        full = {**meta, "sha256": hashlib.sha256(frames).hexdigest(), "bytes": len(frames)}
        header = json.dumps(full, ensure_ascii=False, sort_keys=True).encode("utf-8")
        blob = MAGIC + len(header).to_bytes(4, "big") + header + frames
        path = self.path(key)
        atomic_write(path, blob)
        return Entry(key, path, full, len(MAGIC) + 4 + len(header))

    @staticmethod
    def _verify(key: str, path: Path, data: bytes) -> Entry | None:
        if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
            return None
        size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "big")
        offset = len(MAGIC) + 4 + size
        try:
            meta = json.loads(data[len(MAGIC) + 4 : offset].decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        frames = data[offset:]
        if not isinstance(meta, dict) or meta.get("bytes") != len(frames):
            return None
        if hashlib.sha256(frames).hexdigest() != meta.get("sha256"):
            return None
        try:
            count = sum(1 for _ in iter_frames(frames))
        except Mp3FormatError:
            return None
        if count != meta.get("frame_count") or count == 0:
            return None
        return Entry(key, path, meta, offset)
