"""Site chrome on a scraped page: toolbar and sharing words (微信 微博 QQ空间), breadcrumbs,
counters (阅读：69), photo captions and related-link lists, never read as the document's text.

The words and shapes are data (`data/page_chrome.tsv`). Lines are matched on a copy folded to
simplified characters (`data/traditional_chars.tsv`, see `fold`), so 來源 and 發布時間 match as
their simplified forms do; the text itself is kept as written.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..han import HAN
from ..model import Finding
from ..tsv import read_kinds, read_tsv, words_pattern
from .markdown import IMAGE_MARK

_SEPARATOR_LINE = re.compile(r"^[=\-*_#~·—]{3,}[^=\-*_#~]{0,8}[=\-*_#~·—]{3,}$|^[=\-*_#~—]{3,}$")
# What a breadcrumb trail sets between its crumbs (首页 > 政务公开, 首页→ 网站公告): one place for it.
CRUMB_MARKS = ">›»＞→"
# A breadcrumb trail: 首页 > 信息公开 > 信息浏览 (two separators or more, no sentence), or 首页 and
# one column after an arrow (首页 >十三五规划, 首 页>>公开信息内容: a column's name, one word).
BREADCRUMB = re.compile(
    rf"^(?:首[ \u3000]?页|主页|网站首页)\s*(?:[{CRUMB_MARKS}/]\s*[^。！？]{{0,60}}[{CRUMB_MARKS}/][^。！？]{{0,40}}"
    rf"|[{CRUMB_MARKS}]+\s*[^。！？，、{CRUMB_MARKS}\s]{{1,12}})$"
    # … or a trail whose home link the copy lost, opening with the mark after it (> 新闻 > 县区 > 石泉)
    rf"|^[{CRUMB_MARKS}]\s*[^。！？，、{CRUMB_MARKS}\s]{{1,12}}(?:\s*[{CRUMB_MARKS}]\s*[^。！？，、{CRUMB_MARKS}\s]{{1,12}}){{2,8}}\s*[{CRUMB_MARKS}]?$"
)
# The opener of a breadcrumb trail however a site words it: 您当前位置：, 当前位置：, 您现在所在的位置：,
# 当前页面> (a bare 位置： may open a field of the text, 项目位置：某某村, so something must come before it).
POSITION_OPENER = re.compile(
    r"^(?:(?:您|你)的?(?:当前|现在|目前)?|当前|现在|目前)(?:所在|所处)?的?(?:位置|页面)(?:[ \u3000]*[:：>＞]|$)"
    # … or bare, when the trail after it starts at the home page (位置：首页 > 某栏目 >), or alone on
    # its line over the trail set a crumb a line (位置： / 首页 / 某栏目; a field's value never stands there)
    rf"|^位置[ \u3000]*[:：][ \u3000]*(?:(?:首[ \u3000]?页|主页|网站首页)[ \u3000]*[{CRUMB_MARKS}/]|$)"
    # … or after a character or two the search box left glued before it (新现在的位置：首页 > …), when
    # the trail after it starts at the home page
    r"|^\S{1,2}?(?:(?:您|你)的?(?:当前|现在|目前)?|当前|现在|目前)(?:所在|所处)?的?位置[ \u3000]*[:：][ \u3000]*(?:首[ \u3000]?页|主页|网站首页)"
)
# A list bullet before a metadata label (*正文:); a run of asterisks is a name masked (****服务中心).
BULLET = re.compile(r"^(?:[•·▪◦●■◆]|[*＊](?![*＊]))\s*|^[-－]\s+")
# The font-size picker with its sizes (字号：大 中 小, 字號:默認 超大, 字体：特大 大 中 小, 选择阅读字号：[ 大 中 小 ],
# 字号 大号 标准 小号; ho106/12), maybe as letters (字体大小：A+ A A-; ho67/12).
_FONT_SIZE = re.compile(
    r"[【\[〖]?\s*(?:选择)?(?:浏览|阅读)?字[号体](?:大小)?\s*[:：]?\s*[【\[〖]?\s*(?:(?:[大中小]号|标准|[大中小]|默认|超大|特大|A[+＋\-－]?)\s*)+[】\]〗]?"
)
# A line longer than this is an article (a one-line page), even if it starts with 当前位置.
_MAX_CHROME_LINE = 120
# The pager under an article, both its links on one line (上一条：某某公示 下一条：注意！某某): the
# headlines it names may hold any mark, the pair of labels says what the line is.
_PAGER_PAIR = re.compile(r"^上一(?:篇|条|页|则)[ \u3000]*[:：].{0,150}?[ \u3000]下一(?:篇|条|页|则)[ \u3000]*[:：].{0,150}$")
_MAX_CAPTION = 120
_STAMP_TOKEN = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?")  # a toolbar's 更新 2022-03-17
SUSPECT_CHROME_CHARS = 30
# A short word set letter-spaced, maybe with its colon: 字 号：, 分 享.
_LETTER_SPACED_WORD = re.compile(rf"[{HAN}](?:[ \u3000]+[{HAN}]){{1,4}}[ \u3000]*[:：]?")
_RELATED_LINES = 25  # a related-links list is looked for in this many lines at the end
_FAR_RELATED_LINES = 200  # … or this many, over a saved page's footer (menus, app boxes, link lists)
_SENTENCE_MARK = re.compile("[。！？]")
_MAX_FOOTER_LINE = 600  # a site's footer run into one line is no longer than this
_MIN_SPAM_WORDS = 3
_FOLD_CACHE_CHARS = 2000  # lines at least this long are folded once and remembered
GARBLED_MARKS = re.compile(r"[?？]{2,}")  # marks a mirror could not encode, as ?? between two fields
_MAX_CREDIT_LINE = 30  # a line of a footer of credits is no longer than this
# A sentence in a line, which a footer has none of (a slogan's closing ！ before a space is no sentence).
_FOOTER_SENTENCE = re.compile(rf"[。？]|！(?=[{HAN}])")
_MIN_HEADLINES = 4  # a row of the site's headlines holds this many
_MIN_HEADLINE = 6
_MAX_HEADLINE = 30
_ORGAN_END = re.compile(r"(?:政府|委员会|办公室|局|委|办|厅|部|中心|公司|院|所|会|站|队|社|处|科|室)$")
_MIN_FOOTER_MARKS = 3  # a footer line shows this many marks and fields (one a footer-mark at least)
COUNT = re.compile(r"\d{1,9}")  # a view or like count alone on its line
# A button's count, or a pager's or a result list's (0/0, 3/12: the item shown over how many).
# A run of digits longer than any number a document states (an ID card has 18, a bank account
# up to 19) alone on a line: the site's id of the article or a tracking code, never text.
# A machine's id left alone on a line: a long run of digits, or of small hex digits with letters
# among them (1769743413552eb9, a page's build stamp); a code of the text is uppercase or labelled.
# … or a program's name for a thing, small letters joined by underscores and a colon (dsu_paulsign:classn_11,
# a forum plug-in's class left over the post): no text writes so.
_MACHINE_ID = re.compile(r"\d{20,}|(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{12,}|[a-z][a-z0-9]*_[a-z0-9_]*[:：][a-z0-9_]+")
# (or a countdown's days, hours, minutes and seconds under its label: 18  19  56  04)
_BUTTON_COUNT = re.compile(r"\d{1,9}(?:[ \u3000]*/[ \u3000]*\d{1,9})?|\d{1,3}(?:[ \t\u3000]+\d{1,2}){1,3}")
HEAD_CHARS = 4000  # head and tail chrome of a one-line page is looked for in this many chars


@lru_cache(maxsize=1)
def chrome_words() -> dict[str, tuple[str, ...]]:
    """The rows of `data/page_chrome.tsv` by kind (token, prefix, caption, counter, …)."""
    kinds = (
        "token",
        "prefix",
        "contains",
        "tail",
        "caption",
        "related",
        "pattern",
        "notice",
        "terms",
        "share",
        "counter",
        "head",
        "panel",
        "panel-end",
        "action",
        "footer-mark",
        "footer-field",
        "byline",
        "image",
        "spam",
        "spam_weak",
        "counted",
        "note",
        "withheld",
        "infobox",
        "follow",
        "lead",
        "link",
        "picker",
        "wire",
        "item-field",
        "tip",
        "tip-word",
        "tab",
        "spam-inline",
        "spam-inline-weak",
        "forum",
        "edit-link",
        "share-tag",
        "share-mark",
        "edit-stamp",
        "watermark",
    )
    return read_kinds("audiojiedu.ingest", "data/page_chrome.tsv", kinds)


@lru_cache(maxsize=1)
def _cut_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = chrome_words()
    return (
        re.compile("|".join(f"(?:{p})" for p in words["note"]) or "(?!)"),
        re.compile("|".join(f"(?:{p})" for p in words["withheld"]) or "(?!)"),
        re.compile("|".join(f"(?:{p})" for p in words["wire"]) or "(?!)"),
        re.compile("|".join(f"(?:{p})" for p in words["edit-stamp"]) or "(?!)"),
    )


# A site's watermark opening a line: its name, a dash, its slogan and its address (某某之家—全网资源每日更新
# www.example.com), printed over every page of the file it serves and glued to the text it breaks.
_WATERMARK = re.compile(
    rf"^(?P<mark>[{HAN}]{{2,10}}[ \u3000]*[—–\-|｜]{{1,2}}[ \u3000]*[{HAN}]{{2,12}}[ \u3000]*"
    r"(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6}){1,2})"
)


# A site's mark glued after a paragraph: a few Latin letters, then its owner's name (某段文字wYm某省人民政府研究室).
_TAIL_MARK = re.compile(rf"(?<=[{HAN}。，；！？”）)])(?P<mark>[A-Za-z][A-Za-z0-9]{{1,7}}[{HAN}]{{2,20}})$")
_MIN_TAIL_MARKS = 3  # paragraphs a tail mark ends before it is taken for the site's
_MAX_TAIL_MARK = 30  # characters of such a mark at most


def _tail_marks(lines: list[str]) -> set[str]:
    """Marks glued at the end of `_MIN_TAIL_MARKS` lines or more, the same each time: a scraper's
    guard the site writes after every paragraph, no words of the text."""
    counts: dict[str, int] = {}
    for line in lines:
        line = line.rstrip(" \t\u3000")
        if (match := _TAIL_MARK.search(line, max(0, len(line) - _MAX_TAIL_MARK))) is not None:  # (its end only)
            counts[match.group("mark")] = counts.get(match.group("mark"), 0) + 1
    return {mark for mark, count in counts.items() if count >= _MIN_TAIL_MARKS}


@lru_cache(maxsize=1)
def _slogan_marks() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in chrome_words()["watermark"]) or "(?!)")


def cut_watermarks(lines: list[str]) -> list[Finding]:
    """Cut out of `lines` (in place) the watermark a document site sets over the pages of a file
    it serves (某某之家—全网资源每日更新 www.example.com): found where it opens a line, its name, a
    dash, a slogan and the site's address, then cut wherever the same words stand, also inside a
    sentence the page break cut (树立一诺某某之家—… www.example.com千金): one finding each. A line
    left empty is dropped later. An address in the text has no name and slogan before it.
    A file site's slogan without its address (精选优质文档-----倾情为你奉上: `watermark` rows) is
    cut wherever it stands."""
    marks = {match.group("mark") for line in lines if (match := _WATERMARK.match(line.strip(" \t\u3000")))}
    marks |= _tail_marks(lines)
    marks |= {match.group() for line in lines for match in _slogan_marks().finditer(line)}
    findings: list[Finding] = []
    for mark in sorted(marks, key=len, reverse=True):
        for index, line in enumerate(lines):
            while mark in line:
                at = line.index(mark)
                rest = line[at + len(mark) :]
                line = line[:at] + (rest.lstrip(" \u3000") if not line[:at].strip() else rest)
                findings.append(Finding("chrome-dropped", "文档网站加在页面里的水印（网站名、口号或网址）：未朗读", mark))
            lines[index] = line.strip(" \t\u3000")
    return findings


@lru_cache(maxsize=1)
def _inline_spam() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A run of betting spam's phrases (`spam-inline` and `spam-inline-weak` rows) a hacked site
    spliced into a sentence, marks or spaces between them (比分直播,篮球比分直播, 4949澳门精准免费
    大全), and the pattern of one strong phrase."""
    words = chrome_words()
    strong = "|".join(f"(?:{pattern})" for pattern in words["spam-inline"])
    phrase = "|".join(f"(?:{pattern})" for pattern in (*words["spam-inline"], *words["spam-inline-weak"]))
    return re.compile(rf"(?:{phrase})(?:[,，、 \u3000]*(?:{phrase}))*"), re.compile(strong)


_MIN_WEAK_SPAM = 2  # weak phrases (比分直播) are spam only this many in one run


def cut_inline_spam(lines: list[str]) -> list[Finding]:
    """Cut out of `lines` (in place) the betting spam a hacked site spliced into its sentences,
    inside a word too (民生改4949澳门精准免费大全善 → 民生改善): a run of its phrases holding one
    no document writes (`spam-inline` rows) or two at least of those a text may hold alone
    (`spam-inline-weak`: 比分直播, 六合彩), each run cut with a finding. Matched on the folded
    copy (see `fold`)."""
    run, strong = _inline_spam()
    weak = re.compile("|".join(f"(?:{pattern})" for pattern in chrome_words()["spam-inline-weak"]))
    findings: list[Finding] = []
    for index, line in enumerate(lines):
        folded = fold(line)
        matches = [
            match
            for match in run.finditer(folded)
            if strong.search(match.group()) or len(weak.findall(match.group())) >= _MIN_WEAK_SPAM
        ]
        for match in reversed(matches):
            findings.append(Finding("chrome-dropped", "网站被植入句子中间的博彩垃圾词：已删去，未朗读", line[match.start() : match.end()]))
            # (the enumeration comma the spam stood before goes with it: 在365体育投注、省政府… → 在省政府…)
            rest = line[match.end() :]
            line = line[: match.start()] + (rest[1:] if rest[:1] == "、" else rest)
        lines[index] = line
    findings.reverse()
    return findings


# A picture's web address left in the text where the picture stood, maybe several glued together
# (https://…/640?wx_fmt=png&tp=wxpichttps://…/640?wx_fmt=png 为严格规范…): a run of ASCII from
# http:// or // up to a space or a Chinese character, holding an image's file ending or format.
_ADDRESS_RUN = re.compile(r"(?:https?:)?//[!-~]+")
_IMAGE_ADDRESS = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)(?:[?#&!@]|$)|[?&_](?:wx_)?(?:fmt|format)=(?:jpe?g|png|gif|webp)", re.IGNORECASE)


def cut_image_addresses(lines: list[str]) -> list[Finding]:
    """Cut out of `lines` (in place) the web address of a picture, wherever it stands: the page's
    scraper wrote it for the picture, and a listener hears a string of letters. An address that
    is not a picture's (网址：http://www.gov.cn) stays, as the document may name it."""
    findings: list[Finding] = []
    for index, line in enumerate(lines):
        if "//" not in line:
            continue
        runs = [match for match in _ADDRESS_RUN.finditer(line) if _IMAGE_ADDRESS.search(match.group())]
        for match in reversed(runs):
            findings.append(Finding("chrome-dropped", "图片的网址（网页上放图片的地方）：未朗读", match.group()[: SUSPECT_CHROME_CHARS * 2]))
            line = line[: match.start()] + " " + line[match.end() :]
        if runs:
            lines[index] = line.strip(" \t\u3000")
    findings.reverse()
    return findings


# A forum's jammer against copying: short runs of random ASCII set apart by spaces, spliced into the
# post's lines (% n9 @. y4 f1 z) D& N9 E, v" Y), invisible on the forum, read aloud in a copy.
_JAMMER = re.compile(r"(?<![!-~])(?:[!-~]{1,2} ){4,}[!-~]{1,2}(?![!-~])")
_MIN_JAMMER_SYMBOLS = 3  # distinct marks among its pieces (a list A. B. C. D. E. has one)
_MIN_JAMMER_LETTERS = 3  # pieces holding a letter (a row of figures 1.2 3.4 has none)


def cut_jammer(lines: list[str]) -> list[Finding]:
    """Cut out of `lines` (in place) a forum's jammer: five pieces of one or two ASCII characters
    or more set apart by single spaces, `_MIN_JAMMER_LETTERS` of them holding a letter and
    `_MIN_JAMMER_SYMBOLS` different marks among them; one finding for the page. A row of figures,
    a lettered list (A. B. C. D. E.) or a formula has no such mix."""
    cut: list[str] = []
    for index, line in enumerate(lines):
        matches = [
            match
            for match in _JAMMER.finditer(line)
            if len({char for char in match.group() if not char.isalnum() and char != " "}) >= _MIN_JAMMER_SYMBOLS
            and sum(any(char.isalpha() for char in piece) for piece in match.group().split()) >= _MIN_JAMMER_LETTERS
        ]
        for match in reversed(matches):
            cut.append(match.group())
            line = line[: match.start()] + " " + line[match.end() :]
        if matches:
            lines[index] = line.strip(" \t\u3000")
    if not cut:
        return []
    shown = " / ".join(reversed(cut))[: SUSPECT_CHROME_CHARS * 2]
    return [Finding("chrome-dropped", f"论坛防复制插入的乱码字符（{len(cut)} 处）：已删去，未朗读", shown)]


# A news site's anti-copy stamp: a few random letters and digits glued before the site's name, set
# after paragraphs and picture names (…大扫除活动。G7q安康新闻网, 10.jpgG7q安康新闻网).
_SITE_STAMP = re.compile(f"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{{2,4}}[{HAN}]{{2,10}}(?:新闻网|网)$")
_MIN_SITE_STAMPS = 2  # lines it ends, at least: one such ending may be the text's own words
_STAMP_CHARS = 20  # a stamp is at most this long (a code of 4, a name of 10, 新闻网)


def cut_site_stamps(lines: list[str]) -> list[Finding]:
    """Cut out of `lines` (in place) a news site's anti-copy stamp, the same code and site name
    ending `_MIN_SITE_STAMPS` lines or more; one finding for the page. A line left empty by the cut
    is blanked, and one that only names a picture's file (10.jpg) is left to the picture rules."""
    # (only a line ending with 网 is searched: a page flattened into one line is not scanned whole)
    ends = Counter(match.group() for line in lines if line.endswith("网") and (match := _SITE_STAMP.search(line[-_STAMP_CHARS:])))
    stamps = {stamp for stamp, count in ends.items() if count >= _MIN_SITE_STAMPS}
    if not stamps:
        return []
    cut = 0
    for index, line in enumerate(lines):
        # (glued to a picture's name the code follows letters: 10.jpgG7q安康新闻网)
        stamp = next((stamp for stamp in stamps if line.endswith(stamp)), None)
        if stamp is not None:
            lines[index] = line[: -len(stamp)].rstrip(" \t\u3000")
            cut += 1
    return [Finding("chrome-dropped", f"新闻网站防复制加在段尾的代码和网站名（{cut} 处）：已删去，未朗读", " / ".join(sorted(stamps)))]


_WALL_SENTENCE = 40  # characters of a line under a login wall that would be the document's own text
_MIN_WALL_BOXES = 5  # lines under it, at least, for the site's boxes (a signature and its date are two)
_MIN_WALL_CHROME = 2  # … among them lines of the site's known furniture (分享：, 查看更多>>)


def cut_after_wall(lines: list[str]) -> list[Finding]:
    """Blank (in place) what stands under the note that the rest is for members who log in
    ((想阅读完全部图文内容，您需要先登陆！), a `withheld` row as a line of its own), the document's
    text standing over it, when nothing under it is a paragraph of the document (a line of
    `_WALL_SENTENCE` characters with a full stop) and it is the site's boxes (`_MIN_WALL_BOXES`
    lines, some of them known furniture): its tip jar, share box, comments and links, never the
    text it withheld. The note itself is left for `cut_site_notes` to report."""
    withheld = _cut_patterns()[1]
    wall = next((index for index in range(len(lines) - 1, -1, -1) if withheld.fullmatch(fold(lines[index]).strip())), -1)
    if wall < 0 or any(len(line) >= _WALL_SENTENCE and "。" in line for line in lines[wall + 1 :]):
        return []
    if not any("。" in line for line in lines[:wall]):
        return []  # a sharing site's note over the file's start (已阅读3页，还剩9页未读): the text is under it
    below = [line for line in lines[wall + 1 :] if line.strip()]
    if len(below) < _MIN_WALL_BOXES or sum(map(is_chrome_line, below)) < _MIN_WALL_CHROME:
        return []  # a signature and a date under it are the document's end, which the site left
    for index in range(wall + 1, len(lines)):
        lines[index] = ""
    return [Finding("chrome-dropped", f"网页登录提示下面的 {len(below)} 行网站内容（打赏、分享、留言、相关内容）：未朗读", " / ".join(below)[: SUSPECT_CHROME_CHARS * 2])]


def cut_site_notes(lines: list[str]) -> list[Finding]:
    """Cut out of `lines` (in place) what a reposting or membership site wrote into the text:
    its note that the text is for study and its rights are the author's (`note` rows, a
    site-notice finding), and its note that it left part of the text out for paying members
    (`withheld` rows, a text-withheld finding: the document is not whole), and the news site's
    byline opening a paragraph (某某网讯：, 本报讯（记者 某某）: `wire` rows, a chrome-dropped
    finding; the paragraph after it is read), and a forum's note of a post's last edit (本帖最后由
    某某 于 … 编辑: `edit-stamp` rows, a chrome-dropped finding). Matched on the folded copy (see `fold`), which keeps
    every position; a line left empty is dropped later."""
    notes, withheld, wire, stamp = _cut_patterns()
    findings: list[Finding] = []
    for index, line in enumerate(lines):
        folded = fold(line)
        spans: list[tuple[int, int]] = []
        for pattern, kind, message in (
            (notes, "site-notice", "转载网站加在正文里的版权说明：未朗读"),
            (withheld, "text-withheld", "网页省略了文档的一部分（只给会员看）：这里缺了原文，提示语未朗读"),
            (wire, "chrome-dropped", "新闻网站在段首加的电头（某某网讯）：未朗读"),
            (stamp, "chrome-dropped", "论坛在帖子里加的编辑记录（本帖最后由某某于某时编辑）：未朗读"),
        ):
            for match in pattern.finditer(folded):
                if match.group(0).strip():
                    spans.append((match.start(), match.end()))
                    findings.append(Finding(kind, message, line[match.start() : match.end()].strip()))
        for start, end in sorted(spans, reverse=True):
            line = line[:start] + " " + line[end:]
        if spans:
            lines[index] = line.strip(" \t\u3000")
    return findings


def chrome_tokens() -> frozenset[str]:
    """Toolbar and page-furniture words (全屏, 打印, 关闭 …) that are never document text."""
    return frozenset(chrome_words()["token"])


@lru_cache(maxsize=1)
def counter_pattern() -> re.Pattern[str]:
    """A hit or reply counter: 阅读：69, 评论：0, 访问次数：, 签到天数：721 天, 点击：[], 访问量: -, 浏览1135次 (a word
    of the table's `counter` rows, a colon and maybe a count, maybe in brackets the page's script
    fills, or a dash in its place),
    standing apart as a field of a row."""
    words = words_pattern(chrome_words()["counter"])
    # The count, or a dash where the page's script left it unfilled (访问量: -).
    count = r"\d[\d,.]*[ \u3000]*[万亿次天人]?|[\[【(（][ \u3000]*(?:\d[\d,.]*)?[ \u3000]*[\]】)）]|[-－—–]+"
    # … or its count and 次 after the word without a colon (浏览1135次, 阅读 86 次), or only its unit
    # where the page's script never put the count (浏览 人次): the 次 marks it.
    uncoloned = r"[ \u3000]*(?:\d[\d,]*[ \u3000]*)?人?次"
    # … or its brackets left empty by the page's script, no colon, maybe glued to what follows (阅读()某某局)
    empty = rf"(?:^|(?<=[\s|｜]))(?:{words})[ \u3000]*[（(][ \u3000]*[)）]"
    # … or a word that is a counter's name alone (浏览量, 阅读次数) and its count after a space, no
    # colon (文号 浏览量 13: a field table's cells); a two-character word (阅读 13) may be a value's.
    long = words_pattern(tuple(word for word in chrome_words()["counter"] if len(word) >= 3))
    spaced = rf"(?:^|(?<=[\s|｜]))(?:{long})[ \u3000]+\d[\d,]*(?=[\s|｜]|$)"
    return re.compile(
        rf"(?:^|(?<=[\s|｜]))(?:{words})(?:[ \u3000]*[:：][ \u3000]*(?:{count})?|{uncoloned})(?=[\s|｜]|$)|{empty}|{spaced}"
    )


@lru_cache(maxsize=1)
def glued_counter_pattern() -> re.Pattern[str]:
    """A counter written right after the previous value, without a space: 某某官网浏览：63,
    某某局阅读次数：(its count left for the page's script to fill). A counter word of two
    characters (浏览, 阅读) counts only with its count after it; a longer one (阅读次数, 浏览量)
    also without."""
    counters = chrome_words()["counter"]
    short = words_pattern(counters)
    long = words_pattern(tuple(word for word in counters if len(word) >= 3))
    count = r"\d[\d,]*[ \u3000]*[万次]?"
    return re.compile(
        rf"(?<=[^\s:：|｜])(?:(?:{long})[ \u3000]*[:：][ \u3000]*(?:{count})?|(?:{short})[ \u3000]*[:：][ \u3000]*{count})"
    )


@lru_cache(maxsize=1)
def counted_count() -> re.Pattern[str]:
    """A view count with the count before its word (1400 次浏览, 1239人浏览: `counted` rows)."""
    return re.compile(rf"\d[\d,]*[ \u3000]*(?:{words_pattern(chrome_words()['counted'])})")


@lru_cache(maxsize=1)
def row_trailer() -> re.Pattern[str]:
    """Where a metadata value ends before the site's toolbar: a counter (阅读：69, 1400 次浏览), a toolbar word
    with its colon (字体大小：, 分享到：, with the bracket it opens: 【字体：), a toolbar word standing apart (显示全部楼层), a
    picker's options side by side (黑色 红色 灰色) or an empty bracket (【  】). Words of one character (大 中 小)
    are left out: they may be part of a value, but two or more set apart at its end are the font-size picker;
    a toolbar word may carry its count in brackets, or brackets left empty (查看评论（）);
    a button's word in the bracket the toolbar opens (【 保存), a foot link's word set apart (附件下载) and
    分享到： (文字大小：, 背景色：) glued to the value end it too."""
    tokens = words_pattern(tuple(token for token in chrome_words()["token"] if len(token) >= 2))
    # A picker's options side by side (【黑色 红色 灰色), or a bracket left empty where the
    # toolbar's icon stood (【  】), standing apart after a label left empty.
    options = words_pattern(chrome_words()["picker"])
    picker = rf"(?:^|(?<=[\s|｜]))(?:[【\[［][ \u3000]*[】\]］]|(?:[【\[［][ \u3000]*)?(?:{options})(?:[ \u3000]+(?:{options}))+)"
    # A button's word in the bracket the toolbar opens after the value (【 保存, 【打印): an `action` verb there is the button's.
    actions = words_pattern(chrome_words()["action"])
    button = rf"(?<=[\s|｜])[【\[［][ \u3000]*(?:{tokens}|{actions})"  # after the value: 【转载】 opening it is a tag
    # The font-size picker set apart at the end (2018-05-16   大  中  小): two of its one-character words or more.
    sizes = r"(?<=[ \u3000])[大中小](?:[ \u3000]+[大中小])+[ \u3000]*$"
    # A foot link's word of four characters or more set apart (某某街道 附件下载 —  —): the links under the fields.
    links = words_pattern(tuple(word for word in chrome_words()["tail"] if len(word) >= 4))
    foot = rf"(?<=[ \u3000|｜])(?:{links})(?=[ \u3000|｜—–-]|$)"
    # The font-size word without a colon, its sizes in the bracket after it (字体[ 大 中 小 ]).
    font = r"(?:^|(?<=[\s|｜]))(?:字号|字体|(?:文字|字体)大小)[ \u3000]*[【\[［（(][ \u3000]*[大中小]"
    return re.compile(
        rf"{counter_pattern().pattern}|(?:^|(?<=[\s|｜])){counted_count().pattern}(?=[\s|｜]|$)|(?:^|(?<=[\s|｜]))(?:{tokens})(?:[ \u3000]*[:：]|[（(][ \u3000]*\d*[ \u3000]*[）)]|(?=[\s|｜]|$))"
        rf"|{picker}|{button}|{sizes}|{foot}|{font}"
        "|[ \u3000]*(?:[【\\[［][ \u3000]*)?(?:(?:选择|调整|设置)?字号|字体|(?:文字|字体)大小|背景色|点击量|点击数|点击率|浏览量|浏览次数|访问量|访问次数|阅读量|阅读次数|分享到)[ \u3000]*[:：]"
    )


@lru_cache(maxsize=1)
def _caption() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in chrome_words()["caption"]))


@lru_cache(maxsize=1)
def _chrome_pattern() -> re.Pattern[str]:
    """Chrome lines told by their shape (第3页 / 共28页, 本文共1200字，阅读约需4分钟)."""
    patterns = chrome_words()["pattern"] or (r"(?!)",)  # no rows: a pattern that never matches
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)  # IMG_2034.JPG


@lru_cache(maxsize=1)
def share_blurbs() -> tuple[re.Pattern[str], ...]:
    """A document-sharing site's note naming the shared file: 《某报告.docx》由会员分享，可在线阅读."""
    return tuple(re.compile(pattern) for pattern in chrome_words()["share"])


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    rows = read_tsv("audiojiedu.ingest", "data/traditional_chars.tsv")
    return {ord(row.fields[0]): row.fields[1] for row in rows}


def fold(text: str) -> str:
    """`text` with traditional characters read as simplified ones, one for one (來源 -> 来源).

    Chrome words, labels and title words are data written in simplified characters; a page
    from a site set in traditional characters is matched on its folded copy. Each character
    maps to one character, so a position in the folded copy is the same in the original.
    """
    if len(text) < _FOLD_CACHE_CHARS:
        return text.translate(_fold_table())
    return _fold_long(text)


@lru_cache(maxsize=4)
def _fold_long(text: str) -> str:
    """A long line (a page flattened into one) is folded once: dozens of checks ask for it. Only
    the last few are kept, so a long-running server holds no more than a few pages' lines."""
    return text.translate(_fold_table())


# The counts on a posting account's card at the foot, two or more, each with its word (77329文章数
# 29697关注度, 1.2万粉丝 356获赞; ho159/13, session 58): never text; `page_tail` takes the card's
# name and pitch over them too.
ACCOUNT_COUNTS = re.compile(r"(?:\d+(?:\.\d+)?[万wW]?[ \u3000]*(?:文章数|篇文章|文章|关注度|粉丝数|粉丝|获赞|关注者|阅读量|总阅读)[ \u3000|｜·]*){2,4}")


def is_caption(line: str) -> bool:
    """A photo caption (…本报记者 霍艳恩摄): short, and matches a caption pattern."""
    return len(line) <= _MAX_CAPTION and _caption().search(fold(line.strip())) is not None


def is_spam_line(line: str) -> bool:
    """`line` is advertising injected into a hacked site's page: short, no sentence, and three of
    the `spam` and `spam_weak` words of data/page_chrome.tsv in it, one a `spam` word (see there)."""
    folded = fold(line).lower()
    if len(folded) > _MAX_CHROME_LINE * 4 or "。" in folded:
        return False
    words = chrome_words()
    strong = sum(word.lower() in folded for word in words["spam"])
    weak = sum(word.lower() in folded for word in words["spam_weak"])
    return strong >= 1 and strong + weak >= _MIN_SPAM_WORDS


def is_chrome_line(line: str) -> bool:
    """True if `line` is site chrome wherever it appears, also as an item of a numbered list (a
    breadcrumb a converter set as one: 1. 当前位置： / 2. 首页 > 政务公开 > … / 3. > 正文)."""
    listed = _LIST_ITEM.match(line)
    if listed is not None and _is_chrome(line[listed.end() :]):
        return True
    return _is_chrome(line)


_LIST_ITEM = re.compile(r"^[ \t\u3000]*\d{1,2}\.[ \t\u3000]+(?=\S)")
# The forms an interpretation is published in, as its tag names them (【音频解读】, 文字解读：); the
# `pattern` rows of data/page_chrome.tsv name them too, for the links to such pages under a text.
INTERPRETATION_FORM = "图文|视频|音频|文字|图片|图解|动漫|专家|部门|政策|媒体"
# A headline tagged by its form (【文字解读】某某关于印发《…》的通知, 文字解读：关于…的解读).
_TAGGED_HEADLINE = re.compile(
    f"(?:[【\\[［](?:{INTERPRETATION_FORM})?解读[】\\]］]|(?:{INTERPRETATION_FORM})解读[ \u3000]*[：:])[ \u3000]*[{HAN}《“].{{7,120}}"
)


def tagged_headline(line: str) -> bool:
    """A headline tagged by its form (【文字解读】某某关于印发《…》的通知, 文字解读：关于…的解读): chrome as a link to another
    page among the links under a text (see the `pattern` rows); the page's own title where it
    stands first, before any text and with no title found."""
    return _TAGGED_HEADLINE.fullmatch(fold(line).strip()) is not None


def _is_chrome(line: str) -> bool:
    chrome = chrome_words()
    if len(line) > _MAX_CHROME_LINE * 4:
        return False  # chrome is short; a long line is text (its ends are checked chunk-wise)
    stripped = BULLET.sub("", _FONT_SIZE.sub(" ", fold(line)).strip(), count=1)  # • 分享到
    stripped = IMAGE_MARK.sub(" ", stripped).strip()  # 手机APP ![]() |: an icon's markup, nothing to read
    if not stripped or not any(char.isalnum() for char in stripped):
        return bool(line.strip())  # :::, ——, a bullet alone: nothing to read
    if _SEPARATOR_LINE.match(stripped) or _MACHINE_ID.fullmatch(stripped) or _PAGER_PAIR.match(stripped):
        return True
    # Breadcrumbs and footers are short and have no sentences; a line with 。 is content.
    # (A closing ！ is allowed: 点击上方“某某发布”可以订阅哦！ is a call to action, not a sentence of the text.)
    if (
        len(stripped) <= _MAX_CHROME_LINE
        and not any(mark in stripped.rstrip("！!") for mark in "。！？")
        and (stripped.startswith(chrome["prefix"]) or any(word in stripped for word in chrome["contains"]))
    ):
        return True
    if is_caption(stripped) or (_chrome_pattern().search(stripped) and len(stripped) <= _MAX_CHROME_LINE):
        return True
    if BREADCRUMB.match(stripped):
        return True
    if POSITION_OPENER.match(stripped) and len(stripped) <= _MAX_CHROME_LINE and not any(mark in stripped for mark in "。！？"):
        return True  # a one-line page opens with the trail too: its sentences are text
    if not counter_pattern().sub(" ", stripped).strip(" |｜\u3000"):
        return True  # 阅读：69   评论：0, 查看: 65|回复: 0: the site's counters
    if is_counts_row(stripped) or ACCOUNT_COUNTS.fullmatch(stripped):
        return True
    # —分享—: a toolbar word between the dashes a site sets round it.
    # (字体:打印: a toolbar word whose buttons went glues the next one after its colon.)
    tokens = [token.strip("—–~") or token for token in re.split(r"[\s【】〖〗\[\]|/｜]+|(?<=[:：])", stripped) if token]
    # 【 字体: 】? 【打印文章】: a ? between the buttons is an icon the copy lost, not a word.
    tokens = [token for token in tokens if token.strip("?？")] or tokens
    # 字号 :  | : a colon set apart after a toolbar word (its values lost) is no word either.
    tokens = [token for token in tokens if token.strip(":：")] or tokens
    # 关闭×: a button with its cross glued on; 一键转发: a button that does its job in one click.
    tokens = [_BUTTON_TRIM.sub("", token) or token for token in tokens]
    # 1 2 下一页, 上一页 1 2 3 下一页 全文阅读: a pager's page numbers go with its words.
    if any(_PAGER_WORD.fullmatch(token) for token in tokens):
        tokens = [token for token in tokens if not _PAGE_NUMBER.fullmatch(token)] or tokens
    # 字 号： set letter-spaced is the toolbar's 字号： (大 中 小 are three words of it, read apart).
    spaced = _LETTER_SPACED_WORD.fullmatch(stripped) is not None and _all_tokens([re.sub(r"[ \u3000]", "", stripped)])
    # 【字号：, 分享： and 字体： are toolbar words whose values stand on the next lines.
    return spaced or _all_tokens(tokens) or _is_toolbar_row(stripped) or _mostly_tokens(tokens) or _site_links_bar(stripped, tokens)


_BUTTON_TRIM = re.compile(f"[×✕✖]+$|^一键(?=[{HAN}]{{2}})")
_PAGER_WORD = re.compile("上一页|下一页|上页|下页|尾页|末页|上一篇|下一篇")
_PAGE_NUMBER = re.compile(r"\d{1,3}")
# A link to another government's site in a portal's top bar (中央人民政府网站, 某省人民政府网站, 中国政府网).
_SITE_LINK = re.compile(f"[{HAN}]{{2,14}}(?:网站|政府网)")


def _site_links_bar(line: str, tokens: list[str]) -> bool:
    """A portal's bar of links to other governments' sites, set apart by bars, maybe with its
    buttons after them (中央人民政府网站 | 某省人民政府网站 | 某市人民政府网站 网上信访 | 设为首页 |
    加入收藏 |): two site links at least, everything else a chrome token."""
    if "|" not in line:
        return False
    others = [token for token in tokens if _SITE_LINK.fullmatch(token) is None]
    return len(tokens) - len(others) >= 2 and (not others or _all_tokens(others))


_MIN_GLUED_COUNTS = 3  # a sharing site's info row sets this many counts glued to their words at least
_MIN_BARE_COUNTS = 2  # a row of nothing but counts glued to their words holds this many


def is_counts_row(line: str) -> bool:
    """A document-sharing site's row of the file's facts and counts: words of its toolbar or its
    counters glued to their counts (下载0, 浏览77, 收藏0, 点赞0), `_MIN_GLUED_COUNTS` of them at least,
    among the file's tags, format, page count and date (工作报告 DOCX 28页 2024-01-06 免费文档), no
    sentence mark. A table's row of figures has no such words before its numbers. A row of
    counts alone (浏览数138 点赞数4, under a news app's story) needs two of them."""
    if len(line) > _MAX_CHROME_LINE or re.search("[。，；！？,;]", line):
        return False
    pieces = line.split()
    counts = sum(1 for piece in pieces if _glued_count().fullmatch(piece))
    return counts >= _MIN_GLUED_COUNTS or (counts >= _MIN_BARE_COUNTS and counts == len(pieces))


@lru_cache(maxsize=1)
def _glued_count() -> re.Pattern[str]:
    """A toolbar or counter word glued to its count (下载0, 浏览77)."""
    words = chrome_words()
    return re.compile(rf"(?:{words_pattern((*words['counter'], *words['token']))})\d[\d,]*")


def _is_toolbar_row(line: str) -> bool:
    """A toolbar row: its counters (浏览：301次, 人气 515) and the page's stamp (更新 2022-03-17)
    taken away, what is left is toolbar words (字体：【, 收藏, 复制全文, 浏览次数 with its count
    left out). A counter or a stamp must be there (else `_all_tokens` has said it), and a toolbar
    word: a stamp with counters only (2023-11-02 点击数：) is the page's date (see `stamp_row`)."""
    rest = _spaced_counter().sub(" ", counter_pattern().sub(" ", line))
    tokens = [token for token in re.split(r"[\s【】\[\]|/｜]+", rest) if token]
    words = [token for token in tokens if not _STAMP_TOKEN.fullmatch(token)]
    if rest == line and len(words) == len(tokens):
        return False
    return bool(words) and _all_tokens(words)  # a stamp over an empty counter alone is the page's date


@lru_cache(maxsize=1)
def _spaced_counter() -> re.Pattern[str]:
    """A counter written without its colon, its count after a space: 人气 515, 阅读 1.2万."""
    words = words_pattern(chrome_words()["counter"])
    return re.compile(rf"(?:^|(?<=[\s|｜]))(?:{words})[ \u3000]+\d[\d,.]*[ \u3000]*[万次]?(?=[\s|｜]|$)")


@lru_cache(maxsize=1)
def _token_keys() -> frozenset[str]:
    """The chrome tokens as compared: case folded (qq 空间, WAP手机版)."""
    words = chrome_words()
    # A counter's word with its count left out (浏览次数) is the toolbar's too.
    return frozenset(token.casefold() for token in (*words["token"], *words["counter"]))


_MIN_ROW_TOKENS = 3  # a toolbar row with a word the table lacks holds this many words at least
_MAX_OTHER_TOKEN = 6  # … and that word is a button's short label


def _mostly_tokens(tokens: list[str]) -> bool:
    """A row of the site's buttons with one the table does not list (分享 网友评论 登录|注册 评论,
    搜索 高级搜索 重置信息): at least `_MIN_ROW_TOKENS` words, two in three of them chrome tokens,
    the others short and without a figure. A text's own short words are never mostly buttons."""
    if len(tokens) < _MIN_ROW_TOKENS:
        return False
    chrome = [_all_tokens([token]) for token in tokens]
    others = [token for token, known in zip(tokens, chrome) if not known]
    return sum(chrome) * 3 >= len(tokens) * 2 and all(
        len(token) <= _MAX_OTHER_TOKEN and not any(char.isdigit() for char in token) for token in others
    )


def _all_tokens(tokens: list[str]) -> bool:
    """True if every one of `tokens` is a chrome token (qq 空间 counts as QQ空间), a run of tokens
    of two characters or more written without spaces (设为首页收藏本站), or an item a `pattern` row
    finds chrome as a line of its own (网站支持IPV6 in a bar of the site's links)."""
    keys = _token_keys()
    index = 0
    while index < len(tokens):
        token = tokens[index].casefold()
        if index + 1 < len(tokens) and token + tokens[index + 1].casefold() in keys:
            index += 2
        elif (
            token in keys
            or token.rstrip("：:") in keys
            or _glued_tokens(token.rstrip("：:"), keys)
            or _action().fullmatch(token)
            or (len(token) <= _MAX_CHROME_LINE and _chrome_pattern().search(token))  # 网站支持IPV6 | 无障碍阅读
        ):
            index += 1
        else:
            return False
    return bool(tokens)


@lru_cache(maxsize=1)
def _action() -> re.Pattern[str]:
    """An action on the page, a verb of the table's `action` rows and a short object: 复制全文,
    下载文档, 打印本页 (it counts as a toolbar word only among others, see `_all_tokens`)."""
    return re.compile(rf"(?:{words_pattern(chrome_words()['action'])})[{HAN}]{{1,2}}")


def _glued_tokens(text: str, keys: frozenset[str]) -> bool:
    """`text` is two chrome tokens or more set side by side (设为首页收藏本站); single characters
    (大 中 小) do not count, so no word of the text is read as a run of them."""
    reach = [0] + [-1] * len(text)  # reach[i]: how many tokens spell text[:i], -1 if none do
    for end in range(2, len(text) + 1):
        for start in range(end - 1):
            if reach[start] >= 0 and end - start >= 2 and text[start:end] in keys:
                reach[end] = max(reach[end], reach[start] + 1)
    return reach[len(text)] >= 2


@lru_cache(maxsize=1)
def _footer_patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    words = chrome_words()
    return (
        tuple(re.compile(pattern, re.IGNORECASE) for pattern in words["footer-mark"]),
        tuple(re.compile(pattern, re.IGNORECASE) for pattern in words["footer-field"]),
    )


def is_site_footer(line: str) -> bool:
    """A site's footer run into one line (举报电话：… 邮箱：… 网站地图 主办单位：… 网站标识码：…
    某ICP备…号): no sentence, a mark only a footer carries (`footer-mark` rows: ICP备, 网站标识码,
    版权所有) and `_MIN_FOOTER_MARKS` marks and fields of different rows in all. A text's own
    contact lines (联系电话：… 电子邮箱：…) carry no footer mark. Too long for `is_chrome_line`;
    looked for at the foot of a page only."""
    found_marks, found_fields = footer_marks(line)
    return found_marks >= 1 and found_marks + found_fields >= _MIN_FOOTER_MARKS


_COPYRIGHT_NOTICE = re.compile(r"版权所有.{0,30}(?:未经|请勿|不得|严禁).{0,40}(?:转载|复制|镜像)")


def footer_marks(line: str) -> tuple[int, int]:
    """How many `footer-mark` and `footer-field` rows `line` shows: (0, 0) for a line with a
    sentence or longer than a footer."""
    folded = fold(line)
    # (a copyright notice is the footer's though a sentence: 某某 版权所有，未经授权，请勿转载。)
    if len(folded) > _MAX_FOOTER_LINE or (_FOOTER_SENTENCE.search(folded) and not _COPYRIGHT_NOTICE.search(folded)):
        return 0, 0
    marks, fields = _footer_patterns()
    return sum(1 for pattern in marks if pattern.search(folded)), sum(1 for pattern in fields if pattern.search(folded))


def footer_lines(body: list[str], start: int, end: int) -> int:
    """Where a site's footer set over several lines begins at the page's foot (主管单位：… /
    某ICP备…号 / 电话：… QQ：… 投稿信箱：…; Powered by … / © 2001-2025 … ): lines each with a
    footer mark or footer fields, blank lines between them allowed; together a mark and
    `_MIN_FOOTER_MARKS` marks and fields. A line with fields only that stands apart (a blank line
    under it) counts only once a line with a mark is found above it: a text's own contact line
    stands apart over the footer, with its signature above it. `end` if there is none."""
    first = index = end
    marks = fields = 0
    blank = False
    pending = 0  # fields of lines standing apart, not yet under a mark
    while index > start:
        line = body[index - 1]
        if not line.strip():
            blank = True
            index -= 1
            continue
        found_marks, found_fields = footer_marks(line)
        if not (found_marks or found_fields):
            break
        index -= 1
        if found_marks or (not pending and not (blank and first < end)):
            first = index
            marks, fields, pending = marks + found_marks, fields + found_fields + pending, 0
        else:
            pending += found_fields
        blank = False
    return first if marks >= 1 and marks + fields >= _MIN_FOOTER_MARKS else end


# The stroke 丨, a character, set as a bar between a credit's label and its value (编辑丨某某).
_CREDIT_BAR = re.compile(r"[ \u3000]*丨[ \u3000]*")


@lru_cache(maxsize=1)
def _credit_line() -> re.Pattern[str]:
    """A short line led or ended by a credit's label (`byline` rows) set apart by a mark, not by
    a character of a word: 编辑 / 某某, ·ENJOY·??编辑, 某某中心▍本期编辑."""
    labels = words_pattern(chrome_words()["byline"])
    return re.compile(
        rf"^[^{HAN}]*(?:{labels})(?:[^{HAN}]|$)|(?:^|[^{HAN}])(?:{labels})[^{HAN}]*$"
    )


def is_credit_line(line: str) -> bool:
    """A line of a WeChat-style footer of credits (·ENJOY· 编辑 / 某某 来源 / 某某中心 本期编辑):
    short, no sentence mark, led or ended by a credit's label."""
    folded = GARBLED_MARKS.sub(" ", fold(line.strip()))  # 某某??来源: marks a mirror could not encode
    folded = _CREDIT_BAR.sub(" ", folded)  # 来源丨某某: the stroke 丨 set as a bar after the label
    return (
        0 < len(folded) <= _MAX_CREDIT_LINE
        and not any(mark in folded for mark in "。，；！？,;")
        and _credit_line().search(folded) is not None
    )


def is_image_placeholder(line: str) -> bool:
    """A word a scraper left where a picture stood (图片, [图片], image): `image` rows, maybe bracketed."""
    word = re.sub(r"^[\[【［(（][ \u3000]*|[ \u3000]*[\]】］)）]$", "", fold(line.strip()))
    return word.casefold() in {image.casefold() for image in chrome_words()["image"]}


# The heading of a site's list of recommended articles however it is worded (推荐DIY文章,
# 热门资讯, 精彩推荐阅读): a recommending word, a few characters, a word for articles.
# A box of the site's picks under the article (推荐阅读, 热门文章, 站长推荐：, 你可能会喜欢, 最近更新, 热点排行,
# 你可能也爱看, 更多推荐), or what other readers read (85%的人还看了, 大家还看了).
_RECOMMENDED = re.compile(
    r"(?:推荐|热门|精彩|热点|最新|最近|站长|小编|猜你|你可能|您可能|更多)\S{0,6}(?:文章|阅读|新闻|资讯|推荐|喜欢|更新|加入|发布|感兴趣|排行|排行榜|爱看)[:：]?"
    # 附近热门土地, 今日热点话题: a short box header round a recommending word (not a numbered
    # heading of the text: 三、热点问题)
    rf"|[{HAN}]{{0,2}}(?:热门|热点|精彩)\S{{1,4}}"
    r"|(?:一周|本周|今日|当日|本月|近期|每日|24小时)(?:热门|热点|热读|排行|排行榜|热榜)"  # 一周热门: over the week's most read
    r"|(?:\d{1,3}[%％]的人|大家|网友|读者)(?:还|也|都)(?:看了|在看|爱看)[:：]?"
)
# The page's tags left empty (tags: / 标签：) over the site's boxes at the foot.
_EMPTY_TAGS = re.compile(r"(?:标签|tags?)[ \u3000]*[:：]?", re.IGNORECASE)


def headline_row(line: str) -> bool:
    """A row of the site's headlines run into one line at a page's foot (某镇：百年市集激活新引擎
    “某某小集”焕新颜  夏季猫狗抓咬伤高发  …): `_MIN_HEADLINES` pieces or more set apart by two
    spaces or more, each a headline's length, no sentence or clause mark, none an organ's name
    (joint issuers signed side by side are the document's)."""
    folded = fold(line.strip())
    pieces = [piece for piece in re.split(r"[ \u3000]{2,}", folded) if piece]
    return (
        len(pieces) >= _MIN_HEADLINES
        and not re.search("[。，；？、,;]", folded)
        and all(_MIN_HEADLINE <= len(piece) <= _MAX_HEADLINE and not _ORGAN_END.search(piece) for piece in pieces)
    )


# A stamp alone on its line, to the second: 2019-09-02 10:00:51, 2019/9/2 10:00:51.
_STAMP_LINE = re.compile(r"[\[【(（]?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000]+\d{1,2}:\d{2}:\d{2}[\]】)）]?")


def is_stamp_line(line: str) -> bool:
    """`line` is only a date and a time to the second (2019-09-02 10:00:51): a content system's
    stamp. Under the headline it is the page's date; between paragraphs it is nothing to read."""
    return _STAMP_LINE.fullmatch(fold(line.strip())) is not None


def cut_related_links(body: list[str], start: int) -> int:
    """Where a related-links list (相关链接>> and the linked titles) starts near the end of a page.

    A list at the foot follows the page's text: it is never longer than the text above it, so
    a 相关解读： label at the head of a short page never takes the document under it away, unless
    nothing under it ends a sentence (a saved page's footer: menus, app boxes, organs' links)."""
    related = chrome_words()["related"]
    sentence = False  # a line below the one looked at ends or holds a sentence
    for index in range(len(body) - 1, max(start, len(body) - _FAR_RELATED_LINES) - 1, -1):
        line = fold(body[index].strip())
        if index < len(body) - _RELATED_LINES and sentence:
            break  # further up, only over a foot with no sentence in it (a saved page's footer)
        if _related_header(line, related):
            # The boxes over it, their lists left empty by the copy (相关文章 / 你可能会喜欢 / 最近更新
            # / 推荐阅读), and the page's empty tags over them, go with it.
            # So does a list above it whose links stand one after another behind arrows (大家都在看
            # ➯… / ➯…➯… over 您可能也对以下帖子感兴趣).
            # So do boxes over it that each hold a link under their label (部门解读： / 关于…的政策解读 /
            # 媒体视角： over 热点解读：).
            while index - 1 > start and (
                not body[index - 1].strip()
                or _related_header(head := fold(body[index - 1].strip()), related)
                or _EMPTY_TAGS.fullmatch(head)
                or (_LINK_ROW.match(head) and _related_header(fold(body[index - 2].strip()), related))
                or _boxed_link(body, index - 1, start, related)
            ):
                index -= 1
            above = sum(len(text) for text in body[start:index])
            below = sum(len(text) for text in body[index + 1 :])
            # (a foot with no sentence in it, however long, holds no document: the site's links)
            return index if below <= above or not sentence else len(body)
        sentence = sentence or _SENTENCE_MARK.search(line) is not None
    return len(body)


def is_related_header(line: str) -> bool:
    """`line` heads a list of the site's links (相关链接, 相关新闻, 推荐阅读), see `cut_related_links`."""
    return _related_header(fold(line.strip()), chrome_words()["related"])


def _related_header(line: str, related: tuple[str, ...]) -> bool:
    """`line` (folded) heads a list of the site's links: 相关链接, 推荐阅读, 你可能会喜欢; maybe with
    the first links on its line, set off by a space and an arrow (大家都在看  ➯某某最新情况), or a
    bullet before it (• 新闻推荐)."""
    line = BULLET.sub("", line, count=1)
    if (head := _HEADER_WITH_LINKS.match(line)) is not None:
        line = head.group(1)
    # A box's tabs side by side head it too (日点击排行 周点击排行 月点击排行), and so does its header
    # with the link to the whole list beside it (往期回顾 全部).
    tabs = [tab for tab in line.split() if tab not in _WHOLE_LIST_LINKS]
    return all(
        (tab.startswith(related) or _RECOMMENDED.fullmatch(tab) is not None) and len(tab) <= 12 and not any(c in tab for c in "。，")
        for tab in (tabs or [""])
    )


_WHOLE_LIST_LINKS = frozenset({"全部", "更多", "更多>>", "更多>", "查看更多", "查看全部"})


def _boxed_link(body: list[str], index: int, start: int, related: tuple[str, ...]) -> bool:
    """`body[index]` is a link's title under the label of its box (部门解读： / 关于…的政策解读): short,
    no sentence in it, and the nearest line above it a box's label."""
    line = fold(body[index].strip())
    if len(line) > _MAX_BOXED_LINK or _SENTENCE_MARK.search(line):
        return False
    above = next((i for i in range(index - 1, start, -1) if body[i].strip()), -1)
    return above > start and _related_header(fold(body[above].strip()), related)


_MAX_BOXED_LINK = 60


# A row of a list's links, each behind an arrow or a bullet (➯某某最新情况➯关于…的通告).
_LINK_ROW = re.compile(r"[➯➤➢►▶▸→]")
# A list's header with its first link on the same line: the header, spaces and an arrow or bullet.
_HEADER_WITH_LINKS = re.compile(r"(\S{2,12}?)[:：]?[ \u3000]*[➯➤➢►▶▸→>》»·•●■◆][^\n]*")


def looks_like_chrome(line: str) -> bool:
    """A short line that holds a chrome word but is not all chrome: kept, and shown to staff."""
    line = fold(line)
    if len(line) > SUSPECT_CHROME_CHARS or any(mark in line for mark in "。！？"):
        return False
    tokens = [t for t in re.split(r"[\s【】\[\]|/｜]+", line) if t]
    return any(token.rstrip("：:") in chrome_words()["token"] for token in tokens) or line.startswith(
        ("来源", "责任编辑", "编辑", "作者", "相关")
    )


@lru_cache(maxsize=1)
def _link_label() -> re.Pattern[str]:
    words = words_pattern(chrome_words()["link"])
    return re.compile(rf"[ \u3000]*[“\"「『【\[［（(<《][ \u3000]*(?:{words})[ \u3000>»]*[”\"」』】\]］）)>》]")


@lru_cache(maxsize=1)
def _edit_link() -> re.Pattern[str]:
    return re.compile(rf"[ \u3000]*[\[［][ \u3000]*(?:{words_pattern(chrome_words()['edit-link'])})[ \u3000]*[\]］][ \u3000]*$", re.IGNORECASE)


def cut_link_labels(line: str) -> tuple[str, list[str]]:
    """`line` without the labels of the links the page set in it, quoted or bracketed (某某流程图
    “点击查看”, 附件下载【点击下载】: `link` rows of data/page_chrome.tsv), and a wiki's edit link
    at its end (第一章 总则[编辑]: `edit-link` rows), and the labels cut."""
    folded = fold(line)
    cut: list[str] = []
    if (edit := _edit_link().search(folded)) is not None and edit.start() > 0:
        cut.append(line[edit.start() :].strip())
        line, folded = line[: edit.start()], folded[: edit.start()]
    for match in reversed(list(_link_label().finditer(folded))):
        cut.insert(0, line[match.start() : match.end()].strip())
        line = line[: match.start()] + line[match.end() :]
        folded = folded[: match.start()] + folded[match.end() :]
    return line, cut


def site_lead(line: str) -> bool:
    """`line` is a site's lead-in over the document (…会议表决通过《某某决议》，下面是详细内容。):
    a sentence or two ending with a `lead` row of data/page_chrome.tsv."""
    folded = fold(line.strip())
    return len(folded) <= _MAX_CHROME_LINE * 2 and any(re.search(f"(?:{pattern})$", folded) for pattern in chrome_words()["lead"])


def is_follow_line(body: list[str], index: int) -> bool:
    """body[index] names the site's account in its follow block (某某人大微信 over 公众号二维码 and
    —分享—): a `follow` row, with a chrome line right above or below it, or another such name."""
    patterns = [re.compile(pattern) for pattern in chrome_words()["follow"]]

    def names_account(line: str) -> bool:
        return any(pattern.fullmatch(fold(line.strip())) for pattern in patterns)

    if not names_account(body[index]):
        return False
    around = [
        line
        for line in (next((text for text in reversed(body[:index]) if text), ""), next((text for text in body[index + 1 :] if text), ""))
        if line
    ]
    # A toolbar word of one character (大 中 小) does not count: a table's cells may be such words.
    return any((len(line.strip()) >= 2 and is_chrome_line(line)) or names_account(line) for line in around)


_MIN_TAB_INTERPRETATIONS = 2  # a bar of tabs names this many kinds of interpretation at least


def tab_bar_end(body: list[str], index: int) -> int:
    """Where a bar of tabs a 政务公开 page sets round the document to its interpretations ends
    (文字解读 / 图片解读 / 新闻发布会 / 媒体解读 / 视频解读 / 相关政策), one tab a line: `tab`
    rows of data/page_chrome.tsv, two kinds of 解读 among them at least; `index` if body[index]
    does not open such a bar. One such word alone (政策解读 over the interpretation's text) is a
    heading and stays."""
    patterns = [re.compile(pattern) for pattern in chrome_words()["tab"]]
    end = index
    while end < len(body) and any(pattern.fullmatch(fold(body[end].strip())) for pattern in patterns):
        end += 1
    kinds = {fold(line.strip()) for line in body[index:end] if fold(line.strip()).endswith("解读")}
    return end if len(kinds) >= _MIN_TAB_INTERPRETATIONS else index


def is_button_count(body: list[str], index: int) -> bool:
    """body[index] is a bare count beside a toolbar button (购物车 / 0, 打赏捐赠 / 0): the button's;
    or a pager's count beside it (导出 打印 分享 / 0/0). A button of one character (大 中 小) does
    not count: a table's cells may be such words; nor does the site's footer (主办单位：… 技术支持：…)
    under a signature's date that lost its 年月日 (2013222)."""
    if not _BUTTON_COUNT.fullmatch(body[index].strip()):
        return False
    return any(
        0 <= near < len(body) and len(body[near]) >= 2 and is_chrome_line(body[near]) and footer_marks(body[near]) == (0, 0)
        for near in (index - 1, index + 1)
    )
