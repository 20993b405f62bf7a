"""Industries named as the kinds of firm or institution a measure concerns, and round 24's boundaries of trades
(``data/industry_grammar.toml`` [finance_kinds], [engaged_trades], [researched_trades], [resource_lists],
[framed_classes], [class_members], [programme_lists]).

* **Finance kinds**: ``A公司、B公司、C等<qualifier>机构`` where every item holds a finance word (消费金融公司、
  汽车金融公司等非银行金融机构; 责任保险、再保险等专业保险机构): each item without its form word (公司) is a finance
  sub-sector.
* **Engaged trades**: ``从事A、B及C(类)的企业``: the trades a class of firm is engaged in, every item one, split on
  、 and the joiners, 其他 dropped before the last one (其他服务业 → 服务业).
* **Researched trades**: ``支持X研发``: candidates the caller keeps when X ends like a trade (医疗器械, 新药).
* **Framed classes**: ``以A、B为重点的X`` (先进有色金属材料), **class members**: ``X业,重点是A、B`` / ``X业(A、B)``,
  **programme lists**: ``实施A振兴计划、B深蓝行动``: spans the caller checks against the grammar (industry_grammar).
* :func:`other_start` (A及|其他|服务业: the rest of a class) and :func:`resources_closed` (以自然、历史文化等旅游资源为
  基础: resources drawn on, no trades) are boundaries the callers read.

All give spans on ``match`` (Simplified, ASCII punctuation), merged by the caller with the other mentions.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from policykg.errors import ExtractError

__all__ = [
    "FirmKinds",
    "engaged_trades",
    "finance_kinds",
    "load_firm_kinds",
    "other_start",
    "programme_items",
    "researched",
    "resources_closed",
]

_CJK = r"\u4e00-\u9fff"
_RUBY = r"(?:\([a-z\u00e0-\u01dc]{1,7}\))?"  # a mirror page's pinyin after a character: 醫(yī)療


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class FirmKinds:
    finance_words: tuple[str, ...]
    finance_rx: re.Pattern[str]  # a list closed by 等<qualifier>机构, items in group "items"
    forms: tuple[str, ...]
    opener_rx: re.Pattern[str]
    min_len: int
    engaged_rx: re.Pattern[str]  # 从事<items><closer>, items in group "items"
    joiner_rx: re.Pattern[str]
    others: tuple[str, ...]
    not_trades: frozenset[str]
    verbs: tuple[str, ...]
    max_item: int
    activities: tuple[str, ...]  # 生产, 经营 after a trade (从事农业|生产的企业): no part of its name
    joiner_chars: str  # the one-character joiners (、及和与), read before 其他
    resource_rx: re.Pattern[str]  # 等 and a noun of endowment (等旅游资源)
    research_rx: re.Pattern[str]  # 支持<name>研发, the name in group "name"


@lru_cache(maxsize=1)
def _grammar_file() -> dict[str, Any]:
    """``data/industry_grammar.toml`` read once; an unreadable file is an :class:`ExtractError` naming it."""
    ref = resources.files("policykg.loaders").joinpath("data/industry_grammar.toml")
    try:
        return tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the industry grammar ({exc})") from exc


def _grammar_table(name: str) -> dict[str, Any]:
    table = _grammar_file()[name]
    if not table.get("source"):
        raise ExtractError(f"data/industry_grammar.toml: [{name}] needs a source")
    return dict(table)


@lru_cache(maxsize=1)
def load_firm_kinds() -> FirmKinds:
    """The tables read once (see the module docstring)."""
    data = _grammar_file()
    fin, eng = data["finance_kinds"], data["engaged_trades"]
    item = rf"[{_CJK}]{{2,12}}"
    n = int(eng["max_item"])
    return FirmKinds(
        finance_words=tuple(fin["words"]),
        finance_rx=re.compile(rf"(?P<items>{item}(?:、{item})+)等[{_CJK}]{{0,8}}?(?:{_alt(fin['heads'])})"),
        forms=tuple(fin["forms"]),
        opener_rx=re.compile(_alt(fin["openers"])),
        min_len=int(fin["min_len"]),
        engaged_rx=re.compile(
            rf"(?:{_alt(eng['verbs'])})(?P<items>[{_CJK}、 ]{{2,{4 * n}}}?)(?:{_alt(eng['closers'])})"
        ),
        joiner_rx=re.compile(_alt(eng["joiners"])),
        others=tuple(eng["others"]),
        not_trades=frozenset(eng["not_trades"]),
        verbs=tuple(eng["verbs"]),
        max_item=n,
        activities=tuple(sorted(eng.get("activities", []), key=len, reverse=True)),
        joiner_chars="".join(j for j in eng["joiners"] if len(j) == 1),
        resource_rx=re.compile(
            rf"等[{_CJK}]{{0,{int(data['resource_lists']['max_qualifier'])}}}?"
            rf"(?:{_alt(data['resource_lists']['nouns'])})"
        ),
        research_rx=re.compile(
            rf"(?:{_alt(data['researched_trades']['verbs'])})"
            rf"(?P<name>(?:[{_CJK}]{_RUBY}){{2,{int(data['researched_trades']['max_name'])}}}?)"
            rf"(?:{'|'.join(_RUBY.join(n) for n in data['researched_trades']['nouns'])})"
        ),
    )


def _finance_item(k: FirmKinds, match: str, a: int, b: int, first: bool) -> tuple[int, int] | None:
    """The trade's span of one item: after an opener glued to the first item, without a form word at its end."""
    if first:
        for o in k.opener_rx.finditer(match, a, b):
            a = o.end()
    for form in k.forms:
        if match.endswith(form, a, b):
            b -= len(form)
            break
    name = match[a:b]
    if b - a < k.min_len or not any(w in name for w in k.finance_words):
        return None
    return a, b


def finance_kinds(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Label spans of the finance sub-sectors listed as kinds of institution in ``match[lo:hi]``."""
    k = load_firm_kinds()
    out: list[tuple[int, int]] = []
    if match.find("等", lo, hi) < 0:
        return out
    for m in k.finance_rx.finditer(match, lo, hi):
        a0, pieces = m.start("items"), m.group("items").split("、")
        spans, pos = [], a0
        for i, p in enumerate(pieces):
            spans.append(_finance_item(k, match, pos, pos + len(p), i == 0))
            pos += len(p) + 1
        rest = spans[1:]
        if all(
            s is not None for s in rest
        ):  # one item that is no finance kind: the list is of something else
            out += [s for s in spans if s is not None]
    return out


def _engaged_items(k: FirmKinds, match: str, a: int, b: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = a
    for j in [*k.joiner_rx.finditer(match, a, b), None]:
        end = j.start() if j else b
        s = pos
        while s < end and match[s] == " ":
            s += 1
        for o in k.others:
            if match.startswith(o, s, end):
                s += len(o)
        for act in k.activities:
            if end - s - len(act) >= 2 and match.endswith(act, s, end):
                end -= len(act)
                break
        if end - s >= 2:
            out.append((s, end))
        pos = j.end() if j else b
    return out


def engaged_trades(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Label spans of the trades a class of firm is engaged in (从事A、B类的企业) in ``match[lo:hi]``."""
    k = load_firm_kinds()
    out: list[tuple[int, int]] = []
    if not any(match.find(v, lo, hi) >= 0 for v in k.verbs):
        return out
    for m in k.engaged_rx.finditer(match, lo, hi):
        items = _engaged_items(k, match, m.start("items"), m.end("items"))
        names = [match[a:b].replace(" ", "") for a, b in items]
        if names and all(len(x) <= k.max_item and x not in k.not_trades for x in names):
            out += items
    return out


def other_start(match: str, a: int, b: int) -> int:
    """Where a name starting with 其他 right after a joiner really starts (城市基础设施及|其他|服务业: "and the other
    service trades", not the class 其他服务业); ``a`` when it does not."""
    k = load_firm_kinds()
    if a == 0 or match[a - 1] not in k.joiner_chars:
        return a
    for o in k.others:
        if match.startswith(o, a) and b - a - len(o) >= 2:
            return a + len(o)
    return a


def resources_closed(match: str, etc: int, end: int) -> bool:
    """The 等 at ``etc`` closes a list with a noun of endowment before ``end`` (…等旅游资源为基础): the items
    are resources drawn on, not trades."""
    return load_firm_kinds().resource_rx.match(match, etc, end) is not None


def researched(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the objects of 支持…研发 in ``match[lo:hi]``: candidates the caller keeps when they end like a
    trade (医疗器械, 新药), not a firm or a technique."""
    k = load_firm_kinds()
    return [m.span("name") for m in k.research_rx.finditer(match, lo, hi)]


@lru_cache(maxsize=4)
def _framed_rx(frames: tuple[str, ...]) -> re.Pattern[str]:
    t = _grammar_table("framed_classes")
    item = rf"[{_CJK}]{{2,{int(t['max_item'])}}}"
    return re.compile(
        rf"以(?P<items>{item}(?:、{item})+)为(?:{_alt(list(frames))})的"
        rf"(?P<cls>[{_CJK}]{{2,{int(t['max_class'])}}})(?=[;。,\n]|$)"
    )


def framed_classes(
    match: str, lo: int, hi: int, frames: tuple[str, ...]
) -> list[tuple[list[tuple[int, int]], tuple[int, int]]]:
    """Each ``以A、B、C为重点的X`` in ``match[lo:hi]``: the items' spans (其他… left out) and the class X's span."""
    k = load_firm_kinds()
    out: list[tuple[list[tuple[int, int]], tuple[int, int]]] = []
    if not frames or match.find("以", lo, hi) < 0:
        return out
    for m in _framed_rx(frames).finditer(match, lo, hi):
        items, pos = [], m.start("items")
        for piece in m.group("items").split("、"):
            if not piece.startswith(k.others):
                items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        out.append((items, m.span("cls")))
    return out


@lru_cache(maxsize=1)
def _class_rx() -> re.Pattern[str]:
    t = _grammar_table("class_members")
    item = rf"[{_CJK}]{{2,{int(t['max_item'])}}}"
    return re.compile(
        # 第三产业(包括交通、旅游、商贸等行业): an opener may stand inside the bracket too, no part of the first item
        rf"(?:{_alt(t['classes'])})(?:\((?:{_alt(t['openers'])})?(?P<br>{item}(?:、{item})+)\)"
        rf"|[,:]?(?:{_alt(t['openers'])}):?(?P<op>{item}(?:、{item})+)(?=[。;,)\n]|$))"
    )


def class_members(match: str, lo: int, hi: int) -> list[list[tuple[int, int]]]:
    """The item spans of each list of sub-sectors written after a class of trade in ``match[lo:hi]``."""
    out: list[list[tuple[int, int]]] = []
    for m in _class_rx().finditer(match, lo, hi):
        g = "br" if m.group("br") is not None else "op"
        items, pos = [], m.start(g)
        for piece in m.group(g).split("、"):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        out.append(items)
    return out


@lru_cache(maxsize=1)
def _programme_rx() -> tuple[re.Pattern[str], int, int]:
    t = _grammar_table("programme_lists")
    item = rf"[{_CJK}]{{4,{int(t['max_item'])}}}?(?:{_alt(t['programmes'])})"
    rx = re.compile(rf"(?:{_alt(t['verbs'])})(?P<items>{item}(?:、{item})+)(?=[,;。\n]|$)")
    return rx, int(t["min_gap"]), int(t["max_gap"])


def programme_items(match: str, lo: int, hi: int) -> list[list[tuple[int, int, int]]]:
    """Each list of programmes (实施A计划、B行动) in ``match[lo:hi]``: per item its start, its end before the
    programme word, and the least end of its trade (the gap words stand between)."""
    rx, lo_gap, hi_gap = _programme_rx()
    out: list[list[tuple[int, int, int]]] = []
    for m in rx.finditer(match, lo, hi):
        items, pos = [], m.start("items")
        for piece in m.group("items").split("、"):
            items.append((pos, pos + len(piece) - 2, max(pos + 2, pos + len(piece) - 2 - hi_gap)))
            pos += len(piece) + 1
        out.append([(a, b - lo_gap, least) for a, b, least in items])
    return out
