"""Chrome of scraped pages (issue 17): a photo's bracketed caption word, an info box's link to the document's interpretation, a 政务公开
item's 基本信息 box at the foot. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import page_read_aloud, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.model import RawDocument

_NEWS = [
    "某县完成今年春耕备耕物资储备",
    "",
    "发布时间：2024-03-05 来源：某县农业农村局",
    "",
    "近日，某县农业农村局组织人员对全县春耕物资储备情况进行检查。目前全县已储备化肥一万二千吨。",
    "",
    "下一步，该局将继续做好农资供应和技术指导工作，确保春耕生产顺利进行。",
]




def _dropped(raw: RawDocument) -> str:
    return "\n".join(finding.text for finding in raw.findings)


# -- a photo's caption word in brackets where the picture stood -----------------------------------
def test_a_bracketed_photo_caption_word_is_not_spoken() -> None:
    for caption in ("(资料图)", "（示意图）", "【资料图片】"):
        lines = [*_NEWS[:4], caption, "", *_NEWS[4:]]
        spoken = page_read_aloud(read_text("\n".join(lines)))
        assert caption.strip("()（）【】") not in spoken
        assert "化肥一万二千吨" in spoken or "化肥12000吨" in spoken or "储备化肥" in spoken


def test_a_sentence_naming_a_picture_in_brackets_stays() -> None:
    line = "（资料图：某县城区夜景，摄于去年秋天。）"
    spoken = page_read_aloud(read_text("\n".join([*_NEWS[:4], line, "", *_NEWS[4:]])))
    assert "某县城区夜景" in spoken


# -- an info box's link to the document's interpretation ------------------------------------------
_NOTICE = [
    "某县人民政府办公室关于印发某县全民健身实施方案的通知",
    "",
    "索引号 000012345/2021-0012 成文日期 2021-05-10",
    "发布机构 某县人民政府办公室",
    "{link}",
    "",
    "各乡镇人民政府，县直各单位：",
    "",
    "经县人民政府同意，现将《某县全民健身实施方案》印发给你们，请认真贯彻执行。",
    "",
    "某县人民政府办公室",
    "2021年5月10日",
]


def test_an_info_boxs_link_to_the_interpretation_is_not_spoken() -> None:
    for link in ("政策解读 文字解读:《某县全民健身实施方案》", "政策解读 图文解读：《某县全民健身实施方案》", "政策解读 文字解读："):
        text = "\n".join(_NOTICE).replace("{link}", link)
        spoken = page_read_aloud(read_text(text))
        assert "解读" not in spoken, link
        assert "现将《某县全民健身实施方案》印发给你们" in spoken


def test_an_interpretation_that_is_text_stays() -> None:
    link = "政策解读 文字解读：本方案明确了今后五年全县全民健身工作的目标任务。"
    spoken = page_read_aloud(read_text("\n".join(_NOTICE).replace("{link}", link)))
    assert "本方案明确了今后五年" in spoken


def test_one_interpretation_label_over_a_title_stays() -> None:
    # an interpretation page's headline (图文解读：《…》) is no link bar (see test_ingest_page_fields)
    text = "\n".join(_NOTICE).replace("{link}", "图文解读：《某县全民健身实施方案》")
    assert "图文解读" in page_read_aloud(read_text(text))


# -- a 政务公开 item's 基本信息 box at the foot ---------------------------------------------------
_ITEM = [
    "如何申请城乡居民最低生活保障",
    "",
    "申请最低生活保障的流程如下：",
    "1、申请人向户籍所在地乡镇人民政府提出书面申请；",
    "2、乡镇人民政府对申请人家庭经济状况进行调查核实；",
    "3、县级民政部门审批，符合条件的按月发放保障金。",
    "",
]
_BOX = [
    "基本信息",
    "",
    "所属领域 社会救助",
    "一级事项 最低生活保障 二级事项 低保申请",
    "公开时限 信息形成之日起20个工作日内公开 公开方式 主动",
    "公开主体 某县某某镇人民政府",
    "公开层级1 县级 公开渠道和载体 政府网站,便民服务中心",
    "  • 详细信息",
    "  • 基本信息",
]


def test_a_public_items_information_box_at_the_foot_is_not_spoken_but_reported() -> None:
    raw = read_text("\n".join([*_ITEM, *_BOX]))
    spoken = page_read_aloud(raw)
    for label in ("基本信息", "所属领域", "公开时限", "公开层级", "公开主体"):
        assert label not in spoken
    assert "县级民政部门审批" in spoken
    assert "所属领域 社会救助" in _dropped(raw)


def test_one_or_two_public_item_lines_in_a_text_stay() -> None:
    tail = ["公开方式 主动公开", "公开时限 二十个工作日"]
    raw = read_text("\n".join([*_ITEM, *tail]))
    kept = page_read_aloud(raw) + "\n".join(raw.metadata.values())  # read, or kept as the page's fields
    assert "主动公开" in kept and "二十个工作日" in kept
    assert "主动公开" not in _dropped(raw)


def test_public_item_labels_in_sentences_stay() -> None:
    tail = ["所属领域为社会救助。", "公开时限为信息形成之日起二十个工作日内。", "公开方式为主动公开。"]
    spoken = page_read_aloud(read_text("\n".join([*_ITEM, *tail])))
    assert "所属领域为社会救助" in spoken and "公开方式为主动公开" in spoken


# -- a drop-down menu over the headline, the lead-in's label under it ----------------------------
_PORTAL = [
    "请选择城市：",
    "北京 上海 广州 深圳 成都 重庆",
    "",
    "某市发布今年防汛工作安排",
    "",
    "来源： 最后更新：23-06-01 09:15:20",
    "",
    "导读：某市防汛指挥部日前部署今年汛期各项工作。",
    "",
    "某市防汛指挥部日前召开会议，部署今年汛期防汛工作。会议要求各地压实责任，做好应急准备。",
]


def test_a_drop_down_menu_over_the_headline_is_not_spoken() -> None:
    raw = read_text("\n".join(_PORTAL))
    spoken = page_read_aloud(raw)
    assert raw.title == "某市发布今年防汛工作安排"
    assert "请选择" not in spoken and "上海" not in spoken
    assert raw.metadata.get("最后更新") == "23-06-01 09:15:20"


def test_a_prompt_over_a_sentence_stays() -> None:
    lines = ["某市发布今年防汛工作安排", "", "请选择办理方式：", "网上申报或者到窗口申报，两种方式均可。", *_NEWS[4:]]
    spoken = page_read_aloud(read_text("\n".join(lines)))
    assert "网上申报或者到窗口申报" in spoken


def test_the_lead_ins_label_is_cut_and_the_lead_in_read() -> None:
    raw = read_text("\n".join(_PORTAL))
    spoken = page_read_aloud(raw)
    assert "导读" not in spoken
    assert "某市防汛指挥部日前部署今年汛期各项工作。" in spoken
    assert "导读：" in _dropped(raw)


def test_a_lead_label_further_down_stays() -> None:
    lines = [*_NEWS, "", "第二段内容在此继续说明有关情况。", "", "第三段内容在此继续说明。", "", "导语：写作课上老师讲的一个词。"]
    assert "导语：写作课上老师讲的一个词。" in page_read_aloud(read_text("\n".join(lines)))


# -- a forum post's header under the thread's title ------------------------------------------------
_THREAD = [
    "某市提醒市民中秋期间文明祭扫",
    "",
    "{header}",
    "某市民政局日前发出倡议，提醒广大市民中秋期间文明祭扫，不燃放烟花爆竹，共同守护城市环境。",
]


def test_a_forum_posts_header_gives_the_time_and_its_user_name_is_reported() -> None:
    for name in ("news_bot2024", "某某网友", "abc.site"):
        header = f"{name} 发表于 2024-9-12 08:10:45 | 显示全部楼层 |阅读模式"
        raw = read_text("\n".join(_THREAD).replace("{header}", header))
        spoken = page_read_aloud(raw)
        assert raw.title == "某市提醒市民中秋期间文明祭扫"
        assert raw.metadata.get("发表于") == "2024-9-12 08:10:45"
        assert name not in spoken and "显示全部楼层" not in spoken
        assert name in _dropped(raw)


def test_a_sentence_saying_where_an_article_appeared_stays() -> None:
    header = "该文 发表于《某某日报》2024年9月12日第三版，引起广泛关注。"
    spoken = page_read_aloud(read_text("\n".join(_THREAD).replace("{header}", header)))
    assert "引起广泛关注" in spoken


# -- a wiki's row of jump links to a law's articles ------------------------------------------------
_RULES = [
    "某市行政规范性文件管理规定",
    "",
    "{row}",
    "",
    "第一条 为加强行政规范性文件管理，根据有关法律法规，结合本市实际，制定本规定。",
    "第二条 本规定所称行政规范性文件，是指除政府规章外，由行政机关依照法定权限制定的公文。",
    "第十一条",
    "本规定自发布之日起施行。",
]


def test_a_row_of_article_jump_links_is_not_spoken() -> None:
    for row in ("第十一條 第二十一條 第三十一條", "第一章 第二章 第三章"):
        raw = read_text("\n".join(_RULES).replace("{row}", row))
        spoken = page_read_aloud(raw)
        assert row not in spoken and "第二十一" not in spoken and "第二章 第三章" not in spoken
        assert "第一条 为加强行政规范性文件管理" in spoken or "为加强行政规范性文件管理" in spoken


def test_an_articles_number_alone_over_its_text_stays() -> None:
    raw = read_text("\n".join(_RULES).replace("{row}", ""))
    assert "本规定自发布之日起施行" in page_read_aloud(raw)
    assert "第十一条" in page_read_aloud(raw)


# -- spam injected at a hacked page's foot, cut off by the excerpt ---------------------------------
def test_a_cut_off_spam_line_at_the_foot_is_dropped() -> None:
    raw = read_text("\n".join([*_NEWS, "", "某某精品不打码在线观"]))
    assert "不打码" not in page_read_aloud(raw)
    assert "不打码" in _dropped(raw)


def test_document_words_shared_with_spam_stay() -> None:
    line = "打造精品旅游线路，推出在线观看直播和精品课程。"
    assert "精品旅游线路" in page_read_aloud(read_text("\n".join([*_NEWS, "", line])))


# -- a betting site's keyword list on a hacked page -----------------------------------------------
def test_a_betting_sites_keyword_list_is_dropped_with_a_finding() -> None:
    spam = "某某体育,某某体育官网,某某体育APP下载,某某体育网页版,某某电竞,某某百家乐,某某真人,CBA直播,NBA直播"
    raw = read_text("\n".join([*_NEWS[:1], spam, *_NEWS[1:]]))
    assert "百家乐" not in page_read_aloud(raw)
    assert "百家乐" in _dropped(raw)


def test_a_line_on_live_broadcasts_and_esports_without_a_casino_word_stays() -> None:
    line = "推出电竞赛事直播、APP下载专区和网页版服务"
    assert "电竞赛事直播" in page_read_aloud(read_text("\n".join([*_NEWS, "", line])))


def test_a_casinos_name_spliced_into_a_sentence_and_alone_over_the_page_is_not_read() -> None:
    text = (
        "澳门金沙城中心\n某区2019年政府信息公开工作年度报告\n"
        "2019年，我区认真贯彻落实《条例》以及中、省、市澳门金沙城中心:推进政府信息公开工作的具体要求。\n"
        "澳门特别行政区与本区开展了文化交流活动。\n"
    )
    raw = read_text(text)
    spoken = "\n".join([raw.title, *paragraph_texts(raw)])
    assert "金沙" not in spoken
    assert "以及中、省、市推进政府信息公开工作的具体要求。" in spoken
    assert "澳门特别行政区与本区开展了文化交流活动。" in spoken


def test_a_betting_brand_spliced_into_a_sentence_is_not_read() -> None:
    raw = read_text("水利部部署防御工作\n9月22日上午，水利部组织防汛会商96BET365，滚动分析研判江南、华南等地雨水情。\n")
    assert "9月22日上午，水利部组织防汛会商，滚动分析研判江南、华南等地雨水情。" in paragraph_texts(raw)


def test_a_betting_page_spliced_over_a_word_is_cut_with_its_enumeration_comma() -> None:
    """在365体育投注、省政府的正确领导下: a betting page's name spliced where a word stood; it is cut,
    and the enumeration comma it stood before goes with it (no 在、省政府)."""
    raw = read_text("某省统计公报\n2008年，在365体育投注、省政府的正确领导下，全省国民经济和社会事业取得新成绩。\n")
    assert "2008年，在省政府的正确领导下，全省国民经济和社会事业取得新成绩。" in paragraph_texts(raw)
