"""Numbered lines that are items, and run-in headings that look like sentences (issue 17).

A heading is short and has no sentence inside it; but reports title their points with parallel
phrases and a comma, and task lists, duty lists and lead-in sentences number what are no
headings. Every example is made up, in the shape of real documents."""

from __future__ import annotations

from audiojiedu.ingest import read_text
from audiojiedu.model import Section
from audiojiedu.outline import parse_outline

_LONG = "各单位要切实加强组织领导，细化工作措施，明确责任分工，确保各项任务落到实处。" * 60  # past a short notice


def _flat(sections: tuple[Section, ...], depth: int = 1) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []
    for section in sections:
        out.append((depth, section.number, section.title))
        out.extend(_flat(section.sections, depth + 1))
    return out


def _outline(*lines: str) -> list[tuple[int, str, str]]:
    return _flat(parse_outline(read_text("\n".join(lines) + "\n")).sections)


def test_a_reports_points_of_parallel_phrases_are_run_in_headings_even_in_a_short_text() -> None:
    """（一）坚持项目支撑、招商赋能，经济基础更加坚实。 — phrases set side by side, a comma, the outcome:
    a work report's point, heading its text; an excerpt of the report is short, but its points stay headings."""
    body = "深化项目管理，158个重点项目完成投资189.4亿元。新签约项目112个。招商引资到位资金增长12%。"
    assert _outline(
        "某区2025年政府工作报告",
        "一、过去一年工作回顾",
        "2024年，我们紧扣高质量发展主题，实现地区生产总值440.5亿元。",
        f"（一）坚持项目支撑、招商赋能，经济基础更加坚实。{body * 3}",
        f"（二）坚持改革创新、多维保障，发展活力加快释放。{body}",
    ) == [
        (1, "一", "过去一年工作回顾"),
        (2, "（一）", "坚持项目支撑、招商赋能，经济基础更加坚实。"),
        (2, "（二）", "坚持改革创新、多维保障，发展活力加快释放。"),
    ]


def test_parallel_phrases_whose_second_is_a_little_longer_head_their_text() -> None:
    """一、提高站位，主动担当作为。 (four and six characters) over its paragraph, in a short notice."""
    body = "各责任单位要以高度负责的态度抓好办理工作，确保按时完成。"
    assert _outline(
        "某区人民政府办公室关于印发重点工作任务分解方案的通知",
        "各街道办事处，区人民政府各部门：",
        f"一、提高站位，主动担当作为。{body * 2}",
        f"二、加强领导，强化办理机制。{body}",
    ) == [(1, "一", "提高站位，主动担当作为。"), (1, "二", "加强领导，强化办理机制。")]


def test_a_clause_whose_second_phrase_is_shorter_is_no_couplet() -> None:
    """二、过往车辆，请绕行。 is a notice's clause, not a heading of parallel phrases."""
    assert _outline(
        "某县关于道路临时交通管制的通告",
        "现就有关事项通告如下：",
        "一、管制期间，禁止一切车辆通行。违者依法处理。",
        "二、过往车辆，请绕行。请服从现场指挥。",
    ) == []


def test_numbered_lead_in_sentences_ending_in_a_colon_are_text() -> None:
    """1、下列工作人员，由省人民政府任免： over the list of posts: a sentence leading into what
    follows, not a heading, even in a long document."""
    posts = "省人民政府副秘书长、办公厅副主任，不参加省人民政府组成的各局局长。"
    got = _outline(
        "某省人民政府关于任免国家机关工作人员问题的通知",
        "一、任免权限",
        "1、下列工作人员，由省长提请省人大常委会决定任免：",
        posts,
        "2、下列工作人员，由省人民政府任免：",
        posts,
        "二、任免程序",
        _LONG,
    )
    assert got == [(1, "一", "任免权限"), (1, "二", "任免程序")]


def test_a_short_heading_ending_in_a_colon_stays_a_heading() -> None:
    got = _outline("某县工作方案", "一、主要任务：", "（一）加强组织领导：", _LONG, "（二）强化督查考核：", _LONG)
    assert (2, "（一）", "加强组织领导") in got


def test_tasks_noted_with_their_lead_unit_are_text() -> None:
    """1、加强经济运行分析，确保完成主要指标。（牵头单位：发改委、统计局） is a task of a
    decomposition of work, read as text under its heading."""
    got = _outline(
        "某市2008年政府工作目标任务分解",
        "一、促进经济又好又快发展。",
        "1、加强经济运行分析，确保完成主要指标。（牵头单位：发改委、统计局）",
        "增加值可比增长14%左右。",
        "2、抓好重点项目建设。（责任单位：各区县人民政府）",
        _LONG,
    )
    assert got == [(1, "一", "促进经济又好又快发展。")]


def test_a_duty_list_under_a_heading_naming_duties_is_text() -> None:
    """一、主要职能、职责 names what its items are: 1、负责…。 2、负责…。 are the list, not headings."""
    got = _outline(
        "某市审计局2022年度部门决算公开",
        "一、主要职能、职责",
        "1、负责对全市各行政事业单位财政收支进行审计监督，维护全市财政经济秩序。",
        "2、负责组织实施全市审计工作，制定审计工作计划并组织实施。",
        "3、负责对全市重大公共资金的分配和使用情况进行审计。",
        "二、部门机构设置及决算单位构成情况",
        _LONG,
    )
    assert got == [(1, "一", "主要职能、职责"), (1, "二", "部门机构设置及决算单位构成情况")]


def test_numbered_points_under_a_heading_naming_no_members_stay_headings() -> None:
    got = _outline(
        "某市审计局2022年度部门决算公开",
        "一、收入决算情况",
        "1、财政拨款收入。",
        _LONG,
        "2、其他收入。",
        _LONG,
    )
    assert (2, "1", "财政拨款收入。") in got


def test_a_contents_whose_first_entry_the_body_leaves_out_is_a_contents() -> None:
    """第一部分 部门概况 / 一、主要职能 … in the contents; the body begins at 一、主要职能."""
    got = _outline(
        "2022年度某市审计局部门决算公开",
        "目 录",
        "第一部分 部门概况",
        "一、主要职能、职责",
        "二、部门机构设置",
        "第二部分 2022年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        "一、主要职能、职责",
        "负责全市审计工作。",
        "二、部门机构设置",
        "本部门内设机构6个。",
    )
    assert got == [(1, "一", "主要职能、职责"), (1, "二", "部门机构设置")]


def test_an_attachment_list_over_the_signature_opens_no_attachment() -> None:
    got = _outline(
        "某区人民政府办公室关于印发2018年政府工作报告目标任务分解的通知",
        "各乡镇人民政府，区直各部门：",
        "现将分解表印发给你们，请认真贯彻执行。",
        "附件：1.2018年《政府工作报告》主要工作目标任务分解表",
        "2.2018年民生十件实事任务分解表",
        "3.某市2018年为民办实事任务分解表",
        "某区人民政府办公室",
        "2018年8月16日",
    )
    assert got == []


def test_a_chapter_named_for_duties_keeps_its_articles() -> None:
    """第二章 组成人员和政府职能 ends with 职能 but is a chapter: its 四、五、 stay under it, not read
    as a list of its members."""
    got = _outline(
        "某县人民政府工作规则",
        "第一章 总则",
        "一、为规范县政府工作，制定本规则。",
        "第二章 组成人员和政府职能",
        "四、县政府由县长、副县长、县政府党组成员，县政府各工作部门主要负责人组成。",
        "五、县政府实行县长负责制。县长主持县政府全面工作。",
        _LONG,
    )
    assert [number for depth, number, _ in got if depth == 2][-2:] == ["四", "五"]


def test_a_guide_whose_headings_list_what_they_ask_keeps_its_headings() -> None:
    """一、受理条件 over 1.当事人必须…，… items: the items say something, so the headings over them
    are no catalogue of names; the items are the headings' text."""
    got = _outline(
        "某区结婚登记办事指南",
        "一、受理条件",
        "1.当事人必须符合法定结婚年龄，男22周岁，女20周岁",
        "2.当事人必须是自愿结婚和无配偶",
        "3.当事人一方或双方是本辖区内的常住户口",
        "二、办理材料",
        "1.申请人双方户口本（原件复印件各一份）",
        "2.申请人居民身份证（原件复印件各一份）",
        "3.申请结婚登记声明书（原件复印件各一份）",
        "三、办理流程",
        "1.预约（法定节假日除外）",
        "2.受理（核对申请材料是否齐全）",
        "3.审查（对申请是否符合办理条件进行审核）",
    )
    assert got == [(1, "一", "受理条件"), (1, "二", "办理材料"), (1, "三", "办理流程")]


def test_a_catalogue_of_names_is_still_read_as_text() -> None:
    got = _outline(
        "某县政府信息公开目录",
        "本县政府信息按以下目录公开，欢迎查阅。",
        "一、机构信息",
        "1、领导之窗",
        "2、政府机构",
        "3、机构职能",
        "二、政策文件",
        "1、县政府文件",
        "2、部门文件",
        "3、乡镇文件",
        "三、规划计划",
        "1、发展规划",
        "2、年度计划",
        "3、专项规划",
    )
    assert got == []


def test_parallel_phrases_of_four_or_more_may_differ_a_little() -> None:
    """（一）加快招商引资步伐，打造特色品牌。 (eight and six) heads its text in a short work plan."""
    body = "立足本地优势资源，积极招商引资，包装一批重点项目。"
    got = _outline(
        "某镇2024年度政府工作计划",
        "为此，我们将集中力量做好以下几个方面的工作：",
        f"（一）加快招商引资步伐，打造特色品牌。{body * 3}",
        f"（二）增进民生福祉，提高生活品质。{body}",
    )
    assert got == [(1, "（一）", "加快招商引资步伐，打造特色品牌。"), (1, "（二）", "增进民生福祉，提高生活品质。")]


def test_parts_numbered_by_pian_are_parts() -> None:
    """第一篇 … 第一章 …: a plan's parts (篇) stand over its chapters."""
    got = _outline(
        "某县国民经济和社会发展第十四个五年规划纲要",
        "第一篇 开启全面建设现代化新征程",
        "第一章 发展基础",
        _LONG,
        "第二章 发展环境",
        _LONG,
    )
    assert got[:2] == [(1, "第一篇", "开启全面建设现代化新征程"), (2, "第一章", "发展基础")]


def test_a_notices_last_clause_telling_what_to_do_with_its_phone_line_is_a_clause() -> None:
    # A news item printing a 禁放 notice: 四、请…。举报电话：… is a clause like the three before it,
    # so the run is the notice's text, not four chapters titled by sentences.
    text = (
        "县公安局发布公告：禁止燃放烟花爆竹\n"
        "某某讯：春节即将来临，为保障公共安全，县公安局发布公告如下。\n"
        "一、某镇行政区域属于全县烟花爆竹禁放区，需严格执行禁放规定。\n"
        "二、禁放区内严禁设置烟花爆竹零售点。\n"
        "三、公安、应急等部门将联合开展专项行动，依法打击违法犯罪行为。\n"
        "四、请广大群众自觉遵守禁放规定。举报电话：110。\n"
    )
    doc = parse_outline(read_text(text))
    assert doc.sections == ()
    assert doc.preface[-1] == "四、请广大群众自觉遵守禁放规定。举报电话：110。"


def test_short_points_telling_what_to_do_with_their_text_after_them_stay_headings() -> None:
    # Must NOT touch: （二）要充分知悉解读范围。 followed by its text heads that text.
    text = (
        "关于做好政策解读工作的通知\n各单位：\n现就有关事项通知如下。\n"
        "（一）要坚持谁起草谁解读的原则。以县政府名义印发的政策性文件，由起草部门负责做好解读工作，主要负责人是第一责任人。\n"
        "（二）要充分知悉解读范围。符合下列情形之一的政策性文件，应当进行解读，涉及群众切身利益的要重点解读。\n"
    )
    doc = parse_outline(read_text(text))
    assert [section.number for section in doc.sections] == ["（一）", "（二）"]


def test_a_lone_sentence_item_cut_off_by_the_excerpts_end_is_its_headings_text() -> None:
    # The page's excerpt ends inside 四、有关要求's first clause: a sentence cut off, not a chapter.
    text = (
        "征收土地预公告\n因公共利益的需要，根据有关规定，县政府研究决定，拟征收某村集体土地。\n"
        "一、拟征收范围\n涉及某镇某村，详见拟征收土地红线图。\n"
        "二、征收用途\n本次拟征收土地用于某某项目建设。\n"
        "三、有关要求\n"
        "（一）拟征地范围内的农村集体经济组织及成员或者相关权利人应当根据调查工作的安排配合做好调查确认\n"
    )
    doc = parse_outline(read_text(text))
    assert [(s.number, [c.number for c in s.sections]) for s in doc.sections] == [("一", []), ("二", []), ("三", [])]
    assert doc.sections[2].paragraphs[0].startswith("（一）拟征地范围内")
    # Must NOT touch: a short heading cut off there stays a heading.
    short = parse_outline(read_text(text.rsplit("（一）", 1)[0] + "（一）加强组织领导\n"))
    assert [c.number for c in short.sections[2].sections] == ["（一）"]


def test_a_notices_clause_cut_after_an_end_word_is_a_clause_beside_its_neighbours() -> None:
    # 四、如遇紧急或特殊情况确需外出，… — the title rules cut after 情况 mid-sentence; beside the
    # sentence clauses of a short notice it is one, and the whole run is the notice's text.
    text = (
        "关于在全县实行静态管理的通告\n根据当前疫情防控形势，决定在全县实行3天静态管理。现将有关事项通告如下：\n"
        "一、静态管理期间，全县保持静默状态，暂停各类聚集性活动。\n"
        "二、静态管理期间，全县机关事业单位除承担防控任务的人员外，一律居家办公。\n"
        "三、如遇紧急或特殊情况确需外出，可向村、社区申请，实行全程闭环管理。\n"
        "四、对拒不服从管理、私自闯卡进出的，将严格追究法律责任。\n"
    )
    doc = parse_outline(read_text(text))
    assert doc.sections == ()
    assert "三、如遇紧急或特殊情况确需外出，可向村、社区申请，实行全程闭环管理。" in doc.preface


def test_a_katakana_ni_standing_for_two_numbers_the_heading_two() -> None:
    # ニ、 (the katakana an input method gives for 二) numbers the second heading, with a warning.
    text = "关于解除封控的通知\n现将有关事项通知如下：\n一、解封范围\n某镇某村全域解除封控。各单位要做好后续工作。\nニ、继续封控的区域\n某镇某小区继续实行封控管理。各单位要做好保障工作。\n"
    doc = parse_outline(read_text(text))
    assert [(s.number, s.title) for s in doc.sections] == [("一", "解封范围"), ("二", "继续封控的区域")]
    assert any("ニ" in warning for warning in doc.warnings)
