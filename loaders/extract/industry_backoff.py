"""A learned back-off for industries the rules do not know (issue 12): open-vocabulary candidates, scored.

The rules name an industry only when they know its form; new pages list sectors no page before had (化工、建材、
有色金属、机械、轻工; 保险经纪、消费金融). This module proposes candidates in a measure's text and scores them with
a linear model trained on the corpus gold (``bench/train_industry_backoff.py`` writes
``data/industry_backoff.json``; the words the features read are in ``data/industry_backoff.toml``):

* candidates: the items of an enumeration (``A、B、C和D等产业``: each item, cut after the clause's last trigger word
  and before 等), a variant without a closing head (新材料产业 / 新材料), and in a clause without a list the spans
  ending in an industry head (…产业, …行业, …集群, …经济, …加工, …制造, …服务); each keeps its span;
* features: the candidate's character 1-3-grams, its head, whether another item of its list is a known industry
  (the lexicon) or ends in a head, the trigger before the list, what follows (等产业, 企业, 领域 …), blocks (a unit
  name's, a place's, an occupation's or a technique's ending), its length; never the rules' decisions;
* inference in pure Python: per list item (group) the best candidate, taken when its score reaches the model's
  threshold and it overlaps nothing the rules found, no unit and no cited title.

The back-off is off by default (the folds' choice: bench/README.md, "Learned industry back-off (L25i)");
``POLICYKG_INDUSTRY_BACKOFF=1`` runs it at the model's threshold, ``POLICYKG_INDUSTRY_BACKOFF=P`` (0 < P < 1) at
probability P, ``0`` or unset: the rules alone, as before round 25.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import tomllib
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from policykg.errors import ExtractError

__all__ = [
    "FEATURE_VERSION",
    "Candidate",
    "Model",
    "candidates",
    "enabled",
    "features",
    "load_model",
    "pick",
]

FEATURE_VERSION = 1
ENV_FLAG = "POLICYKG_INDUSTRY_BACKOFF"

_DELIMS = ",.;:!?()[]{}<>\"'《》“”‘’〈〉【】。—…·~ \t\n\r\u3000|/"
_CLAUSE = re.compile("[^" + re.escape(_DELIMS) + "]+")
_HAN = re.compile("[\u4e00-\u9fff]")
_NUMBERING = re.compile("[一二三四五六七八九十百零〇0-9]{1,4}")
_NOT_NAME = re.compile("[^\u4e00-\u9fffA-Za-z0-9+]")
_MIN_LEN, _MAX_LEN = 2, 12
_SUFFIX_MAX = 4  # a head-anchored candidate holds at most this many characters before its head, a suffix or
# prefix variant at most this many (a trigger's end may start a longer one)
_TRIGGER_REACH = 10
_MEMO = 65536  # texts whose own score a model keeps
_BOUND = "\x00bound"  # the model's memo key of its context bound (no text holds NUL)
_OWN_SLOTS = frozenset(("g", "n", "f1", "l1", "l2", "h", "bp", "bo"))  # the candidate's own words
_CLOSING = 4  # how many characters after a list's 等 say what its items are  # a trigger further back than this from a head does not cut its candidate


def enabled() -> bool:
    """Whether the back-off runs: off unless ``POLICYKG_INDUSTRY_BACKOFF`` is ``1`` (the model's threshold) or a
    probability ``0 < P < 1`` (that threshold). Off is the folds' choice (bench/README.md, L25i): no threshold
    beat the rules alone over the held-out folds, and the model's own adds nothing on them."""
    raw = os.environ.get(ENV_FLAG, "").strip().lower()
    if raw in ("1", "on", "true", "yes"):
        return True
    try:
        return 0 < float(raw) < 1
    except ValueError:
        return False


def threshold(model: Model) -> float:
    """The score a candidate must reach: the model's, or ``POLICYKG_INDUSTRY_BACKOFF=P`` with a probability
    0 < P < 1 (a comparison of settings on new parts without retraining)."""
    raw = os.environ.get(ENV_FLAG, "").strip()
    try:
        p = float(raw)
    except ValueError:
        return model.threshold
    return math.log(p / (1 - p)) if 0 < p < 1 else model.threshold


@dataclass(frozen=True)
class _Words:
    heads: tuple[str, ...]
    strip_heads: tuple[str, ...]
    follows: tuple[str, ...]
    triggers: re.Pattern[str]
    joiners: re.Pattern[str]
    head_rx: re.Pattern[str]
    unit_ends: tuple[str, ...]
    place_ends: tuple[str, ...]
    occupation_ends: tuple[str, ...]
    technique_ends: tuple[str, ...]
    follow_rx: re.Pattern[str]
    unit_rx: re.Pattern[str]
    technique_rx: re.Pattern[str]


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in _longest_first(words))


@lru_cache(maxsize=1)
def _words() -> _Words:
    ref = resources.files("policykg.loaders").joinpath("data/industry_backoff.toml")
    try:
        d = tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the back-off's words ({exc})") from exc
    # a head anchors a candidate in a clause without a list; 业 alone (企业, 就业) only ends a list item
    anchors = [h for h in d["heads"] if len(h) > 1]
    return _Words(
        heads=_longest_first(d["heads"]),
        strip_heads=_longest_first(d["strip_heads"]),
        follows=_longest_first(d["follows"]),
        triggers=re.compile(_alt(d["triggers"])),
        joiners=re.compile(_alt(d["joiners"])),
        head_rx=re.compile(_alt(anchors)),
        unit_ends=_longest_first(d["unit_ends"]),
        place_ends=_longest_first(d["place_ends"]),
        occupation_ends=_longest_first(d["occupation_ends"]),
        technique_ends=_longest_first(d["technique_ends"]),
        follow_rx=re.compile(_alt(d["follows"])),
        unit_rx=re.compile(_alt(d["unit_ends"])),
        technique_rx=re.compile(_alt(d["technique_ends"])),
    )


_CLASS_ENDINGS = ("制造业", "加工业", "服务业", "制造", "业")


@lru_cache(maxsize=1)
def class_names() -> frozenset[str]:
    """The names of the shipped classification tables (GB/T 4754-2017 大类-小类, SEI 2018), each also without its
    业/制造业/服务业 ending (纺织业 -> 纺织, 化学纤维制造业 -> 化学纤维)."""
    out: set[str] = set()
    for name in ("gbt4754_2017.csv", "sei2018.csv"):
        ref = resources.files("policykg.loaders").joinpath("data/" + name)
        with ref.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row["level"] == "门类":  # 农、林、牧、渔业: a sector of sectors
                    continue
                label = row["name"].strip()
                out.add(label)
                for end in _CLASS_ENDINGS:
                    if label.endswith(end) and len(label) - len(end) >= _MIN_LEN:
                        out.add(label[: -len(end)])
                        break
    return frozenset(out)


class Candidate(NamedTuple):
    """A span of ``match`` that may name an industry; ``group`` joins the readings of one list item or head (at
    most one is taken); the rest is context the features read."""

    start: int
    end: int
    group: int
    kind: str  # item, strip, suffix, head
    trigger: str = ""
    list_size: int = 0  # 0: not in a list
    position: str = ""  # first, mid, last item
    sib_known: bool = False
    sib_head: bool = False
    closing: str = ""  # the list's closing words after 等 (等产业, 等场景, 等产品): what its items are


def _ends(word: str, endings: tuple[str, ...]) -> str:
    return next((e for e in endings if word.endswith(e)), "")


def _starts(text: str, pos: int, words: tuple[str, ...]) -> str:
    return next((w for w in words if text.startswith(w, pos)), "")


def _name_like(text: str) -> bool:
    return _MIN_LEN <= len(text) <= _MAX_LEN and not _NOT_NAME.search(text) and bool(_HAN.search(text))


def _last_trigger(match: str, a: int, b: int, w: _Words) -> re.Match[str] | None:
    last = None
    for m in w.triggers.finditer(match, a, b):
        if m.end() < b - 1:
            last = m
    return last


def _item_spans(
    match: str, a: int, b: int, first: bool, last: bool, w: _Words
) -> tuple[list[tuple[int, int]], str]:
    """The core spans of one list item (two when the last item joins two names by 和/及) and the trigger cut."""
    trig = ""
    if first and (t := _last_trigger(match, a, b, w)) is not None:
        a, trig = t.end(), t.group()
    if last:
        k = match.find("等", a, b)
        if k > a:
            b = k
        j = w.joiners.search(match, a + 1, b)
        if j is not None and j.end() < b:
            return [(a, j.start()), (j.end(), b)], trig
    return [(a, b)], trig


def _variants(
    match: str, a: int, b: int, suffixes: bool, prefixes: bool, w: _Words
) -> list[tuple[int, int, str]]:
    out = [(a, b, "item")]
    text = match[a:b]
    head = _ends(text, w.strip_heads)
    if head and len(text) - len(head) >= _MIN_LEN:
        out.append((a, b - len(head), "strip"))
    if suffixes and len(text) > 4:
        out += [(b - n, b, "suffix") for n in range(_MIN_LEN, min(_SUFFIX_MAX, len(text) - 1) + 1)]
    if prefixes and len(text) > 4:  # the last item without 等: a verb may follow it (金融租赁发展)
        out += [(a, a + n, "prefix") for n in range(_MIN_LEN, min(_SUFFIX_MAX, len(text) - 1) + 1)]
    return out


def _list_candidates(
    match: str, parts: list[tuple[int, int]], group: int, w: _Words, forms: Collection[str]
) -> list[Candidate]:
    cores: list[tuple[int, int, str]] = []
    trigger = ""
    at = match.find("等", *parts[-1])
    closing = match[at + 1 : at + 1 + _CLOSING] if at >= 0 else ""
    for i, (a, b) in enumerate(parts):
        spans, trig = _item_spans(match, a, b, i == 0, i == len(parts) - 1, w)
        trigger = trig if i == 0 else trigger
        pos = "first" if i == 0 else "last" if i == len(parts) - 1 else "mid"
        cores += [(s, e, pos) for s, e in spans if e - s >= 1]
    texts = [match[s:e] for s, e, _ in cores]
    known = [t in forms for t in texts]
    headed = [bool(_ends(t, _words().heads)) for t in texts]
    out: list[Candidate] = []
    for i, (s, e, pos) in enumerate(cores):
        sib_known = any(k for j, k in enumerate(known) if j != i)
        sib_head = any(h for j, h in enumerate(headed) if j != i)
        suffixes = pos == "first" and not trigger
        prefixes = pos == "last" and at < 0
        for cs, ce, kind in _variants(match, s, e, suffixes, prefixes, w):
            if _name_like(match[cs:ce]):
                out.append(
                    Candidate(cs, ce, group + i, kind, trigger, len(cores), pos, sib_known, sib_head, closing)
                )
    return out


def _head_candidates(match: str, a: int, b: int, group: int, w: _Words) -> list[Candidate]:
    out: list[Candidate] = []
    clean = _NOT_NAME.search(match, a, b) is None
    for i, h in enumerate(w.head_rx.finditer(match, a, b)):
        hs = h.start()
        t = None
        for t_m in w.triggers.finditer(match, max(a, hs - _TRIGGER_REACH), hs):
            t = t_m
        starts = {hs - n for n in range(1, _SUFFIX_MAX + 1) if hs - n >= a}
        if t is not None and t.end() < hs:
            starts.add(t.end())
        trig = t.group() if t else ""
        for s in sorted(starts):
            for ce, kind in ((h.end(), "head"), (hs, "headless")):
                if _MIN_LEN <= ce - s <= _MAX_LEN and (clean or _name_like(match[s:ce])):
                    out.append(Candidate(s, ce, group + i, kind, trig))
    return out


def _list_parts(match: str, a: int, b: int) -> list[tuple[int, int]]:
    """The 、-pieces of the clause ``match[a:b]``; a numbering opening an item (一、) is no piece of the list."""
    parts: list[tuple[int, int]] = []
    pos = a
    for piece in match[a:b].split("、"):
        if _NUMBERING.fullmatch(piece):
            parts = []
        elif piece:
            parts.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return parts


def candidates(match: str, lo: int, hi: int, forms: Collection[str]) -> list[Candidate]:
    """Every candidate in ``match[lo:hi]``: list items in clauses with 、, head-anchored spans elsewhere."""
    w = _words()
    out: list[Candidate] = []
    group = 0
    for c in _CLAUSE.finditer(match, lo, hi):
        a, b = c.span()
        if b - a < _MIN_LEN:
            continue
        parts = _list_parts(match, a, b) if "、" in c.group() else [(a, b)]
        if len(parts) > 1:
            found = _list_candidates(match, parts, group, w, forms)
        else:
            found = [x for p in parts for x in _head_candidates(match, *p, group, w)]
        out += found
        group += 1 + max((x.group - group for x in found), default=0)
    return out


@lru_cache(maxsize=32768)
def _text_features(text: str) -> tuple[tuple[str, ...], str, bool, bool]:
    """What a candidate's own words give (its n-grams, ends, head; a text recurs across measures, so it is read
    once), the text without its head, and whether it ends like a unit's or a technique's name."""
    w = _words()
    marked = "^" + text + "$"
    f = [f"n:{min(len(text), 9)}", f"f1:{text[0]}", f"l1:{text[-1]}", f"l2:{text[-2:]}"]
    f += [
        "g:" + marked[i : i + n]
        for n in (1, 2, 3)
        for i in range(len(marked) - n + 1)
        if marked[i : i + n] not in "^$"
    ]
    head = _ends(text, w.heads)
    f.append(f"h:{head or '-'}")
    f += [x for x, on in (("bp", _ends(text, w.place_ends)), ("bo", _ends(text, w.occupation_ends))) if on]
    bare = text[: -len(head)] if head and len(text) > len(head) else text
    return tuple(f), bare, bool(_ends(text, w.unit_ends)), bool(_ends(text, w.technique_ends))


def _context_features(
    match: str, c: Candidate, text: str, bare: str, forms: Collection[str], generic: Collection[str]
) -> list[str]:
    w = _words()
    f = [f"k:{c.kind}"]
    f += [x for x, on in (("lex", text in forms), ("lexbare", bare in forms), ("gen", text in generic)) if on]
    f += [x for x, on in (("cls", text in class_names()), ("clsbare", bare in class_names())) if on]
    if c.list_size:
        f += [
            "list",
            f"lsz:{min(c.list_size, 6)}",
            f"pos:{c.position}",
            f"sibk:{c.sib_known}",
            f"sibh:{c.sib_head}",
        ]
        f += [f"cl:{c.closing[:n] or '-'}" for n in (1, 2, 3, 4)] + [f"cle:{c.closing[-2:] or '-'}"]
    f += [f"tr:{c.trigger or '-'}", f"tr:{c.trigger or '-'}|{c.kind}"]
    before = match[max(0, c.start - 2) : c.start]
    f += [f"p1:{before[-1:]}", f"p2:{before}"]
    follow = m.group() if (m := w.follow_rx.match(match, c.end)) else "-"
    f += [f"fw:{follow}", f"x1:{match[c.end : c.end + 1]}", f"fw:{follow}|{c.kind}"]
    return f


def _after_blocks(match: str, end: int, unit_end: bool, technique_end: bool) -> list[str]:
    w = _words()
    unit = unit_end or w.unit_rx.match(match, end, end + 2) is not None
    technique = technique_end or w.technique_rx.match(match, end, end + 2) is not None
    return [name for name, on in (("bu", unit), ("bt", technique)) if on]


def features(match: str, c: Candidate, forms: Collection[str], generic: Collection[str]) -> list[str]:
    """The candidate's features (strings; the model weighs each present one)."""
    text = match[c.start : c.end]
    own, bare, unit_end, technique_end = _text_features(text)
    return [
        *own,
        *_context_features(match, c, text, bare, forms, generic),
        *_after_blocks(match, c.end, unit_end, technique_end),
    ]


@dataclass(frozen=True)
class Model:
    """A logistic model: ``score = bias + sum(weights[f])``, a candidate taken at ``score >= threshold``."""

    weights: dict[str, float]
    bias: float
    threshold: float  # a logit
    feature_version: int
    meta: dict[str, Any]

    memo: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def score(self, feats: Iterable[str]) -> float:
        """The logit of a candidate with ``feats`` (each feature counted once, as in training)."""
        get = self.weights.get
        return self.bias + sum(get(f, 0.0) for f in set(feats))

    def context_bound(self) -> float:
        """The most the context features can add: per slot (one value each: k, tr, p1, cl1 … cl4, …) its
        largest positive weight."""
        if _BOUND not in self.memo:
            slots: dict[str, float] = {}
            for f, wt in self.weights.items():
                name, _, value = f.partition(":")
                if name in _OWN_SLOTS:
                    continue
                slot = name + str(len(value)) if name == "cl" else name + ("|" if "|" in value else "")
                slots[slot] = max(slots.get(slot, 0.0), wt)
            self.memo[_BOUND] = sum(slots.values())
        return self.memo[_BOUND]

    def score_candidate(
        self, match: str, c: Candidate, forms: Collection[str], generic: Collection[str], cut: float
    ) -> float:
        """``score(features(...))``, the part of the candidate's own words summed once per text; a candidate
        whose own words keep it below ``cut`` whatever its context gets that bound instead (also below ``cut``)."""
        text = match[c.start : c.end]
        own, bare, unit_end, technique_end = _text_features(text)
        part = self.memo.get(text)
        if part is None:
            if len(self.memo) > _MEMO:
                bound = self.context_bound()
                self.memo.clear()
                self.memo[_BOUND] = bound
            part = self.memo[text] = self.score(own) - self.bias
        if self.bias + part + self.context_bound() < cut:
            return self.bias + part + self.context_bound()
        context = _context_features(match, c, text, bare, forms, generic)
        return part + self.score((*context, *_after_blocks(match, c.end, unit_end, technique_end)))


def read_model(data: dict[str, Any], origin: str) -> Model:
    """A model from its JSON object; a wrong version, a missing field or a non-number raises ``ExtractError``."""
    try:
        version = int(data["feature_version"])
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        bias, threshold = float(data["bias"]), float(data["threshold"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ExtractError(f"{origin}: not a back-off model ({exc!r})") from exc
    if version != FEATURE_VERSION:
        raise ExtractError(f"{origin}: feature version {version}, the code reads {FEATURE_VERSION}")
    if not all(math.isfinite(x) for x in (bias, threshold, *weights.values())):
        raise ExtractError(f"{origin}: a weight is not finite")
    meta = {k: v for k, v in data.items() if k not in ("weights", "bias", "threshold")}
    return Model(weights, bias, threshold, version, meta)


@lru_cache(maxsize=1)
def load_model() -> Model:
    ref = resources.files("policykg.loaders").joinpath("data/industry_backoff.json")
    try:
        data = json.loads(ref.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the back-off model ({exc})") from exc
    return read_model(data, str(ref))


def pick(scored: list[tuple[Candidate, float]], threshold: float) -> list[Candidate]:
    """Per group the best-scoring candidate, kept when its score reaches ``threshold``."""
    best: dict[int, tuple[Candidate, float]] = {}
    for c, s in scored:
        if s >= threshold and (c.group not in best or s > best[c.group][1]):
            best[c.group] = (c, s)
    return [c for c, _ in sorted(best.values(), key=lambda x: x[0].start)]


def free(c: Candidate, taken: list[tuple[int, int]]) -> bool:
    """Whether ``c`` overlaps none of the ``taken`` spans (what the rules found, units, cited titles)."""
    return all(c.end <= a or c.start >= b for a, b in taken)


def taken_spans(
    match: str, lo: int, hi: int, found: Iterable[tuple[int, int]], units: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """What a candidate may not overlap in ``match[lo:hi]``: every occurrence of what the rules found there, the
    units the measure assigns, cited titles and quoted names."""
    from policykg.loaders.extract.targets import protected_regions

    taken = [*protected_regions(match, lo, hi), *units]
    for surface in {match[a:b] for a, b in found if b > a}:
        pos = match.find(surface, lo, hi)
        while pos >= 0:
            taken.append((pos, pos + len(surface)))
            pos = match.find(surface, pos + 1, hi)
    return taken


def scored_candidates(
    match: str,
    lo: int,
    hi: int,
    forms: Collection[str],
    generic: Collection[str],
    model: Model,
    taken: list[tuple[int, int]],
    cut: float,
) -> list[tuple[Candidate, float]]:
    """The candidates of ``match[lo:hi]`` whose group overlaps no ``taken`` span, each with its score (or, when
    its own words keep it below ``cut``, a bound below ``cut``)."""
    found = candidates(match, lo, hi, forms)
    if not found:
        return []
    marks = bytearray(hi - lo + 1)  # a taken position is 1: an overlap test is one C-level find
    for a, b in taken:
        a, b = max(a, lo), min(b, hi)
        if b > a:
            marks[a - lo : b - lo] = b"\x01" * (b - a)
    blocked = {c.group for c in found if marks.find(1, c.start - lo, c.end - lo) >= 0}
    return [
        (c, model.score_candidate(match, c, forms, generic, cut)) for c in found if c.group not in blocked
    ]
