"""A wiki's page (an online library of texts kept as a wiki): the edit link after each heading
([编辑], [编辑源代码]) and the label of the link to the file's scan (PDF版本) are the wiki's, not
read; brackets of the text's own stay. Every example is made up."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

TITLE = "某市国民经济和社会发展第十四个五年规划纲要"


def test_a_wikis_edit_links_after_headings_are_not_read() -> None:
    raw = read_text(
        f"{TITLE}\n\n序 言[编辑]\n\n“十四五”时期，是某市发展的关键时期。\n\nPDF版本\n\n"
        "第一章 发展基础[编辑源代码]\n\n过去五年，全市经济实力稳步增强。\n"
    )
    texts = paragraph_texts(raw)
    spoken = " ".join(texts)
    assert "编辑" not in spoken and "PDF版本" not in spoken
    assert "第一章 发展基础" in texts
    assert any(finding.text == "[编辑]" for finding in raw.findings)


def test_an_editors_word_in_the_text_stays() -> None:
    line = "设立“编辑”和“校对”两个岗位，由宣传部[编辑部]统一管理。"
    raw = read_text(f"{TITLE}\n\n第一章 总则\n\n{line}\n")
    assert line in paragraph_texts(raw)


def test_an_edit_link_alone_on_the_line_under_its_heading_is_not_read() -> None:
    preface = "“十四五”时期是开启全面建设现代化新征程的第一个五年，未央需紧扣时代脉搏，把握发展阶段。"
    parts = "第一篇 迈入新时代，开启发展新阶段\n\n[编辑]\n\n以辩证思维看待新发展阶段的新机遇和新挑战\n\n第一章 发展基础\n\n[编辑]\n\n"
    raw = read_text(f"{TITLE}\n\nPDF版本\n\n{preface}\n\n{parts}“十三五”以来，全市经济实力稳步增强。\n")
    assert "编辑" not in " ".join(paragraph_texts(raw))
    assert "第一章 发展基础" in paragraph_texts(raw)
