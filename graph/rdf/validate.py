"""SHACL validation of a built graph (``policykg validate``).

Runs pyshacl with ``ontology/shapes.ttl`` and the ontology mixed in, inference ``"none"``: the builder asserts
every fact explicitly, and RDFS inference would derive ``pkg:responsibleUnit`` from ``pkg:leadUnit``
(``rdfs:subPropertyOf``) and so hide the very "lead but not responsible" error the shapes look for. It also keeps
validation of a large build linear in its size.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from policykg.errors import LoadError, UsageError, ValidationError
from policykg.ontology import bind_prefixes, load_ontology, load_shapes

log = logging.getLogger(__name__)

INFERENCE = "none"
_SHAPES_NS = "https://w3id.org/policykg/shapes#"


@dataclass(frozen=True)
class ShaclResult:
    """One SHACL validation result."""

    focus: str  # the focus node (an IRI)
    path: str  # the property path, compacted (pkg:text), "" for node-level results
    message: str
    severity: str  # Violation | Warning | Info
    shape: str = ""  # the node shape it came from, compacted (pkgsh:MeasureShape)
    value: str = ""  # the offending value, when there is one


@dataclass
class ValidationResult:
    conforms: bool
    results: list[ShaclResult] = field(default_factory=list)
    source: str = ""  # the file validated
    triples: int = 0

    @property
    def violations(self) -> int:
        return sum(1 for r in self.results if r.severity == "Violation")

    def as_dict(self) -> dict[str, Any]:
        return {
            "conforms": self.conforms,
            "file": self.source,
            "triples": self.triples,
            "inference": INFERENCE,
            "violations": self.violations,
            "results": [asdict(r) for r in self.results],
        }


def _graph_file(path: Path) -> Path:
    # A missing input is a usage error (exit 2), not "does not conform" (exit 6).
    if not path.exists():
        raise UsageError(f"{path}: no such file or folder")
    if path.is_dir():
        ttl = path / "graph.ttl"
        if not ttl.is_file():
            raise UsageError(f"{ttl}: not found; build the graph first (policykg build ... --out {path})")
        return ttl
    return path


def validate_path(path: Path) -> ValidationResult:
    """Validate ``path``: a build folder holding ``graph.ttl``, or an RDF file (Turtle, N-Triples ...)."""
    from rdflib.util import guess_format

    file = _graph_file(Path(path))
    g = Graph()
    try:
        g.parse(file, format=guess_format(str(file)) or "turtle")
    except Exception as err:  # rdflib's parsers raise many types; all mean "not a readable graph"
        # a file that could not be read (exit 3), not a graph that does not conform (6)
        raise LoadError(str(file), f"cannot be parsed as RDF: {err}") from err
    # The graph was just read from disk and is not used again: pyshacl may mix the ontology into it in place.
    return validate_graph(g, source=str(file), inplace=True)


def validate_graph(g: Graph, *, source: str = "<graph>", inplace: bool = False) -> ValidationResult:
    """Validate an in-memory graph (``inplace=True`` lets pyshacl add the ontology to ``g`` itself)."""
    import pyshacl

    triples = len(g)
    shapes = load_shapes()
    try:
        conforms, report, _text = pyshacl.validate(
            g,
            shacl_graph=shapes,
            ont_graph=load_ontology(),
            inference=INFERENCE,
            abort_on_first=False,
            allow_infos=True,
            allow_warnings=True,
            inplace=inplace,
        )
    except Exception as err:  # pyshacl reports shape and runtime errors with its own exception types
        raise ValidationError(f"{source}: SHACL validation could not run: {err}") from err
    results = _results(report, shapes)
    log.info("%s: %d triples, conforms=%s, %d results", source, triples, conforms, len(results))
    return ValidationResult(conforms=bool(conforms), results=results, source=source, triples=triples)


def _results(report: Graph, shapes: Graph) -> list[ShaclResult]:
    nsm = bind_prefixes(Graph()).namespace_manager
    nsm.bind("pkgsh", _SHAPES_NS)
    nsm.bind("sh", str(SH))

    def compact(node: Node | None) -> str:
        if node is None:
            return ""
        if isinstance(node, URIRef):
            return node.n3(nsm)
        if isinstance(node, BNode):
            # A complex path: show sh:alternativePath members as a|b (the only kind the shapes use).
            alternatives = report.value(node, SH.alternativePath) or shapes.value(node, SH.alternativePath)
            if alternatives is not None:
                graph = report if report.value(node, SH.alternativePath) is not None else shapes
                return "|".join(compact(m) for m in Collection(graph, alternatives))
            return ""
        return str(node)

    def node_shape(shape: Node | None) -> str:
        if isinstance(shape, BNode):
            # A property shape is a blank node; name it by the node shape that holds it.
            for parent in shapes.subjects(SH.property, shape):
                return compact(parent)
            return ""
        return compact(shape)

    out: list[ShaclResult] = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        messages = sorted(str(m) for m in report.objects(r, SH.resultMessage))
        component = compact(report.value(r, SH.sourceConstraintComponent))
        out.append(
            ShaclResult(
                focus=str(report.value(r, SH.focusNode) or ""),
                path=compact(report.value(r, SH.resultPath)),
                message=messages[0] if messages else component,
                severity=compact(report.value(r, SH.resultSeverity)).removeprefix("sh:"),
                shape=node_shape(report.value(r, SH.sourceShape)),
                value=str(report.value(r, SH.value) or ""),
            )
        )
    out.sort(key=lambda x: (x.severity, x.shape, x.path, x.message, x.focus, x.value))
    return out


def print_result(result: ValidationResult, console: Any) -> None:
    """A readable report on a rich ``Console``: one row per (shape, path, message) with a count and examples."""
    from rich.markup import escape
    from rich.table import Table

    if result.conforms:
        console.print(
            f"[green]✓ {escape(result.source)}: conforms[/green] ({result.triples} triples, inference {INFERENCE})"
        )
        if not result.results:
            return
    else:
        console.print(
            f"[red]✗ {escape(result.source)}: does not conform[/red] — {result.violations} violation(s) "
            f"in {result.triples} triples"
        )
    groups: dict[tuple[str, str, str, str], list[ShaclResult]] = defaultdict(list)
    for r in result.results:
        groups[(r.severity, r.shape, r.path, r.message)].append(r)
    table = Table(show_lines=False)
    table.add_column("Severity")
    table.add_column("Shape")
    table.add_column("Path")
    table.add_column("Message", overflow="fold")
    table.add_column("Count", justify="right")
    table.add_column("Examples (focus nodes)", overflow="fold")
    for (severity, shape, path, message), rows in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        style = "red" if severity == "Violation" else "yellow"
        examples = "\n".join(dict.fromkeys(r.focus for r in rows[:3]))
        table.add_row(
            f"[{style}]{severity}[/{style}]",
            escape(shape),
            escape(path),
            escape(message),
            str(len(rows)),
            escape(examples),
        )
    console.print(table)
