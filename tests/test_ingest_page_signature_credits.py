"""Credits and footer links under a notice's signature: labelled credits are fields, unlabelled
ones a dropped footer, a download label among short lines opens the footer; a short closing
line of the text stays. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

TITLE = "某县公安局交通管理大队关于某活动期间实行交通管制的通告"
BODY = "为保障活动顺利进行，决定对部分路段实行临时交通管制。"
SIGNED = f"{BODY}\n特此通告\n某县公安局交通管理大队\n2024年5月6日"


# -- credits and footer links under the signature --------------------------------------------------
def test_labelled_credits_under_the_signature_are_fields() -> None:
    raw = read_text(f"{TITLE}\n\n{SIGNED}\n来源:某县公安交警\n责编:张 某\n审核:李某某\n监制:王某\n请输入验证码")
    assert paragraph_texts(raw)[-1] == "2024年5月6日"
    assert raw.metadata == {"来源": "某县公安交警", "责编": "张 某", "审核": "李某某", "监制": "王某"}


def test_credits_without_labels_stay_a_dropped_footer() -> None:
    raw = read_text(f"{TITLE}\n\n{SIGNED}\n·READ·??编辑\n小某???来源")
    assert paragraph_texts(raw)[-1] == "2024年5月6日"
    assert raw.metadata == {}
    assert any(f.kind == "chrome-dropped" and "编辑" in f.text for f in raw.findings)


def test_a_download_label_among_short_footer_lines_opens_the_footer() -> None:
    raw = read_text(f"{TITLE}\n\n{SIGNED}\n（此件主动公开）\n\n来源:某区人民政府办公室\n附件下载\n\n扫一扫在手机上查看当前页面\n\n规范性文件\n相关链接")
    assert paragraph_texts(raw)[-1] == "（此件主动公开）"
    assert raw.metadata == {"来源": "某区人民政府办公室"}
    assert any(f.kind == "chrome-dropped" and "规范性文件" in f.text for f in raw.findings)


def test_a_short_closing_line_of_the_text_is_no_footer() -> None:
    # One chrome line alone under the text: a short line of the document above it stays.
    raw = read_text(f"{TITLE}\n\n{BODY}\n特此通告\n附件：报名表\n扫一扫在手机上查看当前页面")
    assert paragraph_texts(raw)[-1] == "附件：报名表"
