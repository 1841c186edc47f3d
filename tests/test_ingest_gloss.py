"""Pinyin glosses after characters (漾濞（bì）, a repost's 發（fā）放) are taken out once at ingest:
the title, headings, metadata and text are clean, and one finding counts them. Made-up examples."""

from __future__ import annotations

import pytest

from audiojiedu.ingest import read_text
from audiojiedu.ingest.gloss import drop_glosses
from audiojiedu.model import Paragraph


@pytest.mark.parametrize(
    ("written", "clean"),
    [
        ("漾濞（bì）县地震。", "漾濞县地震。"),
        ("關（guān）于本市加強（qiáng）政務（wù）誠信建設（shè）。", "關于本市加強政務誠信建設。"),
        ("生僻字濞(bì xíng)。", "生僻字濞。"),
        ("国内生产总值(GDP)增长。", "国内生产总值(GDP)增长。"),  # letters without tone marks: no gloss
        ("附件（a）", "附件（a）"),
    ],
)
def test_a_toned_gloss_after_a_character_is_dropped(written: str, clean: str) -> None:
    _, _, paragraphs, _ = drop_glosses("", {}, (Paragraph(written),))
    assert paragraphs[0].text == clean


def test_title_metadata_and_text_lose_the_glosses_with_one_finding() -> None:
    raw = read_text(
        "某市教育局關于發（fā）放《致家長的一封信》的通知\n發（fā）布時間：2020-07-15\n"
        "各學校：\n現將有關事項通知如下，請認真執（zhí）行。\n一、加強（qiáng）管理\n請各校落實。\n"
    )
    assert raw.title == "某市教育局關于發放《致家長的一封信》的通知"
    assert all("（" not in p.text for p in raw.paragraphs)
    assert "一、加強管理" in [p.text for p in raw.paragraphs]
    glossed = [f for f in raw.findings if f.kind == "pinyin-gloss"]
    assert len(glossed) == 1 and "（fā）" in glossed[0].text


def test_a_page_without_glosses_has_no_finding() -> None:
    raw = read_text("某县关于做好防汛工作的通知\n各乡镇：\n现将有关事项通知如下。\n")
    assert not any(f.kind == "pinyin-gloss" for f in raw.findings)


def test_a_run_of_untoned_glosses_is_dropped_too() -> None:
    written = "為(wei)做好汛期安全(quan)工作，現(xian)將有關事項通(tong)知如下。"
    _, _, paragraphs, findings = drop_glosses("", {}, (Paragraph(written),))
    assert paragraphs[0].text == "為做好汛期安全工作，現將有關事項通知如下。"
    assert findings and findings[0].kind == "pinyin-gloss"


def test_a_run_of_untoned_glosses_counts_over_the_whole_document() -> None:
    paragraphs = (Paragraph("加強(qiang)管理"), Paragraph("落實(shi)責任"), Paragraph("就業(ye)(ye)優先"))
    _, _, cleaned, _ = drop_glosses("", {}, paragraphs)
    assert [p.text for p in cleaned] == ["加強管理", "落實責任", "就業優先"]


@pytest.mark.parametrize(
    "written",
    [
        "地区生产总值(GDP)增长，采用政府和社会资本合作(PPP)模式。",  # capitals: no pinyin
        "情形如下：第一类(a)，第二类(b)，第三类(c)。",  # b and c are no syllables: a list
        "按方案(a)执行，方案(a)不行时按备选(a)。",  # one syllable again and again: no run
        "详见附件(an)。",  # a lone untoned syllable stays
    ],
)
def test_untoned_brackets_without_a_run_stay(written: str) -> None:
    _, _, paragraphs, findings = drop_glosses("", {}, (Paragraph(written),))
    assert paragraphs[0].text == written
    assert not findings


def test_a_character_lost_to_a_question_mark_goes_with_its_gloss_and_is_reported() -> None:
    written = "要加強項(xiàng)目?chǔ)備工作，做好?nèi)部管理。"
    _, _, paragraphs, findings = drop_glosses("", {}, (Paragraph(written),))
    assert paragraphs[0].text == "要加強項目備工作，做好部管理。"
    lost = [f for f in findings if f.kind == "lost-glossed-character"]
    assert len(lost) == 1 and "?chǔ)" in lost[0].text and "?nèi)" in lost[0].text


def test_a_question_mark_before_plain_text_stays() -> None:
    written = "這是為什麼?dang)不是注音，而是誤寫的問句？是(shì)的。"
    _, _, paragraphs, findings = drop_glosses("", {}, (Paragraph(written),))
    assert paragraphs[0].text == "這是為什麼?dang)不是注音，而是誤寫的問句？是的。"
    assert not any(f.kind == "lost-glossed-character" for f in findings)


def test_a_page_text_with_untoned_glosses_and_lost_characters_reads_clean() -> None:
    raw = read_text(
        "某縣關于做好就業工作的通知\n各鄉鎮:\n為(wei)推動實(shi)現就業(ye)(ye)，加強項目?chǔ)備，現通知如下。\n"
    )
    text = " ".join(p.text for p in raw.paragraphs)
    assert "(wei)" not in text and "(ye)" not in text and "chǔ" not in text and "?" not in text
