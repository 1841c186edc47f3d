"""Tables written with vertical bars in plain text (ingest/pipe_tables.py)."""

from __future__ import annotations

from audiojiedu.ingest import read_text
from audiojiedu.ingest.pipe_tables import is_pipe_row, pipe_cells, pipe_table_paragraphs
from audiojiedu.outline import parse_outline


def test_pipe_rows_and_their_cells() -> None:
    assert is_pipe_row("| 规章 | 0 | 0 | 5 |")
    assert is_pipe_row("规章 ｜ 0 ｜ 5 ｜")
    assert not is_pipe_row("甲|乙")  # one bar inside a sentence is not a table
    assert not is_pipe_row("选项A|选项B|选项C")  # bars inside text, not framing cells
    assert pipe_cells("| 规章 | 0 | | 5 | |||") == ["规章", "0", "", "5"]
    assert pipe_cells("｜ 行政许可 ｜ 12 ｜") == ["行政许可", "12"]


def test_an_aligned_header_names_the_columns_and_a_caption_row_splits_tables() -> None:
    lines = [
        "以下是统计情况。",
        "| 第二十条 第（一）项 | | | |",
        "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
        "| --- | --- | --- | --- |",
        "| 规章 | 1 | 0 | 5 |",
        "| 行政规范性文件 | 12 | 3 | 40 |",
        "| 第二十条 第（五）项 | | |",
        "| 信息内容 | 本年处理决定数量 | |",
        "| 行政许可 | 2629 | |",
        "以上情况说明如下。",
    ]
    got = [(p.text, p.kind) for p in pipe_table_paragraphs(lines)]
    assert got == [
        ("以下是统计情况。", "text"),
        ("第二十条 第（一）项", "table"),
        ("规章：本年制发件数1件，本年废止件数0件，现行有效件数5件。", "table"),
        ("行政规范性文件：本年制发件数12件，本年废止件数3件，现行有效件数40件。", "table"),
        ("第二十条 第（五）项", "table"),
        ("行政许可：本年处理决定数量2629。", "table"),
        ("以上情况说明如下。", "text"),
    ]


def test_an_unaligned_header_is_read_as_it_stands_and_never_names_a_wrong_column() -> None:
    """Two header levels whose merged cells were lost: 3 + 5 names over 7 values. Which name
    belongs to which value cannot be known from the bars, so none is paired with a value."""
    lines = [
        "| 申请人情况 | | | |",
        "| 自然人 | 法人或其他组织 | 总计 | |",
        "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
        "| 一、本年新收申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |",
        "| 二、上年结转申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
    ]
    texts = [p.text for p in pipe_table_paragraphs(lines)]
    assert texts == [
        "申请人情况",
        "自然人，法人或其他组织，总计",
        "商业企业，科研机构，社会公益组织，法律服务机构，其他",
        "一、本年新收申请数量：3，1，0，0，0，0，4。",
        "二、上年结转申请数量：各项均为0。",
    ]


def test_row_labels_of_a_pipe_table_are_not_chapters() -> None:
    text = (
        "某局2023年政府信息公开工作年度报告\n一、总体情况\n本年度共受理申请4件。\n"
        "二、收到和处理政府信息公开申请情况\n"
        "| 申请情况 | 数量 |\n| 一、本年新收申请数量 | 4 |\n| 二、上年结转申请数量 | 0 |\n"
        "三、存在的主要问题及改进情况\n信息更新还不够及时。\n"
    )
    doc = parse_outline(read_text(text))
    assert [s.heading for s in doc.sections] == [
        "一、总体情况",
        "二、收到和处理政府信息公开申请情况",
        "三、存在的主要问题及改进情况",
    ]
    assert doc.sections[1].paragraphs == ("一、本年新收申请数量：数量4。", "二、上年结转申请数量：数量0。")


def test_a_single_bar_line_stays_text() -> None:
    raw = read_text("某县通知\n请登录网站 | 点击办事指南查看。\n现将有关事项通知如下。\n")
    assert [p.kind for p in raw.paragraphs] == ["text", "text"]


def test_an_unaligned_header_of_the_annual_report_form_names_its_columns() -> None:
    """The annual report's application table has a fixed layout (flat_tables knows it): even
    with its merged header cells lost, every value gets the name of its own column."""
    lines = [
        "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | ||||||||",
        "| 自然人 | 法人或其他组织 | 总计 | |||||||",
        "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||",
        "| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 | ||",
        "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||",
    ]
    paragraphs = pipe_table_paragraphs(lines)
    assert all(p.kind == "table" for p in paragraphs)
    texts = [p.text for p in paragraphs]
    assert "一、本年新收政府信息公开申请数量：自然人3，法人或其他组织商业企业1，科研机构0，社会公益组织0，法律服务机构0，其他0，总计4。" in texts
    assert "二、上年结转政府信息公开申请数量：各项均为0。" in texts


def test_a_table_written_one_cell_a_line_with_its_bars_is_read_as_a_table() -> None:
    """A scraper set each cell on its own line with a bar after it and lost the rows: the cells
    are joined back into one line, and the annual report's form is read row by row."""
    from audiojiedu.ingest.pipe_tables import join_cell_lines

    cells = ["第二十条第（一）项 |", "|||", "信息内容 |", "本年制发件数 |", "本年废止件数 |", "现行有效件数 |",
             "规章 |", "2 |", "0 |", "7 |"]
    assert join_cell_lines(["以下是统计情况。", *cells, "二、收到和处理政府信息公开申请情况"]) == [
        "以下是统计情况。",
        "第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 2 0 7",
        "二、收到和处理政府信息公开申请情况",
    ]
    raw = read_text("某局2023年政府信息公开工作年度报告\n一、主动公开政府信息情况\n" + "\n".join(cells) + "\n")
    texts = [p.text for p in raw.paragraphs]
    assert "规章：本年制发件数2件，本年废止件数0件，现行有效件数7件。" in texts


def test_a_few_lines_ending_with_a_bar_stay_as_they_are() -> None:
    from audiojiedu.ingest.pipe_tables import join_cell_lines

    lines = ["选项如下：", "甲 |", "乙 |", "丙 |"]
    assert join_cell_lines(lines) == lines


def test_a_one_line_pages_text_run_on_into_a_tables_first_row_stays_text() -> None:
    """…的总体平衡。 一、综合 初步核算，…比上年增长2.6%。 全市常住人口 | 3213.34 | 100.00 | (a page flattened
    to one line, the table's first row glued to the text; dev78, session 43): the text up to its last
    sentence is text, its heading found; the row is the table's."""
    raw = read_text(
        "2022年某市国民经济和社会发展统计公报\n2022年，全市经济运行总体平稳，实现了稳增长稳就业稳物价的总体平衡。 一、综合 初步核算，"
        "全年实现地区生产总值29129.03亿元，比上年增长2.6%。 全市常住人口 | 3213.34 | 100.00 |\n| 城镇 | 2280.32 | 70.96 |\n| 乡村 | 933.02 | 29.04 |\n"
    )
    doc = parse_outline(raw)
    assert [(s.number, s.title) for s in doc.sections] == [("一", "综合")]
    spoken = [p for p in doc.sections[0].paragraphs if isinstance(p, str)]
    assert spoken[0] == "初步核算，全年实现地区生产总值29129.03亿元，比上年增长2.6%。"


def test_two_figures_in_a_header_cell_are_never_closed_up_into_one_number() -> None:
    """表1 2022年年末常住人口数及其构成 指 标 | 年末数(万人) | … over rows run together, a bar alone between
    them (a one-line page's table; dev78, session 43): the cells' spaces close (城 镇 → 城镇) but not
    the one between 1 and 2022, which closed would be read as one number, 一万二千零二十二."""
    raw = read_text(
        "某市统计公报\n全年出生人口14.08万人。\n表1 2022年年末常住人口数及其构成 指 标 | 年末数(万人) | 比重(%) | 全市常住人口 | 3213.34 | 100.00 | 按城乡分 |\n"
        "|\n| 城 镇 | 2280.32 | 70.96 | 乡 村 | 933.02 | 29.04 | 按性别分 |\n|\n"
    )
    text = " ".join(p.text for p in raw.paragraphs)
    assert "12022" not in text and "表1 2022年" in text
    assert "城镇" in text
