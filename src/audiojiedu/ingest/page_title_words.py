"""The words and shapes of a title, and comparisons of a line with a title.

Title words are data (`data/title_words.tsv`): how a title ends (…的通知), the organs that
issue documents, the verbs that say what a document does (印发). A line reads as a headline, a
list of organs, an organ's name or a place's; a line may be the title again (`same_title`), a
shorter repeat of it, or repeat it at the foot after a site's name (`repeats_title`).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from ..han import HAN
from ..title_key import title_key
from ..tsv import words_pattern
from .page_chrome import fold
from .page_fields import Page, is_doc_number, title_like
from .title_words import title_words

MAX_COLUMN_CHARS = 12  # a site column's name glued before the title (政策解读, 政务要闻)
MAX_SHORT_COLUMN = 6  # a column alone on its line, named by a document's kind or by its end (考试公告, 人大要闻)
_TITLE_REPEAT_SHARE = 0.6  # a repeat of the title at the foot holds at least this much of it
_MAX_SITE_NAME = 8  # a site's name glued before the title at the foot (某某文库, 第一文档网)
TITLE_REPEAT_LINES = 5  # a title repeated under itself may be broken over this many lines
MAX_ORGAN_CHARS = 30  # 平潭综合实验区农村发展局 in front of 关于…的通知
# A headline holds at least this many characters (统计公报 alone is a column's name).
MIN_CANDIDATE_CHARS = 8
# A date packed into eight digits (20230114): a library's upload day in brackets after a title.
PACKED_DATE = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
# A bracketed note after a title's last word: the period it covers, its state or its count in a
# series (（2024—2026年）, （试行）, 某某指挥部通告（第1号）, 某某批复（2004年10号）), or the day it is
# dated (（20230114）).
TITLE_NOTE_TAIL = re.compile(
    r"[（(](?:\d{4}\s*[—\-－~～至到]+\s*\d{4}\s*年?|\d{4}\s*年?|"
    rf"{PACKED_DATE}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日|(?:\d{{4}}\s*年\s*)?第?\s*[\d一二三四五六七八九十]{{1,4}}\s*号|试行|修订|暂行|征求意见稿|草案|摘登|摘要|摘编|节选)[）)]$"
)
# A writ's party or number in brackets after its kind (某局行政处罚决定书（某某食品有限公司）, …责令改正违法
# 行为决定书（某环责改〔2025〕7号）): the title ends with the kind's word before it.
_WRIT_TAIL = re.compile(r"(?<=书)[（(][^（）()]{2,40}[）)]$")
# The title's own note printed on the line under it: the period it covers or its state
# (某某三年行动计划 / （2021-2023年）, 某某办法 / （试行）). A date alone under it is the day's, not the title's.
_OWN_NOTE_LINE = re.compile(r"[（(](?:\d{4}[ \u3000]*[—\-－~～至到]+[ \u3000]*\d{4}[ \u3000]*年?|试行|暂行|征求意见稿|送审稿|草案)[）)]")
# A news site's note after a headline that pictures or a video go with it: （图）, （组图）, [视频].
MEDIA_TAG_TAIL = re.compile(r"\s*[（(【\[]\s*(?:[组多附]?图(?:文|片|集)?|视频|音频|图\s*[/／]\s*文)\s*[）)】\]]$")
# A site's note that it prints the whole text: …报告（全文）.
_FULL_TEXT_TAG = re.compile(r"\s*[（(【\[]\s*(?:全文|原文|正文)\s*[）)】\]]$")
# An issuer's red letterhead: 某省人民政府办公厅文件, 某县人民政府 文 件 (the issuer, its name ending as an
# organ's does, then 文件). Group 1 is the issuer.
@lru_cache(maxsize=1)
def letterhead() -> re.Pattern[str]:
    organs = words_pattern(title_words()["organ"])
    return re.compile(rf"\s*(\S{{2,30}}?(?:{organs}))\s*文\s*件\s*")
PLACE_ENDS = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡")  # 某市 before 某区人民政府工作报告
# Words that join two parts of a phrase: a space before or after them is inside the phrase.
# How a sentence citing a rule opens (根据…, 按照…): never a title, and a preamble's opening.
CITING_WORD = "根据|按照|依据|依照|遵照"
# How a preamble opens (为深入贯彻…, 根据…): a title run into it ends there.
PREAMBLE_OPENING = re.compile(f"为(?:深入|进一步|全面|切实|认真|加强|加快|推动|推进|贯彻|落实|做好|确保|规范|有效)|{CITING_WORD}")
JOINING_WORDS = ("和", "及", "与", "暨", "的", "之", "并", "或", "以及")


def says_what_happened(line: str) -> bool:
    """`line` reports something happening, as a news headline does (某县召开…会议, 某某调研…, 某会议
    开幕): it holds a verb of news (data: news-verb)."""
    return any(verb in line for verb in title_words()["news-verb"])


def is_headline(line: str) -> bool:
    """A line that reads as a document's title: short, no sentence, and ends as titles do or
    starts with 关于."""
    return (
        title_like(line) and not line.endswith(("：", ":")) and (ends_as_title(line) or fold(line).startswith("关于"))
    )


def is_organ_list(line: str) -> bool:
    """某省农业农村厅  某省财政厅, or a long 、-list of agencies: issuing organs, not a title."""
    line = fold(line)
    if "关于" in line:
        return False
    names = [name for name in re.split(r"[\s、，,]+", line) if name]
    organs = title_words()["organ"]
    if not all(name.endswith(organs) for name in names):
        return False
    return len(names) >= 2 or len(line) > 40


# A verb that holds a meeting: a line ending in 会 with one before it names an event, not an organ.
_MEETING_VERB = re.compile("召开|举行|举办|开幕|闭幕|出席|参加")


def is_organ_name(line: str) -> bool:
    """One agency's name alone on a line: 河北雄安新区管理委员会."""
    line = fold(line)
    return (
        len(line) <= MAX_ORGAN_CHARS
        and "关于" not in line
        and not re.search(r"[\s、，,。：:]", line)
        and (line.endswith(title_words()["organ"]))
        and _MEETING_VERB.search(line) is None  # 我县召开…推进会: a news headline naming a meeting
        and not line.endswith(title_words()["event"])  # 某某委12月新闻发布会: a meeting, no organ
    )


_PHRASE_CHARS = 8  # a menu's word is shorter; a headline's phrase (系统推进美丽城市建设) is this long


def headline_phrases(items: list[str]) -> bool:
    """Two or more of a line's items are phrases as long as a headline's (专家解读 | 系统推进美丽城市建设
    全面提升城市治理水平): a headline of phrases set apart, maybe after its column's tag, never a bar
    of menu words."""
    return sum(len(item) >= _PHRASE_CHARS for item in items) >= 2


def own_note_line(line: str) -> bool:
    """`line` is only the title's own note, printed under the title line (see `_OWN_NOTE_LINE`)."""
    return _OWN_NOTE_LINE.fullmatch(fold(line).strip()) is not None


def says_printed_below(line: str, *, sentence: bool = False) -> bool:
    """`line` says the document is printed under it (全文如下：, 具体内容如下：; data: excerpt): ending
    with a colon, or, when `sentence` (a repost's lead: …现将全文如下。), with any mark or none."""
    folded = fold(line).strip()
    said = folded.rstrip("。：: \u3000").endswith(title_words()["excerpt"])
    return said and (sentence or folded.endswith(("：", ":")))


# A draft's word after the name of the document it drafts, outside brackets (《政府工作报告》征求意见稿;
# ho145/06, session 56).
_DRAFT_AFTER_CITED = re.compile("(?<=》)(?:征求意见稿|送审稿|讨论稿|草案)$")


def ends_as_title(text: str) -> bool:
    """`text` ends with a title word (…的通知, …报告), maybe before closing marks, a bracketed
    note of the period or state it covers (…三年行动方案（2024—2026年）, …办法（试行）) or a site's
    note after it (…报告（全文）, …公报（图）); or it names a national law (中华人民共和国…法)."""
    folded = _WRIT_TAIL.sub("", TITLE_NOTE_TAIL.sub("", _FULL_TEXT_TAG.sub("", MEDIA_TAG_TAIL.sub("", fold(text).rstrip()))))
    if folded.endswith(("稿", "草案")):  # (a cheap test first: this runs for every cut a title is tried at)
        folded = _DRAFT_AFTER_CITED.sub("", folded)  # 2022年《政府工作报告》征求意见稿: the cited name's kind
    # 中华人民共和国某某法: a national law's name ends on 法 alone, too common a character to list
    national_law = folded.startswith("中华人民共和国") and folded.endswith("法")
    return folded.rstrip("》”)）").endswith(title_words()["final"]) or national_law


def ends_whole_title(text: str) -> bool:
    """`text` ends as a title (see `ends_as_title`) and, opening with 关于, ends as one does: with
    the kind after 的 (关于某某计划执行情况的报告). A title word with no 的 after 关于 (关于某省2021年
    国民经济和社会发展计划) names the subject inside a title the line's width broke off."""
    folded = fold(text)
    return ends_as_title(text) and ("关于" not in folded or "的" in folded[folded.find("关于") :])


# How a title complete in itself opens: a name with the year it covers (某镇人民政府2024年…), or a
# speaker given where the speech was made (某某在全县经济工作会议上的讲话).
# Bounded (a title is short): unbounded, a long line without a year took time cubic in its length.
_OWN_TITLE_OPENING = re.compile(rf"[{HAN}]{{2,60}}[^，。；：:！？]{{0,100}}?(?:19|20)\d{{2}}年|[{HAN}]{{2,4}}(?:同志)?在[^，。；：:！？]{{2,40}}上的")


def opens_own_title(line: str) -> bool:
    """`line` is a title complete in itself, whatever stands over it: it opens as a title does
    (a name with its year, 某镇人民政府2024年…年度报告; a speaker and the meeting, 某某在全市…会议上
    的讲话) and ends as one (see `ends_as_title`). A line over it is never its first part (a
    widget's label, 点击收听语音播报; a forum's tag and a post's name)."""
    folded = fold(line).strip()
    return is_headline(folded) and ends_as_title(folded) and _OWN_TITLE_OPENING.match(folded) is not None


def says_what_it_does(title: str) -> bool:
    """A headline that says what the document is about or does (关于…, 某县人民政府印发…的通知)."""
    folded = fold(title)
    return is_headline(title) and ("关于" in folded or any(verb in folded for verb in title_words()["issue"]))


def contents_heading_of(line: str, title: str) -> bool:
    """`line` is `title` and 目录 (某局2024年预算公开目录 under the headline 某局2024年预算公开):
    the document's title page heading its contents, not a title of its own."""
    key = squash(title)
    return bool(key) and squash(line) == key + "目录"


def is_place_name(tag: str) -> bool:
    """A place's name: 某省, 某市, 某县 …, or a province named without its suffix (北京, 湖南)."""
    folded = fold(tag)
    return folded.endswith(PLACE_ENDS) or folded in title_words()["region"]


def names_issuer(line: str, title: str, *, after: str) -> bool:
    """`line`, printed directly over the document's own title line, is the organ whose document
    it is, so organ and title together are the document's full title (某市某某局 / 2023年法治政府
    建设工作年度报告 under a page headline that gave only the second line; 某市人民政府办公厅 /
    关于印发…的通知). `after` is the line under the title line.

    The line is one organ's name alone (short, no space or punctuation, ending as organs do:
    局, 委, 厅, 办, 政府, 委员会, 中心 …). It is not joined when the title names its issuer or
    place already (某市人民政府办公室关于…, 某县2023年…: the line then is the issuing organ
    header, see the header loop) or holds the line, nor when a document number follows the
    title (某某局 / title / 某政发〔2024〕3号: the organ printed over its number is the 发文机关,
    metadata). Only the head of the document is looked at, so a signature at the end (某某局 /
    2024年1月2日) never joins a title."""
    folded = fold(title).strip()
    return (
        is_organ_name(line)
        and not ends_as_title(line)
        and squash(line) not in squash(title)
        and (folded.startswith(("关于", "转发", "印发")) or not opens_with_issuer(folded))
        and not is_doc_number(after)
    )


def opens_with_issuer(title: str) -> bool:
    """The title (folded) opens with a place or an organ (某县2023年…, 某市人民政府…, 全省…): its
    first run of characters, up to a column's length, holds a name ending as places or organs do."""
    run = re.match(f"[{HAN}]*", title)
    head = run.group(0)[:MAX_COLUMN_CHARS] if run else ""
    ends = PLACE_ENDS + title_words()["organ"]
    return any(head[:size].endswith(ends) for size in range(2, len(head) + 1))


LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年度?")  # a title's opening year (2023年, 2025年度)
_MAX_YEARS_TITLE = 20
# Kinds of a year's document that open with 政府 and name no organ (2021年政府信息公开工作年度报告).
_GOVERNMENT_KINDS = ("政府信息公开", "政府工作报告", "政府采购", "政府性基金", "政府债务", "政府预算", "政府决算")


def organ_over_its_years_title(first: str, second: str) -> bool:
    """`first` is one organ's name alone and `second` a title of its year and kind only, naming no
    place or organ of its own (2023年度部门预算, 2021年度部门决算公开说明, 2022年工作总结): a cover's
    title broken after the organ, the two lines one title."""
    title = fold(second).strip()
    year = LEADING_YEAR.match(title)
    return (
        is_organ_name(first)
        and year is not None
        and len(title) <= _MAX_YEARS_TITLE
        and ends_as_title(title)
        # (政府信息公开工作年度报告 opens with 政府, a word of the kind, no organ's name)
        and not (opens_with_issuer(title[year.end() :]) and not title[year.end() :].startswith(_GOVERNMENT_KINDS))
    )


_MIN_REPEAT_CHARS = 4  # 行政处罚决定书 under 某县某局行政处罚决定书: a kind's name with a word before it


def shorter_repeat(line: str, title: str) -> bool:
    """The document's own heading under the page's headline, without the place the headline
    puts first: 某区人民政府工作报告 under 某市某区人民政府工作报告. It ends as a title does and is
    the end of the title, at most a place or an organ's name shorter; or, holding its year, names
    what the organ made public (2022年度部门决算公开 under 某局2022年度部门决算公开)."""
    line, title = line.strip(), title.strip()
    if len(line) < _MIN_REPEAT_CHARS or not (ends_as_title(line) or _YEAR_WORD.search(line)) or not title.endswith(line):
        return False
    place = title.removesuffix(line)
    return (
        0 < len(place) <= MAX_COLUMN_CHARS
        and not re.search(r"\s", place)
        and fold(place).endswith(PLACE_ENDS + title_words()["organ"])
    )


# A bracketed note the site sets after a headline: the year it covers, its state (（2023年）, （全文）).
_HEADLINE_NOTE = re.compile(r"[ \u3000]*[（(][^（）()]{1,10}[)）]$")
_MAX_HEADLINE_PREFIX = 20
_MIN_OWN_TITLE = 4  # characters of a document's own title line (工作报告)
_YEAR_WORD = re.compile(r"(?:19|20)\d{2}年(?:度)?")


def own_short_title(line: str, title: str) -> bool:
    """`line`, under the page's headline `title`, is the document's own title line, which the
    headline says with its place, organ or year before it (政府工作报告 under 沙沟镇2021年政府工作报告,
    广州市人民政府工作报告（2023年）, 2026年某自治区政府工作报告): the document's own line is its title.
    A 关于… line is none: its issuer, printed on the letterhead, opens its full title (某市人民政府关于…)."""
    line = squash(line)
    headline = squash(_HEADLINE_NOTE.sub("", title.strip()))
    if fold(line).startswith(("关于", "印发", "转发")):
        return False  # 某市人民政府关于… over 关于…: the issuer before 关于 is the full title's own
    if len(line) < _MIN_OWN_TITLE or not ends_as_title(line) or not headline.endswith(line) or headline == line:
        return False
    prefix = fold(headline.removesuffix(line))
    if len(prefix) > _MAX_HEADLINE_PREFIX or re.search("[，。；：！？,;:!?《》“”]", prefix):
        return False
    rest = _YEAR_WORD.sub("", prefix)
    return not rest or rest.endswith(PLACE_ENDS + title_words()["organ"]) or opens_with_issuer(rest)


def title_repeat_lines(lines: list[str], index: int, title: str) -> int:
    """How many lines from `index` spell the title again (the header of the document breaks it
    over lines: 某市人民政府办公室 / 关于印发《…经济 / 增长…》的通知), 0 if they do not. A copy may
    lose a few characters where the header broke (某镇2023 / 政府信息公开工作年度报告 under 某镇2023年
    政府信息公开工作年度报告: the 年 set in another font was lost): each line after the first may
    go on that far past where the one before stopped, and the last may stop that far short of the
    title's end, the lines still spelling the title in order from its first character."""
    wanted = squash(title)
    at = 0
    for size in range(1, min(TITLE_REPEAT_LINES, len(lines) - index) + 1):
        part = lines[index + size - 1]
        piece = squash(part)
        found = wanted.find(piece, at, at + len(piece) + (_SEAM_LOSS if size > 1 else 0)) if piece else -1
        if (not title_like(part) and not part.endswith(("，", "、"))) or found < 0 or (size == 1 and found):
            # … or lose the title's last characters (某镇2025年政府信息公开工作 / 年度报 under …年度报告)
            return size - 1 if size > 2 and len(wanted) - at <= _SEAM_LOSS else 0
        at = found + len(piece)
        if at == len(wanted):
            return size if size > 1 else 0  # one line: handled by same_title
    return 0


_SEAM_LOSS = 3  # characters a copy may lose where a title's lines broke (二三年 of 某县二〇 / 国民经济…)


def title_lost_at_seam(line: str, title: str) -> bool:
    """`line` is the title printed again with a few characters lost at one place: the seam where
    the header broke it over two lines, joined back since (某镇2023政府信息公开工作年度报告 under
    某镇2023年政府信息公开工作年度报告; see `title_repeat_lines`). The rest of it is the title's, in
    order, and long enough to name a document."""
    piece, wanted = squash(line), squash(title)
    lost = len(wanted) - len(piece)
    if not 0 < lost <= _SEAM_LOSS or len(piece) < MIN_CANDIDATE_CHARS or not title_like(line):
        return False
    kept = next((at for at, (a, b) in enumerate(zip(piece, wanted)) if a != b), len(piece))
    return 0 < kept < len(piece) and wanted[kept + lost :] == piece[kept:]


def next_past_title(page: Page, index: int) -> str:
    """The line after page.lines[index], past repeats of the title ("" at the end)."""
    for line in page.lines[index + 1 :]:
        if not (page.title and same_title(line, page.title)):
            return line
    return ""


_OPENING_CHARS = 4  # two title lines opening with this many same characters are two titles


def same_opening(first: str, second: str) -> bool:
    """`first` and `second` open with the same words: four characters (某区教育委员会 …), after a
    year or not (2024年度某区某局…), or a place's shorter name before a year (某县2025年… / 某县
    2024…); or `second` holds all of `first` and says more. The rest of a title broken over lines
    never starts it again: each line is a title of its own."""
    if squash(second).startswith(squash(first)):
        return True  # 某局预算公开 over 某局预算公开情况说明: the second names it more fully
    # A year may come first (2024年度某区某局…): the names after it are compared.
    run = re.match(f"((?:19|20)\\d{{2}}年度?)?([{HAN}]*)", squash(first))
    year, head = (run.group(1) or "", run.group(2)) if run else ("", "")
    if len(head) >= _OPENING_CHARS:
        head = head[:_OPENING_CHARS]
    elif not (len(head) > 1 and head.endswith(PLACE_ENDS)):
        return False
    return squash(second).startswith(year + head)


def squash(text: str) -> str:
    """`text` folded, without spaces, quotes, book-title marks and colons: titles are compared so."""
    return title_key(fold(text))


def same_title(line: str, title: str) -> bool:
    """`line` spells `title` (compared squashed), and the title is not empty."""
    return squash(line) == squash(title) and bool(squash(title))


def repeats_title(line: str, title: str) -> bool:
    """A repeat of the title at the foot of the page, maybe cut short. Most of the title must
    be there: the signing organ 某县人民政府办公室 is part of the title 某县人民政府办公室关于…的通知
    too, and it is the document's own text."""
    squashed, whole = squash(line), squash(title)
    if len(squashed) >= max(6, _TITLE_REPEAT_SHARE * len(whole)) and squashed in whole:
        return True
    # The site's name glued before the repeat (某某文库 + the title): a footer, not the text.
    # An attachment line (附件2 + a title) is the document's own.
    site = squashed[: len(squashed) - len(whole)]
    return (
        bool(whole)
        and squashed.endswith(whole)
        and 0 < len(site) <= _MAX_SITE_NAME
        and site.isalpha()
        and "附件" not in site
    )


def shared_run(first: str, second: str) -> int:
    """The length of the longest run of characters `first` and `second` have in common."""
    return SequenceMatcher(None, first, second, autojunk=False).find_longest_match().size


def said_more_fully(short: str, full: str) -> bool:
    """`full` says `short` more fully: every character of `short` stands in it, in order, maybe
    with words between (（某省）2025年某市某区人民政府工作报告 over 2025年政府工作报告; 某县某办公室 某县某局
    关于严禁…的通告 under 某县关于严禁…的通告). Both are compared as given (squash them first)."""
    rest = iter(full)
    return all(char in rest for char in short)
