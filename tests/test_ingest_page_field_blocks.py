"""Field blocks and site chrome of unseen pages (issue 17, session 26): a law database's record
whose labels are glued to their values, one field a line; a numbered list of bracketed labels
under a trail of column names; a record's labels a site writes in 【】. Every example is made up,
in the shape of real pages."""

from __future__ import annotations

from helpers import page_read_aloud, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_chrome import is_chrome_line
from audiojiedu.ingest.page_fields import glued_field

TITLE = "关于进一步加强农村公路养护管理的实施意见"
BODY = "为进一步加强农村公路养护管理，结合本省实际，制定本实施意见。"




# -- a law database's record: label glued to value, one field a line ------------------------------
def test_a_glued_label_is_read_off_its_value() -> None:
    assert glued_field("发文日期2022年3月4日") == ("发文日期", "2022年3月4日")
    assert glued_field("时效性尚未生效") == ("时效性", "尚未生效")
    assert glued_field("施行日期自公布之日起施行。") is None  # a sentence
    assert glued_field("发文字号：某发〔2022〕3号") is None  # a colon: parse_metadata_line reads it
    assert glued_field("来源某某") is None  # a two-character label may open any word


def test_a_run_of_glued_field_rows_is_metadata_not_the_title() -> None:
    text = "\n".join(
        [
            "发文机关某某省水利厅",
            "发文日期2022年3月4日",
            "时效性现行有效",
            "发文字号某水发〔2022〕12号",
            "效力级别地方规范性文件",
            "各市水利局：",
            "现将《关于进一步加强农村公路养护管理的实施意见》印发给你们，请认真贯彻执行。",
            "某某省水利厅",
            "2022年3月4日",
            TITLE,
            BODY,
        ]
    )
    raw = read_text(text)
    assert raw.title == TITLE
    assert raw.metadata == {
        "发文机关": "某某省水利厅",
        "发文日期": "2022年3月4日",
        "时效性": "现行有效",
        "发文字号": "某水发〔2022〕12号",
        "效力级别": "地方规范性文件",
    }
    assert "效力级别" not in page_read_aloud(raw)
    assert any(finding.kind == "field-guessed" for finding in raw.findings)


def test_body_lines_opening_with_a_label_word_are_kept() -> None:
    # Two lines of the text that open with a label's word, no sentence mark: not a field block.
    text = "\n".join([TITLE, "实施日期和有效期", "发布日期前已受理的申请", BODY])
    raw = read_text(text)
    assert raw.title == TITLE
    assert "实施日期和有效期" in page_read_aloud(raw)
    assert "发布日期前已受理的申请" in page_read_aloud(raw)
    assert "实施日期" not in raw.metadata


# -- a numbered list of bracketed labels under a trail of column names ----------------------------
def test_a_numbered_list_of_bracketed_labels_is_metadata() -> None:
    text = "\n".join(
        [
            "政务公开 > 政策文件 > 规章 > 修改",
            "  1. [主题分类] 城乡建设/其他",
            "  2. [发文机构] 某某市人民政府",
            "  3. [联合发文单位]",
            "  4. [成文日期] 2019-05-06",
            "  5. [废止日期]",
            "  6. [文件来源] 政府公报 2019年 第9期",
            "某某市人民政府关于修改《某某市道路停车管理办法》等5项规章的决定",
            "某某市人民政府令",
            "第31号",
            "《某某市人民政府关于修改〈某某市道路停车管理办法〉等5项规章的决定》已经市人民政府常务会议审议通过，现予公布。",
            "市长 某某某",
            "2019年5月6日",
            "某某市人民政府关于修改《某某市道路停车管理办法》等5项规章的决定",
            "一、将第三条修改为：“本办法适用于本市行政区域内道路停车的管理。”",
        ]
    )
    raw = read_text(text)
    assert raw.title == "某某市人民政府关于修改《某某市道路停车管理办法》等5项规章的决定"
    assert raw.metadata == {
        "主题分类": "城乡建设/其他",
        "发文机构": "某某市人民政府",
        "成文日期": "2019-05-06",
        "文件来源": "政府公报 2019年 第9期",
    }
    spoken = page_read_aloud(raw)
    assert "联合发文单位" not in spoken
    assert "政务公开 >" not in spoken
    # The order promulgating the document is the document's, not the site's furniture.
    assert "现予公布" in spoken
    assert "市长 某某某" in spoken
    # The trail is reported, not dropped silently.
    assert any("政务公开 >" in finding.text for finding in raw.findings)



def test_an_unlisted_bracketed_label_among_the_numbered_fields_is_a_field_too() -> None:
    """1. [主题分类] … / 2. [规划分类] 区级规划纲要 / 3. [发文单位] … (ho99/20, session 50): the label the
    table does not list is a field where the listed ones stand round it; before, its item opened a
    chapter numbered 2 and the title was lost."""
    raw = read_text(
        "某区国民经济和社会发展规划纲要-规划-政务公开\n  1. [主题分类] 国民经济\n  2. [文种区分] 区级规划纲要\n  3. [发文单位] 某区人民政府\n"
        "  4. [发布日期]2018-01-16\n\n某区国民经济和社会发展规划纲要\n\n序言\n全区上下团结一心，奋力开创发展新局面。\n"
    )
    assert raw.title == "某区国民经济和社会发展规划纲要"
    assert raw.metadata["文种区分"] == "区级规划纲要" and raw.metadata["发文单位"] == "某区人民政府"
    assert "field-guessed" in [f.kind for f in raw.findings]

def test_a_numbered_list_item_of_the_text_is_not_a_field() -> None:
    raw = read_text("\n".join([TITLE, BODY, "1. 来源于财政预算的资金，按规定管理。", "2. [附件] 申报表"]))
    assert "来源于财政预算的资金，按规定管理。" in page_read_aloud(raw)
    assert "来源" not in raw.metadata


# -- a link's label alone on its line --------------------------------------------------------------
def test_a_link_label_alone_on_its_line_is_chrome() -> None:
    raw = read_text("\n".join([TITLE, "发布日期：2024-01-16", "点击阅读原文", BODY, "【点击下载附件】"]))
    spoken = page_read_aloud(raw)
    assert "点击阅读原文" not in spoken
    assert "点击下载附件" not in spoken
    assert BODY in spoken


def test_a_sentence_telling_to_click_is_text() -> None:
    line = "点击查看办事指南后，按要求准备材料。"
    raw = read_text("\n".join([TITLE, BODY, line, "群众可点击查看办事指南"]))
    assert line in page_read_aloud(raw)
    assert "群众可点击查看办事指南" in page_read_aloud(raw)


# -- a law mirror's record: labels in 【】, empty fields marked with dashes -------------------------
def test_a_bracketed_label_alone_keeps_its_dashes_as_its_value() -> None:
    from audiojiedu.ingest.page_fields import parse_metadata_line

    assert parse_metadata_line("【失效日期】-----------") == {"失效日期": "-----------"}
    assert parse_metadata_line("【所属类别】地方法规") == {"所属类别": "地方法规"}
    # A row in brackets with the site's toolbar in a bracket after it: the toolbar is no value.
    assert parse_metadata_line("【来源：某某网 发布日期：2018-01-03】 【打印】") == {"来源": "某某网", "发布日期": "2018-01-03"}


def test_an_unlisted_label_ending_in_a_listed_one_is_read_whole() -> None:
    from audiojiedu.ingest.page_fields import parse_metadata_line

    row = parse_metadata_line("发文字号: 某某市人民政府令第12号 规范性文件统一编号: -")
    assert row == {"发文字号": "某某市人民政府令第12号", "规范性文件统一编号": "-"}
    # A source's name standing apart before a glued label is the source's, not the label's.
    row = parse_metadata_line("来源：某某市 规划和资源局发布日期：2020-03-02")
    assert row == {"来源": "某某市 规划和资源局", "发布日期": "2020-03-02"}


# -- trails: 首页 and one column; the site's name down to the headline -----------------------------
def test_trails_are_chrome() -> None:
    from audiojiedu.ingest.page_chrome import is_chrome_line

    assert is_chrome_line("首页 >统计公报")
    assert is_chrome_line("某某范文网 > 工作总结 > 年度总结 > 某镇2021年工作总结和2022年工作打算")
    # A sentence after 首页 >, a process written with arrows: not trails.
    assert not is_chrome_line("首页 > 本办法自发布之日起施行。")
    assert not is_chrome_line("申请 > 受理 > 审核 > 发证")


def test_a_trail_ending_in_the_headline_is_not_the_title() -> None:
    headline = "某镇2021年工作总结和2022年工作打算"
    raw = read_text("\n".join([f"某某范文网 > 工作总结 > 年度总结 > {headline}", headline, "一、认真抓好产业发展", BODY]))
    assert raw.title == headline
    assert "范文网" not in page_read_aloud(raw)


# -- a photo's caption between the speaker line and the salutation ---------------------------------
_SPEECH_HEAD = ["政府工作报告", "——2025年1月20日在某某市第十届人民代表大会第五次会议上", "市长 张某某"]


def test_a_caption_naming_the_speaker_over_the_salutation_is_not_read() -> None:
    raw = read_text("\n".join([*_SPEECH_HEAD, "市长张某某作政府工作报告。", "各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。"]))
    spoken = page_read_aloud(raw)
    assert "作政府工作报告。" not in spoken
    assert "市长 张某某" in spoken
    assert "各位代表：" in spoken
    assert any("图片说明" in finding.message for finding in raw.findings)


def test_a_sentence_over_the_salutation_not_naming_the_speaker_is_kept() -> None:
    line = "受市人民政府委托，现将有关情况报告如下。"
    raw = read_text("\n".join([*_SPEECH_HEAD, line, "各位代表：", "过去一年，全市经济稳中有进。"]))
    assert line in page_read_aloud(raw)


# -- 您的当前位置： alone over the column's name; a lost icon between toolbar buttons ---------------
def test_a_position_label_alone_takes_the_column_under_it() -> None:
    raw = read_text("\n".join(["您的当前位置：", "市政府规章", "某某市道路停车管理办法", "第一条 为了加强道路停车管理，制定本办法。"]))
    assert raw.title == "某某市道路停车管理办法"
    spoken = page_read_aloud(raw)
    assert "当前位置" not in spoken
    assert "市政府规章" not in spoken


def test_a_lost_icon_between_toolbar_buttons_is_chrome() -> None:
    from audiojiedu.ingest.page_chrome import is_chrome_line

    assert is_chrome_line("【 字体： 】? 【打印文章】")
    assert not is_chrome_line("是否打印？")


def test_an_e_editions_article_pager_and_search_label_are_chrome() -> None:
    from audiojiedu.ingest.page_chrome import is_chrome_line

    assert is_chrome_line("2上一篇  下一篇5 2023年3月2日 放大 缩小 默认")
    assert is_chrome_line("站内检索")
    assert not is_chrome_line("上一篇文章提到的三项措施已经落实。")


def test_an_empty_field_never_takes_the_documents_first_chapter() -> None:
    """• 主 题 词 left empty over 第一章 …: the chapter opens the text, it is no field's value."""
    raw = read_text(
        "• 发文日期：2018-12-29\n• 文    号\n• 主 题 词\n第一章  站在新起点，谋划新蓝图\n"
        "“十三五”时期，是本区率先全面建成高质量小康社会的决胜时期，也是抢抓难得历史机遇的关键时期。\n"
    )
    assert "主题词" not in raw.metadata
    assert any(text.startswith("“十三五”时期") for text in paragraph_texts(raw))


def test_an_empty_number_or_key_word_field_never_takes_the_title_under_it() -> None:
    """• 文 号 and • 主 题 词 left empty at the foot of a policy page's field list, the title after
    a blank line: a number's field holds figures or 〔〕号, a key-word field words set apart."""
    fields = "• 索 引 号：11-2233-2021-00007\n• 发文日期：2021-05-06\n"
    for empty in ("• 主 题 词", "• 文    号", "• 关键词"):
        raw = read_text(f"{fields}{empty}\n\n某区农村公路养护管理三年行动计划\n\n{BODY}\n")
        assert raw.title == "某区农村公路养护管理三年行动计划", empty
        assert set(raw.metadata) == {"索引号", "发文日期"}


def test_a_key_word_field_keeps_its_words() -> None:
    from audiojiedu.ingest.page_fields import fits_label

    assert fits_label("主题词", "城乡建设 公路 养护")
    assert fits_label("主题词", "公路养护")  # one short word
    assert not fits_label("主题词", "某区农村公路养护管理三年行动计划")
    assert fits_label("文号", "某政办发〔2021〕7号") and not fits_label("文    号", "关于加强养护的通知")


def test_a_listed_label_that_lost_its_colon_among_field_rows_is_a_field() -> None:
    """• 发布机构发改委 between • 附 加 码:… and • 发文日期:…: among the page's field rows a listed
    label glued to its value is a field, not the title; a letter-spaced label the table does not
    list (附 加 码) is one too."""
    raw = read_text(
        "首页 > 公开 > 规划信息\n• 索 引 号:2-1111-2020-00003\n• 附 加 码:/2020-00001\n• 发布机构发改委\n"
        "• 发文日期:2020-12-29\n• 名    称: 某区国民经济和社会发展第十四个五年规划纲要\n\n"
        f"某区国民经济和社会发展第十四个五年规划纲要\n\n{BODY}\n"
    )
    assert raw.title == "某区国民经济和社会发展第十四个五年规划纲要"
    assert raw.metadata["发布机构"] == "发改委" and raw.metadata["附加码"] == "/2020-00001"
    assert not any("发改委" in text or "附" in text for text in paragraph_texts(raw))


def test_a_line_opening_with_a_label_word_outside_field_rows_is_text() -> None:
    raw = read_text(f"{TITLE}\n\n发布机构改革方案已经印发，各单位要抓好落实\n\n{BODY}\n")
    assert any(text.startswith("发布机构改革方案") for text in paragraph_texts(raw))


def test_a_bulleted_list_of_a_files_fields_under_the_title_is_metadata() -> None:
    """A library's record of the shared file, bulleted (- 格式:doc / - 大小:26.50 KB / - 文档页数:2):
    one listed label among three bulleted rows shows the block; none is read."""
    raw = read_text(f"{TITLE}\n- 格式:doc\n- 大小:26.50 KB\n- 文档页数:2\n{BODY}\n")
    assert paragraph_texts(raw) == [BODY]
    assert raw.metadata["格式"] == "doc" and raw.metadata["文档页数"] == "2"


def test_two_bulleted_rows_of_unlisted_labels_stay_text() -> None:
    """Fewer bulleted rows, no listed label: the text's own list (- 格式：按附件填写)."""
    lines = ["- 格式：按附件一填写", "- 份数：一式三份"]
    raw = read_text("\n".join([TITLE, BODY, *lines]) + "\n")
    assert paragraph_texts(raw)[-2:] == lines


# -- a disclosure page's field block names the document with a bare 名称 (dev77, session 43) -------
FIELD_BLOCK = (
    "索引号：11341700/2021-00012\n发布机构：某市自然资源局\n"
    f"名称：{TITLE}\n文号：\n发布日期：2021-05-06\n{TITLE}\n{BODY}\n"
)


def test_a_bare_name_field_under_an_index_number_names_the_document_over_a_toolbar_word() -> None:
    """• 智慧助手| (a toolbar button no word list knows) over 索引号 … 名称：<title> is not the title:
    in a disclosure page's field block, 名称 can name nothing but the document."""
    raw = read_text(f"• 设为首页|\n• 智慧助手|\n您现在所在的位置：网站首页> 意见征集\n{FIELD_BLOCK}")
    assert raw.title == TITLE
    assert paragraph_texts(raw) == [BODY]


def test_a_bare_name_field_without_an_index_number_declares_nothing() -> None:
    """名称 in a table of goods (名称：办公桌) is no title: only beside 索引号 is it the document's."""
    raw = read_text(f"{TITLE}\n名称：办公桌\n数量：12张\n{BODY}\n")
    assert raw.title == TITLE


def test_the_large_type_switch_of_a_site_is_chrome_by_any_of_its_names() -> None:
    """• 长辈版| in a site's bar (长辈版, 适老版, 关怀模式 …: its switch to large type for older
    readers) is a button, never text, the way 关怀版 is."""
    for switch in ("长辈版", "适老版", "关怀模式", "老年版", "大字版"):
        assert is_chrome_line(f"• {switch}|"), switch
        assert is_chrome_line(switch), switch
    assert not is_chrome_line("长辈版权益保障")  # a word that only opens with one is text


def test_a_toolbars_print_and_save_buttons_with_their_icons_colons_are_not_read() -> None:
    """字号: / 打印: 保存: under the headline's byline (dev76, session 43): the toolbar, never text."""
    raw = read_text(f"{TITLE}\n资料来源：发改委 发布日期：2024-01-25 16:44\n字号：\n打印： 保存：\n{BODY}\n")
    assert raw.title == TITLE
    assert paragraph_texts(raw) == [BODY]


def test_a_bulleted_field_list_with_values_under_their_labels_between_headline_and_own_title() -> None:
    """• 索引号： / 6107280000/2024-001005 / • 主题分类： / • 发文字号： / 某政发〔2024〕7号 … between the
    headline and the document's own title line (dev77, session 43): each value is its label's field,
    never read (the index number was read as 六十一亿…); the empty labels are dropped."""
    title = "某某县人民政府工作规则"
    raw = read_text(
        f"返回顶部\n{title}\n  • 索引号：\n    6107280000/2024-001005\n  • 主题分类：\n  • 来源：\n  • 发文机构：\n    县政府网站\n"
        f"  • 发文字号：\n    某政发〔2024〕7号\n  • 有效性：\n  • 内容概述：\n{title}\n第一章 总则\n一、根据有关法律法规，制定本规则。\n"
    )
    assert raw.title == title
    assert raw.metadata.get("索引号") == "6107280000/2024-001005"
    assert raw.metadata.get("发文字号") == "某政发〔2024〕7号"
    assert not any("6107280000" in text or "索引号" in text for text in paragraph_texts(raw))


def test_a_law_databases_bracketed_labels_and_an_empty_cms_date_are_not_read() -> None:
    """【法规类别】基层组织管理 / 【发布部门】某市政府 among a law database's 【】 fields, and a byline whose
    date the content system left empty (联合创作 · -0001-11-30 00:00; dev81, session 43): fields and
    chrome, never read; the empty date is kept as no date."""
    raw = read_text(f"{TITLE}\n【法规类别】基层组织管理\n【发文字号】某政发[2008]31号\n【发布部门】某市政府\n【发布日期】2008.04.01\n{BODY}\n")
    assert raw.metadata.get("法规类别") == "基层组织管理" and raw.metadata.get("发布部门") == "某市政府"
    assert paragraph_texts(raw) == [BODY]
    raw = read_text(f"{TITLE}\n\n联合创作 · -0001-11-30 00:00\n\n{BODY}\n")
    assert paragraph_texts(raw) == [BODY]
    assert "发布时间" not in raw.metadata


def test_a_bulleted_field_list_its_title_reprinted_over_the_stamp_and_organ() -> None:
    """• 标题: … / • 效力说明: (left empty) over the title printed again, 更新时间: its stamp, then the
    organ the title opens with: the stamp is no second line of the title, the empty label and the
    lone organ are not read."""
    title = "某市某区人民政府2023年政府信息公开工作年度报告"
    body = "本年报根据《中华人民共和国政府信息公开条例》编制，统计期限自2023年1月1日起至12月31日止。"
    raw = read_text(
        f"首页>政府信息公开年报\n  • 标    题: {title}\n  • 索 引 号: 00823286-9/2024-06583\n  • 发文机关: 某市某区人民政府\n"
        f"  • 文件状态: 有效\n  • 效力说明:\n\n{title}\n\n更新时间: 2024-02-08 16:39:53\n\n某市某区人民政府\n\n"
        f"某市某区人民政府\n\n2023年政府信息公开工作年度报告\n\n{body}\n"
    )
    assert raw.title == title
    assert paragraph_texts(raw) == [body]


def test_a_meeting_records_labels_over_their_values_are_fields() -> None:
    """某县头图 / 县政府第5次常务会议 / 会议时间 / 2023-04-03 / 会议议题 / 1、…, 2、… / 列席情况 / …: the
    site's banner is not read, and the record's labelled values (the agenda too, a long value with
    no sentence in it) are fields, never chapters numbered 1–4; the record's text follows."""
    body = "4月3日，在行政中心9楼会议室，县长主持召开县政府第五次常务会议。"
    raw = read_text(
        "某某头图\n县政府第5次常务会议\n会议时间\n2023-04-03\n会议议题\n"
        "1、传达学习《某省重大行政决策程序规定》, 2、听取重建某某一中男生宿舍楼汇报 3、听取农村供水保障工作汇报\n"
        f"列席情况\n政府办公室副科级以上、县直单位主要负责同志列席会议\n会议内容\n{body}\n"
    )
    assert raw.title == "县政府第5次常务会议"
    assert raw.metadata["会议时间"] == "2023-04-03"
    assert raw.metadata["会议议题"].startswith("1、传达学习")
    assert paragraph_texts(raw) == ["会议内容", body]
