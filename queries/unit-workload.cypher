// name: unit-workload
// zh: 单位工作量排名:负责措施数、牵头措施数、目标数、涉及文件数
// en: Units ranked by measures, lead measures and targets they carry, with the number of documents
// param: unit: key = null -- only units whose name contains this
// param: limit: int[1..100000] = 1000 -- at most this many units
// needs: summaries
// kind: report
// example: policykg query unit-workload --param limit=20
// The counts are the build's summaries on each Unit node (pkg:measureCount, pkg:leadMeasureCount, ...).
MATCH (u:Unit)
WHERE u.measureCount > 0 AND (u.matchKey CONTAINS $unit OR $unit IS NULL)
OPTIONAL MATCH (u)-[:SUB_ORGANIZATION_OF]->(p:Unit)
// min(), not head(collect()): the first of several is the engine's choice, and LadybugDB has no head()
WITH u, min(p.prefLabel) AS parent
// the region tells apart units of the same name (税务局 of 宜兴市, of 鞍山市立山区, of 河南省); any relationship to
// a Region is pkg:region (its only property with that range): `-->`, since LadybugDB cannot name :REGION
OPTIONAL MATCH (u)-->(r:Region)
WITH u, parent, min(r.label) AS region
RETURN u.prefLabel AS unit, region, parent, u.measureCount AS measures, u.leadMeasureCount AS leadMeasures,
       u.targetCount AS targets, u.documentCount AS documents, u.iri AS _unit
ORDER BY measures DESC, leadMeasures DESC, targets DESC, unit, _unit
LIMIT $limit
