"""The site's name, an organ's (某县人民政府), heading the page over a headline that opens with the
same place (某县防汛抗旱应急预案) is no first line of the title (session 30, dev36/16); an issuer
over the rest of its title (某县人民政府 / 关于…的通知) still is. Made-up examples."""

from __future__ import annotations

from helpers import finding_kinds, paragraph_texts

from audiojiedu.ingest import read_text

BODY = "为做好防汛抗旱工作，最大限度减少灾害损失，结合本县实际，制定本预案。"


def test_the_site_name_over_a_headline_of_the_same_place_stays_apart() -> None:
    raw = read_text(f"某某县人民政府\n某某县防汛抗旱应急预案\n来源：某某县应急局 时间：2020-08-21\n{BODY}\n")
    assert raw.title == "某某县防汛抗旱应急预案"


def test_an_issuer_over_the_rest_of_its_title_joins() -> None:
    raw = read_text(f"某某县人民政府\n关于做好防汛抗旱工作的通知\n各乡镇人民政府：\n{BODY}\n")
    assert raw.title == "某某县人民政府关于做好防汛抗旱工作的通知"


def test_sites_names_over_the_stamp_row_of_a_page_without_a_headline_are_no_title() -> None:
    """某省中小企业公共服务示范平台 / 某市中小企业公共服务示范平台 over the page's stamp row and the
    text: the page lost its headline; the platforms' names are not read and name nothing."""
    raw = read_text(
        "某某省中小企业公共服务示范平台\n某某市中小企业公共服务示范平台\n2019-12-24 10:54:26 来源: 作者: 点击:\n"
        "2019年度拟命名森林城镇名单公布，某某县2乡镇入选。\n根据有关规定，现将考核验收结果公示如下。\n"
    )
    assert raw.title == ""
    assert raw.metadata["发布时间"] == "2019-12-24 10:54:26"
    assert paragraph_texts(raw)[0].startswith("2019年度拟命名")
    assert "chrome-dropped" in finding_kinds(raw)
