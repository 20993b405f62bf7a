// name: document-industries
// zh: 每份文件通过其措施可达的产业(直接点名或经产业体系)
// en: The industries each document reaches through its measures, directly or via an industry system
// param: document: variants = null -- only documents whose title, number or file name contains this
// kind: report
// example: policykg query document-industries
MATCH (d:PolicyDocument)<-[:IN_DOCUMENT]-(m:Measure)
WHERE $document IS NULL OR any(k IN $document WHERE d.title CONTAINS k OR d.docNumber CONTAINS k OR d.sourceFile CONTAINS k)
CALL {
  WITH m
  MATCH (m)-[:CONCERNS_INDUSTRY]->(i:Industry)
  RETURN i, 'direct' AS via
  UNION
  WITH m
  MATCH (m)-[:CONCERNS_SYSTEM]->(s:IndustrySystem)-[:HAS_MEMBER|HAS_CATEGORY*1..2]->(i:Industry)
  RETURN i, 'system:' + coalesce(s.code, s.label) AS via
}
WITH d, i, collect(DISTINCT via) AS via, count(DISTINCT m) AS measures
RETURN coalesce(d.title, d.label, d.sourceFile) AS document, i.prefLabel AS industry, via, measures, d.iri AS _document, i.iri AS _industry
ORDER BY document, industry, _document, _industry
