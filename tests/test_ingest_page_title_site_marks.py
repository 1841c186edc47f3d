"""What a library or a repost sets round a headline (session 30, dev36): its upload day packed in
brackets (某市政府工作报告(20230224)) and a place in round brackets before it (（某市）某区2021年
经济运行情况). Neither is the document's name. Made-up examples in the shape of real pages."""

from __future__ import annotations

from audiojiedu.ingest import read_text

BODY = "2021年，全区坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。"


def test_a_packed_day_in_brackets_after_the_title_is_the_pages() -> None:
    raw = read_text(f"2023年某市政府工作报告（20230224）\n{BODY}\n")
    assert raw.title == "2023年某市政府工作报告"
    assert any(f.kind == "title-date" and "20230224" in f.message for f in raw.findings)
    assert "发布时间" not in raw.metadata  # an upload day, maybe not the document's


def test_eight_digits_glued_to_a_title_stay() -> None:
    raw = read_text(f"某某工程招标公告20230224\n{BODY}\n")
    assert raw.title == "某某工程招标公告20230224"


def test_a_place_in_round_brackets_before_the_headline_is_the_sites_label() -> None:
    raw = read_text(f"（某某市）某某区2021年经济运行情况\n{BODY}\n")
    assert raw.title == "某某区2021年经济运行情况"


def test_a_full_text_note_after_the_headline_is_the_sites() -> None:
    for headline in ("某省2011年度政府信息公开工作报告/全文", "某省2011年度政府信息公开工作报告（全文）"):
        raw = read_text(f"{headline}\n{BODY}\n")
        assert raw.title == "某省2011年度政府信息公开工作报告", headline


def test_a_menus_bullet_before_the_headline_is_not_the_titles() -> None:
    raw = read_text(
        "欢迎您访问某市公园官方网站!\n您当前位置:某公园 >> 通知公告 >> 浏览文章\n  • 网站首页\n  • 公园概况 公园简介 公园文化\n"
        "  • 通知公告\n  • 关于某市城区禁止燃放烟花爆竹的通告\n    发布时间:2022年01月17日       来源:本站原创      阅读次数:\n\n"
        "    某市公安局\n\n    关于某市城区禁止燃放烟花爆竹的通告\n\n    为减少环境污染，保障人民群众生命财产安全，某市公安局通告如下：\n"
    )
    assert raw.title == "某市公安局关于某市城区禁止燃放烟花爆竹的通告"


def test_a_stamp_row_where_the_title_would_be_is_no_title() -> None:
    raw = read_text(f"2016-07-05 09:01:50 某省某某学会80159\n{BODY}\n")
    assert raw.title == ""
    assert raw.metadata["发布时间"] == "2016-07-05 09:01:50"
    assert not any("80159" in p.text for p in raw.paragraphs)


def test_a_stamp_before_the_headline_on_its_line_goes_to_the_metadata() -> None:
    raw = read_text(f"2023-01-05 10:00 某县人民政府关于做好春节期间安全生产工作的通知\n{BODY}\n")
    assert raw.title == "某县人民政府关于做好春节期间安全生产工作的通知"
    assert raw.metadata["发布时间"] == "2023-01-05 10:00"
