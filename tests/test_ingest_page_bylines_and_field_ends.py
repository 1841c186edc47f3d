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


# -- a value carrying more than its field (session 29, metadata survey of the wide samples) ------------
def test_a_sources_value_ending_with_the_pages_stamp_gives_the_stamp_its_own_field() -> None:
    # The stamp in any form a site prints it, maybe with the toolbar after it.
    assert parse_metadata_line("来源： 某某网 2021年3月9日 09:15:07") == {"来源": "某某网", "发布时间": "2021年3月9日 09:15:07"}
    assert parse_metadata_line("来源:某某县新闻发布厅   2022-05-06 14:00:00   【字体:") == {
        "来源": "某某县新闻发布厅",
        "发布时间": "2022-05-06 14:00:00",
    }
    assert parse_metadata_line("来源:某某县融媒体中心 2020年6月1日") == {"来源": "某某县融媒体中心", "发布时间": "2020年6月1日"}


def test_a_date_inside_a_sources_name_stays_its() -> None:
    # Glued to a bracket or a word, or with words after it, the date is the source's own (a paper's issue).
    assert parse_metadata_line("来源：《某某日报》2021年3月9日第4版") == {"来源": "《某某日报》2021年3月9日第4版"}
    assert parse_metadata_line("来源：某某日报 2021年3月9日 第4版") == {"来源": "某某日报 2021年3月9日 第4版"}


def test_a_time_fields_value_ends_at_the_toolbar_after_its_stamp() -> None:
    # The column's name and the site's 我要投稿 link, the zoom buttons, a count of viewers after the stamp.
    assert parse_metadata_line("时间:2022-04-11 计划总结 我要投稿") == {"时间": "2022-04-11"}
    assert parse_metadata_line("时间:2022-04-11 09:30:12 某某乡村振兴工作实施方案 我要投稿") == {"时间": "2022-04-11 09:30:12"}
    assert parse_metadata_line("发布时间：2019年5月6日 字體放大 字體縮小") == {"发布时间": "2019年5月6日"}
    assert parse_metadata_line("发布时间:2021-07-08 10:20:30 查看人数:125") == {"发布时间": "2021-07-08 10:20:30"}


def test_words_after_a_stamp_with_no_toolbar_after_them_stay() -> None:
    # A time and the words it goes on with are the field's (a meeting's time in a field row).
    assert parse_metadata_line("时间：2022年4月11日 上午 某某会议室") == {"时间": "2022年4月11日 上午 某某会议室"}
    assert parse_metadata_line("时间：2022-04-11 计划总结") == {"时间": "2022-04-11 计划总结"}


def test_question_marks_set_apart_after_a_value_are_lost_characters() -> None:
    assert parse_metadata_line("发布机构: 某县府办 ????") == {"发布机构": "某县府办"}
    # One ? glued to the value is a lost character of it and stays.
    assert parse_metadata_line("来源：某某日?") == {"来源": "某某日?"}


# -- a field left empty over the text's dateline or the page's link (session 29, metadata) -----------
def test_a_number_field_left_empty_does_not_take_the_dateline_under_it() -> None:
    from audiojiedu.ingest.page_fields import fits_label

    assert not fits_label("文号：", "2021年2月3日在某县第九届人民代表大会第一次会议上")
    assert fits_label("文号：", "某府发〔2021〕3号")
    assert fits_label("索引号：", "001122-33/2021-00045")
    assert fits_label("发文字号：", "某政发（2021）3号")


def test_a_dateline_under_an_empty_number_field_is_read() -> None:
    raw = read_text(
        "某县2021年政府工作报告\n索引号: 001122/2021-00045 发布机构: 县府办 发布时间: 2021-02-10 09:00\n\n文号:\n\n"
        "2021年2月3日在某县第九届人民代表大会第一次会议上\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。"
    )
    assert "文号" not in raw.metadata
    assert "2021年2月3日在某县第九届人民代表大会第一次会议上" in paragraph_texts(raw)


def test_a_links_words_are_no_fields_value() -> None:
    from audiojiedu.ingest.page_fields import fits_label, link_prompt

    assert link_prompt("点击查看政策解读") and link_prompt("點擊下載附件")
    assert not link_prompt("点击率统计办法")  # a name holding 点击 is no link's words
    assert not fits_label("原文链接：", "点击查看原文")
    raw = read_text(
        "某县2021年政府工作报告\n索引号: 001122/2021-00045 发布机构: 县府办 发布时间: 2021-02-10 09:00\n\n文号:\n\n"
        "政策解读链接:点击查看政策解读\n\n2021年2月3日在某县第九届人民代表大会第一次会议上\n\n各位代表：\n\n"
        "现在，我代表县人民政府向大会报告工作。"
    )
    assert raw.metadata == {"索引号": "001122/2021-00045", "发布机构": "县府办", "发布时间": "2021-02-10 09:00"}
    assert "点击查看政策解读" not in " ".join(paragraph_texts(raw))
    assert "2021年2月3日在某县第九届人民代表大会第一次会议上" in paragraph_texts(raw)


# -- a byline's label glued to a source's name, a name where the time should be (session 29) ----------
def test_a_byline_label_glued_to_an_organs_or_sites_name_is_a_field_of_its_own() -> None:
    assert parse_metadata_line("来源:某某官网作者:某某官网 日期:2024-10-02") == {"来源": "某某官网", "作者": "某某官网", "日期": "2024-10-02"}
    assert parse_metadata_line("来源:某县融媒体中心编辑:张三") == {"来源": "某县融媒体中心", "编辑": "张三"}
    # A name standing apart before it stays the source's, not the label's.
    assert parse_metadata_line("来源:某区新闻中心 某区政协办公室作者:张某") == {"来源": "某区新闻中心 某区政协办公室", "作者": "张某"}


def test_a_short_label_inside_a_word_stays_the_values() -> None:
    assert parse_metadata_line("作者：某某工作者：李四") == {"作者": "某某工作者：李四"}
    assert parse_metadata_line("来源：资金来源：财政") == {"来源": "资金来源：财政"}


def test_the_sites_tag_list_after_the_editor_is_no_part_of_the_value() -> None:
    assert parse_metadata_line("责任编辑:王某     标签:某地 教育 放假") == {"责任编辑": "王某"}
    assert parse_metadata_line("分类：食品 标签管理") == {"分类": "食品 标签管理"}


def test_a_name_where_the_time_should_be_is_no_time() -> None:
    assert parse_metadata_line("时间: 某某123 分享") == {}
    # A time said in words is a time.
    assert parse_metadata_line("时间：上午九时") == {"时间": "上午九时"}
    assert parse_metadata_line("时间：每周一至周五") == {"时间": "每周一至周五"}
    assert parse_metadata_line("时间：另行通知") == {"时间": "另行通知"}


def test_the_link_to_the_phone_layout_in_a_byline_row_is_no_field() -> None:
    row = parse_metadata_line("来源:某某范文网 | 时间:2021-08-28 08:55:37 | 移动端:某县上半年工作情况报告")
    assert row == {"来源": "某某范文网", "时间": "2021-08-28 08:55:37"}


def test_labels_glued_after_a_date_and_an_empty_field_are_set_apart() -> None:
    """时间:2022-10-27人气:作者:未知: the popularity counter's label glued to the date, left empty,
    the author's label glued to it: three fields, the date alone in 时间, nothing read."""
    body = "近期天气干燥，森林火险等级极高，为有效预防森林火灾，现将有关事项通告如下。"
    raw = read_text(f"时间:2022-10-27人气:作者:未知\n某县指挥部关于禁止违规野外用火的通告\n{body}\n")
    assert raw.metadata["时间"] == "2022-10-27"
    assert raw.metadata["作者"] == "未知"
    assert paragraph_texts(raw) == [body]


def test_a_bar_after_a_value_and_a_law_librarys_issuer_label_end_the_value() -> None:
    """发布时间：2021-09-17 丨 阅读次数：: the stroke set as a bar sets the fields apart, no part of the
    date; 发文字号：—— over 颁布部门：某省人民政府 (a law library's rows): the issuer is a field of its own."""
    row = parse_metadata_line("发布时间：2021-09-17 丨 阅读次数：")
    assert row is not None and row["发布时间"] == "2021-09-17"
    row = parse_metadata_line("发文字号：—— 颁布部门：某省人民政府")
    assert row is not None and row["颁布部门"] == "某省人民政府"
