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
from functools import lru_cache

from policykg.loaders.extract.wordfiles import word_alternation

__all__ = ["hazard_sectors"]

_CJK = "\u4e00-\u9fff"
_LIST_ITEMS = 8  # at most this many other items between a sector and the list's closing head


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    alt = word_alternation("industry_hazards.toml", "hazard sector words")
    sector = rf"(?:{alt('sectors')})(?:{alt('activities')})?"
    item = rf"[、和及与](?:(?!等)[{_CJK}]){{1,8}}?"  # 等 closes the list: never inside an item
    rx = re.compile(rf"{sector}(?=(?:{item}){{0,{_LIST_ITEMS}}}?等?(?:重点)?(?:{alt('heads')}))")
    return rx, re.compile(rf"(?:{alt('bodies')})")


def hazard_sectors(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The hazard sectors ``match[lo:hi]`` names as sectors: each one's span."""
    rx, bodies = _rules()
    out: list[tuple[int, int]] = []
    for m in rx.finditer(match, lo, hi):
        a, b = m.span()
        if bodies.match(match, b):
            continue  # 危险化学品|安全生产专业委员会: a body's name
        listed = (a > 0 and match[a - 1] in _JOINS) or (b < len(match) and match[b] in _JOINS)
        if listed or a == 0 or match[a - 1] in _HEADING_BEFORE:
            out.append((a, b))  # alone, a sector names a campaign (煤矿安全专项整治) unless it heads a line
    return out


_JOINS = "、和及与"
_HEADING_BEFORE = "\n)"  # a line's start, or its ordinal's bracket ((一)煤矿安全督查组)
