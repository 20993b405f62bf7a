"""Industries mapped to the national classifications (``data/classifications.toml`` and its CSV tables).

:func:`classify` gives, for an industry label, its closest classes with the kind of match, by these rules in
order (the first that gives an answer wins):

1. **synonym**: the sourced synonym table (芯片 → 3973 集成电路制造 and 6520 集成电路设计, exact);
2. **name**: the label is a class name, or a class name is the label plus an activity word (集成电路 →
   集成电路制造, 集成电路设计; 汽车 → 汽车制造业; 新材料 → 新材料产业): exact;
3. **head**: 门类/大类/中类 names that begin with the label and go on with other words (纺织服装 →
   18 纺织服装、服饰业): broad, at most a handful, the most general level first.

A label that no rule reaches is unclassified (no guess). Codes are ``<scheme>:<code>`` (``GB/T4754-2017:3973``).
"""

from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from policykg.errors import ExtractError
from policykg.loaders.normalize import name_key

__all__ = ["ClassEntry", "ClassMatch", "Classifications", "classify", "load_classifications"]

_ACTIVITY = (
    "制造业",
    "制造",
    "产业",
    "业",
    "服务业",
    "服务",
    "设计",
    "生产",
    "加工",
    "加工业",
    "开采",
    "种植",
    "养殖",
)
_MAX_HEAD = 4
_HEAD_LEVELS = (
    "门类",
    "大类",
    "中类",
    "一级",
)  # a 小类 is too narrow to stand for an industry by its first words


@dataclass(frozen=True)
class ClassEntry:
    scheme: str
    code: str
    level: str
    name: str
    parent: str | None  # full id of the parent class

    @property
    def id(self) -> str:
        return f"{self.scheme}:{self.code}"


@dataclass(frozen=True)
class ClassMatch:
    entry: ClassEntry
    match: str  # "exact" | "broad"


@dataclass
class Classifications:
    entries: dict[str, ClassEntry]
    schemes: dict[str, dict[str, object]]
    synonyms: dict[str, tuple[list[str], str]]
    by_name: dict[str, list[str]]

    def ancestors(self, class_id: str) -> list[ClassEntry]:
        """The class and its ancestors, most specific first."""
        out = []
        cur: str | None = class_id
        while cur and cur in self.entries:
            e = self.entries[cur]
            out.append(e)
            cur = e.parent
        return out

    def counts(self, scheme: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entries.values():
            if e.scheme == scheme:
                out[e.level] = out.get(e.level, 0) + 1
        return out


def _read_table(scheme: str, file: str) -> list[ClassEntry]:
    ref = resources.files("policykg.loaders").joinpath(f"data/{file}")
    try:
        rows = list(csv.DictReader(ref.read_text(encoding="utf-8").splitlines()))
    except OSError as exc:
        raise ExtractError(f"{ref}: cannot read the classification table ({exc})") from exc
    return [
        ClassEntry(
            scheme, r["code"], r["level"], r["name"], f"{scheme}:{r['parent']}" if r["parent"] else None
        )
        for r in rows
    ]


@lru_cache(maxsize=1)
def load_classifications() -> Classifications:
    ref = resources.files("policykg.loaders").joinpath("data/classifications.toml")
    try:
        data = tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the classifications ({exc})") from exc
    entries: dict[str, ClassEntry] = {}
    schemes: dict[str, dict[str, object]] = {}
    for s in data.get("scheme", []):
        if not s.get("source") or not s.get("licence"):
            raise ExtractError(f"{ref}: scheme {s.get('id')} needs a source and a licence")
        schemes[s["id"]] = s
        for e in _read_table(s["id"], s["file"]):
            entries[e.id] = e
    synonyms: dict[str, tuple[list[str], str]] = {}
    for syn in data.get("synonym", []):
        if not syn.get("source") or syn.get("match") not in ("exact", "broad"):
            raise ExtractError(f"{ref}: synonym {syn.get('label')} needs a source and match exact|broad")
        missing = [c for c in syn["codes"] if c not in entries]
        if missing:
            raise ExtractError(f"{ref}: synonym {syn['label']} names unknown codes {missing}")
        synonyms[name_key(syn["label"])] = (list(syn["codes"]), syn["match"])
    by_name: dict[str, list[str]] = {}
    for e in entries.values():
        by_name.setdefault(name_key(e.name), []).append(e.id)
    return Classifications(entries, schemes, synonyms, by_name)


@lru_cache(maxsize=4096)
def classify(label: str) -> tuple[ClassMatch, ...]:
    """The closest classes of the industry ``label`` (any script), exact matches first; see the module doc."""
    c = load_classifications()
    key = name_key(label)
    if not key:
        return ()
    if key in c.synonyms:
        ids, match = c.synonyms[key]
        return tuple(ClassMatch(c.entries[i], match) for i in ids)
    exact: list[str] = list(c.by_name.get(key, []))
    for word in _ACTIVITY:
        exact += c.by_name.get(key + word, [])
    if exact:
        # 652 and 6520 are both 集成电路设计: keep the most specific of a class and its own ancestors
        covered = {a.id for i in exact for a in c.ancestors(i)[1:]}
        return tuple(ClassMatch(c.entries[i], "exact") for i in dict.fromkeys(exact) if i not in covered)
    if len(key) < 2:
        return ()
    heads = [e for e in c.entries.values() if e.level in _HEAD_LEVELS and name_key(e.name).startswith(key)]
    heads.sort(key=lambda e: (len(e.code), e.code))
    return tuple(ClassMatch(e, "broad") for e in heads[:_MAX_HEAD])
