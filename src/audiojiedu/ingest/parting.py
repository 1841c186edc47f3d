"""Two tools for the readers that part a flattened paragraph (flat_contents, contents_guide): each
paragraph replaced by the pieces a rule parts it into, and a text with its spaces taken out that
still says where each character stood (a copy's spaces fall anywhere inside a repeated entry)."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Paragraph

__all__ = ["part_each", "without_spaces"]


def part_each(
    paragraphs: tuple[Paragraph, ...], part: Callable[[str], list[str] | None]
) -> tuple[list[Paragraph], list[str]]:
    """`paragraphs` with each text paragraph that `part` parts (None: left whole) replaced by its
    non-empty pieces, each kept at the paragraph's level and kind; and the texts parted."""
    out: list[Paragraph] = []
    parted: list[str] = []
    for paragraph in paragraphs:
        pieces = part(paragraph.text) if paragraph.kind == "text" else None
        if pieces is None:
            out.append(paragraph)
            continue
        parted.append(paragraph.text)
        out.extend(Paragraph(piece, heading_level=paragraph.heading_level, kind=paragraph.kind) for piece in pieces if piece)
    return out, parted


def without_spaces(text: str, start: int = 0) -> tuple[str, list[int]]:
    """`text` from `start` without its spaces, and where each character left stands in `text`."""
    positions = [at for at in range(start, len(text)) if not text[at].isspace()]
    return "".join(text[at] for at in positions), positions
