"""A page that opens with a list of the document's headings before its title line (issue 17,
session 49): a saved document whose 目录 stands over its title, and a sample-text site's own
list of the headings (目录/提纲：……) over the text it serves, cut short by the site at its end.
Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline

TITLE = "某某镇创建市级卫生镇工作实施方案"
ENTRIES = ["一、指导思想", "二、目标任务", "（一）组织管理", "（二）健康教育", "三、保障措施"]
PREFACE = "为了进一步改善人居环境，镇党委、政府决定开展创建市级卫生镇工作，特制定以下实施方案。"
BODY = (
    "一、指导思想\n以科学发展观为指导，着力推进新农村建设。\n"
    "二、目标任务\n进一步做好各方面的工作。\n（一）组织管理\n镇爱卫会组织健全。\n（二）健康教育\n开展健康教育活动。\n"
    "三、保障措施\n加强组织领导。\n"
)


def _page(label: str, *, ellipsis: bool) -> str:
    gap = "……\n" if ellipsis else ""
    return "\n".join([label, *ENTRIES]) + f"\n{gap}{TITLE}\n{PREFACE}\n{BODY}"


def test_a_sites_list_of_the_headings_over_the_title_is_not_read_and_the_title_is_found() -> None:
    raw = read_text(_page("目录/提纲：……", ellipsis=True) + "……(某某文秘网https://www.example.cn省略")
    assert raw.title == TITLE
    texts = paragraph_texts(raw)
    assert texts[0] == PREFACE and "提纲" not in "".join(texts)
    assert texts[-1] == "加强组织领导。"  # the site's note where it cut the text is not read
    assert any(f.kind == "text-withheld" for f in raw.findings)
    top = [(s.number, s.title) for s in parse_outline(raw).sections]
    assert top == [("一", "指导思想"), ("二", "目标任务"), ("三", "保障措施")]


def test_a_plain_contents_over_the_title_leaves_the_title_and_the_headings_in_the_body() -> None:
    raw = read_text(_page("目录", ellipsis=False))
    assert raw.title == TITLE
    top = [(s.number, s.title) for s in parse_outline(raw).sections]
    assert top == [("一", "指导思想"), ("二", "目标任务"), ("三", "保障措施")]


def test_a_contents_over_text_that_is_no_title_leaves_the_page_untitled_by_it() -> None:
    raw = read_text("\n".join(["目录", *ENTRIES]) + f"\n{PREFACE}\n{BODY}")
    assert raw.title != PREFACE
