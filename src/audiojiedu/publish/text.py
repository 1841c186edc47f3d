"""Making document text safe to place anywhere: one line, no control characters."""

from __future__ import annotations

import re

# C0/C1 controls (except tab/newline handled as whitespace), lone surrogates, and the
# characters XML 1.0 forbids; they would make XML invalid and VTT ambiguous.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACE_RUN = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """`text` on one line: controls removed, runs of whitespace (newlines too) made one space."""
    return _SPACE_RUN.sub(" ", _FORBIDDEN.sub("", text)).strip()
