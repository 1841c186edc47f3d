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


def test_a_headline_opening_with_its_place_and_a_colon_is_no_field() -> None:
    """首页 > 行业资讯 / 某某：2022年重点推动一批重大项目建设 over 来源：/ 时间： rows: a place and a
    colon open a news headline, never a field's label; the site's teaser under the byline, the
    headline again and the text's first words cut off, is not read."""
    headline = "新疆：2022年重点推动2万吨光伏制氢等一批重大项目建设"
    first = "2月4日，某某政府工作报告在某某会议上发布。其中提到，在2021年，资源密集型产业加快发展，全年新增项目一百个。"
    raw = read_text(
        f"首页 > 行业资讯\n\n{headline}\n\n来源：某某网\n时间：2022-02-07 17:02:38\n热度：\n\n{headline}{first[:40]}\n\n{first}\n"
    )
    assert raw.title == headline
    assert raw.metadata["来源"] == "某某网"
    assert paragraph_texts(raw)[0] == first
    assert "summary-repeat" in finding_kinds(raw)
