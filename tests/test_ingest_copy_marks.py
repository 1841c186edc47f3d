"""Marks a broken copy left in the text: a code ending many lines, doubled semicolons, a bullet before a heading's number (ingest.copy_marks)."""

from __future__ import annotations

from audiojiedu.ingest import read_text
from audiojiedu.ingest.copy_marks import drop_copy_marks
from audiojiedu.outline import parse_outline

_MARKED = "\n".join(
    [
        "某县人民政府工作报告x7Q",
        "各位代表：x7Q",
        "现在，我代表县人民政府向大会报告工作，请予审议。x7Q",
        "一、过去一年工作回顾x7Q",
        "全县生产总值增长百分之六，财政收入稳步增加。x7Q",
        "二、今年主要工作x7Q",
        "坚持稳中求进，做好民生保障。",
    ]
)


def test_a_code_ending_many_lines_is_taken_out_with_one_finding() -> None:
    text, findings = drop_copy_marks(_MARKED)
    assert "x7Q" not in text
    assert "请予审议。\n一、过去一年工作回顾\n" in text
    assert [f.kind for f in findings] == ["line-mark"]
    assert "6 处" in findings[0].message and "x7Q" in findings[0].message


def test_the_mark_goes_where_it_is_glued_inside_a_joined_summary_line_too() -> None:
    text, _ = drop_copy_marks(_MARKED + "\n摘要：某县人民政府工作报告x7Q 各位代表：x7Q 现在")
    assert "x7Q" not in text


def test_the_texts_own_latin_ending_a_few_lines_stays() -> None:
    # Two lines of twelve end with 5G: the text's own word, not a copy's mark.
    lines = ["加快建设网络基础设施，推进5G", "全面推进数字政府建设，推广5G"] + ["推进重点工作，落实各项任务。"] * 10
    text, findings = drop_copy_marks("\n".join(lines))
    assert text.count("5G") == 2 and findings == ()


def test_a_number_ending_many_lines_is_not_taken_for_a_mark() -> None:
    # A table copied one row a line ends every line with its figure: figures are never marks.
    lines = [f"第{n}季度完成投资{n}0" for n in range(1, 9)]
    text, findings = drop_copy_marks("\n".join(lines))
    assert text == "\n".join(lines) and findings == ()


def test_doubled_semicolons_where_quotes_were_are_taken_out() -> None:
    text, findings = drop_copy_marks(";;;;我们大力弘扬;;改革创新;;精神，全面推进工作。")
    assert text == "我们大力弘扬改革创新精神，全面推进工作。"
    assert [f.kind for f in findings] == ["copy-semicolons"] and "3 处" in findings[0].message


def test_doubled_semicolons_between_two_figures_stay_lest_they_join() -> None:
    text, findings = drop_copy_marks("编号12;;34")
    assert text == "编号12;;34" and findings == ()


def test_single_semicolons_stay() -> None:
    text, findings = drop_copy_marks("一是加强领导；二是完善制度；三是强化考核。")
    assert text == "一是加强领导；二是完善制度；三是强化考核。" and findings == ()


def test_a_marked_page_reads_without_its_marks() -> None:
    raw = read_text(_MARKED)
    spoken = raw.title + "".join(p.text for p in raw.paragraphs)
    assert "x7Q" not in spoken
    assert "line-mark" in [f.kind for f in raw.findings]



def test_a_bullet_glued_before_a_headings_number_is_taken_out() -> None:
    """-*第一章 总则 on a document-sharing site's copy (ho101/07, session 50): the bullet hides the
    chapter from the outline; taken out, the chapters and their articles are found."""
    text, findings = drop_copy_marks("-*第一章 总则\n  • 第一条 为了规范管理，制定本办法。\n＊一、总体要求\n·（二）主要任务")
    assert text == "第一章 总则\n  第一条 为了规范管理，制定本办法。\n一、总体要求\n（二）主要任务"
    assert [f.kind for f in findings] == ["copy-bullet"] and "4 处" in findings[0].message
    raw = read_text("某某市城镇体系规划\n-*第一章 总则第一条 为实现目标，制定本规划。第二章 发展战略第一节 目标与战略第二条 到2020年建成中心城市。\n")
    outline = parse_outline(raw)
    assert [(s.number, s.title) for s in outline.sections] == [("第一章", "总则"), ("第二章", "发展战略")]


def test_bullets_before_other_text_stay() -> None:
    # A bullet list's items, a negative figure and a note keep their marks for the readers after.
    for line in ["• 加强组织领导", "-5%以内", "- 1. 项目名称", "*注：数据为初步统计", "•第一时间报告", "-一是加强领导"]:
        assert drop_copy_marks(line) == (line, ())

# -- page footers glued into a line (ingest.glued_pages) ------------------------------------------
def test_a_page_footer_glued_into_a_line_is_taken_out() -> None:
    from audiojiedu.ingest.glued_pages import drop_glued_page_numbers

    text, findings = drop_glued_page_numbers(
        "（此件主动公开）—2—\n工作职责—3—3.2.2地震谣传事件\n第一条- 4 -第二条\n对经济-5-增长的贡献率\n1、-6-某省统计公报"
    )
    assert text == "（此件主动公开）\n工作职责3.2.2地震谣传事件\n第一条第二条\n对经济增长的贡献率\n1、某省统计公报"
    assert [f.kind for f in findings] == ["page-number"] and "5 个页脚" in findings[0].message


def test_dashes_that_are_no_footer_stay() -> None:
    from audiojiedu.ingest.glued_pages import drop_glued_page_numbers

    # A footer on its own line is the hard-wrap reader's; years, codes and ranges are the text's.
    for line in ["— 2 —", "2019—2020—2021年", "编号A-3-1", "如图-3-所示", "见表-2-中", "A区-3-B区", "类别、-3-B", "——2025年1月10日在某县会议上"]:
        assert drop_glued_page_numbers(line) == (line, ())
