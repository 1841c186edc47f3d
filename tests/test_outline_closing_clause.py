"""A document's closing clause numbered as the last item (六、本通知自2022年1月15日起实施。) is a
sentence of the text, not a chapter (dev33 wide sample, session 30). Made-up examples."""

from __future__ import annotations

from helpers import flat_outline

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline
from audiojiedu.outline.lists import is_statement


def test_closing_clauses_are_statements() -> None:
    assert is_statement("本通知自2022年1月15日起实施。")
    assert is_statement("本办法自印发之日起施行。")
    assert is_statement("本方案由县发展和改革局负责解释。")
    assert is_statement("本意见有效期三年。")
    assert is_statement("本办法自印发之日起开始执行，试行三年。")  # with its term after it


def test_headings_about_when_a_document_holds_are_not_statements() -> None:
    assert not is_statement("施行日期")
    assert not is_statement("本办法的适用范围")
    assert not is_statement("实施时间")


def test_the_last_numbered_item_saying_when_the_notice_takes_effect_is_text() -> None:
    doc = parse_outline(
        read_text(
            "某市交通委员会关于出租汽车运价浮动实施规则的通知\n各区交通管理部门：\n现将有关事项通知如下。\n"
            "一、实施原则\n坚持公开透明、稳定有序的原则。\n二、实施对象\n本市巡游出租汽车经营者。\n"
            "三、配套保障\n各区要加强监督检查。\n四、本通知自2022年1月15日起实施。\n"
        )
    )
    assert [(number, title) for _, number, title in flat_outline(doc.sections)] == [("一", "实施原则"), ("二", "实施对象"), ("三", "配套保障")]
    assert "本通知自2022年1月15日起实施。" in doc.sections[-1].paragraphs[-1]


def test_a_numbered_sentence_leading_into_what_follows_is_no_heading() -> None:
    """（二）五星之位置与画法如下： leads into its list (甲、…乙、…): a sentence of the text; a heading
    that names its part (（二）画法) stays one."""
    assert is_statement("五星之位置与画法如下：")
    assert is_statement("具体安排如下:")
    assert not is_statement("五星之位置与画法")
    assert not is_statement("如下情形的处理")


_PLAN = (
    "某某专项治理工作方案\n为创建全国文明城市，决定开展为期三个月专项治理行动，特制定本方案。\n"
    "一、工作内容\n开展文化市场专项整治行动，使全市文化市场各类违法违规经营行为得到有效治理。\n二、工作要求\n"
    "1、各责任单位要结合本地实际，细化工作措施，精心组织，抓好各项工作任务的落实。\n"
    "2、各责任单位要按照工作方案，突出工作重点，及时对各项工作完成情况进行总结，并按要求报送相关信息。\n"
)


def test_the_last_clause_with_the_signature_glued_after_it_is_still_a_clause() -> None:
    # 3、…落实。某某领导小组: the signature lost its line break; the three sentences stay clauses.
    for signed in ("市某某工作领导小组", "市某某工作领导小组 2016年7月1日"):
        doc = parse_outline(read_text(_PLAN + f"3、要坚持集中整治与日常管理相结合，持续抓好责任落实。{signed}\n"))
        assert flat_outline(doc.sections) == [[1, "一", "工作内容"], [1, "二", "工作要求"]]


def test_a_last_item_with_its_own_text_after_it_is_judged_as_before() -> None:
    # Must NOT touch: words after the last item that are no signature.
    doc = parse_outline(read_text(_PLAN + "3、加强督查。市督查室要定期通报各单位的工作进展情况。\n"))
    assert [row[:2] for row in flat_outline(doc.sections)][:2] == [[1, "一"], [1, "二"]]


_RULES = (
    "某某信箱使用须知\n"
    "（一）您在写信时应遵守法律法规和社会公德，如实反映情况，不得捏造、歪曲事实。\n"
    "（二）请一事一投，以免给处理工作带来不便。\n"
    "（三）\n\n写信时应说明请求、事实和理由，内容完整、表述清楚，就事论事、详略得当，同时请不要用链接网页或其他媒体报道代替写信。\n"
    "（四）写信后请留下您的真实姓名和电话，有关方面在处理时可以更好地与您联系。\n"
)


def test_a_clause_whose_line_broke_after_its_marker_is_still_a_clause() -> None:
    """（三） alone, its sentence (too long for a title, so not joined to it) on the next line: a
    clause beside the others, read as one item."""
    doc = parse_outline(read_text(_RULES))
    assert flat_outline(doc.sections) == []
    assert "（三） 写信时应说明请求、事实和理由，内容完整、表述清楚，就事论事、详略得当，同时请不要用链接网页或其他媒体报道代替写信。" in doc.preface


def test_a_bare_marker_over_a_sections_text_stays_a_heading() -> None:
    # Must NOT touch: a marker whose title was lost, over paragraphs of text, heads them.
    text = (
        "某某工作方案\n一、总体要求\n坚持问题导向，全面推进各项工作。\n二、\n\n各乡镇要加强组织领导。\n\n各部门要密切配合，形成合力。\n"
        "三、工作步骤\n分三个阶段推进。\n"
    )
    doc = parse_outline(read_text(text))
    assert [number for _, number, _ in flat_outline(doc.sections)] == ["一", "二", "三"]


def test_a_guides_questions_over_their_answers_are_headings() -> None:
    """一、本次考试的流程是怎样的？(一)…(二)… / 二、哪些人员可以报考？ / its answer: a guide's questions head
    their answers, however the notice rules would judge a numbered sentence."""
    text = (
        "某省公务员考试报考指南\n第一章 报考政策规定\n"
        "一、本次考试的流程是怎样的？（一）细读招考公告和报考指南；\n（二）网上报名、缴费确认；\n（三）参加笔试和面试。\n"
        "二、哪些人员可以报考？\n凡是符合《中华人民共和国公务员法》规定条件的人员，均可报考。\n"
    )
    doc = parse_outline(read_text(text))
    assert [title for _, _, title in flat_outline(doc.sections)] == ["报考政策规定", "本次考试的流程是怎样的？", "哪些人员可以报考？"]


def test_a_checklists_questions_without_answers_stay_clauses() -> None:
    # Must NOT touch: numbered questions with nothing under them are a checklist's items.
    text = "某单位自查清单\n请逐项自查：\n一、是否建立了工作台账？\n二、是否按时报送了材料？\n三、是否落实了整改措施？\n"
    doc = parse_outline(read_text(text))
    assert flat_outline(doc.sections) == []
