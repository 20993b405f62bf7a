// name: targets
// zh: 量化目标:按指标关键词、年份、地区、责任单位、文件筛选,逐文件分页列出,附原文
// en: Quantitative targets filtered by indicator keyword, year, region, unit and document, document by document, one page at a time, with the source clause
// param: keyword: variants = null -- indicator contains this (either script)
// param: year: int = null -- target year
// param: region: variants = null -- the document's region contains this
// param: unit: key = null -- a responsible unit of the clause contains this
// param: document: terms = null -- only documents whose title (or first heading), number or file name holds every one of these words
// param: limit: int[1..1000000] = 100 -- rows per page
// param: after: cursor = null -- continue after this target (the key the previous page ends with)
// evidence: _evidence
// page: _evidence
// kind: report
// example: policykg query targets --param keyword=高技能 --param year=2025
// One page in the order of the targets' IRIs (document by document): the engine walks the iri index and stops
// after $limit rows instead of sorting every target. Patterns start from the target (see tasks.cypher).
// The clause is the most specific holder: the measure or section the target belongs to (the document also
// links every target).
// The page is cut first, then the holder's units collected (the forms every engine runs: see tasks.cypher). A
// target has one holder, a measure or else a section: two OPTIONAL MATCH, each collecting its units (an
// (h:Measure OR h:Section) test LadybugDB does not parse); `-->(r:Region)` is pkg:region (see unit-workload.cypher).
// bench/engines/common: the text in the Cypher subset ArcadeDB, Neo4j and LadybugDB all run (same rows as
// queries/targets.cypher on ArcadeDB and LadybugDB), kept here, not in the library, because ArcadeDB runs it
// slower (bench/README, issue 13, round 22). `bench/bench_engines.py --texts bench/engines/common`.
MATCH (t:Target)
WHERE t.iri > $after
  AND (size(coalesce($keyword, [])) = 0
       OR any(k IN coalesce($keyword, []) WHERE t.indicator CONTAINS k OR t.sourceText CONTAINS k))
  AND (t.year = $year OR $year IS NULL)
  AND (size(coalesce($document, [])) = 0 OR EXISTS {
        MATCH (t)-[:IN_DOCUMENT]->(d:PolicyDocument)
        WHERE all(w IN coalesce($document, []) WHERE d.documentLookup CONTAINS w) })
  AND (size(coalesce($region, [])) = 0 OR EXISTS {
        MATCH (t)-[:IN_DOCUMENT]->(:PolicyDocument)-->(r:Region)
        WHERE any(k IN coalesce($region, []) WHERE r.label CONTAINS k) })
  AND (EXISTS { MATCH (t)<-[:HAS_TARGET]-(:Measure)-[:RESPONSIBLE_UNIT]->(x:Unit) WHERE x.matchKey CONTAINS $unit }
       OR EXISTS { MATCH (t)<-[:HAS_TARGET]-(:Section)-[:RESPONSIBLE_UNIT]->(x:Unit) WHERE x.matchKey CONTAINS $unit }
       OR $unit IS NULL)
WITH t
ORDER BY t.iri
LIMIT $limit
OPTIONAL MATCH (t)-[:IN_DOCUMENT]->(d:PolicyDocument)
WITH t, min(coalesce(d.title, d.label, d.sourceFile)) AS document
OPTIONAL MATCH (t)<-[:HAS_TARGET]-(hm:Measure)
OPTIONAL MATCH (hm)-[:LEAD_UNIT]->(ml:Unit)
WITH t, document, hm, collect(ml.prefLabel) AS measureLead
OPTIONAL MATCH (hm)-[:RESPONSIBLE_UNIT]->(mu:Unit)
WITH t, document, hm, measureLead, collect(mu.prefLabel) AS measureUnits
OPTIONAL MATCH (t)<-[:HAS_TARGET]-(hs:Section)
OPTIONAL MATCH (hs)-[:LEAD_UNIT]->(sl:Unit)
WITH t, document, hm, measureLead, measureUnits, hs, collect(sl.prefLabel) AS sectionLead
OPTIONAL MATCH (hs)-[:RESPONSIBLE_UNIT]->(su:Unit)
WITH t, document, hm, measureLead, measureUnits, hs, sectionLead, collect(su.prefLabel) AS sectionUnits
RETURN t.indicator AS indicator, t.comparator AS comparator, t.value AS value, t.unitOfMeasure AS unitOfMeasure,
       t.year AS year, document, coalesce(hm.number, hs.number) AS clause,
       CASE WHEN hm IS NULL THEN CASE WHEN hs IS NULL THEN NULL ELSE sectionLead END ELSE measureLead END
         AS leadUnits,
       CASE WHEN hm IS NULL THEN CASE WHEN hs IS NULL THEN NULL ELSE sectionUnits END ELSE measureUnits END AS units,
       t.sourceText AS sourceText, t.iri AS _evidence
ORDER BY _evidence
