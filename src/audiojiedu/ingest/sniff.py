"""Decide a file's format from its first bytes, not its name."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Literal

from ..errors import InputError
from .limits import check_zip
from .markup import SERVER_CODE

Format = Literal["txt", "html", "docx", "pdf", "doc"]

# Magic numbers of files people rename to .txt by mistake (images, archives, office, media).
_BINARY_MAGIC = {
    b"\x89PNG": "PNG 图片",
    b"\xff\xd8\xff": "JPEG 图片",
    b"GIF8": "GIF 图片",
    b"BM": "BMP 图片",
    b"II*\x00": "TIFF 图片",
    b"MM\x00*": "TIFF 图片",
    b"RIFF": "RIFF（WAV/WebP）文件",
    b"Rar!": "RAR 压缩包",
    b"7z\xbc\xaf": "7z 压缩包",
    b"\x1f\x8b": "gzip 压缩包",
    b"ID3": "MP3 音频",
    b"OggS": "Ogg 音频",
    b"fLaC": "FLAC 音频",
    b"\x7fELF": "可执行文件",
    b"MZ": "可执行文件",
}
# A server page's code (markup.SERVER_CODE, on the undecoded bytes), inside the markup's attributes
# too (<link href="<%=base%>/a.css">): taken out before the page's first tag is looked for.
_SERVER_CODE = re.compile(SERVER_CODE.pattern.encode(), re.DOTALL)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(
    # (the links and scripts a fragment loads may come first; a script alone over text is no page:
    # <script>alert(1)</script>关于…)
    rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>|<link\b[^>]*>|<(script|style)\b.*?</\1\s*>)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|h[1-6])\b",
    re.IGNORECASE | re.DOTALL,
)


def sniff_format(path: Path, head: bytes) -> Format:
    """Return the format of `path` whose first bytes are `head`; raise InputError for binaries."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith(_OLE2):
        # Word 97–2003 and WPS documents are OLE2 files; Excel and PowerPoint ones are too.
        if path.suffix.lower() in (".xls", ".ppt", ".et", ".dps"):
            raise InputError(
                f"{path}: 这是旧版 Excel/PowerPoint 文件，不是文档；请提供 txt、html、docx、doc 或 pdf 文件"
            )
        return "doc"
    probe = head.lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(_SERVER_CODE.sub(b"", probe[:4096])):
        return "html"
    for magic, kind in _BINARY_MAGIC.items():
        if head.startswith(magic) and (magic not in (b"BM", b"MZ", b"RIFF") or b"\x00" in head[:64]):
            raise InputError(f"{path}: 这是{kind}，不是文档；请提供 txt、html、docx 或 pdf 文件")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: 文件含二进制数据，不是文本文档；请提供 txt、html、docx 或 pdf 文件")
    return "txt"


def _zip_kind(path: Path) -> Format:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                check_zip(path, archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"{path}: ZIP/DOCX 文件已损坏（{exc}），请用 Word 重新另存为 .docx") from None
    if "word/document.xml" in names:
        return "docx"
    raise InputError(f"{path}: 这是一个 ZIP 压缩包而不是 Word 文档；请解压后提供 txt、html、docx 或 pdf 文件")
