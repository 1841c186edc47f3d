"""Pages of document-sharing and membership sites: the site's record of the file and its download
tips, a row of counts, a preview tip, a price bar, words hidden for members, the end of a free
preview; a notice's own tips and sentences on documents stay. Every example is made up, in the
shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

TITLE = "某县公安局交通管理大队关于某活动期间实行交通管制的通告"
BODY = "为保障活动顺利进行，决定对部分路段实行临时交通管制。"


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
    # … said of the whole text, under the title (全文预览已结束; ho96/19, session 50): a withheld finding
    raw = read_text(f"{PLAN}\n全文预览已结束\n{PLAN_TEXT}")
    assert paragraph_texts(raw)[0] == "一、总体要求"
    assert any(f.kind == "text-withheld" for f in raw.findings)
    sentence = "该系统上线后，群众超出免费预览范围的文档可到窗口申请查阅。"
    assert sentence in paragraph_texts(read_text(f"{SPEECH}\n\n{SPOKEN}\n{sentence}"))


# -- a sharing site's facts of the file, one bulleted item a line ------------------------------------
def test_a_sharing_sites_bulleted_facts_and_their_bare_counts_are_not_read() -> None:
    facts = "• 3\n• 0\n• 约4.8千字\n• 约 9页\n• 2025-02-14 发布于某省\n• 举报\n"
    raw = read_text(f"{SHARED}\n{facts}{SHARED}\n{SHARED_TEXT}\n")
    texts = paragraph_texts(raw)
    assert texts[0].startswith("第一章")
    assert not any(text.startswith(("•", "约", "2025", "3", "0")) for text in texts)
    assert any("约4.8千字" in finding.text for finding in raw.findings)


def test_a_bulleted_list_of_the_texts_own_figures_and_its_lengths_stay() -> None:
    items = "• 12\n• 30\n• 45\n"
    raw = read_text(f"{SHARED}\n{SHARED_TEXT}\n各村上报的资产数如下：\n{items}全文约12页，约5千字。\n")
    texts = paragraph_texts(raw)
    for figure in ("12", "30", "45"):
        assert any(figure in text for text in texts)
    assert any("约12页" in text for text in texts)


# -- a sharing site's page images, preview notes and tags glued to the file's name (session 29) -----
PLAN = "某乡防汛抢险工作方案"
PLAN_TEXT = "一、总体要求\n坚持人民至上，做好汛期各项准备。\n二、工作措施\n落实巡堤查险责任。"


def test_a_sharing_sites_page_images_name_the_file_and_its_tags_are_cut() -> None:
    images = "\n".join(f"{PLAN}_第{page}页" for page in range(1, 4))
    head = "已阅读3页,还剩9页未读 继续免费阅读\n\n下载本文档\n\n版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n\n文档简介"
    raw = read_text(f"{images}\n{head}\n\n{PLAN}模板范文{PLAN_TEXT}")
    assert raw.title == PLAN
    spoken = "\n".join(paragraph_texts(raw))
    assert "阅读" not in spoken and "版权说明" not in spoken and "文档简介" not in spoken and "模板" not in spoken
    assert "坚持人民至上" in spoken
    assert any(f.kind == "text-withheld" and "还剩9页" in f.text for f in raw.findings)
    assert any(f.kind == "chrome-dropped" and f.text == "模板范文" for f in raw.findings)


def test_a_sharing_sites_tagged_name_over_the_text_is_the_title_without_page_images() -> None:
    head = "版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领\n文档简介"
    raw = read_text(f"{head}\n{PLAN}参考模板{PLAN_TEXT}")
    assert raw.title == PLAN
    # Its boast before the name too (精品文档可编辑的精品文档某某预案目录…).
    boast = read_text(f"{head}\n精品文档可编辑的精品文档{PLAN}目录\n{PLAN_TEXT}")
    assert boast.title == PLAN


def test_the_end_of_a_preview_and_the_file_named_over_its_summary() -> None:
    raw = read_text(f"免费预览已结束，请下载后查看全文\n还剩-页可免费阅读，继续阅读\n{PLAN}.docx简介：\n{PLAN_TEXT}")
    assert raw.title == PLAN
    assert "预览" not in "\n".join(paragraph_texts(raw))


def test_a_title_glued_to_its_heading_without_a_sharing_site_and_other_page_lists_stay() -> None:
    # No sharing site's word over it: a template's own name keeps its 模板.
    contract = read_text("劳动合同模板\n一、合同期限\n本合同期限为三年。")
    assert contract.title == "劳动合同模板"
    glued = read_text("某村议事规则模板一、总则\n本规则适用于本村。")
    assert all(f.text != "模板" for f in glued.findings)
    # Page lines of two names, or not from the first page, name no file.
    from audiojiedu.ingest.page_share import _page_images

    assert _page_images(["甲方案_第1页", "乙方案_第2页", "正文"]) is None
    assert _page_images(["甲方案_第3页", "甲方案_第4页", "正文"]) is None
    assert _page_images(["甲方案_第1页", "甲方案_第2页", "正文"]) == (1, "甲方案")
    # A sentence on what was read stays.
    sentence = "各村已阅读5页材料，还剩13页未读的将在下周学习。"
    assert sentence in paragraph_texts(read_text(f"{TITLE}\n\n{sentence}\n{BODY}"))


def test_an_essay_sites_collection_headline_and_piece_number_are_not_read() -> None:
    """某某令116号(精选7篇) over 某某令116号 篇1: the site collects pieces under one name and numbers
    them; neither line is the document's."""
    rules = "第一章 总则\n第一条 为了规范土地整治活动，制定本办法。\n第二条 本办法适用于本自治区行政区域内的土地整治活动。\n"
    head = "某某省人民政府令116号\n\n2024-08-15\n\n某某省人民政府令116号(精选7篇)\n\n某某省人民政府令116号 篇1\n\n【发布文号】某某自治区人民政府令2016年第116号 【发布日期】2016-12-06\n\n"
    order = "某某自治区人民政府令 第116号\n《某某自治区土地整治办法》已经自治区人民政府常务会议审议通过，现予发布，自2017年3月1日起施行。\n某某自治区土地整治办法\n"
    raw = read_text(f"{head}{order}{rules}")
    spoken = "\n".join(paragraph_texts(raw))
    assert "精选" not in spoken and "篇1" not in spoken
    assert "第一条 为了规范土地整治活动，制定本办法。" in spoken
