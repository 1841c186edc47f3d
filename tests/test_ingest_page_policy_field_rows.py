"""A policy page's field block on unseen pages (issue 17, session 27): a sharing bar's link
named in Latin letters (X) over the field rows, a bar table's row whose value cells were all
left empty, the index number labelled with its kind (信息索引号). Every example is made up, in
the shape of real pages."""

from __future__ import annotations

from helpers import page_read_aloud, paragraph_texts

from audiojiedu.ingest import read_text

TITLE = "某县人民政府关于加强冬春季森林防火工作的通告"
BODY = "为切实加强野外火源管理，有效预防森林火灾，现将有关事项通告如下："
FIELDS = "索引号:01234567-8/2023-00012 分  类:公安、安全 发文机关:某县人民政府 文 号:某府〔2023〕12号 主题词:森林防火"




# -- a sharing bar's link in Latin letters ------------------------------------------------------
def test_a_share_link_named_in_latin_letters_beside_the_bar_is_chrome() -> None:
    raw = read_text(f"首页 > 信息公开\n分享到:\n微信\nX\n\n标题:{TITLE}\n\n{FIELDS}\n\n{TITLE}\n\n{BODY}")
    assert raw.title == TITLE
    assert raw.metadata["索引号"] == "01234567-8/2023-00012"
    assert raw.metadata["文号"] == "某府〔2023〕12号"
    assert "网站" not in raw.metadata
    spoken = page_read_aloud(raw)
    assert "索引号" not in spoken and "X" not in spoken


def test_an_x_in_a_table_beside_a_one_character_word_stays() -> None:
    # One character of a toolbar (中) beside it is no sharing bar: a table's cells may be such words.
    from audiojiedu.ingest.page_chrome import is_follow_line

    assert is_follow_line(["分享到：", "X", "微信"], 1)
    assert not is_follow_line(["中", "X", "合格"], 1)
    assert not is_follow_line(["某某项目", "X", "合格"], 1)


# -- a bar table's row left empty ---------------------------------------------------------------
TABLE = (
    "| 索引号 | 012345678/2026-00011 | 发文字号 | |\n"
    "| 关键词 | 发布机构 | 某区政府办 | |\n"
    "| 公开形式 | 责任部门 | ||\n"
    "| 生成日期 | 2026-02-04 09:30:48 | 是否有效 | 是 |"
)


def test_a_field_tables_row_of_labels_left_empty_is_not_spoken() -> None:
    raw = read_text(f"{TITLE}\n{TABLE}\n{BODY}")
    assert raw.metadata["生成日期"] == "2026-02-04 09:30:48"
    spoken = page_read_aloud(raw)
    assert "公开形式" not in spoken and "责任部门" not in spoken
    assert paragraph_texts(raw)[0] == BODY


def test_a_field_tables_empty_row_over_the_headline_is_not_spoken() -> None:
    raw = read_text(f"{TABLE}\n{TITLE}\n{BODY}")
    assert raw.title == TITLE
    assert "公开形式" not in page_read_aloud(raw)


def test_a_row_of_labels_alone_is_a_tables_header_and_stays() -> None:
    from audiojiedu.ingest.page_fields import empty_field_row

    assert empty_field_row("| 公开形式 | 责任部门 | ||")
    assert not empty_field_row("| 公开形式 | 主动公开 | ||")
    assert not empty_field_row("公开形式 责任部门")
    # Under the text, not under a field row, a header of labels is read with its table.
    table = "| 来源 | 日期 |\n| 某某局 | 2026年1月 |"
    raw = read_text(f"{TITLE}\n{BODY}\n{table}")
    assert "来源" in page_read_aloud(raw)


# -- the index number labelled with its kind ----------------------------------------------------
def test_an_index_number_labelled_with_its_kind_is_a_field() -> None:
    row = "信息索引号 012345678/2026-00070 生成日期 2026-01-26 公开日期 2026-01-26"
    raw = read_text(f"某街道2025年度工作总结\n\n{row}\n发布机构 某街道\n\n{BODY}")
    assert raw.metadata["信息索引号"] == "012345678/2026-00070"
    assert raw.metadata["公开日期"] == "2026-01-26"
    assert "索引号" not in page_read_aloud(raw)


def test_a_sentence_about_the_index_number_stays() -> None:
    sentence = "信息索引号由各单位按统一规则编制，不得重复。"
    raw = read_text(f"{TITLE}\n\n{BODY}\n\n{sentence}")
    assert paragraph_texts(raw)[-1] == sentence


# -- the bar of tabs to the document's interpretations -----------------------------------------
SIGNED = "某县人民政府\n2023年11月6日"


def test_a_bar_of_interpretation_tabs_at_the_foot_is_not_spoken() -> None:
    tabs = "文件下载： 某府〔2023〕12号.doc\n扫一扫在手机打开当前页\n文字解读\n图片解读\n新闻发布会\n视频解读\n相关政策"
    raw = read_text(f"{TITLE}\n\n{BODY}\n\n{SIGNED}\n\n{tabs}")
    spoken = page_read_aloud(raw)
    for word in ("文字解读", "视频解读", "新闻发布会", "相关政策", "文件下载", ".doc"):
        assert word not in spoken
    assert paragraph_texts(raw)[-1] == "2023年11月6日"
    assert any(finding.text.startswith("文字解读") for finding in raw.findings)


def test_one_interpretation_heading_and_a_named_attachment_stay() -> None:
    # One 解读 alone heads the interpretation's text; the text's own attachment note has no 下载.
    from audiojiedu.ingest.page_chrome import tab_bar_end

    interpretation = "政策解读\n本通告明确了禁火期限和禁火区域，下面就有关问题解读如下。"
    raw = read_text(f"{TITLE}\n\n{BODY}\n\n{interpretation}")
    assert "政策解读" in paragraph_texts(raw)
    from audiojiedu.ingest.page_chrome import is_chrome_line

    assert is_chrome_line("下载附件：某县禁火区域示意图.pdf")
    assert not is_chrome_line("附件：某县禁火区域示意图.pdf")
    assert tab_bar_end(["文字解读", "相关政策"], 0) == 0  # one kind of 解读: no bar
    assert tab_bar_end(["文字解读", "视频解读", "某某"], 0) == 2


# -- a validity field left empty -----------------------------------------------------------------
def test_a_validity_field_left_empty_does_not_take_the_number_under_it() -> None:
    head = "索 引 号: 012345678/2009-01234\n文 号: 某政复〔2009〕7号\n时   效:\n某政复〔20097\n"
    raw = read_text(f"{head}\n{TITLE}\n\n{BODY}")
    assert "时效" not in raw.metadata
    assert raw.metadata["文号"] == "某政复〔2009〕7号"
    raw = read_text(f"索 引 号: 012345678/2009-01234\n时   效:\n有效\n\n{TITLE}\n\n{BODY}")
    assert raw.metadata["时效"] == "有效"


# -- a news page's dateline and credits ----------------------------------------------------------
NEWS = "某省出台实施意见推进乡村振兴"


def test_a_dateline_naming_the_outlet_and_its_parent_is_not_spoken() -> None:
    lead = "某某网·某某客户端讯(记者 某某某)2022年1月25日，某省出台《关于推进乡村振兴的实施意见》，全文如下。"
    raw = read_text(f"{NEWS}\n\n{lead}\n\n{BODY}")
    first = paragraph_texts(raw)[0]
    assert first.startswith("2022年1月25日") and "客户端讯" not in first


def test_a_word_ending_in_xun_after_a_dot_in_a_sentence_stays() -> None:
    sentence = "会议通报了某某·某某通讯的有关情况，要求各地抓好落实。"
    raw = read_text(f"{NEWS}\n\n{sentence}\n\n{BODY}")
    assert paragraph_texts(raw)[0] == sentence


def test_a_bracketed_credit_naming_the_outlet_with_the_role_is_not_spoken() -> None:
    raw = read_text(f"{NEWS}\n\n{BODY}\n某市：某县某镇、某县某乡。\n(本报全媒体记者 某某某)")
    assert paragraph_texts(raw)[-1] == "某市：某县某镇、某县某乡。"
    # A bracket of names without a role's word is the text's (a list of members, say).
    raw = read_text(f"{NEWS}\n\n{BODY}\n评审组成员如下。\n(某某某 某某某)")
    assert "某某某 某某某" in paragraph_texts(raw)[-1]


# -- labels set in brackets alone on their lines ---------------------------------------------------
def test_labels_in_brackets_over_their_values_are_fields() -> None:
    block = (
        "[ 索引号 ]\n012345678901234567/2024-00034\n[ 发文字号 ]\n[ 发布机构 ]\n某市财政局\n"
        "[成文日期 ]\n2024-02-01\n[ 发布日期 ]\n2024-02-01\n[ 体裁分类 ]\n财政预算、决算"
    )
    raw = read_text(f"{block}\n某市2024年经费预算汇总情况\n{BODY}")
    assert raw.title == "某市2024年经费预算汇总情况"
    assert raw.metadata["索引号"] == "012345678901234567/2024-00034"
    assert raw.metadata["发布机构"] == "某市财政局"
    assert raw.metadata["成文日期"] == raw.metadata["发布日期"] == "2024-02-01"
    assert raw.metadata["体裁分类"] == "财政预算、决算"
    assert "发文字号" not in raw.metadata
    assert "财政" not in "".join(paragraph_texts(raw)[:1]).replace(BODY, "")


def test_a_bracketed_word_that_is_no_label_stays() -> None:
    from audiojiedu.ingest.page_fields import is_label_only, label_key

    assert is_label_only("[ 索引号 ]") and label_key("【发布机构】") == "发布机构"
    assert not is_label_only("[ 某某工作 ]")
    raw = read_text(f"{TITLE}\n\n{BODY}\n【典型案例】\n某县查处违规用火案件三起。")
    assert "【典型案例】" in paragraph_texts(raw)


def test_a_reporters_credit_keeps_the_place_it_was_filed_from_out_of_the_names() -> None:
    credit = "某某网记者 某某某 某市报道"
    raw = read_text(f"{NEWS}\n2024-01-05 11:36:01 来源: 某某网 作者: 某某某\n{credit}\n{BODY}")
    assert raw.metadata["某某网记者"] == "某某某"
    assert paragraph_texts(raw)[0] == BODY
    # Two reporters, no place: both names are the value.
    raw = read_text(f"{NEWS}\n2024-01-05 11:36:01 来源: 某某网\n某某网记者 某某 某某某\n{BODY}")
    assert raw.metadata["某某网记者"] == "某某 某某某"


# -- values with the site's words after them --------------------------------------------------------
def test_a_stamp_to_the_second_ends_the_time_field_whatever_words_follow() -> None:
    from audiojiedu.ingest.page_fields import parse_metadata_line

    assert parse_metadata_line("时间:2024-09-14 15:00:54 章程 我要投稿") == {"时间": "2024-09-14 15:00:54"}
    # A date without its time of day may be followed by words of its own (a period): kept.
    assert parse_metadata_line("时间:2024-09-14 至 2024-09-20") == {"时间": "2024-09-14 至 2024-09-20"}
    assert parse_metadata_line("时间:2024-09-14 15:00 专栏") == {"时间": "2024-09-14 15:00"}
    assert parse_metadata_line("时间:2024-09-14 09:00 上午") == {"时间": "2024-09-14 09:00 上午"}


def test_a_members_greeting_with_its_account_link_is_chrome() -> None:
    raw = read_text(f"(欢迎您)注销\n【字体:\n索引号 01234567/2021-00905 发布日期 2021-03-01\n标题 {TITLE}\n{TITLE}\n{BODY}")
    assert raw.title == TITLE
    assert "网站" not in raw.metadata
    # A sentence that welcomes is the text's.
    sentence = "欢迎您积极参与，踊跃报名。"
    raw = read_text(f"{TITLE}\n\n{BODY}\n\n{sentence}")
    assert paragraph_texts(raw)[-1] == sentence


# -- a document site's blurbs, list heading and watermark -------------------------------------------
RULES = "某某村村民自治章程"
ARTICLE = "第一条 本章程依据有关法律法规，结合本村实际，由全体村民讨论制定。"


def test_a_document_sites_blurb_naming_the_full_text_is_not_spoken() -> None:
    blurb = f"下面是{RULES}全文内容，敬请大家参考。"
    raw = read_text(f"{RULES}\n时间:2024-09-14 15:00:54 章程 我要投稿\n• 相关推荐\n{RULES}\n{blurb}\n{RULES}\n{ARTICLE}")
    spoken = page_read_aloud(raw)
    assert "大家参考" not in spoken and "相关推荐" not in spoken
    assert paragraph_texts(raw)[0] == ARTICLE


def test_an_editors_introduction_in_traditional_script_is_not_spoken() -> None:
    intro = "為加強某某管理，制定了相關規定，下面某某網小編給大家介紹關于某某規定的相關資料，希望對您有所幫助。"
    raw = read_text(f"某省某某管理規定\n\n{intro}\n\n{ARTICLE}")
    assert "小編" not in page_read_aloud(raw)


def test_a_sentence_hoping_to_help_and_a_related_word_in_the_text_stay() -> None:
    from audiojiedu.ingest.page_chrome import is_chrome_line

    assert not is_chrome_line("下面是本次会议的全文内容，请各单位认真学习。")
    assert not is_chrome_line("我们给大家介绍了办事流程，希望对您有所帮助。")
    raw = read_text(f"{RULES}\n{ARTICLE}\n相关推荐人选由村民小组提名。")
    assert paragraph_texts(raw)[-1] == "相关推荐人选由村民小组提名。"


def test_a_sites_watermark_is_cut_wherever_it_stands() -> None:
    mark = "某某之家—全网资源每日更新 www.example.com"
    text = f"{mark}因为有你 某市有光\n同志们：\n我们要树立一诺{mark}千金、说到做到的导向。"
    raw = read_text(text)
    spoken = page_read_aloud(raw)
    assert "某某之家" not in spoken and "example" not in spoken
    assert "树立一诺千金、说到做到的导向。" in spoken
    assert sum("水印" in finding.message for finding in raw.findings) == 2


def test_a_file_sites_page_slogan_is_cut_wherever_it_stands() -> None:
    """精选优质文档-----倾情为你奉上: the slogan a file site prints on every page, glued before the
    title of a page flattened to one line and inside a sentence a page break cut."""
    mark = "精选优质文档-----倾情为你奉上"
    text = (
        f"{mark}某镇环境整治工作方案 某镇环境整治工作方案各村党支部：为进一步改善镇村环境面貌，现提出如下意见：\n"
        f"一、指导思想\n深入开展环境整治{mark}活动，加大环境建设和管理力度。"
    )
    raw = read_text(text)
    spoken = page_read_aloud(raw)
    assert raw.title == "某镇环境整治工作方案"
    assert "倾情" not in spoken and "深入开展环境整治活动" in spoken


def test_an_address_in_the_text_stays() -> None:
    line = "申请人可登录某某网 www.example.gov.cn 查询办理进度。"
    raw = read_text(f"{TITLE}\n\n{BODY}\n\n{line}")
    assert paragraph_texts(raw)[-1] == line


# -- a long site menu over the headline and its date row ---------------------------------------------
MENU = "某某市人民政府\n政府信息公开\n政府信息公开指南\n信用信息\n扶贫救助\n就业创业\n住房保障\n环境保护\n教育招生\n人事招考\n双公示\n网站年度工作报表"
NOTICE = "某某市疫情防控工作领导小组办公室通告"
NOTICE_BODY = "近期，国内多地发生疫情，为切实做好疫情防控工作，现将有关事项通告如下："


def test_a_long_menu_over_the_headline_and_its_date_row_is_not_spoken() -> None:
    raw = read_text(f"{MENU}\n{NOTICE}\n发布时间:2022-01-29 浏览次数:\n【字体:\n大\n中\n小\n】\n（2022年第1号）\n{NOTICE_BODY}")
    assert raw.title == NOTICE
    assert raw.metadata["发布时间"] == "2022-01-29"
    assert raw.metadata["发文字号"] == "（2022年第1号）"
    assert paragraph_texts(raw)[0] == NOTICE_BODY
    assert any("栏目菜单" in finding.message for finding in raw.findings)


def test_a_short_headline_under_the_menu_is_still_the_title() -> None:
    raw = read_text(f"{MENU}\n通告\n发布时间:2022-01-29\n{NOTICE_BODY}")
    assert raw.title == "通告"


def test_a_documents_list_of_short_items_without_a_date_row_stays() -> None:
    from audiojiedu.ingest.page_menus import skip_menu_over_headline

    items = MENU.split("\n")
    assert skip_menu_over_headline([*items, NOTICE, "发布时间:2022-01-29"]) == len(items)
    assert skip_menu_over_headline([*items, NOTICE, NOTICE_BODY]) == 0
    assert skip_menu_over_headline([*items[:4], NOTICE, "发布时间:2022-01-29"]) == 0  # too short for a menu


def test_a_date_row_opening_the_page_is_no_menu() -> None:
    from audiojiedu.ingest.page_menus import skip_menu_over_headline

    assert skip_menu_over_headline(["发布时间:2024-11-01 21:09:52 来源: 某某", NOTICE, NOTICE_BODY]) == 0


# -- an online library's boxes round a work of a series ------------------------------------------------
REPORT = "2021年某县人民政府工作报告"
SPEECH = "各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。"


def test_a_wikis_tagline_series_links_and_edition_label_are_not_spoken() -> None:
    head = (
        f"跳至内容\n\n{REPORT}\n\n维基文库，自由的图书馆\n2020年某县人民政府工作报告 {REPORT}\n"
        f"作者:张某某、李某\n2022年某县人民政府工作报告\n\n张某某版\n\n[编辑]\n\n"
    )
    raw = read_text(head + SPEECH)
    assert raw.title == REPORT
    spoken = page_read_aloud(raw)
    for word in ("维基文库", "2020年", "2022年", "张某某版"):
        assert word not in spoken
    assert paragraph_texts(raw)[0] == "各位代表："


def test_a_line_naming_another_document_or_a_version_of_no_author_stays() -> None:
    raw = read_text(f"{REPORT}\n作者:张某某\n2020年某县国民经济和社会发展统计公报\n{SPEECH}")
    assert "2020年某县国民经济和社会发展统计公报" in paragraph_texts(raw)
    raw = read_text(f"{REPORT}\n作者:张某某\n修订版\n{SPEECH}")
    assert "修订版" in paragraph_texts(raw)


# -- a photo caption over a report naming its speaker ------------------------------------------------
def test_a_caption_naming_the_speaker_over_the_report_is_not_spoken() -> None:
    head = "某市人民政府工作报告\n发布时间:2026-01-29 16:24 来源: 某市人民政府\n市长张某某作《政府工作报告》\n政府工作报告\n"
    raw = read_text(f"{head}——2026年1月20日在某市第五届人民代表大会第六次会议上\n某市人民政府市长 张某某\n{SPEECH}")
    assert "作《政府工作报告》" not in page_read_aloud(raw)
    assert any("照片的说明" in finding.message for finding in raw.findings)


def test_a_line_naming_another_speaker_stays() -> None:
    head = "某市人民政府工作报告\n市长李某某作《政府工作报告》\n"
    raw = read_text(f"{head}——2026年1月20日在某市第五届人民代表大会第六次会议上\n某市人民政府市长 张某某\n{SPEECH}")
    assert "市长李某某作《政府工作报告》" in page_read_aloud(raw)


# -- a stamp with the site's byline after it ------------------------------------------------------------
def test_a_stamp_followed_by_the_sites_name_and_toolbar_is_not_spoken() -> None:
    row = "2013年04月23日17:01 | 某某门户网 www.example.cn | 给编辑写信 字号:T|T"
    raw = read_text(f"某省2012年政府信息公开工作报告\n\n{row}\n\n{BODY}")
    assert raw.metadata["发布时间"] == "2013年04月23日17:01"
    spoken = page_read_aloud(raw)
    assert "example" not in spoken and "给编辑写信" not in spoken and "字号" not in spoken


def test_a_stamp_followed_by_words_of_the_text_stays() -> None:
    line = "2013年04月23日 | 某某会议在某市召开"
    raw = read_text(f"某省2012年政府信息公开工作报告\n\n{BODY}\n\n{line}")
    assert paragraph_texts(raw)[-1].endswith("某某会议在某市召开")


def test_a_policy_pages_boxes_over_the_field_table_are_not_read() -> None:
    """部门解读： / 关于《某某通知》 政策解读 (naming the notice a little otherwise) / 一图读懂： /
    文件下载： / 府办发6号(关于…的通知).docx over the field table and the notice's own title line: the
    boxes, the link to the interpretation and the download link are the page's; the notice's title
    line is the title, the table its metadata."""
    title = "某某市某区人民政府办公室关于做好2024年全区民生实事工作的通知"
    raw = read_text(
        "您当前的位置: 首页 > 政务公开 > 政策文件\n\n部门解读:\n\n"
        "关于《某某市某区人民政府办公室关于做好2024年度民生实事工作的通知》 政策解读\n\n一图读懂:\n\n文件下载:\n\n"
        "府办发6号(关于做好2024年全区民生实事工作的通知).docx\n\n"
        "[ 索引号 ] 115002320086900349/2024-00029 [ 发文字号 ] 某府办发〔2024〕6号\n"
        "[ 成文日期 ] 2024-03-04 [ 发布日期 ] 2024-03-05\n\n"
        f"{title}\n\n各街道办事处，各乡镇人民政府，区政府各部门，有关单位：\n\n为办好惠民利民实事，现就有关事项通知如下。\n"
    )
    assert raw.title == title
    assert raw.metadata["发文字号"] == "某府办发〔2024〕6号"
    assert paragraph_texts(raw)[0] == "各街道办事处，各乡镇人民政府，区政府各部门，有关单位："


def test_a_pdfs_file_name_over_its_title_glued_to_its_contents_is_not_the_title() -> None:
    """某某说明-某处.pdf over a PDF's first page copied flat (某某处 2022 年度决算公开说明 (目录) 第一部分…):
    the file's name is the download link; the title is the line's opening, the contents stay."""
    raw = read_text(
        "2022年度部门决算公开说明-某处.pdf\n"
        "某区某某管理处 2022 年度决算公开说明 (目录) 第一部分:基本情况 一、部门主要职能 二、机构设置情况 "
        "第二部分:决算情况说明 一、收入支出决算总体情况 二、财政拨款支出决算情况 第一部分:基本情况 "
        "一、部门主要职能 某区某某管理处负责全区河道堤防的建设与管理工作。\n"
    )
    assert raw.title == "某区某某管理处 2022年度决算公开说明"
    assert paragraph_texts(raw)[0].startswith("目录")
    assert "pdf" not in " ".join(paragraph_texts(raw))


def test_a_file_name_over_contents_of_another_document_stays_the_title() -> None:
    # Must NOT touch: the file's name shares nothing with the title glued before the contents.
    raw = read_text(
        "某县农业农村局工作总结.pdf\n某镇中心小学 2022 年部门预算 (目录) 第一部分:部门概况 一、主要职能 二、机构设置\n"
    )
    assert raw.title == "某县农业农村局工作总结"


def test_an_interpretation_pages_own_headline_is_no_link() -> None:
    """关于《某区政府工作报告》的解读 as the page's headline, its text citing the report: the headline
    stays the title."""
    raw = read_text("关于《某区政府工作报告》的解读\n\n《某区政府工作报告》提出，今年全区经济增长百分之六左右。\n")
    assert raw.title == "关于《某区政府工作报告》的解读"


def test_an_interpretations_headline_over_its_byline_is_no_link_though_a_related_file_is_named() -> None:
    """《某某方案》解读 / 来源：… 发布日期：… over the text, and 相关文件：某市人民政府关于印发某某方案的通知 under
    it: the byline under the line shows it is the page's headline, not a link to the interpretation
    of the notice named further down."""
    raw = read_text(
        "首页>政策解读\n\n《某市部分道路命名更名方案》解读\n\n来源：某市民政局 发布日期：2019-05-20 点击次数：1181\n\n"
        "为加强城市地名的规范化管理，结合我市实际，制定《某市部分道路命名更名方案》。\n\n此次需命名道路3条。\n\n"
        "相关文件：某市人民政府关于印发某市部分道路命名更名方案的通知\n"
    )
    assert raw.title == "《某市部分道路命名更名方案》解读"


# -- a policy library's record over the text and its tabs under it ------------------------------
def test_a_policy_records_name_field_is_the_title_and_its_tabs_are_chrome() -> None:
    """产业类型：… / 政策名：<title> / 失效时间：… over the text: 政策名 declares the title (never read
    with its label); the library's tabs under the text (关联细则 / 关联指南) are chrome."""
    raw = read_text(
        f"产业类型：软件与互联网\n政策名：{TITLE}\n失效时间：2030年08月05日\n具体链接：https://www.example.gov.cn/a.html\n{BODY}\n一、严禁野外用火。\n"
        f"文字解读：《{TITLE}》的文件解读\n关联细则\n关联指南"
    )
    assert raw.title == TITLE
    assert raw.metadata["产业类型"] == "软件与互联网" and raw.metadata["失效时间"] == "2030年08月05日"
    spoken = page_read_aloud(raw)
    assert "政策名" not in spoken and "关联" not in spoken and "解读" not in spoken and BODY in spoken


def test_a_field_table_with_empty_values_set_one_cell_a_line_is_fields() -> None:
    """索取号 / 3589258689/2026-00100 / 载体类型 / 发布机构 / 某委 / 记录形式 / 公开类别 / 主动公开: a
    bureau's field table one cell a line, some values left empty; none of it is read."""
    table = "索取号\n3589258689/2026-00100\n载体类型\n发布机构\n某市住房和城乡建设管理委员会\n文件编号\n某建质安〔2026〕199 号\n记录形式\n公开类别\n主动公开\n关键词\n内容描述"
    raw = read_text(f"# {TITLE}\n\n{table}\n{TITLE}\n{BODY}\n一、严禁野外用火。\n")
    assert raw.title == TITLE
    spoken = page_read_aloud(raw)
    assert "记录形式" not in spoken and "索取号" not in spoken and BODY in spoken


# -- labels a copy clipped to their last character ------------------------------------------------
def test_a_field_table_whose_labels_lost_their_start_is_still_fields_and_the_title_is_the_headline() -> None:
    """号: for 索 引 号:, 称: for 名  称: (a copy of the table that dropped the start of the cells): amid
    the page's field rows a listed label's last character and its colon are a field's label, even
    before a value as long as the document's name; the headline under the block is the title."""
    page = (
        "主题分类: 其他\n组配分类: 应急预案 发文日期: 2019-12-02\n发文机构: 某区应急管理局\n"
        f"称: {TITLE}\n\n{TITLE}\n\n{BODY}\n"
    )
    raw = read_text(page)
    assert raw.title == TITLE
    assert raw.metadata["称"] == TITLE and raw.metadata["发文机构"] == "某区应急管理局"
    assert paragraph_texts(raw) == [BODY]
    first = read_text(f"号: 486002427/201902-00005 信息分类: 本部门预算\n发布机构: 某市政务公开网\n成文日期: 2019-02-15\n\n{TITLE}\n\n{BODY}\n")
    assert first.title == TITLE
    assert first.metadata["号"] == "486002427/201902-00005" and first.metadata["信息分类"] == "本部门预算"


def test_a_one_character_word_and_colon_outside_a_field_block_is_text() -> None:
    """人：… (a listed label's last character) under a headline is a speaker, not a clipped label: no field rows stand round it."""
    raw = read_text(f"{TITLE}\n\n人：什么情况下需要报批？\n\n答：{BODY}\n")
    assert "人" not in raw.metadata
    assert paragraph_texts(raw) == ["人：什么情况下需要报批？", f"答：{BODY}"]
