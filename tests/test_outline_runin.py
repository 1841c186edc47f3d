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


def test_a_bare_number_as_the_last_line_is_text() -> None:
    # The page's copy ends after the next item's number: （四） heads nothing.
    doc = _outline(*CUT_LINES[:-1], "（四）")
    assert flat_outline(doc.sections) == [[1, "一", "主动公开情况"], [2, "（一）", "网站公开。"], [2, "（二）", "公众号公开。"]]
    assert doc.sections[0].sections[-1].paragraphs[-1] == "（四）"
    assert any(f.kind == "heading-guessed" and f.text == "（四）" for f in doc.findings)


def test_a_bare_article_as_the_last_line_stays() -> None:
    # 第五条 has no title by its nature: a bare article at the end is still an article.
    doc = _outline("某市档案管理办法", "第一条 为加强档案管理，制定本办法。", "第二条 本办法自发布之日起施行。", "第三条")
    assert [row[1] for row in flat_outline(doc.sections)][-1] == "第三条"


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


# -- run-in headings of a work plan's points ----------------------------------------------------


def test_three_parallel_phrases_head_their_paragraph_in_a_notice() -> None:
    doc = _outline(
        "某县人民政府办公室关于做好2025年重点任务分解落实工作的通知",
        "各乡镇人民政府，县直各单位：",
        "一、提高认识，周密部署，科学制定落实方案。各单位要逐项研究承办的任务，明确时间节点和责任人。牵头单位要统筹协调，按时报送方案。",
        "二、落实责任，加强协作，全力推进任务落地。各单位主要负责人要切实履行职责，加强调度。涉及多个部门的任务要主动对接。",
        "三、强化督查，严格考核，确保全年任务完成。县政府督查室要定期通报进展。考核结果纳入年度绩效评价。",
    )
    assert [row[2] for row in flat_outline(doc.sections)] == [
        "提高认识，周密部署，科学制定落实方案。",
        "落实责任，加强协作，全力推进任务落地。",
        "强化督查，严格考核，确保全年任务完成。",
    ]


def test_a_clause_of_uneven_phrases_stays_a_clause() -> None:
    # 各单位要高度重视，认真组织，… — phrases of different lengths: a sentence, not a point's title.
    doc = _outline(
        "某县教育局关于开展校园安全检查的通知",
        "各中小学校：",
        "一、各单位要高度重视，认真组织，确保检查按时完成。检查结果报县教育局。逾期不报的予以通报。",
        "二、检查中发现的隐患要及时整改，不能立即整改的要制定方案。整改情况一并上报。请认真落实。",
    )
    assert doc.sections == ()


def test_a_work_plan_flattened_after_its_title_opens_its_points() -> None:
    # A 文库 page: the title, then the points run into one paragraph after it; one point lost its dot.
    doc = _outline(
        "某县农业农村局2025年工作要点",
        "某县农业农村局2025年工作要点1.持续巩固脱贫攻坚成果。健全防止返贫监测机制，落实帮扶措施。"
        "2 .扎实推进乡村产业发展。培育壮大特色产业，发展农产品加工。3 .加快建设宜居乡村。"
        "推进农村人居环境整治，完善基础设施。4 深化农村改革。稳慎推进宅基地制度改革，发展新型农村集体经济。"
    )
    assert doc.title == "某县农业农村局2025年工作要点"
    assert [row[1:] for row in flat_outline(doc.sections)] == [
        ["1", "持续巩固脱贫攻坚成果。"],
        ["2", "扎实推进乡村产业发展。"],
        ["3", "加快建设宜居乡村。"],
        ["4", "深化农村改革。"],
    ]


def test_a_number_without_its_dot_outside_a_run_is_text() -> None:
    # 3 个 after a sentence is an amount; a bare 2 with no 1. open heads nothing.
    doc = _outline("某乡2024年工作总结", "全年新建村级服务站。3 个村完成道路硬化。2 项工程通过验收。")
    assert doc.sections == ()


def test_a_full_stop_typed_as_a_dot_ends_a_heading() -> None:
    doc = _outline(
        "某乡政府工作报告",
        "某乡政府工作报告一、基本情况。某乡位于县城西北部.全乡总面积300平方千米.下辖7个行政村.二.重点工作汇报."
        "在县委县政府的领导下，全乡各项工作取得较好进展。一、农业工作。全乡发展特色种植，面积达到2万亩。"
    )
    # (the dot typed for the full stop is one: the heading keeps it, as 基本情况。 does)
    assert flat_outline(doc.sections) == [[1, "一", "基本情况。"], [1, "二", "重点工作汇报。"], [2, "一", "农业工作。"]]


def test_a_decimal_point_is_no_full_stop() -> None:
    # 2.5 or 第1.2 are figures and numbers: the digit after a dot opens nothing.
    doc = _outline("某镇2024年工作总结", "全镇生产总值增长6.5.2个百分点的增幅高于全县平均水平。")
    assert doc.sections == ()


def test_a_first_paragraph_opening_with_the_title_keeps_it_as_text() -> None:
    doc = _outline("某县农业农村局2025年工作要点", "某县农业农村局2025年工作要点1.持续巩固脱贫攻坚成果。健全监测机制。")
    assert doc.preface[0] == "某县农业农村局2025年工作要点"
    # A title followed by a sentence, or by a number other than 1, opens nothing.
    doc = _outline("某县农业农村局2025年工作要点", "某县农业农村局2025年工作要点2.持续巩固成果。健全监测机制。")
    assert doc.sections == ()


# -- chapters and articles glued together ---------------------------------------------------------


def test_a_letter_spaced_chapter_title_glued_to_its_first_article_is_whole() -> None:
    """第一章 总  则第一条 …: the spaces are inside the title; it is 总则, never 总 with 则 read
    as the first word of the article."""
    doc = _outline(
        "某市行政规范性文件管理规定",
        "第一章 总  则第一条 为加强行政规范性文件管理，制定本规定。第二条 本规定适用于本市各级行政机关。",
        "第二章 附  则第三条 本规定自公布之日起施行。",
    )
    assert flat_outline(doc.sections) == [
        [1, "第一章", "总则"],
        [2, "第一条", ""],
        [2, "第二条", ""],
        [1, "第二章", "附则"],
        [2, "第三条", ""],
    ]


def test_chapters_glued_to_their_first_article_keep_their_titles() -> None:
    doc = _outline(
        "某市产业发展专项资金管理办法",
        "第一章总则第一条为规范专项资金的使用，提高资金使用效益，制定本办法。",
        "第二条本办法所称专项资金，是指市级财政安排的产业发展资金。",
        "第二章资金使用第三条专项资金的使用方向：（一）重点产业项目；（二）技术改造项目。",
        "第四条专项资金采取补助和贴息方式。",
    )
    assert flat_outline(doc.sections) == [
        [1, "第一章", "总则"],
        [2, "第一条", ""],
        [2, "第二条", ""],
        [1, "第二章", "资金使用"],
        [2, "第三条", ""],
        [2, "第四条", ""],
    ]


def test_a_chapter_glued_to_its_first_section_keeps_its_title() -> None:
    doc = _outline(
        "某区“十四五”社会事业发展专项规划",
        "第一章“十三五”规划总结第一节 发展成就“十三五”期间，全区社会事业取得长足进步。",
        "第二节 面临的形势",
        "今后五年，人口结构变化带来新的需求。",
    )
    rows = flat_outline(doc.sections)
    assert rows[0] == [1, "第一章", "“十三五”规划总结"]
    assert [row[:2] for row in rows[1:]] == [[2, "第一节"], [2, "第二节"]]


def test_a_sections_standard_name_glued_to_its_body_ends_the_title() -> None:
    doc = _outline(
        "某区“十四五”社会事业发展专项规划",
        "第二章 指导思想、原则和发展目标",
        "第一节 指导思想以新时代中国特色社会主义思想为指导，坚持以人民为中心的发展思想，推动社会事业高质量发展。",
        "第二节 基本原则",
        "坚持统筹兼顾，坚持改革创新。",
    )
    assert flat_outline(doc.sections)[1] == [2, "第一节", "指导思想"]


def test_a_cited_article_does_not_end_a_chapter_title() -> None:
    # 第二章第三条 and 第三条的规定 cite an article: a sentence about the chapter, not a heading.
    doc = _outline("某市专项资金管理办法解读", "本办法第二章第三条的规定明确了资金的使用方向，各单位要认真执行。")
    assert doc.sections == ()


def test_an_article_glued_to_text_opening_with_gui_is_an_article_and_guiding_cites() -> None:
    # 第三条规范… opens article three; 第三条规定 cites it.
    doc = _outline(
        "某区行政处罚裁量规则",
        "第一条为规范行政执法行为，制定本规则。",
        "第二条本规则适用于全区各级行政部门。",
        "第三条规范行政处罚裁量权实行裁量基准制度。",
        "第四条违反第三条规定的，由上级机关责令改正。",
    )
    assert [row[1] for row in flat_outline(doc.sections)] == ["第一条", "第二条", "第三条", "第四条"]


def test_an_article_glued_to_text_opening_with_zhongyang_is_an_article() -> None:
    # 第五条中央财政…, 第四条中国政府…, 第五条中方…: 中 opens a word, not the citation 第五条中 (in
    # article five), which goes on as a citation does (中的, 中所称, 中规定, 中“…”).
    doc = _outline(
        "某省农村环境整治资金管理办法",
        "第一章总则",
        "第一条为规范资金管理，提高资金使用效益，制定本办法。",
        "第二条中央补助资金和省级配套资金分年度下达。",
        "第三条中共某省委农村工作领导小组负责统筹协调。",
        "第四条中国政府依法保护合作开采活动及其合法权益。",
        "第五条中方石油公司负责对外合作开采的经营业务。",
        "第六条中外合作项目按合同约定执行，中的“项目”指合作开采项目。",
    )
    assert [row[1] for row in flat_outline(doc.sections)] == ["第一章", "第一条", "第二条", "第三条", "第四条", "第五条", "第六条"]
    # Not a citation: 第二条中所称 / 第二条中规定 stay text of the article that cites them.
    cited = _outline(
        "某省农村环境整治资金管理办法",
        "第一条为规范资金管理，制定本办法。",
        "第二条本办法所称资金，是指省级以上财政安排的资金。",
        "第三条 第二条中所称资金，按年度下达。",
        "第三条中规定的资金，不得挪作他用。",
    )
    assert [row[1] for row in flat_outline(cited.sections)] == ["第一条", "第二条", "第三条"]


# -- a heading whose numeral the copy lost (、工作要求) -------------------------------------------

LOST_LINES = (
    "某县民政局关于调整特困人员供养标准的通知",
    "一、调整后的标准",
    "特困人员基本生活标准调整为每人每年8000元。",
    "二、执行时间",
    "新标准自2024年1月1日起执行。",
    "、工作要求",
    "各乡镇要抓紧做好新标准的落实工作。",
)


def test_a_heading_that_lost_its_numeral_opens_beside_the_others() -> None:
    doc = _outline(*LOST_LINES)
    assert flat_outline(doc.sections) == [[1, "一", "调整后的标准"], [1, "二", "执行时间"], [1, "", "工作要求"]]
    assert doc.sections[-1].paragraphs == ("各乡镇要抓紧做好新标准的落实工作。",)
    assert any(f.kind == "heading-guessed" and f.text == "、工作要求" for f in doc.findings)


def test_a_line_opening_with_a_comma_is_no_heading_without_numbered_ones_above() -> None:
    # What must NOT be touched: no 一、 open above it, or a sentence after the 、.
    doc = _outline("某县民政局通知", "各乡镇要做好以下工作。", "、工作要求", "抓紧落实。")
    assert flat_outline(doc.sections) == []
    doc = _outline(*LOST_LINES[:5], "、各乡镇要抓紧做好落实工作。", "县民政局")
    assert [row[2] for row in flat_outline(doc.sections)] == ["调整后的标准", "执行时间"]


# -- a draft's note under an article, then the next article ----------------------------------------

ANNOTATED_DRAFT = (
    "某市农贸市场管理办法（征求意见稿）",
    "第一章 总则",
    "第一条（目的和依据）为规范农贸市场管理，根据有关法规，结合本市实际，制定本办法。",
    "注释：",
    "本条说明制定本办法的依据。",
    "第二条（适用范围）本市行政区域内农贸市场的建设和管理适用本办法。",
    "第三条（管理部门）市商务部门负责全市农贸市场的监督管理。",
)


def test_an_article_after_a_note_under_the_article_before_is_an_article() -> None:
    doc = _outline(*ANNOTATED_DRAFT)
    assert flat_outline(doc.sections) == [
        [1, "第一章", "总则"],
        [2, "第一条", "目的和依据"],
        [2, "第二条", "适用范围"],
        [2, "第三条", "管理部门"],
    ]
    first = doc.sections[0].sections[0]
    assert first.paragraphs[-2:] == ("注释：", "本条说明制定本办法的依据。")


def test_footnotes_after_the_articles_stay_notes() -> None:
    doc = _outline(
        *ANNOTATED_DRAFT[:3],
        "注释：",
        "第一条所称农贸市场，指以零售农产品为主的市场。",
        "第三条所称经营者，见本办法第八条。",
    )
    assert flat_outline(doc.sections) == [[1, "第一章", "总则"], [2, "第一条", "目的和依据"]]


# -- a notice's first point right after its lead-in's colon ---------------------------------------


def test_a_notices_first_point_after_its_lead_in_colon_opens_a_heading() -> None:
    # A copy that lost its line breaks: 通告如下：一、… — the point follows the colon directly.
    text = (
        "为加强烟花爆竹安全管理，经县政府研究，现将有关事项通告如下：一、全时段禁放区域（一）县城建成区范围内的"
        "街道、广场和公园，以及周边一百米内的区域。（二）各级文物保护单位及其周边五十米范围内的区域。"
    )
    doc = _outline("某县人民政府关于禁止燃放烟花爆竹的通告", text)
    assert flat_outline(doc.sections)[0] == [1, "一", "全时段禁放区域"]
    assert doc.preface == (text[: text.index("一、")],)
    assert spoken_text(doc) == text


def test_a_numbered_member_after_another_colon_stays_in_its_sentence() -> None:
    # After a colon that is no 如下： lead-in, a 一、 is a list's member or a value: no heading.
    text = "本办法所称重点区域包括：一、县城建成区；二、各乡镇集镇所在地。"
    doc = _outline("某县管理办法", "为加强管理，制定本办法。", text)
    assert flat_outline(doc.sections) == []


# -- a list's last clause cut off by the excerpt's end ---------------------------------------------

_LONG_RULES = tuple(f"第{n}批村庄的规划、建设和管理，由所在乡镇人民政府按照有关规定组织实施，并报县人民政府备案。" * 6 for n in range(1, 31))
_DUTIES = (
    "某县村庄规划建设管理条例",
    "第一章 总则",
    *_LONG_RULES,
    "村民委员会依照有关规定，协助乡镇人民政府做好村庄管理的有关工作：",
    "（一）制定村庄公共设施维护、环境卫生、消防安全等管理制度并监督实施；",
)


def test_a_semicolon_list_whose_last_clause_the_excerpt_cut_off_is_text() -> None:
    doc = _outline(*_DUTIES, "（二）保护村内的古树名木、公共设施、文")
    assert flat_outline(doc.sections) == [[1, "第一章", "总则"]]
    spoken = spoken_text(doc, with_title=True)
    assert "（一）制定村庄公共设施维护" in spoken and "（二）保护村内的古树名木、公共设施、文" in spoken


def test_a_cut_off_last_line_after_titled_items_stays_a_heading() -> None:
    # Items that are titles, not clauses, stay headings, the cut-off one too.
    doc = _outline(*_DUTIES[:-2], "（一）管理制度", "村民委员会制定管理制度。", "（二）古树名木保")
    assert flat_outline(doc.sections) == [[1, "第一章", "总则"], [2, "（一）", "管理制度"], [2, "（二）", "古树名木保"]]


# -- a flattened copy: the list's last clause ends inside the line that goes on ----------------------

_TOPICS = ("会议", "议题", "文件", "报告", "审议", "记录", "决定", "公告", "程序", "材料", "建议", "意见", "检查", "调研", "培训")
_ARTICLES = " ".join(
    f"第{n}条 常务委员会应当做好{w}工作，有关机构应当按照规定及时办理{w}事项，并向主任会议报告{w}情况。"
    for n, w in zip(["二十" + d for d in "一二三四五六七八九"] * 3, _TOPICS)
)


def _flattened(items: str) -> str:
    return (
        "[接上页] 受委托的常务委员会应当将检查情况书面报告委托机关。 " + _ARTICLES * 2
        + " 第三十一条 检查结束后，检查组应当提出检查报告。检查报告包括下列内容： " + items
        + " 第三十二条 常务委员会举行会议的二十日前，有关机构应当将检查报告交办事机构。 第三十三条 常务委员会会议闭会后"
        "五个工作日内，有关机构应当将审议意见汇总，报主任审签后，连同检查报告一并交由本级人民政府、人民法院或者人"
    )


def test_semicolon_clauses_of_a_flattened_copy_are_text() -> None:
    items = "（一）对实施情况的评价； （二）存在的问题； （三）改进工作的建议； （四）对有关法规提出修改完善的建议。"
    doc = parse_outline(read_text("|\n" + _flattened(items)))
    assert flat_outline(doc.sections) == []
    assert items.replace(" ", "") in spoken_text(doc, with_title=True).replace(" ", "")


def test_titled_items_of_a_flattened_copy_are_not_judged_a_semicolon_list() -> None:
    # Items that end as titles do, not as clauses, are left to the heading rules; named one after
    # another in the article's sentence with nothing of their own (包括下列内容：（一）… （二）… （三）…),
    # they are the sentence's list (see build._in_item_run), read where they stand.
    items = "（一）实施情况评价 （二）存在问题 （三）工作建议。"
    doc = parse_outline(read_text("|\n" + _flattened(items)))
    assert not any(row[1].startswith("（") for row in flat_outline(doc.sections))
    assert "检查报告包括下列内容：（一）实施情况评价（二）存在问题（三）工作建议。" in spoken_text(doc)
    # with text of their own after them, they head it
    own = "（一）实施情况评价 对法规实施的总体情况作出评价。 （二）存在问题 列明执法中存在的主要问题。 （三）工作建议。"
    headed = parse_outline(read_text("|\n" + _flattened(own)))
    assert [row[1] for row in flat_outline(headed.sections) if row[1].startswith("（")] == ["（一）", "（二）", "（三）"]


REPORT_POINTS = (
    "2022年某县政府工作报告",
    "各位代表：",
    "现在，我代表县人民政府向大会报告工作，请予审议。",
    "一、2022年工作回顾",
    "2022年，在县委的坚强领导下，全县经济社会持续健康发展。",
    "（一）坚持“动态清零”总方针，瞄准靶向精准施策，疫情防控形势平稳可控。始终秉持人民至上、生命至上的理念，严格执行防控方案，全力守护群众生命安全和身体健康。",
    "（二）坚定不移贯彻新发展理念，应对挑战破除制约，经济社会发展稳中有进。立足自身优势，全年地区生产总值增长百分之五，固定资产投资增长百分之八。",
    "二、2023年工作安排",
    "2023年是全面贯彻党的二十大精神的开局之年。",
)


def test_a_short_reports_points_of_action_and_outcome_head_their_paragraphs() -> None:
    """（一）坚持…总方针，瞄准…施策，疫情防控形势平稳可控。 then its account: in a report short enough
    to be judged as a notice, a point that opens with an action and ends with what came of it heads
    its paragraph (title up to its first 。); a notice's clause telling what to do, or a rules clause
    naming who acts, stays text."""
    doc = _outline(*REPORT_POINTS)
    assert [row[:3] for row in flat_outline(doc.sections)] == [
        [1, "一", "2022年工作回顾"],
        [2, "（一）", "坚持“动态清零”总方针，瞄准靶向精准施策，疫情防控形势平稳可控。"],
        [2, "（二）", "坚定不移贯彻新发展理念，应对挑战破除制约，经济社会发展稳中有进。"],
        [1, "二", "2023年工作安排"],
    ]
    notice = _outline(
        "关于春节期间实行交通管制的通告",
        "一、管制期间，过往车辆须按照交警指挥绕行。请广大市民提前规划出行路线，合理安排出行时间。",
        "二、加强现场管理，各单位要落实责任，确保秩序井然。对违反规定的车辆依法处理，情节严重的依法追究责任。",
    )
    assert flat_outline(notice.sections) == []


def test_a_deadline_that_opens_the_body_ends_the_glued_title() -> None:
    """目标任务到 2020 年，我市… / 主要目标到2025年底，…: 到 and the year open the body's sentence;
    the title ends before 到, whatever spaces a PDF copy set round the year."""
    body = "各部门要按照职责分工，加强协调配合，确保各项任务落到实处。"
    doc = _outline(
        "某市乡村振兴实施意见",
        f"一、总体要求{body}",
        "1.目标任务到 2020 年，我市乡村振兴取得重要进展，制度框架和政策体系基本形成。",
        f"二、主要目标到2025年底，全市建成示范村100个。{body}",
    )
    assert [row[2] for row in flat_outline(doc.sections)] == ["总体要求", "目标任务", "主要目标"]


def test_an_article_named_in_brackets_at_length_takes_the_name() -> None:
    doc = _outline(
        "某市城市雕塑建设管理办法",
        "第一条（目的）",
        "为了做好城市雕塑建设，制定本办法。",
        "第二条（设计人员、制作单位或者个人的资质要求）",
        "城市雕塑的设计人员应当具有相应资质。",
    )
    assert [row[2] for row in flat_outline(doc.sections)] == ["目的", "设计人员、制作单位或者个人的资质要求"]


# -- an opinion flattened into one paragraph, each point closed by a note in brackets ----------

FLAT_OPINION = (
    "某某办公厅关于促进某某行业平稳运行的意见某办发〔2013〕104号各省、自治区、直辖市人民政府：2012年以来，受市场需求下降等因素影响，"
    "某某行业出现结构性产能过剩、价格下跌、企业亏损等问题，运行困难加大。为促进某某行业平稳运行和持续健康发展，经国务院同意，现提出以下意见："
    "一、坚决遏制某某产量无序增长全面贯彻党中央的总体要求，完善法规政策，科学调控某某总量。严格新建项目准入标准，停止核准新建低于30万吨/年的项目。"
    "新建项目必须严格履行基本建设程序，严厉查处未批先建、批小建大等违规行为。（能源局负责）"
    "二、切实减轻某某企业税费负担2013年年底前，财政部要对重点省份收费情况进行集中清理整顿，坚决取缔各种乱收费。（财政部负责）"
    "三、加强某某进出口环节管理按照节能减排要求，研究制订国家标准。加强对进口商品的质量检验，将褐煤纳入法定检验目录。（质检总局负责）"
    "四、营造某某企业良好发展环境着力解决老矿区、老企业历史遗留问题，妥善安置职工。原国有重点企业承担的办社会职能，要尽快分离移交。（各部门负责）"
    "某某办公厅2013年11月18日"
)


def test_an_opinion_flattened_into_one_paragraph_opens_its_points_after_their_notes() -> None:
    """…违规行为。（能源局负责）二、切实减轻…: a point follows the note closing the one before; its
    title runs into its body (…负担2013年年底前，, …管理按照…, …增长全面贯彻…): where the body's
    opening shows, the title ends, and the points are headings, not clauses."""
    doc = parse_outline(read_text(FLAT_OPINION))
    assert [row[1:] for row in flat_outline(doc.sections)] == [
        ["一", "坚决遏制某某产量无序增长"],
        ["二", "切实减轻某某企业税费负担"],
        ["三", "加强某某进出口环节管理"],
        ["四", "营造某某企业良好发展环境"],
    ]
    assert "（能源局负责）" in spoken_text(doc)


def test_a_task_lists_items_after_their_notes_stay_text() -> None:
    """（区管委会，2016年4月底前完成）2．制定…: a numbered task after the note closing the one before is
    an item of the list, read as text, not a heading."""
    text = FLAT_OPINION.replace("（能源局负责）", "（能源局负责）2．制定某某平台建设方案。（财政部负责）")
    rows = flat_outline(parse_outline(read_text(text)).sections)
    assert [row[1] for row in rows] == ["一", "二", "三", "四"]


FLAT_NOTICE = (
    "某某办公厅关于加强某某需求侧管理的紧急通知某办明电〔2008〕13号各省、自治区、直辖市人民政府：近期，我国部分地区出现罕见的低温天气，"
    "持续时间长，影响范围广，给受灾地区生产生活秩序带来严重影响，对电力生产和供应造成极大困难。当前正值电力需求旺季，电力保障工作面临巨大压力。经国务院同意，现就有关问题通知如下："
    "一、充分认识加强某某需求侧管理的重要意义做好电力供应保障工作，是当前一项十分紧迫的任务，直接关系人民群众生产生活。"
    "二、严格执行以煤定电原则，确保重点骨干电厂生产各地区要充分认清电煤供应的严峻形势，全力组织电煤生产。"
    "三、加大实施有序用电力度，严格控制不合理用电各地区要根据发电出力和电网输送能力，制定有序用电方案。"
    "四、加强领导，确保各项措施落到实处各省、自治区、直辖市人民政府要切实加强领导，落实工作责任。"
    "某某办公厅二〇〇八年二月一日"
)


def test_a_flattened_notices_points_of_two_phrases_end_where_their_body_opens() -> None:
    """二、严格执行以煤定电原则，确保重点骨干电厂生产各地区要…: a point's title of two phrases, its body
    opening with who acts (各地区要, 各省、自治区…); 一、…的重要意义做好…: the title ends on its word.
    The points are headings, not clauses: each body starts a sentence of its own."""
    rows = flat_outline(parse_outline(read_text(FLAT_NOTICE)).sections)
    assert [row[1:] for row in rows] == [
        ["一", "充分认识加强某某需求侧管理的重要意义"],
        ["二", "严格执行以煤定电原则，确保重点骨干电厂生产"],
        ["三", "加大实施有序用电力度，严格控制不合理用电"],
        ["四", "加强领导，确保各项措施落到实处"],
    ]


FLAT_REPEATS = (
    "某某办公厅关于加强某某行业管理有关问题的意见某办发〔2006〕49号各省、自治区、直辖市人民政府，各部委、各直属机构：安全事故多发是当前"
    "某某行业发展中的一个突出问题，加强安全生产管理事关人民生命财产安全。经国务院同意，现提出如下意见："
    "一、建立和完善某某行业管理工作协调机制某某行业管理涉及面广，工作复杂。为加强综合协调，在安全生产委员会建立协调机制。"
    "二、调整相关部门职能加强某某行业管理，既要加强宏观管理，也要加强安全基础管理，落实安全生产责任制。"
    "三、提高某某企业生产经营水平引导某某企业加强市场供需分析，优化生产布局，依法有序组织生产。"
    "四、执行更大力度减税降费把减税降费工作作为一项政治任务来做，落实落细各项减税降费政策。"
    "某某办公厅二〇〇六年六月十五日"
)


def test_a_flattened_points_body_that_repeats_a_word_opens_where_the_repeat_does() -> None:
    """In a page flattened into one line, a point's body names again a word of its title (…协调机制
    某某行业管理涉及面广), restates a phrase of the document's title (…职能加强某某行业管理，既要…), or
    opens with the verb or preposition that takes the word again (…水平引导某某企业…, …降费把减税降费…)."""
    rows = flat_outline(parse_outline(read_text(FLAT_REPEATS)).sections)
    assert [row[1:] for row in rows] == [
        ["一", "建立和完善某某行业管理工作协调机制"],
        ["二", "调整相关部门职能"],
        ["三", "提高某某企业生产经营水平"],
        ["四", "执行更大力度减税降费"],
    ]



def test_a_short_title_run_into_a_directive_clause_is_cut_where_the_clause_opens() -> None:
    """二、坚持统筹协调各责任单位要对…事项逐项研究: the body opens with who must act (各责任单位要), however
    short the run-on title is, among points whose titles are short phrases."""
    text = (
        "某某工作方案\n一、加强组织领导。各责任单位要加强组织领导，明确分管领导和具体责任人。\n"
        "二、坚持统筹协调各责任单位要对所承办的责任事项逐项进行研究，制定具体细化的工作方案。\n"
        "三、精准高效督办。各责任单位要将涉及本单位的目标任务纳入督办。\n"
    )
    rows = flat_outline(parse_outline(read_text(text)).sections)
    assert [row[1:] for row in rows] == [["一", "加强组织领导。"], ["二", "坚持统筹协调"], ["三", "精准高效督办。"]]

def test_a_clause_naming_the_documents_topic_again_is_no_title_cut_before_it() -> None:
    """A notice's last clause is one sentence: the topic word it names (森林防火, four characters
    of the title 关于森林防火的公告) is no restated phrase the body would open with."""
    text = (
        "关于森林防火的公告\n一、禁火时间\n即日起至2024年4月30日止。\n二、禁火区域\n全市行政区域内森林。\n"
        "三、禁止内容\n（一）禁止携带火种进入禁火区；\n（二）禁止在禁火区内吸烟、野炊；\n（三）禁止燃放烟花爆竹。\n"
        "四、凡违反本禁令规定的单位和个人，依据《某某森林防火条例》等法律法规进行处罚；构成犯罪的依法追究刑事责任。\n"
        "五、县级人民政府根据本行政区域内森林资源分布状况，划定森林防火区、发布禁火令，并向社会公布。\n"
        "六、全市广大干部群众要积极参与森林防火，自觉遵守森林防火规定，发现违规用火和森林火灾，立即拨打森林防灭火举报电话。\n森林火警举报电话：12119\n"
    )
    rows = flat_outline(parse_outline(read_text(text)).sections)
    assert [row[1:] for row in rows] == [["一", "禁火时间"], ["二", "禁火区域"], ["三", "禁止内容"]]


FLAT_CLEANUP = (
    "某某办公厅关于电站项目清理及近期建设安排有关工作的通知某办发〔2005〕74号各省、自治区、直辖市人民政府：为做好电站项目清理工作，经国务院同意，现就有关问题通知如下："
    "一、进一步提高对清理违规电站项目工作的认识随着国民经济的快速发展，我国电力建设取得了令人瞩目的成就。"
    "二、合理安排近期电站建设近年来我国电力需求增长很快，需要适度加快电力建设。"
    "三、继续做好电站项目清理工作，妥善处理违规项目各地区要按照国家有关规定，认真组织清理。"
    "四、按照有保有限原则，确保重点用户用电需求在确保电网安全运行的前提下，各地区要采取有效措施，突出重点。"
    "五、采取综合措施制止和防范违规电站建设对违规项目要综合治理、标本兼治。"
    "六、加强组织领导各级人民政府要加强组织领导，切实把各项工作抓实抓好。"
    "某某办公厅二〇〇五年八月二十日"
)


def test_a_flattened_points_long_title_ends_before_what_only_opens_a_sentence() -> None:
    """随着, 近年来 open only a sentence, and so do 在…的前提下，, 对…要 and 各…要: before them a glued title
    may run past the usual window (…工作的认识随着…); titles of two phrases count as short ones."""
    rows = flat_outline(parse_outline(read_text(FLAT_CLEANUP)).sections)
    assert [row[2] for row in rows] == [
        "进一步提高对清理违规电站项目工作的认识",
        "合理安排近期电站建设",
        "继续做好电站项目清理工作，妥善处理违规项目",
        "按照有保有限原则，确保重点用户用电需求",
        "采取综合措施制止和防范违规电站建设",
        "加强组织领导",
    ]


FLAT_DATED = (
    "关于做好生育保险联网结算工作的通知某中心发〔2020〕11号各有关单位：现将有关事项通知如下："
    "一、分批实现生育保险联网结算2020年11月底前，8家定点医疗机构实现联网结算。其他机构分批实现。"
    "二、完善服务保障到2021年，全部定点医疗机构实现联网结算。"
    "三、推进信息共享2019年以来，各地建成了信息平台，运行平稳。"
    "四、有关要求各单位要高度重视，专人负责。"
)


def test_a_time_set_off_by_its_comma_opens_a_glued_points_body() -> None:
    """2020年11月底前，, 到2021年，, 2019年以来，: a time set off by its comma only opens a
    sentence; a glued title ends before it (before 到 with it)."""
    rows = flat_outline(parse_outline(read_text(FLAT_DATED)).sections)
    assert [row[2] for row in rows] == ["分批实现生育保险联网结算", "完善服务保障", "推进信息共享", "有关要求"]
    spoken = spoken_text(parse_outline(read_text(FLAT_DATED)))
    assert "2020年11月底前，8家定点医疗机构实现联网结算。" in spoken and "到2021年，全部定点医疗机构" in spoken
    # a year inside a title, not set off by a comma, stays in it
    rows = flat_outline(parse_outline(read_text(FLAT_DATED.replace("2019年以来，", "2019年度任务全面完成，"))).sections)
    assert "推进信息共享" not in [row[2] for row in rows]


def test_a_summarys_part_named_with_its_year_ends_before_its_bodys_period() -> None:
    """一、2022年工作总结今年来，…（一）…: a part's title may open with its year; its body opens by
    saying its period, set off by a comma (今年来，), and the title ends there."""
    text = (
        "某镇2022年工作总结及2023年工作计划\n"
        "一、2022年工作总结今年来，某镇坚持稳中求进，完成了各项工作任务。（一）抓好项目建设。完成项目12个。"
        "（二）抓好民生保障。新增就业300人。"
        "二、2023年工作计划今年来，某镇谋划了一批新项目。（一）抓好招商引资。引进项目5个。（二）抓好乡村振兴。打造示范村2个。"
    )
    rows = flat_outline(parse_outline(read_text(text)).sections)
    assert [row[:3] for row in rows if row[0] == 1] == [[1, "一", "2022年工作总结"], [1, "二", "2023年工作计划"]]
    assert "今年来，某镇坚持稳中求进" in spoken_text(parse_outline(read_text(text)))


def test_a_point_after_a_note_closing_the_point_before_opens_in_a_flattened_page() -> None:
    """…按规定发放。（缴费不满1年的，补足后申请。）（四）定点机构结算。…: the note in brackets closes
    the point before; the next point follows it as after a sentence's end."""
    text = (
        "关于做好联网结算工作的通知各有关单位：现将有关事项通知如下：一、结算流程（一）联网备案。职工办理备案。"
        "（二）医疗费结算。职工凭卡结算。（三）津贴申领。按规定发放至职工账户。（缴费不满1年的，补足后申请。）"
        "（四）定点机构结算。定点机构按月上传信息。二、有关要求各单位要高度重视。"
    )
    rows = flat_outline(parse_outline(read_text(text)).sections)
    assert [(row[1], row[2].rstrip("。")) for row in rows if row[0] == 2][-1] == ("（四）", "定点机构结算")
    assert "（缴费不满1年的，补足后申请。）" in spoken_text(parse_outline(read_text(text)))


def test_a_subject_and_its_modal_before_a_body_opener_is_no_title() -> None:
    """（三）申请人须按照网上申报系统要求填写…: 按照 follows the subject and its modal verb, inside
    one sentence; the item is a clause like the others, not a heading 申请人须."""
    doc = _outline(
        "关于组织申报2024年度某某基金项目的通知",
        "各有关单位：",
        "现将有关事项通知如下：",
        "（一）项目申报前，申请人所在单位须通过平台申请注册为依托单位。",
        "（二）申请人须按照网上申报系统要求填写项目有关信息，经依托单位审核后按流程提交。",
        "（三）项目申报截止时间为2024年3月20日，逾期不予受理。",
    )
    assert flat_outline(doc.sections) == []


def test_numbered_questions_of_a_question_and_answer_page_are_its_headings() -> None:
    """一、问：如何办理…？ / 答：… (an interview.s 1.记者：…？): the question is the heading.s title, without
    its label, asked with its question mark; the answer,
    on its line or run on after the question mark, is its text."""
    lines = [
        "一、问：参保人员如何办理异地就医备案？",
        "答：参保人员可通过国家医保服务平台办理备案，备案后即可在就医地直接结算。",
        "二、问：备案有效期是多久？",
        "答：异地长期居住人员备案长期有效，临时外出就医人员备案有效期不少于6个月。",
        "三、问：未备案能否报销？",
        "答：未备案的，可在出院结算前补办备案，按规定享受待遇。",
    ]
    expected = [["一", "参保人员如何办理异地就医备案？"], ["二", "备案有效期是多久？"], ["三", "未备案能否报销？"]]
    for text in ("\n".join(lines), "\n".join(a + b for a, b in zip(lines[::2], lines[1::2], strict=True))):
        doc = _outline("某市医保政策问答", text)
        assert [row[1:] for row in flat_outline(doc.sections)] == expected
        assert "答：未备案的，可在出院结算前补办备案，按规定享受待遇。" in spoken_text(doc)


def test_a_lone_heading_runs_into_a_body_opening_with_its_time() -> None:
    """A speech's only heading in the excerpt, its body run on after it and opening with its time
    set off by a comma (今年一季度，…): cut there, though no other heading of the style shows
    that they are short phrases; a heading naming a time inside it stays whole."""
    lead = "某某专题会议上的讲话\n今天，市政府召开专题会议。下面，我讲四点意见。"
    doc = parse_outline(read_text(f"{lead}一、准确把握一季度全市安全生产运行态势今年一季度，全市安全生产继续呈现稳定好转发展态势。共发生各类事故499起。\n"))
    assert [(s.number, s.title) for s in doc.sections] == [("一", "准确把握一季度全市安全生产运行态势")]
    assert doc.sections[0].paragraphs[0].startswith("今年一季度，全市安全生产")
    kept = parse_outline(read_text(f"{lead}\n一、今年一季度全市安全生产运行态势\n全市安全生产继续呈现稳定好转发展态势。\n"))
    assert [s.title for s in kept.sections] == ["今年一季度全市安全生产运行态势"]


def test_a_title_of_two_phrases_with_a_list_inside_the_first_is_cut_before_its_time() -> None:
    doc = parse_outline(read_text("某镇镇长述职报告\n各位领导、同志们：下面我汇报一年来的工作。\n一、抢抓机遇、优化产业，经济工作再上新水平今年以来，镇政府因地制宜求特色，依托优势谋发展。\n二、强化服务、改善民生，社会事业全面进步全年新建村级卫生室12个。\n"))
    assert doc.sections[0].title == "抢抓机遇、优化产业，经济工作再上新水平"
    # a clause with a list in its second phrase is a sentence: no cut before its body opener
    notice = parse_outline(read_text("某县公安局交通管制通告\n一、管制时间为3月1日。\n二、管制路段为某某路。\n三、实施交通管制期间，请过往车辆、行人严格按照现场执勤交警的指挥行驶。\n"))
    assert all("严格" not in s.title or s.title.endswith("行驶。") for s in notice.sections)


def test_a_speechs_first_point_after_its_lead_in_opens_a_heading() -> None:
    text = "某县县长在经济工作会议上的讲话\n同志们：今天召开全县经济工作会议。下面，我讲两点意见：一、去年的经济工作 去年全县生产总值增长6%，财政收入增长8%。二、今年的经济形势 今年面临的形势更加复杂，困难和挑战增多。"
    assert [s.title for s in parse_outline(read_text(text)).sections] == ["去年的经济工作", "今年的经济形势"]


def test_items_named_one_after_another_in_running_text_are_no_headings() -> None:
    """第三部分为工作任务。（一）规划编制。（二）基础设施。（三）人居环境。: an interpretation names the
    plan's items in its sentence, each a short name with nothing of its own: no chapters. Headings
    run into their bodies on a flattened line stay headings."""
    listed = "某县乡村建设示范创建实施方案解读\n方案共分三部分。第三部分为工作任务。（一）规划编制。（二）基础设施。（三）人居环境。（四）公共服务。第四部分为保障措施。\n"
    assert parse_outline(read_text(listed)).sections == ()
    headed = "某县乡村建设示范创建实施方案\n为推进乡村建设，制定本方案。（一）规划编制。各乡镇要在年底前完成村庄规划编制工作。（二）基础设施。全面推进道路、供水和电网建设，补齐短板。（三）人居环境。持续开展村庄清洁行动，改善村容村貌。\n"
    assert [s.number for s in parse_outline(read_text(headed)).sections] == ["（一）", "（二）", "（三）"]


def test_a_plans_steps_and_timetable_headings_run_into_their_text_end_at_their_name() -> None:
    """二、目标及步骤全镇共有32个行政村。…, 三、时间安排2024年3月至6月…: a plan's standard section
    run into its first sentence ends after its name; a name that goes on (工作步骤和要求) is whole."""
    text = (
        "某镇乡村文明行动实施方案\n一、指导思想以科学发展观为统领，推进乡村文明建设。\n"
        "二、目标及步骤全镇共有32个行政村。目前已有11个村基本达到县级文明村标准。\n"
        "三、时间安排2024年3月至6月，完成各村创建任务。\n四、工作步骤和要求\n各村要按时完成。\n"
    )
    rows = flat_outline(parse_outline(read_text(text)).sections)
    assert [row[2] for row in rows] == ["指导思想", "目标及步骤", "时间安排", "工作步骤和要求"]


# -- a point on what a policy means, run into its text --------------------------------------------


def test_a_point_ending_in_its_meaning_is_cut_where_the_text_starts() -> None:
    doc = _outline(
        "在全区乡村振兴工作推进会上的讲话",
        "同志们：今天召开本次会议，是为了深入贯彻上级部署。下面，我再强调几点意见。",
        "一、要站在新时代的高度，高度重视乡村振兴战略。（一）深刻认识乡村振兴战略的时代意义党的十九大以来，“三农”工作形势日新月异，"
        "我们必须深入理解、准确把握乡村振兴战略的时代意义。（二）准确把握乡村振兴的目标任务今年是乡村振兴的开局之年，任务艰巨。",
    )
    rows = flat_outline(doc.sections)
    assert rows[1] == [2, "（一）", "深刻认识乡村振兴战略的时代意义"]
    assert doc.sections[0].sections[0].paragraphs[0].startswith("党的十九大以来")
    assert spoken_text(doc).count("时代意义") == 2


def test_a_parts_first_sub_heading_glued_after_its_short_title_opens_under_it() -> None:
    doc = _outline(
        "某局2024年工作总结及2025年工作思路",
        "一、2024年主要工作情况2024年以来，我局认真落实各项部署，全年完成粮食播种面积5.5万亩。"
        "二、2025年工作计划（一）“一体化”推进城乡融合发展。一是实施村庄撤改并改革。二是深化土地制度改革。"
        "（二）“多元化”拓宽渔业发展空间。一是逐步清退近海传统养殖。",
    )
    assert flat_outline(doc.sections)[1:] == [
        [1, "二", "2025年工作计划"],
        [2, "（一）", "“一体化”推进城乡融合发展。"],
        [2, "（二）", "“多元化”拓宽渔业发展空间。"],
    ]


def test_a_bracketed_one_inside_a_title_with_no_second_is_no_sub_heading() -> None:
    doc = _outline("某镇工作要点", "一、落实2025年(一)号文件精神全镇认真学习文件，抓好落实。二、强化保障各村配齐人员，确保工作推进。")
    assert [row[:2] for row in flat_outline(doc.sections)] == [[1, "一"], [1, "二"]]


# -- a page flattened into one line: a part after the last item's semicolon -----------------------
def test_the_next_part_after_a_semicolon_in_a_flattened_notice_is_a_heading() -> None:
    """…质量保证金：合同金额的 3%；二、采购人的采购需求…: the last item of part 一 ran on into part 二;
    before, 二 was missed and so were the parts after it."""
    doc = _outline(
        "某某项目竞争性磋商公告",
        "某某单位对某某项目进行采购，现邀请合格投标人参加投标。一、采购项目基本信息1、采购项目名称：某某改造项目"
        "2、合同履行期限：本工程施工时间为90个日历天。3、本项目要求投标人提供以下保证：履约保证金：中标金额的 5%；"
        "质量保证金：合同金额的 3%；二、采购人的采购需求详见磋商文件。三、采购项目需落实的政府采购政策：1、优先采购："
        "节能产品享受价格折扣。2、支持中小企业：中小企业享受价格折扣。",
    )
    assert [number for _, number, _ in flat_outline(doc.sections)] == ["一", "二", "三"]


def test_an_inline_list_after_a_lead_in_with_semicolons_stays_text() -> None:
    # Must NOT touch: 以下工作：一、…；二、…；三、…。 inside a part's paragraph is a list in a sentence.
    doc = _outline(
        "某某局关于做好安全生产工作的通知",
        "一、总体要求",
        "今年重点做好以下工作：一、开展隐患排查；二、加强应急演练；三、强化宣传教育。各单位要高度重视。",
        "二、工作措施",
        "各单位要落实责任。",
    )
    assert flat_outline(doc.sections) == [[1, "一", "总体要求"], [1, "二", "工作措施"]]


def test_the_next_part_after_a_fields_bracketed_note_in_a_flattened_notice_is_a_heading() -> None:
    """…售价：￥700.0 元（人民币）四、响应文件提交截止时间：… / …（某某招标）五、开启时间：…: the part due
    next after a field's note in brackets, the page flattened into one line."""
    doc = _outline(
        "某某设备采购竞争性磋商公告",
        "某单位对某某设备进行采购，欢迎合格供应商参加。一、项目基本情况项目编号：SH-2023-01。"
        "二、申请人的资格要求：供应商须具有独立法人资格。三、获取采购文件时间：2023年07月04日至2023年07月11日。"
        "地点：某市某路210号（某某招标）方式：根据公告要求售价：￥700.0 元（人民币）"
        "四、响应文件提交截止时间：2023年07月14日 13点00分（北京时间）地点：某市某路210号（某某招标）"
        "五、开启时间：2023年07月14日 13点00分（北京时间）",
    )
    assert [number for _, number, _ in flat_outline(doc.sections)] == ["一", "二", "三", "四", "五"]


def test_a_number_after_a_bracketed_aside_in_a_sentence_stays_text() -> None:
    # Must NOT touch: 二、 right after a bracket, the part before it too short to be a part.
    doc = _outline(
        "某某通知",
        "一、总体要求",
        "做好两项工作，排查（全面）二、整改（限期），确保按时完成。各单位要高度重视，认真抓好落实。",
        "二、工作措施",
        "各单位要落实责任。",
    )
    assert flat_outline(doc.sections) == [[1, "一", "总体要求"], [1, "二", "工作措施"]]
