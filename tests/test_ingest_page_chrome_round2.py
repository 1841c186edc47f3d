"""Page fields and chrome, round 2 of session 26: credits under a notice's signature, a footer's
links beside a download label, fields glued on one line, bracketed keys in a bar table, a
document-sharing site's field lists. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

TITLE = "某县公安局交通管理大队关于某活动期间实行交通管制的通告"
BODY = "为保障活动顺利进行，决定对部分路段实行临时交通管制。"
SIGNED = f"{BODY}\n特此通告\n某县公安局交通管理大队\n2024年5月6日"


# -- credits and footer links under the signature --------------------------------------------------
def test_labelled_credits_under_the_signature_are_fields() -> None:
    raw = read_text(f"{TITLE}\n\n{SIGNED}\n来源:某县公安交警\n责编:张 某\n审核:李某某\n监制:王某\n请输入验证码")
    assert paragraph_texts(raw)[-1] == "2024年5月6日"
    assert raw.metadata == {"来源": "某县公安交警", "责编": "张 某", "审核": "李某某", "监制": "王某"}


def test_credits_without_labels_stay_a_dropped_footer() -> None:
    raw = read_text(f"{TITLE}\n\n{SIGNED}\n·READ·??编辑\n小某???来源")
    assert paragraph_texts(raw)[-1] == "2024年5月6日"
    assert raw.metadata == {}
    assert any(f.kind == "chrome-dropped" and "编辑" in f.text for f in raw.findings)


def test_a_download_label_among_short_footer_lines_opens_the_footer() -> None:
    raw = read_text(f"{TITLE}\n\n{SIGNED}\n（此件主动公开）\n\n来源:某区人民政府办公室\n附件下载\n\n扫一扫在手机上查看当前页面\n\n规范性文件\n相关链接")
    assert paragraph_texts(raw)[-1] == "（此件主动公开）"
    assert raw.metadata == {"来源": "某区人民政府办公室"}
    assert any(f.kind == "chrome-dropped" and "规范性文件" in f.text for f in raw.findings)


def test_a_short_closing_line_of_the_text_is_no_footer() -> None:
    # One chrome line alone under the text: a short line of the document above it stays.
    raw = read_text(f"{TITLE}\n\n{BODY}\n特此通告\n附件：报名表\n扫一扫在手机上查看当前页面")
    assert paragraph_texts(raw)[-1] == "附件：报名表"


# -- fields glued on one line ----------------------------------------------------------------------
HEADED = "关于印发某市某某工作实施方案的通知"
TEXT = "各县区人民政府，市政府各部门：现将方案印发给你们，请认真贯彻执行。"


def test_a_validity_field_glued_to_the_organ_before_it_is_a_field() -> None:
    raw = read_text(f"索 引 号 :012345678/2022-00011发文字号 :某政办〔2022〕3号\n\n发布机构 :某省人民政府办公厅公文时效 :有效\n\n{HEADED}\n\n{TEXT}")
    assert raw.metadata["发布机构"] == "某省人民政府办公厅"
    assert raw.metadata["公文时效"] == "有效"
    assert raw.title == HEADED


def test_the_validity_words_in_a_sentence_stay() -> None:
    sentence = "各单位要注意公文时效：逾期未办结的，要说明理由。"
    raw = read_text(f"{HEADED}\n\n{TEXT}\n{sentence}")
    assert paragraph_texts(raw)[-1] == sentence


# -- a field table written with bars, its labels in brackets ----------------------------------------
def test_bracketed_labels_in_a_bar_table_are_labels() -> None:
    head = "| [ 索引号 ] | 11500000123456789X/2024-00012 | [ 发文字号 ] | |\n| [ 主题分类 ] | 财政 | [ 体裁分类 ] | 财政预算、决算 |\n| [ 发布机构 ] | 某区某街道 | ||"
    raw = read_text(f"{head}\n某区某街道办事处2023年度决算公开说明\n一、单位基本情况\n{BODY}")
    assert raw.metadata == {"索引号": "11500000123456789X/2024-00012", "主题分类": "财政", "体裁分类": "财政预算、决算", "发布机构": "某区某街道"}
    assert raw.title == "某区某街道办事处2023年度决算公开说明"
    assert not any("索引号" in text for text in paragraph_texts(raw))


def test_a_bar_table_with_bracketed_words_that_are_no_labels_stays_a_table() -> None:
    from audiojiedu.ingest.page_fields import parse_metadata_line

    assert parse_metadata_line("| [ 项目 ] | 金额 | [ 备 ] | 说明 |") is None
