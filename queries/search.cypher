// name: search
// zh: 措施全文检索(不区分繁简、全半角标点;多个词须同时出现);逐文件分页列出
// en: Search measure text, script- and punctuation-insensitive; every term must occur; document by document, one page at a time
// param: text: terms -- words to find, separated by spaces
// param: limit: int[1..1000000] = 50 -- at most this many measures per page
// param: after: cursor = null -- continue after this measure (the key the previous page ends with)
// evidence: _evidence
// page: _evidence
// kind: report
// example: policykg query search --param "text=高技能 人才"
// The engine walks the measures' iri index and stops after $limit hits: a common word answers at once, a word
// found nowhere still reads every measure's text. Patterns start from the measure (see tasks.cypher).
MATCH (m:Measure)
WHERE m.iri > $after AND all(t IN $text WHERE m.searchText CONTAINS t)
RETURN head([(m)-[:IN_DOCUMENT]->(d:PolicyDocument) | coalesce(d.title, d.label, d.sourceFile)]) AS document,
       m.number AS number, m.label AS measure,
       [(m)-[:LEAD_UNIT]->(l:Unit) | l.prefLabel] AS leadUnits,
       [(m)-[:RESPONSIBLE_UNIT]->(u:Unit) | u.prefLabel] AS units,
       m.iri AS _evidence
ORDER BY m.iri
LIMIT $limit
