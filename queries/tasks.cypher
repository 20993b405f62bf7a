// name: tasks
// zh: 任务分工表:每项措施一行(编号、任务、牵头单位、责任单位、目标、年份、文件);分页列出
// en: The task-division table: one row per measure (number, task, lead unit, co-responsible units, targets, years, document), one page at a time
// param: document: terms = null -- only documents whose title (or first heading), number or file name holds every one of these words
// param: unit: key = null -- only measures with a responsible unit whose name contains this
// param: limit: int[1..1000000] = 100 -- rows per page
// param: after: cursor = null -- continue after this measure (the key the previous page ends with)
// evidence: _evidence
// page: _evidence
// kind: report
// example: policykg query tasks --param document=人才
// One page in the order of the measures' IRIs (document by document): the engine walks the iri index and
// stops after $limit rows; a global sort by title would read all 140,000 measures of a 10,000-document graph.
// Every pattern starts from the measure: a comprehension that starts elsewhere ((s:Section)-->(m)) scans
// every Section for each row.
MATCH (m:Measure)
WHERE m.iri > $after
  AND ($document IS NULL OR EXISTS {
        MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument)
        WHERE all(w IN $document WHERE d.documentLookup CONTAINS w) })
  AND ($unit IS NULL OR EXISTS { MATCH (m)-[:RESPONSIBLE_UNIT]->(x:Unit) WHERE x.matchKey CONTAINS $unit })
RETURN head([(m)-[:IN_DOCUMENT]->(d:PolicyDocument) | coalesce(d.title, d.label, d.sourceFile)]) AS document,
       head([(m)-[:IN_DOCUMENT]->(d:PolicyDocument) | d.docNumber]) AS docNumber, m.ordinal AS ordinal,
       head([(m)<-[:HAS_MEASURE]-(sec:Section) | sec.number]) AS section, m.number AS number, m.label AS task,
       [(m)-[:LEAD_UNIT]->(l:Unit) | l.prefLabel] AS leadUnits,
       [(m)-[:RESPONSIBLE_UNIT]->(x:Unit) WHERE NOT EXISTS { (m)-[:LEAD_UNIT]->(x) } | x.prefLabel] AS coResponsible,
       [(m)-[:HAS_TARGET]->(t:Target) | t {.indicator, .comparator, .value, .unitOfMeasure, .year, .deadline}] AS targets,
       [(m)-[:HAS_TARGET]->(t:Target) WHERE t.year IS NOT NULL | t.year] AS years, m.iri AS _evidence
ORDER BY m.iri
LIMIT $limit
