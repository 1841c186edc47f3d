"""Headings of unseen documents (issue 17, dev28): a how-to page's steps glossed after a dash
(一、登录—— 2种方式) under the line that names them (某某办理流程); a short notice's label–value
clauses (一、拟征收土地面积 ：12公顷。) and the files it lists for download (2.某某公告.pdf), which
are no headings. All examples are made up in the manner of county pages."""

from __future__ import annotations

from helpers import flat_outline, spoken_text

from audiojiedu.ingest import read_text
from audiojiedu.model import Document, Paragraph, RawDocument
from audiojiedu.outline import parse_outline

NEWS = "近日，某县政务服务网正式上线，群众足不出户即可办理多项审批服务事项，办事更加方便快捷。"
BODY = "群众可登录某县政务服务网，进入网上办事大厅，按照页面提示逐项填写信息，提交后即可查询进度。"


def _text(*lines: str) -> Document:
    return parse_outline(read_text("\n".join(lines)))


# -- 1. steps glossed after a dash, under the line that names them ---------------------------------

STEPS = (
    NEWS,
    "网上办事大厅办理流程",
    "一、登录—— 3种方式",
    BODY,
    "二、注册 —— 实名注册",
    BODY,
    "三、申报—— 分2种情况",
    BODY,
    "四、 查询—— 一目了然",
    BODY,
)


def test_a_step_keeps_its_gloss_after_the_dash() -> None:
    doc = _text(*STEPS)
    titles = [title for _, _, title in flat_outline(doc.sections)]
    assert titles[1:] == ["登录—— 3种方式", "注册 —— 实名注册", "申报—— 分2种情况", "查询—— 一目了然"]


def test_the_line_naming_the_steps_heads_them() -> None:
    doc = _text(*STEPS)
    assert flat_outline(doc.sections)[:2] == [[1, "", "网上办事大厅办理流程"], [2, "一", "登录—— 3种方式"]]


def test_a_body_after_a_dash_is_no_gloss() -> None:
    # A sentence after the dash (a comma, more than a phrase) is the heading's body.
    doc = _text("某县通知", "一、总体要求—— 坚持以人民为中心，统筹推进各项工作。", BODY, "二、主要任务", BODY)
    assert flat_outline(doc.sections)[0][2] == "总体要求——"


def test_a_line_not_naming_steps_over_a_single_list_is_no_heading() -> None:
    # A single short line over the first 一、 that names no part nor steps stays text (it may be
    # a lead-in or a caption).
    doc = _text(NEWS, "某县网上办事大厅", "一、登录", BODY, "二、注册", BODY)
    assert [title for _, _, title in flat_outline(doc.sections)] == ["登录", "注册"]


# -- 2. a short notice's label–value clauses and its file list ---------------------------------

NOTICE = (
    "某县人民政府征收土地预公告",
    "因公共利益需要，拟征收某镇某村集体土地，现将有关事项公告如下：",
    "一、拟征收土地的征收目的：公共设施建设用地。",
    "二、拟征收土地的位置和范围：某镇某村地段（详见现场公告附图）。",
    "实际征收土地范围以最终批准文件为准。",
    "三、拟征收土地面积 ：3.5公顷（合52.5亩）。",
    "四、公告期限：2026年3月1日至2026年3月10日。",
    "五、拟征收土地的规划用途、补偿标准和安置方式等内容按《征收土地预公告》（某国规征预字〔2025〕8号）执行。",
    "2.征收土地预公告（某国规征预字〔2025〕8号）.pdf",
    "3.现场公告附图.jpg",
    "某县人民政府",
    "2026年2月28日",
)


def test_a_notices_label_value_clauses_are_text() -> None:
    doc = _text(*NOTICE)
    assert doc.sections == ()
    spoken = spoken_text(doc)
    for line in NOTICE[1:]:
        assert line.replace(" ", "") in spoken.replace(" ", "")


def test_a_space_before_a_colon_does_not_end_a_title() -> None:
    doc = _text("某县工作方案", "一、工作目标 ：", BODY, "二、工作措施 ：", BODY)
    assert [title for _, _, title in flat_outline(doc.sections)] == ["工作目标", "工作措施"]


def test_a_file_name_is_no_heading() -> None:
    lines = ("一、工作目标", BODY, "1.工作方案（征求意见稿）.docx", "2.工作任务分解表.xlsx")
    raw = RawDocument(title="某县工作方案", metadata={}, paragraphs=tuple(Paragraph(line) for line in lines))
    doc = parse_outline(raw)
    assert flat_outline(doc.sections) == [[1, "一", "工作目标"]]
    assert doc.sections[0].paragraphs == (BODY, *lines[2:])  # read as text


def test_a_heading_with_more_than_a_note_under_its_field_stays() -> None:
    # Not a notice's field: the item's value is followed by a paragraph of its own text.
    long = BODY * 3
    doc = _text("某县工作方案", "一、工作目标：全面完成年度任务。", long, "二、工作措施：加强组织领导。", long)
    assert [number for _, number, _ in flat_outline(doc.sections)] == ["一", "二"]


# -- 3. the members of a collection whose title counts them ----------------------------------------


def _collection(title: str, *lines: str) -> Document:
    raw = RawDocument(title=title, metadata={}, paragraphs=tuple(Paragraph(line) for line in lines))
    return parse_outline(raw)


MEMBER = ("为推动全镇经济社会持续健康发展，结合我镇实际，制定本计划。", "一、发展目标", BODY, "1.农业", BODY, "2.工业", BODY)


def test_a_members_title_heads_its_own_headings() -> None:
    doc = _collection("某镇年度工作计划（2篇）", "某镇年度工作计划（2篇）", "某镇年度工作计划(一)", *MEMBER, "某镇年度工作计划（二）", *MEMBER)
    outline = flat_outline(doc.sections)
    assert [row for row in outline if row[0] == 1] == [[1, "", "某镇年度工作计划(一)"], [1, "", "某镇年度工作计划（二）"]]
    assert outline[1] == [2, "一", "发展目标"]
    # the collection's name repeated with its count titles no member: it is read as text
    assert doc.preface == ("某镇年度工作计划（2篇）",)


def test_no_count_in_the_title_no_members() -> None:
    # A plan whose title counts nothing: 某镇年度工作计划（一） may be a part of the plan's own text.
    doc = _collection("某镇年度工作计划", "某镇年度工作计划（一）", *MEMBER)
    assert [1, "", "某镇年度工作计划（一）"] not in flat_outline(doc.sections)


def test_a_model_text_sites_members_numbered_pian_1_under_its_tagged_name() -> None:
    # A 范文 site: 某局年度述职报告范文三篇 over 某局年度述职报告篇1 … 篇2: the tag 范文 is the site's.
    doc = _collection("某局年度述职报告范文三篇", "某局年度述职报告篇1", *MEMBER, "某局年度述职报告篇2", *MEMBER)
    outline = flat_outline(doc.sections)
    assert [row for row in outline if row[0] == 1] == [[1, "", "某局年度述职报告篇1"], [1, "", "某局年度述职报告篇2"]]
    assert outline[1] == [2, "一", "发展目标"]
    # Not a line that names the collection again without a member's number, nor another name.
    other = _collection("某局年度述职报告范文三篇", "某局年度述职报告", "某局半年述职报告篇1", *MEMBER)
    assert [row for row in flat_outline(other.sections) if row[0] == 1] == [[1, "一", "发展目标"]]


# -- 4. a list's first item glued to its heading in a flattened page ----------------------------------

FLAT = (
    "某镇2025年工作要点 为推动全镇高质量发展，现提出如下工作要点。"
    "一、巩固脱贫成果，全面推进乡村振兴1 .健全防返贫机制。 落实帮扶措施，开展动态监测，确保不发生规模性返贫。"
    "2 .发展特色产业。 扶持种养大户，建设示范基地，带动农户增收致富。"
    "二、加强基层治理 完善村规民约，推进网格管理，提升治理水平。"
)


def test_a_first_item_glued_to_its_heading_opens_the_list() -> None:
    doc = _text(FLAT)
    assert flat_outline(doc.sections) == [
        [1, "一", "巩固脱贫成果，全面推进乡村振兴"],
        [2, "1", "健全防返贫机制。"],
        [2, "2", "发展特色产业。"],
        [1, "二", "加强基层治理"],
    ]


def test_a_figure_in_a_heading_is_no_glued_item() -> None:
    # 1.5 is a figure (a digit follows the dot), not the marker of a first item.
    doc = _text("某县应急预案 为做好应急工作，制定本预案。 一、启动1.5级以上响应 各单位按照职责，立即开展处置工作。")
    assert flat_outline(doc.sections)[0][2].startswith("启动1.5级")
