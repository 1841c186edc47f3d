"""Plain text: encodings, sniffing, cleaning, page chrome and metadata, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import EXAMPLE, paragraph_texts

from audiojiedu.errors import InputError
from audiojiedu.ingest import read_document, read_text

SEED = EXAMPLE
BODY = "一、总体情况\n2023年，我县公开信息1200条。\n二、存在问题\n解读形式不够丰富。\n"


@pytest.mark.parametrize(
    "encoded",
    [
        BODY.encode("utf-8"),
        b"\xef\xbb\xbf" + BODY.encode("utf-8"),
        BODY.encode("gb18030"),
        BODY.encode("gbk"),
        BODY.replace("\n", "\r\n").encode("gb18030"),
        BODY.encode("utf-16"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "gb18030-crlf", "utf16-bom"],
)
def test_text_encodings_decode_to_the_same_paragraphs(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(encoded)
    assert paragraph_texts(read_document(path)) == ["一、总体情况", "2023年，我县公开信息1200条。", "二、存在问题", "解读形式不够丰富。"]


def test_real_gb18030_crlf_document() -> None:
    raw = read_document(Path(__file__).parent / "fixtures" / "corpus" / "01_hailaer-2016-zfgzbg.txt")
    assert raw.title == "政府工作报告"
    assert all("\r" not in p.text for p in raw.paragraphs)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "空"),
        (b"   \n\t\r\n\xe3\x80\x80\n", "空白"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (b"\xff\xd8\xff\xe0" + bytes(200), "JPEG"),
        (b"\x00\x01\x02binary\x00\x00" * 50, "二进制"),
        ("政务公开工作年度报告".encode()[:-1], "截断"),
        ("第一行是UTF-8文本内容\n".encode() + "第二行是GBK文本内容\n".encode("gbk"), "混用"),
        (bytes([0x81, 0x20, 0xFF, 0xFE, 0x80, 0x30]) * 30, "编码"),
        ("……——！！".encode(), "没有可朗读"),
    ],
    ids=["empty", "whitespace", "png", "jpeg", "nul-bytes", "truncated-utf8", "mixed", "undecodable", "symbols-only"],
)
def test_unreadable_text_files_are_input_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_document(path)
    text = str(caught.value)
    assert message in text and str(path) in text and "\n" not in text


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="不存在"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="文件夹"):
        read_document(tmp_path)


def test_format_is_sniffed_from_content_not_name(tmp_path: Path) -> None:
    html = tmp_path / "page.txt"
    html.write_text("<!DOCTYPE html><html><body><div><p>一、总体情况</p><p>全年公开信息1200条，比上年增加100条。</p></div></body></html>", encoding="utf-8")
    assert paragraph_texts(read_document(html)) == ["一、总体情况", "全年公开信息1200条，比上年增加100条。"]
    text = tmp_path / "notes.html"
    text.write_text("一、总体情况\n全年公开<b>信息</b>。\n", encoding="utf-8")
    assert paragraph_texts(read_document(text)) == ["一、总体情况", "全年公开<b>信息</b>。"]


def test_invisible_characters_removed_emoji_and_rare_cjk_kept() -> None:
    raw = read_text("年度报告\n正文\u200b里有\u200f零宽\u202e字符\x07和控制符\ufeff。👍𠀀𪚥\n")
    assert paragraph_texts(raw) == ["正文里有零宽字符和控制符。👍𠀀𪚥"]


def test_ascii_punctuation_in_chinese_becomes_full_width() -> None:
    raw = read_text("年度报告\n根据《条例》(以下简称《条例》),现解读如下:时间08:31,比例7.6:44.8。\n")
    assert paragraph_texts(raw) == ["根据《条例》（以下简称《条例》），现解读如下：时间08:31，比例7.6:44.8。"]


def test_numbers_enclosed_in_one_character_are_written_out_as_markers() -> None:
    # Older word processors set （一） as ㈠, （1） as ⑴, 1. as ⒈: the outline sees markers.
    raw = read_text("某县工作报告\n㈠经济发展稳中有进。\n全年完成投资122亿元。\n⑴有效投资扩大。\n⒉项目建设提速。\n")
    assert paragraph_texts(raw) == ["（一）经济发展稳中有进。", "全年完成投资122亿元。", "（1）有效投资扩大。", "2.项目建设提速。"]


def test_a_document_number_in_small_brackets_is_a_document_number() -> None:
    # ﹝2022﹞4号 (small-form brackets): the title's number is cut off as 〔2022〕4号 is, and kept.
    raw = read_text("某县人民政府拟征收土地启动公告（某征启公告﹝2022﹞4号）\n根据有关规定，现将拟征收土地有关事项公告如下。\n")
    assert raw.title == "某县人民政府拟征收土地启动公告"
    assert raw.metadata["发文字号"] == "某征启公告〔2022〕4号"


def test_seed_page_chrome_and_metadata_are_separated() -> None:
    raw = read_document(SEED)
    assert raw.title == "音频解读：《2019年罗庄区政府信息公开工作年度报告》"
    assert raw.metadata["索引号"] == "luozhuangqulz201/2020-0000160"
    assert raw.metadata["发布机构"] == "罗庄区政府办公室"
    assert raw.metadata["成文日期"] == "2020-02-05" and raw.metadata["公开日期"] == "2020-02-05"
    texts = paragraph_texts(raw)
    assert texts[0].startswith("罗庄人民政府办公室根据")
    assert texts[-1].startswith("改进措施：全面推进政务公开标准化规范化建设。")
    joined = "".join(texts)
    for chrome in ("无障碍浏览", "关闭窗口", "下载Word", "下载PDF", "索 引 号", "信息名称"):
        assert chrome not in joined


def test_one_line_page_chrome_is_cut_at_both_ends() -> None:
    page = (
        "当前位置： 首页政务公开 关于某事的报告 时间：2019-01-29 08:31 微信 微博 QQ空间 关于某事的报告 "
        "各位代表： 现将有关情况报告如下。 来源：某乡 附件下载 附表1.xlsx"
    )
    raw = read_text("标题: 关于某事的报告\n" + page)
    assert raw.title == "关于某事的报告"
    assert paragraph_texts(raw) == ["各位代表： 现将有关情况报告如下。"]
    assert raw.metadata["时间"] == "2019-01-29 08:31" and raw.metadata["来源"] == "某乡"


def test_a_download_box_glued_to_the_last_sentence_is_cut() -> None:
    # …收取信息处理费。附件下载：某报告.doc某报告.pdf: the box's label and its files run on after the text
    text = "一、总体情况　　全年主动公开政府信息1200条。　　二、其他需要报告的事项　　本年度未收取信息处理费。"
    for box in ("附件下载：2023年度报告.doc2023年度报告.pdf", "相关附件：年报.pdf"):
        raw = read_text(f"某某厅2023年度政府信息公开工作报告\n{text}{box}\n")
        spoken = "\n".join(paragraph_texts(raw))
        assert spoken.endswith("本年度未收取信息处理费。") and ".pdf" not in spoken
    # a sentence after the label is the document's own: 附件下载 is then no box
    kept = "附件下载：请登录网站下载申请表。"
    assert kept in "\n".join(paragraph_texts(read_text(f"某某厅2023年度政府信息公开工作报告\n{text}{kept}\n")))


def test_a_one_line_policy_page_keeps_its_text_and_files_its_spaced_field_table() -> None:
    """A policy page flattened into one line with few spaces: its field table set letter-spaced
    (索 引 号： … 有 效 性： 有效) gives fields, the view switch (全真版 文字版) is chrome, and the
    来源 field over the text, among the line's last chunks, does not cut the text off (that lost
    the whole notice): only the tail after the text (附件下载) goes, with a finding."""
    text = "为防治机动车排气污染，决定实施简易工况法检测。现将有关事项通告如下： 一、检测规定 （一）在用机动车必须定期检测。 二、其他事项 本通告自发布之日起施行。某某县人民政府2016年4月29日"
    page = (
        "当前位置： 首页政务公开 索 引 号： PZ001-1700-2023-00103 主题分类： 无 发 布 机 构： 某某县生态环境局 "
        "有 效 性： 有效 关于机动车排气检测的通告 某综〔2016〕106号 来源：某某县生态环境局 时间：2016-04-29 18:02 "
        f"微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： --> 某综〔2016〕106号 {text} 附件下载"
    )
    raw = read_text("标题: 关于机动车排气检测的通告\n" + page)
    assert paragraph_texts(raw) == [text]
    assert raw.metadata["索引号"] == "PZ001-1700-2023-00103" and raw.metadata["有效性"] == "有效"
    assert raw.metadata["发布机构"] == "某某县生态环境局" and raw.metadata["来源"] == "某某县生态环境局"
    # the tail is reported with the head's chrome words, each named
    assert "附件下载" in " / ".join(f.text for f in raw.findings if f.kind == "chrome-dropped").split(" / ")


def test_a_page_flattened_without_spaces_gives_its_issuers_fuller_title_once() -> None:
    """标题: 关于印发《某方案》的通知 over a page flattened without spaces, where the number, the
    issuer's fuller title and the text run together (某办〔2015〕178号某某办公室关于印发《某方案》
    的通知各有关单位：…): the fuller title is the title, the number a field, the text starts at
    the addressees — the title is not read a second time inside the text."""
    title = "关于印发《某某区平价商店建设方案》的通知"
    text = "各有关单位：《某某区平价商店建设方案》已经管委会批准，现印发给你们，请参照执行。"
    page = f"当前位置： 首页政务公开 {title} 时间：2015-09-14 15:44 微信 微博 QQ空间 某综管办〔2015〕178号某某区管委会办公室{title}{text}"
    raw = read_text(f"标题: {title}\n{page}")
    assert raw.title == f"某某区管委会办公室{title}"
    assert raw.metadata["发文字号"] == "某综管办〔2015〕178号"
    assert paragraph_texts(raw) == [text]


def test_a_flattened_pages_joint_issuers_before_the_title_open_the_fuller_title() -> None:
    title = "关于科技管理职责划转的公告"
    text = "根据机构改革方案，现将科技管理职责划转有关事项公告如下。"
    page = f"当前位置： 首页政务公开 {title} 时间：2019-09-30 18:56 微信 微博 QQ空间 某某区经济发展局 某某区社会事业局 {title} {text}"
    raw = read_text(f"标题: {title}\n{page}")
    assert raw.title == f"某某区经济发展局 某某区社会事业局 {title}"
    assert paragraph_texts(raw) == [text]


def test_a_flattened_notices_stamp_label_glued_after_its_title_word_is_a_field() -> None:
    """…磋商公告公告时间：2025年07月11日某某学校…: the label's 公告 could go on as a longer
    title word, yet a listed label and its colon start right there. The title keeps one 公告,
    the stamp is a field and the text starts after the date."""
    body = (
        "某某学校对操场改造进行采购，现邀请合格供应商参加。一、项目基本信息采购方式为竞争性磋商，预算一百万元，"
        "合同履行期限为九十日。二、供应商的资格要求具有独立承担民事责任的能力，具有良好的商业信誉和健全的财务会计制度。"
        + "三、获取采购文件有意参加者请于工作日上午九时至十一时到学校总务处获取磋商文件，逾期不再受理。" * 12
    )
    for label in ("公告时间", "公示日期"):
        raw = read_text(f"某某学校操场改造项目竞争性磋商公告{label}：2025年07月11日{body}\n")
        assert raw.title == "某某学校操场改造项目竞争性磋商公告", label
        assert raw.metadata[label] == "2025年07月11日"
        assert paragraph_texts(raw)[0].startswith("某某学校对操场改造进行采购，现邀请合格供应商参加。")


def test_a_flattened_notices_stamp_glued_to_its_title_and_an_empty_source_with_buttons_are_not_read() -> None:
    """…磋商公告2023年07月04日 12:08 来源： 【打印】采购项目…: the stamp glued to the title without a
    space is the page's; the empty source and the print button after it are the page's too."""
    body = "某某学校对操场改造进行采购，现邀请合格供应商参加。一、项目基本情况预算一百万元。二、资格要求具有独立承担民事责任的能力。" * 8
    raw = read_text(f"（训练处）某某测试系统采购竞争性磋商公告2023年07月04日 12:08 来源： 【打印】{body}\n")
    assert raw.title == "（训练处）某某测试系统采购竞争性磋商公告"
    assert raw.metadata["发布时间"] == "2023年07月04日 12:08"
    assert paragraph_texts(raw)[0].startswith("某某学校对操场改造进行采购")


def test_a_declared_title_with_its_number_after_it_files_the_number() -> None:
    raw = read_text("标题: 征收土地公告 某土征告〔2020〕1号\n根据有关规定，现将征收土地事项公告如下。")
    assert raw.title == "征收土地公告"
    assert raw.metadata["发文字号"] == "某土征告〔2020〕1号"
    kept = read_text("标题: 关于2020年第1号台风防御工作的通知\n各乡镇：请做好防御工作。")
    assert kept.title == "关于2020年第1号台风防御工作的通知"


def test_chrome_lines_in_the_middle_are_dropped() -> None:
    raw = read_text("年度报告\n第一段。\n【字号 大 中 小】 【打印】 【关闭窗口】\n微信 微博 QQ空间\n第二段。\n")
    assert paragraph_texts(raw) == ["第一段。", "第二段。"]


def test_letter_spaced_title_is_collapsed() -> None:
    raw = read_text("政 府 工 作 报 告\n各位代表：\n")
    assert raw.title == "政府工作报告"


def test_read_text_empty_is_an_input_error() -> None:
    with pytest.raises(InputError, match="空"):
        read_text(" \n\t")
