"""Score ingest + outline against the hand-written corpus fixtures; prints figures.

For every document in tests/fixtures/corpus and tests/fixtures/corpus/more with an
`<file>.expected.json` (written by reading the document): outline F1 over the sections at
depth 1 and 2 (a section counts when its depth and its heading, number and title together, match as heard: spaces, widths and quote
shapes aside), whether the title (as heard) and the metadata are right, and whether any listed chrome
would be read aloud. Also the figures for a listener: characters spoken (≈ minutes at 4.5
characters a second) and the findings per kind.

Run: PYTHONPATH=src python scripts/score_outline.py [--corpus DIR] [-v]
(Point PYTHONPATH at an older checkout's src to get the "before" figures.)
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from audiojiedu.errors import InputError
from audiojiedu.ingest import read_document
from audiojiedu.ingest.gloss import drop_text_glosses
from audiojiedu.model import Section
from audiojiedu.outline import parse_outline

_HERE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "corpus"
_CHARS_PER_SECOND = 4.5


def _heard(text: str) -> str:
    """What a listener hears of a title or a heading: spaces, the width of a bracket or a digit
    and the shape of a quotation mark are not heard, so a fixture may write either; nor is a
    pinyin gloss a site set after a character (關（guān）于), which the reader takes out and a
    fixture copied from the page may keep."""
    text = drop_text_glosses(text)[0]
    # Nor is the full stop that ends a heading run into its text (（一）总体要求。坚持…): a
    # fixture may write the heading with it or without it; nor a colon, a pause between a label
    # and its name (附件1：某某表, 三、采购政策：), which a fixture may keep or leave out.
    return "".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split()).rstrip("。.")


def _fields(metadata: Mapping[str, str]) -> dict[str, str]:
    """The fields as compared: spaces and the width of a mark or a digit set aside in labels and
    values (索 引 号 is 索引号; 某某文件,某某资金 is 某某文件，某某资金), as the reader folds them."""
    return {_squashed(label): _squashed(value) for label, value in metadata.items()}


def _squashed(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"', ":": None})


def _rows(sections: tuple[Section, ...], depth: int = 1) -> list[tuple[int, str]]:
    """(depth, the heading as heard) of each section at depth 1 and 2: a fixture may split the
    number from the title otherwise than the outline does (附件1 / 某某名单 or "" / 附件1某某名单),
    which a listener does not hear."""
    out: list[tuple[int, str]] = []
    for section in sections:
        if depth <= 2:
            out.append((depth, _heard(section.number + section.title)))
            out.extend(_rows(section.sections, depth + 1))
    return out


def _texts(sections: tuple[Section, ...]) -> list[str]:
    out: list[str] = []
    for section in sections:
        spoken = [p for p in section.paragraphs if isinstance(p, str)]  # a shown table is not read aloud
        out += [section.heading, *spoken, *_texts(section.sections)]
    return out


def _f1(found: list[tuple[int, str]], wanted: list[tuple[int, str]]) -> tuple[float, int, int, int]:
    remaining = Counter(wanted)
    hits = 0
    for row in found:
        if remaining[row] > 0:
            remaining[row] -= 1
            hits += 1
    if not found and not wanted:
        return 1.0, 0, 0, 0
    precision = hits / len(found) if found else 0.0
    recall = hits / len(wanted) if wanted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, hits, len(found), len(wanted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=_HERE)
    parser.add_argument("-v", "--verbose", action="store_true", help="show the rows that differ")
    args = parser.parse_args()
    expected_files = sorted([*args.corpus.glob("*.expected.json"), *args.corpus.glob("more/*.expected.json")])
    total_hits = total_found = total_wanted = 0
    titles = metadata = clean = 0
    chars = 0
    kinds: Counter[str] = Counter()
    print(f"{'document':55} {'F1':>5} {'title':>5} {'meta':>5} {'chrome':>6}")
    for expected_path in expected_files:
        path = expected_path.with_name(expected_path.name.removesuffix(".expected.json"))
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        wanted = [(depth, _heard(number + title)) for depth, number, title in expected["sections"]]
        try:
            doc = parse_outline(read_document(path))
        except InputError as exc:
            print(f"{path.name[:55]:55} error: {exc}")
            total_wanted += len(wanted)
            continue
        found = _rows(doc.sections)
        f1, hits, n_found, n_wanted = _f1(found, wanted)
        total_hits, total_found, total_wanted = total_hits + hits, total_found + n_found, total_wanted + n_wanted
        # A space kept or closed up between two organs or before 关于 is not a wrong title (see _heard).
        title_ok = _heard(doc.title) == _heard(expected["title"])
        meta_ok = _fields(doc.metadata) == _fields(expected["metadata"])
        spoken = "\n".join([doc.title, *(p for p in doc.preface if isinstance(p, str)), *_texts(doc.sections)])
        leaked = [chrome for chrome in expected.get("absent", []) if chrome in spoken]
        titles += title_ok
        metadata += meta_ok
        clean += not leaked
        chars += len(spoken)
        kinds.update(finding.kind for finding in getattr(doc, "findings", ()))  # older versions had none
        print(f"{path.name[:55]:55} {f1:5.2f} {'ok' if title_ok else 'NO':>5} {'ok' if meta_ok else 'NO':>5} {'ok' if not leaked else 'LEAK':>6}")
        if args.verbose:
            if not title_ok:
                print(f"    title: {doc.title!r} != {expected['title']!r}")
            if not meta_ok:
                got, want = _fields(doc.metadata), _fields(expected["metadata"])
                for key in sorted(set(got) | set(want)):
                    if got.get(key) != want.get(key):
                        print(f"    metadata {key}: {got.get(key)!r} != {want.get(key)!r}")
            for row in sorted(set(found) ^ set(wanted), key=lambda r: (r in wanted, r)):
                print(f"    {'missing' if row in wanted else 'extra  '} {row}")
            for chrome in leaked:
                print(f"    chrome spoken: {chrome!r}")
    n = len(expected_files)
    precision = total_hits / total_found if total_found else 0.0
    recall = total_hits / total_wanted if total_wanted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print()
    print(f"documents: {n}")
    print(f"outline F1 at depth 2 (all sections pooled): {f1:.3f}  (precision {precision:.3f}, recall {recall:.3f})")
    print(f"sections: {total_found} found, {total_wanted} expected, {total_hits} matched")
    print(f"titles right: {titles}/{n}   metadata right: {metadata}/{n}   no listed chrome spoken: {clean}/{n}")
    print(f"spoken text: {chars} characters ≈ {chars / _CHARS_PER_SECOND / 60:.0f} minutes")
    print("findings: " + (", ".join(f"{kind} {count}" for kind, count in kinds.most_common()) or "none"))


if __name__ == "__main__":
    main()
