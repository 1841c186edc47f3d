"""Character-level cleaning shared by every reader.

What is removed: C0/C1 control characters (except newline and tab), zero-width characters,
bidirectional marks and the BOM; these are invisible and would only confuse later stages.
What is kept: emoji and rare CJK extension characters (the normalizer decides how to read them).
What is changed: line ends become "\\n"; numbers enclosed in one character (㈠ ⑴ ⒈) are
written out; brackets in small forms (﹝﹞) take their usual forms; ASCII punctuation that
touches a Chinese character becomes its full-width form (scraped pages mix "," and "，"; the
outline and the normalizer then see one spelling; a "." only where it ends a Chinese sentence);
footnote references such as "[2]" glued inside a sentence are dropped because they are never
read aloud.
"""

from __future__ import annotations

import html
import re

from ..han import HAN

# Invisible characters: C0 controls except \t \n, DEL, C1 controls, zero-width characters,
# bidi embeddings/overrides/isolates and marks, the word joiner and the BOM.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_LINE_ENDS = re.compile(r"\r\n?|[\x0c\x0b\u2028\u2029\x85]")
# Spaces that are not ASCII: NBSP, en/em spaces, thin spaces. The ideographic space U+3000
# is kept: it is a real character in Chinese typesetting (indent) and is stripped later.
_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f]")

_CJK_CLASS = f"[{HAN}]"
# Chinese characters and full-width punctuation: context in which ASCII punctuation is Chinese.
_CJK_CONTEXT = f"[{HAN}\u3000-\u303f\uff00-\uffef“”‘’《》]"

_FULL_WIDTH = {",": "，", ";": "；", "!": "！", "?": "？", ":": "：", "(": "（", ")": "）"}
# ",;!?" become full-width next to a Chinese character on either side; ":" only when not between digits
# (keeps 08:31 and 7.6:44.8); "(" when followed by or preceded by a Chinese character, ")" likewise.
_PUNCT_AFTER_CJK = re.compile(f"(?<={_CJK_CONTEXT})[,;!?]|[,;!?](?={_CJK_CLASS})")
_COLON = re.compile(f"(?<={_CJK_CONTEXT}):|:(?={_CJK_CONTEXT})")
# A pair of ASCII parentheses around or beside Chinese text: (以下简称《条例》), 值(GDP); a note
# as long as the history of amended rules (1986年…发布,根据…第一次修改,根据…第二次修改) is one too.
_PAREN_PAIR = re.compile(
    f"(?<={_CJK_CONTEXT})\\(([^()\\n]{{0,200}})\\)|\\(([^()\\n]{{0,200}})\\)(?={_CJK_CONTEXT})"
    f"|\\((?=[^()\\n]{{0,200}}\\))(?=[^()\\n]*?{_CJK_CLASS})([^()\\n]{{0,200}})\\)"
)
# A full stop typed as "." after Chinese text, ending the line or before the next sentence
# (特制订本办法. / 本办法只适用于….): the sentence's end, which the outline reads an article's title by.
# Never between digits or letters (1.5, www.gov.cn, 方案.doc), in a run of dots (等...), nor after a
# numeral, where it marks a list's item (二.重点工作汇报), nor before a Chinese top-level domain that
# ends the word (中文域名：某省人民政府.政务, 某某.公益: a site's name in a footer).
# (The dot comes first in the pattern, its context checked behind it: a long line is scanned for dots only.)
_FULL_STOP = re.compile(
    f"\\.(?<=[{HAN}”’》）」』]\\.)(?<![一二三四五六七八九十]\\.)(?!(?:政务|公益|中国|中國|网址|網址)(?![{HAN}]))(?=[ \t\u3000{HAN}“‘《（]|$)",
    re.MULTILINE,
)
_OPEN_PAREN = re.compile(f"\\((?={_CJK_CLASS})")
_CLOSE_PAREN = re.compile(f"(?<={_CJK_CONTEXT})\\)")
# A footnote reference glued after a character inside a line: 生产总值[2]32074.7亿元.
_FOOTNOTE_REF = re.compile("(?<=[^\\s\\n])\\[\\d{1,2}\\](?!\\s*$)", re.MULTILINE)
_FOOTNOTE_REF_END = re.compile(f"(?<={_CJK_CLASS})\\[\\d{{1,2}}\\](?=\\s*$)", re.MULTILINE)


# Numbering set as one enclosed character by older word processors: ㈠ (U+3220…), ⑴ (U+2474…),
# ⒈ (U+2488…). Each is the compatibility form of what it shows — （一）, （1）, 1. — and is
# written so, for the outline to see a marker and the voice to read a number.
_CN_NUMERALS = "一二三四五六七八九十"
_ENCLOSED = {
    **{chr(0x3220 + i): f"（{_CN_NUMERALS[i]}）" for i in range(10)},
    **{chr(0x2474 + i): f"（{i + 1}）" for i in range(20)},
    **{chr(0x2488 + i): f"{i + 1}." for i in range(20)},
}
_ENCLOSED_CHARS = re.compile(f"[{''.join(_ENCLOSED)}]")
# Brackets in their small forms (U+FE59…): ﹝2022﹞4号 is a document number as 〔2022〕4号 is, and
# each is its compatibility form; written so, the number is found and read as a number.
# A box-drawing bar set between a column's name and a headline (医院动态┃注意！…, 要闻│…) is the bar a
# page sets there: written ｜, the title rules find the column before it.
_SMALL_BRACKETS = str.maketrans("﹝﹞﹙﹚┃│", "〔〕（）｜｜")
# A PDF font that maps its punctuation to GB2312 codes read as Unicode code points: the full-width
# row A3A1–A3FE lands on Yi syllables (ꎬ U+A3AC for ，, ꎮ U+A3AE for the full stop, ꎻ for ；).
# No Chinese document writes Yi syllables beside Han; between Han characters each is the mark
# its GB2312 code names (ꎮ the sentence's end, as such PDFs print it).
_GB_ROW3 = {chr(0xA3A1 + i): chr(0xFF01 + i) for i in range(0x5E)} | {"\ua3ae": "。"}
_GB_ROW3_MARK = re.compile(f"(?<=[{HAN}\\s»”）)%0-9])[\ua3a1-\ua3fe](?=[{HAN}\\s«“（(0-9]|$)")


# An article's number set letter-spaced by a PDF's copy (第 1 1 条, 第 2 0 条): one number inside its
# 第…条 frame (read 第一 一条 otherwise), the digits single and one space apart.
_SPACED_ORDINAL = re.compile(r"第[ \u3000]?(\d(?:[ \u3000]\d){1,2})[ \u3000]?(?=[条章节款项])")
# A year written in Chinese numerals set letter-spaced, wholly or in part (二 〇 三五年, 二〇 二 四 年, a
# cover's typesetting): one year, its spaces no break between words. Only with 年 after it: numerals
# set apart without it may be separate items (一 二 三).
_SPACED_YEAR = re.compile(r"[〇○零一二三四五六七八九](?:[ \u3000]{0,2}[〇○零一二三四五六七八九]){3}[ \u3000]{0,2}年")


# The katakana long mark typed for 一 where a numeral stands (第二十ー条, ー、, （ー）, 十ー): a Chinese
# input method's look-alike. Elsewhere (a Japanese name's ー) it is left as written.
_KANA_ONE = re.compile(r"(?<=[第一二三四五六七八九十百千万零〇（(])[ーｰ]|[ーｰ](?=[、．.）)十百千万条章节款项])")


# A clock time typeset with a space after its colon in a range of times (8: 00-12:00, 14: 00-17:30;
# ho96/01, session 50): read as it stands, 8: 00 is heard as a ratio, 八比零. The space is the
# typesetter's: closed where the time opens or ends a range.
_SPACED_CLOCK = re.compile(
    r"(?<![\d.])(?P<h>[01]?\d|2[0-4])(?P<colon>[:：])[ \u3000](?P<m>[0-5]\d)(?=[ \u3000]*[-—－~～至到][ \u3000]*\d{1,2}[:：])"
    r"|(?<=[-—－~～至到])(?P<h2>[01]?\d|2[0-4])(?P<colon2>[:：])[ \u3000](?P<m2>[0-5]\d)(?!\d)"
)


# A document number's year brackets come out of some fonts' encodings as the low and reversed
# double quotes (国办发„2009‟3号; ho109/15, ho133/21, session 54): no text quotes a bare year so.
_QUOTED_NUMBER_YEAR = re.compile(r"„[ \u3000]*(\d{4})[ \u3000]*‟(?=[ \u3000]*第?[ \u3000]*\d{1,5}[ \u3000]*[号號])")


def _closed_clock(match: re.Match[str]) -> str:
    if match.group("h") is not None:
        return match.group("h") + match.group("colon") + match.group("m")
    return match.group("h2") + match.group("colon2") + match.group("m2")


_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,6});")


def clean_text(text: str) -> str:
    """Return `text` with invisible characters removed and punctuation made consistent."""
    text = _LINE_ENDS.sub("\n", text)
    # A page saved as text may keep the HTML's entities (未被列入&ldquo;信用中国&rdquo;网站): each is the
    # character it names, never letters read aloud.
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _ENCLOSED_CHARS.sub(lambda m: _ENCLOSED[m.group()], text)
    text = text.translate(_SMALL_BRACKETS)
    text = _GB_ROW3_MARK.sub(lambda m: _GB_ROW3[m.group()], text)
    text = normalize_punctuation(text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _KANA_ONE.sub("一", text)
    text = _SPACED_ORDINAL.sub(lambda m: "第" + re.sub(r"[ \u3000]", "", m.group(1)), text)
    text = _SPACED_YEAR.sub(lambda m: re.sub(r"[ \u3000]", "", m.group()), text)
    text = _SPACED_CLOCK.sub(_closed_clock, text)
    text = _QUOTED_NUMBER_YEAR.sub(r"〔\1〕", text)
    return _FOOTNOTE_REF_END.sub("", text)


def normalize_punctuation(text: str) -> str:
    """Turn ASCII punctuation that sits in Chinese text into full-width punctuation."""
    text = _PUNCT_AFTER_CJK.sub(lambda m: _FULL_WIDTH[m.group()], text)
    text = _COLON.sub("：", text)
    text = _PAREN_PAIR.sub(_full_width_pair, text)
    text = _OPEN_PAREN.sub("（", text)
    text = _CLOSE_PAREN.sub("）", text)
    return _FULL_STOP.sub("。", text)


def _full_width_pair(match: re.Match[str]) -> str:
    inner = next(group for group in match.groups() if group is not None)
    return f"（{inner}）"


def collapse_spaced_title(line: str) -> str:
    """'政 府 工 作 报 告' -> '政府工作报告', '通 告' -> '通告': letter-spaced titles are a typesetting habit."""
    chunks = line.split()
    spaced = len(chunks) > 2 and sum(len(chunk) == 1 for chunk in chunks) >= len(chunks) - 1
    if spaced or (len(chunks) == 2 and all(re.fullmatch(_CJK_CLASS, chunk) for chunk in chunks)):  # 通 告
        return re.sub(f"(?<={_CJK_CLASS})[ \u3000]+(?={_CJK_CLASS})", "", line).strip()
    return line.strip()


def has_speakable(text: str) -> bool:
    """True if `text` holds at least one letter, digit or Chinese character."""
    return any(ch.isalnum() for ch in text)
