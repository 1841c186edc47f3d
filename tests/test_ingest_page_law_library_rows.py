"""A law library's field rows over a regulation (session 30 wide sample): labels set
letter-spaced and each glued to the value before it (类 别：其他经济法规文 号：颁发日期：…), an empty
field, labels the table does not list (地 区, 行 业). They are the library's account of the
regulation: metadata, never its title or text. Made-up examples in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_fields import unlisted_label

ARTICLE = "第一条 为规范某某县自治条例的实施，根据有关法律规定，结合本县实际，制定本条例。"


def test_glued_letter_spaced_rows_are_fields() -> None:
    raw = read_text(
        "当前位置：某某法规网 > 法规库 > 正文\n类 别：其他经济法规文 号：颁发日期：1996-05-06\n"
        f"地 区：贵州行 业：行政事业时效性：有效\n第一章 总则\n{ARTICLE}\n"
    )
    assert raw.metadata["类别"] == "其他经济法规"
    assert raw.metadata["颁发日期"] == "1996-05-06"
    assert raw.metadata["地区"] == "贵州"
    assert raw.metadata["行业"] == "行政事业"
    assert raw.metadata["时效性"] == "有效"
    assert "文号" not in raw.metadata  # empty: nothing to keep
    texts = [p.text for p in raw.paragraphs]
    assert not any("颁发日期" in t or "行政事业" in t for t in texts)
    assert raw.title != "类 别：其他经济法规文 号：颁发日期：1996-05-06"
    assert ARTICLE in " ".join(texts)


def test_a_letter_spaced_unlisted_label_is_a_label_shape() -> None:
    assert unlisted_label("地 域：贵州") == "地域"  # (地区 is a listed label)
    assert unlisted_label("信息索引：123") == "信息索引"
    assert unlisted_label("为加强管理，制定本办法：") == ""


def test_a_numbers_last_character_is_no_letter_spaced_label() -> None:
    # 发文字号：某政办〔2022〕15号 性：有效 (a label's first characters lost): the number keeps its 号.
    raw = read_text(f"发文机关：某县人民政府办公室\n发文字号：某政办〔2022〕15号 性：有效\n{ARTICLE}\n")
    assert raw.metadata["发文字号"].startswith("某政办〔2022〕15号")


def test_a_law_librarys_field_table_in_bracketed_cells_is_not_read() -> None:
    """【时 效 性】 | … | 【颁布日期】 | | rows (labels letter-spaced in brackets, values shifted or
    left empty, rows of labels alone) over the letterhead and the 关于… title: the table is the
    page's metadata, never read; the title is the 关于… line under the letterhead."""
    title = "关于表彰2006年度某某竞赛获奖单位的通报"
    raw = read_text(
        "【时 效 性】 | 010183242/2019-00072 | 【颁布日期】 | |\n【颁布单位】 | 某政发〔2007〕号 | 【实施日期】 | |\n"
        "【法规层次】 | 2007-03-06 | 【文 号】 | 其他 |\n【首选类别】 | 【次选类别】 | ||\n【其它类别】 | 【其它类别】 | ||\n"
        f"【关 键 字】 |\n某某自治区\n人 民 政 府 文 件\n某政发〔2007〕2号\n{title}\n各州、市、县人民政府：\n"
        "2006年，各地认真贯彻落实中央精神，广泛开展农田水利基本建设竞赛活动，取得显著成效。\n"
    )
    assert raw.title == title
    assert raw.metadata["法规层次"] == "2007-03-06"
    assert raw.metadata["发文字号"] == "某政发〔2007〕2号"
    assert paragraph_texts(raw)[0] == "各州、市、县人民政府："


def test_a_law_librarys_search_and_login_boxes_and_adverts_over_its_bracketed_fields_are_not_read() -> None:
    """题目：并且： / 单位： / 登录名：密码： (its empty search and login boxes), its login buttons, its
    magazines' adverts and the bulleted 【label】 rows, the source's address among them: the library's,
    never the regulation's."""
    title = "某省人民政府关于修改《某省某某管理办法》等14件规章的决定"
    head = (
        "题目:并且:\n\n单位:\n\n登录名:密码:\n\n在此电脑保存用户名和密码 新注册 | 找回密码\n\n"
        "《新法规速递》电子杂志每日发送法规全文,订阅\n\n《法律图书馆》电子杂志每周发送目录摘要,订阅\n\n"
        f"法律图书馆>>新法规速递>> {title}\n\n  • 《新法规速递》推出安卓手机版,购软件送7寸平板电脑!\n"
        f"  • 【法规标题】{title}\n  • 【颁布单位】某省人民政府\n  • 【发文字号】令2018年第374号\n"
        "  • 【法规来源】http://www.example.gov.cn/art/2019/1/24/art_1551336.html\n\n  • 【全文】\n\n"
    )
    raw = read_text(f"{head}某省人民政府令第374号\n《{title}》已经省人民政府常务会议审议通过，现予公布，自发布之日起施行。\n")
    assert raw.title == title
    assert paragraph_texts(raw)[0] == "某省人民政府令第374号"
    assert raw.metadata["原文链接"] == "http://www.example.gov.cn/art/2019/1/24/art_1551336.html"


def test_a_rank_field_and_an_empty_validity_field_over_the_regulations_own_name() -> None:
    """效力位阶:地方性条例 / 时 效  性: (left empty) / 某某市立法条例 (ho96/14, session 51): the rank
    is the library's field, and the regulation's name under the empty validity field is its
    title, not the field's value, short as it is: a validity is 有效 or 已废止, never a name
    that ends as a document's title does."""
    title = "某某市立法条例"
    raw = read_text(
        f"某律网\n当前位置:首页 > 法律法规 > 2023年{title}最新全文\n\n2023年{title}最新全文\n\n"
        f"某律网整理发布 169°c 2023-12-05\n\n效力位阶:地方性条例\n\n时 效  性:\n\n{title}\n{title}\n"
        "(2018年12月31日某某市第一届人民代表大会第四次会议通过)\n\n第一章 总则\n\n第一条\n\n"
        f"{ARTICLE}\n"
    )
    assert raw.title == title
    assert raw.metadata["效力位阶"] == "地方性条例"
    assert "时效性" not in raw.metadata
    assert not any("效力位阶" in text or text == title for text in paragraph_texts(raw))
    # A short validity word is still the empty field's value.
    raw = read_text(f"效力位阶:地方性法规\n时 效  性:\n现行有效\n{title}\n第一章 总则\n{ARTICLE}\n")
    assert raw.metadata["时效性"] == "现行有效"
