"""A speech's points numbered 第一， 第二， on lines of their own (issue 17, dev20/dev21 讲话): they
are headings; 第一， opening a sentence in prose is not. All examples are made up."""

from __future__ import annotations

from helpers import flat_outline

from audiojiedu.ingest import read_text
from audiojiedu.model import Document
from audiojiedu.outline import parse_outline

BODY = "各乡镇、各部门要按照职责分工，加强协调配合，确保各项工作落到实处。"


def _text(*lines: str) -> Document:
    return parse_outline(read_text("\n".join(lines)))


def test_points_on_lines_of_their_own_over_their_text_are_headings() -> None:
    doc = _text(
        "县长在全县防汛工作会议上的讲话",
        "同志们：",
        f"今天召开全县防汛工作会议，{BODY}下面，我讲三点意见。",
        "第一，要充分认识防汛工作的重要性",
        f"今年汛期来得早，{BODY}",
        "第二，防汛工作要突出重点",
        f"重点是山洪地质灾害，{BODY}",
    )
    assert flat_outline(doc.sections) == [
        [1, "第一", "要充分认识防汛工作的重要性"],
        [1, "第二", "防汛工作要突出重点"],
    ]


def test_a_single_first_point_of_an_excerpt_is_a_heading() -> None:
    doc = _text("某书记在全会闭幕时的讲话", f"下面，我讲四点意见。{BODY}", "第一，思路要清晰", f"思路决定出路。{BODY}")
    assert flat_outline(doc.sections) == [[1, "第一", "思路要清晰"]]


def test_points_inside_a_numbered_part_are_its_points() -> None:
    # 第一， under an open 一、 is a point of that part, and 二、 closes the points again.
    doc = _text(
        "某镇2022年政府信息公开工作年度报告",
        "一、总体情况",
        f"一年来，{BODY}",
        "第一，主动公开",
        f"本年度积极拓宽信息公开渠道，{BODY}",
        "第二，筑牢信息“质量关”",
        f"严格执行“三审三校”制度，{BODY}",
        "二、主动公开政府信息情况",
        f"全年主动公开信息二百九十二条，{BODY}",
    )
    assert flat_outline(doc.sections) == [
        [1, "一", "总体情况"],
        [2, "第一", "主动公开"],
        [2, "第二", "筑牢信息“质量关”"],
        [1, "二", "主动公开政府信息情况"],
    ]


def test_first_and_second_in_prose_are_no_headings() -> None:
    # Must NOT touch: 第一， opening a sentence (a comma or a stop in it), or a line of them with
    # no text under each (a list of short points one after another), or points out of order.
    doc = _text(
        "县长在全县防汛工作会议上的讲话",
        f"第一，要提高认识，{BODY}",
        f"第二，要突出重点。{BODY}",
        "我讲几点：",
        "第一，提高认识",
        "第二，突出重点",
        f"总之，{BODY}",
        "第三，压实责任",
        f"各级领导，{BODY}",
    )
    assert flat_outline(doc.sections) == []


def test_steps_and_bans_numbered_with_their_counter_and_a_colon_are_headings() -> None:
    """第一步：登录平台 / 第二步：… over their text (a how-to page), 第一禁：违规发奖金 over the rule it
    names: each a heading with its counter in its number; a step in a sentence stays text."""
    doc = _text(
        "某县社保卡网上办理指南",
        "为方便群众办事，现将网上办理流程说明如下。",
        "第一步：登录平台",
        "打开某某政务服务网，使用手机号注册并登录。",
        "第二步：填写申请",
        "按页面提示填写申请表，上传所需材料。",
    )
    assert flat_outline(doc.sections) == [[1, "第一步", "登录平台"], [1, "第二步", "填写申请"]]
    doc = _text("某某通知", "重申“两个严禁”：", "第一禁：违规发奖金", "严禁违反规定发放津贴补贴；", "第二禁：办年会", "严禁用财政性资金举办年会。")
    assert [row[1] for row in flat_outline(doc.sections)] == ["第一禁", "第二禁"]
    doc = _text("某某指南", "第一步：打开某某政务服务网，使用手机号注册并登录。", "第二步：按页面提示填写申请表。")
    assert flat_outline(doc.sections) == []
