"""Tables copied into text one cell per line (ingest/line_tables.py). All tables here are made up."""

from __future__ import annotations

from audiojiedu.ingest import read_text
from audiojiedu.ingest.line_tables import LINE_TABLE, recover_line_tables
from audiojiedu.ingest.tables import LARGE_TABLE_NOTE, table_paragraphs
from audiojiedu.model import Paragraph
from audiojiedu.outline import parse_outline

OUTPUT = [
    "2023年全县主要农产品产量",
    "品    种",
    "产量(万吨)",
    "比上年增长(%)",
    "粮食",
    "41.26",
    "2.3",
    "其中：稻谷",
    "18.07",
    "-1.4",
    "油料",
    "3.95",
    "12.0",
    "蔬菜",
    "66.80",
    "—",
]


def _recover(lines: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    paragraphs, findings = recover_line_tables([Paragraph(line) for line in lines])
    return [(p.text, p.kind) for p in paragraphs], [f.text for f in findings if f.kind == LINE_TABLE]


def _unchanged(lines: list[str]) -> None:
    got, findings = _recover(lines)
    assert got == [(line, "text") for line in lines]
    assert findings == []


def test_a_table_one_cell_a_line_is_read_row_by_row_with_its_column_names() -> None:
    got, findings = _recover(["全县农业生产保持稳定。", *OUTPUT, "全年农业总产值增长3.1%。"])
    assert got == [
        ("全县农业生产保持稳定。", "text"),
        ("2023年全县主要农产品产量", "text"),  # the caption, said before the rows
        ("粮食：产量41.26万吨，比上年增长2.3%。", "table"),
        ("其中：稻谷：产量18.07万吨，比上年增长-1.4%。", "table"),
        ("油料：产量3.95万吨，比上年增长12.0%。", "table"),
        ("蔬菜：产量66.80万吨。", "table"),  # a dash is an empty cell: nothing said for it
        ("全年农业总产值增长3.1%。", "text"),
    ]
    assert findings == ["2023年全县主要农产品产量"]


def test_rows_written_on_one_line_under_a_header_one_cell_a_line() -> None:
    lines = ["指标", "本年", "上年", "增减(%)", "户籍人口 52.3 52.8 -0.9", "出生人口\t0.41\t0.45\t-8.9", "迁入人口 0.62 0.58 6.9"]
    got, findings = _recover(lines)
    assert got == [
        ("户籍人口：本年52.3，上年52.8，增减-0.9%。", "table"),
        ("出生人口：本年0.41，上年0.45，增减-8.9%。", "table"),
        ("迁入人口：本年0.62，上年0.58，增减6.9%。", "table"),
    ]
    assert findings == ["户籍人口"]  # no caption: the first row locates the table


def test_a_row_that_breaks_the_period_ends_the_table_and_stays_text() -> None:
    lines = [*OUTPUT[1:], "水果", "9.1", "油茶", "1.2", "4.4"]
    got, _ = _recover(lines)
    assert got[:4] == [
        ("粮食：产量41.26万吨，比上年增长2.3%。", "table"),
        ("其中：稻谷：产量18.07万吨，比上年增长-1.4%。", "table"),
        ("油料：产量3.95万吨，比上年增长12.0%。", "table"),
        ("蔬菜：产量66.80万吨。", "table"),
    ]
    # 水果 has one figure where the table has two: from there on, every line is read as written.
    assert got[4:] == [(line, "text") for line in ["水果", "9.1", "油茶", "1.2", "4.4"]]


def test_a_figure_run_longer_than_the_width_is_no_row() -> None:
    lines = [*OUTPUT[1:13], "蔬菜", "66.80", "4.1", "3.2"]
    got, _ = _recover(lines)
    assert [text for text, kind in got if kind == "table"][-1].startswith("油料")
    assert got[-4:] == [("蔬菜", "text"), ("66.80", "text"), ("4.1", "text"), ("3.2", "text")]


def test_every_cell_is_said_and_none_is_added() -> None:
    got, _ = _recover(OUTPUT)
    said = "".join(text for text, _ in got)
    for cell in OUTPUT:
        if cell not in ("—", "品    种"):  # the label column's name is said through its labels
            assert cell.replace("(万吨)", "").replace("(%)", "") in said or cell in said


def test_short_lists_that_are_no_table_stay_as_they_are() -> None:
    # A signature block, metadata rows, a contact list, a list of names.
    _unchanged(["特此通知。", "县人民政府办公室", "2024年3月8日"])
    _unchanged(["索引号", "11330000/2024-00012", "发布机构", "县统计局", "发布日期", "2024-03-08"])
    _unchanged(["联系人", "电话", "张明", "83216547", "李红", "83216548", "王刚", "83216549"])
    _unchanged(["联系人", "手机", "张明", "13800001111", "李红", "13900002222", "王刚", "13700003333"])
    _unchanged(["领导小组成员：", "组长", "张明", "副组长", "李红", "成员", "王刚", "赵强"])
    # 序号 first: each number belongs to the name after it, not to the line before.
    _unchanged(["附件", "名单", "序号", "1", "张明", "2", "李红", "3", "王刚", "4", "赵强"])


def test_two_rows_or_a_header_that_is_a_sentence_are_not_enough() -> None:
    _unchanged(["指标", "本年", "上年", "户籍人口", "52.3", "52.8", "出生人口", "0.41", "0.45"])
    _unchanged(["主要指标如下：", "本年", "户籍人口", "52.3", "出生人口", "0.41", "迁入人口", "0.62"])


def test_a_long_table_is_summed_up_under_its_caption() -> None:
    rows = [item for n in range(1, 16) for item in (f"乡镇{'甲乙丙丁戊己庚辛壬癸子丑寅卯辰'[n - 1]}", f"{n * 3}.5", f"{n}.1")]
    lines = ["表3 各乡镇粮食产量", "乡镇", "产量(万吨)", "增长(%)", *rows]
    paragraphs, findings = recover_line_tables([Paragraph(line) for line in lines])
    (table,) = paragraphs
    assert table.text.startswith(f"{LARGE_TABLE_NOTE}：表3 各乡镇粮食产量，共15行、3列")
    assert table.shown is not None and len(table.shown.rows) == 16
    assert [f.text for f in findings] == ["表3 各乡镇粮食产量"]


def test_read_text_reads_the_table_and_the_outline_takes_no_row_for_a_heading() -> None:
    text = "\n".join(
        ["关于2023年农业生产情况的通报", "一、总体情况", "全县农业生产保持稳定。", *OUTPUT, "二、下一步工作", "继续抓好粮食生产。"]
    )
    raw = read_text(text)
    tables = [p.text for p in raw.paragraphs if p.kind == "table"]
    assert tables[0] == "粮食：产量41.26万吨，比上年增长2.3%。"
    assert [f.kind for f in raw.findings].count(LINE_TABLE) == 1
    outline = parse_outline(raw)
    assert [s.heading for s in outline.sections] == ["一、总体情况", "二、下一步工作"]


def test_a_percent_sign_closing_a_column_name_is_said_after_the_value() -> None:
    grid = [["指标", "绝对数", "增长%"], ["生产总值", "120.5", "-6.1"]]
    assert [p.text for p in table_paragraphs(grid)] == ["生产总值：绝对数120.5，增长-6.1%。"]


def test_cells_between_bar_lines_under_a_unit_line_a_percent_sign_without_brackets() -> None:
    # A page whose table comes out one cell a line with a lone bar between cells.
    cells = ["2023年全镇财政收支情况", "单位：万元", "项 目", "金额", "比上年增长%"]
    cells += ["一般公共预算收入", "5230", "6.2", "税收收入", "3810", "-2.5", "一般公共预算支出", "9120", "4.0"]
    text = "\n".join(["全镇2023年财政运行情况", "全年财政运行平稳。", *(part for cell in cells for part in (cell, "|"))][:-1])
    raw = read_text(text)
    assert [(p.text, p.kind) for p in raw.paragraphs] == [
        ("全年财政运行平稳。", "text"),
        ("2023年全镇财政收支情况", "text"),
        ("单位：万元", "text"),  # a unit line is said as it stands, not taken for the caption
        ("一般公共预算收入：金额5230，比上年增长6.2%。", "table"),
        ("税收收入：金额3810，比上年增长-2.5%。", "table"),
        ("一般公共预算支出：金额9120，比上年增长4.0%。", "table"),
    ]
    (finding,) = [f for f in raw.findings if f.kind == LINE_TABLE]
    assert finding.text == "一般公共预算收入"  # no caption taken: the first row locates the table


def test_a_group_label_between_rows_is_a_row_of_its_own() -> None:
    lines = ["指标", "2023年", "2022年", "总户数(户)", "81250", "80930", "按性别分：", "男", "41022", "40871", "女", "40228", "40059"]
    got, _ = _recover([*lines, "按年龄分："])
    assert got == [
        ("总户数(户)：2023年81250，2022年80930。", "table"),  # a row's unit stays in its label
        ("按性别分。", "table"),
        ("男：2023年41022，2022年40871。", "table"),
        ("女：2023年40228，2022年40059。", "table"),
        ("按年龄分：", "text"),  # no row follows it: not the table's
    ]


def test_an_empty_corner_cell_has_no_line_and_units_written_in_the_cells_go_to_their_column() -> None:
    # Copied from a page whose table leaves the cell over the row labels empty, and writes the
    # unit after every figure: 2 header lines for 3 columns.
    lines = ["主要农产品产量如下：", "2024年", "2023年", "粮食", "162817吨", "160210吨", "油料", "3521吨", "3380吨", "蔬菜", "85,120吨", "80012吨"]
    got, findings = _recover(lines)
    assert got == [
        ("主要农产品产量如下：", "text"),
        ("粮食：2024年162817吨，2023年160210吨。", "table"),
        ("油料：2024年3521吨，2023年3380吨。", "table"),
        ("蔬菜：2024年85,120吨，2023年80012吨。", "table"),
    ]
    assert findings == ["粮食"]


def test_differing_units_in_a_column_are_said_as_written_and_nothing_is_lost() -> None:
    lines = ["本年", "上年", "粮食", "12万吨", "11万吨", "生猪出栏", "35万头", "33万头", "林业产值", "8亿元", "7亿元"]
    got, _ = _recover(lines)
    spoken = "".join(text for text, _ in got)
    for cell in lines:
        assert cell in spoken


def test_an_empty_corner_is_not_assumed_under_another_header_like_line() -> None:
    # Three short lines above a row of two figures: one of them is the corner, not a caption
    # to skip; with the wrong count the run is no table of this shape.
    lines = ["项目", "本年", "上年", "收入", "12", "11", "支出", "8", "7", "结余", "4", "4"]
    got, _ = _recover(lines)
    assert got[0] == ("收入：本年12，上年11。", "table")
    _unchanged(["参会单位", "县教育局", "县卫健局", "县民政局", "5人", "6人"])


def test_a_row_labelled_by_a_number_range_is_a_row_and_a_bullet_alone_labels_none() -> None:
    """An age group (0-15, 16-59) labels a row as a word does; a bullet before a year (· 2024 in a
    site's menu) labels nothing, so such a run is no table."""
    ages = ["指标", "年末数(万人)", "比重(%)", "常住人口", "44.84", "100.0", "0-15", "11.51", "25.67", "16-59", "28.55", "63.67"]
    got, _ = _recover(ages)
    assert got == [
        ("常住人口：年末数44.84万人，比重100.0%。", "table"),
        ("0-15：年末数11.51万人，比重25.67%。", "table"),
        ("16-59：年末数28.55万人，比重63.67%。", "table"),
    ]
    menu = ["主动公开事项目录", "法定主动公开内容", "· 2024", "· 2023", "· 2022", "· 2021"]
    got, findings = _recover(menu)
    assert all(kind == "text" for _, kind in got) and findings == []


def test_a_one_line_header_under_a_unit_line_names_the_columns_and_their_units() -> None:
    """表2 … / 单位:万人、% / 指 标 年末数 比重 / 常住人口 250.78 100.0 …: the header on one line (a name
    letter-spaced), the unit line over it giving each column of figures its unit: a row says its
    figures with their column's name and unit; the unit line is no column (before, 单位：万人、% was
    read as a column and 250.78 as 百分之二百五十点七八)."""
    text = (
        "某市统计公报\n表2:2021年某市年末常住人口及构成\n单位:万人、%\n指 标 年末数 比重\n常住人口 250.78 100.0\n"
        "其中:城镇 99.08 39.5\n乡村 151.70 60.5\n年末全市常住人口250.78万人。\n"
    )
    texts = [p.text for p in read_text(text).paragraphs]
    assert "常住人口：年末数250.78万人，比重100.0%。" in texts
    assert not any(text.startswith("单位") for text in texts)


def test_rows_glued_to_their_figures_are_no_header_of_the_rows_under_them() -> None:
    # 6某某镇216194 / 7某某乡2391105: a row's number, label and cells run together in the copy;
    # the spaced rows under them must not be read with those as their column names.
    lines = ["6甲镇216194", "7乙乡2391105", "8丙乡137 59", "9丁乡289 121", "10开发区82 34", "11农场13  52"]
    raw = read_text("某县村级组织运转经费分配表\n\n" + "\n".join(lines) + "\n")
    assert not any(f.kind == LINE_TABLE for f in raw.findings)
    assert [p.text for p in raw.paragraphs][-4:] == lines[2:]
