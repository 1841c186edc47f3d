"""A plan's page flattened into one line, its parts' headings glued to their bodies without any
mark (issue 17, dev71): a standard name before a quoted period (一、编制背景“十三五”时期，…), a
name before a sentence (五、实施机制实施好本规划是…。), and a part's heading that a flattened
table's last cell runs into (…约束性三、主要任务 （一）…). All examples are made up."""

from __future__ import annotations

import pytest
from helpers import flat_outline, spoken_text

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline

PLAN = (
    "各单位：现将规划印发给你们，请认真贯彻执行。为保障和改善残疾人民生，制定本规划。"
    "一、编制背景“十三五”时期，全县残疾人工作取得显著成效。新增残疾人就业508人。"
    "二、总体要求（一）指导思想坚持以人民为中心。（二）主要目标到2025年，残疾人生活水平明显提高。"
    "专栏1主要指标类别序号指标名称单位2021年2025年属性1残疾人家庭人均收入年均增速%6.36.3预期性"
    "2残疾人家庭无障碍改造数户/年3030约束性三、主要任务 （一）提高社会保障水平健全帮扶机制。"
    "（二）促进残疾人就业创业开展就业服务。四、支持条件（一）强化组织领导。加强党的领导。"
    "五、实施机制实施好本规划是各级政府的责任和全社会的义务。各部门要制定相应措施。"
)


def _outline(text: str) -> list[tuple[int, str, str]]:
    return [(depth, number, title) for depth, number, title in flat_outline(parse_outline(read_text(f"某县残疾人保障规划\n{text}\n")).sections)]


def test_the_parts_of_a_flattened_plan_are_found_with_short_titles() -> None:
    tops = [(number, title) for depth, number, title in _outline(PLAN) if depth == 1]
    assert tops == [("一", "编制背景"), ("二", "总体要求"), ("三", "主要任务"), ("四", "支持条件"), ("五", "实施机制")]


def test_the_text_cut_off_the_headings_is_still_read() -> None:
    spoken = spoken_text(parse_outline(read_text(f"某县残疾人保障规划\n{PLAN}\n")))
    for body in ("“十三五”时期，全县残疾人工作取得显著成效。", "约束性", "实施好本规划是各级政府的责任和全社会的义务。"):
        assert body in spoken


def test_a_numeral_after_a_word_is_no_part_unless_it_is_due_next() -> None:
    text = PLAN.replace("约束性三、主要任务", "约束性五、主要任务")
    tops = [number for depth, number, _ in _outline(text) if depth == 1]
    assert tops == ["一", "二"]  # 五、 after 二、 skips a part: read as the table's text, and 四、 cannot follow


def test_a_numeral_after_a_word_with_a_long_run_after_it_is_no_part() -> None:
    text = PLAN.replace("约束性三、主要任务 （一）", "约束性三、主要任务是提高残疾人社会保障水平和服务水平，（一）")
    assert "三" not in [number for depth, number, _ in _outline(text) if depth == 1]


EVENT_PLAN = (
    "为营造节能低碳氛围，特制定如下实施方案：一、活动时间节能宣传周：2025年6月13日至6月19日。"
    "二、活动主题节能降碳，绿色发展。三、宣传形式和内容（一）办公室节能抽查抽查时间：6月15日。抽查全区各单位办公室。"
    "（二）营造节能宣传氛围1、在办公大楼门前滚动播放宣传标语。2、在社区悬挂宣传横幅。四、保障措施（一）高度重视。各单位要加强领导。"
)


def test_an_event_plans_points_after_its_lead_in_are_parts_cut_after_their_names() -> None:
    rows = _outline(EVENT_PLAN)
    assert rows[:6] == [
        (1, "一", "活动时间"),
        (1, "二", "活动主题"),
        (1, "三", "宣传形式和内容"),
        (2, "（一）", "办公室节能抽查"),
        (2, "（二）", "营造节能宣传氛围"),
        (1, "四", "保障措施"),  # its items 1、 2、 are one sentence each: a list, read as text
    ]
    spoken = spoken_text(parse_outline(read_text(f"某县节能宣传周实施方案\n{EVENT_PLAN}\n")))
    assert "节能宣传周：2025年6月13日至6月19日。" in spoken and "抽查时间：6月15日。" in spoken


def test_a_word_repeated_inside_a_short_title_does_not_cut_it() -> None:
    text = "特制定如下方案：一、检查检查组织 各单位要认真落实。二、工作要求 各单位要按时报送。"
    assert [title for depth, _, title in _outline(text) if depth == 1] == ["检查检查组织", "工作要求"]


MISNUMBERED = (
    "各单位：现将实施方案印发给你们，请认真贯彻落实。为整合交易平台，制定如下实施方案。 一、总体要求坚持统一规范。"
    "二、整合范围和目标 (一)整合范围。整合各类交易平台。（二）工作目标。形成统一平台体系。"
    "四、加快资源整合（三）整合平台资源。建立统一系统。（四）公开交易目录。编制目录。"
    "四、统一制度规则（五）清理制度规则。清理有关规定。五、强化实施保障（六）加强组织领导。各部门要加强领导。"
    " 附件：实施方案任务分工 附件 实施方案任务分工 一、加快资源整合1．建立工作机制。（区审批局，2016年底前完成）"
    "2．整合平台。（区财政局，2016年底前完成）二、统一制度规则3．清理规定。（区管委会办公室，2016年底前完成）"
)


def test_a_misnumbered_part_is_found_by_its_first_sub_heading_going_on_with_the_count() -> None:
    rows = _outline(MISNUMBERED)
    assert [(number, title) for depth, number, title in rows if depth == 1][:5] == [
        ("一", "总体要求"),
        ("二", "整合范围和目标"),
        ("四", "加快资源整合"),
        ("四", "统一制度规则"),
        ("五", "强化实施保障"),
    ]
    assert (2, "（三）", "整合平台资源。") in rows and (2, "（五）", "清理制度规则。") in rows
    doc = parse_outline(read_text(f"某区交易平台实施方案\n{MISNUMBERED}\n"))
    assert any("编号" in warning for warning in doc.warnings)  # the jump and the repeat are told


def test_an_attachment_the_notice_listed_opens_where_its_label_and_title_stand_again() -> None:
    rows = _outline(MISNUMBERED)
    at = rows.index((1, "附件", "实施方案任务分工"))
    assert [row for row in rows[at + 1 :] if row[0] <= 2] == [(2, "一", "加快资源整合"), (2, "二", "统一制度规则")]


def test_a_numeral_run_after_a_word_is_no_part() -> None:
    text = MISNUMBERED.replace("（四）公开交易目录。编制目录。", "（四）公开交易目录。预约二、三级医院专家号源31.3万个。")
    assert (1, "二", "三级医院专家号源") not in _outline(text)


def test_a_budget_explanations_standard_sections_end_their_glued_titles() -> None:
    text = (
        "现将我单位2016年部门预算说明如下:一、 部门主要职责某局的主要职责是：贯彻执行国家有关财政收支的方针政策。"
        "二、部门预算单位基本情况本部门包括7个机关行政处室。三、一般公共预算“三公”经费支出情况 2016年控制数20万元。"
        "（一）因公出国（境）经费2016年预算安排10万元。主要用于出国考察。（二）公务接待费2016年预算安排5万元。主要用于接待。"
    )
    rows = _outline(text)
    assert [(number, title) for depth, number, title in rows if depth == 1] == [
        ("一", "部门主要职责"),
        ("二", "部门预算单位基本情况"),
        ("三", "一般公共预算“三公”经费支出情况"),
    ]


def test_points_after_a_lead_in_naming_how_many_follow_open_under_their_part() -> None:
    text = (
        "各单位：现将年度报告公布如下。一、概述 全县政府信息公开工作有序推进。二、主动公开政府信息情况 共公开信息3000条。"
        "三、存在的问题及改进措施 公开工作仍有不足。因此，我们考虑从以下三个方面作进一步的改进："
        "（一）进一步深化政府信息公开内容。按照要求，进一步增强主动公开的意识。（二）进一步拓展政府信息公开形式。加强网站建设。"
    )
    assert [(depth, number, title) for depth, number, title in _outline(text) if depth == 2] == [
        (2, "（一）", "进一步深化政府信息公开内容。"),
        (2, "（二）", "进一步拓展政府信息公开形式。"),
    ]


def test_bare_points_after_a_lead_in_are_a_list() -> None:
    text = (
        "一、基本情况 全局共有干部50人。二、主要工作 今年主要做了以下工作：（一）继续推进教育改革。（二）认真落实惠民政策。"
        "（三）加强教学管理。三、存在问题 一是经费不足，二是人员偏少。四、下一步打算 我们将继续努力，推动工作再上新台阶。"
    )
    assert [number for depth, number, _ in _outline(text)] == ["一", "二", "三", "四"]


# A decision flattened into one line, its paragraphs set apart by the ideographic spaces of their
# indents, its points （一）…（六） numbered through the parts: the first point of a part follows its
# part's heading at once, the count going on from the part before.
DECISION = (
    "为加强某项工作，现作出如下决定：\u3000\u3000一、充分认识重要意义\u3000\u3000（一）工作取得进展。各地加大工作力度。"
    "\u3000\u3000（二）形势依然严峻。问题仍然突出。\u3000\u3000二、明确总体要求\u3000\u3000（三）指导思想。坚持稳中求进。"
    "\u3000\u3000（四）基本原则。\u3000\u3000——统筹兼顾。正确处理各种关系。\u3000\u3000三、完善工作机制"
    "\u3000\u3000（五）健全法规体系。抓紧修订有关规定。\u3000\u3000（六）加强监督检查。各部门要强化监管。"
)


def test_points_numbered_through_the_parts_of_a_flattened_decision_are_found() -> None:
    rows = [(depth, number, title.rstrip("。")) for depth, number, title in _outline(DECISION)]
    assert rows == [
        (1, "一", "充分认识重要意义"),
        (2, "（一）", "工作取得进展"),
        (2, "（二）", "形势依然严峻"),
        (1, "二", "明确总体要求"),
        (2, "（三）", "指导思想"),
        (2, "（四）", "基本原则"),
        (1, "三", "完善工作机制"),
        (2, "（五）", "健全法规体系"),
        (2, "（六）", "加强监督检查"),
    ]
    spoken = spoken_text(parse_outline(read_text(f"某县决定\n{DECISION}\n")))
    assert "坚持稳中求进。" in spoken and "——统筹兼顾。正确处理各种关系。" in spoken


def test_a_point_after_text_under_a_new_part_does_not_go_on_with_the_count() -> None:
    # the count goes on only right after the part's heading: a later （三） in its text after a
    # sentence of its own is no first point of the part (its first point would be due before it)
    text = DECISION.replace("二、明确总体要求\u3000\u3000（三）", "二、明确总体要求\u3000\u3000总的要求是：（三）")
    assert "（三）" not in [number for _, number, _ in _outline(text)]


MEETING = (
    "经省委、省政府同意，召开全省工作会议，现将有关事项通知如下。一、会议主题以新时代思想为指导，部署今年重点工作。"
    "二、时间地点2021年1月17日19:30，某市南郊宾馆礼堂。三、与会人员省委、省政府分管领导同志；各成员单位主要负责同志。"
    "四、有关事项请各单位于1月15日前报送参会回执。"
)


def test_a_meeting_notices_parts_are_cut_after_their_names() -> None:
    """一、会议主题以…, 二、时间地点2021年1月17日…, 三、与会人员省委、…；…: a meeting notice's standard
    parts, their text run on after the name (a date after a time's name; a clause ended by ；)."""
    tops = [(number, title) for depth, number, title in _outline(MEETING) if depth == 1]
    assert tops == [("一", "会议主题"), ("二", "时间地点"), ("三", "与会人员"), ("四", "有关事项")]
    spoken = spoken_text(parse_outline(read_text(f"某省关于召开全省工作会议的通知\n{MEETING}\n")))
    assert "2021年1月17日19:30，某市南郊宾馆礼堂。" in spoken and "省委、省政府分管领导同志；" in spoken


def test_a_part_whose_text_ends_with_its_attachments_file_names_is_a_heading() -> None:
    """五、存在的主要问题及改进情况　　2023年，…。　　六、其他需要报告的事项　　…附件：1、某某报告.doc　　2、某某报告.pdf:
    a paragraph ending in a file's name is no file's name when sentences stand in it; a line that
    is only a file's name (2.某某公告.pdf) stays text."""
    text = (
        "某厅2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我厅认真贯彻落实政府信息公开条例。\n"
        "二、存在的主要问题及改进情况\u3000\u30002023年，我厅信息公开工作取得了一定成效，但仍然存在一些不足。"
        "\u3000\u3000三、其他需要报告的事项\u3000\u3000我厅未收取信息处理费。附件：1、某厅2023年年度报告.doc\u3000\u30002、某厅2023年年度报告.pdf\n"
    )
    tops = [(number, title) for depth, number, title in flat_outline(parse_outline(read_text(text)).sections) if depth == 1]
    assert tops == [("一", "总体情况"), ("二", "存在的主要问题及改进情况"), ("三", "其他需要报告的事项")]
    files = "某县关于某事项的公告\n一、公告事项\n现将有关事项公告如下。\n1.某某公告.pdf\n2.某某名单.xlsx\n"
    assert [row[1] for row in flat_outline(parse_outline(read_text(files)).sections)] == ["一"]


@pytest.mark.parametrize("name", ["1.某某公告.txt", "1.某某规划图.PPTX", "1.某某方案.rtf", "1.某某表格.7z"])
def test_a_numbered_line_naming_a_file_of_any_type_a_site_offers_stays_text(name: str) -> None:
    """Every reader knows the same file types (audiojiedu.file_types): a file's name numbered as a
    download list's entry is no heading, whatever its type."""
    files = f"某县关于某事项的公告\n一、公告事项\n现将有关事项公告如下。\n{name}\n2.某某名单.xlsx\n"
    assert [row[1] for row in flat_outline(parse_outline(read_text(files)).sections)] == ["一"]
