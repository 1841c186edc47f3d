"""A notice that prints a document after its signature (a 征求意见 notice, then the draft or its
起草说明) and rules texts whose parts are named without a chapter number (总则, 附则). The
notice's numbered clauses are judged on their own; the printed document's numbering is its own.
Made-up examples in the manner of county and city pages."""

from __future__ import annotations

from helpers import finding_kinds, flat_outline, spoken_text

from audiojiedu.ingest import read_text
from audiojiedu.model import Document
from audiojiedu.outline import parse_outline


def _outline(text: str) -> Document:
    return parse_outline(read_text(text))


_NOTICE = (
    "某市司法局关于《某市促进民营经济发展条例（草案）》公开征求意见的通告\n"
    "为增强立法的公开性，现将《某市促进民营经济发展条例（草案）》全文公布，向社会征求意见。"
    "有关单位和个人可以在2024年4月16日前，通过以下方式反馈意见。\n"
    "一、通过信函方式将意见寄至：某市某区某路88号，邮编：010000\n"
    "二、通过电子邮件方式将意见发送至：yijian@example.com\n"
    "某市司法局\n"
    "2024年3月17日\n"
)
_EXPLANATION = (
    "关于《某市促进民营经济发展条例（草案）》的起草说明\n"
    "为了优化民营经济发展环境，保护民营经济组织合法权益，市发展改革委起草了本条例草案。现说明如下：\n"
    "一、立法必要性\n"
    "民营经济是经济发展的重要力量。制定本条例，有利于稳定市场预期，提振发展信心。\n"
    "二、主要内容\n"
    "草案共六章四十条，主要规定了市场准入、要素保障和权益保护等内容。\n"
)


def test_a_document_printed_after_the_signature_numbers_its_own_chapters() -> None:
    doc = _outline(_NOTICE + _EXPLANATION)
    # The notice's two ways to send opinions are clauses (one ends with an e-mail address), read as
    # text; the explanation is a chapter of its own, and its headings open at the top beside it, no
    # longer under the notice's 二、.
    assert flat_outline(doc.sections) == [
        [1, "", "关于《某市促进民营经济发展条例（草案）》的起草说明"],
        [1, "一", "立法必要性"],
        [1, "二", "主要内容"],
    ]
    assert doc.sections[0].paragraphs == ("为了优化民营经济发展环境，保护民营经济组织合法权益，市发展改革委起草了本条例草案。现说明如下：",)
    spoken = spoken_text(doc)
    assert spoken.index("某市司法局2024年3月17日") < spoken.index("的起草说明为了优化") < spoken.index("一、立法必要性")


def test_the_printed_draft_with_unnumbered_parts_over_its_articles() -> None:
    draft = (
        "某市社会信用条例（草案）\n"
        "总 则\n"
        "第一条 为了规范社会信用管理，制定本条例。\n"
        "第二条 本条例适用于本市行政区域内的社会信用体系建设。\n"
        "附 则\n"
        "第三条 本条例自公布之日起施行。\n"
    )
    notice = (
        "某市人大常委会办公室公告\n现将《某市社会信用条例（草案）》全文公布，广泛征求意见，并就有关事项公告如下：\n"
        "一、各级国家机关、社会团体以及公民均可以通过信函、传真等方式提出意见。\n"
        "二、征求意见的时间，自公告见报之日起，到2024年1月15日结束。\n"
        "某市人大常委会办公室\n2023年12月5日\n"
    )
    doc = _outline(notice + draft)
    assert flat_outline(doc.sections) == [
        [1, "", "某市社会信用条例（草案）"],
        [1, "", "总则"],
        [2, "第一条", ""],
        [2, "第二条", ""],
        [1, "", "附则"],
        [2, "第三条", ""],
    ]
    assert "heading-guessed" in finding_kinds(doc)
    assert "某市社会信用条例（草案）" in spoken_text(doc)


def test_a_note_in_brackets_after_the_signature_opens_nothing() -> None:
    # （此件公开发布） under the date is the notice's note; the attachment after it is a chapter.
    text = (
        "某县人民政府办公室关于印发任务分解的通知\n各乡镇人民政府，县直各单位：\n"
        "一、责任到人，闭环管理。各单位要明确责任人，按月报送进展情况，确保按期完成。\n"
        "二、节点管控，动态调度。各单位要紧盯目标任务，加强调度运行，强化督促落实。\n"
        "某县人民政府办公室\n2025年5月18日\n（此件公开发布）\n"
        "附件1\n2025年任务清单\n一、示范区牵头工作（8项）\n1.打造生产基地。\n2.加强基础设施建设。\n"
    )
    doc = _outline(text)
    assert [row[:2] for row in flat_outline(doc.sections)][-2:] == [[1, "附件1"], [2, "一"]]


def test_rules_parts_without_a_chapter_number_are_chapters_only_over_articles() -> None:
    # 总则 over a sentence is no part of rules (named_parts may still take 前言-like words).
    doc = _outline("某县工作总结\n总则\n全年工作总体平稳，各项任务完成较好。\n一、主要成绩\n经济平稳运行。\n")
    assert [row[2] for row in flat_outline(doc.sections)] == ["主要成绩"]


def test_an_issuer_and_date_over_the_text_sign_nothing_and_its_clauses_stay_text() -> None:
    # A document site prints the issuer and the date under the headline, then where the text was
    # collected (dev22 13): no signature, for no sentence stands above it, so the 批复's two
    # numbered clauses are judged as the notice's own (clauses, read as text).
    text = (
        "某部关于同意某县撤县设市的批复\n"
        "某函〔1996〕21号\n"
        "某某部\n"
        "1996年5月8日\n"
        "收录于《某某公报》1996年第9号\n"
        "某省人民政府：\n"
        "你省《关于某县撤县设市的请示》收悉。现批复如下：\n"
        "一、同意撤销某县，设立某市，以原某县的行政区域为某市的行政区域。\n"
        "二、某市人民政府驻某镇。\n"
        "某某部\n"
        "1996年5月8日\n"
    )
    doc = _outline(text)
    assert flat_outline(doc.sections) == []
    assert "一、同意撤销某县" in spoken_text(doc)


_QUOTED_RULES = (
    "某市文明养宠条例全文（某市宠物登记去哪办）\n"
    "很多市民关心宠物登记的事。下面先看条例全文，再说登记地点。\n"
    "一、某市文明养宠条例全文\n"
    "某市文明养宠条例\n"
    "（2023年5月10日某市人民代表大会常务委员会会议通过）\n"
    "第一章 总则\n"
    "第一条 为了规范养宠行为，维护公共秩序，制定本条例。\n"
    "第二条 本市行政区域内的养宠行为，适用本条例。\n"
    "第二章 登记\n"
    "第三条 养宠人应当为宠物办理登记。\n"
    "二、某市宠物登记去哪办\n"
    "市民可以到各区服务中心办理登记。\n"
)


def test_a_document_printed_under_a_heading_of_the_page_opens_its_chapters_under_it() -> None:
    # An article prints a regulation under its 一、: the regulation's own title line stands in that
    # section, then its chapters and articles, which belong to the section, not above it.
    doc = _outline(_QUOTED_RULES)
    assert flat_outline(doc.sections) == [
        [1, "一", "某市文明养宠条例全文"],
        [2, "第一章", "总则"],
        [3, "第一条", ""],
        [3, "第二条", ""],
        [2, "第二章", "登记"],
        [3, "第三条", ""],
        [1, "二", "某市宠物登记去哪办"],
    ]
    assert not [w for w in doc.warnings if "层级高于" in w]


def test_a_chapter_right_after_a_bare_list_number_still_goes_above_it() -> None:
    # A site's list numbering (1. before the regulation's name, nothing under it) is no section of
    # the page the document sits in: the articles still open above it, with the warning.
    doc = _outline(
        "某区物业服务管理办法\n"
        "1. 某区物业服务管理办法（2020修正）\n"
        "第一条 为了规范物业服务活动，制定本办法。\n"
        "第二条 本区物业服务活动，适用本办法。\n"
        "第三条 区住房城乡建设部门负责物业服务活动的监督管理。\n"
    )
    # The lone 1. is the site's number for the one document it lists: read as text, not a section.
    assert [row[:2] for row in flat_outline(doc.sections)] == [[1, "第一条"], [1, "第二条"], [1, "第三条"]]
    assert "1.某区物业服务管理办法（2020修正）第一条" in spoken_text(doc)


def test_a_numbered_list_of_documents_before_articles_keeps_its_numbers() -> None:
    # Two numbered entries (1. 2.) are no lone site number: the first stays a heading, as before.
    doc = _outline(
        "某区物业服务管理办法\n"
        "1. 某区物业服务管理办法（2020修正）\n"
        "第一条 为了规范物业服务活动，制定本办法。\n"
        "第二条 本区物业服务活动，适用本办法。\n"
        "2. 某区物业服务收费办法\n"
        "第一条 为了规范物业服务收费，制定本办法。\n"
    )
    assert [row[1] for row in flat_outline(doc.sections)][:1] == ["1"]


def test_the_clauses_of_a_reply_printed_after_the_forwarding_notice_are_its_text() -> None:
    # A prefecture forwards the region's 批复: the reply's 一、…。 二、…。 are numbered sentences, read
    # as its text, as the notice's own clauses would be; its 此复 and signature stay after them.
    text = (
        "某县人民政府：\n"
        "现将自治区人民政府《关于同意某县某乡区划调整的批复》（某政函〔2009〕21号）转发你县，请认真组织实施。\n"
        "某州人民政府\n二〇〇九年三月十八日\n"
        "关于同意某县某乡区划调整的批复\n某政函〔2009〕21号\n某州人民政府：\n"
        "你们《关于某县某乡撤乡建镇的请示》收悉。现批复如下：\n"
        "一、撤销某县某乡建制，设立某镇建制，其行政区域界线不变。\n"
        "二、撤销某区公所派出机构，其原有管理机构与某镇人民政府合并。区公所原管辖的村由某县人民政府直接管理。\n"
        "此复。\n某自治区人民政府\n二〇〇九年二月六日\n"
    )
    doc = _outline(text)
    assert doc.sections == ()
    spoken = spoken_text(doc)
    assert spoken.index("现批复如下：一、撤销某县某乡建制") < spoken.index("二、撤销某区公所") < spoken.index("此复。")


def test_a_forwarded_document_with_headings_keeps_them() -> None:
    # The same place for a forwarded plan whose 一、 二、 head text: they stay chapters.
    text = (
        "各乡镇人民政府：\n现将《某县农村公路养护方案》转发给你们，请认真贯彻执行。\n某县人民政府办公室\n2024年3月1日\n"
        "某县农村公路养护方案\n"
        "一、工作目标\n到2025年，全县农村公路优良中等路率达到85%以上。\n"
        "二、主要任务\n落实养护责任，健全养护机制，保障养护资金。\n"
    )
    doc = _outline(text)
    assert flat_outline(doc.sections) == [[1, "", "某县农村公路养护方案"], [1, "一", "工作目标"], [1, "二", "主要任务"]]
    # the chapter is inferred from layout: the review says so, with the line
    assert ("heading-guessed", "某县农村公路养护方案") in [(finding.kind, finding.text) for finding in doc.findings]


_LIST_NOTICE = (
    "某市人民政府办公室关于公布第六批市级非物质文化遗产代表性项目名录的通知\n"
    "各县、区人民政府，市政府各部门：\n"
    "市政府同意某市文化和旅游局确定的第六批市级非物质文化遗产代表性项目名录，现予公布。"
    "各地区、各部门要认真贯彻保护为主、抢救第一的方针，切实做好保护和传承工作。\n"
    "某市人民政府办公室\n"
    "2020年6月18日\n"
    "（此件公开发布）\n"
)


def test_a_list_printed_after_the_signature_is_the_notices_attachment() -> None:
    """The list a notice publishes, printed after its date without a 附件 line, is a chapter of its
    own, its groups inside it, and the review says the chapter was inferred."""
    listing = "某市第六批市级非物质文化遗产代表性项目名录\n一、民间文学\n某某传说（某某县）\n二、传统音乐\n某某号子（某某区）\n"
    doc = _outline(_LIST_NOTICE + listing)
    assert flat_outline(doc.sections) == [
        [1, "", "某市第六批市级非物质文化遗产代表性项目名录"],
        [2, "一", "民间文学"],
        [2, "二", "传统音乐"],
    ]
    assert "heading-guessed" in finding_kinds(doc)


def test_a_plan_printed_after_the_signature_keeps_its_numbering_at_the_top() -> None:
    """Not a list: a printed 方案 is a chapter, and its own numbering opens at the top beside it,
    not nested under it as a list's groups are."""
    plan = "某市非物质文化遗产保护工作方案\n一、工作目标\n到2025年，建成较为完备的保护体系。\n二、主要任务\n加强代表性项目保护。\n"
    doc = _outline(_LIST_NOTICE + plan)
    assert flat_outline(doc.sections) == [[1, "", "某市非物质文化遗产保护工作方案"], [1, "一", "工作目标"], [1, "二", "主要任务"]]


def test_a_list_printed_right_after_the_notices_text_is_its_attachment_too() -> None:
    """A page that left the signature off (or glued it to its date): the list's title right after
    the text, a note in brackets after it, its groups under it."""
    lead = "某市人民政府关于公布第六批市级非物质文化遗产代表性项目名录的通知\n各区人民政府：\n市人民政府批准第六批市级非物质文化遗产代表性项目名录，现予公布。\n"
    listing = "第六批市级非物质文化遗产代表性项目名录（排名不分先后）\n一、民间文学\n某某传说（某某县）\n二、传统戏剧\n某某戏（某某区）\n"
    for signature in ("", "某市民政局办公室2024年5月29日\n"):
        doc = _outline(lead + signature + listing)
        assert flat_outline(doc.sections) == [
            [1, "", "第六批市级非物质文化遗产代表性项目名录（排名不分先后）"],
            [2, "一", "民间文学"],
            [2, "二", "传统戏剧"],
        ], signature


def test_a_line_naming_a_list_over_the_texts_next_sentence_is_text() -> None:
    """名单 at the end of a short line followed by a sentence, not by the list's groups: text."""
    text = (
        "某县关于评选先进集体的通知\n各乡镇：\n现将有关事项通知如下。\n拟推荐先进集体名单\n"
        "请各单位于5月10日前报送推荐材料，逾期不予受理。\n某县人民政府\n2024年4月1日\n"
    )
    assert flat_outline(_outline(text).sections) == []


_ISSUED = (
    "某省住房公积金管理局关于调整住房公积金贷款政策的通知\n各直属管理局：\n为支持缴存职工合理住房需求，现就有关事项通知如下：\n"
    "一、降低首付款比例\n职工购买二手房申请住房公积金贷款的，最低首付款比例由40%调整为30%。\n"
    "二、放宽贷款期限\n购买二手房，最长贷款期限由20年调整为30年。\n本通知自公布之日起实施。\n"
    "某省住房公积金管理局\n2022年5月16日\n（此件主动公开）\n"
)


def test_an_interpretation_printed_after_the_signature_is_a_chapter_of_its_own() -> None:
    """The page prints the notice's interpretation under the signature without a 附件 line: a chapter
    a listener can skip to, its parts inside it, not a second run of the notice's parts."""
    for title in ("《关于调整住房公积金贷款政策的通知》解读", "关于调整住房公积金贷款政策的解读", "住房公积金贷款政策问答"):
        doc = _outline(
            _ISSUED + f"{title}\n一、出台背景\n2022年4月29日，有关会议提出支持刚性住房需求。\n"
            "二、认定标准\n“购买二手房”是指在本省行政区域内购买已取得不动产权证书的住房。\n"
        )
        assert flat_outline(doc.sections) == [
            [1, "一", "降低首付款比例"],
            [1, "二", "放宽贷款期限"],
            [1, "", title],
            [2, "一", "出台背景"],
            [2, "二", "认定标准"],
        ], title
        assert "heading-guessed" in finding_kinds(doc)


def test_a_page_links_to_the_file_and_its_interpretation_are_not_read() -> None:
    raw = read_text(
        _ISSUED.replace("（此件主动公开）\n", "")
        + "PDF文件查看：某公积金〔2022〕2号关于调整住房公积金贷款政策的通知\n查看政策解读：关于调整住房公积金贷款政策的解读\n"
        "关于调整住房公积金贷款政策的解读\n一、出台背景\n有关会议提出支持刚性住房需求。\n"
    )
    spoken = " ".join(p.text for p in raw.paragraphs)
    assert "查看" not in spoken and "PDF" not in spoken
    assert flat_outline(parse_outline(raw).sections)[-2:] == [[1, "", "关于调整住房公积金贷款政策的解读"], [2, "一", "出台背景"]]


_JOINT_NOTICE = (
    "某市人民政府 某市中级人民法院印发关于完善府院联动机制的意见的通知\n"
    "各县（区）人民政府、法院，市政府各部门：\n"
    "现将《关于完善府院联动机制的意见》印发给你们，请认真贯彻执行。\n"
    "某市人民政府 某市中级人民法院\n"
    "2025年4月30日\n"
)
_OPINION = "为深入推进法治政府建设，现就完善府院联动机制提出如下意见。\n一、指导思想\n坚持依法行政。\n二、重点任务\n完善研判机制。\n"


def test_a_printed_documents_title_under_its_issuers_is_read_as_one_line() -> None:
    # The joint issuers over the opinion's own title (关于…的意见), as the notice printed them: one
    # chapter title, no pause inside it; the opinion's headings open at the top beside it.
    doc = _outline(_JOINT_NOTICE + "某市人民政府 某市中级人民法院\n关于完善府院联动机制的意见\n" + _OPINION)
    assert flat_outline(doc.sections) == [
        [1, "", "某市人民政府 某市中级人民法院 关于完善府院联动机制的意见"],
        [1, "一", "指导思想"],
        [1, "二", "重点任务"],
    ]


def test_a_printed_documents_title_broken_after_guanyu_is_joined() -> None:
    doc = _outline(_JOINT_NOTICE + "某市人民政府关于\n完善府院联动机制的意见\n" + _OPINION)
    assert doc.sections[0].title == "某市人民政府关于完善府院联动机制的意见"


def test_rules_typed_with_dots_for_full_stops_keep_their_article_names() -> None:
    """An old text typed "." for 。 (特制订本办法.): its articles still name themselves, and the rules
    printed after the notice's date are a chapter, their (试 行) note on the line under the title
    joined to it."""
    text = (
        "交通部关于颁发《某某设计管理办法》(试行)的通知\n"
        "各省(自治区)交通局:\n  为了进一步加强设计的管理工作,现制订出《某某设计管理办法》,定于一九七八年四月一日起试行.\n"
        "                        一九七八年三月二十三日\n\n"
        "             某某设计管理办法\n                (试   行)\n\n"
        " 第一条 目的\n  为了统一技术标准,统一管理,特制订本办法.\n\n"
        " 第二条 适用范围\n  本办法只适用于全国通用的标准设计.\n\n"
        " 第三条 编制原则\n  标准设计必须按照有关规定编制.\n"
    )
    doc = _outline(text)
    assert flat_outline(doc.sections) == [
        [1, "", "某某设计管理办法（试行）"],
        [1, "第一条", "目的"],
        [1, "第二条", "适用范围"],
        [1, "第三条", "编制原则"],
    ]


def test_a_printed_documents_title_broken_before_its_kind_and_note_is_one_chapter_title() -> None:
    text = (
        "某市人民政府办公厅关于印发某某工程委托建设项目实施办法的通知\n"
        "各区人民政府：\n现将《某市某某工程委托建设项目实施办法（试行）》印发给你们，请遵照执行。\n"
        "二○○八年九月二十二日\n\n"
        "某市某某水环境综合治理工程\n委托建设项目实施办法(试行)\n\n"
        "第一章 总则\n第一条 为规范委托项目的建设管理行为，制定本办法。\n第二条 本办法适用于委托建设的项目。\n"
    )
    doc = _outline(text)
    assert flat_outline(doc.sections)[0] == [1, "", "某市某某水环境综合治理工程委托建设项目实施办法（试行）"]


def test_the_notices_colophon_under_its_signature_is_no_printed_document() -> None:
    # 抄送：… and the printing line (某某局办公室  2024年3月18日印发, its 年 and 月 maybe lost) stand
    # under the signature: the notice's colophon, and the document printed after it is the chapter.
    for printing in ("某市司法局办公室           2024年3月18日印发", "某市司法局办公室           2024318日印"):
        doc = _outline(_NOTICE + "抄送：市人大常委会法工委。\n" + printing + "\n" + _EXPLANATION)
        assert flat_outline(doc.sections)[0] == [1, "", "关于《某市促进民营经济发展条例（草案）》的起草说明"]


def test_the_printed_plans_contents_word_under_its_title_is_no_part_of_it() -> None:
    """某县食品安全事故应急预案 / 目录 / 1总则……3 after the notice's signature: the plan's title is the
    chapter's, 目录 heads its contents (before, 某县…应急预案目录 was one title)."""
    plan = "某县食品安全事故应急预案"
    text = (
        f"各乡（镇）人民政府：\n《{plan}》已经县政府常务会议研究通过，现印发给你们，请认真贯彻执行。\n某县人民政府办公室\n2016年6月23日\n"
        f"{plan}\n目录\n1总则……………………3\n1.1编制目的…………………3\n2组织机构……………………5\n"
        "1总则\n1.1编制目的\n为有效预防食品安全事故，制定本预案。\n2组织机构\n县政府成立食品安全事故应急指挥部。\n"
    )
    doc = _outline(text)
    assert flat_outline(doc.sections)[0] == [1, "", plan]


def test_a_printed_documents_title_broken_after_its_issuer_and_its_first_quote_is_one_title() -> None:
    """某省人民政府办公厅 / 印发《某某办法》 / 《某某办法》和《某某办法》的通知 / 某政办发〔2018〕73号:
    the issuer, what it does and the rest of the title, one chapter title; the document's number
    under it is not a line of the title."""
    notice = (
        "某县人民政府办公室关于转发省政府办公厅文件的通知\n各乡镇人民政府：\n现将省政府办公厅文件转发给你们，请认真贯彻执行。\n"
        "某县人民政府办公室\n2019年2月22日\n"
    )
    printed = (
        "某省人民政府办公厅\n印发《某省实体政务大厅管理暂行办法》\n《某省政务服务网运行管理暂行办法》和《某省电子文件管理暂行办法》的通知\n"
        "某政办发〔2018〕73号\n各市、县、区人民政府：\n《某省实体政务大厅管理暂行办法》等已经省政府同意，现印发给你们，请认真贯彻执行。\n"
    )
    doc = _outline(notice + printed)
    assert doc.sections[0].title == (
        "某省人民政府办公厅印发《某省实体政务大厅管理暂行办法》《某省政务服务网运行管理暂行办法》和《某省电子文件管理暂行办法》的通知"
    )
