"""Vehicles named as what a charging or parking facility serves (words in ``data/industry_served_goods.toml``).

In a sentence on the facilities that charge or park them (公共服务领域电动汽车,…优先结合停车场站配建充电设施; 规划建设
电动汽车专用停车位和充电设施), 电动汽车 names the goods served, no trade developed; a sentence naming the trade as such
(发展新能源汽车产业, 建设充电桩) keeps it. Positions are on ``match`` (Simplified, ASCII punctuation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from policykg.loaders.extract.wordfiles import word_alternation

__all__ = ["served_vehicle"]

_SENTENCE_STOPS = re.compile(r"[。;!?\n]")
_SENTENCE_SCAN = 200  # how far either way a sentence's ends are looked for


@dataclass(frozen=True)
class _Words:
    vehicle: re.Pattern[str]  # a vehicle word closing the industry's words
    facility: re.Pattern[str]
    trade: re.Pattern[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    alt = word_alternation("industry_served_goods.toml", "served goods words")

    return _Words(
        vehicle=re.compile(r"(?:" + alt("vehicles") + r")\Z"),
        facility=re.compile(alt("facilities")),
        trade=re.compile(alt("trade_words")),
    )


def served_vehicle(match: str, a: int, b: int) -> bool:
    """``match[a:b]``, an industry, is a vehicle in a sentence on the facilities that serve it (no trade named)."""
    w = _words()
    if not w.vehicle.search(match, a, b):
        return False
    lo = max(0, a - _SENTENCE_SCAN)
    starts = [m.end() for m in _SENTENCE_STOPS.finditer(match, lo, a)]
    start = starts[-1] if starts else lo
    stop = _SENTENCE_STOPS.search(match, b, b + _SENTENCE_SCAN)
    end = stop.start() if stop else min(len(match), b + _SENTENCE_SCAN)
    return w.facility.search(match, start, end) is not None and w.trade.search(match, start, end) is None
