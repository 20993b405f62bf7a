// name: co-responsibility
// zh: 协同网络:共同承担措施的单位对及共担措施数
// en: The coordination network: pairs of units sharing measures, with the number of shared measures and documents
// param: unit: key = null -- only pairs involving a unit whose name contains this
// param: minShared: int[1..100000] = 1 -- only pairs sharing at least this many measures
// evidence: _evidence
// needs: summaries
// kind: report
// example: policykg query co-responsibility --param minShared=2
// Reads the build's pkg:Coordination summaries (one per pair of units sharing measures), names included, so no
// traversal at all: the answer costs the same at 5 documents as at 10,000.
MATCH (c:Coordination)
WHERE c.sharedMeasures >= $minShared AND (c.unitAKey CONTAINS $unit OR c.unitBKey CONTAINS $unit OR $unit IS NULL)
RETURN c.unitAName AS unitA, c.unitBName AS unitB, c.sharedMeasures AS shared, c.sharedDocuments AS documents,
       c.unitAIri AS _a, c.unitBIri AS _b, c.evidenceIri AS _evidence
ORDER BY shared DESC, unitA, unitB, _a, _b
