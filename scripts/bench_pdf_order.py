"""Benchmark: PDF text extraction order, candidate by candidate; prints figures per PDF.

Candidates (each reads every page into lines, top to bottom as it orders them):
  plumber         pdfplumber extract_text_lines, default settings (audiojiedu before issue 17)
  plumber-ytol6   the same with y_tolerance=6 (lines grouped by top within 6 pt, not 3)
  plumber-flow    the same with use_text_flow=True (characters in content-stream order)
  pdfium          pypdfium2 text page (pdfium's own line breaks)
  pdfminer        pdfminer.six layout analysis (LAParams defaults), text lines box by box
  audiojiedu      audiojiedu.ingest.pdf.text_lines: rows by vertical overlap, columns

Figures per PDF and candidate:
  kept      non-space characters extracted / non-space characters on the pages (pdfplumber's
            character objects, a character overprinted on itself counted once): below 100 %
            something was dropped, above it something doubled; for generated PDFs "(-n)" counts
            the known text's characters missing
  order     generated PDFs only: share of the known text's characters found in order
            (difflib matching blocks of the known text against the extracted text)
  numbers   document numbers 〔YYYY〕N号 and dates YYYY年M月D日 found whole inside one line;
            for generated PDFs "found/expected"
  scatter   signatures of torn lines: empty brackets 〔 〕, a bare 年 月 日, short lines of
            digits only (a number torn out of its line; table rows of figures count too, so
            compare candidates on the same PDF)
  back      lines whose top is above the previous line's by more than half a line while
            their x ranges overlap (reading goes up inside a column)
  ms/page   extraction time per page (one run, this machine)

PDFs: the generated cases of tests/fixtures/pdf_order_cases.py (known text) and the corpus
PDFs (../shared/corpus/*.pdf and more/*.pdf).
Run: PYTHONPATH=src python scripts/bench_pdf_order.py [PDF ...]
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))

_NUMBER = re.compile(r"〔\d{4}〕\d+号|\d{4}年\d{1,2}月\d{1,2}日")
_SCATTER = re.compile(r"〔\s*〕|(?:^|\s)年\s+月(?:\s+日)?|^[\d.\s]{1,12}$")


@dataclass
class OutLine:
    text: str
    top: float | None = None  # from the top of the page
    x0: float | None = None
    x1: float | None = None
    size: float = 10.0


Pages = list[list[OutLine]]


def _plumber(path: Path, **options: Any) -> Pages:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [
            [
                OutLine(line["text"], line["top"], line["x0"], line["x1"], line["bottom"] - line["top"])
                for line in page.extract_text_lines(**options)
            ]
            for page in pdf.pages
        ]


def _pdfium(path: Path) -> Pages:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    pages: Pages = []
    try:
        for page in document:
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            height = page.get_height()
            lines: list[OutLine] = []
            index = 0
            for raw in re.split(r"(\r\n|\n|\r)", text):
                if raw and raw not in ("\r\n", "\n", "\r"):
                    boxes = [
                        textpage.get_charbox(i) for i in range(index, min(index + len(raw), textpage.count_chars()))
                    ]
                    boxes = [box for box in boxes if box[2] > box[0]]
                    if boxes:
                        lines.append(
                            OutLine(
                                raw,
                                height - max(b[3] for b in boxes),
                                min(b[0] for b in boxes),
                                max(b[2] for b in boxes),
                                max(b[3] - b[1] for b in boxes) or 10.0,
                            )
                        )
                    else:
                        lines.append(OutLine(raw))
                index += len(raw)
            pages.append(lines)
    finally:
        document.close()
    return pages


def _pdfminer(path: Path) -> Pages:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine

    def walk(item: Any, height: float, lines: list[OutLine]) -> None:
        if isinstance(item, LTTextLine):
            lines.append(OutLine(item.get_text().strip(), height - item.y1, item.x0, item.x1, item.height))
        elif isinstance(item, LTTextContainer) or hasattr(item, "__iter__"):
            for child in item:
                walk(child, height, lines)

    pages: Pages = []
    for layout in extract_pages(str(path), laparams=LAParams()):
        lines: list[OutLine] = []
        walk(layout, layout.height, lines)
        pages.append(lines)
    return pages


def _audiojiedu(path: Path) -> Pages:
    import pdfplumber

    from audiojiedu.ingest.pdf import text_lines

    with pdfplumber.open(str(path)) as pdf:
        return [
            [OutLine(line.text, line.top, line.x0, line.x1, line.size) for line in text_lines(page)]
            for page in pdf.pages
        ]


CANDIDATES: dict[str, Callable[[Path], Pages]] = {
    "plumber": _plumber,
    "plumber-ytol6": lambda path: _plumber(path, y_tolerance=6),
    "plumber-flow": lambda path: _plumber(path, use_text_flow=True),
    "pdfium": _pdfium,
    "pdfminer": _pdfminer,
    "audiojiedu": _audiojiedu,
}


def _page_chars(path: Path) -> tuple[int, int]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        # A character drawn twice over itself (bold faked by overprinting) counts once.
        chars = [char for page in pdf.pages for char in page.dedupe_chars().chars]
        return sum(1 for char in chars if char["text"].strip()), len(pdf.pages)


def _backwards(pages: Pages) -> int:
    count = 0
    for lines in pages:
        placed = [line for line in lines if line.top is not None and line.x0 is not None and line.x1 is not None]
        for before, line in itertools.pairwise(placed):
            assert before.top is not None and line.top is not None and before.x0 is not None
            assert before.x1 is not None and line.x0 is not None and line.x1 is not None
            overlap = min(before.x1, line.x1) - max(before.x0, line.x0)
            if line.top < before.top - 0.5 * max(line.size, before.size) and overlap > 0:
                count += 1
    return count


def _warm_up() -> None:
    """Import every candidate's modules before timing, so no first run pays for imports."""
    import pdfminer.high_level  # noqa: F401
    import pdfplumber  # noqa: F401
    import pypdfium2  # noqa: F401

    import audiojiedu.ingest.pdf  # noqa: F401


def _measure(path: Path, expected: list[str] | None, numbers: list[str]) -> None:
    total, page_count = _page_chars(path)
    print(f"\n{path.name}: {page_count} pages, {total} characters")
    print(f"  {'candidate':<14} {'kept':>7} {'order':>7} {'numbers':>8} {'scatter':>8} {'back':>5} {'ms/page':>8}")
    known = re.sub(r"\s", "", "".join(expected)) if expected is not None else ""
    for name, extract in CANDIDATES.items():
        started = time.perf_counter()
        try:
            pages = extract(path)
        except Exception as exc:  # a candidate that fails is a figure too
            print(f"  {name:<14} failed: {type(exc).__name__}: {exc}")
            continue
        elapsed = (time.perf_counter() - started) * 1000 / max(page_count, 1)
        lines = [re.sub(r"\s+", " ", line.text).strip() for page in pages for line in page]
        text = re.sub(r"\s", "", "".join(lines))
        kept = f"{100 * len(text) / total:.1f}%" if total else "-"
        order = "-"
        if expected is not None:
            matcher = difflib.SequenceMatcher(None, known, text, autojunk=False)
            order = f"{100 * sum(block.size for block in matcher.get_matching_blocks()) / len(known):.1f}%"
            missing = Counter(known) - Counter(text)
            if missing:
                kept += f" (-{sum(missing.values())})"
        whole = Counter(match for line in lines for match in _NUMBER.findall(re.sub(r"\s", "", line)))
        if numbers:
            found = sum(1 for number in numbers if any(number in re.sub(r"\s", "", line) for line in lines))
            number_figure = f"{found}/{len(numbers)}"
        else:
            number_figure = str(sum(whole.values()))
        scatter = sum(1 for line in lines if _SCATTER.search(line))
        print(
            f"  {name:<14} {kept:>7} {order:>7} {number_figure:>8} {scatter:>8} {_backwards(pages):>5} {elapsed:>8.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs to measure (default: generated cases and the corpus)")
    args = parser.parse_args()
    _warm_up()
    missing = [str(path) for path in args.pdfs if not path.is_file()]
    if missing:
        parser.error(f"no such PDF: {', '.join(missing)}")
    if args.pdfs:
        for path in args.pdfs:
            _measure(path, None, [])
        return
    import make_fixtures
    import pdf_order_cases

    with tempfile.TemporaryDirectory() as folder:
        for case in pdf_order_cases.all_cases():
            path = make_fixtures.make_pdf(Path(folder) / f"{case.name}.pdf", case.pages, rotate=case.rotate)
            _measure(path, case.expected, case.numbers)
    corpus = ROOT.parent / "shared" / "corpus"
    if not corpus.is_dir():
        corpus = ROOT / "tests" / "fixtures" / "corpus"
    for path in sorted(corpus.glob("*.pdf")) + sorted(corpus.glob("more/*.pdf")):
        _measure(path, None, [])


if __name__ == "__main__":
    main()
