"""The title words of `data/title_words.tsv`, by kind: how a title ends (final), the organs that
issue documents (organ), the verbs that say what a document does (issue), and the other kinds the
page readers and the namer use. One loader for the file, which the field rules (page_fields), the
title rules (page_title_words) and the namer (naming) all read."""

from __future__ import annotations

from functools import lru_cache

from ..tsv import read_kinds


@lru_cache(maxsize=1)
def title_words() -> dict[str, tuple[str, ...]]:
    kinds = (
        "final",
        "organ",
        "issue",
        "region",
        "site",
        "nav",
        "name-label",
        "deliver",
        "self-name",
        "not-deliver",
        "excerpt",
        "cite",
        "column",
        "news-tag",
        "column-end",
        "news-verb",
        "reading-column",
        "speaker-post",
        "opener",
        "summary-label",
        "listing-column",
        "event",
    )
    return read_kinds("audiojiedu.ingest", "data/title_words.tsv", kinds)
