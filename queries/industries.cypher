// name: industries
// zh: 产业一览:所属体系、直接点名的措施数与责任单位数、经体系覆盖的措施数
// en: All industries: the systems they belong to, measures naming them and their owners, measures reaching them through a system
// param: industry: key = null -- only industries whose name contains this
// needs: summaries
// kind: report
// example: policykg query industries
// The counts are the build's summaries on each Industry node (pkg:measureCount, pkg:ownerCount, ...).
MATCH (i:Industry)
WHERE i.matchKey CONTAINS $industry OR $industry IS NULL
OPTIONAL MATCH (i)<-[:HAS_MEMBER|HAS_CATEGORY*1..2]-(s:IndustrySystem)
WITH i, collect(DISTINCT coalesce(s.code, s.label)) AS systems
RETURN i.prefLabel AS industry, systems, i.measureCount AS measures, i.ownerCount AS owners,
       i.viaSystemMeasureCount AS viaSystemMeasures, i.iri AS _industry
ORDER BY measures DESC, industry, _industry
