"""A page's lone word or a widget's label over the headline is no first line of the title
(session 30 wide sample: 其他 over 某市人民政府最新通告, 在线检阅： 搜索 over 政府工作报告). A layout
breaks a title where its line is full. Made-up examples in the shape of real pages."""

from __future__ import annotations

from audiojiedu.ingest import read_text

BODY = "为切实做好安全生产工作，保障人民群众生命财产安全，现将有关事项通告如下。"


def test_a_lone_column_word_over_the_headline_is_not_its_start() -> None:
    raw = read_text(f"查看原文\n其他\n某市人民政府最新通告\n某某日报 2023-12-20\n{BODY}\n")
    assert raw.title == "某市人民政府最新通告"


def test_a_search_widget_over_the_headline_is_not_its_start() -> None:
    raw = read_text(f"您当前所在位置：首页>政府信息公开>政府工作报告\n在线检阅： 搜索\n政府工作报告\n{BODY}\n")
    assert raw.title == "政府工作报告"


def test_a_title_broken_where_its_line_was_full_still_joins() -> None:
    raw = read_text(f"某某县人民政府关于进一步做好\n安全生产工作的通告\n{BODY}\n")
    assert raw.title == "某某县人民政府关于进一步做好安全生产工作的通告"


REPORT_BODY = "各位代表：\n现在，我代表市政府，向大会报告工作，请予审议，并请市政协委员提出意见。\n"
OCCASION = "——2025年1月8日在某市第十六届人民代表大会第四次会议上\n市长 某某某\n"


def test_menu_words_over_a_report_give_way_to_the_line_over_its_occasion() -> None:
    raw = read_text(f"行政区划\n开发区\n部门网站\n政 府 工 作 报 告\n{OCCASION}{REPORT_BODY}")
    assert raw.title == "政府工作报告"
    assert not any(p.text in ("行政区划", "开发区") for p in raw.paragraphs)


def test_a_fuller_headline_over_the_reports_own_short_title_is_the_title() -> None:
    # The site's headline says the report's own line (政府工作报告) with its year and place: that is
    # the name a listener hears announced, and the short line is not read after it.
    raw = read_text(f"工作报告\n2020年某市某区政府工作报告\n2020年01月14日来源：某区人民政府办公室\n政府工作报告\n{OCCASION}{REPORT_BODY}")
    assert raw.title == "2020年某市某区政府工作报告"
    assert "政府工作报告" not in [p.text for p in raw.paragraphs]
