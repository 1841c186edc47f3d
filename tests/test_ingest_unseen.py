"""Rules for documents nobody tuned for: title, metadata, chrome, hard wraps, clauses, attachments."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from helpers import paragraph_texts

from audiojiedu.errors import InputError
from audiojiedu.ingest import read_document, read_text
from audiojiedu.ingest.wrap import join_wrapped_lines
from audiojiedu.model import Section
from audiojiedu.outline import parse_outline

BODY = "现将有关事项通知如下，请认真贯彻执行。"


def _heads(sections: tuple[Section, ...], depth: int = 1) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []
    for section in sections:
        out.append((depth, section.number, section.title))
        out.extend(_heads(section.sections, depth + 1))
    return out


# -- title ------------------------------------------------------------------------------------
def test_url_first_line_is_metadata_not_title() -> None:
    raw = read_text(f"https://www.example.gov.cn/art/2024/1.html\n某县关于做好防汛工作的通知\n{BODY}\n")
    assert raw.title == "某县关于做好防汛工作的通知"
    assert raw.metadata["原文链接"] == "https://www.example.gov.cn/art/2024/1.html"
    assert "https" not in "".join(paragraph_texts(raw))


def test_official_header_under_the_title_is_metadata_and_the_repeated_title_is_not_read() -> None:
    """A law-library page: a download line, then the document's own header (title again, the
    issuing organ over the document number, the title once more) before the salutation."""
    title = "关于印发某市城市供水管理办法的通知"
    page = (
        f"您的位置: 首页 » 法规库 »\n{title}\n下载地址： 点击此处下载\n{title}\n某市人民政府办公室\n"
        f"某政办发〔2019〕12号\n{title}\n各区县人民政府，市政府各部门：\n{BODY}\n"
    )
    raw = read_text(page)
    assert raw.title == title
    assert raw.metadata["发文机关"] == "某市人民政府办公室"
    assert raw.metadata["发文字号"] == "某政办发〔2019〕12号"
    assert paragraph_texts(raw) == ["各区县人民政府，市政府各部门：", BODY]


def test_a_title_written_as_a_citation_is_unwrapped_and_its_number_is_metadata() -> None:
    """A law site titles the page 某政发〔2014〕20号《…》; the document repeats the bare title
    and its number under it, then a view counter and a time stamp."""
    title = "某省人民政府关于深化预算管理制度改革的实施意见"
    page = f"某政发〔2014〕20号《{title}》\n浏览量:          时间:2016-01-17 23:45:19\n{title}\n某政发〔2014〕20号\n{BODY}\n"
    raw = read_text(page)
    assert raw.title == title
    assert raw.metadata["发文字号"] == "某政发〔2014〕20号"
    assert "发文机关" not in raw.metadata  # the bare title over the number is not an organ
    assert paragraph_texts(raw) == [BODY]


def test_a_bulleted_field_list_with_empty_fields_is_metadata() -> None:
    """A policy library's field list saved as text: a bullet, the label, its value on the next
    line, and labels left empty; then the title once more."""
    title = "某县人民政府工作规则"
    fields = "• 索引号:\n  1234560000/2024-000015\n• 主题分类:\n• 来源:\n• 发文机构:\n  县政府办公室\n"
    fields += "- 发文字号:\n  某政发〔2024〕7号\n• 有效性:\n• 内容概述:\n"
    raw = read_text(f"返回顶部\n{title}\n{fields}{title}\n第一章 总则\n{BODY}\n")
    assert raw.title == title
    assert raw.metadata["索引号"] == "1234560000/2024-000015"
    assert raw.metadata["发文机构"] == "县政府办公室"
    assert raw.metadata["发文字号"] == "某政发〔2024〕7号"
    assert "来源" not in raw.metadata  # an empty field takes no value from the next label
    assert paragraph_texts(raw) == ["第一章 总则", BODY]


def test_the_issuing_organ_is_metadata_when_the_title_repeat_stands_between_it_and_the_number() -> None:
    title = "某市人民政府办公室关于印发某市窨井设施管理办法的通知"
    raw = read_text(f"{title}\n某省某市人民政府办公室\n{title}\n某政办〔2011〕19号\n各县区人民政府：\n{BODY}\n")
    assert raw.metadata["发文机关"] == "某省某市人民政府办公室"
    assert raw.metadata["发文字号"] == "某政办〔2011〕19号"
    assert paragraph_texts(raw) == ["各县区人民政府：", BODY]


def test_the_pages_own_title_field_wins_over_a_site_name_on_the_first_line() -> None:
    title = "某市某区人民政府工作规则"
    page = (
        f"某省某区\n索引号 1234560000/2021-00341 文号\n发布机构 区政府办 生成日期 2021-11-23\n信息名称 {title}\n"
        f"{title}\n（2021年11月23日区政府第1次常务会议通过）\n第一章 总 则\n{BODY}\n"
    )
    raw = read_text(page)
    assert raw.title == title  # not the site name, and the dated note is not part of it
    assert raw.metadata["网站"] == "某省某区"
    assert paragraph_texts(raw)[:2] == ["（2021年11月23日区政府第1次常务会议通过）", "第一章 总则"]


def test_letter_spaced_numbered_headings_are_closed_up() -> None:
    raw = read_text("某市统计公报\n一、综   合\n全年地区生产总值增长8.5%。\n（二）工 业\n增长。\n三、2023年 工作安排\n正文。")
    assert paragraph_texts(raw) == ["一、综合", "全年地区生产总值增长8.5%。", "（二）工业", "增长。", "三、2023年 工作安排", "正文。"]


def test_what_a_site_wraps_around_the_title_is_not_the_title() -> None:
    # a column name before the title, with the title alone on the next line
    raw = read_text("首页 政策解读 关于《某区政府工作报告》的解读\n关于《某区政府工作报告》的解读\n" + BODY)
    assert raw.title == "关于《某区政府工作报告》的解读"
    assert "栏目" not in raw.metadata  # the site's crumbs, labelled by no one: a finding keeps them
    assert any(finding.text == "政策解读" for finding in raw.findings)
    assert paragraph_texts(raw) == [BODY]
    # a 全文 tag, a year tag repeating the title's year
    assert read_text("2023年某区政府工作报告—全文\n" + BODY).title == "2023年某区政府工作报告"
    assert read_text("2022年某县国民经济和社会发展统计公报 2022\n" + BODY).title == "2022年某县国民经济和社会发展统计公报"
    # a year that is no repeat stays
    assert read_text("某县发展规划纲要 2035\n" + BODY).title == "某县发展规划纲要 2035"


def test_site_bars_welcome_lines_and_review_fields_are_not_read() -> None:
    page = "\n".join([
        "欢迎访问某某市人民政府网！",
        "收藏本站| 设为首页| 首页",
        "某某市召开防汛工作会议",
        "来源：市政府办 编辑：张三 初审：李四 二审：王五 三审：赵六",
        BODY,
        "上一页 下一页",
        "版权声明：本站信息仅供参考，转载请注明出处。",
    ])
    raw = read_text(page)
    assert raw.title == "某某市召开防汛工作会议"
    assert paragraph_texts(raw) == [BODY]
    assert raw.metadata["三审"] == "赵六"


def test_a_yearless_byline_font_picker_login_link_and_system_footer_are_not_read() -> None:
    page = "\n".join([
        "某某县关于做好春季森林防火工作的通告",
        "©原创 03-19 21:07 某某发布",
        "【浏览字体: 大 中 小】",
        "实名登录",
        BODY,
        "Produced By 某某网络 某某发布系统",
    ])
    raw = read_text(page)
    assert raw.title == "某某县关于做好春季森林防火工作的通告"
    assert paragraph_texts(raw) == [BODY]
    # The byline's stamp is the page's date; its other words (©原创, the account) are said in a finding.
    assert raw.metadata["发布时间"] == "03-19 21:07"
    assert any(finding.text == "©原创 03-19 21:07 某某发布" for finding in raw.findings)
    # A date and time inside a sentence of the text is no byline.
    kept = read_text("某某县关于做好春季森林防火工作的通告\n" + BODY + "\n定于03-19 09:30召开动员会。")
    assert paragraph_texts(kept)[-1] == "定于03-19 09:30召开动员会。"


def test_letter_spaced_lines_and_names_are_closed_up() -> None:
    raw = read_text("某区政府工作报告\n政 府 工 作 报 告\n区长 龚 正\n组 长：陈 浩\n我们 在 这里\n" + BODY)
    assert raw.title == "某区政府工作报告"  # the headline says the report's own line (closed up) more fully
    assert paragraph_texts(raw)[:3] == ["区长 龚正", "组长：陈浩", "我们 在 这里"]


def test_organs_printed_one_a_line_above_the_title_open_it() -> None:
    """The joint issuers printed one a line over 关于…的通知 say whose notice it is: the full title
    starts with them (as one organ over its title does), set apart by a space."""
    page = (
        "某发〔2021〕5号\n中共某某新区工作委员会\n某某新区管理委员会\n"
        "关于印发《某某实施方案》的通知\n各县人民政府，新区各部门：\n" + BODY + "\n"
    )
    raw = read_text(page)
    assert raw.title == "中共某某新区工作委员会 某某新区管理委员会关于印发《某某实施方案》的通知"
    assert "发布机构" not in raw.metadata
    assert paragraph_texts(raw) == ["各县人民政府，新区各部门：", BODY]
    # one organ line over a title that is no 关于… title: nothing is taken
    plain = read_text(f"某某新区管理委员会\n全面推进乡村振兴\n{BODY}\n")
    assert "发布机构" not in plain.metadata


def test_a_short_line_over_a_document_number_deep_in_the_text_stays_text() -> None:
    """Only the header under the title is metadata: a sentence citing a number is text."""
    raw = read_text(f"某县关于做好防汛工作的通知\n{BODY}\n{BODY}\n{BODY}\n依据文件\n某政办发〔2019〕12号\n{BODY}\n")
    assert "依据文件" in paragraph_texts(raw) and "某政办发〔2019〕12号" in paragraph_texts(raw)


def test_title_broken_over_two_lines_is_joined() -> None:
    raw = read_text(f"某某省人民政府办公厅关于进一步加强\n农村公路养护工作的意见\n{BODY}\n")
    assert raw.title == "某某省人民政府办公厅关于进一步加强农村公路养护工作的意见"
    assert paragraph_texts(raw) == [BODY]


def test_a_short_first_line_that_is_a_whole_title_is_not_joined_to_the_next() -> None:
    raw = read_text(f"某县政府工作报告\n各位代表\n{BODY}\n")
    assert raw.title == "某县政府工作报告"


def test_issuing_organs_side_by_side_above_a_joint_document_open_its_title() -> None:
    # The joint document is cited with its issuers (某省农业农村厅 某省财政厅关于…), as when they are
    # printed one a line; above a title that is no 关于… line they are the metadata's.
    raw = read_text(f"某省农业农村厅  某省财政厅\n关于做好高标准农田建设的通知\n{BODY}\n")
    assert raw.title == "某省农业农村厅 某省财政厅关于做好高标准农田建设的通知"
    raw = read_text(f"某省农业农村厅  某省财政厅\n高标准农田建设工作方案\n{BODY}\n")
    assert raw.title == "高标准农田建设工作方案"
    assert raw.metadata["发布机构"] == "某省农业农村厅  某省财政厅"


def test_a_long_list_of_agencies_is_not_the_title() -> None:
    organs = "、".join(f"某市第{n}局" for n in "一二三四五六七八九十") + "、某市人民政府办公室"
    raw = read_text(f"{organs}\n关于印发某方案的通知\n{BODY}\n")
    assert raw.title == "关于印发某方案的通知"


def test_toolbar_words_are_never_the_title() -> None:
    raw = read_text(f"下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年某省政府工作报告\n{BODY}\n")
    assert raw.title == "2026年某省政府工作报告"
    assert paragraph_texts(raw) == [BODY]


def test_a_cut_declared_title_gives_way_to_the_full_one_in_the_body() -> None:
    raw = read_text(f"标题：某局关于印发某某暂行办法\n链接：https://x.gov.cn/1\n正文\n某局关于印发某某暂行办法的通知\n{BODY}\n")
    assert raw.title == "某局关于印发某某暂行办法的通知"
    assert paragraph_texts(raw) == [BODY]


def test_a_declared_title_split_over_two_body_lines_is_not_read_again() -> None:
    raw = read_text(f"标题： 某厅关于印发某省哲学社会科学奖励办法的通知\n正文\n某厅关于印发某省哲学\n社会科学奖励办法的通知\n{BODY}\n")
    assert paragraph_texts(raw) == [BODY]


# -- metadata and chrome ----------------------------------------------------------------------
def test_source_and_time_rows_under_the_title_are_metadata() -> None:
    raw = read_text(f"2026年某省政府工作报告\n——2026年1月26日在某省人民代表大会上\n来源：某某日报\n时间：2026-02-02\n各位代表：\n{BODY}\n")
    assert raw.metadata["来源"] == "某某日报" and raw.metadata["时间"] == "2026-02-02"
    assert paragraph_texts(raw) == ["——2026年1月26日在某省人民代表大会上", "各位代表：", BODY]


def test_a_page_date_stamp_is_metadata_but_a_document_date_is_text() -> None:
    raw = read_text(f"某市统计公报\n2026年02月10日 07时41分\n（2026年3月1日）\n{BODY}\n")
    assert raw.metadata["发布时间"] == "2026年02月10日 07时41分"
    assert "（2026年3月1日）" in paragraph_texts(raw)


def test_breadcrumbs_over_several_lines_are_dropped() -> None:
    raw = read_text(f"您的位置:\n首页\n>\n要闻动态\n要闻动态\n2026年政府工作报告\n{BODY}\n")
    assert raw.title == "2026年政府工作报告"
    assert paragraph_texts(raw) == [BODY]


def test_photo_captions_are_dropped() -> None:
    raw = read_text(f"某县政府工作报告\n县长作政府工作报告。本报记者 张三摄\n{BODY}\n图为会议现场\n第二段。\n")
    assert paragraph_texts(raw) == [BODY, "第二段。"]


def test_related_links_and_editor_at_the_foot_are_not_read() -> None:
    text = f"某县政府工作报告\n{BODY}\n最后一段。\n责任编辑：\n李四\n相关链接>>\n热议政府工作报告\n解读政府工作报告\n打印本页\n关闭窗口\n"
    raw = read_text(text)
    assert paragraph_texts(raw) == [BODY, "最后一段。"]
    assert raw.metadata["责任编辑"] == "李四"


def test_attachment_file_list_at_the_foot_is_not_read() -> None:
    raw = read_text(f"某局通知\n{BODY}\n附件1-7.zip\n")
    assert paragraph_texts(raw) == [BODY]


def test_policy_library_field_block_is_metadata() -> None:
    text = (
        "统一编号：\tGZ0320250065\n文\u3000\u3000号：\t穗某规字〔2025〕1号\n实施日期： 2025年09月12日\n"
        "失效日期： 2030年09月12日\n发布机关： 某市某局\n文件状态： 有效\n网址：https://x.gov.cn/2\n"
        f"某市某局关于印发某办法的通知\n{BODY}\n"
    )
    raw = read_text(text)
    assert raw.title == "某市某局关于印发某办法的通知"
    assert raw.metadata["统一编号"] == "GZ0320250065"
    assert raw.metadata["文号"] == "穗某规字〔2025〕1号"
    assert raw.metadata["失效日期"] == "2030年09月12日"
    assert paragraph_texts(raw) == [BODY]


def test_a_kept_line_that_looks_like_chrome_is_a_finding() -> None:
    raw = read_text(f"某县通知\n{BODY}\n分享 本文\n第二段。\n")
    assert [f.text for f in raw.findings if f.kind == "chrome-kept"] == ["分享 本文"]


def test_one_line_page_title_in_several_chunks_and_organ_prefixed_title() -> None:
    page = (
        "当前位置： 首页政务公开 某乡委员会 关于某某同志任职的通知 时间：2019-07-10 09:28 微信 微博 "
        "岚某发〔2016〕212号 某乡委员会关于某某同志任职的通知 各党支部： 经研究决定，某某同志任某职。 来源：某乡 附件下载"
    )
    raw = read_text("标题: 某乡委员会 关于某某同志任职的通知\n" + page)
    assert paragraph_texts(raw) == ["各党支部： 经研究决定，某某同志任某职。"]
    assert raw.metadata["发文字号"] == "岚某发〔2016〕212号"
    raw = read_text("标题: 关于某某同志任职的通知\n当前位置： 首页 某乡委员会关于某某同志任职的通知 各党支部： 经研究决定。")
    assert raw.title == "某乡委员会关于某某同志任职的通知"


# -- hard wraps -------------------------------------------------------------------------------
def test_hard_wrapped_text_is_joined_back_into_paragraphs() -> None:
    lines = [
        "加快补齐农机装备短板，推进农业机械化全程全面",
        "发展，提升农业生产效率和农民收入水平。同时要",
        "接受群众监督，及时公开办理结果，回应社会关切",
        "问题，做到件件有落实、事事有回音，不断提升群",
        "众满意度和获得感，确保各项工作取得实际成效。",
        "一、工作目标",
        "到二〇二五年，全县高标准农田面积达到一定规模",
        "。",
    ]
    joined, findings = join_wrapped_lines(lines)
    assert joined[0].startswith("加快补齐农机装备短板") and joined[0].endswith("取得实际成效。")
    assert "短板" in joined[0] and "群众" in joined[0]
    assert joined[1] == "一、工作目标"
    assert findings and findings[0].kind == "hard-wrap"
    assert "".join(joined) == "".join(lines)  # nothing dropped


def test_a_wrapped_copy_with_narrowed_commas_indents_and_captions_is_joined_where_it_was_cut() -> None:
    # Copied from a PDF through a tool that narrowed ， to , and dropped each paragraph's indent:
    # lines with more commas look narrower, first lines two characters short. A figure's caption
    # is a line of its own.
    lines = [
        "二〇二三年是全面贯彻党的二十大精神的开局之年,是三",  # 24 characters: indented
        "年疫情防控转段后经济恢复发展的一年。这一年,在县委县",  # 26
        "政府的坚强领导下,全县上下坚持稳中求进工作总基调,完",
        "整、准确、全面贯彻新发展理念,主动服务新发展格局,全",
        "县经济呈现稳中有进、稳中向好的良好态势。",
        "初步核算,全年全县地区生产总值增长较快,按照不变",
        "价格计算,比上年增长较多。其中,第一产业增加值比上",
        "年增长较多,占地区生产总值的比重有所提高;第二产业",
        "图2 各年度三次产业增加值占地区生产总值比重",
        "增加值比上年有所下降,比重略有降低。",
    ]
    joined, _ = join_wrapped_lines(lines)
    assert joined[0].endswith("良好态势。") and "县委县政府" in joined[0]
    assert joined[1].startswith("初步核算") and "按照不变价格" in joined[1]
    assert joined[-2:] == ["图2 各年度三次产业增加值占地区生产总值比重", "增加值比上年有所下降,比重略有降低。"]
    assert "".join(joined) == "".join(lines)


def test_wrapped_lines_holding_digits_are_measured_by_printed_width() -> None:
    # Each line prints 40 columns wide; those with figures hold up to 28 characters, not 20.
    lines = [
        "为进一步加强我区农村公路养护工作，提升服务",
        "水平，到2025年全区优良中等路率达到85%以",
        "上，县道每公里养护资金不低于10000元，乡",
        "道每公里不低于5000元，村道每公里不低于30",
        "00元，各乡镇要明确专人负责，建立路长制，确",
        "保每条农村公路有人管、有人护、有钱养。",
    ]
    joined, findings = join_wrapped_lines(lines)
    assert joined == ["".join(lines)]
    assert findings[0].kind == "hard-wrap"


def test_printed_page_numbers_are_taken_out_and_the_cut_paragraph_joined_again() -> None:
    text = "\n".join([
        "某县森林防火工作方案",
        "一、总体要求",
        "坚持预防为主、积极消灭的方针，切实做好今冬明春",
        "— 2 —",
        "森林防火工作。",
        "二、重点任务",
        "严禁野外用火。",
        "- 3 -",
        "三、保障措施",
        "加强组织领导。",
        "第 4 页 共 5 页",
        "·5·",
        "全年完成造林2万亩。",
        "某县人民政府",
        "2024年10月15日",
        "－6－",
        "附件",
    ])
    raw = read_text(text)
    spoken = "\n".join(paragraph_texts(raw))
    assert "坚持预防为主、积极消灭的方针，切实做好今冬明春森林防火工作。" in paragraph_texts(raw)
    for mark in ("—", "- 3 -", "第 4 页", "·5·"):
        assert mark not in spoken
    assert "全年完成造林2万亩。" in paragraph_texts(raw)
    assert "2024年10月15日" in paragraph_texts(raw)  # a date or a signature before a page break is no cut sentence
    (finding,) = [f for f in raw.findings if f.kind == "page-number"]
    assert "5 处页码" in finding.message and finding.text == "— 2 —"


def test_contents_entries_lose_their_dot_leaders_and_page_numbers() -> None:
    lines = ["目录", "1 总则……………………………… (4)", "1.1编制目的………………(4)", "第二章 组织体系.........12", "附件 ——————————— 20"]
    joined, findings = join_wrapped_lines(lines)
    assert joined == ["目录", "1 总则", "1.1编制目的", "第二章 组织体系", "附件"]
    assert [f.kind for f in findings] == ["toc-leader"] and "4 行" in findings[0].message
    kept = ["全年增长……总体平稳。", "说明：……", "等待……2"]
    assert join_wrapped_lines(kept) == (kept, [])


def test_page_counters_inside_a_flattened_line_are_taken_out() -> None:
    line = "（1）制定乡村振兴规划，确定重点领域和项目。 第1页共4页 （2）加强基础设施建设。 第 2 页 / 共 4 页"
    joined, findings = join_wrapped_lines([line])
    assert joined == ["（1）制定乡村振兴规划，确定重点领域和项目。   （2）加强基础设施建设。"]
    assert [f.kind for f in findings] == ["page-number"] and "2 处页码" in findings[0].message
    kept = ["详见材料第3页，共4页的附表。", "见第1页共4页说明"]
    assert join_wrapped_lines(kept) == (kept, [])


def test_numbers_in_text_are_not_page_numbers() -> None:
    lines = ["（2）", "第3页中的表格显示，全年增长5%。", "2-3个工作日内办结。"]
    raw = read_text("\n".join(["关于某事项的通知", *lines]))
    assert not [f for f in raw.findings if f.kind == "page-number"]


def test_a_title_broken_inside_its_book_title_brackets_is_joined_across_blank_lines() -> None:
    lines = ["关于印发《某市贯彻落实〈关于打好经济", "", "增长主动仗的若干", "", "政策措施〉实施方案》的通知", "", "各县市区人民政府："]
    joined, _ = join_wrapped_lines(lines)
    assert [line for line in joined if line] == [
        "关于印发《某市贯彻落实〈关于打好经济增长主动仗的若干政策措施〉实施方案》的通知",
        "各县市区人民政府：",
    ]
    # a closed title, or a heading after an open one, is not joined
    assert join_wrapped_lines(["学习《条例》", "一、总体要求"])[0] == ["学习《条例》", "一、总体要求"]
    assert join_wrapped_lines(["学习《条例", "一、总体要求"])[0] == ["学习《条例", "一、总体要求"]


def test_lines_of_a_normal_text_are_not_joined() -> None:
    lines = ["第一段写完了。", "第二段也写完了，而且长一些。", "一、标题", "正文。"]
    assert join_wrapped_lines(lines) == (lines, [])


def test_a_time_cut_by_a_line_break_and_a_lone_marker_are_joined() -> None:
    joined, _ = join_wrapped_lines(["受理时间：每日上午9", ":00至11:30", "（三）", "办理地点", "（", "四）咨询电话"])
    assert joined == ["受理时间：每日上午9:00至11:30", "（三）办理地点", "（四）咨询电话"]
    parts, _ = join_wrapped_lines(["第二部分", "部门决算情况说明", "第三章", "附则"])
    assert parts == ["第二部分部门决算情况说明", "第三章附则"]  # 部分 is two characters


def test_a_lone_marker_over_its_text_keeps_its_line_and_says_its_title_is_lost() -> None:
    # 二、 alone, then a paragraph reporting figures or one long sentence: the page lost the title;
    # joined, the marker would be read as the start of the last section's text.
    figures = "全年粮食作物播种面积125.9万公顷，比上年增加1.87万公顷，增长1.5%。其中，玉米播种面积100万公顷。"
    long_sentence = "全市上下坚持以新时代中国特色社会主义思想为指导深入贯彻落实上级各项决策部署推动经济社会持续健康发展。"
    for body in (figures, long_sentence):
        assert join_wrapped_lines(["二、", "", body])[0] == ["二、", "", body]
    # A title with its text run on after it is still the marker's title.
    glued = "推进乡村全面振兴，“三农”基础更加稳固。深入开展专项行动，监测对象帮扶措施全部落实。"
    assert join_wrapped_lines(["（一）", glued])[0] == ["（一）" + glued]
    doc = parse_outline(read_text(f"某市统计公报\n一、综合\n{figures}\n二、\n{figures}\n三、工业\n全年工业增加值增长5%。\n"))
    assert [s.heading for s in doc.sections] == ["一、综合", "二、", "三、工业"]
    assert [f.text for f in doc.findings if f.kind == "heading-untitled"] == ["二、"]


def test_a_title_over_three_lines_opening_with_its_issuer_and_naming_two_documents_is_one_line() -> None:
    # The issuer opens the first line (某市人民政府关于印发…); the second ends with a kind's word
    # (规划) but the third opens with 和: one title naming two documents.
    lines = ["某市人民政府关于印发某市", "国民经济和社会发展第十四个五年规划", "和二〇三五年远景目标纲要的通知", "", "各县区人民政府，市政府各部门："]
    joined, _ = join_wrapped_lines(lines)
    assert [line for line in joined if line] == [
        "某市人民政府关于印发某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知",
        "各县区人民政府，市政府各部门：",
    ]
    # Two titles, each ending with its kind's word and neither line opening with a conjunction, stay apart.
    two = ["某市人民政府关于印发某市", "第十四个五年规划", "某县第十四个五年规划", "各县区人民政府："]
    assert "某县第十四个五年规划" in join_wrapped_lines(two)[0]


def test_a_dateline_or_a_bracket_set_on_two_lines_is_one_line() -> None:
    # The dateline under a report's title, centred on two lines: no pause inside the meeting's name.
    joined, _ = join_wrapped_lines(["政府工作报告", "——2025年1月10日在某某县第十八届", "人民代表大会第五次会议上", "各位代表："])
    assert joined == ["政府工作报告", "——2025年1月10日在某某县第十八届人民代表大会第五次会议上", "各位代表："]
    joined, _ = join_wrapped_lines(["  ——在某某市第五届人民代表大会", "", "  第三次会议上的工作报告"])  # indented, spaced
    assert joined == ["  ——在某某市第五届人民代表大会第三次会议上的工作报告"]
    joined, _ = join_wrapped_lines(["某某条例", "（2024年9月26日某某省第十四届人民代表大会", "常务委员会第十二次会议通过）", "第一章 总则"])
    assert joined == ["某某条例", "（2024年9月26日某某省第十四届人民代表大会常务委员会第十二次会议通过）", "第一章 总则"]
    # A dash line that says no 在…上, and a stray bracket the next line does not close, stay apart.
    kept = ["——写在建区十周年之际", "各位代表：", "附件（", "（一）总体要求"]
    assert join_wrapped_lines(kept)[0] == kept


def test_a_line_ending_in_a_comma_runs_on_even_across_a_blank_line() -> None:
    joined, _ = join_wrapped_lines(["（二）坚持科技创新，", "", "持续提升产业竞争力。"])
    assert joined == ["（二）坚持科技创新，持续提升产业竞争力。"]


def _flattened_wrap() -> tuple[str, list[str]]:
    """A hard-wrapped paragraph of about 27 characters a line, flattened to one line with a space
    at each printed line end (made up in the shape of a document site's PDF preview)."""
    printed = [
        "一、基本情况",
        "随着乡村振兴战略的深入推进，本镇在产业发展、人居环",
        "境整治、基层治理等方面取得了新的进展，群众的获得感明",
        "显增强。为了更好地推进重点项目建设，提高全镇的整体发",
        "展水平，特制定本方案。全年工作目标如下：加快基础设施",
        "建设，提升农村经济发展速度和质量，推动生态环境持续改",
        "善，加强社会事业建设，切实提升居民生活品质和幸福感。",
        "二、主要措施",
    ]
    return " ".join(printed), printed


def test_spaces_left_by_a_flattened_hard_wrap_are_taken_out() -> None:
    line, printed = _flattened_wrap()
    joined, findings = join_wrapped_lines([line])
    assert joined == [printed[0] + " " + "".join(printed[1:-1]) + " " + printed[-1]]  # headings keep their space
    assert any(f.kind == "hard-wrap" and "人居环 境整治" in f.text for f in findings)


def test_spaces_between_whole_paragraphs_of_a_flattened_page_stay() -> None:
    paragraphs = [
        "全年共受理群众来信来访三百余件，办结率达到百分之九十八以上。",
        "新建和改造农村公路四十公里，实现了行政村通硬化路全覆盖。",
        "全面落实耕地保护制度，粮食播种面积稳定在十二万亩以上。",
        "扎实开展文明城市创建，城乡环境面貌进一步改善和提升。",
        "持续深化放管服改革，政务服务事项网上可办率达到百分之百。",
        "扎实推进安全生产专项整治，全年未发生较大以上安全事故。",
    ]
    line = " ".join(paragraphs)
    joined, findings = join_wrapped_lines([line])
    assert joined == [line]
    assert not [f for f in findings if f.kind == "hard-wrap"]


# -- headings ---------------------------------------------------------------------------------
def test_listed_numerals_are_not_a_heading() -> None:
    doc = parse_outline(read_text("某报告\n一、总体情况\n经济增长。一、二、三产业增加值分别增长4%、5%、6%。\n"))
    assert _heads(doc.sections) == [(1, "一", "总体情况")]


def test_a_run_of_numbered_clauses_is_text_not_chapters() -> None:
    text = "某办法\n第二条 本办法的扶持范围包括：\n（一）获评的示范区；\n（二）获批的重点实验室；\n（三）首次应用的新原料。\n第三条 对示范区给予扶持。\n"
    doc = parse_outline(read_text(text))
    assert _heads(doc.sections) == [(1, "第二条", ""), (1, "第三条", "")]
    assert doc.sections[0].paragraphs[-1] == "（三）首次应用的新原料。"


def test_short_notice_sentences_are_clauses_but_report_lead_sentences_are_headings() -> None:
    notice = "关于交通管制的通告\n为保障活动顺利进行，决定实行交通管制。\n一、管制期间，禁止一切车辆通行。违者依法处理。\n二、管制期间，行人请绕行，服从现场指挥。\n特此通告。\n"
    assert parse_outline(read_text(notice)).sections == ()
    lead = "（一）加强政治建设，把对党忠诚作为首要品质。深刻领悟两个确立的决定性意义。" * 1
    body = "我们坚持以人民为中心的发展思想，推进各项工作取得新成效。" * 200  # a long report
    report = f"某省政府工作报告\n一、过去一年的工作\n{body}\n{lead}\n（二）深化法治建设，把依法行政作为履职准则。全面贯彻实施宪法。\n"
    heads = _heads(parse_outline(read_text(report)).sections)
    assert (2, "（一）", "加强政治建设，把对党忠诚作为首要品质。") in heads


def test_a_numbered_heading_with_its_own_text_stays_a_heading() -> None:
    text = "某报告\n二、存在的问题\n（一）对条例的把握需要深入，队伍专业化水平需提升。\n改进措施：加大培训。\n（二）公开内容深度仍需加强。\n改进措施：细化解读。\n"
    heads = _heads(parse_outline(read_text(text)).sections)
    assert [h[1] for h in heads] == ["二", "（一）", "（二）"]


def test_an_attachment_is_a_chapter_of_its_own_with_its_own_numbering() -> None:
    text = (
        "某局关于开展检查的通知\n一、检查范围\n全市企业。\n二、检查方式\n现场检查。\n"
        "附件1\n检查工作方案\n一、工作目标\n确保安全生产形势稳定，杜绝重大事故发生。\n二、工作步骤\n分三个阶段进行检查。\n"
    )
    doc = parse_outline(read_text(text))
    assert _heads(doc.sections) == [
        (1, "一", "检查范围"),
        (1, "二", "检查方式"),
        (1, "附件1", "检查工作方案"),
        (2, "一", "工作目标"),
        (2, "二", "工作步骤"),
    ]


def test_an_attachment_note_at_the_end_is_text() -> None:
    doc = parse_outline(read_text("某局通知\n一、事项\n请按时报送。\n附件：《意向企业基本信息表》\n"))
    assert _heads(doc.sections) == [(1, "一", "事项")]
    assert doc.sections[0].paragraphs[-1] == "附件：《意向企业基本信息表》"


# -- findings ---------------------------------------------------------------------------------
def test_long_chapters_guessed_headings_and_numbering_jumps_are_findings() -> None:
    long_text = "各项工作稳步推进，成效明显。" * 400
    doc = parse_outline(read_text(f"某报告\n一、总体情况\n{long_text}\n三、下一步工作\n继续努力。\n"))
    kinds = {f.kind: f.text for f in doc.findings}
    assert kinds["long-chapter"] == "一、总体情况"
    assert kinds["numbering-jump"] == "三、下一步工作"
    plain = "某公报\n全年经济平稳运行。\n综合\n" + "全年地区生产总值增长百分之五，经济运行总体平稳、稳中有进，质量效益稳步提升。\n" + "农业\n" + "全年粮食产量保持稳定，农业生产形势总体良好，农民收入持续较快增长。\n"
    guessed = [f.text for f in parse_outline(read_text(plain)).findings if f.kind == "heading-guessed"]
    assert guessed == ["综合", "农业"]


# -- formats ----------------------------------------------------------------------------------
DOC = Path(__file__).parent / "fixtures" / "corpus" / "more" / "22_shangrao-2019-jingcha-tineng-ceshi-tongzhi.doc"


def test_legacy_doc_without_a_converter_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(InputError) as caught:
        read_document(DOC)
    assert "\n" not in str(caught.value) and "另存为 .docx" in str(caught.value)


@pytest.mark.skipif(shutil.which("antiword") is None, reason="antiword is not installed")
def test_legacy_doc_is_read_with_antiword() -> None:
    raw = read_document(DOC)
    assert raw.title == "上饶市2019年度考录人民警察体能测评通知"
    assert "一、体能测试的时间和地点" in paragraph_texts(raw)


def test_docx_that_python_docx_refuses_is_read_from_its_xml(tmp_path: Path) -> None:
    import docx

    source = tmp_path / "ok.docx"
    document = docx.Document()
    document.add_paragraph("关于某事的通知")
    document.add_paragraph("一、总体要求")
    document.add_paragraph(BODY)
    document.save(str(source))
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/image" Target="media/missing.png"/></Relationships>',
                )
            dst.writestr(item, data)
    with pytest.raises(KeyError):  # the premise: python-docx refuses it (a part it cannot find)
        docx.Document(str(broken))
    raw = read_document(broken)
    assert paragraph_texts(raw)[-2:] == ["一、总体要求", BODY]
    assert any(f.kind == "docx-raw" for f in raw.findings)


def test_outline_command_shows_where_to_look(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from audiojiedu.cli import cli

    source = tmp_path / "report.txt"
    source.write_text("某报告\n一、总体情况\n" + "各项工作稳步推进，成效明显。" * 400 + "\n三、下一步工作\n继续努力。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["outline", str(source)])
    assert result.exit_code == 0
    assert "check [long-chapter]" in result.output and "「一、总体情况」" in result.output
    data = CliRunner().invoke(cli, ["outline", "--json", str(source)]).output
    assert '"kind": "numbering-jump"' in data


def test_the_signing_organ_at_the_foot_is_text_even_when_the_title_contains_it() -> None:
    """Only a repeat of most of the title is dropped at the foot; the signature is the
    document's own text (a title declared by the format, as DOCX and HTML give it)."""
    from audiojiedu.ingest.page import extract_page

    title = "某县人民政府办公室关于做好防汛工作的通知"
    page = extract_page(["各乡镇：", BODY, "某县人民政府办公室"], title=title)
    assert page.lines == ["各乡镇：", BODY, "某县人民政府办公室"]
    repeated = extract_page(["各乡镇：", BODY, "某县人民政府办公室关于做好防汛工作"], title=title)
    assert repeated.lines == ["各乡镇：", BODY]


def test_an_articles_byline_and_its_call_to_subscribe_are_not_read() -> None:
    """A WeChat-style article saved as text: a byline (column, time stamp, place) under the
    title and a line asking to subscribe; neither is the article."""
    title = "某街道召开2025年工作讨论会"
    raw = read_text(f"{title}\n\n政务   2024-12-28 12:34   上海\n\n点击上方\"某某发布\"可以订阅哦!\n\n{BODY}\n")
    assert raw.title == title
    assert raw.metadata["发布时间"] == "2024-12-28 12:34"  # 政务 and 上海 are said in a finding
    assert paragraph_texts(raw) == [BODY]
    # a sentence of the text that happens to end with ！ is kept
    kept = read_text(f"{title}\n{BODY}\n让我们携手共进，再创佳绩！\n")
    assert paragraph_texts(kept) == [BODY, "让我们携手共进，再创佳绩！"]


def test_a_breadcrumb_line_and_field_rows_with_empty_values_are_not_read() -> None:
    title = "某县人民政府关于印发《某县人民政府工作规则》的通知"
    page = (
        "首页 > 某县人民政府办公室信息公开 > 信息浏览\n索引号: 003129766/201901-00336 组配分类: 规范性文件发布\n"
        "信息分类: 通知   发布机构: 某县人民政府办公室\n生成日期: 2019-01-23 文号:\n"
        f"废止时间: 2020-01-23 名称: {title}\n信息来源: 关键词:\n浏览次数: 590 内容概述:\n{title}\n各乡镇人民政府：\n{BODY}\n"
    )
    raw = read_text(page)
    assert raw.title == title
    assert raw.metadata["信息分类"] == "通知" and raw.metadata["废止时间"] == "2020-01-23"
    assert paragraph_texts(raw) == ["各乡镇人民政府：", BODY]


def test_a_red_letterhead_names_the_issuer_and_the_title_below_is_joined() -> None:
    page = "某省人民政府办公厅文件\n某政办发〔2009〕24号\n某省人民政府办公厅关于加强普通高等学校\n毕业生就业工作的通知\n各市州人民政府：\n" + BODY
    raw = read_text(page)
    assert raw.title == "某省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知"
    assert raw.metadata["发文机关"] == "某省人民政府办公厅"
    assert raw.metadata["发文字号"] == "某政办发〔2009〕24号"
    assert paragraph_texts(raw) == ["各市州人民政府：", BODY]


@pytest.mark.parametrize("part", ["后记", "导 言", "结束语"])
def test_every_part_name_the_outline_knows_stands_alone_in_a_wrapped_copy(part: str) -> None:
    """The outline's part names (`part_name` in data/headings.tsv) are the ingest's too: one list."""
    lines = [
        "加快补齐农机装备短板，推进农业机械化全程全面",
        "发展，提升农业生产效率和农民收入水平。同时要",
        "接受群众监督，及时公开办理结果，回应社会关切",
        "问题，做到件件有落实、事事有回音，确保成效的",
        part,
        "问题，做到件件有落实、事事有回音，确保成效。",
    ]
    joined, _ = join_wrapped_lines(lines)
    assert joined[-2:] == [part, lines[-1]]


def test_a_word_set_letter_spaced_under_a_full_width_line_is_not_joined_to_it() -> None:
    """目 录 / 前 言 under a title as wide as the wrapped text: a heading of its own, not the line's rest."""
    lines = [
        "某某县某某乡人民政府2025年度部门决算报告",
        "目 录",
        "加快补齐农机装备短板，推进农业机械化全程全面",
        "发展，提升农业生产效率和农民收入水平。同时要",
        "接受群众监督，及时公开办理结果，回应社会关切",
        "问题，做到件件有落实、事事有回音，确保成效。",
    ]
    joined, _ = join_wrapped_lines(lines)
    assert joined[:2] == lines[:2]
    raw = read_text("\n".join(lines) + "\n")
    assert raw.title == lines[0]
