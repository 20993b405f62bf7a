"""Responsible units: clause finding and parsing, list splitting, alias resolution, the unit lexicon.

A responsibility clause names the units in charge of a measure, in one of several forms::

    (責任處室:就業處、就業人才中心)              inline, any script, full-width or ASCII punctuation
    责任部门:职业能力建设处、青岛市…中心          its own line (after a measure, or for a whole section)
    (市人社局牵头,市财政局配合)                  lead/support split without a label
    牵头单位:…;责任单位:…                      labelled split
    责任单位:A、B(排第一位的为牵头单位,下同)    a stated rule: the first unit leads, here and below

Everything is matched on ``SourceDocument.match`` (same length as the text), so every span quotes the original.

Units resolve to one key per real body (``UnitResolver``): aliases come from ``data/units.toml`` and are scoped
by the issuing body or the region; unprefixed divisions (…处/…室/…科) belong to the issuing bureau; names with
a one-character local prefix (区…, 市…) are scoped by the document's region; fully named bodies are global.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

from policykg.errors import ExtractError
from policykg.loaders.normalize import fold, name_key, to_simplified
from policykg.models import SourceDocument, Span, UnitInfo, UnitRef

log = logging.getLogger(__name__)

# Unit names recur across clauses and documents; folding them once is most of the resolver's cost.
_nk = lru_cache(maxsize=65536)(name_key)

__all__ = [
    "ResponsibilityClause",
    "UnitLexicon",
    "UnitResolver",
    "find_inline_clause",
    "is_responsibility_line",
    "parse_responsibility",
    "states_lead_rule",
]

# --------------------------------------------------------------------------- patterns (on match text)

# A clause label: 责任单位: 责任处室: 责任部门: 牵头单位: 配合单位: ... (match text has ASCII ':').
_LABEL_WORDS = r"(?P<role>责任|牵头|配合|协办|协助|参与|主办|主责|负责)\s*(?:单位|处室|部门|科室|机构)"
_LABEL = re.compile(_LABEL_WORDS + r"\s*:")
# At the start of a line (or of a clause) a label may have lost its colon to damage: "责任单位 区财政局".
_LABEL_AT_START = re.compile(r"\s*\(?\s*" + _LABEL_WORDS + r"\s*(?::|\s+(?=[\u3400-\u9fff]))")
_LEAD_LABELS = frozenset({"牵头", "主办", "主责"})
# 排第一位的为牵头单位 / 列第一位者为牵头单位 / 排在首位的为牵头部门 (+ ,下同), with or without its brackets.
_RULE_CORE = (
    r"(?:排|列|居)\s*(?:在|于)?\s*(?:第一位|第一|首位)\s*(?:的|者)?\s*(?:单位|部门)?\s*(?:为|是)\s*"
    r"牵头\s*(?:单位|部门)?(?:\s*[,;]?\s*下同)?"
)
_RULE = re.compile(r"\(\s*" + _RULE_CORE + r"\s*\)|" + _RULE_CORE)
_RULE_CORE_RE = re.compile(_RULE_CORE)
# A role word at the end of a list piece: 市人社局牵头 / 市人社局(牵头) / 市财政局配合 / ...等.
_ROLE_TAIL = re.compile(
    r"(?:\(\s*(?P<p>牵头负责|牵头|配合|负责|参与|协助|协办)\s*\)|(?P<w>牵头负责|牵头|配合|负责|参与|协助|协办|等))\s*$"
)
_ROLE_HEAD = re.compile(r"^\s*(?:由|请)")
_LEAD_WORDS = frozenset({"牵头", "牵头负责"})
_MINOR_SEPS = frozenset("、 \t")
_MAJOR_SEPS = frozenset(",;。")
_NO_JOIN_SEPS = frozenset(";。")
_CJK = re.compile(r"[\u3400-\u9fff]")
# A fully named body starts with a place name: 山东省…, 沟渠市…, 某某县… (districts only via the region table,
# since 高新区/开发区 are not unique across cities).
_FULL_PREFIX = re.compile(r"^([\u3400-\u9fff]{2,6}?(?:省|自治区|自治州|市|县))")
_NOT_IN_PLACE = frozenset("局处厅委会办室部院心司各")


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Region:
    name: str
    level: str
    parent: str | None


@dataclass(frozen=True)
class _LexUnit:
    name: str
    kind: str
    region: str | None
    parent: str | None  # canonical name of the parent body
    source: str


@dataclass(frozen=True)
class _Alias:
    canonical: str  # name_key of the canonical name
    issuer: str | None  # name_key of the issuer it is scoped to
    region: str | None  # region name it is scoped to
    source: str


def _str_list(value: Any, where: str, path: Path) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ExtractError(f"{path}: {where}: expected a string or a list of strings, got {value!r}")


class UnitLexicon:
    """Known regions, bodies, divisions and scoped aliases, read from a TOML data file (see data/units.toml)."""

    def __init__(self, data: dict[str, Any], path: Path) -> None:
        self.path = path
        rules = data.get("rules", {})
        try:
            self.suffixes: tuple[str, ...] = tuple(sorted(rules["suffixes"], key=len, reverse=True))
            self.division_suffixes: tuple[str, ...] = tuple(rules["division_suffixes"])
            self.peer_division_suffixes: tuple[str, ...] = tuple(rules.get("peer_division_suffixes", []))
            self.branch_suffixes: tuple[str, ...] = tuple(rules.get("branch_suffixes", []))
            self.local_prefixes: dict[str, str] = dict(rules["local_prefixes"])
            self.collective_prefix: str = str(rules.get("collective_prefix", "各"))
            self.centre_suffixes: tuple[str, ...] = tuple(rules.get("centre_suffixes", ["中心"]))
            self.name_variants: tuple[tuple[str, str], ...] = tuple(
                (str(a), str(b)) for a, b in rules.get("name_variants", [])
            )
        except (KeyError, TypeError) as exc:
            raise ExtractError(f"{path}: [rules] is missing or malformed ({exc!r})") from exc

        self.regions: dict[str, _Region] = {}
        self.region_names: dict[str, str] = {}  # name_key of a name or alias -> region name
        for i, entry in enumerate(data.get("region", [])):
            name = self._required(entry, "name", f"region #{i + 1}")
            self._required(entry, "source", f"region {name}")
            region = _Region(name=name, level=str(entry.get("level", "")), parent=entry.get("parent"))
            self.regions[name] = region
            self.region_names[_nk(name)] = name
            for alias in _str_list(entry.get("aliases"), f"region {name} aliases", path):
                self.region_names[_nk(alias)] = name
        for region in self.regions.values():
            if region.parent is not None and region.parent not in self.regions:
                raise ExtractError(f"{path}: region {region.name}: unknown parent {region.parent}")

        self.units: dict[str, list[_LexUnit]] = {}  # name_key -> entries (a division name may recur)
        self.aliases: dict[str, list[_Alias]] = {}  # name_key of a surface -> scoped aliases
        for i, entry in enumerate(data.get("unit", [])):
            name = self._required(entry, "name", f"unit #{i + 1}")
            source = self._required(entry, "source", f"unit {name}")
            unit = _LexUnit(
                name=name,
                kind=str(entry.get("kind", "body")),
                region=entry.get("region"),
                parent=entry.get("parent"),
                source=source,
            )
            if unit.region is not None and unit.region not in self.regions:
                raise ExtractError(f"{path}: unit {name}: unknown region {unit.region}")
            self.units.setdefault(_nk(name), []).append(unit)
            for short in _str_list(entry.get("short"), f"unit {name} short", path):
                if unit.region is None:
                    raise ExtractError(f"{path}: unit {name}: short forms need a region")
                self._add_alias(short, _Alias(_nk(name), None, unit.region, source))
            for alias in _str_list(entry.get("aliases"), f"unit {name} aliases", path):
                self._add_alias(alias, _Alias(_nk(name), None, None, source))
        for units in self.units.values():
            for unit in units:
                if unit.parent is not None and _nk(unit.parent) not in self.units:
                    raise ExtractError(f"{path}: unit {unit.name}: unknown parent {unit.parent}")

        for i, entry in enumerate(data.get("alias", [])):
            canonical = self._required(entry, "canonical", f"alias #{i + 1}")
            source = self._required(entry, "source", f"alias #{i + 1} ({canonical})")
            reason = self._required(entry, "reason", f"alias #{i + 1} ({canonical})")
            issuer = entry.get("issuer")
            region = entry.get("region")
            if region is not None and region not in self.regions:
                raise ExtractError(f"{path}: alias to {canonical}: unknown region {region}")
            note = f"{source}; {reason}"
            for surface in _str_list(entry.get("surface"), f"alias to {canonical}", path):
                self._add_alias(
                    surface, _Alias(_nk(canonical), _nk(issuer) if issuer else None, region, note)
                )

        # Every name the lexicon knows, for splitting lists whose separators were lost.
        names = set(self.units) | set(self.aliases)
        names |= {a.canonical for entries in self.aliases.values() for a in entries}
        self.known_names: frozenset[str] = frozenset(n for n in names if len(n) >= 3)
        self._place_cache: dict[str, str | None] = {}

    def _required(self, entry: dict[str, Any], key: str, where: str) -> str:
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ExtractError(f"{self.path}: {where}: missing '{key}'")
        return value.strip()

    def _add_alias(self, surface: str, alias: _Alias) -> None:
        self.aliases.setdefault(_nk(surface), []).append(alias)

    # ------------------------------------------------------------------ construction

    @classmethod
    def from_path(cls, path: Path) -> UnitLexicon:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ExtractError(f"{path}: cannot read the unit lexicon ({exc})") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ExtractError(f"{path}: the unit lexicon is not valid TOML ({exc})") from exc
        return cls(data, Path(path))

    @classmethod
    def load_default(cls) -> UnitLexicon:
        return _default_lexicon()

    # ------------------------------------------------------------------ queries

    def region_of(self, name: str | None) -> str | None:
        """The canonical region name for ``name`` (an alias or Traditional form), or the name simplified."""
        if not name or not name.strip():
            return None
        nk = _nk(name)
        return self.region_names.get(nk, to_simplified(nk))

    def region_chain(self, region: str | None) -> list[str]:
        chain: list[str] = []
        while region is not None and region not in chain:
            chain.append(region)
            known = self.regions.get(region)
            region = known.parent if known else None
        return chain

    def place_prefix(self, nk: str) -> str | None:
        """The place a fully named body's name starts with (青岛市…, 市北区…, 沟渠市…), else None."""
        if nk not in self._place_cache:
            self._place_cache[nk] = self._place_prefix(nk)
        return self._place_cache[nk]

    def _place_prefix(self, nk: str) -> str | None:
        best = None
        for alias_nk, region in self.region_names.items():
            if (
                nk.startswith(alias_nk)
                and len(nk) > len(alias_nk)
                and (best is None or len(alias_nk) > best[0])
            ):
                best = (len(alias_nk), region)
        if best is not None:
            return best[1]
        if nk[:1] in self.local_prefixes or nk.startswith(self.collective_prefix):
            return None
        m = _FULL_PREFIX.match(nk)
        if m and len(m.group(1)) < len(nk) and not (set(m.group(1)) & _NOT_IN_PLACE):
            return m.group(1)
        return None

    def ends_as_unit(self, nk: str) -> bool:
        core = nk.replace("(", "").replace(")", "")
        return core.endswith(self.suffixes)


@lru_cache(maxsize=1)
def _default_lexicon() -> UnitLexicon:
    from importlib.resources import files

    resource = files("policykg.loaders").joinpath("data/units.toml")
    try:
        text = resource.read_text(encoding="utf-8")
    except OSError as exc:
        raise ExtractError(f"policykg.loaders/data/units.toml: cannot read the unit lexicon ({exc})") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ExtractError(f"policykg.loaders/data/units.toml: not valid TOML ({exc})") from exc
    return UnitLexicon(data, Path(str(resource)))


# --------------------------------------------------------------------------- resolver


def _clean_label(surface: str) -> str:
    """The surface as a label: original script, without white space or lost-space '?' runs."""
    folded = _nk(surface)  # drops whitespace after folding '?' to ' '
    if len(folded) == len(surface):
        return surface
    f = fold(surface)
    return "".join(ch for ch, m in zip(surface, f, strict=True) if not m.isspace())


@lru_cache(maxsize=8192)
def _simplified(s: str) -> str:
    return to_simplified(s)


class UnitResolver:
    """Resolves unit names to one key per real body, within one document's scope (issuer and region).

    Keys: a fully named body is global (its canonical name); a division or unprefixed centre is
    ``<issuer key>/<name>``; a local or unprefixed name is ``<region>/<name>``. ``units`` collects every unit
    resolved so far (including the issuer), keyed by ``UnitInfo.key``.
    """

    def __init__(self, lexicon: UnitLexicon, *, issuer: str | None, region: str | None) -> None:
        self.lexicon = lexicon
        self.units: dict[str, UnitInfo] = {}
        self.region = lexicon.region_of(region)
        self.region_chain = lexicon.region_chain(self.region)
        self.issuer_key: str | None = None
        self._issuer_nk: str | None = None
        self._known: set[str] = set(lexicon.known_names)
        self._resolved: dict[str, str] = {}  # surface -> key: a surface seen again changes nothing
        if issuer and _nk(issuer):
            self.issuer_key = self.resolve_name(issuer)
            info = self.units[self.issuer_key]
            self._issuer_nk = _nk(info.pref_label)
            if self.region is None and info.region is not None:
                self.region = info.region
                self.region_chain = lexicon.region_chain(self.region)

    # ------------------------------------------------------------------ helpers

    def is_known(self, nk: str) -> bool:
        return nk in self._known

    def can_stand(self, nk: str) -> bool:
        """Whether a list piece can be a unit on its own (a known name or a name ending like a unit)."""
        return nk in self._known or self.lexicon.ends_as_unit(nk)

    def _alias_step(self, nk: str) -> tuple[str, str] | None:
        best: tuple[int, _Alias] | None = None
        for alias in self.lexicon.aliases.get(nk, ()):
            if alias.issuer is not None:
                if alias.issuer != self._issuer_nk:
                    continue
                rank = 0
            elif alias.region is not None:
                if alias.region not in self.region_chain:
                    continue
                rank = 1 + self.region_chain.index(alias.region)
            else:
                rank = 100
            if best is None or rank < best[0]:
                best = (rank, alias)
        if best is None or best[1].canonical == nk:
            return None
        return best[1].canonical, best[1].source

    def _scope_for_prefix(self, level: str) -> str | None:
        for name in self.region_chain:
            known = self.lexicon.regions.get(name)
            if known is not None and known.level == level:
                return name
        return self.region

    def _lex_entry(self, nk: str) -> _LexUnit | None:
        entries = self.lexicon.units.get(nk, [])
        for entry in entries:
            if entry.parent is None or self.lexicon.place_prefix(nk) is not None:
                return entry
        if self._issuer_nk is not None:
            for entry in entries:
                if entry.parent is not None and _nk(entry.parent) == self._issuer_nk:
                    return entry
        return None

    def _fallback_scope(self) -> str | None:
        return self.region or self.issuer_key

    # ------------------------------------------------------------------ resolution

    def resolve_name(self, name: str, span: Span | None = None) -> str:
        """Register ``name`` (a surface form, any script) and return the key of the body it names."""
        cached = self._resolved.get(name)
        if cached is not None:
            return cached
        key = self._resolve(name, span)
        self._resolved[name] = key
        return key

    def _resolve(self, name: str, span: Span | None) -> str:
        surface = _clean_label(name.strip())
        nk = _nk(name)
        if not nk:
            raise ExtractError(f"empty unit name at {span}" if span else "empty unit name")
        lex = self.lexicon
        collective = nk.startswith(lex.collective_prefix)
        if collective:
            # 各区、市人社局 and 各区市人社局 are one collective: separators inside it carry no meaning.
            nk = re.sub(r"[、,;\s]", "", nk)
        source = "document"
        seen = {nk}
        for _ in range(4):
            step = self._alias_step(nk)
            if step is None:
                break
            nk, source = step
            if nk in seen:
                break
            seen.add(nk)

        nk = self._canonical_variant(nk)
        entry = self._lex_entry(nk)
        parent: str | None = None
        region: str | None = None
        if entry is not None:
            pref = entry.name
            kind = entry.kind
            source = entry.source if source == "document" else source
            if entry.parent is not None:
                parent = self._ensure_parent(entry.parent)
                region = entry.region or self.units[parent].region
            else:
                region = entry.region
            # A fully named body is global even when the lexicon knows its parent; a division is its bureau's.
            key = f"{parent}/{pref}" if parent is not None and lex.place_prefix(nk) is None else pref
        else:
            pref = _simplified(nk)
            kind, key, parent, region = self._classify(nk, pref, collective)
            if "/" not in key:
                pref = key  # a short local name expanded to the body's full name
        info = self.units.get(key)
        if info is None:
            info = UnitInfo(key=key, pref_label=pref, parent=parent, region=region, kind=kind, source=source)
            self.units[key] = info
            self._known.add(_nk(pref))
            log.debug("unit %s -> %s (%s)", surface, key, kind)
        self._known.add(_nk(surface))
        for label in (surface, _simplified(surface)):
            if label and label != info.pref_label:
                info.alt_labels.add(label)
        return key

    def _canonical_variant(self, nk: str) -> str:
        """Spell a name the one way the lexicon does (人力资源社会保障局 -> 人力资源和社会保障局)."""
        for variant, canonical in self.lexicon.name_variants:
            if variant in nk and canonical not in nk:
                nk = nk.replace(variant, canonical)
        return nk

    def _ensure_parent(self, parent_name: str) -> str:
        nk = _nk(parent_name)
        entry = self._lex_entry(nk)
        if entry is not None and entry.parent is None:
            if entry.name not in self.units:
                self.units[entry.name] = UnitInfo(
                    key=entry.name,
                    pref_label=entry.name,
                    region=entry.region,
                    kind=entry.kind,
                    source=entry.source,
                )
            return entry.name
        return self.resolve_name(parent_name)

    def _classify(self, nk: str, pref: str, collective: bool) -> tuple[str, str, str | None, str | None]:
        """(kind, key, parent, region) for a name the lexicon does not know."""
        lex = self.lexicon
        if collective:
            scope = self._fallback_scope()
            return "collective", f"{scope}/{pref}" if scope else pref, None, self.region
        place = lex.place_prefix(nk)
        if place is not None:
            kind = "centre" if nk.endswith(lex.centre_suffixes) else "body"
            return kind, pref, None, place
        level = lex.local_prefixes.get(nk[:1])
        if level is not None and len(nk) > 1:
            scope = self._scope_for_prefix(level) or self.issuer_key
            known = lex.regions.get(scope) if scope else None
            if known is not None and known.level == level:
                # 市财政局 in a 烟台市 document is 烟台市财政局, 区教育和体育局 in a 青岛西海岸新区 document is
                # 青岛西海岸新区教育和体育局: one unit for the short and the full name, in every document.
                full = self._canonical_variant(_nk(scope) + nk[1:])
                entry = self._lex_entry(full)
                if entry is not None and entry.parent is None:
                    return entry.kind, entry.name, None, entry.region or scope
                kind = "centre" if full.endswith(lex.centre_suffixes) else "body"
                return kind, _simplified(full), None, scope
            kind = "centre" if nk.endswith(lex.centre_suffixes) else "body"
            return (
                kind,
                f"{scope}/{pref}" if scope else pref,
                None,
                scope if scope != self.issuer_key else None,
            )
        is_division = nk.endswith(lex.division_suffixes)
        is_centre = nk.endswith(lex.centre_suffixes)
        if (is_division or is_centre) and self.issuer_key is not None:
            # An unprefixed division or centre in a body's own document is that body's sub-organisation.
            parent_info = self.units[self.issuer_key]
            kind = "division" if is_division else "centre"
            return kind, f"{self.issuer_key}/{pref}", self.issuer_key, parent_info.region
        scope = self._fallback_scope()
        kind = "division" if is_division else "centre" if is_centre else "body"
        return kind, f"{scope}/{pref}" if scope else pref, None, self.region

    # ------------------------------------------------------------------ splitting lost separators

    def split_lost(self, piece: str) -> list[tuple[int, int]]:
        """Offsets of the units inside ``piece`` (match text) when separators between them were lost.

        Cut candidates come from evidence only: a known name starting or ending there, or a unit suffix
        followed by a place name or a local prefix. A segmentation is accepted when every part can stand
        alone as a unit and no cut separates a body from its own division or branch.
        """
        n = len(piece)
        whole = [(0, n)]
        if n < 6 or piece in self._known:
            return whole
        lex = self.lexicon
        cuts: set[int] = set()
        for known in self._known:
            if len(known) >= n:
                continue
            start = piece.find(known)
            while start != -1:
                end = start + len(known)
                if start > 0:
                    cuts.add(start)
                if end < n:
                    cuts.add(end)
                start = piece.find(known, start + 1)
        places = tuple(lex.region_names) + tuple(lex.local_prefixes)
        for i in range(3, n - 2):
            if piece[:i].endswith(lex.suffixes) and piece[i:].startswith(places):
                cuts.add(i)
        cuts = {c for c in cuts if 3 <= c <= n - 2}
        if not cuts:
            return whole
        ordered = sorted(cuts)
        if len(ordered) > 10:  # keep the search small; long damaged runs are rare
            ordered = ordered[:10]
        best: tuple[tuple[int, int], list[tuple[int, int]]] | None = None
        for r in range(1, len(ordered) + 1):
            for combo in combinations(ordered, r):
                bounds = [0, *combo, n]
                parts = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
                if not all(self._valid_part(piece[a:b]) for a, b in parts):
                    continue
                if not all(
                    self._cut_allowed(
                        piece[parts[k][0] : parts[k][1]], piece[parts[k + 1][0] : parts[k + 1][1]]
                    )
                    for k in range(len(parts) - 1)
                ):
                    continue
                score = (sum(piece[a:b] in self._known for a, b in parts), -len(parts))
                if best is None or score > best[0]:
                    best = (score, parts)
        return best[1] if best is not None else whole

    def _valid_part(self, part: str) -> bool:
        return len(part) >= 3 and _CJK.match(part) is not None and self.can_stand(part)

    def _cut_allowed(self, left: str, right: str) -> bool:
        lex = self.lexicon
        if right in self._known and right not in lex.units:
            return True  # a name this document itself uses on its own
        if right.endswith(lex.branch_suffixes):
            return False
        right_unprefixed = lex.place_prefix(right) is None and right[:1] not in lex.local_prefixes
        if right_unprefixed and right.endswith(lex.division_suffixes):
            # 处 and 室 are peers inside a bureau; a division after a body (or a 科 after a 处) is a part of it.
            return left.endswith(lex.peer_division_suffixes) and right.endswith(lex.peer_division_suffixes)
        return True


# --------------------------------------------------------------------------- clauses


@dataclass
class ResponsibilityClause:
    span: Span
    responsible: list[UnitRef] = field(default_factory=list)
    lead: list[UnitRef] = field(default_factory=list)
    states_lead_rule: bool = False


def states_lead_rule(match_text: str) -> bool:
    """Whether the text states that the first unit listed leads (排第一位的为牵头单位 / 列第一位者为牵头单位)."""
    return _RULE_CORE_RE.search(match_text) is not None


def is_responsibility_line(match_line: str) -> bool:
    """Whether a line (match text) is a responsibility clause of its own: 责任单位:…, (责任部门:…), 牵头单位:…"""
    return _LABEL_AT_START.match(match_line) is not None


def _clause_end(m: str, start: int, end: int, opened: bool) -> int:
    """End (exclusive) of a clause starting at ``start``: its closing bracket, a stray ')' when the opening one
    was lost, or the end of the line/sentence when the closing one was lost."""
    depth = 1 if opened else 0
    i = start
    while i < end:
        ch = m[i]
        if ch == "。":
            break
        if ch in "\n\r":
            # A list broken after a separator (区财政局、<newline>区总工会) goes on on the next line.
            k = i - 1
            while k >= start and m[k] in " \t":
                k -= 1
            if k < start or m[k] not in "、,":
                break
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth <= 1:
                return i + 1
            depth -= 1
        i += 1
    # No closing bracket: trim trailing blanks so the span ends on the last unit.
    while i > start and m[i - 1].isspace():
        i -= 1
    return i


def _role_paren_clause(m: str, start: int, end: int) -> Span | None:
    """The last bracketed (A牵头,B配合) / (A负责) group in ``m[start:end]`` whose pieces are all units."""
    lexicon = UnitLexicon.load_default()
    found: Span | None = None
    for open_m in re.finditer(r"\(", m[start:end]):
        a = start + open_m.start()
        b = _clause_end(m, a + 1, end, opened=True)
        if b <= a + 1 or m[b - 1] != ")":
            continue
        inner = m[a + 1 : b - 1]
        if not re.search(r"牵头|负责", inner) or _LABEL.search(inner):
            continue
        pieces = [p for p in re.split(r"[、,;\s]+", inner) if p]
        ok = bool(pieces)
        for p in pieces:
            core = _ROLE_TAIL.sub("", p)
            core = _ROLE_HEAD.sub("", core)
            if core and not lexicon.ends_as_unit(core):
                ok = False
                break
        if ok and any(_ROLE_TAIL.sub("", p) for p in pieces):
            found = Span(a, b)
    return found


def find_inline_clause(src: SourceDocument, start: int, end: int) -> Span | None:
    """The span of the (last) responsibility clause inside ``text[start:end]``, brackets included.

    Finds labelled clauses (責任處室:… / 责任单位:… / 牵头单位:…;责任单位:…), also with a lost opening or closing
    bracket, and unlabelled (A牵头,B配合) groups.
    """
    m = src.match
    end = min(end, len(m))
    last: Span | None = None
    covered = start
    for label in _LABEL.finditer(m, start, end):
        if label.start() < covered:
            continue
        a = label.start()
        j = a - 1
        while j >= start and m[j] in " \t":
            j -= 1
        opened = j >= start and m[j] == "("
        if opened:
            a = j
        b = _clause_end(m, label.end(), end, opened)
        if b <= label.end():
            continue
        last = Span(a, b)
        covered = b
    if last is not None:
        return last
    return _role_paren_clause(m, start, end)


@dataclass
class _Piece:
    start: int  # offsets into the working copy (relative to the clause start)
    end: int
    sep: str  # the separator after it ('' at the end)
    role: str | None = None  # "lead" | "support" | None
    segment_lead: bool = False


def _blank(w: list[str], a: int, b: int) -> None:
    for k in range(a, b):
        if w[k] != "\n":
            w[k] = " "


def _matching_close(w: list[str], i: int) -> int | None:
    depth = 0
    for k in range(i, len(w)):
        if w[k] == "(":
            depth += 1
        elif w[k] == ")":
            depth -= 1
            if depth == 0:
                return k
    return None


def _blank_unmatched(w: list[str]) -> None:
    stack: list[int] = []
    for k, ch in enumerate(w):
        if ch == "(":
            stack.append(k)
        elif ch == ")":
            if stack:
                stack.pop()
            else:
                w[k] = " "
    for k in stack:
        w[k] = " "


def _tokenize(w: list[str], a: int, b: int) -> list[_Piece]:
    pieces: list[_Piece] = []
    depth = 0
    s = a
    for k in range(a, b + 1):
        ch = w[k] if k < b else ""
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if k == b or (depth == 0 and (ch in _MINOR_SEPS or ch in _MAJOR_SEPS or ch == "\n" or ch == ":")):
            if k > s and "".join(w[s:k]).strip():
                pieces.append(_Piece(s, k, ch))
            elif pieces and ch and ch not in _MINOR_SEPS:
                # A stronger separator after an empty piece still closes the previous group.
                pieces[-1].sep = ch
            s = k + 1
    return pieces


def _trim(w: list[str], p: _Piece) -> None:
    while p.start < p.end and (w[p.start].isspace() or w[p.start] in "\"'"):
        p.start += 1
    while p.end > p.start and (w[p.end - 1].isspace() or w[p.end - 1] in "\"'"):
        p.end -= 1


def parse_responsibility(
    src: SourceDocument, span: Span, resolver: UnitResolver, *, first_is_lead: bool
) -> ResponsibilityClause:
    """Parse the clause at ``span`` (a line or an inline clause, with or without its label and brackets).

    ``responsible`` holds every unit in order (one per key); ``lead`` the units the clause designates as lead:
    explicit 牵头 roles or labels, else the first unit when ``first_is_lead`` or the clause states the rule.
    """
    base = span.start
    w = list(src.match[span.start : span.end])
    rule = False
    for rm in _RULE.finditer("".join(w)):
        rule = True
        _blank(w, rm.start(), rm.end())
    # The clause's own brackets, then brackets left unmatched by damage (专技处) / (人才处).
    first = next((k for k, ch in enumerate(w) if not ch.isspace()), None)
    if first is not None and w[first] == "(":
        close = _matching_close(w, first)
        if close is not None and "".join(w[close + 1 :]).strip() == "":
            w[first] = w[close] = " "
    _blank_unmatched(w)

    text = "".join(w)
    labels: list[re.Match[str]] = list(_LABEL.finditer(text))
    if not labels:
        loose = _LABEL_AT_START.match(text)
        labels = [loose] if loose else []
    segments: list[tuple[int, int, bool]] = []  # (start, end, labelled lead)
    if not labels:
        segments.append((0, len(w), False))
    else:
        if text[: labels[0].start()].strip():
            segments.append((0, labels[0].start(), False))
        for k, lm in enumerate(labels):
            seg_end = labels[k + 1].start() if k + 1 < len(labels) else len(w)
            segments.append((lm.end(), seg_end, lm.group("role") in _LEAD_LABELS))

    pieces: list[_Piece] = []
    for a, b, seg_lead in segments:
        seg_pieces = _tokenize(w, a, b)
        for p in seg_pieces:
            p.segment_lead = seg_lead
            _trim(w, p)
            piece_text = "".join(w[p.start : p.end])
            head = _ROLE_HEAD.match(piece_text)
            if head:
                p.start += head.end()
                piece_text = piece_text[head.end() :]
            tail = _ROLE_TAIL.search(piece_text)
            if tail:
                word = tail.group("p") or tail.group("w")
                if word != "等":
                    p.role = "lead" if word in _LEAD_WORDS else "support"
                p.end = p.start + tail.start()
            _trim(w, p)
        # Re-join pieces that cannot stand alone (各区、市人社局) with the next one.
        joined: list[_Piece] = []
        k = 0
        while k < len(seg_pieces):
            p = seg_pieces[k]
            while (
                k + 1 < len(seg_pieces)
                and p.role is None
                and p.sep not in _NO_JOIN_SEPS
                and not resolver.can_stand(_nk("".join(w[p.start : p.end])))
            ):
                nxt = seg_pieces[k + 1]
                p = _Piece(p.start, nxt.end, nxt.sep, nxt.role, seg_lead)
                k += 1
            joined.append(p)
            k += 1
        pieces.extend(q for q in joined if q.end > q.start and _CJK.search("".join(w[q.start : q.end])))
        if pieces:
            pieces[-1].sep = ";"  # segments never share a role group

    # Roles apply to the whole group they close: (A、B牵头,C配合) makes A and B lead.
    group: list[_Piece] = []
    for p in pieces:
        group.append(p)
        if p.role is not None:
            for q in group:
                q.role = q.role or p.role
            group = []
        elif p.sep in _MAJOR_SEPS or p.sep in (";", ":"):
            group = []

    refs: list[tuple[UnitRef, bool]] = []
    for p in pieces:
        piece_match = src.match[base + p.start : base + p.end]
        for a, b in resolver.split_lost(piece_match):
            s, e = base + p.start + a, base + p.start + b
            surface = src.text[s:e]
            key = resolver.resolve_name(surface, Span(s, e))
            is_lead = p.role == "lead" or (p.segment_lead and p.role is None)
            refs.append((UnitRef(surface=surface, span=Span(s, e), key=key), is_lead))

    responsible: list[UnitRef] = []
    seen: set[str] = set()
    lead: list[UnitRef] = []
    lead_seen: set[str] = set()
    for ref, is_lead in refs:
        if ref.key not in seen:
            seen.add(ref.key)
            responsible.append(ref)
        if is_lead and ref.key not in lead_seen:
            lead_seen.add(ref.key)
            lead.append(ref)
    if not lead and responsible and (first_is_lead or rule):
        lead = [responsible[0]]
    if not responsible:
        log.debug("no unit found in responsibility clause %r", src.text[span.start : span.end])
    return ResponsibilityClause(span=span, responsible=responsible, lead=lead, states_lead_rule=rule)
