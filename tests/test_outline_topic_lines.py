"""An unnumbered topic line right under a numbered part's heading (a 统计公报: 一、综合 / 经济总量 /
全年实现…): a subheading one level below the part, a heading-guessed finding. Made-up examples in
the manner of district bulletins."""

from __future__ import annotations

from helpers import finding_kinds, flat_outline

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline

_INTRO = "某区2024年国民经济和社会发展统计公报\n2024年，全区上下坚持稳中求进，经济运行总体平稳。\n"


def test_a_topic_line_under_a_numbered_part_is_its_subheading() -> None:
    text = (
        _INTRO + "一、综合\n经济总量\n全年实现地区生产总值1200.50亿元，可比增长5.2%。其中，第三产业增加值占比九成。\n"
        "全年完成一般公共预算收入300.10亿元，同比增长1.5%。\n"
        "二、工业\n全年实现工业总产值88.20亿元，比上年增长3.1%，规模以上企业42户。\n"
    )
    doc = parse_outline(read_text(text))
    assert flat_outline(doc.sections) == [[1, "一", "综合"], [2, "", "经济总量"], [1, "二", "工业"]]
    assert "heading-guessed" in finding_kinds(doc)


def test_a_short_line_that_is_not_over_text_stays_text() -> None:
    # What must NOT be touched: a name under a heading followed by a field, not by a sentence; a
    # short line under a heading that is a sentence itself.
    text = (
        _INTRO + "一、联系方式\n某区统计局办公室\n电话：0000-12345678\n"
        "二、全区经济运行总体平稳，结构持续优化。\n经济总量\n全年实现地区生产总值1200.50亿元，可比增长5.2%。其中，第三产业增加值占比九成。\n"
    )
    doc = parse_outline(read_text(text))
    assert [row[1] for row in flat_outline(doc.sections)] in (["一", "二"], ["一"])
    assert not any(row[2] in ("某区统计局办公室", "经济总量") for row in flat_outline(doc.sections))
