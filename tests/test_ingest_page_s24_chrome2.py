"""Site furniture seen on the session-24 dev12 pages: a bracketed field row with the site's
toolbar after it, … Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_fields import parse_metadata_line
from audiojiedu.ingest.page_head import unlabelled_byline

BODY = "一、工作目标\n到2025年，全镇农村道路养护水平进一步提升，列养率达到百分之百。\n"


def test_a_bracketed_field_row_with_a_toolbar_bracket_after_it_is_read_as_fields() -> None:
    row = "【来源: | 发布日期:2019-04-08 】     【选择字号:"
    assert parse_metadata_line(row) == {"发布日期": "2019-04-08"}
    assert parse_metadata_line("【来源：某某镇 发布日期：2019-04-08】 【打印】") == {"来源": "某某镇", "发布日期": "2019-04-08"}
    raw = read_text(f"某某镇农村道路养护工作方案\n\n{row}\n\n{BODY}")
    assert raw.title == "某某镇农村道路养护工作方案"
    assert raw.metadata.get("发布日期") == "2019-04-08"
    assert paragraph_texts(raw)[0] == "一、工作目标"


def test_a_bracketed_field_followed_by_text_is_not_a_row() -> None:
    assert parse_metadata_line("【来源：某某镇】 各村要在月底前完成自查") is None


def test_a_site_name_with_its_address_before_the_date_field_is_a_byline() -> None:
    raw = read_text(f"某某镇农村道路养护工作方案\n\n某某镇人民政府网    www.mouzhen.gov.cn    日期:2019-04-08\n\n{BODY}")
    assert raw.metadata.get("日期") == "2019-04-08"
    assert not any("www" in text or "日期" in text for text in paragraph_texts(raw))
    assert paragraph_texts(raw)[0] == "一、工作目标"


def test_a_site_name_with_its_address_but_no_date_is_left_to_the_other_rules() -> None:
    assert unlabelled_byline("某某镇人民政府网    www.mouzhen.gov.cn    来源：某某镇") is None
