"""附件 lines: which open an attachment as a chapter, and which only name one.

A 附件 line opens an attachment when something of it follows, unless it only lists
attachments printed later or notes them above the notice's signature; a short line after a
bare 附件1 is the attachment's title. The numbered lines that go on a list of attachments
(附件：1.《某某方案》 / 2.《某某说明》.doc) are its items, never headings (`attachment_items`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..doc_number import YEAR_AND_SERIAL
from ..model import Paragraph
from ..part_names import CONTENTS_HEADING
from ..signature_date import SIGNATURE_DATE
from ..title_key import title_key
from .markers import ATTACHMENT, MARKER, SENTENCE_END, heading_words

_MIN_ATTACHMENT_CHARS = 20
_DATE_AT_END = re.compile(f"(?:{SIGNATURE_DATE.pattern})$")
# A signature's date whose marks were lost (2021317, 20210317).
_PACKED_SIGNATURE_DATE = re.compile(r"(?:19|20)\d{2}(?:0?[1-9]|1[0-2])(?:0?[1-9]|[12]\d|3[01])")
_MAX_SIGNATURE = 30
# A document's number alone on its line (某政函〔2009〕21号).
_DOC_NUMBER_LINE = re.compile(rf"\S{{0,16}}{YEAR_AND_SERIAL}")
_MAX_ISSUERS = 8  # organs signing a joint notice, a line each, over its date
# The issuers over a notice's title or its date, one organ or more set apart by spaces
# (中共某某市委办公室 某某市人民政府办公室).
_ISSUER_LINE = re.compile(
    r"(?:[\u4e00-\u9fff（）()]{2,30}?(?:办公室|办公厅|人民政府|委员会|政府|局|厅|委|部|院|署|中心|领导小组)[ \u3000]*){1,4}"
)
# The notice's note under its date, in brackets: （此件公开发布）, （此件主动公开）.
_NOTICE_NOTE = re.compile(r"[（(]此件[^（()）]{1,10}[)）]")
# The notice's colophon under it (版记): the copies' addressees (抄送：…) and the printing line, the
# office and the day it printed the notice (某某局办公室    2023年8月7日印发, its 年 and 月 maybe lost:
# 202387日印): the notice's, never the title of a document printed after it.
_COLOPHON = re.compile(r"抄送[：:].*|[^。，；：]{2,40}?[ \u3000]*[0-9〇零一二三四五六七八九十年月]{5,12}日[ \u3000]*印发?")
_MAX_ATTACHMENT_TITLE = 60
# A printed list's title: what it lists, then its kind (…推荐对象名单, 第六批代表性项目名录; 名單, 名錄
# as a site in traditional characters prints them), maybe a note in brackets or its count after
# it (（排名不分先后）, 候选名单17个：), no sentence in it.
_LIST_TITLE = re.compile(
    "[^。；！？，,：:]{2,60}?(?:名单|名录|名册|清单|一览表|名單|名錄|名冊|清單|一覽表)"
    "(?:[（(][^（）()]{1,20}[)）])?(?:\\d{1,4}[个個项項])?[：:]?"
)
# The count a list prints under its title: （共计185项）, （新入选项目，共计151项）.
_LIST_COUNT = re.compile("[（(][^（）()]{0,12}共[计計]?\\d{1,5}[项項个個处處][^（）()]{0,12}[)）]")
# An interpretation's title: 关于…的解读, 《…》解读, 某某政策问答 (no sentence in it).
_INTERPRETATION_TITLE = re.compile("[^。；！？，,：:]{2,60}?(?:解读|问答)")
_MAX_TITLE_LINES = 3  # an attachment's title broken over at most this many lines
_MAX_TITLE_TAIL = 15  # characters of the line an attachment's title runs on to
# A short note of the attachment's title on a line of its own under it: （模板）, （样式）, （第一批）;
# （按姓氏笔画排列） is a note on the list's order, no part of its title.
_TITLE_NOTE = re.compile(r"[（(](?!按)[^（）()]{1,6}[)）]")
_LIST_NUMBER = re.compile(r"[（(]?(\d{1,2})[.．、)）]")
_LABEL_NUMBER = re.compile(r"(?:附\s*件\s*)?(\d{1,2})[.．、:：)）]")


def listed_again(paragraphs: tuple[Paragraph, ...], index: int) -> bool:
    """True if paragraphs[index] (附件：某某表) only lists an attachment that a later 附件 line
    opens: the notice names its attachments, then prints them. The list stays text; the
    attachment itself is the chapter."""
    first = ATTACHMENT.fullmatch(paragraphs[index].text.strip())
    if first is None:
        return False
    named = title_key(first.group("title") or "")
    for paragraph in paragraphs[index + 1 :]:
        later = ATTACHMENT.fullmatch(paragraph.text.strip()) if paragraph.kind == "text" else None
        if later is None:
            continue
        # 附件：… (no number) before 附件1 lists them all; 附件2：… before 附件2 names it again.
        number, again = first.group("number"), later.group("number")
        return (
            number == again
            or (not number and again in ("1", "一", "１"))
            or (bool(named) and named == title_key(later.group("title") or ""))
        )
    return False


def before_signature(paragraphs: tuple[Paragraph, ...], index: int) -> bool:
    """True if paragraphs[index] (附件：《某某一封信》) is followed by the notice's signature (the
    issuers on short lines, one or several, then the date; or the date alone): it is the notice's note of its
    attachments, written above the signature, not the attachment, which comes after the date.
    The note stays text; what follows it is the notice's end, not the attachment's start."""
    index = _last_item(paragraphs, index)  # 附件：1.某表 / 2.某表 / 3.某表, then the signature
    following = [p.text.strip() for p in paragraphs[index + 1 : index + 2 + 2 * _MAX_ISSUERS] if p.text.strip()]
    for at, text in enumerate(following[: _MAX_ISSUERS + 1]):
        if SIGNATURE_DATE.fullmatch(text) or (at > 0 and _PACKED_SIGNATURE_DATE.fullmatch(text)):
            return True  # the date, under the issuers (2013222: its marks lost, so only under an issuer)
        if len(text) > _MAX_SIGNATURE or re.search("[。，；：！？,;:!?]", text) is not None:
            return False
        if at > 0 and not is_issuer_line(text):
            return False  # a joint notice signs with several organs, a line each; a list's names are no organs
    return False


def documents_after_signature(paragraphs: tuple[Paragraph, ...]) -> set[int]:
    """Indexes of the title lines of documents a notice prints after its signature without a
    附件 label (a 征求意见 notice, then 某某条例（草案） or 关于《…》的起草说明): right under the
    signature's date (or under the notice's note there, （此件主动公开）), a short line without a
    sentence in it, not numbered and not in brackets (（此件公开发布） is the notice's note), and
    text after it.
    The printed document's numbering is its own (see `close_notice`). A signature signs a text:
    an issuer and a date above the first sentence (a document site's header under the headline:
    某某国务院 / 1994年12月17日 / 收录于《某某公报》) sign nothing, and the notice is still to come."""
    found: set[int] = set()
    texts = [(index, p.text.strip()) for index, p in enumerate(paragraphs) if p.kind == "text" and p.text.strip()]
    dated = False  # the line above is the signature's date, or the notice's note right under it
    written = False  # a sentence of the notice stands above
    for (_, above), (index, text) in pairwise(texts):
        written = written or "。" in above
        if written and (SIGNATURE_DATE.fullmatch(above) or _PACKED_SIGNATURE_DATE.fullmatch(above)):
            dated = True
        elif not (dated and (_NOTICE_NOTE.fullmatch(above) or _COLOPHON.fullmatch(above))):
            dated = False
        if not dated:
            continue
        if (
            len(text) <= _MAX_ATTACHMENT_TITLE
            and re.search("[。，；：！？,;:!?]", text) is None
            and not MARKER.match(text)
            and not ATTACHMENT.match(text)
            and not text.startswith(("（", "("))  # （此件公开发布）: the notice's own note
            and not _DOC_NUMBER_LINE.fullmatch(text)  # 某政函〔2009〕21号: the printed document's number
            and not _COLOPHON.fullmatch(text)
            and has_content_after(paragraphs, index)
        ):
            found.add(index)
    return found


def printed_lists(paragraphs: tuple[Paragraph, ...], printed: set[int]) -> set[int]:
    """The title lines of lists a notice prints as its attachment though no 附件 line opens them
    (…推荐对象名单, 第六批代表性项目名录（排名不分先后）): a list's title printed after the
    signature (one of `printed`, see `documents_after_signature`), or right after the notice's
    text or its date (a page that left the signature off, or glued it to its date: 某某厅办公室
    2024年5月29日), with the list's groups or its count under it
    (一、民间文学, （共计185项）). Each is a chapter of its own, its groups inside it; a printed
    方案 or 办法 keeps its own numbering at the top, as the reader of a notice that issues it
    expects (`close_notice`)."""
    found = {index for index in printed if _LIST_TITLE.fullmatch(paragraphs[index].text.strip())}
    texts = [(index, p.text.strip()) for index, p in enumerate(paragraphs) if p.kind == "text" and p.text.strip()]
    for (_, above), (index, text), (_, below) in zip(texts, texts[1:], texts[2:]):
        if (
            (above.endswith("。") or _DATE_AT_END.search(above))  # the text, or its signature glued to the date
            and _LIST_TITLE.fullmatch(text)
            and not MARKER.match(text)
            and (MARKER.match(below) or _LIST_COUNT.fullmatch(below))
            and has_content_after(paragraphs, index)
        ):
            found.add(index)
    return found


def printed_interpretations(paragraphs: tuple[Paragraph, ...], printed: set[int]) -> set[int]:
    """The title lines of interpretations a page prints after the notice's signature without a 附件
    line (《关于…的通知》解读, 关于…的解读): one of `printed` (see `documents_after_signature`).
    An interpretation is a document about the notice, not one the notice issues: a chapter of its
    own, its parts inside it, so a listener can skip to it (a printed 方案 keeps its numbering at
    the top, see `close_notice`)."""
    return {index for index in printed if _INTERPRETATION_TITLE.fullmatch(paragraphs[index].text.strip())}


def named_title_end(paragraphs: tuple[Paragraph, ...], index: int, title_at: int) -> int:
    """The index of the last line of the title of the attachment labelled at paragraphs[index],
    whose title starts at `title_at`: a title the page broke over two or three lines (某某市促进…发展 /
    工作领导小组组成人员及工作职责) runs on while the lines joined name an attachment the notice
    listed before its label (附件：某某市促进…发展工作领导小组组成人员及工作职责); else `title_at`."""
    named = listed_names(paragraphs, index)
    joined, at = paragraphs[title_at].text.strip(), title_at
    for _ in range(_MAX_TITLE_LINES - 1):
        at = next((i for i in range(at + 1, len(paragraphs)) if paragraphs[i].text.strip()), -1)
        if at < 0 or paragraphs[at].kind != "text":
            break
        joined += paragraphs[at].text.strip()
        if title_key(joined) in named:
            return at
    return title_at


def listed_names(paragraphs: tuple[Paragraph, ...], index: int) -> set[str]:
    """The names (`title_key`) of the attachments the notice lists before paragraphs[index]
    (附件：1.某某名录, 附件：一、二、三类动物疫病病种名录)."""
    named = set()
    for paragraph in paragraphs[:index]:
        note = ATTACHMENT.fullmatch(paragraph.text.strip()) if paragraph.kind == "text" else None
        if note is not None and note.group("title"):
            named.add(title_key(_LIST_NUMBER.sub("", note.group("title"), count=1)))
    return named


def listed_before(paragraphs: tuple[Paragraph, ...], index: int, text: str) -> bool:
    """`text` is the name of an attachment the notice lists before paragraphs[index]."""
    return title_key(text) in listed_names(paragraphs, index)


def continued_title_end(paragraphs: tuple[Paragraph, ...], index: int, title: str) -> int:
    """The index of the last line of the title that the attachment label at paragraphs[index]
    starts on its own line (附件1：某某项目 / 申报书, 附件2：某某申报书 / （模板）): a short line under it
    with no sentence's mark that completes it as an attachment's title does (its kind, `attachment_kind`
    in data/headings.tsv, ends it only joined) or a bracketed note of it; else `index`."""
    at = next((i for i in range(index + 1, len(paragraphs)) if paragraphs[i].text.strip()), -1)
    if at < 0 or paragraphs[at].kind != "text":
        return index
    line = paragraphs[at].text.strip()
    if len(line) > _MAX_TITLE_TAIL or MARKER.match(line) or ATTACHMENT.fullmatch(line) or re.search("[。，,；;：:！？]", line):
        return index
    if CONTENTS_HEADING.fullmatch(re.sub(r"[ \u3000]", "", line)):
        return index  # 某县某某应急预案 / 目录: the document's contents under its title, no part of it
    kinds = heading_words()["attachment_kind"]
    # (its kind may carry the title's note: 某某工程 / 委托建设项目实施办法（试行）)
    bare = re.sub(f"(?:{_TITLE_NOTE.pattern})$", "", line)
    completes = not title.endswith(kinds) and bare.endswith(kinds)
    return at if completes or _TITLE_NOTE.fullmatch(line) else index


def printed_title_lines(paragraphs: tuple[Paragraph, ...], index: int) -> tuple[str, int]:
    """The whole title of a document printed after a notice's signature whose first line is
    paragraphs[index], and the index of its last line: the page may break it after the issuers
    (某市人民政府 某市中级人民法院 / 关于…的意见; 某省人民政府办公厅 / 印发《某某办法》 / 《某某办法》的通知)
    or after 关于 (某市人民政府办公室关于 / 印发…的通知). Lines are joined while the title is
    unfinished: it names what it does (关于, 印发, 转发) but does not yet end in its kind (通知, 意见)."""
    text, last = paragraphs[index].text.strip(), index
    for _ in range(_MAX_TITLE_LINES - 1):
        at = next((i for i in range(last + 1, len(paragraphs)) if paragraphs[i].text.strip()), -1)
        following = paragraphs[at].text.strip() if at >= 0 and paragraphs[at].kind == "text" else ""
        if not is_attachment_title(following) or _DOC_NUMBER_LINE.fullmatch(following):
            break
        issuer = is_issuer_line(text)
        if issuer and following.startswith("关于"):
            text = f"{text} {following}"  # the issuers apart from their title, as printed on one line
        elif text.endswith("关于") or (issuer and following.startswith(_ISSUING_VERBS)) or _unfinished(text, following):
            text += following
        else:
            break
        last = at
    return text, last


_ISSUING_VERBS = ("印发", "转发", "批转")


def _unfinished(title: str, following: str) -> bool:
    """A title that says what it does but not yet its kind, which the following line ends in."""
    kinds = heading_words()["attachment_kind"]
    said = re.search(f"关于|{'|'.join(_ISSUING_VERBS)}", title) is not None
    return said and not _bare(title).endswith(kinds) and _bare(following).endswith(kinds)


def _bare(title: str) -> str:
    """A title without the note in brackets at its end (（试行）)."""
    return re.sub(f"(?:{_TITLE_NOTE.pattern})$", "", title)


def has_content_after(paragraphs: tuple[Paragraph, ...], index: int) -> bool:
    """An attachment is a chapter only if something of it follows (not just the list of names)."""
    rest = [p.text.strip() for p in paragraphs[index + 1 :] if p.text.strip()]
    return sum(len(text) for text in rest if not ATTACHMENT.fullmatch(text)) >= _MIN_ATTACHMENT_CHARS


def is_issuer_line(text: str) -> bool:
    return _ISSUER_LINE.fullmatch(text.strip()) is not None


def is_attachment_title(text: str) -> bool:
    return (
        0 < len(text) <= _MAX_ATTACHMENT_TITLE and text[-1] not in SENTENCE_END + "。，：:" and not MARKER.match(text)
    )


def attachment_items(paragraphs: tuple[Paragraph, ...]) -> set[int]:
    """Indexes of the further items of a list of attachments that a 附件 line begins with its
    first (附件：1.《某某方案》 over 2.《某某起草说明》.doc, 3.…): each numbered on from the one
    before, one short line without a sentence in it."""
    items: set[int] = set()
    for index in range(len(paragraphs)):
        items.update(range(index + 1, _last_item(paragraphs, index) + 1))
    return items


def _last_item(paragraphs: tuple[Paragraph, ...], index: int) -> int:
    """The index of the last item of the list of attachments that paragraphs[index] begins
    (附件：1.… over 2.…, 3.…, or 附件： alone over 1.… 2.…); `index` itself if it begins none."""
    paragraph = paragraphs[index]
    note = ATTACHMENT.fullmatch(paragraph.text.strip()) if paragraph.kind == "text" else None
    if note is None:
        return index
    if not note.group("title") and not note.group("number"):
        # 附件： alone over 1、某某目录 / 2、某某目录: the list starts on the next line.
        last = index
        for later in range(index + 1, len(paragraphs)):
            text = paragraphs[later].text.strip()
            item = _LIST_NUMBER.match(text)
            if item is None or int(item.group(1)) != later - index or len(text) > _MAX_ATTACHMENT_TITLE or "。" in text:
                break
            last = later
        return last
    first = _LIST_NUMBER.match(note.group("title") or "")
    # The list numbered in its label (附件1：某某名录 over 2：某某名录): the next items may repeat
    # the label or keep only the number and its colon.
    pattern = _LABEL_NUMBER if first is None and note.group("number") in ("1", "１") and note.group("title") else _LIST_NUMBER
    if pattern is _LIST_NUMBER and (first is None or int(first.group(1)) != 1):
        return index
    last = index
    for later in range(index + 1, len(paragraphs)):
        text = paragraphs[later].text.strip()
        item = pattern.match(text)
        if item is None or int(item.group(1)) != later - index + 1 or len(text) > _MAX_ATTACHMENT_TITLE or "。" in text:
            break
        last = later
    return last
