"""What a saved page keeps of its machinery, never to be read: a template left unrendered
({{bookData.followerCount}}), a web server's error page (404 Not Found, nginx/1.18.0) and a
photo's caption saying where the picture came from (某某（图片截自某某地图）) (session 30 wide
sample). Made-up examples in the shape of real pages."""

from __future__ import annotations

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_chrome import is_chrome_line

BODY = "近日，某省下拨草原生态保护补助奖励资金19亿余元，奖励牧民保护草原生态环境。"


def test_machinery_lines_are_chrome() -> None:
    assert is_chrome_line("粉丝：{{bookData.followerCount}}")
    assert is_chrome_line("{{!bookData.isSubscribed?'关注':'取消关注'}}")
    assert is_chrome_line("404 Not Found")
    assert is_chrome_line("nginx/1.18.0")
    assert is_chrome_line("ZJOL/1.22.95")
    assert is_chrome_line("三江源（图片截自百度地图）")


def test_the_documents_own_figures_and_codes_are_not() -> None:
    for line in ("GB/T 2260", "PM2.5", "2024/1.2", "（二）主要目标（2021—2025年）", "某某水库（图片见附件）。"):
        assert not is_chrome_line(line), line


def test_a_caption_is_not_the_title_and_an_error_page_is_not_read() -> None:
    raw = read_text(f"404 Not Found\nnginx/1.18.0\n三江源（图片截自百度地图）\n{BODY}\n")
    assert raw.title != "三江源（图片截自百度地图）"
    assert BODY in [p.text for p in raw.paragraphs]
    assert not any("Not Found" in p.text or "nginx" in p.text or "图片截自" in p.text for p in raw.paragraphs)
