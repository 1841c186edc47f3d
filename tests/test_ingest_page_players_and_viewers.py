"""Widgets a page's viewer or player leaves in the saved text (issue 17, session 31): a newspaper
e-edition's bar, a news site's audio player, a 政务公开 page's buttons one a line, a font picker in
〖 〗, a scraper's header row in English. None is the document's; made-up pages of the kinds seen."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline

TITLE = "2023年某某区国民经济和社会发展统计公报"
BODY = "一、综合\n初步核算，全年实现地区生产总值686.91亿元，比上年增长6.7%。\n二、农业\n全年粮食播种面积增加。\n"


def test_a_newspaper_viewer_bar_over_the_headline_is_not_read() -> None:
    raw = read_text(f"通版阅读请点击:\n展开通版\n收缩通版\n当前版:04版\n{TITLE}\n某某区统计局 2024年4月29日\n{BODY}")
    assert raw.title == TITLE
    texts = paragraph_texts(raw)
    assert not any("通版" in text or "当前版" in text for text in texts)
    assert texts[0] == "某某区统计局 2024年4月29日"


def test_a_newspapers_masthead_over_the_headline_is_not_the_title() -> None:
    """The e-edition prints the paper's serial number (国内统一刊号 CN…) and its publisher above the
    article; neither is the document's, whichever paper and region code it names."""
    for masthead in ("国内统一刊号:CN64-0001 某某日报报业集团出版", "国内统一连续出版物号：CN 37－0001/N", "国内统一刊号：CN11-0012"):
        raw = read_text(f"{masthead}\n\n上一篇         下一篇\n\n{TITLE}\n{BODY}")
        assert raw.title == TITLE
        assert not any("CN" in text for text in paragraph_texts(raw))


def test_a_sentence_naming_a_papers_serial_number_stays() -> None:
    sentence = "该报国内统一刊号为CN64-0001，由某某日报报业集团出版，已连续出版七十年。"
    raw = read_text(f"{TITLE}\n{BODY}{sentence}\n")
    assert sentence in paragraph_texts(raw)


def test_a_news_sites_audio_player_under_the_byline_is_not_read() -> None:
    raw = read_text(
        f"{TITLE}\n作者: 来源: 时间:2021-04-12 09:51:06\n\n"
        "您没有安装FlashPlayer或版本太低, 请点击获得最新版本FlashPlayer\n\n音频新闻\n\n00:00\n\n" + BODY
    )
    assert raw.title == TITLE
    assert raw.metadata["时间"] == "2021-04-12 09:51:06"
    assert paragraph_texts(raw)[0] == "一、综合"


def test_a_time_in_the_text_is_not_the_players_clock() -> None:
    """Only the player's clock at zero is the widget's: a time of day alone on a line stays."""
    raw = read_text(f"{TITLE}\n{BODY}报名时间\n08:30\n")
    assert "08:30" in paragraph_texts(raw)


def test_a_public_affairs_pages_buttons_one_a_line_are_not_read() -> None:
    """我要收藏 / 公共资源调用站点 / 文章分享 over a report that prints no title line: the buttons
    are no title; the report names itself in its first sentence."""
    raw = read_text(
        "我要收藏\n公共资源调用站点\n文章分享\n"
        "根据《中华人民共和国政府信息公开条例》要求，现公布《某某区2023年政府信息公开工作年度报告》。本报告所列数据的统计期限自2023年1月1日起至12月31日止。\n"
        "一、总体情况\n2023年，某某区坚持公开为常态、不公开为例外。\n"
    )
    assert parse_outline(raw).title == "某某区2023年政府信息公开工作年度报告"
    assert not any(word in " ".join(paragraph_texts(raw)) for word in ("我要收藏", "公共资源调用站点", "文章分享"))
    # … its first paragraph ending with the name, the next calling the text 本报告 (ho101/02, session 50)
    raw = read_text(
        "\n\n根据《中华人民共和国政府信息公开条例》要求，现公布《某某市2022年政府信息公开工作年度报告》。\n"
        "本报告包括总体情况、主动公开政府信息情况等内容。\n一、总体情况\n2022年，某某市坚持公开为常态、不公开为例外。\n"
    )
    assert parse_outline(raw).title == "某某市2022年政府信息公开工作年度报告"
    raw = read_text("根据有关规定，现发布《某某市市容管理办法》。\n请各单位认真贯彻执行。\n")
    assert parse_outline(raw).title != "某某市市容管理办法"  # the text passes the rules on, naming itself no 办法


def test_a_font_picker_in_white_lenticular_brackets_and_an_empty_related_box_are_not_read() -> None:
    raw = read_text(f"{TITLE}\n发布日期: 2024-01-03 21:52 责任编辑:某某乡\n字号: 〖大 小〗\n\n关联导读:\n\n{BODY}")
    assert raw.metadata["发布日期"] == "2024-01-03 21:52"
    assert paragraph_texts(raw)[0] == "一、综合"


def test_a_scrapers_source_address_labelled_in_english_is_a_field() -> None:
    """Original URL: http://… under the headline, then the document's own header printing the title
    again: the address is the page's 原文链接, and the title is read once."""
    url = "http://lib.example.cn/bin/mse.exe?seachword=&K=ch9&A=6&rec=262&run=13"
    title = "中共某某县委关于全面推进依法治县的意见"
    raw = read_text(f"{title}\n\nOriginal URL: {url}\n\n中共某某县委\n关于全面推进依法治县的意见\n(2014年11月27日)\n{BODY}")
    assert raw.title == title
    assert raw.metadata["原文链接"] == url
    texts = paragraph_texts(raw)
    assert not any("URL" in text or "依法治县的意见" in text for text in texts)


def test_an_encyclopedias_foot_links_and_a_tip_button_are_not_read() -> None:
    """相關詞條 / 熱門詞條 / 聯絡我們 under a report (a traditional-script encyclopedia page), and a
    blog's 赞赏 | glued after the last words of a page flattened into one line."""
    raw = read_text(f"{TITLE}\n{BODY}相關詞條\n\n熱門詞條\n\n聯絡我們\n")
    assert not any(word in " ".join(paragraph_texts(raw)) for word in ("詞條", "聯絡"))
    flat = "为保障安全，现将有关事项通告如下： 一、禁止燃放时间 全年禁止燃放。 二、禁止燃放区域 县城中心城区。 某某县人民政府 2月12日 赞赏 |"
    raw = read_text(flat + "\n")
    assert "赞赏" not in " ".join(paragraph_texts(raw))
    assert "某某县人民政府" in " ".join(paragraph_texts(raw))


def test_pager_rows_colour_pickers_and_picks_boxes_are_not_read() -> None:
    """Rows of an e-edition or a portal, made up in the manner of those seen (dev47, dev58, dev62,
    dev63, dev64): a pager after the edition's page or date, a colour picker, a box of picks, a
    download link, a browser tip, a preview note, share buttons named in pinyin."""
    widgets = [
        "版面:第006版:某某专栏 2026年两会特别报道·图解政府工作报告       上一篇    下一篇",
        "当前:一版(2017年05月27日) 上一版 下一版",
        "上一版 下一版 上一期     下一期 查看PDF版",
        "保护视力色: 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 灰 银河白(默认色)",
        "当前期次是:第19411号",
        "下载相关附件>>>>",
        "某某县人民政府门户网站提示:使用大于1366*768分辨率/IE10.0或以上浏览器可以获得最佳浏览效果!",
        "说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。",
        "• weixin",
        "• weibo",
    ]
    raw = read_text("\n".join([*widgets[:8], TITLE, BODY, *widgets[8:]]))
    assert raw.title == TITLE
    spoken = "\n".join(paragraph_texts(raw))
    for word in ("上一篇", "上一版", "下一期", "杏仁黄", "期次", "相关附件", "分辨率", "仅供预览", "weixin", "weibo"):
        assert word not in spoken, word
    assert "地区生产总值" in spoken


def test_a_sentence_about_the_last_issue_or_a_browser_stays() -> None:
    for sentence in (
        "读者可在上一期和下一期中查阅连载内容，也可以登录网站阅读全文。",
        "使用浏览器访问政务服务网，可以获得更好的办事体验，提升办理效率。",
    ):
        assert sentence in paragraph_texts(read_text(f"{TITLE}\n{BODY}{sentence}\n"))


def test_a_row_of_buttons_with_one_unlisted_label_is_chrome() -> None:
    """Two in three words of the row are the site's buttons; the other is a short label the table
    lacks (网友评论, 重置信息): the whole row is the site's."""
    for row in ("分享 网友评论 登录|注册 评论 查看更多评论>>", "搜索 高级搜索 重置信息"):
        raw = read_text(f"{TITLE}\n{BODY}{row}\n")
        assert row.split()[1] not in "\n".join(paragraph_texts(raw)), row


def test_a_row_of_short_words_of_the_text_stays() -> None:
    for row in ("县委 县政府 人大 政协", "打印 复印 扫描 装订 费用另计"):
        assert row in paragraph_texts(read_text(f"{TITLE}\n{BODY}{row}\n")), row


def test_a_machine_id_alone_on_a_line_is_not_read() -> None:
    """A page's build stamp left between paragraphs (1769743413552eb9, a long run of digits); a
    code of the text (统一社会信用代码 91110000MA01ABCD2X) and a word are kept."""
    for stamp in ("1769743413552eb9", "202401301234567890123"):
        assert stamp not in "\n".join(paragraph_texts(read_text(f"{TITLE}\n{BODY}{stamp}\n{BODY}")))
    assert "91110000MA01ABCD2X" in paragraph_texts(read_text(f"{TITLE}\n{BODY}91110000MA01ABCD2X\n{BODY}"))


def test_a_reposts_takedown_line_app_promotion_and_news_picks_are_not_read() -> None:
    foot = ["如有侵权 ，请联系删除", "打开网易新闻 查看精彩图片", "新闻推荐", "为让幼儿了解莲藕，近日，某某幼儿园开启了一场活动...", "某某新闻，讲述家乡的故事。"]
    spoken = "\n".join(paragraph_texts(read_text("\n".join([TITLE, BODY, *foot]))))
    for word in ("侵权", "网易", "新闻推荐", "莲藕"):
        assert word not in spoken, word
    assert "地区生产总值" in spoken
