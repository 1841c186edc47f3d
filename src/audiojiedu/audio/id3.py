"""ID3v2.3 tags and chapters (CHAP + one flat, top-level, ordered CTOC), encoded by mutagen.

v2.3 because it is the most widely read version, and mutagen encodes CHAP/CTOC frame sizes
correctly (ffmpeg's own writer does not for frames of 128 bytes or more).

mutagen encodes every frame; this module only lays them out, in our order: mutagen's own
`save` sorts frames by size, which would scatter the CHAP frames, and readers that ignore the
CTOC (ffmpeg among them) list chapters in file order. The tag is rendered to bytes before the
audio is written, so the release file is written once, front to back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mutagen.id3 import (
    CHAP,
    COMM,
    CTOC,
    ID3,
    TALB,
    TCON,
    TDRC,
    TIT2,
    TLAN,
    TPE1,
    TSSE,
    CTOCFlags,
)
from mutagen.id3._tags import ID3SaveConfig, save_frame  # type: ignore[attr-defined]

from ..model import Chapter

UNUSED_OFFSET = 0xFFFFFFFF


def render_tags(
    *,
    title: str,
    metadata: Mapping[str, str],
    chapters: Sequence[Chapter],
    album: str = "政务公开音频解读",
    encoder: str = "audiojiedu",
) -> bytes:
    """The complete ID3v2.3 tag, header included, to put in front of the audio frames."""
    tags = ID3()
    tags.add(TIT2(encoding=1, text=title))
    if metadata.get("发布机构"):
        tags.add(TPE1(encoding=1, text=metadata["发布机构"]))
    tags.add(TALB(encoding=1, text=album))
    date = metadata.get("公开日期") or metadata.get("成文日期")
    if date:
        tags.add(TDRC(encoding=1, text=date[:10]))
    tags.add(TCON(encoding=1, text="Speech"))
    tags.add(TLAN(encoding=1, text="chi"))
    tags.add(TSSE(encoding=1, text=encoder))
    if metadata.get("索引号"):
        tags.add(COMM(encoding=1, lang="chi", desc="索引号", text=metadata["索引号"]))
    ids = [f"ch{i}" for i in range(len(chapters))]
    for element_id, chapter in zip(ids, chapters):
        tags.add(
            CHAP(
                element_id=element_id,
                start_time=chapter.start_ms,
                end_time=chapter.end_ms,
                start_offset=UNUSED_OFFSET,
                end_offset=UNUSED_OFFSET,
                sub_frames=[TIT2(encoding=1, text=chapter.title)],
            )
        )
    if chapters:
        tags.add(
            CTOC(
                element_id="toc",
                flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                child_element_ids=ids,
                sub_frames=[TIT2(encoding=1, text="目录")],
            )
        )
    tags.update_to_v23()  # e.g. TDRC becomes TYER/TDAT
    config = ID3SaveConfig(3, "/")
    body = b"".join(save_frame(frame, config=config) for frame in tags.values())
    size = len(body)
    syncsafe = bytes(((size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F))
    return b"ID3\x03\x00\x00" + syncsafe + body
