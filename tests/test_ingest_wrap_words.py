"""Breaks a copy left inside a word or a clause (issue 17, "no pause inside a word"): the spaces a
PDF copy leaves inside clauses, a clause cut one or two characters in (across a blank line), and a
dateline without its dash. Made-up examples."""

from __future__ import annotations

from audiojiedu.ingest.wrap import join_wrapped_lines


def test_single_spaces_inside_clauses_of_a_pdf_copy_are_closed_with_a_finding() -> None:
    lines = [
        "第三条  为落实各项创业扶持政策，根据《中华 人民共和国预算法》《某省人民政府关于 印发〈资金管理办法〉的通知》《财政部  民政 部关于某事的通知》，制定本办法。",
        "第四条  本办法所称补助资金由县级以上人民政府设 立，通过一般 公共预算安排。",
    ]
    joined, findings = join_wrapped_lines(lines)
    assert joined == [
        "第三条  为落实各项创业扶持政策，根据《中华人民共和国预算法》《某省人民政府关于印发〈资金管理办法〉的通知》《财政部  民政部关于某事的通知》，制定本办法。",
        "第四条  本办法所称补助资金由县级以上人民政府设立，通过一般公共预算安排。",
    ]
    assert [f.kind for f in findings] == ["hard-wrap"] and "5 个" in findings[0].message


def test_spaces_between_fields_names_and_keywords_stay() -> None:
    lines = [
        "作者：王某 来源：某县融媒体中心 时间：2024-05-06",
        "主题词 某县 人民政府 办公室 通知",
        "某县人民政府代县长 李某",
        "《财政部  人力资源社会保障部关于做好就业工作的通知》，请遵照执行。",
        "会议要求，各单位 认真落实。",  # one such space in the text: no flattened copy
    ]
    assert join_wrapped_lines(lines) == (lines, [])
    flattened = ["当前位置：首页 政务公开 关于某乡预算的报告 时间：2019-01-29 微信 微博 关于某乡预算的报告，各位代表：现在报告。"]
    assert join_wrapped_lines(flattened)[0] == flattened
    headings = ["全镇 （一）增收节支，成效明显 全年收入，人居 环境改善。二、主要措施 加快建设，治理 水平提升。"]
    assert join_wrapped_lines(headings)[0] == headings  # two spaces in clauses only: under the run
    flattened_headings = [
        "全年完成目标，任务圆满。 （－）狠抓征管，确保收入增长 支持税务部门，改进方式。 （二） 调结构，保重点支出 一是安排支出，从实际出发。"
    ]
    assert join_wrapped_lines(flattened_headings)[0] == flattened_headings
    run_in = ["一、基本情况 今年以来，全镇扶持 政策落实，人居 环境改善，治理 水平提升。"]
    assert join_wrapped_lines(run_in)[0] == ["一、基本情况 今年以来，全镇扶持政策落实，人居环境改善，治理水平提升。"]


def test_a_slogans_parallel_phrases_keep_their_space() -> None:
    lines = ["本次活动围绕“建设美丽乡村 共享幸福生活”展开，由县财政 局牵头，各乡镇 配合，县直各部门 参与。"]
    joined, findings = join_wrapped_lines(lines)
    assert joined == ["本次活动围绕“建设美丽乡村 共享幸福生活”展开，由县财政局牵头，各乡镇配合，县直各部门参与。"]
    assert "3 个" in findings[0].message
    # Halves of unequal length inside the quotation: a printed line cut there, closed.
    lines = ["本次活动围绕“放管服 改革”展开，由县财政 局牵头，各乡镇 配合，县直各部门 参与。"]
    assert join_wrapped_lines(lines)[0] == ["本次活动围绕“放管服改革”展开，由县财政局牵头，各乡镇配合，县直各部门参与。"]


def test_a_clause_cut_after_one_or_two_characters_is_joined_across_a_blank_line() -> None:
    lines = ["（三）统筹推进，协同发力。强化部门联动，充", "", "分发挥各类市场主体作用，形成工作合力。"]
    joined, findings = join_wrapped_lines(lines)
    assert joined == ["（三）统筹推进，协同发力。强化部门联动，充分发挥各类市场主体作用，形成工作合力。"]
    assert findings and findings[0].kind == "hard-wrap"
    recipients = ["各县、区人民政府，某某经济开发区、某某高新区、南京", "江宁合作园区，市各委、办、局："]
    assert join_wrapped_lines(recipients)[0] == ["各县、区人民政府，某某经济开发区、某某高新区、南京江宁合作园区，市各委、办、局："]


def test_a_title_or_a_finished_line_is_not_joined_to_the_next() -> None:
    title = ["某县关于表彰2024年度先进集体、个人", "", "各乡镇、各部门："]
    assert join_wrapped_lines(title) == (title, [])
    heading = ["会议强调，各单位要认真抓好落实，确保实效", "", "二、工作要求"]
    assert join_wrapped_lines(heading) == (heading, [])
    bulletin = ["全年地区生产总值增长，其中服务业增长3%。 二、农业", "全县实现农林牧渔业增加值，比上年增长。"]
    assert join_wrapped_lines(bulletin)[0] == bulletin
    field = ["经研究，同意设立某某、某", "发布时间：2024-01-02"]
    assert join_wrapped_lines(field) == (field, [])


def test_a_dateline_that_opens_with_its_date_is_one_line() -> None:
    lines = ["2024年1月18日在某县第十七届", "人民代表大会第三次会议上", "某县人民政府县长 王某"]
    joined, _ = join_wrapped_lines(lines)
    assert joined == ["2024年1月18日在某县第十七届人民代表大会第三次会议上", "某县人民政府县长 王某"]
    plain = ["2024年1月18日在某县召开会议", "各位代表："]
    assert join_wrapped_lines(plain)[0] == plain


def test_a_headline_printed_twice_over_hard_wrapped_text_stays_two_lines() -> None:
    # The page's headline and the document's own title, one under the other, as wide as the
    # wrap: the copy is no cut line, and joining them would read the title twice as one.
    headline = "2021年某市人民政府政务服务中心部门决算说明书"
    body = [
        "本部门主要职责是贯彻执行国家和省市有关行",
        "政审批制度改革的方针政策和法律法规，负责",
        "统筹推进全市政务服务体系建设，指导县区政",
        "务服务中心的业务工作，承担市政府交办的其",
        "他事项，组织协调各进驻部门的审批工作，监",
        "督进驻窗口的服务质量。",
    ]
    joined, _ = join_wrapped_lines([headline, headline, "", *body])
    assert joined == [headline, headline, "", "".join(body)]


def test_a_book_title_bracket_that_never_closes_joins_nothing() -> None:
    # A listing headline cut short with 《 open, over the document's own lines: before, the open
    # bracket ran the title, the number and the salutation into one paragraph.
    lines = [
        "《某省进一步支持民间投资发展实",
        "",
        "某省人民政府办公厅关于印发某省",
        "",
        "进一步支持民间投资发展",
        "",
        "某府办〔2023〕5号",
        "各市人民政府，省政府各部门：",
        "《某省进一步支持民间投资发展的实施方案》已经省人民政府同意，现印发给你们。",
    ]
    joined, _ = join_wrapped_lines(lines)
    assert [line for line in joined if line] == [line for line in lines if line]


def test_a_book_title_broken_over_lines_is_joined_when_it_closes() -> None:
    lines = ["关于印发《某市贯彻落实〈关于打好经济", "增长主动仗的意见〉实施", "方案》的通知", "各区人民政府："]
    joined, _ = join_wrapped_lines(lines)
    assert joined == ["关于印发《某市贯彻落实〈关于打好经济增长主动仗的意见〉实施方案》的通知", "各区人民政府："]


def test_a_list_item_whose_title_opens_with_a_year_is_a_line_of_its_own() -> None:
    # A contents list of tables (1、2023年度某县…表) as wide as a hard wrap: each item begins
    # with its number and a year, and the item above it ends without a sentence mark.
    body = [
        "本部门主要职责是贯彻执行国家和省市有关行",
        "政审批制度改革的方针政策和法律法规，负责",
        "统筹推进全市政务服务体系建设，指导县区政",
        "务服务中心的业务工作，承担市政府交办的其",
        "他事项，组织协调各进驻部门的审批工作。",
    ]
    items = [
        "1、2023年度某县一般公共预算收入决算表",
        "2、2023年度某县一般公共预算支出决算表",
        "3、2023年度某县政府性基金预算收入决算",
    ]
    joined, _ = join_wrapped_lines([*body, "", *items])
    assert joined == ["".join(body), "", *items]


def test_a_wrapped_line_that_opens_with_two_listed_months_runs_on() -> None:
    # 1、2月份 is two months in a sentence, not an item: only a four-digit year after N、 opens one.
    lines = [
        "本部门主要职责是贯彻执行国家和省市有关行",
        "政审批制度改革的方针政策和法律法规，负责",
        "统筹推进全市政务服务体系建设，指导全县第",
        "1、2月份的业务工作，承担市政府交办的其他",
        "事项，组织协调各进驻部门的审批工作。",
    ]
    joined, _ = join_wrapped_lines(lines)
    assert joined == ["".join(lines)]
def test_list_items_numbered_before_a_year_are_lines_of_their_own() -> None:
    # A contents of tables, every entry 4、2022年… and all of one width, as a wrapped text's lines
    # are: the year after the marker is no decimal (4.2), so each entry stays a line.
    entries = [f"{n}、2022年度某某区政府性基金预算本级支出决算表" for n in range(1, 9)]
    joined, _ = join_wrapped_lines(entries)
    assert joined == entries


def test_list_items_numbered_with_a_dot_before_a_year_are_lines_of_their_own() -> None:
    # The same contents numbered 1.2023年…: 2.2023 followed by 年 is no decimal but an item's number.
    entries = [f"{n}.2023年某某区区级一般公共预算收入执行情况表" for n in range(1, 9)]
    joined, _ = join_wrapped_lines(entries)
    assert joined == entries


def test_a_wrapped_line_that_opens_with_a_decimal_amount_runs_on() -> None:
    # 2.2023万元 is an amount cut from its sentence by the wrap: only 年 after the four digits makes an item.
    lines = [
        "本部门主要职责是贯彻执行国家和省市有关行",
        "政审批制度改革的方针政策和法律法规，全年",
        "统筹推进全市政务服务体系建设，共支出资金",
        "2.2023万元，承担市政府交办的其他各项工作",
        "事项，组织协调各进驻部门的审批工作。",
    ]
    joined, _ = join_wrapped_lines(lines)
    assert joined == ["".join(lines)]


def test_a_title_printed_over_two_or_three_lines_is_one_line() -> None:
    lines = [
        "某镇人民政府2024年政府信息",
        "",
        "公开工作年度报告",
        "",
        "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自2024年1月1日起至12月31日止。",
        "",
        "关于印发某市国民经济和社会发展",
        "",
        "第十四个五年规划和二〇三五年远景目标纲要的通知",
        "",
        "某府发〔2021〕6号",
    ]
    joined, _ = join_wrapped_lines(lines)
    texts = [text for text in joined if text]
    assert texts[0] == "某镇人民政府2024年政府信息公开工作年度报告"
    assert texts[2] == "关于印发某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知"


def test_lines_over_a_title_that_do_not_open_one_stay_apart() -> None:
    # A site's words, an organ's name over its 关于 line (the page reader's: a joint document's
    # issuers keep their spacing), two titles one under the other.
    for lines in [
        ["导航菜单", "", "某县2024年国民经济和社会发展统计公报", "", "2024年，全县经济稳中有进，发展质量稳步提升。"],
        ["某市人民政府办公室", "", "关于印发某市应急预案的通知", "", "各区县人民政府："],
        ["某县2024年工作要点", "", "某县2024年工作计划", "", "各乡镇人民政府："],
    ]:
        joined, _ = join_wrapped_lines(lines)
        assert [text for text in joined if text] == [text for text in lines if text], lines


# A PDF rendered one text run a line: words, figures and marks each on their own line.
_FRAGMENTED = [
    "某某",
    "乡",
    "2024",
    "年政府工作报告",
    "各位代表:",
    "现在,我代表",
    "某某",
    "乡人民政府作报告,请予审",
    "议。",
    "一、2024年工作回顾",
    "全年完成生产总值",
    "36",
    "亿元",
    ",增长",
    "6%",
    ";",
    "1—9",
    "月份,税收",
    "12",
    "万元,樱",
    "桃",
    "、核桃种植达",
    "500",
    "亩",
    "。",
    "1.",
    "特色种植提",
    "质增效",
    "。",
    "扩大",
    "葡",
    "萄种植面积。",
]


def test_a_text_rendered_one_word_a_line_is_joined_into_paragraphs() -> None:
    joined, findings = join_wrapped_lines(_FRAGMENTED)
    assert joined == [
        "某某乡2024年政府工作报告",
        "各位代表:",
        "现在,我代表某某乡人民政府作报告,请予审议。",
        "一、2024年工作回顾",
        "全年完成生产总值36亿元,增长6%;1—9月份,税收12万元,樱桃、核桃种植达500亩。",
        "1.特色种植提质增效。",
        "扩大葡萄种植面积。",
    ]
    assert findings[0].kind == "hard-wrap" and "逐行" in findings[0].message


def test_a_fragmented_render_never_joins_two_numbers_nor_crosses_a_blank_line() -> None:
    lines = [*_FRAGMENTED, "", "某某", "乡人民政府", "", "2024", "12", "月", ";", "合计", "、", "总计", "、", "小计"]
    joined, _ = join_wrapped_lines(lines)
    assert joined[-6:] == ["扩大葡萄种植面积。", "", "某某乡人民政府", "", "2024", "12月;合计、总计、小计"]


def test_short_whole_lines_are_no_fragmented_render() -> None:
    names = ["主任：", "张某", "副主任：", "李某", "王某", "成员：", "赵某", "钱某", "孙某", "周某", "吴某", "郑某"]
    assert join_wrapped_lines(names)[0] == names
    signature = ["特此通知。", "", "某县人民政府", "2024年5月6日"]
    assert join_wrapped_lines(signature)[0] == signature
    table = ["项目", "金额", "占比", "税收", "120", "45%", "非税", "80", "30%", "合计", "200", "100%"]
    assert join_wrapped_lines(table)[0] == table


def test_a_word_cut_before_a_bracketed_note_is_joined() -> None:
    lines = ["1.建设研发平台。加快推进某某市新型材料重点实验室、某某省农产品加工技术重点实验室建", "设（牵头单位：市科技局）。"]
    assert join_wrapped_lines(lines)[0] == [
        "1.建设研发平台。加快推进某某市新型材料重点实验室、某某省农产品加工技术重点实验室建设（牵头单位：市科技局）。"
    ]
    short = ["联系人", "王（主任）"]  # a short line over it: a label, not a cut word
    assert join_wrapped_lines(short)[0] == short


def test_a_heading_of_clauses_wrapped_onto_the_next_line_is_joined() -> None:
    lines = [
        "第一篇 认清形势，找准定位，奋力开创城乡融合",
        "",
        "发展新局面",
        "",
        "回顾过去五年，全县上下团结奋斗，各项事业取得长足进步。",
        "第二章  巩固发展成果，推动乡村全面振兴再上",
        "新台阶",
        "第一节  主要成就",
    ]
    joined, _ = join_wrapped_lines(lines)
    assert [line for line in joined if line] == [
        "第一篇 认清形势，找准定位，奋力开创城乡融合发展新局面",
        "回顾过去五年，全县上下团结奋斗，各项事业取得长足进步。",
        "第二章  巩固发展成果，推动乡村全面振兴再上新台阶",
        "第一节  主要成就",
    ]


def test_a_short_heading_or_a_list_under_a_heading_stays_apart() -> None:
    short = ["一、稳增长，促发展", "主要目标", "全县生产总值增长百分之六。"]
    assert join_wrapped_lines(short)[0] == short
    listed = ["一、坚持系统观念，统筹推进城乡融合发展", "指导思想", "基本原则", "发展目标"]
    assert join_wrapped_lines(listed)[0] == listed


def test_a_gap_of_two_spaces_inside_a_word_is_closed_but_not_between_joint_issuers() -> None:
    lines = [
        "第一条  为加强本县供水管理，规范供水市场  秩序，根据《某省供水管  理办法》《财政部  水利部关于某事的通知》，制定本办  法。",
        "第二条  本办法由县水利局负责解释。",
    ]
    joined, findings = join_wrapped_lines(lines)
    assert joined == [
        "第一条  为加强本县供水管理，规范供水市场秩序，根据《某省供水管理办法》《财政部  水利部关于某事的通知》，制定本办法。",
        "第二条  本办法由县水利局负责解释。",
    ]
    assert findings[0].kind == "hard-wrap" and "3 个" in findings[0].message
    padded = ["主  任：王  明", "副主任：李  强", "成  员：赵  刚、钱  伟、孙  丽"]  # names padded to a width
    assert join_wrapped_lines(padded)[0] == padded


def test_a_short_field_under_a_headline_over_a_contents_is_its_own_line() -> None:
    """A budget report's page: its contents' entries (a heading a line, most near one width) make
    the copy look wrapped at that width; the headline reaches it, yet the 发布时间 row under it is
    a field, never the headline's rest."""
    entries = [
        "第一部分 部门概况", "一、主要职能、职责", "二、部门机构设置及决算单位构成情况", "第二部分 2022年度部门决算情况说明",
        "一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明",
        "五、一般公共预算支出决算情况说明", "六、一般公共预算基本支出决算情况说明", "七、一般公共预算项目支出决算情况说明",
        "八、财政拨款“三公”经费支出决算情况说明", "九、政府性基金预算财政拨款支出决算情况说明",
    ]
    head = ["2022年度某某自治区公共资源交易中心部门决算公开", "发布时间:2023-08-16"]
    joined, _ = join_wrapped_lines([*head, *(line for entry in ["目录", *entries] for line in ("", entry))])
    assert [line for line in joined if line] == [*head, "目录", *entries]


def test_a_contents_with_dot_leaders_makes_no_wrap_width_for_the_field_rows_above_it() -> None:
    """A plan's page: a bracketed field table, the headline, the notice, then the plan's contents,
    each entry filled with its dot leader to the page number. Entries and rows come near one
    width, yet the entries are no wrapped lines: the field rows and the headline stay lines of
    their own, never one paragraph."""
    rows = [
        "[ 索引号 ] 11500228000000000X/2023-00005 [ 发文字号 ] 某府发〔2023〕21号",
        "[ 主题分类 ] 应急管理 [ 体裁分类 ] 预案",
        "[ 发布机构 ] 某某镇政府",
        "[ 成文日期 ] 2023-06-03 [ 发布日期 ] 2023-06-03",
        "某区某某镇人民政府关于印发某某镇自然灾害救助应急预案的通知",
        "各村（社区），办所中心，镇属单位：",
        "现将《某某镇自然灾害救助应急预案》印发给你们，请遵照执行。",
        "编制单位：某区某某镇安全生产委员会办公室",
    ]
    entries = ["1总则", "1.1编制目的", "1.2编制依据", "1.3适用范围", "2组织指挥体系", "2.1镇自然灾害救助应急工作领导小组", "2.2镇应急管理专家队伍"]
    contents = [f"{entry}{'…' * max(6, 36 - 2 * len(entry))}{page}" for page, entry in enumerate(entries, start=6)]
    joined, _ = join_wrapped_lines([line for row in [*rows, *contents] for line in (row, "")])
    assert [line for line in joined if line] == [*rows, *entries]


def test_a_table_saved_one_cell_a_paragraph_makes_no_fragmented_render_of_the_field_rows() -> None:
    fields = ["标题：某某区关于印发某某规划的通知", "文号：某府办〔2026〕14号", "发布单位：某某区人民政府", "某某区关于印发某某规划的通知"]
    cells = ["指标", "单位", "占比", "%", "增长", "%", "比重", "%", "人口", "万人", "绿化", "%", "水面", "%", "合计", "%"]
    lines = [*fields, "", "现印发给你们。", *(line for cell in cells for line in ("", cell))]
    assert join_wrapped_lines(lines)[0] == lines


def test_a_sentence_a_saved_page_broke_at_its_links_is_put_back_together() -> None:
    lines = [
        "近日，中共中央办公厅、国务院办公厅印发",
        "《关于加强某某分区管控的意见》",
        "（以下简称《意见》）。这是新时期深入推进某某建设的又一项重要举措。",
        "由技术需求方带资金、带场景",
        "揭榜",
        "；“成果找市场”由成果需求方带资金、带场景",
        "揭榜",
        "。",
    ]
    joined, findings = join_wrapped_lines(lines)
    assert joined == [
        "近日，中共中央办公厅、国务院办公厅印发《关于加强某某分区管控的意见》（以下简称《意见》）。这是新时期深入推进某某建设的又一项重要举措。",
        "由技术需求方带资金、带场景揭榜；“成果找市场”由成果需求方带资金、带场景揭榜。",
    ]
    assert any("链接" in finding.message for finding in findings)


def test_a_toolbars_one_character_items_are_not_joined_as_a_sentence() -> None:
    lines = ["【字体：", "大", "中", "小", "】", "分享："]
    assert join_wrapped_lines(lines)[0] == lines


def test_the_finding_for_a_sentence_broken_at_a_link_shows_the_seam() -> None:
    _, findings = join_wrapped_lines(["近日，某某办公厅印发", "《关于加强某某管控的意见》", "（以下简称《意见》）。这是一项重要举措。"])
    seam = next(finding.text for finding in findings if "链接" in finding.message)
    assert "《关于加强某某管控的意见》" in seam and "办公厅印发" in seam


def test_a_chapters_title_of_clauses_set_apart_by_a_space_is_joined_over_its_wrap() -> None:
    """第一章 全面建成小康社会 开启全面建设社会主义 ‖ 现代化新征程 over 第一节 (dev76, session 43): the
    title's clauses are set apart by a space instead of a comma; the short line under it, followed by
    a heading, is the rest of its last clause. A short line under a one-phrase title stays apart."""
    lines, _ = join_wrapped_lines(
        ["第一章 全面建成小康社会 开启全面建设社会主义", "现代化新征程", "第一节 发展基础", "“十三五”时期，全县经济持续发展。"]
    )
    assert lines[:2] == ["第一章 全面建成小康社会 开启全面建设社会主义现代化新征程", "第一节 发展基础"]
    lines, _ = join_wrapped_lines(["第一章 总则", "发展基础", "第一节 基本情况"])
    assert lines[:2] == ["第一章 总则", "发展基础"]


def test_a_body_opening_with_a_comma_under_a_numbered_heading_is_not_glued_to_it() -> None:
    """一、认真总结成绩，准确把握态势，始终保持加快发展的劲头 over ，全县上下努力克服… (the body's first
    word, a link, lost by the copy; dev79, session 43): the heading stays a heading; the body keeps
    its comma, and a finding says a word may be lost there."""
    heading = "一、认真总结成绩，准确把握态势，始终保持加快发展的劲头"
    body = "，全县上下努力克服各种困难，全面完成了各项目标任务。"
    joined, findings = join_wrapped_lines(["同志们：", heading, body])
    assert joined == ["同志们：", heading, body]
    assert [finding.kind for finding in findings] == ["lost-character"]
    # a sentence's part that is no heading still takes its rest
    joined, _ = join_wrapped_lines(["今年以来，全县上下认真贯彻落实", "《某某条例》", "，推动各项工作取得新成效。"])
    assert joined == ["今年以来，全县上下认真贯彻落实《某某条例》，推动各项工作取得新成效。"]


def test_a_laws_issuer_under_its_title_is_no_part_of_a_broken_title() -> None:
    """某某条例(2005年修正) ‖ 某市人大常委会 ‖ 某某条例 (a law library's record: each copy of the title
    with its issuer; dev77, session 43): the issuer is no title's end, never joined to the line over it."""
    lines, _ = join_wrapped_lines(["某某市制定地方性法规条例(2005年修正)", "某某市人大常委会", "", "", "某某市制定地方性法规条例", "", "(2001年2月12日某某市人民代表大会通过)"])
    assert lines[:2] == ["某某市制定地方性法规条例(2005年修正)", "某某市人大常委会"]


def test_an_adoption_note_without_brackets_broken_over_two_lines_is_joined() -> None:
    """2017年8月22日某州第十二届人民代表大会 ‖ 常务委员会第六次主任会议修订: a law's note of when it
    was revised, set without brackets and broken before the meeting is named (a copy may have lost
    its 年 and 月): one line, no pause inside the body's name. A date over another note is no part of it."""
    for date in ("2017年8月22日", "2017822日"):
        lines = [f"{date}某某自治州第十二届人民代表大会", "常务委员会第六次主任会议修订", "第一章 总则"]
        joined, _ = join_wrapped_lines(lines)
        assert joined[0] == f"{date}某某自治州第十二届人民代表大会常务委员会第六次主任会议修订"
    apart = ["2017年8月22日某某自治州人大常委会会议通过", "2023年8月28日某某自治州人大常委会会议修订"]
    assert join_wrapped_lines(apart)[0] == apart


def test_a_hard_wrapped_copy_with_a_blank_line_under_every_line_is_joined() -> None:
    """A PDF page copied with a blank line under each printed line, its commas narrowed (，→ ,):
    the wrapped lines are joined as if they stood together (no pause inside 贯 ‖ 彻 or 稳就 ‖ 业),
    the issued document's title broken over two lines is one line and ends there, and a heading
    stays a line of its own."""
    lines = [
        "新疆维吾尔自治区关于进一步做好",
        "稳就业工作的实施意见",
        "自治区党委、自治区人民政府始终坚持就业第一,把就业作为",
        "最大的民生工程、民心工程、根基工程,作为保障和改善民生、维护",
        "社会稳定和长治久安的重要举措,确保我区就业局势保持总体稳",
        "定。但今年以来国内外风险挑战增多,稳就业压力加大。为全力做",
        "好我区稳就业工作,根据《国务院关于进一步做好稳就业工作的意",
        "见》(国发〔2019〕28号)精神,结合我区实际,提出以下实施意见。",
        "一、总体要求",
        "以习近平新时代中国特色社会主义思想为指导,深入学习贯",
        "彻党的十九大和十九届二中、三中、四中全会精神,贯彻落实党中",
        "央、国务院关于稳就业工作要求,紧紧围绕新时代党的治疆方略,",
        "改革开放”工作部署和自治区党委九届九次全体会议精神,把稳就",
        "业摆在更加突出的位置,全面推进实施就业优先政策。",
    ]
    spaced = [piece for line in lines for piece in (line, "")]
    joined = [line for line in join_wrapped_lines(spaced)[0] if line]
    assert joined[0] == "新疆维吾尔自治区关于进一步做好稳就业工作的实施意见"
    assert joined[1].startswith("自治区党委") and joined[1].endswith("提出以下实施意见。")
    assert joined[2] == "一、总体要求"
    assert joined[3].startswith("以习近平") and "学习贯彻党的" in joined[3] and "把稳就业摆在" in joined[3]


def test_a_short_heading_broken_before_its_and_is_joined() -> None:
    """意见发表 ‖ 和采纳情况: a heading's words broken before 和; the rest is no line of its own. Two
    lines each a phrase of its own (农业 ‖ 工业) stay apart."""
    assert join_wrapped_lines(["意见发表", "和采纳情况", "4月3日，县长主持召开常务会议。"])[0][0] == "意见发表和采纳情况"
    assert join_wrapped_lines(["农业", "工业", "全年粮食产量稳定。"])[0][:2] == ["农业", "工业"]


def test_joint_issuers_signed_side_by_side_over_two_lines_are_read_down_each_column() -> None:
    """某自治区        某自治区 / 发展和改革委员会        文化和旅游厅: two organs signed in two columns,
    each name broken over two lines; each is read whole (某自治区发展和改革委员会 某自治区文化和旅游厅),
    not row by row. Two rows of names that are whole already stay."""
    lines = ["某某自治区             某某自治区", "", "发展和改革委员会             文化和旅游厅", "", "2019年6月17日"]
    joined = [line for line in join_wrapped_lines(lines)[0] if line]
    assert joined == ["某某自治区发展和改革委员会 某某自治区文化和旅游厅", "2019年6月17日"]
    whole = ["某某市财政局             某某市税务局", "某某市人民政府办公室             某某市发展和改革委员会"]
    assert [line for line in join_wrapped_lines(whole)[0] if line] == whole


def test_a_question_headline_and_its_dated_byline_are_never_run_on() -> None:
    """某县禁放烟花爆竹的区域有哪些 / 更新时间:2023-11-03 19:04:59作者:未知 / the headline again / 某县
    禁放区域 over text wrapped at their width: the question ends at its own line (its ？ left off)
    and the byline row is a row of its own; the wrapped text under them is joined."""
    question = "某某县禁售禁燃禁放烟花爆竹的区域有哪些"  # 19 characters: the wrap width below
    wrapped = ["为有效防范和遏制森林火灾，保障人民群众的生", "命财产和森林资源安全，根据有关法律法规，结", "合我县实际，决定在全县范围内禁售禁燃禁放烟", "花爆竹。禁放期间，各乡镇要加强巡查管控，确", "保各项措施落到实处。"]
    lines = [question, "更新时间:2023-11-03 19:04:59作者:未知", question, "某某县禁放区域", *wrapped]
    out, _ = join_wrapped_lines(lines)
    assert [line for line in out if line.strip()] == lines[:4] + ["".join(wrapped)]


def test_a_label_left_empty_is_never_a_wrapped_lines_rest() -> None:
    """某镇政府2021年度部门决算公开说明 / 访问量： over a budget's contents, every line set apart by a
    blank line, some items broken at the contents' width: the empty label is a row of its own, not
    the headline's rest; an item broken at the width is still joined."""
    head = ["某某镇政府2021年度部门决算公开说明", "访问量:", "某某镇政府(本级)2021年度部门决算", "第一部分某某镇政府本级概况"]
    items = [
        "    五、一般公共预算财政拨款支出决算表", "    六、一般公共预算财政拨款基本支出决算表", "    七、一般公共预算财政拨款“三公”经费支出决算",
        "八、政府性基金预算财政拨款收入支出决算表", "九、国有资本经营预算财政拨款支出决算表", "四、一般公共预算财政拨款基本支出决算情况说明",
        "五、一般公共预算财政拨款“三公”经费支出决算", "    情况说明", "六、机关运行经费支出情况说明",
    ]
    lines = [line for text in [*head, *items] for line in (text, "")]
    out = [line.strip() for line in join_wrapped_lines(lines)[0] if line.strip()]
    assert out[:2] == head[:2]
    assert "五、一般公共预算财政拨款“三公”经费支出决算情况说明" in out


def test_a_headings_second_clause_cut_over_a_blank_line_is_joined() -> None:
    """第一章 全面建成小康社会即将胜利实现，开启全 ‖ 面建设社会主义现代化新征程 ‖ 第一节 … (ho107/01, session
    51): the heading's rest, not a paragraph of its chapter; read apart, a pause falls in 全面."""
    lines = ["第一章 全面建成小康社会即将胜利实现，开启全", "", "面建设社会主义现代化新征程", "", "第一节 决胜全面建成小康社会取得决定性成就"]
    joined, _ = join_wrapped_lines(lines)
    assert [line for line in joined if line.strip()] == [
        "第一章 全面建成小康社会即将胜利实现，开启全面建设社会主义现代化新征程",
        "第一节 决胜全面建成小康社会取得决定性成就",
    ]


def test_a_long_line_under_a_heading_whose_clauses_are_whole_stays_apart() -> None:
    # A phrase of its own under a heading of whole clauses, or of one clause, is its own line: only
    # a few characters may finish a whole clause (see the chapter heading above).
    for heading, line in (("一、加强组织领导，确保任务落实", "成立工作领导小组统筹推进"), ("一、总体要求", "指导思想")):
        lines = [heading, "", line, "", "（一）坚持以人民为中心的发展思想"]
        joined, _ = join_wrapped_lines(lines)
        assert [text for text in joined if text.strip()] == [heading, line, "（一）坚持以人民为中心的发展思想"]


def test_a_page_counter_glued_inside_a_sentence_is_taken_out_without_a_gap() -> None:
    """…负责全县第1页共18页秸秆禁烧和综合利用指导工作 (a page flattened into one line, ho96/20, session
    51): the counter is the viewer's, said in a page-number finding; the sentence closes over it."""
    lines = ["一、成立某某县秸秆禁烧和综合利用工作领导小组，负责全县第1页共18页秸秆禁烧和综合利用指导工作。"]
    joined, findings = join_wrapped_lines(lines)
    assert joined == ["一、成立某某县秸秆禁烧和综合利用工作领导小组，负责全县秸秆禁烧和综合利用指导工作。"]
    assert [finding.kind for finding in findings] == ["page-number"]
    # A page number in a sentence's own words stays: it is no viewer's counter.
    line = "本规划文本第3页至第5页列明了重点项目。"
    assert join_wrapped_lines([line])[0] == [line]


def test_a_field_or_the_pages_stamp_opens_a_piece_of_its_own_in_a_flattened_copy() -> None:
    """A hard-wrapped text flattened into one line: the spaces at its line ends are closed, but the
    space before a field's label (联系方式：) or before the page's stamp (2020-10-30) sets it apart."""
    pieces = [
        "为切实做好全县春季森林防火工作确保人民", "群众生命财产安全根据有关法律法规和上级", "要求结合本县实际情况现将有关事项通知如",
        "下请各单位认真贯彻执行并抓好落实切实把", "各项措施落到实处确保全县不发生重大火灾", "地址：某县某某路某某公园内办公区办公用房",
        "联系方式：李某，65766188-8013请及时", "联系并按时报送各类材料确保工作顺利推进", "公告发布单位某某县森林防火指挥部办公室",
        "2020-10-30 13:03:16 一、项目基本情况",
    ]  # fmt: skip
    joined, findings = join_wrapped_lines([" ".join(pieces)])
    assert "确保人民群众生命财产安全" in joined[0] and findings
    assert "办公用房 联系方式：" in joined[0]
    assert "办公室 2020-10-30" in joined[0]


def test_a_line_closed_by_a_lists_separator_and_a_space_is_no_wrapped_line() -> None:
    """In a copy wrapped at one width, a line ending with a list's separator and the space after
    it (某某 · 某文章 ...· 1 年前 · ) is a box's item: the next line is never run on to it."""
    wrapped = "为进一步加强农村公路养护工作，提高养护质量和服务水平，现就有关事项通知如下，请各地结合实际认真贯彻落实。" * 3
    lines = [wrapped[i : i + 24] for i in range(0, len(wrapped), 24)]
    items = ["网友甲  ·  某某文章标题一 ...·  1 年前    · ", "网友乙  ·  某某文章标题二 ...·  2 年前    · "]
    joined, _ = join_wrapped_lines([*lines, "", *items])
    assert [line.strip() for line in joined[-2:]] == [item.strip() for item in items]


def test_a_short_line_ends_a_wrapped_paragraph_however_long_the_lines_above_it() -> None:
    """A hard-wrapped page (about 20 characters a line) with a heading at the width over a list of
    names, one a line: the heading takes at most the first name, and the names after it stay
    apart; joined, they would run together (某省经济贸易委员会某省交通运输厅…)."""
    wrapped = [
        "为表彰先进，省政府研究决定，对考核中成绩突",
        "出的单位予以通报表扬，希望受表彰的单位珍惜",
        "荣誉，再接再厉，争取更大成绩，各地各部门要",
        "以先进为榜样，进一步加强安全生产工作，确保",
        "全省安全生产形势持续稳定好转，特此通报表扬",
        "（一）完成年度安全生产目标管理责任制先进单位",
        "某省经济贸易委员会",
        "某省交通运输厅",
        "某省教育厅",
        "（二）完成年度安全生产目标管理责任制达标单位",
        "某省公安厅",
    ]
    joined, _ = join_wrapped_lines(wrapped)
    assert "某省交通运输厅" in joined and "某省教育厅" in joined
    assert not any("委员会某省交通运输厅" in line for line in joined)
    assert joined[0].startswith("为表彰先进") and joined[0].endswith("特此通报表扬")


def test_a_list_of_names_as_long_as_a_wrap_joins_no_title_nor_a_heading_naming_a_document() -> None:
    """A notice over the list of forms it issues: the form names, each about as long as the
    next, look like lines cut at one width. The notice's title, wider than that width, is not
    run into the addressee under it; a heading whose title is a document's name in 《》 is whole,
    not run into the form's name under it."""
    forms = [f"{n}.政府信息公开申请{kind}" for n, kind in enumerate(
        ["登记表（第一联）", "接收回执（第二联）", "补正告知书（范本）", "说明理由告知书样式", "延期答复告知书样式", "征求意见书（第三方）", "征求意见确认函样式"], 1
    )]  # fmt: skip
    lines = [
        "市政府办公室关于印发某市政府信息公开审查等制度配套图表及文书的通知",
        "各县、区人民政府，市各开发区、新区、园区管委会，市各有关部门和单位：",
        "现将《某市政府信息公开审查等制度配套图表及文书》印发给你们，请遵照执行。",
        "二、《某市主动公开政府信息移送制度》",
        "主动公开政府信息移送明细表",
        "三、《某市政府信息依申请公开制度》",
        *forms,
    ]
    joined, _ = join_wrapped_lines(lines)
    assert lines[0] in joined and lines[1] in joined
    assert "二、《某市主动公开政府信息移送制度》" in joined and "主动公开政府信息移送明细表" in joined
