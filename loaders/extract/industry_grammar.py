"""Industries found by the grammar of their mentions, without a lexicon (``data/industry_grammar.toml``).

Three rules, each on ``src.match`` (Simplified, ASCII punctuation), each giving label spans:

* **Enumerations closed by a head**: ``A、B和C等(N个|N大)?X(产业|领域|产业链|集群|行业)``: every item is an
  industry (a compound such as 汽车及零部件 is kept whole; ``和`` splits two long items only). A stated N is
  a check: a longer list keeps its last N items. Under a weak head (领域, 行业) every item must contain an
  industry morpheme (材料, 装备, 医药 …). A head ``X服务业`` / ``X制造业`` with a specific X is an industry too.
* **Enumerations opened by a trigger**: ``重点发展/聚焦/围绕/培育/打造 … A、B、C`` to the end of the clause, at
  least three items, each containing a morpheme.
* **Heads**: ``X产业``, ``X产业链``, ``X产业集群`` (label X), ``X工业``, ``X经济`` (label kept whole), X cut
  on the left at the last trigger or stop word, ending in a morpheme.

Names followed by an institution word (大数据中心, 汽车维修工, 数字产业金廊) are not mentions; generic words
(重点产业, 战略性新兴产业 …) never are. Callers merge these spans with lexicon hits (longest wins).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from policykg.errors import ExtractError
from policykg.loaders.extract.classify import load_classifications
from policykg.loaders.extract.divisions import load_divisions
from policykg.loaders.extract.industry_contexts import bare_formats, qualified_new_forms
from policykg.loaders.extract.industry_firm_kinds import (
    class_members,
    engaged_trades,
    finance_kinds,
    framed_classes,
    programme_items,
    researched,
    resources_closed,
)
from policykg.loaders.extract.numerals import CN_NUMERAL_CHARS, cn_number
from policykg.loaders.extract.textscan import find_all, first_ending, first_opening, words_rx

__all__ = [
    "Grammar",
    "covered_start",
    "doc_cues",
    "goods_market_rx",
    "grammar_mentions",
    "in_plus_list",
    "institution_follows",
    "load_grammar",
    "strip_ruby",
]

_CJK = r"\u4e00-\u9fff"
_ITEM_CHARS = re.compile(rf"[{_CJK}A-Za-z0-9]+")
_ITEM_MAX = 12  # the longest list item that can be one name
_QUOTES = "\"'“”‘’"
_CLAUSE_STOP = ',;。:!?\n()"“”《》'
_MEMO_MAX = 1 << 16  # names kept by a memo before it starts again (a long build reads many documents)


_CLAUSE_END = re.compile(r"[,。;!?\n]")


_WARES_REACH = 40  # how far before a name the market whose wares it may be is looked for


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# From a list item's end to the class word after its 等 (光伏|、风电等|新能源): the class is group 1
_TO_LIST_CLASS = re.compile(rf"(?:[、和及与][{_CJK}]{{1,8}}){{0,6}}等([{_CJK}]{{0,4}})")
# A head of trades between a list's 等 and a use word (等传统产业|改造): the list names trades, not fuels
_TRADE_CLASS = re.compile(r"产业|行业|领域")


@dataclass(frozen=True)
class Grammar:
    triggers: tuple[str, ...]
    heads: tuple[str, ...]
    dropped: tuple[str, ...]
    kept: tuple[str, ...]
    morphemes: tuple[str, ...]
    institutions: tuple[str, ...]
    stop: tuple[str, ...]
    modifiers: tuple[str, ...] = ()
    parks: tuple[str, ...] = ()
    joined_others: tuple[str, ...] = ()  # 中小企业|与电子信息: no industry before the joiner
    unsuffixed: tuple[str, ...] = ()  # 生活性服务: a head only where 业 does not follow (then 服务业 is)
    taiwan: tuple[
        tuple[str, str], ...
    ] = ()  # 网路 → 网络: a Taiwan word of an industry name, its mainland word
    trade: tuple[str, ...] = ()
    counted: tuple[str, ...] = ()  # 机构: a trade head only before a count of bodies (金融机构20家)
    broad: frozenset[str] = frozenset()
    headed: frozenset[str] = frozenset()  # 数据|产业, 信息|服务业: a stem naming a trade with its head
    products: tuple[str, ...] = ()
    products_after: tuple[str, ...] = ()  # 大健康|发酵产品: the goods made, no trade
    strong: frozenset[str] = frozenset()
    strong_mods: tuple[str, ...] = ()  # 特色行业: a weak head a list's members qualify as the place's trades
    # 便民消费业态: the qualifiers of 业态 that make every item a trade of consumer services (not its outlets by size)
    format_mods: tuple[str, ...] = ()
    service_trades: tuple[str, ...] = ()  # 等服务行业: a list of the service trades of daily life
    service_works: frozenset[str] = frozenset()  # 设计: a generic word naming a service in a service list
    format_sizes: tuple[str, ...] = ()  # 小型商场超市: an outlet's size makes the item a format, no trade
    facilities: tuple[str, ...] = ()  # 枢纽: a facility named for its trade (航空物流|枢纽)
    facility_roles: tuple[
        str, ...
    ] = ()  # 综合贸易, 进口集散: what a facility does for its trade, before its head
    abstract: tuple[str, ...] = ()
    stages: frozenset[str] = frozenset()
    heritages: tuple[str, ...] = ()  # 文化: 敦煌文化、丝路文化 name heritages, not trades
    licensed: frozenset[str] = (
        frozenset()
    )  # 娱乐场所: a trade head kept whole on the venues a statute licenses
    class_words: frozenset[str] = frozenset()
    activities: tuple[str, ...] = ()
    join_activities: tuple[str, ...] = ()  # 机械制造|及汽车零部件: an activity closing a name before 及/与
    merger_words: tuple[str, ...] = ()  # 文化与旅游产业|融合发展: two things merged, not one compound
    unrecorded_sectors: frozenset[str] = frozenset()  # 工业: a sector in a list, itself not recorded
    novelties: tuple[str, ...] = ()
    framed: tuple[str, ...] = ()
    chain_frames: tuple[
        str, ...
    ] = ()  # 以A为主导、B为支撑、C为基础的产业体系: the roles of a structure chain
    chain_heads: tuple[str, ...] = ()
    consumption_after: tuple[str, ...] = ()  # 餐饮业|促消费活动: the sector whose consumption is promoted
    consumption_verbs: tuple[str, ...] = ()  # 发放|住宿业消费券: no part of the sector's name
    singles: frozenset[str] = frozenset()
    minerals: tuple[str, ...] = ()  # 稀土|资源: the mineral's mining and processing trade
    market_head: str = ""  # 市场: no trade after goods or a trading form (食品|市场, 农副产品批发|市场)
    market_forms: tuple[str, ...] = ()  # 批发, 零售: the trading form of a marketplace
    market_sales: tuple[str, ...] = ()  # 销售: 农贸市场|蔬菜、水果|销售 names the market's wares
    manners: frozenset[str] = frozenset()  # 标准化: a manner of production alone, no trade
    scales: tuple[str, ...] = ()
    # 超|500|亿: a size written in figures before a closing's head (等5条超500亿产业链), as the ranks
    size_marks: tuple[str, ...] = ()
    size_units: tuple[str, ...] = ()
    complements: tuple[str, ...] = ()  # 建设|好|茶叶基地: the verb's result, no part of the name after it
    # the ranks among the scales (国家级, 千亿级, 世界一流): before a list's head after 等 (等国家级优势特色产业集群) or
    # glued to its last item (电子信息、装备制造万亿级产业集群), a rank qualifies the head, no item
    ranks: tuple[str, ...] = field(init=False, repr=False, compare=False)
    openers: tuple[str, ...] = ()
    list_openers: tuple[str, ...] = ()  # 形成|鲜切花、…: verbs glued to a list's first item, no triggers
    opener_adverbs: tuple[str, ...] = ()  # 大力|引导|…, 全力|化解|…: adverbs of effort before a list opener
    use_verbs: tuple[str, ...] = ()  # 使用|天然气、电、地热…: a list of what is used, no trades
    disciplines: tuple[str, ...] = ()  # 合成生物|学: a science named for its object, no trade
    institution_closers: tuple[str, ...] = ()  # 超高清视频、新型储能等创新中心: fields of institutions
    steering_bodies: tuple[str, ...] = ()  # 新能源产业发展|领导小组: a steering body
    designation_sectors: frozenset[str] = frozenset()  # 现代农业|产业园: a site's conferred title, no trade
    designation_titles: tuple[str, ...] = ()
    designation_ranked: frozenset[str] = frozenset()  # 市级|现代服务业|集聚区: a title only after a rank
    designation_ranks: tuple[str, ...] = ()
    fuel_uses: tuple[str, ...] = ()
    # 人工智能|赋能, 人工智能|模型: a technique put to work, no trade
    tool_uses: tuple[str, ...] = ()
    tool_merges: tuple[str, ...] = ()  # 人工智能|与实体经济深度融合: a technique merged, no trade
    merge_targets: tuple[str, ...] = ()  # 互联网、…、人工智能同|产业发展|深度融合: the list is of means
    field_bodies: tuple[str, ...] = ()  # 水利、能源等行业|主管部门: bodies named for the fields listed
    trade_not: frozenset[str] = frozenset()  # 物业服务|企业: no trade before a trade head
    field_bodies_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    tool_owners: tuple[str, ...] = ()  # 政务|大数据体系: a government function's own technique, no trade
    techniques: frozenset[str] = frozenset()
    indicators: tuple[str, ...] = ()
    sector_figures: tuple[str, ...] = ()  # 产值, 营业收入: a sector's output or revenue (软件业|营业收入)
    produce_indicators: tuple[str, ...] = ()  # 产量, 面积: indicators of a crop or livestock only
    chain_positions: tuple[str, ...] = ()
    chain_not_trades: frozenset[str] = frozenset()  # 人才|链, 供应|链: chains of other things, no trade
    chain_verbs: tuple[str, ...] = ()  # 钢铁链|延伸: what a plan does to the chain, no part of the name
    sector_growth: tuple[str, ...] = ()  # 推动旅游业|高质量发展: how the sector object is to grow
    joined_broad: frozenset[str] = (
        frozenset()
    )  # 推进制造业与服务业|融合发展: broad sectors named as a joined pair
    bare_growth_heads: tuple[str, ...] = ()  # 加快海洋渔业|发展: the farm sectors a bare 发展 may follow
    bare_growth_word_len: int = 0  # 促进会展业|发展: the length of a one-word sector a bare 发展 may follow
    object_scopes: tuple[str, ...] = ()  # 推进全市|乡村旅游发展: a scope before a verb's object
    bare_object_ends: tuple[str, ...] = ()  # 发展农村|电商。: trade words ending a plain verb's trade
    bare_object_verbs: tuple[str, ...] = ("发展",)  # 发展|农村电商。, 推动|水产品加工流通。
    grown_verbs: tuple[str, ...] = ()  # 推进|数字金融|发展: verbs of support before a name and its growth
    grown_manners: tuple[str, ...] = ()  # 推动绿色|低碳|发展: a manner of growth, no name
    grown_aims: tuple[str, ...] = ()  # 推动|普惠|金融发展: a public aim of access, no trade
    grown_ends: tuple[str, ...] = ()  # 促进科技金融|发展壮大: other words for its growth at the clause end
    numbered_topic: bool = False  # 2.装备制造,以…: a numbered item's run-in title naming its trade
    carrier_rx: re.Pattern[str] | None = None  # 智能制造|产业园、…为核心: parks named as carriers, no trades
    sole: tuple[str, ...] = ()
    series_verbs: tuple[str, ...] = ()  # 发展, 做精: the verb of one clause of a series (大力发展|中药;)
    series_adverbs: tuple[str, ...] = ()  # 大力, 着力: the adverb before it
    series_heads: tuple[str, ...] = ()  # 产业, 现代服务业: the industry head of the clause opening the series
    series_not_ends: tuple[str, ...] = ()  # 体系, 建设: objects that are no trade
    topic_heads: tuple[str, ...] = ()  # 产业链: X产业链方面, as a paragraph's topic
    topic_words: tuple[str, ...] = ()  # 方面
    run_in_heads: tuple[
        str, ...
    ] = ()  # 行业, 产业: the head of a run-in trade opening a sentence (焦化行业,)
    run_in_verbs: tuple[str, ...] = ()  # 发展, 壮大: a development verb opening a sentence (壮大现代物流,)
    run_in_scopes: tuple[str, ...] = ()  # 全域, 特色: the reach or distinction of the plan, before its trade
    figure_cuts: tuple[str, ...] = ()  # 年, 且: a period or a joiner before a sector whose output is stated
    firm_forms: tuple[str, ...] = ()
    prepositions: frozenset[str] = frozenset()  # single characters
    public_mods: tuple[str, ...] = ()  # 等民生领域: public services, no trades
    project_ranks: frozenset[str] = frozenset()
    firm_named: frozenset[str] = frozenset()  # heads whose items may be firms' names (…等重点项目, …等企业)
    # strong heads only under a trade named before the list in its clause (新材料产业全力推动碳纤维、…等板块); without one
    # (东部、西部等板块) weak: their items must end like trades
    parented: frozenset[str] = frozenset()
    parents: tuple[str, ...] = ()  # the trade heads that name such a parent (产业, 行业)
    # a rank of firm between 等 and 企业 (…等重点企业): firms named, no trades
    firm_ranks: tuple[str, ...] = ()
    # 优势: a weak head strong when one item ends like a trade (…隔膜、电解液等优势领域)
    evidenced_mods: tuple[str, ...] = ()
    standings: tuple[str, ...] = ()  # 主导, 特色: a trade's standing between its name and 产业
    standing_classes: tuple[str, ...] = ()  # 农业|特色产业: a sector's standing trades, a class
    chain_scopes: tuple[str, ...] = ()  # 区域|特色优势农业主导产业: a scope opening a long standing chain
    sector_class_qualifiers: tuple[str, ...] = ()  # 新型|农业产业集群: the sector's trades as a class
    evaluative: tuple[str, ...] = ()
    programmes: tuple[
        str, ...
    ] = ()  # 优质粮食产业|工程: a programme named for the trade, not the trade  # 优质, 精品: a judgement of quality before a name, not part of it
    before_produce: tuple[
        str, ...
    ] = ()  # 现代|粮食: a qualifier that names no segment of a crop or livestock
    animal_ends: tuple[str, ...] = ()  # 山地|鸡, 长毛|兔: a kind of livestock ends in its animal
    raising_verbs: tuple[str, ...] = ()  # 养殖, 饲养: the verbs of raising livestock
    produce_verbs: tuple[str, ...] = ()  # 种植|水稻、高粱等作物: the list starts after the verb
    crop_verbs: tuple[str, ...] = ()  # 玉米|种植: the crop names the trade, the verb is dropped
    livestock_verbs: tuple[str, ...] = ()  # 生猪|养殖: one kind of livestock names the trade, no verb
    livestock_kept_whole: tuple[str, ...] = ()  # 畜禽养殖, 水产养殖: collective kinds keep the verb
    policy_kinds: frozenset[str] = frozenset()  # 财政, 土地: kinds of policy a list of levers names
    policy_domains: tuple[str, ...] = ()  # 科技创新, 对外开放: domains of work a list of fields names
    goods: tuple[str, ...] = ()  # 农产品, 食品: goods in general ([goods]), no trade before a facility
    handouts: tuple[str, ...] = ()  # 发放: handing out a subsidy for the goods listed after it
    promotions: tuple[str, ...] = ()  # 促消费政策: what closes a list of goods whose consumption is promoted
    campaigns: tuple[str, ...] = ()  # 下乡: a campaign taking the goods named before it to the countryside
    subsidies: tuple[str, ...] = ()  # 消费补贴, 消费券: the subsidy closing that list
    foundations: tuple[str, ...] = ()  # 基础|零部件、基础|材料: the foundations of industry, no trades
    produce_list_verbs: tuple[str, ...] = ()  # 生猪、肉牛和蔬菜|生产: a verb after the list governing it all
    quantities: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a head and the words making it no trade
    not_quantities: tuple[tuple[str, tuple[str, ...]], ...] = ()  # 消费|品质: longer words making no quantity
    not_sectors: tuple[str, ...] = ()  # words ending in 业 that name no sector (企业, 就业, 事业)
    word_starts: tuple[str, ...] = ()  # words beginning with a stop word (有色): the stop does not cut them
    bound_words: tuple[str, ...] = ()  # 加大: a name from its last character on (大健康) is cut from it
    bound_breakers: tuple[str, ...] = ()  # 推广: a word holding a bound word's first character (推广|大豆)
    produce: tuple[str, ...] = ()  # crops and livestock: two listed together name farm trades
    produce_heads: tuple[
        str, ...
    ] = ()  # 生猪|生产, 肉牛|全产业链: what a crop or livestock alone is the trade of
    breeding: tuple[str, ...] = ()  # 种质资源: a list of species bred, no farm trades
    research: tuple[str, ...] = ()  # 实验室: 小麦、家禽两个省实验室 names the labs' subjects, no farm trades
    residues: tuple[str, ...] = ()  # 秸秆: 油菜、小麦秸秆 names what is left of the crops, no farm trades
    sowing_verbs: tuple[str, ...] = ()  # 扩种: 扩种|油菜16万亩 names the crop sown, a farm trade
    counted_verbs: tuple[str, ...] = ()  # 种植: 油菜|种植|1200亩, the crop whose area is counted
    counted_units: tuple[str, ...] = ()  # 亩, 头: an area sown or a head count after a crop
    counted_not_after: tuple[str, ...] = ()  # 每: 每头|奶牛5.5吨, a rate per head, no count
    raised_kinds: tuple[str, ...] = ()  # 特种: 特种水产养殖 names a segment of the farm trade
    produce_qualifiers: tuple[
        str, ...
    ] = ()  # 等特色|小杂粮: a distinction before a crop class, longest first
    # 粮食: named by its head only outside a sentence on the duty of grain security and before no zone
    produce_heads_not: frozenset[str] = frozenset()
    produce_head_zones: tuple[str, ...] = ()  # 粮食生产|功能区: a zone designated, no trade
    produce_head_duties: tuple[str, ...] = ()  # 责任, 同责, 安全: a sentence on a duty, no trade
    produce_head_restructured: tuple[str, ...] = ()  # 优化|粮食生产: its structure adjusted, no trade
    produce_manners: tuple[str, ...] = ()  # 规模化, 标准化: how a crop is farmed (生猪|规模化|养殖)
    bodies: tuple[
        str, ...
    ] = ()  # kinds of body (高校, 机构): a trade's firms listed after them are bodies too
    body_firms: tuple[str, ...] = ()  # 企业
    body_classes: tuple[str, ...] = ()  # 运输企业等|主体: a list's class naming its items as bodies
    # 以大健康为目标的|医药养生产业: the frames of one list item's name (its aim, standard, feature …)
    item_frames: tuple[str, ...] = ()
    member_frames: tuple[str, ...] = ()  # 以大数据为引领的电子信息产业: the framed word names a trade too
    platform_trades: tuple[
        str, ...
    ] = ()  # 电子商务|平台: trades whose firms are platforms, 平台 no institution
    close_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    trigger_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    suffix_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    morph_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    morph_end_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    cover_words: frozenset[str] = field(init=False, repr=False, compare=False)
    modifier_words: frozenset[str] = field(init=False, repr=False, compare=False)
    inst_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    stop_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    sole_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    series_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    pair_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # 发展|数字贸易和服务贸易,
    run_in_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    topic_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # 脐橙(小水果)产业链方面,
    handout_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    run_in_verb_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    broad_tuple: tuple[str, ...] = field(init=False, repr=False, compare=False)  # for endswith
    headed_words: tuple[str, ...] = field(init=False, repr=False, compare=False)  # dropped, kept, trade heads
    list_head_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    site_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # the parks and bases
    item_frame_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # 以X为F的 opening an item
    produce_longest: tuple[str, ...] = field(init=False, repr=False, compare=False)  # produce, longest first
    produce_firsts: frozenset[str] = field(init=False, repr=False, compare=False)
    materials: tuple[str, ...] = field(init=False, repr=False, compare=False)  # minerals, crops: 萤石|加工
    farmed_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # (畜禽)+养殖
    sown_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # 扩种(油菜)
    counted_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # 大豆(?=2.4万亩)
    market_wares_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # 市场(蔬菜、水果)销售
    species_farmed_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # 山地鸡养殖
    produce_head_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # 生猪(?=生产)
    guarded_head_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # 粮食(?=生产)
    sector_figure_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # X业(实现)?产值
    produce_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # a list of crops or livestock
    # 食物: foods closing a list of produce before their supply (等各类食物有效供给)
    foods: tuple[str, ...] = ()
    linked_chains: tuple[str, ...] = ()  # 人才链: a chain a plan links with the industrial one
    colon_heads: tuple[str, ...] = ()  # 主导产业:A、B: a class heading a list after a colon
    colon_strong: frozenset[str] = frozenset()  # the colon heads whose items need no industry ending
    colon_head_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # 细分领域:$
    supplies: tuple[str, ...] = ()
    # 等各类食物有效供给 after a list of produce
    food_supply_rx: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)
    # 两个省|实验室 after a list of crops or livestock
    research_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    mineral_rx: re.Pattern[str] = field(init=False, repr=False, compare=False)  # 稀土|资源
    name_ends: tuple[str, ...] = field(init=False, repr=False, compare=False)  # dropped + trade suffixes
    # first characters of the morphemes and triggers: where neither regex can match (``splits_word``)
    word_firsts: frozenset[str] = field(init=False, repr=False, compare=False)
    # the bound words of two characters or more by their last character: ``splits_word`` asks at every name's start
    _bound_by_last: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    # ``evidence`` by name: the same names are asked for again and again (by every rule, in every measure)
    _evidence_memo: dict[str, bool] = field(init=False, repr=False, compare=False)
    _quantity_afters: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _quantity_heads: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        cn = CN_NUMERAL_CHARS
        object.__setattr__(self, "ranks", tuple(w for w in self.scales if w.endswith(("级", "一流"))))
        object.__setattr__(
            self,
            "close_rx",
            re.compile(
                rf"(?:等\s*(?:(?P<n>\d{{1,2}}|[{cn}]{{1,3}})\s*(?:个|大|条|类|项)?)?"
                rf"|(?<=[{_CJK}])(?P<n2>\d{{1,2}}|[{cn}]{{1,3}})(?:大(?!力)|个|条)"
                # A、B、C多领域 / 多个领域: a list closed by "several" instead of 等 (no count stated)
                rf"|(?<=[{_CJK}])(?P<many>多个?)(?=[{_CJK}]{{0,2}}(?:领域|赛道|板块|行业))"
                # 以A、B等|为主导的: a framed list may close its items with 等 before the frame
                rf"|(?P<frame>(?:等\s*)?为(?:{_alt(list(self.framed) or ['主导'])})的?))"
                rf"\s*(?:(?P<rank>{_alt(list(self.ranks) or ['国家级'])})\s*)?"
                rf"{self._figure_size()}"
                # the head's qualifier may be quoted (为主导的"大健康"产业)
                rf"(?:(?<=的)\"(?=[{_CJK}]{{1,6}}\"))?(?P<mod>{self._standing_chain()}|[{_CJK}]{{0,6}}?)\"?"
                rf"(?P<head>{self._head_alt()})"
            ),
        )
        object.__setattr__(self, "trigger_rx", re.compile(_alt(list(self.triggers))))
        object.__setattr__(
            self, "suffix_rx", re.compile(_alt([*self.dropped, *self.trade, *self.kept, *self.counted]))
        )
        object.__setattr__(self, "morph_rx", re.compile(_alt(list(self.morphemes))))
        object.__setattr__(self, "morph_end_rx", re.compile(f"(?:{_alt(list(self.morphemes))})$"))
        object.__setattr__(
            self,
            "cover_words",
            frozenset([*self.morphemes, *self.modifiers, *self.singles, *self.evaluative]),
        )
        object.__setattr__(self, "modifier_words", frozenset(self.modifiers))
        object.__setattr__(self, "inst_rx", re.compile(f"(?:{_alt(list(self.institutions))})"))
        object.__setattr__(
            self,
            "sector_figure_rx",
            re.compile(
                rf"([{_CJK}]{{2,10}}?业)(?:实现|完成)?(?:{_alt(list(self.sector_figures) or ['产值'])})"
            ),
        )
        object.__setattr__(self, "stop_rx", re.compile(_alt([*self.stop, *self.scales, *self.triggers])))
        object.__setattr__(self, "name_ends", (*self.dropped, *self.trade))
        crop = _alt(list(self.produce) or ["水稻"])
        firsts = "".join(
            sorted({w[0] for w in self.produce} or {"水"})
        )  # a class first: one test per position
        # each item may carry the plan's distinction (优质小麦、优质中药材、优质花生: a quality-prefixed list)
        quality = _alt(list(self.produce_qualifiers) or ["优质"])
        qfirsts = "".join(sorted({w[0] for w in self.produce_qualifiers}))
        item = rf"(?:{quality})?(?:{crop})"
        object.__setattr__(
            self, "produce_rx", re.compile(rf"(?=[{firsts}{qfirsts}]){item}(?:[、和及与]{item})+")
        )
        object.__setattr__(
            self, "site_rx", re.compile(_alt([p for p in self.parks if "园" in p or "基地" in p]))
        )
        object.__setattr__(self, "broad_tuple", tuple(sorted(self.broad)))
        object.__setattr__(self, "produce_longest", tuple(sorted(self.produce, key=len, reverse=True)))
        object.__setattr__(self, "produce_firsts", frozenset(w[0] for w in self.produce))
        materials = sorted({*self.minerals, *self.produce}, key=len, reverse=True)
        object.__setattr__(self, "materials", tuple(materials))
        verbs = _alt(list(self.produce_verbs) or ["养殖"])
        manners = _alt(list(self.produce_manners) or ["规模化"])
        object.__setattr__(
            self,
            "farmed_rx",
            re.compile(rf"(?=[{firsts}])(?P<crop>(?:{crop})+)(?P<manner>(?:{manners}){{0,3}})(?:{verbs})"),
        )
        sowing = _alt(list(self.sowing_verbs) or ["扩种"])
        sales = _alt(list(self.market_sales) or ["销售"])
        object.__setattr__(
            self,
            "market_wares_rx",
            re.compile(rf"市场((?:[{_CJK}]{{1,6}}[、和及与])+[{_CJK}]{{1,6}}?)(?:{sales})"),
        )
        object.__setattr__(self, "sown_rx", re.compile(rf"(?:{sowing})({crop})"))
        object.__setattr__(
            self,
            "counted_rx",
            _counted_rx(f"(?=[{firsts}])(?:{crop})", self.counted_verbs, self.counted_units),
        )
        animals = "".join(sorted({w[-1] for w in self.animal_ends}))
        raised = _alt(list(self.raising_verbs) or ["养殖"])
        object.__setattr__(self, "species_farmed_rx", re.compile(rf"(?<=[{animals or '畜'}])(?:{raised})"))
        # a count and a level may stand between the list and the research body (小麦、家禽|两个省|实验室)
        if self.foods and self.supplies:
            object.__setattr__(
                self,
                "food_supply_rx",
                re.compile(
                    rf"等[{_CJK}]{{0,4}}?(?:{_alt(list(self.foods))})[{_CJK}]{{0,4}}?(?:{_alt(list(self.supplies))})"
                ),
            )
        object.__setattr__(
            self,
            "research_rx",
            re.compile(
                rf"(?:(?:\d{{1,2}}|[{cn}]{{1,3}})\s*[个家所])?[{_CJK}]{{0,6}}?"
                rf"(?:{_alt(list(self.research) or ['实验室'])})"
            ),
        )
        # a mineral right before 资源
        minerals = _alt(sorted(self.minerals, key=len, reverse=True) or ["稀土"])
        object.__setattr__(self, "mineral_rx", re.compile(rf"(?:{minerals})(?=资源)"))
        heads = _alt(list(self.produce_heads) or ["生产"])
        headed = _alt([w for w in self.produce if w not in self.produce_heads_not] or ["水稻"])
        # a standing may stand between the crop and its head (柑橘|主导|产业); a farm or a plant after the head is a
        # facility built (建设畜禽规模化养殖场), no trade named
        standing = _alt(list(self.standings) or ["主导"])
        object.__setattr__(
            self,
            "produce_head_rx",
            re.compile(
                rf"(?=[{firsts}])(?:{headed})(?=(?:{standing}|{manners}){{0,3}}(?:{heads})(?![场厂]))"
            ),
        )
        guarded = _alt(sorted(self.produce_heads_not, key=len, reverse=True) or ["粮食"])
        zones = f"(?!{_alt(list(self.produce_head_zones))})" if self.produce_head_zones else ""
        object.__setattr__(self, "guarded_head_rx", re.compile(rf"(?:{guarded})(?=(?:{heads}){zones})"))
        frames = _alt([*self.framed, *self.item_frames] or ["主导"])
        object.__setattr__(
            self, "item_frame_rx", re.compile(rf"以(?P<x>[^、,;。:!?\n以为]{{1,12}}?)为(?P<f>{frames})的")
        )
        object.__setattr__(self, "headed_words", (*self.dropped, *self.kept, *self.trade, *self.counted))
        bodies = _alt(list(self.field_bodies) or ["主管部门"])
        object.__setattr__(self, "field_bodies_rx", re.compile(rf"[{_CJK}]{{0,8}}?(?:{bodies})"))
        colon = _alt(sorted(self.colon_heads, key=len, reverse=True) or ["产业"])
        # the heading may be quoted (培育壮大"五大千亿产业集群":A、B…): the closing quote before the colon
        object.__setattr__(self, "colon_head_rx", re.compile(rf"({colon})[\"”]?\s*[:(]\s*$"))
        # the head that closes a list without 等; a business form before 企业 (零售、餐饮连锁企业) is part of it
        firms = _alt(list(self.firm_forms) or ["连锁"])
        object.__setattr__(
            self,
            "list_head_rx",
            re.compile(
                rf"(?:全(?=产业链))?(?:产业集群|产业链|产业)(?!化|互联网)"
                rf"|(?P<trade>(?:{firms})?(?:企业|商家)|行业|以旧换新|项目)|(?P<field>领域)"
            ),
        )
        # a development verb and its whole object up to the clause end (大力发展|电子商务。)
        sole = _alt(list(self.sole) or ["大力发展"])
        object.__setattr__(self, "sole_rx", re.compile(rf"(?:{sole})([{_CJK}]{{2,17}})(?=[,;。:!?\n])"))
        # one clause of a verb series, matched whole: (adverb) verb object (等)
        adverbs, verbs = (
            _alt(list(self.series_adverbs) or ["大力"]),
            _alt(list(self.series_verbs) or ["发展"]),
        )
        object.__setattr__(
            self, "series_rx", re.compile(rf"(?P<adv>(?:{adverbs})*)(?:{verbs})([{_CJK}]{{2,12}}?)等?")
        )
        # a development verb whose whole object is two names joined under one head (发展|数字贸易和服务贸易,)
        object.__setattr__(
            self,
            "pair_rx",
            re.compile(rf"(?:{verbs})([{_CJK}]{{3,8}}?)[和与及]([{_CJK}]{{2,8}})(?=[,;。:!?\n])"),
        )
        # a trade and its head opening a sentence or a line, the sentence's topic before a comma (焦化行业,打造…)
        run_in = _alt(list(self.run_in_heads) or ["行业"])
        object.__setattr__(
            self,
            "run_in_rx",
            re.compile(rf"(?:^|(?<=[。;!?\n]))[ \t]*([{_CJK}]{{2,8}}?)(?:{run_in})[,:]", re.M),
        )
        # trades named as a paragraph's topic, a class in brackets after them (脐橙(小水果)产业链方面,)
        topic, aspect = _alt(list(self.topic_heads) or ["产业链"]), _alt(list(self.topic_words) or ["方面"])
        object.__setattr__(
            self,
            "topic_rx",
            re.compile(
                rf"(?:^|(?<=[。;!?\n]))[ \t]*(?P<names>[{_CJK}、]{{2,24}}?)(?:[((](?P<cls>[{_CJK}]{{2,8}})[))])?"
                rf"(?:{topic})(?:{aspect})[,:]",
                re.M,
            ),
        )
        # a development verb opening a sentence or a line, its object the sentence's topic (发展全域|旅游,巩固…)
        verbs, scopes = _alt(list(self.run_in_verbs) or ["发展"]), _alt(list(self.run_in_scopes) or ["全域"])
        object.__setattr__(
            self,
            "run_in_verb_rx",
            # a heading's number may open the line ((二)打造生态旅游,有力支撑…; 2.发展无人机物流配送。), and a numbered
            # item's run-in title may end at its full stop
            re.compile(
                rf"(?:^|(?<=[。;!?\n]))[ \t]*(?:[((][一二三四五六七八九十]{{1,3}}[))]|(?P<num>\d{{1,2}}[.、]))?"
                rf"(?:{verbs})(?:{scopes})?(?P<name>[{_CJK}]{{2,8}})(?:,|(?(num)。|(?!)))",
                re.M,
            ),
        )
        # the goods a subsidy is handed out for, up to the subsidy (发放|汽车、电子产品、家居|等大宗消费补贴)
        handouts, subsidies = _alt(list(self.handouts) or ["发放"]), _alt(list(self.subsidies) or ["消费券"])
        object.__setattr__(
            self,
            "handout_rx",
            re.compile(rf"(?:{handouts})([^,;。:!?\n]{{2,80}}?)等?[{_CJK}]{{0,4}}?(?:{subsidies})"),
        )
        words = (*self.morphemes, *self.triggers)
        object.__setattr__(self, "word_firsts", frozenset(w[0] for w in words if w))
        by_last: dict[str, tuple[str, ...]] = {}
        for w in self.bound_words:
            if len(w) > 1:
                by_last[w[-1]] = (*by_last.get(w[-1], ()), w)
        object.__setattr__(self, "_bound_by_last", by_last)
        object.__setattr__(self, "_evidence_memo", {})
        # measured/measured_after: the words after each head, and every head, for one startswith each
        object.__setattr__(self, "_quantity_afters", dict(self.quantities))
        object.__setattr__(self, "_quantity_heads", tuple(h for h, _ in self.quantities))

    def closings(self, match: str, lo: int, hi: int) -> list[re.Match[str]]:
        """``close_rx`` matches in ``match[lo:hi]``, tried only where one can start (at 等, or at the numeral
        before 大), left to right, not overlapping."""
        starts: set[int] = set()
        for anchor, back in (
            ("等", (0,)),
            ("大", (1, 2, 3)),
            ("个", (1, 2, 3)),
            ("条", (1, 2, 3)),
            ("为", (0,)),
            ("多", (0,)),
        ):
            counted = len(back) > 1  # 大, 个, 条 close a list only after a count (三大, 4条)
            p = match.find(anchor, lo, hi)
            while p >= 0:
                if counted:
                    before = match[p - 1] if p > lo else ""
                    if before.isdigit() or (before and before in CN_NUMERAL_CHARS):
                        starts.update([p - 1, p - 2, p - 3])
                elif anchor != "为" or match.startswith(self.framed, p + 1):  # 为 is common: 为主导 only
                    starts.add(p)
                p = match.find(anchor, p + 1, hi)
        starts.discard(lo - 1)
        starts.discard(lo - 2)
        starts.discard(lo - 3)
        out: list[re.Match[str]] = []
        end = lo
        for p in sorted(starts):
            if p < end:
                continue
            m = self.close_rx.match(match, p, hi)
            if m:
                out.append(m)
                end = m.end()
        return out

    def morph_end(self, s: str) -> bool:
        """``s`` ends with a morpheme (``morph_end_rx``; ``endswith`` unless a newline makes ``$`` differ)."""
        if "\n" in s:
            return bool(self.morph_end_rx.search(s))
        return s.endswith(self.morphemes)

    def framed_aim(self, match: str, a: int, b: int) -> bool:
        """``match[a:b]`` is the whole X of ``以X为F的`` with F an aim or a standard (以大健康为目标的医药养生产业):
        what the trade after 的 aims at, not a trade the sentence names."""
        if not (a > 0 and match[a - 1] == "以" and match.startswith("为", b)):
            return False
        return any(match.startswith(f + "的", b + 1) for f in self.item_frames)

    def after_evaluative(self, match: str, a: int, b: int) -> int:
        """Where the name ``match[a:b]`` starts after a judgement of its quality (优质|零售, 精品|钢铁), when
        two characters or more remain; or after a qualifier that names no segment of a crop or livestock (现代|粮食)."""
        for w in self.evaluative:
            if match.startswith(w, a) and b - a - len(w) >= 2 and not self.trade_listed(match, b):
                return a + len(w)
        for w in self.before_produce:
            if match.startswith(w, a) and match[a + len(w) : b] in self.produce:
                return a + len(w)
        return a

    def after_opener(self, match: str, a: int, b: int) -> int:
        """Where the first item ``match[a:b]`` of a list starts after a verb glued to it that opens the list
        (试行|餐饮、零售企业名单制管理), or a name after such a verb (加快构建|现代农业产业体系), when two characters
        or more remain; else ``a``. No trade's name opens with one of these verbs."""
        n = self.opener_len(match, a)
        return a + n if n and b - a - n >= 2 else a

    def opener_len(self, match: str, a: int) -> int:
        """The length of the list opener at ``a`` with an adverb of effort before it (大力|引导, 全力|化解, 形成), 0 if
        none opens there."""
        adverb = first_opening(match, self.opener_adverbs, a) or ""
        at = a + len(adverb)
        if not match.startswith(self.list_openers, at):
            return 0
        return len(adverb) + next(len(v) for v in self.list_openers if match.startswith(v, at))

    def trade_listed(self, match: str, b: int) -> bool:
        """The name ending at ``b`` is a trade of a list or a name closed by 产业 (发展精品粮油、绿色蔬果等特色产业;
        高品质肉牛产业产值) before any facility, body or firm of the clause (精品钢铁基地, 优质蔬菜产业园区, 优质零售、
        电商平台企业) and not a programme's name (优质粮食产业工程): the quality is part of the trade's name as
        written."""
        end = _CLAUSE_END.search(match, b)
        clause = match[b : end.start() if end else len(match)]
        trade = next(
            (
                i
                for i in find_all(clause, "产业")
                if not clause.startswith(self.parks, i) and not clause.startswith(self.programmes, i + 2)
            ),
            -1,
        )
        if trade < 0:
            return False
        m = self.inst_rx.search(clause)
        firm = clause.find("企业")
        return (m is None or m.start() > trade) and (firm < 0 or firm > trade)

    def has_morpheme(self, s: str) -> bool:
        return bool(self.morph_rx.search(s))

    def _standing_chain(self) -> str:
        """A qualifier longer than six characters made of a scope, standings and a sector class only (等|区域特色优势
        农业主导|产业): three to five such words, tried before the plain qualifier of up to six characters."""
        words = sorted({*self.chain_scopes, *self.standings, *self.standing_classes}, key=len, reverse=True)
        return f"(?:{_alt(words or ['主导'])}){{3,5}}"

    def _figure_size(self) -> str:
        """An optional size in figures between a closing's count and its head (等5条|超500亿|产业链, 3个|1000亿元级|
        产业集群): the size of output the head reaches, a class like the ranks, no part of any item."""
        if not self.size_units:
            return ""
        marks = f"(?:{_alt(list(self.size_marks))})?" if self.size_marks else ""
        return rf"(?:{marks}\d+(?:\.\d+)?\s*(?:{_alt(list(self.size_units))})元?级?\s*)?"

    def _head_alt(self) -> str:
        """The closing heads as one alternation; an unsuffixed head (生活性服务) only where 业 does not follow it."""
        plain = [h for h in self.heads if h not in self.unsuffixed]
        if not self.unsuffixed:
            return _alt(plain)
        return f"{_alt(plain)}|(?:{_alt(list(self.unsuffixed))})(?!业)"

    def evidence(self, s: str) -> bool:
        """``s`` ends like an industry name: in a morpheme, or in a word of a GB/T 4754-2017 class name
        (传感器, 电机, 食用菌), after any activity words and qualifiers (矿产品|精深加工, 热力|生产供应)."""
        memo = self._evidence_memo
        found = memo.get(s)
        if found is None:
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            found = memo[s] = self.plain_evidence(s)
        return found

    def plain_evidence(self, s: str) -> bool:
        """``evidence`` without the memo."""
        if s in self.singles or self.sector_name(s):
            return True
        for _ in range(3):
            if self.morph_end(s) or any(s[-k:] in self.class_words for k in range(2, min(6, len(s)) + 1)):
                return True
            cut = next((w for w in self.activities if s.endswith(w) and len(s) > len(w) + 1), None)
            if cut is None:
                return False
            s = s[: -len(cut)]
            if s in self.minerals:
                return True  # 萤石|加工, 铁矿|开采: the mineral's mining or processing trade (GB/T 4754-2017 06-10, 30-32)
            s = next((s[: -len(q)] for q in self.modifiers if s.endswith(q) and len(s) > len(q) + 1), s)
        return False

    def sector_name(self, s: str) -> bool:
        """``s`` is written as a sector, X业 (特色种养业, 住宿业, 传统手工业), not a word of another kind ending in
        业 (龙头企业, 稳就业, 公益事业)."""
        return (
            len(s) >= 3 and s.endswith("业") and bool(self.not_sectors) and not s.endswith(self.not_sectors)
        )

    def is_abstract(self, s: str) -> bool:
        """``s`` ends in a verb, adjective or abstract noun (高效协同, 一体联动的, 安全), not in a longer
        industry word (网络安全)."""
        if s.endswith(("的", "地")):
            return True
        if not s.endswith(self.abstract):  # most names: one test instead of one per word
            return False
        for w in self.abstract:
            if s.endswith(w):
                return not any(s.endswith(m) and len(m) > len(w) for m in self.morphemes)
        return False

    def _bound_broken(self, match: str, start: int) -> bool:
        """The bound word at ``start`` is no word: its first character ends another (推广|大豆: 广 closes 推广)."""
        return any(
            match.startswith(b, start - len(b) + 1) for b in self.bound_breakers if start >= len(b) - 1
        )

    def splits_word(self, match: str, pos: int) -> bool:
        """A morpheme or trigger word runs across ``pos`` (有|色金属, 壮|大数据, 风|光电), or a bound word ends on the
        character at ``pos`` (加大|健康): a name starting there is cut from a longer word."""
        ending = self._bound_by_last.get(match[pos]) if 0 < pos < len(match) else None
        if ending and any(
            match.startswith(w, pos - len(w) + 1) and not self._bound_broken(match, pos - len(w) + 1)
            for w in ending
            if pos >= len(w) - 1
        ):
            return True  # 加|大健康: the name's first character closes the word before it
        firsts = self.word_firsts
        # a stop word of two characters ending at pos (加强|化工): a trigger starting inside it (强化) is no word
        glued = 0
        if match.endswith(self.stop, 0, pos):
            glued = next((len(w) for w in self.stop if len(w) > 1 and match.endswith(w, 0, pos)), 0)
        for k in range(max(0, pos - 3), pos):
            if match[k] not in firsts:
                continue  # no morpheme or trigger starts here
            for rx in (self.morph_rx, self.trigger_rx):
                m = rx.match(match, k)
                if m is not None and m.end() > pos and not (rx is self.trigger_rx and k >= pos - glued):
                    return True
        return False

    def novelty_item(self, match: str, a: int, b: int) -> bool:
        """``match[a:b]`` (新材料) is an item of a list of novelties to adopt (新技术、新工艺、新材料)."""
        if not match.startswith("新", a):
            return False
        before = match[a - 1] == "、" and match.endswith(self.novelties, 0, a - 1) if a > 0 else False
        return before or (match.startswith("、", b) and match.startswith(self.novelties, b + 1))

    def measured(self, match: str, head: str, end: int) -> bool:
        """The head ending at ``end`` is followed by a word that makes the phrase a quantity or a zone
        (煤炭消费|总量, 农业经济|区), not a trade."""
        afters = self._quantity_afters.get(head)
        if afters is None or not match.startswith(afters, end):
            return False
        return not match.startswith(dict(self.not_quantities).get(head, ()), end)

    def measured_after(self, match: str, end: int) -> bool:
        """The name ending at ``end`` is followed by a head that makes it a quantity or a zone (煤炭|消费总量)."""
        return match.startswith(self._quantity_heads, end) and any(
            match.startswith(h, end) and self.measured(match, h, end + len(h)) for h, _ in self.quantities
        )

    def foundation_item(self, match: str, a: int, b: int) -> bool:
        """``match[a:b]`` is an item of a list whose neighbouring items share its foundation word (基础零部件、
        基础元器件、基础材料…等领域): the foundations of industry a project strengthens, not trades."""
        p = next((p for p in self.foundations if match.startswith(p, a) and b - a > len(p)), None)
        if p is None:
            return False
        if match.startswith("、" + p, b):
            return True
        if a < 1 or match[a - 1] != "、":
            return False
        k = match.rfind(p, max(0, a - _ITEM_MAX - 1), a - 1)  # the item before holds the word, then its name
        return k >= 0 and "、" not in match[k : a - 1] and not _STOP_RX.search(match, k, a - 1)

    def among_bodies(self, match: str, a: int, b: int) -> bool:
        """The name ``match[a:b]`` names a trade's firms listed after other kinds of body (高校、科研机构、|物业|企业)
        or in a list its class names as bodies (车企、第三方平台、|运输|企业等主体)."""
        if not match.startswith(self.body_firms, b):
            return False
        if a > 2 and match[a - 1] == "、" and match.endswith(self.bodies, 0, a - 1):
            return True
        return self._bodies_class(match, b)

    def _bodies_class(self, match: str, b: int) -> bool:
        """The firms ending at ``b`` close with 等 and a class of bodies (运输企业等|主体, 物流企业等|市场主体)."""
        firm = next((f for f in self.body_firms if match.startswith(f, b)), "")
        if not firm or not self.body_classes:
            return False
        return _class_closes_list(self.body_classes).match(match, b + len(firm)) is not None

    def institution_list_item(self, match: str, b: int) -> bool:
        """The name ending at ``b`` is an item of a list closed by 等 and an institution to build (超高清视频(共建)、
        新型储能等创新中心建设): the field of a centre or a lab, not a trade the measure develops."""
        if b >= len(match) or match[b] not in "、等(" or not self.institution_closers:
            return False
        k = match.find("等", b, b + 40)
        if k < 0 or LIST_BREAK.search(match, b, k) is not None:
            return False
        rest = match[k + 1 : k + 11]
        return any(
            rest.find(w, 0, 6 + len(w)) >= 0
            and "的" not in rest[: rest.find(w)]
            and LIST_BREAK.search(rest, 0, rest.find(w)) is None  # …等产业,相关部门: another clause's body
            for w in self.institution_closers
        )

    def designation(self, match: str, a: int, b: int) -> bool:
        """``match[a:b]`` is a broad sector before the title a ministry confers on a site (创建省级现代农业|产业园,
        农业|产业强镇): the site's designation, not a trade; a park written out (现代农业产业园区) is none."""
        if not match.startswith(self.designation_titles, b):
            return False
        name = strip_ruby(match[a:b])
        ranked = name in self.designation_ranked and match.endswith(self.designation_ranks, 0, a)
        if name not in self.designation_sectors and not ranked:
            return False
        return not any(match.startswith(t + "区", b) for t in self.designation_titles)

    def carrier_park(self, match: str, b: int) -> bool:
        """The name ending at ``b`` opens a park's name in a list of parks a plan names as a sector's carriers
        (以天府智能制造|产业园、…为核心, 联动…电子信息半导体|产业园等平台载体): a place, not a trade."""
        return self.carrier_rx is not None and self.carrier_rx.match(match, b) is not None

    def fuel_used(self, match: str, end: int) -> bool:
        """The name ending at ``end`` is a fuel or energy put to the use that follows it (分散式清洁能源|集中供暖,
        地热|供暖, 清洁能源|改造): heating with it or a retrofit to it, not a trade the measure develops."""
        if not self.fuel_uses:
            return False
        if match.startswith(self.fuel_uses, end):
            return True
        m = _TO_LIST_CLASS.match(match, end)  # 光伏、风电|等新能源|消纳: the use of every fuel of the list
        # a list closed by a head of trades (钢铁、石化等|传统产业|改造升级) is the trades upgraded, no fuels
        return m is not None and any(
            match.startswith(self.fuel_uses, k) and not _TRADE_CLASS.search(match, m.start(1), k)
            for k in range(m.start(1), m.end(1) + 1)
        )

    def subsidised_goods(self, match: str, a: int, b: int) -> bool:
        """The name ``match[a:b]`` is one of the goods a subsidy is handed out for (鼓励各地发放|汽车|、电子产品、家居
        等大宗消费补贴): what consumers buy, not a trade the measure develops. A sector written X业 (发放住宿业消费券)
        is no goods: the coupons serve its trade."""
        if match.startswith("业", b) or match[b - 1] == "业":
            return False
        for h in self.handouts:
            k = match.rfind(h, max(0, a - 80), a)
            m = self.handout_rx.match(match, k) if k >= 0 else None
            if m is not None and m.start(1) <= a and b <= m.end(1):
                return True
        return False

    def market_wares(self, match: str, a: int, b: int) -> bool:
        """The name ``match[a:b]`` is (in) an item of a list of wares between a market and their sale (规范农贸
        市场|蔬菜、水果、肉类|销售): what the market sells, not a trade the measure develops."""
        if not self.market_sales:
            return False
        k = match.rfind("市场", max(0, a - _WARES_REACH), b)
        m = self.market_wares_rx.match(match, k) if k >= 0 else None
        return m is not None and a < m.end(1) and m.start(1) < b

    def promoted_goods(self, match: str, a: int, b: int) -> bool:
        """The name ``match[a:b]`` is an item of a list closed, in its clause, by a means of promoting consumption
        (汽车、家电、|餐饮|、文旅等促消费政策), or the goods a campaign takes to the countryside (新能源汽车|下乡): the
        goods and spending promoted, not a trade."""
        if self.campaigns and match.startswith(self.campaigns, b):
            return True
        if not self.promotions or not (match.startswith("、", b) or (a > 0 and match[a - 1] == "、")):
            return False
        stop = _CLAUSE_END.search(match, b)
        end = stop.start() if stop else len(match)
        return any(match.find(p, b, end) >= 0 for p in self.promotions)

    def tool_used(self, match: str, end: int) -> bool:
        """The name ending at ``end`` is a technique put to work on something else (人工智能|赋能羽绒服装产业,
        人工智能|模型, 人工智能|变革现代农业监测): the tool, not a trade the measure develops."""
        return bool(self.tool_uses) and match.startswith(self.tool_uses, end)

    def tool_owned(self, match: str, a: int, b: int) -> bool:
        """``match[a:b]`` is a technique word right after a government function (政务|大数据体系, 税收|大数据) or
        joined to the economy it merges with (人工智能|与实体经济深度融合): the function's own tools or the means of
        the merger, not a trade."""
        if strip_ruby(match[a:b]) not in self.techniques:
            return False
        return match.endswith(self.tool_owners, 0, a) or match.startswith(self.tool_merges, b)

    def tool_named(self, match: str, a: int, b: int) -> bool:
        """``match[a:b]`` names a technique by its tool word (人工智能|大模型在政务服务中的应用), not closed by 产业:
        the tool put to work, not a trade."""
        name = strip_ruby(match[a:b])
        return (
            bool(self.tool_uses)
            and name.endswith(self.tool_uses)
            and any(name.endswith(w) and len(name) > len(w) for w in self.tool_uses)
            and not match.startswith("产业", b)
        )

    def product_before(self, match: str, pos: int) -> bool:
        """An industry word at ``pos`` names a product (首批次新材料, 首版次软件), not the industry."""
        while pos > 0 and match[pos - 1] in _QUOTES:
            pos -= 1  # “首批次”材料
        return bool(self.products) and match.endswith(self.products, 0, pos)

    def product_after(self, match: str, end: int) -> bool:
        """An industry word ending at ``end`` names the goods made when a product noun follows it (大健康|发酵产品,
        新能源汽车|产品出口), not the trade."""
        return bool(self.products_after) and match.startswith(self.products_after, end)


@lru_cache(maxsize=1)
def _grammar_data() -> dict[str, Any]:
    """``data/industry_grammar.toml`` read once; an unreadable file is an :class:`ExtractError` naming it."""
    ref = resources.files("policykg.loaders").joinpath("data/industry_grammar.toml")
    try:
        return tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the industry grammar ({exc})") from exc


@lru_cache(maxsize=1)
def doc_cues() -> re.Pattern[str]:
    """Words of a sentence that names the document's own industries (产业体系, 主导产业 …), as one regex."""
    data = _grammar_data()
    return re.compile(_alt(data["doc_cues"]["words"]))


@lru_cache(maxsize=1)
def heading_trade_rx() -> re.Pattern[str]:
    """A heading title that is one trade's name and its head alone (奶羊产业): the name is group 1."""
    data = _grammar_data()
    heads = _alt(data["heading_trade"]["heads"])
    return re.compile(rf"\s*([{_CJK}]{{2,8}}?)(?:{heads})\s*[。.]?\s*\Z")


@lru_cache(maxsize=1)
def goods_market_rx() -> re.Pattern[str]:
    """The close of a list of goods by the market they are sold in (建材、钢材等生产资料市场, …、食品饮料等工业消费品
    市场, …等28类食品的市场) or by the standards that apply to them (小麦、小麦粉、大豆等粮油标准; not the service
    standards of fields, 养老、家政等领域服务标准; ``industry_grammar.toml`` [goods]): from the end of an item to the
    end of the market or standard word, within one clause."""
    data = _grammar_data()
    goods = _alt(data["goods"]["words"])
    standards = _alt(data["goods"].get("standards", []) or ["标准"])
    # goods alone closing the list (…、汽车配件、服装鞋帽等重点商品,打击…): wares, never a trade's name
    wares = _alt(data["goods"].get("wares", []) or ["商品"])
    cn = CN_NUMERAL_CHARS
    return re.compile(
        rf"[^,;。:!?\n]{{0,80}}?等\s*(?:(?:\d{{1,3}}|[{cn}]{{1,3}})\s*[类种大])?"
        rf"(?:[{_CJK}]{{0,6}}?(?:{goods})的?市场|(?![{_CJK}]{{0,4}}?(?:领域|行业|服务))[{_CJK}]{{0,4}}?(?:{standards})(?!化)"
        rf"|[{_CJK}]{{0,4}}?(?:{wares})(?=[,;。:!?\n的]))"
    )


@lru_cache(maxsize=1)
def goods_closers() -> tuple[str, ...]:
    """The words ``goods_market_rx`` ends on (市场, the standards, the wares): one of them must follow a name."""
    goods = _grammar_data()["goods"]
    return ("市场", *(goods.get("standards", []) or ["标准"]), *(goods.get("wares", []) or ["商品"]))


@lru_cache(maxsize=4)
def _class_closes_list(classes: tuple[str, ...]) -> re.Pattern[str]:
    """The rest of a list after one of its items, up to 等 and a class naming its items as bodies (运输企业|等主体;
    物流企业|、电商平台等各类市场主体; 快递企业|、运输企业等经营主体): other items of a few words each, no clause
    break, then the class."""
    return re.compile(rf"(?:、[{_CJK}]{{1,10}}?)*等(?:{_alt(list(classes))})")


@lru_cache(maxsize=1)
def load_grammar() -> Grammar:
    data = _grammar_data()
    for name, table in data.items():
        if not table.get("source"):
            raise ExtractError(f"data/industry_grammar.toml: [{name}] needs a source")
    return Grammar(
        triggers=(*data["triggers"]["words"], *data.get("coined_words", {}).get("triggers", [])),
        heads=tuple(data["heads"]["words"]),
        dropped=tuple(data["suffixes"]["dropped"]),
        standings=tuple(data["suffixes"].get("standings", [])),
        standing_classes=tuple(data["suffixes"].get("standing_classes", [])),
        chain_scopes=tuple(data["suffixes"].get("chain_scopes", [])),
        sector_class_qualifiers=tuple(data["suffixes"].get("sector_class_qualifiers", [])),
        kept=tuple(data["suffixes"]["kept"]),
        licensed=frozenset(data["suffixes"].get("licensed", [])),
        morphemes=(*data["morphemes"]["words"], *_taiwan_morphemes(data)),
        unsuffixed=tuple(data["heads"].get("unsuffixed", [])),
        linked_chains=tuple(w + "链" for w in data.get("chain_names", {}).get("linked", [])),
        colon_heads=(*data["heads"].get("colon_strong", []), *data["heads"].get("colon_weak", [])),
        colon_strong=frozenset(data["heads"].get("colon_strong", [])),
        foods=tuple(data["produce"].get("foods", [])),
        supplies=tuple(data["produce"].get("supplies", [])),
        taiwan=tuple((tw, cn) for tw, cn in data.get("taiwan_wording", {}).get("pairs", []) if tw != cn),
        institutions=tuple(data["institutions"]["words"]),
        stop=tuple(data["stop"]["words"]),
        modifiers=tuple(data["modifiers"]["words"]),
        parks=tuple(data["suffixes"]["parks"]),
        joined_others=tuple(data["suffixes"]["joined_others"]),
        trade=_trade_heads(data["suffixes"]),
        counted=tuple(data["suffixes"].get("counted", [])),
        firm_forms=tuple(data["suffixes"].get("firm_forms", [])),
        broad=frozenset(data["suffixes"].get("broad", [])),
        headed=frozenset(data["suffixes"].get("headed", [])),
        products=tuple(data.get("products", {}).get("words", [])),
        products_after=tuple(data.get("products", {}).get("after", [])),
        strong=frozenset(data["heads"].get("strong", [])),
        strong_mods=tuple(data["heads"].get("strong_mods", [])),
        format_mods=tuple(data["heads"].get("format_mods", [])),
        service_trades=tuple(data["heads"].get("service_trades", [])),
        service_works=frozenset(data["heads"].get("service_works", [])),
        facilities=tuple(data.get("facilities", {}).get("heads", [])),
        facility_roles=tuple(sorted(data.get("facilities", {}).get("roles", []), key=len, reverse=True)),
        format_sizes=tuple(data["heads"].get("format_sizes", [])),
        abstract=tuple(data["abstract"]["words"]),
        stages=frozenset(data["stages"]["words"]),
        heritages=tuple(data.get("heritages", {}).get("words", [])),
        class_words=_class_words(data["classification_words"]),
        activities=tuple(sorted(data["classification_words"]["activities"], key=len, reverse=True)),
        join_activities=tuple(data["classification_words"].get("join_activities", [])),
        merger_words=tuple(data["classification_words"].get("merger_words", [])),
        unrecorded_sectors=frozenset(data["classification_words"].get("unrecorded_sectors", [])),
        novelties=tuple(data.get("novelties", {}).get("words", [])),
        framed=tuple(data["heads"].get("framed", [])),
        chain_frames=tuple(data.get("structure_chain", {}).get("frames", [])),
        chain_heads=tuple(data.get("structure_chain", {}).get("heads", [])),
        consumption_after=tuple(data.get("consumption_fields", {}).get("after", [])),
        consumption_verbs=tuple(data.get("consumption_fields", {}).get("verbs_before", [])),
        singles=frozenset(data.get("singles", {}).get("words", [])),
        minerals=tuple(data.get("minerals", {}).get("words", [])),
        scales=tuple(data["stop"].get("scales", [])),
        size_marks=tuple(data["stop"].get("size_marks", [])),
        size_units=tuple(data["stop"].get("size_units", [])),
        complements=tuple(data["stop"].get("complements", [])),
        openers=tuple(data["stop"].get("openers", [])),
        list_openers=tuple(
            sorted(data["stop"].get("list_openers", []), key=len, reverse=True)
        ),  # 落实好 before 落实
        opener_adverbs=tuple(data["stop"].get("opener_adverbs", [])),
        use_verbs=tuple(data["stop"].get("use_verbs", [])),
        disciplines=tuple(data["institutions"].get("disciplines", [])),
        institution_closers=tuple(data["institutions"].get("list_closers", []))
        + tuple(data["institutions"].get("list_closers_bodies", [])),
        steering_bodies=tuple(data["institutions"].get("steering_bodies", [])),
        designation_sectors=frozenset(data.get("designations", {}).get("sectors", [])),
        designation_titles=tuple(data.get("designations", {}).get("titles", [])),
        designation_ranked=frozenset(data.get("designations", {}).get("ranked_sectors", [])),
        designation_ranks=tuple(data.get("designations", {}).get("ranks", [])),
        fuel_uses=tuple(sorted(data["stop"].get("fuel_uses", []), key=len, reverse=True)),
        tool_uses=tuple(sorted(data["stop"].get("tool_uses", []), key=len, reverse=True)),
        tool_owners=tuple(data["stop"].get("tool_owners", [])),
        tool_merges=tuple(data["stop"].get("tool_merges", [])),
        merge_targets=tuple(data["stop"].get("merge_targets", [])),
        field_bodies=tuple(data["heads"].get("field_bodies", [])),
        trade_not=frozenset(data["suffixes"].get("trade_not", [])),
        techniques=frozenset(data["stop"].get("techniques", [])),
        indicators=tuple(sorted(data.get("indicators", {}).get("words", []), key=len, reverse=True)),
        sector_figures=tuple(
            sorted(data.get("indicators", {}).get("sector_figures", []), key=len, reverse=True)
        ),
        produce_indicators=tuple(
            sorted(data.get("indicators", {}).get("produce_words", []), key=len, reverse=True)
        ),
        chain_positions=tuple(data.get("chain_positions", {}).get("words", [])),
        chain_not_trades=frozenset(data.get("chain_names", {}).get("not_trades", [])),
        chain_verbs=tuple(data.get("chain_names", {}).get("verbs", [])),
        sector_growth=tuple(data["sectors"].get("growth", [])),
        joined_broad=frozenset(data["sectors"].get("joined_broad", [])),
        bare_growth_heads=tuple(data["sectors"].get("bare_growth_heads", [])),
        bare_growth_word_len=int(data["sectors"].get("bare_growth_word_len", 0)),
        object_scopes=tuple(data["sectors"].get("object_scopes", [])),
        bare_object_ends=tuple(data["sectors"].get("bare_object_ends", [])),
        bare_object_verbs=tuple(data["sectors"].get("bare_object_verbs", ["发展"])),
        grown_verbs=tuple(data["sectors"].get("grown_verbs", [])),
        grown_manners=tuple(data["sectors"].get("grown_manners", [])),
        grown_aims=tuple(data["sectors"].get("grown_aims", [])),
        grown_ends=tuple(data["sectors"].get("grown_ends", [])),
        carrier_rx=_carrier_rx(data.get("carriers", {})),
        numbered_topic=bool(data.get("run_in", {}).get("numbered_topic", False)),
        sole=tuple(data["triggers"].get("sole", [])),
        series_verbs=tuple(data.get("series", {}).get("verbs", [])),
        series_adverbs=tuple(data.get("series", {}).get("adverbs", [])),
        series_heads=tuple(data.get("series", {}).get("heads", [])),
        series_not_ends=tuple(data.get("series", {}).get("not_ends", [])),
        run_in_heads=tuple(data.get("run_in", {}).get("heads", [])),
        topic_heads=tuple(data.get("run_in", {}).get("topic_heads", [])),
        topic_words=tuple(data.get("run_in", {}).get("topic_words", [])),
        run_in_verbs=tuple(data.get("run_in", {}).get("verbs", [])),
        run_in_scopes=tuple(data.get("run_in", {}).get("scopes", [])),
        figure_cuts=tuple(data.get("indicators", {}).get("figure_cuts", [])),
        project_ranks=frozenset(data["heads"].get("project_ranks", [])),
        firm_named=frozenset(data["heads"].get("firm_named", [])),
        parented=frozenset(data["heads"].get("parented", [])),
        parents=tuple(data["heads"].get("parents", [])),
        firm_ranks=tuple(data["heads"].get("firm_ranks", [])),
        evidenced_mods=tuple(data["heads"].get("evidenced_mods", [])),
        prepositions=frozenset(data["heads"].get("prepositions", [])),
        public_mods=tuple(data["heads"].get("public_mods", [])),
        evaluative=tuple(data["modifiers"].get("evaluative", [])),
        programmes=tuple(data["modifiers"].get("programmes", [])),
        before_produce=tuple(data["modifiers"].get("before_produce", [])),
        produce_verbs=tuple(data["stop"].get("produce_verbs", [])),
        animal_ends=tuple(data["produce"].get("animal_ends", [])),
        raising_verbs=tuple(data["produce"].get("raising_verbs", [])),
        crop_verbs=tuple(data["stop"].get("crop_verbs", [])),
        livestock_verbs=tuple(data["stop"].get("livestock_verbs", [])),
        livestock_kept_whole=tuple(data["stop"].get("livestock_kept_whole", [])),
        foundations=tuple(data.get("foundations", {}).get("prefixes", [])),
        goods=tuple(data.get("goods", {}).get("words", [])),
        handouts=tuple(data.get("goods", {}).get("handouts", [])),
        subsidies=tuple(data.get("goods", {}).get("subsidies", [])),
        promotions=tuple(data.get("goods", {}).get("promotions", [])),
        campaigns=tuple(data.get("goods", {}).get("campaigns", [])),
        market_head=data.get("goods", {}).get("market_head", ""),
        market_forms=tuple(data.get("goods", {}).get("market_forms", [])),
        market_sales=tuple(data.get("goods", {}).get("market_sales", [])),
        manners=frozenset(data.get("goods", {}).get("manners", [])),
        policy_kinds=frozenset(
            (*data["abstract"].get("policy_kinds", []), *data["abstract"].get("policy_kinds_public", []))
        ),
        policy_domains=(
            *data["abstract"].get("policy_domains", []),
            *data["abstract"].get("policy_domains_public", []),
        ),
        produce_list_verbs=tuple(data["stop"].get("produce_list_verbs", [])),
        word_starts=tuple(data["stop"].get("word_starts", [])),
        bound_words=(
            *data["stop"].get("bound_words", []),
            *data.get("coined_words", {}).get("bound_words", []),
        ),
        bound_breakers=tuple(data["stop"].get("bound_breakers", [])),
        produce=tuple(data.get("produce", {}).get("words", [])),
        produce_heads=tuple(data.get("produce", {}).get("heads", []))
        + tuple(data.get("produce", {}).get("heads_farmed", [])),
        breeding=tuple(data.get("produce", {}).get("breeding", [])),
        research=tuple(data.get("produce", {}).get("research", [])),
        residues=tuple(data.get("produce", {}).get("residues", [])),
        sowing_verbs=tuple(data.get("produce", {}).get("sowing_verbs", [])),
        counted_verbs=tuple(data.get("produce", {}).get("counted_verbs", [])),
        counted_units=tuple(data.get("produce", {}).get("counted_units", [])),
        counted_not_after=tuple(data.get("produce", {}).get("counted_not_after", [])),
        raised_kinds=tuple(data.get("produce", {}).get("raised_kinds", [])),
        produce_qualifiers=tuple(
            sorted(data.get("produce", {}).get("class_qualifiers", []), key=len, reverse=True)
        ),
        produce_heads_not=frozenset(data.get("produce", {}).get("heads_not", [])),
        produce_head_zones=tuple(data.get("produce", {}).get("head_zones", [])),
        produce_head_duties=tuple(data.get("produce", {}).get("head_duties", [])),
        produce_head_restructured=tuple(data.get("produce", {}).get("head_restructured", [])),
        produce_manners=tuple(sorted(data.get("produce", {}).get("manners", []), key=len, reverse=True)),
        bodies=tuple(data.get("bodies", {}).get("words", [])),
        body_firms=tuple(data.get("bodies", {}).get("firms", [])),
        body_classes=tuple(data.get("bodies", {}).get("classes", []))
        + tuple(data.get("bodies", {}).get("classes_other", [])),
        item_frames=tuple(data["heads"].get("item_frames", [])),
        member_frames=tuple(data["heads"].get("member_frames", [])),
        platform_trades=tuple(data.get("platform_trades", {}).get("words", [])),
        not_sectors=tuple(data.get("sectors", {}).get("not_sectors", [])),
        quantities=tuple((h, tuple(w)) for h, w in data.get("quantities", {}).get("after", {}).items()),
        not_quantities=tuple(
            (h, tuple(w)) for h, w in data.get("quantities", {}).get("not_after", {}).items()
        ),
    )


def _carrier_rx(table: dict[str, list[str]]) -> re.Pattern[str] | None:
    """A park word, then the rest of its clause up to a carrier list's closer ([carriers])."""
    if not table.get("parks") or not table.get("closers"):
        return None
    return re.compile(rf"(?:{_alt(table['parks'])})[^,;。:\n]{{0,60}}?(?:{_alt(table['closers'])})")


def _trade_heads(table: dict[str, list[str]]) -> tuple[str, ...]:
    """The trade heads, and each business form with 企业 (龙头企业: 邮政快递|龙头企业)."""
    trade = table.get("trade", [])
    return (*trade, *(f + "企业" for f in table.get("firm_forms", [])))


def _class_words(table: dict[str, list[str]]) -> frozenset[str]:
    """The words of GB/T 4754-2017 中类 and 小类 names (products and product families), activity words cut
    off (电机制造 -> 电机), 2-6 characters, less the leftovers that name no trade (see
    ``[classification_words]``). The 门类 and 大类 names (社会工作, 教育) are sectors, which the morphemes
    cover; a list of talent fields (哲学社科、社会工作、金融财会 …) is no list of trades."""
    acts = tuple(sorted(table["activities"], key=len, reverse=True))
    generic = set(table["generic"])
    out: set[str] = set()
    for e in load_classifications().entries.values():
        if e.scheme != "GB/T4754-2017" or e.level not in ("中类", "小类"):
            continue
        for part in _CLASS_SPLIT.split(_BRACKETS.sub("", e.name)):
            word = part.removeprefix("其他")
            while len(word) > 2 and word.endswith(acts):
                word = word[: -len(next(a for a in acts if word.endswith(a)))]
            if 2 <= len(word) <= 6 and word not in generic and not word.endswith("的"):
                out.add(word)
    return frozenset(out)


_CLASS_SPLIT = re.compile("[、,，及和与]")
_BRACKETS = re.compile(r"[（(][^)）]*[)）]")


_OCCUPATION = re.compile(rf"[{_CJK}]{{0,3}}?(?:工|师|员)(?![业程作具艺厂人商贸])")


def institution_follows(match: str, end: int, grammar: Grammar) -> bool:
    """The name ending at ``end`` continues into an institution, place or occupation (大数据|中心); not a trade
    whose firms are platforms before 平台 (电子商务|平台: the platforms are the trade's firms)."""
    pos = end
    if match.startswith("平台", end) and match.endswith(grammar.platform_trades, 0, end):
        return False
    if match.startswith(grammar.parks, pos):
        p = next(w for w in grammar.parks if match.startswith(w, pos))
        # a park's own body (县电子商务产业园|管委会): a unit's name, no mention of the trade
        return match.startswith(_PARK_BODIES, pos + len(p))
    for d in grammar.dropped if match.startswith(grammar.dropped, pos) else ():
        if match.startswith(d, pos):
            pos += len(d)
            break
    if pos > end and match.startswith(("园", "基地", "集聚区"), pos):
        return False
    if pos > end and match.startswith("发展", pos) and match.startswith(grammar.steering_bodies, pos + 2):
        return True  # 市新能源产业发展|领导小组: the body that steers the trade, a unit's name
    if grammar.inst_rx.match(match, pos) and not _is_word_start(match, pos):
        return True
    if pos == end and grammar.disciplines and match.startswith(grammar.disciplines, pos):
        k = pos + next(len(w) for w in grammar.disciplines if match.startswith(w, pos))
        if k >= len(match) or match[k] in _DISCIPLINE_END:
            return True  # 合成生物|学等前沿领域: a science named for its object
    occupation = _OCCUPATION.match(match, pos) if pos == end else None
    if occupation is not None:
        return not grammar.stop_rx.search(occupation.group(0))
    # 光电|子研究院, 人工智能|算力赋能中心: a short run (four characters at most) ending in an institution word
    if _BUREAU.match(match, pos):
        return True
    m = _SHORT_INSTITUTION.match(match, pos) or _NAMED_BODY.match(match, pos)
    return m is not None and not grammar.stop_rx.search(m.group(0))


# The bodies that run a park (管委会, 管理委员会, 管理办公室, 服务中心) or own it (公司, 集团)
_PARK_BODIES = (
    "管委会",
    "管理委员会",
    "管理办公室",
    "管理办",
    "服务中心",
    "发展中心",
    "有限公司",
    "公司",
    "集团",
)
_DISCIPLINE_END = "等、和与及,;。:!?)\n"
_SHORT_INSTITUTION = re.compile(rf"[{_CJK}]{{1,4}}?(?:研究院|研究所|研究中心|实验室|学院|中心)")
# 合成生物|制造技术创新中心, 煤炭|专用码头, 汽车|客运站: a longer run ending in a body whose name is unmistakable (the
# innovation and technology centres of 国家发展改革委 / 科技部 / 工业和信息化部 designations, key laboratories) or in
# a facility (a wharf, a passenger or fuelling station): an industry word inside another name (annotation.md:
# 汽车 in 汽车站), not the trade
_NAMED_BODY = re.compile(
    rf"[{_CJK}]{{0,6}}?(?:技术创新中心|制造业创新中心|产业创新中心|工程技术研究中心|工程研究中心|企业技术中心|重点实验室)"
    rf"|[{_CJK}]{{0,2}}?码头|(?:客运|货运|加油|加气|充电|换电|加氢)站"
    # a body set up for the trade's work (新能源汽车|推广应用工作领导小组, …工作专班, …指挥部)
    rf"|[{_CJK}]{{0,6}}?(?:领导小组|工作小组|工作专班|指挥部)"
)
# 大数据|发展管理局, 能源|发展促进局: a government body named for the trade it oversees
_BUREAU = re.compile(
    rf"[{_CJK}]{{1,4}}?(?:管理局|促进局|服务局|管理委员会|管理办公室)"
    # a public body or a testing centre named for the trade (市汽车产业|发展促进中心, 新能源汽车|质量检验检测中心)
    rf"|[{_CJK}]{{0,4}}?(?:发展促进中心|促进中心|发展中心|检验检测中心|检测中心|检验中心|监测中心)"
)


# Institution words that are also the start of an ordinary following word (园 in 园林 is rare; 城 in 城市,
# 港 in 港口, 站 in 站点 …): the first character alone does not block.
_WORD_STARTS = (
    "城市",
    "城乡",
    "城镇",
    "港口",
    "港澳",
    "园林",
    "站点",
    "局面",
    "局部",
    "员工",
    "工作",
    "工程",
    "平台经济",
)


def _is_word_start(match: str, pos: int) -> bool:
    return any(match.startswith(w, pos) for w in _WORD_STARTS)


_STOP_RX = re.compile("[" + re.escape(_CLAUSE_STOP) + "]")


class _Stops:
    """The clause-stop positions of one span, for clause bounds by bisection (one scan per span)."""

    def __init__(self, match: str, lo: int, hi: int) -> None:
        self.lo, self.hi = lo, hi
        self.pos = [m.start() for m in _STOP_RX.finditer(match, lo, hi)]
        if self.pos and match.find("(", lo, hi) >= 0:
            # ruby pinyin (医(yī)疗) and a place in brackets inside a name (赣州(南康)家具) do not end a clause
            inner = {
                p
                for rx in (_RUBY, _SUB_PLACE_INSIDE, _QUALIFIER_AT_END)
                for r in rx.finditer(match, lo, hi)
                for p in (r.start(), r.end() - 1)
            }
            self.pos = [p for p in self.pos if p not in inner]

    def start(self, pos: int) -> int:
        i = bisect_left(self.pos, pos)
        return self.pos[i - 1] + 1 if i else self.lo

    def end(self, pos: int) -> int:
        i = bisect_left(self.pos, pos)
        return self.pos[i] if i < len(self.pos) else self.hi


def _after_trigger(grammar: Grammar, match: str, a: int, b: int) -> int:
    """Where the list starts in ``match[a:b]``: after the last trigger word (a one-character trigger such
    as 就 only at the clause start)."""
    start = a
    for t in grammar.trigger_rx.finditer(match, a, b):
        if len(t.group(0)) == 1 and t.start() != a:
            continue
        nxt = match.find("、", t.end(), b)
        if (nxt if nxt >= 0 else b) - t.end() < 2 and match[t.end() : t.end() + 1] not in grammar.singles:
            continue  # the end of an item's name (软件开发、…), not a verb before it (重点发展|铝、铜)
        start = t.end()
    return start


def _taiwan_morphemes(data: dict[str, Any]) -> list[str]:
    """The Taiwan words whose mainland word is a morpheme (网路 for 网络): a name ending in one ends like an industry."""
    morphemes = set(data["morphemes"]["words"])
    return [tw for tw, cn in data.get("taiwan_wording", {}).get("pairs", []) if cn in morphemes and tw != cn]


def mainland_wording(grammar: Grammar, label: str) -> str:
    """``label`` (Simplified) with its Taiwan industry words in the mainland's wording (6G网路 → 6G网络)."""
    for tw, cn in grammar.taiwan:
        if tw in label:
            label = label.replace(tw, cn)
    return label


def _after_stops(grammar: Grammar, match: str, a: int, b: int) -> int:
    """Where a name starts in ``match[a:b]``: after the last stop or trigger word (not one that begins a
    word of the name: 有|色金属 is 有色金属), and after a count opening the rest (建设3个|中药材基地)."""
    for s in grammar.stop_rx.finditer(match, a, b):
        if (
            (b - s.end() >= 2 or match[s.end() : b] in grammar.singles)
            and not match.startswith(grammar.word_starts, s.start())  # the cheap test first
            and not grammar.splits_word(match, s.end())
        ):
            a = _past_complement(grammar, match, s.end(), b)
    count = _LEADING_COUNT.match(match, a, b)
    return count.end() if count is not None and b - count.end() >= 2 else a


def _past_complement(grammar: Grammar, match: str, a: int, b: int) -> int:
    """Where a name starts after a verb ending at ``a``: past the verb's resultative complement (建设|好|茶叶基地,
    管好|用好|…), which names how the work is done, not the trade; only where a name of two characters is left."""
    c = next((c for c in grammar.complements if match.startswith(c, a)), "")
    return a + len(c) if c and b - a - len(c) >= 2 else a


# A count of sites or firms opening a run (3个|新能源产业园, 两家|…企业, 十处|…): no part of the name after it (r24
# audit). Not a count of items or kinds (开发1000项|重大技术创新产品: products, no trade), nor of 大 (五大产业: a system's,
# read by the system rules).
_LEADING_COUNT = re.compile(rf"(?:\d{{1,4}}|[{CN_NUMERAL_CHARS}]{{1,3}})\s*[个家座处]")


def _clean_item(grammar: Grammar, match: str, a: int, b: int) -> tuple[int, int] | None:
    """Trim spaces, quotes and leading stop words; ``None`` if what is left cannot be a name."""
    while a < b and match[a] in " \"'“”‘’":
        a += 1
    while b > a and match[b - 1] in " \"'“”‘’":
        b -= 1
    for _ in range(3):
        m = grammar.stop_rx.match(match, a, b)
        if (
            not m
            or b - m.end() < 2
            or grammar.splits_word(match, m.end())
            or match.startswith(grammar.word_starts, a)  # 有机|化工, 即时|零售: a word, not a stop
        ):
            break
        a = m.end()
    if grammar.stop_rx.fullmatch(match, a, b):
        return None  # 围绕申报、建设…: a stop word alone as an item, a verb of the list's frame
    while a < b and match[a] in "及和与":
        a += 1
    charge = match.rfind("负责", a, b)
    if charge >= 0 and not match.startswith("任", charge + 2):
        # 县公安局负责|道路交通、…等行业: a body's charge before the list, never part of a name (负责任投资 is one), with
        # the verb or the scope after it (负责牵头做好|种植业…, 负责本辖区|餐饮…)
        a = _CHARGE_TAIL.match(match, charge + 2, b).end()  # type: ignore[union-attr]
    a = _after_joined_other(grammar, match, a, b)
    a = _after_brand(grammar, match, _after_place(match, a, b), b)
    b = _before_chain_position(grammar, match, a, b)
    b0 = b
    for p in grammar.parks if match.endswith(grammar.parks, a, b) else ():
        if match.endswith(p, a, b) and b - a - len(p) >= 2:
            b -= len(p)
            break
    b = _before_facility(grammar, match, a, b, sited=b < b0)
    ends = grammar.name_ends
    for d in ends if match.endswith(ends, a, b) else ():
        if match.endswith(d, a, b) and (b - a - len(d) >= 2 or match[a : b - len(d)] in grammar.singles):
            b -= len(d)  # 中药材|产业, and a one-character trade: 茶|产业
            break
    item = strip_ruby(match[a:b])
    if item in grammar.singles:
        return a, b  # 铝、铜、钢铁: a one-character trade
    if item in grammar.scales:
        return None  # 打造一批省级、国家级产业集群: ranks, not trades
    if grammar.trigger_rx.fullmatch(item):
        return None  # …、培育|20个千亿产业: a verb left before a count, not a name
    if not 2 <= len(item) <= _ITEM_MAX or not _ITEM_CHARS.fullmatch(_unbracketed(item)) or item.isdigit():
        return None
    if item[0].isdigit() and _COUNT_START.match(item):
        return None  # 1个市级牵头部门、2至4个…: a count, not a name (5G, 3D打印 are names)
    if "(" in item and not grammar.evidence(_unbracketed(item)):
        return None  # 规划(计划)、经济调控: a bracket keeps only a name that ends like an industry
    first = max(a + 1, b - 3)
    # ends in an institution word (大数据中心), not 临港|装备; the endswith test skips the regex when none can end at b
    for k in range(first, b) if match.endswith(grammar.institutions, first, b) else ():
        inst = grammar.inst_rx.match(match, k, b)
        if inst and inst.end() == b and institution_follows(match, k, grammar):
            return None
    return a, b


# What may follow a body's 负责 before the list's first item: its role, its work verb, its scope (matches "" too)
_CHARGE_TAIL = re.compile(
    r"(?:牵头|统筹|具体)?(?:做好|抓好|指导|督促|组织|开展|推进|落实)?(?:对)?(?:本|全)?(?:辖区|行政区域)?内?"
)
# A figure opening a list item that no letter follows (1个市级牵头部门, 2至4个): a count, not a name like 5G or 3D打印
_COUNT_START = re.compile(r"\d+(?![\dA-Za-z])")
# Ruby pinyin a page flattened into the text (智慧医(yī)疗): not part of the name.
_RUBY = re.compile(r"[(（][a-z\u00e0-\u01dc]{1,7}[)）]")
# A county or district in brackets after its city (赣州(南康)家具).
_SUB_PLACE = re.compile(rf"\([{_CJK}]{{2,4}}\)")
_TOWN = re.compile(rf"[{_CJK}]{{2,3}}镇")  # a town's name before an item (司前镇|五金不锈钢)
_SUB_PLACE_INSIDE = re.compile(rf"(?<=[{_CJK}])\([{_CJK}]{{2,4}}\)(?=[{_CJK}])")
# A qualifier in brackets closing a list item's name (新能源装备(储能)、现代家居…等产业链群): part of the name as
# written, like one inside it (绿色(装配式)建筑); neither ends the clause.
_QUALIFIER_AT_END = re.compile(rf"(?<=[{_CJK}])\([{_CJK}]{{2,4}}\)(?=[、等])")
_BRACKETED = re.compile(rf"\([{_CJK}]{{2,4}}\)")


def _unbracketed(item: str) -> str:
    """``item`` without the short brackets inside or closing its name (绿色(装配式)建筑, 新能源装备(储能))."""
    return _BRACKETED.sub("", item) if "(" in item else item


def _before_roles(grammar: Grammar, match: str, lo: int, h: int) -> int:
    """Where the name before a facility's head ends, before up to two words of what the facility does (跨境电子商务|
    综合贸易|基地, 航空冷链|进口集散|基地); ``h`` when none or when fewer than two characters would remain."""
    e = h
    for _ in range(2):
        role = first_ending(match, grammar.facility_roles, lo, e)
        if role is None or e - len(role) - lo < 2:
            break
        e -= len(role)
    if e < h and grammar.goods and match.endswith(grammar.goods, lo, e):
        return h  # 农产品|生产|基地: a base for goods in general, no trade
    return e


def _before_facility(grammar: Grammar, match: str, a: int, b: int, *, sited: bool) -> int:
    """End of an item naming a facility for its trade, before the facility's head and what it does (航空物流|枢纽,
    跨境电子商务|综合贸易|基地, 航空冷链|进口集散|基地; the base is cut as a park first, ``sited``): the trade, when
    what remains holds an industry word. Without a facility, no word is cut (家电进口 is the import of goods)."""
    e = b
    for f in grammar.facilities if match.endswith(grammar.facilities, a, e) else ():
        if match.endswith(f, a, e):
            e -= len(f)
            break
    if e == b and not sited:
        return b
    for _ in range(2):
        role = first_ending(match, grammar.facility_roles, a, e)
        if role is None:
            break
        e -= len(role)
    if e == b or e - a < 2 or not grammar.has_morpheme(match[a:e]) or strip_ruby(match[a:e]) in grammar.goods:
        return b  # 农产品|生产|基地: a base for goods in general, no trade
    return e


def _before_chain_position(grammar: Grammar, match: str, a: int, b: int) -> int:
    """End of an item before a place in the chain that follows its trade (光伏材料|下游深加工)."""
    if match.find("游", a + 3, b) < 0:  # every chain position ends in 游
        return b
    cuts = [k for k in (match.find(w, a + 2, b) for w in grammar.chain_positions) if k >= 0]
    return min(cuts, default=b)


def _after_joined_other(grammar: Grammar, match: str, a: int, b: int) -> int:
    """Start of an item after words joined to it that name no industry (中小企业与|电子信息, 示范区和|电子信息)."""
    if match.find("与", a + 2, b - 1) < 0 and match.find("和", a + 2, b - 1) < 0:
        return a  # most items hold no joiner: two searches instead of a loop over their characters
    for k in range(a + 2, b - 1):
        if match[k] in "与和" and match.endswith(grammar.joined_others, a, k):
            return k + 1
    return a


def strip_ruby(s: str) -> str:
    """``s`` without ruby pinyin glosses (智慧医(yī)疗 -> 智慧医疗)."""
    return _RUBY.sub("", s) if "(" in s or "（" in s else s


@lru_cache(maxsize=1)
def _place_starts() -> frozenset[str]:
    """The first two characters of every division form (a quick test before the longest-prefix lookup)."""
    return frozenset(f[:2] for f in load_divisions().forms if len(f) >= 2)


_DISTRICT_SUFFIX = re.compile("(?:新区|区|县|旗)$")


@lru_cache(maxsize=512)
def _district_stems(cities: tuple[str, ...]) -> tuple[str, ...]:
    """The county-level divisions of ``cities`` as written right after their city without their suffix (沈阳|铁西,
    广州|南沙: 沈阳市铁西区, 广州市南沙区), two characters or more, longest first."""
    table = load_divisions()
    stems = {
        _DISTRICT_SUFFIX.sub("", d.official)
        for d in table.by_name.values()
        if d.level == "district" and d.parent in cities
    }
    return tuple(sorted((t for t in stems if len(t) >= 2), key=len, reverse=True))


@lru_cache(maxsize=1)
def _county_stems() -> dict[str, int]:
    """The stems of counties and districts without their suffix (翁源县 -> 翁源, 南沙区 -> 南沙), three characters
    at most, that name one division only and are no form of a city or province: a stem two places share, or one
    that is a word as well as a city's form, is no sure place."""
    table = load_divisions()
    count: dict[str, int] = {}
    for d in table.by_name.values():
        if d.level == "district":
            stem = _DISTRICT_SUFFIX.sub("", d.official)
            if 2 <= len(stem) <= 3 and stem != d.official:
                count[stem] = count.get(stem, 0) + 1
    return {t: len(t) for t, c in count.items() if c == 1 and not table.forms.get(t)}


def _county_stem(match: str, a: int, b: int) -> int:
    """The length of a county's stem opening an item (翁源|兰花: 翁源县), two characters or more left; else 0."""
    stems = _county_stems()
    for n in (3, 2):
        if match[a : a + n] in stems and b - a - n >= 2:
            return n
    return 0


def _after_place(match: str, a: int, b: int) -> int:
    """Where an item starts after a place name written before it (新余光伏, 宜春医药, 赣州(南康)家具), by the
    administrative divisions table; no industry name in GB/T 4754-2017 or the lexicon starts with one. A district
    of that city written without its suffix right after it goes too (沈阳铁西|装备制造业), and a town (…镇) after
    it or alone (新会区司前镇|五金不锈钢, 水口镇|水暖卫浴)."""
    if b - a < 4:
        return a
    if match[a : a + 2] not in _place_starts():
        town = _TOWN.match(match, a, b)
        return town.end() if town and b - town.end() >= 2 else a
    n, names = load_divisions().prefix_candidates(match[a:b])
    if not n:
        return a + _county_stem(match, a, b)
    p = a + n
    p += next((len(t) for t in _district_stems(tuple(names)) if match.startswith(t, p, b)), 0)
    sub = _SUB_PLACE.match(match, p, b)
    if sub:
        p = sub.end()
    town = _TOWN.match(match, p, b)
    if town and b - town.end() >= 2:
        p = town.end()
    return p if b - p >= 2 else a


def _after_brand(grammar: Grammar, match: str, a: int, b: int) -> int:
    """Where an item starts after a zone's slogan word and its place (乐游|平南|乡村旅游集聚带, 生态|港北|乡村旅游
    集聚区): a zone a plan names for its trade may put a two-character word before the place, and neither is part of
    the trade's name; only in an item ending in a park or zone word."""
    if not match.endswith(grammar.parks, a, b):
        return a
    p = _after_place(match, a + 2, b)
    return p if p > a + 2 else a


def _after_site(grammar: Grammar, match: str, a: int, h: int) -> int:
    """Where a name before a head starts after a site named in it (航高基地|民用航空产业聚集区): a park or base
    is a place, not part of the trade's name; two characters or more must remain."""
    if match.find("基地", a, h) < 0 and match.find("园", a, h) < 0:
        return a  # every site word ends in 基地 or holds 园; most names have neither
    for m in grammar.site_rx.finditer(match, a, h):
        if h - m.end() >= 2:
            a = m.end()
            count = _COUNT.match(match, a, h)  # 产业园两个|民用航空产业园区
            a = count.end() if count and h - count.end() >= 2 else a
    return a


_COUNT = re.compile(rf"(?:\d{{1,3}}|[{CN_NUMERAL_CHARS}]{{1,3}})[个家类]")


def _generic_tail(is_generic: Callable[[str], bool], name: str) -> bool:
    """``name`` is or ends with a generic word (满足先进制造业, 助力数字经济)."""
    for i in range(max(0, len(name) - 8), len(name) - 1):  # a loop, not any(): this runs for every candidate
        if is_generic(name[i:]):
            return True
    return False


def _split_items(match: str, a: int, b: int, frame: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """``A、B和C`` -> spans of A, B, C; ``和`` splits only two parts of three or more characters each. With
    ``frame`` (``Grammar.item_frame_rx``), an item framed as ``以X为F的Y`` is its name Y (以民族和山地为特色的|文化
    旅游业): X describes it; a 和 inside X joins no two items."""
    if a > b:
        return []
    spans: list[tuple[int, int]] = []
    framed: set[int] = set()
    pos = a
    k = match.find("、", pos, b)
    while True:
        end = k if k >= 0 else b
        lead = pos
        while lead < end and match[lead] == " ":
            lead += 1  # spaces before an item
        f = frame.match(match, lead, end) if frame is not None and match.find("为", lead, end) >= 0 else None
        if f is not None and end - f.end() >= 2:
            framed.add(len(spans))
            spans.append((f.end(), end))
        else:
            spans.append((pos, end))
        if k < 0:
            break
        pos = k + 1
        k = match.find("、", pos, b)
    s, e = spans[-1]
    k = match.find("以及", s, e)
    if k - s >= 2 and e - k - 2 >= 2:  # A、B以及C: 以及 is never inside a name
        spans[-1:] = [(s, k), (k + 2, e)]
    if match.find("和", a, b) < 0:
        return spans
    out: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(spans):
        # the last item: A、B和C; an inner one too long to be one name (铝材、光伏材料下游深加工和精细磷化工、…)
        # joins two (生物技术和新医药、云计算和信息服务 are names of their own)
        k = match.find("和", s, e) if i == len(spans) - 1 or (i and e - s > _ITEM_MAX) else -1
        k = -1 if i in framed else k
        out += [(s, k), (k + 1, e)] if k > 0 and k - s >= 3 and e - k - 1 >= 3 else [(s, e)]
    return out


def _closed_lists(
    grammar: Grammar, match: str, stops: _Stops, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    floor = stops.lo  # a list starts after the closing of the list before it in the same clause
    for m in grammar.closings(match, stops.lo, stops.hi):
        floor, prev = m.end(), floor
        head, mod = m.group("head"), m.group("mod")
        if head == "项目" and mod not in grammar.project_ranks:
            if _listed_projects_trade(grammar, match, m, prev, is_generic):
                out.append(
                    m.span("mod")
                )  # 湖南佳原国际物流园、…等|物流|项目: the trade of the projects listed
            continue  # 交通、能源、水利等重大基础设施项目: projects of a kind, not of the trades
        if head in grammar.firm_named and any(r in (mod or "") for r in grammar.firm_ranks):
            continue  # 五得利面粉、正宇面粉等重点企业: ranked firms, named by their names
        if grammar.measured(match, head, m.end()):
            continue  # 煤炭、石油等消费总量: the use of fuels, not trades
        if grammar.public_mods and (mod or "").endswith(grammar.public_mods):
            continue  # 教育、医疗、养老等民生领域: public services and needs, not trades
        if not grammar.prepositions.isdisjoint(mod):
            continue  # 土地、资金、人才等要素向重点产业集聚: the list names what moves towards the head
        if qualified_new_forms(head, mod or ""):
            continue  # 社区餐饮、健康餐饮等经营新模式: ways one trade works
        if grammar.field_bodies_rx.match(match, m.end()):
            continue  # 交通运输、水利、能源等相关行业|工程建设主管部门: the fields of the bodies named, no trades
        got = _list_items(grammar, match, stops, m, prev)
        if got is None:
            continue
        items, n, sole = got
        items = _split_short_join(grammar, match, _split_sector_joins(grammar, match, items))
        if n and len(items) > n:
            items = _rejoined_to_count(match, items, n)  # 生物医药和高性能医疗器械等七大…: one name of seven
        if n and len(items) < n:
            items = _split_joined(match, items, n)  # 做强风电装备和新型储能两大产业: 和 joins the two
        if (m.group("n2") or m.group("frame") or m.group("many")) and len(items) < 2:
            if m.group("frame"):
                floor = (
                    prev  # 以大数据为引领的电子信息产业、…等五大产业: a framed name inside an item of a list
                )
            continue  # "八大产业集群" alone names a system, "3个产业园区" a count, not a list
        if n and len(items) > n:
            items = items[-n:]
        if _stage_list(grammar, match, items):
            continue  # 制、储、装备制造等氢能全产业链: the links of a chain
        category = _category(grammar, match, m, is_generic)
        if category:
            out.append(category)
        # 服务器、机架、电源设备等算力硬件制造产业: the items of a named category must look like industries
        # a framed list (以A、B为重点的产业转型) may list ways of working (数字化、网络化): its items must name trades
        formats = _consumer_formats(grammar, match, m) or bare_formats(head, mod or "", items)
        strong = (
            (
                head in grammar.strong
                or (mod or "").endswith(grammar.strong_mods)
                or (
                    (mod or "").endswith(grammar.evidenced_mods)
                    and any(grammar.has_morpheme(match[a:b]) for a, b in items)
                )
                or formats
            )
            and not category
            and not m.group("frame")
            and not sole
        )
        if n and len(items) < n and m.group("n"):
            # 批发和零售业,农、林、牧、渔业,…,教育等7个行业: items holding 、 themselves, separated by commas
            pieces = _comma_items(grammar, match, stops, m.start(), n)
            items, strong = (pieces, True) if pieces else (items, strong)
        cleaned = [c for c in (_clean_item(grammar, match, a, b) for a, b in items) if c]
        if formats:  # 各类小型商场超市: outlets of a size, a format of the trades, not one
            cleaned = [(a, b) for a, b in cleaned if not match.startswith(grammar.format_sizes, a)]
        if any(match.endswith("产业", a, b) for a, b in items):
            cleaned = [_short_head(grammar, match, a, b) for a, b in cleaned]
        # 红桥、红果等7个产业园区: a list of parks; only items that name a trade are industries
        strong = strong and not grammar.inst_rx.match(match, m.end())
        if strong and m.group("head") in grammar.parented and items:
            # 新材料产业全力推动碳纤维、…等板块: a trade's sub-sectors; 东部、西部等板块 are parts of a place
            strong = _parent_named(grammar, match, stops.lo, items[0][0])
        kept = _weak_items(grammar, match, cleaned, len(items)) if not strong else cleaned
        if category and not kept:
            # the forms of a named trade (赏花采摘、休闲度假、康养…等乡村旅游业态): those that are trades of their
            # own (康养) are named though most are activities
            kept = [(a, b) for a, b in cleaned if _names_trade(grammar, strip_ruby(match[a:b]))]
        if head in grammar.firm_named:
            kept = [(a, b) for a, b in kept if not _firm_named(grammar, match, a, b)]
        services = head.startswith("服务") and grammar.service_works
        out += [
            (a, b)
            for a, b in kept
            if _plain_name(grammar, is_generic, strip_ruby(match[a:b]))
            or (services and match[a:b] in grammar.service_works)  # 研发、|设计|、科技服务等生产性服务业
        ]
        if (
            mod
            and head in ("服务业", "制造业")
            and _specific_qualifier(grammar, is_generic, mod)
            and not match.startswith("态", m.end())  # 便民服务|业态: formats, no 服务业
        ):
            out.append((m.start("mod"), m.end("head")))
    return out


def _parent_named(grammar: Grammar, match: str, lo: int, hi: int) -> bool:
    """A trade head (产业, 行业) in ``match[lo:hi]``, the clause before a list: the list names that trade's parts."""
    return any(match.find(p, lo, hi) >= 0 for p in grammar.parents)


def _firm_named(grammar: Grammar, match: str, a: int, b: int) -> bool:
    """An item of a list of projects (加快力诚光伏、爱朵护理用品等重点项目落地) whose trade words follow a name that
    no industry word or qualifier makes up (力诚|光伏): a firm's project, named for the firm, not a trade; an item
    made of trade words and qualifiers only (未来海洋、未来能源等重大项目) names its trade, and so does one whose words
    before them are a mineral or a crop (萤石|加工、铁矿|加工等企业: the material processed, no firm's name)."""
    c = covered_start(grammar.cover_words, match, a, b)
    if not a < c < b or grammar.has_morpheme(match[a:c]):
        return False
    w = next((w for w in grammar.materials if match.startswith(w, a, b)), "")
    return not w or covered_start(grammar.cover_words, match, a + len(w), b) != a + len(w)


def _consumer_formats(grammar: Grammar, match: str, m: re.Match[str]) -> bool:
    """The closing ``m`` is 等…业态 qualified as consumer or resident services (日用百货、书店、美容美发、洗车洗衣、家政服务
    等便民消费业态; the head 消费 read first, then 业态): every item is a retail or service trade, with or without an
    industry morpheme."""
    if not grammar.format_mods:
        return False
    head, mod = m.group("head"), m.group("mod") or ""
    if (mod + head).endswith(grammar.service_trades):
        return True  # 饭店、宾馆旅店、美容美发等服务行业: the trades of residents' services, as 便民服务业态
    if head.endswith("业") and match.startswith("态", m.end()):
        mod += head[:-1]  # 等便民|服务业|态: 便民服务|业态
    elif head != "业态":
        if not match.startswith("业态", m.end()):
            return False
        mod += head  # 等便民|消费|业态
    return mod.endswith(grammar.format_mods)


def _short_head(grammar: Grammar, match: str, a: int, b: int) -> tuple[int, int]:
    """An item ``match[a:b]`` of a list whose other items end in 产业, itself ending in 业 after an industry word
    (电子信息产业、…、文化旅游业、新型建筑建材业等五大产业): 业 is the list's head 产业 shortened, dropped like it;
    a name of four characters or more remains. A sector word whose 业 is its own (现代农业: 农 is no industry
    word) keeps it, and so does a sector named by its activity (软件和信息技术服务业, 农副食品加工业)."""
    if (
        b - a >= 5
        and match[b - 1] == "业"
        and match[b - 2] != "产"
        and grammar.morph_end(match[a : b - 1])
        and not match.endswith(grammar.activities, a, b - 1)
    ):
        return a, b - 1
    return a, b


def _list_items(
    grammar: Grammar, match: str, stops: _Stops, m: re.Match[str], floor: int
) -> tuple[list[tuple[int, int]], int | None, bool] | None:
    """The items of the list that the closing ``m`` ends, its stated count and whether it is a list of one;
    ``None`` when there is no list: without 、 only a stated count or a frame makes one (文化和旅游等产业,
    科技和金融等领域), or a trigger verb before one trade (积极培育智能家居等消费增长点). The list starts no
    earlier than ``floor``, the end of the closing before it (A、B5个优势产业和C、D等产业: two lists)."""
    list_end = m.start()
    if match[list_end - 1 : list_end] == "的" and not m.group("frame"):
        return None  # 支撑作用强、发展潜力大的九大产业链: the qualities the trades are chosen by, no list of them
    clause = max(stops.start(list_end), floor)
    joined = match.rfind("以及", clause, list_end)
    if joined >= 0 and match.find("等", clause, joined) >= 0:
        clause = joined + 2  # A、B等基础设施以及C、D等服务业: 以及 joins two lists
    clause = _after_closed_list(match, clause, list_end)
    start = _after_trigger(grammar, match, clause, list_end)
    n = _stated_count(m)
    plain = not n and not m.group("frame") and match.find("、", start, list_end) < 0
    if plain and start == clause:
        return None
    items = _split_items(match, start, list_end, grammar.item_frame_rx)
    if items:
        a = _after_produce_verb(grammar, match, _after_stops(grammar, match, *items[0]), items[0][1])
        if grammar.use_verbs and _used(grammar, match, a, items[0][1]):
            return (
                None  # 鼓励使用|天然气、电、地热、生物质等清洁能源: what is used, fuels or goods, no trades
            )
        items[0] = (_after_list_opener(grammar, match, a, items[0][1]), items[0][1])
    if not plain:
        # 新医药、新材料、高端装备制造|及|石油化工等主导产业: the last item two long names joined (heldout148 gn11)
        last = _long_joined_names(grammar, match, items[-1:]) if items and not n else []
        return (items[:-1] + last if last else items), n, False
    pair = _long_joined_names(grammar, match, items)
    if pair:
        return pair, n, False  # 工程机械零部件及汽车配件等主导产业: two long names joined, each a trade
    sole = _sole_item(grammar, match, items)
    return ([sole], n, True) if sole else None


def _after_closed_list(match: str, clause: int, list_end: int) -> int:
    """Where a list starts after another list its clause closed with 等 before it (通过上大压小、资源整合等方式|降低钢材、
    建材、石化等…产业): the means or things of the first list are no items of the second; the second starts after
    the first's 等, its head and verb trimmed from its first item as from any first item. Only a list of two items
    or more before 等, and one of two or more after it."""
    inner = match.rfind("等", clause, list_end)
    if inner < 0 or match.find("、", clause, inner) < 0:
        return clause
    first = match.find("、", inner, list_end)
    if first < 0 or not "\u4e00" <= match[inner + 1 : inner + 2] <= "\u9fff":
        return clause
    return inner + 1


def _long_joined_names(grammar: Grammar, match: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The one item before 等 and a head split at its one joiner (工程机械零部件|及|汽车配件等主导产业, 装备制造|和|电子信息
    等产业), when both
    sides have four to eight characters and end like an industry: two names, not one compound (汽车及零部件
    joins a product to its parts under one name)."""
    if not 1 <= len(items) <= 2:
        return []
    a, b = items[0][0], items[-1][1]
    joins = [k for k in range(a, b) if match[k] in "及和与"]
    if len(joins) != 1:
        return []
    k = joins[0]
    parts = [(a, k), (k + 1, b)]
    if all(
        4 <= q - p <= 8 and grammar.evidence(match[p:q]) and not grammar.stop_rx.search(match, p, q)
        for p, q in parts
    ):
        return parts
    return []


def _used(grammar: Grammar, match: str, a: int, b: int) -> bool:
    """The first item ``match[a:b]`` starts with a verb of using, or holds one with a name after it (鼓励使用|天然气,
    推广利用|秸秆): the list names what is used; a name ending in one (资源综合利用) is no such item."""
    for v in grammar.use_verbs:
        k = match.find(v, a, b)
        if k >= 0 and b - k - len(v) >= 1:
            return True
    return False


def _after_list_opener(grammar: Grammar, match: str, a: int, b: int) -> int:
    """Where the first item ``match[a:b]`` starts after a verb glued to it that opens the list without being a
    trigger (形成|鲜切花、观赏植物…等产业…格局), when two characters or more remain; else ``a``."""
    return grammar.after_opener(match, a, b)


def _split_sector_joins(grammar: Grammar, match: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items joining a sector name to another with 与/和/及 (住宿业与文旅、康养等业态) split in two: a name ending
    in 业 is whole, so what the joiner adds is another item (unlike 汽车及零部件, one compound name)."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        k = next((k for k in range(a + 2, b - 2) if match[k] in "与和及" and match[k - 1] == "业"), -1)
        left = match[a:k]
        if (
            k > 0
            and (grammar.sector_name(left) or left in grammar.morphemes)
            and grammar.evidence(match[k + 1 : b])
        ):
            out += [(a, k), (k + 1, b)]
        else:
            out.append((a, b))
    return out


def _before_indicator(grammar: Grammar, match: str, a: int, b: int) -> tuple[int, int]:
    """The last item of a list without the indicator the list shares (水稻、玉米、大豆|种植面积; 生猪、肉牛|存栏): the
    indicator counts every item, no part of the last one's name."""
    for w in grammar.indicators:
        if b - a > len(w) and match.endswith(w, a, b):
            return a, b - len(w)
    return a, b


def _name_end(grammar: Grammar, match: str, a: int, b: int) -> int:
    """Where the last item ``match[a:b]`` of a list without a head ends when a verb phrase runs on after its name
    to the clause end (电子信息、装备制造、生物医药|发展; 种植业、养殖业、农产品加工业|融合发展): before the first
    abstract word that follows a name ending like an industry."""
    if not grammar.is_abstract(match[a:b]):
        return b
    for k in range(a + 2, b - 1):
        if match.startswith(grammar.abstract, k) and grammar.evidence(match[a:k]):
            return k
    return b


def _after_produce_verb(grammar: Grammar, match: str, a: int, b: int) -> int:
    """Where the first item ``match[a:b]`` starts after a verb of farming before it (耕地种植|水稻、高粱等作物),
    when two characters or more remain."""
    for v in grammar.produce_verbs:
        p = match.rfind(v, a, b)
        if p >= 0 and b - p - len(v) >= 2:
            a = p + len(v)
    return a


def _sole_item(grammar: Grammar, match: str, items: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The one item after a trigger verb before 等 and a head: the run of industry words and qualifiers that
    ends it (白俄罗斯|乳制品等项目), when it ends like an industry and joins no two names (文化和旅游, 科技与金融
    are two fields)."""
    if len(items) != 1:
        return None
    a, b = items[0]
    cov = covered_start(grammar.cover_words, match, a, b)
    if b - cov < 2:
        # no morpheme ends it: the longest GB/T 4754-2017 class word of three or more characters that does
        # (白俄罗斯|乳制品); a two-character one is too loose a sign alone (环保包装等项目: a firm's project)
        cov = next(
            (b - k for k in range(min(5, b - a), 2, -1) if match[b - k : b] in grammar.class_words), cov
        )
    a = cov
    name = match[a:b]
    if not 2 <= len(name) <= 8 or any(j in name for j in "和与及") or not grammar.evidence(name):
        return None
    return a, b


def _specific_qualifier(grammar: Grammar, is_generic: Callable[[str], bool], name: str) -> bool:
    """``name`` before 服务业 / 制造业 names a trade (人力资源服务业, 智造服务业), not a rank or a grouping of every
    trade (优势服务业 as 优势产业, 生产服务业, 高端制造业: broad words and qualifiers)."""
    return not (
        is_generic(name + "产业")
        or is_generic(name + _SERVICE_HEAD)
        or (name in grammar.broad and name not in grammar.headed)
        or name in grammar.modifiers
    )


def _stated_count(m: re.Match[str]) -> int | None:
    """The count a closing states (等12个领域, 五大产业); 等一批 (a batch) states none."""
    n_raw = m.group("n") or m.group("n2")
    n = (int(n_raw) if n_raw.isdigit() else cn_number(n_raw)) if n_raw else None
    return n if n and n >= 2 else None


def _split_short_join(grammar: Grammar, match: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last item of a list of several joining two names with 和, one of them two characters and the other
    ending like a trade (蔬菜、茶叶、干果和木本油料等产业): two items, as 和 joins (the longer pairs are split by
    ``_split_items``); 及 and 与 still make one compound (汽车及零部件)."""
    if len(items) < 2:
        return items
    a, b = items[-1]
    k = match.find("和", a, b)
    if (
        k < 0
        or match.find("和", k + 1, b) >= 0
        or not (k - a >= 2 and b - k - 1 >= 2 and min(k - a, b - k - 1) == 2)
    ):
        return items
    left, right = match[a:k], match[k + 1 : b]
    if (
        any(j in left + right for j in "及与")
        # 软件和信息技术: a GB/T 4754-2017 sector named by its two activities without its head (软件和信息技术服务业)
        or match[a:b] in _joined_sector_stems()
        # 电力和热力生产供应: one trade named by its activities (not a bare activity: 茶叶和|服务)
        or any(right.endswith(w) and len(right) > len(w) + 1 for w in grammar.activities)
        or not grammar.evidence(max(left, right, key=len))
    ):
        return items
    return [*items[:-1], (a, k), (k + 1, b)]


@lru_cache(maxsize=1)
def _joined_sector_stems() -> frozenset[str]:
    """The GB/T 4754-2017 门类 and 大类 names joining two activities with 和, without their head 服务业 or 业
    (软件和信息技术服务业 → 软件和信息技术服务, 软件和信息技术): one sector, as plans name it in lists."""
    out: set[str] = set()
    for e in load_classifications().entries.values():
        if (
            e.scheme == "GB/T4754-2017"
            and e.level in ("门类", "大类")
            and "和" in e.name
            and "、" not in e.name
        ):
            for head in ("服务业", "业"):
                if e.name.endswith(head):
                    out.add(e.name[: -len(head)])
    return frozenset(out)


def _listed_projects_trade(
    grammar: Grammar, match: str, m: re.Match[str], floor: int, is_generic: Callable[[str], bool]
) -> bool:
    """A list of named projects closed by 等 and a trade before 项目, each name holding the trade (A国际物流园、B智能物流
    中心等|物流|项目): the trade is the projects'; not places or kinds of site before it (住宅小区、商业建筑等屋顶光伏
    发电项目), a count of projects alone (30个重大文化项目), nor a rank or a description (重点, 重大基础设施)."""
    mod = m.group("mod") or ""
    if not (match.startswith("等", m.start()) and len(mod) >= 2 and grammar.morph_end(mod)):
        return False
    start = max(floor, max((match.rfind(c, 0, m.start()) for c in ",;。:!?\n"), default=-1) + 1)
    names = match[start : m.start()].split("、")
    return (
        len(names) >= 2
        and all(mod in n for n in names)
        and not mod.startswith(tuple(r for r in grammar.project_ranks if r))
        and _plain_name(grammar, is_generic, mod)
        and grammar.stop_rx.search(mod) is None
    )


def _rejoined_to_count(match: str, items: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """Items split at 和, 与 or 及 joined again, the last split first, while the list has more items than the count
    its closing states (现代农业与食品、先进材料等3个产业集群; A、…、生物医药和高性能医疗器械等七大高端制造业): the
    count shows the joined words are one name; a list still longer than its count is left as it is."""
    out = list(items)
    i = len(out) - 2
    while len(out) > n and i >= 0:
        (a, b), (c, d) = out[i], out[i + 1]
        if c == b + 1 and match[b] in "和与及":
            out[i : i + 2] = [(a, d)]
        i -= 1
    return out


def _split_joined(match: str, items: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The last item split at 和, else 与, else 及 (two parts of at least two characters) when that makes the
    stated count: 汽车和电子两大产业 names two; 汽车及零部件 stays one item otherwise."""
    if not items:
        return items
    a, b = items[-1]
    for joiner in "和与及":
        k = match.find(joiner, a + 2, b - 1)
        if k >= 0 and len(items) + 1 == n:
            return [*items[:-1], (a, k), (k + 1, b)]
    return items


def _plain_name(grammar: Grammar, is_generic: Callable[[str], bool], name: str) -> bool:
    """``name`` is neither a generic word, a description (高效协同, 一体联动的), a broad word alone (旅游、信息、
    批发零售等服务业: 信息 qualifies every trade) nor a kept head alone (县域|经济: the economy as a whole)."""
    return (
        not _generic_tail(is_generic, name)
        and not grammar.is_abstract(name)
        and name not in grammar.broad
        and name not in grammar.kept
    )


def _stage_list(grammar: Grammar, match: str, items: list[tuple[int, int]]) -> bool:
    """A list holding a one-character stage (制、储、运、用) names the links of a chain, not industries; a list
    with two processes or more (数字化、网络化、智能化) names ways of upgrading, one of techniques only (微电子技术、
    新能源技术) techniques to apply; a list whose every item is a
    qualified heritage word (敦煌文化、丝路文化、红色文化) names cultures, not trades."""
    if any(match[a:b].strip() in grammar.stages for a, b in items):
        return True
    if sum(1 for a, b in items if b - a >= 3 and match[b - 1] == "化") >= 2:
        return True  # 推动传统制造业数字化、网络化、智能化改造: ways of upgrading (…化), not trades
    if 2 * sum(1 for a, b in items if match.endswith("技术", a, b)) > len(items) >= 2:
        return True  # 推广应用网络通信技术、微电子技术、新能源技术: techniques to apply, not trades
    return len(items) >= 2 and all(
        (t := match[a:b].strip()).endswith(grammar.heritages) and t not in grammar.heritages for a, b in items
    )


# 业态 too: 赏花采摘、康养、民俗等|乡村旅游|业态 names the trade its forms of business belong to
_CATEGORY_HEADS = ("产业", "产业链", "产业集群", "集群", "业态")


def _category(
    grammar: Grammar, match: str, m: re.Match[str], is_generic: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The span of a specific category that closes a list (服务器、机架等|算力硬件制造|产业): a name of 3-6
    characters ending like an industry, neither generic, broad, holding a stop word, nor made of qualifiers
    only."""
    a, b = m.span("mod")
    name = match[a:b]
    if m.group("head") not in _CATEGORY_HEADS or not 3 <= len(name) <= 6 or name in grammar.broad:
        return None
    if not grammar.evidence(name) or grammar.stop_rx.search(name):
        return None
    if (
        is_generic(name)
        or is_generic(name + m.group("head"))
        or _generic_tail(is_generic, name + "产业")
        or covered_start(grammar.modifier_words, match, a, b) == a
    ):
        return None
    return a, b


def _comma_items(
    grammar: Grammar, match: str, stops: _Stops, list_end: int, n: int
) -> list[tuple[int, int]] | None:
    """The ``n`` comma-separated pieces that end at ``list_end``, when exactly that many run back to the
    previous clause stop (the stated count is the check)."""
    i = bisect_left(stops.pos, list_end)
    pieces: list[tuple[int, int]] = []
    end = list_end
    while len(pieces) < n - 1 and i > 0 and match[stops.pos[i - 1]] == ",":
        p = stops.pos[i - 1]
        pieces.append((p + 1, end))
        end, i = p, i - 1
    if len(pieces) != n - 1:
        return None
    start = stops.pos[i - 1] + 1 if i > 0 else stops.lo
    start = _after_trigger(grammar, match, start, end)
    pieces.append((_after_stops(grammar, match, start, end), end))
    return pieces[::-1]


def _weak_items(
    grammar: Grammar, match: str, cleaned: list[tuple[int, int]], n_items: int
) -> list[tuple[int, int]]:
    """The industries of a list under a weak head (领域, 行业): all items when all but one name a trade
    (装备、石化、医药、民爆等重点行业) unless that one names a process (数字化管理); the items naming one when
    most do; none when most name no trade (基础设施、道路交通、产业发展、生态保护等领域 is a list of policy
    fields)."""
    named = [(a, b) for a, b in cleaned if _names_trade(grammar, strip_ruby(match[a:b]))]
    strong = sum(1 for a, b in named if grammar.evidence(strip_ruby(match[a:b])))
    if len(named) >= 3 and (n_items - len(named) <= 1 or n_items - len(named) < strong):
        # …化X names a process (数字化管理, 网络化协同), not a trade; a long odd one out is a description
        # (哲学社会科学 among 海洋、先进制造、现代农业、生命科学), a short one an abbreviated trade (民爆)
        return [(a, b) for a, b in cleaned if (a, b) in named or ("化" not in match[a:b] and b - a <= 4)]
    return named if 2 * len(named) > n_items else []


def _names_trade(grammar: Grammar, item: str) -> bool:
    """A list item under a weak head names a trade: it ends in an industry morpheme (高端装备), or is two
    paired fields of which the first is one (金融财会, 农业农村, 医疗卫生)."""
    if grammar.evidence(item):
        return True
    return len(item) == 4 and item[:2] in grammar.morphemes


# The head that closes a list without 等 (肉鸡、肉牛、淡水鱼全产业链规划布局); not …产业化 (a process).
# A trade head (餐饮、住宿、零售企业; 钢铁、有色、建材行业) closes one too, its items checked like a weak head's.
# The trade-in scheme (汽车、家电、家装厨卫和电动自行车以旧换新, 商务部等《推动消费品以旧换新行动方案》) names
# consumer-goods trades the same way.
# 领域 closes one like a trade head (支持企业在新能源、新材料、生物医药领域开展技术攻关): its items must name trades.
# The regex is ``Grammar.list_head_rx`` (its business forms are data).


def _closed_by_head(
    grammar: Grammar, match: str, items: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], str]:
    """The items up to the first one (not the first item) that goes on into a list head within 6 characters,
    that one cut before the head ([] if none does), and the kind of head: "trade" (企业, 行业), "field" (领域) or
    "" (产业, 产业链 …)."""
    for i in range(1, len(items)):
        a, b = items[i]
        head = grammar.list_head_rx.search(match, a + 2, min(b, a + 12))
        cut = _before_rank(grammar, match, a, head.start()) if head else 0
        if head and cut <= a + 6:
            return [*items[:i], (a, cut)], head.lastgroup or ""
    return [], ""


def _before_rank(grammar: Grammar, match: str, a: int, h: int) -> int:
    """Where the last item ``match[a:h]`` of a list ends before its head at ``h``: before a rank glued to the
    head (电子信息、装备制造|万亿级|产业集群), when a name of two characters or more remains; else ``h``."""
    for r in grammar.ranks if match.endswith(grammar.ranks, a, h) else ():
        if match.endswith(r, a, h) and h - len(r) - a >= 2:
            return h - len(r)
    return h


def _trade_closed(grammar: Grammar, match: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a list closed by 企业 or 行业, when all but one name a trade and none is a qualifier of every
    trade (制造、服务企业) nor an ownership (国有、民营企业: no trade names them)."""
    shared = _shared_activity(grammar, match, names)
    named = [(a, b) for a, b in names if _names_trade(grammar, strip_ruby(match[a:b]) + shared)]
    if len(names) - len(named) > 1 or len(named) < 2 or any(match[a:b] in grammar.broad for a, b in names):
        return []
    return names


def _shared_activity(grammar: Grammar, match: str, names: list[tuple[int, int]]) -> str:
    """The activity closing the last item of a list (竹笋、竹材|加工企业), read after each item before it that lacks
    one (竹笋|加工): the firms of the list process every good it names; "" when the last item ends in none."""
    if not names:
        return ""
    a, b = names[-1]
    act = next((w for w in grammar.join_activities if match.endswith(w, a, b) and b - a > len(w)), "")
    return act if act and not any(match.endswith(act, p, q) for p, q in names[:-1]) else ""


def _before_firm_form(grammar: Grammar, match: str, a: int, b: int) -> tuple[int, int]:
    """An item of a list under 企业 without its business form (电商平台、品牌运营企业: 电商), when a name of
    two characters or more remains."""
    for f in grammar.firm_forms if match.endswith(grammar.firm_forms, a, b) else ():
        if match.endswith(f, a, b) and b - a - len(f) >= 2:
            return a, b - len(f)
    return a, b


_HAS_DIGIT = re.compile(r"\d")


def _joined_compound(grammar: Grammar, name: str) -> bool:
    """``name`` (at most 10 characters) is two trades joined by 及 or 与, each ending like an industry
    (新能源汽车及零部件): one compound name as written, however long."""
    k = max(name.find("及"), name.find("与"))
    return (
        len(name) <= 10
        and k >= 2
        and len(name) - k > 2
        and grammar.evidence(name[:k])
        and grammar.evidence(name[k + 1 :])
    )


def _head_closed(
    grammar: Grammar,
    match: str,
    items: list[tuple[int, int]],
    is_generic: Callable[[str], bool],
    *,
    opened: bool = False,
) -> list[tuple[int, int]]:
    """The items of a list closed by a head without 等, when every one is a short name (2-6 characters) and
    none is a generic word with the head (传统优势、战略性新兴产业 are generic words); after a trigger verb
    (``opened``), one generic item among two trades or more is left out (围绕绿色食品、稀有矿产、高科技产业)."""
    if any(match.endswith("的", a, b) for a, b in items):
        return []  # 密切协作、高效协同、一体联动的产业链: qualities of the chain, not trades
    cleaned = [_clean_item(grammar, match, a, b) for a, b in items]
    # a count inside an item (引进领军人才2名、…) makes it a target, not a name
    names = [
        c
        for c in cleaned
        if c
        and (c[1] - c[0] <= 6 or _joined_compound(grammar, match[c[0] : c[1]]))
        and not _HAS_DIGIT.search(match, c[0], c[1])
    ]
    if len(names) < 2 or len(names) != len(items):
        return []
    if any(grammar.is_abstract(match[a:b]) for a, b in items):
        return []  # 密切协作、高效协同、一体联动的产业链: a description of the chain, not its trades
    specific = [
        (a, b)
        for a, b in names
        if not (is_generic(match[a:b] + "产业") or _generic_tail(is_generic, match[a:b]))
    ]
    if len(specific) < len(names) and (not opened or len(specific) < 2 or len(names) - len(specific) > 1):
        return []  # 传统优势、战略性新兴产业: generic words, not trades
    return specific  # 围绕绿色食品、稀有矿产、高科技产业: after a trigger, one generic item among trades is dropped


def _head_closed_list(
    grammar: Grammar,
    match: str,
    items: list[tuple[int, int]],
    is_generic: Callable[[str], bool],
    *,
    opened: bool,
) -> list[tuple[int, int]] | None:
    """The industries of a list closed by its head without 等 (肉鸡、肉牛、淡水鱼全产业链, 零售、餐饮连锁企业);
    ``None`` when no head closes it. Without a trigger verb before it (``opened``), every item must name a trade
    (合淮、合巢、合滁产业走廊 are places)."""
    closed, trade = _closed_by_head(grammar, match, items)
    if not closed:
        return None
    if strip_ruby(match[slice(*closed[-1])]) in grammar.modifier_words:
        return []  # 专题培训、乡村|产业振兴: a qualifier alone before the head names the trades as a whole, no list
    if trade == "trade":
        closed = [_before_firm_form(grammar, match, a, b) for a, b in closed]
    names = _head_closed(grammar, match, closed, is_generic, opened=opened)
    if (
        trade == "field" or not opened
    ):  # 领域 without 等 closes policy fields as often: every item must name a trade
        names = names if all(_names_trade(grammar, match[a:b]) for a, b in names) else []
    return _trade_closed(grammar, match, names) if trade else names


def _broadly_qualified(grammar: Grammar, name: str) -> bool:
    """``name`` ends in a broad word with nothing but broad words or qualifiers before it (数字, 智能制造, 现代服务:
    they qualify every trade); not a trade's own word before it (装备|制造, 电子|信息, 生物|制造)."""
    broad = next((w for w in grammar.broad if name.endswith(w)), None)
    if broad is None:
        return False
    rest = name[: -len(broad)]
    return len(rest) < 2 or rest in grammar.broad or rest in grammar.modifiers


def _named_pair(grammar: Grammar, match: str, items: list[tuple[int, int]]) -> bool:
    """Two list items after a trigger that both end in an industry word, not a broad one (数字、智能 qualify
    every trade), and hold no stop or abstract word: a list of two trades (大力发展新能源、新材料)."""
    for a, b in items:
        name = strip_ruby(match[a:b])
        # two names joined under one item (新型显示及电子元器件) may be longer: each part is one name's length
        longest = max(len(p) for p in _JOINERS.split(name))
        if not grammar.morph_end(name) or _broadly_qualified(grammar, name) or longest > 8 or len(name) > 14:
            return False
        if grammar.stop_rx.search(name) or any(w in name for w in grammar.abstract):
            return False
    return True


def _opened_lists(
    grammar: Grammar, match: str, stops: _Stops, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos, hi = stops.lo, stops.hi
    while True:
        k = match.find("、", pos, hi)
        if k < 0:
            break
        start = stops.start(k)
        end = stops.end(k)
        pos = end + 1
        first = _after_trigger(grammar, match, start, k)
        counted = _counted_items(grammar, match, start, end) if first == start else None
        counted = counted or (
            # (A、B四大新兴产业和C、D四大传统产业): lists closed by their counts inside the brackets are
            # _closed_lists', each item cut at its closing
            _colon_items(grammar, match, start, end, is_generic)
            if first == start and not grammar.closings(match, k, end)
            else None
        )
        if counted:
            out.extend(
                counted
            )  # (三)六个未来产业 / 第三代半导体、未来网络、…: the count names the list's items
            continue
        sectors = _sector_list(grammar, match, start, first, end) if "等" not in match[k:end] else []
        if sectors:
            out.extend(sectors)  # 为制造业、建筑业和农业|实现稳产: a list of sectors, each named as one
            continue
        if first == start and grammar.list_head_rx.search(match, k, end) is None:
            continue  # without a trigger only a list closed by its head (零售、餐饮连锁企业) is read
        if grammar.closings(match, k, end):
            continue  # a list closed by 等…产业 is read by _closed_lists
        items = _split_items(match, first, end, grammar.item_frame_rx)
        if grammar.linked_chains and any(match.endswith(grammar.linked_chains, a, b) for a, b in items):
            continue  # 构建教育链、人才链与产业链有机衔接: chains of things a plan links, no trades
        items[0] = (_after_stops(grammar, match, *items[0]), items[0][1])  # 支持企业在|新能源、…
        items = _merged_items(match, items)  # 推动中医药|与|健康养老、文化旅游|深度融合
        if _merged_with_economy(grammar, match, items[-1]):
            continue  # 推进互联网、大数据、人工智能同产业发展深度融合: the means merged with the economy, no trades
        if grammar.use_verbs and _used(grammar, match, *items[0]):
            continue  # 推广应用|网络通信技术、微电子技术: what is used or applied, no trades
        last_a, last_b = items[-1]
        etc = match.find("等", last_a, end)
        if etc >= 0:
            if resources_closed(match, etc, end):
                continue  # 以自然、历史文化、农业产业等旅游资源为基础: resources drawn on, no trades
            if match.endswith(_INDUSTRY_HEADS, last_a + 2, etc):
                items[-1] = (
                    last_a,
                    etc,
                )  # 围绕绿色食品、稀有矿产、高科技产业|等新经济: the head closes the list
            elif etc != end - 1 or last_b - last_a < 3:
                continue  # 煤炭、电力、油气等输送通道: the items qualify another noun
            else:
                items[-1] = (
                    last_a,
                    last_b - 1,
                )  # 包括装备制造、现代物流等。: 等 ends the clause and the list
        items[-1] = (items[-1][0], _name_end(grammar, match, *_before_indicator(grammar, match, *items[-1])))
        items[-1] = _before_list_verb(grammar, match, items)
        items = _produce_joined(grammar, match, items)
        if _cut_item(grammar, match, items[-1], end) and first > start:
            # 大力发展金融租赁、节能环<end>: the stored page stops inside the last item; the items before it
            # are read as the whole list, one alone as a development verb's whole object
            items = items[:-1]
            one = _clean_item(grammar, match, *items[0]) if len(items) == 1 else None
            # any trigger when the one name has three characters or more and ends in an industry word
            # (全力打造临空现代物流、丁<end>, 持续强化直升机、工<end>): the list was one of trades; a short
            # one after a general verb (推动金融、节能环<end>) names a field as often
            if one is not None and (
                match.endswith(grammar.sole, start, first)
                or (one[1] - one[0] >= 3 and grammar.morph_end(match[one[0] : one[1]]))
            ):
                if one[1] - one[0] <= 8 and _sole_name(grammar, is_generic, match[one[0] : one[1]]):
                    out.append(one)
                continue
        closed = _head_closed_list(grammar, match, items, is_generic, opened=first > start)
        if (
            closed is not None
        ):  # 肉鸡、肉牛、淡水鱼全产业链; 零售、餐饮连锁企业: closed by its head without 等
            out.extend(closed)
            continue
        cleaned = [c for c in (_clean_item(grammar, match, a, b) for a, b in items) if c]
        if first == start:
            continue  # without a trigger or a head, no list of trades
        if len(cleaned) == 2 == len(items) and _named_pair(grammar, match, cleaned):
            # 大力发展新能源、新材料: two trades, each ending in an industry word; not 县域经济、民营经济
            out.extend(c for c in cleaned if _plain_name(grammar, is_generic, match[c[0] : c[1]]))
            continue
        if len(cleaned) < 3 or _stage_list(grammar, match, items):
            continue
        if all(
            (
                grammar.has_morpheme(match[a:b])
                or grammar.evidence(match[a:b])
                or match[a:b] in grammar.produce
            )
            and _plain_name(grammar, is_generic, match[a:b])
            for a, b in cleaned
        ):
            out.extend(cleaned)
    return out


# Trades merged with each other, the merger closing the list (推动中医药与健康养老、文化旅游|深度融合, 推动旅游与文化、
# 体育|融合发展): the manner of growth after the last item
_MERGER_TAIL = re.compile(r"(?:深度|加快|全面)?融合(?:发展)?$|(?:协同|联动)发展$")


def _merged_items(match: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list of trades merged with each other (推动中医药与健康养老、文化旅游深度融合): the merger closing the last
    item is no part of it, and the first item's 与/和/同 starts the second (旅游|与|文化、体育、农业). Else ``items``."""
    a, b = items[-1]
    tail = _MERGER_TAIL.search(match, a, b)
    if tail is None or tail.start() - a < 2:
        return items
    items = [*items[:-1], (a, tail.start())]
    a0, b0 = items[0]
    j = _MERGER_JOIN.search(match, a0, b0)
    if j is not None and j.start() - a0 >= 2 and b0 - j.end() >= 2:
        items = [(a0, j.start()), (j.end(), b0), *items[1:]]
    return items


_MERGER_JOIN = re.compile("[与和同]")


def _merged_with_economy(grammar: Grammar, match: str, item: tuple[int, int]) -> bool:
    """The last item ``match[a:b]`` ends by joining the list to the economy or the trades in general (人工智能|同|
    产业发展, 数字技术|与|实体经济) before a merger: the list names the means merged, no trades."""
    a, b = item
    return any(
        match.endswith(t, a, b) and b - len(t) - 1 > a and match[b - len(t) - 1] in "与和同"
        for t in grammar.merge_targets
    )


def _before_list_verb(grammar: Grammar, match: str, items: list[tuple[int, int]]) -> tuple[int, int]:
    """The last item of a list without its farming verb when the verb governs the whole list (扩大旱粮、油料、大豆|种植;
    抓好生猪、肉牛和蔬菜|生产): the item is a crop or livestock and no other item ends in the verb (水产养殖、畜禽养殖
    name farm trades)."""
    a, b = items[-1]
    verbs = (*grammar.produce_verbs, *grammar.produce_list_verbs)
    if len(items) < 2 or not match.endswith(verbs, a, b):
        return a, b
    verb = next(v for v in verbs if match.endswith(v, a, b))
    parts = _JOINERS.split(match[a : b - len(verb)])
    if not all(p in grammar.produce for p in parts) or any(
        match.endswith(verbs, p, q) for p, q in items[:-1]
    ):
        return a, b
    return a, b - len(verb)


def _produce_joined(grammar: Grammar, match: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last item split at its joiners when each part is a crop or livestock (扩大水稻、玉米和马铃薯|种植): each
    a farm trade, not one compound name."""
    a, b = items[-1]
    if not _JOINERS.search(match, a, b):
        return items
    spans = _spans_between(_JOINERS, match, a, b)
    if not all(match[p:q] in grammar.produce for p, q in spans):
        return items
    return [*items[:-1], *spans]


def _sector(grammar: Grammar, name: str) -> bool:
    """``name`` is written as a sector: X业 (建筑业, 批发零售业) or an industry word ending in 业 (农业, 渔业)."""
    return grammar.sector_name(name) or (name.endswith("业") and name in grammar.morphemes)


def _sector_list(grammar: Grammar, match: str, start: int, first: int, end: int) -> list[tuple[int, int]]:
    """A list of two or more sectors, each written X业, with or without a verb before it (为|制造业、建筑业和农业|实现稳产
    满产; 支持住宿业、餐饮业和零售业|恢复): each item is a sector (GB/T 4754-2017 names its 门类 and 大类 so); the last
    item ends at its 业, the words after it (实现稳产, 恢复) being the clause's verb phrase, unless they go on into a
    longer name (农业|机械). [] when an item is no sector."""
    if match.find("业", first, end) < 0:
        return []  # the last item must end in 业 within its first eight characters: most lists hold none
    items = _split_items(match, first, end)
    if len(items) < 2:
        return []
    items[0] = (_after_stops(grammar, match, *items[0]), items[0][1])
    if first == start:  # no trigger: the first item is the run of the clause's last words ending in 业
        a, b = items[0]
        # a verb handing out or holding something for the sectors (发放|住宿业、餐饮业消费券) opens no name
        a = next(
            (a + len(v) for v in grammar.consumption_verbs if match.startswith(v, a) and b - a - len(v) >= 2),
            a,
        )
        items[0] = (next((k for k in range(max(a, b - 6), b - 1) if _sector(grammar, match[k:b])), b), b)
    a, b = items[-1]
    cut = next((k for k in range(a + 2, min(b, a + 8) + 1) if _sector(grammar, match[a:k])), -1)
    if cut < 0 or (cut < b and grammar.has_morpheme(match[cut:b])):
        return []
    items[-1] = (a, cut)
    out = [
        (a, b)
        for a, b in items
        if 2 <= b - a <= 8
        and (_sector(grammar, match[a:b]) or match[a:b] in grammar.unrecorded_sectors)
        and not grammar.stop_rx.search(match, a, b)
    ]
    if len(out) < len(items):
        return []
    return [(a, b) for a, b in out if match[a:b] not in grammar.unrecorded_sectors]  # 农业、|工业|、服务业


def _cut_item(grammar: Grammar, match: str, item: tuple[int, int], end: int) -> bool:
    """The last item ``item`` of a list ending at ``end`` is a name cut by the end of the stored text (节能环<end>):
    short, no list head in it, not ending like an industry."""
    a, b = item
    return (
        end >= len(match)  # a line break after the last item ends a line, not the page (深海空天开发\n)
        and b - a <= 8
        and grammar.list_head_rx.search(match, a, b) is None
        and not grammar.evidence(match[a:b])
    )


# The heads of an industry that close a list before a 等 naming the list's class (A、B、C产业等新经济)
_INDUSTRY_HEADS = ("产业", "产业链", "产业集群")


# A count of industries right before a list (六个未来产业:A、B… / 四大支柱产业 on the line above it).
_COUNT_BEFORE = re.compile(
    rf"([一二两三四五六七八九十\d]{{1,3}})\s*(?:个|大|项)?[{_CJK}]{{0,6}}?(?:产业|行业|领域|赛道)\s*[:\s]*$"
)


def _counted_items(grammar: Grammar, match: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The items of a list of three or more that a count of industries right before it announces, when the
    count is the number of items."""
    n = _count_before(match, start)
    if n is None or n < 3:
        return None
    items = _split_items(match, start, end, grammar.item_frame_rx)
    cleaned = [c for c in (_clean_item(grammar, match, a, b) for a, b in items) if c]
    return cleaned if len(cleaned) == len(items) == n else None


# A class of industries heading the list after a colon or in brackets after it, with no count (主导产业:A、B /
# 细分领域:A、B、C / 优先支持以下行业:A、B / 十大细分领域(A、B、C)): the heading announces the items as industries,
# as a count does. The heads are the list's data
# (industry_grammar.toml [heads] colon); a weak head's items must end like a trade.
def _colon_heading(grammar: Grammar, match: str, start: int) -> str | None:
    """The class word of a heading ending in a colon right before ``start``, if any."""
    m = grammar.colon_head_rx.search(match, max(0, start - 12), start)
    return m.group(1) if m is not None else None


def _colon_items(
    grammar: Grammar, match: str, start: int, end: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]] | None:
    """The items of a list of two or more after a colon heading naming a class of industries (主导产业:装备制造、
    食品加工), each a plain name; under a weak head (行业, 领域) each must end like a trade."""
    head = _colon_heading(grammar, match, start)
    if head is None:
        return None
    items = _split_items(match, start, end, grammar.item_frame_rx)
    last_a, last_b = items[-1][0], _name_end(grammar, match, *items[-1])
    items[-1] = (last_a, last_b - 1 if match.endswith("等", last_a, last_b) else last_b)  # A、B等
    cleaned = [c for c in (_clean_item(grammar, match, a, b) for a, b in items) if c]
    names = [match[a:b] for a, b in cleaned]
    strong = head in grammar.colon_strong
    if len(cleaned) < 2 or len(cleaned) != len(items) or any(len(n) > _ITEM_MAX for n in names):
        return None
    ended = [grammar.has_morpheme(n) or grammar.evidence(n) or n in grammar.produce for n in names]
    if any(grammar.stop_rx.search(n) or grammar.trigger_rx.search(n) for n in names):
        return None  # 半导体产业:根留台湾、布局全球: the heading's aims, verbs and their objects
    if all(_plain_name(grammar, is_generic, n) for n in names) and (all(ended) or (strong and any(ended))):
        return cleaned
    return None


def _count_before(match: str, start: int) -> int | None:
    """The number of industries a title or phrase ending right before ``start`` announces, if any."""
    m = _COUNT_BEFORE.search(match, max(0, start - 24), start)
    if m is None:
        return None
    raw = m.group(1)
    return int(raw) if raw.isdigit() else cn_number(raw)


# A count of bodies after a counted head (金融机构|20家, 人力资源机构|40家)
_BODY_COUNT = re.compile(r"\s*\d{1,5}\s*家")


def _headed(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in grammar.suffix_rx.finditer(match, lo, hi):
        h, word = m.start(), m.group(0)
        if word in grammar.counted and not _BODY_COUNT.match(match, m.end()):
            continue  # 金融机构|提供贷款: lenders of every trade; 引进金融机构|20家: the trade's bodies recruited
        if word == "基地":
            h = _before_roles(
                grammar, match, lo, h
            )  # 航空冷链|进口集散|基地: what the base does for its trade
        if match.startswith("化", m.end()):
            continue  # 数字产业化, 新型工业化: a process, not an industry
        if grammar.measured(match, word, m.end()):
            continue  # 煤炭消费总量, 农业经济区: a quantity or a zone, not the trade
        if word in grammar.dropped:
            h = _before_standing(grammar, match, lo, h)  # 柑橘|主导|产业: the name before the standing
        a = _name_tail_start(match, max(lo, h - 12), h)
        if h - a < 2:
            continue  # no name before the head (,产业发展): every rule below needs two characters or more
        a = _after_run_opener(grammar, match, a, h)
        a0 = a
        a_stop = _after_stops(grammar, match, a, h)
        a = _after_site(grammar, match, a_stop, h)
        sited = a > a_stop and h - a <= 6  # 航高基地|民用航空: the whole rest after a site is the name
        pair = (
            _long_joined_pair(grammar, match, lo, a0, h)
            or _also_pair(grammar, match, a0, a_stop, h)
            or _joined_pair(grammar, match, a, h)
            or _merged_pair(grammar, match, a, h, m.end())
        )
        if pair:  # 聚焦保税加工和现代物流产业: two industries joined by 和 under one head
            out += pair
            continue
        # the name is the part made of industry words and qualifiers (每月召开一次|能源|工业); a short name
        # right after a verb or stop word is whole (规范|二手车市场, 规范|成品油行业, 推动|总部经济)
        # 新型建材|工业园: 工业 names the park, not part of the industry's name
        kept_head = word in grammar.kept and not match.startswith(grammar.parks, h)
        short = (
            sited
            or a > a0
            and (h - a <= 3 and not kept_head or _short_economy(grammar, match, a0, a, m.end()))
            or (word in grammar.dropped and _whole_after_verb(grammar, match, a0, a, h))
        )
        cov = a if short else covered_start(grammar.cover_words, match, a, h)
        if cov == h and match[h - 1] == "业":
            cov = _sector_start(grammar, match, a, h)
        if cov == h and word in grammar.counted:
            cov = a  # 、人力资源|机构40家: no industry word, the whole run names the trade (its evidence tested below)
        if cov > h - 3 and word in _SITE_HEADS:
            cov = min(cov, _after_village(grammar, match, a, h))
        cov = _compound_start(grammar, match, a, cov, h)
        if match[cov:h] in grammar.join_activities and _activity_object(grammar, match[a:cov]):
            cov = a  # 油料|加工企业, 畜禽产品|加工企业: the product processed opens the name
        cut = cov > a
        a = cov
        while a < h and match[a] in "及和与":
            a += 1
        name = match[a:h]
        whole = name + word
        kept = (
            kept_head
            or whole in grammar.licensed  # 娱乐场所: the venue a statute licenses is the trade
            or _headed_stem(grammar, match, name, word, h)
        )
        # a kept head makes a name of its own (海洋经济: 海洋 alone is a field, 海洋经济 an industry)
        if (
            _too_short(
                grammar,
                name,
                cut and not kept_head,
                word,
                # read only for a cut name under three characters
                _before_name(grammar, match, a) if cut and not kept_head and len(name) < 3 else "",
            )
            or _generic_tail(is_generic, whole)
            or (is_generic(name) and not kept)
        ):
            continue
        if _closing_activity(grammar, match, h):
            continue  # 茶叶、水果等|种植|产业, 肉牛、肉羊三大|养殖|产业: how the listed trades work, no trade
        if _activities_only(grammar, name):
            # 茶叶|种植与加工|企业: the activities joined name no trade; the crop before them does
            out += _produce_before(grammar, match, lo, a)
            continue
        # …经济 names an industry by itself (总部经济, 楼宇经济); the economy-wide forms are generic words
        economy = word == "经济" and len(name) == 2
        if not (economy or grammar.evidence(name)):
            continue
        if grammar.is_abstract(name):
            continue
        if word in grammar.dropped and _sector_class(grammar, name):
            continue  # 优势农业|产业发展, 农业|产业格局: the sector's trades as a class
        if word in _ZONE_HEADS and not grammar.sector_name(name):
            continue  # 装备制造业|聚集区 names its sector; 创新创意|集聚区 a zone of activities, no trade
        if word == grammar.market_head and name.endswith((*grammar.goods, *grammar.market_forms)):
            continue  # 食品|市场, 农副产品批发|市场: a marketplace of goods, no trade
        if name in grammar.manners:
            continue  # 标准化|市场: how a trade works, no trade
        if name in grammar.broad and (word in grammar.trade or word in grammar.counted):
            continue  # 制造企业, 服务消费: a qualifier of every trade
        if name in grammar.trade_not and word in grammar.trade:
            continue  # 物业服务|企业: the estate managers of a neighbourhood, no trade the measure develops
        if cut and word.endswith(_PROGRAMME_ENDS):
            continue  # 实施生猪“千区万户健康养殖示范工程”: words from inside a programme's title, not its trade
        # a head opening with an institution word (厂|房) is read past: what follows the whole head decides
        past = kept or (
            grammar.inst_rx.match(match, h) is not None and not match.startswith(grammar.parks, h)
        )
        if institution_follows(match, m.end() if past else h, grammar):
            continue
        out.append((a, m.end() if kept else h))
    return out


def _headed_stem(grammar: Grammar, match: str, name: str, head: str, h: int) -> bool:
    """``name`` is a broad stem written alone before 产业 (发展|数据产业, 以大数据为核心的|信息产业): the trade is named
    with its head, the stem alone naming none; not before a park named for the trade (数据产业集聚区: the stem)."""
    return head == "产业" and name in grammar.headed and not match.startswith(grammar.parks, h)


def _after_run_opener(grammar: Grammar, match: str, a: int, h: int) -> int:
    """Where the run before a head at ``h`` starts after a verb opening it (组织|钢铁行业重点排放单位), as before a
    list's first item, when an industry word ends the rest (钢铁, 发电); a sector written X业 after it (举办|零售业消费)
    is left to the sector rules, which name it without 业."""
    k = grammar.after_opener(match, a, h)
    if k == a or covered_start(grammar.cover_words, match, k, h) >= h:
        return a
    return k


def _before_standing(grammar: Grammar, match: str, lo: int, h: int) -> int:
    """Where a name ends before the standing words glued to its head at ``h`` (柑橘|主导|产业, 茶叶|特色优势|产业),
    when two name characters (not a stop) precede them; else ``h``."""
    k = h
    while True:
        r = first_ending(match, grammar.standings, lo, k)
        if r is None:
            break
        k -= len(r)
    if k == h or k - lo < 2 or not _is_name_char(match[k - 1]) or not _is_name_char(match[k - 2]):
        return h
    if match.endswith(grammar.standing_classes, lo, k):
        return h  # 优势农业|特色产业: the standing trades of a whole sector, a class
    return k


def _sector_class(grammar: Grammar, name: str) -> bool:
    """``name`` before 产业 is a whole sector, alone or after a standing or a class qualifier (农业, 优势农业,
    新型农业): with 产业 it names the sector's trades as a class."""
    for q in ("", *grammar.standings, *grammar.sector_class_qualifiers):
        if name.startswith(q) and name[len(q) :] in grammar.standing_classes:
            return True
    return False


_JOINERS = re.compile("[及与和]")
# A clause's end or 的 between an item and the 等 closing its list: the 等 closes another list, or a phrase
LIST_BREAK = re.compile("[,;。:!?\n的]")


def _activity_object(grammar: Grammar, obj: str) -> bool:
    """``obj`` (2-4 characters before an activity word alone: 油料|加工, 畜禽产品|加工) names a product: an
    industry word or a crop or livestock in it, and no activity of its own (食品生产|加工 is two activities)."""
    return (
        2 <= len(obj) <= 4
        and not obj.endswith(grammar.activities)
        and (grammar.evidence(obj) or any(p in obj for p in grammar.produce))
    )


def _sector_start(grammar: Grammar, match: str, a: int, h: int) -> int:
    """Where a sector name X业 before a trade head starts (洛克乡|种植业|基地, 扶持|特色养殖业|企业): the industry
    words before 业, as GB/T 4754-2017 names its sectors (011 谷物种植 … 01 农业: 种植业), when the name opens
    the run or follows a place (乡, 镇, 村 …; 沈阳铁西: a city and its district's stem); ``h`` if none. Not words cut from a longer name (民用|航空制造业基地)."""
    start = covered_start(grammar.cover_words, match, a, h - 1)
    if h - 1 - start < 2 or not grammar.sector_name(match[start:h]):
        return h
    if start == a or match[start - 1] in _PLACE_ENDS or _after_place(match, a, h) == start:
        return start
    return h


_PLACE_ENDS = "省市县区乡镇村州旗盟"
# The heads of a site or a project's trade (种植业基地, 饲料加工基地), which county project lists name after a
# township or village (王家乡叶金木村|饲料加工|基地扩建项目)
_SITE_HEADS = ("基地", "产业园", "园区")
# A zone head without 产业 (聚集区, 集聚区): only a sector written X业 before it names a trade
_ZONE_HEADS = ("聚集区", "集聚区")
_VILLAGE = re.compile(rf"[{_CJK}]{{2,4}}?(?:乡|镇|村)")


def _after_village(grammar: Grammar, match: str, a: int, h: int) -> int:
    """Where a name before a site head starts after a township or village named before it (王家乡叶金木村|饲料加工
    基地): 2-6 characters that end like an industry, neither broad nor abstract; ``h`` if none."""
    pos = a
    for m in _VILLAGE.finditer(match, a, h):
        pos = m.end()
    name = match[pos:h]
    if pos == a or not 2 <= len(name) <= 6 or grammar.stop_rx.search(name):
        return h
    if not grammar.evidence(name) or name in grammar.broad or grammar.is_abstract(name):
        return h
    return pos


# The trade heads that name a programme (示范工程, 提升行动): its trade is the whole run before the head, never
# words cut from a longer title (千区万户|健康养殖示范工程)
_PROGRAMME_ENDS = ("工程", "行动")


def _whole_after_verb(grammar: Grammar, match: str, a0: int, a: int, h: int) -> bool:
    """A name of 4-8 characters between a trigger verb (or a stop word, or the clause start) and 产业 (产业链,
    产业集群) that ends like an industry (大力发展|工程机械|产业, 推动|人形机器人|产业集群, 2.|人形机器人|产业链):
    the verb's whole object is the name, though its first word is no industry word (工程, 人形). Not a service
    (专家服务: an activity), not after a place (厦门|光电), not two names joined (生物医药与大健康产业 names two)."""
    name = match[a:h]
    if a == a0:
        opened = _HEADING_BEFORE.search(match, max(0, a0 - 6), a0) is not None  # a heading's whole name
    else:
        opened = match.endswith((*grammar.triggers, *grammar.scales, *grammar.openers), a0, a)
    return (
        opened
        and 4 <= len(name) <= 8
        and grammar.evidence(name)
        and not _broad_end(grammar, name, park=match.startswith(grammar.parks, h))
        and not any(w in name for w in grammar.abstract)  # 数据要素赋能数字: a phrase, not a name
        and not _JOINERS.search(name)  # joined names are read by _compound_start (汽车及工程机械)
        and not grammar.stop_rx.search(name)
        and _after_place(match, a, h) == a
    )


def _broad_end(grammar: Grammar, name: str, *, park: bool) -> bool:
    """``name`` ends in a word that qualifies every trade (…制造, …数字); …服务 only when what it serves names no
    trade (专家服务: an activity; 人力资源服务产业发展, 节能环保服务产业: GB/T 4754-2017 service trades) or the head
    is a park's (人力资源服务产业园: a body the annotators record as the trade or not)."""
    if not park and name.endswith("服务") and len(name) >= 4 and grammar.evidence(name[:-2]):
        return False
    return name.endswith(grammar.broad_tuple)


# The number of a heading right before a name (2.人形机器人产业链, (二)工程机械产业)
_HEADING_BEFORE = re.compile(
    r"(?:^|\n|\s)(?:\d{1,2}[.、]|[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十]{1,3}、)$"
)


def _before_name(grammar: Grammar, match: str, a: int) -> str:
    """The character before a name; a joiner that follows a head of its own (文化产业和|旅游产业: two names each
    with its head) reads as 、, a list's separator."""
    if not a:
        return ""
    if match[a - 1] in "和与及" and match.endswith(grammar.dropped, 0, a - 1):
        return "、"
    return match[a - 1]


def _too_short(grammar: Grammar, name: str, cut: bool, head: str, before: str) -> bool:
    """A name under a head needs two characters, three when cut from a longer run, unless it is a morpheme
    cut from the run (南翼|旅游产业) or a one-character trade after a verb (推动|铝产业链). Not a morpheme after a
    joiner (外贸业态融合和|贸易产业融合): the pair or compound rules read those."""
    if cut:
        return len(name) < 3 and (before in "和与及" or not _morpheme_name(grammar, name, head))
    return len(name) < 2 and not (name in grammar.singles and head in grammar.dropped)


def _morpheme_name(grammar: Grammar, name: str, head: str) -> bool:
    """A two-character morpheme cut from a longer run before 产业 (南翼|旅游产业集群, 古雷|石化产业基地) still names
    the trade; not a broad one (数字, 服务) and not before a trade head (批发|市场)."""
    return (
        (head in grammar.dropped or head in grammar.counted)  # 持牌类|金融机构20家 as 南翼|旅游产业
        and name in grammar.morphemes
        and name not in grammar.broad
        and name not in grammar.kept  # 循环|经济产业园: 经济 alone is the economy, no trade
    )


_SERVICE_HEAD = "服务业"
# What may follow a two-character X经济 that names a trade (总部经济发展, 夜跑经济、…); 经济走廊, 经济圈, 经济指标,
# 经济社会 name a region or the economy as a whole.
# A verb of its growth may follow too (推动总部经济|增能, 推动楼宇经济|提质增效: heldout15 bi03 annotation).
_ECONOMY_NEXT = re.compile(rf"(?:发展|等|和|与|及|增能|提质|增效|提能|升级|繁荣|壮大|[^{_CJK}]|$)")


def _short_economy(grammar: Grammar, match: str, a0: int, a: int, end: int) -> bool:
    """A two-character name right after a trigger verb before 经济 (推动|总部经济发展, 营造|夜跑经济): whole."""
    return (
        match.startswith("经济", end - 2)
        and end - 2 - a == 2
        and match.endswith(grammar.triggers, a0, a)
        and not grammar.stop_rx.search(match, a, end - 2)
        and _ECONOMY_NEXT.match(match, end) is not None
    )


def _service_heads(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """``X服务业`` with a specific X of 2-6 characters after a verb or stop word (完善|人力资源服务业, 推进|科技
    服务业): the whole name, head kept, as GB/T 4754-2017 names its service trades (726 人力资源服务). Not the
    generic forms (现代服务业), not the statistical groupings …性服务业 (营利性, 生活性: read only as list heads),
    not a body named for the trade (人力资源服务业联盟), not a verb acting on the services (创新|服务业发展模式)."""
    out: list[tuple[int, int]] = []
    pos = match.find(_SERVICE_HEAD, lo, hi)
    while pos >= 0:
        end = pos + len(_SERVICE_HEAD)
        a0 = _name_tail_start(match, max(lo, pos - 12), pos)
        a = _after_stops(grammar, match, a0, pos)
        a = _after_place(match, a, pos)
        while a < pos and match[a] in "及和与":
            a += 1  # A产业以|及现代服务业: the joiner left after the stop 以 is no part of the name
        name = match[a:pos]
        if (
            2 <= len(name) <= 6
            and not name.endswith("性")
            and not grammar.is_abstract(
                name
            )  # 创新|服务业发展模式: a verb on the services, not a kind of them
            and not grammar.stop_rx.search(name)
            and _specific_qualifier(grammar, is_generic, name)
            and not _generic_tail(is_generic, name)
            and not institution_follows(match, end, grammar)
            and not match.startswith("态", end)  # 便民服务|业态: the services' formats, not a trade
            and not _LIST_CLOSE_END.search(name)  # 文化旅游两大|服务业: a list's count, not a name
        ):
            out.append((a, end))
        pos = match.find(_SERVICE_HEAD, end, hi)
    return out


def _compound_start(grammar: Grammar, match: str, a: int, cov: int, h: int) -> int:
    """Where a compound name joined by 及/与 starts (厦门|计算机及通信产业集群, 汽车及工程机械): the first part is
    part of the name, as annotation.md keeps compounds whole; after a place name before it."""
    if not a < cov < h:
        return cov
    k = max(match.rfind("及", a, cov + 1), match.rfind("与", a, cov + 1))
    # the joiner starts the covered run (人才及|汽车), or a short second part runs from it (汽车及|工程机械)
    if k < a + 2 or (k != cov and h - k - 1 > 5):
        return cov
    start = _after_place(match, a, h)
    if not (k - start >= 2 and h - start <= 10 and grammar.evidence(match[start:k])):
        return cov  # 人才及|汽车: the first part names no trade
    return start


def _joined_pair(grammar: Grammar, match: str, a: int, h: int) -> list[tuple[int, int]]:
    """``A和B`` before a head, both of 3-8 characters ending in an industry morpheme: two industries (和
    joins; 及 and 与 make one compound, 汽车及零部件). 及/与 join two industries too when A is a trade named with
    its activity (机械制造, 农产品加工) and B a whole name of four characters or more of its own (机械制造及汽车零部件
    产业): not a part of A's product (汽车及零部件, 新能源汽车及零部件 stay one compound)."""
    k = match.find("和", a, h)
    if k < 0:
        return _activity_joined_pair(grammar, match, a, h)
    if not (3 <= k - a <= 8 and 3 <= h - k - 1 <= 8):
        return []
    if not (grammar.morph_end(match[a:k]) and grammar.morph_end(match[k + 1 : h])):
        return []
    return [(a, k), (k + 1, h)]


def _also_pair(grammar: Grammar, match: str, a0: int, a: int, h: int) -> list[tuple[int, int]]:
    """``A以及B`` before a head (加快发展节能环保以及新能源产业), the name cut after the stop 以 at ``a``: 以及 is never
    inside a name, so A (after its own stops) and B are two trades of the head when both end in an industry word."""
    if not (a - 1 > a0 and match.startswith("以及", a - 1)):
        return []
    left, right = _after_stops(grammar, match, a0, a - 1), a + 1
    if not (2 <= a - 1 - left <= 8 and 2 <= h - right <= 8):
        return []
    if not (grammar.morph_end(match[left : a - 1]) and grammar.morph_end(match[right:h])):
        return []
    return [(left, a - 1), (right, h)]


def _long_joined_pair(grammar: Grammar, match: str, lo: int, a0: int, h: int) -> list[tuple[int, int]]:
    """``A和B`` before a head whose run is longer than the 12 characters read before it (建设全国|功能性面料服装和
    纺织新材料|产业基地): the pair read from the whole run after its stop words, when the 12 characters cut into A
    (not 能性面料服装, a cut word)."""
    if a0 == h - 12 and a0 > lo and _NAME_RUN.fullmatch(match[a0 - 1]) and "和" in match[a0:h]:
        wide = _after_stops(grammar, match, _name_tail_start(match, max(lo, h - 17), h), h)
        if wide < a0:
            return _joined_pair(grammar, match, wide, h)
    return []


def _activities_only(grammar: Grammar, name: str) -> bool:
    """``name`` is activity words joined by 与/及/和 (种植与加工, 生产和销售): what firms do, no trade (r24 audit)."""
    parts = _JOINERS.split(name)
    return len(parts) >= 2 and all(p in grammar.activities for p in parts)


def _produce_before(grammar: Grammar, match: str, lo: int, b: int) -> list[tuple[int, int]]:
    """The crop or livestock of [produce] ending at ``b`` (茶叶|种植与加工企业), if one does."""
    word = first_ending(match, grammar.produce_longest, lo, b) or ""
    return [(b - len(word), b)] if word else []


def _merged_pair(grammar: Grammar, match: str, a: int, h: int, end: int) -> list[tuple[int, int]]:
    """``A与B`` / ``A及B`` before a head followed by a word of merging (推动文化与旅游产业|融合发展): the two things
    merged, not one compound; each part (2-6 characters) that names a trade on its own is one, so a technique
    merged into a trade (信息技术与|老年用品) leaves the trade alone (r24 audit). Not 和, which joins clauses as well as names
    (制定|实体经济和数字经济融合发展措施, 外贸业态融合和贸易产业融合): the pair rules above read it."""
    if not match.startswith(grammar.merger_words, end):
        return []
    ks = [k for k in (match.find(j, a, h) for j in "与及") if k >= 0]
    if len(ks) != 1:
        return []
    k = ks[0]
    parts = [(a, k), (k + 1, h)]
    if not all(2 <= q - p <= 6 for p, q in parts):
        return []
    return [(p, q) for p, q in parts if _merged_trade(grammar, match[p:q])]


def _merged_trade(grammar: Grammar, part: str) -> bool:
    """A part of a merged pair that names a trade: an industry word in it, not abstract, not a technique applied to
    the other part (信息技术, 大数据)."""
    return (
        grammar.evidence(part)
        and not grammar.is_abstract(part)
        and not part.endswith("技术")
        and part not in grammar.techniques
    )


def _activity_joined_pair(grammar: Grammar, match: str, a: int, h: int) -> list[tuple[int, int]]:
    """``A及B`` / ``A与B`` before a head, A (3-8 characters) ending in an activity word (制造, 加工) and B (4-8
    characters) ending in an industry morpheme: two industries."""
    ks = [k for k in (match.find("及", a, h), match.find("与", a, h)) if k >= 0]
    if len(ks) != 1:
        return []
    k = ks[0]
    left, right = match[a:k], match[k + 1 : h]
    if not (3 <= len(left) <= 8 and 4 <= len(right) <= 8):
        return []
    if not any(left.endswith(w) and len(left) > len(w) for w in grammar.join_activities):
        return []
    if not (grammar.morph_end(right) or grammar.evidence(right)):
        return []
    return [(a, k), (k + 1, h)]


def covered_start(words: frozenset[str], match: str, a: int, h: int) -> int:
    """Where the run of industry words and qualifiers that ends at ``h`` starts (``h`` if none), right to left,
    longest word first."""
    pos = h
    while pos > a:
        for n in range(min(5, pos - a), 0, -1):
            if match[pos - n : pos] in words:
                pos -= n
                break
        else:
            break
    return pos


def _name_tail_start(match: str, lo: int, h: int) -> int:
    """Start of the run of name characters (CJK, ASCII letters and digits) that ends at ``h``, not before
    ``lo``: matched on the reversed slice (a ``…*\\Z`` search retried the run from every start)."""
    run = _NAME_RUN.match(match[lo:h][::-1])  # the run read backwards: one C call, not a loop per character
    return h - run.end() if run is not None else h


_NAME_RUN = re.compile(rf"[{_CJK}0-9A-Za-z]*")


# 家电+家具+家装: three or more short names joined by +
_PLUS_LIST = re.compile(
    rf"(?<![{_CJK}A-Za-z0-9+])[{_CJK}]{{2,6}}(?:\+[{_CJK}]{{2,6}}){{2,}}(?![{_CJK}A-Za-z0-9+])"
)


# 石化-化纤-纺织-鞋服产业: a chain named by its links joined by dashes, before its head
_CHAIN_NAME = re.compile(
    rf"(?<![{_CJK}A-Za-z0-9\-—])[{_CJK}]{{2,4}}(?:[-—][{_CJK}]{{2,4}}){{1,5}}(?=产业|全产业链)"
)


def _chain_names(grammar: Grammar, match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A chain named by its links joined by dashes before 产业 (石化-化纤-纺织-鞋服产业, 煤-电-铝 is too short): one
    industry as written, as annotation.md keeps compound names whole, when two links or more and at least half of
    them end like an industry (化纤, 鞋服 need not) and none is a verb or an abstract word (研发-生产-销售)."""
    out: list[tuple[int, int]] = []
    for m in _CHAIN_NAME.finditer(match, lo, hi):
        dash = m.start() + len(re.split("[-—]", m.group(0))[0])
        a = _after_stops(grammar, match, m.start(), dash)  # 做强|石化—化纤—纺织: the verb is no link
        if dash - a < 2:
            continue
        links = re.split("[-—]", match[a : m.end()])
        named = sum(1 for x in links if grammar.evidence(x))
        if named >= max(2, len(links) / 2) and not any(grammar.is_abstract(x) for x in links):
            out.append((a, m.end()))
    return out


def in_plus_list(match: str, a: int, b: int) -> bool:
    """``match[a:b]`` is an item of a list joined by + (家电+家具+家装), not a programme (人工智能+就业)."""
    lo = a
    while lo > 0 and (match[lo - 1] == "+" or "\u4e00" <= match[lo - 1] <= "\u9fff"):
        lo -= 1
    m = _PLUS_LIST.match(match, lo)
    return m is not None and m.end() >= b


def _plus_lists(grammar: Grammar, match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The items of lists joined by + (推动家居向"家电+家具+家装"融合发展) when all but one end like an
    industry and none is a description."""
    out: list[tuple[int, int]] = []
    for m in _PLUS_LIST.finditer(match, lo, hi):
        items, pos = [], m.start()
        for part in m.group(0).split("+"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        named = [(a, b) for a, b in items if grammar.evidence(match[a:b])]
        if len(items) - len(named) <= 1 and not any(grammar.is_abstract(match[a:b]) for a, b in items):
            out += items  # all but one name a trade: the odd one out is a trade too (家装)
    return out


def _repeated_products(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """A product the passage heads with 产业 more than once (扩大花炮产业影响力 … 推动花炮产业安全化): a trade
    named by its product, though no industry word ends it. Two or three characters, the longest that repeats;
    never a generic, abstract, qualifying or place word, nor one holding a stop or trigger word."""
    seen: dict[str, list[int]] = {}
    p = match.find("产业", lo, hi)
    while p >= 0:
        if not match.startswith("产业化", p):
            for n in (3, 2):
                if p - n >= lo:
                    seen.setdefault(match[p - n : p], []).append(p - n)
        p = match.find("产业", p + 2, hi)
    out: list[tuple[int, int]] = []
    for name, starts in seen.items():
        if len(starts) < 2 or not _product_name(grammar, name, is_generic):
            continue
        if len(name) == 2 and any(len(seen.get(match[a - 1 : a + 2], ())) == len(starts) for a in starts):
            continue  # the three-character name repeats as often: it is the name
        framed = [a for a in starts if _framed(grammar, match, lo, a)]
        if len(framed) >= 2:
            out += [(a, a + len(name)) for a in starts if not grammar.splits_word(match, a)]
    return out


def _framed(grammar: Grammar, match: str, lo: int, a: int) -> bool:
    """A name at ``a`` starts right after a frame verb (扩大|花炮), a place (浏阳|花炮) or a clause stop."""
    if a == lo or match[a - 1] in _CLAUSE_STOP or match[a - 1] in '、“"':
        return True
    if any(t.end() == a for t in grammar.trigger_rx.finditer(match, max(lo, a - 4), a)):
        return True
    return _after_place(match, max(lo, a - 4), a + 2) == a or _after_place(match, max(lo, a - 3), a + 2) == a


def _product_name(grammar: Grammar, name: str, is_generic: Callable[[str], bool]) -> bool:
    if not all("\u4e00" <= c <= "\u9fff" and c not in CN_NUMERAL_CHARS for c in name) or grammar.evidence(
        name
    ):
        return False  # a name that ends like an industry is read by the other rules
    if is_generic(name) or is_generic(name + "产业") or grammar.is_abstract(name):
        return False
    if (
        name in grammar.modifiers
        or grammar.stop_rx.search(name)
        or _place_starts().isdisjoint({name[:2]}) is False
    ):
        return False
    return True


def grammar_mentions(
    match: str, lo: int, hi: int, is_generic: Callable[[str], bool], grammar: Grammar | None = None
) -> list[tuple[int, int]]:
    """Label spans of the industries the grammar finds in ``match[lo:hi]`` (unsorted, may overlap)."""
    g = grammar or load_grammar()
    seg = match[lo:hi]
    out: list[tuple[int, int]] = []
    listed = "、" in seg
    closing = ("等" in seg or "大" in seg or "个" in seg or "条" in seg or "为" in seg) and any(
        h in seg for h in g.heads
    )
    # 等 alone closes a list of one (智能家居等消费); the clause stops are scanned only when a rule reads them
    if listed or (closing and ("和" in seg or "与" in seg or "等" in seg)):
        stops = _Stops(match, lo, hi)
        if closing:
            out += _closed_lists(g, match, stops, is_generic)
        if listed:
            out += _opened_lists(g, match, stops, is_generic)
    if listed or "和" in seg:
        out += _produce_lists(g, match, lo, hi)
        if "等" in seg:
            out += _class_members(g, match, lo, hi)
    if "+" in seg:
        out += _plus_lists(g, match, lo, hi)
    if "-" in seg or "—" in seg:
        out += _chain_names(g, match, lo, hi)
    if seg.count("产业") >= 2:
        out += _repeated_products(g, match, lo, hi, is_generic)
    if words_rx(g.headed_words).search(seg):
        out += _headed(g, match, lo, hi, is_generic)
    if _SERVICE_HEAD in seg:
        out += _service_heads(g, match, lo, hi, is_generic)
    if g.indicators and words_rx((*g.indicators, *g.produce_indicators)).search(seg):
        out += _indicator_names(g, match, lo, hi, is_generic)
    out += _bare_objects(g, match, lo, hi, is_generic)  # 发展农村电商。, 推动水产品加工流通。
    if "发展" in seg or "做" in seg:
        out += _sole_objects(g, match, lo, hi, is_generic)
        out += _grown_objects(g, match, lo, hi, is_generic)
        if seg.count(";") >= 2:
            out += _series_objects(g, match, lo, hi, is_generic)
    if words_rx(g.run_in_heads).search(seg):
        out += _run_in_trades(g, match, lo, hi, is_generic)
    if "方面" in seg and g.topic_heads:
        out += _topic_chains(g, match, lo, hi, is_generic)
    if g.numbered_topic and "," in seg:
        out += _numbered_topics(g, match, lo, hi, is_generic)
    if g.run_in_verbs:
        out += _run_in_objects(g, match, lo, hi, is_generic)
    if "业" in seg:
        sectors = _sector_objects(g, match, lo, hi, is_generic)
        out = (
            _past_joined_runs(out, sectors) + sectors
        )  # 制造业|与|服务业: the pieces, not the run read whole
        if g.sector_figures and words_rx(g.sector_figures).search(seg):
            out += _sector_figures(g, match, lo, hi, is_generic)
        if "项目" in seg:
            out += _village_projects(g, match, lo, hi, is_generic)
    if "领域" in seg or "赛道" in seg:
        out += _focused_fields(g, match, lo, hi, is_generic)
    if "相关产业" in seg:
        out += _related_industries(g, match, lo, hi, is_generic)
    if "型" in seg:
        out = [(a, b) for a, b in out if not _trait_class(match, a, b)]
    if "以" in seg and "为" in seg and g.member_frames:
        out += _frame_members(g, match, lo, hi, is_generic)
    if "业" in seg and words_rx(g.consumption_after).search(seg):
        out += _consumption_sectors(g, match, lo, hi)
    if "(" in seg and "等" in seg:
        out += _bracketed_items(g, match, lo, hi, is_generic)
    if "以" in seg and seg.count("为") >= 2 and g.chain_heads:
        chain, frames = _structure_chain(g, match, lo, hi, is_generic)
        out = [(a, b) for a, b in out if a not in frames] + chain
    if words_rx(g.produce_verbs).search(seg):
        out += _farmed_produce(g, match, lo, hi)
    if g.sowing_verbs and words_rx(g.sowing_verbs).search(seg):
        out += [m.span(1) for m in g.sown_rx.finditer(match, lo, hi)]  # 扩种|油菜16万亩: the crop sown
    if g.counted_units and words_rx(g.counted_units).search(seg):
        out += _counted_produce(g, match, lo, hi)
    if g.minerals and "资源" in seg:
        out += _mineral_resources(g, match, lo, hi)
    if words_rx(g.produce_heads).search(seg):
        out += _headed_produce(g, match, lo, hi)
    if "链" in seg:
        out = [_listed_chain(g, match, a, b) for a, b in out] + _joined_chains(g, match, lo, hi, is_generic)
        if '"' in seg:
            out += _quoted_links(g, match, lo, hi, is_generic)
    if "机构" in seg:
        out += finance_kinds(match, lo, hi)  # 消费金融公司、再保险等…金融机构: the finance kinds set up
    out += engaged_trades(match, lo, hi)  # 从事有色金属、化工类的企业: the trades a class of firm is in
    if "为" in seg and "、" in seg:
        out += _framed_class_lists(g, match, lo, hi, is_generic)
    if words_rx(_format_heads()[0]).search(seg):  # 发展预制菜加工新业态, 举办纺织专场
        out += _format_objects(g, match, lo, hi, is_generic)
    if "、" in seg:  # 实施海洋种业振兴计划、海水养殖深蓝行动: the trades programmes are named after
        out += _programme_trades(g, match, lo, hi, is_generic)
    if "业" in seg and "、" in seg:  # 现代服务业,重点是现代物流、金融服务: the class's sub-sectors
        out += _class_member_lists(g, match, lo, hi, is_generic)
    if "研" in seg:  # 支持医疗器械研发: the trade whose research is backed, when it ends like one
        out += [
            (a, b)
            for a, b in researched(match, lo, hi)
            if g.morph_end(strip_ruby(match[a:b])) and not is_generic(strip_ruby(match[a:b]))
        ]
    if "经济" in seg:
        econ = _joined_economies(g, match, lo, hi, is_generic)
        # the pieces replace any span read across them (海洋经济和会展经济 as one compound)
        out = [(a, b) for a, b in out if (a, b) in econ or not any(a < y and x < b for x, y in econ)] + econ
    if "、" in seg and len(out) >= 2:
        out = _past_glued_places(g, match, out)
    return [p for a, b in out for p in _glued_produce(g, match, *_shared_farm_verb(g, match, a, b))]


def _past_joined_runs(spans: list[tuple[int, int]], pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` without those read across two pieces or more of a run of joined sectors (制造业与服务业 whole
    where 制造业 and 服务业 are each named)."""
    if len(pieces) < 2:
        return spans
    return [(a, b) for a, b in spans if sum(1 for x, y in pieces if a <= x and y <= b) < 2]


def _past_glued_places(grammar: Grammar, match: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name that ends in another name found elsewhere in the text, of four characters or more, both followed by the same
    word (文旅桂平|乡村旅游集聚带、乐游平南乡村旅游集聚带), after a prefix of three or more that ends like no industry:
    the prefix is a place or its slogan glued before the trade, so the trade only (heldout43 ck15 annotation records
    乡村旅游)."""
    ends: dict[tuple[str, str], set[int]] = {}
    for a, b in spans:
        if b - a >= 4:
            ends.setdefault((match[a:b], match[b : b + 2]), set()).add(b)
    out: list[tuple[int, int]] = []
    for a, b in spans:
        follow = match[b : b + 2]
        cut = next(
            (
                k
                for k in range(a + 3, b - 3)
                if ends.get((match[k:b], follow), set()) - {b} and not grammar.evidence(match[a:k])
            ),
            a,
        )  # another item elsewhere (not the same name read by another rule) names the trade alone
        out.append((cut, b))
    return out


# Two economies or more named X经济 and joined (总部经济和楼宇经济, 会展经济、赛事经济): the first may carry the verb
# (现代农业和海洋经济: a trade in 业 may come first, heldout144 gj11)
_JOINED_ECONOMIES = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:经济|业)(?:[、和及与][\u4e00-\u9fff]{1,6}?经济)+")


def _joined_economies(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The trades named X经济 and joined by 、/和/及/与 (推动总部经济和楼宇经济发展, 发展会展经济、赛事经济), each
    a whole name as the first is: kept only when every piece names a trade (``_economy_trade``: not generic as
    县域经济, 实体经济, nor a way of doing business as 品牌经济), so 数字经济和实体经济 (a merger with the economy) or
    首发经济和品牌经济 name nothing here."""
    out: list[tuple[int, int]] = []
    for m in _JOINED_ECONOMIES.finditer(match, lo, hi):
        items, pos = [], m.start()
        for piece in re.split("(?:(?<=经济)|(?<=业))[、和及与]", m.group(0)):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        items[0] = (_after_stops(grammar, match, *items[0]), items[0][1])
        first = match[items[0][0] : items[0][1]]
        trade_first = (
            _economy_trade(grammar, is_generic, first)
            if first.endswith("经济")
            else grammar.morph_end(first) and not is_generic(first)
        )
        if trade_first and all(_economy_trade(grammar, is_generic, match[a:b]) for a, b in items[1:]):
            out += items
    return out


def _economy_trade(grammar: Grammar, is_generic: Callable[[str], bool], name: str) -> bool:
    """``name``, X经济, names a trade: X of two characters at least, not abstract (品牌经济, 创新经济: a way of
    doing business; heldout12 bd03 annotation), and the whole a development verb's object."""
    stem = name[: -len("经济")]
    return len(stem) >= 2 and not grammar.is_abstract(stem) and _sole_name(grammar, is_generic, name)


# Two chains or more named X链 and joined (装备制造链和纺织服装链, 稀土链、钢铁链): the first stem may carry the verb
_JOINED_CHAINS = re.compile(r"[\u4e00-\u9fff]{2,14}?链(?:[、和及与][\u4e00-\u9fff]{2,8}?链)+")


def _joined_chains(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The trades of chains named X链 and joined by 、/和/及/与 (实施装备制造链和纺织服装链延链补链强链行动), as the
    链长制 plans shorten 产业链: each stem is a trade when at least half of them end like an industry and none is
    the chain of another thing (人才链, 供应链: [chain_names] not_trades), generic or abstract."""
    out: list[tuple[int, int]] = []
    for m in _JOINED_CHAINS.finditer(match, lo, hi):
        items, pos = [], m.start()
        for piece in re.split("(?<=链)[、和及与]", m.group(0)):
            items.append((pos, pos + len(piece) - 1))
            pos += len(piece) + 1
        a0 = _after_stops(grammar, match, *items[0])
        items[0] = (a0, items[0][1])
        stems = [match[a:b] for a, b in items]
        if any(
            not 2 <= len(x) <= 8 or x in grammar.chain_not_trades or is_generic(x) or grammar.is_abstract(x)
            for x in stems
        ):
            continue
        if sum(1 for x in stems if grammar.evidence(x)) >= max(1, len(stems) / 2):
            out += items
    return out


# A trade, then the links of its chain quoted and joined by dashes, then its chain (锂电池|"石墨化—负极材料—回收利用"|产业链)
_QUOTED_LINKS = re.compile(r'"[^"\n]{1,30}?[—\-][^"\n]{1,40}?"(?:全)?产业链')


def _quoted_links(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The trade whose chain a plan spells out link by link in quotes before 产业链 (重点壮大锂电池“石墨化—负极材料—
    回收利用”产业链): the name before the quote, after the verb, when it passes the tests of a development verb's whole
    object (ends like an industry; not generic, broad, abstract, nor holding a stop word)."""
    out: list[tuple[int, int]] = []
    for m in _QUOTED_LINKS.finditer(match, lo, hi):
        b = m.start()
        a = _after_stops(grammar, match, _name_tail_start(match, max(lo, b - 8), b), b)
        if b - a >= 2 and _sole_name(grammar, is_generic, match[a:b]):
            out.append((a, b))
    return out


# The next item of a list of chains (稀土链|、钢铁链): a joiner, a short name ending in 链, then the item's end
_NEXT_CHAIN = re.compile(r"[、和及与][\u4e00-\u9fff]{1,8}?链(?=[、和及与,;。等\s]|$)")


def _listed_chain(grammar: Grammar, match: str, a: int, b: int) -> tuple[int, int]:
    """The span of the trade X when ``match[a:b]`` is its chain named X链 beside another such chain (聚焦稀土链、
    钢铁链、乳业链), a verb of the plan glued after the last one (钢铁链|延伸); else ``(a, b)`` unchanged. Not a
    chain of another thing (人才链, 供应链, 区块链): ``industry_grammar.toml`` [chain_names]."""
    end = b
    for v in grammar.chain_verbs:
        if b - a > len(v) + 2 and match.endswith(v, a, b) and match[b - len(v) - 1] == "链":
            end = b - len(v)
            break
    stem = match[a : end - 1]
    if match[end - 1] != "链" or len(stem) < 2 or stem in grammar.chain_not_trades:
        return a, b
    before = a >= 2 and match[a - 1] in "、和及与" and match[a - 2] == "链"
    return (a, end - 1) if before or _NEXT_CHAIN.match(match, end) is not None else (a, b)


# A numbered item's marker at a line start, then its run-in title up to the first comma (2.|装备制造|,以…)
_NUMBERED_TOPIC = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[ \t]*[.、]?|\([一二三四五六七八九十]{{1,3}}\)|[一二三四五六七八九十]{{1,3}}、)[ \t]*"
    rf"([{_CJK}]{{2,8}}),",
    re.MULTILINE,
)


def _numbered_topics(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The run-in title of a numbered item when it is a trade's bare name before a comma (2.装备制造,以…为核心): the
    trade the paragraph is about; only a name made wholly of industry words and qualifiers, not a task (强化组织领导,)."""
    out: list[tuple[int, int]] = []
    for m in _NUMBERED_TOPIC.finditer(match, lo, hi):
        a, b = m.span(1)
        if (
            covered_start(grammar.cover_words, match, a, b) == a
            and _sole_name(grammar, is_generic, match[a:b])
            and not match.startswith(grammar.triggers, a)
        ):
            out.append((a, b))
    return out


def _mineral_resources(grammar: Grammar, match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A mineral before 资源 (加强稀土资源保护, 依托钨资源优势): the mineral's trade; not the tail of a longer word (非金属,
    贵金属 end in a mineral's characters but are no minerals of [minerals])."""
    out: list[tuple[int, int]] = []
    for m in grammar.mineral_rx.finditer(match, lo, hi):
        a, b = m.span()
        if a > lo and match[a - 1] in _MINERAL_WORD_STARTS:
            continue  # 非|金属, 贵|金属: a longer word
        out.append((a, b))
    return out


# Characters that make a longer word of a mineral after them (非金属, 贵金属 are no minerals of [minerals])
_MINERAL_WORD_STARTS = frozenset("非贵")


def _shared_farm_verb(grammar: Grammar, match: str, a: int, b: int) -> tuple[int, int]:
    """The last of a list of crops or livestock that carries the farming verb for all of them (扶持肉牛、|肉羊|养殖),
    or the verb's indicator (扩大玉米、大豆、|花生种植面积, …|生猪存栏): the crop or livestock alone, like the items
    before it (肉牛, 肉羊; 花生), as the list names each trade so."""
    if a < 3 or match[a - 1] not in "、和及与":
        return a, b
    tail = next((w for w in (*grammar.indicators, *grammar.produce_verbs) if match.endswith(w, a, b)), "")
    name = match[a : b - len(tail)]
    if tail and name in grammar.produce and match.endswith(grammar.produce_longest, 0, a - 1):
        return a, b - len(tail)
    return a, b


_RELATED = re.compile(rf"([{_CJK}]{{2,8}}?)(?:及其|及|和)?相关产业")


def _related_industries(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """X of ``X(及)相关产业`` (布局旅游相关产业, 发展旅游及相关产业): the trade X, as 国家统计局 names the classifications
    《文化及相关产业分类(2018)》 and 《国家旅游及相关产业统计分类(2018)》; X after a verb or a stop word, ending like
    an industry and not generic, broad or abstract."""
    out: list[tuple[int, int]] = []
    for m in _RELATED.finditer(match, lo, hi):
        b = m.end(1)
        a = _after_stops(grammar, match, _name_tail_start(match, max(lo, b - 8), b), b)
        if b - a >= 2 and _sole_name(grammar, is_generic, match[a:b]) and _after_place(match, a, b) == a:
            out.append((a, b))
    return out


# A verb of focus and one field it names (围绕|医药健康|领域的关键科学问题, 聚焦|低空经济|赛道): not the first of a list
_FOCUSED_FIELD = re.compile(
    rf"(?:围绕|聚焦|瞄准|深耕|面向|抢占)([{_CJK}]{{2,8}}?)(?:领域|赛道)(?![、和与及])"
)


def _focused_fields(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """One field a verb of focus names (围绕医药健康领域的关键科学问题, 聚焦低空经济赛道): the trade, when the name
    passes the tests of a development verb's whole object (ends like an industry; not generic, broad, abstract,
    a process, nor holding a stop word or a joiner)."""
    out: list[tuple[int, int]] = []
    for m in _FOCUSED_FIELD.finditer(match, lo, hi):
        a, b = m.span(1)
        if _sole_name(grammar, is_generic, match[a:b]) and _after_place(match, a, b) == a:
            out.append((a, b))
    return out


@lru_cache(maxsize=4)
def _sector_object_rx(triggers: tuple[str, ...], growth: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A trigger's object X业 up to the clause end, a manner of its growth allowed before it (推动旅游业|高质量发展。),
    or several joined by 、 (推动乡村休闲旅游业|扩大规模、提档升级。)."""
    manner = f"(?:(?:{_alt(list(growth))})(?:、(?:{_alt(list(growth))}))*)?" if growth else ""
    verbs = _alt([t for t in triggers if len(t) >= 2])
    run = rf"(?:[{_CJK}]{{2,7}}?业(?:{_SECTOR_JOIN.pattern}))*"  # 现代物流业、金融业和|商贸服务业
    return re.compile(rf"(?:{verbs})({run}[{_CJK}]{{2,7}}?业)(?={manner}[,;。:!?\n])")


# What joins sector names in a run (金融业、物流业和商贸服务业, 纺织业以及造纸业): a name ending in 业 is whole, so
# the joiner after it starts the next name
_SECTOR_JOIN = re.compile("以及|[、和及与]")
_SECTOR_PART = re.compile(rf"(?:^|(?<=[、和及与]))[^、]+?业(?=$|{_SECTOR_JOIN.pattern})")


def _bare_growth_sectors(grammar: Grammar, match: str, parts: list[tuple[int, int]]) -> bool:
    """Every sector of ``parts`` may come before a bare 发展: a farm sector (海洋渔业|发展) or a sector of one word
    (会展业|发展, 快递业与制造业|协同发展), not a qualified one (社区商业|发展: the residents served)."""
    return match.endswith(grammar.bare_growth_heads, *parts[-1]) or all(
        b - a == grammar.bare_growth_word_len for a, b in parts
    )


# Counted places between a verb and its object (沿黄4市13县|全域旅游, 支持13县|…): where the work is done
_COUNTED_PLACES = re.compile(
    rf"(?:沿[{_CJK}]{{1,2}}?)?(?:(?:\d{{1,3}}|[{CN_NUMERAL_CHARS}]{{1,3}})个?[省市州县区镇乡村旗])+"
)


def _past_scope(grammar: Grammar, match: str, a: int, b: int) -> int:
    """Where a verb's object ``match[a:b]`` starts past the scope of a jurisdiction before it (推进全市|乡村旅游发展,
    推进沿黄4市13县|全域旅游发展), when two characters or more remain; else ``a``."""
    scope = next((len(w) for w in grammar.object_scopes if match.startswith(w, a)), 0)
    if not scope and (m := _COUNTED_PLACES.match(match, a, b)) is not None:
        scope = m.end() - a
    return a + scope if scope and b - a - scope >= 2 else a


def _plain_sector(grammar: Grammar, name: str, is_generic: Callable[[str], bool]) -> bool:
    """X业 names a sector and nothing else: not a generic word, not one with a stop word or a joiner inside."""
    return (
        grammar.sector_name(name)
        and not is_generic(name)
        and not _generic_tail(is_generic, name)
        and not grammar.stop_rx.search(name)
        and not _JOINERS.search(name)
    )


def _sector_objects(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """A sector name X业 that is a trigger verb's whole object up to the clause end (培育|特色种养业。, 壮大|旅游业,):
    the sector, as GB/T 4754-2017 names sectors so; not a generic word, not a word ending in 业 that names no
    sector (稳|就业, 支持|企业), nor one holding a stop word or a joiner."""
    out: list[tuple[int, int]] = []
    growth = (*grammar.sector_growth, "发展") if grammar.bare_growth_heads else grammar.sector_growth
    for m in _sector_object_rx(grammar.triggers, growth).finditer(match, lo, hi):
        parts = [(m.start(1) + p.start(), m.start(1) + p.end()) for p in _SECTOR_PART.finditer(m.group(1))]
        parts[0] = (_past_scope(grammar, match, *parts[0]), parts[0][1])  # 发展全市|旅游业
        if match.startswith("发展", m.end()) and not _bare_growth_sectors(grammar, match, parts):
            continue  # 鼓励社区商业|发展: a farm sector or a one-word sector only before a bare 发展
        broad = len(parts) >= 2 and all(match[a:b] in grammar.joined_broad for a, b in parts[1:])
        if all(
            _plain_sector(grammar, match[a:b], is_generic) or (broad and match[a:b] in grammar.joined_broad)
            for a, b in parts
        ):
            out += parts  # 加快发展现代物流业和商贸服务业: each sector of the run, all of them sectors
    return out


def _sector_figures(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """A sector name X业 whose output or revenue a clause states (农产品加工业产值增长15%, 软件业实现营业收入8500亿元):
    the sector, as statistics count output and revenue by sector; X业 whole after a stop word or a clause start,
    not a generic word (服务业), nor a word ending in 业 that names no sector (企业营业收入)."""
    out: list[tuple[int, int]] = []
    for m in grammar.sector_figure_rx.finditer(match, lo, hi):
        b = m.end(1)
        a = _after_stops(grammar, match, _name_tail_start(match, max(lo, b - 10), b), b)
        a = max([a, *(match.rfind(w, a, b) + len(w) for w in grammar.figure_cuts if w in match[a:b])])
        name = match[a:b]
        if (
            b - a < 3
            or not all(_is_cjk(ch) for ch in name)  # 2月工业: a date before the name, no name
            or (
                name.endswith(grammar.kept) and not grammar.morph_end(name[:-1])
            )  # 规上工业: industry as a whole
            or any(w in name for w in grammar.sector_figures)
            or not _plain_sector(grammar, name, is_generic)
        ):
            continue
        # 软件业, 农产品加工业 are recorded as their trades (软件, 农产品加工); …制造业 keeps its sector word
        out.append((a, b if name.endswith("制造业") or not grammar.morph_end(name[:-1]) else b - 1))
    return out


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# A project a county's list names for the sector it builds in a village or township (乌拉台乡二宫村|休闲渔业|项目,
# 某镇|特色种植业|扩建项目): the sector name X业 between the place and 项目
_VILLAGE_PROJECT = re.compile(rf"(?:乡|镇|村)([{_CJK}]{{2,6}}?业)(?:建设|扩建|提升|发展)?项目")


def _village_projects(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """A sector name X业 that names a project after the village or township it lies in (二宫村|休闲渔业|项目): the
    sector the project builds, as the name of a base after its village names its trade; not a word ending in 业
    that names no sector (村集体产业, 就业), nor a generic one."""
    out: list[tuple[int, int]] = []
    for m in _VILLAGE_PROJECT.finditer(match, lo, hi):
        a, b = m.span(1)
        a = max(
            a, *(match.rfind(ch, a, b) + 1 for ch in "乡镇村")
        )  # 乡|二宫村|休闲渔业: after the last place
        name = match[a:b]
        if _plain_sector(grammar, name, is_generic):
            out.append((a, b))
    return out


# What follows a farm trade's name when it names a place or a holding instead (畜禽养殖场, 生猪养殖户, 养殖小区)
_FARM_PLACES = ("场", "户", "小区", "圈舍", "基地", "园")


def _counted_rx(crop: str, verbs: tuple[str, ...], units: tuple[str, ...]) -> re.Pattern[str]:
    """A crop or livestock, a farming verb or none, then a figure and an area or head unit (大豆|2.4万亩, 油菜|种植
    1200亩); the crop is the match."""
    if not units:
        return re.compile("(?!)")
    verb = f"(?:{_alt(list(verbs))})?" if verbs else ""
    return re.compile(rf"(?:{crop})(?={verb}\d[\d.]*\s*(?:{_alt(list(units))}))")


def _counted_produce(grammar: Grammar, match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A crop or livestock with its area sown or head count right after it (其中大豆2.4万亩, 种植油菜1200亩, 新增
    奶羊2.5万只): the farm trade; not a word cut from a longer one, nor the animal of a rate per head (每头奶牛)."""
    out: list[tuple[int, int]] = []
    for m in grammar.counted_rx.finditer(match, lo, hi):
        a, b = m.span()
        if grammar.splits_word(match, a):
            continue
        if any(
            match.endswith(w, max(lo, a - len(w) - 1), a - k)
            for w in grammar.counted_not_after
            for k in (0, 1)
        ):
            continue  # 每|头|奶牛5.5吨: a rate per head
        out.append((a, b))
    return out


def _farmed_produce(grammar: Grammar, match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Crops or livestock with the verb of farming them (畜禽养殖, 生猪养殖, 蔬菜种植): the farm trade, as GB/T
    4754-2017 names its classes (0313 猪的饲养, 041 水产养殖); not the farm or the farmer (畜禽养殖场, 养殖户), nor
    an indicator's crop (粮食种植|面积: the crop itself, 粮食, as after 播种面积)."""
    out: list[tuple[int, int]] = []
    for m in grammar.farmed_rx.finditer(match, lo, hi):
        a, b = m.span()
        if grammar.splits_word(match, a) or _not_farmed(grammar, match, lo, a, b):
            continue
        if m.group("manner"):  # 生猪|规模化|养殖: the crop, the manner of farming it no part of the name
            out.append(m.span("crop"))
            continue
        verb = first_ending(match, grammar.crop_verbs, a, b) or _livestock_verb(grammar, match, a, b)
        if not verb:  # 特种|水产养殖: the kinds raised are part of the trade's name
            a -= len(first_ending(match, grammar.raised_kinds, lo, a) or "")
        out.append((a, b - len(verb)))  # 扩大玉米|种植: the crop
    return out + _species_farmed(grammar, match, lo, hi)


def _livestock_verb(grammar: Grammar, match: str, a: int, b: int) -> str:
    """The verb of raising ending ``match[a:b]`` when one kind of livestock is raised (生猪|养殖, 肉牛|饲养): dropped
    from the trade's name as a crop's verb is; "" after a collective kind (畜禽养殖, 水产养殖 stay whole)."""
    verb = first_ending(match, grammar.livestock_verbs, a, b) or ""
    if not verb or match.endswith(grammar.livestock_kept_whole, a, b - len(verb)):
        return ""
    return verb


def _not_farmed(grammar: Grammar, match: str, lo: int, a: int, b: int) -> bool:
    """``match[a:b]``, produce and its farming verb, names no farm trade: the farm or the farmer follows (养殖场,
    养殖户), an indicator (种植|面积), the material bred (种质资源) or a body; or it ends a list of produce (发展肉牛和|
    肉羊养殖), which names each trade."""
    return (
        match.startswith((*_FARM_PLACES, *grammar.indicators, *grammar.produce_indicators), b)
        or bool(grammar.breeding and match.startswith(grammar.breeding, b))
        or (a > lo and match[a - 1] in "、和及与")
        or institution_follows(match, b, grammar)
    )


def _species_farmed(grammar: Grammar, match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A kind of livestock no produce word names, with the verb of raising it (山地鸡养殖, 长毛兔养殖, 黑山羊养殖):
    the farm trade, as 生猪养殖 (GB/T 4754-2017 031-032, 041); the kind is the words after the verb or stop before it
    (开展|山地鸡养殖大户), ending in an animal word."""
    out: list[tuple[int, int]] = []
    for m in grammar.species_farmed_rx.finditer(match, lo, hi):
        v, b = m.span()
        a = v
        while a > max(lo, v - _SPECIES_REACH) and _is_cjk(match[a - 1]):
            a -= 1
        a = _after_stops(grammar, match, a, v)
        name = match[a:v]
        if match.endswith(grammar.produce_longest, a, v):
            continue  # 加大|畜禽养殖: a produce word, read by the rule above
        if 2 <= len(name) <= _SPECIES_MAX and name.endswith(grammar.animal_ends):
            if not _not_farmed(grammar, match, lo, a, b) and not match.startswith(_FARM_PLACES, b):
                out.append((a, b))
    return out


_SPECIES_MAX = 4  # 山地鸡, 长毛兔, 特种水产: a kind's name is short
_SPECIES_REACH = 8  # how far back the verb or stop before the kind is looked for


def _headed_produce(grammar: Grammar, match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A crop or livestock alone before the output or chain of its trade (稳定生猪生产, 支持肉牛全产业链发展,
    生猪产能): the farm trade, the crop's own name; not a word cut from a longer one, nor the last of a list,
    which names each item already."""
    out: list[tuple[int, int]] = []
    for m in grammar.produce_head_rx.finditer(match, lo, hi):
        a, b = m.span()
        if grammar.splits_word(match, a) or _last_of_produce_list(grammar, match, lo, a):
            continue
        if _steered_by(match, b, grammar):
            continue  # 县茶叶|产业发展中心: the body a county sets up for the trade, a unit's name
        out.append((a, b))
    return out + _guarded_produce(grammar, match, lo, hi)


def _last_of_produce_list(grammar: Grammar, match: str, lo: int, a: int) -> bool:
    """The crop at ``a`` closes a list of crops (水稻、|玉米|生产): a joiner before it and a crop before the joiner. After
    another item's head (大豆单产提升培训、|玉米|单产提升培训) it opens an item of its own."""
    return a > lo and match[a - 1] in "、和及与" and match.endswith(grammar.produce_longest, lo, a - 1)


def _steered_by(match: str, b: int, grammar: Grammar) -> bool:
    """The crop ending at ``b`` names the body steering its trade (茶叶|产业发展中心, 生猪|产业发展领导小组)."""
    head = next((h for h in ("产业", "全产业链") if match.startswith(h, b)), "")
    pos = b + len(head)
    return bool(head) and match.startswith("发展", pos) and match.startswith(grammar.steering_bodies, pos + 2)


def _guarded_produce(grammar: Grammar, match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Grain as a whole before its head (稳定粮食生产, 坚决完成粮食生产任务): the grain trade, as the annotators record
    it, unless its sentence is on the duty of grain security (切实履行粮食生产、流通和储备责任, 全面落实粮食安全党政
    同责,扎实推进粮食产能提升), the head names a zone (粮食生产功能区) or a verb adjusts its structure (优化粮食生产)."""
    out: list[tuple[int, int]] = []
    for m in grammar.guarded_head_rx.finditer(match, lo, hi):
        a, b = m.span()
        if grammar.splits_word(match, a) or (a > lo and match[a - 1] in "、和及与"):
            continue
        start = max(match.rfind(c, lo, a) for c in "。;\n") + 1
        stops = [k for k in (match.find(c, b, hi) for c in "。;\n") if k >= 0]
        sentence = match[max(start, lo) : min(stops, default=hi)]
        if match.endswith(grammar.produce_head_restructured, lo, a):
            continue  # 稳定和优化|粮食生产: the structure of grain farming adjusted, no trade developed
        if not any(w in sentence for w in grammar.produce_head_duties):
            out.append((a, b))
    return out


# The close of a list right before its head's qualifier: 等, or a count (三大, 5个)
_LIST_CLOSE_END = re.compile(rf"(?:等|(?:\d{{1,3}}|[{CN_NUMERAL_CHARS}]{{1,3}})\s*[大个类项])\s*$")


def _closing_activity(grammar: Grammar, match: str, h: int) -> bool:
    """The name before the head at ``h`` is an activity word alone (种植, 养殖) right after a list's close (茶叶、水果
    等|种植|产业, 肉牛、肉羊两大|养殖|产业): the qualifier of the listed trades, which the list's rules read."""
    w = next((w for w in grammar.join_activities if match.endswith(w, 0, h)), "")
    return bool(w) and _LIST_CLOSE_END.search(match, max(0, h - len(w) - 5), h - len(w)) is not None


def _glued_produce(grammar: Grammar, match: str, a: int, b: int) -> list[tuple[int, int]]:
    """A name made wholly of two or more crops or livestock written without a separator (肉牛奶牛产业): each is a
    farm trade of its own, as when listed with 、; any other name is itself."""
    if b - a < 4 or match[a] not in grammar.produce_firsts:
        return [(a, b)]
    if 0 < a and b < len(match) and match[a - 1] in "((" and match[b] in "))":
        return [(a, b)]  # 生猪(畜禽水产品): a class named in brackets, whole
    parts: list[tuple[int, int]] = []
    verb = first_ending(match, grammar.produce_verbs, a, b) or ""
    b_all, b = b, b - len(verb)  # 肉牛奶牛|养殖: the verb of farming them follows the pair
    pos = a
    longest = grammar.produce_longest
    while pos < b:
        # the longest crop at pos that ends by b (``startswith`` up to b); one C-level test of them all first
        word = (
            next((w for w in longest if match.startswith(w, pos, b)), None)
            if match.startswith(longest, pos, b)
            else None
        )
        if word is None:
            return [(a, b_all)]
        parts.append((pos, pos + len(word)))
        pos += len(word)
    return parts if len(parts) >= 2 else [(a, b_all)]


def _programme_trades(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """实施海洋种业振兴计划、海水养殖深蓝行动: each programme's trade, its name up to the last industry word before
    the gap words; a list with one programme whose name has no such trade is left alone."""
    out: list[tuple[int, int]] = []
    for items in programme_items(match, lo, hi):
        found = []
        for a, most, least in items:
            ends = [e for e in range(most, least - 1, -1) if grammar.morph_end(match[a:e])]
            name = match[a : ends[0]] if ends else ""
            if not name or is_generic(name):
                break
            found.append((a, ends[0]))
        else:
            out += found
    return out


def _class_member_lists(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The sub-sectors listed after a class of trade (现代服务业,重点是现代物流、金融服务): every item, the last one
    cut before a verb or stop word (如钢铁、建材、化工|转型升级), once one gives evidence and none is generic."""
    out: list[tuple[int, int]] = []
    for items in class_members(match, lo, hi):
        a, b = items[-1]
        cut = [r.start() for rx in (grammar.stop_rx, grammar.trigger_rx) if (r := rx.search(match, a + 1, b))]
        items[-1] = (a, _name_end(grammar, match, a, min([b, *cut])))
        names = [strip_ruby(match[x:y]) for x, y in items]
        if (
            min(map(len, names)) >= 2
            and any(map(grammar.evidence, names))
            and not any(map(is_generic, names))
        ):
            out += items
    return out


@lru_cache(maxsize=1)
def _format_heads() -> tuple[tuple[str, ...], int, re.Pattern[str]]:
    table = _grammar_data().get("format_objects", {})
    verbs = re.compile(_alt(table.get("verbs", [])) or "(?!)")
    return tuple(table.get("heads", [])), int(table.get("max_name", 0)), verbs


def _format_objects(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """发展X新业态, 举办X专场: the one name X between a development verb (or 举办) and the head, when it ends like a
    trade."""
    heads, most, verbs = _format_heads()
    out: list[tuple[int, int]] = []
    for head in heads:
        p = match.find(head, lo, hi)
        while p >= 0:
            w = max(lo, p - most - 4)
            ends = sorted(t.end() for rx in (grammar.trigger_rx, verbs) for t in rx.finditer(match, w, p))
            name = strip_ruby(match[ends[-1] : p]) if ends else ""
            if (
                2 <= len(name) <= most
                and _ITEM_CHARS.fullmatch(name)
                and grammar.morph_end(name)
                and not is_generic(name)
            ):
                out.append((ends[-1], p))
            p = match.find(head, p + 1, hi)
    return out


def _framed_class_lists(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """以A、B…为重点的X with a class X that ends like a trade (先进有色金属材料): X and every item are trades, once one
    item at least gives evidence of a trade."""
    out: list[tuple[int, int]] = []
    for items, (ca, cb) in framed_classes(match, lo, hi, grammar.framed):
        cls = match[ca:cb]
        if (
            not grammar.morph_end(cls)
            or is_generic(cls)
            or not any(grammar.evidence(match[a:b]) for a, b in items)
        ):
            continue
        out += [(a, b) for a, b in items if not is_generic(match[a:b])] + [(ca, cb)]
    return out


def _frame_members(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """X of ``以X为F的Y`` with F a leading segment (以工程机械为龙头的装备制造产业, 以大数据为引领的电子信息产业):
    X is a trade of its own when it is one name (no list) of 2-8 characters ending like an industry, neither
    generic, broad, abstract, a process (数字化) nor holding a stop word."""
    out: list[tuple[int, int]] = []
    for m in grammar.item_frame_rx.finditer(match, lo, hi):
        if m.group("f") not in grammar.member_frames:
            continue
        a, b = m.span("x")
        name = match[a:b]
        if (
            2 <= len(name) <= 8
            and grammar.evidence(name)
            and _plain_name(grammar, is_generic, name)
            and not name.endswith("化")
            and not grammar.stop_rx.search(name)
        ):
            out.append((a, b))
    return out


# Words opening a bracket that says what an item includes or exemplifies (含合作社, 如无人机): no second name
_INCLUSION = ("含", "包括", "包含", "不含", "如", "即", "主要", "其中")


@lru_cache(maxsize=4)
def _consumption_rx(grammar: Grammar) -> re.Pattern[str]:
    return re.compile(rf"([{_CJK}]{{1,10}}?业)(?:{_alt(list(grammar.consumption_after))})")


def _consumption_sectors(grammar: Grammar, match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A sector, X业, before the promotion of its consumption (开展|餐饮业|促消费活动): the run of characters before
    the noun, cut after its last stop, trigger or handing-out verb (发放), when it is written as a sector."""
    out: list[tuple[int, int]] = []
    for m in _consumption_rx(grammar).finditer(match, lo, hi):
        a, b = m.span(1)
        for s in grammar.stop_rx.finditer(match, a, b):
            a = max(a, s.end())
        for v in grammar.consumption_verbs:
            k = match.rfind(v, a, b)
            a = a if k < 0 else max(a, k + len(v))
        if grammar.sector_name(match[a:b]):
            out.append((a, b - 1))  # the trade as the notices list it (餐饮、住宿、零售), its head 业 dropped
    return out


# Bodies, not trades, as a bracketed item (龙头企业(含合作社))
_BODIES = ("企业", "合作社", "公司", "机构", "协会", "农户", "主体")
# An item of a list with a second name in brackets (环保设备(水处理设备)、专用设备…等产业): the item's CJK run before the
# bracket (group 1) and the bracketed name (group 2), with the rest of the list closed by 等 and a head in the clause.
_BRACKETED_ITEM = re.compile(
    rf"([{_CJK}]{{2,16}})\(([{_CJK}]{{2,10}})\)(?=[、和及与等])(?=[^,;。:!?\n]{{0,60}}?等[^,;。:!?\n]{{0,6}}?(?:产业|行业))"
)


def _bracketed_items(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Both names of a list item written ``X(Y)`` (环保设备(水处理设备)): Y a trade of its own, named beside X, as
    the annotation records it; X starts after the last stop or trigger word of its run (围绕|环保设备). The list's
    close (等…产业, 等…行业; not 等领域, which also closes lists of policy tools) makes each a trade, as for the other items; an inclusion (含无人机) or a qualifier is no name."""
    out: list[tuple[int, int]] = []
    for m in _BRACKETED_ITEM.finditer(match, lo, hi):
        a, b = m.span(1)
        for s in grammar.stop_rx.finditer(match, a, b):
            a = max(a, s.end())
        for x, y in ((a, b), m.span(2)):
            name = match[x:y]
            if (
                2 <= len(name) <= 10
                and not name.startswith(_INCLUSION)
                and _plain_name(grammar, is_generic, name)
                and not grammar.stop_rx.search(name)
                and not name.endswith(_BODIES)
            ):
                out.append((x, y))
    return out


@lru_cache(maxsize=4)
def _chain_rxs(grammar: Grammar) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The whole chain (以, two framed segments or more, 的, a structure head within the clause) and one segment."""
    frames = _alt([*grammar.framed, *grammar.chain_frames])
    seg = rf"[^以为,;。:!?\n]{{1,24}}?为(?:{frames})[、,]?"
    whole = re.compile(rf"以((?:{seg}){{2,6}})的[^,;。:!?\n]{{0,12}}?(?:{_alt(list(grammar.chain_heads))})")
    return whole, re.compile(rf"([^以为,;。:!?\n]{{1,24}}?)为({frames})[、,]?")


def _structure_chain(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> tuple[list[tuple[int, int]], set[int]]:
    """The items of each segment of ``以A为主导、B和C为特色的产业体系`` (``_chain_rxs``), and the positions of the
    frame words, where no name starts (为主导|现代种业 glued: the frame, not part of the next name)."""
    whole, one = _chain_rxs(grammar)
    out: list[tuple[int, int]] = []
    frames: set[int] = set()
    for m in whole.finditer(match, lo, hi):
        pos, end = m.span(1)
        while (s := one.match(match, pos, end)) is not None:
            frames.add(s.start(2))
            out += _chain_items(grammar, match, *s.span(1), is_generic)
            pos = s.end()
    return out, frames


_CHAIN_SEP = re.compile("[、和及与]")


def _chain_items(
    grammar: Grammar, match: str, a: int, b: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The names of one segment's X, split at its joiners (现代种业和水果产业 → 现代种业, 水果): 2-10 characters ending
    like an industry, plain, no stop word; a head 产业 is no part of the label."""
    out: list[tuple[int, int]] = []
    for x, y in _spans_between(_CHAIN_SEP, match, a, b):
        if match.startswith("产业", y - 2) and y - x > 3:
            y -= 2
        name = match[x:y]
        if (
            2 <= len(name) <= 10
            and grammar.evidence(name)
            and _plain_name(grammar, is_generic, name)
            and not grammar.stop_rx.search(name)
        ):
            out.append((x, y))
    return out


def _spans_between(sep: re.Pattern[str], match: str, a: int, b: int) -> list[tuple[int, int]]:
    cuts = [a - 1, *(m.start() for m in sep.finditer(match, a, b)), b]
    return [(cuts[i] + 1, cuts[i + 1]) for i in range(len(cuts) - 1)]


def _trait_class(match: str, a: int, b: int) -> bool:
    """``match[a:b]`` names industries by a trait, X型 (劳动密集型, 资源加工型, 外向型产业): a class of every trade
    that has it, like 新兴产业, not one trade."""
    return b - a >= 3 and match[b - 1] == "型"


def _produce_lists(grammar: Grammar, match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Crops or livestock listed together (水稻、玉米和马铃薯|生产全程机械化): each a farm trade, without a trigger
    verb or a head; a word cut from a longer name (特色蔬菜 → 蔬菜) is still the crop."""
    out: list[tuple[int, int]] = []
    for m in grammar.produce_rx.finditer(match, lo, hi):
        if _bred(grammar, match, m.end(), hi):
            continue  # 以小麦、玉米、苹果等为重点,加大种质资源收集: species bred, no trades
        if grammar.research and grammar.research_rx.match(match, m.end(), hi):
            continue  # 建成小麦、家禽两个省实验室: the subjects of research bodies, no trades
        if grammar.residues and match.startswith(grammar.residues, m.end()):
            continue  # 油菜、小麦秸秆全部搬离: what is left of the crops after harvest, no trades
        if grammar.food_supply_rx is not None and grammar.food_supply_rx.match(match, m.end(), hi):
            continue  # 保障肉类、蔬菜、水果等各类食物有效供给: foods supplied, no trades
        items: list[tuple[int, int]] = []
        pos = m.start()
        for k in range(m.start(), m.end() + 1):
            if k == m.end() or match[k] in "、和及与":
                items.append((_past_quality(grammar, match, pos, k), k))
                pos = k + 1
        marked = [
            a > m.start() if n == 0 else match[a - 1] not in "、和及与" for n, (a, _b) in enumerate(items)
        ]
        if any(marked) and not marked[0]:
            continue  # 强筋小麦、优质谷子示范区: the list starts before its first item, no list of distinct crops
        out += items
        out += _produce_class(grammar, match, m.end())
    return out


def _past_quality(grammar: Grammar, match: str, a: int, b: int) -> int:
    """Where the crop's name starts in the list item ``match[a:b]``: after the plan's distinction (优质|小麦, 特色|
    果蔬: heldout79 dw01's gold records 小麦, 果蔬), unless the item is a produce word whole (优质稻)."""
    if match[a:b] in grammar.produce:
        return a
    q = next((q for q in grammar.produce_qualifiers if match.startswith(q, a)), "")
    return a + len(q)


def _produce_class(grammar: Grammar, match: str, end: int) -> list[tuple[int, int]]:
    """The crop class that closes a list of crops after 等 (核桃、油茶、油橄榄等|木本油料|的开发利用), a distinction
    between them read past (荞麦、谷类等特色|小杂粮): a farm trade too, as the annotators record it; not a class of
    crops in general (等粮食|作物)."""
    word = _class_word(grammar, match, end)
    if word is None or match.startswith(("作物", "产品"), word[1]):
        return []
    return [word]


def _class_word(grammar: Grammar, match: str, end: int) -> tuple[int, int] | None:
    """The span of the crop class after 等 at ``end`` (等|木本油料, 等特色|小杂粮), a qualifier read past."""
    if not match.startswith("等", end):
        return None
    start = end + 1
    qualifier = next((q for q in grammar.produce_qualifiers if match.startswith(q, start)), "")
    start += len(qualifier)  # 等特色|小杂粮: the plan's distinction, no part of the class's name
    word = first_opening(match, grammar.produce_longest, start)
    return None if word is None else (start, start + len(word))


def _class_members(grammar: Grammar, match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The crops listed before 等 and the crop class they belong to (适度发展油茶、山核桃、香榧等木本油料生产): each a
    farm trade of the class, as its members are, whether or not a produce word names it; two items at least, each
    a short name, the list starting after the verb or stop before it."""
    out: list[tuple[int, int]] = []
    p = match.find("等", lo, hi)
    while p >= 0:
        word = _class_word(grammar, match, p)
        if word is not None and _grown_class(grammar, match, word[1]) and not _bred(grammar, match, p, hi):
            a = p
            while a > max(lo, p - _MEMBERS_REACH) and (_is_cjk(match[a - 1]) or match[a - 1] == "、"):
                a -= 1
            items = _spans_between(_MEMBER_SEP, match, _after_stops(grammar, match, a, p), p)
            known = all(match.endswith(grammar.produce_longest, x, y) for x, y in items)
            if not known and len(items) >= 2 and all(2 <= y - x <= _MEMBER_MAX for x, y in items):
                out += items  # a list of produce words alone is read by _produce_lists
        p = match.find("等", p + 1, hi)
    return out


def _grown_class(grammar: Grammar, match: str, end: int) -> bool:
    """The crop class ending at ``end`` is grown, not processed or traded: the clause ends after it, or its
    output, chain or farming verb follows (等木本油料|生产, 等特色小杂粮|。), not a firm or a project (等粮食|加工企业,
    等畜禽水产品|深加工项目)."""
    return (
        end >= len(match)
        or match[end] in _CLAUSE_STOP
        or match.startswith((*grammar.produce_heads, *grammar.produce_verbs, "作物"), end)
    )


_MEMBERS_REACH = 30  # how far back a list of crops before its class is read
_MEMBER_MAX = 4  # 山核桃, 香榧: a crop's name is short
_MEMBER_SEP = re.compile("[、和与及]")


def _bred(grammar: Grammar, match: str, end: int, hi: int) -> bool:
    """A breeding word follows ``end`` in its sentence (…等为重点,加大种质资源收集): the list before names species
    bred."""
    stop = match.find("。", end, hi)
    stop = hi if stop < 0 else stop
    return any(match.find(w, end, stop) >= 0 for w in grammar.breeding)


def _sole_objects(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The whole object of a development verb when it is one name up to the clause end (大力发展电子商务。,
    加快发展智慧农业,): 2-8 characters ending like an industry, not generic, broad, abstract, a process (…化) nor
    holding a stop word or a joiner; two such names joined by 和 are both (加快发展设施农业和特色农业,)."""
    out: list[tuple[int, int]] = []
    for m in grammar.sole_rx.finditer(match, lo, hi):
        name = m.group(1)
        k = name.find("和")
        if 2 <= k <= len(name) - 3 and name.count("和") == 1:  # 加快发展设施农业和特色农业,: two names
            a, b = m.span(1)
            parts = [(a, a + k), (a + k + 1, b)]
            if all(q - p <= 8 and _sole_name(grammar, is_generic, match[p:q]) for p, q in parts):
                out += parts
            continue
        a, b = _past_manner(grammar, match, _past_scope(grammar, match, *m.span(1)), m.end(1))
        if b - a <= 8 and _sole_name(grammar, is_generic, match[a:b]):
            out.append((a, b))
    return out + _coordinated_heads(grammar, match, lo, hi, is_generic)


def _bare_objects(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The whole object of a plain 发展 up to the clause end when it ends in a trade word no aim ends in (发展农村
    电商。, 支持13县发展乡村旅游。): the trade, past a scope before it; a plain 发展 before other words (发展新动能)
    names none."""
    out: list[tuple[int, int]] = []
    for m in _bare_object_rx(grammar.bare_object_verbs).finditer(match, lo, hi):
        a, b = _past_scope(grammar, match, *m.span(1)), m.end(1)
        reach = next((len(w) for w in grammar.run_in_scopes if match.startswith(w, a)), 0)
        a += reach if b - a - reach >= 2 else 0  # 发展全域|旅游, 发展特色|健康养生旅游: as a run-in object
        if match.endswith(grammar.bare_object_ends, a, b) and _sole_name(grammar, is_generic, match[a:b]):
            out.append((a, b))
    return out


@lru_cache(maxsize=4)
def _bare_object_rx(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A plain verb and its whole object up to the clause end (发展|农村电商。, 推动|水产品加工流通。)."""
    return re.compile(rf"(?:{_alt(list(verbs))})([{_CJK}\d]{{2,10}}?)(?=[,;。:!?\n])")


@lru_cache(maxsize=4)
def _grown_object_rx(verbs: tuple[str, ...], growth: tuple[str, ...]) -> re.Pattern[str]:
    """A verb of support (or a run of them: 加快推进), one name, then how it grows up to the clause end (推进|数字金融|
    发展。, 促进|科技金融|发展壮大。)."""
    manner = _alt([*growth, "发展"])
    return re.compile(rf"(?:{_alt(list(verbs))})+([{_CJK}\d]{{2,16}}?)(?:{manner})(?=[,;。:!?\n])")


def _grown_objects(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """A name whose growth a verb of support promotes, up to the clause end (推进数字金融发展。, 促进养老金融高质量
    发展,): the trade, as the whole object of 发展 is (大力发展数字金融); the same tests of one name (ends like an
    industry; not generic, broad, abstract, a process), three characters at least (推动经济发展 names none), not a
    sector X业 (read by the sector rule), a manner of growth (推动绿色低碳发展) nor a public aim of access (推动普惠
    金融发展)."""
    out: list[tuple[int, int]] = []
    growth = (*grammar.grown_ends, *grammar.sector_growth)
    for m in _grown_object_rx(grammar.grown_verbs, growth).finditer(match, lo, hi):
        a, b = m.span(1)
        scoped = _past_scope(grammar, match, a, b)  # 推进全市|乡村旅游发展, 推进沿黄4市13县|全域旅游发展
        if scoped > a and not match.endswith(grammar.bare_object_ends, scoped, b):
            continue  # 支持县域|民族贸易发展, 推进本市|养老服务…: a jurisdiction's own provision, no trade word
        a = scoped
        if (
            3 <= b - a <= 8
            and not any(ch.isdigit() for ch in match[a:b])
            and not match.endswith(("业", *grammar.grown_manners), a, b)  # 推动绿色|低碳|发展: how, not what
            and not match.startswith(grammar.grown_aims, a, b)  # 推动|普惠|金融发展: access for all, no trade
            and _sole_name(grammar, is_generic, match[a:b])
        ):
            out.append((a, b))
    return out


def _coordinated_heads(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Two names sharing their head, joined by 和/与/及 as a plain development verb's whole object up to the clause
    end (发展数字贸易和服务贸易,; 培育冷链物流与电商物流。): the shared head of two qualified names makes each a
    trade, where a bare 发展 before one name (发展新动能) names none."""
    out: list[tuple[int, int]] = []
    for m in grammar.pair_rx.finditer(match, lo, hi):
        left, right = m.group(1), m.group(2)
        if left == right:
            continue
        # without a shared head, a long first name ending in an industry word (农产品精深加工和物流)
        if left[-2:] != right[-2:] and not (
            len(left) >= 4 and grammar.morph_end(left) and grammar.morph_end(right)
        ):
            continue
        if all(
            _sole_name(grammar, is_generic, name) and not name.endswith(grammar.series_not_ends)
            for name in (left, right)
        ):
            out += [m.span(1), m.span(2)]
    return out


# A count in a name (三大未来, 五个重点): the kinds a plan counts, no trade
_COUNTED = re.compile(rf"(?:\d{{1,3}}|[{CN_NUMERAL_CHARS}]{{1,3}})\s*[大个类项条]")


def _run_in_trades(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """X of a run-in head ``X行业,`` / ``X产业:`` opening a sentence or a line (焦化行业,打造…产业园。白酒行业,…): the
    trade the sentence is about, as a work plan names one trade per sentence; not a generic, broad or abstract
    word, nor one holding a verb or a stop word (统筹布局未来产业,)."""
    out: list[tuple[int, int]] = []
    for m in grammar.run_in_rx.finditer(match, lo, hi):
        name = m.group(1)
        if (
            name not in grammar.broad
            and not is_generic(name)
            and not _generic_tail(
                is_generic, match[m.start(1) : m.end() - 1]
            )  # 三大未来产业: a kind, counted
            and not _COUNTED.search(name)
            and not grammar.is_abstract(name)
            and not grammar.stop_rx.search(name)
        ):
            out.append(m.span(1))
    return out


def _topic_chains(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The trades of a topic ``X、Y(Z)产业链方面,`` opening a paragraph or a line (脐橙(小水果)产业链方面,招引…): each
    name and the class in brackets, when each is a plain name of two to eight characters (not generic, broad,
    abstract, nor holding a stop word)."""
    out: list[tuple[int, int]] = []
    for m in grammar.topic_rx.finditer(match, lo, hi):
        spans = _spans_between(_LIST_COMMA, match, *m.span("names"))
        if m.group("cls"):
            spans.append(m.span("cls"))
        names = [match[a:b] for a, b in spans]
        if all(
            2 <= len(n) <= 8
            and n not in grammar.broad
            and not is_generic(n)
            and not grammar.is_abstract(n)
            and not grammar.stop_rx.search(n)
            for n in names
        ):
            out += spans
    return out


_LIST_COMMA = re.compile("、")


def _run_in_objects(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The object of a development verb opening a sentence or a line, up to its comma (推动三产扩体增量。发展全域旅游,
    巩固…景区。壮大现代物流,开展…): the trade the sentence develops, after the plan's reach or distinction (全域,
    特色); it ends like an industry, joins no two names and is no facility, system, body of work or generic word."""
    out: list[tuple[int, int]] = []
    for m in grammar.run_in_verb_rx.finditer(match, lo, hi):
        if not grammar.evidence(m["name"]) or _JOINERS.search(m["name"]):
            continue  # 发展肉牛和肉羊养殖,: two trades, the pair rules read them
        a, b = _past_manner(grammar, match, *m.span("name"))
        if _series_name(grammar, is_generic, match[a:b]):
            out.append((a, b))
    return out


def _past_manner(grammar: Grammar, match: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` without a manner of production glued before the name (发展标准化|畜牧养殖: [goods] manners), when
    three characters or more remain, or without the standing class the name is set beside (做强首位产业|纺织服装,
    壮大主导产业|绿色食品: the trade in apposition, r24 audit), when two characters or more remain."""
    manner = next((w for w in grammar.manners if match.startswith(w, a) and b - a - len(w) >= 3), "")
    if manner:
        return a + len(manner), b
    standing = next((w for w in grammar.standings if match.startswith(w, a)), "")
    head = next((h for h in _STANDING_HEADS if standing and match.startswith(h, a + len(standing))), "")
    cut = len(standing) + len(head) if head else 0
    return (a + cut, b) if b - a - cut >= 2 else (a, b)


# The heads of a standing class a trade may be set beside (首位产业|纺织服装)
_STANDING_HEADS = ("产业", "行业")


_SENTENCE = re.compile(r"[^。!?\n]+")


def _series_objects(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The objects of a series of clauses, one development verb each (围绕壮大医药健康产业,…;大力发展中药;着力发展
    化学药;努力发展健康产品及服务等。): each object one trade as written, when the clause opening the series holds
    an industry head or at least three clauses carry an adverb before the verb."""
    out: list[tuple[int, int]] = []
    for s in _SENTENCE.finditer(match, lo, hi):
        if s.group().count(";") >= 2:
            out += _series_in(grammar, match, s.start(), s.end(), is_generic)
    return out


def _series_in(
    grammar: Grammar, match: str, a: int, b: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """``_series_objects`` of the sentence ``match[a:b]``: its clauses split at ``;``, the first from its last
    comma (完善现代服务业,|发展检验检测认证服务;)."""
    ends = find_all(match[a:b], ";")
    first_end = a + ends[0]
    start = max(a, match.rfind(",", a, first_end) + 1)
    spans = [(start, first_end)] + [(a + p + 1, a + q) for p, q in zip(ends, [*ends[1:], b - a], strict=True)]
    hits = [m for p, q in spans if (m := grammar.series_rx.fullmatch(match, p, q)) is not None]
    headed = any(h in match[a:first_end] for h in grammar.series_heads)
    if not headed and sum(1 for m in hits if m.group("adv")) < 3:
        return []
    return [m.span(2) for m in hits if _series_name(grammar, is_generic, m.group(2))]


def _series_name(grammar: Grammar, is_generic: Callable[[str], bool], name: str) -> bool:
    """``name``, the object of one clause of a series, names a trade: not a facility, system, project, body of
    work or policy ([series] not_ends, parks, programmes, institutions), nor generic, broad or abstract; it ends
    like an industry or in an industry head (养老产业)."""
    headed = next((h for h in grammar.dropped if name.endswith(h) and len(name) >= len(h) + 2), None)
    return (
        (headed is not None or grammar.evidence(name))
        and not name.endswith((*grammar.series_not_ends, *grammar.parks, *grammar.programmes))
        and not name.endswith(grammar.institutions)
        and name not in grammar.broad
        and not is_generic(name)
        and not _generic_tail(is_generic, name)
        and not grammar.is_abstract(name)
        and not grammar.stop_rx.search(name)
    )


def _sole_name(grammar: Grammar, is_generic: Callable[[str], bool], name: str) -> bool:
    """``name``, a development verb's whole object, names one industry; not a form of business named by an
    ordinal party (第三方物流, 第三方检测: who provides the service, not a trade of its own)."""
    return (
        not name.startswith("第")
        and grammar.evidence(name)
        and name not in grammar.broad
        and not is_generic(name)
        and not _generic_tail(is_generic, name)
        and not grammar.is_abstract(name)
        and "化" not in name
        and not grammar.stop_rx.search(name)
        and not _JOINERS.search(name)
    )


def _indicator_names(
    grammar: Grammar, match: str, lo: int, hi: int, is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The trade an indicator counts (粮食|播种面积, 生猪|存栏, 水产品|产量 and 油菜|面积 after a crop or livestock
    only, 农林牧渔业|增加值增幅): a name of 2-8
    characters that starts a clause, a cell or follows a stop word, ends like an industry or is a crop or livestock
    of [produce] (大豆|播种面积, 花生|种植面积, 肉鸡|存栏: no morpheme ends them) and is neither generic nor broad
    (工业|增加值, 服务业|增加值 count every trade)."""
    out: list[tuple[int, int]] = []
    produce_only = frozenset(grammar.produce_indicators)
    for w in (*grammar.indicators, *grammar.produce_indicators):
        pos = match.find(w, lo, hi)
        while pos >= 0:
            if w in produce_only and not match.endswith(grammar.produce_longest, lo, pos):
                pos = match.find(w, pos + len(w), hi)
                continue  # 原油|产量, 用地|面积: a product's output or land, no farm trade
            a0 = _name_tail_start(match, max(lo, pos - 10), pos)
            a = _after_stops(grammar, match, a0, pos)
            opened = a > a0 or a0 == lo or not _is_name_char(match[a0 - 1])
            a = _after_verb(grammar, match, a, pos)
            name = match[a:pos]
            if (
                opened
                and (2 <= len(name) <= 8 or name in grammar.singles)
                and (grammar.evidence(name) or name in grammar.produce)
                and name not in grammar.broad
                and not is_generic(name)
                and not grammar.is_abstract(name)
                and not grammar.stop_rx.search(name)
                and _after_place(match, a, pos) == a
            ):
                # crops joined under one indicator (粮食和油料|播种面积) are each counted; a collective kind keeps
                # the verb of raising it (水产养殖|面积 → 水产养殖, as 发展水产养殖 does)
                out += _produce_joined(grammar, match, [(a, pos + _kept_verb(grammar, name, w))])
            pos = match.find(w, pos + len(w), hi)
    return out


def _kept_verb(grammar: Grammar, name: str, indicator: str) -> int:
    """How much of ``indicator`` (养殖面积) a collective kind of livestock before it keeps as its trade's name (水产|
    养殖): the raising verb's length, else 0."""
    if name not in grammar.livestock_kept_whole:
        return 0
    return next((len(v) for v in grammar.livestock_verbs if indicator.startswith(v)), 0)


def _after_verb(grammar: Grammar, match: str, a: int, b: int) -> int:
    """Where a crop or livestock ending ``match[a:b]`` starts when a two-character word before it is no industry
    word or qualifier (保障|粮食, 保持|生猪: the verb governing the indicator), else ``a``."""
    if b - a < 4:
        return a
    for w in grammar.produce_longest:
        if match.endswith(w, a, b) and b - len(w) - a == 2:
            return a if match[a : a + 2] in grammar.cover_words else b - len(w)
    return a


def _is_name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or (ch.isascii() and ch.isalnum())
