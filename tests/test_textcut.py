"""The one text cutter: sentences, clauses, packing, and spans under a limit at the best break."""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

import pytest

from audiojiedu import textcut
from audiojiedu.engines.edge import split_for_requests
from audiojiedu.script import split_sentences

ROOT = Path(__file__).parent
CORPUS = ROOT / "fixtures" / "corpus"
GOLDEN = ROOT / "golden" / "textcut" / "corpus_cuts.json"


def _words(*words: str) -> tuple[str, set[int]]:
    """A text and the indices of its word-final characters, from explicit words."""
    ends: set[int] = set()
    position = 0
    for word in words:
        position += len(word)
        ends.add(position - 1)
    return "".join(words), ends


def _texts(text: str, spans: list[textcut.Span]) -> list[str]:
    return textcut.pieces(text, spans)


def test_cut_after_keeps_punctuation_and_closing_quotes_with_the_piece() -> None:
    text = "他说：“好。”然后走了！！还有"
    assert _texts(text, textcut.cut_after(text, textcut.SENTENCE_STOPS)) == ["他说：“好。”", "然后走了！！", "还有"]
    # An opening quote starts the next piece.
    assert _texts(text, textcut.cut_after(text, "：", 0, 5)) == ["他说：", "“好"]


def test_ellipsis_and_line_breaks_end_sentences() -> None:
    assert textcut.sentences("等等……下一句\n\n第三句。  ") == ["等等……", "下一句", "第三句。"]


def test_a_semicolon_between_two_numbers_parts_a_list_not_sentences() -> None:
    # Each segment is read on its own: cut here, 6623731 would lose the 电话 that makes it a number
    # to read digit by digit, and be heard as 六百六十二万….
    assert textcut.sentences("举报电话：12119；6623731。下一句；再一句") == ["举报电话：12119；6623731。", "下一句；", "再一句"]
    assert textcut.sentences("共3件；另有5件。") == ["共3件；", "另有5件。"]


def test_pack_joins_while_it_fits_and_never_cuts_a_unit() -> None:
    units = [(0, 3), (3, 5), (5, 12), (12, 13)]
    assert textcut.pack(units, lambda a, b: b - a <= 5) == [(0, 5), (5, 12), (12, 13)]


def test_weight_counts_syllables_not_punctuation() -> None:
    assert textcut.weight("一、二，三。“四”") == 4
    assert textcut.weight("AI 2 个") == 4


def test_spans_end_at_sentence_ends_and_pack_clauses() -> None:
    text = "第一句。第二句有两个分句，都很短；第三句。"
    spans = textcut.cut_spans(text, limit=20, word_ends=set(range(len(text))))
    assert _texts(text, spans) == ["第一句。", "第二句有两个分句，都很短；", "第三句。"]
    spans = textcut.cut_spans(text, limit=6, word_ends=set(range(len(text))))
    assert _texts(text, spans) == ["第一句。", "第二句有", "两个分句，", "都很短；", "第三句。"]


def test_long_clause_is_cut_at_a_word_boundary_never_inside_a_word() -> None:
    text, ends = _words("全面", "推进", "政务", "公开", "标准化", "规范化", "建设", "工作")
    spans = textcut.cut_spans(text, limit=8, word_ends=ends)
    assert "".join(_texts(text, spans)) == text
    for start, end in spans:
        assert textcut.weight(text[start:end]) <= 8
        assert end - 1 in ends, text[start:end]


def test_cuts_are_balanced_not_greedy() -> None:
    # 18 syllables under a limit of 16: two parts of about 9, not 16 + 2.
    text, ends = _words(*["公开"] * 9)
    spans = textcut.cut_spans(text, limit=16, word_ends=ends)
    assert sorted(textcut.weight(text[a:b]) for a, b in spans) == [8, 10]


def test_a_boundary_after_de_or_before_he_is_preferred_near_the_ideal_cut() -> None:
    text, ends = _words("依法", "及时", "主动", "公开", "的", "各类", "政府", "信息", "资料", "目录")
    spans = textcut.cut_spans(text, limit=12, word_ends=ends)
    assert _texts(text, spans) == ["依法及时主动公开的", "各类政府信息资料目录"]
    text, ends = _words("保障", "群众", "知情权", "参与权", "和", "监督权", "表达权", "落实")
    spans = textcut.cut_spans(text, limit=12, word_ends=ends)
    assert _texts(text, spans) == ["保障群众知情权参与权", "和监督权表达权落实"]


def test_a_word_longer_than_the_limit_is_cut_inside_it() -> None:
    text = "甲" * 25
    spans = textcut.cut_spans(text, limit=10, word_ends={24})
    assert [b - a for a, b in spans] == [10, 10, 5]


def test_without_an_even_share_the_last_boundary_that_fits_is_taken() -> None:
    # 31 syllables under 28: the only boundaries are after syllables 2 and 30, so no two parts
    # fit; cut at the last boundary that fits rather than inside a word.
    text, ends = _words("公开", "甲" * 28, "乙")
    spans = textcut.cut_spans(text, limit=28, word_ends=ends)
    assert _texts(text, spans) == ["公开", "甲" * 28, "乙"]


def test_nothing_is_dropped_and_empty_spans_are_left_out() -> None:
    text = "  第一句。  。第二句很长很长很长很长很长，第三个分句也不短！ "
    spans = textcut.cut_spans(text, limit=6, word_ends=set(range(len(text))))
    assert "".join(_texts(text, spans)).replace(" ", "") == text.replace(" ", "")
    assert all(text[a:b].strip() for a, b in spans)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert not text[end:start].strip()


def test_jieba_word_ends_cover_the_text() -> None:
    text = "坚持以人民为中心的发展思想"
    ends = textcut.jieba_word_ends(text)
    assert ends[-1] == len(text) - 1
    assert ends == sorted(set(ends))


@pytest.mark.parametrize("expression", ["2019-2020", "2022-11-03", "8:30", "12.5", "2023/2024"])
def test_no_word_end_falls_inside_a_number_expression(expression: str) -> None:
    text = f"某地区{expression}年度秋冬季工作方案"
    start = text.index(expression)
    ends = textcut.jieba_word_ends(text)
    assert not [end for end in ends if start <= end < start + len(expression) - 1]
    assert ends[-1] == len(text) - 1


def test_words_beside_a_number_still_end_where_jieba_ends_them() -> None:
    text = "完成投资12亿元和建设3个项目"
    ends = textcut.jieba_word_ends(text)
    assert text.index("亿") - 1 in ends or text.index("亿") in ends
    assert text.index("和") - 1 in ends


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False).encode()).hexdigest()[:16]


@pytest.mark.parametrize("name", sorted(json.loads(GOLDEN.read_text(encoding="utf-8"))))
def test_script_and_edge_cut_the_corpus_as_before(name: str) -> None:
    """Recorded from the script splitter and the edge packer before they moved onto textcut
    (see tests/golden/textcut/README.md): every line of the corpus files cuts the same."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))[name]
    lines = [line for line in _decode((CORPUS / name).read_bytes()).splitlines() if line.strip()]
    assert len(lines) == len(golden)
    for line, expected in zip(lines, golden):
        got = [split_sentences(line)] + [split_for_requests(line, max_bytes=size) for size in (1000, 200, 60)]
        assert [_digest(value) for value in got] == expected, (line[:60], got)


def test_no_segment_ends_inside_a_cited_title_even_at_its_comma() -> None:
    # A notice cites a plan whose own title cites another (〈…，…〉 inside 《…》): the comma inside
    # is part of the name; a segment break there is a pause in the middle of a title.
    title = "《某某市贯彻落实〈关于打好经济增长主动仗，推动全市经济持续回升向好的若干措施〉实施方案》"
    text = f"为进一步推动全市经济社会高质量发展，经市政府同意，现将{title}印发给你们，请各区人民政府、市政府各部门、各直属机构结合实际认真组织实施。"
    parts = split_sentences(text)
    assert "".join(parts) == text
    assert any(title in part for part in parts)


def test_clause_spans_keep_a_short_cited_title_whole() -> None:
    text = "为贯彻落实《某某省关于促进消费、扩大内需、稳定增长的措施》，制定本方案。"
    spans = textcut.cut_spans(text, limit=30, word_ends=set(textcut.jieba_word_ends(text)))
    assert any("《某某省关于促进消费、扩大内需、稳定增长的措施》" in piece for piece in textcut.pieces(text, spans))


def test_the_colon_of_a_web_address_is_no_clause_break() -> None:
    text = "申请人可通过政府网站依申请公开平台（网址：https://www.example.gov.cn/ysqgk/index.shtml），填写并提交政府信息公开申请书，也可以通过信函方式提出申请。"
    assert any("https://www.example.gov.cn/ysqgk/index.shtml" in part for part in split_sentences(text))
    text = "时间:8点 网址:http://a.cn"
    assert textcut.pieces(text, textcut.cut_after(text, ":")) == ["时间:", "8点 网址:", "http://a.cn"]


def test_a_long_clause_is_not_cut_before_the_head_word_of_an_organ_name() -> None:
    # 某省办公厅 政务公开 办公室 关于 印发…: a cut before 办公室 takes the name from its head word;
    # the breath goes before 关于, where the name ends.
    text, ends = _words("和", "某省", "办公厅", "信息", "与", "政务", "公开", "办公室", "关于", "印发", "年度", "报告", "格式", "的", "通知")
    spans = textcut.cut_spans(text, limit=20, word_ends=ends)
    assert _texts(text, spans) == ["和某省办公厅信息与政务公开办公室", "关于印发年度报告格式的通知"]


def test_a_long_clause_is_cut_neither_inside_an_inner_title_nor_before_a_particle() -> None:
    text, ends = _words("为", "贯彻", "落实", "国务院", "办公厅", "关于", "印发", "〈", "政府", "信息", "公开", "工作", "年度", "报告", "格式", "〉", "的", "通知", "有关", "要求")
    spans = textcut.cut_spans(text, limit=24, word_ends=ends)
    assert not any("〈" in piece and "〉" not in piece for piece in _texts(text, spans))
    text, ends = _words("区", "财政局", "在", "收到", "此笔", "清收", "处置", "资金", "后", "的", "三十个", "工作日", "内", "报送", "区", "助贷", "中心")
    spans = textcut.cut_spans(text, limit=16, word_ends=ends)
    assert not any(piece.startswith("的") for piece in _texts(text, spans))
