"""Page fields and chrome, round 2 of session 26: credits under a notice's signature, a footer's
links beside a download label, fields glued on one line, bracketed keys in a bar table, a
document-sharing site's field lists. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

TITLE = "某县公安局交通管理大队关于某活动期间实行交通管制的通告"
BODY = "为保障活动顺利进行，决定对部分路段实行临时交通管制。"
SIGNED = f"{BODY}\n特此通告\n某县公安局交通管理大队\n2024年5月6日"


# -- credits and footer links under the signature --------------------------------------------------
def test_labelled_credits_under_the_signature_are_fields() -> None:
    raw = read_text(f"{TITLE}\n\n{SIGNED}\n来源:某县公安交警\n责编:张 某\n审核:李某某\n监制:王某\n请输入验证码")
    assert paragraph_texts(raw)[-1] == "2024年5月6日"
    assert raw.metadata == {"来源": "某县公安交警", "责编": "张 某", "审核": "李某某", "监制": "王某"}


def test_credits_without_labels_stay_a_dropped_footer() -> None:
    raw = read_text(f"{TITLE}\n\n{SIGNED}\n·READ·??编辑\n小某???来源")
    assert paragraph_texts(raw)[-1] == "2024年5月6日"
    assert raw.metadata == {}
    assert any(f.kind == "chrome-dropped" and "编辑" in f.text for f in raw.findings)


def test_a_download_label_among_short_footer_lines_opens_the_footer() -> None:
    raw = read_text(f"{TITLE}\n\n{SIGNED}\n（此件主动公开）\n\n来源:某区人民政府办公室\n附件下载\n\n扫一扫在手机上查看当前页面\n\n规范性文件\n相关链接")
    assert paragraph_texts(raw)[-1] == "（此件主动公开）"
    assert raw.metadata == {"来源": "某区人民政府办公室"}
    assert any(f.kind == "chrome-dropped" and "规范性文件" in f.text for f in raw.findings)


def test_a_short_closing_line_of_the_text_is_no_footer() -> None:
    # One chrome line alone under the text: a short line of the document above it stays.
    raw = read_text(f"{TITLE}\n\n{BODY}\n特此通告\n附件：报名表\n扫一扫在手机上查看当前页面")
    assert paragraph_texts(raw)[-1] == "附件：报名表"


# -- fields glued on one line ----------------------------------------------------------------------
HEADED = "关于印发某市某某工作实施方案的通知"
TEXT = "各县区人民政府，市政府各部门：现将方案印发给你们，请认真贯彻执行。"


def test_a_validity_field_glued_to_the_organ_before_it_is_a_field() -> None:
    raw = read_text(f"索 引 号 :012345678/2022-00011发文字号 :某政办〔2022〕3号\n\n发布机构 :某省人民政府办公厅公文时效 :有效\n\n{HEADED}\n\n{TEXT}")
    assert raw.metadata["发布机构"] == "某省人民政府办公厅"
    assert raw.metadata["公文时效"] == "有效"
    assert raw.title == HEADED


def test_the_validity_words_in_a_sentence_stay() -> None:
    sentence = "各单位要注意公文时效：逾期未办结的，要说明理由。"
    raw = read_text(f"{HEADED}\n\n{TEXT}\n{sentence}")
    assert paragraph_texts(raw)[-1] == sentence


# -- a field table written with bars, its labels in brackets ----------------------------------------
def test_bracketed_labels_in_a_bar_table_are_labels() -> None:
    head = "| [ 索引号 ] | 11500000123456789X/2024-00012 | [ 发文字号 ] | |\n| [ 主题分类 ] | 财政 | [ 体裁分类 ] | 财政预算、决算 |\n| [ 发布机构 ] | 某区某街道 | ||"
    raw = read_text(f"{head}\n某区某街道办事处2023年度决算公开说明\n一、单位基本情况\n{BODY}")
    assert raw.metadata == {"索引号": "11500000123456789X/2024-00012", "主题分类": "财政", "体裁分类": "财政预算、决算", "发布机构": "某区某街道"}
    assert raw.title == "某区某街道办事处2023年度决算公开说明"
    assert not any("索引号" in text for text in paragraph_texts(raw))


def test_a_bar_table_with_bracketed_words_that_are_no_labels_stays_a_table() -> None:
    from audiojiedu.ingest.page_fields import parse_metadata_line

    assert parse_metadata_line("| [ 项目 ] | 金额 | [ 备 ] | 说明 |") is None


# -- a document-sharing site's record of the file and its download tips -----------------------------
SHARED = "某镇集体资产管理办法"
SHARED_TEXT = "第一章 总则\n第一条 为规范本镇集体资产管理，制定本办法。\n第二条 本办法适用于本镇所辖各村。"


def test_a_sharing_sites_record_of_the_file_over_its_note_is_metadata() -> None:
    record = "- 文档编号:10203040\n- 上传时间:2023-01-02\n- 格式:DOCX\n- 页数:12\n- 大小:30.5KB"
    note = f"《{SHARED}.docx》由会员分享,可在线阅读,更多相关《{SHARED}.docx(12页珍藏版)》请在某某网上搜索。"
    raw = read_text(f"{SHARED}.docx\n{record}\n{SHARED}.docx\n{note}\n{SHARED}\n{SHARED_TEXT}")
    assert raw.title == SHARED
    assert raw.metadata == {"文档编号": "10203040", "上传时间": "2023-01-02", "格式": "DOCX", "页数": "12", "大小": "30.5KB"}


def test_a_sharing_sites_record_and_tips_without_its_note() -> None:
    record = "资源ID:1234567\n资源大小:20.1KB\n全文页数:9页\n- 资源格式: DOCX\n下载积分:3金币"
    tips = "友情提示\n2、PDF文件下载后,可能会被浏览器默认打开,请保存到桌面。\n3、本站不支持迅雷下载,请使用其他浏览器。\n4、本站资源下载后无水印。"
    raw = read_text(f"{SHARED}.docx\n-\n{record}\n{tips}\n{SHARED_TEXT}")
    assert raw.metadata == {"资源ID": "1234567", "资源大小": "20.1KB", "全文页数": "9页", "资源格式": "DOCX", "下载积分": "3金币"}
    spoken = "\n".join(paragraph_texts(raw))
    assert "友情提示" not in spoken and "迅雷" not in spoken
    assert "为规范本镇集体资产管理" in spoken
    assert any(f.kind == "chrome-dropped" and "友情提示" in f.text for f in raw.findings)


def test_a_notices_own_tips_to_the_public_stay() -> None:
    tips = "温馨提示\n1、请携带身份证原件到窗口办理。\n2、办理时间为工作日上午。"
    raw = read_text(f"{TITLE}\n\n{tips}\n{BODY}")
    spoken = "\n".join(paragraph_texts(raw))
    assert "携带身份证原件" in spoken and "办理时间为工作日上午" in spoken
    # One site word alone (下载 is no tip word, 浏览器 is one) is not enough either.
    own = "温馨提示：请使用浏览器登录申报系统填写申请。"
    assert own in paragraph_texts(read_text(f"{TITLE}\n\n{own}\n{BODY}"))


# -- a toolbar over a trail, a field table without colons -------------------------------------------
REPORT = "2024年度某县卫生健康局（本级）部门决算"


def test_a_toolbar_of_links_and_site_notes_over_a_trail_is_no_title() -> None:
    head = "网站支持IPV6 | 无障碍阅读 | 适老化模式\n当前位置: 首页>>政府信息公开>>财政预决算>>2024年财政预决算"
    raw = read_text(f"{head}\n\n{REPORT}\n\n第一部分 部门概况\n{BODY}")
    assert raw.title == REPORT
    assert not any("适老化" in text or "当前位置" in text for text in paragraph_texts(raw))


def test_a_field_table_without_colons_is_fields() -> None:
    rows = "索引号 620000001/2025-00011 发文字号\n关键词 发布机构 某县卫健局\n公开形式 主动公开 责任部门 某县卫生健康局"
    raw = read_text(f"{REPORT}\n\n{rows}\n\n第一部分 部门概况\n{BODY}")
    assert raw.metadata == {"索引号": "620000001/2025-00011", "发布机构": "某县卫健局", "公开形式": "主动公开", "责任部门": "某县卫生健康局"}
    assert not any("索引号" in text for text in paragraph_texts(raw))


def test_a_wrapped_sentence_that_starts_with_a_label_word_still_joins() -> None:
    from audiojiedu.ingest.wrap import join_wrapped_lines

    # A sentence's line opening with a label's word (来源) and naming another (发布机构) is text.
    lines = ["来源于各乡镇的数据显示，今年以来全县各发布机构共发布政府信息一千二百余条，较上年同期增长百分之十二点五，", "其中主动公开的占九成以上。"]
    joined, _ = join_wrapped_lines(lines)
    assert len(joined) == 1


# -- an empty label in a bar table ------------------------------------------------------------------
def test_a_label_over_its_empty_cell_at_the_tables_foot_is_not_spoken() -> None:
    table = "索引号 | xq0001/2021-0001 | 公开目录: | 县政府办文件 |\n文号 | 某政办发〔2021〕8号 | 成文日期: | 2021年09月28日 |\n政策解读: |\n|"
    raw = read_text(f"{HEADED}\n{table}\n{TEXT}")
    assert raw.metadata["文号"] == "某政办发〔2021〕8号"
    assert paragraph_texts(raw)[0] == TEXT
    # The text's salutation under the table has no cell after it and stays.
    salutation = "各乡镇人民政府："
    raw = read_text(f"{HEADED}\n{table.replace('政策解读: |', salutation)}\n现将方案印发给你们，请认真贯彻执行。")
    assert paragraph_texts(raw)[0].startswith(salutation)


# -- a summary's label alone over the summary, printed twice ------------------------------------
NOTICE = "某省人民政府关于印发2021年重点任务分工方案的通知"
OPENING = "《2021年重点任务分工方案》已经省政府常务会议审议通过，现印发给你们，请认真贯彻执行。"


def test_a_summary_under_its_label_alone_repeating_the_text_is_read_once() -> None:
    raw = read_text(f"{NOTICE}\n时间: 2023-02-21\n核心提示:\n{OPENING}\n{OPENING}\n各市人民政府，省政府各部门：\n{OPENING}\n某省人民政府\n2021年3月21日")
    texts = paragraph_texts(raw)
    assert "核心提示" not in "\n".join(texts)
    assert texts.count(OPENING) == 1 or sum(OPENING in text for text in texts) == 1
    assert any(f.kind == "summary-repeat" for f in raw.findings)


def test_a_summary_the_text_does_not_repeat_stays() -> None:
    own = "本方案分为总体要求、主要任务、保障措施三个部分，共二十条具体措施。"
    raw = read_text(f"{NOTICE}\n核心提示:\n{own}\n各市人民政府，省政府各部门：\n{OPENING}")
    assert own in "\n".join(paragraph_texts(raw))


# -- a read-aloud toolbar, a temporary link's note ------------------------------------------------
def test_a_read_aloud_toolbar_under_the_headline_is_not_spoken() -> None:
    toolbar = "语音播报\n语音合成中,请耐心等待...\n进入播报模式\n语音播报\n退出播报模式"
    raw = read_text(f"{NOTICE}\n\n日期:2022-03-15\n{toolbar}\n\n{TEXT}")
    assert not any("播报" in text or "语音合成" in text for text in paragraph_texts(raw))
    # A sentence about such a service is the text's.
    sentence = "县融媒体中心开通语音播报服务，群众可在线收听政策解读。"
    assert sentence in paragraph_texts(read_text(f"{NOTICE}\n\n{TEXT}\n{sentence}"))


def test_a_temporary_links_note_is_not_spoken() -> None:
    raw = read_text(f"此为临时链接,仅用于预览,将在短期内失效。\n\n{NOTICE}\n\n{TEXT}")
    assert raw.title == NOTICE
    assert not any("临时链接" in text for text in paragraph_texts(raw))


# -- links and credits under a news headline --------------------------------------------------------
NEWS = "某某代表团：凝心聚力谋发展 铆足干劲抓落实"
STORY = "1月27日，省十四届人大四次会议在某地开幕。代表们认真审议政府工作报告。"


def test_a_topic_link_and_a_reporters_credit_under_the_headline_are_not_spoken() -> None:
    raw = read_text(f"{NEWS}\n\n2026-01-29 17:58 来源:某某网\n\n【专题】2026年某省两会\n\n  某某角·某某网记者 张某 李某某 王某\n\n  {STORY}")
    assert paragraph_texts(raw)[0] == STORY
    assert raw.metadata.get("某某网记者") == "张某 李某某 王某"


def test_a_sentence_naming_reporters_or_a_topic_stays() -> None:
    sentence = "本报记者 走访了全县十二个乡镇，听取群众意见。"
    raw = read_text(f"{NEWS}\n\n{sentence}\n{STORY}")
    assert paragraph_texts(raw)[0] == sentence


def test_a_link_to_the_documents_interpretation_under_its_title_is_not_spoken() -> None:
    title = "某市发展和改革委员会关于印发《某市新型城镇化发展“十四五”规划》的通知"
    text = "各县（市、区）人民政府、市级有关单位：\n经市政府同意，现将规划印发给你们，请认真组织实施。"
    raw = read_text(f"{title}\n\n【权威解读】《某市新型城镇化发展“十四五”规划》政策解读\n\n{text}")
    assert paragraph_texts(raw)[0].startswith("各县")
    # A line naming another document's interpretation is kept.
    other = "【权威解读】《某省数字经济发展规划》政策解读"
    assert other in paragraph_texts(read_text(f"{title}\n\n{other}\n\n{text}"))


# -- a sharing site's row of counts -----------------------------------------------------------------
def test_a_sharing_sites_row_of_counts_and_its_preview_tip_are_not_spoken() -> None:
    from audiojiedu.ingest.page_chrome import is_chrome_line

    row = "工作报告 报告 政府工作报告 DOCX   28页   下载0   2024-01-06   浏览77   收藏0   点赞0   评分-   免费文档"
    assert is_chrome_line(row)
    tip = "温馨提示:当前文档最多只能预览 2 页,若文档总页数超出了 2 页,请下载原文档以浏览全部内容。"
    raw = read_text(f"2020年某市人民政府工作报告\n\n{row}\n{tip}\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。")
    spoken = "\n".join(paragraph_texts(raw))
    assert "浏览77" not in spoken and "预览" not in spoken
    # A table's row of figures is no such row.
    assert not is_chrome_line("粮食 2023 1200 2024 1350 增长 12.5")


def test_an_unbracketed_interpretation_label_under_the_title_stays() -> None:
    title = "某县人民政府办公室关于印发某县全民健身实施方案的通知"
    line = "图文解读：《某县全民健身实施方案》"
    assert line in paragraph_texts(read_text(f"{title}\n\n{line}\n\n各乡镇人民政府：\n现将方案印发给你们，请认真贯彻执行。"))


# -- what a sharing or membership site hid, its price bar and a converter's leftovers ----------------
SPEECH = "市委书记在全市优化营商环境大会上的讲话"
SPOKEN = "同志们：\n今天，我们召开这次大会，主要任务是部署今年的工作。\n一、聚焦实体经济\n要强化激励奖惩，树立鲜明的实干导向。"


def test_a_price_bar_and_a_drawings_name_are_not_spoken() -> None:
    raw = read_text(f"{SPEECH}\n\n2026-03-18 10.00元 免费试读\n\nShape2\n\n{SPOKEN}")
    spoken = "\n".join(paragraph_texts(raw))
    assert "试读" not in spoken and "Shape" not in spoken
    assert paragraph_texts(raw)[0] == "同志们："


def test_the_words_a_site_hid_for_its_members_are_cut_with_a_finding() -> None:
    hidden = SPOKEN.replace("一、聚焦实体经济", "一、聚焦实体经济\n此处隐藏4810个字。VIP会员可见")
    raw = read_text(f"{SPEECH}\n\n{hidden}")
    assert "隐藏" not in "\n".join(paragraph_texts(raw))
    assert any(f.kind == "text-withheld" for f in raw.findings)


def test_the_end_of_a_free_preview_is_cut_and_a_sentence_on_documents_stays() -> None:
    raw = read_text(f"{SPEECH}\n\n{SPOKEN}\n亲,该文档总共12页,到这儿已超出免费预览范围,如果喜欢就下载吧!")
    assert "预览" not in "\n".join(paragraph_texts(raw))
    sentence = "该系统上线后，群众超出免费预览范围的文档可到窗口申请查阅。"
    assert sentence in paragraph_texts(read_text(f"{SPEECH}\n\n{SPOKEN}\n{sentence}"))
