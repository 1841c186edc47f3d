"""The title of a scraped page: which line at its head is the headline, and what a site set
around it.

Title words are data (`data/title_words.tsv`): how a title ends (…的通知), the organs that
issue documents, the verbs that say what a document does (印发). A list page may set its date
by the headline (3月21日 某某通告) and a site a label before it ([某省]); a headline may keep its
table cell's border (某某工作总结 |) or a document number glued before it
(某政发【2023】7号关于…的通知), be broken over lines or repeated under itself, or run into the
first paragraph on one line (某市…统计公报 2024年，是…), and a repost may set a few sentences of news,
or a news headline of its own, over the notice's own title line. A speech printed from its
occasion or speaker line (2025年1月6日在…会议上, 某市人民政府市长 某某) has no title line. A
document without any title line is named later, once for every format (`naming`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from ..model import Finding
from ..part_names import CONTENTS_HEADING
from ..title_key import title_key
from ..tsv import read_kinds
from .clean import CJK
from .page_chrome import BULLET, SUSPECT_CHROME_CHARS, fold
from .page_fields import (
    DATE_LINE,
    DOC_NUMBER,
    MAX_TITLE_CHARS,
    Page,
    empty_widget,
    is_doc_number,
    is_label_only,
    label_key,
    parse_metadata_line,
    title_like,
)
from .pipe_tables import is_pipe_row

# A document number glued before the headline: 某政发【2023】7号关于印发…的通知.
_NUMBERED_TITLE = re.compile(f"(?P<number>{DOC_NUMBER})[ \u3000]*(?P<title>\\S.*)")
# … and one set after it in brackets: 某某印发…的通知（某办发〔2017〕2号）.
_TRAILING_NUMBER = re.compile(f"[ \u3000]*[（(][ \u3000]*(?P<number>{DOC_NUMBER})[ \u3000]*[）)]$")
_MAX_COLUMN_CHARS = 12  # a site column's name glued before the title (政策解读, 政务要闻)
_FULL_TEXT_TAG = re.compile(r"\s*(?:[—\-－]{1,2}\s*全文|[（(【\[]\s*全文\s*[）)】\]])$")
_YEAR_TAG = re.compile(r"\s+((?:19|20)\d{2})$")
_TITLE_REPEAT_SHARE = 0.6  # a repeat of the title at the foot holds at least this much of it
_LETTERHEAD = re.compile(r"\s*(\S{2,30}?(?:政府|办公厅|办公室|委员会|厅|局|委|部|院|署))\s*文\s*件\s*")
_SESSION_FILE = re.compile(r"\S{2,40}?会议(?:文件|材料)[ \u3000]*(?:[（(]?\d{1,3}[)）]?|之[一二三四五六七八九十\d]{1,3})?")
_ADOPTION_NOTE = re.compile(r"^[（(][^）)]*\d[^）)]*[）)]$")  # （2021年11月23日…通过）: dated, so no title part
_CITED_TITLE = re.compile(f"(?P<number>{DOC_NUMBER})?\\s*《(?P<title>[^《》]+)》")
_MAX_SITE_NAME = 8  # a site's name glued before the title at the foot (某某文库, 第一文档网)
_CITED_LINES = 6  # a title issuing several documents may cite them over this many lines
_TITLE_REPEAT_LINES = 5  # a title repeated under itself may be broken over this many lines
_CELL_BORDER = "|｜ \u3000"  # a table cell's border bars and the spaces by them
_ARABIC_ITEM = re.compile(r"(\d{1,2})[.．、]")
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]"
    r"|第[一二三四五六七八九十百\d]+(?:[章节条篇编節條編]|部分))"
)
_ATTACHMENT_LABEL = re.compile(r"附\s*件\s*[0-9一二三四五六七八九十]{0,3}\s*[：:]?")
MAX_ORGAN_CHARS = 30  # 平潭综合实验区农村发展局 in front of 关于…的通知
HEAD_LINES = 10  # metadata rows, dates and captions under the title are looked for in this many lines
HEAD_ROW_CHARS = 80  # a metadata row under the title is at most this long
# A publication date set before or after a list page's headline (see split_title_date).
_TITLE_DATE = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}日"
_TITLE_DATE_HEAD = re.compile(
    rf"(?P<open>[\[【(（]?)(?P<date>{_TITLE_DATE})(?P<close>[\]】)）]?)(?P<gap>[ \u3000]*)(?P<rest>\S.*)"
)
_TITLE_DATE_TAIL = re.compile(
    rf"(?P<rest>.*?\S)(?P<gap>[ \u3000]*)(?P<open>[\[【(（]?)(?P<date>{_TITLE_DATE})(?P<close>[\]】)）]?)"
)
_TITLE_LINES = 6  # the full title is looked for in this many lines at the top of the body
_LEAD_LINES = 8  # a repost's news lead and its document's title line stand in this many lines
# Furniture over a headline (see _drop_furniture_over_headline): looked for in this many lines,
# each item at most this long; a headline found under it holds at least this many characters
# (统计公报 alone is a column's name).
_FURNITURE_LINES = 80
_FURNITURE_ITEM_CHARS = 16
_MIN_CANDIDATE_CHARS = 8
_MAX_ISSUER_LINES = 4  # a joint document's issuers printed one a line over its 关于… title
_OPENING_CHARS = 4  # two title lines opening with this many same characters are two titles
_CRUMB_MARK = re.compile(r"\s*[>›»＞]\s*")  # between the crumbs of a trail
_MIN_CRUMBS = 3  # a trail has two marks at least
# A line opening with a full date set apart from what follows (2022-11-08 某某平台的版权声明): a stamp.
_STAMPED = re.compile(r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[ \u3000]+\S")
# A page's headline with the site's name after a dash (某某述职报告范文五篇-某某平台): see split_title_tag.
_TITLE_SITE_TAIL = re.compile(r"(?P<rest>.*?\S)[ \u3000]*(?:[-_|｜–]|——?)[ \u3000]*(?P<tag>[^\s\-_|｜–—]{2,16})")
# Ranking the lines at a page's head as its headline (see _rank_headline).
_MIN_HEADLINE_SCORE = 3
_REPEAT_LOOKAHEAD = 12  # the document's own title line is printed again within this many lines
_MENU_BAR_ITEMS = 3  # a line of at least this many short items is a menu bar
_COUNT_LINE = re.compile(r"\d{1,9}")  # a view count alone
_BARE_URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")  # a web address alone on its line
_BRACKETED = re.compile(r"[（(【\[［][^（）()【】\[\]［］]{1,16}[）)】\]］]")  # （某县某局）: a column label
_STAMP_START = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}[:：]\d{2}")  # 2026-03-11 19:16 来源：…
_BARE_LABEL = re.compile(rf"[{CJK}]{{1,6}}[ \u3000]*[：:]")  # 主题：, 时限： alone on a line
_DATED_ROW = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}")
# A date the page set in brackets after a headline: （2025年1月8日）.
_TITLE_TAG_TAIL = re.compile(r"[（(【\[]\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*[）)】\]]$")
# A region or column label a site set before a headline: [某省], 【转载】, （某市）.
# A news site's note after a headline that pictures or a video go with it: （图）, （组图）, [视频].
_MEDIA_TAG_TAIL = re.compile(r"\s*[（(【\[]\s*(?:[组多附]?图(?:文|片|集)?|视频|音频|图\s*[/／]\s*文)\s*[）)】\]]$")
_TITLE_TAG_HEAD = re.compile(rf"[\[【［（(]\s*(?P<tag>[{CJK}]{{1,8}})\s*[\]】］）)]\s*(?P<rest>\S.*)")
# A region a repost site set with a colon before a 关于… headline: 某省：关于印发…的通知.
_TITLE_REGION_HEAD = re.compile(rf"(?P<tag>[{CJK}]{{2,8}})\s*[：:]\s*(?P<rest>关于\S.*)")
# A field's label set before the headline with a bullet between (会议题目 • 某某主持召开…会议).
_TITLE_LABEL_HEAD = re.compile(rf"(?P<tag>[{CJK}]{{0,4}}(?:题目|标题|名称))\s*[•·▪]\s*(?P<rest>\S.*)")
# A site column's name set with a colon before the headline (政策解读：某市…方案): listed (column).
_TITLE_COLUMN_HEAD = re.compile(rf"(?P<tag>[{CJK}]{{2,8}})\s*[：:]\s*(?P<rest>\S.*)")
# A quoted column or topic name set apart by a space before the headline (“某某信息公开” 关于…的通知).
_TITLE_QUOTED_HEAD = re.compile(r"(?P<tag>“[^“”]{1,12}”)[ \u3000]+(?P<rest>\S.*)")
# A web address before the headline (an advert a mirror glued on: 某某医院 http://x.example.net/关于…的通知):
# an address is never part of a document's title; what stands before it goes with it.
_TITLE_URL_HEAD = re.compile(rf"(?P<tag>[^\n]*?(?:https?://|www\.)[\x21-\x7e]*)[ \u3000]*(?P<rest>[{CJK}“《].*)")
# A bracketed note after a title's last word: the period it covers or its state (（2024—2026年）, （试行）).
_TITLE_NOTE_TAIL = re.compile(r"[（(](?:\d{4}\s*[—\-－~～至到]+\s*\d{4}\s*年?|\d{4}\s*年|试行|修订|暂行|征求意见稿|草案)[）)]$")
_BRACKETED_TAIL = re.compile(r"[（(][^（）()]{1,16}[）)]$")  # （2022年更新） after a listing name
_PLACE_ENDS = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡")  # 某市 before 某区人民政府工作报告
# Words that join two parts of a phrase: a space before or after them is inside the phrase.
_JOINING_WORDS = ("和", "及", "与", "暨", "的", "之", "并", "或", "以及")
_TITLE_INNER_SPACE = re.compile(rf"([{CJK}“”《》])[ \u3000]+(?=[{CJK}“”《》0-9（(])")
# A figure set apart from its unit (2020 年, 3 号): one word, the space is the layout's.
_FIGURE_UNIT_SPACE = re.compile(r"(?<=\d)[ \u3000]+(?=[年月日号期届次批])")
# The rest of a title broken over two lines after the name of the document it issues
# (关于印发某市三年行动计划 / （2023—2025年）的通知): a title line never starts with 的, nor with a
# bracketed note followed by it; the first line ends with a title word, yet the title goes on.
_TITLE_REST = re.compile(r"(?:[（(][^（）()]{1,30}[）)])?[》”」]?的")
# A date alone on a line, maybe in brackets ((二〇〇八年二月二十六日), 2024年3月1日): a dateline, never a title.
_NUMERAL = "0-9０-９〇零○OoＯ一二三四五六七八九十"
_DATE_ONLY = re.compile(rf"[（(【\[]?\s*[{_NUMERAL}]{{2,4}}\s*年\s*[{_NUMERAL}]{{1,3}}\s*月(?:\s*[{_NUMERAL}]{{1,3}}\s*日)?\s*[）)】\]]?")
# A subtitle line under a report's heading (——在某某县第十八届人民代表大会第五次会议上): no title.
_OCCASION = re.compile(r"^(?:[—－\-]{1,2}|―)")
# … and the same line printed without its dash, maybe with the day first (2025年1月10日在某县第五届
#人民代表大会第三次会议上): it says where a speech was given, and ends there; 在…会议上的讲话 is a title.
_SESSION_OCCASION = re.compile(rf"(?:[（(]?[{_NUMERAL}]{{2,4}}\s*年[^在。，；]{{0,10}}[）)]?\s*)?在[^。，；！？]{{2,60}}?(?:会议|大会)上")


@lru_cache(maxsize=1)
def _title_words() -> dict[str, tuple[str, ...]]:
    kinds = (
        "final",
        "organ",
        "issue",
        "region",
        "site",
        "nav",
        "name-label",
        "deliver",  # read by naming
        "self-name",  # read by naming
        "not-deliver",
        "excerpt",
        "cite",
        "column",
        "reading-column",
        "speaker-post",
    )
    return read_kinds("audiojiedu.ingest", "data/title_words.tsv", kinds)


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
    organs = _title_words()["organ"]
    if not all(name.endswith(organs) for name in names):
        return False
    return len(names) >= 2 or len(line) > 40


def _is_organ_name(line: str) -> bool:
    """One agency's name alone on a line: 河北雄安新区管理委员会."""
    line = fold(line)
    return (
        len(line) <= MAX_ORGAN_CHARS
        and "关于" not in line
        and not re.search(r"[\s、，,。：:]", line)
        and (line.endswith(_title_words()["organ"]))
    )


def _organ_over_title(lines: list[str]) -> bool:
    """A joint document prints its organs one a line above the title: lines[0] is one organ
    and, past any further organ lines, a 关于… title follows."""
    if not _is_organ_name(lines[0]):
        return False
    for line in lines[1:]:
        if not (_is_organ_name(line) or is_organ_list(line)):
            return fold(line).startswith("关于") and title_like(line)
    return False


def ends_as_title(text: str) -> bool:
    """`text` ends with a title word (…的通知, …报告), maybe before closing marks or a bracketed
    note of the period or state it covers (…三年行动方案（2024—2026年）, …办法（试行）)."""
    folded = _TITLE_NOTE_TAIL.sub("", fold(text).rstrip())
    return folded.rstrip("》”)）").endswith(_title_words()["final"])


def unwrap_title(title: str, page: Page) -> str:
    """A page title written as a citation, 鲁政发〔2014〕20号《某省关于…的意见》: the title is
    what stands in the book-title marks; the document number goes to the metadata. So does a
    number glued before a headline that says what it does (某政发【2023】7号关于印发…的通知,
    某办发〔2024〕3号某县人民政府转发…的通知) or set after it in brackets (…的通知（某办发〔2017〕2号）);
    a title that only names a number (某政发〔2023〕7号文件解读) keeps it."""
    trailing = _TRAILING_NUMBER.search(fold(title))
    if trailing is not None and ends_as_title(title[: trailing.start()]):
        page.metadata.setdefault("发文字号", title[trailing.start("number") : trailing.end("number")])
        title = title[: trailing.start()].rstrip()
    match = _CITED_TITLE.fullmatch(fold(title))
    if match is None:
        numbered = _NUMBERED_TITLE.fullmatch(fold(title))
        if numbered is None or not _says_what_it_does(numbered.group("title")):
            return title
        page.metadata.setdefault("发文字号", title[numbered.start("number") : numbered.end("number")])
        return title[numbered.start("title") :]
    if match.group("number"):
        page.metadata.setdefault("发文字号", title[match.start("number") : match.end("number")])
    return title[match.start("title") : match.end("title")].strip()


def _says_what_it_does(title: str) -> bool:
    """A headline that says what the document is about or does (关于…, 某县人民政府印发…的通知)."""
    folded = fold(title)
    return is_headline(title) and ("关于" in folded or any(verb in folded for verb in _title_words()["issue"]))


def take_title_line(page: Page) -> str:
    """The title line taken off the top of `page.lines` (see `_take_title_line`), or "".

    A people's congress prints its session's label over each document it hands out (某县十七届人大
    四次会议文件, 某市第十五届人民代表大会第三次会议文件（5）): it is no part of the title under it,
    and stays to be read after the title."""
    if len(page.lines) < 3 or not _SESSION_FILE.fullmatch(fold(page.lines[0])):
        return _take_title_line(page)
    label, origin = page.lines.pop(0), page.origin.pop(0)
    title = _take_title_line(page)
    page.lines.insert(0, label)
    page.origin.insert(0, origin)
    return title


def _take_title_line(page: Page) -> str:
    """Without a declared title, a short first line with no sentence punctuation is the title.

    Issuing organs printed one a line or side by side above a joint document's 关于… line open its
    full title (中共某某委员会 / 某某管理委员会 / 关于印发…的通知, 某省财政厅 某省科技厅 / 关于…), as one
    organ over its title does (see `names_issuer`); listed at length, or above any other title,
    they go to the metadata (发布机构). A title broken over two
    lines is joined when the first part does not end as a title does and the joined text does,
    or when the second line can only be the rest of a title (（2023—2025年）的通知 under
    关于印发某某行动计划: the first part ends with the name of the document it issues).
    """
    while len(page.lines) >= 3 and (letterhead := _LETTERHEAD.fullmatch(fold(page.lines[0]))):
        # 某省人民政府办公厅文件: the red letterhead names the issuer; the number follows it.
        page.metadata.setdefault("发文机关", page.lines[0][letterhead.start(1) : letterhead.end(1)])
        del page.lines[0]
        del page.origin[0]
        if is_doc_number(page.lines[0]):
            page.metadata.setdefault("发文字号", page.lines.pop(0))
            page.origin.pop(0)
    organs: list[str] = []
    while (
        len(page.lines) >= 2
        and title_like(page.lines[0])
        and (is_organ_list(page.lines[0]) or _organ_over_title(page.lines))
    ):
        organs.append(page.lines.pop(0))
        page.origin.pop(0)
    heads_title = len(page.lines) >= 2 and fold(page.lines[0]).startswith("关于")
    # One a line, or side by side on one (某省农业农村厅  某省财政厅), a few issuers over 关于… open
    # its full title, as the document is cited; a long list of agencies goes to the metadata.
    names = [name for organ in organs for name in organ.split()]
    if organs and not (heads_title and len(names) <= _MAX_ISSUER_LINES and all(map(_is_organ_name, names))):
        page.metadata.setdefault("发布机构", " ".join(organs))
        organs = []
    if len(page.lines) >= 3 and _ATTACHMENT_LABEL.fullmatch(page.lines[0]):
        # The file is itself an attachment (附件1： above its title).
        page.metadata.setdefault("附件编号", page.lines[0].rstrip("：: "))
        del page.lines[0]
        del page.origin[0]
    if len(page.lines) < 2:
        return ""
    _drop_furniture_over_headline(page)
    _open_lone_cell(page)
    first = page.lines[0]
    if not title_like(first) and (under := _title_under_lead(page.lines)):
        title = page.lines.pop(under)
        page.origin.pop(under)
        page.findings.append(
            Finding(
                "title-guessed",
                f"标题取自转载导语下面的公文标题行（第 {under + 1} 行），其上 {under} 行导语照读，请核对",
                title,
            )
        )
        return title
    if not title_like(first) and (run := _title_run_into_text(first)) is not None:
        title, page.lines[0] = run
        page.findings.append(
            Finding("title-guessed", "标题与正文第一段连在同一行：已在空格处分开，空格前作标题，请核对", first[: len(title) + 10])
        )
        return title
    if size := _title_under_part(page.lines):
        title = "".join(page.lines[1 : 1 + size])
        del page.lines[1 : 1 + size]
        del page.origin[1 : 1 + size]
        page.findings.append(
            Finding("title-guessed", "标题取自文首部分标题（第一部分…）下面的报告标题行，部分标题照读，请核对", title)
        )
        return title
    if not title_like(first) or _HEADING_START.match(fold(first)) or first.endswith(("：", ":")):
        return ""
    if _is_menu_bar(first) and _BARE_LABEL.match(fold(first)):
        return ""  # 快捷搜索：某某 某某 某某 over the text: the site's search bar, never what the text is called
    if _is_occasion(first) or is_pipe_row(first) or _DATE_ONLY.fullmatch(fold(first)) or _is_speaker_line(first):
        # ——2025年1月10日在…会议上 says where a report was given, 某县人民政府县长 某某 who gave it:
        # neither what it is called (a report without its title line is named later, see `naming`)
        return ""
    taken = 1
    second = page.lines[1] if len(page.lines) > 2 else ""
    if (
        (not ends_as_title(first) or _TITLE_REST.match(second) is not None)
        and title_like(second)
        and not _HEADING_START.match(fold(second))
        and parse_metadata_line(second) is None  # 索引号：… 分类：…通知 is a field row, not the title's rest
        and not CONTENTS_HEADING.fullmatch(second)  # 目录 under the title heads the contents
        and len(first + second) <= MAX_TITLE_CHARS
        and ends_as_title(first + second)
        and _continues_into(first, second)
    ):
        first, taken = first + second, 2
    elif len(page.lines) > 3 and _broken_over_three(page.lines, 0):
        first, taken = "".join(page.lines[:3]), 3
    elif (size := _cited_run(page.lines)) > 1:
        first, taken = "".join(page.lines[:size]), size
    elif (size := _reprinted_run(page.lines, 0)) > 1:
        # 某县国民经济和社会发展 / 第十四个五年规划和2035年 / 远景目标纲要, printed whole further down
        first, taken = "".join(page.lines[:size]), size
    if taken == 1 and not organs and (size := _own_title_under(page.lines)):
        # The page's news headline over the document's own title line: the document's is the title,
        # the headline stays to be read.
        own = "".join(page.lines[1 : 1 + size])
        del page.lines[1 : 1 + size]
        del page.origin[1 : 1 + size]
        page.findings.append(
            Finding(
                "title-guessed",
                "网页标题下印有文件自己的标题行（其下是通过、批准日期或文号）：以文件标题为标题，网页标题照读，请核对",
                first,
            )
        )
        return own
    if taken == 1 and not organs and (index := _notice_title_under(page.lines)):
        own = page.lines.pop(index)
        page.origin.pop(index)
        page.findings.append(
            Finding(
                "title-guessed",
                "网页标题下印有通知（通告）自己的“关于…”标题行，其下是主送单位：以它为标题，网页标题照读，请核对",
                first,
            )
        )
        return own
    del page.lines[:taken]
    del page.origin[:taken]
    if organs:
        # The issuers printed over 关于…的通知 say whose notice it is: its full title starts with them.
        return " ".join(" ".join(organ.split()) for organ in organs) + first
    return first


_PART_HEADING = re.compile(r"第[一二三四五六七八九十\d]{1,3}部分")


def _title_under_part(lines: list[str]) -> int:
    """How many lines under a part's heading at the top (第一部分 预算报告) spell the title of the
    report that part opens (one line, or two broken inside a phrase: 关于某区2025年预算执行情况和 /
    2026年预算草案的报告), 0 if none do. The title ends as a title does and the report's dateline
    or its organ follows it (2026年1月26日在…会议上, broken over two lines it may be; 某区财政局):
    the part heading stays to be read as the part's, the report's title line is the title."""
    if len(lines) < 4 or not _PART_HEADING.match(fold(lines[0])):
        return 0
    for size in (1, 2):
        title = "".join(lines[1 : 1 + size])
        if size == 2 and not _broken_over(lines[1], lines[2]):
            continue
        after = lines[1 + size : 3 + size]
        if (
            _is_candidate_headline(title)
            and len(after) == 2
            and (_is_occasion(after[0]) or _is_occasion(after[0] + after[1]) or _is_organ_name(after[0]))
        ):
            return size
    return 0


def _own_title_under(lines: list[str]) -> int:
    """How many lines under the headline lines[0] spell the document's own title (one line, or two
    that end as a title only joined: 某省贯彻落实 / 《…若干意见》的实施意见), 0 if none do.

    A repost sets a news headline of its own over the document (某省出台实施意见落实…意见); the
    document prints its title and, right under it, what only a document's title carries: its
    adoption note (（2009年7月29日…会议审议通过）) or its number. That line is the document's own
    title, whatever the headline says. A headline that is itself followed by the note, or that the
    lines under it repeat (maybe after the organ: 某某局 / the headline / its number), keeps the title."""
    if len(lines) < 3 or _opens_document(lines[1]):
        return 0
    for size in (1, 2):
        parts = lines[1 : 1 + size]
        if len(parts) < size or len(lines) <= 1 + size:
            return 0
        joined = "".join(parts)
        if not all(title_like(part) and not _HEADING_START.match(fold(part)) for part in parts):
            return 0
        # Two lines: the note under them is the evidence they are one title, so a short first part
        # (某省贯彻落实) is no column's name over a headline here.
        if size == 2 and (ends_as_title(parts[0]) or _is_field(parts[0]) or "|" in joined or "｜" in joined):
            return 0
        if (
            _is_candidate_headline(joined)
            and len(joined) <= MAX_TITLE_CHARS
            and squash(joined) not in squash(lines[0])
            and squash(lines[0]) not in squash(joined)  # 某某局 / the headline again: the same title
            and _opens_document(lines[1 + size])
        ):
            return size
    return 0


def _notice_title_under(lines: list[str]) -> int:
    """The index of a notice's own title line under a repost's headline, 0 if none.

    A repost site writes a headline of its own (2021某市禁止燃放孔明灯通告（严禁燃放…）), then its
    fields and a labelled summary (来源：…, 导读：…), then the notice as issued: its 关于… title line
    and, right under it, whom it is addressed to (社会各界：, 各乡镇人民政府：). That line is the
    document's own title when it names the same kind of document as the headline (通告, 通知), the
    headline holds no 关于 (it is no formal title itself) and only fields, labelled lines and the
    site's furniture stand
    between (see `_head_role`; an addressee and a sentence between make it a notice the text
    forwards)."""
    headline = fold(lines[0])
    if "关于" in headline:
        return 0
    for index in range(1, min(len(lines) - 1, _LEAD_LINES)):
        line, folded = lines[index], fold(lines[index]).strip()
        if folded.startswith("关于") and _is_candidate_headline(line):
            kind = next((word for word in _title_words()["final"] if folded.endswith(word)), "")
            addressee = lines[index + 1].strip()
            addressed = addressee.endswith(("：", ":")) and title_like(addressee[:-1])
            same_kind = bool(kind) and _TITLE_NOTE_TAIL.sub("", _BRACKETED_TAIL.sub("", headline)).endswith(kind)
            return index if addressed and same_kind else 0
        if not (_head_role(lines, index) in ("field", "furniture") or _BARE_LABEL.match(folded)):
            return 0
    return 0


def _opens_document(line: str) -> bool:
    """The line a document prints right under its own title: its adoption or approval note
    (（2025年3月15日某某会议通过）) or its number (某政发〔2025〕3号)."""
    adopted = _ADOPTION_NOTE.fullmatch(fold(line)) is not None and re.search("通过|批准", line) is not None
    return adopted or is_doc_number(line)


def _title_run_into_text(line: str) -> tuple[str, str] | None:
    """(the title, the text) when a page set its headline and first paragraph on one line, a space
    between them (2023年某市国民经济和社会发展统计公报 2023年，是…。…), else None.

    What stands before the first space is a headline complete in itself: long enough to name a
    document, no sentence mark, ending as a title does; what follows is a paragraph (a sentence
    ended, longer than the headline) that does not go on from the headline (的, 和, 、: a phrase
    set apart by a space inside a sentence). A sentence that opens with a year or a place and
    runs on (2023年，全市…; 2023年全市统计公报显示，…) has no title before its first space."""
    match = re.fullmatch(r"(?P<head>[^\s]+)[ \u3000]+(?P<rest>\S.*)", line)
    if match is None:
        return None
    head, rest = match.group("head"), match.group("rest")
    folded = fold(rest)
    if (
        len(squash(head)) < _MIN_CANDIDATE_CHARS
        or re.search("[，。；：:,;！？]", head)
        or not (is_headline(head) and ends_as_title(head))
        or _HEADING_START.match(fold(head))
        or title_like(rest)  # no sentence after the space: a title set apart in two, not a paragraph
        or len(rest) <= len(head)
        or folded.startswith(_JOINING_WORDS + ("、", "，", "。"))
    ):
        return None
    return head, rest


def _is_occasion(line: str) -> bool:
    """——在某县第五届人民代表大会第三次会议上, 2025年1月10日在…会议上: the line under a speech's
    heading saying where and when it was given (with or without its dash), never a title."""
    return _OCCASION.match(line) is not None or _SESSION_OCCASION.fullmatch(fold(line).strip()) is not None


def _is_speaker_line(line: str) -> bool:
    """某市人民政府市长 某某, 县委副书记、县长 某某: the line under a speech's heading naming who gave
    it: an office that heads a government (data: speaker-post), right after the government, the
    place or the other office it goes with (人民政府市长, 某市市长, 、县长, 代区长) or alone, and then a
    person's name (two to four characters, or a transcribed name with its middle dot); never a
    title. A line ending as a title does (某某县长热线工作报告), or a post inside a phrase
    (…工作会议镇长部署稿), is not one."""
    folded = fold(line).strip()
    posts = "|".join(map(re.escape, _title_words()["speaker-post"]))
    office = rf"(?:[^。，；：:！？]{{0,28}}?(?:政府|[省市县区州旗盟镇乡委]|、|代|副))?(?:{posts})"
    name = rf"(?:[{CJK}]{{2,4}}|[{CJK}]{{1,8}}[·•][{CJK}·•]{{1,12}})"
    speaker = re.fullmatch(rf"{office}[ \u3000]*{name}", folded)
    return speaker is not None and not ends_as_title(folded)


def _open_lone_cell(page: Page) -> None:
    """A headline set in a table cell of its own under a field table keeps the cell's border
    (某街道2023年工作总结 |, | 某县关于…的通知): one cell, no bar inside it, so the bars are the
    table's, not the title's. The first line is read without them when its text is title-like."""
    first = page.lines[0]
    cell = first.strip(_CELL_BORDER)
    if cell == first.strip() or re.search("[|｜]", cell) or not title_like(cell):
        return
    if not (is_label_only(cell) or _HEADING_START.match(fold(cell))):
        page.lines[0] = cell


def _title_under_lead(lines: list[str]) -> int:
    """The index of a document's title line under a news lead, 0 if there is none.

    A page that reposts a notice opens with a few sentences of news about it (日前，某区人民政府印发
    关于…的通知。… 全文如下：) and then prints the notice with its own title line. The first line
    further down that reads as a headline is that title when two of three things hold: the line
    over it introduces it (it ends with a colon: 文件详情如下：), the lead names it (the title
    from its last 关于 on is in the lead), and it opens a document (a salutation 各…： or a
    document number follows). The lead is text: a heading (一、…) before any headline ends the
    search, and the lead's sentences stay to be read.
    """
    for index in range(1, min(_LEAD_LINES, len(lines) - 1)):
        line = lines[index]
        if _HEADING_START.match(fold(line)):
            return 0
        if not _is_candidate_headline(line):
            continue
        lead = squash("".join(lines[:index]))
        named = squash(line).rsplit("关于", 1)[-1]
        following = lines[index + 1]
        signals = (
            lines[index - 1].endswith(("：", ":")),
            len(named) >= _MIN_CANDIDATE_CHARS and named in lead,
            is_doc_number(following)
            or (
                following.endswith(("：", ":"))
                and len(following) <= HEAD_ROW_CHARS
                and not re.search("[。！？；]", following)
            )
            # （2025年3月15日某某会议通过）: the adoption note a decision or rule prints under its title
            or (_ADOPTION_NOTE.fullmatch(fold(following)) is not None and re.search("通过|批准", following) is not None),
        )
        return index if sum(signals) >= 2 else 0
    return 0


def _continues_into(first: str, second: str) -> bool:
    """Whether `second` can be the rest of a title whose first part is `first`.

    Not when `first` is a bar item (无障碍 |), a bulleted list item (• 手机版), a bar of short items
    set apart by spaces (热搜： 某某  某某  某某, see `_is_menu_bar`), a line of Latin letters without
    a Chinese character over a headline complete in itself (a crumb or a tag: abc123), a line that
    opens as `second` does (the page's headline over the document's own title line, both naming
    the same organ first: see `_opens_alike`), a site's name, a
    column's name over a complete headline (see `_is_column_over_headline`), or set letter-spaced
    while `second` is not (年 份 over the headline: a title broken over lines is set alike on
    both); nor when `second` is already inside `first` (the document's own heading under the
    page's headline: （某市）某区政府工作报告（2025年1月8日） over 某区政府工作报告).
    """
    if "|" in first or "｜" in first or BULLET.match(first):
        return False
    if _is_menu_bar(first):
        return False  # 热搜： 古代诗歌  名言名句  员工手册 over the headline: the site's bar, glued to nothing
    if re.search("[A-Za-z]", first) and not re.search(f"[{CJK}]", first) and _is_candidate_headline(second):
        return False  # a crumb or a tag in Latin letters (abc123) over a headline complete in itself
    if _opens_alike(first, second):
        return False  # 某局2024年度部门决算公开 over 某局2024年度决算公开说明: two titles, each whole
    if _is_crumb_trail(first):
        return False  # 某某网>文献资料>正文 over the headline: the site's trail, no title's start
    if _STAMPED.match(fold(second)):
        return False  # 2022-11-08 某某平台的版权声明: a dated line is the page's, no title's rest
    if _is_listing_over_headline(first, second):
        return False
    if _is_letter_spaced(first) and not _is_letter_spaced(second):
        return False
    if _is_column_over_headline(first, second) or fold(first).endswith(_title_words()["site"]):
        return False  # 某某范文网 over its menu bar (… 自查报告) is no title broken over lines
    return squash(second) not in squash(first)


def _is_crumb_trail(line: str) -> bool:
    """某某人大网>文献资料>正文: short items set apart by two trail marks or more, no sentence; a
    breadcrumb trail whatever its first crumb (a site's name rather than 首页)."""
    items = [item.strip() for item in _CRUMB_MARK.split(fold(line))]
    return (
        len(items) >= _MIN_CRUMBS
        and all(0 < len(item) <= _FURNITURE_ITEM_CHARS for item in items)
        and not re.search("[。！？；，]", line)
    )


def _is_page_nav(line: str) -> bool:
    """第09版：公告 上一版 3 4 下一版, 返回首页 | 版面导航 | 标题导航: a line holding a page-turning or
    navigation word (data: nav), without a sentence: an e-edition's or a site's navigation."""
    return any(word in line for word in _title_words()["nav"]) and not re.search("[。！？；]", line)


def _opens_alike(first: str, second: str) -> bool:
    """`first` and `second` open with the same words (某区教育委员会 …): the rest of a title broken
    over lines never starts it again, so each is a name of its own (a page's headline and the
    document's own title line under it)."""
    head = squash(first)[:_OPENING_CHARS]
    return (
        re.fullmatch(f"[{CJK}]{{{_OPENING_CHARS}}}", head) is not None
        and squash(second).startswith(head)
        and _is_candidate_headline(second)
    )


def _two_titles(first: str, second: str) -> bool:
    """`first` is the page's headline over the document's own title line `second`, both opening
    with the same organ (see `_opens_alike`), so `first` is the title and the ranking is skipped.

    Only when `first` is shaped as a title long enough to name a document and says more than the
    organ and a column: an organ or a site's name over a headline opening with it (某县人民政府,
    某县人民政府门户网站 over 某县人民政府关于…的通知), a column or a crumb's end (某县政务公开,
    某县人民政府通知公告, 首页>某县人民政府) is the site's, and the ranking decides."""
    key, other = squash(fold(first)), squash(fold(second))
    if not (
        _opens_alike(first, second)
        and title_like(first)
        and len(key) >= _MIN_CANDIDATE_CHARS
        and not re.search("[>＞»/|｜]", first)
        and _head_role([first], 0) == "candidate"
    ) or _is_organ_name(first):
        return False
    if other.startswith(key):
        return False  # 某县人民政府 over 某县人民政府关于…: the organ alone, the headline names it again
    shared = next((i for i, (a, b) in enumerate(zip(key, other, strict=False)) if a != b), len(key))
    rest = key[shared:]  # what the first line says past the organ both open with
    return not (_names_kinds_only(rest) or key.endswith(_title_words()["column"] + _title_words()["site"]))


def _is_column_over_headline(first: str, second: str) -> bool:
    """`first` is a column's name over a headline complete in itself (政府文件 over 某省某厅关于印发…的
    通知): `second` ends as a title and says what the document does (关于…, 印发), or `first` ends
    as a column's name does (某某类信息公开) over a headline that opens with its issuer (某乡人民政府
    2025年…年度报告), while `first` is short, holds no 关于 and no issuing verb (某市人民政府
    某市中级人民法院印发 over 关于…的通知 runs on), names no agency or place that could issue it and
    ends on no joining word."""
    folded = fold(first).strip()
    words = _title_words()
    return (
        (
            _says_what_it_does(second)
            or (folded.endswith(words["column"]) and not re.search(r"\d", folded) and _opens_with_issuer(fold(second)))
        )
        and ends_as_title(second)
        and len(squash(second)) >= _MIN_CANDIDATE_CHARS
        and len(folded) <= _MAX_COLUMN_CHARS
        and "关于" not in folded
        and not any(verb in folded for verb in _title_words()["issue"])
        and not folded.endswith(_title_words()["organ"] + _PLACE_ENDS + _JOINING_WORDS)
        and not _is_organ_name(first)
    )


def _is_listing_over_headline(first: str, second: str) -> bool:
    """`first` is a site's listing name over the document's own headline ((某省)某县…十四五规划(2022年
    更新) over 某县…第十四个五年规划和二〇三五年远景目标纲要): it opens with a region label in brackets,
    and is a name complete in itself (short of a bracketed note, it ends as a title does), and
    `second` is a headline complete in itself too."""
    tag = _TITLE_TAG_HEAD.fullmatch(fold(first))
    return (
        tag is not None
        and is_place_name(tag.group("tag"))
        and ends_as_title(_BRACKETED_TAIL.sub("", tag.group("rest")))
        and _is_candidate_headline(second)
    )


def _is_letter_spaced(line: str) -> bool:
    """政 府 工 作 报 告, 年 份: every chunk a single character (two chunks at least)."""
    chunks = line.split()
    return len(chunks) >= 2 and all(len(chunk) == 1 for chunk in chunks)


def _drop_furniture_over_headline(page: Page) -> None:
    """Take off the site's furniture over the headline when no title was declared.

    The first line is the title when it reads as one (or a title broken over two lines starts
    there). When it does not (a site's name, a menu bar, 政府信息公开, a toolbar, a date and
    source row), the lines at the head are ranked as the headline (see `_rank_headline`). The
    winner is moved to the top; field rows above it (索引号 / its value, a date stamp row) stay
    under it for the metadata, and every other line above it (menus, toolbars, the site's name,
    a column label in brackets, a wire dateline) is dropped, and a finding names them.
    """
    first = page.lines[0]
    if is_headline(_TITLE_TAG_TAIL.sub("", first)) and not (_names_kinds_only(first) or _is_menu_bar(first)):
        fuller = page.lines[1] if len(page.lines) > 1 else ""
        if not (_is_candidate_headline(fuller) and squash(fuller).endswith(squash(first)) and len(fuller) > len(first)):
            return
        # 统计公报 over 某县2023年国民经济和社会发展统计公报: the column's name, then the headline.
    elif len(page.lines) > 1 and is_headline(first + page.lines[1]) and _continues_into(first, page.lines[1]):
        return  # a title broken over two lines
    elif _broken_over_three(page.lines, 0):
        return
    elif len(page.lines) > 1 and _two_titles(first, page.lines[1]):
        return  # the headline over the document's own title line, both naming the same organ first
    elif _headline_with_site(first, page.lines[1:HEAD_LINES]):
        return  # 某某述职报告范文五篇-某某平台: the page's own title, the site's name taken off later
    headline = _rank_headline(page.lines)
    if headline < 0:
        headline = _under_furniture(page.lines)
    if headline <= 0 or any(_names_document(line) for line in page.lines[:headline]):
        return  # 信息名称 … above it: the page declares its title, and the reader takes that field
    # An empty box of the site's (搜索位置： / 匹配度：, 今日是：) is shaped as a field but holds none.
    kept = [
        index
        for index in range(headline)
        if _head_role(page.lines, index) == "field" and not empty_widget(page.lines[:headline], index)
    ]
    dropped = [index for index in range(headline) if index not in kept]
    if _after_name_label(page.lines, headline):
        page.metadata.setdefault(label_key(page.lines[headline - 1]), page.lines[headline])
    order = [headline, *kept, *range(headline + 1, len(page.lines))]
    if dropped:
        page.findings.append(
            Finding(
                "chrome-dropped",
                f"标题前的 {len(dropped)} 行像网站的名称、菜单或工具栏，已去掉，未朗读",
                " / ".join(page.lines[index] for index in dropped)[: SUSPECT_CHROME_CHARS * 4],
            )
        )
    page.lines[:] = [page.lines[index] for index in order]
    page.origin[:] = [page.origin[index] for index in order]


_HeadRole = Literal["text", "field", "furniture", "candidate"]


def _under_furniture(lines: list[str]) -> int:
    """The index of the line under a run of the site's furniture at the very top (a search bar,
    快捷搜索：某某 某某 某某; a web proxy's banner in Latin letters, [go: up one dir, main page]),
    when that line is the only candidate for the headline and the document starts under it (a
    field row or its text follows); -1 otherwise. Ranked, such a headline may lack the evidence
    (it ends on no title word: 某中心召开某某工作会), yet furniture is never the title, and the
    line under it is where a page prints its headline. It is long enough to name a document and
    is no heading of the contents (目 录 under the cover's line)."""
    index = 0
    while index < len(lines) and _head_role(lines, index) == "furniture":
        index += 1
    if (
        not 0 < index < len(lines) - 1
        or _head_role(lines, index) != "candidate"
        or len(squash(lines[index])) < _MIN_CANDIDATE_CHARS
        or CONTENTS_HEADING.fullmatch(lines[index])
    ):
        return -1
    return index if _head_role(lines, index + 1) in ("field", "text") else -1


def _rank_headline(lines: list[str]) -> int:
    """The index of the line at the head that is most likely the headline, -1 if none is likely.

    Only the lines before the text begins (a sentence, a heading, a salutation) are looked at.
    Field rows, menus, toolbars, counts, bracketed column labels and a site's name are never the
    headline (see `_head_role`). Each other line scores by evidence that holds on any site:

    - it ends as a document's title does (…通知, …报告, …函): 3;
    - it says what the document is about (关于): 1 (alone a subtitle may, 关于本季度的进展);
    - it stands under a label naming the document (主题：, 标题：): 3;
    - it is printed again further down (the document's own title line), maybe as the heading of
      its contents (…目录): 2;
    - a field row or a date and time row follows it (来源：…, 2025-01-02 08:30): 2;
    - it is long enough to name a document (8 characters): 1;
    - it is an agency's name alone (the site's owner over its menu): -2;
    - it names only kinds of document (计划总结, 通知公告: a column): -4;
    - it is a line above and 目录, the heading of the contents: -4.

    The best line wins if it scores 3 or more; on a tie the higher line.
    """
    best, best_score = -1, _MIN_HEADLINE_SCORE - 1
    for index in range(min(_FURNITURE_LINES, len(lines))):
        role = _head_role(lines, index)
        if role == "text":
            break
        if role == "candidate" and (score := _headline_score(lines, index)) > best_score:
            best, best_score = index, score
    return best


def _headline_score(lines: list[str], index: int) -> int:
    line = _TITLE_TAG_TAIL.sub("", lines[index])
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if _BARE_URL.fullmatch(fold(following)) and index + 2 < len(lines):
        following = lines[index + 2]  # a headline, the page's address, then its date and source row
    if _broken_over(line, following):
        # 关于2024年度某某收支的 / 审计工作报告: the title broken over two lines scores as one line.
        line = line + following
        following = lines[index + 2] if index + 2 < len(lines) else ""
    elif _broken_over_three(lines, index):
        line = "".join(lines[index : index + 3])
        following = lines[index + 3] if index + 3 < len(lines) else ""
    elif (size := _reprinted_run(lines, index)) > 1:
        # A cover page's title broken over lines, printed whole further down: one line too.
        line = "".join(lines[index : index + size])
        following = lines[index + size] if index + size < len(lines) else ""
        return 3 * ends_as_title(line) + 2 + (len(squash(line)) >= _MIN_CANDIDATE_CHARS) + 2 * (
            _is_field(following) or _is_dated_row(following)
        )
    return (
        3 * ends_as_title(line)
        + ("关于" in fold(line))
        + 3 * _after_name_label(lines, index)
        + 2
        * any(
            same_title(later, line) or contents_heading_of(later, line)
            for later in lines[index + 1 : index + 1 + _REPEAT_LOOKAHEAD]
        )
        + 3 * (_is_field(following) or _is_dated_row(following))
        + (len(squash(line)) >= _MIN_CANDIDATE_CHARS)
        - 2 * _is_organ_name(line)
        - 4 * _names_kinds_only(line)
        - 4 * any(contents_heading_of(line, earlier) for earlier in lines[:index])
    )


def _names_kinds_only(line: str) -> bool:
    """`line` names only kinds of document (计划总结, 通知公告, 规划计划): a site's column over the
    headline, not a document's name; no document is called by its kinds alone but the one-word
    ones (公告, 通知), which stay titles when nothing better is at the head."""
    key = squash(line)
    finals = sorted(_title_words()["final"], key=len, reverse=True)
    return bool(key) and re.fullmatch(f"(?:{'|'.join(map(re.escape, finals))})+", key) is not None


def contents_heading_of(line: str, title: str) -> bool:
    """`line` is `title` and 目录 (某局2024年预算公开目录 under the headline 某局2024年预算公开):
    the document's title page heading its contents, not a title of its own."""
    key = squash(title)
    return bool(key) and squash(line) == key + "目录"


def _reprinted_run(lines: list[str], index: int) -> int:
    """How many lines from `index` spell a title that the page prints again whole on one line
    further down (a cover page breaks 某县国民经济和社会发展 / 第十四个五年规划和2035年 / 远景目标纲要
    over lines; the inner page prints it on one), 0 if none do. The lines are title-like, no
    heading, and joined they read as a headline."""
    for size in range(2, _TITLE_REPEAT_LINES + 1):
        parts = lines[index : index + size]
        if len(parts) < size or not all(title_like(part) and not _HEADING_START.match(fold(part)) for part in parts):
            return 0
        joined = "".join(parts)
        if len(joined) > MAX_TITLE_CHARS:
            return 0
        later = lines[index + size : index + size + _REPEAT_LOOKAHEAD]
        if is_headline(joined) and any(same_title(line, joined) for line in later):
            return size
    return 0


def _broken_over(first: str, second: str) -> bool:
    """`first` is the start of a title that `second` ends (关于某某收支的 / 审计工作报告): `first`
    alone does not end as a title does and is cut inside a phrase (it ends on a joining word, 的,
    和, or opens 关于 without its title word), the two together end as a title, and `second` can
    go on from `first` (the test `take_title_line` joins them by). A label over a headline
    (帖子详情 / 某某报告) is cut inside nothing."""
    folded = fold(first)
    return (
        bool(second)
        and (folded.endswith(_JOINING_WORDS) or folded.startswith("关于"))
        and not ends_as_title(first)
        and title_like(second)
        and not _HEADING_START.match(fold(second))
        and parse_metadata_line(second) is None
        and len(first + second) <= MAX_TITLE_CHARS
        and is_headline(first + second)
        and _continues_into(first, second)
    )


# A line of cited titles only, the last maybe closing the title: 《某某办法》, 、《某某办法》的通知.
_CITED_LINE = re.compile(r"(?:[、和及与]?《[^《》]{2,60}》)+(?:的[^\s，。；]{1,6})?")


def _cited_run(lines: list[str]) -> int:
    """How many lines from the top make one title that issues several documents, each cited on
    a line of its own (关于印发《某某办法》 / 《某某细则》 / 《某某规程》的通知), 0 if none: the
    first line holds 关于 and ends with a cited title, each further line is only cited titles, and
    the last of them ends as a title does. Text must follow."""
    if not lines or "关于" not in fold(lines[0]) or not lines[0].rstrip().endswith("》"):
        return 0
    for size in range(2, min(len(lines), _CITED_LINES + 1)):
        line = lines[size - 1].strip()
        if not _CITED_LINE.fullmatch(line):
            return 0
        joined = "".join(lines[:size])
        if len(joined) > MAX_TITLE_CHARS:
            return 0
        if not line.endswith("》") and ends_as_title(joined):
            return size if size < len(lines) else 0
    return 0


def _broken_over_three(lines: list[str], index: int) -> bool:
    """lines[index:index + 3] are one title broken over three lines (某省人民政府办公厅关于印发某省 /
    进一步支持民间投资发展 / 实施方案的通知): the first opens the title (关于 is in it) and neither it
    nor the first two end as a title does, the three together do, each goes on from the one
    before (see `_continues_into`), and none is a heading or a field row."""
    parts = lines[index : index + 3]
    if len(parts) < 3 or "关于" not in fold(parts[0]):
        return False
    joined = "".join(parts)
    return (
        all(title_like(part) and not _HEADING_START.match(fold(part)) for part in parts)
        and all(parse_metadata_line(part) is None for part in parts[1:])
        and not ends_as_title(parts[0])
        and not ends_as_title(parts[0] + parts[1])
        and len(joined) <= MAX_TITLE_CHARS
        and is_headline(joined)
        and _continues_into(parts[0], parts[1])
        and _continues_into(parts[1], parts[2])
    )


def _head_role(lines: list[str], index: int) -> _HeadRole:
    """What lines[index] is at a page's head: text (the document begins), a field (a metadata row,
    a label or its value, a date stamp row: kept for the metadata), furniture (the site's) or a
    candidate for the headline."""
    line = lines[index]
    folded = fold(line)
    previous = lines[index - 1] if index else ""
    if (
        _is_field(line)
        or _BARE_LABEL.fullmatch(folded)
        or _STAMP_START.match(folded)
        or _DATE_ONLY.fullmatch(folded)  # （二〇二五年三月一日）: the document's dateline, kept
        or (_is_label(previous) and not _after_name_label(lines, index) and not empty_widget(lines, index - 1))
    ):
        return "field"
    if _is_page_nav(line) or _is_crumb_trail(line) or _BARE_URL.fullmatch(folded):
        return "furniture"  # 上一版 3 4 下一版, 某某网>正文, http://www.example.com.cn: the site's
    if (
        not title_like(line)
        or line.endswith(("：", ":"))
        # 1. 政策文件: a menu set as a list; 一、工作回顾 over the headline and again under it: the
        # page's own list of the document's headings. A numbered line printed only here is the
        # document's (第一部分 预算报告 over the report it opens), never dropped as furniture.
        or (_HEADING_START.match(folded) and not (_is_furniture(line) and _site_list(lines, index)))
        or _is_occasion(line)
        or (is_pipe_row(line) and not _is_tool_bar(line))
    ):
        return "text"
    if (
        _COUNT_LINE.fullmatch(folded)
        or _BRACKETED.fullmatch(folded)
        or folded.endswith(_title_words()["site"])
        or _HEADING_START.match(folded)
        or _is_menu_bar(line)
        or is_pipe_row(line)  # a bar of tools set apart by bars (see `_is_tool_bar`)
    ):
        return "furniture"
    return "candidate"


def _is_tool_bar(line: str) -> bool:
    """|邮件系统| 简体版|繁体版: a row set apart by bars whose items are all short words, without a
    figure or a sentence, is a site's bar of tools or links, not a table's row (a table at the
    head holds figures in its rows, and a row of headings alone is followed by them)."""
    return _is_furniture(line) and not re.search(r"[0-9０-９]", line)


def _is_menu_bar(line: str) -> bool:
    """A bar of at least three short items set apart by spaces, no headline (首页 政务公开 办事服务,
    热搜： 某某  某某  某某): the site's menu or search bar."""
    labelled = _BARE_LABEL.match(fold(line)) is not None  # 热搜： 某某 … 述职报告 ends as a title, yet a bar
    return _is_furniture(line) and len(line.split()) >= _MENU_BAR_ITEMS and (labelled or not is_headline(line))


def _site_list(lines: list[str], index: int) -> bool:
    """lines[index] stands in a run of numbered lines that is the site's, not the document's: a
    menu printed from nested lists, whose numbers start again (1. 2. 1. 2. 3.), or the page's list
    of the document's headings, one of which the document prints again below the run."""
    start = end = index
    while start > 0 and _HEADING_START.match(fold(lines[start - 1])):
        start -= 1
    while end + 1 < len(lines) and _HEADING_START.match(fold(lines[end + 1])):
        end += 1
    run = lines[start : end + 1]
    numbers = [int(m.group(1)) for line in run if (m := _ARABIC_ITEM.match(fold(line)))]
    if any(later <= earlier for earlier, later in pairwise(numbers)):
        return True
    keys = {squash(line) for line in run}
    return any(squash(later) in keys for later in lines[end + 1 :])


def _after_name_label(lines: list[str], index: int) -> bool:
    """lines[index] stands under a label alone that names the document (主题：, 标题：)."""
    return bool(index) and _is_label(lines[index - 1]) and label_key(lines[index - 1]) in _title_words()["name-label"]


def _names_document(line: str) -> bool:
    """A field row naming the document (信息名称 某县关于…的通知)."""
    row = parse_metadata_line(line) or {}
    return any(label in row for label in _title_words()["name-label"])


def _is_label(line: str) -> bool:
    """A field's label alone on its line: 索引号, 发布机构 (known labels), or any short word with a
    colon (主题：, 时限：)."""
    return is_label_only(line) or _BARE_LABEL.fullmatch(fold(line)) is not None


def _is_dated_row(line: str) -> bool:
    """A short row holding a date and a time (某某日报2023-04-28 08:03, 发布：2025年1月2日 10:00)."""
    return len(line) <= HEAD_ROW_CHARS and _DATED_ROW.search(fold(line)) is not None


def _is_candidate_headline(line: str) -> bool:
    """A line further down that reads as the document's title (see `_drop_furniture_over_headline`):
    short of a date the page set after it, it ends with a title word."""
    core = _TITLE_TAG_TAIL.sub("", line)
    return (
        not _is_field(line)
        and len(squash(core)) >= _MIN_CANDIDATE_CHARS
        and is_headline(core)
        and ends_as_title(core)  # 关于本年度的统计 alone may be a subtitle: the stronger evidence
        and not _HEADING_START.match(fold(line))
        and not _is_occasion(line)
        and not BULLET.match(line)
    )


def _is_field(line: str) -> bool:
    """A metadata row, a label, a date or a document number: the page's facts, never furniture."""
    return (
        parse_metadata_line(line) is not None
        or is_label_only(line)
        or DATE_LINE.match(fold(line)) is not None
        or is_doc_number(line)
    )


def _is_furniture(line: str) -> bool:
    """A menu item, a bar of them or a toolbar row: short items and no sentence."""
    if any(mark in line for mark in "。！？；") or line.endswith(("，", "、")) or _is_field(line):
        return False
    items = [item for item in re.split(r"[\s|｜/]+", _HEADING_START.sub("", BULLET.sub("", line, count=1))) if item]
    return bool(items) and all(len(item) <= _FURNITURE_ITEM_CHARS for item in items)


def trim_title(page: Page) -> str:
    """The title without what a site wrapped around it.

    A column name set before it (政策解读 关于《…》解读, with the title alone on the next line) goes to
    the metadata (栏目) and the repeated line is not read again; a 全文 tag after it
    (…政府工作报告—全文) and a year tag repeating a year the title already holds (…2022年…公报 2022)
    are dropped.
    """
    title = page.title
    if page.lines and page.lines[0] != title and title.endswith(page.lines[0]):
        column = title.removesuffix(page.lines[0])
        # Set apart from the title by a space: 某某县2025年政府工作报告 over 政府工作报告 is no column.
        spaced, column = column[-1:].isspace(), column.strip()
        if spaced and 0 < len(column) <= _MAX_COLUMN_CHARS and not any(mark in column for mark in "。，；：:,"):
            page.metadata.setdefault("栏目", column)
            title = page.lines.pop(0)
            page.origin.pop(0)
    title = _FULL_TEXT_TAG.sub("", title)
    year = _YEAR_TAG.search(title)
    if year and f"{year.group(1)}年" in title:
        title = title[: year.start()]
    return title


def split_title_date(title: str, page: Page) -> str:
    """The title without a publication date a list page set before or after it (3月21日 某某通告,
    2025-03-21某某通告, 某某通告 [2025/03/21]): the date goes to the metadata, with a finding.

    Set apart by a space or brackets (an ISO date also glued), the date is the page's; written
    into the headline (3月21日，全区召开…, 2025年某县政府工作报告) it is the title's own.
    """
    split = _page_date(title)
    if split is not None:
        rest, date = split
        if any(date in line for line in page.lines[:HEAD_LINES]):
            # （2025年1月8日） after a report's headline repeats its dateline (——2025年1月8日在…会议上):
            # the day it was given, read with the text; not the page's publication date.
            message = f"标题旁的日期“{date}”与正文开头所载日期相同，随正文朗读，不作为标题朗读"
        else:
            page.metadata.setdefault("发布时间", date)
            message = f"标题旁的日期“{date}”是网页的发布日期：已记入元数据，不作为标题朗读"
        page.findings.append(Finding("title-date", message, title))
        return rest
    return title


def _page_date(title: str) -> tuple[str, str] | None:
    """(the title, the date) if a page set its date before or after `title` (see `split_title_date`)."""
    for pattern in (_TITLE_DATE_HEAD, _TITLE_DATE_TAIL):
        match = pattern.fullmatch(title)
        if match is None or bool(match.group("open")) != bool(match.group("close")):
            continue
        rest = match.group("rest").strip(" \u3000")
        iso = not match.group("date").endswith("日")
        if (
            not (match.group("gap") or match.group("close") or iso)
            or not title_like(rest)
            or not re.search(f"[{CJK}]", rest)
        ):
            continue
        return rest, match.group("date")
    return None


def split_title_tag(title: str, page: Page) -> str:
    """The title without a label a site set before it ([某省] 2024年某市政府工作报告, 【转载】…,
    （某市）某市某区政府工作报告, 某省：关于印发…的通知, 会议题目 • …): a region, a column or a
    field's label, not the document's name.

    The label is no field of the document either: it is not put in the metadata, and a finding
    keeps it (with the whole line as the page had it).
    """
    media = _MEDIA_TAG_TAIL.search(title)
    if media is not None and title_like(title[: media.start()]):
        # 某县召开…座谈会（图）: a news site's note that photos go with the story.
        page.findings.append(Finding("title-tag", f"标题后的“{media.group(0)}”是网站的图片或视频标记，不作为标题朗读", title))
        title = title[: media.start()].rstrip()
    site = _site_after_title(title, page.lines[:HEAD_LINES])
    if site is not None:
        page.findings.append(Finding("title-tag", f"标题后的“{site.group('tag')}”是网站的名称，不作为标题朗读", title))
        title = site.group("rest")
    match = _title_label(title, page.lines[:HEAD_LINES])
    if match is None:
        return title
    tag, rest = match.group("tag"), match.group("rest")
    if re.search(r"https?://|www\.", tag):
        message = f"标题前的“{tag}”含网址，是网站或广告插入的文字，不作为标题朗读"
    elif rest.startswith(tag):
        message = f"标题前的“{tag}”与标题开头重复，不再朗读"
    else:
        message = f"标题前的“{tag.strip('“”')}”是网站的栏目或地区标签，不作为标题朗读"
    page.findings.append(Finding("title-tag", message, title))
    return rest


def _headline_with_site(line: str, head: list[str]) -> bool:
    """`line` is a page's own title, a headline with the site's name after a dash (see
    `_site_after_title`): what stands before the name is a headline's candidate, no organ's or
    site's name (某某县人民政府门户网站-首页 is the site's)."""
    site = _site_after_title(line, head)
    if site is None:
        return False
    rest = site.group("rest")
    return _head_role([rest], 0) == "candidate" and not _is_organ_name(rest) and not _is_menu_bar(rest)


def _site_after_title(title: str, head: list[str]) -> re.Match[str] | None:
    """The match of a site's name set after the headline with a dash or a bar, as a page's own
    title names it (某某述职报告范文五篇-某某平台, 某县…的通知_某县人民政府网), None if none: the part
    after the mark is a short name in Chinese, no figure, no title of its own, and it names a site
    (某某网, 某某门户) or the page's head names it again (某某平台的版权声明), or the head prints the
    headline again without it (某市…赋能乡村振兴|今日快讯 over the story, whose own title line is
    某市…赋能乡村振兴: what the bar set after it is the site's column)."""
    match = _TITLE_SITE_TAIL.fullmatch(title)
    if match is None:
        return None
    tag, rest = fold(match.group("tag")), match.group("rest")
    return (
        match
        if len(squash(rest)) >= _MIN_CANDIDATE_CHARS
        and re.fullmatch(f"[{CJK}]+", tag) is not None
        and not ends_as_title(tag)
        and (
            tag.endswith(_title_words()["site"])
            or any(tag in fold(line) or same_title(line, rest) for line in head)
        )
        else None
    )


def _title_label(title: str, head: list[str]) -> re.Match[str] | None:
    """The match of a label a site set before the headline (see `split_title_tag`), None if none.
    `head` is the text's first lines: a column named as a kind of document (政策解读：《某某报告》)
    may be the document's own kind, a reading of the one it names; it is the site's label only
    when the text under it is the named document itself (it prints its title line or issues it by
    name: 现将《某某方案》印发给你们)."""
    match = _TITLE_TAG_HEAD.fullmatch(title)
    if match and is_headline(_TITLE_TAG_TAIL.sub("", match.group("rest"))):
        return match
    match = _TITLE_REGION_HEAD.fullmatch(title)
    if match and is_place_name(match.group("tag")) and is_headline(match.group("rest")):
        return match
    match = _TITLE_LABEL_HEAD.fullmatch(title)
    if match and title_like(match.group("rest")):
        return match
    match = _TITLE_COLUMN_HEAD.fullmatch(title)
    if match and title_like(match.group("rest")):
        tag, words = fold(match.group("tag")), _title_words()
        if tag in words["column"] or (tag in words["reading-column"] and _prints_document(match.group("rest"), head)):
            return match
    # A quoted name before a headline complete in itself (关于…的通知, 某某印发…的通知), or a web address.
    # The headline after an address opens with its issuer or 关于, and nothing before the address
    # says what the title is about (关于http://某网站群建设的通知 names the site it is about).
    for pattern in (_TITLE_QUOTED_HEAD, _TITLE_URL_HEAD):
        match = pattern.fullmatch(title)
        rest = match.group("rest") if match else ""
        if (
            match
            and is_headline(rest)
            and ends_as_title(rest)
            and len(squash(rest)) >= _MIN_CANDIDATE_CHARS
            and (
                pattern is _TITLE_QUOTED_HEAD
                or ("关于" not in fold(match.group("tag")) and (_opens_with_issuer(fold(rest)) or fold(rest).startswith("关于")))
            )
        ):
            return match
    return None


def _prints_document(name: str, head: list[str]) -> bool:
    """The lines `head` are the document `name` itself: one of them starts its title line (broken
    over lines it may be: 某市…行动方案 / （2024—2026年）) or cites it in book-title marks."""
    wanted, cited = squash(name), f"《{fold(name).strip('《》')}》"
    return any(
        cited in fold(line) or (len(squash(line)) >= _MIN_CANDIDATE_CHARS and wanted.startswith(squash(line)))
        for line in head
    )


def is_place_name(tag: str) -> bool:
    """A place's name: 某省, 某市, 某县 …, or a province named without its suffix (北京, 湖南)."""
    folded = fold(tag)
    return folded.endswith(_PLACE_ENDS) or folded in _title_words()["region"]


def close_title_spaces(title: str) -> str:
    """A space inside a phrase of a title is where the page broke the line (关于某区2023年预算执行
    情况 和2024年预算草案的报告): closed up. Inside a phrase means next to a word that joins two
    parts (和, 及, 与, 的, 关于 …; 部门预算及 “三公”经费), after a verb that issues a document (关于印发
    2023年…的通知: what it issues follows), after a name in marks inside the title (关于《某某政策》
    第二次征求意见的公告), before a bracketed note inside the marks (《某某条例 （草案）》), or
    between a figure and its unit (2020 年). Other spaces stay: they set joint issuers apart (某市人民政府
    某市中级人民法院印发…), the issuer from the title (中共某乡委员会 关于…的通知), a year from
    the rest (2025年 某县政府工作报告) or words set apart (全区 农业 农村 工作 要点)."""

    def close(match: re.Match[str]) -> str:
        before, after = fold(title[: match.start() + 1]), fold(title[match.end() :])
        # A name in marks that opens the title and is set apart (“某某” 专项行动) is a label: kept apart.
        closes_inner_name = before[-1:] in "”》" and not fold(title).startswith(("“", "《"))
        # 《某市某某条例 （草案送审稿）》: a note inside the marks belongs to the name it follows.
        opens_note = after.startswith(("（", "("))
        if opens_note:
            return match.group(1) if before.count("《") > before.count("》") else match.group(0)
        inside = (
            after.startswith(_JOINING_WORDS)
            or before.endswith(_JOINING_WORDS + ("关于",) + _title_words()["issue"])
            or closes_inner_name
        )
        return match.group(1) if inside else match.group(0)

    title = _TITLE_INNER_SPACE.sub(close, _FIGURE_UNIT_SPACE.sub("", title))
    return _close_kind_apart(title)


def _close_kind_apart(title: str) -> str:
    """某局2018年度整体支出 绩效评价报告: one space sets the title's kind (…报告) apart from what it is
    about, a phrase that names no one and no time by itself: the page broke the line there, so it is
    closed. Kept when what stands before is an issuer, a place or a year (某局 2024年…报告, 2025年
    某县政府工作报告), a title of its own, when the title opens with 关于 after it, or when the space
    stands inside brackets or marks (（草案修改稿 征求意见稿）: as the page wrote the name)."""
    parts = re.split(r"[ \u3000]+", title.strip())
    if len(parts) != 2 or not all(re.search(f"[{CJK}]$|^[{CJK}]", part) for part in parts):
        return title
    before, after = fold(parts[0]), fold(parts[1])
    names_someone = before.endswith(_title_words()["organ"] + _PLACE_ENDS) or re.search(r"\d{4}年?度?$", before)
    if (
        names_someone
        or any(before.count(opening) != before.count(closing) for opening, closing in ("（）", "《》", "“”"))
        or ends_as_title(before)
        or len(before) < _MIN_CANDIDATE_CHARS
        or not ends_as_title(after)
        or after.startswith("关于")
        or _opens_with_issuer(after)
    ):
        return title
    return parts[0] + parts[1]


def take_full_title(page: Page) -> None:
    """The declared title (标题：…) may be cut short or broken over two lines at the top of the
    body; the fullest written form is the title, and its lines are not read again. The issuing
    organ printed alone over it (某市人民政府办公厅 / 关于印发…的 / 通知) is part of it (see
    `names_issuer`)."""
    wanted = squash(page.title)
    if not wanted:
        return
    for start in range(min(_TITLE_LINES, len(page.lines))):
        for size in (2, 1):
            parts = page.lines[start : start + size]
            if len(parts) < size or not all(title_like(part) for part in parts):
                continue
            if size == 2 and _ADOPTION_NOTE.match(parts[1]):
                continue  # （2021年11月23日…会议通过） under a title is a note, not its second line
            joined = "".join(parts)
            squashed = squash(joined)
            if squashed.startswith(wanted) or (wanted.startswith(squashed) and len(squashed) * 5 >= len(wanted) * 4):
                if len(squashed) > len(wanted):
                    page.title = joined
                after = page.lines[start + size] if start + size < len(page.lines) else ""
                if start and names_issuer(page.lines[start - 1], page.title, after=after):
                    # The document prints its issuer over its title: the fuller title holds it.
                    start, size = start - 1, size + 1
                    page.title = page.lines[start] + page.title
                del page.lines[start : start + size]
                del page.origin[start : start + size]
                return


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
        _is_organ_name(line)
        and not ends_as_title(line)
        and squash(line) not in squash(title)
        and (folded.startswith("关于") or not _opens_with_issuer(folded))
        and not is_doc_number(after)
    )


def _opens_with_issuer(title: str) -> bool:
    """The title (folded) opens with a place or an organ (某县2023年…, 某市人民政府…, 全省…): its
    first run of characters, up to a column's length, holds a name ending as places or organs do."""
    run = re.match(f"[{CJK}]*", title)
    head = run.group(0)[:_MAX_COLUMN_CHARS] if run else ""
    ends = _PLACE_ENDS + _title_words()["organ"]
    return any(head[:size].endswith(ends) for size in range(2, len(head) + 1))


def bare_title(title: str) -> str:
    """`title` without what a page set around it: its date ((2025年1月8日), 2024-01-29) and a
    bracketed label before it ([某省], （某市）)."""
    split = _page_date(title)
    title = _TITLE_TAG_TAIL.sub("", split[0] if split else title)
    tag = _TITLE_TAG_HEAD.fullmatch(title)
    return tag.group("rest") if tag else title


def shorter_repeat(line: str, title: str) -> bool:
    """The document's own heading under the page's headline, without the place the headline
    puts first: 某区人民政府工作报告 under 某市某区人民政府工作报告. It ends as a title does and is
    the end of the title, at most a place or an organ's name shorter."""
    line, title = line.strip(), title.strip()
    if len(line) < _MIN_CANDIDATE_CHARS or not ends_as_title(line) or not title.endswith(line):
        return False
    place = title.removesuffix(line)
    return (
        0 < len(place) <= _MAX_COLUMN_CHARS
        and not re.search(r"\s", place)
        and fold(place).endswith(_PLACE_ENDS + _title_words()["organ"])
    )


def title_repeat_lines(lines: list[str], index: int, title: str) -> int:
    """How many lines from `index` spell the title again (the header of the document breaks it
    over lines: 某市人民政府办公室 / 关于印发《…经济 / 增长…》的通知), 0 if they do not."""
    wanted = squash(title)
    joined = ""
    for size in range(1, min(_TITLE_REPEAT_LINES, len(lines) - index) + 1):
        part = lines[index + size - 1]
        if not title_like(part) and not part.endswith(("，", "、")):
            return 0
        joined += squash(part)
        if joined == wanted:
            return size if size > 1 else 0  # one line: handled by same_title
        if not wanted.startswith(joined):
            return 0
    return 0


def next_past_title(page: Page, index: int) -> str:
    """The line after page.lines[index], past repeats of the title ("" at the end)."""
    for line in page.lines[index + 1 :]:
        if not (page.title and same_title(line, page.title)):
            return line
    return ""


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
