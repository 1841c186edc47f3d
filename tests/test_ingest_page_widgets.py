"""What a saved page carries that is no part of the document and no field either (issue 17):
empty boxes the site's script fills in, advertising injected into a hacked site, indents lost
to a code page, pinyin glosses over a trail. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import finding_kinds, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_fields import parse_metadata_line
from audiojiedu.outline import parse_outline

BODY = "一、主要职责\n负责全县教育工作的统筹规划和协调管理，指导各级各类学校的教育教学改革。\n"


# -- empty boxes: a label and its colon, the value left to the site's script --------------------


def test_an_empty_date_box_after_the_welcome_line_is_not_read() -> None:
    """欢迎访问某某网站！ 今日是： over the trail: the welcome goes with the chunks of the head, and
    the 今日是： it leaves, whose date the page's script never wrote, is no line of the text."""
    raw = read_text(
        "欢迎访问某某县人民政府门户网站！ 今日是：\n当前所在位置：\n\n某某县教育局2024年部门预算公开\n\n"
        "来源： 某某县教育局  |   发布日期： 2024-02-18 10:00\n" + BODY
    )
    assert raw.title == "某某县教育局2024年部门预算公开"
    assert raw.metadata == {"来源": "某某县教育局", "发布日期": "2024-02-18 10:00"}
    assert paragraph_texts(raw)[0] == "一、主要职责"


def test_a_run_of_empty_search_boxes_over_the_headline_is_not_read() -> None:
    """搜索位置： / 匹配度： / 排序： are a search form's labels; the headline under the last one is
    no value of it, and the field row under the headline is the page's metadata. The document's own
    title line under the row is its title (the page's headline is not read)."""
    raw = read_text(
        "政府信息公开\n\n搜索位置：\n匹配度：\n排序：\n\n2024年度某某县教育局部门决算公开\n\n"
        "发布机构：教育局 索引号：jyj1/2025-00140 时间：2025-09-04 【字体： 【下载Word】\n\n"
        "2024年度某某县教育局部门决算公开说明\n" + BODY
    )
    assert raw.title == "2024年度某某县教育局部门决算公开说明"
    assert raw.metadata["索引号"] == "jyj1/2025-00140"
    texts = paragraph_texts(raw)
    assert not any(text.startswith(("搜索位置", "匹配度", "排序")) for text in texts)
    assert "2024年度某某县教育局部门决算公开" not in texts  # the site's shorter headline over the own title: not read


def test_a_label_whose_value_is_the_next_line_is_a_field_not_an_empty_box() -> None:
    raw = read_text("信息来源：\n某某县民政局\n某某县民政局关于做好低保工作的通知\n" + BODY)
    assert raw.metadata.get("信息来源") == "某某县民政局"
    assert raw.title == "某某县民政局关于做好低保工作的通知"


# -- advertising injected into a hacked site ----------------------------------------------------


def test_injected_advertising_over_the_title_is_dropped_with_a_finding() -> None:
    """A hacked site's pages open with a line of advertising words joined by _ or ，; it is not
    the title, is not read, and staff are told."""
    spam = "久久精品国产精品_国产无码专区_亚洲欧美在线观看_自拍丝袜"
    raw = read_text(f"{spam}\n\n某某市民政局 某某市财政局 关于提高农村低保标准的通知\n\n各镇人民政府：\n" + BODY)
    assert raw.title == "某某市民政局 某某市财政局 关于提高农村低保标准的通知"
    assert not any("久久" in text for text in paragraph_texts(raw))
    dropped = [f for f in raw.findings if f.kind == "chrome-dropped" and "久久" in f.text]
    assert dropped


def test_a_headline_with_a_year_range_and_its_date_is_no_keyword_list() -> None:
    """某某行动计划（2021-2023年） 2021-08-31: hyphens between figures are a range's and a date's; split
    there, the headline looked like a list of short keywords and was dropped as advertising."""
    from audiojiedu.ingest.page_headline import is_keyword_list

    assert not is_keyword_list("安宁镇乡村振兴行动计划（2021-2023年） 2021-08-31")
    assert is_keyword_list("某某在线观看-某某免费-某某网站-某某下载")
    assert is_keyword_list("某某在线观看_2024-某某免费_某某网站_某某下载")


def test_one_or_two_of_the_words_in_a_document_are_text() -> None:
    """亚洲 and 欧美 stand in documents (对欧美、亚洲市场出口): only three of the words together are
    advertising."""
    line = "全年对欧美、亚洲市场出口增长12%"
    raw = read_text("某某县2024年外贸工作总结\n" + line + "\n" + BODY)
    assert line in paragraph_texts(raw)


# -- indents lost to a code page -----------------------------------------------------------------


def test_question_marks_where_the_indent_was_are_dropped_with_a_finding() -> None:
    raw = read_text("某某区养老服务实施方案\n??一、实施背景\n??养老服务体系逐步完善，全区共有养老机构48家。\n")
    assert paragraph_texts(raw) == ["一、实施背景", "养老服务体系逐步完善，全区共有养老机构48家。"]
    assert "lost-indent" in finding_kinds(raw)


def test_question_marks_inside_a_line_stay() -> None:
    """?? inside a line stands for characters that could not be encoded: a real loss, kept."""
    raw = read_text("某某区养老服务实施方案\n全区共有养老机构48家??其中公办12家。\n")
    assert "全区共有养老机构48家？？其中公办12家。" in paragraph_texts(raw)
    assert "lost-indent" not in finding_kinds(raw)


def test_a_contents_heading_that_lost_its_first_character_is_read_as_the_contents() -> None:
    """目 录 set letter-spaced with 目 in an image: the page keeps 录 alone on its line. It is the
    contents heading, so the entries under it are the contents, not chapters, and 录 alone is not
    read; a finding says so. 录 inside a line (记录, 录音) stays as written."""
    entries = "".join(f"第{n}部分 某局2024年部门决算{part}\n" for n, part in (("一", "报告"), ("二", "报表"), ("三", "说明")))
    text = "某局2024年部门决算公开\n    录 \n" + entries + "1、收入决算情况\n2、支出决算情况\n"
    raw = read_text(text)
    assert "目录" in paragraph_texts(raw)
    assert "lost-character" in finding_kinds(raw)
    doc = parse_outline(raw)
    assert doc.sections == ()
    kept = read_text("某局工作会议纪要\n会议记录如下。\n录音资料由办公室保存。\n")
    assert "录音资料由办公室保存。" in paragraph_texts(kept)
    assert "lost-character" not in finding_kinds(kept)


def test_a_chinese_numeral_year_that_lost_its_zero_gets_it_back() -> None:
    """二〇三五年 with 〇 set in another font: a copy keeps 二三五年, three numerals no listener can
    take for a year. The zero after 二 goes back, in the title and the text, with a finding; a
    year with all its numerals, 十二三五年 and 二十五年 stay as written."""
    text = "某县国民经济和社会发展第十四个五年规划和二三五年远景目标纲要\n到二三五年，基本实现现代化。\n二〇二一年计划完成投资十二三五年度预算的一半，二十五年来首次。\n"
    raw = read_text(text)
    assert raw.title.endswith("规划和二〇三五年远景目标纲要")
    assert paragraph_texts(raw)[:2] == ["到二〇三五年，基本实现现代化。", "二〇二一年计划完成投资十二三五年度预算的一半，二十五年来首次。"]
    assert finding_kinds(raw).count("lost-character") == 1
    assert "lost-character" not in finding_kinds(read_text("某县工作报告\n二〇三五年远景目标。\n"))


def test_spaces_lost_inside_lines_after_an_article_number_and_in_a_spaced_heading_are_spaces() -> None:
    """The same code page turns the spaces inside lines into ?: after 第一条, between the letters of
    第一章 总 则, after a signature set right. They are spaces again; a ? in a sentence stays."""
    text = (
        "某省人民政府工作规则\n某省人民政府????????\n2023年1月19日????????\n第一章?總?則\n"
        "第一条?为了规范省政府工作，制定本规则。\n第二条?省政府工作的总体要求是什么?是依法行政。\n"
    )
    raw = read_text(text)
    texts = paragraph_texts(raw)
    assert "某省人民政府" in texts and "2023年1月19日" in texts
    assert not any(text.startswith("第一条？") for text in texts)
    assert any("总体要求是什么？是依法行政" in text for text in texts)
    doc = parse_outline(raw)
    assert [(s.number, s.title) for s in doc.sections] == [("第一章", "總則")]
    assert [s.number for s in doc.sections[0].sections] == ["第一条", "第二条"]
    assert "lost-indent" in finding_kinds(raw)


# -- pinyin glosses over a trail ------------------------------------------------------------------


def test_a_trail_glossed_with_pinyin_is_still_a_trail() -> None:
    """A mirror glosses many characters (首頁（yè））: the glosses go before the page's lines are
    judged, so the trail is told as a trail and not taken for the headline."""
    raw = read_text(
        "首頁(yè) > 政民互動(dòng) > 回應(yīng)關(guān)切 > 政策解讀\n解讀《某某市民政局關(guān)于印發(fā)低保標準的通知》\n"
        "時(shí)間:2017-05-24 08:21:12 來(lái)源:某某日報\n打印 【字體:\n"
        "《某某市民政局關于印發低保標準的通知》目前公開征求意見。今年城鄉低保標準擬提高。\n"
    )
    assert raw.title == "解讀《某某市民政局關于印發低保標準的通知》"
    assert raw.metadata["来源"] == "某某日報"
    assert "pinyin-gloss" in finding_kinds(raw)


def test_a_field_after_an_empty_counter_of_a_traditional_page_is_kept() -> None:
    """瀏覽量：     信息時效性：有效: the counter (traditional, its count left to the script) is the
    site's; the validity field after it is the page's metadata, not lost with the counter."""
    assert parse_metadata_line("瀏覽量:     信息時效性:有效") == {"信息时效性": "有效"}
    assert parse_metadata_line("來源：某某日報 閱讀：69 作者：張三") == {"来源": "某某日報", "作者": "張三"}


# -- a footer whose links stand among other short lines --------------------------------------------


def test_a_footer_of_links_phone_and_notes_at_the_foot_is_not_read() -> None:
    raw = read_text(
        "某某市民政局关于调整低保标准的通知\n" + BODY + "各县区要按新标准发放保障资金。\n"
        "适老化无障碍服务\n网站信息\n手机版             网站地图\n联系我们\n0752-8163055\n仅受理网站建设维护\n"
    )
    assert paragraph_texts(raw)[-1] == "各县区要按新标准发放保障资金。"
    assert any(f.kind == "chrome-dropped" and "0752-8163055" in f.text for f in raw.findings)


def test_the_signature_and_date_over_a_footer_stay() -> None:
    raw = read_text(
        "某某县人民政府关于做好防汛工作的通知\n" + BODY + "某某县人民政府\n2024年6月1日\n网站地图\n联系我们\n主办：某某县人民政府办公室\n"
    )
    assert paragraph_texts(raw)[-2:] == ["某某县人民政府", "2024年6月1日"]


def test_a_table_one_cell_a_line_at_the_foot_is_no_footer() -> None:
    """Bars alone between a table's cells are no links: the cells stay."""
    cells = ["一般公共预算收入", "5230", "税收收入", "3810", "非税收入", "1420"]
    raw = read_text("某镇2023年财政收支情况\n全年财政运行平稳。\n" + "\n|\n".join(cells) + "\n")
    assert "5230" in " ".join(paragraph_texts(raw))


def test_a_row_of_field_labels_left_empty_under_the_title_is_not_read() -> None:
    raw = read_text(
        "某某街道2023年度政府信息公开工作年度报告\n发表日期：2024-01-26 15:35:23 发布机构：政务服务管理局\n"
        "公开形式 责任部门\n生成日期 2024-01-26 15:35:23 是否有效\n一、总体情况\n2023年，街道主动公开信息120条。\n"
    )
    assert paragraph_texts(raw)[0] == "一、总体情况"
    assert raw.metadata["生成日期"] == "2024-01-26 15:35:23"


def test_a_source_named_after_an_app_or_an_account_keeps_its_name() -> None:
    """A button glued to a source (来源：某某司收藏) goes; a source whose name ends with a word that
    is chrome elsewhere (客户端, 微博, 公众号) is that name."""
    assert parse_metadata_line("来源：某某司收藏") == {"来源": "某某司"}
    for source in ("人民日报客户端", "某某发布微博", "某某县委宣传部微信公众号"):
        assert parse_metadata_line(f"来源：{source} 时间：2024-01-02") == {"来源": source, "时间": "2024-01-02"}


def test_chrome_lines_dropped_without_a_finding_of_their_own_are_reported_together() -> None:
    """Toolbars, trails and buttons go unsaid; one finding lists them so the review shows them."""
    raw = read_text("您当前的位置：首页 > 政务公开\n某某县关于做好防汛工作的通知\n打印本页 关闭窗口\n" + BODY + "网站地图\n")
    (summary,) = [f for f in raw.findings if f.kind == "chrome-dropped" and "网页框架文字" in f.message]
    assert summary.message.startswith("3 行")
    assert "打印本页 关闭窗口" in summary.text and "网站地图" in summary.text


def test_markets_and_viewing_named_together_are_no_advertising() -> None:
    """亚洲、欧美、日韩 and 在线观看 are words of documents too: without a word only advertising uses,
    a short line of them stays."""
    line = "对亚洲、欧美、日韩市场出口在线观看平台建设"
    raw = read_text("某某县2024年外贸工作总结\n" + line + "\n" + BODY)
    assert line in paragraph_texts(raw)


def test_a_news_sites_links_for_advertisers_over_the_headline_are_not_the_title() -> None:
    """广告垂询/商务合作 at the head of a news page: the site's links, never its title nor read."""
    raw = read_text(
        "广告垂询/商务合作\n地方频道:\n现在位置:首页 > 城事\n\n某市十六届人大一次会议开幕\n\n"
        "发布日期:2017-02-21 | 来源:某某网\n2月20日，某市第十六届人大第一次会议正式开幕。\n"
    )
    assert raw.title == "某市十六届人大一次会议开幕"
    assert not any("商务合作" in text for text in paragraph_texts(raw))


def test_a_byline_row_opening_with_the_sites_name_and_its_counter_gives_its_fields() -> None:
    """某某房产网    1239人浏览   发布日期：2021.04.12 under the headline: the date is a field, the
    site's name and the counter are not read."""
    raw = read_text("致全体市民的一封公开信\n\n某某房产网    1239人浏览   发布日期:2021.04.12\n 广大市民朋友：近期疫情形势严峻，请做好防护。\n")
    assert raw.metadata == {"发布日期": "2021.04.12"}
    assert not any("浏览" in text or "房产网" in text for text in paragraph_texts(raw))
    assert raw.title == "致全体市民的一封公开信"


def test_a_headline_printed_again_as_each_pictures_caption_is_the_title_read_once() -> None:
    """发布！某市这些区域全年禁放烟花爆竹！ at the top and again over each picture between the
    text's parts: the headline (its ！ marks aside) is the title; the copies are not read."""
    headline = "发布！某市这些区域全年禁放烟花爆竹！"
    parts = [
        "为加强烟花爆竹安全管理，保障公共安全，现通告如下。", "禁放区域", "主城区全年禁止燃放烟花爆竹。",
        "特别注意", "重污染天气预警期间，任何单位和个人不得燃放烟花爆竹。", "加大宣传", "各级人民政府应当积极组织宣传。",
    ]
    lines = [headline, headline, "某市人民政府", parts[0], headline, *parts[1:3], headline, *parts[3:5], headline, *parts[5:]]
    raw = read_text("\n".join(lines))
    assert raw.title == headline
    assert headline not in paragraph_texts(raw)
    assert paragraph_texts(raw)[-1] == "各级人民政府应当积极组织宣传。"


def test_a_title_printed_three_times_over_the_text_only_is_left_to_the_title_rules() -> None:
    # Must NOT touch: a law mirror's headline, record title and own title line, all over the text.
    title = "某某饲料管理条例"
    raw = read_text(f"{title}\n时间:2024-05-18 来源: 法律资料网\n{title}\n国务院\n{title}\n第一条 为了加强管理，制定本条例。\n")
    assert raw.metadata.get("发文机关") == "国务院"


def test_a_greeting_naming_the_organ_and_a_repost_ban_in_the_footer_are_not_read() -> None:
    """您好!欢迎访问某县公安局! over the headline, and at the foot the site's name, its office
    phone and its ban on reposting: the page's, not the story's. A story that welcomes someone
    in a sentence keeps it."""
    text = (
        "您好!欢迎访问某县公安局!\n\n| 微信公众号\n\n指挥中心:视频巡控发现两名张贴小广告的男子\n\n"
        "发布时间:2017年07月13日17时28分   来源:   作者:\n\n"
        "7月8日凌晨，指挥中心监控员通过视频巡视时发现两名男子张贴广告，民警当场予以制止。\n\n"
        "欢迎来到我县考察的客商纷纷表示，这里的营商环境越来越好。\n\n"
        "某县公安局门户网站办公室电话:0915--4428027; 新闻稿件,未经授权不得转载\n"
    )
    raw = read_text(text)
    assert raw.title == "指挥中心：视频巡控发现两名张贴小广告的男子"
    texts = paragraph_texts(raw)
    assert texts[0].startswith("7月8日凌晨")
    assert texts[-1].startswith("欢迎来到我县考察的客商")


def test_a_section_label_a_spaced_document_number_and_an_essay_sites_foot_are_not_read() -> None:
    """全文 over the text (a wiki's label) is no title; 某政 [2020] 20号 set with a space before
    its bracket is the document's number, a field; under the text, the line naming the site's
    address as the source and the tags set with commas are the site's."""
    text = (
        "全文\n\n某政 [2020] 20号\n\n各县（市、区）人民政府，市人民政府各部门：\n\n"
        "现将2020年重点工作任务予以分解，请认真抓好落实。\n\n"
        "《镇年度工作总结》来源于www.example.com,欢迎阅读镇年度工作总结。\n\n"
        "Tag:年终总结,个人年终总结,年终总结ppt,报告总结计划 - 年终总结\n"
    )
    raw = read_text(text)
    assert raw.title != "全文"
    assert "全文" not in paragraph_texts(raw)
    assert raw.metadata.get("发文字号") == "某政 [2020] 20号"
    assert paragraph_texts(raw)[-1] == "现将2020年重点工作任务予以分解，请认真抓好落实。"


def test_a_law_librarys_reading_page_keeps_the_notices_own_title() -> None:
    """A law library's trail and toolbar one control a line, then its headline with its version
    note (（2019修订）), then the notice's own title line over whom it is addressed to: the
    notice's title is the title, read once, and none of the library's controls is read."""
    text = (
        "广东规范性文件 > 正文阅览\n转第\n下载\n保留字段信息\n页面宽度(px):\n\n页面宽度范围为200至2000\n\n"
        "某市人民政府关于印发《某市人民政府工作规则》的通知(2019修订)\n\n"
        "某市人民政府关于印发《某市人民政府工作规则》的通知\n\n\n"
        "各县(市、区)人民政府,市政府各部门、各直属机构:\n"
        "  新修订的《某市人民政府工作规则》已经市政府常务会议审议通过。现印发给你们，请认真贯彻执行。\n"
    )
    raw = read_text(text)
    assert raw.title == "某市人民政府关于印发《某市人民政府工作规则》的通知"
    assert paragraph_texts(raw)[0].startswith("各县")


def test_a_registration_number_over_the_text_is_a_field_and_a_scrapers_marks_are_not_read() -> None:
    """CYQD00-2019-0014 alone over a notice: the number a province registers the document under,
    a field, never the title; The Beginning / THE END round the text: a scraper's marks."""
    text = (
        "朗读\nCYQD00-2019-0014\nThe Beginning\n"
        "为有效预防森林火灾，经市政府研究，决定自即日起全市范围内林区禁止一切野外用火，现将有关事项通告如下：\n"
        "一、禁火时间：即日起至10月10日。\n二、禁火区域：全市行政区域内所有林地。\nTHE END\n"
    )
    raw = read_text(text)
    assert raw.metadata.get("统一编号") == "CYQD00-2019-0014"
    assert "CYQD" not in raw.title and raw.title != "朗读"
    texts = paragraph_texts(raw)
    assert texts[0].startswith("为有效预防森林火灾") and texts[-1].startswith("二、禁火区域")


def test_a_news_sites_two_step_trail_and_its_byline_over_a_dated_aside() -> None:
    """1. 某某网 > 正文 is the site's trail, never a heading; the byline row under the headline
    stays a row of fields though the story opens with one character and a bracket (今（24）日，…):
    a number in brackets is the sentence's aside, no tail of a word the line cut."""
    text = (
        "      1. 大听网   > 正文\n\n        古蔺黄荆自然保护区全域管控时间延长至本周日24时\n\n"
        "        发布时间:2022-08-24 20:36:54 稿件来源: 大听网\n\n"
        "        今(24)日,黄荆镇森林防灭火指挥部发布公告,将管控时间延长至2022年8月28日24时。\n"
    )
    raw = read_text(text)
    assert raw.title == "古蔺黄荆自然保护区全域管控时间延长至本周日24时"
    assert raw.metadata.get("稿件来源") == "大听网"
    assert paragraph_texts(raw) == ["今（24）日，黄荆镇森林防灭火指挥部发布公告，将管控时间延长至2022年8月28日24时。"]
    assert parse_outline(raw).sections == ()


def test_a_listing_pages_menus_over_the_document_and_its_sites_name_over_the_footer() -> None:
    """The column's menu (政府信息公开 / 政府信息公开指南 / … / · 2024 / · 2023) and the listing's
    header row (序号 标题 发文字号 成文日期 发布日期) over the document's headline are the site's:
    none is read, and a bullet before a year labels no table row. Under the signature, the
    site's name over its row of links (微信 微博 电脑版) is the footer's."""
    menu = "某州民政局\n\n政府信息公开\n\n政府信息公开指南\n\n政府信息公开制度\n\n主动公开事项目录\n\n法定主动公开内容\n\n"
    years = "政府信息公开年报\n\n    · 2024\n    · 2023\n    · 2022\n    · 2021\n\n依申请公开\n\n"
    text = (
        menu + years + "序号 标题 发文字号 成文日期 发布日期\n某州民政局信息公开指南\n\n"
        "为了更好地为公众提供政府信息公开服务，根据有关规定，编制本指南。\n\n某州民政局\n\n2024年1月5日\n\n"
        "中国政府网\n微信 微博 电脑版\n主办单位:某\n"
    )
    raw = read_text(text)
    assert raw.title == "某州民政局信息公开指南"
    texts = paragraph_texts(raw)
    assert texts[0].startswith("为了更好地") and texts[-1] == "2024年1月5日"
    assert not any(p.kind == "table" for p in raw.paragraphs)


def test_a_portals_bars_and_name_over_a_lower_organs_headline_are_the_sites() -> None:
    """The county portal's top bar (中央政府网 某省政府网 … 登录个人中心 无障碍浏览 长者模式), its
    accessibility note, its name over a town's report that names the county again, and a
    colour picker under the field table: none is read, and the town's report keeps its title."""
    text = (
        "中央政府网 某省政府网 某市政府网 登录个人中心 无障碍浏览 长者模式\n"
        "本站已启用无障碍浏览系统,欢迎点击访问!\n"
        "某县人民政府\n\n2024年某县某镇人民政府信息公开工作年度报告\n\n"
        "保护视力色:          字体颜色: 【      绿】         恢复默认\n\n"
        "发布时间: 2025-01-23     浏览次数:    【字体:\n\n"
        "根据《中华人民共和国政府信息公开条例》要求，现将某镇2024年政府信息公开工作情况报告如下。\n"
    )
    raw = read_text(text)
    assert raw.title == "2024年某县某镇人民政府信息公开工作年度报告"
    assert paragraph_texts(raw) == ["根据《中华人民共和国政府信息公开条例》要求，现将某镇2024年政府信息公开工作情况报告如下。"]


def test_a_news_apps_banner_its_mobile_link_and_its_follow_call_are_not_read() -> None:
    """立即下载 over the headline, 进入移动版,省流量,体验好 under the byline (whose source stays its
    own value), and 更多精彩内容请关注 / 官方微信 / 客户端 at the foot are the news site's."""
    text = (
        "立即下载\n某县禁止燃烧木柴\n\n2019-02-18 11:19:19 来源:网信某县\n进入移动版,省流量,体验好\n\n"
        "2月19日至20日，全县范围内禁止燃烧棉花秸秆、木柴等杂物，请广大群众自觉遵守。\n\n"
        "责任编辑:李某\n更多精彩内容请关注\n\t\t\t某省新闻网\n\t\t\t官方微信\n\t\t\t某省日报\n\t\t\t客户端\n"
    )
    raw = read_text(text)
    assert raw.title == "某县禁止燃烧木柴"
    assert raw.metadata.get("来源") == "网信某县"
    assert paragraph_texts(raw) == ["2月19日至20日，全县范围内禁止燃烧棉花秸秆、木柴等杂物，请广大群众自觉遵守。"]


def test_a_calendar_bar_with_the_lunar_date_and_a_forums_picture_box_are_not_read() -> None:
    """今天是:2019年10月31日 星期三 农历十月初七 is the portal's clock, never part of a title; a
    forum's 图片附件 alone or run into the paragraph under it and its hidden-part notice are the
    forum's."""
    text = (
        "今天是:2019年10月31日 星期三 农历十月初七\n工作报告\n\n您所在的位置:政务公开 > 工作报告\n\n"
        "2020年某区法治政府建设情况报告\n文章来源:司法局 更新时间:2021/03/29 11:30:01\n\n"
        "查看隐藏内容(*)需先登录\n\n图片附件\n\n"
        "图片附件2020年，某区坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。\n"
    )
    raw = read_text(text)
    assert raw.title == "2020年某区法治政府建设情况报告"
    assert paragraph_texts(raw) == ["2020年，某区坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。"]


def test_a_wiki_records_row_and_its_licence_notes_are_fields_and_chrome() -> None:
    """Under the work's name a wiki prints the name again with its date and 发布机关 (a record
    row: the date and the field go to the metadata) and its appearance menu; at the foot its
    licence note, its community's note and the licence box."""
    text = (
        "国务院关于设置某某自治州的决定\n外观\n"
        "国务院关于设置某某 自治州的决定 1957年10月18日 发布机关:中华人民共和国国务院 |\n|\n"
        "国务院批准某省人民委员会关于建立某某自治州的报告，并决定设置某某自治州。\n"
        "本作品是中华人民共和国的法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。\n"
        "注:中文维基文库社群认为,中华人民共和国公务演讲,不总是具有立法、行政、司法性质的文件。\n"
        "Public domainPublic domainfalsefalse\n"
    )
    raw = read_text(text)
    assert raw.metadata.get("发布机关") == "中华人民共和国国务院"
    assert raw.metadata.get("成文日期") == "1957年10月18日"
    assert paragraph_texts(raw) == ["国务院批准某省人民委员会关于建立某某自治州的报告，并决定设置某某自治州。"]


def test_a_wiki_licence_note_broken_at_its_links_is_not_read() -> None:
    """The community's note broken where its link stood (…公务演讲，不总是 / 具有…的文件。), over the
    licence box: the note's rest goes with it; the text above stays."""
    last = "国务院批准某省人民委员会关于建立某某自治州的报告，并决定设置某某自治州。"
    text = (
        f"国务院关于设置某某自治州的决定\n{last}\n"
        "注：中文维基文库社群认为，中华人民共和国公务演讲，不总是\n具有立法、行政、司法性质的文件。\n\nPublic domain\nfalse\n"
    )
    assert paragraph_texts(read_text(text)) == [last]
    # Must NOT touch: a line of the text's own under a line that ends a sentence.
    assert paragraph_texts(read_text(f"国务院关于设置某某自治州的决定\n{last}\n具有立法、行政、司法性质的文件。\n"))[-1] == "具有立法、行政、司法性质的文件。"


def test_a_garbled_copy_of_the_headline_over_the_documents_own_title_is_not_the_title() -> None:
    """（某省？。？023年某县…统计公报: the site's headline read off by one byte (a lost 省） turned
    into ？。？), over the document's own title line and its date: the title is the own line."""
    text = "（河南？。？023年某市某县国民经济和社会发展统计公报\n2023年某县经济社会发展统计公报\n（2024年4月1日）\n2023年全县上下深入贯彻落实国家、省、市决策部署，经济运行稳中向好。\n一、综合\n全县年末常住人口61万人。\n"
    raw = read_text(text)
    assert raw.title == "2023年某县经济社会发展统计公报"
    assert not any("？。" in p for p in paragraph_texts(raw))


def test_a_wechat_articles_column_word_question_headline_and_account_byline() -> None:
    """查看原文 / 其他 over a headline ending with a question, over the account's name and day
    (某某发布 2023-01-24): the headline is the title, the account and the day are fields, the
    button and the column word are not read."""
    text = (
        "查看原文\n其他\n\n某市这些村拟入选省级名单,看看有没有你家乡?\n\n某市发布 2023-01-24\n\n"
        "奔走相告~前方又有好消息传来!\n\n根据有关要求，省林业局组织完成了2022年度省级森林乡村评审工作，现予公示。\n"
    )
    raw = read_text(text)
    assert raw.title == "某市这些村拟入选省级名单，看看有没有你家乡？"
    assert raw.metadata.get("公众号") == "某市发布" and raw.metadata.get("发布时间") == "2023-01-24"
    assert paragraph_texts(raw)[0] == "奔走相告~前方又有好消息传来！"


def test_a_field_label_and_a_date_under_the_headline_are_a_field_not_an_account() -> None:
    """索引号 … / 公开类别 主动公开 / 发布时间 2022-01-29 under the headline, labels without colons:
    the last row names a field (发布时间), no account that posted the page."""
    text = "某区人民政府关于印发《某区人民政府工作规则》的通知\n\n索引号 SY-310115-2022-00371\n公开类别 主动公开\n发布时间 2022-01-29\n\n区政府各委、办、局：\n现将《某区人民政府工作规则》印发给你们。\n"
    raw = read_text(text)
    assert raw.metadata.get("发布时间") == "2022-01-29"
    assert "公众号" not in raw.metadata


def test_a_gallerys_file_names_over_a_headline_with_a_subtitle_the_text_names_again() -> None:
    """Picture file names over the headline (9.jpg, 《采茶》某某 摄于某地_副本.jpg) are not read;
    the headline keeps its subtitle after the dash though the text names it in a sentence."""
    text = (
        "9.jpg\n《采茶》某某  摄于某某茶博园_副本.jpg\nP111 苏扇_副本.jpg\n"
        "“奋进新江苏 建功新时代”系列新闻发布会——经济发展专场\n来源:中国江苏网   2022-05-23 17:16:00\n\n"
        "各位记者朋友，大家上午好。\n\n今年，省政府新闻办组织举办系列主题新闻发布会。今天是系列发布的首场——经济发展专场。\n"
    )
    raw = read_text(text)
    assert raw.title == "“奋进新江苏 建功新时代”系列新闻发布会——经济发展专场"
    assert paragraph_texts(raw)[0] == "各位记者朋友，大家上午好。"


def test_a_cut_link_over_a_headline_the_text_repeats_and_a_headline_set_in_brackets() -> None:
    """关于印发《某某计划》的 (a related link, cut off) over a headline that the text's first line
    prints again: the headline alone is the title. 【某某会议】 set whole in the site's brackets
    is the headline without them."""
    linked = read_text(
        "国家发展改革委等部门关于印发《电解铝行业节能降碳专项行动计划》的\n"
        "天津深入打好污染防治攻坚战 实施“1+3+8”行动计划\n"
        "天津深入打好污染防治攻坚战 实施“1+3+8”行动计划环保网获悉，5月10日，天津市人民政府发布了通知。\n"
        "通知提出加强生态环境综合治理，深入打好污染防治攻坚战。\n"
    )
    assert linked.title == "天津深入打好污染防治攻坚战实施“1+3+8”行动计划"
    bracketed = read_text("【政协年中工作会议】\n\n2015-09-23 来源: 上海普陀\n\n  8月7日在区图书馆举行，与会委员听取了区政府半年工作报告。\n")
    assert bracketed.title == "政协年中工作会议"


def test_a_pages_foot_of_pagers_empty_link_numbers_and_account_boxes_is_not_read() -> None:
    """A mobile page's pager and bar, a box of links that lost their titles (1. … 5.), a portal's
    foot (投稿·合作, 热门跟贴), a WeChat mirror's foot run into one line, the account's copyright
    note and topic links, a news site's box title and follow line: none is read."""
    text = (
        "某县关于严禁在公路上打场晒粮的通告\n\n为保障公路安全畅通，现就有关事项通告如下。\n\n"
        "一、严禁在公路上打场晒粮、堆放杂物。\n\n二、本通告自发布之日起实施。\n\n某县交通运输局\n\n2025年6月5日\n\n"
        "来源:某县人民政府网\n投稿·合作:微信66350359\n1.\n2.\n3.\n4.\n5.\n热门跟贴\n"
        "预览时标签不可点收录于话题#个上一篇下一篇\n"
        "【版权声明】本公众号所发原创文章版权均属某某发布所有，转载需遵守国家版权相关规定。\n相关话题\n"
        "分享到微信\n新鲜资讯\n关注某某经济\n1/2 下一页 上一页 首页 尾页\n返回 |  刷新 |  WAP首页 |  网页版  | 登录\n"
    )
    raw = read_text(text)
    assert paragraph_texts(raw)[-1] == "2025年6月5日"


def test_a_portals_news_centre_link_is_not_read() -> None:
    text = (
        "区府办信息公开报告\n"
        "为深入贯彻落实《中华人民共和国政府信息公开条例》，推动各级行政机关积极主动地履行好政府信息公开职责，制定本意见。\n"
        "點擊更多新聞進入新聞中心 要聞 時政新聞\n"
    )
    assert paragraph_texts(read_text(text)) == [
        "为深入贯彻落实《中华人民共和国政府信息公开条例》，推动各级行政机关积极主动地履行好政府信息公开职责，制定本意见。"
    ]


def test_a_foot_list_of_tagged_related_news_and_picture_labels_are_not_read() -> None:
    """- 疫情|某市新增本土感染者7例 … under the signature: the site's related news, tagged with a
    column's word and a bar (one untagged among them); 文章插图, 网站截图 and 图集 on lines of
    their own label pictures."""
    text = (
        "关于调整部分地区风险等级的通告\n文章插图\n"
        "根据国务院联防联控机制有关规定，经专家组综合评估研判，现将有关事项通告如下。\n"
        "领导小组办公室\n2022年3月11日\n网站截图\n来源 :某省卫生健康委员会官网\n"
        "- 吉林|明起上海中小学线上教学\n- 疫情|长春全市小区实行封闭式管理\n- 宜昌疾控发布3月10日疫情防控提醒\n"
        "- 疫情|吉林本轮疫情累计526例确诊 长春市九台区疫情处于快速上升期\n- 吉林省|吉林省发布会：疫情处于快速上升期\n"
    )
    raw = read_text(text)
    assert paragraph_texts(raw) == [
        "根据国务院联防联控机制有关规定，经专家组综合评估研判，现将有关事项通告如下。",
        "领导小组办公室",
        "2022年3月11日",
    ]


def test_a_forum_threads_bars_and_a_papers_content_record_are_not_read() -> None:
    """A forum's bar over the thread (某某吧 关注:1贴子:16 / • 0回复贴,共1) and the post's foot (IP属地
    …回复), a repost's box title (【往期推荐】), a picture's hint and a content system's record
    left at the foot (… content_139875.html … /enpproperty-->): none is read."""
    text = (
        "某某村吧 关注:1贴子:16\n  • 0回复贴,共1\n\n禁燃禁放禁售烟花爆竹 | 致某某乡广大群众的一封信\n\n"
        "某某乡广大群众们：值此春节即将来临之际，向您致以新春的问候。\n\n某某乡人民政府2024年2月9日\n"
        "（点击图片可放大查看）\n【往期推荐】\nIP属地：河南来自Android客户端1楼2024-02-12 07:33回复\n"
        "2024-09-07 1 1 某某日报 content_139875.html 1 断交通告 /enpproperty-->\n"
    )
    raw = read_text(text)
    assert paragraph_texts(raw) == ["某某乡广大群众们：值此春节即将来临之际，向您致以新春的问候。", "某某乡人民政府2024年2月9日"]


def test_a_sites_sign_in_box_and_a_papers_masthead_bar_are_not_read() -> None:
    text = (
        "陕西工人报官方网站 | 陕工网首页 今天是\n不良信息举报电话:陕工网(029-87339475)\n"
        "某街道环境卫生整治无死角\n城市提质行动启动以来，某街道在辖区开展环境卫生整治。\n(编辑:某某)\n"
        "扫一扫在手机打开当前页\n账号+密码登录\n还没有账号?\n立即注册\n"
    )
    raw = read_text(text)
    assert raw.title == "某街道环境卫生整治无死角"
    assert paragraph_texts(raw) == ["城市提质行动启动以来，某街道在辖区开展环境卫生整治。"]


def test_a_reposts_original_title_line_repeating_the_headline_is_not_read_and_not_the_title() -> None:
    """原標題：… under the byline names the headline printed above it again: the headline is the
    title (no label), the repeat is not read; a toolbar of font and favourite buttons is chrome."""
    text = (
        "全部\n\n山東發布設鎮、街道標準\n\n來源:齊魯晚報\n\n作者:\n\n2021-01-03 10:31:01\n\n"
        "加大字体 缩小字体 收藏 取消收藏 打印\n\n原標題:山東發布設鎮、街道標準\n\n"
        "近日，山東省政府辦公廳印發《山東省設立鎮標準》，明確了設立鎮的基本條件。\n"
    )
    raw = read_text(text)
    assert raw.title == "山東發布設鎮、街道標準"
    assert paragraph_texts(raw) == ["近日，山東省政府辦公廳印發《山東省設立鎮標準》，明確了設立鎮的基本條件。"]


def test_an_empty_read_counter_with_its_unit_and_a_heading_over_a_labelled_item() -> None:
    """阅读: 次 (the count never filled, its unit left) is the site's counter, no part of the 来源
    before it; 三、禁止燃放的区域范围 over 东：… is a heading over its first item, not a word cut."""
    row = parse_metadata_line("发布日期:2018-05-09   作者: 省人民政府办公厅    来源: 省人民政府办公厅    阅读: 次   字体")
    assert row == {"发布日期": "2018-05-09", "作者": "省人民政府办公厅", "来源": "省人民政府办公厅"}
    raw = read_text("某县关于禁止燃放烟花爆竹的通告\n\n三、禁止燃放的区域范围\n\n东:某镇原殡仪馆至某火车站,以京广铁路为界;\n")
    assert paragraph_texts(raw)[0] == "三、禁止燃放的区域范围"
