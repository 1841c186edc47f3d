"""Headings at the edges of a text (issue 17): the last line of an excerpt cut off in the middle
of a heading ((三)其) heads nothing and is read as text. All examples are made up in the manner
of county documents."""

from __future__ import annotations

from helpers import flat_outline, spoken_text

from audiojiedu.ingest import read_text
from audiojiedu.model import Document
from audiojiedu.outline import parse_outline


def _outline(*lines: str) -> Document:
    return parse_outline(read_text("\n".join(lines)))


# -- a heading cut off by the excerpt's end ----------------------------------------------------

CUT_LINES = (
    "某镇2023年政务公开工作年度报告",
    "一、主动公开情况",
    "（一）网站公开。通过镇政府网站公开各类信息120条。",
    "（二）公众号公开。通过镇政务公众号发布信息35条。",
    "（三）其",
)


def test_a_last_line_cut_off_in_its_heading_is_text() -> None:
    doc = _outline(*CUT_LINES)
    assert flat_outline(doc.sections) == [[1, "一", "主动公开情况"], [2, "（一）", "网站公开。"], [2, "（二）", "公众号公开。"]]
    assert doc.sections[0].sections[-1].paragraphs[-1] == "（三）其"
    assert any(f.kind == "heading-guessed" and f.text == "（三）其" for f in doc.findings)
    assert "（三）其" in spoken_text(doc, with_title=True)


def test_a_part_cut_off_after_its_number_is_text() -> None:
    doc = _outline("某区政府工作报告解读", "报告共分两个部分。", "第一部分是2022年工作回顾。全年完成各项任务。", "第二部分是2024")
    assert all(section.number != "第二部分" for section in doc.sections)


def test_a_last_heading_with_a_title_stays() -> None:
    # A title cut off after a few characters still names its section.
    doc = _outline(*CUT_LINES[:-1], "（三）其他渠")
    assert flat_outline(doc.sections)[-1] == [2, "（三）", "其他渠"]


def test_a_last_heading_with_text_under_it_stays() -> None:
    doc = _outline(*CUT_LINES[:-1], "（三）其他渠道", "通过公开栏张贴信息12条。")
    assert flat_outline(doc.sections)[-1] == [2, "（三）", "其他渠道"]


def test_a_heading_cut_off_mid_document_is_not_touched() -> None:
    # Only the document's last line is judged cut off; an empty heading further up is the outline's.
    doc = _outline(*CUT_LINES[:-1], "二、依申请公开情况", "三、其他", "本年度无其他事项。")
    assert [row[2] for row in flat_outline(doc.sections) if row[0] == 1] == ["主动公开情况", "依申请公开情况", "其他"]


def test_a_part_said_to_be_something_is_a_sentence() -> None:
    # 第X部分是… says what a part is: a sentence of an explanation, not the part's heading.
    doc = _outline("某区政府工作报告解读", "报告共分三个部分。", "第二部分是2024年的主要目标", "全年地区生产总值增长6%。")
    assert doc.sections == ()


# -- a notice's clauses are judged together -----------------------------------------------------

NOTICE_LINES = (
    "某县卫生健康局关于开展2025年全民健康生活方式宣传月活动的通知",
    "各乡镇卫生院：",
    "为做好今年的宣传月活动，现将有关事项通知如下：",
    "一、今年的宣传主题定为“健康生活，你我同行”。请各单位结合实际制订方案，组织开展面向群众的健康讲座和义诊活动。",
    "二、今年是活动开展的第十年，要结合主题回顾历年工作成效，总结好的经验做法。",
    "三、活动期间临近春耕农忙，要合理安排进村入户的时间和方式，方便群众参",
)


def test_a_notice_clause_without_its_full_stop_is_a_clause_beside_the_others() -> None:
    doc = _outline(*NOTICE_LINES)
    assert doc.sections == ()
    assert "三、活动期间临近春耕农忙" in spoken_text(doc, with_title=True)


def test_one_clause_is_not_enough_to_take_in_an_unfinished_line() -> None:
    # With a single sentence clause beside it, the unfinished line does not make the run clauses.
    doc = _outline(*NOTICE_LINES[:4], "二、活动期间要合理安排进村入户的时间，方便群众参加", "请各单位按时上报活动总结。")
    assert [row[1] for row in flat_outline(doc.sections)] == ["一", "二"]


def test_parallel_phrases_without_a_stop_stay_a_heading_shape() -> None:
    # 强化组织领导，压实工作责任 is a heading's shape (two parallel phrases), not an unfinished clause.
    doc = _outline(*NOTICE_LINES[:5], "三、强化组织领导，压实工作责任")
    assert [row[1] for row in flat_outline(doc.sections)] == ["一", "二", "三"]


def test_an_unfinished_clause_does_not_make_a_chapter_of_articles() -> None:
    # Under 第一章 the run is read as the chapter's text; it takes full sentences to call it articles.
    doc = _outline(
        "某县人民政府工作规则",
        "第一章 总则",
        "一、为规范县政府工作，提高行政效能，根据有关规定，制定本规则。",
        "二、县政府工作的准则是依法行政，实事求是，民主公开，务实清廉。",
        "三、县政府工作人员要忠于宪法和法律，坚持以人民为中",
    )
    assert flat_outline(doc.sections) == [[1, "第一章", "总则"]]
