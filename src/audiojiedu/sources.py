"""The documents a build reads: files as given, folders expanded to the documents inside."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .errors import InputError
from .ingest.tables import MAX_SPOKEN_ROWS
from .model import Block, Document, Section

SUPPORTED_SUFFIXES = (".txt", ".text", ".html", ".htm", ".shtml", ".docx", ".pdf")


def load_document(path: Path, *, max_table_rows: int | None = MAX_SPOKEN_ROWS) -> Document:
    """The outlined document at `path`; a release script (`*.script.md`) is read as it stands.
    `max_table_rows`: see ingest/tables.py (None: every table read row by row)."""
    from .ingest import read_document
    from .outline import parse_outline
    from .release_script import is_script_path, read_script

    if is_script_path(path):  # staff's edited release script: already outlined
        return read_script(path)
    return parse_outline(read_document(path, max_table_rows=max_table_rows))


def expand_inputs(inputs: Sequence[Path]) -> list[Path]:
    """Files as given; a folder stands for the supported documents inside it, sorted."""
    out: list[Path] = []
    for path in inputs:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not found:
                raise InputError(f"{path}: folder holds no .txt, .html, .docx or .pdf documents")
            out.extend(found)
        else:
            out.append(path)
    return out


def slug_for(path: Path) -> str:
    """An ASCII name for the release of `path`: the input's name, in pinyin when it is Chinese."""
    import re

    from .release_script import SUFFIX, is_script_path

    stem = path.name[: -len(SUFFIX)] if is_script_path(path) else path.stem  # a script rebuilds its release
    if not stem.isascii():
        from pypinyin import lazy_pinyin

        stem = "-".join(lazy_pinyin(stem))
    slug = re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-").lower()[:80].strip("-")
    return slug or "release"


# About 22 hours of speech at 5 characters a second. A longer "document" is almost always a
# mistake (a whole archive pasted into one file), and ID3 chapter times top out near 49 days.
MAX_CHARACTERS = 400_000


def check_length(doc: Document, path: Path) -> None:
    """InputError when `doc` is too long to read as one release."""

    def spoken(blocks: tuple[Block, ...]) -> int:
        return sum(len(text) for text in blocks if isinstance(text, str))  # a shown table is not spoken

    def chars(sections: tuple[Section, ...]) -> int:
        return sum(len(s.heading) + spoken(s.paragraphs) + chars(s.sections) for s in sections)

    total = spoken(doc.preface) + chars(doc.sections)
    if total > MAX_CHARACTERS:
        hours = total / 5 / 3600
        raise InputError(
            f"{path}: too long to read as one release ({total:,} characters, about {hours:.0f} hours of "
            f"speech; the limit is {MAX_CHARACTERS:,}); split it into parts"
        )
