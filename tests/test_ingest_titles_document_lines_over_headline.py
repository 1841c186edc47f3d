"""Lines of the document at a page's head, over the line ranked its headline, that the furniture
rules took for the site's (issue 17, session 29): a letterhead and a kind line set letter-spaced,
a news story told in short lines saying when it happened, a gazette's issue label. They are kept
(as the title where they are it, as a field or as text), never dropped. Made-up pages of the kinds
seen on the wide samples."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_fields import is_doc_number
from audiojiedu.ingest.page_headline import is_menu_bar
from audiojiedu.ingest.page_title_words import organ_over_its_years_title

_SERVED = "某某建材有限公司：\n统一社会信用代码：91000000XXXXXXXXXX\n2024年11月20日，我局执法人员对你单位进行了现场检查，发现以下问题。\n"


# -- a letterhead and a kind set letter-spaced -------------------------------------------------------
def test_a_letter_spaced_letterhead_and_kind_are_the_title_not_a_menu_bar() -> None:
    """某 某 市 生 态 环 境 局 / 行 政 处 罚 决 定 书 / its number (a space inside its bracket): no menu
    bar of one-character items; the organ and the kind are the title, the number a field."""
    raw = read_text(f"某 某 市 生 态 环 境 局\n行 政 处 罚 决 定 书\n某环罚决字〔 2024〕012号\n{_SERVED}")
    assert raw.title == "某某市生态环境局行政处罚决定书"
    assert raw.metadata.get("发文字号") == "某环罚决字〔 2024〕012号"
    assert is_doc_number("某府发〔 2023 〕7号")


def test_what_the_letter_spaced_rule_must_not_touch() -> None:
    """A bar of one-character tools (大 中 小) joins into no name: still a bar; a menu of words stays one."""
    assert is_menu_bar("大 中 小")
    assert is_menu_bar("首页 政务公开 办事服务 互动交流")
    assert not is_menu_bar("某 县 人 民 政 府")


# -- a story told in short lines --------------------------------------------------------------------
def test_a_story_in_short_lines_saying_when_is_read_from_its_first_line() -> None:
    """今天（3月2日）上午 / 某市人大会议 / 在某剧院开幕 / … / 向大会作《政府工作报告》: the lines over the
    line ranked the headline tell the story; none is dropped, and a line saying when is no title."""
    lines = [
        "今天（3月2日）上午",
        "某某市第五届人民代表大会第三次会议",
        "在某某大剧院开幕",
        "市长某某某",
        "代表市人民政府",
        "向大会作《政府工作报告》",
        "回首过去一年",
        "全市经济稳中有进",
    ]
    raw = read_text("\n".join(lines) + "\n")
    assert raw.title == ""
    assert paragraph_texts(raw)[:6] == lines[:6]
    raw = read_text("3月2日\n上午9时\n某某市人大会议在市委党校开幕\n市长某某作政府工作报告\n回望过去的一年，全市上下团结奋进。\n")
    assert raw.title == ""
    assert paragraph_texts(raw)[0] == "3月2日"


def test_what_the_story_rule_must_not_touch() -> None:
    """The site's menu and its calendar over a headline are still the site's, dropped."""
    raw = read_text(
        "2024年3月5日 星期二\n首页 政务公开 办事服务 互动交流\n某某县人民政府关于做好春耕生产工作的通知\n"
        "各乡镇人民政府：\n现将有关事项通知如下。\n"
    )
    assert raw.title == "某某县人民政府关于做好春耕生产工作的通知"
    assert not any("星期二" in text for text in paragraph_texts(raw))


# -- a gazette's issue label -------------------------------------------------------------------------
def test_an_issue_label_is_a_field_never_the_title() -> None:
    """2019年第7期（总第301期） over the page's field rows and the notice: the label is the issue (期号),
    the rows are fields, the notice's line is the title; over the issue's contents (目录), no title."""
    title = "某某市人民政府关于做好防汛工作的通知"
    raw = read_text(
        f"2019年第7期（总第301期）\n索引号：000000-01-2019-000123\n发布日期：2019-06-03\n{title}\n"
        "各区人民政府：\n现将有关事项通知如下。\n"
    )
    assert raw.title == title
    assert raw.metadata.get("期号") == "2019年第7期（总第301期）"
    assert raw.metadata.get("索引号") == "000000-01-2019-000123"
    raw = read_text(
        "某某市人民政府主办2021年第3号（总第60号）\n目录\n市人民政府关于印发某某办法的通知\n"
        "市人民政府办公室关于某某工作的通报\n一、加大财政支持力度\n（一）减免部分税费，支持企业渡过难关。\n"
    )
    assert raw.title == ""
    assert raw.metadata.get("期号") == "某某市人民政府主办2021年第3号（总第60号）"


def test_a_gazettes_masthead_over_its_issue_is_a_field_never_the_title() -> None:
    """某某市人民政府公报 over 2023年第5期（总第120期）, or both on one line: the periodical the
    document stands in (刊名, 期号), never the document's title, which is the 关于… line under it."""
    title = "某某市人民政府关于印发某某市城市更新行动方案的通知"
    body = f"{title}\n某政发〔2023〕5号\n各区人民政府，市政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n"
    raw = read_text(f"某某市人民政府公报\n2023年第5期（总第120期）\n{body}")
    assert raw.title == title
    assert raw.metadata.get("刊名") == "某某市人民政府公报"
    assert raw.metadata.get("期号") == "2023年第5期（总第120期）"
    assert "公报" not in "".join(paragraph_texts(raw))
    raw = read_text(f"某某省政报 2023年第5期\n{body}")
    assert raw.title == title
    assert raw.metadata.get("期号") == "某某省政报 2023年第5期"


def test_what_the_issue_label_rule_must_not_touch() -> None:
    """An order's number alone (第3号) and a title holding an issue's words stay as they were."""
    title = "某某县2024年第2期农业技术培训班实施方案"
    assert read_text(f"{title}\n一、培训对象\n全县种植大户。\n").title == title
    # A statistics bulletin's own title names a 公报 too; no issue line under it, it stays the title.
    bulletin = "某某市2023年国民经济和社会发展统计公报"
    assert read_text(f"{bulletin}\n某某市统计局\n2024年3月20日\n2023年，全市经济运行稳中向好。\n").title == bulletin


# -- an order over the regulation it issues ------------------------------------------------------------
def test_the_regulation_under_its_order_is_the_title() -> None:
    """某市人民政府令 / 第8号 / its preamble citing 《某市某某管理办法》 / the mayor / the date / the
    regulation's own title line over 第一章: that line is the title; the order's lines are read."""
    lines = [
        "某某市人民政府令",
        "第8号",
        "《某某市城市绿化管理办法》已经2024年5月6日市人民政府第12次常务会议通过，现予公布，自2024年7月1日起施行。",
        "市长：某某某",
        "2024年5月20日",
        "某某市城市绿化管理办法",
        "第一章 总则",
        "第一条 为了加强城市绿化管理，制定本办法。",
    ]
    raw = read_text("\n".join(lines) + "\n")
    assert raw.title == "某某市城市绿化管理办法"
    assert paragraph_texts(raw)[0] == "某某市人民政府令"


def test_an_order_listed_with_its_date_under_the_column_name_issues_the_title() -> None:
    """当前位置：首页 > 政策法规 > 市政府法规 / 市政府法规 / • 某某市人民政府令 2020-08-10 over the
    preamble and the regulation: the column's name repeating the trail's last crumb is the list
    page's heading (not read), the list's date a field, the regulation's own line the title."""
    lines = [
        "当前位置: 首页  >  政务公开  >  政策法规  >  市政府法规",
        "市政府法规",
        "  • 某某市人民政府令 2020-08-10",
        "《某某市海上搜寻救助规定》已于2020年7月3日经市人民政府第110次常务会议通过，现予公布，自2020年9月1日起施行。",
        "某某市市长 某某某",
        "2020年7月8日",
        "某某市海上搜寻救助规定",
        "第一章 总则",
        "第一条 为了加强海上搜寻救助工作，结合本市实际，制定本规定。",
    ]
    raw = read_text("\n".join(lines) + "\n")
    assert raw.title == "某某市海上搜寻救助规定"
    assert raw.metadata.get("发布时间") == "2020-08-10"
    assert paragraph_texts(raw)[0] == "某某市人民政府令"
    assert "市政府法规" not in "".join(paragraph_texts(raw))


def test_what_the_column_name_rule_must_not_touch() -> None:
    """A trail's last crumb that is a document's name (通告) printed again under it is the title."""
    raw = read_text("当前位置：首页 > 通知公告 > 某某县禁止燃放烟花爆竹的通告\n某某县禁止燃放烟花爆竹的通告\n为保障公共安全，现通告如下。\n")
    assert raw.title == "某某县禁止燃放烟花爆竹的通告"
    raw = read_text("当前位置：首页 > 政务公开 > 通告\n通告\n为保障公共安全，现通告如下：禁止燃放烟花爆竹。\n")
    assert raw.title == "通告"


def test_a_column_named_by_a_documents_kind_over_a_longer_headline_is_no_title() -> None:
    """当前位置:主页 >> 公告时事 >> 考试公告 / 考试公告 / 某市卫健委直属事业单位招聘92人 / byline: the
    column, named as a kind of document is, repeats the trail's last crumb over a longer headline."""
    headline = "某市卫健委直属事业单位招聘92人"
    lines = ["当前位置:主页  >> 公告时事  >> 考试公告", "考试公告", headline, "2022-09-28      来源:某某考试网", "某市卫生健康委员会直属事业单位面向社会公开招聘工作人员。"]
    raw = read_text("\n".join(lines) + "\n")
    assert raw.title == headline


def test_what_the_order_rule_must_not_touch() -> None:
    """An order's label whose preamble cites nothing printed again stays the title as before."""
    raw = read_text("某某市人民政府令\n第8号\n现公布某某事项，自公布之日起施行。\n市长：某某某\n")
    assert raw.title == "某某市人民政府令"


# -- tails on a title --------------------------------------------------------------------------------
_DECISION_TEXT = "某某省第九届人民代表大会常务委员会第五次会议决定，对《某某省某某条例》作如下修改。\n"


def test_a_listing_tag_and_emoji_after_the_title_are_the_sites() -> None:
    """…方案【最新或2023（历届）】 and …工作报告📜: the collector's tag and the post's emoji are dropped
    (a finding says so); 附：修正本 after a decision's title is the text's first line, read."""
    raw = read_text(f"某县推行林长制的工作方案【最新或2023（历届）】\n{_DECISION_TEXT}")
    assert raw.title == "某县推行林长制的工作方案"
    raw = read_text(f"某某县2024年政府工作报告📜\n{_DECISION_TEXT}")
    assert raw.title == "某某县2024年政府工作报告"
    raw = read_text(f"某某省人民代表大会常务委员会关于修改《某某省某某条例》的决定 附：修正本\n{_DECISION_TEXT}")
    assert raw.title == "某某省人民代表大会常务委员会关于修改《某某省某某条例》的决定"
    assert paragraph_texts(raw)[0] == "附：修正本"


def test_what_the_tail_rules_must_not_touch() -> None:
    """A document note in brackets stays (（2002年修改）, 【试行】 names no listing), and 附 inside a
    title that does not end there is left alone."""
    title = "某某省某某条例（2002年修改）"
    assert read_text(f"{title}\n{_DECISION_TEXT}").title == title
    title = "某某县关于印发某某办法的通知（附：办法全文）"
    assert read_text(f"{title}\n{_DECISION_TEXT}").title == title


# -- a cover's title broken over lines ---------------------------------------------------------------
_ADOPTED = "（2021年2月1日某某州第十四届人民代表大会第五次会议通过）\n前言\n“十四五”时期是某某州开启新征程的五年。\n"


def test_a_cover_title_broken_over_lines_is_the_title_whole() -> None:
    """某某州国民经济和社会发展 / 第十四个五年规划和2035年 / 远景目标纲要 over its adoption note, and a
    place over the rest of the title: the lines joined are the title; before, the last line won and
    the lines above it were dropped as the site's."""
    raw = read_text(f"某某州国民经济和社会发展\n第十四个五年规划和2035年\n远景目标纲要\n{_ADOPTED}")
    assert raw.title == "某某州国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    raw = read_text(f"某某市某某区\n国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n{_ADOPTED}")
    assert raw.title == "某某市某某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    raw = read_text(f"某某市国民经济和社会发展第十四个\n五年规划和2035年远景目标纲要\n{_ADOPTED}")
    assert raw.title == "某某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"


def test_what_the_cover_title_rule_must_not_touch() -> None:
    """A widget's words or a site's name over a title complete in itself are not joined to it."""
    title = "某某州国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert read_text(f"点击收听语音播报\n{title}\n{_ADOPTED}").title == title
    assert read_text(f"某某州人民政府网\n{title}\n{_ADOPTED}").title == title
    own = "某某市某某区人民政府关于2023年度本级决算的报告"
    assert read_text(f"2023年某某区政府本级决算公开\n{own}\n{_ADOPTED}").title != "2023年某某区政府本级决算公开" + own


def test_a_cover_title_over_its_issuers_signature_and_an_organ_over_its_years_title() -> None:
    """2023年某市某区 / （某某新区江北一体发展区） / 国民经济和社会发展统计公报 over 某区统计局 / 2024年7月6日:
    a cover's title broken over three lines, the issuer's signature under it; and 某省应急管理厅 /
    2023年度部门预算 under the trail: the organ opens the title of its own year's budget."""
    text = "2023年是全面贯彻党的二十大精神的开局之年，全区经济恢复发展。"
    cover = ["2023年某某市某某区", "（某某新区江北一体发展区）", "国民经济和社会发展统计公报", "某某市某某区统计局", "2024年7月6日"]
    raw = read_text("\n".join([*cover, text]) + "\n")
    assert raw.title == "2023年某某市某某区（某某新区江北一体发展区）国民经济和社会发展统计公报"
    assert paragraph_texts(raw)[:2] == cover[3:]
    budget = ["首页->信息公开->财政信息->财政预决算", "发布时间:2023年02月16日", "某某省应急管理厅", "2023年度部门预算", "目 录", "第一部分 部门预算公开管理文件"]
    raw = read_text("\n".join(budget) + "\n")
    assert raw.title == "某某省应急管理厅2023年度部门预算"
    # A year's title that names its own organ, or a news line, is no such title's rest.
    assert not organ_over_its_years_title("某某省应急管理厅", "2023年某某市财政局部门预算")
    assert not organ_over_its_years_title("某某省应急管理厅", "2023年全省安全生产形势总体平稳")


def test_a_headline_over_its_cover_keeps_its_own_words() -> None:
    """某县某局某县2023年度部门决算公开 over its cover 某县某局 / 2023年部门决算 / 2024年9月 / 目 录:
    the headline names what the cover prints; it is the title, never joined to the cover's lines."""
    headline = "某某县人民政府办公室某某县2023年度部门决算公开"
    lines = [headline, "某某县人民政府办公室", "2023年部门决算", "2024年9月", "目 录", "第一部分：单位概况"]
    raw = read_text("\n".join(lines) + "\n")
    assert raw.title == headline
    assert "2023年部门决算" in paragraph_texts(raw)


def test_an_issuer_and_its_about_title_set_apart_before_the_text_on_one_line() -> None:
    """某区人民政府 关于对重点林区实施封闭管理的通告 某区人民政府根据…: a page flattened into one line,
    the issuer and its 关于… title each set apart by a space: together they are the title; the text
    starts after them. Parts of a title set apart with no sentence after them are no such run."""
    text = "某某市某区人民政府根据辖区森林防火现实需要，决定对辖区重点林区实施封闭管理。现就有关事项通告如下：一、封闭时间为每年1月1日至6月30日。"
    raw = read_text(f"某某市某区人民政府 关于对重点林区实施封闭管理的通告 {text}\n")
    assert raw.title == "某某市某区人民政府 关于对重点林区实施封闭管理的通告"
    assert paragraph_texts(raw)[0].startswith("某某市某区人民政府根据")


def test_an_organ_over_its_years_disclosure_report_printed_twice() -> None:
    """某区某中心 / 2021年政府信息公开工作年度报告 / the same line again / the text: the organ opens
    its year's title (政府 there names the kind of report, no organ), never a link cut short."""
    lines = ["某某区机关后勤服务中心", "2021年政府信息公开工作年度报告", "2021年政府信息公开工作年度报告"]
    text = "本年度报告根据《中华人民共和国政府信息公开条例》要求编制而成。"
    raw = read_text("\n".join([*lines, text, "一、总体情况", text]) + "\n")
    assert raw.title == "某某区机关后勤服务中心2021年政府信息公开工作年度报告"
    assert not organ_over_its_years_title("某某省应急管理厅", "2023年某某市财政局部门预算")


def test_a_title_broken_after_its_year_is_one_title() -> None:
    """某区人民政府办公厅2022 / 政府信息公开工作年度报告 (the 年 lost at the break) under the site's
    lines: a year ends no title, so the two lines are one."""
    text = "依据《中华人民共和国政府信息公开条例》要求，编制本报告。"
    raw = read_text(f"政府信息公开\n某某区人民政府办公厅\n发布时间:2023-01-30\n某某区人民政府办公厅2022\n政府信息公开工作年度报告\n{text}\n一、总体情况\n{text}\n")
    assert raw.title == "某某区人民政府办公厅2022政府信息公开工作年度报告"


def test_a_yearbooks_volume_over_the_entry_is_no_part_of_its_title() -> None:
    """2002卷 / • 政府工作报告 / • ——2001年2月16日在…会议上: the yearbook's volume is the site's."""
    raw = read_text("2002卷\n• 政府工作报告\n• ——2001年2月16日在某某自治区第九届人民代表大会第四次会议上\n各位代表：\n现在，我代表自治区人民政府向大会报告工作，请予审议。\n")
    assert raw.title == "政府工作报告"
    assert not any("2002卷" in text for text in paragraph_texts(raw))


def test_a_portals_place_over_a_headline_naming_it_again_is_the_sites() -> None:
    """某市国家高新区（新市区） over 2022年高新区（新市区）政府信息公开工作年度报告: the portal's place,
    which the headline names again by its last words; not the title's first part."""
    headline = "2022年高新区（新市区）政府信息公开工作年度报告"
    text = "高新区（新市区）严格贯彻落实《中华人民共和国政府信息公开条例》，全面推进工作落实。"
    raw = read_text(f"某某市国家高新区（新市区）\n{headline}\n发布时间:2023-01-31\n一、总体情况\n{text}\n")
    assert raw.title == headline
    # a cover's place over the rest of its title names no place again: one title
    assert read_text(f"某某市某某区\n国民经济和社会发展第十四个五年规划纲要\n（2021年2月3日某某区第五届人民代表大会第六次会议通过）\n{text}\n").title.startswith("某某市某某区")
