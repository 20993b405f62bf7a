// name: co-responsibility
// zh: 协同网络:共同承担措施的单位对及共担措施数
// en: The coordination network: pairs of units sharing measures, with the number of shared measures and documents
// param: unit: key = null -- only pairs involving a unit whose name contains this
// param: minShared: int[1..100000] = 1 -- only pairs sharing at least this many measures
// evidence: _evidence
// kind: report
// example: policykg query co-responsibility --param minShared=2
MATCH (a:Unit)<-[:RESPONSIBLE_UNIT]-(m:Measure)-[:RESPONSIBLE_UNIT]->(b:Unit)
WHERE a.iri < b.iri AND ($unit IS NULL OR a.matchKey CONTAINS $unit OR b.matchKey CONTAINS $unit)
OPTIONAL MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument)
WITH a, b, count(DISTINCT m) AS shared, count(DISTINCT d) AS documents, collect(DISTINCT m.iri) AS evidenceIris
WHERE shared >= $minShared
RETURN a.prefLabel AS unitA, b.prefLabel AS unitB, shared, documents,
       a.iri AS _a, b.iri AS _b, evidenceIris AS _evidence
ORDER BY shared DESC, unitA, unitB, _a, _b
