"""A title that may not be the document's is said in the review, whichever rule chose it: a site's
name or version, a search box, a place or an organ alone, a kind or a part alone, a line mostly of
letters and signs, a name too short to tell anything. A title with a title's shape raises nothing."""

from __future__ import annotations

from helpers import finding_kinds

from audiojiedu.ingest import read_text
from audiojiedu.ingest.title_doubt import doubt_title

BODY = "为做好相关工作，现将有关事项通知如下，请各单位认真贯彻执行，确保各项任务落到实处。"


def test_titles_without_a_titles_shape_are_doubted() -> None:
    for title, why in (
        ("中国某某网移动版", "网站"),
        ("站内高级搜索", "网站"),
        ("某某日报", "网站"),
        ("澳门特别行政区", "机关或地方"),
        ("某某县人民政府", "机关或地方"),
        ("附件", "文种"),
        ("通告", "文种"),
        ("AYX爱游戏- APP下载速览！某市发布", "字母"),
        ("首页>?政务公开>?通知公告", "栏目路径"),
        ("APP下载 AYX gaming 某市", "字母"),
        ("屯狄", "太短"),
        ("抓住用好战略机遇wYm某某省人民政府研究室", "字母"),
        ("文库 实用文档 报告/总结", "栏目路径"),
        ("首页 政务公开 通知公告", "栏目路径"),
    ):
        finding = doubt_title(title)
        assert finding is not None and finding.kind == "title-doubt", title
        assert why in finding.message, (title, finding.message)


def test_titles_with_a_titles_shape_raise_nothing() -> None:
    for title in (
        "某某县人民政府关于印发某某实施方案的通知",
        "2024年政府工作报告",
        "政府工作报告",
        "某区十七届人大四次会议隆重开幕",
        "2023年黑龙江粮食产量1557.64亿斤 连续14年位居全国第一",
        "某某县禁止燃放烟花爆竹的通告（2024—2026年）",
        "某市人民政府网站工作年度报表",  # a report about a site, not a site
        "某某县PM2.5治理和5G基站建设工作方案",  # a title's own Latin: acronyms
        "某某市智慧城市App上线运行的公告",
        "某省农业农村厅 某省财政厅 关于印发某某办法的通知",  # a joint title's organs, set apart
        "2023年某某工作报告（20230114）",
        "",
    ):
        assert doubt_title(title) is None, title


def test_a_read_page_carries_the_doubt_to_the_review() -> None:
    raw = read_text(f"中国某某网移动版\n{BODY}\n")
    assert "title-doubt" in finding_kinds(raw)
    raw = read_text(f"某某县人民政府关于做好春季森林防火工作的通知\n{BODY}\n")
    assert "title-doubt" not in finding_kinds(raw)


def test_a_page_number_over_a_copied_page_is_no_title() -> None:
    """9 alone over the text of one page copied from a PDF: its number, never the title, not read."""
    raw = read_text(f"9\n1.一般公共预算拨款：是指本级财政当年拨付的预算资金。\n2.事业收入：指事业单位开展业务活动取得的收入。\n{BODY}\n")
    assert raw.title != "9"
    assert "9" not in [p.text for p in raw.paragraphs]
    assert "page-number" in finding_kinds(raw)


def test_a_code_field_that_lost_its_colon_under_the_title_is_metadata() -> None:
    """监督索引号53262303000101000 under a title as wide as the contents' longer lines (a copy
    whose lines look hard-wrapped): a field, never joined to the title as its broken end, nor read."""
    title = "某某州某某县某某镇2022年度部门决算"
    numerals = "一二三四五六七八九十"
    # Entries as long as a budget's contents prints them (7 to 24 characters), then the body.
    entries = [f"{numerals[n % 10]}、" + "某" * (size - 2) + "表" for n, size in enumerate((6, 8, 15, 9, 7, 7, 13, 19, 19, 19, 20, 21, 24, 18))]
    body = ["1.制定和组织实施经济、科技和社会发展计划，" + "管理本行政区域内的经济和社会事务，" * 5 + "。", "2.制定并组织实施村镇建设规划，部署重点工程建设。" * 3]
    text = "\n".join([title, "监督索引号53262303000101000", "目录", "第一部分某某州某某县某某镇概况", *entries, "第一部分某某州某某县某某镇概况", "一、主要职能", *body])
    raw = read_text(text + "\n")
    assert raw.title == title
    assert raw.metadata["监督索引号"] == "53262303000101000"
    assert not any("53262303000101000" in p.text for p in raw.paragraphs)


def test_a_menus_line_over_a_dated_headline_gives_way_to_it() -> None:
    """A crumb trail of short words set apart by spaces is the site's line: the headline under it,
    dated in brackets as a library site prints it, is the title."""
    raw = read_text(f"文库 实用文档 报告/总结\n\n2023年某某自治区政府工作报告(20230114)\n\n各位代表：\n{BODY}\n")
    assert raw.title == "2023年某某自治区政府工作报告"
    assert "title-doubt" not in finding_kinds(raw)
