"""Numbered runs that are lists, not headings.

A numbered run that is a list stays text (see `is_list`): members announced by a lead-in
(主要职能包括：), sentences after a colon, 名词解释 entries; in a short notice the numbered
clauses are judged as one run (see `_clause_run`). A heading whose "title" is a sentence (see
`is_statement`) is text unless it stands in a list. `Node` is the tree node the builder grows;
it reads such runs back as its text (`Node.demote_clauses`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from ..han import HAN
from ..model import Block, Section
from ..number_units import FIGURE
from ..signature_date import SIGNATURE_DATE
from .attachments import is_issuer_line
from .markers import CN_DIGITS, LIST_STYLES, MARKER, SENTENCE_END, heading_words, marker_at, rank_of
from .titles import ANSWER_LABEL, SHORT_TITLE, body_openers

_SIGNATURE_LINES = 3  # a notice's signature: its issuers (one or two lines) and its date
_SIGNATURE_CHARS = 40
_LOW_STYLES = frozenset({"ar", "arp", "circ"})  # the styles lists of ways and of names are numbered in (1. （1） ①)
_CLAUSE_CHARS = 15  # a numbered sentence longer than this (or with a comma) reads as a clause
_SENTENCE_TITLE_CHARS = 20  # a title ending in a full stop longer than this is a sentence
_NOTE_CHARS = 40  # a note under a numbered sentence (a date, a phone line) is no longer
_UNFINISHED_BESIDE = 2  # sentence clauses a run needs to take in one without its full stop
# A colon, then a bare value (an address on the net, a number, a code) to the end of the title.
_BARE_VALUE_END = re.compile(r"[：:][ \t\u3000]*[0-9A-Za-z@._\-/（）()]+[。；;]?$")
# A value a contact item holds: an e-mail, a web address, a phone or fax number.
# (a count is no number to call: a unit or a word follows it, 24073453人, 已于20121214日)
_CONTACT_VALUE = re.compile(
    rf"[\w.\-]+@[\w\-]+\.[\w.]+|https?://|www\.|(?<!\d)(?:0\d{{2,3}}[-－—]?)?\d{{7,8}}(?!\d|(?![转或和])[{HAN}])|(?<!\d)1\d{{10}}(?!\d)"
)
_MONEY = re.compile(r"\d[\d,，.]*\s*(?:万|亿)?元")
_MIN_CATALOGUE = 3  # items of a run with no text under it, read as a list
_LIST_ITEM_CHARS = 200  # a list item is one short paragraph; a section's text is longer
_TERM_CHARS = 20  # 名词解释: the term before the colon, with its number
# The pages a glossary's term is used on, after it: （第13页）, （第4页、第45页）
_PAGE_REFERENCE = re.compile(r"[（(]第\d{1,4}页(?:[、，,]第\d{1,4}页)*[)）]")
_TERM_NAME_CHARS = 10  # 水利化工程：, a work plan's item named by a term (本措施所涉门槛如下： leads in a list)
# An item's label that names no topic: a cited document (《某某法》第五十七条第一款, its note in brackets
# after it) or a step's tag in square brackets (【上传材料】), before a colon or alone (see _labelled_list).
_ITEM_LABEL = re.compile(
    f"(?:《[^《》]+》(?:第[{CN_DIGITS}\\d]+[条條款项項章节節](?:第[{CN_DIGITS}\\d]+[款项項])*)?(?:[（(][^（()）]*[)）])?"
    "|【[^【】]+】)[：:]?"
)
_DEFINITION = re.compile(r"[（(](?:以下)?(?:简称|称|统称)[^（()）]{1,20}[)）](?=[^。；;！？\s])")
_COUPLET = re.compile(f"([{HAN}]{{2,8}})，([{HAN}]{{2,8}})[。！]")
# Phrases set side by side with 、, a comma, and the outcome: 坚持项目支撑、招商赋能，经济基础更加坚实。
# Two or three short phrases (a list of members in a clause has longer ones: 县政府由县长、副县长、
# 县政府党组成员，…组成。).
_PARALLEL_LEAD = re.compile(f"[{HAN}]{{2,6}}(?:、[{HAN}]{{2,6}}){{1,2}}，[{HAN}“”]{{4,12}}[。！]")
# Three phrases: two short ones of one length and a last one at least as long, the way a work plan
# titles its points (高度重视，精心组织，科学制订工作方案。 强化担当，压实责任，高效推进办理工作。).
_TRIPLET = re.compile(f"([{HAN}]{{2,6}})，([{HAN}]{{2,6}})，([{HAN}“”]{{2,12}})[。！]")
# A phrase of a report's point (see _report_point); quotes may stand round a slogan in it.
_POINT_PHRASE = re.compile(f"[{HAN}“”]{{4,12}}")
# Words of a directive: a clause saying what to do (各单位要…, 过往车辆请…, 不得…) is no report's point;
# 要 inside a word (主要, 重要, 要求) and 应 in 应对 are none.
_DIRECTIVE = re.compile("应当|必须|须|请|不得|禁止|严禁|务必|可以|允许|(?<![主重需纪只首概提])要(?![求素点闻])")
# A line assigning a task: a label naming who leads or helps, its colon, then who (牵头责任单位：市发展
# 改革委。, 协同责任单位：…, 配合部门：…); a phone line (举报电话：12119) assigns nothing.
_OWNER_LINE = re.compile(f"[{HAN}]{{0,4}}(?:牵头|责任|协同|配合|负责|主办|协办|参与)[{HAN}]{{0,4}}[：:][^：:]{{1,80}}")
_NAME_CHARS = 16  # a catalogue's entry (领导之窗, 政府信息公开指南) is no longer than this
_COUPLET_SLACK = 2  # 提高站位，主动担当作为: phrases of _COUPLET_MIN or more may differ by this much
_COUPLET_MIN = 4
_STATEMENT_COMMAS = 3  # corpus headings have at most one comma
_LEAD_IN_WORD = re.compile("下列|以下|如下|包括")
_TOPIC_CHARS = 4  # 主要职能, 部门职责: a modifier and the word naming members (see _titles_its_items)
# A document's closing clause: when it takes effect, who interprets it, how long it holds
# (六、本通知自2022年1月15日起实施。 / 本办法由某某局负责解释。 / 本方案有效期三年。): a sentence, never a heading.
_IN_FORCE = re.compile(
    # (maybe with its term after it: 本办法自印发之日起开始执行，试行三年。)
    f"本[{HAN}]{{1,6}}(?:(?:自|从|于)[^，。；]{{1,30}}(?:施行|实施|执行|生效)(?:，[^，。；]{{1,12}})?|由[^，。；]{{1,30}}负责解释|有效期[^。；]{{1,30}})。"
)
_STATEMENT_CHARS = 45  # … and at most ~33 characters
_PEER_TITLE_CHARS = 25  # a long heading of two phrases, as a work report's points are titled
_MIN_PEERS = 2  # long headings of its run beside a longer one that keep it a heading


@dataclass(eq=False)  # two nodes are never the same node because they read alike (see Builder.cut_off)
class Node:
    style: str
    value: int
    number: str
    title: str
    heading: str
    paragraphs: list[Block] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    glued: bool = False  # paragraphs[0] is the rest of the heading's own paragraph
    statement: bool = False  # the "title" is a sentence (see is_statement): text unless in a list
    separate: int = 0  # paragraphs that stood on their own after the heading's
    items_read: bool = False  # numbered items under it were read back as its text (see is_list)
    cut: bool = False  # the document's last line, cut off mid-sentence by the excerpt's end (see Builder.cut_off)
    # Numbering problems noticed when this heading was placed: (message, also a finding). They
    # are reported only if the heading stays a heading (a list item read as text has none).
    notes: list[tuple[str, bool]] = field(default_factory=list)

    def is_bare(self) -> bool:
        """Nothing under the heading yet: no text (its own line's rest aside) and no sections."""
        return not self.children and not (self.paragraphs[1:] if self.glued else self.paragraphs)

    def walk(self) -> list[Node]:
        return [self, *(node for child in self.children for node in child.walk())]

    def as_text(self) -> list[Block]:
        """The heading and its text as the paragraphs they were written as."""
        if self.glued and isinstance(self.paragraphs[0], str):
            return [self.heading + self.paragraphs[0], *self.paragraphs[1:]]
        if not self.title and _sentence_under_marker(self):
            return [f"{self.heading} {self.paragraphs[0]}"]  # （四） / its clause: one item, read so
        return [self.heading, *self.paragraphs]

    def all_text(self) -> list[Block]:
        """The heading, its text and all under it, as the paragraphs they were written as."""
        return [*self.as_text(), *(block for child in self.children for block in child.all_text())]

    def demote_clauses(self, *, short: bool) -> None:
        bare = textless_nodes(self.children)  # judged before inner lists become their text
        for child in self.children:
            child.demote_clauses(short=short)
        self.children = fold_catalogues(self.children, self.paragraphs, bare)
        if is_list(self.children, short=short, lead=last_text(self.paragraphs), heading=self.title, style=self.style):
            for child in self.children:
                self.paragraphs.extend(child.all_text())
            self.items_read = bool(self.children)
            self.children = []

    def freeze(self) -> Section:
        return Section(
            number=self.number,
            title=self.title,
            heading=self.heading,
            paragraphs=tuple(self.paragraphs),
            sections=tuple(child.freeze() for child in self.children),
        )


def is_list(nodes: list[Node], *, short: bool, lead: str, heading: str, style: str = "", notice: bool = False) -> bool:
    """True if `nodes` (all the sections under the heading titled `heading`, of numbering `style`, after the text
    `lead`) are the items of a list or numbered clauses, to be read as text: see _clause_run,
    _lead_in_list (a heading naming members, 主要职责, leads its items in too) and _definition_list
    (and fold_catalogues, applied before)."""
    # A heading that names members (一、主要职能、职责) leads in its items as a colon would; a
    # chapter's title (第二章 组成人员和政府职能) names its articles, not a list's members.
    heading_leads = (
        not lead and style in LIST_STYLES and heading.rstrip("：:。").endswith(heading_words()["lead"])
    )
    if style != "tiao" and _labelled_heads(nodes):
        return False
    return (
        _clause_run(nodes, short=short, notice=notice)
        or (style == "tiao" and _article_items(nodes, lead))
        or _lead_in_list(nodes, lead)
        or (heading_leads and _lead_in_list(nodes, heading + "："))
        or _definition_list(nodes, heading)
        or _labelled_list(nodes)
        or _contact_list(nodes)
        or _phrase_list(nodes, lead)
        or _lone_item(nodes)
        # (members that mostly close with a semicolon are a list's, whatever notes stand under some:
        # （一）具有中华人民共和国国籍；（二）遵守宪法和法律；… （五）…条件； / its note. / （六）…。)
        or (all(node.style in LIST_STYLES for node in nodes) and _semicolon_items(nodes) and not any(node.children for node in nodes))
    )


def fold_catalogues(nodes: list[Node], before: list[Block], bare: set[int]) -> list[Node]:
    """`nodes` with each whole run (no sibling of its style before or after it) of at least
    _MIN_CATALOGUE numbered items of one style that have no text under them at any depth
    (1、领导之窗 / 2、政府机构 / （1）领导分工 …) read as text where it stands: a catalogue of
    names, not headings — a heading heads text, and a chapter with nothing in it helps no
    listener. The text goes after the text before the run (`before` holds the text just before
    the first node); `bare` holds the ids of the nodes that had no text as written."""
    kept: list[Node] = []
    index = 0
    while index < len(nodes):
        end = index
        while end < len(nodes) and nodes[end].style == nodes[index].style and id(nodes[end]) in bare:
            end += 1
        style = nodes[index].style
        if end - index >= _MIN_CATALOGUE - 1 and end < len(nodes) and _closes_catalogue(nodes, index, end):
            end += 1
        whole = (end == len(nodes) or nodes[end].style != style) and not (kept and kept[-1].style == style)
        if not ((end - index >= _MIN_CATALOGUE or _site_number(nodes, index, end)) and style in LIST_STYLES and whole):
            end = index if kept and kept[-1].style == style else _semicolon_run(nodes, index, bare)
        if end > index:
            target = kept[-1].walk()[-1].paragraphs if kept else before
            for node in nodes[index:end]:
                target.extend(node.all_text())
            index = end
            continue
        kept.append(nodes[index])
        index += 1
    return kept


def _closes_catalogue(nodes: list[Node], index: int, end: int) -> bool:
    """nodes[end] is the last entry of the catalogue of names just before it, followed by the text
    that goes on after the list (1.某某协会 / 2.某某服务队 / 3.某某服务队 + 希望受表彰的…): the run's
    last of its style, itself only a name, with no numbered line under it and only a few short
    paragraphs (with the signature, when the list ends the notice) — a section's text is longer.
    Only the lowest styles (1. （1） ①) number such names; a run of 一、 headings with nothing
    under them but the last is a plan's contents or an outline kept as headings. Reading the
    last as a heading would leave the entries before it as empty chapters. Entries that name a
    plan's standard sections (总体要求, 保障措施: `section_name` in data/headings.tsv) are its
    headings, kept even when empty."""
    node, style = nodes[end], nodes[index].style
    names = heading_words()["section_name"]
    last = end + 1 == len(nodes) or nodes[end + 1].style != style
    text = node.paragraphs
    return (
        last
        and node.style == style
        and style in _LOW_STYLES
        and not node.children
        and not node.glued
        and _is_name(node)
        and bool(text)
        and all(isinstance(block, str) for block in text)
        and sum(len(block) for block in text if isinstance(block, str)) <= _LIST_ITEM_CHARS
        and not any(_marker_title(entry.heading).strip() in names for entry in nodes[index : end + 1])
    )


def _site_number(nodes: list[Node], index: int, end: int) -> bool:
    """nodes[index] alone is the number a site's list gave the one document it lists (1. 某某条例
    over the regulation's 第一条 …): numbered 1 with nothing under it, its numbering not carried on
    (no 2. after it at any depth), and the document's own numbering of a higher rank right after
    it (the headings the builder placed above it). A bare 1. of a list 1. 2. … is no such number."""
    if end - index != 1 or nodes[index].value != 1 or end == len(nodes):
        return False
    style = nodes[index].style
    after = nodes[end].style
    continued = any(inner.style == style and inner.value == 2 for node in nodes[end:] for inner in node.walk())
    return 0 <= rank_of(after) < rank_of(style) and not continued


def _semicolon_run(nodes: list[Node], index: int, bare: set[int]) -> int:
    """Where a list of semicolon items starting at nodes[index] ends, or `index` if none does.
    Such items are clauses of one sentence, never headings (办理流程如下：1、申请人提出申请；
    2、服务站受理并审核；3、审核后发放。 or an article's （一）…；（二）…；（三）…。): a whole run
    (nothing of its style after it) of at least two numbered lines of one style, each on a line
    of its own with nothing under it and ending in a semicolon, but the last, which ends a
    sentence (；or 。) and may be followed by the text that goes on after the list, or is the
    document's last line, cut off mid-sentence where a page's excerpt ends (…；（二）保护村内的古树),
    or ends its sentence inside its line with the text going on after it (a flattened copy).
    An item whose line the heading rules cut in two (（五）咨询处理情况 + （公民、法人的咨询情况）；) is
    still one line."""
    style = nodes[index].style
    if style not in LIST_STYLES:
        return index
    end = index
    while end < len(nodes) and nodes[end].style == style:
        end += 1
    run = nodes[index:end]
    if len(run) < 2:
        return index
    for node in run:
        line = node.as_text()[0]
        cut = node.glued and len(node.paragraphs) == 1 and not node.separate
        last = node is run[-1]
        if node.children or (node.glued and not cut) or (not last and id(node) not in bare and not cut):
            return index
        # The last clause of a copy that lost its line breaks ends its sentence inside the paragraph,
        # the text going on after the list in the same line: （三）…建议。第四十二条 …
        ends = last and (node.cut or (node.glued and node.heading[-1:] in "。；;"))
        if not isinstance(line, str) or (line[-1:] not in ("；;。！？" if last else "；;") and not ends):
            return index
    return end


def textless_nodes(nodes: list[Node]) -> set[int]:
    """The ids of the nodes in `nodes` with no text under them at any depth and mostly names below
    them (1、领导之窗 / （1）领导分工): a heading whose numbered lines say something (1.当事人必须
    符合法定结婚年龄、男22周岁，女20周岁 under 一、受理条件) has its list for text."""
    return {id(node) for node in nodes if not any(found.paragraphs for found in node.walk()) and _names_below(node)}


def _names_below(node: Node) -> bool:
    """Most numbered lines below `node` only name something (one long entry, 10、其他依照法律、法规
    应当主动公开的信息, does not make a catalogue say something)."""
    below = node.walk()[1:]
    return 2 * sum(not _is_name(found) for found in below) < len(below) or not below


def _is_name(node: Node) -> bool:
    """A numbered line that only names something: short, without a mark that makes it say more."""
    title = _marker_title(node.heading)
    return len(title) <= _NAME_CHARS and re.search("[，,；;：:。（(]", title) is None


def _lone_item(nodes: list[Node]) -> bool:
    """A list of one: the only numbered line under a heading, a whole sentence (a comma or more
    than ~15 characters) with nothing under it (二、立项依据 / 1、《某某实施意见》。), such a
    sentence cut off by the excerpt's end, or the first of items run on in one paragraph
    (1、支持…，…；2、支持…；), is the heading's text."""
    if len(nodes) != 1:
        return False
    node = nodes[0]
    # 1、…；2、…；3、… run on in one paragraph: the first item ends in a semicolon.
    run_on = node.glued and node.heading[-1:] in "；;"
    if node.style not in LIST_STYLES or node.value != 1 or node.children or node.separate:
        return False
    # （一）来信请寄至：某市某路318号，邮编：225300； — a label and its value, one sentence.
    if node.glued and node.heading[-1:] in "：:" and len(node.paragraphs) == 1:
        rest = node.paragraphs[0]
        return isinstance(rest, str) and rest[-1:] in "。；;！？" and len(node.heading + rest) <= _LIST_ITEM_CHARS
    if node.cut and not node.paragraphs and _clause_like(_marker_title(node.heading)):
        return True  # （一）拟征地范围内的…相关权利人应当根据…配合做好 — a sentence the excerpt cut off
    return (
        not (node.paragraphs and not run_on)
        and node.heading[-1:] in "。；;！？"
        and _clause_like(_marker_title(node.heading))  # 继续深化公开。 alone is still a title
    )


def _list_items(nodes: list[Node]) -> bool:
    """At least two numbered items, each a single paragraph (the last may be followed by text
    that goes on after the list), nothing numbered below them."""
    if len(nodes) < 2 or any(node.style not in LIST_STYLES or node.children for node in nodes):
        return False
    return not any(node.separate for node in nodes[:-1])


def _lead_in_list(nodes: list[Node], lead: str) -> bool:
    """A numbered run announced by a lead-in that ends in a colon is a list when its items are
    short single paragraphs and either the lead-in names what follows as members
    (主要职能包括：一、加强党的建设。落实… — `lead` words in data/headings.tsv) or every item
    is a sentence, not a title (see _sentence_item):
    财政拨款支出主要内容如下：1、公共安全支出（204类）…1434.89万元。主要用于：…
    Items that mostly close with a semicolon are members too (see _semicolon_items).
    A run after 如下： whose items have short titles (（一）资料审查。申报…) stays headings, and so
    does one whose items have paragraphs of their own (the seed's 现解读如下：一、…).
    """
    if not _list_items(nodes):
        return False
    if not lead.endswith(("：", ":")):
        return _ways_announced(nodes, lead)
    enumerating = lead.rstrip("：:").endswith(heading_words()["lead"]) or _semicolon_items(nodes)
    for node in nodes:
        first = node.as_text()[0]  # the heading, with its glued text
        if enumerating and node is nodes[-1] and node.glued:
            # The last member may carry the rest of its line: further members the heading rules
            # left unsplit, or the text that goes on after the list (分别是：（1）…（7）…。（8）…).
            first = node.heading
        if not isinstance(first, str) or len(first) > _LIST_ITEM_CHARS:
            return False
        if not enumerating and not _sentence_item(node):
            return False
    return True


def _article_items(nodes: list[Node], lead: str) -> bool:
    """An article's numbered items announced by its colon (第五条 下列场所…应当每日升挂国旗： /
    （一）…； / （二）…。), each ending as a clause does: its 项, the clauses of its text, even where
    a hard-wrapped copy left an item in several paragraphs. Steps named by a short title, their
    text run on after it (申报流程如下： / （一）资料审查。申报者…), stay headings."""
    if not lead.endswith(("：", ":")) or len(nodes) < 2 or any(node.style not in LIST_STYLES or node.children for node in nodes):
        return False
    if any(node.glued and node.title.endswith("。") and len(node.title) <= SHORT_TITLE for node in nodes):
        return False
    ends = [next((block for block in reversed(node.as_text()) if isinstance(block, str) and block.strip()), "") for node in nodes]
    return all(end.rstrip()[-1:] in "；;。" for end in ends)


def _semicolon_items(nodes: list[Node]) -> bool:
    """Items that mostly close with a semicolon, as a list's members do and a heading never does
    (（一）单位简介； （二）领导成员及其工作分工； …): at least _MIN_CATALOGUE of them and more
    than half the run, so one that lost its mark on the site, the last closed by a full stop or
    one cut off by the excerpt is a member too."""
    closed = sum(_marker_title(node.heading)[-1:] in "；;" for node in nodes)
    return closed >= _MIN_CATALOGUE and closed * 2 > len(nodes)


def _ways_announced(nodes: list[Node], lead: str) -> bool:
    """Items of the lowest styles (1. （1） ①) after a sentence that names them as the ways to do
    something and closes with a full stop (可通过以下方式申请。1. 网上申请。申请人可… 2. 当面申请。…):
    the members of a list, as after a colon. A run after such a sentence whose items have
    paragraphs of their own, or are numbered 一、 or （一）, stays headings."""
    if lead[-1:] not in "。." or any(node.style not in _LOW_STYLES for node in nodes):
        return False
    last = re.split(f"[{SENTENCE_END}]", lead.rstrip("。."))[-1]
    if not any(phrase in last for phrase in heading_words()["ways"]):
        return False
    return all(isinstance(first := node.as_text()[0], str) and len(first) <= _LIST_ITEM_CHARS for node in nodes)


def _phrase_list(nodes: list[Node], lead: str) -> bool:
    """Items that each name a member in a short phrase closed by a full stop and gloss it in the
    same paragraph, inside the text of their section: 突发事件分为以下四类：（1）自然灾害。主要
    包括… （2）事故灾难。主要包括… or 设置6个办公室。（1）党政办公室。主要承担… — a list the
    text goes on after, not headings. Text (`lead`) stands right before the first item; every
    item is one paragraph no longer than a list item, its title a phrase without a comma, and
    its gloss opens as a member's description does (主要包括, 主要承担, 是指: `gloss` words in
    data/headings.tsv). A report's run-in headings (（一）主动公开情况。本年度共公开…) go on
    with what was done, not with what the item is."""
    if not lead or not _list_items(nodes):
        return False
    openers = heading_words()["gloss"]
    for node in nodes:
        title = _marker_title(node.heading)
        if not node.glued or title[-1:] != "。" or "，" in title or len(title) > SHORT_TITLE:
            return False
        first, gloss = node.as_text()[0], node.paragraphs[0]
        if not isinstance(first, str) or len(first) > _LIST_ITEM_CHARS:
            return False
        if not isinstance(gloss, str) or not gloss.startswith(openers):
            return False
    return True


def _sentence_item(node: Node) -> bool:
    """An item that reads as a sentence, not a title: a whole paragraph ending a sentence, a
    first clause ending in a semicolon, or one that states an amount of money
    (1、公共安全支出（204类）…1434.89万元。). A comma is not enough: a work report's titles
    have one (（一）坚持项目为王，持续扩大有效投资。全年…)."""
    title = _marker_title(node.heading)
    if not node.glued:
        return title[-1:] in SENTENCE_END and _clause_like(title)
    return title[-1:] in "；;" or _MONEY.search(title) is not None


def _definition_list(nodes: list[Node], heading: str) -> bool:
    """名词解释 entries are list items: a term, a colon and its definition in the same paragraph
    (（一）财政拨款收入：是区级…, 1.事业收入：指…). Under a heading that names a glossary
    (`glossary` words in data/headings.tsv) any definition will do, an entry may run on over
    several paragraphs and its term may stand on a line of its own (1.“四上”企业： / 现阶段…); elsewhere each must open as a definition does (指, 是指, …)."""
    glossary = heading in heading_words()["glossary"]
    if len(nodes) < 2 or any(node.style not in LIST_STYLES or node.children for node in nodes):
        return False
    if not glossary and not _list_items(nodes):
        return False
    openers = heading_words()["define"]
    for node in nodes:
        term = _marker_title(node.heading)
        # 虹桥国际中央商务区“一核两轴四片”（第13页）：: where the plan uses the term is no part of it
        # (under a glossary's title a term may stand on its line, its definition on the next)
        if not ((node.glued or glossary) and term.endswith(("：", ":")) and len(_PAGE_REFERENCE.sub("", term)) <= _TERM_CHARS):
            return False
        if not isinstance(node.paragraphs[0], str):
            return False
        if not glossary and not node.paragraphs[0].startswith(openers):
            return False
    return True


def _contact_list(nodes: list[Node]) -> bool:
    """Channels to reach an office, each a numbered item (1.电子邮箱：abc@example.cn / 2.通讯地址： /
    某市某路9号 / 3.电话：010-5559727 / 4.登录某某网站（https://…）提出意见): a list, never headings.
    Every item names a contact by its label (`contact` words in data/headings.tsv) or holds one."""
    if len(nodes) < 2 or any(node.children for node in nodes):
        return False
    if all(_heads_field_block(node) for node in nodes):
        return False  # 1.采购人信息 / 名称：… / 地址：… / 联系方式：…: each names a party over its fields
    labels = heading_words()["contact"]
    for node in nodes:
        # (an item's value may stand on the next line, and clauses read back may follow it)
        if any(not isinstance(block, str) or len(block) > _LIST_ITEM_CHARS for block in node.as_text()):
            return False
        label = re.split("[：:]", _marker_title(node.heading), maxsplit=1)[0].strip()
        if label not in labels and not any(_CONTACT_VALUE.search(str(block)) for block in node.as_text()):
            return False  # (the value may stand under its label: （一）指南业务咨询： / 某某，020-87583596)
    return True


_FIELD_LINE = re.compile(r"[^：:。，]{1,8}[：:]")
_MIN_BLOCK_FIELDS = 2


def _heads_field_block(node: Node) -> bool:
    """The node's title names a party with no value of its own (采购人信息, 项目联系方式), and a block
    of field lines, each a paragraph, leads what stands under it (名称：某某 / 地址：某某 / 联系方式：…)."""
    title = _marker_title(node.heading)
    if not title or re.search("[：:。，；]", title) or node.glued:
        return False
    # (the block leads what stands under it; the last party's may have the notice's signature after it)
    leading = list(takewhile(lambda block: isinstance(block, str) and _FIELD_LINE.match(block.strip()) is not None, node.paragraphs))
    return len(leading) >= _MIN_BLOCK_FIELDS


def _labelled_list(nodes: list[Node]) -> bool:
    """Items labelled by what they cite or by a step's tag, each one paragraph, are a list, not
    sections: the legal basis of a service (1.《某某法》第十条：… / 2.《某某办法》第二条：…) and the
    steps of a how-to page (1、【提交申请】：… / 2、【受理审查】：…). A section's title names its
    topic (1.水利工程：…); a citation or a tag names a source or a step."""
    if not _list_items(nodes):
        return False
    return all(_ITEM_LABEL.fullmatch(_marker_title(node.heading)) is not None for node in nodes)


def without_statements(nodes: list[Node], before: list[Block]) -> list[Node]:
    """`nodes` without the numbered sentences taken for headings (see is_statement) that no list
    rule read back as text: each becomes text where it stands, after the text before it
    (`before` holds the text just before the first node), and its own sub-headings take its
    place: the plan printed after a notice's numbered clauses is not nested under the last."""
    kept: list[Node] = []
    last: Node | None = None  # the last numbered sentence read as text
    for node in nodes:
        node.children = without_statements(node.children, node.paragraphs)
        statement = (
            node.statement
            and not _task_with_owners(node)
            and not _long_like_its_peers(node, nodes)
            and not _claim_among_headings(node, nodes)
            and not _asked_and_answered(node)
        )
        if not (
            statement
            or _cut_statement(node, last)
            or _glued_clause(node)
            or _items_run_on(node, nodes)
            or _sentence_among_statements(node, nodes)
        ):
            kept.append(node)
            continue
        last = node
        target = kept[-1].walk()[-1].paragraphs if kept else before
        target.extend(node.as_text())
        kept.extend(node.children)
    return kept


def _asked_and_answered(node: Node) -> bool:
    """A question numbered over its answer (1、某某改革后，…是否会统一规范？ / 答：…): an interview's
    question is a heading however many clauses it holds; a checklist's questions have no answers."""
    first = next((block for block in node.paragraphs if isinstance(block, str) and block.strip()), "")
    return node.title.endswith(("？", "?")) and ANSWER_LABEL.match(first.lstrip(" \t\u3000")) is not None


def _sentence_among_statements(node: Node, nodes: list[Node]) -> bool:
    """A short sentence numbered among numbered sentences (a 批复's 一、原则同意《某某方案》。 and
    四、某某公司由中央管理。 beside 二、某某公司是…，…。 and the others, all statements): most of
    its run (or all the rest of it) reads as text, and so does it, its full stop showing it is one
    of them."""
    if not node.title.endswith("。") or node.children:
        return False
    peers = [peer for peer in nodes if peer is not node and peer.style == node.style]
    statements = sum(peer.statement for peer in peers)
    if statements >= _MIN_STATEMENT_PEERS and 2 * statements > len(peers):
        return True
    # (or, a sentence as long as a clause, every other one of a short run: 一、同意设立某某开发区。…
    # beside 二、某某开发区执行…规定。; a short point, （一）加快发展。, is still a heading; a target with
    # the lines assigning it is a task, no statement: see _task_with_owners)
    alone = 0 < statements == len(peers) and len(node.title) >= _SENTENCE_CHARS
    return alone and not any(_task_with_owners(peer) for peer in peers)


_SENTENCE_CHARS = 20  # a numbered sentence this long is a clause, not a short point with a full stop


_MIN_STATEMENT_PEERS = 2


def _long_like_its_peers(node: Node, nodes: list[Node]) -> bool:
    """A long title of two phrases on a line of its own, over its text, among headings of its run
    shaped the same way (a work report's （四）推动供需高水平动态适配，在建设强大国内市场中努力扩大
    有潜能的消费、有需求的生产、有效益的投资。 beside （三）打造…创新中心，加快培育…。): a heading a
    few characters longer than its peers, not a sentence."""
    title = _BRACKETED.sub("", node.title)
    if node.glued or title.count("，") != 1 or not (node.separate or node.children):
        return False
    peers = [
        peer for peer in nodes
        if peer is not node and peer.style == node.style and not peer.statement and "，" in peer.title and len(peer.title) >= _PEER_TITLE_CHARS
    ]
    return len(peers) >= _MIN_PEERS


def _claim_among_headings(node: Node, nodes: list[Node]) -> bool:
    """A short claim with its figure (（四）固定资产投资总额突破60亿。) on a line of its own over its
    text, among headings of its run set the same way (（三）地方工业支撑作用突出。 over its text): a
    statistics analysis's heading, not a numbered sentence."""
    title = node.title
    if node.glued or not (node.separate or node.children) or len(title) > _CLAIM_CHARS or "，" in title:
        return False
    if _DEFINITION.search(title) or _states_by_form(title):
        return False
    peers = [
        peer for peer in nodes
        if peer is not node and peer.style == node.style and not peer.statement and not peer.glued and peer.title.endswith("。")
        and (peer.separate or peer.children)
    ]
    return len(peers) >= _MIN_PEERS


_CLAIM_CHARS = 20


def _glued_clause(node: Node) -> bool:
    """A numbered line whose first clause ends in a semicolon and whose sentence runs on in the
    same paragraph (8.实现…全覆盖；为群众提供…（牵头单位：…）。): a clause, never a heading. On a line
    of its own over its text ((一)加强组织领导； / 各地成立…) the semicolon only ends the title."""
    rest = node.paragraphs[0] if node.glued and node.paragraphs else ""
    return isinstance(rest, str) and bool(rest.strip()) and node.title.endswith(("；", ";")) and not node.children


def _items_run_on(node: Node, nodes: list[Node]) -> bool:
    """A numbered clause ending in a semicolon right over its next item, that item's clause run
    on with the items after it ((一)在本市合法稳定就业或创业； / (二)年龄在45周岁以下；(三)持有…):
    a list's first item, read as text with them, never a heading over them. The next item is the
    paragraph under it, or the node after it (a heading of its own until it is read as text)."""
    if not node.title.endswith(("；", ";")) or node.separate > 1:
        return False
    first = node.paragraphs[0] if node.paragraphs else None
    if isinstance(first, str) and first.strip():
        following = marker_at(first.strip(), 0, whole=first.strip())
        return following is not None and following.style == node.style and following.value == node.value + 1
    at = next((index for index, peer in enumerate(nodes) if peer is node), -1)
    after = nodes[at + 1] if 0 <= at < len(nodes) - 1 else None
    return (
        after is not None
        and after.style == node.style
        and after.value == node.value + 1
        and after.title.endswith(("；", ";"))
        and after.glued
    )


def _task_with_owners(node: Node) -> bool:
    """A numbered target with the lines that assign it under it (1. 地区生产总值增长8%以上。 /
    牵头负责领导：某某。 / 牵头责任单位：某局。): a task of a plan dividing its work, a heading though
    it states a figure; a list of targets has nothing of its own under each."""
    texts = [block for block in node.paragraphs if isinstance(block, str)]
    return bool(texts) and len(texts) == len(node.paragraphs) and all(_OWNER_LINE.fullmatch(text) for text in texts)


def _cut_statement(node: Node, last: Node | None) -> bool:
    """The numbered sentence after a numbered sentence, with nothing under it: cut off where the
    page's excerpt ends (四、…。 then 五、进入林区的车辆和个人，应自觉接受负有: a clause, no full
    stop), or a whole sentence of its own (五、原贷款管理办法中的其他相关政策不变。 after 四、…。),
    maybe with the notice's signature under it: it carries on the sentences, read as text as they are."""
    if last is None or last.style != node.style or last.value + 1 != node.value or node.glued:
        return False
    if not (node.is_bare() or _signed_only(node)):
        return False
    title = node.title
    return ("，" in title and title[-1:] not in SENTENCE_END) or (title[-1:] in "。！？" and _clause_like(title))


def _signed_only(node: Node) -> bool:
    """Under the last numbered sentence, only the notice's signature: its issuer and its date."""
    texts = _signature_block(node)
    return (
        bool(texts)
        and SIGNATURE_DATE.fullmatch(texts[-1]) is not None
        and all(len(text) <= _SIGNATURE_CHARS and not re.search(f"[{re.escape(SENTENCE_END)}，]", text) for text in texts)
    )


def _signature_block(node: Node) -> list[str]:
    """The node's text lines, stripped, when they are few enough to be a signature and nothing
    else stands under it; [] otherwise (see `_signed_only`, `_signature_only`)."""
    texts = [block.strip() for block in node.paragraphs if isinstance(block, str)]
    return texts if not node.children and 0 < len(texts) == len(node.paragraphs) <= _SIGNATURE_LINES else []


def last_text(blocks: list[Block]) -> str:
    """The last paragraph, when it is text (a shown table introduces no list)."""
    last = blocks[-1] if blocks else ""
    return last if isinstance(last, str) else ""


def _marker_title(heading: str) -> str:
    marker = MARKER.match(heading)
    return heading[marker.end() :].strip() if marker else heading


def _clause_run(nodes: list[Node], *, short: bool, notice: bool = False) -> bool:
    """True if `nodes` (all the sections under one heading) are numbered clauses, not headings.

    A heading is short, has no sentence inside it, and has something under it. A run of
    numbered items is a list when every item is a sentence with nothing of its own after it
    （一）扶持申报表；（二）诚信承诺书。 — the last item may be followed by text that goes on
    after the list. A single numbered sentence is not a list. In a short notice an item whose sentence runs on in the same paragraph is a
    clause too when the sentence has a comma, a colon or more than ~15 characters
    (一、管制期间，…。); in long documents such lead sentences head their paragraph.

    A short notice's run is judged as a whole: a clause may hold a list of its own
    (三、下列场所禁止燃放：（一）…（二）…), and a short titled item (一、禁放时间 / its date) reads
    as a clause beside sentence clauses when these are at least as many; otherwise the run
    stays headings, all of it. A sentence on its own line that lacks only its full stop
    (三、各地要结合实际，做好宣传 — a stop left out, or the excerpt cut off there) reads as a
    clause beside at least two sentence clauses of its run, and so does a sentence the title
    rules cut after an end word (see _cut_mid_sentence): a notice's clauses are judged together,
    not one by one.
    """
    if len(nodes) < 2 or any(node.style not in LIST_STYLES for node in nodes):
        return False
    names = heading_words()["section_name"]
    if all(_marker_title(node.heading).strip().rstrip("：:") in names for node in nodes):
        return False  # （一）指导思想：以…为指导，… （二）工作目标：…: a plan's standard sections head their text
    clauses = titled = unfinished = 0
    for index, node in enumerate(nodes):
        last = index == len(nodes) - 1
        if _is_clause(node, short=short, last=last):
            clauses += 1
        elif short and (_is_titled_item(node) or (notice and _short_sentence_item(node))):
            titled += 1
        elif short and (_unfinished_clause(node) or _cut_mid_sentence(node)):
            unfinished += 1
        elif (not short and _sentence_led(node)) or _sentence_over_note(node):
            unfinished += 1  # a long sentence running on (4.建设单位完成…手续。施工许可手续办结后，…)
        else:
            return False
    return clauses >= max(titled, 1) and (not unfinished or clauses >= _UNFINISHED_BESIDE)


def _cut_mid_sentence(node: Node) -> bool:
    """A sentence the title rules cut after a heading's end word (四、如遇紧急或特殊情况 | 确需外出，
    可向…申请。): no mark ends the "title", and the rest of the line goes on with the same
    sentence, a comma before its first full stop. Beside sentence clauses it is one (see
    _clause_run); alone, a heading with its body (一、基本情况 | 全县共有…，…。) reads the same."""
    title = _marker_title(node.heading)
    if not node.glued or node.children or title[-1:] in SENTENCE_END + "：:" or not isinstance(node.paragraphs[0], str):
        return False
    first = re.split("[。！？]", node.paragraphs[0], maxsplit=1)[0]
    # (a body that opens as bodies do, 各地区要…, 按照…, starts a sentence of its own: the title
    # was cut where the heading ended, not inside a sentence)
    return "，" in first and not first.startswith(body_openers())


def _sentence_led(node: Node) -> bool:
    """A numbered sentence too long for a title, its paragraph running on (4.建设单位完成承发包手续后
    到镇规建办办理施工许可手续。施工许可手续办结后，…), or cut by the title rules inside its
    sentence (see _cut_mid_sentence): beside at least two clauses of its run, a clause too, in a
    long document (a short one judges its run by its own rules, see _clause_run)."""
    title = _marker_title(node.heading)
    if node.children:
        return False
    return (node.glued and title[-1:] in "。；;" and len(title) > _SENTENCE_TITLE_CHARS) or _cut_mid_sentence(node)


def _sentence_over_note(node: Node) -> bool:
    """A numbered sentence too long for a title on a line of its own, with one short line under it
    (2.某中心负责申报受理和初审工作。 / 申报受理时间：9月1日—10月30日。): a clause and its note, beside
    at least two clauses of its run (see _clause_run)."""
    title = _marker_title(node.heading)
    if node.glued or node.children or len(node.paragraphs) != 1 or not isinstance(node.paragraphs[0], str):
        return False
    return title[-1:] == "。" and len(title) > _SENTENCE_TITLE_CHARS and len(node.paragraphs[0]) <= _NOTE_CHARS


def _unfinished_clause(node: Node) -> bool:
    """A numbered sentence of several clauses on a line of its own, with nothing under it, that
    does not end as a sentence does (see _clause_run): not a title of two parallel phrases; or
    one clause too long for a title, nothing under it either (1、到县残联领取《某某申请表》二份, a
    step of a procedure beside its sentence steps): a heading heads something."""
    title = _marker_title(node.heading)
    if node.glued or node.children or node.separate or title[-1:] in SENTENCE_END:
        return False
    if not node.paragraphs and len(title) > SHORT_TITLE and "：" not in title and ":" not in title:
        return True
    return "，" in title and len(title) > _CLAUSE_CHARS and not _is_couplet(title)


def _is_clause(node: Node, *, short: bool, last: bool) -> bool:
    """A numbered sentence with nothing of its own after it (see _clause_run); in a short notice
    a sentence (see _clause_like) may hold a list of short items."""
    title = _marker_title(node.heading)
    if title.endswith(("？", "?")) and (node.children or node.paragraphs):
        return False  # 一、本次考试的流程是怎样的？ / its answer: a guide's question heads its answer
    if short and title[-1:] == "。" and _clause_like(title) and _lead_and_items(node):
        return True  # 三、禁火期内，禁止一切野外用火。 / 凡进入禁火区的人员要执行以下规定： / 1.… 2.…
    if not title and _sentence_under_marker(node):
        return True  # （四） / 写信时应说明请求、事实和理由…。: the copy broke the line after the marker
    if node.separate and not last and not (short and _field_with_note(node, title)):
        return False
    # (A short title ending in a full stop over its own numbered sections is a heading:
    # （一）完善创新生态支撑。 1.…)
    if node.children and not (short and _clause_like(title) and _item_list(node.children)):
        return False
    # 二、通过电子邮件方式将意见发送至：abc@example.com — a field's bare value ends it as a full stop would.
    ends_sentence = title[-1:] in "。；;！？：:" or _BARE_VALUE_END.search(title) is not None
    if _heads_items(node) and _titles_its_items(title):
        return False
    if node.glued and last and _signature_only(node):
        # 3、要坚持…，持续抓好责任落实。某某工作领导小组: the last clause with the notice's
        # signature glued after its full stop, the copy's line break lost: judged by its sentence
        return ends_sentence
    if node.glued:
        if _heads_its_text(title, node.paragraphs[0]) and not (short and last):
            # (In a short notice the last clause may run on into what closes the notice:
            # 三、要确保社会稳定。县政府要求，… — judged by its own sentence, beside the others.)
            return False
        # 四、请广大群众自觉遵守禁放规定。举报电话：110。 — a sentence telling what to do with one short
        # sentence after it is a clause too; a point with its text after it ((二)要充分知悉解读范围。
        # 符合下列情形…) heads that text.
        told = _DIRECTIVE.search(title) is not None and _one_short_sentence(node.paragraphs)
        return short and (ends_sentence or len(title) > _CLAUSE_CHARS) and (_clause_like(title) or told)
    return ends_sentence


def _sentence_under_marker(node: Node) -> bool:
    """Under a bare marker, one paragraph alone that is a sentence (or a few) of a list item's
    length and nothing else: the marker's own clause, its line broken after the marker."""
    if node.children or len(node.paragraphs) != 1 or not isinstance(text := node.paragraphs[0], str):
        return False
    return text.endswith(tuple("。；;！？")) and len(text) <= _LIST_ITEM_CHARS


def _signature_only(node: Node) -> bool:
    """The text under a node is the notice's signature alone: its issuers, maybe its date."""
    texts = _signature_block(node)
    return bool(texts) and all(_signature_line(text) for text in texts) and not SIGNATURE_DATE.fullmatch(texts[0])


def _signature_line(text: str) -> bool:
    """A line of a signature: its issuers, its date, or both (某某领导小组 2016年7月1日)."""
    issuers, _, day = text.rpartition(" ")
    return is_issuer_line(text) or SIGNATURE_DATE.fullmatch(text) is not None or (
        is_issuer_line(issuers) and SIGNATURE_DATE.fullmatch(day) is not None
    )


def _lead_and_items(node: Node) -> bool:
    """Under the node, a line leading a list in (凡进入禁火区范围活动的人员要严格执行以下规定：) and
    the list's short numbered items: the rules a notice's clause lays down, part of the clause."""
    texts = [block for block in node.paragraphs if isinstance(block, str)]
    if len(texts) != len(node.paragraphs) or not texts or not texts[0].rstrip().endswith(("：", ":")):
        return False
    if len(texts[0]) > _LIST_ITEM_CHARS:
        return False
    if node.children:
        return len(texts) == 1 and _item_list(node.children)
    return len(texts) >= 3 and all(marker_at(text, 0, whole=text) is not None for text in texts[1:])


def _one_short_sentence(paragraphs: list[Block]) -> bool:
    """The text after a glued title is one short sentence (a phone line, a note), no section's text."""
    return (
        len(paragraphs) == 1
        and isinstance(text := paragraphs[0], str)
        and len(text) <= 2 * _CLAUSE_CHARS
        and not re.search(f"[{re.escape(SENTENCE_END)}]", text[:-1])
    )


def _field_with_note(node: Node, title: str) -> bool:
    """A label and its value, one sentence, then one short sentence on its own line that qualifies
    the value (二、拟征收土地的位置：某镇某村地段。 / 实际范围以批准文件为准。): a notice's field with
    its note is a clause, as the field alone is; a heading has more under it than a note."""
    if not node.glued or node.separate != 1 or node.children or title[-1:] not in "：:" or len(node.paragraphs) != 2:
        return False
    value, note = node.paragraphs
    return (
        isinstance(value, str)
        and isinstance(note, str)
        and value[-1:] in SENTENCE_END
        and note[-1:] in SENTENCE_END
        and len(value) + len(note) <= _LIST_ITEM_CHARS // 2
    )


def _heads_items(node: Node) -> bool:
    """Numbered items of its own stand under the node: read back as its text, or written in a
    numbering that runs on through the document (4.制订… under （一）… after 1.–3. under 一、)."""
    first = next((block for block in node.paragraphs[1 if node.glued else 0 :] if isinstance(block, str) and block.strip()), "")
    return node.items_read or marker_at(first, 0, whole=first) is not None


def _titles_its_items(title: str) -> bool:
    """A numbered line on its own over numbered items of its own (read back as its text) is their
    heading when it names a topic in one phrase with a full stop: （一）一般公共预算收支执行情况。
    over 1.… 2.…; not a sentence with a comma, a figure or a lead-in (履行下列职责。). A topic
    that is only a word naming members and its modifier (主要职能。 over （1）… （2）…, beside
    2.机构情况) is too short to lead anything in: it is the items' heading."""
    phrase = title.rstrip("。")
    # (履行下列职责。 leads its items in; 市教育部门主要职责。 names whose duties they are: a topic)
    lead_in = phrase.endswith(heading_words()["lead"]) and len(phrase) > _TOPIC_CHARS and _LEAD_IN_WORD.search(phrase) is not None
    return (
        title[-1:] == "。"
        and "，" not in title
        and len(title) <= _STATEMENT_CHARS
        and FIGURE.search(title) is None
        and not lead_in
    )


def _labelled_heads(nodes: list[Node]) -> bool:
    """Every one of `nodes` heads numbered items of its own, and one at least is named by a label
    and its colon ((一)报名范围： / 1.… 2.… / (二)报名人员应当具备下列资格条件： / 1.… 2.…), or each,
    numbered 一、 or （一）, leads its list in with a colon ((一)一般应具备下列条件： / 1.… / (二)有下列
    情况之一的不得报考： / 1.…; ho98/08): the points of a notice, each over its list, are headings.
    (Under an article such points are the article's own, see is_list; a label with its value on
    its line, 一、时间：9月1日。, heads no items.)"""
    heads = all(node.children or _heads_items(node) for node in nodes)
    titles = [_marker_title(node.heading) for node in nodes]
    # (points numbered 一、 or （一） each leading its list in; an item's 1.… 以下条件： leads its (1) in)
    led = all(node.style in _POINT_STYLES for node in nodes) and all(title[-1:] in "：:" for title in titles)
    return len(nodes) >= 2 and heads and (led or any(_labels_its_items(title) for title in titles))


_POINT_STYLES = frozenset({"cn", "cnp"})  # 一、 （一）: a notice's points


_ITEMS_LABEL_CHARS = 8  # 报名范围, 禁放区域, 拟征收土地的用途: a label over its items is no longer


def _labels_its_items(title: str) -> bool:
    """A numbered label and its colon over numbered items of its own (（一）报名范围： over 1.… 2.…,
    （一）禁放区域： over （1）…): their heading, a name of what they list. A sentence leading them in
    (下列场所禁止燃放：, 有以下情形之一的：) or a label with a figure (三、补助标准：) is a clause."""
    label = title[:-1] if title[-1:] in "：:" else ""
    return (
        0 < len(label) <= _ITEMS_LABEL_CHARS
        and re.fullmatch(f"[{HAN}]+", label) is not None
        and _LEAD_IN_WORD.search(label) is None
    )


def _heads_its_text(title: str, rest: Block) -> bool:
    """A run-in heading, not a clause: one sentence without a comma (（一）深入推进依法行政。), a
    report's point of parallel phrases and what they achieved (（一）坚持项目支撑、招商赋能，经济基础
    更加坚实。, see _PARALLEL_LEAD) or two parallel phrases (一、弘扬新风，文明拜祭。, see _is_couplet) followed in its paragraph by text of several sentences, longer than a list item
    (一是…。二是…。); after parallel phrases, whose shape is a heading's, any text longer than
    them will do. A term and a colon (1.水利工程：) followed by such text heads it too, as a work
    plan names its items; a label with a short value (一、管制时间：…。) is a clause. A report cut
    short may be as short as a notice; its headings stay."""
    if not isinstance(rest, str):
        return False
    if title[-1:] in "：:" and len(title) <= _TERM_NAME_CHARS and re.search("[，,、；;。“”]|如下|下列|以下", title) is None:
        # 1.水利工程：… a work plan's item named by a term, its text of several sentences after the colon.
        return len(rest) > _LIST_ITEM_CHARS and len(re.findall("[。！？]", rest)) >= 2
    if title[-1:] not in "。！" or len(title) > _STATEMENT_CHARS:
        return False
    parallel = (
        _is_couplet(title)
        or _is_triplet(title)
        or _PARALLEL_LEAD.fullmatch(title) is not None
        or _report_point(title)
        or _TIMED_STAGE.fullmatch(title) is not None  # 部署发动（2021年12月10日前）。: a stage and its dates
    )
    if "，" in title and not parallel:
        return False
    if parallel:
        return len(rest) > len(title)  # the parallel phrases are shape enough; text must follow
    return len(rest) > _LIST_ITEM_CHARS and len(re.findall("[。！？]", rest)) >= 2


# A stage of a plan named in a short phrase with its time in brackets: 部署发动（2021年12月10日前）。
_TIMED_STAGE = re.compile(f"[{HAN}]{{2,10}}[（(][^（）()]{{0,30}}\\d[^（）()]{{0,30}}[）)][。！]")


def _report_point(title: str) -> bool:
    """A work report's point: what was done in one or two phrases, then what came of it
    (坚持“动态清零”总方针，瞄准靶向精准施策，疫情防控形势平稳可控。), each phrase 4 to 12
    characters, opening with an action (`point_verb` in data/headings.tsv: 坚持, 推进 …, not who
    acts: 镇政府实行镇长负责制，…); no phrase tells anyone what to do (要, 须, 请, 不得: a
    notice's clause)."""
    phrases = title.rstrip("。！").split("，")
    return (
        title[-1:] in "。！"
        and 2 <= len(phrases) <= 3
        and title.startswith(heading_words()["point_verb"])
        and all(_POINT_PHRASE.fullmatch(phrase) for phrase in phrases)
        and _DIRECTIVE.search(title) is None
    )


def _is_couplet(title: str) -> bool:
    """Two parallel phrases of about equal length, the way 倡议书 and reports title their points
    (弘扬新风，文明拜祭。 强化担当，狠抓落实。 提高站位，主动担当作为。): a heading's shape, not a clause's."""
    couplet = _COUPLET.fullmatch(title)
    if couplet is None:
        return False
    first, second = len(couplet.group(1)), len(couplet.group(2))
    # 加快招商引资步伐，打造特色品牌 (eight and six): phrases of four or more may differ a little; a
    # clause's short second phrase (过往车辆，请绕行) is no parallel.
    return first == second or (min(first, second) >= _COUPLET_MIN and abs(first - second) <= _COUPLET_SLACK)


def _is_triplet(title: str) -> bool:
    """Three parallel phrases, the first two of one length and the last no shorter (强化担当，压实
    责任，高效推进办理工作。): a heading's shape, as a couplet is; a clause's phrases differ
    (各单位要高度重视，认真组织，确保按时完成。)."""
    triplet = _TRIPLET.fullmatch(title)
    if triplet is None:
        return False
    first, second, third = (len(triplet.group(k)) for k in (1, 2, 3))
    return first == second and third >= first


def _is_titled_item(node: Node) -> bool:
    """一、禁放时间 / 2025年1月28日至2月12日。 — a short phrase on its own line with at most one
    short paragraph under it and nothing numbered."""
    title = _marker_title(node.heading)
    text = [block for block in node.paragraphs if isinstance(block, str)]
    return (
        not node.glued
        and not node.children
        and len(text) == len(node.paragraphs) <= 1
        and sum(map(len, text)) <= _LIST_ITEM_CHARS
        and title[-1:] not in SENTENCE_END + "：:"
        and "，" not in title
        and len(title) <= SHORT_TITLE
    )


def _short_sentence_item(node: Node) -> bool:
    """二、大力推广秸秆粉碎还田。“三夏”期间，… — a short sentence run on into more of the item's
    text: beside the sentence clauses of a document titled as a notice (通告, 公告), a clause as a
    short titled item is (see _clause_run). Elsewhere (an opinion's （一）指导思想。…) it is a
    run-in heading."""
    title = _marker_title(node.heading)
    return node.glued and not node.children and title[-1:] == "。" and "，" not in title and len(title) <= SHORT_TITLE


def _item_list(nodes: list[Node]) -> bool:
    """Short numbered items, each one paragraph at most, with nothing numbered below them."""
    return all(
        node.style in LIST_STYLES
        and not node.children
        and (not node.separate or node is nodes[-1])
        and sum(len(block) for block in node.as_text() if isinstance(block, str)) <= _LIST_ITEM_CHARS
        for node in nodes
    )


def carries_on(nodes: list[Node], clauses_end: dict[str, int]) -> bool:
    """True if `nodes` are one numbered run, without headings under them, whose first number
    follows the last of a run already read as clauses in an earlier chapter."""
    first = nodes[0]
    if first.style not in clauses_end or first.value != clauses_end[first.style] + 1:
        return False
    return all(
        node.style == first.style and node.value == first.value + i and not node.children
        for i, node in enumerate(nodes)
    )


def _clause_like(title: str) -> bool:
    return title[-1:] in "；;：:" or "，" in title or len(title) > _CLAUSE_CHARS


_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
# The article an amendment instruction changes, as it opens the instruction: 第二条, 第三条第一款;
# a decision amending several rules names the rules first: 《某某办法》第十四条第二款.
_AMENDED_ARTICLE = re.compile(f"(?:《[^《》]{{1,60}}》)?第[{CN_DIGITS}]+[条條](?:第[{CN_DIGITS}]+[款项項])*")
# … or the rules named without title marks after the instruction's lead (将刑法第三百九十条修改为：)
_BARE_NAMED_ARTICLE = re.compile(f"[{HAN}]{{1,16}}?第[{CN_DIGITS}]+[条條](?:第[{CN_DIGITS}]+[款项項])*")


def is_amendment(title: str) -> bool:
    """True if `title` is an amendment instruction, not a heading: 第二条修改为：“…”, 将第三条第一款
    中的“市”改为“区”, 在第五条后增加一条, 删去第七条 — the numbered clauses of a 修正案 or of a
    decision amending rules, which may name the rules before the article (删去《某某办法》第八条第二项,
    将《某某规定》第三条修改为：“…”, and after a lead without title marks: 将刑法第三百九十条修改为：). The item naming the rules amended (一、对《某某办法》作出修改,
    一、某某办法（…第二次修改）) does not open with an article and stays a heading."""
    words = heading_words()
    lead = next((w for w in words["amend_lead"] if title.startswith(w)), "")
    article = _AMENDED_ARTICLE.match(title, len(lead))
    if article is None and lead:
        article = _BARE_NAMED_ARTICLE.match(title, len(lead))
    if article is None:
        return False
    return lead in words["amend"] or any(verb in title[article.end() :] for verb in words["amend"])


_TOPIC = re.compile(r"关于[^，,。；;：:]{2,40}(?:问题|事项|情况|建议)")
# A sentence leading into what follows (（二）五星之位置与画法如下：): no heading says 如下.
_LEAD_IN_END = re.compile(r"如下[：:]$")


def _defines_and_goes_on(title: str) -> bool:
    """A term defined in brackets with a sentence going on after it (某某领导小组（以下称“领导小组”）
    在…领导下，负责…); a title that names the term it defines and ends in a few words of a phrase
    (推广应用中国（上海）自由贸易试验区（以下简称“上海自贸试验区”）制度创新成果。) goes on with none."""
    definition = _DEFINITION.search(title)
    if definition is None:
        return False
    rest = title[definition.end() :].rstrip("。")
    return len(rest) > _DEFINED_TAIL_CHARS or re.search("[，,；;：:]", rest) is not None


_DEFINED_TAIL_CHARS = 8


def _states_by_form(title: str) -> bool:
    """An amendment instruction, a document's closing clause or a sentence leading into what
    follows (…如下：): a statement by its form alone."""
    return is_amendment(title) or _IN_FORCE.fullmatch(title) is not None or _LEAD_IN_END.search(title) is not None


# A reply's clause (一、同意设立某某开发区。, 二、请你省加强指导。): it grants, refuses or asks the
# addressee, which no heading does (a heading may name a grant: 不予许可的情形, with no full stop).
_REPLY_CLAUSE = re.compile("(?:原则)?(?:同意|不同意|批准|准予|不予)|[请望]?你(?:们|省|市|县|区|局|委|厅|办|院|单位|公司)")


def _reply_clause(title: str) -> bool:
    return _REPLY_CLAUSE.match(title) is not None and (title.endswith("。") or "，" in title)


# The next items of a list glued on after the first, no mark between (1、应当受理的…《决定受理通知书》2、
# 需要补正的…3、不予受理的…, a flattened list): the line is the list, no heading.
_GLUED_ITEMS = re.compile(f"[{HAN}》”）)]2[、.．][{HAN}《“].*?[{HAN}》”）)]3[、.．][{HAN}《“]")


def is_statement(title: str) -> bool:
    """A numbered sentence, not a heading: several clauses, a clause and a colon leading into what
    follows (1、下列工作人员，由省人民政府任免：) or a clause and a semicolon (一、纪要由主任签发；…), a figure stated in a sentence (or
    before its breakdown: 一、公共服务支出1200万元，其中：), or a
    term defined in brackets with the sentence going on after it (一、某某领导小组（以下称“领导
    小组”）在…领导下，…: a rules clause; a title may end with its short name, （简称“某某工程”)),
    or an amendment instruction (see is_amendment), or a document's closing clause (_IN_FORCE), or
    a sentence leading into what follows (…如下：), or a list's items glued into one line (_GLUED_ITEMS),
    or a reply's clause (_REPLY_CLAUSE)."""
    if _defines_and_goes_on(title) or _states_by_form(title) or _GLUED_ITEMS.search(title) or _reply_clause(title):
        return True
    # A note in brackets is no clause of the title: 一、某某办法（2001年发布，根据…第一次修改，根据…
    # 第二次修改）, the rules a decision amends with their history.
    bare = _BRACKETED.sub("", title)
    commas = bare.count("，")
    if commas >= _STATEMENT_COMMAS or (commas and len(bare) > _STATEMENT_CHARS):
        return True
    if title.endswith("。") and "，" in title and len(title) > _STATEMENT_CHARS:
        return True  # a long sentence whose commas are in its brackets (将位于某港（河道，未命名）北的道路命名为…。)
    if commas and title[-1:] in "：:；;":
        # 1、下列工作人员，由省人民政府任免：: a sentence leading into what follows; 三、…会议的纪要，由
        # 省长签发；会议决定的事项… : a clause of a sentence that goes on (a heading never ends in ；).
        return True
    # A figure stated in a sentence, or stated before its breakdown (支出1659万元，其中：); a topic
    # named with 关于 (一、关于60万吨乙烯项目问题。, a reply's point) states nothing.
    if _TOPIC.fullmatch(title.rstrip("。；;：:")):
        return False
    return title[-1:] in "。；;：:" and FIGURE.search(title) is not None
