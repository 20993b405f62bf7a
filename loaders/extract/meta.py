"""Document metadata (title, issuer, date, number, region, addressees, year, cites) and dated phases.

Everything is read from ``src.match`` (Simplified, ASCII punctuation, '?' blanked), every quote and span from
``src.text``. Rules, in the order they are tried:

* **title**: heading lines ``[【…】][issuer]关于……方案/意见/通知/措施/…`` before the first ``一、`` heading, also
  when broken over two or three lines. The plan's own title wins over a cover or web title
  (``关于印发《…》的通知``), as written (an issuer prefix kept); the 【…】 tag is cut off. No heading line -> no title.
  The title is returned in the document's own script, its lines joined without white space.
* **issuer**: a 发文单位/发文机关 field; else the signature line just above a date line; else the issuer prefix
  of a web title; else an organisation line just above the title. The *name* is returned; the caller
  resolves it to a unit key.
* **issued**: a 成文日期 field; else the (well-formed) signature date; else any date-only line. A page's
  发布日期/发布时间 is when a site posted the page, not when the document was issued: never used (the spec).
  A damaged date (``2021年1122``) is never used.
* **doc_number**: a 发文字号/文号 field, else a line consisting of a number alone (``青人社字〔2021〕94号``).
  Numbers quoted inside sentences belong to cited documents and are ignored.
* **region**: from the issuer (longest region name it starts with, see ``data/regions.toml``), else from the
  document number's first character (``青``), else from cues with a region's short form (人才兴烟, 驻烟高校,
  来青实习, 留烟率, 来鲁创业) when one region clearly dominates.
* **addressees**: the salutation line ending in ':' before the body, with the name lines just above it.
* **year**: a year in the title (a range gives its first year), else a leading ``2023年全市…``, else the
  issue year.
* **cites**: every ``《…》`` title in first-appearance order, except the document itself (its own title, a
  ``《…》`` inside a title line, ``现将《…》印发``). Titles of the document's own attachments are kept when
  the body cites them in 《…》 (they are separate documents: 出台《…专项行动方案》); pass
  ``include_attachments=False`` to drop them.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from policykg.errors import ExtractError
from policykg.loaders.extract.count_labels import collection_headline
from policykg.loaders.extract.divisions import load_divisions
from policykg.loaders.extract.news import dated_lead
from policykg.loaders.extract.numerals import cn_number
from policykg.loaders.extract.structure import is_boilerplate
from policykg.loaders.extract.tables import glued_line_cuts
from policykg.loaders.extract.textscan import alternation
from policykg.loaders.extract.units import default_grammar
from policykg.loaders.extract.vocab import vocabulary
from policykg.loaders.normalize import fold, name_key, to_simplified
from policykg.models import DocMeta, Phase, SourceDocument, Span

log = logging.getLogger(__name__)

__all__ = ["Region", "RegionTable", "extract_meta", "find_phases", "parse_date"]

_TITLE_END = re.compile(
    r"(?:方案|意见|通知|通报|措施|举措|办法|规划|计划|决定|细则|要点|规定|纲要|指引|指南|公告|通告|公示|函|报告|批复|批覆|条例|规则|"
    r"清单|分解|分工|分解表|分解书|责任书|分工表|汇总表|一览表|任务表|台账|进展情况|推进情况|完成情况|落实情况|执行情况|情况表|目标安排|工作安排|"
    r"年度?(?:重点)?工作任务|重点工作任务|年度?重点任务|若干政策|进度表|安排表|计划表|明细表|工作目标|民生实事|惠民实事"
    # a government's yearly programme (台中市经发局施政目标, 2019年财政年度施政方针: Taiwan and Macau pages)
    r"|施政目标|施政方针"
    # 計畫, Taiwan's word for a plan (Taiwan pages: …環境品質提升計畫, 社區農村再生計畫), folded 计画
    r"|计画"
    # a government's policy white paper (卫生福利部 2025卫生福利政策白皮书: Taiwan ministries' plans)
    r"|白皮书"
    # a compilation of a place's policies or documents (浙江温州海洋经济发展示范区政策汇编, 惠企政策汇编)
    r"|(?:政策|文件|制度|措施)汇编"
    # a department's reading of a document it made (关于《…实施意见的通知》的政策解读, 《…实施方案》文件解读)
    r"|(?<=》)(?:的)?(?:政策|文件)?解读"
    # a government's or a ministry's order (吴江区人民政府令 / 第3号: a rule promulgated under its number)
    r"|(?:政府|部|委员会|局)令"
    # a kind word with one character masked by the page (若干*策, 实施方*: a reposting site's censored characters)
    r"|\*(?:策|案|见|施|法|划|知|点)|(?:政|方|意|措|办|规|计)\*"
    # a final or submitted version's note closing the line (智慧城市重点建设内容(定稿)): whatever its kind word, a
    # document's title
    r"|(?<=[\u4e00-\u9fff])(?=\((?:定稿|终稿|送审稿)\)))"
    r"(?:草案)?"  # 中程施政计画草案: the draft of a plan
    r"(?:\s*\([^()]{0,20}\)){0,2}$"  # (市农业农村局牵头任务)(二季度末完成情况): a remark or two after it
)
_ORG_END = re.compile(
    r"(?:局|厅|委|委员会|政府|办公室|办公厅|部|中心|管委|管委会|院|总工会|联合会|协会|处|办|署|领导小组|小组|"
    r"公司|集团|团委|党委|法院|检察院|人民政府|办事处|指挥部|专班)(?:\s*\((?:代|印)\))?$"
)
_BODY_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+\s*(?:[、.]|,(?!\d))")
_ATTACH_LINE = re.compile(r"^\s*附件\s*[0-9一二三四五六七八九十]*\s*[::]?")
_LIST_MARKER = re.compile(
    r"^\s*(?:[((][一二三四五六七八九十0-9]+[))]|[0-9]+\s*[.、]|[一二三四五六七八九十]+\s*[、.]|[①-⑳])"
)
# An edition note on its own line under a title: (2025年版), (试行), (2022-2024年).
# (2025年版) / (试行) under a title end it; (共118项) counts its items and is no part of it
# (2021年7月3日) under a title is the day it was adopted or issued: no edition.
_EDITION = re.compile(
    r"^\s*\((?!\s*共)(?!\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?=[^()]*(?:\d|版|试行|暂行))[^()]{1,20}\)\s*$"
)
# A draft's note on a line of its own (征求意见稿 / 送审稿 / 讨论稿)
_DRAFT_NOTE = re.compile(r"^\s*\([^()]{0,6}稿\)\s*$")
# An edition note closing a title line, perhaps with its count (政策清单(2022年2月版,433条))
_EDITION_NOTE = re.compile(r"\((?:19|20)\d\d\s*年[^()]{0,8}版[^()]{0,12}\)\s*$")
# A line opening with a plan's period in brackets and going on with a few words (…纲要 / (2016—2030年)实施分工方案)
_PERIOD_THEN_KIND = re.compile(
    r"^\s*\(\s*(?:19|20)\d\d\s*[—\-–~至]+\s*(?:19|20)\d\d\s*年?\s*\)\s*[\u4e00-\u9fff]{2,12}\s*$"
)
# …, also a news headline announcing it: 《关于支持…的若干措施(2026-2028年)》发布
_WRAPPED = re.compile(
    r"\s*(?P<org>[^《》\s]{0,30}?)\s*《(?P<t>[^《》]+)》\s*(?:正式)?(?:发布|印发|出台|公布)?\s*$"
)
_QUOTED = re.compile(r"\"[^\"\n]{0,30}\"|《[^《》\n]*》")
# A repost's lead sentence naming the issuer: 近日,浙江省人民政府办公厅印发…; read in the first lines only.
# Bodies acting jointly are listed with 、 (2022年1月25日,河北省委、省政府出台《…》): the first is the issuer named; a
# month without its day dates the act too when its comma follows (2023年12月,中共山西省委办公厅、…发布《…》); the day
# may carry a wire's tag (11月10日消息, / 11月10日电).
# A jurisdiction's party committee or government named by its level alone (市委、市政府印发了《…》): a body too
_LEVEL_BODY = r"[省市县区州盟旗](?:委|政府)(?=、|\s*(?:联合|正式)?(?:印发|发布|出台))"
_LEVEL_ONLY = re.compile(r"[省市县区州盟旗](?:委|政府)")
# a body's name as a lead prints it: characters, a quoted campaign name inside it (…污染防治"三大战役"领导小组), the
# count of the bodies a joint act names after 等 (商务部等5部门办公厅)
_ORG_CHAR = r'(?:[\u4e00-\u9fff]|"[\u4e00-\u9fff]{1,12}"|(?<=等)\d{1,2})'
# A lead's aside between its date and the body: the body that approved the act (经市政府同意,), the reporter's
# source (记者从市发展改革委获悉,)
_LEAD_ASIDE = r"(?:(?:经[\u4e00-\u9fff]{2,20}同意|记者从[\u4e00-\u9fff]{2,20}(?:获悉|了解到))\s*,\s*)?"
_REPORTED = re.compile(
    r"(?:近日|日前|近期|(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:消息|电|讯)?|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?=\s*,))"
    r"\s*,?\s*" + _LEAD_ASIDE + r"(?P<org>" + _ORG_CHAR + r"{3,30}?|" + _LEVEL_BODY + r")"
    r"(?:(?:、|联合)[\u4e00-\u9fff]{2,30}?){0,4}"
    r"(?=\s*(?:联合|正式)?(?:制定|研究)?(?:印发|发布|公布|出台|下发))"
)
# 2025年,某某县印发《…》: a year alone opens a repost's lead only with its comma and a book-marked plan after the act
_YEAR_LEAD = re.compile(r"(?:19|20)\d\d\s*年\s*,\s*(?P<org>[\u4e00-\u9fff]{3,30}?)(?=\s*印发\s*《)")
# 天津市人民政府办公厅印发《…》。其中明确…: a body opening a lead line bare, its act a book-marked plan
# 辽宁省朝阳市政府办公室近日印发《…》: the day word after the body
_BARE_LEAD = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{3,30}?)(?=\s*(?:近日|日前|近期)?\s*(?:正式|联合)?(?:印发|发布|出台)\s*《)"
)
_LEAD_LINES = 12
# Words after a reported body that open the basis of its act (依据近年来…印发, 根据…要求): the body ends before them
_BASIS = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:依据|根据|按照|依照|围绕|结合)")
# A news headline above a repost, not a document's title: a question (如何, 怎样, 吗), an exclamation, the editor (小编带你了解).
_HEADLINE = re.compile(r"如何|怎样|怎么|为何|什么|哪些|吗|小编|带你|[!?]")
# A title followed by its document number: 关于…的通知(长府办发〔2012〕19号), or the number after a blank on the
# title's line, unbracketed (…实施方案(2021年—2025年) 宁政办发〔2021〕78号: a repost that ran the two lines together)
_NUMBER_SUFFIX = re.compile(
    r"(?:\s*\(\s*[\u4e00-\u9fff]{1,10}\s*[〔\[【]\s*(?:19|20)\d\d\s*[〕\]】]\s*(?:第\s*)?\d+\s*号\s*\)"
    r"|\s+[\u4e00-\u9fff]{1,10}\s*[〔\[【]\s*(?:19|20)\d\d\s*[〕\]】]\s*(?:第\s*)?\d+\s*号)\s*$"
)
# A page title's site suffix: …的意见-湖南省人民政府门户网站, …的通知-某某网络平台, …方案_某某网
_SITE_SUFFIX = re.compile(r"\s*[-_|—]+\s*[^-_|—]{2,30}?(?:门户网站|网站|政府网|门户|网|平台)\s*$")
# …分工方案(共计121项): the count of a list's items after its title is no part of it.
# A document-sharing page's first line is the file's name: 云南省…工作方案(2023—2025年).docx; the extension is no part
# of the title
# A listing's posting date after a title, set off by a blank (…工作要点的通知 2021-08-06)
_STAMP_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff)])\s+(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*$")
_FILE_SUFFIX = re.compile(r"\s*\.(?:docx?|pdf|wps|xlsx?|ofd|txt)\s*$", re.IGNORECASE)
_COUNT_SUFFIX = re.compile(r"\s*\(\s*共[^()]{0,12}\)\s*$")
# A line starting with one of these continues a broken title; it never starts one.
_CONTINUATION = ("和", "及", "与", "的", "暨", "》", ")")
_TAG = re.compile(r"^\s*【[^】\n]{0,30}】\s*")
# A PDF viewer's page label printed before the page's first line (Page 22 - 关于…的通知 / 第3页 - …): furniture
_PAGE_LABEL = re.compile(r"^\s*(?:page\s*\d{1,4}(?:\s*of\s*\d{1,4})?|第\s*\d{1,4}\s*页)\s*[-–—:|]\s*", re.I)
# A page's furniture above a title, never a part of it: a repost's credit (转载自"某某人民政府网") and a menu
# whose button sits after an item (国内政策【切换】 国际政策), a keyboard note for screen readers (正文内容区域请使用tab
# 按钮切换浏览) or a breadcrumb's label (您当前的位置:).
_CELL_BARS = re.compile(r"\s*(?:\|\s*)+$")
_CHROME_LINE = re.compile(
    r"^\s*(?:转载自|转自|摘自)|\S\s*【[^】\n]{1,6}】|请使用\s*tab|tab\s*键|按钮切换|(?:当前|现在)的?位置\s*[:\uff1a]"
    # 文档之家› 郭坑镇…分解表: a document site's breadcrumb, its crumbs split by a single angle quote
    r"|^[^›\n]{1,12}›",
    re.IGNORECASE,
)
_CN_NUM = "〇零○OoＯ一二三四五六七八九十"  # O/o: the Latin letter typed for 〇 (二OO八年)
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})\s*日?"
    r"|(?P<cy>["
    + _CN_NUM
    + r"]{4})\s*年\s*(?P<cm>["
    + _CN_NUM
    + r"]{1,3})\s*月\s*(?P<cd>["
    + _CN_NUM
    + r"]{1,3})\s*日"
    # a date of the Republic of China era (中华民国114年3月5日: Taiwan's official documents; year 1 is 1912)
    r"|(?:中华)?民国\s*(?P<ry>\d{2,3})\s*年\s*(?P<rm>\d{1,2})\s*月\s*(?P<rd>\d{1,2})\s*日"
    # …in Chinese numerals, as a signed letter prints it (中华民国一百一十四年三月五日)
    # …in dots after a date field's label, as Taiwan's law databases print it (發文日期: 100.05.13)
    r"|(?:(?<=日期:)|(?<=日期: )|(?<=时间:)|(?<=时间: ))(?P<rdy>1?\d{2})\.(?P<rdm>\d{1,2})\.(?P<rdd>\d{1,2})(?![\d.])"
    r"|(?:中华)?民国\s*(?P<rcy>[百"
    + _CN_NUM
    + r"]{1,6})\s*年\s*(?P<rcm>["
    + _CN_NUM
    + r"]{1,3})\s*月\s*(?P<rcd>["
    + _CN_NUM
    + r"]{1,3})\s*日"
)
_ROC_YEAR_ZERO = 1911
# A document number of Taiwan's official letters (府教字第1140012345号, 院台农字第1080012345号): the office's
# words, 字第, the serial whose first digits are the ROC year.
_WORD_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}?字第\s*\d{6,13}\s*号")
# A first line longer than this with blanks inside is a page's header that lost its line breaks.
_GLUED_LINE = 150
# A date alone on a line, also in brackets under a title: (二〇〇八年二月二十六日).
# …, also with the publicity note glued after it: 2025年7月13日(此件主动公开).
_DATE_ONLY = re.compile(
    r"^\s*\(?\s*(?:" + _DATE.pattern + r")\s*\)?\s*(?:\(\s*(?:此件|本件)[^()]{0,12}\)\s*)?$"
)
# A line that starts like a date but is not one (2021年1122): still marks the place of a signature.
_DATEISH_LINE = re.compile(
    r"^\s*(?:(?:19|20)\d\d|[" + _CN_NUM + r"]{4})\s*年[\d\s月日" + _CN_NUM + r"]{0,12}$"
)
# A signature date whose 年/月/日 were lost in a page copy (202091), or only its 月 (2023年428日).
_LOST_DATE = re.compile(r"^\s*((?:19|20)\d{4,6})\s*日?\s*$|^\s*((?:19|20)\d\d)\s*年\s*(\d{2,4})\s*日\s*$")
# A document number whose closing bracket and 号 were lost in a page copy (应政办发〔202321), alone on a line.
_LOST_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}\s*[〔\[(【]\s*(?:19|20)\d\d\d{1,4}")
# A repost that dropped every four-digit year prints the number with an empty bracket (甘政发〔〕54号): on a line of
# its own it is still the document's number, kept as printed.
_YEARLESS_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:发|函|字|办|令)\s*[〔\[(【]\s*[〕\])】]\s*(?:第\s*)?\d+\s*号"
)
# A number printed without its 号 on a line of its own (鄂发改长江[2019]289): prefix, bracketed year, serial
_MARKLESS_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,12}?\s*[〔\[【]\s*(?:19|20)\d\d\s*[〕\]】]\s*\d{1,5}")
# A masthead (版头): 宜兴市人民政府文件 / 青岛市人力资源和社会保障局文件.
_MASTHEAD = re.compile(r"^\s*(\S{4,30}?)\s*文件\s*$")
_SPACED_MASTHEAD = re.compile(r"^\s*([\u4e00-\u9fff]{4,30}(?:\s[\u4e00-\u9fff]{2,30})+?)\s*文件\s*$")
# The prefix may carry ruby pinyin a page flattened into the text (州政發(fā)〔2020〕5號).
_DOC_NUMBER = re.compile(
    r"(?:[\u4e00-\u9fff]|\([a-z\u00c0-\u024f]{1,7}\)){1,16}?\s*[〔\[(【]\s*(?:19|20)\d\d\s*[〕\])】]\s*(?:第\s*)?\d+\s*号"
)
# A document number and the date it was issued printed on one line under the title (川府发〔2011〕8号 二○一一年三月
# 十七日), a blank between them.
_NUMBER_AND_DATE = re.compile(
    r"\s*(?P<number>" + _DOC_NUMBER.pattern + r")\s+(?P<date>" + _DATE.pattern + r")\s*"
)
# Ruby pinyin a page flattened after characters (山东省(sheng)人(ren)民政府).
_RUBY_NOTE = re.compile(r"[(（][a-z\u00c0-\u024f]{1,7}[)）]")
_CITE = re.compile(r"《([^《》\n]{1,200})》")
# What a page prints before a title on its line: the document number (金政发〔2021〕1号关于印发…的通知) or a
# channel's name closed by a bar (政务服务丨济宁市人民政府关于…).
_LEAD_NUMBER = re.compile(r"\s*(" + _DOC_NUMBER.pattern + r")\s*")
_CHANNEL = re.compile(r"\s*[\u4e00-\u9fff]{2,8}\s*[丨|]\s*(?=\S)")
# The place shorts opening a government's (or its office's) document number: 京兴 of 京兴政办发, 遵 of 遵府办函.
_NUMBER_SHORTS = re.compile(r"([\u4e00-\u9fff]{1,3}?)(?:政办|府办|政|府)")
_LEAD_YEAR = re.compile(
    r"^\s*((?:19|20)\d\d)\s*年\s*(?:度\s*)?(?:全市|全省|全区|全县|全镇|全国|我市|我省|我区|我县|全局|全系统)"
)
_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)\s*(?:年|—|–|-|~|至)")
_SELF_CITE_AFTER = re.compile(r"\s*(?:\(以下简称[^)]*\))?\s*(?:印发|发给|转发|予以印发|已经)")

# How much of a text the last-resort region scan reads, and where a province or prefecture name may end.
_NAMED_SCAN = 20000
_PLACE_END = re.compile(r"(?:省|市|自治区|州|地区|盟)")

# Cues with a region's one-character short form X, e.g. 人才兴烟, 驻烟高校, 来青实习, 留烟率, 来鲁创业, X籍院士.
_CUE_TEMPLATES = (
    r"(?:人才|技能|科技|产业|文化|教育|工业|旅游)兴{X}",
    r"驻{X}(?=高校|院校|院所|单位|企业|机构|部队|科研)",
    r"(?:来|留|在|回|返){X}(?=就业|创业|发展|工作|实习|见习|洽谈|投资|落户|留学|求职|交流|安家|定居|高校)",
    r"留{X}率",
    r"{X}籍(?=院士|人才|专家|学子|企业家)",
)


# --------------------------------------------------------------------------- regions


@dataclass(frozen=True)
class Region:
    name: str
    level: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    source: str = ""


@dataclass
class RegionTable:
    """The regions of ``data/regions.toml``: names, aliases, one-character short forms, parents."""

    regions: dict[str, Region] = field(default_factory=dict)
    county_endings: tuple[str, ...] = ()
    province_voice: tuple[str, ...] = ()
    district_voice: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # (district, 区, (我区, 区政府 …))
    province_zones: tuple[tuple[str, str], ...] = ()  # (粤港澳大湾区, 广东省)
    # (内蒙古自治区, (自治区,), (旗县, 盟市 …)): level words of one province's own texts, and its voice
    province_terms: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()
    zone_wider: tuple[str, ...] = ()  # 泛: 泛珠三角 is no 珠三角
    # the heads of a national body's name (国务院…, 国家…局) and the region such a body's document has (全国)
    national_heads: tuple[str, ...] = ()
    national_not: tuple[str, ...] = ()
    national_name: str = ""
    # the central state's ministries and administrations named bare in unit lists (生态环境部, 工商总局): no place has one
    national_ministries: tuple[str, ...] = ()
    # every province as a notice's addressees (各省、自治区、直辖市人民政府): only the central state writes to them all
    national_addressees: tuple[str, ...] = ()
    # Taiwan ([taiwan]): the region its pages have (台湾), the province GB/T 2260 names instead (台湾省), its central
    # bodies (行政院 …) and what marks a page as Taiwan's (those bodies, an ROC-era date)
    taiwan_heads: tuple[str, ...] = ()
    taiwan_name: str = ""
    taiwan_province: str = ""
    taiwan_signs: re.Pattern[str] | None = None
    # a place named bare in the frame a text uses for its own (为德安高质量发展, 建设美丽德安)
    bare_place_frame: re.Pattern[str] | None = None
    # a lookahead refusing a bare place name that opens a street's name (长春街, 山西路, 北京东路)
    not_street: str = ""
    # what a county or district names after its own bare name (咸安分局, 吉水二中, 崇川经济开发区)
    own_institutions: re.Pattern[str] | None = None
    _cues: tuple[re.Pattern[str] | None, dict[str, str]] | None = field(
        default=None, repr=False, compare=False
    )
    _form_index: list[tuple[str, str]] | None = field(default=None, repr=False, compare=False)
    # ``ancestors`` by name (asked for each system reference of each measure)
    _ancestor_memo: dict[str | None, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load_default(cls) -> RegionTable:
        return _default_regions()

    @classmethod
    def from_toml(cls, text: str, origin: str = "regions.toml") -> RegionTable:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ExtractError(f"{origin}: not valid TOML ({exc})") from exc
        table = cls(
            county_endings=tuple(data.get("county", {}).get("endings", ())),
            province_voice=tuple(data.get("province_voice", {}).get("words", ())),
            district_voice=tuple(
                (str(v.get("level", "district")), str(v["ending"]), tuple(v.get("words", ())))
                for v in data.get("district_voice", [])
            ),
            province_zones=tuple(
                (str(z), str(v["name"])) for v in data.get("province_zone", []) for z in v.get("zones", ())
            ),
            province_terms=tuple(
                (str(v["name"]), tuple(v.get("voice", ())), tuple(v.get("words", ())))
                for v in data.get("province_terms", [])
            ),
        )
        national = data.get("national", {})
        if national:
            if not national.get("source") or not national.get("name") or not national.get("heads"):
                raise ExtractError(f"{origin}: [national] needs a name, heads and a source")
            table.national_heads = tuple(national["heads"])
            table.national_not = tuple(national.get("not", ()))
            table.national_name = str(national["name"])
            table.national_ministries = tuple(national.get("ministries", ()))
            table.national_addressees = tuple(national.get("addressees", ()))
        _read_taiwan(table, data.get("taiwan", {}), origin)
        table.not_street = _not_street_rx(data.get("street", {}), origin)
        wider = data.get("province_zone_wider", {})
        if wider.get("wider") and not wider.get("source"):
            raise ExtractError(f"{origin}: [province_zone_wider] needs a source")
        table.zone_wider = tuple(wider.get("wider", ()))
        institutions = data.get("own_place_institutions", {})
        if institutions.get("after"):
            if not institutions.get("source"):
                raise ExtractError(f"{origin}: [own_place_institutions] needs a source")
            after = sorted(institutions["after"], key=len, reverse=True)
            table.own_institutions = re.compile("|".join(map(re.escape, after)))
        frame = data.get("own_place_frame", {})
        if frame.get("before") and frame.get("after"):
            if not frame.get("source"):
                raise ExtractError(f"{origin}: [own_place_frame] needs a source")
            table.bare_place_frame = re.compile(
                "(?:"
                + "|".join(map(re.escape, frame["before"]))
                + r")(?P<place>[\u4e00-\u9fff]{2,3}?)(?="
                + "|".join(map(re.escape, frame["after"]))
                + ")"
            )
        for i, entry in enumerate(data.get("region", [])):
            name = entry.get("name")
            if not name or not entry.get("source"):
                raise ExtractError(f"{origin}: region entry {i + 1} needs a name and a source")
            table.regions[name] = Region(
                name=name,
                level=entry.get("level", "city"),
                parent=entry.get("parent"),
                aliases=tuple(entry.get("aliases", ())),
                short=tuple(entry.get("short", ())),
                source=entry["source"],
            )
        for r in table.regions.values():
            if r.parent and r.parent not in table.regions:
                raise ExtractError(f"{origin}: region {r.name} has unknown parent {r.parent}")
        return table

    def national(self, name: str) -> str | None:
        """The national region (全国) for a body of the central state (国务院…办公室, 国家知识产权局) that names no
        place anywhere in its name (国家税务总局深圳市税务局 is a local branch; 国家级…开发区 is local)."""
        key = to_simplified(name_key(name))
        if (
            not self.national_name
            or not key.startswith(self.national_heads)
            or key.startswith(self.national_not)
        ):
            return None
        divisions = load_divisions()
        forms = [f for f, _ in self._forms()]
        for i in range(len(key)):
            if divisions.prefix_candidates(key[i:])[0] or any(key.startswith(f, i) for f in forms):
                return None
        return self.national_name

    def with_prefecture(self, name: str | None) -> str | None:
        """A county as a document's region, named with its prefecture: 沁县 -> 长治市沁县 (a district's division name
        has it already; a county-level city keeps its own)."""
        division = load_divisions().get(name) if name else None
        if (
            division is None
            or division.level != "district"
            or not division.name.endswith(self.county_endings)
            or division.parent is None
            or division.name.startswith(division.parent)
            or (parent := load_divisions().get(division.parent)) is None
            or parent.level != "city"
        ):
            return name
        return division.parent + division.name

    def zone_opening(self, name: str) -> str | None:
        """The province of a zone of one province that a name opens with (成都平原经济区…规划 -> 四川省), before
        the city its first characters also name."""
        key = to_simplified(fold(name)).lstrip()
        return next((province for zone, province in self.province_zones if key.startswith(zone)), None)

    def province_by_places(self, match: str) -> str | None:
        """The province of a text that speaks as one (我省, 省直 …) and names places of one province above all
        (赣州, 吉安县, 井冈山市 -> 江西省); None when the text speaks as a city or the places disagree."""
        head = match[:_NAMED_SCAN]
        # the province's own bodies in unit lists (责任单位:省市场监管局、省发展改革委) speak as it too
        voice = sum(head.count(w) for w in self.province_voice) + len(_PROVINCE_BODY.findall(head))
        if voice < 2 or voice <= head.count("全市") + head.count("我市"):
            return None
        divisions = load_divisions()
        counts: Counter[str] = Counter()
        for m in _lower_places().finditer(head):
            chain = divisions.chain(divisions.forms[m.group(0)][0])
            if chain and divisions.by_name[chain[-1]].level == "province":
                counts[chain[-1]] += 1
        for zone, province in self.province_zones:
            if zone in head:
                counts[province] += head.count(zone) - sum(head.count(w + zone) for w in self.zone_wider)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < (2 if voice < 5 else 1):
            return None  # one place named once is enough only in a text that speaks as a province throughout
        runner = ranked[1][1] if len(ranked) > 1 else 0
        return ranked[0][0] if ranked[0][1] >= 2 * runner else None

    def by_voice(self, match: str, level: str) -> str | None:
        """The one division of ``level`` a text that speaks as one (我区, 区政府 …; 全市, 州委 …) names by a name
        of its own."""
        head = _joins_masked(match[:_NAMED_SCAN])
        for lvl, ending, words in self.district_voice:
            if lvl == level and _voiced(head, words) + _own_bodies(head, ending) >= 2:
                named = load_divisions().named(head, level, ending, self.not_street)
                if len(named) == 1:
                    return named[0]
                prefecture = _prefecture_of_named(head) if not named and level == "city" else None
                if prefecture is not None:
                    return prefecture
        return None

    def ancestors(self, name: str | None) -> list[str]:
        """``name`` and its parents, innermost first (this table's entries, then the national divisions)."""
        found = self._ancestor_memo.get(name)
        if found is None:
            found = self._ancestor_memo[name] = tuple(self.plain_ancestors(name))
        return list(found)

    def plain_ancestors(self, name: str | None) -> list[str]:
        """``ancestors`` without the memo."""
        out: list[str] = []
        divisions = load_divisions()
        while name and name not in out:
            out.append(name)
            region = self.regions.get(name)
            division = divisions.get(name)
            name = region.parent if region else division.parent if division else None
        return out

    def _forms(self) -> list[tuple[str, str]]:
        if self._form_index is None:
            self._form_index = [
                (name_key(form), r.name)
                for r in self.regions.values()
                for form in (r.name, *r.aliases)
                if form
            ]
        return self._form_index

    def parent_of(self, name: str) -> str | None:
        region = self.regions.get(name)
        if region is not None:
            return region.parent
        division = load_divisions().get(name)
        return division.parent if division else None

    def prefix_of(self, name: str, context: str = "") -> str | None:
        """The region ``name`` starts with, longest form first: 青岛市人社局 -> 青岛市, 沈河区政府 -> 沈阳市沈河区; a
        division of it named right after it is the finer one (湖北省荆州市人民政府办公室 -> 荆州市).

        This table's names (new areas such as 青岛西海岸新区, aliases) and every national division are tried; a
        bare district name shared by several cities (市中区) is settled by ``context`` naming one of their cities.
        """
        found = self._prefix_of(name, context)
        if found is None:
            return None
        key = default_grammar().place_part(name_key(name))
        for k in range(2, min(len(key), 12)):
            if key[:k] in (found, name_key(found)):
                finer = self._prefix_of(key[k:], context)
                if finer is not None and finer != found and found in self.ancestors(finer)[1:]:
                    return finer
                break
        return found

    def _prefix_of(self, name: str, context: str = "") -> str | None:
        grammar = default_grammar()
        key = name_key(name)
        if grammar.is_collective_head(key):
            return None  # 相关市人民政府 names no place
        key = grammar.place_part(key)  # 中共武汉市委: the place follows the party
        best: tuple[int, str] | None = None
        for f, region in self._forms():
            if key.startswith(f) and (best is None or len(f) > best[0]):
                best = (len(f), region)
        divisions = load_divisions()
        n, names = divisions.prefix_candidates(key)
        if n and (best is None or n >= best[0]):
            chosen = divisions.choose(names, context)
            if chosen is not None:
                return chosen
            if best is None or n > best[0]:
                return None
        return best[1] if best else None

    def _cue_matcher(self) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        if self._cues is None:
            by_char: dict[str, str] = {}
            for r in self.regions.values():
                for s in r.short:
                    by_char.setdefault(fold(s), r.name)
            if by_char:
                chars = "[" + "".join(re.escape(c) for c in sorted(by_char)) + "]"
                rx = re.compile("|".join(t.replace("{X}", "(" + chars + ")") for t in _CUE_TEMPLATES))
                self._cues = (rx, by_char)
            else:
                self._cues = (None, by_char)
        return self._cues

    def most_named(self, match: str) -> str | None:
        """The division a text names most by its full name (天津市, 宁夏回族自治区), when one clearly leads.

        The last resort for a page with no issuer, title or number (a repost or a bare task table). A city
        named as often as its province is the finer answer.
        """
        counts: Counter[str] = Counter()
        divisions = load_divisions()
        names = divisions.upper_officials()
        longest = max(map(len, names))
        for m in _PLACE_END.finditer(match, 0, _NAMED_SCAN):
            end = m.end()
            for k in range(3, longest + 1):
                found = names.get(match[max(0, end - k) : end])
                if found:
                    counts[found] += 1
                    break
        for m in _province_shorts().finditer(match, 0, _NAMED_SCAN):
            counts[divisions.forms[m.group(0)][0]] += 1
        ranked = counts.most_common()
        if not ranked:
            return None
        top, count = ranked[0]
        finer = [n for n, c in ranked[1:] if c * 2 >= count and top in divisions.chain(n)[1:]]
        if finer:
            return finer[0]
        runner = ranked[1][1] if len(ranked) > 1 else 0
        return top if count >= 2 * runner and (count >= 2 or runner == 0) else None

    def by_short(self, ch: str) -> str | None:
        hits = [r.name for r in self.regions.values() if fold(ch) in (fold(s) for s in r.short)]
        return hits[0] if len(hits) == 1 else None

    def from_cues(self, match: str) -> str | None:
        """The region whose short form dominates the cue phrases of the text, if one clearly does."""
        rx, by_char = self._cue_matcher()
        counts: Counter[str] = Counter()
        if rx is not None:
            for m in rx.finditer(match):
                ch = next(g for g in m.groups() if g)
                counts[by_char[ch]] += 1
        ranked = [(n, c) for n, c in counts.most_common() if c > 0]
        if not ranked:
            return None
        top, count = ranked[0]
        runner = ranked[1][1] if len(ranked) > 1 else 0
        # Cues for a province and one of its cities agree: the city is the finer answer.
        if runner and self.parent_of(ranked[1][0]) == top and ranked[1][1] >= 2:
            return ranked[1][0]
        if count >= 2 and count >= 2 * runner or count == 1 and runner == 0:
            return top
        return None


def _voiced(head: str, words: tuple[str, ...]) -> int:
    """How often a text speaks as a division (我区, 区政府), not counting a collective of them (各县(市)区政府,
    各县、区政府)."""
    return len(_voice_rx(words).findall(head))


def _own_bodies(head: str, ending: str) -> int:
    """How often a text lists a body of its own level in a unit list (牵头单位:市人力资源社会保障局, 由市质监局负责,
    、市经贸委, …。市财政局牵头): bodies named by the level's character alone speak as that level, as 省发展改革委
    speaks as a province."""
    return len(_own_body_rx(ending).findall(head))


# The level's character, then a body name: never a word the character opens (市场, 市民, 县域, 区域) or a pair of
# levels (市县, 县乡)
_NOT_BODY = {
    "市": "场民级县区域内外直属辖",
    "州": "市县级域内",
    "区": "域县级内外间别块市",
    "县": "域级乡区市城镇内外",
}


@lru_cache(maxsize=8)
def _own_body_rx(ending: str) -> re.Pattern[str]:
    head = "[" + _NOT_BODY.get(ending, "") + "]" if _NOT_BODY.get(ending) else "(?!)"
    own = re.escape(ending)
    return re.compile(
        # a clause in a bracket of any kind: (A负责), 【A负责】, 〔…〕; or a sentence the body opens (…。A牵头,B配合。).
        # The level's character first and what stands before it looked behind from there: the scan then jumps from
        # one such character to the next (~100x faster than trying the openings at every position; same matches)
        own
        + r"(?:(?<=^"
        + own
        + r")|(?<=[、:,;(【〔\[\s。]"
        + own
        + r")|(?<=由"
        + own
        + r"))"
        + r"(?!"
        + head
        + r")[\u4e00-\u9fff]{1,10}?(?:局|委|厅|办|部)"
        r"(?=[、,;)】〕\]\s]|$|负责|牵头|配合|等)",
        re.M,
    )


@lru_cache(maxsize=16)
def _voice_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    # 试点城市政府 / 各城市政府: the governments of the cities a national plan addresses, no city speaking (城 before
    # 市政府)
    # (each word first, the character before it looked behind from its end: the scan jumps between the words'
    # first characters; the same matches as the lookbehind first)
    if not words:
        return re.compile("(?<![各、)城])")  # as the lookbehind first with no word: an empty match
    alts = (re.escape(w) + "(?<![各、)城]" + re.escape(w) + ")" for w in sorted(words, key=len, reverse=True))
    return re.compile("(?:" + "|".join(alts) + ")")


def _prefecture_of_named(head: str) -> str | None:
    """The one city whose districts and counties a text speaking as a city names (我市…振安区电气装备 -> 丹东市),
    when it names no city of its own."""
    divisions = load_divisions()
    parents = {
        divisions.by_name[d].parent
        for ending in ("区", "县")
        for d in divisions.named(head, "district", ending)
    }
    if len(parents) != 1:
        return None
    parent = parents.pop()
    city = divisions.get(parent) if parent else None
    return city.name if city is not None and city.level == "city" else None


# (in a clause's bracket of any kind: (省商务厅负责), 【省商务厅负责】, 〔…〕, [...])
_PROVINCE_BODY = re.compile(r"(?:^|[、:,;(【〔\[\s])(?:省|自治区)(?=[\u4e00-\u9fff]{2})")


def _read_taiwan(table: RegionTable, taiwan: dict[str, Any], origin: str) -> None:
    """The [taiwan] table: Taiwan's region name, the province it stands for, its central bodies and its era year."""
    if not taiwan:
        return
    if not all(taiwan.get(k) for k in ("name", "province", "bodies", "era_year", "source")):
        raise ExtractError(f"{origin}: [taiwan] needs a name, province, bodies, era_year and a source")
    table.taiwan_name = str(taiwan["name"])
    table.taiwan_province = str(taiwan["province"])
    table.taiwan_heads = tuple(taiwan["bodies"])
    bodies = "|".join(map(re.escape, table.taiwan_heads))
    # a Yuan standing alone or after a word of handing (经行政院核定, 函送立法院): never glued to a place or a field
    # (甘肃省教育考试院, 市人事考试院, 各级考试院: mainland bodies of exams, heldout145 gk05 and round 47's review d)
    alone = "(?:(?<![\u4e00-\u9fff])|(?<=[" + taiwan["handing_marks"] + "]))"
    table.taiwan_signs = re.compile(f"{alone}(?:{bodies})|{taiwan['era_year']}")


def _not_street_rx(street: dict[str, Any], origin: str) -> str:
    """The lookahead after a place name that refuses it when its bare form (no 省/市/县 … at its end) runs on into a
    street's name: 长春|西街, 山西|路 (文山西路), 北京|东路."""
    words = tuple(street.get("words", ()))
    if not words:
        return ""
    if not street.get("source"):
        raise ExtractError(f"{origin}: [street] needs a source")
    sides = "".join(street.get("sides", ()))
    side = "[" + re.escape(sides) + "]?" if sides else ""
    alts = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return r"(?!(?<![省市县区州旗盟])" + side + "(?:" + alts + "))"


@lru_cache(maxsize=1)
def _lower_places() -> re.Pattern[str]:
    """The names of prefectures and counties (赣州, 赣州市, 吉安县) that mean one division only."""
    divisions = load_divisions()
    names = {
        f
        for f, found in divisions.forms.items()
        if len(found) == 1 and len(f) >= 2 and divisions.by_name[found[0]].level != "province"
    }
    return re.compile("(?:" + alternation(names) + ")" + _default_regions().not_street)


@lru_cache(maxsize=1)
def _province_shorts() -> re.Pattern[str]:
    """The provinces' short names (浙江, 宁夏, 内蒙古) as they stand in running text, without 省/自治区."""
    divisions = load_divisions()
    shorts = {
        f
        for f, names in divisions.forms.items()
        if len(names) == 1
        and divisions.by_name[names[0]].level == "province"
        and f != names[0]
        and len(f) >= 2
    }
    body = "|".join(sorted(shorts, key=len, reverse=True))
    # not the start of the full name (浙江省 is counted as a full name already)
    return re.compile(
        r"(?:" + body + r")(?!省|市|壮族|回族|维吾尔|自治区|特别行政区)" + _default_regions().not_street
    )


# 县发改委要会同县督查落实办…: a body acting together with another (会同 after its duty modal) before a body named by its
# level character; the join and the level read as a county's name (会同县) in a text speaking as a county
@lru_cache(maxsize=1)
def _join_before_level() -> re.Pattern[str]:
    vocab = vocabulary()
    behind = "|".join(
        f"(?<={re.escape(w)})"
        for w in sorted({*vocab.duty_modals, *vocab.deadline_modals, *vocab.together_modals, "由"})
    )
    joins = "|".join(map(re.escape, vocab.duty_joins))
    return re.compile(rf"(?:{behind})(?:{joins})(?=[县市区])" if joins else r"(?!)")


def _joins_masked(text: str) -> str:
    """``text`` with each join after a duty modal (要会同县…) blanked, its length kept."""
    return _join_before_level().sub(lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=1)
def _default_regions() -> RegionTable:
    ref = resources.files("policykg.loaders").joinpath("data/regions.toml")
    try:
        text = ref.read_text(encoding="utf-8")
    except OSError as exc:
        raise ExtractError(f"{ref}: cannot read the region table ({exc})") from exc
    return RegionTable.from_toml(text, origin=str(ref))


# --------------------------------------------------------------------------- disclosure fields


@dataclass(frozen=True)
class _Field:
    role: str
    start: int  # the value's span in the text
    end: int


@lru_cache(maxsize=1)
def _disclosure() -> dict[str, Any]:
    ref = resources.files("policykg.loaders").joinpath("data/disclosure.toml")
    try:
        return tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the disclosure field labels ({exc})") from exc


@lru_cache(maxsize=1)
def _field_rx() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every disclosure label of ``data/disclosure.toml`` (inner spaces allowed: 索 引 号)."""
    ref = resources.files("policykg.loaders").joinpath("data/disclosure.toml")
    data = _disclosure()
    roles: dict[str, str] = {}
    for i, entry in enumerate(data.get("field", [])):
        if not entry.get("source") or not entry.get("role"):
            raise ExtractError(f"{ref}: field entry {i + 1} needs a role and a source")
        for label in entry.get("labels", []):
            roles[name_key(label)] = str(entry["role"])
    alts = sorted(roles, key=len, reverse=True)
    body = "|".join(r"\s*".join(re.escape(ch) for ch in label) for label in alts)
    return re.compile(
        r"(?P<label>" + body + r")\s*(?:[】\]]\s*)?(?::\s*)?(?:\|\s*)?"
    ), roles  # 【公布日期】2022.04.30


_BULLETS = "•·●◆■*- \t\n\u3000"
_LIST_MARK = re.compile(r"\s*[、,,;;。]")


def _fields(src: SourceDocument) -> list[_Field]:
    """Every labelled disclosure field with a non-empty value, in text order; a value ends at the next label,
    a ``|``, a wide space or the end of the line."""
    rx, roles = _field_rx()
    # 老字号 / 提高…时效性: a label that is a word there ends no field before it
    hits = [h for h in rx.finditer(src.match) if not _word_label_inside(src.match, h)]
    out: list[_Field] = []
    for k, m in enumerate(hits):
        role = roles.get(name_key(m.group("label")), "other")
        if role == "other" or role in ("source", "title") and _inside_word(src.match, m):
            continue  # 资金来源, 任务名称 | 任务要求及举措: a table's header word, no field of the page's
        stop = hits[k + 1].start() if k + 1 < len(hits) else len(src.match)
        end = m.end()
        while end < stop and src.match[end] not in "|\n" and src.match[end : end + 2] not in ("  ", " \t"):
            end += 1
        value = src.match[m.end() : end]
        if _LIST_MARK.match(value) and not m.group().rstrip().endswith((":", "\uff1a", "】", "]")):
            continue  # 机构名称、机构职能、…: a word of a list that ends in a label's word, no field
        if value.strip(_BULLETS):
            start = (
                m.end() + len(value) - len(value.lstrip(_BULLETS))
            )  # • 市人民政府办公室: the dot is layout
            out.append(_Field(role, start, m.end() + len(value.rstrip())))
    return out


_SHORT_LABEL = 2


def _inside_word(match: str, label: re.Match[str]) -> bool:
    """A two-character label that ends a longer word (资金来源 of a measure's funds, 任务名称 heading a task table's
    column): no field of the page's."""
    a = label.start("label")
    return len(label.group("label")) <= _SHORT_LABEL and a > 0 and "\u4e00" <= match[a - 1] <= "\u9fff"


# --------------------------------------------------------------------------- lines and dates


@dataclass(frozen=True)
class _Line:
    start: int  # first non-blank character
    end: int  # after the last non-blank character
    text: str
    match: str
    glued: bool = False  # a segment of a header line that lost its line breaks


def _lines(src: SourceDocument) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    n = len(src.text)
    while pos <= n:
        nl = src.text.find("\n", pos)
        end = n if nl < 0 else nl
        table = (
            glued_line_cuts(src.match, pos, end)
            if len(out) < 3 and end - pos > _GLUED_LINE and "序号" in src.match[pos:end]
            else []
        )
        if len(out) < 3 and end - pos > _GLUED_LINE and _glued_header(src.match[pos:end]):
            # a page that lost its line breaks (河南省人民政府 关于…的通知 豫政〔2023〕5号 现将…): one line a segment
            for seg in re.finditer(r"\S+", src.match[pos:end]):
                _add_line(out, src, pos + seg.start(), pos + seg.end(), glued=True)
        elif table:
            # —1—《…纲要》分解落实方案工作重点序号…: a table on one line, its title and page marks lines of their own
            for a, b in zip([pos, *table], [*table, end], strict=True):
                _add_line(out, src, a, b, glued=True)
        else:
            _add_line(out, src, pos, end)
        if nl < 0:
            break
        pos = nl + 1
    return out


def _glued_header(m: str) -> bool:
    """Whether a long line is header fields run together: before its first sentence, a blank-separated piece
    is a document number, starts a (…关于) heading or is a whole title (…实施方案)."""
    head = m.split("。", 1)[0]
    return any(_DOC_NUMBER.fullmatch(p) or _opens_title(p) or _whole_title(p) for p in head.split()[:12])


# A publicity note opening a line, before the signature's date on it: (此件公开发布) 2022年1月30日
_NOTE_BEFORE = re.compile(r"\(\s*(?:此件|本件)[^()]{0,12}\)\s*")


def _add_line(out: list[_Line], src: SourceDocument, pos: int, end: int, *, glued: bool = False) -> None:
    m = src.match[pos:end]
    lead = len(m) - len(m.lstrip())
    tail = len(m.rstrip())
    note = _NOTE_BEFORE.match(m, lead, tail) if tail > lead else None
    if note is not None and note.end() < tail:
        lead = (
            note.end()
        )  # (此件公开发布) 2022年1月30日: the publicity note before the signed date is no part of it
    # portal navigation and toolbars above the text: neither a title nor the document's own head lines
    if tail > lead and not is_boilerplate(m[lead:tail]):
        # bullet dots of web field lists ("• 成文日期") are layout, not content
        while lead < tail and m[lead] in "•·●◆■- ":
            lead += 1
        text, folded = src.text[pos + lead : pos + tail], m[lead:tail]
        if _LETTER_SPACED.fullmatch(folded):
            # 通 知 / 意  见: a red-header title's last line, its characters spaced out for layout
            text, folded = "".join(text.split()), "".join(folded.split())
        elif (
            folded[-2:-1]
            in _BLANKS  # (a spaced tail ends in a blank and a character: its search is at every position)
            and (tail_run := _SPACED_TAIL.search(folded)) is not None
            and len(text) == len(folded)
        ):
            # …就业创业工作 的 实 施 意 见: a headline whose last words are spaced out, one character each
            k = tail_run.start()
            text, folded = text[:k] + "".join(text[k:].split()), folded[:k] + "".join(folded[k:].split())
        out.append(_Line(pos + lead, pos + tail, text, folded, glued))


# A short line of single characters spaced apart (通 知, 决  定, 实施 意见 is no such line)
_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,3}")
# A line's last characters spaced out one by one, three or more, after a blank (工作 的 实 施 意 见)
_SPACED_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?:[\u4e00-\u9fff][ \t\u3000]+){2,}[\u4e00-\u9fff]\Z"
)
_BLANKS = frozenset(" \t\u3000")


def parse_date(s: str) -> str | None:
    """ISO date of the first well-formed date in ``s`` (2021年11月22日, 2023-01-11, 二〇二一年十一月二十二日)."""
    for m in _DATE.finditer(fold(s)):
        iso = _iso(m)
        if iso:
            return iso
    return None


def _iso(m: re.Match[str]) -> str | None:
    if m.group("y"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    elif m.group("ry"):
        y, mo, d = _ROC_YEAR_ZERO + int(m.group("ry")), int(m.group("rm")), int(m.group("rd"))
    elif m.group("rdy"):
        y, mo, d = _ROC_YEAR_ZERO + int(m.group("rdy")), int(m.group("rdm")), int(m.group("rdd"))
    elif m.group("rcy"):
        ry, rm, rd = (cn_number(m.group(g)) for g in ("rcy", "rcm", "rcd"))
        if ry is None or rm is None or rd is None:
            return None
        y, mo, d = _ROC_YEAR_ZERO + ry, rm, rd
    else:
        cy = cn_number(re.sub(r"[OoＯ]", "〇", m.group("cy")))
        cm, cd = cn_number(m.group("cm")), cn_number(m.group("cd"))
        if cy is None or cm is None or cd is None:
            return None
        y, mo, d = cy, cm, cd
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _is_org_line(m: str) -> bool:
    s = m.strip()
    return 2 < len(s) <= 40 and bool(_ORG_END.search(s)) and not re.search(r"[,。;:、!?《》]", s)


def _body_limit(lines: list[_Line]) -> int:
    """Index of the first body heading (一、) or attachment marker; metadata lives before it. A covering notice's
    own items (一、要抓紧部署实施) before its signed date are no body: the plan and its title follow them."""
    skip = _cover_items(lines)
    for i, ln in enumerate(lines):
        if i in skip:
            continue
        if _BODY_HEADING.match(ln.match) or _ATTACH_LINE.match(ln.match) and len(ln.match) <= 12:
            return i
    return len(lines)


_COVER_SPAN = 15  # lines from a notice's handing-on sentence to its signed date


def _cover_items(lines: list[_Line]) -> range:
    """The lines between a covering notice's handing-on sentence and its date, when the date follows soon."""
    start = next((i for i, ln in enumerate(lines[: _LEAD_LINES * 2]) if _hands_on(ln.match)), None)
    if start is None:
        return range(0)
    for j in range(start + 1, min(len(lines), start + _COVER_SPAN)):
        m = lines[j].match
        if _DATE_ONLY.match(m) or _LOST_DATE.match(m):
            return range(start + 1, j)
        if _ATTACH_LINE.match(m):
            break
    return range(0)


# --------------------------------------------------------------------------- title


@dataclass
class _TitleCand:
    first: int  # line index
    last: int
    start: int  # span in text
    end: int
    text: str
    issuer_prefix: str | None
    cover: bool


_BYLINE_MARKS = re.compile(r"[\s·•・|/\-—_()\[\]【】]+")
_BYLINE_SOURCE_MAX = 8  # characters of the source beside a byline's date (本站原创, 海西晨报, 人民网)


def _dated_byline(text: str) -> bool:
    """A page's byline: a full date with no more beside it than a short source name (本站原创 2017年09月04日 /
    2025年05月20日·海西晨报· / 来源:人民网 2023-05-06), never the document's title."""
    date = _DATE.search(text)
    if date is None or _TITLE_END.search(text):
        return False
    rest = _BYLINE_MARKS.sub("", text[: date.start()] + text[date.end() :])
    return len(rest) <= _BYLINE_SOURCE_MAX


@lru_cache(maxsize=4096)
def _title_line(ln: _Line) -> tuple[int, str] | None:
    """(offset, body) of a line that may hold (a part of) a title: not a sentence, a breadcrumb or a field.

    A 【tag】, a wrapping 《…》 (also after its issuer: 中共咸宁市委《关于…的决定》) and a page title's site
    suffix (…的意见-湖南省人民政府门户网站) are not part of the body."""
    if _CHROME_LINE.search(ln.match):
        return None
    tag = _TAG.match(ln.match) or _PAGE_LABEL.match(ln.match)
    if tag is not None and _field_label(_SPACE_RUN.sub("", tag.group()), 0) is not None:
        return None  # 【效力等级】地方规范性文件 / 【字 号】…: a law database's field, its label in the tag
    off = tag.end() if tag else 0
    off = _lead_end(ln.match, off)
    cut = _field_after_title(ln.match, off)
    cell = _CELL_BARS.search(ln.match, off, cut)  # a table-cell page's bar after its title (…的通知 |)
    cut = cell.start() if cell and cell.start() > off else cut
    wrapped = _WRAPPED.match(ln.match, off, cut)
    if wrapped and (not wrapped.group("org") or _is_org_line(wrapped.group("org"))):
        off = wrapped.start("t")
        body = wrapped.group("t")
    else:
        body = ln.match[off:cut]
    site = (
        _SITE_SUFFIX.search(body)
        or _STAMP_SUFFIX.search(body)
        or _NUMBER_SUFFIX.search(body)
        or _COUNT_SUFFIX.search(body)
        or _FILE_SUFFIX.search(body)
    )
    if site:
        body = body[: site.start()]
    if (
        len(body) > 90
        or _LIST_MARKER.match(body)
        or re.search(r"[。;:!?>|]", body)
        # a comma inside a quoted slogan (“收好官,开好局”) or an edition note ((2022年2月版,433条)) is no sentence
        or "," in _QUOTED.sub("", _EDITION_NOTE.sub("", body))
        or _field_label(body, 0) is not None
    ):
        return None
    return off, body


def _field_label(m: str, off: int) -> re.Match[str] | None:
    """The first disclosure label at or after ``off``, not counting one a 的 follows: a field's value never opens
    with 的, so 责任部门 in 关于明确…重点工作责任部门的通知 is a word of the title."""
    for label in _field_rx()[0].finditer(m, off):
        if not m.startswith("的", label.end()) and not _word_label_inside(m, label):
            return label
    return None


@lru_cache(maxsize=1)
def _word_labels() -> frozenset[str]:
    return frozenset(name_key(w) for w in _disclosure().get("word_labels", {}).get("labels", []))


def _word_label_inside(match: str, label: re.Match[str]) -> bool:
    """字号 ending 老字号 / 时效性 in 提高…时效性和准确性: a label that is also a word, not standing alone as a field
    ([word_labels]): something other than a line's start, a bracket, a bar, a bullet or a blank before it, or
    other than a blank, a colon or a bracket after it."""
    if name_key(label.group("label")) not in _word_labels():
        return False
    a, b = label.start("label"), label.end("label")
    before = a == 0 or match[a - 1] in _FIELD_BEFORE
    after = b == len(match) or match[b] in _FIELD_AFTER
    return not (before and after)


_FIELD_BEFORE = "\n \t\u3000【[|•·:"
_FIELD_AFTER = "\n \t\u3000】]::|"


def _field_after_title(m: str, off: int) -> int:
    """Where a line's title ends when a disclosure field follows it on the line (《…实施方案》发布时间:2021年
    12月31日): at the field's label; else the line's end."""
    field = _field_label(m, off)
    if field is None or field.start() == off:
        return len(m)
    head = m[off : field.start()].rstrip()
    return len(head) + off if head.endswith("》") or _TITLE_END.search(head) else len(m)


def _lead_end(m: str, off: int) -> int:
    """Where a title may start on a line: after a channel's name (政务服务丨) and a document number printed
    before it, when a title (关于… / XX市人民政府关于…) follows; after a channel's name also when a whole
    standalone title follows (地方丨烟台市…行动方案(2023-2025年)): a column tag is no part of the title."""
    status = _STATUS_TAG.match(m, off)
    # (此文件废止)盘政办发〔2018〕69号…: the file's status, no title's part
    off = status.end() if status else off
    for rx in (_CHANNEL, _LEAD_NUMBER, _COLLECTION_YEAR, _FILED_DATE):
        lead = rx.match(m, off)
        if lead and lead.end() < len(m) and _titled_rest(m[lead.end() :], rx is _CHANNEL):
            off = lead.end()
    place = _PLACE_COLON.match(m, off)
    if place and place.group("place") in load_divisions().forms and _opens_title(m[place.end() :]):
        off = place.end()  # 黑龙江:关于印发《…》的通知: a news site's place tag before the notice's title
    return off


# A portal's filing date run together before a title (20230607 沂水县林长制办公室 关于…的通知: heldout104 ev09)
_FILED_DATE = re.compile(r"\s*(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s+")


# A collection's year in brackets before a title it files ((2016)河北省人民政府关于…的批复): no part of the title
_COLLECTION_YEAR = re.compile(r"\s*[(\[【]\s*(?:19|20)\d\d\s*(?:年)?\s*[)\]】]\s*")


# A place's name and a colon heading a line: a news site's tag before a notice's title (黑龙江:关于印发…的通知, 苏州:关于…
# 的意见), or the place a news headline reports from (辽宁沈阳:多箭齐发 …)
_PLACE_COLON = re.compile(r"\s*(?P<place>[\u4e00-\u9fff]{2,8})\s*:\s*")


def _titled_rest(rest: str, channel: bool) -> bool:
    """Whether the words after a line's lead are a title: one opening with 关于 (or its issuer), or, after a
    channel's name, a short standalone title closed by its kind word."""
    if _opens_title(rest):
        return True
    rest = rest.strip()
    return channel and _TITLE_END.search(rest) is not None and _standalone_title(rest)


def _wrapping_org(ln: _Line) -> str | None:
    wrapped = _WRAPPED.match(ln.match)
    if wrapped and wrapped.group("org") and _is_org_line(wrapped.group("org")):
        return ln.text[wrapped.start("org") : wrapped.end("org")]
    return None


def _unbalanced(s: str) -> bool:
    return s.count("《") != s.count("》") or s.count("〈") != s.count("〉") or s.count("(") != s.count(")")


# Task-table columns whose header cell never goes on a title (序号, 牵头单位, 责任单位, 完成时限 …)
_NEVER_TITLE_COLUMNS = frozenset({"number", "lead", "responsible", "support", "people", "deadline"})


def _column_cell(m: str) -> str | None:
    """The kind of task-table column a line names when it is a header cell alone (目标任务, 牵头责任单位)."""
    return vocabulary().column_kind.get(re.sub(r"\s", "", m.strip("| \t")))


def _title_part(ln: _Line) -> bool:
    """Whether a line can be a piece of a broken title (not a date, a signature, a number, a code, a note or a
    task table's header cell)."""
    m = ln.match.strip()
    return (
        _HAN.search(m) is not None
        and _column_cell(m) not in _NEVER_TITLE_COLUMNS
        and _title_line(ln) is not None
        and not (_DATE_ONLY.match(m) or _DATEISH_LINE.match(m) or _LOST_DATE.match(m))
        and not (_DOC_NUMBER.fullmatch(m) or _LOST_NUMBER.fullmatch(m))
        and not _is_org_line(m)
        and not _signed_line(m)
        and not (m.startswith("(") and m.endswith(")"))
        and not _PUBLICITY_LINE.match(m)
    )


# A signature's date a page printed as a day word, with the publicity note after it (今日 (此件公开发布)): a note,
# never a piece of the title under it
_PUBLICITY_LINE = re.compile(r"^\s*(?:今日|今天|当日|本日)\s*\(\s*(?:此件|本件)[^()]{0,12}\)\s*$")


# A signature and its date on one line (寿光市人民政府 2024年9月13日): the close of a notice, never a title's piece
_SIGNED_LINE = re.compile(r"^\s*(?P<org>[\u4e00-\u9fff()、\s]{4,80}?)\s*(?:" + _DATE.pattern + r")\s*$")


def _signed_line(m: str) -> bool:
    signed = _SIGNED_LINE.match(m)
    return signed is not None and _is_org_line(signed.group("org").strip())


def _title_candidates(lines: list[_Line], limit: int) -> list[_TitleCand]:
    out: list[_TitleCand] = []
    i = 0
    while i < limit:
        ln = lines[i]
        got = _title_line(ln)
        if got is None or got[1].startswith(_CONTINUATION):
            i += 1
            continue
        off, body = got
        about = body.find("关于")
        if about > 0 and (carry := _CARRY_OUT_CITED.search(body, 0, about)) is not None:
            about = carry.start()  # 自治区党委 自治区人民政府贯彻《中共中央、国务院关于…》的实施意见
        prefix = body[:about].strip() if about > 0 else ""
        signer = _prefix_issuer(prefix) if about > 0 else None
        starts_about = about == 0 or signer is not None
        if not starts_about and (not _title_part(ln) or _column_cell(body) is not None):
            i += 1
            continue
        # The title as written: an issuer prefix (XX市人民政府关于…) stays part of it (annotation spec); the
        # issuer is also read from it.
        parts = [(ln, off)]
        joined = body
        j = i
        # A heading broken over lines: keep adding short lines until the title noun ends it.
        most = (
            4 if body.rstrip().endswith("关于") else 3
        )  # 县人民政府办公室关于 / 对…的 / …的通知: a head line
        while (not _TITLE_END.search(joined) or _unbalanced(joined)) and j + 1 < limit and len(parts) < most:
            nxt = lines[j + 1]
            if len(nxt.match) > 40 or not _title_part(nxt) or not _goes_on(joined, len(parts), nxt.match):
                break
            j += 1
            parts.append((nxt, 0))
            joined += nxt.match.strip()
        while (
            j + 1 < limit
            and len(parts) < 3
            and lines[j + 1].match.lstrip().startswith(_CONTINUATION)
            and _title_part(lines[j + 1])
        ):
            j += 1  # 2024年市《政府工作报告》任务分解 / 和责任分工方案: the next line goes on
            parts.append((lines[j], 0))
            joined += lines[j].match.strip()
        while j + 1 < limit and len(parts) < 4 and _completes_title(joined, lines[j + 1]):
            j += 1  # …主要目标任务责任分解 / 方案的通知: a title noun inside the title broke it early
            parts.append((lines[j], 0))
            joined += lines[j].match.strip()
        if (
            j + 1 < limit
            and len(parts) < 4
            and _TITLE_END.search(joined)
            and _PERIOD_THEN_KIND.match(lines[j + 1].match)
            and _TITLE_END.search(lines[j + 1].match)
        ):
            j += 1  # 中医药发展战略规划纲要 / (2016—2030年)实施分工方案: the plan's period, then what this document is
            parts.append((lines[j], 0))
            joined += lines[j].match.strip()
        period = (
            _period_before_preamble(lines[j + 1]) if j + 1 < limit and _TITLE_END.search(joined) else None
        )
        if period is not None:
            parts.append(
                (period, 0)
            )  # 行动方案 / (2022-2025年) 为贯彻落实…: the plan's period, the preamble glued on
            joined += period.match
        elif j + 1 < limit and _EDITION.match(lines[j + 1].match) and _TITLE_END.search(joined):
            j += 1  # 若干政策举措 / (2025年版): the edition note ends the title
            parts.append((lines[j], 0))
            joined += lines[j].match.strip()
        if j + 1 < limit and _TITLE_END.search(joined) and _cited_draft(lines, joined, lines[j + 1]):
            j += 1  # 若干政策 / (征求意见稿), cited 《若干政策(征求意见稿)》: the draft's note ends the title
            parts.append((lines[j], 0))
            joined += lines[j].match.strip()
        if _TITLE_END.search(joined) and (starts_about or _standalone_title(joined)):
            head = lines[i - 1] if about == 0 and i > 0 and _issuers_line(lines[i - 1]) else None
            if head is not None:
                parts.insert(
                    0, (head, 0)
                )  # 鹤岗市人民政府 鹤岗市中级人民法院 / 关于…的意见: the issuers open it
            spans = [_part_span(p, o) for p, o in parts]
            text = "".join(p.text[x:y].strip() for (p, _), (x, y) in zip(parts, spans, strict=True))
            first, o0 = parts[0]
            end_part = parts[-1][0]
            lead = len(body) - len(body.lstrip())
            issuer = (
                ln.text[off + lead : off + lead + signer].strip() if signer is not None else _wrapping_org(ln)
            )
            if head is not None:
                issuer = issuer or head.text.strip()
            out.append(
                _TitleCand(
                    first=i - 1 if head is not None else i,
                    last=j,
                    start=first.start + o0,
                    end=end_part.start + spans[-1][1],
                    text=text,
                    issuer_prefix=issuer,
                    cover=bool(
                        re.search(r"通知$", joined)
                        and (re.search(r"印发|转发|发布", joined) or (i > 0 and _hands_on_head(lines[i - 1])))
                    ),
                )
            )
            i = j + 1
            continue
        i += 1
    return out


_HAN = re.compile(r"[\u4e00-\u9fff]")
_TAIL_MAX = 8  # 方案的通知: the short last line of a title broken after a title noun of its own
_NOTICE_TAIL_MAX = 20  # (2026—2028 年) 的通知: the last line of a 关于印发 notice's title
_COMPLETE = re.compile(r"(?:通知|通报|意见|决定|办法|规定|批复|函|公告|通告)$")


def _cited_draft(lines: list[_Line], joined: str, nxt: _Line) -> bool:
    """Whether the line under a title is a draft's note (征求意见稿) that the page itself gives the title with,
    in its preamble or its attachment line (起草了《…若干政策(征求意见稿)》, 附件:…工作要点(征求意见稿)): the
    title as the page names it keeps its note; a note the page never cites with it is the page's stamp."""
    if not _DRAFT_NOTE.match(nxt.match):
        return False
    named = re.sub(r"\s", "", joined + nxt.match)
    return any(ln is not nxt and named in re.sub(r"\s", "", ln.match) for ln in lines)


def _completes_title(joined: str, nxt: _Line) -> bool:
    """Whether a short line ending with a title noun (方案的通知) completes a title that already ended with one
    (…责任分解), when that title is a notice's (关于…) and not yet closed by its own noun (通知, 意见)."""
    m = nxt.match.strip()
    most = _NOTICE_TAIL_MAX if "印发" in joined and m.endswith("的通知") else _TAIL_MAX
    return (
        "关于" in joined
        and not _COMPLETE.search(joined)
        and len(m) <= most
        and bool(_COMPLETE.search(m))
        and not _opens_title(m)
        and _title_part(nxt)
    )


def _issuers_line(ln: _Line) -> bool:
    """A line of one or more issuing bodies and nothing else (鹤岗市人民政府 鹤岗市中级人民法院)."""
    pieces = ln.match.split()
    return not ln.glued and bool(pieces) and len(ln.match) <= 60 and all(_is_org_line(p) for p in pieces)


def _hands_on_head(ln: _Line) -> bool:
    """A line of issuers ending with 印发/转发 above a 关于…的通知 line (鹤岗市人民政府 鹤岗市中级人民法院印发)."""
    m = ln.match.strip()
    return m.endswith(("印发", "转发")) and _is_org_line(m[:-2].strip())


def _goes_on(joined: str, n_parts: int, nxt: str) -> bool:
    """Whether a title part may go on on the next line: not when that line opens a title of its own, is a whole
    title under a page's label (信息详情 / 2020年…全年完成情况), or is a site's menu item (新闻动态 / 融资担保)."""
    if _opens_title(nxt) and not _unbalanced(joined):
        return False  # (酒泉市贯彻落实《甘肃省发展和改革委员会 / 酒泉市人民政府关于…》的实施方案: a cited title goes on)
    if n_parts == 1 and len(joined) <= 6 and _whole_title(nxt):
        return False
    return not (len(joined) <= 4 and len(nxt.strip()) <= 4)


def _whole_title(m: str) -> bool:
    """A line that is a whole title on its own (long, ending with a title noun)."""
    m = m.strip()
    return len(m) >= 10 and bool(_TITLE_END.search(m)) and not _unbalanced(m)


def _opens_title(m: str) -> bool:
    """A line that starts a title of its own (关于… / 山西省人民政府关于…): never the tail of a line above it."""
    m = m.lstrip()
    about = m.find("关于")
    return about == 0 or (about > 0 and _prefix_issuer(m[:about]) is not None)


# The addressees a notice opens with, up to their colon (各县区人民政府,市各委办局:), within this many characters.
_ADDRESSEES_SPAN = 80


def _opens_addressees(m: str) -> bool:
    """A line's rest that is a notice's addressee list and its colon (各县区人民政府,市各委办局:现将…印发给你们)."""
    colon = m.find(":", 0, _ADDRESSEES_SPAN)
    if colon <= 0:
        return False
    pieces = _split_addressees(m[:colon])
    return bool(pieces) and all(_looks_addressee(p) for p in pieces)


_HANDS_ON_VERB = re.compile(r"印发|转发")

# A title whose issuers carry out a cited document (X贯彻《中共中央、国务院关于…》的实施意见, X贯彻落实《…》的
# 实施方案): the cited title's 关于 is not the document's own; the issuers stand before the verb.
_CARRY_OUT_CITED = re.compile(r"(?:贯彻落实|贯彻|落实)(?=《)")


def _prefix_issuer(prefix: str) -> int | None:
    """How much of the words before a title's 关于 names its issuer, if they are issuers: all of them
    (山西省人民政府关于…), or those before a handing-on verb: 江西省人民政府印发关于…的通知, 沈阳市人民政府
    办公厅转发市发展改革委关于…的通知 (the office hands on the commission's text; the office issues)."""
    verb = _HANDS_ON_VERB.search(prefix)
    if verb is not None and verb.start() > 0 and _is_org_line(prefix[: verb.start()]):
        rest = prefix[verb.end() :].strip()
        if not rest or _is_org_line(rest):
            return verb.start()
    if _is_org_line(prefix):
        return len(prefix)
    return _joint_issuers_first(prefix)


def _joint_issuers_first(prefix: str) -> int | None:
    """成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 …关于印发…: a joint notice's issuers, too
    many for one line's name, each a body set apart by a space: the first listed leads (how much of it names it)."""
    parts = prefix.split()
    return len(parts[0]) if len(parts) >= 2 and all(_is_org_line(p) for p in parts) else None


# A plan's period in brackets opening the line under its title, the preamble run on after it (行动方案 /
# (2022-2025年) 为贯彻落实…): the period ends the title
_PERIOD_OPENING = re.compile(
    r"\(\s*(?:19|20)\d\d\s*[—\-–~至]+\s*(?:19|20)\d\d\s*年?\s*\)(?=\s*(?:为|根据|按照|依据|近年来|当前))"
)


def _period_before_preamble(ln: _Line) -> _Line | None:
    m = _PERIOD_OPENING.match(ln.match)
    if m is None:
        return None
    return replace(ln, end=ln.start + m.end(), text=ln.text[: m.end()], match=ln.match[: m.end()])


def _part_span(ln: _Line, off: int) -> tuple[int, int]:
    """Offsets in ``ln`` of the title text a part holds, from ``off`` to the end of the line's title body."""
    got = _title_line(ln)
    if got is None:
        return off, len(ln.match)
    body_off, body = got
    return off, max(off, body_off + len(body))


_CITED = re.compile(r"《[^《》\n]*》")


def _standalone_title(s: str) -> bool:
    """A title line that does not start with 关于 (青岛市2023年人才工作要点): short, no sentence inside, not a
    news headline asking a question (目标任务如何分解)."""
    return (
        6 <= len(s)
        and len(_CITED.sub("《》", s)) <= 50  # a title it cites is no length of its own
        and not re.search(r"[,。;:]", _EDITION_NOTE.sub("", s))
        and not s.startswith(("附件", "责任", "抄送"))
        and not _HEADLINE.search(s)
    )


# --------------------------------------------------------------------------- the extractor


def extract_meta(
    src: SourceDocument, *, regions: RegionTable | None = None, include_attachments: bool = True
) -> DocMeta:
    """Title, issuer name, date, number, region, addressees, year and cites of one document."""
    regions = regions or RegionTable.load_default()
    lines = _lines(src)
    limit = _body_limit(lines)
    fields = _fields(src)
    meta = DocMeta()

    cands = [
        c
        for c in _title_candidates(lines, limit)
        if not collection_headline(to_simplified(fold(c.text))) and not _dated_byline(c.text)
    ]
    if not cands and limit < len(lines) and _ATTACH_LINE.match(lines[limit].match):
        # a notice without a heading line, its plan attached: the attachment's own title names it
        stop = min(len(lines), limit + 4)
        cands = _title_candidates(lines[:stop], stop)[:1]
    if not cands:
        cands = _reported_title(lines[: min(limit, _LEAD_LINES)])
    else:
        cands = _reported_over_headline(cands, lines[: min(limit, _LEAD_LINES)])
    if not cands:
        cands = _news_headline(lines[: min(limit, _LEAD_LINES)])
    own = [c for c in cands if not c.cover]
    chosen = (
        _several_handed_on(src, cands)
        or _under_headline(own)
        or _own_under_byline(lines, own)
        or _fuller_repeat(own)
        or (cands[0] if cands else None)
    )
    chosen = _notice_over_table(cands, chosen)
    chosen = _notice_over_tail(_cut_at_handed(_trimmed_title(chosen), cands), cands)
    chosen = _notice_over_issuer_heading(
        _notice_over_abridged(_plan_under_bare_notice(chosen, cands), cands), cands
    )
    named = _named_rule(src, fields, chosen) if chosen is not None else None
    if named is not None:
        meta.title_span = named
        meta.title = src.text[named.start : named.end]
    elif chosen is not None:
        meta.title = chosen.text
        meta.title_span = Span(chosen.start, chosen.end)
    else:
        meta.title_span = (
            _run_on_title(lines)
            or _field_title(src, fields)
            or _preamble_title(src)
            or _crumb_title(src)
            or _site_lead_title(src)
            or _slogan_headed_title(lines)
            or _numbered_head_title(lines)
        )
        meta.title = src.text[meta.title_span.start : meta.title_span.end] if meta.title_span else None

    meta.issuer = _issuer(src, lines, cands, fields)
    if meta.issuer is not None and ("(" in meta.issuer or "（" in meta.issuer):
        meta.issuer = _RUBY_NOTE.sub(
            "", meta.issuer
        )  # 山东省(sheng)人(ren)民政府: ruby pinyin is no part of a name
    if _GAZETTE.search(src.match, 0, _GAZETTE_SCAN):  # a gazette's 成文日期/发布日期 are its issue's
        meta.issued = _dated_under_title(lines, chosen) or _issued(src, lines, fields)
    else:
        meta.issued = (
            _issued(src, lines, fields)
            or _dated_under_title(lines, chosen)
            or _yearless_act(lines, meta.title)
        )
    if meta.issuer is None and meta.issued is None:
        _glued_masthead(src, meta, lines[0].start if lines else 0)
    if meta.issuer is None:
        meta.issuer = _release_note(lines[:limit])
    meta.doc_number = _doc_number(src, lines, limit, fields)
    meta.issuer = _government_of_number(meta.issuer, meta.doc_number)
    meta.region = (
        _region(src, meta, regions, cands)
        or _national_addressees(src.match, regions)
        or _own_place(src, lines, regions)
        or _place_in_title(meta.title, src, regions)
    )
    if meta.region is None:
        meta.region = _unheaded_region(src.match, regions)
    if meta.region is None:
        meta.region = _news_lead_place(src.match, regions)
    if meta.region is None:
        meta.region = _credit_code_region(src.match)
    if meta.region is None:
        meta.region = _province_by_terms(src.match, regions)
    meta.region = _number_region(meta.doc_number, meta.region, src.match, regions) or meta.region
    meta.region = _taiwan_region(meta.issuer, src.match, meta.region, regions)
    meta.region = _as_named(regions.with_prefecture(meta.region), src.match)
    meta.issuer = _placed_issuer(meta.issuer, meta.region) or _government_by_number(
        meta.doc_number, meta.region, src.match, regions
    )
    meta.issuer = _without_province(_level_issuer(meta.issuer, meta.region))
    meta.region = _issuers_township(meta.issuer, meta.region)
    meta.addressees = _addressees(lines, limit)
    meta.year = _year(lines, limit, meta, _field_date(src, fields, "published"))
    meta.cites = _cites(src, lines, cands, meta.title, include_attachments=include_attachments)
    log.debug(
        "%s: title=%r issuer=%r issued=%r region=%r",
        src.source_file,
        meta.title,
        meta.issuer,
        meta.issued,
        meta.region,
    )
    return meta


def _without_province(issuer: str | None) -> str | None:
    """A city's body named after its province (湖北省荆州市人民政府办公室): the city's body as it names itself
    (荆州市人民政府办公室); a province's own body (湖北省人民政府办公厅) is kept."""
    if not issuer:
        return issuer
    divisions = load_divisions()
    key = name_key(issuer)
    n, names = divisions.prefix_candidates(key)
    province = divisions.get(names[0]) if len(names) == 1 else None
    if province is None or province.level != "province" or not key.startswith(province.official):
        return issuer
    k, inner = divisions.prefix_candidates(key[n:])
    city = divisions.get(inner[0]) if len(inner) == 1 and k >= _BARE_STEM_MIN else None
    if (
        city is None
        or city.level != "city"
        or city.parent != province.name
        or key[n : n + k] != city.official
    ):
        return issuer
    return (
        issuer[n:] if len(key) == len(issuer) else issuer
    )  # offsets hold only when the key kept every character


# A government's own number (云政发〔2018〕63号, 湘政发, 京政发) is the government's, never its general office's (云政办发):
# a repost crediting the office that posted it (来源:云南省人民政府办公厅) names the government's document.
_GOVERNMENT_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,4}?政发\s*[〔\[(【]")
_GENERAL_OFFICE = re.compile(r"(?<=政府)(?:办公厅|办公室)$")


def _government_of_number(issuer: str | None, number: str | None) -> str | None:
    if issuer is None or number is None or not _GOVERNMENT_NUMBER.match(fold(number)):
        return issuer
    office = _GENERAL_OFFICE.search(fold(issuer))
    return issuer[: office.start()] if office else issuer


_BARE_LOCAL = re.compile(r"^(?P<level>[县区旗])(?=人民政府|政府|委|党委)")


def _placed_issuer(issuer: str | None, region: str | None) -> str | None:
    """县人民政府办公室 signing a 嘉鱼县 document: the county's body (嘉鱼县人民政府办公室). Only a county's or a
    district's: a bare 市人民政府办公室 is resolved to its city by the unit lexicon, keeping its short label."""
    bare = _BARE_LOCAL.match(fold(issuer)) if issuer else None
    county = _county_part(region) if bare is not None and region else None
    if issuer is None or county is None or not county.endswith(bare.group("level") if bare else ""):
        return issuer
    return county + issuer[1:]


# A township after its county in an issuer's name, then the township's body or the name's end (木李镇人民政府)
_TOWNSHIP_AFTER = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))(?:人民政府|政府|办事处|党委|$)")


def _issuers_township(issuer: str | None, region: str | None) -> str | None:
    """A county's township issuing (高青县木李镇人民政府 in 淄博市高青县): the region is the township's, named after
    its county (淄博市高青县木李镇)."""
    county = _county_part(region) if issuer and region else None
    if county is None or issuer is None or region is None:
        return region
    name = to_simplified(fold(issuer))
    at = name.find(county)
    if at < 0 or not region.endswith(county) or not region.startswith(name[:at]):
        return region
    town = _TOWNSHIP_AFTER.match(name, at + len(county))
    return region + town.group(1) if town else region


def _level_issuer(issuer: str | None, region: str | None) -> str | None:
    """市委 / 市政府 named by its level alone in a repost's lead (市委、市政府印发了《…》), in a 成都市 document: the
    jurisdiction's own body in full (中共成都市委, 成都市人民政府)."""
    if issuer is None or region is None or not _LEVEL_ONLY.fullmatch(issuer):
        return issuer
    level, body = issuer[0], issuer[1:]
    place = _county_part(region) if level in "县区旗" else (region if _county_part(region) is None else None)
    if place is None or not place.endswith(level):
        return issuer
    return f"中共{place}委" if body == "委" else f"{place}人民政府"


def _county_part(region: str) -> str | None:
    """The county or district a region names last (咸宁市嘉鱼县 -> 嘉鱼县, 三明市沙县区 -> 沙县区)."""
    divisions = load_divisions()
    for k in range(len(region) - 1):
        d = divisions.get(region[k:])
        if d is not None and d.level == "district" and (k == 0 or region[:k] == d.parent):
            return d.official
    return None


def _as_named(region: str | None, match: str) -> str | None:
    """A district that was a county or a county-level city when the text was written (沙县 before it became 三明市
    沙县区, 萧山市 before 萧山区), named as the text names it: the text's jurisdiction."""
    d = load_divisions().get(region) if region else None
    if region is None or d is None or d.level != "district" or not d.official.endswith("区"):
        return region
    if d.official in match or not region.endswith(d.official):
        return region
    stem = d.official[:-1]
    for old in (stem,) if stem.endswith(("县", "市")) else (stem + "县", stem + "市"):
        if len(old) >= 2 and old in match:
            return region[: len(region) - len(d.official)] + old
    return region


# A local government named as a body (儋州市政府, 文昌市人民政府, 阳新县人民政府)
_LOCAL_GOVERNMENT = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,6}?[市县区旗])(?:人民)?政府")
_SIBLINGS_MIN = 3


def _siblings_parent(match: str) -> str | None:
    """A text with no head that assigns work to the governments of three or more places under one parent
    (三、儋州市政府 … 四、文昌市政府 … 五、琼海市政府 …): the parent's text (海南省), not the first place's."""
    divisions = load_divisions()
    parents: dict[str, set[str]] = {}
    for m in _LOCAL_GOVERNMENT.finditer(match):
        d = divisions.get(m.group(1))
        if d is not None and d.parent and d.level != "province":
            parents.setdefault(d.parent, set()).add(d.name)
    found = [p for p, names in parents.items() if len(names) >= _SIBLINGS_MIN]
    return found[0] if len(found) == 1 and len(parents) == 1 else None


# The congress that adopted the government work report a page breaks down: the page's own place
_OWN_CONGRESS = re.compile(
    r"经\s*(?P<place>[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|州|旗|自治区))\s*第?[一二三四五六七八九十\d]+届"
    r"人民代表大会"
)


def _unheaded_region(match: str, regions: RegionTable) -> str | None:
    """The region of a text with no issuer, title or number naming one: the division it speaks as, its cues, the
    division it names most, the province its places lie in. A province named most gives way to the city the text
    speaks as when that city lies in it (我市 … 四川泸州江阳经济开发区 -> 泸州市)."""
    siblings = _siblings_parent(match)
    if siblings is not None:
        return siblings
    congress = _OWN_CONGRESS.search(match, 0, _NAMED_SCAN)
    if congress is not None:
        d = load_divisions().get(congress.group("place"))
        if d is not None:
            return (
                d.name
            )  # 经安康市第四届人民代表大会第四次会议审议通过: the place whose congress adopted the report
    named = _named_region(match, regions)
    bare = _bare_own_division(match, regions) or _district_with_its_city(match, regions)
    if bare is not None and (named is None or named in regions.ancestors(bare)[1:]):
        return bare
    if named is None:
        return _survey_team_city(match) or _national_by_bodies(match, regions)
    if _speaks_below(named, match, regions):
        return _only_county(named, match, regions)
    return named


def _only_county(city: str, match: str, regions: RegionTable) -> str | None:
    """The county a text speaking as a county (我县, 县财政局) names no more of than its city (莆田): the city's only
    county (仙游县), with its prefecture; None where the city has several (潼关 is one of 渭南's seven)."""
    head = match[:_NAMED_SCAN]
    county_voice = sum(
        _voiced(head, words) + _own_bodies(head, ending)
        for _, ending, words in regions.district_voice
        if ending in regions.county_endings
    )
    if county_voice < _LOWER_VOICE_MIN:
        return None
    counties = _counties_of(city, regions.county_endings)
    return regions.with_prefecture(counties[0]) if len(counties) == 1 else None


@lru_cache(maxsize=64)
def _counties_of(city: str, endings: tuple[str, ...]) -> tuple[str, ...]:
    """The counties (not districts, not county-level cities) of a city, by canonical name."""
    return tuple(
        d.name
        for d in load_divisions().by_name.values()
        if d.parent == city and d.level == "district" and d.official.endswith(endings)
    )


@lru_cache(maxsize=1)
def _city_bodies() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a city's body named by its bare name, capturing the name; the words a text speaks as a city with)."""
    ref = resources.files("policykg.loaders").joinpath("data/city_bodies.toml")
    try:
        table = tomllib.loads(ref.read_text(encoding="utf-8"))["named_bodies"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the city bodies ({exc})") from exc

    def alt(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(table[key], key=lambda w: (-len(w), w)))

    body = re.compile(r"(?:" + alt("parents") + r")(?P<city>[\u4e00-\u9fff]{2,4}?)(?:" + alt("words") + ")")
    return body, re.compile(alt("voice"))


def _survey_team_city(match: str) -> str | None:
    """A headless text speaking as a city (全市) that names a body every city has by the city's bare name (国家和省
    统计局辽阳调查队): that city (辽阳市)."""
    body, voice = _city_bodies()
    head = match[:_NAMED_SCAN]
    if voice.search(head) is None:
        return None
    found = set()
    for m in body.finditer(head):
        d = load_divisions().get(m.group("city") + "市")
        if d is not None and d.level == "city":
            found.add(d.name)
    return found.pop() if len(found) == 1 else None


_NATIONAL_BODIES_MIN = 2
_ADDRESSEE_SCAN = 800  # characters of a page's head its notice's addressee line stands in


@lru_cache(maxsize=2)
def _all_provinces_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    """An addressee line opening with every province (各省、自治区、直辖市人民政府,国务院各部委…:), up to its colon."""
    alts = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(r"(?:" + alts + r")[^\n。:]{0,200}:")


def _national_addressees(match: str, regions: RegionTable) -> str | None:
    """The national region (全国) of a notice addressed to every province (各省、自治区、直辖市人民政府: only the
    central state writes to them all)."""
    if not regions.national_addressees:
        return None
    head = to_simplified(match[:_ADDRESSEE_SCAN])
    return regions.national_name if _all_provinces_rx(regions.national_addressees).search(head) else None


def _national_by_bodies(match: str, regions: RegionTable) -> str | None:
    """The national region (全国) of a headless text whose units are bodies of the central state (国家知识产权局负责,
    中央宣传部、司法部) and that never speaks as a province, city, district or county."""
    if not regions.national_name:
        return None
    head = to_simplified(match[:_NAMED_SCAN])
    if _voiced(head, regions.province_voice) or any(
        _voiced(head, words) + _own_bodies(head, ending) for _, ending, words in regions.district_voice
    ):
        return None
    bodies = [m.group(0) for m in _national_body_rx(regions.national_heads).finditer(head)]
    own = [b for b in bodies if regions.national(b)]
    if len(own) >= _NATIONAL_BODIES_MIN:
        return regions.national_name
    # (生态环境部牵头,工业和信息化部参与) / (工商总局、公安部负责): two ministries by their bare names
    ministries = (
        {m.group(0) for m in _ministry_rx(regions.national_ministries).finditer(head)}
        if regions.national_ministries
        else set()
    )
    return regions.national_name if len(ministries) >= _NATIONAL_BODIES_MIN else None


@lru_cache(maxsize=2)
def _ministry_rx(names: tuple[str, ...]) -> re.Pattern[str]:
    """A central ministry by its bare name where a unit list prints it: after a bracket or separator, before the
    next separator, a closing bracket or the role verb (财政部门 and 市财政部 name no ministry)."""
    alts = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(
        r"(?:^|(?<=[(【〔\[、,;:\s]))(?:" + alts + r")(?=[、)】〕\],;\s]|负责|牵头|配合|参与|会同|等)", re.M
    )


@lru_cache(maxsize=2)
def _national_body_rx(heads: tuple[str, ...]) -> re.Pattern[str]:
    """A body opening with a head of the central state's names, as a unit list prints it ((国家知识产权局负责)."""
    alts = "|".join(map(re.escape, sorted(heads, key=len, reverse=True)))
    return re.compile(
        # the clause's bracket of any kind: (A负责) as often 【A负责】, 〔A负责〕, [A负责]
        r"(?:^|(?<=[(【〔\[、,;:\s]))(?:" + alts + r")[\u4e00-\u9fff]{0,14}?(?:局|委|部|署|院|办|会)"
        r"(?=[、)】〕\],;\s]|负责|牵头|配合|等)",
        re.M,
    )


_BARE_STEM_MIN = 2  # 吉水 of 吉水县; a one-character stem (沙 of 沙县) is a word


def _bare_own_division(match: str, regions: RegionTable) -> str | None:
    """The one county or district a headless text speaking as its level names by its bare name before one of its
    own bodies or sites (市生态环境局咸安分局, 完成吉水二中迁建 in a text of 区 or 县 bodies)."""
    rx = regions.own_institutions
    if rx is None:
        return None
    head = match[:_NAMED_SCAN]
    voiced = {
        ending
        for level, ending, words in regions.district_voice
        if level == "district" and _voiced(head, words) + _own_bodies(head, ending) >= 1
    }
    hits: set[str] = set()
    for m in rx.finditer(head):
        for ending in voiced:
            stems = _district_stems(ending)
            for k in (3, 2):
                stem = head[max(0, m.start() - k) : m.start()]
                name = stems.get(stem)
                if name is not None:
                    if head.count(stem) >= _BARE_MENTIONS_MIN:
                        hits.add(name)
                    break
    return hits.pop() if len(hits) == 1 else None


# a county's own bare name comes back (吉水二中 … 吉水二中; 咸安分局 … 咸安绕城段): a school or a zone of another place
# named once (南开中学 in a Chongqing text) is not enough
_BARE_MENTIONS_MIN = 2


def _district_with_its_city(match: str, regions: RegionTable) -> str | None:
    """The one county or district a headless text speaking as its level (区政府, 区发改局 … more than as a city) names
    by its bare name together with its own city (迭代更新龙湾稳增长政策 … 落实温州扩大有效投资 -> 温州市龙湾区)."""
    head = match[:_NAMED_SCAN]
    voices = {
        ending: _voiced(head, words) + _own_bodies(head, ending)
        for _, ending, words in regions.district_voice
    }
    city = max((v for e, v in voices.items() if e in _CITY_ENDINGS), default=0)
    divisions = load_divisions()
    hits: set[str] = set()
    for ending, count in voices.items():
        if ending in _CITY_ENDINGS or count < _LOWER_VOICE_MIN - 1 or count <= city:
            continue
        rx, by_stem = _stems_with_city(ending)
        for m in rx.finditer(head) if rx is not None else ():
            for name in by_stem[m.group(0)]:
                parent = divisions.by_name[name].parent
                if parent and any(f in head for f in _city_forms(parent)):
                    hits.add(name)
    return hits.pop() if len(hits) == 1 else None


_CITY_ENDINGS = ("市", "州")  # the district_voice endings of a city's own text


@lru_cache(maxsize=4)
def _stems_with_city(ending: str) -> tuple[re.Pattern[str] | None, dict[str, list[str]]]:
    """Every bare name (two characters at least) of a county or district ending with ``ending``, shared or not
    (鼓楼 of four cities), and the divisions it may mean."""
    by_stem: dict[str, list[str]] = {}
    for d in load_divisions().by_name.values():
        stem = d.official[: -len(ending)]
        if d.level == "district" and d.official.endswith(ending) and len(stem) >= _BARE_STEM_MIN:
            by_stem.setdefault(stem, []).append(d.name)
    if not by_stem:
        return None, by_stem
    return re.compile(alternation(by_stem)), by_stem


@lru_cache(maxsize=512)
def _city_forms(city: str) -> tuple[str, ...]:
    """The forms that name ``city`` alone (温州市, 温州)."""
    divisions = load_divisions()
    return tuple(f for f, names in divisions.forms.items() if names == [city] and len(f) >= _BARE_STEM_MIN)


@lru_cache(maxsize=4)
def _district_stems(ending: str) -> dict[str, str]:
    """bare name -> division of every county or district ending with ``ending`` (咸安 -> 咸宁市咸安区) whose bare name
    names no other division and is no other's bare name."""
    divisions = load_divisions()
    seen: Counter[str] = Counter()
    out: dict[str, str] = {}
    for d in divisions.by_name.values():
        if d.level != "district" or not d.official.endswith(ending):
            continue
        stem = d.official[: -len(ending)]
        if len(stem) >= _BARE_STEM_MIN:
            seen[stem] += 1
            out[stem] = d.name
    return {s: n for s, n in out.items() if seen[s] == 1 and divisions.forms.get(s, [n]) == [n]}


def _named_region(match: str, regions: RegionTable) -> str | None:
    """The division a headless text speaks as or names most (see ``_unheaded_region``)."""
    found = regions.by_voice(match, "district") or regions.from_cues(match) or regions.most_named(match)
    division = load_divisions().by_name.get(found) if found else None
    if found is not None and (division is None or division.level != "province"):
        return found
    city = regions.by_voice(match, "city") or _city_of_titled_body(match, found, regions)
    if found is not None and city is not None and _city_over_province(found, city, match, regions):
        return city
    if found is not None and city is None:
        county = (
            _county_by_bare_name(match, found, regions)
            or _county_named_in_full(match, found)
            or _county_after_province(match, found)
        )
        if county is not None:
            return county
    return found or city or regions.province_by_places(match) or _place_named_throughout(match)


# A first line that opens with a city body named by its level character alone (市经济和信息化局2025年工作要点)
_TITLED_CITY_BODY = re.compile(
    r"\s*市(?![" + _NOT_BODY["市"] + r"])[\u4e00-\u9fff]{1,10}?(?:局|委|办公室|办)"
)


def _city_of_titled_body(match: str, province: str | None, regions: RegionTable) -> str | None:
    """The one city of ``province`` a text names when its first line opens with a city's own body (市经济和信息化局
    2025年工作要点 … 新时代武汉 … 考察湖北): the body speaks for that city, the province is only named around it."""
    if province is None or not _TITLED_CITY_BODY.match(match):
        return None
    named = load_divisions().named(match[:_NAMED_SCAN], "city", "市", regions.not_street)
    inside = [c for c in named if province in regions.ancestors(c)[1:]]
    return inside[0] if len(inside) == 1 else None


def _speaks_below(named: str, match: str, regions: RegionTable) -> bool:
    """Whether a text with no head speaks as a division below the one it names (县财政局, 我县 … in a page naming
    宁波市 in a cited title; 市商务局, 全市 … in a page naming 云南 in passing): the place named is the one its own
    place lies in, not its jurisdiction, and its own is not named."""
    division = load_divisions().get(named)
    if division is None or division.level not in _LEVELS_ABOVE:
        return False
    head = match[:_NAMED_SCAN]
    own = _voiced(head, regions.province_voice) if division.level == "province" else 0
    lower = 0
    for level, ending, words in regions.district_voice:
        count = _voiced(head, words) + _own_bodies(head, ending)
        if level == division.level or named.endswith(ending):  # 天津市 speaks as 市, 宁夏回族自治区 as 区
            own = max(own, count)
        elif level in _LEVELS_ABOVE[division.level]:
            lower = max(lower, count)
    return lower >= _LOWER_VOICE_MIN and lower > own


# The levels below a province and below a city a text can speak as (district_voice levels), and how often it must
_LEVELS_ABOVE = {"province": ("city", "district"), "city": ("district",)}
_LOWER_VOICE_MIN = 3


def _city_over_province(province: str, city: str, match: str, regions: RegionTable) -> bool:
    """Whether the city a text speaks as (我市, 市府办公厅, 市商务局) is its region rather than the province it names
    most: a city of that province is the finer answer; a city outside it wins too when the text never speaks as a
    province (广州市 inviting guests from 香港 names 香港 most, but its bodies are 广州's)."""
    if province in regions.ancestors(city)[1:]:
        return True
    return _voiced(match[:_NAMED_SCAN], regions.province_voice) == 0


_COUNTY_MENTIONS_MIN = 2
# A page that says nothing of who speaks names its own place again and again (伊州区…伊州区…; 荆州交通区位优势,
# 荆州至松滋): at least this often, and twice as often as any place outside it.
_THROUGHOUT_MIN = 3


def _place_named_throughout(match: str) -> str | None:
    """The prefecture or county a text with no other sign of its region names most, by a form that means it
    alone (荆州, 伊州区), when it clearly leads: named at least ``_THROUGHOUT_MIN`` times and at least twice as
    often as any place that is neither within it nor around it. Its own counties and towns count for it."""
    divisions = load_divisions()
    counts: Counter[str] = Counter()
    for m in _lower_places().finditer(match, 0, _NAMED_SCAN):
        counts[divisions.forms[m.group(0)][0]] += 1
    if not counts:
        return None
    top, count = counts.most_common(1)[0]
    own = set(divisions.chain(top))
    rivals = [c for n, c in counts.items() if n not in own and top not in divisions.chain(n)]
    if count < _THROUGHOUT_MIN or count < 2 * max(rivals, default=0):
        return None
    return top


def _county_named_in_full(match: str, province: str) -> str | None:
    """The one county of ``province`` a text names in full again and again (成安县水利局, 市生态环境局成安县分局,
    成安县商城镇) where the province is named only in passing (《河北省…办法》): the county's own page."""
    divisions = load_divisions()
    head = match[:_NAMED_SCAN]
    own = [
        name
        for name in divisions.named(head, "district", _COUNTY_END)
        if province in divisions.chain(name)[1:]
        and head.count(divisions.by_name[name].official) >= _COUNTY_MENTIONS_MIN
    ]
    if len(own) != 1:
        return None
    # the province named in passing: fewer times than its county (江西 all over a provincial plan that names 鄱阳县)
    said = max(
        (head.count(f) for f, names in divisions.forms.items() if province in names and len(f) >= 2),
        default=0,
    )
    return own[0] if head.count(divisions.by_name[own[0]].official) > said else None


_COUNTY_END = "县"
# A news page speaking of the county it reports on (该县提出, 全县200个村)
_THE_COUNTY = re.compile(r"该县|全县")


def _county_after_province(match: str, province: str) -> str | None:
    """The one county of ``province`` a news page names in full right after it (福建省长汀县建立…) and then speaks of
    as 该县 or 全县: the county's own news, not the province's."""
    divisions = load_divisions()
    head = match[:_NAMED_SCAN]
    if not _THE_COUNTY.search(head):
        return None
    forms = [f for f, names in divisions.forms.items() if province in names and len(f) >= 2]
    own = {
        name
        for name in divisions.named(head, "district", _COUNTY_END)
        if province in divisions.chain(name)[1:]
        and any(f + divisions.by_name[name].official in head for f in forms)
    }
    return own.pop() if len(own) == 1 else None


def _county_by_bare_name(match: str, province: str, regions: RegionTable) -> str | None:
    """The one county of ``province`` a text that speaks as a county (我县, 县委, 县水利局) names by its bare name
    (为德安高质量发展 in a 江西 text -> 德安县), when it names none in full."""
    head = match[:_NAMED_SCAN]
    voiced = any(
        _voiced(head, words) + _own_bodies(head, ending) >= 2
        for lvl, ending, words in regions.district_voice
        if lvl == "district" and ending == _COUNTY_END
    )
    if not voiced or load_divisions().named(head, "district", _COUNTY_END):
        return None
    frame = regions.bare_place_frame
    if frame is None:
        return None
    hits = {
        name
        for bare, name in _bare_counties(province)
        if bare in head and any(m.group("place") == bare for m in frame.finditer(head))
    }
    return hits.pop() if len(hits) == 1 else None


@lru_cache(maxsize=64)
def _bare_counties(province: str) -> tuple[tuple[str, str], ...]:
    """(bare name, division) of every county of ``province`` whose name without 县 is two characters or more and
    names that county only."""
    divisions = load_divisions()
    out = []
    for d in divisions.by_name.values():
        bare = d.official[: -len(_COUNTY_END)]
        if (
            d.level == "district"
            and d.official.endswith(_COUNTY_END)
            and len(bare) >= 2
            and province in divisions.chain(d.name)[1:]
            and len(divisions.forms.get(bare, [])) <= 1
        ):
            out.append((bare, d.name))
    return tuple(out)


# A covering notice handing on several documents (现将《A》《B》《C》印发给你们): the notice is the document, its
# title the title (…若干政策措施等4个文件的通知), not the first plan's.
_SEVERAL_HANDED = re.compile(
    r"《[^《》\n]{4,150}》\s*[、,和及]?\s*《[^《》\n]{4,150}》[^。\n]{0,60}?"
    r"(?:(?:印发|转发)(?:给)?你们|(?:现|特)?予(?:以)?(?:印发|转发)|现(?:将其)?(?:印发|转发))"  # 现予印发: the same act
)
_HANDING_REACH = 600  # characters after a notice's title where its handing-on sentence is looked for


def _several_handed_on(src: SourceDocument, cands: list[_TitleCand]) -> _TitleCand | None:
    cover = next((c for c in cands if c.cover), None)
    if cover is None:
        return None
    if _SEVERAL_HANDED.search(src.match, cover.end, cover.end + _HANDING_REACH) or _names_several(cover.text):
        return cover
    return None


# 关于印发A行动计划、B行动计划和C行动计划2018年任务清单的通知: a notice whose own title names several plans.
_PLAN_NOUN = re.compile(r"计划|方案|意见|办法|清单|要点|措施|细则|规划")
_HANDED_RUN = re.compile(r"(?:印发|转发)(?P<run>.+)的通知$")


def _names_several(title: str) -> bool:
    run = _HANDED_RUN.search(fold(title))
    if run is None or not re.search(r"[、和及]", run.group("run")):
        return False
    return len(_PLAN_NOUN.findall(run.group("run"))) >= 3  # 行动计划、行动计划和行动计划…清单: no one plan


_SAME_DOC_PREFIX = 6  # characters two headings share when they name one document (襄阳都市圈发展2023年…)
_BYLINE = re.compile(r"作者|来源|发布时间|发布日期|日期")


# A notice handing on a plan by its name in book marks (关于印发《…分解方案》的通知)
_HANDS_ON_NAME = re.compile(r"(?:印发|转发)\s*《(?P<t>[^《》]{4,150})》")
_TABLE_CAPTION = re.compile(r"表\s*$")


def _notice_over_table(cands: list[_TitleCand], chosen: _TitleCand | None) -> _TitleCand | None:
    """A table's caption (…主要任务分解表) under a notice that hands on a plan of another kind (关于印发《…分解
    方案》的通知): the caption heads the plan's table, not the document; the notice's title names it."""
    if chosen is None or chosen.cover or not _TABLE_CAPTION.search(fold(chosen.text)):
        return chosen
    for c in cands:
        named = _HANDS_ON_NAME.search(fold(c.text)) if c.cover else None
        if named and not _TABLE_CAPTION.search(named.group("t")):
            return c
    return chosen


def _own_under_byline(lines: list[_Line], own: list[_TitleCand]) -> _TitleCand | None:
    """The document's own heading under a page's byline (作者: … 发布时间: …), when the page's listing title above
    the byline names the same document another way (…工作要点 / byline / …重点工作清单; …责任分解第一季度进展
    情况 / byline / …责任分解): the heading the document prints is its title."""
    if len(own) < 2:
        return None
    page, doc = own[0], own[1]
    a, b = fold(page.text), fold(doc.text)
    if a == b or len(os.path.commonprefix([a, b])) < _SAME_DOC_PREFIX or b.startswith(a):
        return None
    between = lines[page.last + 1 : doc.first]
    return doc if any(_BYLINE.search(ln.match) for ln in between) else None


def _fuller_repeat(own: list[_TitleCand]) -> _TitleCand | None:
    """The first own title, or its repeat just below that adds the plan's period (…实施方案 / …实施方案 /
    (2016-2020年)): a page's heading above the document's own title line."""
    if not own:
        return None
    first = own[0]
    for c in own[1:3]:
        extra = fold(c.text)[len(fold(first.text)) :]
        if fold(c.text).startswith(fold(first.text)) and _EDITION.match(extra):
            return c
        # 贯彻落实…方案 (a page's heading) / 石景山区贯彻落实…方案 (the document's own line): its place goes first
        place = fold(c.text)[: len(fold(c.text)) - len(fold(first.text))]
        if place and fold(c.text).endswith(fold(first.text)) and _TITLE_PLACE.fullmatch(place):
            return c
        fuller = _abridged_heading(first, c)
        if fuller is not None:
            return fuller
    return first


# A site's item number glued before a title line (1三亚市公共停车场(点)收费管理实施方案)
_GLUED_ITEM_NUMBER = re.compile(r"\d{1,2}(?=[\u4e00-\u9fff])")
_KIND_TAIL = 2  # the kind word both titles close with (方案, 意见, 办法)


def _abridged_heading(first: _TitleCand, c: _TitleCand) -> _TitleCand | None:
    """A page's heading that abridges the document's own title line below it (公共停车场实施方案 / 三亚市公共停车场
    (点)收费管理实施方案): every character of the heading in the fuller line, in order, the same kind word closing
    both; the fuller line is the title (a site's item number glued before it dropped)."""
    glued = _GLUED_ITEM_NUMBER.match(c.text)
    off = glued.end() if glued else 0
    short, full = fold(first.text), fold(c.text[off:])
    if len(full) <= len(short) or not _TITLE_END.search(full) or short[-_KIND_TAIL:] != full[-_KIND_TAIL:]:
        return None
    chars = iter(full)
    if not all(ch in chars for ch in short):
        return None
    return replace(c, start=c.start + off, text=c.text[off:])


# A jurisdiction's name before a title (石景山区 / 宁波市 / 甘肃省 / 中共北京市石景山区委): a short run that ends
# like a division.
_TITLE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,10}(?:省|市|区|县|州|旗|盟|自治区|区委|市委|县委)")


# A headline handing on one plan without its issuer's 关于 (印发《X》的通知): the plan's title X is the title.
_BARE_COVER = re.compile(r"^\s*(?:印发|转发)\s*《(?P<t>[^《》]{4,150})》\s*的通知\s*$")
# A page series' part number after a title (…分工方案(一)): no part of the document's title.
_PART_MARK = re.compile(r"\s*\((?:[一二三四五六七八九十]{1,2}|上|中|下)\)\s*$")


_HANDED_MIN = 6  # characters of a handed-on title at least, for a heading to be cut after it


def _cut_at_handed(c: _TitleCand | None, cands: list[_TitleCand]) -> _TitleCand | None:
    """A plan's heading that repeats the title its notice hands on and runs on into its first section's name
    (市政府关于印发2020年重点工作分解落实方案的通知 over 市政府2020年重点工作分解落实方案综合目标分解): the heading
    ends where the handed-on title does."""
    if c is None or c.cover or c.first != c.last:
        return c
    text = fold(c.text)
    for cover in (x for x in cands if x.cover):
        run = _HANDED_RUN.search(fold(cover.text))
        inner = run.group("run").strip().strip("《》") if run else ""
        k = text.find(inner) if len(inner) >= _HANDED_MIN else -1
        end = k + len(inner)
        if k >= 0 and _HAN.match(text, end) and len(text) == len(c.text):
            return replace(c, end=c.start + end, text=c.text[:end])
    return c


def _notice_over_tail(c: _TitleCand | None, cands: list[_TitleCand]) -> _TitleCand | None:
    """A plan's heading that is only the tail of the title its notice hands on (2021年第三季度工作要点 under
    …关于印发区政府2021年第三季度工作要点的通知, its body printed on the line above as a name alone): the notice's
    title, which names the whole."""
    return _notice_naming_whole(c, cands, lambda text, inner: inner.endswith(text))


def _notice_over_abridged(c: _TitleCand | None, cands: list[_TitleCand]) -> _TitleCand | None:
    """A plan's heading that drops words of the name its notice hands it on by (吉林省哈长城市群发展规划实施方案
    under …关于印发吉林省落实哈长城市群发展规划实施方案的通知): the notice's title, which names the plan whole (as
    for a heading that is only the name's tail, :func:`_notice_over_tail`)."""
    return _notice_naming_whole(c, cands, _abridges)


def _notice_naming_whole(
    c: _TitleCand | None, cands: list[_TitleCand], shortens: Callable[[str, str], bool]
) -> _TitleCand | None:
    """The notice whose handed-on name the heading ``c`` shortens (``shortens(heading, name)``), else ``c``."""
    if c is None or c.cover:
        return c
    text = fold(c.text)
    for cover in (x for x in cands if x.cover):
        run = _HANDED_RUN.search(fold(cover.text))
        inner = run.group("run").strip().strip("《》") if run else ""
        if len(inner) > len(text) >= _HANDED_MIN and shortens(text, inner):
            return cover
    return c


def _notice_over_issuer_heading(c: _TitleCand | None, cands: list[_TitleCand]) -> _TitleCand | None:
    """A page heading that is the notice's issuer and the name it hands on, the name's place left out (罗庄区教育
    体育局2018年教育工作计划要点 over 罗庄区教育体育局关于印发《罗庄区2018年教育工作计划要点》的通知): the notice."""
    if c is None or c.cover:
        return c
    text = fold(c.text)
    for cover in (x for x in cands if x.cover and x.issuer_prefix):
        issuer = fold(cover.issuer_prefix or "").strip()
        run = _HANDED_RUN.search(fold(cover.text))
        inner = run.group("run").strip().strip("《》") if run else ""
        rest = text[len(issuer) :]
        if text.startswith(issuer) and len(rest) >= _HANDED_MIN and inner.endswith(rest) and inner != rest:
            return cover
    return c


def _abridges(short: str, whole: str) -> bool:
    """Whether ``short`` is ``whole`` with some characters left out, in order."""
    rest = iter(whole)
    return all(ch in rest for ch in short)


_BARE_NOTICE = re.compile(r"^(?P<t>[^《》]{4,150}?)\s*的通知$")
_NOTICE_VERBS = re.compile(r"关于|印发|转发|批转")


def _plan_under_bare_notice(c: _TitleCand | None, cands: list[_TitleCand]) -> _TitleCand | None:
    """A notice's headline that lost its 关于印发 (沈阳市…若干政策举措的通知) over the plan it hands on, whose own
    heading below names it alone (沈阳市…若干政策举措): the plan's title, as a 关于印发 notice's would be."""
    bare = _BARE_NOTICE.match(fold(c.text)) if c is not None and not c.cover else None
    if c is None or bare is None or _NOTICE_VERBS.search(bare.group("t")):
        return c
    plan = bare.group("t")
    if not any(x is not c and fold(x.text).strip() == plan for x in cands):
        return c
    return replace(c, end=c.start + len(plan), text=c.text[: len(plan)])


def _trimmed_title(c: _TitleCand | None) -> _TitleCand | None:
    if c is None or c.first != c.last:
        return c
    bare = _BARE_COVER.match(fold(c.text))
    if bare is not None:
        a, b = bare.span("t")
        return replace(c, start=c.start + a, end=c.start + b, text=c.text[a:b], cover=False)
    part = _PART_MARK.search(fold(c.text))
    if part is not None and _TITLE_END.search(fold(c.text)[: part.start()]):
        return replace(c, end=c.start + part.start(), text=c.text[: part.start()])
    return _without_region_tag(_without_posted_date(c))


# A site's bracketed tag of the province or city the page files the document under, before its title on the
# line ((湖北省)2023年咸宁市…责任分解方案 / 【浙江省】…): no part of the title
_REGION_TAG = re.compile(r"\s*[(\[【]\s*[\u4e00-\u9fff]{1,8}(?:省|自治区|市|特别行政区)\s*[)\]】]\s*")


def _without_region_tag(c: _TitleCand) -> _TitleCand:
    folded = fold(c.text)
    tag = _REGION_TAG.match(folded)
    if tag is None or tag.end() == len(folded) or not _TITLE_END.search(folded, tag.end()):
        return c
    return replace(c, start=c.start + tag.end(), text=c.text[tag.end() :])


# A page's posting date in brackets after the title on its line (…任务指标的通知 ( 2025-01-27 )): no part of the title
_POSTED_DATE = re.compile(r"\s*\(\s*(?:19|20)\d\d\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*\)\s*$")


def _without_posted_date(c: _TitleCand) -> _TitleCand:
    posted = _POSTED_DATE.search(fold(c.text))
    if posted is None or posted.start() == 0 or not _TITLE_END.search(fold(c.text)[: posted.start()]):
        return c
    return replace(c, end=c.start + posted.start(), text=c.text[: posted.start()])


# A page whose head lost every break: the issuers run together, the date, the title, then the preamble
# (温州市发展和改革委员会温州市财政局2025年4月23日温州市支持…政策意见为贯彻落实…).
_GLUED_HEAD = re.compile(
    r"(?P<run>[\u4e00-\u9fff]{4,200}?)\s*(?P<date>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
    r"(?P<title>[\u4e00-\u9fff\"()、]{6,60}?(?:意见|方案|办法|措施|通知|规定|细则|政策|计划|要点|决定))"
    r"(?=为|根据|按照|近年来)"
)
_PLACE_PREFIX = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|州)")


def _glued_masthead(src: SourceDocument, meta: DocMeta, start: int) -> None:
    """Issuer, date and (if none yet) title of a glued head starting at ``start`` (the first line that is not
    page furniture): the run of issuers is cut where its place name repeats, and every piece must be a body's
    name."""
    m = _GLUED_HEAD.match(src.match, start)
    if m is None:
        return
    run = m.group("run")
    place = _PLACE_PREFIX.match(run)
    if place is None:
        return
    cuts = [k for k in range(len(run)) if run.startswith(place.group(0), k)]
    pieces = [run[a:b] for a, b in zip(cuts, [*cuts[1:], len(run)], strict=True)]
    if not pieces or not all(_is_org_line(p) for p in pieces):
        return
    meta.issuer = src.text[m.start("run") : m.start("run") + len(pieces[0])]
    meta.issued = parse_date(m.group("date"))
    if meta.title is None:
        meta.title = src.text[m.start("title") : m.end("title")]
        meta.title_span = Span(m.start("title"), m.end("title"))


def _issuer(
    src: SourceDocument, lines: list[_Line], cands: list[_TitleCand], fields: list[_Field]
) -> str | None:
    return _first_of_joint(_issuer_name(src, lines, cands, fields))


def _first_of_joint(name: str | None) -> str | None:
    """Joint issuers printed on one line (济南市人民政府办公厅 临沂市人民政府办公室): the first body."""
    if not name:
        return name
    pieces = name.split()
    if len(pieces) > 1 and all(_is_org_line(fold(p)) for p in pieces):
        return pieces[0]
    return _first_of_glued(name)


def _first_of_glued(name: str) -> str:
    """中共淄博市委淄博市人民政府 / 淄博市人民政府淄博市财政局: joint issuers run together, cut where the place
    (after any party prefix) repeats."""
    m = fold(name)
    grammar = default_grammar()
    part = grammar.place_part(m)
    place = _PLACE_PREFIX.match(part)
    if place is None:
        return name
    k = m.find(place.group(0), len(m) - len(part) + len(place.group(0)))
    if k > 0 and _is_org_line(m[:k]) and _is_org_line(m[k:]):
        return name[:k]
    # 内蒙古自治区党委自治区人民政府, 浙江省委省人民政府: the second body names the place by its level alone
    level = _PLACE_LEVEL.search(place.group(0))
    if level is not None:
        start = len(m) - len(part) + len(place.group(0))
        for bare in _BARE_BODY.finditer(m, start):
            k = bare.start()
            if bare.group(0) == level.group(0) and _is_org_line(m[:k]) and _is_org_line(m[k:]):
                return name[:k]
    return name


# The level word closing a place's name (内蒙古自治区, 浙江省) and the bodies a joint issuer names by it alone
# (自治区人民政府, 省政府, 市委): the second of two bodies of one place run together
_PLACE_LEVEL = re.compile(r"(?:自治区|自治州|省|市|县|区|州|盟|旗)$")
_BARE_BODY = re.compile(r"(?:自治区|自治州|省|市|县|区|州|盟|旗)(?=人民政府|政府|党委|委员会|委)")


_OFFICE_END = re.compile(r"(?:办公室|办公厅)\s*\Z")


def _publishing_office(name: str) -> bool:
    """A government's general office (市政府办公室, 南湖新区办公室), the body that posts a portal's documents."""
    return bool(_OFFICE_END.search(to_simplified(fold(name))))


def _posted_by(publisher: str | None, prefix: str | None) -> str | None:
    """A portal's 发布机构 that is a general office (市政府办公室, 南湖新区办公室) posts what the title's own body
    (咸阳市人民政府关于…, 湖南省人民政府关于…) issues: that body, when the title names one that is no office; a
    body the title names in full under the 发布机构's name (新密市人民政府 / 新密市人民政府办公室) is the issuer."""
    if publisher and prefix and _publishing_office(publisher) and not _publishing_office(prefix):
        return prefix
    if publisher and prefix and len(prefix) > len(publisher) and fold(prefix).startswith(fold(publisher)):
        return prefix  # 发布机构:新密市人民政府 over 新密市人民政府办公室关于…: the title names the government's own office
    return publisher


_TOWNSHIP_BODY = re.compile(r"[\u4e00-\u9fff]{2,8}(?:镇|乡|街道)(?:人民政府|政府|办事处)?$")


def _below_title(publisher: str | None, cands: list[_TitleCand]) -> str | None:
    """A township's or a street's office posting a plan whose title names its county or district first
    (发布机构: 贵池区杏花村街道办事处 over 池州市贵池区2020年…工作安排): a repost, not its issuer."""
    if not publisher or not cands:
        return publisher
    key = to_simplified(fold(publisher))
    title = to_simplified(fold(cands[0].text))
    if not _TOWNSHIP_BODY.search(key):
        return publisher
    n, names = load_divisions().prefix_candidates(name_key(title))
    if not names or len(name_key(title)) != len(title):
        return publisher
    # the title's place, then (after any finer division) no township of its own: the county's or district's plan
    rest = title[n:]
    k, _ = load_divisions().prefix_candidates(name_key(rest))
    return publisher if _TOWNSHIP.match(rest[k:]) else None


def _issuer_name(
    src: SourceDocument, lines: list[_Line], cands: list[_TitleCand], fields: list[_Field]
) -> str | None:
    field = _field_issuer(src, fields, "issuer")
    signed = _signature_issuer(lines) or _masthead_issuer(lines) or _glued_signature(src)
    first = field or signed
    prefix = next((c.issuer_prefix for c in cands if c.issuer_prefix), None)
    for fuller in (signed, prefix):
        if first and fuller and _abridged(fold(first), fold(fuller)):
            return fuller  # 发文机关 市人民政府办公室 under a signature 鄂尔多斯市人民政府: the full name
    return (
        first
        or _masthead_issuer(lines)
        or _posted_by(_below_title(_field_issuer(src, fields, "publisher"), cands), prefix)
        or next((c.issuer_prefix for c in cands if c.issuer_prefix), None)
        or _title_field_issuer(src, fields)
        or _reported_issuer(src, lines)
        or _placed(_below_title(_field_issuer(src, fields, "source"), cands))
        or next((b for c in cands[:1] if (b := _bodies_before_year(c.text))), None)
        or next((b for c in cands[:1] if (b := _titled_by_issuer(c.text))), None)
        or _cover_issuer(lines, [c for c in cands if cands and fold(c.text) == fold(cands[0].text)])
        or _compiler(src)
        or next(
            (
                _first_org(lines[c.first - 1])
                for c in cands
                if c.first > 0
                and _is_org_line(lines[c.first - 1].match)
                and _next_to(src, lines, c.first - 1)
            ),
            None,
        )
    )


# A report's or a plan's cover: its title, the body that made it, the year and month (2025卫生福利政策白皮书 / 卫生福利部 /
# 中华民国105年1月; …规划 / 某市发展和改革委员会 / 2021年9月 编印).
_COVER_DATE = re.compile(
    r"^\s*(?:(?:中华)?民国\s*\d{2,3}|(?:19|20)\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:编印|印制|编制)?\s*$"
)


def _cover_issuer(lines: list[_Line], cands: list[_TitleCand]) -> str | None:
    """The body named alone under a title (or its repeat) with only a year and month under it: a cover's maker."""
    for c in cands:
        body, dated = lines[c.last + 1 : c.last + 2], lines[c.last + 2 : c.last + 3]
        if body and dated and _is_org_line(body[0].match) and _COVER_DATE.match(dated[0].match):
            return body[0].text.strip()
    return None


@lru_cache(maxsize=1)
def _issuer_kind_rx() -> re.Pattern[str]:
    """A title that is a body's name and a kind of document only (大连市人民政府通告, 某县人民政府令 第3号)."""
    kinds = [str(k) for k in _disclosure().get("titled_by_issuer", {}).get("kinds", [])]
    return re.compile(
        r"^(?P<org>[\u4e00-\u9fff]{4,30}?)\s*(?:"
        + "|".join(map(re.escape, kinds))
        + r")\s*(?:第\s*\d{1,4}\s*号)?$"
    )


def _titled_by_issuer(title: str) -> str | None:
    """The body a title names when the title is that body and its document's kind, nothing else."""
    m = _issuer_kind_rx().match(fold(title).strip())
    org = m.group("org") if m else None
    return title.strip()[: len(org)] if org and _is_org_line(org) and _PLACE_PREFIX.match(org) else None


def _next_to(src: SourceDocument, lines: list[_Line], i: int) -> bool:
    """Whether line ``i`` is printed right above line ``i + 1``: no page furniture (a breadcrumb the reader skips)
    between them, as between a site's name and the page title under its menu."""
    return not src.text[lines[i].end : lines[i + 1].start].strip()


# the bodies, then the year or right away the programme's kind (台中市经发局施政目标, 海盐县农业农村局工作要点, 行政院施政报告)
_BODIES_YEAR = re.compile(
    r"^(?P<bodies>[\u4e00-\u9fff、]{3,40}?)(?:(?:19|20)\d\d\s*年|(?P<kind>施政(?:目标|方针|计划|要点|报告)|工作(?:目标|方针|计划|要点))$)"
)


def _ends_in_common_noun(name: str) -> bool:
    """部署 / 签署: a word that ends like a body (署) but is none ([[common_noun]] of the unit grammar)."""
    return name_key(name).endswith(default_grammar().common_nouns)


def _bodies_before_year(title: str) -> str | None:
    """市科委、中关村管委会2021年…落实情况, 台中市经发局施政目标: the bodies a report's or programme's title opens
    with before its year or its kind (the first)."""
    m = _BODIES_YEAR.match(fold(title))
    if m is None:
        return None
    names = m.group("bodies").split("、")
    if not all(_is_org_line(n) for n in names) or any(_ends_in_common_noun(n) for n in names):
        return None  # 县农业农村局部署2022年…工作: a headline's verb (部署), no body's ending
    placed = bool(load_divisions().prefix_candidates(name_key(names[0]))[0])
    placed = placed or names[0].startswith(RegionTable.load_default().taiwan_heads)  # 行政院施政报告
    if m.group("kind") and not (placed or _PLACE_PREFIX.match(names[0])):
        return None  # 安全生产委员会工作要点: a committee named without its place, a template's
    if len(names) == 1 and names[0].endswith("政府") and not placed:
        # 市政府2021年重点工作: the government whose work it lists, named without its place (a department's own
        # report, 区文化和旅游局2025年…推进情况, is the department's)
        return None
    return title[: len(names[0])]


def _abridged(field: str, signed: str) -> bool:
    """Whether a field's issuer is a shortened form of the body the document signs with: no place of its own
    (市人民政府办公室) where the signature has one, or a place's 政府 (长清区政府) where the signature names that
    place's 人民政府 (济南市长清区人民政府办公室)."""
    grammar = default_grammar()
    if _PLACE_PREFIX.match(grammar.place_part(signed)) is None:
        return False
    if _PLACE_PREFIX.match(grammar.place_part(field)) is None:
        return True
    head, sep, _ = field.partition("政府")
    return bool(sep) and "人民" not in field and "人民政府" in signed and bool(head) and head in signed


# …or a news outlet a portal credits for a report (来源:甘谷县融媒体中心, 来源:某某日报): the reporter, never the issuer
_SITE_NAME = re.compile(r"官网|网站|门户|[-—]|融媒体|广播电视台|电视台|日报|晚报|新闻网|新闻中心|报社|传媒")


# A blank, then another field's short label and its colon, on the same line (来源:县自然资源局 作者:杨晓宇 时间:…)
_NEXT_LABEL = re.compile(r"\s+(?=[\u4e00-\u9fff]{1,6}\s*[:\uff1a])")


def _field_issuer(src: SourceDocument, fields: list[_Field], role: str) -> str | None:
    for f in fields:
        if f.role == role:
            value = re.split(r"\s{2,}", src.text[f.start : f.end].strip())[0].lstrip("•·●◆■- ")
            value = _NEXT_LABEL.split(value, maxsplit=1)[
                0
            ]  # 县自然资源局 作者:杨晓宇 时间:…: the next field's label
            # not a page's publisher (…网站, a site's name injected into its catalogue: 某某-某某官网 办公室)
            if _is_org_line(fold(value)) and not _SITE_NAME.search(fold(value)):
                return value
            if _TOWNSHIP.fullmatch(fold(value)):
                return value  # 填报单位:万寿镇, 发布机构:马屿镇: a township by its name, its government
    return None


_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{2,6}(?:镇|乡|街道)")


# A line under a signature naming the body that lent its seal ((国家知识产权局代章))
_SEAL_LINE = re.compile(r"\(\s*[\u4e00-\u9fff]{2,30}代章\s*\)")


_BODY_WORD = re.compile(r"[\u4e00-\u9fff]{3,20}")


def _joint_orgs(ln: _Line) -> bool:
    """A line of two or more bodies separated by blanks (湖南省商务厅 湖南省文化和旅游厅 湖南省卫生健康委员会)."""
    pieces = ln.match.split()
    if len(pieces) < 2 or not all(_BODY_WORD.fullmatch(p) for p in pieces):
        return False
    return 2 * sum(_is_org_line(p) for p in pieces) > len(
        pieces
    )  # a body the word list lacks (…海关) among them


def _signature_issuer(lines: list[_Line]) -> str | None:
    for i, ln in enumerate(lines):
        if i == 0 or not (
            _DATE_ONLY.match(ln.match) or _DATEISH_LINE.match(ln.match) or _LOST_DATE.match(ln.match)
        ):
            continue
        above = i - 1
        if above > 0 and _SEAL_LINE.fullmatch(lines[above].match.strip()):
            above -= 1  # 国务院…办公室 / (国家知识产权局代章) / date: the seal lent is no issuer
        if _joint_orgs(lines[above]):
            # joint issuers signing over several lines, a few to a line (湖南省发展和改革委员会 湖南省教育厅 ⏎ …):
            # the first body of the block's first line
            while above - 1 > 0 and _joint_orgs(lines[above - 1]):
                above -= 1
            first = lines[above].text.split()[0]
            if _is_org_line(fold(first)):
                return first
        if _is_org_line(lines[above].match.strip()):
            return _first_org(lines[above])
        # several issuers on one line, separated by wide spaces
        pieces = re.split(r"\s{2,}", lines[i - 1].text.strip())
        if len(pieces) > 1 and all(_is_org_line(fold(p)) for p in pieces):
            return pieces[0]
    return None


# The plan's own title glued right after a covering notice's signed date (…请认真组织实施。郴州市人民政府办公室2023年3月28日
# 关于推进…的实施意见): a title opening with 关于 or in book marks
_TITLE_AFTER_SIGNED = r"关于|《"
# A signature in a page that lost its line breaks: after the notice's last sentence, the body and its date, then
# the publicity note or a blank (…请认真贯彻执行。 海盐县人民政府办公室 2022年4月18日 (此件公开发布) …).
_GLUED_SIGNATURE = re.compile(
    r"[。!]\s*(?P<org>[\u4e00-\u9fff]{4,30}?)\s*(?:"
    + _DATE.pattern
    + r")\s*(?=\(\s*(?:此件|本件)|\s|"
    + _TITLE_AFTER_SIGNED
    + ")"
)


def _glued_signature(src: SourceDocument) -> str | None:
    m = _GLUED_SIGNATURE.search(src.match)
    if m is None or not _is_org_line(m.group("org")):
        return None
    return src.text[m.start("org") : m.end("org")]


def _masthead_issuer(lines: list[_Line]) -> str | None:
    for i, ln in enumerate(lines):
        head = _MASTHEAD.match(ln.match)
        if head and _is_org_line(head.group(1)):
            return ln.text[: len(head.group(1))]
        spaced = _SPACED_MASTHEAD.match(ln.match) if head is None else None
        if spaced and _is_org_line(re.sub(r"\s+", "", spaced.group(1))):
            # 全国打击侵犯知识产权和制售 假冒伪劣商品工作领导小组 文件: a long name the red header breaks
            return re.sub(r"\s+", "", ln.text[: spaced.end(1)])
        if i + 1 < len(lines) and lines[i + 1].match.strip() == "文件" and _is_org_line(ln.match):
            return (
                ln.text
            )  # the red header's two parts on lines of their own (新疆维吾尔自治区人民政府 / 文件)
    return _running_head_issuer(lines)


# A PDF page's running head glued into the text it interrupts: …扛牢属地责任,许昌市人民政府文件许政〔2023〕2号采取…
_RUNNING_HEAD = re.compile(
    r"(?P<run>[\u4e00-\u9fff]{4,30}?)文件\s*[\u4e00-\u9fff]{1,8}\s*[〔\[【]\s*(?:19|20)\d\d\s*[〕\]】]\s*\d{1,4}\s*号"
)


def _running_head_issuer(lines: list[_Line]) -> str | None:
    for ln in lines:
        head = _RUNNING_HEAD.search(ln.match) if "文件" in ln.match else None
        if head is not None:
            return _placed_tail(ln, head.start("run"), head.group("run"))
    return None


def _placed_tail(ln: _Line, at: int, run: str) -> str | None:
    """The body ``run`` (matched at ``at`` in ``ln``) ends with, from the first place name on."""
    divisions = load_divisions()
    for k in range(len(run) - 2):
        if _is_org_line(run[k:]) and divisions.prefix_candidates(name_key(run[k:]))[0]:
            return ln.text[at + k : at + len(run)]
    return None


# A line department named with its bare level (县自然资源局, 区发展改革委, 市教育局), or a bureau with none at all on its
# government's portal (来源:应急管理局, 来源:科技局): the page's own government's
_BARE_DEPARTMENT = re.compile(
    r"^(?:[县区市旗][\u4e00-\u9fff]{2,12}(?<!办)(?:局|委员会|委)|[\u4e00-\u9fff]{2,8}(?<!办)局)$"
)


def _placed(name: str | None) -> str | None:
    """``name`` when it names its place (丽水市政府) or is a line department of the page's own government named
    with its bare level (来源:县自然资源局), not a bare general office that posts for everyone (市府办)."""
    if not name:
        return None
    if load_divisions().prefix_candidates(name_key(name))[0]:
        return name
    return name if _BARE_DEPARTMENT.match(fold(name)) and _is_org_line(name) else None


# A repost's lead sentence quoting the notice it reports: …网站发布了《自治区人民政府办公厅关于印发…的通知》.
_REPORTED_TITLE = re.compile(r"(?:印发|发布|出台|公布|下发)了?\s*《(?P<t>[^《》\n]{6,150})》")
# …, the same without book marks when the title opens with 关于 and a sentence's end closes it (日前,安义县人民政府
# 出台关于强信心、增动能、拼经济的若干措施。): only in a repost's lead.
# A cited title inside it stays (国务院发布关于落实《政府工作报告》重点工作部门分工的意见,就…).
_REPORTED_BARE = re.compile(
    r"(?:印发|发布|出台|公布|下发)了?\s*(?P<t>关于(?:[^《》,。;:\n]|《[^《》,。;\n]{1,40}》){4,80}?)\s*(?=[。,;]|$)"
)
# A repost's lead that draws its news from the plan a site published (6月11日,记者从省政府网站发布的《X》中获悉,…):
# X is the reported plan; only in a repost's lead.
_REPORTED_SOURCE = re.compile(
    r"(?:印发|发布|出台|公布)的\s*《(?P<t>[^《》\n]{6,150})》\s*中?\s*(?:获悉|了解到|看到|提出|明确)"
)
# A covering notice's opening that hands on one plan: 现将《X》印发给你们 / 《X》已经省领导同意,现印发给你们
# (at a line's start or after a sentence's end: a glued PDF transcription keeps no breaks).
_HANDED_ON = re.compile(
    r"(?:^|现将|(?<=[。:;]))\s*《(?P<t>[^《》\n]{6,150})》\s*,?\s*(?:已经?[^,。;\n]{0,20}(?:同意|审议通过|研究通过|批准)\s*,\s*现)?"
    r"(?:印发|转发)给你们"
)


# A news report's passive lead: 《X》于日前由市委办公室、市政府办公室联合印发.
_PASSIVE_REPORT = re.compile(
    r"《(?P<t>[^《》\n]{6,150})》\s*(?:于?\s*(?:近日|日前|近期)\s*,?\s*)?由\s*(?P<org>[^,。;《》\n]{3,60}?)\s*"
    r"(?:联合|正式|共同)?(?:印发|发布|出台)"
)


# …, and with no body named: 《云南省人民政府关于…的意见》已于近日下发 (the issuer is the body its title opens with)
_PASSIVE_ISSUED = re.compile(
    r"《(?P<t>[^《》\n]{6,150})》\s*(?:已经?|已)?\s*于?\s*(?:近日|日前|近期)\s*(?:正式)?(?:下发|印发|发布|出台|公布)"
)


def _passive_report(lines: list[_Line]) -> list[_TitleCand]:
    for i, ln in enumerate(lines):
        m = _PASSIVE_REPORT.search(ln.match) or _PASSIVE_ISSUED.search(ln.match)
        if m is None or not _TITLE_END.search(m.group("t")):
            continue
        if m.re is _PASSIVE_ISSUED:
            about = m.group("t").find("关于")
            own = m.group("t")[:about] if about > 0 and _is_org_line(m.group("t")[:about]) else None
            issuer = ln.text[m.start("t") : m.start("t") + len(own)] if own else None
            text = ln.text[m.start("t") : m.end("t")]
            return [_TitleCand(i, i, ln.start + m.start("t"), ln.start + m.end("t"), text, issuer, False)]
        first = m.group("org").split("、")[0]
        issuer = ln.text[m.start("org") : m.start("org") + len(first)] if _is_org_line(first) else None
        text = ln.text[m.start("t") : m.end("t")]
        return [_TitleCand(i, i, ln.start + m.start("t"), ln.start + m.end("t"), text, issuer, False)]
    return []


_HEADLINE_VERB = re.compile(r"(?:印发|发布|出台|公布|下发)了?\s*\Z")


def _under_headline(own: list[_TitleCand]) -> _TitleCand | None:
    """A news headline that reports the act (上海印发2022年…工作要点) above the title line it reprints: the title."""
    if len(own) < 2:
        return None
    head = own[0].text
    for c in own[1:]:
        k = head.find(c.text) if len(c.text) < len(head) else -1
        lead = to_simplified(fold(head[: max(k, 0)]))
        # (关于印发X: a notice's title, no headline)
        if k > 0 and k + len(c.text) == len(head) and _HEADLINE_VERB.search(lead) and "关于" not in lead:
            return c
    return None


# A site's column tag before a headline (【产业项目建设年】…): no part of it
_COLUMN_TAG = re.compile(r"\s*【[^【】]{1,12}】\s*")
_HEADLINE_REACH = 4  # lines from a headline down to its report's lead (a source line, share widgets between)
_HEADLINE_MIN = 8  # characters of a headline: a widget's word (—分享—) is none


def _news_headline(lines: list[_Line]) -> list[_TitleCand]:
    """A news page that reports no document (2月28日下午,…领导小组召开第一次会议 / *月*日,记者从市工信局获悉): the
    headline standing above the report's lead is its title, a site's column tag before it dropped; with no lead
    dated, the headline right above the page's byline (市国资委召开…会议 / 发布时间:2021-07-13 17:05)."""
    lead = next((i for i, ln in enumerate(lines) if dated_lead(ln.match)), None)
    byline = lead is None
    if byline:
        lead = next((i for i, ln in enumerate(lines) if _source_byline(ln.match)), None)
        if lead is not None and lead + 1 < len(lines) and _SECTION_OPENING.match(lines[lead + 1].match):
            return []  # 智慧城市重点建设内容 / 发布时间:… / 、主要任务: a plan's section reposted, no news headline
    reach = _BYLINE_REACH if byline else _HEADLINE_REACH
    for k in range(lead - 1 if lead else -1, max(-1, (lead or 0) - 1 - reach), -1):
        ln = lines[k]
        tag = _COLUMN_TAG.match(ln.match)
        off = tag.end() if tag else 0
        if _field_row(ln.match, off) or _BREADCRUMB.search(ln.match):
            continue  # 体 裁 | 生效日期 | 废止日期 |: a disclosure block's fields; 云南频道 > 新闻 > 正文
        if collection_headline(to_simplified(fold(ln.match[off:]))):
            continue  # 开发区改革实施方案6篇: a document site's collection, no headline
        if byline and _page_furniture_line(ln.match[off:]):
            continue  # a site's menu, its name, a field, a masthead: no headline over a byline
        if len(ln.match) - off >= _HEADLINE_MIN and _headline_words(ln.match[off:]):
            return [_TitleCand(k, k, ln.start + off, ln.end, ln.text[off:], None, False)]
    return []


# 一、 / 、主要任务 (a marker the page damaged) / (一) / 1.: the text under a byline opening a plan's section
_SECTION_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十]*、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])")
_BYLINE_REACH = 2  # lines from a headline down to the byline under it (a blank line between)
# 某县人民政府门户网站 / …专题报道 / …专栏: a site's or a column's name over a byline
_SITE_OR_COLUMN = re.compile(r"(?:网站|门户|网|专题报道|专栏|专题)\s*$")


def _page_furniture_line(m: str) -> bool:
    """Whether a line over a byline is the page's furniture: a menu, a site's or column's name, a disclosure field
    (发布机构 某县人民政府办公室), or a body's name alone (a masthead: 某县人民政府办公室)."""
    field = _field_label(m, 0)
    return (
        _nav_bar(m)
        or bool(_SITE_OR_COLUMN.search(m))
        or (field is not None and field.start() == 0)
        or _is_org_line(m)
    )


# 发布时间:2021-07-13 17:05 点击率: / 作者:安政轩 时间:2018-03-07 14:33 来源:本站原创 / 来源:龙华区发展和改革局 日期:…:
# a news page's byline under its headline, a date or a source by its field name
def _nav_bar(m: str) -> bool:
    """首页 热点资讯 义务教育 高等教育 出国留学: a site's menu, short words a blank apart (five at least, or four
    opening with 首页; a headline spaced out in four phrases is none)."""
    words = m.split()
    least = _NAV_WORDS_MIN - 1 if words[:1] == ["首页"] else _NAV_WORDS_MIN
    return len(words) >= least and all(len(w) <= _NAV_WORD_MAX for w in words)


_NAV_WORDS_MIN = 5
_NAV_WORD_MAX = 6
# 云南频道 > 新闻 > 正文: a site's path, two crumbs at least
_BREADCRUMB = re.compile(r"\S\s*[>›»]\s*\S.*[>›»]")
_SOURCE_BYLINE = re.compile(r"(?:发布时间|发布日期|时间|日期|来源|作者)\s*:")


def _source_byline(m: str) -> bool:
    """Whether a line is a news page's byline: a time or source field, and a date or a short source after it."""
    fm = _SOURCE_BYLINE.search(m)
    return fm is not None and fm.start() <= _BYLINE_FIELD_AT and (_DATE.search(m) is not None or "来源" in m)


_BYLINE_FIELD_AT = 12  # where a byline's first field stands (作者:安政轩 时间:…)


def _field_row(m: str, off: int) -> bool:
    """Whether a line is a row of disclosure fields between bars (体 裁 | 生效日期 | 废止日期 |): a field label in
    it and a bar after its first cell."""
    return "|" in m[off:] and _field_label(_SPACE_RUN.sub("", m), 0) is not None


_SPACE_RUN = re.compile(r"[ \t\u3000]+")


_HEADLINE_ACT = re.compile(r"(?:出台|印发|发布|下发|公布)了?")
_HEADLINE_OBJECT_MIN = 6  # characters of what a headline says was issued: a plan's name, not a word


def _reported_over_headline(cands: list[_TitleCand], lines: list[_Line]) -> list[_TitleCand]:
    """A news headline reporting an act (云南省出台促进经济持续健康较快发展22条措施) over a lead that names the document
    in full (《云南省人民政府关于促进经济持续健康较快发展22条措施的意见》已于近日下发): the document's own title,
    which holds the headline's words for it, is the title."""
    head = to_simplified(fold(cands[0].text))
    act = _HEADLINE_ACT.search(head)
    if act is None or "关于" in head[: act.start()] or "《" in head:
        return cands
    said = head[act.end() :].strip()
    if len(said) < _HEADLINE_OBJECT_MIN:
        return cands
    reported = _reported_title(lines)
    if reported and said in to_simplified(fold(reported[0].text)) and reported[0].text != cands[0].text:
        return reported
    return cands


# A headline is words: a page's date or time line (2025-03-28 / 2025年3月28日 10:05) between it and the lead is none,
# nor its byline (本站原创 2017年09月04日 / 2025年05月20日·海西晨报·)
_WORDS_MIN = re.compile(r"[\u4e00-\u9fff]{4}")
_DATE_LINE = re.compile(r"[\d\s年月日/.:\-]+(?:[\u4e00-\u9fff]{0,2}[\d\s:]*)")


def _headline_words(s: str) -> bool:
    if _DATE_LINE.fullmatch(s) or not _WORDS_MIN.search(s) or _dated_byline(s):
        return False
    if _standalone_title(s):
        return True
    # a news headline opened by the place it reports from (辽宁沈阳:多箭齐发 … / 江苏:…): the place is part of it
    tag = _PLACE_COLON.match(s)
    place = tag is not None and bool(_province_shorts().match(s) or _lower_places().match(s))
    return place and tag is not None and _standalone_title(s[tag.end() :])


def _reported_title(lines: list[_Line]) -> list[_TitleCand]:
    """The notice title (关于…) a repost's lead sentence quotes, before the body, when the page prints no title line
    of its own (or the plan a news report says was issued)."""
    return (
        _quoted_notice(lines)
        or _passive_report(lines)
        or _presented_title(lines)
        or _running_head(lines)
        or _bodies_act_headline(lines)
    )


# A news headline of bodies, blank- or 、-separated, issuing a book-marked plan, alone on its line (中共中央办公厅 国务院
# 办公厅 印发《农村人居环境整治提升五年行动方案(2021-2025年)》): the plan is the page's title, the first body its issuer
_BODIES_ACT = re.compile(
    r"\s*(?P<orgs>[\u4e00-\u9fff()]{3,30}(?:(?:\s+|\s*、\s*)[\u4e00-\u9fff()]{3,30}){0,4}?)"
    r"\s*(?:联合)?(?:印发|发布|出台)了?\s*《(?P<t>[^《》\n]{6,150})》\s*"
)
_BODY_SEPARATOR = re.compile(r"\s*、\s*|\s+")


def _bodies_act_headline(lines: list[_Line]) -> list[_TitleCand]:
    for i, ln in enumerate(lines[:_LEAD_LINES]):
        m = _BODIES_ACT.fullmatch(ln.match)
        if m is None or not _TITLE_END.search(m.group("t")):
            continue
        orgs = _BODY_SEPARATOR.split(m.group("orgs"))
        if not all(_is_org_line(o) for o in orgs):
            continue
        first = ln.text[m.start("orgs") : m.start("orgs") + len(orgs[0])]
        text = ln.text[m.start("t") : m.end("t")]
        return [_TitleCand(i, i, ln.start + m.start("t"), ln.start + m.end("t"), text, first, False)]
    return []


# A press conference's report presenting the document (…新闻发布会—市商务局专场。…介绍《德州市优化消费环境若干措施》的基本
# 内容): the document presented is the page's subject
_PRESS_CONFERENCE = re.compile(r"发布会|新闻通气会|政策解读会")
_PRESENTED = re.compile(r"(?:介绍|解读|宣讲|发布)了?\s*《(?P<t>[^《》\n]{6,150})》")


def _presented_title(lines: list[_Line]) -> list[_TitleCand]:
    for i, ln in enumerate(lines[:_LEAD_LINES]):
        if _PRESS_CONFERENCE.search(ln.match) is None:
            continue
        m = _PRESENTED.search(ln.match)
        if m is not None and _TITLE_END.search(m.group("t")):
            text = ln.text[m.start("t") : m.end("t")]
            return [_TitleCand(i, i, ln.start + m.start("t"), ln.start + m.end("t"), text, None, False)]
    return []


# A reprint's running head: the body and the title it reprints joined by a colon, between the issue's date and the
# page number (2023 年 3 月 第 1 期   健康中国行动推进委员会办公室:健康中国行动2023年工作要点   3)
_REPRINT_HEAD = re.compile(
    r"(?:^|\s)(?P<org>[\u4e00-\u9fff()]{4,30}):(?P<t>[^\s:。,;!?]{4,50})(?=\s+\d{1,3}\s*$|\s*$)"
)


def _running_head(lines: list[_Line]) -> list[_TitleCand]:
    """The title and issuer of a magazine's reprint that prints no title line of its own, from its running head."""
    for i, ln in enumerate(lines):
        m = _REPRINT_HEAD.search(ln.match)
        if m is None or not _is_org_line(m.group("org")) or not _TITLE_END.search(m.group("t")):
            continue
        org = ln.text[m.start("org") : m.end("org")]
        t = ln.text[m.start("t") : m.end("t")]
        return [_TitleCand(i, i, ln.start + m.start("t"), ln.start + m.end("t"), t, org, False)]
    return []


def _quoted_notice(lines: list[_Line]) -> list[_TitleCand]:
    for i, ln in enumerate(lines):
        m = _REPORTED_TITLE.search(ln.match)
        lead = _REPORTED.search(ln.match) or _YEAR_LEAD.search(ln.match)
        if m is not None and "关于" not in m.group("t") and not lead:
            m = None  # 印发《X》 without 关于 only in a repost's lead (近日,X领导小组正式印发了《…要点》)
        m = m or _HANDED_ON.search(ln.match)
        if m is None and lead:
            m = _REPORTED_BARE.search(ln.match) or _REPORTED_SOURCE.search(ln.match)
        if m is None or not _TITLE_END.search(m.group("t")):
            continue
        t = m.group("t")
        about = t.find("关于")
        issuer = (
            ln.text[m.start("t") : m.start("t") + about] if about > 0 and _is_org_line(t[:about]) else None
        )
        issuer = issuer or _notice_head_issuer(ln, m.start())
        start, end = ln.start + m.start("t"), ln.start + m.end("t")
        cover = bool(re.search(r"印发|转发|发布", t) and t.endswith("通知"))
        return [_TitleCand(i, i, start, end, ln.text[m.start("t") : m.end("t")], issuer, cover)]
    return []


_NOTICE_HEAD = re.compile(r"(?P<run>[\u4e00-\u9fff]{3,30})关于(?:印发|转发)")


def _notice_head_issuer(ln: _Line, before: int) -> str | None:
    """A glued line's notice title before the plan it hands on (省政府文件青海省人民政府关于印发…的通知…《X》…现印发
    给你们): the body before 关于, from the first place name on (a masthead's words before it are no part of it)."""
    head = _NOTICE_HEAD.search(ln.match, 0, before)
    return None if head is None else _placed_tail(ln, head.start(), head.group("run"))


# The body that drafted a plan put out for comment, opening its clause (…,银川市网络信息化局起草了《…(征求意见稿)》;
# 汉中市民政局牵头草拟了《…》): a draft has no signature, the drafting body is its issuer
_DRAFTED = re.compile(
    r"(?:^|(?<=[,。:;\s]))(?P<org>[\u4e00-\u9fff]{3,30}?)\s*(?:牵头)?(?:研究)?(?:起草|草拟)了?\s*《"
)
_ACT_ALONE = re.compile(r"\s*(?:正式)?(?:印发|发布|公布|出台|下发)\s*")


def _reported_issuer(src: SourceDocument, lines: list[_Line]) -> str | None:
    """A repost's lead sentence: 近日,宁波市人民政府办公厅印发通知 / 日前,某某区人民政府印发关于…的通知 / X领导小组于
    2022年7月7日印发《…》; a draft's announcement naming the body that drafted it (…,X局起草了《…(征求意见稿)》)."""
    for ln, nxt in zip(lines[:_LEAD_LINES], lines[1 : _LEAD_LINES + 1], strict=False):
        if _ACT_ALONE.fullmatch(nxt.match) and _is_org_line(ln.match):
            return ln.text  # 6月24日 / 咸宁市人民政府办公室 / 发布 / <title>: a news byline one field a line
    for ln in lines[:_LEAD_LINES]:
        drafted = _DRAFTED.search(ln.match)
        if drafted is not None and _is_org_line(drafted.group("org")):
            return ln.text[drafted.start("org") : drafted.end("org")]
    for i, ln in enumerate(lines[:_LEAD_LINES]):
        dated = _DATED_ACT.match(ln.match)
        if dated is not None and _is_org_line(dated.group("org")):
            return ln.text[dated.start("org") : dated.end("org")]
        m = _REPORTED.search(ln.match) or _YEAR_LEAD.search(ln.match) or _BARE_LEAD.match(ln.match)
        if m is None:
            continue
        ln, m = _acting_on_report(lines[i : i + 2], m)
        # 近日,省四送一服办公室依据近年来省委省政府印发…: the body ends where the basis of its act begins; 民政部会同
        # 中央社会工作部…联合出台: the first body acts with the others, it is the one named
        basis = _BASIS.search(m.group("org")) or _JOINT_WITH.search(m.group("org"))
        end = m.start("org") + basis.start() if basis else m.end("org")
        org = ln.match[m.start("org") : end]
        if _is_org_line(org) or _county_alone(org) or _place_acting(ln.match, m.start("org"), end):
            return ln.text[m.start("org") : end]
        if _LEVEL_ONLY.fullmatch(org):
            return ln.text[m.start("org") : end]  # 市委、市政府印发了《…》: the first body by its level
    return None


# 会同 joining the body that acts with those it brings in (民政部会同中央社会工作部、…联合出台《…》)
_JOINT_WITH = re.compile(r"(?<=[\u4e00-\u9fff]{2})会同")
# 为贯彻落实好民政部要求,近日,上海市民政局发布…: a later lead acting on the act reported first
_ACTING_ON = re.compile(r"为(?:贯彻)?落实|为贯彻")


def _acting_on_report(lines: list[_Line], m: re.Match[str]) -> tuple[_Line, re.Match[str]]:
    """A lead reporting an upper body's act (on ``lines[0]``), then, on its line or opening the next, the act of the
    page's own body on it (…联合出台《…》。为贯彻落实好民政部要求,近日,上海市民政局发布…): the later lead is the
    page's."""
    acting = _ACTING_ON.search(lines[0].match, m.end())
    later = _REPORTED.search(lines[0].match, acting.end()) if acting else None
    if later is not None:
        return lines[0], later
    if len(lines) > 1 and (acting := _ACTING_ON.match(lines[1].match)) is not None:
        later = _REPORTED.search(lines[1].match, acting.end())
        if later is not None:
            return lines[1], later
    return lines[0], m


def _county_alone(name: str) -> bool:
    """A county-level division named alone as the actor of a news lead (2025年,奉节县印发《…》): the county is the
    issuer as the report names it (a province or city alone issues only a book-marked plan it acts on:
    ``_place_acting``)."""
    found = load_divisions().prefix(name.strip())
    division = load_divisions().get(found)
    return division is not None and division.level == "district" and division.official == name.strip()


# 7月16日,咸宁市出台《…》 / 2月24日,江苏省发布《…》: a place named bare as the actor of a reported plan's act
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区)")
_PLAN_ACT = re.compile(r"\s*(?:正式)?(?:印发|发布|公布|出台|下发)了?\s*《")


def _place_acting(match: str, start: int, end: int) -> bool:
    """Whether ``match[start:end]`` is a place's bare name acting in a news lead on a book-marked plan (咸宁市出台
    《…》): the place issues it (as 奉节县印发《…》)."""
    return _PLACE_NAME.fullmatch(match, start, end) is not None and _PLAN_ACT.match(match, end) is not None


# A page whose first line runs the plan's title straight into its preamble (…促进居民消费意见针对一季度…; …行动方案(征求
# 意见稿)(2023-2025年)为深入学习…): the title is the words before the preamble's opening.
_RUN_ON_TITLE = re.compile(
    r"^(?:\d{1,3}\s*[、.]\s*)?(?P<t>[^,。;:!?\s]{6,80}?(?:方案|意见|措施|办法|规划|计划|决定|细则|要点|规定|纲要|若干政策)"
    r"(?:\s*\([^()]{1,20}\)){0,2})\s*(?=为了|为深入|为全面|为进一步|为加快|为认真|为贯彻|为切实|为推动|为推进|为促进|为做好"
    r"|根据|按照|针对|近年来)"
)
_RUN_ON_LINES = 3  # the lines from the top where such a head is looked for
_RUN_ON_REST = 10  # characters of preamble at least after it: a sentence, not a title's tail


def _run_on_title(lines: list[_Line]) -> Span | None:
    for ln in lines[:_RUN_ON_LINES]:
        key = to_simplified(ln.match)
        m = _RUN_ON_TITLE.match(key) if len(key) == len(ln.match) else None
        # a full date inside is a run-together head of issuers and their signed date (see _glued_masthead)
        if m is not None and len(key) > m.end() + _RUN_ON_REST and not _DATE.search(m.group("t")):
            return Span(
                ln.start + m.start("t"), ln.start + m.end("t")
            )  # (1、: a page's item number, no part)
    return None


def _field_title(src: SourceDocument, fields: list[_Field]) -> Span | None:
    """The span of a 标题/名称 field's title (its issuer prefix cut, as for a heading line), when no line has one."""
    for f in fields:
        if f.role != "title":
            continue
        end = f.start + len(src.match[f.start : f.end].rstrip(_FIELD_SEPARATORS))
        value = src.match[f.start : end]
        if not (_TITLE_END.search(value) or _NAMED_PAGE.fullmatch(value)):
            continue
        about = src.match.find("关于", f.start, end)
        start = about if about > f.start and _is_org_line(src.match[f.start : about]) else f.start
        return Span(start, end)
    return None


def _named_rule(src: SourceDocument, fields: list[_Field], chosen: _TitleCand) -> Span | None:
    """A law database's 名称 field when the heading is that name after the change made to it (訂定X要點 over
    法規名稱: X要點): the rule's name, the change verb no part of it."""
    verbs = tuple(str(v) for v in _disclosure().get("rule_change", {}).get("verbs", []))
    head = src.match[chosen.start : chosen.end].strip()
    if not verbs or not head.startswith(verbs):
        return None
    for f in fields:
        end = f.start + len(src.match[f.start : f.end].rstrip(_FIELD_SEPARATORS))
        value = src.match[f.start : end].strip()
        if f.role == "title" and value and any(head == v + value for v in verbs):
            return Span(f.start + len(src.match[f.start : end]) - len(src.match[f.start : end].lstrip()), end)
    return None


# What separates a disclosure block's fields on one line (发文日期: 2019-04-18 - 名称: X - 文号:), not the value's
_FIELD_SEPARATORS = " \t\u3000-|"
# A 名称 field naming a page of another kind than a document (双牌工业集中区部室简介, 机构职能, 领导分工): a short name in
# one phrase, the page's title
_NAMED_PAGE = re.compile(r"[\u4e00-\u9fff()]{4,30}(?:简介|概况|职能|分工|职责|介绍)")


# A page that starts at the preamble: its last words name the document (…结合我县实际,制定2024年度河湖长制工作要点。)
_PREAMBLE_MADE = re.compile(
    r"(?:特|现)?制定了?\s*(?:[全本我][省市区县州])?(?P<t>[^。,;:、《》\"\n]{8,60}?)(?:如下)?\s*[。,]"
)
# …, naming its year or its place (制定加快河北省战略性新兴产业融合集群发展行动方案(2023-2027年),): not a bare kind
# of document (制定具体落实方案,)
# (制定2024年度…工作要点, 制定加快河北省…方案), or its subject before 的 (制定推动经济社会高质量发展的若干政策: not 切实可行的
# 实施方案, a manner)
_PREAMBLE_NAMED = re.compile(
    r"(?:19|20)\d\d|[\u4e00-\u9fff]{2}(?:省|市|县|区)|[\u4e00-\u9fff]{6,}的(?:若干|实施|指导)?(?:政策|措施|意见|办法)$"
)
_PREAMBLE_REACH = 400  # characters from the top where a preamble's 制定 sentence is looked for


# …, or in book marks after a verb of compiling (安徽省"四送一服"办公室…编拟《"双招双引"支持实体经济发展政策清单》)
# (…编制形成了《上海市2022年度食品安全工作责任清单》: the verb's result complement before 了)
_PREAMBLE_COMPILED = re.compile(r"(?:制定|编拟|编印|编制)(?:形成)?了?\s*《(?P<t>[^《》\n]{6,60})》")


def _preamble_title(src: SourceDocument) -> Span | None:
    """The span of the title a page's opening preamble names with 制定 (a year, then words ending like a title),
    when neither a heading line nor a field gives one."""
    q = _PREAMBLE_COMPILED.search(src.match, 0, _PREAMBLE_REACH)
    if q is not None and _TITLE_END.search(q.group("t")):
        return Span(q.start("t"), q.end("t"))
    m = _PREAMBLE_MADE.search(src.match, 0, _PREAMBLE_REACH)
    if m is None or not _TITLE_END.search(m.group("t")) or not _PREAMBLE_NAMED.search(m.group("t")):
        return None
    return Span(m.start("t"), m.end("t"))


# 下面是小编为大家整理的X,供大家参考。 / 以下是为大家带来的X,欢迎阅读: an essay site's lead naming the document it
# reposts, the title between the words that hand it over and the words that commend it
_SITE_LEAD = re.compile(
    r"^[ \t]*(?:下面|以下)是(?:小编|本站|我们)?(?:为大家|给大家|为您|给您)?(?:精心)?(?:整理|收集|带来|分享|准备|搜集)"
    r"(?:的|了)?(?:一篇|一份|关于)?[ \t]*《?(?P<t>[^,。《》\n]{4,60}?)》?[ \t]*"
    r"(?:,|。)[ \t]*(?:供大家参考|仅供参考|欢迎(?:阅读|参考|借鉴)|希望(?:能|对)|以供参考|供您参考)",
    re.M,
)
_SITE_LEAD_REACH = 400  # the site's lead opens the page


def _site_lead_title(src: SourceDocument) -> Span | None:
    """The title an essay site's lead names (下面是小编为大家整理的X,供大家参考。) when nothing else gives one."""
    m = _SITE_LEAD.search(src.match, 0, _SITE_LEAD_REACH)
    if m is None or not _TITLE_END.search(m.group("t")):
        return None
    return Span(m.start("t"), m.end("t"))


# 二零一五年施政报告, 重法治 掌机遇 作抉择: a page's head line, the document's name then its slogan after a comma
_SLOGAN_HEAD = re.compile(
    r"^(?P<t>[^,。;:\s]{4,40}?)\s*,\s*(?:[\u4e00-\u9fff]{2,8}\s+){1,8}[\u4e00-\u9fff]{2,8}$"
)


def _slogan_headed_title(lines: list[_Line]) -> Span | None:
    """The document's name opening the page's first line before a slogan of short space-separated phrases, when
    nothing else gives a title."""
    if not lines:
        return None
    m = _SLOGAN_HEAD.match(lines[0].match)
    if m is None or not _TITLE_END.search(m.group("t")):
        return None
    return Span(lines[0].start + m.start("t"), lines[0].start + m.end("t"))


# 1、乡镇2023年工作要点 2023年是…: a collection's first document, its number and title opening the page's first line,
# its text after a blank (or on the lines below)
_NUMBERED_HEAD = re.compile(r"^\s*[1１][、.]\s*(?P<t>[^,。;:\s]{4,40})(?:[ \t\u3000]+\S|\s*$)")


def _numbered_head_title(lines: list[_Line]) -> Span | None:
    """The title a numbered first line opens with before its text (1、X工作要点 2023年是…), when nothing else gives
    one."""
    if not lines:
        return None
    m = _NUMBERED_HEAD.match(lines[0].match)
    if m is None or not _TITLE_END.search(m.group("t")):
        return None
    return Span(lines[0].start + m.start("t"), lines[0].start + m.end("t"))


# 首页 > 区情 > 发展篇 > 2018年展望: a portal's breadcrumb, its last crumb the page's own name
_CRUMBS = re.compile(
    r"^[ \t]*(?:(?:您的|当前|现在的?)?(?:所在)?位置[ \t]*[:：]?[ \t]*)?(?:网站)?首页(?:[ \t]*>[^>\n]{1,24})*"
    r"[ \t]*>[ \t]*(?P<t>[^>|\n]{4,40}?)[ \t]*$",
    re.M,
)
# …, a name a page takes (a year's part of a plan, a dated kind of document), not a column (正文, 通知公告, 政策文件)
_YEAR_PART = re.compile(r"^(?:19|20)\d\d\s*年度?[\u4e00-\u9fff]{2,10}$")
_CRUMB_YEAR = re.compile(
    r"(?:19|20)\d\d"
)  # a document's crumb names its year; a column (通知公告, 规划计划) none
_CRUMB_REACH = 800  # characters from the top: a breadcrumb heads the page, perhaps under the portal's menus


def _crumb_title(src: SourceDocument) -> Span | None:
    """The span of the last crumb of a breadcrumb heading the page, when it names a page the way a title does
    (2018年展望, …实施方案) and nothing else gives a title; crumbs ending at a column (规范性文件, 正文) are passed."""
    for m in _CRUMBS.finditer(src.match, 0, _CRUMB_REACH):
        if m.end() < len(src.match) and src.match[m.end()] not in "\r\n":
            continue  # a crumb cut at the reach is no whole name
        t = m.group("t")
        if _YEAR_PART.match(t) or (_CRUMB_YEAR.search(t) and _TITLE_END.search(t)):
            return Span(m.start("t"), m.end("t"))
    return None


# The body a preamble says compiled the text (…,安徽省"四送一服"办公室依据近年来…政策文件,编拟《…清单》)
_COMPILER = re.compile(
    r"(?:^|[,。;\s])(?P<org>[^,。;:\s《》]{4,30}?)(?:依据|根据|按照|结合)[^。《》]{0,60}?(?:制定|编拟|编印|编制)了?\s*《"
)


def _compiler(src: SourceDocument) -> str | None:
    """The issuer of a page whose preamble names the body that compiled it (``_COMPILER``)."""
    m = _COMPILER.search(src.match, 0, _PREAMBLE_REACH)
    if m is None or not _is_org_line(m.group("org")):
        return None
    return src.text[m.start("org") : m.end("org")]


def _title_field_issuer(src: SourceDocument, fields: list[_Field]) -> str | None:
    """名称: 市人民政府办公室关于印发…的通知 -> 市人民政府办公室."""
    for f in fields:
        about = src.match.find("关于", f.start, f.end) if f.role == "title" else -1
        if about > f.start and _is_org_line(src.match[f.start : about]):
            return src.text[f.start : about].strip()
    return None


# 广西推进产业振兴三年行动指挥部(代): a body signing for another keeps its own name
_SIGNS_FOR = re.compile(r"\s*[(\uff08]\s*[代印]\s*[)\uff09]\s*$")  # ASCII or full-width brackets


def _first_org(ln: _Line) -> str:
    return _SIGNS_FOR.sub("", re.split(r"\s{2,}", ln.text.strip())[0])


def _field_date(src: SourceDocument, fields: list[_Field], role: str) -> str | None:
    for f in fields:
        if f.role == role:
            d = _DATE.match(src.match, f.start)
            iso = _iso(d) if d else None
            if iso:
                return iso
    return None


_PROMULGATED = re.compile(r"公\s*布\s*日\s*期\s*[】\]]?\s*:?\s*\Z")


def _promulgated(src: SourceDocument, fields: list[_Field]) -> str | None:
    """The 公布日期 of a law database's field card that also gives the 施行日期, if any."""
    if not any(f.role == "effective" for f in fields):
        return None
    for f in fields:
        if f.role == "published" and _PROMULGATED.search(src.match, max(0, f.start - 10), f.start):
            d = _DATE.match(src.match, f.start)
            iso = _iso(d) if d else None
            if iso:
                return iso
    return None


def _lost_date(m: str, published: str | None = None) -> str | None:
    """A signature date whose 年/月 were lost in a page copy, when only one reading is a date: 202091,
    2023925日 (2023-09-25; 2023-92-5 is none), 20230315, 2023年428日; or only one is not after the page's ``published`` date
    (2024115 on a page of 2024-01-18 is 2024-01-15, not 2024-11-05)."""
    digits = _LOST_DATE.match(m)
    if not digits:
        return None
    s = digits.group(1) or digits.group(2) + digits.group(3)
    rest = s[4:]
    # month and day of one or two digits each
    readings = {(int(rest[:k]), int(rest[k:])) for k in (1, 2) if 1 <= len(rest) - k <= 2}
    valid = [(mo, d) for mo, d in readings if 1 <= mo <= 12 and 1 <= d <= 31]
    if len(valid) > 1 and published:
        valid = [(mo, d) for mo, d in valid if f"{s[:4]}-{mo:02d}-{d:02d}" <= published]
    if len(valid) != 1:
        return None
    mo, d = valid[0]
    return f"{s[:4]}-{mo:02d}-{d:02d}"


_NUMBER_DATE_LINES = (
    12  # how far down a page a number beside its date is looked for (the head under the title)
)


def _issued(src: SourceDocument, lines: list[_Line], fields: list[_Field]) -> str | None:
    found = _field_date(src, fields, "issued")
    # A page's publication date is no date issued (a repost's, a catalogue's), but no document is issued after it.
    published = _field_date(src, fields, "published")
    if found:
        # 成文日期: 2018-02-09 over a notice signed 台州市人民政府 / 2018年 2月5日: the printed document's own date
        earlier = _earlier_date_line(lines, found) if found == published else None
        return _signed_date(lines) or earlier or found
    for i, ln in enumerate(lines):
        if i > 0 and _is_org_line(lines[i - 1].match):
            iso = parse_date(ln.match) if _DATE_ONLY.match(ln.match) else _lost_date(ln.match, published)
            if iso:
                return iso
    for ln in lines[:_NUMBER_DATE_LINES]:
        both = _NUMBER_AND_DATE.fullmatch(ln.match)
        if both:  # 川府发〔2011〕8号 二○一一年三月十七日: the date beside the number under the title
            iso = parse_date(both.group("date"))
            if iso:
                return iso
    promulgated = _promulgated(src, fields)
    if promulgated:
        return (
            promulgated  # a law database's card: 公布日期 beside 施行日期 is the date the body promulgated it
        )
    found = _field_date(src, fields, "sent")
    if found:
        return found
    for i, ln in enumerate(lines):
        if _DATE_ONLY.match(ln.match):
            iso = None if _page_stamp(lines, i) else parse_date(ln.match)
            if iso:
                return iso
        elif i > 0 and _hands_on(lines[i - 1].match):
            # 现将《…》印发给你们 / 2024327: the notice's date under its last sentence, 年月日 lost
            iso = _lost_date(ln.match, published)
            if iso:
                return iso
    return _glued_signed_date(src) or _dated_act(lines) or _generated_before(src, fields, published)


def _generated_before(src: SourceDocument, fields: list[_Field], published: str | None) -> str | None:
    """A catalogue's 生成日期 before the 公开日期 it prints beside it: the document was made, then published."""
    generated = _field_date(src, fields, "generated")
    return generated if generated and published and generated < published else None


# A repost's lead sentence dating the act it reports: X领导小组于2022年7月7日印发《…》,全文如下
_DATED_ACT = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{3,40}?)于\s*(?P<date>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
    r"(?:正式|联合)?(?:印发|发布|出台|下发)"
)


# A repost's lead opening with the full date of the act it reports, its bodies then a book-marked plan
# (2022年1月25日,河北省委、省政府出台《…》)
_DATE_LED_ACT = re.compile(
    r"(?P<date>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*,\s*(?P<org>" + _ORG_CHAR + r"{3,30}?)"
    r"(?:、[\u4e00-\u9fff]{2,30}?){0,3}\s*(?:联合|正式)?(?:印发|发布|出台|下发)了?\s*《"
)


# …or with the book-marked plan itself, issued on a date (《长武县种业振兴行动实施方案》于2023年1月18日正式印发)
_BOOK_DATED_ACT = re.compile(
    r"》\s*(?:已|已经)?于\s*(?P<date>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
    r"(?:正式|联合)?(?:印发|发布|出台|下发)"
)


def _dated_act(lines: list[_Line]) -> str | None:
    """The date a repost's lead sentence gives the act it reports (…于2022年7月7日印发《…》; 2022年1月25日,河北省委、
    省政府出台《…》; 《…》于2023年1月18日正式印发)."""
    for ln in lines[:_LEAD_LINES]:
        m = _DATED_ACT.search(ln.match) or _DATE_LED_ACT.search(ln.match)
        if m is not None and _is_org_line(m.group("org")):
            return parse_date(m.group("date"))
        book = _BOOK_DATED_ACT.search(ln.match)
        if book is not None:
            return parse_date(book.group("date"))
    return None


# A news lead opening with the day of the act it reports, its year left to the title (2月23日,广东省人民政府办公厅印发
# 《2023年…分工方案》; 2月20日,昆明市人民政府办公室印发通知,对…)
_YEARLESS_ACT = re.compile(
    r"^\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*,?\s*(?P<org>[\u4e00-\u9fff]{3,40}?)\s*(?:正式|联合)?"
    r"(?:印发|发布|出台|下发)"
)


def _yearless_act(lines: list[_Line], title: str | None) -> str | None:
    """The date of a news lead's yearless act (``_YEARLESS_ACT``) in the one year the reported title names."""
    years = set(_TITLE_YEAR.findall(fold(title))) if title else set()
    if len(years) != 1:
        return None
    for ln in lines[:_LEAD_LINES]:
        m = _YEARLESS_ACT.match(ln.match)
        if m is not None and _is_org_line(m.group("org")):
            return parse_date(f"{years.pop()}年{m.group('m')}月{m.group('d')}日")
    return None


# A signature run together with the text around it (…附件:X分解表 常熟市人民政府办公室 2018年2月24日 X分解表 序号…): a
# body's name then a date written with 年月日, each set off by blanks (a glyph the page lost after the name, printed
# as ?, and the publicity note glued after the date: 淮安市人民政府办公室? 2020年1月23日(此件公开发布)).
_GLUED_SIGNED = re.compile(
    r"(?:^|(?<=[\s。!]))(?P<org>[\u4e00-\u9fff]{4,30}?)\??(?:[ \t\u3000]+|(?=[^\n]{0,20}日(?:"
    + _TITLE_AFTER_SIGNED
    + r")))(?P<date>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月"
    r"\s*\d{1,2}\s*日)(?=[ \t\u3000]|\n|\Z|\(\s*(?:此件|本件)|" + _TITLE_AFTER_SIGNED + ")"
)


def _glued_signed_date(src: SourceDocument) -> str | None:
    for m in _GLUED_SIGNED.finditer(src.match):
        if _is_org_line(m.group("org")) and not _furniture_line(src.match, m.start()):
            return parse_date(m.group("date"))
    return None


def _furniture_line(match: str, at: int) -> bool:
    """Whether the line holding ``at`` is page furniture (欢迎访问榆林市体育局 2024年10月19日: a portal's greeting
    with today's date, no signature)."""
    lo = match.rfind("\n", 0, at) + 1
    hi = match.find("\n", at)
    return is_boilerplate(match[lo : hi if hi >= 0 else len(match)].strip())


def _earlier_date_line(lines: list[_Line], posted: str) -> str | None:
    """A date written with 年月日 on a line of its own, before the day a catalogue both dates and posts a page
    (成文日期 2023-05-09 = 发布日期 2023-05-09, and 2023年4月14日 under the notice, no body signing): the notice's."""
    for i, ln in enumerate(lines):
        if _DATE_ONLY.match(ln.match) and "年" in ln.match and not _page_stamp(lines, i):
            iso = parse_date(ln.match)
            if iso and iso < posted:
                return iso
    return None


def _signed_date(lines: list[_Line]) -> str | None:
    """The well-formed date (年月日) on the line under a signing body's line."""
    for i, ln in enumerate(lines):
        if i > 0 and _is_org_line(lines[i - 1].match) and _DATE_ONLY.match(ln.match) and "年" in ln.match:
            iso = parse_date(ln.match)
            if iso:
                return iso
    return None


# A page's own dates, never a document's: a date in figures only (2022-04-14, 2021/10/23: a signature writes 年月日)
# and a date under the page's byline or its "today" widget (今天是 / 发布时间:2018-03-01 / 2018年3月1日).
_NUMERIC_DATE = re.compile(r"^\s*(?:19|20)\d\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*$")
_PAGE_DATE_HEAD = re.compile(r"今天是|发布时间|发布日期|更新时间")


def _page_stamp(lines: list[_Line], i: int) -> bool:
    m = lines[i].match.strip(_BULLETS)
    return bool(_NUMERIC_DATE.match(m)) or (i > 0 and bool(_PAGE_DATE_HEAD.search(lines[i - 1].match)))


_BRACKET_DATE = re.compile(r"\s*\(\s*(?:" + _DATE.pattern + r")\s*\)")


# A gazette issue's head (青岛市人民政府公报(2019年第3、4期)): the page's date fields are the issue's, and the date
# in brackets under a reprinted document's title is that document's own
_GAZETTE = re.compile(r"公报\s*\(?\s*(?:(?:19|20)\d\d\s*年\s*)?第\s*[\d、\s]+期")
_GAZETTE_SCAN = 200


def _dated_under_title(lines: list[_Line], title: _TitleCand | None) -> str | None:
    """关于…的若干政策意见 / (2015年5月19日) 工业是…: the bracketed date that opens the line under the title (the
    date a 决定 or 意见 was adopted), even when the text runs on after it."""
    if title is None or title.last + 1 >= len(lines):
        return None
    m = _BRACKET_DATE.match(lines[title.last + 1].match)
    return parse_date(m.group(0)) if m else None


def _number_place(number: str | None, match: str, regions: RegionTable) -> str | None:
    """The place the shorts opening a government's document number name (京兴政办发: 大兴区), each settled by the
    division the text itself names, as far as they settle one."""
    m = _NUMBER_SHORTS.match(fold(number or ""))
    if m is None:
        return None
    divisions = load_divisions()
    found = None
    for ch in m.group(1):
        here = regions.by_short(ch)
        if here is not None and (found is None or found in regions.ancestors(here)):
            found = here
            continue
        finer = divisions.by_short_char(ch, match, found)
        if finer is None:
            break
        found = finer
    return found


# 吉林省 and its prefecture 吉林市: a province and a division under it that share its name, told apart by level
_LEVEL_END = re.compile(r"(?:省|市|自治州|州|地区|盟)$")


def _namesake(place: str | None, region: str | None, regions: RegionTable) -> bool:
    """Whether ``place`` is a division of ``region`` bearing the same name at another level (吉林市 in 吉林省): a
    number's character read as the namesake names the region the text already has (吉政发 in a 吉林省 text)."""
    if place is None or region is None or place == region or region not in regions.ancestors(place):
        return False
    return _LEVEL_END.sub("", place) == _LEVEL_END.sub("", region)


def _government_by_number(
    number: str | None, region: str | None, match: str, regions: RegionTable
) -> str | None:
    """锡政发〔2011〕21号 in a 无锡市 document with no signature: the number is the city government's own, so it
    issued the document (无锡市人民政府)."""
    if number is None or region is None or not _GOVERNMENT_NUMBER.match(fold(number)):
        return None
    place = _number_place(number, match, regions)
    if _namesake(place, region, regions):
        place = region
    if place is None or place != region:
        return None
    return (_county_part(region) or region) + "人民政府"


def _number_region(number: str | None, region: str | None, match: str, regions: RegionTable) -> str | None:
    """A finer region from the place shorts opening a government's document number (京兴政办发: 京 北京市, 兴
    大兴区; 遵府办函: 遵义市; 锡政发: 无锡市), each settled by the division the text itself names."""
    found = _number_place(number, match, regions)
    if found is None or (region is not None and region not in regions.ancestors(found)):
        return None  # never a place the document's own region does not hold
    if _namesake(found, region, regions):
        return None  # 吉政发 in a 吉林省 text: the province's number, not its namesake prefecture's
    return found if found != region else None


_NUMBER_PIECE_MAX = (
    16  # a piece of a document number on a line of its own: a prefix (大政办发), 〔2022〕 or 29号
)


# (重庆市人民政府 2018年5月17日发布): the note under a title of the body that released the document and the day
_RELEASE_NOTE = re.compile(
    r"^\s*\(\s*(?P<org>[\u4e00-\u9fff、\s]{3,40}?)\s*(?P<date>"
    + _DATE.pattern
    + r")\s*(?:发布|印发|公布)\s*\)\s*$"
)


def _release_note(lines: list[_Line]) -> str | None:
    """The body a release note in brackets names (see ``_RELEASE_NOTE``); its day is the release's, no 成文日期."""
    for ln in lines:
        note = _RELEASE_NOTE.match(ln.match)
        if note is not None and _is_org_line(note.group("org")):
            return ln.text[note.start("org") : note.end("org")].strip()
    return None


_TAG_BEFORE_NUMBER = re.compile(r"^[{【\[]\s*[\u4e00-\u9fff]{2,4}\s*[}】\]]\s*")


def _doc_number(src: SourceDocument, lines: list[_Line], limit: int, fields: list[_Field]) -> str | None:
    for f in fields:
        if f.role == "number":
            n = _DOC_NUMBER.search(src.match, f.start, f.end) or _WORD_NUMBER.search(
                src.match, f.start, f.end
            )
            if n:
                return src.text[n.start() : n.end()].strip()
    for rx in (_DOC_NUMBER, _LOST_NUMBER, _YEARLESS_NUMBER, _MARKLESS_NUMBER, _WORD_NUMBER):
        for ln in lines[: max(limit, 1)]:
            alone = _CELL_BARS.sub(
                "", ln.match
            ).strip()  # 粤办函〔2013〕146号 |: a table-cell page's bar after it
            inner = alone[1:-1].strip() if alone.startswith("(") and alone.endswith(")") else alone
            inner = _TAG_BEFORE_NUMBER.sub("", inner)  # {转载}国健推委办发〔2020〕1号: a site's tag before it
            if rx.fullmatch(inner):  # 长府办发〔2012〕19号, also bracketed under the title
                k = ln.match.find(inner)
                return ln.text[k : k + len(inner)]
    head = lines[: max(limit, 1)]
    for k in range(len(head)):
        for width in (2, 3):
            parts = head[k : k + width]
            if len(parts) < width or any(len(p.match) > _NUMBER_PIECE_MAX for p in parts):
                break
            if _DOC_NUMBER.fullmatch(" ".join(p.match for p in parts)):
                # 大政办发 / 〔2022〕 / 29号: a page that printed the number's pieces apart, one a line
                return " ".join(p.text for p in parts)
    for ln in lines[: max(limit, 1)]:
        both = _NUMBER_AND_DATE.fullmatch(ln.match)
        if both:  # 川府发〔2011〕8号 二○一一年三月十七日
            return ln.text[both.start("number") : both.end("number")]
    for ln in lines[: max(limit, 1)]:
        lead = _LEAD_NUMBER.match(ln.match, _lead_end_channel(ln.match))
        if lead and (
            _opens_title(ln.match[lead.end() :]) or _opens_addressees(ln.match[lead.end() :])
        ):  # 金政发〔2021〕1号关于印发…的通知; 淮政办发〔2020〕1号各县区人民政府,市各委办局:现将…
            return ln.text[lead.start(1) : lead.end(1)]
        after = _NUMBER_SUFFIX.search(ln.match)
        if after and _titled(ln.match[: after.start()]):
            n = _DOC_NUMBER.search(ln.match, after.start())
            if n:
                return ln.text[n.start() : n.end()]
    return None


# A disclosure record's 索引号 opening with the publishing body's unified social credit code (GB 32100-2015: 18
# characters, the 3rd to 8th the division code of the body's registration): 11330206002954449B/2024-… is a body
# registered in 330206 (宁波市北仑区).
_CREDIT_CODE = re.compile(
    r"索\s*引\s*号\s*[::]?\s*\|?\s*[0-9A-HJ-NPQRTUWXY]{2}(?P<code>\d{6})[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])"
)


def _credit_code_region(m: str) -> str | None:
    """The division of the body whose credit code opens the page's 索引号, when no other cue names a region."""
    found = _CREDIT_CODE.search(m)
    if found is None:
        return None
    division = load_divisions().by_code.get(found.group("code"))
    return division.name if division is not None else None


def _finer_in_title(found: str, src: SourceDocument, regions: RegionTable, title: str | None) -> str:
    """A division under ``found`` that the title opens with (广州市黄埔区 广州开发区…行动方案 by a 广州开发区 bureau):
    the document's own jurisdiction is the finer one."""
    finer = regions.prefix_of(title, src.match) if title else None
    if title and finer == found:
        # 浙江温州海洋经济发展示范区政策汇编: the province's short name, then its city's short name
        finer = _place_after_province(found, src, regions, title)
    return finer if finer and finer != found and found in regions.ancestors(finer) else found


_PROVINCE_LEVELS = ("省", "自治区")


def _place_after_province(found: str, src: SourceDocument, regions: RegionTable, title: str) -> str | None:
    """The division named right after a province's name (full or short) opening a title (浙江温州…: 温州市)."""
    t = fold(title).strip()
    short = next((found[: -len(w)] for w in _PROVINCE_LEVELS if found.endswith(w)), None)
    for form in (found, short):
        if form and len(form) >= 2 and t.startswith(form):
            return regions.prefix_of(t[len(form) :], src.match)
    return None


def _hands_on(m: str) -> bool:
    """A covering notice's sentence handing a plan on (现将《X》印发给你们)."""
    return any(w in m for w in vocabulary().cover_verbs)


def _titled(before: str) -> bool:
    """Whether the text before a bracketed document number is a title (2021年县政府重点工作任务(华政发〔2021〕2号))."""
    return bool(_TITLE_END.search(before) or _standalone_title(before.strip()))


def _lead_end_channel(m: str) -> int:
    status = _STATUS_TAG.match(m)
    off = status.end() if status else 0
    channel = _CHANNEL.match(m, off)
    return channel.end() if channel and _opens_title(m[channel.end() :]) else off


# (此文件废止) / (已失效) / 【现行有效】: a portal's note of a file's status before its number or title
_STATUS_TAG = re.compile(r"\s*[(\[【](?:此文件|本文件|该文件)?已?(?:废止|失效|现行有效|有效)[)\]】]\s*")


def _region(src: SourceDocument, meta: DocMeta, regions: RegionTable, cands: list[_TitleCand]) -> str | None:
    national = regions.national(meta.issuer) if meta.issuer else None
    if national:
        return national  # 国务院…联席会议办公室: a document of the whole country
    for name in (meta.issuer, *(c.issuer_prefix for c in cands), *(c.text for c in cands)):
        if name and (zone := regions.zone_opening(name)):
            return zone  # 成都平原经济区…规划: the zone's province, not the city its name opens with
        if name:
            found = regions.prefix_of(name, src.match)
            if found:
                return _finer_in_title(found, src, regions, meta.title)
    if meta.doc_number:
        found = regions.by_short(meta.doc_number.strip()[0])
        if found:
            return found
    if meta.issuer and to_simplified(fold(meta.issuer)).startswith(default_grammar().province_heads):
        # 自治区人民政府办公厅 on a page naming 宁夏回族自治区: the one province the text names
        return load_divisions().only_named("province", src.match[:_NAMED_SCAN])
    return None


def _taiwan_region(issuer: str | None, match: str, region: str | None, regions: RegionTable) -> str | None:
    """Taiwan as the corpus names it (台湾, not the province 台湾省), also for a page naming no place of its own that
    one of the Yuans governing there issues (行政院施政报告), that names one (…行政院108年05月03日院臺農字第…號函) or
    that dates by the ROC era (行政院於112年12月29日核定, 110至113年度)."""
    if not regions.taiwan_name or regions.taiwan_signs is None:
        return region
    if region == regions.taiwan_province:
        return regions.taiwan_name
    if region is None and (
        (issuer and fold(issuer).startswith(regions.taiwan_heads))
        or regions.taiwan_signs.search(match, 0, _NAMED_SCAN)
    ):
        return regions.taiwan_name
    return region


def _province_by_terms(match: str, regions: RegionTable) -> str | None:
    """A page that speaks as a province (结合自治区实际) and names no place, by the level words only that province's
    texts use (旗县级以上 -> 内蒙古自治区)."""
    head = match[:_NAMED_SCAN]
    for name, voice, words in regions.province_terms:
        if any(f"结合{v}" in head or f"全{v}" in head for v in voice) and any(w in match for w in words):
            return name
    return None


# A page's own place: a head line that is a place or its government alone (嵊州市人民政府, 馬鞍山市), or the
# document's "结合X实际" (adapting a higher plan to its own place: 结合官渡区实际).
_PLACE_LINE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:省|市|县|区|州|盟|旗)(?:人民政府)?")
_OWN_REALITY = re.compile(
    r"结合(?:我|本)?(?P<place>[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|州|盟|旗))(?:的)?实际"
)
_HEAD_LINES = 5


# A place inside a title that opens with no place of its own (关于面向社会公开征集利川市2025年民生实事项目建议的公告):
# a division's full name, its level word written, outside any cited title.
_INNER_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治州|自治县|市|县|区|旗|州)")


def _place_in_title(title: str | None, src: SourceDocument, regions: RegionTable) -> str | None:
    """The one division a title names inside it, by its full name, when no issuer or heading places the page."""
    if not title:
        return None
    key = _CITED.sub("", fold(title))
    helped = tuple(_disclosure().get("title_place", {}).get("beneficiary_verbs", []))
    found: set[str] = set()
    for i in range(len(key) - 2):
        m = _INNER_PLACE.match(key, i)
        if m is None or key[:i].endswith(helped):
            continue
        place = regions.prefix_of(m.group(), src.match)
        if place is not None and name_key(place).endswith(name_key(m.group())):
            found.add(place)
    return found.pop() if len(found) == 1 else None


def _own_place(src: SourceDocument, lines: list[_Line], regions: RegionTable) -> str | None:
    for ln in lines[:_HEAD_LINES]:
        if _PLACE_LINE.fullmatch(ln.match):
            found = regions.prefix_of(ln.match, src.match)
            if found:
                return found
    m = _OWN_REALITY.search(src.match, 0, _NAMED_SCAN) or _OWN_VOICED.search(src.match, 0, _NAMED_SCAN)
    if m is not None:
        return regions.prefix_of(m.group("place"), src.match)
    # 镇沅县出台“134”措施 / 近日,大冶市政府召开…: a news lead's place by its full name (a province's only later: a
    # city's page reports its province's meeting before its own follow-up)
    return _own_bare_place(src.match) or _news_lead_place(src.match, regions, province=False)


# 近日,大冶市政府召开全市审计整改专题工作会议 / 7月9日,临颍县召开…: a news lead whose subject is a place by its full
# name (its government or party committee at most) convening, issuing or deploying: the page's own place
_LEAD_PLACE = re.compile(
    r"(?:^|(?<=[,。:\s]))(?:近日|日前|近期|\d{1,2}月\d{1,2}日(?:上午|下午|晚)?)?,?"
    r"(?P<place>[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|盟|旗))(?:人民政府|政府|委)?"
    r"(?:召开|印发|出台|发布|举行|部署|启动)",
    re.M,
)
_LEAD_PLACE_SCAN = 300  # a news lead: the page's opening characters


def _news_lead_place(match: str, regions: RegionTable, *, province: bool = True) -> str | None:
    m = _LEAD_PLACE.search(match, 0, _LEAD_PLACE_SCAN)
    divisions = load_divisions()
    names = divisions.forms.get(m.group("place"), []) if m is not None else []
    if m is None or len(m.group("place")) < 3 or len(names) != 1:
        return None  # 全市召开 / 我县召开 / 朝阳社区启动 / 杭州湾新区召开: no division by its full name
    if not province and divisions.by_name[names[0]].level == "province":
        return None
    return regions.prefix_of(m.group("place"), match)


# 结合彭州市环保突出问题百日攻坚行动…工作要求,深入推进我市…: a place after 结合 that the sentence goes on to call 我市
# (its level word again after 我/本): the document's own place, as 结合彭州市实际 is
_OWN_VOICED = re.compile(
    r"结合(?P<place>[\u4e00-\u9fff]{2,8}?(?P<level>省|市|县|区|州|盟|旗))[^。;《》\n]{0,60}?[我本](?P=level)"
)


# 结合吕梁实际, 结合杭州实际: the document's own place by its bare name (a city's or a province's, as its own texts
# write it), which names one division only; and a news lead's "青岛印发《…》": the place that issued what it reports
_OWN_BARE = re.compile(
    r"结合(?P<reality>[\u4e00-\u9fff]{2,4}?)实际"
    r"|(?:^|(?<=[,。:\s]))(?:近日|日前|近期)?,?(?P<lead>[\u4e00-\u9fff]{2,4}?)(?:印发|出台|发布)(?:了)?《",
    re.M,
)


def _own_bare_place(match: str) -> str | None:
    divisions = load_divisions()
    for m in _OWN_BARE.finditer(match, 0, _NAMED_SCAN):
        names = divisions.forms.get(m.group("reality") or m.group("lead"), [])
        if len(names) == 1 and divisions.by_name[names[0]].level in ("province", "city"):
            return names[0]
    return None


_ADDRESSEE_START = re.compile(r"^(?:各|局|区|市|省|县|驻|有关|全体|管委|委|本)")


def _looks_addressee(item: str) -> bool:
    item = item.strip()
    return (
        bool(item)
        and len(item) <= 40
        and (
            bool(_ADDRESSEE_START.match(item))
            or bool(
                re.search(
                    r"(?:局|厅|委|政府|单位|部门|处室|企业|办事处|管委|管委会|中心|机构|学校|高校|院所|公司|"
                    r"集团|组织|街道|镇|乡)$",
                    item,
                )
            )
        )
    )


def _split_addressees(s: str) -> list[str]:
    out: list[str] = []
    for piece in re.split(r"[,;]", s):
        parts = [p.strip() for p in piece.split("、")]
        merged: list[str] = []
        for p in parts:
            # 各区、市人力资源社会保障局: a short head before 、 belongs to the next item
            if merged and len(merged[-1]) <= 2:
                merged[-1] = merged[-1] + "、" + p
            else:
                merged.append(p)
        out.extend(p for p in merged if p)
    return out


def _addressees(lines: list[_Line], limit: int) -> list[str]:
    for i, ln in enumerate(lines[:limit]):
        m = ln.match.rstrip()
        if not m.endswith(":") or "。" in m or len(m) > 300:
            continue
        items = _split_addressees(m[:-1])
        if not items or sum(map(_looks_addressee, items)) * 2 < len(items):
            continue
        start = i
        # name lines just above, when the page lost their separator (各大功能区管委 / 各镇人民政府,…:)
        while start > 0 and i - start < 3:
            prev = lines[start - 1].match.strip()
            if (
                len(prev) <= 40
                and not re.search(r"[。:《]", prev)
                and not _DATE_ONLY.match(prev)
                and all(_looks_addressee(x) for x in _split_addressees(prev))
            ):
                start -= 1
            else:
                break
        names: list[str] = []
        for ln2 in lines[start : i + 1]:
            t = ln2.text.rstrip()
            if ln2 is ln:
                t = t[:-1]
            # split on the match text, then cut the original text at the same offsets
            names.extend(_cut_like(ln2.match[: len(t)], t))
        return names
    return []


def _cut_like(match: str, text: str) -> list[str]:
    out: list[str] = []
    pos = 0
    for item in _split_addressees(match):
        k = match.find(item, pos)
        if k < 0:
            continue
        out.append(text[k : k + len(item)].strip())
        pos = k + len(item)
    return out


def _year(lines: list[_Line], limit: int, meta: DocMeta, published: str | None) -> int | None:
    """The plan year: from the title, a leading ``2023年全市…``, the issue date, else the page's 发布日期 (a
    page posted in 2023 is about 2023's work even when its issue date is unknown)."""
    if meta.title:
        m = _TITLE_YEAR.search(fold(meta.title))
        if m:
            return int(m.group(1))
    for ln in lines[: max(limit, 0) + 5]:
        m = _LEAD_YEAR.match(ln.match)
        if m:
            return int(m.group(1))
    dated = meta.issued or published
    return int(dated[:4]) if dated else None


def _attachment_titles(lines: list[_Line]) -> set[str]:
    titles: set[str] = set()
    for i, ln in enumerate(lines):
        m = re.match(r"^\s*附件\s*([0-9一二三四五六七八九十]*)\s*(:?)\s*(.*)$", ln.match)
        if not m:
            continue
        rest = m.group(3)
        if rest:
            titles.add(name_key(re.sub(r"^[0-9]+\s*[.、]\s*", "", rest)))
            k = i + 1
            while k < len(lines) and re.match(r"^\s*[0-9]+\s*[.、]", lines[k].match):
                titles.add(name_key(re.sub(r"^\s*[0-9]+\s*[.、]\s*", "", lines[k].match)))
                k += 1
        elif i + 1 < len(lines):
            titles.add(name_key(lines[i + 1].match))
    return titles


def _cites(
    src: SourceDocument,
    lines: list[_Line],
    cands: list[_TitleCand],
    title: str | None,
    *,
    include_attachments: bool,
) -> list[str]:
    own: set[str] = set()
    if title:
        own.add(name_key(title))
    title_ranges = [(c.start, c.end) for c in cands]
    if not include_attachments:
        own |= _attachment_titles(lines)
    seen: set[str] = set()
    out: list[str] = []
    for m in _CITE.finditer(src.match):
        inner = m.group(1).strip()
        key = name_key(inner)
        if not key or key in own or key in seen:
            continue
        if any(a <= m.start() < b for a, b in title_ranges):
            own.add(key)  # 关于印发《X》的通知: X is this document
            continue
        before = src.match[max(0, m.start() - 4) : m.start()]
        if re.search(r"(?:现将|特将|现把|兹将)\s*$", before) and _SELF_CITE_AFTER.match(src.match, m.end()):
            own.add(key)
            continue
        seen.add(key)
        out.append(src.text[m.start(1) : m.end(1)].strip())
    # a later mention may reveal an earlier one as the document itself; drop those too
    return [c for c in out if name_key(c) not in own]


# --------------------------------------------------------------------------- phases

_YM = r"(?:(?P<{p}y>(?:19|20)\d\d)\s*年\s*)?(?P<{p}m>\d{{1,2}})\s*月(?:\s*(?P<{p}d>\d{{1,2}})\s*日)?(?:\s*(?:底|末|中旬|上旬|下旬))?"
_PHASE = re.compile(
    r"\s*(?:[((][一二三四五六七八九十0-9]+[))]|[0-9]+\s*[.、]|[一二三四五六七八九十]+\s*[、.]|[①-⑳])?\s*"
    r"(?:第[一二三四五六七八九十]+阶段\s*[::]?\s*)?"
    r"(?P<label>[\u4e00-\u9fff]{2,10}?)(?:阶段)?\s*"
    r"[(:]\s*" + _YM.format(p="s") + r"(?:\s*(?:至|到|—|–|-|~)\s*" + _YM.format(p="e") + r")?\s*\)?"
)


def find_phases(src: SourceDocument, span: Span) -> list[Phase]:
    """Dated implementation steps in ``src.text[span]``: ``(一)动员部署(2023年1月)``, ``…(2023年2月至2023年12月)``."""
    out: list[Phase] = []
    year: int | None = None
    pos = span.start
    end = min(span.end, len(src.match))
    while pos < end:
        nl = src.match.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        m = _PHASE.match(src.match, pos, line_end)
        if m and (m.group("sy") or year is not None):
            sy = int(m.group("sy")) if m.group("sy") else year
            assert sy is not None
            start = _ym(sy, m.group("sm"), m.group("sd"))
            if m.group("em"):
                ey = int(m.group("ey")) if m.group("ey") else sy
                stop = _ym(ey, m.group("em"), m.group("ed"))
                year = ey
            else:
                stop = start
                year = sy
            if start:
                label = src.text[m.start("label") : m.end("label")]
                out.append(
                    Phase(label=label, start=start, end=stop or start, span=Span(m.start("label"), m.end()))
                )
        pos = line_end + 1
    return out


def _ym(year: int, month: str, day: str | None) -> str | None:
    mo = int(month)
    if not 1 <= mo <= 12:
        return None
    if day:
        d = int(day)
        if 1 <= d <= 31:
            return f"{year:04d}-{mo:02d}-{d:02d}"
    return f"{year:04d}-{mo:02d}"
