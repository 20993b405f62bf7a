// name: industry-documents
// zh: 以某一产业为整体主题的文件(标题或产业体系段落点名该产业,或其所属产业体系);名称不区分繁简
// en: The documents about one industry as a whole (their title or 产业体系 paragraph names it, or a system it belongs to); script-insensitive; industries sharing an exact national class (芯片 and 集成电路) count as one
// param: industry: industry -- the industry (人工智能, 人工智慧 and 人工智能 are the same)
// kind: lookup
// example: policykg query industry-documents --param industry=人工智能
// Starts from the industry (and every industry sharing one of its exact national classes) and the systems
// holding it, then follows pkg:aboutIndustry / pkg:aboutSystem back to the documents: what each document is
// about, apart from what its measures name (industry-owners).
OPTIONAL MATCH (:Industry {iri: $industry})-[:EXACT_MATCH]->(:IndustryClass)<-[:EXACT_MATCH]-(j:Industry)
WITH collect(DISTINCT j.iri) + [$industry] AS iris
MATCH (i:Industry)
WHERE i.iri IN iris
// the documents about the industry itself, then those about a system holding it: one list of rows per industry
// (rows, not nodes: LadybugDB concatenates no node lists; bench/README, issue 13, round 22)
OPTIONAL MATCH (d:PolicyDocument)-[:ABOUT_INDUSTRY]->(i)
WITH i, collect(CASE WHEN d IS NULL THEN NULL
                     ELSE {document: coalesce(d.title, d.label, d.sourceFile), docNumber: d.docNumber, via: 'direct',
                           iri: d.iri} END) AS direct
OPTIONAL MATCH (i)<-[:HAS_MEMBER|HAS_CATEGORY*1..2]-(s:IndustrySystem)<-[:ABOUT_SYSTEM]-(e:PolicyDocument)
WITH i, direct,
     collect(CASE WHEN e IS NULL THEN NULL
                  ELSE {document: coalesce(e.title, e.label, e.sourceFile), docNumber: e.docNumber,
                        via: 'system:' + coalesce(s.code, s.label), iri: e.iri} END) AS bySystem
UNWIND direct + bySystem AS x
RETURN DISTINCT i.prefLabel AS industry, x.document AS document, x.docNumber AS docNumber, x.via AS via,
       x.iri AS _document
ORDER BY document, industry, via, _document
