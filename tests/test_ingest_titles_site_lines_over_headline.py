"""The site's lines over a page's headline never taken as the title or its first part: a crumb
trail with doubled marks, a document collection's category path and its counter list, a page's
calendar line, a list of related headlines, a widget's label, a forum post's name. Made-up
pages of the kinds seen."""

from __future__ import annotations

from helpers import finding_kinds, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_title_words import is_organ_name

BODY = "根据有关规定，现将本单位年度工作情况说明如下，全年各项工作均按计划推进并完成。"


def test_a_crumb_trail_with_doubled_marks_is_no_headline() -> None:
    """当前位置：首页>>政务公开>>…>>2024年预决算 (a toolbar word glued before it) ends as a title
    does, yet it is the site's trail: the headline under it is the title."""
    headline = "2024年度某某县农业农村局（本级）部门决算"
    raw = read_text(
        f"长者模式当前位置： 首页>>政务公开>>财政信息>>预决算公开>>2024年预决算\n{headline}\n"
        f"发布时间：2025-08-01\n{BODY}\n"
    )
    assert raw.title == headline
    assert "chrome-dropped" in finding_kinds(raw)
    assert not any("当前位置" in text for text in paragraph_texts(raw))


def test_a_portals_trail_from_its_name_is_no_headline_over_a_writers_name() -> None:
    """某某网>>某省频道>>本网专稿 / headline / the writer's name / the date row: the trail starts at
    the portal's name, not 首页; the headline is the line over the writer and the date, though it
    ends with no title word."""
    headline = "共振某省！政府工作报告赢得31次掌声"
    raw = read_text(
        f"某某网>>某省频道>>本网专稿\n\n{headline}\n\n某某某\n2023年01月16日12:23 | 来源：某某网-某省频道\n\n{BODY}\n"
    )
    assert raw.title == headline
    assert not any("频道" in text for text in paragraph_texts(raw))


def test_a_collections_category_path_is_no_headline() -> None:
    """文库 实用文档 报告/总结: the categories of a document collection, the last naming kinds set
    apart by a slash; a title set letter-spaced (全镇 农业 农村 工作 要点) stays the title."""
    headline = "2023年某某县人民政府工作报告"
    raw = read_text(f"文库 实用文档 报告/总结\n{headline}\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n")
    assert raw.title == headline
    raw = read_text(f"全镇 农业 农村 工作 要点\n{BODY}\n")
    assert raw.title == "全镇 农业 农村 工作 要点"


def test_a_collections_counter_list_is_no_headline() -> None:
    """- 0 / - 约3.2千字 / - 约 7页: a collection's counters set as a list over the headline; a
    hyphen and a space open a list item, not a report's occasion (——在…会议上)."""
    headline = "2025年某某社区工作计划"
    raw = read_text(f"- 0\n- 0\n- 约3.2千字\n- 约 7页\n- 2025-03-01 发布于某省\n{headline}\n{BODY}\n")
    assert raw.title == headline
    assert not any("千字" in text for text in paragraph_texts(raw))
    # the occasion under a report's heading is still one, with its dash
    raw = read_text(
        "某某县政府工作报告\n——2025年1月8日在某某县第五届人民代表大会第三次会议上\n各位代表：\n"
        "现在，我代表县人民政府向大会报告工作。\n"
    )
    assert raw.title == "某某县政府工作报告"
    assert paragraph_texts(raw)[0].startswith("——2025年1月8日")


def test_a_pages_calendar_line_is_no_part_of_the_title() -> None:
    """2023年11月5日 星期天 over the headline: the site's clock, not the start of a title broken over
    two lines; dropped with a finding. A title whose first line ends in a date stays joined."""
    headline = "某县民政局关于对某某县政协第三次会议第123号提案的复函"
    raw = read_text(f"2023年11月5日 星期天\n{headline}\n发布时间：2024-05-29 15:52:32\n张某委员：\n{BODY}\n")
    assert raw.title == headline
    assert "chrome-dropped" in finding_kinds(raw)
    raw = read_text(f"关于某县2024年预算执行情况\n和2025年预算草案的报告\n{BODY}\n")
    assert raw.title == "关于某县2024年预算执行情况和2025年预算草案的报告"


def test_a_notices_count_in_brackets_ends_it_as_a_title() -> None:
    """某某指挥部通告（第1号）: the count of a series after the kind still ends the title, so under a
    list of related news headlines (one ending …的致歉声明) the notice over its date row is the
    headline; the list is dropped with a finding."""
    notice = "某某市疫情防控指挥部通告（第3号）"
    raw = read_text(
        "金牌再添一枚！某某队获得跳水世界杯男子双人比赛冠军\n有你几件？一季度全国快递业务量累计完成百亿件\n"
        "某某品牌发布马拉松赛的致歉声明\n一季度全国网上零售额3万亿元 同比增12%\n"
        f"{notice}\n2021-01-28 15:17\n当前，疫情形势依然严峻，为切实做好防控工作，现通告如下。\n"
    )
    assert raw.title == notice
    assert "chrome-dropped" in finding_kinds(raw)


def test_a_widgets_label_over_a_whole_title_is_not_its_first_part() -> None:
    """点击收听本文语音 over 某镇人民政府2024年…年度报告: the second line opens as a title does (a
    name with its year) and ends as one, so the widget's words over it are the page's, dropped
    with a finding, not the title's first part."""
    headline = "某某镇人民政府2024年政府信息公开工作年度报告"
    raw = read_text(f"点击收听本文语音\n{headline}\n一、总体情况\n{BODY}\n")
    assert raw.title == headline
    assert "chrome-dropped" in finding_kinds(raw)
    assert not any("点击收听" in text for text in paragraph_texts(raw))


def test_a_forum_posts_name_over_a_speech_title_is_not_its_first_part() -> None:
    """[转载] 说说我们的县长 over 某某在全县经济工作会议上的讲话: the speech names its speaker and
    the meeting and ends as a title does; the post's name over it is not read as its start."""
    headline = "王某某在全县经济工作会议上的讲话"
    raw = read_text(f"[转载] 说说我们的县长\n{headline}\n同志们：\n今天的会议主要任务是部署全年经济工作。\n")
    assert raw.title == headline
    assert not any("县长" in text for text in paragraph_texts(raw))


def test_a_skip_link_over_the_headline_is_no_part_of_it() -> None:
    """跳至內容 (an accessible page's or a wiki's skip link, set first) over the headline: the site's
    line, dropped with a finding, never the title's first part; a title really broken over two
    lines is still joined."""
    headline = "2024年某某县人民政府工作报告"
    raw = read_text(f"跳至內容\n\n{headline}\n\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n")
    assert raw.title == headline
    assert "chrome-dropped" in finding_kinds(raw)
    raw = read_text(f"某某县人民政府关于加强\n春季森林防火工作的通知\n{BODY}\n")
    assert raw.title == "某某县人民政府关于加强春季森林防火工作的通知"


def test_a_columns_bilingual_banner_over_the_headline_is_no_part_of_it() -> None:
    """Policy政策文件: a column's English name glued to its Chinese one, over a crumb trail and the
    headline: the site's banner, not the title's start; an acronym opening a title (APEC) is no
    English column name."""
    headline = "市政府关于加快发展某某产业的实施意见"
    raw = read_text(f"Policy政策文件\n\n首页 > 政策文件 > 政策指引\n\n{headline}\n各区人民政府：\n{BODY}\n")
    assert raw.title == headline
    assert not any("Policy" in text for text in paragraph_texts(raw))
    for banner in ("Policy Documents 政策文件", "PolicyDocuments政策文件", "Laws and Regulations 法规"):
        raw = read_text(f"{banner}\n\n首页 > 政策文件 > 政策指引\n\n{headline}\n各区人民政府：\n{BODY}\n")
        assert raw.title == headline, banner
    raw = read_text(f"APEC会议某某市\n筹备工作方案\n{BODY}\n")
    assert raw.title == "APEC会议某某市筹备工作方案"


def test_the_sites_banner_over_a_headline_set_as_phrases_is_no_title() -> None:
    """某某市统计局 / 某某市人民政府网站 (the organ that runs the site over the site's name) over a
    headline set as phrases apart by spaces and the page's stamp row: the banner is the site's, the
    phrases over the stamp are the headline, no menu bar."""
    headline = "2024年全市经济稳中有进 奋发有为 再谱高质量发展新篇"
    raw = read_text(
        f"某某市统计局\n某某市人民政府网站\n{headline}\n2025-01-19 17:42:07     来源： 市统计局\n"
        f"2024年，全市上下坚持稳中求进工作总基调，经济运行总体平稳。\n"
    )
    assert raw.title == headline
    assert "chrome-dropped" in finding_kinds(raw)


def test_an_organ_over_its_documents_title_and_a_menu_bar_are_left_as_they_were() -> None:
    """An organ's name over its bulletin's title (no site's name under it) still opens the title;
    a menu bar (首页 政务公开 办事服务 互动交流) over the headline is still the site's."""
    raw = read_text(f"某某市统计局\n2024年某某市国民经济和社会发展统计公报\n{BODY}\n")
    assert raw.title == "某某市统计局2024年某某市国民经济和社会发展统计公报"
    headline = "某某县人民政府关于加强春季森林防火工作的通知"
    raw = read_text(f"首页 政务公开 办事服务 互动交流\n{headline}\n2025-03-01 09:00 来源：县应急局\n{BODY}\n")
    assert raw.title == headline


def test_a_spammed_keyword_list_is_never_the_title() -> None:
    """某某在线观看-某某免费下载-…: short phrases joined by hyphens, none naming a document, set as a
    spammed page's title: dropped with a finding; the text then names itself (《某某规定》已经…通过，
    现予公布 and the regulation printed under its title)."""
    rule = "某某市城市生活垃圾分类管理暂行规定"
    raw = read_text(
        "精品影视在线观看-免费高清视频-最新电影网站-免费 下载-成人 视频\n"
        f"《{rule}》已经市政府常务会议讨论通过，现予公布，自2011年4月1日起施行。\n"
        f"市长 某某 二○一一年二月十日 {rule}\n第一条 为加强城市生活垃圾分类管理，制定本规定。\n",
        source="/tmp/xx-2011.txt",
    )
    assert raw.title == rule
    assert not any("在线观看" in text for text in paragraph_texts(raw))


def test_a_title_with_a_hyphen_or_two_is_no_keyword_list() -> None:
    """某某市国土空间总体规划-2025年修订: a title's own hyphen joins two parts; it stays the title."""
    headline = "某某市国土空间总体规划-2025年修订"
    raw = read_text(f"{headline}\n{BODY}\n")
    assert raw.title == headline


def test_a_menu_set_one_link_a_line_is_no_rest_of_the_sites_name() -> None:
    """某某市人民政府 over its menu set one link a line (政府信息公开指南 / 政府信息公开制度 / 信用信息 /
    …), the headline far below over its date row: the menu's first item is no rest of a title
    begun by the site's name; the headline is the title."""
    menu = "\n".join(["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "信用信息", "扶贫救助", "就业创业", "住房保障"])
    headline = "某某市应对疫情工作领导小组办公室通告"
    raw = read_text(f"某某市人民政府\n{menu}\n{headline}\n发布时间：2022-01-29\n各位市民：\n{BODY}\n")
    assert raw.title == headline


def test_a_title_broken_over_two_lines_over_its_text_is_still_joined() -> None:
    """某某县人民政府关于 / 加强春季防火的通知 over 各乡镇： and the text: no menu, one title."""
    raw = read_text(f"某某县人民政府关于\n加强春季防火的通知\n各乡镇：\n{BODY}\n")
    assert raw.title == "某某县人民政府关于加强春季防火的通知"


def test_a_kinds_column_over_a_headline_naming_it_more_fully_with_a_note() -> None:
    """政府工作报告 (the column) over 某某在某市八届人大五次会议上的政府工作报告（摘登） and its byline:
    the headline names the same kind more fully; its note (摘登) is the document's own."""
    headline = "某某某在某某市八届人大五次会议上的政府工作报告（摘登）"
    raw = read_text(f"政府工作报告\n{headline}\n2023年01月17日 来源： 《某某日报》\n今年政府工作的总体要求是：坚持稳中求进。\n")
    assert raw.title == headline
    assert "chrome-dropped" in finding_kinds(raw)
    # the kind alone over the text is the title
    raw = read_text("政府工作报告\n今年政府工作的总体要求是：坚持稳中求进。\n")
    assert raw.title == "政府工作报告"


def test_a_sites_home_link_over_the_headline_is_no_title() -> None:
    """某某日报首页 over the headline: the link to the site's home page, never the document's title."""
    raw = read_text(f"某某日报首页\n某某县召开全县经济工作会议\n2021-08-11 12:28:02 来源：某某日报社\n{BODY}\n")
    assert raw.title == "某某县召开全县经济工作会议"


def test_a_newspaper_pages_headline_and_dash_subtitle_under_its_date_and_edition() -> None:
    """2024年02月09日 / 第04版：某某新闻 PDF版 over 干在实处 走在前列 / ——某某区政府工作报告解读: the
    paper's date and edition are the page's; the headline of phrases and its subtitle are the title."""
    raw = read_text(
        "2024年02月09日\n第04版：某某新闻 PDF版\n干在实处 走在前列\n——某某区政府工作报告解读\n"
        f"记者 某某某 通讯员 某某某\n{BODY}\n"
    )
    assert raw.title == "干在实处 走在前列——某某区政府工作报告解读"


def test_an_empty_time_label_does_not_take_the_title_under_it() -> None:
    """更新时间： left empty over the report's title line: the title holds its year, yet it is no time."""
    title = "某某市某某区人民政府办公室2023年政府信息公开工作年度报告"
    raw = read_text(f"更新时间：\n{title}\n一、总体情况\n{BODY}\n")
    assert raw.title == title
    raw = read_text(f"更新时间：\n2024年3月5日 10:20\n{title}\n一、总体情况\n{BODY}\n")
    assert raw.title == title
    assert raw.metadata["更新时间"].startswith("2024年3月5日")


def test_a_headline_with_its_number_in_brackets_outranks_the_byline_under_it() -> None:
    """某某人民政府关于同意设立某某开发区的批复（某政函〔2020〕43号） over the site's byline row and its
    fields: the headline ends as a title once its number is set aside; the number is metadata."""
    raw = read_text(
        "某某自治区人民政府关于同意设立某某经济技术开发区的批复（某政函〔2020〕43号）\n某某法律网 作者：某某\n"
        "来源： 政府 某某法律网 时间： 2020-05-15 16:10:46\n某某市人民政府，自治区商务厅：\n"
        "你们关于设立自治区级某某经济技术开发区的请示收悉。现批复如下：\n"
    )
    assert raw.title == "某某自治区人民政府关于同意设立某某经济技术开发区的批复"
    assert raw.metadata["发文字号"] == "某政函〔2020〕43号"


def test_a_notices_count_in_brackets_with_its_kind_after_it_is_metadata() -> None:
    """关于…的通告（2022年第76号通告）: the notice's count, written with its kind after it, is its
    number (metadata), not part of the title read first."""
    raw = read_text("关于在全县实行静态管理的通告（2022年第76号通告）\n为切实做好疫情防控工作，现将有关事项通告如下：\n")
    assert raw.title == "关于在全县实行静态管理的通告"
    assert raw.metadata["发文字号"] == "2022年第76号通告"


def test_a_columns_menu_over_a_headline_naming_one_entry_more_fully_is_dropped() -> None:
    """政 策 / 政府信息公开指南 / 政府信息公开制度 / … / 某县人民政府信息公开指南(2024年): the menu's
    entry names the kind the headline names in full, with its place; the headline is the title and
    the menu is not read."""
    menu = ["政      策", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "乡镇部门信息公开"]
    raw = read_text(
        "\n\n".join([*menu, "某某县人民政府信息公开指南(2024年)"])
        + "\n\n为了更好地提供政府信息公开服务，根据有关规定，编制本指南。\n\n一、政府信息公开范围\n\n县政府信息公开坚持公开为常态。\n"
    )
    assert raw.title == "某某县人民政府信息公开指南（2024年）"
    assert not any(line in " ".join(paragraph_texts(raw)) for line in menu[1:])


def test_a_gazettes_issue_date_over_the_headline_is_no_part_of_the_title() -> None:
    """A provincial gazette's page: 1996年第8期 / 1996年03月15日出版 over the trail and the headline.
    The issue's date is the gazette's, never the start of a title broken over lines."""
    raw = read_text(
        "1996年第8期\n\n1996年03月15日出版\n\n首页 > 政务公开 > 省政府公报 > 1996年 > 第8期\n【打印】 【字体:\n\n"
        "关于做好制定东西两翼规划工作的通知\n\n某府办[1996]21号\n\n各有关市人民政府：\n现就有关事项通知如下。\n"
    )
    assert raw.title == "关于做好制定东西两翼规划工作的通知"
    assert "1996年03月15日出版" not in "".join(paragraph_texts(raw))


def test_a_law_mirrors_issuer_between_the_titles_copies_is_the_issuing_organ() -> None:
    """某某条例 / byline / 某某条例 / 国务院 / 某某条例: a law mirror's record prints the issuer between
    the title's copies. It is the 发文机关, not part of a 条例's title; a 关于… title still takes
    its issuer before it."""
    byline = "作者:法律资料网 时间:2024-05-18 12:15:55 来源: 法律资料网\n下载地址: 点击此处下载\n"
    law = read_text(f"某某饲料管理条例\n{byline}某某饲料管理条例\n国务院\n某某饲料管理条例\n第一章 总则\n第一条 为了加强管理，制定本条例。\n")
    assert law.title == "某某饲料管理条例"
    assert law.metadata["发文机关"] == "国务院"
    notice = "关于颁发《某某管理办法》的通知"
    about = read_text(f"{notice}\n{byline}{notice}\n交通部\n{notice}\n各省、自治区交通厅：\n现将办法颁发给你们。\n")
    assert about.title == f"交通部{notice}"


def test_an_archives_month_over_a_headline_naming_its_issuer_is_no_part_of_the_title() -> None:
    """2024年12月 over 某市制定地方性法规条例: the archive's month, not the start of the title."""
    raw = read_text("2024年12月\n\n某市制定地方性法规条例\n\n（2001年2月12日某市人民代表大会通过）\n\n第一章 总则\n\n第一条 为了规范立法活动，制定本条例。\n")
    assert raw.title == "某市制定地方性法规条例"


def test_a_column_with_its_office_in_brackets_over_a_headline_naming_its_place_is_the_sites() -> None:
    """教育教学（教务处） / 政策法规 / the trail over 某省职业院校教材管理细则: the column's name and the
    office keeping it, never the start of the title."""
    raw = read_text(
        "教育教学(教务处)\n政策法规\n您当前的位置:首页 > 服务指南 > 政策法规\n\n某省职业院校教材管理细则\n\n"
        "发布时间: 2023-05-23 作者:\n\n第一条 为加强职业院校教材管理，制定本细则。\n"
    )
    assert raw.title == "某省职业院校教材管理细则"
    assert not any("教务处" in text for text in paragraph_texts(raw))


def test_a_stray_copy_of_the_occasion_over_the_headline_is_no_title() -> None:
    """——2020年5月20日在某县…会议上 / (某省)2020年某县人民政府工作报告(全文) / the occasion again: the
    stray copy at the top is no title; the headline is, the occasion under it is read once."""
    occasion = "——2020年5月20日在某县第十七届人民代表大会第四次会议上"
    raw = read_text(f"{occasion}\n(某省)2020年某县人民政府工作报告(全文)\n{occasion}\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n")
    assert raw.title == "2020年某县人民政府工作报告"
    assert paragraph_texts(raw).count(occasion) == 1


def test_a_sites_name_over_the_headline_its_byline_marks_is_no_title() -> None:
    """某某财经日报 over 某市发布重要公告！ over 某某财经日报 2021-01-09 20:10: the row under the
    second line marks it as the headline, and names the first line as the story's source; a name
    too short to be a title over such a headline is the site's too. A title that ends as one
    (政府工作报告) stays, and so does a headline over its dashed subtitle."""
    text = "1月9日，某市发布公告，即日起禁止市民进入河道冰面。公告全文如下。\n"
    raw = read_text(f"某某财经日报\n某市发布重要公告！\n某某财经日报 2021-01-09 20:10\n{text}")
    assert raw.title == "某市发布重要公告！"
    assert raw.metadata["网站"] == "某某财经日报"
    assert "某某财经日报" not in paragraph_texts(raw)
    raw = read_text(f"财经频道\n某市发布重要公告！\n来源：某市融媒体中心 2021-01-09 20:10\n{text}")
    assert raw.title == "某市发布重要公告！"
    raw = read_text(f"政府工作报告\n某县人民政府县长 张某\n2021-01-09 20:10\n{text}")
    assert raw.title == "政府工作报告"
    raw = read_text(f"春耕正当时\n——某县抓好春耕生产纪实\n来源：某县融媒体中心 2024-03-01 10:00\n{text}")
    assert raw.title.startswith("春耕正当时")


def test_a_teaser_cut_short_over_the_page_is_no_title_nor_is_the_number_under_it() -> None:
    """某公司与某集团签署战略合作协...... printed twice over the page: the text of a link to another
    story, cut short by the site; the number under it (某政发〔2018〕30号) is a field. The notice
    names the plan it prints, and the plan's own title line stands further down: that is the title."""
    teaser = "8月7日，某公司与某集团签署战略合作协......"
    plan = "某省打赢蓝天保卫战三年行动计划"
    raw = read_text(
        f"{teaser}\n{teaser}\n某政发〔2018〕30号\n各市、县人民政府，省政府各部门：\n"
        f"现将《{plan}》印发给你们，请认真贯彻执行。\n某省人民政府\n2018年7月29日\n{plan}\n"
        "为打赢蓝天保卫战，制定本计划。\n一、总体要求\n坚持全民共治、源头防治。\n"
    )
    assert raw.title == plan
    assert raw.metadata["发文字号"] == "某政发〔2018〕30号"
    texts = paragraph_texts(raw)
    assert teaser not in texts and "某政发〔2018〕30号" not in texts
    assert texts[0] == "各市、县人民政府，省政府各部门："
    assert "chrome-dropped" in finding_kinds(raw)


def test_a_sites_version_line_taken_for_the_title_gives_way_to_the_headline_under_it() -> None:
    """• 某某网移动版 / 某某网移动版 over the headline, its stamp and its source: the line taken for
    the title reads as the site's (a site's version); the headline under it, over its date row, is
    the title, and the site's line goes to the metadata."""
    headline = "近三年全国两会首场发布会回顾：哪些话题成为必答题？"
    raw = read_text(
        f"• 某某网移动版\n某某网移动版\n{headline}\n2021-03-03 09:19:00\n来源：某某新闻\n"
        "3月4日，全国两会将拉开帷幕。每年的全国政协新闻发布会都作为全国两会的首场发布会。\n"
    )
    assert raw.title == headline
    assert raw.metadata.get("网站") == "某某网移动版"
    assert "某某网移动版" not in paragraph_texts(raw)


def test_a_letterhead_over_the_headline_is_the_issuers_not_the_sites() -> None:
    """文章播报 / 某市某乡人民政府文件 / 某政〔2009〕3号 / 关于转发…的通知: the letterhead among the
    lines dropped over the headline names the issuer (发文机关), with its own finding; the widget's
    word is the site's."""
    raw = read_text(
        "文章播报\n某市某乡人民政府文件\n某政〔2009〕3号\n关于转发《某某指挥部关于做好元旦春节期间森林防火工作的紧急通知》\n"
        "各行政村：\n元旦春节即将到来，现将通知转发给你们，请认真贯彻执行。\n"
    )
    assert raw.title.startswith("关于转发《某某指挥部")
    assert raw.metadata["发文机关"] == "某市某乡人民政府"
    assert any("文件头" in f.message for f in raw.findings)
    assert "某市某乡人民政府文件" not in paragraph_texts(raw)


def test_a_banners_slogan_and_a_search_box_over_a_headline_reprinted_under_its_fields() -> None:
    """A congress site's slogan (…构建和谐文明某州。…依然美丽！), its search box's label (信息搜索：), a
    column and its leader's name over 某州…公文处理办法 / 来源：… / 访问量： / 更新日期：… and the title
    printed again, broken over two lines (dev78, session 43): the headline over the fields, printed
    again below them, is the title; the lines over it are the site's; the fields are metadata; the
    reprint is not read again."""
    title = "某某自治州人民代表大会常务委员会机关公文处理办法"
    raw = read_text(
        "宣传人大制度 交流人大经验；推进民主法制建设 构建和谐文明某州。地震之后，某州依然美丽！\n信息搜索：\n主任之窗\n"
        f"某州人大常委会主任\n张某某\n自身建设\n{title}\n来源：州人大\n访问量：\n更新日期：2024-01-12\n"
        "某某自治州人民代表大会\n常务委员会机关公文处理办法\n第一章 总则\n第一条 为规范公文处理工作，制定本办法。\n"
    )
    assert raw.title == title
    assert raw.metadata.get("更新日期") == "2024-01-12"
    spoken = "".join(paragraph_texts(raw))
    for chrome in ("依然美丽", "信息搜索", "主任之窗", "张某某", "更新日期", "机关公文处理办法"):
        assert chrome not in spoken, chrome


def test_a_sentence_over_a_headline_that_is_not_printed_again_stays_text() -> None:
    """A lead sentence over a line followed by a date row, the line not printed again below: the
    lead is the text, never dropped as the site's."""
    raw = read_text(f"今年以来，我县扎实推进防汛准备工作。\n某县召开防汛工作会议\n2024-05-06 10:00\n{BODY}\n")
    assert paragraph_texts(raw)[0] == "今年以来，我县扎实推进防汛准备工作。"


def test_a_two_crumb_trail_with_double_marks_over_the_headline_is_no_part_of_it() -> None:
    """新法规速递>>纯文字版 over 某省…条例 (a law site's column and its text-only view; dev81, session 43):
    a trail's marks (>>, », ＞＞) stand in no title, so the line is not the title's first half."""
    title = "某某省人民代表大会常务委员会制定批准地方性法规条例"
    for trail in ("新法规速递>>纯文字版", "法规速递»正文"):
        raw = read_text(
            f"{trail}\n{title}\n某某\n《{title}》已由某某省\n第二届人民代表大会常务委员会第三次会议于1998年9月24日通过，现\n"
            "予公布，自1998年11月1日起施行。\n"
        )
        assert raw.title == title, trail


def test_an_apps_download_banner_is_no_part_of_the_title() -> None:
    """我要投稿 下载某某APP over the headline: the news app's banner, never the first half of a title
    broken over two lines; dropped as the site's."""
    headline = "某市人大代表审议政府工作报告"
    raw = read_text(f"我要投稿 下载某某APP\n{headline}\n文章来源：某某客户端发布时间：2025-01-20 11:29:10\n{BODY}\n")
    assert raw.title == headline
    assert not any("APP" in text for text in paragraph_texts(raw))
    raw = read_text(f"下载某某新闻客户端\n{headline}\n发布时间：2025-01-20 11:29:10\n{BODY}\n")
    assert raw.title == headline


def test_a_county_media_centres_name_is_no_title() -> None:
    """某某自治县广播电视台 (or 某某县融媒体中心) over a headline and its byline: the broadcaster that
    runs the county's news site, never the title."""
    headline = "某省“十四五”规划纲要全文来了！"
    for site in ("某某蒙古族自治县广播电视台", "某某县融媒体中心"):
        raw = read_text(f"{site}\n• 客户端下载\n{headline}\n时间：2021-04-24 13:49:06 来源：某某\n{BODY}\n")
        assert raw.title == headline
        assert not any(site in text for text in paragraph_texts(raw))


def test_a_column_naming_only_the_kind_is_no_title() -> None:
    """政府信息公开年度报告 over 某某局2025年政府信息公开工作年度报告: the site's column, named after the
    kind, over the document's own title that says it more fully; the fuller one is the title and
    the column is not read. A kind alone over text stays the title."""
    own = "某某市某某管理局2025年政府信息公开工作年度报告"
    raw = read_text(f"政府信息公开年度报告\n{own}\n发布日期：2026-01-28来源：某某市某某管理局\n{BODY}\n")
    assert raw.title == own
    assert "政府信息公开年度报告" not in paragraph_texts(raw)
    raw = read_text(f"政府工作报告\n{BODY}\n")
    assert raw.title == "政府工作报告"


def test_the_sites_name_and_a_short_kind_column_over_the_headline_and_its_own_title_broken_below() -> None:
    """某市某区人民政府 / 政府信息公开年报 / 某区某街道2025年…年度报告 / its field row / the document's
    own title broken in two, its city named in full: the portal's name (the headline names its
    district) and the column (年报, the kind said short) are not read, the own title joined is the
    title (it says the headline more fully) and is not read again."""
    headline = "某区某某街道2025年政府信息公开工作年度报告"
    text = f"某某市某区人民政府\n\n政府信息公开年报\n{headline}\n\n发布时间:2026-01-19 18:36\n\n某某市某区某某街道2025年政府\n\n信息公开工作年度报告\n\n{BODY}\n"
    raw = read_text(text)
    assert raw.title == "某某市某区某某街道2025年政府信息公开工作年度报告"
    assert paragraph_texts(raw) == [BODY]
    # Printed again whole, the broken title is the headline once more: not read either.
    raw = read_text(f"{headline}\n发布时间:2026-01-19 18:36\n某区某某街道2025年政府\n信息公开工作年度报告\n{BODY}\n")
    assert raw.title == headline
    assert paragraph_texts(raw) == [BODY]


def test_what_the_site_name_and_broken_title_rules_must_not_touch() -> None:
    """A line under the headline that merely starts it (a lead sentence) is read; a kind line over
    a title of another kind stays; a portal over a headline naming another place stays its title's."""
    headline = "某区某某街道2025年政府信息公开工作年度报告"
    lead = "某区某某街道2025年政府信息公开工作"
    raw = read_text(f"{headline}\n发布时间:2026-01-19 18:36\n{lead}\n取得新进展，现报告如下。\n{BODY}\n")
    assert raw.title == headline
    assert paragraph_texts(raw)[0].startswith(lead)
    raw = read_text(f"某某市某区人民政府\n\n政府信息公开年报\n某区某某街道2025年工作总结\n\n{BODY}\n")
    assert raw.title != "某区某某街道2025年工作总结" or "政府信息公开年报" in "".join(paragraph_texts(raw))


def test_a_question_headline_over_a_dated_row_and_its_repeat() -> None:
    """某县哪些人可以申请社会救助？ / 热点资讯2022-11-02 19:33:36某某百科 / the headline again: a
    question is the headline when the page's dated row stands under it and the headline is printed
    again below; the row and the repeat are not read."""
    headline = "某某县哪些人可以申请社会救助？"
    raw = read_text(f"{headline}\n热点资讯2022-11-02 19:33:36某某百科\n{headline}\n{BODY}\n")
    assert raw.title == headline
    assert paragraph_texts(raw) == [BODY]


def test_a_wechat_day_and_account_and_the_title_again_with_a_slip_under_the_headline() -> None:
    """2017-12-26 文明某省 (the day first, then the account) under the headline is the byline, and
    the title printed again broken in two, a joining 和 left out, is the title again: neither is
    read, the slip is reported. A line that only starts like the title stays."""
    title = "关于第六批某省示范文明城市（县城、城区）和某省文明村镇、文明单位候选名单公示的通知"
    lines = [title, "2017-12-26 文明某省", "关于第六批某省示范文明城市(县城、城区)某省文明村镇、文明单位", "候选名单公示的通知", BODY]
    raw = read_text("\n".join(lines))
    assert raw.title == title
    assert raw.metadata.get("公众号") == "文明某省" and raw.metadata.get("发布时间") == "2017-12-26"
    assert paragraph_texts(raw) == [BODY]
    assert any("出入" in finding.message for finding in raw.findings)
    other = ["关于第六批某省示范文明城市（县城、城区）评选工作", "有关情况的说明", BODY]
    raw = read_text("\n".join([title, *other]))
    assert paragraph_texts(raw)[0] == other[0] + other[1]  # read (as one line: a title broken in two)


def test_the_full_name_the_opening_sentence_gives_a_shortened_headline_is_the_title() -> None:
    """某区国民经济和社会发展十四五规划 over 《某区…第十四个五年规划和二〇三五年远景目标纲要》（以下简称
    《纲要》），是…编制: the headline a short form of the name the text gives itself; the full name
    is the title and the headline a field. A headline about the document (解读) stays."""
    full = "某某市某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    opening = f"《{full}》（以下简称《纲要》），是根据《中共某区委关于制定规划的建议》编制的。"
    raw = read_text(f"某某市某区国民经济和社会发展十四五规划\n{opening}\n{BODY}\n")
    assert raw.title == full
    assert raw.metadata.get("网页标题") == "某某市某区国民经济和社会发展十四五规划"
    assert paragraph_texts(raw)[0] == opening
    raw = read_text(f"某某市某区十四五规划纲要解读\n{opening}\n{BODY}\n")
    assert raw.title == "某某市某区十四五规划纲要解读"


def test_a_headline_with_the_sites_column_and_place_after_the_own_title() -> None:
    """您好，欢迎您来到某省某市！ / 关于…的通告（市政府文件）某省 / 某府〔2014〕34号 / 某 市 人 民 政 府 /
    关于…的通告: the greeting is the site's; the headline is the document's own title with the site's
    column and place after it, so the own title line is the title; the letterhead set
    letter-spaced goes on no title above it."""
    own = "关于论坛年会期间禁止施放气球的通告"
    raw = read_text(
        f"您好，欢迎您来到某省某市！\n{own}（市政府文件）某某省\n某府〔2014〕34号\n某 某 市 人 民 政 府\n{own}\n"
        "为切实做好论坛年会期间的安全保障工作，市政府决定禁止在辖区内从事施放气球的活动。\n"
    )
    assert raw.title == own
    assert raw.metadata["网页标题"] == f"{own}（市政府文件）某某省"
    assert not any("欢迎" in text or "市政府文件" in text for text in paragraph_texts(raw))
    assert "title-guessed" in finding_kinds(raw)


def test_another_documents_link_cut_short_over_the_headline_is_no_title() -> None:
    """某区某办关于转发…开展全 (a link to another document, cut off mid-word) over the page's own
    headline, both opening with the same office: the whole title is the title."""
    headline = "某某市某某区人民政府办公室转发区文化局制定的《某某区文化发展专项资金管理办法》的通知"
    raw = read_text(
        f"某某市某某区人民政府办公室关于转发区旅游局制定的某某区开展全\n{headline}\n"
        "区政府各有关单位、各街道：\n经区政府研究同意，现将《某某区文化发展专项资金管理办法》转发给你们，请遵照执行。\n"
    )
    assert raw.title == headline
    assert not any("开展全" in text for text in paragraph_texts(raw))


def test_a_files_name_numbered_as_a_lists_entry_names_the_file() -> None:
    """7.关于某区…相关表格.pdf over the file's flattened text: the list's number and the extension go,
    the file's name is the title."""
    raw = read_text(
        "7.关于某某区2021年财政预算执行情况和2022年财政预算（草案）相关表格.pdf\n"
        "某某区五届人大一次会议文件 附件 某某区财政局 二○二一年十一月 表格目录 第一部分：2021年预算执行情况\n"
    )
    assert raw.title == "关于某某区2021年财政预算执行情况和2022年财政预算（草案）相关表格"
    assert not any(".pdf" in text for text in paragraph_texts(raw))


def test_a_collections_first_label_at_the_top_is_no_part_of_the_title() -> None:
    """第一篇：某某关于…的通知(%9B over the law library's 【field】 row and the document's own title:
    the collection's label and its garbled tail are not the title; the document's line is."""
    own = "国家某某总局关于进一步加强发票审核检查工作的通知"
    raw = read_text(
        f"第一篇：{own}(%9B\n【发布单位】国家某某总局 【发布文号】某函[2005]860号 【发布日期】2005-09-01\n{own}\n"
        f"各省、自治区、直辖市税务局：\n{BODY}\n"
    )
    assert raw.title == own
    assert not any("第一篇" in text or "%9B" in text for text in paragraph_texts(raw))


def test_an_organ_forwarding_others_document_opens_the_title_over_its_about_line() -> None:
    """某省人民政府批转省体改委、农委 / 关于深化…体制 / 改革的意见的通知: the forwarding organ and the
    organs whose document it forwards open the title, as an issuer does."""
    raw = read_text(
        "某某省人民政府批转省体改委、农委\n关于深化我省农村经济体制\n改革的意见的通知\n（某府[1994]86号）\n"
        f"各市、县人民政府，省府直属有关单位：\n{BODY}\n"
    )
    assert raw.title == "某某省人民政府批转省体改委、农委关于深化我省农村经济体制改革的意见的通知"


def test_a_press_conference_named_by_its_organ_is_a_title_not_an_issuer() -> None:
    """国家某某委12月新闻发布会 ends with 会 as 委员会 does, yet it names a meeting: the page's headline."""
    headline = "国家某某委12月新闻发布会"
    raw = read_text(f"当前位置： 主页 > 政策信息 > 政策资讯 >\n{headline}\n12月16日上午，国家某某委举行12月份新闻发布会，新闻发言人出席并回答记者提问。\n")
    assert raw.title == headline
    assert "发文机关" not in raw.metadata
    assert is_organ_name("某某市文学艺术界联合会") and not is_organ_name("某县项目建设推进会")


def test_an_interviews_subtitle_alone_at_the_top_is_its_title() -> None:
    """——某某负责人就《某某纲要》答记者问 over the text, the headline lost above it: without the dash
    it names the piece; a speech's ——在…会议上 does not."""
    subtitle = "某某领导小组办公室负责人就《某某时期文化发展改革规划纲要》答记者问"
    raw = read_text(f"——{subtitle}\n近日，有关部门印发了《某某时期文化发展改革规划纲要》。\n问：请介绍一下《纲要》出台的背景。\n")
    assert raw.title == subtitle
    assert "title-guessed" in finding_kinds(raw)


def test_a_headline_is_never_joined_to_the_sites_badges_under_it() -> None:
    """某某会上的讲话 / VIP专免 / 2024-06-10 / 999+ / 20.57KB / 14 页 / 海报 / 侵权投诉 in a text wrapped at
    the headline's width: the badges are the file site's, never the headline's rest, nor read."""
    title = "县长在全县打造一流营商环境动员部署会上的讲话"
    head = [title, "VIP专免", "2024-06-10", "999+", "20.57KB", "14 页", "海报", "侵权投诉", title, "同志们："]
    body = "刚才，某某部长通报了我县营商环境评价情况，某某书记通报了影响营商环境典型案例，从两个通报来看问题不少任务艰巨。"
    wrapped = [body[i : i + 22] for i in range(0, len(body), 22)] * 3
    raw = read_text("\n".join(head + wrapped) + "\n")
    assert raw.title == title
    assert not any(word in text for text in paragraph_texts(raw) for word in ("VIP", "海报", "侵权"))


def test_a_columns_english_name_over_the_headline_is_neither_title_nor_read() -> None:
    """某某栏目 / News Center / headline / date row: the column's name in English on a line of its
    own is the site's, never the title (a Chinese page's headline has a Chinese character) and
    never read."""
    headline = "某县召开政协提案公开答复会"
    for english in ("governor", "News Center", "Policies and regulations"):
        raw = read_text(f"政务要闻\n{english}\n{headline}\n发布时间：2023-09-12 08:49\n{BODY}\n")
        assert raw.title == headline, english
        assert not any(english in text for text in paragraph_texts(raw)), english
        assert any(english in finding.text for finding in raw.findings), english


def test_english_words_inside_the_text_stay() -> None:
    """A line of English words once the text has begun (a slogan quoted under a paragraph) is the
    document's own and is read."""
    raw = read_text(f"某县开展全民健身活动\n发布时间：2023-09-12\n{BODY}\nHealthy Life\n{BODY}\n")
    assert any(text == "Healthy Life" for text in paragraph_texts(raw))


def test_an_agencys_name_over_a_news_headline_is_the_sites_banner() -> None:
    """某市自然资源和规划局 / 王某：详解如何办理不动产登记 / 记者：…？: the agency's name alone over a
    headline that names no document is the site's banner; the headline is the title, the name is
    not read and a finding says so. Over 关于… the agency is the notice's issuer and stays in
    the title."""
    headline = "王某：详解如何办理不动产统一登记证"
    raw = read_text(f"今天是：2025年12月04日\n某市自然资源和规划局\n{headline}\n记者：什么是不动产登记？\n答：{BODY}\n")
    assert raw.title == headline
    assert not any(text == "某市自然资源和规划局" for text in paragraph_texts(raw))
    assert any(f.kind == "title-guessed" and "某市自然资源和规划局" in f.message for f in raw.findings)
    notice = read_text(f"某市自然资源和规划局\n关于开展不动产登记专项服务的通知\n{BODY}\n")
    assert notice.title.startswith("某市自然资源和规划局")


def test_a_forms_name_broken_over_two_lines_is_the_title() -> None:
    """附件1 / 全国某系统先进集体 / 推荐审批表 / the form's empty fields / 填报日期：…: a form's name ends
    with its kind (审批表, 申请表, 汇总表 …), so the two lines are one title, not the date field under them."""
    raw = read_text(
        "附件1\n全国某系统先进集体\n推荐审批表\n集体名称\n推荐单位\n表彰层次\n填报日期：二○一二年  月  日\n填表说明\n"
        "此表是推荐全国某系统先进集体用表。\n一、此表用黑色钢笔或打印填写，字迹要求工整清晰。\n"
    )
    assert raw.title == "全国某系统先进集体推荐审批表"


def test_a_comment_box_and_a_qr_login_under_the_text_are_not_read() -> None:
    """评论 / 还能输入140 / 用户评论 / 扫码登录更安全 / 二维码已失效 请点击刷新 / … : the site's widgets."""
    widgets = (
        "评论\n还能输入140\n用户评论\n关闭\n扫码登录更安全\n手机扫码，安全登录\n二维码已失效 请点击刷新\n"
        "请打开某某空间APP扫一扫登录\n扫描成功！\n请在手机上确认登录\n取消二维码登录\n"
    )
    raw = read_text(f"关于开展作文竞赛活动的通知\n发布时间：2016-04-07\n{BODY}\n{widgets}")
    assert paragraph_texts(raw) == [BODY]


def test_a_title_broken_after_a_kind_word_inside_its_about_phrase_is_joined() -> None:
    """某部关于失业保险条例 / 修订情况的说明 / the stamp row: 条例 ends the first line, yet its 关于 has no
    的 yet; the second line brings it and the kind, so the two are one title (in traditional
    characters too, with the variant 説). A headline over a document's own title (…的通知 / 某某办法)
    is not joined."""
    for first, second in (("某部关于失业保险条例", "修订情况的说明"), ("某部關於失業保險條例", "修訂情況的説明")):
        raw = read_text(f"{first}\n{second}\n2017-11-11 09:12 来源：某部网站\n{BODY}\n")
        assert raw.title == first + second
    raw = read_text(f"某县人民政府关于印发某某办法的通知\n某县农村道路管理办法\n{BODY}\n")
    assert raw.title == "某县人民政府关于印发某某办法的通知"


def test_a_writs_headline_with_its_party_in_brackets_is_a_title() -> None:
    """某区市场监督管理局行政处罚决定书（某某食品有限公司） over the writ's own lines (某区市场监督管理局 /
    行政处罚决定书 / its number): the bracketed party or number after 决定书 is no end of a title, so
    the agency is heard in the title, not 行政处罚决定书 alone."""
    from audiojiedu.ingest.page_title_words import ends_as_title

    assert ends_as_title("某局行政处罚决定书（某某食品有限公司）")
    assert ends_as_title("某局责令改正违法行为决定书（某环责改〔2025〕7号）")
    assert not ends_as_title("某局召开座谈会（图文）（某某公司）")
    raw = read_text(
        "某区市场监督管理局行政处罚决定书（某某食品有限公司）\n\n某区市场监督管理局\n行政处罚决定书\n某市监处字〔2023〕497号\n"
        "当事人：某某食品有限公司\n2023年2月17日，本局执法人员依法对当事人进行现场检查，发现当事人正在生产食品。\n"
    )
    assert raw.title.startswith("某区市场监督管理局行政处罚决定书")


def test_a_betting_sites_name_and_a_trial_notice_over_a_hijacked_page_are_not_the_title() -> None:
    """沙巴体育投注官网 (a betting site's name put over a hijacked page) / 某某网改版试运行，欢迎提出意见和建议，
    联系电话：… / the crumb trail / the headline: the spam goes whole (not cut down to 投注官网 by the
    cutting of spam inside sentences), the site's notice too; the headline is the title."""
    headline = "全省两万余市场主体接受随机检查"
    raw = read_text(
        f"沙巴体育投注官网\n\n图片\n某某合作网改版试运行，欢迎提出意见和建议，联系电话：55983551。\n"
        f"当前位置：首页 > 时事速递 > 正文\n{headline}\n时间：2019-03-15 08:05:48    来源：某某日报\n{BODY}\n"
    )
    assert raw.title == headline
    assert not any("投注" in text or "改版" in text for text in paragraph_texts(raw))


def test_a_crumb_trail_with_its_columns_name_before_its_label_and_a_bar_of_links_are_not_read() -> None:
    """电子文书 当前位置： 首页>应用领域>电子文书 over the headline: the column's name set before the
    trail's label; the trail is the site's as 当前位置 alone opening it is."""
    raw = read_text(f"电子文书 当前位置： 首页>应用领域>电子文书\n某市税务文书实行电子化送达\n发布日期：2012-10-19\n{BODY}\n")
    assert raw.title == "某市税务文书实行电子化送达"
    assert not any("当前位置" in text for text in paragraph_texts(raw))
    # … under a bar of the portal's links, where the trail was read before
    barred = read_text(f"某市首页 | 市民网页 | 市民卡 | 手机模式\n电子文书 当前位置: 首页>应用领域>电子文书\n市国税局\n发布日期:2012-10-19\n{BODY}\n")
    assert not any("当前位置" in text for text in paragraph_texts(barred))
    # … and the bar of links is no title, whatever else is found (a headline ending as a title may be one)
    assert "市民卡" not in barred.title
    assert read_text(f"政策解读 | 某某办法 | 某某实施方案\n{BODY}\n").title.endswith("实施方案")
