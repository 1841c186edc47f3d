"""Grapheme-to-pinyin front end. PLACEHOLDER: plain pypinyin until the real front end lands."""

from __future__ import annotations


def to_pinyin(text: str, *, lexicon: object | None = None) -> list[str]:
    """One token per character of `text`: tone-numbered pinyin for Chinese characters,
    the character itself otherwise."""
    from pypinyin import Style, pinyin

    out: list[str] = []
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            out.append(pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True)[0][0])
        else:
            out.append(ch)
    return out
