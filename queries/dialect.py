"""LadybugDB's dialect of the named queries: a library text (the contract, as ArcadeDB and Neo4j run it) rewritten
for LadybugDB (Kùzu's fork), one named construct at a time.

Pure text work: no engine is imported, so the module loads without ``ladybug`` installed. ``to_ladybug`` applies
every rewrite in ``REWRITES`` in order; each one is a small function that leaves a text without its construct
unchanged (tests/queries/test_dialect.py). The constructs (bench/README.md, issue 13, round 23):

* ``reserved_parameters``: ``$all`` -> ``$`all``` (ALL is a keyword of LadybugDB's grammar);
* ``exists_patterns``: ``EXISTS { (a)-->(b) }`` -> ``EXISTS { MATCH (a)-->(b) }``;
* ``label_tests``: ``x:Section`` in an expression -> ``label(x) = 'Section'``;
* ``class_labels``: ``head([l IN labels(x) WHERE l <> 'PolicyKG'])`` -> ``label(x)`` (one table per node);
* ``owner_label``: the ownership label of the store's own statements (queries/writes.py) dropped: a LadybugDB
  store is a database file only policykg writes, so every node in it is policykg's, and a node has one table,
  no second label. ``(n:Unit:PolicyKG)`` -> ``(n:Unit)``, ``(n:PolicyKG)`` -> ``(n)``, ``a:PolicyKG`` in an
  expression -> ``true``; ``labels(n)`` -> ``[label(n)]``, ``properties(n)`` -> ``n`` (the node's columns: the
  store's ``run`` returns a node as its properties, with ``_labels``);
* ``node_comparisons``: ``a <> b`` of two nodes -> ``id(a) <> id(b)``;
* ``renamed_types``: ``:REGION`` -> ``:IN_REGION`` (LadybugDB's catalog is case-insensitive: a relationship table
  REGION cannot stand beside the node table Region), and ``type(r)`` -> its table name mapped back;
* ``null_tests_last``: ``($x IS NULL OR e)`` -> ``(e OR $x IS NULL)`` (the binder types an untyped null at its
  first use), and a list parameter iterated as ``IN coalesce($x, [])``;
* ``split_parts``: ``split(s, '|')`` -> ``string_split(s, '|')``, its parts indexed from 1 (``p[0]`` -> ``p[1]``);
* ``map_projections``: ``t {.a, .b}`` -> ``{a: t.a, b: t.b}``;
* ``node_lookups``: ``CALL { MATCH (n:A {iri: $x}) RETURN n UNION MATCH (n:B {iri: $x}) RETURN n }`` ->
  ``MATCH (n:A:B {iri: $x})`` (several labels in one pattern mean any of them);
* ``union_subqueries``: ``CALL { ... UNION ALL ... } WITH n, d, min(h)`` -> a top-level ``UNION ALL`` of
  whole queries, each aggregating its own branch (LadybugDB parses no CALL subquery);
* ``shortest_paths``: ``shortestPath((a)-[:R*..8]-(b))`` -> ``(a)-[:R* SHORTEST 1..8]-(b)``;
* ``list_functions``: ``[x IN l WHERE c | e]`` -> ``list_transform(list_filter(l, x -> c), x -> e)``,
  ``reduce(s = i, k IN l | s + e)`` -> ``i + list_to_string('', list_transform(l, k -> e))``;
* ``pattern_comprehensions``: ``[(m)-[:R]->(x:L) WHERE c | e]`` in a WITH or RETURN -> ``OPTIONAL MATCH
  (m)-[:R]->(x:L) WHERE c WITH <scope>, collect(e) AS _pc1`` before it (``head([...])``: the first collected);
  a RETURN paged by ``ORDER BY k LIMIT n`` on variables in scope cuts its page first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

# relationship types stored under another name in LadybugDB (a name clash with a node table)
RENAMED_TYPES = {"REGION": "IN_REGION"}
# properties the queries read from a node of any kind (`coalesce(x.prefLabel, x.title, x.label, x.number, x.iri)`
# in dependencies and path): a LadybugDB store declares them on every node table, since its binder refuses a
# property that none of a variable's tables has (ArcadeDB reads an absent property as null)
ANY_NODE_PROPERTIES = ("prefLabel", "title", "label", "number")

_COMMENT = re.compile(r"^\s*//.*$\n?", re.M)
_RESERVED = re.compile(r"\$(all)\b")
_EXISTS = re.compile(r"EXISTS\s*\{\s*\(")
_LABEL_TEST = re.compile(r"\b(WHERE|OR|AND|NOT)(\s+\(?)([a-z_]\w*):([A-Z]\w*)\b(?!\s*[{)]\s*-)")
_CLASS_LABEL = re.compile(r"head\(\[(\w+) IN labels\((\w+)\) WHERE \1 <> 'PolicyKG'\]\)")
_OWNER_IN_PATTERN = re.compile(r"\((\w*)((?::\w+)*):PolicyKG\b")
_OWNER_TEST = re.compile(r"\b[a-z_]\w*:PolicyKG\b")
_LABELS_FN = re.compile(r"\blabels\((\w+)\)")
_PROPERTIES_FN = re.compile(r"\bproperties\((\w+)\)")
_NODE_NE = re.compile(r"(?<![.\w$'])([a-z]\w*) <> ([a-z]\w*)(?![.\w(])")
_TYPE_FN = re.compile(r"\btype\((\w+)\)")
_NULL_FIRST = re.compile(r"\(\s*(\$\w+) IS NULL OR ")
_LIST_PARAM = re.compile(r"\b(\w+ IN )(\$\w+)")
_SPLIT_AS = re.compile(r"\bsplit\(([^()]*)\) AS (\w+)")
_MAP_PROJ = re.compile(r"\b(\w+) \{(\s*\.\w+(?:\s*,\s*\.\w+)*\s*)\}")
_LOOKUP = re.compile(
    r"CALL \{\s*(MATCH \((\w+):(\w+) \{iri: (\$\w+)\}\) RETURN \2(?: AS (\w+))?"
    r"(?:\s*UNION MATCH \(\2:\w+ \{iri: \4\}\) RETURN \2(?: AS \5)?)*)\s*\}"
)
_SHORTEST = re.compile(r"shortestPath\(\((\w+)\)-\[(:[\w|]+)\*\.\.(\d+)\]-\((\w+)\)\)")
_CLAUSE = re.compile(
    r"\b(OPTIONAL MATCH|MATCH|WHERE|WITH|UNWIND|RETURN|ORDER BY|LIMIT|UNION ALL|UNION|CALL)\b"
)


def strip_comments(cypher: str) -> str:
    return _COMMENT.sub("", cypher)


def reserved_parameters(cypher: str) -> str:
    return _RESERVED.sub(r"$`\1`", cypher)


def exists_patterns(cypher: str) -> str:
    return _EXISTS.sub("EXISTS { MATCH (", cypher)


def label_tests(cypher: str) -> str:
    return _LABEL_TEST.sub(lambda m: f"{m[1]}{m[2]}label({m[3]}) = '{m[4]}'", cypher)


def class_labels(cypher: str) -> str:
    return _CLASS_LABEL.sub(r"label(\2)", cypher)


def owner_label(cypher: str) -> str:
    """The ownership label dropped (every node of a LadybugDB store is policykg's; a node has one table)."""
    cypher = _OWNER_TEST.sub("true", _OWNER_IN_PATTERN.sub(r"(\1\2", cypher))
    return _PROPERTIES_FN.sub(r"\1", _LABELS_FN.sub(r"[label(\1)]", cypher))


def node_comparisons(cypher: str) -> str:
    """``a <> b`` of two nodes -> ``id(a) <> id(b)`` (LadybugDB compares no node values)."""
    return _NODE_NE.sub(r"id(\1) <> id(\2)", cypher)


def renamed_types(cypher: str) -> str:
    for old, new in RENAMED_TYPES.items():
        cypher = re.sub(rf"(?<=[:|]){old}\b(?=[\]|*])", new, cypher)
    back = " ".join(f"WHEN '{new}' THEN '{old}'" for old, new in RENAMED_TYPES.items())
    return _TYPE_FN.sub(lambda m: f"CASE label({m[1]}) {back} ELSE label({m[1]}) END", cypher)


def null_tests_last(cypher: str) -> str:
    """``($x IS NULL OR e)`` -> ``(e OR $x IS NULL)``; ``w IN $x`` -> ``w IN coalesce($x, [])``."""
    out, pos = [], 0
    for m in _NULL_FIRST.finditer(cypher):
        if m.start() < pos:
            continue
        end = _closing(cypher, m.start())
        out.append(cypher[pos : m.start()])
        out.append(f"({cypher[m.end() : end].strip()} OR {m[1]} IS NULL)")
        pos = end + 1
    out.append(cypher[pos:])
    return _LIST_PARAM.sub(r"\1coalesce(\2, [])", "".join(out))


def split_parts(cypher: str) -> str:
    for var in dict.fromkeys(m[2] for m in _SPLIT_AS.finditer(cypher)):
        cypher = re.sub(rf"\b({var})\[(\d+)\]", lambda i: f"{i[1]}[{int(i[2]) + 1}]", cypher)
    return re.sub(r"\bsplit\(", "string_split(", cypher)


def map_projections(cypher: str) -> str:
    def one(m: re.Match[str]) -> str:
        keys = [k.strip().lstrip(".") for k in m[2].split(",")]
        return "{" + ", ".join(f"{k}: {m[1]}.{k}" for k in keys) + "}"

    return _MAP_PROJ.sub(one, cypher)


def node_lookups(cypher: str) -> str:
    def one(m: re.Match[str]) -> str:
        labels = re.findall(r"MATCH \(\w+:(\w+) ", m[1])
        return f"MATCH ({m[5] or m[2]}:{':'.join(labels)} {{iri: {m[4]}}})"

    return _LOOKUP.sub(one, cypher)


def union_subqueries(cypher: str) -> str:
    """``CALL { WITH n ... RETURN a, h UNION ALL WITH n ... RETURN a, h } WITH n, a, min(h) AS d RETURN ...``
    -> one query per branch, its RETURN a WITH and the tail after it, joined by a top-level ``UNION ALL``: each
    branch aggregates its own rows, which is the whole aggregation when the grouping keys tell the branches
    apart (each branch names its own ``direction``). Every branch keeps the tail's ORDER BY, and the branches
    come in the order of the literal each gives the first sort key (LadybugDB orders each branch alone)."""
    at = cypher.find("CALL {")
    if at < 0:
        return cypher
    end = _closing(cypher, at + len("CALL "))
    prefix, body, tail = cypher[:at].rstrip(), cypher[at + len("CALL {") : end], cypher[end + 1 :].strip()
    branches = [b.strip() for b in _split_top(body, "UNION ALL")]
    if not all(b.startswith("WITH ") for b in branches) or not tail.startswith("WITH "):
        return cypher
    order = _find_top(tail, "ORDER BY")
    first_key = tail[order:].split()[2].rstrip(",") if order >= 0 else ""
    if first_key:  # branches in the order of the literal each sets the first sort key to: the rows in order
        branches.sort(key=lambda b: m[1] if (m := re.search(rf"'([^']*)' AS {first_key}\b", b)) else "")
    queries = []
    for branch in branches:
        # the branch's import (`WITH n`) goes: n is in scope after the prefix, and a WITH between the look-up
        # and a variable-length MATCH costs LadybugDB its seek (dependencies: 3 s instead of ~10 ms)
        kept, body = branch[len("WITH ") :].split(None, 1)
        ret = body.rfind("RETURN ")
        query = f"{prefix}\n{body[:ret]}WITH {kept}, {body[ret + len('RETURN ') :].strip()}"
        queries.append(f"{query}\n{tail}")
    return "\nUNION ALL\n".join(queries)


def shortest_paths(cypher: str) -> str:
    return _SHORTEST.sub(r"(\1)-[\2* SHORTEST 1..\3]-(\4)", cypher)


# --------------------------------------------------------------------------- list comprehensions and reduce

_LIST_COMP = re.compile(r"\[(\w+) IN ")
_REDUCE = re.compile(r"\breduce\((\w+) = ")


_RANGE_INDEX = re.compile(r"\b(\w+) IN range\(")
_HEAD = re.compile(r"\bhead\(")


def path_lists(cypher: str) -> str:
    """``relationships(p)`` -> ``rels(p)``; ``head(l)`` -> its first element or null (``list_any_value``: LadybugDB
    evaluates both branches of a CASE, and ``l[1]`` of an empty list is an error, not null); an index variable
    ``k IN range(a, b)`` that only indexes lists (``l[k - 1]``) ranges over ``a + 1 .. b + 1``: LadybugDB's
    lists index from 1."""
    cypher = re.sub(r"\brelationships\(", "rels(", cypher)
    while m := _HEAD.search(cypher):
        end = _closing(cypher, m.end() - 1)
        inner = cypher[m.end() : end]
        cypher = (
            cypher[: m.start()]
            + f"CASE WHEN size({inner}) = 0 THEN NULL ELSE list_any_value({inner}) END"
            + cypher[end + 1 :]
        )
    for m in list(_RANGE_INDEX.finditer(cypher)):
        var, end = m[1], _closing(cypher, m.end() - 1)
        uses = re.findall(rf"(.)\b{var}\b", cypher[end:])
        if uses and all(u == "[" for u in uses):
            a, b = _split_top(cypher[m.end() : end], ",")
            cypher = cypher[: m.end()] + f"{a.strip()} + 1, {b.strip()} + 1" + cypher[end:]
    return cypher


def list_functions(cypher: str) -> str:
    """List comprehensions as ``list_filter``/``list_transform``; ``reduce(s = i, k IN l | s + e)`` (a string
    built by appending) as ``i`` plus the appended parts joined."""
    while m := _LIST_COMP.search(cypher):
        end = _closing(cypher, m.start())
        body = cypher[m.end() : end]
        var, src, cond, expr = m[1], *_comprehension(body)
        text = src if cond is None else f"list_filter({src}, {var} -> {cond})"
        if expr is not None:
            text = f"list_transform({text}, {var} -> {expr})"
        cypher = cypher[: m.start()] + text + cypher[end + 1 :]
    while m := _REDUCE.search(cypher):
        end = _closing(cypher, m.end() - len(m[0]) + len("reduce"))
        init, rest = _split_top(cypher[m.end() : end], ",", 1)
        var, src_expr = rest.strip().split(" IN ", 1)
        src, expr = _split_top(src_expr, "|", 1)
        part = re.sub(rf"^\s*{m[1]}\s*\+\s*", "", expr)
        # list_to_string, not list_reduce: LadybugDB 0.22.0 evaluates a lambda inside another's list wrongly
        text = (
            f"({init.strip()} + list_to_string('', list_transform({src.strip()}, {var} -> {part.strip()})))"
        )
        cypher = cypher[: m.start()] + text + cypher[end + 1 :]
    return cypher


def _comprehension(body: str) -> tuple[str, str | None, str | None]:
    """``l WHERE c | e`` -> (l, c, e); c and e None when absent."""
    head, expr = _split_top(body, "|", 1) if _find_top(body, "|") >= 0 else (body, None)
    where = _find_top(head, " WHERE ")
    if where < 0:
        return head.strip(), None, expr.strip() if expr else None
    return head[:where].strip(), head[where + 7 :].strip(), expr.strip() if expr else None


# --------------------------------------------------------------------------- pattern comprehensions

_PC = re.compile(r"(head\(\s*)?\[\s*\(")


# ``CASE WHEN m IS NULL THEN [] ELSE [(m)-->(x) | ...] END``, once lifted: a pattern from a null node collects
# nothing, so the guard (ArcadeDB's: it reads a pattern from a null node as one from any node) goes, and with it
# LadybugDB's refusal of an untyped [] beside a typed list
_GUARD = re.compile(
    r"CASE WHEN (\w+) IS NULL THEN (?:null|NULL|\[\]) ELSE "
    r"((_pc\d+)|CASE WHEN size\((_pc\d+)\) = 0 THEN NULL ELSE list_any_value\(\4\) END) END"
)


_EXISTS_MATCH = re.compile(r"EXISTS \{ MATCH (\(\w+\)<?-)\[(:\w+\]->?\(\w+\)) \}")


class _Lift:
    """Pattern comprehensions of one WITH or RETURN lifted into OPTIONAL MATCH + WITH clauses before it."""

    def __init__(self, scope: list[str]) -> None:
        self.scope = list(scope)
        self.carried: list[str] = []
        self.clauses: list[str] = []
        self.count = 0
        self.starts: dict[str, str] = {}  # alias -> the node its pattern starts from

    def item(self, text: str) -> str:
        while m := _PC.search(text):
            start = m.start() + (len(m[1]) if m[1] else 0)
            end = _closing(text, start)
            first = bool(m[1]) and text[end + 1 : end + 2] == ")"
            alias = self.comprehension(text[start + 1 : end], first)
            stop = end + 2 if first else end + 1
            text = text[: m.start()] + alias + text[stop:]
        return _GUARD.sub(lambda g: g[2] if self.starts.get(g[3] or g[4]) == g[1] else g[0], text)

    def subquery(self, item: str) -> str:
        """``EXISTS { MATCH (m)-[:R]->(u) }`` in a RETURN -> ``OPTIONAL MATCH (m)-[_ex1:R]->(u)`` and a count of
        ``_ex1`` before it (LadybugDB cannot order the rows of a RETURN using one inside a CASE: "Cannot evaluate
        expression with type VARIABLE")."""
        while m := _EXISTS_MATCH.search(item):
            self.count += 1
            name = f"_ex{self.count}"
            self.clauses.append(f"OPTIONAL MATCH {m[1]}[{name}r{m[2]}")
            self.clauses.append(f"WITH {', '.join(self.scope + self.carried)}, count({name}r) > 0 AS {name}")
            self.carried.append(name)
            item = item[: m.start()] + name + item[m.end() :]
        return item

    def comprehension(self, body: str, first: bool) -> str:
        pattern, cond, expr = _pattern_parts(body)
        nodes = re.findall(r"\((\w+)", pattern)
        new = [v for v in nodes if v not in self.scope]
        where = f" WHERE {cond}" if cond else ""
        self.clauses.append(f"OPTIONAL MATCH {pattern}{where}")
        outer, before = self.scope, list(self.carried)
        self.scope = outer + new
        expr = self.item(expr)  # a comprehension inside: lifted with this one's variables in scope
        self.scope = outer
        self.count += 1
        alias = f"_pc{self.count}"
        guard = new[-1] if new else None
        value = f"CASE WHEN {guard} IS NULL THEN NULL ELSE {expr} END" if guard else expr
        self.clauses.append(f"WITH {', '.join(self.scope + before)}, collect({value}) AS {alias}")
        self.starts[alias] = nodes[0]
        self.carried = [*before, alias]  # the inner ones are spent: grouped by, they would split the rows
        if first:
            return f"CASE WHEN size({alias}) = 0 THEN NULL ELSE list_any_value({alias}) END"
        return alias


def _pattern_parts(body: str) -> tuple[str, str | None, str]:
    bar = _find_top(body, "|")
    head, expr = body[:bar], body[bar + 1 :]
    where = _find_top(head, " WHERE ")
    if where < 0:
        return head.strip(), None, expr.strip()
    return head[:where].strip(), head[where + 7 :].strip(), expr.strip()


def pattern_comprehensions(cypher: str) -> str:
    clauses = _clauses(cypher)
    scope: list[str] = []
    out: list[str] = []
    lifts = 0
    for i, (kw, body) in enumerate(clauses):
        if kw in ("WITH", "RETURN") and (_PC.search(body) or kw == "RETURN" and "EXISTS {" in body):
            lift = _Lift(scope)
            lift.count = lifts
            items = [lift.item(x.strip()) for x in _split_top(body, ",")]
            lifts = lift.count
            if kw == "RETURN":
                items = [lift.subquery(x) for x in items]
            out.extend(_page_first(clauses[i + 1 :], scope) if kw == "RETURN" else [])
            out.extend(lift.clauses)
            body = ", ".join(items)
        out.append(f"{kw} {body}".strip())
        scope = _scope_after(kw, body, scope)
    return "\n".join(out)


def _page_first(rest: list[tuple[str, str]], scope: list[str]) -> list[str]:
    """``ORDER BY k LIMIT n`` after a RETURN whose keys are in scope: the page cut before the lifted patterns."""
    kws = [kw for kw, _ in rest]
    if kws != ["ORDER BY", "LIMIT"]:
        return []
    keys = set(re.findall(r"\b([a-z_]\w*)\.", rest[0][1]))
    if not keys or not keys <= set(scope):
        return []
    return [f"WITH {', '.join(scope)} ORDER BY {rest[0][1]} LIMIT {rest[1][1]}"]


def _scope_after(kw: str, body: str, scope: list[str]) -> list[str]:
    if kw in ("MATCH", "OPTIONAL MATCH"):
        found = re.findall(r"\((\w+)|\[(\w+)|\b(\w+)\s*=\s*(?:shortestPath)?\(", body)
        new = [a or b or c for a, b, c in found]
        return scope + [v for v in dict.fromkeys(new) if v not in scope and v != "shortestPath"]
    if kw == "UNWIND":
        return scope + [body.rsplit(" AS ", 1)[1].strip()]
    if kw == "WITH":
        names = []
        for item in _split_top(re.sub(r"^DISTINCT\s+", "", body), ","):
            item = item.strip()
            names.append(item.rsplit(" AS ", 1)[1].strip() if " AS " in item else item)
        return names
    return scope


# --------------------------------------------------------------------------- text helpers


def _depths(text: str) -> list[int]:
    """Bracket depth at each character (strings skipped: their characters keep the depth around them)."""
    depth, quote, out = 0, "", []
    for ch in text:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        out.append(depth)
    return out


def _closing(text: str, start: int) -> int:
    """Index of the bracket closing the one at ``start``."""
    depths = _depths(text[start:])
    for i, d in enumerate(depths):
        if d == 0:
            return start + i
    raise ValueError(f"unbalanced text after {text[start : start + 40]!r}")


def _find_top(text: str, needle: str) -> int:
    """Index of the first ``needle`` outside every bracket and string, or -1."""
    depths = _depths(text)
    i = text.find(needle)
    while i >= 0 and (i and depths[i - 1] or depths[i]):
        i = text.find(needle, i + 1)
    return i


def _split_top(text: str, sep: str, most: int = -1) -> list[str]:
    parts, pos = [], 0
    depths = _depths(text)
    i = text.find(sep)
    while i >= 0 and most != 0:
        if not (i and depths[i - 1] or depths[i]):
            parts.append(text[pos:i])
            pos = i + len(sep)
            most -= 1
        i = text.find(sep, i + len(sep))
    parts.append(text[pos:])
    return parts


def _clauses(cypher: str) -> list[tuple[str, str]]:
    depths = _depths(cypher)
    marks = [m for m in _CLAUSE.finditer(cypher) if (m.start() == 0 or depths[m.start() - 1] == 0)]
    marks = [
        m for i, m in enumerate(marks) if not (m[1] == "MATCH" and cypher[: m.start()].endswith("OPTIONAL "))
    ]
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(cypher)
        out.append((m[1], " ".join(cypher[m.end() : end].split())))
    return out


REWRITES: tuple[Callable[[str], str], ...] = (
    strip_comments,
    node_lookups,
    union_subqueries,
    shortest_paths,
    reserved_parameters,
    exists_patterns,
    class_labels,
    owner_label,
    renamed_types,
    label_tests,
    node_comparisons,
    null_tests_last,
    split_parts,
    map_projections,
    pattern_comprehensions,
    path_lists,
    list_functions,
)


def to_ladybug(cypher: str) -> str:
    """The library text ``cypher`` in LadybugDB's dialect."""
    for rewrite in REWRITES:
        cypher = rewrite(cypher)
    return cypher


# Where two engines may answer the same text with differently ordered or differently chosen rows, both right:
# `path` shows one of several equally short routes (its header: the engine's choice), and a top-level UNION ALL
# (dependencies, rewritten from CALL { … UNION ALL … }) returns its branches in either order on LadybugDB.
ROUTE_CHOICE = frozenset({"path"})
BRANCH_ORDER = frozenset({"dependencies"})


def engine_neutral(name: str, rows: list[dict[str, Any]]) -> list[Any]:
    """The rows of named query ``name`` reduced to what every engine must agree on: for a route, its length and
    its two ends; for a union's rows, the rows in a fixed order; else the rows as they are."""
    if name in ROUTE_CHOICE:
        return [
            (row.get("hops"), (row.get("route") or [None])[0], (row.get("route") or [None])[-1])
            for row in rows
        ]
    if name in BRANCH_ORDER:
        return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True, default=str))
    return rows
