"""A rules text (办法, 条例) scraped into one line without any break (issue 17): its title glued to
the addressees or to its first chapter, its first chapter or article glued to the title printed
over it. All examples are made up."""

from __future__ import annotations

from helpers import flat_outline

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline

ARTICLES = (
    "第一章 总则第一条 为了规范管理，制定本办法。第二条 本办法适用于本市行政区域。"
    + "本办法所称管理，是指各级部门依法开展的监督检查和服务工作。" * 8
    + "第二章 管理第三条 各部门应当加强管理。"
    + "各部门应当建立健全工作制度，明确责任分工，加强日常监督检查。" * 6
    + "第四条 违反本办法的，依法处理。第三章 附则第五条 本办法自2024年3月1日起施行。"
)
NOTICE = "各区人民政府：现将《某市管理办法》印发给你们，请认真贯彻执行。某市人民政府2024年1月1日"
WANTED = [
    [1, "第一章", "总则"],
    [2, "第一条", ""],
    [2, "第二条", ""],
    [1, "第二章", "管理"],
    [2, "第三条", ""],
    [2, "第四条", ""],
    [1, "第三章", "附则"],
    [2, "第五条", ""],
]


def _read(line: str) -> tuple[str, list[list[object]]]:
    doc = parse_outline(read_text(line + "\n"))
    return doc.title, flat_outline(doc.sections)


def test_a_notices_title_glued_to_its_addressees_is_the_title() -> None:
    title, sections = _read(f"某市人民政府关于印发某市管理办法的通知{NOTICE}某市管理办法{ARTICLES}")
    assert title == "某市人民政府关于印发某市管理办法的通知"
    assert sections == WANTED


def test_a_rules_title_glued_to_its_first_chapter_is_the_title() -> None:
    assert _read(f"某市管理办法{ARTICLES}") == ("某市管理办法", WANTED)


def test_the_note_under_the_title_may_stand_between() -> None:
    note = "（2024年1月5日某市人民政府令第5号公布 根据2025年5月1日某市人民政府令第9号修正）"
    title, sections = _read(f"某市管理办法{note}{ARTICLES}")
    assert title == "某市管理办法"
    assert sections == WANTED


def test_a_decree_names_the_rules_it_publishes_printed_with_their_first_chapter_glued_on() -> None:
    decree = "某市人民政府令第5号《某市管理办法》已经2024年1月1日市人民政府第10次常务会议通过，现予公布，自2024年3月1日起施行。市长 张三 2024年1月5日 "
    assert _read(f"{decree}某市管理办法{ARTICLES}") == ("某市管理办法", WANTED)


def test_articles_without_chapters_glued_to_the_title() -> None:
    articles = ARTICLES.replace("第一章 总则", "").replace("第二章 管理", "").replace("第三章 附则", "")
    title, sections = _read(f"某市管理办法{articles}")
    assert title == "某市管理办法"
    assert sections == [[1, f"第{n}条", ""] for n in "一二三四五"]


def test_an_article_cited_in_a_sentence_opens_nothing() -> None:
    line = "依照本办法第一条的规定，各部门应当加强管理。" + "各部门应当建立健全工作制度，明确责任分工，加强日常监督检查。" * 20
    assert _read(f"某市管理工作的说明\n{line}")[1] == []


def test_a_sentence_before_the_addressees_is_no_title() -> None:
    line = f"关于管理工作，某市人民政府的通知各区人民政府：{NOTICE}{ARTICLES}"
    assert "关于" not in _read(line)[0]  # a comma inside: a sentence, not a title


def test_articles_named_on_their_own_lines_over_their_bodies_take_the_name() -> None:
    lines = [
        "某区制造业数字化发展奖励实施细则",
        "第一条 为推动制造业数字化发展，制定本细则。",
        "第二条 数字化转型应用奖励。",
        "享受本项奖励的项目包括平台项目、设备应用项目。",
        "第三条 数字化研发奖励。",
        "对开展数字化研发的企业，给予最高50万元奖励。",
        "第四条 资金管理。",
        "奖励资金由区财政统筹安排。",
        "第五条 本细则自发布之日起施行。",
    ]
    doc = parse_outline(read_text("\n".join(lines) + "\n"))
    assert flat_outline(doc.sections) == [
        [1, "第一条", ""],
        [1, "第二条", "数字化转型应用奖励"],
        [1, "第三条", "数字化研发奖励"],
        [1, "第四条", "资金管理"],
        [1, "第五条", ""],  # a short sentence with nothing under it: the article's text
    ]


def test_one_short_sentence_over_a_paragraph_is_no_article_name() -> None:
    lines = ["某区管理办法", "第一条 为规范管理，制定本办法。", "第二条 本办法适用于本区。", "本区以外的单位参照执行。", "第三条 本办法自发布之日起施行。"]
    doc = parse_outline(read_text("\n".join(lines) + "\n"))
    assert [row[2] for row in flat_outline(doc.sections)] == ["", "", ""]
