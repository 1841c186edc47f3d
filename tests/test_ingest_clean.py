"""Text cleaning before reading: an article's number set letter-spaced by a PDF's copy is one
number. Examples are made up."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.clean import clean_text, normalize_punctuation
from audiojiedu.normalize import normalize
from audiojiedu.outline import parse_outline


def test_a_letter_spaced_article_number_is_one_number() -> None:
    """第 1 1 条 (a PDF's letter spacing) is 第11条: read 第一 一条 it is a wrong fact, and the outline
    counts it as article 11. A lone digit's spaces stay as written, and so do other words' figures."""
    assert clean_text("第 1 1 条 鼓励企业产值稳步增长。") == "第11条 鼓励企业产值稳步增长。"
    assert clean_text("第 2 0 条  涉旅企业必须诚实守信。") == "第20条  涉旅企业必须诚实守信。"
    assert clean_text("第 1 条 设立引导资金。") == "第 1 条 设立引导资金。"
    assert clean_text("截至第 3 季度末，完成 1 2 项。") == "截至第 3 季度末，完成 1 2 项。"
    text = "某县若干措施\n第 9 条 对新建项目给予奖励。\n第 1 0 条 对技术改造给予补助。\n第 1 1 条 对增长企业给予奖励。\n"
    doc = parse_outline(read_text(text))
    assert [section.number for section in doc.sections] == ["第9条", "第10条", "第11条"]
    assert "第 1 1 条" not in "\n".join(paragraph_texts(read_text(text)))


def test_a_year_in_chinese_numerals_set_letter_spaced_is_one_year() -> None:
    assert clean_text("第十四个五年规划和二 〇 三五年远景目标纲要") == "第十四个五年规划和二〇三五年远景目标纲要"
    assert clean_text("某某区财政局 二〇 二 一 年十一月") == "某某区财政局 二〇二一年十一月"
    assert clean_text("选项：一 二 三 四") == "选项：一 二 三 四"  # no 年 after them: separate items

def test_the_katakana_long_mark_typed_for_one_in_a_numeral_is_one() -> None:
    # 第二十ー条, ー、, （ー）: an input method's look-alike of 一 where a numeral stands
    assert clean_text("第二十ー条　在同一设区市内…\nー、总体要求\n（ー）指导思想\n第ー章") == "第二十一条　在同一设区市内…\n一、总体要求\n（一）指导思想\n第一章"
    assert clean_text("第三十ｰ条") == "第三十一条"
    # a Japanese name's long mark stays
    assert clean_text("与ソニー公司合作，参观センター。") == "与ソニー公司合作，参观センター。"


def test_a_pdfs_gb2312_punctuation_read_as_yi_syllables_is_the_mark_it_names() -> None:
    """青海省人民政府ꎬ省政府各委办厅局 … 彻执行ꎮ: a PDF whose font maps its marks to GB2312 codes
    read as code points (U+A3AC for ，, U+A3AE for the full stop); between Chinese text each is the
    mark, never a Yi syllable for the voice. A Yi text (no Han round it) is left as written."""
    assert clean_text("某省人民政府ꎬ省政府各委办厅局：请认真贯彻执行ꎮ") == "某省人民政府，省政府各委办厅局：请认真贯彻执行。"
    assert clean_text("措施»ꎬ 已经") == "措施»， 已经"
    assert clean_text("ꆈꌠꁱꂷ") == "ꆈꌠꁱꂷ"


def test_a_clock_time_with_a_space_after_its_colon_in_a_range_is_one_time() -> None:
    """7日:8: 00-12:00、14: 30-17:30 (ho96/01, session 50): the space after the colon is the
    typesetter's; left in, 8: 00 was heard as a ratio, 八比零. A ratio or a score stays as written."""
    assert clean_text("7日:8: 00-12:00、14: 30-17:30") == "7日：8:00-12:00、14:30-17:30"
    assert clean_text("8: 00至12: 30") == "8:00至12:30"
    for kept in ("比例尺1: 50", "比分为3: 00"):
        assert clean_text(kept) == kept
    assert normalize(clean_text("8: 00-12:00")) == "八点至十二点"


def test_a_full_stop_typed_as_a_dot_after_chinese_text_ends_the_sentence() -> None:
    assert normalize_punctuation("特制订本办法.") == "特制订本办法。"
    assert normalize_punctuation("定于一九七八年四月一日起试行.\n下一行") == "定于一九七八年四月一日起试行。\n下一行"
    assert normalize_punctuation("（以下简称《条例》).第二条") == "（以下简称《条例》）。第二条"
    # a dot between digits or letters, or in a run of dots, is no full stop
    for kept in ("增长1.5%", "网址www.gov.cn", "附件：某某方案.doc", "等等...", "第1.2条", "Inc. All", "二.重点工作汇报"):
        assert normalize_punctuation(kept) == kept


def test_a_document_numbers_year_in_low_and_reversed_quotes_is_bracketed() -> None:
    # 国办发„2009‟3号: the 〔〕 some fonts' encodings turn into „ and ‟
    assert clean_text("根据《某某通知》（国办发„2009‟3号）精神") == "根据《某某通知》（国办发〔2009〕3号）精神"
    quoted = "他说„2009‟年是关键的一年"  # no serial and 号 after it: a quotation, left as written
    assert clean_text(quoted) == quoted


def test_a_dot_before_a_chinese_top_level_domain_is_no_full_stop() -> None:
    """中文域名：某省人民政府.政务 in a footer is a site's name, its dot no sentence's end (which would
    make the footer read as text); a dot ending a sentence before 政务公开… is one."""
    assert normalize_punctuation("中文域名:某省人民政府.政务") == "中文域名：某省人民政府.政务"
    assert normalize_punctuation("某某公益基金会.公益 ").startswith("某某公益基金会.公益")
    assert normalize_punctuation("工作全部完成.政务公开工作同步推进.") == "工作全部完成。政务公开工作同步推进。"


def test_html_entities_left_in_a_text_copy_are_the_characters_they_name() -> None:
    """未被列入&ldquo;信用中国&rdquo;网站: a page saved as text kept its HTML's entities; they are the
    quotes (never rdquo read aloud); a bare & or an unknown name stays as written."""
    assert clean_text("未被列入&ldquo;信用中国&rdquo;网站&nbsp;名单") == "未被列入“信用中国”网站 名单"
    assert clean_text("AT&T 与 &foo; 照写") == "AT&T 与 &foo; 照写"
