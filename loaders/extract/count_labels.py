"""Figures that label a page, size a class, name a survey or measure a span (words in ``data/count_labels.toml``).

* A content site's headline count of the samples it gathers (範文(通用5篇), 方案精选3篇): the page's furniture.
* A population right before the group it sizes (8万人口以上的乡镇, 5万至8万人口的乡镇): a class threshold.
* A survey named by its sampling fraction (1%人口抽样调查): part of the survey's name.
* A span counted in 个 (至少经过一个周期试点, 分两个阶段实施): how long a thing takes, nothing delivered.

And two readings the general rules get wrong the other way: a meeting's count right after a convening verb
(每季度召开1次会议) is a frequency, not a session number; and 由往年的18℃提升至20℃ states its old level after a few
words, which is a baseline as 由18℃提升至20℃ is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from policykg.loaders.extract.wordfiles import word_alternation

__all__ = ["collection_headline", "convened_count", "labels_no_count", "old_level_before"]


@dataclass(frozen=True)
class _Words:
    collection: re.Pattern[str]  # a collection word, perhaps an open bracket, ending right before the count
    population: re.Pattern[str]  # 口, perhaps a band's bound (group 1), then 的: right after the figure's 人
    survey: re.Pattern[str]  # a survey's name right after the share
    span: re.Pattern[str]  # a span noun right after the count's 个
    convening: re.Pattern[str]  # a convening verb ending right before the count
    old_level: re.Pattern[str]  # 由/从, perhaps a few words of time, ending right before the old level
    headline: re.Pattern[str]  # a collection's count closing a line, or one sample's number (…方案 篇1)


@lru_cache(maxsize=1)
def _words() -> _Words:
    alt = word_alternation("count_labels.toml", "count label words")

    return _Words(
        collection=re.compile(r"(?:" + alt("collection_words") + r")\s*[((]?\s*\Z"),
        population=re.compile(
            r"(?:" + alt("population_classes") + r")\s*(" + alt("population_classes", "bounds") + r")?\s*的"
        ),
        survey=re.compile(r"\s*(?:" + alt("survey_names") + ")"),
        span=re.compile(r"(?:" + alt("span_nouns") + ")"),
        convening=re.compile(r"(?:" + alt("convening_verbs") + r")\s*\Z"),
        old_level=re.compile(r"[由从]\s*(?:(?:" + alt("old_level_words") + r")的?)?\s*\Z"),
        headline=re.compile(
            r"(?:(?:"
            + alt("collection_words")
            + r")\s*[((]?\s*\d{1,3}\s*篇\s*[))]?|\s篇\s*\d{1,3}|(?:"
            + alt("collection_words", "kinds")
            + r")\d{1,3}篇)\s*》?\s*\Z"
        ),
    )


_BACK = 8  # how far back the words before a figure are read


def labels_no_count(match: str, num_start: int, end: int, unit: str, ranged: bool) -> bool:
    """The figure ``match[num_start:end]`` (its unit included; ``ranged`` when it is a range) labels a page, sizes
    a class, names a survey or measures a span: no target."""
    w = _words()
    if unit == "篇" and w.collection.search(match, max(0, num_start - _BACK), num_start):
        return True  # 範文(通用5篇), 方案精选3篇: the samples a content page gathers
    band = w.population.match(match, end) if unit == "人" else None
    if band is not None and (ranged or band.group(1)):
        return True  # 8万人口以上的乡镇, 5万至8万人口的乡镇: a band of population defines a class (not 改善9万人口的饮水)
    if unit in ("%", "‰") and w.survey.match(match, end):
        return True  # 1%人口抽样调查: a survey named by its sampling fraction
    return unit == "个" and w.span.match(match, end) is not None  # 一个周期, 两个阶段: a span


def collection_headline(line: str) -> bool:
    """城市垃圾分类方案(通用3篇), 《…方案精选3篇》, 城市垃圾分类方案 篇1: a content site's headline of the samples it
    gathers, or one sample's number in it: no document's title."""
    return _words().headline.search(line) is not None


def convened_count(match: str, num_start: int) -> bool:
    """召开1次会议: a count of meetings right after the verb that convenes them (a frequency, no session number)."""
    return _words().convening.search(match, max(0, num_start - _BACK), num_start) is not None


def old_level_before(match: str, num_start: int) -> bool:
    """由往年的18℃ (提升至20℃): 由/从, perhaps a few words of time, right before the figure: the old level."""
    return _words().old_level.search(match, max(0, num_start - _BACK), num_start) is not None
