"""The last step of every reader: a RawDocument, or an error when nothing is left to speak."""

from __future__ import annotations

from dataclasses import replace

from ..errors import InputError
from ..model import Finding, Paragraph, RawDocument
from .clean import has_speakable
from .contents_guide import cut_by_contents
from .flat_contents import unglue_contents
from .flat_tables import recover_flat_tables
from .gloss import drop_glosses
from .lost_marks import restore_list_marks, restore_year_zeros
from .naming import name_untitled
from .tables import MAX_SPOKEN_ROWS, caption_long_tables
from .title_doubt import doubt_title


def finish(
    title: str,
    metadata: dict[str, str],
    paragraphs: tuple[Paragraph, ...],
    *,
    source: str,
    warnings: tuple[str, ...] = (),
    findings: tuple[Finding, ...] = (),
    max_table_rows: int | None = MAX_SPOKEN_ROWS,
) -> RawDocument:
    """Build the RawDocument; refuse a document without anything to speak.

    Every reader ends here, after its page cleaning: tables flattened into text paragraphs are
    turned back into table rows here, once for every format, before the outline sees them, and a
    document that prints no title is named here (see `naming`), once for every format; pinyin
    glosses (發（fā）放) are taken out of the title, metadata and text here (see `gloss`), and a
    contents flattened into one paragraph is read without its page numbers (see `flat_contents`),
    and one glued into a one-line page with its body cuts the body's headings (see `contents_guide`).
    """
    name = source or "输入文本"
    title, metadata, paragraphs, glossed = drop_glosses(title, metadata, paragraphs)
    findings += glossed
    (title, *zeroed), lost = restore_year_zeros((title, *(p.text for p in paragraphs)))
    texts, unmarked = restore_list_marks(tuple(zeroed))
    paragraphs = tuple(p if p.text == text else replace(p, text=text) for p, text in zip(paragraphs, texts, strict=True))
    findings += lost + unmarked
    paragraphs, unglued = unglue_contents(paragraphs)  # before tables: its pages are no cells
    findings += unglued
    paragraphs, guided = cut_by_contents(paragraphs)
    findings += guided
    paragraphs, found = recover_flat_tables(paragraphs, max_rows=max_table_rows)
    findings += found
    if not any(has_speakable(p.text) for p in paragraphs):
        if title and has_speakable(title):
            paragraphs = ()
        else:
            raise InputError(f"{name}: 文档里没有可朗读的文字（只有空白、符号或网页框架），请检查文件内容")
        if not paragraphs:
            raise InputError(f"{name}: 文档只有标题，没有可朗读的正文，请检查文件内容")
    paragraphs = caption_long_tables(paragraphs)
    site_notes = tuple(finding.text for finding in findings if finding.kind == "site-notice")
    title, named = name_untitled(title, paragraphs, source=source, notes=site_notes)
    findings += named
    if (doubt := doubt_title(title)) is not None:
        findings += (doubt,)
    notes = sum(1 for p in paragraphs if p.shown is not None)
    if notes:
        warnings += (
            f"{notes} 个表格超过 {MAX_SPOKEN_ROWS} 行：只朗读表名、行列数、列名和合计行，完整表格放在文字稿和播放页面",
        )
    return RawDocument(
        title=title,
        metadata=dict(metadata),
        paragraphs=paragraphs,
        source=source,
        warnings=warnings,
        findings=findings,
    )
