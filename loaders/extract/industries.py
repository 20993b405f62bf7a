"""Industries and industry systems: a lexicon (``data/industries.toml``) plus what a document defines itself.

* :class:`IndustryLexicon` holds the industries (label, aliases, source), the systems ("10+1", "9+N", "5+5+7",
  13条产业链 ...) with their categories and members, the generic words that are not industries, and blocker
  phrases (汽车装调工) that contain an industry word without naming the industry.
* :func:`find_defined_systems` reads systems a document defines: a code ``A+B+C`` followed, in the same
  sentence, by lists ``X、Y、Z{N}大{category}`` whose sizes are A, B, C in order. Members become industries
  even when the lexicon lacks them.
* :func:`find_industries` finds the industries named in a span (leftmost-longest, no overlaps; mentions
  inside cited titles 《…》 or inside quoted institution names “…产业学院” are skipped) and the system
  references (“10+1”重点产业, “9+N” 产业, 13条产业链, 五大传统优势产业 of a defined system), resolved by
  region: the document's own system first, then the lexicon's system of the document's region or of a
  region containing it. ``systems`` is updated in place with every system a reference resolves to (an
  unknown one becomes a member-less system "referenced in <file>"), so afterwards it holds every
  ``SystemInfo`` a ``SystemRef`` points to.

Keys are deterministic: ``industry:<Simplified label>``, ``system:<region>:<code>`` (``system:<code>`` without
a region), ``category:<region>:<code>:<label>``. One ``IndustryRef`` per industry per span (its first mention).
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Protocol

from policykg.errors import ExtractError
from policykg.loaders.extract.classify import load_classifications
from policykg.loaders.extract.industry_contexts import (
    in_unit_label,
    place_sector,
    trade_body,
    use_list_item,
)
from policykg.loaders.extract.industry_exclusions import excluded, exclusion_spans
from policykg.loaders.extract.industry_firm_kinds import other_start
from policykg.loaders.extract.industry_grammar import (
    LIST_BREAK,
    Grammar,
    _after_place,
    _grammar_data,
    covered_start,
    goods_closers,
    goods_market_rx,
    grammar_mentions,
    heading_trade_rx,
    in_plus_list,
    institution_follows,
    load_grammar,
    mainland_wording,
    strip_ruby,
)
from policykg.loaders.extract.industry_hazards import hazard_sectors
from policykg.loaders.extract.industry_items import itemised_lists
from policykg.loaders.extract.industry_project_names import in_park_project_name
from policykg.loaders.extract.industry_served_goods import served_vehicle
from policykg.loaders.extract.industry_statistics import statistics_coverage
from policykg.loaders.extract.industry_topics import (
    crop_skill_at,
    crop_skills,
    crop_stands,
    handling_list_item,
    insurance_scheme,
    sector_objects,
    topic_kin_named,
    topic_trades,
)
from policykg.loaders.extract.meta import RegionTable
from policykg.loaders.extract.numerals import cn_number
from policykg.loaders.extract.targets import protected_regions
from policykg.loaders.extract.textscan import alternation, first_opening, last_of
from policykg.loaders.normalize import fold, name_key, to_simplified
from policykg.models import (
    CategoryInfo,
    IndustryInfo,
    IndustryRef,
    SourceDocument,
    Span,
    SystemInfo,
    SystemRef,
)

log = logging.getLogger(__name__)

__all__ = ["IndustryLexicon", "find_defined_systems", "find_industries", "industry_key", "system_key"]

_CN = "一二三四五六七八九十两"
# A system code: "10+1", "5+5+7", "9+N" (digits, at least one more part), quoted or not.
_CODE_RX = re.compile(r"(\d{1,2}(?:\s*\+\s*(?:\d{1,2}|N|n)){1,5})")


def _codes(match: str, lo: int = 0, hi: int | None = None) -> list[re.Match[str]]:
    """Codes not glued to other digits/letters/pluses (the check is done here, not by a lookbehind, so the
    regex can skip quickly to digits)."""
    hi = len(match) if hi is None else hi
    out = []
    for m in _code_matches(match, lo, hi):
        before = match[m.start() - 1] if m.start() > 0 else ""
        after = match[m.end()] if m.end() < len(match) else ""
        if (
            (before.isascii() and before.isalnum())
            or before == "+"
            or (after.isascii() and after.isalnum())
            or after == "+"
        ):
            continue
        out.append(m)
    return out


def _code_matches(match: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``_CODE_RX.finditer(match, lo, hi)``, tried only where a code can start: one or two characters before the
    spaces before a ``+`` (a code's first number is one or two digits right before its first plus), not at
    every digit of the span."""
    starts: set[int] = set()
    q = match.find("+", lo, hi)
    while q >= 0:
        t = q
        while t > lo and match[t - 1].isspace():
            t -= 1
        starts.update(s for s in (t - 1, t - 2) if s >= lo)
        q = match.find("+", q + 1, hi)
    pos = lo
    for s in sorted(starts):
        if s < pos:
            continue
        m = _CODE_RX.match(match, s, hi)
        if m is not None:
            yield m
            pos = m.end()


# What follows a code when it names an industry system (after closing quotes / spaces).
_CODE_NOUN = re.compile(
    r"[\"'\s]{0,3}((?:[\u4e00-\u9fff]{0,4}?)(?:创新型产业体系|产业体系|重点产业链|重点产业|产业链|产业|"
    r"制造业|工业|集聚培育工程|产业集聚|领域))"
)
# A quoted code without a plus ("431"现代产业体系, "415X" 产业集群, "361"万千亿级产业集群): a system when a
# system noun follows.
_QUOTED_CODE = re.compile(r'"(?!(?:19|20)\d\d")(\d{3,4}[A-Z]?)"')  # not a quoted year ("2025")
_CHAINS = re.compile(r"(\d{1,3}|[" + _CN + r"]{1,3})\s*条\s*(重点)?\s*产业链")
_CATEGORY = re.compile(
    r"(\d{1,2}|[" + _CN + r"]{1,3})\s*大\s*([\u4e00-\u9fff]{2,12}?(?:产业链|产业|行业|集群|领域))"
)
# Leading words of the first list item that are not part of the industry's name.
# A system named by its count: 四大新兴产业, 8大重点产业集群, 十大重点农业产业链, 五大千亿产业板块.
_NAMED_SYSTEM = re.compile(
    r"(\d{1,2}|[" + _CN + r"]{1,2})\s*大\s*[\u4e00-\u9fff]{0,6}?(?:产业集群|产业链|产业板块|产业)"
)
_LEAD_VERBS = re.compile(
    r"(?:围绕|聚焦|突出|着力|重点|大力|加快|全面|持续|积极|优先|突破|提质|超前|做优做强|做大做强|做精做强|做优|做强|"
    r"做大|培育壮大|培育|壮大|提升|发展|推动|推进|打造|建设|实施|支持|以|和|及|与|在|对|即)+"
)
# A quoted name ending so names an institution, a place or (资讯, 系统, 牌照 …) an information service, a system or a
# licence a government runs (“一站式饮食牌照”, “线上查询饮食及饮料场所资讯”: heldout16 bj07 annotation, no trade)
_INSTITUTION_END = re.compile(
    r"(?:学院|学校|大学|研究院|研究所|中心|基地|园区|产业园|实验室|班|公司|集团|协会|联盟|工作站|平台|"
    r"资讯|系统|牌照|专栏|热线|小程序)$"
)
_SENTENCE_END = re.compile(r"[。;!?\n]")
_TITLE_RX = re.compile(r"《[^《》\n]*》")


def industry_key(label: str) -> str:
    return "industry:" + to_simplified(label).strip()


def system_key(code: str, region: str | None) -> str:
    return f"system:{region}:{code}" if region else f"system:{code}"


_SPACES = re.compile(r"\s+")


def _norm_code(raw: str) -> str:
    return _SPACES.sub("", raw).replace("n", "N")


def _chain_code(num: str) -> str | None:
    n = int(num) if num.isdigit() else cn_number(num)
    return f"{n}条产业链" if n else None


@dataclass
class IndustryLexicon:
    industries: dict[str, IndustryInfo] = field(default_factory=dict)
    systems: dict[str, SystemInfo] = field(default_factory=dict)
    generic: set[str] = field(default_factory=set)  # name_key of generic words
    blockers: set[str] = field(default_factory=set)  # folded phrases
    listed_only: set[str] = field(default_factory=set)  # industry keys named only as a list item
    regions: RegionTable = field(default_factory=RegionTable)
    _forms: dict[str, str] = field(default_factory=dict)  # folded surface form -> industry key
    _matchers: dict[tuple[str, ...], tuple[dict[str, str], FormMatcher]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def load_default(cls) -> IndustryLexicon:
        return _default_lexicon()

    @classmethod
    def from_toml(
        cls, text: str, origin: str = "industries.toml", *, regions: RegionTable | None = None
    ) -> IndustryLexicon:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ExtractError(f"{origin}: not valid TOML ({exc})") from exc
        lex = cls(regions=regions or RegionTable.load_default())
        lex.generic = {name_key(w) for w in data.get("generic", {}).get("words", [])}
        lex.blockers = {fold(p) for p in data.get("blockers", {}).get("phrases", [])}
        lex.listed_only = {industry_key(w) for w in data.get("listed_only", {}).get("words", [])}
        for i, entry in enumerate(data.get("industry", [])):
            label, source = entry.get("label"), entry.get("source")
            if not label or not source:
                raise ExtractError(f"{origin}: industry entry {i + 1} needs a label and a source")
            if name_key(label) in lex.generic:
                raise ExtractError(f"{origin}: industry {label} is listed as a generic word too")
            key = industry_key(label)
            if key in lex.industries:
                raise ExtractError(f"{origin}: industry {label} is listed twice")
            aliases = set(entry.get("aliases", []))
            lex.industries[key] = IndustryInfo(
                key=key, pref_label=to_simplified(label), alt_labels=aliases, source=source
            )
            for form in (label, *aliases):
                lex._forms[fold(form)] = key
        for i, entry in enumerate(data.get("system", [])):
            code, source = entry.get("code"), entry.get("source")
            if not code or not source:
                raise ExtractError(f"{origin}: system entry {i + 1} needs a code and a source")
            region = entry.get("region")
            key = system_key(_norm_code(code), region)
            status = entry.get("status", "")
            info = SystemInfo(
                key=key,
                label=entry.get("label", code),
                code=_norm_code(code),
                region=region,
                members=[lex._member(m, origin) for m in entry.get("members", [])],
                source=f"{source} [{status}]" if status else source,
            )
            for cat in entry.get("category", []):
                label = cat.get("label")
                if not label or not cat.get("source"):
                    raise ExtractError(f"{origin}: a category of system {code} needs a label and a source")
                info.categories.append(
                    CategoryInfo(
                        key=_category_key(info, label),
                        label=label,
                        members=[lex._member(m, origin) for m in cat.get("members", [])],
                    )
                )
            lex.systems[key] = info
        return lex

    def _member(self, label: str, origin: str) -> str:
        key = self._forms.get(fold(label))
        if key is None:
            raise ExtractError(f"{origin}: system member {label} has no [[industry]] entry")
        return key

    def lookup(self, form: str) -> str | None:
        """The key of the industry named ``form`` (any script, label or alias), if the lexicon has it."""
        return self._forms.get(fold(form.strip()))

    def is_generic(self, word: str) -> bool:
        return word in self.generic or name_key(word) in self.generic

    def forms(self) -> dict[str, str]:
        return dict(self._forms)

    def form_keys(self) -> Collection[str]:
        """The folded forms the lexicon knows (a view, not a copy: the back-off asks it per candidate)."""
        return self._forms.keys()

    def resolve_system(self, code: str, region: str | None) -> SystemInfo | None:
        """The lexicon system with ``code`` for ``region`` or a region containing it; without a region, the
        only system with that code (if just one)."""
        if region:
            for r in self.regions.ancestors(region):
                found = self.systems.get(system_key(code, r))
                if found:
                    return found
            return None
        hits = [s for s in self.systems.values() if s.code == code]
        return hits[0] if len(hits) == 1 else None


@lru_cache(maxsize=1)
def _default_lexicon() -> IndustryLexicon:
    ref = resources.files("policykg.loaders").joinpath("data/industries.toml")
    try:
        text = ref.read_text(encoding="utf-8")
    except OSError as exc:
        raise ExtractError(f"{ref}: cannot read the industry lexicon ({exc})") from exc
    return IndustryLexicon.from_toml(text, origin=str(ref))


def _category_key(system: SystemInfo, label: str) -> str:
    return "category:" + system.key.removeprefix("system:") + ":" + label


def _label_of(key: str) -> str:
    return key.removeprefix("industry:")


# --------------------------------------------------------------------------- defined systems


def find_defined_systems(
    src: SourceDocument, lexicon: IndustryLexicon, *, region: str | None
) -> dict[str, SystemInfo]:
    """Systems the document defines: ``“5+5+7”重点产业 … A、B、C、D、E五大X产业, … 五大Y产业, … 七大Z产业``."""
    match = src.match
    found = _itemised(src, lexicon, region)
    protected = _titles(match)
    if "大" in match:
        _counted_lists(src, lexicon, region, found, protected)
    if "+" not in match:
        return found
    for m in _codes(match):
        code = _norm_code(m.group(1))
        if "N" in code or any(a <= m.start() < b for a, b in protected):
            continue
        parts = [int(p) for p in code.split("+")]
        stop = _SENTENCE_END.search(match, m.end())
        end = stop.start() if stop else len(match)
        categories = _lists_after(src, lexicon, m.end(), min(end, m.end() + 800), parts)
        if categories is None:
            continue
        noun = _CODE_NOUN.match(match, m.end())
        label = f'"{code}"' + (noun.group(1) if noun else "")
        key = system_key(code, region)
        if key in found:
            continue
        info = SystemInfo(
            key=key, label=label, code=code, region=region, source=f"defined in {src.source_file}"
        )
        for cat_label, members in categories:
            info.categories.append(
                CategoryInfo(key=_category_key(info, cat_label), label=cat_label, members=members)
            )
        found[key] = info
        log.debug("%s defines %s with %d categories", src.source_file, key, len(info.categories))
    return found


# What opens the list a count-named system's members follow in (九大重点产业链——A、B、…; 三大产业集群:A、B、C)
_LIST_OPENER = re.compile(r"\s*(?:——|—|:|\((?:含|包括|即)?|,?即)\s*")
_LIST_CLOSE = re.compile(r"[。;),\n]|等")
# 第一产业、第二产业、第三产业: the economy's three sectors (三次产业), a statistical breakdown, no named set of trades
_SECTORS_OF_ECONOMY = re.compile(r"第[一二三]产业")
_LAST_ITEM_SLACK = (
    2  # characters the last item may run past the longest other one (a predicate glued on: 新材料营业…)
)


def _counted_lists(
    src: SourceDocument,
    lexicon: IndustryLexicon,
    region: str | None,
    found: dict[str, SystemInfo],
    titles: list[tuple[int, int]],
) -> None:
    """A system named by its count and then listed, as many items as the count says (九大重点产业链——电子信息与软件
    服务、绿色食品、…、现代物流。): a system the document defines, its members the items."""
    match = src.match
    for m in _NAMED_SYSTEM.finditer(match):
        opener = _LIST_OPENER.match(match, m.end())
        n = int(m.group(1)) if m.group(1).isdigit() else cn_number(m.group(1))
        if opener is None or not n or n < 2 or any(a <= m.start() < b for a, b in titles):
            continue
        close = _LIST_CLOSE.search(match, opener.end(), opener.end() + 16 * n)
        if close is None or not _plain_list(match[opener.end() : close.start()], n):
            continue
        members = _list_before(src, lexicon, opener.end(), close.start(), n)
        code = to_simplified(src.text[m.start() : m.end()]).replace(" ", "")
        if members and system_key(code, region) not in found:
            found[system_key(code, region)] = _listed_system(code, region, members, src.source_file)


def _plain_list(seg: str, n: int) -> bool:
    """Whether ``seg`` lists ``n`` names and nothing else: no figure, no predicate run on after the last (三大产业集群:
    新能源汽车、生物医药、新材料营业收入突破300亿元), not the economy's three sectors."""
    items = seg.split("、")
    if len(items) != n or any(ch.isdigit() for ch in seg) or _SECTORS_OF_ECONOMY.search(seg):
        return False
    return len(items[-1]) <= max(len(x) for x in items[:-1]) + _LAST_ITEM_SLACK


def _titles(match: str) -> list[tuple[int, int]]:
    return [(t.start(), t.end()) for t in _TITLE_RX.finditer(match)]


def _itemised(src: SourceDocument, lexicon: IndustryLexicon, region: str | None) -> dict[str, SystemInfo]:
    """A list of industries announced by its count and itemised (13项战略产业如下: 一、半导体产业:…): a system whose
    members are the items' heads."""
    found: dict[str, SystemInfo] = {}
    for label, names in itemised_lists(src):
        members = [lexicon.lookup(fold(x)) or industry_key(x) for x in names if not lexicon.is_generic(x)]
        found[system_key(label, region)] = _listed_system(label, region, members, src.source_file)
    return found


def _listed_system(code: str, region: str | None, members: list[str], source_file: str) -> SystemInfo:
    """A system the document defines by naming it and listing its members (its name is its code)."""
    return SystemInfo(
        key=system_key(code, region),
        label=code,
        code=code,
        region=region,
        members=members,
        source=f"defined in {source_file}",
    )


TITLE_TRADES = "system:title-trades"


def title_trades(
    src: SourceDocument, title: Span | None, lexicon: IndustryLexicon, inds: list[IndustryRef]
) -> SystemInfo | None:
    """The trades a plan's title names that the lexicon lacks (安徽省智能机器人产业发展行动方案): the plan is about them,
    so its text names them with any head or none (智能机器人领域国家产业创新中心, 围绕智能机器人本体设计): a pseudo-system
    whose members join the document's matcher, never one of its systems. ``inds``: ``find_industries`` over the
    title with the document's systems (read once, for this and the document-level pass)."""
    if title is None:
        return None
    keys = [r.key for r in inds]
    # a trade the title develops is the plan's subject whatever its length (民宿, 会展); one found by the grammar
    # in a longer title may be a qualifier's word, so it needs four characters
    developed = [] if keys else _developed_in_title(src, title, lexicon)
    known = set(lexicon.forms().values())
    members = [k for k in keys if k not in known and len(_label_of(k)) >= 4]
    members += [k for k in developed if k not in known and k not in members]
    if not members:
        return None
    return SystemInfo(key=TITLE_TRADES, label="", code=TITLE_TRADES, members=members, source="title")


# A plan titled for the development of one trade, named bare before 发展 (冰雪旅遊發展行動計劃, 某某省低空无人机产业高质量
# 发展实施方案): the trade the plan is about
_DEVELOPED = re.compile(
    r"(?:[\u4e00-\u9fff]{2,7}?(?:省|市|县|自治区|州))?(?:关于)?(?:推动|促进|加快|支持)?"
    r"(?P<x>[\u4e00-\u9fff]{2,8}?)(?:产业)?(?:高质量)?发展(?:三年)?(?:行动计划|行动方案|实施方案|规划|若干措施)"
)


# An opinion on developing one trade (省人民政府办公厅关于促进贵州民宿产业高质量发展的指导意见, 关于加快会展业发展的实施
# 意见): the issuer before 关于 and a place before the trade are read off by _after_place; a title printed on two
# lines may break between the trade and 产业
_DEVELOPED_OPINION = re.compile(
    r"关于(?:推动|促进|加快|支持)(?:\d{1,2}\s*(?:周岁|岁)(?:以下|以上)?)?"  # 3岁以下|婴幼儿照护服务: the ages served
    r"(?P<x>[\u4e00-\u9fff]{2,10}?)\s*(?:产业)?\s*(?:高质量)?\s*发展的(?:指导|实施)?意见"
)
# A page without a title of its own opening on its basis (一、编制依据 / 依据《国务院办公厅关于促进3岁以下婴幼儿照护服务
# 发展的指导意见》…, 结合我县实际): the first opinion cited stands for the title, the plan implementing it locally
_BASIS = re.compile(r"(?:依据|根据|按照|贯彻落实|贯彻)\s*《(?P<t>[^《》\n]{6,60})》")
_BASIS_REACH = 300


def basis_title(src: SourceDocument) -> Span | None:
    """The opinion on developing one trade that a page without a title cites first as its basis, within its opening
    (依据《…关于促进3岁以下婴幼儿照护服务发展的指导意见》): the span of the cited title, read as the page's own."""
    m = _BASIS.search(src.match, 0, min(len(src.match), _BASIS_REACH))
    if m is None or _DEVELOPED_OPINION.search(src.match, m.start("t"), m.end("t")) is None:
        return None
    return Span(m.start("t"), m.end("t"))


def _developed_in_title(src: SourceDocument, title: Span, lexicon: IndustryLexicon) -> list[str]:
    # the title itself, or the plan a covering notice hands on (关于印发《冰雪旅游发展行动计划》的通知)
    quoted = src.match.find("《", title.start, title.end)
    m = _DEVELOPED.match(src.match, title.start, title.end)
    if m is None and quoted >= 0:
        m = _DEVELOPED.match(src.match, quoted + 1, title.end)
    m = m or _DEVELOPED_OPINION.search(src.match, title.start, title.end)
    if m is None:
        return []
    a, b = _after_place(src.match, *m.span("x")), m.end("x")
    if src.match[b - 1] == "业" and b - a >= 3:
        b -= 1  # 会展业: the trade as its measures name it, 会展
    name, grammar = src.match[a:b], load_grammar()
    if lexicon.is_generic(name) or not grammar.evidence(name) or _broad_name(grammar, name):
        return []
    return [industry_key(to_simplified(src.text[a:b]))]


def _broad_name(grammar: Grammar, name: str) -> bool:
    """``name`` is the economy or a class of trades, no trade (关于促进经济高质量发展的意见, 服务业)."""
    return (
        name in grammar.kept
        or name in grammar.broad
        or name in grammar.standing_classes
        or grammar.is_abstract(name)
    )


def _lists_after(
    src: SourceDocument, lexicon: IndustryLexicon, start: int, end: int, parts: list[int]
) -> list[tuple[str, list[str]]] | None:
    match = src.match
    out: list[tuple[str, list[str]]] = []
    pos = start
    for want in parts:
        hit = None
        for c in _CATEGORY.finditer(match, pos, end):
            n = int(c.group(1)) if c.group(1).isdigit() else cn_number(c.group(1))
            if n == want:
                hit = c
                break
        if hit is None:
            return None
        members = _list_before(src, lexicon, pos, hit.start(), want)
        if members is None:
            return None
        # the label as the document words it, count included (五大传统优势产业), in Simplified script
        out.append((to_simplified(src.text[hit.start() : hit.end()]).replace(" ", ""), members))
        pos = hit.end()
    return out


def _list_before(src: SourceDocument, lexicon: IndustryLexicon, lo: int, hi: int, n: int) -> list[str] | None:
    """The ``n`` items of the 、-list that ends at ``hi`` (the count word), as industry keys."""
    match = src.match
    framed = _FRAMED_TAIL.search(match, lo, hi)
    if framed is not None and framed.end() == hi:
        # 以电子信息、高端装备、生物医药为代表的三大产业集群: the trades inside the frame 以…为代表的
        at = match.rfind("以", lo, framed.start())
        lo, hi = (at + 1, framed.start()) if at >= 0 else (lo, hi)
    elif match[hi - 1 : hi] == "的":
        return None  # qualities the name is given (支撑作用强、发展潜力大、战略意义大的九大产业链), no trades
    begin = max(lo, max((match.rfind(ch, lo, hi) for ch in ",;:"), default=-1) + 1)
    seg = match[begin:hi]
    pieces = seg.split("、")
    if len(pieces) < n:
        return None
    pieces = pieces[-n:]
    # offsets of the pieces inside the text, to take each label from the original (any script)
    offsets: list[tuple[int, int]] = []
    pos = hi
    for piece in reversed(pieces):
        s = pos - len(piece)
        offsets.append((s, pos))
        pos = s - 1
    offsets.reverse()
    keys: list[str] = []
    for i, (s, e) in enumerate(offsets):
        m_piece = match[s:e]
        t_piece = src.text[s:e]
        if i == 0:
            lead = _LEAD_VERBS.match(m_piece)
            if lead:
                m_piece, t_piece = m_piece[lead.end() :], t_piece[lead.end() :]
        m_piece, t_piece = _strip_quotes(m_piece, t_piece)
        if not 2 <= len(m_piece) <= 14 or re.search(r"[,。;:]", m_piece):
            return None
        if lexicon.is_generic(m_piece):
            return None
        keys.append(lexicon.lookup(m_piece) or industry_key(t_piece))
    return keys


# 以A、B、C为代表的 / 以A、B为主的: the frame a list of trades stands in before the system it makes up
_FRAMED_TAIL = re.compile(r"为(?:代表|主|重点|核心|主导|引领|龙头)的")


def _strip_quotes(m: str, t: str) -> tuple[str, str]:
    a, b = 0, len(m)
    while a < b and m[a] in "\"' ":
        a += 1
    while b > a and m[b - 1] in "\"' ":
        b -= 1
    return m[a:b], t[a:b]


# --------------------------------------------------------------------------- mentions


def _doc_member_keys(systems: dict[str, SystemInfo]) -> tuple[str, ...]:
    keys: set[str] = set()
    for s in systems.values():
        keys.update(s.members)
        for c in s.categories:
            keys.update(c.members)
    return tuple(sorted(keys))


class FormMatcher(Protocol):
    """What scans a text for the forms a document's matcher knows: a compiled pattern or a :class:`_WithAdded`."""

    def finditer(self, string: str, pos: int, endpos: int) -> Iterator[re.Match[str]]: ...


@dataclass(frozen=True)
class _WithAdded:
    """The matches of one alternation of the lexicon's forms and a document's added ones (its systems' members,
    the generic words they block), from the lexicon's compiled alternation and one of the added forms alone:
    the same matches (leftmost, the longest at a position, none overlapping), with no compiling of the
    lexicon's forms again for each document that defines systems. No form is empty (no match is)."""

    base: re.Pattern[str]
    added: re.Pattern[str]

    def finditer(self, string: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        a = self.base.search(string, pos, endpos)
        b = self.added.search(string, pos, endpos)
        while a is not None or b is not None:
            # the earlier match, else the longer one at the same position (their forms differ)
            take_a = b is None or (a is not None and (a.start(), -a.end()) < (b.start(), -b.end()))
            m = a if take_a else b
            assert m is not None
            yield m
            pos = m.end()
            if a is not None and a.start() < pos:
                a = self.base.search(string, pos, endpos)
            if b is not None and b.start() < pos:
                b = self.added.search(string, pos, endpos)


def _document_matcher(
    lexicon: IndustryLexicon, systems: dict[str, SystemInfo]
) -> tuple[dict[str, str], FormMatcher]:
    """Folded form -> industry key ("" for blockers) and one alternation over them, longest first.

    Cached on the lexicon per set of member keys, so the measures of one document share one compiled regex;
    the forms a document's systems add to the lexicon's are compiled alone (:class:`_WithAdded`).
    """
    extra = _doc_member_keys(systems)
    cached = lexicon._matchers.get(extra)
    if cached is not None:
        return cached
    forms = lexicon.forms()
    for key in extra:
        forms.setdefault(fold(_label_of(key)), key)
    for name in _sector_names():
        forms.setdefault(
            fold(name), industry_key(name)
        )  # 批发和零售业, 文化、体育和娱乐业: whole, as written
    inner = [f for f in forms if forms[f]]
    for b in lexicon.blockers:
        forms.setdefault(b, "")
    for g in lexicon.generic:  # a generic word containing an industry (先进制造业) blocks it, matched whole
        if any(f in g for f in inner):
            forms.setdefault(g, "")
    # Longest first at each position, as a flat alternation sorted longest first would match, written as a trie
    # (textscan.alternation): a form's characters tried once, not once per form sharing them
    result = (forms, _matcher(lexicon, forms) if extra else re.compile(alternation(forms)))
    if len(lexicon._matchers) > 256:
        lexicon._matchers.clear()
    lexicon._matchers[extra] = result
    return result


def document_forms(lexicon: IndustryLexicon, systems: dict[str, SystemInfo]) -> dict[str, str]:
    """The folded forms a document's industries are read with (the lexicon's and its systems' members): the same
    object while ``systems`` names the same members."""
    return _document_matcher(lexicon, systems)[0]


def _matcher(lexicon: IndustryLexicon, forms: dict[str, str]) -> FormMatcher:
    """The matcher of ``forms``, a document's: the lexicon's own (no systems) with the forms it adds to them."""
    base_forms, base = _document_matcher(lexicon, {})
    added = [f for f in forms if f not in base_forms]
    if not added:
        return base
    if "" in forms or not isinstance(base, re.Pattern):
        return re.compile(alternation(forms))
    return _WithAdded(base, re.compile(alternation(added)))


def _quoted_institution(match: str, pos: int, regions: list[tuple[int, int]]) -> bool:
    for a, b in regions:
        if a <= pos < b:
            if match[a] == "《" or match[a] == "<":
                return True
            if match[a] == '"' and _INSTITUTION_END.search(match[a + 1 : b - 1].strip()):
                return True
    return False


def _info(key: str, lexicon: IndustryLexicon, source_file: str) -> IndustryInfo:
    known = lexicon.industries.get(key)
    if known is not None:
        # a copy with its own label set (the constructor: dataclasses.replace costs 5x as much)
        return IndustryInfo(known.key, known.pref_label, set(known.alt_labels), known.source)
    return IndustryInfo(key=key, pref_label=_label_of(key), source=f"defined in {source_file}")


_GENERIC_HEADS = ("产业", "领域", "经济")


def _generic_with_head(lexicon: IndustryLexicon, match: str, a: int, b: int) -> bool:
    """The name ``match[a:b]`` with the head after it is a generic word (战略性新兴|产业, 新兴|产业)."""
    head = first_opening(match, _GENERIC_HEADS, b)
    return head is not None and lexicon.is_generic(strip_ruby(match[a:b]) + head)


def _mention_spans(
    src: SourceDocument,
    lo: int,
    hi: int,
    lexicon: IndustryLexicon,
    rx: FormMatcher,
    forms: dict[str, str],
    regions: list[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """Lexicon hits and grammar mentions, no overlaps (the longer span wins, then the lexicon), text order."""
    match = src.match
    grammar = load_grammar()
    cands: list[tuple[int, int, str, int]] = []  # start, end, key ("" = blocker), priority
    for m in rx.finditer(match, lo, hi):
        key: str = forms.get(m.group(0)) or ""
        end = m.end()
        if (
            key
            and end < hi
            and "\u4e00" <= match[end] <= "\u9fff"
            and institution_follows(match, end, grammar)
        ):
            key = ""
        # A及|其他|服务业: the rest of a class ("the other services"), not GB/T 4754-2017 82 其他服务业
        start = other_start(match, m.start(), end)
        if key and start > m.start():
            key = forms.get(match[start:end]) or _new_key(src.text[start:end])
        cands.append((start, end, key, 1))
    cands += [(a, b, industry_key(match[a:b]), 1) for a, b in _short_sectors(match, lo, hi)]
    grammar_generic = lexicon.generic.__contains__
    topics = crop_stands(match, lo, hi) + crop_skills(match, lo, hi, grammar.produce)
    topics += sector_objects(match, lo, hi, grammar.sector_name, grammar_generic)
    topics += hazard_sectors(match, lo, hi)  # 煤矿、危险化学品安全…: a work-safety plan's sectors
    topic_spans = topic_trades(match, lo, hi)  # 加强假日旅游安全工作: a trade named by its topic
    topics += topic_spans
    cands += [(a, b, forms.get(match[a:b]) or _new_key(src.text[a:b]), 0) for a, b in topics]
    lex_spans = [(c[0], c[1]) for c in cands if c[2]]
    # a word named a trade only as a list's item (海洋) qualifies the trade glued after it (海洋|生物医药): one name
    own_spans = [(c[0], c[1]) for c in cands if c[2] and c[2] not in lexicon.listed_only]
    generic = lexicon.generic
    text_end = len(
        match
    )  # a stored page cut mid-word ends there; a line break after the last word ends a line
    for a0, b in grammar_mentions(match, lo, hi, generic.__contains__, grammar):
        a = grammar.after_evaluative(match, a0, b)  # 优质|零售, 精品|钢铁: the trade, not its quality
        a = grammar.after_opener(match, a, b)  # 试行|餐饮、零售企业…: a verb glued to a list's first item
        a = _after_generic_joined(match, a, b, generic)  # 实体|经济和数字经济: a generic word's tail joined
        known = forms.get(strip_ruby(match[a:b])) or ""
        if not known and b - a >= 3 and match[a] in _LEVELS and forms.get(strip_ruby(match[a + 1 : b])):
            a += (
                1  # 建设县|电子商务产业园: a level word alone before a known trade is the place, not the name
            )
            known = forms.get(strip_ruby(match[a:b])) or ""
        if not known and b >= text_end and not grammar.evidence(match[a:b]):
            continue  # 纺织服装、医药及医<end>: the stored page stops mid-word; the cut word names nothing
        if not known and _ROW_NUMBER_INSIDE.search(match, a, b):
            continue  # 嘉兴港区2服务业增加值: a table row's number glued between two cells, no name
        if not known and _generic_with_head(lexicon, match, a, b):
            continue  # 电子信息、战略性新兴|产业等产业: a generic word read without its head, no name
        if not known and _joins_known(match, a, b, own_spans):
            continue  # 集成电路新型显示: two lexicon industries side by side, not one compound
        cut = 0 if known else _glued_cut(grammar, match, a, b, lex_spans)
        if cut:  # 智能终端|电子信息产业园: a name glued before a known industry, two industries
            cands += [(a, cut, _new_key(src.text[a:cut]), 0), (cut, b, forms.get(match[cut:b]) or "", 1)]
            continue
        cands.append((a, b, known or _new_key(src.text[a:b]), 0))
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[3], c[0]))
    taken = bytearray(hi - lo + 1)  # 1 where a kept candidate lies: one C-level find per candidate
    excl = exclusion_spans(match, lo, hi)  # (除房地产开发类), …项目除外: named only to be left out
    out: list[tuple[int, int, str]] = []
    for a, b, key, _ in cands:
        if taken.find(1, a - lo, b - lo) >= 0:
            continue
        taken[a - lo : b - lo] = b"\x01" * (b - a)
        if (
            key
            and not excluded(excl, a, b)
            and not _quoted_institution(match, a, regions)
            and not _in_title(match, a, regions)
            and not grammar.product_before(match, a)
            and not grammar.product_after(match, b)  # 大健康|发酵产品: the goods made, no trade
            and not grammar.carrier_park(match, b)  # 天府智能制造|产业园、…为核心: a park, no trade
            and not grammar.framed_aim(match, a, b)  # 以|大健康|为目标的医药养生产业
            and not grammar.measured_after(match, b)  # 煤炭|消费总量, 农业|经济区
            and not _among_processes(match, a)
            and not grammar.among_bodies(match, a, b)  # 高校、科研机构、物业|企业
            and not grammar.foundation_item(match, a, b)  # 基础零部件、基础材料…: foundations of industry
            and not grammar.splits_word(match, a)  # 有|色金属, 培育壮|大数据, 风|光电: cut from a word
            and not grammar.novelty_item(match, a, b)
            and not _output_figure(match, b)
            and not grammar.institution_list_item(
                match, b
            )  # 超高清视频、新型储能等创新中心: the centres' fields
            and not grammar.designation(match, a, b)  # 现代农业|产业园, 农业|产业强镇: a site's title
            and not grammar.fuel_used(match, b)  # 清洁能源|集中供暖: a fuel put to use, no trade
            and not grammar.tool_used(match, b)  # 人工智能|赋能…, 人工智能|模型: a technique put to work
            and not grammar.tool_named(match, a, b)  # 人工智能大模型在…中的应用: the tool, not a trade
            and not grammar.tool_owned(match, a, b)  # 政务|大数据体系: a government function's own tool
            and (not _technique(match, b) or crop_skill_at(match, a, b, grammar.produce))  # 油茶|技术专家
            and not _technique_applied(match, a, b)  # 深化人工智能|在实验设计…中的应用: the means, no trade
            and not in_unit_label(match, a)  # 责任单位:…、延安市|大数据|运营公司: a body's name
            and not use_list_item(match, b)  # 满足智能制造、低空经济等场景: where something is used
            and not trade_body(match, a, b)  # 限上商贸|单位, 各商贸|行业协会: a body, not the trade
            and not place_sector(match, a, b, lexicon.generic)  # 武汉|服务业: a place's sector
            and not _application_field(match, a, b)
            and not _policy_domain_item(grammar, match, a, b)  # 现代农业、科技创新、对外开放等领域
            and not _infrastructure_item(match, b)  # 电力、煤炭、管道运输等基础设施: works to build, no trade
            and not _pollution_source(match, b)  # 工业、农业和生活排污: where waste comes from, no trade
            and not _certified(match, a)  # 认证一批|无公害农产品、绿色食品: certified products, no trade
            and not _market_goods(match, a, b)  # 建材、钢材等生产资料市场: the goods of markets, no trade
            and not grammar.subsidised_goods(match, a, b)  # 发放|汽车、家居等消费补贴: goods bought
            and not grammar.market_wares(match, a, b)  # 农贸市场|蔬菜、水果|销售: a market's wares
            and not grammar.promoted_goods(match, a, b)  # 汽车、家电等促消费政策: goods promoted
            and not _project_phase(match, b)  # 格力电器智能家电|一期项目: a project's name, no trade
            and not in_park_project_name(match, b)  # 智能装备|制造创业园工程: a project's name, no trade
            and not _listed_project_name(match, a, b)  # 抓好A产业基地、B工业园等项目: names of projects
            and not _firm_project_item(grammar, match, a, b)  # 加快甲乙|新材料、…等重点项目: a firm's project
            and not _business_word(match, b)  # 政务服务业|务办理: 业务 (business) runs on, no trade in 业
            and not statistics_coverage(match, a, b)  # 水果|生产情况;: what statistics cover
            and not served_vehicle(match, a, b)  # 电动汽车…配建充电设施: the vehicles served
            and not insurance_scheme(match[a:b])  # 发展|商业健康保险: a household's cover, no trade
            and not handling_list_item(match, a, b)  # 农副产品分级、|包装|、追溯: handling produce, no trade
            and (not match.startswith("+", b) or in_plus_list(match, a, b))  # "人工智能+就业": a programme
            # "人工智能+现代农业", "互联网+农业": the field a programme applies its means to, no trade either
            and (a == 0 or match[a - 1] != "+" or in_plus_list(match, a, b))
            and (key not in lexicon.listed_only or _listed(match, a, b))
        ):
            out.append((a, b, key))
    out = topic_kin_named(out, topic_spans)
    return _repeated_compounds(match, lo, hi, sorted(out), forms)


# A level of division written alone before a name (县|电子商务产业园, 市|现代物流中心): the place, no part of the name
_LEVELS = "省市县区乡镇"
# A row number glued between two cells of a flattened table (嘉兴港区|2|服务业增加值): digits between two characters
_ROW_NUMBER_INSIDE = re.compile(r"[\u4e00-\u9fff]\d{1,3}[\u4e00-\u9fff]")


def _repeated_compounds(
    match: str, lo: int, hi: int, out: list[tuple[int, int, str]], forms: dict[str, str]
) -> list[tuple[int, int, str]]:
    """A compound the span names whole once (机床、汽车及零部件、现代建筑…产业集群), not in the lexicon, is the same
    name where it is written again (加强汽车及零部件配套体系建设): the lexicon word inside it (汽车) is no mention of
    its own there (annotation.md: a compound name is one industry as written)."""
    compounds = {
        match[a:b]: key
        for a, b, key in out
        if b - a >= 4 and _COMPOUND_JOIN.search(match, a + 1, b - 1) and not forms.get(match[a:b])
    }
    if not compounds:
        return out
    for name, key in compounds.items():
        pos = match.find(name, lo, hi)
        while pos >= 0:
            end = pos + len(name)
            inside = [m for m in out if pos <= m[0] and m[1] <= end]
            crossing = any(m[0] < end and pos < m[1] and m not in inside for m in out)
            if inside and not crossing and (pos, end, key) not in inside:
                out = sorted([m for m in out if m not in inside] + [(pos, end, key)])
            pos = match.find(name, end, hi)
    return out


# The joiners of a compound name (汽车及零部件, 氢能与储能, 新型建筑和建材)
_COMPOUND_JOIN = re.compile("[及与和]")


def _among_processes(match: str, a: int) -> bool:
    """The name starting at ``a`` is the last item of a list of transformations (数字化、智能化、绿色化和|工业互联网
    升级项目): a kind of upgrading to fund, not a trade."""
    return (
        a >= 5
        and match[a - 1] in "、和及与"
        and match[a - 2] == "化"
        and match[a - 5] in "、,;:，；：(（"  # a three-character item, 数字化 (not 石化, 科技成果转化)
    )


# 区块链|技术, 大数据|技术在…应用, 生物医药|研发技术: a technique (annotation.md: 大数据分析应用 is no mention); not a
# trade of it
@lru_cache(maxsize=1)
def _technique_rx() -> re.Pattern[str]:
    stages = "|".join(map(re.escape, _grammar_data()["stop"].get("technique_stages", [])))
    return re.compile(rf"(?:{stages})?技术(?!产业|服务|企业|行业|领域|制造)")


@lru_cache(maxsize=1)
def _applied_rx() -> tuple[frozenset[str], re.Pattern[str]]:
    data = _grammar_data()["stop"]
    return frozenset(data["techniques"]), re.compile(data["tool_applied"])


def _technique_applied(match: str, a: int, b: int) -> bool:
    """A technique word applied in a field or named for a tool (人工智能|在…中的应用, 人工智能|教学工具): the means."""
    words, rx = _applied_rx()
    return strip_ruby(match[a:b]) in words and rx.match(match, b) is not None


def _technique(match: str, b: int) -> bool:
    """The name ending at ``b`` is a technique to apply: 技术 follows it (运用区块链技术提升监管水平), not a
    trade of that technique (人工智能技术产业, 区块链技术服务); or it is an item of a list closed as techniques
    (推进人工智能、大数据、区块链等技术与实体经济深度融合), not as their field (…、集成电路等数字技术领域); or it
    enables another (人工智能赋能羽绒服装产业)."""
    if _technique_rx().match(match, b) is not None:
        return True
    if match.startswith("技术", b):
        return False  # 人工智能|技术产业: a trade of the technique
    if match.startswith("赋能", b):
        return True  # 人工智能|赋能羽绒服装产业: the means that enables a trade, not the trade the measure develops
    if b >= len(match) or match[b] not in "、等":
        return False
    k = match.find("等", b, b + 40)
    if k < 0 or LIST_BREAK.search(match, b, k) is not None:
        return False
    close = _TECHNIQUE_CLOSE.match(match, k + 1)
    # 纺织、化工等|传统产业技术改造: the trades' technical upgrade, a list of trades, not of techniques
    return close is not None and _TRADE_HEAD_IN_CLASS.search(close.group()) is None


# 等|(新)?技术 closing a list of techniques put to use (等技术与实体经济融合, 等技术手段, 等技术在…应用, 等技术,),
# not of the trades of a technical field (等数字技术技能领域, 等技术产业) nor of the industries applying them
# (等四大数字技术应用产业集群: the application trades are the list's items)
_TECHNIQUE_CLOSE = re.compile(
    r"[\u4e00-\u9fff]{0,4}?技术(?=[与和在,;。]|的?应用(?!产业|行业)|手段|赋能|改造|提升|推动|助力|深度融合)"
)


# A head of trades in the words closing a list before 技术 (等传统产业|技术改造, 等行业|技术进步)
_TRADE_HEAD_IN_CLASS = re.compile(r"产业|行业")


# 在A、B、C等领域|开展…应用: a list of fields where a technique is applied, up to its 等-head, and the clause after
_FIELD_LIST_END = re.compile(r"[^,;。:!?\n]{0,40}?等(?:重点)?(?:领域|行业)([^,;。:!?\n]{0,30})")


def _application_field(match: str, a: int, b: int) -> bool:
    """The name ``match[a:b]`` is an item of a list of fields after 在 that a technique is applied in (在政务、金融、
    电力等领域开展量子保密通信试点应用): where it is used, not a trade the measure develops."""
    lo = max(0, a - 40)
    k = match.rfind("在", lo, a)
    if k < 0 or _FIELD_BREAK.search(match, k + 1, a) is not None or (k + 1 < a and match[a - 1] != "、"):
        return False
    m = _FIELD_LIST_END.match(match, b)
    return m is not None and "应用" in m.group(1) and "在" not in match[b : m.start(1)]


# A break between 在 and a list of fields' item: the item is in another clause
_FIELD_BREAK = re.compile("[,;。:\n]")


# A list up to its 等 (工业、现代农业、科技创新、对外开放…等|领域; 产业、创新、财政、金融…等|集群政策) and its items
_DOMAIN_LIST_END = re.compile(r"[^,;。:!?\n]{0,60}?等")
_DOMAIN_SEP = re.compile("[、和及与]")
_AFTER_CLAUSE_MARK = last_of(",;。:!?\n")


def _policy_domain_item(grammar: Grammar, match: str, a: int, b: int) -> bool:
    """The name ``match[a:b]`` is an item of a list holding two policy domains or kinds of policy or more (在工业、
    现代农业、科技创新、对外开放、生态文明等领域|争创…; 完善产业、创新、财政、金融、区域等政策): the areas a plan works
    in or the levers it pulls, not trades it develops."""
    if b >= len(match) or match[b] not in "、和及与等":
        return False
    m = _DOMAIN_LIST_END.match(match, b)
    if m is None:
        return False
    lo = max(0, a - 60)
    last = _AFTER_CLAUSE_MARK.match(match, lo, a)
    lo = last.end() if last else lo
    items = _DOMAIN_SEP.split(match[lo : m.end() - 1])
    return sum(1 for x in items if x in grammar.policy_kinds or x.endswith(grammar.policy_domains)) >= 2


# A list closed by 等 and a kind of infrastructure (电力、煤炭、管道运输等基础设施, 5G、工业互联网等新一代数字基础设施)
# or of elements a place or scene is given (无人驾驶、AR场景、人工智能等合肥科创元素)
# or of fields whose safety is policed (建筑施工、道路交通、消防等领域安全整治, 电动自行车、燃气…等重点领域消防安全
# 专项整治) or whose risks or hazards are guarded against (房地产、金融、地方债务等领域风险防范)
_INFRA_LIST_END = re.compile(
    r"[^,;。:!?\n]{0,40}?等(?:[\u4e00-\u9fff]{0,6}?(?:基础设施|元素)"
    r"|(?:重点)?(?:行业)?领域的?(?:消防|生产|燃气|交通|用电|质量)?(?:安全|风险|隐患))"
)


_ITEM_TAIL = re.compile(r"[\u4e00-\u9fff]{1,4}(?=[、等和及与])")
# A list closed by the safety work done on it, without 等 (渔业船舶、农业机械|安全生产监管, 旅游|安全管理), or by
# the hazards looked for along it (城镇燃气|全链条风险隐患深挖细查)
_SAFETY_CLOSE = re.compile(
    r"(?:[、和及与][\u4e00-\u9fff]{2,8}){0,6}(?:全链条|全流程|全环节)?(?:(?:消防|燃气|用电|交通|质量)?安全(?:生产)?"
    r"(?:监管|管理|整治|检查|隐患|执法|风险)|风险隐患)"
)


def _infrastructure_item(match: str, b: int) -> bool:
    """The name ending at ``b`` is an item of a list of infrastructure (公路、铁路和电力、煤炭、管道运输等基础设施的
    建设, 5G、工业互联网、物联网等新一代数字基础设施) or of elements to embed (嵌入无人驾驶、人工智能等科创元素): the
    networks and works to build, the features of a place, or of fields whose safety is policed (建筑施工、道路交通、
    消防等领域安全整治): not a trade the measure develops."""
    if _SAFETY_CLOSE.match(match, b):
        return True  # 渔业船舶、农业机械|安全生产监管: what is policed for safety
    t = _ITEM_TAIL.match(match, b)  # 电力、油气|管道等重要基础设施: the rest of the item after the name
    b = t.end() if t else b
    if b >= len(match) or match[b] not in "、等和及与":
        return False
    m = _INFRA_LIST_END.match(match, b)
    return m is not None and "的" not in match[b : m.end()]


@lru_cache(maxsize=1)
def _source_list_rx() -> re.Pattern[str]:
    data = _grammar_data()["pollution_sources"]
    households = "|".join(sorted(data["households"], key=len, reverse=True))
    pollutants = "|".join(sorted(data["pollutants"], key=len, reverse=True))
    treat = "|".join(data["treatments"])  # 生活污水处理: the trade that treats it
    return re.compile(
        rf"(?:[、和及与][\u4e00-\u9fff]{{1,8}}?){{0,6}}[、和及与](?:{households})(?:{pollutants})(?!{treat})"
    )


def _pollution_source(match: str, b: int) -> bool:
    """The name ending at ``b`` is an item of a list of pollution sources closed by households (降低和消除工业、农业和
    生活排污; ``industry_grammar.toml`` [pollution_sources]): an emitter, no trade the measure develops."""
    return match.startswith(("、", "和", "及", "与"), b) and _source_list_rx().match(match, b) is not None


# A certification verb opening a list (认定认证一批无公害农产品、绿色食品、有机食品), with its batch word.
_CERTIFY = re.compile(r"(?:认证|认定)(?:一批次?|了)?")


def _certified(match: str, a: int) -> bool:
    """The name starting at ``a`` is an item of a list of products a measure certifies (新增认定认证一批无公害农产品、
    绿色食品、有机食品产地和品种): product classes carrying a label, not trades the measure develops."""
    lo = max(0, a - 60)
    if match.find("认", lo, a) < 0:
        return False  # every certification verb (认证, 认定) holds 认: most names have none before them
    stop = max(match.rfind(ch, lo, a) for ch in ",;。:!?\n")
    seg_lo = max(lo, stop + 1)
    ends = [m.end() for m in _CERTIFY.finditer(match, seg_lo, a)]
    if not ends:
        return False
    before = match[ends[-1] : a]
    return before == "" or (before.endswith("、") and all(0 < len(p) <= 16 for p in before[:-1].split("、")))


def _market_goods(match: str, a: int, b: int) -> bool:
    """The name ``match[a:b]`` is (in) an item of a list of goods closed by the market that sells them (建材、钢材等
    生产资料市场, 纺织服装鞋帽、日用品…等工业消费品市场) or by wares alone (汽车配件、服装鞋帽等重点商品,): goods, not a
    trade the measure develops."""
    near = match[b : b + 100]
    if not any(w in near for w in goods_closers()):
        return False  # one test for most names
    m = goods_market_rx().match(match, b)
    if m is None:
        return False
    return "、" in m.group(0) or (a > 0 and match[a - 1] == "、")


# A phase of a named project after the name (智能家电一期项目, 新材料产业园管廊三期, 轨道交通二期): up to eight more
# characters of the name, then a numbered phase.
_PHASE = re.compile(r"[\u4e00-\u9fff]{0,8}?第?[一二三四五六七八九十\d]期(?![间限末中初])")


def _project_phase(match: str, b: int) -> bool:
    """The name ending at ``b`` goes on into a project's numbered phase (建成格力电器智能家电一期项目, 推进新材料产业园
    管廊三期): the name of one project, not a trade the measure develops."""
    return _PHASE.match(match, b) is not None


# The rest of a list item after a mention: more of a name, up to the next item or the list's 等
_ITEM_REST = re.compile(r"[\u4e00-\u9fff()()]{2,20}?(?=[、]|等)")
# A list closed as projects, in the same clause (等项目, 等重点项目, 等重大项目)
# 等 may count the projects (…等12个项目, 等十大重点项目), or take them as a batch of firms' projects by what they do
# for the chain (…等一批延链补链强链项目: heldout16 bj06 annotation, names of projects, no trades); a batch alone
# (…产业园等一批项目) and 产业项目 (等重大产业项目) may name the trades of the projects
_PROJECTS_END = re.compile(
    r"[^,;。:\n]*?等\s*(?:(?:\d{1,3}|[" + _CN + r"]{1,3})\s*[个大项])?(?:重点|重大)?"
    r"(?:一批(?:重点|重大)?(?:[延补强固]链){1,4})?项目"
)


def _listed_project_name(match: str, a: int, b: int) -> bool:
    """A mention that opens a longer item of a list the clause closes as projects (重点抓好智能电网高端装备产业
    基地、煤炭综采成套装备及智能控制系统、隆鑫机车工业园等项目): words of a project's name, not a trade; an item
    that is the trade alone (未来海洋、未来能源、空天科技等重大项目) names it."""
    scope = _PROJECT_SCOPE_BEFORE.search(match, max(0, a - 4), a)
    a = scope.start() if scope is not None else a  # 、|国家|航天产业基地: the level that names the base
    if a > 0 and match[a - 1] not in "、,:" and not _PROJECT_VERB_BEFORE.search(match, max(0, a - 4), a):
        return False
    rest = _ITEM_REST.match(match, b)
    return rest is not None and _PROJECTS_END.match(match, b) is not None


def _firm_project_item(grammar: Grammar, match: str, a: int, b: int) -> bool:
    """A mention that ends an item of a 、-list the clause closes as projects after a name no industry word or
    qualifier makes up (加快甲乙|新材料、丙丁|智能装备等重点项目): the project of a firm named for it, not a trade; an
    item of trade words and qualifiers only (未来海洋、未来能源等重大项目) names its trade."""
    if b >= len(match) or match[b] not in "、等" or _PROJECTS_END.match(match, b) is None:
        return False
    lo = max(0, a - 8)
    k = max(match.rfind(ch, lo, a) for ch in "、,;。:\n()的")
    if k < 0 and lo > 0:
        return False  # no item start within reach: a long description, not a name
    if match[b] != "、" and (k < 0 or match[k] != "、"):
        return False  # one item (加快白俄罗斯乳制品等项目): a trade's project in a place as often as a firm's
    k += 1
    for t in grammar.trigger_rx.finditer(match, k, a):
        k = t.end()  # 加快|力诚光伏: the verb before the first item
    v = _PROJECT_VERB_BEFORE.search(match, k, a)
    k = v.end() if v is not None else k
    return (
        a - k >= 2
        and covered_start(grammar.cover_words, match, k, a) > k
        and not grammar.has_morpheme(match[k:a])
    )


# The level of a base or park before its name in a list of projects (抓好国家存储器基地、国家|航天产业基地等项目)
_PROJECT_SCOPE_BEFORE = re.compile(r"(?:国家级|省级|市级|国家|全国)\Z")
_PROJECT_VERB_BEFORE = re.compile(r"(?:抓好|推进|推动|实施|建设|加快)\s*\Z")


def _business_word(match: str, b: int) -> bool:
    """A mention ending in 业 whose 业 opens 业务 (政务服务业务, 金融业务): the word is business, not a trade."""
    return match[b - 1 : b] == "业" and match[b : b + 1] == "务"


_LIST_COUNT = re.compile(r"\d{1,2}\s*(?:个|大|条|类|项)")


def _output_figure(match: str, b: int) -> bool:
    """A figure right after the name (煤炭5.3亿吨) gives a product's output; a list's count (电子2个产业链),
    a crop's sown area (扩种油菜16万亩, as 油菜种植面积 counts the farm trade) and a herd's head count (新增奶羊
    2.5万只, as 生猪存栏 counts it) do not."""
    return (
        b < len(match)
        and match[b].isdigit()
        and not _LIST_COUNT.match(match, b)
        and not _AREA_FIGURE.match(match, b)
    )


# A land area right after a name (油菜16万亩, 水稻2.5万公顷): the area sown, not an output; a head count (奶羊2.5万只,
# 肉牛3000头): the herd, counted in 头/只 as 存栏 and 出栏 are
_AREA_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*万?\s*(?:亩|公顷|头|只)")


# What a sector word may be the trade of: its projects and its investment (招引亿元以上制造业项目100个, 带动制造业
# 投资增长12%, 加快10个商贸项目建设), as statistics count investment and projects by sector.
_SECTOR_OBJECT = re.compile(r"(?:重大|重点)?项目|(?:固定资产)?投资")
# The heads that name the word before them as a trade (文旅产业, 海洋产业链, 商贸产业集群)
_TRADE_HEAD = ("产业",)
# A quoted scheme right after a sector word (先进制造业 “倍增计划”): the scheme is for that sector.
_QUOTED_SCHEME = re.compile(r"\s*\"")


def _joined_item(match: str, a: int, b: int) -> bool:
    """``match[a:b]`` opens a list after a joiner (住宿业与|文旅|、康养、研学等业态): an item, not a name's end."""
    return a > 0 and match[a - 1] in "与和及" and b < len(match) and match[b] == "、"


# The second of two sectors joined after the first (制造业|与服务业|融合发展): a sector name of one to six characters
_MERGED_SECOND = re.compile(r"[与和][\u4e00-\u9fff]{1,6}?业")


def _listed(match: str, a: int, b: int) -> bool:
    """``match[a:b]`` is a whole item of a list (制造业、批发和零售业、…; 制造业等6个行业), not the end of a longer
    name (未来海洋、未来能源: a modifier before it); or the sector a quoted scheme is for (先进制造业“倍增计划”), or
    the sector whose projects or investment are counted (制造业项目, 制造业投资, 先进制造业固定资产投资): not a qualifier of something else
    (先进制造业集群, 制造业企业, 制造业高质量发展)."""
    if a > 0 and match[a - 1] in "与和" and match.startswith(load_grammar().merger_words, b):
        return True  # 推动现代服务业与|制造业|深度融合: the second of two sectors merged, named whole
    merged = _MERGED_SECOND.match(match, b)
    if merged is not None and match.startswith(load_grammar().merger_words, merged.end()):
        return True  # 推进|制造业|与服务业融合发展: the first of two sectors merged, named whole
    if match.endswith(load_grammar().modifiers, max(0, a - 3), a) and not _joined_item(match, a, b):
        return False
    if _QUOTED_SCHEME.match(match, b):
        return True  # the sector a quoted scheme is for (先进制造业“倍增计划”培育企业): the sector itself
    if _SECTOR_OBJECT.match(match, b):
        return True
    if match.startswith(_TRADE_HEAD, b) and not match.startswith(load_grammar().parks, b):
        return True  # 文旅产业, 海洋产业链: the word named as a trade by its head (not 海洋产业园区: a park's name)
    if _framed_role(match, b):
        return True  # 以先进制造业为主导、…的产业体系: the sector as a role of a structure
    if _developed_sector(match, a, b):
        return True  # 推动制造业高质量发展。: the sector a verb develops, its whole object
    if b < len(match) and match[b] not in "、等和及与" and "\u4e00" <= match[b] <= "\u9fff":
        return False  # 产业基础再造、制造业|高质量发展: the start of a longer item
    return (a > 0 and match[a - 1] == "、") or (b < len(match) and match[b] in "、等")


def _developed_sector(match: str, a: int, b: int) -> bool:
    """``match[a:b]`` is the whole object of a development verb up to the clause end, a manner of its growth
    allowed (推动制造业|高质量发展。, 大力发展|先进制造业,): the sector named, as the annotators record broad sectors."""
    words, scopes = _developed_words()
    if match[a:b] not in words:
        return False
    g = load_grammar()
    if _growth_rx(g.sector_growth).match(match, b) is None:
        return False
    scope = next((w for w in scopes if match.endswith(w, 0, a)), "")  # 推动|本地区|制造业…: the verb's scope
    v = a - len(scope)
    return any(match.endswith(t, max(0, v - len(t)), v) for t in g.triggers if len(t) >= 2)


@lru_cache(maxsize=1)
def _developed_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The whole-economy sectors recorded as a development verb's whole object ([listed_only] developed), and the
    scopes that may stand between the verb and the sector (推动|本地区|制造业绿色高质量发展)."""
    with resources.files("policykg.loaders.data").joinpath("industries.toml").open("rb") as f:
        table = tomllib.load(f).get("listed_only", {})
    scopes = sorted(table.get("developed_scopes", []), key=len, reverse=True)
    return frozenset(table.get("developed", [])), tuple(scopes)


@lru_cache(maxsize=1)
def _growth_rx(growth: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(map(re.escape, growth))})?[,;。:!?\n]")


def _framed_role(match: str, b: int) -> bool:
    """``为F`` after ``match[:b]``, F a role in an industrial structure (为主导, 为支撑, 为基础)."""
    g = load_grammar()
    return match.startswith("为", b) and match.startswith((*g.framed, *g.chain_frames), b + 1)


@lru_cache(maxsize=1)
def _sector_names() -> tuple[str, ...]:
    """The GB/T 4754-2017 门类 and 大类 names joining two activities (批发和零售业, 文化、体育和娱乐业), which
    the grammar would split, also as policy text often prints them without their 、 (交通运输仓储和邮政业,
    电力热力燃气及水生产和供应业); the 门类 of five characters or more without 业 (卫生和社会工作)."""
    table = load_classifications()
    names = {
        e.name
        for e in table.entries.values()
        if e.scheme == "GB/T4754-2017"
        and e.level in ("门类", "大类")
        and len(e.name) >= 5
        and ("业" in e.name or e.level == "门类")
    }
    names |= {n.replace("、", "") for n in names if "、" in n}
    return tuple(sorted(names))


@lru_cache(maxsize=1)
def _short_sector_rx() -> re.Pattern[str]:
    """The GB/T 4754-2017 门类 names under five characters (教育, 建筑业, 金融业, 采矿业, 房地产业)."""
    table = load_classifications()
    names = sorted(
        (e.name for e in table.entries.values() if e.scheme == "GB/T4754-2017" and e.level == "门类"),
        key=len,
        reverse=True,
    )
    return re.compile("|".join(re.escape(n) for n in names if len(n) < 5))


_SECTOR_SEP = ",、"


def _short_sectors(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Short 门类 names that stand as whole items of a list of sectors (…居民服务、修理和其他服务业,教育,卫生和
    社会工作…): a separator on both sides (or 等 after), and a neighbouring item that is a sector name ending in
    业; elsewhere 教育 or 建筑业 is a field, not the statistical sector."""
    if match.count(",", lo, hi) + match.count("、", lo, hi) < 2:
        return []
    out: list[tuple[int, int]] = []
    for m in _short_sector_rx().finditer(match, lo, hi):
        a, b = m.span()
        if a == lo or match[a - 1] not in _SECTOR_SEP or b >= hi or match[b] not in _SECTOR_SEP + "等":
            continue
        before = match[max(lo, a - 12) : a - 1]
        after = match[b + 1 : b + 13]
        prev_item = re.split("[,、]", before)[-1]
        next_item = re.split("[,、。;等]", after)[0]
        if any(len(x) >= 3 and x.endswith(("业", "工作")) for x in (prev_item, next_item)):
            out.append((a, b))
    return out


@lru_cache(maxsize=4096)
def _new_key(label: str) -> str:
    return industry_key(mainland_wording(load_grammar(), to_simplified(strip_ruby(label))))


def new_industry(label: str, lexicon: IndustryLexicon, source_file: str) -> tuple[str, IndustryInfo]:
    """The key and info of an industry named ``label`` (as written, any script): the lexicon's when it knows the
    form, else a new one in mainland wording (the learned back-off's finds)."""
    key = lexicon.lookup(label) or _new_key(label)
    return key, _info(key, lexicon, source_file)


_JOINER = re.compile("[和与及]")
_GENERIC_BACK = 4  # how far before a mention a generic word it ends may start (实体|经济)


def _after_generic_joined(match: str, a: int, b: int, generic: Collection[str]) -> int:
    """Where a mention starts once a first part that ends a generic word begun before it is dropped (实体|经济和
    数字经济: 实体经济 is an economy form, its 经济 no trade joined to 数字经济); ``a`` otherwise."""
    j = _JOINER.search(match, a, b)
    if j is None or j.end() >= b:
        return a
    if any(match[k : j.start()] in generic for k in range(max(0, a - _GENERIC_BACK), a)):
        return j.end()
    return a


def _joins_known(match: str, a: int, b: int, lex_spans: list[tuple[int, int]]) -> bool:
    """``match[a:b]`` is two lexicon industries side by side (or split by 、), each wholly known; joined by
    与/及/和 they are one compound as written (生物医药与大健康, 氢能与储能)."""
    inside = sorted((x, y) for x, y in lex_spans if a <= x and y <= b)
    if len(inside) < 2 or inside[0][0] != a or inside[-1][1] != b:
        return False
    return all(match[y:x2] in ("", "、") for (_, y), (x2, _) in zip(inside, inside[1:], strict=False))


def _glued_cut(grammar: Grammar, match: str, a: int, b: int, lex_spans: list[tuple[int, int]]) -> int:
    """Where ``match[a:b]`` splits into a name of four characters or more that ends like an industry and a
    lexicon industry of four or more that ends the span (智能终端|电子信息); 0 when it does not. A first part
    made of qualifiers only (智能网联|新能源汽车) qualifies the second: one name."""
    for x, y in lex_spans:
        if y == b and x - a >= 4 and b - x >= 4:
            first = match[a:x]
            if grammar.evidence(first) and covered_start(grammar.modifier_words, match, a, x) > a:
                return x
    return 0


def find_industries(
    src: SourceDocument,
    span: Span,
    lexicon: IndustryLexicon,
    systems: dict[str, SystemInfo],
    *,
    region: str | None,
) -> tuple[list[IndustryRef], list[SystemRef], dict[str, IndustryInfo]]:
    """Industries and system references in ``src.text[span]``; see the module docstring."""
    match = src.match
    lo, hi = span.start, min(span.end, len(match))
    regions = protected_regions(match, lo, hi)
    forms, rx = _document_matcher(lexicon, systems)

    refs: list[IndustryRef] = []
    infos: dict[str, IndustryInfo] = {}
    for start, end, key in _mention_spans(src, lo, hi, lexicon, rx, forms, regions):
        surface = src.text[start:end]
        info = infos.get(key) or _info(key, lexicon, src.source_file)
        infos[key] = info
        if surface != info.pref_label:
            info.alt_labels.add(surface)
        if all(r.key != key for r in refs):
            refs.append(IndustryRef(key=key, surface=surface, span=Span(start, end)))
    if len(refs) > 1:
        refs = _one_per_sector(refs, infos)

    sys_refs = _system_refs(src, lo, hi, lexicon, systems, region, regions)
    for ref in sys_refs:
        info_s = systems[ref.key]
        for key in (*info_s.members, *(k for c in info_s.categories for k in c.members)):
            if key not in infos:
                infos[key] = _info(key, lexicon, src.source_file)
    return refs, sys_refs, infos


_COUNTED_CLASS = re.compile(r"[\d" + _CN + r"]\s*[个大条类项]")


def heading_trade(
    src: SourceDocument, heading: Span, title: str, lexicon: IndustryLexicon, systems: dict[str, SystemInfo]
) -> tuple[IndustryRef, IndustryInfo] | None:
    """The trade a section heading is, its title the name and head alone (一、奶羊产业; ``industry_grammar.toml``
    [heading_trade]): known, or ending like an industry and plain; None for any other heading."""
    m = heading_trade_rx().match(fold(title))
    a = -1 if m is None else src.match.find(m.group(1), heading.start, heading.end)
    if m is None or a < 0:
        return None
    b = a + len(m.group(1))
    name, match = m.group(1), src.match
    forms, _ = _document_matcher(lexicon, systems)
    grammar = load_grammar()
    key = forms.get(name)
    if key is None:
        plain = not grammar.is_abstract(name) and name not in grammar.broad and name not in lexicon.generic
        counted = _COUNTED_CLASS.search(name) or m.group(0).strip(" 。.") in lexicon.generic
        if not plain or counted or grammar.stop_rx.search(name) or _generic_with_head(lexicon, match, a, b):
            return None  # 一、重点产业, (一)四大支柱产业: a class of trades, no trade
        key = _new_key(src.text[a:b])
    if not key:
        return None
    return IndustryRef(key=key, surface=src.text[a:b], span=Span(a, b)), _info(key, lexicon, src.source_file)


# A heading or a measure's title that is a sector's name alone, X业 (金融业, 现代物流业, 商贸服务业)
_SECTOR_TITLE = re.compile(r"\s*([\u4e00-\u9fff]{2,10}?业)\s*[。.]?\s*\Z")


def sector_title(
    src: SourceDocument, heading: Span, title: str, lexicon: IndustryLexicon, systems: dict[str, SystemInfo]
) -> tuple[IndustryRef, IndustryInfo] | None:
    """The sector a heading or a measure's title is, its name X业 alone (一、金融业; (二)现代物流业。建设…): the
    section or item is that sector's part of a plan by sector, as [heading_trade] reads 奶羊产业. X is made of
    industry words and qualifiers only (金融, 现代物流, 商贸服务); not a whole-economy sector (农业, 服务业, 制造业),
    a generic word, or a sector the lexicon names only in lists."""
    m = _SECTOR_TITLE.match(fold(title))
    if m is None:
        return None
    name = m.group(1)
    a = src.match.find(name, heading.start, heading.end)
    grammar = load_grammar()
    if a < 0 or not grammar.sector_name(name) or covered_start(grammar.cover_words, name, 0, len(name) - 1):
        return None
    forms, _ = _document_matcher(lexicon, systems)
    key = forms.get(name) or _new_key(src.text[a : a + len(name)])
    if (
        not key
        or key in lexicon.listed_only
        or lexicon.is_generic(name)
        or name in grammar.standing_classes
        or name in grammar.broad
    ):
        return None
    span = Span(a, a + len(name))
    return IndustryRef(key=key, surface=src.text[span.start : span.end], span=span), _info(
        key, lexicon, src.source_file
    )


def _one_per_sector(refs: list[IndustryRef], infos: dict[str, IndustryInfo]) -> list[IndustryRef]:
    """One industry named two ways in a span, as a trade and as its sector (住宿消费 and 住宿业): the sector name
    X业 only, as GB/T 4754-2017 names it (住宿业, 餐饮业); as a list item and with its head (文化产业 … 文化、物流、
    会展等产业): the item's label, X, as the list names it beside the others."""
    keys = {r.key for r in refs}
    dup = {r.key for r in refs if r.key + "业" in keys}
    dup |= {r.key for r in refs if r.key.endswith("产业") and r.key.removesuffix("产业") in keys}
    if not dup:
        return refs
    for k in dup:
        infos.pop(k, None)
    return [r for r in refs if r.key not in dup]


def _system_refs(
    src: SourceDocument,
    lo: int,
    hi: int,
    lexicon: IndustryLexicon,
    systems: dict[str, SystemInfo],
    region: str | None,
    regions: list[tuple[int, int]],
) -> list[SystemRef]:
    match = src.match
    hits: list[tuple[int, int, str, str]] = []  # start, end, code, label noun
    has = match[lo:hi]
    for m in _codes(match, lo, hi) if "+" in has else ():
        noun = _CODE_NOUN.match(match, m.end())
        if noun is None or _in_title(match, m.start(), regions):
            continue
        hits.append((m.start(), noun.end(), _norm_code(m.group(1)), noun.group(1)))
    for m in _QUOTED_CODE.finditer(match, lo, hi) if '"' in has else ():
        noun = _CODE_NOUN.match(match, m.end())
        if noun is not None and noun.group(1).endswith(("体系", "集群", "产业链", "产业")):
            hits.append((m.start(), noun.end(), m.group(1), noun.group(1)))
    for m in _CHAINS.finditer(match, lo, hi) if "条" in has else ():
        code = _chain_code(m.group(1))
        if code and not _in_title(match, m.start(), regions):
            hits.append((m.start(), m.end(), code, ""))
    out: list[SystemRef] = []
    seen: set[str] = set()
    for start, end, code, noun_text in sorted(hits):
        info = _resolve(code, noun_text, region, lexicon, systems, src.source_file)
        if info.key not in seen:
            seen.add(info.key)
            out.append(SystemRef(key=info.key, surface=src.text[start:end], span=Span(start, end)))
    out += _category_refs(src, lo, hi, systems, seen)
    out += _named_systems(src, lo, hi, lexicon, systems, region, regions, seen)
    return out


def _category_refs(
    src: SourceDocument, lo: int, hi: int, systems: dict[str, SystemInfo], seen: set[str]
) -> list[SystemRef]:
    """ "五大传统优势产业" names a category of a system the document defined: a reference to that system."""
    match = src.match
    out: list[SystemRef] = []
    defined = match.find("大", lo, hi) >= 0 and any(
        s.source.startswith("defined in") for s in systems.values()
    )
    for m in _CATEGORY.finditer(match, lo, hi) if defined else ():
        n = int(m.group(1)) if m.group(1).isdigit() else cn_number(m.group(1))
        for info in systems.values():
            if info.key in seen or not info.source.startswith("defined in"):
                continue
            for cat in info.categories:
                if name_key(cat.label) == name_key(m.group(0)) and n == len(cat.members):
                    seen.add(info.key)
                    out.append(
                        SystemRef(
                            key=info.key, surface=src.text[m.start() : m.end()], span=Span(m.start(), m.end())
                        )
                    )
                    break
    return out


def _named_systems(
    src: SourceDocument,
    lo: int,
    hi: int,
    lexicon: IndustryLexicon,
    systems: dict[str, SystemInfo],
    region: str | None,
    regions: list[tuple[int, int]],
    seen: set[str],
) -> list[SystemRef]:
    """A system the document names by its count (四大新兴产业, 十大重点农业产业链, 五大千亿产业板块): its
    members are the 、-list just before the name when the count matches, else unknown."""
    match = src.match
    out: list[SystemRef] = []
    categories: set[str] | None = None  # the systems' category names, once a count-named system is seen
    for m in _NAMED_SYSTEM.finditer(match, lo, hi) if match.find("大", lo, hi) >= 0 else ():
        n = int(m.group(1)) if m.group(1).isdigit() else cn_number(m.group(1))
        if not n or n < 2 or _in_title(match, m.start(), regions):
            continue
        if match.startswith(load_grammar().parks, m.end()):
            continue  # 东部、花都、南沙三大汽车产业|基地: a park or base in each place, not a set of trades
        if categories is None:
            categories = {name_key(c.label) for s in systems.values() for c in s.categories}
        if name_key(m.group(0)) in categories:
            continue
        code = to_simplified(src.text[m.start() : m.end()]).replace(" ", "")
        key = system_key(code, region)
        if key not in systems:
            members = _list_before(src, lexicon, _clause_start(match, lo, m.start()), m.start(), n)
            how = "defined in" if members else "referenced in"
            systems[key] = SystemInfo(
                key=key,
                label=code,
                code=code,
                region=region,
                members=members or [],
                source=f"{how} {src.source_file}" + ("" if members else "; members unknown"),
            )
        if key not in seen:
            seen.add(key)
            out.append(
                SystemRef(key=key, surface=src.text[m.start() : m.end()], span=Span(m.start(), m.end()))
            )
    return out


def _clause_start(match: str, lo: int, pos: int) -> int:
    return max(lo, max(match.rfind(ch, lo, pos) for ch in ",;:。\n") + 1)


def _in_title(match: str, pos: int, regions: list[tuple[int, int]]) -> bool:
    """Inside a cited title 《…》: a system named there belongs to the cited document."""
    return any(a <= pos < b for a, b in regions if match[a] in "《<")


def _resolve(
    code: str,
    noun: str,
    region: str | None,
    lexicon: IndustryLexicon,
    systems: dict[str, SystemInfo],
    source_file: str,
) -> SystemInfo:
    chain: list[str | None] = [*lexicon.regions.ancestors(region)] if region else []
    for r in chain or [None]:
        key = system_key(code, r)
        if key in systems:
            return systems[key]
    if not region:
        hits = [s for s in systems.values() if s.code == code]
        if len(hits) == 1:
            return hits[0]
    known = lexicon.resolve_system(code, region)
    if known is not None:
        copy = replace(
            known,
            categories=[replace(c, members=list(c.members)) for c in known.categories],
            members=list(known.members),
        )
        systems[copy.key] = copy
        return copy
    label = f'"{code}"{noun}' if "+" in code else code
    info = SystemInfo(
        key=system_key(code, region),
        label=label,
        code=code,
        region=region,
        source=f"referenced in {source_file}; members unknown",
    )
    systems[info.key] = info
    return info
