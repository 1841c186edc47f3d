"""A hand-made release for the publish tests: Chinese text, chapters, and a real MP3 to match.

`build_sample_release` is imported by the other publish tests (unit and browser); the tests in
this file check that the sample itself is sound, since every other test relies on it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path

import lameenc
import numpy as np

from audiojiedu.manifest import read_manifest, write_manifest
from audiojiedu.model import Chapter, Release, ShownTable, TimedSegment

SAMPLE_RATE = 24_000
HOSTILE = "<script>alert(1)</script> & \"q\" '../../etc'"

# (section path, role, written text, seconds); each chapter starts with its heading segment.
_SCRIPT: tuple[tuple[tuple[str, ...], str, str, float], ...] = (
    ((), "title", "{title}", 3.0),
    ((), "body", "按照《中华人民共和国政府信息公开条例》的要求，现公布本年度政府信息公开工作年度报告。", 4.0),
    ((), "body", "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。", 3.0),
    (("一、总体情况",), "heading", "一、总体情况", 2.0),
    (
        ("一、总体情况",),
        "body",
        (
            "2019年，我区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于政务公开工作的决策部署，"
            "围绕群众关切，进一步加大政府信息公开力度，不断提升政务公开质量和实效，取得了明显成效。"
        ),
        6.0,
    ),
    (("一、总体情况",), "body", "全年主动公开政府信息1,234条，其中规范性文件12件。", 3.0),
    (("二、主动公开政府信息情况",), "heading", "二、主动公开政府信息情况", 2.0),
    (("二、主动公开政府信息情况",), "body", "本年度新制作规范性文件5件，废止2件，现行有效47件。", 3.0),
    (("二、主动公开政府信息情况",), "body", "如对本报告有疑问，请拨打咨询电话0539-8221234。", 2.0),
    (("三、存在的主要问题及改进情况",), "heading", "三、存在的主要问题及改进情况", 2.0),
    (("三、存在的主要问题及改进情况",), "body", "一是公开内容还不够全面；二是解读形式还不够丰富。", 3.0),
    (("三、存在的主要问题及改进情况",), "announcement", "本期音频解读到此结束，感谢收听。", 2.0),
)
PAUSE_MS = 300
# A table shown (not spoken) after the sentence that sums it up, as a long table is published.
TABLE_AFTER = "本年度新制作规范性文件5件，废止2件，现行有效47件。"
TABLE = ShownTable(
    (("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), ("规章", "0", "0", "5"), ("规范性文件", "5", "2", "47")),
    header_rows=1,
    caption="表1 规章和规范性文件情况",
)


def sine_mp3(duration_ms: int) -> bytes:
    """A quiet 440 Hz tone, 24 kHz mono, encoded with LAME."""
    count = SAMPLE_RATE * duration_ms // 1000
    t = np.arange(count) / SAMPLE_RATE
    samples = (0.2 * np.sin(2 * math.pi * 440 * t) * 32767).astype("<i2")
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(32)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(7)
    return bytes(encoder.encode(samples.tobytes()) + encoder.flush())


def sample_release(
    *,
    slug: str = "luozhuang-2019-nianbao",
    title: str = "罗庄区2019年政府信息公开工作年度报告",
    metadata: Mapping[str, str] | None = None,
) -> Release:
    segments: list[TimedSegment] = []
    chapters: list[Chapter] = []
    clock = 0
    paragraph = 0
    for number, (path, role, written, seconds) in enumerate(_SCRIPT, 1):
        text = written.format(title=title)
        start, end = clock, clock + int(seconds * 1000)
        section = f"s{len({c.segment_id for c in chapters}):02d}"
        if role in ("heading", "title"):
            paragraph += 1
        segment_id = f"{section}-p{paragraph:03d}-{number:02d}"
        if role == "title":
            chapters.append(Chapter(title="开篇", start_ms=start, end_ms=0, depth=0, segment_id=segment_id))
        elif role == "heading":
            chapters.append(Chapter(title=text, start_ms=start, end_ms=0, depth=1, segment_id=segment_id))
        segments.append(
            TimedSegment(
                id=segment_id,
                section_path=path,
                role=role,  # type: ignore[arg-type]
                written=text,
                spoken=text,
                start_ms=start,
                end_ms=end,
                engine="fake",
                voice="zh-CN-XiaoxiaoNeural",
                cache_key=f"key{number}",
                paragraph=paragraph if role == "body" else 0,
                shown=(TABLE,) if text == TABLE_AFTER else (),
            )
        )
        clock = end + PAUSE_MS
    duration = clock
    # Each chapter ends where the next one starts, as the build records them.
    finished = [
        Chapter(
            c.title, c.start_ms, chapters[i + 1].start_ms if i + 1 < len(chapters) else duration, c.depth, c.segment_id
        )
        for i, c in enumerate(chapters)
    ]
    return Release(
        slug=slug,
        title=title,
        metadata=dict(
            metadata
            if metadata is not None
            else {
                "索引号": "11371311MB2851234X/2020-00042",
                "发布机构": "罗庄区人民政府办公室",
                "公开日期": "2020-01-15",
            }
        ),
        duration_ms=duration,
        engine="fake",
        segments=tuple(segments),
        chapters=tuple(finished),
        files={"mp3": f"{slug}.mp3"},
    )


def build_sample_release(out_dir: Path, **options: object) -> Release:
    """Write manifest.json and a matching MP3 into `out_dir`; return the release."""
    release = sample_release(**options)  # type: ignore[arg-type]
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / release.files["mp3"]).write_bytes(sine_mp3(release.duration_ms))
    write_manifest(release, out_dir)
    return release


def test_sample_mp3_matches_release_duration(tmp_path: Path) -> None:
    from mutagen.mp3 import MP3

    release = build_sample_release(tmp_path)
    length = MP3(tmp_path / release.files["mp3"]).info.length
    assert abs(length - release.duration_ms / 1000) < 0.2


def test_sample_manifest_round_trips(tmp_path: Path) -> None:
    release = build_sample_release(tmp_path)
    assert read_manifest(tmp_path) == release


def test_sample_chapters_start_at_their_headings() -> None:
    release = sample_release()
    by_id = {s.id: s for s in release.segments}
    for chapter in release.chapters:
        assert by_id[chapter.segment_id].start_ms == chapter.start_ms
