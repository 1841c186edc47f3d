"""What many tests share: where things are, and how to build with the fake engine.

Import from here instead of defining ROOT or a build command in each test file.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from audiojiedu.model import RawDocument

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PACKAGE = SRC / "audiojiedu"
EXAMPLE = ROOT / "examples" / "luozhuang-2019-audio-jiedu.txt"
VOICES = ROOT / "voices.yaml"  # the shipped config, so tests never depend on the working folder
FIXTURES = ROOT / "tests" / "fixtures"


def build_args(doc: Path, out: Path, cache: Path, *extra: str, engine: str = "fake") -> list[str]:
    """Arguments of `audiojiedu build` for one document (for CliRunner)."""
    return ["build", str(doc), "-o", str(out), "--engine", engine, "--cache-dir", str(cache), "--no-progress",
            "--config", str(VOICES), *extra]


def build_command(doc: Path, out: Path, cache: Path, *extra: str, engine: str = "fake") -> list[str]:
    """The same as a command line in a fresh interpreter (for subprocess)."""
    return [sys.executable, "-m", "audiojiedu", *build_args(doc, out, cache, *extra, engine=engine)]


def run_build(inputs: Sequence[Path], out: Path | None, cache: Path, *, engine: str = "fake", config: Any = None,
              progress: Any = None, **options: Any) -> list[Any]:
    """The library's build with the shipped config (or `config`), quiet and without progress."""
    from audiojiedu.build import BuildOptions, build
    from audiojiedu.config import load_config

    settings = BuildOptions(config=config or load_config(VOICES), engine=engine, out_dir=out, cache_dir=cache,
                            **options)
    return build([Path(p) for p in inputs], settings, say=lambda message: None, progress=progress)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def static_site(root: Path, *, handler: type[SimpleHTTPRequestHandler] = _QuietHandler) -> Iterator[str]:
    """http://127.0.0.1:PORT serving the files under `root` on a loopback port, for as long as
    the block runs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def paragraph_texts(raw: RawDocument) -> list[str]:
    """The text of each paragraph a reader produced, in order (what ingest tests compare)."""
    return [p.text for p in raw.paragraphs]


def page_read_aloud(raw: RawDocument) -> str:
    """The title and every paragraph a reader produced, a line each: what a page test checks no
    chrome is in."""
    return "\n".join([raw.title, *paragraph_texts(raw)])


def finding_kinds(raw: RawDocument) -> list[str]:
    """The kind of each finding a reader reported, in order (e.g. to check a dropped line was reported)."""
    return [f.kind for f in raw.findings]


def flat_outline(sections: Sequence[Any], depth: int = 1, *, max_depth: int = 99) -> list[list[object]]:
    """The section tree as rows [depth, number, title], outermost first (as fixtures write it)."""
    out: list[list[object]] = []
    for section in sections:
        if depth <= max_depth:
            out.append([depth, section.number, section.title])
            out.extend(flat_outline(section.sections, depth + 1, max_depth=max_depth))
    return out


def spoken_text(doc: Any, *, with_title: bool = False) -> str:
    """Every text piece of an outlined document in reading order (headings, text, not shown
    tables), without whitespace: what a listener hears, to check nothing is lost or doubled."""
    import re

    def walk(sections: Sequence[Any]) -> list[str]:
        out: list[str] = []
        for section in sections:
            out += [section.heading, *(p for p in section.paragraphs if isinstance(p, str)), *walk(section.sections)]
        return out

    pieces = [doc.title] if with_title else []
    pieces += [*(p for p in doc.preface if isinstance(p, str)), *walk(doc.sections)]
    return re.sub(r"\s", "", "".join(pieces))
