"""Preflight: every class of stumbling block, found on small crafted inputs, with its script line
and audio time; `audiojiedu check` and the build summary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from audiocheck import EXAMPLE
from click.testing import CliRunner

from audiojiedu.build import BuildOptions, build, load_document
from audiojiedu.cli import cli
from audiojiedu.config import load_config
from audiojiedu.engines.offline import MAX_CHUNK_CHARS
from audiojiedu.lexicon import load_lexicon
from audiojiedu.model import Chapter, Document, Finding, Section, TimedSegment
from audiojiedu.preflight import (
    LONG_CHAPTER_MS,
    check_document,
    long_chapters_timed,
    place,
    summarize,
)
from audiojiedu.release_script import parse_script

ROOT = Path(__file__).resolve().parents[1]
CONFIG = load_config(ROOT / "voices.yaml")


def script(body: str, *, title: str = "测试文件") -> Document:
    return parse_script(f"---\ntitle: {title}\n---\n\n{body}\n", source="t.script.md")


def kinds(findings: list[Finding]) -> list[str]:
    return [f.kind for f in findings]


def only(findings: list[Finding], kind: str) -> Finding:
    found = [f for f in findings if f.kind == kind]
    assert len(found) == 1, findings
    return found[0]


def test_a_clean_document_has_nothing_to_check():
    assert check_document(script("# 一、总则\n\n坚持以人民为中心，推进各项工作。"), config=CONFIG) == []
    # The example is a saved page: the only things to check are what it dropped of the site's: the
    # title the page repeats at its foot, and its toolbar lines.
    lexicon = load_lexicon(CONFIG.lexicon_path)
    repeat, dropped = check_document(load_document(EXAMPLE), config=CONFIG, lexicon=lexicon)
    assert (repeat.kind, repeat.text) == ("chrome-dropped", "《2019年罗庄区政府信息公开工作年度报告》")
    assert dropped.kind == "chrome-dropped"
    assert dropped.text == "无障碍浏览 / 下载Word 下载PDF / 关闭窗口"


def test_characters_the_voice_cannot_speak():
    doc = script("# 一、总则\n\n全年地区生产总值（GDP）增长，表情😀也在。")
    # Both voices speak Latin letters (the offline voice by their Mandarin names), so only the
    # emoji is unspeakable, and GDP is "latin" (how letters are read is worth a look).
    offline_found = check_document(doc, config=CONFIG, engine="offline")
    offline = only(offline_found, "unspeakable")
    assert "GDP" not in offline.message and "😀" in offline.message
    assert offline.text == "全年地区生产总值（GDP）增长，表情😀也在。"
    assert "GDP" in only(offline_found, "latin").message
    edge = check_document(doc, config=CONFIG, engine="edge")
    assert "😀" in only(edge, "unspeakable").message and "GDP" not in only(edge, "unspeakable").message
    assert "GDP" in only(edge, "latin").message


def test_latin_letters_say_how_they_are_read():
    found = check_document(script("# 一、总则\n\n推广H5页面和APP应用。"), config=CONFIG, engine="edge")
    assert "H、APP" in only(found, "latin").message
    # a reading override settles it: nothing left to flag
    fixed = script("# 一、总则\n\n推广{H5|网页}页面和{APP|应用程序}应用。")
    assert check_document(fixed, config=CONFIG, engine="edge") == []


def test_latin_words_are_flagged_once_with_the_offline_voices_reading():
    found = check_document(
        script("# 一、总则\n\n推进Wi-Fi和5G覆盖。\n\n新建5G基站，提升GDP。\n\n5G用户增长。"), config=CONFIG, engine="offline"
    )
    latin = [f for f in found if f.kind == "latin"]
    assert len(latin) == 2  # 5G's G once, at its first use; GDP where it first appears
    assert "Wi-Fi=wai4 fai1" in latin[0].message and "G=ji4" in latin[0].message
    assert "GDP=ji4·di4·pi4" in latin[1].message and "G=" not in latin[1].message


def test_guessed_readings_of_marker_signs_and_quoted_code_numbers():
    found = check_document(script("# 一、总则\n\n标记“▲”的指标为约束性指标，实施“12218”工程。"), config=CONFIG, engine="edge")
    message = only(found, "reading-guessed").message
    assert "▲→实心三角" in message and "12218→一二二一八" in message
    # a bullet is removed, not read: nothing guessed; plain symbols (≥) are facts, not guesses
    assert "reading-guessed" not in kinds(check_document(script("# 一、总则\n\n▲ 全年增长不低于5%，x≥3。"), config=CONFIG, engine="edge"))
    # a staff reading settles it
    fixed = script("# 一、总则\n\n标记“{▲|三角形}”的指标为约束性指标，实施“{12218|一二二一八}”工程。")
    assert check_document(fixed, config=CONFIG, engine="edge") == []


@pytest.mark.parametrize(
    "text",
    [
        "统计数据 12 345 678 9 如下。",
        "合计5949.088667123亩。",
        "三项 1,234 5.6% 789 分别为。",
        # cells glued to their row label: the normalizer reads them digit by digit, and says so
        "申请数量801000081，转下年度。",
    ],
)
def test_digit_runs_that_could_be_a_flattened_table(text):
    found = check_document(script(f"# 一、总则\n\n{text}"), config=CONFIG, engine="edge")
    assert "digit-run" in kinds(found)


@pytest.mark.parametrize("text", ["增长12.5%，达到345亿元。", "电话0539-8221234。", "2019年12月31日前完成。"])
def test_ordinary_numbers_are_not_digit_runs(text):
    assert "digit-run" not in kinds(check_document(script(f"# 一、总则\n\n{text}"), config=CONFIG, engine="edge"))


def test_suspected_chrome_and_hard_wrapped_lines():
    doc = script(
        "# 一、总则\n\n【打印】 【关闭】\n\n"
        "这是一段被硬换行切断的正文，内容讲到一半\n\n就换到了下一行继续说明。\n\n"
        "广州市天河区发展和改革局\n\n2025年4月24日"
    )
    found = check_document(doc, config=CONFIG, engine="edge")
    assert only(found, "chrome-kept").text == "【打印】 【关闭】"
    assert only(found, "hard-wrap").text == "这是一段被硬换行切断的正文，内容讲到一半"  # not the signature lines


def test_headings_guessed_from_layout(tmp_path):
    doc = tmp_path / "doc.txt"
    body = "，同样需要足够长才能让标题的判断成立，因此继续写一些文字，再多写一点。"
    doc.write_text(f"关于测试的通知\n开头的正文{body}\n工作要点\n要点的正文{body}\n保障措施\n保障的正文{body}\n",
                   encoding="utf-8")
    found = check_document(load_document(doc), config=CONFIG, engine="edge")
    assert [f.text for f in found if f.kind == "heading-guessed"] == ["工作要点", "保障措施"]
    # numbered headings are not guesses; in a release script staff have confirmed every heading
    assert check_document(script("# 一、总则\n\n正文。\n\n# 工作要点\n\n正文。"), config=CONFIG, engine="edge") == []


def test_chapters_longer_than_15_minutes_estimated_and_timed():
    sentence = "坚持以人民为中心的发展思想，推进各项工作落到实处。"  # 25 characters
    long_body = "\n\n".join([sentence * 4] * 50)  # 5,000 characters: about 18 minutes
    found = check_document(script(f"# 一、很长的一章\n\n{long_body}\n\n# 二、短章\n\n{sentence}"), config=CONFIG, engine="edge")
    chapter = only(found, "long-chapter")
    minutes = int(re.search(r"约 (\d+) 分钟", chapter.message).group(1))
    assert chapter.text == "一、很长的一章" and 15 < minutes < 25
    segments = (
        TimedSegment("s01-h", ("一、甲",), "heading", "一、甲", "一、甲", 0, 1000, "fake", "v", "k"),
        TimedSegment("s02-h", ("二、乙",), "heading", "二、乙", "二、乙", 20 * 60_000, 20 * 60_000 + 900, "fake", "v", "k"),
    )
    chapters = (
        Chapter("一、甲", 0, 20 * 60_000, 1, "s01-h"),
        Chapter("二、乙", 20 * 60_000, 20 * 60_000 + LONG_CHAPTER_MS, 1, "s02-h"),
    )
    timed = long_chapters_timed(segments, chapters)
    assert [f.text for f in timed] == ["一、甲"] and "20 分钟" in timed[0].message


def test_segments_longer_than_the_engine_says_in_one_go():
    run_on = "这一句没有任何标点而且非常长需要一口气读完所有这些字以便测试语音引擎一次能够读出的最大字数限制会被超出然后还要继续一直说下去直到最后"
    assert len(run_on) > 60
    found = check_document(script(f"# 一、总则\n\n{run_on}。"), config=CONFIG, engine="offline")
    assert f"超过 {2 * MAX_CHUNK_CHARS} 字" in only(found, "too-long").message
    assert "too-long" not in kinds(check_document(script("# 一、总则\n\n短句，很短。"), config=CONFIG, engine="offline"))


def test_readings_changed_by_the_lexicon(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text("长处\tzhang3 chu4\t掌处\n", encoding="utf-8")
    lexicon = load_lexicon(path)
    doc = script("# 一、总则\n\n他的长处很多。")
    offline = only(check_document(doc, config=CONFIG, engine="offline", lexicon=lexicon), "lexicon")
    assert "长 读作 zhang3（不用词典为 chang2）" in offline.message
    edge = only(check_document(doc, config=CONFIG, engine="edge", lexicon=lexicon), "lexicon")
    assert "长处→掌处" in edge.message


def test_findings_of_the_reader_and_outline_are_kept():
    doc = Document(
        title="测试", metadata={}, preface=(), sections=(Section("一", "总则", "一、总则", ("正文。",)),),
        findings=(Finding("numbering-jump", "编号不连续", "一、总则"),),
    )
    assert kinds(check_document(doc, config=CONFIG, engine="edge")) == ["numbering-jump"]


def test_place_finds_script_line_and_audio_time():
    findings = [Finding("latin", "m", "推广H5页面。"), Finding("latin", "m", "推广H5页面。")]
    segments = [
        TimedSegment("s01-p001-01", (), "body", "推广H5页面。", "", 1000, 2000, "fake", "v", "k"),
        TimedSegment("s01-p002-01", (), "body", "推广H5页面。", "", 5000, 6000, "fake", "v", "k"),
    ]
    lines = ["---", "title: T", "---", "", "# 一、总则", "", r"推广{H5|网页}页面。", "", "推广H5页面。"]
    placed = place(findings, segments=segments, script_lines=lines)
    assert [(p.segment_id, p.start_ms) for p in placed] == [("s01-p001-01", 1000), ("s01-p002-01", 5000)]
    assert placed[0].line == 7


# -- the command line ---------------------------------------------------------------------------


def test_check_prints_findings_with_script_lines_and_strict_exits_1(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("关于测试的通知\n一、总体要求\n全年地区生产总值（GDP）增长。\n统计数据 12 345 678 9 如下。\n",
                   encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["check", str(doc), "--config", str(ROOT / "voices.yaml")])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line]
    assert [line.split("\t")[1] for line in lines] == ["latin", "digit-run"]
    script_out = tmp_path / "doc.script.md"
    runner.invoke(cli, ["script", str(doc), "-o", str(script_out), "--config", str(ROOT / "voices.yaml")])
    script_lines = script_out.read_text(encoding="utf-8").split("\n")
    for line in lines:
        number = int(re.match(r"line (\d+)\t", line).group(1))
        assert line.split("\t")[3][:10] in script_lines[number - 1]
    assert "2 to check (digit-run 1, latin 1)" in result.stderr
    strict = runner.invoke(cli, ["check", str(doc), "--strict", "--config", str(ROOT / "voices.yaml")])
    assert strict.exit_code == 1
    plain = tmp_path / "plain.txt"
    plain.write_text("关于测试的通知\n一、总体要求\n坚持以人民为中心，推进各项工作。\n", encoding="utf-8")
    clean = runner.invoke(cli, ["check", str(plain), "--strict", "--config", str(ROOT / "voices.yaml")])
    assert clean.exit_code == 0 and "nothing to check" in clean.stderr


def test_build_prints_a_summary_and_lists_findings_in_review_html(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("关于测试的通知\n一、总体要求\n开头一句。\n全年地区生产总值（GDP）增长。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(doc), "--engine", "fake", "-o", str(tmp_path / "out"),
                                      "--cache-dir", str(tmp_path / "cache"), "--no-progress",
                                      "--config", str(ROOT / "voices.yaml")])
    assert result.exit_code == 0, result.output
    assert re.search(r"segments \(\d+ synthesized, \d+ cached\)", result.stdout)
    assert "preflight: 1 to check (latin 1); see" in result.stdout
    page = (tmp_path / "out" / "review.html").read_text(encoding="utf-8")
    assert page.index("朗读前检查") < page.index("</h1>") + 200  # at the top
    link = re.search(r'<a class="play" href="doc\.mp3#t=([\d.]+)" data-start="([\d.]+)"', page)
    assert link is not None
    from audiojiedu.manifest import read_manifest

    segment = next(s for s in read_manifest(tmp_path / "out").segments if "GDP" in s.written)
    assert float(link.group(2)) == pytest.approx(segment.start_ms / 1000, abs=0.001)
    # the line of that sentence in the script `script -o` writes
    CliRunner().invoke(cli, ["script", str(doc), "-o", str(tmp_path / "doc.script.md"),
                             "--config", str(ROOT / "voices.yaml")])
    lines = (tmp_path / "doc.script.md").read_text(encoding="utf-8").split("\n")
    assert f"第 {lines.index('全年地区生产总值（GDP）增长。') + 1} 行" in page


def test_summary_counts_kinds():
    assert summarize([]) == "nothing to check"
    assert summarize([Finding("latin", "m"), Finding("latin", "n"), Finding("too-long", "o")]) == (
        "3 to check (latin 2, too-long 1)"
    )


def test_build_options_unchanged_for_library_callers(tmp_path):
    """The library build reports findings too (the studio reads them)."""
    doc = tmp_path / "doc.txt"
    doc.write_text("关于测试的通知\n一、总体要求\n推广H5页面。\n", encoding="utf-8")
    options = BuildOptions(config=CONFIG, engine="fake", out_dir=tmp_path / "out", cache_dir=tmp_path / "c",
                           jobs=1)
    (report,) = build([doc], options, say=lambda m: None)
    assert kinds(report.findings) == ["latin"]


def test_a_broken_document_number_and_a_dated_line_that_lost_its_characters_are_guesses() -> None:
    # A PDF copy lost 〕 and 号 of the number, and 年月日 of the signature's date: the readings
    # that put them back are guesses, listed for staff.
    found = check_document(
        script("# 一、总则\n\n根据某政办发〔201746制定。\n\n2017 6 23\n\n20221227日在某区人民代表大会上"), config=CONFIG, engine="edge"
    )
    messages = " ".join(f.message for f in found if f.kind == "reading-guessed")
    assert "〔201746→二零一七年四十六号" in messages and "2017 6 23→二零一七年六月二十三日" in messages
    assert "20221227→二零二二年十二月二十七" in messages


def test_a_date_glued_to_the_words_after_it_is_read_as_a_guess_that_staff_see() -> None:
    found = check_document(script("# 一、总则\n\n纲要已经202124某市人民代表大会批准。"), config=CONFIG, engine="edge")
    messages = " ".join(f.message for f in found if f.kind == "reading-guessed")
    assert "202124→二零二一年二月四日" in messages


def test_every_finding_kind_the_readers_and_the_outline_report_has_a_label() -> None:
    # review.html names each finding by its label; a kind without one shows as a bare code.
    import re
    from pathlib import Path

    from audiojiedu.preflight import KIND_LABELS

    source = Path(__file__).resolve().parents[1] / "src" / "audiojiedu"
    kinds = set()
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        kinds |= set(re.findall(r'Finding\(\s*"([a-z-]+)"', text))
        kinds |= set(re.findall(r'\bfound\(\s*"([a-z-]+)"', text))
        for name in re.findall(r"Finding\(\s*([A-Z_]+)\b", text):  # Finding(LINE_TABLE, …)
            kinds |= set(re.findall(rf'^{name} = "([a-z-]+)"$', text, re.MULTILINE))
    assert kinds and sorted(kinds - set(KIND_LABELS)) == []
