"""The outline builder: parse_outline, the tree of levels, outline_to_json.

Levels come from the order in which marker styles appear, not from a fixed table: a style
seen for the first time opens a deeper level, a style already open continues its level, and
a style that restarts at 1 while it is open (二、报告主要内容 followed by 一、总体情况) opens a
new deeper level; the canonical order of `markers.RANK` only places a style that shows up
above the levels already open, and notices a skipped level.

One-line documents: a marker in the middle of a paragraph starts a heading when it follows a
space or sentence-final punctuation (a Chinese numeral 一、 may also follow digits, as in a
flattened table, or a notice's lead-in 通告如下：), continues the numbering of an open level (or starts a list at 1; articles
continue through chapters), and is not a table row label (a label followed at once by a run of
five or more digits).

After a line 注释：/注：/资料来源： nothing is a heading: footnotes 1.… and [1]… are notes and
stay paragraphs of the last section. Odd numbering (gaps, repeats, wrong glyphs such as （－）,
skipped levels) still yields a tree, plus a warning in Document.warnings. A section whose own
text runs past ~15 minutes of speech is a Finding long-chapter.

Every character of the paragraphs ends up exactly once in the preface, a heading or a section
paragraph, in order: only whitespace between pieces is dropped.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..file_types import FILE_TYPE
from ..han import HAN
from ..model import Block, Document, Finding, RawDocument, Section, ShownTable
from ..numerals import number_value
from ..tsv import words_pattern
from .attachments import (
    attachment_items,
    before_signature,
    continued_title_end,
    documents_after_signature,
    has_content_after,
    is_attachment_title,
    is_issuer_line,
    listed_again,
    listed_before,
    named_title_end,
    printed_interpretations,
    printed_lists,
    printed_title_lines,
)
from .guesses import (
    GUIDE_GUESS,
    HEADING_GLYPH,
    INNER_SUBHEADING_GUESS,
    LONE_PART_GUESS,
    MEMBER_GUESS,
    MIDLINE_PART,
    MIDLINE_PART_GUESS,
    NAMED_PART_GUESS,
    PART_HEADING,
    PART_NOT_HEADING,
    POINT_GUESS,
    QUESTION_GUESS,
    RULES_PART_GUESS,
    SUBHEADING_GUESS,
    collection_members,
    following_text,
    guess_part_headings,
    guide_headings,
    is_note_opener,
    list_group_titles,
    named_parts,
    names_a_part,
    question_headings,
    question_parts,
    rules_parts,
    stacked_headings,
    subheadings,
    unnumbered_headings,
)
from .lists import (
    Node,
    carries_on,
    fold_catalogues,
    is_list,
    is_statement,
    last_text,
    textless_nodes,
    without_statements,
)
from .markers import (
    ATTACHMENT,
    CHAPTER_STYLES,
    CN_DIGITS,
    LEAD_IN,
    LIST_STYLES,
    MARKER,
    MIDLINE,
    MIDLINE_BEFORE,
    NEXT_STYLE,
    RANK,
    SENTENCE_END,
    Marker,
    declared,
    heading_words,
    is_row_label,
    marker_at,
    marker_from,
    rank_of,
)
from .numbering import (
    DECIMAL_IN_LINE,
    DECIMAL_NOT_TITLE,
    DECIMAL_TOP_IN_LINE,
    contents_entry,
    decimal_headings,
    decimal_numbers_ahead,
    marker_lines,
    numbered_menu,
    paged_contents,
    point_headings,
    spaced_numeral_headings,
    table_of_contents,
    table_row,
    unnumbered_part_repeat,
)
from .titles import (
    ARTICLE_TITLE,
    LETTER_SPACED,
    OPENING_CLAUSE,
    SHORT_TITLE,
    TIME_CLAUSE,
    article_title,
    body_openers,
    body_start,
    chapter_title_end,
    clean_title,
    named_articles,
    names_a_chapter,
    next_text,
    own_line_title,
    section_name_end,
    short_title_styles,
    title_end,
)

_MAX_ENTRY_CHARS = 200  # a contents entry, and the heading line it names, is no longer


def _entry_key(text: str) -> str:
    """A line as a contents entry and the body's heading it names are compared: without spaces and marks."""
    return re.sub(r"[\s，,。.．:：；;、]", "", text)


_MIN_CLAUSE_AT = 4  # a sentence's opening clause this far into a title shows the body run on after it
_STYLE_EXAMPLE = {"cn": "一、", "cnp": "（一）", "ar": "1.", "arp": "（1）", "circ": "①"}

# Items named in running text, one after another with nothing of their own (第三部分为工作任务。
# （一）规划编制。（二）基础设施。（三）人居环境。): three or more bracketed numbers, each over a short name.
_ITEM_NAME = 12  # characters of an item's name at most
_ITEM_RUN = re.compile(f"(?:[（(][{CN_DIGITS}]{{1,3}}[)）][^。（()）\n]{{1,{_ITEM_NAME}}}。?){{3,}}")
_ITEM_RUN_REACH = 60  # characters on either side of a marker looked at for such a run


def _in_item_run(text: str, start: int) -> bool:
    """The marker at `start` is one of items named in running text (see _ITEM_RUN): a list in
    the sentence, not headings."""
    if text[start : start + 1] not in "（(":
        return False
    # (a cheap look first: another bracket close before or after this one, or no run)
    near = text[max(0, start - _ITEM_NAME - 4) : start + _ITEM_NAME + 4]
    if near.count("（") + near.count("(") < 2:
        return False
    low = max(0, start - _ITEM_RUN_REACH)
    return any(found.start() <= start - low < found.end() for found in _ITEM_RUN.finditer(text[low : start + _ITEM_RUN_REACH]))


_TIME_CLAUSE_REACH = 40  # a body's time opens it this far into a glued heading at most
_MAX_CLOSING_NOTE = 80  # characters of a bracketed note closing a point (（牵头单位：…）)
_MIN_PART_RUN = 20  # characters of a part run on in a flattened line before the next part's marker
_MIN_GLUED_TITLE = 4  # characters: a document title glued to the first heading (see _after_title)
_MIN_TITLE = 2  # characters: a one-character "title" on the last line is a cut-off word
_MAX_QUOTED_TITLE = 40  # characters: the title line of a document printed under a heading (see _quotes_a_document)
_MAX_DEPTH = 8  # deeper numbering is kept as text of the eighth level
_MAX_WARNINGS = 40  # further warnings are counted, not listed
# A list item is not a heading: 一、二、三产业 (numerals listed), （一）扶持申报表；
_NUMERAL_LIST = re.compile(f"[{CN_DIGITS}]{{1,3}}、")
PRINTED_LIST_GUESS = "通知正文或落款之后印出的名单（名录、清单）没有“附件”字样，推断为通知的附件，作为一级标题，其中各类为二级"
PRINTED_INTERPRETATION_GUESS = "通知落款之后印出的解读（问答）没有“附件”字样，作为一级标题，其中各部分为二级"
PRINTED_DOCUMENT_GUESS = "通知落款之后印出的文件标题（所印发或转发的文件），作为一级标题；该文件自己的编号与它并列，另起"
CONTENTS_PART_GUESS = "正文开头重复了目录的第一个部分名称（没有“第一部分”字样），作为一级标题，其下各节为二级"
# A document site's file marker: 第一篇：, 第2篇: (see _names_the_document).
_FILE_MARKER = re.compile(r"第[一二三四五六七八九十\d]{1,3}篇[：:]\s*")
_MIN_FILE_TITLE = 6
_MAX_FILE_TAG = 8  # characters of the site's tag after a file's title in its label (范文大全, -某某局)
_SHORT_DOCUMENT = 5000  # characters (~18 minutes): a short notice, where clauses are numbered
_LONG_CHAPTER_CHARS = 4000  # ~15 minutes of speech at 4.5 characters a second
_CHARS_PER_MINUTE = 270
# A number after a sentence's end, a space, then words: a 1. 2. heading that lost its dot (see _bare_number).
_BARE_NUMBER = re.compile(f"(?<=[。！？])(?P<number>[1-9]\\d?)[ \t\u3000]+(?=(?P<title>[{HAN}]))")
# A heading that lost its numeral in the copy: 、工作要求 (was 三、工作要求) — a short phrase after the 、.
_LOST_NUMERAL = re.compile(f"[、][ \t\u3000]*(?P<title>[{HAN}][^{re.escape(SENTENCE_END)}，,、：:\\s]{{1,14}})")
# 1 .巩固… or （一）指导思想…: a list's first item, or the first sub-heading, glued on
_GLUED_ITEM = re.compile(f"(?:1[ \t\u3000]?[.．]|[（(]一[)）])(?=[{HAN}])")
# A numbered line that is a file's name (2.某某公告（附图）.pdf): an attachment listed for download.
# (a file's name holds no sentence: a part's text that ends with its attachments' file names is text)
_FILE_NAME = re.compile(rf"[^。！？；]{{1,150}}\.{FILE_TYPE}", re.IGNORECASE)
# A part's heading a flattened table's last cell or a task's closing note runs into (…约束性三、主要任务
# （一）…, …2016年底前完成）二、统一制度规则11．…): a 一、 numeral right after a word or a bracket, a
# short title, then a space, its first sub-heading or its first item.
# (The scan starts at the numeral, which lets the regex engine skip to it; what stands before it
# is checked after, see _glued_after.)
_GLUED_PART = re.compile(
    f"(?P<cn>[{CN_DIGITS}]{{1,3}})、"
    f"(?P<title>(?![{CN_DIGITS}])[{HAN}]{{2,12}})(?=[ \t\u3000]|[（(]一[)）]|\\d{{1,2}}[.．](?=[{HAN}]))"
)
# A rules text's first chapter or article glued to the title printed over it (…某市管理办法第一章 总则
# 第一条 为了…) or to the note under it (…令第5号公布）第一章): 第一章 and a short title before the first
# 第一条 or 第一节, or 第一条 itself.
_GLUED_FIRST = re.compile(f"第一(?:章(?=[ \t\u3000]*[{HAN}][{HAN} \t\u3000]{{0,15}}?第一[条节])|条)")
_GLUED_AFTER = re.compile(f"[{HAN}）)]")
# A part's short title and its first sub-heading glued on: 加快资源整合（三）…
_GLUED_SUB = re.compile(f"[{HAN}、0-9０-９]{{2,15}}(?P<sub>[（(](?P<numeral>[{CN_DIGITS}]{{1,3}})[)）])")
_SECOND_SUB = re.compile("[（(]二[)）]")
_SPACED_AMOUNT = re.compile(r"[ \t\u3000]+[-+]?\d[\d,，.．]*[ \t\u3000]*(?:万元|亿元|元|%|％)")


@lru_cache(maxsize=1)
def _column_header() -> re.Pattern[str]:
    """Two or more column names side by side, set apart by spaces: a flattened header row."""
    names = words_pattern(heading_words()["column"])
    return re.compile(f"(?<![^\\s])(?:{names})(?:[ \t\u3000]+(?:{names}))+(?![^\\s])")


_COMMON_ROW = re.compile(r"[ \t\u3000]*(?:其他|重复申请)[ \t\u3000|｜]*(?:[\d,.]+[ \t\u3000|｜]*)*$")


@lru_cache(maxsize=1)
def _report_row() -> re.Pattern[str]:
    """A row label of the annual disclosure report's table (`report_row` in data/headings.tsv),
    alone or with its note in brackets or its cells after it: the whole of what follows the number."""
    names = words_pattern(heading_words()["report_row"])
    return re.compile(f"[ \\t\\u3000]*(?:{names})[ \\t\\u3000]*(?:[（(][^）)\\n]{{0,40}}[）)])?" r"[ \t\u3000|｜]*(?:[\d,.]+[ \t\u3000|｜]*)*$")


def parse_outline(raw: RawDocument) -> Document:
    """Build the section tree of `raw` (see the module docstring for the rules)."""
    total = sum(len(p.text) for p in raw.paragraphs)
    contents = table_of_contents(raw.paragraphs)
    paged = paged_contents(raw.paragraphs)
    menu = numbered_menu(raw.paragraphs)
    links = marker_lines(raw.paragraphs) - menu
    listed = attachment_items(raw.paragraphs)
    # The pre-passes below judge the body's layout; a table of contents is no part of it.
    hidden = contents | menu | links | listed
    body = tuple(replace(p, text="") if index in hidden else p for index, p in enumerate(raw.paragraphs))
    decimal = decimal_headings(raw.paragraphs, contents)
    decimal.update(spaced_numeral_headings(raw.paragraphs, contents))
    decimal.update(point_headings(raw.paragraphs, contents))
    # A report, a summary or a plan is no short notice however little of it a page holds: its
    # numbered lines are headings (（一）始终牢记开卷有益，持续加强政治理论学习。…), not clauses.
    kind = re.sub(r"[（(][^（）()]*[）)]$", "", raw.title.strip())
    report = kind.endswith(tuple(heading_words()["report_kind"]))
    # 关于印发《某市人民政府工作规则》的通知 prints the rules it issues: their kind counts.
    issued = re.search(r"《([^《》]+)》的通知$", kind)
    notice = (issued.group(1) if issued else kind).endswith(tuple(heading_words()["clause_kind"]))
    builder = _Builder(
        short=total < _SHORT_DOCUMENT and not report, notice=notice, cut_styles=short_title_styles(body, said=raw.title), said=raw.title
    )
    builder.contents_keys = frozenset(_entry_key(contents_entry(paged.get(i, raw.paragraphs[i].text))) for i in contents)
    entries = [raw.paragraphs[i].text.strip() for i in sorted(paged) if paged[i] != raw.paragraphs[i].text.strip()]
    if entries:
        message = f"{len(entries)} 行目录的页码没有朗读（如「{entries[0]}」），只读条目名；目录不作标题"
        builder.found("toc-leader", message, entries[0])
    if menu:
        first = raw.paragraphs[min(menu)].text.strip()
        message = f"这 {len(menu)} 行编号短语像网站的菜单（编号多次从 1 重来，其间没有正文），不作标题，但仍保留朗读"
        builder.found("chrome-kept", message, first)
    for index in sorted(links):
        message = "这一行只有几个编号（像网页上指向其他条文的链接），不作标题，但仍保留朗读"
        builder.found("chrome-kept", message, raw.paragraphs[index].text.strip())
    menu |= links
    in_notes = False
    note_openers = set(heading_words()["notes"])
    note_styles: set[str] = set()  # the numbering styles the open notes use for their own items
    # 参保待遇 / 医保“家庭共济”… / text: parts over their subheadings, two levels without numbers
    stacked, stacked_subs = (set(), set()) if decimal else stacked_headings(body, note_openers, raw.title)
    if stacked:
        plain_headings, part_headings = stacked_subs, stacked
    else:
        plain_headings = set() if decimal else unnumbered_headings(body, note_openers)
        part_headings = set() if plain_headings else guess_part_headings(body, note_openers, decimal)
    groups = list_group_titles(body, raw.title)
    if part_headings & groups:
        part_headings |= groups  # the other lines that title a list as the guessed part does
    lone = len(part_headings) == 1 and names_a_part(raw.paragraphs[min(part_headings)].text)
    message = LONE_PART_GUESS if lone else "这一行没有编号，按版式（短行、无标点、位于段落之间）推断为一级标题"
    inner: set[int] = set()  # unnumbered subheadings inside numbered sections
    points: set[int] = set()  # the points a 解读 states over its questions
    if not (plain_headings or part_headings or decimal) and (questions := question_headings(body, note_openers)):
        plain_headings, message = questions, QUESTION_GUESS  # a 解读's questions over their answers
        part_headings = points = question_parts(body, questions)  # … under the points they explain
    if not (plain_headings or part_headings or decimal) and (fields := guide_headings(body)):
        plain_headings, message = fields, GUIDE_GUESS  # a service guide's fields, each alone on its line
    if not (plain_headings or part_headings or decimal):
        plain_headings = subheadings(body, note_openers, raw.title)
        message = SUBHEADING_GUESS
        if not plain_headings:
            inner = subheadings(body, note_openers, raw.title, inner=True)
    for index in sorted(inner):
        builder.found("heading-guessed", INNER_SUBHEADING_GUESS, raw.paragraphs[index].text)
    for index in sorted(plain_headings | part_headings):
        builder.found("heading-guessed", POINT_GUESS if index in points else message, raw.paragraphs[index].text)
    members = collection_members(body, raw.title) - plain_headings - part_headings
    for index in sorted(members):
        builder.found("heading-guessed", MEMBER_GUESS, raw.paragraphs[index].text)
    part_headings |= members
    named = named_parts(raw.paragraphs, contents | menu)
    for index in sorted(named):
        builder.found("heading-guessed", NAMED_PART_GUESS, raw.paragraphs[index].text)
    rules = rules_parts(raw.paragraphs, contents | menu)
    for index in sorted(rules):
        builder.found("heading-guessed", RULES_PART_GUESS, raw.paragraphs[index].text)
    repeat = unnumbered_part_repeat(raw.paragraphs, contents)
    if repeat is not None:
        part_headings = part_headings | {repeat[0]}
        builder.found("heading-guessed", CONTENTS_PART_GUESS, raw.paragraphs[repeat[0]].text)
    ahead = decimal_numbers_ahead(raw.paragraphs)
    printed_after = documents_after_signature(raw.paragraphs)
    unlabelled = printed_lists(raw.paragraphs, printed_after)
    for index in sorted(unlabelled):
        builder.found("heading-guessed", PRINTED_LIST_GUESS, raw.paragraphs[index].text)
    interpretations = printed_interpretations(raw.paragraphs, printed_after)
    for index in sorted(interpretations):
        builder.found("heading-guessed", PRINTED_INTERPRETATION_GUESS, raw.paragraphs[index].text)
    unlabelled |= interpretations
    article_names = named_articles(raw.paragraphs)
    skip = -1  # the last paragraph a heading took in (its title on the lines after it)
    opened = False  # a paragraph has been fed (only the first may open with the title glued on)
    for index, paragraph in enumerate(raw.paragraphs):
        text = paragraph.text.strip()
        builder.decimals_ahead = ahead[index]
        if not text or index <= skip:
            continue
        if index in contents or index in menu or index in listed:
            if index in contents:
                text = contents_entry(paged.get(index, text))
            builder.add_paragraph(text)  # read as text
            continue
        attachment = ATTACHMENT.fullmatch(text) if paragraph.kind == "text" else None
        if (
            attachment is not None
            and has_content_after(raw.paragraphs, index)
            and not listed_again(raw.paragraphs, index)
            and not before_signature(raw.paragraphs, index)
        ):
            title, heading = attachment.group("title") or "", text
            if title and (end := continued_title_end(raw.paragraphs, index, title)) > index:
                # 附件1：某某项目 / 申报书: the title runs on to the line under the label
                title += raw.paragraphs[end].text.strip()
                heading, skip = f"{heading}{raw.paragraphs[end].text.strip()}", end
            title_at = next_text(raw.paragraphs, index)
            following = raw.paragraphs[title_at].text.strip() if title_at >= 0 else ""
            # (a title the notice listed is one even where it opens as a heading would: 一、二、三类…名录)
            if not title and (is_attachment_title(following) or listed_before(raw.paragraphs, index, following)):
                end = named_title_end(raw.paragraphs, index, title_at)
                following = "".join(raw.paragraphs[i].text.strip() for i in range(title_at, end + 1))
                if (more := continued_title_end(raw.paragraphs, end, following)) > end:
                    following, end = following + raw.paragraphs[more].text.strip(), more
                title, skip, heading = following, end, f"{text} {following}"
                notice_at = next_text(raw.paragraphs, title_at)
                notice_title = raw.paragraphs[notice_at].text.strip() if notice_at >= 0 else ""
                if is_issuer_line(following) and notice_title.startswith("关于") and is_attachment_title(notice_title):
                    # 附件： / 某某办公室 某某办公室 / 关于印发…的通知: a notice, its title under its
                    # issuers, who open its full title (the heading is read from the title: see
                    # release_script.spoken_heading_source)
                    title, skip, heading = f"{following}{notice_title}", notice_at, f"{heading} {notice_title}"
            builder.open_attachment(attachment.group("number"), title, heading, label=re.sub(r"\s", "", attachment.group("label")))
            in_notes = False
            continue
        if in_notes and builder.resumes_numbering(text, note_styles):
            in_notes = False  # a draft's note under one article (注释：…), then the next article or part
        elif in_notes and (marker := marker_at(text, 0, whole=text)) is not None:
            note_styles.add(marker.style)  # 注： / （一）… （二）…: the notes' own numbering, no part's
        if in_notes or paragraph.kind == "table":
            builder.add_paragraph(text)
            if paragraph.shown is not None:
                builder.add_shown(paragraph.shown)  # a long table, shown right after its summary
            continue
        if is_note_opener(text, note_openers):
            in_notes = True
            note_styles.clear()
            if index in part_headings:
                builder.open_part(text)  # 注释 on its own line: the endnotes' title (see guess_part_headings)
            else:
                builder.add_paragraph(text)
            continue
        if builder.in_table and table_row(text, following_text(raw.paragraphs, index)):
            builder.add_paragraph(text)  # a row of a flattened table: its labels are cells
            continue
        builder.in_table = False
        if _names_the_document(text, raw.title) or _labels_the_file(text, following_text(raw.paragraphs, index)):
            builder.add_paragraph(text)  # a document site's file marker over the file, no part of it
            continue
        lost = _LOST_NUMERAL.fullmatch(text)
        if lost is not None and builder.open_lost_numeral(text, lost.group("title")):
            continue
        if index in named:
            builder.open_named(text)
            continue
        if repeat is not None and index == repeat[0] and repeat[1] == 2:
            # the part's name broken over two lines: one heading
            skip = next(i for i in range(index + 1, len(raw.paragraphs)) if raw.paragraphs[i].text.strip())
            builder.open_part(f"{text}{raw.paragraphs[skip].text.strip()}")
            continue
        if index in part_headings or index in rules:
            builder.open_part(text)
            continue
        if index in inner and builder.open_inner(text):
            continue
        if index in decimal:
            builder.open_decimal(decimal[index], text)
            continue
        if index in article_names:
            marker = marker_at(text, 0, whole=text)
            if marker is not None:
                builder.open_titled(marker, heading=text, title=article_names[index])
                continue
        own = own_line_title(raw.paragraphs, index) if index not in plain_headings else None
        if own is not None:
            marker, title, at = own
            skip = max(skip, at)
            builder.open_titled(marker, heading=text if at < 0 else f"{text} {title}", title=title)
            continue
        if index in unlabelled:
            builder.open_attachment("", text, text, labelled=False)
            continue
        if index in printed_after:
            text, last = printed_title_lines(raw.paragraphs, index)
            skip = max(skip, last)
            if (end := continued_title_end(raw.paragraphs, last, text)) > last:
                # 某某管理办法 / （试   行）: the title's note on the line under it
                text, skip = text + re.sub(r"[ \u3000]", "", raw.paragraphs[end].text.strip()), end
            builder.close_notice(text)
            builder.found("heading-guessed", PRINTED_DOCUMENT_GUESS, text)
            continue
        level = 1 if index in plain_headings else paragraph.heading_level
        glued = _after_title(text, raw.title) if not opened else 0
        if glued:
            builder.add_paragraph(text[:glued])  # the title, kept where it stands
            text = text[glued:]
        opened = True
        at = next_text(raw.paragraphs, index)
        builder.following = raw.paragraphs[at].text.strip() if at >= 0 else ""
        builder.feed(text, declared_level=level)
    builder.cut_off(raw.paragraphs[-1].text.strip() if raw.paragraphs else "")
    title = raw.title  # a reader names a document without a title line (ingest.naming)
    sections = builder.sections()
    return Document(
        title=title,
        metadata=dict(raw.metadata),
        preface=tuple(builder.preface),
        sections=sections,
        source=raw.source,
        warnings=tuple(raw.warnings) + tuple(builder.all_warnings()),
        findings=tuple(raw.findings)
        + tuple(builder.findings)
        + tuple(_long_chapters(sections))
        + tuple(_untitled(sections)),
    )


def _names_the_document(text: str, title: str) -> bool:
    """A part's marker with a colon and the document's own title after it (第一篇：某某实施方案-某某局):
    a document site's numbering of the files it collects on one page (文库), set over the file, not
    a part of the document. The file's headings open at the top under it."""
    marker = _FILE_MARKER.match(text)
    return marker is not None and len(title) >= _MIN_FILE_TITLE and text[marker.end() :].startswith(title)


def _labels_the_file(text: str, following: str) -> bool:
    """Such a marker over the file's own title line, which it repeats with the site's tag after it
    (第一篇：某某工作总结范文大全 over 某某工作总结; no page headline came through): the tag a short
    word, no clause of a part's title (第一篇：坚持创新驱动，建设科技强市 over a line 坚持创新驱动…)."""
    marker = _FILE_MARKER.match(text)
    if marker is None or len(following) < _MIN_FILE_TITLE or re.search(f"[{SENTENCE_END}]", following):
        return False
    label = text[marker.end() :].strip()
    tag = label[len(following) :]
    return label.startswith(following) and len(tag) <= _MAX_FILE_TAG and re.search("[，,、：:]", tag) is None


def _after_title(text: str, title: str) -> int:
    """Where the body starts in a first paragraph that opens with the document's title glued to
    its first numbered heading (某局2024年工作要点1.全面加强党的建设。…, 政府工作报告一、基本情况。…:
    a 文库 page flattened into one line), or 0. The heading must be numbered 1 and the title
    long enough to be one (four characters or more)."""
    if len(title) < _MIN_GLUED_TITLE or not text.startswith(title) or len(text) == len(title):
        return 0
    marker = marker_at(text, len(title), whole=text)
    if marker is None or marker.value != 1 or marker.style not in LIST_STYLES or is_row_label(text, marker.end):
        return 0
    return len(title)


_DECLARED_SENTENCE_CHARS = 30  # a declared heading ending in 。 with a comma and longer than this is a sentence
_DECLARED_MAX_CHARS = 60  # … and one longer than this, whatever its marks
_INNER_SENTENCE_END = re.compile("[。！？](?![”’」』）)]*$)")


def _sentence_text(text: str) -> bool:
    """`text`, set as a heading by its page or file, is a paragraph of the text: a sentence ends
    inside it, or it is a long sentence with a comma, or it is longer than any heading."""
    text = text.strip()
    return (
        _INNER_SENTENCE_END.search(text) is not None
        or (text.endswith("。") and "，" in text and len(text) > _DECLARED_SENTENCE_CHARS)
        or len(text) > _DECLARED_MAX_CHARS
    )


@lru_cache(maxsize=1)
def _task_note() -> re.Pattern[str]:
    """（牵头单位：…） right after a numbered line: a task of a decomposition of work, not a heading."""
    labels = words_pattern(heading_words()["task_note"])
    return re.compile(rf"[ \t\u3000]*[（(](?:{labels})[：:]")


def _untitled(sections: tuple[Section, ...]) -> list[Finding]:
    """Headings that are only a number (二、 over its text, its title lost on the page): the
    chapter is named by its number alone. An article (第三条) or an attachment needs no title."""
    found: list[Finding] = []
    for section in sections:
        if section.number and not section.title and not section.number.startswith("附") and section.number[-1] not in "条條":
            message = f"「{section.heading}」只有编号，没有标题（原文的标题可能丢失），章节只读编号，请核对"
            found.append(Finding("heading-untitled", message, section.heading))
        found.extend(_untitled(section.sections))
    return found


def _long_chapters(sections: tuple[Section, ...]) -> list[Finding]:
    """Sections whose own text runs past ~15 minutes of speech without a heading below them."""
    found: list[Finding] = []
    for section in sections:
        size = sum(len(text) for text in section.paragraphs if isinstance(text, str))
        if size > _LONG_CHAPTER_CHARS:
            minutes = round(size / _CHARS_PER_MINUTE)
            found.append(
                Finding(
                    "long-chapter",
                    f"「{section.heading}」约 {minutes} 分钟没有下一级标题，听众难以跳转",
                    section.heading,
                )
            )
        found.extend(_long_chapters(section.sections))
    return found


def outline_to_json(doc: Document) -> dict[str, Any]:
    """The outline as {"title", "metadata", "sections": [{"number", "title", "sections"}], "warnings",
    "findings": [{"kind", "message", "text"}]}."""

    def section(node: Section) -> dict[str, Any]:
        return {"number": node.number, "title": node.title, "sections": [section(s) for s in node.sections]}

    return {
        "title": doc.title,
        "metadata": dict(doc.metadata),
        "sections": [section(s) for s in doc.sections],
        "warnings": list(doc.warnings),
        "findings": [{"kind": f.kind, "message": f.message, "text": f.text} for f in doc.findings],
    }


_MIN_CLAUSES_BEFORE_PART = 3  # a notice's clauses before a closing part on its own line, at least


def _closing_part(node: Node) -> bool:
    """`node` is a part on its own line over text of its own (六、自觉遵守，服从管理 / 临时交通管制期间，…),
    no clause: the closing part a short notice may end its numbered clauses with."""
    return not node.glued and not node.statement and bool(node.paragraphs) and not node.children


# A year right after a title's word naming what its part is (…自评报告2016年度…): the body's opening.
_YEAR_AFTER_KIND = re.compile(r"(?<=报告|情况|说明|总结)(?=(?:19|20)\d{2}年)")
_HAN_RUN = re.compile(f"[{HAN}]{{4,24}}")


def _inline_item(text: str) -> tuple[str, int] | None:
    """(style, value) of the numbered item a short line opens after a label's colon (其中：1.政府网站,
    包括：（一）某某), None if it opens none: the first item of a list run in after its lead, the
    line holding nothing more (a sentence's inline list, 以下工作：一、…；二、…。, is whole in its line)."""
    colon = _ITEM_AFTER_COLON.search(text)
    if colon is None or len(text) > _MAX_INLINE_ITEM_LINE:
        return None
    marker = marker_at(text, colon.end(), whole=text)
    if marker is None or marker.style not in LIST_STYLES or re.search("[。；;，,！？]", text[marker.end :]):
        return None
    return marker.style, marker.value


# A label's colon in a short line, and the item after it (其中：1.…).
_MAX_INLINE_ITEM_LINE = 40
_ITEM_AFTER_COLON = re.compile(r"^[^。；;：:]{1,12}[：:][ \u3000]*(?=\S)")


class _Builder:
    def __init__(self, *, short: bool = False, notice: bool = False, cut_styles: frozenset[str] = frozenset(), said: str = "") -> None:
        self.preface: list[Block] = []
        self.top: list[Node] = []
        self.stack: list[Node] = []
        self.warnings: list[str] = []
        self.findings: list[Finding] = []
        self.dropped_warnings = 0
        self.notes: list[tuple[str, bool]] = []  # numbering problems of the heading being placed
        self.last_value: dict[str, int] = {}  # last number seen per style, open or closed
        self.short = short  # a short notice: numbered sentences are clauses, not headings
        # titled as a notice or rules (通告, 规则): the short sentence items of its top-level run are
        # clauses too (under a rules chapter, 第二章 …, the articles stay its sections)
        self.notice = notice
        self.opened_here: Node | None = None  # the heading opened by the paragraph being fed
        self.cut_styles = cut_styles  # styles whose headings are short phrases (see body_start)
        self.said = said  # the document's title: a glued body may restate it (see repeat_start)
        self.in_table = False  # the last paragraph ended inside a flattened table
        # (style, value) of the last item of a list run in after a colon (其中：1.政府网站 / 2.政府公报):
        # the next line numbered on in that style is its next item, no heading
        self.inline_item: tuple[str, int] | None = None
        self.articles_under_parts = False  # articles numbered through numbered parts (see _place)
        self.report_rows = ""  # the style of the annual report's table rows just read as lines
        self.decimals_ahead: frozenset[str] = frozenset()  # see decimal_numbers_ahead
        self.contents_keys: frozenset[str] = frozenset()  # the entries of the document's contents (see _entry_key)
        # A document printed after the notice's signature (see close_notice): its first heading
        # opens at the top with numbering afresh; `notice_end` is where the notice's nodes end.
        self.fresh = False
        self.notice_end: int | None = None
        self.following = ""  # the next paragraph's text, for a rules text flattened onto a few lines

    def warn(self, message: str, *, heading: str = "") -> None:
        """Note a numbering problem of the heading being placed (a finding too if `heading`)."""
        self.notes.append((message, bool(heading)))

    def _report(self, node: Node) -> None:
        for message, is_finding in node.notes:
            if len(self.warnings) < _MAX_WARNINGS:
                self.warnings.append(message)
            else:
                self.dropped_warnings += 1
            if is_finding:
                self.found("numbering-jump", message, node.heading)

    def found(self, kind: str, message: str, text: str) -> None:
        if len(self.findings) < _MAX_WARNINGS:
            self.findings.append(Finding(kind, message, text))

    def open_part(self, text: str) -> None:
        """An unnumbered part heading guessed from layout (see guess_part_headings): top level."""
        self.opened_here = None
        # 2019年工作回顾——: the dash leads into the subtitle lines under it, no word of the title.
        self._open(Marker("part", 0, "", 0, ""), heading=text, title=clean_title(text).rstrip("—－ "))

    def open_inner(self, text: str) -> bool:
        """An unnumbered subheading guessed from layout inside a numbered section (see
        subheadings(inner=True)): a level below the section it stands in, beside the other such
        subheadings of that section; True if it opened (a numbered section is open)."""
        if not any(node.style == "cn" or node.style in CHAPTER_STYLES for node in self.stack):
            return False
        self.opened_here = None
        self._open(Marker("sub", 0, "", 0, ""), heading=text, title=clean_title(HEADING_GLYPH.sub("", text, count=1)))
        return True

    def open_lost_numeral(self, text: str, title: str) -> bool:
        """A short line opening with a bare 、 (、工作要求) after a section numbered 一、 and its
        text: a heading whose numeral the copy lost. It opens beside the 一、 headings, with no
        number (none is invented) and a finding; True if it opened."""
        node = self.stack[-1] if self.stack else None
        if node is None or not node.all_text() or not any(open_.style == "cn" for open_ in self.stack):
            return False
        self.opened_here = None
        written = text[: len(text) - len(title)]
        self._open(Marker("cn", self.last_value.get("cn", 0) + 1, "", len(written), written), heading=text, title=title)
        self.found("heading-guessed", "这一行以“、”开头，像是丢了序号的标题（与前面的“一、”同级），按无编号标题处理", text)
        return True

    def open_named(self, text: str) -> None:
        """A part named by what it is (前言, 结语; see named_parts): top level, closed by the
        next heading, which opens beside it."""
        self.opened_here = None
        self._open(Marker("named", 0, "", 0, ""), heading=text, title=clean_title(text))

    def open_decimal(self, marker: Marker, text: str) -> None:
        """A heading on a line of its own whose numbering a pre-pass found: a decimal section
        (see decimal_headings) or a numeral set apart by a space (see spaced_numeral_headings)."""
        self.opened_here = None
        self._open(marker, heading=text, title=clean_title(text[marker.end :]))

    def open_titled(self, marker: Marker, *, heading: str, title: str) -> None:
        """A 第X章/第X条 heading whose title stands on its own line (see own_line_title)."""
        self.opened_here = None
        self._open(marker, heading=heading, title=clean_title(title))

    def open_attachment(self, number: str, title: str, heading: str, *, labelled: bool = True, label: str = "附件") -> None:
        """附件1 (or a law's 附：) opens a top-level chapter; numbering inside it starts afresh. An
        attachment printed with its title alone (see printed_lists) has no 附件 label."""
        self.stack.clear()
        self.last_value.clear()
        node = Node("att", 0, f"{label}{number}" if labelled else "", clean_title(title), heading)
        self.top.append(node)
        self.stack.append(node)

    def all_warnings(self) -> list[str]:
        extra = self.dropped_warnings
        return self.warnings + ([f"另有 {extra} 条编号问题未逐条列出"] if extra else [])

    # -- text -----------------------------------------------------------------------------
    def add_text(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        if not self.stack:
            self.preface.append(text)
            return
        node = self.stack[-1]
        node.paragraphs.append(text)
        if node is self.opened_here and len(node.paragraphs) == 1:
            node.glued = True  # the rest of the heading's own paragraph
        else:
            node.separate += 1

    def add_paragraph(self, text: str) -> None:
        """A whole paragraph that is text (a table, a note)."""
        self.opened_here = None
        self.add_text(text)

    def add_shown(self, table: ShownTable) -> None:
        """A table shown, not spoken: it stays where it is, after the paragraph before it."""
        (self.stack[-1].paragraphs if self.stack else self.preface).append(table)

    def sections(self) -> tuple[Section, ...]:
        """The finished tree, with numbered lists and clauses read back as text (see is_list).
        Inner lists are read back first: a top-level run is judged on what stays under it."""
        clauses_end: dict[str, int] = {}  # style -> last number of a run read back as clauses
        bare = textless_nodes(self.top)
        for node in self.top:
            items = list(node.children)
            node.demote_clauses(short=self.short)
            carried = bool(node.children) and carries_on(node.children, clauses_end)
            if carried:
                # A regulation numbers its clauses through its chapters (一、…三、 under 第一章,
                # 四、 under 第二章): numbering that carries on from clauses is more clauses.
                for child in node.children:
                    node.paragraphs.extend(child.as_text())
                node.children = []
            if items and not node.children:
                # The chapter's numbered sentences (一、根据…，制定本规则。) are read as its text: a
                # clause is no heading, and the next chapter's run may carry on from it.
                clauses_end[items[-1].style] = items[-1].value
        self.top = fold_catalogues(self.top, self.preface, bare)
        # The notice's own numbered run is judged apart from the attachments, or the document,
        # printed after it; the document printed after it (a 批复 forwarded, its 一、…。 二、…。)
        # is judged on its own run the same way.
        if self.notice_end is not None:
            self._read_back_clauses(self.notice_end, len(self.top))
        self._read_back_clauses(0, len(self.top) if self.notice_end is None else self.notice_end)
        self.top = without_statements(self.top, self.preface)
        for node in (found for top in self.top for found in top.walk()):
            self._report(node)
        return tuple(node.freeze() for node in self.top)

    def _read_back_clauses(self, start: int, stop: int) -> None:
        """Read the top-level run from `start` back as text where it is a list or clauses (see
        is_list): the run ends at the first attachment or at `stop`. Its text goes after the text
        before it."""
        end = next((k for k in range(start, stop) if self.top[k].style == "att"), stop)
        before = self.top[start - 1].walk()[-1].paragraphs if start else self.preface
        def clauses(nodes: list[Node]) -> bool:
            return is_list(nodes, short=self.short, notice=self.notice, lead=last_text(before), heading="")

        run = self.top[start:end]
        if len(run) > _MIN_CLAUSES_BEFORE_PART and _closing_part(run[-1]) and not clauses(run) and clauses(run[:-1]):
            # 一、管制路段：…。 … 五、绕行线路：…。 then 六、自觉遵守，服从管理 over its own paragraph: the
            # notice's clauses are text, its closing part stays a heading
            end -= 1
        if clauses(self.top[start:end]):
            for node in self.top[start:end]:
                before.extend(node.all_text())
            del self.top[start:end]

    def feed(self, text: str, *, declared_level: int | None) -> None:
        """Split one paragraph into headings and body text and add them to the tree."""
        self.opened_here = None
        if declared_level is not None:
            self._feed_declared(text, declared_level)
            return
        position = 0
        # From a flattened table's header row on (一级指标 二级指标 分值), numbered labels are cells.
        header = _column_header().search(text)
        table = header.start() if header else len(text)
        marker = marker_at(text, 0, whole=text) if table > 0 else None
        if marker is not None and marker.style == "pad" and not self._continues(marker):
            marker = None  # 01综合 labels only count as a numbered run: 01, 02, …
        if marker is not None and names_a_chapter(text, marker):
            marker = None  # 第一章为总则，… describes a chapter
        if marker is not None and marker.style in LIST_STYLES and _FILE_NAME.fullmatch(text):
            marker = None  # 2.某某公告.pdf names a file to download: no heading, read as text
        if marker is not None and marker.style in LIST_STYLES and self._report_row(text, marker):
            marker = None  # 三、本年度办理结果: the annual report's table row, set as a line
        if marker is not None and marker.style in LIST_STYLES and len(text[marker.end :].strip()) == 1:
            # （四）无 alone: a table's row label broken after its first character (无法提供), or a
            # line the excerpt cut off: a heading needs a title
            self.found("heading-guessed", "编号后只有一个字（疑似被拆开的表格行名或被截断的标题）：按正文朗读", text)
            marker = None
        inline_item, self.inline_item = self.inline_item, _inline_item(text)
        if marker is not None and marker.style in LIST_STYLES and inline_item == (marker.style, marker.value - 1):
            # 其中：1.政府网站 / 2.政府公报 / 3.…: the list the line above opened after its colon goes on
            self.inline_item = (marker.style, marker.value)
            marker = None
        if marker is not None and not is_row_label(text, marker.end) and not _NUMERAL_LIST.match(text, marker.end):
            position = self._open_with_item(text, 0, marker)
        parts = self._midline_parts(text, position, table)
        # (At one place a glued part's reading, which knows where its short title ends, goes first.)
        for candidate in _merged(
            _GLUED_PART.finditer(text, position, table),
            MIDLINE.finditer(text, position, table),
            DECIMAL_IN_LINE.finditer(text, position, table),
            DECIMAL_TOP_IN_LINE.finditer(text, position, table),
            _BARE_NUMBER.finditer(text, position, table),
            _GLUED_FIRST.finditer(text, position, table),
        ):
            start = candidate.start()
            if candidate.re is _BARE_NUMBER:
                bare = self._bare_number(candidate) if start >= position else None
                if bare is not None:
                    self.add_text(text[position:start])
                    position = self._open_glued(text, start, bare, self._heading_end(text, start, bare))
                continue
            while parts and parts[0].start() < start:
                part = parts.pop(0)
                self.add_text(text[position : part.start()])
                self.open_part(part.group("title"))
                self.found("heading-guessed", MIDLINE_PART_GUESS, part.group("title"))
                position = part.end()
            if candidate.re is _GLUED_PART:
                glued = marker_at(text, start, whole=text) if _glued_after(text, start, "第" + CN_DIGITS) and start >= position else None
                if glued is not None and self._next_part(glued):
                    self.add_text(text[position:start])
                    position = self._open_with_item(text, start, glued, candidate.end("title"))
                continue
            if candidate.re is _GLUED_FIRST:
                first = marker_at(text, start, whole=text) if _glued_after(text, start, "本") and start >= position else None
                if first is not None and self._first_rules_marker(text, first):
                    named = _part_glued_before(text, start)
                    self.add_text(text[position : start - len(named)])
                    if named:
                        # …制定本村规民约。总则第一条…: the rules' first part named, its chapter number lost
                        self.open_part(named)
                        self.found("heading-guessed", f"“{named}”连在第一条前、句末之后，推断为一级标题（部分）", named)
                    position = self._open_with_item(text, start, first)
                continue
            if candidate.re is DECIMAL_TOP_IN_LINE:
                top = self._decimal_top_in_line(text, candidate) if start >= position else None
                if top is not None:
                    self.add_text(text[position:start])
                    heading = text[start : candidate.end("title")]
                    self._open(top, heading=heading, title=clean_title(candidate.group("title")))
                    position = candidate.end()
                continue
            if candidate.re is DECIMAL_IN_LINE:
                decimal = self._decimal_in_line(text, candidate) if start >= position else None
                if decimal is not None:
                    self.add_text(text[position:start])
                    self._open(decimal, heading=candidate.group().strip(), title=clean_title(candidate.group("title")))
                    position = candidate.end()
                continue
            if start < position or not self._midline_ok(text, start, candidate):
                continue
            marker = marker_from(candidate, text)
            sub = self._glued_sub(text, marker) if marker is not None else -1
            if (
                marker is None
                or is_row_label(text, marker.end)
                or _NUMERAL_LIST.match(text, marker.end)
                or not (self._continues(marker) or sub >= 0 or self._first_point_through(text, position, start, marker))
                or names_a_chapter(text, marker)
            ):
                continue
            self.add_text(text[position:start])
            if sub < 0:
                position = self._open_with_item(text, start, marker)
                continue
            position = self._open_glued(text, start, marker, sub)
            first = marker_at(text, position, whole=text)
            if first is not None:
                position = self._open_glued(text, position, first, self._heading_end(text, position, first))
        self.add_text(text[position:])
        self.in_table = header is not None and text[-1:] not in "。！？"

    def _report_row(self, text: str, marker: Marker) -> bool:
        """The line numbered by `marker` is a row of the annual report's table set as a line (see
        `_report_row`); so is 其他 (or 重复申请) among such rows of its style, too common a title
        to tell alone."""
        if _report_row().match(text, marker.end):
            self.report_rows = marker.style
            return True
        common = self.report_rows == marker.style and _COMMON_ROW.match(text, marker.end) is not None
        if not common:
            self.report_rows = ""
        return common

    def _open_with_item(self, text: str, start: int, marker: Marker, title_end: int = -1) -> int:
        """Open the heading `marker` starts (its title ending at `title_end` when known), and the
        first item of its list when the page glued it on (一、…加快实施乡村振兴1 .巩固拓展成果。, see
        title_end): where the text goes on."""
        end = self._open_glued(text, start, marker, title_end if title_end >= 0 else self._heading_end(text, start, marker))
        item = marker_at(text, end, whole=text) if end > start and _GLUED_ITEM.match(text, end) else None
        if item is not None and (item.style == "ar" or (item.style == "cnp" and marker.style != "cnp")) and marker.style in LIST_STYLES:
            return self._open_glued(text, end, item, self._heading_end(text, end, item))
        return end

    def _decimal_in_line(self, text: str, match: re.Match[str]) -> Marker | None:
        """A decimal section number inside a flattened paragraph (… 1.总则 1.1目的依据 提高…
        1.2现状特点 …), as a marker, or None. Its parent (1, as 1. or 1) must be open, and it
        must run in order: n.1 with n.2 after it in the paragraph or at the start of a later one
        (a PDF's run-in headings: 1、总则 1.1 编制目的 为做好… / 1.2 编制依据 依据…), or the
        number after a sibling open. A lone 2.1 under 2. is no evidence of decimal numbering
        (see decimal_headings)."""
        if match.group("title")[0] in DECIMAL_NOT_TITLE:
            return None
        written = match.group("number")
        parts = [int(part) for part in re.split("[.．]", written)]
        parent, last = ".".join(map(str, parts[:-1])), parts[-1]
        if not any(node.number == parent and (node.style == "ar" or node.style.startswith("dec")) for node in self.stack):
            return None
        number = ".".join(map(str, parts))
        if last == 1:
            sibling = re.compile(f"(?<=[ \t\u3000]){re.escape(parent)}[.．]2[ \t\u3000]*[{HAN}]")
            if sibling.search(text, match.end()) is None and f"{parent}.2" not in self.decimals_ahead:
                return None
        elif not any(node.number == f"{parent}.{last - 1}" for node in self.stack):
            return None
        return Marker(f"dec{len(parts)}", last, number, match.end("number"), written)

    def _bare_number(self, match: re.Match[str]) -> Marker | None:
        """A number that lost its dot (…队伍建设。4 加强师资培训。…, a flattened 文库 page): a
        heading only when it is the next of an open run of 1. 2. 3. headings and stands after a
        sentence's end, set apart from its title by a space (3 个, 4 年 state amounts)."""
        value = int(match.group("number"))
        if match.group("title")[0] in DECIMAL_NOT_TITLE:
            return None
        if not any(node.style == "ar" and node.value + 1 == value for node in self.stack):
            return None
        return Marker("ar", value, str(value), match.end("number"), match.group("number"))

    def _decimal_top_in_line(self, text: str, match: re.Match[str]) -> Marker | None:
        """A top-level decimal section inside a flattened paragraph (… 1 总 则 1.1 编制目的 …
        1.2 编制依据 …), as a marker, or None: its n.1 follows it at once and n.2 later in the
        paragraph, and it is 1 or the number after a top-level section open (2 after 1)."""
        value = int(match.group("number"))
        if match.group("title")[0] in DECIMAL_NOT_TITLE:
            return None
        sibling = re.compile(f"(?<=[ \t\u3000]){value}[.．]2[ \t\u3000]*[{HAN}]")
        if sibling.search(text, match.end()) is None:
            return None
        if value != 1 and not any(node.style == "dec1" and node.value == value - 1 for node in self.stack):
            return None
        return Marker("dec1", value, str(value), match.end("number"), match.group("number"))

    def _midline_parts(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        """Part headings inside a flattened paragraph (…提出意见。  2024年工作回顾  2024年以来，…。
        一、…): a short phrase without punctuation set apart by spaces after a sentence's end,
        ending with a word that names a part (see names_a_part), before nothing numbered, and
        directly followed in the paragraph by a numbered heading at 1 — the first the document
        has, or a restart of the numbering under an earlier part."""
        found: list[re.Match[str]] = []
        for part in MIDLINE_PART.finditer(text, start, end):
            title = part.group("title")
            if not (
                PART_HEADING.fullmatch(title) and not PART_NOT_HEADING.search(title) and names_a_part(title)
            ) or MARKER.match(title):
                continue  # (三、2019年预算草案 is a numbered heading, no unnumbered part)
            after = next(
                (
                    marker
                    for candidate in MIDLINE.finditer(text, part.end(), end)
                    if self._midline_ok(text, candidate.start(), candidate)
                    and (marker := marker_from(candidate, text)) is not None
                    and not is_row_label(text, marker.end)
                    and not _NUMERAL_LIST.match(text, marker.end)
                    and not names_a_chapter(text, marker)
                ),
                None,
            )
            if after is None or after.value != 1:
                continue
            numbered = [node for node in self.stack if node.style != "part" and not declared(node.style)]
            opening = not numbered and after.style not in self.last_value
            restart = (
                bool(self.stack)
                and self.stack[0].style == "part"
                and len(self.stack) > 1
                and self.stack[1].style == after.style
                and self.last_value.get(after.style, 0) > 1
            )
            if opening or restart:
                found.append(part)
        return found

    def resumes_numbering(self, text: str, note_styles: set[str]) -> bool:
        """A line after a note opener (注释：, 备注：) that opens the next article or chapter of the
        open run (第二条 after 第一条, 第三章 after 第二章), or the next part of an open heading's
        run (（二）特别说明 after （一）… / 备注： / 1、… 2、…): a draft annotated article by article
        (注释： / why the article says so / 第二条（适用范围）…) goes on after its note, and so does a
        notice after the remarks under its table; footnotes at a document's end never continue its
        numbering."""
        marker = marker_at(text, 0, whole=text)
        if marker is None or marker.style not in ("tiao", "zhang", "cn", "cnp") or names_a_chapter(text, marker):
            return False
        if marker.style in ("cn", "cnp") and (marker.style in note_styles or not any(node.style == marker.style for node in self.stack)):
            return False  # a part's run is open, and the notes number nothing in its style
        return self.last_value.get(marker.style, 0) + 1 == marker.value and len(text) > marker.end

    def _heading_end(self, text: str, start: int, marker: Marker) -> int:
        """Where the heading that `marker` opens ends. A long title whose style is otherwise
        made of short phrases is cut where its body begins (see body_start), with a finding; so
        is a long title that opens with a plan's standard section name, its body run on after the
        name in a copy that lost its line breaks (see section_name_end)."""
        if marker.style not in LIST_STYLES:
            return 0  # 第一条 and 01综合 are placed by _open_glued
        end = title_end(text, marker.end)
        title = text[marker.end : end]
        if title.endswith(("？", "?")) and not text[end:].strip():
            return end  # 1、某某改革后，…是否会统一规范？ over its answer: a question is one title, however long
        # (or a sentence of a title's length: 五、营造良好发展环境着力解决老矿区历史遗留问题。)
        long = len(title) > 2 * SHORT_TITLE or "，" in title or (title.endswith("。") and len(title) > 2 * SHORT_TITLE - 4)
        # (or a title that holds a clause only a sentence opens with: 二、坚持统筹协调各责任单位要对…事项)
        long = long or OPENING_CLAUSE.search(title, _MIN_CLAUSE_AT) is not None
        named = section_name_end(text, marker.end, end) if long or title.endswith(("。", "：", ":", "；", ";")) else -1
        # The other headings of the style are short phrases; or, alone, the body opens with its
        # time set off by a comma (一、准确把握…运行态势今年一季度，全市…).
        timed = long and TIME_CLAUSE.search(text, marker.end, marker.end + _TIME_CLAUSE_REACH) is not None
        if long and (marker.style in self.cut_styles or timed):
            cut = body_start(text, marker.end, end, said=self.said)
            trusted = marker.style in self.cut_styles or (cut >= 0 and TIME_CLAUSE.match(text, cut) is not None)
            if cut >= 0 and trusted and not 0 <= named < cut:  # (二、存在问题回顾今年以来…: the name ends it first)
                opener = next((word for word in body_openers() if text.startswith(word, cut)), "")
                where = f"「{opener}」前" if opener else "正文重复标题用词之处"
                message = f"标题与正文连在一起，已在{where}切开（同级的其他标题都是短语）"
                self.found("heading-guessed", message, text[start:cut].strip())
                return cut
        # 五、实施机制实施好本规划是…的义务。 / 一、活动时间节能宣传周：…: a sentence or a field run on
        # after the name, its title short.
        if named >= 0:
            # 一、总体目标以创建…为目标，… : a plan's standard section name, its body run on after it.
            message = "标题与正文连在一起，已在常见的标题名称后切开"
            self.found("heading-guessed", message, text[start:named].strip())
            return named
        if long and (kind := _YEAR_AFTER_KIND.search(text, marker.end, end)) is not None and _HAN_RUN.fullmatch(text, marker.end, kind.start()):
            # 九、项目绩效自评报告2016年度本部门无…。: a title goes no further than its word naming
            # what the part is (报告, 情况, 说明); the year after it opens the body run on.
            self.found("heading-guessed", "标题与正文连在一起，已在标题末尾的“报告”“情况”“说明”等词后切开", text[start : kind.start()].strip())
            return kind.start()
        return end

    def _feed_declared(self, text: str, level: int) -> None:
        marker = marker_at(text, 0, whole=text)
        if _sentence_text(text) or (marker is None and text.rstrip().endswith("。")):
            # A page that sets its paragraphs in heading tags (<h3>2月26日上午9时，…隆重开幕。</h3>)
            # declares no heading: a heading is short and holds no sentence (a numbered one may end
            # in 。, 一、加强组织领导。). Read as any paragraph.
            self.feed(text, declared_level=None)
            return
        if marker is None:
            marker = Marker(style=f"h{level}", value=0, number="", end=0, written="")
        title = clean_title(text[marker.end :])
        self._open(marker, heading=text, title=title)

    def _midline_ok(self, text: str, start: int, match: re.Match[str]) -> bool:
        if start == 0:
            return False
        before = text[start - 1]
        if before in MIDLINE_BEFORE:
            return match.lastgroup != "pad" and not _in_item_run(text, start)
        if before in "：:":
            # …事项通告如下：一、禁燃区域…, …从以下三个方面作进一步的改进：（一）… — the first point
            # after its lead-in; any other colon introduces a value or a list's members.
            first = match.group("cn") is not None or (match.group("cnp") is not None and match.group("cnpnum") == "一")
            return LEAD_IN.search(text, 0, start) is not None and first and not _in_item_run(text, start)
        if before in ".．":
            # …副科级6人.二.重点工作汇报. — a full stop typed as a dot after a word or a percentage
            # (…增长335.4%.六、…, an OCR'd or hand-typed page);
            # after a digit the dot is a decimal point or a section number's (3.1, 第1.2).
            return start >= 2 and re.match(f"[{HAN}%％]", text[start - 2]) is not None and match.lastgroup != "pad"
        if before in "）)":
            # …定期公布处罚结果。（能源局等按职责分工负责）二、切实减轻…: the note closing a point,
            # set in brackets after its last sentence, in a copy that lost its line breaks
            opening = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
            # (a point only: 1． 2． after such notes are a task list's items, read as text)
            point = match.group("cn") is not None or match.group("cnp") is not None
            if opening > 0 and start - opening <= _MAX_CLOSING_NOTE and text[opening - 1] in "。！？!?" and point:
                return True
            # …售价：￥700.0 元（人民币）四、响应文件提交…: the part due next at the top, after a field's
            # bracketed note ended the part before (a page flattened into one line)
            return self._follows_part(text, start, match)
        if before in "；;":
            return self._follows_part(text, start, match, sentence=True)
        # A flattened table runs a section heading straight after a number: …5949.088667三、收到…
        return before.isdigit() and match.group("cn") is not None

    def _follows_part(self, text: str, start: int, match: re.Match[str], *, sentence: bool = False) -> bool:
        """The marker at `start` (after a semicolon or a closing bracket) numbers the part due next
        at the top (…质量保证金：合同金额的 3%；二、采购人的采购需求…), the part before ran on in the
        same line, a page flattened into one: at least `_MIN_PART_RUN` characters since its heading
        (with a full sentence among them after a semicolon: an inline list, 以下工作：一、开展排查；
        二、…, has none since the item before); any other marker there is an item of a list."""
        top = marker_from(match, text)
        if top is None or top.style != "cn" or not self._next_part(top) or _in_item_run(text, start):
            return False
        previous = next(node for node in self.stack if node.style == "cn")
        run = text[max(text.rfind(previous.heading, 0, start), 0) : start]
        return len(run) >= _MIN_PART_RUN and (not sentence or "。" in run)

    def _next_part(self, marker: Marker) -> bool:
        """`marker` (一、 glued after a word) numbers the part due next at the top: it continues
        the first open level of its style, never starts one."""
        top = next((node for node in self.stack if node.style == marker.style), None)
        return marker.value > 1 and top is not None and top.value + 1 == marker.value

    def _first_rules_marker(self, text: str, marker: Marker) -> bool:
        """`marker` (第一章 or 第一条 glued after a word) opens the rules: none of its style has been
        seen, and the second article follows later after a sentence's end (…。第二条), in its
        paragraph or opening the next one (a page flattened onto a few lines broken at articles)."""
        if marker.style in self.last_value or marker.style not in {"zhang", "tiao"}:
            return False
        if marker.end <= _last_second_article(text):
            return True
        return text.rstrip()[-1:] in "。！？；" and self.following.startswith("第二条")

    def _glued_sub(self, text: str, marker: Marker) -> int:
        """Where the first sub-heading glued after the short title of `marker` (一、) starts, when it
        goes on with the sub-headings' count across the parts (…转变。四、加快资源整合（三）整合平台资源。
        after （一）（二） under 二、) or starts it, its （二） further on (二、2025年工作计划（一）…), else -1. Such a part is a part even where it is misnumbered
        (三 printed 四, or 四 printed twice): the numbering's jump is warned of as any other."""
        if marker.style != "cn" or not any(node.style == "cn" for node in self.stack):
            return -1
        sub = _GLUED_SUB.match(text, marker.end)
        if sub is None:
            return -1
        due = self.last_value.get("cnp", 0) + 1
        value = number_value(sub.group("numeral"))
        if due > 1 and value == due:
            return sub.start("sub")
        # 二、2025年工作计划（一）“一体化”推进…。…（二）…: the part's first sub-heading glued after its short
        # title, its second further on
        return sub.start("sub") if value == 1 and _SECOND_SUB.search(text, sub.end()) is not None else -1

    def _continues(self, marker: Marker) -> bool:
        """A mid-paragraph marker must continue an open level or start a new list at 1. Articles
        are numbered through the chapters: 第三条 under 第二章 continues 第二条 under 第一章."""
        if marker.value == 1:
            return True
        if marker.style == "tiao" and self.last_value.get("tiao") == marker.value - 1:
            return True
        return any(node.style == marker.style and node.value + 1 == marker.value for node in self.stack)

    def _first_point_through(self, text: str, position: int, start: int, marker: Marker) -> bool:
        """`marker` stands right after the heading this paragraph opened (二、用科学发展观统领环境保护工作
        （五）指导思想。…, a copy that lost its line breaks) and goes on with the count of its style
        from the part before (（一）…（四） under 一、): the points are numbered through the parts, as
        in a 国务院 决定, and this is the part's first."""
        part = self.opened_here
        return (
            part is not None
            and bool(self.stack)
            and self.stack[-1] is part
            and part.is_bare()
            and not text[position:start].strip(" \t\u3000")
            and rank_of(part.style) < rank_of(marker.style)
            and self.last_value.get(marker.style) == marker.value - 1
            and all(node.style != marker.style for node in self.stack)
        )

    def _open_glued(self, text: str, start: int, marker: Marker, end: int) -> int:
        if marker.style == "tiao":
            # 第三条 【服务内容】… and 第一条（立法目的）… have a title; 第一条 为了规范…，制定本条例。
            # has none: its sentence is the article's body.
            bracket = ARTICLE_TITLE.match(text, marker.end)
            end = bracket.end() if bracket else marker.end
            self._open(marker, heading=text[start:end].strip(), title=article_title(bracket))
            return end
        if marker.style not in LIST_STYLES:
            # 第一章  总  则: a letter-spaced title fills the line; its spaces end nothing.
            spaced = LETTER_SPACED.fullmatch(text[marker.end :].strip(" \t\u3000、：:")) is not None
            end = len(text) if spaced else chapter_title_end(text, marker)
        heading = text[start:end].strip()
        title = text[marker.end : end]
        self._open(marker, heading=heading, title=clean_title(title))
        article = marker_at(text, end, whole=text) if marker.style in CHAPTER_STYLES else None
        if article is not None and article.style == "tiao":
            return self._open_glued(text, end, article, 0)  # 第一章总则第一条为规范…: its first article
        if article is not None and article.style == "jie" and marker.style != "jie" and article.value == 1:
            # 第一章规划总结第一节 发展成就…: its first section
            return self._open_glued(text, end, article, 0)
        if article is not None and article.style in ("cn", "cnp") and article.value == 1 and end < len(text):
            # 第一章、某某的分析（一）、经济发展…: its first point (see chapter_title_end)
            return self._open_glued(text, end, article, self._heading_end(text, end, article))
        if self.opened_here is not None and marker.style in LIST_STYLES:
            # 1. 基本支出预算 881300.39 元，占…: a label and its amount, one sentence.
            amount = _SPACED_AMOUNT.match(text, end) is not None
            # (a heading the document's contents lists is one however long: 一、以…为根本遵循，在…中挑大梁走在前)
            # (compared only as long as an entry can be: a flattened page's line is the whole text)
            listed = bool(self.contents_keys) and len(text) <= _MAX_ENTRY_CHARS and _entry_key(text) in self.contents_keys
            self.opened_here.statement = not listed and (amount or is_statement(title.strip()) or _task_note().match(text, end) is not None)
        return end

    def cut_off(self, last: str) -> None:
        """The document's last line, a numbered heading with nothing under it whose title is a
        single character (a line cut off by the excerpt's end; in the list styles, (三)其, `feed`
        has read it as text already) or nothing at all (a bare （四） where the page's copy ends),
        heads nothing: a heading needs a title. It is read as
        text, with a finding. A longer title cut off ((三)政府信息管) still names its section (marked
        `cut`: after clauses ending in semicolons it is the list's last clause, see lists._semicolon_run),
        and a bare 第五条 has no title by its nature."""
        node = self.stack[-1] if self.stack else None
        if node is None or node is not self.opened_here or node.paragraphs or node.children:
            return
        if node.heading != last or node.style in ("att", "named", "part") or not node.number:
            return
        if len(node.title) >= _MIN_TITLE or (not node.title and node.style == "tiao"):
            # 协助做好下列工作：（一）…；（二）保护村内的古树 — a clause the excerpt's end cut off mid-word.
            node.cut = node.title[-1:] not in SENTENCE_END
            return
        siblings = self.stack[-2].children if len(self.stack) > 1 else self.top
        siblings.remove(node)
        self.stack.pop()
        while (self.stack[-1].children if self.stack else self.top):
            # the text goes where the text before it is: at the end of the last section
            self.stack.append((self.stack[-1].children if self.stack else self.top)[-1])
        self.opened_here = None
        self.add_text(last)
        message = "文档最后一行是没有正文的编号标题，疑似被截断，按正文朗读"
        self.found("heading-guessed", message, last)

    # -- tree -----------------------------------------------------------------------------
    def close_notice(self, text: str) -> None:
        """The title line of a document printed after the notice's signature (某某条例（草案）,
        关于《…》的起草说明): a top-level chapter of its own, unnumbered, holding the printed
        document's lead text, so a listener can skip the cover notice to the document it issues.
        The next heading opens the printed document's own numbering at the top beside it, apart
        from the notice's (not nested under its title as an attachment's numbering is)."""
        self.open_attachment("", text, text, labelled=False)
        self.fresh = True

    def _open(self, marker: Marker, *, heading: str, title: str) -> None:
        if self.fresh:
            self.fresh = False
            self.stack.clear()
            self.last_value.clear()
            self.notice_end = len(self.top)
        self.notes = []
        if marker.fixed:
            self.warn(f"标题「{heading}」的编号「{marker.written}」写法有误，已按「{marker.number}」处理")
        base = self._part_depth()
        restart = marker.style == "cn" and marker.value == 1 and any(node.style == "cn" for node in self.stack[base:])
        if restart and title.rstrip("。") in heading_words()["report_part"]:
            depth = base  # 一、主动公开政府信息情况 after 六、…: the report's own part, numbered afresh
        else:
            depth = self._place(marker, heading)
        self.last_value[marker.style] = marker.value
        del self.stack[depth:]
        node = Node(marker.style, marker.value, marker.number, title, heading, notes=self.notes)
        self.opened_here = node
        (self.stack[-1].children if self.stack else self.top).append(node)
        self.stack.append(node)

    def _place(self, marker: Marker, heading: str) -> int:
        """The depth (index in the stack) at which a heading with this marker opens."""
        base = self._part_depth()
        if marker.style == "part":
            return base
        named = next((i for i, node in enumerate(self.stack) if node.style == "named"), -1)
        if marker.style == "named" or named >= 0:
            # 前言 opens at the top (inside an attachment), and what comes after it opens beside it.
            attachment = 1 if self.stack and self.stack[0].style == "att" else 0
            return named if named >= 0 else max(base, attachment)
        if marker.style.startswith("dec") and "." in marker.number:
            # 1.1 opens under its parent, 1 or 1. (the arabic style a page may give it).
            parent = marker.number.rpartition(".")[0]
            for index, node in enumerate(self.stack):
                if node.number == parent and (node.style == "ar" or node.style.startswith("dec")):
                    return index + 1
        if len(self.stack) > base and self.stack[base].style == "part":
            # After a guessed part, a number that continues a top-level run is a part too.
            siblings = self.stack[base - 1].children if base else self.top
            tops = [node for node in siblings if node.style == marker.style]
            if tops and tops[-1].value + 1 == marker.value:
                return base
        same = [i for i, node in enumerate(self.stack) if node.style == marker.style]
        if same:
            if marker.value == 0:
                return same[-1]
            for index in reversed(same):
                if marker.value == self.stack[index].value + 1:
                    return index
            if marker.value == 1 and self.stack[same[-1]].value > 1 and len(self.stack) < _MAX_DEPTH:
                return len(self.stack)  # a restart of an open style: a new, deeper level
            previous = self.stack[same[-1]]
            if marker.value == 1 == previous.value and same[-1] == len(self.stack) - 1 and previous.is_bare():
                # 1. 某局职责 ‖ 1.贯彻执行…。 ‖ 2.承担…。: a 1 right under a 1 with nothing in it yet is
                # no sibling (a number is not printed twice) but the first item of its list.
                return len(self.stack) if len(self.stack) < _MAX_DEPTH else same[-1]
            if marker.value == previous.value:
                self.warn(f"标题「{heading}」与前一标题「{previous.heading}」编号重复", heading=heading)
            else:
                self.warn(f"标题「{heading}」编号不连续：前一个同级标题是「{previous.heading}」", heading=heading)
            return same[-1]
        if len(self.stack) >= _MAX_DEPTH:
            self.warn(f"标题「{heading}」层级超过 {_MAX_DEPTH} 级，已并入第 {_MAX_DEPTH} 级")
            return _MAX_DEPTH - 1
        if marker.style == "tiao" and self.stack and self.stack[-1].style == "cn" and self.stack[-1].is_bare():
            # 一、纵深推进文旅产业融合发展 / 第一条 【…】: measures grouped under numbered parts, their
            # articles numbered through; a part with its article right under it serves as a chapter.
            self.articles_under_parts = True
            return len(self.stack)
        if marker.style == "tiao" and self.articles_under_parts:
            # …and under a point of a part (二、支持范围 / （一）投资奖励 / 第2条 …) too: the articles are
            # the level under the parts and their points, whatever is open below those.
            points = [index for index, node in enumerate(self.stack) if node.style in ("cn", "cnp")]
            return points[-1] + 1 if points else len(self.stack)
        if marker.style == "point":
            # 一、总体情况 / 第一，主动公开 / …: a speech's points inside an open numbered part are
            # that part's points, a level under it, never its siblings (二、 then closes them).
            return len(self.stack)
        rank = rank_of(marker.style)
        for index, node in enumerate(self.stack):
            if rank_of(node.style) > rank:
                if marker.style.startswith("h"):
                    return index  # a declared heading level is trusted, not an oddity
                if any(rank_of(inner.style) <= rank for inner in self.stack[index + 1 :]):
                    continue  # a heading of the page over a document it prints (see _quotes_a_document)
                if self._quotes_a_document(marker):
                    break  # the quoted document's chapters open under the heading that prints it
                self.warn(f"标题「{heading}」的层级高于已打开的「{node.heading}」，已提升到上一级")
                return index
        if marker.value > 1 and self.last_value.get(marker.style) != marker.value - 1:
            # (七) under 二、 after (六) under 一、 is continuous numbering, not a gap.
            self.warn(f"标题「{heading}」所在的一级编号没有从头开始（缺少前面的编号）", heading=heading)
        if self.stack:
            expected = NEXT_STYLE.get(self.stack[-1].style)
            if expected and RANK.get(marker.style, 99) > RANK[expected] and marker.style != "pad":
                self.warn(
                    f"标题「{heading}」跳过了一级：在「{self.stack[-1].heading}」之下缺少「{_STYLE_EXAMPLE[expected]}」一级"
                )
        return len(self.stack)

    def _quotes_a_document(self, marker: Marker) -> bool:
        """A document printed in full under a heading of the page (一、某某条例全文 / 某某市某某条例 /
        （通过日期） / 第一章 总则): its first chapter or article, the first of that style, follows the
        document's own title line in the text of the open heading, which is deeper in rank. It opens
        under that heading, not above it (a bare heading right before 第一章 or 第一条 is the site's
        numbering of a list, and the chapter goes above it)."""
        if marker.value != 1 or marker.style in self.last_value or marker.style not in {*CHAPTER_STYLES, "tiao"}:
            return False
        node = self.stack[-1]
        if node.is_bare():
            return False
        texts = [block.strip() for block in node.paragraphs[1 if node.glued else 0 :] if isinstance(block, str)]
        return any(
            0 < len(text) <= _MAX_QUOTED_TITLE and not MARKER.match(text) and re.search("[。，；：！？,;:!?]", text) is None
            for text in texts
        )

    def _part_depth(self) -> int:
        """Where a guessed part opens: at the top, or under the declared headings open."""
        return next((i for i, node in enumerate(self.stack) if not declared(node.style)), len(self.stack))


_SECOND_ARTICLE = re.compile(r"[。！？；][ \t\u3000]*第二条")


@lru_cache(maxsize=4)
def _last_second_article(text: str) -> int:
    """Where the last second article after a sentence's end (…。第二条) starts in `text`, or -1:
    found once a paragraph (a long page's line may hold many glued 第一条 to ask about)."""
    return max((match.start() for match in _SECOND_ARTICLE.finditer(text)), default=-1)


def _part_glued_before(text: str, start: int) -> str:
    """The name of a rules part (总则; data: rules_part) glued right before the article at `start`,
    after a sentence's end or at the paragraph's start; "" if none."""
    for name in heading_words()["rules_part"]:
        at = start - len(name)
        if at >= 0 and text.startswith(name, at) and (at == 0 or text[at - 1] in "。.！？；;"):
            return name
    return ""


def _glued_after(text: str, start: int, not_after: str) -> bool:
    """The marker at `start` is glued after a word or a closing bracket, not after one of
    `not_after` (第三、 is an ordinal, 本办法第一条 a citation)."""
    return start > 0 and _GLUED_AFTER.match(text, start - 1) is not None and text[start - 1] not in not_after


def _merged(*scans: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches of several scans of one text, in order of where they start."""
    return heapq.merge(*scans, key=lambda match: match.start())
