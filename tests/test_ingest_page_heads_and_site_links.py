"""The head and foot of scraped pages (issue 17): a field block of a label and its value a line
each with the next label glued to a value, a site's name and motto over its breadcrumb trail, a
notice to the public printed under an aggregator's headline, a journal database's page, and a
footer's row of the site's own links. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import finding_kinds, page_read_aloud, paragraph_texts

from audiojiedu.ingest import read_text

_NOTICE = [
    "各镇人民政府，各街道办事处，县政府各部门：",
    "《某县行政规范性文件管理办法》已经县政府同意，现印发给你们，请遵照执行。",
]


def test_a_label_glued_to_the_value_above_takes_the_value_under_it() -> None:
    lines = [
        "标题",
        "某县人民政府关于印发某县行政规范性文件管理办法的通知发文机关",
        "某县人民政府办公室",
        "发文字号",
        "某政发〔2021〕1号",
        "成文日期",
        "2021-03-26",
        "某县人民政府关于印发某县行政规范性文件管理办法的通知",
        *_NOTICE,
    ]
    raw = read_text("\n".join(lines))
    assert raw.title == "某县人民政府关于印发某县行政规范性文件管理办法的通知"
    assert raw.metadata["发文机关"] == "某县人民政府办公室" and raw.metadata["发文字号"] == "某政发〔2021〕1号"
    assert paragraph_texts(raw) == _NOTICE
    # a value that only ends with a label's words, over a label, is left whole
    whole = read_text("\n".join(["发布机构", "某县统计局发文机关", "成文日期", "2021-03-26", *lines[7:]]))
    assert whole.metadata["发布机构"] == "某县统计局发文机关"


_AGGREGATOR = [
    "某某百科，有趣实用的生活常识！",
    "",
    "手机版",
    "",
    "有趣实用的生活常识！",
    "",
    "当前位置：首页 > 社会热点",
    "",
    "2024某市春节某区烟花爆竹政策最新",
    "",
    "时间：2024-05-22人气：作者： 佚名",
    "",
    "2024某市春节某区烟花爆竹政策最新",
    "",
    "  小编会持续关注最新消息，及时更新哦！",
    "",
    "  某市某区人民政府关于深入贯彻落实《某省大气污染防治条例》的通告",
    "",
    "  为有效防治噪声和大气污染，进一步改善全区环境空气质量，按照《某省大气污染防治条例》的规定，"
    "各镇、街道办事处要加强烟花爆竹相关法律法规宣传教育，严厉打击非法燃放烟花爆竹行为。",
    "",
    "  某市某区人民政府",
    "",
    "  2023年12月25日",
]


def test_a_sites_motto_over_its_trail_and_a_public_notice_under_the_headline() -> None:
    raw = read_text("\n".join(_AGGREGATOR))
    # the notice to the public prints no addressee: its text opens right under its own title
    assert raw.title == "某市某区人民政府关于深入贯彻落实《某省大气污染防治条例》的通告"
    assert paragraph_texts(raw)[0].startswith("为有效防治噪声")
    spoken = page_read_aloud(raw)
    for chrome in ("有趣实用", "手机版", "人气", "佚名", "政策最新", "小编"):
        assert chrome not in spoken, chrome
    # the motto goes with a finding, never silently
    assert any("有趣实用的生活常识" in finding.text for finding in raw.findings)
    assert raw.metadata["作者"] == "佚名"


def test_a_headline_over_a_notice_that_addresses_nobody_and_no_text_keeps_the_headline() -> None:
    # Not a notice to the public (a 通知 without an addressee under it): the page's headline stays.
    lines = [line.replace("的通告", "的通知") for line in _AGGREGATOR[6:]]
    assert read_text("\n".join(lines)).title == "2024某市春节某区烟花爆竹政策最新"


def test_a_journal_pages_citation_fields_and_footer_are_not_read() -> None:
    lines = [
        "首页 | 本学科首页   官方微博 | 高级检索  ",
        "在二季度全市安全生产专题会议上的讲话",
        "引用本文:某某某.在二季度全市安全生产专题会议上的讲话[J].某市人民政府公报,2006(10).",
        "作者姓名:某某某",
        "摘    要:今天,市政府召开二季度全市安全生产专题会议。下面,我讲四点意见。",
        "",
        "本文献已被 CNKI 等数据库收录!",
        "设为首页 | 免责声明 | 关于某云 | 加入收藏",
        "",
        "Copyright©北京某云科技发展有限公司  京ICP备09084417号",
    ]
    raw = read_text("\n".join(lines))
    assert raw.metadata["作者姓名"] == "某某某" and "引用本文" in raw.metadata
    spoken = page_read_aloud(raw)
    for chrome in ("引用本文", "作者姓名", "CNKI", "设为首页", "免责声明", "Copyright"):
        assert chrome not in spoken, chrome
    assert "chrome-dropped" in finding_kinds(raw)


def test_a_field_row_that_lost_some_brackets_is_fields_and_toolbar() -> None:
    lines = [
        "当前位置: 首页 > 要闻动态 > 部门动态",
        "水利局召开水利系统中层干部述职会议",
        "【信息来源:【信息时间:2024-03-15 07:31  阅读次数: 】【字号 】【我要打印】【关闭",
        "3月13日上午,水利局召开水利系统2023年度中层干部述职会议,局全体班子成员参加会议。",
    ]
    raw = read_text("\n".join(lines))
    assert raw.metadata["信息时间"] == "2024-03-15 07:31"
    assert paragraph_texts(raw) == ["3月13日上午，水利局召开水利系统2023年度中层干部述职会议，局全体班子成员参加会议。"]


def test_a_consulting_widgets_contact_at_the_foot_is_not_read() -> None:
    lines = [
        "某市水利局召开党组扩大会议",
        "会议强调，要以重点项目建设为抓手，持续推进水利基础设施建设，努力推动水利工作实现新突破。",
        "",
        "在线咨询",
        "QQ:1030896",
    ]
    raw = read_text("\n".join(lines))
    assert paragraph_texts(raw) == [lines[1]]
    assert any(finding.text == "QQ:1030896" for finding in raw.findings)


def test_an_interpretation_tagged_by_its_form_is_titled_with_its_tag() -> None:
    """【文字解读】某某关于印发…的通知 first on the page: the page's title (the page interprets the notice,
    the tag says so); the same line under a text is a link to another page."""
    answers = [
        "为什么要有这个规定？",
        "这个规定是为了让我们县的农业发展专项资金管理得更规范，用得更有效。",
        "资金怎么用？",
        "这些资金主要是无偿资助，同一个项目不会重复给钱。",
    ]
    tagged = "【文字解读】某县人民政府办公室关于印发《某县农业发展专项资金使用管理办法》的通知"
    raw = read_text("\n".join([tagged, *answers]))
    assert raw.title == tagged
    assert paragraph_texts(raw) == answers
    for form in ("音频解读", "动漫解读", "媒体解读"):  # the other forms an interpretation is published in
        assert read_text("\n".join([tagged.replace("文字解读", form), *answers])).title == tagged.replace("文字解读", form)
    linked = read_text("\n".join(["某县农业发展专项资金使用管理办法", *answers[1::2], tagged]))
    assert tagged not in paragraph_texts(linked)
    # A title that names itself an explanation (…的说明, …问答) says what the tag says: the tag goes
    # (【文字解读】《某县…纲要（草案）》的说明; ho106/23, session 51).
    explained = "《某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》的说明"
    raw = read_text("\n".join([f"【文字解读】{explained}", "发布日期:2021-07-01 15:12", *answers]))
    assert raw.title == explained
    assert "title-tag" in finding_kinds(raw)


def test_a_trail_set_with_arrows_under_the_sites_column_is_chrome() -> None:
    lines = ["法制查询", " ", " 首页→ 网站公告", " ", "某市人民政府关于2016年度法治政府建设情况的报告", "发布时间:2017年02月28日", "2016年以来，我市深入推进法治政府建设。"]
    raw = read_text("\n".join(lines))
    assert raw.title == "某市人民政府关于2016年度法治政府建设情况的报告"
    assert paragraph_texts(raw) == [lines[-1]]


def test_a_trail_set_as_a_numbered_list_is_chrome() -> None:
    """1. 当前位置: / 2. 首页 / 3. 政务信息 / 4. 某市要闻 / 5. 正文: an HTML list of crumbs saved as
    text, each crumb an item numbered on. None is read, nor taken for a heading or the title."""
    story = "3月17日，记者从市委政法委获悉，某某市被自治区平安建设领导小组命名为平安市。"
    lines = ["1. 当前位置:", "  2. 首页", "  3. 政务信息", "  4. 某市要闻", "  5. 正文", "", "某某市被命名为自治区平安市", "", story]
    raw = read_text("\n".join(lines))
    assert raw.title == "某某市被命名为自治区平安市"
    assert paragraph_texts(raw) == [story]


def test_a_skip_link_note_for_keyboard_users_is_chrome() -> None:
    """正文内容区域请使用tab按钮切换浏览 over the headline: the site's note to keyboard and screen-reader
    users, glued to the title before; neither read nor part of the title. A sentence about tabs stays."""
    story = "一、本办法出台的目的是什么？答：为规范政策文件解读工作，制定本办法。"
    raw = read_text(f"正文内容区域请使用tab按钮切换浏览\n\n关于《某区政策文件解读实施办法》的政策解读\n\n{story}\n")
    assert raw.title == "关于《某区政策文件解读实施办法》的政策解读"
    assert "tab" not in page_read_aloud(raw)
    raw = read_text(f"某区政务服务指南\n办事人员请使用TAB键盘录入材料编号后提交。\n{story}\n")
    assert "请使用TAB键盘录入材料编号后提交" in page_read_aloud(raw)


def test_a_trail_listed_from_home_with_its_last_crumb_cut_short_is_chrome() -> None:
    """1. 首页 / 2. 信息公开 / 3. 政策法规 / 4. 县规范性文... over the headline: a trail listed from
    home, its last crumb cut by the site; none of it is read nor taken for a heading."""
    notice = "各乡镇人民政府，县政府各部门："
    lines = ["1. 首页", "  2. 信息公开", "  3. 政策法规", "  4. 县规范性文...", "", "某县人民政府办公室关于印发某县防汛抗旱应急预案的通知", "", notice, "现将《某县防汛抗旱应急预案》印发给你们，请认真贯彻实施。"]
    raw = read_text("\n".join(lines))
    assert raw.title == "某县人民政府办公室关于印发某县防汛抗旱应急预案的通知"
    assert paragraph_texts(raw)[0] == notice
    assert not any("信息公开" in text or "规范性文" in text for text in paragraph_texts(raw))


def test_a_numbered_trail_opened_with_its_first_crumb_and_closed_by_the_headline_is_chrome() -> None:
    """1. 您现在的位置:首页 / 2. 时政要闻 / 3. the headline, over the headline again (ho106/02, session
    51): the opener carries the first crumb, and the last item is the page's headline; none of it
    is read, nor taken for chapters, and the headline is the title."""
    headline = "某某主持召开县长办公会 研究进一步加强疫情防控 统筹抓好改革发展稳定各项工作"
    story = "2月7日，县长某某某主持召开县长办公会，听取我县疫情防控工作情况的汇报。"
    lines = ["1. 您现在的位置:首页", "  2. 时政要闻", f"  3. {headline}", headline, "发布时间:2020年02月08日 09:00", "", story]
    raw = read_text("\n".join(lines))
    assert raw.title == headline
    assert paragraph_texts(raw) == [story]


def test_what_the_numbered_trail_rule_must_not_touch() -> None:
    """A list numbered from 1 under the title whose first item is no trail's opener stays the text's."""
    lines = ["某县关于做好春耕工作的通知", "1. 加强组织领导", "2. 抓好物资供应", "3. 强化技术服务"]
    raw = read_text("\n".join(lines))
    assert raw.title == lines[0]
    assert [text.replace(" ", "") for text in paragraph_texts(raw)] == ["1.加强组织领导", "2.抓好物资供应", "3.强化技术服务"]


def test_a_news_headline_set_over_two_lines_over_its_dated_row_is_one_title() -> None:
    story = "2月24日，某县召开县政府全体会议，县政府县长某某某，各乡镇政府、县政府各部门主要负责人参加会议。"
    lines = ["某县召开政府全体会议", "安排部署年度重点工作", "发布时间:2012年02月28日 消息来源:某县政府办公室", "", story]
    raw = read_text("\n".join(lines))
    assert raw.title == "某县召开政府全体会议安排部署年度重点工作"
    assert paragraph_texts(raw) == [story]
    # a site's name over the headline is no half of it
    site = read_text("\n".join(["某县人民政府", *lines[1:]]))
    assert site.title == "安排部署年度重点工作"


def test_a_sites_note_that_it_shows_part_of_the_text_is_not_read() -> None:
    text = "同志们：这次会议的主要任务是贯彻落实全省安全生产工作会议精神。"
    raw = read_text("\n".join(["某某同志在全市安全生产工作会议上的讲话", text, "(未完,全文共1662字,当前显示422字)", "(请认真阅读下面的提示信息)"]))
    spoken = page_read_aloud(raw)
    assert "全文共" not in spoken and "提示信息" not in spoken and "会议的主要任务" in spoken


def test_links_to_a_reports_other_versions_beside_its_toolbar_are_chrome() -> None:
    text = "本报告根据《中华人民共和国政府信息公开条例》要求编制。"
    raw = read_text("\n".join(["某县统计局2023年政府信息公开工作年度报告", "发布日期:2024-01-23", "  • 打印", "", "图解      音频", "", text]))
    assert paragraph_texts(raw) == [text]


def test_a_hacked_pages_gambling_words_over_and_before_the_headline_are_not_the_title() -> None:
    rules = ["广东省水利工程管理条例", "2019-12-17 18:08:00 文章来源: 某某人大网", "第一条 为加强水利工程的管理，制定本条例。"]
    raw = read_text("\n".join(["澳洲快三开奖结果,澳洲快三计划", "", *rules]))
    assert raw.title == "广东省水利工程管理条例"
    assert "快三" not in page_read_aloud(raw)
    tagged = read_text("\n".join(["新锦江娱乐:吉林省乡村振兴战略规划", "", " 战略规划咨询     |      2019-03-03", "", "  实施乡村振兴战略，是党中央着眼党和国家事业全局作出的重大决策。"]))
    assert tagged.title == "吉林省乡村振兴战略规划"
    assert tagged.metadata["发布时间"] == "2019-03-03"
    assert paragraph_texts(tagged) == ["实施乡村振兴战略，是党中央着眼党和国家事业全局作出的重大决策。"]
    # a notice against gambling keeps its words, and a column of culture keeps its name
    notice = "严厉打击赌场、博彩和百家乐等违法犯罪活动"
    assert notice in page_read_aloud(read_text(f"某县公安局关于严厉打击赌博违法犯罪的通告\n{notice}\n为维护社会治安秩序，特通告如下。"))


def test_a_speechs_title_glued_to_its_salutation_is_the_title() -> None:
    # (a page flattened into one long line; a short line is left as written)
    raw = read_text("乡镇镇长述职报告各位领导、同志们:我是今年二月份调入某镇的。" + "一年来，自己团结带领政府一班人，真抓实干，锐意进取。" * 30)
    assert raw.title == "乡镇镇长述职报告"
    assert paragraph_texts(raw)[0].startswith("各位领导、同志们：我是今年二月份")


def test_a_document_sites_customer_service_line_is_chrome() -> None:
    lines = ["- 25.50 KB", "- 2021-04-12 发布", "- 网站客服QQ:403074932", "镇长年度工作总结", "本人继续担任镇镇长职务。一年来，本人尽职尽责，较好地完成了全年各项任务。"]
    raw = read_text("\n".join(lines))
    assert raw.title == "镇长年度工作总结"
    assert "客服" not in page_read_aloud(raw)


def test_a_document_sites_terms_of_sale_and_dialog_under_the_excerpt_are_not_read() -> None:
    text = "在全省煤矿安全紧急视频会议上的讲话。今天召开一个临时的会议，也是一个紧急的电视电话会议。"
    foot = [
        "1、当您付费下载文档后,您只拥有了使用权限,并不意味着购买了版权,文档只能用于自身使用。",
        "2、本站所有内容均由合作方或网友上传,本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺!",
        "3、如文档内容存在违规,或者侵犯商业秘密、侵犯著作权等,请点击“违规举报”。",
        "",
        "碎片内容",
        "",
        "确认删除?",
        "回到顶部",
    ]
    raw = read_text("\n".join(["某副省长：在全省煤矿安全紧急视频会议上的讲话", text, "", *foot]))
    spoken = page_read_aloud(raw)
    for chrome in ("付费下载", "网友上传", "违规举报", "碎片内容", "删除"):
        assert chrome not in spoken, chrome
    # a notice's own numbered clauses about uploads by its users stay
    own = "1、本平台所有内容均由各部门审核后发布。\n2、各部门要认真做好信息发布工作。"
    assert "各部门审核后发布" in page_read_aloud(read_text(f"某县关于规范政务平台信息发布的通知\n为规范信息发布，通知如下。\n{own}"))


def test_a_menu_set_a_few_items_a_row_over_the_trail_and_a_flash_note_are_chrome() -> None:
    lines = [
        "logo",
        "信息公开指南 信息公开年报",
        "  组织机构      政府文件",
        "  计划规划      财政管理",
        "首页 >> 市政府信息公开 >> 信息公开目录",
        "某乡2023年政府信息公开工作年度报告",
        "发布时间: 2024-01-19",
        "一、总体情况",
        "2023年，我乡严格按照《中华人民共和国政府信息公开条例》要求，认真做好政府信息公开工作。",
    ]
    raw = read_text("\n".join(lines))
    assert raw.title == "某乡2023年政府信息公开工作年度报告"
    assert "组织机构" not in page_read_aloud(raw) and "信息公开指南" not in page_read_aloud(raw)
    flash = read_text("\n".join(["此页面上的内容需要较新版本的 Adobe Flash Player。", "", "获取 Adobe Flash Player", *lines[5:]]))
    assert "Flash" not in page_read_aloud(flash) and flash.title == lines[5]


def test_a_box_of_the_sites_hot_list_under_the_story_is_chrome() -> None:
    story = "调研组强调，营商环境是一个地区经济软实力的重要表现，要营造高效快捷的营商环境。"
    raw = read_text("\n".join(["某县人大：助力优化营商环境", "发布时间：2024-05-06", story, "", "热点排行"]))
    assert paragraph_texts(raw) == [story]


def test_a_law_librarys_bracketed_fields_after_the_title_are_fields() -> None:
    title = "某市人民政府办公室关于印发某市2019年政务公开工作要点的通知"
    line = (
        f"{title}文章属性•【制定机关】某市人民政府办公室•【公布日期】2019.06.25•【字号】•【施行日期】2019.06.25"
        f"•【效力等级】地方规范性文件•【时效性】现行有效•【主题分类】行政法总类综合规定正文{title}"
        "各县（市、区）人民政府，市政府各部门：《某市2019年政务公开工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。"
    )
    raw = read_text("\n".join(["合集下载", "", title, "", line]))
    assert raw.title == title
    assert raw.metadata["制定机关"] == "某市人民政府办公室" and raw.metadata["时效性"] == "现行有效"
    spoken = page_read_aloud(raw)
    assert "文章属性" not in spoken and "效力等级" not in spoken
    assert "各县（市、区）人民政府" in spoken


def test_a_scrapers_guard_glued_after_every_paragraph_is_cut() -> None:
    mark = "wYm某省人民政府研究室"
    lines = [
        f"抓住用好千载难逢战略机遇{mark}",
        f"奋力开创高质量发展新局面{mark}",
        f"  ——2019年《某省政府工作报告》解读{mark}",
        f"  某省十三届人大二次会议审议通过了《政府工作报告》。《报告》系统总结了过去一年政府工作。{mark}",
        "  一是切实提高政治站位。报告全面落实中央经济工作会议部署。",
    ]
    raw = read_text("\n".join(lines))
    assert "wYm" not in page_read_aloud(raw) and "研究室" not in page_read_aloud(raw)
    # two slogans over the dash of a subtitle are one headline with it
    assert raw.title.startswith("抓住用好千载难逢战略机遇奋力开创高质量发展新局面")
    # a mark found at the end of fewer lines is left: it may be the text's own words
    kept = read_text("某县工作报告\n全县经济稳中有进。资料来源ABC某县统计局\n二是民生改善。")
    assert "某县统计局" in page_read_aloud(kept)


def test_a_collections_count_after_the_title_is_no_part_of_it() -> None:
    """…的通知（共12篇） over a model-essay site's pieces: the site's count of its collection."""
    title = "关于做好2007年度公务员年度考核工作的通知"
    raw = read_text(f"{title}（共12篇）\n2024-11-12\n为切实做好年度考核工作，现将有关事项通知如下。\n一、考核时间\n考核工作于12月底前完成。\n")
    assert raw.title == title
    assert any(finding.kind == "title-tag" for finding in raw.findings)


def test_a_tender_platforms_state_badge_after_the_title_and_an_empty_counter_glued_to_the_stamp() -> None:
    """…资格预审公告（代招标公告）[文件获取中] / 发布时间：2020-07-16 18:25浏览：次: the platform's badge of the
    notice's state and the counter its script left empty are the site's."""
    title = "某某道路延伸工程施工总价承包招标资格预审公告（代招标公告）"
    raw = read_text(f"{title}[文件获取中]\n发布时间：2020-07-16 18:25浏览：次\n1. 招标条件\n本招标项目已由某市发展和改革委员会批准建设。\n")
    assert raw.title == title
    assert raw.metadata["发布时间"] == "2020-07-16 18:25"


def test_a_box_of_links_over_the_story_with_its_posters_and_ages_is_not_read() -> None:
    """相关文章推荐 / 某某  ·  Some title ...·  1 年前    · (a link-sharing site's box, each item a
    poster, a cut-off title and how long ago) over the story: neither the header nor an item is
    read, the items are never run together as a wrapped paragraph, and the headline under them is
    the title."""
    items = [f"网友{name}  ·  Some article title {n} ...·  {n} 年前    · " for n, name in enumerate("甲乙丙丁", start=1)]
    body = "《纲要》坚持目标导向和问题导向相结合，研究设置发展目标和指标，并对各项指标的含义作了说明和解释。"
    long_lines = [body + "这些指标体现了高质量发展的要求，突出了创新驱动和民生福祉，具有很强的针对性。"] * 6
    raw = read_text("\n".join(["相关文章推荐", *items, "", "某某规划《纲要》解读之四：主要目标和指标", "", body, "", *long_lines]))
    assert raw.title == "某某规划《纲要》解读之四：主要目标和指标"
    spoken = page_read_aloud(raw)
    for chrome in ("相关文章推荐", "网友", "年前", "article"):
        assert chrome not in spoken, chrome


def test_a_portals_links_and_trail_over_a_question_headline_are_not_read() -> None:
    """某某网站 / 某某 ChinaRen 17173 焦点房地产 / 某某新闻-某某网站 / 新闻中心 > 综合 over 985件提案如何处理？:
    a portal's links, its browser title and its trail over a headline that asks its question; none
    is the title, none is read."""
    lines = ["某某网站", "某某 ChinaRen 17173 焦点房地产 某某", "某某新闻-某某网站", "新闻中心 > 综合", "", "985件政协委员提案如何处理?", ""]
    text = "市政协十届五次会议共收到985件提案。记者昨天就此采访了市政协提案办主任。"
    raw = read_text("\n".join([*lines, text, ""]))
    spoken = page_read_aloud(raw)
    for chrome in ("ChinaRen", "新闻中心", "某某网站"):
        assert chrome not in spoken and chrome not in raw.title, chrome
    assert "985件政协委员提案如何处理？" in spoken


def test_an_e_papers_dateline_with_its_weekday_is_the_pages_stamp() -> None:
    """某市人大首场新闻发布会举行 / 某某日报 2010年03月05日 星期一 / the story: the paper's name and the
    day it printed it, with the weekday, are a field, not read."""
    raw = read_text("某市人大首场新闻发布会举行\n\n某某日报 2010年03月05日 星期一\n\n今天上午11时，某市人大首场新闻发布会在市会议中心举行。\n")
    assert raw.title == "某市人大首场新闻发布会举行"
    assert paragraph_texts(raw) == ["今天上午11时，某市人大首场新闻发布会在市会议中心举行。"]


def test_a_sites_address_the_stamp_and_the_outlet_under_the_headline_are_fields() -> None:
    """http://www.example.com.cn 2004年12月29日11:43 某某网-某某都市报 under the headline: the portal's
    address, the stamp and the outlet that ran the story (no label), not read."""
    text = "国务院新闻办公室28日首次对外公布了国家机关新闻发言人的名单和通讯联络方式。"
    raw = read_text(f"国家机关新闻发言人名单联络方式公布\nhttp://www.example.com.cn 2004年12月29日11:43 某某网-某某都市报\n{text}\n")
    assert raw.metadata["发布时间"] == "2004年12月29日11:43" and raw.metadata["来源"] == "某某网-某某都市报"
    assert paragraph_texts(raw) == [text]


def test_a_pictures_captions_printed_twice_under_the_byline_are_not_read() -> None:
    """某某官员在电视问政节目上。 twice, 观众举牌表态。 均为荧屏图片 twice, under the byline: each picture's
    text and its caption, the pictures lost; the story starts under them. A line said once stays."""
    story = "一场电视问政节目，让上场官员倍感压力。前日，某市今年第一场电视问政节目举行。"
    captions = ["某市官员在电视问政节目上。", "某市官员在电视问政节目上。", "观众举牌表态。 均为荧屏图片", "观众举牌表态。 均为荧屏图片"]
    raw = read_text("\n\n".join(["某市电视问政 观众现场举牌回应", "来源:某某新闻 时间:2020-05-02 02:56", *captions, story]) + "\n")
    assert paragraph_texts(raw) == [story]
    once = read_text("\n\n".join(["某市电视问政 观众现场举牌回应", "来源:某某新闻 时间:2020-05-02 02:56", "某市官员在电视问政节目上。", story]) + "\n")
    assert paragraph_texts(once) == ["某市官员在电视问政节目上。", story]


def test_a_text_librarys_back_link_and_its_name_over_the_headline_and_at_the_foot_are_not_read() -> None:
    """回目录 / 某某网 / 国务院关于…的批复 / 国函〔1992〕28号 … 国务院 / 一九九二年三月十六日 / 回目录 / 某某网: the
    library's link back to its contents and its name, over the headline and again at the foot."""
    raw = read_text(
        "回目录\n秀文网\n国务院关于设立某某经济技术开发区的批复\n\n国函〔1992〕28号\n\n某省人民政府：\n"
        "你省的请示收悉。现批复如下：同意设立某某经济技术开发区。\n国务院\n一九九二年三月十六日\n回目录\n秀文网"
    )
    assert raw.title == "国务院关于设立某某经济技术开发区的批复"
    texts = paragraph_texts(raw)
    assert "回目录" not in texts and "秀文网" not in texts and texts[-1] == "一九九二年三月十六日"


def test_a_column_boxs_header_and_the_trails_last_crumb_over_the_headline_are_not_the_title() -> None:
    """当前位置：首页 > 部门信息公开目录 > 县水利局 > 信息公开指南 / 网站栏目 / 信息公开指南 / 某县水利局信息公开指南:
    the box of the site's columns, its header and the column it shows, over the page's headline."""
    raw = read_text(
        "您当前所在位置: 首页 > 部门信息公开目录 > 县水利局 > 信息公开指南\n\n网站栏目\n\n信息公开指南\n\n某县水利局信息公开指南\n\n"
        "为便利社会公众获取某县水利局的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。\n一、主动公开\n（一）公开范围\n"
    )
    assert raw.title == "某县水利局信息公开指南"
    assert "网站栏目" not in paragraph_texts(raw)


def test_the_menu_item_for_the_sites_apps_over_its_accounts_is_no_half_of_the_headline() -> None:
    """移动端应用 / 政务微信 / 政务微博 / 智能问答 / 登录个人中心 over a service guide's headline: the site's
    menu, none of it the first line of a broken title."""
    raw = read_text("移动端应用\n政务微信\n政务微博\n智能问答\n登录个人中心\n信访行政服务事项办事指南\n1.事项名称\n信访\n2.事项类别\n非行政许可\n")
    assert raw.title == "信访行政服务事项办事指南"
    assert "移动端应用" not in " ".join(paragraph_texts(raw))


def test_a_dashed_trail_from_home_and_a_document_source_field_leave_the_headline_whole() -> None:
    """• 新闻发布会 首页-新闻中心-新闻发布会 / 全区政务公开工作新闻发布会召开 / 文档来源:内蒙政府网 / 发布时间:…:
    the column and its trail set with dashes are the site's; the source field under the headline is a
    field, never the headline's second line."""
    raw = read_text(
        "• 新闻发布会 首页-新闻中心-新闻发布会\n\n    全区政务公开工作新闻发布会召开\n\n    文档来源:内蒙政府网\n\n"
        "    发布时间:2020-07-10 17:16\n\n    7月9日上午，自治区政府新闻办组织召开全区政务公开工作新闻发布会。\n"
    )
    assert raw.title == "全区政务公开工作新闻发布会召开"
    assert raw.metadata["文档来源"] == "内蒙政府网"
    assert not any("首页" in text for text in paragraph_texts(raw))


def test_a_portals_bracketed_lead_label_under_the_headline_is_not_read_but_the_lead_is() -> None:
    """北京发改委称明年将继续调控举措 / [导读]昨日，市政府新闻发言人首次亮相。 under the headline: the
    portal's label is not read; the lead after it is the story's own words and is."""
    for label in ("[导读]", "【摘要】"):
        raw = read_text(
            f"北京发改委称明年将继续调控举措\n{label}昨日，市政府新闻发言人首次亮相，介绍明年经济调控安排。\n"
            "房市限购、车市限购，今年北京采取的上述经济调控政策，明年仍将延续。\n"
        )
        texts = paragraph_texts(raw)
        assert texts[0] == "昨日，市政府新闻发言人首次亮相，介绍明年经济调控安排。"


def test_a_headline_printed_over_and_under_its_byline_is_the_title_though_it_holds_a_comma() -> None:
    """当前位置：首页 > 西行快报 > / 今天，国新办把“话筒”递给了大美青海 / 作者：青海日报 时间：… / the same line
    again / the text: the line on both sides of the byline is the headline, not a picture's caption
    printed twice; it is read once, as the title."""
    headline = "今天，国新办把“话筒”递给了大美青海"
    raw = read_text(
        f"当前位置:首页 > 西行快报 > \n\n{headline}\n\n作者:青海日报 时间:2019-09-05 10:09:31 浏览量:\n{headline}\n\n"
        "9月4日，国务院新闻办公室在北京举行新闻发布会，介绍青海生态文明建设情况。\n"
    )
    assert raw.title == headline
    assert headline not in paragraph_texts(raw)


def test_a_columns_link_alone_with_its_arrow_under_the_byline_is_not_read() -> None:
    """国务院新闻办新年招待会 / 澎湃新闻记者 某某 / 2017-12-20 13:38 / 来源：澎湃新闻 / 中国政库 > / 字号: the
    column the story is filed under, a link with its arrow; a sentence of the text is read."""
    raw = read_text(
        "国务院新闻办新年招待会：以开放姿态介绍真实立体全面的中国\n\n2017-12-20 13:38\n来源：澎湃新闻\n中国政库 >\n字号\n\n"
        "及时回应公众关切，权威解读最新政策，新闻发言人直呼“忙不过来”。\n"
    )
    assert raw.title.startswith("国务院新闻办新年招待会")
    assert not any("政库" in text for text in paragraph_texts(raw))
