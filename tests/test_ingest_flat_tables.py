"""Tables flattened into text (ingest/flat_tables.py): found, cut only when certain, spoken by row."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from audiojiedu.cli import cli
from audiojiedu.ingest import read_document, read_text
from audiojiedu.ingest.flat_tables import UNCUT, cut_options, cut_run, flat_forms, recover_flat_tables
from audiojiedu.model import Paragraph
from audiojiedu.outline import parse_outline

CORPUS = Path(__file__).parent / "fixtures" / "corpus"

REQUESTS_HEADER = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
REQUESTS_SPOKEN = "自然人{}，法人或其他组织商业企业{}，科研机构{}，社会公益组织{}，法律服务机构{}，其他{}，总计{}"


def _recover(text: str) -> tuple[list[Paragraph], list[str]]:
    paragraphs, findings = recover_flat_tables([Paragraph(text)])
    return list(paragraphs), [f.text for f in findings if f.kind == UNCUT]


def _tables(paragraphs: list[Paragraph]) -> list[str]:
    return [p.text for p in paragraphs if p.kind == "table"]


# -- cutting a glued run -----------------------------------------------------------------------


def test_a_run_is_cut_only_where_the_sum_picks_one_cut() -> None:
    requests = [(6, (0, 1, 2, 3, 4, 5))]
    assert cut_run("801000081", 7, requests) == ("80", "1", "0", "0", "0", "0", "81")
    assert cut_run("310000031", 7, requests) == ("31", "0", "0", "0", "0", "0", "31")
    # 22|0|0|0|0|0|22 and 2|20|0|0|0|0|22 both add up: not certain from the row alone.
    assert cut_run("220000022", 7, requests) is None
    assert set(cut_options("220000022", 7, requests, most=4)) == {
        ("22", "0", "0", "0", "0", "0", "22"),
        ("2", "20", "0", "0", "0", "0", "22"),
    }
    # A total that does not add up under any cut: nothing.
    assert cut_run("801000082", 7, requests) is None


def test_a_cut_never_writes_a_leading_zero() -> None:
    # 0|5|05 adds up (0 + 5 = 5), but nobody writes 05 in a table: no certain cut.
    assert cut_run("0505", 3, [(2, (0, 1))]) is None
    assert cut_options("0505", 3, [(2, (0, 1))], most=9) == ()
    assert cut_run("0555", 3, [(2, (0, 1))]) is None  # 0|5|55 fails, 05|5|5 has a leading zero
    assert cut_run("0505", 3, [(2, (0, 1))]) is None


def test_without_a_sum_only_one_column_or_all_zeros_is_certain() -> None:
    assert cut_run("5949.088667", 1) == ("5949.088667",)
    assert cut_run("000", 3) == ("0", "0", "0")
    assert cut_run("77132470", 3) is None  # 77|13|2470, 77|132|470, …: which is it?
    assert cut_run("123", 3) is None  # 1|2|3, or 12|(blank)|3: a blank cell leaves no trace
    assert cut_run("0000", 3) is None


def test_several_sums_and_decimals() -> None:
    appeals = [(4, (0, 1, 2, 3)), (9, (5, 6, 7, 8)), (14, (10, 11, 12, 13))]
    assert cut_run("110024001510102", 15, appeals) == tuple("110024001510102")
    assert cut_run("12.50.512.5", 3, [(2, (0, 1))]) == ("12.5", "0.5", "13.0") or cut_run(
        "12.50.513.0", 3, [(2, (0, 1))]
    ) == ("12.5", "0.5", "13.0")
    assert cut_run("12.50.513.0", 3, [(2, (0, 1))]) == ("12.5", "0.5", "13.0")


# -- glued tables of the national annual-report form -----------------------------------------------


def test_glued_request_table_is_read_row_by_row_with_its_column_names() -> None:
    text = (
        f"三、收到和处理政府信息公开申请情况{REQUESTS_HEADER}"
        "一、本年新收政府信息公开申请数量12300000123二、上年结转政府信息公开申请数量0000000"
        "三、本年度办理结果（一）予以公开9000009（二）部分公开300000030（三）不予公开1.属于国家秘密0000000"
        "2.其他法律行政法规禁止公开10000013.危及“三安全一稳定”0000000"
    )
    paragraphs, uncut = _recover(text)
    assert uncut == []
    assert paragraphs[0] == Paragraph("三、收到和处理政府信息公开申请情况")
    assert _tables(paragraphs) == [
        "一、本年新收政府信息公开申请数量：" + REQUESTS_SPOKEN.format(123, 0, 0, 0, 0, 0, 123) + "。",
        "二、上年结转政府信息公开申请数量：各项均为0。",
        "三、本年度办理结果。",
        "（一）予以公开：" + REQUESTS_SPOKEN.format(9, 0, 0, 0, 0, 0, 9) + "。",
        "（二）部分公开：" + REQUESTS_SPOKEN.format(30, 0, 0, 0, 0, 0, 30) + "。",
        "（三）不予公开。",
        "1.属于国家秘密：各项均为0。",
        # The 2 glued after 1000001 continues the list (1. → 2.): it is the next label's.
        "2.其他法律行政法规禁止公开：" + REQUESTS_SPOKEN.format(1, 0, 0, 0, 0, 0, 1) + "。",
        "3.危及“三安全一稳定”：各项均为0。",
    ]


def test_a_number_glued_after_a_row_that_does_not_continue_the_list_ends_the_table() -> None:
    # After 1.属于国家秘密 the list goes on with 2.; a 5. cannot be told from the numbers.
    text = f"{REQUESTS_HEADER}（一）予以公开9000009（三）不予公开1.属于国家秘密00000005.要求提供"
    paragraphs, uncut = _recover(text)
    assert _tables(paragraphs) == ["（一）予以公开：" + REQUESTS_SPOKEN.format(9, 0, 0, 0, 0, 0, 9) + "。"]
    assert paragraphs[-1] == Paragraph("（三）不予公开1.属于国家秘密00000005.要求提供")
    assert uncut == []


def test_header_flattened_column_by_column() -> None:
    # Each column's header cells top down (申请人情况 自然人, 法人或其他组织 商业企业, 科研机构 …, 总计).
    header = "申请人情况自然人法人或其他组织商业企业科研机构社会公益组织法律服务机构其他总计"
    paragraphs, uncut = _recover(f"{header}一、本年新收政府信息公开申请数量801000081")
    assert uncut == []
    assert _tables(paragraphs) == ["一、本年新收政府信息公开申请数量：" + REQUESTS_SPOKEN.format(80, 1, 0, 0, 0, 0, 81) + "。"]


def test_rows_that_do_not_add_up_stay_as_written_with_a_finding() -> None:
    text = f"{REQUESTS_HEADER}一、本年新收政府信息公开申请数量801000082二、上年结转政府信息公开申请数量0000000"
    paragraphs, uncut = _recover(text)
    assert uncut == ["一、本年新收政府信息公开申请数量801000082"]
    # Said as written (the normalizer reads the run digit by digit), never as cells.
    assert "一、本年新收政府信息公开申请数量801000082。" in _tables(paragraphs)
    assert "二、上年结转政府信息公开申请数量：各项均为0。" in _tables(paragraphs)


def test_an_ambiguous_row_without_a_sum_stays_as_written_with_a_finding() -> None:
    text = "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件77132470"
    paragraphs, uncut = _recover(text)
    assert uncut == ["行政规范性文件77132470"]
    assert _tables(paragraphs) == [
        "第二十条第（一）项。",
        "规章：本年制发件数0件，本年废止件数0件，现行有效件数0件。",
        "行政规范性文件77132470。",
    ]
    # Nothing cut at all: the paragraph is left exactly as it was, and the finding says why.
    alone, uncut = _recover("信息内容本年制发件数本年废止件数现行有效件数行政规范性文件77132470")
    assert alone == [Paragraph("信息内容本年制发件数本年废止件数现行有效件数行政规范性文件77132470")]
    assert uncut == ["行政规范性文件77132470"]


def test_row_sums_with_two_cuts_are_settled_by_the_total_row() -> None:
    # 220000022 is 22|0|…|22 or 2|20|…|22; only the first lets （七）总计 add up column by column.
    text = (
        f"{REQUESTS_HEADER}三、本年度办理结果（一）予以公开220000022（二）部分公开191000020"
        "（七）总计411000042四、结转下年度继续办理0000000"
    )
    paragraphs, uncut = _recover(text)
    assert uncut == []
    assert "（一）予以公开：" + REQUESTS_SPOKEN.format(22, 0, 0, 0, 0, 0, 22) + "。" in _tables(paragraphs)
    assert "（二）部分公开：" + REQUESTS_SPOKEN.format(19, 1, 0, 0, 0, 0, 20) + "。" in _tables(paragraphs)
    # Without the total row nothing tells the cuts apart.
    _, uncut = _recover(f"{REQUESTS_HEADER}（一）予以公开220000022（二）部分公开191000020")
    assert uncut == ["（一）予以公开220000022", "（二）部分公开191000020"]


def test_the_forms_own_check_settles_the_first_row() -> None:
    # 一 (220000022) is 22|0|… or 2|20|…; （七）总计 is settled by the rows above it (19 + 3), and
    # the form's note (第一项加第二项之和，等于第三项加第四项之和) then settles 一.
    text = (
        f"{REQUESTS_HEADER}一、本年新收政府信息公开申请数量220000022二、上年结转政府信息公开申请数量0000000"
        "三、本年度办理结果（一）予以公开190000019（二）部分公开3000003（七）总计220000022"
        "四、结转下年度继续办理0000000"
    )
    paragraphs, uncut = _recover(text)
    assert uncut == []
    spoken = _tables(paragraphs)
    assert "一、本年新收政府信息公开申请数量：" + REQUESTS_SPOKEN.format(22, 0, 0, 0, 0, 0, 22) + "。" in spoken
    assert "（七）总计：" + REQUESTS_SPOKEN.format(22, 0, 0, 0, 0, 0, 22) + "。" in spoken
    # Where the check cannot tell (the same run everywhere), the rows stay as written.
    same = f"{REQUESTS_HEADER}一、本年新收政府信息公开申请数量220000022（一）予以公开220000022（七）总计220000022"
    assert len(_recover(same)[1]) == 3


def test_appeals_table_is_one_row_of_three_groups() -> None:
    header = (
        "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉"
        "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
    )
    paragraphs, uncut = _recover(f"四、政府信息公开行政复议、行政诉讼情况{header}110024001510102五、存在的主要问题")
    assert uncut == []
    assert [p.text for p in paragraphs] == [
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议结果维持1，结果纠正1，其他结果0，尚未审结0，总计2，"
        "行政诉讼未经复议直接起诉结果维持4，结果纠正0，其他结果0，尚未审结1，总计5，"
        "复议后起诉结果维持1，结果纠正0，其他结果1，尚未审结0，总计2。",
        "五、存在的主要问题",
    ]


def test_spaced_form_header_and_spaced_numbers_are_the_cells_as_written() -> None:
    text = (
        "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 "
        "申请数量 80 1 0 0 0 0 81 结转 3 0 0 0 0 0 3"
    )
    paragraphs, uncut = _recover(text)
    assert uncut == []
    assert _tables(paragraphs) == [
        "申请数量：" + REQUESTS_SPOKEN.format(80, 1, 0, 0, 0, 0, 81) + "。",
        "结转：" + REQUESTS_SPOKEN.format(3, 0, 0, 0, 0, 0, 3) + "。",
    ]


def test_a_form_table_copied_a_row_or_a_cell_a_line() -> None:
    # Copied from a page's table: header cells on lines of their own, then a row per line with
    # tabs, or every cell on its own line; the text around keeps its lines.
    header = "申请人情况\n自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"
    text = (
        f"报告\n\n三、收到和处理政府信息公开申请情况\n{header}\n"
        "一、本年新收政府信息公开申请数量\t95\t0\t0\t0\t0\t0\t95\n"
        "（三）不予公开\n1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n2.其他法律行政法规禁止公开\n0\n1\n0\n0\n0\n0\n1\n"
        "四、政府信息公开行政复议、行政诉讼情况\n正文。"
    )
    raw = read_text(text)
    assert [(p.text, p.kind) for p in raw.paragraphs] == [
        ("三、收到和处理政府信息公开申请情况", "text"),
        ("一、本年新收政府信息公开申请数量：" + REQUESTS_SPOKEN.format(95, 0, 0, 0, 0, 0, 95) + "。", "table"),
        ("（三）不予公开。", "table"),
        ("1.属于国家秘密：各项均为0。", "table"),
        ("2.其他法律行政法规禁止公开：" + REQUESTS_SPOKEN.format(0, 1, 0, 0, 0, 0, 1) + "。", "table"),
        ("四、政府信息公开行政复议、行政诉讼情况", "text"),
        ("正文。", "text"),
    ]


def test_spaced_numbers_that_are_not_one_row_end_the_table() -> None:
    # Six numbers under seven columns: a cell is missing, and which one cannot be told.
    text = f"{REQUESTS_HEADER}申请数量 80 1 0 0 0 81 结转 3 0 0 0 0 0 3"
    assert recover_flat_tables([Paragraph(text)]) == ((Paragraph(text),), ())
    # The numbering of the next row stands apart from the numbers: it is the label's.
    paragraphs, _ = recover_flat_tables([Paragraph(f"{REQUESTS_HEADER}1.重复申请 0 0 0 0 0 0 0 2.其他 3 0 0 0 0 0 3")])
    assert [p.text for p in paragraphs] == ["1.重复申请：各项均为0。", "2.其他：" + REQUESTS_SPOKEN.format(3, 0, 0, 0, 0, 0, 3) + "。"]


# -- headers of common column names (data/table_words.tsv) -----------------------------------------


def test_common_column_names_make_a_header_and_a_total_column_makes_a_sum() -> None:
    # 合计 last, the others plain figures: 合计 = 本年 + 上年 picks the one cut.
    paragraphs, uncut = _recover("收支情况如下：项目本年上年合计收入120100220支出9095185以上为初步数。")
    assert uncut == []
    assert [(p.text, p.kind) for p in paragraphs] == [
        ("收支情况如下：", "text"),
        ("收入：本年120，上年100，合计220。", "table"),
        ("支出：本年90，上年95，合计185。", "table"),
        ("以上为初步数。", "text"),
    ]
    # One row alone is not enough to call it a table.
    assert _recover("项目本年上年合计收入120100220。") == ([Paragraph("项目本年上年合计收入120100220。")], [])


def test_common_column_names_without_a_sum_cut_nothing_but_say_so() -> None:
    text = "项目本年上年增减收入12010020支出9095-5"
    paragraphs, uncut = _recover(text)
    assert paragraphs == [Paragraph(text)]
    assert uncut == ["收入12010020", "支出9095"]
    # A change column takes no part in a sum: 合计 first is not the sum of 本年 and 增减.
    paragraphs, uncut = _recover("项目合计本年增减收入2201206支出1859095")
    assert paragraphs == [Paragraph("项目合计本年增减收入2201206支出1859095")]
    assert len(uncut) == 2


def test_common_column_names_spaced_on_one_line() -> None:
    paragraphs, uncut = _recover("项目 本年 上年 合计 收入 120 100 220 支出 90 95 185 以上为初步数。")
    assert uncut == []
    assert [p.text for p in paragraphs] == ["收入：本年120，上年100，合计220。", "支出：本年90，上年95，合计185。", "以上为初步数。"]


def test_prose_with_two_column_words_is_no_header() -> None:
    for line in ("本年累计完成投资12亿元，同比增长5%。", "全年合计金额3000万元，本年数量增加12个。"):
        assert _recover(line) == ([Paragraph(line)], [])


# -- spaced lines without a known form --------------------------------------------------------------


def test_spaced_lines_under_a_spaced_header() -> None:
    raw = read_text("统计简报\n\n关于本年度的统计\n\n项目 本年 上年 增减\n收入 120 100 20\n支出 90 95 -5\n\n以上数据均为初步统计。")
    assert [(p.text, p.kind) for p in raw.paragraphs] == [
        ("关于本年度的统计", "text"),
        ("收入：本年120，上年100，增减20。", "table"),
        ("支出：本年90，上年95，增减-5。", "table"),
        ("以上数据均为初步统计。", "text"),
    ]
    # The header may leave the label column unnamed.
    raw = read_text("正文。\n自然人 法人 总计\n申请数量 80 1 81\n结转 0 2 2")
    assert [p.text for p in raw.paragraphs if p.kind == "table"] == [
        "申请数量：自然人80，法人1，总计81。",
        "结转：自然人0，法人2，总计2。",
    ]


def test_text_with_numbers_that_is_not_a_table_is_untouched() -> None:
    contacts = ["联系人 张三", "电话 12345678", "传真 87654321"]
    assert recover_flat_tables([Paragraph(line) for line in contacts]) == (tuple(Paragraph(x) for x in contacts), ())
    lines = [
        "2023年全区接收政府信息公开申请共计81件，涉及自然人80件、商业企业1件。",
        "联系电话 0591 23165385",
        "第一季度 第二季度",
        "完成投资 12 亿元，同比增长 5.6%。",
        "信息内容本年制发件数本年废止件数现行有效件数。本年度我们进一步规范了文件管理。",
    ]
    paragraphs, findings = recover_flat_tables([Paragraph(line) for line in lines])
    assert [p.text for p in paragraphs] == lines
    assert all(p.kind == "text" for p in paragraphs)
    assert findings == ()


def test_table_paragraphs_from_other_readers_are_left_alone() -> None:
    rows = (Paragraph("规章：本年制发件数0件。", kind="table"), Paragraph("行政许可2629", heading_level=2))
    assert recover_flat_tables(rows) == (rows, ())


def test_html_paragraph_holding_a_flattened_table(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(
        "<html><head><title>2023年政府信息公开工作年度报告</title></head><body>"
        "<h1>2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>全年主动公开信息120条。</p>"
        "<p>二、主动公开政府信息情况</p>"
        "<p>第二十条第（五）项信息内容本年处理决定数量行政许可2629</p>"
        "<p>三、其他需要报告的事项</p><p>无。</p></body></html>",
        encoding="utf-8",
    )
    raw = read_document(page)
    assert [p.text for p in raw.paragraphs if p.kind == "table"] == ["第二十条第（五）项。", "行政许可：本年处理决定数量2629。"]


# -- the corpus -------------------------------------------------------------------------------------


def test_pingtan_report_tables_are_recovered_and_its_outline_kept() -> None:
    raw = read_document(CORPUS / "08_pingtan-2023-xxgk-nianbao.txt", max_table_rows=None)
    tables = [p.text for p in raw.paragraphs if p.kind == "table"]
    assert "一、本年新收政府信息公开申请数量：" + REQUESTS_SPOKEN.format(80, 1, 0, 0, 0, 0, 81) + "。" in tables
    assert "（二）部分公开（区分处理的，只计这一情形，不计其他情形）：" + REQUESTS_SPOKEN.format(19, 1, 0, 0, 0, 0, 20) + "。" in tables
    assert "1.本机关不掌握相关政府信息：" + REQUESTS_SPOKEN.format(31, 0, 0, 0, 0, 0, 31) + "。" in tables
    assert "（七）总计：" + REQUESTS_SPOKEN.format(80, 1, 0, 0, 0, 0, 81) + "。" in tables
    assert "行政处罚：本年处理决定数量1330。" in tables
    assert "行政事业性收费：本年收费金额5949.088667万元。" in tables
    assert any(t.startswith("行政复议结果维持1，结果纠正1，") for t in tables)
    # The one row that cannot be cut is said as written and reported.
    assert "行政规范性文件77132470。" in tables
    assert [f.text for f in raw.findings if f.kind == UNCUT] == ["行政规范性文件77132470"]
    # Row labels (一、本年新收…, 四、结转下年度…) are not headings: the outline is unchanged.
    doc = parse_outline(raw)
    default = parse_outline(read_document(CORPUS / "08_pingtan-2023-xxgk-nianbao.txt"))
    assert [s.heading for s in default.sections] == [s.heading for s in doc.sections]
    assert [s.heading for s in doc.sections] == [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ]


def test_pingtan_long_request_table_is_summed_up_and_shown() -> None:
    # By default the 30-row request table is a long table (tables.py): its summary is spoken,
    # with the 总计 row, and the recovered rows are shown in the transcript and the player.
    raw = read_document(CORPUS / "08_pingtan-2023-xxgk-nianbao.txt")
    (summary,) = [p for p in raw.paragraphs if p.shown is not None]
    assert "各列是自然人、法人或其他组织商业企业、科研机构、社会公益组织、法律服务机构、其他、总计。" in summary.text
    assert "（七）总计：" + REQUESTS_SPOKEN.format(80, 1, 0, 0, 0, 0, 81) + "。" in summary.text
    assert summary.shown is not None
    assert ("一、本年新收政府信息公开申请数量", "80", "1", "0", "0", "0", "0", "81") in summary.shown.rows


def test_pingtan_script_speaks_the_rows_and_checks_clean() -> None:
    source = str(CORPUS / "08_pingtan-2023-xxgk-nianbao.txt")
    script = CliRunner().invoke(cli, ["script", source])
    assert script.exit_code == 0, script.output
    assert "行政许可：本年处理决定数量两千六百二十九。" in script.output
    assert "（七）总计：自然人八十，法人或其他组织商业企业一，" in script.output
    assert "行政复议结果维持一，结果纠正一，" in script.output
    assert "八零一零零零零八一" not in script.output  # the glued run is no longer read digit by digit
    check = CliRunner().invoke(cli, ["check", source])
    # Of the eleven digit runs flagged before, one row is left, said as written and flagged.
    assert "digit-run 1" in check.output and "table-uncut 1" in check.output


def test_shipped_forms_are_consistent() -> None:
    forms = {form.name: form for form in flat_forms()}
    assert set(forms) == {"issued", "decisions", "fees", "requests", "appeals"}
    assert forms["requests"].width == 7 and forms["requests"].sums == ((6, (0, 1, 2, 3, 4, 5)),)
    assert forms["appeals"].width == 15 and forms["appeals"].one_row
    for form in forms.values():
        for total, from_label in form.column_sums:
            assert total in form.rows and from_label in form.rows
        for left, right in form.column_equal:
            assert set(left) | set(right) <= set(form.rows)
        # The header found in text is the header cells in reading order.
        cells = "".join(cell for row in form.header for cell in row if cell)
        assert form.pattern.fullmatch(cells)
        assert form.pattern.fullmatch(" ".join(cell for row in form.header for cell in row if cell))
