"""The head and foot of reposted pages: a summary box over the text under a keywords field, a
repost's lead over the page's field row, a story's main line in 【】 over its subtitle, a
headline's occasion over the report's own, a hijacked mirror's casino brand in place of an
organ's name, a writing site's course advert, a layout table's bar after the last line, a
recommendation box at the foot. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline

NOTICE = "关于春节期间对某某路实行临时交通管制的通告"
LEAD = "为确保春节期间道路交通安全、畅通，根据《中华人民共和国道路交通安全法》第三十九条规定，某市公安局交通警察支队决定对有关路段采取临时交通管制措施。现就有关事项通告如下："
CLAUSES = "一、管制时间\n2月9日至11日。\n二、有关措施\n管制期间，禁止一切车辆通行，请广大市民群众尽量采用公共交通工具出行。\n特此通告。\n"


def test_a_keywords_field_is_metadata_and_a_summary_box_repeating_the_text_is_not_read() -> None:
    # The summary is the title run into the lead, cut off, and the page's word filter changed a
    # few words of the text's copy (某市局交警支队 for 某市公安局交通警察支队).
    summary = f"{NOTICE}{LEAD}一、管制"
    text = LEAD.replace("某市公安局交通警察支队", "某市局交警支队")
    page = read_text(f"发布时间:2024-02-05 08:28:02\n内容来源:互联网\n关键词汇:某某路交通管制,某某路限行\n内容简介\n{summary}\n{NOTICE}\n{text}\n{CLAUSES}")
    assert page.title == NOTICE
    assert page.metadata["关键词汇"] == "某某路交通管制，某某路限行"
    texts = paragraph_texts(page)
    assert "内容简介" not in texts
    assert not any(t.startswith(NOTICE) for t in texts)
    assert texts[0] == text
    assert any(f.kind == "summary-repeat" for f in page.findings)


def test_a_summary_box_the_text_does_not_repeat_is_read() -> None:
    summary = "春节期间，某某路将实行临时交通管制，市民出行请提前规划路线，选择公共交通工具。"
    page = read_text(f"发布时间:2024-02-05 08:28:02\n内容简介\n{summary}\n{NOTICE}\n{LEAD}\n{CLAUSES}")
    assert summary in paragraph_texts(page)


def test_a_repost_lead_over_the_page_field_row_keeps_the_row_as_fields() -> None:
    lead = "《2023年某某区政府工作报告》2023年2月8日，区长某某在某某区第三届人民代表大会第三次会议上，代表区人民政府作政府工作报告。现将政府工作报告全文如下。"
    row = "来源:某某企业服务中心 | 发布时间: 2024-01-06 | 8428 次浏览 | 分享到:"
    page = read_text(f"2023年某某区政府工作报告\n{lead}\n{row}\n各位代表:\n现在，我代表区人民政府向大会报告工作，请予审议。\n")
    assert page.metadata["发布时间"] == "2024-01-06"
    texts = paragraph_texts(page)
    assert texts[0] == lead
    assert not any("浏览" in t or "来源" in t for t in texts)


def test_a_lead_that_does_not_say_the_text_follows_stops_the_head() -> None:
    lead = "2023年2月8日，区长某某在某某区第三届人民代表大会第三次会议上作政府工作报告。"
    row = "来源:某某企业服务中心 | 发布时间: 2024-01-06"
    page = read_text(f"2023年某某区政府工作报告\n{lead}\n{row}\n各位代表:\n现在，我代表区人民政府向大会报告工作，请予审议。\n")
    assert "发布时间" not in page.metadata


def test_a_story_main_line_in_brackets_stays_in_the_title_and_a_topic_label_goes() -> None:
    subtitle = "学习贯彻重要讲话精神 研究部署文化传承等事项"
    story = "市政府常务会议召开。会议传达学习了有关精神，研究部署了下一步工作。"
    page = read_text(f"【某某主持召开市政府常务会议】 {subtitle}\n发布时间：2023年06月14日\n{story}\n")
    assert page.title == f"【某某主持召开市政府常务会议】 {subtitle}"
    page = read_text(f"【聚焦2026某省两会】 {subtitle}\n发布时间：2023年06月14日\n{story}\n")
    assert page.title == subtitle


def test_an_issuing_organ_in_brackets_before_the_title_stays_in_it() -> None:
    body = "某县气象局预报：8月20日晚到8月21日白天，阴有中到大雨，部分乡镇有暴雨。请各乡镇做好防范工作。\n"
    page = read_text(f"【某某县防汛防地灾专班】风险预警响应通知单\n（8月20期）\n{body}")
    assert page.title == "【某某县防汛防地灾专班】风险预警响应通知单"
    page = read_text(f"【聚焦汛期安全】风险预警响应通知单\n（8月20期）\n{body}")
    assert page.title == "风险预警响应通知单"


def test_the_headline_occasion_over_the_report_own_occasion_is_read_once() -> None:
    own = "——2018年1月6日在某市第五届人民代表大会第三次会议上"
    body = "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2017年工作回顾\n过去一年，全市经济平稳增长。\n"
    page = read_text(f"政府工作报告——在某市五届人大三次会议上\n政府工作报告\n{own}\n市长 某某某\n{body}")
    texts = paragraph_texts(page)
    assert texts[0] == own
    assert not any(t == "——在某市五届人大三次会议上" for t in texts)


def test_a_casino_brand_in_place_of_an_organ_name_is_cut_from_the_title_and_the_text() -> None:
    text = "根据《中华人民共和国土地管理法》有关规定，因公共利益需要，需征收bet365亚洲官网 某某镇某某村属下的集体土地6.9公顷。现公告如下："
    page = read_text(f"bet365亚洲官网 征收土地预公告\n{text}\n一、征收目的：为了公共利益的需要。\n")
    assert page.title == "征收土地预公告"
    assert not any("官网" in t or "bet" in t for t in paragraph_texts(page))
    page = read_text("某某办事处2024年度工作总结\n99贵宾会(中国)官方网站 人民政府某某办事处\n2024年，某某办事处坚持稳中求进，各项工作取得新成效。\n")
    assert not any("贵宾会" in t or "官方网站" in t for t in paragraph_texts(page))


def test_an_official_site_named_in_a_sentence_stays() -> None:
    text = "市民可登录某某市人民政府官方网站查询，也可关注中国政府网。"
    page = read_text(f"关于某某事项的通知\n{text}\n")
    assert text in paragraph_texts(page)


def test_a_writing_course_advert_over_a_reposted_report_is_not_read() -> None:
    page = read_text("某市2017年政府工作报告\n公文写作培训班\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n我们举办了全市公文写作培训班。\n")
    texts = paragraph_texts(page)
    assert "公文写作培训班" not in texts
    assert "我们举办了全市公文写作培训班。" in texts


def test_a_layout_bar_after_the_last_sentence_is_dropped_and_a_table_cell_bar_is_not() -> None:
    page = read_text(f"{NOTICE}\n{LEAD}\n{CLAUSES}特此通告 某市公安局 2023年10月9日 |\n")
    assert paragraph_texts(page)[-1] == "特此通告 某市公安局 2023年10月9日"


def test_a_recommendation_box_with_its_refresh_button_ends_the_text() -> None:
    page = read_text(f"{NOTICE}\n{LEAD}\n{CLAUSES}某市公安局\n2月8日\n猜你喜欢 换一组\n热门信息\n")
    texts = paragraph_texts(page)
    assert texts[-1] == "2月8日"


def test_cells_printed_a_line_each_with_their_bars_are_still_read_as_one_table_row() -> None:
    page = read_text("某县2022年人口统计公报\n全县户籍人口情况如下。\n指 标 |\n年末数(人) |\n比重(%) |\n全县户籍人口 |\n544126 |\n100.0 |\n")
    assert paragraph_texts(page)[1:] == ["指标 年末数（人） 比重（%） 全县户籍人口 544126 100.0"]


def test_a_field_left_empty_does_not_take_the_title_line_run_into_it() -> None:
    title = "某市国民经济和社会发展第十四个五年规划纲要"
    row = "索引号:00821970-1/2021-00240 发文机关:某市发展和改革委员会 成文日期:2021年11月02日 时效性:某市国民经济和社会发展"
    page = read_text(f"标题:{title}\n{row}\n第十四个五年规划纲要\n“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。\n")
    assert page.title == title
    assert page.metadata["发文机关"] == "某市发展和改革委员会"
    assert "时效性" not in page.metadata
    assert paragraph_texts(page)[0].startswith("“十四五”时期")


def test_a_comments_link_with_its_empty_count_ends_a_field_value() -> None:
    row = "2023年06月14日 10:56:21  来源: 某某网  所属分类:新闻热点  编辑:某某某  阅读:   查看评论()"
    page = read_text(f"某市召开市政府常务会议 研究部署文化传承等事项\n{row}\n6月13日，市政府召开常务会议，研究部署下一步工作。\n")
    assert page.metadata["编辑"] == "某某某"
    assert not any("评论" in t for t in paragraph_texts(page))


def test_the_issuer_and_title_lines_under_a_numbered_headline_are_the_title() -> None:
    head = "资讯首页 > 农业快讯\n某县关于禁止露天焚烧秸秆的通告 某政通〔2017〕6号\n2017年10月23日 09:24来源:某县人民政府点击量:0\n某政通〔2017〕6号\n"
    page = read_text(f"{head}某县人民政府\n关于禁止露天焚烧秸秆的通告\n为切实做好秸秆禁烧工作，改善城乡生态环境，特通告如下：\n一、本县行政区域内禁止露天焚烧秸秆。\n")
    assert page.title == "某县人民政府关于禁止露天焚烧秸秆的通告"
    assert page.metadata["发文字号"] == "某政通〔2017〕6号"
    assert paragraph_texts(page)[0].startswith("为切实做好")


def test_what_other_readers_read_boxes_end_the_text() -> None:
    foot = "85%的人还看了\n你可能也爱看\n附近热门土地\n最新资讯\n查看更多资讯\n加载中...\n"
    page = read_text(f"{NOTICE}\n{LEAD}\n{CLAUSES}某市公安局\n2月8日\n{foot}")
    assert paragraph_texts(page)[-1] == "2月8日"
    week = read_text(f"{NOTICE}\n{LEAD}\n{CLAUSES}某市公安局\n2月8日\n一周热门\n")  # the week's most read
    assert paragraph_texts(week)[-1] == "2月8日"


def test_the_title_note_on_a_line_of_its_own_under_the_repeated_title_joins_it() -> None:
    body = "按照省委省政府的要求，特制定本方案。\n一、总体思路\n深入贯彻落实有关决策部署，加快转变农业发展方式。\n"
    page = read_text(f"当前位置:文档之家› 某某现代农业发展规划实施方案\n某某现代农业发展规划实施方案\n某某现代农业发展规划实施方案\n(2016-2020年)\n某市农业局\n{body}")
    assert page.title == "某某现代农业发展规划实施方案（2016-2020年）"
    assert "（2016-2020年）" not in paragraph_texts(page)
    page = read_text(f"某某管理办法（试行）\n（试行）\n{body}")
    assert page.title == "某某管理办法（试行）"


def test_a_sample_site_box_label_between_rules_and_its_page_marker_are_cut_from_the_text() -> None:
    rules = "-" * 30
    text = f"{rules}范文最新推荐{rules}本村村民应遵守国家法律法规，制定本村规民约。\n第一条一要弘扬美德，1/ 22尊老爱幼；不要虐待老人。\n第二条占比为1/3的土地用于集体经营。\n"
    page = read_text(f"村规民约\n{text}")
    texts = paragraph_texts(page)
    assert texts[0] == "本村村民应遵守国家法律法规，制定本村规民约。"
    assert "一要弘扬美德，尊老爱幼；不要虐待老人。" in texts[1]
    assert "1/3" in texts[2]


def test_a_shared_file_whose_text_opens_with_its_own_title_a_little_different_takes_that_title() -> None:
    name = "关于某县平乡的经济社会发展现状分析与建议精选"
    head = f"{name}\nID:33306148\n大小:154.00 KB\n资源描述:\n《{name}》由会员上传分享,免费在线阅读,更多相关内容在应用文档-天天文库\n"
    text = (
        "1、关于某县平定乡经济社会发展现状分析与建议平定乡是一个以农业为主的乡镇，盛产水稻，早在1996年就被列为全国商品粮基地。"
        "但由于农业基础设施薄弱，农村人口\n2、外出务工较多，劳动力不足。\n"
    )
    page = read_text(head + text)
    assert page.title == "关于某县平定乡经济社会发展现状分析与建议"
    assert paragraph_texts(page)[0].startswith("平定乡是一个以农业为主的乡镇")
    # A text opening with another title keeps the file's name.
    page = read_text(head + text.replace("关于某县平定乡经济社会发展现状分析与建议", "某县农业发展调研报告"))
    assert page.title == name


def test_a_notice_title_run_into_its_preamble_on_the_first_line_is_the_title() -> None:
    title = "关于《某市创新区生态环境保护规划(2022-2035年)》(征求意见稿)公开征求意见的公告"
    preamble = "为全面实施发展战略，推动城市发展格局系统性重塑，市生态环境局组织编制了《规划》。现开展编制成果公示，广泛听取公众意见和建议。"
    page = read_text(f"{title}{preamble}\n1)电子邮件：abc@example.invalid。\n2)纸质意见邮寄地址：某市某路1280号。\n")
    assert page.title == title.replace("(", "（").replace(")", "）")
    assert paragraph_texts(page)[0] == preamble
    # A plan's name as the subject of a sentence is no title run into a preamble.
    line = "某市国土空间总体规划为全面推进城市建设提供了基本依据，是全市各项建设的纲领性文件，各部门要认真组织实施，确保规划目标落到实处。"
    assert read_text(f"{line}\n各部门要加强协调配合。\n").title != "某市国土空间总体规划"


def test_a_live_transcript_keeps_its_turns_and_speakers_but_not_their_posting_stamps() -> None:
    head = "环保部部长李某就打好污染防治攻坚战答记者问\n新华网/中国政府网\n"
    turns = (
        "记者会于3月17日15时在新闻中心举行，敬请关注。[ 2018-03-16 20:20 ]\n\n主持人\n\n"
        "各位记者朋友大家下午好，欢迎参加记者会。首先，有请李某部长。[ 2018-03-17 15:06 ]\n\n李某\n\n"
        "各位记者朋友，大家下午好。首先，我代表环保部门衷心感谢大家。[ 2018-03-17 15:09 ]\n\n李某\n\n"
        "党的十八大以来，生态环境保护发生历史性变化。\n"
        "【新闻发言人 徐某】1-19 14:02:00\n女士们、先生们，大家上午好！\n"
    )
    raw = read_text(head + turns)
    texts = paragraph_texts(raw)
    assert "新华网/中国政府网" not in texts
    assert not any("2018-03" in t or "14:02" in t for t in texts)
    assert "首先，有请李某部长。" in "".join(texts) and "【新闻发言人 徐某】" in texts
    doc = parse_outline(raw)
    assert doc.sections == ()  # the speakers' names are labels of the turns, no headings


def test_a_poster_credits_and_a_read_more_button_at_the_foot_are_not_read() -> None:
    story = "下一步，交通运输部将紧紧围绕人享其行、物畅其流的目标，加快建设交通强国。"
    raw = read_text(f"交通运输部部长答记者问：去年全社会跨区域人员流动量创新高\n{story}\n统筹：某某\n设计：某某某\n制作：某某\n[ 责编：某某 ]\n阅读剩余全文(\n")
    assert paragraph_texts(raw)[-1] == story


def test_a_contact_box_worded_otherwise_is_part_of_the_footer() -> None:
    foot = "与我们联系\n  • 联系电话:+86-0512-53660867\n  • 传  真:+86-0512-53660867\n  • 邮  箱:info@example.invalid\nCopyright © 2015-2024 Example.com All Rights Reserved. 版权所有:某某网\n"
    raw = read_text(f"区政府常务会议召开 研究政府工作报告修改工作\n会议强调，要充分做好报告的完善工作。\n会议还研究了其他事项。\n{foot}")
    assert paragraph_texts(raw)[-1] == "会议还研究了其他事项。"


def test_a_portal_byline_with_its_address_time_and_paper_is_fields() -> None:
    raw = read_text("新闻中心新浪首页 > 新闻中心 > 综合 > 正文\n某某激情讲述重庆故事\nhttp://www.sina.com.cn 2005年02月25日10:03 重庆时报\n某某昨在新闻发布会上，就直辖八年来所做的工作接受媒体采访。\n")
    assert raw.metadata["发布时间"] == "2005年02月25日10:03"
    assert raw.metadata["来源"] == "重庆时报"
    assert paragraph_texts(raw)[0].startswith("某某昨在新闻发布会上")


def test_a_photo_caption_printed_twice_on_its_line_is_not_read() -> None:
    caption = "《政府工作报告》起草组负责人、某某研究室主任某某某 中国网 某某"
    story = "国务院新闻办于3月5日下午举行吹风会，请起草组负责人解读《政府工作报告》有关情况。"
    raw = read_text(f"起草组负责人：今年政策干货满满\n2019年03月05日 13:58 中国网\n{caption}{caption}\n{story}\n")
    assert paragraph_texts(raw)[0] == story
    # Words said twice inside a sentence stay.
    line = "我们要坚持发展，发展，再发展，推动高质量发展取得新成效。"
    assert line in paragraph_texts(read_text(f"某县政府工作报告\n{line}\n各位代表，让我们共同努力。\n"))


def test_a_contents_heading_is_never_a_piece_of_the_own_title_under_the_headline() -> None:
    body = "目 录\n第一部分 2022年度部门决算报表\n一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n第二部分 2022年度部门决算说明\n一、部门职责\n本部门主要负责全区财政预算管理工作。\n"
    raw = read_text(f"某市某区财政局2022年度部门决算公开\n日期:2023-09-13 来源:区财政局 打印页面 关闭页面\n2022年度部门决算公开\n{body}")
    assert raw.title == "某市某区财政局2022年度部门决算公开"
    assert raw.metadata["来源"] == "区财政局"
    texts = paragraph_texts(raw)
    assert "2022年度部门决算公开" not in texts and texts[0] == "目录"


def test_an_e_edition_page_label_and_the_paper_credit_round_a_story_are_not_read() -> None:
    story = "17日上午举行的首场记者招待会上，某某委员会副主任某某介绍了有关情况。"
    raw = read_text(f"第06版:同心奋进新时代·党的二十大特别报道\n\n首场记者招待会，这些回答很干脆\n\n《 人民政协报 》 ( 2022年10月18日   第 06 版)\n\n本报记者 某某某\n\n{story}\n")
    assert raw.title == "首场记者招待会，这些回答很干脆"
    assert raw.metadata["来源"] == "人民政协报" and raw.metadata["发布时间"] == "2022年10月18日"
    assert paragraph_texts(raw)[0] == story
    # A document's second edition keeps its label (第2版：修订说明 is no page of a paper).
    kept = read_text(f"某某技术规范\n第2版：修订说明\n{story}\n")
    assert "第2版：修订说明" in kept.title + "".join(paragraph_texts(kept))


LAND = "为规范征地程序，加强征地管理，根据《中华人民共和国土地管理法》等规定，现将拟征地有关事项公告如下：\n一、征收目的：为了公共利益的需要。\n"


def test_a_number_with_a_batch_part_after_the_title_is_metadata_set_apart_or_glued() -> None:
    page = read_text(f"某某区人民政府征收土地公告 某征〔2025〕字第3-3号\n2025-02-10 15:10\n{LAND}")
    assert page.title == "某某区人民政府征收土地公告"
    assert page.metadata["发文字号"] == "某征〔2025〕字第3-3号"
    page = read_text(f"征收土地预公告某土告字[2025]75-1号\n发布日期:2025-12-10 16:44\n{LAND}")
    assert page.title == "征收土地预公告"
    assert page.metadata["发文字号"] == "某土告字[2025]75-1号"


def test_a_number_whose_issuer_names_its_kind_is_a_number_line_not_a_title() -> None:
    page = read_text(f"关于某某事项的公告\n某某银行公告〔2019〕第8号\n{LAND}")
    assert page.title == "关于某某事项的公告"
    assert page.metadata["发文字号"] == "某某银行公告〔2019〕第8号"


def test_a_sports_betting_sites_title_spliced_into_a_sentence_is_cut() -> None:
    spam = "热某体育官网_热某体育在线¥注册平台app下载"
    page = read_text(f"某某主持召开县政府常务会议\n县长指出，某某度假区建设项目是{spam}文化旅游产业发展的核心。\n")
    assert paragraph_texts(page) == ["县长指出，某某度假区建设项目是文化旅游产业发展的核心。"]
    page = read_text("某某体育局工作总结\n请登录省体育官网查询赛事安排。\n")
    assert paragraph_texts(page) == ["请登录省体育官网查询赛事安排。"]


def test_a_field_table_row_of_topic_words_and_genre_is_metadata() -> None:
    rows = "信息索引号 | 012925369/2023-00101 | 发布时间 | 2023-02-11 | ||\n主题词 | 其他 | 体裁 | 其他 |\n"
    page = read_text(f"某某主持召开县政府常务会议\n{rows}2月9日，县长主持召开县政府常务会议。\n")
    assert page.metadata["体裁"] == "其他" and page.metadata["主题词"] == "其他"
    assert paragraph_texts(page) == ["2月9日，县长主持召开县政府常务会议。"]


CLOSURE = "为确保活动顺利进行，决定于4月20日至22日对活动区域实施交通管制，现通告如下：\n一、管制期间，禁止无通行证的车辆通行。\n"


def test_a_content_farms_tag_and_a_reposts_mark_before_the_title_are_not_read() -> None:
    page = read_text(f"环球热消息：提醒！明天起某市这里将交通管制3天\n2023-04-19 10:16:26 来源: 某某网\n{CLOSURE}")
    assert page.title == "提醒！明天起某市这里将交通管制3天"
    page = read_text(f"转发：《某县2023年政务公开工作要点》政策解读\n发布时间：2023-05-20\n{CLOSURE}")
    assert page.title == "《某县2023年政务公开工作要点》政策解读"


def test_a_follow_prompt_over_a_note_that_the_picture_only_illustrates_is_not_read() -> None:
    page = read_text(f"某市这里将交通管制3天\n2023-04-19 10:16:26 来源: 某某网\n关注某某热线\n\n(资料图片仅供参考)\n\n{CLOSURE}")
    assert paragraph_texts(page)[0].startswith("为确保活动顺利进行")
    assert read_text(f"某市交通管制通告\n{CLOSURE}图片仅供参考，以现场标志为准。\n").paragraphs[-1].text == "图片仅供参考，以现场标志为准。"


def test_the_pages_address_alone_under_its_field_row_is_metadata() -> None:
    address = "http://www.example.gov.cn/zwgk/zfgzbg/202204/t20220418_73483168.html"
    body = "各位代表：\n现在，我代表县人民政府向大会作工作报告，请予审议。\n一、过去五年政府工作回顾\n过去五年，全县经济平稳增长。\n"
    page = read_text(f"2022年某某县人民政府工作报告\n2022年某某县人民政府工作报告 制定机关:某某县人民政府 2022年2月16日 |\n{address} |\n{body}")
    assert page.metadata["原文链接"] == address
    assert paragraph_texts(page)[0] == "各位代表："


READING = "文字解读：关于某某区市场监督管理局2023年政府信息公开工作年度报告的解读"
READING_BODY = "一、编制背景\n根据上级要求，本局总结本单位政府信息公开工作，编制了年度报告。\n二、编制依据\n《中华人民共和国政府信息公开条例》。\n"


def test_a_headline_labelled_as_a_reading_first_on_the_page_is_the_title_and_a_bare_index_number_a_field() -> None:
    page = read_text(f"无障碍阅读 关怀版 返回首页\n政府信息公开\n{READING}\n11370112MB2803691Q/2024-6538710\n2024-01-31\n\n{READING}\n{READING_BODY}")
    assert page.title == READING
    assert page.metadata["索引号"] == "11370112MB2803691Q/2024-6538710"
    assert "11370112" not in "".join(paragraph_texts(page))


def test_an_index_number_under_its_own_label_is_that_labels_value() -> None:
    page = read_text(f"{READING}\n信息索引号：\n11330703MB1645994J/2021-45356\n发布时间：2021-01-19\n{READING_BODY}")
    assert page.metadata["信息索引号"] == "11330703MB1645994J/2021-45356"
    assert "索引号" not in page.metadata


def test_a_column_set_with_a_dash_before_a_title_of_its_kind_is_not_read() -> None:
    body = "1 总则\n1.1 编制目的\n为提高政府保障公共安全和处置突发公共事件的能力，制定本预案。\n"
    page = read_text(f"应急预案—某某市突发公共事件总体应急预案\n发布时间：2023-05-20\n{body}")
    assert page.title == "某某市突发公共事件总体应急预案"
    page = read_text(f"乡村振兴—某某县农村人居环境整治实施方案\n发布时间：2023-05-20\n{body}")
    assert page.title == "乡村振兴—某某县农村人居环境整治实施方案"  # a topic, no kind the title ends with


def test_a_work_reports_occasion_in_brackets_and_its_speaker_on_the_title_line_are_read_under_it() -> None:
    line = "政府工作报告 (2019年1月21日在某某市第十三届人民代表大会第四次会议上) 某某市人民政府市长 王某某"
    page = read_text(f"{line}\n\n发布时间:2021-08-07 点击率:\n\n各位代表:\n\n现在，我代表市人民政府向大会报告工作，请予审议。\n")
    assert page.title == "政府工作报告"
    assert paragraph_texts(page)[0].startswith("2019年1月21日在某某市第十三届人民代表大会第四次会议上")
