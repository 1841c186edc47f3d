"""Lines at a page's head that say who wrote, who spoke, where it was said or who issued it, never
what the text is called (issue 17, session 29): a reporters' credit, a source credit, a speaker's
post and name, an occasion or adoption note, an organ's name alone. Each is kept (as a field or
read as text), the headline over it (if any) is the title. Made-up pages of the kinds seen."""

from __future__ import annotations

from helpers import finding_kinds, paragraph_texts

from audiojiedu.ingest import read_text

NEWS = "3月5日，某某市召开全市经济工作会议，会议总结了去年的工作，部署了今年的重点任务。"


# -- a credit --------------------------------------------------------------------------------------
def test_a_reporters_credit_under_the_headline_is_never_ranked_the_headline() -> None:
    """某某日报驻京记者 某某 over the date stamp scores as a headline (a dated row follows it); a
    credit is a field, the news headline over it is the title."""
    raw = read_text(f"某某市多措并举稳住工业增长\n某某日报驻京记者 王某某\n2024-03-05 10:20\n\n{NEWS}\n")
    assert raw.title == "某某市多措并举稳住工业增长"
    assert raw.metadata.get("某某日报驻京记者") == "王某某"
    assert not any("记者" in text for text in paragraph_texts(raw))


def test_a_reporters_credit_alone_at_the_head_is_a_field_and_the_page_untitled() -> None:
    """□ 本报记者 某某 under the page's field row, no headline: the page lost it; the credit is kept
    as a field (a finding says so), the title is left to the text."""
    raw = read_text(f"发稿时间：2024-06-27 02:15:00 作者：王某 来源：某某日报\n□ 本报记者 王某\n{NEWS}\n")
    assert raw.title == ""
    assert raw.metadata.get("本报记者") == "王某"
    assert "title-guessed" in finding_kinds(raw)
    assert paragraph_texts(raw)[0] == NEWS


def test_a_source_credit_under_the_stamp_is_a_field() -> None:
    """本文来源： 某市人民政府 under the headline and its stamp: a field, not the headline."""
    raw = read_text(f"某某新区设立获批 将成区域发展新引擎\n2016-02-16 09:41\n本文来源： 某某市人民政府\n{NEWS}\n")
    assert raw.title == "某某新区设立获批 将成区域发展新引擎"
    assert raw.metadata.get("本文来源") == "某某市人民政府"


def test_what_the_credit_rule_must_not_touch() -> None:
    """A headline naming reporters (…记者节…) is a headline; a sentence telling what a reporter learned
    is text."""
    title = "某某市举行庆祝记者节座谈会"
    raw = read_text(f"{title}\n2024-11-08 10:00\n本报记者王某从市委宣传部获悉，座谈会于昨日举行。\n")
    assert raw.title == title
    assert paragraph_texts(raw)[0] == "本报记者王某从市委宣传部获悉，座谈会于昨日举行。"
    notice = "某某市关于表彰优秀新闻记者的通知"
    assert read_text(f"{notice}\n各区县：\n{NEWS}\n").title == notice
