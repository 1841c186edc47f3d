"""Pinyin glosses: 漾濞（bì）, 發（fā）放 — the pinyin of a character in brackets after it.

A document may print the pinyin of a rare character after it, and some repost sites print one
after many characters (an obfuscation against copying). Read aloud it would be spelled as Latin
letters after the character itself, and in a title, heading or metadata field it is no part of
the name. So it is taken out once, when the document is read, from the title, the metadata and
every paragraph, and one finding counts them (with examples), so staff know the written text
differs from the page. Toned pinyin (a vowel with a tone mark) is a gloss wherever it stands, so
(GDP) and (PPP) never are. Some reposts gloss without tone marks: 為(wei)深入貫徹落實(shi)黨(dang).
A bracketed syllable without tone marks is a gloss only where the text has a run of them (at
least `_UNTONED_RUN` such brackets, `_UNTONED_KINDS` different syllables, each a real pinyin
syllable after a character): one (a) or (e) in a list stays.

A mirror may lose the glossed character itself, and the gloss's opening bracket with it, to one
question mark: 項目?nèi)容 for 項目內(nèi)容. The ? and the syllable go together (the character was already
lost; spoken, the ? cut the word with a pause and the syllable was spelled), and a finding of its
own quotes them so staff can restore the character from its pinyin.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Finding, Paragraph

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = f"[a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*"
_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])[（(]\s*{_SYLLABLE}(?:\s+{_SYLLABLE})*\s*[)）]")
# An untoned syllable: an initial (or none) and a final of Mandarin, the whole bracket.
_PLAIN = (
    "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue"
    "|ui|un|uo|ve|vn|a|e|i|o|u|v|ü|üe|ün)"
)
_UNTONED_ONE = re.compile(rf"[（(]({_PLAIN})[)）]")
# After a character, one bracket or several (就業(ye)(ye): the repost glosses twice).
_UNTONED = re.compile(rf"(?<=[\u3400-\u9fff])(?:[（(]{_PLAIN}[)）])+")
_UNTONED_RUN = 3  # this many untoned brackets after characters make the text a glossed one
_UNTONED_KINDS = 3  # … with this many different syllables ((a)(a)(a) is not a run of glosses)
# A character lost to ? with its gloss's opening bracket: 項目?nèi)容. Toned only: ?abc) is no sign.
_LOST = re.compile(rf"(?<=[\u3400-\u9fff])[?？]{_SYLLABLE}[)）]")
_EXAMPLES = 5  # the finding quotes this many glosses
LOST_GLOSSED = "lost-glossed-character"


def _glosses(texts: list[str]) -> re.Pattern[str]:
    """The gloss pattern for a document made of `texts`: toned glosses, and untoned ones too where
    the document has a run of them (see the module)."""
    untoned = [
        syllable
        for text in texts
        for match in _UNTONED.finditer(text)
        for syllable in _UNTONED_ONE.findall(match.group(0))
    ]
    if len(untoned) >= _UNTONED_RUN and len(set(untoned)) >= _UNTONED_KINDS:
        return re.compile(f"{_GLOSS.pattern}|{_UNTONED.pattern}")
    return _GLOSS


def drop_glosses(
    title: str, metadata: dict[str, str], paragraphs: tuple[Paragraph, ...]
) -> tuple[str, dict[str, str], tuple[Paragraph, ...], tuple[Finding, ...]]:
    """`title`, `metadata` and `paragraphs` without pinyin glosses, and a finding if any was taken."""
    found: list[str] = []
    lost: list[str] = []
    gloss = _glosses([title, *metadata.values(), *(paragraph.text for paragraph in paragraphs)])

    def drop(text: str) -> str:
        lost.extend(match.group(0) for match in _LOST.finditer(text))
        text = _LOST.sub("", text)
        found.extend(match.group(0) for match in gloss.finditer(text))
        return gloss.sub("", text)

    title = drop(title)
    metadata = {key: drop(value) for key, value in metadata.items()}
    paragraphs = tuple(
        paragraph
        if not gloss.search(paragraph.text) and not _LOST.search(paragraph.text)
        else _replace_text(paragraph, drop(paragraph.text))
        for paragraph in paragraphs
    )
    return title, metadata, paragraphs, _finding(found) + _lost_finding(lost)


def drop_text_glosses(text: str) -> tuple[str, tuple[Finding, ...]]:
    """A whole text without its pinyin glosses, and a finding if any was taken. A page saved as
    text is cleared before its lines are judged: 首頁（yè） > 政民互動（dòng） is a trail only so."""
    lost = [match.group(0) for match in _LOST.finditer(text)]
    text = _LOST.sub("", text)
    gloss = _glosses([text])
    found = [match.group(0) for match in gloss.finditer(text)]
    return gloss.sub("", text), _finding(found) + _lost_finding(lost)


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


def _lost_finding(lost: list[str]) -> tuple[Finding, ...]:
    if not lost:
        return ()
    return (
        Finding(
            LOST_GLOSSED,
            f"{len(lost)} 处汉字在转载时丢失为“?”，只剩其后的拼音注音：问号和注音都未朗读，"
            "该字需按注音补回",
            " ".join(lost[:_EXAMPLES]),
        ),
    )


def blank_glosses(text: str) -> str:
    """`text` with each pinyin gloss replaced by as many spaces: a copy to match words on
    (發（fā）布時間 is the label 發布時間), its positions those of `text`."""
    return _GLOSS.sub(lambda match: " " * len(match.group()), text)


def _replace_text(paragraph: Paragraph, text: str) -> Paragraph:
    return replace(paragraph, text=text)
