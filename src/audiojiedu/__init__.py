"""audiojiedu: Chinese government documents into narrated, chaptered audio releases."""

from __future__ import annotations

__version__ = "0.1.0"
