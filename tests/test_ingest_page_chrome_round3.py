"""Page fields and chrome, round 3 of session 26: an online library's boxes round a work it
hosts, a site's numbered terms at the foot, a follow link naming the site, 责任编辑 as a field,
a byline glued to the headline. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_fields import parse_metadata_line

TITLE = "某省人民政府关于同意设立某某经济开发区的批复"
BODY = "你市《关于设立某某经济开发区的请示》收悉。经研究，同意设立某某经济开发区。"
SIGNED = f"{BODY}\n某省人民政府\n2001年3月4日"


# -- an online library's boxes round the work ---------------------------------------------------
def test_a_librarys_collection_note_and_license_box_are_not_read() -> None:
    raw = read_text(
        f"{TITLE}\n\n本作品收录于《某省人民政府公报/2001年/第5号\n收录于《某省政府公报》2001年第5号\n\n{SIGNED}\n\n"
        "本作品是某国的法律法规、国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件。"
        "根据著作权法，本作品不适用于该法，属于公有领域。\n\nPublic domainPublic domainfalsefalse"
    )
    texts = paragraph_texts(raw)
    assert texts[0] == BODY and texts[-1] == "2001年3月4日"
    assert any(f.kind == "site-notice" and "本作品是" in f.text for f in raw.findings)


def test_a_sentence_naming_a_collection_is_text() -> None:
    sentence = "该条例已收录于《某省法规汇编》，各单位要认真学习。"
    raw = read_text(f"{TITLE}\n\n{BODY}\n{sentence}\n某省人民政府\n2001年3月4日")
    assert sentence in paragraph_texts(raw)


# -- a site's terms as numbered clauses at the foot -----------------------------------------------
NEWS = "某某新闻网讯 代表们在审议时表示，要更加奋发有为，推动高质量发展。"


def test_numbered_terms_of_the_site_at_the_foot_are_dropped() -> None:
    raw = read_text(
        f"{TITLE}\n\n{NEWS}（某某日报记者 张某某）\n"
        "1、“某某在线”由某某广播电台主办，某某公司负责网站的经营。\n"
        "2、凡本网注明“来源：某某在线”的所有内容，未经书面授权，任何单位及个人不得转载、摘编或复制。\n"
        "3、“某某在线”自有版权信息（包括但不限于“某某在线专稿”"
    )
    assert paragraph_texts(raw)[-1] == "某某新闻网讯 代表们在审议时表示，要更加奋发有为，推动高质量发展。"
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


# -- a byline glued to the headline -------------------------------------------------------------
HEADLINE = "打造十个特色产业群！某省发布2023年政府工作报告"


def test_a_byline_glued_to_the_headline_is_split_into_fields() -> None:
    raw = read_text(f"{HEADLINE}2023-01-30 14:22来源：某某网浏览数：255次\n日前，某省2023年政府工作报告发布，报告指出要加快发展。")
    assert raw.title == HEADLINE
    assert raw.metadata == {"发布时间": "2023-01-30 14:22", "来源": "某某网"}
    assert any(f.kind == "chrome-dropped" and "浏览数" in f.text for f in raw.findings)


def test_a_traditional_byline_glued_to_the_headline_is_split_too() -> None:
    raw = read_text("某省發布2023年政府工作報告2023-01-30 14:22來源：某某網瀏覽數：12次\n日前，某省政府工作報告發布。")
    assert raw.title == "某省發布2023年政府工作報告"
    assert raw.metadata == {"发布时间": "2023-01-30 14:22", "来源": "某某網"}  # the label read folded, the value as written


def test_a_date_inside_a_headline_stays_in_it() -> None:
    headline = "某市2023年1月30日召开全市经济工作会议"
    raw = read_text(f"{headline}\n会议总结了过去一年的工作，部署了今年的任务。")
    assert raw.title == headline
    assert "发布时间" not in raw.metadata


# -- a field's value ends where the toolbar after it begins --------------------------------------
def test_a_values_end_stops_at_the_toolbar_after_it() -> None:
    assert parse_metadata_line("来源：《某某日报》      【  保存") == {"来源": "《某某日报》"}  # a button in its bracket
    assert parse_metadata_line("来源：某某新闻网分享到：") == {"来源": "某某新闻网"}  # 分享到： glued on
    assert parse_metadata_line("时间：2018-05-16       大    中    小") == {"时间": "2018-05-16"}  # the font-size picker
    assert parse_metadata_line("发布机构：某某街道 附件下载 —  —") == {"发布机构": "某某街道"}  # a foot link


def test_values_that_only_look_like_the_toolbar_stay_whole() -> None:
    assert parse_metadata_line("标题：【转载】某市民政局关于提高救助标准的通知") == {"标题": "【转载】某市民政局关于提高救助标准的通知"}
    assert parse_metadata_line("标题：大中小学校园安全工作要点") == {"标题": "大中小学校园安全工作要点"}
    assert parse_metadata_line("标题：某某附件下载管理办法") == {"标题": "某某附件下载管理办法"}


# -- a portal's row of the article's kind -----------------------------------------------------------
def test_a_row_of_the_articles_kind_under_the_stamp_is_fields() -> None:
    raw = read_text(f"{HEADLINE}\n2010-01-12 10:09 文章来源:本地新闻\n文章类型:转载 内容分类:新闻\n\n同志们：今天的会议很重要。")
    assert raw.metadata == {"发布时间": "2010-01-12 10:09", "文章来源": "本地新闻", "文章类型": "转载", "内容分类": "新闻"}
    assert paragraph_texts(raw) == ["同志们：今天的会议很重要。"]


def test_a_toolbar_word_after_a_value_still_ends_it() -> None:
    # 转载 alone is 文章类型's value; set apart after a source it is the site's repost tag.
    assert parse_metadata_line("来源：某某日报 转载") == {"来源": "某某日报"}
    assert parse_metadata_line("来源： 打印 关闭") in (None, {})


# -- a data vendor's chart credit, a Q&A site's answer tab -----------------------------------------
def test_a_data_vendors_chart_credit_is_a_caption() -> None:
    raw = read_text(f"{TITLE}\n\n{BODY}\n数据来源：某某产业研究院数据库\n全年全省实现地区生产总值1000亿元。\n数据来源：某市统计局")
    texts = paragraph_texts(raw)
    assert "数据来源：某某产业研究院数据库" not in texts
    assert "数据来源：某市统计局" in texts  # an office named as the source: the document's note


def test_a_qa_sites_answer_tab_is_chrome() -> None:
    raw = read_text("如何办理某某卡\n\n手机看\n\n律师解答\n\n办理某某卡的流程如下：\n1、申请人携带资料提出申请；")
    assert paragraph_texts(raw)[0] == "办理某某卡的流程如下："


# -- a library's header under the title repeating the signature -----------------------------------
def test_an_organ_and_date_under_the_title_repeated_at_the_foot_are_the_header() -> None:
    raw = read_text(f"{TITLE}\n某政函〔2001〕12号\n某省人民政府\n2001年3月4日\n某市人民政府：\n{BODY}\n某省人民政府\n二〇〇一年三月四日")
    assert raw.metadata == {"发文字号": "某政函〔2001〕12号", "发布时间": "2001年3月4日"}
    texts = paragraph_texts(raw)
    assert texts[0] == "某市人民政府：" and texts[-2:] == ["某省人民政府", "二〇〇一年三月四日"]


def test_an_organ_and_date_under_the_title_without_a_signature_stay() -> None:
    raw = read_text(f"{TITLE}\n某省人民政府\n2001年3月4日\n某市人民政府：\n{BODY}\n特此批复。")
    assert "发布时间" not in raw.metadata
    assert paragraph_texts(raw)[:2] == ["某省人民政府", "2001年3月4日"]


# -- a byline led by the site's address, a view count after its stamp -------------------------------
def test_a_byline_led_by_the_sites_address_with_a_count_after_the_stamp_is_fields() -> None:
    raw = read_text(f"{HEADLINE}\n\nwww.example.gov.cn  2024-01-23 23:02  阅读:3368次  作者:张某 李某  来源:某某人大网\n日前，某省政府工作报告发布。")
    assert raw.metadata == {"发布时间": "2024-01-23 23:02", "作者": "张某 李某", "来源": "某某人大网"}
    assert paragraph_texts(raw) == ["日前，某省政府工作报告发布。"]


def test_an_address_in_a_sentence_is_no_byline() -> None:
    line = "www.example.gov.cn 是本市政府门户网站，2024-01-23起改版。"
    raw = read_text(f"{HEADLINE}\n\n{line}\n日前，某省政府工作报告发布。")
    assert "发布时间" not in raw.metadata


# -- the label of an empty field at a row's end ---------------------------------------------------
def test_the_label_of_an_empty_field_at_the_rows_end_is_no_value() -> None:
    assert parse_metadata_line("索 引 号: 012345-6/2022-00001 分类: 报告    机构分类") == {"索引号": "012345-6/2022-00001", "分类": "报告"}


def test_a_values_own_last_word_stays() -> None:
    assert parse_metadata_line("分类：综合 政务分类") == {"分类": "综合 政务分类"}  # one space: the value's words
    assert parse_metadata_line("作者：张三    李四") == {"作者": "张三    李四"}  # two names, no label
