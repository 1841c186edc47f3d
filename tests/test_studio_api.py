"""The studio's HTTP API over real HTTP on a loopback port, with the fake engine."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import feedparser
import httpx
import pytest
from studio_server import CORPUS, SHORT_DOC, running_studio, static_site, wait_for

from audiojiedu.build import load_document
from audiojiedu.ingest.limits import MAX_DOCX_XML_BYTES
from audiojiedu.studio.intake import MAX_UPLOAD_BYTES

pytestmark = pytest.mark.slow


@pytest.fixture
def studio(tmp_path: Path):
    with running_studio(tmp_path / "data") as base:
        yield base


def upload(base: str, name: str, content: bytes, **kw) -> httpx.Response:
    return httpx.post(f"{base}/api/releases", files={"file": (name, content, "application/octet-stream")}, **kw)


def docx_bomb(xml_bytes: int) -> bytes:
    """A tiny DOCX whose document.xml inflates to `xml_bytes`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        body = b"<w:p><w:r><w:t>" + "一".encode() * 100 + b"</w:t></w:r></w:p>"
        archive.writestr("word/document.xml", b"<w:document><w:body>" + body * (xml_bytes // len(body)) + b"</w:body></w:document>")
    return buffer.getvalue()


def test_upload_builds_serves_approves_and_feeds(studio: str) -> None:
    response = upload(studio, "通知.txt", SHORT_DOC.encode("utf-8"))
    assert response.status_code == 202
    job_id = response.json()["id"]
    assert response.json()["status"] in ("queued", "running")
    info = wait_for(studio, job_id)
    assert info["status"] == "done", info
    assert info["title"] == "关于做好社区养老服务的通知"
    assert info["progress"] == 1.0 and info["error"] is None
    assert info["segments"]["total"] > 0 and info["segments"]["done"] == info["segments"]["total"]
    assert info["source"] == {"kind": "file", "name": "通知.txt"}
    for role in ("mp3", "player", "embed", "captions", "chapters"):
        assert info["files"][role].startswith(f"{studio}/releases/{job_id}/files/"), role

    # the audio is served with byte ranges, so players can seek
    mp3 = httpx.get(info["files"]["mp3"])
    assert mp3.status_code == 200 and mp3.content[:3] in (b"ID3", b"\xff\xfb")
    part = httpx.get(info["files"]["mp3"], headers={"Range": "bytes=100-1099"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-1099/{len(mp3.content)}"
    assert part.content == mp3.content[100:1100]
    assert httpx.get(info["files"]["player"]).text.count("<audio") == 1

    # listed; not in the feed until approved
    listed = httpx.get(f"{studio}/api/releases").json()["releases"]
    assert [r["id"] for r in listed] == [job_id]
    assert feedparser.parse(httpx.get(f"{studio}/feed.xml").content).entries == []
    assert httpx.get(f"{studio}/media/{job_id}.mp3").status_code == 404

    approved = httpx.post(f"{studio}/api/releases/{job_id}/approve", json={"by": "张三"})
    assert approved.status_code == 200 and approved.json()["approved"]["by"] == "张三"
    feed = feedparser.parse(httpx.get(f"{studio}/feed.xml").content)
    (entry,) = feed.entries
    assert entry.title == "关于做好社区养老服务的通知"
    enclosure = entry.enclosures[0].href
    assert enclosure == f"{studio}/media/{job_id}.mp3"
    assert httpx.get(enclosure).content == mp3.content


def test_approve_needs_a_name_and_a_finished_release(studio: str) -> None:
    job_id = upload(studio, "a.txt", SHORT_DOC.encode()).json()["id"]
    early = httpx.post(f"{studio}/api/releases/{job_id}/approve", json={"by": "张三"})
    if early.status_code != 200:  # it may already be done on a fast machine
        assert early.status_code == 409 and "完成" in early.json()["error"]
    wait_for(studio, job_id)
    assert httpx.post(f"{studio}/api/releases/{job_id}/approve", json={"by": "  "}).status_code == 400
    assert httpx.post(f"{studio}/api/releases/{job_id}/approve", content=b"not json").status_code == 400
    assert httpx.post(f"{studio}/api/releases/{'0' * 16}/approve", json={"by": "x"}).status_code == 404


def test_pasted_text_and_url_from_the_site(studio: str) -> None:
    pasted = httpx.post(f"{studio}/api/releases", json={"text": SHORT_DOC})
    assert pasted.status_code == 202
    with static_site(CORPUS) as site:
        page = "01_yichun-2022-tjgb.html"
        fetched = httpx.post(f"{studio}/api/releases", json={"url": f"{site}/{page}"})
        assert fetched.status_code == 202, fetched.text
        info = wait_for(studio, fetched.json()["id"])
    assert info["status"] == "done", info
    assert info["title"] == load_document(CORPUS / page).title
    assert info["source"] == {"kind": "url", "name": page}
    text = wait_for(studio, pasted.json()["id"])
    assert text["status"] == "done" and text["source"]["kind"] == "text"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "空"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"),
        ("data.bin", b"abc\x00\x01\x02" * 100, "二进制"),
        ("archive.docx", None, "ZIP"),
        ("bomb.docx", "bomb", "解压"),
        ("latin1.txt", "caf\xe9 na\xefve ".encode("latin-1") * 50, ""),
    ],
)
def test_bad_uploads_get_a_clear_4xx(studio: str, name: str, content: bytes | str | None, expected: str) -> None:
    if content is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("readme.txt", "hello")
        content = buffer.getvalue()
    elif content == "bomb":
        content = docx_bomb(MAX_DOCX_XML_BYTES + 1_000_000)
        assert len(content) < 1_000_000
    response = upload(studio, name, content)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert expected in error and "\n" not in error
    assert "/data/" not in error and "tmp" not in error  # never the server's paths
    assert httpx.get(f"{studio}/api/releases").json()["releases"] == []


def test_too_big_and_malformed_requests(studio: str) -> None:
    big = upload(studio, "big.txt", b"a" * (MAX_UPLOAD_BYTES + 2_000_000))
    assert big.status_code == 413 and "20 MB" in big.json()["error"]
    for kwargs in (
        {"content": b"{not json", "headers": {"content-type": "application/json"}},
        {"json": ["a list"]},
        {"json": {}},
        {"json": {"url": "ftp://example.com/a.txt"}},
        {"json": {"url": "file:///etc/passwd"}},
        {"content": b"hello", "headers": {"content-type": "text/plain"}},
        {"files": {"file": ("a.txt", b"x")}, "data": {"url": "http://127.0.0.1/"}},
    ):
        response = httpx.post(f"{studio}/api/releases", **kwargs)
        assert response.status_code == 400, (kwargs, response.text)
        assert response.json()["error"]
    with static_site(CORPUS) as site:
        missing = httpx.post(f"{studio}/api/releases", json={"url": f"{site}/no-such-page.html"})
    assert missing.status_code == 400 and "404" in missing.json()["error"]
    assert httpx.get(f"{studio}/api/releases/..%2F..%2Fetc").status_code == 404
    assert httpx.get(f"{studio}/api/releases/{'a' * 16}").status_code == 404


def test_hostile_names_stay_text_and_never_reach_the_file_system(studio: str, tmp_path: Path) -> None:
    hostile = '../../../tmp/x<script>alert(1)</script>".txt'
    title = '<img src=x onerror="alert(1)">标题&amp;'
    job_id = upload(studio, hostile, (title + "\n" + SHORT_DOC).encode()).json()["id"]
    info = wait_for(studio, job_id)
    assert info["status"] == "done", info
    assert "/" not in info["source"]["name"] and ".." not in info["source"]["name"].split("x")[0]
    # files live under the generated id only
    inputs = list((tmp_path / "data" / "releases" / job_id / "input").iterdir())
    assert [p.name for p in inputs] == [f"{job_id}.txt"]
    assert not (tmp_path / "tmp" / "x").exists()
    page = httpx.get(f"{studio}/releases/{job_id}").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=" in page
    for path in (f"/releases/{job_id}/files/..%2Fjob.json", f"/releases/{job_id}/files/.audiojiedu.lock",
                 f"/releases/{job_id}/files/%2Fetc%2Fpasswd", "/media/..%2F..%2Fjob.json"):
        assert httpx.get(studio + path).status_code == 404, path


def test_cancel_and_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIOJIEDU_FAKE_DELAY", "0.5")
    with running_studio(tmp_path / "data") as base:
        job_id = upload(base, "a.txt", SHORT_DOC.encode()).json()["id"]
        second = upload(base, "b.txt", (SHORT_DOC + "三、其他\n本通知自印发之日起施行。\n").encode()).json()["id"]
        wait_for(base, job_id, ("running",))
        assert httpx.post(f"{base}/api/releases/{job_id}/build").status_code == 409  # one job per document
        assert httpx.post(f"{base}/api/releases/{second}/cancel").json()["status"] == "failed"  # while queued
        cancelled = httpx.post(f"{base}/api/releases/{job_id}/cancel").json()
        info = wait_for(base, job_id, ("failed",), timeout=30)
        assert info["error"] == "已取消" and cancelled["id"] == job_id
        assert wait_for(base, second, ("failed",))["error"] == "已取消"
        monkeypatch.setenv("AUDIOJIEDU_FAKE_DELAY", "0")
        assert httpx.post(f"{base}/api/releases/{second}/build").status_code == 202
        assert wait_for(base, second)["status"] == "done"


def test_token_guards_every_change(tmp_path: Path) -> None:
    with running_studio(tmp_path / "data", token="s3cret") as base:
        assert upload(base, "a.txt", SHORT_DOC.encode()).status_code == 401
        assert upload(base, "a.txt", SHORT_DOC.encode(), headers={"Authorization": "Bearer wrong"}).status_code == 401
        ok = upload(base, "a.txt", SHORT_DOC.encode(), headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 202
        job_id = ok.json()["id"]
        assert httpx.get(f"{base}/api/releases/{job_id}").status_code == 200  # reading needs no token
        wait_for(base, job_id)
        assert httpx.post(f"{base}/api/releases/{job_id}/approve", json={"by": "x"}).status_code == 401
        assert httpx.post(f"{base}/api/releases/{job_id}/cancel").status_code == 401
        assert httpx.post(f"{base}/releases/{job_id}/approve", data={"by": "x"}).status_code == 303  # to /login
        assert httpx.get(f"{base}/api/releases/{job_id}").json()["approved"] is None
        # the login page sets a cookie that the browser's forms then carry
        login = httpx.post(f"{base}/login", data={"token": "s3cret"})
        assert login.status_code == 303 and "httponly" in login.headers["set-cookie"].lower()
        cookies = {"audiojiedu_token": "s3cret"}
        approved = httpx.post(f"{base}/releases/{job_id}/approve", data={"by": "李四"}, cookies=cookies)
        assert approved.status_code == 303
        assert httpx.get(f"{base}/api/releases/{job_id}").json()["approved"]["by"] == "李四"


def test_cross_site_posts_are_refused(studio: str) -> None:
    evil = upload(studio, "a.txt", SHORT_DOC.encode(), headers={"Origin": "https://evil.example"})
    assert evil.status_code == 403
    same = upload(studio, "a.txt", SHORT_DOC.encode(), headers={"Origin": studio})
    assert same.status_code == 202


def test_status_shape_is_the_documented_contract(studio: str) -> None:
    job_id = upload(studio, "a.txt", SHORT_DOC.encode()).json()["id"]
    info = httpx.get(f"{studio}/api/releases/{job_id}").json()
    assert {"id", "status", "title", "progress", "error", "files"} <= set(info)
    assert info["status"] in ("queued", "running", "done", "failed")
    done = wait_for(studio, job_id)
    assert json.loads(json.dumps(done)) == done
    preview = httpx.get(f"{studio}/api/releases/{job_id}/preview").json()
    assert preview["title"] == done["title"]
    assert [s["title"] for s in preview["sections"]] == ["工作目标", "保障措施"]
    assert any("三百万元" in s["spoken"] for s in preview["segments"])


def test_serve_refuses_a_public_address_without_a_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from audiojiedu.cli import cli
    from audiojiedu.studio import is_loopback

    monkeypatch.delenv("AUDIOJIEDU_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--data", str(tmp_path / "d")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "AUDIOJIEDU_TOKEN" in result.output
    assert not (tmp_path / "d").exists()
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.com")


def test_edit_the_script_changes_a_reading_and_rebuilds(studio: str) -> None:
    from studio_server import LATIN_DOC

    job_id = upload(studio, "数字经济.txt", LATIN_DOC.encode()).json()["id"]
    first = wait_for(studio, job_id)
    assert first["status"] == "done", first
    preview = httpx.get(f"{studio}/api/releases/{job_id}/preview").json()
    assert any(f["kind"] == "latin" and "GDP" in f["text"] for f in preview["findings"])
    page = httpx.get(f"{studio}/releases/{job_id}").text
    assert "GDP" in page and "预检提醒" in page

    script = httpx.get(f"{studio}/api/releases/{job_id}/script")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/markdown")
    assert script.text == preview["script"] and "# 一、发展目标" in script.text
    broken = httpx.put(f"{studio}/api/releases/{job_id}/script", content=b"---\ntitle: x\n---\n\n{GDP\n")
    assert broken.status_code == 400 and "朗读稿" in broken.json()["error"]
    edited = script.text.replace("占GDP比重", "占{GDP|国内生产总值}比重").replace("# 二、工作要求", "# 二、工作纪律")
    assert edited != script.text
    response = httpx.put(f"{studio}/api/releases/{job_id}/script", content=edited.encode())
    assert response.status_code == 202, response.text
    assert httpx.put(f"{studio}/api/releases/{job_id}/script", content=edited.encode()).status_code == 409
    second = wait_for(studio, job_id)
    assert second["status"] == "done", second
    after = httpx.get(f"{studio}/api/releases/{job_id}/preview").json()
    (segment,) = [s for s in after["segments"] if "GDP" in s["written"]]
    assert "国内生产总值" in segment["spoken"] and "GDP" not in segment["spoken"]
    assert not any(f["kind"] == "latin" for f in after["findings"])
    assert [s["title"] for s in after["sections"]] == ["发展目标", "工作纪律"]
    assert after["script"] == edited
    # the same files, rebuilt: the captions carry the new chapter name
    chapters = httpx.get(second["files"]["chapters"]).json()
    assert any("工作纪律" in c["title"] for c in chapters["chapters"])


def test_findings_are_placed_on_their_sentence() -> None:
    from audiojiedu.studio.app import place_findings

    preview = {
        "segments": [{"id": "a", "written": "第一句。"}, {"id": "b", "written": "含GDP的第二句。"}],
        "findings": [
            {"kind": "latin", "message": "含拉丁字母", "text": "GDP"},
            {"kind": "heading-guessed", "message": "整篇没有标题", "text": ""},
            {"kind": "digit-run", "message": "一串数字", "text": "不在任何句子里"},
        ],
    }
    placed = place_findings(preview)
    assert placed["marks"] == {"b": ["含拉丁字母"]}
    assert placed["placed"] == [("含拉丁字母", "b")]
    assert placed["unplaced"] == ["整篇没有标题", "一串数字"]


def test_every_format_the_sniffer_names_can_be_stored() -> None:
    from typing import get_args

    from audiojiedu.ingest.sniff import Format
    from audiojiedu.studio.store import INPUT_SUFFIXES

    assert set(get_args(Format)) <= set(INPUT_SUFFIXES)
