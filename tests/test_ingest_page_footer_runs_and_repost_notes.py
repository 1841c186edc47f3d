"""The foot of a scraped page and the notes a repost adds (issue 17): a footer set over several
lines with blank lines between them and lines of fields only among its marked lines, a
signature's date that lost its 年月日 right over it, a repost's bracketed note naming the
original and its link, a toolbar button glued before the editor's credit; and a headline set in
《》 with the page's date after it. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import page_read_aloud, paragraph_texts

from audiojiedu.ingest import read_text

_REQUEST = [
    "首页>文件通知>某市环境保护局关于提请研究创建模范城市有关事宜的请示",
    "某市环境保护局关于提请研究创建模范城市有关事宜的请示",
    "发布单位:系统管理员         发布日期:2013-02-28",
    "",
    "市政府:",
    "",
    "现提请市政府常务会尽快研究创建国家环境保护模范城市有关事宜。请批示。",
    "",
    "某市环境保护局",
    "",
]
_FOOTER = [
    "",
    "主办单位:某市生态环境局     技术支持:某市环境信息中心",
    "",
    "联系地址:某市某某南大街383-1号",
    "",
    "总访问量:0",
    "",
    "邮       编:050023联系我们 | 站点地图 | 位置分布",
    "",
    "网站标识码:1301000023",
    "",
    "ICP备案号:冀ICP备05019966号-3",
    "",
    "公安备案号:13010602000714",
]


def test_a_footer_over_lines_apart_goes_whole_and_the_dates_digits_stay() -> None:
    raw = read_text("\n".join([*_REQUEST, "2013222", *_FOOTER]))
    spoken = page_read_aloud(raw)
    # the footer's lines of fields only (联系地址, 邮编) stand between its marked lines: all of it goes
    for chrome in ("主办单位", "联系地址", "总访问量", "联系我们", "站点地图", "网站标识码", "备案号"):
        assert chrome not in spoken, chrome
    # the signature's date that lost its 年月日 over the footer is no button's count: it is read
    assert paragraph_texts(raw)[-2:] == ["某市环境保护局", "2013222"]


def test_a_texts_contact_line_standing_apart_over_a_footer_is_read() -> None:
    # A line of fields only (电话：…) over the footer, a blank line between, and nothing marked above
    # it: the text's own contact line, its last words.
    lines = [*_REQUEST[:7], "", "联系电话:0311-85800000", "", "网站标识码:1301000023", "", "ICP备案号:冀ICP备05019966号-3"]
    raw = read_text("\n".join(lines))
    assert paragraph_texts(raw)[-1] == "联系电话：0311-85800000"
    assert "网站标识码" not in page_read_aloud(raw)


def test_a_footer_row_of_links_with_a_spam_link_goes_with_the_footer() -> None:
    lines = [
        "某省政府信息公开年度报告制度",
        "第一条 为规范年度报告工作，制定本制度。",
        "第二条 本制度自2008年5月1日起施行。",
        "",
        "首页  |   网站地图  |   网站声明  |   联系我们  |   某某竞猜:我们 ",
        "",
        "某某竞猜平台信息中心承办   技术支持:某某竞猜平台信息中心",
        "",
        "地址:某市某区永宁中路9号     ",
    ]
    spoken = page_read_aloud(read_text("\n".join(lines)))
    assert spoken.endswith("第二条 本制度自2008年5月1日起施行。")


def test_a_reposts_bracketed_note_with_the_link_to_the_original_is_not_read() -> None:
    lines = [
        "《关于对某县县域内道路实行临时交通管制的通告》(2022年9月16日)",
        "为确保核酸检测工作有序进行，某县公安局交通警察大队将对县域内道路实行临时交通管制，具体事宜通告如下：",
        "一、管制期间，所有车辆一律禁止上路行驶。",
        "某县公安局交通警察大队",
        "2022年9月15日",
        "(以上内容由某县人民政府网发布于2022年9月15日,原文链接)",
    ]
    raw = read_text("\n".join(lines))
    # the headline names the notice in 《》 with the page's date after it: the title is the notice's
    assert raw.title == "关于对某县县域内道路实行临时交通管制的通告"
    spoken = page_read_aloud(raw)
    assert "原文链接" not in spoken and "以上内容由" not in spoken
    assert paragraph_texts(raw)[-1] == "2022年9月15日"


def test_a_toolbar_button_glued_before_the_editors_credit_is_not_read() -> None:
    lines = [
        "某市出台政策文件解读工作制度",
        "来源：某某日报",
        "某市日前出台政策文件解读工作办法，明确文件起草单位是政策解读的责任主体，解读材料应与文件同步发布。",
        "",
        "【我要纠错】责任编辑:某某某",
        "扫一扫在手机打开当前页",
    ]
    raw = read_text("\n".join(lines))
    assert "纠错" not in page_read_aloud(raw) and "某某某" not in page_read_aloud(raw)
    assert raw.metadata["责任编辑"] == "某某某"
    # a bracketed word that is no toolbar's keeps its line
    kept = read_text("\n".join([*lines[:4], "【特别提示】联系人:某某某"]))
    assert "特别提示" in page_read_aloud(kept)


def test_short_link_texts_under_the_tag_line_at_the_foot_are_not_read() -> None:
    """标签: 某县 森林防火 / 帮同学化妆最高日 at the very end: the page's tags close the article and a
    link text the site set under them (another story's headline, an ad) is the site's. Both go; the
    signature and its date over them are read."""
    lines = ["某县人民政府森林防火封山令", "近日连晴高温，我县正处于森林火险极高风险期，特发布封山令。", "某县人民政府", "2022年8月17日"]
    raw = read_text("\n".join([*lines, "标签: 某县 森林防火 人民政府", "帮同学化妆最高日"]))
    assert paragraph_texts(raw) == lines[1:]
    # Two short lines under the tags go too; a sentence under them is no link and stays.
    raw = read_text("\n".join([*lines, "标签: 某县 森林防火", "帮同学化妆最高日", "热门推荐"]))
    assert paragraph_texts(raw) == lines[1:]
    raw = read_text("\n".join([*lines, "标签: 某县 森林防火", "请广大群众相互转告，共同遵守。"]))
    assert paragraph_texts(raw)[-1] == "请广大群众相互转告，共同遵守。"


def test_another_story_under_the_source_credit_and_the_pages_stamp_is_not_read() -> None:
    """本文来源: 某州人民政府 / 13.03.2015 12:51 under the article's last paragraph, then another
    story's headline, its reporters and its cut-off lead: the credit and the stamp are fields, the
    other story is the site's. A credit with no stamp under it leaves what follows alone."""
    text = [
        "某县六项禁令严防森林火情火灾",
        "近日，某县人民政府发布通告，决定在全县范围内实行森林防火六项禁令，严禁一切野外用火行为。",
        "某县同时要求，要做好对学生、儿童的教育和监护工作，严防玩火失火烧山，一旦发现森林火灾应当立即报告。",
    ]
    other = ["某某铁路某某隧道平行导洞贯通", "□ 通讯员 赵某 王某", "州政协视察全州营商环境整治工作"]
    raw = read_text("\n".join([*text, "本文来源: 某州人民政府", "13.03.2015 12:51", *other]))
    assert paragraph_texts(raw) == text[1:]
    assert raw.metadata.get("本文来源") == "某州人民政府"
    assert raw.metadata.get("发布时间") == "13.03.2015 12:51"
    raw = read_text("\n".join([*text, "本文来源: 某州人民政府", "特此通告，请相互转告。"]))
    assert paragraph_texts(raw)[-1] == "特此通告，请相互转告。"


def test_the_editor_and_the_correspondent_credited_at_the_foot_are_fields() -> None:
    """编辑:某某 / 通讯员:某某 under a notice's signature and date: the news site's credits, fields,
    not read; the signature and its date are."""
    lines = ["某市公安局关于实行临时交通管制的通告", "为确保活动期间道路交通安全畅通，决定实行临时交通管制。", "某市公安局交通警察支队", "2023年4月22日"]
    raw = read_text("\n".join([*lines, "编辑:孙某", "通讯员:白某某"]))
    assert paragraph_texts(raw) == lines[1:]
    assert raw.metadata.get("通讯员") == "白某某"


def test_a_visitor_counters_link_at_the_foot_is_not_read() -> None:
    raw = read_text("某镇召开春季森林防灭火工作会\n2月25日，某镇召开春季森林防灭火工作会议。\n（某镇 张某）\n\n站长统计\n")
    assert "统计" not in page_read_aloud(raw)
    assert paragraph_texts(raw)[-1] == "（某镇 张某）"
    # a sentence about the site's statistics is text
    kept = read_text("某镇召开工作会\n会议通报了网站统计的访问数据。\n")
    assert "会议通报了网站统计的访问数据。" in paragraph_texts(kept)


def test_a_related_items_header_closing_a_cut_off_page_is_not_read_but_a_label_in_the_text_is() -> None:
    raw = read_text("某镇部署秋冬季森林防灭火工作\n11月13日，某镇召开党委扩大会议。\n会后，班子成员督导检查防火工作。\n相关信息\n")
    assert paragraph_texts(raw)[-1] == "会后，班子成员督导检查防火工作。"
    guide = read_text("某某事项办事指南\n一、办理条件\n符合条件的可以申请。\n相关信息\n本事项办理时限为五个工作日。\n二、办理地点\n某区政务服务中心。\n")
    assert "相关信息" in paragraph_texts(guide) and paragraph_texts(guide)[-1] == "某区政务服务中心。"


def test_other_pages_titles_after_a_notices_signature_and_date_are_not_read() -> None:
    """某县公安局 / 2021年10月9日 / 帮同学化妆最高日入近千 帮朋友化妆… / 2024某某演唱会直通车专线: lines with
    no sentence after the notice's organ and date are the site's; the notice's own note or a
    document printed after it stay."""
    notice = "某县公安局关于提供线索的有奖举报通告\n一、举报内容\n提供拐卖儿童犯罪线索的。\n二、举报方式\n拨打110举报。\n某县公安局\n2021年10月9日\n"
    raw = read_text(notice + "帮同学化妆最高日入近千 帮朋友化妆最高日入近千?女生冲上热搜,彩妆,妆容\n2023某省紧缺急需职业工种目录政策解读 2024某某演唱会直通车专线\n")
    assert paragraph_texts(raw)[-1] == "2021年10月9日"
    assert "化妆" not in page_read_aloud(raw)
    for kept in ("（此件公开发布）", "某县2023年补助资金分配及项目计划表"):
        assert paragraph_texts(read_text(notice + kept + "\n"))[-1] == kept, kept


def test_a_browsers_notices_and_their_header_at_the_foot_are_not_read_but_a_real_tip_is() -> None:
    foot = "温馨提示\n本页面内容不允许直接阅读，请通过《某某日报》客户端浏览查看。\n您的IE浏览器版本太低，请升级至IE8及以上版本或安装webkit内核浏览器。\n"
    raw = read_text("某镇部署秋冬季森林防灭火工作\n11月13日，某镇召开党委扩大会议。\n" + foot)
    assert paragraph_texts(raw) == ["11月13日，某镇召开党委扩大会议。"]
    tip = read_text("某县关于燃放烟花爆竹的通告\n为保障安全，现通告如下。\n温馨提示\n燃放烟花爆竹请注意安全。\n某县公安局\n")
    assert paragraph_texts(tip)[-3:] == ["温馨提示", "燃放烟花爆竹请注意安全。", "某县公安局"]


def test_buttons_counts_and_a_bracketed_first_field_of_a_byline_row_are_not_read() -> None:
    raw = read_text(
        "某市政协十五届四次会议委员报到侧记\n[发布日期: 2026-01-20]   本文已被浏览过: 显示稿件总访问量 次   字号:\n"
        "1月19日，某市进入两会时间。\n点击关注本地宝\n0 人收藏\n"
    )
    assert raw.metadata["发布日期"] == "2026-01-20"
    assert paragraph_texts(raw) == ["1月19日，某市进入两会时间。"]


def test_a_page_number_alone_under_the_last_sentence_is_not_read_but_a_tables_last_cell_is() -> None:
    raw = read_text("某镇召开党委政府工作会议\n3月8日，某镇召开党委政府工作会议。\n会议要求做好安全宣传工作。\n\n1\n")
    assert paragraph_texts(raw) == ["3月8日，某镇召开党委政府工作会议。", "会议要求做好安全宣传工作。"]
    table = read_text("某镇2023年项目统计\n各村项目数量如下：\n某某村\n12\n")
    assert paragraph_texts(table)[-1] == "12"


def test_a_story_and_its_byline_printed_twice_at_the_foot_are_read_once() -> None:
    story = "1月3日，北京市第200场新冠肺炎疫情防控工作新闻发布会召开，记者从现场获悉，发布会已连续举办200场。"
    byline = "文/某某报记者 张某 李某"
    raw = read_text(f"北京市疫情防控新闻发布会已举办200场\n{story}\n{byline}\n{story}\n{byline}\n• 上一篇:某某新闻\n")
    assert paragraph_texts(raw).count(story) == 1
    # a short line said twice (特此通知。 in two notices) is no copy of the page
    twice = read_text("某县关于做好防火工作的通知\n各乡镇：请做好防火工作。\n特此通知。\n特此通知。\n")
    assert paragraph_texts(twice)[-2:] == ["特此通知。", "特此通知。"]
