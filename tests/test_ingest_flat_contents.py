"""A contents flattened into one paragraph, its page numbers glued to the entries' numbers
(issue 17, dev7): read without the pages, never as numbers the document did not write. Every
example is made up, in the shape of a document site's preview of a PDF plan."""

from __future__ import annotations

import re

from audiojiedu.ingest import read_text

TITLE = "某县森林防火应急预案"
CONTENTS = (
    "目录一、总则3（一）编制目的3（二）编制依据3二、组织体系4（一）县指挥部41.指挥部组成52.指挥部职责5"
    "（二）乡镇组织6三、预警机制9（一）预警信息91.气象信息92.火情信息10—12— （二）预警行动11四、附则12"
)


def _texts(text: str) -> list[str]:
    return [p.text for p in read_text(text).paragraphs]


def test_glued_page_numbers_are_parted_from_the_entries() -> None:
    raw = read_text(f"{TITLE}\n{CONTENTS}\n")
    [contents] = [p.text for p in raw.paragraphs]
    assert contents.startswith("目录：一、总则；（一）编制目的；（二）编制依据；二、组织体系；")
    assert "（一）县指挥部；1.指挥部组成；2.指挥部职责；（二）乡镇组织；" in contents
    assert "（一）预警信息；1.气象信息；2.火情信息；（二）预警行动；四、附则。" in contents
    assert "41." not in contents and "91." not in contents and "12" not in contents  # no page is read
    assert any(f.kind == "toc-leader" and "页码" in f.message for f in raw.findings)


def test_the_body_after_the_contents_is_kept_as_written() -> None:
    body = "一、总则 （一）编制目的 为了有效预防森林火灾，制定本预案。"
    contents, *rest = _texts(f"{TITLE}\n{CONTENTS} {body}\n")
    assert contents.endswith("四、附则。")
    # the contents guides the cuts of the body's headings (see contents_guide): nothing else changes
    assert rest == ["一、总则", "（一）编制目的", "为了有效预防森林火灾，制定本预案。"]


def test_a_sentence_that_names_a_list_is_no_contents() -> None:
    sentence = "纳入目录管理的事项共5项，其中1.行政许可3项，2.行政确认2项。"
    assert _texts(f"{TITLE}\n{sentence}\n") == [sentence]


def test_pages_that_go_down_are_no_contents() -> None:
    line = "目录一、总则9（一）目的5（二）依据3二、体系2（一）组成1（二）职责1三、附则1"
    [kept] = _texts(f"{TITLE}\n{line}\n")
    assert kept == line


def test_dashes_round_a_number_in_the_body_after_the_contents_stay() -> None:
    body = "一、总则 2019-2020-2021年连续三年开展春季防火专项行动。"
    contents, *rest = _texts(f"{TITLE}\n{CONTENTS} {body}\n")
    assert contents.endswith("四、附则。")
    assert rest == ["一、总则", "2019-2020-2021年连续三年开展春季防火专项行动。"]  # only a footer between entries is skipped


SPACED = (
    "某局2023年工作总结汇编 目录 1.某局2023年工作总结和2024年工作计划2 2.某局2023年工作总结及2024年工作计划9"
    " 3.某县某局2023年度依法行政工作总结15 4.某县某局2023年工作总结21 5.某县某局2024年工作思路28"
)


def test_spaces_after_the_contents_line_and_between_entries_keep_the_run() -> None:
    body = "某局2023年工作总结和2024年工作计划 2023年，我局认真贯彻落实上级部署。"
    [contents] = _texts(f"{TITLE}\n{SPACED} {body}\n")
    assert contents.startswith("某局2023年工作总结汇编 目录：1.某局2023年工作总结和2024年工作计划；2.某局")
    assert "；5.某县某局2024年工作思路。 " + body in contents
    assert "计划2" not in contents and "思路28" not in contents  # no page is read


def test_numbered_sentences_with_spaces_are_no_contents() -> None:
    line = "目录 1.申报材料共3份 2.审核时限为10个工作日 3.公示期5天 4.发放时间6月 5.咨询电话另行公布。"
    assert _texts(f"{TITLE}\n{line}\n") == [line]


# -- a decimal contents without its 目录 line and without pages ---------------------------------
DECIMAL = (
    "（2024年修订稿）1总则1.1编制目的1.2编制依据1.3适用范围2组织机构与职责2.1指挥部2.2办公室职责"
    "2.2.1震后12小时内工作2.2.2震后24小时内工作3应急响应3.1分级响应3.2响应措施"
)


def test_a_decimal_contents_run_is_parted_into_its_entries() -> None:
    [contents] = _texts(f"{TITLE}\n{DECIMAL}\n")
    # (a top-level number is set off with 、 as a list's is: 2 组织… would be heard as a count, 两)
    assert contents.startswith("（2024年修订稿）1、总则；1.1 编制目的；1.2 编制依据；1.3 适用范围；2、组织机构与职责；")
    # A figure inside a name is no entry's number (12小时), a name may start with a unit's character (分级).
    assert "2.2.1 震后12小时内工作；2.2.2 震后24小时内工作；3、应急响应；3.1 分级响应；3.2 响应措施" in contents
    assert re.sub("[ ；、]", "", contents) == DECIMAL  # nothing added but the marks between, nothing dropped


def test_a_contents_with_its_top_numbers_apart_and_its_footers_dropped_is_a_run() -> None:
    line = (
        "某镇人民政府 2021年12月12日 目 录 1 总则 - 4 - 1.1编制目的 - 4 - 1.2编制依据 - 4 - 1.3适用范围 - 4 - "
        "2 组织指挥体系 - 9 - 2.1应急领导机构与职责 - 9 - 2.2应急办事机构与职责 - 9 - 3运行机制 - 12 - "
        "1 总则 1.1编制目的 为了科学应对各类突发事件，制定本预案。"
    )
    [contents] = _texts(f"{TITLE}\n{line}\n")
    assert "1、总则；1.1 编制目的；1.2 编制依据；1.3 适用范围；2、组织指挥体系；2.1 应急领导机构与职责；" in contents
    assert "- 4 -" not in contents


def test_a_decimal_contents_cut_by_a_page_break_goes_on_at_the_next_paragraph() -> None:
    rest = "3.2.2地震谣传事件3.2.3外地地震事件3.3分级机制3.4信息共享4应急响应4.1基本应急"
    [_, second] = _texts(f"{TITLE}\n{DECIMAL}\n{rest}\n")
    assert second.startswith("3.2.2 地震谣传事件；3.2.3 外地地震事件；3.3 分级机制；3.4 信息共享；4、应急响应；")


def test_decimal_headings_with_their_sentences_are_no_contents() -> None:
    body = "1总则为做好应急工作，制定本预案。1.1编制目的保障安全。1.2编制依据依法制定。2组织机构明确职责。"
    assert _texts(f"{TITLE}\n{body}\n") == [body]


def test_numbers_of_one_level_only_are_no_decimal_contents() -> None:
    line = "全年完成1项目2工程3任务4计划5方案6措施"  # counts glued to names: no section numbers
    assert _texts(f"{TITLE}\n{line}\n") == [line]


# A contents flattened into one line with its dot leaders and pages (dev22 16): made up, in the
# shape of a plan's notice on a city site.
NOTICE = "现将《某市发展规划纲要》印发给你们，请认真贯彻落实。 目 录"
LEADERS = (
    "第一章 总体思路 开启新征程..........5 第一节 发展基础.............. 6 第二节 发展环境.......... 13 "
    "第三节 总体要求........ 16 第二章 创新驱动 建设创新城市.........25 第一节 人才活力........ 26 "
    "第二节 科创载体......."
)


def test_a_contents_flattened_with_dot_leaders_is_read_as_a_contents() -> None:
    raw = read_text(f"{TITLE}\n{NOTICE}\n{LEADERS}\n")
    texts = [p.text for p in raw.paragraphs]
    assert texts == [
        "现将《某市发展规划纲要》印发给你们，请认真贯彻落实。",
        "目录：第一章 总体思路 开启新征程；第一节 发展基础；第二节 发展环境；第三节 总体要求；"
        "第二章 创新驱动 建设创新城市；第一节 人才活力；第二节 科创载体。",
    ]
    assert any(f.kind == "toc-leader" for f in raw.findings)


def test_a_dot_leader_contents_opening_with_its_own_mulu_is_no_heading() -> None:
    from audiojiedu.outline import parse_outline

    doc = parse_outline(read_text(f"{TITLE}\n目录 {LEADERS}\n第一章 总体思路\n全市上下团结奋斗。\n"))
    assert [s.heading for s in doc.sections] == ["第一章 总体思路"]
    assert "目录：第一章 总体思路 开启新征程；第一节 发展基础；" in "".join(b for b in doc.preface if isinstance(b, str))


def test_dot_leaders_in_a_sentence_or_pages_going_down_are_no_contents() -> None:
    down = "一、总则........5 二、组织........4 三、预警........9 四、处置........12 五、附则........13"
    few = "第一节 发展基础........6 第二节 发展环境........13"
    for text in (down, few):
        [kept] = _texts(f"{TITLE}\n{text}\n")
        assert "；" not in kept and kept.startswith(text[:20])  # not parted into a contents
    cut = "一、总则........5 二、组织........6 三、预警........9 四、处置........12 五、附则........ 正文如下，请阅。"
    assert _texts(f"{TITLE}\n{cut}\n") == [cut]



def test_a_dot_leader_contents_without_any_page_after_the_documents_date_is_a_contents() -> None:
    """2016年4月 目录 第一篇 …………… 第一章 …………… (ho99/23, session 50): the copy dropped every page
    and kept the leaders, the date printed before 目录: read as a contents, the date before it.
    Pages after entries without any are no run."""
    run = " ".join(f"{entry}{'.' * 20}" for entry in ("第一篇 指导思想和主要目标", "第一章 发展基础", "第二章 主要目标", "第二篇 产业创新中心", "第三章 创新能力"))
    raw = read_text(f"{TITLE}\n2016年4月 目录 {run}\n")
    assert [p.text for p in raw.paragraphs] == [
        "2016年4月 目录：第一篇 指导思想和主要目标；第一章 发展基础；第二章 主要目标；第二篇 产业创新中心；第三章 创新能力。"
    ]
    mixed = "一、总则........ 二、组织........ 三、预警........9 四、处置........12 五、附则........13"
    assert "；" not in _texts(f"{TITLE}\n{mixed}\n")[0]

# -- the body glued onto a contents' last entry ---------------------------------------------------
LISTED = ("一、现状分析", "1.1政策背景", "1.2发展现状", "二、主要问题", "2.1设施短板", "三、目标任务", "四、保障措施")


def test_the_body_glued_onto_the_last_entry_is_parted_where_the_first_entry_comes_again() -> None:
    body = "国家层面高度重视人居环境建设，提出了明确要求。"
    raw = read_text("\n".join([TITLE, *LISTED, f"五、结论一、现状分析1.1政策背景 {body}"]))
    texts = [p.text for p in raw.paragraphs]
    assert texts[-3:] == ["五、结论", "一、现状分析", f"1.1政策背景 {body}"]
    assert any(f.kind == "hard-wrap" and "目录" in f.message for f in raw.findings)


def test_a_line_that_names_the_first_entry_inside_a_sentence_is_not_parted() -> None:
    line = "五、结论：本方案的一、现状分析部分已经说明了基本情况。"
    texts = _texts("\n".join([TITLE, *LISTED, line]))
    assert texts[-1] == line  # its opening is no entry (a colon, a sentence)


def test_too_few_entries_are_no_contents_to_part_from() -> None:
    line = "三、结论一、现状分析还需深化。"
    texts = _texts("\n".join([TITLE, "一、现状分析", "二、主要问题", line]))
    assert texts[-1] == line


# -- a whole page flattened: title, 目 录, entries apart by spaces, the body repeating the first ---
def test_a_flattened_pages_contents_is_parted_from_the_body_that_repeats_its_first_entry() -> None:
    """某校2020年部门预算 目 录 第一部分 某校 概况 一、主要职责 … 第四部分 名词解释 第一部分 某校 概况
    一、主要职责 （一）…: the contents is read as one, 目录：…；…, and the body parted from it where it
    prints the first entry again; nothing is dropped."""
    entries = "第一部分 某县某镇中心小学 概况 一、主要职责 二、部门预算构成 第二部分 2020 年部门预算表 一、收支总体情况表 二、收入总体情况表 第三部分 2020 年部门预算情况说明 第四部分 名词解释"
    body = "第一部分 某县某镇中心小学 概况 一、主要职责 （一）主要职能是：负责依法制定学校章程，并按照章程自主管理。"
    raw = read_text(f"某校部门预算\n2020 年 某县某镇中心小学 部门预算 目 录 {entries} {body}\n")
    texts = [p.text for p in raw.paragraphs]
    assert texts[0] == "2020 年 某县某镇中心小学 部门预算"
    assert texts[1].startswith("目录：第一部分 某县某镇中心小学 概况；一、主要职责；二、部门预算构成；第二部分 2020 年部门预算表；")
    assert texts[1].endswith("；第四部分 名词解释")
    assert texts[2] == body
    assert any(f.kind == "hard-wrap" and "目录" in f.message for f in raw.findings)


def test_a_contents_whose_opener_was_read_astride_its_first_entry_is_parted_the_same() -> None:
    """目 第一部分 录 部门概况 …: 目 录 set wide across the page, the first entry's number read between
    its two characters; the run is the contents all the same, the number put back before its name."""
    entries = "部门概况 一、主要职能 二、机构设置 第二部分 预算表格 一、收支总表 二、收入总表 第三部分 情况说明 第四部分 名词解释"
    body = "第一部分 部门概况 一、主要职能 实施小学义务教育，促进基础教育发展。"
    raw = read_text(f"某校部门预算\n某校 2022 年部门预算 二〇二二年六月 目 第一部分 录 {entries} {body}\n")
    texts = [p.text for p in raw.paragraphs]
    assert texts[1].startswith("目录：第一部分 部门概况；一、主要职能；二、机构设置；第二部分 预算表格；")
    assert texts[1].endswith("；第四部分 名词解释")
    assert texts[2] == body


def test_a_word_mu_before_a_part_number_in_a_sentence_stays() -> None:
    # Must NOT touch: 目 and 录 apart in running text that is no contents.
    line = "某项目 第一部分 录 入工作已完成，第二部分正在推进。"
    raw = read_text(f"某校部门预算\n{line}\n")
    assert [p.text for p in raw.paragraphs] == [line]


def test_a_flattened_paragraph_naming_its_first_entry_again_in_a_sentence_is_no_contents() -> None:
    line = "目录 第一部分 某某情况说明 一、主要职责 二、机构设置 三、人员情况 四、预算情况 五、其他。第一部分 某某情况说明已经公开。"
    assert _texts(f"某校部门预算\n{line}\n")[-1] == line


def test_a_flattened_contents_opened_by_mulu_in_brackets_is_parted_too() -> None:
    """A copy of a PDF may print the opener in brackets ((目录), 【目录】): the same contents."""
    entries = "第一部分：基本情况 一、部门主要职能 二、机构设置情况 第二部分：2021 年度部门决算情况说明 一、收入支出决算总体情况 第三部分：名词解释"
    body = "第一部分：基本情况 一、部门主要职能 某某管理处负责全区河道堤防的建设与管理工作。"
    for opener in ("(目录)", "（目录）", "【目录】"):
        raw = read_text(f"某某管理处决算公开说明\n某某管理处 2021 年度决算公开说明 {opener} {entries} {body}\n")
        texts = [p.text for p in raw.paragraphs]
        assert texts[0] == "某某管理处 2021 年度决算公开说明", opener
        assert texts[1].startswith("目录：第一部分：基本情况；一、部门主要职能；"), opener
        assert texts[2] == body, opener
