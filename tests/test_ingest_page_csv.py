"""A page saved as one row of a crawler's CSV table, its header over it: the title, labelled
fields and text columns are read, the crawler's other columns never; a table of data stays a
table, and a table of several pages is refused. Every example is made up."""

from __future__ import annotations

import pytest
from helpers import paragraph_texts

from audiojiedu.errors import InputError
from audiojiedu.ingest import read_text

TITLE = "某省某某厅2023年度政府信息公开工作报告"
TEXT = (
    "根据《中华人民共和国政府信息公开条例》规定，发布本年度报告。""本报告所列数据统计期限为2023年1月1日至12月31日。"
    "　　一、总体情况　　2023年，某某厅坚持“公开为原则，不公开为例外”，持续深化政务公开，丰富公开形式，提高公开质量，"
    "全年主动公开政府信息1200条，其中“某某”微信公众号发布“政务信息”300条。　　二、主动公开政府信息情况　　全年制发规范性文件3件。"
)


def _row(*fields: str) -> str:
    return ",".join('"' + field.replace('"', '""') + '"' if any(mark in field for mark in ',"\n') else field for field in fields)


def _crawled(*rows: tuple[str, ...]) -> str:
    header = "标题,时间,内容,一级类别,来源网站,访问地址"
    return "\n".join([header, *(_row(*row) for row in rows)]) + "\n"


def _page(title: str = TITLE) -> tuple[str, ...]:
    return (title, "2024-01-26", "\n" + TEXT + "\n", "政府信息公开年报", "http://www.example.gov.cn/zfxxgk/index.html", "http://www.example.gov.cn/zfxxgk/949157/index.html")


def test_a_crawled_pages_row_is_read_from_its_title_field_and_text_columns() -> None:
    raw = read_text(_crawled(_page()))
    assert raw.title == TITLE
    assert raw.metadata["时间"] == "2024-01-26"
    spoken = "\n".join(paragraph_texts(raw))
    assert "发布本年度报告" in spoken and "全年制发规范性文件3件" in spoken
    assert "“公开为原则，不公开为例外”" in spoken  # the CSV's doubled quotes are read as one
    for column in ("一级类别", "来源网站", "访问地址", "政府信息公开年报", "example.gov.cn", '""'):
        assert column not in spoken and column not in raw.title
    assert any(f.kind == "chrome-dropped" and "CSV" in f.message and "一级类别" in f.message for f in raw.findings)


def test_the_text_column_is_the_long_field_when_no_column_is_named_for_it() -> None:
    text = "title,date,html,category\n" + _row(TITLE, "2024-01-26", TEXT * 2, "年报") + "\n"
    raw = read_text(text)
    assert raw.title == TITLE
    spoken = "\n".join(paragraph_texts(raw))
    assert "全年制发规范性文件3件" in spoken and "年报" not in spoken.replace("年度报告", "")


def test_a_table_of_data_is_no_crawled_page() -> None:
    # 序号,项目名称,金额 over rows of short cells: a table the document is, read as its rows
    text = "某县2024年项目资金安排表\n序号,项目名称,金额（万元）\n1,农村公路养护,120\n2,饮水安全巩固,80\n"
    raw = read_text(text)
    assert raw.title == "某县2024年项目资金安排表"
    spoken = "\n".join(paragraph_texts(raw))
    assert "农村公路养护" in spoken and "饮水安全巩固" in spoken
    assert not any("CSV" in f.message for f in raw.findings)


def test_a_header_of_sentences_is_no_header() -> None:
    # A document whose first line happens to hold commas is text, not a table's header.
    text = "各乡镇,各部门,各单位：\n" + TEXT
    raw = read_text(text)
    assert "各乡镇" in "\n".join(paragraph_texts(raw)) or "各乡镇" in raw.title
    assert not any("CSV" in f.message for f in raw.findings)


def test_a_table_of_several_crawled_pages_is_refused_in_one_line() -> None:
    with pytest.raises(InputError) as error:
        read_text(_crawled(_page(), _page("某省某某厅2022年度政府信息公开工作报告")), source="pages.csv")
    message = str(error.value)
    assert "pages.csv" in message and "2 条记录" in message and "\n" not in message
