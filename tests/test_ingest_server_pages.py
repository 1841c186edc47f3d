"""Pages saved with their server's source (a JSP's <%@ page %>, <jsp:include>, ${…} left unfilled),
pages whose <title> names nothing (an authoring tool's placeholder, the site's greeting, a script
setting it), and data tables whose cells hold their lines as paragraphs. Every example is made up,
in the shape of real pages."""

from __future__ import annotations

from pathlib import Path

from helpers import paragraph_texts

from audiojiedu.ingest import read_document
from audiojiedu.ingest.html import read_html
from audiojiedu.ingest.sniff import sniff_format

_TEXT = "".join(f"<p>{text}</p>" for text in ("各乡镇人民政府，县直各单位：", "为加强河湖管理保护，现将有关事项通知如下。" * 3, "一、工作目标", "全面落实河湖长制各项任务。" * 4))
_GRID = (
    "<table class='khTable' border='1'><caption>某县2018年度河长制工作考核细则</caption>"
    "<thead><tr><th>序号</th><th>考核项目</th><th>分值</th><th>考核指标</th><th>负责考核部门</th></tr></thead><tbody>"
    "<tr><td>一、</td><td>巩固成果，提升工作实效</td><td>31</td><td></td><td></td></tr>"
    "<tr><td>1</td><td>完善组织体系</td><td>5</td><td><p>进一步健全组织体系、责任体系。</p><p>人员变动时及时调整并公布。</p></td><td>县河长办</td></tr>"
    "<tr><td>2</td><td>强化督查督办</td><td>4</td><td><p>严格执行督查制度和督办制度。</p></td><td>县河长办</td></tr>"
    "<tr><td>二、</td><td>推进专项整治</td><td>15</td><td></td><td></td></tr>"
    "<tr><td>3</td><td>整治违法采砂</td><td>6</td><td><p>开展专项整治行动。</p></td><td>县水利局</td></tr>"
    "</tbody></table>"
)


def test_a_jsp_fragment_opening_with_its_includes_is_read_as_a_page(tmp_path: Path) -> None:
    """<%@ page %>, <jsp:include>, <link> and <script> over the fragment's markup: the code and the
    includes are never read, the markup is read as a page's, and its table is read row by row."""
    source = (
        '<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"%>\n'
        '<jsp:include page="/common/base/include_BaseCommon.jsp"></jsp:include>\n'
        '<link href="<%=request.getContextPath() %>/css/standard.css" rel="stylesheet">\n'
        '<script src="<%=request.getContextPath()%>/js/rank.js"></script>\n'
        f"<div class='header'><h2><c>乡镇考核依据</c></h2></div><div class='content'>{_GRID}</div>\n"
    )
    page = tmp_path / "kaohe.jsp.html"
    page.write_text(source, encoding="utf-8")
    assert sniff_format(page, source.encode()) == "html"
    raw = read_document(page)
    assert raw.title == "某县2018年度河长制工作考核细则"
    spoken = "\n".join(paragraph_texts(raw))
    for code in ("jsp", "include", "request", "<", "%"):
        assert code not in spoken
    rows = [p.text for p in raw.paragraphs if p.kind == "table"]
    assert any(row.startswith("一、巩固成果，提升工作实效") for row in rows), rows  # the number cell said with its row, no pause
    assert any("完善组织体系" in row and "人员变动时及时调整并公布" in row and "县河长办" in row for row in rows), rows


def test_a_table_whose_cells_hold_paragraphs_is_data_when_it_is_a_grid() -> None:
    """Word's tables hold each cell's lines as <p>: a grid of three or more cells a row, as many in
    most rows, is a data table read row by row; a layout table (one cell a row, the article in
    it) is still read as the page's blocks."""
    raw = read_html(f"<html><head><title>某县2018年度河长制工作考核细则</title></head><body>{_GRID}</body></html>")
    assert any(p.kind == "table" for p in raw.paragraphs)
    assert not any(p.text in ("序号", "考核项目", "5") for p in raw.paragraphs)
    layout = f"<html><head><title>某县关于加强河湖管理的通知</title></head><body><table><tr><td>某县人民政府</td></tr><tr><td>{_TEXT}</td></tr></table></body></html>"
    raw = read_html(layout)
    assert "一、工作目标" in paragraph_texts(raw)


def test_a_templates_unfilled_expressions_are_never_read() -> None:
    """${policy.title} and the like, left in a JSP's source where the server fills the record in,
    are code: the words around them are the page's."""
    page = (
        "<html><head><title>某某解读</title></head><body><div class='detail'><div class='title'><p>某局负责人就某某改革答记者问 ${pol.title}</p>"
        "<span>发布时间：2017年10月9日${pol.time}</span></div><div class='content'><p>${pol.content}1、某某改革后，各地方案是否统一？</p>"
        "<p>答：将统一规范，确保改革依法合规、于法有据，各地要严格遵循有关要求。</p></div></div></body></html>"
    )
    raw = read_html(page)
    spoken = "\n".join(paragraph_texts(raw)) + raw.title + "".join(raw.metadata.values())
    assert "$" not in spoken and "pol." not in spoken and "{" not in spoken


def test_a_title_naming_nothing_gives_way_to_the_pages_headline() -> None:
    """<title>My JSP 'detail.jsp' starting page</title>, <title>欢迎访问某某平台</title>: an authoring
    tool's placeholder or the site's greeting names no document; the headline in the text is the
    title. A script setting the title (document.title="…") names it where <title> is missing."""
    body = f"<body><div class='text'><p>关于开展某某专项检查的通知</p>{_TEXT}</div></body>"
    for head in ("<title>My JSP 'detail.jsp' starting page</title>", "<title>欢迎访问某某县网络管理平台</title>", "<title>Insert title here</title>"):
        raw = read_html(f"<html><head>{head}</head>{body}</html>")
        assert raw.title == "关于开展某某专项检查的通知", head
        assert "starting page" not in "\n".join(paragraph_texts(raw)) and "欢迎访问" not in "\n".join(paragraph_texts(raw))
    scripted = f"<html><head><script>document.title=\"2015年某区公办初中招生通告\";</script></head><body><div>{_TEXT}</div></body></html>"
    assert read_html(scripted).title == "2015年某区公办初中招生通告"


def test_the_text_in_a_div_broken_by_line_breaks_is_the_article_beside_a_comment_list() -> None:
    """A notice set as bare text in a <div>, its lines broken by <br>, outweighs the comments
    listed under it: a <br> breaks no leaf of text."""
    notice = "各乡镇：<br>现将有关事项通知如下，请各地立即开展自查，对落实较好的要总结经验，对进展缓慢的要查明原因。<br><b>一、各地自查</b><br>各地要对贯彻实施情况开展逐项自查，确保各项措施落到实处。"
    comments = "".join(f"<li>某某{i}：同意，请按程序办理 ［2016-07-10］</li>" for i in range(3))
    page = f"<html><head><title>关于开展自查的通知</title></head><body><div class='box'><div class='text'>{notice}</div><ul>{comments}</ul></div></body></html>"
    texts = paragraph_texts(read_html(page))
    assert "各乡镇：" in texts and "一、各地自查" in texts


def test_a_column_title_gives_way_to_the_headline_cell_over_the_article_but_not_to_a_fields_value() -> None:
    """<title>工作通知</title> (a column's name): the headline in the layout table's row over the
    article is the title. A field's value over the article (主题词： 文秘工作　提案　函) is none,
    however it ends."""
    page = (
        "<html><head><title>工作通知</title></head><body><table><tr><td align=center><p><b>某部关于开展2011年度卫片执法检查工作的通知</b></p></td></tr>"
        f"<tr><td>某部〔2012〕3号</td></tr><tr><td>{_TEXT}</td></tr></table></body></html>"
    )
    assert read_html(page).title == "某部关于开展2011年度卫片执法检查工作的通知"
    fields = (
        "<html><head><title>工作通知</title></head><body><table><tr><td>主 题 词：</td><td>文秘工作\u3000提案\u3000函</td></tr>"
        f"<tr><td colspan=2>{_TEXT}</td></tr></table></body></html>"
    )
    assert read_html(fields).title != "文秘工作\u3000提案\u3000函"


def test_a_script_alone_over_text_is_no_page_but_a_fragments_loaded_scripts_are(tmp_path: Path) -> None:
    """<script>alert(1)</script>关于… pasted as text is text (its title shown as written, never run);
    a fragment loading its styles and scripts (their addresses set by server code) over its markup
    is a page."""
    text = "<script>alert(1)</script>关于开展检查的通知\n各单位：\n现将有关事项通知如下。\n".encode()
    assert sniff_format(tmp_path / "a.txt", text) == "txt"
    fragment = b'<link href="<%=request.getContextPath() %>/css/a.css" rel="stylesheet">\n<script src="<%=base%>/a.js"></script>\n<script>var ROOT = "<%=base %>";</script>\n<div class="header"><h2>x</h2></div>'
    assert sniff_format(tmp_path / "b.html", fragment) == "html"
