"""Re-join lines that a hard wrap or a copy from a PDF cut in the middle of a paragraph.

A plain-text line is a paragraph, and each paragraph gets a long pause. Text copied from a PDF
(or from a page with a fixed width) breaks every ~30 characters, mid-word (加快补齐农机装备短 ‖
板，). These lines are joined back:

- always, whatever the layout: a line that ends with ，、 or an opening bracket, or in which a
  book title 《…》 or 〈…〉 is still open (a paragraph never ends there); a line that is only a
  numbering marker (（三） alone, its title on the next line) or only an opening bracket
  (（ ‖ 三）…); a line that ends inside a time or a decimal (每日上午9 ‖ :00至11:30); a line
  that leaves a bracket open which the next line closes; the dateline under a report's title
  set on two lines (——2025年1月10日在某县第十八届 ‖ 人民代表大会第五次会议上); a heading whose
  title stops on a modifier (a year, a quoted period name, 和, 的) over a short line of Chinese
  characters, the rest of its title (一、2020年和“十三五” ‖ 工作回顾); a line that opens with a
  single character and a comma (or another mark) under a long line that stops on a character
  mid-sentence: the tail of a word the break cut (…为指 ‖ 导，坚持…, …建 ‖ 设（牵头单位：某局）),
  for no paragraph opens that way; a long heading whose title is a row of clauses (第一篇 把握
  形势，明确目标，迈向全面 ‖ 小康社会新征程) over a short line of Chinese characters that a
  paragraph or a heading follows: the rest of its last clause; a law's adoption note set without
  brackets and broken before the meeting (2017年8月22日某州第十二届人民代表大会 ‖ 常务委员会…修订); a
  short heading broken before its 和 (意见发表 ‖ 和采纳情况); a title printed over up to four lines
  (see `_title_broken`);
- in hard-wrapped text only: a line that fills the wrap width and does not end a sentence runs
  on into the next line, unless the next line starts a numbered heading (an item numbered before
  a year, 2、2023年… or 2.2023年…, is one: 2.2023 followed by 年 is no decimal). A copy that set a
  blank line under every printed line is read as if its lines stood together.

Joint issuers signed side by side with each name broken over two lines are read down each column
(某自治区 某自治区 ‖ 发展和改革委员会 文化和旅游厅 → 某自治区发展和改革委员会 某自治区文化和旅游厅).

A contents line keeps its entry without the dot leader and page number (1.1编制目的……(4)): a
listener has no page to turn to (one finding, kind "toc-leader"); right under such an entry, a
line whose leader has lost its page number (a copy cut short) is one too. A line that is only a printed
page number (`— 2 —`, `- 2 -`, `·2·`, `第 3 页 共 4 页`) is layout, not the document: it is
taken out (one finding, kind "page-number", says how many), and the lines on either side are
joined when the page break cut a sentence (the line before is a full line that does not end
one, and the line after is no heading).

A PDF rendered one text run a line (a word, a figure, a mark: XX ‖ 镇 ‖ 2023 ‖ 年政府工作报告,
…增长 ‖ 5% ‖ ；财政收入, 蓝 ‖ 莓) breaks wherever the font changed, inside words and between a number
and its unit. Such a text is told by its shape: most lines are very short, few end a sentence, and
several open with a mark no paragraph opens with (；、，。). Its lines are joined back into paragraphs
on principle (see `_join_fragments`): a paragraph ends after a sentence's end or a colon, before a
numbered heading, at a blank line, after a heading whose title is complete or a title line; two
numbers on either side of a break are never joined (one finding, kind "hard-wrap", says how many).

Text is hard-wrapped when most of its lines have nearly the same, greatest width. Width is
measured as printed (a Chinese character is two columns, a digit or Latin letter one): a wrapped
line holding 2025年 or 85% has more characters than its neighbours but the same width. Each join
is recorded as a Finding (kind "hard-wrap") with the joined text around the seam, so staff can
check the few joins that were wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import chain, islice, pairwise

from ..han import HAN
from ..model import Finding
from ..number_units import FIGURE
from ..part_names import OPEN_TITLE_END, is_part_name
from .page_chrome import fold, is_chrome_line, is_counts_row
from .page_fields import STAMP_DATE, glued_code_field, is_doc_number, is_label_alone, label_pattern
from .page_title_words import LEADING_YEAR, PLACE_ENDS, ends_as_title, is_organ_name, opens_with_issuer, same_opening

__all__ = ["join_wrapped_lines"]

_DATELINE_CLOSE = re.compile(r"(?:^|[—－-])[^。，；！？]*在[^。，；！？]*会议上$|^[^。，；！？]{1,30}会议上$")
_RULE_LINE = re.compile(r"[—－\-=＝_]{3,}")  # a line only of dashes: a rule, though it ends with ——
_TITLE_LINES = 3  # a cited title is printed over at most this many lines
_RUN_ON_END = ("，", "、", "（", "(", "《", "“", "——")
_MIN_REPEATED_START = 8  # a line this long repeating the start of the line above is no tail of it
_MAX_DASHED_HEADING = 20  # a short line ending with —— may head subtitle lines (2019年工作回顾——)
_MAX_SUBTITLE = 24  # … each short, with no sentence mark
_SENTENCE_END = "。！？；：:!?…"
_CLOSERS = "”’）)》」』】"
_MAX_BADGE = 12  # a site's badge or button under a headline (VIP专免, 侵权投诉) is this short
# A numbering marker alone on its line: （三）, 三、, 3., 第二章 — its title is on the next line.
_LONE_MARKER = re.compile(
    r"[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|第[一二三四五六七八九十百\d]{1,4}(?:[章节条節條]|部分)"
)
_LONE_OPEN = re.compile(r"[（(《“]")
# A heading's title, even one with its text run on after it, says its point in one short
# sentence and seldom a figure; a longer first sentence under a marker alone, or one reporting
# figures, is the section's text, its title lost (二、 ‖ 全年粮食作物播种面积125.9万公顷，比上年
# 增加1.87万公顷，增长1.5%。).
_MAX_TITLE_SENTENCE = 40
_MAX_FIGURE_TITLE = 24
_FIRST_SENTENCE = re.compile("[^。！？；!?;]*[。！？；!?;]?")
# The tail of a word cut by a break: one character, then a mark (导，坚持…, 工。). A numeral
# so written is a list marker typed with a comma (一，总体要求), not a tail.
# A bracket after the one character opens a note on the word (…重点实验室建 ‖ 设（牵头单位：某局）。).
# A number in that bracket is no note on a word but a sentence's own aside (今（24）日，…).
_WORD_TAIL = re.compile(rf"[{HAN}](?<![一二三四五六七八九十第])(?:[，、；：。,;:]|[（(](?!\d))")
_CUT_WORD_END = re.compile(rf"[{HAN}]$")
_MIN_CUT_LINE = 20  # columns: a line that stops mid-word is a paragraph's line, not a short label
_HEADING_REST = re.compile(rf"[{HAN}]{{2,8}}")
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)|\d{1,2}、(?=\d{4}(?!\d))|\d{1,2}[.．](?=\d{4}年)|第[一二三四五六七八九十百\d]+(?:[章节条節條]|部分)|附件|附?表[一二三四五六七八九十]{1,3}[：:])"
)
_CITATION = re.compile(r"《[^《》]+》")
_CAPTION = re.compile(r"^[图表]\s*\d{1,3}(?:[-－.．]\d{1,3})?(?:\s|[：:])")
_DASH = "-—–－‐"
_PAGE_NUMBER = re.compile(
    rf"[{_DASH}]{{1,2}}\s*\d{{1,4}}\s*[{_DASH}]{{1,2}}"  # — 2 —, - 2 -, －2－
    r"|[·•]\s*\d{1,4}\s*[·•]"  # ·2·
    r"|第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?"  # 第 3 页 共 4 页
    r"|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页"
)
# The dateline under a report's or a speech's title, set on two centred lines:
# ——2025年1月10日在某县第十八届 ‖ 人民代表大会第五次会议上. Its first line opens with the dash
# and stops after 在 before the meeting is named; the second names it and ends with 上.
_DATELINE_OPEN = re.compile(
    r"^(?:[—－-]{1,2}|(?=(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日在))"
    r"[^。，；：:！？]{0,40}在[^。，；：:！？上]*$"
)
# A law's adoption note set without brackets over two lines: its date and the body that acted,
# broken before the meeting is named (2017年8月22日某州第十二届人民代表大会 ‖ 常务委员会第六次主任
# 会议修订; a copy may have lost 年 and 月: 2017822日…); the second line ends with the act.
_NOTE_OPEN = re.compile(r"^(?:\d{4}年?\d{1,2}月?\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[^。，；：:！？\s]{2,40}$")
_NOTE_ACT = re.compile(r"(?:通过|修订|修正|批准|公布)$")
_NOTE_END = re.compile(r"^[^。，；：:！？\s]{2,30}(?:通过|修订|修正|批准|公布)$")
_DATELINE_END = re.compile(r"^[^。，；：:！？]{1,30}上(?:的(?:工作)?(?:讲话|报告|发言|致辞))?$")
_NARROWED = frozenset(",.:;!?()")  # marks a copy may have narrowed from their full-width forms
# A contents entry: its name, a dot leader and the page number (1.1编制目的………(4)); the page may
# be set as its footer is (一、实施背景……- 1 -).
_ENTRY_PAGE = r"(?:[（(]?\d{1,4}[)）]?|[-—－][ \u3000]*\d{1,4}[ \u3000]*[-—－])"
_LEADER = re.compile(rf"(?P<entry>\S.{{0,80}}?)\s*(?:[.…·．_]{{4,}}|[-—]{{6,}})\s*{_ENTRY_PAGE}")
# What a fragmented render left of an entry's leader on the next lines (…… ‖ - 1 -).
_LEADER_REST = re.compile(rf"[.…·．]{{3,}}(?:[ \u3000]*{_ENTRY_PAGE})?")
_LEADER_END = re.compile(r"[.…·．]{3,}$")
_PAGE_ALONE = re.compile(_ENTRY_PAGE)
_ENTRY_DONE = re.compile(rf"[.…·．]{{3,}}[ \u3000]*{_ENTRY_PAGE}$")
# The same without its page number, only right under an entry that has one (a copy cut short).
_LEADER_UNPAGED = re.compile(r"(?P<entry>\S.{0,80}?)\s*(?:[.…·．_]{4,}|[-—]{6,})")
# An entry whose name fills the line leaves room for a short leader only (…专项行动.61, …计划（2021-2023）.. 2):
# one to three dots after a name that does not end with a figure, then the page; taken only next to
# a line with a full leader (a decimal 增长3.61 or a sentence's end …完成。 5 is none).
_SHORT_LEADER = re.compile(r"(?P<entry>\S.{0,80}?[^\d\s.…·．。；！？])\s*[.…·．]{1,3}\s*[（(]?\d{1,4}[)）]?")
# A page counter inside a line, set apart by spaces (第1页共4页, 第 2 页 / 共 4 页): never the text's own.
# … and a viewer's counter, the page over the pages with a spaced slash, between a sentence's end
# and the next item or the end (…以上）; 1 / 3 （九）…): a fraction in a sentence stays.
_PAGE_COUNTER = re.compile(
    r"(?:^|(?<=\s))第\s*\d{1,4}\s*页\s*[，,/／]?\s*共\s*\d{1,4}\s*页(?=\s|$)"
    # … or glued inside a sentence of a page flattened into one line (…负责全县第1页共18页秸秆…), but
    # not where the text points the reader to a page (见第1页共4页说明)
    rf"|(?<=[{HAN}，、])(?<![见阅])第\d{{1,4}}页共\d{{1,4}}页(?=[{HAN}])"
    r"|(?:^|(?<=[。；;！？]\s))(?P<page>[1-9]\d{0,2}) / (?P<pages>[1-9]\d{0,2})(?=\s*(?:[（(]|$))"
)
_SPLIT_NUMBER = re.compile(r"\d$")
_NUMBER_GOES_ON = re.compile(r"^[:：.．]\d")
# Columns (18 Chinese characters): narrower "wraps" are lists of short lines (metadata rows),
# not a wrapped paragraph.
_MIN_WRAP_WIDTH = 36
_MIN_WRAPPED_LINES = 5
_WRAP_SHARE = 0.5  # this share of the long lines must sit at the wrap width
# Columns: full-width punctuation pushed to the next line, or a wide character that did not
# fit after narrow ones, makes a wrapped line up to two characters short.
_WIDTH_SLACK = 4
_INDENT = 4  # columns: a paragraph's first line is indented by two Chinese characters
_MAX_FINDINGS = 30
_FIELD = re.compile(r"^[^\d\s：:，。、]{1,6}[：:]")  # 来源：, 发布时间:
_LEAD_IN_END = re.compile(r"(?:如下|以下)[：:]$")  # 现将有关事项通知如下：, never a field's label
_SEPARATOR_END = re.compile(r"[·•|｜][ \u3000]+$")  # a list's separator and the space after it ending a line
_MAX_FIELD_PIECE = 30
_SPACED_COLON = re.compile(r"[ \u3000]+([：:])")
# A site's trail (当前位置：首页>>信息公开>>…) may be as long as a wrapped line, but it is no
# paragraph; a trail broken over lines is the page reader's to read.
_TRAIL = re.compile(r"^(?:当前位置|您当前的位置|您当前所在位置|您现在的位置|您现在所在位置|您所在的位置|您的位置)")
_MAX_BROKEN_ENTRY = 40  # a contents entry's first line, at most (see `_entry_broken`)
_SEAM = 8  # characters shown each side of a join in its finding
_MAX_SPACED_ROW = 80  # a field table's row without colons is no longer than this
_DATED_FIELD = re.compile(_FIELD.pattern + r"[ \u3000]*\d{4}[-/.年]\d{1,2}")  # 更新时间：2023-11-03…
_QUESTION_END = re.compile(r"(?:有哪些|是什么|怎么办|吗|呢)$")  # a question that lost its ？


def join_wrapped_lines(lines: list[str]) -> tuple[list[str], list[Finding]]:
    """Join cut lines of `lines` (one paragraph per line, blank lines kept as breaks)."""
    lines = _join_signature_columns(lines)
    lines, fragments = _join_fragments(lines)
    lines, linked = _join_link_breaks(lines)
    fragments += linked
    lines, spaced = _close_clause_spaces(lines)
    lines, bare = _drop_bare_marker_runs(lines)
    lines = _join_split_markers(lines)
    width = _wrap_width(lines)
    spaced_out = bool(width) and _double_spaced(lines)
    contents = _paged_contents(lines)
    out: list[str] = []
    findings: list[Finding] = list(fragments) + list(spaced) + list(bare)
    joins = 0
    page_numbers: list[str] = []
    leaders: list[str] = []  # contents entries whose dot leader and page number were taken off
    page_break = False  # a page number stands between the last line with text and this one
    spaced_wraps: list[str] = []  # spaces a flattened copy left at the PDF's line breaks, taken out
    last = -1  # index in `out` of the last line with text
    after_leader = False  # the last line with text was a contents entry with its dot leader
    entry_ended = False  # out[last] is a contents entry whose leader (and page) ended it
    titled = False  # out[last] is a title joined over its lines (see `_title_broken`)
    last_line = ""  # the last line with text, as it stood (joined into out[last] or not)
    for i, line in enumerate(lines):
        text = line.strip(" \t\u3000")
        if not text:
            out.append(line)
            continue
        if _PAGE_NUMBER.fullmatch(text):
            page_numbers.append(text)
            page_break = True
            continue
        counters = [
            match
            for match in _PAGE_COUNTER.finditer(text)
            if match.group("page") is None or int(match.group("page")) <= int(match.group("pages"))
        ]
        if counters:  # a page flattened into one line keeps its page counters: 。 第1页共4页 …
            page_numbers.extend(match.group(0).strip() for match in counters)
            for match in reversed(counters):
                # (glued inside a sentence, it leaves no gap: 负责全县第1页共18页秸秆 → 负责全县秸秆)
                glued = match.start() > 0 and not text[match.start() - 1].isspace()
                text = f"{text[: match.start()]}{'' if glued else ' '}{text[match.end() :]}"
            line = text = text.strip()
            if not text:
                continue
        if text.count(" ") >= _MIN_WRAPPED_LINES:
            closed, seams = _close_wrap_spaces(text)
            if seams:
                spaced_wraps.extend(seams)
                line = text = closed
        leader = _LEADER.fullmatch(text)
        if leader is None and after_leader:
            leader = _LEADER_UNPAGED.fullmatch(text)  # the next entry, its page number cut off
        if leader is None and (after_leader or _LEADER.fullmatch(_next_text(lines, i + 1))):
            leader = _SHORT_LEADER.fullmatch(text)  # its name fills the line: a short leader
        after_leader = leader is not None
        if leader is not None:
            leaders.append(text)
            line = text = leader.group("entry")
        # (A copy that set a blank line under every line of the page, wrapped lines too, is read
        # as if the lines stood together: one blank line is no paragraph's end there.)
        adjacent = last == len(out) - 1 or (spaced_out and last == len(out) - 2 and not out[-1].strip(" \t\u3000"))
        cut_by_page = page_break and last >= 0 and _cut_by_page_break(out[last], text)
        page_break = False
        title_join = last >= 0 and _title_broken(out[last], text, _following(lines, i + 1))
        joined = cut_by_page or title_join
        if leader is not None and last >= 0 and not entry_ended and _entry_broken(out[last], text):
            joined = True
        if last >= 0 and (entry_ended or _apart(out[last], text, contents) or _SEPARATOR_END.search(out[last])):
            # a contents entry ends at its page: the next line is no more of it; nor is a line after
            # one closed by a list's separator and a space (某某  ·  某文章 ...·  1 年前    · ), a box's item
            joined = False
        # (A title joined over its lines is whole: the width rule runs no line on into it.)
        elif last >= 0 and (
            joined or (not titled and _joins(out[last], text, width if adjacent else 0, _following(lines, i + 1), last_line=last_line))
        ):
            seam = f"{out[last][-_SEAM:]}{text[:_SEAM]}"
            if not width and _cut_clause(out[last], text) and len(findings) < _MAX_FINDINGS:
                findings.append(Finding("hard-wrap", "此处原文在词中换行，已按同一段落接起，请核对", seam))
            out[last] = out[last].rstrip(" \t\u3000") + text
            del out[last + 1 :]  # blank lines inside a cut paragraph
            joins += 1
            if width and len(findings) < _MAX_FINDINGS:
                findings.append(Finding("hard-wrap", "此处原文换行，已按同一段落接起，请核对", seam))
            entry_ended = leader is not None
            titled = title_join
            last_line = text
            continue
        out.append(line)
        last_line = text
        last = len(out) - 1
        entry_ended = leader is not None
        titled = False
    if width and joins:
        findings.insert(
            # the width is in columns; a Chinese character takes two
            0,
            Finding("hard-wrap", f"正文按约 {width // 2} 字固定换行，已把 {joins} 处断行接回段落", ""),
        )
    if spaced_wraps:
        message = f"整段文字里按固定宽度断行留下的 {len(spaced_wraps)} 个空格已去掉，免得在词中停顿，请核对"
        findings.insert(0, Finding("hard-wrap", message, spaced_wraps[0]))
    if leaders:
        message = f"{len(leaders)} 行目录的引导点和页码没有朗读（如「{leaders[0]}」），只读条目名"
        findings.insert(0, Finding("toc-leader", message, leaders[0]))
    if page_numbers:
        message = f"删去了 {len(page_numbers)} 处页码（如「{page_numbers[0]}」），它们是排版留下的，不是正文"
        findings.insert(0, Finding("page-number", message, page_numbers[0]))
    return out, findings


# One space between two Chinese characters inside a clause (see `_inside_clause`).
_CLAUSE_MARKS = "，,。；;、《》〈〉（）()“”"
_CJK_SPACE = re.compile(f"(?<=[{HAN}]) {{1,2}}(?=[{HAN}])")  # one space, or a wider gap of two
_MIN_INNER_SPACES = 3  # this many in a text make it a flattened PDF copy
_MAX_CLAUSE = 30  # characters from the space to the clause's mark, each way


# A short quotation of phrases set apart by single spaces (“建设美丽乡村 共享幸福生活”, a slogan).
_QUOTED = re.compile(r"“([^“”]{1,40})”")
_PHRASE_CHARS = (2, 10)  # each of a slogan's parallel phrases is this long


def _between_parallel_phrases(line: str, space: int) -> bool:
    """The space stands inside a quotation made of phrases of one length, set apart by single
    spaces (“建设美丽乡村 共享幸福生活”, “不忘初心 牢记使命”): a slogan's parallel phrases, the
    space a pause the writer set. A printed line cut inside a short quotation would fall exactly
    between two halves of one length only by chance (“放管服 改革” is cut)."""
    for match in _QUOTED.finditer(line):
        if match.start(1) <= space < match.end(1):
            phrases = match.group(1).split(" ")
            lengths = {len(phrase) for phrase in phrases}
            return (
                len(lengths) == 1
                and _PHRASE_CHARS[0] <= lengths.pop() <= _PHRASE_CHARS[1]
                and all(re.fullmatch(f"[{HAN}]+", phrase) for phrase in phrases)
            )
    return False


def _inside_clause(line: str, space: int, end: int | None = None) -> bool:
    """Both ways from the space, within `_MAX_CLAUSE` characters and before any other space, a
    sentence's own mark (or, before it, the gap after an article's number, 第四条  本办法…设 立，,
    or a gap inside a cited title, 《财政部  人力资 源社会保障部…》):
    the space cuts a clause (一般 公共预算，), not a flattened page's paragraphs or a row of
    site links (微信 微博 关于…), a field (作者：王某 来源：) or a run-in heading's title from its
    text (一、基本情况 今年以来，, （一）增收节支，成效明显 全年…), nor a slogan's parallel phrases
    (see `_between_parallel_phrases`). `end` is where a wider gap of spaces ends."""
    end = space + 1 if end is None else end
    if _between_parallel_phrases(line, space):
        return False
    if not re.match(rf"[^{_CLAUSE_MARKS}：:\s]{{1,{_MAX_CLAUSE}}}[{_CLAUSE_MARKS}]", line[end:]):
        return False
    before = line[:space].split()
    chunk = before[-1] if before else ""
    if _MARKER_IN_CHUNK.search(chunk) or (len(before) >= 2 and _LOOSE_MARKER.fullmatch(before[-2])):
        return False  # （二） 调结构保重点，确保…需要 一是…: a heading's title
    if re.search(rf"[{_CLAUSE_MARKS}：:][^{_CLAUSE_MARKS}：:]{{1,{_MAX_CLAUSE}}}$", chunk):
        return True
    if len(chunk) > _MAX_CLAUSE or len(before) < 2:
        return False
    # 第四条  本办法所称…设 立，; 《财政部  人力资 源社会保障部…》: after an article's number, or
    # inside a cited title, a wider gap may stand before the clause.
    head = line[:space]
    return bool(_ARTICLE.fullmatch(before[-2])) or head.count("《") > head.count("》")


# A numbered heading opening the piece of text before the space, or after a sentence in it.
_MARKER_IN_CHUNK = re.compile(
    r"(?:^|(?<=[。；;！？!?]))(?:[（(][^（()）]{1,3}[)）]|" + _HEADING_START.pattern.removeprefix("^") + ")"
)
# A marker standing apart before its title, however typed: （二）, （－）, 三、, 第四章.
_LOOSE_MARKER = re.compile(r"[（(][^（()）]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十百\d]{1,4}[章节部分]{1,2}")
# An article's number standing before its text: 第四条, 第十二条.
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,5}条")


def _close_clause_spaces(lines: list[str]) -> tuple[list[str], tuple[Finding, ...]]:
    """`lines` without the single spaces a PDF copy left inside clauses where its printed lines
    ended (扶持 政策，, 《中华 人民共和国预算法》, 由县级人民政府设 立，), when the text has at least
    `_MIN_INNER_SPACES` of them; read aloud each is a pause inside a word. A space between two
    clauses, after a field's colon (作者：张三 来源：…), in a line without clause marks (a list of
    keywords, a name under a title), or the wider gap between joint issuers (财政部  人力资源
    社会保障部, see `_joint_issuers`), stay. A gap of two spaces inside a word is closed too
    (规范燃气市场  秩序，, 《某某管  理办法》, 制定本办  法。): the copy padded a line's end."""
    gaps = [
        [
            (match.start(), match.end())
            for match in _CJK_SPACE.finditer(line)
            if _inside_clause(line, match.start(), match.end()) and not _joint_issuers(line, match.start(), match.end())
        ]
        for line in lines
    ]
    count = sum(len(line_gaps) for line_gaps in gaps)
    if count < _MIN_INNER_SPACES:
        return lines, ()
    line, (space, end) = next((line, line_gaps[0]) for line, line_gaps in zip(lines, gaps) if line_gaps)
    example = f"{line[max(0, space - _SEAM) : space]} {line[end : end + _SEAM]}"
    found = [{i for start, stop in line_gaps for i in range(start, stop)} for line_gaps in gaps]
    message = f"整段文字里 {count} 个夹在词句中间的空格（PDF 转存时的换行）已去掉，免得在词中停顿，请核对"
    closed = ["".join(ch for i, ch in enumerate(line) if i not in spaces) for line, spaces in zip(lines, found)]
    return closed, (Finding("hard-wrap", message, example),)


# The words after a gap, up to a space or a mark.
_GAP_WORD = re.compile(rf"[^\s{_CLAUSE_MARKS}：:]*")


def _joint_issuers(line: str, start: int, end: int) -> bool:
    """A gap of two spaces between two agencies' names (《财政部  人力资源社会保障部关于…》): the
    words before it since the last space or mark name an agency, and those after it are more than
    the one character a word's tail is (制定本办  法。 is a word cut: 法)."""
    if end - start < 2:
        return False
    before = re.split(rf"[\s{_CLAUSE_MARKS}：:]", line[:start])[-1]
    after = _GAP_WORD.match(line, end)
    return is_organ_name(before) and after is not None and len(after.group()) > 1


def _close_wrap_spaces(text: str) -> tuple[str, list[str]]:
    """`text` without the spaces a flattened copy of a hard-wrapped PDF left at its line breaks,
    and each seam closed (the text either side of it, for the finding).

    A page flattened to one line keeps each printed line end as a space, mid-word (…生态环 ‖
    境改善…). When the pieces between spaces look like a hard wrap (most sit at one width and
    end inside a sentence, as `_wrap_width` judges lines), a space is taken out where
    `_joins` would join the two lines; the spaces before a heading or after a sentence stay.
    """
    pieces = [piece for piece in re.split(r"[ \u3000]+", text) if piece]
    width = _wrap_width(pieces)
    if not width:
        return text, []
    out = pieces[0]
    seams: list[str] = []
    for i, (previous, piece) in enumerate(pairwise(pieces), 2):
        latin = previous[-1:].isascii() and previous[-1:].isalnum() and piece[:1].isascii() and piece[:1].isalnum()
        # (a field's label or the page's stamp opens a piece of its own: …办公用房 联系方式：李冬,
        # …更正公告 2020-10-30 13:03:16 — the space sets the field apart, no line ended there)
        apart = _FIELD.match(piece) is not None or _PIECE_STAMP.match(piece) is not None
        if not latin and not apart and _joins(previous, piece, width, _following(pieces, i)):
            seams.append(f"{previous[-_SEAM:]} {piece[:_SEAM]}")
            out += piece
        else:
            out += " " + piece
    return out, seams


# (only the ISO form: a wrapped line may well open with 2020年3月5日 in the middle of a sentence)
_PIECE_STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


# A mark no paragraph opens with: the rest of a sentence a fragmented render put on a new line.
_FRAGMENT_OPENING = re.compile(r"[，、；。,;：:！？!?）)》”’」』】%％]")
_FRAGMENT_SHORT = 4  # characters: a line this short is a fragment of a sentence, not a paragraph
_FRAGMENT_SHARE = 0.4  # this share of the lines with text is that short …
_MIN_FRAGMENT_OPENINGS = 5  # … and this many open with a mark no paragraph opens with
_FRAGMENT_ENDS_SHARE = 0.2  # at most this share of the lines ends a sentence
_PARAGRAPH_END = "。！？!?…：:"
_TEXT_MARK = re.compile(r"[，、；。,;：:！？!?…]")


def _fragmented(texts: list[str]) -> bool:
    """`texts` (the lines with text) are a PDF rendered one text run a line: most lines are very
    short, few end a sentence, and several open with a mark no paragraph opens with. A list of
    short items (names, keywords), a signature and its date, or a table's cells one a line are
    short lines too, but each is whole: none opens with a clause's mark."""
    if len(texts) < 2 * _MIN_FRAGMENT_OPENINGS:
        return False
    short = sum(1 for text in texts if len(text) <= _FRAGMENT_SHORT)
    openings = sum(1 for text in texts if _FRAGMENT_OPENING.match(text))
    # (a line of closing marks alone, 》 or ）, ends nothing: the rest of a run the render broke)
    ends = sum(1 for text in texts if (last := text.rstrip(_CLOSERS)[-1:]) and last in _SENTENCE_END)
    return (
        short >= _FRAGMENT_SHARE * len(texts)
        and openings >= _MIN_FRAGMENT_OPENINGS
        and ends <= _FRAGMENT_ENDS_SHARE * len(texts)
    )


def _join_fragments(lines: list[str]) -> tuple[list[str], tuple[Finding, ...]]:
    """`lines` with the lines of a fragmented render (see `_fragmented`) joined into paragraphs,
    and a finding saying how many breaks were closed; any other text is returned as it is.

    Only lines with another text line next to them count: a blank line ends a paragraph, so a
    table saved one cell a paragraph (`%` under `占比`) is no render to join, and its cells must
    not make the one block of field rows above it (标题：… ‖ 文号：…) look like one."""
    texts = [line.strip(" \t\u3000") for line in lines]
    in_blocks = [
        text
        for i, text in enumerate(texts)
        if text and ((i > 0 and texts[i - 1]) or (i + 1 < len(texts) and texts[i + 1]))
    ]
    if not _fragmented(in_blocks):
        return lines, ()
    out: list[str] = []
    joins = 0
    example = ""
    open_paragraph = False  # the last line of `out` is text a next line may run on
    value = False  # the last line of `out` is a field's value, under its label alone (有 效 性 ： ‖ 有效)
    for i, line in enumerate(lines):
        text = line.strip(" \t\u3000")
        if not text:
            out.append(line)
            open_paragraph = value = False
            continue
        if value and re.search(f"[{HAN}]", out[-1]) and not _FRAGMENT_OPENING.match(text):
            # 有效 ‖ 某局关于印发: a field's value in words is whole, what follows starts anew (a
            # value in figures may go on with its unit: 2021 ‖ 年)
            open_paragraph = False
        value = bool(out) and is_label_alone(out[-1])
        if value and _FIGURES_VALUE.match(text):
            out[-1] += text  # 联系电话： ‖ 83608057: the label's value in figures, read as its kind
            joins += 1
            value = False  # (and it may go on with its unit: 成文日期：2021 ‖ 年)
            continue
        if open_paragraph and _fragment_runs_on(out[-1], text, _following(lines, i + 1)):
            latin = out[-1][-1:].isascii() and out[-1][-1:].isalnum() and text[:1].isascii() and text[:1].isalnum()
            example = example or f"{out[-1][-_SEAM:]}{text[:_SEAM]}"
            out[-1] += (" " if latin else "") + text
            joins += 1
            continue
        out.append(text)
        open_paragraph = True
    if not joins:
        return lines, ()
    message = f"原文像是按字词逐行排出的 PDF，已按句末、标题和空行把 {joins} 处断行接回段落，请核对"
    return out, (Finding("hard-wrap", message, example),)


# What a sentence goes on with after a link the page set on a line of its own: a mark no paragraph
# opens with (，明确提出…), or the short name a cited document is given ((以下简称《意见》)。…).
# (Not a question mark: one opening a line is as often an icon's glyph the copy lost, ?某某预案.)
_CONTINUATION = re.compile(r"[，、；。,;）)”’」』]|[（(]以下(?:简称|称)")
# A line that cites a title and goes on to end the sentence (《某某》白皮书。), under a line ending
# with the verb that cites it (发表, 印发, 根据): one sentence broken at the link.
_CITED_REST = re.compile(r"《[^《》\n]{2,80}》[^《》\n]{0,40}[。；！]")
_CITING_END = re.compile(r"(?:发表|印发|公布|发布|颁布|出台|转发|审议通过|根据|依据|按照|贯彻落实|学习贯彻)$")
# The link's own words on their line: a cited title (《关于…的意见》) or a short word (揭榜).
_LINK_ALONE = re.compile(f"《[^《》\\n]{{2,80}}》|[{HAN}“”‘’]{{1,8}}")


def _join_link_breaks(lines: list[str]) -> tuple[list[str], tuple[Finding, ...]]:
    """`lines` with a sentence put back together that a saved page broke at a link: 印发 ‖
    《关于…的意见》 ‖ （以下简称《意见》）。这是…, or 带场景 ‖ 揭榜 ‖ ；“成果找市场”…. A line opening as
    only a sentence's rest does joins the line above it when that one is a sentence's part (of
    `_MIN_SENTENCE_PART` characters or more, ending no sentence); or, when that one is the link's
    words alone (a cited title, a short word), both join the sentence's part above them. A
    toolbar's one-character items (大 ‖ 中 ‖ 小 ‖ 】) stay as they are. A finding counts the joins."""
    out: list[str] = []
    joins = 0
    example = ""  # the first seam closed, for the finding
    kept: list[Finding] = []
    for line in lines:
        text = line.strip(" \t\u3000")
        previous = out[-1].strip(" \t\u3000") if out else ""
        # (a heading over the law it names is no verb over its object: 三、法律依据 ‖ 《某某条例》。)
        if text and _CITED_REST.fullmatch(text) and _CITING_END.search(previous) and _sentence_part(previous) and not _heading_line(previous):
            # 国务院新闻办公室14日发表 ‖ 《某某》白皮书。: the verb's object, a link, began the next line
            example = example or f"{previous[-_SEAM:]} ‖ {text[:_SEAM]}"
            out[-1] = out[-1].rstrip(" \t\u3000") + text
            joins += 1
            continue
        if text and out and _CONTINUATION.match(text):
            if _heading_line(previous):
                kept.append(Finding("lost-character", "标题下的段落以标点开头：网页可能丢了链接上的字（如年份），请核对", f"{previous[-_SEAM:]} ‖ {text[:_SEAM]}"))
                out.append(line)
                continue
            above = out[-2].strip(" \t\u3000") if len(out) >= 2 else ""
            if previous and _LINK_ALONE.fullmatch(previous) and _sentence_part(above) and not _HEADING_START.match(above):
                example = example or f"{above[-_SEAM:]} ‖ {previous} ‖ {text[:_SEAM]}"
                out[-2:] = [out[-2].rstrip(" \t\u3000") + previous + text]
                joins += 2
                continue
            if _sentence_part(previous):
                example = example or f"{previous[-_SEAM:]} ‖ {text[:_SEAM]}"
                out[-1] = out[-1].rstrip(" \t\u3000") + text
                joins += 1
                continue
        out.append(line)
    if not joins:
        return lines, tuple(kept)
    return out, (Finding("hard-wrap", f"网页在链接处断开的句子（{joins} 处，如单独一行的《…》）已接回，请核对", example), *kept)


_MIN_SENTENCE_PART = 6
_MAX_HEADING_LINE = 40  # characters of a numbered heading's line: a title, never a paragraph's start


def _heading_line(text: str) -> bool:
    """`text` is a numbered heading alone on its line (一、认真总结成绩，准确把握态势，始终保持加快发展的
    劲头): a line under it opening with a comma (，全县上下…, the body's first words a lost link) is
    the body's, not the heading's rest (dev79, session 43)."""
    return bool(_HEADING_START.match(text)) and len(text) <= _MAX_HEADING_LINE


def _sentence_part(text: str) -> bool:
    """`text` is part of a sentence a link broke off: long enough, ending no sentence."""
    return (
        len(text) >= _MIN_SENTENCE_PART
        and text[-1] not in _SENTENCE_END + "：:"
        and not _PAGE_NUMBER.fullmatch(text)
        and not _TRAIL.match(text)  # 当前位置：首页 > 政务公开: the site's trail
    )


def _fragment_runs_on(paragraph: str, line: str, after: Iterable[str]) -> bool:
    """In a fragmented render, `line` goes on with `paragraph` (the lines joined so far)."""
    last = paragraph.rstrip(_CLOSERS)[-1:]
    if last in _PARAGRAPH_END:
        return False  # a sentence, or a salutation (各位代表：), ended the paragraph
    if last.isdigit() and line[:1].isdigit():
        return False  # 2023 ‖ 12: two numbers, never one
    if _HEADING_START.match(line) or _LONE_MARKER.fullmatch(line):
        return False
    if is_label_alone(line):
        return False  # 11120000MB…/2021-00073 ‖ 发 布 机 构 ：: a field table's next label, its value under it
    if is_part_name(line):
        return False  # …2021年2月 ‖ 目录: a part's name is a heading of its own, never a line's rest
    if _LEADER_REST.fullmatch(line) or (_LEADER_END.search(paragraph) and _PAGE_ALONE.fullmatch(line)):
        return True  # 一、实施背景…… ‖ …… ‖ - 1 -: a contents entry's leader and page, run over
    if _ENTRY_DONE.search(paragraph):
        return False  # …保障措施……- 5 - ‖ 附录: the entry ended with its page, the next begins
    if _FRAGMENT_OPENING.match(line) or _LONE_MARKER.fullmatch(paragraph):
        return True  # ；财政收入… goes on with its sentence; 1. ‖ its title
    if _HEADING_START.match(paragraph):
        return _title_goes_on(chain([line], after))
    # 某某乡2024年政府工作报告: a title line, whole
    return bool(_TEXT_MARK.search(paragraph)) or not ends_as_title(paragraph)


_FIGURES_VALUE = re.compile(r"[0-9０-９(（+＋]")  # a value that opens with figures: a number, a phone, a date


def _title_goes_on(lines: Iterable[str]) -> bool:
    """The lines after a heading's first piece go on with its title: up to the first mark they
    hold no clause and the mark ends the title's sentence (特色农业提 ‖ 质扩量 ‖ 。), not a body
    sentence's clause (（一）经济运行稳中有升 ‖ 前三季度，…)."""
    run = ""
    for line in islice((text for text in (line.strip(" \t\u3000") for line in lines) if text), _TITLE_LINES + 1):
        mark = _TEXT_MARK.search(line)
        if mark is not None:
            run += line[: mark.start()]
            return mark.group() in "。！？!?" and len(run) <= _MAX_FIGURE_TITLE
        if _HEADING_START.match(line):
            return False
        run += line
    return False


def _cut_by_page_break(previous: str, line: str) -> bool:
    """A page break fell inside a sentence: the line before it is a full line of text (not a
    signature, a date or a title, which end without punctuation too) that does not end a
    sentence, and the line after it is no heading."""
    previous = previous.strip(" \t\u3000")
    last = previous.rstrip(_CLOSERS)[-1:]
    return _width(previous) >= _MIN_WRAP_WIDTH and last not in _SENTENCE_END and not _HEADING_START.match(line)


# A contents entry with its page number after a space, no leader (1.某局2022年工作总结 3, 10某镇工作计划 71).
_PAGED_ENTRY = re.compile(r"(?:\d{1,3}[.．、]?|[一二三四五六七八九十]{1,3}、)[ \u3000]*(?P<name>[^\s。；！？]{2,60}?)[ \u3000]+\d{1,4}")
_MIN_PAGED_ENTRIES = 3


def _paged_contents(lines: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The entries (as written) and their names (number and page number off) of the runs of at
    least _MIN_PAGED_ENTRIES contents lines numbered and paged without a leader, one after another
    (a collection's 目录: 1.某局2022年工作总结 3 / 2.某镇2022年工作计划 13 / …)."""
    entries: set[str] = set()
    names: set[str] = set()
    run: list[re.Match[str]] = []
    for line in [*lines, "。"]:  # the end: no entry, the last run is counted
        text = line.strip(" \t\u3000")
        if not text:
            continue  # blank lines between entries do not end the contents
        match = _PAGED_ENTRY.fullmatch(text)
        if match is not None:
            run.append(match)
            continue
        if len(run) >= _MIN_PAGED_ENTRIES:
            entries.update(found.group() for found in run)
            names.update(found.group("name") for found in run)
        run = []
    return frozenset(entries), frozenset(names)


def _apart(previous: str, line: str, contents: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A contents entry with its page number ends its line, and the title of a part the contents
    list (the entry's name again, in the body) is a line of its own: neither runs on."""
    entries, names = contents
    previous = previous.strip(" \t\u3000")
    return previous in entries or previous in names or line in names


_MIN_BARE_MARKERS = 3  # numbers alone on lines one after another: a list whose items were lost


_LONE_NUMBER = re.compile(r"[ \t\u3000]*\d{1,2}[ \t\u3000]*")
_MARK_OPENING = re.compile(r"[ \t\u3000]*[、.．](?=[ \t\u3000]*[^\d\s])")


def _join_split_markers(lines: list[str]) -> list[str]:
    """A list item's number cut from its 、 by a line break (2 / 、持《评定表》到指定医院…): the number
    alone on its line and the next line opening with the mark are one item (2、持《评定表》…), read
    as such, never a figure 二 and a line opening with 、."""
    out: list[str] = []
    for line in lines:
        if out and _MARK_OPENING.match(line) and _LONE_NUMBER.fullmatch(out[-1]):
            out[-1] = out[-1].strip() + line.strip(" \t\u3000")
            continue
        out.append(line)
    return out


def _drop_bare_marker_runs(lines: list[str]) -> tuple[list[str], tuple[Finding, ...]]:
    """`lines` without runs of at least `_MIN_BARE_MARKERS` lines that hold only a numbering
    marker one after another (1. / 2. / 3. / 4. / 5. at a page's foot: a box of links whose titles
    the copy lost). No heading stands so: a marker alone has its title on the next line, and
    read, each would be a bare number. One finding names the run."""
    bare = [bool(_LONE_MARKER.fullmatch(line.strip(" \t\u3000"))) for line in lines]
    keep = [True] * len(lines)
    dropped: list[str] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and bare[end]:
            end += 1
        if end - start >= _MIN_BARE_MARKERS:
            for index in range(start, end):
                keep[index] = False
            dropped.append(" ".join(line.strip() for line in lines[start:end]))
        start = end + 1 if end == start else end
    if not dropped:
        return lines, ()
    message = f"{len(dropped)} 处连续几行只有编号、没有内容（如「{dropped[0]}」），是网页丢了标题的链接列表：未朗读"
    return [line for line, kept in zip(lines, keep, strict=True) if kept], (Finding("chrome-dropped", message, dropped[0]),)


def _entry_broken(previous: str, entry: str) -> bool:
    """A numbered contents entry too long for its line (第一章奋力谱写新时代追赶超越新篇章，开启全面建设
    ‖ 社会主义现代化新征程……7): the line above the leader is numbered, short, ends no sentence
    and has no leader of its own, and the entry under it opens with no number: one entry."""
    previous = previous.strip(" \t\u3000")
    return (
        _HEADING_START.match(previous) is not None
        and len(previous) <= _MAX_BROKEN_ENTRY
        and previous[-1] not in _SENTENCE_END
        and _HEADING_START.match(entry) is None
    )


def _next_text(lines: list[str], start: int) -> str:
    """The next line with text from `start` on, stripped ("" at the end)."""
    return next((text for text in (line.strip(" \t\u3000") for line in _following(lines, start)) if text), "")


def _following(lines: list[str], start: int) -> Iterator[str]:
    """The lines from `start` on, read only as far as a rule looks ahead (a slice per line would
    copy the rest of a long text at every line)."""
    return (lines[index] for index in range(start, len(lines)))


def _subtitle_line(line: str) -> bool:
    """A subtitle line under a heading ending with a dash: a short phrase, no sentence in it."""
    text = line.strip(" \t\u3000")
    return 0 < len(text) <= _MAX_SUBTITLE and re.search("[，。；：:！？,;]", text) is None


def _joins(previous: str, line: str, width: int, after: Iterable[str], *, last_line: str = "") -> bool:
    """`previous` and `line` are one paragraph cut in two; `after` is what follows `line`.
    `last_line` is the last line joined into `previous` (by default `previous` itself): the
    width rule looks at it alone, since a paragraph's short last line ends it however long the
    lines above it are (…先进单位 ‖ 第一名：某市人民政府 ‖ 第二名：…, a list under a heading)."""
    previous = previous.strip(" \t\u3000")
    if not previous or _RULE_LINE.fullmatch(previous):
        return False  # —————— alone: the rule under a letterhead, which runs into no line
    if line.strip(" \t\u3000") == previous:
        return False  # a headline printed twice (the page's and the document's own): never one line
    if len(line.strip(" \t\u3000")) >= _MIN_REPEATED_START and previous.startswith(line.strip(" \t\u3000")):
        return False  # a site's teaser (the title and the text's first words, cut off) over the title line
    if not _PHRASE_MARK.search(previous) and _stacked_names(previous, line.strip(" \t\u3000")):
        # 国家中医药管理局中医住院医师规范化培训基地 ‖ 国家中医药管理局中医全科医师…基地 ‖ 2023年度某医院单位决算:
        # a site's honours, each a line of its own, over the headline
        return False
    if _LIST_ITEM.match(line.strip(" \t\u3000")) or _field_item(previous):
        return False  # - 发布机构：县政府办 / - 成文日期：…: each item of a bulleted list is a line of its own
    if line.strip(" \t\u3000").startswith(("——", "—", "－－")) and "。" not in previous and ends_as_title(previous):
        return False  # 关于某县…的报告 / ——2022年12月18日在…会议上: a title over its dateline or subtitle
    if previous.endswith("会议上") and _DATELINE_CLOSE.search(previous) and is_organ_name(line.strip(" \t\u3000")):
        return False  # …第二次会议上 / 某县财政局: the dateline over the organ that reports
    if is_doc_number(line) or glued_code_field(line) is not None:
        # 沪（浦）征地告〔2022〕第14号, 监督索引号53262303000101000 under the title: a number or a
        # code field is a line of its own, no word's tail
        return False
    if _next_decimal(previous, line.strip(" \t\u3000")):
        return False  # 4.1特大地质灾害险情（一级） ‖ 4.2大型…: the next numbered section, never the line's rest
    if _LONE_OPEN.fullmatch(previous):
        return not _HEADING_START.match(line)
    if _LONE_MARKER.fullmatch(previous):
        first = _FIRST_SENTENCE.match(line.strip(" \t\u3000"))
        sentence = first.group() if first is not None else ""
        if len(sentence) > _MAX_TITLE_SENTENCE or (len(sentence) > _MAX_FIGURE_TITLE and FIGURE.search(sentence)):
            return False  # its text, not its title: the title was lost
        return not _HEADING_START.match(line)  # 第一章 / 第二章 …: a chapter whose title was lost
    if _open_title(previous):
        return not _HEADING_START.match(line) and _title_closes(previous, chain([line], after))
    if previous.endswith("——") and len(previous) <= _MAX_DASHED_HEADING and _subtitle_line(line):
        return False  # 2019年工作回顾—— / 聚力攻坚稳增长“六个年”活动显成效: a heading over its subtitle lines
    if (
        len(line.strip(" \t\u3000")) <= _MAX_BADGE
        and "。" not in previous
        and "。" not in line  # (a sentence is no badge: the costly check below is spared)
        and (ends_as_title(previous) or _HEADING_START.match(previous))
        and is_chrome_line(line.strip(" \t\u3000"))
    ):
        # 某某在…会议上的讲话 ‖ VIP专免, 一、提高政治站位，…光荣感 ‖ 阅读全文: a headline or a heading over
        # the site's badge or button, no title's rest
        return False
    if previous.endswith("——") and not width and re.search("[。？！?!]", previous):
        # 近日…到底是悬赏什么？大家一起来看看—— / 某市公安局 / …悬赏通告: a lead whose dash points to
        # what follows, in a copy set in lines; no sentence runs on from it
        return False
    if previous.endswith(_RUN_ON_END):
        return not _HEADING_START.match(line)
    if (
        _CUT_WORD_END.search(previous)
        and _width(previous) >= _MIN_CUT_LINE
        and _WORD_TAIL.match(line)
        and not _FIELD.match(previous)  # 发布时间：… 来源：某某网 is a byline row, no cut sentence
        # 三、禁止燃放的区域范围 ‖ 东：某地至某地…: a heading over its first labelled item
        and not (_HEADING_START.match(previous) and len(previous) <= _MAX_DASHED_HEADING)
        # 某某政策问答 ‖ 问：…？: a headline, whole with its kind's word, over a speaker's or a label's line
        and not (ends_as_title(previous) and not _PHRASE_MARK.search(previous))
    ):
        return True  # …思想为指 ‖ 导，坚持…: a word cut in two
    if _cut_clause(previous, line):
        return True  # …奖补结合，充 ‖ 分调动各级…: a clause cut after its first characters
    if _short_phrase(previous) and _short_phrase(line.strip(" \t\u3000")) and line.strip(" \t\u3000").startswith(_TITLE_CONJUNCTIONS):
        return True  # 意见发表 ‖ 和采纳情况: a heading broken before its 和, the rest no line of its own
    if _SPLIT_NUMBER.search(previous) and _NUMBER_GOES_ON.match(line):
        return True  # 每日上午9 ‖ :00至11:30 is one time
    if _DATELINE_OPEN.match(previous) and _DATELINE_END.match(line):
        return True  # ——2025年1月10日在某县第十八届 ‖ 人民代表大会第五次会议上
    if _NOTE_OPEN.match(previous) and not _NOTE_ACT.search(previous) and _NOTE_END.match(line):
        return True  # 2017年8月22日某州第十二届人民代表大会 ‖ 常务委员会第六次主任会议修订
    if _open_parenthesis(previous) and _closes_parenthesis(line):
        return not _HEADING_START.match(line)  # （2025年1月10日在某县第十八届 ‖ 人民代表大会第五次会议上通过）
    if _HEADING_START.match(previous) and OPEN_TITLE_END.search(previous) and _HEADING_REST.fullmatch(line):
        return True  # 一、2020年和“十三五” ‖ 工作回顾: the title stopped before its head word
    if _clauses_title_cut(previous, line, after):
        return True  # 第一篇 把握形势，明确目标，迈向全面 ‖ 小康社会新征程
    if _CAPTION.match(previous) or _CAPTION.match(line):
        return False  # 图 2 2019—2023年三次产业结构: a caption is a line of its own
    if _is_field_row(previous) or _is_field_row(line):
        return False  # 时间：2024-04-28   作者：某某   阅读：69: a page's row of fields, not a wrapped line
    if _FIELD.fullmatch(line.strip(" \t\u3000")) and not _LEAD_IN_END.search(line.strip(" \t\u3000")):
        # (…请各校认真贯彻落实。有关事 ‖ 项通知如下：: a lead-in's end, 如下：, is no label)
        return False  # 某镇2021年度部门决算公开说明 ‖ 访问量：: a label left empty is a row of its own
    if _DATED_FIELD.match(line.strip(" \t\u3000")) or _DATED_FIELD.match(previous):
        return False  # 某某的区域有哪些 ‖ 更新时间：2023-11-03 19:04:59作者：未知 ‖ …: the headline's byline row
    if _labelled_field(line) and _width(line) < width - _WIDTH_SLACK and not re.search("[，。；！？,;]", line):
        return False  # 某某部门决算公开 ‖ 发布时间：2023-08-16: one short field under the headline, its own line
    if is_counts_row(fold(previous)):
        return False  # DOCX 28页 下载0 浏览77 收藏0: a sharing site's row of counts, no paragraph
    if _TRAIL.match(previous) or _TRAIL.match(line.strip(" \t\u3000")):
        return False  # 当前位置：首页>>…>>: the site's trail over the headline (or under its toolbar), not a paragraph
    if _LETTER_SPACED.fullmatch(line.strip(" \t\u3000")) or is_part_name(line.strip(" \t\u3000")):
        return False  # 目 录, 前 言, 目录: a part's name or a spaced word is a heading of its own, never a line's rest
    # A paragraph's first line may be short by its indent, which the copy took away.
    heading = _HEADING_START.match(previous)
    indent = 0 if heading else _INDENT
    above = _width(last_line.strip(" \t\u3000") or previous)
    if not width or above < width - _WIDTH_SLACK - indent:
        return False
    if above > width + _WIDTH_SLACK and ends_as_title(previous) and not _PHRASE_MARK.search(previous):
        return False  # a title wider than the wrap, never cut by it, over the addressee
    if heading and _CITATION.fullmatch(previous, heading.end()):
        return False  # 二、《某某制度》 ‖ 某某明细表: a heading whose title is a document's name, whole
    last = previous.rstrip(_CLOSERS)[-1:]
    if _QUESTION_END.search(previous):
        return False  # 某县禁放的区域有哪些 ‖ 某县禁放区域: a question ends there, its mark left off
    return last not in _SENTENCE_END and not _HEADING_START.match(line)


# A decimal section number opening a line (4.1, 3.2.1), words after it (a figure's unit: see FIGURE).
_DECIMAL_NUMBER = re.compile(rf"(\d{{1,2}}(?:[.．]\d{{1,2}}){{1,3}})(?=[\u3000 ]?[{HAN}])")


_PHRASE_MARK = re.compile("[，。；！？,;!?]")
_PARALLEL_START = 6  # lines opening with this many characters alike are parallel, not one paragraph cut


def _stacked_names(previous: str, line: str) -> bool:
    """`line` under `previous` (no sentence in it) stands apart from it: both open alike (a stack of
    names, a list), or `line` is a headline of its own that opens with its year (2023年度某医院单位决算).
    A paragraph cut by a fixed width opens its next line anywhere."""
    if len(previous) >= _PARALLEL_START and line[:_PARALLEL_START] == previous[:_PARALLEL_START]:
        return True
    return LEADING_YEAR.match(line) is not None and not _PHRASE_MARK.search(line) and ends_as_title(line)


def _next_decimal(previous: str, line: str) -> bool:
    """`line` opens with the decimal section number that comes next after the one `previous`
    opens with: its sibling (4.1 → 4.2), its first child (4.1 → 4.1.1) or the first of a next
    branch (4.4 → 5.1, 4.1.3 → 4.2)."""
    above, below = _DECIMAL_NUMBER.match(previous), _DECIMAL_NUMBER.match(line)
    if above is None or below is None or FIGURE.match(previous) or FIGURE.match(line):
        return False  # (1.5万人次 ‖ 1.6万元: figures, a wrapped sentence's)
    old = [int(part) for part in re.split("[.．]", above.group(1))]
    new = [int(part) for part in re.split("[.．]", below.group(1))]
    if new == [*old, 1]:
        return True
    return any(
        new[:level] == old[:level] and new[level] == old[level] + 1 and all(part == 1 for part in new[level + 1 :])
        for level in range(min(len(old), len(new)))
    )


# An item of a list a page saved as text sets under a bullet: - item, • item, * item (a dash
# needs the space after it: -2 is a number).
_LIST_ITEM = re.compile(r"[•▪◦●■*＊][ \u3000]*\S|[-－][ \u3000]+\S")
# A bulleted field whose value is a code, a date or a name (- 索引号：A01-2016-001, - 发布机构：县政府办):
# it ends with the item; a paragraph's wrapped line runs on with commas and sentences.
_FIELD_ITEM = re.compile(r"(?:[•▪◦●■*＊][ \u3000]*|[-－][ \u3000]+)[^\d\s：:，。、]{1,6}(?:[ \u3000][^\d\s：:，。、]{1,2}){0,4}[ \u3000]*[：:][^，。；！？,;]{0,40}")


def _field_item(text: str) -> bool:
    return bool(_FIELD_ITEM.fullmatch(text))


# A short word set letter-spaced, one character and a space at a time (目 录, 前 言, 总 则).
_LETTER_SPACED = re.compile(rf"[{HAN}](?:[ \u3000]+[{HAN}]){{1,5}}")


# The end of a line cut one or two characters into a clause: a comma or an enumeration comma,
# then one or two Chinese characters and nothing more (…奖补结合，充 / …开发区、苏州); not the
# 、 of a numbered heading (…增长3%。 二、农业).
_CLAUSE_TAIL = re.compile(rf"(?<![一二三四五六七八九十百\d\s])[，,、][{HAN}]{{1,2}}$")
# The line under it goes on with the clause: characters, then a clause or sentence mark.
_CLAUSE_REST = re.compile(rf"[{HAN}][^，,、。；;：:！？!?\s]{{0,30}}[，,、。；;：:！？!?]")


def _cut_clause(previous: str, line: str) -> bool:
    """A line that stops one or two characters into a clause, in a sentence (the line holds a
    comma: a title or a signature does not), over a line that goes on with that clause: the
    two are one paragraph, though a blank line stands between them (a PDF copy leaves one where
    its page or column ended). 充 ‖ 分调动各级…, 苏州 ‖ 宿迁工业园区，… A title's last item after
    an enumeration comma (表彰先进集体、个人) has no comma before it and is never joined."""
    line = line.strip(" \t\u3000")
    return (
        _width(previous) >= _MIN_CUT_LINE
        and bool(_CLAUSE_TAIL.search(previous))
        and bool(re.search("[，,]", previous))
        and bool(_CLAUSE_REST.match(line))
        and not _HEADING_START.match(line)
        and not _is_field_row(line)
        and not _FIELD.match(line)
        and not _labelled_field(previous)
    )


def _labelled_field(text: str) -> bool:
    """`text` is a page's field, a listed label and its colon (關鍵詞：某某,發展,工作): its value
    is a list of words, never a clause that runs on into the paragraph under it."""
    label = label_pattern().match(fold(text.strip()))
    return label is not None and label.group(0).rstrip().endswith(("：", ":"))


def _is_field_row(text: str) -> bool:
    """A row of two fields or more set apart by spaces (时间：2024-04-28   来源：某某网   阅读：69):
    every piece is a short `word：value` or a short value, and no piece holds a sentence mark."""
    pieces = _SPACED_COLON.sub(r"\1", text).split()  # 来源 ：某某局 (a space before the colon)
    fields = sum(1 for piece in pieces if _FIELD.match(piece))
    # The page's stamp may open the row in place of a label (2019-02-18 11:19:19 来源:某某网).
    stamped = bool(pieces) and re.fullmatch(STAMP_DATE, pieces[0]) is not None
    if (
        fields >= (1 if stamped else 2)
        and (stamped or bool(_FIELD.match(pieces[0])))
        and all(len(piece) <= _MAX_FIELD_PIECE and not re.search("[，。；！？]", piece) for piece in pieces)
    ):
        return True
    # A field table's row without colons, its empty fields left out (索引号 某某/2025-00241 发文字号,
    # 关键词 发布机构 某某局): listed labels standing apart, one opening the row.
    folded = fold(text.strip(" \t\u3000"))
    labels = list(label_pattern().finditer(folded))
    return (
        len(labels) >= 2
        and labels[0].start() == 0
        and len(folded) <= _MAX_SPACED_ROW
        and not re.search("[，。；！？,;]", folded)
    )


# A heading's title of parallel clauses (把握形势，明确目标，迈向…), long enough to wrap; a space may
# set them apart instead of a comma (全面建成小康社会 开启全面建设社会主义; dev76, session 43).
_CLAUSES_TITLE = re.compile(
    rf"[^，,。；;：:！？!?\s]{{2,}}(?:(?:[，,]|[ \u3000]+)[^，,。；;：:！？!?\s]{{2,}})+(?<=[{HAN}])"
)
_BOOK_PART = re.compile(r"第[一二三四五六七八九十百\d]{1,4}[篇编]")  # a plan's part over its chapters
_MIN_CLAUSES_TITLE = 12  # characters after the marker (a part's title set large wraps early: 全面提高发展质量，开启现代化)
# The rest of the last clause: a few Chinese characters, a quoted name among them (…新阶段现代化 ‖
# “三美某县”迈上新征程, the name counting as one), no clause or sentence mark.
_TITLE_CLAUSE_REST = re.compile(rf"(?:[{HAN}]|“[{HAN}]{{1,8}}”){{2,8}}")
_LONG_CLAUSE_REST = re.compile(rf"(?:[{HAN}]|“[{HAN}]{{1,8}}”){{2,{_MAX_SUBTITLE}}}")  # … after a clause cut short


def _clauses_title_cut(previous: str, line: str, after: Iterable[str]) -> bool:
    """`previous` is a long heading whose title is a row of clauses, stopped on a character, and
    `line` a short line of Chinese characters without a mark (but the quotes of a name), followed
    by a paragraph or a heading (not by another short line, as a list's items are): the rest of
    the title's last clause (第一章 适应新常态，夺取脱贫致富奔小康 ‖ 决定性胜利). The rest may be longer
    where the last clause stopped a few characters in, at most half as long as the first
    (第一章 全面建成小康社会即将胜利实现，开启全 ‖ 面建设社会主义现代化新征程)."""
    marker = _HEADING_START.match(previous) or _BOOK_PART.match(previous)
    rest = line.strip(" \t\u3000")
    if marker is None or not _LONG_CLAUSE_REST.fullmatch(rest):
        return False
    title = previous[marker.end() :].strip(" \t\u3000")
    if len(title) < _MIN_CLAUSES_TITLE or not _CLAUSES_TITLE.fullmatch(title):
        return False
    clauses = re.split(r"[，,]|[ \u3000]+", title)
    if not _TITLE_CLAUSE_REST.fullmatch(rest) and 2 * len(clauses[-1]) > len(clauses[0]):
        return False
    nxt = next((text for text in (text.strip(" \t\u3000") for text in after) if text), "")
    return not nxt or bool(_HEADING_START.match(nxt)) or len(nxt) > _MAX_TITLE_SENTENCE or bool(_TEXT_MARK.search(nxt))


def _open_parenthesis(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _closes_parenthesis(line: str) -> bool:
    """The line closes a bracket left open by the line before, before it opens one of its own
    (a typo's stray bracket is not closed by the next line's own pair)."""
    close = min((i for i in (line.find("）"), line.find(")")) if i >= 0), default=-1)
    opened = min((i for i in (line.find("（"), line.find("(")) if i >= 0), default=len(line))
    return 0 <= close < opened


# A title's piece: words, figures, quotes and brackets, no sentence or clause mark (a comma inside
# quotes is the title's: 开展“收好官，开好局”专项行动).
_QUOTED_NAME = re.compile(r"“[^“”]{0,20}”|《[^《》]{0,40}》")
_TITLE_PIECE = re.compile(rf"[{HAN}〇0-9A-Za-z“”《》〈〉（）()·\-—]{{2,40}}")
_MAX_BROKEN_TITLE = 80
# How a title's first line opens: 关于…, or a name with the year it covers (某镇人民政府2024年…).
# How a title's first line opens: 关于/印发/转发, maybe after its issuer's name (某市人民政府关于…),
# or a name with its year.
# Bounded (a title line is short): unbounded, a long line without a year took time quadratic in its length.
_TITLE_OPENING = re.compile(rf"[{HAN}]{{0,30}}?(?:关于|印发|转发)|[{HAN}]{{2,60}}.{{0,100}}?(?:19|20)\d{{2}}年")
_BODY_OPENING = re.compile(r"[（(—]|.*[：:]$|.*[。；！？，,;!?]")  # (a copy may have narrowed the marks: ，→ ,)


def _title_broken(previous: str, line: str, after: Iterable[str]) -> bool:
    """A document's title printed over two or three lines, blank lines between them (金石镇人民政府
    2024年政府信息 ‖ 公开工作年度报告; 关于印发某市…发展 ‖ 第十四个五年规划…的通知): heard
    as separate paragraphs, a pause falls inside the title. Joined when the title's last line ends
    with its kind's word and no line before it does, none is a heading, the first opens as a title
    does (关于…, a name with its year), and what follows the title opens a body (a paragraph, a salutation, a note, a dateline, the
    document's number), not another short line."""
    previous, line = previous.strip(" \t\u3000"), line.strip(" \t\u3000")
    if not (_title_piece(previous) and _title_piece(line)):
        return False  # (checked first: most pairs of lines are no title, and the lines to come need not be read)
    rest = list(islice((text for text in (text.strip(" \t\u3000") for text in after) if text), _TITLE_PIECES))  # lines to come
    title = [previous, line]
    while (
        len(title) < _TITLE_PIECES
        and rest
        and (not ends_as_title(title[-1]) or rest[0].startswith(_TITLE_CONJUNCTIONS))
        and _title_piece(rest[0])
    ):
        # the title's third (or fourth) line: 某省人民政府关于印发 ‖ 某省国民经济和社会发展 ‖ 第十四个五年规划
        # ‖ 和2035年远景目标纲要的通知; the last one must end it (see below)
        title.append(rest.pop(0))
    if not all(_title_piece(piece) for piece in title) or len("".join(title)) > _MAX_BROKEN_TITLE:
        return False
    # A piece may end with a kind's word when the next opens with a conjunction: …第十四个五年规划
    # ‖ 和二〇三五年远景目标纲要的通知 names two documents in one title.
    ended = [ends_as_title(piece) and not following.startswith(_TITLE_CONJUNCTIONS) for piece, following in pairwise(title)]
    if any(_HEADING_START.match(piece) for piece in title[:-1]) or any(ended) or not ends_as_title(title[-1]):
        return False
    if _HEADING_START.match(title[-1]) or line.startswith(("—", "-")) or not re.search(f"[{HAN}]{{2}}", previous):
        return False
    if _TITLE_OPENING.match(line) or same_opening(previous, line):
        return False  # 某局（本级）2025年度部门预算公开 ‖ 某局2025年度预算公开说明: two titles, each whole
    if any(is_organ_name(piece) for piece in title[1:]):
        return False  # 某某条例（2005年修正） ‖ 某市人大常委会 ‖ 某某条例: a law's issuer under its title, no part of one
    # A place opens a title broken for its length (某省国民经济和社会发展 ‖ 第十四个五年规划和 ‖ …), the
    # rest no title of its own: a line opening with a year or an organ (2024年…报告, 政府工作报告) is one,
    # under a site's greeting or a session's label (某县水利局欢迎您, 某县十七届人大四次会议文件).
    # (After a joining word, 和 ‖ 2035年远景目标纲要, the line goes on with the title whatever it opens with.)
    own = (_YEAR_OPENING.match(line) or opens_with_issuer(line)) and not previous.endswith(_TITLE_CONJUNCTIONS)
    placed = _PLACE_OPENING.match(previous) is not None and not own
    if is_organ_name(previous) or not (_TITLE_OPENING.match(previous) or placed):
        # 导航菜单, 政府信息公开: a site's words over a title are the page reader's; so is an organ's
        # name over a 关于 line (a joint document's issuers keep their spacing, a signature is not
        # the next document's issuer).
        return False
    # (…under it its first heading: 某镇 ‖ 自然灾害救助应急预案 ‖ 一、总则, an issued plan's title over its
    # text, no 目录 over its chapters; not a field row, which a site's line and a news headline stand over too)
    return (
        not rest
        or bool(_BODY_OPENING.match(rest[0]))
        or is_doc_number(rest[0])
        or len(rest[0]) > _MAX_BROKEN_TITLE // 2
        or (placed and _FIRST_HEADING.match(rest[0]) is not None and not is_part_name(title[-1]))
    )


# A title's first line may open with the place it is of (某省国民经济和社会发展 ‖ 第十四个五年规划和 ‖
# 2035年远景目标纲要): a place's name within the first few characters, which no site's word has.
_PLACE_OPENING = re.compile(f"[{HAN}]{{1,5}}(?:{'|'.join(PLACE_ENDS)})(?![场长民委])")  # (市场, 县长, 市民, 市委: no place)
_YEAR_OPENING = re.compile(r"(?:19|20)\d{2}")
_FIRST_HEADING = re.compile(r"(?:一[、.．]|第一[章条部]|1[.．、]?[ \u3000]*总[ \u3000]*则)")  # a text's first heading
_SHORT_PHRASE = re.compile(f"[{HAN}]{{2,12}}")


def _short_phrase(text: str) -> bool:
    """A few Chinese characters and nothing else: a heading's words, no sentence."""
    return _SHORT_PHRASE.fullmatch(text) is not None


_TITLE_PIECES = 4  # a title in the text is broken over at most this many lines
_COLUMN_GAP = re.compile(r"[ \u3000]{3,}")  # the gap between two organs' names signed side by side


def _join_signature_columns(lines: list[str]) -> list[str]:
    """Joint issuers signed side by side, each organ's name broken over two lines in its column
    (某自治区        某自治区 / 发展和改革委员会        文化和旅游厅): read down each column, one name
    after the other (某自治区发展和改革委员会 某自治区文化和旅游厅), never across the rows. Each
    column's two pieces must make an organ's name that its first piece alone is not."""
    out = list(lines)
    texts = [index for index, line in enumerate(out) if line.strip(" \t\u3000")]
    # (only lines set in columns are split: most texts have none)
    columns = {index: _COLUMN_GAP.split(out[index].strip(" \t\u3000")) for index in texts if _COLUMN_GAP.search(out[index])}
    for first, second in pairwise(texts):
        if second - first > 2 or first not in columns or second not in columns or not out[first]:
            continue
        tops, bottoms = columns[first], columns[second]
        if len(tops) != len(bottoms):
            continue
        if all(is_organ_name(top + bottom) and not is_organ_name(top) for top, bottom in zip(tops, bottoms, strict=True)):
            out[first] = " ".join(top + bottom for top, bottom in zip(tops, bottoms, strict=True))
            out[second] = ""
    return out


# A title's line never opens with a conjunction: one that does carries on the line before it.
_TITLE_CONJUNCTIONS = ("和", "及", "与", "暨", "以及")


def _title_piece(text: str) -> bool:
    return _TITLE_PIECE.fullmatch(_QUOTED_NAME.sub("名", text)) is not None


def _open_title(text: str) -> bool:
    """A book-title bracket is still open at the end of the line: 关于印发《某市贯彻落实〈关于打好经济
    ‖ 增长主动仗…〉实施方案》的通知 — a title never ends a paragraph before its bracket closes."""
    return text.count("《") > text.count("》") or text.count("〈") > text.count("〉")


def _title_closes(previous: str, following: Iterable[str]) -> bool:
    """The bracket left open by `previous` is closed within the next few lines with text, before
    any of them ends a sentence. A bracket that never closes (a headline cut short on a page,
    《某省进一步支持民间投资 over the document's own title lines) joins nothing: it would run
    the title, the document number and the salutation into one paragraph."""
    left = _open_count(previous)
    texts = (text for text in (line.strip(" \t\u3000") for line in following) if text)
    for text in islice(texts, _TITLE_LINES):
        left += _open_count(text)
        if left <= 0:
            return True
        if text.rstrip(_CLOSERS)[-1:] in _SENTENCE_END:
            return False
    return False


def _open_count(text: str) -> int:
    return text.count("《") + text.count("〈") - text.count("》") - text.count("〉")


_DOUBLE_SPACED_SHARE = 0.8  # of the gaps between lines with text, at least this many are one blank line


def _double_spaced(lines: list[str]) -> bool:
    """Every line with text stands one blank line from the next (a PDF's page copied with a blank
    line under each printed line): nearly all gaps between text lines are exactly one blank line."""
    texts = [index for index, line in enumerate(lines) if line.strip(" \t\u3000")]
    gaps = [after - before for before, after in pairwise(texts)]
    return len(gaps) >= _MIN_WRAPPED_LINES and sum(gap == 2 for gap in gaps) >= _DOUBLE_SPACED_SHARE * len(gaps)


def _wrap_width(lines: list[str]) -> int:
    """The wrap width if the text is hard-wrapped, else 0. A contents entry's dot leader fills
    its line to the page number on purpose: such lines set no width (a contents of eight
    entries would make the field rows above it a wrapped paragraph)."""
    lines = [line for line in lines if not _LEADER.fullmatch(line.strip(" \t\u3000"))]
    lengths = [_width(line.strip(" \t\u3000")) for line in lines]
    long_lines = [n for n in lengths if n >= _MIN_WRAP_WIDTH]
    if len(long_lines) < _MIN_WRAPPED_LINES:
        return 0
    counts = Counter(long_lines)

    def near(width: int) -> int:
        return sum(c for n, c in counts.items() if abs(n - width) <= _WIDTH_SLACK)

    # The width most lines sit at, give or take a digit or a mark (a tie: the wider); a few
    # longer stray lines, and the short last lines of paragraphs, do not set it.
    width = max(counts, key=lambda n: (near(n), n))
    if near(width) < _MIN_WRAPPED_LINES:
        return 0
    at_width = [line.strip(" \t\u3000") for line, n in zip(lines, lengths) if abs(n - width) <= _WIDTH_SLACK]
    if len(at_width) < _WRAP_SHARE * len(long_lines):
        return 0
    # A wrap cuts sentences: most lines at the width end in the middle of one.
    cut = sum(1 for line in at_width if line.rstrip(_CLOSERS)[-1:] not in _SENTENCE_END)
    return width if cut >= _WRAP_SHARE * len(at_width) else 0


def _width(text: str) -> int:
    """Printed width in columns: two for a wide (CJK, full-width) character, one otherwise.
    ASCII punctuation beside a Chinese character counts two as well: it stands for the
    full-width mark the document printed (a scraper or an NFKC copy turned ， into ,), so a
    wrapped line with three commas is as wide as its neighbours."""
    wide = [unicodedata.east_asian_width(ch) in "WF" for ch in text]
    width = len(text) + sum(wide)
    if _NARROWED.isdisjoint(text):
        return width
    return width + sum(
        1
        for i, ch in enumerate(text)
        if ch in _NARROWED and ((i > 0 and wide[i - 1]) or (i + 1 < len(text) and wide[i + 1]))
    )
