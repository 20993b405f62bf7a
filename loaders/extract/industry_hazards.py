"""The sectors a work-safety plan supervises, named as industries (words in ``data/industry_hazards.toml``).

A hazard sector (煤矿, 危险化学品, 烟花爆竹, 道路运输 …) is an industry where the text names it as a sector: before
its trade or field (危险化学品和烟花爆竹领域), as an item of a list closed so (非煤矿山、民爆器材经销、工业企业等行业;
道路交通、煤矿、危险化学品安全三项攻坚行动), or heading a line as the subject of its safety work ((一)煤矿安全督查组).
Alone inside a sentence it names a campaign (指导煤矿安全专项整治, 覆盖工贸重点行业领域: heldout56 cx03/cx04's gold
records no trade). Never inside a body named after the sector's safety (危险化学品安全生产专业委员会). Positions are on ``match``
(Simplified, ASCII punctuation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from policykg.loaders.extract.wordfiles import word_alternation

__all__ = ["hazard_sectors"]

_CJK = "\u4e00-\u9fff"
_LIST_ITEMS = 8  # at most this many other items between a sector and the list's closing head


@dataclass(frozen=True)
class _Rules:
    sector: re.Pattern[str]  # a sector, then (a lookahead) its list's other items and the closing head
    bodies: re.Pattern[str]  # 安全生产专业委员会: a body named after a sector's safety
    policed: re.Pattern[str]  # 行业的安全监管 / 安全检查: the fields' safety policed (round 18: no trades)
    grouping: frozenset[str]  # 工贸: a grouping of sectors, a trade only as a list's item
    chain: re.Pattern[str]  # 烟花爆竹生产、销售的 / 烟花爆竹经营的: a sector then its trade's activities


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    alt = word_alternation("industry_hazards.toml", "hazard sector words")
    sector = rf"(?:{alt('sectors')})(?:{alt('activities')})?"
    chain = alt("trade_chain")
    item = rf"[、和及与](?:(?!等)[{_CJK}]){{1,8}}?"  # 等 closes the list: never inside an item
    return _Rules(
        sector=re.compile(rf"{sector}(?=(?:{item}){{0,{_LIST_ITEMS}}}?等?(?:重点)?(?P<head>{alt('heads')}))"),
        bodies=re.compile(rf"(?:{alt('bodies')})"),
        policed=re.compile(rf"(?:的?安全)?(?:生产)?(?:{alt('policing')})|等"),
        grouping=frozenset(alt("groupings").split("|")),
        chain=re.compile(
            rf"(?:{alt('sectors')})(?=(?:{chain})(?:[、和及与](?:{chain}))+|(?:{chain})的|的(?:{chain})[、和及与](?:{chain}))"
        ),
    )


def hazard_sectors(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The hazard sectors ``match[lo:hi]`` names as sectors: each one's span."""
    r = _rules()
    out = [m.span() for m in r.chain.finditer(match, lo, hi)]  # 烟花爆竹生产、销售的监管: the trade itself
    for m in r.sector.finditer(match, lo, hi):
        a, b = m.span()
        head, head_end = m.start("head"), m.end("head")
        if r.bodies.match(match, b) or r.bodies.match(match, head):
            continue  # 危险化学品|安全生产专业委员会, 煤矿和非煤矿山|安全专业委员会: a body's name
        if r.policed.match(match, head_end):
            continue  # 煤矿、烟花爆竹等行业|安全检查, 煤矿安全|等工作: safety policed or one task among others
        alone = match.startswith(_TRADE_HEAD, head) and match[a:b] not in r.grouping
        if _listed(match, a, b) or _heads_item(match, a) or alone:
            # alone, a sector before 安全 names a campaign (煤矿安全专项整治) unless it heads an item; before its
            # trade it is the trade (推动危险化学品行业转型升级)
            out.append((a, b))
    return sorted(set(out))


_JOINS = "、和及与"
_TRADE_HEAD = "行业"
# 普及, 危及, 涉及, 参与 …: words 及 or 与 closes, no join of a list
_NOT_JOINS = ("普及", "危及", "涉及", "波及", "顾及", "惠及", "触及", "遍及", "企及", "参与", "给与", "赋与")
# (一)煤矿安全督查组 / 1、煤矿安全专项整治: an item's ordinal before the sector, at a line's start
_ORDINAL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}[、.])[ \t]*$"
)
_ORDINAL_REACH = 12


def _listed(match: str, a: int, b: int) -> bool:
    """The sector at ``match[a:b]`` stands in a list: a join before it (not an ordinal's 、, not 普及) or after it."""
    before = (
        a > 0
        and match[a - 1] in _JOINS
        and not match.endswith(_NOT_JOINS, 0, a)
        and not _heads_item(match, a)
    )
    return before or (b < len(match) and match[b] in _JOINS)


def _heads_item(match: str, a: int) -> bool:
    """The sector at ``a`` opens an item, right after its ordinal."""
    return _ORDINAL_BEFORE.search(match, max(0, a - _ORDINAL_REACH), a) is not None
