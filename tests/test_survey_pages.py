"""scripts/survey_pages.py flags, without expectations, what a listener would notice on many pages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
