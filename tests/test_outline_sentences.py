"""What looks numbered but is not a chapter, and a chapter title glued to its body (issue 17):
the rows of a flattened indicator table, numbered sentences that state a figure or run on
over several clauses, a notice's clauses before the plan it prints; and a heading whose body
follows it on the same line, cut only when the document's other headings are short.
All examples are made up in the manner of county documents."""

from __future__ import annotations

import re

import pytest
from helpers import flat_outline, spoken_text

from audiojiedu.ingest import read_text
from audiojiedu.model import Document, Section
from audiojiedu.outline import parse_outline


def _flat(sections: tuple[Section, ...]) -> list[list[object]]:
    return flat_outline(sections)


def _outline(*lines: str) -> Document:
    return parse_outline(read_text("\n".join(lines)))


def _spoken(doc: Document) -> str:
    return spoken_text(doc, with_title=True)


# A long closing section keeps an example out of the short-notice rule (< 5000 characters).
_FILLER = "各部门要加强协同配合，形成工作合力，确保各项目标任务按期完成。" * 170


def _squash(*lines: str) -> str:
    return re.sub(r"\s", "", "".join(lines))


# -- a flattened table: its row labels are cells ---------------------------------------------

TABLE_LINES = (
    "某区2024年度镇街综合考核指标",
    "为做好年度考核工作，现将考核指标公布如下。",
    "一级指标 二级指标 分值",
    "一、经济发展 （一）地区生产总值 10",
    "（二）固定资产投资 8",
    "二、社会民生",
    "（一）城镇新增就业 6",
    "（二）民生实事完成率 6",
    "考核结果按得分高低排名，分为优秀、良好、一般三个等次。",
)


def test_rows_of_a_flattened_indicator_table_are_not_chapters() -> None:
    doc = _outline(*TABLE_LINES)
    assert _flat(doc.sections) == []
    assert _spoken(doc) == _squash(*TABLE_LINES)  # every cell is still read, in order


def test_a_table_flattened_into_one_line_is_text_too() -> None:
    row = "一级指标 二级指标 权重 一、生态环境 （一）空气质量优良天数比例 5 （二）地表水达标率 5 二、安全稳定 （一）信访事项办结率 4"
    doc = _outline("某县2025年乡镇目标管理考核细则", "考核内容及分值如下。", row, "本细则由县考核办负责解释。")
    assert _flat(doc.sections) == []


def test_the_chapters_around_a_table_stay_chapters() -> None:
    doc = _outline(
        "某县2025年乡镇目标管理考核办法",
        "一、考核指标",
        "考核指标分为两级，具体如下。",
        "一级指标 二级指标 分值",
        "（一）经济发展 地区生产总值 10",
        "（二）社会民生 城镇新增就业 6",
        "二、结果运用",
        "考核结果作为乡镇领导班子评先评优的重要依据。",
    )
    assert _flat(doc.sections) == [[1, "一", "考核指标"], [1, "二", "结果运用"]]


def test_the_annual_reports_table_of_requests_flattened_is_text() -> None:
    # The 年报 template's table of requests, its cells joined into one paragraph: the requesters'
    # columns make the header, and the numbered row labels after it are cells.
    row = (
        "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 "
        "一、本年新收政府信息公开申请数量 3 二、上年结转政府信息公开申请数量 0 三、本年度办理结果 （一）予以公开 2"
    )
    doc = _outline(
        "某镇2024年政府信息公开工作年度报告",
        "一、总体情况",
        "本年度全镇主动公开信息300条。",
        "二、收到和处理政府信息公开申请情况",
        row,
        "三、存在的主要问题及改进情况",
        "公开内容还不够全面。",
    )
    assert [row[2] for row in _flat(doc.sections)] == ["总体情况", "收到和处理政府信息公开申请情况", "存在的主要问题及改进情况"]


def test_a_requester_named_in_a_sentence_is_no_header() -> None:
    # One column word in prose (自然人) makes no header: the headings after it stay.
    doc = _outline(
        "某镇2024年政府信息公开工作年度报告",
        "本年度收到自然人申请3件。",
        "一、总体情况",
        "本年度全镇主动公开信息300条。",
        "二、存在的主要问题",
        "公开内容还不够全面。",
    )
    assert [row[2] for row in _flat(doc.sections)] == ["总体情况", "存在的主要问题"]


def test_column_words_in_a_sentence_are_no_header() -> None:
    doc = _outline(
        "某县考核办法",
        "各项指标的分值、权重由县考核办确定。",
        "一、经济发展",
        "（一）地区生产总值",
        "按照全年目标完成情况计分。",
        "（二）固定资产投资",
        "按照项目推进情况计分。",
    )
    assert _flat(doc.sections) == [[1, "一", "经济发展"], [2, "（一）", "地区生产总值"], [2, "（二）", "固定资产投资"]]


# -- numbered sentences ------------------------------------------------------------------------

BUDGET_LINES = (
    "某镇2024年部门预算说明",
    "一、收支预算总体情况",
    "2024年收入预算合计1500.00万元，支出预算合计1500.00万元。",
    "二、其他重要事项",
    "（一）机关运行经费",
    "2024年机关运行经费预算80.00万元，比上年增加3.00万元。",
    "（二）政府采购情况",
    "2024年政府采购预算20.00万元。",
    "（三）差旅费较上年预算增长12.5%。主要原因是下乡调研增加。",
    "三、名词解释",
    "机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。",
)


def test_a_numbered_sentence_stating_a_figure_is_text() -> None:
    doc = _outline(*BUDGET_LINES)
    assert _flat(doc.sections) == [
        [1, "一", "收支预算总体情况"],
        [1, "二", "其他重要事项"],
        [2, "（一）", "机关运行经费"],
        [2, "（二）", "政府采购情况"],
        [1, "三", "名词解释"],
    ]
    purchase = doc.sections[1].sections[1]
    assert purchase.paragraphs == ("2024年政府采购预算20.00万元。", "（三）差旅费较上年预算增长12.5%。主要原因是下乡调研增加。")
    assert _spoken(doc) == _squash(*BUDGET_LINES)


def test_a_short_heading_with_a_figure_but_no_sentence_stays() -> None:
    doc = _outline(
        "某县重点项目推进方案",
        "一、重点项目",
        "（一）投资5000万元以上项目",
        "全年推进项目12个，年度计划投资8.6亿元。",
        "（二）投资5000万元以下项目",
        "全年推进项目20个，年度计划投资3.1亿元。",
    )
    assert [row[2] for row in _flat(doc.sections)] == ["重点项目", "投资5000万元以上项目", "投资5000万元以下项目"]


NOTICE_LINES = (
    "某区人民政府办公室关于印发2024年重点工作责任分解方案的通知",
    "各街道办事处，区政府各部门：",
    "《2024年重点工作责任分解方案》已经区政府同意，现印发给你们，并就有关事项通知如下：",
    "一、各责任单位要高度重视，切实加强领导，对照目标任务制订工作方案，明确责任，明确措施，明确时间节点，确保按期完成。",
    "二、区督查室要将重点工作纳入督查范围，加强过程跟踪，定期通报进展，确保各项工作落到实处。",
    "某区人民政府办公室",
    "2024年2月1日",
    "2024年重点工作责任分解方案",
    "一、扎实推进项目建设",
    "（一）加快重大项目开工",
    "责任单位：区发展和改革局",
    "（二）强化项目要素保障",
    "责任单位：区自然资源局",
    "二、持续优化营商环境",
    "（一）深化审批制度改革",
    "责任单位：区政务服务中心",
    "（二）加强涉企服务",
    "责任单位：区工商联",
)


def test_a_notices_clauses_do_not_nest_the_plan_it_prints() -> None:
    doc = _outline(*NOTICE_LINES)
    assert _flat(doc.sections) == [
        [1, "", "2024年重点工作责任分解方案"],
        [1, "一", "扎实推进项目建设"],
        [2, "（一）", "加快重大项目开工"],
        [2, "（二）", "强化项目要素保障"],
        [1, "二", "持续优化营商环境"],
        [2, "（一）", "深化审批制度改革"],
        [2, "（二）", "加强涉企服务"],
    ]
    assert NOTICE_LINES[3] in doc.preface and NOTICE_LINES[4] in doc.preface
    assert _spoken(doc) == _squash(*NOTICE_LINES)


def test_a_work_reports_titles_with_one_comma_stay_headings() -> None:
    doc = _outline(
        "政府工作报告",
        "一、2024年工作回顾",
        "（一）坚持项目为王，持续扩大有效投资。全年实施重点项目120个，完成投资85亿元。",
        "（二）坚持创新驱动，加快培育新质生产力。新增高新技术企业36家。",
        "二、2025年重点工作",
        "（一）强化基础设施支撑，构建现代化、网络化、高品质的基础设施体系。",
        "全年计划实施交通项目18个。",
        _FILLER,
    )
    assert [row[2] for row in _flat(doc.sections)] == [
        "2024年工作回顾",
        "坚持项目为王，持续扩大有效投资。",
        "坚持创新驱动，加快培育新质生产力。",
        "2025年重点工作",
        "强化基础设施支撑，构建现代化、网络化、高品质的基础设施体系。",
    ]


# -- a heading glued to its body ---------------------------------------------------------------

PLAN_LINES = (
    "某县关于推进农村人居环境整治的实施方案",
    "为推动农村人居环境持续改善，结合我县实际，制定本方案。",
    "一、总体要求坚持以人民为中心的发展思想，围绕生态宜居目标，统筹推进垃圾、污水、厕所治理，确保整治工作取得实效。",
    "二、主要任务",
    "（一）完善垃圾收运体系。各乡镇要配齐收运设施，建立村收集、镇转运、县处理的运行机制。",
    "（二）推进厕所改造。按照群众自愿原则，分类推进户厕改造。",
    "三、保障措施",
    "（一）加强组织领导。县成立工作专班，定期调度工作进展。",
)


def test_a_heading_glued_to_its_body_is_cut_where_the_body_starts() -> None:
    doc = _outline(*PLAN_LINES)
    assert _flat(doc.sections)[0] == [1, "一", "总体要求"]
    assert doc.sections[0].paragraphs == (PLAN_LINES[2].removeprefix("一、总体要求"),)
    guessed = [f for f in doc.findings if f.kind == "heading-guessed"]
    assert [f.text for f in guessed] == ["一、总体要求"] and "坚持" in guessed[0].message
    assert _spoken(doc) == _squash(*PLAN_LINES)


def test_no_cut_without_short_headings_beside_it() -> None:
    # Every 一、 here is a long sentence: nothing says where a title would end, so none is cut.
    lines = (
        "某县关于做好防汛工作的通知",
        "一、思想认识坚持人民至上、生命至上，各乡镇要把防汛工作摆在突出位置，压实责任，细化措施，确保安全度汛。",
        "二、隐患排查按照全覆盖要求，对水库、河道、山塘逐一排查，建立台账，限期整改，确保隐患清零。",
    )
    doc = _outline(*lines)
    assert not [f for f in doc.findings if f.kind == "heading-guessed"]
    assert _flat(doc.sections) == []  # numbered sentences: text
    assert _spoken(doc) == _squash(*lines)


def test_no_cut_inside_a_phrase_that_runs_on() -> None:
    lines = (
        "某县实施方案",
        "一、总体要求",
        "为推动工作落实，制定本方案。",
        "二、主要任务",
        "（一）加强领导",
        "（二）完善机制",
        "三、始终坚持党的全面领导，把党的领导贯穿整治工作全过程，确保各项任务落到实处。",
        "各乡镇要落实主体责任。",
    )
    doc = _outline(*lines)
    assert not [f for f in doc.findings if f.kind == "heading-guessed"]
    titles = [row[2] for row in _flat(doc.sections)]
    assert titles == ["总体要求", "主要任务", "加强领导", "完善机制", lines[6].removeprefix("三、")]
    assert _spoken(doc) == _squash(*lines)


# -- a table of contents -----------------------------------------------------------------------


def test_a_table_of_contents_is_text_and_the_body_gives_the_chapters() -> None:
    lines = (
        "某镇2024年部门决算",
        "目 录",
        "第一部分 部门概况 PAGEREF _Toc1001 h 3",
        "一、主要职责 PAGEREF _Toc1002 h 3",
        "二、机构设置..........................4",
        "第二部分 决算情况说明 5",
        "第一部分 部门概况",
        "一、主要职责",
        "负责本镇经济发展、社会管理和公共服务工作。",
        "二、机构设置",
        "镇内设党政办公室等5个办事机构。",
        "第二部分 决算情况说明",
        "2024年收入决算合计1200.00万元。",
    )
    doc = _outline(*lines)
    assert _flat(doc.sections) == [
        [1, "第一部分", "部门概况"],
        [2, "一", "主要职责"],
        [2, "二", "机构设置"],
        [1, "第二部分", "决算情况说明"],
    ]
    assert doc.preface[0] == "目录" and len(doc.preface) == 5  # the entries are still there, as text (目 录 closed up)


def test_a_contents_line_without_the_body_repeating_it_is_no_table_of_contents() -> None:
    doc = _outline("某县工作方案", "目录", "一、总体要求", "坚持统筹推进。", "二、主要任务", "抓好项目建设。", "三、保障措施", "加强组织领导。")
    assert [row[2] for row in _flat(doc.sections)] == ["总体要求", "主要任务", "保障措施"]


# -- figures set as a PDF sets them ------------------------------------------------------------


def test_a_label_and_its_amount_is_a_sentence_and_a_spaced_year_stays_in_the_title() -> None:
    lines = (
        "某单位2023年部门预算",
        "五、一般公共预算支出情况",
        "（一）按支出结构分类",
        "1. 基本支出预算 881300.39 元，占一般公共预算支出的 96.74%，同比减少 1662.4 元。",
        "2. 项目支出 29700 元，占一般公共预算支出的 3.26%，同比减少 1390 元。",
        "（二）2023 年单位预算“三公”经费安排情况",
        "2023 年单位预算安排“三公”经费支出预算 0 元。",
    )
    doc = _outline(*lines)
    assert _flat(doc.sections) == [
        [1, "五", "一般公共预算支出情况"],
        [2, "（一）", "按支出结构分类"],
        [2, "（二）", "2023年单位预算“三公”经费安排情况"],
    ]
    assert _spoken(doc) == _squash(*lines)


def test_a_table_of_contents_without_its_contents_line_is_text_too() -> None:
    # The 目录 line was lost (or taken for the page's title): the entries are all numbered
    # headings and the body repeats the first, over two lines as a PDF may set it.
    lines = (
        "某乡2023年度部门决算",
        "第一部分 某乡概况",
        "一、主要职能",
        "二、机构设置",
        "第二部分：2023年度部门决算情况说明",
        "一、收入决算情况说明",
        "第一部分",
        "某乡概况",
        "一、主要职能",
        "负责本乡经济发展、社会管理和公共服务工作。",
        "第二部分：2023年度部门决算情况说明",
        "一、收入决算情况说明",
        "2023年收入决算合计800.00万元。",
    )
    doc = _outline(*lines)
    assert _flat(doc.sections) == [
        [1, "第一部分", "某乡概况"],
        [2, "一", "主要职能"],
        [1, "第二部分", "2023年度部门决算情况说明"],
        [2, "一", "收入决算情况说明"],
    ]
    assert _spoken(doc) == _squash(*lines)


def test_a_table_of_contents_whose_first_entry_the_body_names_more_fully() -> None:
    # 第一部分：部门概况 in the contents, 第一部分：某县卫生健康局部门概况 in the body.
    lines = (
        "某县卫生健康局2023年部门预算公开说明",
        "第一部分：部门概况",
        "第二部分：某县卫生健康局2023年部门预算情况说明",
        "第三部分：名词解释",
        "第四部分：某县卫生健康局2023年部门预算报表",
        "第一部分：某县卫生健康局部门概况",
        "一、主要职能和工作目标",
        "负责全县卫生健康工作，统筹规划卫生健康资源配置。",
    )
    doc = _outline(*lines)
    assert _flat(doc.sections) == [[1, "第一部分", "某县卫生健康局部门概况"], [2, "一", "主要职能和工作目标"]]
    assert _spoken(doc) == _squash(*lines)


def test_a_contents_entry_whose_title_ends_another_line_does_not_end_the_contents_early() -> None:
    # The fourth entry 第四部分：某某概况表 ends with the first entry's title (概况) under another
    # number: no repeat of the first entry.
    lines = (
        "某乡2023年度部门预算",
        "目录",
        "第一部分：概况",
        "第二部分：预算说明",
        "第三部分：名词解释",
        "第四部分：某乡收支概况",
        "第一部分：某乡概况",
        "一、主要职能",
        "负责本乡经济发展、社会管理和公共服务工作。",
    )
    doc = _outline(*lines)
    assert _flat(doc.sections) == [[1, "第一部分", "某乡概况"], [2, "一", "主要职能"]]


def test_numbered_lines_that_do_not_come_back_are_no_table_of_contents() -> None:
    lines = ("某县工作方案", "一、总体要求", "二、主要任务", "三、保障措施", "四、工作要求", "各单位要抓好落实。")
    doc = _outline(*lines)
    assert [row[2] for row in _flat(doc.sections)] == ["总体要求", "主要任务", "保障措施", "工作要求"]


# -- a numbered sentence cut off where the excerpt ends ---------------------------------------------

_FIRE_NOTICE = (
    "某县人民政府森林防火禁火通告",
    "为切实做好森林防火工作，根据有关法律法规，现就有关事项通告如下：",
    "一、禁火时间",
    "2024年12月1日至2025年4月30日为森林防火期。",
    "二、禁火规定",
    "（一）严禁在林区内吸烟、烧烤、野炊；",
    "（二）严禁在林区内焚烧秸秆、垃圾。",
    "三、各乡镇人民政府、国有林场要落实属地管理责任，组织巡护队伍，加强对重点区域的巡查，发现火情及时处置。",
)


def test_a_sentence_cut_off_after_a_numbered_sentence_is_text_too() -> None:
    # 四、 carries on 三、, a sentence read as text; the excerpt ends inside it (a clause, no full stop).
    doc = _outline(*_FIRE_NOTICE, "四、进入林区的车辆和人员，应当自觉接受森林防火")
    assert [row[1] for row in flat_outline(doc.sections)] == ["一", "二"]
    assert spoken_text(doc).endswith("四、进入林区的车辆和人员，应当自觉接受森林防火")


def test_whole_sentences_after_a_numbered_sentence_are_text_too_with_the_signature_under_them() -> None:
    # 四、 and 五、 carry on 三、: whole sentences of their own, the last with the signature under it.
    doc = _outline(*_FIRE_NOTICE, "四、原管理办法中的其他相关政策不变。", "五、本通知适用于全县区域，自2022年8月1日起执行。", "某县人民政府", "2022年7月4日")
    assert [row[1] for row in flat_outline(doc.sections)] == ["一", "二"]
    assert spoken_text(doc).endswith("2022年7月4日")


def test_a_heading_after_a_numbered_sentence_with_text_under_it_stays() -> None:
    # Must NOT touch: a numbered line with its own text (or without a clause) is a heading.
    doc = _outline(*_FIRE_NOTICE, "四、监督检查，责任追究", "对违反本通告的行为，依法予以查处。")
    assert [row[1] for row in flat_outline(doc.sections)] == ["一", "二", "四"]
    cut = _outline(*_FIRE_NOTICE, "四、监督检查")
    assert [row[1] for row in flat_outline(cut.sections)] == ["一", "二", "四"]


# -- a flattened plan: a standard section name, and the first sub-heading, glued on -------------


def test_a_standard_section_name_glued_to_its_body_ends_the_title() -> None:
    # A 文库 copy that lost its line breaks: no other heading of the style shows the titles are short.
    text = (
        "某乡村容村貌提升工作方案为改善村容村貌，结合本乡实际，制定本方案。"
        "一、工作目标以建设美丽乡村为目标，到年底完成十个村的整治，群众满意度明显提升。"
        "二、主要任务（一）指导思想以新发展理念为指导，统筹推进村庄清洁行动，建立长效机制。"
    )
    doc = _outline("某乡村容村貌提升工作方案", text)
    assert _flat(doc.sections) == [[1, "一", "工作目标"], [1, "二", "主要任务"], [2, "（一）", "指导思想"]]
    assert doc.sections[0].paragraphs[0].startswith("以建设美丽乡村为目标")
    guessed = [f.text for f in doc.findings if f.kind == "heading-guessed"]
    assert "一、工作目标" in guessed and "（一）指导思想" in guessed
    assert _spoken(doc) == _squash("某乡村容村貌提升工作方案", text)


def test_a_summarys_standard_section_names_glued_to_their_bodies_end_the_titles() -> None:
    # A work summary flattened into one line: 主要成效, 存在问题, 总体思路 name its standard parts.
    text = (
        "某局2022年工作总结现将相关情况总结如下：一、主要成效一年以来，我局紧扣全区重点工作任务，改革取得新进展。"
        "（一）政务服务能力显著提升。一是聚焦满意度，服务模式由被动转向主动。"
        "二、存在问题回顾今年以来的工作，虽然取得了一些成绩，但仍然存在一些问题和不足。"
        "三、2023年工作计划（一）总体思路以新发展理念为指导，全面提升审批服务效能。"
    )
    doc = _outline("某局2022年工作总结", text)
    assert [row[:3] for row in _flat(doc.sections) if row[0] == 1] == [[1, "一", "主要成效"], [1, "二", "存在问题"], [1, "三", "2023年工作计划"]]
    assert [2, "（一）", "总体思路"] in _flat(doc.sections)
    assert _spoken(doc) == _squash("某局2022年工作总结", text)


def test_a_section_name_that_runs_on_or_a_glued_bracket_deep_in_a_title_is_no_cut() -> None:
    lines = (
        "某乡工作方案",
        "一、工作目标和任务要求到年底完成十个村的整治，群众满意度明显提升，长效机制基本建立。",
        "二、各村要按照本乡统一部署开展人居环境（一）类村创建，逐村建立台账，确保按期完成。",
    )
    doc = _outline(*lines)
    assert _flat(doc.sections) == []  # numbered sentences: text, as written
    assert not [f for f in doc.findings if f.kind == "heading-guessed"]
    assert _spoken(doc) == _squash(*lines)


def test_a_span_of_years_opening_the_body_ends_a_glued_title() -> None:
    text = (
        "某镇背街小巷整治方案为改善居住环境，制定本方案。"
        "一、整治计划2025年-2026年计划实施十个背街小巷改造项目，总面积约两万平方米。"
        "二、工作目标2025年至2026年，全镇背街小巷基本完成整治，群众满意度明显提升。"
    )
    doc = _outline("某镇背街小巷整治方案", text)
    assert _flat(doc.sections) == [[1, "一", "整治计划"], [1, "二", "工作目标"]]
    assert doc.sections[0].paragraphs[0].startswith("2025年-2026年计划实施")
    assert _spoken(doc) == _squash("某镇背街小巷整治方案", text)


def test_a_span_of_years_inside_a_title_on_its_own_line_stays_in_it() -> None:
    lines = (
        "某县发展规划",
        "一、“十五五”时期2026—2030年发展目标",
        "到2030年，全县地区生产总值迈上新台阶，城乡居民收入稳步增长。",
        "二、重点任务",
        "加快产业转型升级，推进城乡融合发展。",
    )
    doc = _outline(*lines)
    assert _flat(doc.sections) == [[1, "一", "“十五五”时期2026—2030年发展目标"], [1, "二", "重点任务"]]


# -- a clause cut at its semicolon is no title ------------------------------------------------------

_RULES_LINES = (
    "某县人民政府工作规则",
    "一、会议制度",
    "县政府实行全体会议和常务会议制度。",
    "二、会议议题由分管副县长协调后提出，报县长审定；会议文件由县政府办公室印发。",
    "三、县政府领导同志不能出席会议的，向县长请假；如对议题有意见，可在会前提出。",
    "四、公文办理",
    "县政府公文由县长或者分管副县长签发。",
    _FILLER,
)


def test_a_numbered_clause_ending_at_a_semicolon_is_a_sentence() -> None:
    doc = _outline(*_RULES_LINES)
    assert [row[2] for row in _flat(doc.sections)] == ["会议制度", "公文办理"]
    assert doc.sections[0].paragraphs[1:] == _RULES_LINES[3:5]  # read as written, where they stand
    assert _spoken(doc) == _squash(*_RULES_LINES)


def test_a_short_title_ending_at_a_semicolon_without_a_comma_stays() -> None:
    # Only a clause (a comma before the semicolon) is judged a sentence here; a bare phrase is left to the list rules.
    doc = _outline("某县工作要点", "一、加强组织领导；", "各单位要成立工作专班。", "二、强化督查考核", "县政府督查室定期督查。", _FILLER)
    assert [row[2] for row in _flat(doc.sections)] == ["加强组织领导；", "强化督查考核"]


def test_a_numbered_sentence_whose_subject_meets_a_body_opener_is_no_heading() -> None:
    """五、县级人民政府根据…划定森林防火区。 among short headings (一、禁火时间): 根据 opens a glued
    heading's body after a topic (一、总体要求根据…), but after an organ (县级人民政府) it goes on the
    sentence that organ is the subject of; the line is the notice's text."""
    doc = _outline(
        "关于森林防火的公告",
        "一、禁火时间",
        "即日起至2024年4月30日止。",
        "二、禁火区域",
        "全市行政区域内森林、林木、林地及距林缘100米范围以内区域。",
        "三、禁止内容",
        "禁止携带火种及易燃易爆物品进入禁火区。",
        "四、凡违反本禁令规定的单位和个人，依据有关法律法规进行处罚；构成犯罪的，依法追究刑事责任。",
        "五、县级人民政府根据本行政区域内森林资源分布状况和森林火灾发生规律，划定森林防火区、发布禁火令，并向社会公布。",
        "六、工作要求根据上级部署，各村要加强巡查。",
    )
    assert [row[:3] for row in _flat(doc.sections)] == [
        [1, "一", "禁火时间"],
        [1, "二", "禁火区域"],
        [1, "三", "禁止内容"],
        [1, "六", "工作要求"],
    ]
    assert "县级人民政府根据本行政区域内" in _spoken(doc)


def test_a_target_with_the_lines_assigning_it_is_a_task_heading() -> None:
    """1. 地区生产总值增长8%以上。 states a figure, but with 牵头负责领导：… / 牵头责任单位：… under it
    it is a task of a notice dividing the year's work: a heading; a list of targets with nothing
    under each, or a clause followed by a phone line, stays text."""
    doc = _outline(
        "某某市人民政府关于2020年市政府重点工作及责任分解的通知",
        "各县、市、区人民政府，市政府各部门：",
        "现将2020年市政府重点工作及责任分解如下，请认真抓好落实。",
        "一、确保完成全年主要预期目标",
        "1. 地区生产总值增长8%以上。",
        "牵头负责领导：某某。",
        "牵头责任单位：市发展改革委。",
        "协同责任单位：市经信局、市商务局。",
        "2. 财政收入增长8%左右。",
        "牵头负责领导：某某。",
        "牵头责任单位：市财政局。",
        "二、扎实推进重点项目建设",
        "全年实施重点项目300个，完成投资1000亿元以上。",
    )
    assert [row[:3] for row in _flat(doc.sections)] == [
        [1, "一", "确保完成全年主要预期目标"],
        [2, "1", "地区生产总值增长8%以上。"],
        [2, "2", "财政收入增长8%左右。"],
        [1, "二", "扎实推进重点项目建设"],
    ]
    targets = _outline(
        "某某县2024年国民经济和社会发展计划",
        "一、主要预期目标",
        "1. 地区生产总值增长6%以上。",
        "2. 财政收入增长5%左右。",
        "3. 城镇新增就业3000人。",
        "二、重点任务",
        "全年实施重点项目100个。",
    )
    assert [row[:3] for row in _flat(targets.sections)] == [[1, "一", "主要预期目标"], [1, "二", "重点任务"]]


# -- a notice's clauses that name a year twice or a phone number --------------------------------

NOTICE_CLAUSES = (
    "某某县人民政府关于加强冬春季森林防火工作的通告",
    "为切实做好冬春季森林防火工作，结合我县实际，现就有关事项通告如下：",
    "一、2024年11月1日至2025年5月31日为全县森林防火期，其中2025年1月1日至4月30日为森林高火险期。",
    "二、防火期内，在林区内禁止吸烟、烧纸、烧香、燃放烟花爆竹等一切野外用火行为。",
    "三、进入林区的人员应当自觉接受森林防火检查，服从管理。",
    "四、发现森林火情，请立即拨打森林火警电话12119报警。",
    "五、违反本通告规定的，由有关部门依法予以处罚；构成犯罪的，依法追究刑事责任。",
    "本通告自发布之日起施行。",
)


def test_a_notices_clauses_naming_a_year_twice_or_a_hotline_are_all_text() -> None:
    """The repeated year after a comma (…为防火期，其中2025年…) is inside the clause's sentence, not the
    start of a heading's body; a hotline's five digits after a comma (…拨打森林火警电话12119报警。)
    are no table row's cells. So all five clauses are the notice's text, none a chapter."""
    doc = _outline(*NOTICE_CLAUSES)
    assert doc.sections == ()
    assert _squash(*NOTICE_CLAUSES[1:]) in _squash(_spoken(doc))


def test_a_repeated_year_opening_the_body_and_a_table_row_with_its_cells_still_cut() -> None:
    doc = _outline("某县工作报告", "一、2030年工作安排2030年是“十五五”的收官之年，任务艰巨。", "二、工作措施", _FILLER)
    assert _flat(doc.sections)[0] == [1, "一", "2030年工作安排"]
    table = _outline("某县统计表", "一、地区生产总值 1234567 8.2", "二、一般公共预算收入 234567 5.1", "三、工作措施", _FILLER)
    assert [row[1] for row in _flat(table.sections)] == ["三"]


# -- the annual disclosure report's table rows set as lines ----------------------------------------


def test_the_annual_reports_table_rows_set_as_lines_are_no_sections() -> None:
    """A 年报's table converted with its row labels as lines (一、本年新收政府信息公开申请数量 /
    三、本年度办理结果 / （一）予以公开 … （六）其他): rows of the national template's table, not
    sections, so the report's own 四、 after the table stays at the top, not under a row."""
    doc = _outline(
        "某县2025年政府信息公开工作年度报告",
        "一、总体情况",
        _FILLER[:200],
        "三、收到和处理政府信息公开申请情况",
        "一、本年新收政府信息公开申请数量",
        "| 本年新收政府信息公开申请数量 | 705 | 3 | 713 |",
        "二、上年结转政府信息公开申请数量 36 0 36",
        "三、本年度办理结果",
        "（一）予以公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "（六）其他",
        "四、政府信息公开行政复议、行政诉讼情况",
        _FILLER[:200],
        "五、存在的主要问题及改进情况",
        _FILLER[:200],
    )
    assert [row[1] for row in _flat(doc.sections)] == ["一", "三", "四", "五"]
    # 其他 alone is a section's title elsewhere (六、其他 after the report's own headings).
    other = _outline("某县工作方案", "一、工作目标", _FILLER[:200], "二、其他", _FILLER[:200])
    assert [row[2] for row in _flat(other.sections)] == ["工作目标", "其他"]


def test_a_table_row_label_broken_after_its_first_character_is_no_section() -> None:
    """A 年报 table converted from PDF breaks its row labels (（四）无 / 法提供, （六）其 / 他处理): a
    numbered line of one character is a cell, not a heading."""
    doc = _outline(
        "某县2025年政府信息公开工作年度报告",
        "一、总体情况",
        _FILLER[:200],
        "三、收到和处理政府信息公开申请情况",
        "（四）无",
        "| 2.没有现成信息需要另行制作 | 47 | 1 | 48 |",
        "（六）其",
        "| 3.其他 | 264 | 12 | 276 |",
        "四、政府信息公开行政复议、行政诉讼情况",
        _FILLER[:200],
    )
    assert [row[1] for row in _flat(doc.sections)] == ["一", "三", "四"]


def test_a_short_title_set_letter_spaced_or_before_a_year_ends_where_its_body_begins() -> None:
    """A statistics bulletin copied without its line breaks: 一、综 合初步核算，… (a title set
    letter-spaced, its body glued on) and 二、农业2016年，全区… (a two-character title, then the
    year that opens its body) are 综合 and 农业, not a sentence read as a heading or as text."""
    text = (
        "一、综 合初步核算，全年实现生产总值206.10亿元，比上年增长6.2%。拉动经济增长6.8个百分点。"
        "二、农业2016年，全区完成农林牧渔业总产值68.18亿元，下降7.3%。"
        "三、固定资产投资全年完成投资120亿元，增长5.1%。"
    )
    doc = _outline("某区2016年国民经济和社会发展统计公报", text)
    assert [row[2] for row in _flat(doc.sections)][:2] == ["综合", "农业"]
    assert _squash(text) in _squash(_spoken(doc))


def test_a_short_budget_explanation_keeps_its_glued_headings() -> None:
    """A 预算说明 of under a page, flattened: 二、部门预算单位基本情况本部门包括… — a report's
    headings glued to their text, not a short notice's clauses (说明, 预算, 决算 are report kinds)."""
    text = (
        "现将我单位2016年部门预算说明如下：一、部门主要职责财政局的主要职责是：负责全区财政预算编制、执行和决算工作。"
        "二、部门预算单位基本情况本部门包括7个机关行政处室，其中列入预算编制范围的单位7个。"
        "三、预算收支总体情况按照预算管理有关规定，部门预算的编制实行综合预算制度，全部收入统一核算。"
        "四、一般公共预算拨款支出情况2016年度一般公共预算拨款支出2221.66万元，主要用于基本支出。"
        "五、一般公共预算“三公”经费支出情况根据区财政局《关于下达2016年部门预算的通知》，“三公”经费预算为18万元。"
    )
    doc = _outline("某区财政局2016年预算说明", text)
    assert [row[2] for row in _flat(doc.sections)][1:4] == ["部门预算单位基本情况", "预算收支总体情况", "一般公共预算拨款支出情况"]


def test_a_short_item_with_a_bracketed_note_before_its_full_stop_is_a_clause() -> None:
    """二、批准使用土地情况(见附表)。 beside a 公告's sentence clauses: the end word 情况 is inside
    the short sentence (its note in brackets, then the stop), so the item is a clause like the
    others and the notice has no chapters."""
    clauses = (
        "一、批准文件：《某省人民政府关于某县2019年度第五十九批次农用地转用和土地征收的批复》（某政地〔2019〕1102号）。",
        "二、批准使用土地情况（见附表）。",
        "三、涉及上述征收范围内的土地及地上建（构）筑物的补偿安置方案由某县自然资源局发布。",
        "四、被征收土地范围内不得改变地类、地貌，严禁在被征地范围内抢建建筑物，违者一律不予补偿。",
    )
    doc = _outline("征收土地公告", "根据有关规定，现将有关事项公告如下：", *clauses)
    assert doc.sections == ()


def test_an_annual_reports_parts_numbered_afresh_stay_at_the_top() -> None:
    """一、总体情况 … 三、政府信息管理, then 一、主动公开政府信息情况 over the tables (the report numbers
    its template parts afresh): the template's parts are top-level, not a new level under 三."""
    doc = _outline(
        "某委2024年政府信息公开工作年度报告",
        "一、总体情况",
        _FILLER[:100],
        "二、工作机制保障",
        _FILLER[:100],
        "三、政府信息管理",
        _FILLER[:100],
        "一、主动公开政府信息情况",
        _FILLER[:100],
        "二、收到和处理政府信息公开申请情况",
        _FILLER[:100],
        "五、其他需要报告的事项",
        _FILLER[:100],
    )
    assert [row[:2] for row in _flat(doc.sections)] == [[1, "一"], [1, "二"], [1, "三"], [1, "一"], [1, "二"], [1, "五"]]


def test_a_short_sentence_numbered_among_statements_is_one_of_them() -> None:
    """A 批复's points: 一、原则同意《某某方案》和《某某章程》。 and 四、某某公司由中央管理。 are short
    sentences, in a page flattened into one line, beside numbered sentences that run on with commas: all of
    them are the reply's text, none a chapter."""
    doc = parse_outline(
        read_text(
            "国务院关于组建某某有限责任公司有关问题的批复国函〔2003〕114号发展改革委：你委《关于审批某某公司组建方案的请示》收悉。现批复如下："
            "一、原则同意《某某公司组建方案》和《某某公司章程》。"
            "二、某某公司是以某省、某省电网资产，以及某某公司在某省、某省所属电网资产为基础组建的，主要成员单位包括某某电网公司、某某电网公司。公司组建后，要依照《中华人民共和国公司法》进行规范。"
            "三、某某公司从事电力购销业务，负责投资、建设和经营管理区域电网，经营相关的输配电业务，参与投资、建设和经营相关的跨区域输变电和联网工程。公司注册资本暂定为人民币600亿元，遗留问题逐步解决。"
            "四、某某公司由中央管理。按照有关规定，公司领导班子由中央管理；公司财务关系在财政部单列；其他关系依照有关规定执行。"
            "五、某某公司对其全资企业、控股企业、参股企业的有关国有资产行使出资人权利，对有关企业中国家投资形成的国有资产依法进行经营、管理和监督。公司要规范与有关企业的关系，提高经济效益。"
            "六、某某公司在保证有关企业合法权益和自身发展需要的前提下，可集中有关企业的资金，进行跨地区、跨行业投资。要规范与有关企业的关系，充分调动其积极性。"
            "七、某某公司为完成国家任务所需的资源和生产经营条件，有关部门要按规定予以安排，并在国家计划中实行单列。公司组建后，原有优惠政策继续保持不变。"
            "八、某某公司要根据国家产业政策和行业规划，制定发展战略和规划，转变经营机制，强化内部管理，加快结构调整，推进技术进步。"
            "九、某某公司要继续做好农村电力体制改革工作，坚持改革、改制、改造相结合，理顺农村电力管理体制，促进农村电力事业发展。"
            "十、某某公司组建后，原由某某公司代为行使的有关职能移交某某公司。两公司要顾全大局，加强协调，密切配合，共同做好电力调度工作。"
            "国务院二〇〇三年九月十日"
        )
    )
    assert flat_outline(doc.sections) == []
    assert "四、某某公司由中央管理。" in spoken_text(doc).replace("\n", "")


def test_a_notices_label_clauses_stay_text_before_a_closing_part_on_its_own_line() -> None:
    """一、管制路段：…。 … 五、绕行线路：…。 then 六、自觉遵守，服从管理 over a paragraph of its own: the
    notice's clauses are read as text (never chapters in the heading voice), its closing part stays a
    heading."""
    clauses = [
        "一、管制路段：某县某镇人民南路。",
        "二、管制方式：断道施工，非施工车辆及人员禁止通行。",
        "三、管制时间：从2021年9月23日8:00起至2021年9月26日8:00止。",
        "四、管制措施：管制路段两端设置禁行标志并封闭。",
        "五、绕行线路：某村至某镇一线。",
    ]
    closing = ["六、自觉遵守，服从管理", "临时交通管制期间，过往行人必须服从现场管理人员的管理，违者依法处理。"]
    head = ["某县交通运输局 某县公安局关于对某路实行临时交通管制的通告", "某路因管网建设无法安全通行，现将有关事项通告如下："]
    doc = parse_outline(read_text("\n".join([*head, *clauses, *closing, "某县交通运输局", "2021年9月22日"]) + "\n"))
    assert flat_outline(doc.sections) == [[1, "六", "自觉遵守，服从管理"]]


def test_a_notice_clause_laying_down_rules_is_a_clause_with_its_siblings() -> None:
    """三、禁火期内，禁止一切野外用火。 with the rules it lays down under it (凡进入禁火区的人员要严格执行
    以下规定： / 1.… 4.…), beside labelled clauses (一、禁火时限：…) and sentence clauses: the notice's
    clauses are read as its text, none a chapter read in the heading voice."""
    doc = _outline(
        "某县指挥部关于禁止违规野外用火的通告",
        "近期天气干燥，森林火险等级极高。为有效预防森林火灾，现通告如下：",
        "一、禁火时限：2022年10月12日至2022年11月12日。",
        "二、禁火区域：全县林地及距林缘50米以内的区域。",
        "三、禁火期、禁火区内，禁止一切野外用火。",
        "凡进入禁火区范围活动的人员要严格执行以下规定：",
        "1.禁止在林区内实施电焊、爆破作业等一切工程性项目；",
        "2.禁止林区燃放烟花爆竹、烧香点烛、上坟烧纸；",
        "3.禁止炼山、焚烧疫木、烧地坎草等生产性用火；",
        "4.禁止携带火种和易燃易爆物品进入林区。",
        "四、在禁火期间，各地各有关部门要依法依规履行职责，加大森林火灾的防控力度。",
        "五、各乡镇（街道）、部门要广泛深入开展森林防灭火宣传教育。",
        "六、广大人民群众要切实增强森林防火意识，自觉执行禁火区禁止一切野外用火的规定。",
        "某县指挥部",
        "2022年10月11日",
    )
    assert _flat(doc.sections) == []
    assert "三、禁火期、禁火区内，禁止一切野外用火。" in _spoken(doc)


def test_a_replys_two_clauses_are_its_text() -> None:
    """一、同意设立某某开发区。某某开发区位于… / 二、某某开发区执行…各项政策规定。: a 批复 grants (同意) and
    states; neither clause is a chapter, though the first is short before its full stop and the
    second is one sentence with no comma."""
    doc = _outline(
        "国务院关于设立某某经济技术开发区的批复",
        "某省人民政府：",
        "你省《关于要求批准某某经济技术开发区动工建设的请示》收悉。现批复如下：",
        "一、同意设立某某经济技术开发区。某某经济技术开发区位于某某区，总面积为五点一一平方公里。",
        "二、某某经济技术开发区执行沿海开放城市经济技术开发区的各项政策规定。",
        "国务院",
        "一九九二年三月十六日",
    )
    assert _flat(doc.sections) == []
    assert "二、某某经济技术开发区执行沿海开放城市经济技术开发区的各项政策规定。" in spoken_text(doc).replace("\n", "")


def test_a_replys_clauses_naming_roads_in_long_sentences_are_text() -> None:
    """一、将位于某港（河道，未命名）北，起点为某路、止点为某路的道路命名为“某某路”。: a 复函's
    clauses, each one long sentence (its commas partly in brackets), are read as text."""
    doc = _outline(
        "市政府关于某某街道部分道路地名命名的复函",
        "某某街道办事处：",
        "你们上报的《关于申请部分道路地名命名的函》收悉。根据地名管理法规的相关规定，同意命名如下。",
        "一、将位于店港（河道，未命名、水利部门指称名称）北，起点为益地路、止点为蠡太路的道路命名为“大窑桥路”。",
        "地名汉语拼音拼写形式：Dàyáoqiáo Lù",
        "二、将位于潘港（河道，未命名、水利部门指称名称）南，起点为新开河、止点为大窑桥路的道路命名为“邢店路”。",
        "地名汉语拼音拼写形式：Xíngdiàn Lù",
        "某某市人民政府",
        "2024年7月5日",
    )
    assert _flat(doc.sections) == []


@pytest.mark.parametrize("heading", ["不予许可的情形", "批准程序"])
def test_a_heading_that_names_a_grant_without_a_full_stop_stays_a_heading(heading: str) -> None:
    # Must NOT touch: a heading naming the grant or refusal it is about, no sentence.
    doc = _outline(
        "某某许可事项办事指南",
        "一、许可条件",
        "申请人应当具备相应的资质。",
        f"二、{heading}",
        "申请材料不齐全的，不予许可。",
    )
    assert _flat(doc.sections) == [[1, "一", "许可条件"], [1, "二", heading]]
