"""The site's name, an organ's (某县人民政府), heading the page over a headline that opens with the
same place (某县防汛抗旱应急预案) is no first line of the title (session 30, dev36/16); an issuer
over the rest of its title (某县人民政府 / 关于…的通知) still is. Made-up examples."""

from __future__ import annotations

from audiojiedu.ingest import read_text

BODY = "为做好防汛抗旱工作，最大限度减少灾害损失，结合本县实际，制定本预案。"


def test_the_site_name_over_a_headline_of_the_same_place_stays_apart() -> None:
    raw = read_text(f"某某县人民政府\n某某县防汛抗旱应急预案\n来源：某某县应急局 时间：2020-08-21\n{BODY}\n")
    assert raw.title == "某某县防汛抗旱应急预案"


def test_an_issuer_over_the_rest_of_its_title_joins() -> None:
    raw = read_text(f"某某县人民政府\n关于做好防汛抗旱工作的通知\n各乡镇人民政府：\n{BODY}\n")
    assert raw.title == "某某县人民政府关于做好防汛抗旱工作的通知"
