"""Fields, bylines and footers of scraped pages seen in session 25 (issue 17): a bulleted field
list over a hard-wrapped text, empty fields in a row, and the chrome around a page's text.
Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.wrap import join_wrapped_lines
from audiojiedu.model import RawDocument


def _spoken(raw: RawDocument) -> str:
    return "\n".join([raw.title, *paragraph_texts(raw)])


# A text wrapped at 18 characters, so that the wrap joiner is on.
_WRAPPED = [
    "为切实做好全县春季森林防火工作，确保",
    "人民群众生命财产安全，根据有关法律法",
    "规和上级要求，结合本县实际情况，现将",
    "有关事项通知如下，请各单位认真贯彻执",
    "行并抓好落实，切实把各项措施落到实处",
    "确保全县不发生重大森林火灾事故为要。",
]


# -- a bulleted field list: each item is a line of its own -------------------------------------
def test_bulleted_fields_over_a_wrapped_text_are_not_joined() -> None:
    lines = [
        "- 索 引 号:AB01200-3400-2019-00012",
        "- 备注/文号:某政办〔2019〕15号",
        "- 发布机构:县政府办",
        "- 公文生成日期:2019-03-08",
        "各乡(镇)人民政府,县有关部门:",
        *_WRAPPED,
    ]
    joined, _ = join_wrapped_lines(lines)
    assert joined[:5] == lines[:5]


def test_bulleted_field_list_gives_each_field_and_keeps_the_salutation() -> None:
    text = "\n".join(
        [
            "- 索 引 号:AB01200-3400-2019-00012",
            "- 备注/文号:某政办〔2019〕15号",
            "- 发布机构:县政府办",
            "- 公文生成日期:2019-03-08",
            "各乡(镇)人民政府,县有关部门:",
            *_WRAPPED,
        ]
    )
    raw = read_text(text)
    assert raw.metadata == {
        "索引号": "AB01200-3400-2019-00012",
        "备注/文号": "某政办〔2019〕15号",
        "发布机构": "县政府办",
        "公文生成日期": "2019-03-08",
    }
    assert "各乡（镇）人民政府，县有关部门：" in paragraph_texts(raw)


def test_a_bulleted_item_that_is_a_sentence_still_takes_its_wrapped_rest() -> None:
    # Not a field: a list item of the text, wrapped like its paragraphs.
    lines = [*_WRAPPED, "- 各单位要加强值班值守，严格落实二十四", "小时值班和领导带班制度，确保信息畅通。"]
    joined, _ = join_wrapped_lines(lines)
    assert joined[-1] == "- 各单位要加强值班值守，严格落实二十四小时值班和领导带班制度，确保信息畅通。"


# -- empty fields in a row: a label is never the value of the one before ---------------------------
def test_two_empty_fields_in_a_row_give_no_value() -> None:
    text = "\n".join(
        [
            "某市人民政府办公室关于印发某某行动方案的通知",
            "索引号 000012345/2021-1234567 成文日期 2021-05-10",
            "文号 发布时间 2021-05-10",
            "发布机构 文件有效性",
            "各县、区人民政府，市人民政府各部门：",
            "经市人民政府同意，现将《某某行动方案》印发给你们，请认真贯彻执行。",
        ]
    )
    raw = read_text(text)
    assert "发布机构" not in raw.metadata
    assert "文件有效性" not in _spoken(raw)
