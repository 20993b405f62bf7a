// name: dependencies
// zh: 依赖关系:某措施、单位、产业或文件依赖什么(引用/落实的文件、上级单位、所涉产业与体系)、被什么依赖,以及共担措施的单位和经措施覆盖的产业,限定深度
// en: What a measure, unit, industry or document depends on (documents it cites or implements, parent units, industries and systems it names) and what depends on it, to a depth; plus units sharing its measures and industries its measures reach
// param: node: node -- a unit, industry, system, document (title, number or file) or measure IRI
// param: depth: int[1..4] = 2 -- how many relationships to follow
// kind: lookup
// example: policykg query dependencies --param node=就业处 --param depth=2
CALL {
  MATCH (n:Unit {iri: $node}) RETURN n
  UNION MATCH (n:Industry {iri: $node}) RETURN n
  UNION MATCH (n:IndustrySystem {iri: $node}) RETURN n
  UNION MATCH (n:PolicyDocument {iri: $node}) RETURN n
  UNION MATCH (n:Measure {iri: $node}) RETURN n
}
CALL {
  WITH n
  MATCH p = (n)-[:CITES|IN_DOCUMENT|SUB_ORGANIZATION_OF|RESPONSIBLE_UNIT|CONCERNS_INDUSTRY|CONCERNS_SYSTEM|HAS_CATEGORY|HAS_MEMBER*1..4]->(x)
  WHERE length(p) <= $depth
  RETURN 'dependsOn' AS direction, x, length(p) AS hops
  UNION ALL
  WITH n
  MATCH p = (n)<-[:CITES|IN_DOCUMENT|SUB_ORGANIZATION_OF|RESPONSIBLE_UNIT|CONCERNS_INDUSTRY|CONCERNS_SYSTEM|HAS_CATEGORY|HAS_MEMBER*1..4]-(x)
  WHERE length(p) <= $depth AND NOT x:Section AND NOT x:Target
  RETURN 'dependedOnBy' AS direction, x, length(p) AS hops
  UNION ALL
  WITH n
  MATCH (n)<-[:RESPONSIBLE_UNIT|IN_DOCUMENT]-(:Measure)-[:RESPONSIBLE_UNIT]->(x:Unit)
  WHERE x <> n
  RETURN 'sharesMeasuresWith' AS direction, x, 2 AS hops
  UNION ALL
  WITH n
  MATCH (n)<-[:RESPONSIBLE_UNIT|IN_DOCUMENT]-(:Measure)-[:CONCERNS_INDUSTRY|CONCERNS_SYSTEM]->(x)
  RETURN 'reaches' AS direction, x, 2 AS hops
}
WITH n, direction, x, min(hops) AS depth
RETURN coalesce(n.prefLabel, n.title, n.label) AS of, direction, depth, head([l IN labels(x) WHERE l <> 'PolicyKG']) AS kind,
       coalesce(x.prefLabel, x.title, x.label, x.number, x.iri) AS name, x.iri AS _node
ORDER BY direction, depth, kind, name, _node
