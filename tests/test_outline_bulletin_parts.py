"""A statistics bulletin scraped into one line (issue 17, dev71): each part's title lists sectors
(科技、文化、体育) and its body runs on without a mark. All examples are made up."""

from __future__ import annotations

from helpers import flat_outline

from audiojiedu.ingest import read_text
from audiojiedu.outline import parse_outline

BULLETIN = (
    "一、综合 全年实现生产总值206.10亿元，比上年增长6.2%。二、农业2016年，全区完成农林牧渔业总产值68.18亿元。"
    "三、工业、建筑业工业生产平稳。全年规模以上工业完成产值28.78亿元。四、固定资产投资2016年，全区完成投资396.81亿元。"
    "五、交通、邮电2016年，全区完成货运量1245万吨。互联网宽带接入用户29.3万户，比增335.4%.六、国内贸易、物价2016年，"
    "全区社会消费品零售总额59.30亿元。七、对外经济、旅游全区新批准外资企业数242户，下降15.3%。"
    "八、科技、文化、体育坚持以科技创新为核心，实施创新驱动发展战略。九、人口、人民生活年末，全区总户数123251户。"
    "十、资源、环境和应急管理全年空气质量优良天数比例为99.2%。"
)


def _tops(text: str) -> list[tuple[str, str]]:
    doc = parse_outline(read_text(f"2016年某区国民经济和社会发展统计公报\n{text}\n"))
    return [(number, title) for depth, number, title in flat_outline(doc.sections) if depth == 1]


def test_each_part_of_a_flattened_bulletin_is_found_with_its_title_only() -> None:
    assert _tops(BULLETIN) == [
        ("一", "综合"),
        ("二", "农业"),
        ("三", "工业、建筑业"),
        ("四", "固定资产投资"),
        ("五", "交通、邮电"),
        ("六", "国内贸易、物价"),
        ("七", "对外经济、旅游"),
        ("八", "科技、文化、体育"),
        ("九", "人口、人民生活"),
        ("十", "资源、环境和应急管理"),
    ]


def test_a_budget_category_joined_by_he_is_not_cut() -> None:
    text = (
        "一、支出预算情况（一）基本支出。1、社会保障和就业支出（208类）行政单位离退休（01项）56.12万元。"
        "2、社会保障和就业支出（208类）机关事业单位基本养老保险缴费支出（05项）157.23万元。"
    )
    doc = parse_outline(read_text(f"某局2026年部门预算\n{text}\n"))
    assert all(row[2] != "社会保障和就业" for row in flat_outline(doc.sections))


def test_a_sector_repeated_far_into_the_body_does_not_cut_the_title() -> None:
    text = BULLETIN.replace("八、科技、文化、体育坚持以科技创新为核心", "八、科技、文化、体育事业发展坚持以科技创新为核心")
    assert ("八", "科技、文化、体育事业发展坚持以科技创新为核心") not in _tops(text)


def test_a_sector_title_on_a_line_of_its_own_is_kept_whole() -> None:
    text = "十、文化旅游、卫生健康和体育\n年末全区共有文化馆1个。\n十一、能源、资源环境和安全生产\n全年能源消费总量下降。"
    assert _tops(text) == [("十", "文化旅游、卫生健康和体育"), ("十一", "能源、资源环境和安全生产")]
