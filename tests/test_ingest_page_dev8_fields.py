"""Page fields and chrome in shapes first seen on the dev8 pages (issue 17): a trail opened by a
wording no list held (您当前位置：), a field list with its values bulleted like its labels, an empty
field over the document's own header, a banner of the core values, a bracketed publication stamp,
a picture's placeholder word, a time label glued to a word standing apart. Every example is made
up, in the shape of real pages."""

from __future__ import annotations

from helpers import finding_kinds, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page import extract_page
from audiojiedu.ingest.page_chrome import is_chrome_line, is_image_placeholder
from audiojiedu.ingest.page_fields import Page, fits_label, parse_metadata_line, stamp_row

TITLE = "某某县人民政府关于印发某某县人民政府工作规则的通知"
BODY = "各乡镇人民政府，县政府各部门：现将有关事项通知如下，请认真贯彻执行。"
PARAGRAPH = "会议强调，要认真梳理各方意见建议，充分吸收采纳，切实把报告修改完善好。"


# -- a trail's opener, letter-spaced toolbar words ------------------------------------------------
def test_a_trail_opened_by_any_wording_of_where_you_are_is_chrome() -> None:
    for opener in ("您当前位置：", "您现在所在的位置:", "当前位置 >", "你的位置："):
        assert is_chrome_line(f"{opener} 首页 / 政务公开 / 其他公文"), opener
    # A bare 位置： opens a field of the text (项目位置：某某村), not a trail.
    assert not is_chrome_line("位置：某某镇某某村东侧")
    # A character the search box left glued before the opener (新现在的位置：首页 > …; ho106/03, session
    # 51) still opens a trail that starts at the home page; a place's 位置 in a sentence does not.
    assert is_chrome_line("新现在的位置:首页 >  某某街道:三月春“锋”暖 共谱文明曲")
    assert not is_chrome_line("新现在的位置在某某路东侧")
    assert not is_chrome_line("项目位置：首页山村东侧")


def test_a_menu_over_a_trail_with_an_unlisted_opener_is_skipped_with_the_trail() -> None:
    page = "部  门\n乡  镇\n您当前位置: 首页 / 政务公开 / 通知公告\n" + TITLE + "\n" + BODY + "\n"
    raw = read_text(page)
    assert raw.title == TITLE
    assert paragraph_texts(raw) == [BODY]


def test_a_toolbar_word_set_letter_spaced_is_chrome() -> None:
    assert is_chrome_line("字 号：")
    assert is_chrome_line("分 享")
    assert is_chrome_line("大 中 小")  # three toolbar words of one character, read apart as before
    assert not is_chrome_line("总 则")


# -- field lists --------------------------------------------------------------------------------
def test_a_field_list_whose_values_are_bulleted_like_its_labels_reads_the_values_without_bullets() -> None:
    page = (
        "您当前位置: 首页 / 政务公开\n"
        "• 索引号\n• 11500000123/2024-00012\n"
        "• 发布机构\n• 某某县人民政府\n"
        "• 成文日期\n• 2024-03-18\n"
        "• 标题\n• " + TITLE + "\n"
        "• 发文字号\n• 某府发〔2024〕6号\n"
        "• 有 效 性\n" + TITLE + "\n" + BODY + "\n"
    )
    raw = read_text(page)
    assert raw.title == TITLE
    assert raw.metadata["索引号"] == "11500000123/2024-00012"
    assert raw.metadata["发布机构"] == "某某县人民政府"
    assert raw.metadata["成文日期"] == "2024-03-18"
    assert raw.metadata["发文字号"] == "某府发〔2024〕6号"
    assert "有效性" not in raw.metadata  # left empty: the headline under it is no value of it
    assert paragraph_texts(raw) == [BODY]


def test_an_empty_date_field_over_the_documents_own_header_takes_no_value() -> None:
    page = (
        "当前位置:政务公开 > 政策文件\n"
        "• 发布机构:某某省人民政府办公厅\n"
        "• 成文日期:2024-06-30\n"
        "• 废止日期:\n"
        "某某省人民政府办公厅\n"
        "关于印发某某工作方案的通知\n"
        + BODY
        + "\n"
    )
    raw = read_text(page)
    assert "废止日期" not in raw.metadata
    assert raw.metadata["成文日期"] == "2024-06-30"
    assert fits_label("废止日期：", "2025年6月30日")
    assert fits_label("废止时间", "二〇二五年六月三十日")
    assert not fits_label("废止日期：", "某某省人民政府办公厅")
    assert fits_label("发布机构：", "某某省人民政府办公厅")


def test_an_empty_summary_field_over_the_headline_repeated_takes_no_value() -> None:
    page = (
        "返回顶部\n某某县人民政府工作规则\n"
        "  • 索引号:\n    6100000000/2024-000123\n"
        "  • 主题分类:\n"
        "  • 发文字号:\n    某政发〔2024〕3号\n"
        "  • 内容概述:\n"
        "某某县人民政府工作规则\n"
        "第一章 总则\n" + BODY + "\n"
    )
    raw = read_text(page)
    assert raw.title == "某某县人民政府工作规则"
    assert "内容概述" not in raw.metadata
    assert raw.metadata["发文字号"] == "某政发〔2024〕3号"
    assert "某某县人民政府工作规则" not in paragraph_texts(raw)


def test_a_word_ending_as_a_listed_label_is_a_field_beside_one_listed_label() -> None:
    row = parse_metadata_line("索 引 号: 0012345/2024-00088 信息分类名称: 行政事务/其他公文")
    assert row == {"索引号": "0012345/2024-00088", "信息分类名称": "行政事务/其他公文"}
    # A word and colon inside the value, not standing apart, stays the value's.
    assert parse_metadata_line("来源：某某县融媒体中心会议名称：某某会") == {"来源": "某某县融媒体中心会议名称：某某会"}


def test_a_short_time_label_glued_to_a_word_standing_apart_is_read_as_one_label() -> None:
    row = parse_metadata_line("发布者: 某某县人民政府办公室 最后修改时间:2025-01-05 08:30:12浏览次数:")
    assert row == {"发布者": "某某县人民政府办公室", "最后修改时间": "2025-01-05 08:30:12"}
    # A time label glued to the value itself (no space before) is still a label of its own.
    assert parse_metadata_line("来源：某某日报时间：2025-04-04") == {"来源": "某某日报", "时间": "2025-04-04"}


def test_a_font_toolbar_opened_with_a_bracket_ends_the_value_before_it() -> None:
    row = parse_metadata_line("信息来源:某某市人民政府办公厅 发布时间:2015-06-02 09:30 【字体:")
    assert row == {"信息来源": "某某市人民政府办公厅", "发布时间": "2015-06-02 09:30"}


def test_a_publication_stamp_set_in_brackets_leads_a_row_of_fields() -> None:
    page = Page()
    assert stamp_row("(2024/12/06 18:20:41)  来源:某某县融媒体中心  打印本页", page)
    assert page.metadata == {"发布时间": "2024/12/06 18:20:41", "来源": "某某县融媒体中心"}
    assert not stamp_row("（2024年12月6日）", Page())  # a date alone, the document's own


# -- banners, pictures ----------------------------------------------------------------------------
def test_a_banner_of_the_core_values_is_chrome() -> None:
    assert is_chrome_line("社会主义核心价值观:  富强、  民主、  文明、  和谐,  自由、  平等、  公正、  法治,  爱国、  敬业、  诚信、  友善。")
    assert is_chrome_line("社会主义核心价值观 富强 民主 文明 和谐")
    page = "社会主义核心价值观：富强、民主、文明、和谐\n" + TITLE + "\n信息来源:某某县政府办 发布时间:2015-06-02 09:30 【字体:\n" + BODY + "\n"
    raw = read_text(page)
    assert raw.title == TITLE
    assert raw.metadata == {"信息来源": "某某县政府办", "发布时间": "2015-06-02 09:30"}
    assert paragraph_texts(raw) == [BODY]
    # A sentence of the text about the values is read.
    assert not is_chrome_line("要把社会主义核心价值观融入法治建设，富强、民主、文明、和谐是国家层面的价值目标。")


def test_a_pictures_placeholder_word_between_paragraphs_is_dropped_with_a_finding() -> None:
    page = TITLE + "\n图片\n" + PARAGRAPH + "\n[图片]\n" + PARAGRAPH.replace("会议", "座谈会") + "\n"
    raw = read_text(page)
    assert "图片" not in paragraph_texts(raw) and "[图片]" not in paragraph_texts(raw)
    assert finding_kinds(raw).count("chrome-dropped") == 2
    assert is_image_placeholder("【图片】") and is_image_placeholder("image")
    assert not is_image_placeholder("图片展")


def test_a_placeholder_word_among_short_lines_is_a_cell_and_is_kept() -> None:
    lines = [TITLE, "一、物品清单", "序号", "物品", "图片", "数量", "1", "展板", "有", "2"]
    page = extract_page(lines)
    assert "图片" in page.lines


# -- essay-collection pages, letterhead rules, a place under the title -----------------------------
def test_an_essay_collection_sites_blurb_and_piece_number_are_not_read() -> None:
    page = (
        "某某市人民政府办公室文件\n\n"
        "时间:2020-03-02 09:15:20下载本文作者:会员上传\n"
        "简介:某某范文网小编为你整理了多篇相关的《某某市人民政府办公室文件》,希望对你有帮助,更多内容请在某某范文网查找。\n\n"
        "第一篇:某某市人民政府办公室文件\n\n"
        "某某市人民政府办公室文件\n\n"
        "某政办发〔2010〕12号\n\n"
        "某某市人民政府办公室关于做好春季植树造林工作的通知\n\n"
        + BODY
        + "\n"
    )
    raw = read_text(page)
    assert raw.title == "某某市人民政府办公室关于做好春季植树造林工作的通知"
    assert raw.metadata["时间"] == "2020-03-02 09:15:20"
    assert raw.metadata["作者"] == "会员上传"
    assert raw.metadata["发文字号"] == "某政办发〔2010〕12号"
    spoken = "\n".join(paragraph_texts(raw))
    assert "小编" not in spoken and "第一篇" not in spoken and "下载本文" not in spoken
    assert spoken == BODY


def test_a_plans_part_numbered_like_a_piece_is_read() -> None:
    lines = [TITLE, "第一篇：总体要求", "坚持以人民为中心的发展思想，统筹推进各项工作。"]
    page = extract_page(lines)
    assert "第一篇：总体要求" in page.lines


def test_a_toolbar_link_glued_between_fields_is_not_part_of_a_value() -> None:
    assert parse_metadata_line("时间：2021-07-08 10:20:30打印本页来源：某某县政府网") == {
        "时间": "2021-07-08 10:20:30",
        "来源": "某某县政府网",
    }
    # Words that only look like a toolbar's inside a value stay: not after a figure.
    assert parse_metadata_line("名称：某某经验分享会时间：2024-01-01") == {"名称": "某某经验分享会", "时间": "2024-01-01"}


def test_a_rule_under_the_letterhead_does_not_run_into_the_document_number() -> None:
    page = (
        "文 号: 某府办函〔2020〕18号 发布机构: 市政府办公厅\n\n"
        "某某市人民政府办公厅\n\n——————————\n\n某府办函〔2020〕18号\n\n"
        "某某市人民政府办公厅关于印发某某应急预案的通知\n\n" + BODY + "\n"
    )
    raw = read_text(page)
    assert raw.metadata["发文字号"] == "某府办函〔2020〕18号"
    assert not any("〔2020〕" in text or "——" in text for text in paragraph_texts(raw))


def test_a_place_alone_under_a_title_that_names_it_is_dropped_with_a_finding() -> None:
    title = "某某自治州某某县2024年政府信息公开工作年度报告"
    raw = read_text(f"{title}\n某某县\n根据《中华人民共和国政府信息公开条例》规定编制本报告。\n一、总体情况\n{PARAGRAPH}\n")
    assert raw.title == title
    assert paragraph_texts(raw)[0].startswith("根据")
    assert "chrome-dropped" in finding_kinds(raw)
    # A place the title does not name stays (an issuer's shortened name is no repeat).
    raw = read_text(f"{title}\n某某镇\n根据《中华人民共和国政府信息公开条例》规定编制本报告。\n一、总体情况\n{PARAGRAPH}\n")
    assert "某某镇" in paragraph_texts(raw)


def test_a_one_line_page_opened_by_a_trail_is_no_trail_line() -> None:
    assert not is_chrome_line("您当前位置： 首页 > 通知公告 某某通知 各单位： 现将有关事项通知如下。")


def test_a_validity_left_empty_at_a_field_blocks_foot_is_no_title_when_no_title_row_names_it() -> None:
    """索引号 … / 发文字号 … / 有效性 (left empty) / 某某指挥部关于终止防汛Ⅳ级应急响应的通知 (ho98/01,
    session 50): the block names no title, and the title under the empty field was taken for its
    value (no figure in it): the document had no title. A validity is a word or two."""
    title = "某某区防汛指挥部关于终止防汛Ⅳ级应急响应的通知"
    page = (
        "索引号 11500103MB1937380K/2024-00116 发布机构 某区应急局\n成文日期 2024-07-20 发布日期 2024-07-22\n"
        "索引号 11500103MB1937380K/2024-00116\n发布机构 某区应急局\n成文日期 2024-07-20\n发文字号 某汛指〔2024〕12号\n有效性\n\n"
        f"{title}\n\n打印 打印\n{BODY}\n"
    )
    raw = read_text(page)
    assert raw.title == title
    assert "有效性" not in raw.metadata
    raw = read_text(page.replace("有效性\n", "  • 文件状态:\n"))  # a document's state is a word too (ho97/12)
    assert raw.title == title
    assert "文件状态" not in raw.metadata
