"""Crash-safe file writing: nothing half-written ever carries a final name."""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import OutputError


@contextmanager
def locked_folder(folder: Path) -> Iterator[None]:
    """One writer at a time in `folder` (created if missing); others wait their turn. The lock
    is an flock on `.audiojiedu.lock`, released when the block ends or the process dies."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(folder / ".audiojiedu.lock", "a")  # noqa: SIM115 (held for the block)
    except OSError as exc:
        raise OutputError(f"cannot write in {folder}: {exc.strerror or exc}") from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temp path beside `path`; when the block succeeds it is fsynced and renamed over `path`.

    On any exception the temp file is removed and `path` is left as it was. OSErrors (disk full,
    permission denied) become OutputError naming the file.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"cannot write in {path.parent}: {exc.strerror or exc}") from exc
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _unlink_quietly(tmp)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        _unlink_quietly(tmp)
        raise


@contextmanager
def atomic_output(path: Path, mode: str = "wb") -> Iterator[IO]:  # type: ignore[type-arg]
    """Like open(path, mode) for writing, but atomic (see atomic_path)."""
    with atomic_path(path) as tmp:
        encoding = None if "b" in mode else "utf-8"
        with open(tmp, mode, encoding=encoding) as handle:
            yield handle


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write `data` to `path` atomically (text is written as UTF-8)."""
    with atomic_output(path, "wb") as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
