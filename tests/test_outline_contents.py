"""Tables of contents and decimal headings of 应急预案 (issue 17, dev14/dev15): a contents with
no 目录 line and no page numbers, its top-level entry printed 1.总则 in the body, subsection
titles that begin with a unit character (1.3分级分类), a contents entry read with its number set
apart, and a line of links to other articles. All examples are made up."""

from __future__ import annotations

from helpers import flat_outline

from audiojiedu.ingest import read_text
from audiojiedu.ingest.wrap import join_wrapped_lines
from audiojiedu.model import Document
from audiojiedu.outline import parse_outline
from audiojiedu.outline.numbering import contents_entry

BODY = "各有关单位要按照职责分工，加强协调配合，确保各项工作落到实处。"
CONTENTS = ("1总则", "1.1编制目的", "1.2编制依据", "1.3适用范围", "2组织体系", "2.1指挥机构", "2.2工作机构", "3附则")


def _text(*lines: str) -> Document:
    return parse_outline(read_text("\n".join(lines)))


def _preface(doc: Document) -> str:
    return "\n".join(p for p in doc.preface if isinstance(p, str))


def test_a_contents_without_its_label_or_pages_is_text_and_the_body_has_the_headings() -> None:
    body = ("1总则", "1.1编制目的", f"为做好防汛工作，{BODY}", "1.2编制依据", f"依据有关法律，{BODY}")
    doc = _text("某县防汛应急预案", f"现将预案印发给你们，{BODY}", "某县人民政府办公室", *CONTENTS, *body)
    assert flat_outline(doc.sections) == [[1, "1", "总则"], [2, "1.1", "编制目的"], [2, "1.2", "编制依据"]]
    assert "2.1指挥机构" in _preface(doc)


def test_short_numbered_lines_the_body_never_repeats_are_no_contents() -> None:
    # Headings each followed by their text are the outline, not a contents.
    doc = _text(
        "某县防汛应急预案",
        "1总则",
        "1.1编制目的",
        f"为做好防汛工作，{BODY}",
        "1.2编制依据",
        f"依据有关法律，{BODY}",
        "2组织体系",
        "2.1指挥机构",
        f"县政府设立指挥部，{BODY}",
    )
    assert [row[1] for row in flat_outline(doc.sections)] == ["1", "1.1", "1.2", "2", "2.1"]


def test_a_contents_entry_printed_with_a_list_dot_in_the_body_ends_the_contents() -> None:
    body = ("1.总则", "1.1编制目的", f"为做好防汛工作，{BODY}", "1.2 编制依据", f"依据有关法律，{BODY}")
    doc = _text("某县防汛应急预案", "某县防汛应急预案目录", *CONTENTS, *body)
    assert flat_outline(doc.sections) == [[1, "1", "总则"], [2, "1.1", "编制目的"], [2, "1.2", "编制依据"]]


def test_a_subsection_title_may_begin_with_a_unit_character() -> None:
    doc = _text(
        "某镇突发事件应急预案",
        "1总则",
        "1.1编制目的",
        f"为做好应急工作，{BODY}",
        "1.2分级分类",
        "1.2.1按照危害程度，突发事件分为四级。",
        "1.3工作原则",
        f"坚持以人为本，{BODY}",
    )
    assert flat_outline(doc.sections) == [
        [1, "1", "总则"],
        [2, "1.1", "编制目的"],
        [2, "1.2", "分级分类"],
        [2, "1.3", "工作原则"],
    ]


def test_an_amount_or_a_count_after_a_number_is_still_no_heading() -> None:
    doc = _text(
        "某镇突发事件应急预案",
        "1总则",
        "1.1编制目的",
        f"为做好应急工作，{BODY}",
        "1.2万元以上项目",  # an amount: 万 then 元
        "2工作要求",
        "3个工作日内办结",  # a top-level number is never led by a unit
        f"各单位要按时办结，{BODY}",
    )
    assert [row[1] for row in flat_outline(doc.sections)] == ["1", "1.1", "2"]


def test_a_standards_clause_whose_word_opens_with_a_unit_character_is_a_heading() -> None:
    """1 范围 / 2 目的 / 3 种类 / 4 基本要求 / 4.1 …: 种类 is a clause's word, the whole line after the
    number before it (3个工作日内办结 is a sentence, see above)."""
    doc = _text(
        "某局会议纪要管理要求",
        "1 范围",
        f"本标准规定了会议纪要的种类，{BODY}",
        "2 目的",
        f"规范办公室的工作秩序，{BODY}",
        "3 种类",
        f"主要分为党组会议纪要，{BODY}",
        "4 流程",
        "4.1 会议前准备",
        f"会议开始前摆放好材料，{BODY}",
        "4.2 会议记录",
        f"记录人员做好记录，{BODY}",
    )
    assert [row[1] for row in flat_outline(doc.sections)] == ["1", "2", "3", "4", "4.1", "4.2"]


def test_a_contents_entry_keeps_its_top_level_number_set_apart() -> None:
    assert contents_entry("2组织机构及职责") == "2 组织机构及职责"
    assert contents_entry("2.1指挥机构") == "2.1指挥机构"  # read 二点一、 as it stands
    assert contents_entry("1 总则") == "1 总则"
    assert contents_entry("3个工作组") == "3个工作组"  # a count, left as written
    doc = _text("某县应急预案", f"现将预案印发给你们，{BODY}", "目录", *CONTENTS, "1总则", f"为做好应急工作，{BODY}")
    assert "2 组织体系" in _preface(doc)


def test_a_line_of_links_to_other_articles_is_no_heading() -> None:
    doc = _text(
        "某市规范性文件管理规定",
        "第十一条 第二十一条 第三十一条",
        "第一章 总则",
        f"第一条 为了规范文件管理，{BODY}",
        f"第二条 本规定适用于全市，{BODY}",
    )
    assert [row[1] for row in flat_outline(doc.sections)] == ["第一章", "第一条", "第二条"]
    # the row of jump links is the wiki's, not read (s25_chrome3; it was kept and read before)
    assert any(f.kind == "chrome-dropped" and "第十一条" in f.text for f in doc.findings)


def test_an_article_with_its_text_on_one_line_is_still_a_heading() -> None:
    doc = _text("某市规范性文件管理规定", f"第一条 为了规范文件管理，{BODY}", f"第二条 本规定适用于全市，{BODY}")
    assert [row[1] for row in flat_outline(doc.sections)] == ["第一条", "第二条"]


def test_a_contents_entry_cut_off_before_its_page_number_loses_its_leader_too() -> None:
    lines = ["目录", "1总则……………………3", "1.1编制目的…………3", "1.2编制依据…………"]
    joined, findings = join_wrapped_lines(lines)
    assert joined == ["目录", "1总则", "1.1编制目的", "1.2编制依据"]
    assert [f.kind for f in findings] == ["toc-leader"]


def test_a_line_ending_in_a_long_ellipsis_outside_a_contents_keeps_it() -> None:
    lines = ["各单位要做好防汛、抗旱、防台…………", "1.1编制目的…………"]
    joined, _ = join_wrapped_lines(lines)
    assert joined == lines


# -- the body repeats the contents' first part without its number ------------------------------

PART_CONTENTS = (
    "某县农业农村局2025年预算公开目录",
    "第一部分 某县农业农村局2025年部门预算编制说明",
    "一、基本职能及主要工作",
    "二、预算单位基本情况",
    "三、预算收入情况",
    "第二部分 某县农业农村局2025年部门预算表",
    "一、财务收支预算总表",
    "二、部门收入预算表",
)
PART_BODY = ("一、基本职能及主要工作", f"负责全县农业农村工作。{BODY}", "二、预算单位基本情况", f"本部门下属单位2个。{BODY}")


def test_the_first_part_repeated_without_its_number_heads_the_body() -> None:
    for name in (("某县农业农村局2025年部门预算编制说明",), ("某县农业农村局2025年部门", "预算编制说明")):
        doc = _text("某县农业农村局2025年预算公开", *PART_CONTENTS, *name, *PART_BODY)
        assert flat_outline(doc.sections) == [
            [1, "", "某县农业农村局2025年部门预算编制说明"],
            [2, "一", "基本职能及主要工作"],
            [2, "二", "预算单位基本情况"],
        ]
        assert any(f.kind == "heading-guessed" for f in doc.findings)


def test_a_body_that_opens_with_its_first_section_has_no_part_heading() -> None:
    # What must NOT be touched: the body starting at 一、 (the part's name left out altogether).
    doc = _text("某县农业农村局2025年预算公开", *PART_CONTENTS, *PART_BODY)
    assert flat_outline(doc.sections) == [[1, "一", "基本职能及主要工作"], [1, "二", "预算单位基本情况"]]


def test_a_contents_of_parts_chapters_and_sections_cut_short_by_the_copy_is_text() -> None:
    # No 目录 line and no body after it (an excerpt ends inside the contents): 第一节 followed at
    # once by 第二节 heads nothing, so the run is a contents, read as text.
    doc = _text(
        "某市国民经济和社会发展规划纲要",
        f"现将纲要印发给你们，{BODY}",
        "某市人民政府",
        "第一篇 开启新征程",
        "第一章 发展形势",
        "第一节 取得的成就",
        "第二节 面临的挑战",
        "第二章 指导方针和主要目标",
        "第一节 指导思想",
    )
    assert flat_outline(doc.sections) == []
    assert "第二节 面临的挑战" in _preface(doc)


def test_chapters_and_sections_with_text_under_each_are_still_headings() -> None:
    # Must NOT touch: the same kind of lines with text under each are the outline: only a
    # section without text before its sibling is what makes a run of headings a contents.
    doc = _text(
        "某市规划纲要",
        "第一章 发展形势",
        f"五年来，{BODY}",
        "第一节 取得的成就",
        f"经济实力明显增强，{BODY}",
        "第二节 面临的挑战",
        f"外部环境复杂多变，{BODY}",
    )
    assert [row[1] for row in flat_outline(doc.sections)] == ["第一章", "第一节", "第二节"]


def test_an_outline_of_list_items_without_text_keeps_its_headings() -> None:
    # Must NOT touch: list items (一、 （一） 1.) may stand without text of their own; only the
    # divisions of a 纲要 (篇 章 节) always have theirs.
    doc = _text("某县工作要点", f"现将要点印发给你们，{BODY}", "一、工作任务", "（一）重点任务", "（二）一般任务", "二、保障措施")
    assert [row[1] for row in flat_outline(doc.sections)] == ["一", "（一）", "（二）", "二"]


# A contents printed an entry a line, each entry ending with its page number (made-up examples).
PAGED = (
    "目 录",
    "第一部分 单位概况2",
    "一、主要职能2",
    "二、机构设置3",
    "第二部分 年度决算表4",
    "第三部分 决算情况说明5",
    "一、收支总体情况说明5",
    "二、收入决算情况说明6",
    "十一、其他重要事项说明13",
)


def test_a_contents_whose_entries_end_with_glued_pages_is_text_and_the_body_has_the_chapters() -> None:
    body = ("第一部分 单位概况", "一、主要职能", f"负责全镇财政工作，{BODY}", "二、机构设置", f"内设三个股室，{BODY}")
    doc = _text("某镇2023年度决算公开报告", *PAGED, *body)
    assert flat_outline(doc.sections) == [[1, "第一部分", "单位概况"], [2, "一", "主要职能"], [2, "二", "机构设置"]]
    preface = _preface(doc)
    assert "一、主要职能" in preface and "十一、其他重要事项说明" in preface
    assert "主要职能2" not in preface and "说明13" not in preface  # pages are not read
    assert any(f.kind == "toc-leader" for f in doc.findings)


def test_a_contents_with_spaced_pages_and_no_body_has_no_chapters() -> None:
    doc = _text(
        "某区国民经济和社会发展第十四个五年规划纲要",
        "第一篇 开启新征程 1",
        "第一章 发展形势 1",
        "第一节 发展基础 2",
        "第二节 机遇挑战 7",
        "第二章 总体要求 8",
        "第一节 指导思想 9",
        "第二篇 创新驱动 15",
        "第三章 平台建设 15",
        "第四章 人才队伍",  # the copy stops here
    )
    assert doc.sections == ()
    preface = _preface(doc)
    assert "第一节 发展基础" in preface and "第四章 人才队伍" in preface
    assert "发展基础 2" not in preface


def test_numbered_lines_ending_with_figures_that_go_down_are_no_contents() -> None:
    doc = _text(
        "某县重点项目安排",
        "一、交通项目 12",
        f"共安排交通项目十二个，{BODY}",
        "二、水利项目 8",
        f"共安排水利项目八个，{BODY}",
        "三、教育项目 5",
        f"共安排教育项目五个，{BODY}",
        "四、卫生项目 3",
        f"共安排卫生项目三个，{BODY}",
        "五、文化项目 2",
        f"共安排文化项目两个，{BODY}",
    )
    assert [row[1] for row in flat_outline(doc.sections)] == ["一", "二", "三", "四", "五"]


def test_a_one_right_under_a_bare_one_of_the_same_style_opens_its_list() -> None:
    doc = _text(
        "某局2023年度部门决算",
        "一、部门概况",
        "1. 本局主要职责",
        "1.贯彻执行国家的财政法律法规。负责拟订有关制度。",
        "2.承担本级财政收支管理的任务。负责编制预算草案。",
        "3.负责政府非税收入管理。",
        "2. 机构设置",
        f"本局内设五个股室，{BODY}",
    )
    assert flat_outline(doc.sections) == [[1, "一", "部门概况"], [2, "1", "本局主要职责"], [2, "2", "机构设置"]]


def test_a_one_after_a_one_with_text_is_still_a_repeated_number() -> None:
    # Not a list under the first: the first 1 has its text, so the second stays a heading (a numbering slip).
    doc = _text(
        "某局工作总结",
        "一、主要工作",
        "1. 抓好项目建设",
        f"全年实施项目二十个，{BODY}",
        "1. 抓好招商引资",
        f"全年引进项目十个，{BODY}",
    )
    assert [row[2] for row in flat_outline(doc.sections)] == ["主要工作", "抓好项目建设", "抓好招商引资"]


def test_a_report_outline_headed_tigang_before_the_text_is_text() -> None:
    outline = ("提纲：", "一、过去一年工作回顾", "（一）经济运行稳中有进", "（二）城乡面貌持续改善", "二、今年主要工作", "（一）抓项目扩投资")
    body = ("各位代表：", f"现在，我代表区人民政府报告工作，{BODY}", "一、过去一年工作回顾", f"过去一年，{BODY}")
    doc = _text("某区2026年政府工作报告", *outline, *body)
    assert flat_outline(doc.sections) == [[1, "一", "过去一年工作回顾"]]
    assert "（二）城乡面貌持续改善" in _preface(doc)


def test_a_line_naming_a_tigang_inside_the_text_opens_no_contents() -> None:
    # 提纲 inside a sentence or a heading is no contents' opener.
    doc = _text(
        "某镇学习安排",
        "一、学习提纲的使用",
        f"各支部要用好学习提纲，{BODY}",
        "二、学习时间",
        f"每月集中学习一次，{BODY}",
        "三、学习要求",
        f"做好学习记录，{BODY}",
        "四、其他事项",
        f"未尽事宜另行通知，{BODY}",
    )
    assert [row[1] for row in flat_outline(doc.sections)] == ["一", "二", "三", "四"]


# -- a 总目录 whose body does not repeat it; short dot leaders on long entries -------------------
PLAN = "某街道幸福社区行动计划（2024-2026年）"
GRAND = (
    "总目录",
    "一、某街道幸福社区行动计划（2024-2026）.. 2",
    "二、专项行动...................................40",
    "（一）社区党建联建专项行动.....................40",
    "（二）邻里中心建设提升专项行动.45",
    "三、党建引领 凝心聚力共建共治的美好社区...60",
)
PART = ("目 录", "一、总体要求", "（一）指导思想", "（二）基本原则", "二、发展基础", "（一）发展成效", "（二）面临形势")


def test_a_grand_contents_over_parts_is_read_once_and_the_parts_contents_too() -> None:
    doc = _text(PLAN, *GRAND, PLAN, "2024年3月", "前 言", f"今后三年是关键时期，{BODY}", *PART)
    assert flat_outline(doc.sections) == [[1, "", "前言"]]
    preface = _preface(doc)
    assert "二、专项行动" in preface and "（二）邻里中心建设提升专项行动" in preface
    assert "...60" not in preface and ".45" not in preface and ".. 2" not in preface  # no page is read
    assert "三、党建引领 凝心聚力共建共治的美好社区" in preface  # the entry never runs into the next line
    assert "（二）面临形势" in doc.sections[0].paragraphs  # the part's own contents, under 前言


def test_a_short_leader_needs_a_full_leader_beside_it() -> None:
    lines, _ = join_wrapped_lines(["主要指标", "一、地区生产总值增长.5", "二、居民收入增长.6", "三、其他"])
    assert lines[1:3] == ["一、地区生产总值增长.5", "二、居民收入增长.6"]  # no leader line near: kept


def test_numbered_lines_under_a_contents_line_with_their_text_are_headings() -> None:
    body = ("一、总体要求", f"坚持统筹推进，{BODY}", "二、主要任务", f"突出重点，{BODY}", "三、保障措施", BODY)
    doc = _text(PLAN, "目录", *body)
    assert [s[1] for s in flat_outline(doc.sections)] == ["一", "二", "三"]


def test_three_numbered_lines_under_a_contents_line_are_too_few_for_a_contents_run() -> None:
    doc = _text(PLAN, "目录", "一、总体要求", "二、主要任务", "三、保障措施", PLAN, f"为推进工作，{BODY}")
    assert flat_outline(doc.sections) == [[1, "一", "总体要求"], [1, "二", "主要任务"], [1, "三", "保障措施"]]


def test_the_body_numbering_a_listed_entry_anew_ends_the_contents_run() -> None:
    entries = ("一、部门主要职责", "二、机构设置情况", "三、收支预算情况", "四、运行经费情况", "五、其他说明")
    doc = _text(PLAN, "目 录", *entries, "第一部分 部门主要职责", f"（一）负责全区财政管理工作，{BODY}")
    assert flat_outline(doc.sections)[0] == [1, "第一部分", "部门主要职责"]


# -- a contents entry too long for its line (a 规划纲要's contents, dev38/13) --------------------

PLAN_CONTENTS = (
    "第一章坚定信心奋发有为，开启全面建设",
    "",
    "社会主义现代化新征程·······························7",
    "第一节发展基础·······················7",
    "第二节发展环境······················12",
    "第二章坚持创新驱动发展，建设科技强县··········19",
    "第一节推动产业融合····················19",
    "第二节激发人才活力····················21",
)


def test_a_contents_entry_broken_over_two_lines_is_one_entry() -> None:
    joined, _ = join_wrapped_lines(list(PLAN_CONTENTS))
    assert joined[0] == "第一章坚定信心奋发有为，开启全面建设社会主义现代化新征程"
    assert joined[1:] == ["第一节发展基础", "第二节发展环境", "第二章坚持创新驱动发展，建设科技强县", "第一节推动产业融合", "第二节激发人才活力"]


def test_a_numbered_line_over_a_numbered_entry_is_no_part_of_it() -> None:
    joined, _ = join_wrapped_lines(["第一章 总体要求", "第一节发展基础··········7", "第二节发展环境··········12"])
    assert joined == ["第一章 总体要求", "第一节发展基础", "第二节发展环境"]


def test_a_plan_cut_off_inside_its_contents_has_no_chapters() -> None:
    doc = _text("某县国民经济和社会发展第十四个五年规划纲要", "（2021年2月4日某县人民代表大会批准）", *PLAN_CONTENTS)
    assert flat_outline(doc.sections) == []
    assert "第二节发展环境" in _preface(doc)


def test_a_plan_with_its_contents_and_body_has_each_chapter_once() -> None:
    body = (
        "第一章 坚定信心奋发有为，开启全面建设社会主义现代化新征程",
        "第一节 发展基础",
        f"过去五年，{BODY}",
        "第二节 发展环境",
        f"当前和今后一个时期，{BODY}",
        "第二章 坚持创新驱动发展，建设科技强县",
        "第一节 推动产业融合",
        f"围绕产业链部署创新链，{BODY}",
        "第二节 激发人才活力",
        f"深化人才发展体制机制改革，{BODY}",
    )
    doc = _text("某县国民经济和社会发展第十四个五年规划纲要", *PLAN_CONTENTS, *body)
    assert [row[:2] for row in flat_outline(doc.sections)] == [
        [1, "第一章"], [2, "第一节"], [2, "第二节"], [1, "第二章"], [2, "第一节"], [2, "第二节"],
    ]


# -- a 预案 cut off inside its decimal contents (dev46/23) ---------------------------------------

DECIMAL_CONTENTS = (
    "1.总则", "1.1 编制目的", "1.2 编制依据", "1.3事件分级", "1.3.1一般事件", "1.3.2较大事件",
    "2.组织指挥体系", "2.1领导机构", "2.2办事机构", "3.应急处置", "3.1先期处置", "3.2分级响应",
)


def test_decimal_sections_three_deep_with_no_text_to_the_end_are_a_contents() -> None:
    doc = _text("某市城市供热突发事件应急预案", f"现将预案印发给你们，{BODY}", *DECIMAL_CONTENTS, "3")
    assert flat_outline(doc.sections) == []
    assert "3.2分级响应" in _preface(doc)


def test_decimal_sections_two_deep_with_no_text_are_no_contents() -> None:
    # Two levels of short items may be a list the document gives without text (a plan's outline).
    from audiojiedu.model import Paragraph
    from audiojiedu.outline.numbering import table_of_contents

    lines = [line for line in DECIMAL_CONTENTS if line.count(".") < 2 or line.endswith(".总则")]
    assert table_of_contents(tuple(Paragraph(line) for line in lines)) == set()
    assert table_of_contents(tuple(Paragraph(line) for line in DECIMAL_CONTENTS)) == set(range(len(DECIMAL_CONTENTS)))


# -- budget reports' contents (dev63) ---------------------------------------------------------------
_DUTIES = "（一）负责全区统计工作的组织协调，确保统计数据真实、准确、及时。\n（二）组织实施各项统计调查，发布统计信息。\n"


def test_a_contents_ends_where_the_body_numbers_its_first_part_again_worded_anew() -> None:
    """The contents names the part 某局概况, the body 部门概况: parts are numbered once, so 第一部分
    again is where the body starts, whatever the name after it."""
    contents = (
        "目 录\n第一部分：某某局概况\n一、主要职能\n二、机构设置情况\n三、人员构成情况\n"
        "第二部分：某某局2023年部门预算情况说明\n一、收支预算总体情况说明\n二、收入预算总体情况说明\n"
        "第三部分：名词解释\n第四部分：某某局2023年部门预算报表\n"
    )
    doc = _text("某某局2023年部门预算情况说明", contents + "第一部分：部门概况\n一、主要职能\n" + _DUTIES)
    assert flat_outline(doc.sections) == [[1, "第一部分", "部门概况"], [2, "一", "主要职能"]]
    assert "某某局概况" in _preface(doc)  # the contents is read as text, once


def test_table_labels_in_a_hard_wrapped_contents_stay_lines_of_their_own() -> None:
    """表一：… 表二：… under a part's entry are entries, not the rest of its line, in a copy whose
    body is wrapped at the page's width (a budget report's PDF)."""
    labels = ["第二部分:某某自治区统计局2022年度部门决算报表", "表一:收入支出决算总表", "表二:收入决算表", "表三:支出决算表"]
    text = (
        "(1)承担组织协调和指导全区统计工作,确保统计数据真实、准确、及时的责任。制定统计政策、规划、"
        "全区基本统计制度和全区统计标准,起草统计地方性法规草案,制定部门规章,指导全区统计工作和统计"
        "基础建设。(2)建立健全全区国民经济核算体系和统计指标体系;依据国家基本统计制度,组织领导和协调。"
    )
    body = [text[i : i + 21] for i in range(0, len(text), 21)]  # the page's width, about 40 columns
    out, _ = join_wrapped_lines(["某某自治区统计局2022年度部门决算", "目 录", "第一部分:某某自治区统计局概况", "一、本部门职责", *labels, "第三部分:名词解释", *body])
    assert out[4:8] == labels


def test_contents_entries_ending_with_their_full_stop_keep_their_pages_off() -> None:
    entries = (
        "第一部分部门概况3\n（一）基本职能及主要工作3\n第二部分部门决算情况说明4\n一、收入支出预算执行情况分析4\n"
        "（一）预算编制情况。15\n（二）执行管理情况。15\n第三部分名词解释16\n第四部分附表22\n"
    )
    doc = _text("某县公安局2021年度部门决算", entries + "第一部分 部门概况\n（一）基本职能及主要工作\n" + _DUTIES)
    assert flat_outline(doc.sections) == [[1, "第一部分", "部门概况"], [2, "（一）", "基本职能及主要工作"]]
    assert "执行管理情况。十五" not in _preface(doc) and "15" not in _preface(doc)


def test_a_list_numbered_anew_right_after_the_contents_last_entry_is_the_body() -> None:
    """九、某某表 then 一、主要职责: a contents starts a list anew only under an entry of the level
    above, so the 一 right after 九 is the body's first heading (the body leaves out its part's line)."""
    tables = "".join(f"{n}、某某{n}决算表\n" for n in "一二三四五六七八九")
    contents = (
        "目 录\n第一部分 部门概况\n第二部分 2022年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
        "二、财政拨款收入支出决算情况说明\n三、其他重要事项的情况说明\n第三部分 名词解释\n第四部分 2022年度部门决算报表\n"
    )
    doc = _text("某市财政局2022年度部门决算", contents + tables + "一、主要职责\n" + _DUTIES)
    assert flat_outline(doc.sections) == [[1, "一", "主要职责"]]


def test_a_contents_headed_by_the_printed_plans_title_and_its_contents_word_is_text() -> None:
    """某某突发事件 / 应急预案目录: the contents' word glued to the end of the plan's title (the
    title broken over two lines over its contents); the body repeats the first entry."""
    entries = ["1.总则", "1.1编制目的", "1.2编制依据", "2.应急指挥体系及职责", "2.1区指挥机构及职责", "3.附则"]
    body = ["某区油气长输管道突发事件应急预案", "1.总则", "1.1编制目的", f"保障人民群众生命财产安全，{BODY}", "1.2编制依据", f"依据有关法律，{BODY}"]
    doc = _text("某区人民政府办公室关于印发应急预案的通知", f"现将预案印发给你们，{BODY}", "某区油气长输管道突发事件", "应急预案目录", *entries, *body)
    assert flat_outline(doc.sections) == [[1, "1", "总则"], [2, "1.1", "编制目的"], [2, "1.2", "编制依据"]]



def _graded_contents() -> list[str]:
    """A 应急预案's contents of chapters and decimal sections of like width, no 目录 line."""
    levels, grades = ("特大型", "大型", "中型", "小型"), ("一级", "二级", "三级", "四级")
    lines = []
    for n, name in enumerate(("险情分级", "灾情分级", "应急响应", "应急处置"), start=1):
        lines.append(f"第{'一二三四'[n - 1]}章 {name}")
        lines += [f"{n}.{k}{levels[k - 1]}地质灾害险情和灾情{name}（{grades[k - 1]}）" for k in range(1, 5)]
    return lines


def test_a_chapters_contents_ends_where_the_body_prints_its_first_chapter_alone() -> None:
    """A contents of chapters and decimal sections, no 目录 line (ho101/21, session 50), then the
    body's 第一章 alone on its line, its name lost: a chapter is numbered once, so the contents
    ends there and none of its entries is a heading."""
    body = ("第一章", f"本预案所称地质灾害，{BODY}", "第二章", f"地质灾害按危害程度分为四级，{BODY}")
    doc = _text("某县突发性地质灾害应急预案", *_graded_contents(), *body)
    assert [row[:2] for row in flat_outline(doc.sections)] == [[1, "第一章"], [1, "第二章"]]
    assert "2.2大型地质灾害险情和灾情灾情分级（二级）" in _preface(doc).split("\n")


def test_the_next_decimal_section_is_never_a_wrapped_lines_rest() -> None:
    """1.1某某（一级） ‖ 1.2某某 in a contents whose lines are of like width (ho101/21, session 50):
    a sibling, a first child or the next branch opens a line of its own, though the lines look
    hard-wrapped."""
    lines = [line for entry in _graded_contents() for line in (entry, "")]
    assert [line for line in join_wrapped_lines(lines)[0] if line] == _graded_contents()


def test_a_figure_after_a_wrapped_line_is_no_section_number() -> None:
    from audiojiedu.ingest.wrap import _next_decimal

    assert _next_decimal("1.1特大型地质灾害险情（一级）", "1.2大型地质灾害险情（二级）")
    assert _next_decimal("1.4小型地质灾害", "2.1特大型") and _next_decimal("1.1定义", "1.1.1术语")
    assert _next_decimal("4.1.3某某", "4.2某某") and not _next_decimal("1.1定义", "1.3某某")
    assert not _next_decimal("1.5万人次，比上年增长", "1.6万元，比上年增长")  # figures of a sentence
