"""The release script: written from a document, edited by staff, built like any input."""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from audiocheck import EXAMPLE
from click.testing import CliRunner

from audiojiedu.build import BuildOptions, build, load_document, plan
from audiojiedu.cli import cli
from audiojiedu.config import load_config
from audiojiedu.errors import InputError
from audiojiedu.lexicon import load_lexicon
from audiojiedu.manifest import read_manifest
from audiojiedu.release_script import (
    Reading,
    escape,
    parse_inline,
    parse_script,
    render_script,
    take_pinyin,
    written_text,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
CORPUS_DOCS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html", ".pdf", ".docx"))
CONFIG = load_config(ROOT / "voices.yaml")


def write_script(source: Path, out: Path) -> Path:
    doc = load_document(source)
    out.write_text(render_script(doc, opening=CONFIG.opening, closing=CONFIG.closing), encoding="utf-8")
    return out


def run(inputs, out, cache, **kw):
    options = BuildOptions(config=CONFIG, engine="fake", out_dir=out, cache_dir=cache, jobs=2, **kw)
    return build([Path(p) for p in inputs], options, say=lambda msg: None)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def counter(tmp_path, monkeypatch):
    path = tmp_path / "calls.txt"
    monkeypatch.setenv("AUDIOJIEDU_FAKE_COUNTER", str(path))

    def calls() -> list[str]:
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        path.unlink(missing_ok=True)
        return lines

    return calls


# -- the notation -----------------------------------------------------------------------------


def test_inline_notation_reads_overrides_and_escapes():
    pieces = parse_inline(r"{GDP|国内生产总值}增长，{长|zhang3}期 \{不是覆盖\} a|b \\ 完")
    assert pieces == [
        Reading("GDP", "国内生产总值"),
        "增长，",
        Reading("长", "zhang3", ("zhang3",)),
        "期 {不是覆盖} a|b \\ 完",
    ]
    assert written_text(pieces) == "GDP增长，长期 {不是覆盖} a|b \\ 完"
    assert parse_inline("{银行|yin2 hang2}")[0] == Reading("银行", "yin2 hang2", ("yin2", "hang2"))
    assert parse_inline("{第3条|第三条}")[0] == Reading("第3条", "第三条")  # not pinyin: spoken text


def test_escape_round_trips_any_text():
    rng = random.Random(13)
    alphabet = "中文{}|\\#a1 。，"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert written_text(parse_inline(escape(text))) == text, text
        assert all(isinstance(p, str) for p in parse_inline(escape(text)))


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{GDP国内生产总值", "not closed"),
        ("增长}了", "without"),
        ("{a|b|c}", "two “|”"),
        ("{a{b}|c}", "inside"),
        ("{|国内}", "empty written"),
        ("{长期|chang2}", "2 characters but 1 pinyin"),
        ("{长|chaang2}", "chaang2"),
        ("{GDP}", "{written|spoken}"),
    ],
)
def test_malformed_inline_notation_is_an_error(line, problem):
    with pytest.raises(InputError, match=r"x\.script\.md line 4: ") as info:
        parse_script(f"---\ntitle: T\n---\n{line}\n", source="x.script.md")
    assert problem in str(info.value)


def test_malformed_inline_notation_names_its_line():
    text = "---\ntitle: T\n---\n\n第一段。\n\n第二段{没有闭合。\n"
    with pytest.raises(InputError, match=r"^x\.script\.md line 7: “\{” at column 4 is not closed"):
        parse_script(text, source="x.script.md")


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("title: T\n---\n正文\n", 1, "starts with a front matter"),
        ("---\ntitle: T\n正文\n", 1, "never closed"),
        ("---\n索引号: 1\n---\n正文\n", 1, "no “title:”"),
        ("---\ntitle: T\n这不是键值\n---\n正文\n", 3, "key: value"),
        ("---\ntitle: T\n---\n\n# 一、总则\n\n### 太深\n", 7, "level-3 heading"),
        ("---\ntitle: T\n---\n\n#没有空格的标题\n", 5, "must be a heading"),
        ("---\ntitle: T\nautomatic: 坏了\n---\n正文\n", 3, "damaged"),
        ('---\ntitle: "未闭合\n---\n正文\n', 2, "JSON string"),
    ],
)
def test_malformed_script_gets_one_line_naming_the_line(tmp_path, text, line, problem):
    path = tmp_path / "bad.script.md"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "--engine", "fake", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    message = result.output.strip()
    assert "\n" not in message and "Traceback" not in message
    assert f"bad.script.md line {line}:" in message and problem in message, message


# -- the unedited script builds what the document builds ---------------------------------------


def _plan_rows(doc, engine_name):
    lexicon = load_lexicon(CONFIG.lexicon_path)
    return [
        (s.id, s.role, s.section_path, s.written, s.spoken, s.pause_after_ms, s.chapter_title, s.chapter_depth, s.shown)
        for s in plan(doc, CONFIG, engine_name=engine_name, lexicon=lexicon)
    ]


@pytest.mark.parametrize("source", CORPUS_DOCS, ids=lambda p: p.name)
def test_unedited_script_plans_exactly_like_its_document(tmp_path, source):
    script = write_script(source, tmp_path / "x.script.md")
    original, scripted = load_document(source), load_document(script)
    assert scripted.script is not None and scripted.script.edited_lines == ()
    assert scripted.title == original.title and dict(scripted.metadata) == dict(original.metadata)
    for engine_name in ("offline", "edge"):
        assert _plan_rows(scripted, engine_name) == _plan_rows(original, engine_name)


@pytest.mark.parametrize(
    "name", ["luozhuang-2019-audio-jiedu.txt", "hongze-2024-xxgk-nianbao.pdf", "08_pingtan-2023-xxgk-nianbao.txt"]
)
@pytest.mark.slow  # whole builds
def test_unedited_script_builds_byte_identical_release(tmp_path, name):
    source = CORPUS / name
    script = write_script(source, tmp_path / f"{source.stem}.script.md")
    (a,) = run([source], tmp_path / "a", tmp_path / "cache")
    (b,) = run([script], tmp_path / "b", tmp_path / "cache")
    assert b.synthesized == 0 and b.segments == a.segments
    for role in ("audio", "captions", "chapters_json", "chapters_vtt"):
        name_a = read_manifest(tmp_path / "a").files[role]
        name_b = read_manifest(tmp_path / "b").files[role]
        assert sha(tmp_path / "a" / name_a) == sha(tmp_path / "b" / name_b), role
    record = json.loads((tmp_path / "b" / "manifest.json").read_text(encoding="utf-8"))["totals"]["script"]
    assert record["edited"] is False and record["edited_lines"] == []


def test_script_command_writes_the_file(tmp_path):
    out = tmp_path / "lz.script.md"
    result = CliRunner().invoke(cli, ["script", str(EXAMPLE), "-o", str(out), "--config", str(ROOT / "voices.yaml")])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: 音频解读：《2019年罗庄区政府信息公开工作年度报告》\n")
    assert "\n发布机构: 罗庄区政府办公室\n" in text and "\nopening: {publisher}发布。\n" in text
    assert "\n# 一、《年度报告》起草背景和要求\n" in text and "\n### （一）组织保障情况\n" in text
    bad = CliRunner().invoke(cli, ["script", str(EXAMPLE), "-o", str(tmp_path / "lz.md")])
    assert bad.exit_code == 1 and "must end in .script.md" in bad.output
    # an unedited script may be written again; an edited one only with --force
    again = ["script", str(EXAMPLE), "-o", str(out), "--config", str(ROOT / "voices.yaml")]
    assert CliRunner().invoke(cli, again).exit_code == 0
    out.write_text(text.replace("# 二、报告主要内容", "# 二、主要内容"), encoding="utf-8")
    refused = CliRunner().invoke(cli, again)
    assert refused.exit_code == 1 and "staff edits" in refused.output
    assert "# 二、主要内容" in out.read_text(encoding="utf-8")
    assert CliRunner().invoke(cli, [*again, "--force"]).exit_code == 0
    assert out.read_text(encoding="utf-8") == text


def test_a_heading_the_reader_would_split_otherwise_keeps_its_reading():
    from audiojiedu.model import Document, Section

    doc = Document(
        title="T",
        metadata={},
        preface=(),
        sections=(Section(number="", title="一、总则", heading="（一）总则", paragraphs=("正文。",)),),
    )
    text = render_script(doc, opening=CONFIG.opening, closing=CONFIG.closing)
    assert "\n# {（一）总则|（一）总则}\n" in text
    rows = _plan_rows(parse_script(text, source="x.script.md"), "edge")
    assert rows == _plan_rows(doc, "edge")


def test_an_arabic_level_under_a_chinese_numeral_is_read_as_an_ordinal_and_round_trips():
    from audiojiedu.ingest import read_text
    from audiojiedu.outline import parse_outline

    body = "各部门要加强协调配合，确保各项任务落到实处。"
    doc = parse_outline(
        read_text(f"某县重点工作分解\n{body}\n一、县长牵头的工作\n1. 稳就业、保民生。\n{body}\n2. 优化营商环境。\n{body}\n")
    )
    spoken = [row[4] for row in _plan_rows(doc, "edge") if row[1] == "heading"]
    assert spoken == ["一、县长牵头的工作", "第一，稳就业、保民生。", "第二，优化营商环境。"]
    text = render_script(doc, opening=CONFIG.opening, closing=CONFIG.closing)
    assert "\n## 1. 稳就业、保民生。\n" in text  # written as the page has it
    assert _plan_rows(parse_script(text, source="x.script.md"), "edge") == _plan_rows(doc, "edge")
    # under an arabic number, or at the top, a number keeps its plain reading
    top = parse_outline(read_text(f"某县工作要点\n{body}\n1. 稳就业\n{body}\n2. 优化营商环境\n{body}\n"))
    assert [row[4] for row in _plan_rows(top, "edge") if row[1] == "heading"] == ["一、稳就业", "二、优化营商环境"]


# -- edits land everywhere ----------------------------------------------------------------------


def _edit(path: Path, *pairs: tuple[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


@pytest.mark.slow  # whole builds
def test_edits_land_in_audio_captions_chapters_player_and_manifest(tmp_path, counter):
    script = write_script(EXAMPLE, tmp_path / "lz.script.md")
    cache, out = tmp_path / "cache", tmp_path / "out"
    (first,) = run([script], out, cache)
    counter()
    deleted = "内容包括2019年临沂市政务公开工作要点和罗庄区政务公开工作要点中要求落实的情况，存在的问题、改进情况，以及统计附表、附图等。具体情况如下："
    _edit(
        script,
        ("发布机构: 罗庄区政府办公室", "发布机构: 罗庄区人民政府办公室"),  # metadata
        ("# 二、报告主要内容", "# 二、报告的主要内容"),  # chapter rename
        ("\n### （二）政府信息管理及平台建设情况\n", "\n"),  # chapter merge into （一）
        (deleted + "\n\n", ""),  # line deletion
        ("罗庄区高度重视政务公开工作", "{罗庄区|罗庄区区委}高度重视政务公开工作"),  # reading override
    )
    (second,) = run([script], out, cache)
    spoken = counter()
    assert "罗庄区人民政府办公室发布。" in spoken
    assert "二、报告的主要内容" in spoken
    assert any(s.startswith("罗庄区区委高度重视政务公开工作") for s in spoken)
    assert second.chapters == first.chapters - 1
    assert second.synthesized == len(spoken) == 3  # announcement, renamed heading, overridden sentence

    release = read_manifest(out)
    all_spoken = "".join(s.spoken for s in release.segments)
    assert "报告主要内容" not in all_spoken.replace("报告的主要内容", "")
    assert "具体情况如下" not in all_spoken and "政府信息管理及平台建设情况" not in all_spoken
    assert release.metadata["发布机构"] == "罗庄区人民政府办公室"
    override = next(s for s in release.segments if "罗庄区区委" in s.spoken)
    assert override.written.startswith("一是加强组织领导") is False and "罗庄区高度重视" in override.written

    captions = (out / release.files["captions"]).read_text(encoding="utf-8")
    assert "罗庄区高度重视政务公开工作" in captions and "罗庄区区委" not in captions  # captions show the text
    assert "具体情况如下" not in captions
    chapters = json.loads((out / release.files["chapters_json"]).read_text(encoding="utf-8"))
    titles = [c["title"] for c in chapters["chapters"]]
    assert "二、报告的主要内容" in titles and "二、报告主要内容" not in titles
    assert not any("政府信息管理及平台建设情况" in t for t in titles)
    player = (out / "player.html").read_text(encoding="utf-8")
    assert "二、报告的主要内容" in player and "政府信息管理及平台建设情况" not in player
    # the merged chapter's text now belongs to （一）
    merged = next(s for s in release.segments if s.written.startswith("一是规范管理年度政府信息"))
    assert merged.section_path[-1] == "（一）组织保障情况"

    record = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["totals"]["script"]
    assert record["edited"] is True and record["deleted_lines"] >= 2
    edited = {e["text"] for e in record["edited_lines"]}
    assert "发布机构: 罗庄区人民政府办公室" in edited and "# 二、报告的主要内容" in edited
    assert any("{罗庄区|罗庄区区委}" in t for t in edited)
    lines = script.read_text(encoding="utf-8").split("\n")
    assert all(lines[e["line"] - 1] == e["text"] for e in record["edited_lines"])


@pytest.mark.slow  # whole builds
def test_editing_one_sentence_synthesizes_one_segment(tmp_path, counter):
    script = write_script(EXAMPLE, tmp_path / "lz.script.md")
    cache, out = tmp_path / "cache", tmp_path / "out"
    run([script], out, cache)
    counter()
    _edit(script, ("年底对全区52个部门单位", "年底对全区53个部门单位"))
    (report,) = run([script], out, cache)
    assert report.synthesized == 1 and counter() == ["将政务公开工作纳入全区综合考核指标体系，年底对全区五十三个部门单位的政务公开工作实施量化考评。"]
    result = subprocess.run(
        [sys.executable, "-m", "audiojiedu", "build", str(script), "--engine", "fake", "-o", str(out),
         "--cache-dir", str(cache), "--no-progress", "--config", str(ROOT / "voices.yaml")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "segments (0 synthesized, " in result.stdout


@pytest.mark.slow  # whole builds
def test_script_announcement_templates_win_over_the_configuration(tmp_path, counter):
    script = write_script(EXAMPLE, tmp_path / "lz.script.md")
    _edit(script, ("closing: 以上是{title}的全部内容。感谢收听。", "closing: 感谢{publisher}。"),
          ("opening: {publisher}发布。", "opening:"))
    run([script], tmp_path / "out", tmp_path / "cache")
    spoken = counter()
    assert "感谢罗庄区政府办公室。" in spoken
    assert not any(s.endswith("发布。") for s in spoken)
    # without the keys, voices.yaml's templates apply
    text = "---\ntitle: 测试\n---\n\n# 一、总则\n\n正文。\n"
    segments = plan(parse_script(text, source="t.script.md"), CONFIG, engine_name="edge", lexicon=None)
    assert segments[-1].role == "announcement" and segments[-1].spoken == "以上是测试的全部内容。感谢收听。"


# -- pinyin overrides ---------------------------------------------------------------------------


def _script_doc(body: str):
    return parse_script(f"---\ntitle: 测试\n---\n\n# 一、总则\n\n{body}\n", source="t.script.md")


def test_pinyin_override_reaches_the_offline_voice_as_pinyin():
    from audiojiedu.engines.offline import OfflineEngine

    segments = plan(_script_doc("他的{长|zhang3}处很多。"), CONFIG, engine_name="offline", lexicon=None)
    body = next(s for s in segments if s.role == "body")
    assert body.written == "他的长处很多。" and "{长|zhang3}" in body.spoken
    assert take_pinyin(body.spoken) == ("他的长处很多。", {2: ("zhang3",)})
    engine = OfflineEngine()
    assert "zh ang3" in engine.pronounce(body.spoken)
    assert "ch ang2" in engine.pronounce("他的长处很多。")  # without the override
    assert [r.rule for r in body.rewrites] == ["script-pinyin"]


def test_pinyin_override_becomes_a_homophone_for_other_engines():
    segments = plan(_script_doc("他的{长|chang2}处和{行|hang2}业。"), CONFIG, engine_name="edge", lexicon=None)
    body = next(s for s in segments if s.role == "body")
    assert "{" not in body.spoken and "长" not in body.spoken and "行" not in body.spoken
    from audiojiedu.pinyin import to_pinyin

    assert to_pinyin(body.spoken, sandhi=False)[2] == "chang2"
    assert {r.rule for r in body.rewrites} == {"script-pinyin-homophone"}


def test_pinyin_override_without_homophone_is_read_as_written_with_a_note(monkeypatch):
    from audiojiedu import release_script

    monkeypatch.setattr(release_script, "homophone", lambda syllable: None)
    segments = plan(_script_doc("他的{长|chang2}处。"), CONFIG, engine_name="edge", lexicon=None)
    body = next(s for s in segments if s.role == "body")
    assert body.spoken == "他的长处。"
    assert [(r.written, r.rule) for r in body.rewrites] == [("长", "script-pinyin-unsupported")]
    from audiojiedu.preflight import check_document

    found = check_document(_script_doc("他的{长|chang2}处。"), config=CONFIG, engine="edge")
    assert [f.kind for f in found] == ["pinyin-ignored"] and "「长」" in found[0].message


def test_overrides_are_never_cut_by_the_sentence_splitter():
    segments = plan(_script_doc("甲乙。{这句。那句|一句话}丙丁。"), CONFIG, engine_name="edge", lexicon=None)
    bodies = [s for s in segments if s.role == "body"]
    assert [s.written for s in bodies] == ["甲乙。", "这句。那句丙丁。"]
    assert bodies[1].spoken == "一句话丙丁。"


@pytest.mark.slow
def test_unedited_script_gives_the_same_mp3_with_the_offline_voice(tmp_path):
    doc = tmp_path / "short.txt"
    doc.write_text("关于测试的通知\n一、总体要求\n坚持以人民为中心，积极地推进银行工作。\n二、工作措施\n他的长处很多。\n",
                   encoding="utf-8")
    script = write_script(doc, tmp_path / "short.script.md")
    digests = []
    for n, source in enumerate((doc, script)):
        out = tmp_path / f"out{n}"
        subprocess.run([sys.executable, "-m", "audiojiedu", "build", str(source), "--engine", "offline", "-o", str(out),
                        "--cache-dir", str(tmp_path / f"cache{n}"), "--no-progress",
                        "--config", str(ROOT / "voices.yaml")], check=True, capture_output=True)
        digests.append(sha(out / "short.mp3"))
    assert digests[0] == digests[1]
    # a pinyin override changes exactly the sentence it is in, with the voice's own reading
    _edit(script, ("他的长处很多。", "他的{长|zhang3}处很多。"))
    out = tmp_path / "out1"
    result = subprocess.run([sys.executable, "-m", "audiojiedu", "build", str(script), "--engine", "offline", "-o",
                             str(out), "--cache-dir", str(tmp_path / "cache1"), "--no-progress",
                             "--config", str(ROOT / "voices.yaml")], check=True, capture_output=True, text=True)
    assert "(1 synthesized," in result.stdout
    assert sha(out / "short.mp3") != digests[1]
