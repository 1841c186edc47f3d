"""The podcast feed: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, one item per release.

Namespace decision (see shared/notes/publishing.md): the Podcasting 2.0 elements are written
under the official URI `https://podcastindex.org/namespace/1.0` with the `podcast:` prefix, as
the specification and most apps expect. gPodder's podcastparser ignores that URI and reads
`podcast:*` only under the namespace's old GitHub URI, so the two elements it uses per item
(`chapters`, `transcript`) and the channel's `locked` are repeated under a second prefix,
`podcastgh:`, bound to that old URI. Namespace-aware readers that know only the official URI
skip the `podcastgh:` copies as unknown elements; readers that accept both URIs see the same
URL twice, which is harmless. Nothing is left undeclared, so the feed stays well-formed XML.

Identity: each item's GUID is a UUIDv5 of the release's identity (its 索引号 when the document
has one, else its slug), never of the build time or the host, so rebuilding a release, moving
the feed or adding releases never changes an existing GUID. The channel's `podcast:guid` is the
UUIDv5 of the feed URL as the Podcasting 2.0 specification defines it.

URLs: every file of every release is published flat under `base_url`, i.e. the enclosure of
release `x` is `base_url + "x.mp3"`. File names carry the slug, so releases cannot collide.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree as ET

from ..errors import InputError
from ..fsutil import atomic_write
from ..manifest import read_manifest
from ..model import Release
from .filenames import audio_name, captions_name, chapters_json_name
from .text import clean_text
from .transcript import build_transcript

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
PODCAST_NS_LEGACY = "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md"
ATOM_NS = "http://www.w3.org/2005/Atom"

# Fixed by the Podcasting 2.0 `podcast:guid` specification.
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
# Our own namespace for item GUIDs (a constant: changing it would change every published GUID).
ITEM_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://audiojiedu.invalid/feed-item")

CHINA_TIME = timezone(timedelta(hours=8))  # China has had no daylight saving time since 1991
DATE_KEYS = ("公开日期", "成文日期")
DEFAULT_TITLE = "音频解读"
DEFAULT_DESCRIPTION = "政府文件的音频解读：逐章朗读原文，附章节与文字稿。"
CATEGORY = "Government"
MAX_ITEM_DESCRIPTION = 600  # characters; enough for an introduction, short in app listings
MAX_CHANNEL_DESCRIPTION_BYTES = 4000  # Apple Podcasts' limit

_DATE = re.compile(
    r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
_SENTENCE_END = re.compile(r"[。！？；!?;]")


@dataclass(frozen=True)
class _Item:
    release: Release
    directory: Path
    guid: str
    published: datetime
    audio: str
    audio_size: int
    chapters: str | None
    captions: str | None


def podcast_guid(feed_url: str) -> str:
    """The Podcasting 2.0 channel GUID: UUIDv5 of the URL without scheme and trailing slashes."""
    bare = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", feed_url.strip()).rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def release_identity(release: Release) -> str:
    """What makes a release the same release across builds: its 索引号, else its slug."""
    index_number = clean_text(release.metadata.get("索引号", ""))
    return f"索引号:{index_number}" if index_number else f"slug:{release.slug}"


def item_guid(release: Release) -> str:
    return str(uuid.uuid5(ITEM_GUID_NAMESPACE, release_identity(release)))


def parse_document_date(text: str) -> datetime | None:
    """A date as Chinese documents write it (2020-01-15, 2020年1月15日, 2020/1/15 10:30), China time."""
    match = _DATE.search(text or "")
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=CHINA_TIME)
    except ValueError:
        return None


def _publication_date(release: Release, audio_path: Path) -> datetime:
    for key in DATE_KEYS:
        parsed = parse_document_date(release.metadata.get(key, ""))
        if parsed is not None:
            return parsed
    return datetime.fromtimestamp(audio_path.stat().st_mtime, tz=CHINA_TIME).replace(microsecond=0)


def _clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut after a sentence end when one is near."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= limit // 2:
        return head[: ends[-1]] + "……"
    return head + "…"


def introduction(release: Release) -> str:
    """The item description: the opening text before the first section heading."""
    transcript = build_transcript(release)
    sentences: list[str] = []
    for index, segment in enumerate(transcript.segments):
        if segment.role == "heading" and sentences:
            break
        if segment.role in ("body", "announcement"):
            sentences.append(transcript.text(index))
    text = "".join(sentences)
    if not text:
        titles = [clean_text(c.title) for c in release.chapters if clean_text(c.title)]
        text = "本期章节：" + "；".join(titles) if titles else clean_text(release.title)
    return _clip(text, MAX_ITEM_DESCRIPTION)


def _check_base_url(base_url: str) -> str:
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"--base-url {base_url!r}: give an absolute http(s) URL such as https://example.gov.cn/audio/")
    if not base_url.isascii() or any(ch.isspace() for ch in base_url.strip()):
        raise InputError(
            f"--base-url {base_url!r}: podcast apps need an ASCII URL; percent-encode or rename the folder"
        )
    if parts.query or parts.fragment:
        raise InputError(f"--base-url {base_url!r}: must not have a query or fragment")
    url = base_url.strip()
    return url if url.endswith("/") else url + "/"


def _load_item(directory: Path) -> _Item:
    release = read_manifest(directory)
    audio = audio_name(release)
    audio_path = directory / audio
    if not audio_path.is_file():
        raise InputError(f"{directory}: {audio} is missing; rebuild the release before writing the feed")
    chapters = chapters_json_name(release)
    captions = captions_name(release)
    return _Item(
        release=release,
        directory=directory,
        guid=item_guid(release),
        published=_publication_date(release, audio_path),
        audio=audio,
        audio_size=audio_path.stat().st_size,
        chapters=chapters if (directory / chapters).is_file() else None,
        captions=captions if (directory / captions).is_file() else None,
    )


_PREFIXES = {"itunes": ITUNES_NS, "podcast": PODCAST_NS, "podcastgh": PODCAST_NS_LEGACY, "atom": ATOM_NS}


def _tag(name: str) -> str:
    """ "itunes:duration" -> "{http://www.itunes.com/...}duration" (ElementTree's form)."""
    prefix, _, local = name.rpartition(":")
    return f"{{{_PREFIXES[prefix]}}}{local}" if prefix else name


def _add(parent: ET.Element, name: str, content: str | None = None, /, **attributes: str) -> ET.Element:
    """A child element; all document text is cleaned of characters XML cannot carry."""
    element = ET.SubElement(parent, _tag(name), {key: clean_text(value) for key, value in attributes.items()})
    if content is not None:
        element.text = clean_text(content)
    return element


def _add_item(channel: ET.Element, item: _Item, base_url: str) -> None:
    release = item.release

    def url(name: str) -> str:
        return base_url + quote(name)  # names are ASCII already; quoting guards the URL anyway

    seconds = max(1, round(release.duration_ms / 1000))
    element = _add(channel, "item")
    _add(element, "title", release.title)
    _add(element, "description", introduction(release))
    _add(element, "guid", item.guid, isPermaLink="false")
    _add(element, "pubDate", format_datetime(item.published))
    _add(element, "enclosure", url=url(item.audio), length=str(item.audio_size), type="audio/mpeg")
    _add(element, "itunes:duration", str(seconds))
    _add(element, "itunes:explicit", "false")
    _add(element, "itunes:episodeType", "full")
    if item.chapters:
        attrs = {"url": url(item.chapters), "type": "application/json+chapters"}
        _add(element, "podcast:chapters", **attrs)
        _add(element, "podcastgh:chapters", **attrs)
    if item.captions:
        attrs = {"url": url(item.captions), "type": "text/vtt", "language": "zh-cn", "rel": "captions"}
        _add(element, "podcast:transcript", **attrs)
        _add(element, "podcastgh:transcript", **attrs)


def _clip_bytes(text: str, limit: int) -> str:
    while len(text.encode("utf-8")) > limit:
        text = _clip(text, len(text) - max(1, len(text) // 10))
    return text


def write_feed(
    release_dirs: Sequence[Path],
    *,
    base_url: str,
    out: Path,
    title: str | None = None,
    description: str | None = None,
    image_url: str | None = None,
    author: str | None = None,
    feed_url: str | None = None,
    locked: bool = True,
) -> Path:
    """Write an RSS 2.0 podcast feed for the releases in `release_dirs`, newest first.

    Every file is expected at `base_url + file name`; `feed_url` (default `base_url + out.name`)
    is where the feed itself will be served, which fixes its `podcast:guid`.
    """
    if not release_dirs:
        raise InputError("no release folders given: name at least one folder written by 'audiojiedu build'")
    base = _check_base_url(base_url)
    out = Path(out)
    self_url = feed_url or base + quote(out.name)
    items = [_load_item(Path(d)) for d in release_dirs]
    seen: dict[str, Path] = {}
    for item in items:
        for key in (item.guid, item.audio):
            if key in seen:
                raise InputError(
                    f"{item.directory} and {seen[key]} are the same release "
                    f"({release_identity(item.release)}); give each release once"
                )
            seen[key] = item.directory
    items.sort(key=lambda it: (it.published, it.release.slug), reverse=True)

    channel_title = title or (items[0].release.title if len(items) == 1 else DEFAULT_TITLE)
    channel_description = description or (introduction(items[0].release) if len(items) == 1 else DEFAULT_DESCRIPTION)
    channel_author = author or next(
        (
            clean_text(it.release.metadata.get(key, ""))
            for it in items
            for key in ("发布机构", "发文机关")
            if clean_text(it.release.metadata.get(key, ""))
        ),
        None,
    )
    rss = ET.Element("rss", version="2.0")
    channel = _add(rss, "channel")
    _add(channel, "title", channel_title)
    _add(channel, "link", base)
    _add(channel, "description", _clip_bytes(clean_text(channel_description), MAX_CHANNEL_DESCRIPTION_BYTES))
    _add(channel, "language", "zh-cn")
    _add(channel, "generator", "audiojiedu")
    _add(channel, "pubDate", format_datetime(items[0].published))
    _add(channel, "atom:link", href=self_url, rel="self", type="application/rss+xml")
    if image_url:
        _add(channel, "itunes:image", href=image_url)
        image = _add(channel, "image")
        _add(image, "url", image_url)
        _add(image, "title", channel_title)
        _add(image, "link", base)
    if channel_author:
        _add(channel, "itunes:author", channel_author)
    lock = "yes" if locked else "no"
    _add(channel, "itunes:category", text=CATEGORY)
    _add(channel, "itunes:explicit", "false")
    _add(channel, "itunes:type", "episodic")
    _add(channel, "podcast:guid", podcast_guid(self_url))
    _add(channel, "podcast:locked", lock)
    _add(channel, "podcastgh:locked", lock)
    for item in items:
        _add_item(channel, item, base)
    atomic_write(out, _serialize(rss))
    return out


def _serialize(root: ET.Element) -> str:
    """The document with every namespace declared on <rss> under its usual prefix."""
    for prefix, uri in _PREFIXES.items():
        # Prefixes are cosmetic (readers go by URI); registering them is idempotent.
        ET.register_namespace(prefix, uri)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
