"""Public API, the stdin/stdout command and the import cost of audiojiedu.normalize."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from helpers import SRC

from audiojiedu.model import Normalized, Rewrite
from audiojiedu.normalize import normalize, normalize_text


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_normalize_text_returns_the_model_type_with_spans_into_the_written_text() -> None:
    text = "2023年受理申请26件，办结率100%。"
    result = normalize_text(text)
    assert isinstance(result, Normalized)
    assert result.spoken == normalize(text)
    assert all(isinstance(r, Rewrite) for r in result.rewrites)
    assert [(r.written, r.rule) for r in result.rewrites] == [
        ("2023", "year"),
        ("26", "cardinal"),
        ("100%", "percent"),
    ]
    for rewrite in result.rewrites:
        assert text[rewrite.start : rewrite.end] == rewrite.written
    assert result.unknown == ()


def test_context_decides_year_or_count() -> None:
    assert normalize("2019年") != normalize("2019件").replace("件", "年")
    assert normalize("2019年").startswith(normalize("2019")[:0] + "二零一九")
    assert "两千零一十九" in normalize("2019件")


def test_rule_names_are_the_reading_classes() -> None:
    rules = {
        r.rule
        for r in normalize_text(
            "1.发布日期2022-11-03 8:30起，〔2019〕64号第3条，电话0539-8221234，PM2.5下降1.5%，S306线，3:2，20℃，5-8个，¥5"
        ).rewrites
    }
    assert {"heading", "date", "time", "docnum", "citation", "digits", "latin", "percent"} <= rules
    assert {"ratio", "unit", "range", "money", "cardinal"} <= rules


def test_import_is_light() -> None:
    # The CLI must answer within 0.5 s: importing the package may not pull numpy, jieba or
    # the model (which imports numpy), nor load the tables.
    code = (
        "import sys, audiojiedu.normalize as n;"
        "heavy = [m for m in ('numpy', 'jieba', 'audiojiedu.model', 'audiojiedu.normalize.rules') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_module_command_maps_lines_one_to_one() -> None:
    lines = ["2019年", "", "共有2个", "纯中文句子。", "电话：0539-8221234"]
    out = subprocess.run(
        [sys.executable, "-m", "audiojiedu.normalize"],
        input="\n".join(lines) + "\n",
        env=_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert out.stdout.split("\n")[:-1] == [normalize(line) for line in lines]


def test_module_command_answers_each_line_before_stdin_closes() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "audiojiedu.normalize"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=_env(),
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write("增长12.5%\n".encode())
        process.stdin.flush()
        first = process.stdout.readline().decode("utf-8")  # blocks forever without per-line flush
        assert first == "增长百分之十二点五\n"
    finally:
        process.stdin.close()
        process.wait(timeout=10)


def test_module_command_takes_arguments() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "audiojiedu.normalize", "第2次", "2次"],
        env=_env(),
        capture_output=True,
        check=True,
    )
    assert out.stdout.decode("utf-8").splitlines() == ["第二次", "两次"]


@pytest.mark.parametrize("text", ["", " ", "\t", "。", "abc", "١٢٣", "٣%"])
def test_edge_inputs(text: str) -> None:
    result = normalize_text(text)
    assert result.written == text


def test_stray_carriage_returns_and_separators_do_not_split_lines() -> None:
    lines = ["第1行\r中间", "第2行\u2028分隔\x85", "3"]
    out = subprocess.run(
        [sys.executable, "-m", "audiojiedu.normalize"],
        input=("\n".join(lines) + "\n").encode("utf-8"),
        env=_env(),
        capture_output=True,
        check=True,
    )
    spoken = out.stdout.decode("utf-8").split("\n")[:-1]
    assert len(spoken) == len(lines)
    assert all(len(line.splitlines()) == 1 for line in spoken)


def test_invisible_marks_do_not_split_a_number() -> None:
    text = "2\u200b019年增长1\u00ad2%"
    result = normalize_text(text)
    assert result.spoken == "二零一九年增长百分之十二"
    assert [(r.written, r.rule) for r in result.rewrites] == [
        ("2\u200b019", "year"),
        ("1\u00ad2%", "percent"),
    ]


def test_bullets_and_rule_lines_are_silent_but_listed() -> None:
    result = normalize_text("★重点任务=====")
    assert result.spoken == "重点任务"
    assert [(r.written, r.spoken) for r in result.rewrites] == [("★", ""), ("=====", "")]
