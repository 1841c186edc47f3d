"""Page numbers a copy glued into the text (a 文库 page flattens a PDF: …聚力增效2一是聚焦…,
…拉开新时期发展新3格局…, and 1 before the first line's 2023年).

Read aloud they are wrong facts (新三格局, 一万二千零二十三年). One alone cannot be told from a
figure of the text; a run of them can: numbers glued between characters with no unit after
them, in the order 1, 2, 3 … (or from a later page on) down the text. At least `_MIN_PAGES` of
them in sequence are taken out, with a finding; anything less stays as written.

A page's footer keeps its dashes when a copy glues it into a line (（此件主动公开）—2—, …工作职责—3—3.2.2
地震谣传事件): read, it is 二 between two dashes, or with the next number a range (三至三点二点二) the
document never wrote. A number between two dashes, with no figure or letter on either side, is
only ever a page's footer; it is taken out wherever it stands inside a line (a footer on a line
of its own is the hard-wrap reader's, which also joins the sentence the page break cut). So is a
sharing site's page marker, its page over the count with a space after the slash (…美德，1/ 22尊老…).
"""

from __future__ import annotations

import re

from ..han import HAN
from ..model import Finding

_MIN_PAGES = 3
_FIRST_PAGE_MAX = 2  # the run starts at page 1 or 2 (a cover page may go unnumbered)
_MIN_PAGE_CHARS = 150  # a page holds at least this much text: 1核2带3区 is a slogan, not three pages
# A number glued between two Chinese characters, not after a word that counts or orders (第3,
# 共3, 约3) and not before a unit, a classifier or a date word. Not at a line's start, where
# numbered headings and contents entries stand (1总则, 2组织机构).
_GLUED = re.compile(
    rf"(?<=[{HAN}，。；：、“”])(?<![第共约近逾超达])(?P<n>[1-9]\d{{0,2}})"
    rf"(?=[{HAN}])(?![年月日号时分秒个项件次条款章节人户家名位万亿千百元角分米克吨亩倍岁天周期批届类级种])",
)
# Page 1 glued before a year at the very start of a line: 12023年街道工作规划.
_BEFORE_YEAR = re.compile(r"^(?P<n>1)(?=(?:19|20)\d{2}年)", re.MULTILINE)
# A footer glued into a line: —2—, －12－, — 3 —, or - 3 - with its spaces; a bare -3- may be a
# code's (A-3-B) or a figure's (如图-3-所示), but not between two other Chinese characters (对经济-2-增长),
# nor after a Chinese mark before one (1、-1-某省统计公报: a flattened PDF's first footer).
_FOOTER = re.compile(
    r"(?<![\dA-Za-z—－\-])(?:[—－]{1,2}[ \t]?\d{1,4}[ \t]?[—－]{1,2}|-[ \t]\d{1,4}[ \t]-)(?![—－\-])"
    rf"|(?<=[{HAN}，。；：、])(?<![图表式])-\d{{1,4}}-(?=[{HAN}])"
)


# A document-sharing site's page marker glued into a line, the page's number over the count with a
# space after the slash (一要弘扬美德，1/ 22尊老爱幼): a fraction is written without the space.
_PAGE_OF = re.compile(rf"(?<=[{HAN}，。；：、,])(?P<page>\d{{1,3}})/ (?P<pages>\d{{1,3}})(?=[{HAN}])")


def drop_glued_page_numbers(text: str) -> tuple[str, tuple[Finding, ...]]:
    """`text` without a run of page numbers glued into it, nor page footers glued into its lines
    (see the module docstring)."""
    text, footers = _drop_glued_footers(text)
    text, pages = _drop_page_run(text)
    return text, footers + pages


def _drop_glued_footers(text: str) -> tuple[str, tuple[Finding, ...]]:
    found: list[re.Match[str]] = [m for m in _PAGE_OF.finditer(text) if 0 < int(m.group("page")) <= int(m.group("pages"))]
    for match in _FOOTER.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if line.strip() != match.group().strip():
            found.append(match)
    if not found:
        return text, ()
    found.sort(key=lambda match: match.start())
    out, last = [], 0
    for match in found:
        out.append(text[last : match.start()])
        last = match.end()
    out.append(text[last:])
    first = found[0]
    message = f"删去了粘在行内的 {len(found)} 个页脚页码（{first.group().strip()}），它们是复制时混入的，不是正文，请核对"
    return "".join(out), (Finding("page-number", message, text[max(0, first.start() - 8) : first.end() + 8]),)


def _drop_page_run(text: str) -> tuple[str, tuple[Finding, ...]]:
    candidates = sorted(
        [(m.start("n"), m.end("n"), int(m.group("n"))) for m in _GLUED.finditer(text)]
        + [(m.start("n"), m.end("n"), 1) for m in _BEFORE_YEAR.finditer(text)]
    )
    run = _longest_run(candidates)
    if len(run) < _MIN_PAGES:
        return text, ()
    out, last = [], 0
    for start, end, _ in run:
        out.append(text[last:start])
        last = end
    out.append(text[last:])
    shown = "、".join(str(page) for _, _, page in run[:5])
    message = f"删去了夹在正文里的 {len(run)} 个页码（{shown}…），它们是复制时混入的，不是正文，请核对"
    return "".join(out), (Finding("page-number", message, text[max(0, run[0][0] - 6) : run[0][1] + 6]),)


def _longest_run(candidates: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The longest chain of candidates numbered first, first + 1, … in text order, starting at
    page 1 or 2; each next page is the first candidate with that number a page's length or more
    after the last."""
    best: list[tuple[int, int, int]] = []
    for index, (_, _, page) in enumerate(candidates):
        if page > _FIRST_PAGE_MAX:
            continue
        run = [candidates[index]]
        for candidate in candidates[index + 1 :]:
            if candidate[2] == run[-1][2] + 1 and candidate[0] - run[-1][1] >= _MIN_PAGE_CHARS:
                run.append(candidate)
        if len(run) > len(best):
            best = run
    return best
