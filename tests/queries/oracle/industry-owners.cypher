// name: industry-owners
// zh: 某一产业由哪些单位负责(直接点名或经产业体系覆盖),按牵头措施数、措施数排序;名称不区分繁简
// en: The units owning one industry (direct or via a system), most lead measures first; the name is script-insensitive
// param: industry: industry -- the industry (人工智能, 人工智慧 and 人工智能 are the same)
// evidence: _evidence
// kind: lookup
// example: policykg query industry-owners --param industry=智能家電
MATCH (i:Industry {iri: $industry})
CALL {
  WITH i
  MATCH (u:Unit)<-[:RESPONSIBLE_UNIT]-(m:Measure)-[:CONCERNS_INDUSTRY]->(i)
  RETURN u, m, 'direct' AS via
  UNION
  WITH i
  MATCH (u:Unit)<-[:RESPONSIBLE_UNIT]-(m:Measure)-[:CONCERNS_SYSTEM]->(s:IndustrySystem)
        -[:HAS_MEMBER|HAS_CATEGORY*1..2]->(i)
  RETURN u, m, 'system:' + coalesce(s.code, s.label) AS via
}
WITH i, u, via, m, EXISTS { (m)-[:LEAD_UNIT]->(u) } AS lead
OPTIONAL MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument)
WITH i, u, via, count(DISTINCT m) AS measures, count(DISTINCT CASE WHEN lead THEN m END) AS leadMeasures,
     collect(DISTINCT coalesce(d.title, d.label, d.sourceFile)) AS documents, collect(DISTINCT m.iri) AS evidenceIris
RETURN i.prefLabel AS industry, u.prefLabel AS unit, via, measures, leadMeasures, documents,
       u.iri AS _unit, evidenceIris AS _evidence
ORDER BY leadMeasures DESC, measures DESC, unit, via, _unit
