"""A notice copied out of a PDF (issue 17): lines wrapped at a fixed width, figures set apart by
spaces. Made-up examples in the shape of such copies."""

from __future__ import annotations

from helpers import flat_outline, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline
from audiojiedu.outline.titles import title_end

_WRAPPED = (
    "关于转发主题征稿活动通知的通知\n各中小学、幼儿园:\n"
    "现将江苏省关心下一代工作委员会办公室、江苏省中华\n"
    "诗学研究会、关心下一代周报社联合印发的《关于举办童声\n"
    "齐颂建党百年主题征稿活动的通知》转发给你们,请各校认\n"
    "真贯彻落实,并结合本校实际认真组织。现将有关事\n"
    "项通知如下:\n"
)


def test_a_lead_in_cut_before_its_colon_is_joined_to_its_line() -> None:
    """…现将有关事 ‖ 项通知如下：: the line under is the lead-in's end, no empty label (访问量：),
    so 事项 is not cut by a pause."""
    texts = paragraph_texts(read_text(_WRAPPED + "1.要高度重视,广泛发动学生积极参与主题征稿活动。\n"))
    assert any(text.endswith("现将有关事项通知如下：") for text in texts)
    assert "项通知如下：" not in texts


def test_a_spaced_figure_and_its_unit_are_inside_a_numbered_clause() -> None:
    """2.开展主题征稿活动,要将其与庆祝中国共产党成立 100 周年,开展…: the spaces round 100 are the
    copy's, no title's end: the clause is read whole, not cut into a heading 成立 and a body 100 周年."""
    items = (
        "1.\n要高度重视,广泛发动学生积极参与主题征稿活动,也要把握稿件的质量。\n"
        "2.\n开展主题征稿活动,要将其与庆祝中国共产党成立 100 周年,开展\n颂建党百年主题教育活动结合起来。\n"
        "3.\n要注意投稿的方式。可以自己投稿,也可以学校为单位集体投稿。\n"
    )
    doc = parse_outline(read_text(_WRAPPED + items))
    assert not any(row[2].endswith("成立") for row in flat_outline(doc.sections))


def test_a_heading_title_runs_past_a_spaced_figure_and_its_unit() -> None:
    """Where a numbered line's title may end: never at the spaces a PDF copy sets round a figure
    (成立 100 周年), before or after it; a space before the body still ends a short title."""
    line = "2.开展主题征稿活动，要将其与庆祝中国共产党成立 100 周年，开展颂建党百年主题教育活动结合起来。"
    end = title_end(line, 2)
    assert not line[:end].rstrip().endswith(("成立", "100"))
    assert title_end("一、基本情况 今年以来，全县各项工作稳步推进。", 2) == len("一、基本情况")


def test_a_list_number_cut_from_its_mark_is_one_item_with_it() -> None:
    """1、到县残联领取申请表 / 2 / 、持《评定表》到指定医院评定等级。: the number alone on its line and
    the line opening with 、 are one item, never the figure 二 read alone and a line opening with 、."""
    raw = read_text(
        "残疾证申领程序\n 1、到县残联领取申请表二份\n    2\n、持《评定表》到指定医院评定残疾类别和等级。\n"
        "    3\n、经评定残疾类别后，到县残联办理，由办证工作人员审核发证。\n"
    )
    texts = paragraph_texts(raw)
    assert any(text.startswith("2、持《评定表》") for text in texts)
    assert "2" not in texts and not any(text.startswith("、") for text in texts)
