"""Heading systems, glued headings, levels and warnings (tests/fixtures/outline)."""

from __future__ import annotations

import json
from pathlib import Path

import helpers
import pytest
from helpers import EXAMPLE, flat_outline

from audiojiedu.ingest import read_document, read_text
from audiojiedu.model import Finding, Paragraph, RawDocument, Section
from audiojiedu.outline import outline_to_json, parse_outline

FIXTURES = helpers.FIXTURES / "outline"
SEED = EXAMPLE


def _flat(sections: tuple[Section, ...]) -> list[list[object]]:
    return flat_outline(sections)


def _find(sections: tuple[Section, ...], heading_start: str) -> Section:
    for section in sections:
        if section.heading.startswith(heading_start):
            return section
        try:
            return _find(section.sections, heading_start)
        except LookupError:
            pass
    raise LookupError(heading_start)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_fixture_outline(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    doc = parse_outline(read_document(path))
    assert doc.title == expected["title"]
    assert dict(doc.metadata) == expected["metadata"]
    assert list(doc.preface) == expected["preface"]
    assert _flat(doc.sections) == [list(row) for row in expected["sections"]]
    assert len(doc.warnings) == expected["warnings"]


def test_seed_outline_exactly() -> None:
    doc = parse_outline(read_document(SEED))
    assert "《2019年罗庄区政府信息公开工作年度报告》" in doc.title
    assert doc.title == "音频解读：《2019年罗庄区政府信息公开工作年度报告》"
    assert {k: doc.metadata[k] for k in ("索引号", "发布机构", "成文日期", "公开日期", "公开方式", "信息名称")} == {
        "索引号": "luozhuangqulz201/2020-0000160",
        "发布机构": "罗庄区政府办公室",
        "成文日期": "2020-02-05",
        "公开日期": "2020-02-05",
        "公开方式": "主动公开",
        "信息名称": "音频解读：《2019年罗庄区政府信息公开工作年度报告》",
    }
    assert _flat(doc.sections) == [
        [1, "一", "《年度报告》起草背景和要求"],
        [1, "二", "报告主要内容"],
        [2, "一", "总体情况"],
        [3, "（一）", "组织保障情况"],
        [3, "（二）", "政府信息管理及平台建设情况"],
        [3, "（三）", "重点领域信息公开情况"],
        [3, "（四）", "依申请公开方面"],
        [2, "二", "存在的主要问题及改进情况"],
        [3, "（一）", "对新《条例》新内容的准确把握需要进一步深入，政务公开队伍专业化水平需提升。"],
        [3, "（二）", "公开内容的深度仍需进一步加强，政策解读和公众参与的内容和形式需进一步细化丰富。"],
        [3, "（三）", "政务公开平台建设需持续推进，公开专栏规范化有待加强。"],
        [3, "（四）", "政务公开标准化规范化建设需进一步提速拓展，成果推广与应用仍需加强。"],
    ]
    # Headings are as written after cleaning: ASCII parentheses beside Chinese are full-width.
    organisation = _find(doc.sections, "（一）组织保障情况")
    assert organisation.heading == "（一）组织保障情况"
    assert organisation.paragraphs[0].startswith("一是加强组织领导")
    application = _find(doc.sections, "（四）依申请公开方面")
    assert application.paragraphs[0].startswith("收到和处理政府信息公开申请情况。")
    assert len(doc.preface) == 1 and doc.preface[0].startswith("罗庄人民政府办公室根据")
    everything = "".join([*doc.preface, *(s.heading + "".join(s.paragraphs) for s in _walk(doc.sections))])
    for chrome in ("无障碍浏览", "关闭窗口", "下载Word", "下载PDF", "索引号", "luozhuangqulz201"):
        assert chrome not in everything


def _walk(sections: tuple[Section, ...]) -> list[Section]:
    out: list[Section] = []
    for section in sections:
        out.append(section)
        out.extend(_walk(section.sections))
    return out


def test_outline_json_shape_and_number_normalisation() -> None:
    doc = parse_outline(read_text("一、总体情况\n(一)组织保障\n内容。\n（2）细项\n内容。\n"))
    data = outline_to_json(doc)
    assert set(data) == {"title", "metadata", "sections", "warnings", "findings"}
    assert data["sections"][0]["number"] == "一"
    child = data["sections"][0]["sections"][0]
    assert child == {"number": "（一）", "title": "组织保障", "sections": [{"number": "（2）", "title": "细项", "sections": []}]}
    assert any("没有从头开始" in w for w in data["warnings"])  # （2） without （1）


def test_enumerations_never_become_headings() -> None:
    doc = parse_outline(read_text("（一）加强领导一是成立小组。二是明确分工。三是定期调度。\n"))
    assert _flat(doc.sections) == [[1, "（一）", "加强领导"]]
    assert doc.sections[0].paragraphs == ("一是成立小组。二是明确分工。三是定期调度。",)


def test_glued_heading_ends_at_first_sentence_when_no_other_cue() -> None:
    doc = parse_outline(read_text("（一）稳定发展粮油生产。粮食产量稳定在1.4万亿斤左右。\n"))
    assert doc.sections[0].title == "稳定发展粮油生产。"
    assert doc.sections[0].paragraphs == ("粮食产量稳定在1.4万亿斤左右。",)


def test_heading_with_year_in_it_is_not_cut() -> None:
    doc = parse_outline(read_text("一、“十二五”时期和2015年工作回顾\n正文。\n"))
    assert doc.sections[0].title == "“十二五”时期和2015年工作回顾"


def test_year_adverbial_starts_the_body() -> None:
    doc = parse_outline(read_text("正文。\n四、2019年财政工作主要安排2019年，我们将围绕上述预算安排开展工作。\n"))
    assert doc.sections[0].title == "2019年财政工作主要安排"
    assert doc.sections[0].paragraphs[0].startswith("2019年，我们将")


def test_spaces_a_copy_put_inside_a_glued_title_do_not_end_it() -> None:
    # 一、2020 年和“ 十三五” 工作回顾 过去的一年，…: a space after an opening quote, or after a title
    # that stops on a modifier (和“十三五”), is inside the title; the space before the body ends it.
    doc = parse_outline(read_text("正文。\n一、2020 年和“ 十三五” 工作回顾 过去的一年，全市经济稳中向好。\n"))
    assert doc.sections[0].title.replace(" ", "") == "2020年和“十三五”工作回顾"
    assert doc.sections[0].paragraphs == ("过去的一年，全市经济稳中向好。",)
    # Must NOT touch: a whole title before the space still ends there.
    whole = parse_outline(read_text("正文。\n一、基本情况 今年以来，全市经济稳中向好。\n"))
    assert (whole.sections[0].title, whole.sections[0].paragraphs) == ("基本情况", ("今年以来，全市经济稳中向好。",))


def test_a_lists_count_in_brackets_ends_its_title_before_the_names_glued_on() -> None:
    """（一）先进单位（11个）某省经济贸易委员会某省交通运输厅…: a flattened list's heading ends with
    its count; the names are its text."""
    doc = parse_outline(read_text("正文。\n一、考核结果\n（一）完成目标先进单位（2个）某省经济贸易委员会、某省交通运输厅\n（二）达标单位（1个）某省公安厅\n"))
    assert [s.title for s in doc.sections[0].sections] == ["完成目标先进单位（2个）", "达标单位（1个）"]
    assert doc.sections[0].sections[0].paragraphs == ("某省经济贸易委员会、某省交通运输厅",)


def test_a_space_after_a_lists_pause_mark_is_inside_the_title() -> None:
    """四、行政处罚事前告知与当事人陈述、 申辩、听证情况: a copy's space after 、 leaves the list open."""
    doc = parse_outline(read_text("正文。\n四、事前告知与当事人陈述、 申辩、听证情况\n当事人未提出陈述申辩。\n五、处罚决定\n罚款。\n"))
    assert doc.sections[0].title.replace(" ", "") == "事前告知与当事人陈述、申辩、听证情况"
    assert doc.sections[0].paragraphs == ("当事人未提出陈述申辩。",)


def test_spaces_set_round_a_latin_word_or_a_spaced_figure_do_not_end_a_title() -> None:
    """积极推进 ICD-11 中文版全面使用: typesetters set Latin words and figures with their units
    apart by spaces; those spaces are inside the title, on its line over its text."""
    text = "现提出以下要求：\n1. 积极推进 ICD-11 中文版全面使用\n各级医疗机构要认真组织做好培训。\n2. 加大 ICD-11 中文版应用管理和监督指导力度\n各地要加强指导。\n"
    doc = parse_outline(read_text(text))
    assert [s.title for s in doc.sections] == ["积极推进 ICD-11 中文版全面使用", "加大 ICD-11 中文版应用管理和监督指导力度"]
    spaced = parse_outline(read_text("正文。\n一、设置病房 20 张以上的科室\n各医院要按标准设置。\n二、人员要求\n配齐人员。\n"))
    assert spaced.sections[0].title == "设置病房 20 张以上的科室"
    # Must NOT touch: a figure glued to its unit opens the body after a space (a flattened page),
    # and so does a year set apart (工作目标 2025 年，…).
    flat = parse_outline(read_text("正文。\n一、总体要求 2024年，全市经济稳中向好。\n"))
    assert flat.sections[0].title == "总体要求"
    year = parse_outline(read_text("正文。\n一、工作目标 2025 年，全市生产总值增长百分之五以上。\n二、重点任务 加快发展现代产业体系，推进科技创新。\n"))
    assert [s.title for s in year.sections] == ["工作目标", "重点任务"]
    # … and so does a Latin word glued to the Chinese after it (主要目标 GDP增长…).
    latin = parse_outline(read_text("正文。\n一、主要目标 GDP增长百分之六以上，城乡居民收入稳步增长。\n二、重点任务 加快发展现代产业体系，推进科技创新。\n"))
    assert [s.title for s in latin.sections] == ["主要目标", "重点任务"]


def test_a_heading_end_word_before_its_subjects_modal_verb_ends_no_title() -> None:
    """十、两市各级国家机关和有关方面应当加强…: 方面 closes the sentence's subject, not a title."""
    text = "正文。\n九、两市建立协作机制，协同开展执法检查、视察等活动。\n十、两市各级国家机关和有关方面应当加强宣传教育，增强全民环保意识。\n"
    assert parse_outline(read_text(text)).sections == ()
    # Must NOT touch: the end word over a body that opens otherwise.
    doc = parse_outline(read_text("正文。\n一、工作开展方面全年共办理事项120件。\n二、服务保障方面全年群众满意度达到百分之九十五，较上年明显提高。\n"))
    assert [s.title for s in doc.sections] == ["工作开展方面", "服务保障方面"]


def test_a_question_going_on_after_a_heading_end_word_is_the_title() -> None:
    """四、《通知》在提升申请质量方面有哪些主要考虑？一是…: the end word 方面 stands inside the
    question, which runs to its mark; the answer is the body."""
    answer = "我们将坚持质量导向，严格审查标准，加大对非正常申请的打击力度，推动知识产权事业高质量发展。" * 2
    text = (
        "某某局解读《关于深化某某改革的通知》\n一、《通知》制定的背景是什么？\n" + answer + "\n"
        f"二、《通知》在提升申请质量方面有哪些主要考虑？一是坚持质量导向。{answer}\n"
        f"三、《通知》在加强保护工作方面有哪些举措？一是加大执法力度。{answer}\n"
    )
    doc = parse_outline(read_text(text))
    assert [s.title for s in doc.sections][1:] == ["《通知》在提升申请质量方面有哪些主要考虑？", "《通知》在加强保护工作方面有哪些举措？"]
    assert doc.sections[1].paragraphs[0].startswith("一是坚持质量导向")


def test_a_question_in_two_parts_on_its_line_is_the_title_whole() -> None:
    """3.资格分是什么？排名分是什么？ over 答：…: both parts ask the one question its answer answers."""
    answer = "答：资格分是指按照指标体系计算所得的总分，排名分是指基础指标的分值，申请人按排名分排名。"
    text = f"某市积分制入户问答\n1.资格分是什么？排名分是什么？\n{answer}\n2.申报的起止时间是什么？\n{answer}\n"
    doc = parse_outline(read_text(text))
    assert [s.title for s in doc.sections] == ["资格分是什么？排名分是什么？", "申报的起止时间是什么？"]
    # Must NOT touch: a question glued to its answer ends at its mark.
    glued = parse_outline(read_text(f"某市积分制入户问答\n1.资格分是什么？{answer[2:]}\n2.申报的起止时间是什么？{answer[2:]}\n"))
    assert [s.title for s in glued.sections] == ["资格分是什么？", "申报的起止时间是什么？"]


def test_glyph_subheadings_and_titles_with_a_bracketed_note_of_their_item() -> None:
    """三、申报材料 / ◆基础材料（必要） / 1．申请表； … / ◆专项材料（根据具体事项提供） / （一）出海企业总部
    （事项1） / 1．证明材料；: the glyph lines head a level below 三 (their titles without the glyph),
    and an end word inside a bracket (（事项1）) ends no title."""
    text = "\n".join(
        [
            "某区出海服务平台专项资金申报指南",
            "一、申报对象",
            "在本区注册、具有独立法人资格的企业，上年度营业收入不低于五百万元，信用状况良好。",
            "二、申报材料",
            "◆基础材料（必要）",
            "1．专项资金申请表；",
            "2．企业营业执照复印件。",
            "◆专项材料（根据具体事项提供）",
            "（一）出海企业总部（事项1）",
            "1．出海总部相关证明材料；",
            "2．相关业务合同。",
            "（二）境外运营实体（事项2）",
            "1．境外企业证书；",
            "2．境外运营实体的财务报表。",
            "三、注意事项",
            "1．本专项资金提交材料时间为即日起至2026年6月30日。",
            "2．各申报事项起始日期为2026年1月1日。",
        ]
    )
    rows = flat_outline(parse_outline(read_text(text)).sections)
    assert [row for row in rows if row[0] <= 2] == [
        [1, "一", "申报对象"],
        [1, "二", "申报材料"],
        [2, "", "基础材料（必要）"],
        [2, "", "专项材料（根据具体事项提供）"],
        [1, "三", "注意事项"],
    ]
    assert [row[2] for row in rows if row[0] == 3][:2] == ["出海企业总部（事项1）", "境外运营实体（事项2）"]
    # Must NOT touch: glyph items one under another are a list's items, nothing under each.
    listed = text.replace("◆基础材料（必要）\n", "◆基础材料\n◆办公场所\n◆办公设备\n")
    titles = [row[2] for row in flat_outline(parse_outline(read_text(listed)).sections)]
    assert not {"基础材料", "办公场所", "办公设备"} & set(titles)


def test_a_repeated_year_starts_the_body() -> None:
    doc = parse_outline(read_text("正文。\n一、2030年工作安排2030年是“十五五”规划的收官之年，我们将继续努力。\n"))
    assert (doc.sections[0].title, doc.sections[0].paragraphs) == ("2030年工作安排", ("2030年是“十五五”规划的收官之年，我们将继续努力。",))
    budget = parse_outline(read_text("正文。\n一、2025年“三公”经费预算情况说明2025年“三公”经费预算数为1.00万元。\n"))
    assert budget.sections[0].title == "2025年“三公”经费预算情况说明"
    # A year joined to the title by 及/和, or a line with no sentence after it, stays in the title.
    joined = parse_outline(read_text("正文。\n一、2024年工作总结及2025年工作安排\n正文。\n二、2025年重点工作与2025年目标\n正文。\n"))
    assert [s.title for s in joined.sections] == ["2024年工作总结及2025年工作安排", "2025年重点工作与2025年目标"]
    bare = parse_outline(read_text("正文。\n一、2025年重点工作2025年目标任务\n正文。\n"))
    assert bare.sections[0].title == "2025年重点工作2025年目标任务"


def test_no_headings_means_no_sections() -> None:
    raw = RawDocument(title="通知", metadata={}, paragraphs=(Paragraph("第一段。"), Paragraph("第二段。")))
    doc = parse_outline(raw)
    assert doc.sections == () and doc.preface == ("第一段。", "第二段。") and doc.warnings == ()


def test_declared_heading_levels_without_numbers() -> None:
    raw = RawDocument(
        title="报告",
        metadata={},
        paragraphs=(
            Paragraph("概述", heading_level=1),
            Paragraph("正文一。"),
            Paragraph("细节", heading_level=2),
            Paragraph("正文二。"),
            Paragraph("附录", heading_level=1),
        ),
    )
    doc = parse_outline(raw)
    assert _flat(doc.sections) == [[1, "", "概述"], [2, "", "细节"], [1, "", "附录"]]
    assert doc.sections[0].paragraphs == ("正文一。",)


def test_table_paragraphs_are_never_headings() -> None:
    raw = RawDocument(
        title="报告",
        metadata={},
        paragraphs=(Paragraph("一、总体情况"), Paragraph("一、本年新收申请数量：自然人95。", kind="table")),
    )
    doc = parse_outline(raw)
    assert _flat(doc.sections) == [[1, "一", "总体情况"]]
    assert doc.sections[0].paragraphs == ("一、本年新收申请数量：自然人95。",)


def test_repeated_markers_do_not_nest_without_bound() -> None:
    text = "\n".join(["一、开头"] + ["（一）同一个编号\n内容。"] * 200)
    doc = parse_outline(read_text(text))
    assert _flat(doc.sections)[1][0] == 2 and all(row[0] == 2 for row in _flat(doc.sections)[1:])
    assert len(doc.warnings) <= 41 and doc.warnings[-1].startswith("另有")


def test_missing_title_falls_back_to_a_chinese_file_name() -> None:
    raw = read_text("一、总体情况\n全年工作平稳。\n", source="/tmp/年报.txt")
    assert parse_outline(raw).title == "年报"


def test_outline_carries_reader_findings_forward() -> None:
    finding = Finding("chrome-kept", "这一行像网页框架，但已保留", "打印本页")
    paragraphs = (Paragraph("一、总则"), Paragraph("正文。"))
    raw = RawDocument(title="题", metadata={}, paragraphs=paragraphs, findings=(finding,))
    assert parse_outline(raw).findings[0] == finding


_RULES_BODY = "县政府工作人员要坚持依法行政，严格遵守宪法和法律法规，全面正确履行政府职能。" * 8


def test_clause_numbering_that_runs_through_chapters_stays_clauses() -> None:
    """Working rules number their clauses through the chapters: 一、…三、 under 第一章 are clauses,
    so 四、五、 under 第二章 carry on the same run and are clauses too, not chapters. A clause is a
    sentence, no heading: each is read as its chapter's text, number and all (as readers of such
    rules outline them: the chapters only)."""
    text = (
        "某县人民政府工作规则\n第一章 总则\n"
        "一、根据有关法律法规，结合本县实际，制定本规则。\n"
        "二、县政府工作的指导思想是，坚持以人民为中心，全面正确履行政府职能。\n"
        "三、县政府工作人员要旗帜鲜明讲政治，坚决做到令行禁止。\n"
        "第二章 组成人员和政府职能\n"
        "四、县政府由县长、副县长、县政府党组成员，县政府各工作部门主要负责人组成。\n"
        f"五、县政府实行县长负责制。{_RULES_BODY}\n"
        "第三章 依法行政\n"
        f"六、县政府要带头维护宪法和法律权威。{_RULES_BODY}\n"
    )
    doc = parse_outline(read_text(text))
    assert [(s.number, s.sections) for s in doc.sections] == [("第一章", ()), ("第二章", ()), ("第三章", ())]
    assert doc.sections[1].paragraphs[0].startswith("四、县政府由县长")
    assert doc.sections[1].paragraphs[1] == f"五、县政府实行县长负责制。{_RULES_BODY}"
    assert not [f for f in doc.findings if f.kind == "heading-untitled"]


def test_clauses_numbered_afresh_in_each_chapter_are_its_text() -> None:
    text = (
        "某镇人民政府工作规则\n第一章 总则\n"
        "一、为规范镇政府工作，结合本镇实际，制定本规则。\n"
        "二、镇政府工作坚持依法行政，做到权责统一。\n"
        "第二章 会议制度\n"
        f"一、镇政府实行镇长负责制，镇长领导镇政府的全面工作。{_RULES_BODY}\n"
        "二、会议议题由镇长确定，会议纪要由党政办公室整理。\n"
    )
    doc = parse_outline(read_text(text))
    assert [(s.number, s.sections) for s in doc.sections] == [("第一章", ()), ("第二章", ())]
    assert [p[:2] for p in doc.sections[1].paragraphs] == ["一、", "二、"]


def test_a_list_led_in_by_its_chapter_stays_text() -> None:
    """Items after the chapter's own words (下列职责：) are a list in its text, not its articles."""
    text = (
        "某县人民政府工作规则\n第一章 职责\n县政府履行下列职责：\n"
        "一、执行县人民代表大会的决议，制定行政措施。\n"
        "二、编制国民经济和社会发展计划，组织实施。\n"
        f"第二章 附则\n本规则自印发之日起施行。{_RULES_BODY}\n"
    )
    doc = parse_outline(read_text(text))
    assert [(s.number, s.sections) for s in doc.sections] == [("第一章", ()), ("第二章", ())]
    assert doc.sections[0].paragraphs[1].startswith("一、执行")


def test_headings_numbered_on_from_an_earlier_part_stay_headings() -> None:
    """Only a run already read as clauses carries on as clauses: headings stay headings."""
    text = (
        "某县政府工作报告\n第一部分 过去一年工作回顾\n"
        f"一、经济运行稳中有进\n{_RULES_BODY}\n二、改革开放持续深化\n{_RULES_BODY}\n"
        f"第二部分 今年工作安排\n三、扩大有效投资\n{_RULES_BODY}\n四、加快乡村振兴\n{_RULES_BODY}\n"
    )
    doc = parse_outline(read_text(text))
    assert [c.heading for c in doc.sections[1].sections] == ["三、扩大有效投资", "四、加快乡村振兴"]


def test_the_list_of_attachments_is_text_and_each_attachment_is_a_chapter() -> None:
    body = "各单位要高度重视，按时报送评估材料，确保评估工作顺利开展。" * 3
    text = (
        f"某县关于开展评估工作的通知\n一、工作要求\n{body}\n附件：1.评估指标表\n2.自评报告模板\n某县人民政府办公室\n"
        f"附件1\n评估指标表\n{body}\n附件2\n自评报告模板\n{body}\n"
    )
    doc = parse_outline(read_text(text))
    assert [s.heading for s in doc.sections] == ["一、工作要求", "附件1 评估指标表", "附件2 自评报告模板"]
    assert "附件：1.评估指标表" in doc.sections[0].paragraphs
    single = parse_outline(read_text(f"某县通知\n一、要求\n{body}\n附件：评估指标表\n附件\n评估指标表\n{body}\n"))
    assert [s.heading for s in single.sections] == ["一、要求", "附件 评估指标表"]


def test_an_item_with_a_postcode_after_a_colon_is_no_table_row_and_the_list_stays_text() -> None:
    """（二）…寄至：北京市某信箱（邮政编码：100035）… is a list item like its neighbours, not a
    statistics row label running into its digits; the three ways after the colon are a list."""
    text = (
        "某部关于征求意见的通知\n有关单位和各界人士可以在2017年5月26日前，通过以下三种方式提出意见：\n"
        "（一）登录某某网站，对征求意见稿提出意见。\n"
        "（二）通过信函方式将意见寄至：北京市某某信箱（邮政编码：100035），并在信封上注明字样。\n"
        "（三）通过电子邮件方式将意见发送至：someone@example.gov.cn。\n某部办公厅\n"
    )
    doc = parse_outline(read_text(text))
    assert doc.sections == ()
    assert any(p.startswith("（二）通过信函方式") for p in doc.preface)


def test_an_end_word_inside_a_label_line_closed_by_its_colon_ends_no_title() -> None:
    """2.办理该事项需提供的材料及费用： over its items: 事项 is inside the label, which is never cut
    into a heading 办理该事项 and a body 需提供的材料及费用：."""
    text = "某事项指南\n一、办理低保\n1.办理该事项的申报条件：\n①无生活来源的居民。\n2.办理该事项需提供的材料及费用：\n①户口簿、身份证。\n"
    doc = parse_outline(read_text(text))
    heard = [s.title for s in doc.sections[0].sections] + [p for p in doc.sections[0].paragraphs if isinstance(p, str)]
    assert not any(item == "需提供的材料及费用：" for item in heard)
    assert any("办理该事项需提供的材料及费用" in item for item in heard)


def test_a_lists_items_glued_into_one_line_are_no_heading() -> None:
    """1、应当受理的出具《受理通知书》2、需要补正的出具《补正通知书》3、不予受理的出具《不予受理
    通知书》 under 三、办理流程: a flattened list, its text; 1、 alone over its text stays a heading."""
    glued = "1、应当受理的出具《决定受理通知书》2、需要补正的出具《一次补正通知书》3、不予受理的出具《不予受理通知书》"
    doc = parse_outline(read_text(f"某事项办事指南\n一、办理时限\n10个工作日。\n二、办理流程\n{glued}\n三、法律依据\n《某某条例》。\n"))
    assert [s.title for s in doc.sections] == ["办理时限", "办理流程", "法律依据"]
    assert doc.sections[1].sections == () and doc.sections[1].paragraphs == (glued,)


def test_a_procedures_steps_stay_text_when_one_lacks_its_full_stop() -> None:
    """1、到县残联领取《某某申请表》二份 (no stop, too long for a title, nothing under it) beside
    sentence steps: the run is a list of steps, read as text, not five chapters."""
    steps = (
        "某证申领程序\n1、到县残联领取《中华人民共和国残疾人证申请表》二份\n"
        "2、持《评定表》到指定医院评定残疾类别和等级。精神残疾评定到某某医院评定。\n"
        "3、经评定后，持《评定表》及照片、本人身份证，到县残联办理，由工作人员审核发证。\n"
        "4、残疾人证只限本人使用，不准转借、转让，不准自行涂改。申领一律免收工本费。\n"
    )
    assert parse_outline(read_text(steps)).sections == ()
    # Must NOT touch: short headings with their text under them.
    headed = parse_outline(read_text("某证申领指南\n1、申领条件\n本县户籍的残疾人。\n2、申领材料\n身份证、照片。\n"))
    assert [s.title for s in headed.sections] == ["申领条件", "申领材料"]


def test_a_short_notices_clauses_stay_text_when_one_holds_a_single_label_and_value_item() -> None:
    """一、…；二、…方式： then （一）来信请寄至：…，邮编：225300； — the sub-item is one sentence
    (a label and its value), so it is text, and the clauses above it stay clauses."""
    text = (
        "《某市管理办法》于2020年10月18日起开始实施，现向社会公开征集实施情况报告的意见和建议：\n"
        "一、公开征集意见的截止时间为2021年10月15日；\n二、反映意见和建议的方式：\n"
        "（一）来信请寄至：某市卫生健康委政策法规处（某市某路318号），邮编：225300；\n"
    )
    doc = parse_outline(read_text(text))
    assert doc.sections == ()
    assert doc.preface[-1].startswith("（一）来信请寄至")


def test_an_attachment_note_above_the_signature_is_text() -> None:
    """附件：《…》 followed by the issuer and the date is the notice's note of its attachment, not
    the attachment: the signature must not become the attachment's text, nor the letter printed
    after the date (without a 附件 label of its own) a chapter named 附件: it is a chapter named
    by its own title line."""
    letter = "近期各地发生多起学生意外事故，我们恳请各位家长切实履行监护责任，加强安全教育。" * 2
    body = "为做好学生暑期安全工作，市教育局决定印发《致家长的一封信》，请各校及时发放。"
    text = f"某市教育局关于印发致家长一封信的通知\n{body}\n附件：《致家长的一封信》\n某市教育局\n2020年7月1日\n致家长的一封信\n尊敬的家长：\n{letter}\n"
    doc = parse_outline(read_text(text))
    assert [(section.number, section.title) for section in doc.sections] == [("", "致家长的一封信")]
    assert doc.sections[0].paragraphs == ("尊敬的家长：", letter)
    assert "附件：《致家长的一封信》" in doc.preface
    dated = parse_outline(read_text(f"某市通知\n{body}\n附件：《致家长的一封信》\n二〇二〇年七月一日\n{letter}\n"))
    assert dated.sections == ()
    # a year's zeros typed as letters O (二OO九年) still date the signature
    typed = f"某乡通知\n{body}\n附件：《致家长的一封信》\n某乡人民政府\n二OO九年一月九日\n主题词：安全 通知\n抄送：县教育局\n"
    assert parse_outline(read_text(typed)).sections == ()
    # … and so do zeros typed as Arabic digits (二00三年)
    zeros = f"某乡通知\n{body}\n附件：《致家长的一封信》\n某乡人民政府\n二00三年一月九日\n主题词：安全 通知\n抄送：县教育局\n"
    assert parse_outline(read_text(zeros)).sections == ()
    # With more of the notice after it, the attachment line opens the attachment as before.
    opened = parse_outline(read_text(f"某市通知\n{body}\n附件：致家长的一封信\n尊敬的家长：\n{letter}\n"))
    assert [s.number for s in opened.sections] == ["附件"]


def test_a_topic_with_a_full_stop_over_its_own_items_is_their_heading() -> None:
    """（一）…执行情况。 on its own line over 1.… 2.… (sentences stating figures, read back as its
    text) heads them; the 一、 that states a figure before its breakdown (…万元，其中：) is text."""
    text = (
        "某镇2024年财政预算报告\n第一部分 2023年财政决算情况\n"
        "2023年，全镇财政工作坚持稳中求进，收支运行总体平稳，较好保障了各项重点支出。\n"
        "（一）一般公共预算收支执行情况。\n"
        "1.全镇一般公共预算总收入完成1200.50万元，占年初预算的95.20%。\n"
        "2.全镇一般公共预算支出完成1100.30万元，占年初预算的90.10%。具体支出科目如下：\n"
        "一、一般公共服务支出5200000.00元，其中：\n"
        "1、人大事务支出300000.00元，占年初预算100%。\n"
        "2、政府办公室及相关机构支出4900000.00元，占年初预算91.50%。\n"
    )
    doc = parse_outline(read_text(text))
    part = doc.sections[0]
    assert [(s.number, s.title, s.sections) for s in part.sections] == [("（一）", "一般公共预算收支执行情况。", ())]
    assert "一、一般公共服务支出5200000.00元，其中：" in part.sections[0].paragraphs


def test_a_sentence_over_its_items_stays_text() -> None:
    """A numbered sentence over items of its own stays a clause when it is no topic: a lead-in
    (下列职责。), a comma or a figure in it."""
    body = "县政府全体会议由县长召集和主持，会议议题由县长确定，会议纪要由县政府办公室整理。" * 4
    for line in ("一、县政府组成人员履行下列职责。", "一、县政府实行县长负责制，县长领导全面工作。"):
        text = (
            f"某县人民政府工作规则\n第一章 总则\n{line}\n1.执行上级决定，完成各项任务。\n"
            f"2.依法行政，接受监督。\n二、县政府工作人员要廉洁从政。\n第二章 会议\n{body}\n"
        )
        doc = parse_outline(read_text(text))
        assert doc.sections[0].sections == (), line  # a clause, read as the chapter's text
        assert doc.sections[0].paragraphs[0] == line, line


def test_a_glued_items_long_title_is_never_cut_inside_a_word_or_a_date() -> None:
    """（一）某省某某管理办法（1994年9月19日…公布…2014年1月30日…第五次修正） run on one line with the
    next item (dev78, session 43): the name with its long note has no end in the title's window; it
    ends at the space before the next item, not at the window's edge (which fell inside 2014年1月30 ‖
    日, heard as a heading and a paragraph)."""
    note = "".join(f"{1990 + n}年{n}月{n + 10}日某省人民政府令第{30 + n}号第{n}次修正" for n in range(1, 8))
    first = f"某省农业机械安全监督管理办法（{note}）"
    doc = parse_outline(read_text(f"某省人民政府关于废止规章的决定\n一、废止2件省政府规章 （一）{first} （二）某省人工影响天气管理办法（2000年12月29日公布）\n二、修改规章\n本决定自公布之日起施行。\n"))
    items = doc.sections[0].sections
    assert [item.title for item in items] == [first, "某省人工影响天气管理办法（2000年12月29日公布）"]
    assert all(not any(isinstance(p, str) and p for p in item.paragraphs) for item in items)
