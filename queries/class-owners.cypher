// name: class-owners
// zh: 与某一产业同属一个国家行业分类类目(默认大类)的所有产业由哪些单位负责
// en: The units owning any industry in the same national class as one industry, at one level (大类 by default): 芯片 and 集成电路 meet at 39
// param: industry: industry -- the industry whose class is asked about (芯片, 集成電路)
// param: level: text = 大类 -- the level: 门类, 大类, 中类, 小类 (GB/T 4754-2017) or 一级 (战略性新兴产业分类)
// needs: summaries
// kind: lookup
// example: policykg query class-owners --param industry=芯片 --param level=大类
// Reads pkg:classPath (scheme|level|code|name) of the industry, then the pkg:Ownership summaries of every
// industry with the same class at that level.
MATCH (i:Industry {iri: $industry})
UNWIND i.classPath AS path
WITH split(path, '|') AS p
WHERE p[1] = $level
WITH collect(DISTINCT p[0] + '|' + p[1] + '|' + p[2] + '|') AS keys
// each path of each industry once, kept when it starts with a key (one list predicate, not two nested ones:
// LadybugDB parses no lambda inside another; bench/README, issue 13, round 23)
MATCH (j:Industry)
UNWIND j.classPath AS hit
WITH j, hit, keys
WHERE any(k IN keys WHERE hit STARTS WITH k)
MATCH (o:Ownership {industryIri: j.iri})
WITH o, split(hit, '|') AS p
RETURN p[2] AS code, p[3] AS class, o.industryName AS industry, o.unitName AS unit, o.via AS via,
       o.measureCount AS measures, o.leadMeasureCount AS leadMeasures, o.unitIri AS _unit,
       o.industryIri AS _industry
ORDER BY code, leadMeasures DESC, measures DESC, unit, industry, via, _unit
