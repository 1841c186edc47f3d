"""The accessible web player: a full page, an embeddable fragment, and their CSS and JavaScript.

The HTML works without JavaScript (native audio controls, chapter links into the full
transcript, download links); `player.js` then turns sentences and chapters into buttons that
seek, highlights the sentence being spoken and adds the controls. CSS and JavaScript are
local files beside the page, so nothing is fetched from elsewhere and a strict
Content-Security-Policy (no inline script) still allows the player.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from ..fsutil import atomic_write
from ..model import Release
from ..timeline import ChapterSpan
from .chapters import write_chapters
from .filenames import (
    audio_name,
    captions_name,
    chapters_vtt_name,
    release_stem,
    transcript_name,
)
from .shown import table_html
from .text import clean_text
from .transcript import Transcript, build_transcript, write_transcript
from .vtt import write_captions

PLAYER_NAME = "player.html"
EMBED_NAME = "player-embed.html"
CSS_NAME = "player.css"
JS_NAME = "player.js"

# Metadata shown under the title, in this order, when the document has it.
_SHOWN_METADATA = ("发文机关", "发布机构", "文号", "发文字号", "成文日期", "公开日期", "发布日期", "索引号")


def _template(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def _h(text: str) -> str:
    """Escape document text for HTML element content and quoted attributes."""
    return html.escape(clean_text(text), quote=True)


def json_for_script(data: Any) -> str:
    """JSON that is safe inside <script type="application/json">: no '<', '>', '&' can end it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def _human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _uid(release: Release) -> str:
    return "ajd-" + re.sub(r"[^A-Za-z0-9_-]", "-", release_stem(release))


def _render_chapter_list(spans: Sequence[ChapterSpan], uid: str) -> str:
    items = []
    for span in spans:
        depth = min(max(span.depth, 1), 4)
        items.append(
            f'<li class="ajd-depth-{depth}"><a class="ajd-chapter" href="#{uid}-ch-{span.index + 1}" '
            f'data-ajd-chapter="{span.index}"><span class="ajd-time">{_clock(span.start_ms)}</span> '
            f'<span class="ajd-chapter-title">{_h(span.title)}</span></a></li>'
        )
    return "\n".join(items)


def _cue(transcript: Transcript, index: int) -> str:
    return f'<span class="ajd-cue" data-ajd-cue="{index}">{html.escape(transcript.text(index), quote=True)}</span>'


def _render_transcript(transcript: Transcript, uid: str, *, heading_level: int) -> str:
    parts = []
    for section in transcript.sections:
        if section.chapter is not None:
            span = section.chapter
            level = min(6, heading_level + max(span.depth - 1, 0))
            inner = _cue(transcript, section.heading_cue) if section.heading_cue is not None else _h(span.title)
            parts.append(
                f'<h{level} class="ajd-chapter-heading" id="{uid}-ch-{span.index + 1}" tabindex="-1">{inner}</h{level}>'
            )
            heading = [section.heading_cue] if section.heading_cue is not None else []
            parts.extend(table_html(table) for table in transcript.shown(heading))
        for paragraph in section.paragraphs:
            parts.append("<p>" + "".join(_cue(transcript, i) for i in paragraph) + "</p>")
            parts.extend(table_html(table) for table in transcript.shown(paragraph))
    return "\n".join(parts)


def _render_meta(release: Release) -> str:
    rows = [
        f"<div><dt>{html.escape(key)}</dt><dd>{_h(release.metadata[key])}</dd></div>"
        for key in _SHOWN_METADATA
        if clean_text(release.metadata.get(key, ""))
    ]
    return f'<dl class="ajd-meta">{"".join(rows)}</dl>' if rows else ""


def _player_data(release: Release, transcript: Transcript, spans: Sequence[ChapterSpan]) -> dict[str, Any]:
    return {
        "slug": release_stem(release),
        "title": clean_text(release.title),
        "duration": release.duration_ms / 1000,
        "cues": [[s.start_ms / 1000, s.end_ms / 1000] for s in transcript.segments],
        "chapters": [[span.start_ms / 1000, span.end_ms / 1000, span.title] for span in spans],
    }


def render_player_fragment(
    release: Release, *, title_level: int = 2, audio_size: int | None = None, transcript: Transcript | None = None
) -> str:
    """The player as an HTML fragment; `title_level` is the heading level of the release title."""
    uid = _uid(release)
    transcript = transcript or build_transcript(release)
    section_level = min(6, title_level + 1)
    timeline = [section.chapter for section in transcript.sections if section.chapter is not None]
    return Template(_template("player-fragment.html")).substitute(
        uid=uid,
        title_tag=f"h{title_level}",
        section_tag=f"h{section_level}",
        title=_h(release.title),
        meta=_render_meta(release),
        audio_href=html.escape(audio_name(release), quote=True),
        audio_size=f"，{_human_size(audio_size)}" if audio_size else "",
        captions_href=html.escape(captions_name(release), quote=True),
        chapters_href=html.escape(chapters_vtt_name(release), quote=True),
        text_href=html.escape(transcript_name(release), quote=True),
        first_chapter=_h(timeline[0].title) if timeline else "",
        chapters=_render_chapter_list(timeline, uid),
        transcript=_render_transcript(transcript, uid, heading_level=min(6, section_level + 1)),
        data=json_for_script(_player_data(release, transcript, timeline)),
    )


def write_player(release: Release, out_dir: Path) -> dict[str, Path]:
    """Write player.html, player-embed.html, player.css, player.js and `<slug>.txt` (transcript).

    The page also links the captions (`<slug>.vtt`) and the chapters track (`<slug>.chapters.vtt`):
    when `write_captions` / `write_chapters` have not written them yet, they are written here so
    every link works. Returns the paths written by this call, by role.
    """
    out_dir = Path(out_dir)
    audio = out_dir / audio_name(release)
    audio_size = audio.stat().st_size if audio.is_file() else None
    transcript = build_transcript(release)
    written = write_transcript(release, out_dir, transcript)
    if not (out_dir / captions_name(release)).is_file():
        written.update(write_captions(release, out_dir))
    if not (out_dir / chapters_vtt_name(release)).is_file():
        written.update(write_chapters(release, out_dir))

    page_fragment = render_player_fragment(release, title_level=1, audio_size=audio_size, transcript=transcript)
    page = Template(_template("player.html")).substitute(
        page_title=f"{_h(release.title)} - 音频解读",
        css_href=CSS_NAME,
        js_href=JS_NAME,
        transcript_id=f"{_uid(release)}-transcript",
        player=page_fragment,
    )
    embed = Template(_template("player-embed.html")).substitute(
        css_href=CSS_NAME,
        js_href=JS_NAME,
        player=render_player_fragment(release, title_level=2, audio_size=audio_size, transcript=transcript),
    )
    for role, name, text in (
        ("player_html", PLAYER_NAME, page),
        ("player_embed_html", EMBED_NAME, embed),
        ("player_css", CSS_NAME, _template(CSS_NAME)),
        ("player_js", JS_NAME, _template(JS_NAME)),
    ):
        atomic_write(out_dir / name, text)
        written[role] = out_dir / name
    return written
