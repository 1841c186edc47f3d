"""The release script: what will be spoken, as a plain file staff can read, edit and diff.

`audiojiedu script INPUT -o NAME.script.md` writes it; `audiojiedu build NAME.script.md` builds
exactly what it says (any `*.script.md` input is read here into a Document). Unedited, it
builds byte-identical audio to the original document.

The dialect (a small Markdown)::

    ---
    title: 2019年罗庄区政府信息公开工作年度报告
    索引号: 11371311/2020-00012
    发布机构: 罗庄区人民政府办公室
    公开日期: 2020-01-15
    opening: {publisher}发布。
    closing: 以上是{title}的全部内容。感谢收听。
    automatic: 3f2a…c1 9a01bc 44e0d2 …
    ---

    前言，标题之前的正文，一段一行。

    # 一、总体情况

    正文一段一行；段与段之间空一行。

    ## （一）组织保障情况

    {GDP|国内生产总值}增长6%，{长|zhang3}期……

- Front matter, between `---` lines: `key: value`, one a line. `title` is the title; `opening`
  and `closing` (repeatable, in order) are the announcement templates ({publisher}, {title},
  {date}; an empty `opening:` means none; without the key, those of voices.yaml apply); `automatic` records the automatic rendering (a digest, then a short hash per line)
  so that a build can tell which lines staff changed — leave it alone; every other key is a
  metadata field (索引号, 发布机构, 成文日期, 公开日期 …). A value that starts with `"` is a
  JSON string (used for values with line breaks or surrounding spaces).
- `#` … `########` and a space start a chapter heading; the number of `#` is its depth. A
  heading is read the way the outline reads one: its number (一、 （一） 1. 第一条 …) is
  spoken as 一、 before the title.
- Any other non-blank line is text. Blank lines separate paragraphs; lines that follow one
  another without a blank line are one paragraph (keep a paragraph on one line: a line break
  inside a paragraph is a pause).
- Reading overrides, inline: `{written|spoken}` shows `written` in captions and says
  `spoken` instead (it is then read like any text: numbers in it are read as numbers);
  `{written|pin1 yin1}` (numbered pinyin, one syllable per character of `written`) fixes the
  pronunciation of those characters: the offline voice gets the pinyin, other engines a
  homophone spelling (or the text as written, with a note in the review when none is known).
  `{written|}` shows the text and says nothing.
- `\\` escapes the next character: `\\{`, `\\}`, `\\|`, `\\\\`, and `\\#` at the start of a text
  line. A literal brace must be escaped.
- A table that is shown, not spoken (a long table: the paragraph before it says its title,
  size, columns and totals aloud) is a block of lines that start with `|`, one row a line,
  cells between bars (a bar inside a cell is `\\|`)::

      : 表1 2023年规模以上工业主要产品产量
      | 产品名称 | 计量单位 | 产量 |
      | --- | --- | --- |
      | 饮料酒 | 千升 | 15767 |

  The rows above the `| --- |` line are the header (none when it comes first); an optional
  first line `: ` gives the table's caption. It appears in full in the transcript and the
  player, right after the sentence before it, takes no time and is never synthesized. Delete
  the block to leave the table out, or write its rows as text paragraphs to have them read.

The writer emits no automatic readings inline: the normalizer reads numbers, dates and
document numbers again at every build (so its fixes reach old scripts), and everything it
guessed is listed in review.html and by `audiojiedu check` with its line in this file. An
inline override is always a staff decision, which keeps the script short and every edit
visible in a diff. The one exception is a heading whose number the reader would not find
again as the outline found it: it is written with its reading spelled out so the script
still builds the same audio.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .model import Block, Document, ScriptOrigin, Section, ShownTable
from .outline import split_heading
from .pinyin import homophone, to_pinyin

__all__ = [
    "SUFFIX",
    "Reading",
    "escape",
    "is_script_path",
    "parse_inline",
    "parse_script",
    "parse_table",
    "read_script",
    "render_script",
    "render_table",
    "spoken_heading_source",
    "take_pinyin",
    "written_text",
]

SUFFIX = ".script.md"
MAX_DEPTH = 8
_HEADING = re.compile(r"^(#{1,8}) +(\S.*)$")
_KEY = re.compile(r"^([^\s:][^:]*?):(?: (.*))?$")
_RESERVED = ("title", "opening", "closing", "automatic")
# A pinyin override: numbered syllables separated by single spaces.
_PINYIN = re.compile(r"[a-zü]+[1-5](?: [a-zü]+[1-5])*")
_BRACKETS = str.maketrans("", "", "（）()〔〕[]【】")
_SPECIAL = "\\{}|"
_DELIMITER = re.compile(r":?-{3,}:?")
_DELIMITER_ROW = re.compile(r"\|(?: *:?-{3,}:? *\|)+ *")


@dataclass(frozen=True)
class Reading:
    """An inline override: `written` is shown; `spoken` (or the pinyin) is said."""

    written: str
    spoken: str
    pinyin: tuple[str, ...] | None = None  # numbered syllables, one per character


Piece = str | Reading
Fail = Callable[[str], InputError]


def is_script_path(path: Path | str) -> bool:
    return str(path).lower().endswith(SUFFIX)


# -- inline notation ------------------------------------------------------------------------


def escape(text: str) -> str:
    """Text as written -> script notation that reads back as the same text."""
    out = "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)
    return "\n".join("\\" + line if line.startswith("#") else line for line in out.split("\n"))


def parse_inline(text: str, *, where: str = "") -> list[Piece]:
    """Script notation -> plain text pieces and Readings. InputError names `where`."""

    def fail(problem: str) -> InputError:
        return InputError(f"{where}: {problem}" if where else problem)

    pieces: list[Piece] = []
    plain: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            if i + 1 >= n:
                raise fail("a line ends with \\ (write \\\\ for a backslash)")
            plain.append(text[i + 1])
            i += 2
        elif ch == "{":
            written, spoken, i = _override(text, i + 1, fail)
            if plain:
                pieces.append("".join(plain))
                plain = []
            pieces.append(_reading(written, spoken, fail))
        elif ch == "}":
            raise fail(f"“}}” without “{{” at column {i + 1} (write \\}} for a literal brace)")
        elif ch == "|":
            plain.append(ch)  # a bar outside braces is text
            i += 1
        else:
            plain.append(ch)
            i += 1
    if plain:
        pieces.append("".join(plain))
    return pieces


def _override(text: str, i: int, fail: Fail) -> tuple[str, str, int]:
    start = i
    parts: list[list[str]] = [[]]
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            parts[-1].append(text[i + 1])
            i += 2
            continue
        if ch == "}":
            if len(parts) != 2:
                raise fail(f"“{{…}}” at column {start} needs the form {{written|spoken}}")
            return "".join(parts[0]), "".join(parts[1]), i + 1
        if ch == "{":
            raise fail(f"“{{” inside “{{…}}” at column {i + 1} (write \\{{ for a literal brace)")
        if ch == "\n":
            break
        if ch == "|":
            if len(parts) == 2:
                raise fail(f"two “|” in “{{…}}” at column {start} (write \\| for a literal bar)")
            parts.append([])
        else:
            parts[-1].append(ch)
        i += 1
    raise fail(f"“{{” at column {start} is not closed on its line (write \\{{ for a literal brace)")


def _reading(written: str, spoken: str, fail: Fail) -> Reading:
    if not written:
        raise fail(f"empty written text in “{{|{spoken}}}”")
    if _PINYIN.fullmatch(spoken.replace("v", "ü")):
        from .pinyin.syllables import reading_problem

        syllables = tuple(spoken.replace("ü", "v").split())
        problem = reading_problem(written, syllables)
        if problem:
            raise fail(f"“{{{written}|{spoken}}}”: {problem}")
        return Reading(written, spoken, syllables)
    return Reading(written, spoken)


def written_text(pieces: Sequence[Piece]) -> str:
    return "".join(p if isinstance(p, str) else p.written for p in pieces)


def take_pinyin(text: str) -> tuple[str, dict[int, tuple[str, ...]]]:
    """Spoken text with `{字|zi4}` marks (offline voice only) -> the plain text and the forced
    syllables by start offset. Text without a well-formed mark comes back unchanged."""
    if "{" not in text:
        return text, {}
    out: list[str] = []
    forced: dict[int, tuple[str, ...]] = {}
    pos = 0
    for match in _PINYIN_MARK.finditer(text):
        out.append(text[pos : match.start()])
        written, syllables = match.group(1), tuple(match.group(2).split())
        if len(syllables) == len(written):
            forced[sum(map(len, out))] = syllables
        out.append(written)
        pos = match.end()
    out.append(text[pos:])
    return "".join(out), forced


_PINYIN_MARK = re.compile(r"\{([^{}|\\\s]+)\|([a-zv]+[1-5](?: [a-zv]+[1-5])*)\}")


def pinyin_mark(reading: Reading) -> str:
    """How a pinyin override travels in the offline voice's spoken text."""
    assert reading.pinyin is not None
    return f"{{{reading.written}|{' '.join(reading.pinyin)}}}"


# -- headings -----------------------------------------------------------------------------


def spoken_heading_source(number: str, title: str, heading: str, *, parent: str = "") -> str:
    """What a heading is read from (the one rule; script.py calls it): a bare numeral as 一、
    then the title, so the listener hears the number set off ("（一）目标" -> 一、目标); an
    ordinal (第一章, 第三条) already reads as a label, so it keeps the document's own space
    before its title and gains no punctuation the page does not have.

    An arabic number under a heading numbered with a Chinese numeral (`parent`: 一, （二）)
    would sound just like it (一、工作回顾 / 1.稳企业 -> 一、稳企业): it is read as an ordinal,
    第一，稳企业, so the listener hears that a level below has begun."""
    number = number.translate(_BRACKETS)
    if not (number and title):
        return heading
    if number.isascii() and number.isdigit() and _CHINESE_NUMERAL.fullmatch(parent.translate(_BRACKETS)):
        return f"第{number}，{title}"
    return f"{number} {title}" if number.startswith("第") else f"{number}、{title}"


_CHINESE_NUMERAL = re.compile("[一二三四五六七八九十百零〇两]{1,4}")


# -- writing --------------------------------------------------------------------------------


def render_script(document: Document, *, opening: Sequence[str] = (), closing: Sequence[str] = ()) -> str:
    """The release script of `document` (announcement templates from the configuration)."""
    if document.script is not None:
        raise InputError(f"{document.source}: already a release script; edit it instead of rendering it again")
    blocks: list[str] = []
    for text in document.preface:
        blocks.append(_block(text))
    for section in document.sections:
        blocks.extend(_section_blocks(section, 1))
    head = [_field("title", document.title)]
    head.extend(_field(_key(key), value) for key, value in document.metadata.items())
    head.extend(_field("opening", line) for line in opening or [""])
    head.extend(_field("closing", line) for line in closing or [""])
    body = "\n\n".join(blocks)
    lines = ["---", *head, "---", "", *body.split("\n")] if body else ["---", *head, "---"]
    digest = _digest(lines)
    hashes = " ".join(_line_hash(line) for line in lines)
    lines.insert(len(head) + 1, f"automatic: {digest} {hashes}")
    return "\n".join(lines) + "\n"


def _section_blocks(section: Section, depth: int, parent: str = "") -> Iterator[str]:
    number, title = split_heading(section.heading)
    wanted = spoken_heading_source(section.number, section.title, section.heading, parent=parent)
    heading = escape(section.heading)
    if "\n" in section.heading:
        raise InputError(f"heading {section.heading!r} spans lines; it cannot be written as a script heading")
    if spoken_heading_source(number, title, section.heading, parent=parent) != wanted:
        heading = f"{{{heading}|{_escape_spoken(wanted)}}}"
    elif heading.startswith("\\#"):
        heading = heading[1:]  # inside a heading line a leading # needs no escape
    yield f"{'#' * min(depth, MAX_DEPTH)} {heading}"
    for text in section.paragraphs:
        yield _block(text)
    for child in section.sections:
        yield from _section_blocks(child, depth + 1, section.number)


def _block(block: Block) -> str:
    return escape(block) if isinstance(block, str) else render_table(block)


def render_table(table: ShownTable) -> str:
    """A shown table as script lines (see the module docstring)."""
    width = max((len(row) for row in table.rows), default=0)
    lines = [f": {table.caption}"] if table.caption else []
    rows = [_table_line(row) for row in table.rows]
    rows.insert(table.header_rows, "|" + " --- |" * width)
    return "\n".join(lines + rows)


def _table_line(row: Sequence[str]) -> str:
    return "|" + "".join(f" {_escape_cell(cell)} |" if cell else "  |" for cell in row)


def _escape_cell(text: str) -> str:
    escaped = " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())
    return "\\" + escaped if _DELIMITER.fullmatch(escaped) else escaped  # a cell “---” is no header rule


def parse_table(lines: Sequence[str], *, where: Callable[[int], str]) -> ShownTable:
    """Script lines (an optional `: caption`, then `|` rows) -> the table; `where(k)` names line k."""
    caption = ""
    if lines and lines[0].startswith(":"):
        caption = lines[0][1:].strip()
        lines = lines[1:]
    rows: list[tuple[str, ...]] = []
    header_rows = 0
    delimiter_seen = False
    for k, line in enumerate(lines, 1 if caption else 0):
        if not line.startswith("|"):
            raise InputError(f"{where(k)}: a table line starts with “|” (a bar inside a cell is \\|)")
        cells = _split_cells(line, where(k))
        if _DELIMITER_ROW.fullmatch(line):
            if delimiter_seen:
                raise InputError(f"{where(k)}: a second “| --- |” line; a table has one, under its header rows")
            delimiter_seen, header_rows = True, len(rows)
            continue
        rows.append(tuple(cells))
    if not rows:
        raise InputError(f"{where(0)}: a table without rows")
    width = max(len(row) for row in rows)
    return ShownTable(tuple(row + ("",) * (width - len(row)) for row in rows), header_rows=header_rows, caption=caption)


def _split_cells(line: str, where: str) -> list[str]:
    cells: list[str] = []
    current: list[str] = []
    i = 1  # after the opening bar
    while i < len(line):
        ch = line[i]
        if ch == "\\":
            if i + 1 >= len(line):
                raise InputError(f"{where}: a line ends with \\ (write \\\\ for a backslash)")
            current.append(line[i + 1])
            i += 2
            continue
        if ch == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
        i += 1
    if "".join(current).strip():
        cells.append("".join(current).strip())  # a last cell without its closing bar
    return cells


def _escape_spoken(text: str) -> str:
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)


def _field(key: str, value: str) -> str:
    return f"{key}: {_value(value)}" if value else f"{key}:"


def _value(value: str) -> str:
    if value != value.strip() or "\n" in value or value.startswith('"'):
        return json.dumps(value, ensure_ascii=False)
    return value


def _key(key: str) -> str:
    if not _KEY.match(f"{key}: x") or key in _RESERVED or key != key.strip() or ":" in key:
        raise InputError(f"metadata field name {key!r} cannot be written in a release script")
    return key


def _line_hash(line: str) -> str:
    return hashlib.sha256(line.encode("utf-8")).hexdigest()[:6]


def _digest(lines: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]


# -- reading --------------------------------------------------------------------------------


def read_script(path: Path) -> Document:
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: a release script must be UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_script(text, source=str(path))


@dataclass
class _Node:
    heading: str
    depth: int
    paragraphs: list[Block]
    children: list[_Node]

    def freeze(self) -> Section:
        pieces = parse_inline(self.heading)
        number, title = split_heading(written_text(pieces))
        return Section(
            number=number,
            title=title,
            heading=self.heading,
            paragraphs=tuple(self.paragraphs),
            sections=tuple(c.freeze() for c in self.children),
        )


def parse_script(text: str, *, source: str) -> Document:
    """Parse a release script; a malformed one raises InputError naming the line."""
    text = text.removeprefix("\ufeff")
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    def where(number: int) -> str:
        return f"{source} line {number}"

    if not lines or lines[0].strip() != "---":
        raise InputError(f"{where(1)}: a release script starts with a front matter block (“---”)")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise InputError(f"{where(1)}: the front matter block (“---”) is never closed") from None

    title: str | None = None
    metadata: dict[str, str] = {}
    opening: list[str] | None = None
    closing: list[str] | None = None
    automatic: str | None = None
    automatic_index = -1
    for i in range(1, end):
        line = lines[i]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY.match(line)
        if not match:
            raise InputError(f"{where(i + 1)}: expected “key: value” in the front matter, got {line.strip()!r}")
        key, value = match.group(1).strip(), _read_value(match.group(2) or "", where(i + 1))
        if key == "title":
            title = value
        elif key == "opening":
            opening = (opening or []) + ([value] if value else [])
        elif key == "closing":
            closing = (closing or []) + ([value] if value else [])
        elif key == "automatic":
            automatic, automatic_index = value, i
        elif key in metadata:
            raise InputError(f"{where(i + 1)}: the field {key!r} appears twice")
        else:
            metadata[key] = value
    if title is None:
        raise InputError(f"{where(1)}: the front matter has no “title:” line")

    preface: list[Block] = []
    stack: list[_Node] = []
    top: list[_Node] = []
    block: list[str] = []
    block_start = 0  # index in `lines` of the block's first line

    def flush() -> None:
        if block:
            table = len(block) > int(block[0].startswith(":")) and block[int(block[0].startswith(":"))].startswith("|")
            if table:
                paragraph: Block = parse_table(block, where=lambda k: where(block_start + k + 1))
            else:
                for k, line in enumerate(block):
                    _check_inline(line, where(block_start + k + 1))
                paragraph = "\n".join(block)
            (stack[-1].paragraphs if stack else preface).append(paragraph)
            block.clear()

    for i in range(end + 1, len(lines)):
        line = lines[i]
        if not line.strip():
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            depth, heading_text = len(heading.group(1)), heading.group(2).rstrip()
            _check_inline(heading_text, where(i + 1))
            if not written_text(parse_inline(heading_text)).strip():
                raise InputError(f"{where(i + 1)}: the heading says nothing")
            parent_depth = stack[-1].depth if stack else 0
            if depth > parent_depth + 1:
                raise InputError(
                    f"{where(i + 1)}: a level-{depth} heading ({'#' * depth}) under a level-{parent_depth} "
                    f"one; use {'#' * (parent_depth + 1)}"
                )
            del stack[depth - 1 :]
            node = _Node(heading_text, depth, [], [])
            (stack[-1].children if stack else top).append(node)
            stack.append(node)
            continue
        if line.startswith("#"):
            raise InputError(
                f"{where(i + 1)}: a line starting with # must be a heading (“# 标题”, a space after the #) "
                "or start with \\# to be read as text"
            )
        if not block:
            block_start = i
        block.append(line)
    flush()

    body_lines = [line for k, line in enumerate(lines) if k != automatic_index]
    origin = ScriptOrigin(
        path=source,
        digest=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        automatic_digest="",
        opening=None if opening is None else tuple(opening),
        closing=None if closing is None else tuple(closing),
    )
    if automatic is not None:
        origin = _compare(origin, automatic, body_lines, automatic_index, where(automatic_index + 1))
    return Document(
        title=title,
        metadata=metadata,
        preface=tuple(preface),
        sections=tuple(node.freeze() for node in top),
        source=source,
        script=origin,
    )


def _check_inline(line: str, where: str) -> None:
    """Parse one line now, so that a mistake is reported with its line number."""
    parse_inline(line, where=where)


def _read_value(raw: str, where: str) -> str:
    raw = raw.strip()
    if raw.startswith('"'):
        try:
            value = json.loads(raw)
        except ValueError:
            raise InputError(f'{where}: a value starting with “"” must be a JSON string') from None
        if not isinstance(value, str):
            raise InputError(f'{where}: a value starting with “"” must be a JSON string')
        return value
    return raw


def _compare(
    origin: ScriptOrigin, automatic: str, body_lines: list[str], automatic_index: int, where: str
) -> ScriptOrigin:
    """Which lines differ from the automatic rendering recorded in `automatic`."""
    from dataclasses import replace

    digest, _, hashes = automatic.partition(" ")
    recorded = hashes.split()
    if not re.fullmatch(r"[0-9a-f]{16}", digest) or not all(re.fullmatch(r"[0-9a-f]{6}", h) for h in recorded):
        raise InputError(f"{where}: the “automatic:” line is damaged; copy it back or delete it")
    if _digest(body_lines) == digest:
        return replace(origin, automatic_digest=digest)
    current = [_line_hash(line) for line in body_lines]
    edited: list[tuple[int, str]] = []
    deleted = 0
    matcher = difflib.SequenceMatcher(a=recorded, b=current, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        removed = sum(1 for h in recorded[i1:i2] if h != _BLANK)
        added = sum(1 for line in body_lines[j1:j2] if line.strip())
        deleted += max(removed - added, 0)
        for j in range(j1, j2):
            if body_lines[j].strip():
                # line numbers of the file: the automatic line sits before index automatic_index
                edited.append((j + 1 + (1 if j >= automatic_index else 0), body_lines[j]))
    return replace(origin, automatic_digest=digest, edited_lines=tuple(edited), deleted_lines=deleted)


_BLANK = _line_hash("")


def manifest_record(document: Document) -> dict[str, object] | None:
    """What manifest.json says about the script a release was built from (None: not a script)."""
    origin = document.script
    if origin is None:
        return None
    known = bool(origin.automatic_digest)
    return {
        "path": Path(origin.path).name,
        "sha256": origin.digest,
        "automatic": origin.automatic_digest,
        # None: the script has no “automatic:” line, so what staff changed is unknown.
        "edited": (bool(origin.edited_lines) or origin.deleted_lines > 0) if known else None,
        "edited_lines": [{"line": n, "text": text} for n, text in origin.edited_lines],
        "deleted_lines": origin.deleted_lines,
    }


def respelling(reading: Reading) -> str | None:
    """Homophones for a pinyin override, character by character; None if one is missing."""
    assert reading.pinyin is not None
    out: list[str] = []
    for char, syllable in zip(reading.written, reading.pinyin):
        if to_pinyin(char, sandhi=False) == [syllable]:
            out.append(char)  # already read that way on its own
            continue
        found = homophone(syllable)
        if found is None:
            return None
        out.append(found)
    return "".join(out)
