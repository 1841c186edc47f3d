"""Site furniture round a page's fields and text: a font-size picker one size a line, view
counts written count first, a reposting site's copyright note, a membership site's note that it
left text out, empty fields, unlabelled bylines, buttons glued to a value and wiki info boxes.
Every example is made up, in the shape of real pages."""

from __future__ import annotations

import pytest
from helpers import finding_kinds, page_read_aloud, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_fields import parse_metadata_line

BODY = "一、工作目标\n到2025年，全县农村供水保障水平进一步提升，规模化供水工程覆盖农村人口比例达到八成以上。\n"


def test_a_font_size_picker_one_size_a_line_is_not_read() -> None:
    sizes = "\n".join(["28px", "20px", *(f"- {size}px" for size in range(12, 40, 2))])
    raw = read_text(f"某某县农村供水保障工作方案\n{sizes}\n{BODY}")
    assert raw.title == "某某县农村供水保障工作方案"
    assert not any("px" in text for text in paragraph_texts(raw))
    assert paragraph_texts(raw)[0] == "一、工作目标"


def test_a_size_inside_a_sentence_stays() -> None:
    raw = read_text(f"某某县网站改版说明\n{BODY}正文字号统一为16px，标题字号为22px。\n")
    assert "正文字号统一为16px，标题字号为22px。" in paragraph_texts(raw)


def test_a_view_count_written_count_first_is_not_read() -> None:
    raw = read_text(f"某某县农村供水保障工作方案\n2025-03-02 09:15\n2310人看过\n{BODY}")
    assert not any("看过" in text for text in paragraph_texts(raw))


def test_a_people_count_in_the_text_stays() -> None:
    raw = read_text(f"某某县农村供水保障工作方案\n{BODY}全年共有1200人次参加培训，300人看过展览后留言。\n")
    assert "全年共有1200人次参加培训，300人看过展览后留言。" in paragraph_texts(raw)


def test_a_count_first_counter_ends_a_field_value() -> None:
    row = "来源：某某县水利局 | 作者：管理员 | 发布时间： 2024-05-06 | 815 次浏览 | 分享到："
    assert parse_metadata_line(row) == {"来源": "某某县水利局", "作者": "管理员", "发布时间": "2024-05-06"}


def test_a_reposting_note_is_cut_out_of_its_line_with_a_finding() -> None:
    raw = read_text(
        "某某县农村供水保障工作方案\n"
        "来源：某某县水利局 本文仅供交流学习，版权归原作者所有。 | 作者：管理员 | 发布时间： 2024-05-06\n" + BODY
    )
    assert raw.metadata.get("来源") == "某某县水利局"
    assert not any("版权" in text for text in paragraph_texts(raw))
    assert "site-notice" in finding_kinds(raw)


def test_a_sentence_on_copyright_in_the_text_stays() -> None:
    line = "作品的著作权归作者所有，本条例另有规定的除外。"
    raw = read_text(f"某某县版权保护办法\n{BODY}{line}\n")
    assert line in paragraph_texts(raw)
    assert "site-notice" not in finding_kinds(raw)


def test_a_paywall_note_inside_the_text_is_cut_with_a_finding_that_text_is_missing() -> None:
    raw = read_text(
        "某某县农村供水保障工作方案\n" + BODY
        + "（二）加快工程建设。……（某某范文网 www.example.cn 省略1520字，正式会员可完整阅读）…… \n"
        "三、保障措施\n各乡镇要落实主体责任。\n"
    )
    texts = paragraph_texts(raw)
    assert not any("省略" in text or "会员" in text for text in texts)
    assert any(text.startswith("（二）加快工程建设。") for text in texts)
    assert "text-withheld" in finding_kinds(raw)


def test_an_omission_the_document_itself_states_stays() -> None:
    line = "（以下省略部分为附表，共3页）"
    raw = read_text(f"某某县农村供水保障工作方案\n{BODY}{line}\n")
    assert line in paragraph_texts(raw)
    assert "text-withheld" not in finding_kinds(raw)


def test_a_login_wall_cutting_the_text_short_is_cut_with_a_finding_that_text_is_missing() -> None:
    raw = read_text("某某县安全生产工作会议讲话\n同志们：\n" + BODY + "(查看全文内容,您需要先登录!)\n某某县人民政府\n")
    texts = paragraph_texts(raw)
    assert not any("登录" in text for text in texts)
    assert "某某县人民政府" in texts
    assert "text-withheld" in finding_kinds(raw)


def test_a_sentence_asking_users_to_log_in_first_stays() -> None:
    line = "办理业务时，（查看全部事项需先登录政务服务网）请提前注册账号。"
    raw = read_text(f"某某县农村供水保障工作方案\n{BODY}\n{line}\n")
    assert "text-withheld" not in finding_kinds(raw)
    assert any("注册账号" in text for text in paragraph_texts(raw))


def test_an_empty_field_does_not_take_the_next_label_as_its_value() -> None:
    """文号： left empty over 有效性： (a label the table does not list, left empty too): neither
    is a field, and the headline under them is the title."""
    raw = read_text(
        "信息分类: 工作方案\n标题: 某县农村供水保障工作方案\n文号:\n有效性:\n\n某县农村供水保障工作方案\n\n"
        "发布时间:2025-03-02 09:15 来源:某县水利局\n" + BODY
    )
    assert "文号" not in raw.metadata
    assert raw.metadata["来源"] == "某县水利局"
    assert raw.title == "某县农村供水保障工作方案"
    assert paragraph_texts(raw)[0] == "一、工作目标"


def test_a_field_whose_value_is_on_the_next_line_keeps_it() -> None:
    raw = read_text("文号:\n某水发〔2025〕3号\n有效性:\n有效\n\n某县农村供水保障工作方案\n\n" + BODY)
    assert raw.metadata.get("文号") == "某水发〔2025〕3号"
    assert raw.title == "某县农村供水保障工作方案"


def test_a_field_row_led_by_an_unlabelled_publisher_is_read_as_fields() -> None:
    raw = read_text(
        "某县人民政府关于调整农村供水价格的公告\n\n某县人民政府 发布时间: 2025-06-01 10:30\n\n"
        "某县人民政府关于调整农村供水价格的公告\n" + BODY
    )
    assert raw.metadata.get("发布时间") == "2025-06-01 10:30"
    assert "chrome-dropped" in finding_kinds(raw)
    assert not any("发布时间" in text for text in paragraph_texts(raw))


def test_a_sentence_with_a_label_inside_is_no_byline() -> None:
    line = "各乡镇 发布时间：以县政府网站公告为准"
    raw = read_text(f"某县农村供水保障工作方案\n{BODY}{line}\n")
    assert line in paragraph_texts(raw)


def test_a_button_glued_to_the_source_is_not_part_of_it() -> None:
    assert parse_metadata_line("来源：某某司收藏") == {"来源": "某某司"}
    raw = read_text(f"某县农村供水保障工作方案\n2019-04-02 来源：某某县水利局打印\n{BODY}")
    assert raw.metadata.get("来源") == "某某县水利局"


def test_a_value_of_another_field_ending_in_a_button_word_stays() -> None:
    assert parse_metadata_line("主题分类：文物收藏") == {"主题分类": "文物收藏"}


def test_a_bare_publisher_label_is_a_field() -> None:
    raw = read_text(f"某县农村供水保障工作方案\n  • 时间:2023-05-04 08:58:16\n  • 发布:某县水利局\n{BODY}")
    assert raw.metadata == {"时间": "2023-05-04 08:58:16", "发布": "某县水利局"}
    assert not any(text.endswith("某县水利局") for text in paragraph_texts(raw))


def test_a_wiki_info_box_gives_fields_and_its_heading_and_tabs_are_not_read() -> None:
    raw = read_text(
        "某县农村供水保障工作方案\n《某县农村供水保障工作方案》已经县政府同意，现予公布。\n基本介绍\n"
        "  • 中文名：某县农村供水保障工作方案\n  • 颁布时间：2024年3月2日\n  • 发布单位：某县水利局\n"
        "全文，政策解读，\n全文\n" + BODY
    )
    assert raw.metadata == {"中文名": "某县农村供水保障工作方案", "颁布时间": "2024年3月2日", "发布单位": "某县水利局"}
    texts = paragraph_texts(raw)
    assert not any(text.startswith(("基本介绍", "•", "全文")) for text in texts)
    assert "一、工作目标" in texts
    assert "chrome-dropped" in finding_kinds(raw)


def test_a_bulleted_list_under_a_heading_that_is_no_info_box_stays() -> None:
    raw = read_text(
        "某县农村供水保障工作方案\n" + BODY + "基本原则\n  • 坚持：统筹推进\n  • 坚持：因地制宜\n"
    )
    texts = paragraph_texts(raw)
    assert "基本原则" in texts
    assert any("统筹推进" in text for text in texts)


def test_a_news_sites_byline_opening_a_paragraph_is_cut_off() -> None:
    text = "某某县农村供水保障工作方案\n某某资讯网讯：日前，某某县印发《某某县农村供水保障工作方案》。\n" + BODY
    raw = read_text(text)
    assert paragraph_texts(raw)[0] == "日前，某某县印发《某某县农村供水保障工作方案》。"
    assert any("某某资讯网讯" in finding.text for finding in raw.findings)
    raw = read_text("某某县农村供水保障工作方案\n本报讯（记者 王某某 通讯员 李某）某某县近日出台方案。\n" + BODY)
    assert paragraph_texts(raw)[0] == "某某县近日出台方案。"
    # … the outlet's name and the day before 讯, its desk's reporter in brackets
    raw = read_text("某某县农村供水保障工作方案\n某网时刻5月10日讯（某某分站记者 张某）5月9日下午，县委书记到社区调研。\n" + BODY)
    assert paragraph_texts(raw)[0] == "5月9日下午，县委书记到社区调研。"
    # … and its colon, when the outlet set one after the day (某某人大网2月1日讯:今天下午，…)
    raw = read_text("某某县农村供水保障工作方案\n某某人大网2月1日讯:今天下午，代表们审议了方案。\n" + BODY)
    assert paragraph_texts(raw)[0] == "今天下午，代表们审议了方案。"


def test_a_crumb_trail_that_lost_its_marks_is_not_run_into_the_headline() -> None:
    """某某人大人大要闻正文 (某某人大 > 人大要闻 > 正文, its marks lost) over the story's headline:
    the trail, never the headline's first half."""
    raw = read_text("某某人大人大要闻正文\n\n代表团分组审议《政府工作报告》\n\n时间:2010/2/1 来源:某某人大网\n\n代表们分团审议了《政府工作报告》。\n")
    assert raw.title == "代表团分组审议《政府工作报告》"
    assert "要闻" not in page_read_aloud(raw)


@pytest.mark.parametrize("tag", ["本报讯 ", "本报讯", "某县法院网讯 "])
def test_a_news_sites_byline_without_a_colon_before_the_storys_day_is_cut_off(tag: str) -> None:
    """本报讯9月21日上午，…, 某县法院网讯 11月28日下午，…: the outlet's tag with no colon, set apart by
    a space or run into the day the story opens with."""
    raw = read_text(f"某县安全生产大检查督导组莅临\n{tag}9月21日上午，市安全生产督导组莅临我县督导。\n" + BODY)
    assert paragraph_texts(raw)[0] == "9月21日上午，市安全生产督导组莅临我县督导。"
    kept = read_text("某县安全生产大检查督导组莅临\n本报讯息显示，全县安全生产形势稳定。\n" + BODY)  # Must NOT touch
    assert paragraph_texts(kept)[0].startswith("本报讯息显示")


def test_a_news_agencys_dateline_is_cut_off_and_never_joins_the_title() -> None:
    """新华社北京12月5日电 over the document's own title lines, as a State Council document stands
    on the page the wire carried: the dateline is the outlet's, not the title's first line."""
    title = "某某办公厅 某某办公厅关于推进城市基础设施建设的意见"
    page = f"{title}\n发布时间：2024-12-06\n来源：某某网\n某某社北京12月5日电\n某某办公厅 某某办公厅\n关于推进城市基础设施建设的意见\n（2024年11月26日）\n{BODY}"
    raw = read_text(page)
    assert raw.title == title
    assert not any("日电" in text for text in paragraph_texts(raw))
    assert any(finding.text == "某某社北京12月5日电" for finding in raw.findings)
    raw = read_text(f"某县农村供水保障工作方案\n人民网北京3月5日电（记者 王某某）某县近日出台方案。\n{BODY}")
    assert paragraph_texts(raw)[0] == "某县近日出台方案。"
    # A day and 电 inside a sentence (某县电视台12月5日电话回访…) opens no dateline.
    line = "某县电视台12月5日电话回访用户一百户。"
    assert paragraph_texts(read_text(f"某县农村供水保障工作方案\n{line}\n{BODY}"))[0] == line


def test_a_headline_that_is_the_own_title_without_its_issuers_is_not_read_again() -> None:
    """关于做好某某工作的意见 over the page's fields, the dateline and 某某委员会 某某院关于做好某某工作的
    意见: the document's own line is the title; the headline says it again without its issuers."""
    headline = "关于做好2023年乡村振兴重点工作的意见"
    page = f"{headline}\n发布日期：2023年2月14日\n某某社北京2月13日电\n某某委员会 某某院{headline}\n（2023年1月2日）\n{BODY}"
    raw = read_text(page)
    assert raw.title == f"某某委员会 某某院{headline}"
    assert headline not in paragraph_texts(raw)
    assert paragraph_texts(raw)[0] == "（2023年1月2日）"


def test_a_word_ending_in_xun_that_is_no_outlet_stays() -> None:
    for line in ("通讯：某某县农村供水保障工作取得新进展。", "应急通讯保障网讯号覆盖全县。", "资讯：全县供水工程进展顺利。"):
        raw = read_text(f"某某县农村供水保障工作方案\n{line}\n{BODY}")
        assert paragraph_texts(raw)[0] == line


def test_a_related_label_at_the_head_of_a_short_page_never_takes_the_document_away() -> None:
    # 相关解读： under the headline of a short notice: a related-links list follows the text at the
    # foot, never more text than stands above it; here it would have dropped the whole notice.
    text = (
        "某县关于做好防汛工作的通知\n相关解读：\n各乡镇人民政府：\n为做好今年防汛工作，现就有关事项通知如下。\n"
        "一、加强组织领导\n各乡镇要成立防汛指挥机构，落实责任。\n某县人民政府办公室\n2024年5月1日\n"
    )
    raw = read_text(text)
    assert raw.title == "某县关于做好防汛工作的通知"
    assert "各乡镇要成立防汛指挥机构，落实责任。" in paragraph_texts(raw)
    at_foot = "某县关于做好防汛工作的通知\n" + "为做好今年防汛工作，现就有关事项通知如下，请认真贯彻执行。\n" * 3 + "相关链接\n某县防汛工作会议召开\n"
    assert "某县防汛工作会议召开" not in paragraph_texts(read_text(at_foot))


def test_a_hidden_content_note_is_cut_with_a_finding_that_text_is_missing() -> None:
    for note in ("查看隐藏内容(*)需先登录", "本帖隐藏的内容需要回复才可以浏览"):
        raw = read_text(f"某某县禁止燃放烟花爆竹的通告\n{note}\n{BODY}\n")
        assert not any("隐藏" in text for text in paragraph_texts(raw))
        assert "text-withheld" in finding_kinds(raw)


def test_a_sentence_about_hidden_dangers_stays() -> None:
    line = "对排查中发现的隐藏内容不实的问题，需先登记再整改。"
    raw = read_text(f"某某县农村供水保障工作方案\n{BODY}{line}\n")
    assert line in paragraph_texts(raw)


# -- an essay site's excerpt and its editor's blurb over the text ------------------------------------
_RULES = "某县村级公益事业奖补资金管理办法\n第一章 总 则\n第一条 为了规范村级公益事业奖补资金管理，提高资金使用效益，根据有关规定，制定本办法。\n第二条 本办法适用于全县各村。\n"


def test_a_sites_cut_excerpt_and_its_editors_blurb_are_not_read() -> None:
    excerpt = "某县村级公益事业奖补资金管理办法第一章总则第一条 为了规范村级公益事业奖补资金管理,提高资金使用效益,根"
    blurb = "下面是小编为大家整理的【资金办法】某县村级公益事业奖补资金管理办法,供大家参考。"
    raw = read_text(f"{excerpt}{blurb}\n{_RULES}")
    assert raw.title == "某县村级公益事业奖补资金管理办法"
    assert not any("小编" in text or text.endswith("根") for text in paragraph_texts(raw))
    assert "summary-repeat" in finding_kinds(raw) and "site-notice" in finding_kinds(raw)


def test_an_editors_line_of_a_news_site_is_not_read() -> None:
    raw = read_text(f"某县关于实行临时交通管制的通告\n为方便大家出行\n小编在此发布临时交通管制通告\n{BODY}")
    assert not any("小编" in text for text in paragraph_texts(raw))


def test_a_first_line_the_text_does_not_repeat_stays() -> None:
    line = "某县村级公益事业奖补资金管理办法第一章总则第一条 为了加强资金管理，特制定本办法，请各村遵照执行"
    raw = read_text(f"{line}\n{_RULES}")
    assert not any("摘录" in finding.message for finding in raw.findings)


def test_a_headline_printed_again_under_itself_is_no_excerpt() -> None:
    headline = "某市发展和改革委员会 某市住房和城乡建设局 关于印发某市城市社区服务设施建设实施方案的通知"
    raw = read_text(f"{headline}\n{headline}\n各区县政府，市级有关部门：\n  现将方案印发给你们，请认真贯彻执行。\n")
    assert not any("摘录" in finding.message for finding in raw.findings)


def test_an_excerpt_with_straight_quotes_and_a_different_cut_end_is_the_texts_repeat() -> None:
    """A speech page opens with its excerpt: the title, subtitle, date and first words run together,
    quotes straight ("强县之问") where the text has “”, and its last characters unlike the text's
    where it was cut (贯彻习 over 贯彻XXX, a name the text masks). It is not read; the title is the
    speech's own line."""
    speech = "在全县领导干部专题研讨班结业仪式上的讲话"
    lines = [speech, "用心用爱用功答好“强县之问”", "（2019年3月31日）", "同志们：", "县不图强，必有远忧。当前，全国各地都在深入学习贯彻XXX，奋力开创新局面。"]
    excerpt = f'{speech}用心用爱用功答好"强县之问"(2019年3月31日) 同志们: 县不图强,必有远忧。当前,全国各地都在深入学习贯彻习'
    raw = read_text("\n".join([excerpt, *lines]) + "\n")
    assert raw.title == speech
    assert paragraph_texts(raw)[0] == "用心用爱用功答好“强县之问”"
    assert "summary-repeat" in finding_kinds(raw)


def test_a_teaser_over_the_title_line_it_repeats_is_not_joined_to_it_and_the_fuller_title_wins() -> None:
    """The headline, the byline, the site's teaser (the document's own title and its contents run
    together, cut off mid-figure: …第二部分20) and the document's own title line naming its city in
    full: the teaser is not run into the title line; the fuller title line is the title, read once."""
    own = "某某市某某县大街镇2018年度部门决算公开说明"
    raw = read_text(
        f"信息正文\n\n某某县大街镇2018年度部门决算公开说明\n\n发布时间:2019-09-02 22:27:57 来源:未知 点击: 收藏\n"
        f"{own}第一部分某某市某某县大街镇概况一、主要职能职责二、部门基本情况第二部分20\n{own}\n\n"
        "第一部分某某市某某县大街镇概况\n一、主要职能职责\n二、部门基本情况\n第二部分2018年度部门决算表\n一、收入支出决算总表\n"
        "第一部分某某市某某县大街镇概况\n一、主要职能职责\n负责全镇经济社会发展的统筹规划。\n二、部门基本情况\n本部门设综合办公室等机构。\n"
    )
    assert raw.title == own
    texts = paragraph_texts(raw)
    assert texts[0] == "第一部分某某市某某县大街镇概况"
    assert not any(text.startswith(own) for text in texts)


def test_a_reposts_note_naming_the_site_and_the_originals_address_is_not_read() -> None:
    rules = "第一条 为了加强某某管理，制定本规定。\n第二条 本规定自2024年11月1日起施行。"
    for note in ("本文转自[某某化工网]，原文：http://news.example.com/2025/04/21/518864.html", "转载自某某网 原文链接：https://www.example.cn/a/1.html"):
        raw = read_text(f"某省某某管理规定\n{rules}{note}\n")
        spoken = "\n".join(paragraph_texts(raw))
        assert spoken.endswith("本规定自2024年11月1日起施行。") and "example" not in spoken and "转" not in spoken
        assert "site-notice" in finding_kinds(raw)


def test_a_sentence_citing_where_a_text_comes_from_stays() -> None:
    text = "本条所称标准摘自《某某技术规范》，原文见附件。"  # no address: the document's own words
    raw = read_text(f"某省某某管理规定\n第一条 为了加强某某管理，制定本规定。\n{text}\n")
    assert text in paragraph_texts(raw)


def test_markup_left_of_a_cut_tag_and_a_bracketed_download_label_at_the_foot_are_not_read() -> None:
    """' style='font-size:10.5pt;margin-left: 30px;'> [附件下载] at the foot of a text copied from a
    page: the attributes of a tag the copy cut through, and the download box's label in a link's
    brackets. A sentence saying style= in words stays."""
    text = "某市人民政府关于发布森林禁火令的通告\n一、禁火时段：2023年3月2日至4月15日。\n某市人民政府\n2023年3月2日\n"
    raw = read_text(text + "' style='font-size:10.5pt;margin-left: 30px;'> [附件下载]\n")
    spoken = "\n".join(paragraph_texts(raw))
    assert "style" not in spoken and "附件下载" not in spoken and spoken.endswith("2023年3月2日")
    kept = "网页代码中的style属性用于设置字号。"
    assert kept in paragraph_texts(read_text(text.replace("一、", kept + "\n一、")))


def test_a_news_accounts_footer_of_duty_editors_copyright_and_follow_asks_is_not_read() -> None:
    """资料来源 / 值班编辑 / 责任编辑 / 值班主编 / ©某某网新媒体 / 戳这里，关注某某网 / “星标”某某网，接收最新资讯
    under a notice a news account reposted: the account's footer, none of it the notice's."""
    notice = "关于清明节期间某某林区野外禁止用火的通告\n清明节期间，某某林区内禁止一切野外用火。\n某市林业局\n2025年4月1日\n"
    footer = "资料来源：某市林业局\n值班编辑：黄某某\n责任编辑：闫某某\n值班主编：阳某\n©某某生活网新媒体\n戳这里，关注某某生活网\n“星标”某某生活网，接收最新资讯\n"
    raw = read_text(notice + footer)
    spoken = "\n".join(paragraph_texts(raw))
    assert spoken.endswith("2025年4月1日")
    for word in ("编辑", "主编", "©", "关注", "星标"):
        assert word not in spoken


def test_a_sites_reuse_terms_pager_wiki_link_and_partial_text_note_are_not_read() -> None:
    """Under the text (ho99/11, /12, /19; session 50): the duty editor and a copyright line with its
    reuse terms (某某公司版权所有 未经某某网书面特别授权，请勿转载或建立镜像，), a pager with its numbers in
    brackets (第 [1] 页 共[2]页), a wiki's 官方来源 link, and a law library's note that it shows part
    of the rules (上面法规内容为部分内容，如果要查看全文请点击此处：查看全文), a withheld-text finding."""
    notice = "关于清明节期间某某林区野外禁止用火的通告\n清明节期间，某某林区内禁止一切野外用火。\n某市林业局\n2025年4月1日\n"
    raw = read_text(notice + "责任编辑：张某某（QX0007）作者：袁某\n某某新闻网络传播有限责任公司版权所有 未经某某网书面特别授权，请勿转载或建立镜像，\n")
    assert paragraph_texts(raw)[-1] == "2025年4月1日"
    raw = read_text(notice.replace("某市林业局\n", "官方来源\n某市林业局\n") + "第 [1] 页 共[2]页\n上面法规内容为部分内容，如果要查看全文请点击此处：查看全文\n")
    assert paragraph_texts(raw)[-2:] == ["某市林业局", "2025年4月1日"] and "官方来源" not in paragraph_texts(raw)
    assert "text-withheld" in finding_kinds(raw)


def test_a_portals_clock_and_hotline_bar_over_the_headline_are_not_the_title() -> None:
    """2018/12/28 上午9:27:28 星期五 / 新闻热线:0577-1234567 广告热线:1234567 | 关于我们 | 旧版 over a news
    portal's headline (ho97/11, session 50): its clock and its top bar, neither the title."""
    title = "站在新起点 瞄准新目标 踏上新征程"
    raw = read_text(
        f"2018/12/28 上午9:27:28 星期五\n新闻热线:0577-1234567 广告热线:1234567 | 关于我们 | 旧版\n\n{title}\n\n"
        "发布时间:2016年03月02日 来源:某某新闻网\n3月2日，县十五届人大五次会议在县文化中心大剧院开幕。\n"
    )
    assert raw.title == title
    assert paragraph_texts(raw) == ["3月2日，县十五届人大五次会议在县文化中心大剧院开幕。"]


def test_a_procurement_sites_members_note_after_the_headlines_copy_is_a_withheld_finding() -> None:
    """…的通告：本条项目信息由某某招标网为您提供。登录后即可免费查看完整信息。 under the headline
    (ho101/24, session 50): the site gives part of the notice to members; neither the note nor the
    headline's copy before it is read."""
    title = "关于某盟部分地区极端恶劣天气期间实施道路交通临时管制的通告"
    body = "受强降雪影响，决定对全域范围内客运车辆实施道路交通临时管制。"
    raw = read_text(f"【招标信用】{title}\n【招标信用】{title}：本条项目信息由某某招标网为您提供。登录后即可免费查看完整信息。\n{body}\n")
    assert raw.title == title
    assert paragraph_texts(raw) == [body]
    assert "text-withheld" in finding_kinds(raw)


def test_a_forum_posters_name_and_views_and_its_box_of_other_threads_are_not_read() -> None:
    """zydadmin  165 under a forum thread's headline, 随机主题 over other threads' titles run together
    at its foot (ho98/16, session 50). A figure after a Latin word further down stays."""
    title = "某区三月三放假4天 这一天是壮族人一年中最盛大的节日"
    body = "根据自治区人民政府办公厅的通知，4月11日至14日放假调休，共4天。"
    raw = read_text(f"{title}\n\nzydadmin  165\n\n{body}\nGDP  165\n\n随机主题\n祝福句子古风唯美(美好祝愿的文艺句子古风)祝福旅行顺利的句子\n")
    assert paragraph_texts(raw) == [body, "GDP  165"]


def test_a_news_sites_repost_credit_is_not_read_and_names_a_story_printed_without_its_headline() -> None:
    """《某乡：多措并举全力做好秸秆禁烧工作》由某某新闻网提供,转载请注明出处:http://…,谢谢合作! at the foot
    of a story that lost its headline (ho96/21, session 51): the site's credit, with its address,
    is not read, and the name it gives in marks is the title (said to be guessed)."""
    name = "某某乡：多措并举全力做好秸秆禁烧工作"
    story = (
        "一是广泛宣传，营造氛围。该乡立足“早”字，做到明白纸早到户、保证书早签订。"
        "二是明确责任，夯实任务。成立9个一线禁烧指挥部和两个应急队伍，班子成员带队。\n"
    )
    credit = f"《{name.replace('：', ':')}》由某某新闻网-某都网提供,转载请注明出处:http://city.example.com/news/492509.html,谢谢合作!"
    raw = read_text(story + credit + "\n")
    assert raw.title == name
    assert "title-guessed" in finding_kinds(raw)
    assert not any("转载" in text or "example" in text for text in paragraph_texts(raw))
    # The credit alone on a titled story is not read either, and gives no title.
    raw = read_text(f"某某县召开秸秆禁烧工作推进会\n{story}《另一篇稿件的名称》由某某网提供，转载请注明来源，谢谢！\n")
    assert raw.title == "某某县召开秸秆禁烧工作推进会"
    assert not any("转载" in text for text in paragraph_texts(raw))


def test_an_essay_sites_line_offering_the_piece_and_a_collections_numbered_tag_are_not_read() -> None:
    """某某作文网为你提供致广大农户的一封信 under the piece's headline (ho104/09), and 百强县市【64】 before a
    report's title (ho106/17, session 51): the site's words, not the piece's."""
    letter = "致广大农户的一封信"
    raw = read_text(f"某某作文网\n导航\n\n{letter}\n\n时间:2017/5/20 0:20:37 来源:我爱写信\n\n某某 作文 网为你提供{letter}\n\n广大农户朋友们，你们好！\n一年一度的秋收季节已经来临。\n")
    assert raw.title == letter
    assert not any("为你提供" in text for text in paragraph_texts(raw))
    report = "2022年某某县政府工作报告"
    raw = read_text(f"百强县市【64】{report}\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n")
    assert raw.title == report
    assert "title-tag" in finding_kinds(raw)
    # A sentence that offers something is the text's.
    line = "我局为群众提供便捷的政务服务，网上为您提供办事指南。"
    assert line in paragraph_texts(read_text(f"{report}\n{line}\n"))


def test_a_collections_offer_line_names_the_pieces_and_is_not_read() -> None:
    """请欣赏驻村书记述职报告(精选6篇),由某某网整理,希望能够帮助到大家。 over the first piece (ho104/16,
    session 51): the site's line, not read; the name it offers, without its count, is the title."""
    raw = read_text(
        "请欣赏驻村书记述职报告(精选6篇),由某某网整理,希望能够帮助到大家。\n"
        "某某村位于某某镇北部，交通便利，但是村集体经济一直较弱。现将一年来的工作汇报如下。\n一、工作开展情况\n了解村情民意，走访农户120户。\n"
    )
    assert raw.title == "驻村书记述职报告"
    assert not any("请欣赏" in text or "整理" in text for text in paragraph_texts(raw))


def test_a_forums_sign_up_and_log_in_prompts_over_a_thread_are_not_read() -> None:
    """马上注册，知更多事，识更多人，玩转某某！ / 您需要 登录 才可以下载或查看，没有账号？注册 / x over the
    post (ho104/14, session 51): the forum's box, not the notice."""
    title = "某某社区第九届社区居民委员会选举公告"
    raw = read_text(
        "马上注册,知更多事,识更多人,玩转某某城!\n您需要 登录 才可以下载或查看,没有账号?注册\nx\n"
        f"{title}\n根据本社区换届选举实施方案，本社区采取居民直接选举方式。\n"
    )
    assert raw.title == title
    assert paragraph_texts(raw) == ["根据本社区换届选举实施方案，本社区采取居民直接选举方式。"]


def test_a_newsrooms_slash_credit_a_takedown_after_the_source_and_a_portals_disclaimer_are_not_read() -> None:
    """责任编辑/某某--- alone at the foot (ho104/02), 来源：某某  如有侵权请及时联系我们删除 (ho104/03), a
    portal's 提示：…并不代表本网赞同其观点… (ho104/20) and a size picker's 文字大小 / 字号 大号 标准 小号
    (ho105/18, ho106/12; session 51): the site's words, not the story's."""
    title = "某市部分区域停水通知"
    text = "因管网改造，某市部分区域将于6月1日停水，请用户提前做好蓄水准备。"
    for page in (
        f"{title}\n{text}\n\n责任编辑/某某某---\n",
        f"{title}\n{text}\n来源:某某公众号     如有侵权请及时联系我们删除\n",
        f"{title}\n{text}\n提示:本网部分文章内容转载于网络,转载之目的在于传递更多信息,并不代表本网赞同其观点和对其真实性负责!如图片、文字有侵犯您的权益请联系右下角本站客服,我们将在第一时间删除。\n",
        f"{title}\n文字大小\n【大】\n【中】\n【小】\n{text}\n",
        f"{title}\n字号 大号 标准 小号\n{text}\n",
    ):
        raw = read_text(page)
        assert paragraph_texts(raw) == [text], page
    # A line that names an editor inside the text stays.
    line = "编辑部主任、责任编辑等岗位人员由某某负责考核。"
    assert line in paragraph_texts(read_text(f"{title}\n{text}\n{line}\n"))


def test_a_preview_sites_end_of_trial_note_and_its_links_to_the_files_versions_are_not_read() -> None:
    """…的通知pdf预览版 / …的通知pdf完整版 / 试浏览已结束，继续查看需 under the part of a notice a preview
    site shows (ho102/07, session 51): the site's links are not read, and the note says the text
    is not whole (a text-withheld finding)."""
    title = "某某总局关于全面推进“双随机、一公开”监管工作的通知"
    text = "各级市场监管部门要按照年度抽查工作计划的安排逐批次抽取检查对象。"
    raw = read_text(f"{title}\n\n发布时间:2019年02月12日\n{text}\n{title}pdf预览版\n{title}pdf完整版\n\n试浏览已结束,继续查看需\n\n查看全文\n")
    assert paragraph_texts(raw) == [text]
    assert "text-withheld" in finding_kinds(raw)
