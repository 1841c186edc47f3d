"""The title of a document that prints none: the name the text gives itself, else a neutral one.

The title is spoken first, named again in the closing line and names the release, so it must be
a name a listener can hear. When the reader found no title line (the text opens with 各位代表：
or with the body), the title is, in this order:

1. the name the text gives itself: a sentence issuing a document by name (现将《某某措施》印发
   给你们, 《某某规则》已经…会议通过，现予印发。; or a paragraph opening with the name unmarked:
   某市某某规划已经市政府同意，现予印发) whose named document is then printed under its own title
   line (maybe with its drafting organ glued before it: 某市某某局某市某某规划), that line or name (on a page
   flattened into one paragraph, the name set apart by spaces after the sentence); or the
   opening sentence saying what the text is and who wrote it (本年报是…由某区人民政府办公室编制的
   2024年度政府信息公开年度报告。), the writer and that name, or the name it says it drew up and
   then shortens to its kind (编制了某乡人民政府2020年…年度报告（以下简称《年报》））; or the report
   the opening paragraph says the text is, given or summarised (受…委托，…向…会议作《某某工作报告》。
   报告摘要如下：): a name whose delivering verb stands right before it (作, 发表, 题为) or whose excerpt lead
   follows it (摘要如下, 全文如下; a repost's short paragraph under its news lead, 《某某方案》全文如下。,
   says so too), and is not cited (根据《…》, 贯彻《…》); or the name the opening
   paragraph says it makes public (现公布某区统计局2023年政府信息公开工作年度报告。), when it names
   the writer too (not 本机关…); or the name the opening sentence says was drawn up on a basis
   (某省…规划纲要，根据《中共某省委关于制定…的建议》编制，…): a plan's preface describing itself;
2. the name a document-sharing site's editor gives it in the blurb taken out of the text (下面是
   小编为大家整理的某某工作总结，供大家参考。), when it ends as a title does;
3. the file's name, when it is written in Chinese (某县2025年政府工作报告.txt; a collector's
   sequence number before it, 07_, is no part of it);
4. for a speech a government's head gives a people's congress, saying so at its opening (现在，我代表
   市人民政府，向大会报告政府工作，请予审议), the name every such speech bears: 政府工作报告 (the page
   printed no heading over it, starting at its occasion or speaker line);
5. the kind of document the text says it is, when it says it makes or issues itself (特制定本预案。,
   根据…，制定本规定。, 特发布如下禁火令：, 现将有关事项通告如下：): 预案, 规定, 禁火令, 通告. A kind is
   no full title, but it is the text's own word and tells a listener more than 无标题文档 does;
   a text that only reports or passes something on (现将有关情况报告如下, 现将有关事项通知如下)
   does not name itself so;
6. none: the script then says 无标题文档 and staff are told to write the title in.

A file slug (21_xx-2026-report) is never a title, and a name the text only cites (a notice
issuing 《某办法》 without its text) is not taken either: it would name another document.
Each guess is a finding, so staff can check it before the release is published.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from ..han import HAN
from ..model import Finding, Paragraph
from ..part_names import CONTENTS_HEADING, FIRST_PART
from ..title_key import title_key
from ..tsv import words_pattern
from .page_chrome import chrome_words, fold
from .page_title_words import PLACE_ENDS, ends_as_title, is_organ_list, is_organ_name
from .title_words import title_words

_CITED = re.compile(r"《([^《》]{2,80})》")
_CITED_RUN = re.compile(r"(?:[、，,和及与]?《[^《》]{2,80}》)*")  # names cited one after another
_ISSUE_WINDOW = 6  # the issuing verb stands within this many characters of the cited name
_DRAFTER_CHARS = 12  # an organ named before the document it drafted, opening the sentence
_ISSUE_SENTENCE_CHARS = 80  # … or ends the sentence the name opens, within this many characters
_DRAFTER_LINE_CHARS = 30  # an organ's name glued before the issued document's title line
_PLACE_CHARS = 8  # a place named before the issued document's title line (大连市, 某某自治州)
_BROKEN_TITLE_LINES = 3  # the issued document's title line may be broken over this many lines
_SEQUENCE = re.compile(r"^\d{1,3}[_\-.\s]+")  # 07_ before a collected file's name
_CJK_CHAR = re.compile(f"[{HAN}]")
_LATIN = re.compile(r"[A-Za-z]")
_MIN_STEM_CJK = 2
_CITE_WINDOW = 6  # a cite word (根据, 贯彻) or a delivering verb (作) stands this near the name
_MIN_NAME_CHARS = 4
_SITE_TAG = re.compile(r"^【[^】]{1,12}】")  # a site's category tag before a name it gives (【财政办法】某县…办法)
# Between a delivered name and its excerpt lead: a mark and the word naming it (。报告摘要如下, ，全文如下).
_EXCERPT_GAP = re.compile(r"^[。，,；;：:\s]*(?:现将)?(?:报告|讲话|说明|其|该报告)?")
_SELF_REFERENCE_CHARS = 80  # 本年报是根据《…条例》要求，由…: the writer is named this soon
_LEAD_PARAGRAPHS = 3  # 《某某方案》全文如下。 stands in the opening paragraphs, under a news lead
_LEAD_CHARS = 100  # … a short paragraph of its own
_SELF_NAME_PARAGRAPHS = 6  # 特制定本预案 stands in the opening paragraphs (under 1. 总则 / 1.1 编制目的)


def _words(kind: str) -> tuple[str, ...]:
    return title_words()[kind]


def _issue_verbs() -> tuple[str, ...]:
    return _words("issue")


def name_untitled(
    title: str, paragraphs: tuple[Paragraph, ...], *, source: str, notes: tuple[str, ...] = ()
) -> tuple[str, tuple[Finding, ...]]:
    """`title` if the reader found one; else the name the text, the site's notes taken out of it
    (`notes`) or the file gives (see the module)."""
    if title:
        return title, ()
    # Where an untitled text's name is looked for, most trusted first, and what the review says of it.
    found: tuple[tuple[Callable[[], str], str], ...] = (
        (lambda: _issued_and_printed(paragraphs), "标题取自正文中印发的文件名及其标题行"),
        (lambda: _over_dateline(paragraphs), "标题取自正文中报告自己的标题行（其下是“——某年某月某日在…会议上”）"),
        (lambda: _over_first_article(paragraphs), "标题取自正文中第一条（第一章）上方文件自己的标题行"),
        (lambda: _announced_block(paragraphs), "标题取自正文中公告（决定）自己的标题：发文机关和文种（其下是编号或通过的会议）"),
        (lambda: _self_described(paragraphs), "标题取自正文开头对本文的说明（编制单位和名称）"),
        (lambda: _delivered(paragraphs), "标题取自正文开头所说本文所作（或摘要）的报告名"),
        (lambda: _published(paragraphs), "标题取自正文开头所说现予公布（公开）的文件名"),
        (lambda: _drafted(paragraphs), "标题取自正文开头对本文的说明（某某规划根据…编制）"),
        (lambda: _notice_title_in_opening(paragraphs), "标题取自正文开头连在一起的发文机关“关于…”标题（其后是文号或主送单位）"),
        (lambda: _blurbed(notes), "标题取自网站编辑加在文首的说明（小编为大家整理的某某）"),
        (lambda: _credited(notes), "标题取自网站在文末的转载说明中《》里的篇名"),
        (lambda: _chinese_stem(source), "标题取自文件名"),
        (lambda: _work_report(paragraphs), "正文开头说本文是代表政府向大会所作的工作报告，标题取作“政府工作报告”"),
    )
    for find, where in found:
        if named := find():
            return named, (Finding("title-guessed", f"文档没有标题行：{where}，请核对", named),)
    named = _self_named(paragraphs)
    if named:
        return named, (
            Finding(
                "title-guessed",
                f"文档没有标题行：正文开头称本文为“{named}”，以此作标题（只是文种，不是全称），请核对并写上全称",
                named,
            ),
        )
    return "", (
        Finding(
            "title-missing",
            "文档没有标题行，文件名也不是标题：朗读时称“无标题文档”，请在文字稿的 title 一栏写上标题",
            Path(source).name if source else "",
        ),
    )


# A notice's full title run into the opening of a copy that lost its lines (省政府文件某省人民政府关于
# 印发…的通知某政〔2020〕5号各市人民政府：…): its issuer (after the letterhead's 文件, or opening a
# run of characters, ending as organs do: `organ` in data/title_words.tsv), 关于 and its kind, then
# its number or its addressees (各…). Not after a citing word (根据某省人民政府关于…的通知: another
# document).
@lru_cache(maxsize=1)
def _opening_notice_title() -> re.Pattern[str]:
    organs = words_pattern(_words("organ"))
    return re.compile(
        f"(?:(?<=文件)|(?<![{HAN}]))(?P<title>(?:(?!文件)[{HAN}]){{2,20}}?(?:{organs})关于[^。，；：！？]{{4,80}}?的"
        r"(?:通知|意见|决定|批复|通告|公告|报告|函))(?=[ \u3000]*(?:[^。，；：]{0,8}?[〔\[［]\d{4}|[^。，；：]{0,4}?号|各))"
    )


_OPENING_REACH = 40  # the title starts this near the paragraph's start (after a letterhead, a page number)
_CITING_BEFORE = ("根据", "按照", "依据", "依照", "贯彻", "落实", "执行", "《")


def _notice_title_in_opening(paragraphs: tuple[Paragraph, ...]) -> str:
    """The full title of a notice run into the opening paragraph after its letterhead (see
    `_opening_notice_title`), or ""."""
    first = next((p.text.strip() for p in paragraphs if p.kind == "text" and p.text.strip()), "")
    match = _opening_notice_title().search(first, 0, _OPENING_REACH + 100)
    if match is None or match.start() > _OPENING_REACH or first[: match.start()].endswith(_CITING_BEFORE):
        return ""
    return match.group("title")


# The dateline a report prints under its own title line: ——2022年12月18日在某县…会议上 (the
# meeting's name may be broken onto the next line).
_DATELINE = re.compile(r"^[—－]{1,2}[ \u3000]*(?:\d{4}|[〇○零一二三四五六七八九]{4})[ \u3000]*年[^。，；！？]{0,12}日[ \u3000]*在")
_MAX_REPORT_TITLE = 80  # a report's title line is no longer
_DATELINE_PARAGRAPHS = 40  # a contents may stand over the report: its title line is looked for this far


def _over_dateline(paragraphs: tuple[Paragraph, ...]) -> str:
    """The report's own title line over its dateline (关于某县2022年预算执行情况…的报告 / ——2022年
    12月18日在某县…会议上), when the page printed it under a contents or a part's heading rather
    than at the top; "" if there is none. The line ends as a title does and holds no sentence."""
    texts = [p.text.strip() if p.kind == "text" else "" for p in paragraphs[:_DATELINE_PARAGRAPHS]]
    for text, following in pairwise(texts):
        if _DATELINE.match(following) and _title_line(text):
            return text
    return ""


def _title_line(text: str) -> bool:
    """`text` is a document's title line alone: it ends as a title does, within a title's length,
    and holds no sentence."""
    return 0 < len(text) <= _MAX_REPORT_TITLE and not re.search("[。！？；：:]", text) and ends_as_title(text)


_FIRST_ARTICLE = re.compile(r"第[一1][条章]")
_MAX_TITLE_TAIL = 12  # characters of a title's second line (…重大政策文件 / 解读制度)


def _over_first_article(paragraphs: tuple[Paragraph, ...]) -> str:
    """The rules' own title line (or the title broken over two lines, the second short) right over
    their first article or chapter (…重大政策文件 / 解读制度 / 第一条 …; ho62, session 43), when the
    page lost the notice that issued them; "" if there is none. The line ends as a title does and
    holds no sentence, no note in brackets and no date."""
    texts = [p.text.strip() if p.kind == "text" else "" for p in paragraphs[:_DATELINE_PARAGRAPHS]]
    # (第一章 in a contents list, 第二章 under it, is no article's start)
    first = next(
        (
            index
            for index, text in enumerate(texts)
            if _FIRST_ARTICLE.match(text) and not (index + 1 < len(texts) and texts[index + 1].startswith("第二章"))
        ),
        -1,
    )
    whole = "".join(texts)

    def part(text: str) -> bool:  # a piece of a title line: no clause, note in brackets or figure
        return bool(text) and not re.search("[，,（(]|\\d", text) and not CONTENTS_HEADING.fullmatch(text)

    # (a name the text cites, 根据《某某规则》, names another document: see `_issued_and_printed`)
    if first >= 2 and part(texts[first - 2]) and part(texts[first - 1]) and len(texts[first - 1]) <= _MAX_TITLE_TAIL:
        joined = texts[first - 2] + texts[first - 1]
        if _title_line(joined) and f"《{joined}》" not in whole:
            return joined
    own = texts[first - 1] if first >= 1 else ""
    if part(own) and _title_line(own) and f"《{own}》" not in whole:
        return own
    return ""


# The kind of an announcement a congress or an organ issues on a line of its own, maybe set
# letter-spaced (公 告, 决 定), and what stands under it: its number (〔2021〕第2号, 第3号) or the
# meeting that adopted it (（2021年4月23日…会议通过）).
_ANNOUNCED_KIND = re.compile("(?:公|通|布)[ \u3000]*告|决[ \u3000]*定|决[ \u3000]*议|令")
_UNDER_ANNOUNCEMENT = re.compile(r"^(?:[〔\[［(（]?\d{4}[〕\]］)）]?)?[ \u3000]*第[ \u3000]*\d{1,4}[ \u3000]*号$|^[（(].{4,60}(?:通过|批准)[)）]$")


def _announced_block(paragraphs: tuple[Paragraph, ...]) -> str:
    """The title block of an announcement printed inside a text that has no title line (a news
    lead over 某县人民代表大会常务委员会 / 公 告 / 〔2021〕第2号 / （…会议通过）): the organ's name
    and the kind, with its number or the adopting meeting under them; "" if there is none."""
    texts = [p.text.strip() if p.kind == "text" else "" for p in paragraphs[:_DATELINE_PARAGRAPHS]]
    for index in range(len(texts) - 2):
        organ, kind, under = texts[index : index + 3]
        if is_organ_name(organ) and _ANNOUNCED_KIND.fullmatch(kind) and _UNDER_ANNOUNCEMENT.match(under):
            return organ + re.sub(r"[ \u3000]", "", kind)
    return ""


def _issued_and_printed(paragraphs: tuple[Paragraph, ...]) -> str:
    """The title line of a document the text issues by name (现将《X》印发给你们 … X), or ""."""
    verbs = _issue_verbs()
    texts = [p.text.strip() if p.kind == "text" else "" for p in paragraphs]
    for index, original in enumerate(texts):
        text = fold(original)  # 現轉發給你們: a traditional page's verbs are matched folded
        opening = index < _SELF_NAME_PARAGRAPHS  # an unmarked name issues the text only at its opening
        for cited in (*_CITED.finditer(text), *(_unmarked_name(text) if opening else ())):
            before = text[max(0, cited.start() - _ISSUE_WINDOW) : cited.start()]
            after = text[cited.end() : cited.end() + _ISSUE_WINDOW]
            # 《某某规则》已经…会议通过，现予印发。: the verb ends the sentence that opens with the name
            # (or with several names one after another: 《某某方案》《某某方案》…已经…同意，现印发给你们).
            named = _CITED_RUN.match(text, cited.end())
            end = named.end() if named else cited.end()
            sentence = re.split("[。；;！？]", text[end : end + _ISSUE_SENTENCE_CHARS], maxsplit=1)[0]
            # … also after the organ that drafted it: 区发改委《某某方案》已经区政府审核通过，现转发给你们。
            clause = re.split("[。；;：:，,]", text[: cited.start()])[-1].strip()
            opens = len(clause) <= _DRAFTER_CHARS and not any(word in clause for word in _words("cite"))
            if not any(verb in before or verb in after or (opens and verb in sentence) for verb in verbs):
                continue
            wanted = title_key(cited.group(1))
            # (a citation may carry a stray 关于 its printed title lacks: 《关于某县某某预案》 … 某县某某预案)
            also = title_key(cited.group(1).strip().removeprefix("关于"))
            later = texts[index + 1 :]
            for at, line in enumerate(later):
                if line and title_key(fold(line)) in (wanted, also):
                    return _with_organs(later[at - 1] if at else "", line)
                broken = _broken_title(line, later[at + 1 : at + _BROKEN_TITLE_LINES], wanted)
                if broken:
                    return broken
                if line and _drafter_before(title_key(fold(line)), wanted):
                    return cited.group(1).strip()  # 某某局某某规划: the drafting organ glued before it
                if line and _place_before(title_key(fold(line)), wanted):
                    return line.strip()  # 大连市西岗区人民政府工作规则: its place named in full
            # A page flattened into one paragraph keeps the title line as a run set apart by
            # spaces: … 2020年10月22日 某镇某某预案（修订） 1.总则 …, or with the first chapter or
            # article glued on: … 2024年1月5日 某市某某办法第一章 总则 …
            # (or with no space after the notice's note or date: …（此件公开发布）某市某某办法第一章 总则)
            standing = re.compile(rf"(?:^|\s|(?<=[）)日])){re.escape(cited.group(1).strip())}(?=\s|$|{FIRST_PART})")
            if standing.search(text, cited.end()) or any(standing.search(fold(later)) for later in texts[index + 1 :]):
                return original[cited.start(1) : cited.end(1)].strip()
            # A later paragraph opening with the name glued to its preamble (新一代人工智能伦理规范为深入
            # 贯彻…): the title line the copy ran into the text.
            glued = re.compile(rf"{re.escape(cited.group(1).strip())}(?=为|根据|按照|依据)")
            if any(glued.match(fold(later)) for later in texts[index + 1 :]):
                return original[cited.start(1) : cited.end(1)].strip()
    return ""


@lru_cache(maxsize=1)
def _unmarked_opening() -> re.Pattern[str]:
    """某市某某事业“十四五”发展规划已经市政府同意，现予印发: a paragraph opening with the name of
    the document it issues, without book-title marks; group 1 is the name."""
    finals = "|".join(re.escape(word) for word in _words("final"))
    return re.compile(rf"^([^，。；：:《》\s]{{{_MIN_NAME_CHARS},60}}?(?:{finals}))(?=已经|已|经|，)")


@lru_cache(maxsize=1)
def _handed_over() -> re.Pattern[str]:
    """现将某市贯彻落实《某某措施》实施方案印发给你们: the name of the document handed over, without
    marks of its own (maybe citing another inside), between 现将 and the verb; group 1 is the name."""
    finals = "|".join(re.escape(word) for word in _words("final"))
    return re.compile(
        rf"(?:现将|现把)([^，。；：:\s]{{{_MIN_NAME_CHARS},80}}?(?:{finals})(?:[（(][^（()）]{{1,12}}[)）])?)"
        r"(?=(?:印发|转发|下发|发)给)"
    )


def _unmarked_name(text: str) -> tuple[re.Match[str], ...]:
    """The name a paragraph opens with, unmarked (see `_unmarked_opening`), as a match whose group 1
    is the name; none when the paragraph cites a name in marks (that name is the one it issues) or
    the opening words cite it (根据, 按照, 贯彻: a document the text follows, not the one it issues).
    Only a paragraph at the text's opening is asked (see `_issued_and_printed`): further down, a
    sentence opening with a plan's name (某某规划已经印发，各单位要…) speaks of it, and a heading
    that happens to repeat the name is no title line printed under it. A name handed over after
    现将 (see `_handed_over`) is one too, wherever in the paragraph it stands."""
    handed = tuple(_handed_over().finditer(text))
    match = _unmarked_opening().match(text)
    if match is None or "《" in text[: match.end()]:
        return handed
    if match.group(1).startswith(_words("cite")):
        return handed  # 按照某县2025年工作要点，现将…印发: the name is cited, not the one issued
    return (match, *handed)


def _with_organs(above: str, line: str) -> str:
    """The issued document's title line with the issuing organs printed on the line over it
    (中共某省委 某省人民政府 / 关于…的实施意见): together they are its full title, as at the head of
    a document; a name that opens with its issuer already takes nothing."""
    if line.startswith("关于") and (is_organ_list(above) or is_organ_name(above)):
        return f"{above.strip()}{line}"
    return line


def _broken_title(line: str, following: list[str], wanted: str) -> str:
    """The issued document's title line broken over two or three lines (某某耕地“非粮化”稳定粮食 ‖
    生产工作方案), as a page set in a narrow column prints it: the lines joined, when together
    they are the name and the first is a start of it; else ""."""
    start = title_key(fold(line)) if line else ""
    if not start or start == wanted or not wanted.startswith(start):
        return ""
    joined = line
    for part in following:
        if not part:
            return ""
        joined += part
        key = title_key(fold(joined))
        if key == wanted:
            return joined
        if not wanted.startswith(key):
            return ""
    return ""


def _drafter_before(line_key: str, wanted: str) -> bool:
    """`line_key` is the title line `wanted` with the organ that drafted it glued before it (某市某某局 +
    某市某某规划): what stands before the name is a name ending as organs do."""
    drafter = line_key.removesuffix(wanted)
    return (
        bool(wanted)
        and line_key.endswith(wanted)
        and 0 < len(drafter) <= _DRAFTER_LINE_CHARS
        and drafter.endswith(_words("organ"))
    )


def _place_before(line_key: str, wanted: str) -> bool:
    """`line_key` is the title line `wanted` with the place it belongs to before it (大连市 +
    西岗区人民政府工作规则): the printed line is the fuller name of the same document."""
    place = line_key.removesuffix(wanted)
    return bool(wanted) and line_key.endswith(wanted) and 0 < len(place) <= _PLACE_CHARS and place.endswith(PLACE_ENDS)


@lru_cache(maxsize=1)
def _self_description() -> re.Pattern[str]:
    """本报告是…由<writer>编制的<name>。: the opening sentence of a text naming itself."""
    finals = "|".join(re.escape(word) for word in _words("final"))
    return re.compile(
        rf"^本(?:年度)?(?:{finals}|年报)[^。]{{0,{_SELF_REFERENCE_CHARS}}}?由(?P<writer>[^，。；、由]{{2,30}}?)"
        rf"(?:编制|编写|撰写|制作|起草)的(?P<name>[^，。；“”《》]{{4,60}}?(?:{finals}))[。；，]"
    )


def _self_abbreviation() -> re.Pattern[str]:
    """…编制了某乡人民政府2020年政府信息公开工作年度报告（以下简称《年报》）: the opening naming the
    text it drew up in full, then the short name the text goes on to call itself by (a kind)."""
    finals = "|".join(re.escape(word) for word in _words("final"))
    return re.compile(
        rf"(?:编制|编写|撰写|制定|起草|形成)了?(?P<name>[^，。；：:“”《》\s]{{{_MIN_NAME_CHARS},60}}?(?:{finals}))"
        rf"[（(]以下简称[《“\"]?本?(?:{finals}|年报)[》”\"]?[）)]"
    )


@lru_cache(maxsize=1)
def _self_compiled() -> re.Pattern[str]:
    """根据《…条例》…规定，编制《某市2023年政府信息公开工作年度报告》。: an opening sentence that
    cites what the text follows and then says what it drew up, by name (in 《》 or not). A news
    lead (近日，某局编制了《…》) does not open with the cite word. Only a report names itself so: a
    reading of a plan opens the same way (根据…，编制了《某某规划》。现解读如下) and is no plan."""
    finals = "报告|年报"
    return re.compile(
        rf"^(?:根据|依据|按照)[^。]{{0,{_SELF_REFERENCE_CHARS * 3}}}?(?:编制|编写|撰写|制作|形成)了?"
        rf"(?:《(?P<cited>[^《》]{{{_MIN_NAME_CHARS},60}}?(?:{finals}))》|(?P<name>[^，。；：:“”《》\s]{{{_MIN_NAME_CHARS},60}}?(?:{finals})))"
        r"[。，,；;（(]"
    )


def _self_described(paragraphs: tuple[Paragraph, ...]) -> str:
    """The writer and name the first paragraph gives the text (本年报是…由某办公室编制的某年度报告。),
    or the name it says it drew up and then shortens to its kind (编制了某某年度报告（以下简称《年报》）)
    or drew up as what it cites asks (根据《…条例》规定，编制某某年度报告。), or ""."""
    if not paragraphs or paragraphs[0].kind != "text":
        return ""
    text = paragraphs[0].text.strip()
    match = _self_description().match(text)
    if match is None:
        short = _self_abbreviation().search(text)
        compiled = _self_compiled().match(text)
        if short is not None:
            name = short.group("name")
        else:
            name = (compiled.group("cited") or compiled.group("name")) if compiled is not None else ""
        return "" if name.startswith(("本", "我", "该", "有关", "以下")) else name
    writer, name = match.group("writer"), match.group("name")
    return name if name.startswith(writer) else writer + name


def _delivered(paragraphs: tuple[Paragraph, ...]) -> str:
    """The report the opening paragraph says the text is (…向大会作《某某工作报告》。报告摘要如下：),
    or "".

    The name is in book-title marks and ends as a title does; right before it stands a verb that
    delivers it (作, 发表, 题为; not 工作) or right after it an excerpt lead (。报告摘要如下, 全文如下).
    A name cited (根据《…》, 贯彻《…》: a cite word within a few characters before it) is never taken.
    A news repost may report the issuing first (近日，某市印发了《某某实施方案》…) and then say the
    document follows whole in a short paragraph of its own that opens with its name (《某某实施方案》
    全文如下。): that name too, within the opening paragraphs.
    """
    first = next((p for p in paragraphs if p.kind == "text"), None)
    if first is None or first is not paragraphs[0]:
        return ""
    named = _delivered_in(first.text.strip())
    if named:
        return named
    for paragraph in paragraphs[1:_LEAD_PARAGRAPHS]:
        text = paragraph.text.strip()
        if paragraph.kind == "text" and text.startswith("《") and len(text) <= _LEAD_CHARS:
            named = _delivered_in(text, lead_only=True)
            if named:
                return named
    return ""


def _delivered_in(text: str, *, lead_only: bool = False) -> str:
    """The name `text` says is delivered or follows whole (see `_delivered`), or "": with
    `lead_only`, only a name an excerpt lead follows."""
    finals = _words("final")
    for cited in _CITED.finditer(text):
        if lead_only and cited.start():
            break  # only the name the paragraph opens with
        name = cited.group(1).strip()
        # a traditional page's words are matched folded (統計公報, 具體內容如下)
        if len(name) < _MIN_NAME_CHARS or not fold(name).rstrip("》”)）").endswith(finals):
            continue
        before = fold(text[max(0, cited.start() - _CITE_WINDOW) : cited.start()])
        if any(word in before for word in _words("cite")):
            continue
        verb = (
            not lead_only and before.endswith(_words("deliver")) and not before.endswith(_words("not-deliver"))
        )
        lead = _EXCERPT_GAP.sub("", fold(text[cited.end() : cited.end() + _CITE_WINDOW * 2]), count=1)
        if verb or lead.startswith(_words("excerpt")):
            return name
    return ""


@lru_cache(maxsize=1)
def _drafting() -> re.Pattern[str]:
    """某省…规划纲要，根据《…的建议》编制，…: a paragraph opening with a name (marked or not) that
    ends as a title does, then saying on what basis it was drawn up."""
    finals = "|".join(re.escape(word) for word in _words("final"))
    name = rf"[^，。；：:“”《》\s]{{{_MIN_NAME_CHARS},80}}?(?:{finals})"
    return re.compile(
        rf"^《?(?P<name>{name})》?[，,]?\s*(?:根据|依据|按照)[^。；]{{0,{_ISSUE_SENTENCE_CHARS}}}?"
        r"(?:编制|制定|制订|编写|起草)(?=[，,。；;]|而成)"
    )


def _drafted(paragraphs: tuple[Paragraph, ...]) -> str:
    """The name the opening paragraph gives the text when it says on what basis the text was drawn
    up (某省…规划纲要，根据《…的建议》编制，是…的重要遵循。), or "": a plan's preface names the plan
    so (本规划根据…编制 says the same of itself without its name)."""
    first = next((p for p in paragraphs if p.kind == "text"), None)
    if first is None or first is not paragraphs[0]:
        return ""
    match = _drafting().match(fold(first.text.strip()))
    if match is None:
        return ""
    name = first.text.strip()[match.start("name") : match.end("name")]
    return "" if name.startswith(("本", "我", "该", "有关", "以下")) else name


@lru_cache(maxsize=1)
def _publishing() -> re.Pattern[str]:
    """现公布某局2023年政府信息公开工作年度报告。 / 现将某局2023年度报告公布如下：: the opening
    saying it makes the text itself public, by its full name."""
    finals = "|".join(re.escape(word) for word in _words("final"))
    name = rf"[^，。；：:“”《》\s]{{{_MIN_NAME_CHARS},60}}?(?:{finals})"
    return re.compile(
        rf"现(?:予|向社会|面向社会)?(?:公布|公开|发布)(?P<name>{name})(?=[。；，：:]|$)"
        rf"|现将(?P<named>{name})(?:予以|向社会)?(?:公布|公开|发布)(?:如下)?(?=[。；，：:]|$)"
        rf"|现(?:予|向社会|面向社会)?(?:公布|公开|发布)《(?P<marked>{name})》(?=[。；，：:]|$)"
    )


def _published(paragraphs: tuple[Paragraph, ...]) -> str:
    """The name the opening paragraph says it publishes the text under (现公布某局2023年…年度报告。),
    or "". A name starting 本/我/该 (本机关2023年度报告) leaves out who wrote it: not taken. A name in
    book-title marks (现发布《某局2024年…年度报告》) is taken when the paragraph, or the next one,
    goes on to call the text by the name's kind (本报告所列数据…, 本报告包括总体情况…)."""
    first = next((p for p in paragraphs if p.kind == "text"), None)
    if first is None or first is not paragraphs[0]:
        return ""
    match = _publishing().search(first.text)
    if match is None:
        return ""
    name = match.group("name") or match.group("named") or match.group("marked")
    # (the paragraph may end there, the next one calling the text by its kind: 本报告包括总体情况…)
    following = next((p.text for p in paragraphs[1:] if p.kind == "text"), "")
    after = first.text[match.end() :] + "\n" + following
    if match.group("marked") and not any(
        name.endswith(kind) and (f"本{kind}" in after or f"{kind}中所列" in after) for kind in _words("final")
    ):
        # 现发布《某办法》: a name in marks may be another document the text passes on; it is the
        # text's own only when the text then calls itself by its kind (…，本报告所列数据…, or as the
        # annual report's template says it: …，报告中所列数据的统计期限为…).
        return ""
    return "" if name.startswith(("本", "我", "该", "有关", "以下")) else name


def _blurbed(notes: tuple[str, ...]) -> str:
    """The name a sharing site's editor gives the text in the blurb taken out of it (下面是小编为大家
    整理的某某工作总结，供大家参考。, 请欣赏某某述职报告(精选6篇)，由某某网整理…: 某某工作总结, 某某述职报告),
    when it ends as a title does, or ""."""
    finals = tuple(_words("final"))
    for given in (*_named_in_notes(notes, "name"), *_named_in_notes(notes, "offered")):
        name = _SITE_TAG.sub("", given).strip()
        if len(name) >= _MIN_NAME_CHARS and fold(name).endswith(finals):
            return name
    return ""


def _credited(notes: tuple[str, ...]) -> str:
    """The name in marks a news site's credit at the story's foot gives it (《某乡：多措并举做好秸秆
    禁烧工作》由某某新闻网提供，转载请注明出处：…), or "": the site names its own story, whatever
    its name ends with (a headline need not end as a document's title does)."""
    return next((name.strip() for name in _named_in_notes(notes, "credited")), "")


def _named_in_notes(notes: tuple[str, ...], group: str) -> Iterator[str]:
    """The names the site's notes taken out of the text give it: the `group` its row in
    data/page_chrome.tsv marks (?P<name>…, ?P<offered>…, ?P<credited>…), as printed."""
    for note in notes:
        folded = fold(note)  # (fold keeps positions: the name is cut from the note as printed)
        for pattern in chrome_words()["note"]:
            match = re.search(pattern, folded)
            if match is not None and match.groupdict().get(group) is not None:
                yield note[match.start(group) : match.end(group)]


# 现在，我代表市人民政府，向大会报告政府工作 / 我代表县人民政府向大会作政府工作报告: the opening a
# government's work report is given with; the speech is named so (政府工作报告) wherever it is given.
_WORK_REPORT_OPENING = re.compile(
    r"我代表[^。；]{0,24}?政府[，,、\s]*向[^。；]{0,12}?(?:大会|会议)[^。；]{0,4}?(?:报告[^。；]{0,8}?工作|作[^。；]{0,12}?工作报告)"
)
_WORK_REPORT = "政府工作报告"
_WORK_REPORT_TRADITIONAL = "政府工作報告"  # … for a text set in traditional characters (向大會報告工作)


def _work_report(paragraphs: tuple[Paragraph, ...]) -> str:
    """政府工作报告 when an opening paragraph gives the text as a government's work report to a
    congress (我代表市人民政府，向大会报告政府工作), or "": a speech printed without its heading
    (the page starts at its occasion line or its speaker) is still named by what it says it is,
    in the characters the text is set in: a text saying 向大會報告工作 is named 政府工作報告."""
    for paragraph in paragraphs[:_SELF_NAME_PARAGRAPHS]:
        folded = fold(paragraph.text)
        if paragraph.kind == "text" and (match := _WORK_REPORT_OPENING.search(folded)):
            # fold() keeps positions: the opening as printed differs where it is set in traditional characters.
            traditional = paragraph.text[match.start() : match.end()] != match.group(0)
            return _WORK_REPORT_TRADITIONAL if traditional else _WORK_REPORT
    return ""


@lru_cache(maxsize=1)
def _self_naming() -> re.Pattern[str]:
    """制定本预案, 发布如下禁火令, 现将有关事项通告如下, 现通告如下: a text saying it makes or issues itself."""
    names = "|".join(re.escape(name) for name in sorted(_words("self-name"), key=len, reverse=True))
    return re.compile(
        rf"(?:制定|制订|修订|发布|颁布)(?:本|如下)(?P<made>{names})(?=[。，；：:\s]|$)"
        rf"|现(?:将有关事项|就有关事项|将有关事宜)?(?P<issued>{names})如下"
    )


def _self_named(paragraphs: tuple[Paragraph, ...]) -> str:
    """The kind the opening paragraphs say the text is (特制定本预案。→ 预案), or "", as the text
    prints it: a text set in traditional characters (特制定本規定。) is read folded and named 規定."""
    for paragraph in paragraphs[:_SELF_NAME_PARAGRAPHS]:
        # fold() keeps positions, so the kind is cut from the paragraph as printed.
        match = _self_naming().search(fold(paragraph.text))
        if match:
            kind = "made" if match.group("made") else "issued"
            return paragraph.text[match.start(kind) : match.end(kind)]
    return ""


def _chinese_stem(source: str) -> str:
    """The file's name without extension and sequence number, if it is Chinese text, else ""."""
    if not source:
        return ""
    stem = _SEQUENCE.sub("", Path(source).stem).strip()
    cjk = len(_CJK_CHAR.findall(stem))
    if cjk < _MIN_STEM_CJK or len(_LATIN.findall(stem)) > cjk:
        return ""
    return stem
