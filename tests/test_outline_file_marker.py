"""A document site (文库) collects several files on one page and numbers them 第一篇：… with the
page's headline: the marker over the file is no part of the document, and the file's own
headings open at the top under it. Made-up examples in the manner of such pages."""

from __future__ import annotations

from helpers import flat_outline

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline

_FILE = (
    "某省油菜目标价格试点工作实施方案\n"
    "为稳定油菜生产，保护种植者利益，制定本方案。\n"
    "一、试点目标\n"
    "在保障种植者基本收益的前提下，发挥市场在价格形成中的作用。\n"
    "二、试点原则\n"
    "（一）市场定价\n"
    "油菜价格由市场供求形成。\n"
    "（二）保障收益\n"
    "市场价格低于目标价格时，按面积给予补贴。\n"
)


def test_a_file_marker_naming_the_page_headline_is_no_part() -> None:
    text = "某省油菜目标价格试点-某省物价局\n第一篇：某省油菜目标价格试点-某省物价局\n" + _FILE
    doc = parse_outline(read_text(text))
    assert flat_outline(doc.sections) == [
        [1, "一", "试点目标"],
        [1, "二", "试点原则"],
        [2, "（一）", "市场定价"],
        [2, "（二）", "保障收益"],
    ]
    assert any(block.startswith("第一篇：") for block in doc.preface if isinstance(block, str))  # kept, read


def test_a_part_with_its_own_name_stays_a_part() -> None:
    # What must NOT be touched: a plan's own parts, 第一篇：总体要求, named for what they hold.
    text = (
        "某市国民经济和社会发展第十四个五年规划纲要\n"
        "第一篇：总体要求\n"
        "一、发展基础\n"
        "全市经济总量稳步增长，发展质量不断提升。\n"
        "第二篇：创新驱动\n"
        "一、科技创新\n"
        "全市研发投入持续增加，创新能力显著增强。\n"
    )
    doc = parse_outline(read_text(text))
    assert [row[:2] for row in flat_outline(doc.sections)] == [[1, "第一篇"], [2, "一"], [1, "第二篇"], [2, "一"]]


def test_a_file_marker_over_the_files_own_title_line_is_no_part() -> None:
    # No page headline came through: the label repeats the file's own title line, right under it,
    # with the site's tag (…范文大全): that line is the title, the label the collection's. The
    # file's headings open at the top.
    text = "第一篇：某县上半年重点项目建设情况汇报范文大全\n某县上半年重点项目建设情况汇报\n" + _FILE
    doc = parse_outline(read_text(text))
    assert doc.title == "某县上半年重点项目建设情况汇报"
    assert [row[:2] for row in flat_outline(doc.sections)] == [[1, "一"], [1, "二"], [2, "（一）"], [2, "（二）"]]
    assert not any("第一篇" in block for block in doc.preface if isinstance(block, str))


def test_a_part_over_a_line_that_does_not_repeat_its_name_stays_a_part() -> None:
    # What must NOT be touched: a plan's part whose name goes on in a further clause after the
    # line under it (第一篇：坚持创新驱动，建设科技强市 over 坚持创新驱动发展).
    text = (
        "第一篇：坚持创新驱动发展，建设科技强市\n"
        "坚持创新驱动发展\n"
        "一、主要成就\n"
        "全市经济总量稳步增长，发展质量不断提升。\n"
        "第二篇：创新驱动\n"
        "一、科技创新\n"
        "全市研发投入持续增加，创新能力显著增强。\n"
    )
    doc = parse_outline(read_text(text))
    assert [row[:2] for row in flat_outline(doc.sections)][:1] == [[1, "第一篇"]]
