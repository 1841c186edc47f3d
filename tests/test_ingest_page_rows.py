"""Page field rows and chrome on unseen pages, second set (issue 17, dev4): labels glued to
their values or to the previous value, spaced colons, a publication stamp glued to a value,
empty fields, bar tables that dropped their empty cells, counts beside buttons, a column menu
over the field table. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_chrome import is_chrome_line
from audiojiedu.ingest.page_fields import parse_metadata_line
from audiojiedu.ingest.wrap import join_wrapped_lines
from audiojiedu.model import RawDocument

TITLE = "某县人民政府关于做好秋季森林防火工作的通知"
BODY = "现将有关事项通知如下，请各单位结合实际认真贯彻执行。"


def _texts(raw: RawDocument) -> list[str]:
    return [p.text for p in raw.paragraphs]


def _spoken(raw: RawDocument) -> str:
    return "\n".join([raw.title, *_texts(raw)])


# -- labels -----------------------------------------------------------------------------------
def test_workflow_review_and_sign_off_fields_are_metadata() -> None:
    raw = read_text(f"某县统计局2021年部门决算\n保密审查情况:已审查\n部门主要负责人审签情况:已审签\n{BODY}\n")
    assert raw.metadata == {"保密审查情况": "已审查", "部门主要负责人审签情况": "已审签"}
    assert "审签" not in _spoken(raw)


def test_a_label_with_a_space_before_its_colon_is_a_label() -> None:
    assert parse_metadata_line("时效性 :现行有效") == {"时效性": "现行有效"}
    row = parse_metadata_line("来源 :某州林业局 访问次数 : 发布时间 :2024-05-06")
    assert row == {"来源": "某州林业局", "发布时间": "2024-05-06"}


def test_a_numbers_label_may_be_glued_to_the_number() -> None:
    assert parse_metadata_line("监督索引号53123400112233000") == {"监督索引号": "53123400112233000"}
    assert parse_metadata_line("索引号MB1234567/2022-00018") == {"索引号": "MB1234567/2022-00018"}
    assert parse_metadata_line("索引号说明") is None  # a word after the label: no field


def test_a_label_glued_to_the_previous_value_starts_a_field() -> None:
    row = parse_metadata_line("来源:某区人民政府发布日期:2021-04-05 00:00")
    assert row == {"来源": "某区人民政府", "发布日期": "2021-04-05 00:00"}
    # a short label inside a value may be part of a word: 信息来源 is read whole
    assert parse_metadata_line("作者：某某 信息来源：某县融媒体中心") == {"作者": "某某", "信息来源": "某县融媒体中心"}


def test_a_stamp_glued_to_a_value_is_the_publication_time() -> None:
    row = parse_metadata_line("来源:某某生态环境2023/05/06 09:10:1133")
    # 1133: the seconds (11) and the site's count glued on; two numbers, never one
    assert row == {"来源": "某某生态环境", "发布时间": "2023/05/06 09:10:11"}
    assert parse_metadata_line("时间：2023-05-06 09:10") == {"时间": "2023-05-06 09:10"}


def test_new_labels_of_the_dev4_pages() -> None:
    assert parse_metadata_line("索引号 113708/2022-00012 成文时间 2022-03-01") == {
        "索引号": "113708/2022-00012",
        "成文时间": "2022-03-01",
    }
    assert parse_metadata_line("公文目录:应急管理 发文日期:2016年05月20日") == {"公文目录": "应急管理", "发文日期": "2016年05月20日"}
    assert parse_metadata_line("信息发布者:某某某") == {"信息发布者": "某某某"}


# -- empty fields and counters ----------------------------------------------------------------
def test_an_empty_field_followed_by_another_label_is_no_field() -> None:
    assert parse_metadata_line("文号: 关键字:") == {}
    assert parse_metadata_line("发文日期:2016年05月20日 主题词: 文  号: 成文日期:") == {"发文日期": "2016年05月20日"}


def test_a_counter_with_empty_brackets_is_the_sites() -> None:
    row = parse_metadata_line("来源:某县人民政府办公室    作者:某某    时间:2024-04-01 09:55  点击:[]")
    assert row == {"来源": "某县人民政府办公室", "作者": "某某", "时间": "2024-04-01 09:55"}
    assert is_chrome_line("点击：[]")
    assert is_chrome_line("浏览次数：【35】")


def test_a_bar_table_that_dropped_its_empty_cells_keeps_its_fields() -> None:
    assert parse_metadata_line("成文日期: | 发布日期: | 2022-05-06 | |") == {"发布日期": "2022-05-06"}
    assert parse_metadata_line("废止日期: |") == {}
    assert parse_metadata_line("成文日期: | 发布日期: |") == {}
    assert parse_metadata_line("| 项目 | 名称 |") is None  # labels without colons side by side: a header
    assert parse_metadata_line("| 名称 | 单位 | 金额 |") is None


def test_field_rows_with_empty_cells_are_not_read() -> None:
    page = (
        "索引号: | 11341800MB0000001C/202211-00012 | 组配分类: | 规划计划 |\n"
        "名称: | 某县卫健委2022年工作总结 | 文号: | |\n"
        "成文日期: | 发布日期: | 2022-11-07 | |\n"
        "废止日期: |\n"
        f"{BODY}\n"
    )
    raw = read_text(page)
    assert raw.metadata["发布日期"] == "2022-11-07"
    assert "废止日期" not in _spoken(raw)
    assert "成文日期" not in _spoken(raw)


# -- rows under the headline ------------------------------------------------------------------
def test_a_labelled_date_under_the_title_is_a_field_not_a_byline() -> None:
    raw = read_text(f"{TITLE}\n发布日期: 2022-03-10 00:00\n浏览次数:\n{BODY}\n")
    assert raw.metadata == {"发布日期": "2022-03-10 00:00"}
    raw = read_text(f"{TITLE}\n发布日期: 2023-01-28 11:54 浏览次数:\n{BODY}\n")
    assert raw.metadata == {"发布日期": "2023-01-28 11:54"}


def test_a_stamp_before_a_source_with_a_repost_tag() -> None:
    raw = read_text(f"{TITLE}\n信息发布者:某某某\n2018-01-29 08:48:53    来源:今日某县   转载\n{BODY}\n")
    assert raw.metadata == {"信息发布者": "某某某", "发布时间": "2018-01-29 08:48:53", "来源": "今日某县"}
    assert "转载" not in _spoken(raw)


def test_a_bare_count_under_the_field_row_is_the_sites_counter() -> None:
    raw = read_text(f"当前位置: 首页 > 征求意见 > 正文\n{TITLE}\n 发布时间:2017-11-12 17:25:15      字体大小:[大][中][小]\n4874268\n{BODY}\n")
    assert raw.metadata == {"发布时间": "2017-11-12 17:25:15"}
    assert _texts(raw) == [BODY]
    assert "chrome-dropped" in [finding.kind for finding in raw.findings]


def test_a_number_in_the_text_stays() -> None:
    raw = read_text(f"{TITLE}\n{BODY}\n4874268\n{BODY}\n")
    assert "4874268" in _texts(raw)


# -- chrome -----------------------------------------------------------------------------------
def test_tabs_buttons_and_report_links_are_chrome() -> None:
    for line in ("详情", "导读", "• 提交", "购物车", "打赏捐赠", "!我要举报这篇文章", "某某县人民政府 www.example.gov.cn"):
        assert is_chrome_line(line), line


def test_their_words_in_the_text_are_not_chrome() -> None:
    for line in ("详情见附件。", "请于5月1日前提交申报材料", "某某县人民政府网站（www.example.gov.cn）", "转载请注明出处"):
        assert not is_chrome_line(line), line


def test_counts_beside_buttons_and_a_member_sites_note_are_not_read() -> None:
    head = "关闭\n举报\n  • 提交\n    首页 > 通知公告 > 正文\n    购物车\n    0\n"
    tail = "\n    打赏捐赠\n    0\n    !我要举报这篇文章\n    声明 本文由某某网注册会员上传并发布，某某网仅提供信息发布平台。文章仅"
    raw = read_text(f"{head}    {TITLE}\n{BODY}\n    某县人民政府\n    2018年1月16日{tail}\n")
    assert raw.title == TITLE
    assert _texts(raw) == [BODY, "某县人民政府", "2018年1月16日"]


def test_a_lead_in_label_goes_and_its_lead_in_is_read() -> None:
    lead = "近日，某省某厅召开新闻发布会，通报上月全省环境质量情况。"
    raw = read_text(f"详情\n\n{TITLE}\n\n来源:某某发布\n导读\n{lead}\n{BODY}\n")
    assert raw.title == TITLE
    assert _texts(raw) == [lead, BODY]


def test_a_column_menu_over_a_field_table_that_names_the_document_is_not_read() -> None:
    page = (
        "长者模式\n无障碍浏览\n某某县人民政府 www.example.gov.cn\n政府信息公开\n政府信息公开指南\n政府信息公开制度\n"
        f"索引号: 015125000-202210-100001 主题分类: 政策解读\n名 称: {TITLE}\n文号: 关键字:\n{TITLE}\n{BODY}\n"
    )
    raw = read_text(page)
    assert raw.title == TITLE
    assert _texts(raw) == [BODY]
    assert "政府信息公开" not in _spoken(raw)
    assert "chrome-dropped" in [finding.kind for finding in raw.findings]


def test_short_lines_over_fields_that_do_not_name_the_document_stay() -> None:
    raw = read_text(f"工作要点\n2022年\n发布时间:2022-02-01 来源:某县政府办\n{BODY}\n")
    assert "工作要点" in _spoken(raw)


# -- hard wraps -------------------------------------------------------------------------------
def test_a_trail_a_title_and_spaced_field_rows_do_not_run_on_in_wrapped_text() -> None:
    wrapped = ["这是按固定宽度换行的段落里的一行文字，每行都断在句子中间"] * 6
    head = [
        "当前位置: 某州人民政府>>某州林业局窗口>>信息公开>>财政预决算>>",
        "某州林业局2023年部门决算公开说明与绩效评价报告全文",
        "来源 :某州林业局 访问次数 : 发布时间 :2024-09-18",
        "监督索引号53123400112233000",
    ]
    lines, _ = join_wrapped_lines([*head, *wrapped])
    assert lines[:4] == head
