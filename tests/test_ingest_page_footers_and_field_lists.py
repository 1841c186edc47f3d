"""Fields, bylines and footers of scraped pages (issue 17): a bulleted field list over a
hard-wrapped text, empty fields in a row, and the chrome around a page's text.
Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import page_read_aloud, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.wrap import join_wrapped_lines

# A text wrapped at 18 characters, so that the wrap joiner is on.
_WRAPPED = [
    "为切实做好全县春季森林防火工作，确保",
    "人民群众生命财产安全，根据有关法律法",
    "规和上级要求，结合本县实际情况，现将",
    "有关事项通知如下，请各单位认真贯彻执",
    "行并抓好落实，切实把各项措施落到实处",
    "确保全县不发生重大森林火灾事故为要。",
]


# -- a bulleted field list: each item is a line of its own -------------------------------------
def test_bulleted_fields_over_a_wrapped_text_are_not_joined() -> None:
    lines = [
        "- 索 引 号:AB01200-3400-2019-00012",
        "- 备注/文号:某政办〔2019〕15号",
        "- 发布机构:县政府办",
        "- 公文生成日期:2019-03-08",
        "各乡(镇)人民政府,县有关部门:",
        *_WRAPPED,
    ]
    joined, _ = join_wrapped_lines(lines)
    assert joined[:5] == lines[:5]


def test_bulleted_field_list_gives_each_field_and_keeps_the_salutation() -> None:
    text = "\n".join(
        [
            "- 索 引 号:AB01200-3400-2019-00012",
            "- 备注/文号:某政办〔2019〕15号",
            "- 发布机构:县政府办",
            "- 公文生成日期:2019-03-08",
            "各乡(镇)人民政府,县有关部门:",
            *_WRAPPED,
        ]
    )
    raw = read_text(text)
    assert raw.metadata == {
        "索引号": "AB01200-3400-2019-00012",
        "备注/文号": "某政办〔2019〕15号",
        "发布机构": "县政府办",
        "公文生成日期": "2019-03-08",
    }
    assert "各乡（镇）人民政府，县有关部门：" in paragraph_texts(raw)


def test_a_bulleted_item_that_is_a_sentence_still_takes_its_wrapped_rest() -> None:
    # Not a field: a list item of the text, wrapped like its paragraphs.
    lines = [*_WRAPPED, "- 各单位要加强值班值守，严格落实二十四", "小时值班和领导带班制度，确保信息畅通。"]
    joined, _ = join_wrapped_lines(lines)
    assert joined[-1] == "- 各单位要加强值班值守，严格落实二十四小时值班和领导带班制度，确保信息畅通。"


# -- empty fields in a row: a label is never the value of the one before ---------------------------
def test_two_empty_fields_in_a_row_give_no_value() -> None:
    text = "\n".join(
        [
            "某市人民政府办公室关于印发某某行动方案的通知",
            "索引号 000012345/2021-1234567 成文日期 2021-05-10",
            "文号 发布时间 2021-05-10",
            "发布机构 文件有效性",
            "各县、区人民政府，市人民政府各部门：",
            "经市人民政府同意，现将《某某行动方案》印发给你们，请认真贯彻执行。",
        ]
    )
    raw = read_text(text)
    assert "发布机构" not in raw.metadata
    assert "文件有效性" not in page_read_aloud(raw)


# -- footers, related headlines, credits and notices at a page's foot -------------------------------
_NEWS = [
    "某县召开春季森林防火工作会议",
    "3月5日，某县召开春季森林防火工作会议，安排部署当前森林防火工作。",
    "会议要求，各乡镇要压实责任，加强巡查，确保不发生重大森林火灾。",
]


def test_a_footer_over_several_lines_is_not_spoken() -> None:
    footer = [
        "主管单位:某县融媒体中心 地址:某县城关镇北大路12号",
        "某ICP备2020001234号-1 某互联网新闻信息服务备案:12345678901号",
        "电话:0591-1234567 业务合作QQ:123456789 投稿信箱:123456789@qq.com",
    ]
    raw = read_text("\n".join([*_NEWS, "", *footer]))
    spoken = page_read_aloud(raw)
    assert "主管单位" not in spoken and "投稿信箱" not in spoken and "ICP" not in spoken
    assert "确保不发生重大森林火灾" in spoken


def test_a_forums_footer_is_not_spoken() -> None:
    footer = [
        "回复",
        "",
        "使用道具 举报",
        "",
        "QQ|手机版|标签|某某网 - 海量新闻! ( 某ICP备2021012345号-1|某公网安备12345678901234号 )",
        "",
        "GMT+8, 2025-3-6 10:20 , Processed in 0.041234 second(s), 20 queries .",
        "",
        "Powered by Discuz! X3.5",
        "",
        "© 2001-2025 Discuz! Team.",
        "",
        "快速回复 返回顶部 返回列表",
    ]
    spoken = page_read_aloud(read_text("\n".join([*_NEWS, "", *footer])))
    for word in ("举报", "ICP", "Processed", "Discuz", "快速回复", "GMT"):
        assert word not in spoken


def test_a_sites_name_over_its_time_zone_line_is_not_spoken() -> None:
    spoken = page_read_aloud(read_text("\n".join([*_NEWS, "", "某某网", "", "GMT+8, 2025-6"])))
    assert "某某网" not in spoken and "GMT" not in spoken


def test_a_texts_own_contact_line_over_its_signature_stays() -> None:
    # No footer mark: the notice's contact line is the document's.
    lines = [*_NEWS, "联系人：张三 联系电话：0591-7654321 邮箱：abc@example.cn", "某县林业局", "2025年3月5日"]
    spoken = page_read_aloud(read_text("\n".join(lines)))
    assert "联系电话" in spoken


def test_a_contact_line_apart_from_the_footer_stays() -> None:
    lines = [*_NEWS, "联系电话：0591-7654321 邮箱：abc@example.cn", "", "某ICP备2020001234号 版权所有：某县人民政府 网站标识码：1234567890"]
    spoken = page_read_aloud(read_text("\n".join(lines)))
    assert "联系电话" in spoken and "ICP" not in spoken


def test_a_row_of_the_sites_headlines_at_the_foot_is_not_spoken() -> None:
    row = "某镇：百年老街焕发新活力  “乡村小集”焕新颜 绘就共富新画卷  夏季防溺水安全提示请收好  “光伏+”助力绿色低碳发展  "
    spoken = page_read_aloud(read_text("\n".join([*_NEWS, "", row])))
    assert "百年老街" not in spoken


def test_joint_issuers_signed_side_by_side_stay() -> None:
    row = "某县人民政府办公室  某县财政局  某县发展和改革委员会  某县自然资源局"
    spoken = page_read_aloud(read_text("\n".join([*_NEWS, "", row, "2025年3月5日"])))
    assert "某县财政局" in spoken


def test_a_list_of_recommended_articles_is_not_spoken() -> None:
    lines = [*_NEWS, "", "推荐热门文章", "某品牌新款手机正式开售 配备四摄", "某车型正式上市 全系标配新架构"]
    spoken = page_read_aloud(read_text("\n".join(lines)))
    assert "开售" not in spoken and "推荐" not in spoken


def test_a_bracketed_byline_without_colons_is_not_spoken() -> None:
    lines = [*_NEWS[:2], _NEWS[2] + "（某某融媒 编辑 张三）"]
    raw = read_text("\n".join(lines))
    assert "编辑" not in page_read_aloud(raw)
    assert any(finding.kind == "chrome-dropped" for finding in raw.findings)


def test_a_bracketed_aside_that_names_no_role_stays() -> None:
    lines = [*_NEWS[:2], _NEWS[2] + "（县林业局 县应急管理局）"]
    assert "县应急管理局" in page_read_aloud(read_text("\n".join(lines)))


def test_a_wechat_reposts_credits_are_fields_and_its_notice_goes() -> None:
    lines = [
        *_NEWS,
        "县融媒体中心记者:李四",
        "编 辑:王 五",
        "一 审:赵 六",
        "二 审:钱七",
        "总监制:孙八",
        "免责声明",
        "本公众号部分转载的文章来自网络，版权归原作者所有，如有侵权请联系删除",
        "联系电话:0851-12345678",
    ]
    raw = read_text("\n".join(lines))
    assert raw.metadata["县融媒体中心记者"] == "李四"
    assert raw.metadata["一审"] == "赵 六" and raw.metadata["总监制"] == "孙八"
    spoken = page_read_aloud(raw)
    assert "免责声明" not in spoken and "联系电话" not in spoken and "审" not in spoken


# -- fields of a page's head ---------------------------------------------------------------------
def test_a_site_address_before_the_stamp_and_source_gives_the_fields() -> None:
    lines = [
        "某县召开春季森林防火工作会议",
        "http://www.example.gov.cn 2024年03月05日 08:09 来源:某某新闻网-某某日报",
        "某县召开春季森林防火工作会议",
        *_NEWS[1:],
    ]
    raw = read_text("\n".join(lines))
    assert raw.metadata["发布时间"] == "2024年03月05日 08:09"
    assert raw.metadata["来源"] == "某某新闻网-某某日报"


def test_a_keyword_field_is_not_joined_to_the_paragraph_under_it() -> None:
    lines = [
        "某县召开春季森林防火工作会议",
        "发布时间:2024-03-05 10:50:00 | 来源:某某网 | 作者:张三",
        "关键词:森林,防火,工作",
        "某县召开春季森林防火工作会议，会议由县长主持，各乡镇负责同志参加。",
    ]
    raw = read_text("\n".join(lines))
    assert raw.metadata["关键词"] == "森林，防火，工作"
    assert paragraph_texts(raw)[0].startswith("某县召开")


def test_a_clause_cut_after_a_comma_is_still_joined() -> None:
    # Not a field: a sentence cut one character into a clause.
    joined, _ = join_wrapped_lines(["会议指出，要压实各方责任，加强巡查管控，充", "分调动各方力量，确保安全。"])
    assert joined == ["会议指出，要压实各方责任，加强巡查管控，充分调动各方力量，确保安全。"]


def test_a_stamp_between_a_transcripts_turns_is_not_spoken() -> None:
    lines = [
        "某省举行新闻发布会",
        "发布时间:2024-03-05 10:50:00 | 来源:某某网",
        "主持人：各位记者朋友，上午好。首先请某某同志作介绍。",
        "2024-03-02 10:00:51",
        "某某：谢谢主持人。今年以来，全省经济运行总体平稳。",
    ]
    raw = read_text("\n".join(lines))
    assert "10:00:51" not in page_read_aloud(raw) and "2024-03-02" not in page_read_aloud(raw)
    assert raw.metadata["发布时间"] == "2024-03-05 10:50:00"


def test_a_stamp_under_the_headline_is_the_pages_date() -> None:
    raw = read_text("\n".join([_NEWS[0], "2024-03-05 10:20:30", *_NEWS[1:]]))
    assert raw.metadata.get("发布时间") == "2024-03-05 10:20:30"


def test_a_byline_with_a_stamp_gives_the_date_as_publication_time() -> None:
    raw = read_text("\n".join([_NEWS[0], "", "某某创作 · 2022-07-12 00:00", "", *_NEWS[1:]]))
    assert raw.metadata == {"发布时间": "2022-07-12 00:00"}
    assert any("某某创作" in finding.text for finding in raw.findings)


def test_a_byline_row_with_empty_cells_after_it_is_fields() -> None:
    lines = [_NEWS[0], "来源: 作者: 时间:2023-01-28 点击率:【 打印 】【 关闭 】 | " + "|" * 30, *_NEWS[1:]]
    raw = read_text("\n".join(lines))
    assert raw.metadata.get("时间") == "2023-01-28"
    assert "打印" not in page_read_aloud(raw)


# -- a QR code's caption and a word cut at the excerpt's end ------------------------------------------
def test_a_qr_codes_caption_is_not_spoken_but_a_sentence_naming_one_is() -> None:
    lines = [*_NEWS, "欢迎扫描下方二维码留言，提出您的意见建议。", "（扫描上方二维码，为防火工作提建议！）", "某县林业局", "2024年3月5日"]
    spoken = page_read_aloud(read_text("\n".join(lines)))
    assert "扫描上方" not in spoken and "扫描下方二维码留言" in spoken


def test_a_footer_word_cut_by_the_excerpts_end_is_not_spoken() -> None:
    spoken = page_read_aloud(read_text("\n".join([*_NEWS, "某县林业局", "2024年3月5日", "[免"])))
    assert "免" not in spoken.split("\n")[-1]


# -- a reading toolbar, a share prompt, a repost site's foot --------------------------------------------
def test_a_background_colour_picker_and_a_share_prompt_are_not_spoken() -> None:
    lines = [_NEWS[0], "背景色:", "字号:", "用微信扫描二维码", "分享至好友和朋友圈", *_NEWS[1:]]
    spoken = page_read_aloud(read_text("\n".join(lines)))
    assert "背景色" not in spoken and "分享至" not in spoken


def test_a_sentence_about_sharing_stays() -> None:
    line = "请大家把防火知识分享至好友和朋友圈，共同守护绿水青山。"
    assert line in page_read_aloud(read_text("\n".join([*_NEWS, line, "某县林业局"])))


def test_a_repost_sites_foot_is_not_spoken() -> None:
    foot = [
        "标签: 防火  某县  森林  ",
        "",
        "免责声明:本文系转载,版权归原作者所有;旨在传递信息,其内容未经本站证实。",
        "",
        "本文地址:http://www.example.com/news/12345.html",
        "",
        "声明: 本站文章均来自互联网,不代表本站观点 如有异议 请与本站联系",
        "",
        "关于我们 | 广告服务 | 网站合作 | 免责声明 | 联系我们| 网站地图",
        "",
        "© 2022-2024 某某网 all rights reserved. 某ICP备2023001234号-3",
    ]
    raw = read_text("\n".join([*_NEWS, "某县林业局", "2024年3月5日", "", *foot]))
    spoken = page_read_aloud(raw)
    for word in ("标签", "免责声明", "本站", "关于我们", "ICP"):
        assert word not in spoken
    assert raw.metadata["原文链接"] == "http://www.example.com/news/12345.html"
    assert "2024年3月5日" in paragraph_texts(raw)


def test_a_texts_own_line_naming_a_tag_stays() -> None:
    line = "标签：本次活动的标签为“平安某县”，请各单位统一使用。"
    assert line.replace("标签：", "") in page_read_aloud(read_text("\n".join([*_NEWS, line])))


def test_the_sites_boxes_left_empty_at_the_foot_and_its_notices_are_not_spoken() -> None:
    """Under the text a site sets its takedown notice, its news-tip line, and its boxes of picks
    (相关文章 / 你可能会喜欢 / 最近更新 / 推荐阅读) that the copy left empty, the page's empty tags
    over them: none is read, a finding lists them."""
    foot = [
        "",
        "图片版权归原作者所有，如有侵权请联系我们，我们会及时删除。",
        "某某晚报网报料热线:123 4567@example.com",
        "",
        "tags:",
        "",
        "相关文章",
        "",
        "你可能会喜欢",
        "",
        "最近更新",
        "",
        "推荐阅读",
    ]
    raw = read_text("\n".join([*_NEWS, *foot]))
    spoken = page_read_aloud(raw)
    for word in ("侵权", "报料", "相关文章", "喜欢", "最近更新", "推荐阅读", "tags"):
        assert word not in spoken, word
    assert "压实责任" in spoken
    assert "你可能会喜欢" in " ".join(finding.text for finding in raw.findings)


def test_a_box_of_the_sites_newest_links_at_the_foot_is_not_spoken() -> None:
    """最新加入 (or 最新发布) over dated links cut short: the site's box, not the document's."""
    for header in ("最新加入", "最新发布"):
        foot = [header, "2025-02-06近万只野生鸬鹚现身某某湖...", "2025-02-06绿豆汤制作小贴士", "2025-02-06某某蒜6号"]
        spoken = page_read_aloud(read_text("\n".join([*_NEWS, *foot])))
        assert header not in spoken and "鸬鹚" not in spoken and "绿豆汤" not in spoken
        assert "压实责任" in spoken


def test_a_heading_on_recent_updates_with_its_text_under_it_stays() -> None:
    """最近更新 over the text's own sentences (no link list, a long text under it) is the text's."""
    body = "本办法自2025年1月1日起施行，原办法同时废止，此前规定与本办法不一致的，以本办法为准。" * 3
    spoken = page_read_aloud(read_text("\n".join([*_NEWS[:4], "最近更新", body])))
    assert "最近更新" in spoken


def test_a_wechat_reposts_foot_credits_are_fields_and_its_calls_are_not_spoken() -> None:
    # A 微信 repost's foot: the reposter's takedown note, its credits in brackets (one a line, or set
    # apart by semicolons), a call to add its account with the ID, and its box of links whose
    # first links stand on the header's line behind arrows, over a second box.
    foot = [
        "■本文仅供交流学习，若侵犯到您的权益，敬请告知删除",
        "",
        "（出品：某某日报社）",
        "",
        "（来源：某某县林业局）",
        "",
        "（编辑：张三；校对：李四；监制：王五）",
        "",
        "小布想和你交朋友，微信号：abc12345",
        "",
        "大家都在看  ➯某某县疫情防控最新情况",
        "➯某某2人上榜！是你认识的吗？➯关于核酸检测最新要求的通告",
        "",
        "您可能也对以下帖子感兴趣",
    ]
    raw = read_text("\n".join([*_NEWS, "某县林业局", "2024年3月5日", "", *foot]))
    spoken = page_read_aloud(raw)
    for word in ("侵犯", "出品", "张三", "交朋友", "大家都在看", "核酸检测", "感兴趣"):
        assert word not in spoken
    assert raw.metadata == {"出品": "某某日报社", "来源": "某某县林业局", "编辑": "张三", "校对": "李四", "监制": "王五"}
    assert "2024年3月5日" in paragraph_texts(raw)


def test_a_contact_row_with_an_account_and_a_phone_stays() -> None:
    # Must NOT touch: a notice's contact row naming its account among other ways stays text.
    raw = read_text("\n".join([*_NEWS, "咨询电话：0551-1234567，微信公众号：某县发布", "某县林业局", "2024年3月5日"]))
    assert "咨询电话：0551-1234567，微信公众号：某县发布" in paragraph_texts(raw)


def test_a_sites_copyright_line_and_width_toggles_are_chrome() -> None:
    """某某文化网版权所有 (a site's name and 版权所有 alone on a line, maybe after © and a year),
    恢复窄屏 under the headline, 分享 转发 after the text: the site's, never read; a sentence that
    says 版权所有 and a title that forwards (关于转发…) stay."""
    text = "为做好非物质文化遗产保护工作，现将有关事项通知如下。\n各地要认真组织实施，依法享有著作权，版权所有。\n"
    raw = read_text(
        f"关于公布某县第五批非物质文化遗产名录项目的通知\n恢复窄屏\n{text}分享 转发\n某某文化网版权所有\n© 2024 某某县人民政府 版权所有\n"
    )
    spoken = page_read_aloud(raw)
    for chrome in ("恢复窄屏", "分享 转发", "某某文化网版权所有", "某某县人民政府 版权所有"):
        assert chrome not in spoken, chrome
    assert "依法享有著作权，版权所有。" in spoken
    assert read_text(f"关于转发某某办法的通知\n{text}").title == "关于转发某某办法的通知"


def test_a_policy_sites_link_keywords_and_empty_related_box_are_not_spoken() -> None:
    foot = ["本文链接://www.example.com/policy/71789.html", "本文关键词: 某府办发, 某市", "相关政策"]
    raw = read_text("\n".join([*_NEWS, *foot]))
    spoken = page_read_aloud(raw)
    assert "本文链接" not in spoken and "example" not in spoken and "本文关键词" not in spoken and "相关政策" not in spoken
    assert raw.metadata["本文链接"] == "//www.example.com/policy/71789.html"


def test_a_download_file_name_at_the_foot_is_not_read_and_the_review_says_so() -> None:
    page = "某某方案\n各单位：现将方案印发给你们，请认真执行，确保各项任务按时完成。\n一、总体要求\n坚持稳中求进。\n关于印发《某某方案》的通知.pdf\n"
    raw = read_text(page)
    assert "关于印发《某某方案》的通知.pdf" not in paragraph_texts(raw)
    assert any(f.kind == "chrome-dropped" and f.text == "关于印发《某某方案》的通知.pdf" for f in raw.findings)


# -- a row of several links under one label, and a field table one cell a line ----------------
def test_a_row_of_several_links_under_a_label_is_a_field_not_read() -> None:
    raw = read_text(
        "\n".join(
            [
                "标题：某某市某某局关于发布2025年本市某某工作要求的通知",
                "官方链接：https://www.example.gov.cn/a/20250212/1.html",
                "附件：https://www.example.gov.cn/res/6c/1.docx | https://www.example.gov.cn/res/79/2.pdf",
                "某某市某某局关于发布2025年本市某某工作要求的通知",
                "",
                "各区某某局：",
                "现就有关要求通知如下：",
                "一、工作目标",
                "本市新增城市建成区五十平方公里达到建设要求。",
            ]
        )
    )
    assert raw.title == "某某市某某局关于发布2025年本市某某工作要求的通知"
    assert raw.metadata["原文链接"] == "https://www.example.gov.cn/a/20250212/1.html"
    assert raw.metadata["附件"] == "https://www.example.gov.cn/res/6c/1.docx | https://www.example.gov.cn/res/79/2.pdf"
    assert "example" not in page_read_aloud(raw)


def test_a_field_table_one_cell_a_line_under_the_headline_gives_its_values() -> None:
    title = "某某市某某委员会关于发布2025年本市某某建设工作要求的通知"
    raw = read_text(
        "\n".join(
            [
                title,
                "索取号",
                "3589258689/2025-00030",
                "载体类型",
                "发布机构",
                "某某市某某委员会",
                "关键词",
                "内容描述",
                title,
                "各区某某委：",
                "现就有关要求通知如下：",
                "一、工作目标",
                "本市新增城市建成区五十平方公里达到建设要求。",
            ]
        )
    )
    assert raw.title == title
    assert raw.metadata["索取号"] == "3589258689/2025-00030"
    assert raw.metadata["发布机构"] == "某某市某某委员会"
    assert "关键词" not in raw.metadata  # left empty: 内容描述 is the next label, not its value
    spoken = page_read_aloud(raw)
    assert "3589258689" not in spoken and "载体类型" not in spoken and "内容描述" not in spoken


def test_the_salutation_under_a_field_lists_last_empty_label_is_read() -> None:
    raw = read_text(
        "\n".join(
            [
                "标题：关于印发《某某市某某管理办法》的通知",
                "",
                "关于印发《某某市某某管理办法》的通知",
                "",
                "索取号",
                "3589258689/2026-00127",
                "载体类型",
                "",
                "公开类别",
                "主动公开",
                "",
                "关键词",
                "",
                "内容描述",
                "",
                "各有关单位：",
                "",
                "现将《某某市某某管理办法》印发给你们，请遵照执行。",
            ]
        )
    )
    assert paragraph_texts(raw)[:2] == ["各有关单位：", "现将《某某市某某管理办法》印发给你们，请遵照执行。"]
    assert raw.metadata["公开类别"] == "主动公开"


def test_an_attachment_label_with_the_sites_note_over_the_download_list_is_not_spoken() -> None:
    text = "\n".join(
        [
            "某某市人民政府办公厅关于印发某某实施方案的通知",
            "各区人民政府：",
            "现将《某某实施方案》印发给你们，请认真按照执行。",
            "某某市人民政府办公厅",
            "2025年7月3日",
            "",
            "附件（官方直链）",
            "",
            "4887a0b6e0559d02210b025aef37261c.pdf",
        ]
    )
    raw = read_text(text)
    assert paragraph_texts(raw)[-1] == "2025年7月3日"
    kept = read_text(text.replace("4887a0b6e0559d02210b025aef37261c.pdf", "某某实施方案（全文另发）"))
    assert "附件（官方直链）" in paragraph_texts(kept)  # over the text's own words it stays


def test_the_publishers_note_that_it_abridged_the_text_is_not_read_and_the_review_says_so() -> None:
    raw = read_text(
        "国务院办公厅关于做好某某工作的通知\n各省、自治区、直辖市人民政府：\n"
        "经国务院同意，现就做好某某工作通知如下，请认真贯彻执行。\n国务院办公厅\n2025年7月3日\n\n（本文有删减）\n"
    )
    assert "删减" not in page_read_aloud(raw)
    assert any("删减" in f.text for f in raw.findings)
    kept = read_text("某某县关于某某工作的通知\n各乡镇：\n报告中关于资金的部分（有删减的版本见附件）请核对。\n")
    assert "有删减的版本" in page_read_aloud(kept)


def test_a_saved_pages_copy_of_the_article_at_its_foot_and_the_long_footer_above_it_are_not_read() -> None:
    """相关新闻 over a long footer (the headline again, copyright, app boxes, a directory of organs),
    then the article once more on one line after the headline (the read-aloud box's text) and a
    teaser cut short: none of it is the document."""
    text_lines = [
        "1月1日起，某省医保有不少新变化，职工医保个人账户共济范围扩至近亲属，来看记者的梳理。",
        "连续参加居民医保可获提高大病保障支付限额，新增34个药品纳入医保，618个药品可在零售药店购买。",
        "某省医保局表示，相关规程的发布，减轻了群众跑腿负担，提升了参保人员的获得感。",
    ]
    footer = ["相关附件", "相关新闻", "扫一扫在手机打开当前页", "某省多项医保新措1月1日起实施", "2025-01-01", "来源：某市日报",
              "内容纠错  使用帮助  关于我们  隐私声明  网站地图", "某市人民政府 版权所有 主办单位：某市人民政府办公厅",
              "扫码进入", "“某好办”公众号", "了解更多办事资讯", "我要办", "信用信息 公示", "市级机构", "区政府",
              *(f"· 市委{name}" for name in ["组织部", "宣传部", "统战部", "政法委", "网信办", "外办", "编办", "机要局"] * 3)]
    copy = "某省多项医保新措1月1日起实施 " + "".join(text_lines) * 2
    raw = read_text("\n".join(["某省多项医保新措1月1日起实施", *text_lines, *footer, copy, text_lines[0][:30] + "..."]))
    assert paragraph_texts(raw) == text_lines
    assert any("重复" in f.message for f in raw.findings)


# -- the foot of a portal's page: a second copy of its head, its footer twice, link lists under it --
_PORTAL_TEXT = [
    "好消息来了！某市生育保险政策迎来新变化，生育津贴由参保职工本人申请，直接发放至个人。",
    "符合规定条件的参保职工，可按规定由本人申请生育津贴，无需再通过用人单位申请。",
    "用人单位和职工可通过某市政务服务便民热线咨询相关政策与操作指引。",
]


def _portal_page(foot: list[str]) -> str:
    head = ["首页", "政务公开", "当前位置：首页>专题", "本月起，这笔钱直接发放至个人！", "2025-12-03", "来源：某市医疗保障局"]
    return "\n".join([*head, *_PORTAL_TEXT, *foot]) + "\n"


def test_link_lists_under_the_sites_footer_are_not_read() -> None:
    """Under the footer (版权所有 / 主办单位 / ICP备), the organs' and districts' sites one a
    line, the footer again for phones, and the share box's excerpt cut short: none of it is read."""
    foot = [
        "相关附件",
        "相关新闻",
        "扫一扫在手机打开当前页",
        "本月起，这笔钱直接发放至个人！",
        "2025-12-03",
        "来源：某市医疗保障局",
        "内容纠错 | 使用帮助 | 关于我们 | 网站地图",
        "某市人民政府 版权所有 主办单位：某市人民政府办公厅",
        "扫码进入",
        "“某好办”公众号",
        "市级机构",
        "赏花地图",
        "版权所有：某市人民政府",
        "网站标识码：4401000004",
        "ICP备案号：粤ICP备2022092331号-1",
        *(f"· {organ}" for organ in ("市委组织部", "市委宣传部", "市教育局", "市财政局", "某某区", "某某县")),
        "关注 · 某市政府网",
        "好消息来了！某市生育保险政策迎来新变化！2025年12...",
    ]
    raw = read_text(_portal_page(foot))
    assert raw.title == "本月起，这笔钱直接发放至个人！"
    assert paragraph_texts(raw) == _PORTAL_TEXT
    assert raw.metadata.get("来源") == "某市医疗保障局"


def test_text_under_a_footer_stops_the_cut() -> None:
    """A sentence under the footer is no link: the lines under the footer are not cut whole (the
    walk up from the foot decides line by line), so the sentence is still read."""
    note = "本页面内容由某市医疗保障局负责解释，如有疑问请致电咨询，我们将及时答复。"
    foot = ["版权所有：某市人民政府", "网站标识码：4401000004", "ICP备案号：粤ICP备2022092331号-1", "市级机构", note]
    assert note in paragraph_texts(read_text(_portal_page(foot)))


def test_a_line_at_the_foot_that_the_text_also_holds_is_read() -> None:
    """A closing line the text prints twice is the document's: only the headline over the text,
    printed again at the foot, is the page's copy of its head."""
    closing = "某市医疗保障局办事指南"
    page = _portal_page([closing]).replace("符合规定条件", f"{closing}\n符合规定条件")
    assert paragraph_texts(read_text(page))[-1] == closing


def test_the_issuer_signing_at_the_foot_is_no_copy_of_the_head() -> None:
    """某某市人民政府办公室 over the title and again over the date at the foot: the signature is the
    document's, read; only a headline printed again is the page's copy of its head."""
    issuer = "某某市人民政府办公室"
    text = f"{issuer}\n关于做好防汛工作的通知\n各区人民政府：\n为做好今年防汛工作，现将有关事项通知如下，请认真贯彻执行。\n{issuer}\n2024-05-01\n"
    assert paragraph_texts(read_text(text))[-2:] == [issuer, "2024-05-01"]



# -- a footer's credits without colons, and a law library's notes (dev76, session 43) ----------------
_NOTICE = "某市人民政府关于禁止野外用火的通告\n为有效预防森林草原火灾，现通告如下：\n一、严禁野外用火。\n二、严禁燃放孔明灯。\n"


def test_a_footers_credit_lines_without_colons_are_not_read() -> None:
    """某市人民政府主办 / 某市人民政府办公室承办 / 某市融媒体中心建设运营（版权所有） between the signature's
    date and the 备案号 lines: the site's footer, never read; the signature stays."""
    raw = read_text(
        _NOTICE + "某市森林草原防灭火指挥部\n2024年4月8日\n某市人民政府主办\n某市人民政府办公室承办\n"
        "某市融媒体中心建设运营（版权所有）\n黑ICP备08100356号-1\n黑公网安备 23088102000102号\n网站标识码：2308810013\nTOP\n"
    )
    spoken = page_read_aloud(raw)
    assert "主办" not in spoken and "承办" not in spoken and "建设运营" not in spoken
    assert paragraph_texts(raw)[-2:] == ["某市森林草原防灭火指挥部", "2024年4月8日"]


def test_a_credit_line_in_the_text_is_read() -> None:
    """某县文化馆主办 under a festival's programme, with no footer under it, is the document's own."""
    raw = read_text("某县第三届农民丰收节活动安排\n9月23日上午在县广场举行开幕式。\n某县文化馆主办\n某县融媒体中心协办\n欢迎广大群众参加。\n")
    assert "某县文化馆主办" in paragraph_texts(raw) and "某县融媒体中心协办" in paragraph_texts(raw)


def test_a_law_librarys_notes_over_a_record_are_not_read() -> None:
    """条款摘要 / 资料来自公开网络，仅提供网友学习讨论使用 / 原文版权归原版权人拥有 over the record's
    fields: the library's, not the rules'; a contest's 作品著作权归原作者所有 is the document's."""
    raw = read_text(
        "某省人民政府森林草原防火命令\n收藏\n条款摘要\n资料来自公开网络，仅提供网友学习讨论使用\n原文版权归原版权人拥有\n"
        "颁布部门：某省人民政府\n颁布日期：2023-03-04\n为有效预防森林草原火灾，特发布如下命令：\n一、严禁野外用火。\n"
        "参赛作品著作权归原作者所有。\n"
    )
    spoken = page_read_aloud(raw)
    assert "条款摘要" not in spoken and "学习讨论" not in spoken and "原版权人" not in spoken
    assert "参赛作品著作权归原作者所有。" in spoken


def test_a_side_boxs_header_with_its_more_link_is_not_read() -> None:
    """最新文章|更多 (a side box's header and its link to more pages; dev78, session 43) under the text,
    and 图片新闻 更多>> : the site's; a sentence about more work stays."""
    for box in ("最新文章|更多", "图片新闻 更多>>", "更多>>"):
        raw = read_text(_NOTICE + f"要加强沟通协调，确保建议高质量办理，更多惠及群众。\n{box}\n")
        assert box not in page_read_aloud(raw), box
        assert "要加强沟通协调，确保建议高质量办理，更多惠及群众。" in paragraph_texts(raw)


def test_a_written_time_label_over_its_value_is_the_pages_field() -> None:
    """撰写时间 / 2024年01月12日 17:12:21 / 来源 / 某某镇 under the headline (dev79, session 43): fields."""
    raw = read_text("某某镇2023年度政府信息公开工作报告\n撰写时间\n2024年01月12日 17:12:21\n来源\n某某镇\n一、总体情况\n本年度，我镇认真贯彻落实政府信息公开条例。\n")
    assert raw.metadata.get("撰写时间") == "2024年01月12日 17:12:21"
    assert "撰写时间" not in page_read_aloud(raw)


def test_the_whole_text_on_one_line_under_a_teaser_of_it_is_the_text_not_a_copy() -> None:
    """市长在全市消防工作会议上的讲话 / the title and a teaser of the text cut short / the title and the
    whole text on one line (a document site's flattened page; dev81, session 43): the long line is the
    text, read (it was taken for a read-aloud copy at the foot and the page had nothing to read)."""
    title = "市长在全市消防工作会议上的讲话"
    text = "同志们：今天的会议开得很好，研究的是消防安全工作，着眼的是全市改革、发展和稳定大局。" * 6 + " 一、从思想上高度强化消防安全意识 “水火无情，人命关天”。消防安全事关经济和社会发展全局。"
    raw = read_text(f"{title}\n{title} {text[:40]}\n{title} {text}\n")
    assert raw.title == title
    spoken = "".join(paragraph_texts(raw))
    assert "消防安全事关经济和社会发展全局" in spoken


# -- a site's feedback form at the foot ----------------------------------------------------------
_REPORT = "关于印发某某工作落实情况的通报"
_REPORT_TEXT = "请各乡镇、县直有关单位进一步细化工作措施，压实工作责任，确保按时完成各项目标任务。"


def test_a_sites_feedback_form_and_its_request_at_the_foot_are_not_read() -> None:
    """The empty boxes of a web form (• 姓  名: / • *内  容: / • *验 证 码:) and the site's request
    for views over them: the site's, not the notice's; the toolbar glued to the source is cut."""
    raw = read_text(
        f"{_REPORT}\n\n发布时间:2022-08-23 14:52信息来源:某县人民政府文字大小:[    ] 背景色:       \n\n{_REPORT_TEXT}\n\n"
        "为进一步了解掌握社会公众对政策执行效果的反馈与评价，请您对该政策的制定及执行提出宝贵的意见或建议。我们将及时收集并分析。\n"
        "  • 姓  名:\n\n  • 联系方式:\n\n  • *内  容:\n\n  • *验 证 码:\n"
    )
    assert raw.metadata["信息来源"] == "某县人民政府"
    assert paragraph_texts(raw) == [_REPORT_TEXT]


def test_a_documents_own_reply_slip_to_fill_in_stays() -> None:
    # Must NOT touch: a notice's reply slip (回执) with empty boxes and no web form's marks is the notice's.
    slip = ["回执", "单位名称：", "联系人：", "联系电话："]
    raw = read_text(f"{_REPORT}\n\n{_REPORT_TEXT}\n\n请于5月10日前报送意见建议。\n\n" + "\n".join(slip) + "\n")
    texts = paragraph_texts(raw)
    assert texts[:2] == [_REPORT_TEXT, "请于5月10日前报送意见建议。"]
    assert all(any(box in text for text in texts) for box in slip)


def test_a_county_platforms_field_rows_with_its_own_labels_are_metadata() -> None:
    title = "关于印发《某县突发环境风险应急预案》的通知"
    raw = read_text(
        f"政府信息公开\n\n信息标题 {title} 文件编号 某政办发〔2021〕34号\n公开类型 主动公开 产生日期 2021-10-22 17:55\n"
        f"发布机构 县政府办公室 载体类型 电子\n\n{title}\n\n各乡镇人民政府：\n现将预案印发给你们，请认真贯彻执行。\n"
    )
    assert raw.title == title
    assert raw.metadata["公开类型"] == "主动公开"
    assert raw.metadata["产生日期"] == "2021-10-22 17:55"
    assert raw.metadata["信息标题"] == title


def test_a_tender_pages_countdown_and_times_row_over_its_title_broken_before_its_kind() -> None:
    """开标时间倒计时 / 18  19  56  04 / 投标保证金缴纳截止时间:…开标时间:… / 某某项目 / 施工招标公告: the
    site's countdown is not read, the times are fields, and the title is whole."""
    raw = read_text(
        "开标时间倒计时\t\n18\t\t19\t\t56\t\t04\t\n投标保证金缴纳截止时间:2018-04-23 09:00:00开标时间:2018-04-23 09:00:00\n \n"
        "某市某镇中心小学教师周转房项目\n施工招标公告\n \n1.招标条件\n本招标项目已由某市发展和改革局批准建设，项目业主为某镇中心小学。\n"
    )
    assert raw.title == "某市某镇中心小学教师周转房项目施工招标公告"
    assert raw.metadata["开标时间"] == "2018-04-23 09:00:00"
    assert paragraph_texts(raw)[0] == "1.招标条件"


def test_a_row_of_small_numbers_in_a_text_stays() -> None:
    # Must NOT touch: a row of figures with no countdown or button beside it is the text's.
    row = "12 34 56"
    raw = read_text(f"{_REPORT}\n\n{_REPORT_TEXT}\n\n{row}\n\n{_REPORT_TEXT}\n")
    assert row in paragraph_texts(raw)


def test_a_bracketed_row_with_the_info_time_a_counter_and_buttons_is_fields() -> None:
    raw = read_text(f"{_REPORT}\n【信息时间： 2021/4/30 阅读次数： 137 】【我要打印】【关闭】\n\n{_REPORT_TEXT}\n")
    assert raw.metadata["信息时间"] == "2021/4/30"
    assert paragraph_texts(raw) == [_REPORT_TEXT]


_TEXT = "根据有关规定，现将本单位年度工作情况说明如下，全年各项工作均按计划推进并完成。"


def test_the_apps_names_between_a_scan_prompt_and_the_footer_are_not_read() -> None:
    """扫一扫在手机上查看当前页面 / 某某通 / 某某政务 / 某公网安备…号: the apps' names under their icons,
    between the site's prompt and its footer line, are the footer's; the text over them stays."""
    raw = read_text(f"某某新生儿医保办理指南\n{_TEXT}\n扫一扫在手机上查看当前页面\n\n某某通\n某市政务\n某公网安备14020002000138号\n")
    assert paragraph_texts(raw) == [_TEXT]


def test_menu_bars_under_a_chrome_line_at_the_foot_are_not_read() -> None:
    """图片图表 / 栏目推荐 / 领导活动 人事任免 网上直播 … / 最新文件 法律法规 …: the site's menus run into
    lines under its box's button; a list of names closing a document (no button over it) is read."""
    bars = "领导活动 人事任免 网上直播 在线访谈 政务要闻\n最新文件 法律法规 央企在线 新闻发布 应急管理"
    raw = read_text(f"某某政策在线访谈\n{_TEXT}\n点击进入访谈页面>>>>>>\n\n图片图表\n栏目推荐\n{bars}\n")
    assert paragraph_texts(raw) == [_TEXT]
    schools = "城关第一小学 城关第二小学 实验中学 东城中学\n西城中学 南关小学 北关小学 城郊中学"
    named = read_text(f"关于表彰先进学校的通报\n{_TEXT}\n先进学校名单如下：\n{schools}\n")
    assert "城关第一小学 城关第二小学 实验中学 东城中学" in paragraph_texts(named)


def test_a_mailbox_button_under_its_rules_is_not_read() -> None:
    """…（六）匿名信件不予受理。 / 我要写信: the mailbox's button under its rules."""
    raw = read_text(f"写信须知\n{_TEXT}\n我要写信\n")
    assert paragraph_texts(raw) == [_TEXT]


def test_a_traditional_pages_foot_folds_as_a_simplified_ones() -> None:
    """(責編：某某) / 分享讓更多人看到 / 返回頂部 on a page in traditional characters: 頂 folds to 顶 as
    讓 does to 让, so the site's buttons are dropped as on a simplified page."""
    text = "對此，留言網友告訴記者：處理的效率很高，我很滿意，感謝有關部門的及時回復和處理。"
    raw = read_text(f"某鎮路燈何時能修好\n{text}\n（責編：王某、初某）\n\n分享讓更多人看到\n\n返回頂部\n")
    assert paragraph_texts(raw) == [text]


def test_a_footer_printed_twice_with_its_copyright_notice_is_not_read() -> None:
    """CopyRight 2005-2025 © … 版权所有：某某中心 / 某某融媒 (www…) 版权所有，未经书面特别授权，请勿转载或建立
    镜像，违者依法必究。 / 新闻热线：… 地址：…, the lot printed twice: the copyright notice is the
    footer's though it is a sentence, and the news line is a footer's field; none of it is read."""
    footer = (
        "CopyRight 2005-2025 © All Rights Reserved.版权所有：某县融媒体中心\n"
        "某某融媒 ( www.example.com) 版权所有，未经书面特别授权，请勿转载或建立镜像，违者依法必究。\n"
        "新闻热线：0351-5724342 5729429 地址：某某大街118号（原县质监局办公楼）\n"
    )
    footer += "\n".join(footer.split("\n")[1:])
    raw = read_text(f"某县养老金提标\n{_TEXT}\n{footer}")
    assert paragraph_texts(raw) == [_TEXT]


def test_an_items_basic_information_box_kept_as_table_cells_is_not_read() -> None:
    """基本信息 / | 所属领域 | 社会救助 | || / | 公开时限 | … | 公开方式 | 主动 | / … / - 详细信息 / - 基本信息:
    a 政务公开 item's box under the text, its rows kept as a table's cells, goes as the plain rows do."""
    box = (
        "基本信息\n| 所属领域 | 社会救助 | ||\n| 一级事项 | 最低生活保障 | 二级事项 | 办事指南 |\n"
        "| 公开时限 | 制定或获取信息之日起10个工作日内 | 公开方式 | 主动 |\n| 公开主体 | 某县民政局 | ||\n- 详细信息\n- 基本信息\n"
    )
    raw = read_text(f"城乡最低生活保障对象认定办理服务指南\n{_TEXT}\n{box}")
    assert paragraph_texts(raw) == [_TEXT]


def test_a_read_mark_with_its_count_in_the_foot_toolbar_is_not_read() -> None:
    """已阅 2  打印   关闭 at the foot of a department's page: the document system's read counter
    in the toolbar row, not read; a sentence saying 已阅 is text."""
    raw = read_text("省民政厅关于同意兴建某某公墓的批复\n某市民政局：\n你局的请示收悉。经研究，同意兴建。\n湖北省民政厅\n已阅 2  打印   关闭\n")
    assert "已阅 2  打印   关闭" not in paragraph_texts(raw)
    assert paragraph_texts(read_text("某某标题\n领导已阅 2份文件。\n")) == ["领导已阅 2份文件。"]


def test_a_service_guides_link_to_its_flow_chart_is_not_read() -> None:
    """办理流程 / 查看流程图 / 办理环节 办理时限: the guide's link to the chart of its steps, alone on its line."""
    raw = read_text("孤儿资格认定办事指南\n办理流程\n查看流程图\n申请人向乡镇（街道）提出申请，县民政局审核认定。\n")
    assert "查看流程图" not in paragraph_texts(raw)


def test_a_numbered_heading_with_a_box_word_near_the_foot_is_the_texts_not_a_links_box() -> None:
    """三、热点问题 / （一）反映停气、停电较多。… near the foot of a weekly report: a heading of the text
    (热点 is a word of a site's box of picks, 今日热点话题, only with no number before it)."""
    raw = read_text(
        "关于12345热线工单办理情况的通报\n一、基本情况\n本周共受理工单320件，办结率100%。\n二、回访情况\n群众反映较好。\n"
        "三、热点问题\n（一）反映停气、停电较多。本周共办理此类工单25件。\n（二）重复投诉工单较多。本周共办理此类工单99件。\n"
    )
    assert "三、热点问题" in paragraph_texts(raw)
    assert any(text.startswith("（二）重复投诉") for text in paragraph_texts(raw))


def test_a_row_of_honoured_units_at_the_foot_is_no_menu_bar() -> None:
    """附件 / 某年度文明单位名单 / 一、县级文明单位（20个） / 县公安局 县国土资源局 县水利局 县委老干部局 at the
    page's foot: the attachment's list of units, each an organ's name, read; a bar of the site's
    menu words is not."""
    raw = read_text(
        "关于表彰2017年度文明单位的通报\n各乡镇、县直各单位：\n经研究，决定授予县公安局等20个单位“县级文明单位”称号。\n"
        "附件：2017年度文明单位名单\n附件\n2017年度文明单位名单\n一、县级文明单位（20个）\n县公安局 县国土资源局 县水利局 县委老干部局\n"
    )
    texts = paragraph_texts(raw)
    assert "县公安局 县国土资源局 县水利局 县委老干部局" in texts and "一、县级文明单位（20个）" in texts


def test_an_e_papers_page_count_a_browser_tip_and_a_stamp_in_a_cell_are_not_read() -> None:
    """下一版»本期共4版(1-2-4) over an e-paper's headline, 网站支持IPV6  推荐使用1024*768或以上分辨率… at
    the foot, and 2009-04-30 | under a headline kept as a table's cells: the site's, never read;
    the stamp is the page's date."""
    raw = read_text("下一版»本期共4版(1-2-4)\n王兴主持召开县长办公会\n\n本报讯 12月5日，县长王兴主持召开县长办公会议。\n")
    assert raw.title == "王兴主持召开县长办公会"
    raw = read_text(
        "市政协召开主席会议\n本报讯 市政协召开主席会议，学习全会精神。\n"
        "网站支持IPV6    推荐使用1024*768或以上分辨率,并使用IE9.0或以上版本浏览器\n"
    )
    assert not any("IPV6" in text for text in paragraph_texts(raw))
    raw = read_text("|\n省长等分赴各设区市征求对政府工作意见 |\n2009-04-30 |\n|\n近日，省长分赴九个设区市征求意见。\n")
    assert raw.metadata["发布时间"] == "2009-04-30"
    assert not any("2009-04-30" in text for text in paragraph_texts(raw))


def test_a_portals_flattened_comment_box_under_the_story_is_not_read() -> None:
    """写评论已有条评论跟帖用户自律公约 / 提 交还可输入500 / 最新评论 / 查看剩下100条评论 under the story's
    editor credit: the portal's comment box, none of it read."""
    raw = read_text(
        "国新办公布发言人名单\n国务院新闻办公室公布了中央和地方新闻发言人名单。\n(责任编辑:某某 )\n"
        "写评论已有条评论跟帖用户自律公约\n提 交还可输入500\n\n最新评论\n\n查看剩下100条评论\n"
    )
    spoken = " ".join(paragraph_texts(raw))
    assert "评论" not in spoken and "提 交" not in spoken


def test_a_portals_bracketed_toolbar_with_its_font_size_button_written_short_is_not_read() -> None:
    """推荐】【 小字】【打印】【关闭 under the story (the copy lost the outer brackets): the portal's toolbar."""
    raw = read_text("某市规范政务信息发布\n未经授权，任何人不得以单位名义擅自发布政务信息。（高路）\n\n推荐】【 小字】【打印】【关闭\n")
    assert not any("打印" in text for text in paragraph_texts(raw))
