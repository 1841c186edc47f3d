"""Which characters are Chinese: one character-class body for every pattern that asks.

`HAN` goes inside brackets (`[{HAN}]`, `[^{HAN}]`): the CJK Unified Ideographs with extension A,
the compatibility ideographs and the supplementary planes' extensions (B onwards), so a rare
name character (𬌗, 㑇) counts as Chinese wherever a common one does.
"""

from __future__ import annotations

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# The numerals a heading's number is written in (第十二章, 三、, （一）), a character-class body too.
CN_NUMERALS = "一二三四五六七八九十百零〇"
