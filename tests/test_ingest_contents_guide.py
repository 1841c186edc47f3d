"""A one-line page with its contents glued on without pages, then its body (issue 17, dev71):
the contents is read as one, and it tells where each of the body's glued headings ends. Every
example is made up, in the shape of a plan's page scraped into one line."""

from __future__ import annotations

import re

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline

FILLER = "坚持以人民为中心的发展思想，统筹推进各项社会事业发展，不断增强人民群众获得感、幸福感、安全感。" * 3
NOTICE = "各乡镇人民政府，县直各单位：《某县“十四五”社会事业发展规划》已经县政府研究同意，现印发给你们，请认真贯彻执行。某县人民政府 2022年3月1日 某县“十四五”社会事业发展规划"
CONTENTS = (
    "目 录前 言第一章 “十三五”规划总结第一节 发展成就第二节 面临的形势"
    "第二章 指导思想和发展目标第一节 指导思想第二节 发展目标"
    "第三章 推动教育均衡发展第一节 办好学前教育第二节 加强教师队伍建设"
)
BODY = (
    f"前 言“十四五”时期是开启新征程的第一个五年。{FILLER}"
    f"第一章 “十三五”规划总结第一节 发展成就“十三五”期间，全县社会事业持续发展。{FILLER}"
    f"第二节 面临的形势当前，发展环境深刻变化。{FILLER}"
    f"第二章 指导思想和发展目标第一节 指导思想以新时代中国特色社会主义思想为指导，详见第三章 推动教育均衡发展的部署。{FILLER}"
    f"第二节 发展目标到2025年，基本公共服务均等化水平明显提高。{FILLER}"
    f"第三章 推动教育均衡发展全面贯彻党的教育方针，办好人民满意的教育。第一节 办好学前教育扩大普惠性资源。{FILLER}"
    f"第二节 加强教师队伍建设健全师德师风建设长效机制。{FILLER}"
)
PAGE = f"某县“十四五”社会事业发展规划\n{NOTICE}{CONTENTS}{BODY}\n"
ACTION_BODY = (
    f"一、总体要求（一）指导思想坚持稳中求进。{FILLER}（二）主要目标到2025年，产业规模明显扩大。{FILLER}"
    f"二、重点任务（一）推进产业升级加快技术改造。{FILLER}（二）强化要素保障保障用地需求。{FILLER}"
    f"三、保障措施各部门要加强协作。{FILLER}"
)


def _squashed(text: str) -> str:
    return re.sub(r"\s", "", text)


def test_the_glued_contents_is_read_as_one_and_the_body_is_cut_at_its_entries() -> None:
    raw = read_text(PAGE)
    texts = [p.text for p in raw.paragraphs]
    assert texts[0] == NOTICE
    assert texts[1] == (
        "目录：前 言；第一章 “十三五”规划总结；第一节 发展成就；第二节 面临的形势；第二章 指导思想和发展目标；"
        "第一节 指导思想；第二节 发展目标；第三章 推动教育均衡发展；第一节 办好学前教育；第二节 加强教师队伍建设"
    )
    assert texts[2:7] == ["前 言", "“十四五”时期是开启新征程的第一个五年。" + FILLER, "第一章 “十三五”规划总结", "第一节 发展成就", "“十三五”期间，全县社会事业持续发展。" + FILLER]
    assert "第三章 推动教育均衡发展" in texts and "全面贯彻党的教育方针，办好人民满意的教育。" in texts
    heard = [texts[0], texts[1].replace("目录：", "目录").replace("；", ""), *texts[2:]]
    assert _squashed("".join(heard)) == _squashed(NOTICE + CONTENTS + BODY)  # nothing added, nothing dropped
    assert any(f.kind == "heading-guessed" and "目录" in f.message for f in raw.findings)


def test_the_outline_has_the_chapters_and_sections_the_contents_names() -> None:
    doc = parse_outline(read_text(PAGE))
    tree = [(s.number, s.title, [(c.number, c.title) for c in s.sections]) for s in doc.sections]
    assert tree[1:] == [
        ("第一章", "“十三五”规划总结", [("第一节", "发展成就"), ("第二节", "面临的形势")]),
        ("第二章", "指导思想和发展目标", [("第一节", "指导思想"), ("第二节", "发展目标")]),
        ("第三章", "推动教育均衡发展", [("第一节", "办好学前教育"), ("第二节", "加强教师队伍建设")]),
    ]
    assert tree[0][1] == "前言"


def test_a_chapter_the_body_names_inside_a_sentence_is_not_cut() -> None:
    texts = [p.text for p in read_text(PAGE).paragraphs]
    assert any(t.endswith("详见第三章 推动教育均衡发展的部署。" + FILLER) for t in texts)


def test_numbered_parts_and_items_guide_the_cuts_too() -> None:
    contents = "目录一、总体要求（一）指导思想（二）主要目标二、重点任务（一）推进产业升级（二）强化要素保障三、保障措施"
    raw = read_text(f"某市产业发展行动方案\n为推动产业发展，制定本方案。{contents}{ACTION_BODY}\n")
    texts = [p.text for p in raw.paragraphs]
    assert texts[1].startswith("目录：一、总体要求；（一）指导思想；（二）主要目标；二、重点任务；")
    assert texts[2:5] == ["一、总体要求", "（一）指导思想", "坚持稳中求进。" + FILLER]
    assert "三、保障措施" in texts and "各部门要加强协作。" + FILLER in texts


def test_a_contents_the_body_never_prints_again_is_left_as_written() -> None:
    body = BODY.replace("前 言", "序", 1)
    line = f"{NOTICE}{CONTENTS}{body}"
    assert [p.text for p in read_text(f"某县规划\n{line}\n").paragraphs] == [line]


def test_entries_out_of_order_are_no_contents() -> None:
    line = f"本县目录管理事项包括：第二章 审批事项第一节 许可第三章 备案事项第五节 确认第一章 其他。{FILLER * 3}"
    assert [p.text for p in read_text(f"某县规划\n{line}\n").paragraphs] == [line]


def test_a_contents_with_leaders_and_pages_is_read_without_both_and_guides_the_cuts() -> None:
    contents = (
        "目录一、总体要求…………3（一）指导思想…………3（二）主要目标…………4二、重点任务…………5"
        "（一）推进产业升级……5（二）强化要素保障……7三、保障措施……9"
    )
    raw = read_text(f"某市产业发展行动方案\n为推动产业发展，制定本方案。{contents}{ACTION_BODY}\n")
    texts = [p.text for p in raw.paragraphs]
    assert texts[1] == "目录：一、总体要求；（一）指导思想；（二）主要目标；二、重点任务；（一）推进产业升级；（二）强化要素保障；三、保障措施。"
    assert texts[2:5] == ["一、总体要求", "（一）指导思想", "坚持稳中求进。" + FILLER]
    assert texts[texts.index("二、重点任务") + 1 :][:2] == ["（一）推进产业升级", "加快技术改造。" + FILLER]
