"""Decisions amending rules (修改决定, 修正案): the item naming the rules amended is a heading, with
the history of the rules in brackets; the amendment instructions under it (第二条修改为：…) are
clauses, read as text."""

from __future__ import annotations

from helpers import flat_outline

from audiojiedu.ingest import read_text
from audiojiedu.ingest.clean import normalize_punctuation
from audiojiedu.outline import parse_outline
from audiojiedu.outline.lists import is_amendment, is_statement

_HISTORY = "（1995年3月1日某市人民政府令第5号发布，根据2004年6月1日某市人民政府令第40号第一次修改，根据2010年9月1日某市人民政府令第88号第二次修改）"


def test_amendment_instructions_are_clauses() -> None:
    assert is_amendment("第二条修改为：")
    assert is_amendment("将第五条第二款修改为：")
    assert is_amendment("將第三條修改為：")
    assert is_amendment("删去第十二条。")
    assert is_amendment("在第七条后增加一条，作为第八条：")
    assert is_amendment("将第九条中的“区县”改为“区”。")


def test_instructions_naming_the_rules_without_title_marks_are_clauses() -> None:
    """A 修正案 names the law bare after the instruction's lead: 将刑法第三百九十条修改为："""
    assert is_amendment("将刑法第三百九十条修改为：")
    assert is_amendment("将刑法第三百八十七条第一款修改为：")
    assert is_amendment("在刑法第一百六十五条中增加一款作为第二款，将该条修改为：")
    assert is_amendment("删去某某条例第十二条。")
    # A lead word opening a heading that names an article but amends nothing stays a heading.
    assert not is_amendment("在某某条例第三条规定的范围内开展工作")


def test_headings_that_name_articles_or_amendments_are_not_instructions() -> None:
    # What must NOT be touched: the item naming the rules amended, a heading about an article.
    assert not is_amendment("对《某市市容管理办法》作出修改")
    assert not is_amendment("某市市容管理办法" + _HISTORY)
    assert not is_amendment("第二条的适用范围")
    assert not is_amendment("关于第二条修改为的说明")


def test_a_bracketed_history_does_not_make_a_heading_a_sentence() -> None:
    assert not is_statement("某市市容管理办法" + _HISTORY)
    # Commas outside the brackets still make a sentence.
    assert is_statement("本办法自公布之日起施行，有效期五年，由市政府负责解释，各区遵照执行")


def test_a_decision_amending_rules() -> None:
    text = (
        "某市人民政府关于修改《某市市容管理办法》等2项规章的决定\n"
        "市人民政府决定对《某市市容管理办法》等2项规章作如下修改：\n"
        f"一、某市市容管理办法{_HISTORY}\n"
        "1.将第二条修改为：“市城市管理部门负责本市市容管理工作。”\n"
        "2.删去第十条。\n"
        "二、某市公园管理规定（2001年5月1日某市人民政府令第20号发布）\n"
        "将第四条修改为：“各区公园管理机构负责本区公园的日常管理。”\n"
        "本决定自公布之日起施行。\n"
    )
    doc = parse_outline(read_text(text))
    assert flat_outline(doc.sections) == [
        [1, "一", "某市市容管理办法" + _HISTORY],
        [1, "二", "某市公园管理规定（2001年5月1日某市人民政府令第20号发布）"],
    ]
    # The instructions are read as text where they stand.
    assert doc.sections[0].paragraphs[0].startswith("1.将第二条修改为")
    assert any(p.startswith("2.删去第十条") for p in doc.sections[0].paragraphs)


def test_a_revision_whose_first_item_is_an_instruction() -> None:
    text = (
        "某省城市维护建设税实施细则修正案\n"
        "一、第二条修改为：“凡缴纳增值税、消费税的单位和个人，为城市维护建设税的纳税人。”\n"
        "二、第五条修改为：“本细则由省财政厅负责解释。”\n"
    )
    doc = parse_outline(read_text(text))
    assert flat_outline(doc.sections) == []


def test_a_long_note_in_ascii_brackets_becomes_one_full_width_pair() -> None:
    note = "(1995年3月1日某市人民政府令第5号发布,根据2004年6月1日某市人民政府令第40号第一次修改,根据2010年9月1日某市人民政府令第88号第二次修改,根据2016年1月1日某市人民政府令第120号第三次修改)"
    assert normalize_punctuation("某市市容管理办法" + note) == (
        "某市市容管理办法" + note.replace("(", "（").replace(")", "）").replace(",", "，")
    )
    # Separate brackets stay separate pairs.
    assert normalize_punctuation("甲(乙)丙(丁)") == "甲（乙）丙（丁）"


def test_instructions_that_name_the_rules_before_the_article_are_clauses() -> None:
    # A decision amending several rules at once names each rule in its instruction (dev22 05).
    assert is_amendment("删去《某市养犬管理办法》第十四条第二款第八项。")
    assert is_amendment("将《某市献血管理办法》第十四条第一款修改为“献血者本人可以报销用血费用。”")
    assert is_amendment("在《某市停车场管理规定》第九条后增加一款。")
    assert is_amendment("《某市广告管理办法》第五条修改为：")
    # What must NOT be touched: a heading about a cited rule's article, the rule amended.
    assert not is_amendment("《某市养犬管理办法》第十四条的适用")
    assert not is_amendment("对《某市养犬管理办法》第十四条作出解释")
    assert not is_amendment("修改《某市养犬管理办法》")


def test_a_decision_whose_items_amend_named_rules() -> None:
    text = (
        "某市人民政府关于修改和废止部分政府规章的决定\n"
        "市政府决定对3部政府规章予以修改，对2部政府规章予以废止。\n"
        "一、修改3部政府规章的部分条款\n"
        "（一）删去《某市城乡低保办法》第十四条第二款第八项。\n"
        "（二）删去《某市公有住房出售办法》第二十八条第二项。\n"
        "（三）将《某市献血管理办法》第十四条第一款修改为“献血者凭身份证件报销用血费用。”\n"
        "二、废止2部政府规章\n"
        "（一）某市集贸市场管理办法\n"
        "（二）某市旅馆业管理规定\n"
        "本决定自公布之日起施行。\n"
    )
    doc = parse_outline(read_text(text))
    assert [row[:2] for row in flat_outline(doc.sections)][:2] == [[1, "一"], [1, "二"]]
    assert not any(row[1] == "（一）" and "删去" in row[2] for row in flat_outline(doc.sections))
    assert doc.sections[0].paragraphs[0].startswith("（一）删去《某市城乡低保办法》")


def test_an_item_cited_after_di_is_no_heading_glued_on() -> None:
    """二、第三十三条改为第三十五条，第一款第（一）项修改为：… and 二、第一款第（一）项修改为：…: the
    bracketed 一 after 第 cites an item of the rules (第（一）项), as 第1项 does; it opens no heading."""
    lines = [
        "国务院关于修改某某条例的决定",
        "国务院决定对《某某条例》作如下修改：",
        "一、第二条修改为：“某某单位应当参加保险。”",
        "二、第三十三条改为第三十五条，第一款第（一）项修改为：“从基金按等级支付补助金。”",
        "三、第一款第（一）项修改为：“职工退休后停发津贴。”",
        "四、第九条第1项修改为：“某某部门应当了解情况。”",
        "本决定自2011年1月1日起施行。",
    ]
    outline = parse_outline(read_text("\n".join(lines) + "\n"))
    rows = flat_outline(outline.sections)
    assert not any("项修改为" in str(title) or str(title).endswith("第") for _, _, title in rows), rows


def test_instructions_that_open_with_the_article_they_change_are_no_articles() -> None:
    """第九条修改为：“…” on a line of its own, under the item naming the rules: the article is cited,
    not opened; only the item is a section."""
    text = (
        "某省人民代表大会常务委员会关于修改部分地方性法规的决定\n"
        "一、对下列明显不适应经济社会发展要求的法规进行修改\n"
        "（一）对《某省农村能源条例》作出修改\n"
        "第九条修改为：“各级人民政府应当发挥本地优势，因地制宜地开发农村能源。”\n"
        "第十三条增加一款作为该条第二款，即：“秸秆资源丰富的地区，应当加强秸秆综合利用。”\n"
        "第十三条后增加一条作为第十四条，即：“鼓励畜禽养殖场采用沼气技术进行粪污处理。”\n"
        "第二十条删去。\n"
    )
    rows = flat_outline(parse_outline(read_text(text)).sections)
    assert [row[1] for row in rows] == ["一", "（一）"]
    # an article glued to its text still opens the article
    rows = flat_outline(parse_outline(read_text("某某办法\n第一条为了规范管理，制定本办法。\n第二条本办法适用于本市。\n")).sections)
    assert [row[1] for row in rows] == ["第一条", "第二条"]
