"""A measure's trade named by its topic word rather than developed as such (words in
``data/industry_topics.toml``).

* A tree or bush crop's stand planted, renovated or counted (新造油茶林3万亩, 推进低产油茶林改造, 加强茶园管理): the
  crop is the farm trade, as a crop counted by its area is.
* A sector X业 whose development or output a verb lays out (优化渔业生产布局, 落实邮政业发展方针, 提升邮政业服务能力),
  and a two-character farm sector grown up to the clause end (推进渔业高质量发展。): the sector.
* A crop's or livestock's extension service (组建油茶技术服务团队, 培养油茶技术专家): the farm trade it works for.
* A list holding a step of handling produce after harvest (推进农副产品分级、包装、追溯标准化): no trades.
* Insurance a household holds (发展补充医疗保险和商业健康保险): a product of social protection, no trade.
* A service trade named bare before the topic a measure works on (加强假日旅游安全工作, 创建旅游景区): the trade.

Positions are on ``match`` (Simplified, ASCII punctuation).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from policykg.loaders.extract.textscan import last_of
from policykg.loaders.extract.wordfiles import word_alternation

__all__ = [
    "crop_skill_at",
    "crop_skills",
    "crop_stands",
    "handling_list_item",
    "insurance_scheme",
    "sector_objects",
    "topic_kin_named",
    "topic_trades",
]

_CJK = "\u4e00-\u9fff"


@dataclass(frozen=True)
class _Rules:
    stand: re.Pattern[str]  # (?P<crop>油茶)林改造 or 新造高产(?P<crop2>油茶)林
    stand_hint: re.Pattern[str]  # a stand word at all: most clauses have none
    sector: re.Pattern[str]  # 优化(?P<s>渔业)生产布局
    farm_grown: re.Pattern[str]  # 推进(?P<s>渔业)高质量发展。
    farm_sector: re.Pattern[str]  # 渔业 as a whole word
    opener: re.Pattern[str]  # 转变|农业: a verb of change read into the name
    insurance: re.Pattern[str]  # 商业健康保险$
    step_end: re.Pattern[str]  # 分级$: a list item that is a handling step
    topic: re.Pattern[str]  # 加强假日(?P<s>旅游)安全工作
    kin: tuple[str, ...]  # 旅: a trade of the same kind named otherwise (文旅, 乡村旅游)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    alt = word_alternation("industry_topics.toml", "topic words")
    crops, stands = alt("stand_crops"), alt("stands")
    grades, verbs = alt("stand_grades"), alt("sector_verbs")
    sectors = alt("sector_objects")
    return _Rules(
        stand=re.compile(
            rf"(?:{alt('stand_verbs')})(?:{grades})?(?P<crop2>{crops})(?:{stands})"
            rf"|(?P<crop>{crops})(?:{stands})(?={alt('stand_works')}|\d)"
        ),
        stand_hint=re.compile(rf"(?:{crops})(?:{stands})"),
        sector=re.compile(
            rf"(?:{verbs})(?P<s>[{_CJK}]{{2,7}}?业|{sectors})(?=(?:{alt('sector_links')})(?:{alt('sector_aims')}))"
        ),
        farm_grown=re.compile(rf"(?:{verbs})(?P<s>{sectors})(?=(?:{alt('sector_growth')})[,;。!?\n])"),
        farm_sector=re.compile(rf"(?:{sectors})\Z"),
        opener=re.compile(alt("sector_openers")),
        step_end=re.compile(rf"(?:{alt('handling_steps')})\Z"),
        insurance=re.compile(rf"^(?:{alt('insurance_schemes')}).*(?:{alt('insurance_ends')})$"),
        topic=re.compile(
            rf"(?P<s>(?:{alt('topic_qualifiers')})?(?:{alt('topic_trades')}))"
            rf"(?=(?:{alt('topic_nouns')})(?!{alt('topic_body_ends')}))"
        ),
        kin=tuple(alt("topic_kin").split("|")),
    )


def crop_stands(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The crops whose stands a clause plants, renovates or counts (新造|油茶|林, 茶|园管理): each crop's span."""
    r = _rules()
    if not r.stand_hint.search(match, lo, hi):
        return []
    out: list[tuple[int, int]] = []
    for m in r.stand.finditer(match, lo, hi):
        group = "crop" if m.group("crop") else "crop2"
        a, b = m.span(group)
        if group == "crop" and a > lo and match[a - 1] in "油":
            continue  # 油|茶园: 茶 cut from 油茶, whose own stand the other branch reads
        out.append((a, b))
    return out


@lru_cache(maxsize=2)
def _skill_rx(produce: tuple[str, ...]) -> re.Pattern[str]:
    alt = word_alternation("industry_topics.toml", "topic words")
    farmed = "|".join(re.escape(w) for w in sorted(produce, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:{alt('stand_crops')}|{farmed})(?=技术(?:{alt('crop_skills')}))")


def crop_skills(match: str, lo: int, hi: int, produce: tuple[str, ...]) -> list[tuple[int, int]]:
    """Crops or livestock of ``produce`` whose extension service a clause sets up (组建|油茶|技术服务团队): each span."""
    if match.find("技术", lo, hi) < 0:
        return []
    return [m.span() for m in _skill_rx(produce).finditer(match, lo, hi)]


def crop_skill_at(match: str, a: int, b: int, produce: tuple[str, ...]) -> bool:
    """``match[a:b]`` is a crop before its extension service (油茶|技术专家): the trade, no technique."""
    m = _skill_rx(produce).match(match, a)
    return m is not None and m.end() == b


def sector_objects(
    match: str, lo: int, hi: int, is_sector: Callable[[str], bool], is_generic: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Sectors whose development a verb lays out (优化|渔业|生产布局, 落实|邮政业|发展方针) or a farm sector grown up to
    the clause end (推进|渔业|高质量发展。): each sector's span; the X业 must be written as a sector and not be a
    generic word (提升|服务业|发展水平 names every trade)."""
    r = _rules()
    if match.find("业", lo, hi) < 0:
        return []
    out: list[tuple[int, int]] = []
    for rx in (r.sector, r.farm_grown):
        for m in rx.finditer(match, lo, hi):
            name = m.group("s")
            if r.opener.match(name):
                continue  # 推进|转变农业|发展方式: a verb of change, no part of a sector's name
            if (r.farm_sector.match(name) or is_sector(name)) and not is_generic(name):
                out.append(m.span("s"))
    return out


def topic_trades(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A service trade named bare before the topic a measure works on (加强假日|旅游|安全工作, 建设冰雪旅游|目的地): each
    trade's span; not after 和/与 (文化和旅游消费) nor inside a body's name (旅游发展委员会)."""
    out: list[tuple[int, int]] = []
    for m in _rules().topic.finditer(match, lo, hi):
        a = m.start("s")
        if a > 0 and match[a - 1] in _PAIR_JOINS:
            continue  # 文化和旅游|消费: a pair named as a whole
        out.append((a, m.end("s")))
    return out


_PAIR_JOINS = "和与"


def topic_kin_named(
    found: list[tuple[int, int, str]], topics: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """``found`` (start, end, key) without the trades read from their topic (``topics``) where the measure names a
    trade of their kind otherwise (文旅, 乡村旅游, 冰雪文化旅游: the annotators record that one alone)."""
    kin = _rules().kin
    spans = set(topics)
    named = [key for a, b, key in found if (a, b) not in spans and any(k in key for k in kin)]
    return [f for f in found if (f[0], f[1]) not in spans or not named]


def insurance_scheme(name: str) -> bool:
    """``name`` is insurance a household or worker holds (商业健康保险, 补充医疗保险), no trade."""
    return _rules().insurance.match(name) is not None


_CLAUSE_BREAK = re.compile(r"[,;。:!?\n]")
_AFTER_CLAUSE_BREAK = last_of(",;。:!?\n")
_ITEM_SEP = re.compile("[、和及与]")
_CLAUSE_SCAN = 60  # how far either way a clause's ends are looked for


def handling_list_item(match: str, a: int, b: int) -> bool:
    """``match[a:b]`` is an item of a list holding a step of handling produce (农副产品分级、|包装|、追溯标准化): the
    handling of produce, no trade."""
    if not ((a > 0 and match[a - 1] == "、") or match.startswith("、", b)):
        return False
    lo = max(0, a - _CLAUSE_SCAN)
    last = _AFTER_CLAUSE_BREAK.match(match, lo, a)
    start = last.end() if last else lo
    stop = _CLAUSE_BREAK.search(match, b, b + _CLAUSE_SCAN)
    end = stop.start() if stop else min(len(match), b + _CLAUSE_SCAN)
    step_end = _rules().step_end
    return any(step_end.search(piece) for piece in _ITEM_SEP.split(match[start:end]))
