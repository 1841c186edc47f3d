"""Headings of unseen documents (issue 17, the third development set): decimal section numbers
of 应急预案 (1总则 / 1.1编制目的), headings after a table of contents that lists them, a run-in
heading with a heading-ending word inside it, a rules clause defining a term, a heading wrapped
over two lines. All examples are made up in the manner of county documents."""

from __future__ import annotations

import re

from helpers import flat_outline, spoken_text

from audiojiedu.ingest import read_text
from audiojiedu.ingest.wrap import _paged_contents, join_wrapped_lines
from audiojiedu.model import Document, Paragraph, RawDocument
from audiojiedu.outline import parse_outline
from audiojiedu.release_script import spoken_heading_source

BODY = "各有关单位要按照职责分工，加强协调配合，确保各项工作落到实处。"


def _text(*lines: str) -> Document:
    return parse_outline(read_text("\n".join(lines)))


def _spoken(doc: Document) -> str:
    return spoken_text(doc)


# -- 1. decimal section numbers ------------------------------------------------------------------

PLAN = (
    "某县森林火灾应急预案",
    "1总则",
    "1.1编制目的",
    f"为有效应对森林火灾，{BODY}",
    "1.2 编制依据",
    f"依据有关法律法规，{BODY}",
    "1.2.1 法律",
    f"本预案依据有关法律制定，{BODY}",
    "2 组织指挥体系",
    "2.1指挥部",
    f"县政府设立森林防火指挥部，{BODY}",
    "3 预警",
    "3.1Ⅰ级预警",
    f"发生特别重大森林火灾时，{BODY}",
)


def test_decimal_section_numbers_make_levels_by_their_parts() -> None:
    doc = _text(*PLAN)
    assert flat_outline(doc.sections) == [
        [1, "1", "总则"],
        [2, "1.1", "编制目的"],
        [2, "1.2", "编制依据"],
        [3, "1.2.1", "法律"],
        [1, "2", "组织指挥体系"],
        [2, "2.1", "指挥部"],
        [1, "3", "预警"],
        [2, "3.1", "Ⅰ级预警"],
    ]
    assert _spoken(doc) == re.sub(r"\s", "", "".join(PLAN[1:]))


def test_decimal_sections_under_chinese_numeral_parts_nest_under_them() -> None:
    doc = _text(
        "某镇突发事件总体应急预案",
        "一. 总则",
        "1.1  编制目的",
        f"为理顺应急管理体制机制，提高应对突发事件的能力。{BODY}",
        "1.2编制依据",
        f"依据《国家突发公共事件总体应急预案》等有关规定。{BODY}",
        "1.3分类分级",
        f"本预案所称突发事件，是指突然发生的自然灾害、事故灾难等。{BODY}",
        "二. 组织指挥体系",
        "2.1镇应急委员会",
        f"镇应急委员会是全镇突发事件应急管理工作的领导机构。{BODY}",
        "2.2办事机构",
        f"镇应急办是镇应急委员会的办事机构。{BODY}",
    )
    assert flat_outline(doc.sections) == [
        [1, "一", "总则"],
        [2, "1.1", "编制目的"],
        [2, "1.2", "编制依据"],
        [2, "1.3", "分类分级"],
        [1, "二", "组织指挥体系"],
        [2, "2.1", "镇应急委员会"],
        [2, "2.2", "办事机构"],
    ]


def test_decimal_numbers_that_are_amounts_or_out_of_order_are_no_headings() -> None:
    doc = _text(
        "某镇项目资金使用情况",
        "1总体情况",
        "全年安排资金如下表。",
        "3.5 万元",
        "2.5亿元用于道路建设。",
        "1.1资金来源",
        f"资金来自县级财政，{BODY}",
        "4.2 其他事项",
        f"其他事项另行通知，{BODY}",
    )
    assert flat_outline(doc.sections) == [[1, "1", "总体情况"], [2, "1.1", "资金来源"]]
    assert "3.5万元" in _spoken(doc) and "4.2其他事项" in _spoken(doc)
    # In order, an amount's unit still says what it is: 1.2万元 after 1.1 opens no section.
    doc = _text("某县资金安排", "1 总体情况", "1.1资金来源", f"资金来自县级财政，{BODY}", "1.2万元用于道路建设", f"其余资金另行安排，{BODY}")
    assert flat_outline(doc.sections) == [[1, "1", "总体情况"], [2, "1.1", "资金来源"]]


def test_lines_numbered_1_2_without_a_nested_number_are_no_decimal_headings() -> None:
    doc = _text("某县各乡镇名单", "1 城关镇", "2 河西镇", "3 东山乡", f"以上乡镇，{BODY}")
    assert doc.sections == ()


def test_arabic_list_markers_keep_their_own_style() -> None:
    doc = _text("某县工作要点", "1. 加强组织领导", f"{BODY}", "2. 强化督促检查", f"{BODY}", "2.1 细化分工", BODY)
    assert [row[1] for row in flat_outline(doc.sections)] == ["1", "2"]


def test_decimal_section_numbers_inside_a_flattened_page_make_levels() -> None:
    # A page flattened to one paragraph: the parts are set apart by spaces, the top level written 1.
    text = " ".join(
        [
            "各村、各站所：现将预案印发给你们。",
            "1.总则",
            "1.1编制目的",
            f"为有效应对各类突发事件，{BODY}",
            "1.2工作原则",
            f"（1）统一领导，分级负责。{BODY}",
            "2.组织体系",
            "2.1领导机构",
            f"镇政府设立应急委员会，{BODY}",
            "2.2 办事机构",
            f"应急办设在党政办，{BODY}",
        ]
    )
    doc = _text(text)
    assert flat_outline(doc.sections) == [
        [1, "1", "总则"],
        [2, "1.1", "编制目的"],
        [2, "1.2", "工作原则"],
        [3, "（1）", "统一领导，分级负责。"],
        [1, "2", "组织体系"],
        [2, "2.1", "领导机构"],
        [2, "2.2", "办事机构"],
    ]
    assert _spoken(doc) == re.sub(r"\s", "", text)


def test_a_lone_or_unparented_decimal_number_in_a_flattened_page_stays_text() -> None:
    lone = " ".join(["现将要点印发。", "1.加强组织领导", BODY, "2.强化督促检查", BODY, "2.1 细化分工", BODY])
    assert [row[1] for row in flat_outline(_text(lone).sections)] == ["1", "2"]
    orphan = " ".join(["现将要点印发。", "1.加强组织领导", BODY, "3.1 细化分工", BODY, "3.2 压实责任", BODY])
    assert [row[1] for row in flat_outline(_text(orphan).sections)] == ["1"]
    amount = " ".join(["现将要点印发。", "1.资金安排", BODY, "1.1 万元用于培训", BODY, "1.2 万元用于宣传", BODY])
    assert [row[1] for row in flat_outline(_text(amount).sections)] == ["1"]


def test_a_bare_top_number_inside_a_flattened_page_opens_its_decimal_sections() -> None:
    # 1 总 则 1.1 编制目的 …: the top number without its dot, a letter-spaced title, set apart by
    # spaces, its n.1 right after it; 2 follows 1 the same way.
    text = " ".join(
        [
            "联系电话：1234567，邮箱：abc@163.com",
            "1 总 则",
            "1.1 编制目的",
            f"为做好防汛工作，{BODY}",
            "1.2 编制依据",
            f"依据有关法律法规，{BODY}",
            "2 组织体系",
            "2.1 指挥机构",
            f"县政府设立指挥部，{BODY}",
            "2.2 办事机构",
            f"办公室设在水利局，{BODY}",
        ]
    )
    doc = _text(text)
    assert flat_outline(doc.sections) == [
        [1, "1", "总则"],
        [2, "1.1", "编制目的"],
        [2, "1.2", "编制依据"],
        [1, "2", "组织体系"],
        [2, "2.1", "指挥机构"],
        [2, "2.2", "办事机构"],
    ]
    assert _spoken(doc) == re.sub(r"\s", "", text)


def test_a_bare_number_in_a_flattened_page_without_its_subsections_stays_text() -> None:
    # No n.2 after it, an amount, a number that does not follow the one open: text.
    lone = " ".join(["现将预案印发。", "1 总则", "1.1 编制目的", BODY])
    assert flat_outline(_text(lone).sections) == []
    amount = " ".join(["现将预算印发。", "全年安排 3 万元 3.1 万元用于培训", BODY, "3.2 万元用于宣传", BODY])
    assert flat_outline(_text(amount).sections) == []
    skipped = " ".join(["现将预案印发。", "3 应急响应", "3.1 先期处置", BODY, "3.2 分级响应", BODY])
    assert flat_outline(_text(skipped).sections) == []


def test_decimal_headings_are_read_as_section_numbers() -> None:
    from audiojiedu.release_script import spoken_heading_source

    doc = _text(*PLAN)
    section = doc.sections[1]
    assert spoken_heading_source(section.number, section.title, section.heading) == "2、组织指挥体系"
    child = doc.sections[0].sections[0]
    assert spoken_heading_source(child.number, child.title, child.heading) == "1.1、编制目的"


# -- 2. a table of contents before the headings --------------------------------------------------


def test_headings_after_a_table_of_contents_are_found_and_the_contents_stay_text() -> None:
    contents = ("目  录", "1  总则", "1.1编制目的", "1.2适用范围", "2 组织体系", "2.1领导机构", "3 附则")
    body = ("1  总则", "1.1编制目的", f"为规范突发事件应对工作，{BODY}", "1.2适用范围", f"本预案适用于全县，{BODY}")
    doc = _text("某县突发事件应急预案", f"现将预案印发给你们，{BODY}", *contents, *body)
    assert flat_outline(doc.sections) == [[1, "1", "总则"], [2, "1.1", "编制目的"], [2, "1.2", "适用范围"]]
    assert "2.1领导机构" in "".join(p for p in doc.preface if isinstance(p, str))


def test_a_table_of_contents_alone_shows_the_numbering_of_a_lone_first_heading() -> None:
    doc = _text("某县应急预案", f"现将预案印发给你们，{BODY}", "目录", "1 总则", "1.1 目的", "1.2 依据", "2 职责", "1 总则", f"为做好应急工作，{BODY}")
    assert flat_outline(doc.sections) == [[1, "1", "总则"]]


# -- 4. a heading-ending word inside a run-in heading --------------------------------------------


def test_a_run_in_heading_is_not_cut_at_an_end_word_inside_its_title() -> None:
    doc = _text(
        "某市关于完善联动机制的意见",
        "一、重点任务",
        f"（一）健全重大事项会商机制。各级政府在作出重大决策前，{BODY}",
        f"（二）完善风险情况通报制度。各部门发现风险隐患后，{BODY}",
    )
    assert flat_outline(doc.sections) == [
        [1, "一", "重点任务"],
        [2, "（一）", "健全重大事项会商机制。"],
        [2, "（二）", "完善风险情况通报制度。"],
    ]


def test_an_end_word_before_a_long_or_figured_body_still_ends_the_title() -> None:
    doc = _text(
        "某局信息公开年度报告",
        "一、总体情况",
        "（一）主动公开情况本年度共主动公开政府信息120条。",
        "（二）依申请公开方面收到和办理群众提出的政府信息公开申请。",
    )
    assert [row[2] for row in flat_outline(doc.sections)] == ["总体情况", "主动公开情况", "依申请公开方面"]


# -- 5. a rules clause defining a term -----------------------------------------------------------


def test_a_numbered_clause_that_defines_a_term_is_text() -> None:
    clause = "一、某县政务公开工作领导小组（以下简称“领导小组”）在县委、县政府领导下，统筹全县政务公开工作。"
    doc = _text("某县政务公开工作领导小组工作规则", clause, "二、领导小组办公室设在县政府办公室，负责日常工作。")
    assert doc.sections == ()
    assert _spoken(doc).endswith("负责日常工作。")


def test_a_heading_ending_with_a_short_name_stays_a_heading() -> None:
    doc = _text("某县实施方案", "一、实施清洁能源工程（简称“清能工程”）", BODY, "二、保障措施", BODY)
    assert flat_outline(doc.sections) == [[1, "一", "实施清洁能源工程（简称“清能工程”）"], [1, "二", "保障措施"]]


# -- 6. a heading wrapped over two lines ---------------------------------------------------------


def test_a_heading_cut_after_a_modifier_is_joined_with_the_rest_of_its_title() -> None:
    lines = ["一、2023年和“十四五”", "", "主要工作", "", "2023年是全面贯彻落实党的二十大精神的开局之年。"]
    joined, _ = join_wrapped_lines(lines)
    assert next(line for line in joined if line.strip()) == "一、2023年和“十四五”主要工作"
    joined, _ = join_wrapped_lines(["二、2024年", "重点任务", BODY])
    assert joined[0] == "二、2024年重点任务"


def test_a_part_title_of_clauses_cut_before_a_quoted_name_is_joined_with_its_rest() -> None:
    # The last clause's rest holds a quoted name (“…”): still the title's rest, over a chapter.
    lines = ["第一篇 巩固拓展脱贫攻坚成果，开启现代化", "“美丽某县”建设新征程", "第一章 发展基础", BODY]
    joined, _ = join_wrapped_lines(lines)
    assert joined[0] == "第一篇 巩固拓展脱贫攻坚成果，开启现代化“美丽某县”建设新征程"
    # Not a short line that a further short line follows (a list's items), nor a sentence.
    listed = ["第一篇 巩固拓展脱贫攻坚成果，开启现代化", "“美丽某县”建设", "“平安某县”建设", BODY]
    assert join_wrapped_lines(listed)[0] == listed
    sentence = ["第一篇 巩固拓展脱贫攻坚成果，开启现代化", "“美丽某县”建设成效明显。", BODY]
    assert join_wrapped_lines(sentence)[0] == sentence
    # A part's title set large wraps early: two short clauses are long enough.
    short = ["第一篇 全面提高发展质量，开启现代化", "建设新征程", "第一章 规划背景", BODY]
    assert join_wrapped_lines(short)[0][0] == "第一篇 全面提高发展质量，开启现代化建设新征程"


def test_paged_contents_entries_and_the_part_they_name_are_lines_of_their_own() -> None:
    # Hard-wrapped text (every body line fills the width): a collection's 目录 numbered and paged
    # without a leader, then the first piece's title over its text. None of them runs on.
    body = [
        "今年以来，某区在区委区政府的坚强领导下，坚决贯彻落实上级决策部署，紧紧围",
        "绕高质量发展主题，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工",
        "作，全区经济社会发展保持稳中有进、进中向好的良好态势，主要指标完成较好。",
        "全年完成地区生产总值一百二十亿元，同比增长百分之六点五，增速居全市前列，",
        "规模以上工业增加值增长百分之八，固定资产投资增长百分之十，社会消费品零售",
        "总额增长百分之七，一般公共预算收入增长百分之五，城乡居民收入稳步增长。",
    ]
    contents = [
        "1.某区2022年工作总结和2023年工作计划 3",
        "2.某局2022年工作总结与2023年工作打算 13",
        "3.某街道2022年工作总结及2023年工作计划 19",
        "10某镇2022年平安建设工作总结及2023年计划 71",
    ]
    lines = ["2022年工作总结及2023年工作计划汇编", "目录", *contents, "某区2022年工作总结和2023年工作计划", *body]
    joined, _ = join_wrapped_lines(lines)
    assert joined[2:7] == [*contents, "某区2022年工作总结和2023年工作计划"]
    assert joined[7].startswith("今年以来") and joined[7].endswith("完成较好。")  # the body still joined
    # Not numbered lines that end on a figure now and then: fewer than three in a row are no contents.
    assert _paged_contents([*contents[:2], *body]) == (frozenset(), frozenset())
    assert "某区2022年工作总结和2023年工作计划" in _paged_contents(contents)[1]


def test_a_complete_heading_over_a_short_line_is_not_joined() -> None:
    for lines in (["一、工作回顾", "主要成效", BODY], ["一、2023年工作回顾", BODY], ["一、2023年和“十四五”", "过去一年，我们坚持稳中求进。"]):
        joined, _ = join_wrapped_lines(lines)
        assert joined == lines


# -- 3. a site menu printed as numbered lists ----------------------------------------------------

MENU = (
    "1. 政策文件库",
    "1. 文件目录",
    "2. 县政府文件",
    "3. 县政府办公室文件",
    "1. 部门文件",
    "2. 乡镇文件",
    "1. 发展规划",
    "2. 专项规划",
)


def test_a_numbered_site_menu_before_the_document_is_no_outline() -> None:
    lines = (
        *MENU,
        "某县农业农村局关于印发某某项目管理细则的通知",
        "各乡镇农业站：",
        f"现将细则印发给你们，{BODY}",
        "第一章 总则",
        f"第一条 为规范项目管理，{BODY}",
    )
    # As the outline gets it when no page reader took the menu off (a DOCX, a reader's list).
    raw = RawDocument(title="某某项目管理细则", metadata={}, paragraphs=tuple(Paragraph(line) for line in lines))
    doc = parse_outline(raw)
    assert flat_outline(doc.sections) == [[1, "第一章", "总则"], [2, "第一条", ""]]
    assert any(f.kind == "chrome-kept" and f.text == "1. 政策文件库" for f in doc.findings)
    assert "2.乡镇文件" in _spoken(doc)  # kept: the outline drops nothing
    # A page: the page reader may take the menu off as chrome; either way it makes no outline.
    assert flat_outline(_text("信息公开", *lines).sections) == [[1, "第一章", "总则"], [2, "第一条", ""]]


def test_headings_in_order_or_a_menu_after_the_body_began_stay_headings() -> None:
    headings = ("1. 总体要求", "2. 主要任务", "3. 保障措施", "4. 组织实施", "5. 监督考核", "6. 附则")
    doc = _text("某县实施方案", *headings, f"以上各项，{BODY}")
    assert [row[2] for row in flat_outline(doc.sections)] == [h[3:] for h in headings]
    later = _text("某县实施方案", f"为推进工作，{BODY}", *MENU, f"以上各项，{BODY}")
    assert not any(f.kind == "chrome-kept" for f in later.findings)


# -- 8. catalogues, contents with no body, bracketed article titles (fourth development set) -----


def test_a_numbered_catalogue_with_no_text_under_any_item_is_read_as_text() -> None:
    # A 公开指南 lists the categories of its catalogue: names, nothing under them. As chapters
    # they would be empty; they are a list.
    doc = _text(
        "某区政府信息公开指南",
        "一、主动公开的政府信息",
        "1、领导之窗",
        "2、政府机构",
        "（1）领导分工",
        "（2）组成部门",
        "3、政策文件",
        "4、发展规划",
        "（二）公开方式",
        f"通过政府网站公开，{BODY}",
    )
    rows = [(depth, number) for depth, number, _ in flat_outline(doc.sections)]
    assert (2, "1") not in rows and (3, "（1）") not in rows
    assert rows[0] == (1, "一")
    assert "1、领导之窗2、政府机构（1）领导分工" in _spoken(doc)


def test_a_list_of_names_whose_last_entry_the_closing_text_follows_is_read_as_text() -> None:
    # A 表彰 notice lists the honoured groups, then goes on (希望…). The last name is followed by
    # that text, so the run is not "bare" throughout; as chapters the names before it would be
    # empty, and the closing sentence would be read as one group's text.
    names = ("1.区青年志愿者协会", "2.城关街道巾帼志愿服务队", "3.东城社区老年志愿服务队")
    doc = _text("关于表彰优秀志愿服务组织的通报", "一、优秀志愿服务组织", *names, "希望受表彰的集体珍惜荣誉，再接再厉。", "二、工作要求", BODY)
    assert flat_outline(doc.sections) == [[1, "一", "优秀志愿服务组织"], [1, "二", "工作要求"]]
    assert "3.东城社区老年志愿服务队希望受表彰的集体" in _spoken(doc).replace("\n", "")
    # A last entry whose text is a section's (longer than a list's closing words) keeps the run as headings.
    long = _text("某县工作方案", "一、重点工作", *names, BODY * 7, "二、工作要求", BODY)
    assert [row[1] for row in flat_outline(long.sections)] == ["一", "1", "2", "3", "二"]
    # So do a plan's standard section names, empty or not.
    plan = ("1.总体要求", "2.主要任务", "3.保障措施")
    kept = _text("某县工作方案", "一、工作安排", *plan, "各单位要抓好落实。", "二、工作要求", BODY)
    assert [row[1] for row in flat_outline(kept.sections)] == ["一", "1", "2", "3", "二"]


def test_empty_sections_before_one_with_text_stay_headings() -> None:
    lines = ("某县工作方案", "一、总体要求", "二、主要任务", "三、保障措施", "四、工作要求", f"各单位要抓好落实，{BODY}")
    assert [row[1] for row in flat_outline(_text(*lines).sections)] == ["一", "二", "三", "四"]


def test_a_contents_that_runs_to_the_end_has_no_headings_but_one_with_sentences_does() -> None:
    contents = _text(
        "某县突发事件总体应急预案", f"现将预案印发给你们，{BODY}", "目录", "1 总则", "1.1 编制目的", "1.2 编制依据", "2 组织体系", "2.1 领导机构"
    )
    assert contents.sections == ()
    assert "1.1编制目的" in _spoken(contents)
    body = _text("某县工作方案", "目录", "一、总体要求", "坚持统筹推进。", "二、主要任务", "抓好项目建设。", "三、保障措施", "加强组织领导。")
    assert [row[2] for row in flat_outline(body.sections)] == ["总体要求", "主要任务", "保障措施"]


def test_an_article_title_in_round_brackets_and_a_chapter_whose_title_was_lost() -> None:
    doc = _text(
        "某市社会信用条例（草案）",
        "第一章",
        "第一条（立法目的）为了规范社会信用管理，制定本条例。",
        "第二条（适用范围）本市行政区域内的社会信用管理，适用本条例。",
        "第三条（一）项所列情形除外，其他依照本条例执行。",
    )
    assert flat_outline(doc.sections)[:3] == [[1, "第一章", ""], [2, "第一条", "立法目的"], [2, "第二条", "适用范围"]]
    joined, _ = join_wrapped_lines(["第一章", "第二章 社会信用信息归集", "第三章"])
    assert joined == ["第一章", "第二章 社会信用信息归集", "第三章"]


def test_a_heading_ending_word_inside_a_heading_line_of_its_own_does_not_cut_it() -> None:
    # 方面 and 情况 end many headings, so a glued body is cut after them; on a line of its own a
    # heading may go on after such a word to its end.
    doc = _text("某乡政府工作报告", "一、经济发展方面成效明显", f"全乡经济平稳增长，{BODY}", "二、社会事业情况稳中向好", f"教育医疗持续改善，{BODY}")
    assert [row[2] for row in flat_outline(doc.sections)] == ["经济发展方面成效明显", "社会事业情况稳中向好"]
    glued = _text("某乡政府工作报告", f"一、总体情况全乡共有耕地三万亩，{BODY}")
    assert [row[2] for row in flat_outline(glued.sections)] == ["总体情况"]


# -- 9. decimal sections under 1. and run-in decimal headings (seventh development set) ----------


def test_decimal_sections_under_a_top_number_written_in_the_list_style() -> None:
    # 1. 总则 keeps its arabic style; two decimal sections under it show the numbering.
    lines = (
        "某镇突发事件总体应急预案",
        "1. 总则",
        "1.1 编制目的",
        f"为提高应对突发事件的能力，{BODY}",
        "1.2 编制依据",
        f"依据有关法律法规，{BODY}",
        "2. 组织体系",
        "2.1 领导机构",
        f"镇政府设立应急委员会，{BODY}",
        "2.2 办事机构",
        f"应急办设在党政办，{BODY}",
    )
    doc = _text(*lines)
    assert flat_outline(doc.sections) == [
        [1, "1", "总则"],
        [2, "1.1", "编制目的"],
        [2, "1.2", "编制依据"],
        [1, "2", "组织体系"],
        [2, "2.1", "领导机构"],
        [2, "2.2", "办事机构"],
    ]
    assert _spoken(doc) == re.sub(r"\s", "", "".join(lines[1:]))


def test_a_lone_decimal_line_under_a_list_style_number_stays_text() -> None:
    doc = _text("某县工作要点", "1. 加强组织领导", BODY, "1.1 细化分工", BODY, "2. 强化督促检查", BODY)
    assert [row[1] for row in flat_outline(doc.sections)] == ["1", "2"]
    assert "1.1细化分工" in _spoken(doc)


def test_run_in_decimal_headings_on_separate_lines_are_headings() -> None:
    # A PDF copy: each heading runs into its first sentence; 1.1 shares the line with 1、总则.
    lines = (
        "某县防汛应急预案",
        f"1、总则 1.1 编制目的 为做好防汛工作，{BODY}",
        f"1.2 编制依据 依据有关法律法规，{BODY}",
        f"1.3 适用范围 本预案适用于全县，{BODY}",
        f"2、组织体系 2.1 指挥机构 县政府设立指挥部，{BODY}",
        f"2.2 办事机构 办公室设在水利局，{BODY}",
    )
    doc = _text(*lines)
    assert flat_outline(doc.sections) == [
        [1, "1", "总则"],
        [2, "1.1", "编制目的"],
        [2, "1.2", "编制依据"],
        [2, "1.3", "适用范围"],
        [1, "2", "组织体系"],
        [2, "2.1", "指挥机构"],
        [2, "2.2", "办事机构"],
    ]
    assert _spoken(doc) == re.sub(r"\s", "", "".join(lines[1:]))


def test_a_run_in_decimal_number_without_its_sibling_stays_text() -> None:
    # No 1.2 anywhere after it: 1.1 is no evidence of decimal numbering.
    lone = _text("某县防汛应急预案", f"1、总则 1.1 编制目的 为做好防汛工作，{BODY}", f"2、组织体系 县政府设立指挥部，{BODY}")
    assert [row[1] for row in flat_outline(lone.sections)] == ["1", "2"]
    # 1.2 earlier than 1.1 does not count.
    before = _text("某县防汛应急预案", f"1.2 编制依据 依据有关法律法规，{BODY}", f"1、总则 1.1 编制目的 为做好防汛工作，{BODY}")
    assert [row[1] for row in flat_outline(before.sections)] == ["1"]


# -- 10. a word cut by a break between two paragraphs (seventh development set) ------------------


def test_a_word_cut_by_a_break_is_joined_across_a_blank_line() -> None:
    lines = ["1.4.1 坚持以新时代中国特色社会主义思想为指", "", "导，坚持防汛与抗旱并举，不断提高现代化水平。"]
    joined, _ = join_wrapped_lines(lines)
    assert joined == ["1.4.1 坚持以新时代中国特色社会主义思想为指导，坚持防汛与抗旱并举，不断提高现代化水平。"]
    joined, _ = join_wrapped_lines(["其他各专业分包单位对相应的分包内容进行施", "工。"])
    assert joined == ["其他各专业分包单位对相应的分包内容进行施工。"]


def test_a_line_opening_with_one_character_and_a_mark_is_not_always_a_tail() -> None:
    for lines in (
        ["全县各单位要按照职责分工抓好落实。", "", "类，款，项。"],  # the line before ends a sentence
        ["二、工作原则", "一，坚持统一领导，分级负责。"],  # a list marker typed with a comma
        ["某县防汛预案", "导，坚持防汛与抗旱并举。"],  # a short line: a title, not a cut sentence
    ):
        joined, _ = join_wrapped_lines(lines)
        assert joined == lines


# -- 11. a chapter numeral set apart by a space (seventh development set) ------------------------


def test_chapter_numerals_followed_by_a_space_make_the_top_level() -> None:
    lines = (
        "某区乡镇调研报告",
        "一 调研背景",
        "（一）调研目的",
        f"为摸清乡镇发展底数，{BODY}",
        "（二）调研方法",
        f"本次调研采用座谈和走访的方法，{BODY}",
        "二 基本情况",
        "（一）人口情况",
        f"全区农业人口占比较大，{BODY}",
    )
    doc = _text(*lines)
    assert flat_outline(doc.sections) == [
        [1, "一", "调研背景"],
        [2, "（一）", "调研目的"],
        [2, "（二）", "调研方法"],
        [1, "二", "基本情况"],
        [2, "（一）", "人口情况"],
    ]
    assert _spoken(doc) == re.sub(r"\s", "", "".join(lines[1:]))


def test_a_numeral_and_a_space_out_of_order_or_alone_is_no_heading() -> None:
    alone = _text("某区调研报告", "一 调研背景", f"为摸清乡镇发展底数，{BODY}", "（一）调研目的", BODY)
    assert [row[1] for row in flat_outline(alone.sections)] == ["（一）"]
    skipped = _text("某区调研报告", "二 调研背景", BODY, "三 基本情况", BODY)
    assert skipped.sections == ()
    sentence = _text("某区调研报告", "一 全年完成投资十亿元。", BODY, "二 新增就业一千人。", BODY)
    assert sentence.sections == ()


# -- 12. a part named by what it is (seventh development set) ------------------------------------


def test_a_preface_and_a_closing_part_stand_beside_the_chapters() -> None:
    lines = (
        "某县国民经济和社会发展第十四个五年规划纲要",
        "前 言",
        f"“十四五”时期是某县发展的关键时期，{BODY}",
        "第一章 发展基础",
        "一、主要成就",
        f"过去五年，全县经济持续增长，{BODY}",
        "第二章 发展目标",
        f"到2025年，{BODY}",
        "结语",
        f"让我们团结一心，{BODY}",
    )
    doc = _text(*lines)
    assert flat_outline(doc.sections) == [
        [1, "", "前言"],
        [1, "第一章", "发展基础"],
        [2, "一", "主要成就"],
        [1, "第二章", "发展目标"],
        [1, "", "结语"],
    ]
    assert any(f.kind == "heading-guessed" and f.text == "前言" for f in doc.findings)
    assert _spoken(doc) == re.sub(r"\s", "", "".join(lines[1:]))


def test_a_part_name_in_contents_or_over_a_heading_is_no_part() -> None:
    contents = _text("某县规划纲要", "目录", "前言", "结语", "第一章 发展基础", f"过去五年，{BODY}")
    assert flat_outline(contents.sections) == [[1, "第一章", "发展基础"]]
    over = _text("某县规划纲要", "前言", "第一章 发展基础", f"过去五年，{BODY}")
    assert flat_outline(over.sections) == [[1, "第一章", "发展基础"]]


def test_a_part_name_over_prose_cut_off_before_its_full_stop_is_a_part() -> None:
    # The page's excerpt ends inside the preface's first sentence: a long run of clauses.
    cut = "“十四五”时期，是某市全面推进现代化建设的关键时期，也是加快产业转型、提升城市能级、改善民生福祉、推进乡村振兴的重要阶段"
    doc = _text("某市国民经济和社会发展第十四个五年规划纲要", "前 言", cut)
    assert flat_outline(doc.sections) == [[1, "", "前言"]]
    # Not over a short phrase without a full stop (a menu's next entry, a caption, a name).
    short = _text("某市国民经济和社会发展第十四个五年规划纲要", "前 言", "发展基础，主要目标，重点任务")
    assert short.sections == ()


def test_a_bracket_opened_where_a_heading_was_cut_is_no_part_of_its_title() -> None:
    # An excerpt that ends right after a heading and the bracket of the next number: 一、总则(
    doc = _text("某县防汛应急预案", f"现将预案印发给你们，{BODY}", "一、总则(")
    assert flat_outline(doc.sections) == [[1, "一", "总则"]]
    assert doc.sections[0].heading == "一、总则("  # kept as written
    flat = _text(f"某县防汛应急预案目录一、总则（一）编制目的 —12— 现将预案印发给你们。{BODY} 一、总则（")
    assert [row[2] for row in flat_outline(flat.sections)][-1:] == ["总则"]


# -- a chapter title in two parallel phrases set apart by a space --------------------------------


def test_a_chapter_title_of_two_phrases_set_apart_by_a_space_is_kept_whole() -> None:
    doc = _text("某县发展规划纲要", "第一章 夯实发展基础 筑牢高质量发展新根基", "第一节 主要成就", "“十三五”时期，全县经济平稳运行。")
    assert flat_outline(doc.sections)[:2] == [[1, "第一章", "夯实发展基础 筑牢高质量发展新根基"], [2, "第一节", "主要成就"]]
    assert _spoken(doc).count("筑牢高质量发展新根基") == 1


def test_a_body_after_a_space_is_still_cut_off_the_heading() -> None:
    # A sentence after the space (it has a mark), and a flattened page whose last run-in heading
    # is cut off by the page's end in the middle of its body: neither is a title's second phrase.
    doc = _text("某县工作总结", "一、基本情况 今年以来，全县经济平稳运行。", "二、主要措施 加强组织领导，" + BODY)
    assert [row[2] for row in flat_outline(doc.sections)] == ["基本情况", "主要措施"]
    flat = "某市统计公报 一、综合 全年全市地区生产总值增长3.7%。" + BODY + " 二、农业和农村经济 全年全市实现农林牧渔业总产"
    titles = [row[2] for row in flat_outline(_text(flat).sections)]
    assert "农业和农村经济 全年全市实现农林牧渔业总产" not in titles


# -- articles, sections and parts in traditional characters ---------------------------------------


def test_articles_and_chapters_in_traditional_characters_are_headings() -> None:
    doc = _text(
        "某市資金管理辦法",
        "第一章 總則",
        "第一條（制定依據）為規範資金管理，根據有關規定，制定本辦法。",
        "第二條 本辦法適用於本市。",
        "第二章 附則",
        "第三條 本辦法自發布之日起施行。依照第二條的規定辦理。",
    )
    assert flat_outline(doc.sections) == [
        [1, "第一章", "總則"],
        [2, "第一條", "制定依據"],
        [2, "第二條", ""],
        [1, "第二章", "附則"],
        [2, "第三條", ""],
    ]


def test_a_hard_wrapped_traditional_text_keeps_each_article_on_its_own_line() -> None:
    lines = [
        "第一條 為進一步規範和加強本市財政專項資金的管理，建立健全專項",
        "資金管理機制，提高資金使用效益，根據有關法律法規的規定，制定",
        "本辦法。本辦法所稱專項資金，是指本市財政預算安排的有專門用途",
        "的資金，包括各類補助資金和獎勵資金等，應當按照規定範圍使用的",
        "資金，不得擠佔挪用，任何單位和個人不得截留或者挪作他用的資金",
        "第二條 本辦法適用於本市各級財政部門和使用專項資金的預算單位。",
    ]
    joined, _ = join_wrapped_lines(lines)
    assert len(joined) == 2 and joined[1].startswith("第二條")


def test_a_short_line_under_a_part_heading_does_not_push_its_numbered_headings_down() -> None:
    # A bulletin's topic line (经济运行) under 一、综合 is no level of its own: were it one, the
    # part's own （一）（二） would fall to the third level, out of the outline listeners navigate.
    text = "\n".join(
        [
            "某县2024年国民经济和社会发展统计公报",
            "一、综合",
            "经济运行",
            "全年全县实现地区生产总值一百亿元，比上年增长百分之五点六，经济运行总体平稳。",
            "（一）农业生产",
            "全年粮食总产量稳定在较高水平，农业生产形势良好，农民收入持续增加。",
            "（二）工业生产",
            "全年规模以上工业增加值比上年增长百分之六，工业生产稳步回升。",
            "二、投资",
            "全年固定资产投资比上年增长百分之四，投资结构持续优化。",
        ]
    )
    rows = flat_outline(parse_outline(read_text(text)).sections)
    assert rows == [[1, "一", "综合"], [2, "（一）", "农业生产"], [2, "（二）", "工业生产"], [1, "二", "投资"]]


def test_an_interviews_long_question_over_its_answer_is_a_heading_whole() -> None:
    """1、某某改革后，…是否会统一规范？ over 答：… (or with the answer run on after it in the same
    paragraph): the question is the heading, all of it, however many clauses it holds; a
    checklist's questions, with no answer under them, stay items."""
    question = "某某改革后，地方纷纷出台方案，但各地所整合的证照数量和事项都不尽相同，十月一日以后是否会在国家层面进行统一规范和明确？"
    answer = "答：某某改革是通过在更深层次实现部门协同和信息共享，将有关涉企证照事项进一步整合到营业执照上。"
    for lines in ((f"1、{question}", answer, "2、企业如何办理？", "答：企业可以到窗口办理。"), (f"1、{question}\u3000\u3000{answer}",)):
        rows = flat_outline(_text("某局有关负责人就某某改革答记者问", *lines).sections)
        assert rows[0] == [1, "1", question], rows
    spoken = spoken_text(_text("某局有关负责人就某某改革答记者问", f"1、{question}", answer))
    assert question in spoken
    checklist = _text("某单位安全自查表", "1、是否建立安全生产责任制度，明确各岗位人员责任？", "2、是否定期开展隐患排查，及时整改发现的问题？", "3、是否按规定配备消防器材，并定期检查？")
    assert flat_outline(checklist.sections) == []


def test_bulleted_subheadings_inside_a_numbered_section_head_a_level_below_it() -> None:
    """一、总体情况 / its text / • 主动公开情况 / text / • 依申请公开情况 / text: a site's list style set
    the report's subheadings as bullets; inside the numbered section each heads a level below it,
    without the bullet. A bulleted list of items one under another stays text."""
    raw = read_text(
        "某某办公室2025年政府信息公开工作年度报告\n一、总体情况\n"
        "根据《中华人民共和国政府信息公开条例》规定，现将本办2025年政府信息公开工作情况报告如下。\n"
        "• 主动公开情况\n2025年全年，我办共通过门户网站及政务新媒体方式主动公开政府信息907条。\n"
        "• 依申请公开情况\n2025年我办未收到要求公开政府信息的申请，未发生行政复议和诉讼。\n"
        "二、存在的主要问题及改进情况\n政府信息公开的及时性还需进一步提高，我办将持续改进。\n"
    )
    doc = parse_outline(raw)
    assert [(s.number, s.title) for s in doc.sections[0].sections] == [("", "主动公开情况"), ("", "依申请公开情况")]
    listed = read_text(
        "某某办公室工作要点\n一、主要任务\n全年重点做好以下工作。\n• 办公场所\n• 办公设备\n• 办公经费\n"
        "二、保障措施\n加强组织领导，确保各项任务落到实处。\n"
    )
    assert parse_outline(listed).sections[0].sections == ()


# -- a number typed twice ------------------------------------------------------------------------


def test_a_number_typed_twice_opens_one_heading_and_is_read_once() -> None:
    doc = _text(
        "关于深化农村经济体制改革的意见",
        "近年来，我省农村改革不断深化，取得了明显成效。",
        "一、一、完善以家庭联产承包为主的责任制",
        f"家庭联产承包责任制是农村的基本经济制度。{BODY}",
        "二、加快发展乡镇企业",
        "（一）（一）支持乡镇企业发展",
        BODY,
        "（二）规范管理",
        BODY,
    )
    assert flat_outline(doc.sections) == [
        [1, "一", "完善以家庭联产承包为主的责任制"],
        [1, "二", "加快发展乡镇企业"],
        [2, "（一）", "支持乡镇企业发展"],
        [2, "（二）", "规范管理"],
    ]
    first, second = doc.sections[0], doc.sections[1].sections[0]
    assert spoken_heading_source(first.number, first.title, first.heading) == "一、完善以家庭联产承包为主的责任制"
    assert spoken_heading_source(second.number, second.title, second.heading) == "一、支持乡镇企业发展"
    assert any("一、一、" in warning for warning in doc.warnings)


# -- unnumbered points in two phrases --------------------------------------------------------------


def test_unnumbered_points_in_two_phrases_head_their_paragraphs() -> None:
    doc = _text(
        "2022年度基层党建专项述职报告",
        "抓好基层党建工作，方能夯实基层治理根基。下面，我围绕三个关键字进行汇报。",
        "共学共建，让基层组织“强”起来",
        f"认真履行基层党建“第一责任人”职责，围绕专项行动，切实提高党建工作水平。{BODY}",
        "共议共融，让基层思想“凝”起来",
        # the excerpt's end cuts the last paragraph off mid-sentence
        f"以党建为引领，凝众心、集众智、共治理，充分发挥基层党建的引领和服务功能。{BODY}一是乡贤引领，组建乡贤议事会，定期商议村内大小事务，现在以村干部为主，号召党员",
    )
    assert flat_outline(doc.sections) == [[1, "", "共学共建，让基层组织“强”起来"], [1, "", "共议共融，让基层思想“凝”起来"]]
    # The first phrase may be a longer aim (推进畜牧业高质量发展，产业结构持续优化; ho104/21, session 51).
    doc = _text(
        "某某这十年｜某某苏木篇",
        "党的十八大以来，在旗委、政府的正确领导下，某某苏木结合自身实际，推动各项事业取得新成效。",
        "夯实基层党建，引领基层发展",
        f"这十年，苏木着力发挥基层党组织在基层治理中的领导作用，创建最强党支部。{BODY}",
        "推进畜牧业高质量发展，产业结构持续优化",
        f"加快推进传统畜牧业向现代畜牧业转型升级，积极实施减羊增牛提质增效工程。{BODY}",
    )
    assert flat_outline(doc.sections) == [[1, "", "夯实基层党建，引领基层发展"], [1, "", "推进畜牧业高质量发展，产业结构持续优化"]]


def test_a_short_clause_line_under_a_wrapped_paragraph_is_no_point() -> None:
    doc = _text(
        "某村2022年度工作报告",
        "今年以来，全村上下齐心协力，各项工作取得新进展。",
        "全年完成投资，增长百分之十二",
        f"村集体经济收入稳步增长，群众获得感不断增强。{BODY}",
    )
    assert doc.sections == ()


def test_an_articles_abstract_is_a_part_of_its_own() -> None:
    """摘  要 over a paper or a speech an organ's site reprints: a part that says what it is."""
    lines = ("某某案例工作的发展历程和创新完善", "作者简介，某某研究室主任。", "摘  要", f"案例指导工作{BODY}", "一、案例指导工作的发展历程", f"二〇一〇年以来，{BODY}")
    doc = _text(*lines)
    assert flat_outline(doc.sections) == [[1, "", "摘要"], [1, "一", "案例指导工作的发展历程"]]


def test_an_issued_plans_title_broken_after_its_place_is_one_heading() -> None:
    """…请遵照执行。 / 某镇人民政府 / date / 重庆市某区某镇 ‖ 自然灾害救助应急预案 ‖ 一、总则: the issued plan's
    title broken after the place it opens with, its first heading under it, is one chapter's
    title, with no pause inside it; a site's line over a news headline over its date row is not."""
    doc = _text(
        "某镇人民政府关于印发某镇自然灾害救助应急预案的通知", "各村（社区）：",
        "现将《某镇自然灾害救助应急预案》印发给你们，请遵照执行。", "某镇人民政府", "2023年5月15日",
        "（此件公开发布）", "重庆市某区某镇", "自然灾害救助应急预案", "一、总则", BODY, "二、组织指挥体系", BODY,
    )
    assert flat_outline(doc.sections)[0] == [1, "", "重庆市某区某镇自然灾害救助应急预案"]
    news = read_text("郑州人大人大要闻正文\n代表团分组审议《政府工作报告》\n时间：2010/2/1 来源：某某网\n" + BODY)
    assert news.title == "代表团分组审议《政府工作报告》"


def test_a_heading_of_a_label_and_its_code_is_titled_by_the_label() -> None:
    """一、项目编号：LKZX2025-CG013 / 二、项目名称：某某采购项目: a result notice's numbered fields; the
    label is the heading's title and the code its text, as the name is (a code after a clause, 邮编：
    321017。, ends a sentence instead)."""
    doc = _text(
        "某某乡太阳能路灯采购项目中标（成交）结果公告",
        "一、项目编号：LKZX2025-CG013",
        "二、项目名称：某某乡太阳能路灯采购项目",
        "三、中标（成交）信息",
        "1.中标结果：",
        "序号\t供应商名称\t供应商地址\t中标（成交）金额",
        "1\t某某光电科技有限公司\t某某市某某工业集中区\t569800.00(元)",
        "四、主要标的信息",
        "货物类主要标的信息：",
        "序号\t标项名称\t标的名称\t数量",
        "1\t某某乡太阳能路灯采购\t太阳能路灯\t120套",
        "五、公告期限",
        "自本公告发布之日起1个工作日。",
    )
    assert [row[:3] for row in flat_outline(doc.sections)][:3] == [[1, "一", "项目编号"], [1, "二", "项目名称"], [1, "三", "中标（成交）信息"]]
    assert "LKZX" in _spoken(doc)


def test_a_flattened_procurement_notices_template_headings_are_cut_from_their_text() -> None:
    """A procurement notice flattened into one line: 三、获取采购文件时间：… 六、公告期限自本公告发布之日起…
    the national template's headings, glued to their text, are cut after their names."""
    doc = _text(
        "某某中心专项设备采购竞争性磋商公告",
        "一、项目基本情况项目编号：SH-SP2023-236项目名称：某某专项设备采购预算金额：3.08万元（人民币）。"
        "二、申请人的资格要求：满足《中华人民共和国政府采购法》第二十二条规定。"
        "三、获取采购文件时间：2023年07月04日至2023年07月11日，每天上午9:30至11:00。方式：现场获取。"
        "四、响应文件提交截止时间：2023年07月14日13点00分（北京时间）。"
        "五、开启时间：2023年07月14日13点00分（北京时间）。"
        "六、公告期限自本公告发布之日起3个工作日。"
        "七、其他补充事宜磋商文件的获取：报名资料如下：营业执照扫描件。",
    )
    titles = [row[2] for row in flat_outline(doc.sections)]
    assert titles[:4] == ["项目基本情况", "申请人的资格要求", "获取采购文件", "响应文件提交"]
    assert "公告期限" in titles and "其他补充事宜" in titles
