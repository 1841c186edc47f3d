"""The player's HTML as written: self-contained, structured, escaped, useful without script."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from test_publish_sample import HOSTILE, build_sample_release, sample_release

from audiojiedu.publish import write_player
from audiojiedu.publish.player import json_for_script
from audiojiedu.publish.transcript import build_transcript, render_transcript_text


class Page(HTMLParser):
    """Collects what the tests look at: tags with attributes, text, and script contents."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        else:
            self.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())]


def read_page(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def embedded_data(page: Page) -> Any:
    (block,) = [text for attrs, text in page.scripts if attrs.get("type") == "application/json"]
    return json.loads(block)


def test_written_files(tmp_path: Path) -> None:
    release = build_sample_release(tmp_path)
    own = {"player.html", "player-embed.html", "player.css", "player.js", f"{release.slug}.txt"}
    # Alone, the player also writes the captions and chapters it links to ...
    written = write_player(release, tmp_path)
    names = {p.name for p in written.values()}
    assert names == own | {f"{release.slug}.vtt", f"{release.slug}.chapters.json", f"{release.slug}.chapters.vtt"}
    assert set(written) == {"transcript", "captions", "chapters_json", "chapters_vtt", "player_html",
                            "player_embed_html", "player_css", "player_js"}
    assert all((tmp_path / name).is_file() for name in names)
    # ... after write_captions and write_chapters (as the build calls them) only its own files.
    assert {p.name for p in write_player(release, tmp_path).values()} == own


def test_page_is_self_contained(tmp_path: Path) -> None:
    release = build_sample_release(tmp_path)
    write_player(release, tmp_path)
    for name in ("player.html", "player-embed.html"):
        page = read_page(tmp_path / name)
        references = [a.get(k) for _, a in page.tags for k in ("src", "href") if a.get(k)]
        assert references
        for ref in references:
            assert ref is not None and not re.match(r"^(\w+:|//)", ref), ref
            if not ref.startswith("#"):
                assert (tmp_path / ref).is_file(), ref
    css = (tmp_path / "player.css").read_text(encoding="utf-8")
    js = (tmp_path / "player.js").read_text(encoding="utf-8")
    assert "@import" not in css and "@font-face" not in css and not re.search(r"url\(", css)
    assert not re.search(r"https?://", css + js)
    assert not re.search(r"\bfetch\(|XMLHttpRequest|import\(", js)


def test_page_structure_and_accessibility_basics(tmp_path: Path) -> None:
    release = build_sample_release(tmp_path)
    write_player(release, tmp_path)
    page = read_page(tmp_path / "player.html")
    assert page.find("html")[0]["lang"] == "zh-CN"
    assert page.find("main") and page.find("nav")
    (audio,) = page.find("audio")
    assert "controls" in audio and "autoplay" not in audio
    assert [t for t, _ in page.tags if re.fullmatch(r"h[1-6]", t)][:3] == ["h1", "h2", "h2"]
    ids = [a["id"] for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids))
    for _, attrs in page.tags:  # every id reference points at an element of the page
        for key in ("aria-labelledby", "aria-describedby"):
            if attrs.get(key):
                assert set(attrs[key].split()) <= set(ids)  # type: ignore[union-attr]
    assert page.find("div", role="status")
    viewport = page.find("meta", name="viewport")[0]["content"]
    assert "user-scalable" not in viewport and "maximum-scale" not in viewport


def test_without_script_the_transcript_and_downloads_are_there(tmp_path: Path) -> None:
    release = build_sample_release(tmp_path)
    write_player(release, tmp_path)
    page = read_page(tmp_path / "player.html")
    text = "".join(page.text)
    for segment in release.segments:
        assert segment.written in text
    downloads = [a["href"] for a in page.find("a") if "download" in a]
    assert downloads == [f"{release.slug}.mp3", f"{release.slug}.txt", f"{release.slug}.vtt"]
    chapter_links = [a["href"] for a in page.find("a", **{"class": "ajd-chapter"})]
    assert len(chapter_links) == len(release.chapters)
    heading_ids = {a["id"] for t, a in page.tags if t.startswith("h") and a.get("class") == "ajd-chapter-heading"}
    assert {h.lstrip("#") for h in chapter_links} == heading_ids  # type: ignore[union-attr]
    # Controls that need script stay hidden without it.
    assert all("hidden" in a for _, a in page.tags if "data-ajd-enhanced" in a)


def test_embedded_data_matches_the_release(tmp_path: Path) -> None:
    release = build_sample_release(tmp_path)
    write_player(release, tmp_path)
    data = embedded_data(read_page(tmp_path / "player.html"))
    assert data["cues"] == [[s.start_ms / 1000, s.end_ms / 1000] for s in release.segments]
    assert [c[2] for c in data["chapters"]] == [c.title for c in release.chapters]
    page = read_page(tmp_path / "player.html")
    cue_indices = [int(a["data-ajd-cue"]) for a in page.find("span") if a.get("data-ajd-cue")]  # type: ignore[arg-type]
    assert cue_indices == list(range(len(release.segments)))


def test_embed_is_a_fragment_with_lower_headings(tmp_path: Path) -> None:
    release = build_sample_release(tmp_path)
    write_player(release, tmp_path)
    page = read_page(tmp_path / "player-embed.html")
    assert not page.find("html") and not page.find("body") and not page.find("main")
    assert [t for t, _ in page.tags if re.fullmatch(r"h[1-6]", t)][:3] == ["h2", "h3", "h3"]
    assert page.find("link", rel="stylesheet", href="player.css")
    assert page.find("script", src="player.js")


def test_json_for_script_cannot_close_the_script() -> None:
    text = json_for_script({"t": "</script><script>alert(1)</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><script>alert(1)</script><!-- & \u2028"}


def test_hostile_title_is_inert_everywhere_in_the_page(tmp_path: Path) -> None:
    title = HOSTILE + "</script><img src=x onerror=alert(2)>"
    release = build_sample_release(tmp_path, title=title, metadata={"索引号": title})
    write_player(release, tmp_path)
    for name in ("player.html", "player-embed.html"):
        raw = (tmp_path / name).read_text(encoding="utf-8")
        assert "<script>alert" not in raw and "<img" not in raw
        page = read_page(tmp_path / name)
        assert not page.find("img")
        assert all(
            attrs.get("src") == "player.js" or attrs.get("type") == "application/json" for attrs, _ in page.scripts
        )
        assert not any(k.startswith("on") for _, a in page.tags for k in a)
        assert embedded_data(page)["title"] == title
        assert title in "".join(page.text)


def test_transcript_structure_and_text(tmp_path: Path) -> None:
    release = sample_release()
    transcript = build_transcript(release)
    headed = [s for s in transcript.sections if s.chapter is not None]
    assert len(headed) == len(release.chapters)
    for section in headed:
        assert section.heading_cue is not None
        assert transcript.segments[section.heading_cue].id == section.chapter.segment_id  # type: ignore[union-attr]
    covered = sorted(
        [s.heading_cue for s in transcript.sections if s.heading_cue is not None]
        + [i for s in transcript.sections for p in s.paragraphs for i in p]
    )
    assert covered == list(range(len(release.segments)))
    text = render_transcript_text(release)
    assert text.splitlines()[0] == release.title
    for chapter in release.chapters[1:]:
        assert chapter.title in text.splitlines()


def test_a_release_without_chapters_still_publishes(tmp_path: Path) -> None:
    from dataclasses import replace

    from audiojiedu.publish import write_captions, write_chapters

    release = replace(build_sample_release(tmp_path), chapters=())
    write_captions(release, tmp_path)
    json_path = write_chapters(release, tmp_path)["chapters_json"]
    assert json.loads(json_path.read_text(encoding="utf-8"))["chapters"] == []
    write_player(release, tmp_path)
    page = read_page(tmp_path / "player.html")
    assert embedded_data(page)["chapters"] == []
    text = "".join(page.text)
    assert all(segment.written in text for segment in release.segments)
