"""Sign-off: approve records who and when; feeds carry approved releases only; a changed
release loses its approval."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
from audiocheck import EXAMPLE
from click.testing import CliRunner

from audiojiedu.approval import APPROVAL_NAME, approve, read_approval, release_digest, split_approved
from audiojiedu.build import BuildOptions, build, load_document
from audiojiedu.cli import cli
from audiojiedu.config import load_config
from audiojiedu.errors import InputError
from audiojiedu.release_script import render_script

ROOT = Path(__file__).resolve().parents[1]
CONFIG = load_config(ROOT / "voices.yaml")
BASE = "https://example.gov.cn/audio/"


def run(source: Path, out: Path, cache: Path) -> None:
    options = BuildOptions(config=CONFIG, engine="fake", out_dir=out, cache_dir=cache, jobs=2)
    build([source], options, say=lambda message: None)


def small_doc(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_text(f"关于{name}的通知\n一、总体要求\n{body}\n", encoding="utf-8")
    return path


def titles_in(feed: Path) -> list[str]:
    channel = ElementTree.parse(feed).getroot().find("channel")
    assert channel is not None
    return [item.findtext("title", "") for item in channel.findall("item")]


def test_approve_records_who_when_and_what(tmp_path):
    out = tmp_path / "out"
    run(small_doc(tmp_path, "甲", "坚持以人民为中心。"), out, tmp_path / "cache")
    assert read_approval(out) is None
    when = datetime(2026, 12, 2, 13, 40, tzinfo=UTC)
    approval = approve(out, by="  张 三 ", now=when)
    assert (approval.by, approval.at, approval.current) == ("张 三", "2026-12-02T13:40:00Z", True)
    record = json.loads((out / APPROVAL_NAME).read_text(encoding="utf-8"))
    assert record["by"] == "张 三" and record["at"] == "2026-12-02T13:40:00Z"
    assert record["digest"] == release_digest(out)
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))
    with pytest.raises(InputError, match="--by"):
        approve(out, by="   ")


@pytest.mark.slow  # whole builds
def test_an_unchanged_rebuild_keeps_the_approval_an_edited_script_loses_it(tmp_path):
    script = tmp_path / "lz.script.md"
    script.write_text(render_script(load_document(EXAMPLE), opening=CONFIG.opening, closing=CONFIG.closing),
                      encoding="utf-8")
    out, cache = tmp_path / "out", tmp_path / "cache"
    run(script, out, cache)
    approve(out, by="李四")
    run(script, out, cache)  # nothing changed: same bytes, approval holds
    approval = read_approval(out)
    assert approval is not None and approval.current
    text = script.read_text(encoding="utf-8").replace("年底对全区52个部门单位", "年底对全区53个部门单位")
    script.write_text(text, encoding="utf-8")
    run(script, out, cache)
    approval = read_approval(out)
    assert approval is not None and approval.by == "李四" and not approval.current
    assert split_approved([out]) == ([], [(out, f"changed since 李四 approved it on {approval.at}")])


def test_a_script_edit_that_changes_no_output_still_loses_the_approval(tmp_path):
    script = tmp_path / "x.script.md"
    script.write_text("---\ntitle: 测试\n---\n\n# 一、总则\n\n正文。\n", encoding="utf-8")
    out, cache = tmp_path / "out", tmp_path / "cache"
    run(script, out, cache)
    approve(out, by="王五")
    script.write_text("---\ntitle: 测试\n---\n\n# 一、总则\n\n\n正文。\n", encoding="utf-8")  # one more blank line
    run(script, out, cache)
    assert read_approval(out).current is False


def test_feed_leaves_unapproved_releases_out_unless_asked(tmp_path):
    runner = CliRunner()
    cache = tmp_path / "cache"
    first, second = tmp_path / "r1", tmp_path / "r2"
    run(small_doc(tmp_path, "甲", "第一份正文。"), first, cache)
    run(small_doc(tmp_path, "乙", "第二份正文。"), second, cache)
    feed = tmp_path / "feed.xml"

    result = runner.invoke(cli, ["feed", str(first), str(second), "--base-url", BASE, "-o", str(feed)])
    assert result.exit_code == 1 and "no approved release" in result.output and not feed.exists()

    approved = runner.invoke(cli, ["approve", str(first), "--by", "张三"])
    assert approved.exit_code == 0 and "approved by 张三" in approved.stdout
    result = runner.invoke(cli, ["feed", str(first), str(second), "--base-url", BASE, "-o", str(feed)])
    assert result.exit_code == 0, result.output
    assert titles_in(feed) == ["关于甲的通知"]
    assert f"left out of the feed: {second}: not approved" in result.stderr

    result = runner.invoke(cli, ["feed", str(first), str(second), "--base-url", BASE, "-o", str(feed),
                                 "--include-unapproved"])
    assert result.exit_code == 0 and sorted(titles_in(feed)) == ["关于乙的通知", "关于甲的通知"]


def test_approve_needs_a_release_and_a_name(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["approve", str(tmp_path), "--by", "张三"])
    assert result.exit_code == 1 and "no manifest.json" in result.output
    assert runner.invoke(cli, ["approve", str(tmp_path)]).exit_code == 2  # --by is required


def test_a_damaged_approval_is_a_clear_error(tmp_path):
    out = tmp_path / "out"
    run(small_doc(tmp_path, "甲", "正文。"), out, tmp_path / "cache")
    (out / APPROVAL_NAME).write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(cli, ["feed", str(out), "--base-url", BASE, "-o", str(tmp_path / "f.xml")])
    assert result.exit_code == 1 and "unreadable approval" in result.output and "Traceback" not in result.output
