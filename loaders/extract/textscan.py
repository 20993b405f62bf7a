"""Plain scans of a text shared by the extraction stages."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


def find_all(text: str, word: str) -> list[int]:
    """Every start of ``word`` in ``text``, overlapping ones included."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def first_ending(text: str, words: tuple[str, ...], start: int, end: int) -> str | None:
    """The first of ``words`` (in their order) that ``text[start:end]`` ends with, or None. One C-level
    ``endswith`` over the whole tuple answers the common case (none) before any word is tried alone."""
    if not text.endswith(words, start, end):
        return None
    return next(w for w in words if text.endswith(w, start, end))


def first_opening(text: str, words: tuple[str, ...], start: int) -> str | None:
    """The first of ``words`` (in their order) that ``text`` has at ``start``, or None (``first_ending``'s twin)."""
    if not text.startswith(words, start):
        return None
    return next(w for w in words if text.startswith(w, start))


@lru_cache(maxsize=512)
def words_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a set of literal words: ``words_rx(ws).search(text, a, b)`` finds whether any of them lies
    in ``text[a:b]`` in one pass of the text (a loop of ``find`` or ``in`` scans it once per word). Compiled once
    per set; no words never match."""
    if not words:
        return re.compile("(?!)")
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


@lru_cache(maxsize=64)
def last_of(chars: str) -> re.Pattern[str]:
    """A pattern whose match from ``lo`` (``last_of(cs).match(text, lo, pos)``) ends just after the last of
    ``chars`` in ``text[lo:pos]`` (no match without one): one backward scan of the window (a greedy run, then
    the class), not a ``finditer`` stopping at each of them."""
    return re.compile("(?s:.*)[" + re.escape(chars) + "]")


def alternation(words: Iterable[str]) -> str:
    """A pattern body matching exactly ``words``, as ``"|".join`` of them longest first would, but written as a
    trie (赣(?:州(?:市)?)?): a word's characters are tried once, not once per word sharing them, so a set of
    thousands of names (every county) scans several times faster. At each position the longest word is tried
    first and a shorter one after it, as in the flat alternation, so a lookahead after it backtracks the same way.
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_body(root)


def _trie_body(node: dict[str, dict]) -> str:
    kids = sorted(k for k in node if k)
    leaves = [k for k in kids if node[k].keys() == {""}]
    alts = [re.escape(k) + _trie_body(node[k]) for k in kids if node[k].keys() != {""}]
    if len(leaves) == 1:
        alts.append(re.escape(leaves[0]))
    elif leaves:
        alts.append("[" + "".join(map(re.escape, leaves)) + "]")
    if not alts:
        return ""
    atom = len(alts) > 1 or len(leaves) == len(kids)  # one group, one character or one class
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" not in node:
        return body
    return body + "?" if atom else "(?:" + body + ")?"


_NON_BLANK = re.compile(r"\S")


def blank_from(text: str, pos: int) -> bool:
    """Whether ``text[pos:]`` is blank (``not text[pos:].strip()``: the same characters are blank to both), found
    at the first character that is not, without copying the rest of the text."""
    return _NON_BLANK.search(text, pos) is None
