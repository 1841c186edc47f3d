"""An old site's furniture (session 30 wide sample): a bare 位置： before a trail from the home
page (位置：首页 > 某栏目 > 考试公告 >), and a byline row in brackets with its buttons (【 信息发布时间：
2009-04-03  阅读次数：】 【我要打印】 【关闭】). Made-up examples in the shape of real pages."""

from __future__ import annotations

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_chrome import is_chrome_line

BODY = "经过近8个月的研究和审议，自治区政府日前发布了《某某保护办法》，为保护工作提供了更加具体的法规依据。"


def test_a_bare_position_label_over_a_home_trail_is_chrome() -> None:
    assert is_chrome_line("位置：首页 > 省（市、县）直机关遴选 > 考试公告 >")
    assert not is_chrome_line("位置在县城东部，交通便利。")


def test_a_bracketed_byline_row_with_buttons_is_metadata() -> None:
    raw = read_text(f"【 信息发布时间：2009-04-03  阅读次数：】 【我要打印】 【关闭】\n{BODY}\n")
    assert raw.metadata["信息发布时间"] == "2009-04-03"
    assert [p.text for p in raw.paragraphs] == [BODY]


def test_a_breadcrumb_set_as_a_numbered_list_is_chrome() -> None:
    assert is_chrome_line("1. 当前位置：")
    assert is_chrome_line("2. 首页 > 政务公开 > 某县人民政府 > 政府工作报告")
    assert is_chrome_line("3. > 正文")
    assert not is_chrome_line("1. 打印申请表")
    raw = read_text(f"1. 当前位置：\n  2. 首页 > 政务公开 > 某县人民政府 > 政府工作报告\n  3. > 正文\n2022年某县政府工作报告\n{BODY}\n")
    assert raw.title == "2022年某县政府工作报告"
    assert [p.text for p in raw.paragraphs] == [BODY]


def test_a_bracketed_source_with_the_pages_date_under_the_headline_is_the_byline() -> None:
    raw = read_text(f"某县抗旱应急预案\n[某县人民政府]2016-05-09字号： |\n{BODY}\n")
    assert (raw.metadata["来源"], raw.metadata["发布时间"]) == ("某县人民政府", "2016-05-09")
    assert [p.text for p in raw.paragraphs] == [BODY]


def test_a_bracketed_field_label_with_its_date_stays_a_field() -> None:
    raw = read_text(f"某某条例\n【发布文号】某政发[1994]103号\n【发布日期】1994-12-27\n【生效日期】1994-12-27\n{BODY}\n")
    assert raw.metadata["发布日期"] == "1994-12-27"
    assert "来源" not in raw.metadata
