"""An attachment glued after the signature in a page flattened into one line.

A page scraped into one line runs the notice's signature, its date and the attachment on:
`…特此通知。 某某办公室 2026年9月2日 附件1 某某名单 序号…`. On its lines the attachment would be a
part of its own (see outline.attachments); in one line it is read as the notice's last sentence.
Where a long line has `附件` (with its number) set apart right after a date of the form
2026年9月2日, the line is broken as the page sets it:
- before the label, once for each such attachment;
- the issuer and the date before it, set apart after the last sentence, on lines of their own
  (the signature);
- the attachment's title after the label (up to the next space) on its own line over what it heads;
- a further numbered label set apart by spaces in an attachment's text (… 附件2 某某名单 序号…)
  opens the next one.
Without a date before it, a label set apart by spaces with the very title the notice listed
after 附件： earlier in the line (…环境。 附件：某某任务分工 附件 某某任务分工 一、…), or with a title
the attachment's own first part follows (附件：某某通知（摘录） 一、…), opens the attachment the same way. Short lines are left alone: a date followed by 附件 in an ordinary
paragraph is a sentence (…2026年9月2日附件已送达). Nothing is added and nothing dropped.
"""

from __future__ import annotations

import re

from ..model import Finding
from .page_title_words import is_organ_name

# An attachment's label: 附件, 附件1, 附件 2：; _LABEL with its number maybe left off.
_NUMBER = r"[0-9０-９一二三四五六七八九十]"
_LABEL = rf"附件[ \u3000]*{_NUMBER}{{0,3}}[ \u3000]*[：:]?[ \u3000]*"
_MIN_FLAT_LINE = 200  # a flattened page's line holds the notice and its signature: at least this long
_AFTER_DATE = re.compile(
    r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)[ \u3000]+"
    rf"(?={_LABEL}\S)"
)

# The label and the attachment's title, then a space and what the title heads (a table's header,
# the attachment's text): on the page the title stands on a line of its own.
_LABEL_AND_TITLE = re.compile(
    rf"(?P<head>{_LABEL}[^ \u3000。，；！？]{{4,60}})"
    r"[ \u3000]+(?P<rest>\S.*)$"
)

# The issuer and the date that end the notice's text, set apart by spaces after its last sentence.
_SIGNATURE = re.compile(r"(?<=[。！？])[ \u3000]+(?P<organ>[^ \u3000。，；！？]{2,40})[ \u3000]+(?P<date>\d{4}年\d{1,2}月\d{1,2}日)$")
# A further attachment's numbered label set apart by spaces inside an attachment's text.
_NEXT_LABEL = re.compile(rf"[ \u3000]+(?=附件[ \u3000]*{_NUMBER}{{1,3}}[ \u3000]*[：:]?[ \u3000]*[^ \u3000。，；！？]{{4,60}}[ \u3000])")


def split_flat_attachments(lines: list[str]) -> tuple[list[str], tuple[Finding, ...]]:
    """`lines` with each long line broken before an attachment's label set right after a date."""
    out: list[str] = []
    broken = 0
    for line in lines:
        if len(line) < _MIN_FLAT_LINE:
            out.append(line)
            continue
        if glued := _glued_listed(line) or _glued_numbered_list(line):
            out.extend(glued[:-1])
            broken += len(glued) - 1
            line = glued[-1]
        dated = _AFTER_DATE.sub(lambda match: match.group("date") + "\n", line).split("\n")
        parts = [piece for part in dated for piece in _at_label_without_date(part)]
        broken += len(parts) - 1
        # The signature before it goes on lines of its own too: 。 某某办公室 2026年9月2日
        signed = _SIGNATURE.search(parts[0])
        out.extend([parts[0][: signed.start()], signed.group("organ"), signed.group("date")] if signed else [parts[0]])
        # After the first, the next attachments follow the last one's text with only a space.
        for piece in (piece for part in parts[1:] for piece in _NEXT_LABEL.split(part)):
            titled = _LABEL_AND_TITLE.match(piece)
            out.extend([titled.group("head"), titled.group("rest")] if titled else [piece])
    if not broken:
        return lines, ()
    return out, (Finding("heading-guessed", f"整篇压成一行的网页：在落款日期或附件标题处的「附件」分行（{broken} 处），附件另作一部分", ""),)


# A page flattened without any spaces: the notice lists its attachment (附件：某某制度), signs and dates
# it, and the attachment follows under its label with the very title listed (附件某某制度为协调…).
_GLUED_LIST = re.compile(
    rf"(?<=[。！？])附件[ \u3000]*{_NUMBER}{{0,3}}[ \u3000]*[：:][ \u3000]*(?P<named>[^。，；！？：:\d]{{6,100}}?)"
    r"[ \u3000]*(?P<date>\d{4}年\d{1,2}月\d{1,2}日)[ \u3000]*"
    rf"(?P<label>附件[ \u3000]*{_NUMBER}{{0,3}}[ \u3000]*[：:]?)[ \u3000]*"
)
_MIN_LISTED_TITLE = 4
_JOINING = "和及与、的或"  # a title's word goes on after one of these: 先进单位 / 和优秀个人名单


def _glued_listed(line: str) -> list[str]:
    """`line` broken where a page flattened without spaces lists its attachment, signs, and prints
    the attachment under the title it listed (see `_GLUED_LIST`): the text, the list, the issuer,
    the date, the label with the title, then the attachment's text; [] when it does not. Between
    the list's 附件： and the date stand the title and the issuer's name; the title is all the
    attachment repeats after its label, the issuer the rest, an organ's name (国 务 院) that does
    not go on with the title (…先进单位 / 和优秀个人名单某办公室 is one title, not repeated whole)."""
    match = _GLUED_LIST.search(line)
    if match is None:
        return []
    named, after = match.group("named"), line[match.end() :]
    # (the characters the list and the label's text share from the start)
    cut = next((i for i, (a, b) in enumerate(zip(named, after)) if a != b), min(len(named), len(after)))
    organ = named[cut:]
    squashed = re.sub(r"[ \u3000]", "", organ)
    if cut < _MIN_LISTED_TITLE or not squashed or squashed[0] in _JOINING or not is_organ_name(squashed):
        return []
    title_end = match.end() + cut
    return [
        line[: match.start()],
        line[match.start() : match.start("named") + cut],
        organ.strip(),
        match.group("date"),
        line[match.start("label") : title_end],
        line[title_end:],
    ]


# The same with a numbered list (附件:1.某某途径2.某某申报表3.某某明细表某某中心2020年9月14日附件某某途径1.…):
# the list's items up to the date, then the first attachment's label.
_GLUED_NUMBERED_LIST = re.compile(
    r"(?<![见如照])附件[ \u3000]*[：:][ \u3000]*1[ \u3000]*[.．、，,][ \u3000]*(?P<items>[^。！？]{8,400}?)"
    r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)(?P<label>附件[ \u3000]*1?[ \u3000]*[：:]?)[ \u3000]*"
)
_TITLE_NOTE = re.compile(r"[（(][^（）()]{1,10}[)）]")
_LIST_NUMBER = re.compile(r"(?<=[^\d\s])[ \u3000]*[2-9][ \u3000]*[.．、，,][ \u3000]*")


def _glued_numbered_list(line: str) -> list[str]:
    """`line` broken where a page flattened without spaces lists its attachments by number, signs,
    dates and prints them (see `_GLUED_NUMBERED_LIST`): the text with the list, the issuer and
    the date; the first attachment's label with the title listed first, which must follow it as
    listed; then, before each later label (附件2) followed by the title listed in its place, its
    label with that title, and the text after. The last title listed runs into the issuer's name
    glued after it and is not known to its end: its label is left in the text. [] when the line
    does not read so."""
    match = _GLUED_NUMBERED_LIST.search(line)
    if match is None:
        return []
    titles = [title.strip() for title in _LIST_NUMBER.split(match.group("items"))]
    first, rest = titles[0], line[match.end() :]
    if len(first) < _MIN_LISTED_TITLE or not rest.startswith(first):
        return []
    # (a note in brackets right after the title is the title's: 某某成员单位(34个))
    note = _TITLE_NOTE.match(rest, len(first))
    end = note.end() if note else len(first)
    out = [line[: match.end("date")], line[match.start("label") : match.end() + end]]
    rest = rest[end:]
    for number, title in enumerate(titles[1:-1], 2):
        label = re.search(rf"附件[ \u3000]*{number}[ \u3000]*[：:]?[ \u3000]*(?={re.escape(title)})", rest)
        if label is None or len(title) < _MIN_LISTED_TITLE:
            break
        out.append(rest[: label.start()])
        out.append(rest[label.start() : label.end() + len(title)])
        rest = rest[label.end() + len(title) :]
    return [piece for piece in out if piece.strip()] + [rest]


# The notice's list of its attachments: 附件：某某任务分工, 附件1：某某名单
_LISTED = re.compile(rf"附件[ \u3000]*{_NUMBER}{{0,3}}[ \u3000]*[：:][ \u3000]*(?P<title>[^ \u3000。，；！？：:]{{4,60}})")


def _at_label_without_date(line: str) -> list[str]:
    """`line` broken before each attachment's label set apart by spaces where no date stands
    before it: the label with the title the notice listed after 附件： earlier (…工作氛围和环境。
    附件：某某任务分工 附件 某某任务分工 一、…), or a label whose title the attachment's own first
    part follows (…依法处理。 附件：某某通知（摘录） 一、收费标准 …); the line alone when none."""
    cuts: list[int] = []
    for listed in _LISTED.finditer(line):
        again = re.compile(
            r"(?<=[ \u3000])"
            + _LABEL
            + re.escape(listed.group("title"))
            + r"(?=[ \u3000])"
        ).search(line, listed.end())
        if again is not None and again.start() not in cuts:
            cuts.append(again.start())
    if not cuts:
        cuts = [label.start() for label in _LABEL_OVER_PART.finditer(line)]
    cuts.sort()
    return [line[a:b].rstrip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]


# A label set apart by spaces, the attachment's title, then its own first part: 附件：某某通知（摘录） 一、…
_LABEL_OVER_PART = re.compile(
    rf"(?<=[ \u3000]){_LABEL}[^ \u3000。，；！？：:]{{4,100}}[ \u3000]+(?=一、|第一章|第一条)"
)
