"""Publishing a finished release: captions, chapters, the web player and the podcast feed.

All file names are ASCII (`safe_filename`), all document text is escaped where it lands
(HTML, XML, JSON, WebVTT), and every file is written atomically.
"""

from __future__ import annotations

from .chapters import write_chapters
from .feed import write_feed
from .filenames import safe_filename
from .player import write_player
from .transcript import write_transcript
from .vtt import write_captions

__all__ = [
    "safe_filename",
    "write_captions",
    "write_chapters",
    "write_feed",
    "write_player",
    "write_transcript",
]
