"""Page numbers a 文库 copy glued into the text: a run of them (1, 2, 3 … a page apart) is taken
out with a finding; a figure of the text, or numbers too close together to be pages, stay.
Made-up examples."""

from __future__ import annotations

from helpers import finding_kinds, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.glued_pages import drop_glued_page_numbers

_PAGE = "全街道上下要深入学习贯彻党的二十大精神，按照省委、市委部署要求，扎实推进各项工作，确保全年目标任务圆满完成。" * 3


def test_a_run_of_page_numbers_glued_into_a_flattened_copy_is_taken_out() -> None:
    text = f"12023年某街道工作规划今年是开局之年。{_PAGE}聚力增效2一是聚焦村级组织建设。{_PAGE}拉开新时期发展新3格局，紧紧围绕目标。{_PAGE}"
    cleaned, findings = drop_glued_page_numbers(text)
    assert cleaned.startswith("2023年某街道工作规划")
    assert "聚力增效一是" in cleaned and "发展新格局" in cleaned
    assert [f.kind for f in findings] == ["page-number"] and "3 个页码" in findings[0].message
    raw = read_text(text)
    assert "page-number" in finding_kinds(raw)
    assert "新3格局" not in "".join(p.text for p in raw.paragraphs)


def test_figures_and_close_numbers_stay() -> None:
    kept = [
        "构建1核2带3区的发展格局，形成4大产业集群。",  # a slogan: the numbers are no page apart
        f"全年完成3项任务。{_PAGE}共有2个单位参加。{_PAGE}第3季度增长5%。{_PAGE}",  # units, counting words
        f"目录\n1总则{_PAGE}\n2组织机构{_PAGE}\n3应急响应{_PAGE}",  # numbered lines at their start
        f"某某工作2组织。{_PAGE}",  # one alone is no run
    ]
    for text in kept:
        assert drop_glued_page_numbers(text) == (text, ()), text


def test_a_title_label_before_the_flattened_text_is_a_field() -> None:
    """某某讲话 / 文章标题：市长在20xx年全市某某会议上的讲话 （20xx年4月10日） 同志们：…: on a page
    flattened to one line the label naming the document, with its fuller name, stands before the
    text: kept as a field, not read; the text starts after it. A label naming something else is read."""
    title = "市长在全市消防工作会议上的讲话"
    text = "（20xx年4月10日） 同志们： 今天的会议开得很好，研究的是消防安全工作，着眼的是全市改革、发展和稳定大局。"
    raw = read_text(f"{title}\n{title} 文章标题：市长在20xx年全市消防工作会议上的讲话 {text}\n")
    assert raw.metadata["文章标题"] == "市长在20xx年全市消防工作会议上的讲话"
    assert paragraph_texts(raw)[0].startswith("（20xx年4月10日）")
    other = "标题：安全生产月活动方案 另附。今天的会议开得很好，研究的是消防安全工作。"
    raw = read_text(f"{title}\n{title} {other}\n")
    assert paragraph_texts(raw)[0].startswith("标题：安全生产月活动方案")


def test_a_viewers_page_counter_between_items_of_a_flattened_page_is_taken_out() -> None:
    """…（政府投资万元以上）; 1 / 3 （九）研究决定…: the document viewer's counter (page 1 of 3) left
    between two items of a page flattened to one line is not read; a fraction in a sentence
    (占比约为 1 / 3 左右) and a count of more pages than there are stay."""
    items = "（八）研究审议重大建设项目（政府投资万元以上）; 1 / 3 （九）研究决定需要统筹协调的重要工作或重大活动；" * 3
    raw = read_text(f"某某管委会主任办公会议事规则\n第五条 主任办公会议的议题包括：{items}\n")
    assert " / " not in " ".join(paragraph_texts(raw))
    assert "page-number" in finding_kinds(raw)
    kept = "某某市常住人口中城镇人口占比约为 1 / 3 左右，乡村人口占比约为 2 / 3 左右。"
    assert kept in paragraph_texts(read_text(f"某某市统计公报\n{kept}\n"))


def test_a_reposting_accounts_name_after_a_flattened_pages_signature_is_not_read() -> None:
    """…特此通告。 某某市人民政府 2024年2月4日 某某公安: on a page flattened to one line, a short name
    after the signature's date is the account that reposted it; the signature is read."""
    text = "当前疫情防控形势严峻，请广大市民群众予以理解和支持，不参与公众聚集性活动。" * 4
    raw = read_text(f"某某市人民政府关于禁止公众聚集性活动的通告\n{text}特此通告。 某某市人民政府 2024年2月4日 某某公安\n")
    assert paragraph_texts(raw)[-1].endswith("某某市人民政府 2024年2月4日")
    raw = read_text(f"某某市人民政府关于禁止公众聚集性活动的通告\n{text}特此通告。 某某市人民政府 2024年2月4日\n")
    assert paragraph_texts(raw)[-1].endswith("某某市人民政府 2024年2月4日")


def test_credits_and_the_sites_footer_after_a_flattened_pages_signature_are_not_read() -> None:
    """…特此通告。 某某区人民政府 2024年2月9日 编辑：某甲 责编：某乙 审核：某丙 某某区委宣传部主办 长按扫码:
    the credits are fields; the site's name, its sponsor and the QR prompt after them are not read."""
    text = "为加强森林防火工作，决定对辖区重点林区实施封闭管理，请广大群众予以理解和支持。" * 4
    tail = "编辑：某甲 责编：某乙 审核：某丙 某某区 某某区委宣传部主办 长按扫码"
    raw = read_text(f"某某区人民政府关于对重点林区实施封闭管理的通告\n{text}特此通告。 某某区人民政府 2024年2月9日 {tail}\n")
    assert paragraph_texts(raw)[-1].endswith("特此通告。 某某区人民政府 2024年2月9日")
    assert (raw.metadata["编辑"], raw.metadata["责编"], raw.metadata["审核"]) == ("某甲", "某乙", "某丙")


def test_a_credit_written_without_ren_is_a_field_at_the_foot() -> None:
    text = "会议要求各单位切实转变工作作风，理清工作思路，促进工作落实，确保各项目标任务圆满完成。"
    raw = read_text(f"某某县召开县政府全体会议\n{text}\n  撰稿：某甲 编辑：某乙\n")
    assert paragraph_texts(raw) == [text]
    assert (raw.metadata["撰稿"], raw.metadata["编辑"]) == ("某甲", "某乙")
