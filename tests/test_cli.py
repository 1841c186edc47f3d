"""The command line: contract commands, and one clear line for every bad input."""

from __future__ import annotations

import errno
import json
import subprocess
import sys
from pathlib import Path

import helpers
import pytest
from audiocheck import EXAMPLE
from click.testing import CliRunner
from helpers import VOICES

from audiojiedu.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def build_args(doc: Path, out: Path, tmp_path: Path, *extra: str) -> list[str]:
    return helpers.build_args(doc, out, tmp_path / "cache", *extra)


def assert_clean_failure(result, out: Path, *needles: str) -> None:
    assert result.exit_code not in (0, None), result.output
    message = result.output.strip()
    assert "Traceback" not in message and len(message.splitlines()) == 1, message
    for needle in needles:
        assert needle in message, message
    if out.exists():
        assert not (out / "manifest.json").exists()
        assert not list(out.glob("*.mp3"))
        assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))


BAD_DOCUMENTS = {
    "empty.txt": b"",
    "blank.txt": b"  \n\n\t \r\n",
    "binary.txt": bytes(range(256)) * 40,
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000),
    "broken.txt": "一、总体情况\n".encode() + b"\xff\xfe\xfa" * 50 + "继续".encode("gbk"),
}


@pytest.mark.parametrize("name", sorted(BAD_DOCUMENTS))
def test_bad_documents_fail_in_one_line(runner, tmp_path, name):
    doc = tmp_path / name
    doc.write_bytes(BAD_DOCUMENTS[name])
    out = tmp_path / "out"
    result = runner.invoke(cli, build_args(doc, out, tmp_path))
    assert_clean_failure(result, out, name)


def test_missing_input(runner, tmp_path):
    result = runner.invoke(cli, build_args(tmp_path / "nope.txt", tmp_path / "out", tmp_path))
    assert result.exit_code == 2 and "does not exist" in result.output


def test_usage_errors_are_one_line_from_the_real_command(tmp_path):
    """Click's own errors (a missing file, an unknown option) come in the one line every other
    error takes, not its usage block, with click's exit code 2; help and version still work."""
    for args in (["build", str(tmp_path / "nope.txt")], ["build", "--bogus", "x"]):
        result = subprocess.run([sys.executable, "-m", "audiojiedu", *args], capture_output=True, text=True)
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("audiojiedu: error: "), result.stderr
    assert "nope.txt" in subprocess.run([sys.executable, "-m", "audiojiedu", "build", str(tmp_path / "nope.txt")], capture_output=True, text=True).stderr
    version = subprocess.run([sys.executable, "-m", "audiojiedu", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and "audiojiedu" in version.stdout
    assert subprocess.run([sys.executable, "-m", "audiojiedu", "--help"], capture_output=True, text=True).returncode == 0


def test_malformed_config(runner, tmp_path):
    config = tmp_path / "voices.yaml"
    config.write_text("voices: {fake: {body: {voice: fake-body, rate: quick}}}\n", encoding="utf-8")
    out = tmp_path / "out"
    args = build_args(EXAMPLE, out, tmp_path)
    args[args.index("--config") + 1] = str(config)
    assert_clean_failure(runner.invoke(cli, args), out, "voices.yaml", "rate")


def test_unknown_voice(runner, tmp_path):
    config = tmp_path / "voices.yaml"
    config.write_text("voices: {fake: {body: {voice: nobody}}}\n", encoding="utf-8")
    out = tmp_path / "out"
    args = build_args(EXAMPLE, out, tmp_path)
    args[args.index("--config") + 1] = str(config)
    assert_clean_failure(runner.invoke(cli, args), out, "nobody")


@pytest.mark.slow  # whole builds
def test_unwritable_output_folder(runner, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(cli, build_args(EXAMPLE, blocker / "out", tmp_path))
    assert_clean_failure(result, blocker / "out", "cannot write")


@pytest.mark.slow  # whole builds
def test_disk_full_leaves_nothing_half_written(runner, tmp_path, monkeypatch):
    import audiojiedu.audio.assemble as assemble_module

    class FullDisk:
        def __init__(self, path, mode="r", *a, **k):
            self.handle = open(path, mode, *a, **k)  # noqa: SIM115 (a stand-in for open itself)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            if self.handle.tell() > 20000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.handle.write(data)

        def __getattr__(self, name):
            return getattr(self.handle, name)

    monkeypatch.setattr(assemble_module, "open", FullDisk, raising=False)
    out = tmp_path / "out"
    result = runner.invoke(cli, build_args(EXAMPLE, out, tmp_path))
    assert_clean_failure(result, out, "No space left on device")


def test_outline_json_contract(runner):
    result = runner.invoke(cli, ["outline", str(EXAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert "《2019年罗庄区政府信息公开工作年度报告》" in data["title"]
    assert data["metadata"]["索引号"] == "luozhuangqulz201/2020-0000160"
    assert data["metadata"]["发布机构"] == "罗庄区政府办公室"
    assert data["metadata"]["成文日期"] == data["metadata"]["公开日期"] == "2020-02-05"

    def flat(sections, depth=1):
        for s in sections:
            yield depth, s["number"], s["title"]
            yield from flat(s["sections"], depth + 1)

    got = list(flat(data["sections"]))
    assert got[:9] == [
        (1, "一", "《年度报告》起草背景和要求"),
        (1, "二", "报告主要内容"),
        (2, "一", "总体情况"),
        (3, "（一）", "组织保障情况"),
        (3, "（二）", "政府信息管理及平台建设情况"),
        (3, "（三）", "重点领域信息公开情况"),
        (3, "（四）", "依申请公开方面"),
        (2, "二", "存在的主要问题及改进情况"),
        (3, "（一）", got[8][2]),
    ]
    assert [n for d, n, _ in got[8:]] == ["（一）", "（二）", "（三）", "（四）"]
    assert all(d == 3 and t.endswith("。") for d, _, t in got[8:])


def test_script_speaks_no_site_chrome(runner):
    result = runner.invoke(cli, ["script", str(EXAMPLE), "--engine", "fake", "--config", str(VOICES)])
    assert result.exit_code == 0, result.output
    for chrome in ("无障碍浏览", "关闭窗口", "下载Word", "公开方式", "2019"):
        assert chrome not in result.output  # 2019 must be read as 二零一九
    assert "二零一九年" in result.output


def test_normalize_reads_stdin_line_by_line(runner):
    result = runner.invoke(cli, ["normalize"], input="共收到申请95件。\n增长12.5%。\n")
    assert result.exit_code == 0
    assert result.output.splitlines() == ["共收到申请九十五件。", "增长百分之十二点五。"]


def test_voices_lists_engines(runner):
    result = runner.invoke(cli, ["voices"])
    assert result.exit_code == 0
    for name in ("offline:", "espeak", "edge"):
        assert name in result.output


def test_document_too_long_for_one_release(runner, tmp_path):
    doc = tmp_path / "archive.txt"
    doc.write_text("通知\n" + "全区共收到政府信息公开申请九十五件，其中予以公开三十六件。" * 16000, encoding="utf-8")
    out = tmp_path / "out"
    assert_clean_failure(runner.invoke(cli, build_args(doc, out, tmp_path)), out, "archive.txt", "too long", "split")


def test_control_and_invisible_characters_are_not_spoken(runner, tmp_path):
    doc = tmp_path / "ctl.txt"
    doc.write_text("通知\n一、总体\x07情况\u200b\u200d\u202e全年\x1b共收到申请95件\u200f。\n", encoding="utf-8")
    result = runner.invoke(cli, ["script", str(doc), "--engine", "fake", "--config", str(VOICES)])
    assert result.exit_code == 0, result.output
    assert "一、总体情况" in result.output and "全年共收到申请九十五件。" in result.output
    for invisible in ("\x07", "\u200b", "\u200d", "\u202e", "\x1b", "\u200f"):
        assert invisible not in result.output
