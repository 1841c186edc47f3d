"""HTML markup stored inside a text file (ingest/markup.py). The examples are made up."""

from __future__ import annotations

from audiojiedu.ingest import read_text
from audiojiedu.ingest.markup import MARKUP, strip_markup
from audiojiedu.outline import parse_outline

PAGE = (
    "发文机关：某某县人民政府\n"
    '<p>各乡镇人民政府，县直各单位：</p><p>　现将《某某县促进就业实施方案》印发给你们，请认真组织实施。</p>'
    '<p style="text-align: right;">某某县人民政府</p><p><br/></p>'
    '<p style="text-align: center;"><strong>某某县促进就业实施方案</strong></p>'
    "<p><strong>　一、总体要求</strong></p><p>坚持就业优先&nbsp;政策，稳定就业&lt;岗位&gt;总量。</p>"
    "<script>var x = 1;</script><p><strong>　二、主要任务</strong></p><p>扩大就业容量。</p>"
)

SPAM_TAGS = '<legend id="x9k2q"></legend><samp id="x9k2q"></samp>\n<sup id="x9k2q"></sup>\n<mark id="x9k2q"><del id="x9k2q"></del></mark>\n\n<p id="x9k2q"><td id="x9k2q"></td></p><track id="x9k2q"></track>\n\n<delect id="x9k2q"></delect>\n  • <input id="x9k2q"><address id="x9k2q"></address>\n\n    <menuitem id="x9k2q"></menuitem>\n\n    1. <blockquote id="x9k2q"><rt id="x9k2q"></rt></blockquote>\n      <wbr id="x9k2q">\n    2. <meter id="x9k2q"></meter>\n\n      <th id="x9k2q"><center id="x9k2q"><delect id="x9k2q"></delect></center></th>\n    3. <dl id="x9k2q"></dl>\n    4. <rp id="x9k2q"><option id="x9k2q"></option></rp>\n\n        '


def test_markup_in_a_text_file_is_taken_out_and_its_paragraphs_kept() -> None:
    raw = read_text(PAGE)
    texts = [p.text for p in raw.paragraphs]
    assert not any(tag in text for text in texts for tag in ("<p", "<strong", "<br", "style", "var x"))
    assert "坚持就业优先 政策，稳定就业<岗位>总量。" in texts
    assert [f.kind for f in raw.findings].count(MARKUP) == 1
    doc = parse_outline(raw)
    assert [(s.number, s.title) for s in doc.sections] == [("一", "总体要求"), ("二", "主要任务")]


def test_angle_brackets_that_are_not_markup_stay() -> None:
    for text in ("达标率<5%的企业<10家。", "见<p>标记的说明", "输入<Enter>键或<Esc>键均可。", "<script>alert(1)</script> & <b>标签</b>"):
        assert strip_markup(text) == (text, ())


def test_a_mirror_spam_of_empty_tags_of_any_element_is_taken_out() -> None:
    # The shape a hijacked mirror gives a page: empty tags of many elements, made-up ones among
    # them, set in a list of bullets and numbers, over the page's own text.
    raw = read_text(
        SPAM_TAGS + "关于全面建立某某补贴制度的实施意见(某政发【2015】54号)的内容解读\n\n        来源: 发布时间:2021-11-09 17:04:44 字体大小:\n\n"
        "        补贴对象:\n\n            1、困难残疾人生活补贴对象：家庭为最低生活保障对象的残疾人。有条件的市州可扩大到低收入残疾人。\n\n"
        "            2、重度残疾人护理补贴对象：残疾等级为一、二级的残疾人。\n"
    )
    assert raw.title == "关于全面建立某某补贴制度的实施意见（某政发【2015】54号）的内容解读"
    assert not any("<" in p.text or "x9k2q" in p.text for p in raw.paragraphs)



BBCODE_PAGE = (
    "[align=center][color=rgb(34, 34, 34)][font=黑体][size=4][b]20[/b][b]24[/b][b]年某某县[/b]"
    "[b]农业生产情况通报[/b][/size][/font][/color][/align]"
    "[align=center][size=3]某某县农业农村局[/size][/align]"
    "[align=left][size=3]  2024年，全县粮食播种面积[url=http://example.invalid/a]稳中有增[/url]。[/size][/align]"
    "[img]http://example.invalid/pic.jpg[/img]"
    "[align=left][size=3]  一、[b]粮食生产[/b][/size][/align][align=left]全年粮食总产量12.5万吨。[/align]"
)


def test_bbcode_of_a_forum_repost_is_taken_out_and_its_paragraphs_kept() -> None:
    raw = read_text(BBCODE_PAGE)
    assert raw.title == "2024年某某县农业生产情况通报"
    texts = [p.text for p in raw.paragraphs]
    assert not any(mark in text for text in texts for mark in ("[", "]", "size", "example.invalid"))
    assert "2024年，全县粮食播种面积稳中有增。" in " ".join(texts)
    assert [f.kind for f in raw.findings].count(MARKUP) == 1
    assert [(s.number, s.title) for s in parse_outline(raw).sections] == [("一", "粮食生产")]


def test_square_brackets_that_are_not_bbcode_stay() -> None:
    for text in ("根据某政[2001]85号文件[1]的规定。", "见[b]标记[/b]的说明"):
        assert strip_markup(text) == (text, ())


def test_word_field_codes_of_a_contents_are_taken_out_with_the_page_numbers() -> None:
    raw = read_text(
        "某某县卫生健康局2024年度部门决算\n目录\n"
        "第一部分 部门概况 PAGEREF _Toc10231 h 3\n一、 主要职能 PAGEREF _Toc20458 \\h 3\n"
        "第二部分 决算情况说明 PAGEREF _Toc3390 h 5\n"
        "第一部分 部门概况\n一、主要职能\n负责全县卫生健康工作的统筹规划和综合协调。\n"
    )
    texts = [p.text for p in raw.paragraphs]
    assert not any("PAGEREF" in text or "_Toc" in text for text in texts)
    assert "第一部分 部门概况" in texts
    assert not any(text.endswith(("3", "5")) for text in texts)
    kinds = [f.kind for f in raw.findings]
    assert MARKUP in kinds and "toc-leader" in kinds


def test_a_word_in_capitals_that_is_no_field_code_stays() -> None:
    text = "平台采用TOC管理方法，参见PAGEREF字段说明。"
    assert strip_markup(text) == (text, ())


def test_a_link_to_a_file_alone_on_its_line_is_not_read_but_a_named_attachment_is() -> None:
    raw = read_text(
        "某某县卫生健康局2024年度部门决算\n/某某县卫生健康局2024年度决算报表.xls\n"
        "一、主要职能\n负责全县卫生健康工作的统筹规划和综合协调。\n决算报表见某某县卫生健康局2024年度决算报表.xls\n"
        "二、机构设置\n本部门设5个内设机构。\n"
    )
    texts = [p.text for p in raw.paragraphs]
    assert not any(text.startswith("/") for text in texts)
    assert "决算报表见某某县卫生健康局2024年度决算报表.xls" in texts


def test_a_style_sheets_rules_left_in_a_one_line_page_are_not_read() -> None:
    """@page { size: 8.27in 11.69in; margin-left: 1.25in } p.western { font-family: "Times New Roman",
    serif; so-language: en-US } … before a speech on one line (a page exported from Word; ho62,
    session 43): the rules go with a finding, the speech stays whole. One pair of braces in a text
    ({x | x > 0}) stays."""
    speech = "同志们：今天，市安委会在这里召开全市安全生产例会，重点是分析当前安全生产形势。"
    css = (
        "@page { size: 8.27in 11.69in; margin-left: 1.25in; margin-top: 1in } "
        "p { color: #000000; line-height: 115%; text-align: justify } "
        'p.western { font-family: "Times New Roman", serif; font-size: 10pt; so-language: en-US } '
        'p.cjk { font-family: "宋体", "SimSun"; font-size: 10pt; so-language: zh-CN } '
    )
    text, findings = strip_markup(f"市长在全市安全生产委员会例会上的讲话\n{css}{speech}\n")
    assert "font-family" not in text and "@page" not in text and speech in text
    assert [finding.kind for finding in findings] == ["markup"]
    kept, none = strip_markup("集合 {x: x > 0} 的定义见附件。\n")
    assert kept == "集合 {x: x > 0} 的定义见附件。\n" and none == ()


def test_a_doctype_left_without_its_brackets_and_a_footers_script_are_taken_out() -> None:
    """HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN" over a page, and a jQuery script run into
    the footer's line: what a conversion left of the page's code, never read."""
    text = (
        'HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd"\n某某项目中标人公示\n'
        "项目名称：某某工程。公示期为三个工作日。\n某某公司版权所有 $(document).ready(function(){var date=new Date；$(\"#y\").html(date)；})；\n"
    )
    stripped, findings = strip_markup(text)
    assert "PUBLIC" not in stripped and "function" not in stripped and "$(" not in stripped
    assert "某某项目中标人公示" in stripped and "某某公司版权所有" in stripped
    assert [finding.kind for finding in findings] == [MARKUP]


def test_a_sentence_about_a_function_stays() -> None:
    # Must NOT touch: the words public and function in the text's own sentences.
    text = "某某平台提供public service功能，其function模块运行正常。\n"
    assert strip_markup(text) == (text, ())


def test_a_closing_tag_that_lost_its_bracket_is_taken_out() -> None:
    stripped, findings = strip_markup("考察组深入各选区进行走访?/p>调查，广泛听取意见。\n")
    assert stripped == "考察组深入各选区进行走访调查，广泛听取意见。\n"
    assert findings
    kept = "比例为3/4，详见附表1/2。\n"  # Must NOT touch: a fraction's slash
    assert strip_markup(kept) == (kept, ())


def test_a_word_pages_style_sheet_and_settings_shown_as_text_are_taken_out() -> None:
    """A Word page copied without the tags round its <xml> and <style>: the settings' values (Normal 0
    7.8 磅 … X-NONE), a Latin comment and a rule's declarations in braces, glued after a sentence."""
    sentence = "社会保障和就业支出4.76亿元，增长48%。"
    code = (
        " Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE /* Style Definitions */ table.MsoNormalTable "
        "{mso-style-name:普通表格; mso-tstyle-rowband-size:0; mso-padding-alt:0cm 5.4pt 0cm 5.4pt; "
        'font-family:"Calibri","sans-serif"; mso-font-kerning:1.0pt;}'
    )
    stripped, findings = strip_markup(f"{sentence}{code} 来源：某区财政局\n")
    assert stripped.split() == [sentence, "来源：某区财政局"]
    assert [finding.kind for finding in findings] == [MARKUP]
    assert "样式表" in findings[0].message and "Word" in findings[0].message


def test_braces_and_a_normal_word_in_the_text_stay() -> None:
    # Must NOT touch: a set in braces with one name and value, the word Normal in a sentence.
    text = "取值范围为{a:1;}，模式设为Normal 0级以下。\n"
    assert strip_markup(text) == (text, ())
