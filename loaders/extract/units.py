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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

from policykg.errors import ExtractError
from policykg.loaders.extract.divisions import load_divisions
from policykg.loaders.normalize import fold, name_key, to_simplified
from policykg.models import Span, UnitInfo

log = logging.getLogger(__name__)

# Unit names recur across clauses and documents; folding them once is most of the resolver's cost.
_nk = lru_cache(maxsize=65536)(name_key)

__all__ = ["UnitLexicon", "UnitResolver"]

# --------------------------------------------------------------------------- patterns (on match text)

# A clause label: 责任单位: 责任处室: 责任部门: 牵头单位: 配合单位: ... (match text has ASCII ':').
_CJK = re.compile(r"[\u3400-\u9fff]")
# 各 (each) or a count (13个, 十三个) before the levels of a collective of divisions (各街道、镇, 13个街道、镇)
_COUNT_HEAD = re.compile(r"各|(?:\d{1,3}|[一二三四五六七八九十两]{1,3})个")
# A fully named body starts with a place name: 山东省…, 沟渠市…, 某某县… (districts only via the region table,
# since 高新区/开发区 are not unique across cities).
_FULL_PREFIX = re.compile(r"^([\u3400-\u9fff]{2,6}?(?:省|自治区|自治州|市|县))")
_NOT_IN_PLACE = frozenset("局处厅委会办室部院心司各")
# a closing bracket that is a trail (a clause's lost close) and the opening one it pairs with
_PAIRED_CLOSE = {"〕": "〔", "】": "【", "]": "["}


# --------------------------------------------------------------------------- the unit grammar


def _words(data: dict[str, Any], table: str, key: str, path: Path) -> tuple[str, ...]:
    """Every word of ``key`` over the ``[[table]]`` entries (each needs a source), longest first."""
    out: list[str] = []
    for i, entry in enumerate(data.get(table, [])):
        if not isinstance(entry.get("source"), str) or not entry["source"].strip():
            raise ExtractError(f"{path}: [[{table}]] #{i + 1} needs a source")
        out.extend(_nk(w) for w in _str_list(entry.get(key), f"[[{table}]] #{i + 1} {key}", path))
    return tuple(sorted(set(out), key=len, reverse=True))


@dataclass(frozen=True)
class UnitGrammar:
    """Endings, collectives, trailing words, joins, role labels and people's titles (data/unit_grammar.toml)."""

    nouns: tuple[str, ...]
    collective_prefixes: tuple[str, ...]
    collective_endings: tuple[str, ...]
    trails: tuple[str, ...]
    joins: tuple[str, ...]
    role_heads: frozenset[str]
    person_titles: tuple[str, ...]
    division_levels: tuple[str, ...]
    township_levels: tuple[str, ...] = ()
    party_prefixes: tuple[str, ...] = ()
    national_prefixes: tuple[str, ...] = ()
    national_bodies: frozenset[str] = frozenset()
    province_heads: tuple[str, ...] = ()
    zone_endings: tuple[str, ...] = ()
    zone_nouns: tuple[str, ...] = ()
    department_kinds: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    party_organs: tuple[str, ...] = ()
    paired_governments: tuple[str, ...] = ()
    short_party_organs: tuple[str, ...] = ()
    county_governments: tuple[str, ...] = ()
    township_bodies: tuple[str, ...] = ()
    generic_township_stems: tuple[str, ...] = ()
    common_nouns: tuple[str, ...] = ()
    clause_words: tuple[str, ...] = ()
    area_endings: tuple[str, ...] = ()
    area_words: tuple[str, ...] = ()
    independent_nouns: tuple[str, ...] = ()
    level_words: tuple[str, ...] = ()
    work_words: tuple[str, ...] = ()
    people_words: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, data: dict[str, Any], path: Path) -> UnitGrammar:
        return cls(
            nouns=_words(data, "noun", "endings", path),
            collective_prefixes=_words(data, "collective", "prefixes", path),
            collective_endings=_words(data, "collective", "endings", path),
            trails=_words(data, "trail", "words", path),
            joins=_words(data, "join", "words", path),
            role_heads=frozenset(_words(data, "role_label", "heads", path)),
            person_titles=_words(data, "person", "titles", path),
            division_levels=_words(data, "division_collective", "levels", path),
            township_levels=_words(data, "township_level", "levels", path),
            party_prefixes=_words(data, "party_prefix", "words", path),
            national_prefixes=_words(data, "national_prefix", "words", path),
            national_bodies=frozenset(_words(data, "national_body", "names", path)),
            province_heads=_words(data, "province_head", "words", path),
            zone_endings=_words(data, "zone", "endings", path),
            zone_nouns=_words(data, "zone", "shared_nouns", path),
            department_kinds=_words(data, "department_kind", "endings", path),
            alternatives=_words(data, "alternative", "words", path),
            party_organs=_words(data, "party_government_pair", "party", path),
            paired_governments=_words(data, "party_government_pair", "government", path),
            short_party_organs=_words(data, "party_government_pair", "short_party", path),
            county_governments=_words(data, "county_government", "bodies", path),
            township_bodies=_words(data, "township_level", "bodies", path),
            generic_township_stems=_words(data, "township_level", "generic_stems", path),
            common_nouns=_words(data, "common_noun", "words", path),
            clause_words=_words(data, "clause_word", "words", path),
            area_endings=_words(data, "area_collective", "endings", path),
            area_words=_words(data, "area_collective", "words", path),
            independent_nouns=_words(data, "independent_noun", "words", path),
            level_words=_words(data, "unknown_name", "level_words", path),
            work_words=_words(data, "unknown_name", "work_words", path),
            people_words=_words(data, "unknown_name", "people_words", path),
        )

    def pairs_party_and_government(self, left: str, right: str) -> bool:
        """各县(市、区)党委和人民政府, 高新区党工委和管委会: a party committee and the government of the same place,
        two bodies joined by 和 (the government's bare noun is recorded as written)."""
        return left.endswith(self.party_organs) and right in self.paired_governments

    def first_alternative(self, nk: str) -> str:
        """四市或部分市人民政府 -> 四市人民政府: of alternatives sharing a body noun, the first one's body (the
        alternatives end with the same division level, 市 and 市, and the body follows the second)."""
        for word in self.alternatives:
            k = nk.find(word)
            if k < 2:
                continue
            left, right = nk[:k], nk[k + len(word) :]
            level = left[-1]
            cut = right.find(level)
            if level in self.division_levels and 0 < cut < len(right) - 2:
                return left + right[cut + 1 :]
        return nk

    def place_part(self, nk: str) -> str:
        """The part of a name that may start with a place: after a party prefix (中共武汉市委 -> 武汉市委)."""
        simple = _simplified(nk[:5])
        for word in self.party_prefixes:
            if simple.startswith(word) and len(nk) > len(word) + 1:
                return nk[len(word) :]
        return nk

    def is_national(self, nk: str) -> bool:
        """国家发展改革委, 中共中央办公厅, and the national bodies named bare (审计署, 海关总署, 财政部): one body in
        every document, whatever region the page is about."""
        return nk.startswith(self.national_prefixes) or _simplified(nk) in self.national_bodies

    def is_collective_head(self, nk: str) -> bool:
        """相关市县政府, 有关市州: a name opening with a collective word names no place."""
        return _simplified(nk[:2]).startswith(self.collective_prefixes)

    def is_collective(self, nk: str) -> bool:
        """各地, 各部门, 有关单位, 相关部门: a collective body standing alone (各区 alone is only a list head)."""
        return nk.startswith(self.collective_prefixes) and nk.endswith(self.collective_endings)

    def is_levels_collective(self, nk: str) -> bool:
        """相关市(州), 有关县(市、区): the divisions of two or more levels that a task concerns, named by their levels
        after 相关/有关 (a standing collective, as 相关市州 is; 各市(州) only heads a list's next name)."""
        head = next((p for p in self.collective_prefixes if p != "各" and nk.startswith(p)), None)
        if head is None:
            return False
        rest = re.sub(r"[、,()\s]", "", nk[len(head) :])
        levels = 0
        for level in sorted(self.division_levels, key=len, reverse=True):
            levels += rest.count(level)
            rest = rest.replace(level, "")
        return rest == "" and levels >= 2

    def is_division_collective(self, nk: str) -> bool:
        """各区, 各县(市)区, 各市、县: every division of some levels (a unit at the end of a list); so are the
        divisions counted (13个街道、镇: all of them, by their number) and those concerned (有关县(市)、区)."""
        at = self._area_end(nk)
        head = _COUNT_HEAD.match(nk, at)
        # 有关县(市)、区 / 相关市州: the divisions concerned, a collective of them as much as 各县(市)、区
        word = next((w for w in self.collective_prefixes if _simplified(nk[at : at + len(w)]) == w), "")
        cut = head.end() if head is not None else at + len(word) if word else 0
        if not cut or len(nk) <= cut:
            return False
        rest = re.sub(r"[、,()\s]", "", nk[cut:])
        for level in self.division_levels:
            rest = rest.replace(level, "")
        return rest == ""

    def _area_end(self, nk: str) -> int:
        """Where the collective after an area's name starts (大湾区内地各市 -> 5), 0 with no area before 各."""
        k = nk.find("各", 2)
        if k < 0:
            return 0
        area = _simplified(nk[:k])
        return k if area.endswith(self.area_endings) or area in self.area_words else 0

    def is_role_label(self, nk: str) -> bool:
        """数据提供单位, 牵头部门: a role label that lost its colon, not a body."""
        for ending in ("单位", "部门", "处室", "科室"):
            if nk.endswith(ending) and nk[: -len(ending)] in self.role_heads:
                return True
        return False

    def is_person(self, nk: str) -> bool:
        return nk.endswith(self.person_titles)


def default_grammar() -> UnitGrammar:
    """The packaged unit grammar (data/unit_grammar.toml)."""
    return _default_grammar()


@lru_cache(maxsize=1)
def _default_grammar() -> UnitGrammar:
    from importlib.resources import files

    resource = files("policykg.loaders").joinpath("data/unit_grammar.toml")
    try:
        data = tomllib.loads(resource.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(
            f"policykg.loaders/data/unit_grammar.toml: cannot read the unit grammar ({exc})"
        ) from exc
    return UnitGrammar.from_data(data, Path(str(resource)))


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
            alias_region = entry.get("region")
            if alias_region is not None and alias_region not in self.regions:
                raise ExtractError(f"{path}: alias to {canonical}: unknown region {alias_region}")
            note = f"{source}; {reason}"
            for surface in _str_list(entry.get("surface"), f"alias to {canonical}", path):
                self._add_alias(
                    surface, _Alias(_nk(canonical), _nk(issuer) if issuer else None, alias_region, note)
                )

        # Every name the lexicon knows, for splitting lists whose separators were lost.
        names = set(self.units) | set(self.aliases)
        names |= {a.canonical for entries in self.aliases.values() for a in entries}
        self.known_names: frozenset[str] = frozenset(n for n in names if len(n) >= 3)
        self._place_cache: dict[str, str | None] = {}
        self.grammar = _default_grammar()
        self._endings = tuple(sorted(set(self.suffixes) | set(self.grammar.nouns), key=len, reverse=True))

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
        known = self.region_names.get(nk)
        return known if known is not None else to_simplified(nk)  # OpenCC only for an unknown name

    def region_chain(self, region: str | None) -> list[str]:
        """``region`` and its parents (this lexicon's regions, then the national divisions)."""
        chain: list[str] = []
        divisions = load_divisions()
        while region is not None and region not in chain:
            chain.append(region)
            known = self.regions.get(region)
            division = divisions.get(region)
            region = known.parent if known else division.parent if division else None
        return chain

    def region_level(self, region: str | None) -> str | None:
        """province | city | district, from this lexicon or the national divisions."""
        if region is None:
            return None
        known = self.regions.get(region)
        if known is not None:
            return known.level
        division = load_divisions().get(region)
        return division.level if division else None

    def place_prefix(self, nk: str) -> str | None:
        """The place a fully named body's name starts with (青岛市…, 市北区…, 沟渠市…), else None."""
        if nk not in self._place_cache:
            self._place_cache[nk] = self._place_prefix(nk)
        return self._place_cache[nk]

    def _place_prefix(self, nk: str) -> str | None:
        if self.grammar.is_collective_head(nk):
            return None
        nk = self.grammar.place_part(nk)
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
        divisions = load_divisions()
        n, names = divisions.prefix_candidates(nk)
        if n and n < len(nk) and len(names) == 1:
            return names[0]  # 沈阳市财政局, 哈尔滨铁路局: any national division
        m = _FULL_PREFIX.match(nk)
        if m and len(m.group(1)) < len(nk) and not (set(m.group(1)) & _NOT_IN_PLACE):
            return m.group(1)
        return None

    def opens_with_known_place(self, nk: str) -> bool:
        """Whether a name opens with a place the gazetteer knows (this lexicon's regions, a national division's
        name or short form) and goes on after it; never a place guessed from the name's shape alone, as
        :meth:`place_prefix` may (坚持县域自平衡, 适应新型城市群 open with no place)."""
        if any(nk.startswith(alias) and len(nk) > len(alias) for alias in self.region_names):
            return True
        n, _names = load_divisions().prefix_candidates(nk)
        return 0 < n < len(nk)

    def unit_ending(self, nk: str) -> str:
        """The longest body ending (…管委会, …局) ``nk`` ends with, or ''."""
        return next((e for e in self._endings if nk.endswith(e)), "")

    def ends_as_unit(self, nk: str) -> bool:
        """Whether a name ends like a body (…局, …中心, …人民政府, …银行) or is a standing collective (各地)."""
        core = nk.replace("(", "").replace(")", "")
        if any(w in core for w in self.grammar.clause_words):
            return False  # 新城经济开发区按照规定条件及程序申报…开发区: a body and what it does, no name
        # 各市(地): the bracket's 地 qualifies 市, it makes no 各地
        return (
            (core.endswith(self._endings) and not core.endswith(self.grammar.common_nouns))
            or self.grammar.is_collective(_unbracketed(nk) if "(" in nk else core)
            or self.grammar.is_levels_collective(nk)
        )


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


_BRACKETED = re.compile(r"\([^()]*\)")
# 各区人民政府〈含开发区、风景区管委会,下同〉: a remark stating what the body's scope takes in, in any bracket
_SCOPE_REMARK = re.compile(r"[(（〈<〔\[]\s*(?:含|包括|包含)[^()（）〈〉<>〔〕\[\]]*[)）〉>〕\]]")


def _scope_free(surface: str) -> str | None:
    """The name without its scope remark (各区人民政府 for 各区人民政府〈含开发区…〉), a label of the same body; None
    when it has none."""
    bare = _SCOPE_REMARK.sub("", surface) if "含" in surface or "包括" in surface else surface
    return bare.strip() if bare != surface and bare.strip() else None


@lru_cache(maxsize=8192)  # list pieces are tested again and again (shares_suffix, may_head_shared)
def _unbracketed(s: str) -> str:
    return _BRACKETED.sub("", _simplified(s))


@lru_cache(maxsize=8192)
def is_county_division(nk: str) -> bool:
    """Whether a name (name key) is a county-level division's full name (永嘉县, 天河区, 项城市): a body acting for
    its place where it is the subject of a duty (永嘉县要…)."""
    return _is_county_level(nk)


def _is_county_level(nk: str) -> bool:
    """Whether a division's full name (黄埔区, 项城市, 商水县) names county-level divisions only."""
    table = load_divisions()
    names = table.forms.get(nk, [])
    return bool(names) and all((d := table.get(name)) is not None and d.level == "district" for name in names)


def is_division_name(nk: str) -> bool:
    """Whether a name key is a division by its full name (西秀区, 普定县, 镇宁自治县): a list of bodies names its
    government so, as it names a department (西秀区、普定县负责)."""
    return _is_division_name(nk)


# A short form that keeps the autonomy's ending (镇宁自治县, 海西自治州) is a full name, not a bare short form.
_AUTONOMOUS_ENDS = ("自治县", "自治旗", "自治州")


# 相关设区市 / 其他设区市 / 有关县(市、区): the other divisions of one level, after a division named with 及/和
_LEVEL_HEADS = "省市县区州"  # 市发改委: a department's level opening its name
_PEER_DIVISIONS = re.compile(r"(?:相关|有关|其他|其余)(?:设区的?市|[市县区州盟旗](?:\([市县区、]{1,5}\))?)")


def _short_division(nk: str) -> bool:
    """A division by its short name alone (福州 for 福州市): one division has that form."""
    return len(load_divisions().forms.get(nk, [])) == 1 and not _is_division_name(nk)


@lru_cache(maxsize=8192)  # the divisions table does not change: one look-up per name
def _is_division_name(nk: str) -> bool:
    if len(nk) < 3:
        return False
    division = load_divisions().get(nk)
    if division is None:
        names = load_divisions().forms.get(nk, [])
        division = load_divisions().get(names[0]) if len(names) == 1 else None
    return division is not None and (
        nk in (division.name, division.official) or nk.endswith(_AUTONOMOUS_ENDS)
    )


# 江苏省政府办公厅 is the 江苏省人民政府办公厅: a place's government named without 人民 (the common short form).
_SHORT_GOVERNMENT = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{2,12}?[省市县区旗州盟])政府(?P<rest>办公厅|办公室)?$"
)


def _formal_government(pref: str) -> str | None:
    """The formal name of a place's government or its general office written without 人民, else None."""
    m = _SHORT_GOVERNMENT.match(pref)
    return f"{m.group('place')}人民政府{m.group('rest') or ''}" if m else None


@lru_cache(maxsize=8192)
def _simplified(s: str) -> str:
    return to_simplified(s)


_ZONE_PLACE_MIN, _ZONE_PLACE_MAX = 2, 6  # 龙南 in 龙南经济技术开发区管委会: the place a zone is named for


@lru_cache(maxsize=8192)  # asked of the first piece of every list of units; the same pieces recur
def _may_open_shared(lexicon: UnitLexicon, nk: str) -> bool:
    """:meth:`UnitResolver.may_open_shared`, a question of the lexicon alone (no document's state)."""
    g = lexicon.grammar
    return _may_head_shared(lexicon, (nk,)) or g.is_division_collective(nk) or nk in g.township_levels


def _may_head_shared(lexicon: UnitLexicon, heads: Sequence[str]) -> bool:
    """:meth:`UnitResolver.may_head_shared`: bare division names or bare zones."""
    g = lexicon.grammar
    return all(_is_division_name(h) and not lexicon.ends_as_unit(h) for h in heads) or all(
        _unbracketed(h).endswith(g.zone_endings) for h in heads
    )


def _pair_heads(g: UnitGrammar) -> tuple[tuple[tuple[str, frozenset[str]], ...], tuple[str, ...]]:
    """:meth:`UnitResolver.party_government_run`'s heads (县委, 区党工委 …), each with the governments that may
    follow it (县政府), in its order, and the heads alone: the grammar's, made once (not per document)."""
    return _pair_heads_of(g.division_levels, (*g.short_party_organs, *g.party_organs), g.paired_governments)


@lru_cache(maxsize=4)
def _pair_heads_of(
    levels: tuple[str, ...], organs: tuple[str, ...], governments: tuple[str, ...]
) -> tuple[tuple[tuple[str, frozenset[str]], ...], tuple[str, ...]]:
    heads = tuple(
        (level + organ, frozenset(level + b for b in governments)) for level in levels for organ in organs
    )
    return heads, tuple(head for head, _ in heads)


class UnitResolver:
    """Resolves unit names to one key per real body, within one document's scope (issuer and region).

    Keys: a fully named body is global (its canonical name); a division or unprefixed centre is
    ``<issuer key>/<name>``; a local or unprefixed name is ``<region>/<name>``. ``units`` collects every unit
    resolved so far (including the issuer), keyed by ``UnitInfo.key``.
    """

    def __init__(
        self, lexicon: UnitLexicon, *, issuer: str | None, region: str | None, doc_scope: str | None = None
    ) -> None:
        self.lexicon = lexicon
        # The document itself scopes short names when neither its region nor its issuer is known: 市发改委 of an
        # untitled 杭州 page and of an untitled 绍兴 page are two bodies, never one.
        self.doc_scope = doc_scope
        self.units: dict[str, UnitInfo] = {}
        self.region = lexicon.region_of(region)
        self.region_chain = lexicon.region_chain(self.region)
        self.issuer_key: str | None = None
        self._issuer_nk: str | None = None
        self._known: set[str] = set(lexicon.known_names)
        self._resolved: dict[str, str] = {}  # surface -> key: a surface seen again changes nothing
        self._pair_heads, self._pair_starts = _pair_heads(lexicon.grammar)
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
        """Whether a list piece can be a unit on its own: a known name, a name ending like a unit (…局, 各地), or
        a division by its full name (合肥市, 市南区: its government), never a bare short form (黑河 of
        哈尔滨、黑河、绥芬河市政府)."""
        return nk in self._known or self.lexicon.ends_as_unit(nk) or self._is_division_name(nk)

    def _is_division_name(self, nk: str) -> bool:
        return _is_division_name(nk)

    def shares_suffix(self, heads: list[str], last: str) -> bool:
        """Whether list pieces ``heads`` share the body noun of ``last`` (name keys): bare division names before a
        division's body (海东市、兰州市、临夏州发展改革部门; 银川市、石嘴山市、吴忠市人民政府), or a collective of
        divisions before a local body (各市(县)、区政府). Such a list names one collective unit."""
        if not heads or not self.lexicon.ends_as_unit(last):
            return False
        g = self.lexicon.grammar
        if self.shares_department_kind(heads, last):
            return True
        if self.shares_township_body(heads, last):
            return True
        if len(heads) == 1 and g.is_division_collective(heads[0]):
            # the local body is one body (区政府), not a collective of its own (各街道、区直各部门); a township
            # collective shares only a township's body (各乡、镇人民政府), never a 区 body's (各镇(街道)、区财政局);
            # the body may be joined to another (有关县(市)、区政府及其水利部门: the heads share 政府 only)
            body = last[1 : self._split_joins(last)[0][1]]
            return (
                (not any(t in heads[0] for t in g.township_levels) or last[:1] in g.township_levels)
                and last[:1] in self.lexicon.local_prefixes
                and last[:1] in g.division_levels
                and "各" not in body
                and not body.endswith(g.collective_endings)
            )
        if not all(self._is_division_name(h) and not self.lexicon.ends_as_unit(h) for h in heads):
            return False
        n, _names = load_divisions().prefix_candidates(last)
        # 西秀区、普定县、安顺经开区: a zone named for a place is a unit of its own, not the heads' shared body
        zone = _unbracketed(last).endswith(g.zone_endings)
        return (
            0 < n < len(last)
            and not self._is_division_name(last)
            and not zone
            and not self._counties_each_governed(heads, last, n)
        )

    def _counties_each_governed(self, heads: list[str], last: str, n: int) -> bool:
        """川汇区、商水县、项城市、沈丘县人民政府: county-level divisions named in full before a government each have
        one of their own, so the list names one unit per piece (prefectures' lists share theirs)."""
        if last[n:] not in self.lexicon.grammar.county_governments:
            return False
        return all(_is_county_level(h) for h in [*heads, last[:n]])

    def shares_township_body(self, heads: list[str], last: str) -> bool:
        """街道、镇党(工)委 / 乡、镇人民政府: bare township levels before a township level's own body (its party
        committee or government) name one collective of every township's body."""
        g = self.lexicon.grammar
        level = next((t for t in g.township_levels if last.startswith(t)), None)
        return (
            level is not None
            and all(h in g.township_levels for h in heads)
            and ((body := _unbracketed(last[len(level) :])) in g.township_bodies or body in g.party_organs)
        )

    def shares_department_kind(self, heads: list[str], last: str) -> bool:
        """各市(州)、贵安新区数据管理部门: a collective of divisions before a place's kind of department."""
        g = self.lexicon.grammar
        return (
            len(heads) == 1
            and g.is_division_collective(heads[0])
            and last.endswith(g.department_kinds)
            and self._place_then_kind(last)
        )

    def _place_then_kind(self, nk: str) -> bool:
        """贵安新区数据管理部门: a zone or division name, then a kind of department (各市(州)、 may share it)."""
        g = self.lexicon.grammar
        for k in range(2, len(nk) - 2):
            if _unbracketed(nk[:k]).endswith(g.zone_endings) and not nk[k:].startswith(g.zone_endings):
                return True
        n, _names = load_divisions().prefix_candidates(nk)
        return 0 < n < len(nk) - 2

    def names_place(self, surface: str) -> bool:
        """Whether a unit's name opens with a division outside the document's region chain, is a collective of
        divisions or a township's body (南康区, 瑞金市政府, 各县(市、区), 五星街道): the body of a place, not a
        department of the issuing level."""
        nk = _nk(surface)
        g = self.lexicon.grammar
        if g.is_division_collective(nk) or (nk.startswith("各") and nk[1:2] in g.division_levels):
            return True
        # 五星街道, 城关镇人民政府, 长延堡街办: a township's body names its place
        body = next((b for b in g.township_bodies if nk.endswith(b) and len(nk) > len(b) + 1), "")
        nk = nk[: len(nk) - len(body)]
        if nk.endswith(g.township_levels) and len(nk) > 2:
            return True
        n, names = load_divisions().prefix_candidates(nk)
        return n >= 2 and not any(name in self.region_chain for name in names)

    def is_place(self, nk: str) -> bool:
        """Whether a list piece is a division's name and nothing more (哈尔滨, 绥芬河市), bare or full."""
        return load_divisions().prefix_candidates(nk)[0] == len(nk) > 0

    def may_open_shared(self, nk: str) -> bool:
        """Whether a list piece may be the first head of a shared body noun (:meth:`shares_suffix` and
        :meth:`may_head_shared` both need it to be): a bare division name, a bare zone or a collective of
        divisions."""
        return _may_open_shared(self.lexicon, nk)

    def may_head_shared(self, heads: list[str]) -> bool:
        """Whether list pieces may still be the heads of a shared body noun: bare division names or bare zones."""
        return _may_head_shared(self.lexicon, heads)

    def can_end_list(self, nk: str) -> bool:
        """Whether the last piece of a list is a whole unit: one that can stand, or a collective of divisions
        (…,各区) that only heads the next name while the list goes on."""
        return self.can_stand(nk) or self.lexicon.grammar.is_division_collective(nk)

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
        if level == "city" and self.region_chain and self._county_level_city(self.region_chain[0]):
            return self.region_chain[0]  # 市委农办 in a 大冶市 document: 大冶市's own, not 黄石市's
        for name in self.region_chain:
            if self.lexicon.region_level(name) == level:
                return name
        if self.doc_scope is not None and self.lexicon.region_level(self.region) is not None:
            # 区发改委 in a document known only to be 北京市's: some district of it, this document's own
            return self.doc_scope
        return self.region

    def _county_level_city(self, region: str) -> bool:
        """A county-level city (大冶市 of 黄石市): a district-level division whose name ends with 市."""
        d = load_divisions().get(region)
        return d is not None and d.level == "district" and d.official.endswith("市")

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
        return self.region or self.issuer_key or self.doc_scope

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
        nk = lex.grammar.first_alternative(nk)
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
        for label in (
            surface,
            _simplified(surface),
            _formal_government(info.pref_label),
            _scope_free(surface),
        ):
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

    def _own_district_named(self, nk: str) -> tuple[str, str] | None:
        """(region, its name as printed) when ``nk`` opens with the name of a district of this document's own
        region chain whose name starts like a short local name (市中区, 市南区, 区中区): that district, not 市…."""
        divisions = load_divisions()
        for region in self.region_chain:
            d = divisions.get(region)
            if d is None or d.level != "district" or len(d.official) < 3:
                continue
            official = _nk(d.official)
            if (
                official[:1] in self.lexicon.local_prefixes
                and nk.startswith(official)
                and len(nk) > len(official)
            ):
                return region, official
        return None

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
        own = self._own_district_named(nk)
        if own is not None:
            # 市中区政府办公室 in a 济南市市中区 document: the district's body, not a 市 body of 济南市
            region, official = own
            full = _simplified(region + nk[len(official) :])
            kind = "centre" if full.endswith(lex.centre_suffixes) else "body"
            return kind, full, None, region
        level = lex.local_prefixes.get(nk[:1])
        if level is not None and len(nk) > 1:
            scope = self._scope_for_prefix(level) or self.issuer_key or self.doc_scope
            if scope is not None and (
                lex.region_level(scope) == level or (level == "city" and self._county_level_city(scope))
            ):
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
                scope if scope not in (self.issuer_key, self.doc_scope) else None,
            )
        is_division = nk.endswith(lex.division_suffixes)
        is_centre = nk.endswith(lex.centre_suffixes)
        if (is_division or is_centre) and self.issuer_key is not None:
            # An unprefixed division or centre in a body's own document is that body's sub-organisation.
            parent_info = self.units[self.issuer_key]
            kind = "division" if is_division else "centre"
            return kind, f"{self.issuer_key}/{pref}", self.issuer_key, parent_info.region
        kind = "division" if is_division else "centre" if is_centre else "body"
        if lex.grammar.is_national(nk) and lex.ends_as_unit(nk):
            return kind, pref, None, None  # 国家发展改革委, 中共中央办公厅: one body everywhere
        scope = self._fallback_scope()
        return kind, f"{scope}/{pref}" if scope else pref, None, self.region

    # ------------------------------------------------------------------ splitting lost separators

    def zone_heads(self, piece: str) -> tuple[list[tuple[int, int]], int] | None:
        """赣州、龙南经济技术开发区管委会: bare place names before a place's zone and its administration name a zone
        of each place, every one with its own administration (two units, not one collective). The spans of the
        pieces (match text) and where the shared tail (经济技术开发区管委会) starts in the last one; None for any
        other piece."""
        if "、" not in piece:
            return None
        g = self.lexicon.grammar
        spans: list[tuple[int, int]] = []
        pos = 0
        for part in piece.split("、"):
            a = pos + len(part) - len(part.lstrip())
            spans.append((a, pos + len(part.rstrip())))
            pos += len(part) + 1
        last = _nk(piece[spans[-1][0] : spans[-1][1]])
        tail = max(
            (e + z for e in g.zone_endings for z in g.zone_nouns if last.endswith(e + z)), key=len, default=""
        )
        place = last[: len(last) - len(tail)]
        if (
            not tail
            or not _ZONE_PLACE_MIN <= len(place) <= _ZONE_PLACE_MAX
            or self.lexicon.ends_as_unit(place)
        ):
            return None  # 高新区、经开区管委会: zones named bare share one administration (see shares_suffix)
        for a, b in spans[:-1]:
            head = _nk(piece[a:b])
            if not head or not self.is_place(head) or self.lexicon.ends_as_unit(head):
                return None
        return spans, spans[-1][0] + (len(piece[spans[-1][0] : spans[-1][1]]) - len(tail))

    def split_lost(self, piece: str) -> list[tuple[int, int]]:
        """Offsets of the units inside one list piece (match text), by the unit grammar.

        Trailing words that are not units go (市财政局等有关部门 -> 市财政局, 省大数据中心按职责分工 -> 省大数据中心);
        a role label (数据提供单位) or a person (刘忻市长) gives no unit; 及/和 split where both sides stand as units
        (省统计局及有关市政府, never 文化和旅游厅); runs that lost their separators are cut by :meth:`_split_run`.
        """
        g = self.lexicon.grammar
        a, b = self._trim_trail(piece)
        core = piece[a:b]
        if not core or core in g.trails or g.is_role_label(core) or g.is_person(core):
            return []  # a role verb alone (配合), a role label (数据提供单位) or a person (刘忻市长)
        out: list[tuple[int, int]] = []
        joins = self._split_joins(core)
        for k, (s, e) in enumerate(joins):
            if k + 1 < len(joins):
                e = s + self._etc_end(
                    core[s:e]
                )  # 省农业农村厅等部门及各市政府: the 等-phrase closes the first list
            out.extend((a + s + x, a + s + y) for x, y in self._split_run(core[s:e]))
        return out

    def _etc_end(self, part: str) -> int:
        """The end of ``part`` without a trailing 等-phrase (等部门, 等有关单位) that stands before a join word."""
        for word in self.lexicon.grammar.trails:
            if len(word) > 1 and word.startswith("等") and part.endswith(word) and len(part) > len(word) + 1:
                return len(part) - len(word)
        return len(part)

    def _trim_trail(self, piece: str) -> tuple[int, int]:
        trails = self.lexicon.grammar.trails  # longest first
        a, b = 0, len(piece)
        while a < b and piece[a] in " \t([":
            a += 1
        while True:
            while b > a and piece[b - 1].isspace():
                b -= 1
            seg = piece[a:b]
            if not seg.endswith(trails):
                return a, b
            word = next(w for w in trails if seg.endswith(w))
            if b - len(word) <= a:
                return a, b
            if word in _PAIRED_CLOSE and seg.count(_PAIRED_CLOSE[word]) >= seg.count(word):
                return a, b  # 各县〔市、区〕政府〔管委会〕: the bracket closes a remark the name opened
            rest = seg[: -len(word)]
            if (
                self.lexicon.ends_as_unit(seg)
                and not self.lexicon.ends_as_unit(rest)
                and not rest.startswith("各")
                and not self.lexicon.grammar.is_person(rest)
            ):
                return (
                    a,
                    b,
                )  # 省经协办 (经济协作办公室): a trail (协办) ending a name whose head is no unit alone
            b -= len(word)

    def _split_joins(self, core: str) -> list[tuple[int, int]]:
        """Cut at 及/和/与 where the left side ends as a body (or names divisions: 岳麓区和市直相关单位, 各区和市直各单位)
        and the right one stands alone (a bare body noun such as 政府 does not: it shares the left side's prefix;
        nor does a division's body after a division: 银川市和石嘴山市人民政府 shares it)."""
        g = self.lexicon.grammar
        for word in g.joins:
            k = core.find(word, 2)
            while k != -1:
                left, right = core[:k], core[k + len(word) :]
                if (
                    len(right) >= 2
                    and (
                        right
                        not in self.lexicon._endings  # 各县市区政府和管委会: a bare noun shares the prefix
                        or g.pairs_party_and_government(left, right)
                        or right
                        in g.independent_nouns  # 试点城市和企业: bodies of another kind, no prefix shared
                    )
                    and (
                        left.replace(")", "").endswith(self.lexicon._endings)
                        or (self._is_division_name(left) and not self.shares_suffix([left], right))
                        # 各区和市直各单位: a collective of divisions, then one of departments (各县(市)及相关区政府
                        # shares its 政府); 各县(市)区和市发改委: then a department named with its level (heldout144 gj03)
                        or (
                            g.is_division_collective(left)
                            and (
                                right.endswith(g.collective_endings)
                                or (
                                    right[:1] in _LEVEL_HEADS
                                    and self.lexicon.ends_as_unit(right)
                                    and len(right) > 3
                                )
                            )
                        )
                        # 福州及相关设区市: a city by its short name, then the other divisions of its level
                        or (_short_division(left) and _PEER_DIVISIONS.fullmatch(right) is not None)
                    )
                    # 省财政厅会同各市(州): a collective of divisions ends the piece as it may end a list
                    and self.can_end_list(right)
                ):
                    # 环保厅和内蒙古电力监管办及相关盟市: both sides may join more bodies
                    head = self._split_joins(left)
                    rest = self._split_joins(right)
                    return [*head, *((k + len(word) + x, k + len(word) + y) for x, y in rest)]
                k = core.find(word, k + 1)
        return [(0, len(core))]

    def _split_run(self, piece: str) -> list[tuple[int, int]]:
        """Offsets of the units inside ``piece`` (match text) when separators between them were lost.

        Cut candidates come from evidence only: a known name starting or ending there, or a unit suffix
        followed by a place name or a local prefix. A segmentation is accepted when every part can stand
        alone as a unit and no cut separates a body from its own division or branch.
        """
        n = len(piece)
        whole = [(0, n)]
        paired = self.party_government_run(piece)
        if paired:
            return [(0, paired), (paired, n)]
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
        # never inside a two-level collective word (各相关乡|镇政府 is one body: 乡镇)
        pairs = {e for e in lex.grammar.collective_endings if len(e) == 2}
        cuts = {c for c in cuts if 3 <= c <= n - 2 and piece[c - 1 : c + 1] not in pairs}
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

    def party_government_run(self, piece: str) -> int:
        """县委县政府 / 市委市人民政府: a level's party committee and its government written together with no mark
        between them, two bodies (as 县委和县政府 is); where the second name starts, 0 for any other piece (市委市政府
        督查局 is one office of both)."""
        if not piece.startswith(self._pair_starts):  # one C-level test answers the usual "no"
            return 0
        for head, governments in self._pair_heads:
            if piece.startswith(head) and piece[len(head) :] in governments:
                return len(head)
        return 0

    def _valid_part(self, part: str) -> bool:
        return len(part) >= 3 and _CJK.match(part) is not None and self.can_stand(part)

    def _departments_of(self, left: str, right: str) -> bool:
        """各部门 / 有关单位 right after a body (not after a collective): that body's own departments."""
        g = self.lexicon.grammar
        simple = _simplified(right)
        if not g.is_collective(simple) or g.is_collective(_simplified(left)) or g.is_collective_head(left):
            return False
        rest = next((simple[len(p) :] for p in g.collective_prefixes if simple.startswith(p)), simple)
        # a collective of divisions or places (各地, 各区县, 各市州) is no body's departments
        return not rest.startswith(g.division_levels) and not rest.startswith("地") and rest in g.nouns

    def _cut_allowed(self, left: str, right: str) -> bool:
        lex = self.lexicon
        g = lex.grammar
        if _simplified(right) in g.zone_nouns and _simplified(left).endswith(g.zone_endings):
            return (
                False  # 武汉东湖新技术开发区|管委会: the zone's own administration, one body (heldout73 dq01)
            )
        if (
            lex.grammar.is_division_collective(left)
            and lex.place_prefix(right) is None
            and right[:1] not in lex.local_prefixes
        ):
            return False  # 各区、县级市外经贸局: the body of every one of those divisions, even where 外经贸局 stands alone
        if self._departments_of(left, right):
            return False  # 国务院各部门, 省政府各部门: the departments of the body before them, one collective unit
        if (
            self._is_division_name(left)
            and lex.place_prefix(right) is None
            and right[:1] not in lex.local_prefixes
            and not lex.grammar.is_collective_head(right)
        ):
            return False  # 广东省|农业农村厅: a division's name alone before a body unplaced is that body's place
        if right in self._known and right not in lex.units:
            return True  # a name this document itself uses on its own
        if right.endswith(lex.branch_suffixes):
            return False
        levels = lex.grammar.division_levels
        if lex.grammar.is_collective_head(left) and left.endswith(levels) and right.startswith(levels):
            return False  # 各相关乡镇政府, 各县市区政府: a collective's levels run on (乡镇), no two bodies
        if (
            _simplified(left[:4]).startswith(lex.grammar.national_prefixes)
            and lex.place_prefix(right) is not None
        ):
            return False  # 国家能源局山东监管办, 国家统计局青岛调查队: a national body's office in a place
        right_unprefixed = lex.place_prefix(right) is None and right[:1] not in lex.local_prefixes
        if right_unprefixed and right.endswith(lex.division_suffixes):
            # 处 and 室 are peers inside a bureau; a division after a body (or a 科 after a 处) is a part of it.
            return left.endswith(lex.peer_division_suffixes) and right.endswith(lex.peer_division_suffixes)
        return True


# --------------------------------------------------------------------------- clauses
