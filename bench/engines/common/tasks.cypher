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
// The page is cut first, then each of its measures' neighbours is collected: OPTIONAL MATCH ... collect() and
// min() for the first of one, map literals, null parameters tested after their typed use and lists through
// coalesce(): the forms ArcadeDB, Neo4j and LadybugDB all run (bench/README, issue 13, round 22).
// bench/engines/common: the text in the Cypher subset ArcadeDB, Neo4j and LadybugDB all run (same rows as
// queries/tasks.cypher on ArcadeDB and LadybugDB), kept here, not in the library, because ArcadeDB runs it
// slower (bench/README, issue 13, round 22). `bench/bench_engines.py --texts bench/engines/common`.
MATCH (m:Measure)
WHERE m.iri > $after
  AND (size(coalesce($document, [])) = 0 OR EXISTS {
        MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument)
        WHERE all(w IN coalesce($document, []) WHERE d.documentLookup CONTAINS w) })
  AND (EXISTS { MATCH (m)-[:RESPONSIBLE_UNIT]->(x:Unit) WHERE x.matchKey CONTAINS $unit } OR $unit IS NULL)
WITH m
ORDER BY m.iri
LIMIT $limit
OPTIONAL MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument)
WITH m, min(coalesce(d.title, d.label, d.sourceFile)) AS document, min(d.docNumber) AS docNumber
OPTIONAL MATCH (m)<-[:HAS_MEASURE]-(sec:Section)
WITH m, document, docNumber, min(sec.number) AS section
OPTIONAL MATCH (m)-[:LEAD_UNIT]->(l:Unit)
WITH m, document, docNumber, section, collect(l.prefLabel) AS leadUnits
OPTIONAL MATCH (m)-[:RESPONSIBLE_UNIT]->(x:Unit)
WHERE NOT EXISTS { MATCH (m)-[:LEAD_UNIT]->(x) }
WITH m, document, docNumber, section, leadUnits, collect(x.prefLabel) AS coResponsible
OPTIONAL MATCH (m)-[:HAS_TARGET]->(t:Target)
WITH m, document, docNumber, section, leadUnits, coResponsible,
     collect(CASE WHEN t IS NULL THEN NULL
                  ELSE {indicator: t.indicator, comparator: t.comparator, value: t.value,
                        unitOfMeasure: t.unitOfMeasure, year: t.year, deadline: t.deadline} END) AS targets,
     collect(t.year) AS years
RETURN document, docNumber, m.ordinal AS ordinal, section, m.number AS number, m.label AS task, leadUnits,
       coResponsible, targets, years, m.iri AS _evidence
ORDER BY _evidence
