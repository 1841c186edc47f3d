"""Stage 1: read a document (txt, HTML, DOCX, PDF) into a RawDocument.

`read_document` decides the format from the file's first bytes, not its name; every reader
returns cleaned text (see `clean`) with page chrome and metadata separated (see `page`).
Every problem a user can cause is an InputError with a one-line message.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import RawDocument
from .clean import clean_text
from .copy_marks import drop_copy_marks
from .decode import decode_text
from .flat_attachments import split_flat_attachments
from .gloss import drop_text_glosses
from .glued_pages import drop_glued_page_numbers
from .limits import check_text_size
from .line_tables import recover_line_tables
from .lost_marks import restore_contents_heading, strip_lost_indents
from .markup import strip_markup
from .page import extract_page
from .page_csv import unwrap_csv_record
from .page_json import unwrap_cms_json
from .pipe_tables import join_cell_lines, pipe_table_paragraphs
from .result import finish
from .sniff import sniff_format
from .tables import MAX_SPOKEN_ROWS
from .wrap import join_wrapped_lines

__all__ = ["read_document", "read_text"]

_HEAD_BYTES = 8192


def read_document(path: Path, *, max_table_rows: int | None = MAX_SPOKEN_ROWS) -> RawDocument:
    """Read the document at `path`. Tables longer than `max_table_rows` become a short note."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: 文件不存在，请检查路径")
    if path.is_dir():
        raise InputError(f"{path}: 这是一个文件夹，请指定一个文档文件")
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError as exc:
        raise InputError(f"{path}: 无法读取文件（{exc.strerror or exc}）") from None
    if not head:
        raise InputError(f"{path}: 文件是空的，请提供有正文的文档")
    kind = sniff_format(path, head)
    if kind == "pdf":
        from .pdf import read_pdf

        raw = read_pdf(path, max_table_rows=max_table_rows)
    elif kind == "docx":
        from .docx import read_docx

        raw = read_docx(path, max_table_rows=max_table_rows)
    elif kind == "doc":
        from .legacy import convert_legacy_word

        check_text_size(path, path.stat().st_size)
        raw = read_text(convert_legacy_word(path), source=str(path), max_table_rows=max_table_rows)
    else:
        check_text_size(path, path.stat().st_size)
        text = decode_text(path.read_bytes(), name=str(path))
        if kind == "html":
            from .html import read_html

            raw = read_html(text, source=str(path), max_table_rows=max_table_rows)
        else:
            raw = read_text(text, source=str(path), max_table_rows=max_table_rows)
    return raw


def read_text(text: str, *, source: str = "", max_table_rows: int | None = MAX_SPOKEN_ROWS) -> RawDocument:
    """Read text already in memory (one paragraph per line) as a scraped page or plain text."""
    name = source or "输入文本"
    if not text.strip():
        raise InputError(f"{name}: 文本为空或只有空白，请提供有正文的文档")
    text, unwrapped = unwrap_cms_json(text, name)  # a content system's JSON reply: its fields
    text, unrowed = unwrap_csv_record(text, name)  # a crawler's table row: its fields
    text, unmarked = strip_markup(text)
    text, unindented = strip_lost_indents(text)
    text, restored = restore_contents_heading(text)
    cleaned, glossed = drop_text_glosses(clean_text(text))
    cleaned, paged = drop_glued_page_numbers(cleaned)
    cleaned, marked = drop_copy_marks(cleaned)
    lines, findings = join_wrapped_lines(cleaned.split("\n"))
    lines, attached = split_flat_attachments(lines)
    page = extract_page(lines)
    paragraphs = tuple(pipe_table_paragraphs(join_cell_lines(page.lines), max_rows=max_table_rows))
    # A table copied one cell a line (see line_tables); other flattened shapes are found in `finish`.
    paragraphs, tabled = recover_line_tables(paragraphs, max_rows=max_table_rows)
    return finish(
        page.title,
        page.metadata,
        paragraphs,
        source=source,
        findings=unwrapped + unrowed + unmarked + unindented + restored + glossed + paged + marked + tuple(findings) + attached + tuple(page.findings) + tabled,
        max_table_rows=max_table_rows,
    )
