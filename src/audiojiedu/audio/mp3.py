"""MP3 frames: parse, validate, make silence and the Info header, without decoding audio.

Facts used (ISO/IEC 11172-3 and 13818-3 headers; the Xing/Info tag layout): a frame starts with an
11-bit sync; MPEG-2 Layer III carries 576 samples per frame; its side information is 9 bytes for
mono and starts with an 8-bit main_data_begin, the bit-reservoir back-pointer. A frame whose
main_data_begin is 0 depends on no earlier frame, which is what makes frame-level joining safe.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

# bitrate tables in kbit/s, index 1..14, for Layer III
_BITRATES = {
    "1": (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    "2": (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


class Mp3FormatError(ValueError):
    pass


@dataclass(frozen=True)
class FrameFormat:
    version_bits: int  # 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
    sample_rate: int
    bitrate_kbps: int
    mono: bool

    @property
    def samples_per_frame(self) -> int:
        return 1152 if self.version_bits == 3 else 576

    @property
    def side_info_size(self) -> int:
        if self.version_bits == 3:
            return 17 if self.mono else 32
        return 9 if self.mono else 17


@dataclass(frozen=True)
class Frame:
    offset: int
    size: int
    fmt: FrameFormat
    main_data_begin: int
    is_info: bool  # a Xing/Info header frame: metadata, not audio


def parse_header(data: bytes | memoryview, offset: int) -> tuple[FrameFormat, int, bool] | None:
    """(format, frame size, has CRC) of the Layer III frame at offset, or None if none is there."""
    if offset + 4 > len(data):
        return None
    b0, b1, b2, b3 = data[offset], data[offset + 1], data[offset + 2], data[offset + 3]
    if b0 != 0xFF or (b1 & 0xE0) != 0xE0:
        return None
    version_bits = (b1 >> 3) & 3
    layer_bits = (b1 >> 1) & 3
    if version_bits == 1 or layer_bits != 1:  # reserved version, or not Layer III
        return None
    bitrate_index = b2 >> 4
    rate_index = (b2 >> 2) & 3
    if bitrate_index in (0, 15) or rate_index == 3:
        return None
    bitrate = _BITRATES["1" if version_bits == 3 else "2"][bitrate_index]
    sample_rate = _SAMPLE_RATES[version_bits][rate_index]
    padding = (b2 >> 1) & 1
    mono = (b3 >> 6) == 3
    coefficient = 144 if version_bits == 3 else 72
    size = coefficient * bitrate * 1000 // sample_rate + padding
    has_crc = (b1 & 1) == 0
    return FrameFormat(version_bits, sample_rate, bitrate, mono), size, has_crc


def skip_id3(data: bytes) -> int:
    """Offset just past a leading ID3v2 tag (0 when there is none)."""
    if len(data) >= 10 and data[:3] == b"ID3":
        size = (data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9]
        return 10 + size + (10 if data[5] & 0x10 else 0)
    return 0


def iter_frames(data: bytes, *, strict: bool = True) -> Iterator[Frame]:
    """Every frame in `data` (after any ID3v2 tag), in order.

    strict: the frames must follow each other back to back to the end (a trailing ID3v1 tag is
    allowed); anything else raises Mp3FormatError. This is how cache entries are verified.
    """
    offset = skip_id3(data)
    end = len(data)
    if end - offset >= 128 and data[end - 128 : end - 125] == b"TAG":
        end -= 128
    view = memoryview(data)
    while offset < end:
        parsed = parse_header(view, offset)
        if parsed is None:
            if strict:
                raise Mp3FormatError(f"no MP3 frame at byte {offset}")
            offset += 1
            continue
        fmt, size, has_crc = parsed
        if offset + size > end:
            if strict:
                raise Mp3FormatError(f"frame at byte {offset} is cut short")
            return
        side = offset + 4 + (2 if has_crc else 0)
        main_data_begin = data[side] if fmt.version_bits != 3 else (data[side] << 1) | (data[side + 1] >> 7)
        tag = bytes(view[side + fmt.side_info_size : side + fmt.side_info_size + 4])
        yield Frame(offset, size, fmt, main_data_begin, tag in (b"Xing", b"Info"))
        offset += size


def _header_bytes(fmt: FrameFormat) -> bytes:
    table = _BITRATES["1" if fmt.version_bits == 3 else "2"]
    bitrate_index = table.index(fmt.bitrate_kbps)
    rate_index = _SAMPLE_RATES[fmt.version_bits].index(fmt.sample_rate)
    b1 = 0xE0 | (fmt.version_bits << 3) | (1 << 1) | 1  # Layer III, no CRC
    b2 = (bitrate_index << 4) | (rate_index << 2)  # no padding, private bit 0
    b3 = (3 << 6) if fmt.mono else 0
    return bytes((0xFF, b1, b2, b3))


def frame_size(fmt: FrameFormat) -> int:
    coefficient = 144 if fmt.version_bits == 3 else 72
    return coefficient * fmt.bitrate_kbps * 1000 // fmt.sample_rate


def silence_frame(fmt: FrameFormat) -> bytes:
    """One frame of digital silence that depends on no other frame.

    All side information zero: main_data_begin 0, part2_3_length 0 (no Huffman data), so every
    decoder reconstructs zero spectra. Independent of the bit reservoir, so it can sit anywhere.
    """
    return _header_bytes(fmt) + bytes(frame_size(fmt) - 4)


def info_frame(fmt: FrameFormat, *, frames: int, total_bytes: int) -> bytes:
    """A CBR 'Info' header frame giving the exact frame and byte counts of the stream.

    Decoders that know the tag use it for an exact duration and skip the frame; others decode
    it as one silent frame (its side information is zero).
    """
    body = bytearray(frame_size(fmt) - 4)
    at = fmt.side_info_size
    body[at : at + 4] = b"Info"
    body[at + 4 : at + 8] = (3).to_bytes(4, "big")  # flags: frame count and byte count present
    body[at + 8 : at + 12] = frames.to_bytes(4, "big")
    body[at + 12 : at + 16] = total_bytes.to_bytes(4, "big")
    return _header_bytes(fmt) + bytes(body)


def frames_duration_ms(frames: int, fmt: FrameFormat) -> float:
    return frames * fmt.samples_per_frame * 1000.0 / fmt.sample_rate


def release_format(*, bitrate_kbps: int, sample_rate: int = 24000) -> FrameFormat:
    version = 3 if sample_rate in _SAMPLE_RATES[3] else 2
    return FrameFormat(version, sample_rate, bitrate_kbps, mono=True)
