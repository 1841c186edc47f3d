"""A document's closing clause numbered as the last item (六、本通知自2022年1月15日起实施。) is a
sentence of the text, not a chapter (dev33 wide sample, session 30). Made-up examples."""

from __future__ import annotations

from helpers import flat_outline

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline
from audiojiedu.outline.lists import is_statement


def test_closing_clauses_are_statements() -> None:
    assert is_statement("本通知自2022年1月15日起实施。")
    assert is_statement("本办法自印发之日起施行。")
    assert is_statement("本方案由县发展和改革局负责解释。")
    assert is_statement("本意见有效期三年。")
    assert is_statement("本办法自印发之日起开始执行，试行三年。")  # with its term after it


def test_headings_about_when_a_document_holds_are_not_statements() -> None:
    assert not is_statement("施行日期")
    assert not is_statement("本办法的适用范围")
    assert not is_statement("实施时间")


def test_the_last_numbered_item_saying_when_the_notice_takes_effect_is_text() -> None:
    doc = parse_outline(
        read_text(
            "某市交通委员会关于出租汽车运价浮动实施规则的通知\n各区交通管理部门：\n现将有关事项通知如下。\n"
            "一、实施原则\n坚持公开透明、稳定有序的原则。\n二、实施对象\n本市巡游出租汽车经营者。\n"
            "三、配套保障\n各区要加强监督检查。\n四、本通知自2022年1月15日起实施。\n"
        )
    )
    assert [(number, title) for _, number, title in flat_outline(doc.sections)] == [("一", "实施原则"), ("二", "实施对象"), ("三", "配套保障")]
    assert "本通知自2022年1月15日起实施。" in doc.sections[-1].paragraphs[-1]


def test_a_numbered_sentence_leading_into_what_follows_is_no_heading() -> None:
    """（二）五星之位置与画法如下： leads into its list (甲、…乙、…): a sentence of the text; a heading
    that names its part (（二）画法) stays one."""
    assert is_statement("五星之位置与画法如下：")
    assert is_statement("具体安排如下:")
    assert not is_statement("五星之位置与画法")
    assert not is_statement("如下情形的处理")
