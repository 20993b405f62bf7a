"""Test oracle (not shipped): parsed documents -> the policykg RDF graph (the contract in ``../shared/spec/ontology.md``), and writing it.

``build_graph`` is deterministic: documents are processed in ``doc_id`` order, shared things (units,
industries, systems, regions) are merged across documents by key and emitted in key order, and every IRI comes
from ``iris_oracle``. Two builds of the same input give identical triples in the same order, so the
serialisations are byte-identical.

Modelling choices the contract leaves open:

* ``pkg:hasMeasure`` / ``pkg:hasTarget`` go from the document to *every* measure / target it contains (one hop
  for per-document queries), from a section only to the measures whose innermost section it is and to the
  targets stated in it outside any measure, and from a measure to its own targets.
* ``pkg:responsibleUnit`` of a measure = its own responsible and lead units plus the units named at section
  level (``责任部门:`` lines) of every enclosing section, so inherited responsibility holds even if an
  extractor only recorded it on the section.
* ``pkg:text`` of a measure or section is always ``source.text[charStart:charEnd]`` (the quote is the contract);
  an extractor whose ``Measure.text`` disagrees is logged.
* A target's ``pkg:charStart``/``pkg:charEnd`` quote the figure ("2万人以上"); ``pkg:sourceText`` is the clause.
* Titles are tagged ``@zh-Hant`` for Traditional documents, ``@zh-Hans`` otherwise; a cited document's title is
  converted to Simplified (several documents in both scripts may cite it; the node keeps one title).
  ``skos:prefLabel`` and region labels are ``@zh-Hans``; each ``skos:altLabel`` is tagged by its own script.
  Other labels and texts are plain literals.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

from iris_oracle import DEFAULT_BASE
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from policykg.errors import GraphBuildError
from policykg.models import ParsedDocument
from policykg.ontology import PREFIXES, bind_prefixes

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_BASE", "GraphInfo", "build_graph", "write_graph"]


@dataclass
class GraphInfo:
    """What ``build_graph`` produced."""

    triples: int = 0
    documents: int = 0  # built documents (cited-only documents are counted in ``cited``)
    sections: int = 0
    measures: int = 0
    units: int = 0
    targets: int = 0
    industries: int = 0
    systems: int = 0
    phases: int = 0
    regions: int = 0
    cited: int = 0  # documents known only by a cited title

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def build_graph(docs: Sequence[ParsedDocument], *, base_iri: str = DEFAULT_BASE) -> tuple[Graph, GraphInfo]:
    """The RDF graph of ``docs`` (see the module docstring) and counts of what it holds.

    Built the way ``policykg build`` builds it (``policykg.graph.rdf.stream``: one fragment per document plus
    the merged shared entities), then parsed into an rdflib graph: for tests and small uses. A large build
    never holds the whole graph in memory; see ``policykg.pipeline``."""
    from policykg.graph.rdf.stream import Iris, make_fragment, render_ntriples

    ids = Iris(base_iri)
    ordered = sorted(docs, key=lambda d: d.doc_id)
    seen: dict[str, str] = {}
    for d in ordered:
        if d.doc_id in seen:
            raise GraphBuildError(
                f"{d.source.source_file}: document id {d.doc_id!r} is also the id of {seen[d.doc_id]}"
            )
        seen[d.doc_id] = d.source.source_file
    fragments = [make_fragment(d, ids=ids) for d in ordered]
    text, asm = render_ntriples(fragments, base_iri)
    g = bind_prefixes(Graph())
    g.parse(data=text, format="nt")
    n = asm.counts
    info = GraphInfo(
        triples=len(g),
        documents=len(fragments),
        sections=sum(f.sections for f in fragments),
        measures=sum(f.measures for f in fragments),
        units=n.units,
        targets=sum(f.targets for f in fragments),
        industries=n.industries,
        systems=n.systems,
        phases=sum(f.phases for f in fragments),
        regions=n.regions,
        cited=n.cited,
    )
    return g, info


# --------------------------------------------------------------------------- writing


def _write_sorted_nt(g: Graph, fh: BinaryIO) -> None:
    """N-Triples sorted by subject, then line: rdflib's own N-Triples writer follows the order of its
    in-memory sets, which changes with the hash seed; a sorted file is the same on every run and diffs well."""
    from rdflib.plugins.serializers.nt import _nt_row

    for s in sorted(set(g.subjects()), key=str):
        rows = sorted(_nt_row((s, p, o)) for p, o in g.predicate_objects(s))
        fh.write("".join(rows).encode("utf-8"))


_PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_TURTLE_INTEGER = re.compile(r"^[+-]?\d+$")
_TURTLE_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")


class _Compactor:
    """IRIs as prefixed names where the local part is a plain name, else ``<...>``; cached per IRI."""

    def __init__(self) -> None:
        self.prefixes = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
        self.cache: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        out = self.cache.get(iri)
        if out is None:
            out = f"<{iri}>"
            for prefix, ns in self.prefixes:
                if iri.startswith(ns) and _PN_LOCAL.match(iri[len(ns) :]):
                    out = f"{prefix}:{iri[len(ns) :]}"
                    break
            if len(self.cache) < 10_000:  # predicates, classes and datatypes; instance IRIs stay uncached
                self.cache[iri] = out
        return out


def _turtle_object(o: Node, compact: _Compactor) -> str:
    from rdflib.plugins.serializers.nt import _quote_encode

    if isinstance(o, Literal):
        lexical = str(o)
        if o.language:
            return f"{_quote_encode(lexical)}@{o.language}"
        if o.datatype is None:
            return _quote_encode(lexical)
        if o.datatype == XSD.integer and _TURTLE_INTEGER.match(lexical):
            return lexical
        if o.datatype == XSD.decimal and _TURTLE_DECIMAL.match(lexical):
            return lexical
        if o.datatype == XSD.boolean and lexical in ("true", "false"):
            return lexical
        return f"{_quote_encode(lexical)}^^{compact(str(o.datatype))}"
    if isinstance(o, URIRef):
        return compact(str(o))
    return o.n3()


def _write_turtle(g: Graph, fh: BinaryIO) -> None:
    """A plain, deterministic Turtle writer: subjects in IRI order, ``a`` first, then predicates and objects
    in order; one subject block per resource. rdflib's Turtle serialiser gives the same triples but is
    orders of magnitude slower on a large build (it analyses the whole graph for nesting and lists, which a
    policykg graph never needs)."""
    compact = _Compactor()
    fh.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode("utf-8"))
    for s in sorted(set(g.subjects()), key=str):
        subject = f"<{s}>" if isinstance(s, URIRef) else s.n3()
        by_pred: dict[str, list[str]] = {}
        for p, o in g.predicate_objects(s):
            key = "a" if p == RDF.type else compact(str(p))
            by_pred.setdefault(key, []).append(_turtle_object(o, compact))
        preds = sorted(by_pred, key=lambda k: (k != "a", k))
        lines = [f"    {k} {' , '.join(sorted(by_pred[k]))}" for k in preds]
        body = " ;\n".join(lines)
        fh.write(f"\n{subject}\n{body} .\n".encode())


def write_graph(g: Graph, out_dir: Path) -> None:
    """Write ``out_dir/graph.ttl`` and ``out_dir/graph.nt`` atomically.

    Both are sorted (subjects, then predicates and objects) so two builds of the same input are byte-identical
    (see ``_write_turtle`` and ``_write_sorted_nt``). Both files are serialised to temporary files in ``out_dir`` first and only then moved into place with
    ``os.replace``, so a failure never leaves a partial or mixed ``graph.ttl``/``graph.nt`` behind (an older
    complete pair stays as it was).
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise GraphBuildError(f"{out_dir}: cannot create the output folder: {err}") from err
    bind_prefixes(g)
    temps: dict[str, Path] = {}
    try:
        for name in ("graph.ttl", "graph.nt"):
            fd, tmp_name = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".tmp")
            os.close(fd)
            temps[name] = Path(tmp_name)
            with open(tmp_name, "wb") as fh:
                if name == "graph.ttl":
                    _write_turtle(g, fh)
                else:
                    _write_sorted_nt(g, fh)
                fh.flush()
                os.fsync(fh.fileno())
        for name, tmp_path in temps.items():
            os.replace(tmp_path, out_dir / name)
        temps.clear()
    except Exception as err:  # serialisers raise many types; every one means "not written"
        raise GraphBuildError(f"{out_dir / 'graph.ttl'}: could not write the graph: {err}") from err
    finally:
        for leftover in temps.values():
            leftover.unlink(missing_ok=True)
