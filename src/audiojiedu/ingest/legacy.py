"""Legacy Word 97–2003 (.doc) and WPS files: converted to text by a well-kept outside tool.

The old binary formats are not read here. `antiword` (Debian package antiword) is used when
installed, else LibreOffice headless (`soffice --convert-to txt`). Without either, or when the
tool cannot read the file (WPS files often), the user gets a one-line error saying how to
convert it. The converted text is then read as a plain-text document.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import InputError

__all__ = ["convert_legacy_word"]

_TIMEOUT_S = 120
_HOW_TO = "请用 Word 或 WPS 另存为 .docx（或安装 antiword / LibreOffice 后重试）"


def convert_legacy_word(path: Path) -> str:
    """The text of the .doc/.wps file at `path`, one paragraph per line."""
    antiword = shutil.which("antiword")
    if antiword:
        text = _run([antiword, "-m", "UTF-8.txt", "-w", "0", str(path)])
        if text is not None:
            return text
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        with tempfile.TemporaryDirectory(prefix="audiojiedu-doc-") as out_dir:
            command = [soffice, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out_dir, str(path)]
            if _run(command) is not None:
                converted = Path(out_dir) / f"{path.stem}.txt"
                if converted.exists():
                    return converted.read_text(encoding="utf-8-sig", errors="replace")
    if antiword or soffice:
        raise InputError(f"{path}: 这个旧版 Word/WPS 文件无法转换，{_HOW_TO}")
    raise InputError(f"{path}: 这是旧版 Word（.doc）或 WPS 文件，{_HOW_TO}")


def _run(command: list[str]) -> str | None:
    try:
        done = subprocess.run(command, capture_output=True, timeout=_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")
