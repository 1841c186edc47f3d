"""A page's field table in its odd shapes: fields glued on one line (a validity field after the
organ), labels in brackets in a bar table, a table without colons, a label over its empty cell
at the table's foot; and text that only looks like fields stays text. Every example is made
up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

BODY = "为保障活动顺利进行，决定对部分路段实行临时交通管制。"


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


# -- a field table without colons ------------------------------------------------------------------
REPORT = "2024年度某县卫生健康局（本级）部门决算"


def test_a_field_table_without_colons_is_fields() -> None:
    rows = "索引号 620000001/2025-00011 发文字号\n关键词 发布机构 某县卫健局\n公开形式 主动公开 责任部门 某县卫生健康局"
    raw = read_text(f"{REPORT}\n\n{rows}\n\n第一部分 部门概况\n{BODY}")
    assert raw.metadata == {"索引号": "620000001/2025-00011", "发布机构": "某县卫健局", "公开形式": "主动公开", "责任部门": "某县卫生健康局"}
    assert not any("索引号" in text for text in paragraph_texts(raw))


def test_a_wrapped_sentence_that_starts_with_a_label_word_still_joins() -> None:
    from audiojiedu.ingest.wrap import join_wrapped_lines

    # A sentence's line opening with a label's word (来源) and naming another (发布机构) is text.
    lines = ["来源于各乡镇的数据显示，今年以来全县各发布机构共发布政府信息一千二百余条，较上年同期增长百分之十二点五，", "其中主动公开的占九成以上。"]
    joined, _ = join_wrapped_lines(lines)
    assert len(joined) == 1


# -- an empty label in a bar table ------------------------------------------------------------------
def test_a_label_over_its_empty_cell_at_the_tables_foot_is_not_spoken() -> None:
    table = "索引号 | xq0001/2021-0001 | 公开目录: | 县政府办文件 |\n文号 | 某政办发〔2021〕8号 | 成文日期: | 2021年09月28日 |\n政策解读: |\n|"
    raw = read_text(f"{HEADED}\n{table}\n{TEXT}")
    assert raw.metadata["文号"] == "某政办发〔2021〕8号"
    assert paragraph_texts(raw)[0] == TEXT
    # The text's salutation under the table has no cell after it and stays.
    salutation = "各乡镇人民政府："
    raw = read_text(f"{HEADED}\n{table.replace('政策解读: |', salutation)}\n现将方案印发给你们，请认真贯彻执行。")
    assert paragraph_texts(raw)[0].startswith(salutation)


# -- a bar table whose label cell was left empty beside a cell holding a field of its own ---------------
def test_an_empty_label_cell_does_not_take_the_next_cells_field_as_its_value() -> None:
    from audiojiedu.ingest.page_fields import parse_metadata_line

    assert parse_metadata_line("发文字号: | 发文时间:2024-03-05 |") == {"发文时间": "2024-03-05"}
    assert parse_metadata_line("主题分类： | 发布日期：2024-03-05 |") == {"发布日期": "2024-03-05"}
    assert parse_metadata_line("文 号: | 所属主题: | 财务公开 |") == {"所属主题": "财务公开"}
    assert parse_metadata_line("公开类别 | 主动公开 | 发布时间 | 2024-03-05 |") == {"公开类别": "主动公开", "发布时间": "2024-03-05"}


def test_a_tables_row_with_a_colon_inside_a_cell_stays_no_field_row() -> None:
    from audiojiedu.ingest.page_fields import parse_metadata_line

    assert parse_metadata_line("| 项目 | 说明：见附件 |") is None
    assert parse_metadata_line("| 名称 | 金额 |") is None


def test_a_regulations_maker_under_its_title_is_a_field() -> None:
    raw = read_text(f"某市养犬管理办法\n制定机关：某市人民政府\n第一条 为加强养犬管理，制定本办法。\n第二条 {BODY}\n")
    assert raw.metadata.get("制定机关") == "某市人民政府"
    assert paragraph_texts(raw)[0].startswith("第一条")


def test_a_file_title_field_declares_the_title() -> None:
    """文件标题： in a policy page's field rows declares the title, like 标题：; the document number
    printed under the title line is metadata, never the title's second line."""
    title = "县人民政府关于印发《某某县人民政府工作规则》的通知"
    raw = read_text(
        "当前位置：首页 > 法规公文 > 政府文件\n索引号： 011282752 / 2017-00101 主题分类：\n"
        f"发布机构： 某某县人民政府 发文日期： 2017-01-28\n文件标题： {title}\n文 号： 某政发〔2017〕1号 主题词：\n\n"
        f"某某县人民政府\n\n{title}\n\n某政发〔2017〕1号\n\n各乡镇人民政府，县政府各部门：\n现将《某某县人民政府工作规则》印发给你们，请认真贯彻执行。\n"
    )
    assert raw.title == title
    assert raw.metadata["文件标题"] == title


def test_a_bar_tables_empty_fields_and_an_amendment_field_are_not_spoken() -> None:
    """| 废止日期： | 是否修改： | 否 | |: an empty field, then a field whose value is 否; | 内容概览： | | |:
    an unlisted label written with its colon and nothing after it in the row: an empty field."""
    lines = [
        "| 索 引 号: | 012947031/2026-12388 | 信息分类: | 综合政务 / 通知 |",
        "| 废止日期: | 是否修改: | 否 | |",
        "| 信息名称: | 市政府关于印发某某方案的通知 | ||",
        "| 内容概览: | |||",
        "市政府关于印发某某方案的通知",
        "各区人民政府，市府各委办局：",
        "现将《某某方案》印发给你们，请认真贯彻执行。",
    ]
    raw = read_text("\n".join(lines))
    assert raw.metadata["是否修改"] == "否"
    assert paragraph_texts(raw) == lines[5:]
    # a table's row whose first cell ends with a colon but has a value after it is no empty field
    assert "合计：" in "\n".join(paragraph_texts(read_text("\n".join([*lines[4:], "| 合计: | 100 | 200 |"]))))


def test_a_download_row_of_a_pipe_field_table_is_not_read() -> None:
    """名称 | 某通知 | || / 文号 | 某政办函〔2021〕21号 | 关键词 | | / 文件下载 | 某通知 | || / 时效 |: the
    row linking the file is the site's, not read; the fields are kept."""
    title = "市政府办公室关于印发某市政府信息公开审查等制度配套图表及文书的通知"
    raw = read_text(
        f"名称 | {title} | ||\n文号 | 某政办函〔2021〕21号 | 关键词 | |\n文件下载 | {title} | ||\n时效 |\n{title}\n"
        "各县、区人民政府：\n现将有关图表及文书印发给你们，请遵照执行。\n"
    )
    assert raw.title == title and raw.metadata["文号"] == "某政办函〔2021〕21号"
    assert not any("文件下载" in text for text in paragraph_texts(raw))


def test_a_headline_masked_at_its_start_keeps_every_asterisk() -> None:
    """****准予水行政许可决定书: a copy that masked the organ's name; the asterisks are the name, no
    bullet, and none is dropped from the title (a lone * before a label is a bullet: *正文:)."""
    raw = read_text("****准予水行政许可决定书\n****服务中心：\n本机关决定准予取水许可。\n")
    assert raw.title == "****准予水行政许可决定书"
