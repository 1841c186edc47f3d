"""Pinyin glosses: 漾濞（bì）, 發（fā）放 — the pinyin of a character in brackets after it.

A document may print the pinyin of a rare character after it, and some repost sites print one
after many characters (an obfuscation against copying). Read aloud it would be spelled as Latin
letters after the character itself, and in a title, heading or metadata field it is no part of
the name. So it is taken out once, when the document is read, from the title, the metadata and
every paragraph, and one finding counts them (with examples), so staff know the written text
differs from the page. Only toned pinyin counts (a vowel with a tone mark), so (GDP), (a) and
(PPP) are never glosses.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Finding, Paragraph

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = f"[a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*"
_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])[（(]\s*{_SYLLABLE}(?:\s+{_SYLLABLE})*\s*[)）]")
_EXAMPLES = 5  # the finding quotes this many glosses


def drop_glosses(
    title: str, metadata: dict[str, str], paragraphs: tuple[Paragraph, ...]
) -> tuple[str, dict[str, str], tuple[Paragraph, ...], tuple[Finding, ...]]:
    """`title`, `metadata` and `paragraphs` without pinyin glosses, and a finding if any was taken."""
    found: list[str] = []

    def drop(text: str) -> str:
        found.extend(match.group(0) for match in _GLOSS.finditer(text))
        return _GLOSS.sub("", text)

    title = drop(title)
    metadata = {key: drop(value) for key, value in metadata.items()}
    paragraphs = tuple(
        paragraph if not _GLOSS.search(paragraph.text) else _replace_text(paragraph, drop(paragraph.text))
        for paragraph in paragraphs
    )
    return title, metadata, paragraphs, _finding(found)


def drop_text_glosses(text: str) -> tuple[str, tuple[Finding, ...]]:
    """A whole text without its pinyin glosses, and a finding if any was taken. A page saved as
    text is cleared before its lines are judged: 首頁（yè） > 政民互動（dòng） is a trail only so."""
    found = [match.group(0) for match in _GLOSS.finditer(text)]
    return _GLOSS.sub("", text), _finding(found)


def _finding(found: list[str]) -> tuple[Finding, ...]:
    if not found:
        return ()
    return (
        Finding(
            "pinyin-gloss",
            f"去掉了 {len(found)} 处汉字后括号里的拼音注音（转载网站所加或生僻字注音）：不朗读，文字稿也不保留",
            " ".join(found[:_EXAMPLES]),
        ),
    )


def blank_glosses(text: str) -> str:
    """`text` with each pinyin gloss replaced by as many spaces: a copy to match words on
    (發（fā）布時間 is the label 發布時間), its positions those of `text`."""
    return _GLOSS.sub(lambda match: " " * len(match.group()), text)


def _replace_text(paragraph: Paragraph, text: str) -> Paragraph:
    return replace(paragraph, text=text)
