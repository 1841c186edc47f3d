"""What a site sets round the title itself: a collection's file name with its extension and bundle
count, a column set with a bar before a formal title, a speaker's name before a speech's title;
and a text without a title, set in traditional characters, named by its kind as printed.
Made-up pages of the kinds seen."""

from __future__ import annotations

from helpers import finding_kinds, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.naming import name_untitled
from audiojiedu.model import Paragraph

BODY = "根据有关规定，现将本单位年度工作情况说明如下，全年各项工作均按计划推进并完成。"


def test_a_file_name_loses_its_extension_and_bundle_count() -> None:
    """某某工作方案 (合计3份).docx, 某某讲话.doc: a collection's file name; no title ends with an
    extension. The extension goes (a title-tag finding); a bracket before it that is not a count
    of files stays."""
    raw = read_text(f"某镇2024年《老旧小区改造》工作方案 (合计3份).docx\n{BODY}\n")
    assert raw.title == "某镇2024年《老旧小区改造》工作方案"
    assert "title-tag" in finding_kinds(raw)
    raw = read_text(f"某某市长在全市经济工作会议上的讲话.doc\n\n{BODY}\n")
    assert raw.title == "某某市长在全市经济工作会议上的讲话"
    raw = read_text(f"某某县农村公路养护办法（试行）.pdf\n{BODY}\n")
    assert raw.title == "某某县农村公路养护办法（试行）"


def test_a_file_name_under_a_collections_toolbar_is_the_headline() -> None:
    """分享（赏） over 某某报告.docx: the file name, read without its extension, is the headline."""
    raw = read_text(f"分享（赏）\n2022年某某镇政府工作报告.docx\n下载 相关 举报\n{BODY}\n")
    assert raw.title == "2022年某某镇政府工作报告"


def test_a_column_set_with_a_bar_before_a_formal_title_is_no_part_of_it() -> None:
    """政务服务丨某市人民政府关于…的实施意见: the part after the bar is a formal title complete in
    itself (its issuer, 关于, its kind), the part before names no document: the site's column
    (a title-tag finding). An issuer before the bar, or a rest that is no formal title, stays."""
    title = "某某市人民政府关于深化“放管服”改革的实施意见"
    raw = read_text(f"便民服务丨{title}\n{BODY}\n")
    assert raw.title == title
    assert "title-tag" in finding_kinds(raw)
    raw = read_text(f"某某县人民政府｜关于做好春耕生产工作的通知\n{BODY}\n")
    assert "某某县人民政府" in raw.title
    raw = read_text(f"乡村振兴丨某某村的致富路\n{BODY}\n")
    assert raw.title.startswith("乡村振兴")


def test_a_traditional_text_names_itself_by_its_kind_as_printed() -> None:
    """特制定本規定。: the self-naming sentence is read folded, so a traditional text is named by its
    kind too, in the characters it prints (規定)."""

    def named(*texts: str) -> str:
        return name_untitled("", tuple(Paragraph(text) for text in texts), source="")[0]

    assert named("為加強道路運輸車輛管理，根據有關法律，結合本省實際，制定本規定。", "第二條 本規定適用於本省。") == "規定"
    assert named("为加强道路运输车辆管理，根据有关法律，制定本规定。", "第二条 本规定适用于本省。") == "规定"


def test_a_speakers_name_before_a_speechs_title_is_the_sites_credit() -> None:
    """某某某：<the speech's title>, and under it the speech printed with its own title (broken over
    two lines), its occasion and its speaker's line: the name before the colon is the news site's
    credit, not the title (a title-tag finding). A name whose speech is not printed, or a colon title
    whose rest the page does not print, keeps the colon."""
    speech = "弘扬优秀传统文化 为全面振兴凝聚精神力量"
    raw = read_text(
        f"李某某：{speech}\n来源：某某日报客户端 2020.01.15 07:37\n弘扬优秀传统文化\n为全面振兴凝聚精神力量\n"
        "——在省第十三届人民代表大会第三次会议闭幕时的讲话\n李某某\n各位代表、同志们：\n"
        "本次大会圆满完成了各项议程，即将闭幕。\n"
    )
    assert raw.title == speech
    assert "title-tag" in finding_kinds(raw)
    raw = read_text(f"李某某：{speech}\n来源：某某日报客户端\n本次大会圆满完成了各项议程，即将闭幕。\n")
    assert raw.title.startswith("李某某")


def test_a_mirrors_site_name_and_address_after_the_headline_are_no_part_of_it() -> None:
    """某某门户网站 m.example.com glued after the headline by a mirror: no title ends with a web
    address, and the site's name before it goes with it (a finding keeps both)."""
    headline = "某省森林防火指挥部发出春节森林防火紧急通知"
    raw = read_text(f"{headline}某某政府门户网站 m.example.com   2006年01月27日   来源：某省人民政府网站\n{BODY}\n")
    assert raw.title == headline
    assert "title-tag" in finding_kinds(raw)


def test_a_title_without_an_address_after_it_keeps_its_site_words_and_version() -> None:
    """A site's name inside a title (某某门户网站管理办法) with no address after it, and a version
    number (…手册V2.0), are the document's words: nothing is cut."""
    raw = read_text(f"某某市政府门户网站管理办法\n{BODY}\n")
    assert raw.title == "某某市政府门户网站管理办法"
    raw = read_text(f"某某系统操作手册V2.0\n{BODY}\n")
    assert raw.title == "某某系统操作手册V2.0"


def test_a_region_label_glued_before_a_title_opening_with_it_is_the_sites() -> None:
    """天津天津市某区…通告: a procurement site's region label glued before the title that opens with
    the same place: left out of the title, with a finding."""
    raw = read_text(f"天津天津市某某区人民政府关于2024年禁燃限燃烟花爆竹的通告\n{BODY}\n")
    assert raw.title == "天津市某某区人民政府关于2024年禁燃限燃烟花爆竹的通告"
    assert "title-tag" in finding_kinds(raw)
    raw = read_text(f"天津市某某区人民政府关于2024年禁燃限燃烟花爆竹的通告\n{BODY}\n")
    assert raw.title == "天津市某某区人民政府关于2024年禁燃限燃烟花爆竹的通告"


def test_a_speechs_occasion_glued_after_its_title_is_read_as_its_dateline() -> None:
    """政府工作报告—2021年7月29日在某县第八届人民代表大会第一次会议上 某县人民政府代理县长 某某: the
    title is 政府工作报告; the occasion and speaker are read as the text's first line."""
    occasion = "2021年7月29日在某某县第八届人民代表大会第一次会议上某某县人民政府代理县长 某某某"
    raw = read_text(f"政府工作报告—{occasion}\n2021-08-16 17:31\n各位代表：\n{BODY}\n")
    assert raw.title == "政府工作报告"
    assert paragraph_texts(raw)[0] == occasion
    # set in brackets, the same; where the text prints the occasion itself it is not read twice
    bracketed = "2024年1月23日在某某省第七届人民代表大会第三次会议上"
    raw = read_text(f"2024年某某省政府工作报告（{bracketed}）\n各位代表：\n{BODY}\n")
    assert raw.title == "2024年某某省政府工作报告"
    assert paragraph_texts(raw)[0] == bracketed
    raw = read_text(f"2024年某某省政府工作报告（{bracketed}）\n——{bracketed}\n各位代表：\n{BODY}\n")
    assert raw.title == "2024年某某省政府工作报告"
    assert [text for text in paragraph_texts(raw) if bracketed in text] == [f"——{bracketed}"]
    # after a dash the day may be left out, and a headline may cut the occasion short: the text's
    # own dateline is read, once
    title = "关于某某区2024年决算草案及2025年以来预算执行情况的报告"
    raw = read_text(
        f"{title} ——在某某区第四届人民代表大会 常务委员会第三\n{title}\n——在某某区第四届人民代表大会常务委员会第三十六次会议上\n"
        f"某某区财政局局长 某某\n主任、各位副主任、各位委员：\n{BODY}\n"
    )
    assert raw.title == title
    assert [text for text in paragraph_texts(raw) if "第四届" in text] == ["——在某某区第四届人民代表大会常务委员会第三十六次会议上"]
    # a title that only holds a date (…2021年7月29日…的通知) keeps it
    raw = read_text(f"某某县关于2021年7月29日起实行交通管制的通告\n{BODY}\n")
    assert raw.title == "某某县关于2021年7月29日起实行交通管制的通告"


def test_a_sharing_sites_members_badge_after_the_title_is_the_sites() -> None:
    """…政府工作报告VIP专享, …工作计划（2篇）.docxVIP: a document-sharing site's badge for members'
    documents, glued after the headline (and its file name): not read as the title."""
    raw = read_text(f"2026年某某区政府工作报告VIP专享\n{BODY}\n")
    assert raw.title == "2026年某某区政府工作报告"
    assert "title-tag" in finding_kinds(raw)
    raw = read_text(f"某镇目标工作计划（2篇）.docxVIP\n{BODY}\n")
    assert raw.title == "某镇目标工作计划（2篇）"
    raw = read_text(f"某某区VIP客户服务中心建设方案\n{BODY}\n")
    assert raw.title == "某某区VIP客户服务中心建设方案"


def test_a_sites_clock_and_a_full_text_word_around_the_title_are_the_sites() -> None:
    """现在时间是：2024年07月29日 glued before the headline is the site's clock; 全文 glued after a title
    word (某某管理办法全文) is the site's word for the page. Neither is read as the title."""
    raw = read_text(f"现在时间是：2024年07月29日某某县代表团认真审议市政府工作报告\n{BODY}\n")
    assert raw.title == "某某县代表团认真审议市政府工作报告"
    assert "发布时间" not in raw.metadata
    raw = read_text(f"某某市公共停车场管理办法全文\n{BODY}\n")
    assert raw.title == "某某市公共停车场管理办法"
    raw = read_text(f"关于公开征求意见稿全文\n{BODY}\n")
    assert raw.title == "关于公开征求意见稿全文"


def test_a_square_bracketed_tag_before_a_news_headline_and_an_original_title_label_are_the_sites() -> None:
    """[某省两会]某某… and 【两会快讯】…: square brackets before a news headline (no title word in it)
    set the site's tag; 原标题：… names the story's own headline. A round bracket may be the title's
    own (（2024年）…), and a tag before nothing long enough stays."""
    byline = "2013-01-20 来源：某某网\n"
    raw = read_text(f"[某省两会]省政协2013年629件提案已全部办复\n{byline}{BODY}\n")
    assert raw.title == "省政协2013年629件提案已全部办复"
    assert "title-tag" in finding_kinds(raw)
    raw = read_text(f"【两会快讯】某市代表团分组审议政府工作报告\n{byline}{BODY}\n")
    assert raw.title == "某市代表团分组审议政府工作报告"
    raw = read_text(f"原标题：市人大常委会启动执法检查工作\n{byline}{BODY}\n")
    assert raw.title == "市人大常委会启动执法检查工作"
    raw = read_text(f"[公告]第3号\n{byline}{BODY}\n")
    assert raw.title == "[公告]第3号"


def test_an_issued_documents_title_line_naming_its_place_in_full_names_the_page() -> None:
    """A notice without its title line issues 《某区人民政府工作规则》, then prints it under its own
    title line with the city before it (某某市某区人民政府工作规则): the printed line, the fuller name
    of the same document, is the title; a notice issuing it under an organ's name keeps the cited name."""

    def named(*texts: str) -> str:
        return name_untitled("", tuple(Paragraph(text) for text in texts), source="")[0]

    issued = ("各街道办事处：", "经区政府同意，现将《某区人民政府工作规则》印发给你们，请认真贯彻执行。", "某某市某区人民政府")
    rules = ("第一章 总则", "一、根据有关法律，结合区政府工作实际，制定本规则。")
    assert named(*issued, "某某市某区人民政府工作规则", *rules) == "某某市某区人民政府工作规则"
    assert named(*issued, "某某市发展和改革委员会某区人民政府工作规则", *rules) == "某区人民政府工作规则"


def test_a_name_handed_over_without_marks_and_printed_below_names_the_page() -> None:
    """政策法规 / Policies and regulations各区人民政府，…： / 现将某市贯彻落实《某某措施》实施方案印发给
    你们 … the plan's own title line: the column (its English name glued before the addressees) is
    no title and not read; the name handed over after 现将, citing another inside, printed again
    below, is the title. A name not printed below names nothing."""
    notice = "现将某某市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案印发给你们，望遵照执行。"
    plan = "某某市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案"
    lines = ["政策法规", "Policies and regulations各区人民政府，市政府各委、办、局：", notice, "某某市人民政府", "2022年5月30日", plan, "为深入贯彻落实有关部署，制定本实施方案。"]
    raw = read_text("\n".join(lines))
    assert raw.title == plan
    spoken = paragraph_texts(raw)
    assert spoken[0] == "各区人民政府，市政府各委、办、局："
    assert not any("政策法规" in text or "Policies" in text for text in spoken)
    # English alone on its line under the column goes the same way.
    raw = read_text("\n".join(["政策法规", "Policies and regulations", *lines[1:]]).replace("Policies and regulations各", "各"))
    assert raw.title == plan and "Policies" not in "".join(paragraph_texts(raw))
    assert name_untitled("", (Paragraph("各区人民政府："), Paragraph("现将某某市工作方案印发给你们，请遵照执行。")), source="")[0] != "某某市工作方案"


def test_what_the_column_over_addressees_rule_must_not_touch() -> None:
    """A kind word over the addressees (通知 / 各乡镇：) is the notice's own title."""
    raw = read_text("通知\n各乡镇人民政府，县直各部门：\n现将有关事项通知如下，请遵照执行。\n")
    assert raw.title == "通知"
    # Nor is a field row closed by a toolbar's empty label (背景色：) an addressee line: the headline
    # over it is the title (市政府工作要事记 / 发布时间：… 来源：… 背景色：; ho105/19, session 51).
    raw = read_text("市政府工作要事记\n发布时间: 2024-08-10 10:33 来源:某市人民政府办公室 背景色:\n（2024年5月）\n1日，我市举行主题党日活动。\n")
    assert raw.title == "市政府工作要事记"


def test_the_joint_organs_over_an_issued_documents_title_line_are_part_of_its_title() -> None:
    """A repost's news lead says the province issued 《关于…的实施意见》, then prints it whole under
    the organs' line (中共某省委 某省人民政府 / 关于…): the organs and the title line together are
    its title, as at the head of the document; a signature's date over the line adds nothing."""
    lead = ("近日，某省委、省政府印发了《关于坚持高质量发展的实施意见》。", "全文如下。")
    body = ("关于坚持高质量发展的实施意见", "为贯彻落实精神，结合我省实际，制定本实施意见。")
    doc = read_text("\n".join((*lead, "中共某省委 某省人民政府", *body)))
    assert doc.title == "中共某省委 某省人民政府关于坚持高质量发展的实施意见"
    assert "中共某省委 某省人民政府" in paragraph_texts(doc)  # still read where it stands
    dated = read_text("\n".join((*lead, "某省人民政府办公厅", "2022年1月4日", *body)))
    assert dated.title == "关于坚持高质量发展的实施意见"


def test_a_reposts_name_after_the_headline_the_original_title_runs_short_of_is_the_sites() -> None:
    """A repost's headline with its name after a dash (…全文发布-某某娱乐登陆), over 原标题：…全文发布:
    the original headline is the title; without such a line, or when the title is the original
    headline, nothing is cut."""
    body = "发布时间：2020-09-27  作者：abc\n原标题：《某市突发公共卫生事件应急条例》全文发布\n新京报讯，条例于9月27日发布。\n第一章 总则\n第一条 为了预防突发事件，制定本条例。\n"
    raw = read_text("《某市突发公共卫生事件应急条例》全文发布-某某娱乐登陆\n" + body)
    assert raw.title == "《某市突发公共卫生事件应急条例》全文发布"
    assert "title-tag" in finding_kinds(raw)
    same = read_text("《某市突发公共卫生事件应急条例》全文发布\n" + body)
    assert same.title == "《某市突发公共卫生事件应急条例》全文发布"
    longer = read_text("《某市突发公共卫生事件应急条例》全文发布并施行\n" + body)
    assert longer.title == "《某市突发公共卫生事件应急条例》全文发布并施行"


def test_a_published_name_opening_a_later_paragraph_glued_to_its_preamble_is_the_title() -> None:
    raw = read_text(
        "9月25日，国家某某治理专业委员会发布了《新一代某某伦理规范》（以下简称《伦理规范》），旨在提供伦理指引。\n"
        "《伦理规范》经过专题调研、集中起草等环节，包括总则和组织实施等内容。\n"
        "新一代某某伦理规范为深入贯彻《新一代某某发展规划》，增强全社会的伦理意识，制定本规范。\n第一章 总则\n第一条 本规范旨在将伦理道德融入全生命周期。\n"
    )
    assert raw.title == "新一代某某伦理规范"
    assert "title-guessed" in [f.kind for f in raw.findings]
    # a paragraph that only speaks of the named document further on names nothing
    raw = read_text(
        "9月25日，国家某某治理专业委员会发布了《新一代某某伦理规范》，旨在提供伦理指引。\n"
        "新一代某某伦理规范的发布，为从事相关活动的机构提供了指引。\n"
    )
    assert raw.title != "新一代某某伦理规范"


def test_a_flattened_notice_names_the_rules_it_prints_right_after_its_note() -> None:
    """One line: the notice issues 《X》, signs, notes （此件公开发布） and prints X with its first chapter
    glued on, no space anywhere: X is the title, not the kind 办法."""
    line = (
        "各县、自治县、区人民政府，市政府各工作部门：现将《某市市级储备粮管理办法》印发给你们，请认真抓好贯彻落实。"
        "某市人民政府2023年9月5日（此件公开发布）某市市级储备粮管理办法第一章  总    则"
        "第一条  为加强市级储备粮管理，保障市级储备粮数量真实、质量良好和储存安全，制定本办法。"
        "第二条  本办法适用于本市行政区域内市级储备粮的计划、储存、轮换和动用等管理活动。"
    )
    raw = read_text(line + "\n")
    assert raw.title == "某市市级储备粮管理办法"


def test_a_notices_title_run_into_a_flattened_copys_opening_names_it() -> None:
    """- 某 某 / - 9 years ago / - Views: / Transcription / 1 省政府文件某省人民政府关于印发…的通知某政号各市
    人民政府：… — a document site's record (the uploader's name is no title) over a copy that lost
    its lines: the notice's full title, run in after the letterhead and before its number and
    addressees, is the title; one cited after 根据 is not."""
    opening = "1 省政府文件某某省人民政府关于印发某某省深入推动金融改革发展若干政策措施的通知某政号各市自治州人民政府，省政府各委办厅局：现印发给你们，请认真贯彻执行。"
    raw = read_text(f"- 某 某\n- 9 years ago\n- Views:\nTranscription\n{opening}\n")
    assert raw.title == "某某省人民政府关于印发某某省深入推动金融改革发展若干政策措施的通知"
    assert "title-guessed" in finding_kinds(raw)
    cited = "根据某某省人民政府关于印发某某措施的通知各项要求，我局认真开展了自查工作，现将有关情况报告如下。"
    assert read_text(f"{cited}\n一、基本情况\n全局共有干部职工三十人。\n").title != "某某省人民政府关于印发某某措施的通知"


def test_a_news_accounts_shouted_headline_under_its_column_is_the_title() -> None:
    """医院动态┃注意！某州2022年森林草原禁火令来了！ / 关注我们 over the text (ho97/08, session 50): the
    exclamation mark ends no sentence there (the title keeps it, as printed), the column set with
    a box-drawing bar before the headline is the site's, and the follow button is chrome. A
    salutation is no title."""
    lead = "为切实抓好全州森林草原防火工作，根据国务院《森林防火条例》，特发布禁火令。"
    raw = read_text(f"医院动态┃注意！某州2022年森林草原禁火令来了！\n关注我们\n{lead}\n一、禁火时段：\n2022年1月1日至2022年6月30日。\n")
    assert raw.title == "注意！某州2022年森林草原禁火令来了！"
    assert paragraph_texts(raw)[0] == lead
    raw = read_text(f"同志们！\n{lead}\n")
    assert raw.title != "同志们"


def test_an_announcements_own_title_block_names_a_text_without_a_title_line() -> None:
    """A news lead over 某县人民代表大会常务委员会 / 公 告 / 〔2021〕第2号: the announcement's organ
    and kind name the text; an organ and 公告 with text under them, no number or adopting meeting,
    name nothing."""
    lead = "4月23日，县人大常委会主任主持召开常委会会议。"
    block = ["某县人民代表大会常务委员会", "公 告", "〔2021〕第2号", "（2021年4月23日某县人大常委会第三十七次会议通过）", "会议决定：某县第九届人民代表大会第六次会议于5月召开。"]
    named = name_untitled("", tuple(Paragraph(text) for text in [lead, *block]), source="")[0]
    assert named == "某县人民代表大会常务委员会公告"
    loose = ["某县人民代表大会常务委员会", "公告", "会议决定：某县第九届人民代表大会第六次会议于5月召开。"]
    assert name_untitled("", tuple(Paragraph(text) for text in [lead, *loose]), source="")[0] == ""
