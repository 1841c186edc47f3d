"""Chapters of 办法/细则/通告 as unseen documents write them (issue 17): a chapter's title on
the line after its number, an article's short title on its own line, ordinals in prose that
are no chapters, a short notice's clauses judged as one run, parts with 一、 under them and an
attachment after the signature. All examples are made up in the manner of county documents."""

from __future__ import annotations

import re

from helpers import flat_outline, spoken_text

from audiojiedu.ingest import read_text
from audiojiedu.model import Document, Paragraph, RawDocument, Section
from audiojiedu.outline import parse_outline

ARTICLE = "本办法所称企业，是指在本区依法登记注册、具有独立法人资格的企业。"
BODY = "各部门要按照职责分工，加强协调配合，形成工作合力，确保各项任务落到实处。"


def _flat(sections: tuple[Section, ...]) -> list[list[object]]:
    return flat_outline(sections)


def _paragraphs(*lines: str) -> Document:
    """The outline of paragraphs as a DOCX or HTML reader hands them over (one a block)."""
    blocks = tuple(Paragraph(line) for line in lines)
    return parse_outline(RawDocument(title="某区企业扶持办法", metadata={}, paragraphs=blocks))


def _text(*lines: str) -> Document:
    return parse_outline(read_text("\n".join(lines)))


def _spoken(doc: Document) -> str:
    return spoken_text(doc)


def _squash(*lines: str) -> str:
    return re.sub(r"\s", "", "".join(lines))


# -- 1. a chapter's title on the next line -------------------------------------------------------

CHAPTERS_ON_TWO_LINES = (
    "第一章",
    "总则",
    "第一条 为了规范扶持资金管理，制定本办法。",
    f"第二条 {ARTICLE}",
    "第二章",
    "扶持内容和标准",
    f"第三条 {ARTICLE}",
    "第三节",
    "研发投入补助",
    f"第四条 {ARTICLE}",
)


def test_a_chapter_number_alone_takes_its_title_from_the_next_line() -> None:
    doc = _paragraphs(*CHAPTERS_ON_TWO_LINES)
    assert _flat(doc.sections) == [
        [1, "第一章", "总则"],
        [2, "第一条", ""],
        [2, "第二条", ""],
        [1, "第二章", "扶持内容和标准"],
        [2, "第三条", ""],
        [2, "第三节", "研发投入补助"],
        [3, "第四条", ""],
    ]
    assert doc.sections[0].heading == "第一章 总则"
    assert doc.sections[0].paragraphs == ()
    assert _spoken(doc) == _squash(*CHAPTERS_ON_TWO_LINES)


def test_a_chapter_title_on_the_next_line_counts_under_a_declared_heading_level_too() -> None:
    lines = ("第一章", "总则", "第一条 为了规范扶持资金管理，制定本办法。", "第二章", "附则", f"第二条 {ARTICLE}")
    blocks = tuple(Paragraph(line, heading_level=1 if index in (0, 1, 3, 4) else None) for index, line in enumerate(lines))
    doc = parse_outline(RawDocument(title="某办法", metadata={}, paragraphs=blocks))
    assert _flat(doc.sections) == [[1, "第一章", "总则"], [2, "第一条", ""], [1, "第二章", "附则"], [2, "第二条", ""]]


def test_a_sentence_after_a_lone_chapter_number_is_its_text_not_its_title() -> None:
    doc = _paragraphs("第一章", "为了规范扶持资金管理，制定本办法。", "第二章", "第一条 本办法自发布之日起施行。")
    assert [s.title for s in doc.sections] == ["", ""]
    assert doc.sections[0].paragraphs == ("为了规范扶持资金管理，制定本办法。",)


def test_a_letter_spaced_chapter_number_is_a_chapter() -> None:
    doc = _paragraphs("第 一 章  总  则", f"第一条 {ARTICLE}", "第 二 章 扶持内容", f"第二条 {ARTICLE}")
    assert _flat(doc.sections) == [[1, "第一章", "总则"], [2, "第一条", ""], [1, "第二章", "扶持内容"], [2, "第二条", ""]]
    assert doc.preface == ()


def test_a_spaced_chapter_in_plain_text_is_a_chapter_with_its_title() -> None:
    doc = _text("某区企业扶持办法", "第 一 章　总　则", f"第一条 {ARTICLE}", "第二章", "附则", f"第二条 {ARTICLE}")
    assert _flat(doc.sections) == [[1, "第一章", "总则"], [2, "第一条", ""], [1, "第二章", "附则"], [2, "第二条", ""]]


def test_a_one_line_page_numbers_its_articles_through_its_chapters() -> None:
    line = (
        "某区企业扶持办法 第一章 总则 第一条 为了规范扶持资金管理，制定本办法。 "
        f"第二条 {ARTICLE} 第二章 附则 第三条 本办法自发布之日起施行。 第五条 本办法由区财政局负责解释。"
    )
    doc = parse_outline(RawDocument(title="某区企业扶持办法", metadata={}, paragraphs=(Paragraph(line),)))
    assert _flat(doc.sections) == [[1, "第一章", "总则"], [2, "第一条", ""], [2, "第二条", ""], [1, "第二章", "附则"], [2, "第三条", ""]]
    assert doc.sections[1].sections[0].paragraphs == ("本办法自发布之日起施行。 第五条 本办法由区财政局负责解释。",)


def test_a_flattened_notice_opens_its_rules_where_the_second_article_opens_the_next_line() -> None:
    # A law library's copy: the notice, its signature and the issued rules' title run into 第一章,
    # the line broken only before 第二条.
    doc = _paragraphs(
        "经区政府同意，现将《某区企业扶持办法》转发给你们，请遵照执行。",
        f"特此通知某区人民政府办公室二〇一二年六月十二日某区企业扶持办法第一章总则第一条为了规范扶持资金管理，{BODY}制定本办法。",
        f"第二条{ARTICLE}",
        "第三条本办法自发布之日起施行。",
    )
    assert _flat(doc.sections) == [[1, "第一章", "总则"], [2, "第一条", ""], [2, "第二条", ""], [2, "第三条", ""]]
    assert doc.preface[-1] == "特此通知某区人民政府办公室二〇一二年六月十二日某区企业扶持办法"


def test_a_first_article_glued_in_a_sentence_without_a_second_one_after_it_stays_text() -> None:
    line = f"特此通知某区人民政府办公室二〇一二年六月十二日某区企业扶持办法第一条为了规范扶持资金管理，{BODY}"
    doc = _paragraphs("经区政府同意，现将《某区企业扶持办法》转发给你们，请遵照执行。", line, "各部门要认真落实。")
    assert doc.sections == ()


# -- 2. an article's short title on its own line ----------------------------------------------


def test_a_short_phrase_after_an_article_number_with_the_body_below_is_its_title() -> None:
    lines = (
        "第一章 总则",
        "第一条 宗旨",
        "为了规范扶持资金管理，提高资金使用效益，制定本办法。",
        "第二条 适用范围",
        ARTICLE,
        "第三条 本办法由区工业和信息化局负责解释。",
        "第四条",
        "施行日期",
        "本办法自发布之日起施行。",
    )
    doc = _paragraphs(*lines)
    assert _flat(doc.sections) == [
        [1, "第一章", "总则"],
        [2, "第一条", "宗旨"],
        [2, "第二条", "适用范围"],
        [2, "第三条", ""],
        [2, "第四条", "施行日期"],
    ]
    first, _, third, fourth = doc.sections[0].sections
    assert first.heading == "第一条 宗旨"
    assert first.paragraphs == ("为了规范扶持资金管理，提高资金使用效益，制定本办法。",)
    assert third.paragraphs == ("本办法由区工业和信息化局负责解释。",)
    assert fourth.heading == "第四条 施行日期"
    assert _spoken(doc) == _squash(*lines)


def test_an_article_title_may_introduce_its_items() -> None:
    doc = _paragraphs("第五条 扶持对象", "（一）在本区注册的企业；", "（二）纳税信用等级为B级以上的企业。", f"第六条 {ARTICLE}")
    assert [(s.number, s.title) for s in doc.sections] == [("第五条", "扶持对象"), ("第六条", "")]


def test_an_article_body_without_its_full_stop_is_no_title() -> None:
    """The shape must be whole: a phrase with no body after it (the next line is another
    article, or a signature with no punctuation) stays the article's text."""
    doc = _paragraphs("第七条 本办法由区财政局负责解释", "第八条 本办法自发布之日起施行", "某区人民政府办公室", "2025年1月10日")
    assert [(s.number, s.title) for s in doc.sections] == [("第七条", ""), ("第八条", "")]
    assert doc.sections[1].paragraphs == ("本办法自发布之日起施行", "某区人民政府办公室", "2025年1月10日")


def test_an_article_opening_with_a_lead_in_sentence_has_no_title() -> None:
    doc = _paragraphs("第九条 申请贷款应当提交的材料：", "（一）贷款申请表；", "（二）营业执照复印件。", f"第十条 {ARTICLE}")
    assert [(s.number, s.title) for s in doc.sections] == [("第九条", ""), ("第十条", "")]
    assert doc.sections[0].heading == "第九条"


def test_an_article_title_in_plain_text() -> None:
    doc = _text("某区企业扶持办法", "第一条 宗旨", "为了规范扶持资金管理，制定本办法。", f"第二条 {ARTICLE}")
    assert [(s.number, s.title) for s in doc.sections] == [("第一条", "宗旨"), ("第二条", "")]


# -- 3. enumerations and ordinals in prose ------------------------------------------------------


def test_enumerations_in_prose_never_become_chapters() -> None:
    lines = (
        "某县关于加强安全生产工作的意见",
        "一、总体要求",
        BODY,
        f"第一，压实企业主体责任。{BODY}",
        f"第二，强化部门监管责任。{BODY}",
        "第三、落实属地管理责任",
        BODY,
        "二、重点任务",
        f"首先，开展隐患排查。{BODY}",
        f"其次，加强执法检查。{BODY}",
    )
    doc = _text(*lines)
    assert _flat(doc.sections) == [[1, "一", "总体要求"], [1, "二", "重点任务"]]
    assert doc.sections[0].paragraphs[1].startswith("第一，压实")


def test_chapters_named_in_a_sentence_are_no_chapters() -> None:
    """An explanation describes the regulation's chapters: 第一章为总则，… is a sentence about a
    chapter, on its own line or after another sentence, not a chapter of this document."""
    lines = (
        "关于《某区企业扶持办法》的解读",
        "一、起草背景",
        BODY,
        "二、主要内容",
        "《办法》共三章十二条。第一章为总则，明确了制定目的和适用范围。第二章为扶持内容，规定了四类扶持措施。",
        "第三章为附则。",
        "第一部分是总体要求，明确了指导思想和基本原则。",
        "第二节明确了申报程序，企业应当在每年三月底前提出申请。",
        "三、实施时间",
        "本办法自2025年3月1日起施行，有效期三年，依照本办法第三条规定的条件申报。",
    )
    doc = _text(*lines)
    assert _flat(doc.sections) == [[1, "一", "起草背景"], [1, "二", "主要内容"], [1, "三", "实施时间"]]
    assert doc.warnings == ()
    assert doc.sections[1].paragraphs[1] == "第三章为附则。"


def test_a_chapter_heading_with_a_full_stop_after_a_space_stays_a_chapter() -> None:
    doc = _paragraphs("第一章 总则。", f"第一条 {ARTICLE}", "第二章：附则。", f"第二条 {ARTICLE}")
    assert _flat(doc.sections) == [[1, "第一章", "总则。"], [2, "第一条", ""], [1, "第二章", "附则。"], [2, "第二条", ""]]


# -- 4. a short notice's clauses, judged as one run ----------------------------------------------

NOTICE = (
    "某县关于春节期间烟花爆竹燃放管理的通告",
    "为保障人民群众生命财产安全，根据有关规定，现就有关事项通告如下：",
    "一、禁放时间",
    "2025年1月28日至2月12日。",
    "二、禁放区域为县城建成区。",
    "三、下列场所禁止燃放烟花爆竹：",
    "（一）文物保护单位；",
    "（二）车站、码头等交通枢纽；",
    "（三）医院、学校、幼儿园。",
    "四、违反本通告规定的，由公安机关依法予以处罚。",
    "五、本通告自发布之日起施行。",
    "某县人民政府",
    "2025年1月10日",
)


def test_a_short_notices_clauses_are_text_when_most_are_sentences() -> None:
    doc = _text(*NOTICE)
    assert doc.sections == ()
    assert list(doc.preface) == list(NOTICE[1:])


def test_a_nested_list_does_not_turn_a_clause_into_a_chapter() -> None:
    lines = (
        "某县关于春节期间烟花爆竹燃放管理的通告",
        "现就有关事项通告如下：",
        "一、禁放时间为2025年1月28日至2月12日。",
        "二、禁放区域为县城建成区。",
        "三、下列场所禁止燃放烟花爆竹：",
        "（一）文物保护单位",
        "（二）车站、码头等交通枢纽",
        "（三）医院、学校、幼儿园",
        "四、违反本通告规定的，由公安机关依法予以处罚。",
        "某县人民政府",
    )
    doc = _text(*lines)
    assert doc.sections == ()
    assert list(doc.preface) == list(lines[1:])
    assert doc.warnings == ()


def test_a_clause_with_no_text_of_its_own_beside_sentences_is_a_clause_too() -> None:
    doc = _text(
        "某县关于道路临时交通管制的通告",
        "因道路施工需要，现就有关事项通告如下：",
        "一、管制时间",
        "二、管制路段为某某路全段，管制期间禁止一切车辆通行。",
        "三、请过往车辆按照以下路线绕行：",
        "（一）由东向西的车辆经某某大道绕行；",
        "（二）由西向东的车辆经某某路绕行。",
        "四、特此通告。",
    )
    assert doc.sections == ()


def test_a_short_notices_last_clause_running_on_into_its_close_is_a_clause_too() -> None:
    """1.8月30日全县放假1天… (an item's number before a date: no decimal 1.8) / 2.… / 3.要确保…。
    then, on the same line, what closes the notice: the run is the notice's clauses, no chapter."""
    closing = "县政府要求，各部门要组织好本系统内的生产等各项工作。" + "各单位要有领导同志带班，值班人员要坚守岗位，遇有重大、突发事件和紧急情况要及时报告。" * 5
    doc = _text(
        "某县人民政府办公室关于成立纪念日放假的通知",
        "各乡镇人民政府，各街道办事处：",
        "今年8月30日是自治县成立纪念日，全县放假一天。现将放假安排通知如下。",
        "1.8月30日全县放假1天，不得串休（8月28日、29日正常休息）。",
        "2.各乡镇、街道和各部门在节假日来临前，要及早安排好值守应急工作。",
        f"3.要确保社会稳定和政府工作有效运转。{closing}",
    )
    assert doc.sections == ()


def test_a_short_notice_whose_clauses_are_mostly_titled_sections_keeps_them() -> None:
    """Titled sections with text of their own outnumber the sentence clauses: all headings."""
    lines = (
        "某县关于开展植树活动的通知",
        "各乡镇、各部门：",
        "一、活动时间",
        f"2025年3月12日上午。{BODY}",
        "二、活动地点",
        f"某某山公园。{BODY}",
        "三、参加人员",
        f"县直各部门干部职工。{BODY}",
        "四、请各单位于3月10日前报送参加人数。",
    )
    doc = _text(*lines)
    assert [s.number for s in doc.sections] == ["一", "二", "三", "四"]


def test_run_in_sentence_headings_of_a_report_cut_short_stay_headings() -> None:
    """A report excerpt is as short as a notice, but （一）深入推进依法行政。 heads a paragraph of
    several sentences (一是…二是…): a run-in heading, not a clause."""
    body = "一是完善制度建设，修订议事规则3项。二是加强执法监督，开展案卷评查2次。" * 3
    doc = _text(
        "某局关于2024年度法治政府建设情况的报告",
        "现将有关情况报告如下：",
        "一、坚持统筹推进，强化组织保障",
        f"（一）深入学习贯彻法治思想。{body}",
        f"（二）主要负责人带头履行第一责任人职责。{body}",
    )
    assert _flat(doc.sections) == [
        [1, "一", "坚持统筹推进，强化组织保障"],
        [2, "（一）", "深入学习贯彻法治思想。"],
        [2, "（二）", "主要负责人带头履行第一责任人职责。"],
    ]


def test_a_notices_clause_with_a_short_rest_or_a_comma_stays_a_clause() -> None:
    lines = (
        "某县关于道路临时交通管制的通告",
        "现就有关事项通告如下：",
        "一、管制期间，某某路全段禁止一切车辆通行。",
        "二、过往车辆请绕行，给您带来不便，敬请谅解。" + "请服从现场交通警察指挥。" * 20,
        "三、本通告自发布之日起施行。",
    )
    doc = _text(*lines)
    assert doc.sections == ()


def test_short_titles_ending_in_a_full_stop_over_their_own_items_stay_headings() -> None:
    """（一）完善创新生态支撑。 over 1. 2. is a heading phrase, not a clause holding a list."""
    item = "支持企业建设研发机构，对符合条件的给予一次性奖励。"
    doc = _text(
        "某区培育优质企业行动方案",
        "一、主要任务",
        "（一）构建培育评价机制。",
        f"1.建立企业培育库。{item}",
        f"2.完善评价标准。{item}",
        "（二）强化金融支持。",
        f"3.发挥引导基金作用。{item}",
        f"4.拓宽融资渠道。{item}",
        "二、保障措施",
        BODY,
    )
    assert _flat(doc.sections)[:3] == [[1, "一", "主要任务"], [2, "（一）", "构建培育评价机制。"], [3, "1", "建立企业培育库。"]]
    assert [row[1] for row in _flat(doc.sections) if row[0] == 2] == ["（一）", "（二）"]


def test_a_long_documents_numbered_sentences_are_not_judged_as_a_notices_clauses() -> None:
    filler = "各部门要加强协同配合，形成工作合力，确保各项目标任务按期完成。" * 170
    doc = _text("某县工作方案", "一、工作目标", "2025年底前完成。", "二、各单位要加强组织领导，明确责任分工。", "三、保障措施", filler)
    assert [s.number for s in doc.sections] == ["一", "二", "三"]


# -- 5. parts, their numbered sections, and an attachment after the signature -----------------


def test_parts_hold_their_sections_and_an_attachment_after_the_signature_is_a_chapter() -> None:
    lines = (
        "第一部分",
        "总体要求",
        "一、指导思想",
        BODY,
        "二、基本原则",
        BODY,
        "第二部分",
        "重点任务",
        "一、扩大有效投资",
        BODY,
        "（一）加快项目建设",
        BODY,
        "二、促进消费",
        BODY,
        "某区人民政府办公室",
        "2025年2月1日",
        "附件",
        "重点项目清单",
        f"某某路改造工程，{BODY}",
    )
    doc = parse_outline(RawDocument(title="某区实施方案", metadata={}, paragraphs=tuple(Paragraph(x) for x in lines)))
    assert _flat(doc.sections) == [
        [1, "第一部分", "总体要求"],
        [2, "一", "指导思想"],
        [2, "二", "基本原则"],
        [1, "第二部分", "重点任务"],
        [2, "一", "扩大有效投资"],
        [3, "（一）", "加快项目建设"],
        [2, "二", "促进消费"],
        [1, "附件", "重点项目清单"],
    ]
    assert doc.sections[1].sections[1].paragraphs == (BODY, "某区人民政府办公室", "2025年2月1日")
    assert doc.warnings == ()
    assert _spoken(doc) == _squash(*lines)


def test_run_in_couplet_headings_of_a_proposal_stay_headings() -> None:
    """倡议书 points titled by two parallel phrases (一、节俭办会，简化仪式。) heading several
    sentences are run-in headings; a notice's clause with phrases of unequal length stays one."""
    body = "各单位要带头倡导简约新风，减少铺张浪费。广大市民要自觉抵制攀比之风，从我做起。" * 6
    doc = _text(
        "关于春节期间移风易俗的倡议书",
        "广大市民朋友们：",
        "为营造文明祥和的节日氛围，我们发出如下倡议。",
        f"一、节俭过节，简化仪式。{body}",
        f"二、绿色出行，低碳生活。{body}",
        "三、注意安全，防范风险。请遵守各项规定。",
    )
    assert _flat(doc.sections) == [
        [1, "一", "节俭过节，简化仪式。"],
        [1, "二", "绿色出行，低碳生活。"],
        [1, "三", "注意安全，防范风险。"],
    ]
    clauses = _text(
        "某县关于道路临时交通管制的通告",
        "现就有关事项通告如下：",
        f"一、管制期间，禁止一切车辆通行。{body}",
        f"二、过往车辆，请绕行。{body}",
    )
    assert clauses.sections == ()


def test_a_short_summary_keeps_its_run_in_headings_a_short_notice_reads_them_as_clauses() -> None:
    """A page that holds only the start of a 工作总结 is short as a notice is, but a summary's
    numbered sentences are its run-in headings ((一)始终牢记开卷有益，持续加强政治理论学习。…);
    the same lines under a notice's title are its clauses."""
    body = (
        "一、工作开展情况",
        "（一）始终牢记开卷有益，持续加强政治理论学习。坚持以作风能力提升年活动为抓手，积极参加各类学习。",
        "（二）始终牢记出门有益，持续深入开展调查研究。认真落实调查研究工作方案，围绕中心工作开展调研。",
    )
    summary = _text("县政府办公室2023年工作总结", "今年以来，县政府办围绕中心工作，认真履职。", *body)
    assert [row[:2] for row in flat_outline(summary.sections)] == [[1, "一"], [2, "（一）"], [2, "（二）"]]
    notice = _text("某县关于加强学习调研工作的通知", "现将有关事项通知如下：", *body)
    assert [row[:2] for row in flat_outline(notice.sections)] == [[1, "一"]]


def test_a_short_sentence_run_on_into_its_item_is_a_clause_beside_the_notices_sentence_clauses() -> None:
    """二、大力推广秸秆粉碎还田。“三夏”期间，… stands beside sentence clauses (一、严禁…。): a
    notice's clause, as a short titled item would be; none is a chapter."""
    doc = _text(
        "某县人民政府关于加强禁烧工作的通告",
        "为打赢蓝天保卫战，现就加强禁烧工作通告如下：",
        "一、严禁任何公民露天焚烧秸秆、垃圾、树叶、杂草等物质。",
        "二、大力推广秸秆粉碎还田。“三夏”期间，凡在我县境内从事小麥收割的联合收割机，必须加装秸秆粉碎装置。",
        "三、对暂时不能利用的秸秆，要科学规划，合理设置集中堆放点，加强消防安全管理。",
        "四、对焚烧秸秆等行为，由环保部门依法予以处罚。",
    )
    assert doc.sections == ()


def test_an_opinions_short_sentence_titles_stay_run_in_headings() -> None:
    """（一）指导思想。以…为指导，… in a short page of an opinion (no notice's title): run-in headings,
    though a notice's like items would be its clauses."""
    doc = _text(
        "某省人民政府关于推进某某工作的意见",
        "一、总体要求",
        "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，坚持稳中求进工作总基调，推动高质量发展。",
        "（二）基本原则。坚持问题导向，坚持改革创新，坚持统筹兼顾，确保各项任务落到实处。",
    )
    assert [row[:2] for row in flat_outline(doc.sections)] == [[1, "一"], [2, "（一）"], [2, "（二）"]]


def test_the_articles_of_rules_a_notice_issues_are_clauses_though_one_opens_with_a_short_sentence() -> None:
    """关于印发《某市人民政府工作规则》的通知 prints rules whose articles are numbered 一、二、…: the
    short first sentence of one (五、市政府实行市长负责制。市长领导…) makes it no chapter."""
    doc = _text(
        "某市人民政府关于印发《某市人民政府工作规则》的通知",
        "各县（市、区）人民政府，市政府各部门：",
        "新修订的《某市人民政府工作规则》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。",
        "一、根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，参照省政府工作规则，制定本规则。",
        "二、市政府工作的指导思想是，坚持以人民为中心的发展思想，建设人民满意的法治政府、创新政府、廉洁政府和服务型政府。",
        "三、市政府工作的准则是，执政为民，依法行政，实事求是，民主公开，务实清廉。",
        "五、市政府实行市长负责制。市长领导市政府工作，副市长、秘书长协助市长工作。",
    )
    assert doc.sections == ()


def test_unnumbered_subheadings_inside_numbered_sections_head_a_level_below() -> None:
    """A 统计公报's 十一、人民生活和社会保障 with 人民生活 / 社会保障事业 between its paragraphs: short
    lines without a mark, each over a paragraph of text, are its subsections (a finding says they
    were guessed); the next 十二、 closes them. A signature and its date stay text."""
    para = "据抽样调查测算，城镇居民家庭年人均可支配收入27750元，比上年增长4.5%。"
    doc = _text(
        "2022年某区国民经济和社会发展统计公报",
        "2022年，全区经济运行总体平稳，主要指标好于预期。",
        "十一、人民生活和社会保障",
        "人民生活",
        para,
        "社会保障事业",
        "年末全区城镇企业职工基本养老保险参保人数11874人，比上年增加512人。",
        "十二、能源、资源环境和安全生产",
        "全年全社会用电量119434万千瓦时，比上年增长3.4%。",
        "某区统计局",
        "2023年4月1日",
    )
    assert [row[:3] for row in flat_outline(doc.sections)] == [
        [1, "十一", "人民生活和社会保障"], [2, "", "人民生活"], [2, "", "社会保障事业"], [1, "十二", "能源、资源环境和安全生产"],
    ]
    assert sum(1 for f in doc.findings if f.kind == "heading-guessed") == 2


def test_an_items_number_before_a_date_is_a_marker_and_a_decimal_is_not() -> None:
    from audiojiedu.outline.markers import MARKER, marker_from

    for text, value in (("1.8月30日全县放假", 1), ("2.2021年起施行", 2), ("3、12月1日起", 3)):
        match = MARKER.match(text)
        assert match is not None and (marker := marker_from(match, text)) is not None and marker.value == value, text
    for text in ("1.5万元", "2.35亿元", "1.8个百分点", "1.13月"):
        assert MARKER.match(text) is None, text


def test_articles_numbered_through_numbered_parts_open_under_them() -> None:
    """若干措施 grouped under 一、/二、 parts, the articles numbered through (一、… / 第一条 【…】 /
    第二条 … / 二、… / 第三条 …): a part with its first article right under it serves as a
    chapter, so the articles open under it and the next part is its sibling, not a child of the
    last article."""
    doc = _text(
        "某区促进文旅产业高质量发展的若干措施",
        f"为推动文旅产业发展，{BODY}",
        "一、推进文旅产业融合发展",
        f"第一条 【强化项目用地保障】{BODY}",
        f"第二条 【鼓励重大项目建设】{BODY}",
        "二、支持版权经济创新发展",
        f"第三条 【完善公共服务体系】{BODY}",
        f"第四条 【做强游戏产业集群】{BODY}",
    )
    assert _flat(doc.sections) == [
        [1, "一", "推进文旅产业融合发展"],
        [2, "第一条", "强化项目用地保障"],
        [2, "第二条", "鼓励重大项目建设"],
        [1, "二", "支持版权经济创新发展"],
        [2, "第三条", "完善公共服务体系"],
        [2, "第四条", "做强游戏产业集群"],
    ]
    # A notice's clause with its text, then the rules it prints: their articles are not its children.
    printed = _text("某区关于印发某办法的通知", f"一、{BODY}", f"二、{BODY}", "某区企业扶持办法", f"第一条 {ARTICLE}", f"第二条 {ARTICLE}")
    assert [row[:2] for row in _flat(printed.sections)] == [[1, ""], [2, "第一条"], [2, "第二条"]]


def test_articles_numbered_through_parts_open_under_the_parts_points_too() -> None:
    """一、 / 第1条 … / 二、 / （一） / 第2条 … / （二） / 第3条 / 三、: once articles numbered through
    the parts open under a part, they are the lowest level and open under a point of a part
    too; the next point and the next part are not nested under the last article."""
    doc = _text(
        "某县关于支持重点产业加快发展的实施意见",
        f"为支持重点产业加快发展，{BODY}",
        "一、政策支持",
        f"第1条 {ARTICLE}",
        "二、支持范围",
        "（一）固定资产投资奖励",
        f"第2条 {ARTICLE}",
        f"第3条 {ARTICLE}",
        "（二）绩效奖励",
        "1.奖励对象",
        "对年度考核优秀的企业给予奖励，具体办法另行制定，由县工业和信息化局负责组织实施。",
        f"第4条 {ARTICLE}",
        "三、组织保障",
        f"第5条 {ARTICLE}",
    )
    assert [row[:2] for row in _flat(doc.sections)] == [
        [1, "一"],
        [2, "第1条"],
        [1, "二"],
        [2, "（一）"],
        [3, "第2条"],
        [3, "第3条"],
        [2, "（二）"],
        [3, "1"],
        [3, "第4条"],
        [1, "三"],
        [2, "第5条"],
    ]


def test_an_articles_bracketed_title_on_its_line_is_read_without_its_brackets() -> None:
    """第一条 （目的和依据） over its body, as 第一条 【目的和依据】 glued to it is: the brackets set the
    title apart and are not part of it."""
    doc = _text("某区操作细则", "第一条 （目的和依据）", f"为完善管理，{ARTICLE}", "第二条 【适用范围】", ARTICLE, "第三条 宗旨", ARTICLE)
    assert _flat(doc.sections) == [[1, "第一条", "目的和依据"], [1, "第二条", "适用范围"], [1, "第三条", "宗旨"]]


def test_an_articles_short_name_over_its_own_numbered_items_is_its_title() -> None:
    """第三条　参保登记、申报和缴费办法 alone on its line over its own items, titled without
    punctuation ((一)用人单位办理参保登记、申报和缴费办法): the items open the article's body, so the
    phrase is its name. A phrase over the next article stays the article's text."""
    doc = _text(
        "某市门诊基本医疗保险实施细则",
        f"第一条 {ARTICLE}",
        f"第二条 {ARTICLE}",
        "第三条　参保登记、申报和缴费办法",
        "（一）用人单位办理参保登记、申报和缴费办法",
        f"用人单位应当为职工办理参保登记。{BODY}",
        "（二）灵活就业人员办理参保登记、申报和缴费办法",
        f"灵活就业人员自行办理参保登记。{BODY}",
        f"第四条 {ARTICLE}",
        "第五条 本细则自发布之日起施行",
        "第六条 本细则由市医疗保障局负责解释。",
    )
    rows = _flat(doc.sections)
    assert [row[1:] for row in rows if row[0] == 1] == [
        ["第一条", ""], ["第二条", ""], ["第三条", "参保登记、申报和缴费办法"], ["第四条", ""], ["第五条", ""], ["第六条", ""],
    ]
    assert [row[1] for row in rows if row[0] == 2] == ["（一）", "（二）"]
    # a closing article that lost its stop, over a numbered line of forms, stays text
    doc = _text("某县管理办法", f"第一条 {ARTICLE}", "第二条 本办法自发布之日起施行", "1.申请表样式")
    assert _flat(doc.sections)[1][1:] == ["第二条", ""]


def test_an_articles_name_in_lenticular_brackets_is_its_title() -> None:
    """第一条〖目的依据〗 为了…: an article's short name set in 〖〗 (as in 【】) is its title."""
    from helpers import flat_outline

    from audiojiedu.ingest import read_text
    from audiojiedu.outline import parse_outline

    rules = "某市地方立法条例\n第一条〖目的依据〗 为了规范地方立法活动，制定本条例。\n第二条〖适用范围〗 本市制定地方性法规，适用本条例。\n"
    rows = flat_outline(parse_outline(read_text(rules)).sections)
    assert rows == [[1, "第一条", "目的依据"], [1, "第二条", "适用范围"]], rows


def test_a_sentence_naming_a_span_of_chapters_is_no_chapter() -> None:
    """第四章到第十二章主要阐述…, 第十三章和第十四章主要阐述… in a plan's explanation: sentences about
    the plan's chapters, not chapters of this text; its own 一、 and （一） stay its headings."""
    text = (
        "某县“十四五”规划纲要解读\n一、纲要的主要内容\n纲要共分十四章。\n"
        "第四章到第十二章主要阐述经济社会发展方面重点任务。\n第十三章和第十四章主要阐述深化改革和安全发展方面重要举措。\n"
        "二、需要说明的几个重点问题\n（一）准确把握发展形势\n当前，我县发展面临新的机遇。\n"
    )
    outline = parse_outline(read_text(text))
    assert [(s.number, s.title) for s in outline.sections] == [("一", "纲要的主要内容"), ("二", "需要说明的几个重点问题")]
    assert [(s.number, s.title) for s in outline.sections[1].sections] == [("（一）", "准确把握发展形势")]


def test_a_rules_part_name_glued_before_the_first_article_after_a_sentence_is_a_part() -> None:
    line = (
        "为提高全体村民自我管理、自我教育、自我约束的能力，制定本村规民约.总则第一条社会主义新农村建设，坚持以二十字方针为指导。"
        f"第二条认真学习“八荣八耻”，牢固树立以人为本的思想理念。第三条{ARTICLE}"
    )
    doc = _paragraphs("村规民约", line)
    assert _flat(doc.sections) == [[1, "", "总则"], [2, "第一条", ""], [2, "第二条", ""], [2, "第三条", ""]]
    assert doc.preface[-1].endswith("制定本村规民约.")


def test_a_part_name_inside_a_sentence_before_an_article_is_no_part() -> None:
    doc = _paragraphs("村规民约", f"村民应依照总则第一条遵守规约，共建美好家园。第二条{ARTICLE}")
    assert [1, "", "总则"] not in _flat(doc.sections)


def test_a_chapter_title_ends_at_its_first_point_glued_on() -> None:
    line = (
        "希望能对当地的经济发展提供一定的帮助。第一章、对某乡经济发展现状的分析（一）、经济发展与模式分析某乡以其典型的气候优势，"
        "大力发展水稻种植。（二）、存在的问题某乡的问题主要是基础设施薄弱。第二章、对某乡发展的建议（一）、加强基础设施建设要加大投入，改善条件。"
    )
    doc = _paragraphs("关于某乡经济社会发展现状的分析与建议", line)
    rows = _flat(doc.sections)
    assert [row[:3] for row in rows if row[0] == 1] == [[1, "第一章", "对某乡经济发展现状的分析"], [1, "第二章", "对某乡发展的建议"]]
    assert [2, "（二）", "存在的问题"] in rows
    assert _spoken(doc) == _squash("关于某乡经济社会发展现状的分析与建议", line)  # nothing lost or doubled


def test_a_long_heading_the_contents_lists_is_a_heading_however_sentence_like() -> None:
    """一、以…为根本遵循，在…中挑大梁走在前 is long and has a comma, as a numbered sentence has; the
    document's contents lists it, so it is the first chapter, its 1. points under it."""
    first = "一、以重要讲话精神为根本遵循，在奋力谱写中原大地推进现代化新篇章中挑大梁走在前，展现新担当新作为"
    entries = [first, "二、深入实施创新驱动战略，建设高能量科创强市", "三、培育发展新质生产力，建设现代化产业体系", "四、统筹发展和安全，建设韧性城市"]
    body = (
        f"{first}\n1.“十四五”时期发展取得重大成就。“十四五”时期，全市上下深入学习贯彻，经济实力稳步提升。\n"
        "2.“十五五”时期发展的环境。当前和今后一个时期，发展环境面临深刻复杂变化。\n"
        f"{entries[1]}\n创新是引领发展的第一动力。\n{entries[2]}\n产业是发展的根基。\n{entries[3]}\n安全是发展的前提。\n"
    )
    text = "某市委关于制定某市国民经济和社会发展第十五个五年规划的建议\n目 录\n" + "\n".join(entries) + "\n" + body
    rows = flat_outline(parse_outline(read_text(text)).sections)
    assert [row[:2] for row in rows][:3] == [[1, "一"], [2, "1"], [2, "2"]]
    assert len([row for row in rows if row[0] == 1]) == 4
