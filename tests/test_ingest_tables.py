"""Tables read aloud row by row; above the bound, a spoken summary and the table shown."""

from __future__ import annotations

from audiojiedu.ingest.tables import (
    FULL_TABLE_NOTE,
    LARGE_TABLE_NOTE,
    MAX_SPOKEN_ROWS,
    caption_long_tables,
    row_sentences,
    table_paragraphs,
)
from audiojiedu.model import Paragraph, ShownTable


def test_statistics_row_becomes_a_sentence_with_units_from_the_header() -> None:
    rows = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "5"]]
    assert row_sentences(rows) == ["规章：本年制发件数0件，本年废止件数0件，现行有效件数5件。"]
    money = [["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "7545"]]
    assert row_sentences(money) == ["行政事业性收费：本年收费金额7545万元。"]


def test_a_unit_in_brackets_closing_a_column_name_follows_each_figure() -> None:
    rows = [["指标", "绝对数(亿元)", "比上年增长(%)", "备注（含子项）"], ["地区生产总值", "2167.67", "8.5", "12"]]
    assert row_sentences(rows) == ["地区生产总值：绝对数2167.67亿元，比上年增长8.5%，备注（含子项）12。"]


def test_a_row_number_column_is_said_first_as_a_list_number() -> None:
    rows = [["序号", "乡镇", "改厕任务（户）"], ["1", "城关镇", "500"], ["2", "东乡镇", "800"]]
    assert row_sentences(rows) == ["1、城关镇：改厕任务500户。", "2、东乡镇：改厕任务800户。"]
    # every cell is still said: the number, the label, the figure
    assert row_sentences([["序号", "事项"], ["1", "办理"]]) == ["1、办理。"]


def test_multi_row_header_with_merged_cells() -> None:
    # None marks a cell merged with the one on its left (pdfplumber, colspan, gridSpan).
    rows = [
        [None, "申请人情况", None, None],
        [None, "自然人", "法人或其他组织", "总计"],
        ["本年新收申请数量", "95", "0", "95"],
    ]
    # 申请人情况 spans every value column: it names the whole table, not each column.
    assert row_sentences(rows) == ["本年新收申请数量：自然人95，法人或其他组织0，总计95。"]


def test_group_header_said_once_and_vertical_merge_kept() -> None:
    # The national template (pdfplumber layout): 法人或其他组织 spans five columns, 总计
    # spans two header rows (None under it is the same cell, not the 其他 on its left).
    rows = [
        ["（本列数据的勾稽关系为：第一项加第二项之和）", None, "申请人情况", None, None, None],
        [None, None, "自然人", "法人或其他组织", None, "总计"],
        [None, None, None, "商业企业", "科研机构", None],
        ["一、本年新收政府信息公开申请数量", None, "80", "1", "0", "81"],
        ["二、上年结转政府信息公开申请数量", None, "0", "0", "0", "0"],
        ["三、结转下年度", None, "0", "0", "1", "1"],
    ]
    assert row_sentences(rows) == [
        "一、本年新收政府信息公开申请数量：自然人80，法人或其他组织商业企业1，科研机构0，总计81。",
        "二、上年结转政府信息公开申请数量：各项均为0。",
        "三、结转下年度：自然人0，法人或其他组织商业企业0，科研机构1，总计1。",
    ]


def test_rows_without_numbers_are_joined_cells() -> None:
    assert row_sentences([["项目", "说明"], ["公开方式", "主动公开"]]) == ["项目，说明。", "公开方式，主动公开。"]


def test_table_paragraphs_are_kind_table_and_empty_rows_vanish() -> None:
    paragraphs = table_paragraphs([["事项", "件数"], ["", ""], ["申请", "3"]])
    assert [(p.text, p.kind) for p in paragraphs] == [("申请：件数3件。", "table")]
    assert table_paragraphs([[None, ""], ["", None]]) == []


def test_long_table_is_summed_up_aloud_and_carried_whole_to_be_shown() -> None:
    rows = [["事项", "数量"]] + [[f"第{i}项", str(i)] for i in range(MAX_SPOKEN_ROWS + 1)]
    bounded = table_paragraphs(rows)
    # One spoken paragraph: size and columns, then where the full table is; no total row, none said.
    assert [p.text for p in bounded] == [f"{LARGE_TABLE_NOTE}，共{MAX_SPOKEN_ROWS + 1}行、2列；各列是数量。{FULL_TABLE_NOTE}"]
    assert bounded[0].kind == "table"
    assert bounded[0].shown == ShownTable(tuple(tuple(row) for row in rows), header_rows=1)
    assert len(table_paragraphs(rows[:-1])) == MAX_SPOKEN_ROWS  # at the bound: still read row by row
    assert all(p.shown is None for p in table_paragraphs(rows[:-1]))
    full = table_paragraphs(rows, max_rows=None)  # the option to read every row, however long
    assert len(full) == MAX_SPOKEN_ROWS + 1 and full[-1].text == f"第{MAX_SPOKEN_ROWS}项：数量{MAX_SPOKEN_ROWS}。"
    assert all(p.shown is None for p in full)


def test_long_table_summary_reads_its_total_rows_with_their_column_names() -> None:
    rows = [["事项", "自然人", "法人", "总计"]] + [[f"第{i}项", str(i), "0", str(i)] for i in range(1, 15)]
    rows.append(["（七）总计", "105", "0", "105"])
    (summary,) = table_paragraphs(rows)
    assert summary.text == (
        f"{LARGE_TABLE_NOTE}，共15行、4列；各列是自然人、法人、总计。"
        f"（七）总计：自然人105，法人0，总计105。{FULL_TABLE_NOTE}"
    )
    assert "详见文字稿" not in summary.text
    assert summary.shown is not None and summary.shown.rows[-1] == ("（七）总计", "105", "0", "105")


def test_long_table_with_many_cells_but_few_rows_is_summed_up() -> None:
    header = ["地区"] + [f"指标{k}" for k in range(1, 11)]
    rows = [header] + [[f"地区{i}"] + [str(i * k) for k in range(1, 11)] for i in range(1, 11)]
    (summary,) = table_paragraphs(rows)  # 10 rows, but 100 figures
    assert summary.text.startswith(f"{LARGE_TABLE_NOTE}，共10行、11列；") and summary.shown is not None


def test_long_table_without_figures_is_still_read_row_by_row() -> None:
    # A list of tasks and owners is content, not statistics: nothing to sum up, so it is read.
    rows = [["任务", "责任单位"]] + [[f"任务{'甲乙丙丁戊己庚辛壬癸子丑寅卯辰'[i]}", "市发展改革委"] for i in range(15)]
    paragraphs = table_paragraphs(rows)
    assert len(paragraphs) == 16 and all(p.shown is None for p in paragraphs)
    # A running 序号 in the first column is no figure either, nor is one number among words (a
    # job list with a 招考人数 column is read); a table whose cells are mostly figures is summed up.
    numbered = [["序号", *rows[0]]] + [[str(i), *row] for i, row in enumerate(rows[1:], 1)]
    assert all(p.shown is None for p in table_paragraphs(numbered))
    numbered[8][2] = "12"
    assert all(p.shown is None for p in table_paragraphs(numbered))
    figures = [["序号", "任务", "投资（万元）", "进度（%）"]] + [[str(i), f"任务{i}", str(100 * i), "50"] for i in range(1, 16)]
    assert [p.shown is not None for p in table_paragraphs(figures)] == [True]


def test_shown_cells_keep_every_character_and_keep_figures_apart() -> None:
    rows = [[None, "法人或\n其他组织", None], ["申请", "1 234", "5"]] + [[f"第{i}项", "1", "2"] for i in range(20)]
    (summary,) = table_paragraphs(rows)
    assert summary.shown is not None
    # A wrap inside Chinese text is undone; a space between two figures is not (never one number).
    assert summary.shown.rows[:2] == (("", "法人或其他组织", ""), ("申请", "1 234", "5"))


def _long_table(*, max_rows: int | None = MAX_SPOKEN_ROWS) -> list[Paragraph]:
    rows = [["产品", "产量（单位：吨）"]] + [[f"产品{i}", str(i)] for i in range(1, 15)] + [["合计", "105"]]
    return table_paragraphs(rows, max_rows=max_rows)


def test_caption_line_before_a_long_table_becomes_its_title() -> None:
    for caption in ("表1 2023年主要工业产品产量", "附表2：2023年主要工业产品产量", "2023年主要工业产品产量统计表"):
        before = [Paragraph("正文一段。"), Paragraph(caption), *_long_table(), Paragraph("下一段。")]
        after = caption_long_tables(before)
        assert after[0].text == "正文一段。" and after[-1].text == "下一段。"
        assert len(after) == 3  # the caption line moved into the table
        summary = after[1]
        assert summary.text.startswith(f"{LARGE_TABLE_NOTE}：{caption}，共15行、2列；各列是产量（单位：吨）。")
        assert summary.text.endswith(f"合计：产量105吨。{FULL_TABLE_NOTE}")
        assert summary.shown is not None and summary.shown.caption == caption


def test_caption_with_a_unit_line_and_lines_that_are_no_caption() -> None:
    after = caption_long_tables([Paragraph("表3 分行业产值"), Paragraph("单位：万元"), *_long_table()])
    assert len(after) == 1 and after[0].shown is not None and after[0].shown.caption == "表3 分行业产值 单位：万元"
    # A unit line alone stays a spoken line; nothing is invented as a title.
    after = caption_long_tables([Paragraph("单位：万元"), *_long_table()])
    assert after[0].text == "单位：万元" and after[1].shown is not None and after[1].shown.caption == ""
    for line in (
        Paragraph("具体情况详见下表"),  # a pointer, not a title
        Paragraph("一、主要产品产量情况表"),  # numbered: a heading of the outline
        Paragraph("主要产品产量统计表", heading_level=2),  # a heading the format declares
        Paragraph("全年主要产品产量如下表所示，其中饮料酒增长较快，成品糖产量下降较多，请见下表。"),
        Paragraph("表1 " + "很长的标题" * 12),  # too long for a caption
    ):
        after = caption_long_tables([line, *_long_table()])
        assert after[0] == line and after[1].shown is not None and after[1].shown.caption == ""
    # Only a long table takes a caption; a short one is read row by row after its title line.
    short = table_paragraphs([["产品", "产量"], ["饮料酒", "5"]])
    assert caption_long_tables([Paragraph("表1 产量"), *short]) == (Paragraph("表1 产量"), *short)


def test_long_table_summary_names_every_column_when_the_label_column_has_no_header() -> None:
    rows = [["", "自然人", "法人", "总计"]] + [[f"第{i}项", str(i), "0", str(i)] for i in range(1, 15)]
    first = table_paragraphs(rows)[0].text
    assert first.startswith(f"{LARGE_TABLE_NOTE}，共14行、4列；各列是自然人、法人、总计。")
