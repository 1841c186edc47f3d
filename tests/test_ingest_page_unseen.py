"""Page head, title and chrome on pages nobody tuned for: document-sharing (文库) pages, sites set
in traditional characters, pages as scrapers store them (half-width marks, image file names),
site menus, stamps and footers. Every example is made up, in the shape of real pages."""

from __future__ import annotations

from helpers import finding_kinds, paragraph_texts

from audiojiedu.ingest import read_text
from audiojiedu.ingest.page import extract_page
from audiojiedu.ingest.page_chrome import fold, is_chrome_line

BODY = "现将有关事项通知如下，请认真贯彻执行。"
NOTICE_TITLE = "某某区关于做好2024年春季森林防火工作的通知"


# -- document-sharing pages (文库) ----------------------------------------------------------------
_SHARE_HEAD = (
    "2023年某区政府工作报告.docx\n"
    "上传人:某某 文档编号:1234567 上传时间:2023-03-01 格式:DOCX 页数:12 大小:30.5KB\n"
    "下载 相关 举报\n"
    "2023年某区政府工作报告.docx_第1页\n第1页 / 共12页\n"
    "2023年某区政府工作报告.docx_第2页\n第2页 / 共12页\n"
    "点击查看更多>>\n资源描述\n"
    "《2023年某区政府工作报告.docx》由会员分享,可在线阅读,更多相关《2023年某区政府工作报告.docx(12页珍藏版)》"
    "请在某某文库上搜索。\n"
)


def test_a_sharing_site_page_is_titled_by_the_shared_file_and_its_site_text_is_not_read() -> None:
    page = _SHARE_HEAD + "2023年某区政府工作报告.docx\n2023年某区政府工作报告\n各位代表:\n" + BODY + "\n"
    raw = read_text(page)
    assert raw.title == "2023年某区政府工作报告"
    assert paragraph_texts(raw) == ["各位代表：", BODY]
    assert "doc-share" in finding_kinds(raw)  # staff are told what was taken off and why


def test_the_chunks_a_sharing_site_numbers_at_its_page_breaks_are_joined_without_a_pause() -> None:
    """The site cuts the text at its page breaks, mid-sentence and mid-word, and numbers the
    chunks 1、 2、 3、: the numbers go, the word is whole again, not one character is lost."""
    first = "各位代表：现在，我代表区人民政府向大会报告工作。过去一年，全区上下" + "坚持稳中求进，" * 10 + "推进工作制度"
    second = "化、规范化。今年的主要任务是抓好项目建设。"
    third = "全区要上下一心。"
    raw = read_text(_SHARE_HEAD + f"1、{first}\n2、{second}\n3、{third}\n")
    assert raw.title == "2023年某区政府工作报告"
    assert paragraph_texts(raw) == [first + second, third]  # 制度 ‖ 化 joined; a chunk ending a sentence ends its paragraph
    assert "".join(paragraph_texts(raw)) == first + second + third


def test_numbered_lines_stay_as_written_without_the_sharing_sites_note() -> None:
    """The rule needs the note on the page: a plain 1、 2、 list is the document's own."""
    raw = read_text(f"某县关于做好防汛工作的通知\n1、加强领导，落实\n2、责任到人。\n{BODY}\n")
    assert paragraph_texts(raw)[:2] == ["1、加强领导，落实", "2、责任到人。"]


def test_a_sharing_sites_chunks_copied_without_its_note_are_joined_too() -> None:
    """Three chunks 1、 2、 3、 from the page's first line, each cut inside a sentence (even
    inside a word): the site's page breaks. The numbers go, with a finding; no text is lost."""
    first = "某镇政府工作报告 各位代表：现在，我代表镇人民政府向大会报告工作。" + "全镇上下坚持稳中求进，" * 8 + "（一）经济"
    second = "运行稳中有进 一年来，全镇生产总值持续增长，" + "各项指标好于预期，" * 10 + "（二）产业结构在优化调"
    third = "整中取得新进展 全年新引进项目五个。"
    raw = read_text(f"1、{first}\n2、{second}\n3、{third}\n")
    # The joined page opens with its title and the salutation: the title is read as the title.
    assert raw.title + " " + "".join(paragraph_texts(raw)) == first + second + third
    assert "doc-share" in finding_kinds(raw)


def test_the_documents_own_long_numbered_paragraphs_are_no_chunks() -> None:
    item = "各单位要高度重视，明确责任分工，确保各项措施落到实处，" * 4
    lines = [f"1、{item}落实到人。", f"2、{item}按时报送。", f"3、{item}严肃追责。"]
    raw = read_text("\n".join(lines) + "\n")
    assert [text[:2] for text in paragraph_texts(raw)] == ["1、", "2、", "3、"]
    assert "doc-share" not in finding_kinds(raw)
    # Two chunks only (one seam) are not enough evidence either.
    two = read_text(f"1、{item}落实\n2、{item}到人。\n")
    assert [text[:2] for text in paragraph_texts(two)] == ["1、", "2、"]


def test_a_sharing_site_that_names_the_file_in_its_download_notice() -> None:
    """Another site: the note stands in a numbered download notice and the text follows 资源描述："""
    page = (
        "书签 分享 收藏 举报 版权申诉 / 9\n上传文档赚钱\n类型某镇工作总结(通用3篇).docx\n"
        "【下载声明】\n1. 本站全部文档均不含答案，请谨慎下单。\n"
        "2. 本页资料《某镇工作总结(通用3篇).docx》由用户(某某)主动上传，其收益全归该用户。\n"
        "关 键 词:\n工作 总结\n资源描述:\n" + "1、某镇工作总结（通用3篇）" + "今年以来，全镇各项工作稳步推进。" * 8 + "\n"
    )
    raw = read_text(page)
    assert raw.title == "某镇工作总结（通用3篇）"
    assert paragraph_texts(raw) == ["某镇工作总结（通用3篇）" + "今年以来，全镇各项工作稳步推进。" * 8]


def test_essay_site_blurbs_and_reading_time_are_chrome() -> None:
    assert is_chrome_line("以下是为大家整理的2023年某区政府工作报告3篇，欢迎大家前来参考查阅！")
    assert is_chrome_line("本篇文章1200字，读完约4分钟")
    assert is_chrome_line("本文共3560字，阅读约需9分钟")
    assert not is_chrome_line("以下是我区贯彻落实情况。")
    raw = read_text(
        "2023年某区政府工作报告3篇\n时间：2023-02-10 来源：网友投稿\n"
        "以下是为大家整理的2023年某区政府工作报告3篇，欢迎大家前来参考查阅！\n各位代表：\n" + BODY + "\n"
    )
    assert raw.title == "2023年某区政府工作报告3篇"
    assert raw.metadata["来源"] == "网友投稿"
    assert paragraph_texts(raw) == ["各位代表：", BODY]


# -- traditional characters -------------------------------------------------------------------------
def test_fold_reads_traditional_characters_one_for_one() -> None:
    assert fold("發布時間 瀏覽次數 來源 列印 關閉") == "发布时间 浏览次数 来源 列印 关闭"
    assert len(fold("懷化市人民政府辦公室")) == len("懷化市人民政府辦公室")


def test_traditional_chrome_and_labels_are_read_like_simplified_ones() -> None:
    title = "某市人民政府辦公廳關於印發某市應急預案的通知"
    page = (
        "相關新聞\n當前位置：首頁 > 政務公開 > 法規公文\n"
        f"{title}\n• 2015-03-31\n• 來源： 本網\n• 分享到\n"
        f"發布時間：2015-03-31 瀏覽次數：120\n某府辦〔2015〕14號\n{title}\n"
        "各區人民政府：\n現將預案印發給你們，請認真組織實施。\n列印 關閉\n"
    )
    raw = read_text(page)
    assert raw.title == title  # the document's characters are never changed
    assert raw.metadata["来源"] == "本網"
    assert raw.metadata["发文字号"] == "某府辦〔2015〕14號"
    assert paragraph_texts(raw) == ["各區人民政府：", "現將預案印發給你們，請認真組織實施。"]


def test_a_traditional_title_written_as_a_citation_is_unwrapped() -> None:
    title = "某區人民政府辦公室關於印發某某實施方案的通知"
    raw = read_text(f"某政辦〔2018〕14號《{title}》\n瀏覽量：  時間：2018-07-29 00:16:59\n{title}\n{BODY}\n")
    assert raw.title == title
    assert raw.metadata["发文字号"] == "某政辦〔2018〕14號"
    assert paragraph_texts(raw) == [BODY]


# -- pages as scrapers store them -------------------------------------------------------------------
def test_a_scraped_page_head_and_foot_are_metadata_and_chrome() -> None:
    """Half-width marks, empty font-size brackets, a 当前页面 trail, fields with a view count,
    image file names on their own lines, and the usual footer."""
    page = (
        "当前页面:首页 > 专题专栏 > 乡村振兴\n"
        "某镇人民政府关于开展人居环境整治的通知(征求意见稿)\n"
        "新闻来源: 政府办 责任编辑: 王某 点击量: 5483\n发布时间: 2022-12-30 字号:[ ]\n"
        "各村委会:\n为改善农村人居环境,现将有关事项通知如下。\n微信图片_20230118183113.jpg\n195A8859.jpg\n"
        "全镇各村都要参加。\nIMG_2034.JPG\n某镇人民政府\n"
        "【打印本页】【关闭窗口】\n扫一扫在手机打开当前页\n上一篇:某镇召开会议\n下一篇:某镇开展检查\n"
        "主办单位:某镇人民政府 网站标识码:1234567890 备案号:某ICP备12345678号\n"
    )
    raw = read_text(page)
    assert raw.title == "某镇人民政府关于开展人居环境整治的通知（征求意见稿）"
    assert raw.metadata["新闻来源"] == "政府办"
    assert raw.metadata["责任编辑"] == "王某"  # the view count after it is no part of the name
    assert raw.metadata["发布时间"] == "2022-12-30"
    assert paragraph_texts(raw) == ["各村委会：", "为改善农村人居环境，现将有关事项通知如下。", "全镇各村都要参加。", "某镇人民政府"]


def test_a_picture_left_as_markdown_markup_is_not_read_and_text_with_brackets_is_kept() -> None:
    """A page converted to markdown keeps each picture as ![alt](path) on its own line, the alt text
    often the file's name: the markup is chrome (a finding says so). A sentence quoting a bracket
    and a link inside its text is the document's."""
    assert is_chrome_line("![20240301123456.png 附图[2].png](/uploads/editor/image/20240301/20240301123456.png)")
    assert is_chrome_line("![](https://www.example.gov.cn/images/2024/photo_3.jpg)")
    assert is_chrome_line('![现场图片](/files/a1.jpg "某镇召开会议")')
    assert not is_chrome_line("详见附图[1](见附件)。")
    assert not is_chrome_line("![未闭合的说明")
    page = (
        NOTICE_TITLE + "\n各村委会:\n为改善农村人居环境,现将有关事项通知如下。\n"
        "![20240301123456.png](/uploads/editor/image/20240301/20240301123456.png)\n全镇各村都要参加。\n"
    )
    raw = read_text(page)
    assert paragraph_texts(raw) == ["各村委会：", "为改善农村人居环境，现将有关事项通知如下。", "全镇各村都要参加。"]
    assert "chrome-dropped" in finding_kinds(raw)


def test_a_site_menu_above_the_breadcrumb_trail_is_not_the_title() -> None:
    menu = "首页\n政务公开\n政府动态\n互动交流\n"
    raw = read_text(f"{menu}当前位置:\n首页\n>\n政府动态\n>\n正文\n某区召开安全生产工作会议\n发布日期:2024-03-29 17:33\n{BODY}\n")
    assert raw.title == "某区召开安全生产工作会议"
    assert paragraph_texts(raw) == [BODY]
    # a field row above the trail is no menu: it is read as before
    titled = read_text(f"标题：某区召开安全生产工作会议\n当前位置：首页 > 政府动态\n{BODY}\n")
    assert titled.title == "某区召开安全生产工作会议"


def test_a_stamp_leading_a_row_of_fields_is_metadata() -> None:
    raw = read_text(f"某区各部门参加清雪活动\n2010/1/6 16:43:13 次浏览 分类:政府动态    来源:\n{BODY}\n友情链接:\n某市政府\n")
    assert raw.metadata["发布时间"] == "2010/1/6 16:43:13"
    assert raw.metadata["分类"] == "政府动态"
    assert paragraph_texts(raw) == [BODY]
    # … the site's address before it, the stamp in brackets (ho98/23, session 50)
    raw = read_text(f"某区各部门参加清雪活动\nhttp://www.example.com.cn  (2017-04-14 14:56:41)  来源:某某在线-某某频道\n{BODY}\n")
    assert (raw.metadata["发布时间"], raw.metadata["来源"]) == ("2017-04-14 14:56:41", "某某在线-某某频道")
    assert paragraph_texts(raw) == [BODY]
    # … or no label at all, the author and his post glued after the time to the second (ho98/14); a
    # time the text goes on from (…08:00:00起 全县停电) is no byline
    raw = read_text(f"某区各部门参加清雪活动\n2017-03-29 00:00:00某某 策划师\n{BODY}\n")
    assert raw.metadata["发布时间"] == "2017-03-29 00:00:00" and paragraph_texts(raw) == [BODY]
    raw = read_text(f"某区各部门参加清雪活动\n2017-03-29 08:00:00起 全县停电\n{BODY}\n")
    assert paragraph_texts(raw)[0] == "2017-03-29 08:00:00起 全县停电"
    # … its date closed by a slash, as a site prints a path (ho101/03, session 50)
    raw = read_text(f"某区各部门参加清雪活动\n 2021/01/13/ 08:32 来源:某某晚报\n{BODY}\n")
    assert (raw.metadata["发布时间"], raw.metadata["来源"]) == ("2021/01/13 08:32", "某某晚报")
    assert paragraph_texts(raw) == [BODY]


def test_bracketed_labels_and_a_bracketed_editor_are_metadata() -> None:
    title = "某镇人民政府关于印发某镇救助应急预案的通知"
    page = (
        "您当前的位置:首页 >政务公开 >应急预案\n"
        "[ 索引号 ] 1150022800000000X5/2023-00005 [ 发文字号 ] 某府发〔2023〕21号\n"
        "[ 发布机构 ] 某镇政府\n"
        f"{title}\n{BODY}\n（责任编辑：李四）\n"
    )
    raw = read_text(page)
    assert raw.title == title
    assert raw.metadata["索引号"] == "1150022800000000X5/2023-00005"
    assert raw.metadata["发文字号"] == "某府发〔2023〕21号"
    assert raw.metadata["责任编辑"] == "李四"
    assert paragraph_texts(raw) == [BODY]


def test_a_title_repeated_over_several_lines_and_a_registration_number_are_not_read() -> None:
    title = "某市人民政府办公室关于印发《某市贯彻落实若干政策措施实施方案》的通知"
    page = (
        f"{title}\n发布时间:2023-03-15 09:28信息来源:某市人民政府办公室\nABCR-2023-01005\n某政办发〔2023〕9号\n"
        "某市人民政府办公室\n关于印发《某市贯彻落实若干\n政策措施实施方案》的通知\n各县市区人民政府：\n" + BODY + "\n"
    )
    raw = read_text(page)
    assert raw.title == title
    assert raw.metadata["登记号"] == "ABCR-2023-01005"
    assert paragraph_texts(raw) == ["各县市区人民政府：", BODY]


def test_a_site_notice_and_a_labelled_address_at_the_foot_are_not_read() -> None:
    page = (
        f"本篇文章200字,读完约1分钟\n{BODY}\n"
        "免责声明：本文内容为用户上传，不代表本网观点。如遇侵权请联系本站删除。\n"
        "来源:某某新闻网\n标题:某镇召开创建工作动员会\n地址:http://www.example.com/news/100322.html\n"
    )
    raw = read_text(page)
    assert raw.title == "某镇召开创建工作动员会"
    assert raw.metadata["原文链接"] == "http://www.example.com/news/100322.html"
    assert paragraph_texts(raw) == [BODY]
    assert "site-notice" in finding_kinds(raw)


def test_a_contact_address_in_the_document_is_text() -> None:
    """地址： is the document's own when it is not a link: only 地址：http… is the page's."""
    raw = read_text(f"某县关于征求意见的通知\n{BODY}\n地址：某县某路1号\n")
    assert paragraph_texts(raw) == [BODY, "地址：某县某路1号"]


def test_extract_page_keeps_the_origin_of_every_line_after_chunks_are_joined() -> None:
    lines = _SHARE_HEAD.splitlines() + ["1、" + "甲" * 120 + "乙", "2、丙。", "3、丁。"]
    page = extract_page(lines)
    assert page.lines == ["甲" * 120 + "乙丙。", "丁。"]
    assert [lines[index][:2] for index in page.origin] == ["1、", "3、"]


def test_bars_of_site_links_over_the_field_rows_are_not_the_title() -> None:
    title = "某市人民政府办公室关于印发某某实施细则的通知"
    page = (
        "中国政府网 某省政府网 English 市人大 市政协 市纪委监委\n"
        "首     页 政 务 公 开 网 上 办 事 互 动 交 流\n"
        "索   引   号 20191202-189769 分        类 其他;\n"
        f"名        称 {title}\n文        号 某政办发〔2019〕29号\n{title}\n{BODY}\n"
    )
    raw = read_text(page)
    assert raw.title == title
    assert raw.metadata["文号"] == "某政办发〔2019〕29号"
    assert paragraph_texts(raw) == [BODY]


def test_a_letter_spaced_title_is_no_link_bar() -> None:
    raw = read_text(f"政 府 工 作 报 告\n索引号：123\n各位代表：\n{BODY}\n")
    assert raw.title == "政府工作报告"
    raw = read_text(f"全区 农业 农村 工作 要点\n{BODY}\n")  # no field rows under it: read as written
    assert raw.title == "全区 农业 农村 工作 要点"


def test_article_toolbars_under_the_title_are_chrome() -> None:
    page = (
        "某某：政务新媒体对政府形象的影响研究\n选择字号：   本文共阅读 1659 次 更新时间：2013-08-01 17:39\n"
        "进入专题： 政务新媒体   政府形象\n详细信息\n公开具体内容\n" + BODY + "\n"
    )
    raw = read_text(page)
    assert raw.title == "某某：政务新媒体对政府形象的影响研究"
    assert paragraph_texts(raw) == [BODY]


# -- toolbars, tab bars and comment boxes (dev5) -------------------------------------------------
def test_a_comment_box_at_the_foot_is_not_read() -> None:
    """标签： left empty, the comment count and the captcha's label: the site's comment box."""
    page = f"{NOTICE_TITLE}\n{BODY}\n某某区应急管理局\n2024年3月1日\n标签：\n留言与评论（共有 0 条评论）\n验证码：\n"
    raw = read_text(page)
    assert paragraph_texts(raw)[-1] == "2024年3月1日"
    assert is_chrome_line("网友评论(共 12 条)") and is_chrome_line("验证码:")
    assert not is_chrome_line("标签：红色文化 乡村振兴")  # a label with tags is no empty box


def test_an_accessibility_toolbar_and_a_column_title_over_the_fields_are_not_the_title() -> None:
    page = (
        "无障碍  长者助手 我的收藏  收藏\n政府信息公开 规章库\n某某市人民政府办公室政府信息公开\n"
        f"索引号： 00123/2024-00001 分类： 综合政务、通知\n名称： {NOTICE_TITLE}\n主题词：\n【打印】 【字体：\n"
        f"{NOTICE_TITLE}\n{BODY}\n"
    )
    raw = read_text(page)
    assert raw.title == NOTICE_TITLE
    assert raw.metadata["分类"] == "综合政务、通知"  # a field row under a column title is no part of it
    assert "主题词" not in raw.metadata  # the toolbar under an empty label is no value of it
    assert paragraph_texts(raw) == [BODY]


def test_a_column_name_alone_over_bulleted_fields_is_not_the_title() -> None:
    page = f"财政资金管理\n- 索引号： abc/2024-00003\n- 发布机构： 某某县财政局\n- 时效性： 有效\n{NOTICE_TITLE}\n{BODY}\n"
    raw = read_text(page)
    assert raw.title == NOTICE_TITLE
    assert raw.metadata["发布机构"] == "某某县财政局"
    assert "chrome-dropped" in finding_kinds(raw)  # the column's name is told to staff
    # a title over the fields is the title
    assert read_text(f"某某县2024年政府工作报告\n- 发布机构： 某某县人民政府\n{BODY}\n").title == "某某县2024年政府工作报告"


def test_a_bar_of_tabs_and_a_bar_of_years_are_not_read() -> None:
    page = (
        f"{NOTICE_TITLE}\n  • 通知原文\n  • 一图读懂\n  • 视频报道\n  • 解读评论\n{BODY}\n"
        "  • 2021\n  • 2022\n  • 2023\n  • 2024\n"
    )
    raw = read_text(page)
    assert raw.title == NOTICE_TITLE
    assert paragraph_texts(raw) == [BODY]
    assert finding_kinds(raw).count("chrome-dropped") == 2


def test_bulleted_points_of_the_text_are_kept() -> None:
    points = ["• 加强组织领导", "• 压实工作责任", "• 强化督促检查"]
    years = ["• 2019", "• 2021", "• 2024"]  # years that do not follow one another: the text's own list
    page = extract_page([NOTICE_TITLE, BODY, *points, BODY, *years, BODY])
    assert page.lines == [BODY, *points, BODY, *years, BODY]


def test_a_page_flattened_into_one_paragraph_opens_with_its_headline() -> None:
    """A sharing site's text with its line breaks lost: the first chunk, a headline, is the title
    (a finding asks staff to check); a 文章标题： field written with spaces is taken whole."""
    text = "同志们：这次会议的主要任务是总结去年的工作，部署今年的任务。" * 20
    raw = read_text(f"副县长在全县农业农村工作会议上的讲话 文章标题:副县长在 20xx 年全县农业农村工作会议上的讲话 {text}\n")
    assert raw.title == "副县长在全县农业农村工作会议上的讲话"
    assert raw.metadata["文章标题"] == "副县长在 20xx 年全县农业农村工作会议上的讲话"
    assert paragraph_texts(raw) == [text]
    assert "title-guessed" in finding_kinds(raw)
    rules = "某某县审计局审计结果公告办法 第一条 为了规范审计结果公告工作，制定本办法。" + "第二条 本办法适用于本县。" * 40
    assert read_text(rules + "\n").title == "某某县审计局审计结果公告办法"
    # a short paragraph, or one opening with a numbered heading, gives no title
    assert read_text("某某县审计局审计结果公告办法 第一条 为了规范审计结果公告工作，制定本办法。\n").title != "某某县审计局审计结果公告办法"
    assert read_text("一、关于做好防汛工作的通知 " + "各村要加强巡查，落实责任。" * 50 + "\n").title != "一、关于做好防汛工作的通知"


def test_a_shared_files_abridged_name_gives_way_to_the_full_title_printed_at_the_start() -> None:
    """File 全县某某工作会议上讲话.docx, text 1、 全县某某工作会议上讲话 在全县某某工作会议上的讲话
    同志们…: the name left out 在 and 的; the title printed in full is the title. A first line whose
    title differs otherwise (a year added) leaves the file's name the title."""
    name = "全县春耕生产工作会议上讲话"
    note = f"《{name}.docx》由会员分享,可在线阅读,更多相关《{name}.docx(3页珍藏版)》请在某某文库上搜索。\n"
    raw = read_text(f"{name}.docx\n{note}1、 {name} 在全县春耕生产工作会议上的讲话 同志们：\n{BODY}\n")
    assert raw.title == "在全县春耕生产工作会议上的讲话"
    raw = read_text(f"{name}.docx\n{note}1、 {name} 2025年全县春耕生产工作会议上讲话 同志们：\n{BODY}\n")
    assert raw.title == name


def test_a_portals_clock_a_home_link_and_an_e_editions_page_line_are_chrome() -> None:
    """The site's clock (the day the page was copied), a link to its home page alone on a line,
    and a newspaper e-edition's page line with its PDF link are the site's, wherever they stand."""
    for line in ("现在时间是:2025年03月08日", "今日是：2025-03-08 星期六", "某某日报首页", "返回某某网首页", "第06版:某某新闻 PDF版"):
        assert is_chrome_line(line), line


def test_a_sentence_with_the_time_a_heading_on_a_home_page_and_an_edition_in_the_text_stay() -> None:
    for line in (
        "现在时间是2025年，距规划期末还有五年。",
        "建好用好政府网站首页的政务服务入口",
        "第2版：修订说明见附件",
        "第3版：要闻",  # a page's name without its PDF link may be the text's own reference
    ):
        assert not is_chrome_line(line), line
