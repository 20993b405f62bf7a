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
MATCH (t:Target)
WHERE t.iri > $after
  AND ($keyword IS NULL OR any(k IN $keyword WHERE t.indicator CONTAINS k OR t.sourceText CONTAINS k))
  AND ($year IS NULL OR t.year = $year)
  AND ($document IS NULL OR EXISTS {
        MATCH (t)-[:IN_DOCUMENT]->(d:PolicyDocument)
        WHERE all(w IN $document WHERE d.documentLookup CONTAINS w) })
  AND ($region IS NULL OR EXISTS {
        MATCH (t)-[:IN_DOCUMENT]->(:PolicyDocument)-[:REGION]->(r:Region) WHERE any(k IN $region WHERE r.label CONTAINS k) })
  AND ($unit IS NULL OR EXISTS {
        MATCH (t)<-[:HAS_TARGET]-(h)-[:RESPONSIBLE_UNIT]->(x:Unit) WHERE (h:Measure OR h:Section) AND x.matchKey CONTAINS $unit })
RETURN t.indicator AS indicator, t.comparator AS comparator, t.value AS value, t.unitOfMeasure AS unitOfMeasure,
       t.year AS year, head([(t)-[:IN_DOCUMENT]->(d:PolicyDocument) | coalesce(d.title, d.label, d.sourceFile)]) AS document,
       head([(t)<-[:HAS_TARGET]-(h) WHERE h:Measure OR h:Section | h.number]) AS clause,
       head([(t)<-[:HAS_TARGET]-(h) WHERE h:Measure OR h:Section | [(h)-[:LEAD_UNIT]->(l:Unit) | l.prefLabel]]) AS leadUnits,
       head([(t)<-[:HAS_TARGET]-(h) WHERE h:Measure OR h:Section | [(h)-[:RESPONSIBLE_UNIT]->(x:Unit) | x.prefLabel]]) AS units,
       t.sourceText AS sourceText, t.iri AS _evidence
ORDER BY t.iri
LIMIT $limit
