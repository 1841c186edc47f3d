"""The date under a notice's signature: one pattern for the reader of a page's foot and the outline."""

from __future__ import annotations

import re

from .han import CN_NUMERALS

_CN_DIGITS = CN_NUMERALS + "两"
# 2020年7月15日, 二〇二〇年七月十五日, 2020年7月; a year's zero may be typed as a circle, a letter O or
# an Arabic zero (二OO九年, 二○○九年, 二00三年), and the month's mark mistyped as the day's when the
# day follows (2018年10日11日).
SIGNATURE_DATE = re.compile(
    f"(?:\\d{{4}}|[{_CN_DIGITS}○OoＯｏ0０]{{4}})[ \u3000]*年[ \u3000]*[\\d{_CN_DIGITS}]{{1,3}}[ \u3000]*"
    f"(?:月(?:[ \u3000]*[\\d{_CN_DIGITS}]{{1,3}}[ \u3000]*日)?|日[ \u3000]*[\\d{_CN_DIGITS}]{{1,3}}[ \u3000]*日)"
)
