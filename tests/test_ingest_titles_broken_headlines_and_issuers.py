"""A headline broken over lines, its issuers over it, and the document's own title line: joint
issuers and both halves of a broken headline make one title, a title cut after 关于 or before a
name with its year stays one, a news headline citing a document gives way to its printed title
line, a notice issuing a document keeps its own, an organ line is not pulled into a headline the
page set above. Made-up pages of the kinds seen."""

from __future__ import annotations

from helpers import finding_kinds, paragraph_texts

from audiojiedu.ingest import read_text

BODY = "根据有关规定，现将本单位年度工作情况说明如下，全年各项工作均按计划推进并完成。"


def test_joint_issuers_and_a_broken_headline_under_the_sites_fields_make_one_title() -> None:
    """A toolbar and field rows over 某省人民政府办公厅 某省人民政府办公厅 / 关于印发…“十四五” /
    实施方案的通知: the issuers and both halves of the headline move up together, the fields stay
    under them for the metadata; the title is the issuers and the whole 关于… line."""
    raw = read_text(
        "排序 打印\n发文字号：某政办〔2022〕5号\n成文日期：2022-02-07\n"
        "甲省人民政府办公厅 乙省人民政府办公厅\n关于印发某某城市群发展“十四五”\n实施方案的通知\n"
        f"各市人民政府：\n{BODY}\n"
    )
    assert raw.title == "甲省人民政府办公厅 乙省人民政府办公厅关于印发某某城市群发展“十四五”实施方案的通知"
    assert raw.metadata.get("发文字号") == "某政办〔2022〕5号"
    assert paragraph_texts(raw)[0] == "各市人民政府："


def test_a_news_headline_citing_a_document_gives_way_to_its_printed_title_line() -> None:
    """《某省某某规划》印发, a lead, then the plan printed from its own title line over 前 言: the
    plan's line is the title, the headline is not read, the lead is. A line naming the plan inside a
    sentence, or a headline whose cited name is never printed alone, keeps the headline."""
    plan = "某省某某流域生态保护和高质量发展规划"
    lead = f"某省人民政府印发《{plan}》，提出到2025年生态保护取得阶段性进展。"
    raw = read_text(f"《{plan}》印发\n来源：某某网\n{lead}\n{plan}\n前 言\n{BODY}\n")
    assert raw.title == plan
    assert "title-guessed" in finding_kinds(raw)
    assert paragraph_texts(raw)[0] == lead  # the news headline is not read; its lead is
    raw = read_text(f"《{plan}》印发\n来源：某某网\n{lead}\n{BODY}\n")
    assert raw.title == f"《{plan}》印发"


def test_a_notice_issuing_a_document_keeps_its_own_title() -> None:
    """关于印发《某某办法》的通知 over the notice and the 办法 it prints from its own title line: the
    headline is a title itself, so it stays the title (the cited name is not taken)."""
    rules = "某某县农村公路养护管理办法"
    raw = read_text(
        f"关于印发《{rules}》的通知\n各乡镇人民政府：\n现将《{rules}》印发给你们，请认真贯彻执行。\n"
        f"{rules}\n第一章 总则\n第一条 为了加强农村公路养护管理，制定本办法。\n"
    )
    assert raw.title == f"关于印发《{rules}》的通知"


def test_an_organ_over_a_headline_the_page_set_above_is_not_pulled_into_it() -> None:
    """The page's headline 关于印发…的通知 printed above, then the document's organ line over the same
    关于… line and its number: the title stays as the page set it, without the organ."""
    notice = "关于印发《某某市公共汽车行业考评办法》的通知"
    raw = read_text(
        f"热门站点| 某某资料网 | 某某论坛\n{notice}\n某某市交通委员会\n{notice}\n某交〔2008〕6号\n"
        f"各区交通局：\n{BODY}\n"
    )
    assert raw.title == notice


def test_a_title_broken_before_a_name_with_its_year_stays_one() -> None:
    """某县人民政府关于印发 / 某县2025年春耕生产工作方案的通知: the second line opens as a title
    does, yet the first is cut inside the title (关于, 印发): one title. An organ's name over a
    year's report is its issuer, also one title."""
    raw = read_text(f"某某县人民政府关于印发\n某某县2025年春耕生产工作方案的通知\n各乡镇人民政府：\n{BODY}\n")
    assert raw.title == "某某县人民政府关于印发某某县2025年春耕生产工作方案的通知"
    raw = read_text(f"某某县统计局\n某某县2024年国民经济和社会发展统计公报\n{BODY}\n")
    assert raw.title.endswith("某某县2024年国民经济和社会发展统计公报")


def test_a_headline_broken_after_its_organs_about_is_taken_whole() -> None:
    """某市人民政府关于 / 修改部分政府规章的决定 under the site's menu, printed again lower down:
    the second line scores higher for the repeat, yet the line above it is cut inside the title
    (it ends on 关于), so the headline starts there; the menu over it is still dropped."""
    raw = read_text(
        "机构设置\n开发区\n部门网站\n某某市人民政府关于\n修改部分政府规章的决定\n"
        "某某市人民政府令\n第12号\n时间：2024-02-18 14:46 来源：\n"
        "《某某市人民政府关于修改部分政府规章的决定》已经市人民政府常务会议审议通过，现予公布。\n"
        "某某市人民政府关于\n修改部分政府规章的决定\n为做好证明事项清理工作，市政府决定对部分规章予以修改。\n"
    )
    assert raw.title == "某某市人民政府关于修改部分政府规章的决定"
    assert not any("机构设置" in text for text in paragraph_texts(raw))


PLAN_REPORT = "关于某某省2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划的报告"
ADOPTED = "某某省第六届人民代表大会第五次会议审议通过\n一、2021年计划执行情况\n全年经济平稳运行，主要指标完成年度目标。\n"


def test_a_title_word_before_the_break_does_not_end_an_about_title() -> None:
    """关于某省2021年国民经济和社会发展计划 / 执行情况与…计划的报告: the first line ends on 计划, a
    title's word, but a 关于 title ends with its kind after 的; broken over two lines or three, the
    lines make one title."""
    for broken in (
        "关于某某省2021年国民经济和社会发展计划\n执行情况与2022年国民经济和社会发展计划的报告",
        "关于某某省2021年国民经济和社会发展计划\n执行情况与2022年国民经济和社会发展\n计划的报告",
    ):
        raw = read_text(f"{broken}\n{ADOPTED}")
        assert raw.title == PLAN_REPORT
        assert paragraph_texts(raw)[0] == "某某省第六届人民代表大会第五次会议审议通过"


def test_cited_documents_over_three_lines_stay_one_title() -> None:
    """关于印发《某甲办法》 / 《某乙办法》 / 《某丙办法》的通知: two lines joined name no notice yet (no 的
    after 关于), so the third line is the title's too."""
    raw = read_text(
        "某某省财政厅 某某省科技厅\n关于印发 《某某奖补资金管理办法》\n《某某创新券实施管理办法》\n"
        "《某某揭榜制实施管理办法》的通知\n\n某财规〔2020〕3号\n\n各州市财政局、科技局：\n现将有关办法印发给你们，请认真遵照执行。\n"
    )
    assert raw.title.endswith("《某某揭榜制实施管理办法》的通知")
    assert raw.title.startswith("某某省财政厅 某某省科技厅关于印发")


def test_a_session_files_label_numbered_in_chinese_is_no_title() -> None:
    """某县十六届人大四次会议文件(五) over the letter-spaced 政 府 工 作 报 告: the congress's label for
    the papers it hands out, numbered (五) as well as (5), stays to be read under the title."""
    raw = read_text(
        "某某县十六届人大四次会议文件(五)\n政 府 工 作 报 告\n——2024年1月22日在某某县第十六届人民代表大会第四次会议上\n"
        "各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n一年来，全县经济稳中向好。\n"
    )
    assert raw.title == "政府工作报告"
    assert paragraph_texts(raw)[0] == "某某县十六届人大四次会议文件（五）"


def test_a_title_broken_before_its_kind_under_a_collectors_headline_is_whole() -> None:
    """（某区）某盟某旗国民经济和社会发展十四五规划（2022年更新） over 某旗国民经济和社会发展第十四个
    五年 / 规划和2035年远景目标纲要 and the issuer and date: the kind (规划) opening the second line
    shows the line over it is the title's start; the title is both lines, not the second alone."""
    raw = read_text(
        "（某某自治区）某某盟某某旗国民经济和社会发展十四五规划（2022年更新）\n某某旗国民经济和社会发展第十四个五年\n"
        "规划和 2035 年远景目标纲要\n某某旗人民政府\n2021 年 9 月\n“十四五”时期，是开启全面建设社会主义现代化国家新征程的第一个五年。\n"
    )
    assert raw.title == "某某旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert paragraph_texts(raw)[:2] == ["某某旗人民政府", "2021 年 9 月"]


def test_a_plans_title_broken_before_its_ordinal_under_a_collectors_headline_is_whole() -> None:
    """（某省）某市某县国民经济和社会发展十四五规划（2022年更新） over 某县国民经济和社会发展 /
    第十四个五年规划和2035 年远景目标纲要 (dev76, session 43): the plan's ordinal opening the second
    line shows the line over it is the title's start, not the site's furniture."""
    raw = read_text(
        "（某某省）某某市某某县国民经济和社会发展十四五规划（2022年更新）\n某某县国民经济和社会发展\n"
        "第十四个五年规划和2035 年远景目标纲要\n序 言\n“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。\n"
    )
    assert raw.title == "某某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert "国民经济和社会发展" not in "".join(paragraph_texts(raw))


def test_a_title_broken_before_its_kind_alone_is_whole() -> None:
    """2019年某省某县国民经济和社会发展 / 统计公报 under the site's headline and a menu row: the
    second line is the kind alone (a word before its title word), the line over it the title's
    start; the title is both lines, not the kind alone."""
    raw = read_text(
        "2019年某县国民经济和社会发展 统计公报 2019\n选择区域：>>\n2019年某省某县国民经济和社会发展\n统计公报\n"
        "某县统计局\n（2020年7月10日）\n2019年，全县经济运行总体平稳，稳中有进。\n一、综合\n全年地区生产总值79亿元。\n"
    )
    assert raw.title == "2019年某省某县国民经济和社会发展统计公报"
    assert "统计公报" not in paragraph_texts(raw)


def test_a_headline_over_a_line_opening_with_a_kind_word_stays_apart_when_it_ends_as_a_title() -> None:
    """A line that ends as a title (某某县2024年工作要点的通知) is whole: a line under it opening with a
    kind word (方案编制说明会召开) is no rest of it."""
    raw = read_text("某某县人民政府关于印发2024年工作要点的通知\n方案编制工作有序推进\n各乡镇人民政府：\n现将工作要点印发给你们，请认真贯彻执行。\n")
    assert raw.title == "某某县人民政府关于印发2024年工作要点的通知"


def test_a_plans_title_broken_after_its_place_over_the_text_is_whole() -> None:
    """某州国民经济和社会发展 / 第十四个五年规划和2035年 / 远景目标纲要 with the preface right under it
    (no adoption note): the first line opens with the plan's place and is cut before its kind, so it
    is the title's start, no label over a title of its own."""
    raw = read_text(
        "某某回族自治州国民经济和社会发展\n第十四个五年规划和2035年\n远景目标纲要\n"
        "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年，是某某州推动高质量发展的关键五年。\n"
        "第一章 发展基础\n“十三五”时期，全州经济持续健康发展。\n"
    )
    assert raw.title == "某某回族自治州国民经济和社会发展第十四个五年规划和2035年远景目标纲要"


def test_a_widgets_words_over_a_title_of_its_own_stay_apart() -> None:
    """点击收听语音播报 over 某镇人民政府2024年…年度报告: a widget's words, no place opening them."""
    raw = read_text(f"点击收听语音播报\n某某镇人民政府2024年政府信息公开工作年度报告\n{BODY}\n")
    assert raw.title == "某某镇人民政府2024年政府信息公开工作年度报告"


def test_the_titles_own_period_or_state_on_the_line_under_it_is_part_of_it() -> None:
    """某某三年行动计划 / （2021-2023年）, 某某办法 / （试行）: the bracket is the title's own note,
    printed on a line of its own; a date alone under a report's title is the day it was given."""
    plan = read_text(f"附件\n\n某市某某产业高质量发展三年行动计划\n\n（2021-2023年）\n\n{BODY}\n一、总体思路\n{BODY}\n")
    assert plan.title == "某市某某产业高质量发展三年行动计划（2021-2023年）"
    assert "（2021-2023年）" not in paragraph_texts(plan)
    rules = read_text(f"某市某某管理办法\n（试行）\n第一条 为了规范管理，制定本办法。\n第二条 {BODY}\n")
    assert rules.title == "某市某某管理办法（试行）"
    report = read_text(f"某县2024年政府工作报告\n（2024年1月5日）\n各位代表：\n{BODY}\n")
    assert report.title == "某县2024年政府工作报告"
    assert "（2024年1月5日）" in paragraph_texts(report)


def test_the_titles_own_period_moves_with_the_headline_over_the_collectors_fields() -> None:
    raw = read_text(
        "文档：某市某某产业高质量发展三年行动计划.md\n基本信息\n文档类型：政策类\n发布机构：某市相关部门\n"
        "文件名称：某市某某产业高质量发展三年行动计划（2021-2023年）\n\n附件\n\n"
        f"某市某某产业高质量发展三年行动计划\n\n（2021-2023年）\n\n{BODY}\n一、总体思路\n{BODY}\n"
    )
    assert raw.title == "某市某某产业高质量发展三年行动计划（2021-2023年）"
    assert paragraph_texts(raw)[0] == BODY


def test_a_fragment_or_a_news_lead_at_the_top_of_a_lossy_copy_is_no_title() -> None:
    """各 (the addressees' line cut to its first character) and 近期，某某局 (a lead broken off where
    a link's words were lost) open the text of a copy that kept no title line: no title is taken
    from them, and they are read."""
    first = read_text(f"各\n《关于某某的若干措施》已经省政府同意，现印发给你们，请认真贯彻执行。\n2020年3月16日\n{BODY}\n")
    assert first.title == ""
    assert paragraph_texts(first)[0] == "各"
    lead = read_text(f"近期，某省市场监督管理局\n感染的\n控期间食品安全专项监督抽检，抽检了10大类食品共426批次样品。\n{BODY}\n")
    assert lead.title == ""
    assert paragraph_texts(lead)[0] == "近期，某省市场监督管理局"


def test_a_headline_of_two_phrases_after_its_columns_tag_is_no_menu_bar() -> None:
    """专家解读 | 系统推进美丽城市建设 全面提升城市治理水平 over 发布时间/来源 and the page's buttons:
    two headline phrases after the column's tag, never a bar of the site's menu words."""
    raw = read_text(
        "专家解读 | 系统推进美丽城市建设 全面提升城市治理水平\n发布时间：2025-02-05\n来源：某某部\n字号：\n[大]\n[中]\n[小]\n"
        f"{BODY}\n[打印]\n仅打印内容\n"
    )
    assert raw.title.endswith("系统推进美丽城市建设 全面提升城市治理水平")
    assert paragraph_texts(raw) == [BODY]
    menu = read_text(f"首页 | 政务公开 | 政务服务 | 互动交流\n某县关于做好防汛工作的通知\n{BODY}\n")
    assert menu.title == "某县关于做好防汛工作的通知"


def test_a_laws_or_an_amendments_title_broken_over_two_lines_is_joined() -> None:
    law = read_text(
        "\n\n中华人民共和国农村土地承包\n经营纠纷调解仲裁法\n\n（2009年6月27日第十一届全国人民代表大会常务委员会第九次会议通过）\n\n"
        "第一章　总　　则\n第一条　为了公正、及时解决纠纷，制定本法。\n第二条　本法适用于纠纷的调解。\n"
    )
    assert law.title == "中华人民共和国农村土地承包经营纠纷调解仲裁法"
    draft = read_text(
        "《某省流动人口服务管理条例》\n修正案（草案）\n\n一、将第八条第二款修改为：“流动人口应当申报居住登记。”\n二、删去第十一条。\n"
    )
    assert draft.title == "《某省流动人口服务管理条例》修正案（草案）"


def test_issuers_before_a_title_line_broken_under_a_headline_with_its_number() -> None:
    """<h2>关于…的通知(某发〔2020〕816号)</h2> over 某某发展改革委 某某能源局关于加强和规范
    电网 / 规划投资管理工作的通知: the body's title line, broken over two lines, names the issuers the
    headline leaves out; joined, it is the title and neither half is read."""
    from audiojiedu.ingest.html import read_html

    page = (
        "<html><head><title>【关于加强和规范电网规划投资管理工作的通知(发改能源规〔2020〕816号)】-某某委员会</title></head>"
        "<body><div class='article'><h2>关于加强和规范电网规划投资管理工作的通知(发改能源规〔2020〕816号)</h2>"
        "<div class='con'><p>某省发展改革委 某省能源局关于加强和规范电网</p><p>规划投资管理工作的通知</p>"
        f"<p>各省、自治区发展改革委：</p><p>{BODY}</p><p>一、切实加强规划统筹</p><p>{BODY}</p></div></div></body></html>"
    )
    raw = read_html(page, source="page.html")
    assert raw.title == "某省发展改革委 某省能源局关于加强和规范电网规划投资管理工作的通知"
    assert raw.metadata.get("发文字号") == "发改能源规〔2020〕816号"
    assert paragraph_texts(raw)[0] == "各省、自治区发展改革委："
    assert "title-guessed" in finding_kinds(raw)


def test_a_headline_joining_the_titles_of_an_order_a_decision_and_the_rules_gives_the_decisions() -> None:
    """<title>某国务院令（第586号）　　某国务院关于修改《某某条例》的决定　　某某条例</title> over the order,
    the decision and the amended rules printed one after another: the headline joins their
    titles; the decision the order issues, the first title the body prints, is the document's."""
    from audiojiedu.ingest.html import read_html

    decision = "国务院关于修改《某某保险条例》的决定"
    page = (
        f"<html><head><title>中华人民共和国国务院令（第586号）\u3000\u3000{decision}\u3000\u3000某某保险条例_国务院公报</title></head>"
        "<body><div class='article'><p>中华人民共和国国务院令</p><p>第　586　号</p>"
        "<p>《国务院关于修改〈某某保险条例〉的决定》已经国务院常务会议通过，现予公布，自2011年1月1日起施行。</p>"
        f"<p>总理　某某某</p><p>二○一○年十二月二十日</p><p>{decision}</p><p>国务院决定对《某某保险条例》作如下修改：</p>"
        f"<p>一、第二条修改为：“{BODY}”</p><p>本决定自2011年1月1日起施行。</p><p>某某保险条例</p>"
        f"<p>第一章　总则</p><p>第一条　{BODY}</p><p>第二条　{BODY}</p></div></body></html>"
    )
    raw = read_html(page, source="page.html")
    assert raw.title == decision
    texts = paragraph_texts(raw)
    assert decision not in texts and "某某保险条例" in texts and texts[0] == "中华人民共和国国务院令"
    assert "title-guessed" in finding_kinds(raw)


def test_a_headline_with_wide_spaces_inside_one_title_is_kept() -> None:
    """Wide spaces between the issuers and the 关于… of one title, both printed as lines, are no
    joined titles: an organ's name is no title."""
    from audiojiedu.ingest.html import read_html

    for headline, lines in (
        ("某省发展改革委\u3000\u3000某省能源局关于加强某某管理的通知", ("某省发展改革委", "某省能源局关于加强某某管理的通知")),
    ):
        body = "".join(f"<p>{line}</p>" for line in lines)
        page = f"<html><head><title>{headline}</title></head><body><div class='article'>{body}<p>各市：</p><p>{BODY}</p><p>{BODY}</p></div></body></html>"
        raw = read_html(page, source="page.html")
        assert raw.title.replace("\u3000", "").replace(" ", "") == headline.replace("\u3000", "")


def test_joint_issuers_a_line_each_over_the_title_field_that_names_one_of_them() -> None:
    """标题: 某镇人民政府关于… in the page's fields, and the document printing its issuers a line each
    (中共某镇委员会 / 某镇人民政府 / 关于…): the first issuer, left out of the field, opens the full title."""
    field = "某某区某某镇人民政府关于印发《某某镇村民委员会换届选举工作方案》的通知"
    raw = read_text(
        f"标题: {field}\n发文字号: 某委发〔2021〕68号\n\n中共某某区某某镇委员会\n\n某某区某某镇人民政府\n\n"
        f"关于印发《某某镇村民委员会换届选举工作方案》的通知\n\n各村党总支、村委会：\n{BODY}\n"
    )
    assert raw.title == f"中共某某区某某镇委员会 {field}"
    assert paragraph_texts(raw)[0] == "各村党总支、村委会："


def test_the_issuer_over_a_forwarding_title_opens_it() -> None:
    """某市人民政府办公室 / 转发某某市…指导意见的 / 通知 under a headline without the issuer: a title that opens
    with what it does (转发, 印发) names no issuer, so the organ over it is its issuer."""
    raw = read_text(
        "转发某某市推行说理性行政处罚文书指导意见的通知\n发布日期：2011-09-01\n某政办〔2011〕129号\n"
        f"某某市人民政府办公室\n转发某某市推行说理性行政处罚文书\n指导意见的通知\n市政府直属各单位：\n{BODY}\n"
    )
    assert raw.title == "某某市人民政府办公室转发某某市推行说理性行政处罚文书指导意见的通知"
    assert paragraph_texts(raw)[0] == "市政府直属各单位："


def test_a_headline_naming_the_place_and_year_of_the_documents_own_short_title_is_the_title() -> None:
    """政府工作报告 under the page's 某某镇2021年政府工作报告 (or 某某市人民政府工作报告（2023年）): the
    headline says the document's own title line more fully, with its place, organ or year: it is
    the title a listener hears, and the own line is not read after it. A crumb of a trail broken
    over lines, the headline repeated under it, is no title line."""
    speech = "——2021年2月27日在某某镇第十六届人民代表大会第六次会议上"
    for headline in ("某某镇2021年政府工作报告", "某某市人民政府工作报告（2023年）", "2026年某某自治区政府工作报告"):
        raw = read_text(f"{headline}\n时间：2023-02-03 来源：某某网\n政府工作报告\n{speech}\n各位代表：\n{BODY}\n")
        assert raw.title == headline, headline
        assert paragraph_texts(raw)[0] == speech
    crumbs = read_text(f"某某省2026年政府工作报告\n{speech}\n政府工作报告\n省政府工作报告\n某某省2026年政府工作报告\n{speech}\n各位代表：\n{BODY}\n")
    assert crumbs.title == "某某省2026年政府工作报告"


def test_a_headline_with_the_issuer_over_the_documents_about_line_keeps_the_issuer() -> None:
    """某某市人民政府关于持续深化某某改革的实施意见 over 关于持续深化某某改革的实施意见: the issuer the
    letterhead prints opens the full title; the 关于… line is no shorter own title that wins."""
    full = "某某市人民政府关于持续深化某某改革的实施意见"
    raw = read_text(f"{full}\n发布日期：2021-08-01\n关于持续深化某某改革的实施意见\n各县（市、区）人民政府：\n{BODY}\n")
    assert raw.title == full
