// name: unit-profile
// zh: 单位画像:该单位的每项措施(是否牵头)、目标、涉及产业、共同责任单位、文件,以及上级与下属单位
// en: One unit's profile: each of its measures (lead or not) with targets, industries, co-responsible units and document, plus its parent and child units
// param: unit: unit -- the unit (any of its names)
// evidence: _evidence
// kind: lookup
// example: policykg query unit-profile --param unit=就业处
MATCH (u:Unit {iri: $unit})
OPTIONAL MATCH (u)-[:SUB_ORGANIZATION_OF]->(p:Unit)
WITH u, collect(DISTINCT p.prefLabel) AS parents
OPTIONAL MATCH (u)<-[:SUB_ORGANIZATION_OF]-(c:Unit)
WITH u, parents, collect(DISTINCT c.prefLabel) AS children
OPTIONAL MATCH (u)<-[:RESPONSIBLE_UNIT]-(m:Measure)
OPTIONAL MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument)
OPTIONAL MATCH (sec:Section)-[:HAS_MEASURE]->(m)
RETURN u.prefLabel AS unit, coalesce(d.title, d.sourceFile) AS document, sec.number AS section, m.number AS number,
       m.label AS measure,
       EXISTS { (m)-[:LEAD_UNIT]->(u) } AS lead,
       [(m)-[:HAS_TARGET]->(t:Target) | t {.indicator, .comparator, .value, .unitOfMeasure, .year, .deadline}] AS targets,
       [(m)-[:CONCERNS_INDUSTRY]->(i:Industry) | i.prefLabel] AS industries,
       [(m)-[:CONCERNS_SYSTEM]->(s:IndustrySystem) | s.label] AS systems,
       [(m)-[:RESPONSIBLE_UNIT]->(o:Unit) WHERE o <> u | o.prefLabel] AS coResponsible,
       parents, children, m.iri AS _evidence
ORDER BY document, m.ordinal, number, section
