"""A long table: summed up aloud, shown in full (transcript, player, review), never synthesized.

Followed end to end: ingest -> outline -> release script (written and read back) -> plan ->
build -> manifest -> transcript, player, captions and review.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import run_build

from audiojiedu.build import load_document, plan
from audiojiedu.config import load_config
from audiojiedu.errors import InputError
from audiojiedu.ingest import read_document
from audiojiedu.ingest.tables import FULL_TABLE_NOTE, LARGE_TABLE_NOTE, table_paragraphs
from audiojiedu.manifest import read_manifest
from audiojiedu.model import Document, Paragraph, RawDocument, Section, ShownTable
from audiojiedu.outline import parse_outline
from audiojiedu.publish.shown import table_html, table_lines
from audiojiedu.release_script import parse_script, parse_table, render_script, render_table

ROOT = Path(__file__).resolve().parents[1]
CONFIG = load_config(ROOT / "voices.yaml")

PRODUCTS = ["饮料酒", "成品糖", "水泥", "钢材", "十种有色金属", "锂电池", "中成药", "服装", "纸制品", "化学药品原药",
            "日用陶瓷", "平板玻璃", "发电量", "铜材", "人造板", "配混合饲料"]


def _rows() -> list[list[str]]:
    """A production table: 16 products with figures found nowhere else, then a total row."""
    rows = [["产品名称", "计量单位", "产量", "比上年增长（%）"]]
    rows += [[name, "吨", str(31000 + 137 * i), f"{i}.{i}"] for i, name in enumerate(PRODUCTS, 1)]
    rows.append(["合计", "吨", "529616", "6.2"])
    return rows


def _page(rows: list[list[str]]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        "<html><head><title>某县2023年工业生产情况</title></head><body><div class='article'>"
        "<h1>某县2023年工业生产情况</h1>"
        "<p>一、工业生产</p><p>全年规模以上工业增加值比上年增长百分之五，主要产品产量稳步增长。</p>"
        "<p>表1 2023年规模以上工业主要产品产量</p>"
        f"<table border='1'>{body}</table>"
        "<p>二、下一步工作</p><p>继续推进工业转型升级，全力稳住工业增长基本盘，确保完成全年目标任务。</p>"
        "</div></body></html>"
    )


def _middle_values(rows: list[list[str]]) -> list[str]:
    """Figures of the data rows that are not the total: shown, never said."""
    return [cell for row in rows[1:-1] for cell in row[2:3]]


# -- the summary, the outline ------------------------------------------------------------------


def test_html_long_table_is_titled_summed_up_and_kept_in_its_section(tmp_path: Path) -> None:
    page = tmp_path / "gongye.html"
    page.write_text(_page(_rows()), encoding="utf-8")
    doc = parse_outline(read_document(page))
    section = doc.sections[0]
    assert section.title == "工业生产" and [s.title for s in doc.sections] == ["工业生产", "下一步工作"]
    summary, table = section.paragraphs[1:]
    assert summary == (
        f"{LARGE_TABLE_NOTE}：表1 2023年规模以上工业主要产品产量，共17行、4列；各列是计量单位、产量、比上年增长（%）。"
        f"合计，吨：产量529616，比上年增长6.2%。{FULL_TABLE_NOTE}"  # the total row as a row is read; the bracketed unit follows the figure
    )
    assert table == ShownTable(tuple(map(tuple, _rows())), header_rows=1, caption="表1 2023年规模以上工业主要产品产量")
    assert not any(isinstance(p, str) and "31137" in p for p in section.paragraphs)


def test_outline_never_reads_a_shown_table_as_headings() -> None:
    rows = [["项目", "数量"]] + [[f"{n}、第{n}项", "1"] for n in "一二三四五六七八九十"] + [["（一）其他", "1"]] * 5
    (summary,) = table_paragraphs(rows)
    raw = RawDocument("标题", {}, (Paragraph("一、情况"), summary, Paragraph("正文在表格之后，仍属于第一节。")))
    doc = parse_outline(raw)
    assert [s.heading for s in doc.sections] == ["一、情况"]
    assert doc.sections[0].paragraphs == (summary.text, summary.shown, "正文在表格之后，仍属于第一节。")
    # Before any heading, a shown table stays in the preface.
    assert parse_outline(RawDocument("标题", {}, (summary,))).preface == (summary.text, summary.shown)


# -- the release script ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "table",
    [
        ShownTable((("项目", "数量"), ("甲", "1"), ("乙", "2")), header_rows=1, caption="表1 情况"),
        ShownTable((("甲", "1"), ("乙", "2")), header_rows=0),
        ShownTable((("", "申请人情况", ""), ("", "自然人", "总计"), ("新收", "95", "95")), header_rows=2),
        ShownTable((("a|b", "c\\d"), ("", ""), ("x", "{不是覆盖}")), header_rows=1, caption="带 | 的表题"),
        ShownTable((("项目", "说明"), ("---", ":---:"), ("乙", "-")), header_rows=1),  # cells that look like the rule
    ],
)
def test_table_notation_round_trips(table: ShownTable) -> None:
    lines = render_table(table).split("\n")
    assert all(line.startswith("|") for line in lines[1 if table.caption else 0 :])
    assert parse_table(lines, where=lambda k: f"line {k}") == table


def test_script_with_shown_tables_round_trips_and_reads_as_markdown() -> None:
    table = ShownTable((("产品", "产量"), ("饮料酒", "15767"), ("合计", "15767")), header_rows=1, caption="表1 产量")
    doc = Document(
        title="标题",
        metadata={},
        preface=("前言。", table),
        sections=(Section("一", "情况", "一、情况", ("正文。", table, "表后正文。")),),
    )
    text = render_script(doc)
    assert "\n: 表1 产量\n| 产品 | 产量 |\n| --- | --- |\n| 饮料酒 | 15767 |\n| 合计 | 15767 |\n" in text
    back = parse_script(text, source="x.script.md")
    assert back.preface == doc.preface and back.sections[0].paragraphs == doc.sections[0].paragraphs
    assert back.script is not None and back.script.edited_lines == ()


def test_staff_can_delete_a_table_or_have_its_rows_read() -> None:
    table = ShownTable((("产品", "产量"), ("饮料酒", "15767")), header_rows=1)
    text = render_script(Document("标题", {}, ("前言。", table), ()))
    assert parse_script(text.replace("\n| 产品 | 产量 |\n| --- | --- |\n| 饮料酒 | 15767 |", ""), source="s").preface == (
        "前言。",
    )
    spoken = text.replace("| 产品 | 产量 |\n| --- | --- |\n| 饮料酒 | 15767 |", "饮料酒产量15767。")
    assert parse_script(spoken, source="s").preface == ("前言。", "饮料酒产量15767。")


@pytest.mark.parametrize(
    ("table", "line", "problem"),
    [
        ("| a | b |\n| --- | --- |\n| --- | --- |\n| 1 | 2 |", 6, "second"),
        ("| a | b |\n| --- | --- |\n1 | 2 |", 6, "starts with “|”"),
        (": 表题\n| a | b |\n| 1 | 2 \\", 6, "ends with \\"),
    ],
)
def test_malformed_table_names_its_line(table: str, line: int, problem: str) -> None:
    with pytest.raises(InputError) as error:
        parse_script(f"---\ntitle: 标题\n---\n{table}\n", source="x.script.md")
    assert f"x.script.md line {line}:" in str(error.value) and problem in str(error.value)


# -- plan, build, publish ----------------------------------------------------------------------


def test_plan_speaks_the_summary_and_carries_the_table_on_its_last_sentence() -> None:
    table = ShownTable((("产品", "产量"), ("饮料酒", "98765")), header_rows=1)
    with_table = Document("标题", {}, (), (Section("一", "情况", "一、情况", ("表格摘要。", table, "表后正文。")),))
    without = replace(with_table, sections=(replace(with_table.sections[0], paragraphs=("表格摘要。", "表后正文。")),))
    segments = plan(with_table, CONFIG, engine_name="fake")
    assert not any("98765" in s.written or "九万八千" in s.spoken for s in segments)
    carrier = next(s for s in segments if s.written == "表格摘要。")
    assert carrier.shown == (table,) and sum(len(s.shown) for s in segments) == 1
    # The table takes no paragraph number: every id, text and pause is as without it.
    plain = plan(without, CONFIG, engine_name="fake")
    assert [replace(s, shown=()) for s in segments] == plain


def test_build_shows_every_cell_in_transcript_player_and_review_but_never_speaks_it(tmp_path: Path) -> None:
    rows = _rows()
    page = tmp_path / "gongye.html"
    page.write_text(_page(rows), encoding="utf-8")
    out, cache = tmp_path / "out", tmp_path / "cache"
    (report,) = run_build([page], out, cache)
    release = read_manifest(out)
    (carrier,) = [s for s in release.segments if s.shown]
    assert carrier.written.endswith(FULL_TABLE_NOTE) and carrier.shown[0].rows == tuple(map(tuple, rows))
    spoken = "".join(s.spoken for s in release.segments)
    written = "".join(s.written for s in release.segments)
    for value in _middle_values(rows):
        assert value not in written  # no segment, so no audio and no time for the rows
    assert "三万一千" not in spoken
    transcript = (out / release.files["transcript"]).read_text(encoding="utf-8-sig")
    player = (out / "player.html").read_text(encoding="utf-8")
    captions = (out / release.files["captions"]).read_text(encoding="utf-8")
    review = (out / "review.html").read_text(encoding="utf-8")
    for row in rows:
        assert " | ".join(row) in transcript.splitlines()  # one row a line
        for cell in row:
            assert re.search(f">{re.escape(cell)}</t[dh]>", player) and re.search(f">{re.escape(cell)}</t[dh]>", review)
    # In place: right after the sentence that announces it, before the next chapter.
    lines = transcript.splitlines()
    announce = next(i for i, line in enumerate(lines) if line.startswith(LARGE_TABLE_NOTE))
    assert lines[announce + 2] == "表1 2023年规模以上工业主要产品产量" and lines[announce + 3] == " | ".join(rows[0])
    assert lines.index("二、下一步工作") > announce + len(rows)
    body = player[player.index("data-ajd-transcript") :]
    assert body.index(LARGE_TABLE_NOTE) < body.index("<table>") < body.index("二、下一步工作")
    for value in _middle_values(rows):
        assert value not in captions
    assert "表1 2023年规模以上工业主要产品产量" in captions  # the summary itself is spoken and captioned

    # A cell changed in the middle of the table: nothing to synthesize, the new value shown.
    rows[5][2] = "45678"
    page.write_text(_page(rows), encoding="utf-8")
    (again,) = run_build([page], out, cache)
    assert again.synthesized == 0 and again.segments == report.segments
    assert "饮料酒 | 吨 | 31137" in (out / release.files["transcript"]).read_text(encoding="utf-8-sig")
    assert f"{PRODUCTS[4]} | 吨 | 45678" in (out / release.files["transcript"]).read_text(encoding="utf-8-sig")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["duration_ms"] == read_manifest(out).duration_ms == release.duration_ms


def test_script_of_a_long_table_builds_the_same_release(tmp_path: Path) -> None:
    page = tmp_path / "gongye.html"
    page.write_text(_page(_rows()), encoding="utf-8")
    script = tmp_path / "gongye.script.md"
    script.write_text(render_script(load_document(page), opening=CONFIG.opening, closing=CONFIG.closing), encoding="utf-8")
    assert "\n: 表1 2023年规模以上工业主要产品产量\n| 产品名称 | 计量单位 | 产量 | 比上年增长（%） |\n| --- |" in (
        script.read_text(encoding="utf-8")
    )
    original = plan(load_document(page), CONFIG, engine_name="fake")
    assert plan(load_document(script), CONFIG, engine_name="fake") == original


def test_table_html_is_an_accessible_table_with_escaped_cells() -> None:
    table = ShownTable((("项目", "<b>数量</b>"), ("甲&乙", "1"), ("", "2")), header_rows=1, caption="表1 <情况>")
    html = table_html(table)
    assert '<div class="ajd-table" role="region" tabindex="0" aria-label="表1 &lt;情况&gt;"><table>' in html
    assert "<caption>表1 &lt;情况&gt;</caption>" in html
    assert '<thead><tr><th scope="col">项目</th><th scope="col">&lt;b&gt;数量&lt;/b&gt;</th></tr></thead>' in html
    assert '<tr><th scope="row">甲&amp;乙</th><td class="ajd-num">1</td></tr><tr><td></td><td class="ajd-num">2</td></tr>' in html
    assert table_lines(table) == ["表1 <情况>", "项目 | <b>数量</b>", "甲&乙 | 1", " | 2"]


def test_plain_text_pipe_table_with_its_title_row_is_summed_up_and_shown() -> None:
    from audiojiedu.ingest import read_text

    rows = "\n".join(f"| 第{i}项 | {i} | {2 * i} |" for i in range(1, 16))
    text = (
        "某县统计\n\n一、情况\n\n全年办理事项稳步增长，具体数据如下。\n\n"
        f"| 表2 办理事项统计表 |\n| 事项 | 自然人 | 法人 |\n|---|---|---|\n{rows}\n| 合计 | 120 | 240 |\n"
    )
    (summary,) = [p for p in read_text(text).paragraphs if p.kind == "table"]
    assert summary.text == (
        f"{LARGE_TABLE_NOTE}：表2 办理事项统计表，共16行、3列；各列是自然人、法人。合计：自然人120，法人240。{FULL_TABLE_NOTE}"
    )
    assert summary.shown is not None and summary.shown.caption == "表2 办理事项统计表"
    assert summary.shown.rows[0] == ("事项", "自然人", "法人") and len(summary.shown.rows) == 17


def test_html_caption_is_the_title_of_a_long_table_and_said_before_a_short_one() -> None:
    from audiojiedu.ingest.html import read_html

    rows = "".join(f"<tr><td>第{i}项</td><td>{i}</td></tr>" for i in range(1, 16))
    page = (
        "<html><head><title>测试</title></head><body><h1>测试</h1><p>全年办理事项稳步增长，具体数据如下。</p>"
        f"<table border=1><caption>办理情况</caption><tr><th>事项</th><th>数量</th></tr>{rows}</table>"
        "<table border=1><caption>小表</caption><tr><th>事项</th><th>数量</th></tr><tr><td>甲</td><td>1</td></tr></table>"
        "</body></html>"
    )
    paragraphs = read_html(page).paragraphs
    # A <caption> is the title by markup, whatever its wording; it is never dropped.
    assert [(p.kind, p.text) for p in paragraphs[1:]] == [
        ("table", f"{LARGE_TABLE_NOTE}：办理情况，共15行、2列；各列是数量。{FULL_TABLE_NOTE}"),
        ("text", "小表"),
        ("table", "甲：数量1。"),
    ]
    assert paragraphs[1].shown is not None and paragraphs[1].shown.caption == "办理情况"


def test_configured_bound_reads_every_row_when_all(tmp_path: Path) -> None:
    from audiojiedu.config import load_config as load

    page = tmp_path / "gongye.html"
    page.write_text(_page(_rows()), encoding="utf-8")
    config = tmp_path / "voices.yaml"
    config.write_text("tables: {max_spoken_rows: all}\n", encoding="utf-8")
    out = tmp_path / "out"
    run_build([page], out, tmp_path / "cache", config=load(config))
    release = read_manifest(out)
    assert not any(s.shown for s in release.segments)
    written = "".join(s.written for s in release.segments)
    assert all(value in written for value in _middle_values(_rows()))  # every row is spoken
