"""The podcast feed, read back by podcastparser, feedparser and a namespace-aware XML parser."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import podcastparser
import pytest
from test_publish_sample import HOSTILE, build_sample_release

from audiojiedu.errors import InputError
from audiojiedu.publish import write_captions, write_chapters, write_feed
from audiojiedu.publish.feed import ITUNES_NS, PODCAST_NS, parse_document_date, podcast_guid

BASE = "https://example.gov.cn/xxgk/audio/"


def publish(directory: Path, **options: object) -> Path:
    release = build_sample_release(directory, **options)
    write_captions(release, directory)
    write_chapters(release, directory)
    return directory


@pytest.fixture
def two_releases(tmp_path: Path) -> list[Path]:
    return [
        publish(
            tmp_path / "a", slug="luozhuang-2019-nianbao", metadata={"索引号": "A-2020-1", "公开日期": "2020-01-15"}
        ),
        publish(
            tmp_path / "b", slug="luozhuang-2020-nianbao", metadata={"索引号": "A-2021-7", "公开日期": "2021年1月20日"}
        ),
    ]


def podcast_items(feed: Path) -> list[dict]:
    with feed.open("rb") as handle:
        return podcastparser.parse(BASE + feed.name, handle)["episodes"]


def test_podcastparser_reads_every_item_fully(tmp_path: Path, two_releases: list[Path]) -> None:
    feed = write_feed(two_releases, base_url=BASE, out=tmp_path / "feed.xml", image_url=BASE + "cover.png")
    with feed.open("rb") as handle:
        parsed = podcastparser.parse(BASE + "feed.xml", handle)
    assert parsed["language"] == "zh-cn"
    assert parsed["itunes_categories"] == [["Government"]]
    assert parsed["explicit"] is False
    assert parsed["cover_url"] == BASE + "cover.png"
    assert parsed["import_prohibited"] is True  # podcast:locked, read through the mirrored element
    episodes = parsed["episodes"]
    assert [e["title"] for e in episodes] == ["罗庄区2019年政府信息公开工作年度报告"] * 2
    for episode, directory in zip(episodes, reversed(two_releases)):  # newest first
        slug = directory.joinpath("manifest.json").read_text(encoding="utf-8").split('"slug": "')[1].split('"')[0]
        (enclosure,) = episode["enclosures"]
        assert enclosure["url"] == f"{BASE}{slug}.mp3"
        assert enclosure["file_size"] == (directory / f"{slug}.mp3").stat().st_size
        assert enclosure["mime_type"] == "audio/mpeg"
        assert episode["total_time"] == 39
        assert episode["chapters_json_url"] == f"{BASE}{slug}.chapters.json"
        assert episode["transcript_url"] == f"{BASE}{slug}.vtt"
        assert episode["description"].startswith("按照《中华人民共和国政府信息公开条例》")
        assert episode["guid"]
    assert episodes[0]["published"] > episodes[1]["published"]


def test_feedparser_reads_it_without_complaint(tmp_path: Path, two_releases: list[Path]) -> None:
    feed = write_feed(two_releases, base_url=BASE, out=tmp_path / "feed.xml", title="罗庄区政务公开音频解读")
    parsed = feedparser.parse(str(feed))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == "罗庄区政务公开音频解读"
    assert len(parsed.entries) == 2
    for entry in parsed.entries:
        (enclosure,) = entry.enclosures
        assert enclosure["type"] == "audio/mpeg" and int(enclosure["length"]) > 0
        assert entry.itunes_duration == "39"
        assert entry.id and entry.published_parsed


def test_spec_namespace_elements_are_present(tmp_path: Path, two_releases: list[Path]) -> None:
    feed = write_feed(two_releases, base_url=BASE, out=tmp_path / "feed.xml", image_url=BASE + "cover.png")
    channel = ET.parse(feed).getroot().find("channel")
    assert channel is not None
    p, it = f"{{{PODCAST_NS}}}", f"{{{ITUNES_NS}}}"
    assert channel.findtext(f"{p}guid") == podcast_guid(BASE + "feed.xml")
    assert channel.findtext(f"{p}locked") == "yes"
    assert channel.findtext(f"{it}explicit") == "false"
    assert channel.find(f"{it}image").get("href") == BASE + "cover.png"  # type: ignore[union-attr]
    assert channel.find(f"{it}category").get("text") == "Government"  # type: ignore[union-attr]
    for item in channel.findall("item"):
        chapters = item.find(f"{p}chapters")
        transcript = item.find(f"{p}transcript")
        assert chapters is not None and chapters.get("type") == "application/json+chapters"
        assert transcript is not None and transcript.get("type") == "text/vtt"
        assert transcript.get("language") == "zh-cn" and transcript.get("rel") == "captions"
        assert item.find("guid").get("isPermaLink") == "false"  # type: ignore[union-attr]
        assert all(ord(ch) < 128 for ch in item.find("enclosure").get("url"))  # type: ignore[union-attr]


def test_podcastparser_needs_the_mirror(tmp_path: Path, two_releases: list[Path]) -> None:
    """The documented quirk: under the official URI alone, podcastparser sees no chapters."""
    feed = write_feed(two_releases, base_url=BASE, out=tmp_path / "feed.xml")
    official_only = tmp_path / "official.xml"
    official_only.write_text(
        "\n".join(line for line in feed.read_text(encoding="utf-8").splitlines() if "<podcastgh:" not in line),
        encoding="utf-8",
    )
    assert all("chapters_json_url" not in e for e in podcast_items(official_only))
    assert all(e["chapters_json_url"] for e in podcast_items(feed))


def test_podcast_guid_matches_the_specification_examples() -> None:
    assert podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml") == "917393e3-1b1e-5cef-ace4-edaa54e1f810"
    assert podcast_guid("podnews.net/rss////") == "9b024349-ccf0-5f69-a609-6b82873eab3c"
    assert podcast_guid("https://podnews.net/rss/") == podcast_guid("podnews.net/rss")


def test_guids_stay_when_a_release_is_added(tmp_path: Path, two_releases: list[Path]) -> None:
    first = write_feed(two_releases[:1], base_url=BASE, out=tmp_path / "one.xml")
    before = {e["title"] + e["enclosures"][0]["url"]: e["guid"] for e in podcast_items(first)}
    os.utime(two_releases[0] / "luozhuang-2019-nianbao.mp3", (1, 1))  # a rebuild touches files
    second = write_feed(two_releases, base_url=BASE, out=tmp_path / "two.xml")
    after = {e["title"] + e["enclosures"][0]["url"]: e["guid"] for e in podcast_items(second)}
    for key, guid in before.items():
        assert after[key] == guid
    assert len(set(after.values())) == 2


def test_guid_follows_index_number_else_slug(tmp_path: Path) -> None:
    a = publish(tmp_path / "a", slug="x-one", metadata={"索引号": "SAME-1"})
    b = publish(tmp_path / "b", slug="x-two", metadata={"索引号": "SAME-1"})
    with pytest.raises(InputError, match="same release"):
        write_feed([a, b], base_url=BASE, out=tmp_path / "feed.xml")
    c = publish(tmp_path / "c", slug="x-three", metadata={})
    d = publish(tmp_path / "d", slug="x-four", metadata={})
    feed = write_feed([c, d], base_url=BASE, out=tmp_path / "feed.xml")
    assert len({e["guid"] for e in podcast_items(feed)}) == 2


def test_publication_date_fallbacks(tmp_path: Path) -> None:
    a = publish(tmp_path / "a", slug="public", metadata={"公开日期": "2021-03-04", "成文日期": "2021-02-01"})
    b = publish(tmp_path / "b", slug="written", metadata={"成文日期": "2020年12月30日"})
    c = publish(tmp_path / "c", slug="undated", metadata={})
    os.utime(c / "undated.mp3", (1_600_000_000, 1_600_000_000))
    feed = write_feed([a, b, c], base_url=BASE, out=tmp_path / "feed.xml")
    dates = {
        item.find("enclosure").get("url").rsplit("/", 1)[1]: parsedate_to_datetime(item.findtext("pubDate"))  # type: ignore[union-attr,arg-type]
        for item in ET.parse(feed).getroot().iter("item")
    }
    assert dates["public.mp3"].date().isoformat() == "2021-03-04"
    assert dates["written.mp3"].date().isoformat() == "2020-12-30"
    assert dates["undated.mp3"].timestamp() == 1_600_000_000
    order = [i.find("enclosure").get("url") for i in ET.parse(feed).getroot().iter("item")]  # type: ignore[union-attr]
    assert [u.rsplit("/", 1)[1] for u in order] == ["public.mp3", "written.mp3", "undated.mp3"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-01-15", "2020-01-15T00:00:00+08:00"),
        ("2020年1月5日", "2020-01-05T00:00:00+08:00"),
        ("2020/01/05 09:30", "2020-01-05T09:30:00+08:00"),
        ("发布时间：2019.12.31 17:05:09", "2019-12-31T17:05:09+08:00"),
        ("2020-02-30", None),
        ("", None),
    ],
)
def test_parse_document_date(text: str, expected: str | None) -> None:
    parsed = parse_document_date(text)
    assert (parsed.isoformat() if parsed else None) == expected


def test_hostile_metadata_is_escaped(tmp_path: Path) -> None:
    directory = publish(
        tmp_path / "h", slug="hostile", title=HOSTILE, metadata={"索引号": HOSTILE, "发布机构": HOSTILE}
    )
    feed = write_feed([directory], base_url=BASE, out=tmp_path / "feed.xml", description=HOSTILE, author=HOSTILE)
    text = feed.read_text(encoding="utf-8")
    assert "<script>" not in text
    root = ET.parse(feed).getroot()  # well-formed
    assert root.findtext("channel/title") == HOSTILE
    assert root.findtext("channel/item/title") == HOSTILE
    assert root.findtext("channel/description") == HOSTILE
    assert not feedparser.parse(str(feed)).bozo
    assert podcast_items(feed)[0]["title"] == HOSTILE


@pytest.mark.parametrize(
    "url", ["ftp://example.gov.cn/", "example.gov.cn/audio", "https://例子.中国/音频/", "https://x.cn/a?b=1"]
)
def test_bad_base_url_is_refused(tmp_path: Path, url: str) -> None:
    directory = publish(tmp_path / "a")
    with pytest.raises(InputError, match="base-url"):
        write_feed([directory], base_url=url, out=tmp_path / "feed.xml")


def test_missing_audio_or_manifest_is_a_clear_error(tmp_path: Path) -> None:
    directory = publish(tmp_path / "a", slug="gone")
    (directory / "gone.mp3").unlink()
    with pytest.raises(InputError, match=r"gone\.mp3 is missing"):
        write_feed([directory], base_url=BASE, out=tmp_path / "feed.xml")
    with pytest.raises(InputError, match="manifest"):
        write_feed([tmp_path], base_url=BASE, out=tmp_path / "feed.xml")
    assert not (tmp_path / "feed.xml").exists()


def test_base_url_without_trailing_slash(tmp_path: Path) -> None:
    directory = publish(tmp_path / "a", slug="one")
    feed = write_feed([directory], base_url="https://example.gov.cn/audio", out=tmp_path / "feed.xml")
    assert podcast_items(feed)[0]["enclosures"][0]["url"] == "https://example.gov.cn/audio/one.mp3"
