"""A page saved with the article twice: the second copy (the mobile page's) under the site's
footer, its headline on a line of its own again. Made-up pages of the kind seen (ho85/12)."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

HEADLINE = "明日我市有重要外事活动 主城六区有交通管制"
TEXT = [
    "今日，记者从市交巡警总队获悉，因我市有重要外事活动，公安机关将对主城六区相关道路采取临时交通限制措施。",
    "在此期间，公安交通管理部门将通过交通广播及时发布路况信息，并进行交通引导，以便群众做好出行安排。",
    "警方希望广大市民理解并服从交巡警指挥，提前规划出行线路，建议尽量选择公共交通出行。",
]
FOOTER = [
    "Copyright 2020 © 某某长安网 中共某某市委政法委员会 主办",
    "某公网安备50011202500163号 某ICP备15010797号 电话 023-88196826",
    '某某报社打击"新闻敲诈"举报电话：023 - 88196822 本网刊发稿件，版权归某某网所有，未经授权，禁止复制',
    "在线投稿 请使用系统指派指定账号密码登录进行投稿。",
]


def test_the_second_copy_under_the_footer_and_the_footer_are_not_read() -> None:
    raw = read_text("\n".join([HEADLINE, "时间: 2019-10-13 来源: 某某法制报", *TEXT, "", *FOOTER, HEADLINE, *TEXT]) + "\n")
    assert raw.title == HEADLINE
    assert paragraph_texts(raw) == TEXT


def test_a_headline_again_over_new_text_stays() -> None:
    """The headline printed again over lines the page has not printed is no copy: all is read."""
    more = "交巡警部门提醒，管制期间途经相关路段的车辆请提前绕行，服从现场民警指挥。"
    raw = read_text("\n".join([HEADLINE, *TEXT, HEADLINE, more, TEXT[0]]) + "\n")
    assert more in paragraph_texts(raw)


def test_empty_link_boxes_and_a_live_pages_tabs_are_not_read() -> None:
    """直播摘要 / 图片实录 更多 / 相关新闻 / 相关专题 / 相关站点 between a live page's lead and its
    transcript: the tabs and the headers of boxes the copy left empty."""
    lead = "国务院新闻办公室定于2015年1月21日上午10时举行新闻发布会，请有关负责人介绍情况。"
    said = [
        "主持人：女士们、先生们，上午好！欢迎大家出席国务院新闻办的新闻发布会。今天我们请来了文化部的负责同志。",
        "某某某：各位记者朋友们，大家上午好！中办、国办近日正式印发了关于加快构建现代公共文化服务体系的意见。",
        "为了贯彻落实好意见精神，我们将会同有关部门制定具体措施，推动公共文化服务标准化、均等化发展。",
    ]
    lines = ["网上直播 文字实录 图片实录 返回直播页", "国新办举行新闻发布会", lead, "直播摘要", "图片实录 更多", "相关新闻", "相关专题", "相关站点", *said]
    raw = read_text("\n".join(lines) + "\n")
    assert paragraph_texts(raw) == [lead, *said]
