"""Budget-PDF layouts: short numbered headings above indented body lines, and a table whose
row labels have empty amount cells."""

from __future__ import annotations

import sys
from pathlib import Path

from audiojiedu.ingest import read_document

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
import make_fixtures as mf


def _texts(path: Path) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in read_document(path).paragraphs]


def test_short_headings_outnumbering_full_lines_stay_apart_from_their_body(tmp_path: Path) -> None:
    # 项目经费情况说明: more short heading lines than full lines; each body line is indented by
    # less than the body's indent step, so only the right margin tells the heading ended.
    lines = []
    for heading, body in [("一、项目概述", "推动产业高质量发展，完成经济指标任务。"), ("二、实施主体", "某区商务委员会"), ("三、实施周期", "全年"), ("四、绩效目标", "详见项目绩效目标表")]:
        lines += [heading, "\u3000" + body]
    ops = mf.text_lines(["\u3000\u3000根据区委区政府工作部署，本部门围绕年度重点任务安排项目经费，加强资金管理和绩效评价工作，确保资金安全。", "严格执行预算。"] + lines, top=760, size=12, leading=20)
    path = mf.make_pdf(tmp_path / "project.pdf", [[mf.Text(200, 800, 20, "某区商务委员会2025年部门预算"), *ops]])
    texts = [text for _, text in _texts(path)]
    assert "一、项目概述" in texts and "推动产业高质量发展，完成经济指标任务。" in texts
    assert "二、实施主体" in texts and "某区商务委员会" in texts
    assert "四、绩效目标" in texts and "详见项目绩效目标表" in texts


def test_a_row_label_with_empty_cells_stays_in_its_table(tmp_path: Path) -> None:
    rows = [
        ["项目", "预算数", "项目", "预算数"],
        ["一、财政拨款收入", "9,101", "一、一般公共服务支出", "8,209"],
        ["二、事业收入", "", "", ""],
        ["三、其他收入", "", "", ""],
        ["收入总计", "9,101", "支出总计", "9,101"],
    ]
    ops = [mf.Text(200, 800, 20, "2025年部门财务收支预算总表"), *mf.ruled_table(rows, top=760, widths=[150, 80, 150, 80])]
    ops += mf.text_lines(["二、机关运行经费预算", "\u3000\u3000本部门机关运行经费预算为171.01万元。"], top=560, size=12)
    path = mf.make_pdf(tmp_path / "table.pdf", [ops])
    paragraphs = _texts(path)
    labels = [(kind, text) for kind, text in paragraphs if "事业收入" in text or "其他收入" in text]
    assert labels and all(kind == "table" for kind, _ in labels)
    # A one-cell line after the table's last data row is text again.
    assert ("text", "二、机关运行经费预算") in paragraphs


def test_a_page_set_narrower_than_the_others_keeps_its_paragraphs_whole(tmp_path: Path) -> None:
    """A budget's project page set in a narrower measure than its other pages: its full lines end
    short of the document's right margin, yet they are a paragraph's lines, and its last word is
    not cut from its last character (…进行施 ‖ 工。) by a paragraph break."""
    wide_text = "本部门按照区委区政府的工作部署编制年度预算，严格执行预算管理制度，加强资金绩效管理，" * 6
    wide = [wide_text[i : i + 36] for i in range(0, 36 * 12, 36)]
    narrow_text = (
        "本工程由建设单位街道办事处建设，招标代理单位对本工程的全部单位进行招标工作，勘察单位对本工程的地质情况进行勘察，"
        "设计单位对本工程的建筑效果和使用功能要求进行设计，项目管理单位对本工程的项目施工进行全过程管理，投资监理单位对本工程的"
        "投资金额进行全过程控制，施工监理对本工程的质量进行全过程控制管理，其他各专业分包单位对相应的分包内容进行施工。"
    )
    narrow = [narrow_text[i : i + 28] for i in range(0, len(narrow_text), 28)]
    assert narrow[-1] == "工。"  # the last word cut before its last character
    first = [mf.Text(200, 800, 20, "某街道2025年部门预算"), *mf.text_lines(wide, top=760, size=12, leading=20)]
    second = mf.text_lines(["一、实施主体", *narrow], top=760, size=12, leading=20)
    path = mf.make_pdf(tmp_path / "budget.pdf", [first, second])
    texts = [text for _, text in _texts(path)]
    assert narrow_text in texts
