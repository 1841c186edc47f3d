"""Latin letters and codes: letters stay letters (AAAA级 → 四A级); 5G → 五G, PM2.5 → PM二点五, S306 → S三零六,
K172+800 → K一百七十二加八百, A1-02-02 → A一-零二-零二, web and mail addresses spelled out."""

from __future__ import annotations

import re

from ..file_types import FILE_TYPE
from ..han import HAN
from .base import Rule
from .cardinal import read_cardinal, read_digits, read_number
from .measure import unit_readings

LATIN_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# Every non-alphanumeric character an address may contain has a reading, so a second pass
# finds nothing left to read.
_ADDRESS_CHARS = {
    ".": "点",
    "@": "艾特",
    "/": "斜杠",
    "-": "杠",
    "_": "下划线",
    ":": "",
    "+": "加",
    "%": "百分号",
    "~": "波浪号",
    "#": "井号",
    "?": "问号",
    "=": "等于",
    "&": "和",
}


def _read_address(match: re.Match[str]) -> str:
    text = match.group(0)
    text = re.sub(r"^[A-Za-z]+://", "", text).rstrip("/")  # neither the scheme nor a closing / is said
    return "".join(_ADDRESS_CHARS.get(ch, read_digits(ch)) for ch in text)


def _read_stake(match: re.Match[str]) -> str:
    return (
        match.group("k")
        + read_cardinal(match.group("a"), liang=False)
        + "加"
        + read_number(match.group("b"), liang=False)
    )


def _read_code(match: re.Match[str]) -> str:
    return read_digits(match.group("x"))


def _read_model(match: re.Match[str]) -> str | None:
    """A product or model code (JL/LB20A-300/40, OPGW-24B1-100, C-V2X): its dashes and slashes
    are not minus, division or a range; they stay as written (a short pause). Letters stay
    letters, a group of up to three digits is read as a number, a longer or zero-led one
    digit by digit."""
    text = match.group(0)
    if _is_measure(text):
        return None  # 60km/h, 3kg/m2: an amount and its unit, read by the unit rule
    groups = re.split(r"[-/]", text)
    if not any((re.search(r"[A-Za-z]", g) and re.search(r"[0-9]", g)) or re.search(r"[A-Za-z]{2}", g) for g in groups):
        return None  # G-A, 3-5: not a code of this kind
    if not re.search(r"[0-9]", text):
        return None  # letters only (Wi-Fi, JL/LB): read as they are

    def digits(run: re.Match[str]) -> str:
        value = run.group(0)
        return (
            read_cardinal(value, liang=False) if len(value) <= 3 and not value.startswith("0") else read_digits(value)
        )

    return re.sub(r"[0-9]+", digits, text)


def _is_measure(text: str) -> bool:
    """A number followed by a unit symbol, 60km/h, 3kg/m2, or units alone, kg/m3 (a table's
    column head): a measure or its unit, not a model code."""
    amount = re.fullmatch(r"(?:[0-9]+(?:\.[0-9]+)?)?(?P<unit>[A-Za-z].*)", text)
    units = unit_readings()
    if amount is None:
        return False
    unit = amount.group("unit")
    return unit in units or all(part in units for part in unit.split("/"))


def _read_standard(match: re.Match[str]) -> str:
    return read_digits(match.group("x")).replace(".", "点")


def _read_grade(match: re.Match[str]) -> str:
    return read_digits(str(len(match.group("x")))) + "A"


# A long address is not spelled out: a listener cannot write down sixty letters. The site is
# spelled, so it can be found, and the rest is left to the text version.
MAX_SPELLED_ADDRESS = 40
LONG_ADDRESS_TAIL = "上的网页，完整网址见文字稿"


def _read_address_or_site(match: re.Match[str]) -> str:
    text = re.sub(r"^[A-Za-z]+://", "", match.group(0))
    if "@" in text or len(text) <= MAX_SPELLED_ADDRESS or "/" not in text:
        return _read_address(match)
    site = text.split("/", 1)[0]
    # The note said for the rest ends with a pause when the text runs on without one (…shtml如对本报告
    # 有疑问: the note is ours, and would run into the next clause).
    after = match.string[match.end() : match.end() + 1]
    pause = "，" if re.match(f"[{HAN}]", after) else ""
    return "".join(_ADDRESS_CHARS.get(ch, read_digits(ch)) for ch in site) + LONG_ADDRESS_TAIL + pause


def rules() -> list[Rule]:
    address = re.compile(
        r"(?<![A-Za-z0-9@.])(?:[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
        r"|(?:https?://)?(?:[A-Za-z0-9-]+\.)+(?:cn|com|net|org|gov|edu|info)(?![A-Za-z])"
        r"(?:/[A-Za-z0-9._~%/?#=&+-]*)?)",
        re.ASCII,
    )
    # Highway stake marks: K172+800 is kilometre 172 plus 800 metres.
    stake = re.compile(r"(?<![A-Za-z])(?P<k>[Kk])(?P<a>[0-9]+)\s*[+]\s*(?P<b>[0-9]+(?:\.[0-9]+)?)", re.ASCII)
    # Plot and file codes with dashes: every group digit by digit.
    # A number sign may stand between the letters and the digits: No.2024-017.
    dashed = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?:[.．]\s*)?(?P<x>[0-9]+(?:-[0-9]+)+)(?![0-9])")
    # Road and standard numbers: a letter directly before three or more digits (S306, G318,
    # ISO9001) names a code, not an amount.
    lettered = re.compile(r"(?<=[A-Za-z])(?P<x>[0-9]{3,})(?![0-9]|[.·][0-9])", re.ASCII)
    # Standard numbers: GB 50016-2014, GB/T 19001-2016 — the number and the year, digit by digit.
    standard = re.compile(
        r"(?<![A-Za-z])[A-Z]{1,4}(?:/[A-Z]{1,2})?\s*(?P<x>[0-9]+(?:\.[0-9]+)*-[0-9]{4})(?![0-9])", re.ASCII
    )
    # Product and model codes: letter and digit groups joined by dashes or slashes (not the
    # tail of a unit with a Greek letter: μg/m3).
    model = re.compile(
        r"(?<![A-Za-z0-9.@/μµ\\-])[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)+(?![A-Za-z0-9@/\\-]|[.·][0-9])", re.ASCII
    )
    return [
        Rule("latin", standard, _read_standard, frozenset("-")),
        Rule("latin", address, _read_address_or_site, frozenset("@."), digit=False),
        Rule("latin", stake, _read_stake, frozenset("+")),
        Rule("latin", dashed, _read_code, frozenset("-")),
        Rule("latin", lettered, _read_code, LATIN_LETTERS),
        # Scenic-area grades: AAAA级 is said 4A级 (四A级), as everyone says it.
        Rule(
            "latin",
            re.compile(r"(?<![A-Za-z])(?P<x>A{2,5})(?=\s*级)", re.ASCII),
            _read_grade,
            frozenset("A"),
            digit=False,
        ),
        # Named apart: reading a code's numbers (and not as amounts or operators) is a guess.
        Rule("code-number", model, _read_model, frozenset("-/")),
        # A subscript flattened to an underscore (PM_2.5, CO_2): the formula is said whole.
        Rule("latin", re.compile(r"(?<=[A-Za-z])_(?=[0-9])"), _read_subscript, frozenset("_"), digit=False),
        # A template's placeholder (XX镇, 完成XX万元, XXX同志, 第0xx号): two to four X beside Chinese
        # text or a figure, no other letter touching them, each said 某 as ×× is (never 埃克斯埃克斯).
        # Beside a figure too, before or after it: the figure is said in Chinese, and the X beside it
        # would be a placeholder when the text is read again (0xx → 零xx → 零某某, xx0 → xx零 → 某某零);
        # so before a full-width mark or a sign said in words (xx±, xx，).
        Rule(
            "latin",
            re.compile(
                # (20xx年 is a template's year: the year rule reads it, 二零某某年.)
                rf"(?<![A-Za-z])(?!(?<=19|20)(?:XX|xx)年)"
                rf"(?:(?<=[{HAN}0-9])(?:X{{2,4}}|x{{2,4}})|(?:X{{2,4}}|x{{2,4}})(?=[{HAN}0-9%=+#&@]|[^\x00-\x7f\s]))(?![A-Za-z])"
            ),
            _read_placeholder,
            frozenset("Xx"),
            digit=False,
        ),
        # A file's type after its name (附件：某某方案.doc, 某某汇总表.xlsx): the name is the attachment's,
        # the type is the site's download, not said. The review lists each such rewrite. After any
        # name's end but a Latin word's or a path's (report.pdf, /files/a.doc stay): a figure or a
        # symbol before it is read as words, and the type must go on the first reading as on a second.
        Rule(
            "file-type",
            re.compile(rf"(?<=[^\sA-Za-z_\-/\\.])\.{FILE_TYPE}(?![A-Za-z0-9])", re.I),
            _read_file_type,
            frozenset("."),
            digit=False,
        ),
    ]


def _read_file_type(match: re.Match[str]) -> str:
    return ""


def _read_placeholder(match: re.Match[str]) -> str:
    return "某" * len(match.group())


def _read_subscript(match: re.Match[str]) -> str:
    return ""
