"""An online library's page round a work it hosts: its collection note and license box are not
read, and the document's header it sets under the title (organ, date) is the header when the
signature repeats it; a sentence naming a collection stays text. Every example is made up, in
the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

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


def test_a_librarys_source_note_broken_at_its_links_and_its_templates_note_are_not_read() -> None:
    """本作品来自…的决定、决议。依据《 / 某国著作权法 / 》第五条，…属于 / 公有领域 / 。 (the note broken
    where the page linked its words) and the template's note under it (本模板所指的决定包括…)."""
    raw = read_text(
        f"{TITLE}\n\n{SIGNED}\n\n\n本作品来自某国全国人民代表大会的决定、决议。依据《\n某国著作权法\n》第五条，本作品不适用于该法，所以属于\n"
        "公有领域\n。\n\n\n本模板所指的决定包括由主席令公布的修改或废止法律的决定。\n\n\nPublic domain\nPublic domain\nfalse\n"
    )
    texts = paragraph_texts(raw)
    assert texts[0] == BODY and texts[-1] == "2001年3月4日"
    for words in ("本作品", "著作权法", "公有领域", "本模板", "Public"):
        assert words not in "\n".join(texts)


def test_a_sentence_naming_a_collection_is_text() -> None:
    sentence = "该条例已收录于《某省法规汇编》，各单位要认真学习。"
    raw = read_text(f"{TITLE}\n\n{BODY}\n{sentence}\n某省人民政府\n2001年3月4日")
    assert sentence in paragraph_texts(raw)


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


def test_a_collections_piece_label_cut_short_like_its_headline_gives_way_to_the_pieces_own_title() -> None:
    # The site's headline and its 第一篇： label name the piece cut short (…关于印发某省); the piece
    # prints its own title whole over two lines: that is the title, the label is the site's.
    head = "某省人民政府办公厅关于印发某省"
    own = ["某省人民政府办公厅关于印发某省", "县级医院综合改革试点工作实施意见的通知"]
    body = ["各市、县（区）人民政府，省政府各部门：", "《某省县级医院综合改革试点工作实施意见》已经省政府同意，现印发给你们，请认真贯彻执行。"]
    raw = read_text("\n".join([head, "", f"第一篇：{head}", "", own[0], "", own[1], "", *body]) + "\n")
    assert raw.title == "".join(own)
    assert paragraph_texts(raw) == body
    assert any(f.text == f"第一篇：{head}" for f in raw.findings)


def test_a_collections_piece_number_naming_the_document_with_its_number_over_the_notice_is_the_sites() -> None:
    # 第一篇：某府发〔2005〕21号某市游泳场所开放服务规定 over the notice that issues it: the site's number
    # for the piece, not a part of the document; the notice's title line is the title.
    notice = "某市人民政府关于印发《某市游泳场所开放服务规定》的通知"
    body = ["某府发〔2005〕21号", "各区、县人民政府：", "现将《某市游泳场所开放服务规定》印发给你们，请按照执行。", "某市人民政府",
            "二○○五年六月二十九日", "某市游泳场所开放服务规定", "第一条 为了做好本市游泳场所的开放服务工作，制定本规定。",
            "第二条 本规定适用于本市行政区域内的游泳场所。"]
    raw = read_text("\n".join(["第一篇:某府发〔2005〕21号某市游泳场所开放服务规定", notice, *body]) + "\n")
    assert raw.title == notice
    assert not any(text.startswith("第一篇") for text in paragraph_texts(raw))
    # Must NOT touch: a plan's 第一篇： part over its own text stays.
    plan = read_text("某县国民经济和社会发展第十四个五年规划纲要\n第一篇：总体要求\n全县坚持稳中求进工作总基调，推动高质量发展。\n")
    assert "第一篇：总体要求" in paragraph_texts(plan)


def test_a_law_pages_fields_run_into_the_text_are_fields() -> None:
    """法律效力位阶：地方性法规 制定机关：… 施行日期：… 公布日期：… 某某规定 （…通过） 第一条 …: a law
    page flattened to one line sets its fields before the law's own title; the fields are kept,
    not read, and the title printed again (the headline said （最新版本全文） after it) is not read
    twice. Two labelled words before a sentence are text."""
    law = "某省生态保护红线管理规定"
    note = "（2016年7月29日某省第五届人民代表大会常务委员会第二十二次会议通过）"
    text = "第一条 为了加强生态保护红线管理，保障本省生态安全和生态环境质量，促进经济社会可持续发展，结合本省实际，制定本规定。"
    raw = read_text(
        f"{law}（最新版本全文）\n法律效力位阶：地方性法规 制定机关：某省人民代表大会常务委员会 时效性：有效 "
        f"施行日期：2022-05-31 公布日期：2022-05-31 {law} {note} {text}\n"
    )
    assert raw.metadata["制定机关"] == "某省人民代表大会常务委员会"
    assert raw.metadata["法律效力位阶"] == "地方性法规"
    spoken = " ".join(paragraph_texts(raw))
    assert "效力位阶" not in spoken and "施行日期" not in spoken
    assert law not in spoken
    plain = "目标：明确 任务：清晰 各单位要按照要求抓好落实，确保各项工作按时完成，取得实效，向社会公开结果，接受群众监督检查。"
    assert plain in paragraph_texts(read_text(f"某县工作方案\n{plain}\n"))
