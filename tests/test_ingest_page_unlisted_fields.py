"""Field rows under labels the reader's table does not list (issue 17, dev6): read as fields when
the page's listed field rows stand round them, or a listed field shares their row; an empty one
inside the block is the site's. A line of the same shape on its own, a salutation at the block's
foot, a trail and a headline stay text. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from audiojiedu.ingest import read_text
from audiojiedu.model import RawDocument

TITLE = "某县教育局关于做好秋季学期开学工作的通知"
BODY = "现将有关事项通知如下，请认真贯彻执行。"


def _texts(raw: RawDocument) -> list[str]:
    return [p.text for p in raw.paragraphs]


def test_unlisted_labels_inside_a_block_of_field_rows_are_fields() -> None:
    rows = "信息来源 :县教育局\n档案编码 :-02-2021-00031\n发文字号 :某教〔2021〕5号\n录入人 :张某某\n发布日期 :2021-08-20\n"
    raw = read_text(f"{TITLE}\n{rows}{BODY}\n")
    assert raw.title == TITLE
    assert _texts(raw) == [BODY]
    assert raw.metadata["档案编码"] == "-02-2021-00031"
    assert raw.metadata["录入人"] == "张某某"
    assert raw.metadata["发文字号"] == "某教〔2021〕5号"
    guessed = [f for f in raw.findings if f.kind == "field-guessed"]
    assert guessed and "录入人" in guessed[0].text  # named for review


def test_an_empty_unlisted_label_inside_the_block_is_not_read() -> None:
    rows = "索引号: 001/2024-00008\n发布机构: 县农业农村局\n内容简述:\n有效状态: 现行有效\n"
    raw = read_text(f"{rows}\n{TITLE}\n\n{BODY}\n")
    assert raw.title == TITLE
    assert _texts(raw) == [BODY]
    assert raw.metadata["有效状态"] == "现行有效"
    assert "内容简述" not in raw.metadata


def test_an_unlisted_label_beside_a_listed_field_in_one_row_is_a_field() -> None:
    raw = read_text(f"{TITLE}\n转载来源:某某委员会网站 发布时间:2025-02-03 10:11:12\n{BODY}\n")
    assert raw.metadata == {"转载来源": "某某委员会网站", "发布时间": "2025-02-03 10:11:12"}
    assert _texts(raw) == [BODY]


def test_a_salutation_under_the_field_rows_is_text() -> None:
    raw = read_text(f"{TITLE}\n发布日期：2022-03-01\n信息来源：县政府办\n各乡镇：\n{BODY}\n")
    assert _texts(raw)[0] == "各乡镇："


def test_a_line_of_the_same_shape_without_field_rows_round_it_is_text() -> None:
    raw = read_text(f"{TITLE}\n温馨提示：请带好证件\n{BODY}\n")
    assert "温馨提示：请带好证件" in _texts(raw)
    assert "温馨提示" not in raw.metadata


def test_a_headline_under_the_field_rows_is_no_unlisted_field() -> None:
    rows = "索引号 001/2020-0000160 公开方式 主动公开\n成文日期 2020-02-05 发布机构 某区政府办公室\n"
    raw = read_text(f"{rows}图文解读：《某区2019年政府信息公开工作年度报告》\n{BODY}\n")
    assert raw.title == "图文解读：《某区2019年政府信息公开工作年度报告》"
    assert "图文解读" not in raw.metadata


def test_a_bare_date_under_the_title_that_a_field_labels_gets_no_guessed_label() -> None:
    rows = "发文单位:某部\n发布日期:1990-04-12\n施行日期:1990-04-12\n"
    raw = read_text(f"{TITLE}\n1990-04-12\n{rows}{BODY}\n")
    assert "发布时间" not in raw.metadata
    assert raw.metadata["施行日期"] == "1990-04-12"
    assert _texts(raw) == [BODY]
    assert any(f.kind == "chrome-dropped" and f.text == "1990-04-12" for f in raw.findings)


def test_a_bare_stamp_under_the_title_alone_is_the_publication_time() -> None:
    raw = read_text(f"{TITLE}\n2023-05-06 10:20\n{BODY}\n")
    assert raw.metadata["发布时间"] == "2023-05-06 10:20"


def test_a_stamp_row_over_the_headline_is_metadata() -> None:
    raw = read_text(f"2025-06-01 08:30:15 来源：某某新闻网 责任编辑：赵某\n{TITLE}\n{BODY}\n")
    assert raw.title == TITLE
    assert raw.metadata == {"发布时间": "2025-06-01 08:30:15", "来源": "某某新闻网", "责任编辑": "赵某"}
    assert _texts(raw) == [BODY]
