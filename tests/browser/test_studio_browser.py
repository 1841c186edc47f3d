"""The studio in a real browser: upload, watch the build, play, approve, copy the embed code;
bad uploads explained in the page; axe-core finds no WCAG 2.1 AA violations on each page."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studio_server import LATIN_DOC, SHORT_DOC, running_studio

pytestmark = pytest.mark.browser

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_AXE = (
    "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
    ".map(x => [x.id, x.impact, x.nodes.map(n => n.target.join(' ')).slice(0, 3)])"
)


@pytest.fixture(scope="module")
def studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_studio(tmp_path_factory.mktemp("studio") / "data") as base:
        yield base


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    """Like conftest's, but lets axe-core be injected past the studio's strict CSP."""
    ctx = browser.new_context(locale="zh-CN", viewport={"width": 1024, "height": 800}, bypass_csp=True)
    try:
        yield ctx
    finally:
        ctx.close()


def axe_violations(page: Any, axe_source: str) -> list[Any]:
    page.add_script_tag(content=axe_source)
    return list(page.evaluate(RUN_AXE, WCAG_21_AA))


def test_upload_build_play_approve_and_copy(context: Any, studio: str, axe_source: str, tmp_path: Path) -> None:
    document = tmp_path / "社区养老<通知>.txt"
    document.write_text(SHORT_DOC, encoding="utf-8")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=studio)
    page = context.new_page()
    page.goto(studio + "/")
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    assert axe_violations(page, axe_source) == []

    page.get_by_label("文档文件").set_input_files(str(document))
    page.get_by_role("button", name="开始生成").click()
    page.wait_for_url(f"{studio}/releases/*")
    # while it builds the page shows a live progress bar; when done it reloads with the player
    page.wait_for_selector(".status-done", timeout=120_000)
    assert page.locator("h1").inner_text() == "关于做好社区养老服务的通知"
    assert "社区养老<通知>.txt" in page.locator(".source").inner_text()
    outline = page.locator("section.document ol").first.inner_text()
    assert "工作目标" in outline and "保障措施" in outline
    assert "三百万元" in page.locator("section.script").inner_text()  # the spoken form beside the written
    assert axe_violations(page, axe_source) == []

    # play the release in the accessible player
    player = page.frame_locator("iframe.player")
    player.locator("button.ajd-cue").first.wait_for()
    frame = page.frames[1]
    frame.wait_for_function("document.querySelector('audio').readyState >= 1", timeout=15_000)
    frame.evaluate("() => { const a = document.querySelector('audio'); a.muted = true; return a.play(); }")
    frame.wait_for_function("document.querySelector('audio').currentTime > 0.3", timeout=15_000)

    # copy the embed fragment
    page.get_by_role("button", name="复制嵌入代码").click()
    page.wait_for_function("document.querySelector('.copied').textContent.length > 0")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#embed").input_value() and "<audio" in copied

    # approve with the keyboard
    page.get_by_label("批准人").fill("张三")
    page.get_by_label("批准人").press("Enter")
    page.wait_for_selector(".approved")
    assert "张三" in page.locator(".approved").inner_text()
    assert axe_violations(page, axe_source) == []
    feed = context.request.get(f"{studio}/feed.xml").text()
    assert "关于做好社区养老服务的通知" in feed

    page.goto(studio + "/")
    row = page.get_by_role("row", name="关于做好社区养老服务的通知")
    assert "已完成" in row.inner_text() and "张三" in row.inner_text()
    assert axe_violations(page, axe_source) == []


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "文件是空的"),
        ("photo.docx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG 图片"),
        ('"><img src=x onerror=alert(1)>.txt', b"\x00\x01binary" * 10, "二进制"),
    ],
)
def test_bad_upload_is_explained_in_the_page(
    context: Any, studio: str, axe_source: str, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(studio + "/")
    page.get_by_label("文档文件").set_input_files({"name": name, "mimeType": "text/plain", "buffer": content})
    with page.expect_response(f"{studio}/releases") as answer:
        page.get_by_role("button", name="开始生成").click()
    assert answer.value.status == 400
    alert = page.get_by_role("alert")
    assert expected in alert.inner_text()
    assert dialogs == [] and page.locator("img[src=x]").count() == 0
    assert axe_violations(page, axe_source) == []


def test_pasted_text_with_a_hostile_title(context: Any, studio: str) -> None:
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(studio + "/")
    hostile = "<script>alert(1)</script>关于开展检查的通知"
    page.get_by_label("标题（可不填：第一行即标题）").fill(hostile)
    page.get_by_label("正文").fill(SHORT_DOC.split("\n", 1)[1])
    page.get_by_role("button", name="开始生成").click()
    page.wait_for_url(f"{studio}/releases/*")
    page.wait_for_selector(".status-done, .status-failed", timeout=120_000)
    assert dialogs == []
    assert page.locator("h1").inner_text() == hostile


def test_edit_a_reading_in_the_script_and_rebuild(context: Any, studio: str, axe_source: str) -> None:
    page = context.new_page()
    page.goto(studio + "/")
    page.get_by_label("正文").fill(LATIN_DOC)
    page.get_by_role("button", name="开始生成").click()
    page.wait_for_url(f"{studio}/releases/*")
    page.wait_for_selector(".status-done", timeout=120_000)
    # the preflight finding is marked on its sentence, and linked from the list of findings
    flagged = page.locator("li.segment.flagged", has_text="GDP")
    assert "拉丁字母" in flagged.inner_text()
    page.locator("ul.warnings a", has_text="GDP").click()
    assert page.evaluate("document.activeElement.id") == flagged.get_attribute("id") or page.url.endswith(
        "#" + str(flagged.get_attribute("id"))
    )

    page.get_by_role("link", name="编辑朗读稿（改字、改读法、改章节）").click()
    assert axe_violations(page, axe_source) == []
    editor = page.get_by_label("朗读稿", exact=True)
    text = editor.input_value()
    assert "占GDP比重" in text
    # a mistake is explained in the page and the text is kept
    editor.fill(text.replace("占GDP比重", "占{GDP比重"))
    page.get_by_role("button", name="保存并重新生成").click()
    assert "朗读稿" in page.get_by_role("alert").inner_text()
    assert "占{GDP比重" in page.get_by_label("朗读稿", exact=True).input_value()
    assert axe_violations(page, axe_source) == []

    page.get_by_label("朗读稿", exact=True).fill(text.replace("占GDP比重", "占{GDP|国内生产总值}比重"))
    page.get_by_role("button", name="保存并重新生成").click()
    page.wait_for_url(f"{studio}/releases/*")
    page.wait_for_selector(".status-done", timeout=120_000)
    sentence = page.locator("li.segment", has_text="GDP")
    assert "国内生产总值" in sentence.locator(".spoken").inner_text()
    assert page.locator("li.segment.flagged", has_text="GDP").count() == 0
    frame = page.frame_locator("iframe.player")
    assert "GDP" in frame.locator(".ajd-transcript-body").inner_text()  # captions show what is written


def test_press_play_on_one_sentence(context: Any, axe_source: str, tmp_path: Path) -> None:
    import shutil

    import httpx
    from studio_server import wait_for

    data = tmp_path / "data"
    with running_studio(data) as studio:
        job_id = httpx.post(f"{studio}/api/releases", json={"text": SHORT_DOC}).json()["id"]
        assert wait_for(studio, job_id)["status"] == "done"
        shutil.rmtree(data / "cache" / "segments")  # so pressing play has to synthesize the sentence
        page = context.new_page()
        page.goto(f"{studio}/releases/{job_id}")
        button = page.get_by_role("button", name="试听：区财政安排专项资金300…")
        assert button.count() == 1 and button.inner_text().strip() == "▶ 试听"
        button.focus()
        page.keyboard.press("Enter")  # a real button: the keyboard plays it
        page.wait_for_function("document.getElementById('listen-status').textContent.indexOf('播放中') === 0",
                               timeout=30_000)
        page.wait_for_function(
            "(() => { const a = document.getElementById('listen-audio'); return !a.paused && a.currentTime > 0.3; })()",
            timeout=15_000)
        source = page.evaluate("document.getElementById('listen-audio').currentSrc")
        assert source == studio + str(button.get_attribute("data-audio"))
        assert source.startswith(f"{studio}/api/releases/{job_id}/segments/")
        assert len(list((data / "cache" / "segments").rglob("*.seg"))) == 1  # that sentence, now cached
        assert axe_violations(page, axe_source) == []
        page.keyboard.press("Enter")  # the same button again stops it
        page.wait_for_function("document.getElementById('listen-audio').paused")
        assert page.locator("#listen-status").inner_text() == "已停止"
