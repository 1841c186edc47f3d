"""Survey many pages without expectations: flag what a listener would notice, count by kind.

Hand-written expectations cost a reader's hour per 25 pages, so they cover few pages and the
failures on the next district's page are a long tail. This survey runs ingest + outline over
every file of one or more directories and flags the symptoms that show without an expectation:

- a title that is empty, does not end as titles do (…的通知, …报告, …办法, a bracketed note), is a
  site's or an organ's name, holds a sentence mark, a date or a clock, or is over 60 characters;
- a spoken line that the same sample speaks on several pages (site boilerplate recurs; a
  document's sentences do not), or that holds a word only a site prints (分享, 责任编辑, 浏览…);
- a heading that is a sentence, a numbering that skips or repeats among siblings, a short
  numbered line read as text (a heading missed), and a long text with no heading at all;
- an EXTRA heading (a list item, a clause or a table row read as a chapter): headings that follow
  each other with nothing under them and read as list items (long, or ending with 。/；), a heading
  that ends as a clause of one sentence (；), a list numbering coarser than its parent's (一、 under
  （一）), a heading holding two figures with units as a table row does or a contents line's page
  number, a run of sentence headings that each hold one short line or none, and many top-level
  chapters in a short text.

Each symptom is a lead, not a verdict: read the flagged lines, fix the phenomena that recur.

Run: PYTHONPATH=src python scripts/survey_pages.py DIR [DIR…] [-v] [--show KIND]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from audiojiedu.errors import InputError
from audiojiedu.ingest import read_document
from audiojiedu.ingest.page_chrome import fold
from audiojiedu.ingest.page_title_words import TITLE_NOTE_TAIL, title_words
from audiojiedu.model import Document, Section
from audiojiedu.outline import parse_outline
from audiojiedu.outline.markers import LIST_STYLES, MARKER, Marker, marker_from, rank_of

_MAX_TITLE = 60
_RECURRING_PAGES = 3  # a short line spoken on this many pages of the sample is a site's
_MAX_RECURRING_CHARS = 40
_LONG_WITHOUT_HEADINGS = 3000  # characters of text with no heading: a listener cannot navigate
# Words a site prints around a document and a document never says (a lead; read the line).
_SITE_WORDS = re.compile(
    r"分享|打印|收藏|字号|责任编辑|编辑：|浏览|点击|阅读量|阅读数|扫一扫|二维码|微信|版权所有|ICP|备案|登录|注册|"
    r"下载|上一篇|下一篇|返回|关闭|网站地图|联系我们|https?:|www\.|\.com|\.cn\b|小编|QQ|相关|推荐|热门|首页|当前位置|来源："
)
_LIST_ITEM_CHARS = 30  # a heading this long with nothing under it reads as a list's item
_SHORT_LINE = 40  # a chapter whose whole text is one line this short
_MANY_CHAPTERS = 10  # this many top-level chapters …
_CHAPTER_CHARS = 200  # … holding fewer characters each on average: a list read as chapters
# Two figures with units (a table's row: 收入 125.3万元 增长 8.2%), or a contents line's page
# number after the entry's last word (…工作计划 12).
_TABLE_ROW = re.compile(
    r"\d[\d.,]*\s*(?:%|％|万元|亿元|元|万人|人次|平方米|公顷|亩|公里|千米|吨).*\d[\d.,]*\s*(?:%|％|万元|亿元|元|万人|人次|平方米|公顷|亩|公里|千米|吨)"
    r"|(?<![\d年月第])[\u4e00-\u9fff](?<!篇)[ \t.…·]*\d{1,3}$"  # …报告篇1: a compilation's piece 1
)
_DECIMAL_ENTRY = re.compile(r"\d{1,2}(?:[.．]\d{1,2}){1,3}\s*[\u4e00-\u9fff]")  # 1.1政策背景
_TOC_TAIL = re.compile(r"[\s.…·．_]*\d{0,3}$")  # a contents entry's leader and page number
_DATE_OR_CLOCK = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}:\d{2}")


def _spoken(doc: Document) -> list[str]:
    def walk(sections: tuple[Section, ...]) -> list[str]:
        out: list[str] = []
        for section in sections:
            out += [p for p in section.paragraphs if isinstance(p, str)]
            out += walk(section.sections)
        return out

    return [p for p in doc.preface if isinstance(p, str)] + walk(doc.sections)


def _headings(sections: tuple[Section, ...]) -> list[Section]:
    out: list[Section] = []
    for section in sections:
        out += [section, *_headings(section.sections)]
    return out


def _title_symptoms(title: str) -> list[str]:
    words = title_words()
    bare = "".join(title.split())
    if not bare:
        return ["title-empty"]
    out = []
    core = TITLE_NOTE_TAIL.sub("", fold(bare))  # a traditional page's 報告 ends as 报告 does
    if not core.endswith(words["final"]):
        out.append("title-no-final")
    if core.endswith(words["organ"]) or any(site in bare for site in words["site"]) or "网" in bare[-4:]:
        out.append("title-site-or-organ")
    if re.search(r"[。，；！？]", bare):
        out.append("title-sentence")
    if _DATE_OR_CLOCK.search(bare) or "时间" in bare or "来源" in bare:
        out.append("title-date")
    if len(bare) > _MAX_TITLE:
        out.append("title-long")
    return out


def _marker(section: Section) -> Marker | None:
    written = section.number if section.number[-1:] in "）)条章节" else section.number + "、"  # 一 is 一、
    match = MARKER.match(written)
    return marker_from(match, written) if match and section.number else None


def _numbering_breaks(sections: tuple[Section, ...]) -> list[str]:
    """Headings where the siblings' numbering of one style does not go on by one (一 二 四, 1 1)."""
    out: list[str] = []
    last: dict[str, int] = {}
    for section in sections:
        marker = _marker(section)
        if marker is not None:
            if marker.style in last and marker.value != last[marker.style] + 1:
                out.append(section.heading)
            last[marker.style] = marker.value
        out += _numbering_breaks(section.sections)
    return out


def _text_chars(section: Section) -> int:
    return sum(len(p) for p in section.paragraphs if isinstance(p, str))


def _extra_heading_symptoms(
    sections: tuple[Section, ...], parent: Marker | None = None
) -> list[tuple[str, str]]:
    """(kind, heading) of headings that read as a list item, a clause or a table row made a chapter."""
    out: list[tuple[str, str]] = []
    empty = [not s.paragraphs and not s.sections for s in sections]
    for i, section in enumerate(sections):
        title = section.title
        listlike = len(title) > _LIST_ITEM_CHARS or title.endswith(("。", "；", ";"))
        if empty[i] and listlike and (any(empty[i - 1 : i]) or any(empty[i + 1 : i + 2])):
            out.append(("heading-list-run", section.heading))
        if title.endswith(("；", ";")):  # (a title cut at a comma is a cut, often listed so: not flagged)
            out.append(("heading-clause", section.heading))
        marker = _marker(section)
        # 一、 under （一）: a list's item made a chapter (a collection's 一、某某条例 may hold 第一章).
        if marker and parent and {marker.style, parent.style} <= LIST_STYLES and rank_of(marker.style) < rank_of(parent.style):
            out.append(("heading-too-deep", section.heading))
        if _TABLE_ROW.search(title):
            out.append(("heading-table-row", section.heading))
        out += _extra_heading_symptoms(section.sections, marker)
    short = [not s.sections and len(s.paragraphs) <= 1 and _text_chars(s) <= _SHORT_LINE for s in sections]
    sentences = [s.title.endswith(("。", "；", ";")) for s in sections]
    # Every heading of a run a sentence over one short line or none: a list's items (7%以上 targets are titles).
    if len(sections) >= 3 and all(short) and all(sentences):
        out += [("chapters-one-line", s.heading) for s in sections]
    return out


def _contents_as_chapters(sections: tuple[Section, ...]) -> list[str]:
    """Headings with no text whose titles come again later as headings: a contents read as
    chapters (the body's chapters then come a second time). One line per page, or none."""
    headings = _headings(sections)
    keys = [_TOC_TAIL.sub("", h.title).strip() for h in headings]
    # (a later heading may hold the title with more glued on: 十、结论一、背景分析1.1…)
    repeated = [
        h
        for i, h in enumerate(headings)
        if not h.paragraphs and len(keys[i]) >= 4 and any(keys[i] in later.title for later in headings[i + 1 :])
    ]
    return [f"{len(repeated)} headings again later, first {repeated[0].heading}"] if len(repeated) >= 2 else []


def _short_unfinished(line: str) -> bool:
    """Short and no sentence: how a site's line looks (a document's sentence may name a website)."""
    return len(line) <= _MAX_RECURRING_CHARS and not re.search(r"[。；，]", line)


def _shape(line: str) -> str:
    """A line with its digits blanked: the same boilerplate on two pages differs in its dates."""
    return re.sub(r"\d+", "#", "".join(line.split()))


def _pages(folder: Path) -> list[Path]:
    """The pages of a sample folder: those its SOURCES.tsv lists (its score and note files are not)."""
    sources = folder / "SOURCES.tsv"
    if not sources.exists():
        return sorted(folder.glob("*.txt"))
    names = [line.split("\t")[0] for line in sources.read_text(encoding="utf-8").splitlines()]
    return [folder / name for name in names if (folder / name).is_file()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", type=Path, nargs="+")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every flag with its page and line")
    parser.add_argument("--show", default="", help="list the flags of this kind only")
    args = parser.parse_args()
    files = sorted(p for d in args.dirs for p in _pages(d))
    docs: dict[Path, Document] = {}
    errors = 0
    for path in files:
        try:
            docs[path] = parse_outline(read_document(path))
        except InputError:
            errors += 1
    pages_of: defaultdict[str, set[Path]] = defaultdict(set)
    for path, doc in docs.items():
        for line in _spoken(doc):
            if _short_unfinished(line) and not line.endswith(("：", ":")):  # 各位代表： opens many texts
                pages_of[_shape(line)].add(path)
    flags: list[tuple[str, Path, str]] = []
    for path, doc in docs.items():
        flags += [(kind, path, doc.title) for kind in _title_symptoms(doc.title)]
        spoken = _spoken(doc)
        for line in spoken:
            if len(pages_of.get(_shape(line), ())) >= _RECURRING_PAGES:
                flags.append(("spoken-recurring", path, line))
            elif (hit := _SITE_WORDS.search(line)) and _short_unfinished(line):
                flags.append((f"spoken-site-word {hit.group()}", path, line))
        for section in _headings(doc.sections):
            if re.search(r"[。！？；]", section.title[:-1]) or len(section.title) > 50:
                flags.append(("heading-sentence", path, section.heading))
        flags += [("numbering-break", path, heading) for heading in _numbering_breaks(doc.sections)]
        # (a contents' decimal entries, 1.1某某, are numbered lines too: 一、 between them is one of a run)
        numbered = [
            bool(MARKER.match(line) or _DECIMAL_ENTRY.match(line)) and _short_unfinished(line) and len(line) <= 30
            for line in spoken
        ]
        for i, line in enumerate(spoken):
            # A run of them is a contents list, read as text on purpose; one alone is a heading missed.
            # One after a clause ending in a semicolon is the list's next clause.
            after_clause = i > 0 and spoken[i - 1].endswith(("；", ";"))
            if numbered[i] and not any(numbered[max(0, i - 1) : i]) and not any(numbered[i + 1 : i + 2]) and not after_clause:
                flags.append(("numbered-line-as-text", path, line))
        flags += [(kind, path, heading) for kind, heading in _extra_heading_symptoms(doc.sections)]
        flags += [("contents-as-chapters", path, line) for line in _contents_as_chapters(doc.sections)]
        text = sum(map(len, spoken))
        if len(doc.sections) >= _MANY_CHAPTERS and text < _CHAPTER_CHARS * len(doc.sections):
            flags.append(("many-chapters", path, f"{len(doc.sections)} chapters, {text} characters"))
        if not doc.sections and sum(map(len, spoken)) > _LONG_WITHOUT_HEADINGS:
            flags.append(("long-without-headings", path, f"{sum(map(len, spoken))} characters"))
    by_kind = Counter(kind.split()[0] for kind, _, _ in flags)
    pages_by_kind = {kind: len({p for k, p, _ in flags if k.split()[0] == kind}) for kind in by_kind}
    print(f"pages: {len(docs)} read, {errors} refused")
    for kind, count in by_kind.most_common():
        print(f"{kind:24} {count:4} flags on {pages_by_kind[kind]:3} pages")
    if args.verbose or args.show:
        for kind, path, text in flags:
            if not args.show or kind.startswith(args.show):
                print(f"{kind:30} {path.parent.name}/{path.name[:36]:36} {text[:90]}")


if __name__ == "__main__":
    main()
