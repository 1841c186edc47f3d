"""review.html in a real browser: each flagged sentence plays from its moment in the MP3."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import RangeRequestHandler

from audiojiedu.build import BuildOptions, build
from audiojiedu.config import load_config
from audiojiedu.manifest import read_manifest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DOC = (
    "关于测试的通知\n一、总体要求\n开头第一句话，说明背景。\n第二句话也很平常。\n"
    "全年地区生产总值（GDP）增长。\n二、工作措施\n统计数据 12 345 678 9 如下。\n表情😀也在。\n"
)


@pytest.fixture(scope="module")
def review_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("review")
    doc = root / "doc.txt"
    doc.write_text(DOC, encoding="utf-8")
    options = BuildOptions(config=load_config(ROOT / "voices.yaml"), engine="fake", out_dir=root / "release",
                           cache_dir=root / "cache", jobs=1)
    build([doc], options, say=lambda message: None)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(RangeRequestHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/release/review.html", root / "release"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_time_links_play_the_flagged_sentence(context: Any, review_site: tuple[str, Path]) -> None:
    url, release_dir = review_site
    page = context.new_page()
    page.goto(url)
    links = page.locator("a.play")
    assert links.count() == 3  # latin (edge-less fake engine: GDP spelled), digit run, emoji
    segments = read_manifest(release_dir).segments
    for index in (2, 0):
        link = links.nth(index)
        row_text = link.locator("xpath=ancestor::tr").inner_text()
        segment = next(s for s in segments if s.written[:6] in row_text)
        link.click()
        page.wait_for_function(
            "(t) => { const a = document.getElementById('review-audio');"
            " return !a.paused && Math.abs(a.currentTime - t) < 0.6; }",
            arg=segment.start_ms / 1000,
            timeout=15_000,
        )
    # every row names its line in the release script
    lines = page.locator("table.flags td:nth-child(4)").all_inner_texts()
    assert all(re.fullmatch(r"第 \d+ 行", line) for line in lines)


def test_review_page_has_no_wcag_21_aa_violations(context: Any, review_site: tuple[str, Path], axe_source: str) -> None:
    url, _ = review_site
    page = context.new_page()
    page.goto(url)
    page.add_script_tag(content=axe_source)
    run = "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
    summary = "v => v.map(x => [x.id, x.impact, x.nodes.map(n => n.target.join(' ')).slice(0, 3)])"
    violations = page.evaluate(f"async (tags) => ({summary})(await ({run})(tags))", WCAG_21_AA)
    assert violations == []


def test_without_javascript_a_time_link_opens_the_mp3_at_that_moment(
    browser: Any, review_site: tuple[str, Path]
) -> None:
    url, release_dir = review_site
    ctx = browser.new_context(java_script_enabled=False)
    try:
        page = ctx.new_page()
        page.goto(url)
        link = page.locator("a.play").first
        href = link.evaluate("a => a.href")  # absolute: the MP3 with a media fragment #t=seconds
        path, _, fragment = href.partition("#")
        assert path.endswith("/release/doc.mp3") and re.fullmatch(r"t=\d+\.\d\d", fragment)
        start = float(fragment[2:])
        assert start == pytest.approx(float(link.get_attribute("data-start")), abs=0.005)
        response = page.request.get(path)
        assert response.ok and response.headers["content-type"] == "audio/mpeg"
        assert response.body() == (release_dir / "doc.mp3").read_bytes()
    finally:
        ctx.close()


def test_review_page_with_a_shown_table_has_no_wcag_21_aa_violations(
    context: Any, tmp_path: Path, axe_source: str
) -> None:
    from helpers import static_site

    rows = "".join(f"<tr><td>第{i}项</td><td>{i}</td><td>{2 * i}</td></tr>" for i in range(1, 16))
    doc = tmp_path / "doc.html"
    doc.write_text(
        "<html><head><title>表格测试</title></head><body><h1>表格测试</h1><p>一、情况</p>"
        "<p>全年办理事项稳步增长，具体数据如下，请对照查阅相关说明材料。</p><p>表1 办理事项统计表</p>"
        f"<table border='1'><tr><th>事项</th><th>自然人</th><th>法人</th></tr>{rows}</table></body></html>",
        encoding="utf-8",
    )
    options = BuildOptions(config=load_config(ROOT / "voices.yaml"), engine="fake", out_dir=tmp_path / "release",
                           cache_dir=tmp_path / "cache", jobs=1)
    build([doc], options, say=lambda message: None)
    with static_site(tmp_path) as url:
        page = context.new_page()
        page.goto(f"{url}/release/review.html")
        assert page.get_by_role("table", name="表1 办理事项统计表").get_by_role("row").count() == 16
        page.add_script_tag(content=axe_source)
        run = "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
        summary = "v => v.map(x => [x.id, x.impact, x.nodes.map(n => n.target.join(' ')).slice(0, 3)])"
        assert page.evaluate(f"async (tags) => ({summary})(await ({run})(tags))", WCAG_21_AA) == []
