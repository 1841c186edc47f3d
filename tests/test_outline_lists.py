"""Numbered lists that are not headings: members announced by a lead-in (主要职能包括：),
sentence items after a colon, 名词解释 entries; and what must stay a heading."""

from __future__ import annotations

from helpers import flat_outline

from audiojiedu.ingest import read_text
from audiojiedu.model import Paragraph, RawDocument, Section
from audiojiedu.outline import parse_outline

# A long closing section keeps these examples out of the short-notice rule (< 5000 characters).
_FILLER = "本部门将严格执行预算，加强绩效管理，提高资金使用效益。" * 200


def _doc(*lines: str) -> RawDocument:
    """Lines as paragraphs; a line starting with # is a heading the format declares (large type)."""
    paragraphs = [Paragraph(line[1:], heading_level=1) if line.startswith("#") else Paragraph(line) for line in lines]
    paragraphs += [Paragraph("其他事项", heading_level=1), Paragraph(_FILLER)]
    return RawDocument(title="某局2025年部门预算", metadata={}, paragraphs=tuple(paragraphs))


def _flat(sections: tuple[Section, ...]) -> list[list[object]]:
    return flat_outline(sections)


FUNCTIONS = (
    "一、加强党的建设。落实基层党建责任制，加强基层服务型党组织建设，提高党建工作的有效性。",
    "二、统筹社区发展。统筹落实涉及社区发展的重大决策和社区建设规划，推动辖区有序发展。",
    "三、承办区委、区政府交办的其他事项。",
)


def test_items_announced_by_a_lead_in_are_a_list() -> None:
    doc = parse_outline(_doc("#某街道办事处主要职能", "某街道办事处是区政府的派出机关。", "主要职能包括：", *FUNCTIONS))
    assert _flat(doc.sections) == [[1, "", "某街道办事处主要职能"], [1, "", "其他事项"]]
    # Every character is still read, each item as the paragraph it was written as.
    assert doc.sections[0].paragraphs == ("某街道办事处是区政府的派出机关。", "主要职能包括：", *FUNCTIONS)
    assert doc.warnings == ()


def test_the_lead_in_may_end_the_paragraph_before_the_list() -> None:
    lead = "某局是主管全区司法行政工作的区政府工作部门，主要职责是："
    doc = parse_outline(_doc("#某局主要职能", lead, "（一）负责推进法治政府建设工作。指导、监督依法行政工作。", "（二）完成交办的其他任务。"))
    assert _flat(doc.sections) == [[1, "", "某局主要职能"], [1, "", "其他事项"]]


def test_sentence_items_after_a_colon_are_a_list() -> None:
    items = (
        "1.一般公共服务支出（类）商贸事务（款）行政运行（项）938.99万元。主要用于机关行政运行。",
        "2.住房保障支出（类）住房改革支出（款）住房公积金（项）136.10万元。主要用于在职人员公积金缴纳。",
    )
    doc = parse_outline(_doc("#2025年部门预算编制说明", "财政拨款支出主要内容如下：", *items))
    assert _flat(doc.sections) == [[1, "", "2025年部门预算编制说明"], [1, "", "其他事项"]]
    assert doc.sections[0].paragraphs[1:] == items


def test_short_titles_after_如下_stay_headings() -> None:
    # 申报流程如下：（一）资料审查。… — steps with titles of their own, as in a regulation.
    steps = ("（一）资料审查。申报者将资料递交至市局进行审核。", "（二）公示。市局对审核结果进行公示，公示时间不少于30天。")
    doc = parse_outline(_doc("#申报流程", "本办法所规定的扶持项目申报流程如下：", *steps))
    assert _flat(doc.sections)[:3] == [[1, "", "申报流程"], [2, "（一）", "资料审查。"], [2, "（二）", "公示。"]]


def test_headings_with_text_of_their_own_after_a_colon_stay_headings() -> None:
    doc = parse_outline(
        read_text("某区政府办公室编制了年度报告。现解读如下：\n一、总体情况\n2019年，全区公开信息1200条。\n二、存在问题\n公开质量有待提高。\n")
    )
    assert _flat(doc.sections) == [[1, "一", "总体情况"], [1, "二", "存在问题"]]


def test_long_single_paragraph_sections_after_包括_stay_headings() -> None:
    # Work-report sections of one long paragraph each are chapters, not list items.
    body = "全年新开工亿元以上项目48个，完成固定资产投资215亿元，增长7.2%，新增规模以上工业企业36家。" * 4
    doc = parse_outline(_doc("#2024年工作回顾", "主要工作包括：", f"一、经济运行稳中向好。{body}", f"二、城乡面貌持续改善。{body}"))
    assert [row[2] for row in _flat(doc.sections)] == ["2024年工作回顾", "经济运行稳中向好。", "城乡面貌持续改善。", "其他事项"]


def test_glossary_entries_are_list_items() -> None:
    entries = (
        "1.财政拨款收入：指县级财政当年拨付的资金。",
        "2.事业收入：指事业单位开展专业业务活动及其辅助活动所取得的收入。",
        "3.“三公”经费：是指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    )
    doc = parse_outline(_doc("#名词解释", *entries))
    assert _flat(doc.sections) == [[1, "", "名词解释"], [1, "", "其他事项"]]
    assert doc.sections[0].paragraphs == entries


def test_glossary_entries_naming_the_pages_they_are_used_on_are_list_items() -> None:
    entries = (
        "1.某某国际中央商务区“一核两轴四片”（第13页）：“一核”是聚焦商务区核心区。",
        "2.一刻钟便民生活圈（第4页、第45页）：以社区居民为服务对象的生活圈。",
        "3.双新（第47页）：指义务教育和普通高中的新课程与新教材。",
    )
    doc = parse_outline(_doc("#名词解释", *entries))
    assert _flat(doc.sections) == [[1, "", "名词解释"], [1, "", "其他事项"]]


def test_glossary_terms_on_their_own_lines_are_list_items() -> None:
    # the term and its colon on a line, the definition on the next (as a report's 附件 prints them)
    lines = ("1.“四上”企业：", "指达到一定规模、资质或限额的法人单位。", "2.“双高计划”：", "是某某建设计划的简称。", "3.“四好农村路”：", "指建好、管好、护好、运营好农村公路。")
    doc = parse_outline(_doc("#名词解释", *lines))
    assert _flat(doc.sections) == [[1, "", "名词解释"], [1, "", "其他事项"]]
    # elsewhere a numbered line ending with a colon still heads what follows
    doc = parse_outline(_doc("#主要任务", "1.加快产业升级：", "推进产业链强链补链，全年新增规上企业100家。", "2.扩大有效投资：", "全年实施重点项目300个，完成投资1000亿元。"))
    assert [row[1] for row in _flat(doc.sections)][1:3] == ["1", "2"]


def test_headings_ending_in_a_colon_are_not_definitions() -> None:
    doc = parse_outline(
        _doc("#实施方案", "（一）总体要求：坚持稳中求进，统筹发展和安全。", "（二）主要目标：到2027年，全区数字经济核心产业增加值占比达到12%。")
    )
    assert [row[1:] for row in _flat(doc.sections)[1:3]] == [["（一）", "总体要求"], ["（二）", "主要目标"]]


def test_list_items_leave_no_numbering_warning() -> None:
    # 1. right under 二、 skips the （一） level: a warning for headings, none for a list.
    lines = ("某局2025年部门预算", "一、机构设置", "纳入预算编制范围的单位共2个，具体是：", "1.某局机关，内设办公室等4个股室。", "2.某县农业技术推广中心。", "二、收支情况", "收支平衡。")
    list_doc = parse_outline(read_text("\n".join(lines)))
    assert _flat(list_doc.sections) == [[1, "一", "机构设置"], [1, "二", "收支情况"]]
    assert list_doc.warnings == () and list_doc.findings == ()
    headings = parse_outline(read_text("一、机构设置\n1.局机关\n正文。\n2.推广中心\n正文。\n"))
    assert len(headings.warnings) == 1 and "跳过了一级" in headings.warnings[0]


def test_情况说明_is_one_title() -> None:
    doc = parse_outline(read_text("其他相关情况说明\n一、2025年“三公”经费预算情况说明\n“三公”经费预算数为42.60万元。\n"))
    assert _flat(doc.sections) == [[1, "一", "2025年“三公”经费预算情况说明"]]
    glued = parse_outline(read_text("（一）组织保障情况一是成立领导小组。\n"))
    assert _flat(glued.sections) == [[1, "（一）", "组织保障情况"]]


def test_functions_announced_as_职责如下_are_a_list() -> None:
    doc = parse_outline(_doc("#某局主要职能", "根据机构改革方案，某局的主要职责如下：", *FUNCTIONS))
    assert _flat(doc.sections) == [[1, "", "某局主要职能"], [1, "", "其他事项"]]
    # Without a member word, the same short-titled items after 如下： are headings.
    headings = parse_outline(_doc("#某局工作安排", "今年重点工作安排如下：", *FUNCTIONS))
    assert [row[1] for row in _flat(headings.sections)] == ["", "一", "二", "三", ""]


def test_a_lone_numbered_sentence_is_its_headings_text() -> None:
    doc = parse_outline(read_text("正文。\n一、项目概述\n推动产业发展。\n二、立项依据\n1、《某区加快发展生命健康产业实施意见》。\n三、实施主体\n某区商务委员会\n"))
    assert _flat(doc.sections) == [[1, "一", "项目概述"], [1, "二", "立项依据"], [1, "三", "实施主体"]]
    assert doc.sections[1].paragraphs == ("1、《某区加快发展生命健康产业实施意见》。",)
    # A lone numbered title stays a heading, with text of its own or without (a short phrase).
    titled = parse_outline(read_text("正文。\n一、保障措施\n（一）加强组织领导\n各地要建立工作机制。\n"))
    assert _flat(titled.sections) == [[1, "一", "保障措施"], [2, "（一）", "加强组织领导"]]
    run_on = parse_outline(read_text("正文。\n一、实施方案\n1、支持品牌商业集聚，促进消费增长；2、支持商业数字化转型；3、其它支持事项。\n"))
    assert _flat(run_on.sections) == [[1, "一", "实施方案"]] and run_on.warnings == ()
    assert run_on.sections[0].paragraphs == ("1、支持品牌商业集聚，促进消费增长；2、支持商业数字化转型；3、其它支持事项。",)
    phrase = parse_outline(read_text("正文。\n一、下一步打算\n（一）继续深化公开。\n"))
    assert _flat(phrase.sections) == [[1, "一", "下一步打算"], [2, "（一）", "继续深化公开。"]]


def test_a_compact_work_report_after_a_colon_keeps_its_sections() -> None:
    # One short paragraph per section, titles with a comma: chapters, not sentence items.
    items = (
        "（一）坚持项目为王，持续扩大有效投资。全年实施重点项目150个，完成投资180亿元以上。",
        "（二）坚持工业强县，加快构建现代产业体系。推动主导产业延链补链强链，新增规模以上工业企业20家。",
    )
    doc = parse_outline(_doc("#2025年工作安排", "今年重点做好以下工作：", *items))
    assert [row[2] for row in _flat(doc.sections)][1:3] == ["坚持项目为王，持续扩大有效投资。", "坚持工业强县，加快构建现代产业体系。"]


def test_semicolon_steps_of_a_procedure_are_a_list() -> None:
    # 办事 page: 1、…；2、…；3、…。 are one sentence's clauses, not chapters; so are the items
    # of an article quoted after them. Nothing else is numbered on the page.
    lines = [
        "办理步骤如下：",
        "1、申请人向窗口递交申请表；",
        "2、窗口工作人员核对材料，并登记；",
        "3、核对无误后，当场制作证件，交申请人签收，并告知有效期限。",
        "《某某证管理规定》第九条",
        "发证机关应当在办事场所公开下列事项：",
        "（一）证件的用途；",
        "（二）申领条件和所需材料；",
        "（三）补领程序。",
        "其他说明",
    ]
    doc = parse_outline(read_text("\n".join(lines) + "\n"))
    assert doc.sections == ()
    assert doc.preface[-10:] == tuple(lines)


def test_semicolon_items_are_a_list_in_a_long_document_too() -> None:
    lines = ["#申报材料", "申报单位须提交：", "（一）申报表一份；", "（二）营业执照复印件；", "（三）项目说明书。"]
    doc = parse_outline(_doc(*lines))
    assert _flat(doc.sections) == [[1, "", "申报材料"], [1, "", "其他事项"]]
    assert doc.sections[0].paragraphs == tuple(lines[1:])
    # Items with text of their own are headings, whatever ends their line.
    kept = ["#工作措施", "（一）加强组织领导；", "各地成立工作专班。", "（二）强化督促检查；", "定期通报进展。"]
    assert [row[1] for row in _flat(parse_outline(_doc(*kept)).sections)] == ["", "（一）", "（二）", ""]


def test_semicolon_items_with_a_bracketed_note_are_still_a_list() -> None:
    # （五）咨询处理情况（公民的咨询）； — the note is cut off as the heading's text, yet the line is
    # one item of the list like its siblings.
    lines = [
        "第三条 年度报告应当包括下列内容：",
        "（一）概述；",
        "（二）主动公开政府信息情况；",
        "（三）咨询处理情况（公民、法人和其他组织的咨询情况）；",
        "（四）复议、诉讼和申诉的情况（就政府信息公开提出复议的情况）；",
        "（五）存在的主要问题和改进措施。",
        "第四条 本制度自发布之日起施行。",
    ]
    doc = parse_outline(read_text("\n".join(lines) + "\n"))
    assert [row[1] for row in _flat(doc.sections)] == ["第三条", "第四条"]
    assert "".join(map(str, doc.sections[0].paragraphs)).endswith("：" + "".join(lines[1:6]))


# -- members named in a phrase and glossed in the same paragraph (seventh development set) ------

CATEGORIES = (
    "（1）自然灾害。主要包括洪涝、干旱、地震和森林火灾等。",
    "（2）事故灾难。主要包括安全生产事故、交通事故和环境污染事件等。",
    "（3）公共卫生事件。主要包括传染病疫情和食品安全事件等。",
)


def test_members_glossed_after_their_names_are_a_list() -> None:
    doc = parse_outline(
        _doc("一、事件分类", "本镇的突发事件主要分为以下三类：", *CATEGORIES, "上述各类事件往往相互交叉和关联。")
    )
    assert _flat(doc.sections) == [[1, "一", "事件分类"], [1, "", "其他事项"]]
    assert doc.sections[0].paragraphs == (
        "本镇的突发事件主要分为以下三类：",
        *CATEGORIES,
        "上述各类事件往往相互交叉和关联。",
    )
    offices = (
        "（1）综合办公室。主要承担机关日常运转、文秘和档案等工作。",
        "（2）经济发展办公室。主要承担产业发展、项目建设和统计等工作。",
    )
    doc = parse_outline(_doc("一、机构设置", "某乡设置综合办公室等2个机构。", *offices))
    assert _flat(doc.sections) == [[1, "一", "机构设置"], [1, "", "其他事项"]]


def test_dimensions_glossed_by_what_they_reflect_are_a_list() -> None:
    # A city check-up's dimensions, each named and glossed by what it reflects (反映…).
    dimensions = (
        "（一）生态宜居。反映城市的大气、水、绿地等各类生态环境要素保护情况。",
        "（二）健康舒适。反映城市社区服务设施、社区管理的基本情况。",
        "（三）安全韧性。反映城市应对公共卫生事件、自然灾害的能力。",
    )
    doc = parse_outline(_doc("一、体检内容", "围绕生态宜居、健康舒适、安全韧性等3个方面开展评估。", *dimensions))
    assert _flat(doc.sections) == [[1, "一", "体检内容"], [1, "", "其他事项"]]


def test_run_in_headings_that_report_what_was_done_stay_headings() -> None:
    # The same shape, but each item goes on with what was done, not with what it is.
    done = (
        "（一）主动公开情况。本年度共主动公开政府信息120条，比上年增加10条。",
        "（二）依申请公开情况。本年度共收到政府信息公开申请8件，均按时答复。",
    )
    doc = parse_outline(_doc("一、总体情况", "2024年，本局认真贯彻落实政务公开工作要求。", *done))
    assert [row[1] for row in _flat(doc.sections)] == ["一", "（一）", "（二）", ""]
    # Glossed items with no text before them head their section: no list is running.
    doc = parse_outline(_doc("一、事件分类", *CATEGORIES))
    assert [row[1] for row in _flat(doc.sections)] == ["一", "（1）", "（2）", "（3）", ""]
    # A long gloss is a section's text.
    long = tuple(item.replace("等。", "等，" + "各有关单位要加强监测预警，及时报告和处置。" * 12) for item in CATEGORIES)
    doc = parse_outline(_doc("一、事件分类", "本镇的突发事件主要分为以下三类：", *long))
    assert [row[1] for row in _flat(doc.sections)] == ["一", "（1）", "（2）", "（3）", ""]


# -- the ways to do something, announced by a sentence ending in a full stop ----------------------

WAYS = (
    "1. 网上申请。申请人可通过区政府网站的依申请公开平台填写并提交申请书。",
    "2. 信函申请。申请人可将申请书邮寄至区政府办公室，并在信封上注明“信息公开申请”。",
    "3. 当面申请。申请人可到区政务服务中心窗口填写申请书。",
)


def test_ways_announced_by_a_sentence_are_a_list() -> None:
    doc = parse_outline(_doc("一、申请渠道", "公民、法人或者其他组织可以通过以下方式提出申请。", *WAYS))
    assert _flat(doc.sections) == [[1, "一", "申请渠道"], [1, "", "其他事项"]]
    assert doc.sections[0].paragraphs == ("公民、法人或者其他组织可以通过以下方式提出申请。", *WAYS)


def test_headings_after_a_sentence_naming_ways_stay_when_they_have_text_of_their_own() -> None:
    # What must NOT be touched: items with paragraphs of their own, or numbered 一、 and （一）.
    own = ("1. 网上申请", "申请人可通过区政府网站提交申请书。", "2. 当面申请", "申请人可到区政务服务中心窗口提交。")
    doc = parse_outline(_doc("一、申请渠道", "可以通过以下方式提出申请。", *own))
    assert _flat(doc.sections)[:3] == [[1, "一", "申请渠道"], [2, "1", "网上申请"], [2, "2", "当面申请"]]
    cn = [item.replace("1. ", "（一）").replace("2. ", "（二）").replace("3. ", "（三）") for item in WAYS]
    doc = parse_outline(_doc("一、申请渠道", "可以通过以下方式提出申请。", *cn))
    assert [row[1] for row in _flat(doc.sections)][:4] == ["一", "（一）", "（二）", "（三）"]


def test_a_sentence_without_ways_leads_in_nothing() -> None:
    doc = parse_outline(_doc("一、申请渠道", "本年度申请数量有所增加。", *WAYS))
    assert [row[1] for row in _flat(doc.sections)][:4] == ["一", "1", "2", "3"]


def _short(*lines: str) -> list[list[object]]:
    return flat_outline(parse_outline(read_text("\n".join(lines))).sections)


def test_a_members_word_with_its_modifier_titles_its_items_beside_a_titled_sibling() -> None:
    # 1.主要职能。 over its own （1）（2） items and 2.机构情况 over its text: the second level of
    # 一, though 二 below uses （一） for it (the page mixes its second-level markers).
    outline = _short(
        "某街道2024年度决算公开说明",
        "一、单位基本情况",
        "1.主要职能。",
        "（1）贯彻执行党的路线方针政策和国家的法律法规，推动经济发展。",
        "（2）关注和改善民生，加快社会事业发展，推动公共服务均等化。",
        "2.机构情况",
        "本街道设置党政内设机构8个，即党政办公室、经济发展办公室等。",
        "二、单位决算收支情况说明",
        "（一）收入支出决算总体情况说明。",
        "1.总体情况。2024年度收入总计461.77万元，支出总计461.77万元。",
    )
    assert [row[:2] for row in outline] == [[1, "一"], [2, "1"], [2, "2"], [1, "二"], [2, "（一）"], [3, "1"]]


def test_a_lead_in_sentence_naming_members_stays_with_its_items() -> None:
    # Must NOT touch: 履行下列职责。 is a sentence announcing the items, not their heading.
    outline = _short(
        "某县某局工作规则",
        "一、基本要求",
        "1.本局履行下列职责。",
        "（1）贯彻执行国家有关法律法规，拟订全县发展规划。",
        "（2）负责全县有关统计工作，发布统计信息。",
        "2.本局实行局长负责制，局长领导全面工作。",
    )
    assert [row[:2] for row in outline] == [[1, "一"]]


def test_items_citing_documents_are_the_legal_basis_list() -> None:
    # Made up: the legal basis of a licence, each item a citation, its quoted text after a colon.
    doc = parse_outline(
        _doc(
            "一、适用范围",
            "在本市从事危险废物收集经营活动的企业。",
            "二、办理依据",
            "1.《某某污染防治法》第八十条第一款：从事收集、贮存危险废物经营活动的单位，应当取得许可证。",
            "2.《某某许可证管理办法》第二条：在本省境内从事危险废物经营活动的单位，应当领取许可证。",
            "3.《某某审查指南》（原某某部公告2009年第5号）",
            "三、受理机构",
            "市生态环境局。",
        )
    )
    assert [row[2] for row in _flat(doc.sections)] == ["适用范围", "办理依据", "受理机构", "其他事项"]
    assert "3.《某某审查指南》（原某某部公告2009年第5号）" in doc.sections[1].paragraphs


def test_steps_tagged_in_square_brackets_are_a_list() -> None:
    # Made up: the steps of a how-to page.
    doc = parse_outline(
        _doc(
            "#网上办理流程",
            "1、【注册账号】：在政务服务网注册账号，上传申请材料；",
            "2、【后台审查】：工作人员审查材料是否齐全；",
            "3、【领取证照】：审批完成后将证照邮寄给申请人。",
        )
    )
    assert _flat(doc.sections) == [[1, "", "网上办理流程"], [1, "", "其他事项"]]
    assert doc.sections[0].paragraphs[0] == "1、【注册账号】：在政务服务网注册账号，上传申请材料；"


def test_items_titled_by_their_topic_before_a_colon_stay_headings() -> None:
    # Not a citation or a tag: each item names its topic (a work plan's projects), its text after the colon.
    text = "突出抓好灌区续建工程，开工建设一批节水灌溉工程，加快推进农田水利基本建设，全面完成年度任务。" * 5
    doc = parse_outline(
        _doc("一、粮食产能工程", "坚持突出重点、统筹推进。", f"1.水利工程：{text}", f"2.农机工程：{text}", "二、其他工程", text)
    )
    assert [row[2] for row in _flat(doc.sections)][:4] == ["粮食产能工程", "水利工程", "农机工程", "其他工程"]


def test_a_term_and_colon_over_long_text_heads_it_even_in_a_short_document() -> None:
    # Made up: a short work plan whose items are named by a term, several sentences after the colon.
    text = "突出抓好灌区续建工程，开工建设一批节水灌溉工程。加快推进农田水利基本建设，全面完成年度任务。" * 5
    doc = parse_outline(
        read_text("\n".join(("某省重点工程推进工作方案", "一、粮食产能工程", f"1.水利工程：{text}", f"2.农机工程：{text}")))
    )
    assert _flat(doc.sections) == [[1, "一", "粮食产能工程"], [2, "1", "水利工程"], [2, "2", "农机工程"]]


def test_labels_with_short_values_in_a_short_notice_stay_clauses() -> None:
    # Not headings: a notice's labelled clauses, each a label and a one-sentence value.
    doc = parse_outline(
        read_text(
            "\n".join(
                (
                    "某县交通管制通告",
                    "为保障活动顺利进行，决定实施临时交通管制。现将有关事项通告如下：",
                    "一、管制时间：2026年3月1日8时至12时。",
                    "二、管制路段：人民路至解放路路段。",
                    "三、绕行路线：过往车辆请经环城路绕行。",
                )
            )
        )
    )
    assert doc.sections == ()


def test_a_lead_in_to_a_list_is_no_term() -> None:
    # 门槛如下： leads in what follows; the numbered sentences stay clauses of a short document.
    values = "住宿业年度营业额达到一千万元。餐饮业年度营业额达到五百万元。批发业年度销售额达到两亿元。" * 6
    doc = parse_outline(
        read_text(
            "\n".join(
                (
                    "某区扶持企业发展若干措施",
                    "第一条 【附则】",
                    "（一）本措施行业分类以国家标准为准。",
                    f"（二）本措施所涉各行业门槛如下：{values}",
                    "（三）本措施自印发之日起施行。",
                )
            )
        )
    )
    assert [row[1] for row in _flat(doc.sections)] == ["第一条"]


def test_a_heading_naming_channels_leads_in_its_items() -> None:
    # 二、…渠道 names the channels the items list, as 主要职责 names duties: the items are text.
    outline = _short(
        "某县政府信息公开指南",
        "一、主动公开的内容",
        "本县主动公开的政府信息包括机构职能、政策文件、财政预决算等。",
        "二、对外公布政府信息的渠道",
        "1.某县人民政府门户网站。网址：http://www.example.gov.cn/",
        "2.某县融媒体中心公众号：“某县发布”。",
        "3.某县政府信息公开查阅场所：县档案馆。",
        "三、依申请公开的办理",
        "申请人可以通过网上申请、信函申请等方式提出申请。",
    )
    assert [row[:2] for row in outline] == [[1, "一"], [1, "二"], [1, "三"]]


def test_channels_with_text_of_their_own_stay_headings() -> None:
    # Must NOT touch: each channel set out in paragraphs of its own is a section.
    outline = _short(
        "某县政府信息公开指南",
        "一、对外公布政府信息的渠道",
        "1.门户网站",
        "县政府门户网站设有政府信息公开专栏，集中发布各类政府信息。",
        "2.公开查阅点",
        "县档案馆和县图书馆设有政府信息公开查阅点，免费提供查阅服务。",
    )
    assert [row[:2] for row in outline] == [[1, "一"], [2, "1"], [2, "2"]]


def test_items_closing_with_semicolons_are_a_list_though_one_lost_its_mark() -> None:
    # 应当主动公开下列政府信息： then short items, each closed by a semicolon as a list's members are;
    # one lost its semicolon on the site and the last closes with a full stop: all are members, and
    # the text after them goes on in the same section.
    items = (
        "（一）单位简介；",
        "（二）领导成员及其工作分工；",
        "（三）政府工作机构及其主要职能；",
        "（四）财政预算、决算报告",
        "（五）重大建设项目的批准和实施情况。",
    )
    after = "上述信息应当在形成之日起20个工作日内公开。"
    doc = parse_outline(_doc("#主动公开的内容", "区政府及各部门应当主动向社会公开下列政府信息：", *items, after))
    assert _flat(doc.sections) == [[1, "", "主动公开的内容"], [1, "", "其他事项"]]
    assert doc.sections[0].paragraphs[1:] == (*items, after)


def test_short_titles_with_one_semicolon_stay_headings() -> None:
    # Must NOT touch: a run of short titles after a colon, one of them closing with a semicolon.
    steps = ("（一）资料审查", "市局对申报资料进行审查。", "（二）现场核查；", "市局组织专家现场核查。", "（三）结果公示", "公示时间不少于30天。")
    doc = parse_outline(_doc("#申报流程", "申报流程如下：", *steps))
    assert [row[1] for row in _flat(doc.sections)][:4] == ["", "（一）", "（二）", "（三）"]


def test_the_last_member_of_a_named_list_may_carry_the_rest_of_its_line() -> None:
    # 分别是： then members run on in one line; the last member split off carries the members the
    # heading rules left unsplit: all of it is the list, read as text in order.
    items = ["（1）加快建设县医院迁建项目。", "（2）开工新建西环路。", "（3）完成新安大道一期工程。"]
    rest = (
        "（4）新建行政村公共厕所120座、旅游厕所8座，农村户用厕所14500座。 （5）建成农村生活垃圾处理站5个，农村生活污水处理站5个。"
        " （6）城区新建便民市场5处。 （7）建成体育惠民工程15个、乡镇健身中心2处。 （8）引导1000名以上高校毕业生到基层、到企业就业，开发公益性岗位不少于740个。"
        " （9）城区新建生态停车场2处，新增停车位400个以上。 （10）为62户贫困残疾人家庭实施家居无障碍改造工程，为5000名适龄农村妇女免费进行“两癌”检查。"
    )
    line = "县政府将重点抓好10件民生实事，分别是： " + " ".join(items) + " " + rest
    doc = parse_outline(_doc("#民生实事", line))
    assert _flat(doc.sections) == [[1, "", "民生实事"], [1, "", "其他事项"]]
    assert "".join(doc.sections[0].paragraphs).replace(" ", "") == line.replace(" ", "")


def test_a_replys_point_naming_a_topic_with_a_figure_is_a_heading() -> None:
    doc = parse_outline(
        _doc(
            "现将办理情况函告如下：",
            "一、关于60万吨乙烯项目问题。你省请求，国家尽快审核60万吨乙烯项目的可行性研究报告。",
            "发展改革委研究提出了办理意见。",
            "二、关于水利枢纽工程问题。你省请求，国家尽快审核项目建议书。",
            "水利部研究提出了办理意见。",
        )
    )
    assert [row[1:] for row in _flat(doc.sections)][:2] == [["一", "关于60万吨乙烯项目问题。"], ["二", "关于水利枢纽工程问题。"]]


def test_a_figure_stated_in_a_numbered_sentence_is_still_a_statement() -> None:
    from audiojiedu.outline.lists import is_statement

    assert is_statement("一、公共服务支出1200万元。") and not is_statement("关于60万吨乙烯项目问题。")


def test_a_numbered_clause_ending_in_a_semicolon_with_its_sentence_going_on_is_text() -> None:
    lines = [
        "附件",
        "2026年某区民生实事",
        "1.发放高标准农田建设劳务报酬2亿元以上；扩大失业保险覆盖面，惠及群众1万人。",
        "2.实现城镇新增就业1.8万人以上，发布就业岗位5万个以上，开展职业技能培训1万人次。",
        "3.将学生意外伤害责任保险从义务教育阶段扩大到高中阶段，保费由财政承担。",
        "4.实现城乡法律援助服务网络全覆盖；为群众提供全年无休免费法律咨询（牵头单位：司法局）。",
        "5.发放城镇住房保障家庭租赁补贴1600户，加装、更新住宅电梯50部以上。",
    ]
    doc = parse_outline(read_text("某区政府工作报告\n各位代表：\n现在，我代表区人民政府向大会报告工作。\n" + "\n".join(lines) + "\n"))
    assert [row[1] for row in _flat(doc.sections)] == ["附件"]
    assert lines[5] in doc.sections[0].paragraphs


def test_a_long_documents_procedure_sentences_running_on_are_clauses_beside_clauses() -> None:
    """Steps written as sentences, some running on in their paragraph, beside steps that are one
    sentence each: all text, in a document long enough that the short-notice rules do not apply."""
    steps = (
        "1.建设单位需向镇规建办进行申报（使用社会资金的项目除外），根据项目实际情况由相关部门会签，主要采用告知承诺制。",
        "2.建设单位完成项目申报后到镇规建办办理报建手续。",
        "3.使用财政预算资金的限额以下工程，由镇招标办组织确定施工单位。",
        "4.建设单位完成承发包手续后到镇规建办办理施工许可手续。施工许可手续办结后，镇规建办反馈备案表一份，并抄送有关部门。",
        "5.施工过程中，由镇规建办、安监所对在建工程履行安全、质量、文明施工监督程序。竣工验收由建设单位自行组织，领导小组成员单位进行监督。",
    )
    filler = _FILLER * 12  # a long document
    doc = parse_outline(_doc("#三、工作流程", *steps, "#四、工作要求", filler))
    assert [row[1:] for row in _flat(doc.sections)] == [["三", "工作流程"], ["四", "工作要求"], ["", "其他事项"]]
    # points with their own text stay headings
    points = ("1.完善工作机制。", filler, "2.强化资金保障。", filler, "3.加强督促检查。", filler)
    doc = parse_outline(_doc("#三、保障措施", *points))
    assert [row[1] for row in _flat(doc.sections)][1:4] == ["1", "2", "3"]


def test_a_long_point_among_long_points_of_its_run_stays_a_heading() -> None:
    body = "坚持内需主导，促进消费和投资良性互动。社会消费品零售总额增长5%左右，固定资产投资增长3%左右。" * 3
    points = (
        "（一）打造具有全球影响力的产业科技创新中心，加快培育和发展新质生产力。",
        body,
        "（二）推动供需高水平动态适配，在建设强大国内市场中努力扩大有潜能的消费、有需求的生产、有效益的投资。",
        body,
        "（三）扩大高水平对外开放，在服务和融入新发展格局中展现更大作为。",
        body,
    )
    doc = parse_outline(_doc("#一、2026年重点工作", *points))
    assert [row[1] for row in _flat(doc.sections)][1:4] == ["（一）", "（二）", "（三）"]
    # alone, such a line is a sentence read as text
    doc = parse_outline(_doc("#一、2026年重点工作", "（一）加快发展。", body, points[2], body))
    assert [row[1] for row in _flat(doc.sections)][1:] == ["（一）", ""]


def test_a_numbered_sentence_with_a_short_note_under_it_is_a_clause_beside_clauses() -> None:
    notice = (
        "某市住房和城乡建设管理委员会关于开展审查机构认定工作的通知\n各有关单位：\n现就认定工作通知如下。\n"
        "一、认定标准\n按照认定标准开展认定，标准见附件。\n二、工作安排\n"
        "1.本次认定由各审查机构的控股勘察设计企业进行申报。\n"
        "2.某市建设工程勘察设计管理事务中心负责认定的申报受理和初审工作。\n申报受理时间：2025年9月1日—10月30日。\n"
        "3.我委将于2025年12月底前完成认定工作并公布认定名录。\n三、其他事项\n本次认定只针对现有审查机构。\n特此通知。\n"
    )
    doc = parse_outline(read_text(notice))
    assert _flat(doc.sections) == [[1, "一", "认定标准"], [1, "二", "工作安排"], [1, "三", "其他事项"]]
    assert "申报受理时间：2025年9月1日—10月30日。" in doc.sections[1].paragraphs


def test_a_first_item_over_its_next_items_run_together_is_no_heading() -> None:
    """2.需要具备哪些基本条件？ / 答：需要具备以下基本条件： / （一）在本市合法稳定就业或创业； /
    （二）年龄在45周岁以下；（三）持有效居住证。: the items are the answer's list; the questions
    after it stay at their own level, not nested under its first item."""
    answer = "答：根据年度人口迁入计划，今年我市积分制入户类指标为1.6万个，与上年度持平，请申请人留意。"
    text = (
        "某市积分制入户工作热点问答\n1.今年积分制入户指标有多少个？\n" + answer + "\n"
        "2.申请积分制入户需要具备哪些基本条件？\n答：需要具备以下基本条件：\n（一）在本市合法稳定就业或创业；\n"
        "（二）年龄在45周岁以下；（三）持本市办理的有效居住证；（四）缴纳社会保险满4年。\n"
        "3.积分制入户申报的起止时间是什么？\n" + answer + "\n"
    )
    doc = parse_outline(read_text(text))
    assert [s.number for s in doc.sections] == ["1", "2", "3"]
    assert any("（一）在本市合法稳定就业或创业；" in p for p in doc.sections[1].paragraphs)


def test_an_articles_items_broken_by_hard_wraps_are_its_clauses() -> None:
    """第五条 下列场所…应当每日升挂国旗： then （一）…； （二）… broken over lines by a PDF copy
    （三）…。: the article's 项, read as its text, never headings under it; titled steps stay."""
    text = (
        "某某法\n第一条 为了维护某某的尊严，制定本法。\n第二条 某某是国家的象征。\n"
        "第五条 下列场所或者机构所在地，应当每日升挂国旗：\n（一）北京天安门广场、新华门；\n"
        "（二）中国共产党中央委员会，全国人民代表大会常务委员会，国务院，中央军事委员会，\n最高人民法院，最高人民检察院；\n"
        "中国人民政治协商会议全国委员会；\n（三）外交部；\n（四）出境入境的机场、港口、火车站和其他边境口岸，边防海防哨所。\n"
        "第六条 本法自公布之日起施行。\n"
    )
    doc = parse_outline(read_text(text))
    assert [s.number for s in doc.sections] == ["第一条", "第二条", "第五条", "第六条"]
    assert all(not s.sections for s in doc.sections)
    steps = (
        "某某办法\n第一条 为了规范扶持工作，制定本办法。\n第二条 本办法所规定的扶持项目申报流程如下：\n"
        "（一）资料审查。申报者将资料递交至市市场监管局进行审核，由区市场监管局出具初审意见。\n"
        "（二）公示。由市市场监管局对审核结果进行公示，公示时间不少于30天。\n第三条 本办法自发布之日起施行。\n"
    )
    assert [s.number for s in parse_outline(read_text(steps)).sections[1].sections] == ["（一）", "（二）"]


def test_points_naming_whose_duties_head_the_items_under_them() -> None:
    """二、职责分工 / （一）市教育部门主要职责。 / 4.制订… / （二）镇区教育部门主要职责。 / 6.协助…: the
    points name whose duties the items under them are (a topic with a full stop), numbered 4.–7. on
    from the items under 一、. They head those items, whether the items were read back as their
    text or stand in a numbering that runs through the document; 负责下列职责。 leads items in."""
    lines = [
        "一、基本原则",
        "1.就近入学原则。认真落实就近入学要求，实行学区制。",
        "2.信息公开原则。实施阳光招生工程，建立公开制度。",
        "3.公平公正原则。严格招生纪律，规范招生行为。",
        "二、职责分工",
        "（一）市教育部门主要职责。",
        "4.制订全市招生工作政策、组织实施和督导检查。",
        "5.负责市属学校招生计划的审批。",
        "（二）镇区教育部门主要职责。",
        "6.协助本镇区政府提高补助标准。",
        "7.负责制订本镇区公办学校招生方案。",
    ]
    rows = _flat(parse_outline(_doc(*lines)).sections)
    assert [row[1] for row in rows if row[0] == 2 and str(row[1]).startswith("（")] == ["（一）", "（二）"]
    # a lead-in sentence over its items is a clause of its parent's text
    lead = [line.replace("市教育部门主要职责。", "市教育部门负责下列职责。").replace("镇区教育部门主要职责。", "镇区教育部门负责以下职责。") for line in lines]
    rows = _flat(parse_outline(_doc(*lead)).sections)
    assert "（一）" not in [row[1] for row in rows]


def test_a_short_claim_with_its_figure_among_headings_of_its_shape_is_a_heading() -> None:
    """A statistics analysis: （三）地方工业支撑作用突出。 / its text / （四）固定资产投资总额突破60亿。 / its text:
    the claim with a figure stands as its peers do, on its line over its text; it is a heading. The
    same claim glued to its text, or alone without text under it, stays a sentence."""
    lines = [
        "一、经济运行基本特点",
        "（一）工业生产较快增长。",
        "一季度，全市规上工业增加值同比增长8%，增速居全省前列。",
        "（二）地方工业支撑作用突出。",
        "地方工业增加值增长12%，拉动全市工业增长3个百分点。",
        "（三）固定资产投资总额突破60亿。",
        "全市固定资产投资完成60.2亿元，同比增长9.5%。",
        "（四）市场消费稳步增长。",
        "社会消费品零售总额完成200亿元，增长6%。",
    ]
    rows = _flat(parse_outline(_doc(*lines)).sections)
    assert [row[1] for row in rows if row[0] == 2] == ["（一）", "（二）", "（三）", "（四）"]
    glued = lines[:5] + ["（三）固定资产投资总额突破60亿。全市固定资产投资完成60.2亿元，同比增长9.5%。"] + lines[7:]
    rows = _flat(parse_outline(_doc(*glued)).sections)
    assert "（三）" not in [row[1] for row in rows]


def test_a_stage_named_with_its_dates_in_brackets_heads_its_text_in_a_short_notice() -> None:
    """三、时间步骤 / （一）部署发动（2021年12月10日前）。各单位…。: a stage's name and its dates in
    brackets head the stage's text, even in a short notice whose run-on clauses read as text: the
    figures are the note's, no clause's."""
    text = (
        "关于做好火灾防控工作的通知\n各单位：\n现将有关事项通知如下。\n一、工作目标\n坚决防范遏制重特大火灾事故。\n"
        "二、时间步骤\n（一）部署发动（2021年12月10日前）。各单位结合实际，明确职责任务、细化工作措施。\n"
        "（二）组织实施（2021年12月11日至2022年3月25日）。各单位要组织开展火灾隐患排查整治。\n"
        "（三）总结验收（2022年3月26日至3月31日）。各单位认真总结工作，固化经验做法。\n"
    )
    rows = flat_outline(parse_outline(read_text(text)).sections)
    assert [row[1] for row in rows if row[0] == 2] == ["（一）", "（二）", "（三）"]


def test_a_title_naming_the_term_it_defines_is_a_heading_and_a_defining_clause_is_not() -> None:
    """（四）推广应用中国（上海）自由贸易试验区（以下简称“上海自贸试验区”）制度创新成果。 over its text: a title
    that defines its term and ends in a few words of its phrase; 某某领导小组（以下称“领导小组”）在…领导下，
    负责…。 is a clause, its sentence going on after the definition."""
    lines = [
        "一、主要任务",
        "（一）推进制度创新。",
        "加快推进政府职能转变，积极开展集中登记试点，探索建立新的管理模式。",
        "（二）推广应用中国（上海）自由贸易试验区（以下简称“上海自贸试验区”）制度创新成果。",
        "复制推广上海自贸试验区在投资管理、贸易便利化等领域的制度创新成果，加快形成联动机制。",
    ]
    rows = _flat(parse_outline(_doc(*lines)).sections)
    assert [row[1] for row in rows if row[0] == 2] == ["（一）", "（二）"]
    clause = lines[:3] + ["（二）某某工作领导小组（以下称“领导小组”）在区委领导下，负责统筹推进改革工作。", lines[4]]
    rows = _flat(parse_outline(_doc(*clause)).sections)
    assert [row[1] for row in rows if row[0] == 2] == ["（一）"]


def test_headings_over_counts_of_seven_digits_are_no_list_of_contacts() -> None:
    """A census bulletin's 一、总人口 / 全省总人口为24073453人: a count with its unit after it is no
    phone number, so the headings are not read back as a list of contacts; a number to call stays one."""
    text = (
        "某省人口普查公报\n现将我省人口的基本情况公布如下：\n"
        "一、总人口\n全省总人口为24073453人，与上次普查相比减少3379362人。\n"
        "二、性别构成\n全省人口中，男性人口为12018319人，女性人口为12055134人。\n"
    )
    assert [row[2] for row in flat_outline(parse_outline(read_text(text)).sections)] == ["总人口", "性别构成"]
    contacts = "某局公告\n联系方式如下：\n一、电话\n咨询电话：85800000。\n二、传真\n传真号码：85800001。\n"
    assert parse_outline(read_text(contacts)).sections == ()


def test_a_notices_points_each_over_its_list_are_headings_when_one_is_named_by_a_label() -> None:
    """（一）报名范围： / 1.… / （二）报名人员应当具备下列资格条件： / 1.… (ho101/09, session 50): each
    point heads a numbered list of its own and one is named by a label: headings, though the other
    leads its list in with a sentence. A label with its value on its line (一、时间：9月1日。) heads
    no list: such clauses stay text."""
    doc = parse_outline(
        read_text(
            "某某公开遴选公务员公告\n根据有关规定，现将有关事项公告如下。\n一、职位\n公开遴选职位一般为一级主任科员。\n"
            "二、报名范围和条件\n（一）报名范围：\n1. 省直机关职位报名范围\n（1）全省机关中已登记备案的公务员。\n"
            "（2）全省参照管理机关中的工作人员。\n2. 市直机关职位报名范围\n（1）本市机关中已登记备案的公务员。\n"
            "（2）本市参照管理机关中的工作人员。\n（二）报名人员应当具备下列资格条件：\n1. 政治立场坚定。\n"
            "2. 具有良好的业务素质。\n三、报名程序\n报名采取网上报名方式。\n"
        )
    )
    assert [row for row in _flat(doc.sections) if row[0] <= 2] == [
        [1, "一", "职位"],
        [1, "二", "报名范围和条件"],
        [2, "（一）", "报名范围"],
        [2, "（二）", "报名人员应当具备下列资格条件"],
        [1, "三", "报名程序"],
    ]
    doc = parse_outline(
        read_text(
            "关于举行代表接待日活动的公告\n现将有关事项公告如下：\n一、时间：2020年9月1日上午。\n二、地点：某镇代表联络站。\n"
            "三、参加人员：\n1. 市人大代表。\n2. 镇人大代表。\n特此公告。\n"
        )
    )
    assert doc.sections == ()


def test_a_title_with_a_title_word_before_zhi_goes_on_to_its_colon() -> None:
    """（二）有下列情况之一的不得报考： (ho98/08, session 50): 情况 ends titles, but 之 after it goes on
    as 的 does; cut there, 之一的不得报考： was read as the heading's text after a pause."""
    doc = parse_outline(
        read_text(
            "某镇公开招考工作人员公告\n根据工作需要，现将有关事项公告如下。\n一、招考对象\n（一）报考条件：\n1. 遵守宪法和法律。\n"
            "2. 具有良好的品行。\n（二）有下列情况之一的不得报考：\n1. 曾因犯罪受过刑事处罚的；\n2. 曾被开除公职的。\n"
            "二、报名时间\n报名时间为2024年3月1日至3月5日。\n"
        )
    )
    assert doc.sections[0].sections[1].title == "有下列情况之一的不得报考"


def test_a_notices_points_each_leading_its_own_list_in_are_headings() -> None:
    """（一）一般应具备下列条件： / 1.… / （二）有下列情况之一的不得报考： / 1.… (ho98/08, dev81/09; session
    50): each point leads its own list in with a colon: headings (points under an article stay
    the article's text: the corpus's 花都 rules keep theirs)."""
    doc = parse_outline(
        read_text(
            "关于某镇公开招考村级后备干部的通知\n为加强村级后备干部队伍建设，现将有关事项通知如下。\n一、招考名额\n公开招考后备干部2名。\n"
            "二、招考条件\n（一）一般应具备下列条件：\n1.拥护党的路线、方针、政策。\n2.大专及以上学历。\n"
            "（二）有下列情况之一的不得报考：\n1.曾因犯罪受过刑事处罚的；\n2.涉嫌违法正在接受审查的。\n三、招考程序\n报名采取现场报名方式。\n"
        )
    )
    assert [row[1:] for row in _flat(doc.sections) if row[0] == 2] == [["（一）", "一般应具备下列条件"], ["（二）", "有下列情况之一的不得报考"]]


def test_conditions_closed_by_semicolons_with_notes_under_some_are_a_list() -> None:
    """一、应聘条件 / （一）具有中华人民共和国国籍； / （二）遵守宪法和法律； / … / （五）…条件； / a note
    under it / （六）…条件。 / a note: members of one list, however the notes stand; read as the
    part's text."""
    text = (
        "某市事业单位公开招聘工作人员公告\n根据工作需要，现面向社会公开招聘工作人员。\n一、应聘条件\n"
        "（一）具有中华人民共和国国籍；\n（二）遵守宪法和法律；\n（三）具有良好的品行和适应岗位的身体条件；\n"
        "（四）年龄在40周岁以下。\n（五）符合招聘岗位所要求的学历、专业等条件；\n"
        "暂未取得相关证书的2022年应届毕业生可以应聘，报到时须取得相应证书。\n"
        "（六）法律、法规规定的其他条件。\n现役军人、在读非应届毕业生不得应聘。\n二、报名方式\n报名采取网上报名方式。\n"
    )
    doc = parse_outline(read_text(text))
    assert flat_outline(doc.sections) == [[1, "一", "应聘条件"], [1, "二", "报名方式"]]
    assert "（一）具有中华人民共和国国籍；" in doc.sections[0].paragraphs


def test_points_with_a_semicolon_over_their_own_sections_stay_headings() -> None:
    # Must NOT touch: points over numbered sections of their own are headings, whatever ends them.
    text = (
        "某县工作方案\n一、主要任务\n（一）抓好安全生产；\n1.开展隐患排查\n全面排查各类隐患。\n2.强化执法检查\n依法查处违法行为。\n"
        "（二）抓好防灾减灾；\n1.完善应急预案\n修订各类预案。\n（三）抓好宣传教育；\n1.开展宣传活动\n组织宣传周活动。\n"
    )
    doc = parse_outline(read_text(text))
    assert [number for depth, number, _ in flat_outline(doc.sections) if depth <= 2] == ["一", "（一）", "（二）", "（三）"]


def test_parties_named_over_their_field_blocks_are_headings_not_a_contact_list() -> None:
    """九、凡对本次公告内容提出询问，请按以下方式联系。 / 1.采购人信息 / 名称：… / 地址：… / 联系方式：… /
    2.采购代理机构信息 / … : each item names a party over its block of fields, a section of the part."""
    text = (
        "某某项目成交结果公告\n一、项目编号：GC-2023-01\n二、项目名称：某某设备采购\n九、凡对本次公告内容提出询问，请按以下方式联系。\n"
        "1.采购人信息\n名称：某市第一人民医院\n地址：某市某区某路8号\n联系方式：0511-88917939\n"
        "2.采购代理机构信息\n名称：某某建设管理有限公司\n地址：某市某路21号\n联系方式：0511-88833166\n"
        "3.项目联系方式\n项目联系人：袁工\n电话：13052901388\n某某建设管理有限公司\n2023年06月20日\n"
    )
    doc = parse_outline(read_text(text))
    assert [title for depth, _, title in flat_outline(doc.sections) if depth == 2] == ["采购人信息", "采购代理机构信息", "项目联系方式"]


def test_channels_each_with_its_value_stay_a_contact_list() -> None:
    # Must NOT touch: 1.电子邮箱：… / 2.通讯地址：… / 3.电话：… are the ways to send views, a list.
    text = (
        "某某办法公开征求意见的公告\n为广泛听取意见，现公开征求意见。意见可通过以下方式反馈：\n1.电子邮箱：abc@example.cn\n"
        "2.通讯地址：某市某路9号某某局\n3.电话：010-5559727\n征求意见截止时间为2023年7月1日。\n"
    )
    doc = parse_outline(read_text(text))
    assert flat_outline(doc.sections) == []


def test_a_procurement_notices_summary_named_on_its_own_line_is_a_part() -> None:
    text = (
        "某某项目竞争性磋商公告\n项目概况\n某某项目的潜在供应商应在某市政府采购网获取采购文件，并于2021年5月10日前提交响应文件。\n"
        "一、项目基本情况\n项目编号：ZJ-2021-01\n采购方式：竞争性磋商\n二、申请人的资格要求\n满足《中华人民共和国政府采购法》第二十二条规定。\n"
    )
    doc = parse_outline(read_text(text))
    assert [title for _, _, title in flat_outline(doc.sections)][:2] == ["项目概况", "项目基本情况"]


def test_a_plans_standard_sections_run_into_their_text_stay_headings() -> None:
    """（一）指导思想：以…为指导，… / （二）工作目标：通过换届，…: items that are sentences run on from a
    plan's standard section names, every one of them (`section_name` in data/headings.tsv), head
    their text; the same shape under other labels is a run of clauses."""
    lines = [
        "某镇关于做好村级组织换届选举工作的实施意见",
        "全镇农村即将进行村级组织换届选举，这是全镇的一件大事。",
        "一、指导思想和工作目标",
        "（一）指导思想：以科学发展观为指导，认真贯彻落实党的十七大精神，进一步扩大基层民主。",
        "（二）工作目标：通过换届，努力使全镇村级组织领导班子结构更加合理，战斗力进一步增强。",
    ]
    doc = parse_outline(read_text("\n".join(lines)))
    assert [row[1] for row in flat_outline(doc.sections)] == ["一", "（一）", "（二）"]
    other = [line.replace("指导思想：", "报名时间：").replace("工作目标：", "报名地点：") for line in lines]
    assert [row[1] for row in flat_outline(parse_outline(read_text("\n".join(other))).sections)] == ["一"]
