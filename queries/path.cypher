// name: path
// zh: 两个对象(单位、产业、体系、文件)之间的一条最短联系路径
// en: A shortest connection between two named things (a unit and an industry, two units, ...)
// param: source: node -- where the path starts
// param: target: node -- where it ends
// ordered: route
// screen: hops, path
// kind: lookup
// example: policykg query path --param source=就业处 --param target=集成电路
CALL {
  MATCH (n:Unit {iri: $source}) RETURN n AS a
  UNION MATCH (n:Industry {iri: $source}) RETURN n AS a
  UNION MATCH (n:IndustrySystem {iri: $source}) RETURN n AS a
  UNION MATCH (n:PolicyDocument {iri: $source}) RETURN n AS a
  UNION MATCH (n:Measure {iri: $source}) RETURN n AS a
}
CALL {
  MATCH (n:Unit {iri: $target}) RETURN n AS b
  UNION MATCH (n:Industry {iri: $target}) RETURN n AS b
  UNION MATCH (n:IndustrySystem {iri: $target}) RETURN n AS b
  UNION MATCH (n:PolicyDocument {iri: $target}) RETURN n AS b
  UNION MATCH (n:Measure {iri: $target}) RETURN n AS b
}
// Facts only: the build's summaries (Coordination, Ownership, their EXAMPLE_* links) would short-cut every path.
// One shortest path (shortestPath): between a busy unit and an industry every shared measure makes another
// equally short path (allShortestPaths found 953 at 10,000 documents, 0.75 s). The hop count is certain; which
// of several equally short routes is shown is the engine's choice.
MATCH p = shortestPath((a)-[:CITES|IN_DOCUMENT|SUB_ORGANIZATION_OF|RESPONSIBLE_UNIT|LEAD_UNIT|CONCERNS_INDUSTRY|CONCERNS_SYSTEM|HAS_CATEGORY|HAS_MEMBER|HAS_SECTION|HAS_MEASURE|HAS_TARGET|ISSUED_BY|REGION|HAS_PHASE*..8]-(b))
WHERE a <> b
// the hop count taken with the path's lists (LadybugDB cannot evaluate a lambda after a later `length(p)`)
WITH length(p) AS hops, [x IN nodes(p) | head([l IN labels(x) WHERE l <> 'PolicyKG']) + ':' + coalesce(x.prefLabel, x.title, x.label, x.number, x.iri)] AS names,
     [r IN relationships(p) | type(r)] AS types
WITH hops, names, types,
     reduce(s = head(names), k IN range(1, size(names) - 1) | s + ' -' + types[k - 1] + '- ' + names[k]) AS path
RETURN hops, path, names AS route, [x IN names WHERE x STARTS WITH 'Measure:'] AS _measures
ORDER BY path
