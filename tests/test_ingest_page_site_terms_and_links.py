"""The site's own words round the text: its terms as numbered clauses at the foot, a follow link
naming the site and a sharing bar's Qzone, a data vendor's chart credit, a Q&A site's answer
tab; the document's own clauses and sentences of the same words stay. Every example is made up,
in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

TITLE = "某省人民政府关于同意设立某某经济开发区的批复"
BODY = "你市《关于设立某某经济开发区的请示》收悉。经研究，同意设立某某经济开发区。"
SIGNED = f"{BODY}\n某省人民政府\n2001年3月4日"


# -- a site's terms as numbered clauses at the foot -----------------------------------------------
NEWS = "某某新闻网讯 代表们在审议时表示，要更加奋发有为，推动高质量发展。"


def test_numbered_terms_of_the_site_at_the_foot_are_dropped() -> None:
    raw = read_text(
        f"{TITLE}\n\n{NEWS}（某某日报记者 张某某）\n"
        "1、“某某在线”由某某广播电台主办，某某公司负责网站的经营。\n"
        "2、凡本网注明“来源：某某在线”的所有内容，未经书面授权，任何单位及个人不得转载、摘编或复制。\n"
        "3、“某某在线”自有版权信息（包括但不限于“某某在线专稿”"
    )
    # (the outlet's tag before the story, set apart by a space, goes as a wire tag: session 55)
    assert paragraph_texts(raw)[-1] == "代表们在审议时表示，要更加奋发有为，推动高质量发展。"
    assert any(f.kind == "site-notice" and "某某在线" in f.text for f in raw.findings)
    assert any(f.kind == "chrome-dropped" and "记者" in f.text for f in raw.findings)


def test_a_documents_numbered_clauses_at_its_end_stay() -> None:
    # A notice's own clauses about reprinting name no 本网: they are the document's.
    clauses = ["1、各单位要加强对内部资料的管理。", "2、未经批准，任何单位不得擅自转载、复制内部资料。"]
    raw = read_text(f"{TITLE}\n\n{BODY}\n" + "\n".join(clauses))
    assert paragraph_texts(raw)[-2:] == clauses


# -- a follow link naming the site, a sharing bar's Qzone, 责任编辑 --------------------------------
def test_a_follow_link_and_qzone_beside_the_sharing_bar_are_chrome() -> None:
    raw = read_text(f"{TITLE}\n2010-04-21 10:04:12 来源:某某日报\n关注某某网\n微博\nQzone\n\n{SIGNED}\n\n责任编辑：王某某")
    assert paragraph_texts(raw)[0] == BODY
    assert raw.metadata["责任编辑"] == "王某某"


def test_a_line_asking_to_follow_in_a_sentence_is_text() -> None:
    sentence = "关注某某网"
    raw = read_text(f"{TITLE}\n\n{BODY}\n请群众{sentence}发布的权威信息。\n某省人民政府\n2001年3月4日")
    assert f"请群众{sentence}发布的权威信息。" in paragraph_texts(raw)


# -- a data vendor's chart credit, a Q&A site's answer tab -----------------------------------------
def test_a_data_vendors_chart_credit_is_a_caption() -> None:
    raw = read_text(f"{TITLE}\n\n{BODY}\n数据来源：某某产业研究院数据库\n全年全省实现地区生产总值1000亿元。\n数据来源：某市统计局")
    texts = paragraph_texts(raw)
    assert "数据来源：某某产业研究院数据库" not in texts
    assert "数据来源：某市统计局" in texts  # an office named as the source: the document's note


def test_a_qa_sites_answer_tab_is_chrome() -> None:
    raw = read_text("如何办理某某卡\n\n手机看\n\n律师解答\n\n办理某某卡的流程如下：\n1、申请人携带资料提出申请；")
    assert paragraph_texts(raw)[0] == "办理某某卡的流程如下："
