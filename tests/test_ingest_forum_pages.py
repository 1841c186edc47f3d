"""A forum thread's page: the forum's name over the thread's buttons, the button glued after the
thread's title, the floor marker and a link the site set over the post are the site's, not read;
headlines naming a forum, and addresses and numbers in a text, stay. Every example is made up."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

POST = (
    "各位居民：\n"
    "  为做好冬季供暖工作，现将有关事项告知如下：\n"
    "  一、供暖时间为11月15日至次年3月15日。\n"
    "  二、请各户提前检查室内管道。\n"
)
THREAD = "某某小区关于冬季供暖事项的告知"


def _forum_page(name: str = "某某县论坛") -> str:
    return (
        f"{name}\n\n注册\n\n发新话题 回复该主题\n\n{THREAD} [复制链接]\n\n"
        f"1#\n某某门诊专题 https://m.example.com/ad/123.html\n\n{POST}"
    )


def test_a_forum_threads_chrome_is_not_read_and_the_thread_title_is_the_title() -> None:
    raw = read_text(_forum_page())
    assert raw.title == THREAD
    texts = paragraph_texts(raw)
    assert texts[0] == "各位居民："
    spoken = " ".join(texts)
    for chrome in ("某某县论坛", "发新话题", "复制链接", "1#", "example.com"):
        assert chrome not in spoken
    dropped = " ".join(finding.text for finding in raw.findings)
    for chrome in ("某某县论坛", "[复制链接]", "1#", "某某门诊专题 https://m.example.com/ad/123.html"):
        assert chrome in dropped


def test_a_community_or_bbs_name_over_the_buttons_is_the_sites_too() -> None:
    for name in ("某某社区", "某某BBS"):
        raw = read_text(_forum_page(name))
        assert raw.title == THREAD
        assert name not in " ".join(paragraph_texts(raw))


def test_a_headline_naming_a_forum_without_the_buttons_stays() -> None:
    headline = "第三届某某乡村振兴发展论坛"
    raw = read_text(f"{headline}\n\n11月3日，第三届某某乡村振兴发展论坛在某某县举行。\n来自各地的代表参加论坛。\n")
    assert raw.title == headline


def test_floor_names_under_the_title_are_the_sites() -> None:
    for marker in ("楼主", "#1", "2楼", "沙发"):
        raw = read_text(f"{THREAD} [复制链接]\n{marker}\n{POST}")
        assert raw.title == THREAD
        assert paragraph_texts(raw)[0] == "各位居民："
        assert any(finding.text == marker for finding in raw.findings)


def test_a_labelled_address_or_a_sentence_with_an_address_under_the_title_stays_read_or_kept() -> None:
    for line in ("详见 https://www.example.gov.cn/a.html", "请登录 www.example.gov.cn", "详情请访问 www.example.gov.cn"):
        raw = read_text(f"{THREAD}\n{line}\n{POST}")
        assert not any("名称加网址" in finding.message for finding in raw.findings)


def test_a_number_sign_in_the_text_stays() -> None:
    raw = read_text(f"{THREAD}\n{POST}  三、1#楼和2#楼住户请于11月10日前缴费。\n")
    assert any("1#楼" in text for text in paragraph_texts(raw))


# -- the site's own line over its breadcrumb trail ---------------------------------------------------
REPORT = "某县2024年上半年工作情况报告"
REPORT_BODY = "一、上半年工作情况\n  今年以来，全县经济运行总体平稳。\n"


def test_a_sites_slogan_over_its_trail_is_not_read_and_the_headline_is_the_title() -> None:
    slogan = "写公文难？某某文秘网提供各类公文范本！"
    raw = read_text(f"{slogan}\n当前位置：某某文秘网 > 公文范文 > {REPORT}\n\n{REPORT}\n\n{REPORT_BODY}")
    assert raw.title == REPORT
    assert "某某文秘网" not in " ".join(paragraph_texts(raw))
    assert any(finding.text == slogan for finding in raw.findings)


def test_a_headline_over_a_trail_naming_the_same_organ_stays_the_title() -> None:
    title = "某县人民政府关于做好防汛工作的通知"
    raw = read_text(f"{title}\n当前位置：首页 > 某县人民政府 > 通知公告\n各乡镇人民政府：\n  现将有关事项通知如下。\n")
    assert raw.title == title
    assert not any("面包屑导航上方" in finding.message for finding in raw.findings)


# -- a website's name alone under the headline ---------------------------------------------------------
def test_a_sites_name_under_the_headline_is_not_read_and_its_posting_day_is_the_date() -> None:
    raw = read_text(f"{THREAD}\n某某人才网 . 2024-05-06发布\n{POST}")
    assert paragraph_texts(raw)[0] == "各位居民："
    assert raw.metadata.get("发布时间") == "2024-05-06"
    raw = read_text(f"{THREAD}\n某某学习网\n{POST}")
    assert paragraph_texts(raw)[0] == "各位居民："
    assert any(finding.text == "某某学习网" for finding in raw.findings)


def test_a_line_of_text_naming_a_site_stays() -> None:
    line = "本通知同时在某某县人民政府网发布。"
    raw = read_text(f"{THREAD}\n{line}\n{POST}")
    assert line in paragraph_texts(raw)


def test_a_columns_name_alone_over_the_trail_is_not_read() -> None:
    raw = read_text(f"某某建材\n当前位置：网站首页 > 建材资讯 > 正文\n\n{REPORT}\n\n{REPORT_BODY}")
    assert raw.title == REPORT
    assert "某某建材" not in " ".join(paragraph_texts(raw))
    assert any(finding.text == "某某建材" for finding in raw.findings)


def test_a_short_title_over_the_trail_stays_the_title() -> None:
    raw = read_text("通告\n当前位置：首页 > 通知公告\n各乡镇：\n  现将有关事项通告如下。\n")
    assert raw.title == "通告"


# -- the site's masthead opening the page --------------------------------------------------------------
def test_a_sites_name_and_slogans_opening_the_page_are_not_read() -> None:
    raw = read_text(f"某某趣闻网\n\n汇聚天下精彩内容\n带您发现新鲜事\n\n{REPORT}\n\n{REPORT_BODY}")
    assert raw.title == REPORT
    spoken = " ".join(paragraph_texts(raw))
    assert "趣闻网" not in spoken and "汇聚" not in spoken and "新鲜事" not in spoken


def test_a_short_line_under_a_sites_name_without_a_headline_after_stays() -> None:
    raw = read_text("某某县人民政府网\n\n政务公开\n")
    assert "政务公开" in " ".join([raw.title, *paragraph_texts(raw)])


def test_a_forum_threads_toolbar_and_counters_and_the_bulletins_number() -> None:
    """切换到宽版 / • 5208阅读 / • 28回复 / [栏目]某省人口普查公报 [复制链接] / 上一主题 下一主题 / 只看楼主 倒序阅读
    0 发表于：… / — 本帖被 某某 从 某区 移动到本区(…) — over the bulletin's own title line with its
    number in the series (某省人口普查公报（第一号）): the forum's lines are not read, the own line
    with its number is the title."""
    text = (
        "切换到宽版\n  • 5208阅读\n  • 28回复\n\n[七普公报]某某省第七次全国人口普查公报 [复制链接]\n\n上一主题 下一主题\n"
        "只看楼主 倒序阅读 0 发表于: 2021-05-24\n— 本帖被 某某 从 经济地理 移动到本区(2022-07-11) —\n"
        "某某省第七次全国人口普查公报（第一号）\n——全省人口情况\n某某省统计局\n2021年5月24日\n"
        "根据《中华人民共和国统计法》《全国人口普查条例》规定，我省开展了第七次全国人口普查。\n"
    )
    raw = read_text(text)
    assert raw.title == "某某省第七次全国人口普查公报（第一号）"
    spoken = " ".join(paragraph_texts(raw))
    assert not any(word in spoken for word in ("宽版", "阅读", "回复", "主题", "楼主", "本帖"))


def test_a_threads_subject_label_its_buttons_and_its_reply_box_are_not_read() -> None:
    """主题: <title> / 楼主回复 / 1. 楼主 2. 倒序看帖 3. 只看该作者 over the post, the sign-up line, and the
    reply box under it (下载APP 随时随地回帖 / 你需要登录后才可以回帖 … / 加入签名 / Ctrl + Enter 快速发布)."""
    raw = read_text(
        f"主题: {THREAD}\n\n楼主回复\n  1. 楼主\n  2. 倒序看帖\n  3. 只看该作者\n"
        "立即注册。已有帐号? 登录或使用QQ登录微信登录\n\n"
        f"{POST}\n下载APP 随时随地回帖\n\n你需要登录后才可以回帖 登录 | 注册 微信登陆\n加入签名\nCtrl + Enter 快速发布\n"
    )
    assert raw.title == THREAD
    texts = paragraph_texts(raw)
    assert texts[0] == "各位居民："
    assert texts[-1].endswith("请各户提前检查室内管道。")


def test_a_subject_and_a_thread_head_in_a_sentence_stay() -> None:
    # Must NOT touch: 楼主 and 主题 in the text's sentences.
    line = "本次活动主题：节约用水，楼主回复称将倒序看帖。"
    raw = read_text(f"{THREAD}\n\n{POST}\n{line}\n")
    assert paragraph_texts(raw)[-1] == line
