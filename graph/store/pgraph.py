"""RDF graph <-> networkx property graph, in the shape documented in ``policykg.graph.store``.

``to_property_graph`` turns every IRI into a node (``labels``: class local names from its ``rdf:type``;
``props``: camelCase literal properties plus ``iri``), every object-property triple into one edge (key and
``type``: UPPER_SNAKE_CASE) and every literal triple into a property value, as ``policykg.graph.rdf.mapping``
says. ``from_property_graph`` is its exact inverse, language tags aside. A triple the mapping cannot express
(an unknown predicate or class, a blank node, a literal where a resource belongs) is a ``GraphBuildError``
rather than a silently lost fact.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from policykg.errors import GraphBuildError
from policykg.graph.rdf.mapping import IRI_KEY, from_pg_value, get_mapping, pg_values, to_pg_value
from policykg.graph.rdf.terms import _nt_key
from policykg.graph.store.base import ElementBatch, NodeRow, RelRow
from policykg.ontology import bind_prefixes

if TYPE_CHECKING:
    # networkx (~0.5 s of CPU to import) is imported where a graph is built: a store load streams its batches
    # and never needs it (the build's load worker imports this module while the documents are extracted)
    import networkx as nx

log = logging.getLogger(__name__)


def _sort_key(value: Any) -> tuple[str, Any]:
    # Values of one property share a type; the type name only keeps mixed lists from failing to sort.
    return (type(value).__name__, value)


class _Accumulator:
    """Collects nodes, labels, literal values and edges, one triple at a time, in the property-graph shape."""

    def __init__(self) -> None:
        self.m = get_mapping()
        self.type_iri = str(RDF.type)
        self.labels_by_iri = {str(k): v for k, v in self.m.labels.items()}
        self.rels_by_iri = {str(k): v for k, v in self.m.rel_types.items()}
        self.lits_by_iri = {str(k): v for k, v in self.m.literals.items()}
        self.labels: dict[str, set[str]] = defaultdict(set)
        self.values: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        self.edges: dict[tuple[str, str, str], None] = {}
        self.nodes: dict[str, None] = {}  # insertion-ordered set: node order follows the triples' order
        self.subjects: dict[str, None] = {}  # the nodes described here (not only the end of a relationship)

    def iri_object(self, sid: str, p: str, o: str) -> None:
        self.nodes.setdefault(sid)
        if p == self.type_iri:
            self.subjects.setdefault(sid)
            label = self.labels_by_iri.get(o)
            if label is None:
                raise GraphBuildError(f"{sid}: class {o} is not in the policykg ontology")
            self.labels[sid].add(label)
        elif p in self.rels_by_iri:
            self.nodes.setdefault(o)
            self.edges.setdefault((sid, o, self.rels_by_iri[p]))
        elif p in self.lits_by_iri:
            raise GraphBuildError(f"{sid}: datatype property {p} has a non-literal value <{o}>")
        else:
            raise GraphBuildError(f"{sid}: predicate {p} is not in the policykg ontology")

    def literal_object(self, sid: str, p: str, lexical: str) -> None:
        self.nodes.setdefault(sid)
        self.subjects.setdefault(sid)
        prop = self.lits_by_iri.get(p)
        if prop is None:
            if p == self.type_iri or p in self.rels_by_iri:
                raise GraphBuildError(f"{sid}: object property {p} has a non-IRI value {lexical!r}")
            raise GraphBuildError(f"{sid}: predicate {p} is not in the policykg ontology")
        # to_pg_value reads only the literal's lexical form (str(lit)); a str stands in for it, which spares
        # building an rdflib Literal per number of a large graph.
        value = lexical if prop.kind in _STRING_KINDS else to_pg_value(prop, cast(Literal, lexical))
        self.values[sid][prop.key].append(value)

    def node_props(self, nid: str) -> dict[str, Any]:
        m = self.m
        props: dict[str, Any] = {IRI_KEY: nid}
        for key, vals in self.values.get(nid, {}).items():
            prop = m.keys[key]
            if len(vals) > 1:
                # two literals that differ only in their language tag are one property value
                vals = list(dict.fromkeys(vals))
            if prop.multi or len(vals) > 1:
                if not prop.multi:
                    log.debug("%s: single-valued %s has %d values; stored as a list", nid, key, len(vals))
                props[key] = sorted(vals, key=_sort_key)
            else:
                props[key] = vals[0]
        return props

    def graph(self) -> nx.MultiDiGraph:
        import networkx as nx

        pg = nx.MultiDiGraph()
        for nid in self.nodes:
            pg.add_node(nid, labels=tuple(sorted(self.labels.get(nid, ()))), props=self.node_props(nid))
        for src, dst, rel in self.edges:
            pg.add_edge(src, dst, key=rel, type=rel)
        return pg


# Kinds whose property-graph value is the lexical form itself.
_STRING_KINDS = frozenset({"string", "date", "temporal"})


def to_property_graph(g: Graph) -> nx.MultiDiGraph:
    """The property graph of a policykg RDF graph (see the module docstring)."""
    acc = _Accumulator()
    for s, p, o in g:
        if not isinstance(s, URIRef):
            raise GraphBuildError(
                f"cannot map a triple with a blank-node or literal subject: {s!r} {p} {o!r}"
            )
        if isinstance(o, URIRef):
            acc.iri_object(str(s), str(p), str(o))
        elif isinstance(o, Literal):
            acc.literal_object(str(s), str(p), str(o))
        else:
            raise GraphBuildError(f"{s}: cannot map the blank-node object {o!r} of {p}")
    return acc.graph()


# One N-Triples line as policykg writes it: IRI subject and predicate; IRI or literal object. The literal is
# written "unrolled" (runs of plain characters between escapes) rather than as one alternation per character:
# the same strings, matched in about two thirds of the time (most of graph.nt's bytes are long literals).
_NT_LINE = re.compile(
    r'<([^<>"{}|^`\\\s]*)>[ \t]+<([^<>"{}|^`\\\s]*)>[ \t]+'
    r'(?:<([^<>"{}|^`\\\s]*)>|"([^"\\\n\r]*(?:\\.[^"\\\n\r]*)*)"(?:\^\^<([^<>\s]*)>|@([A-Za-z]+(?:-[A-Za-z0-9]+)*))?)'
    r"[ \t]*\.[ \t]*$"
)
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_ESCAPE = re.compile(r"\\(?:([tbnrf\"'\\])|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))")


def _unescape_match(m: re.Match[str]) -> str:
    if m.group(1):
        return _ESCAPES[m.group(1)]
    return chr(int(m.group(2) or m.group(3), 16))


def _ntriples(path: Path) -> Iterator[tuple[str, str, str | None, str]]:
    """``(subject, predicate, IRI object or None, literal lexical form)`` of every line of an N-Triples file
    in the form policykg writes (IRIs and literals only, no blank nodes)."""
    try:
        with open(path, "rb") as fh:
            for number, raw in enumerate(fh, start=1):
                line = raw.decode("utf-8").strip()
                if not line or line.startswith("#"):
                    continue
                m = _NT_LINE.match(line)
                if m is None:
                    raise GraphBuildError(
                        f"{path}:{number}: not an N-Triples line policykg can read: {line[:120]!r}"
                    )
                s, p, o, lexical, _, _ = m.groups()
                if o is None and "\\" in lexical:
                    lexical = _ESCAPE.sub(_unescape_match, lexical)
                yield s, p, o, lexical
    except OSError as err:
        raise GraphBuildError(f"{path}: cannot read the graph: {err}") from err
    except UnicodeDecodeError as err:
        raise GraphBuildError(f"{path}: not UTF-8: {err}") from err


def element_batches_from_ntriples(path: Path, *, batch_nodes: int = 20_000) -> Iterator[ElementBatch]:
    """The property graph of an N-Triples file as streaming batches for ``EmbeddedStore.load_batches``: about
    ``batch_nodes`` described nodes each (a batch ends where a subject ends), with their relationships.

    Their union is ``property_graph_from_ntriples(path)``; only one batch is in memory at a time. A node whose
    triples are spread over several batches is merged by the store (policykg's graph.nt keeps each subject's
    triples together, except a document's ``pkg:cites`` links, which are relationships only)."""
    acc = _Accumulator()
    last = ""
    for s, p, o, lexical in _ntriples(path):
        if s != last and len(acc.subjects) >= batch_nodes:
            yield _batch(acc)
            acc = _Accumulator()
        last = s
        if o is not None:
            acc.iri_object(s, p, o)
        else:
            acc.literal_object(s, p, lexical)
    if acc.nodes:
        yield _batch(acc)


def made_ahead(batches: Iterable[ElementBatch], depth: int = 2) -> Iterator[ElementBatch]:
    """``batches``, each made in a thread while the caller writes the ones before: the embedded engine's calls
    release the interpreter's lock, so parsing the next part of ``graph.nt`` and the engine's writing run on
    two cores at once. At most ``depth`` batches wait; an error in the thread is raised here; a caller that
    stops early stops the thread."""
    import queue
    import threading

    box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=max(1, depth))
    stop = threading.Event()

    def put(item: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                box.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def make() -> None:
        try:
            for batch in batches:
                if not put(("batch", batch)):
                    return
        except BaseException as err:  # handed to the caller, raised there
            put(("error", err))
            return
        put(("end", None))

    thread = threading.Thread(target=make, name="policykg-batches", daemon=True)
    thread.start()
    try:
        while True:
            kind, value = box.get()
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        thread.join(timeout=5)


def element_batch_from_ntriples_text(data: bytes | str, *, where: str = "<N-Triples text>") -> ElementBatch:
    """The nodes described and the relationships stated by N-Triples text in the form policykg writes (one
    document's part of graph.nt, the shared block), as one batch; ``where`` names the text in errors.

    Same rows as ``element_batches_from_ntriples`` gives for a file holding only this text."""
    text = data.decode("utf-8") if isinstance(data, bytes | bytearray) else data
    fast = _batch_of_whole_lines(text)
    return fast if fast is not None else _batch_line_by_line(text, where)


def _batch_line_by_line(text: str, where: str) -> ElementBatch:
    """``element_batch_from_ntriples_text`` one line at a time: blank lines and comments skipped, the first line
    it cannot read named in a ``GraphBuildError``."""
    acc = _Accumulator()
    iri_object, literal_object, match = acc.iri_object, acc.literal_object, _NT_LINE.match
    for number, raw in enumerate(text.split("\n"), start=1):  # not splitlines: U+2028 may sit in a literal
        line = raw.strip()
        if not line or line[0] == "#":
            continue
        m = match(line)
        if m is None:
            raise GraphBuildError(
                f"{where}:{number}: not an N-Triples line policykg can read: {line[:120]!r}"
            )
        s, p, o, lexical, _, _ = m.groups()
        if o is not None:
            iri_object(s, p, o)
        else:
            if "\\" in lexical:
                lexical = _ESCAPE.sub(_unescape_match, lexical)
            literal_object(s, p, lexical)
    return _batch(acc)


# The same line pattern for a whole text at once (``findall``: one pass in C, no match objects); a line may
# start with spaces or tabs, as ``str.strip`` would remove them.
_NT_LINES = re.compile(r"^[ \t]*" + _NT_LINE.pattern, re.MULTILINE)


def _batch_of_whole_lines(text: str) -> ElementBatch | None:
    """``element_batch_from_ntriples_text``'s batch for a text in which every line, the last one's end aside,
    is one triple as policykg writes it (no blank line, no comment, ``\n`` endings): the line pattern applied
    to the whole text at once, ~40 % faster. ``None`` for any other text, which is read line by line (blank
    lines and comments skipped, an unreadable line named): each match is one whole line (the pattern is
    anchored at both ends of a line and none of its parts reaches over a line break), so as many matches as
    lines means every line was read exactly as the line-by-line reader reads it."""
    rows = _NT_LINES.findall(text)
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if len(rows) != lines or not rows:
        return None
    # ``_Accumulator.iri_object`` and ``literal_object`` inlined, with the current subject's dicts kept at hand
    # (a subject's lines are together); a triple they would refuse sends the text to the line-by-line reader,
    # which names its line.
    acc = _Accumulator()
    type_iri, labels_by_iri, rels_by_iri, lits_by_iri = (
        acc.type_iri,
        acc.labels_by_iri,
        acc.rels_by_iri,
        acc.lits_by_iri,
    )
    labels, values, edges, subjects = acc.labels, acc.values, acc.edges, acc.subjects
    escape, string_kinds = _ESCAPE, _STRING_KINDS
    last = None
    mine: dict[str, list[Any]] = {}
    for s, p, o, lexical, _, _ in rows:
        if o:
            if p == type_iri:
                label = labels_by_iri.get(o)
                if label is None:
                    return None
                subjects[s] = None
                labels[s].add(label)
            else:
                rel = rels_by_iri.get(p)
                if rel is None:
                    return None
                edges[(s, o, rel)] = None
        elif lexical:
            prop = lits_by_iri.get(p)
            if prop is None:
                return None
            if "\\" in lexical:
                lexical = escape.sub(_unescape_match, lexical)
            if s != last:
                last, mine = s, values[s]
                subjects[s] = None
            mine[prop.key].append(
                lexical if prop.kind in string_kinds else to_pg_value(prop, cast(Literal, lexical))
            )
        else:
            return None  # findall gives "" for a group that did not take part: ``<>`` and ``""`` look alike
    return _batch(acc)


def element_batch_from_triples(subjects: Mapping[str, Mapping[str, Mapping[str, str]]]) -> ElementBatch:
    """The batch ``element_batch_from_ntriples_text`` gives for the N-Triples text of ``subjects`` (subject ->
    predicate -> object as an N-Triples term, as ``policykg.graph.rdf.stream.TripleSet`` holds them), read from
    the terms without writing or matching a line: the same rows in the same order (subjects sorted, a
    subject's predicates and objects in the order of its lines). An object is an IRI ``<...>`` or a literal
    ``"..."`` with an optional language tag or datatype, as ``policykg.graph.rdf.terms`` writes them."""
    acc = _Accumulator()
    type_iri, labels_by_iri, rels_by_iri, lits_by_iri = (
        acc.type_iri,
        acc.labels_by_iri,
        acc.rels_by_iri,
        acc.lits_by_iri,
    )
    labels, values, edges, seen = acc.labels, acc.values, acc.edges, acc.subjects
    escape, unescape, string_kinds = _ESCAPE, _unescape_match, _STRING_KINDS
    for s in sorted(subjects):
        preds = subjects[s]
        mine: dict[str, list[Any]] | None = None
        for p in sorted(preds, key=_nt_key) if len(preds) > 1 else preds:
            objs = preds[p]
            for o in sorted(objs) if len(objs) > 1 else objs:
                if o[0] == "<":
                    if p == type_iri and o[1:-1] in labels_by_iri:
                        seen[s] = None
                        labels[s].add(labels_by_iri[o[1:-1]])
                    elif p in rels_by_iri:
                        edges[(s, o[1:-1], rels_by_iri[p])] = None
                    else:
                        acc.iri_object(s, p, o[1:-1])  # refused there, with the reason
                    continue
                lexical = o[1 : o.rindex('"')]
                if "\\" in lexical:
                    lexical = escape.sub(unescape, lexical)
                prop = lits_by_iri.get(p)
                if prop is None:
                    acc.literal_object(s, p, lexical)  # refused there, with the reason
                    continue
                if mine is None:
                    mine = values[s]
                    seen[s] = None
                mine[prop.key].append(
                    lexical if prop.kind in string_kinds else to_pg_value(prop, cast(Literal, lexical))
                )
    return _batch(acc)


def _batch(acc: _Accumulator) -> ElementBatch:
    nodes = [
        NodeRow(nid, tuple(sorted(acc.labels.get(nid, ()))), acc.node_props(nid)) for nid in acc.subjects
    ]
    rels = [RelRow(src, rel, dst) for src, dst, rel in acc.edges]
    return nodes, rels


def property_graph_from_ntriples(path: Path) -> nx.MultiDiGraph:
    """The property graph of an N-Triples file, read line by line without building an rdflib graph.

    Same result as ``to_property_graph(Graph().parse(path, format="nt"))`` for the N-Triples policykg writes
    (IRIs and literals only; no blank nodes). A line this reader does not understand is a
    ``GraphBuildError`` naming the file and line, never a silently lost triple."""
    acc = _Accumulator()
    for s, p, o, lexical in _ntriples(path):
        if o is not None:
            acc.iri_object(s, p, o)
        else:
            acc.literal_object(s, p, lexical)
    return acc.graph()


def from_property_graph(pg: nx.MultiDiGraph) -> Graph:
    """The RDF graph of a property graph in the policykg shape (language tags are not restored)."""
    m = get_mapping()
    g = bind_prefixes(Graph())
    for nid, data in pg.nodes(data=True):
        node = URIRef(str(nid))
        for label in data.get("labels", ()):
            if label not in m.classes:
                raise GraphBuildError(f"{nid}: node label {label!r} is not a policykg class")
            g.add((node, RDF.type, m.classes[label]))
        for key, value in (data.get("props") or {}).items():
            if key == IRI_KEY:
                if str(value) != str(nid):
                    raise GraphBuildError(f"node {nid}: property iri={value!r} differs from the node id")
                continue
            if key not in m.keys:
                raise GraphBuildError(f"{nid}: node property {key!r} is not a policykg property")
            prop = m.keys[key]
            for v in pg_values(value):
                if v is None:
                    continue
                g.add((node, prop.iri, from_pg_value(prop, v)))
    for src, dst, key, data in pg.edges(keys=True, data=True):
        rel = data.get("type", key)
        if rel not in m.relations:
            raise GraphBuildError(f"{src} -> {dst}: relationship type {rel!r} is not a policykg property")
        g.add((URIRef(str(src)), m.relations[rel], URIRef(str(dst))))
    return g
