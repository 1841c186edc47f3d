"""Page fields and the chrome around them on unseen pages (issue 17): values that end at counters
and toolbar words, labels that are never values, rows that look like chrome, menus, forum panels,
a summary or teaser that repeats the text, a sharing site's furniture; labels glued to values,
spaced colons, bar tables, fields run together on one line, and field rows under labels the table
does not list. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import page_read_aloud, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_chrome import is_chrome_line, is_site_footer
from audiojiedu.ingest.page_fields import doc_number, holds_date, parse_metadata_line
from audiojiedu.ingest.wrap import join_wrapped_lines

TITLE = "某县人民政府关于做好春季防火工作的通知"
BODY = "现将有关事项通知如下，请认真贯彻执行。"




# -- values end where the next label, a counter or a toolbar word begins ------------------------
def test_a_value_ends_at_a_counter() -> None:
    row = parse_metadata_line("时间：2023-05-06   作者：某某网   来源：某县政府网   阅读：128   评论：3")
    assert row == {"时间": "2023-05-06", "作者": "某某网", "来源": "某县政府网"}


def test_an_empty_counter_glued_to_a_dates_last_digit_is_no_part_of_it() -> None:
    assert parse_metadata_line("更新时间:2026-01-11点击次数:") == {"更新时间": "2026-01-11"}


def test_a_toolbar_word_is_no_value() -> None:
    assert parse_metadata_line("时间：2019-02-01 08:30:00 来源： 字体大小：") == {"时间": "2019-02-01 08:30:00"}
    assert parse_metadata_line("发布日期：2024-06-01 10:15 字体： 访问量：35 分享到： 微信") == {"发布日期": "2024-06-01 10:15"}
    assert parse_metadata_line("发表于 2023-9-8 21:05:11 | 显示全部楼层 |阅读模式") == {"发表于": "2023-9-8 21:05:11"}


def test_a_counter_before_the_first_label_is_the_sites() -> None:
    assert parse_metadata_line("浏览量：        时间：2015-03-02 09:00:12") == {"时间": "2015-03-02 09:00:12"}


def test_a_label_is_never_a_value() -> None:
    """A field table with empty cells sets the next label where a value would be: the field is
    empty, the label is not its value (a wrong fact otherwise)."""
    assert parse_metadata_line("体裁分类 生命周期分类") == {}
    assert parse_metadata_line("文 号 信息格式/语种") == {}
    assert parse_metadata_line("信息来源 关 键 词") == {}
    assert parse_metadata_line("主题分类 城乡建设 生命周期分类") == {"主题分类": "城乡建设"}


def test_a_label_sharing_a_bar_cell_with_a_value_is_a_field_of_its_own() -> None:
    row = parse_metadata_line("发布时间 | 2020-04-12 责任编辑 |  来源 | 某市日报")
    assert row == {"发布时间": "2020-04-12", "来源": "某市日报"}
    assert parse_metadata_line("| 名称 | 单位 | 金额 |") is None  # a table's header stays a table


def test_new_labels_upload_date_content_source_posted_on() -> None:
    assert parse_metadata_line("上载日期: 2018-10-09 来源: 市人民政府办公室") == {"上载日期": "2018-10-09", "来源": "市人民政府办公室"}
    assert parse_metadata_line("内容来源：某市日报 时间：2022-01-20") == {"内容来源": "某市日报", "时间": "2022-01-20"}


# -- rows under the headline ------------------------------------------------------------------
def test_a_field_row_that_starts_like_chrome_is_read_as_fields() -> None:
    raw = read_text(f"{TITLE}\n编辑: webadmin 时间: 3年前 访问次数: 0\n{BODY}\n")
    assert raw.metadata["编辑"] == "webadmin"
    assert raw.metadata["时间"] == "3年前"
    assert paragraph_texts(raw) == [BODY]


def test_a_row_led_by_an_empty_counter_is_read() -> None:
    raw = read_text(f"某府发〔2016〕9号《{TITLE}》\n浏览量:          时间:2017-02-03 10:11:12\n{TITLE}\n{BODY}\n")
    assert raw.metadata["时间"] == "2017-02-03 10:11:12"
    assert "浏览量" not in page_read_aloud(raw)


def test_a_stamp_glued_to_the_next_field() -> None:
    raw = read_text(f"{TITLE}\n2025年02月11日来源:市政府办公室\n{BODY}\n")
    assert raw.metadata["来源"] == "市政府办公室"
    assert raw.metadata["发布时间"] == "2025年02月11日"
    assert paragraph_texts(raw) == [BODY]


def test_a_time_glued_to_its_date_is_read_apart_only_when_unambiguous() -> None:
    raw = read_text(f"{TITLE}\n2024-03-0509:30来源：某县融媒体中心\n{BODY}\n")
    assert raw.metadata["发布时间"] == "2024-03-05 09:30"  # two numbers, never one
    # 2024-3-512:30: the day may be 5 or 51 → never guessed; the line is kept as written
    kept = read_text(f"{TITLE}\n2024-3-512:30来源：某县融媒体中心\n{BODY}\n")
    assert "发布时间" not in kept.metadata
    assert any("2024-3-512:30" in text for text in paragraph_texts(kept))


def test_a_stamp_over_an_empty_counter_is_no_text() -> None:
    raw = read_text(f"{TITLE}\n2023-11-02 点击数：\n{BODY}\n")
    assert raw.metadata["发布时间"] == "2023-11-02"
    assert paragraph_texts(raw) == [BODY]


def test_a_stamp_with_the_posting_organ_unlabelled_is_no_text() -> None:
    raw = read_text(f"{TITLE}\n2022年06月08日 某某县统计局 来源：某某县统计局\n\n{BODY}\n")
    assert raw.metadata["发布时间"] == "2022年06月08日"
    assert raw.metadata["来源"] == "某某县统计局"
    assert "发布机构" not in raw.metadata
    assert paragraph_texts(raw) == [BODY]
    raw = read_text(f"{TITLE}\n2022-06-08 某某县统计局 来源：某某日报\n\n{BODY}\n")
    assert (raw.metadata["发布机构"], raw.metadata["来源"]) == ("某某县统计局", "某某日报")
    raw = read_text(f"{TITLE}\n2022年6月8日 某某县人民政府\n\n{BODY}\n")
    assert raw.metadata["来源"] == "某某县人民政府"
    assert paragraph_texts(raw) == [BODY]


def test_a_stamp_before_a_sentence_stays_text() -> None:
    line = "2022年06月08日 某某县统计局发布了全县统计公报，全县经济持续恢复。"
    assert paragraph_texts(read_text(f"{TITLE}\n{line}\n\n{BODY}\n"))[0] == line


def test_a_summary_label_left_empty_over_the_headline_takes_no_value() -> None:
    page = f"信息名称 {TITLE}\n内容概述\n{TITLE}\n{BODY}\n"
    raw = read_text(page)
    assert raw.title == TITLE
    assert "内容概述" not in raw.metadata
    assert paragraph_texts(raw) == [BODY]


def test_an_organ_label_left_empty_over_the_headline_takes_no_value() -> None:
    # • 发文机关： left empty over 某州某县某乡2023年度部门决算: the headline, no organ's name, is the
    # title; an organ's name under the label is its value.
    headline = "某州某县某乡2023年度部门决算"
    raw = read_text(f"  • 索引号:015251427/2024-00015\n  • 发文机关:\n\n{headline}\n\n发布时间:2024-08-21\n\n{headline}\n{BODY}\n")
    assert raw.title == headline
    assert "发文机关" not in raw.metadata
    named = read_text(f"  • 索引号:015251427/2024-00015\n  • 发文机关:\n某县某乡人民政府\n{headline}\n{BODY}\n")
    assert named.metadata["发文机关"] == "某县某乡人民政府"


def test_a_summary_that_repeats_the_opening_is_read_once() -> None:
    opening = "2023年，全县上下坚持稳中求进工作总基调，经济运行总体平稳，民生保障持续加强。"
    page = f"{TITLE}\n时间：2024-01-05   来源：某县政府网\n内容摘要：{opening[:30]}......\n{opening}\n{BODY}\n"
    raw = read_text(page)
    assert paragraph_texts(raw) == [opening, BODY]
    assert "summary-repeat" in [finding.kind for finding in raw.findings]


def test_a_summary_that_says_something_else_is_kept() -> None:
    summary = "内容摘要：本通知部署了全县春季防火的各项工作，请各单位认真落实，确保安全。"
    raw = read_text(f"{TITLE}\n{summary}\n{BODY}\n")
    assert summary in paragraph_texts(raw)


def test_a_row_of_fields_does_not_run_on_into_a_hard_wrapped_line() -> None:
    wrapped = ["这是一个固定宽度换行的段落，每一行都差不多长，而且都在句子中间断开" + str(i) for i in range(6)]
    row = "时间：2024-04-28   作者：某某网   来源：某县政府网   阅读：69   评论：0"
    lines, _ = join_wrapped_lines([row, "内容摘要：某县2023年国民经济和社会发展统计公报……", *wrapped])
    assert lines[0] == row


# -- chrome -----------------------------------------------------------------------------------
def test_counters_and_toolbars_are_chrome() -> None:
    for line in (
        "阅读：69   评论：0",
        "查看: 65|回复: 0",
        "微博 qq 空间",
        "设为首页收藏本站",
        "加入收藏 | 繁體中文 | 表格下载",
        "今天是：2025年1月3日 星期五",
        "今天是:",
        "取消收藏成功!",
        "无障碍辅助浏览工具条",
        "蒙古文版",
        "English Русская версия",
        "Rank: 7Rank: 7Rank: 7",
        "• WAP手机版",
        "[复制链接]",
        "搜索关键字",
    ):
        assert is_chrome_line(line), line


def test_a_weather_widget_over_the_headline_is_chrome() -> None:
    widget = "温度：25-36℃ 天气现象：多云，午后有雷阵雨 风向风速：偏南风3-4级"
    assert is_chrome_line(widget)
    assert not is_chrome_line("时间：3月1日上午 地点：县政府三楼会议室")
    assert not is_chrome_line("气温：全年平均气温18.5℃，比上年升高0.3℃。降水：全年降水量1200毫米。")
    raw = read_text(f"{widget}\n{TITLE}\n{BODY}\n")
    assert raw.title == TITLE and paragraph_texts(raw) == [BODY]


def test_captions_page_labels_and_forum_status_are_chrome() -> None:
    for line in (
        "开幕大会现场。 某某某摄",  # a space after the caption's full stop
        "水天一色。某某网 某某某摄",  # the outlet before the photographer
        "某某电站。某某水电开发有限责任公司供图",
        "发布会主席台（某某 摄影）",  # the photographer in brackets
        "信件信息",  # a mailbox page's block labels over its record fields
        "回复信息",
        "網友留言截圖。",  # a screenshot of posted matter
        "官方回复截图",
        "会议现场(新华社记者 某某某 摄)",
        "第2版（两会专页）",
        "离线admin",
        "-某某频道",
    ):
        assert is_chrome_line(line), line
    for line in ("第2版（修订版）", "他说，这张照片是他本人拍摄", "全省电视频道覆盖率达到99%。"):
        assert not is_chrome_line(line), line


def test_a_newspaper_archives_column_is_a_field() -> None:
    raw = read_text(f"{TITLE}\n第2版（两会专页）\n专栏：访谈录\n{BODY}\n")
    assert raw.metadata["专栏"] == "访谈录"
    assert paragraph_texts(raw) == [BODY]


def test_words_of_the_text_are_not_chrome() -> None:
    for line in ("阅读：本文件自发布之日起施行", "评论员文章", "中小企业", "大中小学校", "English教学改革试点", "签到"):
        assert not is_chrome_line(line), line


def test_a_bulleted_site_menu_over_the_trail_is_not_read() -> None:
    menu = "登录 注册\n  • 藏文版\n  • 长者模式\n  • 公众号\n    公众号\n  • 要闻动态\n  • 政务公开\n  • 美丽某地\n"
    raw = read_text(f"{menu}当前位置:首页 > 政务公开 > 文件\n{TITLE}\n{BODY}\n")
    assert raw.title == TITLE
    assert paragraph_texts(raw) == [BODY]


def test_a_nested_numbered_menu_at_the_top_is_not_read() -> None:
    menu = (
        "信息公开\n1. 规范性文件库\n1. 目录\n2. 县人民政府\n3. 县人民政府办公室\n1. 县政府部门\n2. 乡镇人民政府\n"
        "1. 发展规划\n2. 专项规划\n1. 财政预决算\n1. 政策解读\n2. 政策问答\n"
    )
    raw = read_text(f"{menu}{TITLE}\n发布日期:2025-03-02 09:45 字体: 访问量:17 分享到: 微信\n微博 qq 空间\n{BODY}\n")
    assert raw.title == TITLE
    assert raw.metadata["发布日期"] == "2025-03-02 09:45"
    assert paragraph_texts(raw) == [BODY]


def test_a_documents_own_numbered_list_stays() -> None:
    items = "1. 加强组织领导\n2. 落实工作责任\n3. 强化督促检查\n4. 做好宣传引导\n"
    raw = read_text(f"{TITLE}\n{items}{BODY}\n")
    assert paragraph_texts(raw)[:4] == ["1. 加强组织领导", "2. 落实工作责任", "3. 强化督促检查", "4. 做好宣传引导"]


def test_a_letter_spaced_home_bar_is_a_link_bar() -> None:
    raw = read_text(f"首     页 政 务 公 开 网 上 办 事 互 动 交 流\n{TITLE}\n上载日期: 2019-01-02 来源: 县政府办公室\n{BODY}\n")
    assert raw.title == TITLE
    assert raw.metadata == {"上载日期": "2019-01-02", "来源": "县政府办公室"}


def test_a_list_pages_picker_above_the_headline_is_chrome_only_there() -> None:
    raw = read_text(f"您当前的位置：首页 > 县人民政府 > 公开年报\n年 份\n{TITLE}\n{BODY}\n")
    assert raw.title == TITLE
    assert "年 份" not in page_read_aloud(raw)
    # in the text, 年份 is a word (a table's header): kept
    table = read_text(f"{TITLE}\n{BODY}\n年份\n{BODY}\n")
    assert "年份" in paragraph_texts(table)


def test_a_forum_member_panel_is_not_read() -> None:
    page = (
        "设为首页收藏本站\n查看： 88|回复： 2\n[某省] 2024年某市政府工作报告\n[复制链接]\n"
        "  • TA的每日心情\n    开心\n    前天 09:12\n  • 签到天数： 35 天\n    [LV.5]常住居民\n    2万\n    主题\n"
        "    3万\n    帖子\n    积分\n    1234\n    发表于 2024-2-1 10:00:00 | 显示全部楼层 |阅读模式\n"
        f"    2024年某市政府工作报告\n    各位代表：\n{BODY}\n"
    )
    raw = read_text(page)
    assert raw.title == "2024年某市政府工作报告"
    assert raw.metadata["发表于"] == "2024-2-1 10:00:00"
    assert paragraph_texts(raw) == ["各位代表：", BODY]


def test_a_panel_without_the_posts_row_is_left_alone() -> None:
    raw = read_text(f"{TITLE}\nTA的每日心情\n开心\n{BODY}\n")
    assert "开心" in paragraph_texts(raw)


# -- an empty field stays empty; a date is no organ; cells moved to the end of a row (dev5) -----
def test_an_empty_bulleted_label_does_not_take_the_next_bullet() -> None:
    page = f"{TITLE}\n- 索引号: abc/2024-00007\n- 文号:\n- 发布日期： 2024-03-05\n- 时效性: 有效\n{BODY}\n"
    raw = read_text(page)
    assert raw.metadata == {"索引号": "abc/2024-00007", "发布日期": "2024-03-05", "时效性": "有效"}
    assert paragraph_texts(raw) == [BODY]


def test_an_empty_label_over_a_field_row_stays_empty() -> None:
    raw = read_text(f"{TITLE}\n文号：\n发布日期：2024-03-05\n{BODY}\n")
    assert raw.metadata == {"发布日期": "2024-03-05"}
    # a label over its own value on the next line is still read so
    raw = read_text(f"{TITLE}\n文号：\n某政发〔2024〕3号\n{BODY}\n")
    assert raw.metadata.get("文号") == "某政发〔2024〕3号"


def test_a_date_over_the_document_number_is_no_organ() -> None:
    raw = read_text(f"{TITLE}\n（二○一九年五月十二日）\n某政办〔2019〕12号\n{BODY}\n")
    assert "发文机关" not in raw.metadata
    assert raw.metadata["发文字号"] == "某政办〔2019〕12号"
    assert "（二○一九年五月十二日）" in paragraph_texts(raw)
    assert holds_date("(2019年5月12日)") and holds_date("二〇一九年五月十二日")
    assert not holds_date("某县人民政府办公室")


def test_the_next_empty_label_is_no_value() -> None:
    assert parse_metadata_line("主题分类 综合政务 体裁分类 服务对象") == {"主题分类": "综合政务"}


def test_a_field_row_whose_empty_cell_went_to_the_end() -> None:
    assert parse_metadata_line("关键词 | 发布机构 | 某某乡 | |") == {"发布机构": "某某乡"}
    assert parse_metadata_line("关键词 | 发布机构 | 某某乡 |") is None  # no empty cell: not read so
    assert parse_metadata_line("关键词 | 发布机构 | |") is None  # labels only
    assert parse_metadata_line("| 名称 | 金额 | |") is None  # a table's header
    page = (
        f"{TITLE}\n索引号 | 000000000/2024-00002 | 发文字号 | |\n关键词 | 发布机构 | 某某乡 | |\n"
        f"公开形式 | 主动公开 | 责任部门 | |\n生成日期 | 2024-01-02 09:10:11 | 是否有效 | 是 |\n{BODY}\n"
    )
    raw = read_text(page)
    assert raw.metadata == {
        "索引号": "000000000/2024-00002",
        "发布机构": "某某乡",
        "公开形式": "主动公开",
        "生成日期": "2024-01-02 09:10:11",
        "是否有效": "是",
    }
    assert paragraph_texts(raw) == [BODY]


def test_a_document_number_in_round_brackets_with_spaces() -> None:
    assert doc_number("( 某府发〔2003〕37号 )") == "某府发〔2003〕37号"
    assert doc_number("（某府发〔2003〕37号）") == "某府发〔2003〕37号"
    assert doc_number("某府发〔2003〕37号") == "某府发〔2003〕37号"
    assert doc_number("（2003年12月4日）") == ""
    raw = read_text(f"某县人民政府办公室\n{TITLE}\n( 某府发〔2003〕37号 )\n各乡镇人民政府：\n{BODY}\n")
    assert raw.metadata["发文字号"] == "某府发〔2003〕37号"
    assert "发文机关" not in raw.metadata


def test_a_header_of_labels_over_rows_of_values_at_the_foot() -> None:
    page = (
        f"{TITLE}\n{BODY}\n二○二四年三月五日\n主题词：春季 防火 通知\n"
        "索  引  号 文    号 发布机构 发布日期\nN002-2024-000015 某政〔2024〕9号\n某县人民政府办公室 2024-03-06\n"
    )
    raw = read_text(page)
    assert raw.metadata == {
        "主题词": "春季 防火 通知",
        "索引号": "N002-2024-000015",
        "文号": "某政〔2024〕9号",
        "发布机构": "某县人民政府办公室",
        "发布日期": "2024-03-06",
    }
    assert paragraph_texts(raw) == [BODY, "二○二四年三月五日"]


def test_a_header_whose_values_do_not_match_it_is_kept() -> None:
    # a value with a space (or a missing one) would shift the rest: nothing is read as fields
    page = f"{TITLE}\n{BODY}\n索引号 文号 发布机构\nN002-2024-000015 某县人民政府 办公室 2024\n"
    raw = read_text(page)
    assert "索引号" not in raw.metadata
    assert "N002-2024-000015 某县人民政府 办公室 2024" in paragraph_texts(raw)


def test_a_teaser_without_a_label_that_repeats_the_opening_is_read_once() -> None:
    opening = "随着乡村振兴战略的深入实施，本镇面临着产业升级、人居环境整治等方面的挑战和机遇。"
    teaser = opening[:34]  # the site's cut-off preview of the text, no 摘要 label
    raw = read_text(f"{TITLE}\n{teaser}\n{opening}\n{BODY}\n")
    assert paragraph_texts(raw) == [opening, BODY]
    assert "summary-repeat" in [finding.kind for finding in raw.findings]


def test_a_short_line_that_opens_the_next_one_is_no_teaser() -> None:
    raw = read_text(f"{TITLE}\n一、总体要求\n一、总体要求以习近平新时代中国特色社会主义思想为指导，全面贯彻落实。\n")
    assert "summary-repeat" not in [finding.kind for finding in raw.findings]


# -- a document-sharing page: headline, furniture, then the document with its title again --------
_SHARE_FURNITURE = (
    "2024-03-02 09:15:40   某某文档网     [ 字体： ] [ 阅读： ] [ 文档下载 ]\n"
    "说明：文章内容仅供预览，部分内容可能不全。下载后的文档，内容与下面显示的完全一致。\n"
    "导语】以下是某某文档网的小编为您整理的《某县人民政府关于做好春季防火工作的通知》，欢迎阅读！\n"
    "防火，通知，2024\n"
)


def test_furniture_between_the_headline_and_its_repeat_is_not_read() -> None:
    raw = read_text(f"{TITLE}\n{_SHARE_FURNITURE}{TITLE}\n{BODY}\n")
    assert raw.title == TITLE
    assert paragraph_texts(raw) == [BODY]
    assert raw.metadata.get("发布时间") == "2024-03-02 09:15:40"
    dropped = " ‖ ".join(f.text for f in raw.findings if f.kind == "chrome-dropped")
    assert "导语" in dropped and "仅供预览" in dropped  # said in the review, not dropped silently


def test_a_speech_note_between_the_headline_and_its_repeat_keeps_the_rule_off() -> None:
    note = "——在某县第十八届人民代表大会第三次会议上"
    raw = read_text(f"2024年某县政府工作报告\n{note}\n2024年某县政府工作报告\n各位代表：\n{BODY}\n")
    assert note in page_read_aloud(raw)


def test_a_flattened_page_that_starts_with_the_title_again_reads_it_once() -> None:
    body = "一、背景与目标 随着城市化进程的不断推进，本镇面临着新的挑战和机遇。"
    raw = read_text(f"2024年某镇建设项目推进工作方案\n2024年某镇建设项目推进工作方案 {body}\n")
    assert raw.title == "2024年某镇建设项目推进工作方案"
    assert paragraph_texts(raw) == [body]


def test_the_sites_name_and_the_title_at_the_foot_are_not_read() -> None:
    raw = read_text(f"{TITLE}\n{BODY}\n某某文库{TITLE}\n")
    assert paragraph_texts(raw) == [BODY]
    assert any(f.kind == "chrome-dropped" and f.text.startswith("某某文库") for f in raw.findings)


def test_an_attachment_line_naming_a_title_at_the_foot_is_read() -> None:
    raw = read_text(f"{TITLE}\n{BODY}\n附件2{TITLE}\n")
    assert f"附件2{TITLE}" in paragraph_texts(raw)


# == dev4: labels glued to their values, spaced colons, stamps glued to a value, bar tables, button counts, a column menu over the field table ===
# -- labels -----------------------------------------------------------------------------------
def test_workflow_review_and_sign_off_fields_are_metadata() -> None:
    raw = read_text(f"某县统计局2021年部门决算\n保密审查情况:已审查\n部门主要负责人审签情况:已审签\n{BODY}\n")
    assert raw.metadata == {"保密审查情况": "已审查", "部门主要负责人审签情况": "已审签"}
    assert "审签" not in page_read_aloud(raw)


def test_a_label_with_a_space_before_its_colon_is_a_label() -> None:
    assert parse_metadata_line("时效性 :现行有效") == {"时效性": "现行有效"}
    row = parse_metadata_line("来源 :某州林业局 访问次数 : 发布时间 :2024-05-06")
    assert row == {"来源": "某州林业局", "发布时间": "2024-05-06"}


def test_a_numbers_label_may_be_glued_to_the_number() -> None:
    assert parse_metadata_line("监督索引号53123400112233000") == {"监督索引号": "53123400112233000"}
    assert parse_metadata_line("索引号MB1234567/2022-00018") == {"索引号": "MB1234567/2022-00018"}
    assert parse_metadata_line("索引号说明") is None  # a word after the label: no field


def test_a_label_glued_to_the_previous_value_starts_a_field() -> None:
    row = parse_metadata_line("来源:某区人民政府发布日期:2021-04-05 00:00")
    assert row == {"来源": "某区人民政府", "发布日期": "2021-04-05 00:00"}
    # a short label inside a value may be part of a word: 信息来源 is read whole
    assert parse_metadata_line("作者：某某 信息来源：某县融媒体中心") == {"作者": "某某", "信息来源": "某县融媒体中心"}


def test_a_stamp_glued_to_a_value_is_the_publication_time() -> None:
    row = parse_metadata_line("来源:某某生态环境2023/05/06 09:10:1133")
    # 1133: the seconds (11) and the site's count glued on; two numbers, never one
    assert row == {"来源": "某某生态环境", "发布时间": "2023/05/06 09:10:11"}
    assert parse_metadata_line("时间：2023-05-06 09:10") == {"时间": "2023-05-06 09:10"}


def test_new_labels_of_the_dev4_pages() -> None:
    assert parse_metadata_line("索引号 113708/2022-00012 成文时间 2022-03-01") == {
        "索引号": "113708/2022-00012",
        "成文时间": "2022-03-01",
    }
    assert parse_metadata_line("公文目录:应急管理 发文日期:2016年05月20日") == {"公文目录": "应急管理", "发文日期": "2016年05月20日"}
    assert parse_metadata_line("信息发布者:某某某") == {"信息发布者": "某某某"}


# -- empty fields and counters ----------------------------------------------------------------
def test_an_empty_field_followed_by_another_label_is_no_field() -> None:
    assert parse_metadata_line("文号: 关键字:") == {}
    assert parse_metadata_line("发文日期:2016年05月20日 主题词: 文  号: 成文日期:") == {"发文日期": "2016年05月20日"}


def test_a_counter_with_empty_brackets_is_the_sites() -> None:
    row = parse_metadata_line("来源:某县人民政府办公室    作者:某某    时间:2024-04-01 09:55  点击:[]")
    assert row == {"来源": "某县人民政府办公室", "作者": "某某", "时间": "2024-04-01 09:55"}
    assert is_chrome_line("点击：[]")
    assert is_chrome_line("浏览次数：【35】")


def test_a_bar_table_that_dropped_its_empty_cells_keeps_its_fields() -> None:
    assert parse_metadata_line("成文日期: | 发布日期: | 2022-05-06 | |") == {"发布日期": "2022-05-06"}
    assert parse_metadata_line("废止日期: |") == {}
    assert parse_metadata_line("成文日期: | 发布日期: |") == {}
    assert parse_metadata_line("| 项目 | 名称 |") is None  # labels without colons side by side: a header
    assert parse_metadata_line("| 名称 | 单位 | 金额 |") is None


def test_field_rows_with_empty_cells_are_not_read() -> None:
    page = (
        "索引号: | 11341800MB0000001C/202211-00012 | 组配分类: | 规划计划 |\n"
        "名称: | 某县卫健委2022年工作总结 | 文号: | |\n"
        "成文日期: | 发布日期: | 2022-11-07 | |\n"
        "废止日期: |\n"
        f"{BODY}\n"
    )
    raw = read_text(page)
    assert raw.metadata["发布日期"] == "2022-11-07"
    assert "废止日期" not in page_read_aloud(raw)
    assert "成文日期" not in page_read_aloud(raw)


# -- rows under the headline ------------------------------------------------------------------
def test_a_labelled_date_under_the_title_is_a_field_not_a_byline() -> None:
    raw = read_text(f"{TITLE}\n发布日期: 2022-03-10 00:00\n浏览次数:\n{BODY}\n")
    assert raw.metadata == {"发布日期": "2022-03-10 00:00"}
    raw = read_text(f"{TITLE}\n发布日期: 2023-01-28 11:54 浏览次数:\n{BODY}\n")
    assert raw.metadata == {"发布日期": "2023-01-28 11:54"}


def test_a_stamp_before_a_source_with_a_repost_tag() -> None:
    raw = read_text(f"{TITLE}\n信息发布者:某某某\n2018-01-29 08:48:53    来源:今日某县   转载\n{BODY}\n")
    assert raw.metadata == {"信息发布者": "某某某", "发布时间": "2018-01-29 08:48:53", "来源": "今日某县"}
    assert "转载" not in page_read_aloud(raw)


def test_a_bare_count_under_the_field_row_is_the_sites_counter() -> None:
    raw = read_text(f"当前位置: 首页 > 征求意见 > 正文\n{TITLE}\n 发布时间:2017-11-12 17:25:15      字体大小:[大][中][小]\n4874268\n{BODY}\n")
    assert raw.metadata == {"发布时间": "2017-11-12 17:25:15"}
    assert paragraph_texts(raw) == [BODY]
    assert "chrome-dropped" in [finding.kind for finding in raw.findings]


def test_a_number_in_the_text_stays() -> None:
    raw = read_text(f"{TITLE}\n{BODY}\n4874268\n{BODY}\n")
    assert "4874268" in paragraph_texts(raw)


# -- chrome -----------------------------------------------------------------------------------
def test_tabs_buttons_and_report_links_are_chrome() -> None:
    for line in ("详情", "导读", "• 提交", "购物车", "打赏捐赠", "!我要举报这篇文章", "某某县人民政府 www.example.gov.cn"):
        assert is_chrome_line(line), line


def test_their_words_in_the_text_are_not_chrome() -> None:
    for line in ("详情见附件。", "请于5月1日前提交申报材料", "某某县人民政府网站（www.example.gov.cn）", "转载请注明出处"):
        assert not is_chrome_line(line), line


def test_counts_beside_buttons_and_a_member_sites_note_are_not_read() -> None:
    head = "关闭\n举报\n  • 提交\n    首页 > 通知公告 > 正文\n    购物车\n    0\n"
    tail = "\n    打赏捐赠\n    0\n    !我要举报这篇文章\n    声明 本文由某某网注册会员上传并发布，某某网仅提供信息发布平台。文章仅"
    raw = read_text(f"{head}    {TITLE}\n{BODY}\n    某县人民政府\n    2018年1月16日{tail}\n")
    assert raw.title == TITLE
    assert paragraph_texts(raw) == [BODY, "某县人民政府", "2018年1月16日"]


def test_a_lead_in_label_goes_and_its_lead_in_is_read() -> None:
    lead = "近日，某省某厅召开新闻发布会，通报上月全省环境质量情况。"
    raw = read_text(f"详情\n\n{TITLE}\n\n来源:某某发布\n导读\n{lead}\n{BODY}\n")
    assert raw.title == TITLE
    assert paragraph_texts(raw) == [lead, BODY]


def test_a_column_menu_over_a_field_table_that_names_the_document_is_not_read() -> None:
    page = (
        "长者模式\n无障碍浏览\n某某县人民政府 www.example.gov.cn\n政府信息公开\n政府信息公开指南\n政府信息公开制度\n"
        f"索引号: 015125000-202210-100001 主题分类: 政策解读\n名 称: {TITLE}\n文号: 关键字:\n{TITLE}\n{BODY}\n"
    )
    raw = read_text(page)
    assert raw.title == TITLE
    assert paragraph_texts(raw) == [BODY]
    assert "政府信息公开" not in page_read_aloud(raw)
    assert "chrome-dropped" in [finding.kind for finding in raw.findings]


def test_short_lines_over_fields_that_do_not_name_the_document_stay() -> None:
    raw = read_text(f"工作要点\n2022年\n发布时间:2022-02-01 来源:某县政府办\n{BODY}\n")
    assert "工作要点" in page_read_aloud(raw)


# -- hard wraps -------------------------------------------------------------------------------
def test_a_trail_a_title_and_spaced_field_rows_do_not_run_on_in_wrapped_text() -> None:
    wrapped = ["这是按固定宽度换行的段落里的一行文字，每行都断在句子中间"] * 6
    head = [
        "当前位置: 某州人民政府>>某州林业局窗口>>信息公开>>财政预决算>>",
        "某州林业局2023年部门决算公开说明与绩效评价报告全文",
        "来源 :某州林业局 访问次数 : 发布时间 :2024-09-18",
        "监督索引号53123400112233000",
    ]
    lines, _ = join_wrapped_lines([*head, *wrapped])
    assert lines[:4] == head


# == fields run together on one line: a label glued to a date, counters glued to a value =============
def test_a_short_label_right_after_a_figure_starts_a_field() -> None:
    row = parse_metadata_line("时间：2022-11-04作者：县委办公室文章来源：某某县融媒体中心")
    assert row == {"时间": "2022-11-04", "作者": "县委办公室", "文章来源": "某某县融媒体中心"}


def test_a_time_label_glued_before_its_date_starts_a_field() -> None:
    assert parse_metadata_line("来源：某某晚报时间：2024-06-30") == {"来源": "某某晚报", "时间": "2024-06-30"}
    assert parse_metadata_line("来源：某某周刊日期：2021年5月2日") == {"来源": "某某周刊", "日期": "2021年5月2日"}


def test_a_short_label_inside_a_word_stays_in_the_value() -> None:
    # 作者 after a character (not a figure) and 时间 without a date after it are part of the value.
    assert parse_metadata_line("来源：青年作者：协会") == {"来源": "青年作者：协会"}
    assert parse_metadata_line("来源：某某报时间：不详") == {"来源": "某某报时间：不详"}


def test_a_counter_glued_to_a_value_is_the_sites() -> None:
    row = parse_metadata_line("文章来源：某某学院（宣传部）浏览：1024")
    assert row == {"文章来源": "某某学院（宣传部）"}


def test_an_empty_counter_glued_to_a_value_does_not_end_the_row() -> None:
    row = parse_metadata_line("发布时间：2023-04-01 10:20信息来源： 某市民政局阅读次数：编辑：王某某 字体：【")
    assert row == {"发布时间": "2023-04-01 10:20", "信息来源": "某市民政局", "编辑": "王某某"}


def test_a_mark_between_fields_and_a_layout_link_are_no_values() -> None:
    row = parse_metadata_line("时间： 2019-03-15 08:10； 作者： 李某  电脑版浏览")
    assert row == {"时间": "2019-03-15 08:10", "作者": "李某"}


# == field rows under labels the table does not list, among listed ones ==============================
def test_unlisted_labels_inside_a_block_of_field_rows_are_fields() -> None:
    rows = "信息来源 :县教育局\n档案编码 :-02-2021-00031\n发文字号 :某教〔2021〕5号\n录入人 :张某某\n发布日期 :2021-08-20\n"
    raw = read_text(f"{TITLE}\n{rows}{BODY}\n")
    assert raw.title == TITLE
    assert paragraph_texts(raw) == [BODY]
    assert raw.metadata["档案编码"] == "-02-2021-00031"
    assert raw.metadata["录入人"] == "张某某"
    assert raw.metadata["发文字号"] == "某教〔2021〕5号"
    guessed = [f for f in raw.findings if f.kind == "field-guessed"]
    assert guessed and "录入人" in guessed[0].text  # named for review


def test_an_empty_unlisted_label_inside_the_block_is_not_read() -> None:
    rows = "索引号: 001/2024-00008\n发布机构: 县农业农村局\n内容简述:\n有效状态: 现行有效\n"
    raw = read_text(f"{rows}\n{TITLE}\n\n{BODY}\n")
    assert raw.title == TITLE
    assert paragraph_texts(raw) == [BODY]
    assert raw.metadata["有效状态"] == "现行有效"
    assert "内容简述" not in raw.metadata


def test_an_unlisted_label_beside_a_listed_field_in_one_row_is_a_field() -> None:
    raw = read_text(f"{TITLE}\n转载来源:某某委员会网站 发布时间:2025-02-03 10:11:12\n{BODY}\n")
    assert raw.metadata == {"转载来源": "某某委员会网站", "发布时间": "2025-02-03 10:11:12"}
    assert paragraph_texts(raw) == [BODY]


def test_a_salutation_under_the_field_rows_is_text() -> None:
    raw = read_text(f"{TITLE}\n发布日期：2022-03-01\n信息来源：县政府办\n各乡镇：\n{BODY}\n")
    assert paragraph_texts(raw)[0] == "各乡镇："


def test_a_line_of_the_same_shape_without_field_rows_round_it_is_text() -> None:
    raw = read_text(f"{TITLE}\n温馨提示：请带好证件\n{BODY}\n")
    assert "温馨提示：请带好证件" in paragraph_texts(raw)
    assert "温馨提示" not in raw.metadata


def test_a_headline_under_the_field_rows_is_no_unlisted_field() -> None:
    rows = "索引号 001/2020-0000160 公开方式 主动公开\n成文日期 2020-02-05 发布机构 某区政府办公室\n"
    raw = read_text(f"{rows}图文解读：《某区2019年政府信息公开工作年度报告》\n{BODY}\n")
    assert raw.title == "图文解读：《某区2019年政府信息公开工作年度报告》"
    assert "图文解读" not in raw.metadata


def test_a_bare_date_under_the_title_that_a_field_labels_gets_no_guessed_label() -> None:
    rows = "发文单位:某部\n发布日期:1990-04-12\n施行日期:1990-04-12\n"
    raw = read_text(f"{TITLE}\n1990-04-12\n{rows}{BODY}\n")
    assert "发布时间" not in raw.metadata
    assert raw.metadata["施行日期"] == "1990-04-12"
    assert paragraph_texts(raw) == [BODY]
    assert any(f.kind == "chrome-dropped" and f.text == "1990-04-12" for f in raw.findings)


def test_a_bare_stamp_under_the_title_alone_is_the_publication_time() -> None:
    raw = read_text(f"{TITLE}\n2023-05-06 10:20\n{BODY}\n")
    assert raw.metadata["发布时间"] == "2023-05-06 10:20"


def test_a_stamp_row_over_the_headline_is_metadata() -> None:
    raw = read_text(f"2025-06-01 08:30:15 来源：某某新闻网 责任编辑：赵某\n{TITLE}\n{BODY}\n")
    assert raw.title == TITLE
    assert raw.metadata == {"发布时间": "2025-06-01 08:30:15", "来源": "某某新闻网", "责任编辑": "赵某"}
    assert paragraph_texts(raw) == [BODY]


# -- one-line rows of fields: every label and its colon sets a field apart (dev7) -----------------
def test_an_unlisted_label_in_a_row_of_fields_is_no_value() -> None:
    # A label left empty is followed by an unlisted one: the unlisted word is a label, not the value.
    row = parse_metadata_line("索引号:123456/2015-0099 文号: 总登记号:ABCD-2015-00031")
    assert row == {"索引号": "123456/2015-0099", "总登记号": "ABCD-2015-00031"}
    row = parse_metadata_line("公开方式:网站 公开范围:全部公开 信息有效期:2020-05-01")
    assert row == {"公开方式": "网站", "公开范围": "全部公开", "信息有效期": "2020-05-01"}


def test_an_unlisted_label_ending_in_a_listed_one_is_read_whole() -> None:
    # 备案日期 is not 备案 glued to 日期, nor 公开负责部门 公开 glued to 负责部门.
    row = parse_metadata_line("成文日期:2015-03-01 备案日期:2015-03-02 发文日期:2015-03-03 承办责任部门:某局")
    assert row == {"成文日期": "2015-03-01", "备案日期": "2015-03-02", "发文日期": "2015-03-03", "承办责任部门": "某局"}


def test_a_row_of_unlisted_labels_beside_the_listed_rows_is_read() -> None:
    raw = read_text(
        f"{TITLE}\n\n索引号:123456/2015-0099 文号: 总登记号:ABCD-2015-00031\n"
        "签发日期:2015-03-01 备案日期:2015-03-02 所属机构:\n"
        f"所属类别:综合 发文日期:2015-03-03 承办责任部门:某局\n\n{BODY}"
    )
    assert raw.metadata == {
        "索引号": "123456/2015-0099",
        "总登记号": "ABCD-2015-00031",
        "签发日期": "2015-03-01",
        "备案日期": "2015-03-02",
        "所属类别": "综合",
        "发文日期": "2015-03-03",
        "承办责任部门": "某局",
    }
    assert paragraph_texts(raw) == [BODY]


def test_a_word_and_colon_in_a_value_is_no_label() -> None:
    # Labels without colons: the word and colon after 信息名称 begin its value.
    row = parse_metadata_line("信息名称  图解：《某县2020年工作报告》  成文日期  2021-01-05")
    assert row == {"信息名称": "图解：《某县2020年工作报告》", "成文日期": "2021-01-05"}
    # Inside a value, not set apart by a space: no label.
    assert parse_metadata_line("标题：某某会议强调：抓好落实 来源：某县") == {"标题": "某某会议强调：抓好落实", "来源": "某县"}


def test_a_counter_word_is_no_unlisted_label() -> None:
    row = parse_metadata_line("來源:某某新聞網 發布時間:2021-04-06 10:20 瀏覽:302次")
    assert row == {"来源": "某某新聞網", "发布时间": "2021-04-06 10:20"}


def test_a_counter_left_as_a_dash_is_the_sites() -> None:
    assert parse_metadata_line("时间:2020-10-09 15:01:22 来源:本网 访问量: -") == {"时间": "2020-10-09 15:01:22", "来源": "本网"}
    assert parse_metadata_line("来源：某县政府网 浏览次数：— ") == {"来源": "某县政府网"}


def test_a_label_with_a_pinyin_gloss_is_a_label() -> None:
    row = parse_metadata_line("來源:某某新聞網(wǎng) 發(fā)布時間:2021-04-06 10:20")
    assert row == {"来源": "某某新聞網(wǎng)", "发布时间": "2021-04-06 10:20"}  # the gloss leaves the value later
    raw = read_text(f"{TITLE}\n來源:某某新聞網(wǎng) 發(fā)布時間:2021-04-06 10:20\n\n{BODY}")
    assert raw.metadata == {"来源": "某某新聞網", "发布时间": "2021-04-06 10:20"}
    assert paragraph_texts(raw) == [BODY]


def test_a_date_set_apart_after_a_source_is_the_pages() -> None:
    assert parse_metadata_line("来源:某某县政府网   2016-07-21") == {"来源": "某某县政府网", "发布时间": "2016-07-21"}
    assert parse_metadata_line("來源:某某縣政府網(wǎng)   2016-07-21") == {"来源": "某某縣政府網(wǎng)", "发布时间": "2016-07-21"}
    # A field of another kind keeps its value whole.
    assert parse_metadata_line("有效性:有效至 2016-07-21") == {"有效性": "有效至 2016-07-21"}


def test_a_bar_row_of_colon_labels_is_a_field_row() -> None:
    row = parse_metadata_line("公开属性: | 全部公开 | 公开期限: | 长期公开 |")
    assert row == {"公开属性": "全部公开", "公开期限": "长期公开"}
    row = parse_metadata_line("文 号: | 某府办发〔2022〕8号 | 公开类型: | 主动公开 |")
    assert row == {"文号": "某府办发〔2022〕8号", "公开类型": "主动公开"}
    # Without colons the cells may be a table's: no fields.
    assert parse_metadata_line("| 项目 | 金额 | 备注 | 说明 |") is None
    raw = read_text(
        f"索 引 号: | AB123-2022-001 | 主题分类: | 区政府 |\n发布机构: | 区政府办公室 | 发文日期: | 2022-03-04 |\n"
        "名 称: | 某区人民政府办公室关于转发《某区全面推进城市更新工作的实施方案》的通知 | ||\n"
        "文 号: | 某府办发〔2022〕8号 | 公开类型: | 主动公开 |\n"
        f"公开属性: | 全部公开 | 公开期限: | 长期公开 |\n{BODY}"
    )
    assert raw.metadata["公开期限"] == "长期公开" and raw.metadata["文号"] == "某府办发〔2022〕8号"
    assert paragraph_texts(raw) == [BODY]


def test_a_registration_line_repeating_a_field_is_not_spoken() -> None:
    raw = read_text(f"{TITLE}\n\n索引号:123/2015-9 文号: 总登记号:ABCD-2015-00031\n\nABCD-2015-00031\n\n{BODY}")
    assert raw.metadata == {"索引号": "123/2015-9", "总登记号": "ABCD-2015-00031"}
    assert paragraph_texts(raw) == [BODY]
    assert any(f.kind == "chrome-dropped" and f.text == "ABCD-2015-00031" for f in raw.findings)


# -- the foot of a page: a site footer on one line, credits, comment headings (dev7) -------------
FOOT_BODY = "会议强调，各单位要按照职责分工抓紧推进各项工作，按时保质完成任务。"


def test_a_site_footer_on_one_line_is_not_spoken() -> None:
    footer = (
        "违法和不良信息举报电话：1234567 举报邮箱：jubao@example.gov.cn 网站地图 联系我们 "
        "版权所有：某某区人民政府 主办单位：某某区人民政府办公室 网站标识码：1234560001 备案号：某ICP备01234567号"
    )
    assert is_site_footer(footer)
    assert paragraph_texts(read_text(f"{TITLE}\n\n{FOOT_BODY}\n{footer}")) == [FOOT_BODY]
    longer = f"互聯網{footer} 某某市互聯網違法和不良信息舉報網站 政務郵箱 {footer}"  # too long for a chrome line
    raw = read_text(f"{TITLE}\n\n{FOOT_BODY}\n{longer}")
    assert paragraph_texts(raw) == [FOOT_BODY]
    assert any(f.kind == "chrome-dropped" and f.text.startswith("互聯網") for f in raw.findings)


def test_a_texts_own_contact_line_is_no_footer() -> None:
    contact = "联系人：王某，联系电话：0123-4567890，电子邮箱：wang@example.gov.cn，地址：某县某路1号"
    assert not is_site_footer(contact)
    raw = read_text(f"{TITLE}\n\n{FOOT_BODY}\n{contact}")
    assert paragraph_texts(raw) == [FOOT_BODY, contact]


def test_bracketed_credits_ending_the_last_line_are_fields() -> None:
    raw = read_text(f"{TITLE}\n\n{FOOT_BODY}\n会议还研究了其他事项。（撰稿人：张某某??审稿人：李某）")
    assert paragraph_texts(raw)[-1] == "会议还研究了其他事项。"
    assert raw.metadata == {"撰稿人": "张某某", "审稿人": "李某"}
    # A bracketed aside that is not credits stays.
    aside = "会议还研究了其他事项。（详见附件）"
    assert paragraph_texts(read_text(f"{TITLE}\n\n{FOOT_BODY}\n{aside}"))[-1] == aside


def test_a_footer_of_credit_lines_is_not_spoken() -> None:
    raw = read_text(f"{TITLE}\n\n{FOOT_BODY}\n·READ·??编辑\n小某???来源\n某某县应急管理局▍本期编辑")
    assert paragraph_texts(raw) == [FOOT_BODY]
    assert any(f.kind == "chrome-dropped" and "本期编辑" in f.text for f in raw.findings)
    # One short line alone is not such a footer.
    assert paragraph_texts(read_text(f"{TITLE}\n\n{FOOT_BODY}\n某某县应急管理局 供稿"))[-1] == "某某县应急管理局 供稿"


def test_a_comment_heading_at_the_foot_is_not_spoken() -> None:
    raw = read_text(f"{TITLE}\n\n{FOOT_BODY}\n某某县人民政府\n2022年7月15日\n网友评论")
    assert paragraph_texts(raw)[-1] == "2022年7月15日"


def test_tag_residue_is_not_spoken() -> None:
    raw = read_text(f"{TITLE}\n\n/p>\n{FOOT_BODY}\n</div>\n{BODY}")
    assert paragraph_texts(raw) == [FOOT_BODY, BODY]


def test_a_sharing_sites_furniture_is_not_spoken() -> None:
    for line in ("• 86.50 KB", "• 12页", "关注公众号即可免费下载文档", "1. 1、本文档共3页，可阅读全部内容。",
                 "2. 2、本文档由网友投稿或网络整理，如有侵权请及时联系我们处理。"):
        assert is_chrome_line(line), line
    for line in ("全县共12页宣传材料", "本文件自印发之日起施行。"):
        assert not is_chrome_line(line), line


def test_a_bracketed_label_alone_takes_the_value_on_the_next_line() -> None:
    """[ 索引号 ] / 1150…/2024-00034 / [ 发文字号 ] / [ 发布机构 ] / 某局: labels set in brackets one a
    line, each value under its label (a label left empty over the next label stays empty): the
    fields go to the metadata, and no value (a code) is taken for the headline under them."""
    headline = "某市2024年市级三公经费预算汇总情况"
    raw = read_text(
        f"[ 索引号 ]\n11500000000000000X/2024-00034\n[ 发文字号 ]\n[ 发布机构 ]\n市财政局\n"
        f"[ 主题分类 ]\n财政\n{headline}\n{BODY}\n"
    )
    assert raw.title == headline
    assert raw.metadata.get("索引号") == "11500000000000000X/2024-00034"
    assert raw.metadata.get("发布机构") == "市财政局"
    assert "发文字号" not in raw.metadata


def test_a_bracketed_word_that_is_no_label_is_not_a_field() -> None:
    """【重要通知】 over a line is a tag of the site's, no label: the line under it is not its value."""
    raw = read_text(f"{TITLE}\n【重要通知】\n某某事项已调整\n{BODY}\n")
    assert "重要通知" not in raw.metadata


def test_a_field_row_whose_value_cannot_be_read_is_reported_not_dropped_silently() -> None:
    # The keywords open with a word the site's menus use (政府信息公开), so no value is read: the
    # row is still the page's and is not spoken, but staff are told a line went unread.
    body = "某市2024年政府信息公开工作年度报告是根据有关规定编制的。"
    page = f"某市2024年政府信息公开工作年度报告\n2025年01月20日 09:30\n关键词： 政府信息公开 公开载体 信息服务站 工作机制\n{body}\n"
    raw = read_text(page)
    assert paragraph_texts(raw) == [body]
    assert any(f.kind == "chrome-dropped" and f.text.startswith("关键词") for f in raw.findings)
    # A row of labels whose cells were left empty says nothing and is no finding.
    empty = read_text(f"某市2024年政府信息公开工作年度报告\n2025年01月20日 09:30\n主 题 词： 文 号： |\n{body}\n")
    assert paragraph_texts(empty) == [body]
    assert not any("没能" in f.message for f in empty.findings)


def test_a_search_pages_filter_panel_toolbar_and_pager_count_over_the_headline_are_not_read() -> None:
    """A report database's page: its filter prompt and facet names one a line (筛选地区 / 文件类别 /
    发布年份), its toolbar (原文链接 导出摘要 打印 分享) and the pager's count (0/0) stand over the
    headline: none is the title, none is read, a finding lists them."""
    head = "注册 | 登录\n筛选地区\n文件类别\n发布年份\n官网原文 导出摘要 打印 分享\n0/0\n\n"
    raw = read_text(f"{head}{TITLE}\n\n{BODY}\n")
    assert raw.title == TITLE
    assert paragraph_texts(raw) == [BODY]
    dropped = " ".join(finding.text for finding in raw.findings if finding.kind == "chrome-dropped")
    assert "文件类别" in dropped and "0/0" in dropped


def test_a_heading_on_filtering_and_a_fraction_in_the_text_are_kept() -> None:
    """筛选结果 over a sentence is the text's heading (no toolbar ends its lines), and a fraction
    among the text's lines is no pager's count."""
    text = f"{TITLE}\n筛选标准\n{BODY}\n3/5\n某县人民政府\n"
    raw = read_text(text)
    assert raw.title == TITLE
    assert "筛选标准" in paragraph_texts(raw)
    assert "3/5" in " ".join(paragraph_texts(raw))
    assert is_chrome_line("官网原文 导出笔记 打印 分享")
    assert not is_chrome_line("导出")  # one action word alone is no toolbar


def test_a_row_of_bracketed_labels_ending_on_an_empty_one_keeps_its_values_clean() -> None:
    """[ 索引号 ] 123 [ 发文字号 ]: the row opens and ends with a bracket, but each label has its own:
    the row is not one bracket round its content, and no value takes the brackets in."""
    assert parse_metadata_line("[ 索引号 ] 11500000000000000X/2024-00034 [ 发文字号 ]") == {
        "索引号": "11500000000000000X/2024-00034"
    }
    assert parse_metadata_line("[ 发布机构 ] 某区政府办公室 [ 有效性 ]") == {"发布机构": "某区政府办公室"}
    assert parse_metadata_line("【来源：某某区政府办公室】") == {"来源": "某某区政府办公室"}  # a row in one bracket


def test_the_field_table_printed_on_one_long_line_under_the_headline_is_metadata() -> None:
    """索引号：… 公文目录：… 发文机构：… 主题词： 发布日期：… 标题：… on one line under the headline,
    longer than a byline: the page's field table, read as fields and not spoken."""
    row = (
        "索 引 号:abc123-/2025-0110001 公文目录:工作方案 发文机构:某某县某某镇 主 题 词: "
        f"发布日期:2025年01月10日 文  号: 标  题:{TITLE}"
    )
    raw = read_text(f"首页 >> 公开信息内容\n\n{TITLE}\n\n{row}\n\n{BODY}\n")
    assert raw.title == TITLE
    assert raw.metadata["发文机构"] == "某某县某某镇"
    assert raw.metadata["发布日期"] == "2025年01月10日"
    assert paragraph_texts(raw) == [BODY]


def test_a_long_line_under_the_headline_with_one_field_in_it_is_text() -> None:
    line = (
        "会议时间：2025年1月10日上午，某某镇召开全镇工作会议，部署春季防火、安全生产和环境整治等各项重点工作，"
        "要求各村各单位切实抓好落实，确保各项任务按期完成，主要负责同志参加会议"
    )
    assert len(line) > 80  # longer than a byline: only a field table's row may be so long
    raw = read_text(f"{TITLE}\n{line}\n{BODY}\n")
    assert any("部署春季防火" in text for text in paragraph_texts(raw))


def test_a_number_with_a_district_in_its_issuer_and_a_di_is_a_document_number() -> None:
    """沪（浦）征地告〔2022〕第14号: a land notice's number names its district in brackets and counts
    with 第; under the title it is metadata, never the title's second line nor a cut word's tail."""
    assert doc_number("沪（浦）征地告〔2022〕第14号") and doc_number("某征地告〔2021〕第1018号")
    assert not doc_number("（浦）征地告〔2022〕第14号以下") and not doc_number("第14号")
    raw = read_text("某区人民政府征收土地公告\n沪（浦）征地告〔2022〕第14号\n根据有关规定，现将征地事项公告如下。\n一、批准机关：\n某市人民政府\n")
    assert raw.title == "某区人民政府征收土地公告"
    assert raw.metadata["发文字号"] == "沪（浦）征地告〔2022〕第14号"
    raw = read_text("某征地告〔2021〕第1018号 2021-01-22\n根据有关规定，现将征地事项公告如下。\n")
    assert raw.metadata["发文字号"] == "某征地告〔2021〕第1018号" and "第1018号" not in raw.title


def test_a_policy_collectors_search_fields_are_metadata_not_read() -> None:
    raw = read_text(
        "某某市关于加快科技服务业发展的若干意见\n发布日期：2025-05-23\n检索时间：2026-02-03 13:11:03\n"
        "检索关键词：测绘, 卫星, 导航\n为加快科技服务业发展，提出如下意见。\n"
    )
    assert "卫星" in raw.metadata["检索关键词"]
    assert raw.metadata["检索时间"] == "2026-02-03 13:11:03"
    assert "检索" not in " ".join(p.text for p in raw.paragraphs)


def test_a_disclosure_mode_alone_under_the_headline_is_a_field() -> None:
    raw = read_text(f"{TITLE}\n2024-03-01\n主动公开\n{BODY}\n")
    assert raw.metadata["公开方式"] == "主动公开"
    assert paragraph_texts(raw) == [BODY]
    # the notice's own note in brackets at its foot is the text's
    assert paragraph_texts(read_text(f"{TITLE}\n{BODY}\n（此件主动公开）\n"))[-1] == "（此件主动公开）"


def test_a_row_of_fields_each_in_its_own_bracket_with_the_buttons_in_theirs() -> None:
    """【编辑日期:2018-03-13】 【来源:】 【关闭】 under the headline (ho101/21, session 50): each field
    in a bracket of its own, a field left empty, the toolbar's buttons after them: the fields are
    read as fields, nothing of the row is spoken."""
    for row, fields in [
        ("【编辑日期:2018-03-13】 【来源:】 【关闭】", {"编辑日期": "2018-03-13"}),
        ("【发布日期：2018-03-13】 【来源：某县政府】 【打印】 【关闭】", {"发布日期": "2018-03-13", "来源": "某县政府"}),
    ]:
        raw = read_text(f"{TITLE}\n{row}\n{BODY}\n")
        assert dict(raw.metadata) == fields, row
        assert paragraph_texts(raw) == [BODY]


def test_a_law_librarys_record_fields_are_metadata_and_its_counters_and_boxes_are_not_read() -> None:
    """A law library's record over the text (ho99/13, ho99/16; session 50): 【颁发部门】 湖北省人民政府 /
    【颁发时间】 … / 【效力属性】 有效, or 发文文号: … / 法规类型: … / 所属区域: …, its counters (阅读人次: 3931)
    and its boxes (页面功能: over its buttons, 发文内容: over the text): fields, nothing read."""
    raw = read_text(f"{TITLE}\n【颁发部门】 某省人民政府\n【颁发时间】 2009-07-24\n【实施时间】 2009-07-24\n【效力属性】 有效\n{BODY}\n")
    assert dict(raw.metadata) == {"颁发部门": "某省人民政府", "颁发时间": "2009-07-24", "实施时间": "2009-07-24", "效力属性": "有效"}
    assert paragraph_texts(raw) == [BODY]
    raw = read_text(
        f"{TITLE}\n发文文号: 某税发[2021]1号\n发文部门: 某省税务局\n法规类型: 地方性综合优惠政策\n所属行业: 教育\n"
        f"所属区域: 某省\n阅读人次: 3931\n评论人次: 0\n页面功能:\n发文内容:\n{BODY}\n"
    )
    assert raw.metadata["发文文号"] == "某税发[2021]1号" and raw.metadata["所属区域"] == "某省"
    assert paragraph_texts(raw) == [BODY]


def test_a_toolbar_button_after_an_empty_field_is_not_its_value() -> None:
    """发布日期:… 作者: 来源: 打印正文 — the site left 来源 empty and its print button follows: the
    field stays empty, the button is no source."""
    for row in ("发布日期:2026-03-07 浏览: 作者: 来源: 打印正文", "发布日期:2026-03-07 作者: 来源: 【打印】", "发布日期:2026-03-07 来源: 关闭窗口"):
        assert parse_metadata_line(row) == {"发布日期": "2026-03-07"}, row
    # a value opening with a button's word is a name all the same
    assert parse_metadata_line("来源：收藏家协会 作者：分享经济研究中心") == {"来源": "收藏家协会", "作者": "分享经济研究中心"}
    assert parse_metadata_line("文章类型：转载") == {"文章类型": "转载"}


def test_a_counter_named_alone_with_its_count_after_a_space_ends_the_empty_field_before_it() -> None:
    """文号 浏览量 13: a field table's cells, 文号 left empty and the view counter beside it; the count
    is never the document's number."""
    assert parse_metadata_line("文号 浏览量 13") == {}
    assert parse_metadata_line("发布机构 某某镇 浏览次数 1,024") == {"发布机构": "某某镇"}
    # a two-character counter word with a bare figure may be a value's words: not taken as a counter
    assert parse_metadata_line("来源 某某阅读 13") == {"来源": "某某阅读 13"}


def test_a_font_size_word_with_its_sizes_in_brackets_ends_the_value_before_it() -> None:
    assert parse_metadata_line("作者:刘某 来源:法规培训股 字体[ 大 中 小 ]") == {"作者": "刘某", "来源": "法规培训股"}
    assert parse_metadata_line("来源:某某报 字号（大 中 小）") == {"来源": "某某报"}
    # a value that only names a size stays
    assert parse_metadata_line("来源:某某字体设计研究所") == {"来源": "某某字体设计研究所"}


def test_a_bulleted_field_lists_empty_state_is_a_field() -> None:
    raw = read_text("某市应急管理局行政处罚决定书\n- 索 引 号 :103/2023-12807\n- 发布时间:2023-08-24\n- 有 效 期 :\n- 状 态:\n被处罚单位：某某厂。\n")
    assert paragraph_texts(raw) == ["被处罚单位：某某厂。"]


def test_a_button_with_its_count_after_an_empty_field_is_not_its_value() -> None:
    assert parse_metadata_line("时间:2020年11月12日 来源: 作者: 浏览次数:1590   收藏[0]") == {"时间": "2020年11月12日"}
