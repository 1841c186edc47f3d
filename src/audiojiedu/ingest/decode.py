"""Bytes of a plain-text file -> str, refusing to guess.

Order: a BOM decides (UTF-8, UTF-16); otherwise strict UTF-8; otherwise strict GB18030 (a
superset of GBK and GB2312, the encodings Chinese government sites publish in). A file that is
neither, a UTF-8 file cut in the middle of a character, or a file mixing UTF-8 lines with
GBK lines is an InputError: a silent wrong guess would be read aloud as nonsense.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

# A line of at least three non-ASCII characters that is valid UTF-8: in GB18030 text such a
# line practically never occurs, so its presence next to non-UTF-8 lines means mixed input.
_UTF8_CJK = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}")
_MIN_UTF8_CJK = 3
# Share of characters that must be common (CJK, ASCII, CJK punctuation, full-width forms) for a
# GB18030 decoding to be believed: random bytes decode to rare characters and private-use ones.
_COMMON = re.compile("[\u4e00-\u9fff\u0020-\u007e\u3000-\u303f\uff00-\uffef\n\t“”‘’—…·]")
_MIN_COMMON_SHARE = 0.9


def decode_text(data: bytes, *, name: str) -> str:
    """Decode the bytes of a text file; raise InputError naming `name` when unsure."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name=name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name=name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if utf8_error.start >= len(data) - 3 and _is_utf8_prefix(data[utf8_error.start :]):
        raise InputError(
            f"{name}: 文件在一个 UTF-8 字符中间被截断（第 {utf8_error.start} 字节），请重新下载或保存完整文件"
        )
    if _has_utf8_lines(data):
        raise InputError(
            f"{name}: 文件混用了 UTF-8 和其他编码（第 {utf8_error.start} 字节起无法解码），请统一另存为 UTF-8"
        )
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: 无法识别文本编码（既不是 UTF-8 也不是 GB18030/GBK，第 {exc.start} 字节），请另存为 UTF-8"
        ) from None
    if text and len(_COMMON.findall(text)) / len(text) < _MIN_COMMON_SHARE:
        raise InputError(f"{name}: 无法可靠识别文本编码（解码结果多为罕见字符），请另存为 UTF-8")
    return text


def _strict(data: bytes, encoding: str, *, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: 文件声明为 {encoding.upper()} 但第 {exc.start} 字节无法解码（文件截断或混用编码），请重新保存"
        ) from None


def _is_utf8_prefix(tail: bytes) -> bool:
    """True if `tail` is the start of a multi-byte UTF-8 character that was cut off."""
    if not tail or not 0xC2 <= tail[0] <= 0xF4:
        return False
    needed = 2 if tail[0] < 0xE0 else 3 if tail[0] < 0xF0 else 4
    return len(tail) < needed and all(0x80 <= b <= 0xBF for b in tail[1:])


def _has_utf8_lines(data: bytes) -> bool:
    for line in data.split(b"\n"):
        if len(_UTF8_CJK.findall(line, 0, 4096)) < _MIN_UTF8_CJK:
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        return True
    return False
