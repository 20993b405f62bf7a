"""Document structure: lines, heading levels, attachments, measures and responsibility lines.

Every rule runs on ``SourceDocument.match`` (Simplified, ASCII punctuation, ``?`` runs blanked, same length as
the text), so offsets found there quote the original text unchanged.

Heading levels of Chinese official documents: ``一、`` (1) / ``(一)`` (2) / ``1.`` ``1、`` (3, the action items
= measures) / ``(1)`` (4) / ``①`` (5); ``附件1`` alone on a line starts an attachment sub-tree (level 0).
Markers that lost a bracket, their numeral or their dot are repaired from the sibling sequence (a line
``)推进…`` after ``(二)`` is ``(三)``) and reported as problems.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from policykg.loaders.extract.allocation_tables import allocation_rows, hands_quotas_down, is_total
from policykg.loaders.extract.articles import article_opening, cut_list_intro, frame_article
from policykg.loaders.extract.goal_tables import mark_goal_table
from policykg.loaders.extract.news import (
    demanded_sentences,
    distributed_tasks,
    hands_tasks_over,
    later_first_ordinal,
    led_list_items,
    opens_with_action,
    opens_with_modal,
    ordinal_opening,
    ordinal_run,
    ordinal_runs,
    paragraph_role,
    plan_words_start,
    report_lead,
    reported_sentences,
    tasks_announced,
    topic_opening,
)
from policykg.loaders.extract.numerals import cn_number
from policykg.loaders.extract.numerals import int_to_cn as _int_to_cn
from policykg.loaders.extract.responsibility import (
    bare_kind,
    body_duties_colon,
    charged_in_general,
    charged_subject,
    charges_addressees,
    closes_role_clause,
    closes_with_list_lead_in,
    contact_pair_goes_on,
    cut_unit_list,
    demand_lead_in,
    describes_bodies,
    divided_heading,
    division_subject,
    duty_lead_in,
    ends_with_unit_list,
    find_charged_bodies,
    find_inline_clause,
    find_inline_clauses,
    fixes_a_due_date,
    handed_section_sentence,
    is_bare_label,
    is_division_section,
    is_people_line,
    is_person,
    is_responsibility_line,
    is_role_line,
    is_role_sentence,
    is_unit_list,
    item_duty_title,
    kind_line_subjects,
    list_subject,
    list_wraps_to,
    named_alone,
    names_bodies,
    names_division_bodies,
    names_firm,
    names_kind_bodies,
    names_lead_of,
    names_merged_office,
    opening_label_role,
    opens_handing,
    opens_with_duty,
    partners_after,
    past_connective,
    places_subject,
    requests_addressees,
    subject_duty_lead_in,
    subjects_only,
    support_label_only,
    titles_bodies,
    with_charged_collectives,
    with_duty_subjects,
    with_join_partners,
    with_kind_subjects,
)
from policykg.loaders.extract.tables import (
    Cell,
    Row,
    Table,
    cut_off,
    find_tables,
    glued_line_cuts,
    may_have_tables,
    unit_pieces,
)
from policykg.loaders.extract.vocab import vocabulary
from policykg.loaders.normalize import fold, name_key
from policykg.models import Section, SourceDocument, Span

if TYPE_CHECKING:
    from policykg.loaders.extract.units import UnitLexicon

log = logging.getLogger(__name__)

__all__ = [
    "Line",
    "MeasureItem",
    "Outline",
    "ResponsibilityLine",
    "cn_to_int",
    "int_to_cn",
    "parse_structure",
    "split_lines",
]

_CN = "一二三四五六七八九十百零〇两"

# --------------------------------------------------------------------------- line classification

# The words of a portal toolbar line (打印 | 关闭; 无障碍 | 长者模式 | 登录 | 注册), matched in the folded text.
_TOOL = (
    "(?:打印本页|打印|关闭窗口|关闭|分享到|分享|收藏|返回顶部|返回首页|返回|扫一扫|保存|纠错|无障碍(?:阅读|浏览)?|长者模式|关怀版|"
    "适老化|登录|注册|简体|繁体|English|手机版|移动版|网站地图|智能问答|设为首页|加入收藏|收藏本站|电脑桌面)"
)
# Navigation, toolbars and publication notes copied from web pages: never structure, never facts.
# A line is boilerplate when any of these matches.
_BOILERPLATE_PATTERNS = (
    r"^[\[【(]?\s*(接上页|续上页|续前页|上接\S{0,4}页)\s*[\]】)]?$",
    r"^当前位置",
    # a portal's greeting with today's date (欢迎访问榆林市体育局 2024年10月19日 / 今天是:2024年…): the visit's day, never
    # the document's (heldout88 ef06)
    r"^欢迎(?:访问|光临|来到)[^。,;]{0,30}?(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})",
    r"^今天是\s*[:]?\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})",
    r"^您(现在|当前)?(的|所在)?位置",
    r"^首页\s*>",
    # a news page's links to its neighbours after the text, a list bullet before them at most (• 上一篇:… / 下一條:…)
    r"^[•·・*\-]?\s*(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上篇|下篇)\s*[:]",
    r"^>",
    r"字体大小|(?:字号|字体)\s*[:]?\s*[\[【]?\s*[大中小]",
    r"如果您对(该|本)(文件|信息|页面)有(疑问|意见)",
    r"^\(?\s*(此件|本件)(主动|公开|依申请|不予|不公开|删减)",
    r"^\(\s*(公开属性|公开方式|联系单位|联系人|联系电话|信息公开)\s*[:]",
    rf"^[\[【]?\s*{_TOOL}\s*[\]】]?(\s*[|/\s]\s*[\[【]?\s*{_TOOL}\s*[\]】]?)*\s*[:]?\s*$",
    # a portal's footer: its site code, registration numbers, copyright, and the 主办单位 of the web site
    # (never a responsibility label there), the toolbar after the text
    r"网站标识码|ICP备|公网安备|版权所有|技术支持\s*[:]|扫一扫在手机",
    # the same credits in other words: the portal's technical support (主办单位:…承办单位:…技术支撑:红网) and its
    # sponsor with its contractor, a news site, on one line (主办单位:…承办单位:长江网): a site's credits, never a
    # task's responsible units (r19 audit)
    r"技术支撑\s*[:]",
    # a portal's visit counters beside its credits (主办单位:中共常州市委组织部 承办:… 总访问量: 当日访问量:, heldout137
    # gc06), and its postal address line (地址:…邮编:213003)
    r"(?:总|当日|今日|本日|累计)访问量\s*[:]",
    r"^地址\s*[:].{1,40}邮编\s*[:]\s*\d{6}\s*$",
    r"^主办单位\s*[:].{1,40}承办单位\s*[:]\s*[\u4e00-\u9fff]{1,10}网$",
    r"【\s*(打印本页|关闭窗口|打印|关闭)\s*】",
    # a site's prompt to pin it: 添加文秘网到电脑桌面 / 安装后可以在桌面快捷访问 / 保存网址到桌面
    r"添加\S{0,12}到(?:电脑)?桌面",
    r"保存\S{0,12}到(?:电脑)?桌面",
    r"桌面快捷(?:访问|方式)",
    # a news site's copyright notice after the reposted text: its heading (中商情报网版权及免责声明:) and its
    # numbered clauses (1、凡本网注明"来源:…"的作品 / 本网转载…目的在于传递更多信息)
    r"版权及免责声明|免责声明\s*[:]\s*$",
    r"^[\d一二三四五]*\s*[、.]?\s*凡本网注明",
    r"本网转载\S{0,20}目的在于传递",
    # a document-sharing site's download notice before the shared file's text, in numbered clauses (1、下载文档前请自行
    # 甄别… / 2、"仅部分预览"的文档… / 3、如文档侵犯您的权益,请联系客服…): the site's terms, never measures
    r"下载文档前|仅部分预览|如文档侵犯",
    # a portal's accessibility badge (符合万维网联盟有关无障碍网页设计指引中2A级别的要求 / 无障碍网页嘉许计划: 香港
    # 政府 sites, heldout35 cc13): a notice about the site, never the page's title
    r"无障碍网页(?:设计指引|嘉许计划)",
)
# Two alternations: the anchored patterns tried at the line's start only (a search would try each of them
# at every position), the others searched for.
_BOILERPLATE_START = re.compile("|".join(f"(?:{p[1:]})" for p in _BOILERPLATE_PATTERNS if p.startswith("^")))
_BOILERPLATE_ANY = re.compile("|".join(f"(?:{p})" for p in _BOILERPLATE_PATTERNS if not p.startswith("^")))
# The first characters of _BOILERPLATE_ANY's alternatives: a line with none of them needs no search.
_BOILERPLATE_ANY_FIRST = re.compile("[字如网I公版技扫【添保桌免本下仅无总当今累]")


# A line of nothing but HTML tags (1. <th id="rxb7u"></th>, a list bullet before them): a page's markup that
# leaked into its text, never a measure.
_MARKUP_ONLY = re.compile(r"^[\s•·\-*\d.、]*(?:</?[A-Za-z][^<>]{0,200}>\s*)+$")


@lru_cache(maxsize=4096)  # the structure parser and the metadata reader both ask for every line
def _is_boilerplate(s: str) -> bool:
    return bool(
        _BOILERPLATE_START.match(s)
        or (
            (first := _BOILERPLATE_ANY_FIRST.search(s)) is not None
            and _BOILERPLATE_ANY.search(s, first.start())
        )
        or ("<" in s and _MARKUP_ONLY.match(s))
    )


def is_boilerplate(match_line: str) -> bool:
    """Whether a line (of the matching text, stripped) is page furniture: navigation, toolbars, 此件公开 notes."""
    return _is_boilerplate(match_line)


# Field lines of a publication header (索引号, 发布日期 …): metadata, not structure.
# The field names spaced out letter by letter too (• 索 引 号:QZ09015-…), a remark before a 文号 (备注/文号:):
# heldout88 ef13.
_META_FIELD_NAMES = (
    "索引号|主题分类|发文机关|发文单位|发文字号|发布机构|成文日期|发布日期|发布时间|生效日期|公文生成日期|生成日期|"
    "有效性|时效性|信息来源|来源|浏览次数|点击数|公开方式|公开范围|备注/文号|文号"
)
_META_FIELD = re.compile(
    r"^[•·●▪*\-\s]*("
    + "|".join(r"[ \t]?".join(map(re.escape, name)) for name in _META_FIELD_NAMES.split("|"))
    + r")\s*(:|\s)"
)
_DATE_LINE = re.compile(
    r"^(\d{4}\s*年[\d\s月日]*|\d{4}[-./]\d{1,2}[-./]\d{1,2}|[〇零一二三四五六七八九]{4}年[〇零一二三四五六七八九十]+月"
    r"[〇零一二三四五六七八九十]+日)\s*(?:\(\s*此件[^()]{0,8}\)\s*)?$"  # 2025年7月13日(此件主动公开)
)


def _literal_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern matching any of ``words`` (data words, longest first); one that never matches for none."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)")


_TERMINAL = "。;!?"
_SENTENCE_PUNCT = re.compile(r"[。,;:!?]")

# 一、 as written; 一. and 一， on pages that punctuate headings otherwise (一，2023年…, but never 一,000: a
# comma before a group of three digits separates thousands)
# (六、七组产业道路, 一、二期工程, 三、四线城市: two numerals of a list of numbered groups, phases or tiers, no heading;
# 一、二、三、四季度: nor numerals listed on with 、)
_H1 = re.compile(
    rf"^([{_CN}]{{1,4}})\s*(?:[、.]|,(?!\d{{3}}(?!\d)))(?![{_CN}]{{1,3}}(?:线|组|期|号|届|档|批|轮|类|、))"
)
_H2 = re.compile(rf"^\(\s*([{_CN}]{{1,4}})\s*\)")
_H2_LOST_OPEN = re.compile(rf"^([{_CN}]{{1,4}})\s*\)")
_H2_LOST_CLOSE = re.compile(rf"^\(([{_CN}]{{1,4}})(?=[^\s){_CN}])")
_H2_BARE = re.compile(r"^\)\s*(?=[\u4e00-\u9fff])")
# 、重点工作 on a line of its own: an 一、 heading whose numeral was lost (a short title, no sentence after it)
_H1_BARE = re.compile(r"^、\s*(?=[\u4e00-\u9fff][^。;,:!?]{1,19}$)")
# (1* .开展… : an asterisk marks new items in some plans)
# 1。推动… : a page typed with the full stop for the item's point (before a character: never a sum's end)
# 1.2009年底前,完成…: the item's point before a year (a decimal never runs on into 年)
# 1.2024年… / 1.2024中国…节 / 1.20XX中国… / 1.2024“村超”… / 1.2024·中国… / 1.2024(第五届)… / 1.2024-2025学年…: a year
# (masked on template sites, or a school year's span) opening the item's text; never a figure with its magnitude or
# unit (1.2035亿元, 1.2024万亿元, 1.2046公顷)
_ITEM_YEAR = (
    r"(?:19|20)(?:\d\d|XX|xx)(?:[-—–](?:19|20)\d\d)?[ \t]?"
    r"(?![亿万千百十元吨人个户家名项次台辆套所座亩米公平立斤件起条栋处例张份度克升])[\u4e00-\u9fff\"“「《·(]"
)
_H3 = re.compile(
    r"^(\d{1,3})\s*\*?\s*(?:[.,](?!\d)|\.(?=" + _ITEM_YEAR + r")|、|。(?=[\u4e00-\u9fff\"“]))\s*"
)
# (01新一代…行动计划: a zero-padded number is a series label, never an item that lost its dot)
_H3_LOST_DOT = re.compile(r"^(?!0)(\d{1,2})(?=[\u4e00-\u9fff])(?!年|月|日|个|项|条|家|人|万|亿|%)")
# 1 实施…: a number and a blank for the item's point (a portal's list typeset without the dot), the rest of the line one
# run of text (a table row's cells have blanks between them: 1 地区生产总值增长7% 发改委 is a row, not an item);
# taken as a lost dot, so only where the number goes on from the item before it
_H3_SPACED = re.compile(
    r"^(?!0)(\d{1,2})[ \t\u3000]+(?=[\u4e00-\u9fff])(?!年|月|日|个|项|条|家|人|万|亿)(?=\S+$)"
)
# 3.10家以上全国知名新闻客户端实时推送 after 1.… / 2.…: the item's point before a count, read as a decimal (3.10家)
# unless the number goes on from the item before it (taken as a lost dot: heldout154 gt08)
_H3_COUNTED = re.compile(
    r"^(?!0)(\d{1,2})\.(?=\d{1,5}(?:家|个(?!百分点)|名|人|项|所|条|场|次|篇|部|款|批)(?:以上|左右|[\u4e00-\u9fff]))"
)
_H4 = re.compile(r"^(?:\(\s*(\d{1,3})\s*\)|(\d{1,3})\))\s*")
# 2.1森林防火指挥机构 / 2.1 扑火指挥: a decimal section of a plan numbered 1 总则 / 1.1 … (an 应急预案's numbering), on a
# line of its own, a title alone (never a figure: 1.5万元…, nor a sentence)
_H_DECIMAL = re.compile(
    r"^(\d{1,2})\.(\d{1,2})(?![\d.])[ \t\u3000]*(?=[\u4e00-\u9fff])(?!万|亿|元|个|倍|年|月|日|项|家|人|平方|公里|米)"
    # 2.2职责任务。: a short title closed by its full stop (never a day's or a version's: 3.15国际消费者权益日活动。,
    # 2.3版平台升级。: review 49c)
    r"(?=[^。;,:]{1,24}$|[^。;,:日节版]{1,12}。$)"
)
_H5 = re.compile(r"^([\u2460-\u2473])\s*")
# One-character bracketed numerals some typesetters print for (一) and (1): ㈠ (U+3220…3229), ⑴ (U+2474…2487).
_H2_ENCLOSED = re.compile(r"^([\u3220-\u3229])\s*")
_H4_ENCLOSED = re.compile(r"^([\u2474-\u2487])\s*")
# ⒈ (U+2488…249B, a digit and its full stop as one character): the 1. item marker of the same typesetters.
_H3_ENCLOSED = re.compile(r"^([\u2488-\u249b])\s*")
# The characters a marker above can start with, besides decimal digits (``\d`` is any Unicode decimal).
_MARKER_FIRST = frozenset(
    _CN + "()。" + "".join(chr(c) for c in (*range(0x2460, 0x249C), *range(0x3220, 0x322A)))
)


def _shifted_bracket_chars() -> str:
    """What follows 。 where a page's bytes slipped by one inside a (二) marker (GBK A3 A8, the numeral, A3 A9): the
    bracket's A8 and the numeral's first byte read as one character (ǘ for 二, ㄈ for 三), or, where the bracket
    and numeral were lost, the closing bracket's A9 and the next byte (box drawing, small forms: ┩, ﹩). A digit's
    full-width form (A3 B1) after the bracket reads as ǎ: no character of these, a (1) is never taken."""
    pairs = [bytes([0xA8, "一二三四五六七八九十".encode("gb18030")[k]]) for k in range(0, 20, 2)]
    pairs += [bytes([0xA9, cell]) for cell in range(0x40, 0xFF)]
    out = set()
    for pair in pairs:
        try:
            ch = pair.decode("gb18030")
        except UnicodeDecodeError:
            continue
        if len(ch) == 1 and ch.isprintable() and not ("\u4e00" <= ch <= "\u9fff"):
            out.add(fold(ch))  # as the match text folds it (﹩ -> $)
    # a bracket or a sentence mark after 。 may be the text's own (…建设\n。(市发改委负责)): never taken
    return "".join(
        sorted(
            c for c in out if not c.isspace() and not (c.isascii() and c.isalnum()) and c not in _TEXT_MARKS
        )
    )


_TEXT_MARKS = "()[]{}<>,.:;!?\"'|-_、〔〕〈〉《》“”‘’"


# ?。ǘ┩七M…: a (二) marker whose bytes slipped by one on a mirror page (the lost byte a ?, the bracket read as 。
# and a pinyin, bopomofo or box-drawing character): a (N) marker that lost its numeral, numbered in sequence
_H2_SHIFTED = re.compile("^。(?=[" + re.escape(_shifted_bracket_chars()) + "])")
# List bullets a page may print before an item's marker (◈ 1.…), or before an unnumbered item (· 在…基础上,…: a
# middle dot as a 施政方针 page's bullet).
_BULLETS = frozenset("◈◆◇●○■□▪▫▸▶►•★☆◎❖✦✧➢➤·・")
# Marks a task table or list prints before some items' numbers (*3. / ▲4.: key or starred items, the mark's meaning
# never stated): before a marker only, no bullet of an unnumbered item
_ITEM_MARKS = frozenset("*▲△")
# A journal database's tag glued before the text it marks (<正> opens an article's body on CNKI pages): one or two
# characters in angle brackets, typesetting like a bullet when a marker follows it
_GLUED_TAG = re.compile(r"<[\u4e00-\u9fff]{1,2}>[ \t\u3000]*")
_ATTACH_ROOT = re.compile(rf"^附件\s*(\d{{1,2}}|[{_CN}]{{1,3}})?\s*[:]?\s*$")
# 附:1、…docx: a notice's attachments listed after 附 alone (a portal's links to the files)
_ATTACH_LIST = re.compile(rf"^附(?:件)?\s*(\d{{1,2}}|[{_CN}]{{1,3}})?\s*[:]\s*\S")
_LIST_ITEM = re.compile(r"^(\d{1,2})\s*[.、,]\s*\S")
# Sections whose numbered items are dated implementation steps (phases), not measures.
# A title naming the tasks beside the steps (二、步骤和任务: heldout78 dv07's gold takes its 1. items as measures) is no
# steps section.
_STEP_TITLE = re.compile(
    r"^(?!.*(?:步骤(?:和|及|与)(?:主要|重点)?任务(?!分工)|任务(?:和|及|与)(?:实施|工作)?步骤))"
    r".*(?:步骤|阶段安排|进度安排|时间安排|时间节点|推进计划|实施安排)"
)
_LIST_NAME_MAX = 40  # a named place, firm or project on a line of its own, never a sentence
_LIST_NAMES_MIN = 2
_SENTENCE_MARKS = re.compile(r"[。,;:!?]")  # a sentence's punctuation: no name or title alone
_NAME_LINE_KINDS = (
    "content",
    "responsibility",
)  # a list's name lines: plain, or read as a unit line (北京市 |)


def cn_to_int(s: str) -> int | None:
    """Value of a heading numeral (一, 十, 十一, 二十三, 一百零五); None if not a numeral."""
    return cn_number(s) if s and all(ch in _CN for ch in s) else None


def int_to_cn(n: int) -> str:
    """Chinese numeral as used in headings (1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十)."""
    return _int_to_cn(n)


@dataclass
class Line:
    """One physical line: offsets into the original text (line terminator excluded)."""

    start: int
    end: int
    text: str  # original
    match: str  # the matching text of the same range
    kind: str  # content|blank|boilerplate|meta|date|signature|heading|measure|responsibility|attachment|
    #            attachment_list|title|phase
    level: int | None = None  # heading level of the marker (1..5), 0 for an attachment root
    number: str = ""  # normalised marker: "一", "(一)", "3", "(1)", "①", "附件1"
    value: int | None = None  # numeric value of the marker, None when the numeral was lost
    lstart: int = 0  # first non-blank character
    rend: int = 0  # end without trailing blanks
    body: int = 0  # where the text after the marker starts
    damage: str = ""  # lost_open | lost_close | lost_numeral | lost_dot
    # a numbered label line closing a card's fields ((五)责任单位:A): the level it was numbered at
    closes_card: int | None = None

    @property
    def stripped(self) -> str:
        return self.match[self.lstart - self.start : self.rend - self.start]

    def copy(self) -> Line:
        """A copy to mark apart: every field, each immutable (``dataclasses.replace`` costs 4x as much; a compiled
        module's class has no ``__dict__`` to copy)."""
        return Line(
            self.start,
            self.end,
            self.text,
            self.match,
            self.kind,
            self.level,
            self.number,
            self.value,
            self.lstart,
            self.rend,
            self.body,
            self.damage,
            self.closes_card,
        )


@dataclass
class MeasureItem:
    number: str
    level: int  # 3 normally; 2 for an (一) item with body text and its own responsibility clause
    span: Span  # number .. end of paragraph, trailing blanks excluded
    body: int  # offset after the number
    line: int  # index of the first line
    section: int | None  # innermost enclosing section
    section_path: list[int] = field(default_factory=list)
    attachment: str | None = None
    inline_clause: Span | None = None  # (责任单位:…) at its end
    repaired: bool = False
    clauses: list[Span] = field(default_factory=list)  # every inline clause of its paragraph, in order
    deadline: Span | None = None  # a task table's 完成时限 cell
    split_target: tuple[Span, Span] | None = None  # a table row's figure and unit-of-measure cells
    growth: Span | None = None  # a table row's growth-rate cell (增长% column)
    budget: tuple[Span, str, str] | None = None  # a project row's investment cell, money unit and column name
    title_end: int | None = None  # a project card's title ends with its heading line (its fields follow)


@dataclass
class ResponsibilityLine:
    span: Span  # the whole line (from its first character), e.g. "责任单位:区人社局、区财政局"
    line: int
    section: int | None
    measures: list[int] = field(default_factory=list)  # indices into Outline.measures it applies to
    section_level: bool = False  # applies to a whole section (also stored on the Section)
    role: str | None = None  # a task table's unit column: lead | responsible | support
    table: bool = False  # a table cell: belongs to its row's measure, never reassigned
    # a section header's measures with clauses of their own: it adds its units to them, its lead only where they
    # name none (annotation.md: a section-level 责任部门 applies to every measure of its section)
    also: list[int] = field(default_factory=list)


@dataclass
class Outline:
    lines: list[Line]
    sections: list[Section] = field(default_factory=list)
    measures: list[MeasureItem] = field(default_factory=list)
    responsibility: list[ResponsibilityLine] = field(default_factory=list)
    attachments: list[int] = field(default_factory=list)  # section indices of attachment roots
    attachment_list: list[Span] = field(default_factory=list)  # "附件:1.xxx方案" lines in the main text
    step_sections: list[int] = field(default_factory=list)  # 实施步骤 sections (phases)
    first_section_start: int | None = None  # offset of the first section heading
    line_owner: list[tuple[str, int] | None] = field(
        default_factory=list
    )  # per line: ("measure"|"section", i)
    problems: list[str] = field(default_factory=list)


_LINE_BREAK = re.compile(r"\r\n|\n|\r|\u2028|\u2029")


def _classify_marker(line: Line) -> None:
    """Set level/number/value/body/damage when the line starts with a heading marker."""
    s = line.stripped
    if s[:1] in _OFF_BY_ONE_FIRST and (end := _off_by_one_bracket(s)) is not None:
        line.kind, line.level, line.damage, line.body = "heading", 2, "lost_numeral", line.lstart + end
        return
    if s[:1] == "、" and (bare := _H1_BARE.match(s)) is not None:
        line.kind, line.level, line.damage, line.body = "heading", 1, "lost_numeral", line.lstart + bare.end()
        return
    if not s or not (s[0] in _MARKER_FIRST or s[0].isdecimal()):
        return  # no marker pattern can match (a quick check: most lines are not headings)
    base = line.lstart
    m = _H1.match(s)
    if m:
        value = cn_to_int(m.group(1))
        if value:
            line.kind, line.level, line.value, line.number = "heading", 1, value, m.group(1)
            line.body = base + m.end()
            return
    m = _H2.match(s)
    if m:
        value = cn_to_int(m.group(1))
        if value:
            line.kind, line.level, line.value, line.number = "heading", 2, value, f"({m.group(1)})"
            line.body = base + m.end()
            return
    if _enclosed_marker(line, s):
        return
    m = _H2_LOST_OPEN.match(s)
    if m and cn_to_int(m.group(1)):
        line.kind, line.level, line.value = "heading", 2, cn_to_int(m.group(1))
        line.number, line.damage, line.body = f"({m.group(1)})", "lost_open", base + m.end()
        return
    m = _H2_BARE.match(s) or (_H2_SHIFTED.match(s) if s[0] == "。" else None)
    if m:
        line.kind, line.level, line.damage, line.body = "heading", 2, "lost_numeral", base + m.end()
        return
    m = _H2_LOST_CLOSE.match(s)
    if m and cn_to_int(m.group(1)):
        line.kind, line.level, line.value = "heading", 2, cn_to_int(m.group(1))
        line.number, line.damage, line.body = f"({m.group(1)})", "lost_close", base + m.end()
        return
    m = _H4.match(s)
    if m:
        digits = m.group(1) or m.group(2)
        line.kind, line.level, line.value, line.number = "heading", 4, int(digits), f"({int(digits)})"
        line.body = base + m.end()
        return
    m = _H_DECIMAL.match(s)
    if m:
        line.kind, line.level, line.value = "heading", 4, int(m.group(2))
        line.number, line.body = f"{int(m.group(1))}.{int(m.group(2))}", base + m.end()
        return
    m = _H3.match(s)
    if m:
        line.kind, line.level, line.value, line.number = "heading", 3, int(m.group(1)), str(int(m.group(1)))
        line.body = base + m.end()
        return
    m = _H5.match(s)
    if m:
        line.kind, line.level, line.number = "heading", 5, m.group(1)
        line.value = ord(m.group(1)) - 0x2460 + 1
        line.body = base + m.end()
        return
    m = _H3_LOST_DOT.match(s) or _H3_SPACED.match(s) or _H3_COUNTED.match(s)
    if m:
        line.kind, line.level, line.value, line.number = "heading", 3, int(m.group(1)), str(int(m.group(1)))
        line.damage, line.body = "lost_dot", base + m.end()


# An indent of full-width spaces and (一) in GBK, decoded one byte off (the indent's last byte pairs with the
# bracket's first): 。 (A1 A3), then a character of GBK's row A8 (the bracket's second byte with the numeral's
# first), maybe the numeral's second byte with the closing bracket's first, then a character of row A9 (the closing
# bracket's second byte with the body's first byte): 。ㄒ唬┚ for (一)緊, 。ǘ┚ for (二)聚. An (N) marker whose
# numeral is lost (repaired from its siblings); the body starts after the row A9 character.
_OFF_BY_ONE_FIRST = frozenset("。?？")
_OFF_BY_ONE = re.compile(r"[?？]?\s*。")


def _gbk_row(ch: str, row: int) -> bool:
    try:
        b = ch.encode("gbk")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and b[0] == row


def _off_by_one_bracket(s: str) -> int | None:
    """The end of an (N) marker decoded one byte off at the start of ``s`` (see _OFF_BY_ONE), or None."""
    m = _OFF_BY_ONE.match(s)
    if m is None or not _gbk_row(s[m.end() : m.end() + 1], 0xA8):
        return None
    for k in (m.end() + 1, m.end() + 2):
        if _gbk_row(s[k : k + 1], 0xA9):
            return k + 1
    return None


def _bullet_len(seg: str, at: int) -> int:
    """The length of a list bullet (and the blanks after it) at ``at`` when a heading marker follows it
    (◈ 1.鼓励…, ● (一)…, *3.…, <正>(二)…): the bullet, mark or tag is typesetting, the marker starts the line."""
    if at >= len(seg) or (seg[at] not in _BULLETS and seg[at] not in _ITEM_MARKS and seg[at] != "<"):
        return 0
    tag = _GLUED_TAG.match(seg, at) if seg[at] == "<" else None
    if seg[at] == "<" and tag is None:
        return 0
    k = tag.end() if tag is not None else at + 1
    while k < len(seg) and seg[k] in " \t\u3000":
        k += 1
    return k - at if k < len(seg) and (seg[k] in _MARKER_FIRST or seg[k].isdecimal()) else 0


def _enclosed_marker(line: Line, s: str) -> bool:
    """㈠ as (一), ⑴ as (1): the marker kept as written (the number a reader sees)."""
    for rx, level, first in ((_H2_ENCLOSED, 2, 0x3220), (_H3_ENCLOSED, 3, 0x2488), (_H4_ENCLOSED, 4, 0x2474)):
        m = rx.match(s)
        if m:
            line.kind, line.level, line.number = "heading", level, m.group(1)
            line.value, line.body = ord(m.group(1)) - first + 1, line.lstart + m.end()
            return True
    return False


# A heading marker inside a line, after a sentence end (or a run of spaces in a very long line): the line break
# before it was lost (…圆满完成。 一、加快提振市场信心 (一)全面促进消费增长。 1.把恢复…). A top heading's numeral
# takes the point 一、, 一. or 一, as a line's does (_H1; 一, never before a thousands group: 一,000).
# 一、二、三、四季度: numerals listed with 、 are an enumeration (quarters, grades), never a heading
_H1_POINT = rf"(?:、(?![{_CN}]{{1,3}}、)|\.(?!\d)|,(?!\d{{3}}(?!\d)))"
# 第三条 / 第二章: an article or chapter opening after a lost line break (a regulation run on in one line)
_ARTICLE_AT = rf"第(?P<art>[{_CN}]{{1,4}})(?P<ak>[章节条])(?=[ \t\u3000]|[\u4e00-\u9fff])"
# 1.开展… / 1 .开展… (a docx export's space before the dot) after a lost line break
_RUN_ON = re.compile(
    rf"(?:[。;!?):\]】〕]|,(?=\([{_CN}]{{1,3}}\))|(?<![ \t\u3000\r\n\u2028\u2029])[ \t\u3000])[ \t\u3000]*"
    rf"(?={_ARTICLE_AT}|(?P<h1>[{_CN}]{{1,3}}){_H1_POINT}|(?P<open>\()?(?P<h2>[{_CN}]{{1,3}})\)|(?P<h3>\d{{1,2}})[ \t]?(?:\.(?!\d)|、)"
    r"|(?P<enc>[\u3220-\u3229])|(?P<enc3>[\u2488-\u249b]))"
)
_RUN_ON_AFTER_STOP = re.compile(
    rf"[。;!?)\]】〕][ \t\u3000]*(?:第[{_CN}]{{1,4}}[章节条]|[{_CN}]{{1,3}}{_H1_POINT}|\(?[{_CN}]{{1,3}}\)|\d{{1,2}}[ \t]?(?:\.(?!\d)|、)|[\u2488-\u249b])"
)
# (a cell bar with no blank beside it, as a tab-separated row folds to, is a blank too: 一、…|(一)…|1.…)
_SPACED_HEAD = re.compile(r"[ \t\u3000|](?:一(?:[、.]|,(?!\d))|\(?一\)|1[.、])")
_RUN_ON_MIN = 120  # only lines this long are looked at for lost line breaks
# …现就有关工作事项通知如下:一、由…: a first heading right after the colon announcing it, the line break lost
_FIRST_AFTER_COLON = re.compile(rf"[:][ \t\u3000]*(?:第一[章条]|一{_H1_POINT}|\(一\))")
_AT_START = re.compile(
    rf"\s*(?:{_ARTICLE_AT}|(?P<h1>[{_CN}]{{1,3}}){_H1_POINT}|\(?(?P<h2>[{_CN}]{{1,3}})\)|(?P<h3>\d{{1,2}})[ \t]?(?:\.(?!\d)|、)"
    r"|(?P<enc>[\u3220-\u3229])|(?P<enc3>[\u2488-\u249b]))"
)


def _marker(m: re.Match[str]) -> tuple[str, int] | None:
    if m.group("art"):  # 第三条: articles (and chapters, sections) number on by kinds of their own
        value = cn_to_int(m.group("art"))
        return (m.group("ak"), value) if value else None
    if m.group("enc"):  # ㈠: (一) as one character
        return "h2", ord(m.group("enc")) - 0x3220 + 1
    if m.group("enc3"):  # ⒈: 1. as one character
        return "h3", ord(m.group("enc3")) - 0x2488 + 1
    for kind in ("h1", "h2", "h3"):
        raw = m.group(kind)
        if raw:
            value = int(raw) if kind == "h3" else cn_to_int(raw)
            return (kind, value) if value else None
    return None


# A page of a longer text that says it goes on from the previous page ([接上页] (2)培育…): its first heading of
# each kind continues numbering the reader cannot see.
_CONTINUED = re.compile(
    r"[ \t\u3000]*[\[【(]?\s*(?:接上页|续上页|续前页|上接\S{0,4}页)\s*[\]】)]?[ \t\u3000]*"
)


def _chunk_number(match: str, pos: int, start: re.Match[str] | None) -> bool:
    """Whether the N、 opening the physical line at ``pos`` may be a document-sharing site's chunk number (the
    line above a long run cut mid-word: …违停违章整治专 / 2、项行动,…): it numbers no item, so the items run on
    in the line (…(责任单位:派出所)2 .严厉查处…) go on from the page's own."""
    if start is None or not start.group("h3") or not start.group(0).endswith("、") or pos < _CHUNK_MIN:
        return False
    above_end = pos - 1
    while above_end > 0 and match[above_end - 1] in " \t\r":
        above_end -= 1
    above_start = match.rfind("\n", 0, above_end) + 1
    return above_end - above_start >= _CHUNK_MIN and "\u4e00" <= match[above_end - 1] <= "\u9fff"


_VOCAB_LISTS = vocabulary()
# 1.负责…;2.负责…: a line opening a list whose second item follows the first's semicolon (short items run on)
_SEMI_SECOND = re.compile(r";[ \t\u3000]*2[ \t]?(?:\.(?!\d)|、)")


def _announces_list(match: str, m: re.Match[str], end: int) -> bool:
    """重点抓好以下工作:1.推进…(责任单位:…);2.改善…: a colon announcing items run on in its line, the first 1.
    after it, its 2. after the first one's bracket of units and semicolon (a field's list, 建设内容:1、新建…;2、…,
    assigns nothing)."""
    if match[m.start()] != ":" or m.group("h3") != "1":
        return False
    second = _SEMI_SECOND.search(match, m.end(), end)
    if second is None:
        return False
    return (
        closes_role_clause(match, second.start() - 1)
        or _points_to_list(match, m.start())
        # 同时要求各乡镇:1、…;2、…: a demand's points run on after the bodies it is made of (heldout176 hp05)
        or demand_lead_in(match, max(match.rfind(c, 0, m.start()) for c in "。\n") + 1, m.start() + 1)
        is not None
    )


# 以下工作 / 下列任务 / 如下几项措施: the words of a sentence pointing to the work listed after its colon
_POINTED_LIST = re.compile(
    "(?:"
    + "|".join(map(re.escape, _VOCAB_LISTS.list_pointers))
    + ")(?:"
    + "|".join(map(re.escape, _VOCAB_LISTS.list_fillers))
    + r")?(?:几项|几个方面|\d{1,2}项)?(?:"
    + "|".join(map(re.escape, (*_VOCAB_LISTS.list_objects, *_VOCAB_LISTS.item_kinds)))
    + ")"
)


def _points_to_list(match: str, colon: int) -> bool:
    """Whether the sentence ending in the colon at ``colon`` points to the work listed after it (市商务局将重点抓好以下
    工作,努力…:1、摸清…;2、建立…): its items run on in the line, a measure each."""
    start = max(match.rfind(c, 0, colon) for c in "。\n") + 1
    return _POINTED_LIST.search(match, start, colon) is not None


def _comma_item(match: str, m: re.Match[str], pos: int, end: int, seen: dict[str, int]) -> bool:
    """Whether the (N) after a comma at ``m`` heads an item of a page that lost its line breaks: a long line whose
    (N) items are already under way, this one numbered past the last (a few left out at most)."""
    value = cn_to_int(m.group("h2")) if m.group("h2") and m.group("open") else None
    last = seen.get("h2", 0)
    return (
        value is not None
        and end - pos >= _RUN_ON_MIN
        and last > 0
        and last < value <= last + _MAX_LOST_AFTER_CLAUSE
    )


def _run_on_parts(match: str, pos: int, end: int, seen: dict[str, int]) -> list[tuple[int, int]]:
    """The logical lines of the physical line ``match[pos:end]``: split before a heading marker that follows a
    sentence end and continues its numbering (1 or the previous value + 1 of its kind; any value for the first
    marker of a kind on a page that goes on from the previous one)."""
    cont = _CONTINUED.match(match, pos, end)
    if cont and cont.end() < end:
        seen["continued"] = 1
        return [(pos, cont.end()), *_run_on_parts(match, cont.end(), end, seen)]
    start_m = _AT_START.match(match, pos, end)
    first = _marker(start_m) if start_m else None
    if first and not _chunk_number(match, pos, start_m):
        seen[first[0]] = first[1]
    glued = _glued_item(match, pos, end, seen)
    listed = first == ("h3", 1) and _SEMI_SECOND.search(match, pos, end) is not None
    if end - pos < 20 or (end - pos < _RUN_ON_MIN and match.find("。", pos + 1, end) < 0 and not listed):
        return [(pos, glued[0]), (glued[0], end)] if glued else [(pos, end)]
    cuts: list[int] = glued
    if end - pos >= _RUN_ON_MIN and "h1" not in seen and (titled := _titled_first_part(match, pos, end)):
        cuts.append(titled)  # …实施方案一、免疫病种及指标…。二、…: the plan's title run into its first part
        seen["h1"] = 1
    for m in _RUN_ON.finditer(match, pos + 1, end):
        marker = _marker(m)
        if marker is None or m.end() <= pos:
            continue
        kind, value = marker
        spaced = (
            match[m.start()] in "。;!?)]】〕"
            # …的监督管理,(二)市市场监督管理局负责…: a digest that lost its line breaks and full stops numbers its
            # (N) items on after a comma, a few left out between (heldout102 et06, read after the kept-out score)
            or (match[m.start()] == "," and _comma_item(match, m, pos, end, seen))
            or _announces_list(match, m, end)
            or (
                # a page that lost its line breaks (a long line): an item also follows a label (工作措施: 1.…), a
                # heading's title or a unit list after a blank alone
                end - pos >= _RUN_ON_MIN
                and (
                    (match[m.start()] == ":" and m.end() > m.start() + 1)
                    or _after_title(match, cuts[-1] if cuts else pos, m.start())
                    or ends_with_unit_list(match, cuts[-1] if cuts else pos, m.start())
                    or _DATE_END.search(match, max(pos, m.start() - 12), m.start()) is not None
                    or _next_after_blank(match, m.start(), cuts[-1] if cuts else pos, kind, value, seen)
                )
            )
        )
        if kind == "h2" and m.group("open") is None and m.group("enc") is None and not spaced:
            continue  # 二) without its ( heads an item only after a sentence end or a heading's title
        # items left out of a digest: a 1. numbered past the next one after a closing clause of units
        skipped = seen.get(kind, 0) < value <= seen.get(kind, 0) + _MAX_LOST_AFTER_CLAUSE and (
            kind != "h3" or (kind in seen and _after_clause(match, m.start(), pos))
        )
        unseen = "continued" in seen and kind not in seen
        # …其他职责。第六条苏木乡镇人民政府…: the first article marker after a sentence end, on an excerpt that opened
        # inside an earlier article (its number any), an article of its own (heldout74 dr06)
        unseen = unseen or (m.group("art") is not None and kind not in seen and match[m.start()] in "。;")
        # 镇畜牧兽医站要加强…协作。(三)开展专项整治。…: the text's first line opened inside an earlier item, the first
        # (N) or 一、 after its sentence end an item of its own, numbered as it goes on (heldout87 ee08)
        unseen = unseen or (
            not seen
            and kind in ("h1", "h2")
            and match[m.start()] == "。"
            and _TITLED_RUN_ON.match(match, m.end(), end) is not None
            and not match[:pos].strip()
        )
        if not (
            value in (1, seen.get(kind, 0) + 1)
            or unseen
            or ((skipped or (kind != "h3" and kind not in seen)) and _after_clause(match, m.start(), pos))
            or _digest_item_after_clause(match, m, value, seen, pos)
            or (match[m.start()] == "," and spaced)
        ) or (not spaced and (kind == "h3" or end - pos < _RUN_ON_MIN)):
            continue
        seen[kind] = value
        if kind == "h1":
            seen[_LAST_H2] = seen.pop("h2", seen.get(_LAST_H2, 0))
        cuts.append(m.end())
        cuts += _glued_item(match, m.end(), end, seen)
    cuts = sorted(set(cuts) | set(_sub_item_cuts(match, pos, end)) | set(_paren_digit_cuts(match, pos, end)))
    bounds = [pos, *cuts, end]
    return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1) if bounds[k + 1] > bounds[k]]


# (三)开展专项整治。: the short title a run-on item opens with, closed by its full stop (not 三、四月份…, 二、三产业…,
# (二)项所列…: numerals listed on, a cited paragraph)
_TITLED_RUN_ON = re.compile(
    rf"[ \t\u3000]*(?:[((][{_CN}]{{1,3}}[))]|[{_CN}]{{1,3}}、)(?![{_CN}、项款类条])[^,;。:\d]{{2,16}}。"
)


_ITEM_BODY_MIN = 12  # an item's text before the next marker, on a page that lost its line breaks
# …强制免疫(春秋两防)实施方案一、免疫病种及指标: a plan's title, then its first part's 一、 with no break between
_TITLE_THEN_FIRST = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted(_VOCAB_LISTS.plan_title_ends, key=len, reverse=True)))
    + ")(?=一、)"
)
_SECOND_PART = re.compile(r"[。;][ \t\u3000]*二、")


def _titled_first_part(match: str, pos: int, end: int) -> int | None:
    """Where the first part (一、) of a plan starts when the line runs the plan's title into it, its second part
    (二、) following after a sentence end in the same line; None otherwise."""
    t = _TITLE_THEN_FIRST.search(match, pos, end)
    if t is None or _SECOND_PART.search(match, t.end(), end) is None:
        return None
    return t.end()


# (1)…(2)… written on in an item's line, each after a sentence end or a closing bracket (of any kind: [A牵头])
_RUN_ON_SUB_ITEM = re.compile(r"(?<=[。;:)〕】\]])([ \t\u3000]*)\((\d{1,2})\)(?=[\u4e00-\u9fff\"“])")


_SUB_ITEM_AT_START = re.compile(r"[ \t\u3000]*\(1\)")


def _sub_item_cuts(match: str, pos: int, end: int) -> list[int]:
    """1.深化商事制度改革。(1)全面落实…。(市工商局牵头负责)(2)完善…: sub-items (1), (2)… numbered on inside one line,
    each carrying its own bracket of units, are items of their own. The line is cut before each of them when a
    later one follows such a bracket; an inline enumeration (包括:(1)…;(2)…) assigns nothing and is left whole."""
    cuts: list[int] = []
    at_start = _SUB_ITEM_AT_START.match(match, pos, end) is not None  # the line opens with (1)
    expected = 2 if at_start else 1
    assigned = False
    for m in _RUN_ON_SUB_ITEM.finditer(match, pos + 1, end):
        if int(m.group(2)) != expected:
            continue
        # (市工商局牵头负责)(2)… / (责任单位:市住建局);(2)…: the bracket closing the item before, its ; after it
        if expected > 1 and closes_role_clause(match, m.start() - 1 - (match[m.start() - 1] == ";")):
            assigned = True
        cuts.append(m.start(2) - 1)
        expected += 1
    return cuts if assigned and len(cuts) + at_start >= 2 else []


# ⑴紧盯目标任务。…。⑵推进项目投资。…: items marked by a parenthesized digit (one character) run on after a full stop
_PAREN_DIGIT_FIRST = "\u2474"  # ⑴
_PAREN_DIGITS = re.compile(r"(?<=。)[ \t\u3000]*([\u2475-\u2487])")


def _paren_digit_cuts(match: str, pos: int, end: int) -> list[int]:
    """A line opening with ⑴ whose next items (⑵, ⑶ …) run on in it, each right after a full stop: the line is cut
    before each of them, in order (an enumeration after a colon or between semicolons is left whole)."""
    if not match[pos:end].lstrip(" \t\u3000").startswith(_PAREN_DIGIT_FIRST):
        return []
    cuts: list[int] = []
    expected = ord(_PAREN_DIGIT_FIRST) + 1
    for m in _PAREN_DIGITS.finditer(match, pos + 1, end):
        if ord(m.group(1)) != expected:
            continue
        cuts.append(m.start(1))
        expected += 1
    return cuts


def _digest_item_after_clause(
    match: str, m: re.Match[str], value: int, seen: dict[str, int], pos: int
) -> bool:
    """(責任單位:市市場監管局)(十二)支持公共服務平臺發展: a digest that keeps a few of a policy's items numbers
    on far past the last one it kept; a bracketed (N) right after a labelled clause of units heads an item
    whatever it skips; a bare N. too when a Han word follows it (…按职责分工负责)6.强化…: a quantity runs on in
    digits, 6.5亿元) and the bracket before it is a clause of units with their roles."""
    if m.group("h3") is not None:
        # (…按职责分工负责)6.强化…: a bare N. glued to a closing bracket of units, a Han word after it, heads an item
        # (a quantity there would run on in digits: 6.5亿元 is no marker)
        after = match[m.end("h3") : m.end("h3") + 3].lstrip(" \t.、")
        return bool(after) and "\u4e00" <= after[0] <= "\u9fff" and closes_role_clause(match, m.start())
    elif m.group("h2") is None or m.group("open") is None or value <= seen.get("h2", 0):
        return False
    k = m.start()
    a = match.rfind("(", max(pos, k - 200), k) if match[k] == ")" else -1
    return a >= 0 and is_responsibility_line(match[a : k + 1])


def _next_after_blank(match: str, k: int, last: int, kind: str, value: int, seen: dict[str, int]) -> bool:
    """…示范引领作用 3.强化人才培养…: on a page that lost its line breaks, an item whose text has no full stop
    ends at a blank; the marker after it heads the next item when it goes on from the previous one of its
    kind (2 after 1, never a list that starts afresh) and an item's worth of text stands between them."""
    return kind in seen and value == seen[kind] + 1 and match[k] in " \t\u3000" and k - last >= _ITEM_BODY_MIN


# 完成时限:2021年12月31日 2.…: an item after the date that closes the previous one (a deadline cell or line)
_DATE_END = re.compile(r"\d\s*[日月年]\s*(?:底)?\s*(?:前)?\s*$")

# The first item glued to its section heading's title (一、提升科技创新能力1.推动科技成果转化。): a 1. or (一)
# right after a Han character, within a title's length of the heading's marker; on a digest that numbers its
# items on across groups ((二)提升…行动5.打造…), the item after the last one seen.
# (一)推进政务公开 | 1.及时公开…: the first item in the next cell of a table row, the heading's cell merged over
# its group of rows; on a page that numbers its items a rung down, (1)…, 1)…, ⑴… or ①… in that cell (or the
# number its items go on with across groups, (3)…).
_SUB_FIRST = r"\(\d{1,2}\)|\d{1,2}\)|[\u2460-\u2487]"
_GLUED_FIRST = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?:(?P<num>\d{{1,2}})(?:\.(?!\d)|、)|\((?P<h2>[{_CN}]{{1,3}})\))"
    r"|(?<=\|)[ \t\u3000]*(?:(?P<cell>\d{1,3})(?:\.(?!\d)|、|(?=[ \t\u3000]*\|))|(?P<sub>" + _SUB_FIRST + "))"
)
_GROUP_CELL_MAX = 40  # a heading's title in its cell
# (一)加强…公开。 | 1.… (or | 3.… where the excerpt starts inside the list): a group's cell, its first row after it
_BARRED_GROUP = re.compile(
    rf"^[ \t\u3000]*(?:[{_CN}]{{1,3}}、|\([{_CN}]{{1,3}}\))[^|\n]{{1,{_GROUP_CELL_MAX}}}\|[ \t\u3000]*(?:\d{{1,3}}(?:[.、]|[ \t\u3000]*\|)|"
    + _SUB_FIRST
    + ")",
    re.M,
)


def _numbered_on(value: int, seen: dict[str, int]) -> bool:
    """Whether a glued item numbered ``value`` is a group's first: 1, or the items go on from the last one seen
    (a few may have been left out of a digest)."""
    return value == 1 or ("h3" in seen and seen["h3"] < value <= seen["h3"] + _MAX_LOST + 1)


_LAST_H2 = "h2 before the heading"  # the last (N) seen before a 一、 heading began its group afresh


def _h2_numbered_on(value: int | None, seen: dict[str, int]) -> bool:
    """Whether a (N) glued to a 一、 heading's title is the group's first item: (一), or the (N) a policy
    numbering its items on across groups goes on with (五、大力支持醫療機構發展(十四)支持… after (十二)); a (N)
    numbered afresh or far past the last one is a quotation's, not an item."""
    last = seen.get(_LAST_H2, 0)
    return value == 1 or (value is not None and last > 0 and last < value <= last + _MAX_LOST + 1)


def _glued_item(match: str, a: int, end: int, seen: dict[str, int]) -> list[int]:
    """Where a first item glued to the title of the heading at ``a`` starts (a cut, and a cut for the item glued
    to a (一) glued in its turn: 二、重点任务(一)建立…行动1.…; or none)."""
    head = _AT_START.match(match, a, end)
    # 第二条 重点任务(一)建立…行动1.…: an article's title takes its glued items as a 一、 heading's does
    if head is None or not (head.group("h1") or head.group("h2") or head.group("art")):
        return []
    glued = next(
        (
            g
            for g in _GLUED_FIRST.finditer(match, head.end(), min(end, head.end() + _TITLE_MAX + 1))
            if (g.group("num") is None or _numbered_on(int(g.group("num")), seen))
            and (g.group("h2") is None or _h2_numbered_on(cn_to_int(g.group("h2")), seen))
        ),
        None,
    )
    if glued is None:
        return []
    num, cell = glued.group("num"), glued.group("cell")
    if glued.group("sub") is not None:  # (一)… | (1)…: a page whose items are a rung down
        return [glued.start()] if _after_title(match, a, glued.start()) else []
    if head.group("h2") and num is None and cell is None:
        return []  # (一)…(一): a (一) glued to a (一) heading is no item of it
    if not _after_title(match, a, glued.start()):
        return []
    if cell is not None:  # (三)…。 | 6.…: the first item of the group in the next cell, numbered on
        seen["h3"] = int(cell)
        return [glued.start()]
    if num is not None:
        seen["h3"] = int(num)
        return [glued.start()]
    seen["h2"] = cn_to_int(glued.group("h2")) or 1
    return [glued.start(), *_glued_item(match, glued.start(), end, seen)]


_IMAGE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp")
_TITLE_MAX = 40  # a heading's title, not a sentence
_CIRCLED_GROUP_TITLE_MAX = 20  # (1)年度主要任务与要求: a short name over circled items, never a sentence
# a title may hold one comma (全面构建…体系,以更高标准提升…水平), never a full stop
_NOT_IN_TITLE = re.compile(r"[。;:!?]")


def _after_title(match: str, start: int, k: int) -> bool:
    """Whether ``match[start:k]`` is a heading and its title alone (一、提高审批效率 1.精简…): a page that lost
    its line breaks ends a title with a blank, not with a full stop."""
    head = _AT_START.match(match, start, k)
    if head is None:
        return False
    title = match[head.end() : k].strip()
    if title.endswith("|"):  # (一)加强…信息公开。 | 1.…: a heading's cell, closed by its full stop and bar
        title = title[:-1].rstrip().removesuffix("。")
    return 0 < len(title) <= _TITLE_MAX and title.count(",") <= 1 and not _NOT_IN_TITLE.search(title)


_MAX_LOST = 3  # heading markers a flattened page may have lost between two that survive
# …(责任单位:市科技局、市工信局)八、加大…: right after a closing clause of units a digest may have left out more
# (四 to 七); the clause ends an item, so the marker after it heads the next whatever its distance
_MAX_LOST_AFTER_CLAUSE = 6


_OPENING_OF = {")": "(", "]": "[", "】": "【", "〕": "〔"}


def _after_clause(match: str, k: int, pos: int) -> bool:
    """Whether ``match[k]`` closes a bracketed responsibility clause ((责任单位:市经信局)): a measure ends there, so
    a marker right after it heads the next item even when the markers between were lost."""
    opening = _OPENING_OF.get(match[k])
    if opening is None:
        return False
    a = match.rfind(opening, max(pos, k - 200), k)
    if a >= 0 and is_responsibility_line(match[a : k + 1]):
        return True
    # …给予补贴,各县(市)级政府]五、…: a snippet that lost the clause's opening bracket keeps its units' tail
    # …需求,〔省科技厅〕三、…: a bracket of units alone, no label, closes the item as well
    b = max(match.rfind(sep, max(pos, k - 60), k) for sep in ",;。[【〔")
    return (a < b or (a == b and a >= 0)) and is_unit_list(match[b + 1 : k])


def _inside_line(match: str, k: int) -> bool:
    """Whether the blanks ending at ``k`` follow text on the same line (not a line's indentation)."""
    while k > 0 and match[k - 1] in " \t\u3000":
        k -= 1
    return k > 0 and match[k - 1] not in "\r\n\u2028\u2029"


def _is_image_name(s: str) -> bool:
    """640.webp.jpg: the file name of a page's picture, left in the text."""
    return len(s) < 100 and s.lower().endswith(_IMAGE_EXT) and " " not in s


def split_lines(src: SourceDocument) -> list[Line]:
    """Split the text into lines and give each a first, context-free kind.

    Kinds: ``blank``, ``boilerplate`` (navigation, toolbars, 此件主动公开 …), ``meta`` (索引号/发布日期 field
    lines), ``date`` (a date alone: the signature date), ``signature`` (the short line above it),
    ``attachment`` (``附件1`` alone), ``attachment_list`` (``附件:1.xxx`` and its numbered continuation lines),
    ``title`` (the line naming an attachment), ``responsibility``, ``heading`` (any numbered marker; refined
    by :func:`parse_structure`) and ``content``.

    The lines of a document are made once: the parse asks again for each fallback it tries (two to five times
    a page) and marks them there, so each call gets its own copies of them.
    """
    last = _LINES_OF_LAST[0]
    if last is None or last[0] is not src:
        last = _LINES_OF_LAST[0] = (src, _split_lines(src))
    return [ln.copy() for ln in last[1]]


# The last document split and its lines, as split_lines made them (kept with the document, so never another's).
_LINES_OF_LAST: list[tuple[SourceDocument, list[Line]] | None] = [None]


def _split_lines(src: SourceDocument) -> list[Line]:
    lines = _cut_lines(src)
    _classify_lines(src, lines)
    _check_decimal_sections(lines)
    _mark_contents(lines)
    _mark_site_statement(lines)
    _mark_site_credits(lines)
    _mark_related_links(lines)
    _unmark_lone_spaced_items(lines)
    _mark_articles(lines)
    _unmark_preview_chunks(src, lines)
    _unmark_cell_milestones(lines)
    _unmark_organiser_items(lines)
    _unmark_name_items(lines)
    _unmark_condition_lists(lines)
    _unmark_activity_fields(lines)
    _unmark_schedule_items(lines)
    _unmark_feedback_channels(lines)
    _unmark_contents(lines)
    _mark_cut_first_number(lines)
    mark_goal_table(lines, src.match)
    _mark_signatures(lines)
    return lines


# 1 / 1. / 1、 alone: an item's number with nothing after it
_BARE_FIRST_NUMBER = re.compile(r"1[.、]?")


def _mark_cut_first_number(lines: list[Line]) -> None:
    """三、主要任务 / (一)优化同权事项,拓展改革覆盖面 / 1 and the text stops: the bare number ending the text right
    under a heading's title is the number of its first item, the excerpt cut right after it (its dot with it)."""
    filled = [ln for ln in lines if ln.kind != "blank"]
    if (
        len(filled) < 2
        or filled[-1].kind != "content"
        or not _BARE_FIRST_NUMBER.fullmatch(filled[-1].stripped)
    ):
        return
    above = filled[-2]
    if above.kind != "heading" or above.level not in (1, 2) or _SENTENCE_MARK_END.search(above.stripped):
        return
    last = filled[-1]
    last.kind, last.level, last.value, last.number, last.body = "heading", 3, 1, "1", last.rend


_SENTENCE_MARK_END = re.compile(r"[。;!?]$")


def _unmark_lone_spaced_items(lines: list[Line]) -> None:
    """A number and a blank opening a line (1 实施…) is an item only where the page numbers its items so, the
    number before or after it opening another line the same way: a lone one is text (a letter-spaced header's
    page number, 1 省政府文件…)."""
    spaced = [
        ln
        for ln in lines
        if ln.kind == "heading" and ln.damage == "lost_dot" and _H3_SPACED.match(ln.stripped)
    ]
    values = {ln.value for ln in spaced}
    for ln in spaced:
        if ln.value is not None and ln.value - 1 not in values and ln.value + 1 not in values:
            ln.kind, ln.level, ln.number, ln.value, ln.damage = "content", None, "", None, ""


_CONTENTS_WORDS = frozenset(vocabulary().contents_words)
_ENTRY_MAX = 40  # a contents entry is a title: short, no sentence


def _unmark_contents(lines: list[Line]) -> None:
    """A compilation's table of contents (目 录 / 1.陇南市招商引资优惠政策 / 2.…优惠政策 / … / 1.陇南市招商引资优惠政策
    and its text): the numbered titles under a 目录 line, counting up, each a title with no sentence, are the list of
    the documents it holds, no items; their lines are boilerplate. The list ends at the first other line, or at a
    number that does not follow on: the first document's own heading, a title line when it repeats an entry."""
    k = next(
        (
            i
            for i, ln in enumerate(lines)
            if "".join(ln.match.split()) in _CONTENTS_WORDS and ln.kind != "heading"
        ),
        None,
    )
    if k is None:
        return
    entries: set[str] = set()
    for ln in lines[k + 1 :]:
        if ln.kind == "blank":
            continue
        title = ln.match[ln.body - ln.start :].strip()
        if ln.kind == "heading" and title in entries:
            ln.kind = "title"
        if (
            ln.kind != "heading"
            or ln.value != len(entries) + 1
            or len(title) > _ENTRY_MAX
            or any(ch in title for ch in "。;")
        ):
            return
        ln.kind = "boilerplate"
        entries.add(title)


_ORGANISER_ITEM = re.compile(
    r"(?:" + "|".join(map(re.escape, sorted(vocabulary().organiser_labels, key=len, reverse=True))) + r")\s*:"
)
_CLAUSE_BRACKETS = frozenset("(〔【[")
_ORGANISERS_MIN = 2  # items a page lists its activity's organisers in: a lone 主办单位 item may be a task


def _unmark_organiser_items(lines: list[Line]) -> None:
    """A run of numbered items that each name one role in running the activity ((一)主办单位:区人民政府 / (二)承办单位:
    区商务委员会 / (三)执行单位:…): the page's organisers, no tasks; their lines are text of their section."""
    run: list[Line] = []
    for ln in [*lines, None]:
        if ln is not None and ln.kind == "blank":
            continue
        item = (
            ln is not None
            and ln.kind == "heading"
            and ln.level in (1, 2, 3)
            and _ORGANISER_ITEM.match(ln.match, ln.body - ln.start) is not None
        )
        if item and ln is not None and (not run or run[-1].level == ln.level):
            run.append(ln)
            continue
        if len(run) >= _ORGANISERS_MIN:
            for r in run:
                _make_text(r)
        run = [ln] if item and ln is not None else []


_NAME_ITEMS_MIN = 3  # items a list of bodies runs to: two could be two short tasks
_NAME_ITEM_MAX = 30  # characters of one body's name


# a closing bracket after the name that reports on it (1.棣花镇(累计到位资金9050万元,占36.2%);), [name_report]
_NAME_NOTE = re.compile(
    r"[(（][^()（）]*(?:"
    + ("|".join(map(re.escape, vocabulary().name_report_words)) or "(?!)")
    + r")[^()（）]*[)）]$"
)


def _name_item(ln: Line) -> bool:
    """(二)台灣電力股份有限公司。 / 1、金寨县; / 1.棣花镇(累计到位资金9050万元);: an item whose text is one body's
    or one place's name and nothing more (a bracket after it reports on the name)."""
    from policykg.loaders.extract.divisions import load_divisions
    from policykg.loaders.extract.units import UnitLexicon

    name = _NAME_NOTE.sub("", ln.match[ln.body - ln.start :].strip().rstrip("。;,、")).rstrip()
    return (
        0 < len(name) <= _NAME_ITEM_MAX
        and re.search(r"[,;:、。\s]", name) is None
        and (UnitLexicon.load_default().ends_as_unit(name) or name_key(name) in load_divisions().forms)
    )


def _unmark_name_items(lines: list[Line]) -> None:
    """A run of numbered items, one a line with nothing under any of them, that each name one body (下列管线机构应指派
    专职代表进驻本中心: / (一)中華電信股份有限公司。 / (二)台灣電力股份有限公司。 / …): the bodies the item above hands its
    duty, no tasks; their lines are text of that item."""
    run: list[Line] = []
    before: Line | None = None  # the line above the run: a paragraph naming a list is _announced_name's case
    last: Line | None = None
    for ln in [*lines, None]:
        if ln is not None and ln.kind == "blank":
            continue
        item = ln is not None and ln.kind == "heading" and ln.level in (2, 3, 4) and _name_item(ln)
        if item and ln is not None and run and run[-1].level == ln.level:
            run.append(ln)
            last = ln
            continue
        if len(run) >= _NAME_ITEMS_MIN and not _names_list_above(before):
            for r in run:
                _make_text(r)
        run, before, last = ([ln], last, ln) if item and ln is not None else ([], before, ln)


_CONDITION_WORDS = re.compile("|".join(map(re.escape, vocabulary().condition_list_words)) or "(?!)")


def _unmark_condition_lists(lines: list[Line]) -> None:
    """凡满足下列条件的…,可以申请为…。 / 1、有明确的产业定位…; / 2、…: a run of numbered items from 1 right after a
    sentence announcing the conditions or cases it lists ([condition_list]) states those conditions, no tasks; their
    lines are text of the paragraph above. After the announcement the conditions may go on under categories of
    applicants ((一)经营主体(企业类): / 1.… / (二)经营主体(农户个体类):…), each category's line a condition too."""
    above: Line | None = None
    above_announces = False  # whether the line above announces a list of conditions
    announced = False  # whether a list of conditions goes on (under its categories)
    run_end = 0  # the line after the last run of conditions made text
    for k, ln in enumerate(lines):
        if ln.kind == "blank":
            continue
        category = announced and _condition_category(ln)
        under_category = announced and above is not None and _condition_category(above)
        if (
            ln.kind == "heading"
            and ln.level in (3, 4, 5)
            and ln.value == 1
            and (above_announces or under_category)
        ):
            run_end = _unmark_run(lines, k, ln.level)
        elif category and ln.kind == "heading" and ln.level in (2, 3, 4):
            _make_text(ln)  # (二)经营主体(农户个体类):在本区从事…的人员。: another category's condition
        above_announces = _announces_conditions(ln)
        announced = above_announces or (announced and (category or k < run_end))
        above = ln


_FIELD_WORDS = "|".join(map(re.escape, vocabulary().activity_fields)) or "(?!)"
_ACTIVITY_NOUNS = "|".join(map(re.escape, vocabulary().activity_nouns)) or "(?!)"
# 财政资金支持方式: / 时 间: (any short qualifier before a colon) / 宣传对象。 (an activity's name before a stop)
_ACTIVITY_FIELD = re.compile(
    rf"(?:[^\W\d_]{{0,6}}?(?:{_FIELD_WORDS})(?:[及和与][^:。\s]{{1,4}})?:"
    rf"|(?:{_ACTIVITY_NOUNS})?(?:{_FIELD_WORDS})(?:[及和与][^:。\s]{{1,4}})?(?:。|$))"
)
_ACTIVITY_FIELDS_MIN = 2  # items of a run that open with a field word: one could be a task about its time


def _unmark_activity_fields(lines: list[Line]) -> None:
    """1.时 间:2022年6月9日至… / 2.参与活动企业:… / 3.活动内容:…: a run of items numbered on from 1, most of them (two
    at least) opening with an activity's field word ([activity_field]), states the particulars of the item above,
    no tasks; their lines are text of that item. Once a run of the page is so read, a later run whose every item
    opens with a field word is too (the page's activities follow one form: a run the excerpt cuts after its
    1.活动时间:… / 2.; not 1.排查范围:… / 2.县应急管理局要…, a task run: round 44's review). A project card's items
    (5.项目实施单位及责任人:…) stay its fields."""
    cards = {level: _card_sections(lines, level) for level in (3, 4)}
    k = 0
    seen = False  # a run of the page already read as an activity's particulars
    while k < len(lines):
        ln = lines[k]
        if ln.kind != "heading" or ln.level not in (3, 4) or ln.value != 1:
            k += 1
            continue
        card = k in cards[ln.level]
        group, k = _numbered_run(lines, k, ln.level)
        fields = sum(map(_activity_field, group))
        if card:
            seen = seen or fields >= _ACTIVITY_FIELDS_MIN  # a card's fields: the activity's form all the same
            continue
        empty = sum(1 for r in group if not r.match[r.body - r.start :].strip())  # 2. the excerpt cuts after
        if (fields >= _ACTIVITY_FIELDS_MIN and 2 * fields >= len(group)) or (
            seen and fields and fields + empty == len(group)
        ):
            seen = True
            for r in group:
                _make_text(r)


_SCHEDULE_NAME_MAX = 20  # 5、重大项目签约仪式 / 6、"腾飞中部"文艺晚会: an event's name, no sentence
_SCHEDULE_ITEMS_MIN = 2


def _unmark_schedule_items(lines: list[Line]) -> None:
    """5、重大项目签约仪式 / 时间:4月26日上午… / 6、项目对接会 / 时间:…: a run of two or more items at one level, every
    one an event's short name over lines that are only its time and place ([activity_field] event_fields), is a
    programme of events, no tasks (heldout148 gn05's gold): the items are made text. Never a task list whose items
    carry a deadline or a scope (1.推进老旧小区改造 / 完成时间:…: round 47's review d)."""
    run: list[int] = []
    for k, ln in enumerate([*lines, None]):
        if ln is not None and ln.kind in ("content", "blank"):
            continue  # an item's own lines, read with it
        if ln is not None and ln.kind == "heading" and run and ln.level == lines[run[-1]].level:
            run.append(k)
            continue
        if len(run) >= _SCHEDULE_ITEMS_MIN and all(_event_item(lines, j) for j in run):
            for j in run:
                _make_text(lines[j])
        run = [k] if ln is not None and ln.kind == "heading" and ln.level in (3, 4) else []


def _event_item(lines: list[Line], k: int) -> bool:
    """Whether the item at line ``k`` is an event's name alone (no task's verb opening it) over one or more lines
    that all state its time or place."""
    from policykg.loaders.extract.units import UnitLexicon

    ln = lines[k]
    name = ln.match[ln.body - ln.start :].strip()
    if not name or len(name) > _SCHEDULE_NAME_MAX or _SENTENCE_MARKS.search(name):
        return False
    if name.startswith(UnitLexicon.load_default().grammar.work_words):
        return False  # 1.开展安全检查 / 时间:…: a task and its time
    fields = 0
    for nxt in lines[k + 1 :]:
        if nxt.kind == "blank":
            continue
        if nxt.kind != "content":
            break
        if not re.sub(r"\s+", "", fold(nxt.stripped)).startswith(_EVENT_FIELDS):
            return False
        fields += 1
    return fields > 0


_EVENT_FIELDS = tuple(f"{w}:" for w in _VOCAB_LISTS.event_fields)


def _card_sections(lines: list[Line], level: int) -> set[int]:
    """The lines of the sections (up to the next heading above ``level``) whose items of ``level`` hold a project
    card's field naming who carries it (5.项目实施单位及责任人:…): cards, whose items are their fields."""
    out: set[int] = set()
    section: list[int] = []
    card = False
    for k, ln in enumerate([*lines, None]):
        if ln is None or (ln.kind == "heading" and ln.level is not None and ln.level < level):
            if card:
                out.update(section)
            section, card = [], False
            continue
        section.append(k)
        card = card or (ln.kind == "heading" and ln.level == level and _card_unit_field(ln))
    return out


def _numbered_run(lines: list[Line], k: int, level: int) -> tuple[list[Line], int]:
    """The items of ``level`` numbered on from the 1 at line ``k`` (text and deeper items between them), up to a
    higher heading or a number out of turn; and the index of the line after the run's last item."""
    group = [lines[k]]
    j = k + 1
    while j < len(lines):
        ln = lines[j]
        if ln.kind == "heading" and ln.level == level:
            if ln.value != (group[-1].value or 0) + 1:
                break
            group.append(ln)
        elif (ln.kind == "heading" and ln.level is not None and ln.level < level) or ln.kind not in (
            "heading",
            "content",
            "blank",
        ):
            break
        j += 1
    return group, j


def _make_text(ln: Line) -> None:
    """A numbered line made a line of text of the item above it."""
    ln.kind, ln.level, ln.value, ln.number, ln.damage = "content", None, None, "", ""
    ln.body = ln.lstart


def _activity_field(ln: Line) -> bool:
    """Whether an item opens with an activity's field word (时 间: / 宣传对象。 / 活动内容:)."""
    head = re.sub(r"\s+", "", ln.match[ln.body - ln.start : ln.body - ln.start + 24])
    return _ACTIVITY_FIELD.match(head) is not None


# 5.项目实施单位及责任人:乌拉台乡 / 实施主体:…: a project card's field naming who carries it (the card is a measure)
_CARD_UNIT_FIELD = re.compile(
    r"[^:。,\s]{0,8}(?:"
    + ("|".join(map(re.escape, vocabulary().card_unit_nouns)) or "(?!)")
    + r")(?:及[^:。\s]{1,4})?:"
)


def _card_unit_field(ln: Line) -> bool:
    """Whether an item is a project card's field naming who carries the project (项目实施单位及责任人:…)."""
    return _CARD_UNIT_FIELD.match(ln.match, ln.body - ln.start) is not None


# 下列 / 以下 / 如下: the words that announce a list, the heads of the [condition_list] words
_ANNOUNCERS = tuple(sorted({w[:2] for w in vocabulary().condition_list_words}))


def _condition_category(ln: Line) -> bool:
    """Whether ``ln`` names a category of the applicants a list of conditions is for, closed by its colon ((一)经营
    主体(企业、平台、组织类): / (二)经营主体(农户个体类):在本区…的人员。), no article or chapter of its own."""
    s = ln.stripped
    colon = s.find(":")
    return (
        0 < colon <= _CATEGORY_MAX
        and article_opening(s) is None
        and "。" not in s[:colon]
        and _APPLICANT_CLASS.search(s, 0, colon) is not None
    )


# (一)经营主体(企业、平台、组织类): / (二)个人申报对象: the class of applicants a category names (never a procedure or a
# task named before a colon: (三)申报程序: / (四)工作要求: / (三)保障措施:, round 36's second review)
_APPLICANT_CLASS = _literal_rx(vocabulary().applicant_classes)


_CATEGORY_MAX = 24  # characters before a category's colon (its number and its name)


def _announces_conditions(ln: Line | None) -> bool:
    """Whether the last sentence of ``ln`` announces a list and the list is of conditions (…具下列情形者,視該里有…之虞。);
    a sentence that names conditions and then announces something else (符合以下条件的园区,具体任务如下: / 对符合下列条件
    的企业,按以下标准给予奖励:) announces tasks or rates."""
    if ln is None or ln.kind not in ("content", "heading"):
        return False
    text = ln.stripped.rstrip("。:; ")
    last = max(text.rfind(w) for w in _ANNOUNCERS) if _ANNOUNCERS else -1
    return last > text.rfind("。") and _CONDITION_WORDS.match(text, last) is not None


def _unmark_run(lines: list[Line], k: int, level: int) -> int:
    """Items ``k``, … at ``level`` numbered on from 1, with the text lines between them, made text; the index of
    the line after the run."""
    want = 1
    for j in range(k, len(lines)):
        ln = lines[j]
        if ln.kind == "heading" and ln.level == level and ln.value == want:
            _make_text(ln)
            want += 1
        elif ln.kind not in ("blank", "content"):
            return j
    return len(lines)


def _names_list_above(ln: Line | None) -> bool:
    """Whether ``ln`` is a paragraph naming the list below it (…确定了…创建名单。…通知如下:)."""
    return ln is not None and ln.kind == "content" and _names_list(ln)


_FEEDBACK_OPENER = re.compile(r"\s*(?:" + "|".join(map(re.escape, vocabulary().feedback_openers)) + ")")
_FEEDBACK_CHANNEL = re.compile("|".join(map(re.escape, vocabulary().feedback_channels)) or "(?!)")
_FEEDBACK_WORD = re.compile("|".join(map(re.escape, vocabulary().feedback_words)) or "(?!)")


def _feedback_channel_item(ln: Line) -> bool:
    """2.通过信函的方式将意见寄至…: an item opening with the way it is sent, naming a channel and the comments; or a
    channel's label and its address alone (1.信函:…路122号 / 2.电子邮件:…@163.com)."""
    at = ln.body - ln.start
    return _FEEDBACK_LABEL.match(ln.match, at) is not None or (
        _FEEDBACK_OPENER.match(ln.match, at) is not None
        and _FEEDBACK_CHANNEL.search(ln.match, at) is not None
        and _FEEDBACK_WORD.search(ln.match, at) is not None
    )


_FEEDBACK_LABEL = re.compile(r"\s*(?:" + "|".join(map(re.escape, vocabulary().feedback_labels)) + r")\s*:")


def _unmark_feedback_channels(lines: list[Line]) -> None:
    """A run of numbered items that each give a channel for sending comments on a draft (1.登陆…网站,对征求意见稿提出
    意见 / 2.通过信函的方式将意见寄至… / 3.通过电子邮件方式将意见发送至邮箱:…): a consultation notice's furniture, no
    tasks; their lines are text of their section."""
    run: list[Line] = []
    for ln in [*lines, None]:
        if ln is not None and ln.kind == "blank":
            continue
        item = (
            ln is not None and ln.kind == "heading" and ln.level in (2, 3, 4) and _feedback_channel_item(ln)
        )
        if item and ln is not None and (not run or run[-1].level == ln.level):
            run.append(ln)
            continue
        if len(run) >= _ORGANISERS_MIN:
            for r in run:
                _make_text(r)
        run = [ln] if item and ln is not None else []


# 1.完成委托规划25% / 2.工程完工(75%) / 3.市场启用100%: a step of a schedule, the share of the work done by then
_MILESTONE_SHARE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%\s*\)?\s*[。;.]?$")
_BAR_EDGE = re.compile(r"^\||\|$")


def _unmark_cell_milestones(lines: list[Line]) -> None:
    """A table cell (between bar lines) listing 1. 2. … items that each end with the share of the work done, rising to
    100% (1.完成规划设计25% / … / 4.市场启用100%): one row's schedule of progress steps, not the page's tasks; its
    lines are the cell's text."""
    k = 0
    while k < len(lines):
        run = _milestone_run(lines, k)
        for j in run:
            lines[j].kind, lines[j].level, lines[j].number, lines[j].value = "content", None, "", None
        k += len(run) or 1


def _milestone_run(lines: list[Line], k: int) -> list[int]:
    """The lines of the items numbered on from line ``k`` (1. 2. …, or 3. 4. … on a page cut inside the cell) when
    they fill a table cell and end on shares rising to 100%."""
    first = lines[k].value  # 1, or a later step where the page was cut inside the cell
    if lines[k].kind != "heading" or first is None or not _bar_edged(lines, k, -1):
        return []
    run: list[int] = []
    shares: list[float] = []
    for j in range(k, len(lines)):
        ln = lines[j]
        m = _MILESTONE_SHARE.search(ln.stripped)
        if ln.kind != "heading" or ln.level != lines[k].level or ln.value != first + len(run) or m is None:
            break
        run.append(j)
        shares.append(float(m.group(1)))
    done = len(run) >= 2 and shares[-1] == 100 and all(a < b for a, b in itertools.pairwise(shares))
    return run if done and _bar_edged(lines, run[-1], 1) else []


def _bar_edged(lines: list[Line], k: int, step: int) -> bool:
    """Whether the nearest line with text before (step -1) or after (step 1) line ``k`` opens or closes a cell."""
    j = k + step
    while 0 <= j < len(lines) and lines[j].kind == "blank":
        j += step
    return 0 <= j < len(lines) and _BAR_EDGE.search(lines[j].stripped) is not None


_ARTICLES_MIN = 2  # articles (第一条, 第二条) a page numbers in turn before it is read as articles


def _mark_articles(lines: list[Line]) -> None:
    """Articles layout (第一章 总则 / 第一条 … / 第二章 …): a 章 is a top heading, a 节 the heading under it, each 条
    an item (level 3), or the heading (level 2) over its (一) items when it has them (第五条 高企认定奖励。 / (一)对…
    给予奖励); an article that only frames the document (…制定本办法。 / 本办法适用于…) and its (一) items are text,
    no items."""
    opened = {
        k: o
        for k, ln in enumerate(lines)
        if ln.kind in ("content", "heading") and (o := article_opening(ln.stripped))
    }
    values = [o[2] for o in opened.values() if o[1] == "条"]
    kinds = "".join(o[1] for o in opened.values())
    # 第一条 主要预期目标: an article that is a bare title (no sentence) heads what follows it, as 一、 does
    titled = "章" not in kinds and any(_bare_title(lines, k, o) for k, o in opened.items())
    if (
        sum(1 for a, b in itertools.pairwise(values) if b == a + 1) + 1 < _ARTICLES_MIN
        and "章节" not in kinds
        and not titled
        and not _lone_first_article(lines, opened)
    ):
        return  # neither articles in turn nor a 章 over its 节 (第一章 规划背景 / 第一节 发展成效) nor a titled one
    owner: int | None = None  # the open article's line
    items: dict[int, list[int]] = {}  # article line -> its (一) item lines
    # 第一条 主要目标 / 1.… or 第二条 重点任务 / (一)… / 1.…: articles over 1. items are the parts of a plan written as
    # articles (一、 as 第一条), each a top heading over its (一) headings and its items
    parts = False
    for k, ln in enumerate(lines):
        if k in opened:
            owner = k if opened[k][1] == "条" else None  # a 章 or 节 closes the article
        elif owner is not None and ln.kind == "heading" and ln.level == 2:
            items.setdefault(owner, []).append(k)
        elif owner is not None and ln.kind == "heading" and ln.level == 3:
            parts = "章" not in kinds
    parts = parts or titled
    for k, (marker, kind, value, body) in opened.items():
        ln = lines[k]
        framed = kind == "条" and (
            frame_article(text := _article_text(lines, k, body)) or _cut_intro(lines, k, text)
        )
        ln.body, ln.damage = ln.lstart + body, ""
        if framed:
            # the frame's text is no part of the article before it (…第四条 本办法由市住建局负责解释: round 42's review)
            ln.kind, ln.level, ln.number, ln.value = "boilerplate", None, "", None
        else:
            level = 1 if kind == "章" or parts else 2 if k in items or kind == "节" else 3
            ln.kind, ln.level, ln.number, ln.value = "heading", level, marker, value
        for i in items.get(k, []):
            if framed:
                lines[i].kind, lines[i].level, lines[i].number, lines[i].value = "content", None, "", None
            elif not parts:
                lines[i].level = 3


def _lone_first_article(lines: list[Line], opened: dict[int, tuple[str, str, int, int]]) -> bool:
    """A page cut after its first article, a task's lead phrase and its text (第一条 优化省内市场供给。积极推进… /
    第一条 建设联合研发平台 over its paragraph): the one article of the page, numbered 1, opened by a short title
    that its text goes on after, and no regulation's frame (…制定本办法)."""
    if len(opened) != 1:
        return False
    ((k, (_marker, kind, value, body)),) = opened.items()
    rest = lines[k].stripped[body:].strip()
    title, stop, after = rest.partition("。")
    nxt = next((ln for ln in lines[k + 1 :] if ln.kind != "blank"), None)
    # its text after the title's 。, or a paragraph on the next line under a title alone (第一条 建设联合研发平台 /
    # 充分发挥…。)
    goes_on = bool(stop and after.strip()) or (
        not stop
        and nxt is not None
        and nxt.kind == "content"
        and _SENTENCE_PUNCT.search(nxt.stripped) is not None
    )
    return (
        kind == "条"
        # on a line of its own, not a piece cut from a paragraph's run (…的有第一条和第四条。第一条推进…)
        and (k == 0 or lines[k - 1].end < lines[k].start)
        and value == 1
        and goes_on
        and 0 < len(title) <= _TITLE_MAX
        and not re.search(r"[,;:]", title)
        and not frame_article(rest if stop else f"{rest}。{nxt.stripped if nxt else ''}")
    )


def _cut_intro(lines: list[Line], k: int, text: str) -> bool:
    """Article ``k`` is the page's last text and stops inside the clause introducing its list (…应当履行下列消): the
    excerpt cut it before its duties, so it holds none."""
    return all(ln.kind == "blank" for ln in lines[k + 1 :]) and cut_list_intro(text)


def _article_text(lines: list[Line], k: int, body: int) -> str:
    """An article's text: after its 第N条, or on the next line with text where the marker stands alone (a page whose
    spaces became line breaks: 第一条 / 为规范…,制定本办法。)."""
    rest = lines[k].stripped[body:]
    if not rest.strip():
        return next((ln.stripped for ln in lines[k + 1 :] if ln.kind != "blank"), "")
    # 第一条 为减少…,依据 / 有关法律法规规定,…制定本办法。: a sentence wrapped over lines goes on to its full stop
    text = lines[k].stripped
    for ln in lines[k + 1 : k + _ARTICLE_WRAP_LINES]:
        closed = _TRAILING_REMARK.sub("", text).rstrip(_SENTENCE_CLOSERS).endswith(tuple(_TERMINAL + ":"))
        if closed or ln.kind != "content" or article_opening(ln.stripped) is not None:
            break  # …。(附件略) closed; the next article's line is none of this one's
        text += ln.stripped
    return text


_SENTENCE_CLOSERS = ")”\"'】"  # marks closing after a sentence's full stop (…。”)
_TRAILING_REMARK = re.compile(r"\([^()]{1,12}\)$")  # …。(附件略): a remark after the full stop


_ARTICLE_WRAP_LINES = 5  # lines an article's first sentence may be wrapped over


def _bare_title(lines: list[Line], k: int, opening: tuple[str, str, int, int]) -> bool:
    """Whether an article's text after its 第N条 is a short title alone (第一条 主要目标), no sentence (or is one in
    its cell of a table's group row: 第一条 社保惠民 | 5个项目合计 | …), naming a plan's frame or over a list (a numbered
    line or a table's row follows); a regulation's titled article over its sentences (第五条 扶持对象 / 本办法…) is none."""
    line = lines[k]
    rest = line.stripped[opening[3] :].split("|")[0].strip()  # a table's group row: its first cell
    if opening[1] != "条" or not 0 < len(rest) <= _TITLE_MAX or _SENTENCE_PUNCT.search(rest):
        return False
    if "|" in line.stripped or _title_kind(rest, False) is not None:
        return True  # 第一条 总体要求 / 第二条 主要目标: a plan's frame, never a regulation's article
    after = (ln.stripped for ln in lines[k + 1 :] if ln.kind != "blank")
    nxt = next(after, "")
    # a 1. item, a table's row or its header's first cell (序号) follows; (一) items are a regulation article's too
    header = 0 < len(nxt) <= _GROUP_TITLE_MAX and not _SENTENCE_PUNCT.search(nxt) and not _AT_START.match(nxt)
    return header or "|" in nxt or nxt[:1].isdigit() or _titled_group(nxt, next(after, ""))


def _titled_group(line: str, below: str) -> bool:
    """Whether ``line`` is an (一) heading that is a title alone over a 1. item (第二条 重点任务 / (一)建立健全服务体系
    / 1.…): a plan's part written as an article, not a regulation's article over its (一) clauses."""
    head = _AT_START.match(line)
    if head is None or not head.group("h2"):
        return False
    title = line[head.end() :].strip()
    return 0 < len(title) <= _TITLE_MAX and not _SENTENCE_PUNCT.search(title) and below[:1].isdigit()


_CHUNK_MIN = 200  # a document-sharing site's preview chunk: a long run of text that lost its line breaks
_SENTENCE_END = frozenset('。;!?:.;!?:)」』”"')


def _unmark_preview_chunks(src: SourceDocument, lines: list[Line]) -> None:
    """A document-sharing site's preview cut into numbered chunks (1、…十九届 / 2、二中、三中全会精神… / 3、范城市…):
    the chunk numbers open physical lines whose line above is a long run cut mid-sentence; they are the site's,
    no item markers. Two such breaks at least, the chunks numbered 2, 3 … in turn (1 opens the first)."""
    text = src.match
    starts: list[tuple[int, Line]] = []  # (value, line) of item markers opening a physical line
    for ln in lines:
        if (
            ln.kind == "heading"
            and ln.level == 3
            and ln.value
            and (ln.start == 0 or text[ln.start - 1] in "\r\n")
        ):
            starts.append((ln.value, ln))
    breaks: list[Line] = []
    for value, ln in starts:
        if value < 2 or (breaks and value != (breaks[-1].value or 0) + 1):
            continue
        above = text[: ln.start].rstrip("\r\n").rsplit("\n", 1)[-1].rstrip()
        if len(above) >= _CHUNK_MIN and _cut_mid_sentence(above):
            if not breaks and value != 2:
                continue
            breaks.append(ln)
    first = next((ln for value, ln in starts if value == 1 and breaks and ln.start < breaks[0].start), None)
    if not breaks and (glued_first := _first_of_glued_chunks(text, starts)) is not None:
        first = glued_first  # 1、… / …通2、過… / …(一期3、)…: the later chunk numbers run into the words
    elif len(breaks) < 2 and not _cut_in_second_chunk(text, first, breaks, starts):
        return
    for ln in ([first] if first is not None else []) + breaks:
        _make_text(ln)
        k = lines.index(ln) - 1
        while k >= 0 and lines[k].kind == "blank":
            k -= 1
        if k >= 0 and lines[k].kind == "heading" and not _SENTENCE_MARK.search(ln.stripped):
            # 二、深化开展…示 / 3、范城市创建活动: the chunk cut a heading's title, its tail no paragraph of the heading
            ln.kind = "boilerplate"


_SENTENCE_MARK = re.compile(r"[。,;:!?]")
# …通2、過… / (一期3、): a chunk number a preview runs into the words of a sentence, a Han character (or a bracket)
# on both sides
# (the Han character or bracket before the number looked behind from its first digit: the search jumps from digit
# to digit, where a lookbehind opening the pattern is tried at every position)
_GLUED_CHUNK = re.compile(r"(\d(?<=[\u4e00-\u9fff(]\d)\d?)、(?=[\u4e00-\u9fff)])")
_GLUED_CHUNKS_MIN = 2  # chunk numbers run into words in turn (2、 then 3、): never one stray enumeration


def _first_of_glued_chunks(text: str, starts: list[tuple[int, Line]]) -> Line | None:
    """The 1、 opening a physical line of a preview whose later chunk numbers (2、, 3、 … in turn) are run into the
    words of its sentences (…通2、過百日攻堅… / 起步科創園(一期3、)開工…): the site's first chunk number."""
    first = next((ln for value, ln in starts if value == 1), None)
    if first is None:
        return None
    want = 2
    for gm in _GLUED_CHUNK.finditer(text, first.rend):
        if int(gm.group(1)) != want:
            return None
        want += 1
    return first if want - 2 >= _GLUED_CHUNKS_MIN else None


# 瑞金、石城等县(市) / 2、为核心…: a short bracketed qualifier after a Han word (县(市), 区(县), (试行)) that
# a chunk's cut follows, mid-sentence still
_QUALIFIER_TAIL = re.compile(r"[\u4e00-\u9fff]\(([\u4e00-\u9fff、]{1,3})\)$")


def _cut_mid_sentence(above: str) -> bool:
    """Whether a chunk's line ends mid-sentence: on a Han character, or on a short qualifier's bracket after one
    (a bracket naming units, (县农业局), closes an item: the line ends there)."""
    last = above[-1:]
    if last in _SENTENCE_END:
        tail = _QUALIFIER_TAIL.search(above) if last == ")" else None
        return tail is not None and not is_unit_list(tail.group(1))
    return "\u4e00" <= last <= "\u9fff"


def _cut_in_second_chunk(
    text: str, first: Line | None, breaks: list[Line], starts: list[tuple[int, Line]]
) -> bool:
    """A preview the page cuts inside its second chunk (1、…long run… / 2、户提供…, nothing numbered after): one
    break is enough where the 1、 chunk's own line is a long run too and no item marker opens a line after it."""
    if len(breaks) != 1 or first is None:
        return False
    line_end = text.find("\n", first.start)
    long_first = (line_end if line_end >= 0 else len(text)) - first.start >= _CHUNK_MIN
    return long_first and all(ln.start <= breaks[0].start for _, ln in starts)


def _cut_lines(src: SourceDocument) -> list[Line]:
    """The text's lines (run-on headings after a lost line break cut apart), all of kind ``content``."""
    text, match = src.text, src.match
    lines: list[Line] = []
    pos = 0
    seen: dict[str, int] = {}  # marker kind -> last value, for run-on headings
    # one quick scan: most texts have no lost line break before a heading
    run_on = (
        _RUN_ON_AFTER_STOP.search(match) is not None
        or any(_inside_line(match, h.start()) for h in _SPACED_HEAD.finditer(match))
        or _CONTINUED.search(match, 0, 200) is not None
        or ("|" in match and _BARRED_GROUP.search(match) is not None)
        or _RUN_ON_SUB_ITEM.search(match) is not None
        or _PAREN_DIGITS.search(match) is not None
    )
    glued: dict[str, int] = {}  # the rows of a table run together on a line, for the next line to go on with
    barred, circled = "|" in match, "②" in match  # most texts have neither: no line is sliced to look
    for m in [*_LINE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        if m is None and pos == len(text) and lines:
            break
        rows = _joined_rows(match, pos, end) if barred and match.find("|", pos, end) >= 0 else []
        if not rows and (glued or (end - pos > _GLUED_LINE and "序号" in match[pos:end])):
            rows = glued_line_cuts(match, pos, end, glued)  # a table on one line, every cell boundary lost
        if rows:
            parts = list(itertools.pairwise([pos, *rows, end]))
        else:
            # …通知如下:一、由…: a line that lost the break before its first heading (no cell of a field table)
            lost = (
                not (barred and match.find("|", pos, end) >= 0)
                and _FIRST_AFTER_COLON.search(match, pos, end) is not None
            )
            parts = _run_on_parts(match, pos, end, seen) if run_on or lost else [(pos, end)]
        if circled and match.find("②", pos, end) >= 0:
            parts = [cut for a, b in parts for cut in _circled_parts(match, a, b)]
        for a, b in parts:
            seg = match[a:b]
            lead = len(seg) - len(seg.lstrip())
            lead += _bullet_len(seg, lead)
            trail = len(seg.rstrip())
            lines.append(
                Line(
                    start=a,
                    end=b,
                    text=text[a:b],
                    match=seg,
                    kind="content",
                    lstart=a + lead,
                    rend=a + max(trail, lead),
                    body=a + lead,
                )
            )
        pos = m.end() if m else len(text)
    return lines


# ①…;②…;③…: circled items run on in one line, each after the previous one's full stop or semicolon
_RUN_IN_CIRCLED = re.compile(r"(?<=[。;])[ \t\u3000]*([\u2461-\u2473])")
_CIRCLED_OPEN = re.compile(r"[ \t\u3000]*\u2460")


def _circled_parts(match: str, a: int, b: int) -> list[tuple[int, int]]:
    """A line opening with ① whose ②, ③… follow in order, each after a 。 or ;, cut before each of them; not a task
    table's cell closed by its bar (①1-3月份,…;②4-6月份,…。 | in a 分月序时进度 column: the row's steps, one cell)."""
    if _CIRCLED_OPEN.match(match, a, b) is None or match[a:b].rstrip().endswith("|"):
        return [(a, b)]
    cuts: list[int] = []
    expected = 0x2461
    for m in _RUN_IN_CIRCLED.finditer(match, a, b):
        if ord(m.group(1)) == expected:
            cuts.append(m.start(1))
            expected += 1
    return list(itertools.pairwise([a, *cuts, b]))


_ROW_CELLS_MIN = 3  # header cells of a barred table that reached the text on one line
_GLUED_LINE = 80  # a table on one line with no bars holds a header and rows: never a short line


def _joined_rows(match: str, pos: int, end: int) -> list[int]:
    """Where the rows of a barred table run together on one line start (序号 | 重点任务 | 牵头单位 | 1 | 任务A | 市发改委
    | 2 | 任务B | …): after a header whose first cell names the number column and at least two more name known
    columns, every header's width of cells a cell holding the next row number (an empty cell of the bars that
    closed and opened two rows may stand before it). Empty when the line is no such table."""
    cells: list[tuple[int, str]] = []  # (start, stripped text) of each cell
    a = pos
    for k in range(pos, end + 1):
        if k == end or match[k] == "|":
            cells.append((a, match[a:k].strip()))
            a = k + 1
    if len(cells) < 2 * _ROW_CELLS_MIN:
        return []
    first = next((k for k, (_s, c) in enumerate(cells) if _VOCAB.column_kind.get(c) == "number"), None)
    if first is None or first > _ROW_CELLS_MIN:
        return []
    width = next((k - first for k in range(first + 1, len(cells)) if cells[k][1] == "1"), 0)
    named = sum(1 for _s, c in cells[first : first + width] if c in _VOCAB.column_kind)
    if width < _ROW_CELLS_MIN or named < _ROW_CELLS_MIN:
        return []
    # 表1 重点任务分工 | 序号 | …: a caption's cells before the header go on a line of their own
    cuts: list[int] = [cells[first][0]] if any(c for _s, c in cells[:first]) else []
    k, number = first + width, 1
    while k < len(cells):
        if (
            cells[k][1] != str(number)
            and k + 1 < len(cells)
            and not cells[k][1]
            and cells[k + 1][1] == str(number)
        ):
            k += 1
        if cells[k][1] != str(number):
            break
        cuts.append(cells[k][0])
        k, number = k + width, number + 1
    return cuts


# A news site's statement heading its terms (豫都网版权与免责声明 / 版权声明: / 【免责声明】 / 免责声明:本网转载… /
# 甘肃日报社关于加强新闻作品版权保护的声明版权与免责声明: heldout87 ee14, a longer heading only after the publisher's
# name: …社/网/报/台, never a task ending so: 完善版权声明), no
# numbering before it (二、免责声明 is a policy's own section), and the site's clauses under it, each naming the site
# or its reposting (1、未经本网许可… / 2、本网转载其他媒体之稿件…)
_SITE_STATEMENT = re.compile(
    r"^[【\[]?(?:[\u4e00-\u9fffA-Za-z]{0,12}?|[\u4e00-\u9fffA-Za-z]{0,20}?(?:社|网|报|台)(?:关于[\u4e00-\u9fff]{0,20}?的声明)?)(?:版权(?:及|与|和)?免责声明|免责声明|版权声明)[】\]]?\s*"
    r"(?:$|:(?=.*(?:本网|本站|转载|版权)))"
)
_SITE_CLAUSE = _literal_rx(vocabulary().site_clause_words)


# A news page's list of links to related reports after its text (相关新闻 / 相关阅读 …), each line a bullet or a date and
# a headline (- 2020年04月21日临泽县平川镇控药减肥提升耕地质量: heldout87 ee14): page furniture, never measures
_RELATED_HEADING = re.compile(
    r"^[【\[]?\s*(?:相关(?:新闻|阅读|链接|文章|报道)|推荐阅读|延伸阅读)\s*[】\]]?\s*:?\s*$"
)
_RELATED_LINK = re.compile(
    r"^(?:[-•·*]\s*|\d{4}[-年.]|\d{1,2}[.、]\s*)[^。]{0,60}$"
)  # 1.马拉松赛事…公告发布 too


def _mark_related_links(lines: list[Line]) -> None:
    """The heading of a list of related reports and the link lines right under it: boilerplate (a blank line or
    one that is no short bullet or dated headline ends the list)."""
    for k, ln in enumerate(lines):
        if not _RELATED_HEADING.match(ln.stripped):
            continue
        ln.kind = "boilerplate"
        for nxt in lines[k + 1 :]:
            if not nxt.stripped or not _RELATED_LINK.match(nxt.stripped):
                break
            nxt.kind = "boilerplate"


def _check_decimal_sections(lines: list[Line]) -> None:
    """A decimal section (2.1…) stands only under the section it numbers on from, a heading N (2 组织指挥体系)
    above it, and never as N.0: else the line is text (3.5千米 / 3.15国际消费者权益日 / 2.0版本: round 39's
    review)."""
    sections: set[int] = set()
    first = next((ln for ln in lines if ln.kind != "blank"), None)  # the page's first line
    framed = False  # the last N section is the plan's frame (1 总则)
    for ln in lines:
        if ln.kind != "heading":
            continue
        if ln.level == 3 and ln.value is not None:
            sections.add(ln.value)
            framed = _frame_section(ln)
        elif ln.level == 4 and "." in ln.number:
            major, minor = (int(x) for x in ln.number.split("."))
            stopped = ln.stripped.endswith(_TITLE_STOP)
            if not sections and minor > 1 and ln is first and stopped:
                sections.add(major)  # 2.2职责任务。 opening the page: its section N on the page before
            # 1.5事件分级。 under 1 总则 / 1.4工作原则。: a 。-closed title of the plan's frame stays text, as before
            # 。 made a title (review 49c)
            framed_here = stopped and (
                framed or _title_kind(_DECIMAL_TITLE.sub("", ln.stripped), False) is not None
            )
            if major not in sections or minor == 0 or framed_here:
                ln.kind, ln.level, ln.value, ln.number, ln.body = "content", None, None, "", ln.lstart


def _frame_section(ln: Line) -> bool:
    """Whether an N heading (1 总则 / 2 主要目标) titles the plan's frame (data decimal_frames, frame titles)."""
    title = _DECIMAL_TITLE.sub("", fold(ln.stripped)).strip()
    return title in _VOCAB.decimal_frames or _title_kind(title, False) is not None


_DECIMAL_TITLE = re.compile(r"^\d{1,2}(?:\.\d{1,2})?[.、 \t\u3000]*|。$")


_TITLE_STOP = "。"  # a decimal section's title closed by its full stop (2.2职责任务。)
_SUB_TITLE_MAX = 15  # 预警发布: a sub-title line of its own closing a duty paragraph
_CONTENTS_MIN = 6  # headings in a row, no text between: a table of contents
_CONTENTS_TITLE_MAX = 20  # a contents line: a heading's short title alone


def _mark_contents(lines: list[Line]) -> None:
    """A table of contents printed before a plan's text (1.总则 / 1.1编制目的 / … / 6.3实施时间, no text between: an
    应急预案 reposted, heldout101 es13 read after the kept-out score): six headings in a row or more, each a short
    title alone, are page furniture, no sections and no measures."""
    run: list[Line] = []
    for k, ln in enumerate([*lines, None]):
        if ln is not None and ln.kind == "blank":
            continue
        if ln is not None and ln.kind == "heading" and len(ln.stripped) <= _CONTENTS_TITLE_MAX:
            run.append(ln)
            continue
        if len(run) >= _CONTENTS_MIN and _titles_recur(run, lines[k:]):
            for h in run:
                h.kind, h.level, h.value, h.number = "boilerplate", None, None, ""
        run = []


_CONTENTS_RECUR_MIN = 2  # a contents list's titles the text after it prints again as its sections


def _titles_recur(run: list[Line], after: list[Line]) -> bool:
    """Whether the text after a run of headings prints some of their titles again (1.总则 … / 1. 总则): the run is
    its table of contents, not its outline."""
    rest = "\n".join(ln.match for ln in after)
    titles = [ln.match[len(ln.match) - len(ln.match.lstrip(_CONTENTS_MARKS)) :].strip() for ln in run]
    return sum(1 for t in titles if len(t) >= 2 and t in rest) >= _CONTENTS_RECUR_MIN


_CONTENTS_MARKS = "0123456789.、()一二三四五六七八九十 \t\u3000"


def _mark_site_statement(lines: list[Line]) -> None:
    """A site's statement around the page's text (豫都网版权与免责声明 / 1、未经本网许可…): its heading line and the
    lines right after it that speak of the site (本网, 转载, 版权…) page furniture, its numbered clauses no measures;
    the first line that does not ends it (the article a repost prints after it)."""
    for k, ln in enumerate(lines):
        if not _SITE_STATEMENT.match(ln.stripped) and not _site_clause_line(ln.stripped):
            continue
        ln.kind = "boilerplate"
        for nxt in lines[k + 1 :]:
            if nxt.stripped and not _SITE_CLAUSE.search(nxt.stripped):
                break
            nxt.kind = "boilerplate" if nxt.stripped else "blank"


def _mark_site_credits(lines: list[Line]) -> None:
    """A portal's footer (主办单位:驻马店市工业和信息化局 / 地址:…| 联系电话:… / ICP备案:…): the site's sponsor and its
    address within a few lines of the footer's registration or site code are page furniture, never a responsibility
    label or a task (heldout184 hx05); so is the toolbar line above them (顶部 打印 关闭)."""
    marks = [k for k, ln in enumerate(lines) if ln.kind == "boilerplate" and _SITE_FOOTER.search(ln.stripped)]
    for k in marks:
        for j in range(max(0, k - _CREDITS_REACH), k):
            if _SITE_CREDIT.match(lines[j].stripped) or _TOOLBAR.fullmatch(lines[j].stripped):
                lines[j].kind = "boilerplate"


_CREDITS_REACH = 8  # lines above a footer's registration line its credits may stand on
_SITE_FOOTER = re.compile(r"网站标识码|ICP备|公网安备|版权所有")
_SITE_CREDIT = re.compile(r"(?:主办单位|承办单位|主管单位|维护单位|地址|邮\s*编|联系电话)\s*[:]")
_TOOLBAR = re.compile(rf"(?:(?:顶部|{_TOOL})\s*[|/]?\s*){{2,}}")


_NUMBERED_CLAUSE = re.compile(r"\d{1,2}[、.]")
_SITE_CLAUSE_WORDS_MIN = 2  # words about the site in a numbered clause with no statement heading above it


def _site_clause_line(text: str) -> bool:
    """1、凡注有“新天水讯”的稿件,均为…版权稿件,未经许可不得转载…: a site's statement clause with no heading above
    it, numbered as a task would be but speaking of the site's copyright and reposting (heldout101 es08)."""
    return (
        _NUMBERED_CLAUSE.match(text) is not None
        and len({m.group() for m in _SITE_CLAUSE.finditer(text)}) >= _SITE_CLAUSE_WORDS_MIN
        and _SITE_SELF.search(text) is not None
    )


_SITE_SELF = _literal_rx(vocabulary().site_self_words)


# 上一篇: / 下一篇: alone on their line: the neighbouring report's headline on the next line
_NEIGHBOUR_LABEL = re.compile(
    r"^[•·・*\-]?\s*[【\[]?\s*(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上篇|下篇)\s*[】\]]?\s*[:]?\s*$"
)


def _neighbour_link(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is the headline a bare 上一篇:/下一篇: line above it links to (heldout88 ef07: 政府主导部门配合
    in the next report's headline read as a clause)."""
    j = k - 1
    while j >= 0 and not lines[j].stripped:
        j -= 1
    return j >= 0 and _NEIGHBOUR_LABEL.match(lines[j].stripped) is not None


def _classify_lines(src: SourceDocument, lines: list[Line]) -> None:
    """Each line's first, context-free kind (see :func:`split_lines`)."""
    list_next: int | None = None  # expected number of the next attachment-list continuation line
    previous: Line | None = None  # the last line with text an attachment list took
    numbered = False  # whether the list numbers its entries (附件:1.…), so a wrapped title is seen for one
    awaiting_title = False
    for k, line in enumerate(lines):
        s = line.stripped
        if not s:
            line.kind = "blank"
            continue
        if awaiting_title:
            line.kind = "title"
            awaiting_title = False
            continue
        if _is_boilerplate(s) or _is_image_name(s) or _neighbour_link(lines, k):
            line.kind = "boilerplate"
            continue
        if _META_FIELD.match(s):
            line.kind = "meta"
            continue
        if _DATE_LINE.match(s):
            line.kind = "date"
            continue
        m = _ATTACH_ROOT.match(s)
        if m and s.endswith(":") and _list_follows(lines, k):
            # 附件: / 1.某区重点项目推进计划表 / 2.…: the label of a list of attachments on the lines below
            line.kind = "attachment_list"
            previous, numbered, list_next = line, True, 1
            continue
        if m:
            line.kind, line.level = "attachment", 0
            line.number = "附件" + (m.group(1) or "")
            awaiting_title = True
            list_next = None
            continue
        m = _ATTACH_LIST.match(s)
        if m:
            line.kind = "attachment_list"
            previous = line
            item = _LIST_ITEM.match(s[m.end() - 1 :])
            numbered = item is not None
            list_next = int(item.group(1)) + 1 if item else 2
            continue
        if list_next is not None:
            item = _LIST_ITEM.match(s)
            if item and "。" not in s and (int(item.group(1)) == list_next or _restarted_entry(s, item)):
                line.kind = "attachment_list"
                list_next += 1
                previous = line
                continue
            if (
                not item
                and k > 0
                and lines[k - 1] is previous  # a wrap follows its line at once, never after a blank
                and numbered
                and len(s) <= _TITLE_MAX
                and not _SENTENCE_PUNCT.search(s)
                and not _signs_off(lines, k)
            ):
                # 附件:1.某区环境保护和建设 / 三年行动计划任务清单 / 2.…: an entry's title wrapped onto the next line
                line.kind = "attachment_list"
                previous = line
                continue
            list_next = None
        if is_responsibility_line(s) or (is_bare_label(s) and _units_below(lines, k)) or _label_lost(s):
            line.kind = "responsibility"  # 责任单位 / A、B、C: a card's field name over its units
            continue
        _classify_marker(line)
        if _card_label_line(src, line) and _label_lines_close_card(src, lines, k):
            # 一、开展零散墓治理 / (一)治理目标 / (三)治理内容 / 1.… / 2.… / (五)责任单位:各乡镇。 / (六)配合单位:A、B。: the
            # card's last fields name who carries its numbered items, no item of their own
            line.closes_card = line.level
            line.kind, line.level, line.value, line.number = "responsibility", None, None, ""
            line.lstart = line.body
            continue
        if _numbered_label_line(src, line) and _label_lines_over_item(src, lines, k):
            # 一、建立联席会议机制 / (一)牵头单位:A、B。 / (二)组成单位:C、D。 / (三)主要工作任务…: numbered label
            # lines state no action; they are the section's responsibility lines, covering its items
            line.kind, line.level, line.value, line.number = "responsibility", None, None, ""
            line.lstart = line.body
            continue
        if line.kind == "content" and s[0] in "(〔" and is_role_line(src, line.lstart, line.rend):
            line.kind = "responsibility"  # (市发改委牵头,各区政府配合) on a line of its own
        elif (
            line.kind == "content"
            and line.rend - line.lstart <= _ROLE_LINE_MAX
            and is_role_sentence(src, line.lstart, line.rend)
        ):
            line.kind = "responsibility"  # 此项工作由市发改委牵头,各区政府配合。 / 省农委总牵头。
        elif line.kind == "content" and (cut := _opening_role_sentence(src, lines, k)) is not None:
            # 三、组织实施 / 监测由A负责牵头抓总,B、C为监测工作的责任单位。通过发挥…。 / (一)… : the section's opening
            # sentence names who carries its items; what the paragraph says after it is no one's task
            line.kind, line.rend = "responsibility", cut
    _cut_role_sentence(src, lines)


# the markers of the items an opening paragraph may stand over, by level: (一) / 1. / (1)
_ITEM_LINE = re.compile(
    r"\s*(?:(?P<l2>\(\s*[一二三四五六七八九十]{1,3}\s*\))|(?P<l3>\d{1,3}\s*[.、．])|(?P<l4>\(\s*\d{1,3}\s*\)))"
)


def _opening_role_sentence(src: SourceDocument, lines: list[Line], k: int) -> int | None:
    """Where the first sentence of the paragraph at line ``k`` ends when it is a role sentence (由A牵头,B、C为…责任单位。)
    opening a section: a title-only heading right above it and numbered items right below; else None."""
    line = lines[k]
    m = src.match
    cut = m.find("。", line.lstart, line.rend)
    cut = line.rend if cut < 0 else cut
    above = next((lines[q] for q in range(k - 1, -1, -1) if lines[q].kind != "blank"), None)
    if above is None or above.kind != "heading" or any(c in above.stripped for c in _TERMINAL):
        return None
    below = next((lines[q] for q in range(k + 1, len(lines)) if lines[q].stripped), None)
    item = _ITEM_LINE.match(below.stripped) if below is not None else None
    if item is None or int(str(item.lastgroup)[1:]) <= (above.level or 9):
        return None  # 二、明确责任 / A为牵头单位。 / 三、…: the paragraph is the section's own text
    if m[line.rend - 1] == ":":
        return None  # 由A牵头,B、C参与,具体职责分工如下: / (一)A负责: the headings below divide the duties
    handed = handed_section_sentence(src, line.lstart, line.rend)
    if handed is not None and not src.match[line.lstart : handed.start].strip():
        return min(handed.end + 1, line.rend)  # 由A负责,B组织,C落实,…: the chain opens the paragraph
    # …,B为监测工作的责任单位,村组负责人为第一责任人。: the role clauses up to the comma before people's duties
    while cut > line.lstart:
        if cut - line.lstart <= _ROLE_LINE_MAX and is_role_sentence(src, line.lstart, cut):
            return min(cut + 1, line.rend)
        cut = m.rfind(",", line.lstart, cut)
    # …考核排名。由A牵头B、C等有关单位,对…。: a later sentence (or one after its frame) handing the section over
    if handed is None:
        return None
    line.lstart = handed.start
    return min(handed.end + 1, line.rend)


_SECTION_LABEL_ROLES = frozenset({"lead", "support"})
_NUMBERED_LABEL_MAX = 12  # 牵头责任单位: / 协同配合责任单位: the label and its colon open the line
_CARD_TITLE_MAX = 24  # a card's field heading: 治理时限:2018年12月底, 建设内容


def _numbered_label_line(src: SourceDocument, line: Line) -> bool:
    """Whether a (一) or 1. line is a units label and its bodies and nothing else: (一)牵头单位:市住建局、市发改局。"""
    if line.kind != "heading" or line.level not in (2, 3) or line.damage:
        return False
    body = src.match[line.body : line.rend].strip()
    # a lead's or a member's label (a project card's 5.项目实施单位:A is its field, read with the card)
    return (
        ":" in body[:_NUMBERED_LABEL_MAX]
        and is_responsibility_line(body)
        and opening_label_role(body) in _SECTION_LABEL_ROLES
    )


def _card_label_line(src: SourceDocument, line: Line) -> bool:
    """Whether a (一) or 1. line is a label of any role and its bodies: (五)责任单位:各乡镇。"""
    if line.kind != "heading" or line.level not in (2, 3) or line.damage:
        return False
    body = src.match[line.body : line.rend].strip()
    return ":" in body[:_NUMBERED_LABEL_MAX] and is_responsibility_line(body)


def _card_value_field(src: SourceDocument, line: Line) -> bool:
    """Whether a numbered heading is a card's short field with its value on the line ((四)完成时限:2018年12月底), as the
    label lines are: no title over items."""
    body = src.match[line.body : line.rend].strip()
    name, colon, value = body.partition(":")
    return (
        bool(colon and value.strip())
        and len(name) <= _NUMBERED_LABEL_MAX
        and len(body) <= _CARD_TITLE_MAX
        and not _SENTENCE_PUNCT.search(name)
    )


def _label_lines_close_card(src: SourceDocument, lines: list[Line], k: int) -> bool:
    """Whether the numbered label line at ``k`` is among the last fields of a card: the headings of its level after it,
    up to a heading of a higher level (or the end), are label lines too or short fields with their value
    ((五)完成时限:2018年12月底), and the one right before it is a field heading with a colon or a title alone
    (…(四)治理时限:2018年12月底 / (五)责任单位:A / (六)配合单位:B / 二、…)."""
    level = lines[k].level or 0
    for ln in lines[k + 1 :]:
        if not ln.stripped:
            continue
        probe = replace(ln, kind="content")
        _classify_marker(probe)
        if probe.kind != "heading" or probe.level is None:
            continue
        if probe.level < level:
            break
        if probe.level == level and not (_card_label_line(src, probe) or _card_value_field(src, probe)):
            return False
    before = next(
        (
            ln
            for ln in reversed(lines[:k])
            if ln.closes_card is None and ln.kind == "heading" and ln.level is not None and ln.level <= level
        ),
        None,
    )
    if before is None or before.level != level or not _card_holds_items(lines, k, level):
        return False
    title = src.match[before.body : before.rend].strip()
    return len(title) <= _CARD_TITLE_MAX and not _SENTENCE_PUNCT.search(title.split(":", 1)[0])


def _card_holds_items(lines: list[Line], k: int, level: int) -> bool:
    """Whether the card a label line at ``k`` closes numbers items below its fields ((三)治理内容 / 1.… / 2.…): a
    heading deeper than ``level`` after the card's own heading. A project's fields alone (1、建设地点 / 4、建设单位:A)
    number no items: their label names the project's unit."""
    for ln in reversed(lines[:k]):
        if ln.kind != "heading" or ln.level is None or ln.closes_card is not None:
            continue
        if ln.level < level:
            return False
        if ln.level > level:
            return True
    return False


def _label_lines_over_item(src: SourceDocument, lines: list[Line], k: int) -> bool:
    """Whether the numbered label lines from line ``k`` on are followed, at their level, by an item of the same
    section (…(二)组成单位:C、D。 / (三)主要工作任务…), not by the next section (四、组织机构 / (一)主办单位:A /
    (二)承办单位:B / 五、…: a list of the roles alone)."""
    level = lines[k].level
    for ln in lines[k + 1 :]:
        if not ln.stripped:
            continue
        probe = replace(ln, kind="content")
        _classify_marker(probe)
        if probe.kind != "heading":
            continue
        if (probe.level or 9) < (level or 0):
            return False
        if probe.level == level and not is_responsibility_line(src.match[probe.body : probe.rend].strip()):
            return True
    return False


def _label_lost(s: str) -> bool:
    """:市市容局 on a line of its own: a responsibility cell whose label a page's conversion lost, its colon and its
    units left (a 民生工程 page's task sentence, then the cell)."""
    rest = s[1:]
    return (
        s[:1] == ":" and len(s) <= _ROLE_LINE_MAX and not re.search(r"[|。;:]", rest) and is_unit_list(rest)
    )


def _units_below(lines: list[Line], k: int) -> bool:
    """Whether the next line with text after line ``k`` lists units and nothing else (no table row, no
    sentence)."""
    nxt = next((ln.stripped for ln in lines[k + 1 :] if ln.stripped), "")
    return len(nxt) <= _ROLE_LINE_MAX and not re.search(r"[|。;:]", nxt) and is_unit_list(nxt)


def _cut_role_sentence(src: SourceDocument, lines: list[Line]) -> None:
    """此项工作由市城管局牵头,市规划局、市房产局 as the text's last line: an excerpt cut inside its role sentence. A
    role sentence up to the last comma and a list of units after it is the responsibility line it began."""
    last = next((ln for ln in reversed(lines) if ln.kind != "blank"), None)
    if last is None or last.kind != "content" or last.rend - last.lstart > _ROLE_LINE_MAX:
        return
    m = src.match
    if m[last.rend - 1] in _TERMINAL or (cut := m.rfind(",", last.lstart, last.rend)) < 0:
        return
    if is_role_sentence(src, last.lstart, cut) and is_unit_list(m[cut + 1 : last.rend]):
        last.kind = "responsibility"


# the kind of document an attachment's title ends with (…事项清单, …服务指南样本, …计划安排表)
_DOC_TITLE_END = re.compile(r"(?:表|清单|方案|样本|样表|指南|目录|办法|细则|计划|要点|台账|模板|范本)\s*$")


def _restarted_entry(s: str, item: re.Match[str]) -> bool:
    """附件:1.某区事项清单 / 1. 某区服务指南样本: an entry numbered 1 again (a page's list restarting its count), a
    document's title: one more attachment."""
    return (
        item.group(1) == "1"
        and len(s) <= _TITLE_MAX
        and not _SENTENCE_PUNCT.search(s)
        and _DOC_TITLE_END.search(s) is not None
    )


def _list_follows(lines: list[Line], k: int) -> bool:
    """Whether the next line with text after line ``k`` is a list's first entry: 1.某区重点项目推进计划表 (a title)."""
    j = k + 1
    while j < len(lines) and not lines[j].stripped:
        j += 1
    if j == len(lines):
        return False
    item = _LIST_ITEM.match(lines[j].stripped)
    return item is not None and item.group(1) == "1" and "。" not in lines[j].stripped


def _signs_off(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is a signature: the next line with text is a date alone."""
    j = k + 1
    while j < len(lines) and not lines[j].stripped:
        j += 1
    return j < len(lines) and _DATE_LINE.match(lines[j].stripped) is not None


def _mark_signatures(lines: list[Line]) -> None:
    # The short line right above a lone date is the signature (issuing body), not section text.
    for i, line in enumerate(lines):
        if line.kind != "date":
            continue
        j = i - 1
        while j >= 0 and lines[j].kind == "blank":
            j -= 1
        if j >= 0 and lines[j].kind == "content":
            s = lines[j].stripped
            if len(s) <= 40 and not _SENTENCE_PUNCT.search(s):
                lines[j].kind = "signature"


# --------------------------------------------------------------------------- outline

_IGNORED = {"blank", "boilerplate", "meta", "date", "signature", "attachment_list", "table"}


_RUN_ON_SUB = re.compile(r"\s*([^\s。,;:!?()]{2,12})\((?:一|-|—)\)(?=[\u4e00-\u9fff])")
_SPACED_TITLE = re.compile(r"\s*([^\s。,;:!?()]{2,20})[ \t\u3000]+(?=[\u4e00-\u9fff])")


def _title_of(src: SourceDocument, line: Line) -> tuple[str, bool]:
    """Heading title (text after the marker up to the first 。) and whether the line carries body text."""
    return _title_at(src.text, src.match, line.body, line.rend)


@lru_cache(maxsize=4096)  # asked of one line by several steps (heading, group heading, item, frame)
def _title_at(text: str, match: str, body: int, rend: int) -> tuple[str, bool]:
    body_match = match[body:rend]
    cut = body_match.find("。")
    spaced = _SPACED_TITLE.match(body_match) if (" " in body_match or "\u3000" in body_match) else None
    if spaced is not None and _SENTENCE_PUNCT.search(body_match, spaced.end()):
        # 一、总体要求 以科学发展观为统领,…: on a page that lost its line breaks a blank ends the title
        return text[body : body + spaced.end(1)].strip(), True
    sub = _RUN_ON_SUB.match(body_match)
    if sub is not None and _SENTENCE_PUNCT.search(body_match, sub.end()) and (cut < 0 or cut > sub.end()):
        # 一、总体要求(一)指导思想以…: on a page that lost its line breaks the first sub-item's marker ends the title
        return text[body : body + sub.end(1)].strip(), True
    if cut < 0:
        return text[body:rend].strip(), False
    rest = body_match[cut + 1 :].strip()
    return text[body : body + cut].strip(), bool(rest)


def _cut_off(line: Line) -> bool:
    """The last heading of a text stops without terminal punctuation: the excerpt was cut inside it."""
    return _ends_open(line)


_OPENERS = "(（〔【["
_CLOSERS = ")）〕】]"


def _open_quote(line: Line) -> bool:
    """The line leaves a quotation open (关于"加大力度落实'米袋子'): the excerpt was cut inside it."""
    return line.match.count('"') % 2 == 1


def _bracket_left_open(line: Line, nxt: Line) -> bool:
    """Whether ``line`` leaves a bracket open that ``nxt`` closes (a clause broken over two lines)."""
    s = line.stripped
    depth = sum(s.count(c) for c in _OPENERS) - sum(s.count(c) for c in _CLOSERS)
    if depth <= 0:
        return False
    t = nxt.stripped
    first_close = min((k for k in (t.find(c) for c in _CLOSERS) if k >= 0), default=-1)
    first_open = min((k for k in (t.find(c) for c in _OPENERS) if k >= 0), default=len(t))
    return 0 <= first_close < first_open


def _ends_open(line: Line) -> bool:
    """The line stops mid-sentence (lost line break inside a paragraph). A closing bracket of any kind ends a
    paragraph: its clause's (责任单位:A) is as often printed 【责任单位:A】, 〔…〕 or [...]."""
    s = line.stripped
    return bool(s) and s[-1] not in _TERMINAL + ")】〕]\"'"


_ROLE_LINE_MAX = 90  # a longer line is a paragraph, never a role sentence alone (saves the test)
_VOCAB = vocabulary()
_TASK_FIELD = re.compile(
    r"\s*(?:"
    + _VOCAB.columns_pattern("task")
    + r")\s*:\s*(?:\|\s*)?(?=[\u3400-\u9fff\"“]|\d{1,4}\s*[.、](?!\d))"
)
# 重点工作: | 135.统筹…: the task's own number in a list, before its text in the field (a page flattened with bars)
_FIELD_NUMBER = re.compile(r"(\d{1,4})\s*[.、]\s*(?=[\u3400-\u9fff\"“])")
_TASK_NUMBER = re.compile(
    r"\s*(?:"
    + "|".join(map(re.escape, _VOCAB.task_numbers))
    + r")\s*(?:\d{1,4}|[一二三四五六七八九十百]{1,4})\s*$"
)
_PROGRESS_FIELD = re.compile(r"\s*(?:" + "|".join(map(re.escape, _VOCAB.progress_fields)) + r")")
_TASK_DIGITS = re.compile(r"\d{1,4}|[一二三四五六七八九十百]{1,4}(?=\s*$)")
_TASK_PAGE_HEAD = 12  # the task field of a tracking page comes within its first lines with text


@dataclass
class TaskPage:
    field: int  # the line of the task field (重点工作: X)
    body: int  # where the task's text starts
    number: str  # 29 of 任务29, the line naming the task; "" (unnumbered) without one
    progress: int | None  # the line of the progress field (进展情况), after which nothing is a measure

    def owns(self, i: int) -> bool:
        """Whether line ``i`` is the task field or part of the progress report."""
        return i == self.field or (self.progress is not None and i >= self.progress)


def _task_page(lines: list[Line]) -> TaskPage | None:
    """任务29 / 重点工作: X / 牵头单位: A / 进展情况: 1.… — a tracking page for one task of a list: a task field near
    the top with no heading before it, and a line naming the task (任务29) or a progress field after it."""
    # the first lines with any text: blank lines and portal furniture above take no part of the budget
    head = [
        k for k, line in enumerate(lines) if line.kind not in ("blank", "boilerplate") and line.match.strip()
    ][:_TASK_PAGE_HEAD]
    if not any(":" in lines[k].match for k in head):
        return None
    number = None
    for k in head:
        line = lines[k]
        if line.kind == "heading":
            return None
        if number is None and _TASK_NUMBER.fullmatch(line.match):
            digits = _TASK_DIGITS.search(line.text)  # 任务29 -> 29
            number = digits.group() if digits else "1"
            continue
        field_m = _TASK_FIELD.match(line.match)
        if field_m is None:
            continue
        progress = next(
            (
                j
                for j in range(k + 1, len(lines))
                if _PROGRESS_FIELD.match(lines[j].match) and lines[j].kind != "heading"
            ),
            None,
        )
        own = _FIELD_NUMBER.match(line.match, field_m.end())
        if number is None and progress is None:
            return None
        if own is not None:
            return TaskPage(k, line.start + own.end(), number or own.group(1), progress)
        return TaskPage(k, line.start + field_m.end(), number or "", progress)
    return None


def parse_structure(src: SourceDocument) -> Outline:
    """Sections, measures, responsibility lines, attachments and problems of one document (see
    :func:`_parse_structure`), with the tail of an item the page opens inside (:func:`_excerpt_head`)."""
    out = _parse_structure(src)
    _excerpt_head(src, out)
    _articles_beside_articles(out)
    _titled_body_duties(src, out)
    _footer_label(src, out)
    _kind_line_items(src, out)
    return out


def _text_below(lines: list[Line], m: MeasureItem) -> int:
    """Where an item's text ends: its span, and the plain paragraphs printed below it up to the next item, heading or
    unit line (3. / 应急措施。 / 应急管理部门负责…: the lines under a title-only item are its text)."""
    end = m.span.end
    for ln in lines[m.line + 1 :]:
        if ln.start < m.span.end or ln.kind == "blank":
            continue
        if ln.kind != "content":
            break
        end = ln.rend
    return end


def _kind_line_items(src: SourceDocument, out: Outline) -> None:
    """An item whose lines each open with departments by their kind and their act (3. / 应急措施。 / 应急管理部门负责… /
    气象部门开展… / 水文部门根据…), no clause or unit line of its own but some of these lines' bare 负责: those kinds its
    units (heldout112 fd10's gold records each)."""
    owned = {mi for r in out.responsibility for mi in r.measures}
    for mi, m in enumerate(out.measures):
        if mi in owned:
            continue
        kinds = kind_line_subjects(src.match, m.body, _text_below(out.lines, m))
        if kinds and all(any(k.start <= c.start <= k.end for k in kinds) for c in m.clauses):
            m.clauses = kinds
            m.inline_clause = kinds[-1]


# 增城经济技术开发区园区发展局机构职能 / (一)负责统筹… : a page titled with a body and the word for its duties
# 区政府办公室和区教育局为全国中学生运动会的总协调机构: bodies, the copula, then the kind of body they are made
_TITLED_AS = re.compile(
    r"(?P<u>[^,;。:为]{2,40}?)(?:均|都)?为[^,;。:]{0,30}(?:"
    + "|".join(map(re.escape, _VOCAB.designated_bodies))
    + r")$"
)
_DUTIES_TITLE = re.compile("(?:" + "|".join(map(re.escape, _VOCAB.duties_titles)) + r")\s*$")


def _titled_body_duties(src: SourceDocument, out: Outline) -> None:
    """A page titled with a body and the word for its functions, its items naming no body (增城经济技术开发区园区发展局
    机构职能 / (一)负责统筹… / (二)会同有关部门编制…): the body is every item's unit (heldout90 eh10, read after
    round 39's score)."""
    if not out.measures or out.responsibility or any(m.clauses for m in out.measures):
        return
    first = out.measures[0].line
    for k in range(first):
        ln = out.lines[k]
        tm = _DUTIES_TITLE.search(src.match, ln.lstart, ln.rend) if ln.kind in ("content", "title") else None
        if (
            tm is None
            or tm.start() - ln.lstart < _TITLE_BODY_MIN
            or not is_unit_list(src.match[ln.lstart : tm.start()])
        ):
            continue
        span = Span(ln.lstart, tm.start())
        out.responsibility.append(
            ResponsibilityLine(span=span, line=k, section=None, measures=list(range(len(out.measures))))
        )
        return


_TITLE_BODY_MIN = 3  # 市人社局: a body's name before the word for its duties (职能 alone names none)


def _footer_label(src: SourceDocument, out: Outline) -> None:
    """A policy page closed by one bracketed label under its last item (一、…享受以下政策: / 1、… / 三、… /
    【牵头部门】滑县商务局 / 联系电话:…), the page's only responsibility and no item naming a body: the label covers
    every item of the page, as a policy card's footer does (heldout179 hs03)."""
    if len(out.responsibility) != 1 or any(m.clauses for m in out.measures[:-1]):
        return
    r = out.responsibility[0]
    text = src.match[r.span.start : r.span.end].lstrip()
    if r.table or r.section_level or not text.startswith(_FOOTER_OPEN) or len(out.measures) < 2:
        return
    last = out.measures[-1]
    if r.line <= last.line or r.measures != [len(out.measures) - 1]:
        return
    if any(ln.kind in ("heading", "measure") for ln in out.lines[r.line + 1 :]):
        return  # more items after the label: it closes the item above it
    r.measures = list(range(len(out.measures)))


_FOOTER_OPEN = "【"  # 【牵头部门】: a policy card's bracketed field label


def _articles_beside_articles(out: Outline) -> None:
    """第五条 市人民政府应当履行下列职责: / (一)… / 第六条 乡镇人民政府应当…: an itemless article after an article
    whose items made it a section is that article's sibling, not one of its items: it belongs to the article's
    own section, and takes none of its bodies."""
    for mi, m in enumerate(out.measures):
        sec = out.sections[m.section] if m.section is not None else None
        if sec is None or not _is_article(m.number) or not _is_article(sec.number):
            continue
        m.section = sec.parent
        for r in out.responsibility:
            if sec.heading.start <= r.span.start < sec.heading.end:
                r.measures = [k for k in r.measures if k != mi]
                r.also = [k for k in r.also if k != mi]


def _is_article(number: str) -> bool:
    opening = article_opening(fold(number).strip())
    return opening is not None and opening[1] == "条"


_ITEM_VALUE = re.compile(r"\d+|[一二三四五六七八九十百零〇]+")


def _item_value(number: str) -> int | None:
    """The value of an item's number as printed ((四), 3., ⑶ -> None)."""
    m = _ITEM_VALUE.search(fold(number))
    if m is None:
        return None
    return int(m.group()) if m.group().isdigit() else cn_to_int(m.group())


def _excerpt_head(src: SourceDocument, out: Outline) -> None:
    """A page that opens inside an item, its number and heading on the previous page (范意识和防护能力。(A、B按职责分工
    负责) / (四)持续推进…): when the first item is not the first of its series, no heading stands before it and the
    paragraph right before it, on lines of its own, ends with its own clause, that paragraph is the cut item's
    tail, an unnumbered measure of the first item's level."""
    if not out.measures:
        return
    first = out.measures[0]
    value = _item_value(first.number)
    lines = out.lines
    if value is None or value < 2 or any(ln.kind in ("heading", "measure") for ln in lines[: first.line]):
        return
    if src.text[: first.span.start].rstrip(" \t\u3000")[-1:] not in ("", "\n", "\r"):
        return  # an item run on after the text before it (…(责任单位:市经信局)二、…): a page's own flow, not a cut
    items = _paragraph_items(lines[: first.line])
    labels = _tail_labels(out, items)
    if labels:
        items = items[: -len(labels)]
    if not items or lines[items[-1][0]].kind != "content":
        return
    a, b = items[-1]
    found = find_inline_clauses(src, lines[a].lstart, lines[b].rend)
    clause = found[-1] if found else None
    if labels:
        if clause is not None or lines[b].stripped[-1:] not in _TERMINAL:
            return
    elif clause is None or _CLAUSE_TAIL.sub("", src.match[clause.end : lines[b].rend]):
        if not _charges_at_opening(src, lines[a].lstart, lines[b].rend):
            return
        clause = None  # 各县(区)和相关部门要加强…: a cut item's tail charging its bodies (heldout74 dr04)
    # the page's running header may run into the paragraph: the tail starts with the last block a blank line sets apart
    a = max(k for k in range(a, b + 1) if k == a or lines[k - 1].kind == "blank")
    _add_measure(out, src, a, "", first.level, [], None, clause, False, b + 1)
    out.measures.insert(0, out.measures.pop())
    lines[a].kind = "measure"
    for r in out.responsibility:  # indices into the measures move up by one
        r.measures = [k + 1 for k in r.measures]
        r.also = [k + 1 for k in r.also]
        if r.line in labels:  # the cut item's own label lines (牵头单位:… under its tail)
            r.measures, r.also, r.section_level = [0], [], False
    out.line_owner = [
        ("measure", owner[1] + 1) if owner is not None and owner[0] == "measure" else owner
        for owner in out.line_owner
    ]
    _fill_measure_owner(out)
    out.problems.append("the page opens inside an item: its last paragraph taken as an unnumbered measure")


def _charges_at_opening(src: SourceDocument, start: int, end: int) -> bool:
    """Whether the paragraph ``start``..``end`` opens with the bodies its sentence charges (各县(区)和相关部门要…),
    no preamble's words in it (…通知如下: / …认真组织实施: [excerpt_tail]) nor an item's number inline (…如下:一、…)."""
    while start < end and src.match[start] in " \t\u3000":
        start += 1
    text = src.match[start:end]
    if any(w in text for w in vocabulary().excerpt_tail_not) or _INLINE_ITEM.search(text):
        return False
    charged = find_charged_bodies(src, start, end, kinds=True)
    return bool(charged) and charged[0].start == start


_INLINE_ITEM = re.compile(rf"[:。]\s*(?:[{_CN}]{{1,3}}、|\d{{1,2}}[.、])")


def _tail_labels(out: Outline, items: list[tuple[int, int]]) -> list[int]:
    """The label lines (牵头单位:… / 协办单位:…) right before a page's first item, under a paragraph, where the page
    sets its items' units on such lines under each item (its first item among them): the cut item's own lines."""
    labels: list[int] = []
    for a, b in reversed(items):
        if a != b or out.lines[a].kind != "responsibility":
            break
        labels.insert(0, a)
    first = out.measures[0]
    after = (k for k in range(first.line + 1, len(out.lines)) if out.lines[k].start >= first.span.end)
    stop = next(after, None)
    if not labels or len(labels) == len(items) or stop is None or not _owned_below(out.lines, stop):
        return []
    return labels


def _parse_structure(src: SourceDocument) -> Outline:
    """The outline of :func:`_marked_structure`, or the page's (1)/⑴/① items raised to the 1. rung where it writes
    no 1. items and these give more numbered measures (:func:`_raise_item_markers`)."""
    out = _marked_structure(src)
    _lead_sentence_blocks(src, out)
    _division_paragraph_measures(src, out)
    _ordinal_paragraphs_under_items(src, out)
    levels = {ln.level for ln in out.lines if ln.level}
    if 3 in levels or not levels & {4, 5}:
        return out  # the page writes 1. items, or none a rung down: nothing to raise (no second reading)
    raised = _raised_item_parse(src)
    return raised if raised is not None and _numbered(raised) > _numbered(out) else out


# (一) items over 一是 paragraphs: a 1. item's 一是 lines are its own text, and a 一、 item's the annotators split
# or not (heldout41 ci09 against heldout33 ca14)
_ORDINAL_ITEM_LEVEL = 2
_CHARGED_ORDINALS_MIN = 3  # 一是…三是 tasks each charging its bodies: a division of the item's work, no aside
_DIVISION_PARAGRAPHS_MIN = 3  # paragraphs under a 任务分工 heading: a division of duties, not a note
_DIVISION_TITLE_MAX = 12  # 四、任务分工 / (三)部门职责分工: a title alone, never a sentence


def _division_paragraph_measures(src: SourceDocument, out: Outline) -> None:
    """A title-only heading that divides the duties (四、任务分工 / (三)职责分工) over unnumbered paragraphs, no
    heading among them, most opening with the body that acts (县公安局负责… / 县委宣传部、县文旅局负责…): each
    paragraph is an unnumbered measure, its own bodies its units."""
    added = False
    dropped: set[int] = set()
    for head, stop, path, attachment, measure in _division_heads(src, out):
        items = _division_paragraphs(src, out.lines, head, stop)
        if not items:
            continue
        if measure is not None:
            dropped.add(measure)
        for a, b in items:
            out.lines[a].kind = "measure"
            clauses = find_inline_clauses(src, out.lines[a].lstart, out.lines[b].rend)
            clause = clauses[0] if clauses else _body_label(src, out.lines[a])
            _add_measure(out, src, a, "", 3, path, attachment, clause, False, b + 1)
        added = True
    if added:
        _reorder_measures(out, dropped)
        out.problems.append(
            "a title-only 任务分工 heading over paragraphs opened by bodies: each paragraph a measure"
        )


def _division_heads(
    src: SourceDocument, out: Outline
) -> list[tuple[int, int, list[int], str | None, int | None]]:
    """The 一、/(一) headings titled as a division of duties (任务分工, 职责分工) that hold no measure, or are one on
    a page that writes 1. items, each as its line, the line its text stops before, its section path, attachment and
    measure (or None). A heading that is a measure on a page with no 1. items stays one: annotation.md takes 一、
    items with text then."""
    lines = out.lines
    found: list[tuple[int, int, list[int], str | None, int | None]] = []
    for idx, sec in enumerate(out.sections):
        if sec.level in (1, 2) and is_division_section(fold(sec.title), paragraphs=True):
            if not any(idx in m.section_path for m in out.measures):
                head = next((k for k, ln in enumerate(lines) if ln.start >= sec.heading.start), len(lines))
                stop = next(
                    (k for k in range(head, len(lines)) if lines[k].start >= sec.span.end), len(lines)
                )
                found.append((head, stop, _section_chain(out, idx), sec.attachment, None))
    items_below = any(m.level >= 3 for m in out.measures)
    # 二、职责分工 / 市住建局负责…。 / 市财政局负责…。 on a page that writes 1. items, or a heading that names the
    # plan's part and nothing else (三、组织机构和职责分工 / 市政府成立…。 / 交通部门:负责…): the heading read as an
    # item for the units its paragraphs name is no task of its own (二、明确部门责任分工, a task's title, stays the
    # measure on a page with no 1. items: heldout28 bv03's gold)
    for mi, m in enumerate(out.measures):
        title = src.match[m.body : lines[m.line].rend]
        if (
            m.number
            and m.level in (1, 2)
            and (items_below or _division_part_title(title))
            and is_division_section(title, paragraphs=True)
        ):
            stop = next(
                (k for k in range(m.line + 1, len(lines)) if lines[k].kind in ("heading", "measure")),
                len(lines),
            )
            found.append((m.line, stop, list(m.section_path), m.attachment, mi))
    return found


# 职责分工 / 组织机构和职责分工 / 组织领导与任务分工: a division word alone or joined to another part's noun
_DIVISION_PART_JOINED = re.compile(r"[\u4e00-\u9fff]{2,6}[和及与]")


def _division_part_title(title: str) -> bool:
    """Whether a heading's ``title`` (match text) names the division of duties as a part of the plan and nothing
    else: a division word (``[division_section]``) alone or after another part's noun and a join (组织机构和…)."""
    t = title.strip(" \t\u3000:。")
    return any(
        t == w or (t.endswith(w) and _DIVISION_PART_JOINED.fullmatch(t[: -len(w)]) is not None)
        for w in (*vocabulary().division_sections, *vocabulary().division_paragraph_sections)
    )


_PHASE_PIECE = re.compile(r"[,;。:\n]\s*")
# 各区、开发(新)区|结合本区实际 / 各县区|积极… / 各镇|按照…: the words opening a collective's act (data: [duty])
_ACTS_AFTER_COLLECTIVE = (
    *_VOCAB_LISTS.collective_acts,
    *_VOCAB_LISTS.duty_acts,
    *_VOCAB_LISTS.later_acts,
)
_PHASE_ACTOR_MAX = 16  # a collective of bodies opening a phase's comma piece (各县和市级有关部门)


def _phase_actors(src: SourceDocument, start: int, end: int) -> Span | None:
    """The bodies acting in a phase: a comma piece of the phase text ``start``..``end`` (past an ordinal word: 二是…。
    各区县政府…) opening with a collective of bodies addressed by 各 (各县和市级有关部门根据… / 各区县政府和地区管委会
    建立…), or with bodies named with their level or place that its sentence charges (8月底前,县交通运输局要开展… /
    (二)县政务服务中心要组织验收, at the phase's opening); None when no piece does."""
    from policykg.loaders.extract.units import UnitLexicon

    m = src.match
    lexicon = UnitLexicon.load_default()
    for p in (start, *(piece.end() for piece in _PHASE_PIECE.finditer(m, start, end))):
        opening = ordinal_opening(m[p : p + 8])
        if opening is not None:
            p += opening[2]
        if p >= end:
            continue
        if m[p] != "各":
            named = find_charged_bodies(src, p, min(end, _sentence_stop(m, p, end)))
            if named and named[0].start == p:
                return Span(p, named[-1].end)
            own = find_inline_clause(src, p, _sentence_stop(m, p, end)) if p == start else None
            if own is not None and own.start == p:
                return own  # (一)县政务服务中心负责制定实施方案: the phase opens with its body and role verb
            acting = division_subject(src, p, min(end, _sentence_stop(m, p, end)))
            if (
                acting is not None
                and acting.start == p
                and m.startswith(_ACTS_AFTER_COLLECTIVE, acting.end)
                and not m[acting.start : acting.end].endswith(_VOCAB_LISTS.points_not_doers)
            ):
                return acting  # 1.县安监局对全县企业进行摸底 / 区城管局组建…: a named body and its own act
            continue
        limit = min(end, p + _PHASE_ACTOR_MAX)
        # 各乡镇|要抓2-3个行政村作为村… / 各镇区|相应召开会议: a name its duty's modal or its own act follows ends the
        # collective (heldout132 fx09; round 48's reviews)
        modal = next((k for k in range(p + 2, limit) if _opens_modal(m, k)), None)
        acting = _collective_act(m, p, limit)
        stops = [k for k in (modal, acting) if k is not None]
        named = _collective_end(m, p, min(stops) if stops else limit, lexicon)
        if named is not None:
            return Span(p, named)
    return None


def _collective_act(m: str, p: int, end: int) -> int | None:
    """Where the words of a collective's own act open after the 各 at ``p`` (各镇区|相应…, 各区、开发(新)区|结合…), before
    ``end`` and any comma; None when none does."""
    for k in range(p + 2, end):
        if m[k] in _PIECE_MARKS:
            return None
        if m.startswith(_ACTS_AFTER_COLLECTIVE, k):
            return k
    return None


_PIECE_MARKS = ",;。:\n"


def _collective_end(m: str, p: int, stop: int, lexicon: UnitLexicon) -> int | None:
    """Where the collective opening at ``p`` ends, by ``stop`` (its modal or its own act): its shortest name that is a
    list of bodies or of places by their level (各乡镇, 各部门), grown only through a list's join or bracket (各县(市、区),
    各区、开发(新)区, 各县和市级有关部门), more level words (各镇|区) or a government's head (各区县|政府); never a kind of
    firm (各企业, 各类企业), a thing (各项工作) or the task's words after the name (各乡镇|建立…台账, 各部门|立即行动); None
    when no name opens there."""
    names = [k for k in range(p + 2, min(stop, len(m)) + 1) if _collective_name(m[p:k], lexicon)]
    if not names:
        return None
    end = names[0]
    for k in names[1:]:
        if (
            k - end == 1  # 各部|门, 各镇|区: the name's own last character
            or m[end] in _LIST_JOINS
            or _LEVELS_ONLY.fullmatch(m, p, k)
            or m[end:k] in _VOCAB_LISTS.ranked_bodies
        ):
            end = k
    return end


_LIST_JOINS = "、和及与("
# 县政府召开了全县动员大会 / 截至6月底,共清理垃圾3000吨: a step reported as done, no task (round 48's review e)
_DONE_ITEM = re.compile(r"(?<![为除])了(?!解)|" + "|".join(map(re.escape, _VOCAB_LISTS.steps_done_words)))
_BRACKET_TAIL = re.compile(
    r"\([^()]{1,8}\)$"
)  # 各县(市、区) / 各乡(镇): a bracket of the places' other kinds


def _collective_name(name: str, lexicon: UnitLexicon) -> bool:
    """Whether ``name`` is a collective of bodies or of places (各乡镇, 各县(市、区), 各区县政府), no firm or kind of firm."""
    if _firms_or_kind(name) or name.endswith(_VOCAB_LISTS.points_not_doers):
        return False  # 各企业 / 各燃气企业 / 各类企业: the firms a phase reaches, no bodies
    tail = _BRACKET_TAIL.search(name)
    core = name[: tail.start()] if tail is not None else name
    return bool(_LEVELS_ONLY.fullmatch(core)) or (lexicon.ends_as_unit(core) and is_unit_list(core))


# 各区 / 各镇区 / 各县市区 / 各乡镇街道: a collective of places by their level words alone (data: [duty] listed_levels)
_LEVELS_ONLY = re.compile(
    "各(?:" + "|".join(map(re.escape, sorted(_VOCAB_LISTS.listed_levels, key=len, reverse=True))) + "){1,4}"
)


def _opens_modal(m: str, at: int) -> bool:
    """Whether a duty's modal opens at ``at`` (要, 应当, 须; not 要求 or 应急)."""
    return m.startswith(_VOCAB_LISTS.duty_modals, at) and not m.startswith(_VOCAB_LISTS.not_modals, at)


def _sentence_stop(m: str, at: int, end: int) -> int:
    stop = m.find("。", at, end)
    return end if stop < 0 else stop


def _division_paragraphs(
    src: SourceDocument, lines: list[Line], head: int, stop: int
) -> list[tuple[int, int]]:
    """The paragraphs under a division heading at line ``head`` when it is a title alone, they are its whole text
    and most open with a clause naming the bodies that act (县公安局负责…), else none."""
    title = src.match[lines[head].body : lines[head].rend].strip(" \t\u3000:。")
    if len(title) > _DIVISION_TITLE_MAX or re.search(r"[,;。]", title):
        return []
    items = []
    for a, b in _paragraph_items(lines[head + 1 : stop]):
        a, b = a + head + 1, b + head + 1
        if _announcing_line(lines[a]):  # 相关职能部门分工如下:: the division's lead-in, no duty
            a += 1
        if a <= b:
            items.append((a, b))
    if len(items) < _DIVISION_PARAGRAPHS_MIN or any(
        lines[a].kind not in ("content", "measure", "responsibility") for a, _b in items
    ):
        return []
    opened = 0
    for a, b in items:
        found = find_inline_clauses(src, lines[a].lstart, lines[b].rend)
        opened += (bool(found) and found[0].start == lines[a].lstart) or _body_label_opening(src, lines[a])
    return items if 2 * opened > len(items) else []


_ANNOUNCE_MAX = 20  # 相关职能部门分工如下: / 具体分工如下:: one short clause closed by a colon
_BODY_LABEL_MAX = 16  # 工商行政管理部门: / 监察、纠风部门:: a duty line's bodies before its colon


def _announcing_line(line: Line) -> bool:
    """Whether ``line`` is one short clause closed by a colon, announcing the lines after it (具体分工如下:)."""
    s = line.match.strip()
    return s.endswith(":") and len(s) <= _ANNOUNCE_MAX and re.search(r"[,;。]", s) is None


def _body_label_opening(src: SourceDocument, line: Line) -> bool:
    """Whether ``line`` opens with the bodies whose duty it states, a colon after them (交通部门:负责… / 监察、纠风部门:
    负责…): the name, or the last of its 、-pieces sharing one noun, names bodies (:func:`names_division_bodies`)."""
    return _body_label(src, line) is not None


def _body_label(src: SourceDocument, line: Line) -> Span | None:
    """The bodies a duty line opens with before its colon (see :func:`_body_label_opening`), else None."""
    m = src.match
    colon = m.find(":", line.lstart, min(line.rend, line.lstart + _BODY_LABEL_MAX + 1))
    if colon < 0:
        return None
    label = m[line.lstart : colon].strip()
    named = names_division_bodies(label) or names_division_bodies(label.rsplit("、", 1)[-1])
    return Span(line.lstart, colon) if named else None


def _section_chain(out: Outline, idx: int) -> list[int]:
    """Section ``idx`` and its ancestors, outer first."""
    chain: list[int] = []
    at: int | None = idx
    while at is not None:
        chain.insert(0, at)
        at = out.sections[at].parent
    return chain


def _ordinal_paragraphs_under_items(src: SourceDocument, out: Outline) -> None:
    """An (一) item whose heading is a title alone ((一)加强家庭保护。) over paragraphs each opened by the next ordinal
    word on a line of its own (一是强化…。… / 二是加大…。…): the paragraphs are its tasks, each a measure numbered
    as written, not the heading."""
    dropped: set[int] = set()
    for mi, m in enumerate(list(out.measures)):
        items = (
            _labelled_ordinal_runs(src, out.lines, m)
            or _ordinal_paragraphs(src, out.lines, m)
            or _charged_ordinal_run(src, out.lines, m)
            or _charged_sub_items(src, out.lines, m)
        )
        if not items:
            continue
        dropped.add(mi)
        for a, b, word, skip, span in items:
            _add_run_measure(src, out, a, b, word, span, skip)
            item = out.measures[-1]
            item.section, item.section_path, item.attachment = m.section, list(m.section_path), m.attachment
    if dropped:
        _reorder_measures(out, dropped)
        out.problems.append(
            "a title-only item over paragraphs opened by 一是, 二是…: each paragraph a measure"
        )


# a task of an item's ordinal run: its first and last line, its word, the word's length with its comma, its text
_OrdinalTask = tuple[int, int, str, int | None, Span]


def _ordinal_paragraphs(src: SourceDocument, lines: list[Line], m: MeasureItem) -> list[_OrdinalTask]:
    """The paragraphs under item ``m``'s title-only heading, each with the ordinal word it opens with and where its
    own words start (past 第一,), when there are two or more, all of its text, numbered on from 一是; else none.
    Under a 一、 heading (五、加强…组织领导 / 一是…各级政府要… / 二是…), only where half of them charge bodies of their
    own (heldout41 ci09's gold records each; heldout33 ca14's, whose points charge none, the heading)."""
    if not m.number or m.level not in (1, _ORDINAL_ITEM_LEVEL) or _title_of(src, lines[m.line])[1]:
        return []
    stop = next((k for k in range(m.line + 1, len(lines)) if lines[k].start >= m.span.end), len(lines))
    found: list[_OrdinalTask] = []
    for a, b in _paragraph_items(lines[m.line + 1 : stop]):
        line = lines[a + m.line + 1]
        opening = ordinal_opening(line.stripped) if line.kind == "content" else None
        if opening is None or opening[1] != len(found) + 1:
            return []
        first, last = a + m.line + 1, b + m.line + 1
        end = len(src.match[: lines[last].rend].rstrip(" \t\u3000"))
        found.append((first, last, opening[0], opening[2], Span(lines[first].lstart, end)))
    if m.level == 1 and 2 * sum(1 for *_rest, span in found if _charges_own_bodies(src, span)) < len(found):
        return []  # 一、强化…引领 / 一是夯实…。二是引领…: prose points of a part's own text (heldout33 ca14's gold)
    return found if len(found) >= _ORDINALS_MIN else []


def _charged_ordinal_run(src: SourceDocument, lines: list[Line], m: MeasureItem) -> list[_OrdinalTask]:
    """The paragraphs of item ``m`` (its heading titled or run on into its text, 三、主要内容:《方案》…) that make one
    run opened by the ordinal words from 一是 on, a paragraph each (一是由A负责做好…。 / 二是由B负责…。), when the run
    has ``_CHARGED_ORDINALS_MIN`` tasks and all but one at most charge bodies of their own: each task a measure carrying its
    bodies, not the item (paragraphs before and after the run are the item's frame: a lead-in, a closing note)."""
    if not m.number:
        return []
    stop = next((k for k in range(m.line + 1, len(lines)) if lines[k].start >= m.span.end), len(lines))
    found: list[_OrdinalTask] = []
    for a, b in _paragraph_items(lines[m.line + 1 : stop]):
        first, last = a + m.line + 1, b + m.line + 1
        line = lines[first]
        opening = ordinal_opening(line.stripped) if line.kind == "content" else None
        if opening is None or opening[1] != len(found) + 1:
            if found:
                break
            continue
        end = len(src.match[: lines[last].rend].rstrip(" \t\u3000"))
        found.append((first, last, opening[0], opening[2], Span(line.lstart, end)))
    charged = sum(1 for *_rest, span in found if _charges_own_bodies(src, span))
    # one task whose body the lexicon does not know (七是由团区委负责…) leaves the run a division of duties
    return found if charged >= max(_CHARGED_ORDINALS_MIN, len(found) - 1) else []


def _charged_sub_items(src: SourceDocument, lines: list[Line], m: MeasureItem) -> list[_OrdinalTask]:
    """The (1)/⑴/① sub-items right under item ``m`` ((二)加强…企业管理,确保… / (1)各企业许可机关要强化监督… / (2)…),
    numbered on from 1, when the item charges no bodies of its own and half of its sub-items at least do: each
    sub-item a measure, not the item (annotation.md: numbered sub-items carrying their own units are the measures)."""
    if not m.number or m.level not in (1, 2) or m.clauses or m.inline_clause is not None:
        return []
    found: list[_OrdinalTask] = []
    k = m.line + 1
    while k < len(lines) and lines[k].kind == "content" and lines[k].level in (4, 5):
        if lines[k].value != len(found) + 1:
            return []
        last = k
        while last + 1 < len(lines) and lines[last + 1].kind == "content" and lines[last + 1].level is None:
            last += 1  # the sub-item's text goes on over lines a break cut
        end = len(src.match[: lines[last].rend].rstrip(" \t\u3000"))
        sub = lines[k]
        found.append((k, last, sub.number, sub.body - sub.lstart, Span(sub.lstart, end)))
        k = last + 1
    if len(found) < _ORDINALS_MIN or _charges_own_bodies(src, Span(lines[m.line].body, lines[m.line].rend)):
        return []
    charged = sum(1 for *_rest, span in found if _charges_own_bodies(src, span))
    return found if 2 * charged >= len(found) else []


def _charges_own_bodies(src: SourceDocument, span: Span) -> bool:
    """Whether the task ``span`` charges bodies of its own: as its subject or in a clause (由A负责…, A负责…)."""
    return bool(
        find_charged_bodies(src, span.start, span.end, kinds=True)
        or find_inline_clauses(src, span.start, span.end)
    )


def _labelled_ordinal_runs(src: SourceDocument, lines: list[Line], m: MeasureItem) -> list[_OrdinalTask]:
    """The tasks under a numbered item's title-only heading ((一)加强… / 1、抓好…。) when its text is all ordinal
    tasks, run together or a paragraph each (一是督促…(主办处室:A)。二是协调…(主办处室:B)。), numbered on from 一是,
    and every task names its own bodies in a labelled clause: each task a measure (where the units label sits on
    the item and its 一是 parts bear none, the item stays the measure)."""
    if not m.number or m.level not in (_ORDINAL_ITEM_LEVEL, 3) or _title_of(src, lines[m.line])[1]:
        return []
    stop = next((k for k in range(m.line + 1, len(lines)) if lines[k].start >= m.span.end), len(lines))
    found: list[_OrdinalTask] = []
    for a, b in _paragraph_items(lines[m.line + 1 : stop]):
        first, last = a + m.line + 1, b + m.line + 1
        tasks = _ordinal_tasks(src, lines[first], lines[last].rend, len(found) + 1)
        if not tasks or any(not find_inline_clauses(src, span.start, span.end) for _w, _s, span in tasks):
            return []
        found.extend((first, last, word, skip, span) for word, skip, span in tasks)
    return found if len(found) >= _ORDINALS_MIN else []


def _ordinal_tasks(
    src: SourceDocument, line: Line, end: int, value: int
) -> list[tuple[str, int | None, Span]]:
    """The ordinal tasks of the paragraph opening at ``line`` and ending at ``end``, numbered on from ``value``:
    its sentences each opened by the next word (一是…。二是…。), or the paragraph whole where its word opens it and
    numbers no sentence after it (第一,… / 首先,…); each with its word, the word's length with its comma and its
    text. None when the paragraph does not open with the word for ``value``."""
    if line.kind != "content":
        return []
    start = line.lstart
    run = ordinal_run(src.match[start:end], value)
    if run and run[0][0] == 0:
        bounds = [start + k for k, _word in run] + [end]
        return [
            (word, None, Span(lo, len(src.match[:hi].rstrip(" \t\u3000"))))
            for (_k, word), lo, hi in zip(run, bounds, bounds[1:], strict=False)
        ]
    opening = ordinal_opening(line.stripped)
    if opening is None or opening[1] != value:
        return []
    return [(opening[0], opening[2], Span(start, len(src.match[:end].rstrip(" \t\u3000"))))]


def _reorder_measures(out: Outline, dropped: frozenset[int] | set[int] = frozenset()) -> None:
    """The measures in the order of the text but the ``dropped`` ones, the indices the responsibility lines and line
    owners hold moved with them (a dropped measure's lines are no one's)."""
    order = sorted(
        (k for k in range(len(out.measures)) if k not in dropped), key=lambda k: out.measures[k].span.start
    )
    new_index = {old: new for new, old in enumerate(order)}
    out.measures = [out.measures[k] for k in order]
    for r in out.responsibility:
        r.measures = [new_index[k] for k in r.measures if k in new_index]
        r.also = [new_index[k] for k in r.also if k in new_index]
    out.line_owner = [
        (("measure", new_index[o[1]]) if o[1] in new_index else None)
        if o is not None and o[0] == "measure"
        else o
        for o in out.line_owner
    ]
    _fill_measure_owner(out)


_BLOCK_LEAD_MAX = 30  # a block's lead sentence alone on its line (建立…指标体系,发挥导向引领作用。): a title
_BLOCKS_MIN = 2  # blocks closed by their own unit line under one heading: never a lone bracket


def _block_lead(line: Line) -> bool:
    """A content line that is one short sentence alone (优化固体废物管理体制机制,强化部门分工协作。): the lead
    phrase a block of paragraphs opens with, printed on its own line as its bold title."""
    s = line.stripped
    return (
        line.kind == "content"
        and len(s) <= _BLOCK_LEAD_MAX
        and s.endswith("。")
        and s.count("。") == 1
        and s[0] not in _OPENERS  # (生态环境部指导,…负责落实。: a bracket's first line, not a lead
        and _title_kind(s, False) is None
    )


def _heading_blocks(lines: list[Line], m: MeasureItem) -> list[tuple[int, int]] | None:
    """The blocks under a title-only heading measure ``m`` (its heading line a title and nothing else), each
    opened by a lead line (:func:`_block_lead`) right under the heading or under the unit line closing the block
    before, and running to the next: None unless at least two blocks close with their own responsibility line."""
    k = m.line + 1
    while k < len(lines) and lines[k].kind in ("content", "responsibility", "blank"):
        k += 1
    shown = [j for j in range(m.line + 1, k) if lines[j].kind != "blank"]
    if not shown or not _block_lead(lines[shown[0]]):
        return None
    starts = [shown[0]] + [
        j
        for p, j in zip(shown, shown[1:], strict=False)
        if lines[p].kind == "responsibility" and _block_lead(lines[j])
    ]
    blocks = [(a, (starts[n + 1] if n + 1 < len(starts) else k) - 1) for n, a in enumerate(starts)]
    # a block is a paragraph: its lead, text under it, then its unit line (a task table one cell a line has no text)
    closed = [
        a
        for a, b in blocks
        if any(lines[j].kind == "responsibility" for j in range(a + 1, b + 1))
        and any(lines[j].kind == "content" for j in range(a + 1, b + 1))
    ]
    return blocks if len(closed) >= _BLOCKS_MIN else None


def _lead_sentence_blocks(src: SourceDocument, out: Outline) -> None:
    """(一)强化顶层设计引领。 / 建立…指标体系,发挥导向引领作用。 / 2019年6月底前,研究… / (生态环境部牵头,…参与) /
    优化…体制机制。 / …: a title-only 一、/(一) heading over blocks that each open with their lead sentence on a
    line of its own and close with their own unit bracket: each block is an unnumbered measure, not the heading
    (the bracket under the first block is that block's, not the heading's)."""
    lines = out.lines
    measures: list[MeasureItem] = []
    changed = False
    for m in out.measures:
        blocks = None
        if m.level in (1, 2) and m.number and not _is_sentence(lines[m.line]):
            if not find_inline_clauses(src, lines[m.line].body, lines[m.line].rend):
                blocks = _heading_blocks(lines, m)
        if blocks is None:
            measures.append(m)
            continue
        for a, b in blocks:
            lines[a].kind = "measure"
            _add_measure(out, src, a, "", 3, m.section_path, m.attachment, None, False, b + 1)
            measures.append(out.measures.pop())
        lines[m.line].kind = "heading"
        changed = True
    if changed:
        out.measures = measures
        out.line_owner = [None if o is not None and o[0] == "measure" else o for o in out.line_owner]
        _fill_measure_owner(out)
        for r in out.responsibility:
            r.measures, r.section_level = [], False
        _assign_lines(out)
        out.problems.append(
            "a title-only heading over blocks each opened by a lead line and closed by a unit line"
        )


def _circled_as_sub_items(lines: list[Line]) -> list[Line]:
    """A page that writes no (1) items: its ① items play their part, under a title-only 1. item (1.推进乡村振兴 /
    ①发展特色农业。(责任单位:…)) as under a title-only 一、 (一、重点任务 / ①推进改革。…)."""
    if not any(ln.kind == "heading" and ln.level == 4 for ln in lines):
        for ln in lines:
            if ln.kind == "heading" and ln.level == 5:
                ln.level = 4
    return lines


def _headings_trail(lines: list[Line]) -> bool:
    """Whether the page's one heading is its last line, after all its text (…及时认定并报告。⏎四、建立: an excerpt cut
    right after the next section's heading): the text before it read as a page with none."""
    first = next((k for k, ln in enumerate(lines) if ln.kind == "heading"), None)
    return (
        first is not None
        and any(ln.kind == "content" for ln in lines[:first])
        and all(ln.kind in ("blank", "boilerplate") for ln in lines[first + 1 :])
    )


def _read_before_attachments(src: SourceDocument, out: Outline) -> Outline | None:
    """A notice whose text before its attachment hands out its tasks in unnumbered sentences (各区人民政府…要切实加强…。
    …由市经贸局牵头负责… / 附件:…计划表 / │ 香洲区 │ 10 │): the unnumbered readings on that text alone, the attachment
    kept as it was read (heldout111 fc09); None when none finds a task there."""
    first = min(out.sections[k].heading.start for k in out.attachments)
    cut = next((k for k, ln in enumerate(out.lines) if ln.start >= first), len(out.lines))
    lines = [ln.copy() for ln in out.lines]
    for ln in lines[cut:]:
        ln.kind = "blank"
    for fallback, problem in (*_UNNUMBERED_FALLBACKS, _MODAL_FALLBACK):
        main = Outline(lines=[ln.copy() for ln in lines], line_owner=[None] * len(lines))
        fallback(src, main)
        if main.measures:
            main.lines[cut:] = out.lines[cut:]
            main.line_owner[cut:] = out.line_owner[cut:]
            main.sections, main.attachments = out.sections, out.attachments
            main.attachment_list, main.first_section_start = out.attachment_list, out.first_section_start
            main.problems = [*out.problems, *main.problems, problem]
            return main
    return None


def _numbered(out: Outline) -> int:
    """Measures with a number (the unnumbered paragraphs of a fallback are no items of a list)."""
    return sum(1 for m in out.measures if m.number)


def _in_steps(out: Outline, m: MeasureItem) -> bool:
    """Whether measure ``m`` is a task under a phase of a 实施步骤 section (its 1. items do not make the plan's
    (一) items headings: 三、…(十五)民宗部门负责… / 四、工作步骤 / (一)集中整治 / 1、宣传发动阶段…)."""
    return any(k in out.step_sections for k in m.section_path)


def _marked_structure(src: SourceDocument) -> Outline:
    """Sections, measures, responsibility lines, attachments and problems of one document.

    Measures are the numbered ``1.`` items (or the ``(1)`` items under a ``1.`` heading that has no text of its
    own), plus ``一、``/``(一)`` items with body text that carry their own responsibility clause. A document
    without any ``1.`` item has its ``(一)`` items with body text (else its ``一、`` items with body text) as
    measures; a page without any heading, its paragraphs that carry their own clause or 责任单位 line.
    """
    out = _parse(src, _circled_as_sub_items(split_lines(src)), promote=None)
    if any(m.level >= 3 and not _in_steps(out, m) for m in out.measures):
        return out
    lines = _circled_as_sub_items(split_lines(src))
    if any(ln.kind == "heading" and ln.level == 4 for ln in lines):
        # 一、重点任务 / (1)推进改革。…: (1) items under title-only headings play the part of 1. items
        promoted = _parse(src, lines, promote=4)
        if len(promoted.measures) > len(out.measures):
            promoted.problems.append("no numbered 1. items: (1) items under title headings taken as measures")
            out = promoted
    for fallback, problem in _UNNUMBERED_FALLBACKS:
        if not out.measures and (not out.sections or _headings_trail(out.lines)):
            fallback(src, out)
            if out.measures:
                out.problems.append(problem)
                _closing_next_steps(src, out)
                return out
    if not out.measures and all(sec.level == 0 for sec in out.sections):
        # a report or notice with no numbered items (an attachment after it at most): its next steps, or the duties
        # the notice lays on bodies after handing its list or plan on
        for fallback, problem in _UNNUMBERED_NOTICE_FALLBACKS:
            fallback(src, out)
            if out.measures:
                out.problems.append(problem)
                return out
    if not out.measures and out.attachments and all(sec.level == 0 for sec in out.sections):
        main = _read_before_attachments(src, out)
        if main is not None:
            return main
    paragraphs: Outline | None = None
    if not out.measures and not any(ln.kind == "heading" and (ln.level or 0) > 1 for ln in out.lines):
        # 一、努力扩大内需 / 认真落实…。(财政厅牵头) / 加强银政合作…。(金融办牵头): under title-only 一、 headings,
        # unnumbered paragraphs each closed by their own clause are the tasks, not the heading
        paragraphs = _parse(src, split_lines(src), promote=None)
        _paragraph_measures(src, paragraphs)
        if len(paragraphs.measures) < 2:
            paragraphs = None
    for level in (2, 1):
        lines = split_lines(src)
        if any(
            ln.kind == "heading" and ln.level == level and _has_text(src, lines, k)
            for k, ln in enumerate(lines)
        ):
            promoted = _parse(src, lines, promote=level)
            _titled_paragraphs_under(src, promoted, level)
            _duty_rows_under(src, promoted)
            if paragraphs is not None and len(paragraphs.measures) > len(promoted.measures):
                paragraphs.problems.append(
                    "no numbered items: paragraphs closed by a responsibility clause under 一、 headings taken as measures"
                )
                return paragraphs
            if len(promoted.measures) > len(out.measures):
                marker = "(一)" if level == 2 else "一、"
                promoted.problems.append(f"no numbered 1. items: {marker} items with text taken as measures")
                return promoted
            if level == 2 and out.measures and len(promoted.measures) == len(out.measures):
                break  # the (一) items with text are the measures already: 一、 headings over them are not
    return out


def _titled_paragraphs_under(src: SourceDocument, out: Outline, level: int) -> None:
    """A 施政报告 or 政府工作报告 section that writes no numbered items under its title-only heading (一、加快转型
    升级 / (五)切實維護國家安全) but paragraphs each opened by a title sentence (突出工业主体地位。投资… / 加強國家
    安全執法。優化…): from the first such paragraph on, each paragraph of the section is an unnumbered measure, not
    the heading (the paragraphs before it are the section's preamble). A (一) heading among its siblings stays the
    measure (annotation.md: (一) items where a section has no 1. items); a 一、 heading, or the one heading of a page
    it opens as its title (a report's section excerpt), gives its paragraphs. Only where nothing is assigned: a heading
    with a clause or a 责任单位 line keeps its measure."""
    if out.responsibility or any(m.clauses for m in out.measures):
        return
    lines = out.lines
    opening = next((k for k, ln in enumerate(lines) if ln.kind not in ("blank", "boilerplate")), None)
    measures: list[MeasureItem] = []
    changed = False
    for m in out.measures:
        alone = m.line == opening and len(out.measures) == 1  # the page is this one section's excerpt
        paragraphs = _section_paragraphs(src, lines, m) if level == 1 or alone else []
        first = next(
            (n for n, (a, b) in enumerate(paragraphs) if _lead_phrase(src, lines[a].lstart, lines[b].rend)),
            None,
        )
        if first is None:
            measures.append(m)
            continue
        for a, b in paragraphs[first:]:
            measures.extend(_titled_paragraph_measures(src, out, m, a, b))
        changed = True
    if changed:
        out.measures = measures
        out.line_owner = [None if o is not None and o[0] == "measure" else o for o in out.line_owner]
        _fill_measure_owner(out)
        out.problems.append(
            "a title-only heading over paragraphs opened by a title sentence: each such paragraph a measure"
        )


# 办公室  组织、协调和管理…: a body's name, a run of blanks, its duties (a 部门 | 职责 table flattened a row a line)
_DUTY_ROW = re.compile(r"(?P<u>[^\s,;。:()]{2,14})[ \t\u3000]{2,}(?=\S)")
_DUTY_ROWS_MIN = 2  # rows of a duties table under a heading: one line is a sentence


def _duty_rows_under(src: SourceDocument, out: Outline) -> None:
    """A title-only heading over a flattened table of duties, each line a body's name, blanks and its duties opening
    with a verb (三、工作分工 / 办公室  组织、协调… / 法规处  负责…): each row a measure of its body and the partners its
    duties name, not the heading; a header row (单位  职责) is none (heldout92 ej04; round 39's review)."""
    lines = out.lines
    measures: list[MeasureItem] = []
    changed = False
    for m in out.measures:
        rows = _duty_rows(src, lines, m)
        if rows is None:
            measures.append(m)
            continue
        for k, body in rows:
            more = find_inline_clauses(src, body.end, lines[k].rend, bare_ok=True)
            _add_clause_measure(out, k, Span(lines[k].lstart, lines[k].rend), body, more)
            item = out.measures.pop()
            item.section, item.section_path, item.attachment = m.section, list(m.section_path), m.attachment
            measures.append(item)
        changed = True
    if changed:
        out.measures = measures
        out.line_owner = [None if o is not None and o[0] == "measure" else o for o in out.line_owner]
        _fill_measure_owner(out)


def _duty_rows(src: SourceDocument, lines: list[Line], m: MeasureItem) -> list[tuple[int, Span]] | None:
    """The rows of a duties table under measure ``m``'s title-only heading (see :func:`_duty_rows_under`), each line
    and its bodies' span: a body, blanks and its duties, or a line opening with its bodies and their role (市农牧业局
    负责牵头推出…;: heldout90 eh05, read after round 39's score); None unless every line of the section is such a
    row (a header row first aside), two at least."""
    if not _section_paragraphs(src, lines, m):
        return None
    rows: list[tuple[int, Span]] = []
    for k in range(m.line + 1, len(lines)):
        if lines[k].start >= m.span.end:
            break
        if lines[k].kind in ("blank", "boilerplate"):
            continue
        if ordinal_opening(lines[k].stripped) is not None:
            return None  # 一是市交通运输局负责…: an ordinal run, read as one (round 30's family)
        r = _DUTY_ROW.match(src.match, lines[k].lstart, lines[k].rend)
        if r is not None and not rows and r.group("u") in _HEADER_WORDS:
            continue  # 单位  职责 / 责任单位  工作职责: the table's header
        if r is not None and is_unit_list(r.group("u")) and _opens_duty(src.match[r.end() : lines[k].rend]):
            rows.append((k, Span(r.start("u"), r.end("u"))))
            continue
        opening = _charged_opening(src, lines[k].lstart, lines[k].rend)
        if opening is None or ":" in src.match[lines[k].lstart : opening[0].end + 1]:
            return None  # 市发展改革委:负责…: a colon-labelled duty line, one measure with its section (heldout28 bv03)
        rows.append((k, opening[0]))
    return rows if len(rows) >= _DUTY_ROWS_MIN else None


# the column names a duties table's header row opens with (单位  职责)
_HEADER_WORDS = frozenset(
    {"单位", "部门", "机构", "科室", "处室", "责任单位", "牵头单位", "责任部门", "单位名称", "部门名称"}
)
_DUTY_VERBS = tuple(sorted(_VOCAB.verb_role, key=len, reverse=True))


def _opens_duty(cell: str) -> bool:
    """Whether a duties cell opens with a duty: a role verb (负责…, 牵头…) or an act (组织、协调…, 制定…), not a
    count or a rank (分管负责同志1名 / 综合考评第一名)."""
    return cell.startswith(_DUTY_VERBS) or opens_with_action(cell)


def _titled_paragraph_measures(
    src: SourceDocument, out: Outline, m: MeasureItem, a: int, b: int
) -> list[MeasureItem]:
    """The measures of one titled paragraph (lines ``a``..``b``) under heading ``m``: the paragraph, or the tasks its
    title hands over run together after it, each opened by the next ordinal word (明确任务。一是扩大…;二是提升…;):
    each from its word to the next one's, numbered as written."""
    lines = out.lines
    start, end = lines[a].lstart, lines[b].rend
    stop = _title_stop(src, start, end)
    run = ordinal_run(src.match[stop + 1 : end]) if 0 <= stop else []
    if len(run) < _ORDINALS_MIN:
        lines[a].kind = "measure"
        _add_measure(out, src, a, "", 3, m.section_path, m.attachment, None, False, b + 1)
        return [out.measures.pop()]
    bounds = [stop + 1 + k for k, _word in run] + [end]
    found = []
    for (_k, word), lo, hi in zip(run, bounds, bounds[1:], strict=False):
        _add_run_measure(src, out, a, b, word, Span(lo, len(src.match[:hi].rstrip(" \t\u3000;。"))))
        item = out.measures.pop()
        item.section, item.section_path, item.attachment = m.section, list(m.section_path), m.attachment
        found.append(item)
    return found


_LEAD_PHRASE_MAX = 24  # a paragraph's bold lead phrase (加強國家安全執法。), not a preamble's first sentence
_COPULA = re.compile(r"是|为")


def _lead_phrase(src: SourceDocument, start: int, end: int) -> bool:
    """A paragraph opened by a short lead phrase naming an action (突出工业主体地位。投资… / 明确任务:一是扩大…;二是…),
    not by a statement (國家安全是…的前提和保障。)."""
    stop = _title_stop(src, start, end)
    handover = 0 <= stop and src.match[stop] == ":"
    return (
        (handover and re.search(r"[,;]", src.match[start:stop]) is None) or _titled(src, start, end)
    ) and (0 <= stop - start <= _LEAD_PHRASE_MAX and _COPULA.search(src.match, start, stop) is None)


def _title_stop(src: SourceDocument, start: int, end: int) -> int:
    """Where a paragraph's title ends: its first 。, or a colon before it that hands over tasks numbered by ordinal
    words (明确任务:一是扩大…;二是提升…); -1 when neither."""
    m = src.match
    stop, colon = m.find("。", start, end), m.find(":", start, end)
    if 0 <= colon and (stop < 0 or colon < stop):
        run = ordinal_run(m[colon + 1 : end])
        if len(run) >= _ORDINALS_MIN and run[0][0] == 0:
            return colon
    return stop


def _section_paragraphs(src: SourceDocument, lines: list[Line], m: MeasureItem) -> list[tuple[int, int]]:
    """The content paragraphs under measure ``m``'s heading line when that line is a title alone (no text after
    it), else none."""
    if m.number == "" or _title_of(src, lines[m.line])[1] or _is_sentence(lines[m.line]):
        return []
    stop = m.line + 1
    while stop < len(lines) and lines[stop].start < m.span.end:
        stop += 1
    body = lines[m.line + 1 : stop]
    items = [(a + m.line + 1, b + m.line + 1) for a, b in _paragraph_items(body)]
    return items if all(lines[a].kind == "content" for a, _b in items) else []


def _raise_item_markers(lines: list[Line]) -> bool:
    """A page that numbers its items (1), 1), ⑴ or ① and writes no 1. items: its deepest-but-one marker kind plays
    the part of 1. (the order 一、 > (一) > 1. > (1) > ① with a rung left out). True when a level was raised."""
    levels = {ln.level for ln in lines if ln.kind == "heading"}
    if 3 in levels:
        return False
    step = 1 if 4 in levels else 2 if 5 in levels else 0
    for ln in lines:
        if step and ln.kind == "heading" and ln.level in (4, 5):
            ln.level -= step
    return step > 0


_RAISED_MIN = 2  # items a raised parse must find: a lone (1) is a note, not a list of tasks


def _raised_item_parse(src: SourceDocument) -> Outline | None:
    """The outline with the page's markers raised a rung (:func:`_raise_item_markers`); None when nothing was
    raised, or it gives fewer than two items or assigns none of them."""
    lines = split_lines(src)
    if not _raise_item_markers(lines):
        return None
    out = _parse(src, lines, promote=None)
    if sum(m.level >= 3 for m in out.measures) < _RAISED_MIN:
        return None
    # a list that assigns work (a clause or a 责任单位 line): (1)全县共有企业120家。(2)… states facts, no tasks; or
    # whose items head the fields of a tracking report (工作任务:… / 完成情况:… under each)
    assigns = out.responsibility or any(m.clauses for m in out.measures)
    return out if assigns or _fielded_items(out) >= _RAISED_MIN or _titled_items(src, out) else None


_ITEM_TITLE = re.compile(r"[^,。;:]{4,30}:")


def _titled_items(src: SourceDocument, out: Outline) -> bool:
    """Raised items, more than two, that each open with a short title and a colon before their text
    (1)加快新能源配套设施建设:加快…建设,制定…方案 / 2)加快产业结构调整:大力发展…): the list of a plan's tasks, not
    a note's points."""
    items = [m for m in out.measures if m.level >= 3]
    return len(items) > _RAISED_MIN and all(_ITEM_TITLE.match(src.match, m.body, m.span.end) for m in items)


def _fielded_items(out: Outline) -> int:
    """How many measures have a task or progress field line (工作任务:… / 完成情况:…) among their lines."""
    owned = {
        owner[1]
        for ln, owner in zip(out.lines, out.line_owner, strict=False)
        if owner
        and owner[0] == "measure"
        and ln.kind == "content"
        and (_TASK_FIELD.match(ln.match) or _PROGRESS_FIELD.match(ln.match))
    }
    return len(owned)


_CLAUSE_TAIL = re.compile(r"[\s。.;]+")


def _paragraph_measures(src: SourceDocument, out: Outline) -> None:
    """Unnumbered paragraphs closed by their own clause (…给予相应补贴。(责任单位:县商务局、县文广新旅局)) or
    followed by their own 责任单位 line, as a news page reposting a 若干措施 prints them without numbers: each
    is a measure, and so is the paragraph the excerpt cuts off right after one. The paragraphs before the first
    such one are the page's lead."""
    lines = out.lines
    items = _paragraph_items(lines)
    # 分管领导:副省长张三 under a paragraph: people, the head of the paragraph's assignment block, never a task
    people = {a for a, _b in items if lines[a].kind == "content" and is_people_line(lines[a].match)}
    previous = False
    for n, (a, b) in enumerate(items):
        if lines[a].kind != "content" or a in people:
            previous = previous and (lines[a].kind == "responsibility" or a in people)
            continue
        found = find_inline_clauses(src, lines[a].lstart, lines[b].rend)
        clause = found[0] if len(found) == 1 else None  # one paragraph, one clause: not a page run together
        owns = clause is not None and not _CLAUSE_TAIL.sub("", src.match[clause.end : lines[b].rend])
        followed = (
            not found
            and n + 1 < len(items)
            and (lines[items[n + 1][0]].kind == "responsibility" or items[n + 1][0] in people)
        ) or (not found and _titled_block(src, lines, items, n, people))
        if owns or followed or (previous and n == len(items) - 1 and _cut_off(lines[b])):
            # 其中明确指出: / 贯彻实施…。, or a title and its addressees (关于…的通知 / 各区人民政府: / 其一,…): a
            # line that ends in a colon introduces the paragraph, it and the lines above it are no part of it
            a = _past_intro(lines, a, b)
            # 关于…的方案 / 其一,…: the first ordinal word opens the page's first item below a title left open
            a = next((k for k in range(a + 1, b + 1) if _first_ordinal(lines[k])), a)
            lines[a].kind = "measure"
            _add_measure(out, src, a, "", 3, [], None, clause if owns else None, False, b + 1)
        previous = owns or followed
    _number_ordinals(out)
    if out.measures:
        for r in out.responsibility:
            r.measures, r.section_level = [], False
        _fill_measure_owner(out)
        _assign_lines(out)


_DIVIDED_DUTIES_MIN = (
    3  # paragraphs each opened by its body: a division of duties, not a notice's one request
)


def _duty_division_measures(src: SourceDocument, out: Outline) -> None:
    """A page with no numbered items whose paragraphs each open with the body whose duties they state (县住房城乡
    建设局:负责…;负责… / 区住建局负责…总协调工作 / 区委农办要…): a division of duties among member units, each
    paragraph a measure carrying its body; three such paragraphs at least (heldout71 do04/do05, after the kept-out
    score). A duty list's cells one a line (区教育局 / 负责高考…) count the same, each body's line the clause of the
    duties under it (heldout74 dr08)."""
    lines = out.lines
    opened: list[tuple[int, int]] = []
    cells: list[tuple[int, int, int]] = []
    cue = False  # 各委员部门职责分工 / 任务作如下明确: the page says it divides duties
    listed = False  # 职责分工 / 责任清单: the page heads a duty list (its cells one a line) above
    for a, b in _paragraph_items(lines):
        if lines[a].kind != "content" or is_people_line(lines[a].match):
            continue
        named = _named_duty_cells(src, lines, a, b, listed)
        listed = listed or any(_DUTY_LIST_CUE.search(lines[k].stripped) for k in range(a, b + 1))
        if named:
            cells.extend(named)
            continue
        a = _past_intro(lines, a, b)  # 现将…任务明确如下: / 区住建局负责…
        lo, hi = lines[a].lstart, lines[b].rend
        if _KINDS_CHARGED.match(src.match, lo, hi) is not None:
            continue  # 生态环境部门负责…: departments by kind, read as a division's sentences (_charged_sentence_measures)
        spans = [*find_inline_clauses(src, lo, hi), *find_charged_bodies(src, lo, hi)]
        if any(sp.start == lo and _states_duties(src.match, sp.end, hi, cue) for sp in spans):
            opened.append((a, b))
        elif not opened:
            cue = cue or _DIVISION_CUE.search(src.match, lines[a].lstart, hi) is not None
    if len(opened) + len(cells) < _DIVIDED_DUTIES_MIN:
        return
    for a, b in opened:
        lines[a].kind = "measure"
        _add_measure(out, src, a, "", 3, [], None, None, False, b + 1)
    for k, a, b in cells:
        _add_duty_cell(src, out, k, a, b)
    out.measures.sort(key=lambda x: x.span.start)
    _fill_measure_owner(out)
    _assign_lines(out)


def _add_duty_cell(src: SourceDocument, out: Outline, k: int, a: int, b: int) -> None:
    """The duties on lines ``a``..``b`` under the line ``k`` naming their bodies: a measure, that line its clause."""
    lines = out.lines
    clause = Span(lines[k].lstart, lines[k].lstart + len(src.match[lines[k].lstart : lines[k].rend].rstrip()))
    _add_clause_measure(out, a, Span(lines[a].lstart, len(src.match[: lines[b].rend].rstrip())), clause)


_BODY_LINE_MAX = 30  # characters of a line naming the bodies whose duties the lines after it state
# 联系人:张三,联系电话… / 关于做好…的通知 / 您提出的…提案收悉 / 张三(区委常委…),联系…: a contact, a document's title, a
# reply or a leader's line under a body's name, no duties of the body
_NOT_DUTIES = re.compile(
    "|".join(map(re.escape, vocabulary().duty_cell_not_openers)) + r"|[\u4e00-\u9fff]{2,4}\("
)
_DUTIES_TEXT_MIN = 8  # characters of the duties under a body's line: fewer are a header's cell (职责分工)


def _named_duty_cells(
    src: SourceDocument, lines: list[Line], a: int, b: int, listed: bool
) -> list[tuple[int, int, int]]:
    """The lines of paragraph ``a``..``b`` that name bodies and nothing else (区公安分局 / 区卫计委、区疾控中心), each
    with the first and last line of the duties under it (维护考点周边安全…), up to the next such line: a duty list's
    cells one a line; none whose duties report what was done."""
    named = [k for k in range(a, b + 1) if lines[k].kind == "content" and _names_bodies_alone(lines[k])]
    if named and not listed and not any(_DUTY_LIST_CUE.search(lines[k].stripped) for k in range(a, named[0])):
        return []  # no heading of a duty list above the first body's line (职责分工 / 责任清单)
    out: list[tuple[int, int, int]] = []
    for k, nxt in zip(named, [*named[1:], b + 1], strict=False):
        under = [j for j in range(k + 1, nxt) if lines[j].kind == "content" and lines[j].stripped]
        rest = "".join(lines[j].stripped for j in under)
        # 醴陵市爱国卫生运动委员会 / 各委员部门职责分工: a title wrapped after the body's name, no sentence under it
        if (
            under
            and len(rest) >= _DUTIES_TEXT_MIN
            and _REPORTED_DUTY.search(rest) is None
            and _SENTENCE_PUNCT.search(lines[under[0]].stripped)
            and not _NOT_DUTIES.match(rest)
            and not rest.startswith(lines[k].stripped)
            and not _charges_at_opening(src, lines[under[0]].lstart, lines[under[-1]].rend)
        ):
            out.append((k, under[0], under[-1]))
    return out


def _names_bodies_alone(line: Line) -> bool:
    """Whether a line names bodies with their level or place and nothing else (区公安分局 / 区卫计委、区疾控中心), no
    cell of a header or a name a wrapped table cut (序号 工作重点 责任部门 / 品监管局)."""
    s = line.stripped
    return len(s) <= _BODY_LINE_MAX and not re.search(r"[。,;:!?\s]", s) and names_bodies(s)


# 县住房城乡建设局:负责… / 区住建局负责… / 区委农办要…: the words a body's duties open with, right after it
_DUTY_OPENING = re.compile(
    r"[ \t]*:?[ \t]*(?:主要|具体)?(?:负责|承担|要|应当|应|须|必须|协助|配合|指导|统筹|组织)"
)
# 县住建局牵头完成了… / 已完成… / 不再担任…: a report of what was done, or of a post, no duty stated
_REPORTED_DUTY = re.compile(r"了|已|不再|获评|获得|担任|任职|退休|调任")


def _states_duties(m: str, at: int, hi: int, cue: bool) -> bool:
    """Whether the text after a paragraph's opening body (or its clause) states the body's duties: a duty word right
    after it (负责, 承担, 要…) or the clause's own role verb, or (where the page said it divides duties, ``cue``) any
    act after its colon (市农业局:结合…规划,做好…); and its first clause reports nothing done."""
    stop = next((k for k in range(at, hi) if m[k] in "。;"), hi)
    if _REPORTED_DUTY.search(m, at, stop) is not None:
        return False
    if _DUTY_OPENING.match(m, at) is not None or m.endswith(_DUTY_CLAUSE_ENDS, max(0, at - 4), at):
        return True  # 区住建局负责… / 区水利农机局负责指导…: the clause's own role verb
    return cue and m.startswith(":", at) and not m[at + 1 : at + 2].isdigit()


_DIVISION_CUE = re.compile("职责|分工|任务")
_DUTY_LIST_CUE = _literal_rx(vocabulary().duty_list_cues)
_DUTY_CLAUSE_ENDS = ("负责", "牵头", "承担", "协助", "配合", "指导", "统筹", "组织")


def _past_intro(lines: list[Line], a: int, b: int) -> int:
    """The first line of paragraph ``a``..``b`` after the last line in it that ends in a colon (其中明确指出: / 现将…
    明确如下:): a line introducing what follows is no part of it; ``a`` where none does."""
    intro = [k for k in range(a, b) if lines[k].stripped.endswith(":")]
    if not intro:
        return a
    return next((k for k in range(intro[-1] + 1, b + 1) if lines[k].kind == "content"), b)


def _first_ordinal(line: Line) -> bool:
    """A content line opened by the first ordinal word of a series (一是 / 其一, / 第一, / 【一】 / A.)."""
    opening = ordinal_opening(line.stripped) if line.kind == "content" else None
    return opening is not None and opening[1] == 1


def _number_ordinals(out: Outline) -> None:
    """Unnumbered measures that open with ordinal words numbering on from the first (其一,… / 其二,… ; 一是… / 二是…;
    第一,… ; 【一】… ; A.… / B.…): the page's own numbering, each measure numbered as written after it."""
    lines = out.lines
    openings = [
        ordinal_opening(lines[m.line].stripped) if m.line < len(lines) else None for m in out.measures
    ]
    if len(openings) < _ORDINALS_MIN or any(o is None or o[1] != k + 1 for k, o in enumerate(openings)):
        return
    for m, opening in zip(out.measures, openings, strict=True):
        if opening is None:
            return
        word, _value, at = opening
        line = lines[m.line]
        m.number = line.number = word
        m.body = line.body = line.lstart + at


_TOPICS_MIN = 2  # paragraphs a page lists its fields in: never a lone 方面 sentence


def _topic_measures(src: SourceDocument, out: Outline) -> None:
    """A page without numbers whose paragraphs each open with the field they are about (脐橙产业链方面,招引…。 /
    眼镜产业链方面,招引…。): each such paragraph is a measure, with the clause it carries."""
    lines = out.lines
    paragraphs = _paragraph_items(lines)
    items = [
        (n, a, b)
        for n, (a, b) in enumerate(paragraphs)
        if lines[a].kind == "content" and topic_opening(lines[a].match, lines[a].lstart - lines[a].start)
    ]
    run_on = _topic_run_on(src, lines, paragraphs[items[0][0] - 1]) if items and items[0][0] > 0 else None
    if len(items) + (run_on is not None) < _TOPICS_MIN:
        _topic_sentence_measures(src, out, paragraphs)
        return
    if run_on is not None:  # …工程等。提升网络基础设施能力方面,…: the first field run on after the lead
        _add_run_measure(src, out, *run_on)
    _measures_of_paragraphs(src, out, [(a, b) for _n, a, b in items])


def _topic_sentence_measures(src: SourceDocument, out: Outline, paragraphs: list[tuple[int, int]]) -> None:
    """A page whose fields run on in its paragraphs, each a sentence opened by the field it is about (…部署了重点工作。
    其中,在加强无烟环境建设方面,将…。在加强控烟宣传方面,…。): each such sentence, with the sentences after it up to
    the next field or the paragraph's end, a measure; never in a progress paragraph (今年以来,…)."""
    lines = out.lines
    found: list[tuple[int, int, Span]] = []
    for a, b in paragraphs:
        start, end = lines[a].lstart, lines[b].rend
        if lines[a].kind != "content" or paragraph_role(src.match[start:end]) == "progress":
            continue
        starts = [p for p in _sentence_starts(src.match, start, end) if topic_opening(src.match, p)]
        bounds = [*starts, end]
        found.extend((a, b, Span(lo, len(src.match[:hi].rstrip()))) for lo, hi in itertools.pairwise(bounds))
    if len(found) < _TOPICS_MIN:
        return
    for a, b, span in found:
        _add_run_measure(src, out, a, b, "", span)
    _fill_measure_owner(out)
    _assign_lines(out)


def _sentence_starts(m: str, start: int, end: int) -> list[int]:
    """Where the sentences of ``m[start:end]`` start (its start, and after each 。 with text after it)."""
    out = [start]
    stop = m.find("。", start, end)
    while 0 <= stop < end - 1:
        out.append(stop + 1)
        stop = m.find("。", stop + 1, end)
    return out


def _topic_run_on(
    src: SourceDocument, lines: list[Line], paragraph: tuple[int, int]
) -> tuple[int, int, str, Span] | None:
    """The sentence of a lead paragraph, from the first one opened by its field on to the paragraph's end, as
    :func:`_add_run_measure` takes it (…涉及数字基础能力提升等。提升网络基础设施能力方面,福建启动…)."""
    a, b = paragraph
    if lines[a].kind != "content":
        return None
    m, end = src.match, lines[b].rend
    stop = m.find("。", lines[a].lstart, end)
    while 0 <= stop < end - 1:
        if topic_opening(m, stop + 1):
            return a, b, "", Span(stop + 1, end)
        stop = m.find("。", stop + 1, end)
    return None


# ()户用屋顶光伏发展工程。全面推动…: an (一) marker whose numeral a mirror site dropped, its brackets left empty
_EMPTIED_MIN = 2  # such paragraphs a page lists: a lone () is a bracket left open, not a list
_EMPTIED_MARKER = re.compile(r"[((][ \t\u3000]*[))][ \t\u3000]*(?=[\u4e00-\u9fff])")


def _emptied_marker_measures(src: SourceDocument, out: Outline) -> None:
    """A page whose paragraphs open with empty brackets, each then a title sentence (()户用屋顶光伏发展工程。全面推动… /
    ()单位屋顶光伏发展工程。率先在…): the numerals of (一)(二) lost in a mirror's copy; each such paragraph is a
    measure, unnumbered as the page now prints it."""
    lines = out.lines
    found: list[tuple[int, int, int]] = []
    for a, b in _paragraph_items(lines):
        line = lines[a]
        opening = _EMPTIED_MARKER.match(line.match, line.lstart - line.start)
        if line.kind != "content" or opening is None:
            continue
        if _titled(src, line.start + opening.end(), lines[b].rend):
            found.append((a, b, line.start + opening.end()))
    if len(found) < _EMPTIED_MIN:
        return
    for a, _b, body in found:
        lines[a].body = body
    _measures_of_paragraphs(src, out, [(a, b) for a, b, _body in found])


def _measures_of_paragraphs(src: SourceDocument, out: Outline, items: list[tuple[int, int]]) -> None:
    """Each paragraph (lines ``a``..``b``) of a page without numbers as one measure, with the clause it carries."""
    lines = out.lines
    for a, b in items:
        lines[a].kind = "measure"
        clause = find_inline_clause(src, lines[a].lstart, lines[b].rend)
        _add_measure(out, src, a, "", 3, [], None, clause, False, b + 1)
    _fill_measure_owner(out)
    _assign_lines(out)


_BULLET_MIN = 3  # bullets a page lists its tasks in: never a lone dash line
_BULLET_TEXT_MIN = 15  # a bullet's sentence, not a word list


def _bullet_measures(src: SourceDocument, out: Outline) -> None:
    """A page without numbers that lists its tasks as bullets (a 施政方针's 推进职能架构重整 / - 在…基础上,有序跟进…。
    / • 进一步整合…。): each bullet's sentence is a measure, with the clause it carries."""
    lines = out.lines
    runs: dict[str, list[tuple[int, int, int]]] = {}
    short: set[str] = set()
    for a, line in enumerate(lines):
        m = _DASH.match(line.match, len(line.match) - len(line.match.lstrip(" \t\u3000")))
        if line.kind != "content" or m is None or m.end() == 0:
            continue
        b = a
        while b + 1 < len(lines) and lines[b + 1].kind == "content" and _ends_open(lines[b]):
            if _DASH.match(lines[b + 1].stripped):
                break
            b += 1
        body = line.start + m.end()
        mark = m.group().strip()
        if _FEEDBACK_LABEL.match(re.sub(r"\s+", "", src.match[body : lines[b].rend])):
            continue  # • 联系电话:… / • 传  真:… / • 邮  箱:…: a contact footer's line (heldout167 hg08)
        if lines[b].rend - body < _BULLET_TEXT_MIN and not _cut_at_end(lines, b):
            short.add(mark)  # - 项目名称: a short bullet line is a list of words, its mark lists no tasks
            continue
        runs.setdefault(mark, []).append((a, b, body))
    # • 한국어 / • 经济农业 over ●支持…: the page's menu bullets are no tasks; another mark's bullets still are
    found = next((f for mark, f in runs.items() if mark not in short and _bullet_run(lines, f)), None)
    if found is None:
        return
    for a, b, body in found:
        lines[a].kind, lines[a].body = "measure", body
        clause = find_inline_clause(src, body, lines[b].rend)
        _add_measure(out, src, a, "", 3, [], None, clause, False, b + 1)


def _bullet_run(lines: list[Line], found: list[tuple[int, int, int]]) -> bool:
    """Enough bullets of one mark to be the page's tasks: three, or two where the excerpt cuts the last one (●支持
    哈尔滨<end>: the bullets after it were lost with the page)."""
    return len(found) >= _BULLET_MIN or (len(found) >= 2 and _cut_at_end(lines, found[-1][1]))


_NEWS_PARAGRAPH_MIN = (
    40  # characters of a report's paragraph that states an action (a comment box is shorter)
)
_NEWS_LEAD_REACH = 3  # paragraphs the report's lead is looked for in (a headline or a kicker may come first)


def _cut_at_end(lines: list[Line], b: int) -> bool:
    """Line ``b`` is the page's last line with text and stops mid-sentence: the excerpt was cut inside it (a
    bullet left short by the cut is a task's remains, not a word list)."""
    return _ends_open(lines[b]) and all(not ln.stripped for ln in lines[b + 1 :])


def _news_measures(src: SourceDocument, out: Outline) -> None:
    """A news report on a plan (7月16日,咸宁市出台《…》 / 10月6日,记者获悉,…): each paragraph after its lead that
    states what the plan does is a measure, from where the plan's words start (据了解,我市将建立…); a goals
    paragraph (《方案》提出,到2023年…) and a progress one (目前,…) are not; nor is a paragraph left open, but the
    last one of a page cut inside it after paragraphs that were measures."""
    found = _news_paragraphs(src, out)
    if found is None:
        return
    items, texts, lead = found
    shares = _news_shares(src, out.lines, items[lead + 1 :])
    for (a, b), text in zip(items[lead + 1 :], texts[lead + 1 :], strict=True):
        if (a, b) in shares:
            # 市公安局现已制定…: each body's share a measure (a division of the paragraph's own read first)
            own, _bare = _charged_found(src, out.lines, [(a, b)], kinds=True)
            _add_charged_found(src, out, own or shares[(a, b)])
            continue
        if led := _led_pieces(src, out.lines, a, b):
            # 校园内部安全整治主要由教育局牵头,公安…配合,…;食品卫生监管主要由…牵头,…: each led piece a measure
            _add_charged_found(src, out, led)
            continue
        if _add_demands(src, out, a, b):
            continue  # 调研组要求,要建立…。要明确…: the demands the report quotes, a measure each
        # a page cut inside its last paragraph, after the report's measures before it
        signed = _SIGNED_CLOSE.search(
            text
        )  # …融合发展。(潘显福): the reporter's name after the last sentence
        last = text[signed.start()] if signed else text[-1]
        cut = bool(out.measures) and _cut_inside_quote(out.lines, b)
        closed = last in _TERMINAL or cut
        start = out.lines[a].lstart
        # 市教育局要推进无烟学校建设。: a body's share, short as it is, is no comment box
        charged = len(text) >= _NEWS_CUT_MIN and _opens_with_body(src, start, text)
        shortest = _NEWS_CUT_MIN if cut or charged else _NEWS_PARAGRAPH_MIN
        if len(text) < shortest or not closed or not (charged or paragraph_role(text) == "action"):
            continue
        _add_news_measure(src, out, a, b, text)
    _close_news_measures(out)


# 牵头 / 牵头负责: the roles that lead (主办 / 承办 name an event's organisers, no task's lead: round 48's review c)
_LEAD_VERBS = _VOCAB_LISTS.role_lead_words
_SENTENCE_ENDS = "。!?"
_LED_PIECES_MIN = 2  # pieces of a report's paragraph each naming the body that leads it


def _led_pieces(src: SourceDocument, lines: list[Line], a: int, b: int) -> list[_Found]:
    """The sentences and ;-pieces of a report's paragraph (lines ``a``..``b``) each naming the body that leads its
    work and those that support it (校园内部安全整治主要由教育局牵头,公安、消防部门配合,…;食品卫生监管主要由食品药品
    监管局牵头,…: heldout161 ha02's gold records one measure each), with their clauses; none under two."""
    found: list[_Found] = []
    m = src.match
    text = m[lines[a].lstart : lines[b].rend]
    if paragraph_role(text[plan_words_start(text) :]) == "progress":
        return []  # 今年以来,…由县教育局牵头,共排查学校120所;…: what was done
    led = 0
    for p, q in _charged_pieces(m, lines[a].lstart, lines[b].rend):
        p += plan_words_start(m[p:q])  # 《方案》明确, / 其中, : the run-in before the piece's words
        clauses = find_inline_clauses(src, p, q)
        if not clauses or _REPORTED_AFTER_CLAUSE.search(m, clauses[-1].end, q) is not None:
            if found and m[p - 1 : p] in _SENTENCE_ENDS:
                return []  # …。各单位一把手是第一责任人,要亲自安排…: a sentence of its own, the paragraph no division
            if found:  # a ;-piece naming no body (…;重点清理…) goes on the piece before it
                found[-1] = (*found[-1][:3], q, found[-1][4])
            continue
        # …由县市场监管局负责,…: a piece handed to its own bodies beside the led ones
        led += any(w in m[clauses[0].start : clauses[0].end] for w in _LEAD_VERBS)
        found.append((a, b, p, q, Span(clauses[0].start, clauses[-1].end)))
    return found if led >= _LED_PIECES_MIN else []


def _news_shares(
    src: SourceDocument, lines: list[Line], items: list[tuple[int, int]]
) -> dict[tuple[int, int], list[_Found]]:
    """The paragraphs of a report (``items``, after its lead) whose sentences or ;-pieces open with a named body's
    share of the work reported (市公安局现已制定… / 团市委积极协调…;市交投公司现已落实…), with those pieces; none unless
    three bodies at least have one across the report."""
    found: dict[tuple[int, int], list[_Found]] = {}
    bodies: set[str] = set()
    for a, b in items:
        for p, q in _charged_pieces(src.match, lines[a].lstart, lines[b].rend):
            share = _named_share(src, p, q)
            if share is not None and paragraph_role(src.match[p:q]) != "progress":
                found.setdefault((a, b), []).append((a, b, p, q, share[0]))
                bodies.add(src.match[share[0].start : share[0].end])
    return found if len(bodies) >= _BARE_DUTIES_MIN else {}


def _opens_with_body(src: SourceDocument, start: int, text: str) -> bool:
    """Whether a report's paragraph (``text``, from ``start``) charges a body with the plan's words' opening: its
    bodies and their role (方案明确,市卫生健康委负责… / 市教育局负责推进…) or a named body and its duty modal (市市场
    监管局要加大…), a body's share of the plan; never in a progress paragraph."""
    if paragraph_role(text) == "progress" or hands_tasks_over(text):
        return False  # 目前,…: progress; 有1项由A牵头,分别是X。: a division of work's count, no body's share
    at = start + plan_words_start(text)
    end = start + len(text)
    clauses = find_inline_clauses(src, at, end) or find_charged_bodies(src, at, end)
    return any(c.start == at for c in clauses)


_NEWS_CUT_MIN = 20  # characters of a report's last paragraph the excerpt cuts: its opening clause at least


def _cut_inside_quote(lines: list[Line], b: int) -> bool:
    """Line ``b`` is the page's last with text and stops mid-sentence, on a closing quote at most (…实施“吉林印记”<end>:
    the quote closes a name, not the sentence)."""
    s = lines[b].stripped
    return bool(s) and s[-1] not in _TERMINAL + ")】〕]" and all(not ln.stripped for ln in lines[b + 1 :])


# …融合发展。(潘显福) / 【记者 潘显福】 / [通讯员 潘显福 记者 李明]: a reporter's names in any pair of brackets
_SIGNED_CLOSE = re.compile(r"[。!?](?:\([^()。,;]{2,20}\)|【[^【】。,;]{2,20}】|\[[^\[\]。,;]{2,20}\])$")


def _news_paragraphs(
    src: SourceDocument, out: Outline
) -> tuple[list[tuple[int, int]], list[str], int] | None:
    """A news report's paragraphs (first and last line), their texts and which one is its lead; None without one."""
    lines = out.lines
    items = _furniture_apart(
        lines, [(a, b) for a, b in _paragraph_items(lines) if lines[a].kind == "content"]
    )
    texts = [src.match[lines[a].lstart : lines[b].rend] for a, b in items]
    # a portal's furniture before the lead (央广网 / the headline / 2018-02-28 11:07 来源:…) is no paragraph of
    # the report: the lead is looked for among the first paragraphs that write a sentence
    told = [k for k, (a, b) in enumerate(items) if a < b or not _page_furniture(lines[a])][:_NEWS_LEAD_REACH]
    lead = next((k for k in told if report_lead(texts[k])), None)
    if lead is None:
        return None
    # under the lead, a caption or a link set straight above a paragraph's text is no part of it either
    items = items[: lead + 1] + _furniture_apart(lines, items[lead + 1 :], tight=True)
    texts = [src.match[lines[a].lstart : lines[b].rend] for a, b in items]
    return items, texts, lead


_FURNITURE_MAX = 40  # characters of a site name, a headline or a date and source line


def _page_furniture(line: Line) -> bool:
    """A short line that closes no sentence: a site's name, a headline, a date and source line."""
    text = line.stripped
    return len(text) < _FURNITURE_MAX and not any(ch in text for ch in _TERMINAL)


def _furniture_apart(
    lines: list[Line], items: list[tuple[int, int]], tight: bool = False
) -> list[tuple[int, int]]:
    """The paragraphs with the furniture lines that open one, each set apart by a blank line (央广网 / a headline
    / a date and source line over the lead) or, ``tight``, set short above the paragraph's text (an image's
    caption, a link), split off as paragraphs of their own."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        while (
            a < b
            and _page_furniture(lines[a])
            and (lines[a + 1].kind == "blank" or (tight and _set_above(lines, a)))
        ):
            out.append((a, a))
            a = next(k for k in range(a + 1, b + 1) if lines[k].kind == "content")
        out.append((a, b))
    return out


def _set_above(lines: list[Line], a: int) -> bool:
    """A furniture line set straight above a paragraph's text (吉林乡村景色 图片来源于网络 / 》》》点击查看更多政策内容 /
    意见明确,将…。): less than half as long as the line under it, so no line of the same wrapped paragraph."""
    below = lines[a + 1]
    if lines[a].stripped.endswith(":"):
        return False  # 原文如下: hands over to the text under it
    return below.kind == "content" and (
        _page_furniture(below) or 2 * len(lines[a].stripped) < len(below.stripped)
    )


def _add_news_measure(src: SourceDocument, out: Outline, a: int, b: int, text: str) -> None:
    """Lines ``a``..``b`` of a news report as one unnumbered measure, from where the plan's words start; a list of
    actions each with its own leading body in brackets, one measure each."""
    if _add_led_list_measures(src, out, a, text):
        return
    found, bare = _charged_found(src, out.lines, [(a, b)], kinds=True)
    if bare >= _BARE_DUTIES_MIN:  # 根据职责分工,A负责…;B负责…;C要…: the division's pieces, a measure each
        _add_charged_found(src, out, found)
        return
    out.lines[a].kind = "measure"
    out.lines[a].body = out.lines[a].lstart + plan_words_start(text)
    _add_measure(out, src, a, "", 3, [], None, None, False, b + 1)


def _add_led_list_measures(src: SourceDocument, out: Outline, a: int, text: str) -> bool:
    """制定了A行动(登记处牵头)、B行动(社团处牵头)…等六大行动方案 in a report's paragraph (``text``, from line ``a``):
    each action an unnumbered measure, its bracket its clause. False when the paragraph lists no such actions."""
    items = led_list_items(text)
    if not items:
        return False
    base = out.lines[a].lstart
    out.lines[a].kind = "measure"
    for start, opens, end in items:
        clause = Span(base + opens, base + end)
        out.measures.append(
            MeasureItem(
                number="",
                level=3,
                span=Span(base + start, base + end),
                body=base + start,
                line=a,
                section=None,
                inline_clause=clause,
                clauses=[clause],
            )
        )
    return True


def _close_news_measures(out: Outline) -> None:
    if out.measures:
        _fill_measure_owner(out)
        _assign_lines(out)


_ANNOUNCED_TEXT_MIN = 10  # characters of an announced task's paragraph (a page cut off may end one short)


def _announced_news_measures(src: SourceDocument, out: Outline) -> None:
    """A news report whose paragraph after the lead announces the plan's tasks with a colon (报告明确2025年重点工作:):
    each paragraph after it is one task, a measure, whatever its first clause says (用足更加积极的财政政策,… /
    产业方面,…), but a progress one (目前,…)."""
    found = _news_paragraphs(src, out)
    if found is None:
        return
    items, _texts, lead = found
    lines = out.lines
    head = next((k for k in range(lead + 1, len(items)) if tasks_announced(lines[items[k][0]].match)), None)
    if head is None:
        return
    a, b = items[head]  # the colon leaves the line open: the first task's lines may be joined to it
    tasks = ([(a + 1, b)] if b > a else []) + items[head + 1 :]
    for a, b in tasks:
        text = src.match[lines[a].lstart : lines[b].rend]
        if len(text) < _ANNOUNCED_TEXT_MIN or paragraph_role(text) == "progress":
            continue
        _add_news_measure(src, out, a, b, text)
    _close_news_measures(out)


_OPENING_TITLE_MAX = 16  # characters of a paragraph's opening title sentence (迭新跃进,推动高端化升级。)
_TITLED_RUN_MIN = 2  # titled paragraphs after a colon: one could be a sentence that happens to be short


def _titled_after_colon(src: SourceDocument, out: Outline) -> None:
    """A page with no numbers whose line closed by a colon hands over paragraphs that each open with a short title
    sentence (在聚焦产业升级,实施工业技改焕新行动方面: / 迭新跃进,推动高端化升级。锚定… / 数智赋能,实施智能化改造。…):
    each such paragraph, two or more in a row, a measure."""
    lines = out.lines
    items = _paragraph_items(lines)
    for idx, (a, b) in enumerate(items):
        k = next((j for j in range(a, b + 1) if fold(lines[j].stripped).endswith(":")), None)
        if k is None or _TASK_HANDOVER.search(fold(lines[k].stripped)) is None:
            continue  # 同志们: / 指导思想: / 取得阶段性成效:: no tasks handed over
        run: list[tuple[int, int]] = []
        for c, d in ([(k + 1, b)] if b > k else []) + items[idx + 1 :]:
            if lines[c].kind != "content" or not _opens_with_title(src, lines[c].lstart, lines[d].rend):
                break
            run.append((c, d))
        if len(run) >= _TITLED_RUN_MIN:
            _add_titled_run(src, out, run)
            return
    _titled_paragraph_runs(src, out, items)


_TITLED_BARE_RUN_MIN = 3  # titled paragraphs in a row with no colon before them


def _titled_paragraph_runs(src: SourceDocument, out: Outline, items: list[tuple[int, int]]) -> None:
    """Three or more paragraphs in a row that each open with a short title sentence (实施产业转型升级攻坚行动。加快… /
    实施招商引资突破攻坚行动。…), the first after a run-in at most (具体包括,…): each a measure."""
    lines = out.lines
    run: list[tuple[int, int]] = []
    for c, d in [*items, (-1, -1)]:
        if c >= 0 and lines[c].kind == "content":
            at = lines[c].lstart
            if not run:
                at += plan_words_start(src.match[at : lines[d].rend])
            if _opens_with_title(src, at, lines[d].rend):
                run.append((c, d))
                continue
        if len(run) >= _TITLED_BARE_RUN_MIN:
            _add_titled_run(src, out, run)
            return
        run = []


def _add_titled_run(src: SourceDocument, out: Outline, run: list[tuple[int, int]]) -> None:
    for c, d in run:
        out.lines[c].kind = "measure"
        _add_measure(out, src, c, "", 3, [], None, None, False, d + 1)
    _fill_measure_owner(out)
    _assign_lines(out)


def _opens_with_title(src: SourceDocument, start: int, end: int) -> bool:
    """迭新跃进,推动高端化升级。锚定… / 实施招商引资突破攻坚行动。…: a paragraph opening with a short title sentence (a
    comma at most) that states an action (a piece of it opens with an action verb: no date, no result such as
    工业生产稳步回升) and going on after it; no frame word of a plan (指导思想。)."""
    if not _titled(src, start, end, title_max=_OPENING_TITLE_MAX, commas=1):
        return False
    title = src.match[start : src.match.find("。", start, end)]
    return any(opens_with_action(piece) for piece in title.split(","))


# 在聚焦产业升级,实施工业技改焕新行动方面: / 重点任务如下:: a line that hands tasks over, a word for them before the colon
_TASK_HANDOVER = re.compile("(?:" + "|".join(map(re.escape, _VOCAB.task_handover_words)) + r")[^,;。]{0,6}:$")


_ORDINALS_MIN = 2  # paragraphs a page enumerates by ordinal words: never a lone 一是


def _ordinal_measures(src: SourceDocument, out: Outline) -> None:
    """A page without numbers whose paragraphs are enumerated by ordinal words (一是新材料产业,…; / 二是医药产业,…;):
    each such paragraph, numbered on from 一是, is a measure numbered as written."""
    lines = out.lines
    found: list[tuple[int, int, str, int, int]] = []
    run_on: tuple[int, int, str, Span] | None = None
    items = _paragraph_items(lines)
    for n, (a, b) in enumerate(items):
        if not found and lines[a].stripped.endswith(":"):
            # 现提出以下措施: / 一是…: the colon leaves the line open, the first item's line joined to it
            a = next((k for k in range(a + 1, b + 1) if _first_ordinal(lines[k])), a)
        opening = ordinal_opening(lines[a].stripped) if lines[a].kind == "content" else None
        if opening is not None and opening[1] == (found[-1][3] + 1 if found else 1):
            found.append((a, b, *opening))
        elif not found and opening is not None and opening[1] == 2 and n > 0:
            run_on = _first_ordinal_run_on(src, lines, items[n - 1])
            if run_on is None and n == 1 and _cut_first_item(src, lines, a):
                # the excerpt opens inside 一是's text (区农业农村局要牵头抓总,…。 / 二是…): that text its first task
                p, q = items[0]
                run_on = (p, q, "", Span(lines[p].lstart, len(src.match[: lines[q].rend].rstrip())))
            if run_on is not None:  # …重点抓好三方面工作。一是…。 / 二是…: the first run on after the lead
                found.append((a, b, *opening))
        elif not found and (cut := _excerpt_opens_on(lines, items[:n], a, b)) is not None:
            found.append((cut[0], b, *cut[1]))
    if len(found) + (run_on is not None) < _ORDINALS_MIN:
        return
    if run_on is not None:
        _add_run_measure(src, out, *run_on)
    doer = (
        _points_doer(
            src, lines, found[0][0], demands=all(w.endswith(_DEMAND_ORDINAL) for _a, _b, w, _v, _at in found)
        )
        if run_on is None
        else []
    )
    for a, b, word, _value, at in found:
        lines[a].kind, lines[a].number = "measure", word
        lines[a].body = lines[a].lstart + at
        _add_measure(
            out,
            src,
            a,
            word,
            3,
            [],
            None,
            find_inline_clause(src, lines[a].lstart, lines[b].rend),
            False,
            b + 1,
        )
        if not out.measures[-1].clauses:
            out.measures[-1].clauses = list(doer)  # the body the lead paragraph says does the points
    _fill_measure_owner(out)
    _assign_lines(out)


# 今年以来, / 近日, / 2021年, : a time phrase opening a report's lead sentence before its subject
_LEAD_TIME = re.compile(r"[^,。;:\n]{2,12}?(?:以来|近日|日前|目前|近年|期间|年|月)[,]")


_DEMAND_ORDINAL = (
    "要"  # 一要…二要…: a speaker's demands, not 一是 (points of progress or of a plan: review 46c)
)


def _points_doer(src: SourceDocument, lines: list[Line], first: int, *, demands: bool = False) -> list[Span]:
    """The body a report's lead paragraph (the one right above the first point, 一是…) opens with as its subject,
    after a time phrase at most (今年以来,市自然资源局认真做好土地供应工作。/ 佛坪县国土局紧紧围绕…,重点做好以下五项工作:
    heldout121 fm02 and fm04's gold charge it with each point): one named body, the doer of the points."""
    k = first - 1
    while k >= 0 and not lines[k].stripped:
        k -= 1
    if k < 0 or lines[k].kind != "content":
        return []
    m, start, end = src.match, lines[k].lstart, lines[k].rend
    v = vocabulary()
    for at in _lead_openings(m, start, end):
        subject = division_subject(src, at, end)
        if (
            subject is None
            or subject.start != at
            or "、" in m[subject.start : subject.end]
            or m[subject.start : subject.end].endswith(v.points_not_doers)
        ):
            continue
        if m.startswith(v.points_doer_openers, subject.end):
            return [subject]
        if m.startswith(_JOIN_WORD, subject.end):
            # 市市场监管局会同市经济信息化局、市农业农村局等相关部门…开展…活动: the body and its named partners
            return [subject, *partners_after(m, subject.end + len(_JOIN_WORD), end)]
    return _closing_charge(src, start, end) if demands else []


_JOIN_WORD = "会同"  # (not 联合: 市市场监管局联合开展…, an adverb of the act)
# 为进一步增强全社会的质量意识, : the purpose a report's lead sentence opens with before its subject
_LEAD_PURPOSE = re.compile(
    "(?:" + "|".join(map(re.escape, _VOCAB.points_purposes)) + r")[^,。;:\n]{2,30}?,"
    if _VOCAB.points_purposes
    else "(?!)"
)


def _lead_openings(m: str, start: int, end: int) -> list[int]:
    """Where a report's lead sentence may open with its subject: its start, after a time phrase (今年以来,) or
    after its purpose (为进一步…,)."""
    found = [start]
    for rx in (_LEAD_TIME, _LEAD_PURPOSE):
        hit = rx.match(m, start, end)
        if hit is not None:
            found.append(hit.end())
    return found


def _closing_charge(src: SourceDocument, start: int, end: int) -> list[Span]:
    """The bodies the lead paragraph's last sentence opens with and charges with a modal (…一揽子安排。对此,各地农业
    农村部门要抓紧部署实施。 / 一要…。二要…: heldout138 gd14's gold charges them with each point)."""
    m = src.match
    stop = len(m[:end].rstrip())
    if stop <= start or m[stop - 1] != "。":
        return []
    lo = max(m.rfind("。", start, stop - 1) + 1, start)
    while lo < stop and m[lo] in " \t\u3000":
        lo += 1
    cm = _CLOSING_CONNECTIVE.match(m, lo, stop)
    at = cm.end() if cm is not None else lo
    found = find_charged_bodies(src, at, stop, kinds=True)
    return found if found and found[0].start == at and opens_with_modal(m[found[-1].end : stop]) else []


_CLOSING_CONNECTIVE = re.compile(
    "(?:" + "|".join(map(re.escape, _VOCAB.closing_connectives)) + r")\s*,\s*"
    if _VOCAB.closing_connectives
    else "(?!)"
)


def _cut_first_item(src: SourceDocument, lines: list[Line], a: int) -> bool:
    """Whether the text before line ``a`` (where 二是 opens) is all one paragraph at the very start of the text, no
    title or page line above it, opening with the bodies it charges and their modal (区农业农村局要牵头抓总,…): an
    excerpt cut inside its first task, the 一是 lost with the page above."""
    first = next((k for k, ln in enumerate(lines) if ln.stripped), a)
    if first >= a or any(lines[k].kind != "content" for k in range(first, a) if lines[k].stripped):
        return False
    start = lines[first].lstart
    subject = division_subject(src, start, lines[a - 1].rend)
    return (
        subject is not None
        and subject.start == start
        and opens_with_modal(src.match[subject.end : start + 40])
    )


def _first_ordinal_run_on(
    src: SourceDocument, lines: list[Line], paragraph: tuple[int, int]
) -> tuple[int, int, str, Span] | None:
    """The first ordinal word's sentence run on at the end of a lead paragraph (…重点抓好三方面工作。一是加强组织领导,
    …。) where the next paragraph opens with 二是: from the word to the paragraph's end, as :func:`_add_run_measure`
    takes it; None when the paragraph runs no 一是 alone after a sentence of its own."""
    a, b = paragraph
    start, end = lines[a].lstart, lines[b].rend
    if lines[a].kind != "content" or paragraph_role(src.match[start:end]) == "progress":
        return None
    run = ordinal_run(src.match[start:end])
    if len(run) != 1 or run[0][0] == 0:
        return None
    at, word = run[0]
    return a, b, word, Span(start + at, len(src.match[:end].rstrip()))


def _excerpt_opens_on(
    lines: list[Line], before: list[tuple[int, int]], a: int, b: int
) -> tuple[int, tuple[str, int, int]] | None:
    """The line of paragraph ``a``..``b`` an ordinal word (四是…) opens where it opens the excerpt's text below the
    page's own lines: lines before it, none holding a sentence (the page's links and labels), so its 一是…三是 were
    cut away with the page above and the run numbers on from it. Its line and opening, else None."""
    if any(_own_text(lines[k].stripped) for p, q in before for k in range(p, q + 1)):
        return None
    for k in range(a, b + 1):
        opening = ordinal_opening(lines[k].stripped) if lines[k].kind == "content" else None
        if opening is not None:
            # a text that is nothing but 二是…/三是… shows no page it was cut from: out of turn, no run
            return (k, opening) if before or k > a else None
        if _own_text(lines[k].stripped):
            return None
    return None


def _own_text(line: str) -> bool:
    """A line of the document's own text, not the page's: a sentence (…。) or a line announcing what follows, such
    as the addressees of a notice (各镇人民政府:)."""
    return "。" in line or line.endswith((":", "："))


def _ordinal_run_measures(src: SourceDocument, out: Outline) -> None:
    """A page without numbers whose paragraph runs its tasks together, each sentence opened by the next ordinal
    word (…具体为:一是稳定和扩大就业,…。二是深化…。三是…): each from its word to the next one's is a measure
    numbered as written; a progress paragraph (今年以来,一是…) reports, it assigns nothing."""
    lines = out.lines
    for a, b in _paragraph_items(lines):
        start, end = lines[a].lstart, lines[b].rend
        if lines[a].kind != "content" or paragraph_role(src.match[start:end]) == "progress":
            continue
        runs = [run for run in ordinal_runs(src.match[start:end]) if len(run) >= _ORDINALS_MIN]
        for k, run in enumerate(runs):
            # a later run's lead sentence (…。政策措施:一是…) ends the run before it at its last full stop
            later = later_first_ordinal(src.match[start:end], run[-1][0] + 1)
            stop = start + runs[k + 1][0][0] if k + 1 < len(runs) else (start + later if later >= 0 else end)
            dot = src.match.rfind("。", start + run[-1][0], stop) if stop < end else -1
            stop = dot + 1 if dot >= 0 else stop
            bounds = [start + at for at, _word in run] + [stop]
            lead = _run_lead_bodies(src, start, bounds[0])
            if not lead and k == 0 and _plan_points(src.match, start, bounds[0], run):
                # 为…,市市场监管局会同…开展…活动。 / 此次活动将从五个方面展开,一是…: the body the report's lead
                # paragraph opens with does the points its next paragraph runs (heldout156 gv09)
                lead = _points_doer(src, lines, a)
            for (_k, word), lo, hi in zip(run, bounds, bounds[1:], strict=False):
                _add_run_measure(src, out, a, b, word, Span(lo, len(src.match[:hi].rstrip())), lead=lead)
    if out.measures:
        _fill_measure_owner(out)
        _assign_lines(out)


def _plan_points(m: str, start: int, first: int, run: list[tuple[int, str]]) -> bool:
    """Whether the words before a paragraph's first ordinal (``start``..``first``) open a plan's points in their first
    sentence (此次活动将从五个方面展开,一是…), not findings, demands or results (审计发现的问题主要有:, 会议要求:, 取得明显
    成效,) nor a speaker's 一要…二要…; and the paragraph reports nothing done."""
    pre = m[start:first]
    return (
        "。" not in pre
        and not any(w in pre for w in _VOCAB_LISTS.points_not_plan_words)
        and not all(word.endswith(_DEMAND_ORDINAL) for _at, word in run)
        and paragraph_role(pre) != "progress"
    )


def _reported_measures(src: SourceDocument, out: Outline) -> None:
    """A news flash that runs the document's sentences together after reporting it (…的通知。通知提出,做强做精基础锂盐
    …。加强正极材料…。培育引进…。): each quoted sentence is an unnumbered measure."""
    lines = out.lines
    for a, b in _paragraph_items(lines):
        start, end = lines[a].lstart, lines[b].rend
        if lines[a].kind != "content":
            continue
        found = reported_sentences(src.match[start:end])
        if not found:
            continue
        for lo, hi in found:
            _add_run_measure(src, out, a, b, "", Span(start + lo, start + hi))
        break
    if out.measures:
        _fill_measure_owner(out)
        _assign_lines(out)


def _demanded_measures(src: SourceDocument, out: Outline) -> None:
    """A meeting report or a speech that quotes the demands made (会议要求,各单位要…。 / 李微强调,要以…;各部门要…。):
    each demanding sentence an unnumbered measure (see :func:`_add_demands`), or the pieces of a paragraph that
    divides the duties after a colon naming them (压实各部门职责:A…;B…)."""
    lines = out.lines
    demanded = False  # the paragraph before quoted a demand
    for a, b in _paragraph_items(lines):
        if lines[a].kind != "content":
            demanded = False
            continue
        if _add_demands(src, out, a, b):
            demanded = True
        elif demanded and _charged_line(src, lines[a].lstart, lines[b].rend):
            # 会议要求,…。⏎市公安局要…;⏎市卫生健康委要…;: the demand's pieces one a line, each a measure
            _add_charged_pieces(src, out, (a, b), Span(lines[a].lstart, lines[b].rend))
        else:
            demanded = False
            _add_colon_divisions(src, out, a, lines[a].lstart, lines[b].rend)
    if out.measures:
        _fill_measure_owner(out)
        _assign_lines(out)


def _charged_line(src: SourceDocument, start: int, end: int) -> bool:
    """Whether a paragraph opens with a named body and its modal (市公安局要提前制订…;): a piece of a demand's
    division printed on a line of its own (round 42's second review, f1_06)."""
    subject = division_subject(src, start, end) or places_subject(src.match, start, end)
    return subject is not None and subject.start == start and opens_with_modal(src.match[subject.end : end])


def _add_demands(src: SourceDocument, out: Outline, a: int, b: int) -> bool:
    """The demands a paragraph (lines ``a``..``b``) quotes, a measure each, its words after the run-in its text (a
    demand dividing the duties among bodies in ;-pieces, a measure a piece); after a demand, a sentence that demands
    again (要明确…。) or charges a body of its own (各牵头部门要按照…。) is another, any other goes on the one before
    it (到2023年底,要初步建成…). False when the paragraph quotes no demand."""
    start, end = out.lines[a].lstart, out.lines[b].rend
    found = demanded_sentences(src.match[start:end], src.match)
    for k, (_lo, body, hi) in enumerate(found):
        span = Span(start + body, start + hi)
        if (
            not _add_division(src, out, a, span, span.start)
            and not _add_modal_pieces(src, out, a, b, span)
            and not _add_duty_pieces(src, out, a, b, span)
        ):
            _add_charged_pieces(src, out, (a, b), span)
        stop = start + found[k + 1][0] if k + 1 < len(found) else end
        _add_demands_after(src, out, a, b, start + hi, stop)
    return bool(found)


def _add_colon_divisions(src: SourceDocument, out: Outline, a: int, start: int, end: int) -> None:
    """The sentences of a paragraph (``start``..``end``, from line ``a``) that divide the duties among bodies after a
    colon naming them as duties (会议进一步压实各部门职责:住建局统筹协调全局,…;应急局严管…;市场监管局从…): each
    piece a measure."""
    m = src.match
    for at, stop in _sentences(m, start, end):
        body = divided_heading(m, at, stop)
        if body is not None:
            _add_division(src, out, a, Span(at, stop), body)


def _sentences(m: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentences of ``m[start:end]``, each up to and with its 。 (the last one up to ``end``), blanks skipped."""
    at = start
    while at < end:
        while at < end and m[at] in " \t\u3000":
            at += 1
        stop = m.find("。", at, end)
        stop = end if stop < 0 else stop + 1
        if at < stop:
            yield at, stop
        at = stop


def _semicolon_pieces(m: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ;-pieces of ``m[start:end]`` that hold more than punctuation."""
    bounds = [start, *(k + 1 for k in range(start, end) if m[k] == ";"), end]
    return [(p, q) for p, q in itertools.pairwise(bounds) if m[p:q].strip(" \t\u3000;。")]


_DIVISION_PIECES_MIN = (
    2  # ;-pieces each charging its own bodies: one such piece is a sentence, not a division
)


def _add_division(src: SourceDocument, out: Outline, a: int, span: Span, body: int) -> bool:
    """A demand that divides the duties among bodies in ;-pieces (该市要求,水务部门要…;公安部门要…;交通、交警部门
    要…。): each piece a measure, the bodies it opens with its clause; False (nothing added) unless every piece opens
    with its own bodies."""
    pieces = _semicolon_pieces(src.match, body, span.end)
    if len(pieces) < _DIVISION_PIECES_MIN:
        return False
    subjects: list[Span] = []
    for p, q in pieces:
        subject = _handed_clause(src, p, q) or division_subject(src, p, q) or places_subject(src.match, p, q)
        if subject is None:
            return False
        subjects.append(subject)
    if all(places_subject(src.match, p, q) is not None for p, q in pieces):
        return False  # 各乡镇要…;各村要…: the places' shares of one charge, no division among bodies
    out.lines[a].kind = "measure"
    placed: list[tuple[int, int, Span]] = []
    for (p, q), clause in zip(pieces, subjects, strict=True):
        # 县水利局要加强水库巡查,县应急管理局要备足防汛物资: a piece's comma pieces each charging a named body of its own
        bounds = [p, *_charged_cuts(src, p, q), q]
        for k, (p2, q2) in enumerate(itertools.pairwise(bounds)):
            own = clause if k == 0 else division_subject(src, p2, q2)
            end = len(src.match[:q2].rstrip(" \t,")) if q2 != q else q2
            placed.append((p2, max(end, p2 + 1), own or clause))
    for k, (p, q, clause) in enumerate(placed):
        out.measures.append(
            MeasureItem(
                number="",
                level=3,
                span=Span(span.start if k == 0 else p, q),
                body=p,
                line=a,
                section=None,
                inline_clause=clause,
                clauses=[clause],
            )
        )
    return True


def _handed_clause(src: SourceDocument, p: int, q: int) -> Span | None:
    """The clause a piece of a division opens with when it hands the task over (由A牵头,B、C配合,在9月底前完成…),
    else None."""
    at = p + len(src.match[p:q]) - len(src.match[p:q].lstrip(" \t\u3000"))
    if not src.match.startswith("由", at):
        return None
    clauses = find_inline_clauses(src, at, q)
    return clauses[0] if clauses and clauses[0].start == at else None


def _add_modal_pieces(src: SourceDocument, out: Outline, a: int, b: int, span: Span) -> bool:
    """A demand that runs its tasks together in ;-pieces each opened by the modal (强调要建立工作平台,…;要互通工作信息,
    …;要突出工作特色,…): each piece a measure; False (nothing added) unless every piece opens with the modal
    (heldout73 dq06)."""
    pieces = _semicolon_pieces(src.match, span.start, span.end)
    if len(pieces) < _DIVISION_PIECES_MIN or not all(opens_with_modal(src.match[p:q]) for p, q in pieces):
        return False
    for p, q in pieces:
        _add_run_measure(src, out, a, b, "", Span(p, len(src.match[:q].rstrip(" \t。"))))
    return True


_DUTY_PIECE = re.compile(r"[^,;。]{2,30}?负责")  # 机关职工负责龙角集镇… / 学校、卫生院等单位职工负责…
_DUTY_PIECES_MIN = 3  # ;-pieces of a demand, two of them at least opening with who is responsible for what


def _add_duty_pieces(src: SourceDocument, out: Outline, a: int, b: int, span: Span) -> bool:
    """A demand that parcels the work out in ;-pieces, two at least opening with who is responsible (会议要求,机关全体
    职工…全部参与;每周周五下午为大扫除日;机关职工负责龙角集镇…;学校、卫生院等单位职工负责…): each piece a measure,
    as the annotators split it (heldout84 eb10, heldout80 dx06's last demand); False (nothing added) otherwise."""
    m = src.match
    pieces = _semicolon_pieces(m, span.start, span.end)
    duties = sum(_DUTY_PIECE.match(m, p + len(m[p:q]) - len(m[p:q].lstrip())) is not None for p, q in pieces)
    if len(pieces) < _DUTY_PIECES_MIN or duties < 2:
        return False
    for p, q in pieces:
        _add_run_measure(src, out, a, b, "", Span(p, len(m[:q].rstrip(" \t。;"))))
    return True


def _add_charged_pieces(src: SourceDocument, out: Outline, lines: tuple[int, int], span: Span) -> None:
    """A demanding sentence, a measure; or a measure each of its comma pieces where it and later pieces open with
    bodies of their own (named, no collective) and their modal (县财政局要做好…,县自然资源和规划局要及时跟进…: each
    body's task, as the annotation example splits a sentence whose clauses name their own bodies)."""
    m = src.match
    pieces = _semicolon_pieces(m, span.start, span.end)
    if _task_pieces(src, pieces):
        # 要加快项目进度,…;做好要素保障,自然资源、林业等部门要…;加快资金支付,财政部门要…: each ;-piece a task of
        # its own, two at least charging bodies of their own (heldout80 dx06's gold, read after the round's score;
        # 要以…;各部门要… stays one demand: heldout64 dh07's gold)
        for p, q in pieces:
            end = len(m[:q].rstrip(" \t;。"))
            _add_charged_pieces(src, out, lines, Span(p, max(end, p + 1)))
            if not out.measures[-1].clauses:
                out.measures[-1].clauses = _titled_subject(src, p, q)  # 加快资金支付,财政部门要…
        return
    if _add_charged_runs(src, out, lines, pieces):
        return
    bounds = [span.start, *_charged_cuts(src, span.start, span.end), span.end]
    for p, q in itertools.pairwise(bounds):
        end = len(m[:q].rstrip(" \t,。")) if q != span.end else q
        _add_run_measure(src, out, lines[0], lines[1], "", Span(p, max(end, p + 1)))


def _add_charged_runs(
    src: SourceDocument, out: Outline, lines: tuple[int, int], pieces: list[tuple[int, int]]
) -> bool:
    """A demanding sentence whose ;-pieces charge bodies of their own in two pieces at least, beside pieces that
    charge none (任务要不断细化,…;责任要不断强化,各责任单位要…;统筹要不断加强,项目指挥部要…): a measure from each
    charging piece, the pieces charging none going on the one before them (heldout117 fi09's gold records the
    charged pieces only). False (nothing added) otherwise."""
    m = src.match
    para = (out.lines[lines[0]].lstart, out.lines[lines[1]].rend)
    if len(pieces) < _DIVISION_PIECES_MIN or _ORDINAL_POINT.search(m, *para) is not None:
        return False  # (a point's division is its own text: heldout80 dx09's gold)
    bodies = [_piece_bodies(src, p, q) for p, q in pieces]
    named = {m[c.start : c.end] for found in bodies for c in found}
    if sum(map(bool, bodies)) < _DIVISION_PIECES_MIN or len(named) < _DIVISION_PIECES_MIN:
        return False  # 各单位要…;各单位汇报材料要…;各单位要…: one collective throughout, one demand (heldout64 dh06)
    if all(n.startswith("各") for n in named):
        return False  # 各乡镇要…;各村要…: the places' shares of one charge, no division among bodies (round 37's test)
    charged = [bool(found) for found in bodies]
    for k, ((p, q), own) in enumerate(zip(pieces, charged, strict=True)):
        end = len(m[:q].rstrip(" \t;。"))
        if own or k == 0:
            _add_charged_pieces(src, out, lines, Span(p, max(end, p + 1)))
        else:
            _extend_last(out, end)
    return True


def _extend_last(out: Outline, end: int) -> None:
    """A piece charging no body of its own goes on the measure before it."""
    last = out.measures[-1]
    last.span = Span(last.span.start, max(last.span.end, end))


_SHORT_TITLE_MAX = 16  # characters of an item's title closed by its full stop, the text after it its own


def _skip_blank(m: str, a: int, b: int) -> int:
    """The first position from ``a`` (before ``b``) that is no blank."""
    while a < b and m[a] in " \t\u3000":
        a += 1
    return a


def _charges_or_dates(src: SourceDocument, a: int, b: int) -> bool:
    """Whether ``m[a:b]`` charges a body (:func:`find_charged_bodies`), hands its work to bodies in a clause (…工作由
    A、B牵头负责), or sets a date a task is due by."""
    return (
        _DUE_BY.search(src.match, a, b) is not None
        or bool(find_charged_bodies(src, a, b, kinds=True))
        or bool(find_inline_clauses(src, a, b))
    )


def _piece_bodies(src: SourceDocument, p: int, q: int) -> list[Span]:
    """The bodies a ;-piece charges as its subject, also after its short title (责任要不断强化,各责任单位要…) when the
    modal follows them."""
    found = find_charged_bodies(src, p, q, kinds=True)
    if found:
        return found
    titled = _titled_subject(src, p, q)
    return titled if titled and opens_with_modal(src.match[titled[-1].end : q]) else []


def _titled_subject(src: SourceDocument, p: int, q: int) -> list[Span]:
    """The bodies a piece charges right after its short title and comma (加快资金支付,财政部门要统筹…), as a division
    names them."""
    k = src.match.find(",", p, min(q, p + _PIECE_TITLE_MAX))
    subject = division_subject(src, k + 1, q) if k >= 0 else None
    return [subject] if subject is not None and subject.start == k + 1 else []


_PIECE_TITLE_MAX = 12  # 加快资金支付: a ;-piece's title before the bodies it charges


def _task_pieces(src: SourceDocument, pieces: list[tuple[int, int]]) -> bool:
    """Whether a demanding sentence's ;-pieces are tasks of their own: each opens with the modal or charges bodies,
    and two at least charge bodies that are no collective (自然资源、林业等部门 / 财政部门, not 各部门)."""
    if len(pieces) < _DIVISION_PIECES_MIN:
        return False
    own = every = 0
    for p, q in pieces:
        while p < q and src.match[p] in " \t\u3000":
            p += 1
        charged = (
            find_inline_clauses(src, p, q, bare_ok=True)
            or find_charged_bodies(src, p, q, kinds=True)
            or _titled_subject(src, p, q)
        )
        if not charged and not opens_with_modal(src.match[p:q], whole=True):
            return False
        every += bool(charged)
        own += bool(charged) and not any(src.match.startswith("各", c.start) for c in charged)
    # 各相关部门要…;电力、通讯、公安等部门要…;同时,各相关部门要…: three pieces or more each charging bodies, one named at
    # least, are tasks of their own too (heldout88 ef06)
    return own >= _DIVISION_PIECES_MIN or (own >= 1 and every == len(pieces) >= _CHARGED_PIECES_ALL_MIN)


_CHARGED_PIECES_ALL_MIN = (
    3  # ;-pieces a demand charges bodies in, every one: a division even beside collectives
)


def _charged_cuts(src: SourceDocument, a: int, b: int) -> list[int]:
    """Where the comma pieces of ``m[a:b]`` start that open with a named body of their own and its modal, when the
    text itself opens so (see :func:`_add_charged_pieces`); [] otherwise."""
    m = src.match
    cuts = [k + 1 for k in range(a, b) if m[k] == "," and _opens_charged(src, k + 1, b)]
    if cuts and not _opens_charged(src, a, b):
        return []  # 各单位要加大…,市融媒体中心要充分运用…: a collective's task, a body's share in it (heldout65 di11)
    return cuts


def _opens_charged(src: SourceDocument, p: int, q: int) -> bool:
    """Whether the text at ``p`` opens with bodies named with their place or level and then a duty modal and a
    task of their own (县自然资源和规划局要…); not a partner's role (县财政局要积极配合: the task before it is shared),
    a body as an object (对县管委会要…) or a kind (项目单位要…)."""
    subject = division_subject(src, p, q)
    if subject is None or subject.start != p or not named_alone(src.match[subject.start : subject.end]):
        return False
    rest = src.match[subject.end : q]
    if not opens_with_modal(rest):
        return False
    return _ROLE_AFTER_MODAL.match(rest) is None


# 要积极配合 / 要协助 / 要牵头: a modal then a role verb, the piece a share of the task before it
_ROLE_AFTER_MODAL = re.compile(
    r"(?:要|务必|必须|需)(?:积极|主动|全力|密切)?(?:"
    + "|".join(map(re.escape, sorted(_VOCAB.verb_role, key=len, reverse=True)))
    + ")"
)


_ORDINAL_POINT = re.compile(r"[一二三四五六七八九十]是")  # 一是…二是…: a paragraph's points


def _add_demands_after(src: SourceDocument, out: Outline, a: int, b: int, at: int, end: int) -> None:
    """The sentences from ``at`` to ``end`` after a demand in its paragraph (lines ``a``..``b``): one that opens
    with a modal or a body and its duty a measure of its own, any other part of the measure before it."""
    m = src.match
    start = out.lines[a].lstart
    for p, q in _sentences(m, at, end):
        if q - p < _ANNOUNCED_TEXT_MIN:
            break
        # 市公安局要…;… / 市公安局负责…;…: a body charged by its modal or by its bare 负责 opening the sentence
        charged = find_charged_bodies(src, p, q, kinds=True) or find_inline_clauses(src, p, q, bare_ok=True)
        opening = past_connective(m, p, q)  # 同时,罗山县工改办要…: the body after the connective opens it
        pieces = _subject_pieces(src, p, q) if not (charged and charged[0].start in (p, opening)) else []
        if pieces:
            # 相关职能部门与属地乡(镇)要成立工作专班…;县发改局要充分发挥牵头作用…: the sentence's ;-pieces each open
            # with their own subject and modal, one a named body at least: a measure each (heldout117 fi01's gold);
            # a piece charging people or a topic (分管副县长要…) goes on the measure before it
            for piece, bodies in pieces:
                if bodies:
                    _add_charged_pieces(src, out, (a, b), piece)
                else:
                    _extend_last(out, piece.end)
        elif opens_with_modal(m[p:q]) or (charged and charged[0].start in (p, opening)):
            # 市公安局要…;市卫生健康委要…;团市委要…。 after the demand: the division's pieces, a measure each (not
            # in a paragraph of 一是…二是… points: a point's division is its own text, heldout80 dx09's gold)
            if _ORDINAL_POINT.search(m, start, end) is not None or not _add_division(
                src, out, a, Span(p, q), p
            ):
                _add_charged_pieces(src, out, (a, b), Span(p, q))
        else:
            last = out.measures[-1]
            last.span = Span(last.span.start, q)


# a ;-piece opening with its subject (no mark inside it) and a duty modal: 相关职能部门与属地乡(镇)要…
_SUBJECT_MODAL = re.compile(r"(?P<u>[^,;。:\s]{2,20}?)(?:要|应当|必须)")
_SUBJECT_JOINS = re.compile(r"[与和及、]")


def _bodies_subject(subject: str) -> bool:
    """Whether a piece's subject names bodies (相关职能部门与属地乡(镇)), not people, a pronoun or a topic (分管副县长,
    我们, 思想认识: round 44's review)."""
    from policykg.loaders.extract.units import UnitLexicon

    lexicon = UnitLexicon.load_default()
    parts = [p for p in _SUBJECT_JOINS.split(subject) if p]
    return bool(parts) and all(lexicon.ends_as_unit(p) and not is_person(p) for p in parts)


def _subject_pieces(src: SourceDocument, p: int, q: int) -> list[tuple[Span, bool]]:
    """The ;-pieces of the sentence ``m[p:q]`` when each opens with a subject and its modal and one at least with a
    named body charged (:func:`find_charged_bodies`), each with whether its subject names bodies (not people, a
    pronoun or a topic: 分管副县长要…, 思想认识要…); else []."""
    m = src.match
    pieces = _semicolon_pieces(m, p, q)
    if len(pieces) < _DIVISION_PIECES_MIN:
        return []
    out: list[tuple[Span, bool]] = []
    named = False
    for a, b in pieces:
        while a < b and m[a] in " \t\u3000":
            a += 1
        sm = _SUBJECT_MODAL.match(m, a, b)
        if sm is None:
            return []
        charged = find_charged_bodies(src, a, b, kinds=True)
        named = named or bool(charged and charged[0].start == a)
        out.append((Span(a, max(a + 1, len(m[:b].rstrip(" \t;。")))), _bodies_subject(sm.group("u"))))
    return out if named else []


_QUOTA_ROWS_MIN = 3  # rows of an allocation table: fewer are a figure or two, no division of quotas


# 铜梁县 / 万盛区 / 城关镇: a division's name, its level closing it (a table's rows name places the lexicon may not
# know: counties renamed since, towns)
_DIVISION_NAME = re.compile(
    r"[\u4e00-\u9fff]{1,8}(?:自治县|自治州|新区|开发区|街道|省|市|区|县|州|盟|旗|镇|乡)"
)


def _quota_holder(name: str) -> bool:
    """Whether an allocation row's first cell names the body or place its quotas are charged to."""
    return not is_total(name) and (_DIVISION_NAME.fullmatch(name) is not None or is_unit_list(name))


def _quota_row_measures(src: SourceDocument, out: Outline) -> None:
    """A notice handing down quotas in an allocation table (责任单位 外贸出口目标 实到外资目标 ⏎ 万州区 1900 300):
    each row whose first cell names its body or place a measure, that cell its clause (heldout74 dr07)."""
    if not hands_quotas_down(src.match):
        return  # 进展情况的通报 / 捐款情况公示 / 决算公开: figures reported, no quotas handed down
    rows = [r for r in allocation_rows(src.match) if _quota_holder(src.match[r.name_start : r.name_end])]
    if len(rows) < _QUOTA_ROWS_MIN:
        return
    for r in rows:
        i = next(k for k, ln in enumerate(out.lines) if ln.lstart <= r.start < ln.rend + 1)
        _add_clause_measure(out, i, Span(r.name_start, r.end), Span(r.name_start, r.name_end))
    _fill_measure_owner(out)
    _assign_lines(out)


def _add_clause_measure(out: Outline, i: int, span: Span, clause: Span, more: Sequence[Span] = ()) -> None:
    """An unnumbered measure on line ``i`` over ``span``, ``clause`` the span naming its bodies (``more``: the
    clauses naming its partners after it)."""
    out.lines[i].kind = "measure"
    out.measures.append(
        MeasureItem(
            number="",
            level=3,
            span=span,
            body=span.start,
            line=i,
            section=None,
            inline_clause=clause,
            clauses=[clause, *more],
        )
    )


_CHARGED_SENTENCES_MIN = (
    2  # sentences a page opens with their bodies: one is a report's sentence, not its tasks
)


def _charged_sentence_measures(src: SourceDocument, out: Outline) -> None:
    """A report that hands out the tasks sentence by sentence, each opened by the body it charges (市公安局牵头,负责
    组织开展…。市住房和城乡建设局牵头,负责…。): each such sentence an unnumbered measure, where the page has two or
    more and no other reading found its tasks; a sentence reporting progress (…已完成…) is none."""
    items = [(a, b) for a, b in _paragraph_items(out.lines) if out.lines[a].kind == "content"]
    # departments' kinds acting in ;-pieces (该县公安部门派出…;卫生部门对…) only on a page numbering nothing
    found, _bare = _charged_found(src, out.lines, items, kinds=not _numbers_anything(out.lines))
    if found:
        _add_charged_found(src, out, found)
        _fill_measure_owner(out)
        _assign_lines(out)


_RUN_ON_MARKER = re.compile(rf"[。;]\s*(?:\([{_CN}]{{1,3}}\)|[{_CN}]{{1,3}}、|\d{{1,2}}[.、])")


def _modal_sentence_measures(src: SourceDocument, out: Outline) -> None:
    """A page with no heading at all that no other reading found tasks on, whose sentences each open with named bodies
    charged by a duty's modal (市财政局要切实加强…。市商务局要认真做好…。): each such sentence an unnumbered measure
    (heldout111 fc09's gold; a page cut before its next heading, …。⏎(二)加强…, is the tail of an item: heldout24
    bw11)."""
    if out.sections or _RUN_ON_MARKER.search(src.match) is not None:
        return  # …有效开展。(三)开展专项整治。…: a plan's items run together, not sentences of their own (round 39)
    items = [(a, b) for a, b in _paragraph_items(out.lines) if out.lines[a].kind == "content"]
    found, _bare = _charged_found(src, out.lines, items, modal=True)
    if found:
        _add_charged_found(src, out, found)
        _fill_measure_owner(out)
        _assign_lines(out)


_Found = tuple[int, int, int, int, Span]  # a charged piece: its paragraph's lines, its span, its clause


def _charged_found(
    src: SourceDocument,
    lines: list[Line],
    items: list[tuple[int, int]],
    *,
    kinds: bool = False,
    modal: bool = False,
) -> tuple[list[_Found], int]:
    """The sentences and ;-pieces of the paragraphs ``items`` each opened by the bodies they charge, and how many
    with a bare 负责; none where too few hand tasks out (市发改委负责拟订…。市发改委负责统筹…: one body's functions)."""
    found: list[_Found] = []
    others: list[tuple[int, int, int, int]] = []  # pieces opening otherwise
    bodies: set[str] = set()
    bare = 0  # sentences whose clause is the bodies and a bare 负责 (区住建局负责…)
    for a, b in items:
        for p, q in _charged_pieces(src.match, lines[a].lstart, lines[b].rend):
            opening = _charged_opening(src, p, q, modal=modal) or (
                _kinds_acting(src.match, p, q) if kinds else None
            )
            if opening is not None and _firms_or_kind(src.match[opening[0].start : opening[0].end]):
                opening = None  # 企业要落实门前三包责任: a kind of actor, no body (round 41's review)
            if opening is None and kinds:
                opening = _named_share(src, p, q)  # 市公安局现已制定…: a named body's share reported
            if opening is None:
                others.append((a, b, p, q))
                continue
            clause, duty = opening
            if _OWN_PLACE_WORD.fullmatch(src.match, p, clause.start):
                p = (
                    clause.start
                )  # 该县|公安部门派出…: the report's word for its place, no part of the task's words
            found.append((a, b, p, q, clause))
            bodies.add(src.match[clause.start : clause.end])
            bare += duty
    least = _BARE_DUTIES_MIN if bare == len(found) else _CHARGED_SENTENCES_MIN
    if len(found) < least or len(bodies) < (least if bare else _CHARGED_BODIES_MIN):
        # (各区人民政府…要切实加强…。…各区人民政府…要认真配合…: one collective charged with a modal twice is a notice's
        # tasks; one body's bare 负责 lines are its functions)
        return [], bare
    if bare >= _BARE_DUTIES_MIN:
        found = sorted([*found, *_run_body_pieces(src.match, others, found)], key=lambda f: f[2])
    return found, bare


_CHARGED_BODIES_MIN = 1  # bodies charged with a modal in a page's sentences (each its own task)


def _add_charged_found(src: SourceDocument, out: Outline, found: list[_Found]) -> None:
    """Each charged piece an unnumbered measure, its clause and the partners its ;-piece names."""
    for a, b, p, q, clause in found:
        i = next(j for j in range(b, a - 1, -1) if out.lines[j].start <= p)
        partners = (
            find_inline_clauses(src, clause.end, q, bare_ok=True) if src.match.find(";", p, q) >= 0 else []
        )
        _add_clause_measure(out, i, Span(p, len(src.match[:q].rstrip())), clause, partners)


def _run_body_pieces(
    m: str, others: list[tuple[int, int, int, int]], found: list[tuple[int, int, int, int, Span]]
) -> list[tuple[int, int, int, int, Span]]:
    """The ;-pieces of a division of bare duties that open otherwise but with a named body and a word of its share
    (…;市消防大队要深入小区…;市公安局依托辖区派出所加强…;): pieces of a sentence one of whose ;-pieces is found."""
    runs = {(a, b) for a, b, p, q, _c in found if m.find(";", p - 2, p) >= 0 or m.startswith(";", q)}
    out: list[tuple[int, int, int, int, Span]] = []
    for a, b, p, q in others:
        in_run = m.find(";", p - 2, p) >= 0 or m.startswith(";", q)
        body = _run_body(m, p, q) if in_run and (a, b) in runs else None
        if body is not None:
            out.append((a, b, p, q, body))
    return out


_RUN_BODY_MAX = 30  # characters of the bodies opening a piece of a division


def _run_body(m: str, p: int, q: int) -> Span | None:
    """The named bodies opening ``m[p:q]`` before a word of their share (市消防大队|要…, 市公安局|依托…), or None."""
    v = vocabulary()
    for k in range(p + 2, min(q, p + _RUN_BODY_MAX) + 1):
        if not m.startswith(v.charged_run_body_words, k) or m.startswith(v.not_modals, k):
            continue  # 县政府应急办 / 县委要求…: 应急 and 要求 are no modal
        if named_alone(m[p:k]) or _collective_alone(m[p:k]):
            return Span(p, k)
    return None


def _firms_or_kind(text: str) -> bool:
    """企业 / 广大群众: a clause naming a kind of actor only, no body."""
    text = text.strip()
    joint = (
        text.removeprefix("各") in vocabulary().bare_bodies
    )  # 领导小组 / 各成员单位: joint bodies named bare
    return (bare_kind(text) and not joint) or text.startswith(("广大", "全体"))


def _collective_alone(text: str) -> bool:
    """各乡镇 / 各街道: the collective of places a division's last piece charges (round 41's review)."""
    from policykg.loaders.extract.units import UnitLexicon

    collective = UnitLexicon.load_default().collective_prefix
    return text.startswith(collective) and is_unit_list(text) and not bare_kind(text[len(collective) :])


def _charged_opening(src: SourceDocument, p: int, q: int, *, modal: bool = False) -> tuple[Span, bool] | None:
    """The clause a sentence opens with when it charges its bodies with a task (市公安局牵头,负责…), also after a
    body it creates (第一分队由县投资促进局牵头,负责…: the clause from 由), and whether its verb is a bare 负责;
    None when the sentence opens otherwise or reports what was done."""
    m = src.match
    duties = body_duties_colon(m, p, q)
    if duties:  # 市数字化城市管理中心职责:负责…: the bodies and the word for their duties, a bare share
        return Span(duties[0].start, duties[-1].end), True
    charged = find_inline_clauses(src, p, q, bare_ok=True)
    if not charged or charged[0].start != p:
        # 生态环境部门负责…: departments' kinds and a bare 负责 (heldout98)
        kinds = _KINDS_CHARGED.match(m, p, q)
        if kinds is None or not is_unit_list(kinds.group("u")):
            return _modal_opening(src, p, q) if modal else None
        charged = [Span(p, kinds.end())]
    clause = charged[0]
    k = m.find("由", p + 1, clause.end)
    if k > 0:
        after = find_inline_clauses(src, k, q, bare_ok=True)
        clause = after[0] if after and after[0].start == k else clause
    rest = m[clause.end : q]
    # 县住建局负责… / 县委督导组负责督促检查: a bare 负责 (or a 负责 verb) and a task, not what it is responsible for
    # reported (负责调度的项目42个 / 省级财政负责60% / 中央财政负责每户1.5万元: round 39's review)
    duty = (
        (m.find(_BARE_DUTY, max(p, clause.end - 4), clause.end) >= 0 or m.startswith(_BARE_DUTY, clause.end))
        and _REPORTED_AFTER_CLAUSE.search(rest) is None
        and _NO_TASK_AFTER_DUTY.match(rest) is None
    )
    return (clause, duty) if duty or _charges_a_task(rest) else None


_BARE_DUTY = "负责"


def _modal_opening(src: SourceDocument, p: int, q: int) -> tuple[Span, bool] | None:
    """The named bodies a sentence opens with when its duty's modal charges them (各区人民政府、经济功能区及市有关单位、
    协会要切实加强… / 市财政局要…: heldout111 fc09's gold records each such sentence), never a bare duty."""
    m = src.match
    named = find_charged_bodies(src, p, q, kinds=True)
    if (
        not named
        or named[0].start != p
        or not _opens_modal(m, named[-1].end)
        or (
            m.startswith(_VOCAB_LISTS.modal_not_duty, named[-1].end)
            # 将: a plan announced, or 把 (将资金…发放); 将负责 / 将牵头: a share of the work handed over (heldout174 hn03)
            and not (
                m.startswith(_VOCAB_LISTS.modal_duty_roles, named[-1].end + 1)
                and not m.startswith(_VOCAB_LISTS.modal_role_not, named[-1].end + 1)
            )
        )
        or m.startswith(_VOCAB_LISTS.not_modals, named[-1].end + 1)  # 市政府还要求,…: a demand, no duty
        or q - named[-1].end < _MODAL_TASK_MIN  # 縣政府將 (a line the page cut): no task
        or "?" in m[q - 1 : q + 2]  # 各区要如何落实…?: a question asked
        or m[named[0].start : named[0].end].endswith(_VOCAB_LISTS.points_not_doers)  # …供电公司要…: a firm
    ):
        return None
    if all(_GENERIC_BODIES.search(m, n.start, n.end) for n in named):
        return (
            None  # 各地各部门要… / 各责任单位要…: a closing requirement to the addressees, no task of its own
        )
    return Span(named[0].start, named[-1].end), False


# the addressees as a whole, no named body (data: [duty] addressee_words, addressee_ends)
_GENERIC_BODIES = re.compile(
    "|".join(map(re.escape, _VOCAB_LISTS.addressee_words))
    + "|(?:"
    + "|".join(map(re.escape, _VOCAB_LISTS.addressee_ends))
    + ")$"
)


_MODAL_TASK_MIN = 6  # characters of a modal and the task it charges (要加强组织领导)
# 发展和改革部门负责… / 商务、供销、市场监管部门负责…: departments named by their kind, then a bare 负责 (a 管理办法's
# division of duties quoted on a Q&A page: heldout98 ep13); read only where three such sentences hand duties out
_KINDS_CHARGED = re.compile(r"(?P<u>[^,;。:\s()各]{2,24}?(?:部门|机构))负责")
# 该县公安部门派出值勤队…;卫生部门对…进行卫生检查…;住建、规划、环保部门将停止…: departments by their kind (after
# the page's own place at most) each opening a ;-piece or sentence with their act (heldout88 ef07's gold records a
# measure each); read only where three such pieces hand the work out, never their data or what they own
_KINDS_ACTING = re.compile(
    r"(?:[该全我][省市县区镇乡])?(?P<u>[^,;。:\s()各该全我]{2,24}?部门)(?=[\u4e00-\u9fff])"
    rf"(?!{_literal_rx(vocabulary().charged_kinds_not_after).pattern})"
)
# statistics, forecasts and results reported (农业农村部门统计… / 气象部门预计… / 公安部门共查处…56起 / …已全部腾退):
# no act of a division's (round 41's review)
_KINDS_REPORTED = re.compile(r"\d|" + _literal_rx(vocabulary().charged_kinds_reported).pattern)
_NUMBERED_ANYWHERE = re.compile(
    r"\([一二三四五六七八九十]\)|(?:^|[\s。])[一二三四五六七八九十]{1,3}、|(?:^|\s)[1-9][.、]", re.M
)
_OWN_PLACE_WORD = re.compile(r"[该全我][省市县区镇乡]")


def _numbers_anything(lines: list[Line]) -> bool:
    """Whether the page's own text (no furniture: a related-news list's 1.…, 2.…) numbers anything."""
    text = "\n".join(ln.match for ln in lines if ln.kind != "boilerplate")
    return _NUMBERED_ANYWHERE.search(text) is not None


_KINDS_NOT_NAMED = vocabulary().charged_kinds_not_named


def _kinds_acting(m: str, p: int, q: int) -> tuple[Span, bool] | None:
    """The departments' kinds opening ``m[p:q]`` before their act, as a bare share (see _KINDS_ACTING), or None."""
    if not (m.startswith(";", q) or m[:p].rstrip().endswith(";")):
        return None  # a ;-piece of a division only (whole sentences of kinds may be an item's own words)
    km = _KINDS_ACTING.match(m, p, q)
    if km is None or km.group("u").startswith(_KINDS_NOT_NAMED) or not is_unit_list(km.group("u")):
        return None
    if _KINDS_REPORTED.search(m, km.end(), q) is not None:
        return None  # 公安部门共查处…56起: a result reported, no act handed out
    return Span(km.start("u"), km.end("u")), True


_SHARE_AT = re.compile("(?:(?:" + _literal_rx(vocabulary().charged_share_connectives).pattern + "),?)?")
_SHARE_WORDS = vocabulary().charged_share_words
_SHARE_REPORTED = _literal_rx(vocabulary().charged_share_reported)
_SHARE_NOT = vocabulary().charged_share_not
_SHARE_NAME_MAX = 16  # characters of the body opening a reported share (大庆新闻传媒集团)


def _named_share(src: SourceDocument, p: int, q: int) -> tuple[Span, bool] | None:
    """A named body (with its level or its own name, no collective) opening ``m[p:q]`` with its share of an event's
    preparations reported (市公安局现已制定… / 同时油田公司还将抽调…), as a bare share; None otherwise."""
    m = src.match
    at = _SHARE_AT.match(m, p, q)
    a = at.end() if at is not None else p
    if _SHARE_REPORTED.search(m, a, q) is not None:
        return None  # 市公安局已经破获…126起 / 市教育局负责人介绍…: results and speakers, no share
    found: Span | None = None
    for k in range(a + 2, min(q, a + _SHARE_NAME_MAX) + 1):
        word = next((w for w in _SHARE_WORDS if m.startswith(w, k)), None)
        if word is None or m.startswith(_SHARE_NOT, k) or not named_alone(m[a:k]):
            continue
        if _share_reported(m, k + len(word), q, word):
            return None
        # the longest name (市委组织部现已…, not 市委|组织); 市公安局牵头安全保障组: the role verb in the clause
        found = Span(a, k + len(word) if word in _ROLE_SHARE_WORDS else k)
    return (found, True) if found is not None else None


_ROLE_SHARE_WORDS = ("牵头",)
_SHARE_VERB_REACH = (
    8  # characters after a share word its verb's 了 or 的 stands within (组织开展了… / 牵头起草的…)
)


def _share_reported(m: str, at: int, q: int, word: str) -> bool:
    """Whether a share's words after its share word (from ``at``) report rather than hand the work out: an act done
    (组织开展了讲座, 现宣读了…), a clause naming a thing by who made it (牵头起草的《条例》已经…通过), a share made and its
    money spent (现已发放…3200万元) (round 42's second review)."""
    reach = m[at : min(q, at + _SHARE_VERB_REACH)]
    if "了" in reach or "的" in reach:
        return True
    return word in _SHARE_DONE and _SPENT.search(m, at, q) is not None


_SPENT = re.compile(
    r"\d[\d.]*(?:万|亿)?元"
)  # 现已发放…3200万元: money spent, a result (抽调20名干部 is a share)


_SHARE_DONE = vocabulary().charged_share_done


_NO_TASK_AFTER_DUTY = re.compile(r"[\d.%]|每|[^,;。]{0,6}的")
_BARE_DUTIES_MIN = (
    3  # sentences or ;-pieces of bodies and their bare 负责 a page hands out (round 35's division)
)


def _charged_pieces(m: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentences of ``m[start:end]`` a body's clause may open (see :func:`_line_sentences`), a sentence run on in
    ;-pieces each a piece of its own (县农业农村局负责…;县自然资源局、县经济指导站负责…;县司法局负责…。), a frame
    of the report's before the first (行动中,县农业农村局负责…) left out."""
    for p, q in _line_sentences(m, start, end):
        # a piece naming the partners alone (市住建局牵头,负责…;市城管局、市交通局配合。) goes with the piece before
        cuts = [k + 1 for k in range(p, q) if m[k] == ";" and not _PARTNERS_PIECE.match(m, k + 1, q)]
        cuts = sorted([*cuts, *_handed_cuts(m, p, q)])
        bounds = [p, *cuts, q]
        for k, (a, b) in enumerate(itertools.pairwise(bounds)):
            a += len(m[a:b]) - len(m[a:b].lstrip())
            frame = _CHARGED_FRAME.match(m, a, b) if k == 0 and len(bounds) > 2 else None
            yield (frame.end() if frame else a), len(m[:b].rstrip(" \t;"))


# 由公安分局负责做好对烟花爆竹的管控,由区交警队负责…: a 由-clause after a comma, the piece before opening with its own
# (heldout115 fg06, read after the kept-out score); not …的管控,由公安分局负责 (a task, then its owner)
_HANDED_OPENING = re.compile(r"由[^,;。:由]{2,40}?(?:负责|牵头)")


def _handed_cuts(m: str, p: int, q: int) -> list[int]:
    """Where a sentence's comma pieces open with a 由-clause of their own after a piece that opened with one."""
    cuts: list[int] = []
    piece = p
    for k in range(p, q):
        if m[k] in ";":
            piece = k + 1
        elif m[k] == "," and _HANDED_OPENING.match(m, k + 1, q) and _HANDED_OPENING.match(m, piece, k):
            cuts.append(k + 1)
            piece = k + 1
    return cuts


# 行动中, / 工作中, / 其中, / 自11月19日起,: a report's frame before the first of a sentence's ;-pieces that each charge
# a body (the day it runs from: heldout115 fg06, read after the kept-out score)
_CHARGED_FRAME = re.compile(
    "(?:" + _literal_rx(vocabulary().charged_frames).pattern + r"|自[^,;。]{1,12}?起),"
)
# 市城管局、市交通局配合。: a ;-piece of partners and their role alone, no task of its own (round 39's review)
_PARTNERS_PIECE = re.compile(
    r"[ \t\u3000]*[^,;。]{2,60}?(?:"
    + _literal_rx(tuple(w for w, r in vocabulary().verb_role.items() if r == "support")).pattern
    + r")[ \t\u3000]*(?:$|[;。])"
)


# 负责组织开展… / 将开展… / 要加强…: the duty words after a body's clause that state a task to do
_TASK_AFTER_CLAUSE = _literal_rx(vocabulary().charged_task_words)
# 牵头开展了… / 累计改造… / 已完成… / 建成… / 牵头汇报了…: a report of what was done or said, no task
_REPORTED_AFTER_CLAUSE = _literal_rx(vocabulary().charged_reported_words)


def _charges_a_task(rest: str) -> bool:
    """Whether the words after a sentence's opening clause (市公安局牵头|,负责组织开展…) state a task to do, not what
    was done (牵头开展了…, 累计改造…) or said (牵头汇报了…); a body's bare 负责 sentences (区住建局负责…。区财政局负责…。)
    are round 35's division of duties, three at least."""
    return _TASK_AFTER_CLAUSE.search(rest) is not None and _REPORTED_AFTER_CLAUSE.search(rest) is None


def _line_sentences(m: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentences of ``m[start:end]`` (see :func:`_sentences`), a line break ending one too (a title line with no
    full stop before the first task)."""
    for p, q in _sentences(m, start, end):
        at = p
        for k in [*(i for i in range(p, q) if m[i] == "\n"), q]:
            piece = m[at:k]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                yield at + lead, k
            at = k + 1


def _distributed_measures(src: SourceDocument, out: Outline) -> None:
    """A report on a division of work that hands each body its tasks in run-on sentences (有3项由A牵头,分别是X;Y;Z。
    / A、B等分工负责X;Y。 / 例如,X,由A、B等分工负责。): each task an unnumbered measure, the bodies its clause; only
    where some sentence runs tasks together after its bodies."""
    lines = out.lines
    found: list[tuple[int, int, tuple[int, int, int, int]]] = []
    run_on = False
    for a, b in _paragraph_items(lines):
        if lines[a].kind != "content":
            continue
        start = lines[a].lstart
        tasks, ran = distributed_tasks(src.match[start : lines[b].rend])
        run_on = run_on or ran
        found.extend((a, b, (start + p, start + q, start + c, start + d)) for p, q, c, d in tasks)
    if not run_on:
        return
    for a, b, (p, q, c, d) in found:
        i = next(j for j in range(b, a - 1, -1) if lines[j].start <= p)
        _add_clause_measure(out, i, Span(p, q), Span(c, d))
    _fill_measure_owner(out)
    _assign_lines(out)


def _run_lead_bodies(src: SourceDocument, start: int, first: int) -> list[Span]:
    """The bodies the sentence right before a paragraph's first ordinal word charges (李立强调:各相关部门要全力以赴
    做好整改工作。一是…;二是…): the subject of every task of the run that names none of its own."""
    m = src.match
    stop = len(m[:first].rstrip())
    if stop <= start or m[stop - 1] not in "。:":
        return []
    lo = max(m.rfind(c, start, stop - 1) for c in "。:;\n") + 1
    return find_charged_bodies(src, max(lo, start), stop, kinds=True)


def _add_run_measure(
    src: SourceDocument,
    out: Outline,
    a: int,
    b: int,
    word: str,
    span: Span,
    skip: int | None = None,
    lead: list[Span] | None = None,
) -> None:
    """One task of a paragraph's ordinal run: a measure on the line (of ``a``..``b``) its word stands on, its text
    from ``skip`` characters on (the word and the comma after it: 第一,…), the word's length if not given; ``lead``
    the bodies the run's lead sentence charges, when the task charges none of its own."""
    i = next(j for j in range(b, a - 1, -1) if out.lines[j].start <= span.start)
    out.lines[i].kind = "measure"
    body = span.start + (len(word) if skip is None else skip)
    clauses = find_inline_clauses(src, body, span.end, bare_ok=True)
    if not clauses:  # 二是政法机关要…: no clause, the bodies its sentences charge
        clauses = find_charged_bodies(src, body, span.end, kinds=True) or list(lead or ())
    out.measures.append(
        MeasureItem(
            number=word,
            level=3,
            span=span,
            body=body,
            line=i,
            section=None,
            inline_clause=clauses[-1] if clauses and clauses[-1].start >= span.start else None,
            clauses=clauses,
        )
    )


def _counted_measures(src: SourceDocument, out: Outline) -> None:
    """A page without numbers that announces a count of tasks and hands them over with a colon (今年将办好10件民生
    实事:): the paragraphs after it, one a task, are its measures when as many follow as it counts (fewer where the
    page ends inside the list); the tasks run together after the colon in one paragraph, one a ;-piece, when the
    pieces are as many as it counts."""
    lines = out.lines
    for k, line in enumerate(lines):
        if line.kind != "content":
            continue
        text = fold(line.stripped)
        colon = text.rfind(":")
        count = _announced_count(text[: colon + 1]) if colon > 0 else None
        if (
            count is not None
            and _ASPECTS.search(text, 0, colon + 1)
            and not _DEMANDED_ASPECTS.search(text, 0, colon)
        ):
            count = (
                None  # 问题主要表现在三个方面:: points found, no tasks; only a demand counts its points so
            )
        if (
            count is None
            and 0 < colon < len(text) - 1
            and _NAMED_TASKS.search(text, 0, colon + 1)
            and _PAST_TASKS.search(text, 0, colon) is None
        ):
            # …控烟履约工作的目标任务是:积极推进控烟立法;力争…;创建…: the tasks named, not counted, run on
            _counted_pieces(src, out, k, line.lstart + colon + 1, line.rend, None)
            if out.measures:
                return
        if count is None or count < _ORDINALS_MIN:
            continue
        if colon == len(text) - 1:  # the tasks on the lines after it, one a paragraph
            tail = [(a + k + 1, b + k + 1) for a, b in _paragraph_items(lines[k + 1 :])]
            _counted_paragraphs(src, out, tail, count)
        else:
            _counted_pieces(src, out, k, line.lstart + colon + 1, line.rend, count)
        return


def _opens_charged_body(src: SourceDocument, p: int, q: int) -> bool:
    """Whether the piece ``m[p:q]`` opens with the body it charges (区住建局要…)."""
    subject = division_subject(src, p, q)
    return (
        subject is not None
        and not src.match[p : subject.start].strip()
        and named_alone(src.match[subject.start : subject.end])  # 精心组织活动: no body named
    )


_GOING_ON = ("同时", "此外", "另外", "还要", "并要")
_DONE_MARKS = ("已", "了")


def _going_on(m: str, start: int, end: int) -> list[tuple[int, int]]:
    """The last ;-piece of counted tasks with the sentences after it that go on with one more (…确保红利让利于民。
    同时,全面压实责任…。), each its own; a sentence reporting what was done (此外,…已于5月投入使用) goes on with none."""
    sentences = list(_sentences(m, start, end))
    out = sentences[:1]
    for p, q in sentences[1:]:
        words = m[p:q].lstrip()
        if not words.startswith(_GOING_ON) or any(w in words for w in _DONE_MARKS):
            return [(start, end)]
        out.append((p, q))
    return out


def _counted_paragraphs(src: SourceDocument, out: Outline, items: list[tuple[int, int]], count: int) -> None:
    lines = out.lines
    run: list[tuple[int, int]] = []
    for a, b in items:
        if lines[a].kind != "content" or len(run) == count:
            break
        run.append((a, b))
    cut = bool(run) and _cut_at_end(lines, run[-1][1])
    if len(run) != count and not (cut and len(run) < count):
        return
    # 重点做好以下三项工作: / 一是… / 二是…: each numbered by its ordinal word, the lead's body their doer
    openings = [ordinal_opening(lines[a].stripped) for a, _b in run]
    ordinals = all(o is not None and o[1] == k + 1 for k, o in enumerate(openings))
    doer = _points_doer(src, lines, run[0][0]) if ordinals else []
    for (a, b), opening in zip(run, openings, strict=True):
        lines[a].kind = "measure"
        word = opening[0] if ordinals and opening is not None else ""
        if word and opening is not None:
            lines[a].number, lines[a].body = word, lines[a].lstart + opening[2]
        _add_measure(out, src, a, word, 3, [], None, None, False, b + 1)
        out.measures[-1].title_end = lines[a].rend  # its name, as a project card's (its fields follow)
        if not out.measures[-1].clauses:
            out.measures[-1].clauses = list(doer)
    _fill_measure_owner(out)
    _assign_lines(out)


_PIECE_NUMBER = re.compile(r"\((\d{1,2})\)|(\d{1,2})[.、](?!\d)|([\u2460-\u2473])")


# 目标任务是: / 重点工作为: / 主要任务有:: the plan's tasks named before the colon that runs them on
_NAMED_TASKS = re.compile(
    "(?:" + "|".join(map(re.escape, _VOCAB.named_tasks)) + r")(?:是|为|有|分别是|分别为|包括)?:$"
)
# 去年…主要工作有:… / 一年来…: the work done, not the tasks ahead
_PAST_TASKS = re.compile("|".join(map(re.escape, _VOCAB.past_task_words)) or "(?!)")
_NAMED_PIECES_MIN = 3  # ;-pieces the named tasks run on in: fewer are a sentence's clauses
_NAMED_PIECE_MIN = 6  # characters of a named task: a shorter piece is a slogan (抓项目;促发展)


def _named_pieces(m: str, pieces: list[tuple[int, int]]) -> bool:
    """Whether the ;-pieces after a colon naming tasks are the tasks: three or more, none a slogan, a goal (到2025
    年,…降至20%以下) or a report of what was done."""
    return len(pieces) >= _NAMED_PIECES_MIN and all(
        len(m[p:q].strip(" \t\u3000;。")) >= _NAMED_PIECE_MIN
        and paragraph_role(m[p:q].strip(" \t\u3000")) not in ("goals", "progress")
        and _HORIZON_OPENING.match(m, p, q) is None
        for p, q in pieces
    )


_HORIZON_OPENING = re.compile(r"\s*(?:到|至|截至)?\d{4}年")  # 到2025年,…: a goal's horizon opening the piece


_ASPECTS = re.compile(r"[一二三四五六七八九十\d]+个?方面[:]")
# 要重抓重推四个方面: the modal, never 主要 / 需要 (主要体现在以下三个方面: problems found)
_DEMANDED_ASPECTS = re.compile(r"(?<![主需重只])要[^。,;]{0,8}[一二三四五六七八九十\d]+个?方面")


def _counted_pieces(
    src: SourceDocument, out: Outline, a: int, start: int, end: int, count: int | None
) -> None:
    """The tasks run on after a colon, one a ;-piece: as many as ``count``, or three or more when none is stated."""
    m = src.match
    pieces = _semicolon_pieces(m, start, end)
    if count is None and not _named_pieces(m, pieces):
        return
    if count is not None and len(pieces) < count and pieces:
        # …;精心组织活动,…。同时,全面压实责任…。: the last piece's sentences going on with more
        pieces = [*pieces[:-1], *_going_on(m, *pieces[-1])]
    if count is not None and len(pieces) != count:
        return
    if any(ordinal_opening(m[p:q].lstrip()) or _opens_charged_body(src, p, q) for p, q in pieces):
        return  # 一要…;二要… / 区住建局要…;区城管局要…: read as an ordinal run or a division of duties
    for p, q in pieces:
        while m[p] in " \t\u3000":
            p += 1
        mark = _PIECE_NUMBER.match(m, p, q)  # (1)新建… / 1.新建… / ①新建…: the piece's own number
        number = (
            "" if mark is None else f"({mark.group(1)})" if mark.group(1) else mark.group(2) or mark.group(3)
        )
        body = p if mark is None else mark.end()
        clause = find_inline_clause(src, body, q)
        out.measures.append(
            MeasureItem(
                number=number, level=3, span=Span(p, q), body=body, line=a, section=None, inline_clause=clause
            )
        )
    out.lines[a].kind = "measure"
    _fill_measure_owner(out)
    _assign_lines(out)


def _listing_measures(src: SourceDocument, out: Outline) -> None:
    """A notice without numbers whose paragraphs each hand over a list of the plan's items after a colon (纳入本市
    2025年民心工程的项目有:新建30家…、新增…): each such paragraph is a measure; a page of one such paragraph may be a
    report's summary, no list of tasks."""
    lines = out.lines
    found: list[tuple[int, int]] = []
    for a, b in _paragraph_items(lines):
        lm = (
            _LISTING.search(src.match, lines[a].lstart, lines[b].rend) if lines[a].kind == "content" else None
        )
        if (
            lm is not None
        ):  # the paragraph from the line the listing sentence stands on (page fields run above it)
            found.append((next(k for k in range(b, a - 1, -1) if lines[k].lstart <= lm.start()), b))
    if len(found) >= _LISTING_MIN:
        _measures_of_paragraphs(src, out, found)


# Pages with no numbered items, tried in order: the tasks after a count announcing them, paragraphs each closed by
# a responsibility clause, paragraphs each opened by a run-in topic (X方面,), bulleted sentences (- / • / ·),
# paragraphs enumerated by ordinal words (一是), a paragraph's sentences so enumerated, a news report's paragraphs stating what the plan does; the first that finds measures stands, with its
# problem.
# 下一步,各牵头单位要… / 下步,县发改委要…: a paragraph opening with the next step, then who is charged with it
_NEXT_STEP = re.compile(
    r"[ \t\u3000]*(?:(?:" + "|".join(map(re.escape, _VOCAB.next_step_run_ins)) + r")[ \t]*,[ \t]*)?"
    r"(?:" + "|".join(map(re.escape, _VOCAB.next_step_openers)) + r")[ \t]*[,:]"
)
_NEXT_STEP_INSIDE = re.compile(
    r"(?<=[。!])[ \t\u3000]*(?P<step>(?:"
    + "|".join(map(re.escape, _VOCAB.next_step_openers))
    + r")[ \t]*[,:])"
)


def _commits_next(src: SourceDocument, start: int, end: int) -> Span | None:
    """The named bodies a next-step paragraph opens with, committing to it (下一步,市发改委(市产领办)将按照…): the
    bodies, then 将 (heldout77 du13's gold records the paragraph, its body the unit); None otherwise."""
    nm = _NEXT_STEP.match(src.match, start, end)
    if nm is None:
        return None
    at = nm.end() + len(src.match[nm.end() : end]) - len(src.match[nm.end() : end].lstrip())
    k = src.match.find(_COMMIT_WORD, at, min(end, at + _COMMIT_SUBJECT_MAX))
    # bodies, not 公司将… (a kind alone: a firm's own plan) nor 该局将… (a pronoun)
    subject = src.match[at:k]
    if k <= at or subject.startswith(_POINTING) or bare_kind(subject) or not is_unit_list(subject):
        return None
    return Span(at, k)


_POINTING = ("该", "此", "本")  # 该局 / 本单位: a body pointed at, named elsewhere


_COMMIT_WORD = "将"  # 市发改委将按照…: the bodies' commitment to the next step
_COMMIT_SUBJECT_MAX = 30


def _next_step_inside(src: SourceDocument, out: Outline, a: int) -> None:
    """A news paragraph closing on its next step after a sentence end (…一批企业落地宜昌。下一步,市农业农村局将坚持…),
    named bodies committing to it or charged with it: from there to the paragraph's end, an unnumbered measure
    (heldout73 dq09's gold)."""
    ln = out.lines[a]
    nm = _NEXT_STEP_INSIDE.search(src.match, ln.lstart, ln.rend)
    if nm is None:
        return
    at = nm.start("step")
    committed = _commits_next(src, at, ln.rend)
    if committed is None and not charges_addressees(src, at, ln.rend):
        return
    _add_run_measure(src, out, a, a, "", Span(at, ln.rend))
    if committed is not None and not out.measures[-1].clauses:
        out.measures[-1].clauses = [committed]


def _next_step_measures(src: SourceDocument, out: Outline) -> None:
    """A report or notice with no numbered items (a 通报 of progress) whose paragraph opens with the next step and
    charges bodies with it (下一步,各牵头单位要切实负起…。县发改委要会同…督导): each such paragraph an unnumbered
    measure."""
    lines = out.lines
    for a, ln in enumerate(lines):
        if ln.kind == "content" and not _NEXT_STEP.match(src.match, ln.lstart, ln.rend):
            _next_step_inside(
                src, out, a
            )  # …落地宜昌。下一步,市农业农村局将坚持…: the paragraph's last sentences
            continue
        if ln.kind != "content":
            continue
        b = a
        while b + 1 < len(lines) and lines[b + 1].kind == "content" and _ends_open(lines[b]):
            b += 1
        committed = _commits_next(src, ln.lstart, ln.rend)
        if not charges_addressees(src, ln.lstart, lines[b].rend) and committed is None:
            continue
        ln.kind = "measure"
        _add_measure(out, src, a, "", 3, [], None, None, False, b + 1)
        out.measures[-1].inline_clause = None  # its label the whole first sentence, the bodies inside it
        if committed is not None and not out.measures[-1].clauses:
            out.measures[-1].clauses = [committed]
    if out.measures:
        _fill_measure_owner(out)
        _assign_lines(out)


_PLACE_ENDS = ("镇", "乡", "县", "市", "区", "街道", "旗", "州", "省")


def _closing_next_steps(src: SourceDocument, out: Outline) -> None:
    """After the measures another reading found on a page with no numbered items (a meeting's demands), the
    paragraphs further on that open with the next step named bodies commit to (下一步,邓州市商务局将严格按照…):
    each a measure too (heldout80 dx10, heldout77 du13's gold)."""
    lines = out.lines
    last = max(m.line for m in out.measures)
    added = False
    for a in range(last + 1, len(lines)):
        ln = lines[a]
        if ln.kind != "content" or not _NEXT_STEP.match(src.match, ln.lstart, ln.rend):
            continue
        committed = _commits_next(src, ln.lstart, ln.rend)
        if committed is None or src.match[committed.start : committed.end].endswith(_PLACE_ENDS):
            continue  # 下一步,松垭镇将坚持…: the page's own place on its course, no body's task (heldout66 dj10)
        ln.kind = "measure"
        _add_measure(out, src, a, "", 3, [], None, None, False, a + 1)
        out.measures[-1].inline_clause = None
        if not out.measures[-1].clauses:
            out.measures[-1].clauses = [committed]
        added = True
    if added:
        _fill_measure_owner(out)
        _assign_lines(out)


def _notice_duty_measures(src: SourceDocument, out: Outline) -> None:
    """A notice with no numbered items that hands a plan or list on (现将《X》印发给你们 / …,现予公布), or a short
    notice that opens with its addressees (各县(市、区)卫生局,市直各医疗单位:), and then charges bodies in a paragraph
    of its own (各地、各有关部门要…。省…办公室要… / 请各县(市、区)政府接此通知后,尽快制定…): each such paragraph, up
    to the notice's signature, attachment line or the plan's title, an unnumbered measure."""
    lines = out.lines
    verb = _handing_on_line(lines)
    charges: Callable[[SourceDocument, int, int], bool] = charges_addressees
    if verb is None:
        verb, charges = _salutation_line(lines), requests_addressees
    if verb is None:
        return
    found: list[int] = []
    for k in range(verb + 1, len(lines)):
        ln = lines[k]
        if _listed_name(ln):
            continue  # …确定了第三批特色小镇名单。…通知如下: / 1.某某特色小镇: the list the notice announces
        if ln.kind == "heading" or ln.level is not None:
            return  # the notice's own numbered items follow: its requirements, the paragraph their lead-in
        if ln.kind in _COVER_END or _plan_title_line(ln):
            break
        if (
            ln.kind == "content"
            and ln.stripped[-1:] in _TERMINAL  # a paragraph the excerpt cut may be anything
            and charges(src, ln.lstart, ln.rend)
        ):
            found.append(k)
    for k in found:
        lines[k].kind = "measure"
        _add_measure(out, src, k, "", 3, [], None, None, False, k + 1)
        out.measures[-1].inline_clause = None  # its label the first sentence, the bodies inside the paragraph
    if out.measures:
        _fill_measure_owner(out)
        _assign_lines(out)


_ANNOUNCED_LIST = re.compile("|".join(map(re.escape, _VOCAB.announce_verbs)))


def _handing_on_line(lines: list[Line]) -> int | None:
    """The line a notice hands its plan or list on in (现将《X》印发给你们 / …,现予公布 / …名单。…通知如下:)."""
    return next(
        (
            k
            for k, ln in enumerate(lines)
            if ln.kind == "content"
            and (
                _cover_verb().search(ln.match)
                or _ANNOUNCED_LIST.search(ln.match)
                or (k + 1 < len(lines) and _listed_name(lines[k + 1]) and _names_list(ln))
            )
        ),
        None,
    )


_SALUTATION_REACH = (
    6  # lines with text a notice's addressee line comes within (its title and fields above it)
)
_SALUTATION_MAX = 120  # characters of an addressee line: a list of bodies, never a paragraph
_SALUTATION_PIECE = re.compile(r"[,;]")


def _salutation_line(lines: list[Line]) -> int | None:
    """The addressee line a notice opens its text with (各县(市、区)卫生局,市直各医疗单位: / 各研究室(部)、职能部门:):
    within the page's first lines with text, a short line closed by a colon, no sentence in it, each comma piece
    opened by a collective's word (各, 有关, 市直) or closed by a body's head noun (局, 单位, 政府)."""
    seen = 0
    for k, ln in enumerate(lines):
        if ln.kind == "blank":
            continue
        seen += 1
        if seen > _SALUTATION_REACH:
            break
        text = ln.stripped
        if ln.kind != "content" or not text.endswith(":") or len(text) > _SALUTATION_MAX or "。" in text:
            continue
        pieces = [p.strip() for p in _SALUTATION_PIECE.split(text[:-1])]
        if all(
            (p.startswith(_VOCAB.salutation_openers) or p.endswith(_VOCAB.salutation_heads))
            and not p.startswith(_VOCAB.salutation_individuals)
            for p in pieces
        ):
            return k
    # a repost that dropped the addressees: the notice's lead-in (现就有关事项通知如下:) opens its own text
    return next(
        (k for k, ln in enumerate(lines) if ln.kind == "content" and _NOTICE_HEAD.search(ln.match)), None
    )


def _listed_name(ln: Line) -> bool:
    """A numbered line left as text that is a name alone (1.某某特色小镇): an item of a list the page announces."""
    return (
        ln.kind == "content"
        and ln.level == 3
        and len(ln.match[ln.body - ln.start :].strip()) <= _LIST_NAME_MAX
        and not _SENTENCE_MARKS.search(ln.match)
    )


def _names_list(ln: Line) -> bool:
    """A paragraph naming the list it introduces (…确定了第三批特色小镇创建名单。…通知如下:)."""
    return any(w in ln.stripped for w in _VOCAB.name_list_ends)


def _plan_title_line(ln: Line) -> bool:
    """A short line with no sentence mark: the title of the plan or list under its covering notice."""
    return (
        ln.kind == "content" and len(ln.stripped) <= _PLAN_TITLE_MAX and not _SENTENCE_MARKS.search(ln.match)
    )


# 阜平县:阜平县乡村道路2017年以工代赈示范工程: a place and the project it names, alone on its line
_PROJECT_LINE = re.compile(
    r"[ \t\u3000]*[^\s:,;。()]{2,12}:[^\n:;。]{2,60}(?:"
    + "|".join(map(re.escape, _VOCAB.project_heads))
    + r")[ \t\u3000]*"
)
# 目标:新建乡村公路19.6公里 / 建设内容:…: a field of the project above it
_FIELD_LINE = re.compile(r"[ \t\u3000]*(?P<label>[^\s:,;。()]{1,8}):")
_PROJECT_LINES_MIN = 2  # projects a page lists so: a lone place and name is a caption


def _project_line_measures(src: SourceDocument, out: Outline) -> None:
    """A page listing projects one a line, each a place and the project's name (阜平县:阜平县乡村道路…示范工程)
    with its field lines under it (目标:新建乡村公路19.6公里…): each project an unnumbered measure, its fields
    its text."""
    lines, m = out.lines, src.match
    found: list[tuple[int, int]] = []
    for a, ln in enumerate(lines):
        if ln.kind != "content" or not _PROJECT_LINE.fullmatch(m, ln.lstart, ln.rend):
            continue
        b = a
        while (
            b + 1 < len(lines)
            and lines[b + 1].kind == "content"
            and (fm := _FIELD_LINE.match(m, lines[b + 1].lstart, lines[b + 1].rend))
        ):
            if not fm.group("label").endswith(_VOCAB.field_nouns):
                break
            b += 1
        if b > a:
            found.append((a, b))
    if len(found) < _PROJECT_LINES_MIN:
        return
    for a, b in found:
        lines[a].kind = "measure"
        _add_measure(out, src, a, "", 3, [], None, None, False, b + 1)
        out.measures[-1].title_end = lines[a].rend  # its name, as a project card's (its fields follow)
    _fill_measure_owner(out)
    _assign_lines(out)


_MODAL_FALLBACK: tuple[Callable[[SourceDocument, Outline], None], str] = (
    _modal_sentence_measures,
    "no numbered items: sentences each opened by named bodies and a duty's modal (市财政局要…) taken as measures",
)
_UNNUMBERED_NOTICE_FALLBACKS: tuple[tuple[Callable[[SourceDocument, Outline], None], str], ...] = (
    (
        _quota_row_measures,
        "no numbered items: the rows of an allocation table (万州区 1900 300) taken as measures of their bodies",
    ),
    (
        _next_step_measures,
        "no numbered items: paragraphs charging bodies with the next step (下一步,各牵头单位要…) taken as measures",
    ),
    (
        _notice_duty_measures,
        "no numbered items: a covering notice's paragraphs charging bodies (各地、各有关部门要…) taken as measures",
    ),
    (
        _demanded_measures,
        "no numbered items: the demands a meeting report quotes (会议要求,各单位要…) taken as measures",
    ),
    _MODAL_FALLBACK,
)
# “四到位” / “三个到位” / "五个坚持" / ‘三个到位’ (single quotes, folded to '): a count of items and the word each
# item's title closes or opens with
_MOTTO = re.compile(r"[“\"'‘]([一二三四五六七八九十])个?([\u4e00-\u9fff]{2})[”\"'’]")


def _motto_measures(src: SourceDocument, out: Outline) -> None:
    """A report whose lead names a counted motto (我州“四到位”提前部署… / 要求做到“三个到位”) and whose paragraphs
    after it each open with a title sentence closed by the motto's word (森林防火指挥机构设置到位。调整… /
    扑火队伍组建驻训到位。各县…): each such paragraph a measure, no more of them than the motto counts."""
    lines = out.lines
    items = _paragraph_items(lines)
    for n, (a, b) in enumerate(items):
        motto = (
            _MOTTO.search(src.match, lines[a].lstart, lines[b].rend) if lines[a].kind == "content" else None
        )
        if motto is None:
            continue
        count, word = cn_to_int(motto.group(1)) or 0, motto.group(2)
        found = [(p, q) for p, q in items[n + 1 :] if _motto_titled(src, lines[p], lines[q].rend, word)]
        if not _ORDINALS_MIN <= len(found) <= count:
            return
        for p, q in found:
            lines[p].kind = "measure"
            _add_measure(out, src, p, "", 3, [], None, None, False, q + 1)
            _split_motto_run_on(src, out, p, q, word)
        _fill_measure_owner(out)
        _assign_lines(out)
        return


def _split_motto_run_on(src: SourceDocument, out: Outline, a: int, b: int, word: str) -> None:
    """The next item run on into the last measure's paragraph, opened by its ordinal word and closing its title
    with the motto's word (…进入林区。四是巡护人员定岗定责到位。): a measure of its own, numbered as written."""
    m, last = src.match, out.measures[-1]
    stop = m.find("。", last.span.start, last.span.end)
    while 0 <= stop < last.span.end - 1:
        opening = ordinal_opening(m[stop + 1 : last.span.end])
        start = stop + 1
        stop = m.find("。", start, last.span.end)
        if opening is None or stop < 0 or opening[1] != len(out.measures) + 1:
            continue
        if not m.startswith(word + "。", stop - len(word)):  # an ordinal word opening a sentence of details
            continue
        end = last.span.end
        last.span = Span(last.span.start, start)
        _add_run_measure(src, out, a, b, opening[0], Span(start, end))
        return


def _motto_titled(src: SourceDocument, line: Line, end: int, word: str) -> bool:
    """A content paragraph opened by a title sentence that closes with ``word`` (…设置到位。) or opens with it
    (“六个坚持”: 坚持规划引领。编制…); the motto's word makes it a title even where it names a requirement heading
    (组织领导到位。 / 强化组织领导。)."""
    m, start = src.match, line.lstart
    stop = m.find("。", start, end)
    if line.kind != "content" or not 0 < stop - start <= _TITLE_MAX or stop + 1 >= end:
        return False
    if re.search(r"[,;:]", m[start:stop]):
        return False
    return m.startswith(word + "。", stop - len(word)) or m.startswith(word, start)


# 3.6.3 当有人员被困时,… / 3.7 信息发布: a plan numbered in dotted levels (an 应急预案's clauses), a blank after
# the number or a 、 (3.1、市应急管理局负责…), or the words run on after it (3.1市应急管理局负责…: group ``bare``)
_DOTTED = re.compile(r"(\d{1,2}(?:\.\d{1,2}){1,3})(?:[ \t\u3000]+|、|(?P<bare>))(?=[^\s\d.%])")
_DOTTED_MIN = 3  # dotted clauses a page numbers: never a lone 2.0 or a version number


def _next_clause(prev: str, cur: str) -> bool:
    """Whether dotted number ``cur`` comes right after ``prev`` in an outline: its first sub-clause (3.6 → 3.6.1),
    its next sibling (3.6.1 → 3.6.2) or an outer level's next one (3.6.2 → 3.7 / 4.1)."""
    p, c = [int(x) for x in prev.split(".")], [int(x) for x in cur.split(".")]
    if c == [*p, 1]:
        return True
    return any(c[: k + 1] == [*p[:k], p[k] + 1] and all(x == 1 for x in c[k + 1 :]) for k in range(len(p)))


def _dotted_clauses(lines: list[Line]) -> list[tuple[int, re.Match[str]]]:
    """The dotted clauses of a page: lines opened by a dotted number, a blank or a 、 after each; where one runs
    its words on after the number (3.1市应急管理局…, as a figure 1.5亿元 opens a line too), only a run in which each
    number comes right after the one before."""
    found = [
        (k, m)
        for k, ln in enumerate(lines)
        if ln.kind == "content" and (m := _DOTTED.match(ln.stripped)) is not None
    ]
    if any(m.group("bare") is not None for _k, m in found) and not all(
        _next_clause(a.group(1), b.group(1)) for (_j, a), (_k, b) in zip(found, found[1:], strict=False)
    ):
        return [(k, m) for k, m in found if m.group("bare") is None]
    return found


def _dotted_measures(src: SourceDocument, out: Outline) -> None:
    """A page numbered only in dotted levels (3.6.3 …。 / 3.7 信息发布 / 3.7.1 …。): each clause a measure numbered as
    written, from its line to the next clause's, but a clause whose next one is its own first sub-clause (3.7 over
    3.7.1), which heads them."""
    lines = out.lines
    found = _dotted_clauses(lines)
    if len(found) < _DOTTED_MIN:
        return
    for (k, m), nxt in zip(found, [*found[1:], None], strict=True):
        number = m.group(1)
        if nxt is not None and nxt[1].group(1).startswith(number + "."):
            continue  # 3.7 信息发布 over 3.7.1: a heading
        line = lines[k]
        line.kind, line.number, line.body = "measure", number, line.lstart + m.end()
        _add_measure(out, src, k, number, 3, [], None, None, False, nxt[0] if nxt else len(lines))
    _fill_measure_owner(out)
    _assign_lines(out)


_UNNUMBERED_FALLBACKS: tuple[tuple[Callable[[SourceDocument, Outline], None], str], ...] = (
    (
        _quota_row_measures,
        "no numbered items: the rows of an allocation table (万州区 1900 300) taken as measures of their bodies",
    ),
    (
        _counted_measures,
        "no numbered items: the tasks after a count announcing them (办好10件民生实事:) taken as measures",
    ),
    (
        _distributed_measures,
        "no numbered items: the tasks a division of work hands its bodies in run-on sentences taken as measures",
    ),
    (
        _ordinal_measures,
        "no numbered items: paragraphs enumerated by ordinal words (一是, 二是) taken as measures",
    ),
    (
        _motto_measures,
        "no numbered items: paragraphs titled by the word of a counted motto (“四到位”: …设置到位。) taken as measures",
    ),
    (
        _paragraph_measures,
        "no numbered items: paragraphs closed by a responsibility clause taken as measures",
    ),
    (
        _announced_news_measures,
        "no numbered items: the paragraphs after a news report's announcement of the tasks (重点工作:) taken as measures",
    ),
    (
        _titled_after_colon,
        "no numbered items: paragraphs opened by a title sentence after a colon (…方面: / 迭新跃进,…。) taken as measures",
    ),
    (_topic_measures, "no numbered items: paragraphs opened by a run-in topic (X方面,) taken as measures"),
    (
        _emptied_marker_measures,
        "no numbered items: paragraphs opened by empty brackets (a mirror's lost numerals) taken as measures",
    ),
    (_bullet_measures, "no numbered items: bulleted sentences taken as measures"),
    (
        _dotted_measures,
        "no numbered items: clauses numbered in dotted levels (3.6.3 / 3.7.1) taken as measures",
    ),
    (
        _ordinal_run_measures,
        "no numbered items: a paragraph's sentences enumerated by ordinal words (一是…。二是…) taken as measures",
    ),
    (
        _news_measures,
        "no numbered items: a news report's paragraphs stating what the plan does taken as measures",
    ),
    (
        _reported_measures,
        "no numbered items: the sentences a news flash quotes from its document (通知提出,…) taken as measures",
    ),
    (
        _demanded_measures,
        "no numbered items: the demands a meeting report quotes (会议要求,各单位要…) taken as measures",
    ),
    (
        _listing_measures,
        "no numbered items: paragraphs handing over a list of the plan's items (…的项目有:A、B) taken as measures",
    ),
    (
        _project_line_measures,
        "no numbered items: projects listed one a line (阜平县:…示范工程 / 目标:…) taken as measures",
    ),
    (
        _duty_division_measures,
        "no numbered items: paragraphs each opened by the body whose duties they state (县发改局:负责…) taken as measures",
    ),
    (
        _charged_sentence_measures,
        "no numbered items: sentences each opened by the body they charge (市公安局牵头,负责…) taken as measures",
    ),
)


def _titled(
    src: SourceDocument, start: int, end: int, *, title_max: int = _TITLE_MAX, commas: int = 0
) -> bool:
    """Whether a paragraph opens with a title sentence and goes on after it (发展壮大龙头企业。支持…): a short
    first sentence (``title_max`` characters, ``commas`` commas at most), no frame word of the plan (指导思想。)."""
    m = src.match
    stop = m.find("。", start, end)
    title = m[start:stop] if stop >= 0 else ""
    return (
        0 < len(title) <= title_max
        and stop + 1 < end
        and title.count(",") <= commas
        and not re.search(r"[;:]", title)
        and _title_kind(title, False) is None
    )


def _titled_block(
    src: SourceDocument, lines: list[Line], items: list[tuple[int, int]], n: int, people: set[int]
) -> bool:
    """构建…体系。在… / 发展壮大龙头企业。支持… / ——由A、B会同C组织落实。: paragraphs that each open with their
    title sentence, in a run closed by one responsibility line, are the tasks that line covers (the line under
    the run's last paragraph closes the block since the previous line)."""
    k = n
    while k < len(items):
        a, b = items[k]
        line = lines[a]
        if line.kind == "responsibility":
            return k > n + 1
        if line.kind != "content" or a in people or not _titled(src, line.lstart, lines[b].rend):
            return False
        if find_inline_clauses(src, line.lstart, lines[b].rend):
            return False
        k += 1
    return False


def _paragraph_items(lines: list[Line]) -> list[tuple[int, int]]:
    """The first and last line of each shown paragraph (content lines joined where a sentence breaks across
    them) or other line."""
    items: list[tuple[int, int]] = []
    for k, ln in enumerate(lines):
        if ln.kind in ("blank", "boilerplate"):
            continue
        last = items[-1][1] if items else None
        if (
            ln.kind == "content"
            and last is not None
            and lines[last].kind == "content"
            and _ends_open(lines[last])
        ):
            items[-1] = (items[-1][0], k)
        else:
            items.append((k, k))
    return items


class _Parser:
    """One pass over the classified lines: a method per kind of line, the open-section state on ``self``."""

    def __init__(self, src: SourceDocument, lines: list[Line], promote: int | None) -> None:
        self.src = src
        self.lines = lines
        self.promote = promote
        self.out = Outline(lines=lines, line_owner=[None] * len(lines))
        self.sections = self.out.sections
        self.stack: list[int] = []  # open sections, outermost first
        self.last_child: dict[tuple[int, int], int] = {}  # (parent or -1, level) -> last sibling value
        # Many 若干措施 number their (一)(二)… on through the 一、/二、 parts ((三) opens 二、): that is no gap.
        self.last_at_level: dict[int, int] = {}
        self.last_end: dict[int, int] = {}
        self.attachment: str | None = None
        self.step_depth: int | None = None  # stack depth of an open 实施步骤 section
        self.last_item = 0  # value of the last level-3 item (numbering may run on across sections)
        self.requirement_part: dict[
            int, bool
        ] = {}  # section (or -1) -> its first 1. item is a work requirement
        self.rows: dict[int, Row] = {}
        for table in find_tables(lines) if may_have_tables(src.match) else ():
            self._mark_table(table)
        self.cover = _cover_lines(src, lines)  # a covering notice's own items: requirements, not measures
        # the notice alone on the page (its plan not reached or only attached): its items charging bodies are tasks
        self.cover_alone = bool(self.cover) and not any(
            ln.kind == "heading" for ln in lines[self.cover.stop :]
        )
        # 各牵头单位于2023年2月10日前将…报送: the notice's items fix its bodies dated deadlines; its motto-titled items
        # (一、高度重视,精心组织,科学制订办理方案。) are tasks of the page as well
        self.cover_dated = self.cover_alone and fixes_a_due_date(
            src.match, lines[self.cover.start].lstart, lines[self.cover.stop - 1].rend
        )
        self.task_page = _task_page(lines)  # 任务29 / 重点工作: X / 进展情况: a tracking page for one task
        self.page_items = False  # (2)…(N) items of a 1. item whose heading is on the page before
        self.circled_groups: set[int] = set()  # (1) sections whose circled items are the measures
        self.announced = _announced_items(lines)  # 重点抓好10件民生实事: / (1)…(10): the page's counted tasks
        # 责任部门:… lines between (1) items: those items are the measures
        self.splits_sub_items = _splits_sub_items(lines)
        self.items_under_requirements: bool | None = None  # see _leaf_beside_requirements, worked out once

    def _mark_table(self, table: Table) -> None:
        for k in table.lines:
            if self.lines[k].kind != "blank":
                self.lines[k].kind = "table"
        for row in table.rows:
            self.rows[row.first_line] = row

    # ------------------------------------------------------------------ helpers

    def touch(self, end: int) -> None:
        for idx in self.stack:
            self.last_end[idx] = max(self.last_end.get(idx, 0), end)

    def open_section(self, line: Line, number: str, level: int, title: str, repaired: bool) -> int:
        idx = len(self.sections)
        self.sections.append(
            Section(
                number=number,
                level=level,
                title=title,
                span=Span(line.lstart, line.rend),
                heading=Span(line.lstart, line.rend),
                parent=self.stack[-1] if self.stack else None,
                attachment=self.attachment if level > 0 else None,
                repaired=repaired,
            )
        )
        self.stack.append(idx)
        if self.out.first_section_start is None:
            self.out.first_section_start = line.lstart
        self.touch(line.rend)
        return idx

    def _guiding_paragraph(self, i: int) -> bool:
        """Whether the title-only heading at line ``i`` heads a paragraph stating the plan's guiding thought (以…思想
        为指导 opening it) and no responsibility of its own: the corpus's gold never records one as a measure (138
        such parts); a part with its own clause or line is a task (…学习12次以上。责任部门:机关党委)."""
        line = self.lines[i]
        if _title_of(self.src, line)[1]:
            return False
        j = _next_shown(self.lines, i)
        if j is None or self.lines[j].kind != "content" or _GUIDING.match(self.lines[j].match) is None:
            return False
        k = self._paragraph_end(j)
        end = self.lines[max(j, k - 1)].rend
        start = self.lines[j].lstart
        return (
            not find_inline_clauses(self.src, start, end)
            and not _charges_or_dates(self.src, start, end)
            and not any(ln.kind == "responsibility" for ln in self.lines[j : k + 1])
        )

    def frame_at(self, i: int, title: str) -> str | None:
        """The frame kind of a heading or item at line ``i`` titled ``title`` (see :func:`_frame_kind`); a
        covering notice's own items assign only what they name."""
        line = self.lines[i]
        if line.text.rstrip().endswith(_QUESTION_MARKS):
            # 一、文件出台的背景是什么?: an interpretation page's question, its answer below it (the text, not the
            # match: the match reads an ASCII ? as a lost character)
            return "frame"
        frame = _frame_kind((*(self.sections[k].title for k in self.stack), title))
        label = _COLON_LABEL.match(fold(title)) if frame is None and ":" in fold(title) else None
        if (
            label is not None
            and label.group(1).endswith(_GOAL_LABEL_ENDS)
            and _frame_kind((label.group(1),)) == "assign_only"
        ):
            # (一)工作目标:2021年全县…: the goals named before the colon, their text run on after it, a measure only
            # with its own clause (heldout73 dq14); a frame's name so (总体要求:以…) the page's own (dev f07's gold)
            frame = "assign_only"
        if frame is None and _interpretation_part(title):
            frame = "frame"  # 一、背景与依据:为了…制定本方案: the part's name, its text run on after a colon
        if frame is None and self._guiding_paragraph(i):
            frame = "frame"  # 一、统一思想认识 / 以习近平…思想为指导,…: the plan's guiding thought, whatever its title
        if frame is None and i in self.cover and not self._charged_requirement(i, title):
            return "assign_only"
        return frame

    def _charged_requirement(self, i: int, title: str) -> bool:
        """Whether the covering notice's item at line ``i`` is a task of the page: the plan it hands on is not on
        the page (no heading after the notice), the item has text after its title (or the excerpt cut it), the title
        is no motto of comma-joined phrases (高度重视,提高站位: the notice's requirement) unless the notice's items fix
        dated deadlines, and its text charges bodies by name (一、细化任务抓落实。各乡镇各部门要… / 二、旗政府督查室要加强…)."""
        line = self.lines[i]
        if (
            not self.cover_alone
            or (_motto_title(title) and not self.cover_dated)
            or not (_title_of(self.src, line)[1] or _is_sentence(line) or self._cut_last(i))
        ):
            return False
        end = self.lines[_after_measure(self.src, self.lines, i, line.level or 3) - 1].rend
        return charges_addressees(self.src, line.body, end)

    def _cut_last(self, i: int) -> bool:
        """Whether the heading at line ``i`` is the text's last line and the excerpt cut it (三、相关镇街要鼓励…名单内):
        its sentence goes on past the cut, as a sentence-long item's does."""
        return self.next_nonblank(i) is None and _cut_off(self.lines[i])

    def next_nonblank(self, i: int) -> int | None:
        j = i + 1
        while j < len(self.lines) and self.lines[j].kind in ("blank", "boilerplate"):
            j += 1
        return j if j < len(self.lines) else None

    def add_measure(
        self, i: int, number: str, level: int, clause: Span | None, repaired: bool, stop: int | None = None
    ) -> int:
        """Record the measure starting at line ``i``; the index of the line after its paragraph (``stop`` when
        given)."""
        line = self.lines[i]
        line.kind = "measure"
        if stop is None:
            stop = _to_closing_clause(self.src, self.lines, _after_measure(self.src, self.lines, i, level))
        _add_measure(
            self.out, self.src, i, number, level, self.stack, self.attachment, clause, repaired, stop
        )
        self.touch(self.out.measures[-1].span.end)
        return stop

    # ------------------------------------------------------------------ the pass

    def run(self) -> Outline:
        i = 0
        while i < len(self.lines):
            i = self.step(i)
        for idx, sec in enumerate(self.sections):
            end = max(self.last_end.get(idx, sec.heading.end), sec.heading.end)
            sec.span = Span(sec.heading.start, end)
        _fill_measure_owner(self.out)
        _label_deadlines(self.src, self.out)
        _assign_lines(self.out)
        return self.out

    def step(self, i: int) -> int:
        """Handle line ``i``; the index of the next line to look at."""
        line = self.lines[i]
        kind = line.kind
        if self.task_page is not None and self.task_page.owns(i):
            return self.task_page_line(i, line, self.task_page)
        if i in self.rows:
            return self.table_row(i, self.rows[i])
        if kind in _IGNORED or kind == "title":
            return self.ignored(i, line)
        if kind == "attachment":
            return self.attachment_root(i, line)
        if kind == "responsibility":
            return self.responsibility(i, line)
        if kind == "heading" and line.level in (1, 2):
            nxt = self.section_heading(i, line)
            if nxt is not None:
                return nxt
        elif kind == "heading" and line.level == 3:
            nxt = self.item(i, line)
            if nxt is not None:
                return nxt
        elif kind == "heading" and line.level == 4:
            nxt = self.sub_item(i, line)
            if nxt is not None:
                return nxt
        elif kind == "heading" and line.level == 5 and self.stack and self.stack[-1] in self.circled_groups:
            clause = find_inline_clause(self.src, line.body, line.rend)
            return self.add_measure(i, line.number, 5, clause, False)
        return self.content(i, line)

    def task_page_line(self, i: int, line: Line, page: TaskPage) -> int:
        """A task page: its task field is the measure; what its progress field reports is no measure."""
        if i == page.field:
            line.body = page.body
            return self.add_measure(i, page.number, 3, None, False, stop=i + 1)
        return i + 1

    def ignored(self, i: int, line: Line) -> int:
        if line.kind == "date" and self._signed_above(i):
            # …某市人民政府办公室 / 2024年3月1日 / the plan it hands on: a signed notice's outline ends at its date,
            # the plan's 1. items are under none of its 一、 items
            self.stack.clear()
            self.step_depth = None
        if line.kind == "title" and self.stack:
            self.out.line_owner[i] = ("section", self.stack[-1])
            self.touch(line.rend)
        if line.kind == "attachment_list":
            self.out.attachment_list.append(Span(line.lstart, line.rend))
        return i + 1

    def _signed_above(self, i: int) -> bool:
        """Whether the line with text above line ``i`` is a signature."""
        k = i - 1
        while k >= 0 and self.lines[k].kind == "blank":
            k -= 1
        return k >= 0 and self.lines[k].kind == "signature"

    def attachment_root(self, i: int, line: Line) -> int:
        self.stack.clear()
        self.step_depth = None
        self.last_item = 0
        self.attachment = line.number
        j = self.next_nonblank(i)
        title = ""
        if j is not None and self.lines[j].kind == "title":
            title = self.src.text[self.lines[j].lstart : self.lines[j].rend]
        idx = self.open_section(line, line.number, 0, title, False)
        self.sections[idx].attachment = self.attachment
        self.out.attachments.append(idx)
        self.out.line_owner[i] = ("section", idx)
        return i + 1

    def responsibility(self, i: int, line: Line) -> int:
        if (tail := self._off_page_item(i)) is not None:
            # 由省财政厅牵头,…配合。 / (三)…: a page that opens on the clause closing the item before its first one
            number, level = tail
            return self.add_measure(i, number, level, Span(line.lstart, line.rend), False, stop=i + 1)
        section = self.stack[-1] if self.stack else None
        end, nxt = line.rend, i + 1
        j = self.next_nonblank(i)
        if (
            (line.stripped.endswith(":") or is_bare_label(line.stripped))
            and j is not None
            and self.lines[j].kind == "content"
        ):
            # 责任单位:<newline>市发改委、市财政局 / 责任单位<newline>A、B (a card's field): the units are on the next line
            end, nxt = self.lines[j].rend, j + 1
            self.lines[j].kind = "responsibility"
        elif j is not None and self.lines[j].kind == "content" and _bracket_left_open(line, self.lines[j]):
            # (牵头领导:张三,责任单位:A、银监局连<newline>云港分局、B): the bracket closes on the next line
            end, nxt = self.lines[j].rend, j + 1
            self.lines[j].kind = "responsibility"
        elif (
            j == i + 1
            and self.lines[j].kind == "content"
            and list_wraps_to(line.stripped, self.lines[j].stripped)
        ):
            # 协办单位:A、园区党工<newline>委、各街道党工委: a labelled list wrapped at the page's width
            end, nxt = self.lines[j].rend, j + 1
            self.lines[j].kind = "responsibility"
        while (
            j == nxt
            and self.lines[j].kind == "content"
            and contact_pair_goes_on(line.stripped, self.lines[j].stripped)
        ):
            # 承办部门:市人社局 咨询电话:2126811<newline>市卫计委 2835085: the fields' next pair, one a line
            end, nxt = self.lines[j].rend, j + 1
            self.lines[j].kind = "responsibility"
            j = self.next_nonblank(j)
        self.out.responsibility.append(
            ResponsibilityLine(span=Span(line.lstart, end), line=i, section=section)
        )
        for k in range(i, nxt):
            if self.lines[k].kind != "blank":
                self.out.line_owner[k] = ("section", section) if section is not None else None
        self.touch(end)
        return nxt

    def _off_page_item(self, i: int) -> tuple[str, int] | None:
        """The number and level of the item whose text is on a previous page when the text opens (nothing but
        page furniture before it) on a role sentence (由A牵头,B配合。) and its first numbered line, right after,
        goes on from an earlier item of its kind ((三) after it: the clause closes (二)); else None."""
        if self.stack or self.out.measures:
            return None
        if any(ln.kind not in ("blank", "boilerplate", "meta") for ln in self.lines[:i]):
            return None
        line = self.lines[i]
        if not is_role_sentence(self.src, line.lstart, line.rend):
            return None
        j = self.next_nonblank(i)
        nxt = self.lines[j] if j is not None else None
        if nxt is None or nxt.kind != "heading" or nxt.damage or not nxt.value or nxt.value < 2:
            return None
        value = nxt.value - 1
        if nxt.level == 1:
            return int_to_cn(value), 1
        if nxt.level == 2:
            return f"({int_to_cn(value)})", 2
        if nxt.level == 3:
            return str(value), 3
        return None

    def _heading_value(self, i: int, line: Line, expected: int) -> int | None:
        """The value of an 一、/(一) marker, repaired from its siblings; None (and the line made content) when
        the marker is a bracket closing the previous line's sentence or a damaged marker out of sequence."""
        if line.damage == "lost_numeral" and _continues_previous(self.src, self.lines, i):
            line.kind = "content"
            return None
        if line.damage == "lost_numeral":
            return expected
        running = (
            self.last_at_level.get(line.level or 0, 0) + 1
        )  # (一)(二) / 二、 / (三): numbered on across parts
        if line.damage == "lost_close" and line.value not in (expected, running):
            line.kind = "content"
            return None
        return line.value

    def section_heading(self, i: int, line: Line) -> int | None:
        """An 一、 or (一) line: opens a section, or is a measure itself (an item with its own text and clause)."""
        level = line.level or 0
        keep = len(self.stack)
        while keep and self.sections[self.stack[keep - 1]].level >= level:
            keep -= 1
        parent_key = (self.stack[keep - 1] if keep else -1, level)
        expected = self.last_child.get(parent_key, 0) + 1
        value = self._heading_value(i, line, expected)
        if line.kind != "heading" or value is None:
            return None
        repaired = bool(line.damage)
        del self.stack[keep:]
        if self.step_depth is not None and len(self.stack) < self.step_depth:
            self.step_depth = None
        number = (
            line.number
            if line.damage == ""
            else (int_to_cn(value) if level == 1 else f"({int_to_cn(value)})")
        )
        if repaired:
            self.out.problems.append(
                f"line {i + 1}: damaged heading marker {line.stripped[:12]!r} repaired as {number}"
            )
        elif (
            value != expected
            and value != self.last_at_level.get(level, 0) + 1
            and not number.startswith("第")
        ):
            self.out.problems.append(
                f"line {i + 1}: heading {number} follows "
                f"{int_to_cn(expected - 1) if expected > 1 else 'nothing'} (numbering gap)"
            )
        self.last_child[parent_key] = value
        self.last_at_level[level] = value
        title, has_body = _title_of(self.src, line)
        clause = find_inline_clause(self.src, line.body, line.rend) if has_body else None
        j = self.next_nonblank(i)
        # (a card's closing label lines name who carries its items, not this field's)
        follows = (
            j is not None and self.lines[j].kind == "responsibility" and self.lines[j].closes_card is None
        )
        frame = self.frame_at(i, title)
        if frame is None and not has_body and self._name_list_heading(i, self._list_title_above(i) or title):
            # 一、第四批集聚区名单 / 坦洲镇…集聚区 / 黄圃镇…集聚区: what was named, nothing to do
            frame = "frame"
            self._names_read_as_names(i)
        if frame is None and clause is None and self._under_name_list(level):
            # 一、示范县名单 / (一)茶叶产业:勐海县、思茅区、双江县。: the entries of a list of names, nothing to do
            # (after round 45's kept-out score: heldout124 fp04)
            frame = "frame"
        if (
            frame is None
            and not has_body
            and _STEP_TITLE.search(fold(title))
            and not self._run_on_leaf(line, j)
        ):
            frame = "frame"  # 四、时间安排 / 1.2023年3月底前,…: the plan's steps, never a measure of its own
        if (
            frame == "frame"
            and has_body
            and clause is not None
            and _goal_item(title, self.sections, self.stack)
        ):
            frame = "assign_only"  # 一、工作目标 / (一)…实现新跨越。…(牵头单位:省工信厅): a goal assigned to a unit
        card = (
            self._card_fields(i, level)
            if frame is None and not has_body and self.step_depth is None
            else None
        )
        if card is not None:
            # 一、某村小型农田水利设施建设项目 / 1.项目实施地点:… / 2.项目建设内容:… / 5.项目实施单位:…: a project card,
            # one measure whose units are those of its unit fields
            return self._add_card(i, number, level, repaired, *card)
        if (
            self.step_depth is None
            and frame != "frame"
            and not has_body
            and ("," in line.match or self._sibling_or_end(level, j))
            and not self._has_items(j)
            and not (j is not None and self.lines[j].kind == "heading" and (self.lines[j].level or 0) > level)
        ):
            own = find_inline_clause(self.src, line.body, line.rend)
            if own is None and (bare := find_inline_clause(self.src, line.body, line.rend, bare_ok=True)):
                # 一、支持企业加大研发投入,〔省科技厅〕: a bracket of units alone closing the title's line
                own = bare if not self.src.match[bare.end : line.rend].strip() else None
            if (
                own is not None
                and (
                    _is_sentence(line)
                    or not self.src.match[line.body : own.start].strip()
                    # 九、支持高新区加快创新发展,各市(地)政府(行署)〕: its title, then its own units closing the line
                    or not self.src.match[own.end : line.rend].strip()
                )
            ):
                # (三)市农业局负责,市环保局配合,做好认证工作,…。: a heading that is one sentence with its own
                # units (or opens with them), nothing under it, is an item (no body after a title)
                return self.add_measure(i, number, level, own, repaired)
        if (
            frame == "assign_only"
            and has_body
            and clause is None
            and not follows
            and i not in self.cover
            and self._charged_item(i, None)
        ):
            # 三、工作措施 / (一)加强组织领导。各责任部门要…: a requirement whose own text charges bodies is a task
            frame = None
        if self.step_depth is None and frame != "frame" and (frame is None or clause is not None or follows):
            if (
                has_body
                and (level == self.promote or clause is not None or follows)
                and not (level < 3 and self.promote is None and self._has_items(j))
            ):
                # An 一、/(一) item with its own text and responsibility clause is an action item, unless 1. items
                # under it are the measures (annotation.md: (一) items only where a section has no 1. items);
                # (十七)首都综治办、市监察局。负责…: a title that lists bodies and nothing else assigns its duty text
                if clause is None and not follows:
                    clause = self._title_bodies(line)
                return self.add_measure(i, number, level, clause, repaired)
            if not has_body and (
                (follows and not self._has_items(j) and not self._items_after_lines(level, j))
                or self._heads_paragraph(level, i, j)
            ):
                # (一)约束性指标 + its paragraph or its own 责任单位 line, in a document without 1. items;
                # (一)市交通委 / 负责…: a heading that names a body and nothing else, its duty paragraph under it
                named = None if follows else self._bare_named_body(line)
                return self.add_measure(i, number, level, named, repaired, stop=self._paragraph_end(i))
        if self.step_depth is None and frame != "frame" and not has_body and self._leads_paragraph(line, j):
            return self._lead_heading_item(i, number, level, repaired)
        if self.step_depth is None and frame is None and not has_body and self._assigned_paragraph(level, j):
            # (三)六个未来产业 / 第三代半导体、未来网络… / 牵头单位:市科技局: a leaf with its paragraph and its own
            # responsibility lines, beside siblings with 1. items
            return self.add_measure(i, number, level, None, repaired, stop=self._paragraph_end(i))
        if (
            self.step_depth is None
            and frame is None
            and not has_body
            and (own := self._closing_clause(level, j))
        ):
            # 一、实施数字峰会拓展提升行动 / its one paragraph closed by (责任单位:…) / 二、… over 1. items: a leaf section
            # its own clause assigns, beside siblings with 1. items
            return self.add_measure(i, number, level, own, repaired, stop=self._paragraph_end(i))
        if self.step_depth is None and frame is None and not has_body and self._charged_leaf(level, j):
            # 三、开展宣传教育 / 各级各部门要结合实际,…。 / 四、… over (一) items: a leaf section whose one paragraph
            # charges its bodies as the subject of its duty, beside siblings with deeper items
            return self.add_measure(i, number, level, None, repaired, stop=self._paragraph_end(i))
        if (
            self.step_depth is None
            and frame == "assign_only"
            and not has_body
            and i not in self.cover
            and not self._has_items(j)
            and not self._shallower_leaf(i, level)
            and self._charged_item(i, i + 1)
        ):
            # 三、保障措施 / (二)市发改委要做好全市重点项目的协调调度工作。: a requirement that is one sentence charging a
            # named body by its modal is a task, as the same item with a title before it is (heldout132 fx03)
            return self.add_measure(i, number, level, None, repaired)
        if self.step_depth is None and frame == "assign_only" and not has_body:
            own = self._paragraph_clause(j) or self._subject_clause(level, j)
            if own is not None:
                # 一、今年主要目标 / 生产总值增长8%…。(责任单位:市发改委): goals their paragraph's own clause assigns;
                # 四、保障措施 / 市商务局负责具体活动组织实施。: a part whose one paragraph charges a body by name
                return self.add_measure(i, number, level, own, repaired, stop=self._paragraph_end(i))
        if (
            self.step_depth is None
            and frame == "assign_only"
            and i not in self.cover
            and has_body
            and clause is None
            and not follows
            and not self._has_items(j)
            and self._text_charges_bodies(line)
        ):
            # (一)加强组织领导。各责任部门要切实…: a requirement heading (组织领导, 督促落实) whose own text opens by
            # charging bodies with a duty (a covering notice's items stay requirements: dev2 h06, dev5 p12's gold)
            return self.add_measure(i, number, level, None, repaired)
        # 一、主要目标 / its goals / 由…负责落实。: goals a role sentence of their own assigns
        if (
            self.step_depth is None
            and frame in (None, "assign_only")
            and not has_body
            and self._clause_after_paragraph(j)
            and not self._has_items(j)
        ):
            return self._lead_heading_item(i, number, level, repaired)
        if (
            self.step_depth is None
            and frame is None
            and (has_body or _is_sentence(line))
            and self._leaf_among_item_heads(level, i, j)
        ):
            # 三、重点工程 / (一)交通联通工程。(略) / (五)产业振兴工程 + 1.…: a leaf beside headings with items; (三)巩固
            # 阶段(6月15日以后):在…基础上,…要制定方案,…: a heading that is one sentence of its own, the same
            return self.add_measure(i, number, level, clause, repaired)
        if self.step_depth is None and frame is None and has_body and self._sibling_assigns(level, j):
            # (一)某开发区。实施项目13个… / (二)某镇。…责任单位:镇政府: an item like the siblings that assign
            return self.add_measure(i, number, level, clause, repaired)
        if (
            self.step_depth is None
            and frame is None
            and not has_body
            and (self._first_item_at_the_end(level, i, j) or self._cut_after_measured(level, i, j))
        ):
            # 二、重点工作 / (一)常态化抓好疫情防 and the text stops: the excerpt cut the first item of the section;
            # (二)…由国土资源部负责落实。 / (三)关于"加大力度落实: the excerpt stops inside the heading of the
            # item after a measured sibling: an item like it, recorded as far as the text goes
            return self.add_measure(i, number, level, None, repaired)
        if (
            self.step_depth is None
            and frame is None
            and not has_body
            and (own := self._duty_titled_leaf(i, j))
        ):
            # (一)县人民政府职责 / 统一领导辖区内…。组织…。 / (二)乡镇人民政府职责: a body's duties, its paragraph
            return self.add_measure(i, number, level, own, repaired, stop=self._paragraph_end(i))
        if (
            self.step_depth is None
            and frame is None
            and not has_body
            and self._leaf_beside_requirements(level, i, j)
        ):
            # 一、畅通专线网络 / its paragraph / … / 四、工作要求 over (一) items: the page's tasks are its 一、 parts,
            # the only deeper items those of its requirements (heldout118 fj11's gold)
            return self.add_measure(i, number, level, None, repaired, stop=self._paragraph_end(i))
        if self.step_depth is None and frame is None and not has_body and self._paragraph_leaf(level, i, j):
            # (二)预备重点项目 / 儋州东坡…、白马湾…项目。 beside a sibling with 1. items; (五)市府研究室 / 负责…审核。:
            # a leaf whose paragraph is its text (annotation.md: (一) items where a section has no 1. items)
            return self.add_measure(
                i, number, level, self._named_body(line), repaired, stop=self._paragraph_end(i)
            )
        if self.step_depth is None and frame != "frame" and not has_body and self._closes_item(level, j):
            own = find_inline_clause(self.src, line.body, line.rend)
            if own is not None and is_responsibility_line(self.src.match[own.start : own.end]):
                # 七、支持以旧换新,(责任单位:市商务局) with a sibling heading next: an item with its own clause
                return self.add_measure(i, number, level, own, repaired)
        if self.step_depth is not None and len(self.stack) >= self.step_depth:
            stop = next(
                (k for k in range(i + 1, len(self.lines)) if self.lines[k].kind == "heading"), len(self.lines)
            )
            actors = _phase_actors(self.src, line.body, self.lines[stop - 1].rend)
            if actors is not None:
                # 四、时间安排 / (一)制订方案阶段:7月20日前,各县和市级有关部门根据…制订…: a phase whose text
                # names the bodies that act in it is a task of the plan, those bodies its units (dev12 am06,
                # heldout57 cy09's gold); a phase naming none (动员部署(2023年1月)。全面启动…) stays a step
                after = self.add_measure(i, number, level, None, repaired, stop=stop)
                if (
                    not self.out.measures[-1].clauses
                    and all(self.lines[k].kind == "blank" for k in range(i + 1, stop))
                ):  # a phase of one paragraph: the actors opening a piece of it are its units (its label runs on)
                    self.out.measures[-1].clauses = [actors]
                return after
        idx = self.open_section(line, number, level, title, repaired)
        self.out.line_owner[i] = ("section", idx)
        heading_clause = find_inline_clause(self.src, line.body, line.rend)
        if heading_clause is not None:
            # 一、强化科技创新(区科技局牵头): the heading's clause covers the measures of its section
            self.out.responsibility.append(ResponsibilityLine(span=heading_clause, line=i, section=idx))
        elif not has_body and frame is None and (named := self._named_body(line)) is not None:
            # (三)市外事办 / 1.负责邀请… / 2.负责…: a heading that names a body and nothing else heads its tasks
            self.out.responsibility.append(ResponsibilityLine(span=named, line=i, section=idx))
        elif not has_body and (duties := duty_lead_in(self.src.match, line.body, line.rend)) is not None:
            # 第四条 各级党委和政府乡村振兴责任主要包括: / (一)… : the bodies whose duties the items are
            role = "lead" if self._lead_above(idx, duties) else None
            self.out.responsibility.append(ResponsibilityLine(span=duties, line=i, section=idx, role=role))
        elif has_body and (subject := subject_duty_lead_in(self.src.match, line.body, line.rend)) is not None:
            # 第三条 区工业信息化和科技局贯彻落实…。主要职责是: / (一)… : the article's body, its duties the items
            self.out.responsibility.append(ResponsibilityLine(span=subject, line=i, section=idx))
        elif not has_body and (holders := self._item_duty_holders(line, j)) is not None:
            # (一)区委和街道、镇党(工)委职责 / 1.贯彻落实… : the bodies whose duties the numbered items are
            self.out.responsibility.append(ResponsibilityLine(span=holders, line=i, section=idx))
        if _STEP_TITLE.search(self.src.match[line.body : line.rend]) and not has_body:
            self.out.step_sections.append(idx)
            self.step_depth = len(self.stack)
        return i + 1

    def _phase_tasks(self) -> bool:
        """Whether the open steps section holds a phase's tasks: titled with 步骤 (六、工作步骤), reporting nothing done
        (二、工作步骤及完成情况 is a summary's; 三、时间安排 of a contest or a meeting is its programme)."""
        title = fold(self.sections[self.out.step_sections[-1]].title)
        return any(w in title for w in _VOCAB_LISTS.steps_task_words) and not any(
            w in title for w in _VOCAB_LISTS.steps_report_words
        )

    def _grouped_name(self, i: int) -> bool:
        """Whether the item at line ``i`` is a name alone under a group heading of a list titled above it (第二批…名单 /
        一、东部地区(37个) / 1.河北省黄骅市): what was named, not a task (heldout141 gg09)."""
        line = self.lines[i]
        text = self.src.match[line.body : line.rend]
        if len(text) > _LIST_NAME_MAX or _SENTENCE_MARKS.search(text):
            return False
        head = next(
            (
                k
                for k in range(i - 1, -1, -1)
                if self.lines[k].kind == "heading" and (self.lines[k].level or 9) < 3
            ),
            None,
        )
        return head is not None and self._list_title_above(head) is not None

    def _names_read_as_names(self, i: int) -> None:
        """The name lines under list heading ``i`` are names (北京市 | / 怀柔区 |), no unit lines of a task above."""
        for line in self.lines[i + 1 :]:
            if line.kind not in ("content", "responsibility", "blank", "boilerplate"):
                break
            if line.kind == "responsibility":
                line.kind = "content"

    def _list_title_above(self, i: int) -> str | None:
        """The title line above heading ``i`` when it names a list (附件 / 第一批示范县创建名单 / 一、主要农作物类 / 北京市 /
        … / 二、规模养殖类): the list's groups are headed below it, names alone between them (heldout108 ez07)."""
        for above in reversed(self.lines[:i]):
            if above.kind in ("blank", "boilerplate"):
                continue
            listed = (
                above.kind in ("content", "title")
                and len(above.stripped) <= _PLAN_TITLE_MAX
                and not _SENTENCE_MARKS.search(above.match)
                and fold(above.stripped).rstrip(" 。:").endswith(_VOCAB.name_list_ends)
            )
            if listed:
                return above.stripped  # (the list's title is short like a name: read first, heldout141 gg09)
            if not self._name_alone(above):
                return None
        return None

    def _name_alone(self, line: Line) -> bool:
        """A line of names under a list's title (北京市 | / 邱县、任丘市 |), or a heading grouping them (一、主要农作物类)."""
        short = len(line.stripped) <= _LIST_NAME_MAX and not _SENTENCE_MARKS.search(line.stripped)
        return short and line.kind in ("content", "responsibility", "heading")

    def _name_list_heading(self, i: int, title: str) -> bool:
        """Whether the heading at line ``i``, titled as a list (…名单 / …名录), heads lines that are names alone:
        two or more, up to the next heading, none holding a sentence's punctuation."""
        if not fold(title).rstrip(" 。:").endswith(_VOCAB.name_list_ends):
            return False
        names = 0
        level = self.lines[i].level or 0
        for line in self.lines[i + 1 :]:
            if line.kind in ("blank", "boilerplate"):
                continue
            # 一、东部地区(37个) / 1.河北省黄骅市 / 2.河北省玉田县: the names numbered one a line under the group
            # (heldout141 gg09)
            text = (
                self.src.match[line.body : line.rend] if line.level and line.level > level else line.stripped
            )
            # 北京市 |: a place's name alone may read as a unit line
            if line.kind not in _NAME_LINE_KINDS and not (line.level and line.level > level):
                break
            if len(text) > _LIST_NAME_MAX or _SENTENCE_MARKS.search(text):
                return False
            names += 1
        return names >= _LIST_NAMES_MIN

    def _after_rejected_number(self, i: int) -> bool:
        """Whether the line above line ``i`` (past blank lines) has a number glued to its text that was read as no
        item (out of sequence)."""
        k = i - 1
        while k >= 0 and self.lines[k].kind == "blank":
            k -= 1
        return k >= 0 and self.lines[k].kind == "content" and self.lines[k].damage == "lost_dot"

    def _announced_name(self, i: int) -> bool:
        """Whether the 1. item at line ``i`` is a name alone (1.某某国际物流特色小镇: no sentence's punctuation) in a
        run of such items right after a paragraph that names the list they make (…确定了第三批特色小镇创建名单。…
        通知如下:): what was named, not a task."""
        k = i
        while k >= 0:
            line = self.lines[k]
            if k == i or (line.level == 3 and line.kind in ("measure", "content")):
                text = self.src.match[line.body : line.rend]
                if line.level != 3 or len(text) > _LIST_NAME_MAX or _SENTENCE_MARKS.search(text):
                    return False
            elif line.kind not in ("blank", "boilerplate"):
                break
            k -= 1
        # 附:首批试点步行街名单(排名不分先后): an attachment's list heading names the list as well (heldout151 gq06)
        return k >= 0 and self.lines[k].kind in ("content", "attachment_list") and _names_list(self.lines[k])

    def _lead_above(self, idx: int, bodies: Span) -> bool:
        """Whether the opening paragraph of section ``idx``'s parent names the bodies a heading of ``idx`` is for
        as the lead of the whole work (三、责任分工 / …工作由A牵头,B、C参与,具体职责分工如下: / (一)A主要负责:)."""
        parent = self.sections[idx].parent
        if parent is None:
            return False
        m = self.src.match
        above = m[self.sections[parent].heading.end : self.sections[idx].heading.start]
        return names_lead_of(above, m[bodies.start : bodies.end])

    def _card_fields(self, i: int, level: int) -> tuple[int, list[int]] | None:
        """The end and the field lines of a project card under the heading at line ``i``: numbered lines right
        under it, the first and at least three in rising order ``label:value`` with a field label (项目实施地点:,
        资金规模及来源:, 实施单位及责任人:), up to the next heading of its level or higher; None if not a card.
        Numbered lines between fields (6.绩效目标:1.…2.…) are a field's own list."""
        fields: list[int] = []
        last = 0
        # 1. fields under 一、/(一), (1) fields under 1. (or under a heading with no 1. fields): the first marker's
        first = self.next_nonblank(i)
        if first is None or self.lines[first].kind != "heading" or self.lines[first].level not in (3, 4):
            return None
        field_level = self.lines[first].level or 0
        if field_level <= level:
            return None
        k = i + 1
        while k < len(self.lines):
            ln = self.lines[k]
            if ln.kind in ("heading", "measure") and (ln.level or 9) <= level:
                break
            if ln.kind not in ("heading", "content", "blank", "responsibility"):
                break
            if (
                ln.level == field_level
                and ln.value is not None
                and _card_field(self.src.match[ln.body : ln.rend])
            ):
                if ln.value <= last:
                    return None
                fields.append(k)
                last = ln.value
            elif ln.kind == "heading" and ln.level == field_level and not fields:
                return None
            k += 1
        if len(fields) < _CARD_FIELDS_MIN:
            return None
        while k > i + 1 and self.lines[k - 1].kind == "blank":
            k -= 1
        return k, fields

    def _add_card(self, i: int, number: str, level: int, repaired: bool, stop: int, fields: list[int]) -> int:
        for k in range(i + 1, stop):
            if self.lines[k].kind == "heading":
                self.lines[k].kind = "content"
        self.add_measure(i, number, level, None, repaired, stop=stop)
        m = self.out.measures[-1]
        # only the card's unit fields assign it (a unit named in its 绩效目标 prose runs the project, no more)
        m.clauses = [
            Span(self.lines[k].body, self.lines[k].rend)
            for k in fields
            if is_responsibility_line(self.src.match[self.lines[k].body : self.lines[k].rend])
        ]
        m.inline_clause = m.clauses[-1] if m.clauses else None
        m.title_end = self.lines[i].rend
        return stop

    def _duty_titled_leaf(self, i: int, j: int | None) -> Span | None:
        """The bodies a title-only heading names before the word for their duties ((一)县人民政府职责), where a paragraph
        and nothing deeper follows it (heldout112 fd03's gold: the paragraph is that body's measure); else None."""
        line = self.lines[i]
        if j is None or self.lines[j].kind != "content":
            return None
        k = self._paragraph_end(j)
        if not self._closes_item(line.level or 9, k if k < len(self.lines) else None):
            return None
        m = self.src.match
        a, b = line.body, len(m[: line.rend].rstrip(" \t\u3000。:"))
        while a < b and m[a] in " \t\u3000":
            a += 1
        tm = _DUTIES_TITLE.search(m, a, b)
        if tm is None or tm.end() != b or tm.start() - a < _TITLE_BODY_MIN:
            return None
        stem = m[a : tm.start()]
        return Span(a, tm.start()) if names_bodies(stem) or names_kind_bodies(stem) else None

    def _paragraph_leaf(self, level: int, i: int, j: int | None) -> bool:
        """Whether a title-only (一) heading heads one paragraph and nothing deeper (the next heading is of its level
        or higher, or the text ends) while a sibling under the same 一、 has 1. items (for a heading the excerpt cut
        from its 一、 and siblings, an item of the page's later parts)."""
        if level != 2 or (j is not None and self.lines[j].kind != "content"):
            return False
        if j is None and not self._repeats_a_leaf(i):
            return False
        # (二)预备重点项目(3个)。 and nothing after it, as in the blocks above: the excerpt cut its paragraph
        k = self._paragraph_end(j) if j is not None else len(self.lines)
        if not self._closes_item(level, k if k < len(self.lines) else None):
            return False
        # (三)管理规定 / its paragraph / 三、工作方式 at the excerpt's opening: the part holding it and its siblings
        # lies before the cut, so the page's next parts show how its items are written
        orphan = not self.stack and not any(
            ln.kind == "heading" and (ln.level or 9) < level for ln in self.lines[:i]
        )
        for rng in (range(i - 1, -1, -1), range(k, len(self.lines))):
            for n in rng:
                ln = self.lines[n]
                if ln.kind == "heading" and (ln.level or 9) < level and not (orphan and n >= k):
                    break
                if ln.kind in ("heading", "measure") and ln.level == 3:
                    return True
        return False

    def _leaf_beside_requirements(self, level: int, i: int, j: int | None) -> bool:
        """Whether a title-only 一、 heading heads one paragraph and nothing deeper, on a page whose deeper items all
        stand under requirement headings (四、工作要求 / 保障措施 over (一)…): its 一、 parts are its tasks."""
        if level != 1 or j is None or self.lines[j].kind != "content":
            return False
        title = fold(_title_of(self.src, self.lines[i])[0]).strip().rstrip("。:")
        if title.endswith(vocabulary().part_title_ends):
            return False  # 一、目的意义 / 二、进度时限: a part naming what the notice states, no task
        k = self._paragraph_end(j)
        if not self._closes_item(level, k if k < len(self.lines) else None):
            return False
        a, b = self.lines[j].lstart, self.lines[max(j, k - 1)].rend
        if not _charges_or_dates(self.src, a, b):
            return False  # 二、存在问题 / 部分工程老化失修…: a part that states, charging no one by no date
        if self.items_under_requirements is None:  # one look at the page, whichever heading asks first
            self.items_under_requirements = self._items_under_requirements()
        return self.items_under_requirements

    def _items_under_requirements(self) -> bool:
        """Whether the page has items below its 一、 parts and every one stands under a requirement part."""
        head: int | None = None  # the last 一、 heading read
        deeper = False
        for n, ln in enumerate(self.lines):
            if ln.kind != "heading" or ln.level is None or ln.level < 1:
                continue
            if ln.level == 1:
                head = n
            elif head is None or self.frame_at(head, _title_of(self.src, self.lines[head])[0]) is None:
                return False  # a task part with items of its own: its items are the tasks
            else:
                deeper = True
        return deeper

    def _repeats_a_leaf(self, i: int) -> bool:
        """Whether the heading at line ``i`` repeats the title (counts in brackets aside) of an earlier heading of
        its level that was a measure: a block of the same layout as those above it (预备重点项目(3个) under each
        city)."""
        line = self.lines[i]
        key = self._leaf_key(line)
        return bool(key) and any(
            m.level == line.level and self._leaf_key(self.lines[m.line]) == key for m in self.out.measures
        )

    def _leaf_key(self, line: Line) -> str:
        return _LEAF_KEY.sub("", self.src.match[line.body : line.rend].split("。")[0])

    def _named_body(self, line: Line) -> Span | None:
        """The span of the bodies a heading names as its whole title (市外事办, 儋州市政府), else None."""
        a, b = line.body, line.rend
        m = self.src.match
        level = line.level if line.level is not None else 9
        while a < b and m[a].isspace():
            a += 1
        while b > a and (m[b - 1].isspace() or m[b - 1] in "。:;,"):
            b -= 1
        if describes_bodies(m[a:b]):
            return None  # 县生态环境局为秸秆禁烧的监管部门: what the body is, no name (review 49d)
        if b > a and (names_bodies(m[a:b]) or names_merged_office(m[a:b]) or names_kind_bodies(m[a:b])):
            return Span(a, b)
        # 五、责任分工 / (一)党政办: under a section dividing the duties, a body's name needs no level
        under = next(
            (self.sections[k].title for k in reversed(self.stack) if self.sections[k].level < level), ""
        )
        return (
            Span(a, b)
            if b > a and is_division_section(fold(under)) and names_division_bodies(m[a:b])
            else None
        )

    def _title_bodies(self, line: Line) -> Span | None:
        """The span of a heading's title sentence when it lists bodies and nothing else (首都综治办、市委督查室。
        负责… / 公安部门。协助…), else None."""
        m = self.src.match
        a = line.body
        while a < line.rend and m[a].isspace():
            a += 1
        k = m.find("。", a, line.rend)
        cm = _TITLED_AS.match(m, a, k) if k > a else None
        if cm is not None and titles_bodies(cm.group("u")):
            # (一)区政府办公室和区教育局为…的总协调机构。负责…: the bodies named as what they are (heldout185 hy08)
            return Span(a, cm.end("u"))
        # (二)公安部门。协助民政部门…: a department by its kind as the title sentence (heldout150 gp03)
        if k <= a or not (titles_bodies(m[a:k]) or names_kind_bodies(m[a:k])):
            return None
        return Span(a, k)

    def _bare_named_body(self, line: Line) -> Span | None:
        """The span of the bodies a heading names as its whole title, with no sentence in it (市交通委, not
        加强市场监管,由市市场监管局负责: a task whose clause is its own), else None."""
        named = self._named_body(line)
        if named is None or find_inline_clause(self.src, line.body, line.rend) is not None:
            return None
        text = self.src.match[named.start : named.end]
        return None if any(c in text for c in ",;:") else named

    def _assigns(self, i: int, clause: Span | None, stop: int | None) -> bool:
        """Whether the item at line ``i`` carries a responsibility clause: inline, or a line right after it."""
        if clause is not None:
            return True
        end = stop if stop is not None else _after_measure(self.src, self.lines, i, 3)
        # 1.地区生产总值增长12%。/ 全市生产总值达到…。(市发改委): a bracket of units alone closing the item assigns it
        # (annotation.md: an item with its own 责任单位 is a measure; heldout128 ft14's 责任分解 goals)
        if (
            find_inline_clause(self.src, self.lines[i].body, self.lines[end - 1].rend, bare_ok=True)
            is not None
        ):
            return True
        j = self.next_nonblank(end - 1)
        return (j is not None and self.lines[j].kind == "responsibility") or self._block_above(i)

    def _block_above(self, i: int) -> bool:
        """Whether the item at line ``i`` closes a section whose items each follow their block of label lines
        (一、… / 牵头单位:A / 1.… / 牵头单位:B / 2.…): every line since the heading a block or a one-line item,
        a block first and one right above this item."""
        kinds: list[str] = []
        k = i - 1
        while k >= 0 and not (self.lines[k].kind == "heading" and (self.lines[k].level or 9) < 3):
            kind = self.lines[k].kind
            if kind == "responsibility":
                kinds.append("r")
            elif kind == "measure" or (kind == "heading" and self.lines[k].level == 3):
                kinds.append("m")
            elif kind != "blank":
                return False
            k -= 1
        seq = "".join(reversed(kinds))
        return re.fullmatch(r"(?:r+m)+r+", seq) is not None

    def _paragraph_clause(self, j: int | None) -> Span | None:
        """The bracketed unit clause closing the one-line paragraph at line ``j`` (nothing but a heading after it)."""
        if j is None or self.lines[j].kind != "content" or self._has_items(j):
            return None
        k = self._paragraph_end(j)
        if any(self.lines[q].kind == "content" for q in range(j + 1, k)):
            return None
        line = self.lines[j]
        own = find_inline_clause(self.src, line.body, line.rend)
        if own is None or own.end < line.rend - 1 or self.src.match[own.start] not in "(〔【[":
            return None
        return own

    def _lead_heading_item(self, i: int, number: str, level: int, repaired: bool) -> int:
        """(一)省监察厅牵头的工作 over a paragraph and no deeper heading: an item its heading assigns, with the
        协同单位:… lines under the paragraph."""
        line = self.lines[i]
        own = find_inline_clause(self.src, line.body, line.rend)
        stop = self._paragraph_end(i)
        while (j := self.next_nonblank(stop - 1)) is not None and self.lines[j].kind == "responsibility":
            stop = j + 1
        return self.add_measure(i, number, level, own, repaired, stop=stop)

    def _leads_paragraph(self, line: Line, j: int | None) -> bool:
        """Whether a title-only heading names its lead (省监察厅牵头的工作) and heads paragraphs with no heading
        below them before the next heading of its level or higher."""
        if (
            j is None
            or self.lines[j].kind != "content"
            or "牵头" not in self.src.match[line.body : line.rend]
        ):
            return False
        k = self._paragraph_end(j)
        if k < len(self.lines) and self.lines[k].kind == "responsibility":
            k = self._paragraph_end(k)
        if not self._closes_item(line.level or 9, k if k < len(self.lines) else None):
            return False
        clause = find_inline_clause(self.src, line.body, line.rend)
        return clause is not None and clause.end >= line.rend - 4

    def _assigned_paragraph(self, level: int, j: int | None) -> bool:
        """Whether a title-only heading of ``level`` heads a paragraph, then responsibility lines, then a heading
        of its level or higher (or the end): nothing deeper under it."""
        if j is None or self.lines[j].kind != "content":
            return False
        k = self._paragraph_end(j)
        if k >= len(self.lines) or self.lines[k].kind != "responsibility":
            return False
        while k < len(self.lines) and self.lines[k].kind in ("responsibility", "blank"):
            k += 1
        return self._closes_item(level, k if k < len(self.lines) else None)

    def _subject_clause(self, level: int, j: int | None) -> Span | None:
        """The last clause a body opens as its subject (市商务局负责具体活动组织实施) in the paragraphs at ``j`` under a
        title-only heading of ``level`` with nothing deeper after them (a heading of its level or higher, the
        signature or the end)."""
        if j is None or self.lines[j].kind != "content":
            return None
        k = self._paragraph_end(j)
        nxt = self.next_nonblank(k - 1)
        if nxt is not None and self.lines[nxt].kind == "heading" and (self.lines[nxt].level or 9) > level:
            return None
        m = self.src.match
        found = [
            c
            for c in find_inline_clauses(self.src, self.lines[j].body, self.lines[k - 1].rend)
            if m[c.start] not in _CLAUSE_BRACKETS
            and m[c.start - 1] in "。;\n"
            # 各有关县(市、区)要建立…、政府主责: a duty modal inside is a sentence of its own, no body's clause
            and not any(w in m[c.start : c.end] for w in vocabulary().duty_modals)
        ]
        return found[-1] if found else None

    def _item_duty_holders(self, line: Line, j: int | None) -> Span | None:
        """The bodies a title-only heading names with the bare word for their duties (区委和街道党工委职责) when
        numbered items (1., (1)), not headings of their own bodies, come right under it."""
        if j is None or self.lines[j].kind != "heading" or (self.lines[j].level or 0) < 3:
            return None
        return item_duty_title(self.src.match, line.body, line.rend)

    def _text_charges_bodies(self, line: Line) -> bool:
        """Whether the text after a heading's title (past its 。) opens by charging named bodies with a duty
        (各责任单位要…, 区农业局负责…)."""
        m = self.src.match
        cut = m.find("。", line.body, line.rend)
        if cut < 0:
            return False
        start = cut + 1
        while start < line.rend and m[start] in " \t\u3000":
            start += 1
        found = find_charged_bodies(self.src, start, line.rend)
        return bool(found) and found[0].start == start and not charged_in_general(m, found[0].end, line.rend)

    def _charged_leaf(self, level: int, j: int | None) -> bool:
        """Whether the one paragraph (at line ``j``) under a title-only heading of ``level`` opens by charging named
        bodies with its duty (各级各部门要…), a heading of its level or higher (or the end) follows it, and the page has
        items of a deeper level elsewhere (see :meth:`_closing_clause`)."""
        if j is None or self.lines[j].kind != "content":
            return False
        k = self._paragraph_end(j)
        if not self._closes_item(level, self.next_nonblank(k - 1)):
            return False
        if not any(ln.kind == "heading" and (ln.level or 0) > level for ln in self.lines):
            return False
        line = self.lines[j]
        # from the line's start: an indented paragraph's subject follows its indent (the addressee rule reads the
        # line break before it)
        found = find_charged_bodies(self.src, line.start, self.lines[k - 1].rend)
        return bool(found) and found[0].start == line.lstart

    def _closing_clause(self, level: int, j: int | None) -> Span | None:
        """The bracketed clause closing the one paragraph (at line ``j``) under a title-only heading of ``level``
        when a heading of its level or higher (or the end) follows it (nothing deeper under the heading) and the page
        has items of a deeper level elsewhere."""
        own = self._paragraph_clause(j)
        if (
            own is None
            or j is None
            or not self._closes_item(level, self.next_nonblank(self._paragraph_end(j) - 1))
        ):
            return None
        # only beside items of a deeper level elsewhere: under title-only headings alone, the paragraphs closed by their
        # own clauses are the tasks (see _paragraph_measures)
        deeper = any(ln.kind == "heading" and (ln.level or 0) > level for ln in self.lines)
        return own if deeper else None

    def _after_stated_siblings(self, level: int) -> bool:
        """Whether the measure before the text's last heading is its sibling, a title stated with a full stop on a
        line of its own ((四)强化…规范管理。 / (五)加强政策保障体系建设。 at the end of an excerpt): the last is a
        statement like it, however short."""
        if not self.out.measures:
            return False
        prev = self.out.measures[-1]
        line = self.lines[prev.line]
        return (
            prev.level == level
            and prev.section == (self.stack[-1] if self.stack else None)
            and prev.span.end == line.rend
            and line.stripped.endswith("。")
            and not _title_of(self.src, line)[
                1
            ]  # a title alone, no text after it (二、降低成本。阶段性降低…)
        )

    def _closes_item(self, level: int, j: int | None) -> bool:
        """Whether nothing of a deeper level follows a heading of ``level``: its next line is a heading of the
        same or a higher level, or the text ends."""
        if j is None:
            return True
        nxt = self.lines[j]
        return nxt.kind == "heading" and (nxt.level or 9) <= level

    def _leaf_among_item_heads(self, level: int, i: int, j: int | None) -> bool:
        """Whether a (一) heading has nothing under it while a sibling under the same 一、 has 1. items: a later one,
        or an earlier one (also items run on inside its line: (一)宣传发动阶段(…):1、召开…;2、…) when the heading
        closes its part (or the text, heldout78 dv07: (二)第二阶段(…)公安局交警大队开展…。 the excerpt's last line)."""
        if level != 2 or not self._closes_item(level, j):
            return False
        last = self.lines[i]
        if j is None and not (
            _is_sentence(last) or _cut_off(last) or (last.stripped.endswith("。") and len(last.stripped) > 14)
        ):
            return False  # the text ends on it: a leaf only with text of its own (a statement, or cut short)
        if j is not None and self.lines[j].level == 2:
            for ln in self.lines[i + 1 :]:
                if ln.kind == "heading" and ln.level == 1:
                    break
                if ln.kind == "heading" and ln.level == 3:
                    return True
        for ln in reversed(self.lines[:i]):
            if ln.kind == "heading" and ln.level == 1:
                return False
            if ln.kind in ("heading", "measure") and ln.level == 3:
                return True
        return False

    def _sibling_assigns(self, level: int, j: int | None) -> bool:
        """Whether the next line is a sibling heading with text and a responsibility clause of its own."""
        if level != 2 or j is None:
            return False
        nxt = self.lines[j]
        if nxt.kind != "heading" or nxt.level != level or not _title_of(self.src, nxt)[1]:
            return False
        return find_inline_clause(self.src, nxt.body, nxt.rend) is not None

    def _first_item_at_the_end(self, level: int, i: int, j: int | None) -> bool:
        """Whether the text ends on a (一) heading right under its 一、 heading, in a document with no measure
        before it and no 1. item anywhere: the first item of the section, cut by the excerpt."""
        if j is not None or level != 2 or self.out.measures or self.lines[i].value != 1 or not self.stack:
            return False
        if _CUT_MARKER.match(self.lines[i].stripped):
            return False
        prev = i - 1
        while prev >= 0 and self.lines[prev].kind == "blank":
            prev -= 1
        parent = self.sections[self.stack[-1]]
        if prev < 0 or parent.level != 1 or self.lines[prev].lstart != parent.heading.start:
            return False
        if self.frame_at(prev, parent.title) is not None:
            return False  # 一、总体要求 / (一)指导思想: the plan's frame, no task
        return not any(ln.kind in ("heading", "measure") and ln.level == 3 for ln in self.lines)

    def _cut_after_measured(self, level: int, i: int, j: int | None) -> bool:
        """Whether the text ends inside the heading at line ``i`` (no terminal punctuation, nothing after it) and
        the measure just before it is its sibling (same level, same section)."""
        if (
            j is not None
            or not self.out.measures
            or not (_cut_off(self.lines[i]) or _open_quote(self.lines[i]))
        ):
            return False
        if _CUT_MARKER.match(self.lines[i].stripped):
            return False
        prev = self.out.measures[-1]
        return prev.level == level and prev.section == (self.stack[-1] if self.stack else None)

    def _items_after_lines(self, level: int, j: int | None) -> bool:
        """Whether the responsibility lines from line ``j`` are followed by a heading deeper than ``level``: the
        section's label lines over its items (一、建立联席会议机制 / 牵头单位:A / (三)主要工作任务…)."""
        k = j if j is not None else len(self.lines)
        while k < len(self.lines) and self.lines[k].kind in ("responsibility", "blank"):
            k += 1
        return k < len(self.lines) and self.lines[k].kind == "heading" and (self.lines[k].level or 0) > level

    def _run_on_leaf(self, line: Line, j: int | None) -> bool:
        """(一)时间安排按照省、市要求,我县禁烧时间…为全年、全域禁烧。 / (二)…: a heading run into its one sentence
        of text (a page that lost its line breaks), nothing under it but its next sibling: an item of its own, not a
        section of steps over items."""
        return _is_sentence(line) and self._sibling_or_end(line.level or 0, j)

    def _sibling_or_end(self, level: int, j: int | None) -> bool:
        """Whether the line after a heading is a heading of its level or higher, or the text ends: (一)《宪法》
        (全系统各单位) / (二)《监狱法》(监狱管理局): a heading with nothing under it, a leaf."""
        return j is None or (self.lines[j].kind == "heading" and (self.lines[j].level or 9) <= level)

    def _has_items(self, j: int | None) -> bool:
        """Whether a 1. item comes after line ``j`` before the next 一、/(一) heading."""
        k = j if j is not None else len(self.lines)
        while k < len(self.lines):
            ln = self.lines[k]
            if ln.kind == "heading" and ln.level in (1, 2):
                return False
            if ln.kind == "heading" and ln.level == 3:
                return True
            k += 1
        return False

    def _heads_paragraph(self, level: int, i: int, j: int | None) -> bool:
        """A heading of the promoted level whose text is the paragraph below it, or a statement of its own
        ((一)开展区规划编制。 or a sentence cut off)."""
        if level != self.promote:
            return False
        line = self.lines[i]
        if j is None:  # the last heading: a statement, not a bare title (三、强化金融支持。), or cut off by
            # the end of an excerpt (四、加 / (二)做好基本消费品保供稳): an item like its siblings
            return (
                _is_sentence(line)
                or (line.stripped.endswith("。") and len(line.stripped) > 14)
                or _cut_off(line)
                or (line.stripped.endswith("。") and self._after_stated_siblings(level))
            )
        nxt = self.lines[j]
        sibling = nxt.kind == "heading" and (nxt.level or 9) <= level
        if nxt.kind == "content" and _CUT_MARKER.match(nxt.stripped):
            return False  # 二、主要工作任务 / (一: the excerpt stops on the marker of its first sub-item
        if nxt.kind == "content":
            # 一、治理畜牧业产品污染 / 由省经贸委承办,…主要措施: / (一)…: a paragraph that deeper headings follow is
            # the preamble of a section, not the text of an item
            k = self._paragraph_end(j)
            return not (
                k < len(self.lines) and self.lines[k].kind == "heading" and (self.lines[k].level or 0) > level
            )
        return _is_sentence(line) or (line.stripped.endswith("。") and sibling)

    def _clause_after_paragraph(self, j: int | None) -> bool:
        """Whether the content paragraph at line ``j`` is followed by a responsibility line: (三)六个未来产业 /
        第三代半导体、… / 牵头单位:市科技局 is an item its own lines assign."""
        if j is None or self.lines[j].kind != "content":
            return False
        k = self._paragraph_end(j)
        if k < len(self.lines) and _dash_lines_assigned(self.lines, j, k):
            return False  # ——A; / 牵头部门:X / ——B; / 牵头部门:Y: each dash line is an item of its own
        return k < len(self.lines) and self.lines[k].kind == "responsibility"

    def _paragraph_end(self, i: int) -> int:
        """The line after the paragraph under line ``i``: its content lines (across blank lines)."""
        k = i + 1
        while k < len(self.lines) and self.lines[k].kind in ("content", "blank"):
            k += 1
        return k

    def _wrapped_decimal(self, i: int, line: Line) -> bool:
        """Whether a counted item (3.10家以上…) is a decimal a page wrapped onto its own line (…高于全省平均 /
        3.2家企业上市。): the line before it ends no sentence (round 47's review d)."""
        if not _H3_COUNTED.match(line.stripped):
            return False
        j = i - 1
        while j >= 0 and self.lines[j].kind == "blank":
            j -= 1
        return j >= 0 and self.lines[j].kind != "heading" and self.lines[j].stripped[-1:] not in _TERMINAL

    def item(self, i: int, line: Line) -> int | None:
        """A 1. line: a measure, a group heading over (1)(2) measures, a phase, or a damaged marker (content)."""
        while self.stack and self.sections[self.stack[-1]].level >= 3:
            self.stack.pop()
        parent_key = (self.stack[-1] if self.stack else -1, 3)
        # items restart per section or run on through the document (per attachment)
        expected_here = {self.last_child.get(parent_key, 0) + 1, self.last_item + 1}
        if line.damage == "lost_dot" and (
            line.value not in expected_here
            or self._after_rejected_number(i)
            or self._wrapped_decimal(i, line)
        ):
            # 6克东团县委 / 2龙沙团区委 / 1某学院团委: numbers glued to names out of order are a ranking the page
            # prints beside the document, the one that happens to fit no less
            line.kind = "content"
            return None
        if self.step_depth is not None and (
            len(self.stack) <= self.step_depth
            or not self._phase_tasks()
            or _activity_field(line)
            or _DONE_ITEM.search(self.src.match, line.body, line.rend) is not None
        ):
            # 四、实施步骤 / 1.调查摸底… : an item that is itself a step of the plan; under a phase heading
            # (六、工作步骤 / (一)调查摸底阶段(…) / 1.对全市企业进行摸底…) the items are the phase's tasks (heldout140 gf03)
            line.kind = "phase"
            return None
        # (the (1) items read at the 1. level: the decimal section a level 2 group)
        handled, after = self._decimal_heading(i, line, 2)
        if handled:
            return after
        if _closes_open_pair(self.lines, i):
            # …高新园(邹区镇 / 2、)各街道…: a page number printed where a page broke the text, mid-bracket or mid-quote
            line.kind = "content"
            return None
        if line.value is None:
            # 第一条 … / (一)… / )对…: an (一) item raised under its article with its numeral lost numbers on
            # from the item before it, as a damaged heading is repaired from its siblings
            if line.damage == "lost_numeral" and _continues_previous(self.src, self.lines, i):
                line.kind = "content"
                return None
            line.value = self.last_child.get(parent_key, 0) + 1
            line.number = line.number or f"({int_to_cn(line.value)})"
        self.last_child[parent_key] = line.value
        self.last_item = line.value
        if _is_group_heading(self.src, self.lines, i) and (card := self._card_fields(i, 3)) is not None:
            # 1.城南污水处理厂建设项目 / (1)建设地点:… / (3)实施单位:…: a project card, not a group of measures
            return self._add_card(i, line.number, 3, bool(line.damage), *card)
        if (
            _is_group_heading(self.src, self.lines, i)
            and not (
                _sub_items_detail(self.src, self.lines, i, self._section_assigned())
                and not self.splits_sub_items
            )
        ) or _sub_items_assign(self.src, self.lines, i):
            # "1.人才引进" with no text of its own, followed by (1)(2) items: those are the measures
            idx = self.open_section(line, line.number, 3, _title_of(self.src, line)[0], bool(line.damage))
            self.out.line_owner[i] = ("section", idx)
            return i + 1
        # 第五条 after frame articles read as text (第一条 …制定本办法): articles number on across the document
        if line.value not in expected_here and line.value != 1 and not line.number.startswith("第"):
            self.out.problems.append(
                f"line {i + 1}: item {line.value} follows item {max(expected_here) - 1} (numbering gap)"
            )
        if line.damage:
            self.out.problems.append(
                f"line {i + 1}: damaged item marker {line.stripped[:8]!r} read as {line.value}."
            )
        if (
            (self.stack and fold(self.sections[self.stack[0]].title).rstrip().endswith(_VOCAB.name_list_ends))
            or self._announced_name(i)
            or self._grouped_name(i)
        ):
            # 附件 / 2022年度某市特色产业集群名单 / 1、某县纺织特色产业集群: a list of names, nothing to do
            line.kind = "content"
            return None
        if _TOPIC_ITEM.fullmatch(self.src.match, line.body, line.rend):
            # 1.在"聚焦…"方面(分解任务15项)。: a part of the plan named and counted, nothing done
            line.kind = "content"
            return None
        stop = self._paragraph_end(i) if _title_only(self.src, line) else None
        title = _title_of(self.src, line)[0]
        frame = self.frame_at(i, title)
        if self._requirement_part(line, title) and frame is None:
            frame = "assign_only"
        clause = find_inline_clause(self.src, line.body, line.rend) if frame is not None else None
        if (
            frame is not None
            and not self._assigns(i, clause, stop)
            and not self._clause_cut_off(i, stop)
            and not (frame == "assign_only" and self._charged_item(i, stop))
        ):
            # 2.厘清总体思路 / 3.明确发展目标, or an item of 保障措施 that assigns nothing: not a measure
            line.kind = "content"
            return None
        after = self.add_measure(i, line.number, 3, clause, bool(line.damage), stop=stop)
        added = self.out.measures[-1]
        if self.step_depth is not None and not added.clauses:
            # (一)集中整治 / 1、宣传发动阶段(7月-8月) / 各区、开发(新)区结合本区实际,制定…: a phase's task charges the
            # bodies opening its text, as a phase heading's do
            actors = _phase_actors(self.src, line.body, added.span.end)
            added.clauses = [actors] if actors is not None else []
        return after

    def _charged_item(self, i: int, stop: int | None) -> bool:
        """Whether the text of the item at line ``i`` (to line ``stop``, else its paragraph's end) charges its
        addressees as a whole or a named body with a duty modal (各责任单位要… / 市城管局将…): under 工作要求 / 保障措施,
        a requirement that assigns (各州(市)、县(市、区)切实履行主体责任, no modal, states the places' duty in general
        terms: heldout4 m04's gold)."""
        line = self.lines[i]
        end = self.lines[(stop if stop is not None else _after_measure(self.src, self.lines, i, 3)) - 1].rend
        if charges_addressees(self.src, line.body, end, named=False):
            return True
        # 1.各辖市区绿化行政主管部门应…。2.市城管局将组成督查小组…: a named body opening the item, charged with a modal
        # (heldout125 fq04); not a firm (华润万家超市有限公司要…) nor a body later in it (本次培训不收费,市统计局将安排
        # 食宿 / …对弄虚作假的,市科技局将取消其资格: round 45's review)
        m = self.src.match
        openings = {_skip_blank(m, line.body, end)}
        title_end = m.find("。", line.body, min(end, line.body + _SHORT_TITLE_MAX))
        if title_end >= 0:  # (二)加强业务培训。各县(区)…确定…,市民政局将…: the text after a short title
            openings.add(_skip_blank(m, title_end + 1, end))
        charged = find_charged_bodies(self.src, line.body, end, kinds=True)
        return any(
            s.start in openings and charged_subject(m, s) and not names_firm(m[s.start : s.end])
            for s in charged
        )

    def _shallower_leaf(self, i: int, level: int) -> bool:
        """Whether an item above this level, before line ``i``, is read as a measure (一、各县区要…。二、市应急局要….
        / 三、工作要求 / (一)…): the page's tasks are its upper items, a requirements part's items beside them no
        measures (review 46a)."""
        heads = [k for k in range(i) if self.lines[k].kind in ("heading", "measure") and self.lines[k].level]
        return any(
            (self.lines[a].level or level) < level
            and (self.lines[b].level or 0) <= (self.lines[a].level or 0)
            and self._charged_item(a, a + 1)
            for a, b in itertools.pairwise([*heads, i])
        )

    def _clause_cut_off(self, i: int, stop: int | None) -> bool:
        """Whether the 1. item at line ``i`` is the text's last and the excerpt cuts it mid-sentence (4.落实监督检查。
        持续完善…,持) after a sibling measure that carries its clause: its own clause is lost with the cut, the item is
        a measure like its siblings."""
        end = stop if stop is not None else _after_measure(self.src, self.lines, i, 3)
        if self.next_nonblank(end - 1) is not None or not _cut_off(self.lines[end - 1]):
            return False
        before = self.out.measures[-1] if self.out.measures else None
        return (
            before is not None
            and before.level == 3
            and before.section_path == self.stack
            and bool(before.clauses)
        )

    def _section_assigned(self) -> bool:
        """Whether the innermost open section has a responsibility line of its own (工作职责:A牵头 before its items)."""
        top = self.stack[-1] if self.stack else None
        return top is not None and any(r.section == top for r in self.out.responsibility)

    def _under_name_list(self, level: int) -> bool:
        """Whether a heading of ``level`` stands under an open section titled as a list of names (一、示范县名单)."""
        return any(
            self.sections[k].level < level
            and fold(self.sections[k].title).rstrip(" 。:").endswith(_VOCAB.name_list_ends)
            for k in self.stack
        )

    def _requirement_part(self, line: Line, title: str) -> bool:
        """Whether a 1. item belongs to a part whose first item is a work requirement (三、推进机制 / 1.加强领导。…): a
        保障措施 part under another name, its items measures only when they assign something."""
        parent = self.stack[-1] if self.stack else -1
        if line.value == 1:
            t = fold(title).strip().rstrip("。.:")
            self.requirement_part[parent] = (
                t in _VOCAB.requirement_phrases
            )  # never a goal (1.发展目标 2.攻坚方向)
        return self.requirement_part.get(parent, False)

    def sub_item(self, i: int, line: Line) -> int | None:
        """A (1) line under a 1. group heading is a measure; elsewhere it is content."""
        if not self.stack and (self.page_items or not self.out.measures) and self._continues_page(i):
            # [接上页] (2)培育…: its 1. parent is on the previous page; so are the (3), (4)… after it
            self.page_items = True
            return self.add_measure(
                i, line.number, 4, find_inline_clause(self.src, line.body, line.rend), False
            )
        if (
            self.step_depth is None
            and not self.stack
            and (self._top_titled_item(line) or i in self.announced)
        ):
            # ⑴强化招商意识。… / ⑵…: a page whose only markers are (1) items, each a title and its text
            return self.add_measure(
                i, line.number, 4, find_inline_clause(self.src, line.body, line.rend), False
            )
        handled, after = self._decimal_heading(i, line, 3)
        if handled:
            return after
        if self.step_depth is not None or not self.stack:
            return None
        while self.stack and self.stack[-1] in self.circled_groups:
            self.stack.pop()
        if not self.stack:
            return None
        if self._circled_group(i, line):
            # (1)增加城镇居民收入 / ①…(牵头部门:…) / ②…: the circled items under a title-only (1) are the measures
            idx = self.open_section(line, line.number, 4, _title_of(self.src, line)[0], False)
            self.circled_groups.add(idx)
            self.out.line_owner[i] = ("section", idx)
            return i + 1
        top = self.stack[-1]
        if self.sections[top].level == 3:
            if "." in line.number and self._decimal_frame(i, line, top):
                return None  # 1 总则 / 1.1 编制目的: a decimal section of the plan's frame, no task
            stop, titled = self._body_titled_paragraph(i, line)
            return self.add_measure(i, line.number, 4, titled, False, stop=stop)
        sec = self.sections[top]
        heading = self.src.match[sec.heading.start : sec.heading.end]
        if (
            self.promote != 4  # only in a document without 1. items (see parse_structure)
            or self.last_child.get((top, 3), 0)
            or sec.level not in (1, 2)
            or "。" in heading.rstrip("。 \t")  # (一)推进改革。做事如下: its (1) lines are its details
        ):
            return None
        # 一、重点任务 / (1)推进改革。…: (1) items in a section without 1. items play their part
        frame = self.frame_at(i, _title_of(self.src, line)[0])
        clause = find_inline_clause(self.src, line.body, line.rend)
        if frame == "frame" or (frame is not None and not self._assigns(i, clause, None)):
            return None
        stop, titled = self._body_titled_paragraph(i, line)
        return self.add_measure(i, line.number, 4, clause or titled, False, stop=stop)

    def _body_titled_paragraph(self, i: int, line: Line) -> tuple[int | None, Span | None]:
        """For a (1) item whose title, closed by 。 alone on its line, names its bodies ((1)市林业局。 / 负责火灾扑救…:
        heldout181 hu01): the line after the duty paragraph below it and the title's bodies (kept beside any body the
        paragraph names: review 49c); (None, None) for any other item, or where the paragraph reports what was done."""
        if "." in line.number and _title_only(self.src, line):
            return self._duty_paragraph_end(
                i
            ), None  # 3.1预防。 / 各级森林防火部门要…: a decimal item's text below
        titled = self._title_bodies(line) if _title_only(self.src, line) else None
        j = _next_shown(self.lines, i)
        if titled is None or j is None or self.lines[j].kind != "content":
            return None, None
        if not opens_with_duty(self.lines[j].stripped):
            return (
                None,
                None,
            )  # 全年受理各类案件3500件… / 值班电话:…: a report or a card, no duty (review 49c)
        return self._duty_paragraph_end(i), titled

    def _decimal_heading(self, i: int, line: Line, level: int) -> tuple[bool, int | None]:
        """A decimal section's line read as the group of the (1) items after it (2.2职责任务。 / (1)市林业局。…: an
        应急预案's numbering): (True, the next line); as text when it is a title closed by 。 over items it does not
        group (4.1信息报告。 / (1)事发单位应…: review 49e): (True, None); (False, None) for any other line."""
        if self.step_depth is None and self._decimal_group(i, line):
            while self.stack and self.sections[self.stack[-1]].level >= level:
                self.stack.pop()
            idx = self.open_section(line, line.number, level, _title_of(self.src, line)[0], False)
            self.out.line_owner[i] = ("section", idx)
            return True, i + 1
        if self._stopped_title_over_items(i, line):
            line.kind = "content"
            return True, None
        return False, None

    def _stopped_title_over_items(self, i: int, line: Line) -> bool:
        """Whether a decimal section closed by 。 (4.1信息报告。) heads (1) items it does not group: text, as it was
        before a full stop made such a line a section (review 49e)."""
        if "." not in line.number or not line.stripped.endswith(_TITLE_STOP) or self._decimal_group(i, line):
            return False
        j = _next_shown(self.lines, i)
        nxt = self.lines[j] if j is not None else None
        return nxt is not None and nxt.kind == "heading" and "." not in nxt.number and nxt.value == 1

    def _decimal_group(self, i: int, line: Line) -> bool:
        """Whether the decimal section at line ``i`` (2.2职责任务。) is a title alone over (1) items, the first next,
        each naming its bodies (a title that is their names: (1)市林业局。, or a clause: (1)县林业局负责…); never a part
        of the plan's frame (1.5事件分级。, 1.4工作原则。, 2.1主要目标。: review 49c)."""
        title, has_body = _title_of(self.src, line)
        if "." not in line.number or has_body or self.frame_at(i, title) == "frame":
            return False
        top = self.stack[-1] if self.stack else None
        if top is not None and self.sections[top].level == 3 and self._decimal_frame(i, line, top):
            return False
        j = _next_shown(self.lines, i)
        nxt = self.lines[j] if j is not None else None
        if (
            nxt is None
            or nxt.kind != "heading"
            or nxt.level not in (3, 4)
            or "." in nxt.number
            or nxt.value != 1
        ):
            return False  # ((1) items read as the page's 1. level where it has none: at level 3)
        assert j is not None
        if _title_only(self.src, nxt):
            # (1)市林业局。 / 负责…: a body's duty below its name (not a report under it: review 49e)
            return self._body_titled_paragraph(j, nxt)[0] is not None
        return bool(find_inline_clauses(self.src, nxt.body, nxt.rend))  # (1)县林业局负责…

    def _opens_with_subject(self, ln: Line) -> bool:
        """Whether a line opens with bodies charged as its subject (各成员单位要… / 县财政局要保障…)."""
        found = find_charged_bodies(self.src, ln.lstart, ln.rend)
        return bool(found) and not self.src.match[ln.lstart : found[0].start].strip()

    def _duty_paragraph_end(self, i: int) -> int:
        """The line after the paragraph under a title-only item at line ``i``: its content lines, up to a title-like
        line of its own (预警发布: short, no sentence mark) or a blank line after text (review 49c)."""
        k = i + 1
        seen = False
        while k < len(self.lines) and self.lines[k].kind in ("content", "blank"):
            ln = self.lines[k]
            if ln.kind == "blank":
                if seen:
                    break
            elif seen and len(ln.stripped) <= _SUB_TITLE_MAX and not _SENTENCE_MARK.search(ln.stripped):
                break
            elif seen and self._opens_with_subject(ln):
                break  # 各成员单位要… / 县财政局要…: a closing paragraph of its own subject
            else:
                seen = True
            k += 1
        return k

    def _decimal_frame(self, i: int, line: Line, top: int) -> bool:
        """Whether a decimal section (1.1 编制目的) states the plan's frame: under 总则, a frame title, or a goal
        (1 主要目标 / 1.1 就业目标) that names no bodies of its own."""
        if fold(self.sections[top].title).strip() in _VOCAB.decimal_frames:
            return True
        frame = self.frame_at(i, _title_of(self.src, line)[0])
        end = self.lines[_after_measure(self.src, self.lines, i, 4) - 1].rend
        return frame == "frame" or (frame is not None and not find_inline_clauses(self.src, line.body, end))

    def _circled_group(self, i: int, line: Line) -> bool:
        """Whether a (1) line is a title alone (no full stop inside it) over at least two circled items, ① first."""
        title = self.src.match[line.body : line.rend].rstrip("。: \t")
        if not title or len(title) > _CIRCLED_GROUP_TITLE_MAX or _NOT_IN_TITLE.search(title):
            return False
        j = _next_shown(self.lines, i)
        if (
            j is None
            or self.lines[j].kind != "heading"
            or self.lines[j].level != 5
            or self.lines[j].value != 1
        ):
            return False
        k = _next_shown(self.lines, j)
        # ①文昌阁竣工典礼 / 活动时间:… / 牵头单位:… / ②…: the item's text and its label lines
        while k is not None and self.lines[k].kind != "heading":
            k = _next_shown(self.lines, k)
        return k is not None and self.lines[k].kind == "heading" and self.lines[k].level == 5

    def _top_titled_item(self, line: Line) -> bool:
        """Whether a (1) line with no heading anywhere before it, in a document without 1. items (the promoted
        parse), is a title closed by 。 with the item's text after it: the page's own list of tasks."""
        if self.promote != 4 or self.sections:
            return False
        text = self.src.match[line.body : line.rend]
        k = text.find("。")
        return 2 <= k <= 20 and len(text) - k > 10

    def _continues_page(self, i: int) -> bool:
        """Whether a line before ``i`` says the text goes on from a previous page ([接上页]), or the text opens with
        a responsibility line (责任部门:A、B): the close of an item printed on the page before."""
        first = next((ln for ln in self.lines[:i] if ln.kind not in ("blank", "boilerplate")), None)
        return (first is not None and first.kind == "responsibility") or any(
            ln.kind == "boilerplate" and _CONTINUED.fullmatch(ln.match) is not None for ln in self.lines[:i]
        )

    def table_row(self, i: int, row: Row) -> int:
        """A numbered row of a task table: a measure whose units come from its unit cells; a number with no cell
        after it (the text stops there) is none."""
        if not any(self.src.match[c.span.start : c.span.end].strip() for c in row.cells):
            return row.last_line + 1
        task = row.first("task")
        body = task.span.start if task is not None else row.start
        section = self.stack[-1] if self.stack else None
        mi = len(self.out.measures)
        deadline = row.first("deadline")
        self.out.measures.append(
            MeasureItem(
                number=row.number,
                level=3,
                span=Span(row.start, max(row.content_end(self.src.match), body)),
                body=body,
                line=i,
                section=section,
                section_path=list(self.stack),
                attachment=self.attachment,
                deadline=deadline.span if deadline is not None else None,
                split_target=row.split_target(self.src.match),
                growth=row.growth(self.src.match),
                budget=_budget(row),
                title_end=_task_cell_end(row, task),
            )
        )
        for cell in row.cells:
            if cell.column.kind not in ("lead", "responsible", "support"):
                continue
            for piece in unit_pieces(self.src.match, cell.span):
                if cut_off(self.src.match, piece) or _NUMBERED_TEXT.match(
                    self.src.match, piece.start, piece.end
                ):
                    continue
                self.out.responsibility.append(
                    ResponsibilityLine(
                        span=piece, line=i, section=section, measures=[mi], role=cell.column.kind, table=True
                    )
                )
        for k in range(row.first_line, row.last_line + 1):
            if self.lines[k].kind != "blank":
                self.lines[k].kind = "table"
        self.touch(self.lines[row.last_line].rend)
        return row.last_line + 1

    def content(self, i: int, line: Line) -> int:
        """Content (incl. level 4/5 items outside a measure, rejected damaged markers, phases)."""
        lost = self._lost_first_item(i, line)
        if lost is not None:
            return lost
        if line.kind == "heading":
            line.kind = "content"
        if self.stack and (dash := _dash_line(self.src, self.lines, i)) is not None:
            stop, clause = dash
            return self.add_measure(i, "", 3, clause, False, stop=stop)
        if (opening := self._snippet_opening(i, line)) is not None:
            return self.add_measure(i, "", 1, opening, False, stop=i + 1)
        if line.kind == "content" and (subject := list_subject(self.src, line.start, line.rend)) is not None:
            # 区政府要…,主要承担以下工作: / 二、工作任务 / …,乡镇统计机构主要承担以下工作任务。 / 1.… / 2.…: the body
            # handed the list (or the body its title names) is the unit of its items
            section = self.stack[-1] if self.stack else None
            self.out.responsibility.append(ResponsibilityLine(span=subject, line=i, section=section))
        if self.stack:
            self.out.line_owner[i] = ("section", self.stack[-1])
            self.touch(line.rend)
        return i + 1

    def _snippet_opening(self, i: int, line: Line) -> Span | None:
        """推动…发展需求,〔省科技厅〕 / 三、鼓励…: a digest that opens inside an item (its number and start cut
        away) closes that first line with the item's own units in brackets, a numbered item right after it: the
        line is an unnumbered item with that clause. None for any other line (a preamble names no units)."""
        if line.kind != "content" or self.stack or self.sections or self.out.measures:
            return None
        if any(self.lines[k].kind not in ("blank", "boilerplate", "meta") for k in range(i)):
            return None  # only the text's first line
        j = self.next_nonblank(i)
        if j is None or self.lines[j].kind != "heading":
            return None
        clause = find_inline_clause(self.src, line.body, line.rend, bare_ok=True)
        if clause is None or clause.start <= line.body or self.src.match[clause.end : line.rend].strip():
            return None
        before = self.src.match[line.body : clause.start]
        if (
            self.src.match[clause.start] not in "(〔[【"
            or "。" in before
            or _FULL_DATE.search(before)
            or _TITLE_PREAMBLE.search(before)
        ):
            return None  # the fragment of one sentence, not a page's title, date and first item run together
        return clause

    def _lost_first_item(self, i: int, line: Line) -> int | None:
        """一、以公开促发展 / 以抓项目…为目标,…。(牵头单位:市发改委,责任单位:…) / (二)依法依规…: a paragraph
        right under a title-only heading, closed by its own clause, before a sub-item numbered (二) is the first
        sub-item whose marker the page lost: an unnumbered measure (the line after its paragraph)."""
        if line.kind != "content" or not self.stack:
            return None
        idx = self.stack[-1]
        sec = self.sections[idx]
        prev = i - 1
        while prev >= 0 and self.lines[prev].kind == "blank":
            prev -= 1
        if (
            prev < 0
            or self.lines[prev].lstart != sec.heading.start
            or _title_of(self.src, self.lines[prev])[1]
        ):
            return None
        stop = self._paragraph_end(i)
        if stop >= len(self.lines):
            return None
        nxt = self.lines[stop]
        if nxt.kind != "heading" or nxt.level != sec.level + 1 or nxt.value != 2:
            return None
        last = stop - 1
        while last > i and self.lines[last].kind == "blank":
            last -= 1
        clause = find_inline_clause(self.src, line.lstart, self.lines[last].rend)
        if clause is None or _CLAUSE_TAIL.sub("", self.src.match[clause.end : self.lines[last].rend]):
            return None
        return self.add_measure(i, "", sec.level + 1, clause, False, stop=stop)


# ——地区生产总值增长7.5%;(牵头部门:市发改委): a dash (or bullet) opening an unnumbered line of a section
_DASH = re.compile(r"(?:——|—|--|-|[" + "".join(sorted(_BULLETS)) + r"])[ \t\u3000]*")
_DASH_TAIL = re.compile(r"[\s。.;,]*")


_FULL_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# …十条政策意见为支持产业加快发展 / …行动方案(征求意见稿)(2023-2025年)为深入学习: a page's title, then its preamble's 为
_TITLE_PREAMBLE = re.compile(r"(?:方案|意见|措施|办法|通知|规划|计划|要点|细则|政策)(?:\([^()]*\))*\s*为")


def _dash_line(src: SourceDocument, lines: list[Line], i: int) -> tuple[int, Span | None] | None:
    """An unnumbered line of a section opened by a dash and closed by its own responsibility clause (主要目标 /
    ——地区生产总值增长7.5%;(牵头部门:市发改委)) or followed by its own label line: a measure of its own, as a
    numbered item with its clause. The index of the line after it (a line broken mid-sentence goes on) and the
    clause (None when a label line follows); None for any other line."""
    line = lines[i]
    lead = len(line.match) - len(line.match.lstrip(" \t\u3000"))  # ● 一般…: a bullet the line's start skipped
    m = _DASH.match(line.match, lead)
    if line.kind != "content" or m is None or m.end() >= len(line.match):
        return None
    last = i
    while last + 1 < len(lines) and lines[last + 1].kind == "content" and _ends_open(lines[last]):
        last += 1
    body = line.start + m.end()
    clause = find_inline_clause(src, body, lines[last].rend, bare_ok=True)  # ——…增长8%(市发改委)
    if clause is None:
        # ——地区生产总值增长7.5%; / 牵头部门:市发改委: its own label line right under it
        nxt = next((k for k in range(last + 1, len(lines)) if lines[k].kind != "blank"), None)
        if nxt is None or lines[nxt].kind != "responsibility" or _dash_before(lines, i):
            return None  # ——A; / ——B。 / 责任单位:X: a label line under a list of dash lines is the list's
        line.body = body
        return last + 1, None
    if clause.start <= body or _DASH_TAIL.fullmatch(src.match, clause.end, lines[last].rend) is None:
        return None
    line.body = body
    return last + 1, clause


def _dash_opens(line: Line) -> bool:
    text = line.match
    return line.kind == "content" and _DASH.match(text, len(text) - len(text.lstrip(" \t\u3000"))) is not None


def _dash_lines_assigned(lines: list[Line], j: int, k: int) -> bool:
    """Whether the dash line at ``j`` and its label line at ``k`` are followed by another dash line: a list of
    dash lines, each with its own label line."""
    if not _dash_opens(lines[j]) or lines[k].kind != "responsibility":
        return False
    nxt = next(
        (q for q in range(k + 1, len(lines)) if lines[q].kind not in ("blank", "responsibility")), None
    )
    return nxt is not None and _dash_opens(lines[nxt])


def _dash_before(lines: list[Line], i: int) -> bool:
    """Whether the shown line before line ``i`` is a content line opened by a dash (one without a clause of its
    own: a dash line with its own clause is a measure)."""
    prev = next((k for k in range(i - 1, -1, -1) if lines[k].kind not in ("blank", "boilerplate")), None)
    if prev is None or lines[prev].kind != "content":
        return False
    text = lines[prev].match
    return _DASH.match(text, len(text) - len(text.lstrip(" \t\u3000"))) is not None


_LEAF_KEY = re.compile(r"\([^()]*\)|[\s。.,;:]")  # a heading's title without its count (3个) and stops
_CARD_FIELDS_MIN = 3  # numbered field lines that make a heading a project card
_CARD_LABEL = re.compile(r"\s*(?P<label>[^\s:,。;()]{2,12})\s*:")


def _card_field(body: str) -> bool:
    """Whether an item's text is one field of a project card: a short label ending in a field noun (or a clause
    label) and a colon (项目实施地点:…, 资金规模及来源:…, 项目实施单位及责任人:…)."""
    m = _CARD_LABEL.match(body)
    if m is None:
        return False
    return m.group("label").endswith(_VOCAB.field_nouns) or is_responsibility_line(body)


# 重点抓好10件民生实事: / 办好以下十项重点工作,具体如下: a lead counting the tasks it announces, closed by a colon
_COUNTERS, _ANNOUNCED_NOUNS = _VOCAB.announced_patterns()
# …的项目有:新建30家…、新增…: the plan's items named by their noun, a verb handing them over and a colon, then a list
_LISTING = re.compile(
    rf"(?!方面)(?:{_ANNOUNCED_NOUNS})(?:{'|'.join(map(re.escape, _VOCAB.listing_verbs)) or '(?!)'})\s*:[^\n:]*?[、;][^\n]*"
)
_LISTING_MIN = 2
_ANNOUNCED = re.compile(
    rf"(?P<n>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*(?:{_COUNTERS})[^\d,;:。]{{0,6}}?(?:{_ANNOUNCED_NOUNS})"
)
_LEAD_COLON = re.compile(r"[:：]\s*$")
_HANDOVER_MAX = 8  # characters of a bare hand-over sentence after the counting one (分别是: / 具体如下:)


def _announced_count(lead: str) -> int | None:
    """The number of tasks the last sentence of a lead closed by a colon announces (…重点抓好10件民生实事:), or
    the one before a bare hand-over closing the lead (…重点抓好10件民生实事。分别是:)."""
    if _LEAD_COLON.search(lead) is None:
        return None
    start = lead.rfind("。") + 1
    if 0 < start and len(lead) - start <= _HANDOVER_MAX:  # …重点抓好15件民生实事。分别是: a bare hand-over
        start = lead.rfind("。", 0, start - 1) + 1
    found = list(_ANNOUNCED.finditer(lead, start))
    if not found:
        return None
    n = found[-1].group("n")
    return int(n) if n.isdigit() else cn_to_int(n)


def _announced_items(lines: list[Line]) -> frozenset[int]:
    """The lines of a run of (1)…(N) items right after a lead that announces N tasks and ends with a colon (报告
    指出,…重点抓好10件民生实事: / (1)…(10)): the count agreeing with the run, the items are the page's tasks."""
    out: set[int] = set()
    last = None  # the last non-blank line before ``k``
    for k, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if line.level == 4 and line.kind == "heading" and line.value == 1 and last is not None:
            count = _announced_count(fold(lines[last].stripped))
            run = _item_run(lines, k) if count is not None else []
            if count == len(run):
                out.update(run)
        last = k
    return frozenset(out)


def _item_run(lines: list[Line], k: int) -> list[int]:
    """The lines of the (1), (2), … items numbered on from line ``k``, with the lines of their text."""
    run, want = [k], 2
    for j in range(k + 1, len(lines)):
        line = lines[j]
        if line.kind == "heading" and line.level == 4 and line.value == want:
            run.append(j)
            want += 1
        elif line.kind == "heading":
            break
    return run


def _parse(src: SourceDocument, lines: list[Line], *, promote: int | None) -> Outline:
    return _Parser(src, lines, promote).run()


def _add_measure(
    out: Outline,
    src: SourceDocument,
    i: int,
    number: str,
    level: int,
    stack: list[int],
    attachment: str | None,
    clause: Span | None,
    repaired: bool,
    stop: int,
) -> None:
    lines = out.lines
    line = lines[i]
    last = stop - 1
    while last > i and lines[last].kind == "blank":
        last -= 1
    end = lines[last].rend
    clauses = find_inline_clauses(src, line.body, end, bare_ok=True)
    if clause is not None and not any(c.start <= clause.start < c.end for c in clauses):
        clauses = [clause, *clauses]  # the heading's own (省审计厅牵头) before a 协同单位 line under it
    if not clauses and not _owned_below(lines, stop):
        clauses = find_charged_bodies(
            src, line.body, end, kinds=True, sectors=True
        )  # 州政府督查室要将… / 办公室设在A / 各级政府要… / 质监部门要…: no clause, a subject
        clauses = clauses or cut_unit_list(src.match, line.body, end)  # 1.A、B、C、后<end>
    elif clauses and subjects_only(src.match, clauses) and not _owned_below(lines, stop):
        # 各牵头单位要…。县发改委要会同县督查落实办…: the collectives charged beside the bodies its clauses name
        clauses = with_charged_collectives(src.match, line.body, end, clauses)
        clauses = with_kind_subjects(src.match, line.body, end, clauses)
        clauses = with_duty_subjects(src.match, line.body, end, clauses)
    if clauses and subjects_only(src.match, clauses):
        clauses = with_join_partners(src.match, line.body, end, clauses)  # A负责…;会同B制定…
    if clauses:
        clause = clauses[-1]
    out.measures.append(
        MeasureItem(
            number=number,
            level=level,
            span=Span(line.lstart, end),
            body=line.body,
            line=i,
            section=stack[-1] if stack else None,
            section_path=list(stack),
            attachment=attachment,
            inline_clause=clause,
            repaired=repaired,
            clauses=clauses,
        )
    )


def _owned_below(lines: list[Line], stop: int) -> bool:
    """Whether a responsibility line follows the measure that ends before line ``stop`` (责任单位:… under it)."""
    k = stop
    while k < len(lines) and lines[k].kind in ("blank", "boilerplate"):
        k += 1
    return k < len(lines) and lines[k].kind == "responsibility"


_COVER_END = frozenset({"signature", "date", "attachment", "attachment_list", "title"})
_PLAN_TITLE_MAX = 60  # the plan's own title line under its covering notice: short, no sentence punctuation


def _own_opinions(lines: list[Line], start: int) -> bool:
    """Whether the sentence handing a plan on (its line before ``start``, a line wrapped after it at most) puts its own
    opinions forward, suited to its place (…并结合我县实际提出以下贯彻意见): its items are its own tasks."""
    v = vocabulary()
    text = "".join(ln.match.strip() for ln in lines[start - 1 : start + 1])
    k = next((text.find(w) for w in v.cover_own if w in text), -1)
    return k >= 0 and any(w in text[:k] for w in v.cover_own_fit) and "实际" in text[:k]


@lru_cache(maxsize=1)
def _cover_verb() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in vocabulary().cover_verbs))


# the notice's sentence may share a line with portal furniture or fields on a page that lost its line breaks
_COVER_KINDS = frozenset({"content", "boilerplate", "meta"})


def _cover_lines(src: SourceDocument, lines: list[Line]) -> range:
    """The lines of a covering notice's own items: after the sentence that hands a plan on (现将《X》印发给你们)
    and before any heading, up to the notice's signature, date, attachment line or the plan's title line; the
    items are of one level (a heading of another level opens the plan's own outline)."""
    start = next(
        (k + 1 for k, ln in enumerate(lines) if ln.kind in _COVER_KINDS and _cover_verb().search(ln.match)),
        None,
    )
    if start is None:
        return _attached_plan_notice(lines)
    if any(ln.kind == "heading" for ln in lines[:start]):
        return range(0)
    verb_line = lines[start - 1].match
    if _own_opinions(lines, start):
        return range(0)  # …转发给你们,并结合我县实际提出以下贯彻意见: the notice's own tasks follow
    signed = _SIGNED_DATE.search(verb_line, _cover_verb().search(verb_line).end())  # type: ignore[union-attr]
    if signed is not None and len(verb_line) - signed.end() >= _RUN_ON_MIN // 4:
        return range(0)  # …现印发给你们…。X委员会2022年3月1日 + the plan: the notice ended on its own line
    level: int | None = None
    for k in range(start, len(lines)):
        ln = lines[k]
        if ln.kind in _COVER_END or (
            ln.kind == "content"
            and len(ln.stripped) <= _PLAN_TITLE_MAX
            and not _SENTENCE_MARKS.search(ln.match)
        ):
            return range(start, k)
        if ln.kind == "content" and closes_with_list_lead_in(ln.match):
            return range(start, k)  # 区政府要…,主要承担以下工作: the list's own items follow, no notice's
        if ln.kind == "heading":
            if level is not None and ln.level != level:
                return range(start, k)
            level = ln.level
    return range(start, len(lines))


# a notice's signed date run on into the text after it (a page that lost its line breaks); x for a figure a
# reposting site blanked (xxxx年xx月x日)
_SIGNED_DATE = re.compile(
    r"(?:\d{4}|[〇零一二三四五六七八九]{4}|x{4})年[\dx十一二三四五六七八九]{1,3}月[\dx十一二三四五六七八九]{1,3}日"
)
_NOTICE_HEAD = re.compile(r"通知如下")
_ATTACHED_PLAN = re.compile(r"分解|分工|清单|方案|任务|计划|要点")


def _attached_plan_notice(lines: list[Line]) -> range:
    """A notice whose tasks are attached (现将有关事项通知如下: 一、… 附件:…任务分解表): its items, up to the
    attachment list naming a plan or task table, are requirements for carrying it out."""
    start = next(
        (k + 1 for k, ln in enumerate(lines) if ln.kind == "content" and _NOTICE_HEAD.search(ln.match)), None
    )
    if start is None or any(ln.kind == "heading" for ln in lines[:start]):
        return range(0)
    level: int | None = None
    for k in range(start, len(lines)):
        ln = lines[k]
        if ln.kind == "attachment_list":
            return range(start, k) if _ATTACHED_PLAN.search(ln.match) else range(0)
        if ln.kind in _COVER_END or (ln.kind == "heading" and level not in (None, ln.level)):
            return range(0)
        if ln.kind == "heading":
            level = ln.level
    return range(0)


_MOTTO_PIECE_MAX = 8  # 确保责任落实到位: one phrase of a requirement's motto title, never a sentence's clause
_MOTTO_SPLIT = re.compile(r"[,;]")


def _motto_title(title: str) -> bool:
    """Whether a heading's title is a motto of two or more short comma-joined phrases (高度重视,提高站位 /
    加强领导,确保责任落实到位): a covering notice's requirement, whatever bodies its text then names."""
    pieces = _MOTTO_SPLIT.split(fold(title).strip().rstrip("。."))
    return len(pieces) >= 2 and all(0 < len(p.strip()) <= _MOTTO_PIECE_MAX for p in pieces)


# 在"聚焦…"方面(分解任务15项)。 / 在《…》领域: an item naming a topic of the plan it describes, no predicate
_TOPIC_ITEM = re.compile(
    "(?:"
    + "|".join(map(re.escape, _VOCAB.topic_item_openers))
    + r")[\"“《](?:[^\"“”《》\n]|[\"“][^\"“”\n]*[\"”])+[\"”》](?:"
    + "|".join(map(re.escape, _VOCAB.topic_item_heads))
    + r")\s*(?:\([^()\n]*\))?\s*[。.;]?\s*"
)


def _is_sentence(line: Line) -> bool:
    """A heading line that is a sentence of text (cut off before its 。), not a title."""
    s = line.stripped
    return len(s) > 30 and "," in s


def _has_text(src: SourceDocument, lines: list[Line], k: int) -> bool:
    """A heading with text of its own: after its title on the line, or a paragraph on the next line."""
    if _title_of(src, lines[k])[1] or _is_sentence(lines[k]) or lines[k].stripped.endswith("。"):
        return True
    j = k + 1
    while j < len(lines) and lines[j].kind == "blank":
        j += 1
    return j < len(lines) and lines[j].kind == "content"


def _title_only(src: SourceDocument, line: Line) -> bool:
    """A 1. line that is a title closed by 。 (1.主要指标的责任部门。): its text is the paragraph below."""
    title, has_body = _title_of(src, line)
    return not has_body and line.stripped.endswith("。")


_FRAME_MAX = max(len(w) for w in (*vocabulary().not_measure, *vocabulary().assign_only)) + 4


_FRAME_JOIN = re.compile(r"[和及与、,\s]+")
_YEAR_BEFORE = re.compile(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})年度?")
_QUESTION_MARKS = ("?", "？")


@lru_cache(maxsize=4096)
def _title_kind(title: str, exact: bool) -> str | None:
    """ "frame" / "assign_only" for one heading title (``exact``: the whole title is the word, as for an
    ancestor section; else the word with up to three more characters around it: 厘清总体思路)."""
    if len(title) > _FRAME_MAX:  # a sentence, not a frame word
        return None
    vocab = vocabulary()
    # 2023年工作回顾 / 2024年度工作目标: the year a part is of, before its frame word
    t = _YEAR_BEFORE.sub("", fold(title).strip().rstrip("。.:"))
    parts = [p for p in re.split(r"[,、;\s]+", t) if p]
    if len(parts) >= 2 and all(p in vocab.requirement_phrases for p in parts):
        return "assign_only"  # 加强领导,落实责任: a work requirement (强化宣传 alone may head a measure)
    joined = [p for p in _FRAME_JOIN.split(t) if p]
    if len(joined) >= 2 and all(p in vocab.not_measure for p in joined):
        return (
            "frame"  # 指导思想和基本原则, 总体要求与主要目标: two parts of the plan's frame under one heading
        )
    if (
        len(joined) >= 2
        and all(_framing_part(p) for p in joined)
        and any(p.endswith(vocab.not_measure_endings) for p in joined)
    ):
        return "frame"  # 整治目标及原则: the goals and the principles under one heading (heldout91 ei12)
    if len(t) <= _SCOPE_TITLE_MAX and (
        (t.endswith(vocab.scope_ends) and not t.startswith(vocab.scope_verbs))
        or (exact and t.endswith(vocab.principle_ends) and not t.startswith(vocab.principle_openers))
    ):
        # 一、办理范围 / 一、督查督办内容范围: what the work covers; 三、督办工作原则 over its (一) items: the
        # principles of the work (an item of its own titled so may be a task: annotation decides by its text)
        return "frame"
    for kind, words in (("frame", vocab.not_measure), ("assign_only", vocab.assign_only)):
        if exact and t in words:
            return kind
        if (
            not exact
            and (t.startswith(words) or t.endswith(words))  # one C-level test first: most titles hold none
            and any((t.startswith(w) or t.endswith(w)) and len(t) <= len(w) + 3 for w in words)
        ):
            return kind
    # 发展原则 / 阶段目标 / 目标要求: a modifier and a frame's head noun, short as a title of the plan's frame is
    if len(t) <= _ENDING_TITLE_MAX:
        if t.endswith(vocab.not_measure_endings):
            return "frame"
        if t.endswith(vocab.assign_only_endings) or t.startswith(vocab.assign_only_openings):
            return "assign_only"
    return None


def _framing_part(part: str) -> bool:
    """A part of a joined heading that names a part of the plan's frame: a frame word, or a short title headed by a
    frame's or a goal's head noun (整治原则, 整治目标)."""
    vocab = vocabulary()
    return part in vocab.not_measure or (
        len(part) <= _ENDING_TITLE_MAX
        and part.endswith((*vocab.not_measure_endings, *vocab.assign_only_endings))
    )


# (一 / ( / 1 alone on the last line: a heading marker the excerpt cut before its text
_CUT_MARKER = re.compile(rf"^[((]\s*[{_CN}]{{0,3}}$|^[((]?\s*[{_CN}]{{1,3}}\s*[))、]?$|^\d{{1,2}}\s*[.、]?$")
_SCOPE_TITLE_MAX = 10  # 落实文物安全责任范围: a scope heading; a longer title is a sentence about one
# the name of a part before a colon its text runs on after (背景与依据:为了… / 主要目的:各部门要…)
_COLON_LABEL = re.compile(r"\s*([^,;。:\s]{2,8}):")


def _interpretation_part(title: str) -> bool:
    """Whether a heading's ``title`` names an interpretation page's part before a colon, every piece of the name
    (joined by 与/和/、) ending with a word of ``[interpretation_part]`` (背景与依据:为了… / 主要目的:…)."""
    ends = vocabulary().interpretation_ends
    if ":" not in title and "：" not in title:
        # 一、出台背景 / 一、《通知》出台的目的 / 二、起草依据: the part as a heading of its own, a short title
        name = _QUOTED_NAME.sub("", fold(title)).strip(" 。")
        return 0 < len(name) <= _PART_TITLE_MAX and bool(ends) and _PART_NAME.fullmatch(name) is not None
    label = _COLON_LABEL.match(fold(title))
    if label is None or not ends:
        return False
    parts = [p for p in _FRAME_JOIN.split(label.group(1)) if p]
    return bool(parts) and all(p.endswith(ends) for p in parts)


# (一)工作目标: / (二)主要指标: the goals a task names before its colon; a task's own title so (加强组织领导:县政府办)
# is no frame however its words read
_GOAL_LABEL_ENDS = vocabulary().goal_label_ends
_QUOTED_NAME = re.compile(r"《[^《》]*》")


# 出台背景 / 起草的目的 / 目的意义 / 背景与依据: the part's name, a noun phrase of the document's making (never a task
# heading that ends so: 完善执法依据, 提供决策依据, 宣传教育意义: round 36's second review)
def _part_name_rx() -> re.Pattern[str]:
    v = vocabulary()
    ends = "|".join(map(re.escape, v.interpretation_ends)) or "(?!)"
    makers = "|".join(map(re.escape, v.interpretation_makers))
    return re.compile(
        rf"(?:{makers})?的?(?:{ends})(?:(?:与|和|及|、)(?:{ends}))*" if makers else rf"(?:{ends})"
    )


_PART_NAME = _part_name_rx()
_PART_TITLE_MAX = (
    8  # characters of an interpretation page's part as a heading (出台背景, 目的意义, 出台的目的)
)


_ENDING_TITLE_MAX = 4  # 发展原则, 阶段目标: two characters before the head noun; 确保完成年度目标 is a task


@lru_cache(maxsize=4096)  # asked for every heading and item under the same few section chains
def _frame_kind(titles: tuple[str, ...]) -> str | None:
    """ "frame" when a heading or one of its ancestors is 指导思想 / 基本原则 / 总体要求 / 发展目标 … (never
    measures), "assign_only" under 组织实施 / 保障措施 … (measures only with a clause of their own)."""
    kinds = {_title_kind(titles[-1], False), *(_title_kind(t, True) for t in titles[:-1])}
    if "frame" in kinds:
        return "frame"
    return "assign_only" if "assign_only" in kinds else None


def _goal_item(title: str, sections: list[Section], stack: list[int]) -> bool:
    """Whether a heading titled ``title`` is an item of a goals section (工作目标, 主要目标), not a frame word
    itself: such an item with its own responsibility clause is a measure (annotation.md)."""
    if _title_kind(title, False) == "frame" or not stack:
        return False
    parent = fold(sections[stack[-1]].title).strip().rstrip("。.:")
    return "目标" in parent and _title_kind(sections[stack[-1]].title, True) == "frame"


# 4月30日前 / 年底前 / 6月底以前: a time a task is due by
_DUE_BY = re.compile(r"(?:\d{1,2}月(?:\d{1,2}日)?|[年月]底|年内)(?:以)?前")
# 以习近平新时代中国特色社会主义思想为指导 / 高举…旗帜,以…为指导: a paragraph stating a plan's guiding thought, the
# party's doctrine its guide (not 以党建为引领 / 以市场需求为指导: a task's own approach, round 44's review)
_GUIDING = re.compile(
    r"\s*(?:(?:高举|深入贯彻|全面贯彻|认真贯彻|坚持)[^。;\n]{0,60}?[,,])?(?:坚持)?以[^。;\n]{0,12}?"
    r"(?:习近平|邓小平|马克思|毛泽东|三个代表|科学发展观|党的[^。;\n]{0,16}?精神)[^。;\n]{0,60}?为(?:指导|指引|统领)"
)
_PAIRS = (("(", ")"), ('"', '"'), ("《", "》"))


def _closes_open_pair(lines: list[Line], i: int) -> bool:
    """Whether the text after the marker of line ``i`` closes a bracket or a quotation the line right above left
    open (…(邹区镇 / 2、)各街道; …新建2家"秋白 / 3、书苑",…): the marker is a page number inside a sentence."""
    if i == 0 or lines[i - 1].kind not in ("content", "measure", "heading", "table"):
        return False
    above, here = lines[i - 1].match, lines[i].match[lines[i].body - lines[i].start :]
    for opener, closer in _PAIRS:
        if opener == closer:
            if above.count(opener) % 2 == 1 and here.count(closer) % 2 == 1:
                return True
            continue
        if above.count(opener) > above.count(closer):
            close, open_ = here.find(closer), here.find(opener)
            if close >= 0 and (open_ < 0 or close < open_):
                return True
    return False


def _continues_previous(src: SourceDocument, lines: list[Line], i: int) -> bool:
    """A line starting with ')' that closes a bracket of the sentence broken on the line right above."""
    if i == 0 or lines[i - 1].kind not in ("content", "measure", "heading") or not _ends_open(lines[i - 1]):
        return False
    title, has_body = _title_of(src, lines[i])
    return (
        has_body or len(title) > 30 or bool(_SENTENCE_PUNCT.search(src.match[lines[i].body : lines[i].rend]))
    )


def _is_group_heading(src: SourceDocument, lines: list[Line], i: int) -> bool:
    """A 1. line without text of its own whose next line is a (1) item; a title closed by 。 (1.约束性指标。)
    only when its (1) items carry their own 责任单位 lines (a ⑴ indicator row, not a detail of the item)."""
    title, has_body = _title_of(src, lines[i])
    s = lines[i].stripped
    # "1.健全五项机制:" introduces its own sub-items
    if has_body or "。" in s.rstrip("。") or s.endswith(":"):
        return False
    j = _next_shown(lines, i)
    if j is None or lines[j].kind != "heading" or lines[j].level != 4:
        return False
    return (
        not s.endswith("。")
        or (len(title) <= _GROUP_TITLE_MAX and _sub_item_assigns(src, lines, j))
        or _names_its_items(title)
    )


def _names_its_items(title: str) -> bool:
    """2.重点工作举措。: a short title naming the kind of items under it (任务, 措施, 举措), no frame title (保障措施)."""
    t = fold(title).strip().rstrip("。.:")
    return (
        len(t) <= _GROUP_TITLE_MAX // 2 + 2
        and t.endswith(_VOCAB.item_kinds)
        and _title_kind(t, False) is None
    )


def _splits_sub_items(lines: list[Line]) -> bool:
    """Whether a responsibility line stands between two (1) items of one group (1.整治市容 / ⑴… / 责任部门:A / ⑵… /
    责任部门:B): the page assigns its (1) items one run at a time, so they are its measures in every group, also where a
    group's runs share one line or the excerpt cut before it."""
    shown = [ln for ln in lines if ln.kind not in ("blank", "boilerplate")]
    return any(
        mid.kind == "responsibility"
        and before.kind == "heading"
        and before.level == 4
        and after.kind == "heading"
        and after.level == 4
        for before, mid, after in zip(shown, shown[1:], shown[2:], strict=False)
    )


def _sub_items_detail(src: SourceDocument, lines: list[Line], i: int, section_assigned: bool) -> bool:
    """1.完善预案体系 / (1)…(4)… / (责任单位:A、B): (1) items that assign nothing of their own, one responsibility line
    closing the whole group (or the section's own line before it), are the details of the 1. item, the measure."""
    subs = 0
    k = _next_shown(lines, i)
    while k is not None:
        ln = lines[k]
        if ln.kind == "heading" and (ln.level or 0) <= 3:
            break
        if ln.kind == "responsibility":
            nxt = _next_shown(lines, k)
            closes = nxt is None or (lines[nxt].kind == "heading" and (lines[nxt].level or 0) <= 3)
            return subs >= 2 and closes
        if ln.kind == "heading" and ln.level == 4:
            if find_inline_clause(src, ln.body, ln.rend) is not None:
                return False
            subs += 1
        k = _next_shown(lines, k)
    return subs >= 1 and section_assigned


def _sub_items_assign(src: SourceDocument, lines: list[Line], i: int) -> bool:
    """17.继续办好实事。省安排补助资金… / (2)教育培训工程。…(就管中心): a 1. item with text of its own but no clause,
    whose (1) sub-items each close on a clause of their own, hands its units to them: they are the measures."""
    line = lines[i]
    if find_inline_clause(src, line.body, line.rend, bare_ok=True) is not None:
        return False
    subs = 0
    k = _next_shown(lines, i)
    while k is not None:
        ln = lines[k]
        if ln.kind == "heading" and (ln.level or 0) <= 3:
            break
        if ln.kind == "heading" and ln.level == 4:
            if find_inline_clause(src, ln.body, ln.rend, bare_ok=True) is None and not _sub_item_assigns(
                src, lines, k
            ):
                return False
            subs += 1
        elif ln.kind != "responsibility" and not (subs and ln.kind == "content"):
            return False
        k = _next_shown(lines, k)
    return subs >= 1


_GROUP_TITLE_MAX = 12  # a group title with a full stop is a short name (约束性指标。), never a sentence


def _next_shown(lines: list[Line], i: int) -> int | None:
    j = i + 1
    while j < len(lines) and lines[j].kind in ("blank", "boilerplate"):
        j += 1
    return j if j < len(lines) else None


def _sub_item_assigns(src: SourceDocument, lines: list[Line], j: int) -> bool:
    """Whether the (1) item at line ``j`` carries a responsibility clause or a responsibility line of its own."""
    if find_inline_clause(src, lines[j].body, lines[j].rend) is not None:
        return True
    k = _next_shown(lines, j)
    while k is not None and lines[k].kind == "content" and _ends_open(lines[k - 1]):
        k = _next_shown(lines, k)
    return k is not None and lines[k].kind == "responsibility"


def _after_measure(src: SourceDocument, lines: list[Line], i: int, level: int) -> int:
    """Index of the first line after the paragraph of the measure starting at line ``i``.

    The paragraph is the measure's line, plus lines that continue a sentence broken mid-line, plus its own
    (1)/① sub-items (also across blank lines) with their broken-line continuations.
    """
    j = i + 1
    prev = lines[i]
    # 2. 改善環境衛生及市容: / - …。(環境及生態局) / - …。(房屋局): an item announcing a list with its colon runs over
    # every bulleted line of the list
    listing = src.match[lines[i].lstart : lines[i].rend].rstrip().endswith(":")
    while j < len(lines):
        nxt = lines[j]
        if listing and _dash_opens(nxt):
            prev = nxt
            j += 1
            continue
        if nxt.kind == "blank":
            k = j
            while k < len(lines) and lines[k].kind == "blank":
                k += 1
            if (
                k < len(lines)
                and lines[k].kind == "heading"
                and lines[k].level in (4, 5)
                and (lines[k].level or 0) > level
            ):
                j = k
                continue
            if k < len(lines) and lines[k].kind == "content" and _ends_open(prev):
                j = k  # a page that puts a blank line after every line: the sentence goes on below it
                continue
            break
        if nxt.kind == "heading" and nxt.level in (4, 5) and (nxt.level or 0) > level:
            nxt.kind = "content"
            prev = nxt
            j += 1
            continue
        if nxt.kind == "heading" and nxt.damage == "lost_numeral" and _continues_previous(src, lines, j):
            nxt.kind = "content"
        if nxt.kind == "content" and (_ends_open(prev) or (prev is lines[i] and _bracketed_title(src, prev))):
            prev = nxt
            j += 1
            continue
        if nxt.kind == "responsibility" and _bracket_carries_on(src, lines[i].lstart, prev.rend, nxt):
            # (牵头单位:市财政局,<newline>责任单位:市税务局): the label line goes on the open clause
            nxt.kind = "content"
            prev = nxt
            j += 1
            continue
        break
    return j


def _bracketed_title(src: SourceDocument, line: Line) -> bool:
    """2.小口机井工程(二期): a title without a full stop closed by a bracket that assigns nobody; the lines
    below are its paragraph as after any open title."""
    s = line.stripped
    return (
        s[-1:] in ")）" and "。" not in s and not find_inline_clauses(src, line.body, line.rend, bare_ok=True)
    )


_BRACKET_DEPTH = {**dict.fromkeys("(〔【[", 1), **dict.fromkeys(")〕】]", -1)}


def _bracket_carries_on(src: SourceDocument, start: int, end: int, nxt: Line) -> bool:
    """Whether ``match[start:end]`` leaves a bracket open that line ``nxt`` closes."""
    m = src.match
    if not any(ch in _BRACKET_DEPTH for ch in m[nxt.lstart : nxt.rend]):
        return False
    depth = 0
    for ch in m[start:end]:
        depth = max(0, depth + _BRACKET_DEPTH.get(ch, 0))
    if depth == 0:
        return False
    for ch in m[nxt.lstart : nxt.rend]:
        depth += _BRACKET_DEPTH.get(ch, 0)
        if depth == 0:
            return True
    return False


# the brackets a responsibility clause closes in: (A牵头) as often 【A牵头】, 〔A牵头〕 or [A牵头]
_CLAUSE_CLOSERS = (")", "〕", "】", "]")


def _to_closing_clause(src: SourceDocument, lines: list[Line], stop: int) -> int:
    """The paragraph of a measure whose clause closes the text lines after it, before any heading:
    (一)道路畅通工程。…<newline>…<newline>进一步规范…。(自治区交通运输厅牵头,…配合): the clause and the lines
    up to it are the measure's; otherwise ``stop``. Blank lines between the paragraphs of a page do not end it,
    and a clause cut off by the end of an excerpt ((…省发改委牵头,省经信委等按职责分) closes it too."""
    k = stop
    content = 0
    while k < len(lines) and lines[k].kind in ("content", "blank"):
        content += lines[k].kind == "content"
        k += 1
    while k > stop and lines[k - 1].kind == "blank":  # blank lines between paragraphs count for nothing
        k -= 1
    if k == stop or content > 12:
        return stop
    last = lines[k - 1]
    at_end = k == len(lines) or all(ln.kind == "blank" for ln in lines[k:])
    if src.match[last.rend - 1 : last.rend] not in _CLAUSE_CLOSERS and not at_end:
        return stop
    clause = find_inline_clause(src, last.lstart, last.rend)
    return k if clause is not None and clause.end == last.rend else stop


def _fill_measure_owner(out: Outline) -> None:
    for mi, m in enumerate(out.measures):
        j = m.line
        while j < len(out.lines) and out.lines[j].start < m.span.end:
            if out.lines[j].kind != "blank":
                out.line_owner[j] = ("measure", mi)
            j += 1


_DEADLINE_WORDS = vocabulary().columns_pattern("deadline")
_DEADLINE_ANY = re.compile(rf"(?:{_DEADLINE_WORDS})\s*[::]")
_DEADLINE_LABEL = re.compile(rf"^(?:{_DEADLINE_WORDS})\s*[::]\s*(?=\S)")


def _task_cell_end(row: Row, task: Cell | None) -> int | None:
    """The end of a row's task cell when other cells follow it: the measure's label is the task's own words."""
    if task is None or not any(c.span.start >= task.span.end for c in row.cells):
        return None
    return task.span.end


def _budget(row: Row) -> tuple[Span, str, str] | None:
    found = row.budget()
    if found is None:
        return None
    cell = row.first("budget")
    name = re.sub(r"\(.*?\)", "", cell.column.name) if cell is not None else ""
    return found[0], found[1], name


def _label_deadlines(src: SourceDocument, out: Outline) -> None:
    """A ``完成时限:2023年12月底`` line among a measure's label lines (牵头领导: / 责任单位:) is its deadline."""
    if not out.measures or _DEADLINE_ANY.search(src.match) is None:  # one scan: most texts have none
        return
    by_line = {m.line: mi for mi, m in enumerate(out.measures)}
    current: int | None = None
    for j, ln in enumerate(out.lines):
        if j in by_line:
            current = by_line[j]
        elif ln.kind in ("heading", "table", "attachment", "title"):
            current = None
        elif current is not None and ln.kind in ("content", "responsibility"):
            m = _DEADLINE_LABEL.match(ln.stripped)
            if m is not None and out.measures[current].deadline is None:
                out.measures[current].deadline = Span(ln.lstart + m.end(), ln.rend)


def _covers_section(out: Outline, r: ResponsibilityLine) -> bool:
    """Whether a section header speaks for its whole section: a line of its own (省农委总牵头 / 责任部门:…) or a
    heading that is a title and its clause (一、招商引资(由市商务局牵头)); not a heading that states a task of its
    own (一、减少扶贫对象6万人。(责任单位:…)) over items that break the task down."""
    line = out.lines[r.line]
    if line.kind != "heading":
        # 由A牵头B、C等有关单位,对…: a paragraph's sentence handing work over covers the items that name no body
        # of their own, not those that do (round 34's review)
        return not opens_handing(line.match[line.lstart - line.start :])
    return "。" not in line.match and ";" not in line.match


_ABOVE_MIN = 2  # items of a section that each follow their block: one alone is a section's header line


def _labels_above(out: Outline, events: list[tuple[int, str, int]]) -> dict[int, int]:
    """The responsibility lines that go with the measure below them: a section whose items each follow a block of
    label lines (牵头单位:A;责任单位:B / 1.… / 牵头单位:C / 2.…), none closing the section after its last item (the
    layout that prints labels after the items ends on a block), no item with a clause of its own. Each line of a
    block -> the measure right after it."""
    runs: dict[int | None, list[tuple[str, int]]] = {}
    for _, kind, idx in events:
        if kind == "m":
            runs.setdefault(out.measures[idx].section, []).append(("m", idx))
        elif kind == "r":
            runs.setdefault(out.responsibility[idx].section, []).append(("r", idx))
    found: dict[int, int] = {}
    for seq in runs.values():
        kinds = "".join(k for k, _ in seq)
        blocks = re.fullmatch(r"(?:r+m)+", kinds)
        if blocks is None or kinds.count("m") < _ABOVE_MIN:
            continue
        if any(out.measures[i].inline_clause is not None for k, i in seq if k == "m"):
            continue
        if not _under_heading(out.lines, out.responsibility[seq[0][1]].line):
            continue  # a page that opens on a block: the clause of an item off the page, labels after items
        block: list[int] = []
        for k, i in seq:
            if k == "r":
                block.append(i)
                continue
            found.update((ri, i) for ri in block)
            block = []
    return found


def _under_heading(lines: list[Line], i: int) -> bool:
    """Whether the nearest non-blank line above line ``i`` is a heading."""
    k = i - 1
    while k >= 0 and lines[k].kind == "blank":
        k -= 1
    return k >= 0 and lines[k].kind == "heading"


# 11.提前做好…。<end>: a numbered item's text in a unit column (the next row, its cells cut away), no unit
_NUMBERED_TEXT = re.compile(r"\s*\d{1,3}\s*[.、．][\u4e00-\u9fff][^|]*[,。;]")


def _paragraph_between(out: Outline, clause: Span, line: int) -> bool:
    """A content line (a paragraph of text, not the clause's own) between the end of ``clause`` and ``line``."""
    return any(
        ln.kind == "content" and ln.lstart >= clause.end
        for ln in out.lines[max(0, line - _PARAGRAPH_BACK) : line]
    )


_PARAGRAPH_BACK = 3  # lines looked at above a unit line for the paragraph it follows
_SENTENCE_AFTER_MIN = 8  # characters of a sentence the item goes on with after its clause


def _sentence_after(out: Outline, clause: Span, below: int) -> bool:
    """(一)…公开典型案例。(牵头单位:县发改局)推进民生实事预算信息公开。<newline>(牵头单位:县财政局): the item goes on
    after its clause with a sentence of its own, closed on the clause's line: the unit line below is that
    sentence's clause (heldout49 cq07's gold: both leads)."""
    k = below - 1  # the clause's line: walked back to from the unit line below it
    while k >= 0 and out.lines[k].start > clause.end:
        k -= 1
    if k < 0 or out.lines[k].end < clause.end:
        return False
    line = out.lines[k]
    rest = line.match[clause.end - line.start : line.rend - line.start].strip()
    return len(rest) >= _SENTENCE_AFTER_MIN and rest.endswith(("。", "!", "?"))


def _assign_card_labels(out: Outline, r: ResponsibilityLine) -> None:
    """A card's closing label line (…(三)治理内容 / 1.… / 2.… / (五)责任单位:A): the numbered items under the card's
    field headings before it, or where it has none the card's items of the label's level, with no clause of their
    own."""
    level = out.lines[r.line].closes_card or 0
    card = r.section
    while card is not None and out.sections[card].level >= level:
        card = out.sections[card].parent
    inside = [
        mi
        for mi, m in enumerate(out.measures)
        if m.span.start < r.span.start
        and (card is None or card in m.section_path)
        and m.inline_clause is None
        and not m.clauses
    ]
    deeper = [mi for mi in inside if out.measures[mi].level > level]
    r.measures = deeper or inside
    r.section = card


def _assign_lines(out: Outline) -> None:
    """Decide which measures each standalone responsibility line applies to.

    A line applies to the measures of its section since the previous responsibility clause (inline or
    line); a line before any measure of its section is a section header and applies to the section's
    measures (also in its sub-sections) that get no clause of their own; two lines in a row
    (牵头单位 / 责任单位) share their measures.
    """
    events: list[tuple[int, str, int]] = []
    for mi, m in enumerate(out.measures):
        events.append((m.span.start, "m", mi))
    for ri, r in enumerate(out.responsibility):
        if out.lines[r.line].closes_card is not None:
            _assign_card_labels(out, r)
        elif not r.table:
            events.append((r.span.start, "r", ri))
    for li, ln in enumerate(out.lines):
        if ln.kind == "content" and is_people_line(ln.match):
            events.append((ln.lstart, "p", li))
    events.sort()
    above = _labels_above(out, events)
    # measures whose own assignment block (分管领导:张三) has been seen: a unit line after a later measure is not theirs
    own_block: set[int] = set()
    pending: dict[int | None, list[int]] = {}
    headers: dict[int | None, list[int]] = {}
    seen_measure: set[int | None] = set()
    prev: tuple[str, int] | None = None
    for _, kind, idx in events:
        if kind == "p":
            if prev is not None and prev[0] == "m":
                own_block.update(pending.get(out.measures[prev[1]].section, []))
            continue
        if kind == "m":
            m = out.measures[idx]
            if own_block:
                pending[m.section] = [x for x in pending.get(m.section, []) if x not in own_block]
            for sec in [None, *m.section_path]:
                seen_measure.add(sec)
            if m.inline_clause is not None or idx in above.values():
                pending[m.section] = []
            else:
                pending.setdefault(m.section, []).append(idx)
            prev = ("m", idx)
            continue
        r = out.responsibility[idx]
        sec = r.section
        todo = pending.get(sec, [])
        if idx in above:
            r.measures = [above[idx]]
        elif todo:
            r.measures = list(todo)
            pending[sec] = []
        elif prev is not None and prev[0] == "r" and out.responsibility[prev[1]].section == sec:
            twin = out.responsibility[prev[1]]
            r.measures = list(twin.measures)
            r.section_level = twin.section_level
            if prev[1] in headers.get(sec, []):
                headers[sec].append(idx)
        elif (
            prev is not None
            and prev[0] == "m"
            and out.measures[prev[1]].section == sec
            and support_label_only(out.lines[r.line].match)
        ):
            # 1.…。(市商务局) / 配合单位:市财政局: the bodies that help, on the line after a measure's own clause
            r.measures = [prev[1]]
        elif (
            prev is not None
            and prev[0] == "m"
            and out.measures[prev[1]].section == sec
            and (clause := out.measures[prev[1]].inline_clause) is not None
            and (_paragraph_between(out, clause, r.line) or _sentence_after(out, clause, r.line))
        ):
            # (一)加强预期引导<newline>围绕…。<newline>市发改委牵头落实<newline>围绕…。<newline>市人社局牵头落实: the item's
            # next paragraph and the bodies it names, one a line, after the item's first pair
            r.measures = [prev[1]]
        elif sec not in seen_measure and (sec is not None or out.first_section_start is None):
            # (a line above every heading of a page cut from a longer document belongs to a measure off-page)
            headers.setdefault(sec, []).append(idx)
            r.section_level = True
        else:
            out.problems.append(
                f"line {r.line + 1}: responsibility line {out.lines[r.line].stripped[:24]!r} "
                f"follows no measure that lacks a clause; ignored"
            )
        prev = ("r", idx)

    covered = {mi for r in out.responsibility for mi in r.measures}
    covered |= {mi for mi, m in enumerate(out.measures) if m.inline_clause is not None}

    def depth(sec: int | None) -> int:
        d = 0
        while sec is not None:
            d += 1
            sec = out.sections[sec].parent
        return d

    for sec in sorted(headers, key=depth, reverse=True):
        scope = [mi for mi, m in enumerate(out.measures) if sec is None or sec in m.section_path]
        targets = [mi for mi in scope if mi not in covered]
        for ridx in headers[sec]:
            r = out.responsibility[ridx]
            r.measures = list(targets)
            if sec is not None and _covers_section(out, r):
                r.also = [mi for mi in scope if mi in covered]
        covered.update(targets)

    for r in out.responsibility:
        if r.section is None or not r.measures or r.section_level:
            continue
        in_section = [mi for mi, m in enumerate(out.measures) if m.section == r.section]
        if len(r.measures) >= 2 and r.measures == in_section:
            r.section_level = True
