"""Score extraction against hand-made gold files (the conventions of ``shared/spec/annotation.md``).

Fields and how each is counted (``score_corpus`` adds them up over every document):

* measures: a gold measure matches the extracted measure with the same number whose span holds the gold
  title's first occurrence after the previous match (falling back to the next measure with that number);
* units: (measure, unit) pairs of matched measures; an extracted unit counts when its surface form or any
  label of the unit it resolved to has the gold name's key (script- and punctuation-insensitive);
  units of unmatched measures count as misses (gold) or false finds (extracted);
* lead: accuracy over gold measures: the extracted lead set equals the gold ``leads`` (empty = no lead);
* targets: multisets of (value, unit) per document (measure and document targets together), a 万/亿 before
  the unit scaling the value (0.07万亩 = 700亩, 5000万元 = 0.5亿元: the same quantity);
* industries: (measure, industry) pairs of matched measures, Simplified keys;
* metadata: title, issuer, date_issued, doc_number and region, each right or wrong per document (a
  county-level region matches with or without its prefecture; a document number's year in [] or 〔〕 alike; a
  title with or without its issuer before 关于,
  a notice's title or the plan it hands on).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from policykg.eval.gold import read_gold
from policykg.loaders.base import load
from policykg.loaders.extract import extract
from policykg.loaders.normalize import name_key
from policykg.models import Measure, ParsedDocument

_NUM_PUNCT = re.compile(r"[()（）、.．,，\s]")
# 一是 / 二要: the ordinal word after a Chinese numeral is the numbering's, not the number (gold writes both 一是 and 一)
_ORDINAL_WORD = re.compile(r"(?<=[一二三四五六七八九十百])[是要]$")
FIELDS = ("measures", "units", "lead", "targets", "industries", "metadata")
META_FIELDS = ("title", "issuer", "date_issued", "doc_number", "region")


@dataclass
class Tally:
    """True positives, false positives, false negatives and the listed misses of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses.extend(other.misses)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocScore:
    doc: str
    fields: dict[str, Tally]


def _key(s: str) -> str:
    return name_key(s)


def _compare_sets(gold: Iterable[str], got: Iterable[str], where: str) -> Tally:
    g, p = Counter(gold), Counter(got)
    t = Tally(tp=sum((g & p).values()), fp=sum((p - g).values()), fn=sum((g - p).values()))
    t.misses += [f"{where}: missed {k}" for k in (g - p).elements()]
    t.misses += [f"{where}: extra {k}" for k in (p - g).elements()]
    return t


def _num_key(number: str) -> str:
    return _ORDINAL_WORD.sub("", _NUM_PUNCT.sub("", _key(number)))


def match_measures(doc: ParsedDocument, gold: list[dict[str, Any]]) -> list[Measure | None]:
    """For each gold measure, the extracted measure it corresponds to (or None)."""
    text = doc.source.match
    used: set[int] = set()
    out: list[Measure | None] = []
    cursor = 0
    for g in gold:
        number = _num_key(str(g.get("number") or ""))  # null: an unnumbered measure (a paragraph, a row)
        # the readings dropped before the cut: a cut inside one (各轄區(q) is no text of the page
        title = _fold_for_search(str(g.get("title") or ""))[:12]
        found = None
        anywhere = text.find(title, cursor) >= 0 if title else False
        for slack in (0, 40) if anywhere else (40,):
            for i, m in enumerate(doc.measures):
                if i in used or _num_key(m.number) != number:
                    continue
                # the title inside this measure (an earlier mention of the same words, e.g. in a preamble, is not
                # it); first a measure whose span holds the title, then one the title stands just before
                pos = text.find(title, max(cursor, m.span.start - slack)) if anywhere else -1
                if not anywhere or 0 <= pos < m.span.end:
                    found = i
                    break
            if found is not None:
                break
        if found is not None:
            used.add(found)
            cursor = max(cursor, doc.measures[found].span.start)
            out.append(doc.measures[found])
        else:
            out.append(None)
    return out


def _fold_for_search(s: str) -> str:
    from policykg.loaders.normalize import drop_annotations, fold

    return fold(drop_annotations(s)[0])  # gold copies a mirror page's pinyin readings; the loader drops them


def _unit_labels(doc: ParsedDocument, m: Measure, leads: bool) -> list[set[str]]:
    refs = m.lead if leads else m.responsible
    out = []
    for r in refs:
        labels = {_key(r.surface)}
        info = doc.units.get(r.key)
        if info is not None:
            labels |= {_key(info.pref_label)} | {_key(a) for a in info.alt_labels}
        out.append(labels)
    return out


def _score_units(gold_units: list[str], got: list[set[str]], where: str) -> Tally:
    t = Tally()
    remaining = list(got)
    for u in gold_units:
        k = _key(u)
        hit = next((i for i, labels in enumerate(remaining) if k in labels), None)
        if hit is None:
            t.fn += 1
            t.misses.append(f"{where}: missed unit {u}")
        else:
            t.tp += 1
            remaining.pop(hit)
    t.fp += len(remaining)
    t.misses += [f"{where}: extra unit {sorted(labels)[0]}" for labels in remaining]
    return t


def _gold_leads(g: dict[str, Any]) -> list[str]:
    if "leads" in g and g["leads"] is not None:
        return [str(x) for x in g["leads"]]
    return [g["lead_unit"]] if g.get("lead_unit") else []


# 万/亿 before a unit of measure: the same quantity however it is written (0.07万亩 is 700亩, 23万吨 is
# 230000吨); the spec scales 2万 -> 20000 and keeps 万元/亿元 for money, the gold files differ on other units.
_SCALES = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}


def _target_key(value: Any, unit: str) -> str:
    try:
        v = Decimal(str(value))
    except (InvalidOperation, ValueError):
        v = Decimal(0)
    u = _key(unit or "")
    while len(u) > 1 and u[0] in _SCALES:
        v, u = v * _SCALES[u[0]], u[1:]
    return f"{v.normalize():f}{u}"


def _industry_keys(doc: ParsedDocument, m: Measure) -> list[str]:
    out = []
    for ref in m.industries:
        info = doc.industries.get(ref.key)
        out.append(_key(info.pref_label if info else ref.surface))
    return sorted(set(out))


def _meta_value(doc: ParsedDocument, name: str) -> list[str]:
    meta = doc.meta
    if name == "title":
        return [_key(meta.title)] if meta.title else []
    if name == "issuer":
        if not meta.issuer:
            return []
        info = doc.units.get(meta.issuer)
        labels = {_key(meta.issuer)}
        if info:
            labels |= {_key(info.pref_label)} | {_key(a) for a in info.alt_labels}
        return sorted(labels)
    value = {"date_issued": meta.issued, "doc_number": meta.doc_number, "region": meta.region}[name]
    return [_key(value)] if value else []


# A 印发/转发 notice wrapping a plan: "…关于印发《X》的通知". Which of the two is "the" title is not settled by
# the conventions (the annotators chose either), so a title also matches the plan title its notice wraps.
# The same notice with its issuer before the verb: 江西省人民政府印发关于切实稳住经济发展若干措施的通知 wraps the
# plan 关于切实稳住经济发展若干措施 (dev3 i09's gold is the plan, dev7 z07's the notice).
_COVER = re.compile(
    r"(?:关于(?:印发|转发)[<《〈]?(?P<inner>.+?)[>》〉]?|(?:印发|转发)(?P<about>关于.+?))的通知$"
)


_BOOK_MARKS = str.maketrans("〈〉<>", "《》《》")  # inner book-title marks are typographic variants


def _title_forms(title: str, issuers: Collection[str] = ()) -> set[str]:
    key = _key(title).translate(_BOOK_MARKS)
    m = _COVER.search(key)
    forms = {key, _key(m.group("inner") or m.group("about"))} if m else {key}
    # 长沙市人民政府关于…的通知: the issuer before 关于 is printed with the title or on a line of its own, and the
    # annotators kept it or not; either form matches when the words before 关于 are the document's issuer
    for form in list(forms):
        about = form.find("关于")
        if about > 0 and _issuers_only(form[:about], issuers):
            forms.add(form[about:])
    return forms


# 朔州市应县 / 应县, 枣庄市滕州市 / 滕州市: a county-level division with or without its prefecture is one
# jurisdiction (the spec writes 亳州市谯城区; annotators wrote bare county-level cities too).
_WITH_PREFECTURE = re.compile(r"^.{2,12}?(?:市|州|盟|地区)(?P<county>.{1,10}(?:区|县|市|旗))$")


# 许政[2023]2号 / 许政〔2023〕2号: the brackets round a document number's year are typographic variants (a page
# prints either, sometimes both), so they are compared as one form.
_NUMBER_MARKS = str.maketrans("[]［］【】", "〔〕〔〕〔〕")


def _region_forms(region: str) -> set[str]:
    key = _key(region)
    m = _WITH_PREFECTURE.match(key)
    return {key, m.group("county")} if m else {key}


def _issuers_only(prefix: str, issuers: Collection[str]) -> bool:
    """Whether ``prefix`` is the document's issuers printed one after another (中共淄博市委淄博市人民政府)."""
    while prefix:
        head = next((i for i in sorted(issuers, key=len, reverse=True) if i and prefix.startswith(i)), None)
        if head is None:
            return False
        prefix = prefix[len(head) :]
    return True


def _score_meta(doc: ParsedDocument, gold: dict[str, Any], where: str) -> Tally:
    t = Tally()
    for name in META_FIELDS:
        g = gold.get(name)
        gold_keys = {_key(x) for x in g} if isinstance(g, list) else ({_key(g)} if g else set())
        got = _meta_value(doc, name)
        # a miss shows the value extracted, not the first of the set of forms it is widened to (hash order)
        shown = got[:1]
        if name == "region" and g and got:
            gold_keys, got = _region_forms(str(g)), list(_region_forms(got[0]))
        if name == "doc_number":
            gold_keys, got = (
                {k.translate(_NUMBER_MARKS) for k in gold_keys},
                [k.translate(_NUMBER_MARKS) for k in got],
            )
        if name == "title" and g and got:
            issuers = {_key(x) for x in gold.get("issuer") or []} | set(_meta_value(doc, "issuer"))
            gold_keys, got = _title_forms(str(g), issuers), list(_title_forms(got[0], issuers) | set(got))
        ok = (not gold_keys and not got) or bool(gold_keys & set(got))
        if ok:
            t.tp += 1
        else:
            t.fn += 1
            t.misses.append(f"{where}: {name} gold={g!r} got={shown!r}")
    return t


def score_document(doc: ParsedDocument, gold: dict[str, Any]) -> DocScore:
    """Every field's tally for one document."""
    name = str(gold.get("doc", doc.source.source_file))
    gms = gold.get("measures", [])
    matched = match_measures(doc, gms)
    f = {k: Tally() for k in FIELDS}
    f["measures"].tp = sum(1 for m in matched if m is not None)
    f["measures"].fn = len(gms) - f["measures"].tp
    f["measures"].fp = len(doc.measures) - f["measures"].tp
    f["measures"].misses += [
        f"{name}: missed measure {_path(g)} {(g.get('title') or '')[:20]}"
        for g, m in zip(gms, matched, strict=True)
        if m is None
    ]
    hit_ids = {id(m) for m in matched if m is not None}
    f["measures"].misses += [
        f"{name}: extra measure {m.number} {m.label[:20]}" for m in doc.measures if id(m) not in hit_ids
    ]
    for g, m in zip(gms, matched, strict=True):
        where = f"{name} {_path(g) or g.get('number', '')}"
        if m is None:
            f["units"].fn += len(g.get("responsible_units", []))
            f["industries"].fn += len(set(g.get("industries", [])))
            f["lead"].fn += 1
            continue
        f["units"].add(_score_units(g.get("responsible_units", []), _unit_labels(doc, m, False), where))
        gl = [_key(x) for x in _gold_leads(g)]
        got_leads = _unit_labels(doc, m, True)
        ok = len(gl) == len(got_leads) and all(k in labels for k, labels in zip(gl, got_leads, strict=False))
        if ok:
            f["lead"].tp += 1
        else:
            f["lead"].fn += 1
            shown = [sorted(x)[0] for x in got_leads]
            f["lead"].misses.append(f"{where}: lead gold={_gold_leads(g)} got={shown}")
        gi = sorted({_key(x) for x in g.get("industries", [])})
        f["industries"].add(_compare_sets(gi, _industry_keys(doc, m), where))
    for m in doc.measures:
        if id(m) not in hit_ids:
            f["units"].fp += len(m.responsible)
            f["industries"].fp += len(m.industries)
    gold_targets = [t for g in gms for t in g.get("targets", [])] + list(gold.get("doc_targets", []))
    got_targets = [t for m in doc.measures for t in m.targets] + list(doc.doc_targets)
    got_targets += [t for s in doc.sections for t in s.targets]
    f["targets"] = _compare_sets(
        [_target_key(t.get("value"), t.get("unit", "")) for t in gold_targets],
        [_target_key(t.value, t.unit) for t in got_targets],
        f"{name} targets",
    )
    f["metadata"] = _score_meta(doc, gold, name)
    return DocScore(name, f)


def score_corpus(folder: Path) -> tuple[dict[str, Tally], list[DocScore]]:
    """Score every ``<id>.json`` gold file in ``folder`` against the extraction of ``<id>.txt`` beside it."""
    totals = {k: Tally() for k in FIELDS}
    docs = []
    for gold_path in sorted(folder.glob("*.json")):
        gold = read_gold(gold_path)
        text_path = gold_path.with_name(str(gold.get("doc") or gold_path.with_suffix(".txt").name))
        doc = extract(load(text_path))
        score = score_document(doc, gold)
        docs.append(score)
        for k in FIELDS:
            totals[k].add(score.fields[k])
    return totals, docs


def format_table(totals: dict[str, Tally]) -> str:
    lines = [f"{'field':<11} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for k in FIELDS:
        t = totals[k]
        lines.append(f"{k:<11} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.tp:5d} {t.fp:5d} {t.fn:5d}")
    return "\n".join(lines)


def _path(g: dict[str, Any]) -> str:
    """A gold measure's path for a report line; a number the page lost (null) printed as ?."""
    return "/".join(p if isinstance(p, str) else "?" for p in g.get("path") or [])
