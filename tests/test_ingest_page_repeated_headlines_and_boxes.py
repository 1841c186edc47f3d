"""A page's furniture around a headline it prints twice, and the boxes under the article (issue 17):
a toolbar flattened onto the headline's line, the site's name over a headline printed again under
its counter, a law library's bracketed fields one a line, and a news site's ranking tabs at the
foot. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

_REPORT = "2023年，在区委、区政府的坚强领导下，街道办事处坚持稳中求进工作总基调，各项工作取得积极成效。"


def test_a_toolbar_flattened_onto_the_headlines_line_is_not_read() -> None:
    """某街道2023年工作报告 保护视力色: 杏仁黄 … 【字体: 打印本页 关闭窗口: the reading tools after the
    headline are cut off it, with a finding; a keyboard note with its words in another order goes too."""
    tools = "保护视力色: 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 默认 【字体: 打印本页 关闭窗口"
    raw = read_text(f"正文区域内容请使用tab按钮切换浏览\n\n某某街道办事处2023年工作报告 {tools}\n分享:\n\n{_REPORT}\n")
    assert raw.title == "某某街道办事处2023年工作报告"
    assert paragraph_texts(raw) == [_REPORT]
    assert any("工具栏" in finding.message for finding in raw.findings)


def test_what_the_toolbar_tail_rule_must_not_touch() -> None:
    """Words after a headline that are no toolbar stay in it."""
    title = "某某街道办事处工作报告 向社区居民代表会议报告"
    assert read_text(f"{title}\n{_REPORT}\n").title == title


def test_the_sites_name_over_a_headline_printed_again_under_its_counter() -> None:
    """某某经理人 / 某市停车场管理办法(2001) / 5040 / the headline again / 【地区】某市 …: the site's
    name is no first half of the title, the lone number is the page's counter, and the law
    library's bracketed fields one a line (its region too) are fields. None is read."""
    title = "某某市机动车公共停车场管理办法(2001)"
    fields = ["  【地区】某某市", "  【失效日期】", "  【颁布单位】 某某市人民政府", "  【时效性】有效", "  【正文】", "  全文"]
    article = "第一条 为促进本市机动车公共停车场的建设和发展，制定本办法。"
    raw = read_text("\n\n".join(["某某经理人", title, "5040", title, *fields, article]) + "\n")
    assert raw.title == "某某市机动车公共停车场管理办法（2001）"
    assert raw.metadata.get("地区") == "某某市"
    assert raw.metadata.get("颁布单位") == "某某市人民政府"
    assert paragraph_texts(raw) == [article]


def test_what_the_site_name_and_counter_rules_must_not_touch() -> None:
    """A place over a title printed once is the title's first half; a number in the text stays."""
    raw = read_text("某某县人民政府\n关于做好防汛工作的通知\n各乡镇：\n2024年汛期将至，请做好以下工作。\n")
    assert "关于做好防汛工作的通知" in raw.title
    raw = read_text(f"某某市停车场管理办法\n5040\n{_REPORT}\n")
    assert "5040" in "".join(paragraph_texts(raw))


def test_a_news_sites_ranking_tabs_and_topics_box_at_the_foot_are_not_read() -> None:
    """【责任编辑:某某】 / 日点击排行 周点击排行 月点击排行 / 热点专题 under the story: the ranking box's
    tabs and the topics box are the site's; the editor's credit is a field."""
    story = "昨天，市委书记某某代表市委、市政府看望参加暑期读书会的老同志，并汇报全市工作情况。"
    raw = read_text(f"某某市领导向老同志汇报工作\n\n{story}\n\n【责任编辑:某某某】\n\n日点击排行 周点击排行 月点击排行\n热点专题\n")
    assert paragraph_texts(raw) == [story]
    # A sentence naming a ranking stays.
    raw = read_text(f"某某市领导向老同志汇报工作\n\n{story}\n\n我市在全省点击排行中位居第一。\n")
    assert paragraph_texts(raw)[-1] == "我市在全省点击排行中位居第一。"


def test_a_bare_number_at_the_pages_foot_is_not_read() -> None:
    """29132150 alone under the article's last line: the site's number for the article; a short
    number (a page's 3) and a number inside a sentence are not taken for one."""
    story = ["某县人民政府发布森林防火封山令", "即日起全县实行封山，解封时间另行发布。"]
    raw = read_text("\n".join([*story, "", "29132150"]))
    assert paragraph_texts(raw) == story[1:]
    raw = read_text("\n".join([*story, "", "lar_302578"]))  # the content system's key before it
    assert paragraph_texts(raw) == story[1:]
    raw = read_text("\n".join([*story, "举报电话 29132150"]))
    assert "29132150" in paragraph_texts(raw)[-1]
    # A signature's date packed into digits (2013222) is the document's, read as a date.
    raw = read_text("\n".join([*story, "某县人民政府", "2013222"]))
    assert paragraph_texts(raw)[-1] == "2013222"


def test_a_document_sites_file_facts_and_a_machine_stamp_are_not_read() -> None:
    """VIP专免 / 2024-01-07 999+ 16.55KB 15 页 海报 / 侵权投诉 under a shared file's name, and a
    content system's stamp with its time zone glued before the preface (2025-06-29 11:36:17 +0000
    UTC前 言): the site's; the stamp is the page's date, the preface a heading."""
    text = "今年以来，在县委、县政府的正确领导下，县卫健委履职尽责、实干争先，各项工作取得全面进步。"
    raw = read_text(f"县卫健委2023年度工作总结\n\nVIP专免\n2024-01-07 999+ 16.55KB 15 页 海报\n侵权投诉\n{text}\n")
    assert raw.title == "县卫健委2023年度工作总结"
    assert paragraph_texts(raw) == [text]
    plan = "“十三五”以来，某县大力实施“文化强县”发展战略，文化和旅游业呈现快速发展的良好态势。"
    raw = read_text(f"某县“十四五”文化和旅游发展规划\n2025-06-29 11:36:17 +0000 UTC前 言\n{plan}\n一、发展基础\n{plan}\n")
    assert raw.metadata.get("发布时间") == "2025-06-29 11:36:17"
    assert paragraph_texts(raw)[0] == "前言"
    # A stamp a person wrote (no zone) before text stays where it is.
    raw = read_text(f"某县“十四五”文化和旅游发展规划\n2025-06-29 11:36 召开专题会议，研究规划编制。\n{plan}\n")
    assert paragraph_texts(raw)[0].startswith("2025-06-29")


def test_a_spam_sites_name_and_menu_dashed_before_the_title_and_its_contacts_are_not_read() -> None:
    """首页『某某注册登陆』-某某娱乐平台-首页-某县…的通知 as the headline, the byline 作者:管理员
    发布于:…, and the headline printed again before the text with the sellers' contacts in brackets:
    the title is the notice's own, the fields are fields, the copy and the contacts are not read."""
    headline = "首页『某某注册登陆』-某某娱乐平台-首页-某县人民政府办公室关于印发某县扶贫资金管理办法的通知"
    text = "经县人民政府同意，现将《某县扶贫资金管理办法》印发给你们，请认真贯彻执行。"
    lines = [headline, "作者:管理员    发布于:2023-03-15 21:50:16", f"  {headline}(主管:QQ66306964 主管:skype live:.cid.6c7b79dae5ec9830){text}"]
    raw = read_text("\n".join(lines))
    assert raw.title == "某县人民政府办公室关于印发某县扶贫资金管理办法的通知"
    assert raw.metadata.get("作者") == "管理员" and raw.metadata.get("发布于") == "2023-03-15 21:50:16"
    assert paragraph_texts(raw) == [text]


def test_what_the_dashed_site_parts_rule_must_not_touch() -> None:
    """A title holding a dash between its own words (某县-某镇 连接线) and a contact a notice gives
    in its own text stay."""
    text = "如有疑问，请联系县交通运输局（咨询电话：1234567，QQ：12345678）。"
    for title in ("某县人民政府关于某县-某镇公路改建工程征收土地的公告", "某县-某镇-某村道路改建工程征收土地的公告"):
        raw = read_text(f"{title}\n{text}\n")
        assert raw.title == title
        assert paragraph_texts(raw) == [text]


def test_the_title_run_into_the_preamble_at_the_texts_head_is_read_once() -> None:
    """某镇“乡村文明行动”实施方案为深入贯彻落实…: the title line run into the preamble is the title
    again, not read twice; the name as a sentence's subject (…方案已经镇政府同意) stays."""
    title = "某某镇“乡村文明行动”实施方案"
    preamble = "为深入贯彻落实各级文件精神，结合我镇工作实际，制定实施方案如下："
    raw = read_text(f"{title}\n{title}{preamble}\n一、指导思想\n以科学发展观为统领。\n")
    assert paragraph_texts(raw)[0] == preamble
    said = f"{title}已经镇政府同意，现予印发。"
    raw = read_text(f"{title}\n{said}\n")
    assert paragraph_texts(raw) == [said]


def test_a_title_broken_inside_a_phrase_in_the_texts_head_is_read_as_one_line() -> None:
    """某县国民经济和 社会发展第十四个五年规划和 / 二〇三五年远景目标纲要 under the headline: the
    document's cover title, cut after 和, is one line (no pause inside it); an issuer over the
    contents (某某办公室 / 目录) is two lines still."""
    head = "某某县国民经济和社会发展十四五规划"
    cover = ["某某县国民经济和 社会发展第十四个五年规划和", "二〇三五年远景目标纲要", "某某县人民政府", "二〇二一年"]
    text = "“十四五”时期，是某某县奋力开启社会主义现代化建设新征程的关键阶段。"
    raw = read_text("\n\n".join([head, *cover, "序 言", text]) + "\n")
    assert paragraph_texts(raw)[0] == cover[0] + cover[1]
    raw = read_text("\n".join(["某某白皮书", "中华人民共和国国务院新闻办公室", "目录", "前言", text]) + "\n")
    assert "目录" in paragraph_texts(raw)


def test_a_law_librarys_next_record_after_the_text_is_not_read() -> None:
    """下载地址: 点击此处下载 over the record's title, and again after its text over another record's
    title: the page lists the next record there; it is not read (the first link is the page's)."""
    title = "某部关于发行福利彩票有关税收问题的通知"
    text = ["各省、自治区、直辖市财政厅（局）：", "一、福利彩票机构发行销售福利彩票取得的收入不征收营业税。", "二、本通知自2002年1月1日起执行。"]
    other = ["市人民政府关于发布《某市规范性文件后评价暂行规定》的通知", "某省某市人民政府", "各区人民政府：", "《某市规范性文件后评价暂行规定》现予发布，请遵照执行。"]
    link = "下载地址: 点击此处下载"
    raw = read_text("\n".join([title, "作者:法律资料网 时间:2024-07-05 01:53:51", link, title, *text, "", link, "", *other]))
    assert raw.title == title
    assert paragraph_texts(raw) == text


def test_a_portals_unlabelled_byline_its_view_count_and_its_footer_link_row_are_not_read() -> None:
    """A-A+2016年2月6日15:21某某日报评论 under a portal's headline (type-size buttons, the time, the
    paper and its comments link), 0次浏览 beside the date field, and 新浪简介 | 网站地图 | 广告服务 |
    联系我们 | … at the foot: fields or the site's; none is read. A date with no clock and an organ
    under a title stays the document's dateline."""
    title = "某某市人民政府关于2016年春节期间的通告"
    text = "为降低春节期间烟花爆竹集中燃放对空气质量的影响，现就有关事项通告如下。"
    footer = "某某简介 | 某某河南简介 | 网站地图 | 广告服务 | 商务合作 | 联系我们  | 客户投诉"
    raw = read_text(f"{title}\n\nA-A+2016年2月6日15:21某某日报评论\n\n{text}\n\n{footer}\n")
    assert raw.metadata.get("发布时间") == "2016年2月6日15:21" and raw.metadata.get("来源") == "某某日报"
    assert paragraph_texts(raw) == [text]
    raw = read_text(f"{title}\n\n0次浏览     发布时间:2025-07-08 12:28:00\n\n{text}\n")
    assert raw.metadata.get("发布时间") == "2025-07-08 12:28:00"
    assert paragraph_texts(raw) == [text]
    raw = read_text(f"{title}\n某某市人民政府 2016年2月4日\n{text}\n")
    assert "2016年2月4日" in paragraph_texts(raw)[0]


def test_a_newspaper_pages_label_and_a_headline_whose_dash_runs_on_to_the_next_line() -> None:
    """第A04版:观天下 over 《某省统计年鉴2023》出版发行—— / 去年经济有何亮点 人均消费爱买啥: the paper's
    page label is not read; the headline's dash says its rest follows, and the two lines are one
    title."""
    text = "近日，由某省统计局联合编辑的《某省统计年鉴2023》正式出版发行，书中涵盖了经济与社会发展的诸多信息。"
    raw = read_text(f"第A04版:观天下\n\n《某省统计年鉴2023》出版发行——\n\n去年经济有何亮点 人均消费爱买啥\n\n{text}\n")
    assert raw.title == "《某省统计年鉴2023》出版发行——去年经济有何亮点 人均消费爱买啥"
    assert paragraph_texts(raw) == [text]


def test_a_papers_page_label_padded_to_three_digits_and_its_desks_wire_tag_are_not_read() -> None:
    """第010版:综合新闻 over the story, 本报讯(两会报道组)截至…: the page's label and the desk's tag are
    the paper's; the story starts at its own words."""
    text = "截至2022年12月25日上午9时，大会提案组共收到提案118件。"
    raw = read_text(f"第010版:综合新闻\n\n市政协九届二次会议收到提案118件\n\n本报讯(两会报道组){text}\n")
    assert raw.title == "市政协九届二次会议收到提案118件"
    assert paragraph_texts(raw) == [text]
    # a document's second edition is its own words
    kept = read_text(f"某某规划\n第2版：修订说明\n{text}\n")
    assert "第2版：修订说明" in paragraph_texts(kept) or kept.title == "第2版：修订说明"
