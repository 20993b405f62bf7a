// name: search
// zh: 措施全文检索(不区分繁简、全半角标点;多个词须同时出现)
// en: Search measure text, script- and punctuation-insensitive; every term must occur
// param: text: terms -- words to find, separated by spaces
// param: limit: int[1..10000] = 50 -- at most this many measures
// evidence: _evidence
// kind: report
// example: policykg query search --param "text=高技能 人才"
MATCH (m:Measure)
WHERE all(t IN $text WHERE m.searchText CONTAINS t)
OPTIONAL MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument)
RETURN coalesce(d.title, d.sourceFile) AS document, m.number AS number, m.label AS measure,
       [(m)-[:LEAD_UNIT]->(l:Unit) | l.prefLabel] AS leadUnits,
       [(m)-[:RESPONSIBLE_UNIT]->(u:Unit) | u.prefLabel] AS units,
       m.iri AS _evidence
ORDER BY document, m.ordinal, number, _evidence
LIMIT $limit
