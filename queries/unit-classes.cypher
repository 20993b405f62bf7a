// name: unit-classes
// zh: 各单位负责的产业按国家行业分类的某一层级汇总(默认大类):每个类目下的产业、措施数、牵头措施数
// en: Which units own which national classes: ownership rolled up to one level of the national classifications (大类 by default), with the industries of each class
// param: level: text = 大类 -- the level to roll up to: 门类, 大类, 中类, 小类 (GB/T 4754-2017) or 一级 (战略性新兴产业分类)
// param: unit: key = null -- only units whose name contains this (script-insensitive)
// param: industry: key = null -- only industries whose name contains this (script-insensitive)
// needs: summaries
// kind: report
// example: policykg query unit-classes --param level=大类
// Reads the build's pkg:Ownership summaries and each industry's pkg:classPath (scheme|level|code|name); the
// measure counts add up the industries of a class (a measure naming two industries of one class counts twice).
MATCH (o:Ownership)
WHERE (o.unitKey CONTAINS $unit OR $unit IS NULL) AND (o.industryKey CONTAINS $industry OR $industry IS NULL)
MATCH (i:Industry {iri: o.industryIri})
UNWIND i.classPath AS path
WITH o, i, split(path, '|') AS p
WHERE p[1] = $level
RETURN o.unitName AS unit, p[0] AS scheme, p[2] AS code, p[3] AS class, count(DISTINCT i) AS industries,
       sum(o.measureCount) AS measures, sum(o.leadMeasureCount) AS leadMeasures, o.unitIri AS _unit
ORDER BY unit, scheme, code, _unit
