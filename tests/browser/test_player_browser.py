"""The web player in a real browser: seeking, highlight, keyboard, settings, accessibility scan."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from test_publish_sample import HOSTILE, TABLE, TABLE_AFTER, sample_release

from audiojiedu.publish.chapters import chapter_timeline
from audiojiedu.publish.transcript import build_transcript

pytestmark = pytest.mark.browser

RELEASE = sample_release()
CUES = build_transcript(RELEASE).segments
CHAPTERS = chapter_timeline(RELEASE)
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def open_player(context: Any, site: str, folder: str = "release") -> Any:
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))  # type: ignore[attr-defined]
    page.goto(f"{site}/{folder}/player.html")
    # Enhanced (script ran) and the MP3's metadata loaded, so seeking works.
    page.wait_for_selector("button.ajd-cue")
    page.wait_for_function("document.querySelector('audio').readyState >= 1", timeout=15_000)
    return page


def current_time(page: Any) -> float:
    return float(page.evaluate("document.querySelector('audio').currentTime"))


def seek_and_settle(page: Any, seconds: float) -> None:
    """Seek as playback would move the playhead, and wait until the element has seeked."""
    page.evaluate(
        """(t) => new Promise((resolve) => {
            const audio = document.querySelector('audio');
            audio.addEventListener('seeked', () => resolve(), {once: true});
            audio.currentTime = t;
        })""",
        seconds,
    )


def current_cue(page: Any) -> list[int]:
    return page.eval_on_selector_all(
        "button.ajd-cue[aria-current='true']", "els => els.map(e => Number(e.dataset.ajdCue))"
    )


def current_chapter(page: Any) -> list[int]:
    return page.eval_on_selector_all(
        "button.ajd-chapter[aria-current='true']", "els => els.map(e => Number(e.dataset.ajdChapter))"
    )


def test_player_loads_the_audio_and_builds_controls(context: Any, site: str) -> None:
    page = open_player(context, site)
    duration = page.evaluate("document.querySelector('audio').duration")
    assert abs(duration - RELEASE.duration_ms / 1000) < 0.5
    assert page.locator("button.ajd-cue").count() == len(CUES)
    assert page.locator("button.ajd-chapter").count() == len(CHAPTERS)
    assert page.evaluate("document.querySelector('audio').autoplay") is False
    assert page.evaluate("document.querySelector('audio').paused") is True
    assert page.evaluate("document.querySelector('audio').volume") == pytest.approx(0.7)


def test_chapter_click_seeks_and_marks_the_chapter(context: Any, site: str) -> None:
    page = open_player(context, site)
    target = CHAPTERS[2]
    page.locator("button.ajd-chapter").nth(2).click()
    assert current_time(page) == pytest.approx(target.start_ms / 1000, abs=0.05)
    assert current_chapter(page) == [2]
    assert page.locator("[data-ajd-current-chapter]").inner_text() == target.title
    # The heading that starts the chapter is the sentence being spoken.
    assert current_cue(page) == [next(i for i, s in enumerate(CUES) if s.id == target.segment_id)]


def test_highlight_follows_playback(context: Any, site: str) -> None:
    page = open_player(context, site)
    for index, segment in enumerate(CUES):
        seek_and_settle(page, (segment.start_ms + segment.end_ms) / 2000)
        assert current_cue(page) == [index], segment.written
        expected_chapter = max(i for i, c in enumerate(CHAPTERS) if c.start_ms <= segment.start_ms)
        assert current_chapter(page) == [expected_chapter]
    # Every highlighted cue carries a non-colour marker too (the ▶ before it, an underline).
    marker = page.evaluate(
        "getComputedStyle(document.querySelector(\"button.ajd-cue[aria-current='true']\"), '::before').content"
    )
    assert "▶" in marker
    decoration = page.eval_on_selector(
        "button.ajd-cue[aria-current='true']", "e => getComputedStyle(e).textDecorationLine"
    )
    assert "underline" in decoration


def test_keyboard_reaches_controls_and_cues_seek_with_enter_and_space(context: Any, site: str) -> None:
    page = open_player(context, site)
    reached: list[str] = []
    for _ in range(60):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.className || document.activeElement.tagName"))
        if "ajd-cue" in reached[-1]:
            break
    assert "ajd-skip-link" in reached[0]
    assert any("ajd-button" in name for name in reached)
    assert "ajd-chapter" in reached
    assert "ajd-cue" in reached[-1]
    # Focus is visible: a real outline on the focused control.
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")

    cue = page.locator("button.ajd-cue").nth(5)
    cue.focus()
    page.keyboard.press("Enter")
    assert current_time(page) == pytest.approx(CUES[5].start_ms / 1000, abs=0.05)
    page.locator("button.ajd-cue").nth(8).focus()
    page.keyboard.press("Space")
    assert current_time(page) == pytest.approx(CUES[8].start_ms / 1000, abs=0.05)
    assert current_cue(page) == [8]


def test_shortcuts_only_inside_the_player_and_switchable(context: Any, site: str) -> None:
    page = open_player(context, site)
    page.locator("button.ajd-cue").nth(1).focus()
    page.keyboard.press("Enter")
    start = current_time(page)
    page.keyboard.press("l")
    assert current_time(page) == pytest.approx(start + 10, abs=0.05)
    page.keyboard.press("j")
    assert current_time(page) == pytest.approx(start, abs=0.05)
    page.keyboard.press("n")
    assert current_chapter(page) == [1]

    # Focus outside the player: the page's keys are left alone.
    page.evaluate("document.activeElement.blur()")
    before = current_time(page)
    page.keyboard.press("l")
    assert current_time(page) == pytest.approx(before, abs=0.01)

    # Switched off: the same key inside the player does nothing.
    page.locator("[data-ajd-shortcuts]").uncheck()
    page.locator("button.ajd-cue").nth(1).focus()
    before = current_time(page)
    page.keyboard.press("l")
    assert current_time(page) == pytest.approx(before, abs=0.01)


def test_skip_buttons_and_chapter_navigation(context: Any, site: str) -> None:
    page = open_player(context, site)
    page.get_by_role("button", name="下一章").click()
    assert current_time(page) == pytest.approx(CHAPTERS[1].start_ms / 1000, abs=0.05)
    page.get_by_role("button", name="前进10秒").click()
    assert current_time(page) == pytest.approx(CHAPTERS[1].start_ms / 1000 + 10, abs=0.05)
    page.get_by_role("button", name="后退10秒").click()
    assert current_time(page) == pytest.approx(CHAPTERS[1].start_ms / 1000, abs=0.05)
    page.get_by_role("button", name="上一章").click()  # at the chapter's start: go to the one before
    assert current_time(page) == pytest.approx(CHAPTERS[0].start_ms / 1000, abs=0.05)


def test_speed_change_is_applied_and_announced(context: Any, site: str) -> None:
    page = open_player(context, site)
    page.get_by_label("播放速度").select_option("1.5")
    assert page.evaluate("document.querySelector('audio').playbackRate") == 1.5
    status = page.locator("[data-ajd-status]")
    page.wait_for_function("document.querySelector('[data-ajd-status]').textContent.includes('1.5')")
    assert status.get_attribute("role") == "status"  # a polite live region
    rates = page.eval_on_selector_all("[data-ajd-rate] option", "os => os.map(o => Number(o.value))")
    assert min(rates) <= 0.75 and max(rates) == 2


def test_text_size_and_high_contrast(context: Any, site: str) -> None:
    page = open_player(context, site)
    size = "parseFloat(getComputedStyle(document.querySelector('.ajd-player')).fontSize)"
    before = page.evaluate(size)
    page.get_by_role("button", name="A+ 放大文字").click()
    assert page.evaluate(size) > before
    page.get_by_role("button", name="A− 缩小文字").click()
    page.get_by_role("button", name="A− 缩小文字").click()
    assert page.evaluate(size) < before
    line_height = page.evaluate(
        f"parseFloat(getComputedStyle(document.querySelector('.ajd-transcript-body p')).lineHeight) / {size}"
    )
    assert line_height >= 1.5

    contrast = page.get_by_role("button", name="高对比度")
    assert contrast.get_attribute("aria-pressed") == "false"
    contrast.click()
    assert contrast.get_attribute("aria-pressed") == "true"
    background = page.evaluate("getComputedStyle(document.querySelector('.ajd-player')).backgroundColor")
    assert background == "rgb(0, 0, 0)"
    # Settings are remembered.
    page.reload()
    page.wait_for_selector("button.ajd-cue")
    assert page.get_by_role("button", name="高对比度").get_attribute("aria-pressed") == "true"


def test_targets_are_at_least_24_px(context: Any, site: str) -> None:
    page = open_player(context, site)
    sizes = page.eval_on_selector_all(
        ".ajd-player button, .ajd-player select, .ajd-player input",
        "els => els.filter(e => e.offsetParent !== null).map(e => {"
        " const r = e.getBoundingClientRect(); return [e.className || e.tagName, r.width, r.height]; })",
    )
    assert len(sizes) > len(CUES)
    small = [entry for entry in sizes if entry[1] < 24 or entry[2] < 24]
    assert not small


def test_position_is_remembered(context: Any, site: str) -> None:
    page = open_player(context, site)
    seek_and_settle(page, 20.0)
    page.evaluate("document.querySelector('audio').dispatchEvent(new Event('pause'))")
    page.reload()
    page.wait_for_selector("button.ajd-cue")
    page.wait_for_function("document.querySelector('audio').currentTime > 19", timeout=15_000)
    assert current_time(page) == pytest.approx(20.0, abs=0.1)
    assert page.locator("[data-ajd-resume]").is_visible()
    page.get_by_role("button", name="从头播放").click()
    assert current_time(page) == pytest.approx(0.0, abs=0.05)


def test_axe_finds_no_wcag_21_aa_violations(context: Any, site: str, axe_source: str) -> None:
    page = open_player(context, site)
    seek_and_settle(page, (CUES[4].start_ms + CUES[4].end_ms) / 2000)  # a highlighted cue and chapter
    page.add_script_tag(content=axe_source)
    run = "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
    summary = "v => v.map(x => [x.id, x.impact, x.nodes.map(n => n.target.join(' ')).slice(0, 3)])"
    violations = page.evaluate(f"async (tags) => ({summary})(await ({run})(tags))", WCAG_21_AA)
    assert violations == []
    page.get_by_role("button", name="高对比度").click()
    violations = page.evaluate(f"async (tags) => ({summary})(await ({run})(tags))", WCAG_21_AA)
    assert violations == []


def test_a_shown_table_sits_after_its_sentence_as_a_table_a_screen_reader_can_walk(context: Any, site: str) -> None:
    page = open_player(context, site)
    table = page.get_by_role("table", name="表1 规章和规范性文件情况")
    assert table.count() == 1
    headers = page.get_by_role("columnheader").all_inner_texts()
    assert headers == list(TABLE.rows[0])
    assert page.get_by_role("rowheader").all_inner_texts() == ["规章", "规范性文件"]
    assert page.get_by_role("region", name="表1 规章和规范性文件情况").get_attribute("tabindex") == "0"
    # Right after the paragraph that announces it; the table is no cue (no audio, no seek).
    after = page.evaluate(
        "() => document.querySelector('.ajd-table').previousElementSibling.textContent"
    )
    assert TABLE_AFTER in after
    assert page.locator(".ajd-table button.ajd-cue").count() == 0


def test_without_javascript_audio_transcript_and_downloads_remain(browser: Any, site: str) -> None:
    ctx = browser.new_context(java_script_enabled=False)
    try:
        page = ctx.new_page()
        page.goto(f"{site}/release/player.html")
        assert page.locator("audio[controls]").count() == 1
        body = page.locator(".ajd-transcript-body").inner_text()
        for segment in CUES:
            assert segment.written in body
        assert page.locator("button.ajd-cue").count() == 0  # inert buttons would mislead
        assert page.locator("[data-ajd-enhanced]").first.is_hidden()
        links = page.eval_on_selector_all(".ajd-downloads a", "as => as.map(a => a.href)")
        assert len(links) == 3
        for link in links:
            response = ctx.request.get(link)
            assert response.status == 200 and len(response.body()) > 0
        # Chapter links jump to the transcript headings without script.
        page.locator("a.ajd-chapter").nth(2).click()
        assert page.url.endswith("-ch-3")
    finally:
        ctx.close()


def test_hostile_title_stays_text(context: Any, site: str) -> None:
    page = open_player(context, site, folder="hostile")
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert page.locator("h1").inner_text() == HOSTILE
    assert page.title().startswith(HOSTILE)
    assert page.locator("script:not([src]):not([type='application/json'])").count() == 0
    data = json.loads(page.locator("script[data-ajd-data]").text_content())
    assert data["slug"] == "hostile"
    first_cue = page.locator("button.ajd-cue").first.inner_text()
    assert first_cue.endswith(HOSTILE)  # the ▶ marker may precede it


def test_transcript_auto_scroll_follows_and_can_be_switched_off(browser: Any, site: str) -> None:
    ctx = browser.new_context(viewport={"width": 800, "height": 500}, reduced_motion="reduce")
    try:
        page = open_player(ctx, site)
        box = "document.querySelector('[data-ajd-transcript]')"
        assert page.evaluate(f"{box}.scrollHeight > {box}.clientHeight")  # it does need scrolling
        last = len(CUES) - 1
        seek_and_settle(page, (CUES[last].start_ms + CUES[last].end_ms) / 2000)
        visible = f"""(() => {{
            const b = {box}.getBoundingClientRect();
            const c = document.querySelector("button.ajd-cue[aria-current='true']").getBoundingClientRect();
            return c.top >= b.top && c.bottom <= b.bottom; }})()"""
        page.wait_for_function(visible)
        scrolled = page.evaluate(f"{box}.scrollTop")
        assert scrolled > 0
        page.locator("[data-ajd-autoscroll]").uncheck()
        seek_and_settle(page, CUES[0].start_ms / 1000 + 0.1)
        assert current_cue(page) == [0]
        page.wait_for_timeout(300)
        assert page.evaluate(f"{box}.scrollTop") == scrolled
    finally:
        ctx.close()


def test_reflows_at_320_px_and_double_text_size(browser: Any, site: str) -> None:
    ctx = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = open_player(ctx, site)
        for _ in range(8):
            page.get_by_role("button", name="A+ 放大文字").click()
        assert (
            page.evaluate("getComputedStyle(document.querySelector('.ajd-player')).getPropertyValue('--ajd-scale')")
            == "2"
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        ctx.close()
