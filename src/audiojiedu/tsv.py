"""The one reader for tab-separated tables: the data shipped beside the code and the staff lexicon.

Blank lines and lines starting with `#` (after any indentation) are skipped; fields are split on
tabs and kept as written (an empty trailing field can mean something, e.g. an empty reading).
Each row keeps its line number, so a problem can be reported as `file line N`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Row:
    line: int  # 1-based line number in the file
    fields: tuple[str, ...]


def parse_tsv(text: str) -> tuple[Row, ...]:
    return tuple(
        Row(number, tuple(line.split("\t")))
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    )


def read_text(package: str, name: str) -> str:
    """A data file shipped inside `package` (e.g. "audiojiedu.normalize", "data/units.tsv")."""
    return files(package).joinpath(name).read_text(encoding="utf-8")


@cache
def read_tsv(package: str, name: str) -> tuple[Row, ...]:
    """The rows of a shipped table, read once per process."""
    return parse_tsv(read_text(package, name))


def read_kinds(package: str, name: str, kinds: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """A shipped word list of `kind<TAB>word` rows: the words of each of `kinds`, in file order
    (a kind without rows is empty). A row of a kind not in `kinds` is a mistake in the data."""
    table: dict[str, list[str]] = {kind: [] for kind in kinds}
    for row in read_tsv(package, name):
        kind, value = row.fields
        if kind not in table:
            raise ValueError(f"{name} line {row.line}: unknown kind {kind!r}")
        table[kind].append(value.strip())
    return {kind: tuple(values) for kind, values in table.items()}


def words_pattern(words: Iterable[str]) -> str:
    """An alternation of a table's `words` for a regular expression, longest first (发布时间 before
    时间, so a longer word is never cut short); a pattern that matches nothing when there are none."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"
