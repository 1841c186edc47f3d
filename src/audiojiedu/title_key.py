"""How two spellings of a title are compared: the same title may come with or without spaces,
quotes, book-title marks or a colon (a page's <title>, its headline, the cited name in
现将《…》印发, an attachment heading repeated in its body), so titles are compared on this key."""

from __future__ import annotations

import re

_IGNORED = re.compile(r"[\s《》〈〉“”\"'：:]")


def title_key(text: str) -> str:
    """`text` without the characters a copy of a title may add or lose."""
    return _IGNORED.sub("", text)
