// name: unit-workload
// zh: 单位工作量排名:负责措施数、牵头措施数、目标数、涉及文件数
// en: Units ranked by measures, lead measures and targets they carry, with the number of documents
// param: unit: key = null -- only units whose name contains this
// param: limit: int[1..100000] = 1000 -- at most this many units
// kind: report
// example: policykg query unit-workload --param limit=20
MATCH (u:Unit)<-[:RESPONSIBLE_UNIT]-(m:Measure)
WHERE $unit IS NULL OR u.matchKey CONTAINS $unit
OPTIONAL MATCH (m)-[:HAS_TARGET]->(t:Target)
OPTIONAL MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument)
WITH u, count(DISTINCT m) AS measures, count(DISTINCT t) AS targets, count(DISTINCT d) AS documents
OPTIONAL MATCH (u)-[:SUB_ORGANIZATION_OF]->(p:Unit)
WITH u, measures, targets, documents, head(collect(p.prefLabel)) AS parent
OPTIONAL MATCH (u)-[:REGION]->(r:Region)
RETURN u.prefLabel AS unit, head(collect(r.label)) AS region, parent, measures,
       COUNT { (u)<-[:LEAD_UNIT]-(:Measure) } AS leadMeasures, targets, documents, u.iri AS _unit
ORDER BY measures DESC, leadMeasures DESC, targets DESC, unit, _unit
LIMIT $limit
