from __future__ import annotations

from . import main_stdin

raise SystemExit(main_stdin())
