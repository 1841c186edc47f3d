"""A government service portal's item page saved as text (issue 17, session 56): the region
switcher over it (the place the visitor picked, 即将前往:, 切换), the tabs to pick by region or
department, the service's name over its codes (基本编码 : …|实施编码:…), then its questions and
answers. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import page_read_aloud, paragraph_texts

from audiojiedu.ingest import read_text

ITEM = "某某补助金给付"
ANSWER = "因意外事件导致基本生活暂时出现严重困难的家庭，可以申请补助。"
PAGE = (
    "某区某镇某村委会 切换\n\n某某省\n\n即将前往:\n某区某镇某村委会\n切换\n行政区划 部门\n\n"
    f"{ITEM}\n\n基本编码 : 000511002000|实施编码:11430682006378338L4000511002000\n\n常见问题\n\n申请条件\n\n{ANSWER}\n"
)


def test_a_service_items_name_over_its_codes_is_the_title_and_the_region_switcher_is_not_read() -> None:
    raw = read_text(PAGE)
    assert raw.title == ITEM
    assert raw.metadata["基本编码"] == "000511002000"
    assert raw.metadata["实施编码"] == "11430682006378338L4000511002000"
    spoken = page_read_aloud(raw)
    for chrome in ("切换", "即将前往", "行政区划", "某某省", "某村委会", "编码"):
        assert chrome not in spoken, chrome
    assert paragraph_texts(raw)[-1] == ANSWER


def test_a_place_alone_at_the_top_is_no_title_but_a_headline_under_it_is() -> None:
    raw = read_text("某某省\n某县关于做好春季防火工作的通知\n发布时间：2024-03-01\n各乡镇：请做好防火工作。\n")
    assert raw.title == "某县关于做好春季防火工作的通知"
    assert "某某省" not in page_read_aloud(raw)


def test_a_sentence_about_switching_or_a_places_name_in_the_text_stays() -> None:
    raw = read_text(f"{ITEM}\n办理地点：某区政务服务中心\n群众可在页面顶部切换所在地区后查看。\n某某省\n")
    texts = paragraph_texts(raw)
    assert "群众可在页面顶部切换所在地区后查看。" in texts
