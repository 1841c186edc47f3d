"""Stage 2: paragraphs -> a tree of numbered sections.

Headings are recognised by their numbering, the way Chinese official documents write it:
第一编/第一章/第一节/第一条, 一、, （一）, 1. or 1、, （1）, ①, and 01综合-style labels (see
`markers`), and the decimal section numbers of 应急预案 (1总则 / 1.1编制目的, a level per part,
see `numbering`); a heading the source format declares (DOCX heading style) counts too, and so
do short unnumbered lines standing between paragraphs in plain text without other top-level
numbering, and, on stronger layout evidence, unnumbered parts mixed with numbered headings
(see `guesses`); every such guess is a Finding heading-guessed. A numbered run that is a list
stays text (see `lists`). A table of contents and a site's menu printed as numbered lists
before the document are text too (see `numbering`). Where a heading's title ends, glued to
its paragraph or on a line of its own, is decided in `titles`; 附件 lines open attachments
(see `attachments`). `build` walks the paragraphs, places each heading at its level and
freezes the tree.

Every character of the paragraphs ends up exactly once in the preface, a heading or a section
paragraph, in order: only whitespace between pieces is dropped.

Modules, each importing only those listed before it:
  markers      numbering markers, their values, styles and ranks; the words of data/headings.tsv
  titles       where a heading's title ends (glued, or on its own line); split_heading
  lists        numbered runs that are lists, not headings; the tree node
  guesses      headings without numbers, each guess with its finding text
  numbering    decimal sections, spaced numerals, tables of contents, site menus, table rows
  attachments  附件 lines: which open an attachment and which only name one
  build        parse_outline, the level builder, outline_to_json, long-chapter findings
"""

from __future__ import annotations

from .build import outline_to_json, parse_outline
from .titles import split_heading

__all__ = ["outline_to_json", "parse_outline", "split_heading"]
