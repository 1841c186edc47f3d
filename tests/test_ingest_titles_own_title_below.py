"""The document's own title line printed below a page's headline is the title: the page names the
document in its own words (a collector's listing, a headline with a bracket of the site's), then
prints the document from its title line. Made-up pages of the kinds seen."""

from __future__ import annotations

from helpers import finding_kinds, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_title_words import ends_as_title
from audiojiedu.outline import parse_outline

ARTICLE = "第一条 为了规范本市物业管理活动，维护业主和物业服务企业的合法权益，根据有关法律法规，结合本市实际，制定本办法。"
BODY = "根据有关规定，现将本单位年度工作情况说明如下，全年各项工作均按计划推进并完成。"


def test_a_rules_title_line_under_the_pages_rows_is_the_title() -> None:
    """A collector's headline of search phrases (某市物业管理条例全文，最新…（修订版）), the page's date
    row, then the rules printed from their own title line over 第一章: that line is the title, though
    the two share no long run of words; the headline is not read."""
    own = "某某市物业管理实施办法（2011）"
    raw = read_text(
        f"某某物业管理条例全文，最新某某物业管理条例（修订版）\n发布时间：2023-09-19 05:44:44\n{own}\n第一章 总则\n{ARTICLE}\n"
    )
    assert raw.title == own
    assert "title-guessed" in finding_kinds(raw)
    assert paragraph_texts(raw)[0] == "第一章 总则"  # the collector's headline is not read


def test_a_title_line_under_the_pages_rows_over_no_rules_must_share_the_name() -> None:
    """Over a first heading (一、) rather than a first chapter or article, a title line under the
    page's date row is another document's when it names another thing: the headline stays the title."""
    headline = "某某县2025年政府工作报告"
    raw = read_text(f"{headline}\n日期：2025-01-10\n某某县农业农村局工作要点\n一、总体要求\n{BODY}\n")
    assert raw.title == headline


def test_the_sites_bracket_after_the_headline_is_not_the_documents() -> None:
    """某市某某管理规定（2002年） printed twice over the issuing government and the rules' own title
    line without the bracket: the bracket is the site's, the title line is the title, and the organ
    over a title that names its place already is not joined to it."""
    own = "某某市新型墙体材料管理规定"
    headline = f"{own}（2002年）"
    raw = read_text(f"{headline}\n{headline}\n某某省某某市人民政府\n{own}\n{ARTICLE}\n")
    assert raw.title == own


def test_a_title_line_that_only_repeats_the_headline_under_its_bracket_of_the_document_stays() -> None:
    """（试行） after a headline is the document's own note: a shorter title line under it is the
    headline said without it, never a title of its own."""
    headline = "某某市新型墙体材料管理规定（试行）"
    raw = read_text(f"{headline}\n发布时间：2024-06-25\n某某市新型墙体材料管理规定\n{ARTICLE}\n")
    assert raw.title == headline


def test_a_title_broken_over_three_lines_over_its_issuer_and_date_is_the_title() -> None:
    """A listing's name for a plan ((某省)…十四五规划(2022年更新)), the page's rows, a one-line link to
    the plan, then the plan's cover: its title over three lines, the issuer and the month."""
    own = ["某某市某某区国民经济和社会发展", "第十四个五年规划和二〇三五年", "远景目标纲要"]
    raw = read_text(
        "（某某省）某某市某某区国民经济和社会发展十四五规划（2022年更新）\n"
        "[规划计划] 发表于：2022-08-12 14:30:35\n前言\n"
        "某某市某某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n"
        + "\n".join(own)
        + "\n某某市某某区人民政府\n2021年4月\n序言\n"
        + BODY
        + "\n"
    )
    assert raw.title == "".join(own)


def test_a_bare_year_in_brackets_is_a_note_of_the_titles_own() -> None:
    """某某办法（2011）: the version's year closes the title as （2011年） does."""
    assert ends_as_title("某某市物业管理实施办法（2011）")
    assert ends_as_title("某某市物业管理实施办法（2011年）")
    assert not ends_as_title("某某市物业管理（2011）情况")


def test_a_speechs_occasion_line_is_no_part_of_its_title() -> None:
    """A speech's title over two lines, then ——在…会议上的讲话: the occasion says where it was
    given and stays to be read; the title is the two lines."""
    raw = read_text(
        "某某某：大力弘扬某某文化 为新时代某某更加出彩凝聚精神力量\n来源：某某日报客户端 2020.01.15 07:37\n"
        "大力弘扬某某文化\n为新时代某某更加出彩凝聚精神力量\n——在省第十三届人民代表大会第三次会议闭幕时的讲话\n"
        "（二〇二〇年一月十四日）\n某某某\n各位代表、同志们：\n" + BODY + "\n"
    )
    assert raw.title.replace(" ", "") == "大力弘扬某某文化为新时代某某更加出彩凝聚精神力量"
    assert any(text.startswith("——在省第十三届") for text in paragraph_texts(raw))


def test_the_notice_issuing_the_headlines_document_is_its_title() -> None:
    """A law site names the page for the rules (某市某某办法（试行）), then prints the notice issuing
    them (某市人民政府关于印发《某市某某办法（试行）》的通知, its number, its text) and the rules: the
    document is the notice, so its title line is the title (as the document is cited). The
    headline, only the name of the rules it issues, is not read again; the rules' own title line
    over 第一章 is."""
    rules = "某某市征地安置办法（试行）"
    notice = f"某某市人民政府关于印发《{rules}》的通知"
    raw = read_text(
        f"{rules}\n{rules}\n某某省某某市人民政府\n{notice}\n某市府发〔2004〕5号\n"
        f"各县、区人民政府，市级各部门：\n《{rules}》已经市人民政府同意，现印发给你们，请遵照执行。\n"
        f"二〇〇四年二月二日\n{rules}\n第一章 总则\n{ARTICLE}\n"
    )
    assert raw.title == notice
    texts = paragraph_texts(raw)
    assert texts.count(rules) == 1 and texts[texts.index(rules) + 1] == "第一章 总则"
    assert notice not in texts


def test_a_note_about_the_page_after_the_title_is_not_read_as_title() -> None:
    """（2025年更新）, （持续更新）, （全文） say what the site did with the page, not what the document
    is: they are left out of the title, with a finding; （试行） and a year stay."""
    raw = read_text(f"2024年某某市国民经济和社会发展统计公报（2025年更新）\n{BODY}\n")
    assert raw.title == "2024年某某市国民经济和社会发展统计公报"
    assert "title-tag" in finding_kinds(raw)
    raw = read_text(f"某某市中高风险地区有哪些？（持续更新）\n发布时间：2022-08-10\n{BODY}\n")
    assert raw.title == "某某市中高风险地区有哪些？"
    raw = read_text(f"某某市物业管理实施办法（试行）\n发布时间：2022-08-10\n{BODY}\n")
    assert raw.title == "某某市物业管理实施办法（试行）"
    # a sharing site's page count, a mirror's "latest full text", a wiki's footnote mark
    for note in ("（第73/88页）", "（最新版本全文）", "（最新版）", " [1]"):
        raw = read_text(f"2024年某某市国民经济和社会发展统计公报{note}\n{BODY}\n")
        assert raw.title == "2024年某某市国民经济和社会发展统计公报", note
    # the page's date after the title, over the plan's 总目录: neither is the title's
    raw = read_text("安宁镇乡村振兴行动计划（2021-2023年） 2021-08-31\n总目录\n一、总体要求.........2\n二、专项行动.........46\n前言\n" + BODY + "\n")
    assert raw.title == "安宁镇乡村振兴行动计划（2021-2023年）"
    # book-title marks round the whole title: the page names the document it prints
    raw = read_text(f"《某某省乡村振兴战略规划（2018—2022年）》（全文）\n发布日期：2020-04-03\n{BODY}\n")
    assert raw.title == "某某省乡村振兴战略规划（2018—2022年）"
    raw = read_text(f"《某某省乡村振兴战略规划》解读\n{BODY}\n")
    assert raw.title == "《某某省乡村振兴战略规划》解读"


def test_an_issuers_line_over_the_text_is_no_title() -> None:
    """A page starting at the issuer's line (某区国资局) over the text, no title line: the organ is
    the issuer (发文机关), and the text's own sentence names the report."""
    raw = read_text(
        "某某区国资局\n根据《中华人民共和国政府信息公开条例》要求，现公布某某区国资局2022年政府信息公开工作年度报告。\n"
        "一、总体情况\n" + BODY + "\n"
    )
    assert raw.metadata["发文机关"] == "某某区国资局"
    assert not any(text == "某某区国资局" for text in paragraph_texts(raw))
    assert parse_outline(raw).title == "某某区国资局2022年政府信息公开工作年度报告"


def test_an_issuers_line_over_a_title_line_is_not_taken_for_the_issuer_alone() -> None:
    """某市某某局 over 2023年法治政府建设工作年度报告 and the text: the organ opens the full title."""
    raw = read_text("某某市某某局\n2023年法治政府建设工作年度报告\n" + BODY + "\n")
    assert raw.title == "某某市某某局2023年法治政府建设工作年度报告"


def test_a_speechs_own_title_over_its_salutation_is_the_title() -> None:
    """A document site's short name for a speech, its date row ending on an empty counter label
    (浏览量：), then the speech's own title over 同志们：: the own title is the title."""
    own = "市委书记在2021年市委全会闭幕时的讲话"
    raw = read_text(f"市委书记2021年市委全会闭幕时讲话\n时间：2021-10-17 14:15:41 浏览量：\n{own}\n同志们：\n{BODY}\n")
    assert raw.title == own


def test_a_title_line_that_differs_only_by_a_masked_name_is_the_same_title() -> None:
    """在**县…的政府工作报告 (a copy with the county masked) under the headline naming it without the
    mask: no title of its own; the headline stays the title."""
    headline = "在某县第十八届人民代表大会第三次会议上的政府工作报告"
    raw = read_text(f"{headline}\n发表时间：2023/12/21 18:29:50\n在**县第十八届人民代表大会第三次会议上的政府工作报告\n各位代表：\n{BODY}\n")
    assert raw.title == headline
    raw = read_text(f"XX县防汛抗旱应急预案\n时间：2025-08-01 14:48:10\nX XX 县防汛抗旱应急预案\n1、总则\n{BODY}\n")
    assert raw.title == "XX县防汛抗旱应急预案"


def test_a_headline_that_is_the_title_with_the_sites_bracket_is_not_read_again() -> None:
    """某某规定（2002年） printed twice over the rules' own title line: the title is read once, the
    headline lines (the title and the site's bracket) are dropped with a finding."""
    own = "某某市新型墙体材料管理规定"
    raw = read_text(f"{own}（2002年）\n{own}（2002年）\n某某省某某市人民政府\n{own}\n{ARTICLE}\n")
    assert raw.title == own
    assert not any(text.startswith(own) for text in paragraph_texts(raw))
    assert "chrome-dropped" in finding_kinds(raw)


def test_a_list_pages_date_glued_before_the_title_printed_again_under_it() -> None:
    """3月21日某某县公安局关于…的通告 over the notice's own title line: the date is the list page's; the
    title is read once, without it."""
    own = "某某县公安局关于对县城部分道路实施临时交通管制的通告"
    raw = read_text(f"3月21日{own}\n{own}\n为全力做好我县疫情防控工作，从严从细落实防控措施，有效阻断疫情传播途径，切实保障人民群众生命安全，根据县疫情联防联控办工作要求，现决定对以下路段实施临时交通管制。\n一、管制时间\n{BODY}\n")
    assert raw.title == own
    assert not any(text.startswith(("3月21日", own)) for text in paragraph_texts(raw))
    # a date that is the title's own (3月21日起…) with no title line repeating the rest stays
    raw = read_text(f"3月21日起某某县城部分道路实施临时交通管制\n发布时间：2022-03-20\n{BODY}\n")
    assert raw.title == "3月21日起某某县城部分道路实施临时交通管制"


def test_a_kind_alone_under_the_headline_with_its_year_keeps_the_headline() -> None:
    """政府工作报告（2020年） over 政府工作报告 and the dateline: the kind alone is said more fully by the
    headline, which stays the title."""
    raw = read_text(
        "政府工作报告（2020年）\n政府工作报告\n——2020年4月30日在某某镇第十六届人大九次会议上\n"
        f"某某镇人民政府镇长  某某某\n各位代表：\n{BODY}\n"
    )
    assert raw.title == "政府工作报告（2020年）"


def test_a_notice_title_broken_after_its_issuer_and_about_under_a_news_lead() -> None:
    """A repost's news lead, 通知全文：, then the notice's own title broken over two lines with its issuer
    before 关于 and its number, on a page in traditional characters (某某部關于支持優質企業直接融資 /
    進一步增強…的通知): that title, its words matched folded."""
    raw = read_text(
        "12月12日，某某部網站發布通知，支持優質企業直接融資、發行企業債券。\n"
        "通知中提到，要重點支持符合條件的優質企業，資產總額要大于一定規模，營業收入要達到一定水平。\n通知全文：\n"
        "某某部關于支持優質企業直接融資\n進一步增強企業債券服務實體經濟能力的通知\n某發財金〔2018〕1806號\n"
        f"各省、自治區、直轄市發展改革委：\n{BODY}\n"
    )
    assert raw.title == "某某部關于支持優質企業直接融資進一步增強企業債券服務實體經濟能力的通知"
    assert paragraph_texts(raw)[0] == "各省、自治區、直轄市發展改革委："  # the repost's lead is not read


def test_a_contents_heading_over_the_first_chapter_is_no_title() -> None:
    """A plan's headline, the page's source and date rows, then 目  录 over 第一章 … with its leaders:
    the contents' heading stands over a first chapter, yet it is a part of the plan, never its title."""
    headline = "某某市“十四五”期间脱贫攻坚巩固提升规划（2021—2025）"
    raw = read_text(
        f"{headline}\n来源：某某市农业农村局\n时间：2021-09-30 16:00\n目  录\n"
        "第一章  规划基础与背景............ - 1 -\n第一节  发展基础............ - 1 -\n"
        f"第一章 规划基础与背景\n{BODY}\n"
    )
    assert raw.title == headline


def test_a_cry_over_the_documents_own_title_line_is_a_teaser() -> None:
    """某市政府重要通知！ over 某市人民政府 / 关于…的通知: the cry is the page's teaser, read as text; the
    document's own title line (with its issuer over it) is the title. A site greeting
    (某某门户网站欢迎您！) is the site's, not read. A cry over the text, no title under it, stays text."""
    raw = read_text(f"安宁市政府重要通知！\n安宁市人民政府\n关于2025年重点工作及责任分解的通知\n各县区人民政府：\n{BODY}\n")
    assert raw.title == "安宁市人民政府关于2025年重点工作及责任分解的通知"
    assert paragraph_texts(raw)[0] == "安宁市政府重要通知！"
    raw = read_text(f"安宁市人民政府门户网站欢迎您！\n2024年《政府工作报告》（摘登）\n• 发布日期：2024-01-10\n{BODY}\n")
    assert raw.title == "2024年《政府工作报告》（摘登）"
    assert raw.metadata["发布日期"] == "2024-01-10"
    assert not any("欢迎" in text for text in paragraph_texts(raw))
    raw = read_text(f"安宁市政府重要通知！\n{BODY}\n{BODY}\n", source="/tmp/xx.txt")
    assert raw.title != BODY


OCCASION = "——2020年1月12日在某某市第十三届人民代表大会第三次会议上"
REPORT_OPENING = "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议，并请市政协各位委员提出意见。\n一、2019年工作回顾\n"


def test_a_reposts_fuller_headline_with_its_tag_names_the_report() -> None:
    """（某省）2020年某某市人民政府工作报告（全文）, a column's word, then the report's own title line
    政府工作报告 over its occasion: the headline names the report more fully (its year and place),
    its tags are the site's, so it is the title; the column's word is not read, the report's own
    title line is."""
    raw = read_text(f"（某省）2020年某某市人民政府工作报告（全文）\n本地事\n政府工作报告\n{OCCASION}\n{REPORT_OPENING}{BODY}\n")
    assert raw.title == "2020年某某市人民政府工作报告"
    texts = paragraph_texts(raw)
    assert "本地事" not in texts
    assert texts[:2] == ["政府工作报告", OCCASION]
    assert "chrome-dropped" in finding_kinds(raw)


def test_a_columns_word_over_the_reports_own_title_set_letter_spaced_is_not_read() -> None:
    """The same with the report's own title line set letter-spaced (政 府 工 作 报 告; dev79, session
    43): the column's word 本地事 over it is still the site's."""
    raw = read_text(f"（某省）2020年某某市人民政府工作报告（全文）\n本地事\n政 府 工 作 报 告\n{OCCASION}\n{REPORT_OPENING}{BODY}\n")
    assert raw.title == "2020年某某市人民政府工作报告"
    assert paragraph_texts(raw)[:2] == ["政府工作报告", OCCASION]


def test_a_lone_word_under_a_headline_stays_when_no_title_line_follows() -> None:
    """A short word under the headline with the text under it (not the document's title line) may be
    the document's own (a label, a name): it stays to be read."""
    raw = read_text(f"2020年某某市人民政府工作报告\n要闻\n{BODY}\n{BODY}\n")
    assert raw.title == "2020年某某市人民政府工作报告"
    assert paragraph_texts(raw)[0] == "要闻"


def test_a_site_note_after_the_title_word_still_ends_a_title() -> None:
    """（全文） and （图） after a title's last word are the site's notes, not words of the title."""
    assert ends_as_title("2020年某某市人民政府工作报告（全文）")
    assert ends_as_title("2021年某省国民经济和社会发展统计公报（图）")
    assert not ends_as_title("某某市召开全体会议（全文）")


def test_a_long_link_row_between_the_headline_and_the_notice_is_still_the_pages() -> None:
    """来源：https://… runs longer than a row of the head usually does, yet it is a field: the notice's
    title line under it is still the title."""
    plan = "某市促进某某产业发展行动计划（2023—2025年）"
    notice = f"某市人民政府办公厅关于印发《{plan}》的通知"
    raw = read_text(
        f"{plan}\n发布日期：2023年10月26日\n来源： https://www.example.gov.cn/nw12344/20231120/5e53f1fe1b1543f38a49153eb563cfbb.html\n"
        f"{notice}\n某府办发〔2023〕19号\n各区人民政府，市政府各委、办、局：\n"
        f"经市政府同意，现将《{plan}》印发给你们，请认真按照执行。\n某市人民政府办公厅\n2023年10月24日\n{plan}\n{BODY}\n"
    )
    assert raw.title == notice
    assert raw.metadata["来源"].startswith("https://www.example.gov.cn/")


def test_the_headline_reprinted_over_two_lines_with_characters_lost_at_the_break_is_not_read() -> None:
    """某镇2023年政府信息公开工作年度报告 over its byline, then the document's header 某镇2023 /
    政府信息公开工作年度报告 (the 年 set in another font lost by the copy; dev79, session 43): the two
    lines are the headline again, not the document's own shorter title and a stray fragment; the
    headline stays the title and neither line is read. Up to three characters may be lost so."""
    for headline, first, second in (
        ("某某县某某镇2023年政府信息公开工作年度报告", "某某县某某镇2023", "政府信息公开工作年度报告"),
        ("某某县二〇二三年国民经济和社会发展统计公报", "某某县二〇", "国民经济和社会发展统计公报"),
        # … or at the end (the 告 of 年度报告 lost; dev79)
        ("某某镇人民政府2025年政府信息公开工作年度报告", "某某镇人民政府2025年政府信息公开工作", "年度报"),
    ):
        raw = read_text(f"{headline}\n发布时间：2024-01-19 11:04 来源：某某县人民政府\n{first}\n{second}\n{BODY}\n")
        assert raw.title == headline, headline
        assert paragraph_texts(raw)[0] == BODY, headline


def test_a_line_that_only_opens_like_the_headline_is_read() -> None:
    """某某县某某镇 / 2023年工作亮点 under 某某县某某镇2023年政府信息公开工作年度报告: the second line is
    no part of the title, so the two are the text's."""
    headline = "某某县某某镇2023年政府信息公开工作年度报告"
    raw = read_text(f"{headline}\n发布时间：2024-01-19 11:04\n某某县某某镇\n2023年工作亮点\n{BODY}\n")
    assert raw.title == headline
    assert "2023年工作亮点" in paragraph_texts(raw)


def test_the_headline_again_as_a_lists_first_item_under_it_is_not_read() -> None:
    """某市行政规范性文件管理规定 / 2024-05-10 / 1. 某市行政规范性文件管理规定 / 第一章 总则 … (a site's
    list of results, its first item the document again; dev77, session 43): not read; a numbered
    line naming something else is the text's."""
    title = "某某市行政规范性文件管理规定"
    raw = read_text(f"{title}\n2024-05-10\n1. {title}\n第一章 总则\n{ARTICLE}\n")
    assert raw.title == title
    assert not any(title in text for text in paragraph_texts(raw))
    raw = read_text(f"{title}\n2024-05-10\n1. 某某市行政规范性文件目录\n第一章 总则\n{ARTICLE}\n")
    assert any("文件目录" in text for text in paragraph_texts(raw))


def test_a_law_librarys_issuer_printed_with_each_copy_of_the_title_is_the_issuing_organ() -> None:
    """某省…规定 / 时间：… 来源：… / 某省…规定 / 某省人大常委会 / 某省…规定 / 某省人大常委会 / （…通过） (dev78,
    session 43): the issuer printed with each copy of the title is read once, over the adoption note."""
    title = "某某省人民代表大会常务委员会制定地方性法规程序的规定"
    raw = read_text(
        f"{title}\n时间：2024-07-23 10:26:25 来源：某某法律网\n{title}\n某某省人大常委会\n{title}\n某某省人大常委会\n"
        f"（1994年1月17日某某省第八届人民代表大会常务委员会第六次会议通过）\n第一章 总则\n{ARTICLE}\n"
    )
    assert raw.title == title
    assert paragraph_texts(raw)[0] == "某某省人大常委会"
    assert paragraph_texts(raw)[1].startswith("（1994年1月17日")


def test_a_search_pages_topic_over_its_first_result_gives_the_results_title() -> None:
    """某州自治条例 / ⑴ 某某族自治州城市市容和环境卫生管理条例 / 第一章 总则 … (ho101, session 50): the
    headline is the topic the page was found by, the list's first item (⑴, A.) the document it
    holds, of the same kind said in full: the item is the title, the topic is not read. An item of
    another kind, or of another place, stays the text's under the headline."""
    own = "某某彝族自治州城市市容和环境卫生管理条例"
    for marker in ("⑴ ", "A. ", "1. "):
        raw = read_text(f"某某州自治条例\n{marker}{own}\n第一章 总则\n{ARTICLE}\n")
        assert raw.title == own, marker
        assert "title-guessed" in finding_kinds(raw)
        assert not any("自治条例" in text or own in text for text in paragraph_texts(raw))
    raw = read_text(f"某某州自治条例\n⑴ 某某彝族自治州城市市容和环境卫生管理办法实施意见\n第一章 总则\n{ARTICLE}\n")
    assert raw.title == "某某州自治条例"
    raw = read_text(f"某某州自治条例\n⑴ 另一自治州城市市容和环境卫生管理条例\n第一章 总则\n{ARTICLE}\n")
    assert raw.title == "某某州自治条例"


def test_the_sites_headline_printed_again_over_the_documents_own_title_is_not_read() -> None:
    """（某省）某市…规划（2022年更新） / its category and date row / 收藏 / the headline again / 详情 / the
    plan's own title over two lines (ho107/01, session 51): the headline is the site's name for
    the plan, each time it is printed; the plan's title is the title."""
    headline = "（某某省）某某市国民经济和社会发展十四五规划（2022年更新）"
    raw = read_text(
        f"{headline}\n\n[可行性研究报告 - 规划计划] 发表于:2022-08-02 17:08:00\n收藏\n{headline}\n详情\n\n"
        "某某市国民经济和社会发展第十四个五年\n\n规划和二〇三五年远景目标纲要\n\n"
        "（2021年2月24日某某市第二届人民代表大会第九次会议批准）\n\n序 言\n\n"
        "“十四五”时期，是乘势而上开启全面建设社会主义现代化国家新征程的第一个五年。\n"
    )
    assert raw.title == "某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    assert not any("十四五规划（2022年更新）" in text for text in paragraph_texts(raw))
