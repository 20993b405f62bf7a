// name: system-coverage
// zh: 产业体系覆盖情况:体系内每个产业的直接措施、责任单位、目标;无任何措施直接点名的产业即为缺口(gap)
// en: Coverage of an industry system: for each member industry its direct measures, owners and targets; a member no measure names is a gap (units covering it only through the whole system are listed apart)
// param: system: system -- the industry system ("10+1", 5+5+7, its label)
// param: gapsOnly: bool = false -- only the members nobody owns directly
// evidence: _evidence
// needs: summaries
// kind: lookup
// example: policykg query system-coverage --param system=10+1 --param gapsOnly=true
// Owners come from the build's pkg:Ownership summaries, counts and evidence from the Industry nodes' summaries.
MATCH (s:IndustrySystem {iri: $system})-[:HAS_MEMBER|HAS_CATEGORY*1..2]->(i:Industry)
WITH DISTINCT s, i
WHERE NOT $gapsOnly OR i.measureCount = 0
OPTIONAL MATCH (s)-[:HAS_CATEGORY]->(c:IndustryCategory)-[:HAS_MEMBER]->(i)
WITH s, i, collect(DISTINCT c.label) AS categories
// One pass over the industry's ownerships (direct ones, and those through this system by their copy of the
// system's IRI): two OPTIONAL MATCH passes, one with a VIA_SYSTEM hop, cost three times as much. A graph built
// before ownerships carried pkg:systemIri matches on the system's code instead.
OPTIONAL MATCH (i)<-[:OWNED_INDUSTRY]-(o:Ownership)
WITH s, i, categories,
     collect(DISTINCT CASE WHEN o.via = 'direct' THEN o.unitName END) AS owners,
     collect(DISTINCT CASE WHEN coalesce(o.systemIri = s.iri, o.via = 'system:' + s.code) THEN o.unitName END)
       AS viaSystemOwners
RETURN s.label AS system, categories, i.prefLabel AS industry, i.measureCount AS measures, owners,
       i.targetCount AS targets, viaSystemOwners, i.measureCount = 0 AS gap, i.iri AS _industry,
       i.evidenceIri AS _evidence
ORDER BY gap DESC, industry, _industry
