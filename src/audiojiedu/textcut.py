"""Cutting text into sentences, clauses and spans no longer than a limit, at the best break.

The one text cutter: the script cuts paragraphs into segments with it (`sentences`), the edge
engine packs requests under a byte limit with it, and the offline voice cuts each sentence
into spans its acoustic model renders well (`cut_spans`). Breaks are tried in this order:
sentence punctuation, clause punctuation, then boundaries between words; a word is never cut
unless it alone is longer than the limit.

Text is handled as half-open index spans (start, end) so that callers can keep what follows a
cut (the punctuation that ends it, a pause) without searching the text again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import cache

Span = tuple[int, int]

# Closing quotes and brackets belong to the sentence or clause they close.
CLOSERS = "”’」』）)》〉】]\"'"
SENTENCE_STOPS = "。！？!?；;"
# Clause punctuation for requests and spans; segments are not cut at the enumeration comma
# (a list read as one caption), so the script uses SEGMENT_CLAUSE_STOPS.
CLAUSE_STOPS = "，,、：:"
SEGMENT_CLAUSE_STOPS = "，,：:"

# Words after which a speaker may take a breath in a long clause without breaking the sense:
# the structural particles end a modifier ("依法及时公开的 | 各类政府信息").
_BREAK_AFTER = frozenset({"的", "地", "得", "之", "等", "中", "上", "下", "时", "后"})
# Words that open a new constituent: conjunctions and the commonest coverbs.
_BREAK_BEFORE = frozenset(
    {
        "和",
        "与",
        "及",
        "以及",
        "并",
        "并且",
        "或",
        "或者",
        "而",
        "而且",
        "同时",
        "及其",
        "以",
        "对",
        "在",
        "按照",
        "根据",
        "通过",
        "围绕",
        "进一步",
        "为",
        "将",
        "把",
        "从",
        "向",
        "由",
        "于",
        "关于",
    }
)
# Particles that bind to the word before them: never the first word after a break.
_BOUND = frozenset("的地得之")
# Words that end an organ's name (某某政务公开办公室, 某某工作领导小组): a break before one would
# cut the name from its head word, as a break inside a cited title would.
_NAME_HEADS = frozenset({"办公室", "办公厅", "委员会", "领导小组", "工作组", "管理局", "管理处", "指挥部", "小组"})
# How many characters farther from the ideal cut a plain word boundary must be than one of the
# boundaries above before it is chosen instead.
PREFERRED_BREAK_BONUS = 4
# How many characters farther a boundary inside a cited title (《…》: a name, heard as one) may
# be from the ideal cut than one outside it before it is chosen instead. Uneven pieces cost the
# listener nothing; a pause inside a name does (《…中华人民共和国政府 ‖ 信息公开…》), so this is
# about two thirds of a piece: any boundary outside the title that still fits is taken.
INSIDE_TITLE_PENALTY = 40


@cache
def _ends(stops: str) -> re.Pattern[str]:
    # The colon of https:// is inside an address, not after a clause; a semicolon between two
    # numbers parts the items of a list of numbers (举报电话：12119；6623731), each read only
    # as what the word before the list says it is, so the list is not cut there.
    stop = rf"(?!(?<=[0-9])[;；](?=[0-9]))[{re.escape(stops)}]"
    return re.compile(rf"(?:(?:{stop})+(?<!:(?=//))|…+|\n+)[{re.escape(CLOSERS)}]*")


def cut_after(text: str, stops: str, start: int = 0, end: int | None = None) -> list[Span]:
    """text[start:end] cut after each run of `stops` (or of … or line breaks) and the closing
    quotes or brackets that follow it; empty spans are left out."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    begin = start
    for match in _ends(stops).finditer(text, start, end):
        spans.append((begin, match.end()))
        begin = match.end()
    spans.append((begin, end))
    return [(a, b) for a, b in spans if b > a]


def pieces(text: str, spans: Sequence[Span]) -> list[str]:
    return [text[a:b] for a, b in spans]


def sentences(text: str) -> list[str]:
    """The sentences of `text`, stripped, without empty ones."""
    return [piece.strip() for piece in pieces(text, cut_after(text, SENTENCE_STOPS)) if piece.strip()]


def pack(units: Sequence[Span], fits: Callable[[int, int], bool]) -> list[Span]:
    """Join consecutive spans greedily while `fits(start, end)`; a unit is never cut."""
    packed: list[Span] = []
    for start, end in units:
        if packed and fits(packed[-1][0], end):
            packed[-1] = (packed[-1][0], end)
        else:
            packed.append((start, end))
    return packed


def jieba_word_ends(text: str) -> list[int]:
    """Indices of the characters that end a word, as jieba's default dictionary cuts `text`."""
    import jieba  # loads its dictionary on first use; only over-long clauses need it

    ends: list[int] = []
    position = 0
    for word in jieba.cut(text):
        position += len(word)
        ends.append(position - 1)
    # jieba cuts 2020-2021 into three words; a number expression is read as one (二零二零至二零二一),
    # so no cut falls inside it.
    inside = {i for match in _NUMBER_EXPRESSION.finditer(text) for i in range(match.start(), match.end() - 1)}
    return [end for end in ends if end not in inside]


# Numbers joined by a dash, a slash, a dot or a colon: a range, a date, a time, a decimal.
_NUMBER_EXPRESSION = re.compile(r"\d+(?:[-~～—–－/.:：]+\d+)+")


def cut_words(text: str, start: int, end: int, word_ends: Collection[int]) -> list[Span]:
    """text[start:end] as one span per word (`word_ends`: indices of word-final characters)."""
    spans: list[Span] = []
    begin = start
    for i in range(start, end):
        if i in word_ends or i == end - 1:
            spans.append((begin, i + 1))
            begin = i + 1
    return spans


def weight(text: str) -> int:
    """What a span costs the voice: its letters, digits and Chinese characters (punctuation and
    spaces are not spoken as syllables)."""
    return sum(1 for char in text if char.isalnum())


def cut_spans(
    text: str,
    *,
    limit: int,
    word_ends: Collection[int],
    sentence_stops: str = SENTENCE_STOPS,
    clause_stops: str = CLAUSE_STOPS,
) -> list[Span]:
    """Cut `text` into spans of at most `limit` (by `weight`) at the best breaks.

    Every sentence end ends a span. Inside a sentence, clauses are packed while they fit; a
    clause longer than the limit is cut into about equal parts at word boundaries, preferring
    a boundary after a particle such as 的 or before a conjunction such as 和 near each ideal
    cut. Only a single word longer than the limit is cut inside.
    """
    spans: list[Span] = []
    for s_start, s_end in cut_after(text, sentence_stops):
        units: list[Span] = []
        clauses = cut_after(text, clause_stops, s_start, s_end)
        for c_start, c_end in whole_titles(text, clauses, lambda a, b: weight(text[a:b]) <= limit):
            if weight(text[c_start:c_end]) <= limit:
                units.append((c_start, c_end))
            else:
                units.extend(_balanced_cuts(text, c_start, c_end, limit=limit, word_ends=word_ends))
        spans.extend(pack(units, lambda a, b: weight(text[a:b]) <= limit))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def whole_titles(text: str, clauses: list[Span], fits: Callable[[int, int], bool]) -> list[Span]:
    """`clauses` with one that ends inside a cited title joined to the next while the two
    `fits`: 《关于促进消费、扩大内需的若干措施》 is a name, heard as one; its 、 is no place for a
    breath. A title too long to say in one breath keeps its own breaks (a space or a 、 between
    the organs that issued it is still the best place)."""
    out: list[Span] = []
    depth = 0
    for start, end in clauses:
        if depth > 0 and out and fits(out[-1][0], end):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        piece = text[start:end]
        depth = max(0, depth + piece.count("《") + piece.count("〈") - piece.count("》") - piece.count("〉"))
    return out


def _balanced_cuts(text: str, start: int, end: int, *, limit: int, word_ends: Collection[int]) -> list[Span]:
    """text[start:end] cut at word boundaries into the fewest parts of at most `limit`, each
    near an even share of the clause — or one part more, when that lets the cut fall outside a
    cited title (《…》《…》 back to back, each too long to share a part with the next)."""
    spans: list[Span] = []
    while weight(text[start:end]) > limit:
        parts = -(-weight(text[start:end]) // limit)
        best = _best_cut(text, start, end, limit=limit, word_ends=word_ends, parts=parts)
        if best is not None and best[2]:
            more = _best_cut(text, start, end, limit=limit, word_ends=word_ends, parts=parts + 1)
            best = more if more is not None and not more[2] else best
        if best is not None:
            cut = best[1]
        else:  # no even share possible (long words): the last boundary that fits, else inside the word
            cut = _last_boundary(text, start, end, limit=limit, word_ends=word_ends) or _cut_at_weight(text, start, limit)
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _best_cut(
    text: str, start: int, end: int, *, limit: int, word_ends: Collection[int], parts: int
) -> tuple[float, int, bool] | None:
    """(cost, cut, whether it parts a name) of the best first cut of text[start:end] into `parts`
    parts of at most `limit`, or None when no word boundary leaves a rest that fits."""
    total = weight(text[start:end])
    ideal = total / parts
    best: tuple[float, int, bool] | None = None
    spoken = 0
    depth = 0  # inside how many 《 … 》 or 〈 … 〉 the boundary after text[i] falls
    for i in range(start, end - 1):
        spoken += text[i].isalnum()
        depth += (text[i] in "《〈") - (text[i] in "》〉")
        if spoken > limit:
            break
        # The rest must still fit in the parts that remain.
        if i not in word_ends or total - spoken > limit * (parts - 1):
            continue
        cost = abs(spoken - ideal) - (PREFERRED_BREAK_BONUS if _preferred_break(text, i, word_ends) else 0)
        following = _next_word(text, i, word_ends)
        # Inside a cited title, before an organ name's head word or before a particle that
        # binds to the word before it (…资金后 | 的三十个工作日内): a name or phrase cut apart.
        parted = depth > 0 or following in _NAME_HEADS or following[:1] in _BOUND
        cost += INSIDE_TITLE_PENALTY if parted else 0
        if best is None or cost < best[0]:
            best = (cost, i + 1, parted)
    return best


def _last_boundary(text: str, start: int, end: int, *, limit: int, word_ends: Collection[int]) -> int | None:
    """The last word boundary of text[start:end] within `limit`, if it leaves something before it."""
    last: int | None = None
    spoken = 0
    for i in range(start, end - 1):
        spoken += text[i].isalnum()
        if spoken > limit:
            break
        if i in word_ends:
            last = i + 1
    return last if last is not None and weight(text[start:last]) > 0 else None


def _preferred_break(text: str, i: int, word_ends: Collection[int]) -> bool:
    """Whether the boundary after text[i] follows a particle or precedes a conjunction/coverb."""
    begin = i
    while begin > 0 and begin - 1 not in word_ends and i - begin < 4:
        begin -= 1
    return text[begin : i + 1] in _BREAK_AFTER or _next_word(text, i, word_ends) in _BREAK_BEFORE


def _next_word(text: str, i: int, word_ends: Collection[int]) -> str:
    """The word that starts after text[i] (up to the next word end, at most four characters)."""
    end = i + 1
    while end < len(text) - 1 and end not in word_ends and end - i < 4:
        end += 1
    return text[i + 1 : end + 1]


def _cut_at_weight(text: str, start: int, limit: int) -> int:
    """The index after the `limit`-th spoken character from `start` (a word too long to keep)."""
    spoken = 0
    for i in range(start, len(text)):
        spoken += text[i].isalnum()
        if spoken == limit:
            return i + 1
    return len(text)
