"""Contexts that make or unmake an industry mention (``data/industry_contexts.toml``): a name inside the list of
bodies after a responsibility label, an item of a list closed by the scenes or the equipment it serves, and a list
closed by 业态 alone, whose every item is a trade."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from policykg.errors import ExtractError
from policykg.loaders.extract.divisions import load_divisions

_CJK = "\u4e00-\u9fff"
# what ends the list a responsibility label opens: the end of a clause, a bracket or a line (not , or 、,
# which separate its bodies)
_LABEL_END = re.compile(r"[。;!?)）〕】\]\n]")
_LABEL_WINDOW = 80
_ITEM_SEPS = "、等和及与"
# a body's name before the trade word inside it (延安市|大数据运营公司) is short and holds no 的
_PIECE_MAX = 8


@dataclass(frozen=True)
class Contexts:
    label_rx: re.Pattern[str]  # a responsibility label ending at a colon: 责任单位:, 牵头部门:
    use_rx: re.Pattern[str]  # from after a list item to its closing 等…场景 / 等领域设备
    bare_head: str
    bare_item_max: int  # the longest item of such a list, in characters
    body_ends: tuple[str, ...]  # 单位: a body word ending a name read
    body_after: tuple[str, ...]  # 行业协会: a body word right after it
    new_forms: frozenset[str]  # 新模式: a head closing a list only unqualified


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _data() -> dict[str, Any]:
    ref = resources.files("policykg.loaders").joinpath("data/industry_contexts.toml")
    try:
        return tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the industry contexts ({exc})") from exc


@lru_cache(maxsize=1)
def load_contexts() -> Contexts:
    data = _data()
    labels, uses = data["unit_labels"], data["use_lists"]
    label_rx = re.compile(rf"(?:{_alt(labels['roles'])})(?:{_alt(labels['bodies'])})\s*[:：]")
    use_rx = re.compile(
        rf"[^,;。:!?\n]{{0,40}}?等(?:[{_CJK}]{{0,4}}?(?:{_alt(uses['scenes'])})"
        rf"|(?:重点)?领域(?:{_alt(uses['field_things'])}))"
    )
    bodies = data["trade_bodies"]
    return Contexts(
        label_rx,
        use_rx,
        data["bare_formats"]["head"],
        int(data["bare_formats"]["item_max"]),
        tuple(bodies["ends"]),
        tuple(sorted(bodies["after"], key=len, reverse=True)),
        frozenset(data["new_forms"]["heads"]),
    )


def in_unit_label(match: str, a: int) -> bool:
    """The name at ``a`` lies in the list of bodies a responsibility label opens (〔责任单位:市数据局,延安市|大数据|
    运营公司〕): part of a body's name, not a trade."""
    lo = max(0, a - _LABEL_WINDOW)
    k = max(match.rfind(":", lo, a), match.rfind("：", lo, a))
    if k < 0 or _LABEL_END.search(match, k, a):
        return False
    cut = max(match.rfind(c, k, a) for c in ",，、")
    piece = match[max(k, cut) + 1 : a]
    if "的" in piece or len(piece) > _PIECE_MAX:
        return False  # [责任单位:市农委,将符合条件的|肉牛…: a damaged label's clause runs on into the measure
    start = max(lo, k - 8)
    return any(m.end() == k + 1 for m in load_contexts().label_rx.finditer(match, start, k + 1))


def use_list_item(match: str, b: int) -> bool:
    """The name ending at ``b`` is an item of a list closed by the scenes it serves (满足智能制造、低空经济等场景) or
    by the equipment of fields (工业、农业、医疗等领域设备投资规模): where something is used, not a trade."""
    if b >= len(match) or match[b] not in _ITEM_SEPS:
        return False
    m = load_contexts().use_rx.match(match, b)
    return m is not None and "的" not in match[b : m.end()]


def bare_formats(head: str, mod: str, items: list[tuple[int, int]]) -> bool:
    """A list closed by 业态 alone, no qualifier, of short names (餐饮、文博、音乐、体育、民俗等业态): every item is a
    trade; longer runs are activities (赏花采摘、休闲度假…等业态), read as before."""
    c = load_contexts()
    return not mod and head == c.bare_head and all(b - a <= c.bare_item_max for a, b in items)


def trade_body(match: str, a: int, b: int) -> bool:
    """``match[a:b]`` is a trade word inside a kind of body's name (限上商贸|单位, 区内各商贸|行业协会): the units or
    the association, not a trade."""
    c = load_contexts()
    return match.endswith(c.body_ends, a, b) or match.startswith(c.body_after, b)


def place_sector(match: str, a: int, b: int, generic: Collection[str]) -> bool:
    """``match[a:b]`` is a place's name alone before a generic sector word (武汉|服务业): that place's sector, no
    trade."""
    k = next((k for k in range(a + 2, b - 1) if match[k:b] in generic), -1)
    return k > 0 and load_divisions().prefix_candidates(match[a:k])[0] == k - a


def qualified_new_forms(head: str, mod: str) -> bool:
    """A list closed by new forms of one trade's working (社区餐饮、健康餐饮等经营|新模式): no list of trades."""
    return bool(mod) and head in load_contexts().new_forms
