// name: targets
// zh: 量化目标:按指标关键词、年份、地区、责任单位、文件筛选,按年份、文件、位置排序,附原文
// en: Quantitative targets filtered by indicator keyword, year, region, unit and document, sorted by year, document and position, with the source clause
// param: keyword: variants = null -- indicator contains this (either script)
// param: year: int = null -- target year
// param: region: variants = null -- the document's region contains this
// param: unit: key = null -- a responsible unit of the clause contains this
// param: document: variants = null -- document title, number or file name contains this
// evidence: _evidence
// kind: report
// example: policykg query targets --param keyword=高技能 --param year=2025
MATCH (t:Target)-[:IN_DOCUMENT]->(d:PolicyDocument)
WHERE ($keyword IS NULL OR any(k IN $keyword WHERE t.indicator CONTAINS k OR t.sourceText CONTAINS k))
  AND ($year IS NULL OR t.year = $year)
  AND ($document IS NULL OR any(k IN $document WHERE d.title CONTAINS k OR d.docNumber CONTAINS k OR d.sourceFile CONTAINS k))
  AND ($region IS NULL OR EXISTS { MATCH (d)-[:REGION]->(r:Region) WHERE any(k IN $region WHERE r.label CONTAINS k) })
// the most specific holder: the measure or section the target belongs to (the document also links every target)
OPTIONAL MATCH (h)-[:HAS_TARGET]->(t) WHERE h:Measure OR h:Section
WITH t, d, h
WHERE $unit IS NULL OR EXISTS { MATCH (h)-[:RESPONSIBLE_UNIT]->(x:Unit) WHERE x.matchKey CONTAINS $unit }
OPTIONAL MATCH (h)-[:LEAD_UNIT]->(l:Unit)
WITH t, d, h, collect(DISTINCT l.prefLabel) AS leadUnits
OPTIONAL MATCH (h)-[:RESPONSIBLE_UNIT]->(x:Unit)
WITH t, d, h, leadUnits, collect(DISTINCT x.prefLabel) AS units
RETURN t.indicator AS indicator, t.comparator AS comparator, t.value AS value, t.unitOfMeasure AS unitOfMeasure,
       t.year AS year, coalesce(d.title, d.sourceFile) AS document, h.number AS clause, leadUnits, units,
       t.sourceText AS sourceText, t.iri AS _evidence
ORDER BY coalesce(t.year, 9999), document, coalesce(t.charStart, 0), indicator, _evidence
