"""The difference between two versions of part of a policykg graph, in property-graph elements.

An incremental build knows which documents changed, appeared or disappeared. Their old parts of ``graph.nt``
(plus the old shared block, when it changed) and their new parts describe every element the change can
touch: a node is described by exactly one source (its document's part, or the shared block, which is always
compared whole), and a relationship is stated by the source of its start node (a document's ``pkg:cites``
links sit in its own part). So ``diff_elements(old, new)`` over those texts alone is exactly what a store
holding the old graph must change to hold the new one; untouched documents are never read.

Pure: no store here. ``policykg.graph.store.embedded.EmbeddedStore.apply_delta`` writes a ``Delta``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from policykg.errors import StoreError

NodeState = tuple[tuple[str, ...], dict[str, Any]]  # (labels, properties including iri)
Rel = tuple[str, str, str]  # (start iri, type, end iri)


class DeltaRefused(StoreError):
    """A delta cannot be applied safely (the store is not in the state it assumes); the caller falls back
    to a full sync."""


@dataclass
class Elements:
    """Nodes described (iri -> labels and properties) and relationships stated by some N-Triples texts."""

    nodes: dict[str, NodeState] = field(default_factory=dict)
    rels: set[Rel] = field(default_factory=set)


@dataclass
class Delta:
    """What turns the old elements into the new ones: nodes to create (labels, properties), to update (iri,
    new properties, replacing the old ones) and to delete (iri); relationships to create and to delete.
    A node whose labels change is deleted and created again (its relationships are then re-created from
    ``relabelled``); relationships of deleted nodes are left out of ``delete_rels`` (they go with the node)."""

    create: list[tuple[tuple[str, ...], dict[str, Any]]] = field(default_factory=list)
    update: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)
    create_rels: list[Rel] = field(default_factory=list)
    delete_rels: list[Rel] = field(default_factory=list)
    relabelled: list[str] = field(default_factory=list)
    detached: list[Rel] = field(default_factory=list)  # old relationships that go with deleted nodes

    @property
    def empty(self) -> bool:
        return not (self.create or self.update or self.delete or self.create_rels or self.delete_rels)

    @property
    def size(self) -> int:
        return (
            len(self.create)
            + len(self.update)
            + len(self.delete)
            + len(self.create_rels)
            + len(self.delete_rels)
        )


def elements_of(texts: Iterable[bytes | str], *, where: str = "graph part") -> Elements:
    """The elements of N-Triples texts in policykg's form, checked and cleaned as a store load checks them
    (``policykg.graph.store.sync.check_batch``); a node described by several texts gets the union."""
    from policykg.graph.store.pgraph import element_batch_from_ntriples_text
    from policykg.graph.store.sync import check_batch, merge_props

    out = Elements()
    for n, text in enumerate(texts, start=1):
        nodes, rels = element_batch_from_ntriples_text(text, where=f"{where} {n}")
        checked, rel_rows = check_batch(nodes, rels)
        for iri, (labels, props) in checked.items():
            have = out.nodes.get(iri)
            if have is not None:
                labels = tuple(sorted({*have[0], *labels}))
                props = merge_props(have[1], props)
            out.nodes[iri] = (labels, props)
        out.rels.update(rel_rows)
    return out


def diff_elements(old: Elements, new: Elements) -> Delta:
    """What a store holding ``old`` (among untouched elements) must change to hold ``new`` instead."""
    delta = Delta()
    for iri in sorted(new.nodes):
        labels, props = new.nodes[iri]
        have = old.nodes.get(iri)
        if have is None:
            delta.create.append((labels, props))
        elif have[0] != labels:
            delta.delete.append(iri)
            delta.relabelled.append(iri)
            delta.create.append((labels, props))
        elif have[1] != props:
            delta.update.append((iri, props))
    gone = {iri for iri in old.nodes if iri not in new.nodes}
    delta.delete.extend(sorted(gone))
    detached = gone | set(delta.relabelled)
    delta.create_rels = sorted(
        r for r in new.rels if r not in old.rels or r[0] in delta.relabelled or r[2] in delta.relabelled
    )
    delta.delete_rels = sorted(
        r for r in old.rels - new.rels if r[0] not in detached and r[2] not in detached
    )
    delta.detached = sorted(r for r in old.rels if r[0] in detached or r[2] in detached)
    return delta


def graph_delta(old_texts: Iterable[bytes | str], new_texts: Iterable[bytes | str]) -> Delta:
    """``diff_elements`` of the old and the new N-Triples texts of the touched sources."""
    return diff_elements(
        elements_of(old_texts, where="old graph part"), elements_of(new_texts, where="new graph part")
    )
