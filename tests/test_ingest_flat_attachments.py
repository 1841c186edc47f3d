"""An attachment glued after the signature in a page flattened into one line (issue 17): the
line is broken before the label and after the attachment's title, so the outline sees the
attachment as it would on the page. Made-up pages in the shape of county portals' scrapes."""

from __future__ import annotations

from helpers import flat_outline, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.flat_attachments import split_flat_attachments
from audiojiedu.outline import parse_outline

NOTICE = (
    "根据上级通知精神，经各片区推荐、现场审核，拟推荐上楼村等2个村为示范村（详见附件1），推荐某镇为示范乡镇（详见附件2），现予以公示。"
    "公示期从2026年9月2日起至2026年9月8日，公示期间欢迎群众以来电、来信形式反映情况。反映情况须客观真实，以单位名义反映情况的材料需加盖单位公章。"
)
SIGNED = "某某区农村工作领导小组办公室 2026年9月2日"
FIRST = "附件1 第三轮示范村推荐名单"
SECOND = "附件2 第三轮示范乡镇推荐名单"


def test_attachments_after_the_signature_of_a_flattened_page_are_their_own_parts() -> None:
    line = f"{NOTICE} {SIGNED} {FIRST} 序号 推荐对象 备注 1 上楼村 2 马腿村 {SECOND} 推荐理由：该镇产业兴旺，生态宜居，群众满意度高。"
    lines, findings = split_flat_attachments([line])
    assert lines == [NOTICE, *SIGNED.split(), FIRST, "序号 推荐对象 备注 1 上楼村 2 马腿村", SECOND, "推荐理由：该镇产业兴旺，生态宜居，群众满意度高。"]
    assert findings and findings[0].kind == "heading-guessed"
    doc = parse_outline(read_text(f"关于第三轮示范村推荐名单的公示\n{line}"))
    assert [row[1] for row in flat_outline(doc.sections)] == ["附件1", "附件2"]


def test_a_short_line_or_an_attachment_not_after_a_date_stays_as_written() -> None:
    short = "该文件已于2026年9月2日 附件已送达各单位。"
    assert split_flat_attachments([short]) == ([short], ())
    undated = f"{NOTICE} 请各单位按附件 附件1 报送。"
    assert split_flat_attachments([undated]) == ([undated], ())
    raw = read_text(f"某通知\n{NOTICE}")
    assert paragraph_texts(raw) == [NOTICE]


def test_an_attachment_whose_own_first_part_follows_its_title_opens_without_a_date() -> None:
    text = "三、检测收费 收费标准按照《某局关于检测收费有关问题的通知》（详见附件）执行。四、其它事项 各检验机构要严格执行本通告。" * 3
    attached = "附件：某局关于检测收费有关问题的通知（某价〔2015〕1号）（摘录） 一、检测收费标准 轻型车辆每车次70元。 二、其他 不得随意增加收费项目。"
    doc = parse_outline(read_text(f"某区关于机动车检测的通告\n一、检测规定 {text} {attached} 2016年4月29日 附件下载\n"))
    rows = flat_outline(doc.sections)
    assert [1, "附件", "某局关于检测收费有关问题的通知（某价〔2015〕1号）（摘录）"] in rows
    assert rows[-2:] == [[2, "一", "检测收费标准"], [2, "二", "其他"]]


def test_a_label_in_a_sentence_before_its_first_part_opens_nothing() -> None:
    line = "各单位要按照要求填写表格，详见附件：某某申请表 一、填表说明 请如实填写。" + "各单位要认真组织，确保按时完成。" * 20
    assert paragraph_texts(read_text(f"某区通知\n{line}\n"))[-1] == line


REPLY = (
    "某某部关于同意建立某某整治工作部际联席会议制度的批复某函〔2013〕19号某某总局：你局《关于建立某某整治工作部际联席会议制度的请示》收悉。"
    "现批复如下：同意建立由某某总局牵头的某某整治工作部际联席会议制度。联席会议不刻制印章，不正式行文，请按照有关文件精神认真组织开展工作。"
)
RULES = "为协调整合各方力量，建立某某整治工作部际联席会议制度。一、主要职能在某某部领导下，研究、指导某某整治工作。二、成员单位联席会议由某某总局、某某委等9个部门组成。"


def test_an_attachment_listed_signed_and_printed_without_any_spaces_is_its_own_part() -> None:
    """…工作。附件：某某制度某 某 部2013年1月30日附件某某制度为协调…: the list, the issuer, the date
    and the attachment under the very title listed, glued on with no spaces."""
    title = "某某整治工作部际联席会议制度"
    line = f"{REPLY}附件：{title}某 某 部2013年1月30日附件{title}{RULES}"
    lines, _ = split_flat_attachments([line])
    assert lines == [REPLY, f"附件：{title}", "某 某 部", "2013年1月30日", f"附件{title}", RULES]
    doc = parse_outline(read_text(line))
    assert doc.title == "某某部关于同意建立某某整治工作部际联席会议制度的批复"
    rows = flat_outline(doc.sections)
    assert [row[1:] for row in rows] == [["附件", title], ["一", "主要职能"], ["二", "成员单位"]]


def test_a_listed_title_the_attachment_repeats_only_in_part_opens_nothing() -> None:
    """附件：某某先进单位和优秀个人名单某办公室2015年8月12日附件某某先进单位区公安局…: the list's title
    goes on past what the attachment repeats (和优秀个人名单), so where the issuer starts is not
    known: the line stays as written."""
    line = f"{REPLY}附件：某某工作先进单位和优秀个人名单某某管委会办公室2015年8月12日附件某某工作先进单位区公安局某某支队某某镇人民政府"
    assert split_flat_attachments([line])[0] == [line]


def test_attachments_listed_by_number_signed_and_printed_without_any_spaces_are_their_own_parts() -> None:
    """…联系人:某某附件:1.某某成员单位2.某某申报表3.报名回执某省某某领导小组2021年1月13日附件1某某成员单位(34个)
    …附件2某某申报表…: the first attachment under the title listed first (its bracketed note kept
    with it), a later one under the title listed in its place; the last title listed runs into
    the issuer's name, so where it ends is not known: its label stays in the text."""
    text = "会议期间实行封闭管理。联系人：某某，联系方式：0531-5177XXXX"
    members = "省委组织部、省委宣传部、省总工会、团省委、省妇联、省残联、省工商联、省发展改革委。"
    line = (
        f"{REPLY}{text}附件:1.某某领导小组成员单位2.参会人员申报表3.报名回执某省某某领导小组2021年1月13日"
        f"附件1某某领导小组成员单位(34个){members}附件2参会人员申报表姓名单位职务联系电话附件3报名回执单位姓名"
    )
    lines, _ = split_flat_attachments([line])
    assert lines[1:] == ["附件1某某领导小组成员单位(34个)", members, "附件2参会人员申报表", "姓名单位职务联系电话附件3报名回执单位姓名"]
    assert lines[0].endswith("3.报名回执某省某某领导小组2021年1月13日")
    assert "".join(lines) == line  # nothing added, nothing dropped
    # a label that does not go on with the title listed first opens nothing
    other = line.replace("附件1某某领导小组成员单位(34个)", "附件1某某成员名单(34个)")
    assert split_flat_attachments([other])[0] == [other]
