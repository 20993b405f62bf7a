// name: industries
// zh: 产业一览:所属体系、直接点名的措施数与责任单位数、经体系覆盖的措施数
// en: All industries: the systems they belong to, measures naming them and their owners, measures reaching them through a system
// param: industry: key = null -- only industries whose name contains this
// kind: report
// example: policykg query industries
MATCH (i:Industry)
WHERE $industry IS NULL OR i.matchKey CONTAINS $industry
OPTIONAL MATCH (i)<-[:CONCERNS_INDUSTRY]-(m:Measure)
OPTIONAL MATCH (m)-[:RESPONSIBLE_UNIT]->(u:Unit)
WITH i, count(DISTINCT m) AS measures, count(DISTINCT u) AS owners
OPTIONAL MATCH (i)<-[:HAS_MEMBER|HAS_CATEGORY*1..2]-(s:IndustrySystem)
OPTIONAL MATCH (s)<-[:CONCERNS_SYSTEM]-(sm:Measure)
WITH i, measures, owners, collect(DISTINCT coalesce(s.code, s.label)) AS systems, count(DISTINCT sm) AS viaSystemMeasures
RETURN i.prefLabel AS industry, systems, measures, owners, viaSystemMeasures, i.iri AS _industry
ORDER BY measures DESC, industry, _industry
