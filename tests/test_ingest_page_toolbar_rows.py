"""Toolbar rows and site lines on unseen pages (issue 17, dev6): counters without their colon or
their count, the page's stamp beside its toolbar, actions on the page, an account bar, caption-only
photo lines, news credit lines, a welcome line with the site's address. Every example is made up,
in the shape of real pages; text of the same words stays."""

from __future__ import annotations

import pytest
from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_chrome import is_chrome_line

TITLE = "某区关于做好汛期安全工作的倡议书"
BODY = "汛期将至，请广大市民注意出行安全。"


@pytest.mark.parametrize(
    "line",
    [
        "【阅读字号： 】  阅读次数   收藏",  # a counter and a toolbar word left empty
        "阅读：1024次 字号：【",
        "复制全文 下载文档 更新 2021-09-30  |   人气 873",
        "打印本页 收藏本文 热度 66",
        "登陆注册",
        "手机看",
        "△资料图 △资料图",
        "▲ 示意图",
        "撰文 | 王某某 李某",
        "图 / 赵某",
        "欢迎光临 某某论坛 (https://www.example.com/)",
    ],
)
def test_toolbar_rows_and_site_lines_are_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "2021-09-30",  # a date alone is no toolbar
        "下载文件请到政务服务大厅办理",  # an action verb in a sentence of the text
        "阅读是一种习惯",
        "撰文纪念老同志",
        "欢迎光临指导",
        "人气旺 生意兴",
    ],
)
def test_text_of_the_same_words_is_not_chrome(line: str) -> None:
    assert not is_chrome_line(line)


def test_a_count_under_an_account_bar_is_not_read() -> None:
    raw = read_text(f"登陆注册\n1024\n{TITLE}\n{BODY}\n")
    assert raw.title == TITLE
    assert [p.text for p in raw.paragraphs] == [BODY]


@pytest.mark.parametrize(
    "line",
    ["页面", "配色", "辅助线", "重置", "鼠标样式", "退出服务", "|邮件系统| 简体版|繁体版", "支持IPv6", "本站支持 IPv6"],
)
def test_an_accessibility_toolbars_items_are_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    ["页面配色要与网站整体风格一致", "重置密码请联系管理员", "全县已有12个部门网站支持IPv6访问。", "邮件系统升级改造项目"],
)
def test_sentences_with_the_toolbars_words_are_text(line: str) -> None:
    assert not is_chrome_line(line)


def test_an_accessibility_toolbar_over_the_title_is_not_read() -> None:
    toolbar = "页面\n配色\n辅助线\n重置\n|邮件系统| 简体版|繁体版\n支持IPv6\n无障碍\n\n"
    raw = read_text(f"{toolbar}{TITLE}\n\n发布日期: 2024-06-03 10:20\n\n{BODY}\n")
    assert raw.title == TITLE
    assert [p.text for p in raw.paragraphs] == [BODY]
    assert any("辅助线" in finding.text for finding in raw.findings)


def test_a_font_size_picker_named_with_a_verb_is_chrome_not_a_field() -> None:
    lines = [
        "某区人民政府2023年政府信息公开工作年度报告",
        "发布时间: 2024-02-02",
        "来源: 某区电子政务中心",
        "选择阅读字号:[ 大 中 小 ]",
        "根据《中华人民共和国政府信息公开条例》要求，现公布本区2023年政府信息公开工作年度报告。",
    ]
    raw = read_text("\n".join(lines))
    assert "选择阅读字号" not in raw.metadata and raw.metadata["来源"] == "某区电子政务中心"
    assert paragraph_texts(raw) == [lines[-1]]
