"""File names of a release: ASCII-only, traversal-proof names, and which file plays which role.

Podcast apps and many web servers mishandle non-ASCII URLs (see shared/notes/publishing.md), so
every name we publish is ASCII letters, digits, '-', '_' and '.', whatever the document says.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from ..errors import InputError
from ..model import Release

# Windows device names: a file called CON, NUL.txt, ... cannot be created or opened there.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{n}" for n in range(1, 10)} | {f"LPT{n}" for n in range(1, 10)}
)
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._-]+")
_EXTENSION = re.compile(r"\.([A-Za-z0-9]{1,5})$")
_FALLBACK_STEM = "release"


def safe_filename(name: str, *, max_length: int = 100) -> str:
    """An ASCII file name for `name` that cannot escape its folder or hit a reserved name.

    Keeps ASCII letters, digits, '-', '_' and '.'; other runs become one '-'. When characters
    had to be dropped (Chinese titles), a short hash of the original is appended so that
    different titles never collapse onto the same name. The result is never empty, never
    starts with '.' or '-', has no '..', and is at most `max_length` characters.
    """
    if max_length < 16:
        raise ValueError("max_length must be at least 16")
    text = unicodedata.normalize("NFKC", name).strip()
    match = _EXTENSION.search(text)
    stem, ext = (text[: match.start()], "." + match.group(1).lower()) if match else (text, "")
    ascii_stem = _UNSAFE_RUN.sub("-", stem)
    ascii_stem = re.sub(r"\.{2,}", ".", ascii_stem)  # no '..' anywhere, not only as a component
    ascii_stem = re.sub(r"-{2,}", "-", ascii_stem).strip(".-_ ")
    lossy = any(not (ch.isascii() and (ch.isalnum() or ch in "._- ")) for ch in stem)
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    if not ascii_stem:
        ascii_stem = f"{_FALLBACK_STEM}-{digest}"
    elif lossy:
        ascii_stem = f"{ascii_stem}-{digest}"
    if ascii_stem.split(".")[0].upper() in _RESERVED:
        ascii_stem = f"_{ascii_stem}"
    room = max_length - len(ext)
    if len(ascii_stem) > room:
        # Keep the hash visible at the end so truncated names stay distinct.
        ascii_stem = f"{ascii_stem[: room - 9].rstrip('.-_')}-{digest}"
    return ascii_stem + ext


def release_stem(release: Release) -> str:
    """The stem of every file named after the release: its slug, made safe if it is not."""
    return safe_filename(release.slug)


def captions_name(release: Release) -> str:
    return f"{release_stem(release)}.vtt"


def chapters_json_name(release: Release) -> str:
    return f"{release_stem(release)}.chapters.json"


def chapters_vtt_name(release: Release) -> str:
    return f"{release_stem(release)}.chapters.vtt"


def transcript_name(release: Release) -> str:
    return f"{release_stem(release)}.txt"


def audio_name(release: Release) -> str:
    """The release's MP3: its `files` entry when the build recorded one, else `<slug>.mp3`.

    A recorded name that is not already safe (a path, non-ASCII) is refused rather than
    silently changed, because the file on disk carries that name.
    """
    recorded = [release.files[role] for role in ("mp3", "audio") if release.files.get(role)]
    recorded += [name for name in release.files.values() if name.lower().endswith(".mp3")]
    if not recorded:
        return f"{release_stem(release)}.mp3"
    name = recorded[0]
    if name != safe_filename(name):
        raise InputError(f"release {release.slug!r}: audio file name {name!r} is not a plain ASCII file name")
    return name
