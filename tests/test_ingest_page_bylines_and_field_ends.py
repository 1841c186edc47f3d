"""A page's byline and where a field's value ends: a byline glued to the headline or led by the
site's address, a portal's row of the article's kind, a value ending where the toolbar or an
empty field's label after it begins; a date inside a headline, an address in a sentence and a
value's own words stay. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_fields import parse_metadata_line

# -- a byline glued to the headline -------------------------------------------------------------
HEADLINE = "打造十个特色产业群！某省发布2023年政府工作报告"


def test_a_byline_glued_to_the_headline_is_split_into_fields() -> None:
    raw = read_text(f"{HEADLINE}2023-01-30 14:22来源：某某网浏览数：255次\n日前，某省2023年政府工作报告发布，报告指出要加快发展。")
    assert raw.title == HEADLINE
    assert raw.metadata == {"发布时间": "2023-01-30 14:22", "来源": "某某网"}
    assert any(f.kind == "chrome-dropped" and "浏览数" in f.text for f in raw.findings)


def test_a_traditional_byline_glued_to_the_headline_is_split_too() -> None:
    raw = read_text("某省發布2023年政府工作報告2023-01-30 14:22來源：某某網瀏覽數：12次\n日前，某省政府工作報告發布。")
    assert raw.title == "某省發布2023年政府工作報告"
    assert raw.metadata == {"发布时间": "2023-01-30 14:22", "来源": "某某網"}  # the label read folded, the value as written


def test_a_date_inside_a_headline_stays_in_it() -> None:
    headline = "某市2023年1月30日召开全市经济工作会议"
    raw = read_text(f"{headline}\n会议总结了过去一年的工作，部署了今年的任务。")
    assert raw.title == headline
    assert "发布时间" not in raw.metadata


# -- a field's value ends where the toolbar after it begins --------------------------------------
def test_a_values_end_stops_at_the_toolbar_after_it() -> None:
    assert parse_metadata_line("来源：《某某日报》      【  保存") == {"来源": "《某某日报》"}  # a button in its bracket
    assert parse_metadata_line("来源：某某新闻网分享到：") == {"来源": "某某新闻网"}  # 分享到： glued on
    assert parse_metadata_line("时间：2018-05-16       大    中    小") == {"时间": "2018-05-16"}  # the font-size picker
    assert parse_metadata_line("发布机构：某某街道 附件下载 —  —") == {"发布机构": "某某街道"}  # a foot link


def test_values_that_only_look_like_the_toolbar_stay_whole() -> None:
    assert parse_metadata_line("标题：【转载】某市民政局关于提高救助标准的通知") == {"标题": "【转载】某市民政局关于提高救助标准的通知"}
    assert parse_metadata_line("标题：大中小学校园安全工作要点") == {"标题": "大中小学校园安全工作要点"}
    assert parse_metadata_line("标题：某某附件下载管理办法") == {"标题": "某某附件下载管理办法"}


# -- a portal's row of the article's kind -----------------------------------------------------------
def test_a_row_of_the_articles_kind_under_the_stamp_is_fields() -> None:
    raw = read_text(f"{HEADLINE}\n2010-01-12 10:09 文章来源:本地新闻\n文章类型:转载 内容分类:新闻\n\n同志们：今天的会议很重要。")
    assert raw.metadata == {"发布时间": "2010-01-12 10:09", "文章来源": "本地新闻", "文章类型": "转载", "内容分类": "新闻"}
    assert paragraph_texts(raw) == ["同志们：今天的会议很重要。"]


def test_a_toolbar_word_after_a_value_still_ends_it() -> None:
    # 转载 alone is 文章类型's value; set apart after a source it is the site's repost tag.
    assert parse_metadata_line("来源：某某日报 转载") == {"来源": "某某日报"}
    assert parse_metadata_line("来源： 打印 关闭") in (None, {})


# -- a byline led by the site's address, a view count after its stamp -------------------------------
def test_a_byline_led_by_the_sites_address_with_a_count_after_the_stamp_is_fields() -> None:
    raw = read_text(f"{HEADLINE}\n\nwww.example.gov.cn  2024-01-23 23:02  阅读:3368次  作者:张某 李某  来源:某某人大网\n日前，某省政府工作报告发布。")
    assert raw.metadata == {"发布时间": "2024-01-23 23:02", "作者": "张某 李某", "来源": "某某人大网"}
    assert paragraph_texts(raw) == ["日前，某省政府工作报告发布。"]


def test_an_address_in_a_sentence_is_no_byline() -> None:
    line = "www.example.gov.cn 是本市政府门户网站，2024-01-23起改版。"
    raw = read_text(f"{HEADLINE}\n\n{line}\n日前，某省政府工作报告发布。")
    assert "发布时间" not in raw.metadata


# -- the label of an empty field at a row's end ---------------------------------------------------
def test_the_label_of_an_empty_field_at_the_rows_end_is_no_value() -> None:
    assert parse_metadata_line("索 引 号: 012345-6/2022-00001 分类: 报告    机构分类") == {"索引号": "012345-6/2022-00001", "分类": "报告"}


def test_a_values_own_last_word_stays() -> None:
    assert parse_metadata_line("分类：综合 政务分类") == {"分类": "综合 政务分类"}  # one space: the value's words
    assert parse_metadata_line("作者：张三    李四") == {"作者": "张三    李四"}  # two names, no label
