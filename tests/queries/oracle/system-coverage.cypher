// name: system-coverage
// zh: 产业体系覆盖情况:体系内每个产业的直接措施、责任单位、目标;无任何措施直接点名的产业即为缺口(gap)
// en: Coverage of an industry system: for each member industry its direct measures, owners and targets; a member no measure names is a gap (units covering it only through the whole system are listed apart)
// param: system: system -- the industry system ("10+1", 5+5+7, its label)
// param: gapsOnly: bool = false -- only the members nobody owns directly
// evidence: _evidence
// kind: lookup
// example: policykg query system-coverage --param system=10+1 --param gapsOnly=true
MATCH (s:IndustrySystem {iri: $system})-[:HAS_MEMBER|HAS_CATEGORY*1..2]->(i:Industry)
WITH DISTINCT s, i
OPTIONAL MATCH (s)-[:HAS_CATEGORY]->(c:IndustryCategory)-[:HAS_MEMBER]->(i)
WITH s, i, collect(DISTINCT c.label) AS categories
OPTIONAL MATCH (i)<-[:CONCERNS_INDUSTRY]-(m:Measure)
OPTIONAL MATCH (m)-[:RESPONSIBLE_UNIT]->(u:Unit)
OPTIONAL MATCH (m)-[:HAS_TARGET]->(t:Target)
WITH s, i, categories, count(DISTINCT m) AS measures, collect(DISTINCT u.prefLabel) AS owners,
     count(DISTINCT t) AS targets, collect(DISTINCT m.iri) AS evidenceIris
WHERE NOT $gapsOnly OR measures = 0
OPTIONAL MATCH (s)<-[:CONCERNS_SYSTEM]-(:Measure)-[:RESPONSIBLE_UNIT]->(v:Unit)
WITH s, i, categories, measures, owners, targets, evidenceIris, collect(DISTINCT v.prefLabel) AS viaSystemOwners
RETURN s.label AS system, categories, i.prefLabel AS industry, measures, owners, targets, viaSystemOwners,
       measures = 0 AS gap, i.iri AS _industry, evidenceIris AS _evidence
ORDER BY gap DESC, industry, _industry
