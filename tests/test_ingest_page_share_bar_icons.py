"""A share bar whose icons a converter left as empty picture marks (微信 ![]() | 手机APP ![]() |)
and an attachment's download widget (附件【某某示意图.jpg】已下载12次) are site chrome (session 30,
dev35). Made-up examples in the shape of real pages."""

from __future__ import annotations

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_chrome import is_chrome_line

BODY = "10月28日，某镇第十四届人民代表大会第一次会议在镇政府会议室隆重召开，全镇代表出席会议。"


def test_icons_and_download_widgets_are_chrome() -> None:
    assert is_chrome_line("手机APP ![]() |")
    assert is_chrome_line("- 附件【某村项目拟征收土地示意图.jpg】已下载次")
    assert is_chrome_line("附件【某某实施方案.pdf】已下载12次")
    assert not is_chrome_line("附件：某村项目拟征收土地示意图.jpg")  # the notice's own list of attachments
    assert not is_chrome_line("手机APP是我们的新平台，欢迎下载。")


def test_the_share_bar_at_the_foot_is_not_read() -> None:
    raw = read_text(f"某镇第十四届人民代表大会第一次会议胜利召开\n{BODY}\n|\n扫一扫在手机打开当前页 |\n微信 ![]() |\n手机APP ![]() |\n")
    texts = [p.text for p in raw.paragraphs]
    assert texts == [BODY]


def test_the_link_to_the_family_of_sites_at_the_foot_is_not_read() -> None:
    assert is_chrome_line("站群导航")
    raw = read_text(f"某镇第十四届人民代表大会第一次会议胜利召开\n{BODY}\n\n站群导航\n相关链接\n")
    assert [p.text for p in raw.paragraphs] == [BODY]


def test_a_platforms_disclaimer_under_a_repost_is_not_read() -> None:
    raw = read_text(
        f"某镇第十四届人民代表大会第一次会议胜利召开\n{BODY}\n"
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“某某号”用户上传并发布，本平台仅提供信息存储服务。\n"
        "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
        "Some Hao, which is a social media platform and only provides information storage services.\n"
    )
    assert [p.text for p in raw.paragraphs] == [BODY]
