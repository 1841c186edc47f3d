"""Releases of the studio on disk: one folder per release under the data directory.

    DATA/
      cache/                 the segment cache, shared by every job (as `build --cache-dir`)
      releases/<id>/
        job.json             the job's state; written only by the server, atomically
        input/<id>.<ext>     the document as uploaded, pasted or fetched (ext from its content)
        preview.json         title, metadata, outline and script, written by the worker
        progress.json        segments done / total and audio seconds, written by the worker
        result.json          the worker's outcome: {"ok": true} or {"error": "..."}
        release/             the release folder written by the library's `build`

Ids are generated here (random hex) and checked against one pattern at every entry, so no
part of a request ever names a path: file names given by users are kept only as display text.
"""

from __future__ import annotations

import json
import re
import secrets
import shutil
import threading
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from ..fsutil import atomic_write
from ..manifest import MANIFEST_NAME

Status = Literal["queued", "running", "done", "failed"]
STATUSES: tuple[Status, ...] = ("queued", "running", "done", "failed")
SourceKind = Literal["file", "text", "url"]
_ID = re.compile(r"[0-9a-f]{16}")
# One per format the sniffer can name (ingest/sniff.py Format), plus the release script.
INPUT_SUFFIXES = {"txt": ".txt", "html": ".html", "docx": ".docx", "doc": ".doc", "pdf": ".pdf", "script": ".script.md"}


def valid_id(value: str) -> bool:
    return _ID.fullmatch(value) is not None


@dataclass(frozen=True)
class Job:
    """What the server knows of one release. `source_name` is display text only."""

    id: str
    status: Status
    source_kind: SourceKind
    source_name: str
    input_name: str
    created: float
    updated: float
    error: str = ""
    note: str = ""
    builds: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Job:
        names = cls.__dataclass_fields__.keys()
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Store:
    """The data directory. Safe to use from several threads of one server process."""

    root: Path
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self.root = Path(self.root)
        (self.root / "releases").mkdir(parents=True, exist_ok=True)
        self.cache_dir.mkdir(parents=True, exist_ok=True)

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    def folder(self, job_id: str) -> Path:
        if not valid_id(job_id):  # the one gate between a request and the file system
            raise KeyError(job_id)
        return self.root / "releases" / job_id

    def input_path(self, job: Job) -> Path:
        return self.folder(job.id) / "input" / job.input_name

    def release_dir(self, job_id: str) -> Path:
        return self.folder(job_id) / "release"

    def create(self, *, kind: SourceKind, source_name: str, content: bytes, input_kind: str) -> Job:
        """A new release holding `content` as its input document, queued for building."""
        with self._lock:
            while True:
                job_id = secrets.token_hex(8)
                if not self.folder(job_id).exists():
                    break
            folder = self.folder(job_id)
            (folder / "input").mkdir(parents=True)
        now = time.time()
        job = Job(
            id=job_id,
            status="queued",
            source_kind=kind,
            source_name=source_name,
            input_name=job_id + INPUT_SUFFIXES[input_kind],
            created=now,
            updated=now,
        )
        atomic_write(self.input_path(job), content)
        self.save(job)
        return job

    def replace_input(self, job: Job, *, content: bytes, input_kind: str) -> Job:
        """Give the release a new input (an edited script); the old one is removed."""
        old = self.input_path(job)
        job = replace(job, input_name=job.id + INPUT_SUFFIXES[input_kind])
        atomic_write(self.input_path(job), content)
        if old != self.input_path(job):
            old.unlink(missing_ok=True)
        return job

    def save(self, job: Job) -> Job:
        job = replace(job, updated=time.time())
        text = json.dumps(job.to_json(), ensure_ascii=False, indent=1)
        atomic_write(self.folder(job.id) / "job.json", text + "\n")
        return job

    def get(self, job_id: str) -> Job | None:
        try:
            data = json.loads((self.folder(job_id) / "job.json").read_text(encoding="utf-8"))
        except (KeyError, FileNotFoundError):
            return None
        return Job.from_json(data)

    def all(self) -> list[Job]:
        """Every release, newest first. Folders without a readable job.json are skipped."""
        jobs = []
        for folder in (self.root / "releases").iterdir():
            if valid_id(folder.name):
                try:
                    job = self.get(folder.name)
                except (OSError, ValueError, TypeError):
                    continue
                if job is not None:
                    jobs.append(job)
        return sorted(jobs, key=lambda j: j.created, reverse=True)

    def delete(self, job_id: str) -> None:
        shutil.rmtree(self.folder(job_id), ignore_errors=True)

    def finished(self, job_id: str) -> bool:
        """A release folder is finished when its manifest exists (the library writes it last)."""
        return (self.release_dir(job_id) / MANIFEST_NAME).is_file()

    def read_json(self, job_id: str, name: Literal["preview", "progress", "result"]) -> dict[str, Any]:
        try:
            data = json.loads((self.folder(job_id) / f"{name}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def clear_run_files(self, job_id: str) -> None:
        """Forget the last run's progress and outcome before a new run starts."""
        for name in ("progress.json", "result.json"):
            (self.folder(job_id) / name).unlink(missing_ok=True)
