"""MP3 frame handling: silence and Info frames, lossless assembly, exact durations."""

from __future__ import annotations

import numpy as np
import pytest
from audiocheck import decode_errors, loudness, probe

from audiojiedu.audio.assemble import Clip, Silence, assemble, silence_frames
from audiojiedu.audio.encode import encode_pcm, encode_speech
from audiojiedu.audio.mp3 import Mp3FormatError, info_frame, iter_frames, release_format, silence_frame
from audiojiedu.config import AudioConfig
from audiojiedu.model import Speech

AUDIO = AudioConfig()
FMT = release_format(bitrate_kbps=64)


def tone(seconds: float, amplitude: float = 0.3, pitch: float = 220.0) -> np.ndarray:
    t = np.arange(int(seconds * 24000)) / 24000
    return (amplitude * np.sin(2 * np.pi * pitch * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 2 * t))).astype(np.float32)


def test_encoded_frames_are_release_format_and_independent_at_start():
    encoded = encode_pcm(tone(1.0), AUDIO)
    frames = list(iter_frames(encoded.frames))
    assert len(frames) == encoded.frame_count > 40
    assert all(f.fmt == FMT for f in frames)
    assert frames[0].main_data_begin == 0  # the first frame borrows from nothing before it
    assert not any(f.is_info for f in frames)


def test_silence_and_info_frames_parse():
    (frame,) = list(iter_frames(silence_frame(FMT)))
    assert frame.main_data_begin == 0 and frame.size == len(silence_frame(FMT)) and not frame.is_info
    (info,) = list(iter_frames(info_frame(FMT, frames=10, total_bytes=1000)))
    assert info.is_info


def test_strict_parse_rejects_truncation():
    encoded = encode_pcm(tone(0.5), AUDIO)
    with pytest.raises(Mp3FormatError):
        list(iter_frames(encoded.frames[:-7]))
    with pytest.raises(Mp3FormatError):
        list(iter_frames(b"\x00" * 100 + encoded.frames))


def test_assembly_duration_is_exact_sum_of_parts_and_decodes_cleanly(tmp_path):
    clips = [encode_speech(Speech(tone(s, pitch=200 + 40 * i), 24000), AUDIO) for i, s in enumerate((1.3, 2.0, 0.7))]
    parts = []
    for clip in clips:
        parts.append(Clip(read=lambda c=clip: c.frames, frame_count=clip.frame_count))
        parts.append(Silence(500))
    out = tmp_path / "a.mp3"
    starts = assemble(parts, out, fmt=FMT)
    total_frames = sum(c.frame_count for c in clips) + 3 * silence_frames(500, FMT)
    assert starts[-1] + silence_frames(500, FMT) == total_frames
    info = probe(out)
    assert info["duration"] == pytest.approx(total_frames * 576 / 24000, abs=0.002)
    assert decode_errors(out) == ""
    frames = list(iter_frames(out.read_bytes()))
    assert frames[0].is_info and len(frames) == total_frames + 1


def test_loudness_normalized_segment_meets_target(tmp_path):
    clip = encode_speech(Speech(tone(6.0, amplitude=0.05), 24000), AUDIO)
    out = tmp_path / "l.mp3"
    assemble([Clip(read=lambda: clip.frames, frame_count=clip.frame_count)], out, fmt=FMT)
    integrated, peak = loudness(out)
    assert integrated == pytest.approx(-16.0, abs=0.6)
    assert peak <= -1.0


def test_limiter_keeps_true_peak_under_ceiling(tmp_path):
    loud = tone(4.0, amplitude=0.2)
    loud[24000:24100] = 0.99  # a click far above the speech level
    clip = encode_speech(Speech(loud, 24000), AUDIO)
    out = tmp_path / "p.mp3"
    assemble([Clip(read=lambda: clip.frames, frame_count=clip.frame_count)], out, fmt=FMT)
    integrated, peak = loudness(out)
    assert peak <= -1.0
    assert integrated == pytest.approx(-16.0, abs=1.0)


def test_resampling_other_engine_rates():
    speech = Speech(tone(1.0)[::2].copy(), 12000)  # half the rate, e.g. an espeak voice
    encoded = encode_speech(speech, AUDIO)
    assert encoded.seconds == pytest.approx(1.0 + 0.1, abs=0.12)


def test_id3_round_trip_with_ordered_chapters(tmp_path):
    from mutagen.id3 import ID3

    from audiojiedu.audio.id3 import render_tags
    from audiojiedu.model import Chapter

    clip = encode_pcm(tone(3.0), AUDIO)
    long_title = "（一）对新《条例》新内容的准确把握需要进一步深入，政务公开队伍专业化水平需提升。" * 2
    chapters = [Chapter(f"第{i}章" if i != 5 else long_title, i * 100, i * 100 + 100, 1, f"s{i}") for i in range(30)]
    metadata = {"发布机构": "罗庄区政府办公室", "公开日期": "2020-02-05", "索引号": "luozhuangqulz201/2020-0000160"}
    tag = render_tags(title="音频解读：《测试》", metadata=metadata, chapters=chapters)
    out = tmp_path / "t.mp3"
    assemble([Clip(read=lambda: clip.frames, frame_count=clip.frame_count)], out, fmt=FMT, tag=tag)
    tags = ID3(out)
    assert tags.version == (2, 3, 0)
    assert str(tags["TIT2"]) == "音频解读：《测试》" and str(tags["TPE1"]) == "罗庄区政府办公室"
    assert str(tags["TDRC"]) == "2020-02-05"  # written as TYER + TDAT, read back by mutagen as TDRC
    assert tags.getall("COMM")[0].text == ["luozhuangqulz201/2020-0000160"]
    (toc,) = tags.getall("CTOC")
    assert toc.child_element_ids == [f"ch{i}" for i in range(30)]
    assert toc.flags & 0x03 == 0x03  # top-level and ordered
    chaps = {c.element_id: c for c in tags.getall("CHAP")}
    assert [chaps[f"ch{i}"].start_time for i in range(30)] == [c.start_ms for c in chapters]
    assert chaps["ch5"].sub_frames["TIT2"].text == [long_title]
    # ffmpeg reads them, in order, and the audio after the tag is intact
    assert [c[2] for c in probe(out)["chapters"]] == [c.title for c in chapters]
    assert decode_errors(out) == ""
