"""Review files for a release: every normalization rewrite, so a person can check the readings.

`review.tsv` is for tools and spreadsheets; `review.html` is for people (self-contained,
Chinese UI). Both list each rewrite with its segment, and every symbol the normalizer could
not read (rule "unknown").
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .fsutil import atomic_write
from .model import Segment

if TYPE_CHECKING:
    from .preflight import Placed

TSV_NAME = "review.tsv"
HTML_NAME = "review.html"
TSV_COLUMNS = ("segment", "section", "written", "spoken", "rule")
_CONTEXT = 24  # characters of sentence shown on each side of a rewrite in the HTML
_SECTION_SEPARATOR = " > "

# Chinese names for the rule ids, shown in the HTML.
_RULE_LABELS = {
    "cardinal": "数字",
    "decimal": "小数",
    "percent": "百分数",
    "year": "年份",
    "date": "日期",
    "date-guess": "残缺日期（推测年月日）",
    "time": "时刻",
    "range": "范围",
    "ratio": "比例",
    "docnum": "文号",
    "docnum-guess": "残缺文号（推测年份与序号）",
    "citation": "序号与条款",
    "footnote": "注释标记",
    "digits": "号码",
    "code-number": "引号中的编号（逐位读）",
    "table-digits": "疑似表格数字（逐位读）",
    "unit": "单位",
    "money": "金额",
    "latin": "字母与编码",
    "file-type": "文件扩展名（不读）",
    "heading": "标题序号",
    "symbol": "符号",
    "mark": "标记符号",
    "control": "控制字符",
    "unknown": "无法朗读",
    "lexicon": "读音词典",
    "script": "朗读稿改读",
    "script-pinyin": "朗读稿注音",
    "script-pinyin-homophone": "朗读稿注音（以同音字代读）",
    "script-pinyin-unsupported": "朗读稿注音未能生效（按原文读）",
}


def write_review(
    segments: Sequence[Segment],
    out_dir: Path,
    *,
    slug: str,
    title: str,
    flags: Sequence[Placed] = (),
    audio: str = "",
    script_name: str = "",
) -> dict[str, Path]:
    """Write review.tsv and review.html into `out_dir`; return their paths by role. `flags`: the
    preflight findings, listed first in the HTML with their script line and a link that plays
    the moment in `audio` (the release's MP3 file name)."""
    out_dir = Path(out_dir)
    tsv_path = out_dir / TSV_NAME
    html_path = out_dir / HTML_NAME
    atomic_write(tsv_path, render_tsv(segments))
    atomic_write(
        html_path, render_html(segments, slug=slug, title=title, flags=flags, audio=audio, script_name=script_name)
    )
    return {"review_tsv": tsv_path, "review_html": html_path}


def _tsv_field(text: str) -> str:
    # A tab or line break inside a field would break the row; show them as visible escapes.
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def render_tsv(segments: Sequence[Segment]) -> str:
    lines = ["\t".join(TSV_COLUMNS)]
    for segment in segments:
        section = _SECTION_SEPARATOR.join(segment.section_path)
        for rewrite in segment.rewrites:
            row = (segment.id, section, rewrite.written, rewrite.spoken, rewrite.rule)
            lines.append("\t".join(_tsv_field(field) for field in row))
        for symbol in segment.unknown:
            row = (segment.id, section, symbol, symbol, "unknown")
            lines.append("\t".join(_tsv_field(field) for field in row))
    return "\n".join(lines) + "\n"


def _visible(text: str) -> str:
    """Escape for HTML and make invisible characters (controls, format marks) visible."""
    out = []
    for ch in text:
        code = ord(ch)
        if code < 0x20 or 0x7F <= code < 0xA0 or 0x200B <= code <= 0x200F or 0x202A <= code <= 0x202E or code == 0xFEFF:
            out.append(f'<span class="cp">U+{code:04X}</span>')
        else:
            out.append(html.escape(ch))
    return "".join(out)


def _context(written: str, start: int, end: int) -> str:
    left_start = max(0, start - _CONTEXT)
    right_end = min(len(written), end + _CONTEXT)
    return (
        ("…" if left_start else "")
        + _visible(written[left_start:start])
        + "<mark>"
        + _visible(written[start:end])
        + "</mark>"
        + _visible(written[end:right_end])
        + ("…" if right_end < len(written) else "")
    )


_STYLE = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;line-height:1.6;color:#222}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}mark{background:#ffe58a;padding:0 .1em}.spoken{color:#05527a}
.unknown td{background:#fde8e8}.rule{white-space:nowrap;color:#555}.cp{font-size:.75em;color:#a00;border:1px solid #a00;padding:0 .2em}
.summary td:last-child{text-align:right}
.flags td:nth-child(4),.flags td:nth-child(5){white-space:nowrap}a.play{color:#05527a}
audio{width:100%;margin:.5rem 0}
.ajd-table{overflow-x:auto;margin:0 0 1rem}.ajd-table table{width:auto}caption{text-align:left;font-weight:bold}
"""

# Clicking a time link plays that moment in the page's player (without script, the link opens
# the MP3 at that time through a media fragment, #t=seconds).
_PLAY_SCRIPT = """
document.addEventListener("click", function (event) {
  var link = event.target.closest("a.play");
  var audio = document.getElementById("review-audio");
  if (!link || !audio) return;
  event.preventDefault();
  audio.currentTime = parseFloat(link.dataset.start);
  audio.play();
});
"""


def _clock(ms: int) -> str:
    seconds = ms // 1000
    return (
        f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        if seconds >= 3600
        else f"{seconds // 60}:{seconds % 60:02d}"
    )


def _flags_section(flags: Sequence[Placed], *, audio: str, script_name: str) -> list[str]:
    from .preflight import KIND_LABELS

    parts = ['<section aria-labelledby="preflight"><h2 id="preflight">朗读前检查</h2>']
    if not flags:
        parts.append("<p>朗读前检查没有发现需要留意的地方。</p></section>")
        return parts
    where = (
        f"朗读稿 <code>{html.escape(script_name)}</code>"
        if script_name
        else "朗读稿（<code>audiojiedu script -o</code> 写出的文件）"
    )
    parts.append(
        f"<p>听众可能在这些地方听不明白，共 {len(flags)} 处。请在{where}里按行号修改后重新生成，"
        "点击时间可从该处播放。</p>"
    )
    if audio:
        parts.append(f'<audio id="review-audio" controls preload="none" src="{html.escape(audio)}"></audio>')
    parts.append(
        '<table class="flags"><tr><th scope="col">类别</th><th scope="col">说明</th><th scope="col">原文</th>'
        '<th scope="col">朗读稿行</th><th scope="col">音频</th></tr>'
    )
    for flag in flags:
        finding = flag.finding
        label = KIND_LABELS.get(finding.kind, finding.kind)
        text = finding.text if len(finding.text) <= 60 else finding.text[:60] + "…"
        line = f"第 {flag.line} 行" if flag.line else "—"
        if flag.start_ms is not None and audio:
            clock = _clock(flag.start_ms)
            seconds = flag.start_ms / 1000
            time = (
                f'<a class="play" href="{html.escape(audio)}#t={seconds:.2f}" data-start="{seconds:.3f}" '
                f'aria-label="从 {clock} 播放">{clock}</a>'
            )
        else:
            time = "—"
        parts.append(
            f'<tr class="flag-{html.escape(finding.kind)}"><td>{html.escape(label)}</td><td>{_visible(finding.message)}</td>'
            f"<td>{_visible(text)}</td><td>{line}</td><td>{time}</td></tr>"
        )
    parts.append(f"</table><script>{_PLAY_SCRIPT}</script></section>")
    return parts


def render_html(
    segments: Sequence[Segment],
    *,
    slug: str,
    title: str,
    flags: Sequence[Placed] | None = None,
    audio: str = "",
    script_name: str = "",
) -> str:
    counts: Counter[str] = Counter()
    for segment in segments:
        counts.update(rewrite.rule for rewrite in segment.rewrites)
        counts.update("unknown" for _ in segment.unknown)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>朗读校对 · {html.escape(title)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>朗读校对：{html.escape(title)}</h1>",
        (
            f"<p>发布标识：<code>{html.escape(slug)}</code>。下表列出文本规范化对原文所作的每一处改写"
            "（原文 → 朗读），以及无法朗读、原样保留的符号。请逐条核对读法。</p>"
        ),
    ]
    if flags is not None:
        parts.extend(_flags_section(flags, audio=audio, script_name=script_name))
    parts.extend(_shown_section(segments))
    total = sum(counts.values())
    if total == 0:
        parts.append("<p>没有需要核对的改写。</p>")
    else:
        parts.append('<h2>概览</h2><table class="summary"><tr><th>类别</th><th>规则</th><th>处数</th></tr>')
        for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            label = _RULE_LABELS.get(rule, rule)
            parts.append(
                f"<tr><td>{html.escape(label)}</td><td><code>{html.escape(rule)}</code></td><td>{count}</td></tr>"
            )
        parts.append(f'<tr><th colspan="2">合计</th><th>{total}</th></tr></table>')
        parts.append("<h2>逐条改写</h2>")
        parts.append("<table><tr><th>段落</th><th>章节</th><th>原文（上下文）</th><th>朗读为</th><th>规则</th></tr>")
        for segment in segments:
            section = html.escape(_SECTION_SEPARATOR.join(segment.section_path))
            seg_id = html.escape(segment.id)
            for rewrite in segment.rewrites:
                spoken = _visible(rewrite.spoken) if rewrite.spoken else "<em>（不读）</em>"
                parts.append(
                    f'<tr id="{seg_id}-{rewrite.start}"><td><code>{seg_id}</code></td><td>{section}</td>'
                    f"<td>{_context(segment.written, rewrite.start, rewrite.end)}</td>"
                    f'<td class="spoken">{spoken}</td>'
                    f'<td class="rule">{html.escape(_RULE_LABELS.get(rewrite.rule, rewrite.rule))}</td></tr>'
                )
            for symbol in segment.unknown:
                where = segment.written.find(symbol)
                context = _context(segment.written, where, where + len(symbol)) if where >= 0 else _visible(symbol)
                parts.append(
                    f'<tr class="unknown"><td><code>{seg_id}</code></td><td>{section}</td>'
                    f"<td>{context}</td><td>{_visible(symbol)}（原样保留）</td>"
                    f'<td class="rule">{_RULE_LABELS["unknown"]}</td></tr>'
                )
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _shown_section(segments: Sequence[Segment]) -> list[str]:
    """Long tables: said as a summary, shown in full (transcript, player), never synthesized."""
    from .publish.shown import table_html

    placed = [(segment, table) for segment in segments for table in segment.shown]
    if not placed:
        return []
    parts = [
        "<h2>只显示、不朗读的表格</h2>",
        f"<p>共 {len(placed)} 张较长的表格：朗读时只播报表名、行列数、列名和合计行，"
        "全表显示在文字稿和播放页面（不合成语音）。请核对摘要与表格。</p>",
    ]
    for number, (segment, table) in enumerate(placed, 1):
        parts.append(
            f"<p>在 <code>{html.escape(segment.id)}</code>「{html.escape(segment.written)}」之后：</p>"
            + table_html(table, label=f"表格{number}")
        )
    return parts


def note_skipped(segments: Sequence[Segment], skipped: Sequence[Sequence[str]]) -> tuple[list[Segment], str | None]:
    """Add what the voice skipped in each segment to its unknown symbols, so the review lists
    it; and a warning for the build report when anything was skipped."""
    out: list[Segment] = []
    skipped_all: list[str] = []
    for segment, left_out in zip(segments, skipped, strict=True):
        new = [c for c in left_out if c not in segment.unknown]
        skipped_all += new
        out.append(replace(segment, unknown=segment.unknown + tuple(dict.fromkeys(new))) if new else segment)
    if not skipped_all:
        return out, None
    shown = "".join(dict.fromkeys(skipped_all))[:20]
    return out, f"{len(skipped_all)} characters the voice cannot speak were left out ({shown}); see review.tsv"
