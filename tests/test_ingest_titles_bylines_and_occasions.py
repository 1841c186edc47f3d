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


# -- a speaker's post and name, an occasion ---------------------------------------------------------
_BUDGET = "主任、各位副主任、各位委员：\n我受区人民政府的委托，向区人大常委会报告上年度区本级预算执行的审计情况，请予审议。\n一、基本情况\n"


def test_a_bureau_heads_or_committee_members_post_and_name_is_no_title() -> None:
    """某区审计局局长 某某, 某省审计厅厅长 某某, 某省人民代表大会常务委员会副主任 某某 over the salutation:
    who gives a report to a congress, not what it is called; read as text."""
    for speaker in ("某某区审计局局长 张某某", "某某省审计厅厅长 李某", "某某省人民代表大会常务委员会副主任 王某某", "某某市财政局局长 赵某"):
        raw = read_text(f"{speaker}\n2023年9月28日\n{_BUDGET}")
        assert raw.title == "", speaker
        assert paragraph_texts(raw)[0] == speaker


def test_an_occasion_with_the_speaker_glued_after_it_is_no_title() -> None:
    """2018年1月16日在某县…会议上县长 某某 (a flattened copy set both on one line): the occasion line,
    read as text; the report is named by what its opening says it is."""
    line = "2018年1月16日在某某县第十三届人民代表大会第二次会议上县长 张某某"
    opening = "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n"
    raw = read_text(f"{line}\n{opening}")
    assert raw.title == "政府工作报告"
    assert paragraph_texts(raw)[0] == line


def test_what_the_speaker_rule_must_not_touch() -> None:
    """A title naming a post (某局局长信箱办理情况的报告 ends as a title), an office's staff line with no
    bureau or government before the post (办公室主任 某某 as a contact), and a speech titled 在…会议上的讲话."""
    title = "某某市审计局局长信箱2024年办理情况的报告"
    assert read_text(f"{title}\n2024年，信箱共收到来信一百件，均已办结。\n").title == title
    speech = "在全县审计工作会议上的讲话"
    assert read_text(f"{speech}\n同志们：\n今天召开会议。\n").title == speech
    notice = "某某县关于调整领导小组成员的通知"
    raw = read_text(f"{notice}\n办公室主任 张某\n各乡镇：\n{NEWS}\n")
    assert raw.title == notice


# -- an adoption note ---------------------------------------------------------------------------------
_TOC = "目录\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 为了规范管理，根据有关法律，结合本县实际，制定本条例。\n"


def test_an_adoption_note_over_the_text_is_no_title() -> None:
    """(2021年1月18日某县…会议通过), maybe broken over two lines, or an approval note with its day of
    effect, at the head of a page that starts under the law's title: when it was adopted, never what
    it is called; read as the text's."""
    note = "（2021年1月18日某某县第十七届人民代表大会第六次会议通过）"
    raw = read_text(f"{note}\n{_TOC}")
    assert raw.title == "条例"  # the name the text gives itself (制定本条例), see `naming`
    assert paragraph_texts(raw)[0] == note
    raw = read_text(f"(2021年1月18日某某县第十七届人民代表大会\n第六次会议通过）\n{_TOC}")
    assert raw.title == "条例"
    approved = "（1989年11月25日某某省第七届人民代表大会常务委员会第十次会议批准 自1990年1月1日起施行）"
    raw = read_text(f"类别：地方法规 时效性：有效\n{approved}\n{_TOC}")
    assert raw.title == "条例"
    assert approved in paragraph_texts(raw)


def test_an_adoption_note_under_a_laws_title_leaves_the_title_first() -> None:
    """The law's title over its note and the page's field rows: the note is never ranked the headline
    (the title over it was dropped as the site's)."""
    title = "某某省人民代表大会常务委员会关于修改《某某省防震减灾条例》的决定"
    note = "（1999年12月10日某某省第九届人民代表大会常务委员会第十二次会议通过）"
    raw = read_text(f"{title} 附：修正本\n\n{note}\n• 颁布日期：1999-12-10\n• 时效性：有效\n{_TOC}")
    assert raw.title.startswith(title)
    assert note in paragraph_texts(raw)


def test_what_the_adoption_note_rule_must_not_touch() -> None:
    """A title whose bracket holds a year and a word of adoption ((2023年修订) after the law's name) is
    the title; a bracketed line without a day of adoption ((试行)) is not a note."""
    title = "某某市物业管理条例（2023年修订）"
    assert read_text(f"{title}\n{_TOC}").title == title


# -- organs alone over the text ----------------------------------------------------------------------
_BULLETIN = "2021年，面对复杂的宏观环境，全市上下认真落实各项决策部署，经济运行总体平稳。\n一、综合\n全年实现地区生产总值500亿元。\n"


def test_organs_one_a_line_over_a_date_and_the_text_are_the_issuers() -> None:
    """某市统计局 / 国家统计局某市调查队 / the date / the bulletin's text: a page starting under the
    bulletin's title; both organs are its issuers (metadata, a finding), never the title."""
    raw = read_text(f"某某市统计局\n国家统计局某某调查队\n2022年3月30日\n{_BULLETIN}")
    assert raw.metadata.get("发文机关") == "某某市统计局 国家统计局某某调查队"
    assert "统计局" not in raw.title
    assert "title-guessed" in finding_kinds(raw)


def test_what_the_organs_over_text_rule_must_not_touch() -> None:
    """Organs over their 关于… title open it (T2); a headline ending as an organ does (…座谈会) over
    the page's stamp is the title."""
    raw = read_text(f"某某市统计局\n国家统计局某某调查队\n关于发布2021年统计公报的公告\n{_BULLETIN}")
    assert raw.title.endswith("关于发布2021年统计公报的公告")
    title = "某某市统计局召开统计工作座谈会"
    assert read_text(f"{title}\n2024-11-08 10:00\n{_BULLETIN}").title == title


# -- a field or a label -------------------------------------------------------------------------------
def test_a_press_conferences_place_field_is_no_title() -> None:
    """主题：… / 地点：某某新闻发布厅 / 时间：… over a transcript: the page's fields (地点 a known label),
    none of them the title."""
    raw = read_text(f"主题：某月例行新闻发布会\n地点：某某部新闻发布厅\n时间：2025-08-27 10:00\n{NEWS}\n")
    assert raw.metadata.get("地点") == "某某部新闻发布厅"
    assert "发布厅" not in raw.title


def test_a_summary_label_alone_over_the_summary_is_no_title() -> None:
    """核心提示 alone over the site's summary: the page's label (a finding names it), never the title;
    the summary the text does not repeat is read, and one it repeats is read once, in the text."""
    raw = read_text(f"核心提示\n{NEWS}\n一、基本情况\n全市经济运行总体平稳，主要指标好于预期。\n")
    assert raw.title != "核心提示"
    assert "chrome-dropped" in finding_kinds(raw)
    assert "核心提示" not in paragraph_texts(raw)
    assert NEWS in paragraph_texts(raw)
    raw = read_text(f"核心提示\n{NEWS}\n一、基本情况\n{NEWS}\n")
    assert raw.title != "核心提示"
    assert "summary-repeat" in finding_kinds(raw)
    assert "核心提示" not in paragraph_texts(raw)
    assert paragraph_texts(raw).count(NEWS) == 1


def test_a_timed_field_at_the_head_is_read_as_text() -> None:
    """启动某级应急响应时间：2023年11月19日8时 / 解除时间：另行通知: the notice's fields, read; not the title."""
    first = "启动重污染天气Ⅱ级应急响应时间：2023年11月19日8时"
    raw = read_text(f"{first}\n解除时间：另行通知\n应对措施：\n一、工业企业管控措施\n{NEWS}\n")
    assert raw.title == ""
    assert paragraph_texts(raw)[0] == first


def test_what_the_field_and_label_rules_must_not_touch() -> None:
    """A title naming a summary (…工作要点核心提示 is no label alone) and a title holding a time word
    without a colon and a date (关于调整夏季作息时间的通知) stay titles."""
    title = "某某县关于调整夏季作息时间的通知"
    assert read_text(f"{title}\n各乡镇：\n{NEWS}\n").title == title
    title = "某某市2024年工作要点核心提示"
    assert read_text(f"{title}\n{NEWS}\n").title == title


# -- an organ over a decision served on one party -----------------------------------------------------
_SERVED = "某某建材有限公司：\n统一社会信用代码：91000000XXXXXXXXXX\n2024年11月20日，我局执法人员对你单位进行了现场检查，发现以下问题。\n"


def test_an_organ_over_a_decision_served_opens_its_title() -> None:
    """某市生态环境局 / 行政处罚决定书 / its number: the organ's letterhead over the kind of decision (决定书,
    告知书 end titles): the title is both, the number a field; the kind alone under a number is the
    title too."""
    raw = read_text(f"某某市生态环境局\n行政处罚决定书\n某环罚字〔2025〕1号\n{_SERVED}")
    assert raw.title == "某某市生态环境局行政处罚决定书"
    assert raw.metadata.get("发文字号") == "某环罚字〔2025〕1号"
    raw = read_text(f"某环罚决字〔2021〕136号\n行政处罚决定书\n{_SERVED}")
    assert raw.title == "行政处罚决定书"
    raw = read_text(f"某某县自然资源局\n行政处罚听证告知书\n某自然资听告〔2024〕3号\n{_SERVED}")
    assert raw.title == "某某县自然资源局行政处罚听证告知书"


def test_what_the_decision_words_must_not_touch() -> None:
    """A sentence ending with the word is text; a notice issuing a decision's form is titled as a notice."""
    title = "某某市生态环境局关于印发行政处罚决定书格式文本的通知"
    raw = read_text(f"{title}\n各区县分局：\n现将格式文本印发给你们，请遵照执行。本局不再另发决定书。\n")
    assert raw.title == title
    assert "现将格式文本印发给你们，请遵照执行。本局不再另发决定书。" in paragraph_texts(raw)
