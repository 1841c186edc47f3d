"""A page that sets its paragraphs in heading tags (<h3>…隆重开幕。</h3>) declares no headings: a
heading is short and holds no sentence (session 30 wide sample). Made-up examples."""

from __future__ import annotations

from audiojiedu.ingest.html import read_html
from audiojiedu.outline import parse_outline

LEAD = "2月26日上午9时，某区第五届人民代表大会第四次会议在区政中心隆重开幕。"


def test_sentences_in_heading_tags_are_text_and_real_headings_stay() -> None:
    page = (
        f"<html><body><h1>某区政府工作报告</h1><h3>{LEAD}</h3><h3>大会主席团常务主席某某主持大会。</h3>"
        "<h2>2018年工作回顾</h2><h3>一、经济运行稳中有进</h3><p>全区生产总值增长百分之七。</p>"
        "<h3>二、改革开放持续深化</h3><p>各项改革扎实推进。</p></body></html>"
    )
    doc = parse_outline(read_html(page))
    titles = [s.title for s in doc.sections]
    assert LEAD not in titles and "大会主席团常务主席某某主持大会。" not in titles
    assert titles == ["2018年工作回顾"]
    assert [s.number for s in doc.sections[0].sections] == ["一", "二"]
    spoken = [p for p in doc.preface if isinstance(p, str)]
    assert LEAD in spoken


def test_a_numbered_run_in_heading_ending_in_a_full_stop_stays_a_heading() -> None:
    page = "<html><body><h2>一、加强组织领导。</h2><p>各单位要高度重视。</p><h2>二、强化督促检查。</h2><p>定期通报。</p></body></html>"
    doc = parse_outline(read_html(page))
    assert [s.number for s in doc.sections] == ["一", "二"]
