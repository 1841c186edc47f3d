"""What pages served by news apps and WeChat articles leave in a saved text (issue 17, session 49):
the web addresses of the pictures, glued into the text; the app's foot with its counts, its
prompts to open WeChat and its mini program's name. Every example is made up, in the shape of
real pages."""

from __future__ import annotations

from helpers import page_read_aloud, paragraph_texts

from audiojiedu.ingest import read_text

TITLE = "某县关于春节期间规范燃放烟花爆竹的通告"
LEAD = "为规范烟花爆竹燃放行为，预防火灾事故发生，现就有关事项通告如下："
IMAGE = "https://mmbiz.qpic.cn/mmbiz_png/AbCd12eF/640?wx_fmt=png&wxfrom=13&tp=wxpic"




# -- a picture's web address -----------------------------------------------------------------
def test_picture_addresses_glued_together_before_the_text_are_not_read() -> None:
    raw = read_text(f"{TITLE}\n{IMAGE}{IMAGE} {LEAD}\n一、禁放区域\n城区为禁放区域。\n")
    spoken = page_read_aloud(raw)
    assert "mmbiz" not in spoken and "wx_fmt" not in spoken and "https" not in spoken
    assert LEAD in paragraph_texts(raw)
    assert sum(f.kind == "chrome-dropped" and f.text.startswith("https://mmbiz") for f in raw.findings) == 1


def test_a_picture_address_inside_a_sentence_goes_and_the_sentence_stays_whole() -> None:
    raw = read_text(f"{TITLE}\n{LEAD}\n城区为禁放区域。//img.example.cn/upload/2024/01/map.JPG 详见附图。\n")
    texts = paragraph_texts(raw)
    assert any("城区为禁放区域。" in text and "详见附图。" in text for text in texts)
    assert "example" not in page_read_aloud(raw)


def test_an_address_that_is_no_picture_is_read_as_the_document_gives_it() -> None:
    raw = read_text(f"{TITLE}\n{LEAD}\n详情请登录 http://www.example.gov.cn/notice.html 查询。\n")
    assert any("www.example.gov.cn/notice.html" in text for text in paragraph_texts(raw))
    assert not any("图片的网址" in f.message for f in raw.findings)


# -- a news app's foot -------------------------------------------------------------------------
FOOT = (
    "某某县精神文明建设委员会\n2020年11月14日\n\n"
    "监制:张某某    责编:李某某\n审核:王某某    编辑:赵某某\n"
    "浏览数138 点赞数4\n请打开微信扫一扫进入 ×\n打开微信小程序\n更多推荐\n\n"
    "某某融媒小程序\n某某融媒小程序 某某融媒小程序\n回顶部\n"
)


def test_a_news_apps_foot_is_not_read_and_its_credits_are_fields() -> None:
    raw = read_text(f"{TITLE}\n{LEAD}\n一、禁放区域\n城区为禁放区域。\n{FOOT}")
    spoken = page_read_aloud(raw)
    for chrome in ("浏览数", "点赞数", "微信", "小程序", "更多推荐", "回顶部", "监制", "责编"):
        assert chrome not in spoken, chrome
    assert paragraph_texts(raw)[-2:] == ["某某县精神文明建设委员会", "2020年11月14日"]
    assert raw.metadata["责编"] == "李某某" and raw.metadata["审核"] == "王某某"


def test_one_count_or_a_sentence_about_counts_stays() -> None:
    raw = read_text(f"{TITLE}\n{LEAD}\n全年网站浏览数138万次，点赞数4万次。\n")
    assert "全年网站浏览数138万次，点赞数4万次。" in paragraph_texts(raw)


# -- a news app's head -------------------------------------------------------------------------
def test_a_news_apps_banner_over_the_headline_and_its_account_over_a_yearless_stamp_are_not_read() -> None:
    """立即打开 (the app's button) over the headline, the account's name over the story's stamp
    without its year (04-08 11:10): neither is the title nor read; the name and stamp are fields."""
    for banner in ("立即打开", "打开APP", "在APP内阅读全文"):
        raw = read_text(f"{banner}\n某镇公开招聘村级计生专干\n某某网某某站\n \n04-08 11:10\n\n3月31日，来自某村的4名应试者在镇政府礼堂参加笔试。\n")
        assert raw.title == "某镇公开招聘村级计生专干", banner
        assert paragraph_texts(raw) == ["3月31日，来自某村的4名应试者在镇政府礼堂参加笔试。"], banner
        assert raw.metadata["发布时间"] == "04-08 11:10" and raw.metadata["账号"] == "某某网某某站"


def test_a_sentence_about_opening_an_app_is_text() -> None:
    raw = read_text(f"{TITLE}\n{LEAD}\n群众可打开APP查询办理进度。\n")
    assert "群众可打开APP查询办理进度。" in paragraph_texts(raw)


# -- a forum's foot ----------------------------------------------------------------------------
def test_a_forums_reply_box_and_its_glued_thread_links_are_not_read() -> None:
    foot = "返回列表 发新帖\n您需要登录后才可以回帖 登录 | 加入某某\n\n本版积分规则\n\n返回顶部快速回复上一主题下一主题返回列表\n"
    raw = read_text(f"{TITLE}\n{LEAD}\n一、禁放区域\n城区为禁放区域。\n某县人民政府\n2023年10月25日\n{foot}")
    spoken = page_read_aloud(raw)
    for chrome in ("登录", "回帖", "积分", "主题", "返回"):
        assert chrome not in spoken, chrome
    assert paragraph_texts(raw)[-1] == "2023年10月25日"


# -- a site's blurb introducing the text -------------------------------------------------------
def test_a_sites_blurb_welcoming_readers_to_the_text_is_not_read() -> None:
    raw = read_text(f"{TITLE}\n三月三是传统节日。以下是小编为您带来的某县放假通知，欢迎阅读！\n{LEAD}\n")
    texts = paragraph_texts(raw)
    assert texts[0] == "三月三是传统节日。" and "小编" not in page_read_aloud(raw)
    assert any(f.kind == "site-notice" and f.text.startswith("以下是小编") for f in raw.findings)


def test_a_site_persona_bringing_the_details_is_not_read_but_a_host_introducing_a_speaker_is() -> None:
    raw = read_text(f"{TITLE}\n今年放假2天。下面由某某天气君带来某县放假时间详情介绍。\n{LEAD}\n")
    assert paragraph_texts(raw)[0] == "今年放假2天。"
    host = "下面由市教育局局长介绍具体内容。"
    raw = read_text(f"某市新闻发布会文字实录\n各位记者朋友，大家上午好。{host}\n")
    assert any(host in text for text in paragraph_texts(raw))


def test_a_sites_logo_named_after_its_organ_over_the_title_is_not_read() -> None:
    raw = read_text(f"某某市发展和改革委员会网站logo\n{TITLE}\n{LEAD}\n一、禁放区域\n城区为禁放区域。\n")
    assert raw.title == TITLE and "logo" not in page_read_aloud(raw)


def test_a_forum_plug_ins_class_name_over_the_post_is_not_read() -> None:
    news = "某某调研老旧小区改造工作"
    head = f"[时事评论] {news}\n\n[复制链接]\n查看: 830|回复: 0\n\ndsu_paulsign:classn_11\n\n发表于 2018-5-10 10:57:09 | 显示全部楼层 |阅读模式\n"
    story = "5月9日下午，县委书记某某先后到三个街道办事处，就老旧小区改造工作进行调研。"
    raw = read_text(f"{head}{news}\nhttp://www.example.gov.cn  文章来源:某某新闻网 作者:张某  时间: 2018-05-10 10:08:57\n{story}\n")
    assert raw.title == news and "dsu" not in page_read_aloud(raw)


# -- a login wall and what a site sets under it ------------------------------------------------
SPEECH = "同志们：\n今天，我们召开全区生态环境保护工作会议。\n下面，我就做好今年的工作讲三点意见。\n一、提高政治站位，切实增强做好生态环境工作的责任感\n\n"
WALL = "阅读全文\n(想阅读完全部图文内容,您需要先登陆!)\n"
TIPS = "如果喜欢本篇内容,请赞赏鼓励哦!\n请选择打赏类型\n¥0.01\n¥6.66\n赏赞\n分享:\n微信扫一扫在手机阅读、分享本文\n精选留言\n我要留言\n相关内容\n"


def test_under_a_login_wall_the_sites_tip_jar_and_boxes_are_not_read_and_the_cut_is_reported() -> None:
    raw = read_text(f"区长在全区生态环境保护工作会议上的讲话\n2023-06-27 421\n{SPEECH}{WALL}{TIPS}")
    texts = paragraph_texts(raw)
    assert texts[-1] == "一、提高政治站位，切实增强做好生态环境工作的责任感"  # the button is no part of the heading
    assert not any(word in "".join(texts) for word in ("赏", "留言", "登陆", "阅读全文", "相关内容"))
    assert any(f.kind == "text-withheld" for f in raw.findings)


def test_text_under_a_login_note_is_kept_when_the_document_goes_on() -> None:
    more = "各部门要按照部署要求，结合本单位工作抓好落实，确保今年各项生态环境目标任务全面完成。\n"
    raw = read_text(f"区长在全区生态环境保护工作会议上的讲话\n{SPEECH}{WALL}{more}")
    assert more.strip() in paragraph_texts(raw)


def test_a_reposting_accounts_column_links_qr_prompt_and_credit_are_not_read() -> None:
    """A WeChat repost (ho101/05, session 50): the account's column links set apart by bars under
    the headline (二人台 | 内蒙山曲 | 二人转 | 小品 |), what its QR code offers on the line under the
    code's label (可查看某市疫情最新消息), and its credit with the copyright after a bar (内容来自: 某某
    | 版权归原作者所有). The text's own 可查看… and a list of names under a title stay."""
    clause = "一、全县范围内禁止燃放烟花爆竹，违者依法处理。"
    raw = read_text(
        f"{TITLE}\n二人台 | 某某山曲 | 二人转 | 小品 |\n{LEAD}\n{clause}\n某某县人民政府\n2020年1月30日\n"
        "长按识别下方二维码\n可查看某市疫情最新消息\n..........................\n内容来自: 风采某某 | 版权归原作者所有\n"
    )
    assert paragraph_texts(raw) == [LEAD, clause, "某某县人民政府", "2020年1月30日"]
    raw = read_text(f"{TITLE}\n张三 李四 王五\n{LEAD}\n登录网站可查看最新消息\n{clause}\n")
    assert paragraph_texts(raw)[:3] == ["张三 李四 王五", LEAD, "登录网站可查看最新消息"]


def test_the_prompt_to_follow_by_the_accounts_name_under_the_headline_is_not_read() -> None:
    """点击标题下「蓝色微信名」可快速关注 under a reposted notice's headline (ho99/14, session 50)."""
    raw = read_text(f"{TITLE}\n点击标题下「蓝色微信名」可快速关注\n{LEAD}\n一、全县范围内禁止燃放烟花爆竹。\n")
    assert paragraph_texts(raw)[0] == LEAD
