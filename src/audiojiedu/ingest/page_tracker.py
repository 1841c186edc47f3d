"""A letter's progress tracker on a mailbox or 问政 page: the steps of its handling, each a number,
a date, a time, who acted and what became of the letter (问政跟踪 / 1 / 2014-10-09 / 10:15:27 某某
已问政 / 2 / … 已受理 / 3 / … 已回复). The site draws it as a row of icons; copied as text it is
a run of numbers, dates and status words, no words of the letter or the reply, and never read.
"""

from __future__ import annotations

import re

from ..han import HAN
from ..model import Finding
from .page_chrome import SUSPECT_CHROME_CHARS, fold

# What a step ends with: the letter's state after it.
_STATUS = "已问政|已提交|已受理|已签收|已转办|已交办|已办理|已回复|已答复|已办结|已反馈|已评价|待受理|办理中"
# A step's row: maybe its time, who acted (a name, an office), its status, maybe a dash after it.
_STEP = re.compile(rf"(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \u3000]+)?(?:[^\s。，；！？]{{1,20}}[ \u3000]+)?(?:{_STATUS})[ \u3000]*-?")
# A line of the tracker that is no step: the step's number, its date or time alone, a dash.
_PIECE = re.compile(r"\d{1,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?|[-－—]")
# The tracker's header over it: a short label, no mark (问政跟踪, 办理进度, 处理流程).
_HEADER = re.compile(f"[{HAN}]{{2,6}}")
_MIN_STEPS = 2  # a tracker shows this many steps at least: one status alone may be the text's


def cut_progress_tracker(lines: list[str]) -> list[Finding]:
    """Blank (in place) each run of tracker lines with at least `_MIN_STEPS` step rows among its
    numbers, dates and times, and the short header over it; one finding per run."""
    findings: list[Finding] = []
    index = 0
    while index < len(lines):
        end, steps = index, 0
        while end < len(lines) and (not lines[end].strip() or _is_piece(lines[end]) or _is_step(lines[end])):
            steps += _is_step(lines[end])
            end += 1
        if steps < _MIN_STEPS:
            index = max(end, index + 1)
            continue
        start = index
        above = next((row for row in range(index - 1, -1, -1) if lines[row].strip()), -1)
        if above >= 0 and _HEADER.fullmatch(fold(lines[above]).strip()):
            start = above
        shown = " / ".join(line.strip() for line in lines[start:end] if line.strip())
        findings.append(Finding("chrome-dropped", "信件的办理进度条（步骤序号、日期、时间、状态）：未朗读", shown[: SUSPECT_CHROME_CHARS * 2]))
        for row in range(start, end):
            lines[row] = ""
        index = end
    return findings


_MAX_TRACKER_LINE = 40  # a step's row is short: longer lines (the text's) are not folded and matched


def _is_step(line: str) -> bool:
    return len(line) <= _MAX_TRACKER_LINE and _STEP.fullmatch(fold(line).strip()) is not None


def _is_piece(line: str) -> bool:
    return len(line) <= _MAX_TRACKER_LINE and _PIECE.fullmatch(fold(line).strip()) is not None
