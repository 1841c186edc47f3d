"""Markdown saved as a text file (issue 17): a document site's or a scraper's page, with front
matter, heading marks, emphasis, links, containers and a collector's note. Every example is made
up, in the shape of real ones; a text that is not Markdown is left as it is."""

from __future__ import annotations

from audiojiedu.ingest import read_text
from audiojiedu.ingest.markdown import strip_markdown
from audiojiedu.outline import parse_outline

BODY = "为加强农村公路养护工作，现提出如下意见。"


def _outline(text: str) -> list[tuple[str, str]]:
    doc = parse_outline(read_text(text))
    rows: list[tuple[str, str]] = []
    for section in doc.sections:
        rows.append((section.number, section.title))
        rows += [(sub.number, sub.title) for sub in section.sections]
    return rows


def test_front_matter_fields_are_metadata_and_the_title_is_never_spoken_as_a_field() -> None:
    raw = read_text(
        '---\ntitle: "某某省人民政府关于加强农村公路养护工作的意见"\ndate: 2021-03-01\nauthor: 某某省人民政府\n'
        "icon: article\ncategory:\n  - 规章\n---\n\n"
        f"# 某某省人民政府关于加强农村公路养护工作的意见\n\n各市人民政府：\n\n{BODY}\n"
    )
    assert raw.title == "某某省人民政府关于加强农村公路养护工作的意见"
    assert raw.metadata["发布日期"] == "2021-03-01"
    assert raw.metadata["作者"] == "某某省人民政府"
    texts = [p.text for p in raw.paragraphs]
    assert not any("title" in t or "icon" in t or "---" in t or "#" in t for t in texts)
    assert BODY in texts
    assert any(f.kind == "markdown" and "icon" in f.text for f in raw.findings)


def test_front_matter_in_chinese_keeps_its_labels() -> None:
    raw = read_text(f"---\n标题: 关于做好防汛工作的通知\n文号: 某政发〔2024〕8号\n---\n\n# 关于做好防汛工作的通知\n\n{BODY}\n")
    assert raw.metadata["文号"] == "某政发〔2024〕8号"
    assert raw.title == "关于做好防汛工作的通知"


def test_heading_marks_and_emphasis_go_so_the_outline_sees_the_numbering() -> None:
    rows = _outline(
        f"# 某某县关于加强农村公路养护工作的意见\n\n{BODY}\n\n## 一、总体要求\n\n坚持以人民为中心。\n\n"
        "## 二、主要任务\n\n### （一）落实养护责任\n\n各地要落实责任。\n\n**（二）加大资金投入**\n\n各地要加大投入。\n"
    )
    assert rows == [("一", "总体要求"), ("二", "主要任务"), ("（一）", "落实养护责任"), ("（二）", "加大资金投入")]


def test_links_keep_their_words_and_images_go() -> None:
    text, _ = strip_markdown(
        "# 标题\n\n详见[《某某办法》](https://www.example.gov.cn/a.html)。![图片](img/1.png)\n\n## 一、要求\n\n<https://www.example.gov.cn/b.html>\n"
    )
    assert "详见《某某办法》。" in text
    assert "img/1.png" not in text and "](" not in text
    assert "<https" not in text


def test_a_link_with_a_space_before_its_closing_bracket_keeps_only_its_words() -> None:
    text, _ = strip_markdown("# 标题\n\n- [某某方案.pdf](/cmsres/f9/4de52f6c.pdf )\n")
    assert "某某方案.pdf" in text and "cmsres" not in text and "](" not in text


def test_a_collectors_note_above_the_title_is_not_the_document() -> None:
    raw = read_text(
        "> 本文由某某资料库整理自官方网站，仅供查阅，以原文为准。\n\n"
        f"# 关于做好防汛工作的通知\n\n各单位：\n\n{BODY}\n\n## 一、工作要求\n\n认真落实。\n"
    )
    texts = [p.text for p in raw.paragraphs]
    assert not any("仅供查阅" in t for t in texts)
    assert any("收录者" in f.message and "仅供查阅" in f.text for f in raw.findings)


def test_a_quote_inside_the_document_stays() -> None:
    text, _ = strip_markdown(f"# 关于做好防汛工作的通知\n\n{BODY}\n\n> 习近平总书记强调：防汛救灾关系人民生命财产安全。\n\n## 一、要求\n")
    assert "习近平总书记强调：防汛救灾关系人民生命财产安全。" in text


def test_containers_attributes_directives_and_jump_lists_go() -> None:
    text, _ = strip_markdown(
        "---\ntitle: 某某管理办法\n---\n\n::: tip 修订信息\n\n（2014年12月19日某某部令第28号公布&emsp;自2015年1月1日起施行）\n\n:::\n\n"
        "::: details 目录\n\n- 第1~3条：\n\n  [1](#t1)&emsp;[2](#t2)&emsp;[3](#t3)\n\n[[toc]]\n\n@tab 章节\n\n:::\n\n"
        '## 第一章&emsp;总&emsp;则{align="center"}\n\n第一条　为规范管理，制定本办法。\n'
    )
    assert "（2014年12月19日某某部令第28号公布\u2003自2015年1月1日起施行）" in text
    for gone in (":::", "第1~3条", "(#t1)", "[[toc]]", "@tab", "{align", "&emsp;"):
        assert gone not in text, gone
    assert "第一章\u2003总\u2003则" in text


def test_plain_text_with_a_hash_or_stars_is_not_markdown() -> None:
    text = "#1号楼\n关于做好防汛工作的通知\n注：带*号的为必填项。\n一、工作要求\n"
    assert strip_markdown(text) == (text, ())


def test_a_heading_mark_on_the_first_line_is_markdown_and_one_further_down_alone_is_not() -> None:
    assert strip_markdown("# 关于做好防汛工作的通知\n一、工作要求\n")[0] == "关于做好防汛工作的通知\n一、工作要求\n"
    text = "关于做好防汛工作的通知\n# 一号楼\n一、工作要求\n"
    assert strip_markdown(text) == (text, ())


def test_an_address_alone_on_its_line_is_the_source_link_not_prose() -> None:
    text, findings = strip_markdown("# 某某管理办法\n\n第一条 为规范管理，制定本办法。\n\n::: warning 原文链接\n\n<http://www.example.gov.cn/a/b.shtml>\n\n:::\n")
    assert "example.gov.cn" not in text
    assert any("网址链接" in f.message and "example.gov.cn" in f.text for f in findings)
    inline, _ = strip_markdown("# 标题\n\n详见<https://www.example.gov.cn/x.html>。\n\n## 一、要求\n")
    assert "详见https://www.example.gov.cn/x.html。" in inline


def test_an_html_comment_in_markdown_is_not_read() -> None:
    """<!-- INFO END --> between a scraper's header lines and the text: a comment no reader of the
    page sees, never a line of the document."""
    raw = read_text(f"# 某某奖励办法\n\n2022年6月6日 某部令第2号公布\n\n<!-- INFO END -->\n\n## 第一章 总 则\n\n第一条 {BODY}\n")
    spoken = "\n".join(p.text for p in raw.paragraphs)
    assert "INFO" not in spoken and "-->" not in spoken and BODY in spoken
    assert any(f.text == "<!-- INFO END -->" for f in raw.findings)


def test_a_scrapers_header_without_dashes_is_metadata_and_its_content_key_opens_the_body() -> None:
    raw = read_text(
        "title: 2005年3月1日某某部发言人在例行记者会上答记者问\nurl: http://www.example.gov.cn/a/1.htm\n"
        "author: 某某新闻网站\ncontent: \n3月1日下午，某某部发言人主持例行记者会。\n问：请介绍有关情况。\n"
    )
    assert raw.title == "2005年3月1日某某部发言人在例行记者会上答记者问"
    assert raw.metadata["原文链接"] == "http://www.example.gov.cn/a/1.htm"
    assert raw.metadata["作者"] == "某某新闻网站"
    spoken = " ".join(p.text for p in raw.paragraphs)
    assert "title" not in spoken and "content" not in spoken and "author" not in spoken
    assert spoken.startswith("3月1日下午")


def test_a_scrapers_header_may_carry_the_first_line_after_content_and_keys_of_its_own() -> None:
    raw = read_text("title: 某某县关于做好防汛工作的通知\nid: 4521\nurl: http://x.gov.cn/1\ncontent: 各乡镇人民政府：\n" + BODY + "\n")
    assert raw.title == "某某县关于做好防汛工作的通知"
    assert [p.text for p in raw.paragraphs][:2] == ["各乡镇人民政府：", BODY]
    assert any(f.text == "id" for f in raw.findings)


def test_english_key_lines_that_are_not_a_scrapers_header_are_read() -> None:
    # One known key is a line of the text (a note, a contact), not a header.
    raw = read_text("某某县关于做好防汛工作的通知\nNote: 请各单位认真落实。\n" + BODY + "\n")
    assert raw.title == "某某县关于做好防汛工作的通知"
    # Keys no scraper's header uses are left to the page reader.
    text = "Tel: 0539-1234567\nFax: 0539-7654321\n某某县关于做好防汛工作的通知\n" + BODY + "\n"
    assert strip_markdown(text) == (text, ())


def test_an_empty_bold_field_takes_no_value_and_a_collectors_heading_is_not_read() -> None:
    raw = read_text(
        "# 关于做好2023年乡村振兴重点工作的意见\n\n**发布日期**: 2023年2月14日\n**发布机构**: 中共中央\n**分类**: \n\n---\n\n"
        "## 政策全文\n\n新华社北京2月13日电\n\n中共中央 国务院关于做好2023年乡村振兴重点工作的意见\n\n（2023年1月2日）\n\n" + BODY + "\n"
    )
    assert "分类" not in raw.metadata
    assert raw.title == "中共中央 国务院关于做好2023年乡村振兴重点工作的意见"
    texts = [p.text for p in raw.paragraphs]
    # the wire's dateline is its byline, cut off as 本报讯 is (see test_ingest_page_site_notes)
    assert texts[0] == "（2023年1月2日）"
    assert any(finding.text == "新华社北京2月13日电" for finding in raw.findings)
    assert "title-guessed" in [f.kind for f in raw.findings]


def test_the_notice_issuing_the_document_between_headline_and_title_line_is_read() -> None:
    raw = read_text(
        "# 某市应急体系规划\n\n**发布日期**: 2021年12月\n\n---\n\n## 政策全文\n\n某市人民政府关于印发\n\n某市应急体系规划的通知\n\n"
        "某政发〔2021〕36号\n\n各区人民政府，市政府各委、办、局：\n\n现将《某市应急体系规划》印发给你们，请认真贯彻执行。\n\n"
        "某市人民政府\n\n2021年12月30日\n\n某市应急体系规划\n\n" + BODY + "\n"
    )
    spoken = " ".join(p.text for p in raw.paragraphs)
    assert "现将《某市应急体系规划》印发给你们" in spoken and "各区人民政府，市政府各委、办、局：" in spoken


def test_a_contents_of_in_page_links_goes_whole_with_its_heading_and_is_named() -> None:
    """目录 over [第一章 总则](#第一章-总则) … [第四章 地方性法规、自治条例和单行条例、规章](#…): the page's
    navigation, long entries as well as short ones; the chapters are the headings below."""
    text, findings = strip_markdown(
        "# 中华人民共和国某某法\n\n目录\n\n[第一章 总则](#第一章-总则)\n\n[第二章 法律](#第二章-法律)\n\n"
        " [第三节 全国人民代表大会常务委员会立法程序](#第三节-全国人民代表大会常务委员会立法程序)\n\n"
        "[第四章 地方性法规、自治条例和单行条例、规章](#第四章-地方性法规自治条例和单行条例规章)\n\n"
        "## 第一章 总则\n\n第一条 为了规范立法活动，制定本法。\n"
    )
    assert "目录" not in text and "常务委员会立法程序" not in text and "单行条例" not in text
    assert "第一章 总则\n\n第一条 为了规范立法活动，制定本法。" in text
    assert any("跳转" in f.message and "第四章" in f.text for f in findings)


READER_PAGE = "\n".join(
    [
        "Title: 某省多项医保新措1月1日起实施 - 某市人民政府门户网站",
        "",
        "URL Source: https://www.example.gov.cn/zwfw/content/post_1.html",
        "",
        "Markdown Content:",
        "[](javascript:void(0))",
        "",
        *(f"*   [{word}](https://www.example.gov.cn/{n})" for n, word in enumerate(["用户登录", "市民网页", "退出"])),
        "*   #### [语言](https://www.example.gov.cn/#)",
        "",
        "    *   [简体](https://www.example.gov.cn/)",
        "    *   [繁體](https://www.example.gov.cn/)",
        "",
        *(f"[{word}](https://www.example.gov.cn/c{n})" for n, word in enumerate(["政务公开", "政务服务", "互动交流", "政策发布"] * 3)),
        "搜索热词：社保医保高质量发展居住证营商环境",
        "某省多项医保新措1月1日起实施",
        "*   ![Image 10](https://www.example.gov.cn/global/icon2.png) 听全文",
        "*   _![Image 11](https://www.example.gov.cn/icon\\_r1.png)_ 2025-01-01",
        "*   _![Image 12](https://www.example.gov.cn/icon\\_r3.png)_ 来源：某市日报 ",
        "*   _![Image 20](https://www.example.gov.cn/icon07.png)_-次",
        "",
        "1月1日起，某省医保有不少新变化，来看记者的梳理。",
        "",
        "_参保待遇_",
        "",
        "职工医保个人账户可用于支付参保人员本人及其近亲属在定点医药机构就医购药产生的个人负担费用。",
    ]
)


def test_a_reader_services_page_is_markdown_its_header_fields_and_its_menus_go() -> None:
    """Title: / URL Source: / Markdown Content: (blank lines between): the header's fields, then the
    whole page as Markdown, the site's menus first: the menus, the headline printed again, the
    read-aloud button and a counter left empty are not read; the date and source are fields."""
    raw = read_text(READER_PAGE)
    assert raw.title == "某省多项医保新措1月1日起实施"
    assert raw.metadata["原文链接"] == "https://www.example.gov.cn/zwfw/content/post_1.html"
    assert raw.metadata["来源"] == "某市日报"
    assert [p.text for p in raw.paragraphs] == [
        "1月1日起，某省医保有不少新变化，来看记者的梳理。",
        "参保待遇",
        "职工医保个人账户可用于支付参保人员本人及其近亲属在定点医药机构就医购药产生的个人负担费用。",
    ]


def test_nested_list_items_and_single_mark_emphasis_lose_their_marks() -> None:
    text, _ = strip_markdown("# 某某通知\n\n*   #### 语言\n    *   简体\n\n_注_：*以上* 为准。\n\n## 一、要求\n")
    assert "语言\n简体" in text and "注：以上 为准。" in text
    assert "#" not in text and "*" not in text and "_" not in text


def test_the_font_size_buttons_as_glyphs_are_not_read() -> None:
    raw = read_text(READER_PAGE.replace("*   ![Image 10]", "**A+**大**A+**中**A+**小\n*   ![Image 10]"))
    assert raw.paragraphs[0].text == "1月1日起，某省医保有不少新变化，来看记者的梳理。"


def test_an_archives_additions_at_the_foot_are_not_the_document() -> None:
    """An archive's copy ends with what the archive added: its generated summary between its
    comments under a 摘要 heading, its record of the file (| Attribute | Value |) under a caption,
    and its note that it gathered the text (> 本文由…整理，仅供浏览。版权归原作者所有。)."""
    text = (
        f"# 关于某某提案答复的函\n\n某某委员：\n\n{BODY}\n\n某某部\n\n2020 年 12 月 8 日\n\n"
        "## 摘要与附加信息\n\n<!-- tcd_abstract -->\n这是一份由某某部发布的答复函，回应了有关提案。\n<!-- tcd_abstract_end -->\n\n"
        "附加信息 [Processed Page Metadata]\n\n| Attribute | Value |\n|---|---|\n| Filename | 某某答复的函.md |\n"
        "| MD5 | 1ba2a9720ab072816d71935ca05ed91b |\n| Author | 某某部 |\n>\n> 本文由某某数字档案馆归档整理，仅供浏览。版权归原作者所有。\n>\n"
    )
    raw = read_text(text)
    texts = [p.text for p in raw.paragraphs]
    assert texts[-2:] == ["某某部", "2020 年 12 月 8 日"]
    messages = " ".join(f.message for f in raw.findings)
    assert "摘要" in messages and "记录表" in messages and "收录者" in messages


def test_a_quote_ending_the_document_that_is_no_collectors_note_stays() -> None:
    text, _ = strip_markdown(f"# 关于做好防汛工作的通知\n\n{BODY}\n\n> 防汛救灾关系人民生命财产安全。\n")
    assert "防汛救灾关系人民生命财产安全。" in text


def test_an_ordered_list_written_with_one_number_is_numbered_as_shown() -> None:
    """Markdown shows 1. / 1. / 1. as 1. 2. 3. (a nested list numbered on its own); numbers written
    out stay as written, and a paragraph at the margin ends a list."""
    text, _ = strip_markdown(
        "# 关于印发某某规范的通知\n\n1. 充分认识重要意义\n\n   正文一。\n\n1. 积极推进全面使用\n\n   1. 加强培训。\n\n   1. 更新系统。\n\n"
        "1. 加大监督指导力度\n\n现将有关事项通知如下。\n\n1. 第一项。\n\n3. 第三项。\n"
    )
    numbered = [line.strip() for line in text.split("\n") if line.strip()[:1].isdigit()]
    assert numbered == ["1. 充分认识重要意义", "2. 积极推进全面使用", "1. 加强培训。", "2. 更新系统。", "3. 加大监督指导力度", "1. 第一项。", "3. 第三项。"]


def test_a_pandoc_span_keeps_its_words_without_its_attributes() -> None:
    """[五、]{.mark}两市人民政府[逐步建立…]{.mark}: a highlight the converter kept; the words stay."""
    text, _ = strip_markdown(f"# 关于加强某某景区共同保护的决定\n\n{BODY}\n\n[五、]{{.mark}}两市人民政府[逐步建立信息发布平台。]{{.mark}}\n\n[某某]{{#id .note}}\n")
    assert "五、两市人民政府逐步建立信息发布平台。" in text
    assert "{" not in text and "某某" in text
