// name: tasks
// zh: 任务分工表:每项措施一行(编号、任务、牵头单位、责任单位、目标、年份、文件)
// en: The task-division table: one row per measure (number, task, lead unit, co-responsible units, targets, years, document)
// param: document: variants = null -- only documents whose title, number or file name contains this
// param: unit: key = null -- only measures with a responsible unit whose name contains this
// evidence: _evidence
// kind: report
// example: policykg query tasks --param document=人才
MATCH (m:Measure)-[:IN_DOCUMENT]->(d:PolicyDocument)
WHERE ($document IS NULL OR any(k IN $document WHERE d.title CONTAINS k OR d.docNumber CONTAINS k OR d.sourceFile CONTAINS k))
  AND ($unit IS NULL OR EXISTS { MATCH (m)-[:RESPONSIBLE_UNIT]->(x:Unit) WHERE x.matchKey CONTAINS $unit })
OPTIONAL MATCH (sec:Section)-[:HAS_MEASURE]->(m)
WITH m, d, sec,
     [(m)-[:LEAD_UNIT]->(l:Unit) | l.prefLabel] AS leadUnits,
     [(m)-[:HAS_TARGET]->(t:Target) | t {.indicator, .comparator, .value, .unitOfMeasure, .year, .deadline}] AS targets
RETURN coalesce(d.title, d.sourceFile) AS document, d.docNumber AS docNumber, m.ordinal AS ordinal, sec.number AS section, m.number AS number, m.label AS task,
       leadUnits,
       [(m)-[:RESPONSIBLE_UNIT]->(x:Unit) WHERE NOT x.prefLabel IN leadUnits | x.prefLabel] AS coResponsible,
       targets, [t IN targets WHERE t.year IS NOT NULL | t.year] AS years, m.iri AS _evidence
ORDER BY document, ordinal, number, _evidence
