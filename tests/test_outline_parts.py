"""Unnumbered top-level parts in plain text that also has numbered headings (a work report
numbering some parts and not others), guessed only on layout evidence and reported."""

from __future__ import annotations

from helpers import flat_outline

from audiojiedu.ingest import read_text
from audiojiedu.model import Paragraph, RawDocument, Section
from audiojiedu.outline import parse_outline

BODY = "全市经济运行总体平稳、稳中有进，地区生产总值增长5.4%，规模以上工业增加值增长6.8%。"


def _flat(sections: tuple[Section, ...]) -> list[list[object]]:
    return flat_outline(sections)


def _guessed(text: str) -> list[str]:
    return [f.text for f in parse_outline(read_text(text)).findings if f.kind == "heading-guessed"]


def test_an_unnumbered_part_between_numbered_parts_is_their_sibling() -> None:
    text = "\n".join(
        [
            "各位代表：",
            "现在，我代表市人民政府向大会报告工作。",
            "一、2025年工作回顾",
            BODY,
            "（一）产业转型步伐加快",
            BODY,
            "（二）改革开放持续深化",
            BODY,
            "“十五五”时期主要目标",
            BODY * 2,
            "二、2026年重点工作",
            "（一）全力扩大内需",
            BODY,
        ]
    )
    doc = parse_outline(read_text(text))
    assert _flat(doc.sections) == [
        [1, "一", "2025年工作回顾"],
        [2, "（一）", "产业转型步伐加快"],
        [2, "（二）", "改革开放持续深化"],
        [1, "", "“十五五”时期主要目标"],
        [1, "二", "2026年重点工作"],
        [2, "（一）", "全力扩大内需"],
    ]
    assert doc.sections[1].paragraphs == (BODY * 2,)
    assert doc.warnings == ()
    assert _guessed(text) == ["“十五五”时期主要目标"]


def test_unnumbered_parts_over_restarting_numbering_are_their_parents() -> None:
    text = "\n".join(
        [
            "现在，我代表区人民政府向大会报告工作。",
            "2024年工作回顾",
            BODY,
            "一、经济运行稳中向好",
            BODY,
            "二、民生福祉不断增进",
            BODY,
            "2025年重点工作",
            BODY,
            "一、着力扩大有效需求",
            BODY,
            "二、着力保障改善民生",
            BODY,
            "加强政府自身建设",
            BODY,
        ]
    )
    doc = parse_outline(read_text(text))
    assert _flat(doc.sections) == [
        [1, "", "2024年工作回顾"],
        [2, "一", "经济运行稳中向好"],
        [2, "二", "民生福祉不断增进"],
        [1, "", "2025年重点工作"],
        [2, "一", "着力扩大有效需求"],
        [2, "二", "着力保障改善民生"],
        [1, "", "加强政府自身建设"],
    ]
    assert _guessed(text) == ["2024年工作回顾", "2025年重点工作", "加强政府自身建设"]


def test_a_sub_heading_over_a_new_deeper_list_is_not_a_part() -> None:
    # 主要做法 opens 1. 2. inside （一）: the numbering below it is deeper, not a restart at the top.
    text = "\n".join(
        ["一、工作回顾", BODY, "（一）产业转型", BODY, "1.技术改造", BODY, "2.数字赋能", BODY, "典型经验做法", BODY, "1.链长制", BODY, "（二）改革开放", BODY]
    )
    doc = parse_outline(read_text(text))
    assert [row[2] for row in _flat(doc.sections) if row[0] <= 2] == ["工作回顾", "产业转型", "改革开放"]
    assert _guessed(text) == []


def test_captions_lead_ins_and_lone_closing_lines_are_not_parts() -> None:
    caption = "\n".join(["一、预算收入", BODY, "2024年主要收入完成情况表", BODY, "二、预算支出", BODY])
    assert _guessed(caption) == []
    after_colon = "\n".join(["一、预算收入", "主要项目如下：", "税收收入增长较快", BODY, "二、预算支出", BODY])
    assert _guessed(after_colon) == []
    # Only weak evidence (after the last numbered part, nothing numbered follows): not trusted alone.
    closing = "\n".join(["一、预算收入", BODY, "二、预算支出", BODY, "今后工作打算", BODY])
    assert _guessed(closing) == []


def test_a_box_title_inside_a_section_with_little_text_is_not_a_part() -> None:
    text = "\n".join(["一、预算收入", BODY, "重点项目推进情况", BODY, "二、预算支出", BODY])
    assert _guessed(text) == []
    long_stretch = "\n".join(["一、预算收入", BODY, "重点项目推进情况", *[BODY] * 40, "二、预算支出", BODY])
    assert _guessed(long_stretch) == ["重点项目推进情况"]  # ~10 minutes would have no chapter


def test_a_glossary_after_the_closing_words_is_a_chapter_of_its_own() -> None:
    text = "\n".join(
        [
            "一、2026年工作安排",
            BODY,
            "（一）扩大内需",
            BODY,
            "各位代表！让我们团结奋斗，确保“十五五”开好局、起好步！",
            "名词解释",
            "1.“两重”：是指国家重大战略实施和重点领域安全能力建设。",
            "2.“自审自发”：2024年12月，国务院办公厅印发有关意见，开展专项债券项目自审自发试点。",
        ]
    )
    doc = parse_outline(read_text(text))
    assert _flat(doc.sections) == [[1, "一", "2026年工作安排"], [2, "（一）", "扩大内需"], [1, "", "名词解释"]]
    assert doc.sections[-1].paragraphs[1].startswith("2.“自审自发”：2024年12月")


def test_endnotes_titled_on_their_own_line_are_a_chapter_and_a_notes_label_is_not() -> None:
    ending = ["一、2026年工作安排", BODY, "（一）扩大内需", BODY, "各位代表！让我们团结奋斗，奋力谱写新篇章！"]
    notes = ["［1］一降三减：", "全年火灾起数总体下降，伤亡人数减少。", "［2］四大主导产业：", "旅游业、现代服务业、高新技术产业和热带特色高效农业。"]
    doc = parse_outline(read_text("\n".join([*ending, "注释", *notes])))
    assert _flat(doc.sections) == [[1, "一", "2026年工作安排"], [2, "（一）", "扩大内需"], [1, "", "注释"]]
    assert doc.sections[-1].paragraphs[0] == notes[0]
    # 注释： with its colon leads the notes in, read under the last part
    doc = parse_outline(read_text("\n".join([*ending, "注释：", *notes])))
    assert _flat(doc.sections) == [[1, "一", "2026年工作安排"], [2, "（一）", "扩大内需"]]


PLAN_BODY = "各乡镇要结合实际，细化工作措施，明确责任分工，确保各项任务落到实处。"


def _plan(first: Paragraph) -> RawDocument:
    """一、 二、 with （一）（二） under 二、, then an unnumbered 保障措施 whose （一） starts again."""
    lines = [
        "为全面推进乡村振兴，结合我县实际，制定本方案。",
        "一、发展目标",
        PLAN_BODY,
        "二、重点任务",
        "（一）发展特色产业",
        PLAN_BODY,
        "（二）建设美丽乡村",
        PLAN_BODY,
        "保障措施",
        PLAN_BODY,
        "（一）加强组织领导",
        PLAN_BODY,
        "（二）强化要素保障",
        PLAN_BODY,
    ]
    return RawDocument(title="某县乡村振兴实施方案", metadata={}, paragraphs=(first, *map(Paragraph, lines)))


def test_a_part_whose_sub_numbering_starts_again_is_beside_the_top_headings() -> None:
    doc = parse_outline(_plan(Paragraph("某县乡村振兴实施方案")))
    assert _flat(doc.sections) == [
        [1, "一", "发展目标"],
        [1, "二", "重点任务"],
        [2, "（一）", "发展特色产业"],
        [2, "（二）", "建设美丽乡村"],
        [1, "", "保障措施"],
        [2, "（一）", "加强组织领导"],
        [2, "（二）", "强化要素保障"],
    ]
    assert [f.text for f in doc.findings if f.kind == "heading-guessed"] == ["保障措施"]


def test_parts_are_found_under_headings_the_format_declares() -> None:
    # A DOCX whose only styled heading is its first line: the parts go under it, not above it.
    doc = parse_outline(_plan(Paragraph("某县乡村振兴实施方案", heading_level=1)))
    assert _flat(doc.sections) == [
        [1, "", "某县乡村振兴实施方案"],
        [2, "一", "发展目标"],
        [2, "二", "重点任务"],
        [3, "（一）", "发展特色产业"],
        [3, "（二）", "建设美丽乡村"],
        [2, "", "保障措施"],
        [3, "（一）", "加强组织领导"],
        [3, "（二）", "强化要素保障"],
    ]


def test_a_sub_heading_before_a_deeper_list_is_no_part() -> None:
    # 主要做法 inside （二）, followed by 1. 2.: the level restarting is not the one below the top.
    doc = parse_outline(
        read_text(
            "\n".join(
                ["一、总体情况", BODY, "（一）产业发展", BODY, "（二）城乡建设", BODY, "主要做法", "1.抓项目", BODY, "2.抓招商", BODY]
            )
        )
    )
    assert not [f for f in doc.findings if f.kind == "heading-guessed"]


def test_a_part_heading_over_the_first_numbered_heading_is_a_chapter() -> None:
    # A report cut short: only its first part is there, so the evidence is the line's own
    # wording (…工作回顾) and its place over the first 一、, reported as a weaker guess.
    text = "\n".join(
        [
            "某镇人民政府工作报告",
            "各位代表：",
            "现在，我代表镇人民政府向大会报告工作，请予审议。",
            "20xx年工作回顾",
            BODY,
            BODY,
            "一、农业生产稳中有升",
            "（一）、粮食面积保持稳定",
            BODY,
        ]
    )
    doc = parse_outline(read_text(text))
    assert _flat(doc.sections) == [
        [1, "", "20xx年工作回顾"],
        [2, "一", "农业生产稳中有升"],
        [3, "（一）", "粮食面积保持稳定"],
    ]
    assert doc.sections[0].paragraphs == (BODY, BODY)
    guessed = [f for f in doc.findings if f.kind == "heading-guessed"]
    assert [f.text for f in guessed] == ["20xx年工作回顾"]
    assert "证据较弱" in guessed[0].message


def test_a_title_a_date_or_a_lead_in_over_the_first_numbered_heading_stays_text() -> None:
    title = "\n".join(["2025年全县重点工作", "（2025年1月6日）", BODY, "一、扩大有效投资", BODY])
    assert _guessed(title) == []  # no sentence ends before it: the document's title
    lead_in = "\n".join([BODY, "今年的主要工作安排如下：", "一、扩大有效投资", BODY])
    assert _guessed(lead_in) == []
    other_word = "\n".join([BODY, "各位代表的意见", BODY, "一、扩大有效投资", BODY])
    assert _guessed(other_word) == []  # no word naming a part of a report
    not_first = "\n".join([BODY, "明年工作打算", BODY, "三、扩大有效投资", BODY])
    assert _guessed(not_first) == []  # the numbering does not start under it


def test_a_part_heading_inside_a_flattened_page_is_a_chapter() -> None:
    text = (
        "各位代表：  现在，我代表乡人民政府向大会报告工作，请予审议。  过去三年的工作回顾  "
        + BODY
        + "  一、产业发展势头良好  "
        + BODY
        + "  二、民生事业全面进步  "
        + BODY
    )
    doc = parse_outline(read_text(text))
    assert _flat(doc.sections) == [
        [1, "", "过去三年的工作回顾"],
        [2, "一", "产业发展势头良好"],
        [2, "二", "民生事业全面进步"],
    ]
    assert doc.preface == ("各位代表：  现在，我代表乡人民政府向大会报告工作，请予审议。",)
    assert doc.sections[0].paragraphs == (BODY,)
    assert _guessed(text) == ["过去三年的工作回顾"]


def test_a_flattened_part_restarting_the_numbering_is_a_second_chapter() -> None:
    text = " ".join(
        ["请予审议。", "2024年工作回顾", BODY, "一、产业发展", BODY, "二、民生改善", BODY, "2025年工作安排", BODY, "一、扩大投资", BODY]
    )
    doc = parse_outline(read_text(text))
    assert _flat(doc.sections) == [
        [1, "", "2024年工作回顾"],
        [2, "一", "产业发展"],
        [2, "二", "民生改善"],
        [1, "", "2025年工作安排"],
        [2, "一", "扩大投资"],
    ]


def test_a_phrase_between_sentences_of_a_flattened_page_stays_text() -> None:
    # Not followed by a numbered heading at 1: a phrase of the text, not a part.
    text = " ".join(["请予审议。", "过去一年的工作回顾", BODY, "二、民生改善", BODY])
    assert _guessed(text) == []
    assert "过去一年的工作回顾" in " ".join(str(p) for p in parse_outline(read_text(text)).preface)


def test_a_lone_subheading_between_sentences_is_a_guessed_chapter() -> None:
    # A report's summary with one part line, a 办事 page's 法律依据 over a quoted article, a
    # news subhead before a lead-in: each a heading-guessed chapter.
    summary = "新华社电 某某会议听取了常委会工作报告。报告摘要如下：\n过去一年的工作回顾\n" + BODY * 3 + "\n"
    assert _flat(parse_outline(read_text(summary)).sections) == [[1, "", "过去一年的工作回顾"]]
    assert _guessed(summary) == ["过去一年的工作回顾"]
    legal = "办理流程如下：\n1、提交申请；\n2、审核发证。\n设定依据\n《某某证管理办法》第八条\n发证机关应当公开办理条件、所需材料和办理时限，方便群众办事。\n"
    assert _flat(parse_outline(read_text(legal)).sections) == [[1, "", "设定依据"]]
    news = "记者梳理了这份通报的3个要点。\n某某去年12月已被免职\n先看通报的基本内容：\n" + BODY * 3 + "\n"
    assert _flat(parse_outline(read_text(news)).sections) == [[1, "", "某某去年12月已被免职"]]


def test_a_lone_part_opening_with_its_year_is_a_guessed_chapter() -> None:
    # A report's part line names its year first (2020年工作回顾); nothing else is numbered.
    report = "各位代表：\n现在，我代表镇人民政府向大会报告工作，请予审议。\n2020年工作回顾\n" + BODY * 3 + "\n"
    assert _flat(parse_outline(read_text(report)).sections) == [[1, "", "2020年工作回顾"]]
    assert _guessed(report) == ["2020年工作回顾"]
    # A date between sentences is a signature's, not a part: it ends in 日 or has no words after its year.
    for line in ("2020年3月5日", "2020年3月", "2020年"):
        dated = f"请认真贯彻执行。\n{line}\n" + BODY * 3 + "\n"
        assert parse_outline(read_text(dated)).sections == (), line


def test_a_part_naming_achievements_over_the_first_numbered_heading_is_a_chapter() -> None:
    # …发展成就 names a part of a report as …工作回顾 does.
    text = "\n".join(["各位代表：", "现在，我代表市人民政府向大会报告工作。", "2025年工作回顾和“十四五”时期发展成就", BODY, "（一）推进乡村振兴", BODY])
    assert _flat(parse_outline(read_text(text)).sections) == [
        [1, "", "2025年工作回顾和“十四五”时期发展成就"],
        [2, "（一）", "推进乡村振兴"],
    ]


def test_signatures_dates_and_captions_between_sentences_stay_text() -> None:
    signed = "请认真贯彻执行。\n某某县人民政府办公室\n2024年3月5日\n" + BODY * 3 + "\n"
    assert parse_outline(read_text(signed)).sections == ()
    caption = "会议听取了汇报。\n图为会议现场\n" + BODY * 3 + "\n"
    assert parse_outline(read_text(caption)).sections == ()
    # A field label before it is no sentence; a line followed only by a short line is no heading.
    field = "结果反馈日期：\n某某局征求意见的函\n" + BODY * 3 + "\n"
    assert parse_outline(read_text(field)).sections == ()
    closing = "以上倡议，请广大市民积极响应。\n某某市文明办宣\n敬请支持！\n"
    assert parse_outline(read_text(closing)).sections == ()
    numbered = "正文。\n一、总体要求\n" + BODY + "\n附录说明材料\n" + BODY * 3 + "\n"
    assert [row[2] for row in _flat(parse_outline(read_text(numbered)).sections)] == ["总体要求"]


def test_a_part_heading_opening_with_its_period_and_a_comma_is_a_chapter() -> None:
    # 回顾2023年，… / 展望2024年，…: a word naming the part, a period of time, a comma and a short
    # phrase — the wording of the line, over the first （一） with nothing numbered above it.
    text = "\n".join(
        [
            "某县人民政府工作报告",
            "各位代表：",
            "现在，我代表县人民政府向大会报告工作，请予审议。",
            "回顾2023年，砥砺奋进开创新局",
            BODY,
            "今年主要做了以下几方面工作：",
            "（一）聚焦项目建设，发展后劲持续增强",
            BODY,
            "（二）聚焦民生实事，群众生活持续改善",
            BODY,
        ]
    )
    doc = parse_outline(read_text(text))
    assert _flat(doc.sections) == [
        [1, "", "回顾2023年，砥砺奋进开创新局"],
        [2, "（一）", "聚焦项目建设，发展后劲持续增强"],
        [2, "（二）", "聚焦民生实事，群众生活持续改善"],
    ]
    assert _guessed(text) == ["回顾2023年，砥砺奋进开创新局"]


def test_a_sentence_opening_with_a_period_and_a_comma_is_no_part() -> None:
    def lines(line: str, first: str = "（一）聚焦项目建设，发展后劲持续增强") -> str:
        return "\n".join([BODY, line, BODY, first, BODY])

    assert _guessed(lines("回顾过去一年，我们深刻体会到")) == []  # a subject: a sentence
    assert _guessed(lines("总结2023年，全县经济稳中有进")) == []  # no word naming a part
    assert _guessed(lines("回顾2023年，全县经济总体平稳稳中有进。")) == []  # a full stop
    assert _guessed(lines("回顾2023年，砥砺奋进开创新局", "（二）聚焦民生实事，群众生活持续改善")) == []


def test_a_budget_report_part_naming_the_years_execution_or_draft_is_a_chapter() -> None:
    # 预算执行情况 / 预算草案 name the parts of a budget (or plan) report as 工作回顾 does a work report's.
    text = "\n".join(
        [
            "各位代表：",
            "受区人民政府委托，现将预算执行情况和预算草案提请大会审议。",
            "2025年预算执行情况",
            BODY,
            "一、预算收支情况",
            "（一）一般公共预算",
            BODY,
            "2026年预算草案",
            BODY,
            "一、预算编制原则",
            BODY,
        ]
    )
    assert _flat(parse_outline(read_text(text)).sections) == [
        [1, "", "2025年预算执行情况"],
        [2, "一", "预算收支情况"],
        [3, "（一）", "一般公共预算"],
        [1, "", "2026年预算草案"],
        [2, "一", "预算编制原则"],
    ]


def test_a_line_ending_in_a_draft_or_situation_inside_a_section_stays_text() -> None:
    # Not over the first numbered heading: the numbering does not start under it.
    text = "\n".join([BODY, "一、预算收支情况", BODY, "项目资金执行情况", BODY, "二、预算管理情况", BODY])
    assert [row[2] for row in _flat(parse_outline(read_text(text)).sections)] == ["预算收支情况", "预算管理情况"]


def test_a_news_photos_caption_is_no_subheading() -> None:
    # 活动现场 under a news headline names the photo; the article's numbered points are the chapters.
    text = "\n".join(
        [
            "3月5日，某县召开全县经济工作会议，部署今年重点工作。",
            "活动现场",
            "会议指出，今年要重点抓好以下几项工作。" + BODY,
            "1、聚焦产业升级",
            BODY,
            "2、聚焦城乡融合",
            BODY,
        ]
    )
    assert _flat(parse_outline(read_text(text)).sections) == [[1, "1", "聚焦产业升级"], [1, "2", "聚焦城乡融合"]]


def test_a_clause_of_time_on_its_own_line_is_no_subheading() -> None:
    """在认真听取大家的意见建议后 between two sentences opens a sentence (…后，某某表示); 在发展中保障
    和改善民生, a slogan that opens with 在, is still a subheading."""
    clause = "\n".join(["会议听取了有关汇报。", "在认真听取大家的意见建议后", "县长表示，各乡镇要压实责任，确保各项工作落到实处，按期完成全年任务。"])
    assert parse_outline(read_text(clause)).sections == ()
    slogan = "\n".join(["会议听取了有关汇报。", "在发展中保障和改善民生", "会议要求，各乡镇要压实责任，确保各项工作落到实处，按期完成全年任务。"])
    assert _flat(parse_outline(read_text(slogan)).sections) == [[1, "", "在发展中保障和改善民生"]]


def test_a_subhead_that_only_begins_with_the_scene_word_is_still_one() -> None:
    text = "\n".join(["会议听取了有关汇报。", "现场推进会议要求", "会议要求，各乡镇要压实责任，确保各项工作落到实处，按期完成全年任务。"])
    assert _flat(parse_outline(read_text(text)).sections) == [[1, "", "现场推进会议要求"]]


def test_a_numbered_part_naming_a_draft_inside_a_flattened_page_keeps_its_number() -> None:
    # 三、2026年预算草案 ends with a part's word but is numbered: a numbered heading, no guessed part.
    text = (
        "各位代表：  受区管委会委托，现将预算报告如下。  一、2025年预算执行情况  "
        + BODY
        + "  二、存在的问题  "
        + BODY
        + "  三、2026年预算草案  （一）预算编制总体思路  "
        + BODY
        + "  （二）收入预算安排  "
        + BODY
    )
    rows = _flat(parse_outline(read_text(text)).sections)
    assert [row[:2] for row in rows] == [[1, "一"], [1, "二"], [1, "三"], [2, "（一）"], [2, "（二）"]]


NEWS_TEXT = "会议指出，过去一年全乡上下团结一心，各项工作取得明显成效，为今年发展打下了坚实基础。"


def test_a_news_subhead_naming_a_part_and_its_slogan_is_a_chapter() -> None:
    text = "\n".join(
        [
            "3月2日，某乡召开年度工作总结暨重点工作部署会。",
            "2025年工作回顾：总结成效、砥砺奋进",
            NEWS_TEXT,
            "2026年工作部署：聚焦重点、明势定向",
            NEWS_TEXT,
        ]
    )
    assert _flat(parse_outline(read_text(text)).sections) == [
        [1, "", "2025年工作回顾：总结成效、砥砺奋进"],
        [1, "", "2026年工作部署：聚焦重点、明势定向"],
    ]


def test_a_label_and_phrases_after_a_colon_that_name_no_part_stay_text() -> None:
    text = "\n".join(["3月2日，某乡召开会议。", "会议要求：压实责任、狠抓落实", NEWS_TEXT, "联系地址：人民路、解放路", NEWS_TEXT])
    assert parse_outline(read_text(text)).sections == ()


STEPS_A = ("1、【提交申请】：在政务服务网注册账号，上传申请材料；", "2、【受理审查】：工作人员审查材料是否齐全；", "3、【领取证照】：审批完成后将证照邮寄给申请人。")
STEPS_B = ("1.【预约】：申请人在公众号预约，按要求到窗口办理。", "2.【受理】：工作人员当场作出受理决定。", "3.【决定】：符合条件的，准予通过。")


def test_short_lines_each_over_a_list_starting_at_one_title_the_lists() -> None:
    # A how-to page: two groups of steps, each list numbered from 1 under its own title line.
    doc = parse_outline(read_text("\n".join(["网上办理流程", "企业事项办理流程", *STEPS_A, "居民事项办理流程", *STEPS_B])))
    assert _flat(doc.sections) == [[1, "", "企业事项办理流程"], [1, "", "居民事项办理流程"]]
    assert doc.sections[0].paragraphs == STEPS_A  # the steps are the text, a list, not chapters


def test_a_single_line_over_a_list_is_no_group_title() -> None:
    # One line over one list: a lead-in or a caption as likely as a title; nothing is guessed.
    doc = parse_outline(read_text("\n".join(["网上办理流程", "企业事项办理流程", *STEPS_A])))
    assert doc.sections == ()


def test_a_part_heading_ending_with_a_dash_over_its_subtitle_lines_is_a_part() -> None:
    """2019年工作回顾—— / 聚力攻坚稳增长“六个年”活动显成效 / 全县发展呈现突围奋进良好局面 over the
    part's text and its 一、: the dash leads into the subtitle lines, which are not joined to it and
    read as the part's first lines; the part's title has no dash."""
    text = (
        "2020年某某县人民政府工作报告\n各位代表：\n现在，我代表县人民政府向大会作政府工作报告，请予审议。\n"
        "2019年工作回顾——\n聚力攻坚稳增长“六个年”活动显成效\n全县发展呈现突围奋进良好局面\n"
        "2019年，在县委正确领导下，全县上下团结一心、攻坚克难，经济社会发展取得新成效，主要指标好于预期。\n"
        "一、经济运行稳中有进\n全年地区生产总值增长百分之六。\n二、脱贫攻坚成效显著\n全年减贫一万人。\n"
        "2020年工作安排\n2020年是全面建成小康社会和“十三五”规划收官之年，做好今年工作意义重大，任务艰巨。\n"
        "一、坚决打赢脱贫攻坚战\n巩固脱贫成果。\n二、推动经济高质量发展\n加快产业升级。\n"
    )
    doc = parse_outline(read_text(text))
    assert [row[:3] for row in _flat(doc.sections)] == [
        [1, "", "2019年工作回顾"],
        [2, "一", "经济运行稳中有进"],
        [2, "二", "脱贫攻坚成效显著"],
        [1, "", "2020年工作安排"],
        [2, "一", "坚决打赢脱贫攻坚战"],
        [2, "二", "推动经济高质量发展"],
    ]
    assert doc.sections[0].paragraphs[:2] == ("聚力攻坚稳增长“六个年”活动显成效", "全县发展呈现突围奋进良好局面")


def test_parts_over_their_subheadings_without_numbers_are_two_levels() -> None:
    """A news piece headed at two levels without numbers: a part's short name right over its
    first subheading (参保待遇 / 医保家庭共济范围扩大至近亲属 / text), more subheadings after
    sentences, then the next part; a subheading may state a figure (618个药品可在…购买)."""
    text = "\n".join(
        [
            "某省多项医保新措1月1日起实施",
            "1月1日起，某省医保有不少新变化，涉及参保待遇、医保药品和异地就医等方面。",
            "参保待遇",
            "医保家庭共济范围扩大至近亲属",
            "职工医保个人账户可用于支付参保人员本人及其近亲属在定点医疗机构就医发生的个人负担费用。",
            "连续参保和基金零报销有激励",
            "自2025年起，对连续参加居民医保满4年的参保人员，之后每连续参保1年，提高大病保险最高支付限额。",
            "医保药品",
            "618个药品可在双通道零售药店医保购买",
            "参保人可凭处方到双通道定点零售药店购买药品，费用按规定由医保基金支付，减轻群众负担。",
            "新版药品目录增加34个药品",
            "新版药品目录共收录药品三千余种，其中新增34个药品，进一步满足参保人用药需求。",
        ]
    )
    assert flat_outline(parse_outline(read_text(text)).sections) == [
        [1, "", "参保待遇"],
        [2, "", "医保家庭共济范围扩大至近亲属"],
        [2, "", "连续参保和基金零报销有激励"],
        [1, "", "医保药品"],
        [2, "", "618个药品可在双通道零售药店医保购买"],
        [2, "", "新版药品目录增加34个药品"],
    ]


def test_parts_named_in_two_characters_over_their_subheadings_are_two_levels() -> None:
    """经济 / 人均生产总值逾14万元 / text: a statistics story's parts are often one word of two
    characters, over a subheading stating a figure."""
    text = "\n".join(
        [
            "某省统计年鉴出版发行",
            "近日，由某省统计局编辑的统计年鉴正式出版发行，全面反映了全省经济社会发展情况。",
            "经济",
            "人均生产总值逾14万元",
            "根据年鉴中提供的数据，过去这一年全省每天创造的地区生产总值超过三百亿元。",
            "收入",
            "城镇非私营单位人员年均收入逾12万元",
            "数据显示，全省城镇非私营单位就业人员年平均工资为121724元，比上年有所增长。",
        ]
    )
    assert flat_outline(parse_outline(read_text(text)).sections) == [
        [1, "", "经济"],
        [2, "", "人均生产总值逾14万元"],
        [1, "", "收入"],
        [2, "", "城镇非私营单位人员年均收入逾12万元"],
    ]


def test_a_part_heading_opening_the_text_right_under_the_title_is_a_chapter() -> None:
    """某街道办事处工作报告 / 2023年工作回顾 / its text / 一、… : the part heading is the first line of the
    text, nothing above it but the title; it still opens the report's first part, 一、 under it."""
    raw = read_text(
        "某某街道办事处工作报告\n2023年工作回顾\n"
        "2023年，街道办事处坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。\n"
        "一年来，我们重点做了以下工作：\n一、彰显精致个性，提升宜居质感\n高效能推动旧区改造，城市更新成效显著，群众满意度持续提升。\n"
        "二、聚焦民生需求，提升服务温度\n持续完善社区服务设施，新建社区食堂两家，服务老年人三万余人次。\n"
    )
    doc = parse_outline(raw)
    assert [(s.number, s.title) for s in doc.sections] == [("", "2023年工作回顾")]
    assert [s.number for s in doc.sections[0].sections] == ["一", "二"]


def test_an_annual_reports_first_part_named_without_its_number_heads_its_subsections() -> None:
    """总体情况 alone over （一）（二）: the annual disclosure report's first part, its 一、 left off
    by the page's list style; its subsections go under it. The intro under it may end without a
    full stop (its contact details in brackets)."""
    text = (
        "某镇2025年政府信息公开工作年度报告\n总体情况\n"
        "根据《中华人民共和国政府信息公开条例》要求，现公布本镇2025年度政府信息公开工作年度报告。"
        "如对本报告有任何疑问，请联系镇党政办公室（地址：某镇某路198号，电话：0523-80952329）\n"
        "（一）主动公开\n动态优化主动公开目录，确保公众知情权。\n"
        "（二）依申请公开\n健全全流程规范，依法依规回应公众合理诉求。\n"
    )
    doc = parse_outline(read_text(text))
    assert flat_outline(doc.sections) == [[1, "", "总体情况"], [2, "（一）", "主动公开"], [2, "（二）", "依申请公开"]]
    # a line that names no report's part over the same text stays text
    other = parse_outline(read_text(text.replace("\n总体情况\n", "\n有关情况\n")))
    assert [row[1] for row in flat_outline(other.sections)] == ["（一）", "（二）"]


def test_the_questions_of_a_question_and_answer_text_head_their_answers() -> None:
    text = (
        "某县农业发展专项资金使用管理办法解读\n为什么要有这个规定？\n这个规定是为了让专项资金管理得更规范，用得更有效。\n"
        "什么是农业发展专项资金？\n这是县政府专门安排的钱，用来支持农业和农村的发展。\n"
        "资金怎么用？\n这些资金主要是无偿资助，同一个项目不会重复给钱。\n"
    )
    doc = parse_outline(read_text(text))
    assert flat_outline(doc.sections) == [
        [1, "", "为什么要有这个规定？"],
        [1, "", "什么是农业发展专项资金？"],
        [1, "", "资金怎么用？"],
    ]
    assert len(_guessed(text)) == 3
    # two questions are no question-and-answer text; a numbered text keeps its own headings
    assert parse_outline(read_text(text.rsplit("资金怎么用", 1)[0])).sections == ()
    numbered = text.replace("为什么要有这个规定？", "一、为什么要有这个规定？")
    assert [row[1] for row in flat_outline(parse_outline(read_text(numbered)).sections)] == ["一"]


def test_news_subheads_of_two_phrases_are_headings_when_there_are_two() -> None:
    """掌声之处，民声之所向 / … / 掌声之处，民心之所盼: a news piece's subheads of two short phrases
    set apart by a comma, each between paragraphs; one such line alone stays text."""
    opening = "1月15日上午，某省人大会议开幕，省长所作的政府工作报告引发全场三十一次热烈的掌声。"
    first = "在会议现场，整场报告台下多次响起热烈掌声，代表们对过去五年的成绩高度认可。"
    second = "当报告说到要持续增进民生福祉时，会场再次响起了经久不息的热烈掌声和欢呼声。"
    lines = ["某省政府工作报告赢得31次掌声", opening, "掌声之处，民声之所向", first, "掌声之处，民心之所盼", second]
    assert flat_outline(parse_outline(read_text("\n".join(lines))).sections) == [
        [1, "", "掌声之处，民声之所向"],
        [1, "", "掌声之处，民心之所盼"],
    ]
    doc = parse_outline(read_text("\n".join(lines[:4] + [second])))
    assert doc.sections == ()


def test_a_part_opened_by_its_review_word_and_year_is_one_title() -> None:
    """一、回顾2021年，城管工作在善作善成中交出满意答卷: the year after 回顾 is the title's, no body's
    opening; the title runs to its end."""
    text = "\n".join(
        [
            "某某局2022年工作报告",
            "同志们：今天，我们召开局系统工作会议，总结去年工作，部署今年任务。",
            "一、回顾2021年，城管工作在善作善成中交出满意答卷",
            "（一）城市形象在精细管理中持续提升。全年完成道路保洁面积一千万平方米，城市面貌明显改善。",
            "二、展望2022年，奋力推动城市管理高质量发展",
            "（一）持续提升精细化管理水平。全面推行城市管理网格化，实现问题早发现早处置。",
        ]
    )
    titles = [row[2] for row in flat_outline(parse_outline(read_text(text)).sections) if row[0] == 1]
    assert titles == ["回顾2021年，城管工作在善作善成中交出满意答卷", "展望2022年，奋力推动城市管理高质量发展"]


def test_the_next_part_of_an_open_run_after_remarks_under_a_table_is_a_heading() -> None:
    """（一）招聘岗位 / … / 备注： / 1、… 2、… / （二）特别说明: the remarks under the posts' table end where
    the open run of parts goes on; footnotes numbered afresh after 注： at the end stay notes."""
    lines = [
        "某公司2023年度公开招聘简章",
        "因工作需要，某公司拟公开招聘一批工作人员，现公告如下：",
        "一、集团简介",
        "某公司是某市属国有企业。",
        "二、招聘岗位",
        "（一）招聘岗位、人数、职责",
        "某公司本次计划公开招聘工作人员76名。",
        "备注：",
        "1、以上所有岗位，具有以下条件之一的免笔试。",
        "2、以上所有岗位，工作年限要求可适当放宽两年。",
        "（二）特别说明",
        "1.对于行政身份干部参加应聘并录用的，不再保留其级别。",
    ]
    doc = parse_outline(read_text("\n".join(lines)))
    assert [row[1:] for row in flat_outline(doc.sections)] == [
        ["一", "集团简介"],
        ["二", "招聘岗位"],
        ["（一）", "招聘岗位、人数、职责"],
        ["（二）", "特别说明"],
    ]
    ended = parse_outline(read_text("\n".join([*lines[:7], "注：", "（一）数据来源于某某统计局。", "（二）部分数据因四舍五入存在误差。"])))
    assert [row[1] for row in flat_outline(ended.sections)] == ["一", "二", "（一）"]


def test_a_list_run_in_after_a_labels_colon_goes_on_as_text() -> None:
    """其中：1.政府网站 / 2.政府公报 (a template table's rows, flattened): the items the line above opened
    after its colon go on; they are no headings starting at 2. A run that opens on a line of its
    own (1.… 2.…) is untouched."""
    lines = [
        "某市关于做好年度报告工作的通知",
        "一、总体情况",
        "全市主动公开信息，各单位按要求报送。",
        "二、附表",
        "主动公开信息数",
        "其中：1.政府网站",
        "2.政府公报",
        "受理依申请公开信息总数",
        "其中：1.当面申请数",
        "2.传真申请数",
        "3.电子邮件申请数",
    ]
    doc = parse_outline(read_text("\n".join(lines)))
    assert [row[1:] for row in flat_outline(doc.sections)] == [["一", "总体情况"], ["二", "附表"]]
    assert not [f for f in doc.findings if f.kind == "numbering-jump"]
    own = parse_outline(read_text("\n".join([*lines[:4], "1.政府网站", "网站发布信息。", "2.政府公报", "公报刊登文件。"])))
    assert [row[1] for row in flat_outline(own.sections)] == ["一", "二", "1", "2"]


def test_two_questions_head_their_answers_when_an_answer_opens_with_its_label() -> None:
    """《办法》出台的背景？ / 答：… / 《办法》主要内容有哪些？ / …: an answer labelled 答： shows a question-and-
    answer text, so two questions are enough (three without it, see the test above)."""
    text = (
        "关于《某区新闻发布工作办法》的政策解读\n《办法》出台的背景和起草过程？\n答：新闻发布是信息公开的重要方式，是推进治理现代化的重要方面。\n"
        "《办法》主要内容有哪些？\n《办法》全文5500余字，包括总则、发布内容等八章。\n"
    )
    doc = parse_outline(read_text(text))
    assert flat_outline(doc.sections) == [[1, "", "《办法》出台的背景和起草过程？"], [1, "", "《办法》主要内容有哪些？"]]
    unlabelled = text.replace("答：", "")
    assert parse_outline(read_text(unlabelled)).sections == ()


def test_the_points_a_reading_states_over_its_questions_head_them() -> None:
    """规范完善信息发布机制，建立常态化新闻发布制度 / 《办法》出台的背景？ / 答：… / 明确新闻发布内容、形式等 /
    《办法》主要内容有哪些？ / …: a point stated right above each question, short and unpunctuated,
    is a level above it; one such line alone (a lead's last words) is no point."""
    lead = "《某区新闻发布工作办法》已正式印发，对新闻发布内容、形式作出了规定。其中，重点内容如下"
    first, second = "规范完善信息发布机制，建立常态化新闻发布制度", "明确新闻发布内容、形式、机构等"
    qa = [
        first, "《办法》出台的背景和起草过程？", "答：新闻发布是信息公开的重要方式，是推进治理现代化的重要方面。",
        second, "《办法》主要内容有哪些？", "答：《办法》全文5500余字，包括总则、发布内容等八章。",
    ]
    doc = parse_outline(read_text("\n".join(["关于《某区新闻发布工作办法》的政策解读", lead, *qa])))
    assert flat_outline(doc.sections) == [
        [1, "", first], [2, "", "《办法》出台的背景和起草过程？"], [1, "", second], [2, "", "《办法》主要内容有哪些？"],
    ]
    assert any(f.kind == "heading-guessed" and f.text == first and "要点" in f.message for f in doc.findings)
    single = parse_outline(read_text("\n".join(["关于《某区新闻发布工作办法》的政策解读", lead, *qa[:3], *qa[4:]])))
    assert flat_outline(single.sections) == [[1, "", "《办法》出台的背景和起草过程？"], [1, "", "《办法》主要内容有哪些？"]]


def test_a_heading_run_into_its_body_on_a_flattened_page_ends_at_its_kinds_word_before_a_year() -> None:
    """…。二、项目绩效自评报告2016年度本部门无主要民生项目和重点支出项目。三、…: the title ends at 报告,
    the year opens the body."""
    line = (
        "一、机关运行经费支出情况说明 2016年机关运行经费支出22.04万元，主要用于本部门的办公费、邮电费、差旅费等支出，比上年下降。"
        "二、项目绩效自评报告2016年度本部门无主要民生项目和重点支出项目，故未开展项目绩效自评工作。"
        "三、政府采购支出情况说明 2016年本部门政府采购支出总额74.69万元，全部为货物支出，无工程和服务支出。"
    )
    doc = parse_outline(read_text(f"某县人大常委会2016年度部门决算说明\n{line}\n"))
    titles = [row[2] for row in flat_outline(doc.sections)]
    assert "项目绩效自评报告" in titles
    assert any(f.kind == "heading-guessed" and f.text.endswith("项目绩效自评报告") for f in doc.findings)


def test_a_traditional_pages_question_label_is_no_part_of_the_question() -> None:
    """問：《辦法》出台的背景是什麼？ / 答：… on a page in traditional characters: the question is the
    heading, its label 問： is not, as 问： is not on a simplified page."""
    pairs = [("《辦法》出台的背景是什麼？", "新聞發布是信息公開的重要方式。"), ("《辦法》主要內容有哪些？", "包括總則等八章。"), ("《辦法》什麼時候施行？", "自印發之日起施行。")]
    text = "關於《某區新聞發布工作辦法》的政策解讀\n" + "".join(f"問：{q}\n答：{a}\n" for q, a in pairs)
    assert [row[2] for row in flat_outline(parse_outline(read_text(text)).sections)] == [q for q, _ in pairs]


def test_an_interviews_questions_head_their_answers_however_long_once_labelled() -> None:
    """记者：…？ / 答：… in turn: each question is a heading, the long ones too (a question over a
    labelled answer may run to 50 characters, measured without its 记者： label); unlabelled, a
    question that long is a sentence of the text."""
    short = "什么是不动产登记？"
    long = "已经办理了的房屋所有权证和国土使用权证是否还需要到登记中心申请更换不动产权证书？"
    text = (
        "某市自然资源局负责人详解不动产登记\n"
        f"记者：{short}\n答：不动产登记是指登记机构依法将不动产权利记载于登记簿的行为。\n"
        f"记者：{long}\n答：原颁发的证书本着不变不换的原则继续有效。\n"
    )
    titles = [row[2] for row in flat_outline(parse_outline(read_text(text)).sections)]
    assert titles == [short, long]
    plain = text.replace("记者：", "").replace("答：", "")
    assert long not in [row[2] for row in flat_outline(parse_outline(read_text(plain)).sections)]


def test_a_service_guides_fields_alone_on_their_lines_are_its_chapters() -> None:
    """办理机构： / 民政局婚姻登记中心 / 办理依据： / 《某某条例》… / 申请材料： / （一）…: a guide's field
    names standing alone over their text are its chapters (three at least), each a guess the
    review shows; two such lines in a notice are text."""
    lines = [
        "结婚登记办理指南", "办理机构：", "民政局婚姻登记中心", "办理依据：", "《婚姻登记条例》第四条、第五条。",
        "申请材料：", "（一）本人有效的身份证、户口簿；", "（二）三张近期半身免冠合影照片。", "办理时限", "即时办结。",
    ]
    doc = parse_outline(read_text("\n".join(lines)))
    assert flat_outline(doc.sections) == [[1, "", "办理机构"], [1, "", "办理依据"], [1, "", "申请材料"], [1, "", "办理时限"]]
    assert any(f.kind == "heading-guessed" and "办事指南" in f.message for f in doc.findings)
    notice = parse_outline(read_text("\n".join(lines[:5])))
    assert notice.sections == ()
