// name: document-industries
// zh: 每份文件通过其措施可达的产业:直接点名的产业、仅经产业体系覆盖的产业、涉及的体系;分页列出
// en: The industries each document reaches through its measures: those named directly, those reached only via an industry system it targets, and the systems; one page at a time
// param: document: terms = null -- only documents whose title (or first heading), number or file name holds every one of these words
// param: limit: int[1..1000000] = 100 -- documents per page
// param: after: cursor = null -- continue after this summary (the key the previous page ends with)
// page: _reach
// kind: report
// needs: summaries
// example: policykg query document-industries
// Reads the build's pkg:IndustryReach summaries (one per document), names included: no traversal. One page in
// the order of their IRIs (the documents' IRIs + "/reach"), walking the iri index.
MATCH (r:IndustryReach)
WHERE r.iri > $after AND all(w IN coalesce($document, []) WHERE r.documentLookup CONTAINS w)
RETURN r.documentName AS document, coalesce(r.directIndustry, []) AS direct,
       coalesce(r.systemIndustry, []) AS viaSystem, coalesce(r.reachedSystem, []) AS systems,
       r.documentIri AS _document, r.iri AS _reach
ORDER BY r.iri
LIMIT $limit
