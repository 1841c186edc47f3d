"""Site text that stood first on a page and was taken as its title (found on the wide samples,
session 29): a forum's edit note and its jammer against copying, editor and search widgets, a
Korean edition's window button, HTML tags left as lines, a trail broken after 首页, a law
database's caption, a site's names side by side, a bilingual site's English trail, a column's
slug, escort advertising. Each keeps what a document writes. Every example is made up."""

from __future__ import annotations

from helpers import paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page_chrome import cut_jammer, is_chrome_line

TITLE = "某县人民政府办公室关于做好春季防火工作的通知"
BODY = "各乡镇人民政府，县直各部门：\n为做好春季森林防火工作，现将有关事项通知如下。"


def _spoken(text: str) -> str:
    return "\n".join(paragraph_texts(read_text(text)))


def test_a_forums_edit_note_and_its_jammer_are_cut() -> None:
    raw = read_text(f"本帖最后由 某网友 于 2018-3-2 09:15 编辑 & k2 Q. z8 ]4 m; F\n{TITLE}' P& x; S\" q1 U# d\n{BODY}")
    assert raw.title == TITLE
    spoken = "\n".join(paragraph_texts(raw))
    assert "本帖" not in spoken and "k2" not in spoken
    assert any("编辑记录" in f.message for f in raw.findings)
    assert any("乱码" in f.message for f in raw.findings)


def test_what_looks_like_a_jammer_but_is_text_stays() -> None:
    for line in ("选项为 A. B. C. D. E. 五项", "指标 1.2 3.4 5.6 7.8 9.1 逐年上升", "公式 x + y = z 成立"):
        lines = [line]
        assert cut_jammer(lines) == [] and lines == [line]
    # An edit the text reports stays: no forum's stamp.
    sentence = "本帖最后由管理员统一编辑后发布。"
    assert sentence in paragraph_texts(read_text(f"{TITLE}\n{sentence}\n{BODY}"))


def test_editor_search_and_window_widgets_over_the_title_are_chrome() -> None:
    for widgets in ("添加链接\nlink管理\n链接快照平台", "选择特殊符号\n选择搜索类型\n请输入搜索关键词", "창닫기", "高级检索\n搜索"):
        raw = read_text(f"{widgets}\n{TITLE}\n{BODY}")
        assert raw.title == TITLE, widgets
    # A sentence on searching stays.
    assert "请输入搜索关键词后点击查询。" in _spoken(f"{TITLE}\n请输入搜索关键词后点击查询。\n{BODY}")


def test_html_tags_left_as_lines_and_the_list_numbers_they_emptied_are_not_read() -> None:
    litter = '<legend id="ab1"></legend><samp id="ab1"></samp>\n<delect id="ab1"></delect>\n3. \n4. <rp id="ab1"><option id="ab1"></option></rp>'
    raw = read_text(f"{litter}\n{TITLE}\n{BODY}")
    assert raw.title == TITLE
    assert not is_chrome_line("3.")  # alone, a number may head the words under it
    assert not is_chrome_line("使用<br>标签换行的说明")


def test_a_trail_broken_after_home_with_a_long_office_crumb_is_chrome() -> None:
    trail = "当前位置:首页\n> 政务公开 > 组织机构 > 县政府办公室(县外事办、县机关事务局) > 重点工作"
    assert read_text(f"{trail}\n{TITLE}\n{BODY}").title == TITLE
    # A flow written with arrows in the text is no trail.
    flow = "> 申请 > 受理 > 审核 > 办结，全程网上办理。"
    assert flow in paragraph_texts(read_text(f"{TITLE}\n{BODY}\n{flow}"))


def test_a_databases_caption_a_slug_and_a_bilingual_trail_are_chrome() -> None:
    for line in ("政策法规详细信息", "gongkai", "- CHINA & THE WORLD - News - 双语"):
        assert is_chrome_line(line), line
        assert read_text(f"{line}\n{TITLE}\n{BODY}").title == TITLE
    for line in ("项目基本情况和详细信息", "Beijing", "中国与世界"):
        assert not is_chrome_line(line), line


def test_a_sites_names_side_by_side_over_its_search_box_are_its_masthead() -> None:
    raw = read_text("某某资讯网，某某资讯门户网站\n某某资讯网\n搜索\n某市发布国土空间规划，划定三条控制线\n近日，某市印发国土空间规划。")
    assert raw.title == "某市发布国土空间规划，划定三条控制线"
    assert "资讯网" not in "\n".join(paragraph_texts(raw))


def test_escort_advertising_over_the_title_is_spam_and_a_tea_festival_is_not() -> None:
    raw = read_text(f"某楼凤网站论坛_全国空降约茶品茶，快餐一次价格范围\n{TITLE}\n{BODY}")
    assert raw.title == TITLE
    festival = "第五届品茶文化节暨快餐行业交流会将于5月举办"
    assert festival in _spoken(f"{TITLE}\n{festival}\n{BODY}")


def test_a_papers_preview_label_a_spaced_home_trail_and_a_language_switch_are_chrome() -> None:
    for line in ("论文部分内容阅读", "首 页>>公开信息内容", "EN", "查看原文"):
        assert is_chrome_line(line), line
        assert read_text(f"{line}\n{TITLE}\n{BODY}").title == TITLE
    # A heading on the parts of a plan, and a sentence naming 首页, stay.
    for line in ("部分内容调整说明", "首页展示的内容由各部门负责审核。"):
        assert not is_chrome_line(line), line
