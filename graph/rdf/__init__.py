"""Stage 3, the graph files: parsed documents -> RDF fragments -> ``graph.nt``/``graph.ttl`` (``stream``), the
derived summary nodes (``summaries``), IRIs and literals as text (``terms``), the base IRI and namespaces
(``namespaces``), the RDF <-> property-graph mapping (``mapping``) and SHACL validation
(``validate``)."""
