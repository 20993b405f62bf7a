"""Turn a name typed by a person into one node: exact names win, several matches list the candidates,
no match suggests the closest names. Script- and punctuation-insensitive: both sides go through
``policykg.loaders.normalize.name_key`` (the store's ``matchKey`` is built the same way).
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from policykg.errors import PolicyKGError, QueryError, UsageError
from policykg.graph.store import GraphStore

log = logging.getLogger(__name__)

# One Cypher text per kind: the label is part of the text, chosen from this fixed set, never from input.
# Texts every engine runs (bench/README, issue 13, round 22): min() for the first of a collect, `-->(r:Region)`
# for pkg:region (LadybugDB's catalog cannot name a relationship REGION beside the Region table).
_FIND: dict[str, str] = {
    "unit": """
MATCH (n:Unit) WHERE n.matchKey CONTAINS $key OR n.iri = $raw
OPTIONAL MATCH (n)-[:SUB_ORGANIZATION_OF]->(p:Unit)
OPTIONAL MATCH (n)-->(r:Region)
RETURN n.iri AS iri, n.prefLabel AS label, n.matchKey AS keys, min(p.prefLabel) AS detail, min(r.label) AS region
""",
    "industry": """
MATCH (n:Industry) WHERE n.matchKey CONTAINS $key OR n.iri = $raw
RETURN n.iri AS iri, n.prefLabel AS label, n.matchKey AS keys, null AS detail
""",
    "system": """
MATCH (n:IndustrySystem) WHERE n.matchKey CONTAINS $key OR n.iri = $raw OR n.code = $raw
RETURN n.iri AS iri, n.label AS label, n.matchKey AS keys, n.code AS detail
""",
    "document": """
MATCH (n:PolicyDocument)
WHERE n.iri = $raw OR n.docNumber = $raw OR n.sourceFile = $raw OR any(v IN $variants WHERE n.title CONTAINS v)
   OR n.documentLookup CONTAINS $key
RETURN n.iri AS iri, coalesce(n.title, n.label, n.sourceFile) AS label, null AS keys, n.docNumber AS detail
""",
    "measure": """
MATCH (n:Measure) WHERE n.iri = $raw OR n.searchText CONTAINS $key
OPTIONAL MATCH (n)-[:IN_DOCUMENT]->(d:PolicyDocument)
RETURN n.iri AS iri, n.label AS label, null AS keys, coalesce(d.title, d.label, d.sourceFile) + ' ' + n.number AS detail
LIMIT 50
""",
}
_ALL: dict[str, str] = {
    "unit": "MATCH (n:Unit) RETURN n.iri AS iri, n.prefLabel AS label, n.matchKey AS keys, null AS detail",
    "industry": "MATCH (n:Industry) RETURN n.iri AS iri, n.prefLabel AS label, n.matchKey AS keys, null AS detail",
    "system": "MATCH (n:IndustrySystem) RETURN n.iri AS iri, n.label AS label, n.matchKey AS keys, n.code AS detail",
    "document": "MATCH (n:PolicyDocument) RETURN n.iri AS iri, coalesce(n.title, n.label, n.sourceFile) AS label, "
    "null AS keys, n.docNumber AS detail",
}
# An IRI names its node through the label's unique ``iri`` index: a seek, where the name queries above scan
# every node of the kind (10,000 document titles cost a tenth of a second).
_BY_IRI: dict[str, str] = {
    "unit": "MATCH (n:Unit {iri: $raw}) RETURN n.iri AS iri, n.prefLabel AS label",
    "industry": "MATCH (n:Industry {iri: $raw}) RETURN n.iri AS iri, n.prefLabel AS label",
    "system": "MATCH (n:IndustrySystem {iri: $raw}) RETURN n.iri AS iri, n.label AS label",
    "document": "MATCH (n:PolicyDocument {iri: $raw}) RETURN n.iri AS iri, "
    "coalesce(n.title, n.label, n.sourceFile) AS label",
    "measure": "MATCH (n:Measure {iri: $raw}) RETURN n.iri AS iri, n.label AS label",
}
KINDS = tuple(_FIND)
DEFAULT_KINDS = ("unit", "industry", "system", "document")  # a measure is named only by IRI or text


QUALIFIER_SEPARATORS = ("/", "／", "›", ">")


@dataclass(frozen=True)
class Candidate:
    iri: str
    kind: str
    label: str
    detail: str | None = None
    exact: bool = False
    region: str | None = None

    def display(self) -> str:
        """How a person can select this node: a unit that is a division as PARENT/NAME, with its region."""
        if self.kind == "unit" and self.detail:
            where = f", {self.region}" if self.region else ""
            return f"{self.detail}/{self.label} (unit{where})"
        extra = f", {self.detail}" if self.detail else ""
        if self.kind == "unit" and self.region:
            extra += f", {self.region}"
        return f"{self.label} ({self.kind}{extra})"


class AmbiguousNameError(UsageError):
    """The name matches several nodes; ``candidates`` lists them."""

    def __init__(self, name: str, candidates: Sequence[Candidate]) -> None:
        self.name = name
        self.candidates = list(candidates)
        shown = "; ".join(_selectable(c, self.candidates) for c in self.candidates[:12])
        more = f" and {len(self.candidates) - 12} more" if len(self.candidates) > 12 else ""
        super().__init__(
            f"{name!r} matches {len(self.candidates)} things: {shown}{more}. Give a more precise name"
            " (PARENT/NAME or REGION/NAME for a unit, e.g. 烟台市/就业处, or the IRI)."
        )


def _selectable(c: Candidate, among: Sequence[Candidate]) -> str:
    """``c.display()``, plus the IRI when nothing else in it tells ``c`` apart from another candidate
    (two units both shown as 发改委 (unit): neither has a parent or region to qualify it with)."""
    shown = c.display()
    twins = [o for o in among if o.iri != c.iri and o.display() == shown]
    return f"{shown[:-1]}, {c.iri})" if twins or (c.kind == "unit" and not (c.detail or c.region)) else shown


class UnknownNameError(UsageError):
    """The name matches nothing; ``suggestions`` holds the closest names."""

    def __init__(self, name: str, kinds: Sequence[str], suggestions: Sequence[Candidate]) -> None:
        self.name = name
        self.suggestions = list(suggestions)
        hint = "; closest: " + "; ".join(c.display() for c in self.suggestions) if self.suggestions else ""
        super().__init__(f"no {'/'.join(kinds)} named {name!r}{hint}")


def _check_kinds(kinds: Sequence[str] | None) -> tuple[str, ...]:
    chosen = tuple(kinds) if kinds else DEFAULT_KINDS
    bad = [k for k in chosen if k not in _FIND]
    if bad:
        raise QueryError(f"unknown kind {', '.join(bad)}: use {', '.join(KINDS)}")
    return chosen


def _run(store: GraphStore, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        return store.run(cypher, params, write=False)
    except PolicyKGError:
        raise  # store errors keep their kind (exit 7)
    except Exception as err:
        raise QueryError(f"name lookup failed: {err}") from err


def candidates(store: GraphStore, name: str, kinds: Sequence[str] | None = None) -> list[Candidate]:
    """Every node of the given kinds whose name contains ``name`` (folded), exact matches first."""
    from policykg.loaders.normalize import name_key

    from .library import variants

    chosen = _check_kinds(kinds)
    raw = name.strip()
    key = name_key(raw)
    if not key:
        raise UsageError("empty name")
    params = {"key": key, "raw": raw, "variants": variants(raw)}
    found: dict[str, Candidate] = {}
    for kind in chosen:
        for row in _run(store, _FIND[kind], params):
            iri = str(row["iri"])
            label = str(row.get("label") or iri)
            keys = str(row.get("keys") or name_key(label)).split("|")
            exact = iri == raw or key in keys or name_key(label) == key or row.get("detail") == raw
            detail = row.get("detail")
            region = row.get("region")
            found.setdefault(
                iri,
                Candidate(
                    iri, kind, label, str(detail) if detail else None, exact, str(region) if region else None
                ),
            )
    return sorted(found.values(), key=lambda c: (not c.exact, len(c.label), c.label, c.iri))


def suggest(store: GraphStore, name: str, kinds: Sequence[str] | None = None, n: int = 5) -> list[Candidate]:
    """The ``n`` names closest to ``name`` (difflib ratio on folded keys), for a name that matched nothing."""
    from policykg.loaders.normalize import name_key

    chosen = [k for k in _check_kinds(kinds) if k in _ALL]
    key = name_key(name)
    scored: list[tuple[float, Candidate]] = []
    for kind in chosen:
        for row in _run(store, _ALL[kind], {}):
            label = str(row.get("label") or row["iri"])
            keys = [k for k in str(row.get("keys") or "").split("|") if k] or [name_key(label)]
            score = max(difflib.SequenceMatcher(None, key, k).ratio() for k in keys)
            # shared characters matter more than order for short Chinese names (人工智慧 vs 智能人工)
            overlap = len(set(key) & set("".join(keys))) / max(1, len(set(key)))
            detail = row.get("detail")
            scored.append(
                (
                    max(score, 0.8 * overlap),
                    Candidate(str(row["iri"]), kind, label, str(detail) if detail else None),
                )
            )
    scored.sort(key=lambda s: (-s[0], s[1].label))
    return [c for score, c in scored[:n] if score >= 0.3]


def resolve(store: GraphStore, name: str, kinds: Sequence[str] | None = None) -> Candidate:
    """Exactly one node for ``name``: an exact (folded) name wins; else a single containing match;
    several → ``AmbiguousNameError`` with the candidates; none → ``UnknownNameError`` with suggestions."""
    chosen = _check_kinds(kinds)
    raw = name.strip()
    if "://" in raw:
        for kind in chosen:
            for row in _run(store, _BY_IRI[kind], {"raw": raw}):
                return Candidate(str(row["iri"]), kind, str(row.get("label") or row["iri"]), None, True)
    if "unit" in chosen and _split_qualified(raw) is not None:
        return _qualified(store, raw, chosen)
    found = candidates(store, name, chosen)
    if not found and "unit" in chosen:
        found = _lexicon_units(store, raw) or _region_prefixed(store, raw)
    exact = _by_label([c for c in found if c.exact], raw)
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise AmbiguousNameError(name, exact)
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousNameError(name, found)
    raise UnknownNameError(name, chosen, suggest(store, name, chosen))


def _by_label(exact: list[Candidate], raw: str) -> list[Candidate]:
    """Of several exact matches, the one whose own name is ``raw`` (the name a listing shows): 市发改委 selects the
    unit listed as 市发改委, not also 兰州市发改委 whose short form it is. Two such names stay ambiguous."""
    from policykg.loaders.normalize import name_key

    key = name_key(raw)
    own = [c for c in exact if name_key(c.label) == key]
    return own if len(own) == 1 else exact


def _split_qualified(raw: str) -> tuple[str, str] | None:
    """(qualifier, name) of PARENT/NAME, or None when ``raw`` is not one (no separator, or an empty side)."""
    from policykg.loaders.normalize import name_key

    cut = max(raw.rfind(sep) for sep in QUALIFIER_SEPARATORS)
    if cut < 0:
        return None
    qualifier, name = raw[:cut].strip(), raw[cut + 1 :].strip()
    return (qualifier, name) if name_key(qualifier) and name_key(name) else None


def _qualified(store: GraphStore, raw: str, kinds: Sequence[str]) -> Candidate:
    """PARENT/NAME or REGION/NAME (劳动关系处 of 青岛市人社局: 青岛市人力资源和社会保障局/劳动关系处): the units named
    NAME whose parent or region contains the qualifier."""
    from policykg.loaders.normalize import name_key

    qualifier, name = _split_qualified(raw) or ("", raw)
    wanted = name_key(qualifier)
    found = [
        c
        for c in candidates(store, name, ["unit"])
        if wanted and any(wanted in name_key(x) for x in (c.detail or "", c.region or "") if x)
    ]
    exact = [c for c in found if c.exact] or found
    if len(exact) == 1:
        return exact[0]
    if exact:
        raise AmbiguousNameError(raw, exact)
    raise UnknownNameError(raw, ["unit"], suggest(store, name, kinds))


def _region_prefixed(store: GraphStore, raw: str) -> list[Candidate]:
    """REGIONNAME written as one word (宜兴市税务局 for the 税务局 whose region is 宜兴市): the units named exactly
    by a tail of ``raw`` whose region is the rest, each as an exact candidate."""
    from policykg.loaders.normalize import name_key

    key = name_key(raw)
    out: dict[str, Candidate] = {}
    for cut in range(2, len(key) - 1):
        region, rest = key[:cut], key[cut:]
        for c in candidates(store, rest, ["unit"]):
            if c.exact and c.region and name_key(c.region) == region:
                out.setdefault(c.iri, c)
    return list(out.values())


def _lexicon_units(store: GraphStore, raw: str) -> list[Candidate]:
    """A short form or alias the unit lexicon knows (市人社局 is 青岛市人力资源和社会保障局 in Qingdao documents):
    the units it stands for, each as an exact candidate (several regions' bodies: the person chooses)."""
    from policykg.loaders.extract.units import UnitLexicon
    from policykg.loaders.normalize import name_key

    lexicon = UnitLexicon.load_default()
    out: dict[str, Candidate] = {}
    for alias in lexicon.aliases.get(name_key(raw), []):
        for c in candidates(store, alias.canonical, ["unit"]):
            if c.exact:
                out.setdefault(c.iri, c)
    return list(out.values())
