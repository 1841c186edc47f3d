"""Pages of mailboxes and 问政 platforms (issue 17): a citizen's letter, its record's fields, the
site's tracker of its handling, and the reply. Every example is made up in the shape of such pages."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text

LETTER = "某某街道门口的路灯安装至今快一年了，这几盏灯安装好后最多亮了一周，请问相关部门究竟何时才能亮？"
REPLY = "网友你好！该路段电缆被盗约300米，目前我们正与施工方协调处理，将尽快恢复该路段的道路照明。"
HEADLINE = "某某街道办事处门口的路灯究竟何时才能亮"


def _page(tracker: str) -> str:
    return (
        f"问政内容\n{HEADLINE}\n- 问政网友:某某网友\n- 问政对象:某某区\n- 提问时间:2014-10-09 10:15:27\n{LETTER}\n"
        f"{tracker}问政回复\n- 回复单位:某某区\n- 回复时间:2014-10-09 15:04:34\n{REPLY}\n"
    )


def test_a_letters_record_is_metadata_and_its_headline_the_title() -> None:
    """问政内容 (the column's word) / the letter's headline / - 问政网友: … - 提问时间: … / the letter:
    the headline is the title, the bulleted rows the record's fields, neither read."""
    raw = read_text(_page(""))
    assert raw.title == HEADLINE
    assert raw.metadata["问政网友"] == "某某网友"
    assert raw.metadata["问政对象"] == "某某区"
    assert raw.metadata["提问时间"] == "2014-10-09 10:15:27"
    texts = paragraph_texts(raw)
    assert not any("问政网友" in text or "提问时间" in text or text == "问政内容" for text in texts)
    assert LETTER in texts


def test_the_trackers_steps_are_not_read() -> None:
    """问政跟踪 / 1 / 2014-10-09 / 10:15:27 某某网友 已问政 - / 2 / … 已受理 / 3 / … 已回复: the site's
    progress bar copied as text, with its header, never read; the letter and the reply are."""
    tracker = (
        "问政跟踪\n-\n1\n2014-10-09\n10:15:27 某某网友 已问政 -\n2\n2014-10-09\n10:33:55 某某区 已受理 -\n"
        "3\n2014-10-09\n15:04:34 某某区 已回复\n111\n111\n"
    )
    raw = read_text(_page(tracker))
    texts = paragraph_texts(raw)
    assert not any("已受理" in text or "问政跟踪" in text or text in ("1", "111", "2014-10-09") for text in texts)
    assert LETTER in texts
    assert REPLY in texts
    assert any(f.kind == "chrome-dropped" and f.text.startswith("问政跟踪") for f in raw.findings)


def test_one_status_in_the_text_is_no_tracker() -> None:
    """A reply saying 已受理 on a line of its own once is the text's: a tracker shows two steps."""
    raw = read_text(f"{HEADLINE}\n{LETTER}\n2014-10-09\n某某区 已受理\n{REPLY}\n")
    assert "某某区 已受理" in paragraph_texts(raw)


def test_a_short_headline_over_a_byline_stays_the_title() -> None:
    """点点滴滴民生情 / 某某 某某 本报记者 某某 / text: a headline of seven characters is no column's
    word (those are four at most), and the byline under it is no headline."""
    raw = read_text(f"点点滴滴民生情\n郭某平 黄某平 本报记者 鄢某晖\n{LETTER}\n")
    assert raw.title == "点点滴滴民生情"


def test_an_organs_short_name_over_the_stamp_row_and_headline_is_the_sites() -> None:
    """县政府 / 某县人民政府 2023-09-12 08:49:00 / the story's headline / its text: the short name at
    the top is the site's column, the line under the stamp row the title."""
    headline = "某县政协提案第一次公开答复会召开"
    raw = read_text(f"县政府\n某县人民政府   2023-09-12 08:49:00\n{headline}\n9月11日，{LETTER}\n")
    assert raw.title == headline
    assert "县政府" not in paragraph_texts(raw)


def test_a_citizens_message_of_cries_at_the_top_is_no_title() -> None:
    """市民：…停车难的问题，希望…！二环路…！导致…！希望…！谢谢各位领导 alone at the top, no headline: the
    message, a run of sentences, is read as text, never announced as the title (and again at the
    close); a headline crying twice (注意！…来了！) is still one."""
    message = "市民：某某小区停车难的问题，希望政府能帮忙解决！停车位大多被私自占用！导致没办法正常停车！希望相关单位整改！谢谢各位领导"
    raw = read_text(f"{message}\n【对于此问题的相关回复】\n{REPLY}\n")
    assert raw.title != message
    assert any(text.startswith("市民：某某小区停车难的问题") for text in paragraph_texts(raw))
    cry = "注意！某州森林草原禁火令来了！"
    assert read_text(f"{cry}\n{LETTER}\n").title == cry


def test_a_letters_declared_title_is_the_title() -> None:
    """来信标题：…是什么？ / 来信时间：… / 来信内容：…: the letter's title field names the page."""
    title = "某县高龄津贴申领条件（发放对象）是什么？"
    raw = read_text(f"来信标题：{title}\n\n来信时间：2025-08-18\n\n来信内容：{LETTER}\n\n回复内容：{REPLY}\n")
    assert raw.title == title
    assert not any(text.startswith("来信标题") for text in paragraph_texts(raw))


def test_a_mailboxs_buttons_and_login_box_under_the_text_are_not_read() -> None:
    """…可以点击“回复查询”查询评价。 / 回复查询 / 写信人填写信息 / 取消, and 用户登录 / 还没有账号? / 立即注册:
    the mailbox's buttons and its login box, each alone on its line; the sentence naming a button
    is the text's."""
    last = "您的来信处理后，可以点击“回复查询”输入编号查询评价。"
    raw = read_text(f"使用须知\n{LETTER}\n{last}\n回复查询\n写信人填写信息\n取消\n用户登录\n还没有账号?\n立即注册\n")
    assert paragraph_texts(raw) == [LETTER, last]
