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
// found nowhere still reads every measure's text. Patterns start from the measure (see tasks.cypher): the page
// is cut first, then each of its measures' neighbours is collected (OPTIONAL MATCH ... collect(), the form every
// engine runs: bench/README, issue 13, round 22).
// bench/engines/common: the text in the Cypher subset ArcadeDB, Neo4j and LadybugDB all run (same rows as
// queries/search.cypher on ArcadeDB and LadybugDB), kept here, not in the library, because ArcadeDB runs it
// slower (bench/README, issue 13, round 22). `bench/bench_engines.py --texts bench/engines/common`.
MATCH (m:Measure)
WHERE m.iri > $after AND all(t IN $text WHERE m.searchText CONTAINS t)
WITH m
ORDER BY m.iri
LIMIT $limit
OPTIONAL MATCH (m)-[:IN_DOCUMENT]->(d:PolicyDocument)
WITH m, min(coalesce(d.title, d.label, d.sourceFile)) AS document
OPTIONAL MATCH (m)-[:LEAD_UNIT]->(l:Unit)
WITH m, document, collect(l.prefLabel) AS leadUnits
OPTIONAL MATCH (m)-[:RESPONSIBLE_UNIT]->(u:Unit)
WITH m, document, leadUnits, collect(u.prefLabel) AS units
RETURN document, m.number AS number, m.label AS measure, leadUnits, units, m.iri AS _evidence
ORDER BY _evidence
