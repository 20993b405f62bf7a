"""Exclusions: the words a measure names only to leave them out (``data/industry_grammar.toml`` [exclusions]).

* A bracket opening with an excluding word: ``项目(除房地产开发类)``, ``(不含房地产项目)``.
* A bracket or clause closed by 除外: ``(单纯房地产开发、光伏发电项目除外)``, ``,房地产项目除外。``.
* A clause opened by 不含/不包括: ``不包括房地产企业``.
* ``除X(以|之)?外`` followed by a word for all the rest: ``除房地产外均可享受``.

:func:`excepted` reads the last form with a comma after 外 too (3号线除5处铺轨基地外,全面恢复交通): the figures of the
things excepted commit to nothing (the targets' rule).

No industry is read inside such a span. Spans are on ``match`` (Simplified, ASCII punctuation).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from typing import Any

from policykg.errors import ExtractError

__all__ = ["excepted", "exclusion_spans", "excluded"]

_CLAUSE = r"[^()\n,;。:!?]"


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """industry_grammar.toml's [exclusions] table, read once."""
    ref = resources.files("policykg.loaders").joinpath("data/industry_grammar.toml")
    try:
        data = tomllib.loads(ref.read_text(encoding="utf-8"))["exclusions"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"industry_grammar.toml [exclusions]: {exc}") from exc
    return dict(data)


@lru_cache(maxsize=1)
def _rx() -> re.Pattern[str]:
    data = _data()
    openers, closers, rest = _alt(data["openers"]), _alt(data["closers"]), _alt(data["all_rest"])
    clause_openers = _alt([w for w in data["openers"] if not w.startswith("除")])
    n = int(data["max_len"])
    verb = "(?<![" + "".join(data["verb_firsts"]) + "])"
    return re.compile(
        rf"\({verb}(?:{openers})(?P<a>[^()\n]{{1,{n}}})\)"  # (除房地产开发类), (不含房地产项目)
        rf"|\((?P<b>[^()\n]{{1,{n}}}){verb}(?:{closers})\)"  # (…房地产开发项目除外)
        rf"|(?P<c>{_CLAUSE}{{1,{n}}}?){verb}(?:{closers})(?=[)\n,;。:!?]|\Z)"  # ,房地产项目除外
        rf"|(?:{clause_openers})(?P<d>{_CLAUSE}{{1,{n}}})"  # 不包括房地产企业
        rf"|{verb}除了?(?P<e>{_CLAUSE}{{1,{n}}}?)[以之]?外,?(?:{rest})"  # 除房地产外均可
    )


@lru_cache(maxsize=1)
def _except_rx() -> re.Pattern[str]:
    data = _data()
    verb = "(?<![" + "".join(data["verb_firsts"]) + "])"
    return re.compile(rf"{verb}除了?{_CLAUSE}{{1,{int(data['max_len'])}}}?[以之]?外(?=,)")


def excepted(match: str, lo: int, pos: int) -> bool:
    """``pos`` lies in a ``除X外,`` clause opened in ``match[lo:pos]`` (3号线除|5处|铺轨基地外,): what is excepted."""
    k = match.rfind("除", lo, pos)
    if k < 0:
        return False
    m = _except_rx().match(match, k)
    return m is not None and pos < m.end()


_CUE = re.compile("除|不含|不包|不涉")  # a cheap first look: most spans hold no exclusion


def exclusion_spans(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``match[lo:hi]`` that name only what a measure leaves out, in text order."""
    if _CUE.search(match, lo, hi) is None:
        return []
    return [m.span(m.lastgroup or 0) for m in _rx().finditer(match, lo, hi)]


def excluded(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """``match[a:b]`` lies inside one of ``spans`` (from :func:`exclusion_spans`)."""
    i = bisect_right(spans, (a, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= a and b <= spans[i][1]
