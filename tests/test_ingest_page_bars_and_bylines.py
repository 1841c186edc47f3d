"""Site bars, bylines and links round a page's text: a bracketed field row with the site's
toolbar after it, a site's name and address before the date, follow blocks, e-paper bars,
forum links, listing tags, a site's lead-in, link labels and tags under the headline. Every
example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_fields import led_field_row, parse_metadata_line
from audiojiedu.ingest.page_head import unlabelled_byline

BODY = "一、工作目标\n到2025年，全镇农村道路养护水平进一步提升，列养率达到百分之百。\n"


def test_a_bracketed_field_row_with_a_toolbar_bracket_after_it_is_read_as_fields() -> None:
    row = "【来源: | 发布日期:2019-04-08 】     【选择字号:"
    assert parse_metadata_line(row) == {"发布日期": "2019-04-08"}
    assert parse_metadata_line("【来源：某某镇 发布日期：2019-04-08】 【打印】") == {"来源": "某某镇", "发布日期": "2019-04-08"}
    raw = read_text(f"某某镇农村道路养护工作方案\n\n{row}\n\n{BODY}")
    assert raw.title == "某某镇农村道路养护工作方案"
    assert raw.metadata.get("发布日期") == "2019-04-08"
    assert paragraph_texts(raw)[0] == "一、工作目标"


def test_a_bracketed_field_followed_by_text_is_not_a_row() -> None:
    assert parse_metadata_line("【来源：某某镇】 各村要在月底前完成自查") is None


def test_a_site_name_with_its_address_before_the_date_field_is_a_byline() -> None:
    raw = read_text(f"某某镇农村道路养护工作方案\n\n某某镇人民政府网    www.mouzhen.gov.cn    日期:2019-04-08\n\n{BODY}")
    assert raw.metadata.get("日期") == "2019-04-08"
    assert not any("www" in text or "日期" in text for text in paragraph_texts(raw))
    assert paragraph_texts(raw)[0] == "一、工作目标"


def test_a_site_name_with_its_address_but_no_date_is_left_to_the_other_rules() -> None:
    assert unlabelled_byline("某某镇人民政府网    www.mouzhen.gov.cn    来源：某某镇") is None


def test_a_portal_byline_with_an_unlabelled_date_before_the_source_is_read_as_fields() -> None:
    line = "某某省政府门户网站 www.mousheng.gov.cn   2015年03月09日   来源:某某市人民政府网站"
    raw = read_text(f"某某市出台意见支持农村道路养护\n{line}\n\n{BODY}")
    assert raw.metadata.get("发布时间") == "2015年03月09日"
    assert raw.metadata.get("来源") == "某某市人民政府网站"
    assert paragraph_texts(raw)[0] == "一、工作目标"
    assert any("www.mousheng.gov.cn" in finding.text for finding in raw.findings)
    assert unlabelled_byline("某某县人民政府  2015-03-09 10:20   来源：某某局") == (
        "某某县人民政府",
        {"发布时间": "2015-03-09 10:20", "来源": "某某局"},
    )


def test_a_portal_byline_whose_source_the_site_left_empty_is_still_a_byline() -> None:
    """某某网站 www.example.cn   2014-11-05   来源: : the empty label still makes the row the byline."""
    line = "某某省政府门户网站 www.mousheng.gov.cn   2015-03-09   来源:"
    raw = read_text(f"某某市出台意见支持农村道路养护\n{line}\n\n{BODY}")
    assert raw.metadata.get("发布时间") == "2015-03-09"
    assert paragraph_texts(raw)[0] == "一、工作目标"
    assert unlabelled_byline("某某县人民政府   2015-03-09   来源：") == ("某某县人民政府", {"发布时间": "2015-03-09"})


def test_a_credit_leading_a_source_field_opens_a_repost_as_its_byline_not_its_title() -> None:
    """某某报微信整理，来源：某某网站 over a repost: the credit is dropped with a finding, the source
    is a field, and the headline under it is the title; no date is needed, the credit's word
    (整理, 编辑, 综合, 编译) marks the byline."""
    raw = read_text(f"某某日报微信整理,来源:某某省发改委网站\n某某市出台意见支持农村道路养护\n\n{BODY}")
    assert raw.metadata.get("来源") == "某某省发改委网站"
    assert raw.title == "某某市出台意见支持农村道路养护"
    assert paragraph_texts(raw)[0] == "一、工作目标"
    assert any("某某日报微信整理" in finding.text for finding in raw.findings)
    assert unlabelled_byline("本网综合 来源：某某新闻网") == ("本网综合", {"来源": "某某新闻网"})


def test_a_sentence_on_compiling_or_a_credit_without_fields_is_no_byline() -> None:
    assert unlabelled_byline("各村要认真整理，按时上报材料") is None
    assert unlabelled_byline("某某日报微信整理") is None


def test_a_name_and_a_date_without_a_labelled_field_after_them_are_no_byline() -> None:
    assert unlabelled_byline("某某县人民政府 2015年03月09日") is None
    assert unlabelled_byline("某某县人民政府 2015年03月09日 召开全县农村道路养护工作会议") is None


def test_a_stamp_after_a_latin_byline_is_the_publication_time() -> None:
    row = "来源:某某日报 作者: 编辑:webadmin 2021-06-01 08:30:12"
    assert parse_metadata_line(row) == {"来源": "某某日报", "编辑": "webadmin", "发布时间": "2021-06-01 08:30:12"}
    assert parse_metadata_line("来源:abc3 2021-06-01") == {"来源": "abc3", "发布时间": "2021-06-01"}


def test_a_font_size_word_after_a_time_field_is_not_its_value() -> None:
    row = "文章来源:某某传媒网 发布时间:2021-06-01 10:45 大"
    assert parse_metadata_line(row) == {"文章来源": "某某传媒网", "发布时间": "2021-06-01 10:45"}
    assert parse_metadata_line("发布时间：2021-06-01 10:45 上午") == {"发布时间": "2021-06-01 10:45 上午"}


def test_a_follow_block_under_the_byline_is_not_read() -> None:
    raw = read_text(f"某某镇农村道路养护工作方案\n\n来源:某某镇 编辑:admin\n某某镇人大微信\n公众号二维码\n—分享—\n\n{BODY}")
    texts = paragraph_texts(raw)
    assert texts[0] == "一、工作目标"
    assert any("某某镇人大微信" in finding.text for finding in raw.findings)


def test_an_account_name_among_the_text_stays() -> None:
    raw = read_text(f"某某镇农村道路养护工作方案\n\n{BODY}\n政务微信\n\n全镇开通政务微信，及时发布道路养护信息。\n")
    assert "政务微信" in paragraph_texts(raw)


def test_a_trail_without_home_is_not_read_but_a_comparison_stays() -> None:
    raw = read_text(f"某某网>信息公开>通知公告>正文\n\n某某镇农村道路养护工作方案\n\n{BODY}收入>支出>结余的情况\n")
    assert raw.title == "某某镇农村道路养护工作方案"
    assert "收入>支出>结余的情况" in paragraph_texts(raw)
    assert not any("正文" in text for text in paragraph_texts(raw))


def test_an_e_papers_bars_and_pager_are_not_read() -> None:
    head = "第05版：要闻 上一版4  6下一版\n\n标题导航\n返回某某报首页 | 版面导航 | 标题导航\n\n上一版4  6下一版 2015年3月2日 星期一 放大 缩小 默认\n"
    raw = read_text(f"{head}某某镇农村道路养护工作方案\n\n{BODY}\n下一篇 6 放大 缩小 默认\n")
    assert raw.title == "某某镇农村道路养护工作方案"
    texts = paragraph_texts(raw)
    assert texts[0] == "一、工作目标"
    assert not any("版" in text or "放大" in text for text in texts)


def test_a_page_of_the_edition_named_in_the_text_stays() -> None:
    raw = read_text(f"某某镇农村道路养护工作方案\n\n{BODY}上一版方案印发后，各村反映良好。\n")
    assert "上一版方案印发后，各村反映良好。" in paragraph_texts(raw)


def test_a_forums_footer_links_are_not_read() -> None:
    raw = read_text(f"某某镇农村道路养护工作方案\n\n{BODY}\n【相关论坛】\n【发表评论】\n【关闭窗口】\n")
    assert not any("论坛" in text or "评论" in text for text in paragraph_texts(raw))


def test_a_source_address_with_fields_glued_after_it_gives_the_fields() -> None:
    line = "http://www.mouxian.gov.cn/zwgk/wj/5a3b9c.html发文字号 某政发〔2021〕3号 发布日期 2021-03-05 10:20"
    raw = read_text(f"某某县人民政府关于某某镇农村道路养护的批复\n{line}\n某某镇人民政府：\n你镇报来的请示收悉。经研究，现批复如下。\n")
    assert raw.metadata.get("发文字号") == "某政发〔2021〕3号"
    assert raw.metadata.get("发布日期") == "2021-03-05 10:20"
    assert not any("http" in text or "发文字号" in text for text in paragraph_texts(raw))
    assert any(finding.text.startswith("http://www.mouxian.gov.cn/") for finding in raw.findings)


def test_an_address_followed_by_text_is_no_field_row() -> None:
    assert led_field_row("http://www.mouxian.gov.cn/a.html 这是某县的网站") is None


def test_a_listing_tag_before_a_field_row_is_not_read_and_the_field_is() -> None:
    assert led_field_row("[工作总结 - 计划规划] 发表于:2020-06-01 09:12:30") == (
        "[工作总结 - 计划规划]",
        {"发表于": "2020-06-01 09:12:30"},
    )
    raw = read_text(f"某某镇农村道路养护工作方案\n\n[工作总结 - 计划规划] 发表于:2020-06-01 09:12:30\n\n{BODY}")
    assert raw.metadata.get("发表于") == "2020-06-01 09:12:30"
    assert paragraph_texts(raw)[0] == "一、工作目标"
    assert any(finding.text == "[工作总结 - 计划规划]" for finding in raw.findings)


def test_a_bracketed_phrase_before_text_is_no_field_row() -> None:
    assert led_field_row("【典型案例】 某村投入资金修缮道路三公里") is None


def test_a_sites_lead_in_over_the_headline_is_not_read() -> None:
    lead = "6月1日，某某镇人民代表大会表决通过了《某某镇农村道路养护工作方案》，下面是详细内容。"
    raw = read_text(f"{lead}\n某某镇农村道路养护工作方案\n{BODY}")
    assert raw.title == "某某镇农村道路养护工作方案"
    assert not any("详细内容" in text for text in paragraph_texts(raw))
    assert any("下面是详细内容" in finding.message and finding.text.startswith("6月1日") for finding in raw.findings)


def test_a_sentence_of_the_text_that_announces_its_content_stays() -> None:
    text = "现将有关事项通知如下，下面是具体内容。"
    raw = read_text(f"某某镇农村道路养护工作方案\n{BODY}{text}\n二、工作措施\n加强日常巡查，及时修补路面。\n")
    assert text in paragraph_texts(raw)


def test_a_related_links_list_at_the_foot_is_dropped_with_a_finding() -> None:
    raw = read_text(f"某某镇农村道路养护工作方案\n{BODY}\n相关链接\n某某镇召开道路养护推进会\n")
    assert not any("推进会" in text for text in paragraph_texts(raw))
    assert any("相关链接" in finding.text and "推进会" in finding.text for finding in raw.findings)


def test_a_links_label_in_a_heading_is_cut_with_a_finding() -> None:
    raw = read_text(f"某某镇农村道路养护工作方案\n{BODY}二、养护流程图“点击查看”\n巡查、上报、修补、验收四个环节。\n")
    assert "二、养护流程图" in paragraph_texts(raw)
    assert not any("点击查看" in text for text in paragraph_texts(raw))
    assert any(finding.text == "“点击查看”" for finding in raw.findings)


def test_a_quoted_phrase_that_is_no_links_label_stays() -> None:
    text = "群众可在网站首页“查看进度”栏目中了解办理情况。"
    raw = read_text(f"某某镇农村道路养护工作方案\n{BODY}{text}\n")
    assert text in paragraph_texts(raw)


def test_a_pages_tags_under_the_headline_are_not_read() -> None:
    raw = read_text(f"某某镇农村道路养护工作方案\n2024-06-01 10:20\n320人看过\n道路\n养护\n农村\n{BODY}")
    assert paragraph_texts(raw)[0] == "一、工作目标"
    assert any(finding.text == "道路 ‖ 养护 ‖ 农村" for finding in raw.findings)
    tagged = read_text(f"某某镇农村道路养护工作方案\n某某镇农村道路养护工作方案，标签：养护方案，方案范文\n{BODY}")
    assert not any("标签" in text for text in paragraph_texts(tagged))


def test_short_lines_under_the_headline_without_a_row_above_stay() -> None:
    raw = read_text("某某镇农村道路养护工作方案\n前言\n总则\n为做好农村道路养护工作，制定本方案。\n")
    assert paragraph_texts(raw)[:2] == ["前言", "总则"]


def test_a_summary_labelled_gaiyao_that_the_text_repeats_is_read_once() -> None:
    text = "为做好全镇农村道路养护工作，保障群众安全便捷出行，结合本镇实际，制定本方案。"
    raw = read_text(f"某某镇农村道路养护工作方案\n概要：{text}\n{text}\n{BODY}")
    assert paragraph_texts(raw).count(text) == 1
    assert not any(text.startswith("概要") for text in paragraph_texts(raw))


def test_a_listings_stamp_without_its_year_leads_a_row_of_fields() -> None:
    raw = read_text(f"某某镇农村道路养护工作方案\n[06-01 10:20:05]   来源:http://www.example.com  工作方案\n{BODY}")
    assert raw.metadata.get("发布时间") == "06-01 10:20:05"
    assert raw.metadata.get("来源") == "http://www.example.com"
    assert paragraph_texts(raw)[0] == "一、工作目标"


def test_a_field_list_one_word_a_line_under_the_date_is_no_tag_run() -> None:
    raw = read_text(f"某某镇农村道路养护工作方案\n2024-06-01 10:20\n发文字号\n发文日期\n2024-05-30\n效力状态\n有效\n{BODY}")
    assert not any("标签" in finding.message for finding in raw.findings)
    assert raw.metadata.get("效力状态") == "有效"


def test_an_empty_validity_field_of_the_field_table_is_not_read() -> None:
    table = "索 引 号: | 0123/2020-00001 | 分 类: | 政府文件\n文 号: | 某政复〔2020〕5号 | ||\n时 效: |\n"
    raw = read_text(f"{table}某某镇农村道路养护工作方案\n{BODY}")
    assert not any(text.startswith("时效") for text in paragraph_texts(raw))
    assert parse_metadata_line("时效：长期有效") == {"时效": "长期有效"}


def test_a_sites_home_address_and_notice_link_under_the_headline_are_not_read() -> None:
    for line in ("http://www.example.com.cn", "2022-11-08 某某资料网的版权声明"):
        raw = read_text(f"某某镇农村道路养护工作方案\n{line}\n{BODY}")
        assert raw.title == "某某镇农村道路养护工作方案"
        assert paragraph_texts(raw)[0] == "一、工作目标"
        assert any(finding.text == line for finding in raw.findings)


def test_a_sentence_naming_the_copyright_notice_stays() -> None:
    raw = read_text(f"某某镇农村道路养护工作方案\n{BODY}关于版权声明的说明见附件。\n")
    assert "关于版权声明的说明见附件。" in paragraph_texts(raw)


def test_a_short_label_glued_after_a_written_date_opens_a_field_of_its_own() -> None:
    assert parse_metadata_line("时间:2021年05月17日来源:某某县交通运输局") == {"时间": "2021年05月17日", "来源": "某某县交通运输局"}
    # A label's word inside a value, not glued to a date, stays in the value.
    assert parse_metadata_line("来源:某某县融媒体中心时间报") == {"来源": "某某县融媒体中心时间报"}


def test_a_line_repeating_the_source_and_date_fields_under_the_toolbar_is_not_read() -> None:
    head = "时间:2021年05月17日来源:某某县交通运输局\n[字体: ] 打印\n某某县交通运输局 2021年05月17日\n"
    raw = read_text(f"某某县农村道路养护工作方案\n{head}\n{BODY}")
    assert raw.metadata.get("来源") == "某某县交通运输局"
    assert paragraph_texts(raw)[0] == "一、工作目标"
    assert any("某某县交通运输局 2021年05月17日" in finding.text for finding in raw.findings)


def test_a_name_and_date_line_that_the_fields_do_not_hold_is_read() -> None:
    head = "时间:2021年05月17日来源:某某县交通运输局\n某某县人民政府 2021年05月10日\n"
    raw = read_text(f"某某县农村道路养护工作方案\n{head}\n{BODY}")
    assert "某某县人民政府 2021年05月10日" in paragraph_texts(raw)


def test_an_empty_source_before_a_colour_picker_stays_empty() -> None:
    row = "发布时间:2020-07-02 09:15:00   作者:   来源:   【  】【黑色 红色 灰色"
    assert parse_metadata_line(row) == {"发布时间": "2020-07-02 09:15:00"}
    assert parse_metadata_line("来源:某某县林业局 【蓝色 绿色") == {"来源": "某某县林业局"}
    # One colour word inside a value is a name, no picker.
    assert parse_metadata_line("来源:红色旅游网 作者:张三") == {"来源": "红色旅游网", "作者": "张三"}
    raw = read_text(f"某某镇农村道路养护工作方案\n{row}\n打印\n\n{BODY}")
    assert "来源" not in raw.metadata
    assert paragraph_texts(raw)[0] == "一、工作目标"


def test_a_mobile_pages_channel_buttons_and_a_column_trail_without_home_are_not_read() -> None:
    """展开频道 收起频道 over the headline (the buttons of a phone page's channel menu), and the
    site's columns under it without the home link (新闻中心 > 天下): the headline is the title."""
    page = read_text(f"展开频道 收起频道\n\n某省开展农村道路专项巡查\n\n新闻中心 > 天下\n\n2020-09-27 19:24 来源: 某某网\n{BODY}")
    assert page.title == "某省开展农村道路专项巡查"
    assert paragraph_texts(page)[0] == "一、工作目标"
    # Must NOT touch: a flow of steps set with arrows under a heading of the text is the text's.
    flow = read_text(f"某县不动产登记办事指南\n申请 → 受理 → 审核 → 登簿\n{BODY}")
    assert "申请 → 受理 → 审核 → 登簿" in paragraph_texts(flow)


def test_a_newsrooms_team_credit_under_the_headline_is_a_field() -> None:
    page = read_text(f"某县政府常务会议召开\n■县融媒体中心记者组\n{BODY}")
    assert page.metadata.get("记者") == "县融媒体中心记者组"
    assert paragraph_texts(page)[0] == "一、工作目标"


def test_a_headline_the_page_cut_short_is_taken_whole_from_the_sites_description() -> None:
    """某某主持召开市政府常务会议 传达学习全面深 over its byline and the site's description (the
    headline whole, then 某某网是包含海量资讯的新闻服务平台): the whole headline is the title."""
    whole = "某某主持召开市政府常务会议 传达学习全面深化改革委员会会议精神"
    page = read_text(f"{whole[:22]}\n来源:某某网 时间:2021-09-07\n{whole},某某网是包含海量资讯的新闻服务平台\n{BODY}")
    assert page.title == whole
    assert paragraph_texts(page)[0] == "一、工作目标"
    # Must NOT touch: the headline's second line going on from it, no slogan after it.
    two = read_text(f"某某在某省检查指导防汛减灾工作\n来源:某某网 时间:2021-09-07\n某某在某省检查指导防汛减灾工作时强调\n{BODY}")
    assert two.title == "某某在某省检查指导防汛减灾工作"


def test_a_whole_trail_on_the_line_under_its_opener_is_not_the_title() -> None:
    """当前位置: / >> 市政府常务会议 >> 会议简介 / 会议简介: the trail on one line under its opener;
    the column page's headline under it is the title."""
    page = read_text("当前位置:\n>> 市政府常务会议 >> 会议简介\n会议简介\n2015-10-30\n市政府常务会议一般每半月召开一次，如有需要可临时召开。\n")
    assert page.title == "会议简介"
    assert paragraph_texts(page) == ["市政府常务会议一般每半月召开一次，如有需要可临时召开。"]


def test_byline_rows_of_the_sites_names_an_anonymous_poster_and_a_stamp_are_not_read() -> None:
    """某某法规网 佚名 / 某某法规网 某某政府网  某某法规网 2018-04-16 10:11:24  评论() under the headline:
    the site's rows; the headline stays the title and the stamp is the publication time."""
    page = read_text(f"某市通报2017年全市安全生产考核情况\n\n某某法规网 佚名\n某某法规网 某某政府网  某某法规网 2018-04-16 10:11:24  评论()\n\n{BODY}")
    assert page.title == "某市通报2017年全市安全生产考核情况"
    assert page.metadata.get("发布时间") == "2018-04-16 10:11:24"
    assert paragraph_texts(page)[0] == "一、工作目标"
    # Must NOT touch: one site's name and the stamp name the source.
    sourced = read_text(f"某市通报2017年全市安全生产考核情况\n某某新闻网 2020-01-30 14:53:01\n{BODY}")
    assert sourced.metadata.get("来源") == "某某新闻网"


def test_a_document_sites_download_rules_and_a_law_librarys_record_header_are_not_read() -> None:
    """合集下载 / - 1、下载文档前请自行甄别… / 文章属性 / •【效力等级】地方规范性文件: the sharing site's
    box and the library's record fields over the document."""
    head = (
        "某市人民政府关于表彰先进单位的决定\n合集下载\n- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。\n"
        "- 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。\n"
        "- 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。\n"
        "文章属性\n•【制定机关】某市人民政府\n•【效力等级】地方规范性文件\n"
    )
    page = read_text(f"{head}{BODY}")
    assert page.metadata.get("效力等级") == "地方规范性文件"
    assert paragraph_texts(page)[0] == "一、工作目标"
