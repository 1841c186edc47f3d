"""Real documents (tests/fixtures/corpus) against outlines checked by eye."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import flat_outline

from audiojiedu.errors import InputError
from audiojiedu.ingest import read_document
from audiojiedu.ingest.tables import FULL_TABLE_NOTE, LARGE_TABLE_NOTE
from audiojiedu.model import Section
from audiojiedu.outline import outline_to_json, parse_outline

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
_SUFFIXES = (".txt", ".html", ".docx", ".pdf", ".doc")
DOCUMENTS = sorted(p for folder in (CORPUS, CORPUS / "more") for p in folder.iterdir() if p.suffix in _SUFFIXES)
HAS_DOC_CONVERTER = bool(shutil.which("antiword") or shutil.which("soffice") or shutil.which("libreoffice"))


def _flat(sections: tuple[Section, ...]) -> list[list[object]]:
    return flat_outline(sections, max_depth=2)


def _all_text(doc_sections: tuple[Section, ...]) -> list[str]:
    out: list[str] = []
    for section in doc_sections:
        out.append(section.heading)
        out.extend(p for p in section.paragraphs if isinstance(p, str))  # a shown table is not read aloud
        out.extend(_all_text(section.sections))
    return out


def test_every_corpus_document_has_an_expected_outline() -> None:
    assert len(DOCUMENTS) == 35
    for path in DOCUMENTS:
        assert Path(f"{path}.expected.json").exists(), path.name


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_corpus_outline_matches_expected(path: Path) -> None:
    expected = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    if path.suffix == ".doc" and not HAS_DOC_CONVERTER:
        with pytest.raises(InputError, match=r"另存为 \.docx"):
            read_document(path)
        return
    doc = parse_outline(read_document(path))
    assert doc.title == expected["title"]
    assert dict(doc.metadata) == expected["metadata"]
    assert _flat(doc.sections) == [list(row) for row in expected["sections"]]
    spoken = "\n".join([*(p for p in doc.preface if isinstance(p, str)), *_all_text(doc.sections)])
    for chrome in expected["absent"]:
        assert chrome not in spoken, f"site chrome {chrome!r} would be read aloud"
    # The JSON contract: exactly these keys, numbers with full-width parentheses.
    data = outline_to_json(doc)
    assert set(data) == {"title", "metadata", "sections", "warnings", "findings"}
    for section in data["sections"]:
        assert set(section) == {"number", "title", "sections"}
        assert "(" not in section["number"] and ")" not in section["number"]


def test_seed_preface_is_the_introduction_only() -> None:
    doc = parse_outline(read_document(CORPUS / "luozhuang-2019-audio-jiedu.txt"))
    assert len(doc.preface) == 1
    assert doc.preface[0].startswith("罗庄人民政府办公室根据")
    assert doc.preface[0].endswith("现解读如下：")
    last = doc.sections[-1].sections[-1].sections[-1]
    assert last.paragraphs[-1].endswith("推进办事服务全过程精准公开。")  # the repeated title is gone


def test_trailing_footnotes_stay_paragraphs_of_the_last_section() -> None:
    doc = parse_outline(read_document(CORPUS / "03_jiangxi-2022-tjgb.txt"))
    last = doc.sections[-1]
    assert last.number == "12" and last.sections == ()
    assert "注释：" in last.paragraphs
    assert any(p.startswith("[1]本公报中数据均为初步统计数") for p in last.paragraphs)
    html = parse_outline(read_document(CORPUS / "01_yichun-2022-tjgb.html"))
    assert html.sections[-1].sections == ()
    assert any(p.startswith("7.万元GDP能耗") for p in html.sections[-1].paragraphs)


def test_wrong_marker_is_read_as_number_and_warned() -> None:
    doc = parse_outline(read_document(CORPUS / "10_pingtan-zhonglou-2019-yusuan-baogao.txt"))
    fourth = doc.sections[3]
    assert fourth.sections[0].number == "（一）"
    assert fourth.sections[0].heading.startswith("（－）")
    assert any("（－）" in w for w in doc.warnings)


def test_flattened_table_rows_are_not_headings() -> None:
    doc = parse_outline(read_document(CORPUS / "08_pingtan-2023-xxgk-nianbao.txt"))
    third = doc.sections[2]
    assert third.sections == ()
    # The rows, recovered from the flattened text (ingest/flat_tables.py), stay in section 三.
    every_row = parse_outline(read_document(CORPUS / "08_pingtan-2023-xxgk-nianbao.txt", max_table_rows=None))
    assert every_row.sections[2].sections == ()
    assert any(
        isinstance(p, str) and p.startswith("一、本年新收政府信息公开申请数量：自然人80，")
        for p in every_row.sections[2].paragraphs
    )


def test_pdf_statistics_tables_are_read_as_rows_or_a_note() -> None:
    raw = read_document(CORPUS / "hongze-2024-xxgk-nianbao.pdf")
    table_texts = [p.text for p in raw.paragraphs if p.kind == "table"]
    assert "规章：本年制发件数0件，本年废止件数0件，现行有效件数0件。" in table_texts
    # The long table: summed up aloud (never "详见文字稿" alone), every row carried to be shown.
    (summary,) = [p for p in raw.paragraphs if p.shown is not None]
    assert summary.text.startswith(LARGE_TABLE_NOTE) and summary.text.endswith(FULL_TABLE_NOTE)
    assert "（七）总计：自然人95" in summary.text
    assert not any("详见文字稿" in t for t in table_texts)
    assert summary.shown is not None and len(summary.shown.rows) == 26
    assert not any(p.text in ("- 1 -", "- 2 -") for p in raw.paragraphs)
    full = read_document(CORPUS / "hongze-2024-xxgk-nianbao.pdf", max_table_rows=None)
    assert not any(p.text.startswith(LARGE_TABLE_NOTE) or p.shown for p in full.paragraphs)
    assert any(p.text.startswith("一、本年新收政府信息公开申请数量：") for p in full.paragraphs)
