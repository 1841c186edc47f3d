"""A page saved as a content system's JSON reply: its title, time and body fields are read, its
other keys never; a JSON without a body is refused. Every example is made up."""

from __future__ import annotations

import json

import pytest
from helpers import paragraph_texts

from audiojiedu.errors import InputError
from audiojiedu.ingest import read_text

TITLE = "某市政府信息公开指南"
BODY_HTML = "<p>为更好地提供政府信息公开服务，制定本指南。<\\/p><p>一、政府信息公开机构及职责<\\/p><p>某市人民政府办公室负责本市政府信息公开工作。<\\/p>"


def _reply(body: str = BODY_HTML) -> str:
    return (
        '{"status":true,"msg":"接口访问成功!","data":{"manuscriptId":"0a1b2c3d4e5f60718293a4b5c6d7e8f9",'
        f'"title":"{TITLE}","url":"202407/0a1b2c.shtml","publishedTime":"2024-07-04 12:00:32",'
        f'"creatorId":"f9e8d7c6b5a4","content":"{body}"}}}}'
    )


def test_a_content_systems_reply_is_read_from_its_fields() -> None:
    text = _reply()
    json.loads(text)  # the example is well-formed JSON
    raw = read_text(text)
    assert raw.title == TITLE
    assert raw.metadata["发布时间"] == "2024-07-04 12:00:32"
    spoken = "\n".join(paragraph_texts(raw))
    assert "制定本指南" in spoken and "负责本市政府信息公开工作" in spoken
    for key in ("manuscriptId", "creatorId", "接口访问成功", "0a1b2c3d", "/p>", "shtml"):
        assert key not in spoken
    assert any(f.kind == "chrome-dropped" and "JSON" in f.message for f in raw.findings)


def test_a_reply_cut_off_inside_its_body_is_read_as_far_as_it_goes() -> None:
    text = _reply()[: -len("某市人民政府办公室负责本市政府信息公开工作。<\\/p>\"}}")]
    raw = read_text(text)
    assert raw.title == TITLE
    assert "制定本指南" in "\n".join(paragraph_texts(raw))


def test_a_json_without_a_body_is_refused() -> None:
    with pytest.raises(InputError, match="JSON"):
        read_text('{"status":false,"msg":"参数错误","data":null}')


def test_text_opening_with_a_brace_but_no_json_stays_text() -> None:
    raw = read_text(f"{{注：本指南自发布之日起施行}}\n{TITLE}\n某市人民政府办公室负责本市政府信息公开工作。")
    assert "本指南自发布之日起施行" in "\n".join([raw.title, *paragraph_texts(raw)])
    assert not any("JSON" in f.message for f in raw.findings)


def test_a_records_script_object_is_read_from_its_fields() -> None:
    """{ node: { id: 4, title: '…', createdAt: '2019/3/15', author: '…', content: `<p>…</p>` } }: a page
    script's record, keys bare, strings in single quotes or backticks (a quote of its own escaped)."""
    body = "<p>\n    <strong>（一）贫困人口“脱贫”程序</strong>\n</p>\n<p>1.村民小组提名。村民小组向村委会提出名单，注明\\`初审\\`结果。</p>"
    text = (
        "{\n  node: {\n    id: 4,\n    title: '某县脱贫户\\'退出\\'流程',\n    createdAt: '2019/3/15',\n"
        f"    author: '管理员',\n    content: `{body}`\n  }}\n}}"
    )
    raw = read_text(text)
    assert raw.title == "某县脱贫户'退出'流程"
    assert raw.metadata["发布时间"] == "2019/3/15"
    assert raw.metadata["作者"] == "管理员"
    spoken = paragraph_texts(raw)
    assert spoken[0] == "（一）贫困人口“脱贫”程序"
    assert "注明`初审`结果" in spoken[1]
    for key in ("node", "createdAt", "content", "id: 4"):
        assert key not in "\n".join(spoken)


def test_a_text_opening_with_a_braced_label_is_no_script_object() -> None:
    """{注：…} or {附件：…} opens a text: a bare key needs a value after its colon that a script writes."""
    raw = read_text(f"{{note: 本指南自发布之日起施行}}\n{TITLE}\n某市人民政府办公室负责本市政府信息公开工作。")
    assert "本指南自发布之日起施行" in "\n".join([raw.title, *paragraph_texts(raw)])
    assert not any("JSON" in f.message for f in raw.findings)


PAGE_SCRIPT = (
    "//create by: 某某 <someone@example.com> 可视化设计一键生成源码\n"
    "Page({\n\tdata: {\n\t\t//用户全局信息\n\t\tuserInfo: {},\n"
    '\t\ttext: `<p style="text-align: center;">某县旅游发展意见</p>`,\n'
    '\t\ttext1: `<p class="MsoNormal">为加快旅游业发展，制定本意见。</p>\n<p><strong>一、景区建设</strong></p>\n'
    "<p>对新评定的景区给予奖励。</p>`\n\t},\n"
    "\tonLoad(option) {\n\t\tthis.init();\n\t},\n\tonShareAppMessage() {},\n\tasync init() {}\n});\n"
)


def test_a_page_builders_script_is_read_from_its_fields_of_markup() -> None:
    """A page saved as its page builder's script (comments, Page({ data: { text: `<p>…</p>`, text1:
    `…` } }), the fields named as the builder likes: the longest field of markup is the body, a
    one-line field of markup before it the headline; the script's code is never read."""
    raw = read_text(PAGE_SCRIPT)
    assert raw.title == "某县旅游发展意见"
    spoken = paragraph_texts(raw)
    assert spoken == ["为加快旅游业发展，制定本意见。", "一、景区建设", "对新评定的景区给予奖励。"]
    for code in ("userInfo", "onLoad", "this.init", "用户全局信息", "Page("):
        assert code not in "\n".join([raw.title, *spoken])


def test_a_page_builders_headline_shortening_the_documents_own_title_gives_way_to_it() -> None:
    """The headline field (某县重点产业实施意见) over the document's own title in the body, issuers over
    its 关于… line: the document's own title is the title, the headline is not read."""
    body = (
        '<p style="text-align: center;">中共某县委 某县人民政府</p>\n'
        '<p style="text-align: center;">关于支持重点产业加快发展的实施意见</p>\n'
        '<p style="text-align: center;">(2023年2月8日)</p>\n<p>为支持重点产业加快发展，制定本意见。</p>\n'
        "<p>一、政策支持</p>\n<p>设立重点产业发展引导资金。</p>"
    )
    script = PAGE_SCRIPT.replace("某县旅游发展意见", "重点产业实施意见").replace(PAGE_SCRIPT[PAGE_SCRIPT.index("text1: `") + 8 : PAGE_SCRIPT.index("`\n\t},")], body)
    raw = read_text(script)
    assert raw.title == "中共某县委 某县人民政府关于支持重点产业加快发展的实施意见"
    assert "重点产业实施意见" not in paragraph_texts(raw)
    assert any("简写" in finding.message for finding in raw.findings)


def test_a_replys_content_field_is_the_body_beside_a_longer_field_of_markup() -> None:
    """{"title":…, "content":"<p>…</p>", "sidebarHtml":"<div>…</div>"}: a field named as a body is
    the body, however long the other fields of markup are (a menu the reply carries along)."""
    menu = "".join(f"<div><a href='/c{i}'>某某栏目{i}</a></div>" for i in range(60))
    text = json.dumps({"title": TITLE, "content": "<p>为更好地提供政府信息公开服务，制定本指南。</p><p>一、公开机构</p><p>某市人民政府办公室负责本市政府信息公开工作。</p>", "sidebarHtml": menu}, ensure_ascii=False)
    raw = read_text(text)
    assert paragraph_texts(raw) == ["为更好地提供政府信息公开服务，制定本指南。", "一、公开机构", "某市人民政府办公室负责本市政府信息公开工作。"]
