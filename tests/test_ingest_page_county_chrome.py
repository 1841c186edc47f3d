"""Chrome of county portals and media-centre apps seen on unseen pages (issue 17, session 52): a
media app's byline row without labels, photo names left where the photos stood, the boxes of
readings under a notice, a toolbar of bracketed buttons. Every example is made up, in the shape of
real pages."""

from __future__ import annotations

import pytest
from helpers import page_read_aloud, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_fields import parse_metadata_line
from audiojiedu.ingest.wrap import join_wrapped_lines

TITLE = "全县秋季防火工作调度会议召开"
LEAD = "9月9日，全县秋季防火工作调度会召开。"
BODY = "会上，县应急管理局通报了近期全县森林防火形势，各乡镇就防火工作存在的问题及下步打算做了交流发言。"


def test_a_media_apps_byline_row_without_labels_is_fields() -> None:
    """08-12 17:48   0 某县融媒体中心   张某某: the day without its year and the time, the view
    count, the centre and the reporter: fields, not read."""
    raw = read_text(f"{TITLE}\n\n09-10 17:48   0 某县融媒体中心   张某某\n\n{LEAD}\n\n{BODY}\n")
    assert raw.title == TITLE
    assert raw.metadata["公众号"] == "某县融媒体中心"
    assert raw.metadata["发布时间"] == "09-10 17:48"
    assert raw.metadata["作者"] == "张某某"
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_sentence_after_a_time_is_no_byline() -> None:
    line = "09-10 17:48   县应急管理局发布了大风蓝色预警，请各乡镇做好防范。"
    raw = read_text(f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{BODY}\n")
    assert any("大风蓝色预警" in text for text in paragraph_texts(raw))


def test_a_posters_name_with_its_verb_a_counter_and_the_stamp_is_the_byline() -> None:
    """刘某 发布    浏览1135次   2022-12-08发布 under the headline: who posted it, the view count
    (no colon, its 次 after the count) and the day it was posted: fields, not read."""
    raw = read_text(f"{TITLE}\n刘某某 发布    浏览1135次   2022-12-08发布\n\n{LEAD}\n\n{BODY}\n")
    assert raw.title == TITLE
    assert raw.metadata["发布人"] == "刘某某"
    assert raw.metadata["发布时间"] == "2022-12-08"
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_sentence_saying_someone_published_a_notice_stays() -> None:
    # Must NOT touch: a sentence opened by an organ and 发布 is the text's.
    line = "县气象局 发布 大风蓝色预警，2022-12-08起请各乡镇做好防范。"
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{BODY}\n")
    assert line.replace(" ", "") in [text.replace(" ", "") for text in paragraph_texts(raw)]


def test_photo_names_left_where_the_photos_stood_are_not_read() -> None:
    raw = read_text(f"{TITLE}\n来源：某县人民政府 | 发布时间：2016-12-02\n\nxhz1\n\nxhz2\n\n{LEAD}\n\n{BODY}\n")
    spoken = page_read_aloud(raw)
    assert "xhz" not in spoken
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_code_of_the_text_alone_on_a_line_stays() -> None:
    # capitals are a code the text writes (G20, PM2), not a photo's name
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\nG20\n\n{BODY}\n")
    assert "G20" in paragraph_texts(raw)


def test_the_boxes_of_readings_under_a_notice_are_not_read() -> None:
    notice = "某县人民政府关于继续执行森林防火封山令的通告"
    text = (
        f"{notice}\n\n为筑牢森林防火墙，经县政府研究同意，决定继续执行森林防火封山令。\n\n特此通告。\n\n"
        "某县人民政府\n\n2024年8月30日\n\n（此件公开发布）\n\n"
        f"部门解读：\n\n{notice}的政策解读\n\n媒体视角：\n\n{notice} 的图文解读\n\n"
        f"热点解读：\n\n【森林防火】{notice}的政策咨询问答\n"
    )
    raw = read_text(text)
    spoken = page_read_aloud(raw)
    for chrome in ("部门解读", "媒体视角", "热点解读", "政策解读", "图文解读", "咨询问答"):
        assert chrome not in spoken, chrome
    assert paragraph_texts(raw)[-1] == "（此件公开发布）"


def test_a_toolbar_of_bracketed_buttons_at_the_foot_is_not_read() -> None:
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n【打印文章】 【添加收藏】\n")
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_portals_bar_of_links_to_other_governments_sites_is_not_the_title() -> None:
    bar = "中央人民政府网站 | 某省人民政府网站 | 某市人民政府网站 网上信访 | 网上举报设为首页 | 加入收藏 |"
    raw = read_text(f"{bar}\n当前位置: 首页>>新闻>>专题报道\n\n{TITLE}\n\n发布人: 来 源: 时 间:2018-10-24 收藏\n\n{LEAD}\n\n{BODY}\n")
    assert raw.title == TITLE
    assert "网站" not in page_read_aloud(raw)
    # the bar of site links alone is one too
    raw = read_text(f"中央人民政府网站 | 某省人民政府网站 | 某市人民政府网站\n{TITLE}\n\n{LEAD}\n\n{BODY}\n")
    assert raw.title == TITLE and "网站" not in page_read_aloud(raw)


def test_a_sentence_naming_sites_with_a_bar_stays() -> None:
    line = "本次活动在某省人民政府网站 | 某市人民政府网站同步直播，欢迎广大群众收看。"
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{BODY}\n")
    assert line in paragraph_texts(raw)


def test_the_petition_box_at_the_foot_with_the_leaders_phones_is_not_read() -> None:
    box = "微信信访\nAPP信访\n短信信访\n\n区委书记 李某某 15537328017\n\n区 长 王某某 18236126522\n"
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{box}")
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert any(f.kind == "chrome-dropped" and "15537328017" in f.text for f in raw.findings)


_STORY = (
    "今日，网络出现《某市计划停电通知》的帖子，致使不少市民产生了担忧。\n"
    "该帖内容源于我公司官方网站上对计划停电所做的社会公告。计划停电是电力部门开展的一项常规工作。\n"
    "国网某市电力公司\n2021年9月27日\n"
)


def test_a_news_headline_that_asks_and_cries_out_is_the_title() -> None:
    """A headline of one or two phrases ending with ？ or ！ over the story is its title, marks and
    all; the organ that signs the story's end heads nothing."""
    for headline in ("某市今起7天大面积停电？某市电力辟谣来了！", "某市电力辟谣来了！", "某市今起7天大面积停电？"):
        raw = read_text(f"{headline}\n{_STORY}")
        assert raw.title == headline
        assert paragraph_texts(raw)[0].startswith("今日，")


def test_a_salutation_is_no_title() -> None:
    for salutation in ("同志们！", "各位代表、同志们！"):
        raw = read_text(f"{salutation}\n{_STORY}")
        assert raw.title != salutation
        assert paragraph_texts(raw)[0] == salutation


def test_a_cry_over_the_documents_own_title_block_is_still_a_teaser() -> None:
    text = "某市政府重要通知！\n某市人民政府\n关于做好今冬明春森林防火工作的通知\n各区人民政府：\n为做好今冬明春森林防火工作，现就有关事项通知如下。\n"
    raw = read_text(text)
    assert raw.title.endswith("关于做好今冬明春森林防火工作的通知")


def test_a_summary_labelled_daoyu_that_the_text_repeats_is_read_once() -> None:
    lead = "为进一步提升城市整体形象，优化县城环境，方便居民出行，决定对某某街道路进行维修改造。"
    raw = read_text(f"某县某某街道路维修改造工程施工通告\n\n导语 {lead}\n\n  {lead}现将有关事项通告如下：\n\n一、改造范围\n\n某某街道路，面积3940平方米。\n")
    spoken = page_read_aloud(raw)
    assert "导语" not in spoken
    assert spoken.count("优化县城环境") == 1
    assert any(f.kind == "summary-repeat" for f in raw.findings)


def test_a_copyright_line_whose_sign_was_lost_ends_the_page() -> None:
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\nCopyright ? 2016 Example.com Inc. All Rights Reserved. 某某传媒有限公司 版权所有\n")
    assert paragraph_texts(raw) == [LEAD, BODY]


_NEWS = "海口网2月28日消息，2月28日上午，某区第八届人民代表大会第三次会议隆重开幕。来自各界的人大代表齐聚一堂。"
_MORE = "根据会议议程，区长代表区政府向大会作政府工作报告，从五个方面总结了过去一年的工作。"


def test_a_photo_mark_before_an_aggregators_name_after_the_headline_is_no_part_of_the_title() -> None:
    headline = "某区第八届人民代表大会第三次会议开幕"
    raw = read_text(f"{headline}[图]_天天快资讯\n\n来源:海口网时间:2023-02-28 20:12:32\n\n(相关资料图)\n\n{_NEWS}\n\n{_MORE}\n")
    assert raw.title == headline
    assert paragraph_texts(raw) == [_NEWS, _MORE]


def test_a_pagers_numbers_go_with_its_words() -> None:
    for pager in ("1 2 下一页 全文阅读", "上一页 1 2 3 下一页"):
        raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{pager}\n")
        assert paragraph_texts(raw) == [LEAD, BODY], pager



def test_a_sites_honours_over_the_headline_are_no_wrapped_title() -> None:
    """Lines of a hospital's honours, each a name about as wide as the text's wrap, opening alike,
    over the headline that opens with its year: not one paragraph cut at a fixed width."""
    body = (
        "某市中医医院是集医疗、教学、科研、预防保健为一体的三级甲等中医医院，承担全市中医医疗服务、中医药人才培养和"
        "中医药科学研究等工作，是全市中医医疗技术指导中心。医院设有临床科室二十余个，开放床位一千余张，年门诊量"
        "一百余万人次，年出院病人四万余人次，并承担全市中医药适宜技术推广和基层中医药人员培训等任务。"
    )
    head = ["国家中医药管理局中医住院医师规范化培训基地", "国家中医药管理局中医全科医师规范化培训基地", "2023年度某市中医医院单位决算", ""]
    out, _ = join_wrapped_lines([*head, *(body[at : at + 21] for at in range(0, len(body), 21))])
    assert out == [*head, body]


def test_a_news_sites_anti_copy_stamp_after_paragraphs_is_cut() -> None:
    """G7q某某新闻网 after each paragraph and each picture's name: the site's stamp, cut with a
    finding; the pictures' names then go as pictures do."""
    text = (
        "  •  联系电话:0915-3356512\n  •  投稿邮箱:news@example.cn\n > 新闻 > 县区 > 某县\n"
        f"{TITLE}\n2015-03-26  来源:\n\n10.jpgG7q某某新闻网\n\n11.jpgG7q某某新闻网\n\n"
        f"{LEAD}G7q某某新闻网\n\n{BODY}G7q某某新闻网\n\n(责编:李某)\n"
    )
    raw = read_text(text)
    assert raw.title == TITLE
    assert paragraph_texts(raw)[:2] == [LEAD, BODY]
    spoken = page_read_aloud(raw)
    assert "新闻网" not in spoken and "jpg" not in spoken and "联系电话" not in spoken
    assert any(f.kind == "chrome-dropped" and "G7q某某新闻网" in f.text for f in raw.findings)


def test_a_site_named_once_at_a_paragraphs_end_stays() -> None:
    line = "欢迎广大市民登录某某新闻网查看详情，或拨打热线电话咨询ABC某某新闻网"
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{BODY}\n")
    assert line in paragraph_texts(raw)


_REPORT = (
    "本网讯：11月22日上午，我镇召开中共某镇第八届委员会委员候选人初步人选公推大会，差额推选出12名初步人选。\n\n"
    "大会由镇委副书记主持，县委组织部副部长作了报告。\n"
)


def test_a_news_headline_over_its_photos_captions_is_the_title() -> None:
    head = "中共某镇第八届委员会委员候选人初步人选公推大会今天召开\n\n中共某镇第八届委员会委员候选人初步人选公推大会现场\n\n与会的377名代表\n\n与会的377名代表\n\n"
    raw = read_text(head + _REPORT)
    assert raw.title == "中共某镇第八届委员会委员候选人初步人选公推大会今天召开"
    # the photo's caption naming the event's scene is not read
    assert "大会现场" not in page_read_aloud(raw)


def test_a_banner_over_a_news_headline_is_still_no_title() -> None:
    # the line under the banner reports what happened too: the ranking decides, and the banner loses
    head = "热烈庆祝中华人民共和国成立七十五周年\n\n某镇召开第八届委员会委员候选人初步人选公推大会\n来源：某镇 发布时间：2024-11-22\n\n"
    raw = read_text(head + _REPORT)
    assert raw.title == "某镇召开第八届委员会委员候选人初步人选公推大会"


def test_a_procurement_notices_title_broken_before_its_kind_is_joined() -> None:
    text = (
        "某市某区某镇人民政府2023年10月(第1批)\n政府采购意向\n"
        "为便于供应商及时了解政府采购信息，根据有关规定，现将某镇人民政府2023年10月（第1批）采购意向公开如下：\n"
        "本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。\n"
    )
    raw = read_text(text)
    assert raw.title == "某市某区某镇人民政府2023年10月（第1批）政府采购意向"


_ESSAY = "人民代表大会的换届选举工作，是我街政治生活中的一件大事，是我们党推进科学执政、民主执政、依法执政的一次重要实践。"


def test_a_model_essay_sites_rows_over_the_piece_are_not_read_and_the_headline_stays() -> None:
    text = (
        "首页 > 工作范文 > 总结报告 >\n\n人大调研报告【优推4篇】\n\n网友发表时间 326929\n\n"
        "【阅读指引】某某题库网友为您分享整理的“人大调研报告【优推4篇】”范文资料，以供您参考学习之用，希望这篇文档对您有所帮助！\n\n"
        f"人大调研报告【第一篇】\n\n{_ESSAY}\n"
    )
    raw = read_text(text)
    assert raw.title == "人大调研报告【优推4篇】"
    spoken = page_read_aloud(raw)
    assert "阅读指引" not in spoken and "326929" not in spoken and "网友" not in spoken
    assert paragraph_texts(raw)[-1] == _ESSAY


def test_an_editors_line_inside_a_flattened_paragraph_is_cut() -> None:
    raw = read_text(f"{TITLE}\n\n{LEAD}下面小编带来的是。{BODY}\n")
    (text,) = paragraph_texts(raw)
    assert "小编" not in text and text.startswith(LEAD) and text.endswith(BODY)


def test_a_copy_button_over_the_headline_is_not_read() -> None:
    raw = read_text(f"正文复制\n\n经济社会发展务虚会区长讲话\n一、今年工作怎么看\n{LEAD}\n{BODY}\n")
    assert raw.title == "经济社会发展务虚会区长讲话"


def test_a_copyright_line_between_the_sites_links_is_not_read() -> None:
    foot = "手机版首页   |   电脑版首页\n\nCopyright © EXAMPLE.COM All Rights Reserved.\n\n蜀ICP备17014898号-1\n"
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{foot}")
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_consultation_pages_buttons_and_a_screen_reader_note_are_not_read() -> None:
    raw = read_text(f"{TITLE}\n  • 意见征集>\n  • 意见反馈>\n\n{LEAD}\n\n特殊稿件右侧区域内容请使用tab按钮切换浏览\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_news_sites_empty_comment_box_and_its_footer_are_not_read() -> None:
    foot = (
        "剑网行动举报电话：12318（市文化执法总队）\n"
        "Copyright ? 2016 Example.com Inc. All Rights Reserved. 某某传媒有限公司 版权所有\n"
        "全部评论\n暂无评论，快来发表你的评论吧\n"
    )
    raw = read_text(f"{TITLE}\n{LEAD}\n{BODY}\n{foot}")
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_letterhead_under_the_sites_rows_and_a_title_ending_in_a_spaced_kind() -> None:
    """A reposting site's rows (its cut headline, its date row, a read-aloud widget) over the
    issuer's letterhead, its number, the issuers and a title whose kind is set letter-spaced on a
    line of its own: the title is the issuers and the whole title, the letterhead a field."""
    text = (
        "当前位置:主页 > 各省市政策 > 某省 > 某市 > 正文\n\n中共某镇委员会 某镇人民政府关于认真做好2011年村级组...\n\n"
        "2021-06-03 某市 收藏\n\n文章播报\n\n语音引擎就绪\n进度: 0/0 (0%)\n\n中共某市某镇委员会文件\n\n"
        "        某委〔2011〕11 号\n\n\n中共某镇委员会  某镇人民政府\n\n关于认真做好2011年村级组织换届选举工作的\n\n实 施意 见\n\n"
        "各工作片、镇级机关各部门、行政村：\n\n全镇农村即将进行村级组织换届选举，这是我镇农村党员和群众政治生活中的一件大事。\n"
    )
    raw = read_text(text)
    assert raw.title == "中共某镇委员会 某镇人民政府关于认真做好2011年村级组织换届选举工作的实施意见"
    assert raw.metadata["发文机关"] == "中共某市某镇委员会"
    spoken = page_read_aloud(raw)
    assert "语音引擎" not in spoken and "文章播报" not in spoken and "进度" not in spoken


def test_a_buttons_cross_or_its_one_click_word_leaves_it_a_button() -> None:
    for button in ("关闭×", "一键转发"):
        raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{button}\n")
        assert paragraph_texts(raw) == [LEAD, BODY], button
    # a one-click service the text names stays
    line = "一键报警"
    assert line in paragraph_texts(read_text(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{BODY}\n"))


def test_a_trial_reading_ended_with_an_offer_of_membership_is_withheld_text() -> None:
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n试读结束，开通会员文档无限下载使用\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert any(f.kind == "text-withheld" for f in raw.findings)


def test_a_forwarding_notices_title_broken_over_three_lines_under_its_issuers_is_whole() -> None:
    text = (
        "某市农业农村局 某市财政局转发省农业\n农村厅 省财政厅关于申报某省2020年\n农业产业强镇建设项目的通知\n"
        "各县（市、区）农业农村局、财政局：\n现将省农业农村厅 省财政厅《关于申报某省2020年农业产业强镇建设项目的通知》转发给你们，请认真组织申报。\n"
    )
    raw = read_text(text)
    assert raw.title == "某市农业农村局 某市财政局转发省农业农村厅 省财政厅关于申报某省2020年农业产业强镇建设项目的通知"
    assert not any("某市农业农村局" in f.text for f in raw.findings if f.kind == "chrome-dropped")


def test_an_events_notice_title_broken_over_three_lines_at_ji_is_whole() -> None:
    # 暨 opens the second line: it joins two events' names, and the notice's kind ends the third.
    lead = "为保障2024某市半程马拉松暨“跑遍全省”某市站活动举行期间道路的交通安全畅通有序，决定实施临时道路交通管制。现通告如下："
    for head in ("", "首页 > 通知公告\n"):
        raw = read_text(f"{head}2024某市半程马拉松\n暨“跑遍全省”某市站活动\n临时交通管制的通告\n\n{lead}\n\n{BODY}\n")
        assert raw.title == "2024某市半程马拉松暨“跑遍全省”某市站活动临时交通管制的通告"
        assert paragraph_texts(raw)[0] == lead


def test_a_news_headline_over_its_subtitle_and_a_lead_that_says_it_again() -> None:
    lead = "2月14日~15日，县政府召开两场座谈会，听取部分人大代表、政协委员对《政府工作报告（征求意见稿）》的意见建议。"
    raw = read_text(f"我知道了\n县政府召开座谈会\n征求社会各界对政府工作报告的意见\n\n{lead}\n\n{BODY}\n")
    assert raw.title == "县政府召开座谈会"
    assert paragraph_texts(raw)[0] == "征求社会各界对政府工作报告的意见"


def test_a_stations_tags_opening_its_paragraphs_are_not_read_and_the_words_are() -> None:
    raw = read_text(f"{TITLE}\n\n【导语】{LEAD}\n\n   【图文】{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_column_glued_to_a_stamp_and_an_unknown_author_is_the_pages_date() -> None:
    raw = read_text(f"{TITLE}\n\n社会热点2022-10-24 23:39:38未知\n\n{LEAD}\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert raw.metadata["发布时间"] == "2022-10-24 23:39:38"


def test_a_time_of_meeting_under_the_title_stays() -> None:
    # Must NOT touch: a field of the text (会议时间) with a stamp and no author after it.
    line = "会议时间2022-10-24 09:00:00"
    raw = read_text(f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{BODY}\n")
    assert paragraph_texts(raw)[0] == line


def test_a_stamp_broken_after_its_day_keeps_its_time_and_its_source() -> None:
    raw = read_text(f"{TITLE}\n2024-03-29\n09:41:28 来源:某某日报\n\n{LEAD}\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert raw.metadata["发布时间"] == "2024-03-29 09:41:28"
    assert raw.metadata["来源"] == "某某日报"


def test_a_public_accounts_calls_and_its_earlier_posts_are_not_read() -> None:
    raw = read_text(
        f"{TITLE}\n\n点击“某县妇联”\n关注我哟\n点击…按钮\n\n{LEAD}\n\n{BODY}\n\n往期推荐\n\n●某某带队前往某市开展招商考察工作\n\n"
        "●【会议动态】某县召开优化营商环境推进会议\n\n喜欢本篇内容请给我们点个“在看”\n\n关注幸福某县了解更多新闻资讯\n"
    )
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_posting_accounts_card_and_its_list_of_earlier_posts_at_the_foot_are_not_read() -> None:
    """某某晨报 / 某某晨报 / 某地影响最大新闻媒体 / 77329文章数 29697关注度 / 往期回顾 全部: the
    account's name (twice), pitch and counts on its card, over its box of earlier posts."""
    foot = "某某晨报\n某某晨报\n某地影响最大新闻媒体\n77329文章数 29697关注度\n往期回顾 全部\n\n专题推荐\n"
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{foot}")
    assert paragraph_texts(raw) == [LEAD, BODY]
    # Must NOT touch: short lines closing a text with no account's counts under them.
    signed = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n某某县应急管理局\n2024年9月9日\n")
    assert paragraph_texts(signed)[-2:] == ["某某县应急管理局", "2024年9月9日"]


def test_an_accounts_name_over_its_pitch_to_follow_it_at_the_foot_is_not_read() -> None:
    """某某风云 / 记录家乡变化，欢迎关注某某风云！ / 最新文章: the account's name, its pitch naming it."""
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n某某风云\n记录家乡变化,欢迎关注某某风云!\n 最新文章\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    # Must NOT touch: a line over the pitch that is not the name it asks to follow.
    kept = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n全县将持续推进秋季防火工作\n欢迎关注某某风云！\n")
    assert paragraph_texts(kept)[-1] == "全县将持续推进秋季防火工作"


def test_a_writers_name_before_the_credits_in_the_closing_bracket_is_a_field() -> None:
    """…迈上新台阶。（某某某 || 责任编辑 某某某）: the writer's name, unlabelled, and the editor's."""
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}（张某某 || 责任编辑 李某某）\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert raw.metadata.get("责任编辑") == "李某某"
    assert any("张某某" in finding.text for finding in raw.findings)
    # Must NOT touch: a bracket of the text's own ending in two names.
    kept = read_text(f"{TITLE}\n\n{LEAD}\n\n会议由副县长主持（张某某 李某某）\n")
    assert paragraph_texts(kept)[-1] == "会议由副县长主持（张某某 李某某）"


def test_a_stamp_and_the_posting_organ_with_its_view_count_under_the_headline_are_not_read() -> None:
    raw = read_text(f"{TITLE}\n\n2019-06-29 某某盟中心医院 4495\n\n字号:\n\n{LEAD}\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert raw.metadata.get("发布时间") == "2019-06-29"


def test_a_phone_pages_hints_to_share_it_a_papers_credit_and_the_reporting_sites_row_are_not_read() -> None:
    """点击右上角微信好友 / 朋友圈 / 点击浏览器下方“”分享… over the headline; 《某某日报》( 2023年04月15日
    02版), 使用"扫一扫"即可将网页分享至朋友圈 and the row of national reporting sites at the foot."""
    head = "点击右上角微信好友\n朋友圈\n点击浏览器下方“”分享微信好友Safari浏览器请点击“”按钮\n"
    foot = (
        "《某某日报》( 2023年04月15日 02版)\n分享到微信\n使用\"扫一扫\"即可将网页分享至朋友圈\n\n"
        "网络违法犯罪举报网站| 12321网络不良与垃圾信息举报受理中心| 12318全国文化市场举报网站\n"
    )
    raw = read_text(f"{head}{TITLE}\n{LEAD}\n{BODY}\n{foot}")
    assert raw.title == TITLE
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert raw.metadata.get("来源") == "某某日报" and raw.metadata.get("发布时间") == "2023年04月15日"
    # Must NOT touch: a sentence of the text on sharing.
    kept = read_text(f"{TITLE}\n{LEAD}\n点击右上角的按钮即可进入办事大厅。\n")
    assert paragraph_texts(kept)[-1] == "点击右上角的按钮即可进入办事大厅。"


def test_the_byline_under_the_headline_names_the_source_before_the_credit_at_the_foot() -> None:
    """2020-09-27 19:24 来源: 某某网 under the headline and （来源：某某客户端 记者：某某） closing the
    text: the page's own byline says the page's source; the foot's credit fills only what it left."""
    raw = read_text(f"{TITLE}\n2020-09-27 19:24 来源: 某某网\n{LEAD}\n{BODY}\n（来源：某某新闻客户端）\n【编辑：某某】\n")
    assert raw.metadata.get("来源") == "某某网"
    assert raw.metadata.get("编辑") == "某某"
    assert paragraph_texts(raw) == [LEAD, BODY]
    # A comment link after the byline's empty counter is no part of a credit (…撰稿:某某 浏览次数: 我来说两句).
    row = read_text(f"{TITLE}\n2016-06-17 来源:网络收录 撰稿:张某 李某 浏览次数: 我来说两句\n{LEAD}\n")
    assert row.metadata.get("撰稿") == "张某 李某"


def test_a_portals_disclaimers_tags_and_text_message_advert_are_not_read() -> None:
    raw = read_text(
        f"{TITLE}\n\n欢迎订阅《某某手机报》移动用户发送短信 ABCD 到10650000即可开通 3元/月\n\n{LEAD}\n\n{BODY}\n\n"
        "本文标签： ，疫情  ，核酸\n\n本内容不代表本网观点和政治立场，如有侵犯你的权益请联系我们处理。\n网友评论\n"
        "网友评论仅供其表达个人看法，并不表明网站立场。\n"
    )
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_sentences_about_calls_and_subscriptions_stay() -> None:
    # Must NOT touch: the text's own sentences on following an account or subscribing.
    lines = ["请广大群众点击“某县发布”微信公众号关注最新通知。", "本文所称政策，不代表本网站以外的解释。"]
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n" + "\n\n".join(lines) + f"\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, *lines, BODY]


def test_a_posters_latin_account_leading_the_field_row_is_not_read() -> None:
    raw = read_text(f"{TITLE}\n\nadmin    发表时间:2017-12-04    浏览次数:3726  次\n{LEAD}\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert raw.metadata["发表时间"] == "2017-12-04"


def test_latin_words_in_the_text_stay() -> None:
    # Must NOT touch: a Latin word in a sentence, a word and its figures.
    lines = ["打开 admin 页面后点击保存。", "wifi 100"]
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n" + "\n\n".join(lines) + f"\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, *lines, BODY]


def test_a_law_librarys_labels_of_the_note_and_the_chapter_are_not_read() -> None:
    raw = read_text(
        "某市制定地方性法规条例\n\n【题注】 (2001年4月29日某市人民代表大会通过)\n【章名】 第一章 总则\n"
        "第一条 为了规范立法活动，制定本条例。\n第二条 本条例适用于本市。\n"
    )
    texts = paragraph_texts(raw)
    assert texts[0] == "（2001年4月29日某市人民代表大会通过）"
    assert "第一章 总则" in texts
    assert not any("【" in text for text in texts)


def test_a_pager_beside_the_font_buttons_and_a_papers_footer_links_are_not_read() -> None:
    raw = read_text(
        f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n3 上一篇 放大 缩小 默认\n \n"
        "某某快报版权所有 版权声明  | 联系方式 | 网管信箱 | 广告服务\n\n某ICP备10080896号-6 广告热线:96060\n"
    )
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_papers_name_glued_to_the_stamp_is_the_source_and_the_time() -> None:
    raw = read_text(f"{TITLE}\n\n某某日报2018-12-04 10:00:59\n\n{LEAD}\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert raw.metadata["来源"] == "某某日报"
    assert raw.metadata["发布时间"] == "2018-12-04 10:00:59"


def test_a_yearbook_entrys_name_in_square_brackets_is_the_title_without_them() -> None:
    raw = read_text(f"[调查、考察、视察活动]\n\n{LEAD}\n\n{BODY}\n")
    assert raw.title == "调查、考察、视察活动"


def test_a_papers_day_over_the_storys_headline_is_its_date() -> None:
    title = "某某理想城规划设计方案调整批前公示"
    lead = "为推行政务公开，引导公众参与和监督，根据《中华人民共和国城乡规划法》规定，现对本项目予以批前公示。"
    raw = read_text(f"2021年10月13日\n第A08版:专版·专题\n\n{title}\n\n{lead}\n\n一、项目概况\n\n该项目位于某路。\n")
    assert raw.title == title
    assert raw.metadata["发布时间"] == "2021年10月13日"
    assert paragraph_texts(raw)[0] == lead


def test_a_papers_day_over_a_news_headline_not_ending_on_a_documents_word_is_its_date() -> None:
    """2021年02月23日 / 第06版:某某水利 PDF版 / 某县水利局为高质量发展擘画蓝图 / 2月19日，…: a story's
    headline need not end as a document's title does; short, no clause, over the story."""
    title = "某县水利局为高质量发展擘画蓝图"
    lead = "2月19日，某县水利局召开全县水利工作会议。会议总结了“十三五”期间水利工作，部署水利重点任务。"
    raw = read_text(f"2021年02月23日\n第06版:某某水利 PDF版\n\n{title}\n\n{lead}\n\n{BODY}\n")
    assert raw.title == title
    assert raw.metadata["发布时间"] == "2021年02月23日"
    assert paragraph_texts(raw)[0] == lead


def test_a_sites_column_over_a_news_headline_is_no_title() -> None:
    """人大要闻 / 某某、某某到县教育局、林业局调研 / 4月上旬，…: the column, named by its end (要闻, 动态),
    over the story's headline."""
    title = "张某、李某到县教育局、林业局调研"
    lead = "4月上旬，县人大常委会副主任张某、李某带领调研组到县教育局、林业局，就局长履职情况进行调研。"
    raw = read_text(f"人大要闻\n\n{title}\n\n{lead}\n\n{BODY}\n")
    assert raw.title == title
    assert paragraph_texts(raw)[0] == lead


def test_a_documents_own_short_title_ending_in_a_column_word_stays() -> None:
    # Must NOT touch: a bulletin's title over its issue's text, no headline under it.
    raw = read_text(f"某县工作动态\n\n{LEAD}\n\n{BODY}\n")
    assert raw.title == "某县工作动态"


def test_a_day_over_a_notices_opening_clause_gives_no_title() -> None:
    # Must NOT touch: a line with a clause under a day is no headline.
    line = "各乡镇人民政府，县直各单位："
    raw = read_text(f"2021年02月23日\n{line}\n{LEAD}\n\n{BODY}\n")
    assert raw.title != line


def test_a_collections_first_record_over_its_title_printed_again_and_a_bracketed_row() -> None:
    # 第一篇：<title> / <title broken over two lines> / 〖发布日期：… 某某网 管理员〗 / text
    title = "2010年自治区政府直属(含部门所属)事业单位公开招聘工作人员简章"
    raw = read_text(
        f"第一篇:{title}\n2010年自治区政府直属(含部门所属)事业单位公开\n招聘工作人员简章\n"
        f"〖发布日期:2010-4-28 某某人事考试信息网 管理员〗\n{LEAD}\n\n{BODY}\n"
    )
    assert raw.title == title.replace("(", "（").replace(")", "）")
    assert raw.metadata["发布日期"] == "2010-4-28"
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_the_pages_stamp_ends_before_the_words_after_it_but_a_times_words_stay() -> None:
    assert parse_metadata_line("发布时间：2015-04-28 考德上公培") == {"发布时间": "2015-04-28"}
    assert parse_metadata_line("发表时间：2024年3月1日 某某网 管理员") == {"发表时间": "2024年3月1日"}
    assert parse_metadata_line("发布时间：2015-04-28 上午") == {"发布时间": "2015-04-28 上午"}
    assert parse_metadata_line("时间：2024年3月1日 全天") == {"时间": "2024年3月1日 全天"}


def test_a_penalty_records_case_name_is_the_title_and_its_short_fields_are_metadata() -> None:
    """The 双公示 record: a label over its value. The case's name is the title, the number and the
    days are fields; the facts and grounds are read."""
    facts = "当事人于2024年5月中旬购进1件雀巢咖啡，查获时已超过保质期。"
    raw = read_text(
        "某县市场监督管理局\n行政处罚案件名称\n某某百货店经营超过保质期食品案\n行政处罚决定文书号\n某市监处罚〔2025〕10号\n"
        f"违法事实\n{facts}\n处罚决定日期\n2025年1月24日\n公示截止日期\n2025年4月24日\n数据来源单位\n打印 收藏 关闭\n"
    )
    assert raw.title == "某某百货店经营超过保质期食品案"
    assert raw.metadata["行政处罚决定文书号"] == "某市监处罚〔2025〕10号"
    assert raw.metadata["处罚决定日期"] == "2025年1月24日"
    assert paragraph_texts(raw) == ["违法事实", facts]


def test_a_county_papers_edition_lines_pager_and_row_are_not_read() -> None:
    raw = read_text(
        f"A1:某县*要闻总第3311期 >2018-09-26编印\n\n下一版>\n\n<上一版\n\n{TITLE}\n"
        f"刊发日期:2018-09-26 作者:  语音阅读:\n{LEAD}\n\n{BODY}\n\n>>返回某某在线首页\n"
    )
    assert raw.title == TITLE
    assert raw.metadata["刊发日期"] == "2018-09-26"
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_papers_name_and_day_under_the_headline_and_a_pop_ups_close_cross_are_not_read() -> None:
    raw = read_text(f"X 省级机关作风评议窗口 省级机关作风投诉平台\n{TITLE}\n\n某某晚报     2022年12月29日\n{LEAD}\n\n{BODY}\n")
    assert raw.title == TITLE
    assert raw.metadata["来源"] == "某某晚报"
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_second_edition_and_a_cross_in_a_sentence_stay() -> None:
    # Must NOT touch: a document's own second edition line, a line opening with the letter X in a sentence.
    lines = ["第2版：修订说明", "X 光机检查室已于今年投入使用。"]
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n" + "\n\n".join(lines) + f"\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, *lines, BODY]


def test_a_mailbox_letters_title_field_under_the_sites_notes_names_the_page() -> None:
    """A mailbox page with no title line: the browser banner and the mailbox's note are the site's,
    the letter's field block (标题 / 来信人 / 来信时间) is metadata and its 标题 the title."""
    letter = "美食街某楼顶机器噪音太大，严重影响正常生活，希望有关部门及时处理。"
    raw = read_text(
        "网站不支持您所使用的浏览器版本(可能会出现网页变形等问题)。为了更好地展示页面效果,请您使用以下浏览器。\n\n"
        "使用信箱请先留下真实的姓名和联系方式,我们将严格保护您的隐私。登陆成功后才能发送信件。\n\n"
        f"标题: 噪音污染投诉\n来信人: 李某\n来信时间: 2012-02-06 13:33:43\n{letter}\n"
    )
    assert raw.title == "噪音污染投诉"
    assert raw.metadata["来信人"] == "李某"
    assert paragraph_texts(raw) == [letter]


def test_a_letters_type_and_title_in_a_table_name_the_page() -> None:
    raw = read_text(f"信件类型: | 投诉 |\n信件标题: | 关于环卫设备噪音扰民的问题 |\n{LEAD}\n")
    assert raw.title == "关于环卫设备噪音扰民的问题"
    assert raw.metadata["信件类型"] == "投诉"


def test_a_letters_record_rows_between_the_letter_and_the_reply_are_fields() -> None:
    """回复部门 热线办 回复日期 … over the reply, and 公开状态 已公开 办理状态 已办结 under the letter,
    are the mailbox's record wherever they stand; the satisfaction box under the reply is the site's."""
    letter = "这条街道每天清晨五点多钟，洒水车就开始播放音乐，请领导给予理解与解决，谢谢！"
    reply = "您反映的问题已收悉，我局已要求公司调整洒水作业时间。"
    raw = read_text(
        f"信件标题 洒水车噪音扰民问题\n来信人 李** 来信日期 2020-03-17\n{letter}\n"
        "公开状态 已公开 办理状态 已办结\n回复部门 热线办 回复日期 2020-03-19\n"
        f"{reply}\n信件回复 满意度调查 查看满意度调查汇总 >>\n回复内容评价:\n\n(非常满意)\n"
    )
    assert raw.title == "洒水车噪音扰民问题"
    assert raw.metadata["办理状态"] == "已办结"
    assert raw.metadata["回复部门"] == "热线办"
    assert raw.metadata["回复日期"] == "2020-03-19"
    assert paragraph_texts(raw) == [letter, reply]


def test_a_contact_row_in_a_notices_text_stays() -> None:
    # Must NOT touch: a notice's own contact row (no record label) is read where it stands.
    line = "联系人 张某 联系电话 0539-1234567"
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, line, BODY]


def test_a_sentence_about_browsers_in_a_guide_stays() -> None:
    # Must NOT touch: a service guide's own sentence on which browser to use.
    line = "申请人可通过电脑浏览器登录系统，按提示填写申请材料。"
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{line}\n")
    assert paragraph_texts(raw) == [LEAD, line]


def test_a_question_headline_over_the_reporters_credit_and_the_byline_is_the_title() -> None:
    headline = "发布会|某专家:乘坐地铁公交,你戴口罩了没?"
    raw = read_text(f"{headline}\n\n某某新闻高级记者 张某 李某\n2020-11-21 09:37\n来源:某某新闻\n{LEAD}\n\n{BODY}\n")
    assert raw.title == "发布会|某专家：乘坐地铁公交，你戴口罩了没？"
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_credit_written_with_wen_and_a_slash_under_the_headline_is_not_read() -> None:
    raw = read_text(f"{TITLE}\n文/某报-某某头条记者 张某 李某 王某\n{LEAD}\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_comment_boxs_login_and_a_blogs_meta_row_are_not_read() -> None:
    raw = read_text(
        f"{TITLE}\n\n    |     2015年7月12日   |   文库   |     评论已关闭   |    1114\n\n{LEAD}\n\n{BODY}\n\n"
        "请您留言\n\n登录名\n\n密 码\n\n查看所有评论\n\n不是某某网会员,欢迎注册\n\n该用户其它信息\n"
    )
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_trails_last_crumb_with_the_byline_glued_after_it_is_the_title() -> None:
    title = "某乡某村农村综合改革财政奖补文化广场建设项目顺利通过区级验收"
    raw = read_text(
        f"您当前的位置 : 某某网 >> 县区专栏 >> 某县 >> 某乡 >> {title} 来源:某某网 0 人参与互动 2022年09月21日 17:29\n{LEAD}\n\n{BODY}\n"
    )
    assert raw.title == title
    assert raw.metadata["发布时间"] == "2022年09月21日 17:29"
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_trail_ending_with_a_column_and_fields_gives_no_title() -> None:
    # Must NOT touch: a short column's name as the last crumb is no headline.
    raw = read_text(f"您当前的位置 : 某某网 >> 县区专栏 >> 工作动态 来源:某某网 2022年09月21日 17:29\n{TITLE}\n\n{LEAD}\n")
    assert raw.title == TITLE


def test_the_editors_review_credits_over_the_story_are_fields() -> None:
    raw = read_text(f"初审编辑:刘某\n责任编辑:卢某\n{LEAD}\n\n{BODY}\n")
    assert raw.metadata["初审编辑"] == "刘某"
    assert "刘某" not in " ".join(paragraph_texts(raw))


def test_a_back_to_top_link_in_english_and_a_map_widgets_labels_are_not_read() -> None:
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n【TOP】\n\nBaidu\nmap\n")
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_an_agencys_photo_credit_a_slash_credit_and_the_comment_heading_are_not_read() -> None:
    caption = "2020年4月6日,某省最后一支援助医疗队回到了阔别两个多月的家乡 某某视觉 图"
    raw = read_text(f"{TITLE}\n\n{caption}\n\n{LEAD}\n\n{BODY}\n\n编辑/周某\n\n最新评论\n")
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_stamp_row_with_the_writers_field_is_the_pages_byline() -> None:
    raw = read_text(f"{TITLE}\n2023-11-17 15:37  稿件作者:某某局   浏览量:-\n{LEAD}\n\n{BODY}\n")
    assert raw.metadata["稿件作者"] == "某某局"
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_live_reports_post_times_inside_its_text_are_not_read() -> None:
    # A flattened live page: each post opens with the log's time and its bar, or the day and time
    # glued before the speaker's tag.
    raw = read_text(
        f"{TITLE}\n\n某某网进行文字实时报道，敬请关注。 [09:46] | 现在各媒体记者陆续进入发布厅。 [09:50] | 发布会即将开始。\n\n"
        "主持人：各位记者朋友，大家下午好。 2018-10-29 15:30张某： 今天我们来共同关注近视防控。 2018-10-29 15:31张某： 谢谢大家。\n"
    )
    spoken = " ".join(paragraph_texts(raw))
    assert "09:46" not in spoken and "15:30" not in spoken
    assert "现在各媒体记者陆续进入发布厅。" in spoken and "张某：" in spoken


def test_a_time_in_brackets_in_a_sentence_stays() -> None:
    # Must NOT touch: one bracketed time and a bar in the text, a date in a sentence before a name.
    line = "会议时间为[09:30] | 地点另行通知。2018-10-29 15:30前，请张某：准时到会。"
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{line}\n")
    assert paragraph_texts(raw)[-1] == line


def test_a_sharing_sites_file_page_without_its_note_is_named_by_the_file() -> None:
    # The site's slogan, the file's name (its upload number glued before it) and its strip of page
    # images, the file's facts and the preview's end: the site's; the file's name is the title.
    name = "302088某镇中心小学2022年部门预算信息公开.pdf"
    raw = read_text(
        f"某某文库 - 千万精品文档,你想要的都能搜到,下载即用。\n\n{name}\n\n某网名……21 页 788.104 KB下载文档\n"
        f"{name * 4}\n当前文档共21页 2.88\n下载后继续阅读\n\n{name}\n\n{LEAD}\n\n{BODY}\n"
    )
    assert raw.title == "某镇中心小学2022年部门预算信息公开"
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_file_name_opening_with_its_year_keeps_it() -> None:
    # Must NOT touch: a year opening the file's name is no upload number.
    raw = read_text(f"2022年某镇部门预算信息公开.pdf\n\n{LEAD}\n\n{BODY}\n")
    assert raw.title == "2022年某镇部门预算信息公开"


def test_a_policy_pages_consultation_box_at_the_foot_is_not_read() -> None:
    """政策性文件留言咨询 / （注：1.只接收对该政策性文件的相关咨询;2.留言时请注明政策性文件名称） under
    the signature: the site's form, then its share and print buttons."""
    signed = ["某某市发展和改革委员会", "2019年5月30日"]
    raw = read_text(
        "\n".join([TITLE, LEAD, BODY, *signed, "政策性文件留言咨询", "（注：1.只接收对该政策性文件的相关咨询;2.留言时请注明政策性文件名称）", "分享", "打印本页"]) + "\n"
    )
    assert paragraph_texts(raw)[-2:] == signed


def test_a_notes_own_advice_to_consult_stays() -> None:
    # Must NOT touch: a notice's own note on whom to ask is its text.
    note = "（注：如有疑问，请咨询县人社局，电话：0539-1234567）"
    raw = read_text("\n".join([TITLE, LEAD, BODY, note]) + "\n")
    assert paragraph_texts(raw)[-1] == note


def test_a_bulleted_box_of_picks_at_the_foot_is_not_read() -> None:
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n  • 新闻推荐\n四川\n社会\n娱乐\n体育\n")
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_stamp_with_an_empty_counter_and_the_posting_organ_glued_on_is_the_byline() -> None:
    """2023-03-20 17:55:30阅读()某市人力资源和社会保障局 / 推荐题库 under a recruitment notice reposted on
    an exam site: the stamp and the organ are fields, the empty counter and the site's link go."""
    raw = read_text(f"{TITLE}\n\n2023-03-20 17:55:30阅读()某市人力资源和社会保障局\n推荐题库\n\n{LEAD}\n\n{BODY}\n")
    assert raw.metadata["发布时间"] == "2023-03-20 17:55:30"
    assert raw.metadata["来源"] == "某市人力资源和社会保障局"
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_byline_row_that_lost_its_opening_bracket_is_fields_and_an_unfilled_counter_goes() -> None:
    """】编辑:某某管理员  来源:某某检察院   时间:2019-12-30 18:12:43  浏览 人次: the toolbar's 【 went with
    the copy, and the page's script never put the count between the counter's word and its unit."""
    raw = read_text(f"{TITLE}\n】编辑:某市人民检察院管理员  来源:某市人民检察院   时间:2019-12-30 18:12:43  浏览 人次\n\n{LEAD}\n\n{BODY}\n")
    assert raw.metadata["来源"] == "某市人民检察院"
    assert raw.metadata["编辑"] == "某市人民检察院管理员"
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert parse_metadata_line("来源:某市人民检察院  浏览 人次") == {"来源": "某市人民检察院"}


@pytest.mark.parametrize("buttons", ["A+ A-", "Ａ＋ Ａ Ａ－"])
def test_the_font_size_buttons_as_glyphs_alone_are_chrome(buttons: str) -> None:
    raw = read_text(f"{TITLE}\n\n新华网 2020-01-30 14:53:01\n{buttons}\n\n{LEAD}\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_passive_view_counter_and_a_forum_bylines_source_are_no_value() -> None:
    """发布时间:… 被阅览数: (the count never filled in), 编辑: 某某| 评论: 0|来自: 某某日报: the counter is
    the site's, 来自 labels the source."""
    assert parse_metadata_line("发布时间:2021-11-02 15:28:25         被阅览数:") == {"发布时间": "2021-11-02 15:28:25"}
    raw = read_text(f"{TITLE}\n\n2023-1-3 10:17| 编辑: 谢珊珊 | 查看: 12568| 评论: 0|来自: 某某日报\n\n{LEAD}\n\n{BODY}\n")
    assert raw.metadata["编辑"] == "谢珊珊" and raw.metadata["来自"] == "某某日报"
    assert paragraph_texts(raw) == [LEAD, BODY]


@pytest.mark.parametrize("link", ["PDF版", "PDF版阅读"])
def test_a_papers_page_line_with_its_pdf_link_is_chrome(link: str) -> None:
    title = "某县水利局为高质量发展擘画蓝图"
    lead = "2月19日，某县水利局召开全县水利工作会议。会议总结了“十三五”期间水利工作，部署水利重点任务。"
    raw = read_text(f"第02版:综合 {link}\n\n{title}\n\n{lead}\n\n{BODY}\n")
    assert raw.title == title
    assert paragraph_texts(raw) == [lead, BODY]


@pytest.mark.parametrize("toolbar", ["【字体:打印", "【字体：打印", "字体:打印"])
def test_a_toolbar_word_whose_buttons_went_glued_to_the_next_one_is_chrome(toolbar: str) -> None:
    """【字体:大 中 小】【打印】 with the sizes and two brackets lost in the copy: 【字体:打印."""
    raw = read_text(f"{TITLE}\n\n发布时间:2021-09-06 17:36\n{toolbar}\n\n{LEAD}\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    kept = read_text(f"{TITLE}\n\n{LEAD}\n\n地址：某某路1号\n")  # Must NOT touch: a field of the text
    assert paragraph_texts(kept)[-1] == "地址：某某路1号"


def test_a_screenshots_caption_an_uploads_stamp_and_the_sites_badge_are_chrome() -> None:
    """“某某公安”微信公众号报道截图, 2022-2-24 10:59 上傳 (a forum's note under a picture) and 党政机关网站标识
    (a footer badge's alt text): nothing of the text."""
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n“某市公安”微信公众号报道截图\n\n2022-2-24 10:59 上傳\n\n{BODY}\n\n打印此文 关闭窗口\n党政机关网站标识\n")
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_download_box_at_the_foot_goes_with_its_label_and_the_files_size() -> None:
    """附件信息： / 某某评估定稿.docx / 241.5K at the foot: the label goes with the files under it."""
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n附件信息：\n某县桥梁常规检测评估定稿.docx\n241.5K\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    kept = read_text(f"{TITLE}\n\n{LEAD}\n\n附件：某县桥梁检测项目清单\n")  # Must NOT touch: an attachment named in the text
    assert paragraph_texts(kept)[-1] == "附件：某县桥梁检测项目清单"


@pytest.mark.parametrize("header", ["推荐视频", "相关文章推荐"])
def test_a_box_of_picks_under_the_text_is_chrome(header: str) -> None:
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{header}\n某县召开森林防火工作会议\n某县开展消防演练活动\n")
    assert paragraph_texts(raw) == [LEAD, BODY]


@pytest.mark.parametrize("address", ["lawking.com.cn", "www.mysite.gov.cn", "https://www.gov.cn/"])
def test_a_sites_address_alone_on_its_line_is_chrome(address: str) -> None:
    raw = read_text(f"{TITLE}\n{address}\n\n{LEAD}\n\n{BODY}\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert address not in raw.metadata.values()


@pytest.mark.parametrize("credit", ["[责任编辑:陈某某]", "（责任编辑：王某某）", "【责任编辑：陈某某】"])
def test_what_a_site_sets_under_a_bracketed_editors_credit_goes(credit: str) -> None:
    """[责任编辑:某某] / 呵护地球 / 让爱成长 / 关于我们| 网站概况 …: the credit set in brackets closes the
    article as the bare one does; the adverts and the footer under it are the site's."""
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{credit}\n呵护地球\n让爱成长\n关于我们| 网站概况| 法律顾问\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert raw.metadata["责任编辑"] in credit


@pytest.mark.parametrize("box", ["推荐内容", "• 相关内容", "手机+密码登录", "更多 今日话题"])
def test_empty_boxes_and_a_login_tab_at_the_foot_are_chrome(box: str) -> None:
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{box}\n")
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_bar_tables_label_left_empty_before_a_field_cell_has_no_value() -> None:
    """文 号 | 成文日期:2017-06-27 | 发布日期:2017-06-30 |: the number's cell is empty, the next cell a
    field of its own (label and value in one cell), never the number's value."""
    assert parse_metadata_line("文 号 | 成文日期:2017-06-27 | 发布日期:2017-06-30 |") == {"成文日期": "2017-06-27", "发布日期": "2017-06-30"}


def test_a_papers_read_aloud_button_and_a_list_rows_date_and_count_are_no_text() -> None:
    """刊发日期:… 作者:某某  语音阅读:语音阅读 (the button named twice) and 2020-07-22新闻5 (a list's
    date, column and count glued) over the story."""
    raw = read_text(f"{TITLE}\n刊发日期:2018-09-26 阅读次数: 作者:常某某  语音阅读:语音阅读\n2020-07-22新闻5\n\n{LEAD}\n\n{BODY}\n")
    assert raw.metadata == {"刊发日期": "2018-09-26", "作者": "常某某"}
    assert paragraph_texts(raw) == [LEAD, BODY]


def test_a_sites_link_in_a_bar_separated_byline_is_no_part_of_a_value() -> None:
    """發佈時間:… | 進入復興論壇 | 來源:某某電視臺 | 手機看視頻: the forum's and the phone video's links are
    the site's, not the source's name."""
    row = parse_metadata_line("發佈時間:2011年11月08日 19:24 | 進入復興論壇 | 來源:某某網絡電視臺 | 手機看視頻")
    assert row == {"发布时间": "2011年11月08日 19:24", "来源": "某某網絡電視臺"}
    assert parse_metadata_line("作者：罗某某  发布时间：2011-11-29 15:44:29 | 浏览次数：12") == {"作者": "罗某某", "发布时间": "2011-11-29 15:44:29"}


def test_what_a_site_sets_under_the_authors_bracketed_credit_goes() -> None:
    """(作者:某某) closing the story, the site's links to the stories before and after it glued under it."""
    raw = read_text(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n(作者:孙某某)\n\n某镇上演“浑水摸鱼”大戏，选手们全身稀泥某县召开职业病防治工作会\n")
    assert paragraph_texts(raw) == [LEAD, BODY]
    assert raw.metadata.get("作者") == "孙某某"
    top = read_text(f"{TITLE}\n（作者：孙某某）\n\n{LEAD}\n\n{BODY}\n")  # Must NOT touch: the byline at the top
    assert paragraph_texts(top) == [LEAD, BODY]
