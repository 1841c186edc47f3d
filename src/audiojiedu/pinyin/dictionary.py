"""The word and character tables the front end reads, built once and cached.

Sources, merged at build time (nothing is downloaded):
- jieba's dictionary (installed package): word frequencies and part-of-speech tags, used
  for segmentation only. Words seen fewer than `MIN_FREQ` times are left out: they are
  mostly rare compounds, and leaving them out halves the load time.
- pypinyin's phrase and character tables (installed package): readings of words and the
  default reading of each character.
- this package's data (`data/*.tsv`, written for this project): government terms, place
  names and default readings for government text. They win over pypinyin.

Reading jieba's and pypinyin's tables takes about a second, so the merged result is kept
in the user cache directory as a marshal file named by a digest of its inputs; loading it
takes about 0.06 s.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import importlib.util
import marshal
import math
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError, OutputError
from ..fsutil import atomic_write
from ..lexicon import read_shipped_words
from .syllables import numbered
from .tables import DATA_FILES, read_char_defaults

MIN_FREQ = 5
MAX_WORD_LEN = 10  # longer dictionary entries are set phrases the segmenter can skip
FORMAT = 1  # bump when the cached layout changes
# Frequency given to words of the shipped data that jieba does not know: high enough to
# win segmentation against chance neighbours.
SHIPPED_FREQ = 3000

_SOURCES = (
    ("jieba", "dict.txt"),
    ("pypinyin", "phrases_dict.py"),
    ("pypinyin", "pinyin_dict.py"),
    (__package__, "dictionary.py"),  # this builder itself
)

# Part-of-speech tags are stored packed into the frequency value: freq << TAG_BITS | tag.
TAG_BITS = 6


@dataclass(frozen=True)
class Tables:
    words: dict[str, int]  # word -> freq << TAG_BITS | tag index (segmentation)
    tags: tuple[str, ...]  # tag index -> jieba part-of-speech tag
    log_total: float  # log of the frequency total, for word probabilities
    phrases: dict[str, str]  # word -> space-separated numbered pinyin
    chars: dict[str, str]  # character -> default numbered pinyin
    max_len_from: dict[str, int]  # character -> length of the longest word it starts

    def tag(self, word: str) -> str:
        packed = self.words.get(word)
        return self.tags[packed & ((1 << TAG_BITS) - 1)] if packed is not None else "x"


def _source_digest() -> str:
    h = hashlib.sha256(f"format {FORMAT} min {MIN_FREQ} shipped {SHIPPED_FREQ}".encode())
    for package, name in _SOURCES:  # stat, not read: the digest must cost next to nothing
        source = _package_dir(package) / name
        st = source.stat()
        h.update(f"{source} {st.st_size} {st.st_mtime_ns}".encode())
    data = importlib.resources.files(__package__) / "data"
    for name in DATA_FILES:
        h.update(name.encode())
        h.update((data / name).read_bytes())
    return h.hexdigest()[:16]


def _package_dir(package: str) -> Path:
    # find_spec locates a top-level package without importing it: importing jieba or
    # pypinyin would cost more than loading the whole cache.
    if package == __package__:
        return Path(__file__).parent
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"the {package} package is not installed: pip install {package}")
    return Path(next(iter(spec.submodule_search_locations)))


def _cache_path(digest: str) -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("audiojiedu")) / "pinyin" / f"tables-{digest}.marshal"


def load_tables(*, cache: bool = True) -> Tables:
    """Load the merged tables from the cache, building (and caching) them if needed."""
    digest = _source_digest()
    path = _cache_path(digest)
    if cache:
        try:
            raw = marshal.loads(path.read_bytes())
            return Tables(*raw)
        except (OSError, ValueError, EOFError, TypeError):
            pass
    tables = build_tables()
    if cache:
        try:
            atomic_write(path, marshal.dumps(tuple(vars(tables).values())))
            for old in path.parent.glob("tables-*.marshal"):  # caches of older inputs
                if old != path:
                    old.unlink(missing_ok=True)
        except (OutputError, OSError):  # an unwritable cache only costs time
            pass
    return tables


def build_tables() -> Tables:
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    tag_index: dict[str, int] = {"x": 0}
    words: dict[str, int] = {}
    total = 0
    jieba_dict = _package_dir("jieba") / "dict.txt"
    with jieba_dict.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, freq = parts[0], int(parts[1])
            total += freq
            if freq < MIN_FREQ and len(word) > 1:
                continue
            tag = parts[2] if len(parts) > 2 else "x"
            index = tag_index.setdefault(tag, len(tag_index))
            if index >= 1 << TAG_BITS:
                raise ConfigError(f"{jieba_dict}: too many part-of-speech tags")
            words[word] = freq << TAG_BITS | index

    phrases = {
        word: " ".join(numbered(readings[0]) for readings in syllables) for word, syllables in phrases_dict.items()
    }
    chars = {chr(code): numbered(readings.split(",")[0]) for code, readings in pinyin_dict.items()}
    chars.update(read_char_defaults())

    for entry in read_shipped_words():
        phrases[entry.word] = " ".join(entry.pinyin)
        if entry.word not in words:  # words jieba knows keep its frequency
            words[entry.word] = SHIPPED_FREQ << TAG_BITS | tag_index.setdefault("nz", len(tag_index))

    tags = tuple(sorted(tag_index, key=tag_index.__getitem__))
    max_len_from: dict[str, int] = {}
    for word in words:
        size = min(len(word), MAX_WORD_LEN)
        if size > max_len_from.get(word[0], 1):
            max_len_from[word[0]] = size
    return Tables(words, tags, math.log(total), phrases, chars, max_len_from)
