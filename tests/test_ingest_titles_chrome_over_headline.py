"""Site chrome over a page's headline, and decoration around it, never taken as the title.

Made-up pages of the kinds seen: a toolbar word glued to a crumb trail with doubled marks, a
document collection's category path, its counter list, a file name with its extension, a page's
calendar line, a column's name set with a bar before a formal title; and a text set in
traditional characters naming itself by its kind.
"""

from __future__ import annotations

from helpers import finding_kinds, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.naming import name_untitled
from audiojiedu.model import Paragraph

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


def test_a_pages_calendar_line_is_no_part_of_the_title() -> None:
    """2023年11月5日 星期天 over the headline: the site's clock, not the start of a title broken over
    two lines; dropped with a finding. A title whose first line ends in a date stays joined."""
    headline = "某县民政局关于对某某县政协第三次会议第123号提案的复函"
    raw = read_text(f"2023年11月5日 星期天\n{headline}\n发布时间：2024-05-29 15:52:32\n张某委员：\n{BODY}\n")
    assert raw.title == headline
    assert "chrome-dropped" in finding_kinds(raw)
    raw = read_text(f"关于某县2024年预算执行情况\n和2025年预算草案的报告\n{BODY}\n")
    assert raw.title == "关于某县2024年预算执行情况和2025年预算草案的报告"


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
    plan's line is the title, the headline and the lead are read. A line naming the plan inside a
    sentence, or a headline whose cited name is never printed alone, keeps the headline."""
    plan = "某省某某流域生态保护和高质量发展规划"
    lead = f"某省人民政府印发《{plan}》，提出到2025年生态保护取得阶段性进展。"
    raw = read_text(f"《{plan}》印发\n来源：某某网\n{lead}\n{plan}\n前 言\n{BODY}\n")
    assert raw.title == plan
    assert "title-guessed" in finding_kinds(raw)
    assert paragraph_texts(raw)[0] == f"《{plan}》印发"
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
