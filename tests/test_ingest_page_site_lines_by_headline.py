"""The site's lines over and under a page's headline: a toolbar over a trail, a temporary link's
note, a summary the text repeats, a read-aloud toolbar, a topic link, a reporters' credit, a
link to the document's interpretation; the text's own sentences of the same words stay. Every
example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

BODY = "为保障活动顺利进行，决定对部分路段实行临时交通管制。"
TEXT = "各县区人民政府，市政府各部门：现将方案印发给你们，请认真贯彻执行。"


# -- a toolbar over a trail ------------------------------------------------------------------------
REPORT = "2024年度某县卫生健康局（本级）部门决算"


def test_a_toolbar_of_links_and_site_notes_over_a_trail_is_no_title() -> None:
    head = "网站支持IPV6 | 无障碍阅读 | 适老化模式\n当前位置: 首页>>政府信息公开>>财政预决算>>2024年财政预决算"
    raw = read_text(f"{head}\n\n{REPORT}\n\n第一部分 部门概况\n{BODY}")
    assert raw.title == REPORT
    assert not any("适老化" in text or "当前位置" in text for text in paragraph_texts(raw))


# -- a summary's label alone over the summary, printed twice ------------------------------------
NOTICE = "某省人民政府关于印发2021年重点任务分工方案的通知"
OPENING = "《2021年重点任务分工方案》已经省政府常务会议审议通过，现印发给你们，请认真贯彻执行。"


def test_a_summary_under_its_label_alone_repeating_the_text_is_read_once() -> None:
    raw = read_text(f"{NOTICE}\n时间: 2023-02-21\n核心提示:\n{OPENING}\n{OPENING}\n各市人民政府，省政府各部门：\n{OPENING}\n某省人民政府\n2021年3月21日")
    texts = paragraph_texts(raw)
    assert "核心提示" not in "\n".join(texts)
    assert texts.count(OPENING) == 1 or sum(OPENING in text for text in texts) == 1
    assert any(f.kind == "summary-repeat" for f in raw.findings)


def test_a_summary_the_text_does_not_repeat_stays() -> None:
    own = "本方案分为总体要求、主要任务、保障措施三个部分，共二十条具体措施。"
    raw = read_text(f"{NOTICE}\n核心提示:\n{own}\n各市人民政府，省政府各部门：\n{OPENING}")
    assert own in "\n".join(paragraph_texts(raw))


# -- a read-aloud toolbar, a temporary link's note ------------------------------------------------
def test_a_read_aloud_toolbar_under_the_headline_is_not_spoken() -> None:
    toolbar = "语音播报\n语音合成中,请耐心等待...\n进入播报模式\n语音播报\n退出播报模式"
    raw = read_text(f"{NOTICE}\n\n日期:2022-03-15\n{toolbar}\n\n{TEXT}")
    assert not any("播报" in text or "语音合成" in text for text in paragraph_texts(raw))
    # A sentence about such a service is the text's.
    sentence = "县融媒体中心开通语音播报服务，群众可在线收听政策解读。"
    assert sentence in paragraph_texts(read_text(f"{NOTICE}\n\n{TEXT}\n{sentence}"))


def test_a_temporary_links_note_is_not_spoken() -> None:
    raw = read_text(f"此为临时链接,仅用于预览,将在短期内失效。\n\n{NOTICE}\n\n{TEXT}")
    assert raw.title == NOTICE
    assert not any("临时链接" in text for text in paragraph_texts(raw))


# -- links and credits under a news headline --------------------------------------------------------
NEWS = "某某代表团：凝心聚力谋发展 铆足干劲抓落实"
STORY = "1月27日，省十四届人大四次会议在某地开幕。代表们认真审议政府工作报告。"


def test_a_topic_link_and_a_reporters_credit_under_the_headline_are_not_spoken() -> None:
    raw = read_text(f"{NEWS}\n\n2026-01-29 17:58 来源:某某网\n\n【专题】2026年某省两会\n\n  某某角·某某网记者 张某 李某某 王某\n\n  {STORY}")
    assert paragraph_texts(raw)[0] == STORY
    assert raw.metadata.get("某某网记者") == "张某 李某某 王某"


def test_a_sentence_naming_reporters_or_a_topic_stays() -> None:
    sentence = "本报记者 走访了全县十二个乡镇，听取群众意见。"
    raw = read_text(f"{NEWS}\n\n{sentence}\n{STORY}")
    assert paragraph_texts(raw)[0] == sentence


def test_a_link_to_the_documents_interpretation_under_its_title_is_not_spoken() -> None:
    title = "某市发展和改革委员会关于印发《某市新型城镇化发展“十四五”规划》的通知"
    text = "各县（市、区）人民政府、市级有关单位：\n经市政府同意，现将规划印发给你们，请认真组织实施。"
    raw = read_text(f"{title}\n\n【权威解读】《某市新型城镇化发展“十四五”规划》政策解读\n\n{text}")
    assert paragraph_texts(raw)[0].startswith("各县")
    # A line naming another document's interpretation is kept.
    other = "【权威解读】《某省数字经济发展规划》政策解读"
    assert other in paragraph_texts(read_text(f"{title}\n\n{other}\n\n{text}"))


def test_an_unbracketed_interpretation_label_under_the_title_stays() -> None:
    title = "某县人民政府办公室关于印发某县全民健身实施方案的通知"
    line = "图文解读：《某县全民健身实施方案》"
    assert line in paragraph_texts(read_text(f"{title}\n\n{line}\n\n各乡镇人民政府：\n现将方案印发给你们，请认真贯彻执行。"))


def test_a_summary_cut_short_and_run_on_into_the_text_it_repeats_is_read_once() -> None:
    """核心提示:从某某获悉，…同步制定从某某获悉，…同步制定了… (the site's summary, cut short, and the text
    on one line; dev77, session 43): the summary is not read, the text is, whole. A labelled line
    whose text does not repeat itself stays as it is."""
    text = "从省发展改革委获悉，为深入贯彻党的十九大精神，我省于去年4月在全国省级层面率先印发实施了全省乡村振兴战略规划，同步制定了产业、人才、文化、生态、组织振兴五个工作方案。"
    summary = text[:60]
    raw = read_text(f"某省基本构建乡村振兴政策规划体系\n2019/1/15 10:36:07 来源：某某网\n核心提示：{summary}{text}\n{BODY}\n")
    assert paragraph_texts(raw)[0] == text
    raw = read_text(f"某省基本构建乡村振兴政策规划体系\n2019/1/15 10:36:07 来源：某某网\n核心提示：{text}\n{BODY}\n")
    assert text in "".join(paragraph_texts(raw))


def test_a_news_apps_article_with_its_logo_like_count_and_posting_account() -> None:
    """某某Logo / 下载客户端 / 登录 / • +1 / headline ending with ！ / 网信某某 / 2020-09-22 17:50 / 来源：… /
    某某号·政务 > (a news app's page reposting an official's letter; dev81, session 43): the headline is
    the title, the account a field, the app's buttons never read."""
    headline = "某省委书记向全省广大农民朋友们致以节日的问候和热烈的祝贺！"
    raw = read_text(
        f"某某Logo\n下载客户端\n登录\n  • +1\n{headline}\n网信某某\n2020-09-22 17:50\n来源：某某新闻·某某号·政务\n某某号·政务 >\n字号\n"
        f"亲爱的农民朋友们：\n{BODY}\n"
    )
    assert raw.title == headline
    assert raw.metadata.get("账号") == "网信某某"
    assert paragraph_texts(raw) == ["亲爱的农民朋友们：", BODY]


def test_an_issuer_and_its_date_under_a_notices_title_are_read() -> None:
    """关于…的公告 / 某县自然资源局 / 2023年1月5日: the issuer over its date is the notice's own, not a
    posting account."""
    raw = read_text(f"关于某某地块征收土地的公告\n某县自然资源局\n2023年1月5日\n{BODY}\n")
    assert "某县自然资源局" in paragraph_texts(raw)


def test_an_e_papers_page_bar_and_a_posts_comment_count_are_not_read() -> None:
    """2020年02月24日 星期一 返回报网首页 | 版面导航 / 当前版: 02版 上一版 下一版 上一期 下一期 往期 over a
    headline (an e-paper's page), and 评论 0 under a post (ho62, session 43): the site's, never the
    title or the text."""
    headline = "某某主持召开市政府常务会议"
    raw = read_text(
        f"2020年02月24日 星期一       返回报网首页 |   版面导航    \n当前版: 02版 上一版   下一版 上一期   下一期 往期\n"
        f"上一篇    下一篇\n放大 缩小 默认\n{headline}\n本报讯 2月22日晚，市长主持召开市政府常务会议。{BODY}\n评论 0\n"
    )
    assert raw.title == headline
    spoken = "".join(paragraph_texts(raw))
    assert "版面导航" not in spoken and "上一期" not in spoken and "评论" not in spoken
