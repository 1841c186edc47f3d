"""Site text spoken in the body of a page (issue 17, session 29 wide sample): the byline row under
a headline the title walk never reached (a welcome line or a headline ending in ！ stands first),
a toolbar's word left empty before the row's labels, a view counter's word. Every example is made
up, in the shape of real pages; rows of the document's own (a meeting's 时间：… 地点：…) stay."""

from __future__ import annotations

import pytest

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_fields import parse_metadata_line

BODY = "为切实做好汛期安全工作，保障人民群众生命财产安全，现就有关事项通告如下。"


def _texts(text: str) -> list[str]:
    return [p.text for p in read_text(text).paragraphs]


def test_a_byline_row_under_a_headline_ending_in_an_exclamation_is_not_read() -> None:
    raw = read_text(
        "某某县所有河道启动橙色预警，请市民远离河道！\n来源： 某某县防汛指挥部  作者：\n2023-07-02 08:15:10\n"
        f"关于做好当前强降雨天气防范工作的通告\n{BODY}\n"
    )
    texts = [p.text for p in raw.paragraphs]
    assert "来源： 某某县防汛指挥部  作者：" not in texts
    assert "2023-07-02 08:15:10" not in texts
    assert raw.metadata["来源"] == "某某县防汛指挥部"
    assert raw.metadata["发布时间"] == "2023-07-02 08:15:10"
    assert BODY in texts
    assert any("署名行" in f.message for f in raw.findings)


def test_a_newspapers_byline_row_under_such_a_headline_is_not_read() -> None:
    # 记者/责编 are byline labels as 来源/作者 are (one list: page_fields.BYLINE_LABELS).
    raw = read_text(
        "某某县所有河道启动橙色预警，请市民远离河道！\n来源： 某某县融媒体中心  记者：王某某  责编：李某\n"
        f"2023-07-02 08:15:10\n关于做好当前强降雨天气防范工作的通告\n{BODY}\n"
    )
    texts = [p.text for p in raw.paragraphs]
    assert not any("王某某" in t or "2023-07-02" in t for t in texts)
    assert (raw.metadata["记者"], raw.metadata["责编"]) == ("王某某", "李某")
    assert raw.metadata["发布时间"] == "2023-07-02 08:15:10"
    assert BODY in texts


def test_bulleted_byline_rows_under_a_welcome_line_are_not_read() -> None:
    raw = read_text(
        "某某市人民政府门户网站欢迎您！\n\n2024年《政府工作报告》（摘登）\n\n  • 发布日期：2024-01-10\n  • 来源：某某日报\n\n"
        f"——2024年1月9日在某某市第十七届人民代表大会第三次会议上\n\n市长 某某\n\n{BODY}\n"
    )
    texts = [p.text for p in raw.paragraphs]
    assert not any("发布日期" in t or "某某日报" in t for t in texts)
    assert raw.metadata["来源"] == "某某日报"
    assert "市长 某某" in " ".join(texts) or "市长某某" in " ".join(texts)  # the document's header stays


def test_a_row_of_the_documents_own_labels_stays() -> None:
    # A meeting's minutes open with its time and place: no byline labels, so the text keeps them.
    texts = _texts("会议纪要来了！\n时间：2024年3月1日 地点：三楼会议室\n" + BODY + "\n")
    assert "时间：2024年3月1日 地点：三楼会议室" in texts


def test_rows_after_the_text_began_stay() -> None:
    texts = _texts(f"某某通知来了！\n{BODY}\n来源：某某日报\n{BODY}\n")
    assert "来源：某某日报" in " ".join(texts)


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("浏览字号： 来源： 某某人大网", {"来源": "某某人大网"}),  # the toolbar's buttons were drawn by script
        ("字号：  日期：2007.02.25", {"日期": "2007.02.25"}),
        ("发布日期：2021-03-05 阅览量：11468", {"发布日期": "2021-03-05"}),  # a counter that says 阅览
        ("本文来源： 某某频道", {"本文来源": "某某频道"}),
    ],
)
def test_toolbar_words_and_counters_in_a_byline_row(line: str, fields: dict[str, str]) -> None:
    assert parse_metadata_line(line) == fields


def test_a_sentence_about_font_size_is_no_row() -> None:
    assert parse_metadata_line("字号：请选择合适的字号阅读") is None


def test_an_authors_posts_and_name_over_the_row_are_no_headline() -> None:
    # The row under the author's byline is read as fields now: the byline must not win the title for it.
    raw = read_text(
        "当前位置：首页 > 理论研究 > 某某制度\n\n某项制度实施情况的检查\n\n"
        "某某委员会委员、某某法律委员会委员、某某副秘书长 张某某\n\n浏览字号： 来源： 某某人大网\n"
        f"{BODY}\n"
    )
    assert raw.title == "某项制度实施情况的检查"
    assert "某某副秘书长" in " ".join(p.text for p in raw.paragraphs)  # the byline is kept, read as text


def test_a_headline_naming_a_post_is_still_a_headline() -> None:
    from audiojiedu.ingest.page_headline import _is_post_byline

    assert _is_post_byline("某某委员会委员、某某副秘书长 张某某")
    assert not _is_post_byline("关于调整某某委员会组成人员的通知")
    assert not _is_post_byline("某某县县长在全县经济工作会议上的讲话")


FOOT_TITLE = "某某镇关于加强疫情防控工作的通告"


def test_a_source_credit_over_lines_the_foot_walk_cannot_tell_is_not_read() -> None:
    raw = read_text(
        f"{FOOT_TITLE}\n{BODY}\n特此通告！\n某某镇疫情防控指挥部\n2022年3月18日\n来源：某某镇发布\n"
        "更多本地城建交通、生活教育资讯，关注【某某全知道】公众号\n"
    )
    texts = [p.text for p in raw.paragraphs]
    assert "来源：某某镇发布" not in texts
    assert raw.metadata["来源"] == "某某镇发布"
    assert "特此通告！" in texts  # the document's close over the credit is read
    assert any("来源署名" in f.message for f in raw.findings)


def test_a_source_line_with_text_under_it_stays() -> None:
    # A credit quoted inside the text, a paragraph (a sentence) under it: the text's, read.
    texts = _texts(f"{FOOT_TITLE}\n{BODY}\n来源：某某镇发布\n{BODY}\n某某镇人民政府\n")
    assert "来源：某某镇发布" in texts


def test_a_data_source_note_stays() -> None:
    # 资料来源 / 数据来源 under a bulletin's table is the document's note, no site's credit.
    texts = _texts(f"{FOOT_TITLE}\n{BODY}\n资料来源：某某市统计局\n关注某某公众号\n")
    assert "资料来源：某某市统计局" in texts


def test_a_day_first_stamp_under_the_headline_is_the_pages_date() -> None:
    raw = read_text(f"某市发布春节期间燃放烟花爆竹安全提示\n\n07.02.2015  13:13\n\n{BODY}\n")
    assert raw.metadata["发布时间"] == "07.02.2015  13:13"
    assert [p.text for p in raw.paragraphs] == [BODY]


def test_a_stamp_under_the_foot_credit_is_not_read() -> None:
    raw = read_text(f"{FOOT_TITLE}\n{BODY}\n本文来源： 某某频道\n16.02.2016 09:41\n故\n事\n")
    texts = [p.text for p in raw.paragraphs]
    assert "16.02.2016 09:41" not in texts
    assert "本文来源： 某某频道" not in texts


def test_a_dotted_figure_in_the_text_is_no_stamp() -> None:
    from audiojiedu.ingest.page_fields import DATE_LINE

    assert DATE_LINE.match("16.02.2016 09:41")
    assert not DATE_LINE.match("16.02.2016")  # a day-first date alone: no stamp without its time
    assert not DATE_LINE.match("1.5.2016 增长 9.41")


def test_a_bulleted_byline_under_the_title_is_not_read() -> None:
    raw = read_text(f"当前位置：首页 > 法规 > 正文\n\n某省湿地保护管理规定\n\n  • 法规\n  • 2024-12-20 23:49:16\n  • 13\n{BODY}\n")
    assert raw.metadata["发布时间"] == "2024-12-20 23:49:16"
    assert [p.text for p in raw.paragraphs] == [BODY]
    assert any("列表形式的网页署名" in f.message for f in raw.findings)
    # … its last item the page's update stamp, labelled short (- 更新:…; ho101/16, session 50)
    raw = read_text(f"某省湿地保护管理规定\n- 旅游\n- 2025-01-02\n- 40\n- 更新:2025-01-02 14:34:23\n{BODY}\n")
    assert raw.metadata["更新"] == "2025-01-02 14:34:23"
    assert [p.text for p in raw.paragraphs] == [BODY]


def test_a_bulleted_list_of_the_documents_points_stays() -> None:
    points = ["• 经济增长：到2025年，地区生产总值年均增长6%。", "• 产业结构：加快构建现代产业体系。"]
    texts = _texts("某县发展目标\n" + "\n".join(points) + f"\n{BODY}\n")
    assert all(any(point[2:8] in text for text in texts) for point in points)
    texts = _texts(f"某县发展目标\n• 农业\n• 工业\n• 服务业\n{BODY}\n")  # short words without a stamp: a list, kept
    assert "• 农业" in texts or "农业" in " ".join(texts)


def test_a_bulleted_field_list_with_values_under_its_labels_is_left_to_the_walk() -> None:
    raw = read_text(
        "某县人民政府工作规则\n\n  • 索引号：\n    0000000000/2024-000001\n  • 主题分类：\n\n  • 发文机构：\n\n    县政府办公室\n"
        f"  • 发布日期：2024-04-06\n{BODY}\n"
    )
    assert not any("列表形式的网页署名" in f.message for f in raw.findings)


def test_a_notices_time_and_place_under_its_title_are_its_text() -> None:
    """时间：… / 地点：… right under a notice's title say when and where the meeting is: the notice's
    own text, read, never the page's byline (a page has a date, not a place). A time alone with
    the page's source stays the page's."""
    from audiojiedu.ingest import read_text

    raw = read_text("全县安全生产工作会议通知\n时间：2024年3月5日上午9时\n地点：县政府三楼会议室\n请各单位准时参加。\n")
    assert [p.text for p in raw.paragraphs][:2] == ["时间：2024年3月5日上午9时", "地点：县政府三楼会议室"]
    assert "地点" not in raw.metadata
    raw = read_text("某市召开新闻发布会\n时间：2024-03-05 来源：某某网\n某市今天召开新闻发布会。\n")
    assert raw.metadata["来源"] == "某某网" and [p.text for p in raw.paragraphs] == ["某市今天召开新闻发布会。"]
