"""review.tsv and review.html for a set of normalized segments."""

from __future__ import annotations

import csv
import html
from pathlib import Path

from audiojiedu.model import Segment
from audiojiedu.normalize import normalize_text
from audiojiedu.review import TSV_COLUMNS, write_review


def make_segment(seg_id: str, section: tuple[str, ...], text: str) -> Segment:
    result = normalize_text(text)
    return Segment(
        id=seg_id,
        section_path=section,
        role="body",
        written=text,
        spoken=result.spoken,
        pause_after_ms=400,
        rewrites=result.rewrites,
        unknown=result.unknown,
    )


SEGMENTS = [
    make_segment("s01-p001", ("一、总体情况",), "2023年共公开信息1,200条，同比增长3.5%。"),
    make_segment("s01-p002", ("一、总体情况", "（一）主动公开"), "联系电话：0539-8221234 <b>&</b>😀"),
    make_segment("s02-p001", ("二、存在问题",), "没有数字的句子。"),
]


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_writes_both_files_and_nothing_else(tmp_path: Path) -> None:
    paths = write_review(SEGMENTS, tmp_path / "out", slug="demo-2023", title="示例报告")
    assert {role: p.name for role, p in paths.items()} == {"review_tsv": "review.tsv", "review_html": "review.html"}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["review.html", "review.tsv"]


def test_tsv_has_one_row_per_rewrite_and_unknown_symbol(tmp_path: Path) -> None:
    tsv = write_review(SEGMENTS, tmp_path, slug="demo", title="示例")["review_tsv"]
    rows = read_tsv(tsv)
    assert tuple(rows[0].keys()) == TSV_COLUMNS
    expected_rows = sum(len(s.rewrites) + len(s.unknown) for s in SEGMENTS)
    assert len(rows) == expected_rows
    first = SEGMENTS[0]
    assert [(r["written"], r["spoken"], r["rule"]) for r in rows if r["segment"] == first.id] == [
        (rw.written, rw.spoken, rw.rule) for rw in first.rewrites
    ]
    unknown = [r for r in rows if r["rule"] == "unknown"]
    assert [r["written"] for r in unknown] == ["😀"]
    assert unknown[0]["section"] == "一、总体情况 > （一）主动公开"


def test_html_is_escaped_and_lists_every_rewrite(tmp_path: Path) -> None:
    page = write_review(SEGMENTS, tmp_path, slug="a<b", title="报告<script>alert(1)</script>")["review_html"]
    text = page.read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<b>&</b>" not in text and "&lt;b&gt;&amp;&lt;/b&gt;" in text
    assert 'lang="zh-CN"' in text and "朗读校对" in text
    for segment in SEGMENTS:
        for rewrite in segment.rewrites:
            assert f"<mark>{html.escape(rewrite.written)}</mark>" in text
            assert html.escape(rewrite.spoken) in text
    assert "http" not in text  # self-contained: no external stylesheet, script or font


def test_empty_review(tmp_path: Path) -> None:
    tsv, page = write_review([SEGMENTS[2]], tmp_path, slug="x", title="空").values()
    assert read_tsv(tsv) == []
    assert "没有需要核对的改写" in page.read_text(encoding="utf-8")


def test_an_attachments_file_type_is_not_said_and_the_review_lists_it(tmp_path: Path) -> None:
    # 附件：某某方案.doc: the site's download type after the name; an address or a Latin file name keeps its dot
    result = normalize_text("附件：某某方案.doc；某某汇总表（样表）.XLSX。网址www.example.gov.cn，文件report.pdf")
    assert "附件：某某方案；某某汇总表（样表）。" in result.spoken
    assert "doc" not in result.spoken.lower() and "xlsx" not in result.spoken.lower()
    assert "example点gov点cn" in result.spoken and "report.pdf" in result.spoken
    assert [(r.rule, r.written) for r in result.rewrites if r.rule == "file-type"] == [("file-type", ".doc"), ("file-type", ".XLSX")]
    paths = write_review([make_segment("s01-p001", ("附件",), "附件：某某方案.doc")], tmp_path, slug="x", title="某某通知")
    assert "文件扩展名" in paths["review_html"].read_text(encoding="utf-8")


def test_a_long_addresss_note_is_set_apart_from_the_text_run_on_after_it() -> None:
    """网址为http://…/nb.shtml如对本报告有疑问 (the page's text runs on with no mark; dev76, session 43):
    the site is spelled and the note said for the rest ends with a pause, never run into the next
    clause; before a mark of the text's own, none is added."""
    address = "http://www.example.gov.cn/fzx/c111100/zfxxgklby_nb.shtml"
    spoken = normalize_text(f"网址为{address}如对本报告有疑问，请联系。").spoken
    assert spoken == "网址为www点example点gov点cn上的网页，完整网址见文字稿，如对本报告有疑问，请联系。"
    assert normalize_text(f"网址为{address}。").spoken == "网址为www点example点gov点cn上的网页，完整网址见文字稿。"
