// name: unit-industries
// zh: 各单位负责哪些产业:措施数、是否牵头、涉及文件;区分措施直接点名的产业(direct)与经产业体系整体覆盖的产业(system:<代码>)
// en: Which units own which industries: measures, lead measures, documents; "direct" when a measure names the industry, "system:<code>" when it targets a whole industry system and so reaches each member
// param: unit: key = null -- only units whose name contains this (script-insensitive)
// param: industry: key = null -- only industries whose name contains this (script-insensitive)
// evidence: _evidence
// kind: report
// example: policykg query unit-industries --param industry=人工智能
CALL {
  MATCH (u:Unit)<-[:RESPONSIBLE_UNIT]-(m:Measure)-[:CONCERNS_INDUSTRY]->(i:Industry)
  WHERE ($unit IS NULL OR u.matchKey CONTAINS $unit) AND ($industry IS NULL OR i.matchKey CONTAINS $industry)
  RETURN u, i, m, 'direct' AS via
  UNION
  MATCH (u:Unit)<-[:RESPONSIBLE_UNIT]-(m:Measure)-[:CONCERNS_SYSTEM]->(s:IndustrySystem)
        -[:HAS_MEMBER|HAS_CATEGORY*1..2]->(i:Industry)
  WHERE ($unit IS NULL OR u.matchKey CONTAINS $unit) AND ($industry IS NULL OR i.matchKey CONTAINS $industry)
  RETURN u, i, m, 'system:' + coalesce(s.code, s.label) AS via
}
WITH u, i, via, m, EXISTS { (m)-[:LEAD_UNIT]->(u) } AS lead
OPTIONAL MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument)
WITH u, i, via, count(DISTINCT m) AS measures, count(DISTINCT CASE WHEN lead THEN m END) AS leadMeasures,
     collect(DISTINCT coalesce(d.title, d.label, d.sourceFile)) AS documents, collect(DISTINCT m.iri) AS evidenceIris
RETURN u.prefLabel AS unit, i.prefLabel AS industry, via, measures, leadMeasures, leadMeasures > 0 AS leadsAny,
       documents, u.iri AS _unit, i.iri AS _industry, evidenceIris AS _evidence
ORDER BY unit, industry, via, _unit
