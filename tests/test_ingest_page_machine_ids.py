"""A run of digits too long for any number a document states (a news site's 42-digit article id
under 责任编辑, a tracking code), alone on a line, is the site's, never read (session 30 wide
sample). Made-up examples in the shape of real pages."""

from __future__ import annotations

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_chrome import is_chrome_line

BODY = "为切实做好疫情防控工作，保障人民群众生命安全和身体健康，现将有关事项通告如下。"


def test_a_long_digit_id_is_chrome() -> None:
    assert is_chrome_line("010070160010000000000000011110561127971819")
    assert is_chrome_line("  12345678901234567890 ")


def test_numbers_a_document_states_are_not() -> None:
    assert not is_chrome_line("110101199003071234")  # an ID card's 18 digits (with a label it is a field)
    assert not is_chrome_line("6222021234567890123")  # a bank account's 19
    assert not is_chrome_line("2024")


def test_the_id_under_the_editors_line_is_not_read() -> None:
    raw = read_text(f"某省疫情防控办公室关于调整风险等级的通告\n{BODY}\n某省疫情防控办公室\n2021年10月19日\n责任编辑：王某\n010070160010000000000000011110561127971819\n")
    texts = [p.text for p in raw.paragraphs]
    assert not any("0100701600" in t for t in texts)
    assert BODY in texts
