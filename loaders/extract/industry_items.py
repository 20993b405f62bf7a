"""Industry systems a document announces by their count and then itemises: ``13項戰略產業如下：`` followed by the
numbered items ``一、半導體產業：…`` … ``十三、…``, each item's head before its colon naming one or two members
(``industry_grammar.toml`` [itemised]). The members join the document's matcher, so each item finds its trade."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from policykg.loaders.extract.industry_grammar import _grammar_data
from policykg.loaders.extract.numerals import cn_number
from policykg.loaders.normalize import to_simplified
from policykg.models import SourceDocument

_CN = "一二三四五六七八九十百两"
_ITEM = re.compile(r"(?m)^[ \t\u3000]*([" + _CN + r"]{1,3})、\s*([^:\n,。;]{2,24}?)\s*:")
_ITEM_SEP = re.compile("[、及和与]")
_ETC = re.compile("等.*$")
_ITEMS_REACH = 3000  # characters after an announcement its items are looked for in
_INSTITUTION = re.compile(r"(?:中心|基地|园区|平台|实验室|研究院)$")


@dataclass(frozen=True)
class _Words:
    announce: re.Pattern[str]
    heads: tuple[str, ...]
    scale: re.Pattern[str]


def _alt(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = _grammar_data()["itemised"]
    announce = re.compile(
        r"(\d{1,2}|[" + _CN + r"]{1,3})\s*(?:" + _alt(data["counters"]) + r")\s*[\u4e00-\u9fff]{0,6}?"
        r"(?:" + _alt(data["nouns"]) + r")\s*(?:,?\s*(?:" + _alt(data["hand_over"]) + r"))?\s*:\s*$",
        re.MULTILINE,
    )
    heads = tuple(sorted(data["dropped_heads"], key=len, reverse=True))
    return _Words(announce, heads, re.compile(data["scale"]))


def _member_names(head: str) -> list[str]:
    """The trades an item's head names: 矽光子、量子等关键技术 -> 矽光子, 量子; 半导体产业 -> 半导体."""
    w = _words()
    out = []
    for piece in _ITEM_SEP.split(_ETC.sub("", head)):
        name = w.scale.sub("", piece.strip())
        for h in w.heads:
            if name.endswith(h) and len(name) > len(h) + 1:
                name = name[: -len(h)]
                break
        if 2 <= len(name) <= 12 and not _INSTITUTION.search(name):
            out.append(name)
    return out


def itemised_lists(src: SourceDocument) -> list[tuple[str, list[str]]]:
    """The lists ``src`` announces by count and itemises: the announcement as written (Simplified) and the names of
    the members its items' heads give (Simplified)."""
    match = src.match
    found: list[tuple[str, list[str]]] = []
    for a in _words().announce.finditer(match):
        n = int(a.group(1)) if a.group(1).isdigit() else cn_number(a.group(1))
        items = list(_ITEM.finditer(match, a.end(), min(len(match), a.end() + _ITEMS_REACH)))
        items = items[:n]
        # every item in order; a page cut short may lose the last one's head (十三、兆元觀光產)
        if not n or n < 3 or len(items) < n - 1:
            continue
        if [cn_number(i.group(1)) for i in items] != list(range(1, len(items) + 1)):
            continue
        names = [m for i in items for m in _member_names(to_simplified(i.group(2)))]
        label = to_simplified(src.text[a.start() : a.end()]).replace(" ", "").rstrip(":：")
        found.append((label, list(dict.fromkeys(names))))
    return found
