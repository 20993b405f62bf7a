// name: unit-industries
// zh: 各单位负责哪些产业:措施数、是否牵头、涉及文件;区分措施直接点名的产业(direct)与经产业体系整体覆盖的产业(system:<代码>)
// en: Which units own which industries: measures, lead measures, documents; "direct" when a measure names the industry, "system:<code>" when it targets a whole industry system and so reaches each member
// param: unit: key = null -- only units whose name contains this (script-insensitive)
// param: industry: key = null -- only industries whose name contains this (script-insensitive)
// evidence: _evidence
// needs: summaries
// kind: report
// example: policykg query unit-industries --param industry=人工智能
// Reads the build's pkg:Ownership summaries (one per unit, industry and way of reaching it), names included.
MATCH (o:Ownership)
WHERE (o.unitKey CONTAINS $unit OR $unit IS NULL) AND (o.industryKey CONTAINS $industry OR $industry IS NULL)
RETURN o.unitName AS unit, o.industryName AS industry, o.via AS via, o.measureCount AS measures,
       o.leadMeasureCount AS leadMeasures, o.leadMeasureCount > 0 AS leadsAny, o.documentTitle AS documents,
       o.unitIri AS _unit, o.industryIri AS _industry, o.evidenceIri AS _evidence
ORDER BY unit, industry, via, _unit
