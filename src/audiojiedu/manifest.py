"""manifest.json: the record of a finished release, and the input of `feed` and the player."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .errors import InputError, OutputError
from .fsutil import atomic_write
from .model import Chapter, Release, ShownTable, TimedSegment

MANIFEST_NAME = "manifest.json"
FORMAT = 1


def release_to_json(release: Release, *, totals: Mapping[str, Any] | None = None) -> dict[str, Any]:
    data = asdict(release)
    data["format"] = FORMAT
    data["metadata"] = dict(release.metadata)
    data["files"] = dict(release.files)
    data["totals"] = dict(totals or {})
    return data


def write_manifest(release: Release, out_dir: Path, *, totals: Mapping[str, Any] | None = None) -> Path:
    path = Path(out_dir) / MANIFEST_NAME
    text = json.dumps(release_to_json(release, totals=totals), ensure_ascii=False, indent=1)
    atomic_write(path, text + "\n")
    return path


def remove_manifest(out_dir: Path) -> None:
    """Remove the manifest (if any) before a release's files are replaced."""
    try:
        (Path(out_dir) / MANIFEST_NAME).unlink(missing_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write in {out_dir}: {exc.strerror or exc}") from None


def _timed_segment(data: dict[str, Any]) -> TimedSegment:
    shown = tuple(
        ShownTable(
            tuple(tuple(str(cell) for cell in row) for row in t["rows"]), int(t["header_rows"]), str(t["caption"])
        )
        for t in data.get("shown", ())
    )
    return TimedSegment(**{**data, "section_path": tuple(data["section_path"]), "shown": shown})


def read_manifest(release_dir: Path) -> Release:
    """Load a release written by `build`; InputError if it is missing or not ours."""
    path = Path(release_dir) / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            f"{release_dir}: no {MANIFEST_NAME}; is this a folder written by 'audiojiedu build'?"
        ) from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: unreadable manifest ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f"{path}: not an audiojiedu manifest of format {FORMAT}")
    try:
        return Release(
            slug=data["slug"],
            title=data["title"],
            metadata=dict(data["metadata"]),
            duration_ms=int(data["duration_ms"]),
            engine=data["engine"],
            segments=tuple(_timed_segment(s) for s in data["segments"]),
            chapters=tuple(Chapter(**c) for c in data["chapters"]),
            files=dict(data.get("files", {})),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{path}: malformed manifest ({exc})") from None
