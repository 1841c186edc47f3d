"""Checks of real MP3 output through ffmpeg (the static binary from imageio-ffmpeg), shared by tests."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from helpers import EXAMPLE, ROOT  # noqa: F401  (re-exported: older tests import them from here)


def ffmpeg() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def probe(path: Path) -> dict:
    """Duration (s) and chapters [(start, end, title)] as ffmpeg reads them."""
    out = subprocess.run([ffmpeg(), "-hide_banner", "-i", str(path)], capture_output=True, text=True).stderr
    match = re.search(r"Duration: (\d+):(\d+):([\d.]+)", out)
    assert match, out
    h, m, s = match.groups()
    chapters = []
    for start, end, title in re.findall(
        r"Chapter #\d+:\d+: start ([\d.]+), end ([\d.]+)\s*\n\s*Metadata:\s*\n\s*title\s*: (.*)", out
    ):
        chapters.append((float(start), float(end), title.strip()))
    return {"duration": int(h) * 3600 + int(m) * 60 + float(s), "chapters": chapters, "text": out}


def decode_errors(path: Path) -> str:
    """What ffmpeg says (at level error) while decoding the whole file; '' when clean."""
    result = subprocess.run(
        [ffmpeg(), "-v", "error", "-i", str(path), "-f", "null", "-"], capture_output=True, text=True
    )
    return result.stderr.strip() + ("" if result.returncode == 0 else f" (exit {result.returncode})")


def loudness(path: Path) -> tuple[float, float]:
    """(integrated LUFS, true peak dBTP) measured by ffmpeg's ebur128 filter."""
    result = subprocess.run(
        [ffmpeg(), "-hide_banner", "-nostats", "-i", str(path), "-af", "ebur128=peak=true", "-f", "null", "-"],
        capture_output=True,
        text=True,
    )
    summary = result.stderr[result.stderr.rfind("Summary:") :]
    integrated = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))  # type: ignore[union-attr]
    peak = float(re.search(r"Peak:\s+(-?[\d.inf]+) dBFS", summary).group(1))  # type: ignore[union-attr]
    return integrated, peak
