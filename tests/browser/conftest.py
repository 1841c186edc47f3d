"""Fixtures for the player's browser tests: Debian's Chromium driven by Playwright, a local server.

Locally, a missing Chromium, Playwright or axe-core skips these tests with the command that
installs them. In CI (CI=true) it fails instead: the browser tests must never vanish silently.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the shared sample release

from helpers import static_site
from test_publish_sample import build_sample_release

from audiojiedu.publish import write_captions, write_chapters, write_player

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SETUP_HINT = "run: bash .ci/browser-setup.sh"


def _unavailable(what: str) -> None:
    message = f"browser tests need {what}; {SETUP_HINT}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


class RangeRequestHandler(SimpleHTTPRequestHandler):
    """http.server plus byte ranges: media elements seek with Range requests, as on a real server."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:
        match = re.fullmatch(r"bytes=(\d*)-(\d*)", self.headers.get("Range", ""))
        path = Path(self.translate_path(self.path))
        if not match or not path.is_file():
            super().do_GET()
            return
        size = path.stat().st_size
        first = int(match.group(1)) if match.group(1) else max(0, size - int(match.group(2) or 0))
        last = int(match.group(2)) if match.group(1) and match.group(2) else size - 1
        last = min(last, size - 1)
        if first > last:
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{size}")
            self.end_headers()
            return
        with path.open("rb") as handle:
            handle.seek(first)
            body = handle.read(last - first + 1)
        self.send_response(HTTPStatus.PARTIAL_CONTENT)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def publish_sample(out_dir: Path, **options: object) -> Path:
    release = build_sample_release(out_dir, **options)
    write_captions(release, out_dir)
    write_chapters(release, out_dir)
    write_player(release, out_dir)
    return out_dir


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a local server holding a published sample release (and a hostile one)."""
    root = tmp_path_factory.mktemp("site")
    publish_sample(root / "release")
    from test_publish_sample import HOSTILE

    publish_sample(root / "hostile", slug="hostile", title=HOSTILE, metadata={"索引号": HOSTILE})
    with static_site(root, handler=RangeRequestHandler) as url:
        yield url


# Module scope: Playwright's sync API keeps an event loop running in this thread while it is
# open, which would break later tests that call asyncio.run().
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        _unavailable(f"Debian's Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    """A fresh browser profile per test: empty localStorage, no remembered position."""
    ctx = browser.new_context(locale="zh-CN", viewport={"width": 1024, "height": 800})
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def axe_source() -> str:
    if not AXE.is_file():
        _unavailable(f"axe-core at {AXE}")
    return AXE.read_text(encoding="utf-8")
