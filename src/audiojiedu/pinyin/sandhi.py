"""一/不 tone sandhi, as spoken and as the offline voice was trained to hear it.

The voice's training transcripts mark 一 and 不 with the tone actually spoken (yí gè,
bú shì), while third-tone sandhi is left to the voice itself; so only 一/不 are changed.

- 不 is bú before a fourth tone, bù elsewhere.
- 一 keeps yī when it is a digit or an ordinal (一九九八, 第一, 十一, 一是…), ends a word
  (统一, 唯一, 之一) or stands before a pause; before a fourth (or neutral) tone it is yí,
  before the other tones yì. Before 百/千/万/亿 it counts as a quantity (yìbǎi, yíwàn).
"""

from __future__ import annotations

_DIGITS = set("零〇一二三四五六七八九十两0123456789０１２３４５６７８９")
_MAGNITUDES = set("百千万亿")
_ORDINAL_BEFORE = set("第初其十")


def apply_sandhi(text: str, tokens: list[str], fixed: list[bool], word_ends: set[int]) -> None:
    """Rewrite the tokens of 一 and 不 in place; `word_ends` holds each word's end offset."""
    n = len(text)
    for i, ch in enumerate(text):
        if fixed[i] or (ch != "一" and ch != "不"):
            continue
        nxt = tokens[i + 1] if i + 1 < n else ""
        next_tone = nxt[-1] if nxt[:-1].isalpha() and nxt[-1:].isdigit() else ""
        if ch == "不":
            tokens[i] = "bu2" if next_tone == "4" else "bu4"
            continue
        after = text[i + 1] if i + 1 < n else ""
        before = text[i - 1] if i else ""
        if (
            not next_tone
            or (i + 1 in word_ends and after not in _MAGNITUDES)
            or before in _ORDINAL_BEFORE
            or (before in _DIGITS and after not in _MAGNITUDES)
            or after in _DIGITS
            or (after == "是" and (i == 0 or not before.isalnum()))
        ):
            tokens[i] = "yi1"
        elif next_tone in "45":
            tokens[i] = "yi2"
        else:
            tokens[i] = "yi4"
