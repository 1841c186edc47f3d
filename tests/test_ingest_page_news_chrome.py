"""Site chrome on news and portal pages seen unseen (issue 17, session 27, round 2): a portal's
byline with the page's stamp at its end, a content system's date stub over the lead, a page
marker at the foot, a news app's footer, credits set with 丨. Every example is made up, in the
shape of real pages."""

from __future__ import annotations

from helpers import page_read_aloud, paragraph_texts

from audiojiedu.ingest import read_text

TITLE = "某市人民政府办公室2022年政府信息公开工作年度报告"
BODY = "根据《中华人民共和国政府信息公开条例》规定，现公布本机关2022年度政府信息公开工作年度报告。"




# -- a portal's byline with the page's stamp after it ---------------------------------------------
def test_a_sites_name_and_address_then_the_stamp_under_the_title_is_the_date() -> None:
    raw = read_text(f"{TITLE}\n\n某某市人民政府门户网站 www.example.gov.cn 2023-01-28 \n\n{BODY}")
    assert raw.title == TITLE
    assert raw.metadata["发布时间"] == "2023-01-28"
    spoken = page_read_aloud(raw)
    assert "example" not in spoken and "门户网站" not in spoken
    assert any(f.kind == "chrome-dropped" and "example" in f.text for f in raw.findings)


def test_an_organ_and_its_date_under_the_title_is_no_site_byline() -> None:
    raw = read_text(f"{TITLE}\n\n某某市人民政府办公室 2023-01-28\n\n{BODY}")
    assert not any("网站名称和网址" in f.message for f in raw.findings)


# -- a content system's date stub over the lead ----------------------------------------------------
NEWS_TITLE = "关于某区部分道路实施单向通行的通告"
LEAD = "今日，某市交警发布消息称，某区部分道路将实施单向通行措施。具体内容如下："
NOTICE = "为优化辖区道路交通组织，提高道路通行效率，现将有关事项通告如下："


def test_a_date_stub_with_the_summary_repeated_below_is_not_spoken() -> None:
    raw = read_text(f" date 2024-11-22 {LEAD[:30]}\n{LEAD}\n{NEWS_TITLE}\n{NOTICE}")
    assert raw.metadata["发布时间"] == "2024-11-22"
    spoken = page_read_aloud(raw)
    assert "date" not in spoken
    # the lead is the reposting site's news over the notice's own title line: not the document, not read
    assert spoken.count(LEAD[:20]) == 0 and raw.title == NEWS_TITLE
    assert any(f.kind == "chrome-dropped" and f.text.startswith("date") for f in raw.findings)
    assert any(f.kind == "chrome-dropped" and f.text.startswith(LEAD[:20]) for f in raw.findings)


def test_a_date_stub_before_text_said_nowhere_else_keeps_the_text() -> None:
    raw = read_text(f"{NEWS_TITLE}\ndate: 2024-11-22 {NOTICE}\n一、单向通行路段\n某某路由东向西单向通行。\n")
    assert raw.metadata["发布时间"] == "2024-11-22"
    spoken = page_read_aloud(raw)
    assert "date" not in spoken and NOTICE[:20] in spoken


def test_the_word_date_inside_a_sentence_stays() -> None:
    line = "Update date 2024-11-22 为系统的维护日期，请各单位注意。"
    raw = read_text(f"{NEWS_TITLE}\n{NOTICE}\n{line}")
    assert "Update date" in page_read_aloud(raw)


# -- a page marker alone at the foot ---------------------------------------------------------------
def test_a_circled_number_alone_on_the_last_line_is_not_spoken() -> None:
    raw = read_text(f"{NEWS_TITLE}\n{NOTICE}\n某市公安局交通管理支队\n2025年10月22日\n\n⑥\n")
    assert paragraph_texts(raw)[-1] == "2025年10月22日"
    assert any(f.kind == "chrome-dropped" and f.text == "⑥" for f in raw.findings)


def test_a_circled_number_between_lines_stays() -> None:
    raw = read_text(f"{NEWS_TITLE}\n{NOTICE}\n③\n临时管制路段为某某路。\n某市公安局交通管理支队")
    assert "③" in page_read_aloud(raw)


# -- a WeChat account's credits set with the stroke 丨 -----------------------------------------------
SIGNED = "某市公安局交通管理支队\n2024年10月22日"


def test_credits_set_apart_by_the_stroke_at_the_foot_are_not_spoken() -> None:
    raw = read_text(f"{NEWS_TITLE}\n{NOTICE}\n{SIGNED}\n本文创作团队\n来源丨某市交警\n编辑丨张某某\n")
    spoken = page_read_aloud(raw)
    assert "创作团队" not in spoken and "某市交警" not in spoken and "张某某" not in spoken
    assert paragraph_texts(raw)[-1] == "2024年10月22日"
    assert any(f.kind == "chrome-dropped" and "张某某" in f.text for f in raw.findings)


def test_a_sentence_with_the_stroke_in_it_stays() -> None:
    line = "数据来源丨某市统计局，经整理后按季度发布。"
    raw = read_text(f"{NEWS_TITLE}\n{NOTICE}\n{SIGNED}\n{line}\n")
    assert line in page_read_aloud(raw)


# -- a news app's banner -------------------------------------------------------------------------------
def test_a_news_apps_banner_at_the_foot_is_not_spoken() -> None:
    raw = read_text(f"{NEWS_TITLE}\n{NOTICE}\n{SIGNED}\n\n打开某某新闻 查看更多图片\n\n某某县新闻客户端某知道\n×\n")
    spoken = page_read_aloud(raw)
    assert "查看更多" not in spoken and "客户端" not in spoken
    assert paragraph_texts(raw)[-1] == "2024年10月22日"


def test_a_sentence_naming_a_news_app_stays() -> None:
    line = "市民可打开某某新闻客户端查看更多管制路段信息。"
    raw = read_text(f"{NEWS_TITLE}\n{NOTICE}\n{line}\n{SIGNED}")
    assert line in page_read_aloud(raw)


# -- a font-size picker whose sizes are words or were lost -----------------------------------------
PORTAL_TITLE = "某区某街道办事处2025年政府信息公开工作年度报告"


def test_a_font_size_label_with_its_colon_set_apart_and_no_sizes_is_chrome() -> None:
    raw = read_text(f"{PORTAL_TITLE}\n\n字号 :  | \n更新时间:2026-01-15 来源:某街道办事处\n\n{BODY}")
    assert "字号" not in page_read_aloud(raw)


def test_a_font_size_picker_with_worded_sizes_is_chrome() -> None:
    raw = read_text(f"{PORTAL_TITLE}\n2022-03-02 21:01 來源: 某某网站\n字號:默認 超大 | 打印 |\n\n{BODY}")
    spoken = page_read_aloud(raw)
    assert "超大" not in spoken and "字號" not in spoken


def test_a_sentence_about_font_sizes_stays() -> None:
    line = "正文字号：三号仿宋，标题用二号小标宋体。"
    raw = read_text(f"{PORTAL_TITLE}\n\n{BODY}\n{line}")
    assert line in page_read_aloud(raw)


# -- a site's desktop-shortcut prompt --------------------------------------------------------------
def test_a_desktop_shortcut_prompt_over_the_page_is_chrome() -> None:
    raw = read_text(f"电脑桌面\n添加某某网到电脑桌面\n安装后可以在桌面快捷访问\n\n{PORTAL_TITLE}\n\n{BODY}")
    assert raw.title == PORTAL_TITLE
    assert "桌面" not in page_read_aloud(raw)


def test_a_sentence_about_the_desktop_stays() -> None:
    line = "各单位要将政务服务入口添加到电脑桌面，方便群众办事。"
    raw = read_text(f"{PORTAL_TITLE}\n\n{BODY}\n{line}")
    assert line in page_read_aloud(raw)


# -- a picture's alt text and credit ---------------------------------------------------------------
REPORT = "报告指出，2023年是某省发展历程中具有重要意义的一年。"


def test_a_pictures_alt_text_and_its_makers_credit_are_not_spoken() -> None:
    headline = "某省：成绩鼓舞人心 目标催人奋进"
    raw = read_text(f"{headline}\n\n{BODY}\n\n{headline}_fororder_图片1\n\n图片制作 张某\n\n{REPORT}")
    spoken = page_read_aloud(raw)
    assert "fororder" not in spoken and "图片制作" not in spoken
    assert REPORT in spoken


def test_a_sentence_about_pictures_stays() -> None:
    line = "图片制作 要规范，不得使用未经授权的素材。"
    raw = read_text(f"{PORTAL_TITLE}\n\n{BODY}\n{line}\n文件名为某某报告_图片一，已归档。")
    spoken = page_read_aloud(raw)
    assert line in spoken and "已归档" in spoken


# -- betting spam spliced into sentences -------------------------------------------------------------
def test_betting_spam_spliced_into_a_sentence_is_cut_with_a_finding() -> None:
    line = "根据《某省人民政府办公厅足球比分直播，篮球比分直播印发2015年政府信息公开工作要点的通知》要求，做好公开工作。"
    raw = read_text(f"{PORTAL_TITLE}\n\n{line}\n\n某市2023年民生改8888澳门精准免费大全善取得新进展。")
    spoken = "\n".join(paragraph_texts(raw))
    assert "办公厅印发2015年政府信息公开工作要点的通知" in spoken
    assert "民生改善取得新进展" in spoken
    assert "比分" not in spoken and "澳门" not in spoken
    assert sum("博彩" in f.message for f in raw.findings) == 2


def test_words_of_macao_lottery_or_scores_in_a_document_stay() -> None:
    line = "加强与香港、澳门特别行政区合作，规范福利彩票销售，严厉打击非法六合彩活动，赛事比分直播由电视台负责。"
    raw = read_text(f"{PORTAL_TITLE}\n\n{BODY}\n{line}")
    assert line in "\n".join(paragraph_texts(raw))


def test_a_betting_sites_number_glued_before_its_phrase_is_spam_alone() -> None:
    raw = read_text(f"365比分直播《某镇2023年政府工作报告》政策解读\n\n{BODY}")
    assert raw.title == "《某镇2023年政府工作报告》政策解读"
    assert "比分" not in page_read_aloud(raw)


def test_a_lottery_tipsters_phrase_spliced_into_a_headline_is_cut() -> None:
    """某省十四届2023年一码一肖100精准人大四次会议在成都开幕: the tip (with the year it advertises) is
    no part of the headline; a year of the text stays."""
    raw = read_text(f"原创 某某省十四届2023年一码一肖100精准人大四次会议在某市开幕\n\n{BODY}")
    assert raw.title == "某某省十四届人大四次会议在某市开幕"
    raw = read_text(f"某某省2023年人大会议在某市开幕\n\n{BODY}")
    assert raw.title == "某某省2023年人大会议在某市开幕"


# -- a photo's caption naming the scene ---------------------------------------------------------------
def test_a_caption_naming_the_scene_alone_on_its_line_is_not_spoken() -> None:
    raw = read_text(f"某市委十一届八次全会召开\n\n{LEAD}\n\n会议现场\n\n{REPORT}")
    assert "会议现场" not in page_read_aloud(raw)


def test_a_numbered_heading_naming_the_scene_stays() -> None:
    raw = read_text(f"{PORTAL_TITLE}\n\n{BODY}\n\n（三）会议现场\n\n会场设在某某宾馆，由办公室负责布置。")
    assert "（三）会议现场" in page_read_aloud(raw)


# -- a layout table's byline row and navigation bar ---------------------------------------------------------
def test_a_byline_row_in_a_layout_tables_cell_is_read_as_fields() -> None:
    head = "| 某某信息网首页 详细导航:覆盖全国县市信息网导航(点击浏览) |\n\n|\n"
    byline = "| 文章来源:某某信息网 / PostTime:2014-2-9 / 点击:93 | |\n|\n"
    raw = read_text(f"{head}{NEWS_TITLE} |\n|\n{byline}{NOTICE}\n|\n| 责任编辑:张某某(QQ:12345678) |\n")
    assert raw.title == NEWS_TITLE
    assert raw.metadata["文章来源"] == "某某信息网"
    assert raw.metadata["PostTime"] == "2014-2-9"
    assert raw.metadata["责任编辑"] == "张某某（QQ:12345678）"
    spoken = page_read_aloud(raw)
    assert "导航" not in spoken and "点击" not in spoken and "12345678" not in spoken


def test_a_date_written_with_slashes_keeps_them() -> None:
    raw = read_text(f"{NEWS_TITLE}\n来源：某某网 发布时间：2014/2/9\n{NOTICE}")
    assert raw.metadata["发布时间"] == "2014/2/9"


# -- field values the page left empty or ran a counter into -------------------------------------------------
def test_an_empty_counter_glued_before_a_label_is_no_field() -> None:
    raw = read_text(f"{NEWS_TITLE}\n浏览次数:发布时间:2016-03-25 00:00\n{NOTICE}")
    assert raw.metadata["发布时间"] == "2016-03-25 00:00"
    assert "浏览" not in page_read_aloud(raw)


def test_a_counters_word_set_apart_at_a_values_end_is_cut() -> None:
    raw = read_text(f"{NEWS_TITLE}\n时间:2021-07-10     作者:某某企业网【转载】   阅读\n{NOTICE}")
    assert raw.metadata["作者"] == "某某企业网【转载】"


def test_a_value_ending_in_a_word_of_reading_stays_whole() -> None:
    raw = read_text(f"{NEWS_TITLE}\n来源：某某全民阅读\n{NOTICE}")
    assert raw.metadata["来源"] == "某某全民阅读"


# -- the byline between the headline and the document's own title line ------------------------------------
def test_a_source_glued_after_the_stamp_over_the_documents_title_line_is_read() -> None:
    title = "关于2023年元宵节烟花爆竹定点燃放的通告"
    raw = read_text(f"{title}\n\n2023年02月02日 08:40:00来源:某某新闻网\n\n{title}\n\n{NOTICE}")
    assert raw.metadata["发布时间"] == "2023年02月02日 08:40:00"
    assert raw.metadata["来源"] == "某某新闻网"
    assert "某某新闻网" not in page_read_aloud(raw)


def test_a_stamp_before_words_of_no_field_over_the_title_line_gives_no_source() -> None:
    title = "关于2023年元宵节烟花爆竹定点燃放的通告"
    raw = read_text(f"{title}\n\n2023年02月02日 08:40:00 转自某某新闻\n\n{title}\n\n{NOTICE}")
    assert "来源" not in raw.metadata


def test_an_organs_name_glued_to_the_next_label_is_the_values() -> None:
    raw = read_text(f"{NEWS_TITLE}\n浏览次数:信息来源: 某市政府办发布时间:2024-02-28 17:45\n{NOTICE}")
    assert raw.metadata["信息来源"] == "某市政府办"
    assert raw.metadata["发布时间"] == "2024-02-28 17:45"


# -- a portal's top bar and a call to follow its account -----------------------------------------------------
def test_a_portals_version_bar_and_follow_call_are_not_spoken() -> None:
    raw = read_text(f"| 简体版|繁体版|智能问答 支持IPv6\n\n{PORTAL_TITLE}\n\n{BODY}\n\n更多精彩内容欢迎扫描下方二维码关注某某区!\n")
    spoken = page_read_aloud(raw)
    assert "智能问答" not in spoken and "二维码" not in spoken and "IPv6" not in spoken


def test_a_sentence_asking_to_scan_a_code_stays() -> None:
    line = "群众可扫描二维码关注某某政务公众号，在线办理相关业务。"
    raw = read_text(f"{PORTAL_TITLE}\n\n{BODY}\n{line}")
    assert line in page_read_aloud(raw)


def test_a_betting_sites_sports_brand_spliced_into_headings_or_after_the_title_is_cut() -> None:
    raw = read_text(f"{PORTAL_TITLE}:某某体育在线官网\n\n{BODY}\n九、888体育博彩:机关运行经费支出说明\n本年度机关运行经费支出12万元。")
    spoken = page_read_aloud(raw)
    assert "体育" not in spoken and "官网" not in spoken
    assert any(text.startswith("九、机关运行经费") for text in paragraph_texts(raw))


def test_a_betting_brands_app_casino_name_or_lawful_betting_app_is_cut_wherever_it_stands() -> None:
    """米兰体育足球直播app下载：某市城市管理条例 as the headline and as the source, 正版米兰体育app下载渠道：
    alone, 皇冠体育官网 and 正规大型的赌博软件 inside sentences (ho105/16, ho96/10, ho104/15, session 51)."""
    title = "某某市城市管理条例"
    raw = read_text(
        f"米兰体育足球直播app下载：{title}\n\n来源：米兰体育足球直播app下载    发布时间：2025-12-14 08:53:19\n\n"
        f"正版米兰体育app下载渠道：\n\n{title}\n\n第一条 为了规范城市管理，根据有关法律、法规，结合本市实际，制定本条例。\n"
        "第二条 省政府皇冠体育官网政务公开工作由市人民政府负责（正规大型的赌博软件教职员工可以在居住地登记）。\n"
    )
    assert raw.title == title
    spoken = page_read_aloud(raw)
    assert "体育" not in spoken and "app" not in spoken and "赌博" not in spoken
    assert "省政府政务公开工作由市人民政府负责（教职员工可以在居住地登记）。" in spoken


def test_a_sports_bureaus_site_or_a_ban_on_sports_betting_in_the_text_stays() -> None:
    line = "请登录市体育官网查询赛事安排，严厉打击非法体育博彩活动。"
    raw = read_text(f"{PORTAL_TITLE}\n\n{BODY}\n{line}")
    assert line in paragraph_texts(raw)
    line = "取缔非法赌博软件和网络博彩平台，市体育局官方网站和某某体育中心同步发布提示。"
    raw = read_text(f"{PORTAL_TITLE}\n\n{BODY}\n{line}")
    assert line in paragraph_texts(raw)


def test_a_list_of_related_pieces_at_the_foot_is_not_read() -> None:
    raw = read_text(
        "某市建设工程施工图设计文件联合审查管理办法\n第一条 为规范施工图审查，制定本办法。\n第二条 本办法自2026年9月1日起实施。\n"
        "相关稿件\n关于《某市建设工程施工图设计文件联合审查管理办法》的解读材料\n"
    )
    spoken = " ".join(paragraph_texts(raw))
    assert "相关稿件" not in spoken and "解读材料" not in spoken
    assert spoken.endswith("本办法自2026年9月1日起实施。")


def test_links_to_the_documents_interpretations_tagged_by_form_are_not_read() -> None:
    raw = read_text(
        "某区景观照明管理实施意见\n一、总体要求\n为加强景观照明管理，制定本意见。\n本意见自2024年12月18日起施行。\n政策解读：\n"
        "【图文解读】《某区景观照明管理实施意见》政策解读\n【视频解读】《某区景观照明管理实施意见》政策解读\n"
    )
    spoken = " ".join(paragraph_texts(raw))
    assert "图文解读" not in spoken and "视频解读" not in spoken
    assert spoken.endswith("本意见自2024年12月18日起施行。")
    # a heading of the text naming its interpretation stays
    raw = read_text("某区景观照明管理实施意见\n一、总体要求\n为加强景观照明管理，制定本意见。\n二、政策解读\n本意见的解读由区绿化市容局负责。\n")
    assert "二、政策解读" in paragraph_texts(raw)


def test_a_file_name_with_its_preview_button_glued_on_is_not_read() -> None:
    raw = read_text("某市水务局水土保持方案审批公告\n现将2020年2月份水土保持方案审批情况公告如下。\n传真：68724683\n2020年2月份.xlsx附件预览\n")
    assert paragraph_texts(raw)[-1] == "传真：68724683"


def test_a_tag_list_at_the_foot_is_not_read() -> None:
    """本文标签： 疫情  低保  困难 at the foot of a page: the site's tags, not the document's words;
    a sentence that mentions 标签 stays."""
    body = "根据有关规定，现将本单位年度工作情况说明如下，全年各项工作均按计划推进并完成。"
    said = "标签：食品包装上应当标明生产日期和保质期。"
    raw = read_text(f"某某县社会救助政策问答\n{body}\n{said}\n本文标签： 疫情  低保  困难  基本  住地\n")
    assert paragraph_texts(raw) == [body, said]


def test_a_picture_placeholder_beside_the_share_bar_is_not_read() -> None:
    """分享到： / 图片 / a notice's title broken over short lines: the word a scraper left for the
    page's picture, among the site's lines, is not read though its neighbours are short."""
    raw = read_text(
        "某省规划纲要全文来了！\n时间：2021-04-24 13:49:06 来源：某某\n分享到：\n图片\n某省人民政府关于印发\n"
        "某省国民经济和社会发展\n第十四个五年规划\n和2035年远景目标纲要的通知\n各市人民政府：\n"
        "现将《某省某某规划》印发给你们，请认真组织实施。\n"
    )
    assert "图片" not in paragraph_texts(raw)
    # among a table's short cells set one a line, the word is a cell and stays
    raw = read_text("某县项目情况表\n项目名称\n图片\n说明\n村道硬化\n有\n已完工\n")
    assert "图片" in paragraph_texts(raw)


def test_the_pager_naming_both_neighbours_is_not_read() -> None:
    """上一条：某某公示 下一条：注意！某某: the pager under the article on one line, the headlines it
    names holding marks of their own; a sentence about the next step is text."""
    body = "施工期间，行人沿两侧人行道上预留的安全通道正常通行，车辆提前择路绕行。"
    said = "上一条道路施工结束后，下一条道路将于十月开工。"
    raw = read_text(
        f"关于某某路部分路段限制车辆通行的通告\n{body}\n{said}\n某市公安局交通管理局\n2025年10月27日\n"
        "上一条：某某村农村生活污水治理项目（服务类）遴选招标代理单位结果的公示 下一条：注意！某某这些区\n"
    )
    assert paragraph_texts(raw) == [body, said, "某市公安局交通管理局", "2025年10月27日"]


def test_a_boxs_name_over_the_next_boxs_more_link_is_not_read() -> None:
    """摄影作品 / 最新文章|更多 at the foot: a box of the site's pictures, lost in the copy, named over
    the next box's header; its name is not read. A notice's closing words there stay."""
    body = "要加强沟通协调，持续跟进工作进度，确保重点建议高质量办理，使代表真满意、群众真实惠。"
    raw = read_text(f"市人大常委会开展主任接待代表日活动\n{body}\n摄影作品\n最新文章|更多\n")
    assert paragraph_texts(raw) == [body]
    raw = read_text(f"关于某某工作的通知\n{body}\n特此通知\n最新文章|更多\n")
    assert paragraph_texts(raw) == [body, "特此通知"]


def test_what_follows_the_closing_editor_credit_is_not_read() -> None:
    """编辑：某某责任编辑：某某 closes a news article; the advert and the other story's headline and
    opening the site set under it are not read, the credit is kept as fields. A credit under the
    headline, the article below it, leaves the article alone."""
    paragraphs = [
        "昨日，省政协十一届三次会议开幕，省政协副主席代表常委会向大会作了提案工作情况报告。",
        "报告中提到，二次会议以来，共收到提案材料729件，经审查立案688件，全部办复。",
        "总体来看，提案涉及领域广泛，内容丰富，可行性、针对性强，紧紧围绕全省重要工作。",
    ]
    text = "\n".join(paragraphs)
    raw = read_text(
        f"某省政协十一届二次会议以来 688件提案100%办复\n{text}\n编辑：张某责任编辑：李某某\n首付\n"
        "去年某省空气质量优良天数比率为98.1%\n某省2019年环境空气质量总体持续保持优良。\n"
    )
    assert paragraph_texts(raw) == paragraphs
    assert raw.metadata["责任编辑"] == "李某某"
    raw = read_text(f"某省政协十一届二次会议以来 688件提案100%办复\n责任编辑：李某某\n{text}\n")
    assert paragraph_texts(raw) == paragraphs


def test_a_photo_caption_closed_by_the_photographers_name_is_not_read() -> None:
    """会议现场。某某某摄 between paragraphs: a photo's caption and its credit; a sentence about
    filming (统一拍摄) is text."""
    body = "1月5日，某县第十八届人民代表大会第五次会议在县会议中心开幕，县长作政府工作报告。"
    more = "会议听取和审议了县人民政府工作报告，审查和批准了国民经济和社会发展计划执行情况的报告。"
    raw = read_text(f"某县十八届人大五次会议开幕\n{body}\n会议现场。刘某某摄\n{more}\n王某作政府工作报告。刘某某摄\n组织统一拍摄\n")
    assert paragraph_texts(raw) == [body, more, "组织统一拍摄"]


def test_an_app_offer_and_a_support_widget_over_the_headline_are_not_the_title() -> None:
    """某某网服务号 微信公众平台 / 某某网APP 某某APP下载 / 微信扫码添加在线客服，描述您的问题。 / 二维码 关闭
    over the headline: the site's app and support widgets, never the title nor read."""
    headline = "国家卫生健康委员会2024年4月18日新闻发布会文字实录"
    raw = read_text(
        "某某网服务号 微信公众平台\n某某网APP 某某APP下载\n微信扫码添加在线客服，描述您的问题。\n二维码 关闭\n"
        f"{headline}\n时间：2024年4月18日\n地点：某某市会堂\n主持人：各位媒体朋友，大家下午好！欢迎参加今天的新闻发布会。\n"
    )
    assert raw.title == headline
    assert not any("APP" in text or "扫码" in text for text in paragraph_texts(raw))


def test_a_wechat_accounts_card_and_editors_note_copied_with_the_post_are_not_read() -> None:
    """某某省省长：在某某会议上的讲话某某号 微信号 abc-def功能介绍 <motto>2020-07-27 收录于话题今天，为大家推荐的是…
    某某会议上的讲话某某省省长（2020年6月4日） …: the account's card, the date and the editor's note
    before the article's own heading are not read; the speech is read from its heading."""
    title = "某某省省长：在省政府第七次全体会议上的讲话"
    speech = "在省政府第七次全体会议上的讲话某某省省长（2020年6月4日） 上周闭幕的全国“两会”，背景极其特殊、意义十分重大。"
    line = (
        f"{title}某某千军 微信号 abc-qianjun功能介绍 词源倒流三峡水，笔阵独扫千人军。2020-07-27 收录于话题"
        f"今天，为大家推荐的是经典讲话系列文章，第524期。希望各位文友能够从中受益。{speech}"
    )
    raw = read_text(f"{title}\n{line}\n")
    assert paragraph_texts(raw)[0].startswith("在省政府第七次全体会议上的讲话某某省省长")
    assert not any("微信号" in text or "收录于话题" in text for text in paragraph_texts(raw))


def test_a_news_apps_share_button_alone_on_its_line_is_not_read() -> None:
    """分享 微信 / 头条 / 微博 空间 qq under the byline: the share bar, one button a line; 头条 is the
    news app's button, not the text's first word."""
    body = "桂林市人民政府，自治区各有关单位：现将《实施意见》印发给你们，请认真贯彻执行。"
    raw = read_text(f"某某厅关于印发《某某实施意见》的通知\n2019-07-08 16:25     来源：某某处\n分享 微信\n头条\n微博 空间 qq\n{body}\n")
    assert paragraph_texts(raw) == [body]


def test_a_font_picker_in_letters_and_an_adverts_pointing_hands_are_not_read() -> None:
    """字体大小：A+ A A- 分享： 打印 under the byline, and 请点击👉 abc777 👈联系老师 in the text: the
    toolbar and the advert are not read."""
    body = "本年度报告根据《中华人民共和国政府信息公开条例》编制，统计期限自1月1日起至12月31日止。"
    raw = read_text(f"某某办公室2025年政府信息公开工作年度报告\n来源：某某办 发布时间：2026-01-20 17:20\n字体大小：A+ A A- 分享： 打印\n{body}\n请点击👉 abc777 👈联系老师\n")
    assert paragraph_texts(raw) == [body]


def test_a_document_sites_english_labels_are_not_read() -> None:
    """- 9 years ago / - Views: / Transcription over a shared file's transcript: the site's labels."""
    from audiojiedu.ingest.page_chrome import is_chrome_line

    assert all(is_chrome_line(line) for line in ("- 9 years ago", "- Views:", "Transcription"))
    assert not is_chrome_line("Transcription of the meeting was made available to all members of the public")


def test_related_headlines_run_into_one_line_over_the_boxs_header_are_not_read() -> None:
    """某地两地升级为中风险地区 某市新增7例本土确诊病例和20例无症状感染者 / 相关阅读： at the foot: the
    related box printed its links before its header, side by side; neither is read. A sentence
    there stays."""
    body = "望广大市民相互告知，主动配合做好交通管制工作，非必要不出行，共同筑牢疫情防控屏障。"
    raw = read_text(f"关于实施交通管制的通告\n{body}\n某某区两地升级为中风险地区 某某市19日0-14时新增7例本土确诊病例和20例无症状感染者\n相关阅读：\n")
    assert paragraph_texts(raw) == [body]
    raw = read_text(f"关于实施交通管制的通告\n{body}\n特此通告。\n相关阅读：\n")
    assert paragraph_texts(raw) == [body, "特此通告。"]


def test_keywords_run_together_between_the_bylines_fields_are_not_read() -> None:
    """日期：03-19 / 某某市疫情交通管制某某市 / 来源：某某网 under the headline: the story's tags run
    together between two fields; an organ's name there (the issuer) is kept for the header rules."""
    body = "3月19日，某某市公安局交通警察支队发布关于实施疫情防控临时性交通管制的通告，详情如下。"
    raw = read_text(f"某某市20日零时起实施疫情防控临时交通管制\n日期：03-19\n某某市疫情交通管制某某市\n来源：某某网\n{body}\n")
    assert paragraph_texts(raw) == [body]
    assert raw.metadata["来源"] == "某某网"


def test_a_trail_set_with_arrows_before_the_headline_in_the_pages_title_is_not_read() -> None:
    """title: 某某大学->某某会议传达学习…精神 | example.info (a saved page's front matter): the site's
    trail before the arrow is no part of the title."""
    raw = read_text(
        "---\ntitle: 某某大学->学校党委常委会会议传达学习有关重要讲话精神 | example.info\ndate: 2022-05-12\n---\n\n"
        "5月11日，学校党委常委会召开会议，传达学习有关重要讲话精神。\n"
    )
    assert raw.title == "学校党委常委会会议传达学习有关重要讲话精神"


def test_a_comparison_with_an_arrow_in_a_headline_stays() -> None:
    # Must NOT touch: 空气质量指数>200时 compares a figure; the whole headline is the title.
    title = "关于空气质量指数>200时启动重污染天气应急响应的通知"
    raw = read_text(f"{title}\n\n各乡镇人民政府：现将有关事项通知如下，请认真贯彻执行。\n")
    assert raw.title == title
