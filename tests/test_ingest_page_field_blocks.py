"""Field blocks and site chrome of unseen pages (issue 17, session 26): a law database's record
whose labels are glued to their values, one field a line; a numbered list of bracketed labels
under a trail of column names; a record's labels a site writes in 【】. Every example is made up,
in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_fields import glued_field
from audiojiedu.model import RawDocument

TITLE = "关于进一步加强农村公路养护管理的实施意见"
BODY = "为进一步加强农村公路养护管理，结合本省实际，制定本实施意见。"


def _spoken(raw: RawDocument) -> str:
    return "\n".join([raw.title, *paragraph_texts(raw)])


# -- a law database's record: label glued to value, one field a line ------------------------------
def test_a_glued_label_is_read_off_its_value() -> None:
    assert glued_field("发文日期2022年3月4日") == ("发文日期", "2022年3月4日")
    assert glued_field("时效性尚未生效") == ("时效性", "尚未生效")
    assert glued_field("施行日期自公布之日起施行。") is None  # a sentence
    assert glued_field("发文字号：某发〔2022〕3号") is None  # a colon: parse_metadata_line reads it
    assert glued_field("来源某某") is None  # a two-character label may open any word


def test_a_run_of_glued_field_rows_is_metadata_not_the_title() -> None:
    text = "\n".join(
        [
            "发文机关某某省水利厅",
            "发文日期2022年3月4日",
            "时效性现行有效",
            "发文字号某水发〔2022〕12号",
            "效力级别地方规范性文件",
            "各市水利局：",
            "现将《关于进一步加强农村公路养护管理的实施意见》印发给你们，请认真贯彻执行。",
            "某某省水利厅",
            "2022年3月4日",
            TITLE,
            BODY,
        ]
    )
    raw = read_text(text)
    assert raw.title == TITLE
    assert raw.metadata == {
        "发文机关": "某某省水利厅",
        "发文日期": "2022年3月4日",
        "时效性": "现行有效",
        "发文字号": "某水发〔2022〕12号",
        "效力级别": "地方规范性文件",
    }
    assert "效力级别" not in _spoken(raw)
    assert any(finding.kind == "field-guessed" for finding in raw.findings)


def test_body_lines_opening_with_a_label_word_are_kept() -> None:
    # Two lines of the text that open with a label's word, no sentence mark: not a field block.
    text = "\n".join([TITLE, "实施日期和有效期", "发布日期前已受理的申请", BODY])
    raw = read_text(text)
    assert raw.title == TITLE
    assert "实施日期和有效期" in _spoken(raw)
    assert "发布日期前已受理的申请" in _spoken(raw)
    assert "实施日期" not in raw.metadata


# -- a numbered list of bracketed labels under a trail of column names ----------------------------
def test_a_numbered_list_of_bracketed_labels_is_metadata() -> None:
    text = "\n".join(
        [
            "政务公开 > 政策文件 > 规章 > 修改",
            "  1. [主题分类] 城乡建设/其他",
            "  2. [发文机构] 某某市人民政府",
            "  3. [联合发文单位]",
            "  4. [成文日期] 2019-05-06",
            "  5. [废止日期]",
            "  6. [文件来源] 政府公报 2019年 第9期",
            "某某市人民政府关于修改《某某市道路停车管理办法》等5项规章的决定",
            "某某市人民政府令",
            "第31号",
            "《某某市人民政府关于修改〈某某市道路停车管理办法〉等5项规章的决定》已经市人民政府常务会议审议通过，现予公布。",
            "市长 某某某",
            "2019年5月6日",
            "某某市人民政府关于修改《某某市道路停车管理办法》等5项规章的决定",
            "一、将第三条修改为：“本办法适用于本市行政区域内道路停车的管理。”",
        ]
    )
    raw = read_text(text)
    assert raw.title == "某某市人民政府关于修改《某某市道路停车管理办法》等5项规章的决定"
    assert raw.metadata == {
        "主题分类": "城乡建设/其他",
        "发文机构": "某某市人民政府",
        "成文日期": "2019-05-06",
        "文件来源": "政府公报 2019年 第9期",
    }
    spoken = _spoken(raw)
    assert "联合发文单位" not in spoken
    assert "政务公开 >" not in spoken
    # The order promulgating the document is the document's, not the site's furniture.
    assert "现予公布" in spoken
    assert "市长 某某某" in spoken
    # The trail is reported, not dropped silently.
    assert any("政务公开 >" in finding.text for finding in raw.findings)


def test_a_numbered_list_item_of_the_text_is_not_a_field() -> None:
    raw = read_text("\n".join([TITLE, BODY, "1. 来源于财政预算的资金，按规定管理。", "2. [附件] 申报表"]))
    assert "来源于财政预算的资金，按规定管理。" in _spoken(raw)
    assert "来源" not in raw.metadata


# -- a link's label alone on its line --------------------------------------------------------------
def test_a_link_label_alone_on_its_line_is_chrome() -> None:
    raw = read_text("\n".join([TITLE, "发布日期：2024-01-16", "点击阅读原文", BODY, "【点击下载附件】"]))
    spoken = _spoken(raw)
    assert "点击阅读原文" not in spoken
    assert "点击下载附件" not in spoken
    assert BODY in spoken


def test_a_sentence_telling_to_click_is_text() -> None:
    line = "点击查看办事指南后，按要求准备材料。"
    raw = read_text("\n".join([TITLE, BODY, line, "群众可点击查看办事指南"]))
    assert line in _spoken(raw)
    assert "群众可点击查看办事指南" in _spoken(raw)


# -- a law mirror's record: labels in 【】, empty fields marked with dashes -------------------------
def test_a_bracketed_label_alone_keeps_its_dashes_as_its_value() -> None:
    from audiojiedu.ingest.page_fields import parse_metadata_line

    assert parse_metadata_line("【失效日期】-----------") == {"失效日期": "-----------"}
    assert parse_metadata_line("【所属类别】地方法规") == {"所属类别": "地方法规"}
    # A row in brackets with the site's toolbar in a bracket after it: the toolbar is no value.
    assert parse_metadata_line("【来源：某某网 发布日期：2018-01-03】 【打印】") == {"来源": "某某网", "发布日期": "2018-01-03"}


def test_an_unlisted_label_ending_in_a_listed_one_is_read_whole() -> None:
    from audiojiedu.ingest.page_fields import parse_metadata_line

    row = parse_metadata_line("发文字号: 某某市人民政府令第12号 规范性文件统一编号: -")
    assert row == {"发文字号": "某某市人民政府令第12号", "规范性文件统一编号": "-"}
    # A source's name standing apart before a glued label is the source's, not the label's.
    row = parse_metadata_line("来源：某某市 规划和资源局发布日期：2020-03-02")
    assert row == {"来源": "某某市 规划和资源局", "发布日期": "2020-03-02"}
