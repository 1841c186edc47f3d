"""Tables read aloud row by row, and the bound above which a note replaces them."""

from __future__ import annotations

from audiojiedu.ingest.tables import (
    LARGE_TABLE_NOTE,
    MAX_SPOKEN_ROWS,
    row_sentences,
    table_paragraphs,
)


def test_statistics_row_becomes_a_sentence_with_units_from_the_header() -> None:
    rows = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "5"]]
    assert row_sentences(rows) == ["规章：本年制发件数0件，本年废止件数0件，现行有效件数5件。"]
    money = [["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "7545"]]
    assert row_sentences(money) == ["行政事业性收费：本年收费金额7545万元。"]


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


def test_large_table_becomes_one_note_unless_unbounded() -> None:
    rows = [["事项", "数量"]] + [[f"第{i}项", str(i)] for i in range(MAX_SPOKEN_ROWS + 1)]
    bounded = table_paragraphs(rows)
    # A long table is announced (size, columns) and then read in full, never replaced.
    assert bounded[0].text == f"{LARGE_TABLE_NOTE}，共{MAX_SPOKEN_ROWS + 1}行、2列；各列是数量。下面逐行朗读。"
    assert [p.text for p in bounded[1:]] == [p.text for p in table_paragraphs(rows, max_rows=None)]
    assert all(p.kind == "table" for p in bounded)
    assert len(table_paragraphs(rows[:-1])) == MAX_SPOKEN_ROWS
    full = table_paragraphs(rows, max_rows=None)
    assert len(full) == MAX_SPOKEN_ROWS + 1 and full[-1].text == f"第{MAX_SPOKEN_ROWS}项：数量{MAX_SPOKEN_ROWS}。"


def test_long_table_announcement_names_its_total_row() -> None:
    rows = [["事项", "自然人", "法人", "总计"]] + [[f"第{i}项", str(i), "0", str(i)] for i in range(1, 15)]
    rows.append(["（七）总计", "105", "0", "105"])
    first = table_paragraphs(rows)[0].text
    assert first.startswith(f"{LARGE_TABLE_NOTE}，共15行、4列；各列是自然人、法人、总计；")
    assert "合计一行是：（七）总计：自然人105，法人0，总计105。" in first
    assert "详见文字稿" not in first


def test_long_table_announcement_names_every_column_when_the_label_column_has_no_header() -> None:
    rows = [["", "自然人", "法人", "总计"]] + [[f"第{i}项", str(i), "0", str(i)] for i in range(1, 15)]
    first = table_paragraphs(rows)[0].text
    assert first.startswith(f"{LARGE_TABLE_NOTE}，共14行、4列；各列是自然人、法人、总计。")
