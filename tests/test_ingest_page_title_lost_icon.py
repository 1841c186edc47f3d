"""Question marks opening the headline (?某市水旱灾害防御应急预案) are an icon's glyph the copy
could not encode: not read as part of the title, and named in a finding in case a character
was lost instead (session 30, dev35). Made-up examples."""

from __future__ import annotations

from audiojiedu.ingest import read_text

BODY = "为做好水旱灾害防御工作，最大限度减少灾害损失，结合本市实际，制定本预案。"


def test_a_lost_icon_before_the_title_is_not_read() -> None:
    raw = read_text(f"当前位置：首页 > 政务公开\n?某市水旱灾害防御应急预案\n2022-08-24 14:59 来源：某市水务局\n{BODY}\n")
    assert raw.title == "某市水旱灾害防御应急预案"
    assert any(f.kind == "title-tag" and "问号" in f.message for f in raw.findings)


def test_a_question_inside_a_title_stays() -> None:
    raw = read_text(f"城镇老旧小区如何改造？某省印发实施意见\n{BODY}\n")
    assert raw.title == "城镇老旧小区如何改造？某省印发实施意见"
