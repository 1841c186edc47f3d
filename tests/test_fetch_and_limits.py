"""`build URL` and the fetcher against a local HTTP server; limits on what a document expands to."""

from __future__ import annotations

import threading
import time
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from studio_server import CORPUS, ROOT, static_site

from audiojiedu.build import load_document
from audiojiedu.cli import cli
from audiojiedu.errors import InputError
from audiojiedu.fetch import fetch_document, is_url
from audiojiedu.ingest import limits, read_document
from audiojiedu.manifest import read_manifest


class Misbehaving(BaseHTTPRequestHandler):
    """/big: a body larger than declared; /slow: answers late; /loop: redirects to itself."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/big":
            self.send_response(200)
            self.end_headers()  # no Content-Length: the limit must hold while streaming
            for _ in range(64):
                self.wfile.write(b"x" * 16384)
        elif self.path == "/slow":
            time.sleep(3)
            self.send_response(200)
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()


@pytest.fixture(scope="module")
def bad_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Misbehaving)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_fetch_reads_the_page_and_names_it() -> None:
    with static_site(CORPUS) as site:
        fetched = fetch_document(f"{site}/02_jiangxi-2022-tjgb-yichun-site.html")
    assert fetched.content == (CORPUS / "02_jiangxi-2022-tjgb-yichun-site.html").read_bytes()
    assert fetched.name == "02_jiangxi-2022-tjgb-yichun-site.html"


def test_fetch_limits_size_time_and_redirects(bad_site: str) -> None:
    with pytest.raises(InputError, match="太大"):
        fetch_document(f"{bad_site}/big", max_bytes=100_000)
    with pytest.raises(InputError, match="超时"):
        fetch_document(f"{bad_site}/slow", timeout=0.5)
    with pytest.raises(InputError, match="重定向"):
        fetch_document(f"{bad_site}/loop")
    for url in ("ftp://example.com/x", "file:///etc/passwd", "http:///nohost"):
        with pytest.raises(InputError, match="http"):
            fetch_document(url)
    assert is_url("HTTPS://x.cn/a") and not is_url("examples/a.txt")


def test_build_url_builds_the_page_like_the_file(tmp_path: Path) -> None:
    page = "01_yichun-2022-tjgb.html"
    with static_site(CORPUS) as site:
        result = CliRunner().invoke(
            cli,
            ["build", f"{site}/{page}", "-o", str(tmp_path / "out"), "--engine", "fake", "--no-progress",
             "--config", str(ROOT / "voices.yaml"), "--cache-dir", str(tmp_path / "cache")],
        )
    assert result.exit_code == 0, result.output
    release = read_manifest(tmp_path / "out")
    assert release.title == load_document(CORPUS / page).title
    assert release.slug == "01-yichun-2022-tjgb"


def test_build_url_failure_is_one_line(tmp_path: Path) -> None:
    with static_site(CORPUS) as site:
        result = CliRunner().invoke(cli, ["build", f"{site}/missing.html", "-o", str(tmp_path / "o"),
                                          "--engine", "fake"])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "404" in result.output


def test_missing_path_is_still_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "does not exist" in result.output


def _docx_with_xml(path: Path, xml_bytes: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * xml_bytes + b"</w:document>")
    return path


def test_docx_that_inflates_past_the_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    bomb = _docx_with_xml(tmp_path / "bomb.docx", limits.MAX_DOCX_XML_BYTES + 1)
    assert bomb.stat().st_size < 200_000
    started = time.perf_counter()
    with pytest.raises(InputError, match="解压后的文字内容过大") as caught:
        read_document(bomb)
    assert time.perf_counter() - started < 2
    assert "\n" not in str(caught.value) and "bomb.docx" in str(caught.value)


def test_docx_limits_count_every_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_DOCX_TOTAL_BYTES", 10_000)
    path = tmp_path / "images.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/media/image1.png", b"\x00" * 20_000)
    with pytest.raises(InputError, match="解压后过大"):
        read_document(path)
    monkeypatch.setattr(limits, "MAX_ZIP_MEMBERS", 3)
    many = tmp_path / "many.docx"
    with zipfile.ZipFile(many, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for n in range(3):
            archive.writestr(f"word/part{n}.xml", "<x/>")
    with pytest.raises(InputError, match="部件"):
        read_document(many)


def test_a_real_docx_is_within_the_limits() -> None:
    doc = read_document(CORPUS / "zhongyang-2026-yihao-wenjian.docx")
    assert doc.title


def test_pdf_pages_and_text_size_are_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from audiojiedu.ingest import pdf

    monkeypatch.setattr(pdf, "MAX_PDF_PAGES", 1)
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 1)
    with pytest.raises(InputError, match="页，超过上限 1 页"):
        read_document(CORPUS / "hongze-2024-xxgk-nianbao.pdf")
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("标题\n" + "正文。" * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="文件过大"):
        read_document(big)


def test_limit_errors_reach_the_cli_as_one_line(tmp_path: Path) -> None:
    bomb = _docx_with_xml(tmp_path / "bomb.docx", limits.MAX_DOCX_XML_BYTES + 1)
    result = CliRunner().invoke(cli, ["outline", str(bomb)])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "上限" in result.output



def test_build_stops_at_its_time_limit_with_one_line(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from audiocheck import EXAMPLE

    env = {**os.environ, "AUDIOJIEDU_FAKE_DELAY": "0.2"}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "audiojiedu", "build", str(EXAMPLE), "--engine", "fake", "-o", str(tmp_path / "o"),
         "--cache-dir", str(tmp_path / "c"), "--no-progress", "--jobs", "2", "--config", str(ROOT / "voices.yaml"),
         "--max-minutes", "0.05"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().count("\n") == 0 and "--max-minutes" in result.stderr
    assert time.monotonic() - started < 60
    assert not (tmp_path / "o" / "manifest.json").exists()
