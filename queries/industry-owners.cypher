// name: industry-owners
// zh: 某一产业由哪些单位负责(直接点名或经产业体系覆盖),按牵头措施数、措施数排序;名称不区分繁简
// en: The units owning one industry (direct or via a system), most lead measures first; the name is script-insensitive; industries with the same national class (skos:exactMatch: 芯片 and 集成电路) count as one
// param: industry: industry -- the industry (人工智能, 人工智慧 and 人工智能 are the same)
// evidence: _evidence
// needs: summaries
// kind: lookup
// example: policykg query industry-owners --param industry=智能家電
// Reads the build's pkg:Ownership summaries of the industry and of every industry sharing one of its exact
// national classes (names included: no traversal of measures).
OPTIONAL MATCH (:Industry {iri: $industry})-[:EXACT_MATCH]->(:IndustryClass)<-[:EXACT_MATCH]-(j:Industry)
WITH collect(DISTINCT j.iri) + [$industry] AS iris
MATCH (o:Ownership)
WHERE o.industryIri IN iris
RETURN o.industryName AS industry, o.unitName AS unit, o.via AS via, o.measureCount AS measures,
       o.leadMeasureCount AS leadMeasures, o.documentTitle AS documents, o.unitIri AS _unit,
       o.evidenceIri AS _evidence
ORDER BY leadMeasures DESC, measures DESC, unit, via, _unit
