"""policykg: Chinese government policy documents in, a traceable knowledge graph out.

Stages (each a module with a typed hand-off, see ``policykg.models``)::

    loaders.load(path)            -> SourceDocument   (decoded text, encoding, script, matching text)
    loaders.extract(source)       -> ParsedDocument   (sections, measures, units, targets, industries)
    graph.rdf.build_graph(docs)   -> rdflib.Graph     (the contract vocabulary, ontology/)
    graph.store / graph.neo4j     -> GraphStore       (embedded ArcadeDB or Neo4j, one Cypher text)
    queries                       -> named Cypher queries
"""

__version__ = "0.1.0"
