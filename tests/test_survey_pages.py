"""scripts/survey_pages.py flags, without expectations, what a listener would notice on many pages."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from audiojiedu.model import Section

_ROOT = Path(__file__).resolve().parents[1]
_NOTICE = "某县关于做好第{n}季度防汛工作的通知\n\n各乡镇人民政府：\n\n为做好防汛工作，现将有关事项通知如下。\n\n一、加强值守\n\n各单位要严格执行值班制度。\n\n二、排查隐患\n\n各单位要全面排查隐患。\n\n{third}、及时报告\n\n发现险情要及时报告。\n\n本栏目由县融媒体中心维护\n"


def _survey(folder: Path, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(_ROOT / "src")}
    run = subprocess.run(
        [sys.executable, str(_ROOT / "scripts" / "survey_pages.py"), str(folder), *args],
        capture_output=True, text=True, env=env, check=True,
    )
    return run.stdout


def test_a_line_spoken_on_three_pages_is_flagged_and_a_numbering_gap_too(tmp_path: Path) -> None:
    for n, third in ((1, "四"), (2, "三"), (3, "三")):
        (tmp_path / f"p{n}.txt").write_text(_NOTICE.format(n=n, third=third), encoding="utf-8")
    out = _survey(tmp_path, "-v")
    assert "pages: 3 read, 0 refused" in out
    recurring = [line for line in out.splitlines() if line.startswith("spoken-recurring ") and ".txt" in line]
    assert len(recurring) == 3 and all(line.endswith("本栏目由县融媒体中心维护") for line in recurring)
    breaks = [line for line in out.splitlines() if line.startswith("numbering-break ") and ".txt" in line]
    assert len(breaks) == 1 and "p1.txt" in breaks[0] and breaks[0].endswith("四、及时报告")


def test_a_page_without_a_title_line_and_a_site_line_are_flagged(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("各单位要严格执行值班制度，确保信息畅通。\n\n扫一扫在手机打开当前页\n", encoding="utf-8")
    out = _survey(tmp_path, "--show", "title")
    assert "title-empty" in out and "flags on   1 pages" in out
    lines = _survey(tmp_path, "-v").splitlines()
    assert not any(line.startswith("spoken-recurring") for line in lines)  # one page is no recurrence


def test_only_the_pages_a_sources_list_names_are_read(tmp_path: Path) -> None:
    (tmp_path / "p1.txt").write_text(_NOTICE.format(n=1, third="三"), encoding="utf-8")
    (tmp_path / "score_c.txt").write_text("documents: 1\n", encoding="utf-8")
    (tmp_path / "SOURCES.tsv").write_text("file\turl\tquery\np1.txt\thttp://example.invalid/1\tq\n", encoding="utf-8")
    assert "pages: 1 read" in _survey(tmp_path)


def _survey_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("survey_pages", _ROOT / "scripts" / "survey_pages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _section(number: str, title: str, paragraphs: tuple[str, ...] = (), sections: tuple[Section, ...] = ()) -> Section:
    return Section(number=number, title=title, heading=f"{number}{title}", paragraphs=paragraphs, sections=sections)


def _kinds(sections: tuple[Section, ...]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = _survey_module()._extra_heading_symptoms(sections)
    return found


def test_sentence_headings_with_nothing_under_them_are_a_list_run() -> None:
    items = (
        _section("1.", "出门前请检查门窗是否已经关好。"),
        _section("2.", "离家时间较长的请关闭燃气总阀门。"),
        _section("3.", "外出游玩请结伴而行"),
    )
    found = _kinds((_section("一、", "安全提示", sections=items),))
    assert [heading for kind, heading in found if kind == "heading-list-run"] == ["1.出门前请检查门窗是否已经关好。", "2.离家时间较长的请关闭燃气总阀门。"]
    # Short titles with text under them are chapters, not a list's items.
    chapters = (_section("一、", "总体要求", ("全面落实责任。",)), _section("二、", "主要任务", ("加强巡查。",)))
    assert _kinds(chapters) == []


def test_a_heading_ending_in_a_semicolon_is_a_clause() -> None:
    found = _kinds((_section("（一）", "负责本辖区道路的日常养护；", ("（二）负责……",)),))
    assert ("heading-clause", "（一）负责本辖区道路的日常养护；") in found
    assert _kinds((_section("（一）", "坚持统筹推进，", ("强化协同。",)),)) == []  # a title cut at its comma


def test_a_list_numbering_coarser_than_its_parents_is_too_deep() -> None:
    inner = _section("一、", "完善制度", ("健全台账。",))
    found = _kinds((_section("（一）", "加强管理", ("做好统筹。",), (inner,)),))
    assert found == [("heading-too-deep", "一、完善制度")]
    # A collection's 一、某某办法 holds that regulation's chapters: not too deep.
    chapter = _section("第一章", "总则", ("第一条 为了规范管理，制定本办法。",))
    assert _kinds((_section("一、", "某市河道管理办法", (), (chapter,)),)) == []


def test_figures_with_units_or_a_page_number_make_a_table_row() -> None:
    assert _kinds((_section("1.", "税收收入 3580万元 增长6.5%", ("说明。",)),)) == [("heading-table-row", "1.税收收入 3580万元 增长6.5%")]
    assert _kinds((_section("2.", "区司法局2023年工作总结 14", ("正文。",)),))[0][0] == "heading-table-row"
    assert _kinds((_section("（一）", "地区生产总值增长7%以上", ("目标说明。",)),)) == []  # one figure is a target
    assert _kinds((_section("", "个人述职报告篇2", ("正文。",)),)) == []  # a compilation's piece 2


def test_a_run_of_sentence_headings_over_one_short_line_each_is_flagged() -> None:
    run = tuple(_section(f"{n}.", f"第{n}项工作已经完成。", ("详见附表。",)) for n in (1, 2, 3))
    assert [kind for kind, _ in _kinds(run)].count("chapters-one-line") == 3
    titled = tuple(_section(f"{n}.", f"第{n}项工作", ("详见附表。",)) for n in (1, 2, 3))
    assert _kinds(titled) == []


def test_many_top_level_chapters_in_a_short_text_are_flagged(tmp_path: Path) -> None:
    numerals = "一二三四五六七八九十"
    lines = [f"{n}、第{i}项\n\n完成。" for i, n in enumerate(numerals, start=1)]
    (tmp_path / "m.txt").write_text("某镇工作要点\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    out = _survey(tmp_path, "--show", "many-chapters")
    assert "many-chapters" in out and "10 chapters" in out


def test_a_numbered_line_after_a_semicolon_clause_is_the_lists_next_clause(tmp_path: Path) -> None:
    page = "某县关于做好防汛工作的通知\n\n各乡镇要结合实际，认真做好以下工作：\n\n（一）加强值班值守，严格执行领导带班制度；\n\n（二）做好物资储备"
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    assert "numbered-line-as-text" not in _survey(tmp_path, "-v")
    (tmp_path / "a.txt").write_text(page.replace("制度；", "制度。"), encoding="utf-8")  # after a full stop: flagged
    assert "numbered-line-as-text" in _survey(tmp_path, "-v")
