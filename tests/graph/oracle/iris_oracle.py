"""Test oracle (not shipped): deterministic instance IRIs under one configurable base.

Document-scoped things are addressed by the document id and their position (``doc/<doc_id>/measure/<ordinal>``);
shared things (units, industries, systems, regions, cited documents) by a hash of their key, so the same input
gives the same IRIs on every run and machine and a re-push updates rather than duplicates.

The hash is ``sha1(key.encode("utf-8")).hexdigest()[:16]``: stable across Python versions and hash seeds (unlike
``hash()``), and short enough to read; 64 bits make a collision among a corpus's few thousand keys negligible.
"""

from __future__ import annotations

from rdflib import URIRef

from policykg.graph.rdf.stream import DEFAULT_BASE, Iris, key_hash, title_key
from policykg.graph.rdf.terms import _segment as _segment
from policykg.loaders.normalize import name_key

__all__ = ["DEFAULT_BASE", "IriMinter", "key_hash", "region_key", "title_key"]


def region_key(name: str) -> str:
    return name_key(name)


class IriMinter:
    """Mints every instance IRI of a build from ``base`` (the scheme lives in ``rdf_stream.Iris``, which the
    streaming builder uses as plain strings; this wraps it in rdflib terms)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = Iris(base).base  # validates the base and adds the trailing "/"

    def _iri(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    def document(self, doc_id: str) -> URIRef:
        return self._iri(f"doc/{_segment(doc_id)}")

    def section(self, doc_id: str, n: int) -> URIRef:
        """The ``n``-th section (1-based, document order)."""
        return self._iri(f"doc/{_segment(doc_id)}/section/{n:04d}")

    def measure(self, doc_id: str, ordinal: int) -> URIRef:
        return self._iri(f"doc/{_segment(doc_id)}/measure/{ordinal:04d}")

    def target(self, doc_id: str, n: int) -> URIRef:
        """The ``n``-th target (1-based, in order of the figure's position in the text)."""
        return self._iri(f"doc/{_segment(doc_id)}/target/{n:04d}")

    def phase(self, doc_id: str, n: int) -> URIRef:
        return self._iri(f"doc/{_segment(doc_id)}/phase/{n:04d}")

    def cited(self, title: str) -> URIRef:
        """A document known only by its title (``pkg:cites`` target)."""
        return self.cited_from_key(title_key(title))

    def cited_from_key(self, key: str) -> URIRef:
        """Same as ``cited`` for an already computed ``title_key``."""
        return self._iri(f"doc/cited-{key_hash(key)}")

    def unit(self, key: str) -> URIRef:
        return self._iri(f"unit/{key_hash(key)}")

    def industry(self, key: str) -> URIRef:
        return self._iri(f"industry/{key_hash(key)}")

    def system(self, key: str) -> URIRef:
        return self._iri(f"system/{key_hash(key)}")

    def category(self, system_key: str, category_key: str) -> URIRef:
        return self._iri(f"system/{key_hash(system_key)}/category/{key_hash(category_key)}")

    def region(self, name: str) -> URIRef:
        return self.region_from_key(region_key(name))

    def region_from_key(self, key: str) -> URIRef:
        """Same as ``region`` for an already computed ``region_key``."""
        return self._iri(f"region/{key_hash(key)}")
