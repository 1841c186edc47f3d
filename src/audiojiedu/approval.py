"""Sign-off: who approved a release, when, and for exactly which content.

`audiojiedu approve RELEASE_DIR --by NAME` writes `approval.json` into the release folder
(atomically). It records a digest of the release's content: every published file named in
manifest.json (audio, captions, chapters, player, review) and the digest of the release script
the release was built from, if any. A rebuild that changes anything (an edited script, a new
reading, a new voice) changes the digest, so the approval no longer holds: `read_approval`
reports it as stale and `feed` leaves the release out until it is approved again. A rebuild
that changes nothing keeps the approval (builds are byte-identical).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .errors import InputError
from .fsutil import atomic_write
from .manifest import MANIFEST_NAME, read_manifest

__all__ = ["APPROVAL_NAME", "Approval", "approve", "read_approval", "release_digest", "split_approved"]

APPROVAL_NAME = "approval.json"
FORMAT = 1


@dataclass(frozen=True)
class Approval:
    by: str
    at: str  # ISO 8601, UTC
    digest: str  # release_digest() when approved
    current: bool  # the release still has that content


def release_digest(release_dir: Path) -> str:
    """A digest of everything a listener gets from the release, and of its script."""
    release_dir = Path(release_dir)
    release = read_manifest(release_dir)
    h = hashlib.sha256()
    for role, name in sorted(release.files.items()):
        path = release_dir / name
        try:
            data = path.read_bytes()
        except OSError:
            raise InputError(f"{release_dir}: {name} is missing; rebuild the release") from None
        h.update(f"{role}\t{name}\t{hashlib.sha256(data).hexdigest()}\n".encode())
    h.update(f"script\t{_script_digest(release_dir)}\n".encode())
    return h.hexdigest()


def _script_digest(release_dir: Path) -> str:
    data = json.loads((release_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
    script = data.get("totals", {}).get("script") or {}
    return str(script.get("sha256", ""))


def approve(release_dir: Path, *, by: str, now: datetime | None = None) -> Approval:
    """Record that `by` approved the release as it is now."""
    name = " ".join(by.split())
    if not name:
        raise InputError("--by needs the name of the person who approves the release")
    release_dir = Path(release_dir)
    digest = release_digest(release_dir)
    at = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    record = {"format": FORMAT, "by": name, "at": at, "digest": digest}
    atomic_write(release_dir / APPROVAL_NAME, json.dumps(record, ensure_ascii=False, indent=1) + "\n")
    return Approval(by=name, at=at, digest=digest, current=True)


def read_approval(release_dir: Path) -> Approval | None:
    """The release's approval (`current` False when its content changed since), or None."""
    release_dir = Path(release_dir)
    path = release_dir / APPROVAL_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: unreadable approval ({exc}); approve the release again") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f"{path}: not an audiojiedu approval; approve the release again")
    try:
        by, at, digest = str(data["by"]), str(data["at"]), str(data["digest"])
    except KeyError as exc:
        raise InputError(f"{path}: approval lacks {exc}; approve the release again") from None
    return Approval(by=by, at=at, digest=digest, current=digest == release_digest(release_dir))


def split_approved(release_dirs: Sequence[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(approved releases, [(left out, why)]) in the order given."""
    approved: list[Path] = []
    left_out: list[tuple[Path, str]] = []
    for directory in release_dirs:
        approval = read_approval(directory)
        if approval is None:
            left_out.append((directory, "not approved"))
        elif not approval.current:
            left_out.append((directory, f"changed since {approval.by} approved it on {approval.at}"))
        else:
            approved.append(directory)
    return approved, left_out
