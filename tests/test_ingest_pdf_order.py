"""PDF reading order on generated PDFs whose text is known (tests/fixtures/pdf_order_cases.py):
lines built from characters (numbers in another font stay in their line), columns read one
after another, nothing dropped or doubled. Figures for every candidate extractor:
scripts/bench_pdf_order.py."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audiojiedu.ingest import read_document
from audiojiedu.ingest.pdf import text_lines

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
import make_fixtures as mf
import pdf_order_cases as oc


def _lines(path: Path) -> list[str]:
    with pdfplumber.open(str(path)) as pdf:
        return [re.sub(r"\s+", " ", line.text) for page in pdf.pages for line in text_lines(page)]


@pytest.mark.parametrize("case", oc.all_cases(), ids=lambda case: case.name)
def test_every_line_whole_and_in_reading_order(case: oc.Case, tmp_path: Path) -> None:
    path = mf.make_pdf(tmp_path / f"{case.name}.pdf", case.pages, rotate=case.rotate)
    lines = _lines(path)
    assert lines == case.expected
    # Nothing dropped, nothing doubled: every drawn character once, in the drawn order.
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", "".join(case.expected))
    for number in case.numbers:
        assert any(number in line for line in lines), number


def test_numbers_in_another_font_stay_in_their_sentences(tmp_path: Path) -> None:
    case = oc.mixed_fonts()
    raw = read_document(mf.make_pdf(tmp_path / "notice.pdf", case.pages))
    assert raw.title == "某县人民政府办公室文件"
    assert raw.metadata["发文字号"] == "某政办〔2024〕3号"
    texts = [p.text for p in raw.paragraphs]
    assert texts[0] == "各乡镇人民政府，县政府各部门："
    assert texts[1] == (
        "根据《某县人民政府办公室关于印发2023年工作要点的通知》（某政办〔2023〕15号）要求，"
        "全年全县完成固定资产投资12.5亿元，同比增长8.3个百分点，其中工业投资增长势头较好，现将有关事项通知如下。"
    )
    assert texts[-1] == "2024年7月1日"
    assert not [f for f in raw.findings if f.kind == "columns"]


def test_two_columns_become_whole_paragraphs_column_by_column(tmp_path: Path) -> None:
    case = oc.two_columns()
    raw = read_document(mf.make_pdf(tmp_path / "bulletin.pdf", case.pages))
    texts = [p.text for p in raw.paragraphs]
    assert raw.title == "某镇工作简报第一期"
    first_page = texts[: texts.index("某镇工作简报第二期")]
    assert first_page == [
        "一、工作进展",
        "今年以来，全镇围绕年度目标任务，扎实推进重点项目建设，完成固定资产投资三点二亿元，新建村级道路十二公里，改造老旧小区四个。",
        "二、存在问题",
        "部分项目进度偏慢，要素保障仍需加强，基层治理能力有待提升。",
        "三、下步打算",
        "一是抓项目攻坚，确保年底前完成全部投资任务；二是抓民生实事，办好十件惠民实事；三是抓安全稳定，守牢安全生产底线。",
        "四、其他事项",
        "请各村于每月五日前报送工作进展，联系人：张某，电话：一二三四五。",
        "本期发至各村（社区）、镇直各单位。",  # the line across the page under the columns
    ]
    # Page 2: the right column starts lower; the short line under both columns comes last,
    # a paragraph of its own although the column above it ends with a full line.
    assert texts[texts.index("某镇工作简报第二期") + 1 :] == first_page[:-1] + ["本期另送镇人大主席团、镇纪委。"]
    # The column order is a guess from the layout: staff are told where each page turns.
    assert [(f.kind, f.text) for f in raw.findings] == [("columns", "三、下步打算"), ("columns", "三、下步打算")]
    assert "第2页" in raw.findings[1].message


def test_three_columns(tmp_path: Path) -> None:
    columns = [
        ["甲栏第一行文字内容较长", "甲栏第二行文字内容较长", "甲栏第三行文字内容较长", "甲栏第四行文字内容较长"],
        ["乙栏第一行文字内容较长", "乙栏第二行文字内容较长", "乙栏第三行文字内容较长", "乙栏第四行文字内容较长"],
        ["丙栏第一行文字内容较长", "丙栏第二行文字内容较长", "丙栏第三行文字内容较长", "丙栏第四行文字内容较长"],
    ]
    ops: mf.PageOps = [
        mf.Text(60 + 170 * index, 700 - 20 * row, 12, line)
        for index, column in enumerate(columns)
        for row, line in enumerate(column)
    ]
    assert _lines(mf.make_pdf(tmp_path / "three.pdf", [ops])) == [line for column in columns for line in column]


def test_a_table_of_figures_without_rules_is_read_row_by_row(tmp_path: Path) -> None:
    # Labels on the left and figures far to the right leave a wide empty band, but the
    # figures are not a text column: each row stays one line.
    rows = [("一般公共服务支出合计数", "1250.50"), ("教育支出项目合计金额", "300.25"), ("科学技术支出合计金额", "88.00"),
            ("文化旅游体育与传媒支出", "12.40"), ("社会保障和就业支出合计", "960.10"), ("卫生健康支出合计金额数", "77.70")]  # fmt: skip
    ops: mf.PageOps = []
    for index, (label, figure) in enumerate(rows):
        ops.append(mf.Text(72, 700 - 20 * index, 12, label))
        ops.append(mf.Text(420, 700 - 20 * index, 12, figure, font="F2"))
    assert _lines(mf.make_pdf(tmp_path / "figures.pdf", [ops])) == [f"{label} {figure}" for label, figure in rows]


def test_side_by_side_words_with_space_between_are_not_glued(tmp_path: Path) -> None:
    # Two numbers on one line stay two numbers; characters drawn close stay one word.
    ops: mf.PageOps = [
        mf.Text(72, 700, 12, "2024", font="F2"),
        mf.Text(110, 700, 12, "35", font="F2"),
        mf.Text(140, 700, 12, "合计"),
    ]
    assert _lines(mf.make_pdf(tmp_path / "numbers.pdf", [ops])) == ["2024 35 合计"]


def test_bold_faked_by_drawing_twice_is_read_once(tmp_path: Path) -> None:
    case = oc.doubled_bold()
    raw = read_document(mf.make_pdf(tmp_path / "bold.pdf", case.pages))
    assert raw.title == "关于做好防汛工作的通知"
    assert [p.text for p in raw.paragraphs] == ["各乡镇人民政府：", "防汛物资：金额120。", "应急演练：金额35。"]


# ------------------------------------------------------------------------------ properties

_HANZI = "".join(
    dict.fromkeys(
        "根据县人民政府办公室关于印发工作要点的通知要求全年完成固定资产投资同比增长个百分点其中工业势头较好现将有事项如下各乡镇部门"
    )
)
_piece = st.tuples(
    st.integers(min_value=1, max_value=6),  # characters
    st.sampled_from(["F1", "F2"]),
    st.sampled_from([1.0, 0.75, 0.6]),  # size, as a share of the line's type size
    st.sampled_from([-0.2, 0.0, 0.2]),  # rise, as a share of the line's type size
)
_row = st.tuples(
    st.integers(min_value=30, max_value=300),  # x
    st.sampled_from([10.5, 12.0, 16.0]),  # the line's type size
    st.lists(_piece, min_size=0, max_size=5),
    st.integers(min_value=0, max_value=5),  # where the piece in the line's own type goes
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(layout=st.lists(_row, min_size=1, max_size=12))
def test_any_line_of_mixed_fonts_sizes_and_rises_comes_out_whole(
    layout: list[tuple[int, float, list[tuple[int, str, float, float]], int]], tmp_path: Path
) -> None:
    # Lines 30 pt apart, each with text in its own type and pieces in either font, smaller,
    # raised or lowered (as superscripts, Times digits, footnote marks): every line comes out
    # as one line, nothing dropped, doubled or torn out.
    ops: mf.PageOps = []
    rows = []
    next_char = 0
    for index, (x, size, pieces, at) in enumerate(layout):
        specs = [*pieces[:at], (3, "F1", 1.0, 0.0), *pieces[at:]]
        made = []
        for count, font, scale, rise in specs:
            if font == "F1":
                text = "".join(_HANZI[(next_char + k) % len(_HANZI)] for k in range(count))
                next_char += count
            else:
                text = "".join(str((next_char + k) % 10) for k in range(count))
            made.append(oc.Piece(text, font, size * scale, size * rise))
        ops += oc.run(made, x=x, y=780 - 30 * index)
        rows.append("".join(piece.text for piece in made))
    lines = [re.sub(r"\s", "", line) for line in _lines(mf.make_pdf(tmp_path / "rows.pdf", [ops]))]
    assert sorted(lines) == sorted(rows)


def test_a_table_in_the_right_column_is_read_in_that_column(tmp_path: Path) -> None:
    right_before = [
        "三、下步打算",
        "一是抓项目攻坚，确保年底前完成全",
        "部投资任务；二是抓民生实事，办好",
        "十件惠民实事，见下表。",
    ]
    right_after = ["四、其他事项", "请各村于每月五日前报送工作进展，", "联系人：张某，电话：一二三四五。"]
    ops: mf.PageOps = [mf.Text(207, 780, 20, "某镇工作简报第三期")]
    ops += [mf.Text(60, 730 - 20 * index, 12, line) for index, line in enumerate(oc._LEFT_COLUMN)]
    ops += [mf.Text(320, 730 - 20 * index, 12, line) for index, line in enumerate(right_before)]
    table = [["实事", "完成时限"], ["老旧小区改造", "十月底"], ["村道提档升级", "十二月底"]]
    ops += mf.ruled_table(table, top=650, x=320, widths=[110, 90], height=20)
    ops += [mf.Text(320, 570 - 20 * index, 12, line) for index, line in enumerate(right_after)]
    paragraphs = read_document(mf.make_pdf(tmp_path / "table.pdf", [ops])).paragraphs
    texts = [p.text for p in paragraphs]
    kinds = [p.kind for p in paragraphs]
    # Left column, then the right one with its table where it stands (how a table's rows are
    # worded is tables.py's business: only the order is asserted here).
    assert texts[:6] == [
        "一、工作进展",
        "今年以来，全镇围绕年度目标任务，扎实推进重点项目建设，完成固定资产投资三点二亿元，新建村级道路十二公里，改造老旧小区四个。",
        "二、存在问题",
        "部分项目进度偏慢，要素保障仍需加强，基层治理能力有待提升。",
        "三、下步打算",
        "一是抓项目攻坚，确保年底前完成全部投资任务；二是抓民生实事，办好十件惠民实事，见下表。",
    ]
    assert kinds[6:-2] == ["table"] * (len(texts) - 8) and len(texts) > 8
    assert "老旧小区改造" in texts[-4] and "村道提档升级" in texts[-3]
    assert texts[-2:] == ["四、其他事项", "请各村于每月五日前报送工作进展，联系人：张某，电话：一二三四五。"]
