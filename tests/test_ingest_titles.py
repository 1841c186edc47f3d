"""The title of a document nobody tuned for (issue 17): it is spoken first, named again in the
closing line and names the release, so it is the name the document gives itself, never a file
slug, a site menu, a breadcrumb or a date. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import finding_kinds, paragraph_texts

from audiojiedu.ingest import read_document, read_text
from audiojiedu.ingest.naming import name_untitled
from audiojiedu.ingest.page_fields import parse_metadata_line
from audiojiedu.ingest.page_title_clean import close_title_spaces
from audiojiedu.ingest.page_title_words import ends_as_title
from audiojiedu.model import Paragraph
from audiojiedu.outline import parse_outline

BODY = "现将有关事项通知如下，请认真贯彻执行。"
NOTICE = "某某区关于开展春季森林防火工作的通告"


# -- 1. no title line: the name the text gives itself, else a neutral title ---------------------
# A speech that does not say what it is (a work report says so: see the 政府工作报告 tests below).
_SPEECH = "同志们：\n今天我们召开全县春耕生产工作会议，主要任务是部署今年的工作。\n一、过去一年工作回顾\n过去一年，全县经济平稳运行。\n"


def test_a_file_slug_is_never_the_title(tmp_path: Path) -> None:
    """No title line and a file named by a scraper: no title is said rather than 21_xx-2026-report,
    and staff are told the title is missing."""
    path = tmp_path / "21_xx-2026-report.txt"
    path.write_text(_SPEECH, encoding="utf-8")
    raw = read_document(path)
    assert raw.title == ""
    assert "title-missing" in finding_kinds(raw)
    assert parse_outline(raw).title == ""  # the script then says 无标题文档, a neutral name
    assert paragraph_texts(raw)[0] == "同志们："  # nothing of the text is taken


def test_a_file_named_in_chinese_titles_a_text_without_a_title_line(tmp_path: Path) -> None:
    path = tmp_path / "07_某县2025年政府工作报告.txt"  # the sequence number is the collector's
    path.write_text(_SPEECH, encoding="utf-8")
    raw = read_document(path)
    assert raw.title == "某县2025年政府工作报告"
    assert "title-guessed" in finding_kinds(raw)
    assert parse_outline(raw).title == "某县2025年政府工作报告"


_WORK_REPORT_OPENING = "各位代表：\n现在，我代表县人民政府，向大会报告政府工作，请予审议。\n一、过去一年工作回顾\n过去一年，全县经济平稳运行。\n"


def test_a_work_report_printed_from_its_speaker_line_is_named_by_what_it_says_it_is(tmp_path: Path) -> None:
    """A government's work report whose page starts at the speaker's line (no heading, no title):
    the office and name say who gave it, not what it is called; the opening (我代表县人民政府，向大会报告
    政府工作) says it is the 政府工作报告, the name every such speech bears. The speaker line is read."""
    path = tmp_path / "03_xx-2025-zfgzbg.txt"
    path.write_text("某某县人民政府县长张某某\n" + _WORK_REPORT_OPENING, encoding="utf-8")
    raw = read_document(path)
    assert raw.title == "政府工作报告"
    assert "title-guessed" in finding_kinds(raw)
    assert paragraph_texts(raw)[:2] == ["某某县人民政府县长张某某", "各位代表："]


def test_a_work_report_printed_from_its_occasion_line_is_named_by_what_it_says_it_is() -> None:
    """The occasion line without its dash (2025年1月6日在某县第十八届人民代表大会第五次会议上) and the
    speaker set apart from his office (市长 王某) are no title either; both are read."""
    raw = read_text(
        "2025年1月6日在某某市第十八届人民代表大会第五次会议上\n某某市市长 王某\n" + _WORK_REPORT_OPENING
    )
    assert raw.title == "政府工作报告"
    assert paragraph_texts(raw)[:2] == ["2025年1月6日在某某市第十八届人民代表大会第五次会议上", "某某市市长 王某"]


def test_a_work_report_set_in_traditional_characters_is_named_in_them() -> None:
    """The name 政府工作报告 is the tool's, not the text's: written in the characters the text is set
    in (向大會報告工作 → 政府工作報告), as the listener sees the rest of the script."""
    opening = "各位代表：\n現在，我代表旗人民政府向大會報告工作，請予審議。\n一、過去一年工作回顧\n"
    raw = read_text("——2025年2月15日在某某旗第十八屆人民代表大會第三次會議上\n" + opening)
    assert raw.title == "政府工作報告"
    simplified = "各位代表：\n现在，我代表旗人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n"
    raw = read_text("——2025年2月15日在某某旗第十八届人民代表大会第三次会议上\n" + simplified)
    assert raw.title == "政府工作报告"


def test_a_reports_day_and_speaker_in_brackets_after_its_headline_are_read_with_the_text() -> None:
    """某市政府工作报告（2025年1月8日 张三）: the bracket repeats the dateline and the speaker printed
    under the headline, so it is no part of the name; when the head does not print them, the
    bracket stays (nothing of the document is lost)."""
    head = "某某市政府工作报告（2025年1月8日 张三）\n2025年03月08日 17:24 来源：某某市政府\n"
    lines = "——2025年1月8日在某某市第十六届人民代表大会第五次会议上\n某某市人民政府市长 张三\n"
    raw = read_text(head + lines + "各位代表：\n" + BODY + "\n")
    assert raw.title == "某某市政府工作报告"
    assert "title-date" in finding_kinds(raw)
    assert "某某市人民政府市长 张三" in paragraph_texts(raw)
    raw = read_text(head + "各位代表：\n" + BODY + "\n")
    assert raw.title == "某某市政府工作报告（2025年1月8日 张三）"


def test_what_a_speech_line_rule_must_not_touch() -> None:
    """A speech titled by what was said at a meeting (在…会议上的讲话) is a title; a title naming an
    office (关于…县长…的通知, 某市市长热线工作报告) ends as a title does; a report that does not say it is
    given on a government's behalf (我代表县人大常委会) is not named 政府工作报告; a Chinese file name
    is fuller than the generic name and goes first."""
    speech = "在全县经济工作会议上的讲话"
    assert read_text(f"{speech}\n同志们：\n今天召开会议。\n").title == speech
    draft = "2024年全镇一季度工作会议镇长部署稿"  # the post inside a phrase, no speaker's name after it
    assert read_text(f"{draft}\n同志们：\n今天召开会议。\n").title == draft
    hotline = "某某市市长热线2024年工作报告"
    assert read_text(f"{hotline}\n2024年，热线共受理来电一万件。\n").title == hotline
    committee = "各位代表：\n现在，我代表县人大常委会向大会报告工作，请予审议。\n"
    assert read_text(f"某某县人大常委会主任 李某某\n{committee}").title != "政府工作报告"


def test_a_mostly_latin_file_name_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "page-2025-zfgzbg-某县.txt"
    path.write_text(_SPEECH, encoding="utf-8")
    assert read_document(path).title == ""


def test_a_notice_is_titled_by_its_first_line() -> None:
    title = "关于印发《某某县农村人居环境整治实施方案》的通知"
    raw = read_text(f"{title}\n各乡镇人民政府：\n现将《某某县农村人居环境整治实施方案》印发给你们，请认真贯彻执行。\n")
    assert raw.title == title
    assert "title-guessed" not in finding_kinds(raw) and "title-missing" not in finding_kinds(raw)


def test_a_text_that_issues_a_plan_printed_under_its_own_title_is_titled_by_the_plan() -> None:
    plan = "某某市促进消费若干措施"
    text = (
        "各区人民政府，市各委、办、局：\n"
        f"现将《{plan}》印发给你们，请认真贯彻执行。\n某某市人民政府\n2025年3月1日\n"
        f"{plan}\n一、扩大汽车消费\n支持以旧换新。\n"
    )
    raw = read_text(text, source="/tmp/xx-2025-cuoshi.txt")
    assert raw.title == plan
    assert "title-guessed" in finding_kinds(raw)
    assert plan in paragraph_texts(raw)  # the plan's own title line is still read where it stands


def test_an_issued_plan_whose_title_line_is_broken_over_two_lines_is_titled_by_the_plan() -> None:
    """A page set in a narrow column breaks the issued plan's title line (某某“非粮化”稳定 ‖
    粮食生产方案): the two lines together are the name the notice issues."""
    plan = "某某耕地“非粮化”稳定粮食生产工作方案"
    text = (
        "各市、县人民政府：\n"
        f"《{plan}》已经省人民政府同意，现印发给你们，请认真组织实施。\n2025年3月1日\n"
        "某某耕地“非粮化”稳定粮食\n生产工作方案\n一、总体要求\n稳定粮食播种面积。\n"
    )
    raw = read_text(text, source="/tmp/xx-2025-fangan.txt")
    assert raw.title == plan
    assert "title-guessed" in finding_kinds(raw)


def test_a_line_that_only_starts_the_issued_name_is_not_its_title_line() -> None:
    """A line opening as the name does (某某耕地) followed by other text is no broken title line:
    nothing is joined and no title is invented."""
    plan = "某某耕地保护工作方案"
    text = (
        "各市、县人民政府：\n"
        f"《{plan}》已经省人民政府同意，现印发给你们，请认真组织实施。\n"
        "某某耕地\n面积保持稳定。\n一、总体要求\n稳定粮食播种面积。\n"
    )
    raw = read_text(text, source="/tmp/xx-2025-fangan.txt")
    assert raw.title == ""


def test_a_cited_name_that_is_not_printed_as_a_line_is_not_the_title() -> None:
    """The notice issuing 《某某办法》 without the text of it is not 某某办法: no title is invented."""
    text = f"各区人民政府：\n现将《某某市停车管理办法》印发给你们，请认真贯彻执行。\n{BODY}\n"
    raw = read_text(text, source="/tmp/notice-17.txt")
    assert raw.title == ""
    assert "title-missing" in finding_kinds(raw)


def test_a_report_heading_with_its_occasion_line_is_titled_by_the_heading() -> None:
    occasion = "——2025年1月10日在某某县第十八届人民代表大会第五次会议上"
    raw = read_text(f"政府工作报告\n{occasion}\n县长 张三\n各位代表：\n{BODY}\n")
    assert raw.title == "政府工作报告"
    assert paragraph_texts(raw)[0] == occasion


def test_the_pages_headline_over_the_reports_own_heading_is_the_title() -> None:
    """某某县2025年政府工作报告 over 政府工作报告: the headline says the report's own line more fully
    (its place and year) and is the title; the own line is not read after it. The headline's start
    is no site column (a column is set apart by a space: 政策解读 关于…的解读)."""
    occasion = "——2025年1月10日在某某县第十八届人民代表大会第五次会议上"
    raw = read_text(f"某某县2025年政府工作报告\n政府工作报告\n{occasion}\n各位代表：\n{BODY}\n")
    assert raw.title == "某某县2025年政府工作报告"
    assert "栏目" not in raw.metadata
    assert paragraph_texts(raw)[0] == occasion  # the report's own heading is the title, not read twice


def test_an_occasion_line_alone_is_not_the_title() -> None:
    """——…会议上 says where a report was given, not what it is called: it is read as text."""
    occasion = "——2025年1月10日在某某县第十八届人民代表大会第五次会议上"
    raw = read_text(f"{occasion}\n县长 张三\n各位代表：\n{BODY}\n", source="/tmp/report-2025.txt")
    assert raw.title == ""
    assert paragraph_texts(raw)[0] == occasion


def test_a_report_heading_with_its_occasion_glued_on_one_line_is_titled_by_the_heading() -> None:
    """某县政府工作报告 ——2025年1月10日在…会议上 张三 on one line: the heading is the title, the
    occasion with its speaker is read under it (never dropped)."""
    occasion = "——2025年1月10日在某某县第十八届人民代表大会第五次会议上"
    raw = read_text(f"2025年某某县政府工作报告 {occasion} 张三\n各位代表：\n{BODY}\n")
    assert raw.title == "2025年某某县政府工作报告"
    assert paragraph_texts(raw)[0] == f"{occasion} 张三"
    raw = read_text(f"政府工作报告{occasion}\n时间：2025-01-12 来源：县政府办\n各位代表：\n{BODY}\n")
    assert raw.title == "政府工作报告"
    assert paragraph_texts(raw)[0] == occasion


def test_a_report_heading_glued_to_its_occasion_and_a_part_number_is_titled_by_the_heading() -> None:
    """A paper prints a long report in parts: …会议上（二）, （上）, 之一 after the glued occasion. The
    part number belongs to the occasion line read under the title, not to the title."""
    occasion = "——2025年1月20日在某某省第十四届人民代表大会第三次会议上"
    for part in ("（二）", "（上）", "之一", "（全文）"):
        raw = read_text(f"政府工作报告 {occasion}{part}\n发布时间：2025-01-25 来源：某某日报\n{BODY}\n")
        assert raw.title == "政府工作报告"
        assert paragraph_texts(raw)[0] == f"{occasion}{part}"
    # a part number not after an occasion is no part of this rule: the line stays whole.
    line = "政府工作报告解读——图说今年十件大事（二）"
    raw = read_text(f"{line}\n发布时间：2025-01-25\n{BODY}\n")
    assert raw.title == line


def test_a_glued_occasion_under_a_sites_name_is_split_and_the_name_dropped() -> None:
    """某市政府门户网站 政务邮箱 over the glued heading: the site's name and a bar item, no title's
    start; the heading under it is the title."""
    occasion = "——2025年1月9日在某某区第四届人民代表大会第四次会议上"
    raw = read_text(f"某某市政府门户网站 政务邮箱\n2025年政府工作报告 {occasion}\n某某区区长 李四\n各位代表：\n{BODY}\n")
    assert raw.title == "2025年政府工作报告"
    assert paragraph_texts(raw)[:2] == [occasion, "某某区区长 李四"]


def test_what_the_glued_occasion_split_must_not_touch() -> None:
    """A subtitle going on past 会议上 (…——在某会议上的讲话) is the title's own; a heading before the
    dash that is no title (a sentence) is not split."""
    title = "坚持改革创新的工作报告——在全县经济工作会议上的讲话"
    raw = read_text(f"{title}\n同志们：\n{BODY}\n")
    assert raw.title == title
    line = "今天我们召开大会。——2025年1月10日在某某县第十八届人民代表大会第五次会议上"
    raw = read_text(f"关于某某工作的报告\n{line}\n{BODY}\n")
    assert line in paragraph_texts(raw)


# -- 2. a field table written with bars ---------------------------------------------------------
def test_a_field_table_written_with_bars_is_metadata_and_names_the_title() -> None:
    title = "某某市人民政府关于做好春耕生产工作的通知"
    page = (
        "索引号 | 11350100MB0123456X/2025-00123 | 发布机构 | 某某市人民政府\n"
        f"标题 | {title}\n"
        "| 发文字号 | 某政〔2025〕3号 | 发布日期 | 2025-03-01 |\n"
        f"{BODY}\n"
    )
    raw = read_text(page)
    assert raw.title == title
    assert raw.metadata["索引号"] == "11350100MB0123456X/2025-00123"
    assert raw.metadata["发布机构"] == "某某市人民政府"
    assert raw.metadata["发文字号"] == "某政〔2025〕3号"
    assert raw.metadata["发布日期"] == "2025-03-01"
    assert paragraph_texts(raw) == [BODY]


def test_a_row_of_bars_is_a_field_row_only_when_labels_and_values_alternate() -> None:
    assert parse_metadata_line("｜来源｜某某县政府办｜") == {"来源": "某某县政府办"}
    assert parse_metadata_line("| 名称 | 单位 | 金额 |") is None  # a table's header: cells, not fields
    assert parse_metadata_line("| 项目 | 2024年 |") is None
    assert parse_metadata_line("| 名称 | 金额 |") is None  # two column names
    assert parse_metadata_line("来源：某某网 | 作者：张三") == {"来源": "某某网", "作者": "张三"}


# -- 3. a navigation bar above the headline ----------------------------------------------------
def test_a_navigation_bar_above_the_headline_is_chrome() -> None:
    for bar in ("首页 政务公开 新闻中心 办事服务 互动交流", "政务公开 新闻中心 办事服务 互动交流"):
        raw = read_text(f"{bar}\n{NOTICE}\n{BODY}\n")
        assert raw.title == NOTICE, bar
        assert paragraph_texts(raw) == [BODY]


def test_a_navigation_bar_over_a_stamp_and_the_headline_or_over_the_text_is_chrome() -> None:
    raw = read_text(f"政务公开 新闻中心 办事服务\n2025-03-21\n{NOTICE}\n{BODY}\n")
    assert raw.title == NOTICE
    assert raw.metadata["发布时间"] == "2025-03-21"
    raw = read_text(f"首页 新闻动态 通知公告\n{BODY}\n", source="/tmp/page-3.txt")
    assert raw.title == ""  # 首页 starts the site's menu: no part of it is the title
    assert paragraph_texts(raw) == [BODY]


def test_a_table_header_written_with_bars_is_never_the_title() -> None:
    raw = read_text(f"| 名称 | 金额 |\n| 某甲 | 100 |\n| 某乙 | 200 |\n{BODY}\n", source="/tmp/table-9.txt")
    assert raw.title == "" and raw.metadata == {}
    assert raw.paragraphs[0].kind == "table"


def test_a_title_set_as_words_apart_is_not_a_navigation_bar() -> None:
    raw = read_text(f"全区 农业 农村 工作 要点\n{BODY}\n")
    assert raw.title == "全区 农业 农村 工作 要点"
    raw = read_text(f"某县财政局 某县农业农村局\n关于下达2025年补助资金的通知\n{BODY}\n")
    # issuing organs, not a menu: they open the joint document's title
    assert raw.title == "某县财政局 某县农业农村局关于下达2025年补助资金的通知"


# -- 4. a breadcrumb broken over two lines -----------------------------------------------------
def test_a_breadcrumb_split_over_two_lines_is_chrome() -> None:
    for crumb in ("当前位置：首页 > 政务公开 >\n通知公告", "当前位置：首页 > 政务公开\n> 通知公告"):
        raw = read_text(f"{crumb}\n{NOTICE}\n{BODY}\n")
        assert raw.title == NOTICE, crumb
        assert paragraph_texts(raw) == [BODY]


def test_a_short_title_under_a_broken_breadcrumb_is_kept() -> None:
    raw = read_text(f"当前位置：首页 > 政务公开 >\n公告\n为做好森林防火工作，现将有关事项公告如下：\n{BODY}\n")
    assert raw.title == "公告"
    raw = read_text(f"当前位置：首页 > 政务公开 >\n通知公告\n公告\n{BODY}\n")
    assert raw.title == "公告"


# -- 5. a date glued to the headline ----------------------------------------------------------
def test_a_date_before_or_after_the_headline_is_metadata() -> None:
    for stamp, line in (
        ("3月21日", f"3月21日 {NOTICE}"),
        ("2025-03-21", f"2025-03-21 {NOTICE}"),
        ("2025-03-21", f"2025-03-21{NOTICE}"),
        ("2025年3月21日", f"2025年3月21日　{NOTICE}"),
        ("2025/03/21", f"[2025/03/21] {NOTICE}"),
        ("2025-03-21", f"{NOTICE} 2025-03-21"),
    ):
        raw = read_text(f"{line}\n{BODY}\n")
        assert raw.title == NOTICE, line
        assert raw.metadata["发布时间"] == stamp
        assert "title-date" in finding_kinds(raw)
        assert paragraph_texts(raw) == [BODY]


def test_a_date_that_is_part_of_the_title_stays() -> None:
    for title in ("2025年某县政府工作报告", "3月21日，全区召开春季森林防火工作会议", "2025年 某县政府工作报告"):
        raw = read_text(f"{title}\n{BODY}\n")
        assert raw.title == title
        assert "title-date" not in finding_kinds(raw)
    # A day glued before a report's headline stays when the text does not give it again.
    raw = read_text(f"2012年1月5日某市政府工作报告\n各位代表：\n{BODY}\n")
    assert raw.title == "2012年1月5日某市政府工作报告"


def test_a_day_glued_before_a_reports_headline_that_its_dateline_gives_is_read_there() -> None:
    """2012年1月5日某市政府工作报告 over ——2012年1月5日在某市第三届人民代表大会第一次会议上: the site
    glued the report's day before its headline; the dateline says it, and is read."""
    dateline = "——2012年1月5日在某市第三届人民代表大会第一次会议上"
    raw = read_text(f"2012年1月5日某市政府工作报告（全文）\n{dateline}\n市长 张某\n各位代表：\n{BODY}\n")
    assert raw.title == "某市政府工作报告"
    assert paragraph_texts(raw)[0] == dateline
    assert "title-date" in finding_kinds(raw)
    raw = read_text(f"2024年3月1日起施行的某市物业管理办法\n——2024年3月1日在某市会议上\n{BODY}\n")
    assert raw.title.startswith("2024年3月1日起")
    # A daily notice's day is its own, though a sentence of its text states it too.
    notice = read_text("2024年2月22日建设项目环境影响评价文件审批公告\n我局于2024年2月22日对以下建设项目作出审批决定。\n")
    assert notice.title == "2024年2月22日建设项目环境影响评价文件审批公告"


# -- 6. short titles survive menus -------------------------------------------------------------
def test_a_short_title_above_the_breadcrumb_is_not_a_menu() -> None:
    for line, title in (("公告", "公告"), ("通 告", "通告"), ("政府工作报告", "政府工作报告")):
        raw = read_text(f"{line}\n当前位置：首页 > 政务公开\n各单位：\n{BODY}\n")
        assert raw.title == title, line
        assert paragraph_texts(raw) == ["各单位：", BODY]


def test_a_menu_above_the_breadcrumb_gives_way_to_the_headline_under_it() -> None:
    raw = read_text(f"首页\n政务公开\n通知公告\n当前位置：首页 > 政务公开 > 通知公告\n{NOTICE}\n{BODY}\n")
    assert raw.title == NOTICE
    assert paragraph_texts(raw) == [BODY]
    raw = read_text(f"网站首页\n当前位置：首页 > 通知公告\n通 告\n{BODY}\n")
    assert raw.title == "通告"


# -- 7. the headline is chosen among the head lines (dev3 pages) -------------------------------
_REPORT = "某某县2024年政府信息公开工作年度报告"
_SPEECH_OPENING = "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"


def test_a_menu_set_as_a_numbered_list_gives_way_to_the_headline_under_it() -> None:
    """A site's column name and its menu, one numbered item a line, over the headline: the first
    short line is no title when a line reading as one follows before the text begins."""
    menu = "信息公开专栏\n1. 法定主动公开内容\n2. 政策文件\n1. 部门文件\n2. 乡镇文件\n3. 规划计划\n1. 财政预决算\n"
    raw = read_text(f"{menu}{NOTICE}\n发布日期：2025-03-01 09:30\n各村（社区）：\n{BODY}\n")
    assert raw.title == NOTICE
    assert raw.metadata["发布日期"] == "2025-03-01 09:30"
    assert paragraph_texts(raw) == ["各村（社区）：", BODY]
    dropped = [f for f in raw.findings if f.kind == "chrome-dropped"]
    assert dropped and "信息公开专栏" in dropped[0].text  # nothing is dropped silently


def test_forum_bars_over_a_tagged_headline() -> None:
    """A forum's links over the headline, which carries the board's region label in brackets:
    the links give way to the headline, and the label is no part of the title."""
    raw = read_text(f"论坛精华 | 热帖推荐\n帖子详情\n[某省] {_REPORT}\n{_SPEECH_OPENING}")
    assert raw.title == _REPORT
    assert "栏目" not in raw.metadata  # the label is the site's, no field of the document: the finding keeps it
    assert {"chrome-dropped", "title-tag"} <= set(finding_kinds(raw))


def test_a_column_name_over_the_fuller_headline_is_not_the_title() -> None:
    raw = read_text("统计公报\n某某县2024年国民经济和社会发展统计公报\n2024年，全县经济运行稳中有进。\n")
    assert raw.title == "某某县2024年国民经济和社会发展统计公报"
    assert paragraph_texts(raw) == ["2024年，全县经济运行稳中有进。"]


def test_a_line_of_text_is_never_dropped_as_furniture() -> None:
    """Only short menu-like lines give way: a sentence, a field row or a short title that reads
    as one stops the search, and the first line stays the title."""
    raw = read_text(f"某县2025年重点工作任务\n一、总体要求\n坚持稳中求进。\n二、2025年工作计划\n{BODY}\n")
    assert raw.title == "某县2025年重点工作任务"  # no title word, but nothing like a menu above a headline
    raw = read_text(f"某某县人民政府\n{NOTICE}\n{BODY}\n")
    assert NOTICE in raw.title  # the issuer over the title is not furniture
    assert "chrome-dropped" not in finding_kinds(raw)


def test_chrome_is_not_glued_before_the_title_as_its_first_line() -> None:
    """A title broken over two lines is set alike on both; a bar item, a bulleted link or a
    letter-spaced form label over the headline is no first half of it."""
    for head in ("年 份", "无障碍阅读 |", "• 手机版", "繁体版 | 表格下载"):
        raw = read_text(f"{head}\n{_REPORT}\n{BODY}\n")
        assert raw.title == _REPORT, head
    # a letter-spaced menu bar that starts with 首页
    raw = read_text(f"首     页 政 务 公 开 网 上 办 事 走 进 某 县\n{NOTICE}\n{BODY}\n")
    assert raw.title == NOTICE
    # a real title broken over two lines is still joined
    raw = read_text(f"关于某某县2024年预算执行情况\n和2025年预算草案的报告\n{_SPEECH_OPENING}")
    assert raw.title == "关于某某县2024年预算执行情况和2025年预算草案的报告"


def test_a_menu_set_as_a_bulleted_list_over_the_trail() -> None:
    raw = read_text(f"登录 注册\n• 民族文字版\n• 无障碍浏览\n• 首页\n• 政务公开\n当前位置：首页 > 政务公开\n{NOTICE}\n{BODY}\n")
    assert raw.title == NOTICE


def test_a_headline_wrapping_the_documents_own_heading() -> None:
    """（某市）某市某区人民政府工作报告（2025年1月6日） over 某区人民政府工作报告 and the dateline:
    the redundant region label and the date the dateline repeats are dropped, the shorter heading
    is a repeat, and the date is not taken for the page's publication date."""
    page = (
        "（某某市）某某市东城区人民政府工作报告（2025年1月6日）\n东城区人民政府工作报告\n"
        "——2025年1月6日在东城区第十八届人民代表大会第五次会议上\n" + _SPEECH_OPENING
    )
    raw = read_text(page)
    assert raw.title == "某某市东城区人民政府工作报告"
    assert "发布时间" not in raw.metadata
    assert paragraph_texts(raw)[0].startswith("——2025年1月6日")
    assert {"title-tag", "title-date"} <= set(finding_kinds(raw))


def test_a_space_inside_a_phrase_of_the_title_is_closed_up() -> None:
    raw = read_text(f"关于某区2024年预算执行情况 和2025年预算草案的报告\n{_SPEECH_OPENING}")
    assert raw.title == "关于某区2024年预算执行情况和2025年预算草案的报告"
    # joint issuers and a year set apart keep their space
    for title in ("某市人民政府 某市中级人民法院关于建立联动机制的意见", "2025年 某县政府工作报告"):
        assert read_text(f"{title}\n{BODY}\n").title == title


def test_a_space_next_to_quotation_or_book_title_marks_in_the_title_is_closed_up() -> None:
    for spaced, closed in (
        ("某局2023年部门预算及 “三公”经费预算公开说明", "某局2023年部门预算及“三公”经费预算公开说明"),
        ("某局关于《某市支持政策三十条》 第二次公开征求意见的公告", "某局关于《某市支持政策三十条》第二次公开征求意见的公告"),
    ):
        assert read_text(f"{spaced}\n{BODY}\n").title == closed


def test_the_issuer_printed_over_a_declared_title_is_part_of_it() -> None:
    """The field 标题 says 关于…的通知; the document prints 某市人民政府办公厅 / 关于…的 / 通知: the
    fuller title wins, and none of its lines is read as text."""
    short = "关于印发某市防汛应急预案的通知"
    page = f"标    题： {short}\n发文字号： 某政办发〔2024〕9号\n某市人民政府办公厅\n关于印发某市防汛应急预案的\n通知\n各县人民政府：\n{BODY}\n"
    raw = read_text(page)
    assert raw.title == "某市人民政府办公厅" + short
    assert paragraph_texts(raw) == ["各县人民政府：", BODY]


def test_a_declared_title_retelling_the_documents_own_title_gives_way_to_it() -> None:
    """标题：印发关于《某州自治条例》实施办法的通知, a site's shorter retelling, over the document's own
    title broken over three lines (某州人民政府关于 / 印发《某省某州 / 自治条例》实施办法的通知): the
    document's lines are the title, not read again, with a finding; the lines under a label's
    broken end are no title of a field that they do not retell."""
    page = (
        "标    题：印发关于《某州自治条例》实施办法的通知\n发文机关：州政府办公室\n"
        "某州人民政府关于\n印发《某省某州\n自治条例》实施办法的通知\n某州政发〔2013〕97号\n各县市人民政府：\n"
        f"{BODY}\n"
    )
    raw = read_text(page)
    assert raw.title == "某州人民政府关于印发《某省某州自治条例》实施办法的通知"
    assert paragraph_texts(raw) == ["各县市人民政府：", BODY]
    assert "title-guessed" in finding_kinds(raw)
    field = "某县2023年预算执行情况与2024年预算草案的报告"
    page = f"标    题：{field}\n次会议文件\n某县2023年预算执行情况2024年预算草案的报告\n{BODY}\n"
    assert read_text(page).title == field


def test_a_text_that_names_itself_in_its_opening_sentence(tmp_path: Path) -> None:
    path = tmp_path / "22_xx-2025-nianbao.txt"
    opening = "本年报是根据有关规定，由某某县人民政府办公室编制的2024年度政府信息公开工作年度报告。全文包括总体情况。"
    path.write_text(f"{opening}\n一、总体情况\n全年主动公开信息120条。\n", encoding="utf-8")
    raw = read_document(path)
    assert raw.title == "某某县人民政府办公室2024年度政府信息公开工作年度报告"
    assert "title-guessed" in finding_kinds(raw)
    assert paragraph_texts(raw)[0] == opening  # the sentence is still read
    # a sentence naming another document is no self-description
    path.write_text("本办法由某某县财政局负责解释。\n一、总则\n正文。\n", encoding="utf-8")
    assert read_document(path).title == ""


def test_a_text_that_names_itself_and_then_its_short_name(tmp_path: Path) -> None:
    """我乡编制了<full name>（以下简称《年报》）: the text's own full name, shortened to its kind."""
    path = tmp_path / "23_xx-2020-nianbao.txt"
    opening = (
        "按照市政务公开办公室的通知要求，我乡编制了某某市某某区某某乡人民政府2020年政府信息公开工作年度报告"
        "（以下简称《年报》）。本年报由总体情况等部分组成。"
    )
    path.write_text(f"{opening}\n一、总体情况\n全年主动公开信息120条。\n", encoding="utf-8")
    raw = read_document(path)
    assert raw.title == "某某市某某区某某乡人民政府2020年政府信息公开工作年度报告"
    assert "title-guessed" in finding_kinds(raw)
    # a cited document shortened (根据《某某办法》（以下简称《办法》）) names another document
    path.write_text("根据《某某县财政资金管理办法》（以下简称《办法》）的规定，制定本细则。\n一、总则\n正文。\n", encoding="utf-8")
    assert "财政资金管理办法" not in read_document(path).title
    # … and so does one the text drew up before, shortened to another name
    path.write_text("我局编制了某某县2024年部门预算（以下简称预算表），现说明如下。\n一、总则\n正文。\n", encoding="utf-8")
    assert "部门预算" not in read_document(path).title


def test_a_text_that_says_it_drew_itself_up_as_a_regulation_asks(tmp_path: Path) -> None:
    """根据《…条例》…规定，编制《某某年度报告》。: the opening of an annual disclosure report whose
    page lost its title line cites what it follows and names what it drew up, in 《》 or not."""
    path = tmp_path / "07_xx-2023-nianbao.txt"
    cite = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级通知规定，"
    for name, written in (
        ("某某市人民政府2023年政府信息公开工作年度报告", "编制《某某市人民政府2023年政府信息公开工作年度报告》。"),
        ("某某县交通运输局2023年政府信息公开工作年度报告", "编制某某县交通运输局2023年政府信息公开工作年度报告，所列数据统计期限为全年。"),
    ):
        path.write_text(f"{cite}{written}\n一、总体情况\n全年主动公开信息120条。\n", encoding="utf-8")
        raw = read_document(path)
        assert raw.title == name
        assert "title-guessed" in finding_kinds(raw)
    # a news lead reporting that an office drew a plan up names the plan, not the page
    path.write_text("近日，某某县发展改革局编制了《某某县物流发展规划》，现已印发。\n一、总体情况\n正文。\n", encoding="utf-8")
    assert read_document(path).title == ""
    # a reading of a plan opens the same way: only a report names itself so
    path.write_text(f"{cite}编制了《某某县物流发展规划（2021—2025年）》。现就有关内容解读如下。\n一、背景\n正文。\n", encoding="utf-8")
    assert "物流发展规划" not in read_document(path).title
    # …and "编制本报告" names nothing
    path.write_text(f"{cite}编制本报告。\n一、总体情况\n正文。\n", encoding="utf-8")
    assert read_document(path).title == ""


def test_a_first_line_without_a_title_word_keeps_the_title_over_a_subtitle() -> None:
    """Only a line ending with a title word beats the first line: 关于本年度的统计 under 统计简报
    is a subtitle, not the headline of the page."""
    raw = read_text(f"工作简报\n关于本季度的进展\n{BODY}\n")
    assert raw.title == "工作简报"
    assert "chrome-dropped" not in finding_kinds(raw)


# -- 4. the fourth development set (dev4): where the title line hides ----------------------------
_FIELD_TABLE = "索引号 | 000000000/2024-00001 | ||\n组配分类 | 计划总结 | 发布机构 | 某某镇 |\n"


def test_a_headline_set_in_a_table_cell_of_its_own_is_read_without_the_cells_border() -> None:
    """Under a field table written with bars, the headline keeps its cell's border (… |): the bar
    is the table's, and no title ends with it."""
    title = "某某镇2024年工作总结和2025年工作打算"
    for line in (f"{title} |", f"| {title} |", f"｜{title}"):
        raw = read_text(f"{_FIELD_TABLE}{line}\n发布日期： 2025-01-02 09:30\n一、2024年工作回顾 {BODY}\n")
        assert raw.title == title
        assert raw.metadata["发布机构"] == "某某镇"
    # two cells are a row of a table, not a headline in a cell
    raw = read_text(f"{_FIELD_TABLE}| 某某镇 | 工作总结 |\n{BODY}\n")
    assert "|" in raw.title or raw.title == ""


def test_the_name_field_of_the_pages_field_table_is_the_title() -> None:
    """名称 | … in the field table over the text names the document, as 标题 and 信息名称 do; the
    field stays in the metadata."""
    name = "某县卫健委2024年工作总结及2025年工作安排"
    page = (
        "索引号： | 000000000/202412-00001 | 组配分类： | 规划计划 |\n"
        f"名称： | {name} | 文号： | |\n成文日期： | 发布日期： | 2024-12-02 | |\n"
        f"2024年，县卫健委坚持以人民健康为中心，{BODY}\n一、工作开展情况\n"
    )
    raw = read_text(page)
    assert raw.title == name
    assert raw.metadata["名称"] == name
    assert paragraph_texts(raw)[0].startswith("2024年，县卫健委")


def test_a_name_field_under_the_text_does_not_title_it() -> None:
    """A bare 名称 at the foot of a page (a contact's or a project's) names something else."""
    raw = read_text(f"各村：\n{BODY}\n名称：某某镇便民服务中心\n", source="/tmp/notice-18.txt")
    assert raw.title == ""
    assert raw.metadata.get("名称") == "某某镇便民服务中心"


def test_a_document_number_glued_before_the_headline_goes_to_the_metadata() -> None:
    """某政发【2024】3号关于印发…的通知: the number is a field of the document (发文字号), not part of
    its name; 【】 around the year as well as 〔〕."""
    for number in ("某政发【2024】3号", "某政办发〔2024〕12号"):
        title = "关于印发某某县防汛抗旱应急预案的通知"
        raw = read_text(f"{number}{title}\n各乡镇人民政府：\n{BODY}\n")
        assert raw.title == title
        assert raw.metadata["发文字号"] == number
        assert paragraph_texts(raw)[0] == "各乡镇人民政府："


def test_a_title_about_a_numbered_document_keeps_its_number() -> None:
    """某政发〔2024〕3号文件解读 names the document it explains by its number: no field is split off."""
    title = "某政发〔2024〕3号文件解读"
    raw = read_text(f"{title}\n一、出台背景\n{BODY}\n")
    assert raw.title == title
    assert "发文字号" not in raw.metadata


def test_a_document_number_in_square_brackets_alone_on_its_line_is_a_field() -> None:
    raw = read_text(f"{NOTICE}\n某林发【2024】5号\n各村：\n{BODY}\n")
    assert raw.title == NOTICE
    assert raw.metadata["发文字号"] == "某林发【2024】5号"


def test_a_title_broken_after_the_name_of_the_plan_it_issues_is_joined() -> None:
    """关于印发某市三年行动计划 / （2024—2026年）的通知: the first line ends with a title word (计划),
    yet the second can only go on a title (no title line starts with 的)."""
    first = "关于印发某某市养老服务体系建设三年行动计划"
    for second in ("（2024—2026年）的通知", "的通知"):
        raw = read_text(f"{first}\n{second}\n各县（市）区人民政府：\n{BODY}\n")
        assert raw.title == first + second
        assert paragraph_texts(raw)[0] == "各县（市）区人民政府："
    # an edition note under a plan's heading is the heading's own line, not the rest of a title
    raw = read_text(f"关于推动某某产业发展若干政策措施\n（2025年版）\n{BODY}\n")
    assert raw.title == "关于推动某某产业发展若干政策措施"
    assert paragraph_texts(raw)[0] == "（2025年版）"


def test_a_reposted_notice_is_titled_by_its_own_title_line_under_the_news_lead() -> None:
    """A repost opens with news about the notice (近日，某区印发了…) and then prints it under its
    title line: that line is the title; the lead is the site's news, not the document, and is not read."""
    title = "某某区人民政府关于印发支持小微企业发展若干措施的通知"
    lead = "近日，某某区人民政府印发支持小微企业发展若干措施的通知。"
    page = f"{lead}\n通知要求，各部门要抓好落实。\n全文如下：\n{title}\n各街道办事处，区直各单位：\n{BODY}\n"
    raw = read_text(page)
    assert raw.title == title
    assert paragraph_texts(raw) == ["各街道办事处，区直各单位：", BODY]
    assert any(f.kind == "chrome-dropped" and f.text.startswith(lead) for f in raw.findings)
    assert "title-guessed" in finding_kinds(raw)  # staff are asked to check


def test_a_headline_like_line_under_a_news_opening_needs_more_than_one_sign() -> None:
    """Under a few sentences of news, a line ending with a title word that nothing introduces or
    names, and under which no document opens, stays where it stands: it may be a list item."""
    page = "近日，某某县召开全县经济工作会议。\n会议部署了明年的重点任务。\n某某县2025年重点项目建设计划\n会议强调，要狠抓落实。\n"
    raw = read_text(page, source="/tmp/news-19.txt")
    assert raw.title == ""
    assert "某某县2025年重点项目建设计划" in paragraph_texts(raw)


def test_a_page_flattened_into_one_paragraph_is_titled_by_the_plan_it_issues() -> None:
    """Every line of the page joined by spaces: the plan the notice issues (制定《X》，现印发给你们)
    stands later as a run set apart by spaces, its title line; nothing of the text is taken."""
    plan = "某某镇防汛防台应急预案（修订）"
    text = (
        f"各村、各站所： 为做好防汛工作，经研究，制定《{plan}》，现印发给你们，请认真执行。 附件：{plan} "
        f"某某镇人民政府 2024年5月6日 {plan} 1.总则 1.1目的依据 为提高防汛能力，制定本预案。"
    )
    raw = read_text(text + "\n", source="/tmp/page-20.txt")
    assert raw.title == plan
    assert "title-guessed" in finding_kinds(raw)
    assert "".join(paragraph_texts(raw)).count(plan) == 3  # still read where it stands
    # named only after 附件： (no run of its own): the notice issues it, it does not print it
    only_cited = text.split(" 某某镇人民政府")[0]
    assert read_text(only_cited + "\n", source="/tmp/page-21.txt").title == ""


def test_a_region_set_with_a_colon_before_a_headline_is_no_part_of_the_title() -> None:
    """A repost site sets the region before the headline (某省：关于…): a label, not the title,
    and no field of the document either; a finding keeps it."""
    title = "关于印发《某某市农村人居环境整治办法》的通知"
    for region in ("河南", "某某市", "某某县"):
        raw = read_text(f"{region}：{title}\n{BODY}\n")
        assert raw.title == title
        assert "栏目" not in raw.metadata
        assert "title-tag" in finding_kinds(raw)
    # a word that is no place stays: 紧急通知：关于… is the title as written
    assert read_text(f"紧急通知：{title}\n{BODY}\n").title == f"紧急通知：{title}"


def test_a_label_set_with_a_bullet_before_the_headline_is_no_part_of_the_title() -> None:
    title = "副区长主持召开区政府第3次常务会议"
    raw = read_text(f"2024-05-06\n• 会议题目 • {title}\n{BODY}\n")
    assert raw.title == title
    assert "title-tag" in finding_kinds(raw)


def test_a_news_sites_picture_or_video_mark_after_the_headline_is_no_part_of_the_title() -> None:
    title = "某县政府就《政府工作报告（征求意见稿）》征求各方面意见建议"
    for mark in ("（图）", "(组图)", "[视频]", "【图文】"):
        raw = read_text(f"{title}{mark}\n{BODY}\n")
        assert raw.title == title, mark
        assert "title-tag" in finding_kinds(raw)
    # a bracket that is part of the name stays: （试行）, （征求意见稿）
    for kept in ("某县农村公路养护管理办法（试行）", "某县国土空间总体规划（征求意见稿）"):
        assert read_text(f"{kept}\n{BODY}\n").title == kept


# -- ranking the lines at a page's head as its headline ------------------------------------------
def test_a_site_name_over_a_menu_is_not_the_title() -> None:
    """某某范文网 over a menu bar: the headline below them ends as a title, is printed again and
    has its date row under it; the site's name and menu are dropped with a finding."""
    text = (
        "某某范文网\n首页 工作总结 心得体会 演讲稿 申请书 自查报告\n某某县关于开展节约用水活动的通知\n"
        "时间：2020-05-01 10:20 作者：张某\n某某县关于开展节约用水活动的通知\n各乡镇：\n" + BODY + "\n"
    )
    raw = read_text(text)
    assert raw.title == "某某县关于开展节约用水活动的通知"
    assert not any("范文网" in t or "心得体会" in t for t in paragraph_texts(raw))
    assert "chrome-dropped" in finding_kinds(raw)


def test_a_title_under_a_subject_label_wins_over_the_sites_owner() -> None:
    """某市某局 / 意见征集 / 主题： / the title / 时限： …: the line under 主题： is the title and
    the field's value."""
    title = "某市某某指挥部办公室关于征求《某市某某预案（征求意见稿）》意见的函"
    text = f"某市水务局\n意见征集\n主题：\n{title}\n时限：\n截止：2020-06-18\n有关部门：\n{BODY}\n"
    raw = read_text(text)
    assert raw.title == title
    assert raw.metadata.get("主题") == title


def test_a_news_headline_is_the_line_over_its_date_row() -> None:
    """A toolbar and a counter over a news headline with no title word: the line right above the
    paper's date and time row is the headline."""
    text = (
        "登录注册\n5821\n首次通报！某地罕见点名 有3个信息\n某某晚报2022-05-06 09:15\n"
        "5月5日，某地纪委通报了一起违规聚餐问题。\n经查，相关人员已被处理。\n"
    )
    raw = read_text(text)
    assert raw.title == "首次通报！某地罕见点名 有3个信息"
    assert paragraph_texts(raw)[-1] == "经查，相关人员已被处理。"


def test_a_bracketed_column_label_is_no_title_and_the_fields_above_the_headline_stay() -> None:
    """政府信息公开 / （县某某局） / a label-per-line field block / the headline: the column label
    is dropped, the fields are metadata, the headline is the title and is not read as text."""
    title = "某县某某局关于对县人大代表第0012号建议的答复函"
    text = (
        f"政府信息公开\n（县某某局）\n索引号\nabc_xyz/2024-00011\n发布机构\n县某某局\n日期\n2024-11-02\n{title}\n"
        "某某代表：\n你提出的建议收悉，现答复如下。\n"
    )
    raw = read_text(text)
    assert raw.title == title
    assert raw.metadata.get("索引号") == "abc_xyz/2024-00011"
    assert title not in paragraph_texts(raw)
    assert not any("县某某局）" in t for t in paragraph_texts(raw))


def test_a_date_source_row_is_no_title() -> None:
    """2021-02-03 08:09:10 来源：某某网 责任编辑：某某 over a wire dateline and the report's title:
    the row is metadata, the report's title line is the title."""
    title = "某某委员会关于某某会议提案审查情况的报告"
    text = (
        f"2021-02-03 08:09:10 来源：某某网 责任编辑：王某\n某某网2021-02-03号报道\n新华社北京2月3日电\n{title}\n"
        "（2021年2月3日某某会议通过）\n本次会议期间，共收到提案一千件。\n"
    )
    raw = read_text(text)
    assert raw.title == title
    assert not any("责任编辑" in t for t in paragraph_texts(raw))


def test_a_news_headline_first_is_kept_when_nothing_ranks_higher() -> None:
    """A headline without a title word over its date row and the text: it stays the title."""
    raw = read_text("全区召开春耕备耕工作会议\n2023-03-02 10:00\n3月2日，全区召开会议部署春耕工作。\n")
    assert raw.title == "全区召开春耕备耕工作会议"


def test_a_column_name_is_not_glued_onto_the_headline_under_it() -> None:
    """政务文件 over a headline complete in itself: the column name is no part of the title."""
    raw = read_text(f"政务文件\n某省某某厅关于印发某省2022年某某工作要点的通知\n各市某某局：\n{BODY}\n")
    assert raw.title == "某省某某厅关于印发某省2022年某某工作要点的通知"


def test_a_title_broken_after_its_organ_or_issuing_verb_is_still_joined() -> None:
    """某市人民政府 某市中级人民法院印发 / 关于…的意见的通知: the first line issues, the title runs on."""
    raw = read_text(f"某市人民政府 某市中级人民法院印发\n关于完善某某机制的意见的通知\n各县区：\n{BODY}\n")
    assert raw.title == "某市人民政府 某市中级人民法院印发关于完善某某机制的意见的通知"


# -- 4. the organ printed over the document's own title line ------------------------------------
_REPORT = "2024年法治政府建设工作年度报告"
_REPORT_BODY = "2024年，我局认真落实法治政府建设各项部署。现将有关情况报告如下。\n一、主要工作\n健全制度。\n"


def test_the_organ_over_the_repeat_of_a_short_headline_makes_the_full_title() -> None:
    """The page's headline gives the short form; the document's own title block prints its organ
    over a repeat of it: the organ and the headline together are the title, neither is read again."""
    raw = read_text(f"{_REPORT}\n法规科 2025-01-05\n某某县水利局\n{_REPORT}\n{_REPORT_BODY}")
    assert raw.title == "某某县水利局" + _REPORT
    assert paragraph_texts(raw)[0].startswith("2024年，我局")
    assert "某某县水利局" not in paragraph_texts(raw)
    # with no site line between, and for other organ endings
    for organ in ("某市卫生健康委员会", "某区发展和改革委", "某县政务服务中心", "某省某某厅"):
        raw = read_text(f"{_REPORT}\n{organ}\n{_REPORT}\n{_REPORT_BODY}")
        assert raw.title == organ + _REPORT, organ


def test_an_organ_over_the_title_and_its_document_number_is_the_issuer_not_the_title() -> None:
    """某某局 / the title / 某水发〔2025〕2号: the official header of a document, the organ is 发文机关."""
    raw = read_text(f"{_REPORT}\n某某县水利局\n{_REPORT}\n某水发〔2025〕2号\n{_REPORT_BODY}")
    assert raw.title == _REPORT
    assert raw.metadata["发文机关"] == "某某县水利局"
    assert raw.metadata["发文字号"] == "某水发〔2025〕2号"


def test_an_organ_is_not_joined_to_a_title_that_names_its_place_or_issuer() -> None:
    for title in ("某县2024年法治政府建设工作年度报告", "全县2024年法治政府建设工作年度报告"):
        raw = read_text(f"{title}\n某某县水利局\n{title}\n{_REPORT_BODY}")
        assert raw.title == title, title
        assert "某某县水利局" in paragraph_texts(raw)  # kept and read: nothing is dropped silently
    # a line that is no organ's name (a sentence, two organs, a title) is never joined
    for line in ("某某县水利局 某某县财政局", "某某县水利局欢迎您", "某某县水利局。"):
        raw = read_text(f"{_REPORT}\n{line}\n{_REPORT}\n{_REPORT_BODY}")
        assert raw.title == _REPORT, line


def test_a_signature_at_the_end_is_no_title_block() -> None:
    raw = read_text(f"{_REPORT}\n{_REPORT_BODY}某某县水利局\n2025年1月5日\n")
    assert raw.title == _REPORT
    assert paragraph_texts(raw)[-2:] == ["某某县水利局", "2025年1月5日"]


def test_a_declared_title_takes_the_organ_over_its_repeat_too() -> None:
    """标题：… declared on the page; the document prints its organ over the title line."""
    raw = read_text(f"标题：{_REPORT}\n某某县水利局\n{_REPORT}\n{_REPORT_BODY}")
    assert raw.title == "某某县水利局" + _REPORT


# -- 5. no title line: the report the opening paragraph says the text is -------------------------
_SUMMARY_BODY = "过去一年的主要工作\n过去一年，常委会制定法律五部。\n"


def test_a_summary_of_a_report_is_titled_by_the_report_it_delivers() -> None:
    """某社某地3月5日电 受…委托，…向…会议作《某某工作报告》。报告摘要如下： the text is that report."""
    name = "某某省人民代表大会常务委员会工作报告"
    lead = f"某某社某地1月20日电 受省人大常委会委托，常委会主任李某1月20日向某某省十四届人大三次会议作《{name}》。报告摘要如下："
    raw = read_text(f"{lead}\n{_SUMMARY_BODY}", source="/tmp/08_xx-baogao.txt")
    assert raw.title == name
    assert "title-guessed" in finding_kinds(raw)
    # the lead is still read, without the wire's dateline (its byline, named in a finding)
    assert paragraph_texts(raw)[0] == lead.removeprefix("某某社某地1月20日电 ")
    assert any(finding.text == "某某社某地1月20日电" for finding in raw.findings)
    # the excerpt lead alone, or the delivering verb alone, names it too
    for lead in (f"本报讯 《{name}》全文如下：", f"某某社电 省长王某在会上发表题为《{name}》的讲话，全文如下："):
        assert read_text(f"{lead}\n{_SUMMARY_BODY}", source="/tmp/x.txt").title == name, lead
    assert read_text(f"会上，王某作《{name}》，与会代表认真审议。\n{_SUMMARY_BODY}", source="/tmp/x.txt").title == name


def test_a_document_the_opening_only_cites_is_not_the_title() -> None:
    """根据《…》, 贯彻《…》, 做好…工作《…》: a document cited, not the text itself; no title is invented."""
    for lead in (
        "根据《某某省政府信息公开工作年度报告》要求，现将有关情况报告如下：",
        "为贯彻《某某市安全生产工作要点》，全文如下：",
        "认真做好统计工作《某某县统计公报》已于近日印出。",
        "会议审议《某某县财政预算报告》。报告摘要如下：",
    ):
        raw = read_text(f"{lead}\n{_SUMMARY_BODY}", source="/tmp/notice-17.txt")
        assert raw.title == "", lead
        assert "title-missing" in finding_kinds(raw)
    # a name that is no title (a law's short name, a newspaper) is never taken
    raw = read_text(f"某某社电 王某在会上作《说明》。摘要如下：\n{_SUMMARY_BODY}", source="/tmp/x.txt")
    assert raw.title == ""


def test_a_delivered_name_is_taken_only_from_the_opening_paragraph() -> None:
    name = "某某县人民政府工作报告"
    raw = read_text(f"各位代表：\n{_SUMMARY_BODY}会上，县长作《{name}》。报告摘要如下：\n", source="/tmp/x.txt")
    assert raw.title == ""


def test_a_reposts_paragraph_saying_the_named_document_follows_whole_names_the_text() -> None:
    name = "某市推进县城建设实施方案"
    lead = f"近日，某市委办公厅、某市人民政府办公厅印发了《{name}》，并发出通知，要求认真抓好落实。"
    body = "为深入贯彻有关要求，结合我市实际，制定本实施方案。\n一、总体要求\n坚持以人为本。\n"
    raw = read_text(f"{lead}\n《{name}》全文如下。\n{body}", source="/tmp/x.txt")
    assert raw.title == name  # not the kind alone (实施方案) that 制定本实施方案 gives
    assert "title-guessed" in finding_kinds(raw)
    # A paragraph that only cites the name further in, or cites it without the lead, names nothing.
    for second in (f"会议认为，《{name}》全文如下。", f"《{name}》已经市政府同意。"):
        raw = read_text(f"{lead}\n{second}\n{body}", source="/tmp/x.txt")
        assert raw.title == "实施方案", second


# -- 6. no title line: the kind the text says it makes or issues itself ---------------------------
def test_a_text_that_says_it_makes_itself_is_named_by_its_kind() -> None:
    """特制定本预案。, 制定本规定。, 特发布如下禁火令：, 现将有关事项通告如下：: the kind is the text's own
    name for itself; it titles the text (with a finding) rather than 无标题文档."""
    cases = {
        "预案": "1. 总则\n1.1 编制目的\n为了做好某镇防汛工作，减少灾害损失，特制定本预案。\n1.2 编制依据\n依据有关法律。\n",
        "规定": "第一条 根据某区机构改革方案，制定本规定。\n第二条 某局是区政府工作部门。\n",
        "禁火令": "当前我县森林火险等级高，为预防森林火灾，特发布如下禁火令：\n一、禁火时间：3月1日至4月30日。\n",
        "通告": "目前我市已进入汛期，为保障群众安全，现将有关事项通告如下：\n一、禁止在河道内游泳。\n",
        "公告": "为做好某路改造工作，现公告如下：\n一、施工期间禁止通行。\n",
    }
    for name, text in cases.items():
        raw = read_text(text, source="/tmp/13_xx-tonggao.txt")
        assert raw.title == name, text
        assert "title-guessed" in finding_kinds(raw) and "title-missing" not in finding_kinds(raw)
        assert paragraph_texts(raw)[0] == text.splitlines()[0]  # nothing of the text is taken


def test_a_text_that_reports_or_passes_something_on_does_not_name_itself() -> None:
    """现将有关情况报告如下, 现将有关事项通知如下, 本预案所称…: no making or issuing of the text itself."""
    for lead in (
        "现将有关情况报告如下：",
        "现将有关事项通知如下：",
        "本预案所称突发事件是指突然发生的事件。",
        "各单位要按照本规定执行。",
    ):
        raw = read_text(f"{lead}\n一、基本情况\n全年完成任务。\n", source="/tmp/notice-17.txt")
        assert raw.title == "", lead
        assert "title-missing" in finding_kinds(raw)


def test_a_chinese_file_name_names_the_text_before_its_kind(tmp_path: Path) -> None:
    path = tmp_path / "某县2025年森林防火禁火令.txt"
    path.write_text("为预防森林火灾，特发布如下禁火令：\n一、禁火时间：3月1日至4月30日。\n", encoding="utf-8")
    assert read_document(path).title == "某县2025年森林防火禁火令"


# -- a site's column name, a quoted label or an advert with a web address before the headline ---
_PLAN = "某某市安全生产专项整治三年行动方案（2024—2026年）"
_ISSUING = "某某县人民政府办公室关于印发《某某县促进就业若干措施》的通知"


def test_a_listed_column_name_with_a_colon_before_the_headline_is_no_part_of_the_title() -> None:
    raw = read_text(f"通知公告：{_PLAN}\n各有关单位：\n{BODY}\n")
    assert raw.title == _PLAN
    assert "title-tag" in finding_kinds(raw)
    assert "栏目" not in raw.metadata
    # a column named as a kind of document (政策解读) is the site's label when the text is the
    # named plan itself: it issues it by name, or prints its title line (broken over two lines)
    letter = f"各有关单位：\n现将《{_PLAN}》印发给你们，请认真贯彻落实。\n某某市安全生产委员会\n"
    printed = "某某市安全生产专项整治三年行动方案\n（2024—2026年）\n为贯彻落实上级部署，制定本方案。\n"
    for text in (letter, printed):
        raw = read_text(f"政策解读：{_PLAN}\n{text}")
        assert raw.title == _PLAN, text
        assert "title-tag" in finding_kinds(raw)
    # … else it may be the document's own kind, a reading of the plan: the title as written
    assert read_text(f"政策解读：{_PLAN}\n{BODY}\n").title == f"政策解读：{_PLAN}"
    # an unlisted word before a colon is the title as written (紧急通知：…, 某某专题：…)
    assert read_text(f"专项整治：{_PLAN}\n{BODY}\n").title == f"专项整治：{_PLAN}"


def test_a_news_tag_set_with_a_bar_before_the_headline_is_no_part_of_the_title() -> None:
    """全文|…, 重磅丨…, 快讯｜…: a news site's tag saying how the story is offered; the bar (丨 too,
    a character pages use as one) sets it apart. The tag is reported, never spoken."""
    story = "某某省国民经济和社会发展第十五个五年规划纲要发布"
    for tag in ("全文|", "重磅丨", "快讯｜", "权威发布 | "):
        raw = read_text(f"{tag}{story}\n时间：2026-02-18 11:24\n来源：某某省政府网\n{BODY}\n")
        assert raw.title == story, tag
        assert "title-tag" in finding_kinds(raw)
    # what it must not touch: a longer name before the bar, a word naming the document's kind
    # (文字实录｜…: the page is the transcript; 紧急通知｜…), or a short text after the bar
    meeting = "某某省生态环境厅召开3月例行新闻发布会"
    for title in (f"某某县人民政府门户网站｜{story}", f"文字实录|{meeting}", f"紧急通知｜{story}", "全文｜年度报告"):
        assert read_text(f"{title}\n时间：2026-02-18 11:24\n{BODY}\n").title == title, title


def test_a_topic_in_lenticular_brackets_before_a_story_is_no_part_of_its_title() -> None:
    """【聚焦2026某省两会】某市代表团：凝心聚力谋发展: a news site's topic, figures and all, before a
    story's headline (no title of its own kind: 某某代表团：…); a short rest keeps its label."""
    story = "某某市代表团：凝心聚力谋发展 铆足干劲抓落实"
    raw = read_text(f"【聚焦2026某某省两会】{story}\n2026-01-29 17:58 来源：某某网\n{BODY}\n")
    assert raw.title == story
    assert "title-tag" in finding_kinds(raw)
    assert read_text(f"【通知】放假安排\n{BODY}\n").title == "【通知】放假安排"


def test_a_quoted_label_set_apart_before_a_complete_headline_is_no_part_of_the_title() -> None:
    raw = read_text(f"“部门信息公开” {_ISSUING}\n{BODY}\n")
    assert raw.title == _ISSUING
    assert "title-tag" in finding_kinds(raw)
    # a quoted word inside the title stays: “十四五”… is the title's own
    quoted = "“十四五”某某县农业农村发展规划"
    assert read_text(f"{quoted}\n{BODY}\n").title == quoted
    # a quoted label before what is no complete headline stays
    assert read_text(f"“某某” 专项行动\n{BODY}\n").title == "“某某” 专项行动"


def test_an_advert_with_a_web_address_before_the_headline_is_no_part_of_the_title() -> None:
    for advert in ("某某皮肤病医院 http://ad.example.net/", "www.example.com ", "广告 https://x.example.org/a?b=1 "):
        raw = read_text(f"{advert}{_ISSUING}\n{BODY}\n")
        assert raw.title == _ISSUING, advert
        # (an address alone before the headline goes as chrome, one with words as the title's tag)
        assert any(f.kind in ("title-tag", "chrome-dropped") and advert.strip() in f.text for f in raw.findings), advert
    # an address the title is about stays in it
    about = "关于http://www.example.gov.cn网站群集约化建设工作的通知"
    assert read_text(f"{about}\n{BODY}\n").title == about


def test_a_headline_broken_over_two_lines_under_the_menus_is_taken_whole() -> None:
    """关于…收支的 / 审计工作报告 under a toolbar: the two lines rank as one headline, not the second
    alone (审计工作报告), and the first is no furniture to drop."""
    first, second = "关于2024年度县级预算执行和其他财政收支的", "审计工作报告"
    occasion = "——2025年8月2日在某某县人民代表大会常务委员会会议上"
    raw = read_text(f"• 扫一扫\n打开 · 手机版\n当前位置：首页 > 审计结果公告\n{first}\n{second}\n{occasion}\n{BODY}\n")
    assert raw.title == first + second
    assert paragraph_texts(raw)[0] == occasion


def test_a_cover_letter_whose_sentence_issues_the_rules_printed_under_it_names_the_text() -> None:
    """《某某规则》已经…会议通过，现予印发。 then the rules under their own title line: the rules'
    title, even with the issuing verb at the end of the sentence, far from the name."""
    rules = "某某市人民政府常务会议议事规则"
    text = (
        "某某园区管委会，各乡镇人民政府，市级各部门：\n"
        f"《{rules}》已经2025年3月1日召开的市人民政府第9次常务会议审议通过，现予印发。\n"
        f"某某市人民政府\n2025年3月5日\n（此件公开发布）\n{rules}\n第一章 总则\n第一条 为规范会议，制定本规则。\n"
    )
    raw = read_text(text, source="/tmp/06_xx-guize.txt")
    assert raw.title == rules
    assert "title-guessed" in finding_kinds(raw)
    # a name only cited in the sentence (根据《…》…印发) is not the text's, even printed as a line later
    cited = text.replace(f"《{rules}》已经", f"根据《{rules}》，本办法已经")
    assert read_text(cited, source="/tmp/06_xx-guize.txt").title != rules


def test_an_emergency_plan_is_a_title_as_a_plan_or_a_programme_is() -> None:
    """…应急预案 ends as a title does: under a document site's lines (• 120.50 KB, • 25页) it is the
    headline, and broken over two lines (某某县突发地质灾害 / 应急预案) it is joined."""
    plan = "某某县突发地质灾害应急预案"
    assert ends_as_title(plan)
    raw = read_text(f"• 120.50 KB\n• 25页\n\n{plan}\n一、总则\n为做好地质灾害防治工作，制定本预案。\n")
    assert raw.title == plan
    assert paragraph_texts(raw)[0] == "一、总则"
    assert read_text(f"某某县突发地质灾害\n应急预案\n一、总则\n{BODY}\n").title == plan


def test_a_title_word_before_a_bracketed_period_or_state_still_ends_the_title() -> None:
    for title in ("某市三年行动方案（2024—2026年）", "某县管理办法（试行）", "某县规划(2021-2025)", "某区工作要点（2025年）"):
        assert ends_as_title(title), title
    for line in ("某市三年行动（2024—2026年）", "某县的办法（其他说明文字很长很长）"):
        assert not ends_as_title(line), line


def test_a_sites_listing_name_over_the_documents_own_headline_is_not_glued_to_it() -> None:
    """(某省)某县…十四五规划(2022年更新) over the plan's full title: the site's listing name, with its
    region label and note, is dropped with a finding; the full title under it is the title."""
    listing = "（某某省）某某县国民经济和社会发展十四五规划（2022年更新）"
    title = "某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    raw = read_text(f"{listing}\n{title}\n某某县人民政府制定\n前言\n“十四五”时期是重要的五年。\n")
    assert raw.title == title
    assert any(f.kind == "chrome-dropped" and listing in f.text for f in raw.findings)
    # a title broken over two lines after a region label is still joined
    broken = read_text(f"（某某省）某某县人民政府关于印发\n某某县促进就业若干措施的通知\n{BODY}\n")
    assert broken.title.endswith("关于印发某某县促进就业若干措施的通知")


def test_a_cover_title_broken_over_lines_and_printed_whole_further_down_is_the_title() -> None:
    """A PDF's cover breaks the title over three lines (某县…发展 / 第十四个五年规划和2035年 / 远景目标纲要);
    the inner page prints it whole on one line: the three lines are the title, ranked over the
    resolution adopting it that the cover prints next."""
    parts = ["某某县国民经济和社会发展", "第十四个五年规划和2035年", "远景目标纲要"]
    whole = "".join(parts)
    text = (
        "（某某省）某某市某某县国民经济和社会发展十四五规划（2022年更新）\n"
        + "\n".join(parts)
        + "\n某某县人民政府\n2021年5月\n某某县人民代表大会关于某某县国民经济和社会发展规划纲要的决议\n"
        + f"{whole}\n根据县委的建议，编制本纲要。\n"
    )
    raw = read_text(text)
    assert raw.title == whole
    assert "某某县人民政府" in paragraph_texts(raw)  # the cover's issuer and date are kept, not dropped
    # three short lines that are printed nowhere again are not joined into a title
    assert read_text("某某县人民政府\n某某局\n工作要点\n一、总体要求\n做好工作。\n").title != "某某县人民政府某某局工作要点"


def test_a_plans_title_broken_over_three_lines_its_year_letter_spaced_is_the_title() -> None:
    """某区…发展 / 第十四个五年规划和二 〇 三五年 / 远景目标纲要 under the site's headline, printed
    nowhere whole: the plan's ordinal opens the second line, so the three are one title; the year
    set letter-spaced is one year, no bar of items."""
    parts = ["某某区国民经济和社会发展", "第十四个五年规划和二 〇 三五年", "远景目标纲要"]
    text = (
        "（某某省）某某市某某区国民经济和社会发展十四五规划（2022年更新）\n"
        + "\n".join(parts)
        + "\n（2021 年1 月20 日在某某区第十六届人民代表大会第六次会议批准）\n某某区人民政府\n前 言\n根据区委的建议，编制本纲要。\n"
    )
    raw = read_text(text)
    assert raw.title == "某某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"

def test_a_fire_ban_order_ends_as_a_title_does() -> None:
    """…禁火令 (禁渔令, 封山令) names a document as …通告 does: broken over two lines it is joined."""
    raw = read_text("某某县人民政府2025年\n森林防火禁火令\n为预防森林火灾，特发布如下禁火令：\n一、禁火时间：3月1日至4月30日。\n")
    assert raw.title == "某某县人民政府2025年森林防火禁火令"
    assert ends_as_title("某某市2025年长江禁渔令") and not ends_as_title("严格遵守口令")


def test_numbered_lines_over_the_headline_printed_again_below_are_the_pages_list_of_headings() -> None:
    """A page lists the document's headings over its headline; the document prints them itself
    below: the list is the site's, dropped, and the headline found under it."""
    title = "2025年某县政府工作报告"
    page = (
        "一、2024年工作回顾\n二、2025年目标任务\n（一）坚持生态优先\n（二）夯实产业基础\n三、加强政府自身建设\n"
        f"{title}\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2024年工作回顾\n过去一年，全县经济稳中向好。\n"
    )
    raw = read_text(page)
    assert raw.title == title
    assert raw.paragraphs[0].text == "各位代表："


def test_a_part_heading_over_the_report_it_opens_is_never_dropped_as_furniture() -> None:
    """A budget PDF: the cover's title, its contents, then 第一部分 and the report under it. The
    part heading is the document's, printed once: it stays, and the cover's title is the title."""
    page = (
        "2024年某镇政府预算公开\n目 录\n第一部分 预算报告\n第二部分 预算草案报表\n第三部分 相关说明\n"
        "第一部分 预算报告\n关于某镇2023年预算执行情况和2024年预算草案的报告\n各位代表：\n现将预算报告如下，请予审议。\n"
    )
    raw = read_text(page)
    assert raw.title == "2024年某镇政府预算公开"
    assert "第一部分 预算报告" in [p.text for p in raw.paragraphs]


# -- the name an untitled report publishes itself under, a cover letter in traditional characters --


def test_an_untitled_annual_report_is_named_by_what_its_opening_publishes() -> None:
    """根据《条例》规定，现公布某局2023年…年度报告。: the opening names the text in full; it is the
    title, and a finding says it was guessed."""
    raw = read_text(
        "根据《中华人民共和国政府信息公开条例》规定，现公布某某区统计局2023年政府信息公开工作年度报告。"
        "本报告由总体情况等六部分组成。\n一、总体情况\n2023年，我局主动公开政府信息50条。\n"
    )
    assert raw.title == "某某区统计局2023年政府信息公开工作年度报告"
    assert "title-guessed" in finding_kinds(raw)


def test_a_report_published_as_this_organs_is_not_named_by_it() -> None:
    """现向社会公布本机关2023年度报告: 本机关 names no one a listener knows; no title is guessed."""
    raw = read_text("现公布本机关2023年政府信息公开工作年度报告。\n一、总体情况\n2023年，我局主动公开政府信息50条。\n")
    assert raw.title == ""
    assert "title-missing" in finding_kinds(raw)


def test_a_cover_letter_in_traditional_characters_names_the_plan_it_passes_on() -> None:
    """區發展改革委《某某實施方案》已經區政府審核通過，現轉發給你們: the drafting organ opens the
    sentence and the verbs are traditional; the plan's own title line below is the title."""
    raw = read_text(
        "區政府各委、辦、局：\n區發展改革委《某某區促進養老服務發展實施方案》已經區政府審核通過，現轉發給你們，請認真按照執行。\n"
        "某某區人民政府辦公室\n2023年4月23日\n某某區促進養老服務發展實施方案\n一、實施背景\n養老服務體系逐步完善。\n"
    )
    assert raw.title == "某某區促進養老服務發展實施方案"


def test_a_plan_only_cited_in_a_cover_letter_does_not_name_it() -> None:
    """为贯彻《某某意见》，现将《某某方案》印发给你们: the cited 意见 is not the text, even though
    a short clause stands before it."""
    raw = read_text(
        "各乡镇人民政府：\n为贯彻《某某省关于养老服务的意见》，现将有关事项通知如下。\n"
        "某某省关于养老服务的意见\n一、总体要求\n养老服务体系逐步完善。\n"
    )
    assert raw.title != "某某省关于养老服务的意见"


# -- lines round the title that are no part of it ------------------------------------------------


def test_a_congress_session_label_over_a_report_is_read_but_not_the_title() -> None:
    raw = read_text(
        "某某县十七届人大四次会议文件\n政府工作报告\n——2024年3月11日在某某县第十七届人民代表大会第四次会议上\n"
        "某某县人民政府县长 张三\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
    )
    assert raw.title == "政府工作报告"
    assert paragraph_texts(raw)[0] == "某某县十七届人大四次会议文件"  # kept, read after the title


def test_a_document_number_in_brackets_after_the_title_goes_to_the_metadata() -> None:
    raw = read_text(
        "中共某某市委办公室某某市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知（某办发〔2017〕2号）\n"
        "来源：某某市政府门户网 日期：2017-01-12 17:08\n各县市区人民政府：\n" + BODY
    )
    assert raw.title == "中共某某市委办公室某某市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知"
    assert raw.metadata["发文字号"] == "某办发〔2017〕2号"


def test_an_order_or_announcement_number_in_brackets_after_the_title_goes_to_the_metadata() -> None:
    """An order's count (某省人民政府令第12号, 某部令2019年第5号) or an announcement's (某局公告2024年
    第3号) in brackets after the title is a number like 某办发〔2017〕2号: metadata, not title."""
    for number in ("某某省人民政府令第12号", "某某部令2019年第5号", "某某局公告2024年第3号"):
        raw = read_text(f"某某省人民政府关于废止部分规章的决定（{number}）\n来源：某某网\n" + BODY)
        assert raw.title == "某某省人民政府关于废止部分规章的决定"
        assert raw.metadata["发文字号"] == number


def test_a_title_naming_an_order_keeps_its_number() -> None:
    """A headline that does not end as a title (…对照表) keeps the bracketed order it names."""
    raw = read_text("某某市政府规章修改前后对照表（某某市人民政府令第8号）\n来源：某某网\n" + BODY)
    assert raw.title.endswith("（某某市人民政府令第8号）")


def test_a_title_naming_a_number_keeps_it() -> None:
    """（…〔2017〕2号） after a headline that does not end as a title does is part of the name."""
    raw = read_text("某某市2017年工作要点解读（某办发〔2017〕2号）附表\n来源：某某网\n" + BODY)
    assert "2号" in raw.title


def test_the_title_again_with_contents_is_the_heading_of_the_contents() -> None:
    """The headline, a field row, then 某局2024年预算公开目录: the document's title page heading
    its contents. The headline is the title; 目录 is read to open the contents."""
    raw = read_text(
        "2023年11月5日 星期天\n某某县教育体育局2024年预算公开\n发布时间：2024-03-20 15:01:17 来源：某某县教育体育局\n"
        "某某县教育体育局2024年预算公开目录\n第一部分 部门预算编制说明\n第二部分 部门预算表\n"
        "第一部分 部门预算编制说明\n一、基本职能\n负责全县教育工作。\n"
    )
    assert raw.title == "某某县教育体育局2024年预算公开"
    assert paragraph_texts(raw)[:2] == ["目录", "第一部分 部门预算编制说明"]


def test_a_contents_heading_opening_the_text_is_never_its_title(tmp_path: Path) -> None:
    """A 决算 copied from its 目 录 on: the contents heading names a part of the document, not the
    document, and the parts' names (2024年度部门决算报表) are not its name either. The text gives
    no title, so none is said (staff are told), and 目录 is read to open the contents."""
    text = (
        "目 录\n第一部分 2024年度部门决算报表\n第二部分 2024年度部门决算说明\n"
        "第一部分 2024年度部门决算报表\n报表详见附件。\n第二部分 2024年度部门决算说明\n"
        "一、单位基本情况\n某某县某某局成立于2019年。\n"
    )
    path = tmp_path / "07_xx-juesuan.txt"
    path.write_text(text, encoding="utf-8")
    raw = read_document(path)
    assert raw.title == ""
    assert "title-missing" in finding_kinds(raw)
    assert paragraph_texts(raw)[0] == "目录"
    # the same text named by its own line over the contents keeps that line as its title
    raw = read_text("某某县某某局2024年度部门决算\n" + text)
    assert raw.title == "某某县某某局2024年度部门决算"


def test_contents_under_a_hard_wrapped_title_is_not_joined_to_it() -> None:
    """Text copied from a PDF joins lines that fill the width; 目录 is a heading of its own line."""
    wide = "某某傣族佤族自治县卫生健康局（本级）2023年度部门决算"
    lines = [wide, "目录", "第一部分单位概况"] + [
        "负责全县卫生健康事业发展的法律法规和方针政策的贯彻执行，拟订全县卫生健"[: len(wide)] for _ in range(8)
    ]
    raw = read_text("\n".join(lines) + "\n")
    assert raw.title == wide
    assert paragraph_texts(raw)[0] == "目录"


def test_the_figures_of_a_year_set_apart_are_closed_up() -> None:
    """二 〇 三五年 in a title copied from a PDF is one year; figures not making a year stay apart."""
    assert close_title_spaces("某县第十四个五年规划和二 〇 三五年远景目标纲要") == "某县第十四个五年规划和二〇三五年远景目标纲要"
    assert close_title_spaces("某县第一 二批项目清单") == "某县第一 二批项目清单"


def test_a_space_inside_a_name_in_marks_is_closed_unless_it_parts_issuers_or_labels() -> None:
    """印发《关于进一步 强化…的意见》的通知 (ho101/16, ho65/11; session 50): the page broke the name's
    line there; joint issuers inside the marks and two labels in a bracketed note stay apart."""
    assert close_title_spaces("某厅印发《关于进一步 强化某某工作的意见》的通知") == "某厅印发《关于进一步强化某某工作的意见》的通知"
    assert close_title_spaces("某厅转发《财政部 税务总局关于某某政策的公告》的通知") == "某厅转发《财政部 税务总局关于某某政策的公告》的通知"
    assert close_title_spaces("关于《某某条例（草案修改二稿 征求意见稿）》征求意见的公告") == "关于《某某条例（草案修改二稿 征求意见稿）》征求意见的公告"


def test_a_sites_name_for_a_document_gives_way_to_its_own_title_further_down() -> None:
    """A collector's headline （某省）某市…十四五规划（2022年更新）, its own lines (发表于：…, 收藏, 前言),
    then the document: its title over two lines and its approval note. The document's title is the
    title; the headline is the site's, not read, the lines between are read (checked by staff: findings)."""
    own = ["某某市国民经济和社会发展第十四个五年", "规划和二〇三五年远景目标纲要"]
    head = "（某某省）某某市国民经济和社会发展十四五规划（2022年更新）\n发表于：2022-08-02 17:08:00\n收藏\n详情\n"
    note = "（2021年2月24日某某市第二届人民代表大会第九次会议批准）\n"
    raw = read_text(head + "\n".join(own) + "\n" + note + "第一章 发展基础\n" + BODY + "\n")
    assert raw.title == "".join(own)
    assert "title-guessed" in finding_kinds(raw)
    assert not any(text.startswith("（某某省）") for text in paragraph_texts(raw))  # the site's name for it: not read
    assert any(f.kind == "chrome-dropped" and f.text.startswith("（某某省）") for f in raw.findings)
    # a site's short name over a report, its toolbar, then the report's title and opening paragraph
    opening = "本年度报告由某某区管理委员会根据《中华人民共和国政府信息公开条例》要求编制。" * 3
    raw = read_text(
        "某某经开区管委会2025年政府信息公开工作年报（文字版）\n日期：2026-03-15\n语音播报\n"
        f"某某市某某经济技术开发区管理委员会\n2025年政府信息公开工作年度报告\n{opening}\n一、总体情况\n{BODY}\n"
    )
    assert raw.title == "某某市某某经济技术开发区管理委员会2025年政府信息公开工作年度报告"


def test_what_the_own_title_further_down_must_not_take() -> None:
    """A notice issuing a plan and then printing it keeps its own title (a salutation and a sentence
    stand between); an unrelated title line keeps the headline."""
    notice = "某某县人民政府关于印发某某县春耕生产工作方案的通知"
    raw = read_text(
        f"{notice}\n各乡镇人民政府：\n现将《某某县春耕生产工作方案》印发给你们，请认真贯彻执行。\n"
        "某某县春耕生产工作方案\n一、总体要求\n" + BODY + "\n"
    )
    assert raw.title == notice
    report = "2025年某某县人民政府工作报告"
    raw = read_text(f"{report}\n本地新闻\n政府工作报告\n——2025年1月8日在某某县第五届人民代表大会第三次会议上\n{BODY}\n")
    assert raw.title == report  # the headline says the report's own line more fully (see own_short_title)
    raw = read_text(f"{report}\n日期：2025-01-10\n某某县农业农村局工作要点\n一、总体要求\n{BODY}\n")
    assert raw.title == report


def test_a_space_after_the_issuing_verb_or_inside_a_figure_is_closed_up() -> None:
    """A headline laid out with spaces round a figure (关于印发 2025 年某某方案的通知): the figure
    and its unit are one word, and what a verb issues follows it in one phrase."""
    for spaced in (
        "某区人民政府办公室关于印发 2025 年区重点工作任务分解方案的通知",
        "某市卫生健康委关于印发 2024年全市卫生健康工作要点的通知",
        "关于转发 某省2025年春耕生产工作方案的通知",
    ):
        closed = spaced.replace(" ", "")
        assert read_text(f"{spaced}\n{BODY}\n").title == closed, spaced
    # not touched: a year set apart before the title, issuers set apart, a figure without a unit
    for kept in ("2025年 某县政府工作报告", "某市人民政府 某市中级人民法院印发联动办法的通知", "某区 12345 热线工作方案"):
        assert read_text(f"{kept}\n{BODY}\n").title == kept, kept


def test_a_bracketed_date_alone_on_the_first_line_is_never_the_title() -> None:
    """（二〇二五年三月一日） over the number and the salutation is the notice's dateline: read as
    text; the plan the notice issues and prints under its own title line names the text."""
    plan = "2025年某区重点工作任务分解"
    for dateline in ("（二〇二五年三月一日）", "(二OO八年二月二十六日)", "2025年3月1日"):
        text = (
            f"{dateline}\n某府办〔2025〕3号\n各镇人民政府，各街道办事处：\n现将《{plan}》印发给你们，请认真贯彻执行。\n"
            f"特此通知\n{plan}\n一、促进经济发展\n{BODY}\n"
        )
        raw = read_text(text)
        assert raw.title == plan, dateline
        assert any(dateline.strip("()（）") in line for line in paragraph_texts(raw)), dateline
    # a title that holds a date is no date alone
    title = "某县2025年3月份工作要点"
    assert read_text(f"{title}\n{BODY}\n").title == title


def test_a_column_named_by_kinds_of_document_over_the_field_table_is_not_the_title() -> None:
    """计划总结 (a site's column: plans and summaries) over the 索引号 rows and the notice's own
    headline: the column is dropped with a finding, the headline is the title."""
    headline = "某省农业农村厅关于印发2025年全省农业农村工作要点的通知"
    for column in ("计划总结", "通知公告"):
        page = (
            f"{column}\n索引号: 000000/2025-00001 公开日期: 2025-03-01\n发布机构: 省农业农村厅\n"
            f"{headline}\n发布日期: 2025-03-02 10:00 信息来源: 省农业农村厅\n各市农业农村局：\n{BODY}\n"
        )
        raw = read_text(page)
        assert raw.title == headline, column
        assert "chrome-dropped" in finding_kinds(raw)
    # one kind alone with nothing better at the head stays the title; a name that holds more is a title
    raw = read_text(f"公告\n为做好森林防火工作，现将有关事项公告如下：\n{BODY}\n")
    assert raw.title == "公告"
    raw = read_text(f"年度工作计划总结\n索引号: 000000/2025-00001\n{BODY}\n")
    assert raw.title == "年度工作计划总结"


def test_a_search_bar_over_the_headline_is_not_glued_to_it() -> None:
    """热搜： with a few hot words set apart by spaces, then the headline: the bar is the site's
    (dropped with a finding), not the first half of a title broken over two lines."""
    headline = "某县林业局春季植树造林工作方案"
    for bar in ("热搜： 诗词名句  读书笔记  作文300字  述职报告", "热门搜索: 公文范文 心得体会 工作总结"):
        raw = read_text(f"{bar}\n{headline}\n{BODY}\n")
        assert raw.title == headline, bar
        assert "chrome-dropped" in finding_kinds(raw)
    # a title truly broken over two lines is still joined
    raw = read_text(f"关于某某县2024年预算执行情况\n和2025年预算草案的报告\n{BODY}\n")
    assert raw.title == "关于某某县2024年预算执行情况和2025年预算草案的报告"


def test_a_latin_crumb_over_a_complete_headline_is_not_glued_to_it() -> None:
    """The last crumb of a trail left over the headline (xyz99bet99, a hacked column's name): a
    line without one Chinese character is no first half of a Chinese title that is complete
    without it; it is dropped with a finding."""
    headline = "某市2025年春季大气污染综合治理攻坚行动方案"
    raw = read_text(f"xyz99bet99\n{headline}\n来源： 某网\n{BODY}\n")
    assert raw.title == headline
    assert "chrome-dropped" in finding_kinds(raw)
    # a figure broken off the start of a title that is not complete without it is still joined
    raw = read_text(f"2025\n年某县春季森林防火工作方案\n{BODY}\n")
    assert raw.title == "2025年某县春季森林防火工作方案"


def test_a_headline_over_the_documents_own_title_line_is_not_joined_to_it() -> None:
    """某局（本级）2025年度部门预算公开 over 某局2025年度预算公开说明: both open with the organ, so the
    second is a title of its own, not the rest of the first: the headline is the title and the
    second line is read as the text's first line."""
    headline = "某市某区卫生健康委员会（本级）2025年度部门预算公开"
    own = "某市某区卫生健康委员会2025年度预算公开说明"
    raw = read_text(f"{headline}\n{own}\n一、单位基本情况\n{BODY}\n")
    assert raw.title == headline
    assert paragraph_texts(raw)[0] == own
    # a title broken over two lines does not open its second line as it opened the first
    raw = read_text(f"某市某区卫生健康委员会关于印发\n某区2025年卫生健康工作要点的通知\n{BODY}\n")
    assert raw.title == "某市某区卫生健康委员会关于印发某区2025年卫生健康工作要点的通知"


def test_a_notice_issuing_a_plan_by_its_unmarked_name_is_titled_by_the_plan() -> None:
    """The text opens with the salutation; 某市某某事业“十四五”发展规划已经市政府同意，现予印发 names the
    plan without book-title marks, and the plan's title line further down has its drafting organ
    glued before it: the plan's name is the title (a guess, with a finding); nothing is dropped."""
    plan = "某市交通运输事业“十四五”发展规划"
    text = (
        "各镇人民政府，市各委、办、局：\n"
        f"{plan}已经市政府同意，现予印发，请遵照执行。\n某市人民政府办公室\n2025年3月1日\n"
        f"某市交通运输局{plan}\n一、发展基础\n{BODY}\n"
    )
    raw = read_text(text)
    assert raw.title == plan
    assert "title-guessed" in finding_kinds(raw)
    assert f"某市交通运输局{plan}" in paragraph_texts(raw)
    # a name it does not print (nor with an organ before it) is not taken; nor a sentence that issues nothing
    assert read_text(text.replace(f"某市交通运输局{plan}", "某市交通运输局")).title == ""
    assert read_text(text.replace("已经市政府同意，现予印发，请遵照执行", "已经完成编制，正在征求意见")).title == ""


def test_a_field_table_in_bar_cells_naming_the_file_gives_the_title() -> None:
    """文件名称 | 某区2025年政府工作报告 | || and further field rows in bar cells (公开目录:, 公开责任部门
    left empty) over a report: the 文件名称 field is the title; the rows are metadata, not read."""
    title = "某某区2025年政府工作报告"
    page = (
        f"文件名称 | {title} | ||\n索引号 | /2025-0001 | 公开目录: | 工作报告 |\n"
        "公开责任部门 | 公开形式: | 主动公开 | |\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n"
    )
    raw = read_text(page)
    assert raw.title == title
    assert raw.metadata["公开目录"] == "工作报告" and raw.metadata["公开形式"] == "主动公开"
    assert paragraph_texts(raw)[0] == "各位代表："
    # a 文件名称 cell holding a sentence is no title
    raw = read_text("文件名称 | 本文件已废止，请查阅新版。 | ||\n各位代表：\n现在向大会报告工作。\n")
    assert raw.title != "本文件已废止，请查阅新版。"


def test_an_organ_site_or_column_over_a_headline_opening_with_it_is_not_a_second_title() -> None:
    """The two-titles rule (a headline over the document's own title line, both opening with the same
    organ) keeps the first line only when it names a document: the site's owner, the site's name or a
    column opening with the same organ over 某县人民政府关于…的通知 is the site's, dropped with a finding."""
    headline = "某某县人民政府关于开展春季森林防火工作的通知"
    for first in ("某某县人民政府", "某某县人民政府门户网站", "某某县人民政府办公室", "某某县政务公开"):
        raw = read_text(f"{first}\n{headline}\n发布时间：2025-03-01\n{BODY}\n")
        assert raw.title == headline, first
        assert "chrome-dropped" in finding_kinds(raw), first
    # a headline naming a document over the document's own title line keeps the headline
    raw = read_text(f"某某县卫生健康局（本级）2025年度部门预算公开\n某某县卫生健康局2025年度预算公开说明\n{BODY}\n")
    assert raw.title == "某某县卫生健康局（本级）2025年度部门预算公开"
    assert paragraph_texts(raw)[0] == "某某县卫生健康局2025年度预算公开说明"


def test_an_unmarked_name_cited_or_said_further_down_does_not_title_the_text() -> None:
    """Only the opening of a text issues a document by its unmarked name: a plan's name opening a
    paragraph further down (it speaks of the plan) or opened by a cite word (按照…) names no text,
    though a line below repeats it."""
    plan = "某市交通运输事业发展规划"

    def named(*texts: str) -> str:
        return name_untitled("", tuple(Paragraph(text) for text in texts), source="")[0]

    filler = [f"第{n}段正文，介绍有关情况。" for n in range(6)]
    issuing = f"{plan}已经市政府同意，现予印发，请遵照执行。"
    assert named("各镇人民政府：", *filler, issuing, plan, "一、发展基础") == ""
    assert named("各镇人民政府：", f"按照{issuing}", plan, "一、发展基础") == ""
    # at the opening, unmarked, it still names the text
    assert named("各镇人民政府：", issuing, plan, "一、发展基础") == plan


def test_a_crumb_trail_over_the_headline_is_dropped_not_glued() -> None:
    """某某人大网>资料中心>正文 over the headline: a trail whose first crumb is the site's name, not
    首页, is no title's first half; it is dropped with a finding."""
    headline = "全国人大常委会的组织制度和议事规则"
    raw = read_text(f"某省人大网>资料中心>资料中心>正文\n\n{headline}\n\n来源:全国人大 编辑:abc 2025-05-09 17:03:07\n{BODY}\n")
    assert raw.title == headline
    assert not any("资料中心" in text for text in paragraph_texts(raw))  # the site's trail, not read
    # a title broken over two lines is still joined
    raw = read_text(f"关于某县2024年预算执行情况\n和2025年预算草案的报告\n{BODY}\n")
    assert raw.title == "关于某县2024年预算执行情况和2025年预算草案的报告"


def test_a_headline_with_the_sites_name_after_a_dash_loses_the_name_not_the_headline() -> None:
    """某某述职报告范文三篇-某某文档平台 as the page's own title, then a dated line of the site's
    (2022-11-08 某某文档平台的版权声明): the site's name goes (a title-tag finding), the dated line
    is never glued to the title."""
    raw = read_text("某某科科长述职报告范文三篇-某某文档平台\n\n2022-11-08 某某文档平台的版权声明\n\n某某科科长述职报告\n\n"
                    "一年来，本人在局党组的领导下，认真履行职责。\n")
    assert raw.title == "某某科科长述职报告范文三篇"
    assert "title-tag" in finding_kinds(raw)
    raw = read_text("某县人民政府关于开展春季森林防火工作的通知_某县人民政府网\n" + BODY + "\n")
    assert raw.title == "某县人民政府关于开展春季森林防火工作的通知"
    # a dash before a name the page does not name again, or a title word, stays in the title
    for title in ("某县林业局2025年春季植树造林方案-修订稿", "中国制造2025-政策解读"):
        assert read_text(f"{title}\n{BODY}\n").title == title, title


def test_a_web_address_under_the_headline_is_not_the_headline() -> None:
    """A news mirror's headline, the site's address alone on the next line, then the date and source
    row: the headline is the title, never the address (nor is the headline dropped)."""
    headline = "某省政协会议共收到提案1234件"
    raw = read_text(f"{headline}\nhttp://www.example.com.cn\n2001年03月08日02:10 某某网\n{BODY}\n")
    assert raw.title == headline
    # the address is dropped with a finding (page_under_title.drop_site_links), the headline never
    assert not any(finding.kind == "chrome-dropped" and headline in finding.text for finding in raw.findings)


def test_an_e_papers_page_navigation_is_not_the_headline() -> None:
    """第05版：公告 上一版4  6下一版, 标题导航, 返回首页 | 版面导航 | 标题导航 over a 启事: the e-edition's
    navigation is dropped with a finding, the 启事 is the title."""
    headline = "第三届某省道德模范评选候选人公示和公众投票启事"
    raw = read_text(
        "第05版：公告 上一版4  6下一版\n标题导航\n返回某某网首页 | 版面导航 | 标题导航\n"
        f"上一版4  6下一版 2013年7月16日 星期 放大 缩小 默认\n{headline}\n\n今年4月，某省启动了评选表彰活动。\n"
    )
    assert raw.title == headline
    assert not any("下一版" in text or "导航" in text for text in paragraph_texts(raw))
    # a sentence speaking of the next edition is text, not navigation
    raw = read_text(f"{NOTICE}\n详见下一版的专题报道。\n{BODY}\n")
    assert raw.title == NOTICE and "详见下一版的专题报道。" in paragraph_texts(raw)


def test_a_decision_under_a_news_lead_is_titled_by_its_line_over_the_adoption_note() -> None:
    """A news lead naming the decision, then the decision's title line with its adoption note under it
    (（2025年3月1日…会议通过）): the line is the title, taken off the body; the lead is not read."""
    title = "某省人民代表大会常务委员会关于加强生态环境保护的决定"
    lead = f"日前，某省人大常委会会议表决通过了《{title}》，自公布之日起施行。"
    note = "（2025年3月1日某省第十四届人民代表大会常务委员会第十次会议通过）"
    raw = read_text(f"{lead}\n{title}\n{note}\n为了加强生态环境保护，作如下决定：\n")
    assert raw.title == title
    assert paragraph_texts(raw)[0] == note and lead not in paragraph_texts(raw)
    # a bracketed aside with a figure that adopts nothing is no such note
    raw = read_text(f"{lead}\n{title}\n（共10条）\n为了加强生态环境保护，作如下决定：\n")
    assert title in paragraph_texts(raw)
    # the lead quotes the title with other marks inside it (<某某条例> for 《某某条例》), a date between
    title = "某自治区人民代表大会常务委员会关于修改《某自治区某某条例》等2件地方性法规的决定"
    lead = "2021年9月29日，某自治区人大常委会会议通过《某自治区人民代表大会常务委员会关于修改<某自治区某某条例>等2件地方性法规的决定》。"
    raw = read_text(f"{lead}\n2021年9月29日\n{title}\n{note}\n某自治区人大常委会会议决定作如下修改：\n")
    assert raw.title == title
    assert paragraph_texts(raw)[0] == note


def test_a_space_setting_a_titles_kind_apart_is_closed() -> None:
    """某局2018年度整体支出 绩效评价报告: one space between what the title is about and its kind is
    where the page broke the line; closed. A space after an issuer, a place or a year, before 关于,
    after a title of its own, or among several words set apart stays."""
    assert close_title_spaces("某县水利局2018年度整体支出 绩效评价报告") == "某县水利局2018年度整体支出绩效评价报告"
    for kept in (
        "某县水利局 2018年度整体支出绩效评价报告",
        "2025年 某县政府工作报告",
        "中共某乡委员会 关于开展某某工作的通知",
        "全区 农业 农村 工作 要点",
        "某县2024年度部门预算 某县财政局",
        "关于《某市社会信用条例（草案修改稿 征求意见稿）》公开征求意见的公告",
    ):
        assert close_title_spaces(kept) == kept, kept


def test_an_annual_report_publishing_itself_by_its_marked_name_is_titled_by_it(tmp_path: Path) -> None:
    """No title line; the opening paragraph says 现发布《某区某局2024年政府信息公开工作年度报告》 and goes
    on 本报告所列数据…: the text calls itself by that name, so it is the title (a guess, with a
    finding). A name in marks the text only passes on (现发布《某市某某管理办法》，自…起施行) is not taken."""
    name = "某区某局2024年政府信息公开工作年度报告"
    opening = f"根据《某某条例》规定，现发布《{name}》，本报告所列数据从2024年1月1日至12月31日。"
    path = tmp_path / "report.txt"
    path.write_text(f"{opening}\n一、总体情况\n2024年，某局认真做好政务公开工作。\n", encoding="utf-8")
    raw = read_document(path)
    assert raw.title == name
    assert "title-guessed" in finding_kinds(raw)
    path.write_text("现发布《某市某某管理办法》，自2025年1月1日起施行。\n一、总则\n为了规范管理，制定本办法。\n", encoding="utf-8")
    assert read_document(path).title != "某市某某管理办法"
    # … or, as the report's template puts it, 报告中所列数据…
    opening = f"根据《某某条例》要求，现公布《{name}》，报告中所列数据的统计期限为2024年1月1日至12月31日。"
    path.write_text(f"{opening}\n一、总体情况\n2024年，某局认真做好政务公开工作。\n", encoding="utf-8")
    assert read_document(path).title == name


# -- a title broken over three lines --------------------------------------------------------------
_NOTICE_UNDER = "某政办〔2024〕7号\n各区人民政府，市政府各部门：\n《某市促进民间投资实施方案》已经市政府同意，现印发给你们，请认真组织实施。\n一、发挥重大项目带动作用\n"


def test_a_title_broken_over_three_lines_is_read_whole() -> None:
    # Only the third line ends as a title does: before, it alone was taken, the first two dropped.
    title_lines = "某市人民政府办公厅关于印发某市\n进一步支持民间投资发展\n实施方案的通知\n"
    raw = read_text(title_lines + _NOTICE_UNDER)
    assert raw.title == "某市人民政府办公厅关于印发某市进一步支持民间投资发展实施方案的通知"
    assert raw.metadata["发文字号"] == "某政办〔2024〕7号"
    assert paragraph_texts(raw)[0] == "各区人民政府，市政府各部门："
    assert "chrome-dropped" not in finding_kinds(raw)


def test_a_cut_listing_headline_over_a_three_line_title_is_dropped_and_named() -> None:
    # A listing's headline cut short with its bracket open (《某市进一步支持民间投) over the document.
    text = "《某市进一步支持民间投资发展实\n某市人民政府办公厅关于印发某市\n进一步支持民间投资发展\n实施方案的通知\n" + _NOTICE_UNDER
    raw = read_text(text)
    assert raw.title == "某市人民政府办公厅关于印发某市进一步支持民间投资发展实施方案的通知"
    assert paragraph_texts(raw)[0] == "各区人民政府，市政府各部门："
    dropped = [f.text for f in raw.findings if f.kind == "chrome-dropped"]
    assert dropped == ["《某市进一步支持民间投资发展实"]


def test_three_lines_with_a_field_row_inside_do_not_make_one_title() -> None:
    # The headline's two lines, then the page's source row: the row is metadata, never the title's end.
    text = "某市关于进一步做好春季\n森林防火工作的通知\n来源：某市应急管理局\n" + _NOTICE_UNDER
    raw = read_text(text)
    assert raw.title == "某市关于进一步做好春季森林防火工作的通知"
    assert raw.metadata["来源"] == "某市应急管理局"


# -- a site's toolbar or widget over the headline ----------------------------------------------
_ANNUAL = "某某自治区某某厅2025年度政府信息公开工作年度报告"


def test_an_accessibility_toolbar_set_one_word_a_line_over_the_headline_is_not_the_title() -> None:
    """页面 / 配色 / 辅助线 / 重置 / |邮件系统| 简体版|繁体版 over the headline: the toolbar's first word
    is no title; the bar of tools set apart by bars is the site's, not a table's row, so the headline
    under it is found, and the toolbar is dropped with a finding, not read."""
    raw = read_text(
        f"页面\n配色\n辅助线\n重置\n|邮件系统| 简体版|繁体版\n{_ANNUAL}\n发布日期: 2026-01-23 15:25\n"
        "2025年，我厅不断完善政府信息公开制度。\n一、总体情况\n"
    )
    assert raw.title == _ANNUAL
    assert paragraph_texts(raw)[0].startswith("2025年，我厅")
    assert "chrome-dropped" in finding_kinds(raw)


def test_a_table_row_at_the_head_is_still_text() -> None:
    """What the tool-bar rule must not touch: a row with figures set apart by bars is a table's."""
    raw = read_text(f"|项目|2024年|2025年|\n{_ANNUAL}\n发布日期: 2026-01-23\n正文第一段。\n")
    assert paragraph_texts(raw)[0] == "|项目|2024年|2025年|"  # kept and read, never dropped as the site's


def test_a_widget_label_naming_the_sites_social_account_is_not_the_title() -> None:
    """某某市人民政府官方微信 over the 通告's own title line, both opening with the same place: the
    account's label is the site's (as 某某门户网站 is), the 通告 is the title."""
    notice = "某某市司法局关于《某某市促进民营经济发展条例 （草案送审稿）》公开征求意见的通告"
    raw = read_text(
        f"某某市人民政府官方微信\n{notice}\n发布时间:2021-03-18 16:59:00\n"
        "为提高立法质量，现将条例草案全文公布，向社会征求意见。\n"
    )
    assert raw.title == "某某市司法局关于《某某市促进民营经济发展条例（草案送审稿）》公开征求意见的通告"
    assert "官方微信" not in " ".join(paragraph_texts(raw))


def test_a_space_before_a_note_outside_the_marks_stays() -> None:
    """Only inside book-title marks is a space before a bracketed note the layout's."""
    assert close_title_spaces("《某某条例 （草案）》") == "《某某条例（草案）》"
    assert close_title_spaces("某某规划 （2021年更新）") == "某某规划 （2021年更新）"


# -- the title run into the first paragraph; a news headline over the document's own title ------
_BULLETIN = "2024年某某市国民经济和社会发展统计公报"
_LEAD = "2024年，是全面贯彻落实党的二十大精神的关键之年。面对复杂严峻的外部环境，全市上下攻坚克难，经济运行稳中向好，高质量发展取得新成效。"


def test_a_title_run_into_the_first_paragraph_is_cut_off_at_the_space() -> None:
    """某市…统计公报 2024年，是…。: headline and first paragraph on one line, a space between; the
    headline is the title, the paragraph is read from its first word, nothing is lost."""
    raw = read_text(f"{_BULLETIN} {_LEAD}\n一、综合\n全年全市地区生产总值增长百分之五。\n")
    assert raw.title == _BULLETIN
    assert paragraph_texts(raw)[0] == _LEAD
    assert "title-guessed" in finding_kinds(raw)


def test_a_sentence_opening_with_a_year_is_never_cut() -> None:
    """What the cut must not touch: a sentence that opens with a year (2024年，…), one whose words
    before the first space hold a mark, and a name followed by a phrase that goes on from it."""
    for line in (
        f"2024年，全市经济运行稳中向好 {_LEAD}",
        f"2024年全市统计公报显示，经济 {_LEAD}",
        f"{_BULLETIN} 的主要数据如下，{_LEAD}",
        f"根据政府信息公开有关规定 （略） 要求，{_LEAD}",  # a rule cited, its name masked
    ):
        raw = read_text(f"{line}\n一、综合\n全年全市地区生产总值增长。\n")
        assert raw.title != _BULLETIN
        assert paragraph_texts(raw)[0].startswith(line[:8])


_OWN_TITLE = ("某省贯彻落实", "《国务院关于支持某省加快发展的若干意见》的实施意见")
_ADOPTED = "（2009年7月29日中国共产党某省第八届委员会第六次全体会议审议通过）"


def test_a_news_headline_over_the_documents_own_title_gives_way_to_it() -> None:
    """A repost's news headline (某省出台实施意见落实…意见) over the document's own title, broken over
    two lines, with its adoption note under it: the document's own title is the title (only a
    document's title carries its note or number); the headline is not read, with a finding."""
    headline = "某省出台实施意见落实国务院支持加快发展意见"
    raw = read_text(f"{headline}\n{_OWN_TITLE[0]}\n{_OWN_TITLE[1]}\n{_ADOPTED}\n为深入贯彻落实，现提出如下实施意见。\n")
    assert raw.title == "".join(_OWN_TITLE)
    assert paragraph_texts(raw)[0] == _ADOPTED and headline not in paragraph_texts(raw)
    assert "title-guessed" in finding_kinds(raw)


def test_a_headline_followed_by_its_own_note_keeps_the_title() -> None:
    """What the rule must not touch: the headline with the note right under it is the document's own
    title; a line under the headline that is no title (a sentence, a heading) leaves it too."""
    title = "某省国民经济和社会发展第十一个五年规划纲要"
    raw = read_text(f"{title}\n（2006年1月12日省十届人大四次会议批准）\n前言\n本世纪头二十年是重要战略机遇期。\n")
    assert raw.title == title
    notice = "某县人民政府关于做好春耕生产工作的通知"
    raw = read_text(f"{notice}\n一、总体要求\n某政发〔2025〕3号\n各乡镇人民政府：\n现将有关事项通知如下。\n")
    assert raw.title == notice


# -- a plan's preface naming the plan it opens ------------------------------------------------
_PREFACED_PLAN = "某某省国民经济和社会发展第十四个五年（2021—2025年）规划和二〇三五年远景目标纲要"


def test_a_plan_without_a_title_line_is_named_by_its_preface() -> None:
    """No title line; the preface opens with the plan's name and says on what basis it was drawn up
    (…纲要，根据《…的建议》编制，是…的重要遵循。): that name is the title, as 本规划根据…编制 would
    say of itself; the preface is still read whole."""
    preface = f"{_PREFACED_PLAN}，根据《中共某某省委关于制定某某省国民经济和社会发展第十四个五年规划的建议》编制，是今后五年的重要遵循。"
    raw = read_text(f"{preface}\n第一篇 开启新征程\n第一章 发展环境\n“十三五”规划主要目标全面完成。\n")
    assert raw.title == _PREFACED_PLAN
    assert paragraph_texts(raw)[0] == preface
    assert "title-guessed" in finding_kinds(raw)


def test_what_the_preface_rule_must_not_touch() -> None:
    """A preface without the name (本规划根据…编制), a rule made on a basis (为…，根据《某法》，制定本
    办法: named by its kind only, see the self-name rule), a name not at the opening."""
    assert read_text("本规划根据《某某建议》编制，是重要遵循。\n第一章 发展环境\n主要目标完成。\n").title == ""
    raw = read_text("为加强管理，根据《某某法》，制定本办法。\n第一条 本办法适用于全县。\n")
    assert raw.title == "办法"
    raw = read_text(f"近日，{_PREFACED_PLAN}，根据《某某建议》编制完成并印发。\n第一章 发展环境\n主要目标完成。\n")
    assert raw.title != _PREFACED_PLAN


# -- furniture and column labels around the headline (issue 17, dev14/dev15/dev16) -------------
def test_a_column_after_a_bar_goes_when_the_headline_is_printed_again_without_it() -> None:
    raw = read_text(f"某县多措并举推进秋季农业生产|热点快报\n（图片）\n某县多措并举推进秋季农业生产\n{BODY}\n")
    assert raw.title == "某县多措并举推进秋季农业生产"
    assert "title-tag" in finding_kinds(raw)
    # Not printed again: nothing says the part after the bar is the site's; the line stays whole.
    raw = read_text(f"某县多措并举推进秋季农业生产|热点快报\n（图片）\n{BODY}\n")
    assert raw.title == "某县多措并举推进秋季农业生产|热点快报"


def test_the_line_under_a_search_bar_or_a_proxy_banner_is_the_headline() -> None:
    raw = read_text(f"[go: back one page, home]\n某县卫健局召开年度工作推进会\n发布日期：2024-06-01 浏览次数：35\n{BODY}\n")
    assert raw.title == "某县卫健局召开年度工作推进会"
    assert "chrome-dropped" in finding_kinds(raw)
    assert raw.metadata["发布日期"] == "2024-06-01"
    raw = read_text(f"快捷搜索：总结 计划 报告 方案\n某区区长在代表会上的工作汇报\n各位代表：\n{BODY}\n")
    assert raw.title == "某区区长在代表会上的工作汇报"
    assert paragraph_texts(raw) == ["各位代表：", BODY]


def test_what_the_line_under_furniture_rule_must_not_touch() -> None:
    # A contents heading under a cover line is no headline; a short line neither.
    raw = read_text("2024 年某县某镇 政府预算公开\n目 录\n第一部分 预算报告\n第二部分 预算草案报表\n第一部分 预算报告\n正文开始。\n")
    assert raw.title != "目 录" and raw.title != "目录"
    raw = read_text(f"快捷搜索：总结 计划 报告 方案\n工作汇报\n{BODY}\n")
    assert raw.title != "工作汇报"


def test_a_column_name_glued_over_a_headline_that_names_its_issuer_is_no_part_of_the_title() -> None:
    raw = read_text(f"规范类信息公开\n某乡人民政府2025年政府信息公开工作年度报告\n来源：某乡人民政府\n{BODY}\n")
    assert raw.title == "某乡人民政府2025年政府信息公开工作年度报告"
    assert "规范类信息公开" not in paragraph_texts(raw)
    # A title broken after its own 信息公开 is joined: the second line names no issuer.
    raw = read_text(f"某县2024年政府信息公开\n工作年度报告\n{BODY}\n")
    assert raw.title == "某县2024年政府信息公开工作年度报告"


def test_a_reports_title_under_the_heading_of_the_part_it_opens_is_the_title() -> None:
    body = "各位代表：\n我受区人民政府委托，向大会报告预算执行情况。\n一、预算执行情况\n收入平稳增长。\n"
    raw = read_text(
        "第一部分 预算报告\n关于某区2025年预算执行情况和\n2026年预算草案的报告\n"
        f"2026年1月20日在某区第二届人民代表大会\n第七次会议上\n某区财政局\n{body}"
    )
    assert raw.title == "关于某区2025年预算执行情况和2026年预算草案的报告"
    assert paragraph_texts(raw)[0] == "第一部分 预算报告"  # the part's heading is read as the part's
    assert "title-guessed" in finding_kinds(raw)
    raw = read_text(f"第一部分 预算报告\n某区2026年预算草案的报告\n某区财政局\n{body}")
    assert raw.title == "某区2026年预算草案的报告"


def test_what_the_title_under_a_part_rule_must_not_touch() -> None:
    # No dateline or organ under the line: a part heading over its own first heading, no title.
    raw = read_text("第一部分 工作回顾\n关于去年工作的总结报告\n一、主要成绩\n收入平稳增长。\n", source="/tmp/x.txt")
    assert raw.title == ""
    # A chapter heading is no part heading.
    raw = read_text("第一章 总则\n某区预算管理办法\n某区财政局\n第一条 为了规范管理，制定本办法。\n", source="/tmp/x.txt")
    assert raw.title != "某区预算管理办法"


def test_a_notices_own_title_line_under_a_reposts_headline_is_the_title() -> None:
    notice = "关于禁止燃放烟花爆竹的通告"
    text = f"2024某县禁止燃放烟花爆竹通告（严禁燃放通告）\n来源：某某网 更新：2024-09-09\n导读：某县禁止燃放烟花爆竹。\n{notice}\n社会各界：\n为确保森林资源安全，禁止燃放烟花爆竹。\n特此通告。\n"
    raw = read_text(text)
    assert raw.title == notice
    assert "2024某县禁止燃放烟花爆竹通告（严禁燃放通告）" not in paragraph_texts(raw)  # the repost's headline: not read
    assert "title-guessed" in finding_kinds(raw)


def test_what_the_notice_title_under_a_headline_rule_must_not_touch() -> None:
    # A notice forwarding another: its addressee and text stand between, the headline is the title.
    headline = "某县人民政府关于转发禁止燃放烟花爆竹的通知"
    text = f"{headline}\n各乡镇：\n现将有关通知转发给你们，请遵照执行。\n关于禁止燃放烟花爆竹的通知\n各县：\n为确保安全，禁止燃放。\n"
    assert read_text(text).title == headline
    # Another kind of document under the headline: not its own title line.
    headline = "2024某县禁止燃放烟花爆竹通告"
    text = f"{headline}\n来源：某某网\n关于做好森林防火工作的通知\n各乡镇：\n为确保安全，禁止燃放。\n"
    assert read_text(text).title == headline


def test_a_labelled_search_bar_over_the_text_is_never_the_title() -> None:
    raw = read_text(f"快捷搜索：总结 计划 报告 方案\n{BODY}\n", source="/tmp/page-7.txt")
    assert raw.title == ""
    # Words set apart without a label stay a title (see the menu-bar tests above).
    raw = read_text(f"全区 农业 农村 工作 要点\n{BODY}\n")
    assert raw.title == "全区 农业 农村 工作 要点"


def test_a_titles_kind_set_letter_spaced_at_its_end_is_closed_up() -> None:
    """…的 通 知 (a letterhead's spacing of the kind): one word; words set apart stay apart."""
    assert close_title_spaces("某县人民政府办公室关于做好某某工作的 通 知") == "某县人民政府办公室关于做好某某工作的通知"
    assert close_title_spaces("某市2024年某某工作报 告") == "某市2024年某某工作报告"
    assert close_title_spaces("全区 农业 农村 工作 要点") == "全区 农业 农村 工作 要点"
    assert close_title_spaces("2025年 某县政府工作报告") == "2025年 某县政府工作报告"
    assert close_title_spaces("某某县某某工作的通知") == "某某县某某工作的通知"


def test_a_sites_link_to_more_documents_is_neither_the_title_nor_read() -> None:
    """点击查阅更多某年地方政府工作报告 over a report printed from its occasion line: the site's link,
    dropped with a finding; a sentence of the text that asks to read more stays."""
    occasion = "——2025年1月10日在某某市第十五届人民代表大会第二次会议上"
    raw = read_text(f"点击查阅更多2025年地方政府工作报告\n{occasion}\n" + _WORK_REPORT_OPENING)
    assert raw.title != "点击查阅更多2025年地方政府工作报告"
    assert "点击查阅更多2025年地方政府工作报告" not in paragraph_texts(raw)
    assert "chrome-dropped" in finding_kinds(raw)
    raw = read_text(f"关于某某工作的通知\n{BODY}\n查阅更多资料请到县档案馆办理登记手续。\n")
    assert "查阅更多资料请到县档案馆办理登记手续。" in paragraph_texts(raw)


def test_an_advertising_banner_over_the_title_is_dropped() -> None:
    """某某神器，超方便的写作工具！ 立即了解 over the title: an advertisement ending with its button,
    dropped with a finding; the title under it is the title. A sentence of the text saying
    立即了解 stays."""
    raw = read_text(f"写作助手，超级好用的办公神器！ 立即了解\n\n某县2025年某某工作方案\n{BODY}\n要立即了解各村情况\n")
    assert raw.title == "某县2025年某某工作方案"
    assert "chrome-dropped" in finding_kinds(raw)
    assert "要立即了解各村情况" in paragraph_texts(raw)
    # A heading ending in the same words, not set apart as a button, is the text's own.
    raw = read_text(f"某县体育场馆开放工作方案\n四、场馆设施免费使用\n{BODY}\n")
    assert "四、场馆设施免费使用" in paragraph_texts(raw)


def test_a_reposted_notice_broken_over_two_lines_under_its_issuer_is_the_title() -> None:
    """A news headline, its byline and summary over the notice as issued: its number, its issuer
    alone on a line, its 关于… title broken over two lines, whom it is addressed to. The issuer and
    the two lines make the title and the number a field; the headline, byline and summary are the
    news site's, not read."""
    headline = "某市将建设五个区域中心！"
    raw = read_text(
        f"{headline}\n某某新闻台  2025-01-05 12:07\n[摘要] 某市将建设五个区域中心！\n某政办发〔2025〕4号\n"
        "某市人民政府办公厅\n关于印发某市建设区域金融中心、\n区域物流中心实施方案的通知\n"
        f"各县（市、区）人民政府，市政府各部门：\n{BODY}\n"
    )
    assert raw.title == "某市人民政府办公厅关于印发某市建设区域金融中心、区域物流中心实施方案的通知"
    assert paragraph_texts(raw)[0] == "各县（市、区）人民政府，市政府各部门："
    assert raw.metadata["发文字号"] == "某政办发〔2025〕4号"
    assert "title-guessed" in finding_kinds(raw)


def test_a_broken_about_line_inside_news_text_is_not_taken_for_the_title() -> None:
    """A 关于… line broken over two lines under a news lead, with nothing saying a document opens
    there (no number over it, no addressee under it), is not the document's title."""
    raw = read_text(
        "某县召开大会！\n会上，县长作了讲话，大会讨论了多项议题。\n关于加快建设区域物流中心、\n区域金融中心的报告\n"
        f"会议认为，各项工作进展顺利。\n{BODY}\n",
        source="/tmp/news-2025.txt",
    )
    assert raw.title != "关于加快建设区域物流中心、区域金融中心的报告"


# -- a headline set on one line with its byline ------------------------------------------------
def test_a_dated_field_and_the_text_after_a_glued_headline_are_set_apart() -> None:
    """某市人民政府关于印发…的通知时间：2024-03-05 各区县人民政府，…: the title ends before the
    label, the date is a field, and the text after the date is read whole."""
    headline = "某某市人民政府关于印发某某市优化营商环境三年行动方案的通知"
    text = "各区县人民政府，市政府各部门：现将《某某市优化营商环境三年行动方案》印发给你们，请认真贯彻落实。"
    raw = read_text(f"{headline}时间：2024-03-05 {text}\n一、总体要求\n{BODY}\n")
    assert raw.title == headline
    assert raw.metadata.get("时间") == "2024-03-05"
    assert paragraph_texts(raw)[0].startswith("各区县人民政府")


def test_a_year_inside_a_title_or_its_text_opens_no_byline() -> None:
    """某县2024年统计公报2024年，全县…: a year alone is no stamp; 关于印发2024年…的通知 ends as a
    title only at its end; a title whose date stands in brackets keeps it."""
    raw = read_text("某某县2024年统计公报2024年，全县经济运行总体平稳，主要指标好于预期。\n")
    assert raw.title != "某某县2024年统计公报"
    raw = read_text(f"某某县人民政府关于印发2024年重点工作任务的通知\n{BODY}\n")
    assert raw.title == "某某县人民政府关于印发2024年重点工作任务的通知"
    raw = read_text(f"某某县政府工作报告（2024年1月30日）\n各位代表：\n{BODY}\n")
    assert raw.title.startswith("某某县政府工作报告")
    assert "2024-01-30" not in raw.metadata.values()


def test_a_shorter_heading_under_a_collectors_full_name_is_no_title_of_its_own() -> None:
    """（某省）2025年某某市某某区人民政府工作报告 over 2025年政府工作报告 and the occasion: the line
    under the headline is the heading the report prints, the headline without its place and
    organ (each of its characters stands in the headline, in order), so the fuller name is the
    title; the collector's label in brackets is still taken off."""
    raw = read_text(
        "（某省）2025年某某市某某区人民政府工作报告\n2025年政府工作报告\n"
        "——2025年1月8日在某某区第五届人民代表大会第三次会议上\n某某区人民政府区长 张某某\n各位代表：\n"
        "现在，我代表区人民政府向大会报告工作，请予审议。\n"
    )
    assert raw.title == "2025年某某市某某区人民政府工作报告"


def test_a_listings_year_and_kind_over_the_reports_own_title_gives_way() -> None:
    """2024年部门决算 (a listing's entry: a year and a kind, no place, no organ), its date row, then
    the report's own title and its occasion: the report's title is the title. An entry over a
    text without a title of its own, or over a line naming another kind, stays the title."""
    own = "关于某某区2024年决算草案和2025年上半年预算执行情况的报告"
    raw = read_text(
        f"2024年部门决算\n发布日期：2025-07-15 10:20 来源：区财政局\n{own}\n"
        "——在某某区第三届人民代表大会常务委员会第九次会议上\n主任、各位副主任、各位委员：\n"
        "我受区人民政府委托，向会议报告决算草案，请予审议。\n"
    )
    assert raw.title == own
    raw = read_text(f"2024年部门决算\n发布日期：2025-07-15 10:20 来源：区财政局\n一、部门基本情况\n{BODY}\n")
    assert raw.title == "2024年部门决算"
    raw = read_text(
        "2024年部门决算\n发布日期：2025-07-15 10:20 来源：区财政局\n某某区2024年工作总结\n一、主要工作\n"
        f"{BODY}\n"
    )
    assert raw.title == "2024年部门决算"


_COLLECTED_OPENING = (
    "为落实省委省政府部署，推进农产品价格形成机制改革，保障种植者基本收益，稳定生产，结合本省实际，"
    "在充分调研和征求意见的基础上，制定本实施方案，请各地各部门认真组织实施。"
)


def test_a_collections_first_item_label_gives_way_to_the_documents_own_title() -> None:
    """某某文库: 某省玉米价格改革试点-某某局, then 第一篇：the headline again, then the gathered
    document's own title over two lines and its opening: the document's title is the title, the
    label is the site's and is not read."""
    headline = "某省玉米价格改革试点-某某局"
    raw = read_text(
        f"{headline}\n第一篇：{headline}\n某某省玉米目标价格改革试点\n工作实施方案\n{_COLLECTED_OPENING}\n"
        f"一、改革目标\n{BODY}\n"
    )
    assert raw.title == "某某省玉米目标价格改革试点工作实施方案"
    assert "chrome-dropped" in finding_kinds(raw)
    assert not any(text.startswith("第一篇") for text in paragraph_texts(raw))


def test_a_first_part_naming_something_else_is_no_collections_label() -> None:
    """第一篇：总体要求 under a plan's title is the plan's own part, not a collection's label."""
    raw = read_text(f"某某县乡村振兴规划\n第一篇：总体要求\n某某县乡村振兴工作方案\n{_COLLECTED_OPENING}\n")
    assert raw.title == "某某县乡村振兴规划"


def test_a_collections_label_set_with_a_space_and_a_word_count_under_the_headline_is_not_read() -> None:
    """某某镇镇长个人述职报告 / 第一篇 某某镇镇长个人述职报告2150字 / 尊敬的各位领导… (an essay site's
    number for the first piece it gathers, a space for the colon and the piece's length after it,
    the headline right over it; dev79, session 43): the site's label, not read and no part heading.
    A plan's 第一篇 总体要求 under its title stays."""
    headline = "某某镇镇长个人述职报告"
    raw = read_text(f"{headline}\n发布时间：2024-11-09\n第一篇 {headline}2150字\n尊敬的各位领导、同志们：\n{BODY}\n一、抓好学习\n{BODY}\n")
    assert raw.title == headline
    assert not any("第一篇" in text for text in paragraph_texts(raw))
    assert "chrome-dropped" in finding_kinds(raw)
    raw = read_text(f"某某县乡村振兴规划\n第一篇 总体要求\n{_COLLECTED_OPENING}\n")
    assert "第一篇 总体要求" in paragraph_texts(raw)


def test_a_news_headline_ending_in_a_cry_over_its_byline_is_the_title() -> None:
    """某某新规出台，《某某办法》公开征求意见！ over 2024-03-05 10:20:30 来源：… 作者：…: the byline says
    the line above is the page's headline, whatever mark it ends with; the byline goes to the metadata."""
    headline = "某某新规出台，《某某市停车管理办法》公开征求意见！"
    raw = read_text(f"{headline}\n\n2024-03-05 10:20:30 来源：某某网 作者：某某\n\n{BODY}\n")
    assert raw.title == headline
    assert raw.metadata.get("来源") == "某某网"


def test_a_question_headline_over_its_labelled_date_row_is_the_title() -> None:
    """专家解读 | 某某办法为何具有开创性意义？ over 发布时间：2025-11-22 / 来源：某某部: the labelled
    stamp under it, one field a row, is the page's byline as a stamp row is; the headline is the
    title, whatever mark it ends with, and the rows go to the metadata."""
    headline = "专家解读 | 发布《某某回收利用方法学》为何具有开创性意义？"
    raw = read_text(f"{headline}\n发布时间：2025-11-22\n来源：某某部\n{BODY}\n")
    assert raw.title == headline
    assert raw.metadata.get("发布时间") == "2025-11-22"
    # A row of fields without a date says nothing of the line above.
    raw = read_text(f"同志们，加油干！\n来源：某某部\n{BODY}\n", source="/tmp/notice-19.txt")
    assert raw.title == ""


def test_a_question_headline_under_the_sites_trail_over_the_story_is_the_title() -> None:
    """某某网首页 > 某某号 > 正文 / 一省管干部被开除党籍，为何需要报中央批准？ / 0 / 近日，…。: the
    site's lines taken off above it and the story under it say the question is the headline."""
    headline = "一省管干部被开除党籍，为何需要报中央批准？"
    story = "近日，某省纪委监委网站发布了某市原市长严重违纪违法被开除党籍的通报。\n通报中显示，决定给予其开除党籍处分。\n"
    raw = read_text(f"某某网首页 > 某某号 > 正文\n\n{headline}\n\n0\n分享至\n\n{story}")
    assert raw.title == headline
    # Must NOT touch: the same question as the first line of a text (nothing of the site's above it).
    plain = read_text(f"{headline}\n{story}", source="/tmp/notice-20.txt")
    assert plain.title == ""
    # … nor a salutation under the site's trail.
    hailed = read_text(f"某某网首页 > 某某号 > 正文\n同志们！\n{story}", source="/tmp/notice-21.txt")
    assert hailed.title == ""


def test_a_cry_over_text_is_no_headline() -> None:
    """同志们，加油干！ over the text (no byline under it) is a line of the text, never the title."""
    raw = read_text(f"同志们，加油干！\n{BODY}\n某某县人民政府\n", source="/tmp/notice-18.txt")
    assert raw.title == ""


_FLAT_SENTENCE = "全街道上下要坚持稳中求进工作总基调，扎实推进各项重点工作，确保各项任务落到实处。"


def test_a_flattened_pages_title_glued_to_its_text_is_split_off() -> None:
    """A document-sharing site's copy, the whole text on one line with its headings inside it:
    the title glued to the text without a space (…工作规划今年是…) is the start that ends as a
    title does; a title going on with 的通知 is not cut at its inner 规划."""
    body = f"今年是实施某某规划的关键之年。（一）坚持党建引领{_FLAT_SENTENCE * 8}（二）坚持民生为本{_FLAT_SENTENCE * 8}"
    raw = read_text(f"2024年某某街道2024年工作规划{body}\n")
    assert raw.title == "2024年某某街道2024年工作规划"
    assert "title-guessed" in finding_kinds(raw)
    raw = read_text(f"某某街道关于印发2024年工作规划的通知各社区：{body}\n")
    assert raw.title == "某某街道关于印发2024年工作规划的通知"


def test_a_long_opening_paragraph_is_not_cut_for_a_title() -> None:
    """A long paragraph opening the text, with no headings inside it, is the text even when its
    first words end as a title does (2024年是实施某某规划…): nothing is cut off for a title."""
    paragraph = f"2024年是实施某某规划承上启下的重要一年{_FLAT_SENTENCE * 16}"
    raw = read_text(f"{paragraph}\n", source="/tmp/xx-2024.txt")
    assert raw.title == ""


def test_a_document_sharing_page_counter_before_a_glued_title_is_dropped() -> None:
    """1/122024年在全县…会议上的讲话稿…: the site's page counter (page 1 of 12) glued before a title
    opening with its year is the site's, dropped with a finding; 讲话稿 ends a title as 讲话 does. A
    counter before no year is left as written (no count is guessed)."""
    body = f"同志们：今天召开全县经济工作会议。一、回顾过去一年的工作{_FLAT_SENTENCE * 14}"
    raw = read_text(f"1/122024年在全县经济工作会议上的讲话稿{body}\n")
    assert raw.title == "2024年在全县经济工作会议上的讲话稿"
    assert "chrome-dropped" in finding_kinds(raw)
    raw = read_text(f"1/12在全县经济工作会议上的讲话稿{body}\n", source="/tmp/xx-2024.txt")
    assert raw.title != "在全县经济工作会议上的讲话稿"


def test_a_flattened_pages_title_shown_by_what_follows_it_is_split_off() -> None:
    """A flattened page too short for its headings (a 文库 excerpt): its title is shown by what
    follows it. A salutation or an editor's note (同志们：, 编者按：) opens the text; the title printed
    twice (the site's headline, then the document's own line, maybe after 文章标题：) is read once,
    as the later copy gives it; 第1页共9页 before it is the site's page counter; the editor's note
    closed by its pointer to the text (…具体材料请详见：) is the site's blurb. All dropped with findings."""
    speech = f"同志们：今天召开全镇工作会议。{_FLAT_SENTENCE * 6}"
    raw = read_text(f"镇长在全镇工作会议上的讲话{speech}\n")
    assert raw.title == "镇长在全镇工作会议上的讲话"
    raw = read_text(f"镇长在全镇工作会议上讲话镇长在全镇工作会议上的讲话{speech}\n")
    assert raw.title == "镇长在全镇工作会议上的讲话"
    assert "chrome-dropped" in finding_kinds(raw)
    raw = read_text(f"第1页共9页镇长在全镇工作会议上的讲话文章标题:镇长在全镇工作会议上的讲话一、回顾{_FLAT_SENTENCE * 6}\n")
    assert raw.title == "镇长在全镇工作会议上的讲话"
    text = "".join(paragraph_texts(raw))
    assert "第1页" not in text and "文章标题" not in text
    note = "编者按:本文主要从三个方面进行阐述。其中，主要内容包括：回顾工作、部署任务等。具体材料请详见:"
    raw = read_text(f"镇长在全镇工作会议上的讲话{note}{speech}\n")
    assert raw.title == "镇长在全镇工作会议上的讲话"
    assert "本文主要从" not in "".join(paragraph_texts(raw))


def test_a_written_out_page_counter_is_not_read_where_no_title_follows_it() -> None:
    """第1页共9页 glued before a flattened page whose title is not found is still the site's counter."""
    raw = read_text(f"第1页共9页某局上半年情况和下半年的打算今年上半年，全局职工共同努力。{_FLAT_SENTENCE * 6}\n")
    text = "".join([raw.title, *paragraph_texts(raw)])
    assert "第1页" not in text and "共9页" not in text
    assert any(f.kind == "chrome-dropped" and f.text == "第1页共9页" for f in raw.findings)

def test_a_flattened_pages_title_shown_by_the_day_its_text_opens_with_is_split_off() -> None:
    """…的讲话今天，我们召开…, …工作计划2023年，在区委…, …调研报告某委2019年10月11日，…: a text opens
    with its day (after its writer's name, maybe), which never goes on from a title; a salutation
    a flattened copy set with a comma (同志们，) opens the text as one with its colon does."""
    for title, text in (
        ("在全市安全生产会议上的讲话", "今天，我们召开全市安全生产工作会议。"),
        ("2023年某区卫生健康工作总结及2024年工作计划", "2023年，在区委、区政府的正确领导下，我们全面推进各项工作。"),
        ("关于全县乡村振兴工作推进情况的调研报告", "县人大常委会农工委2019年10月11日，组织部分组成人员开展调研。"),
        ("市长在全市安委会全体会议上的讲话文稿", "同志们，今天我们召开全市安委会全体会议。"),
    ):
        raw = read_text(f"{title}{text}{_FLAT_SENTENCE * 6}\n")
        assert raw.title == title
        assert paragraph_texts(raw)[0].startswith(text)
    # what the report says (…报告指出，) goes on from the name: no day, no title
    raw = read_text(f"2023年某区工作报告指出，{_FLAT_SENTENCE * 6}\n", source="/tmp/xx-2024.txt")
    assert raw.title == ""


def test_a_title_glued_to_its_first_paragraph_only_is_split_off_by_the_reports_opening() -> None:
    """…的报告受某省人民政府委托，现将…: the break between a report's title and its first paragraph
    lost, on a page set in lines; the report's opening shows where the title ends."""
    title = "关于某省2023年国民经济和社会发展计划执行情况及2024年计划草案的报告"
    opening = "受某省人民政府委托，现将某省2023年国民经济和社会发展计划执行情况及2024年计划草案提请审议。"
    raw = read_text(f"{title}{opening}\n一、2023年计划执行情况\n{BODY}\n")
    assert raw.title == title
    assert paragraph_texts(raw)[0] == opening
    # too short for a paragraph: a heading is left whole
    raw = read_text(f"二、2023年计划报告受理情况\n{BODY}\n", source="/tmp/xx.txt")
    assert raw.title != "二、2023年计划报告"


def test_a_flattened_pages_title_number_and_text_set_apart_by_spaces_are_split() -> None:
    """某省人民政府 关于…的通知 某政〔2023〕5号 现将…: a page flattened into one line keeping its spaces;
    the number goes to the metadata, the title before it is the title."""
    line = f"某某省人民政府 关于明确2023年重点工作责任单位的通知 某政〔2023〕5号 现将重点工作任务予以分解。{_FLAT_SENTENCE * 4}"
    raw = read_text(line + "\n")
    assert raw.title == "某某省人民政府 关于明确2023年重点工作责任单位的通知"
    assert raw.metadata["发文字号"] == "某政〔2023〕5号"
    assert paragraph_texts(raw)[0].startswith("现将重点工作任务")


def test_a_flattened_pages_title_stamp_and_text_set_apart_by_spaces_are_split() -> None:
    """某某成交公告更正公告 2020-10-30 13:03:16 一、项目基本情况 …: the page's stamp between the title
    and the text, spaces round it; the stamp goes to the metadata, the title before it is the title."""
    line = f"某某分局装备更新成交公告更正公告 2020-10-30 13:03:16 一、项目基本情况 原公告的采购项目名称：某某装备更新。{_FLAT_SENTENCE * 4}"
    raw = read_text(line + "\n")
    assert raw.title == "某某分局装备更新成交公告更正公告"
    assert raw.metadata["发布时间"] == "2020-10-30 13:03:16"
    assert paragraph_texts(raw)[0].startswith("一、项目基本情况")
    # a sentence before the stamp is no title: the line is read as it is
    line = f"全街道上下要坚持稳中求进，扎实推进各项工作 2020-10-30 召开会议部署。{_FLAT_SENTENCE * 4}"
    assert read_text(line + "\n").title != "全街道上下要坚持稳中求进，扎实推进各项工作"


def test_a_flattened_news_pages_browser_title_headline_stamp_and_byline_are_split() -> None:
    """某某会议召开   浏览器不支持嵌入式框架…。   某某会议召开 某某出席并讲话   2016年09月27日 07:02 来源：省政府办公厅
    【字体：大 中 小】   9月26日，…: the browser's title and the frame's note go, the headline is the title,
    the stamp and the source are fields, the text starts at the story."""
    lead = "9月26日，某省某某工作领导小组召开第一次会议，研究安排下一步工作。"
    line = (
        "某省某某工作 领导小组第一次会议召开            浏览器不支持嵌入式框架，或被配置为不显示嵌入式框架。   "
        "某省某某工作领导小组第一次会议召开 某某出席并讲话   2016年09月27日 07:02 来源：省政府办公厅 【字体：大 中 小】     "
        f"{lead}{_FLAT_SENTENCE * 4}"
    )
    raw = read_text(line + "\n")
    assert raw.title.replace(" ", "") == "某省某某工作领导小组第一次会议召开某某出席并讲话"
    assert raw.metadata["发布时间"] == "2016年09月27日 07:02"
    assert raw.metadata["来源"] == "省政府办公厅"
    assert paragraph_texts(raw)[0].startswith(lead[:10])
    assert "嵌入式框架" not in " ".join(paragraph_texts(raw))


def test_a_flattened_pages_title_number_and_text_glued_without_spaces_are_split() -> None:
    line = f"某省人民政府关于全省矿产资源规划（2016—2020年）的批复某政函〔2016〕178号省国土资源厅：你厅《关于审批规划的请示》收悉。{_FLAT_SENTENCE * 4}"
    raw = read_text(line + "\n")
    assert raw.title == "某省人民政府关于全省矿产资源规划（2016—2020年）的批复"
    assert raw.metadata["发文字号"] == "某政函〔2016〕178号"
    assert paragraph_texts(raw)[0].startswith("省国土资源厅：")
    # a number cited inside the first sentence is no split: no title ends before its prefix
    line = f"根据某政函〔2016〕178号文件精神，现将有关事项通知如下。{_FLAT_SENTENCE * 12}"
    assert "发文字号" not in read_text(line + "\n").metadata


def test_a_letterhead_and_number_run_on_into_a_flattened_title_are_fields() -> None:
    """A red-letterhead document copied without its line breaks: 某局文件, its number and its
    title run together (某省某某中心文件某中心发〔2020〕11号关于…的通知各有关单位：…). The letterhead
    names the issuer and the number is a field; the title is what follows them."""
    line = f"某省医疗保险事业中心文件某医保中心发〔2020〕11号关于做好生育保险结算工作的通知各有关单位：现将有关事项通知如下。{_FLAT_SENTENCE * 12}"
    raw = read_text(line + "\n")
    assert raw.title == "关于做好生育保险结算工作的通知"
    assert raw.metadata["发文机关"] == "某省医疗保险事业中心"
    assert raw.metadata["发文字号"] == "某医保中心发〔2020〕11号"
    assert paragraph_texts(raw)[0].startswith("各有关单位：")
    # two issuers in the letterhead, a space inside the number, the issuers printed again over 关于
    line = f"某省发展和改革委员会某省林业局文件某发改能电力[2021] 634号某省发展和改革委员会某省林业局关于印发《某某实施方案》的通知各设区市发展改革委：{_FLAT_SENTENCE * 12}"
    raw = read_text(line + "\n")
    assert raw.title == "某省发展和改革委员会某省林业局关于印发《某某实施方案》的通知"
    assert raw.metadata["发文字号"] == "某发改能电力[2021] 634号"
    # a leading group's letterhead
    line = f"某省扶贫开发领导小组文件某扶贫组字〔2021〕1号某省扶贫开发领导小组关于召开全省工作会议的通知各市扶贫开发领导小组：{_FLAT_SENTENCE * 12}"
    raw = read_text(line + "\n")
    assert raw.title == "某省扶贫开发领导小组关于召开全省工作会议的通知"
    assert raw.metadata["发文机关"] == "某省扶贫开发领导小组"
    # the letterhead and the number on one line over the title line
    raw = read_text("某县人民政府办公室文件  某政办发〔2023〕5号\n某县人民政府办公室关于做好防汛工作的通知\n各乡镇人民政府：请做好防汛工作。\n")
    assert raw.title == "某县人民政府办公室关于做好防汛工作的通知"
    assert raw.metadata["发文字号"] == "某政办发〔2023〕5号"
    assert paragraph_texts(raw) == ["各乡镇人民政府：请做好防汛工作。"]
    # a title that cites a document by its number is no letterhead
    line = f"关于转发省政府文件某政发〔2020〕1号的通知各有关单位：{_FLAT_SENTENCE * 12}"
    raw = read_text(line + "\n")
    assert "发文字号" not in raw.metadata and raw.title.startswith("关于转发省政府文件")


def test_a_telegrams_form_flattened_over_its_title_is_fields() -> None:
    """An urgent notice sent as a telegram (明电): its form's fields run together at the top
    (某办公厅发电发电单位某办公厅签发盖章某某等级特急·明电某政办发明电〔2021〕1号某机发号), then its title
    and text. The form is fields (issuer, signer, urgency, number), never read."""
    form = "某省人民政府办公厅发电发电单位某省人民政府办公厅签发盖章张某某等级特急·明电某政办发明电〔2021〕1号某机发号"
    line = f"{form}某省人民政府办公厅关于做好防凌工作的通知沿黄各市人民政府，省有关部门：{_FLAT_SENTENCE * 12}"
    raw = read_text(line + "\n")
    assert raw.title == "某省人民政府办公厅关于做好防凌工作的通知"
    assert raw.metadata["发文字号"] == "某政办发明电〔2021〕1号"
    assert raw.metadata["紧急程度"] == "特急·明电"
    assert raw.metadata["签发人"] == "张某某"
    assert paragraph_texts(raw)[0].startswith("沿黄各市人民政府")
    # its fields set apart by spaces on a line of their own over the title line
    spaced = "某省人民政府办公厅发电  发电单位  某省人民政府办公厅  签发  张某某  等级  特急·明电  某政办发明电〔2021〕1号"
    raw = read_text(f"{spaced}\n某省人民政府办公厅关于做好防凌工作的通知\n沿黄各市人民政府：请做好防凌工作。\n")
    assert raw.title == "某省人民政府办公厅关于做好防凌工作的通知"
    assert raw.metadata["发文字号"] == "某政办发明电〔2021〕1号"


def test_a_paragraph_opening_with_a_title_and_a_colon_is_not_cut() -> None:
    """A long paragraph whose first words end as a title does and go on with a colon that is no
    salutation nor editor's note (2024年工作报告指出：…) is the text; so is a short line however it
    goes on."""
    raw = read_text(f"2024年工作报告指出：{_FLAT_SENTENCE * 6}\n", source="/tmp/xx-2024.txt")
    assert raw.title == ""
    raw = read_text("镇长在全镇工作会议上的讲话同志们：大家好。\n", source="/tmp/xx-2024.txt")
    assert raw.title != "镇长在全镇工作会议上的讲话"


def test_a_notice_printed_under_a_lead_saying_its_text_follows_is_titled_by_its_own_line() -> None:
    """A news page printing a notice whole: a lead (今日，某县交警发布消息…。具体内容如下：) over the notice's
    own title line, then its text. The lead saying the document's text follows is enough, even
    when the lead does not name it as its title line does; the lead is not read."""
    lead = "今日，某县交警大队发布消息称，城区部分道路将临时封闭施工。具体内容如下："
    notice = "某某路东段临时封闭施工的通告"
    text = f"为保障施工安全，{_FLAT_SENTENCE}\n一、封闭路段\n某某路东段全部封闭。\n二、封闭时间\n自发布之日起。\n"
    raw = read_text(f"{lead}\n{notice}\n{text}")
    assert raw.title == notice
    assert not any("具体内容如下" in paragraph for paragraph in paragraph_texts(raw))
    assert paragraph_texts(raw)[0].startswith("为保障施工安全")


def test_a_line_under_a_plain_colon_in_a_lead_is_not_taken_for_the_title() -> None:
    """A lead ending with a colon that does not say the document follows (主要措施有：) over a line
    ending as a title does is not enough: that line is no title taken from under the lead."""
    lead = "今日，某县交警大队发布消息称，城区部分道路将临时封闭施工。主要措施有："
    line = "某某路东段临时封闭施工的通告"
    raw = read_text(f"{lead}\n{line}\n为保障施工安全，{_FLAT_SENTENCE}\n", source="/tmp/xx-2024.txt")
    assert raw.title != line


def test_a_place_and_three_phrases_over_the_byline_is_the_headline() -> None:
    """某省：某某 某某 某某 over the page's byline (a stamp with its fields glued on: 10:57:50来源：…)
    is a news headline of three phrases after its place, not a search bar; the same line over the
    text stays a search bar, never the title."""
    headline = "某省：成绩来之不易 目标催人奋进 未来值得期待"
    page = f"{headline}\n2024-01-24 10:57:50来源：某某网编辑：某某\n{BODY}\n"
    assert read_text(page).title == headline
    raw = read_text(f"快捷搜索：政务公开 办事服务 互动交流\n{BODY}\n", source="/tmp/xx-2024.txt")
    assert raw.title != "快捷搜索：政务公开 办事服务 互动交流"


def test_a_posts_category_tag_in_its_byline_is_no_headline() -> None:
    """A WeChat post: headline, its category tag (旅行), the stamp, the place, each on a line. The
    tag over the stamp is too short to name a document and has no title word: the headline over it
    is the title. A one-word title (通知) over a stamp is still taken."""
    headline = "注意！某某大会开幕式期间部分道路交通管制…"
    raw = read_text(f"{headline}\n旅行\n2024-10-22 17:41\n某省\n{BODY}\n")
    assert raw.title == headline
    raw = read_text(f"首页 | 政务公开 | 通知公告\n通知\n2024-10-22 17:41 来源：某县\n{BODY}\n", source="/tmp/xx-2024.txt")
    assert raw.title == "通知"


def test_a_headline_over_the_pages_fields_under_a_banner_or_ticker_is_the_title() -> None:
    """Under lines the ranking cannot tell as the site's (a platform's banner and slogan ending
    with ！, a ticker of other stories each with its date), a headline right over the page's
    fields (索引号：…, a stamp with 来源：…) is the title; the banner and the ticker are not read.
    Over a sentence of text (。) nothing is taken from further down."""
    headline = "某市人民政府关于印发某某发展规划的通知"
    banner = "某省创新政策服务平台！——让政策更好地服务企业，会员专属，享看即看！"
    raw = read_text(f"{banner}\n{headline}\n索引号：000000-2021-000001\n发布日期：2021-12-28\n{BODY}\n")
    assert raw.title == headline
    assert banner not in "".join(paragraph_texts(raw))
    ticker = "头条新闻： · 某区召开某某工作推进会    2024-05-09     · 某区：全力改善民生    2024-05-08"
    report = "某区某某局2023年政府信息公开工作年度报告"
    raw = read_text(f"{ticker}\n{report}\n2024-01-11 15:04  点击：[] 来源：某某局\n一、总体情况\n{BODY}\n")
    assert raw.title == report
    raw = read_text(f"今年全区各项工作稳步推进。\n{headline}\n索引号：000000-2021-000001\n{BODY}\n", source="/tmp/xx-2024.txt")
    assert raw.title != headline


def test_a_headline_under_a_numbered_list_of_labelled_fields_is_the_title() -> None:
    """2. [规划分类] 区级规划纲要 …: the page's numbered list of fields, labels in brackets, over the
    headline; an item is no title (though it may end as one) and no text that stops the search.
    A numbered line without a bracketed label is still the text (no title taken from under it)."""
    headline = "某区国民经济和社会发展第十三个五年规划纲要"
    fields = "2. [规划分类] 区级规划纲要\n3. [发文单位] 某区人民政府\n4. [发布日期] 2016-01-16 00:00"
    assert read_text(f"{fields}\n{headline}\n某区人民政府\n{BODY}\n").title == headline
    raw = read_text(f"2. 区级规划纲要\n{headline}\n某区人民政府\n{BODY}\n", source="/tmp/xx-2024.txt")
    assert raw.title != headline


def test_a_sites_name_by_the_headline_and_a_news_tag_before_it_are_not_the_title() -> None:
    """What a site set round its headline: a newspaper's name after a dash (政府工作报告-某某日报, a
    title short but ending as one), an organ's site name before a dash when the page prints the
    headline again alone (某县人民政府-某州…规划纲要), a listed news tag set apart by a space (原创
    某地…). Each is dropped with a finding. A title naming two parties with a dash, not printed
    again alone, keeps them; an unlisted word before a space stays."""
    raw = read_text(f"政府工作报告-某某日报\n{BODY}\n")
    assert raw.title == "政府工作报告"
    assert "title-tag" in finding_kinds(raw)
    plan = "某州国民经济和社会发展第十三个五年规划纲要"
    raw = read_text(f"某县人民政府-{plan}\n{plan}\n发布时间：2017-08-01 10:51:59\n{BODY}\n")
    assert raw.title == plan
    raw = read_text(f"原创 某地两会：政府工作报告锚定新目标 民生改善成亮点\n{BODY}\n")
    assert raw.title == "某地两会：政府工作报告锚定新目标 民生改善成亮点"
    agreement = "某市人民政府-某某大学战略合作框架协议的通知"
    assert read_text(f"{agreement}\n{BODY}\n").title == agreement
    assert read_text(f"南门 某地两会：政府工作报告锚定新目标\n{BODY}\n").title.startswith("南门")


def test_a_forwarding_entry_over_the_document_printed_whole_is_not_the_title() -> None:
    """转发某省某厅某某管理办法 (no 的通知 after it: a site's list entry naming the document by the verb
    forwarding it) over the 办法 printed whole, its own title line (the issuer set apart by the
    layout's gap) over 第一条: the document's title is the title, without the gap. A forwarding
    notice of its own (转发…的通知) keeps its title."""
    rules = "某省某某厅某某经营许可管理办法"
    text = "第一条  为加强管理，制定本办法。\n第二条  本办法适用于本省。\n"
    raw = read_text(f"转发{rules}\n发布日期：2024-10-08\n某省某某厅          某某经营许可管理办法\n{text}")
    assert raw.title == rules
    notice = f"某县人民政府办公室转发{rules}的通知"
    raw = read_text(f"{notice}\n发布日期：2024-10-08\n某省某某厅          某某经营许可管理办法\n{text}")
    assert raw.title == notice


def test_a_news_headline_over_its_subheadline_of_phrases_is_the_title_alone() -> None:
    """某某会议开幕 over 张三讲话 李四王五等到会祝贺 赵六作常委会工作报告: the subheadline lists three
    phrases apart by spaces; it is no rest of the headline (though the joined line would end as a
    title) nor the headline itself; it is read. A title broken after 关于印发 keeps its second line
    even when that names documents apart by spaces."""
    headline = "某市政协第七届委员会第四次会议开幕"
    sub = "张三讲话 李四王五等到会祝贺 赵六作常委会工作报告"
    raw = read_text(f"{headline}\n{sub}\n1月4日上午，某市政协第七届委员会第四次会议开幕。{_FLAT_SENTENCE}\n")
    assert raw.title == headline
    assert paragraph_texts(raw)[0] == sub
    raw = read_text(f"某市人民政府关于印发\n某某管理办法 某某实施细则 某某操作规程的通知\n{BODY}\n")
    assert raw.title == "某市人民政府关于印发某某管理办法 某某实施细则 某某操作规程的通知"


def test_a_news_headline_of_phrases_over_its_subheadline_sentence_is_the_title_alone() -> None:
    """全方位推动高质量发展超越 确保“十四五”各项目标任务全面完成 over 省人大…会议审议通过关于…纲要草案审查
    结果的报告 (dev78, session 43): a headline of phrases set apart by a space is complete; the long
    line under it, though it ends as a title does, is the subheadline, read, not glued on. Two
    organs set apart (a joint document's issuers) over their 关于… title stay one title."""
    headline = "全方位推动高质量发展超越 确保“十四五”各项目标任务全面完成"
    sub = "省人大五次会议主席团第三次会议审议通过关于某省国民经济和社会发展第十四个五年规划纲要草案审查结果的报告"
    raw = read_text(f"{headline}\n{sub}\n26日晚，省人大五次会议主席团举行第三次会议。{_FLAT_SENTENCE}\n")
    assert raw.title == headline
    assert paragraph_texts(raw)[0] == sub
    raw = read_text(f"某某省农业农村厅 某某省财政厅\n关于印发某某省农机购置补贴实施办法的通知\n{BODY}\n")
    assert raw.title.endswith("关于印发某某省农机购置补贴实施办法的通知") and raw.title.startswith("某某省农业农村厅")


def test_a_meeting_named_whole_over_what_it_passed_is_the_title_alone() -> None:
    """某某主持召开国务院常务会议 over 讨论通过《某某方案》… / 听取… / 审议通过《某某条例（修订草案）》
    (ho105/21, session 51): the meeting's headline is whole; the lines under it say what it did,
    read as text, never glued on as the rest of its name. A notice's title broken after 召开 stays one."""
    headline = "某某主持召开国务院常务会议"
    subs = ["讨论通过《国务院2024年重点工作分工方案》和《以标准升级助力经济高质量发展工作方案》", "听取关于推进义务教育优质均衡发展有关举措的汇报"]
    raw = read_text("\n\n".join([headline, *subs, f"国务院总理某某3月12日主持召开国务院常务会议。{_FLAT_SENTENCE}"]) + "\n")
    assert raw.title == headline
    assert paragraph_texts(raw)[:2] == subs
    raw = read_text(f"某县人民政府办公室关于召开全县安全生产工作会议\n的通知\n{BODY}\n")
    assert raw.title == "某县人民政府办公室关于召开全县安全生产工作会议的通知"


def test_a_series_label_before_the_headline_is_not_the_title() -> None:
    """“某某措施”政策解读之八：某省某厅关于…的规定: a numbered piece of a site's series, a colon, then
    the document's headline: the label is the series', dropped with a finding. A title holding 之
    without a number (某某之窗：…) or whose rest is no headline keeps it."""
    rules = "某省某某厅关于台资企业申请某某许可证的规定"
    raw = read_text(f"“56条措施”政策解读之八：{rules}\n{BODY}\n")
    assert raw.title == rules
    assert "title-tag" in finding_kinds(raw)
    kept = "某某系列报道之三：走进某某乡村振兴一线"
    assert read_text(f"{kept}\n{BODY}\n").title == kept


def test_a_sharing_sites_blurb_names_a_text_without_a_title_line() -> None:
    """下面是小编为大家整理的2023年某某镇年度工作总结，供大家参考。 over a text with no title line: the
    blurb is not read, and the name it gives is the title (a guess, with a finding); a name that is
    no document's (…的相关资料) is not taken."""
    opening = "2022年以来，某某镇锚定发展目标，全力做好各项重点工作。现将2022年度工作具体汇报如下："
    raw = read_text(f"下面是小编为大家整理的2023年某某镇年度工作总结，供大家参考。\n{opening}\n一、工作完成情况\n{BODY}\n")
    assert raw.title == "2023年某某镇年度工作总结"
    assert "title-guessed" in finding_kinds(raw)
    assert not any("小编" in text for text in paragraph_texts(raw))
    raw = read_text(f"下面是小编为大家整理的相关资料，供大家参考。\n{opening}\n一、工作完成情况\n{BODY}\n")
    assert raw.title == ""


def test_a_notice_issuing_several_plans_is_titled_by_the_one_it_prints() -> None:
    """各县（市、区）人民政府： / 《某某甲方案》《某某乙方案》《某某丙方案》已经市政府同意，现印发给你们 …
    then the first plan printed from its title line: the verb ends the sentence the run of names
    opens, and the plan printed is the title."""
    plans = [
        f"深入学习贯彻习近平总书记考察某某重要讲话精神加快构建某某市现代化{name}体系的工作方案"
        for name in ("产业", "开放", "物流", "旅游")
    ]
    cited = "".join(f"《{plan}》" for plan in plans)
    raw = read_text(
        f"各县（市、区）人民政府，市政府各部门：\n{cited}已经市政府同意，现印发给你们，请认真贯彻落实。\n"
        f"2024年2月8日\n（此件主动公开）\n{plans[0]}\n为加快构建现代化产业体系，制定本方案。\n一、指导思想\n{BODY}\n"
    )
    assert parse_outline(raw).title == plans[0]


def test_a_lead_naming_the_bulletin_it_prints_names_the_text_in_traditional_too() -> None:
    """7月21日某縣召開新聞發布會，…通報了《2022年某縣國民經濟和社會發展統計公報》，具體內容如下。: the
    name the lead says follows is the title, on a page in traditional characters as well."""
    lead = "7月21日某某縣召開新聞發布會，某某縣統計局總統計師向媒體通報了《2022年某某縣國民經濟和社會發展統計公報》，具體內容如下。"
    raw = read_text(f"{lead}\n尊敬的各位媒體朋友們：\n2022年，全縣上下堅持穩中求進工作總基調。\n一、綜合\n{BODY}\n")
    assert raw.title == "2022年某某縣國民經濟和社會發展統計公報"


def test_a_work_outline_ends_as_a_title() -> None:
    """工作思路, 工作打算 name a kind of plan a title may end with (某街道2022年工作总结及2023年工作思路);
    a sharing site's blurb naming one titles a text without a title line."""
    assert ends_as_title("某某街道工作总结及2023年工作思路")
    assert ends_as_title("某某局2024年工作总结和2025年工作打算")
    raw = read_text(f"下面是小编为大家整理的某某街道工作总结及2023年工作思路，供大家参考。\n{BODY}\n一、工作完成情况\n{BODY}\n")
    assert raw.title == "某某街道工作总结及2023年工作思路"


def test_a_flattened_text_opening_with_a_citation_is_not_cut_into_a_title() -> None:
    """A report flattened into one line that opens 根据《某某条例》、《某某暂行办法》规定和《某某关于…年度报告
    的通知》要求…: the kind words stand inside cited names; no start of the sentence is the title."""
    line = (
        "根据《中华人民共和国政府信息公开条例》（国务院令第711号）、《某某省政府信息公开暂行办法》规定和"
        "《某某办公室关于政府信息公开工作年度报告有关事项的通知》（某办函〔2021〕30号）要求，现公布本乡2022年度"
        "政府信息公开工作年度报告。一、总体情况 本乡认真贯彻落实条例，全年主动公开信息120条。"
        "二、主动公开政府信息情况 全年制发规范性文件2件。" * 4
    )
    assert not read_text(f"{line}\n").title.startswith("根据")
    # … under the caption of the page's metadata table, which is the site's, never the title
    raw = read_text(f"信息公开元数据\n{line}\n")
    assert raw.title != "信息公开元数据" and not raw.title.startswith("根据")
    assert not any(text == "信息公开元数据" for text in paragraph_texts(raw))


def test_a_parts_name_letter_spaced_opening_the_page_is_no_title() -> None:
    """前 言, 引 言, 序 言 opening a page whose title line was lost name a part of the document, as
    前言 does, never the document; 总目录 and 目次 head the contents as 目录 does."""
    from audiojiedu.part_names import CONTENTS_HEADING, is_part_name

    for name in ("前 言", "引　言", "序  言", "结 束 语"):
        assert is_part_name(name)
        raw = read_text(f"{name}\n本报告根据有关规定编制，内容包括概述和主动公开情况等。\n一、概述\n全年主动公开信息120条。\n", source="/tmp/xx.txt")
        assert raw.title == "", name
    assert CONTENTS_HEADING.fullmatch("总目录") and CONTENTS_HEADING.fullmatch("目 次")
    assert not is_part_name("前言部分说明") and not is_part_name("前 进")


def test_a_flattened_title_is_not_cut_inside_a_longer_kind_word() -> None:
    """某处2021年度决算公开说明第一部分…: 决算 ends a title, but 公开说明 goes on into the longer
    决算公开说明 the title ends with; the cut falls after it."""
    line = (
        "某某区河道堤防建设管理处2021年度决算公开说明第一部分：基本情况 一、部门主要职能 负责全区河道堤防的建设管理。"
        "二、部门机构设置情况 本部门设综合科等三个科室。" * 12
    )
    assert read_text(f"{line}\n").title == "某某区河道堤防建设管理处2021年度决算公开说明"


def test_a_headline_naming_a_meeting_is_the_title_not_an_issuer() -> None:
    """我县召开…推进会 ends with 会 as 某某委员会 does, but a verb holds the meeting: a news headline
    over its story, the title, never the issuing organ."""
    raw = read_text(
        "我县召开创建全国文明城市工作推进会\n\n"
        "8月18日，我县召开创建全国文明城市工作推进会，对下步创建工作进行安排部署。\n\n(编辑:张某)\n"
    )
    assert raw.title == "我县召开创建全国文明城市工作推进会"
    assert "发文机关" not in raw.metadata
    issuer = read_text("某县统计局\n\n2023年全县经济运行平稳，地区生产总值同比增长5.2%，居民收入稳步提高。\n")
    assert issuer.metadata.get("发文机关") == "某县统计局"


def test_a_headline_and_the_report_line_under_it_opening_with_the_same_place_are_two_titles() -> None:
    """城口县2025年度政府预算公开 over 城口县2024财政预算执行情况…的报告: the rest of a title broken
    over lines never names the place again; the headline alone is the title."""
    raw = read_text(
        "某口县2025年度政府预算公开\n\n某口县2024财政预算执行情况2025财政预算草案的报告\n\n各位代表：\n\n"
        "受县人民政府委托，现将全县2024年财政预算执行情况和2025年财政预算草案提请大会审议。\n"
    )
    assert raw.title == "某口县2025年度政府预算公开"


def test_a_headline_over_its_fuller_form_is_never_one_title_broken_over_lines() -> None:
    """2024年度某区财政局预算公开 over 2024年度某区财政局预算公开情况说明 (a menu line over them): the
    second says the first more fully; joined, the title would say it twice."""
    raw = read_text(
        "• 设为首页\n  • 加入收藏\n  • 长者版\n2024年度某区财政局预算公开\n\n\n2024年度某区财政局预算公开情况说明\n\n"
        "目录\n一、部门主要职责\n二、部门预算单位构成\n"
    )
    assert raw.title == "2024年度某区财政局预算公开情况说明"


def test_a_reports_title_line_over_its_dateline_under_a_contents_titles_the_page() -> None:
    """目录 / 第一部分 报告 / 第二部分 预算表格 … then 第一部分 报告 / 关于某县…的报告 / ——2022年12月18日在
    某县…大会 / 第二次会议上 / 某县财政局: the page prints no title at its top; the report's own title
    line over its dateline names it, and the title, the dateline and the organ each stay a line."""
    title = "关于某县2022年预算执行情况和2023年预算草案的报告"
    contents = ["目录", "第一部分 报告", "第二部分 预算表格", "一、2022年全县一般公共预算收支执行情况表", "二、2023年全县一般公共预算收支预算情况表", "第三部分 情况说明"]
    text = "\n".join(
        [*contents, "第一部分 报告", title, "——2022年12月18日在某县第六届人民代表大会", "第二次会议上", "某县财政局", "各位代表：",
         "受县人民政府委托，现将2022年预算执行情况和2023年预算草案提请大会审议，请予审议。", "一、2022年财政预算执行情况", BODY]
    )
    raw = read_text(text + "\n")
    assert raw.title == title
    texts = paragraph_texts(raw)
    dateline = texts.index("——2022年12月18日在某县第六届人民代表大会第二次会议上")
    assert texts[dateline + 1] == "某县财政局"
    # The same with the contents long enough that its lines set the wrap width: the title is
    # found under it by its dateline, and no line of the title, the dateline or the organ is joined.
    tables = [f"{n}、2023年全县政府性基金和国有资本经营预算收支情况表" for n in "三四五六七八九"]
    raw = read_text(text.replace("第三部分 情况说明", "\n".join([*tables, "第三部分 情况说明"])) + "\n")
    assert raw.title == title
    assert "某县财政局" in paragraph_texts(raw)


def test_a_page_title_with_its_number_in_brackets_over_the_documents_broken_title() -> None:
    """The page's headline ends with the document's number in brackets (（2004年10号）); the
    document prints its title over two lines, the second letter-spaced. The headline is the whole
    title, never the second line alone (wide5/050)."""
    text = (
        "国务院关于同意某某省调整某某市部分行政区划的批复(2004年10号)\n国务院关于同意某某省调整\n"
        "某 某 市 部 分 行 政 区 划 的 批 复\n国函〔2004〕10号\n某某省人民政府:\n"
        "你省《关于调整某某市行政区划的请示》收悉。现批复如下:\n一、撤销某某区。\n"
    )
    raw = read_text(text)
    assert raw.title == "国务院关于同意某某省调整某某市部分行政区划的批复"
    assert raw.metadata["发文字号"] == "国函〔2004〕10号"


def test_a_declared_title_never_takes_the_first_chapter_under_its_line() -> None:
    raw = read_text(
        "标题: 《某区公共租赁住房管理办法》\n发布日期: 2021-09-30\n"
        "《某区公共租赁住房管理办法》已经区政府常务会议审议通过，现予印发。\n某区住房保障和房屋管理局\n2021年9月29日\n"
        "某区公共租赁住房管理办法\n第一章　总   则\n第一条（目的和依据）\n为了加强本区公共租赁住房管理，制定本办法。\n"
    )
    assert raw.title == "某区公共租赁住房管理办法"
    assert "第一章" in paragraph_texts(raw)[3]


def test_a_headline_printed_again_as_the_texts_title_line_is_one_title() -> None:
    raw = read_text(
        "---\n标题: 某市城市雕塑建设管理办法\n发布单位: 某市人民政府\n---\n\n"
        "> 本文正文由脚本自某市官方公开页面提取，仅供检索查阅；以[官方链接](https://www.example.gov.cn/1.html)发布版本为准。\n"
        "> 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。\n\n"
        "# 某市城市雕塑建设管理办法\n\n某市城市雕塑建设管理办法\n\n"
        "（1996年3月3日某市人民政府发布）\n\n第一条（目的）\n\n为了做好城市雕塑建设，制定本办法。\n"
    )
    assert raw.title == "某市城市雕塑建设管理办法"


def test_a_columns_running_number_before_the_title_is_not_read_as_its_title() -> None:
    """第一  某某对深度贫困地区脱贫的要求 (a county column's pieces numbered 第一, 第二): the number is
    the column's; 第一批某某名单 or 第三 届… count what the title names and stay."""
    raw = read_text(f"第一\u3000 某某对深度贫困地区脱贫的要求\n{BODY}\n")
    assert raw.title == "某某对深度贫困地区脱贫的要求"
    assert any(f.kind == "title-tag" and "第一" in f.message for f in raw.findings)
    assert read_text(f"第三 届某某文化节活动方案\n{BODY}\n").title.replace(" ", "") == "第三届某某文化节活动方案"


def test_a_flattened_orders_cited_document_is_the_title() -> None:
    """某某国务院令第606号《国务院关于修改〈某某条例〉的决定》已经…通过，现予公布…二○一一年九月三十日
    国务院关于修改《某某条例》的决定国务院决定对…: one line; the document the order cites, printed
    after it, is the title, read once; the order's text is read."""
    title = "国务院关于修改《某某合作开采资源条例》的决定"
    line = (
        "中华人民共和国国务院令第606号《国务院关于修改〈某某合作开采资源条例〉的决定》已经2011年9月21日国务院第173次常务会议通过，"
        f"现予公布，自2011年11月1日起施行。总理 某某二○一一年九月三十日{title}国务院决定对《某某合作开采资源条例》作如下修改："
        "第十一条修改为：“对外合作开采资源，应当依法纳税。”本决定自2011年11月1日起施行。"
    )
    raw = read_text(line + "\n")
    assert raw.title == title
    spoken = "\n".join(paragraph_texts(raw))
    assert spoken.startswith("中华人民共和国国务院令第606号") and title not in spoken
    assert "九月三十日国务院决定对" in spoken


def test_a_bare_position_label_alone_over_a_trail_one_crumb_a_line_is_chrome() -> None:
    """位置： alone on its line over 首页 / 查看政策解读 (a trail set one crumb a line): the label and the
    crumbs are chrome and the headline under them is the title. A field 位置：某某村 stays text."""
    lines = ["位置：", "首页", "查看政策解读", "某局有关负责人就某某改革中的有关问题答记者问", "发布时间：2017年10月9日", BODY]
    raw = read_text("\n".join(lines) + "\n")
    assert raw.title == "某局有关负责人就某某改革中的有关问题答记者问"
    assert not any(text in ("位置：", "首页", "查看政策解读") for text in paragraph_texts(raw))
    raw = read_text("某村道路硬化工程公示\n项目名称：某村道路硬化\n位置：某某村\n" + BODY + "\n")
    assert "位置：某某村" in "\n".join(paragraph_texts(raw)) + "".join(f"{k}：{v}" for k, v in raw.metadata.items())


def test_a_number_without_its_issuer_before_the_title_is_a_field() -> None:
    """〔2022〕第39号某县人民政府征收土地预公告 (a list page naming the notice by its number first): the
    number is a field, the rest the title. With its issuer's name the number may be the title's own
    words (关于转发某政发〔2020〕1号的通知, 某政发〔2024〕3号文件解读) and stays."""
    raw = read_text(f"〔2022〕第39号某县人民政府征收土地预公告\n打印\n{BODY}\n")
    assert raw.title == "某县人民政府征收土地预公告" and raw.metadata["发文字号"] == "〔2022〕第39号"
    for title in ("某政发〔2024〕3号文件解读", "关于转发某政发〔2020〕1号文件的通知"):
        assert read_text(f"{title}\n一、出台背景\n{BODY}\n").title == title


def test_a_document_as_issued_under_a_news_headline_is_the_title() -> None:
    """A repost's headline (春节连休8天！…公布！, or a spammed 某某名单2022 某某县县长名单), its byline or
    news sentences, then the document as issued: its issuer and 关于… line (on one line or two) over
    whom it is addressed to. That title is the document's; the headline and the news are not read,
    the byline is a field."""
    notice = ["某某院办公厅", "关于2024年部分节假日安排的通知", "各省、自治区、直辖市人民政府：", "经批准，现将2024年放假安排通知如下。", "一、元旦：1月1日放假，与周末连休。"]
    raw = read_text("春节连休8天！2024年放假安排公布！\n某某早报 2024-04-22\n" + "\n".join(notice) + "\n")
    assert raw.title == "某某院办公厅关于2024年部分节假日安排的通知"
    assert paragraph_texts(raw)[0] == "各省、自治区、直辖市人民政府："
    assert "春节连休8天" not in "\n".join(paragraph_texts(raw))
    one_line = ["某某省人民政府办公室关于公布“十县百乡”建设入选名单的通知", "各市、县（区）人民政府办公室：", BODY]
    raw = read_text("某某十县百乡入选名单2022 某某市十八县县长名单\n入选的3个县分别是甲区、乙区、丙县；\n" + "\n".join(one_line) + "\n")
    assert raw.title == one_line[0]
    assert not any(text.startswith("入选的") for text in paragraph_texts(raw))
    # without the addressee under it a 关于… line in the news is no document's title
    raw = read_text("某县召开大会！\n会议传达了某某省人民政府关于加快发展的意见，要求抓好落实。\n某某省人民政府\n关于加快发展的意见\n会议认为，各项工作进展顺利。\n")
    assert raw.title != "某某省人民政府关于加快发展的意见"
    # a law library's headline naming the rules, then the notice its verb leads (颁布《…》的通知) under its
    # issuer, whom it is addressed to run on into its text on one line
    rules = "某某市城市规划区内户外广告设置管理规定"
    page = f"{rules}\n\n时间：2024-07-02 05:10:37 来源：某某资料网\n\n{rules}\n\n某某省某某市人民政府\n\n\n颁布《{rules}》的通知\n\n"
    page += f"各县（市、区）人民政府，市府直属各单位：现将《{rules}》颁布给你们，请遵照执行。\n某某市人民政府\n二○○二年十二月十九日\n{rules}\n第一条 为加强户外广告设置的管理，制定本规定。\n"
    assert read_text(page).title == f"某某省某某市人民政府颁布《{rules}》的通知"


def test_a_notice_for_public_comment_under_a_lead_in_traditional_characters_is_the_title() -> None:
    """A lead in traditional characters ending 具體如下： over a 公示's 關于… title broken over two
    lines: the 公示 is a document's kind, and the lead saying its details follow is read folded."""
    lead = "7月31日，某省農業農村廳對鄉村治理示范村鎮評審結果進行公示，具體如下："
    raw = read_text(f"{lead}\n關于全省鄉村治理示范村鎮評審結果\n和復核情況的公示\n根據有關要求，經各市組織推薦，擬認定某某村等11個村為示范村。\n")
    assert raw.title == "關于全省鄉村治理示范村鎮評審結果和復核情況的公示"
    assert lead not in paragraph_texts(raw)


def test_the_pages_browser_title_copied_over_the_text_gives_way_to_the_name_printed_alone() -> None:
    """某某规划纲要-规划-政务公开-首都之窗 over a trail and the fields, the name printed alone further
    down: the browser's title (name, columns, site) is not read; the name is the title."""
    name = "某某区国民经济和社会发展第十三个五年规划纲要"
    raw = read_text(f"{name}-规划-政务公开-首都之窗\n政务公开 > 规划 > 区级规划纲要\n发布日期：2018-01-16\n{name}\n某某区人民政府\n二〇一六年一月\n序言\n{BODY}\n")
    assert raw.title == name
    assert not any("首都之窗" in text or "区级规划纲要" in text for text in paragraph_texts(raw))
    # a title holding a dash, its first part never printed alone, stays whole
    whole = "某某县2024年度部门预算-财政拨款收支说明"
    assert read_text(f"{whole}\n{BODY}\n").title == whole


def test_a_menu_bar_opening_with_the_home_link_is_chrome_whatever_its_last_item() -> None:
    """无障碍阅读 | 进入关怀版 / 首页 主动公开 解读回应 政府工作报告 over the trail and the headline: the
    bar opens with the home page's link, so its last item ending as a title (政府工作报告) makes it no
    headline."""
    title = "某某州2012年政府信息公开工作年度报告"
    raw = read_text(f"无障碍阅读  |  进入关怀版\n首页 主动公开 解读回应 政府工作报告\n当前位置：首页>主动公开>年报\n{title}\n发布时间：2018-02-13\n{BODY}\n")
    assert raw.title == title
    assert not any("关怀版" in text or "解读回应" in text for text in paragraph_texts(raw))


def test_rules_that_lost_their_notice_are_named_by_the_title_over_their_first_article() -> None:
    """市政府各工作部门： / 2020年9月10日 / （此件公开发布） / 市政府…重大政策文件 / 解读制度 / 第一条 …
    (a page that lost the notice's title and sentence; ho62, session 43): the rules' own title,
    broken over two lines right over the first article, names the document, not its kind 制度."""
    raw = read_text(
        "市政府各工作部门、各直属事业单位：\n2020年9月10日\n（此件公开发布）\n市政府及市政府部门重大政策文件\n解读制度\n"
        "第一条 为进一步提升重大政策解读质量，制定本制度。\n第二条 本制度所指重大政策文件，主要包括以下类型。\n"
    )
    assert raw.title == "市政府及市政府部门重大政策文件解读制度"
    assert "title-guessed" in finding_kinds(raw)


def test_an_issued_title_broken_over_four_lines_in_the_text_is_one_paragraph() -> None:
    """A notice's title printed over four lines inside a news page (某省人民政府关于印发 ‖ 某省国民经济和
    社会发展 ‖ 第十四个五年规划 ‖ 和2035年远景目标纲要的通知), and the plan's own title under the
    notice over three (某省国民经济和社会发展 ‖ 第十四个五年规划和 ‖ 2035年远景目标纲要): each is read
    as one line, no pause inside it."""
    text = (
        "某省“十四五”规划纲要全文来了！\n时间：2021-04-24 13:49:06 来源：某某\n"
        "某省人民政府关于印发\n某省国民经济和社会发展\n第十四个五年规划\n和2035年远景目标纲要的通知\n"
        "各市（州）人民政府，省政府各厅委办、各直属机构：\n"
        "《某省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》已经省人大审查批准，现印发给你们，请认真组织实施。\n"
        "某省人民政府\n2021年3月17日\n"
        "某省国民经济和社会发展\n第十四个五年规划和\n2035年远景目标纲要\n"
        "（2021年1月27日某省第十三届人民代表大会第四次会议批准）\n"
        "某省国民经济和社会发展第十四个五年规划和2035年远景目标纲要，主要阐明省委战略意图。\n"
    )
    texts = [raw_text for raw_text in paragraph_texts(read_text(text))]
    assert "某省国民经济和社会发展第十四个五年规划和2035年远景目标纲要" in texts
    assert not any(line in texts for line in ("第十四个五年规划", "第十四个五年规划和", "2035年远景目标纲要"))
    raw = read_text(text)
    assert raw.title == "某省人民政府关于印发某省国民经济和社会发展第十四个五年规划和2035年远景目标纲要的通知"


def test_short_lines_opening_with_no_place_are_not_joined_as_a_title() -> None:
    """政府信息公开 ‖ 年度报告 lines of a site, or a signature over a date: no place opens them, and
    they stay lines of their own."""
    body = "根据有关规定，现将本单位年度工作情况说明如下，全年各项工作均按计划推进并完成。"
    raw = read_text(f"某县2024年工作总结\n{body}\n某县人民政府\n2024年12月30日\n")
    assert paragraph_texts(raw)[-2:] == ["某县人民政府", "2024年12月30日"]


def test_the_title_printed_again_with_a_character_lost_at_its_break_is_not_read() -> None:
    """某镇2023 ‖ 政府信息公开工作年度报告 under the headline 某镇2023年政府信息公开工作年度报告: the
    document's own header, its 年 lost where it broke; joined back it is the title again, not read.
    A line naming another document, or the title cut short at its end, is kept."""
    headline = "某某县某某镇2023年政府信息公开工作年度报告"
    body = "根据《中华人民共和国政府信息公开条例》规定，现发布本年度报告，统计期限自1月1日起至12月31日止。"
    raw = read_text(f"{headline}\n发布时间：2024-01-19 11:04\n某某县某某镇2023\n政府信息公开工作年度报告\n{body}\n")
    assert raw.title == headline
    assert paragraph_texts(raw) == [body]
    # printed on one line with the 年 lost, it is a repeat too; a shorter name of another kind is kept
    raw = read_text(f"{headline}\n发布时间：2024-01-19 11:04\n某某县某某镇2023政府信息公开工作年度报告\n{body}\n")
    assert paragraph_texts(raw) == [body]
    raw = read_text(f"{headline}\n发布时间：2024-01-19 11:04\n某某县某某镇政府信息公开指南\n{body}\n")
    assert paragraph_texts(raw)[0] == "某某县某某镇政府信息公开指南"


def test_a_news_headline_naming_the_plan_gives_way_to_the_notice_printed_in_full() -> None:
    """某某行动方案 (the news headline) / byline / summary / 日前，某网获悉，《某某行动方案》印发。全文如下：
    / 关于印发《某某行动方案》的通知 / addressees: the page prints the notice issuing the plan, and
    its title is the document's; the news lead over it is not read. A headline over a lead that
    announces another document keeps the title."""
    plan = "长三角地区2020-2021年秋冬季大气污染综合治理攻坚行动方案"
    notice = f"关于印发《{plan}》的通知"
    text = (
        f"{plan}\n来源：某某网\n时间：2020-11-04 09:02:36\n大气污染综合治理 蓝天保卫战 大气环境质量\n"
        f"日前，某某网获悉，《{plan}》印发。全文如下：\n{notice}\n上海市、江苏省、浙江省、安徽省人民政府：\n"
        f"现将《{plan}》印发给你们，请遵照执行。\n"
    )
    raw = read_text(text)
    assert raw.title == notice
    assert paragraph_texts(raw)[0] == "上海市、江苏省、浙江省、安徽省人民政府："
    other = text.replace(notice, "关于印发《某某县秸秆禁烧工作方案》的通知")
    assert read_text(other).title == plan


def test_a_sharing_sites_badges_and_file_box_over_a_notice_are_not_read() -> None:
    """某某规划 / 免费文档 / VIP文档 / ID:27721 / 大小:0.22 MB / 页数:20页 / 金币:0 / 上传者:某某 over the
    notice issuing the plan, its number having lost its 号 (国发〔2021〕27): the box is fields and
    badges, the notice's title is the title, its number a field."""
    raw = read_text(
        "某某现代综合交通运输体系发展规划\n免费文档\nVIP文档\nID:27721\n大小:0.22 MB\n页数:20页\n时间:2022-12-31\n"
        "金币:0\n上传者:某某\n某某人民政府关于印发某某现代综合交通\n运输体系发展规划的通知\n某政发〔2021〕27\n"
        "各县（市、区）人民政府，市政府各部门：\n现将《某某现代综合交通运输体系发展规划》印发给你们，请认真贯彻执行。\n"
    )
    assert raw.title == "某某人民政府关于印发某某现代综合交通运输体系发展规划的通知"
    assert raw.metadata["发文字号"] == "某政发〔2021〕27"
    assert raw.metadata["上传者"] == "某某"
    assert paragraph_texts(raw)[0] == "各县（市、区）人民政府，市政府各部门："


def test_a_letterhead_broken_over_two_lines_under_the_headline_names_the_issuer() -> None:
    """某某自治区人民政府 / 文件 / 某政发〔2020〕16号 under the headline: the red letterhead broken over
    two lines; its organ is 发文机关, neither line is read, and 文件 alone is no organ."""
    title = "关于印发《某某自治区关于进一步做好稳就业工作的实施意见》的通知"
    raw = read_text(
        f"{title}\n来源：某某政府网 发布时间：2020年03月25日 11:31\n某某自治区人民政府\n文件\n某政发〔2020〕16号\n{title}\n"
        "各州、市、县（市）人民政府，自治区人民政府各部门：\n现将《实施意见》印发你们，请认真贯彻执行。\n"
    )
    assert raw.metadata["发文机关"] == "某某自治区人民政府"
    assert raw.metadata["发文字号"] == "某政发〔2020〕16号"
    assert paragraph_texts(raw)[0] == "各州、市、县（市）人民政府，自治区人民政府各部门："


def test_the_documents_own_title_block_under_a_shorter_headline_is_the_title() -> None:
    """某县关于严禁…的通告 (a WeChat post's headline) / account, date, the account's pitch / 某县某某办公室
    某县某某局 / 关于严禁…的 / 通 告: the notice's own title block (its issuers, its title broken
    over lines, the kind letter-spaced) says the headline more fully: it is the title, read once,
    and the headline is kept as a field."""
    headline = "某某县关于严禁在某某景区等重点公益林区燃放烟花爆竹和孔明灯的通告"
    body = "为切实保障人民群众生命财产和林草资源安全，坚决防范燃放烟花爆竹和孔明灯引发森林草原火灾，现通告如下。"
    raw = read_text(
        f"{headline}\n某某研究者\n2024-06-20 22:57:16\n0\n点击蓝字某某发布 关注我们\n"
        "某某发布官方微信公众平台，订阅我们获取最及时、最全面、最权威的某某新闻、热点、资讯，带您了解最新的某某动态！\n"
        "某某县森林草原防灭火指挥部办公室 某某县林业和草原局\n关于严禁在某某景区等重点公益林区燃放烟花爆竹和孔明灯的\n"
        f"通 告\n{body}\n"
    )
    assert raw.title == "某某县森林草原防灭火指挥部办公室 某某县林业和草原局关于严禁在某某景区等重点公益林区燃放烟花爆竹和孔明灯的通告"
    assert raw.metadata["网页标题"] == headline
    assert paragraph_texts(raw) == [body]


def test_a_forum_posts_header_over_the_thread_title_is_a_field() -> None:
    """某某用户 发表于 2009-1-20 08:05:59 over the thread's title: the post's header, its time a field,
    never the title nor read."""
    headline = "周某某主持召开市一季度安全生产工作会议"
    raw = read_text(f"战乱三国 发表于 2009-1-20 08:05:59\n{headline}\n{BODY}\n")
    assert raw.title == headline
    assert raw.metadata["发表于"] == "2009-1-20 08:05:59"
    assert paragraph_texts(raw) == [BODY]


def test_a_cover_title_over_its_date_and_preface_is_the_title() -> None:
    """某区国民经济和社会发展 / 第十四个五年规划和二〇三五年 / 远景目标纲要 / 2021年2月 / 前言: a cover's
    title broken over three lines, its date and the first part under it: one title."""
    raw = read_text(
        "某某市某区国民经济和社会发展\n第十四个五年规划和二〇三五年\n远景目标纲要\n2021年2月\n前言\n"
        "“十四五”时期，是我区全面深化改革、加快转变经济发展方式的关键期。\n"
    )
    assert raw.title == "某某市某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


def test_a_flattened_notice_whose_number_lost_its_year_is_cut_at_the_number() -> None:
    """某市人民政府 关于禁止…的通告 某政通告〔〕4号 当前…: one line, the number's year lost from its
    brackets; the title is cut before the number, the number is a field."""
    text = "当前疫情防控形势严峻，疫情防控工作正处于关键时期，为有效保护广大人民群众的生命健康安全，特通告如下：" * 4
    raw = read_text(f"某某市人民政府 关于禁止元宵节“遛百病” 等公众聚集性活动的通告 某政通告〔〕4号 {text}\n")
    assert raw.title.endswith("关于禁止元宵节“遛百病”等公众聚集性活动的通告")
    assert raw.metadata["发文字号"] == "某政通告〔〕4号"


def test_a_column_word_glued_before_the_titles_year_is_not_read() -> None:
    """【某某查询时间2022】专题2021年某省…统计公报: a spam tag, then the column's word glued before the
    year; the title starts at the year."""
    raw = read_text(f"【某某中招成绩查询时间2022】专题2021年某某省国民经济和社会发展统计公报\n{BODY}\n")
    assert raw.title == "2021年某某省国民经济和社会发展统计公报"


def test_a_white_papers_title_cited_by_the_lead_over_the_full_text_is_the_title() -> None:
    """某社北京12月29日电 国务院新闻办公室29日发表《中国某某发展》白皮书。全文如下： / 中国某某发展 / （2016年12月）:
    the lead cites the title whole in title marks and says the full text follows; the title line,
    no title word at its end, is the title, and the lead is not read."""
    raw = read_text(
        "国务院新闻办公室29日发表《中国某某运输发展》白皮书。全文如下：\n中国某某运输发展\n（2016年12月）\n"
        "中华人民共和国\n国务院新闻办公室\n前言\n新中国成立以来，交通运输面貌发生了历史性变化。\n"
    )
    assert raw.title == "中国某某运输发展"
    assert paragraph_texts(raw)[0] == "（2016年12月）"


def test_a_news_headline_over_its_subtitle_over_the_byline_row_is_the_title() -> None:
    """省十三届人大七次会议举行第二场新闻发布会 / 5位发布人就“…”作主题发布 / 来源：… 发布时间：… under the
    site's menu bar (ho99/06, session 50): the subtitle ranked higher for ending as a title does, and
    the headline above it was dropped with the menu; the headline is the title, the subtitle read."""
    headline = "省十三届人大七次会议举行第二场新闻发布会"
    subtitle = "5位发布人就“开启新征程，喜迎二十大”作主题发布"
    raw = read_text(
        f"中央人民政府网站  |  省委  |  省人大  |  省政府  |  省政协\n{headline}\n{subtitle}\n"
        f"来源： 某某日报    发布时间： 2022-01-25 09:18\n{BODY}\n"
    )
    assert raw.title == headline
    assert paragraph_texts(raw)[:2] == [subtitle, BODY]
    # The byline row may open with its stamp, unlabelled (ho105/03, session 51).
    headline = "某某自治区十二届人大一次会议隆重开幕"
    subtitle = "某某某等在主席台就座 某某某主持大会 某某某作政府工作报告"
    raw = read_text(f"某某网\n某某网>>某某频道\n\n{headline}\n\n{subtitle}\n\n2023年01月14日12:05 | 来源:某某日报\n小字号\n\n{BODY}\n")
    assert raw.title == headline
    assert paragraph_texts(raw)[:2] == [subtitle, BODY]
    # The headline printed twice over that row is no headline over its subtitle: the copy goes, said.
    raw = read_text(f"{headline}\n\n{headline}\n2022-09-06 18:00 某某新闻网 编辑:某某\n\n{BODY}\n")
    assert raw.title == headline
    assert paragraph_texts(raw) == [BODY]
    assert any(finding.text == headline for finding in raw.findings)


def test_a_news_lead_broken_before_the_title_it_cites_over_the_documents_own_title() -> None:
    """核心提示 / … / 国务院新闻办公室14日发表 ‖ 《某某的保障》白皮书。 / 全文如下： / 某某的保障 (ho107/15,
    session 51): the lead's sentence broke at its link; put together, the document printed under
    it from its own title line gives the title."""
    own = "某某地区各民族平等权利的保障"
    raw = read_text(
        f"国务院新闻办公室14日发表\n《{own}》白皮书。\n全文如下：\n{own}\n（2021年7月）\n中华人民共和国国务院新闻办公室\n"
        "前言\n人人充分享有人权，是人类社会的伟大梦想。\n一、公民权利的保障\n各族人民依法享有各项公民权利。\n"
    )
    assert raw.title == own


def test_a_one_line_pages_title_printed_twice_glued_is_the_title_once() -> None:
    """某市2018年政府信息公开工作年度报告某市2018年政府信息公开工作年度报告 2018年，… (ho105/02, session 51):
    the page's headline and the document's own title line run together at a one-line page's head
    are its title, read once; before, the line was taken for a photo's caption printed twice and
    dropped, and the report had no title."""
    title = "某某市2018年政府信息公开工作年度报告"
    work = "某某市全面贯彻落实党的十九大精神，围绕全面实施城市总体规划，扎实推进政务公开工作。" * 4
    body = f"2018年，{work}一、主动公开政府信息情况 {work}二、依申请公开政府信息情况 {work}"
    raw = read_text(f"{title}{title} {body}\n")
    assert raw.title == title
    assert paragraph_texts(raw)[0].startswith("2018年，某某市")
    # A caption printed twice, no title, is still not read.
    caption = "某某主任某某某在会上讲话"
    raw = read_text(f"某某县召开2024年防汛工作会议\n{caption} {caption}\n{body}\n")
    assert not any(caption in text for text in paragraph_texts(raw))


def test_a_document_number_in_lenticular_brackets_after_the_title_is_metadata() -> None:
    """…的通告【某府发〔2013〕40号】 as a field list's headline (ho106/16, session 51): the number is a
    field, not read as the title's; the notice's own title under it, with its issuer, is the title."""
    raw = read_text(
        "关于开展城区主次干道摆摊设点整治工作的通告【某北府发〔2013〕40号】\n某北府发〔2013〕40号\n某某市某某区人民政府\n"
        "关于开展城区主次干道摆摊设点整治工作的通告\n为进一步加强城市管理，区政府决定开展主次干道摆摊设点整治工作。\n"
    )
    assert raw.title == "某某市某某区人民政府关于开展城区主次干道摆摊设点整治工作的通告"
    assert raw.metadata["发文字号"] == "某北府发〔2013〕40号"


def test_a_notice_citing_its_plan_with_a_stray_guanyu_is_titled_by_the_plan_printed_below() -> None:
    """《关于某县重污染天气应急预案》已经县人民政府同意，现印发你们 … 某县重污染天气应急预案: the
    citation carries a 关于 the printed title line lacks; the line is still the plan's title."""
    plan = "某县重污染天气应急预案"
    text = f"各乡镇人民政府：\n《关于{plan}》已经县人民政府同意，现印发你们，请认真贯彻执行。\n某县人民政府办公室\n2018年12月6日\n{plan}\n1 总则\n1.1 编制目的\n为做好重污染天气应对工作，制定本预案。\n"
    raw = read_text(text, source="/tmp/page-22.txt")
    assert raw.title == plan


def test_a_portals_name_over_its_home_address_is_no_title() -> None:
    """某县人民政府 / www.example.gov.cn over a notice that prints no headline: the portal's masthead,
    not the title (the plan the notice issues names the page)."""
    plan = "某县水旱灾害防御应急预案"
    text = f"某某县人民政府\nwww.example.gov.cn\n各乡（镇）人民政府：\n《{plan}》已经县人民政府同意，现印发给你们，请认真贯彻执行。\n某某县人民政府办公室\n2024年7月8日\n{plan}\n1. 总则\n1.1 编制目的\n做好全县水旱灾害防御工作。\n"
    raw = read_text(text, source="/tmp/page-23.txt")
    assert raw.title == plan
    assert "www.example.gov.cn" not in " ".join(paragraph_texts(raw))


def test_a_tender_covers_title_over_its_parties_and_its_running_header_pieces() -> None:
    """某某工程 / 预警指挥项目 / （某某设备）（三次） / 招标文件 over 招标人：… / 招标代理机构：…: one title
    broken over four lines on the cover; the running header under it, the title wrapped and read
    bottom up (次） / 目（某某设备）（三 / 某某工程预警指挥项), is not read."""
    lines = [
        "某省自然灾害应急能力提升工程", "预警指挥项目", "（森林防火重点区配备视频监控设备）（三次）", "招标文件",
        "招标人：某省应急管理厅", "招标代理机构：某某工程项目管理有限公司", "2025 年11 月",
        "次）", "目（森林防火重点区配备视频监控设备）（三", "某省自然灾害应急能力提升工程预警指挥项",
        "项目编号：E52000020250005NP001", "第一章 招标公告", "1.招标条件", "本招标项目已由某省发展和改革委员会批准建设，项目业主为某省应急管理厅。",
    ]  # fmt: skip
    raw = read_text("\n".join(lines) + "\n")
    assert raw.title == "某省自然灾害应急能力提升工程预警指挥项目（森林防火重点区配备视频监控设备）（三次）招标文件"
    texts = paragraph_texts(raw)
    assert "次）" not in texts and not any(text.startswith("目（森林") for text in texts)
    assert "招标人：某省应急管理厅" in texts


def test_a_titles_own_lines_in_order_under_it_are_not_header_pieces() -> None:
    # Must NOT touch: the issuers and the title printed again in order under the headline.
    title = "中共某镇委员会某镇人民政府关于开展村级组织换届选举工作的实施意见"
    lines = [title, "中共某镇委员会", "某镇人民政府", "关于开展村级组织换届选举工作的", "实施意见", "各村党支部、村委会：", "现将有关事项通知如下，请认真贯彻执行。"]
    raw = read_text("\n".join(lines) + "\n")
    assert not any("页眉" in finding.message for finding in raw.findings)


@pytest.mark.parametrize("speaker", ["问", "人"])
def test_a_headline_over_a_questions_line_keeps_the_question_out(speaker: str) -> None:
    """关于某某的政策问答 ‖ 问：…？: a headline whole with its kind's word, over a line opened by a speaker
    or a label and its colon, is no word cut in two (…为指 ‖ 导，坚持… is)."""
    raw = read_text(f"关于城乡居民医疗保险的政策问答\n\n{speaker}：什么情况下需要报批？\n\n答：按规定报县医保局审批。\n")
    assert raw.title == "关于城乡居民医疗保险的政策问答"
    assert paragraph_texts(raw)[0] == f"{speaker}：什么情况下需要报批？"


@pytest.mark.parametrize("column", ["乡镇报道", "人大要闻", "部门动态"])
def test_a_column_named_by_its_end_over_a_storys_headline_is_not_the_title(column: str) -> None:
    """乡镇报道 / 某镇扎实推进殡葬秩序治理工作 / 某镇按照…，扎实推进…。: the column's word over the story's
    headline over its first paragraph; the headline is the title, the column is not read."""
    headline = "某镇扎实推进殡葬秩序治理入户宣传和调查摸底工作"
    text = "某镇按照全县殡葬秩序治理活动动员会的要求和部署，扎实推进殡葬秩序治理入户宣传工作。"
    raw = read_text(f"{column}\n{headline}\n{text}\n该镇于5月8号召开全镇动员大会。\n")
    assert raw.title == headline
    assert paragraph_texts(raw) == [text, "该镇于5月8号召开全镇动员大会。"]


def test_spaces_after_about_in_a_title_are_its_line_breaks() -> None:
    """关于印发某省…发展 第十四个五年规划和2035年远景 目标纲要的通知: after 关于 the title is one phrase;
    the issuer's space before 关于 and a space inside a bracketed note in marks stay."""
    wrapped = "某省人民政府 关于印发某省国民经济和社会发展 第十四个五年规划和2035年远景 目标纲要的通知"
    assert close_title_spaces(wrapped) == "某省人民政府 关于印发某省国民经济和社会发展第十四个五年规划和2035年远景目标纲要的通知"
    noted = "关于《某市社会信用条例（草案修改二稿 征求意见稿）》公开征求意见的公告"
    assert close_title_spaces(noted) == noted


def test_a_padded_date_glued_after_a_title_with_its_view_count_is_the_pages() -> None:
    """…的通知（某政发〔2021〕5号）2021.04.27798: a list page's date, 798 views glued to its day."""
    raw = read_text(f"某省人民政府关于印发某省某某规划的通知（某政发〔2021〕5号）2021.04.27798\n\n各市人民政府：\n\n{BODY}\n")
    assert raw.title.startswith("某省人民政府关于印发某省某某规划的通知") and "798" not in raw.title
    assert raw.metadata["发布时间"] == "2021.04.27"


def test_an_event_headline_over_its_subheadline_and_a_papers_byline_is_the_title_alone() -> None:
    """县十六届人大四次会议开幕 / 大会主席团…就座 县长某某代表县人民政府向大会作工作报告 / 刊发日期:… 作者::
    the event is named whole (…会议开幕); the subheadline under it is read, no part of the title."""
    headline = "县十六届人大四次会议开幕"
    sub = "大会主席团常务主席张某李某在主席台前排就座 县长王某代表县人民政府向大会作工作报告"
    raw = read_text(f"{headline}\n{sub}\n刊发日期:2024-01-22 作者:  语音阅读:\n\n1月21日上午，某县第十六届人民代表大会第四次会议开幕。{_FLAT_SENTENCE}\n")
    assert raw.title == headline
    assert paragraph_texts(raw)[0] == sub


def test_a_notices_number_alone_on_the_first_line_is_no_title() -> None:
    """(第1号) / 根据…，现将有关事项公告如下：: the number names nothing; it is read as the text's first line
    and the title is looked for as on a page without one."""
    raw = read_text("(第1号)\n根据《某某条例》，经研究决定举行听证会，现将有关事项公告如下：\n一、听证事项\n听取各方意见。\n")
    assert raw.title != "(第1号)" and "1号" not in raw.title
    assert paragraph_texts(raw)[0] == "（第1号）"  # (brackets set full-width, as the text's are)
    titled = read_text("某乡人民政府关于举行听证会的公告\n(第1号)\n根据《某某条例》，经研究决定举行听证会。\n")
    assert titled.title == "某乡人民政府关于举行听证会的公告"


def test_a_word_in_round_brackets_before_a_headline_is_the_titles_unless_a_sites_tag_or_place() -> None:
    """（训练处）某某设备采购竞争性磋商公告: the buyer's office in round brackets is the title's own;
    （转载）, [要闻] and （某某省） before a headline are the site's."""
    kept = read_text(f"（训练处）某某测试系统等专项设备采购竞争性磋商公告\n{BODY}\n")
    assert kept.title == "（训练处）某某测试系统等专项设备采购竞争性磋商公告"
    for tag in ("（转载）", "[要闻]", "（某某省）"):
        raw = read_text(f"{tag}某某县关于做好春季防火工作的通知\n{BODY}\n")
        assert raw.title == "某某县关于做好春季防火工作的通知", tag


def test_a_number_glued_after_a_decisions_title_keeps_the_title_word_whole_and_its_bracketed_place() -> None:
    """某局行政处罚决定书(某株某)应急罚〔2023〕125号: the title ends with 决定书, not 决定; the number keeps
    its bracketed place (（某株某）应急罚〔2023〕125号)."""
    raw = read_text(f"某市应急管理局行政处罚决定书(某株某)应急罚〔2023〕125号\n{BODY}\n")
    assert raw.title == "某市应急管理局行政处罚决定书"
    assert raw.metadata["发文字号"] == "（某株某）应急罚〔2023〕125号"
    wrapped = read_text(f"某县人民政府关于禁止燃放烟花爆竹的通告【某府发〔2013〕40号】\n{BODY}\n")
    assert wrapped.title == "某县人民政府关于禁止燃放烟花爆竹的通告"
    assert wrapped.metadata["发文字号"] == "某府发〔2013〕40号"


def test_a_bloggers_lead_ending_with_a_dash_over_an_organ_and_its_notice_is_not_the_title() -> None:
    """近日小编走在街头，…到底是悬赏什么？大家一起来看看—— / 某市公安局 / 打击…悬赏通告: the lead's
    dash points at the notice, no sentence runs on from it; the organ alone over the notice's
    title opens it."""
    lead = "近日小编走在街头，看到街边贴了一份某市公安局发布的《悬赏通告》，到底是悬赏什么？大家一起来看看——"
    raw = read_text(f"{lead}\n某市公安局\n打击治理电信网络新型违法犯罪行为悬赏通告\n为充分调动广大人民群众的积极性，经研究决定，实行举报奖励制度。\n")
    assert raw.title == "某市公安局打击治理电信网络新型违法犯罪行为悬赏通告"
    assert "小编" not in " ".join(paragraph_texts(raw))


def test_a_draft_named_as_such_after_the_document_it_drafts_is_a_whole_title() -> None:
    """2022年《政府工作报告》征求意见稿(2022年) over the text, its own (征求意见稿) under the report's
    title line further down: the headline is the title, and the note is not added to it twice."""
    raw = read_text(
        "2022年《政府工作报告》征求意见稿(2022年)\n发布时间:2022-06-19 15:25:02\n"
        "2022年《政府工作报告》征求意见稿(2022年)\n(征求意见稿)\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n"
    )
    assert raw.title == "2022年《政府工作报告》征求意见稿（2022年）"
    assert ends_as_title("《某某条例》送审稿") and not ends_as_title("关于公开征求意见稿")


def test_an_offices_catalogue_of_public_information_is_a_document_not_the_sites_column() -> None:
    """某县民政局政府信息公开目录 over 一、编制说明: the catalogue the office issued, its title;
    某县政府信息公开专栏 over a headline stays the site's column."""
    raw = read_text("某县民政局政府信息公开目录\n一、编制说明\n为了方便公民获取政府信息，特编制本目录。\n")
    assert raw.title == "某县民政局政府信息公开目录"
    column = read_text(f"某县政府信息公开专栏\n某县关于做好防汛工作的通知\n{BODY}\n")
    assert column.title == "某县关于做好防汛工作的通知"


def test_a_one_line_pages_headline_before_a_preamble_is_the_title() -> None:
    """某县税务局行政征收事前公开 根据《某某方案》…: the page flattened into one line, the headline set
    apart by a space before the preamble, though 公开 ends no title word; a sentence's opening
    (根据有关规定，…) before a space is no headline."""
    text = "某县税务局行政征收事前公开 根据《税收执法公示实施办法》文件精神及要求，我局对行政征收事项信息进行事前公开：" + "一、纳税申报事项。" * 30
    raw = read_text(text + "\n")
    assert raw.title == "某县税务局行政征收事前公开"
    assert paragraph_texts(raw)[0].startswith("根据《税收执法公示实施办法》")
    sentence = read_text("根据有关规定 为做好秋季防火工作，现将有关事项通知如下：" + "加强宣传，严格管控。" * 30 + "\n", source="/tmp/notice-22.txt")
    assert sentence.title == ""


def test_a_mailbox_column_over_its_rules_headline_is_not_the_title() -> None:
    """区长信箱 / 来信须知 / 领导信箱受理范围： / 1、…: the mailbox's column over its rules page, whose
    headline ends as a title; a short first line that opens a title broken in two stays its start."""
    raw = read_text("区长信箱\n来信须知\n领导信箱受理范围：\n1、对政府政策、决策方面的意见、建议和咨询；\n2、对行政执行方面问题的反映。\n")
    assert raw.title == "来信须知"
    broken = read_text(f"关于\n做好防汛工作的通知\n{BODY}\n")
    assert broken.title == "关于做好防汛工作的通知"


def test_a_writs_headline_with_its_number_glued_on_is_the_title_over_its_own_shorter_line() -> None:
    """某县交通运输局行政处罚决定书湘某交处罚〔2023〕8号 / 信息来源：… / 行政处罚决定书 / 湘某交处罚〔2023〕8号:
    the headline, its number cut off into the metadata, is the title; the writ's own shorter title
    line under it is not read again."""
    page = "某县交通运输局行政处罚决定书湘某交处罚〔2023〕8号\n信息来源：县交通运输局\n行政处罚决定书\n湘某交处罚〔2023〕8号\n一、当事人基本情况\n戴某某，男，住某县某乡。\n"
    raw = read_text(page)
    assert raw.title == "某县交通运输局行政处罚决定书"
    assert raw.metadata.get("发文字号") == "湘某交处罚〔2023〕8号"
    assert "行政处罚决定书" not in paragraph_texts(raw)


def test_the_pages_tab_repeating_the_trails_last_crumb_is_the_title() -> None:
    """首页 > 政民互动 > 领导信箱 > 写信须知 / 1. 写信须知 / 写信人须知事项：: the site's numbered tab
    names the page the trail ends at; a numbered line that is not the crumb stays the text's."""
    raw = read_text("首页 > 政民互动 > 领导信箱 > 写信须知\n1. 写信须知\n写信人须知事项：\n（一）写信人应如实反映情况。\n")
    assert raw.title == "写信须知"
    assert paragraph_texts(raw)[0] == "写信人须知事项："
    other = read_text("首页 > 政民互动 > 领导信箱 > 写信须知\n1. 写信人应如实反映情况。\n2. 写信人应留下联系方式。\n", source="/tmp/notice-23.txt")
    assert other.title == "" and paragraph_texts(other)[0] == "1. 写信人应如实反映情况。"


def test_a_forwarded_documents_title_lines_in_order_are_read_though_a_word_differs() -> None:
    """A forwarding notice's headline quotes the forwarded title with 关于 (转发《某省人民政府办公厅关于
    印发某某办法》的通知); the forwarded notice printed after the signature leaves 关于 out
    (某省人民政府办公厅 / 印发《某某办法》 / 《某某办法》的通知). Its lines read in the headline's
    order: the document's own title, read, not a running header."""
    title = "某县人民政府办公室转发《某省人民政府办公厅关于印发某省实体政务大厅管理暂行办法》《某省政务服务网运行管理暂行办法》的通知"
    lines = [
        title, "各乡镇人民政府：", "现将文件转发给你们，请认真贯彻执行。", "某县人民政府办公室", "2019年2月22日",
        "某省人民政府办公厅", "印发《某省实体政务大厅管理暂行办法》", "《某省政务服务网运行管理暂行办法》的通知",
        "某政办发〔2018〕73号", "各市、县人民政府：", "现印发给你们，请认真贯彻执行。",
    ]  # fmt: skip
    texts = paragraph_texts(read_text("\n".join(lines) + "\n"))
    assert "印发《某省实体政务大厅管理暂行办法》" in texts and "某省人民政府办公厅" in texts
