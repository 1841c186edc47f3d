"""A contents flattened into one paragraph, its page numbers glued to the entries' numbers
(issue 17, dev7): read without the pages, never as numbers the document did not write. Every
example is made up, in the shape of a document site's preview of a PDF plan."""

from __future__ import annotations

from audiojiedu.ingest import read_text

TITLE = "某县森林防火应急预案"
CONTENTS = (
    "目录一、总则3（一）编制目的3（二）编制依据3二、组织体系4（一）县指挥部41.指挥部组成52.指挥部职责5"
    "（二）乡镇组织6三、预警机制9（一）预警信息91.气象信息92.火情信息10—12— （二）预警行动11四、附则12"
)


def _texts(text: str) -> list[str]:
    return [p.text for p in read_text(text).paragraphs]


def test_glued_page_numbers_are_parted_from_the_entries() -> None:
    raw = read_text(f"{TITLE}\n{CONTENTS}\n")
    [contents] = [p.text for p in raw.paragraphs]
    assert contents.startswith("目录：一、总则；（一）编制目的；（二）编制依据；二、组织体系；")
    assert "（一）县指挥部；1.指挥部组成；2.指挥部职责；（二）乡镇组织；" in contents
    assert "（一）预警信息；1.气象信息；2.火情信息；（二）预警行动；四、附则。" in contents
    assert "41." not in contents and "91." not in contents and "12" not in contents  # no page is read
    assert any(f.kind == "toc-leader" and "页码" in f.message for f in raw.findings)


def test_the_body_after_the_contents_is_kept_as_written() -> None:
    body = "一、总则 （一）编制目的 为了有效预防森林火灾，制定本预案。"
    [contents] = _texts(f"{TITLE}\n{CONTENTS} {body}\n")
    assert contents.endswith("四、附则。 " + body)


def test_a_sentence_that_names_a_list_is_no_contents() -> None:
    sentence = "纳入目录管理的事项共5项，其中1.行政许可3项，2.行政确认2项。"
    assert _texts(f"{TITLE}\n{sentence}\n") == [sentence]


def test_pages_that_go_down_are_no_contents() -> None:
    line = "目录一、总则9（一）目的5（二）依据3二、体系2（一）组成1（二）职责1三、附则1"
    [kept] = _texts(f"{TITLE}\n{line}\n")
    assert kept == line


def test_dashes_round_a_number_in_the_body_after_the_contents_stay() -> None:
    body = "一、总则 2019-2020-2021年连续三年开展春季防火专项行动。"
    [contents] = _texts(f"{TITLE}\n{CONTENTS} {body}\n")
    assert contents.endswith(" " + body)  # only a footer between entries is skipped
