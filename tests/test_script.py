"""script.py: the segments of a document carry their paragraph as a field, and the transcript
groups sentences by that field (not by parsing segment ids)."""

from __future__ import annotations

from dataclasses import replace

from test_publish_sample import sample_release

from audiojiedu.config import Config
from audiojiedu.model import Document, Normalized, Section
from audiojiedu.publish.transcript import build_transcript
from audiojiedu.script import plan_segments, split_sentences


def _plain(text: str) -> Normalized:
    return Normalized(written=text, spoken=text)


def test_body_sentences_carry_their_paragraph_index() -> None:
    doc = Document(
        title="标题",
        metadata={},
        preface=("引言一句。引言二句。",),
        sections=(Section("一", "总体", "一、总体", paragraphs=("甲句。乙句。", "丙句。")),),
    )
    segments = plan_segments(doc, Config(opening=(), closing=()), normalize=_plain)
    got = [(s.role, s.written, s.paragraph) for s in segments]
    assert got == [
        ("title", "标题", 0),
        ("body", "引言一句。", 1),
        ("body", "引言二句。", 1),
        ("heading", "一、总体", 0),
        ("body", "甲句。", 1),
        ("body", "乙句。", 1),
        ("body", "丙句。", 2),
    ]


def test_transcript_groups_by_paragraph_field_not_by_id() -> None:
    release = sample_release()
    # Ids that say nothing about paragraphs: grouping must not change.
    renamed = replace(release, segments=tuple(replace(s, id=f"x{i}") for i, s in enumerate(release.segments)))
    renamed = replace(renamed, chapters=tuple(
        replace(c, segment_id=renamed.segments[[s.id for s in release.segments].index(c.segment_id)].id)
        for c in release.chapters
    ))
    assert [s.paragraphs for s in build_transcript(renamed).sections] == [
        s.paragraphs for s in build_transcript(release).sections
    ]
    # Splitting one paragraph in two (a new index) splits it in the transcript.
    first_group = next(p for s in build_transcript(release).sections for p in s.paragraphs if len(p) > 1)
    last = release.segments[first_group[-1]]
    split = replace(release, segments=tuple(
        replace(s, paragraph=s.paragraph + 100) if s is last else s for s in release.segments
    ))
    groups = [p for s in build_transcript(split).sections for p in s.paragraphs]
    assert first_group[:-1] in groups and (first_group[-1],) in groups


def test_headings_are_spoken_with_their_number_set_off_and_no_invented_punctuation() -> None:
    """A bare numeral is set off with 、 (（一）目标 -> 一、目标); an ordinal such as 第一章 is a
    label already, read with the document's space before its title, never 第一章、总则."""
    doc = Document(
        title="标题",
        metadata={},
        preface=(),
        sections=(
            Section("（一）", "目标", "（一）目标"),
            Section("第一章", "总则", "第一章  总则"),
            Section("第二章", "管理", "第二章管理"),
            Section("", "结语", "结语"),
        ),
    )
    segments = plan_segments(doc, Config(opening=(), closing=()), normalize=_plain)
    headings = [(s.written, s.spoken) for s in segments if s.role == "heading"]
    assert headings == [
        ("（一）目标", "一、目标"),
        ("第一章  总则", "第一章 总则"),
        ("第二章管理", "第二章 管理"),
        ("结语", "结语"),
    ]


def test_a_long_clause_without_commas_is_cut_between_words_not_inside_a_title_or_number() -> None:
    clause = (
        "根据新修订的《中华人民共和国预算法》、《国务院关于深化预算管理制度改革的决定》（国发〔2014〕45号）"
        "和《中共某省委某省人民政府关于深化财税体制改革的意见》（某发〔2014〕18号）有关要求，现提出以下意见。"
    )
    pieces = split_sentences(clause)
    assert "".join(pieces) == clause and len(pieces) > 1
    for piece in pieces:
        assert piece.count("《") == piece.count("》"), piece  # no cited title is split
        assert piece.count("（") == piece.count("）"), piece
    # A long cited title beside a short one: the cut goes round it even when the pieces come out
    # uneven (a pause inside 《…政府 ‖ 信息公开…》 is heard in the middle of a name).
    # (The national circular every 年报 cites, by its name.)
    cited = (
        "依据《中华人民共和国政府信息公开条例》（国务院令第711号）、《国务院办公厅政府信息与政务公开办公室关于印发"
        "中华人民共和国政府信息公开工作年度报告格式的通知》（国办公开办函〔2021〕30号）和省、市关于政务公开工作的部署要求编写本年度报告。"
    )
    pieces = split_sentences(cited)
    assert "".join(pieces) == cited
    assert all(piece.count("《") == piece.count("》") for piece in pieces), pieces
    # Titles cited back to back, each too long to share a piece with the next: one piece more,
    # so that every cut falls between two titles.
    plans = "".join(f"《某某市深入学习贯彻上级重要讲话精神进一步推进{topic}的工作方案》" for topic in ("现代化产业体系建设", "区域性物流集散枢纽建设", "长江流域高水平保护", "乡村全面振兴"))
    pieces = split_sentences(f"市政府近日印发{plans}等文件。")
    assert len(pieces) > 1
    assert all(piece.count("《") == piece.count("》") for piece in pieces), pieces
    numbers = "安全生产经费20万元、教育经费2.5万元、森林防火经费2万元、抗台风防汛经费10万元、清理经费8万元、统计科技经费12,345.67万元、危房改造经费1万元。"
    pieces = split_sentences(numbers * 2)
    assert "".join(pieces) == numbers * 2
    assert all(piece.endswith(("、", "。")) for piece in pieces)  # cut after an enumeration comma




def test_items_of_a_list_run_into_one_paragraph_are_sentences_of_their_own() -> None:
    """A flattened page runs a numbered list into one paragraph, the next item's number glued to
    the figure that ends the item before it (编号：2025-154、预算, 14:304、地点). Each item is read
    on its own and the figure without the number after it: never 一五四 or 三十四, which the page
    did not write."""
    items = ["1、项目名称：某某学校操场改造", "2、项目编号：2025-15", "3、采购预算：100万元", "4、采购方式：竞争性磋商"]
    assert split_sentences("一、项目基本信息" + "".join(items)) == ["一、项目基本信息", *items]
    times = ["1、截止时间：2025年07月24日 14:30（北京时间）", "2、地点：某某会议室", "3、开标时间：2025年07月24日 14:30", "4、开标地点：某某会议室"]
    assert split_sentences("".join(times)) == times


def test_numbers_set_apart_by_enumeration_commas_are_no_list_run() -> None:
    for text in (
        "第1、2条和3、4月份的规定，参加人数分别为12、24、36人。",
        "1、项目名称：某某2、项目编号：2025-15",  # two items are no run: nothing tells 154、 apart
        "面积为1、2、3号楼之和。",
    ):
        assert split_sentences(text) == [text], text
    # a run under way goes on only with its next number: 2025-154、 after items 1 and 2 is no item
    assert split_sentences("1、名称：某某2、编号：2025-154、预算：100万元") == ["1、名称：某某2、编号：2025-154、预算：100万元"]


def test_a_spaced_date_in_a_long_run_is_never_cut_at_its_spaces() -> None:
    # A PDF copy's spacing inside a date: a cut at the space before 日 is heard as 二十五 ‖ 日.
    run = (
        "在全县持续深化营商环境优化提升年主题实践推进会上的讲话某某县委书记某某某"
        "（2026 年 2 月 25 日）市民朋友们企业家朋友们同志们大家新春好今天我们召开全县新春第一会"
        "每年春节长假上来我们都会以实干争先为主题召开全县新春第一会动员全县上下奋发有为"
    )
    pieces = split_sentences(run)
    assert "".join(pieces) == run and len(pieces) > 1
    assert any("（2026 年 2 月 25 日）" in piece for piece in pieces)


def test_a_short_bracketed_document_number_is_never_cut() -> None:
    # Made up in the shape of a 办法's first article, as spoken: jieba parts 穗府办 into 穗府 | 办,
    # and the cut that evens the pieces best fell there, inside the bracketed document number.
    sentence = (
        "根据《某省推动某某产业高质量发展实施方案》（某办函二零二零年三百三十号）、"
        "《某某县人民政府办公厅关于推动食品产业高质量发展的实施意见》（穗府办二零二三年五号）"
        "和《某某县行政规范性文件管理规定》等文件的有关要求，结合本县实际，制定本办法。"
    )
    pieces = split_sentences(sentence)
    assert "".join(pieces) == sentence
    assert any("（穗府办二零二三年五号）" in piece for piece in pieces), pieces


def test_a_number_is_never_cut_from_its_measure_word_nor_a_roman_numeral_from_its_level() -> None:
    # A flattened contents list, one long clause: a cut between Ⅳ and 级 is a pause inside 四级.
    toc = "".join(f"（{n}）{r}级应急响应{p}" for n, r, p in zip("一二三四五六", "ⅠⅡⅢⅣⅠⅡ", (19, 20, 22, 23, 25, 27)))
    entries = "四、应急响应18" + toc * 2 + "（七）信息报送和处理28（八）指挥协调与紧急处置29"
    pieces = split_sentences(entries)
    assert "".join(pieces) == entries and len(pieces) > 1
    for piece in pieces:
        assert not piece.startswith("级"), pieces
        assert not piece.endswith(tuple("ⅠⅡⅢⅣ")), pieces
    # Where jieba ends words around a level: （五）|Ⅳ|级 — neither is a place to cut.
    from audiojiedu.script import _inside_mark

    level = "（五）Ⅳ级应急响应"
    assert _inside_mark(level, level.index("Ⅳ")) and _inside_mark(level, level.index("Ⅳ") - 1)
    assert not _inside_mark(level, level.index("级"))
    counts = "全镇共有" + "、".join(f"{n}个行政村" for n in range(10, 40)) + "。"
    for piece in split_sentences(counts.replace("、", "和")):
        assert not piece.startswith("个"), piece


def test_the_documents_number_is_announced_once_when_the_reader_kept_it_out_of_the_text() -> None:
    """A decision's number split off its title (某局行政处罚决定书（某罚决字〔2023〕第11号）) is
    metadata, not text: the default opening says it after the publisher; without one no line
    is said, nor when the text prints it at its head (said once)."""
    doc = Document(title="某局行政处罚决定书", metadata={"发布机构": "某局", "发文字号": "某罚决字〔2023〕第11号"}, preface=("某公司：",), sections=())
    openings = [s.written for s in plan_segments(doc, Config(), normalize=_plain) if s.role == "announcement"][:2]
    assert openings == ["某局发布。", "文号：某罚决字〔2023〕第11号。"]
    bare = replace(doc, metadata={"发布机构": "某局"})
    assert [s.written for s in plan_segments(bare, Config(), normalize=_plain) if s.role == "announcement"][:1] == ["某局发布。"]
    assert not any("文号" in s.written for s in plan_segments(bare, Config(), normalize=_plain))
    printed = replace(doc, preface=("行政处罚决定书", "某罚决字〔2023〕 第11号", "某公司："))
    assert not any("文号" in s.written for s in plan_segments(printed, Config(), normalize=_plain))
