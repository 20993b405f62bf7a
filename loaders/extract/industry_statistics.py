"""Industries named as what statistics cover (words in ``data/industry_statistics.toml``).

* A statistics item closed by what it measures right after the industry (水果生产情况; 农林牧渔业总产值; 限额以上批发
  零售贸易餐饮企业(单位)统计等): the industry is the subject of a reported figure, no trade developed.
* A reporting size class right before the industry, in a sentence about statistics work (限额以上贸易企业要明确分管
  统计工作的领导): the firms that report, no trade developed.

Positions are on ``match`` (Simplified, ASCII punctuation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from policykg.loaders.extract.wordfiles import word_alternation

__all__ = ["statistics_coverage"]

_ITEM_AFTER = 20  # how far after the industry its statistics item may close
_SENTENCE_STOPS = re.compile(r"[。;!?\n]")
_SENTENCE_SCAN = 120  # how far either way the sentence's ends are looked for


@dataclass(frozen=True)
class _Words:
    item_end: re.Pattern[str]  # the rest of the item up to what it measures, closing it
    threshold: re.Pattern[str]  # a reporting size class ending right before the industry
    cue: re.Pattern[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    alt = word_alternation("industry_statistics.toml", "statistics words")

    return _Words(
        item_end=re.compile(
            r"[^,;。:!?\n]{0," + str(_ITEM_AFTER) + r"}?(?:" + alt("statistic_objects") + r")"
            r"\s*(?:" + alt("statistic_objects", "closers") + r")?\s*(?:[;。\n]|\Z)"
        ),
        threshold=re.compile(r"(?:" + alt("statistic_thresholds") + r")\s*\Z"),
        cue=re.compile(alt("statistic_cues")),
    )


def statistics_coverage(match: str, a: int, b: int) -> bool:
    """``match[a:b]``, an industry, is what a statistics item measures or the trade of a reporting size class."""
    w = _words()
    if w.item_end.match(match, b):
        return True  # 水果|生产情况;, 农林牧渔业|总产值;: a statistics item
    if not w.threshold.search(match, max(0, a - 6), a):
        return False
    lo = max(0, a - _SENTENCE_SCAN)
    starts = [m.end() for m in _SENTENCE_STOPS.finditer(match, lo, a)]
    stop = _SENTENCE_STOPS.search(match, b, b + _SENTENCE_SCAN)
    end = stop.start() if stop else min(len(match), b + _SENTENCE_SCAN)
    return w.cue.search(match, starts[-1] if starts else lo, end) is not None  # 限额以上|贸易企业…统计工作
