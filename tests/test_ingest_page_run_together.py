"""Page fields run together on one line (issue 17, dev6): a short label glued to a date before it
or a time label glued before its date, counters glued to a value, a mark between fields. Every
example is made up, in the shape of real pages."""

from __future__ import annotations

from audiojiedu.ingest.page_fields import parse_metadata_line


def test_a_short_label_right_after_a_figure_starts_a_field() -> None:
    row = parse_metadata_line("时间：2022-11-04作者：县委办公室文章来源：某某县融媒体中心")
    assert row == {"时间": "2022-11-04", "作者": "县委办公室", "文章来源": "某某县融媒体中心"}


def test_a_time_label_glued_before_its_date_starts_a_field() -> None:
    assert parse_metadata_line("来源：某某晚报时间：2024-06-30") == {"来源": "某某晚报", "时间": "2024-06-30"}
    assert parse_metadata_line("来源：某某周刊日期：2021年5月2日") == {"来源": "某某周刊", "日期": "2021年5月2日"}


def test_a_short_label_inside_a_word_stays_in_the_value() -> None:
    # 作者 after a character (not a figure) and 时间 without a date after it are part of the value.
    assert parse_metadata_line("来源：青年作者：协会") == {"来源": "青年作者：协会"}
    assert parse_metadata_line("来源：某某报时间：不详") == {"来源": "某某报时间：不详"}


def test_a_counter_glued_to_a_value_is_the_sites() -> None:
    row = parse_metadata_line("文章来源：某某学院（宣传部）浏览：1024")
    assert row == {"文章来源": "某某学院（宣传部）"}


def test_an_empty_counter_glued_to_a_value_does_not_end_the_row() -> None:
    row = parse_metadata_line("发布时间：2023-04-01 10:20信息来源： 某市民政局阅读次数：编辑：王某某 字体：【")
    assert row == {"发布时间": "2023-04-01 10:20", "信息来源": "某市民政局", "编辑": "王某某"}


def test_a_mark_between_fields_and_a_layout_link_are_no_values() -> None:
    row = parse_metadata_line("时间： 2019-03-15 08:10； 作者： 李某  电脑版浏览")
    assert row == {"时间": "2019-03-15 08:10", "作者": "李某"}
