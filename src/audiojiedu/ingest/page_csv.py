"""A page saved as one record of a crawler's table (CSV): a header line naming the columns
(标题,时间,内容,来源网站,访问地址) over one row whose fields hold the page, its text in quotes over
many lines ("…""…"" 内…").

The document is the record's fields, read the way the page showed them: its title (the column
named 标题, title …), its labelled fields (时间：2024-01-26, as a page's field row gives them) and
its text (the column named 内容, content …, or else the one long field). The row's other fields
(a category, the site's address, the page's URL) are the crawler's, never read, which a finding
says. A table of data (序号,名称,金额 over rows of short cells) has no such text field and stays
text; a crawl of several pages in one file is no one document, and an error says so.
"""

from __future__ import annotations

import csv
import re

from ..errors import InputError
from ..model import Finding
from .page_fields import parse_metadata_line

_MIN_COLUMNS = 3
_MAX_COLUMN_NAME = 12  # characters of a column's name in the header
_MIN_TEXT = 200  # characters of the one long field that holds a page's text in a column of another name
_MIN_NAMED_TEXT = 20  # characters of the text in the column named for it (a short notice's)
_MAX_FIELD = 60  # characters of a labelled field's value read as the page's field
# The columns' names, by what they hold (first found wins).
_TITLE_COLUMNS = ("标题", "文章标题", "文件标题", "题目", "题名", "文件名称", "名称", "title", "name")
_TEXT_COLUMNS = ("内容", "正文", "全文", "文章内容", "正文内容", "文件内容", "content", "text", "body")
# A header's cell: a column's name, no sentence and no figure in it (序号 is one, 2024-01-26 is none).
_COLUMN_NAME = re.compile(r"[\w\u4e00-\u9fff（）() ]+")


def unwrap_csv_record(text: str, name: str) -> tuple[str, tuple[Finding, ...]]:
    """The text of the record's fields (title, labelled fields, text) when `text` is a header line
    over one crawled page's row, with a finding; `text` itself otherwise. Raise InputError when
    the table holds several pages."""
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    if "," not in first or not rest.strip():
        return text, ()
    try:
        header = next(csv.reader([first.rstrip("\r")]), [])
        if not _is_header(header):
            return text, ()
        rows = [row for row in csv.reader(rest.splitlines(keepends=True)) if any(cell.strip() for cell in row)]
    except csv.Error:
        return text, ()  # no table a crawler wrote (a stray quote or return in a text's first line)
    if not rows or any(len(row) != len(header) for row in rows):
        return text, ()
    columns = [cell.strip() for cell in header]
    body_at = _text_column(columns, rows[0])
    if body_at < 0:
        return text, ()  # a table of data: rows of short cells, read as the table it is
    if len(rows) > 1:
        raise InputError(f"{name}: 这是爬取网页的表格数据（CSV），含 {len(rows)} 条记录；请每次只提供一篇文档（保留表头和一行）")
    row = [cell.strip() for cell in rows[0]]
    title_at = next((columns.index(column) for column in _TITLE_COLUMNS if column in columns and row[columns.index(column)]), -1)
    lines = [row[title_at]] if title_at >= 0 and "\n" not in row[title_at] else []
    read = [columns[title_at]] if lines else []
    for at, (column, value) in enumerate(zip(columns, row, strict=True)):
        if at in (title_at, body_at) or not value or len(value) > _MAX_FIELD or "\n" in value:
            continue
        if parse_metadata_line(f"{column}：{value}") == {column: value}:
            lines.append(f"{column}：{value}")  # 时间：2024-01-26, a field of the page
            read.append(column)
    lines.append(row[body_at])
    read.append(columns[body_at])
    unread = "、".join(column for column in columns if column not in read)
    finding = Finding(
        "chrome-dropped",
        f"文件是爬虫表格（CSV）里的一条网页记录：只读了其中的字段（{'、'.join(read)}）" + (f"，其余列（{unread}）未朗读" if unread else ""),
        first[:60],
    )
    return "\n".join(lines), (finding,)


def _is_header(cells: list[str]) -> bool:
    """`cells` name a table's columns: three or more short names, none a figure or a sentence."""
    names = [cell.strip() for cell in cells]
    return len(names) >= _MIN_COLUMNS and all(
        0 < len(cell) <= _MAX_COLUMN_NAME and _COLUMN_NAME.fullmatch(cell) and not cell.isdigit() for cell in names
    )


def _text_column(columns: list[str], row: list[str]) -> int:
    """Where the row holds a page's text: the column named for it, or the one long field; -1 if none."""
    named = next((columns.index(column) for column in _TEXT_COLUMNS if column in columns), -1)
    if named >= 0 and len(row[named].strip()) >= _MIN_NAMED_TEXT:
        return named
    long = [at for at, cell in enumerate(row) if len(cell.strip()) >= _MIN_TEXT]
    return long[0] if len(long) == 1 else -1
