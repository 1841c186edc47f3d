"""Long lines of one shape are read in time: an English paragraph in title case (a bilingual
budget report), words run together in CamelCase, pinyin glosses, letter-spaced characters, rows of
marks. A pattern that can split a run of letters more than one way takes time exponential in the
line's length; one such pattern once held a bilingual report for ever. The pages are read in a
child process under a generous limit, so a regression fails the test instead of hanging the suite."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import audiojiedu

WORDS = ["The", "Budget", "Of", "Central", "Government", "For", "The", "Fiscal", "Year", "Revenue", "Expenditure", "Report", "Ministry", "Finance"]
ENGLISH = " ".join(WORDS * 4)
SHAPES = {
    "english_title_case": ENGLISH,
    "english_then_chinese": ENGLISH + " 财政部",
    "english_lower": ENGLISH.lower(),
    "camel_case": ENGLISH.replace(" ", "") + " 预算报告",
    "pinyin_glosses": "關(guān)于" * 80,
    "letter_spaced": " ".join("政府工作报告关于印发" * 15),
    "marks": "·".join(["政务公开"] * 80),
    "crumbs": " > ".join(["政务公开"] * 100),
    "garbled": "?。ㄒ唬┪唇" * 80,
    # a whole page flattened into one line without a mark: patterns that scan for a year or a
    # title word after a run of characters must not go quadratic on it
    "flattened": "政府工作报告关于加强管理推进发展建设改革创新服务群众" * 240,
    "about_flattened": "关于" + "加强管理推进发展建设改革创新服务群众" * 300 + "的通知",
}
READER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from audiojiedu.errors import InputError
    from audiojiedu.ingest import read_document
    from audiojiedu.outline import parse_outline
    for name in sys.argv[1:]:
        try:
            parse_outline(read_document(Path(name)))
        except InputError:
            pass  # a page with nothing to read says so; what matters here is that it returns
    """
)
LIMIT_SECONDS = 120  # the whole lot takes a few seconds; exponential time never ends


def test_long_lines_of_one_shape_are_read_in_time(tmp_path: Path) -> None:
    names = []
    for shape, line in SHAPES.items():
        for variant, text in (
            ("alone", f"{line}\n{line}\n"),
            ("in_page", f"某某县人民政府关于印发某某方案的通知\n{line}\n一、总体要求\n{line}\n各乡镇：现将方案印发给你们。\n"),
        ):
            path = tmp_path / f"{shape}_{variant}.txt"
            path.write_text(text, encoding="utf-8")
            names.append(str(path))
    # The child reads with this very library, wherever it was imported from.
    env = {**os.environ, "PYTHONPATH": str(Path(audiojiedu.__file__).resolve().parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", READER, *names], capture_output=True, text=True, timeout=LIMIT_SECONDS, env=env
    )
    assert done.returncode == 0, done.stderr[-2000:]
