"""policykg: Chinese government policy documents in, a traceable knowledge graph out.

Stages (each a module with a typed hand-off, see ``policykg.models``)::

    loaders.load(path)            -> SourceDocument   (decoded text, encoding, script, matching text)
    loaders.extract(source)       -> ParsedDocument   (sections, measures, units, targets, industries)
    graph.rdf                     -> graph.nt/.ttl    (the contract vocabulary, ontology/)
    graph.store                   -> GraphStore       (embedded ArcadeDB or Neo4j, one Cypher text)
    queries                       -> named Cypher queries
    graph.views                   -> one HTML page
    pipeline.build(paths, out)    -> BuildInfo        (runs the stages, with the incremental cache)
"""

__version__ = "0.1.0"
