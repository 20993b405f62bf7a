// name: unit-profile
// zh: 单位画像:该单位的措施(默认前十项,是否牵头)、目标、涉及产业、共同责任单位、文件,措施总数,以及上级与下属单位
// en: One unit's profile: its measures (the first ten unless all=true; lead or not) with targets, industries, co-responsible units and document, its totals, and its parent and child units
// param: unit: unit -- the unit (any of its names)
// param: all: bool = false -- every measure of the unit, not only the first ten (slow for a busy unit)
// evidence: _evidence
// needs: summaries
// kind: lookup
// example: policykg query unit-profile --param unit=就业处
// The first measures (in document order) and the totals are the build's summaries on the Unit node
// (pkg:evidenceIri, pkg:measureCount, ...): the busiest unit of a 10,000-document graph has 7,000 measures,
// and reading them all costs more than a lookup may. Patterns start from the measure (see tasks.cypher); the
// neighbours are collected by OPTIONAL MATCH ... collect(), the form every engine runs (bench/README, issue 13,
// round 22).
// bench/engines/common: the text in the Cypher subset ArcadeDB, Neo4j and LadybugDB all run (same rows as
// queries/unit-profile.cypher on ArcadeDB and LadybugDB), kept here, not in the library, because ArcadeDB runs it
// slower (bench/README, issue 13, round 22). `bench/bench_engines.py --texts bench/engines/common`.
MATCH (u:Unit {iri: $unit})
OPTIONAL MATCH (u)-[:SUB_ORGANIZATION_OF]->(p:Unit)
WITH u, collect(p.prefLabel) AS parents
OPTIONAL MATCH (u)<-[:SUB_ORGANIZATION_OF]-(c:Unit)
WITH u, parents, collect(c.prefLabel) AS children
// any relationship to a Region is pkg:region (see unit-workload.cypher)
OPTIONAL MATCH (u)-->(r:Region)
WITH u, parents, children, min(r.label) AS region
// a graph built before units carried their first measures: every measure, never a false "none". The unit is
// found again only when every measure is asked for: a WHERE on the OPTIONAL MATCH would read them all first.
WITH u, parents, children, region,
     CASE WHEN $`all` = true OR (u.evidenceIri IS NULL AND coalesce(u.measureCount, 0) > 0) THEN u.iri ELSE '' END
       AS everyOf
OPTIONAL MATCH (v:Unit)
WHERE v.iri = everyOf
OPTIONAL MATCH (v)<-[:RESPONSIBLE_UNIT]-(x:Measure)
WITH u, parents, children, region, collect(x.iri) AS every
WITH u, parents, children, region,
     CASE WHEN size(every) > 0 THEN every ELSE coalesce(u.evidenceIri, []) END AS keys
// a unit without measures: one row, its measure columns empty ('' is no measure's IRI)
UNWIND CASE WHEN size(keys) = 0 THEN [''] ELSE keys END AS key
// drop the list: carried along, every one of 7,000 rows would hold all 7,000 keys
WITH u, parents, children, region, key
OPTIONAL MATCH (m:Measure)
WHERE m.iri = key
OPTIONAL MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument)
WITH u, parents, children, region, m, min(coalesce(d.title, d.label, d.sourceFile)) AS document
OPTIONAL MATCH (m)<-[:HAS_MEASURE]-(sec:Section)
WITH u, parents, children, region, m, document, min(sec.number) AS section
OPTIONAL MATCH (m)-[:HAS_TARGET]->(t:Target)
WITH u, parents, children, region, m, document, section,
     collect(CASE WHEN t IS NULL THEN NULL
                  ELSE {indicator: t.indicator, comparator: t.comparator, value: t.value,
                        unitOfMeasure: t.unitOfMeasure, year: t.year, deadline: t.deadline} END) AS targets
OPTIONAL MATCH (m)-[:CONCERNS_INDUSTRY]->(i:Industry)
WITH u, parents, children, region, m, document, section, targets, collect(i.prefLabel) AS industries
OPTIONAL MATCH (m)-[:CONCERNS_SYSTEM]->(s:IndustrySystem)
WITH u, parents, children, region, m, document, section, targets, industries, collect(s.label) AS systems
OPTIONAL MATCH (m)-[:RESPONSIBLE_UNIT]->(o:Unit)
WHERE o.iri <> u.iri
WITH u, parents, children, region, m, document, section, targets, industries, systems,
     collect(o.prefLabel) AS coResponsible
RETURN u.prefLabel AS unit, document, section, m.number AS number, m.label AS measure,
       CASE WHEN m IS NULL THEN NULL ELSE EXISTS { MATCH (m)-[:LEAD_UNIT]->(u) } END AS lead,
       targets, industries, systems, coResponsible, u.measureCount AS totalMeasures,
       u.leadMeasureCount AS totalLead, parents, children, region, m.iri AS _evidence, m.ordinal AS _ordinal
ORDER BY document, _ordinal, number, section, _evidence
