"""A title that may not be the document's: said in the review, whichever rule chose it.

The title is spoken first and names the release, and on a page nobody has seen the rules may
take the site's line for it (中国某某网移动版, 站内高级搜索, 某某特别行政区, 附件). Such a line lacks
what every document title has: it names only a place or an organ, only a kind or a part of a
document, it is made of the site's words (网, 客户端, 上一版, a toolbar's) or a menu's short words
set apart by spaces, it is mostly letters and signs or has letters glued inside its words, or it
is too short to name anything. The check looks at the title alone, so it holds for any page; a
title it doubts is still used, and the finding tells staff where to look.
"""

from __future__ import annotations

import re

from ..han import HAN
from ..model import Finding
from ..part_names import is_part_name
from .page_chrome import fold, is_chrome_line, looks_like_chrome
from .page_title_words import MAX_SHORT_COLUMN, PLACE_ENDS, ends_as_title, is_organ_name, squash
from .title_words import title_words

_MIN_TITLE_CHARS = 4  # fewer Chinese characters name nothing a listener could tell apart
_MAX_FOREIGN_SHARE = 0.3  # of the title's characters, Latin letters and signs no title prints
_FOREIGN = re.compile(r"[A-Za-z?？>＞|｜_=*#@~^<＜]")
# Letters glued between Chinese words with a small letter among them (机遇wYm河北): a copy's mark or
# a lost tag, where a title's own Latin is an acronym (GDP, PM) or a unit that goes after a figure.
_GLUED_LETTERS = re.compile(rf"(?<=[{HAN}])(?=[A-Za-z]*[a-z])[A-Za-z]{{2,8}}(?=[{HAN}])")
_TITLE_LATIN_WORDS = frozenset({"App", "APP", "app", "km", "kg", "kWh", "mm", "cm", "ml", "pH", "WiFi"})
# How a site names itself and its versions, besides what it ends with (title_words: site).
_SITE_NAMES = ("移动版", "手机版", "电脑版", "触屏版", "官网", "官方网站", "首页", "高级搜索", "站内搜索")
# A menu's or a crumb trail's words set apart by spaces (文库 实用文档 报告/总结): this many at least,
# each this short; a title's own spaces part organs or a heading from its date, longer pieces.
_MIN_MENU_WORDS = 3
_MAX_MENU_WORD_CHARS = 6
_MAX_PLACE_CHARS = 12  # 某某自治县, 澳门特别行政区: a place's name alone
_ATTACHMENT = re.compile(r"附(?:件|录|表)[\d一二三四五六七八九十]{0,3}")
_PLACE = re.compile(rf"[{HAN}]{{2,{_MAX_PLACE_CHARS}}}(?:{'|'.join(PLACE_ENDS)}|特别行政区|自治区|地区)")


def doubt_title(title: str) -> Finding | None:
    """A finding saying why `title` may not be the document's, None when it has a title's shape."""
    doubt = _doubt(fold(title).strip())
    if doubt is None:
        return None
    return Finding("title-doubt", f"标题{_REASONS[doubt]}，可能不是文件自己的标题：请核对，必要时在文字稿里改写", title)


def names_the_site(title: str) -> bool:
    """`title` reads as the site's own line (its name or version, a crumb trail, a search box),
    never a document's."""
    return _doubt(fold(title).strip()) in ("site", "crumbs")


_REASONS = {
    "kind": "只是文种或文件的一部分（如“通告”“附件”），不是全称",
    "organ": "只是机关或地方的名称",
    "crumbs": "像网站的栏目路径（面包屑导航）",
    "site": "像网站的名称、栏目或工具栏",
    "letters": "夹有大量字母或符号",
    "short": "太短，说不出文件是什么",
}


def _doubt(title: str) -> str | None:
    """Why `title` (folded) may not be the document's, a key of `_REASONS`; None if it has a title's shape."""
    squashed = squash(title)
    if not squashed:
        return None
    if is_part_name(squashed) or squashed in title_words()["final"] or _ATTACHMENT.fullmatch(squashed):
        return "kind"
    if squashed.endswith(tuple(word for word in title_words()["site"] if len(word) > 2)) and not ends_as_title(title):
        return "site"  # 某某县融媒体中心 runs the county's news site: an organ's name, and the site's
    if is_organ_name(squashed) or _PLACE.fullmatch(squashed):
        return "organ"
    if len(re.findall("[>＞»]", squashed)) >= 2:  # 首页 > 政务公开 > 通知公告, ending as a title may
        return "crumbs"
    if not ends_as_title(title) and (
        squashed.endswith((*title_words()["site"], *_SITE_NAMES))
        or (len(squashed) <= MAX_SHORT_COLUMN and squashed.endswith(title_words()["column-end"]))  # 人大要闻, 乡镇动态
        or any(word in squashed for word in (*_SITE_NAMES, *title_words()["nav"]))
        or is_chrome_line(title)
        or looks_like_chrome(title)
    ):
        return "site"
    if len(_FOREIGN.findall(squashed)) > _MAX_FOREIGN_SHARE * len(squashed) or any(
        letters not in _TITLE_LATIN_WORDS for letters in _GLUED_LETTERS.findall(squashed)
    ):
        return "letters"
    words = title.split()
    if len(words) >= _MIN_MENU_WORDS and all(len(word) <= _MAX_MENU_WORD_CHARS for word in words):
        return "crumbs"
    if len(re.findall(f"[{HAN}]", squashed)) < _MIN_TITLE_CHARS:
        return "short"
    return None
