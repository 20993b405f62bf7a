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
// and reading them all costs more than a lookup may. Patterns start from the measure (see tasks.cypher).
MATCH (u:Unit {iri: $unit})
WITH u, [(u)-[:SUB_ORGANIZATION_OF]->(p:Unit) | p.prefLabel] AS parents,
     [(u)<-[:SUB_ORGANIZATION_OF]-(c:Unit) | c.prefLabel] AS children,
     head([(u)-[:REGION]->(r:Region) | r.label]) AS region,
     // a graph built before units carried their first measures: every measure, never a false "none"
     CASE WHEN $all OR (u.evidenceIri IS NULL AND coalesce(u.measureCount, 0) > 0)
          THEN [(u)<-[:RESPONSIBLE_UNIT]-(x:Measure) | x.iri] ELSE coalesce(u.evidenceIri, []) END AS keys
// no measure: one row with an empty key (a string, as every key: LadybugDB types a list of one null as INT64[])
UNWIND CASE WHEN size(keys) = 0 THEN [''] ELSE keys END AS key
// drop the list: carried along, every one of 7,000 rows would hold all 7,000 keys
WITH u, parents, children, region, key
OPTIONAL MATCH (m:Measure {iri: key})
// every pattern below is guarded by `m IS NULL`: ArcadeDB reads a pattern from a null node as a pattern from any
// node (a unit without measures listed every target of the graph)
RETURN u.prefLabel AS unit,
       CASE WHEN m IS NULL THEN null
            ELSE head([(m)-[:IN_DOCUMENT]->(d:PolicyDocument) | coalesce(d.title, d.label, d.sourceFile)]) END AS document,
       CASE WHEN m IS NULL THEN null ELSE head([(m)<-[:HAS_MEASURE]-(sec:Section) | sec.number]) END AS section,
       m.number AS number, m.label AS measure,
       CASE WHEN m IS NULL THEN null ELSE EXISTS { (m)-[:LEAD_UNIT]->(u) } END AS lead,
       CASE WHEN m IS NULL THEN []
            ELSE [(m)-[:HAS_TARGET]->(t:Target) | t {.indicator, .comparator, .value, .unitOfMeasure, .year, .deadline}]
       END AS targets,
       CASE WHEN m IS NULL THEN [] ELSE [(m)-[:CONCERNS_INDUSTRY]->(i:Industry) | i.prefLabel] END AS industries,
       CASE WHEN m IS NULL THEN [] ELSE [(m)-[:CONCERNS_SYSTEM]->(s:IndustrySystem) | s.label] END AS systems,
       CASE WHEN m IS NULL THEN [] ELSE [(m)-[:RESPONSIBLE_UNIT]->(o:Unit) WHERE o <> u | o.prefLabel] END AS coResponsible,
       u.measureCount AS totalMeasures, u.leadMeasureCount AS totalLead, parents, children, region, m.iri AS _evidence,
       m.ordinal AS _ordinal
ORDER BY document, _ordinal, number, section, _evidence
