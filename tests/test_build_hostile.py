"""Document text lands escaped and harmless in every output of a build and its feed."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from helpers import build_args

from audiojiedu.cli import cli

pytestmark = pytest.mark.slow  # whole builds of the example

HOSTILE = "<script>alert(1)</script> & \"q\" '../../etc/passwd'"


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def test_hostile_title_and_text_are_escaped_everywhere(tmp_path):
    doc = tmp_path / "evil name<script>.txt"
    doc.write_text(f"{HOSTILE}\n一、{HOSTILE}\n正文里也有<b>标签</b>和&amp;实体。\n", encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(cli, build_args(doc, out, tmp_path / "cache"))
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert all(name.isascii() and "/" not in name and "<" not in name for name in names), names
    for path in out.iterdir():
        if path.suffix in (".html", ".vtt"):  # markup: the text must arrive as text
            text = path.read_text(encoding="utf-8-sig")
            assert "<script>alert(1)</script>" not in text and "<b>标签" not in text, path.name
        elif path.suffix == ".json":  # data: valid JSON that gives back exactly the text
            assert HOSTILE in strings(json.loads(path.read_text(encoding="utf-8"))), path.name
    feed = tmp_path / "feed.xml"
    assert runner.invoke(cli, ["approve", str(out), "--by", HOSTILE]).exit_code == 0
    result = runner.invoke(cli, ["feed", str(out), "--base-url", "https://example.gov.cn/a/", "-o", str(feed)])
    assert result.exit_code == 0, result.output
    channel = ElementTree.parse(feed).getroot().find("channel")
    assert channel is not None and HOSTILE in channel.findtext("item/title", "")
