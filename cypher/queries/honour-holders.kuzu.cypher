// The holders of an honour with their employers. Params: $id. One row (none for an unknown id).
// Columns: honour (node); holders [{id, label, name, year, employers [{id, name, jobTitle}], evidence}].
// kuzu: an aggregate used inside a later collect must be a plain `collect(...) AS x` followed by
// `UNWIND [0] AS barrier`, else the binder reports a nested aggregation; filter nulls afterwards.
MATCH (h:Honour)
WHERE h.id = $id
OPTIONAL MATCH (x)-[hh:HAS_HONOUR]->(h)
OPTIONAL MATCH (x)-[w:WORKS_FOR]->(o:Organization)
WITH h, x, hh, collect({id: o.id, name: o.name, jobTitle: w.jobTitle}) AS employers0
UNWIND [0] AS barrier
WITH h, list_filter(collect({id: x.id, label: label(x), name: x.name, year: hh.year,
  employers: list_filter(employers0, v -> v.id IS NOT NULL), evidence: hh.evidence}), v -> v.id IS NOT NULL) AS holders
RETURN h AS honour, holders
