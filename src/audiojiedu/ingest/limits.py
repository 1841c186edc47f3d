"""Limits on what a document may expand to, checked before it is parsed (CLI and studio alike).

An upload's size says little: a 450 KB DOCX whose document.xml inflates to 300 MB cost 42 s and
930 MB of memory before failing. The ZIP's central directory declares every member's size, and
Python's zipfile never inflates a member past its declared size (it stops there and fails the
CRC), so checking the declared sizes bounds the work python-docx can be made to do.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import InputError

# document.xml of a 400,000-character report with heavy formatting is about 60 MB.
MAX_DOCX_XML_BYTES = 64_000_000
MAX_DOCX_TOTAL_BYTES = 256_000_000  # python-docx reads every part, images too
MAX_ZIP_MEMBERS = 5000
MAX_PDF_PAGES = 2000
MAX_TEXT_BYTES = 32_000_000  # a .txt or .html file; 400,000 characters need under 2 MB


def check_zip(path: Path, archive: zipfile.ZipFile) -> None:
    """InputError when the archive would inflate beyond the limits."""
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise InputError(f"{path}: DOCX 含 {len(members)} 个部件，超过上限 {MAX_ZIP_MEMBERS}，不像正常的 Word 文档")
    xml = sum(m.file_size for m in members if m.filename.endswith((".xml", ".rels")))
    total = sum(m.file_size for m in members)
    if xml > MAX_DOCX_XML_BYTES:
        raise InputError(
            f"{path}: DOCX 解压后的文字内容过大（{xml / 1e6:.0f} MB，上限 {MAX_DOCX_XML_BYTES / 1e6:.0f} MB），"
            "请拆分文档或检查文件"
        )
    if total > MAX_DOCX_TOTAL_BYTES:
        raise InputError(
            f"{path}: DOCX 解压后过大（{total / 1e6:.0f} MB，上限 {MAX_DOCX_TOTAL_BYTES / 1e6:.0f} MB），"
            "请压缩图片或拆分文档"
        )


def check_text_size(path: Path, size: int) -> None:
    if size > MAX_TEXT_BYTES:
        raise InputError(
            f"{path}: 文件过大（{size / 1e6:.0f} MB，文本和网页上限 {MAX_TEXT_BYTES / 1e6:.0f} MB），请拆分文档"
        )


def check_pdf_pages(path: Path, pages: int) -> None:
    if pages > MAX_PDF_PAGES:
        raise InputError(f"{path}: PDF 有 {pages} 页，超过上限 {MAX_PDF_PAGES} 页，请拆分文档")
