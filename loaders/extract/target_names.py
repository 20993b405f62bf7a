"""Figures that name things rather than commit to them (words in ``data/target_names.toml``).

* A count of designations already held, subject of its clause (全市6个"产粮大县"全面推行…): the clause says what
  the existing places do; 新增/创建 before the count (or a comparator) would make it a goal, and a clause scope
  (全市, 我省) is all that may stand before it.
* The capacity inside a single project's name (加快建设南充格润40兆瓦天然气分布式能源项目, 建设年产30万吨绿色甲醇
  项目): a proper name or a rate of output (年产) right before the figure, a project noun closing the words after
  it; 等…项目 summing a list (…等30.6万千瓦风电项目) and a verb right before the figure (新建30万千瓦) stay amounts.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from policykg.errors import ExtractError

__all__ = ["counts_held_designations", "names_project_capacity"]

_CLAUSE_STOPS = ",;。:!?\n"
_NAME_BACK = 12  # how far back a project's proper name is read before its capacity
_NAME_AFTER = 16  # how many words a project's name runs after its capacity


@dataclass(frozen=True)
class _Words:
    held_count: re.Pattern[str]  # "designation" and what the held things do, right after the count
    scope: re.Pattern[str]  # the clause's opening up to the count: a scope word only
    capacity_units: frozenset[str]
    rate_before: re.Pattern[str]  # 年产 ending right before the figure
    name_before: re.Pattern[str]  # a proper name: a few Han characters, matched whole
    name_stops: re.Pattern[str]
    project_after: re.Pattern[str]  # the project's words, closed by its noun, no list or clause break


@lru_cache(maxsize=1)
def _words() -> _Words:
    ref = resources.files("policykg.loaders").joinpath("data/target_names.toml")
    try:
        data = tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the target name words ({exc})") from exc

    def words(name: str) -> list[str]:
        table = data.get(name, {})
        if not table.get("source") or not table.get("words"):
            raise ExtractError(f"{ref}: [{name}] needs words and a source")
        return sorted(table["words"], key=lambda w: (-len(w), w))

    def alt(name: str) -> str:
        return "|".join(re.escape(w) for w in words(name))

    return _Words(
        held_count=re.compile(r'\s*"[^"\n,;。]{2,14}"\s*(?:' + alt("designation_acts") + ")"),
        scope=re.compile(r"\s*(?:" + alt("designation_scope") + r")?\s*\Z"),
        capacity_units=frozenset(words("capacity_units")),
        rate_before=re.compile("(?:" + alt("capacity_rates") + r")\s*\Z"),
        name_before=re.compile(r"[\u4e00-\u9fff]{2,8}"),
        name_stops=re.compile(alt("name_stops")),
        project_after=re.compile(r"(?:(?!等)[\u4e00-\u9fffA-Za-z()]){0,16}?(?:" + alt("project_nouns") + ")"),
    )


def _clause_start(match: str, pos: int, back: int) -> int:
    lo = max(0, pos - back)
    cut = max(match.rfind(ch, lo, pos) for ch in _CLAUSE_STOPS)
    return lo if cut < 0 else cut + 1


def counts_held_designations(match: str, num_start: int, end: int, bound: bool) -> bool:
    """6个"产粮大县"全面推行…: the designations a place holds, counted as the subject of what they do."""
    if bound:
        return False
    w = _words()
    if not w.held_count.match(match, end):
        return False
    return w.scope.match(match[_clause_start(match, num_start, 12) : num_start]) is not None


def names_project_capacity(
    match: str, num_start: int, end: int, unit: str, builds: re.Pattern[str], amount_verb: re.Pattern[str]
) -> bool:
    """南充格润40兆瓦天然气分布式能源项目, 年产30万吨绿色甲醇项目: the capacity that names one project."""
    w = _words()
    if unit not in w.capacity_units or not w.project_after.match(match, end):
        return False
    if w.rate_before.search(match, max(0, num_start - 5), num_start):
        return True
    start = _clause_start(match, num_start, _NAME_BACK)
    before = match[start:num_start]
    if amount_verb.search(before) or "、" in before:
        return False
    verbs = list(builds.finditer(before))
    name = before[verbs[-1].end() :] if verbs else before
    return bool(w.name_before.fullmatch(name)) and not w.name_stops.search(name)
