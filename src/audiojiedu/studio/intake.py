"""Check what arrives (an upload, pasted text, a fetched page) before it becomes a release.

The type is decided from the content by the same sniffer the CLI uses, never from the file
name or the browser's Content-Type; the name a user gave is kept only as display text, cleaned
of paths and control characters. Every refusal is an InputError with one line in Chinese.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import InputError
from ..ingest.decode import decode_text
from ..ingest.sniff import sniff_format

MAX_UPLOAD_BYTES = 20_000_000
MAX_NAME = 80


@dataclass(frozen=True)
class Intake:
    kind: str  # txt, html, docx, pdf: the input's format, from its content
    content: bytes
    name: str  # display only
    source: Literal["file", "text", "url"]


def display_name(raw: str, *, fallback: str) -> str:
    """The last component of a user-given file name, without control or format characters."""
    name = re.split(r"[\\/]", raw or "")[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip(" .")
    return name[:MAX_NAME] or fallback


def check_upload(content: bytes, *, filename: str, tmp_dir: Path) -> Intake:
    name = display_name(filename, fallback="上传的文档")
    if not content:
        raise InputError(f"{name}: 文件是空的，请提供有正文的文档")
    return Intake(kind=_sniff(content, name, tmp_dir), content=content, name=name, source="file")


def check_text(text: str, *, title: str = "") -> Intake:
    if not text.strip():
        raise InputError("粘贴的文本是空的，请粘贴有正文的文档")
    if title.strip():  # the first line of plain text is the title (see ingest/page_title.py)
        text = title.strip() + "\n" + text
    content = text.replace("\r\n", "\n").encode("utf-8")
    if len(content) > MAX_UPLOAD_BYTES:
        raise InputError(f"粘贴的文本太长（{len(content) / 1e6:.1f} MB，上限 {MAX_UPLOAD_BYTES / 1e6:.0f} MB）")
    return Intake(kind="txt", content=content, name=display_name(title, fallback="粘贴的文本"), source="text")


def check_fetched(content: bytes, *, name: str, tmp_dir: Path) -> Intake:
    shown = display_name(name, fallback="网页")
    return Intake(kind=_sniff(content, shown, tmp_dir), content=content, name=shown, source="url")


def _sniff(content: bytes, name: str, tmp_dir: Path) -> str:
    # The ZIP check needs a file; it lives in a private temp folder and is removed at once.
    tmp_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=tmp_dir, suffix=".upload") as handle:
        handle.write(content)
        handle.flush()
        try:
            kind = sniff_format(Path(handle.name), content[:8192])
        except InputError as exc:
            raise InputError(str(exc).replace(handle.name, name)) from None
    if kind in ("txt", "html"):
        decode_text(content, name=name)  # undecodable text is refused now, not in the job
    return kind
