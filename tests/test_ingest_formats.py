"""HTML, DOCX and PDF readers on fixtures built for the tests."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from helpers import paragraph_texts

from audiojiedu.errors import InputError
from audiojiedu.ingest import read_document
from audiojiedu.ingest.tables import FULL_TABLE_NOTE, LARGE_TABLE_NOTE
from audiojiedu.outline import parse_outline

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
import make_fixtures as mf

INGEST = Path(__file__).parent / "fixtures" / "ingest"


# ------------------------------------------------------------------------------------ HTML


def test_html_article_title_metadata_and_tables() -> None:
    raw = read_document(INGEST / "page.html")
    assert raw.title == "某县2023年政府信息公开工作年度报告"
    assert raw.metadata == {
        "索引号": "000123/2024-00001",
        "主题分类": "政务公开",
        "发布机构": "某县人民政府办公室",
        "成文日期": "2024-01-20",
        "发文字号": "某政办〔2024〕1号",
        "公开日期": "2024-01-22",
    }
    texts = paragraph_texts(raw)
    assert texts[0] == "本报告根据《中华人民共和国政府信息公开条例》编制，数据统计期限为2023年全年。"
    assert "一、总体情况" in texts  # heading split over three <span>s
    assert "（一）主动公开情况一是公开规范性文件。二是做好政策解读。" in texts
    tables = [p.text for p in raw.paragraphs if p.kind == "table"]
    assert tables[:2] == [
        "规章：本年制发件数0件，本年废止件数0件，现行有效件数5件。",
        "行政规范性文件：本年制发件数3件，本年废止件数0件，现行有效件数8件。",
    ]
    # A long table: summed up aloud, the whole table carried with the summary to be shown.
    assert tables[2:] == [f"{LARGE_TABLE_NOTE}，共15行、3列；各列是自然人、法人。{FULL_TABLE_NOTE}"]
    shown = next(p.shown for p in raw.paragraphs if p.shown is not None)
    assert shown.header_rows == 1 and shown.rows[0] == ("事项", "自然人", "法人")
    assert shown.rows[1:] == tuple((f"第{i}项", str(i), str(2 * i)) for i in range(1, 16))
    joined = "".join(texts)
    for chrome in ("无障碍", "当前位置", "首页", "字号", "打印", "关闭窗口", "微信", "扫一扫", "网站地图", "版权所有", "ICP备", "不是正文"):
        assert chrome not in joined


def test_html_headline_set_as_a_plain_heading_beside_the_article_is_the_title(tmp_path: Path) -> None:
    """<title> names only the site; the headline is an <h3> outside the article's box, among the
    site's own <h3> names (住房公积金管理中心, 通知公告)."""
    page = tmp_path / "jiedu.html"
    paragraphs = "".join(f"<p>{text}</p>" for text in ("一、制定背景", "近年来，我市单人购房数量显著增加，此次调整以单人购房为重点。" * 3, "二、主要内容", "提高住房公积金贷款最高额度，单缴存人最高额度由50万元提高至80万元。" * 3))
    page.write_text(
        "<html><head><title>某市住房公积金管理中心</title></head><body><h3>住房公积金管理中心</h3><h3>通知公告</h3>"
        "<div class='tit'><h3>《关于提高住房公积金贷款额度的通知》的政策解读</h3><p>2025-10-09</p></div>"
        f"<div class='content'><div class='view'>{paragraphs}</div></div></body></html>",
        encoding="utf-8",
    )
    raw = read_document(page)
    assert raw.title == "《关于提高住房公积金贷款额度的通知》的政策解读"
    assert paragraph_texts(raw)[0] == "一、制定背景"


def test_html_meta_title_naming_a_column_gives_way_to_the_headline(tmp_path: Path) -> None:
    """ArticleTitle holds the column's name (主动公开文件); the headline is an <h2> with its date in
    small type after it."""
    page = tmp_path / "notice.html"
    paragraphs = "".join(f"<p>{text}</p>" for text in ("各区住房保障房屋管理局：", "为进一步严格执行住房限购政策，现就有关事项通知如下。" * 3))
    page.write_text(
        "<html><head><title>主动公开文件_某市房屋管理局</title><meta name='ArticleTitle' content='主动公开文件'></head><body>"
        "<h3>政府信息公开指南</h3><h2 class='Article-title'>关于加强住房赠与管理的通知 <small>( 2021年07月23日 )</small></h2>"
        f"<div class='content'><div class='view'>{paragraphs}</div></div></body></html>",
        encoding="utf-8",
    )
    assert read_document(page).title == "关于加强住房赠与管理的通知"


def test_a_server_pages_code_is_never_read_and_a_headline_cell_over_the_article_is_the_title(tmp_path: Path) -> None:
    """A JSP's source saved as the page (<%@ page … %>, <% … %>, <base href="<%=basePath%>">): its
    code is no text, and its markup is read as a page's. <title> holds a column's name (工作通知);
    the headline stands in the layout table's first row, over the text."""
    page = tmp_path / "tongzhi.html"
    body = "".join(f"<p>{text}</p>" for text in ("各省国土资源主管部门：", "为加强土地利用情况的全面监管，现将有关事项通知如下。" * 3, "一、主要任务", "发现、制止和查处违法用地行为。" * 4))
    page.write_text(
        '<%@ page language="java" import="java.util.*" pageEncoding="UTF-8"%>\n<%\nString path = request.getContextPath();\n%>\n'
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head><base href="<%=basePath%>"><title>工作通知</title></head>'
        "<body><table><tr><td align=center><p><b>某部关于开展2011年度卫片执法检查工作的通知</b></p></td></tr>"
        f"<tr><td>{body}</td></tr></table></body></html>",
        encoding="utf-8",
    )
    raw = read_document(page)
    assert raw.title == "某部关于开展2011年度卫片执法检查工作的通知"
    spoken = "\n".join(paragraph_texts(raw))
    assert spoken.startswith("各省国土资源主管部门：")
    for code in ("page language", "java", "request", "basePath", "%>"):
        assert code not in spoken


def test_a_short_notice_with_its_table_outweighs_a_footers_list_of_linked_units(tmp_path: Path) -> None:
    """A ministry's short 公告 and its attachment's table (short data cells), over a footer listing
    the ministry's units, each a link of 20 characters or more: a link's words are a menu's, and a
    data cell's words count for its table beside the notice's paragraphs; the notice is the article."""
    units = "".join(f"<li><a href='http://u{i}.example.cn/'>某某部某某技术推广服务中心（某某部第{i}检验检测中心）</a></li>" for i in range(40))
    rows = "".join(f"<tr><td>{i}</td><td>某某化合物{i}（Compound {i}）及其盐、酯</td></tr>" for i in range(1, 22))
    page = tmp_path / "gonggao.html"
    page.write_text(
        "<html><head><title>某某部公告 第250号</title></head><body><div class='main'>"
        "<div class='content'><p>为进一步规范养殖用药行为，保障动物源性食品安全，我部修订了禁止使用的药品清单，现予以发布，自发布之日起施行。</p>"
        "<p>附件：禁止使用的药品及其他化合物清单</p><p>某某部</p><p>2019年12月27日</p><p>附件</p><p>禁止使用的药品及其他化合物清单</p>"
        f"<table border='1'><tr><td>序号</td><td>药品及其他化合物名称</td></tr>{rows}</table></div></div>"
        f"<div class='footer'><ul>{units}</ul></div></body></html>",
        encoding="utf-8",
    )
    spoken = "\n".join(paragraph_texts(read_document(page)))
    assert spoken.startswith("为进一步规范养殖用药行为")
    assert "某某化合物21" in spoken
    assert "技术推广服务中心" not in spoken


def test_a_title_element_naming_the_site_gives_way_to_the_articles_first_line(tmp_path: Path) -> None:
    """<title>国家行政法规库</title>, no headline but the site's name, over an article opening with the
    document's title line: that line is the title, the site's name a field."""
    page = tmp_path / "fagui.html"
    body = "".join(f"<p>{text}</p>" for text in ("某某监察条例", "（2004年10月26日国务院第68次常务会议通过）", "第一章　总则", "第一条　为了规范监察工作，制定本条例。" * 3))
    page.write_text(f"<html><head><title>国家行政法规库</title></head><body><div class='content'>{body}</div></body></html>", encoding="utf-8")
    raw = read_document(page)
    assert raw.title == "某某监察条例"
    assert raw.metadata["网站"] == "国家行政法规库"
    assert "某某监察条例" not in paragraph_texts(raw)
    # a <title> that reads as a headline keeps its place
    page.write_text(f"<html><head><title>某某监察条例的解读</title></head><body><div class='content'>{body}</div></body></html>", encoding="utf-8")
    assert read_document(page).title == "某某监察条例的解读"


def test_html_large_table_rows_available_without_bound() -> None:
    bounded = read_document(INGEST / "page.html")
    assert len(bounded.warnings) == 1 and "1 个表格超过 12 行" in bounded.warnings[0]
    assert bounded.warnings[0] in parse_outline(bounded).warnings
    raw = read_document(INGEST / "page.html", max_table_rows=None)
    assert raw.warnings == ()
    tables = [p.text for p in raw.paragraphs if p.kind == "table"]
    assert not any(t.startswith(LARGE_TABLE_NOTE) for t in tables)
    assert all(p.shown is None for p in raw.paragraphs)
    assert "第15项：自然人15，法人30。" in tables


def test_html_outline() -> None:
    doc = parse_outline(read_document(INGEST / "page.html"))
    assert [(s.number, s.title) for s in doc.sections] == [
        ("一", "总体情况"),
        ("二", "主动公开政府信息情况"),
        ("三", "收到和处理政府信息公开申请情况"),
        ("四", "存在的主要问题及改进情况"),
    ]
    assert doc.sections[0].sections[0].title == "主动公开情况"


def test_html_without_article_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="找不到文章正文"):
        read_document(INGEST / "no-article.html")


# ------------------------------------------------------------------------------------ DOCX


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mf.make_docx(tmp_path_factory.mktemp("docx") / "sample.docx", mf.sample_docx)


def test_docx_automatic_numbering_is_rendered(docx_path: Path) -> None:
    raw = read_document(docx_path)
    assert raw.title == "2024年某县政府信息公开工作年度报告"
    texts = paragraph_texts(raw)
    for expected in ("一、总体情况", "（一）主动公开情况", "（二）依申请公开情况", "1.收到申请17件", "2.办结申请17件", "二、主动公开政府信息情况", "三、存在的主要问题及改进情况"):
        assert expected in texts


def test_docx_heading_styles_and_tables(docx_path: Path) -> None:
    raw = read_document(docx_path)
    by_text = {p.text: p for p in raw.paragraphs}
    assert by_text["附加说明"].heading_level == 2
    assert by_text["规章：本年制发件数0件，本年废止件数0件，现行有效件数5件。"].kind == "table"
    doc = parse_outline(raw)
    assert [(s.number, s.title) for s in doc.sections] == [
        ("一", "总体情况"),
        ("二", "主动公开政府信息情况"),
        ("三", "存在的主要问题及改进情况"),
        ("", "附加说明"),
    ]
    assert [(s.number, s.title) for s in doc.sections[0].sections[1].sections] == [("1", "收到申请17件"), ("2", "办结申请17件")]


def test_corrupt_docx_is_an_input_error(tmp_path: Path, docx_path: Path) -> None:
    truncated = tmp_path / "cut.docx"
    truncated.write_bytes(docx_path.read_bytes()[:2000])
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(docx_path) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, b"<w:document><oops" if item.filename == "word/document.xml" else data)
    for path in (truncated, broken):
        with pytest.raises(InputError, match="DOCX") as caught:
            read_document(path)
        assert "\n" not in str(caught.value)


def test_zip_that_is_not_a_docx_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data.csv", "a,b\n")
    with pytest.raises(InputError, match="ZIP"):
        read_document(path)


# ------------------------------------------------------------------------------------- PDF


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mf.make_pdf(tmp_path_factory.mktemp("pdf") / "sample.pdf", mf.sample_pdf_pages())


def test_pdf_reading_order_headers_and_rejoined_lines(pdf_path: Path) -> None:
    raw = read_document(pdf_path)
    assert raw.title == "某县人民政府2024年政府信息公开工作年度报告"
    texts = paragraph_texts(raw)
    assert texts[0] == "本报告由某县人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。"
    assert "一、总体情况" in texts  # heading on its own line
    assert "（一）主动公开情况。主要通过政府门户网站主动公开政府文件、项目审批等各类政府信息，全年发布信息2428条，公开会议7期。" in texts
    assert "（二）依申请公开情况。全年受理申请17件，均已按期答复。" in texts  # marker split over two lines
    joined = "".join(texts)
    assert "- 1 -" not in joined and "- 2 -" not in joined
    assert "某县人民政府信息公开" not in joined  # running header
    assert [p.text for p in raw.paragraphs if p.kind == "table"] == [
        "规章：本年制发件数0件，本年废止件数0件，现行有效件数5件。",
        "行政规范性文件：本年制发件数3件，本年废止件数0件，现行有效件数8件。",
    ]
    assert texts.index("二、主动公开政府信息情况") < texts.index("规章：本年制发件数0件，本年废止件数0件，现行有效件数5件。") < texts.index("三、存在的主要问题及改进情况")


def test_encrypted_pdf_is_an_input_error(tmp_path: Path) -> None:
    path = mf.make_pdf(tmp_path / "locked.pdf", mf.sample_pdf_pages(), encrypted=True)
    with pytest.raises(InputError, match="加密"):
        read_document(path)


def test_scanned_pdf_without_text_layer_is_an_input_error(tmp_path: Path) -> None:
    path = mf.make_pdf(tmp_path / "scan.pdf", [[mf.Line(50, 50, 500, 700)], [mf.Line(60, 60, 400, 400)]])
    with pytest.raises(InputError, match="扫描件"):
        read_document(path)


def test_corrupt_pdf_is_an_input_error(tmp_path: Path, pdf_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer <<>>\n%%EOF\n")
    with pytest.raises(InputError, match="PDF"):
        read_document(path)


def test_html_article_in_a_layout_table_with_br_lines_in_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "old.html"
    path.write_bytes((INGEST / "layout-table.html").read_text(encoding="utf-8").encode("gb18030"))
    raw = read_document(path)
    assert raw.title == "关于2020年度预算执行情况的报告"
    assert paragraph_texts(raw) == [
        "各位代表：",
        "现将2020年度预算执行情况报告如下，请予审议。",
        "一、预算执行情况",
        "全年一般公共预算收入完成230万元，比上年增长8.6%。",
        "二、主要措施",
        "严格执行预算，强化资金监管，确保收支平衡。",
    ]
    assert all(p.kind == "text" for p in raw.paragraphs)  # a layout table is not read as data


def test_html_built_from_divs_without_paragraph_tags() -> None:
    raw = read_document(INGEST / "div-soup.html")
    assert raw.title == "某县政务公开年报"
    assert paragraph_texts(raw) == [
        "本报告依据《条例》编制，统计期限为2023年全年。",
        "一、总体情况",
        "全年公开政府信息1200条，回应关切事项35件。",
        "二、存在问题",
        "政策解读形式还不够丰富，需要进一步改进。",
    ]
