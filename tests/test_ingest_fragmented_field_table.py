"""A page saved one text run a line (a Word page exported to HTML: each figure and each bracket a
line of its own) with its field table set label over value (名 称 ： / 某某通知 / 索 引 号 ： / …;
ho129/01, session 54). The runs are joined into paragraphs, but a label alone starts a line of its
own, a value in words stays whole, and a phone number joins its label so it is read as one.
Made-up examples in the shape of such pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.wrap import join_wrapped_lines
from audiojiedu.outline import parse_outline

_TITLE = "市某某局关于印发2021年某某工作实施细则的通知"
_TABLE = [
    "名 称 ：", _TITLE,
    "索 引 号 ：", "11120000MB1896646L/2021-00073",
    "发 布 机 构 ：", "某市某某局",
    "发 文 字 号 ：", "某工信〔2021〕3号",
    "主 题 ：", "科技工业信息化\\工业",
    "成 文 日 期 ：",
    "有 效 性 ：", "有效",
]  # fmt: skip
_TEXT = [
    "市某某局关于印发", "2021", "年某某工作", "实施细则的通知",
    "各有关单位：",
    "为落实我市关于春节期间保供工作部署要求", "，依据《某某通知》（某工信〔", "2021", "〕", "2", "号）等文件", "，我局组织编制了《",
    "2021", "年某某工作实施细则》", "，现予以印发，请遵照执行。",
    "根据", "《", "某某办法", "》", "的", "规定", "，",
    "本细则自", "2021", "年", "2", "月", "13", "日起施行", "，", "有效期至", "2021", "年", "2", "月", "15", "日", "。",
    "特此通知。",
    "2021", "年", "2", "月", "2", "日",
    "（联系人：某某处 张某", "联系电话：", "83608057", "；某某公司 李某", "联系电话：", "24408856", "、", "24408857", "）",
]  # fmt: skip


def test_a_field_table_set_label_over_value_is_metadata_and_not_read() -> None:
    raw = read_text("\n".join([f"{_TITLE}_委局文件_政务公开", *_TABLE, *_TEXT]) + "\n")
    assert raw.title == _TITLE
    assert raw.metadata["索引号"] == "11120000MB1896646L/2021-00073"
    assert raw.metadata["发文字号"] == "某工信〔2021〕3号"
    assert raw.metadata["主题"] == "科技工业信息化\\工业"  # a label the table does not list, amid its pairs
    assert raw.metadata["有效性"] == "有效"
    texts = paragraph_texts(raw)
    assert texts[0] == "各有关单位："
    assert not any("索引号" in text or "有效" in text[:2] for text in texts)


def test_a_phone_number_under_its_label_joins_it() -> None:
    joined, _ = join_wrapped_lines(_TEXT)
    assert "联系电话：83608057；某某公司 李某" in joined
    assert any(line.startswith("联系电话：24408856") for line in joined)


def test_a_value_in_figures_under_a_label_may_go_on_with_its_unit() -> None:
    # Must NOT touch: 成文日期： / 2021 / 年 / 2 / 月 …: the value's runs are one date.
    lines = ["成文日期：", "2021", "年", "2", "月", "2", "日", "", *_TEXT[5:43]]
    joined, _ = join_wrapped_lines(lines)
    assert joined[0] == "成文日期：2021年2月2日"


def test_the_salutation_is_no_field_label() -> None:
    # Must NOT touch: 各单位： over the text is the text's, never a field named 各单位.
    raw = read_text(f"{_TITLE}\n发布日期：2021-03-24\n各单位：\n现将有关事项通知如下，请遵照执行。\n")
    assert "各单位" not in raw.metadata
    assert paragraph_texts(raw)[0] == "各单位："


def test_mu_and_lu_broken_over_two_lines_are_one_contents_heading() -> None:
    raw = read_text(f"{_TITLE}\n\n目\n\n录\n\n一、总则\n\n二、职责\n\n一、总则\n\n为规范管理，制定本细则。\n\n二、职责\n\n各部门按职责分工负责。\n")
    texts = paragraph_texts(raw)
    assert "目目录" not in "".join(texts)


def test_a_contents_whose_leaders_and_dashed_pages_run_over_lines_is_read_as_the_contents() -> None:
    """目录 after the notice's date, then each entry with its leader broken over lines and its page
    set as its footer (七、保障措施 / …… / …… / - 5 -): 目录 is a heading of its own and each entry
    one line, so the body's own headings, not the entries, are the chapters."""
    contents = ["目录"]
    for number, name, page in (("一", "实施背景", 1), ("二", "实施方式", 1), ("三", "保障措施", 2)):
        contents += [f"{number}、{name}........................", "..........................", f"- {page} -"]
    body = [
        "一、实施背景", "2018", "至", "2020", "年，我市连续实施了需求响应试点", "，效果良好。",
        "二、实施方式", "本次实施时间为", "2021", "年", "2", "月", "13", "日", "。",
        "三、保障措施", "各单位要加强组织领导", "，确保工作落实。",
    ]  # fmt: skip
    raw = read_text("\n".join([f"{_TITLE}_委局文件_政务公开", *_TABLE, *_TEXT, *contents, *body]) + "\n")
    doc = parse_outline(raw)
    assert [(section.number, section.title) for section in doc.sections] == [("一", "实施背景"), ("二", "实施方式"), ("三", "保障措施")]
    spoken = " ".join(text for text in paragraph_texts(raw))
    assert "目目录" not in spoken and "- 1 -" not in spoken
