"""Crash-safe file writing: nothing half-written ever carries a final name."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from .errors import OutputError


@contextmanager
def atomic_output(path: Path, mode: str = "wb") -> Iterator[IO]:  # type: ignore[type-arg]
    """Open a temp file beside `path`; on success fsync it and rename it over `path`.

    On any exception the temp file is removed and `path` is left as it was.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write in {path.parent}: {exc.strerror or exc}") from exc
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _unlink_quietly(tmp)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        _unlink_quietly(tmp)
        raise


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write `data` to `path` atomically (text is written as UTF-8)."""
    with atomic_output(path, "wb") as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
