"""The named query library: ``queries/*.cypher`` files with a header, loaded, checked and run on any store.

Header lines (``// key: value`` at the top of each file) say what the query is and how to call it::

    // name: unit-industries
    // zh: 各单位负责哪些产业
    // en: Which units own which industries
    // param: unit: key = null -- only units whose name contains this
    // evidence: _evidence
    // kind: report
    // example: policykg query unit-industries --param industry=人工智能

Parameter types say how a value typed by a user becomes a Cypher parameter; it is never formatted into the text:

* ``text``: the string as given; ``key``: ``name_key`` of it (matches ``matchKey`` / ``searchText``);
* ``variants``: a list of the raw, folded (Simplified) and Traditional forms, for literals kept in their own script;
* ``terms``: the input split on white space, each ``name_key``-ed (every term must occur);
* ``int`` (optionally ``int[lo..hi]``), ``bool``;
* ``cursor``: the key of the last row of the previous page (``after``); absent, it is ``""``, before every key.
* ``unit``, ``industry``, ``system``, ``document``, ``measure``, ``node``: a name resolved to one IRI by
  :mod:`policykg.queries.resolve` (ambiguous names list the candidates, unknown ones the closest names).

Columns whose name starts with ``_`` are not shown; ``// screen: hops, path`` names the only columns a table on
a terminal shows (json, csv and markdown keep every column: ``path`` shows its route once, as text); the ``evidence`` column holds IRIs of the measures or
targets each row rests on, turned into (document, clause, quote) triples with ``--evidence``.

Paged listings (``// page: _key``): a whole-graph listing (140,000 tasks at 10,000 documents) can never be
shown in half a second, so such a query returns one page, ``$limit`` rows in the order of ``_key`` (a unique,
indexed property: the engine walks the index and stops, instead of sorting everything), after the key
``$after``. ``run_named`` reports whether more rows follow and the key to continue from;
``run_named(..., all_rows=True)`` walks every page (exports).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from policykg.errors import PolicyKGError, QueryError, UsageError
from policykg.graph.store import GraphStore, guard

log = logging.getLogger(__name__)

QUERY_DIR = Path(__file__).resolve().parent
NAME_KINDS = ("unit", "industry", "system", "document", "measure", "node")
SCALAR_TYPES = ("text", "key", "variants", "terms", "int", "bool", "cursor")
ALL_PAGE = 5000  # rows per page when every row is wanted (``all_rows``)
_HEADER = re.compile(r"^//\s*([a-z]+)\s*:\s*(.*)$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?P<type>[a-z]+(?:\[-?\d+\.\.-?\d+\])?)"
    r"(?:\s*=\s*(?P<default>\S+))?\s*(?:--\s*(?P<help>.*))?$"
)
_INT_RANGE = re.compile(r"^int\[(-?\d+)\.\.(-?\d+)\]$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # one of SCALAR_TYPES, NAME_KINDS, or "int[lo..hi]"
    default: Any = None
    required: bool = False
    help: str = ""

    @property
    def base_type(self) -> str:
        return "int" if self.type.startswith("int") else self.type


@dataclass(frozen=True)
class NamedQuery:
    name: str
    zh: str
    en: str
    cypher: str
    path: Path
    params: tuple[Param, ...] = ()
    example: str = ""
    evidence: str | None = None  # column holding evidence IRIs
    ordered: frozenset[str] = frozenset()  # list columns whose order means something (a path)
    kind: str = "report"  # "lookup" (one unit / industry) or "report" (whole graph), for the benchmark
    needs_summaries: bool = False  # reads the build's derived summaries (policykg.graph.rdf.summaries)
    page_key: str | None = None  # a paged listing: rows come in the order of this column, after $after
    screen: tuple[
        str, ...
    ] = ()  # the columns a table on screen shows (json, csv and markdown keep every one)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise QueryError(f"query {self.name!r} has no parameter {name!r} (parameters: {known})")


@dataclass
class QueryResult:
    """Rows of one run, ready for a renderer: ``columns`` are the visible ones, in order."""

    query: str
    columns: list[str]
    rows: list[dict[str, Any]]
    params: dict[str, Any] = field(default_factory=dict)
    resolved: dict[str, str] = field(default_factory=dict)  # param -> "label <iri>" for resolved names
    next_after: str | None = None  # a paged listing with more rows: the ``after`` value of the next page
    screen: tuple[str, ...] = ()  # the columns a table on screen shows; empty: every visible column

    def records(self) -> list[dict[str, Any]]:
        return [{c: row.get(c) for c in self.columns} for row in self.rows]


# --------------------------------------------------------------------------- loading


def parse_query_file(path: Path) -> NamedQuery:
    """Parse one ``.cypher`` file (header + body); a malformed header is a ``QueryError`` naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise QueryError(f"{path}: cannot read query file ({err})") from err
    meta: dict[str, str] = {}
    params: list[Param] = []
    body: list[str] = []
    in_header = True
    for line in text.splitlines():
        m = _HEADER.match(line.strip()) if in_header else None
        if m:
            key, value = m.group(1), m.group(2).strip()
            if key == "param":
                params.append(_parse_param(path, value))
            else:
                meta[key] = value
            continue
        if in_header and line.strip().startswith("//"):
            continue  # free comment inside the header
        in_header = False
        body.append(line)
    for key in ("name", "zh", "en"):
        if not meta.get(key):
            raise QueryError(f"{path}: header lacks '// {key}: ...'")
    if meta["name"] != path.stem:
        raise QueryError(f"{path}: header name {meta['name']!r} differs from the file name")
    cypher = "\n".join(body).strip()
    if not cypher:
        raise QueryError(f"{path}: no Cypher after the header")
    for p in params:
        if f"${p.name}" not in cypher and f"$`{p.name}`" not in cypher:  # $`all`: a keyword of some engines
            raise QueryError(f"{path}: parameter {p.name!r} is declared but never used as ${p.name}")
    kind = meta.get("kind", "report")
    if kind not in ("lookup", "report"):
        raise QueryError(f"{path}: kind must be 'lookup' or 'report', not {kind!r}")
    ordered = frozenset(c.strip() for c in meta.get("ordered", "").split(",") if c.strip())
    page_key = meta.get("page", "").strip() or None
    screen = tuple(c.strip() for c in meta.get("screen", "").split(",") if c.strip())
    if page_key is not None:
        names = {p.name: p for p in params}
        if (
            "limit" not in names
            or names["limit"].base_type != "int"
            or names.get("after", Param("", "")).type != "cursor"
        ):
            raise QueryError(f"{path}: a paged query needs '$limit' (int) and '$after' (cursor) parameters")
    return NamedQuery(
        name=meta["name"],
        zh=meta["zh"],
        en=meta["en"],
        cypher=cypher,
        path=path,
        params=tuple(params),
        example=meta.get("example", ""),
        evidence=meta.get("evidence") or None,
        ordered=ordered,
        kind=kind,
        needs_summaries=meta.get("needs", "").strip() == "summaries",
        page_key=page_key,
        screen=screen,
    )


def _parse_param(path: Path, spec: str) -> Param:
    m = _PARAM.match(spec)
    if not m:
        raise QueryError(f"{path}: bad parameter line {spec!r} (want 'name: type = default -- help')")
    ptype = m.group("type")
    if ptype not in SCALAR_TYPES and ptype not in NAME_KINDS and not _INT_RANGE.match(ptype):
        raise QueryError(f"{path}: parameter {m.group('name')!r} has unknown type {ptype!r}")
    raw_default = m.group("default")
    required = raw_default is None
    default: Any = None
    if raw_default is not None and raw_default != "null":
        default = raw_default
        probe = Param(m.group("name"), ptype)
        if probe.base_type == "int":
            default = _to_int(path.stem, probe, raw_default)
        elif probe.base_type == "bool":
            default = _to_bool(path.stem, probe, raw_default)
    return Param(m.group("name"), ptype, default, required, (m.group("help") or "").strip())


@lru_cache(maxsize=4)
def _load(directory: Path) -> dict[str, NamedQuery]:
    queries: dict[str, NamedQuery] = {}
    for path in sorted(directory.glob("*.cypher")):
        q = parse_query_file(path)
        queries[q.name] = q
    if not queries:
        raise QueryError(f"{directory}: no .cypher query files found")
    return queries


def load_library(directory: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query by name (cached)."""
    return dict(_load((directory or QUERY_DIR).resolve()))


def get_query(name: str, directory: Path | None = None) -> NamedQuery:
    """The named query, or a ``QueryError`` with the closest names: the name is checked against the known set."""
    library = load_library(directory)
    if name in library:
        return library[name]
    import difflib

    close = difflib.get_close_matches(name, list(library), n=3, cutoff=0.4)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise QueryError(f"unknown query {name!r}{hint} (see `policykg query --list`)")


def list_queries(directory: Path | None = None) -> QueryResult:
    """The library as rows (name, zh, en, parameters, example), for ``policykg query --list``."""
    rows = []
    for q in load_library(directory).values():
        params = ", ".join(
            f"{p.name}:{p.type}" + ("" if p.required else f"={'null' if p.default is None else p.default}")
            for p in q.params
        )
        rows.append({"name": q.name, "zh": q.zh, "en": q.en, "parameters": params, "example": q.example})
    return QueryResult("named queries", ["name", "zh", "en", "parameters", "example"], rows)


# --------------------------------------------------------------------------- parameters


def parse_assignments(pairs: Iterable[str]) -> dict[str, str]:
    """``["unit=就业处", "depth=2"]`` -> dict; a pair without ``=`` or a repeated key is a ``QueryError``."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise QueryError(f"bad --param {pair!r}: write it as name=value")
        if key in out:
            raise QueryError(f"--param {key!r} given twice")
        out[key] = value
    return out


def _to_int(query: str, p: Param, raw: Any) -> int:
    if isinstance(raw, bool):
        raise QueryError(f"query {query!r}: parameter {p.name!r} must be an integer, not {raw!r}")
    try:
        value = int(str(raw).strip())
    except ValueError as err:
        raise QueryError(f"query {query!r}: parameter {p.name!r} must be an integer, not {raw!r}") from err
    m = _INT_RANGE.match(p.type)
    if m and not int(m.group(1)) <= value <= int(m.group(2)):
        raise QueryError(
            f"query {query!r}: parameter {p.name!r} must be in {m.group(1)}..{m.group(2)}, not {value}"
        )
    return value


def _to_bool(query: str, p: Param, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    s = str(raw).strip().lower()
    if s in ("1", "true", "yes", "y", "on"):
        return True
    if s in ("0", "false", "no", "n", "off"):
        return False
    raise QueryError(f"query {query!r}: parameter {p.name!r} must be true or false, not {raw!r}")


@lru_cache(maxsize=1)
def _s2t() -> Any:
    """OpenCC's Simplified -> Traditional converter (building one takes a third of a second: once per process)."""
    try:
        import opencc  # lazy, as everywhere

        return opencc.OpenCC("s2t")
    except (ImportError, RuntimeError) as err:  # the Traditional form is a bonus, not a requirement
        log.debug("no s2t conversion: %s", err)
        return None


def variants(s: str) -> list[str]:
    """The forms a literal kept in its source script may take: as typed, Simplified, Traditional (no duplicates)."""
    from policykg.loaders.normalize import fold, name_key

    out: list[str] = []
    forms = [s.strip(), fold(s).strip(), name_key(s)]
    converter = _s2t()
    if converter is not None:
        forms.append(str(converter.convert(fold(s).strip())))
    for f in forms:
        if f and f not in out:
            out.append(f)
    return out


def coerce_params(
    q: NamedQuery, raw: Mapping[str, Any], store: GraphStore | None = None
) -> tuple[dict[str, Any], dict[str, str]]:
    """Typed Cypher parameters for ``q`` from user values (strings from the command line, or Python values).

    Every declared parameter gets a value (its default when absent: the Cypher tests ``$x IS NULL``); an
    undeclared one is a ``QueryError``. Name parameters are resolved on ``store`` to one IRI.
    Returns (parameters, resolved names for display).
    """
    from policykg.loaders.normalize import name_key

    declared = {p.name for p in q.params}
    unknown = sorted(set(raw) - declared)
    if unknown:
        known = ", ".join(sorted(declared)) or "none"
        raise QueryError(
            f"query {q.name!r} has no parameter {', '.join(map(repr, unknown))} (parameters: {known})"
        )
    params: dict[str, Any] = {}
    resolved: dict[str, str] = {}
    for p in q.params:
        value = raw.get(p.name)
        if value is None or (isinstance(value, str) and not value.strip() and p.base_type not in ("text",)):
            if p.required:
                raise QueryError(f"query {q.name!r} needs --param {p.name}=... ({p.help or p.type})")
            # a cursor is never null: `x.iri > $after` with "" keeps the plain shape the index serves
            params[p.name] = "" if p.base_type == "cursor" and p.default is None else p.default
            continue
        t = p.base_type
        if t in ("text", "cursor"):
            params[p.name] = str(value)
        elif t == "key":
            key = name_key(str(value))
            params[p.name] = key or None
        elif t == "variants":
            params[p.name] = variants(str(value))
        elif t == "terms":
            terms = [name_key(w) for w in str(value).split()]
            params[p.name] = [w for w in terms if w]
            if not params[p.name]:
                raise QueryError(f"query {q.name!r}: parameter {p.name!r} has no search term")
        elif t == "int":
            params[p.name] = _to_int(q.name, p, value)
        elif t == "bool":
            params[p.name] = _to_bool(q.name, p, value)
        else:  # a name kind
            if store is None:
                raise QueryError(
                    f"query {q.name!r}: parameter {p.name!r} names a {t}; a store is needed to resolve it"
                )
            from policykg.queries.resolve import resolve

            kinds = None if t == "node" else (t,)
            cand = resolve(store, str(value), kinds=kinds)
            params[p.name] = cand.iri
            resolved[p.name] = cand.display()
    return params, resolved


# --------------------------------------------------------------------------- running


def plain(value: Any) -> Any:
    """Engine-neutral Python values: integral decimals/floats as int, Decimal as float, nested lists/maps too."""
    if isinstance(value, bool) or value is None or isinstance(value, str | int):
        return value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return str(value)  # dates, temporal types: ISO text on both engines


def _sort_key(v: Any) -> tuple[int, str]:
    return (0 if isinstance(v, int | float) else 1, f"{v:020.6f}" if isinstance(v, int | float) else repr(v))


def canonical_rows(rows: Sequence[Mapping[str, Any]], ordered: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Plain values, and every list column sorted unless its order means something (``ordered``).

    ``collect()`` order is not defined in Cypher, so the same query gives lists in different orders on
    different engines; sorting them makes results comparable and stable.
    """
    keep = set(ordered)
    out = []
    for row in rows:
        clean: dict[str, Any] = {}
        for k, v in row.items():
            v = plain(v)
            if isinstance(v, list) and k not in keep:
                v = sorted((x for x in v if x is not None), key=_sort_key)
            clean[k] = v
        out.append(clean)
    return out


def _columns(q: NamedQuery | None, rows: Sequence[Mapping[str, Any]], evidence: bool) -> list[str]:
    cols: list[str] = []
    for row in rows:
        for k in row:
            if k not in cols:
                cols.append(k)
    if not cols and q is not None:
        cols = _return_columns(q.cypher)
    visible = [c for c in cols if not c.startswith("_") and c != "evidence"]
    if evidence:
        visible.append("evidence")
    return visible


def _return_columns(cypher: str) -> list[str]:
    """Column names of the final RETURN (for headers of an empty result)."""
    idx = cypher.upper().rfind("RETURN")
    if idx < 0:
        return []
    tail = re.split(r"\bORDER\s+BY\b|\bSKIP\b|\bLIMIT\b", cypher[idx + 6 :], flags=re.I)[0]
    return re.findall(r"\bAS\s+([A-Za-z_][A-Za-z0-9_]*)", tail)


def run_named(
    store: GraphStore,
    name: str,
    params: Mapping[str, Any] | None = None,
    *,
    evidence: bool = False,
    directory: Path | None = None,
    all_rows: bool = False,
) -> QueryResult:
    """Run the named query ``name`` read-only with user parameter values; rows canonical (see ``canonical_rows``).

    A paged query returns one page (``next_after`` set when more rows follow), or every row with ``all_rows``
    (which also sets the ``all`` parameter of a query listing its first rows unless asked, ``unit-profile``).
    """
    q = get_query(name, directory)
    params = dict(params or {})
    if all_rows and any(p.name == "all" for p in q.params):
        params.setdefault("all", True)  # --all means every row of a query that lists only its first ones too
    bound, resolved = coerce_params(q, params, store)
    if q.needs_summaries:
        check_summaries(store, q.name)
    log.debug("running %s with %s", q.name, sorted(bound))
    next_after: str | None = None
    if q.page_key is None:
        rows = _run_query(store, q, bound)
    elif all_rows:
        rows = []
        page = dict(bound, limit=ALL_PAGE)
        while True:
            got = _run_query(store, q, page)
            rows.extend(got)
            if len(got) < ALL_PAGE:
                break
            page["after"] = str(got[-1][q.page_key])
    else:
        # one row more than asked says whether another page follows, without counting the rest
        limit = int(bound["limit"])
        rows = _run_query(store, q, dict(bound, limit=limit + 1))
        if len(rows) > limit:
            rows = rows[:limit]
            next_after = str(rows[-1][q.page_key])
    if q.page_key is not None:
        # The engine pages in the keys' code-point order; positions in IRIs have four digits (measure/0002 before
        # measure/0010), so that is document order; the natural order here keeps it past 9999 within a page.
        key = q.page_key
        rows.sort(key=lambda r: _natural_key(str(r.get(key) or "")))
    rows = canonical_rows(rows, q.ordered)
    if evidence:
        attach_evidence(store, rows, q.evidence)
    result = QueryResult(q.name, _columns(q, rows, evidence), rows, bound, resolved)
    result.next_after = next_after
    result.screen = q.screen
    return result


_DIGITS = re.compile(r"(\d+)")


def _natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """``text`` split into runs of digits (compared as numbers) and of other characters (compared as text)."""
    return tuple((1, int(part)) if part.isdigit() else (0, part) for part in _DIGITS.split(text) if part)


def _run_query(store: GraphStore, q: NamedQuery, bound: Mapping[str, Any]) -> list[dict[str, Any]]:
    started = time.perf_counter()
    try:
        rows = store.run(q.cypher, dict(bound), write=False)
        log.info("query %s: %d rows in %.0f ms", q.name, len(rows), (time.perf_counter() - started) * 1000)
        return rows
    except PolicyKGError:
        raise
    except Exception as err:  # the engines raise their own types; name the query in one message
        raise QueryError(f"query {q.name!r} failed: {err}") from err


# A graph loaded or pushed by a policykg without derived summaries: its units have no pkg:measureCount. A build
# gives every unit its counts, so one unit tells (filtering every unit for a missing count scans them all).
_NO_SUMMARIES = "MATCH (u:Unit) RETURN u.measureCount IS NULL AS missing LIMIT 1"


def check_summaries(store: GraphStore, query: str) -> None:
    """Refuse to answer from a graph without the build's summaries (it would answer with nothing)."""
    try:
        missing = store.run(_NO_SUMMARIES, {}, write=False)
    except PolicyKGError:
        raise
    except Exception as err:  # the engines raise their own types
        raise QueryError(f"query {query!r}: cannot check the graph's summaries: {err}") from err
    if missing and missing[0].get("missing"):
        raise QueryError(
            f"query {query!r} reads the summaries a build adds (unit and industry counts, ownership, "
            "coordination), and this graph has none: rebuild it with `policykg build` (and push it again)"
        )


def is_write(cypher: str) -> bool:
    """Does this Cypher text write? (:mod:`policykg.graph.guard`, the package's one write guard.)"""
    return guard.is_write(cypher)


def parse_cypher_params(pairs: Iterable[str]) -> dict[str, Any]:
    """``--param k=v`` for ad-hoc Cypher: a JSON value when it parses (numbers, lists, true), else the string."""
    import json

    out: dict[str, Any] = {}
    for key, value in parse_assignments(pairs).items():
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


def unused_params(cypher: str, params: Mapping[str, Any]) -> list[str]:
    """The ``--param`` names a statement never uses as ``$name``: most often a shell emptied ``$name`` inside
    double quotes before policykg saw the statement."""
    return [
        k for k in params if not re.search(r"\$(?:" + re.escape(k) + r"\b|`" + re.escape(k) + "`)", cypher)
    ]


def run_cypher(
    store: GraphStore, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
) -> QueryResult:
    """Run ad-hoc Cypher; read-only unless ``write`` (a writing clause without it is a ``QueryError``)."""
    if not cypher.strip():
        raise QueryError("empty Cypher text")
    if not write and is_write(cypher):
        raise QueryError("this Cypher writes to the graph; add --write if that is what you mean")
    try:
        rows = store.run(cypher, dict(params or {}), write=write)
    except PolicyKGError:
        raise  # a store error (unreachable, credentials) keeps its own kind and exit code
    except Exception as err:
        raise QueryError(f"Cypher failed: {err}") from err
    rows = canonical_rows(rows, ordered=[k for r in rows for k in r])  # keep user's list order as returned
    cols: list[str] = []
    for r in rows:
        cols.extend(k for k in r if k not in cols)
    return QueryResult("cypher", cols, rows, dict(params or {}))


# --------------------------------------------------------------------------- evidence

_EVIDENCE_MEASURES = """
MATCH (m:Measure) WHERE m.iri IN $iris
OPTIONAL MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument)
RETURN m.iri AS iri, coalesce(d.title, d.label, d.sourceFile) AS document, m.number AS clause, m.text AS quote, m.charStart AS charStart
"""
_EVIDENCE_TARGETS = """
MATCH (t:Target) WHERE t.iri IN $iris
OPTIONAL MATCH (t)-[:IN_DOCUMENT]->(d:PolicyDocument)
OPTIONAL MATCH (h)-[:HAS_TARGET]->(t)
RETURN t.iri AS iri, coalesce(d.title, d.label, d.sourceFile) AS document, head(collect(h.number)) AS clause, t.sourceText AS quote,
       t.charStart AS charStart
"""


def attach_evidence(store: GraphStore, rows: list[dict[str, Any]], column: str | None) -> None:
    """Give each row an ``evidence`` list of {document, clause, quote} from the IRIs in ``column``."""
    if not column:
        for row in rows:
            row["evidence"] = []
        return
    wanted = sorted({iri for row in rows for iri in _as_list(row.get(column))})
    found: dict[str, dict[str, Any]] = {}
    if wanted:
        for text in (_EVIDENCE_MEASURES, _EVIDENCE_TARGETS):
            try:
                result = store.run(text, {"iris": wanted}, write=False)
            except PolicyKGError:
                raise
            except Exception as err:
                raise QueryError(f"evidence lookup failed: {err}") from err
            for r in result:
                found[str(r["iri"])] = plain(r)
    for row in rows:
        items = [found[i] for i in _as_list(row.get(column)) if i in found]
        items.sort(key=lambda e: (str(e.get("document") or ""), e.get("charStart") or 0))
        row["evidence"] = [
            {"document": e.get("document"), "clause": e.get("clause"), "quote": e.get("quote")} for e in items
        ]


def _as_list(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, list | tuple):
        return [str(x) for x in v if x is not None]
    return [str(v)]


# --------------------------------------------------------------------------- opening a store


def open_store(
    kind: str = "embedded",
    directory: Path = Path("policykg-out"),
    *,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> GraphStore:
    """The store the CLI asked for: ``embedded`` (``DIR/store/``) or ``neo4j`` (credentials never logged)."""
    if kind == "embedded":
        path = Path(directory) / "store"
        if not path.exists():
            raise UsageError(
                f"{path}: no embedded store here; run `policykg build ... --out {directory}` first"
            )
        from policykg.graph.store import engines, server

        engine = engines.recorded_engine(path) or engines.ARCADEDB
        remote = server.connect_store(path, engine)  # the store server, when it runs or can be started
        if remote is not None:
            return remote
        if engine == engines.LADYBUG:
            from policykg.graph.store.ladybug_store import LadybugStore

            return LadybugStore(path)
        from policykg.graph.store.embedded import EmbeddedStore

        return EmbeddedStore(path)  # type: ignore[no-any-return,unused-ignore]
    if kind == "neo4j":
        if not uri:
            raise UsageError("--store neo4j needs --uri (or NEO4J_URI)")
        from policykg.graph.store.neo4j_store import Neo4jStore

        return Neo4jStore(uri, user or "neo4j", password or "", database or "neo4j")  # type: ignore[no-any-return,unused-ignore]
    raise UsageError(f"unknown store {kind!r}: use embedded or neo4j")
