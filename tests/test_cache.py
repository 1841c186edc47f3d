"""The segment cache: verified on read, corrupt entries discarded, writes atomic."""

from __future__ import annotations

import numpy as np

from audiojiedu.audio.encode import encode_pcm
from audiojiedu.cache import SegmentCache, cache_key, default_cache_dir
from audiojiedu.config import AudioConfig


def entry_bytes(seconds: float = 0.5) -> tuple[bytes, int]:
    t = np.arange(int(seconds * 24000)) / 24000
    encoded = encode_pcm((0.2 * np.sin(2 * np.pi * 300 * t)).astype(np.float32), AudioConfig())
    return encoded.frames, encoded.frame_count


def test_round_trip(tmp_path):
    cache = SegmentCache(tmp_path)
    frames, count = entry_bytes()
    key = cache_key({"text": "你好"})
    cache.put(key, frames, {"frame_count": count, "seconds": 0.5})
    entry = cache.get(key)
    assert entry is not None and entry.read_frames() == frames and entry.frame_count == count
    assert not list(tmp_path.rglob("*.part"))


def test_key_depends_on_every_part():
    base = {"text": "你好", "voice": "a", "rate": "+0%"}
    keys = {cache_key(base), cache_key({**base, "text": "您好"}), cache_key({**base, "voice": "b"}),
            cache_key({**base, "rate": "+5%"})}
    assert len(keys) == 4
    assert cache_key(dict(reversed(list(base.items())))) == cache_key(base)


def test_corrupt_entries_are_discarded_and_reported(tmp_path):
    cache = SegmentCache(tmp_path)
    frames, count = entry_bytes()
    damages = {
        "truncated": lambda b: b[:-50],
        "flipped": lambda b: b[:-10] + bytes([b[-10] ^ 0xFF]) + b[-9:],
        "header": lambda b: b"garbage" + b[7:],
        "empty": lambda b: b"",
    }
    for name, damage in damages.items():
        key = cache_key({"case": name})
        entry = cache.put(key, frames, {"frame_count": count})
        entry.path.write_bytes(damage(entry.path.read_bytes()))
        assert cache.get(key) is None, name
        assert not entry.path.exists(), name
    assert len(cache.discarded) == len(damages)


def test_wrong_frame_count_is_corrupt(tmp_path):
    cache = SegmentCache(tmp_path)
    frames, count = entry_bytes()
    key = cache_key({"x": 1})
    cache.put(key, frames, {"frame_count": count + 1})
    assert cache.get(key) is None


def test_default_cache_dir_honours_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "audiojiedu"


def test_every_input_of_a_segment_key_changes_it():
    from dataclasses import fields, replace

    from audiojiedu.cache import SegmentKey
    from audiojiedu.config import AudioConfig
    from audiojiedu.model import Prosody

    key = SegmentKey.of(engine="offline", engine_version="v1", prosody=Prosody("voice", rate=-5), text="你好。",
                        lexicon="abc", audio=AudioConfig())
    other = {str: lambda v: v + "x", int: lambda v: v + 1, float: lambda v: v + 0.5}
    digests = {key.digest()}
    for f in fields(SegmentKey):
        value = getattr(key, f.name)
        changed = replace(key, **{f.name: other[type(value)](value)})
        digests.add(changed.digest())
    assert len(digests) == len(fields(SegmentKey)) + 1  # each field alone changes the key
    # and the record is built from the prosody and audio settings it names
    faster = SegmentKey.of(engine="offline", engine_version="v1", prosody=Prosody("voice", rate=5), text="你好。",
                           lexicon="abc", audio=AudioConfig())
    louder = replace(key, loudness=AudioConfig(loudness_lufs=-14).loudness_lufs)
    assert len({key.digest(), faster.digest(), louder.digest()}) == 3
