"""A notice's list of attachments and the numbered ways it gives to answer (issue 17): text, not
chapters. Every example is made up, in the shape of real notices."""

from __future__ import annotations

from helpers import flat_outline

from audiojiedu.ingest import read_text
from audiojiedu.model import Paragraph, Section
from audiojiedu.outline import parse_outline
from audiojiedu.outline.attachments import attachment_items
from audiojiedu.release_script import spoken_heading_source

_NOTICE = (
    "某某局关于某某政策第二次公开征求意见的公告\n"
    "为广泛听取社会公众意见，现将征求意见稿全文公布。公众可通过以下途径和方式提出反馈意见：\n"
    "1.登陆某某局网站（http://www.example.gov.cn/），对征求意见稿提出意见。\n"
    "2.通过信函的方式将意见寄至某某市某某路828号，邮编：321017。\n"
    "3.通过电子邮件方式将意见发送至邮箱：abc@example.com。\n"
    "意见反馈截止时间为2023年6月13日。\n"
    "附件：1.《某某政策三十条》（征求意见稿）\n"
    "2.《某某政策三十条》起草说明.doc\n"
    "某某局\n2023年6月2日\n"
    "附件1：\n某某市乡村振兴支持政策（三十条）\n"
)
_RULES = "".join(
    f"{numeral}、全力保障第{i}项工作\n"
    + "".join(f"{j}.稳定粮食生产。对全年种植面积达到50亩以上的给予每亩100元补助，按程序拨付到户。\n" for j in range(1, 4))
    for i, numeral in enumerate("一二三四", 1)
)


def _titles(sections: tuple[Section, ...]) -> list[str]:
    return [section.heading for section in sections]


def test_answer_routes_and_attachment_items_are_text_and_the_attachment_a_chapter() -> None:
    doc = parse_outline(read_text(_NOTICE + _RULES))
    assert [(s.number, s.title) for s in doc.sections] == [("附件1", "某某市乡村振兴支持政策（三十条）")]
    assert _titles(doc.sections[0].sections)[0] == "一、全力保障第1项工作"
    spoken = " ".join(block for block in doc.preface if isinstance(block, str))
    assert "2.通过信函的方式将意见寄至某某市某某路828号，邮编：321017。" in spoken
    assert "2.《某某政策三十条》起草说明.doc" in spoken  # the list's second item, read in place


def test_a_numbered_line_after_an_attachment_note_that_does_not_go_on_from_it_is_a_heading() -> None:
    """附件：1.《某某方案》 then 3.… is no continuation of the list (it would be 2.)."""
    paragraphs = tuple(Paragraph(text) for text in ("附件：1.《某某方案》", "3.加强组织领导", "正文。"))
    assert attachment_items(paragraphs) == set()
    paragraphs = tuple(Paragraph(text) for text in ("附件：1.《某某方案》", "2.《某某说明》.doc", "3.某某表.xls", "正文。"))
    assert attachment_items(paragraphs) == {1, 2}


def test_a_colon_before_a_heading_body_still_ends_the_title() -> None:
    """（一）工作目标：到2025年，全面建成… — a sentence after the colon, not a bare value."""
    text = "某某县实施方案\n" + "".join(
        f"{n}、第{n}项工作：到2025年，全面建成覆盖城乡的服务体系，群众满意度明显提升。\n" + "具体工作按年度推进落实。" * 10 + "\n"
        for n in "一二三"
    )
    doc = parse_outline(read_text(text))
    assert [s.title for s in doc.sections] == ["第一项工作", "第二项工作", "第三项工作"]



def test_a_document_printed_under_the_notices_note_after_the_signature_starts_afresh() -> None:
    # The notice's note （此件主动公开） under its date belongs to the signature: the title line
    # after it is a printed document's, a chapter of its own holding its lead, and its numbering
    # is its own, opening at the top beside it.
    notice = (
        "关于报送《某县某局防汛应急预案》的报告\n"
        "某县防汛抗旱指挥部办公室：\n"
        "一、现将我局新修订的防汛应急预案随文附后上报，请审阅。\n"
        "附件：《某县某局防汛应急预案》\n"
        "某县某局\n2024年6月3日\n（此件主动公开）\n"
    )
    plan = "某县某局防汛应急预案\n为做好防汛工作，保障人民群众生命财产安全，制定本预案。\n一、总则\n本预案适用于全县防汛工作。\n"
    doc = parse_outline(read_text(notice + plan))
    assert [section.number for section in doc.sections] == ["一", "", "一"]
    assert doc.sections[1].title == "某县某局防汛应急预案"
    assert doc.sections[1].paragraphs == ("为做好防汛工作，保障人民群众生命财产安全，制定本预案。",)
    assert not any("编号重复" in warning for warning in doc.warnings)


def test_an_attachment_that_is_a_notice_takes_its_title_under_its_issuers() -> None:
    """附件： then the attached notice: its issuers on a line (某某市委办公室 某某市人民政府办公室),
    its title under them. The chapter is named by the full title, the issuers opening it, as they
    are heard (ho101/15, session 50: they were left out of what was read)."""
    text = (
        "关于对《某某市河长制工作实施方案》的公示\n现将有关文件公示如下，公示期五个工作日。\n附件：\n"
        "中共某某市委办公室 某某市人民政府办公室\n关于印发《某某市河长制工作实施方案》的通知\n"
        "各乡镇党委、人民政府：\n《某某市河长制工作实施方案》已经市委、市政府同意，现印发给你们，请认真贯彻落实。\n"
        "一、总体要求\n全面推行河长制，构建责任明确、协调有序的河湖管理保护机制。\n"
    )
    doc = parse_outline(read_text(text))
    attachment = doc.sections[0]
    full = "中共某某市委办公室 某某市人民政府办公室关于印发《某某市河长制工作实施方案》的通知"
    assert (attachment.number, attachment.title) == ("附件", full)
    assert "某某市人民政府办公室" in attachment.heading
    assert spoken_heading_source(attachment.number, attachment.title, attachment.heading) == f"附件、{full}"
    assert [child.number for child in attachment.sections] == ["一"]


def test_an_attachment_titled_by_its_issuers_name_alone_keeps_that_title() -> None:
    """附件1： over a table whose title names an organ only: no 关于 title under it, nothing moves."""
    text = "某某通知\n现将名单印发给你们。\n附件1：\n某某市人民政府办公室\n序号 姓名 单位\n1 张某 某某局\n2 李某 某某局\n"
    doc = parse_outline(read_text(text))
    assert doc.sections[0].title == "某某市人民政府办公室"


def test_a_list_numbered_in_its_label_over_the_signature_is_the_notices_note() -> None:
    """附件1：某某名录 over 2：某某扩展名录 (the second item kept only its number), then the
    signature: the notice's note of its attachments, no chapter."""
    text = (
        "某市人民政府关于公布第五批非物质文化遗产代表性项目名录的通知\n各区人民政府，市政府各委、办、局：\n"
        "经研究，市政府同意确定的第五批非物质文化遗产代表性项目名录，现予公布。\n"
        "附件1：第五批非物质文化遗产代表性项目名录（共计41项）\n2：非物质文化遗产代表性项目名录扩展项目名录（共计16项）\n"
        "某市人民政府\n2015年6月24日\n"
    )
    doc = parse_outline(read_text(text))
    assert doc.sections == ()


def test_an_attachment_note_over_a_joint_notices_signatures_is_no_chapter() -> None:
    """附件：某某名单 over the organs of a joint notice, a line each, and the date: the notice's
    note of its attachment, however many organs sign."""
    text = (
        "某某部等部门关于公布第五批列入中国传统村落名录的村落名单的通知\n各省、自治区住房和城乡建设厅：\n"
        "经专家审查，决定将某某村等村落列入中国传统村落名录，现予以公布。\n附件：第五批列入中国传统村落名录的村落名单\n"
        "住房和城乡建设部\n文化和旅游部\n国家文物局\n财政部\n中华人民共和国自然资源部\n2019年6月6日\n"
        "第五批列入中国传统村落名录的村落名单.doc\n"
    )
    assert parse_outline(read_text(text)).sections == ()


def test_an_attachments_list_of_names_over_a_date_is_still_the_attachment() -> None:
    """附件1 then a list of people and a date at its foot: names are no organs, so it is no signature."""
    text = (
        "某某县关于表彰先进个人的决定\n各乡镇：\n经研究，决定对以下同志予以表彰。\n附件1：先进个人名单\n"
        "张某某 某某县人民医院\n李某某 某某镇中心学校\n王某某 某某县公安局\n2024年1月5日\n"
    )
    doc = parse_outline(read_text(text))
    assert [section.number for section in doc.sections] == ["附件1"]


def test_an_attachment_label_alone_over_its_numbered_names_and_catalogues_named_mulu() -> None:
    """附件： alone over 1、某某确认目录 / 2、某某注销目录 before the signature is the notice's list of
    its attachments (text); each 附件N printed after the signature is a chapter, though its title
    ends in 目录 and a table of cells one a line follows: a catalogue, no table of contents."""
    cells = "\n".join(["序号", "区", "树种", "树龄", "1", "松江区", "银杏", "250", "2", "崇明区", "女贞", "120"])
    text = "\n".join(
        [
            "某局关于古树鉴定确认与死亡注销的公告",
            "经组织专家鉴定，确认3株树木为古树，注销2株已死亡古树。现予公告。",
            "附件：",
            "1、古树确认目录",
            "2、古树死亡注销目录",
            "某市绿化和市容管理局",
            "2025年10月10日",
            "附件1",
            "古树确认目录",
            cells,
            "附件2",
            "古树死亡注销目录",
            cells,
        ]
    )
    doc = parse_outline(read_text(text))
    assert [(s.number, s.title) for s in doc.sections] == [("附件1", "古树确认目录"), ("附件2", "古树死亡注销目录")]


def test_an_attachments_title_broken_over_two_lines_is_whole_when_the_notice_named_it() -> None:
    """附件：某市促进房地产市场平稳健康发展工作领导小组组成人员及工作职责 in the notice, then after the
    signature 附件 / 某市促进房地产市场平稳健康发展 / 工作领导小组组成人员及工作职责: the page broke the
    title over two lines; joined, they are the title the notice named, and the second line is no text."""
    title = "某市促进房地产市场平稳健康发展工作领导小组组成人员及工作职责"
    text = "\n".join(
        [
            "某市人民政府办公室关于印发某市促进房地产市场平稳健康发展若干措施的通知",
            "各县区人民政府，市政府各部门：现将若干措施印发给你们，请认真贯彻执行。",
            f"附件：{title}",
            "某市人民政府办公室",
            "2022年5月20日",
            "附件",
            title[:16],
            title[16:],
            "组长：张三 市委副书记、市长",
            "副组长：李四 副市长",
            "领导小组办公室设在市住建局，负责日常工作。",
        ]
    )
    doc = parse_outline(read_text(text))
    assert [(s.number, s.title) for s in doc.sections] == [("附件", title)]
    assert title[16:] not in [p for p in doc.sections[0].paragraphs if isinstance(p, str)]


_ROWS = "".join(f"{i} 某某科技有限公司{i} 某某区\n" for i in range(1, 12))
_SIGNED = "某市关于印发某某细则的通知\n各区县：\n现将细则印发给你们，请认真执行。\n某市经济信息委\n2024年1月5日\n"
_FORM = "项目名称：某某项目（请填写全称）\n申报单位：某某单位（盖章）\n联系人及电话：某某某\n项目简介：请简要说明项目的主要内容。\n"


def test_an_attachments_title_broken_after_its_label_runs_on_to_its_kind() -> None:
    doc = parse_outline(read_text(f"{_SIGNED}附件1：某某项目\n申报书\n{_FORM}附件2：某某企业名单（第一批）\n序号 企业名称 所在区\n{_ROWS}"))
    assert [(s.number, s.title) for s in doc.sections] == [("附件1", "某某项目申报书"), ("附件2", "某某企业名单（第一批）")]


def test_a_short_note_under_an_attachments_title_is_part_of_it_an_order_note_is_not() -> None:
    doc = parse_outline(read_text(f"{_SIGNED}附件1\n某某项目申报书\n（模板）\n{_FORM}附件2\n某某企业名单\n（按企业名称笔画排列）\n{_ROWS}"))
    assert [(s.number, s.title) for s in doc.sections] == [("附件1", "某某项目申报书（模板）"), ("附件2", "某某企业名单")]


def test_a_line_under_a_whole_title_is_not_joined() -> None:
    doc = parse_outline(read_text(f"{_SIGNED}附件1：某某项目申报书\n填报说明\n{_FORM}"))
    assert [(s.number, s.title) for s in doc.sections] == [("附件1", "某某项目申报书")]


def test_channels_for_opinions_are_a_list_whatever_their_shape() -> None:
    """A 征求意见 notice's channels: each names a contact or holds one, some values on the next line."""
    notice = (
        "关于对《某市物业服务合同示范文本（征求意见稿）》公开征求意见的公告\n"
        "为规范物业服务行为，我委起草了征求意见稿，现向社会公开征求意见。意见反馈渠道如下：\n"
        "1.电子邮箱：wyc@example.gov.cn\n2.通讯地址：\n某市某区某路9号某市住房和城乡建设委员会物业管理处（请在信封上注明“意见征集”字样）\n"
        "3.电话：010-55597275\n4.传真：010-55597144\n"
        "5.登录某市人民政府网站（https://www.example.gov.cn），在“政民互动”版块中提出意见和建议。\n"
        "某市住房和城乡建设委员会\n2025年11月21日\n"
    )
    doc = parse_outline(read_text(notice))
    assert doc.sections == ()
    assert "2.通讯地址：" in " ".join(str(block) for block in doc.preface)
    # headings that only mention a phone number among others stay headings
    plan = (
        "某县关于做好防汛工作的通知\n各乡镇：\n现就有关事项通知如下。\n"
        "一、加强组织领导\n各乡镇要成立防汛指挥部，明确责任人员，落实值班制度。\n"
        "二、做好值班值守\n值班电话：0539-8221234，汛期实行24小时值班。\n"
    )
    assert [s.number for s in parse_outline(read_text(plan)).sections] == ["一", "二"]


def test_contacts_whose_values_stand_under_their_labels_are_a_list() -> None:
    notice = (
        "某省科学技术厅关于组织申报2024年度联合基金项目的通知\n各有关单位：\n现将有关事项通知如下。\n"
        "一、申报要求\n申报单位应为省内高校和科研院所，按指南要求组织申报。\n"
        "二、联系方式\n（一）指南业务咨询：\n李某某、王某，020-87583596、87567870\n"
        "（二）申报业务咨询：\n陈某某，020-87567835\n（三）平台技术支持电话：020-83163338\n"
    )
    doc = parse_outline(read_text(notice))
    assert [(s.number, s.title, len(s.sections)) for s in doc.sections] == [("一", "申报要求", 0), ("二", "联系方式", 0)]


def test_ways_to_send_comments_with_phone_numbers_and_postcodes_are_a_list_alike() -> None:
    """1.电子邮箱：… / 2.电话：0931—8921040 / 3.传真：… (ho107/24), 一、…发送至：… / 二、…邮寄至：某路8号
    （邮编100820）… (ho99/14, session 51): each way is an item of one list, read as text. A number of
    five digits or more after a colon is a contact's value, no table row's figure: before, the
    items holding one were rows of a table and the first item alone was opened as a chapter."""
    lead = "某某关于征求意见的公告\n现向社会公开征求意见，公众可通过以下途径和方式反馈意见和建议：\n"
    close = "意见反馈截止时间为2023年4月28日。\n"
    for ways in (
        "1.电子邮箱:abc@example.com\n2.电    话:0931—8921040(上午8:30-12:00,下午14:30-18:00)\n3.传    真:0931—8921040\n",
        "一、通过电子邮件将意见建议发送至:abc@example.gov.cn,邮件主题请注明“某某办法征求意见”。\n"
        "二、将意见建议邮寄至:北京市某某区某某路8号(邮编100820)某某司,并在信封上注明“征求意见”字样。\n"
        "三、将意见建议传真至010-68050321。\n",
    ):
        doc = parse_outline(read_text(lead + ways + close))
        assert doc.sections == (), ways
    # A table's row label runs into its figures without a colon: still no heading.
    table = "某县2023年国民经济主要指标\n一、地区生产总值\n1.第一产业增加值1234567\n2.第二产业增加值2345678\n"
    assert [s.number for s in parse_outline(read_text(table)).sections] == ["一"]


def test_a_laws_appended_table_under_fu_is_its_attachment() -> None:
    """附： / 某某税目税率表 after the last article: what the law appends, a chapter of its own labelled
    as printed (附); 附 without its colon, or inside a sentence, opens nothing."""
    law = (
        "中华人民共和国某某税法\n第一条 在中华人民共和国境内书立应税凭证的单位和个人，应当依照本法规定缴纳某某税。\n"
        "第二条 本法所称应税凭证，是指本法所附《某某税目税率表》列明的合同。\n第三条 本法自2022年7月1日起施行。\n\n"
        "附：\n\n某某税目税率表\n\n税目\t税率\t备注\n借款合同\t借款金额的万分之零点五\t指银行业金融机构的借款合同\n"
    )
    doc = parse_outline(read_text(law))
    last = doc.sections[-1]
    assert (last.number, last.title) == ("附", "某某税目税率表")
    plain = parse_outline(read_text(law.replace("附：", "附")))
    assert plain.sections[-1].number == "第三条"


def test_an_attachments_title_the_notice_listed_is_its_title_though_it_opens_as_a_heading() -> None:
    """附件：一、二、三类动物疫病病种名录 over the signature, then 附件 / 一、二、三类动物疫病病种名录: the
    line under the bare label is the listed name, though it opens as a numbered heading would."""
    name = "一、二、三类某某病种名录"
    text = (
        "某某部公告\n根据有关规定，我部对原名录进行了修订，现予发布，自发布之日起施行。\n特此公告。\n"
        f"附件：{name}\n某某部\n2022年6月23日\n附件\n{name}\n"
        "一类某某病（3种）\n甲病、乙病、丙病\n二类某某病（2种）\n丁病、戊病\n"
    )
    outline = parse_outline(read_text(text))
    rows = flat_outline(outline.sections)
    assert rows[0] == [1, "附件", name], rows
    # a line under the label the notice never listed keeps opening as a heading
    other = text.replace(f"附件：{name}\n", "")
    assert flat_outline(parse_outline(read_text(other)).sections)[0][2] != name


def test_an_attachment_list_over_a_signature_whose_date_lost_its_marks_is_text() -> None:
    """附件：1、… 2、… over the issuer and a date whose 年月日 the copy lost (2013222): still the
    notice's note of its attachments over its signature, not an attachment; and a number glued to
    日 (已于20121214日) or the lost date is no phone number making the notice's two points a list
    of contacts."""
    text = (
        "某市环境保护局关于提请研究创建模范城市有关事宜的请示\n市政府：\n现提请市政府常务会尽快研究创建模范城市有关事宜：\n"
        "一、关于批准实施《某市创建模范城市规划》的问题。\n"
        "《某市创建模范城市规划》已于20121214日通过专家组评审。建议市政府常务会议研究，尽快批准实施。\n"
        "二、关于研究印发创模总方案的问题。\n"
        "《某市创建模范城市实施方案》已多次易稿。建议市政府常务会议研究，并以市政府名义印发。\n"
        "附件：1、《某市创建模范城市规划》及说明\n2、《某市创建模范城市实施方案》及说明\n"
        "某市环境保护局\n2013222\n"
    )
    doc = parse_outline(read_text(text))
    assert flat_outline(doc.sections) == [
        [1, "一", "关于批准实施《某市创建模范城市规划》的问题。"],
        [1, "二", "关于研究印发创模总方案的问题。"],
    ]
    assert doc.sections[-1].paragraphs[-2:] == ("某市环境保护局", "2013222")


def test_an_attachment_note_over_a_signature_whose_date_mistyped_its_month_mark_is_text() -> None:
    """附件：《某某通知》 over 某某局 / 2018年10日11日 (the month's 月 typed as 日): the notice's note of
    its attachment above its signature, no chapter; the signature and the contact line stay the
    notice's."""
    text = (
        "转发关于开展某某专题调研的通知\n各县（市、区）农业局：\n现将《关于开展某某专题调研的通知》转发给你们，请认真填写调查表。\n"
        "附件：《关于开展某某专题调研的通知》（某农办〔2018〕587号）\n某某市农业局\n2018年10日11日\n（联系人：李某，电话：3220060）\n"
    )
    doc = parse_outline(read_text(text))
    assert doc.sections == ()
    assert doc.preface[-1] == "（联系人：李某，电话：3220060）"
