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
