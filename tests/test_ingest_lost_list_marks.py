"""A numbered item whose mark a copy lost (1、主动公开情况… / 2依申请公开情况… / 3、…): the items either
side count to it, so the mark goes back, with a finding; a figure of the text never gets one.
Made-up examples in the shape of real pages (ho106/01, ho64/18, session 51)."""

from __future__ import annotations

from helpers import finding_kinds

from audiojiedu.ingest import read_text
from audiojiedu.ingest.lost_marks import restore_list_marks
from audiojiedu.outline import parse_outline


def test_an_item_between_its_neighbours_gets_their_mark_back() -> None:
    texts = ("1、主动公开情况。区政府坚持公开原则。", "2依申请公开情况依法依规做好依申请公开工作。", "3、政府信息管理情况认真落实条例要求。")
    restored, findings = restore_list_marks(texts)
    assert restored[1] == "2、依申请公开情况依法依规做好依申请公开工作。"
    assert restored[0] == texts[0] and restored[2] == texts[2]
    assert [finding.kind for finding in findings] == ["lost-character"]


def test_figures_and_items_the_neighbours_do_not_count_to_stay() -> None:
    for texts in (
        ("1、受理申请。", "3个工作日内办结。", "3、送达决定。"),  # a figure counting days
        ("1、受理申请。", "5项措施全部落实。", "3、送达决定。"),  # the neighbours count to 2, not 5
        ("1、受理申请。", "2审查材料。", "3.送达决定。"),  # the neighbours' marks differ
        ("2审查材料。", "3、送达决定。"),  # no item above
    ):
        assert restore_list_marks(texts) == (texts, ()), texts


def test_the_restored_item_heads_its_section_as_its_siblings_do() -> None:
    raw = read_text(
        "某区2023年度政府信息公开工作年度报告\n一、总体情况\n1、主动公开情况。\n区政府坚持公开为常态，不公开为例外。\n"
        "2依申请公开情况\n依法依规积极稳妥做好依申请公开工作，完善办理制度。\n3、政府信息管理情况\n认真落实条例要求，健全管理制度。\n"
    )
    assert "lost-character" in finding_kinds(raw)
    doc = parse_outline(raw)
    assert [section.number for section in doc.sections[0].sections] == ["1", "2", "3"]
