// The holders of an honour with their employers. Params: $id. One row (none for an unknown id).
// Columns: honour (node); holders [{id, label, name, year, employers [{id, name, jobTitle}], evidence}].
MATCH (h:Honour)
WHERE h.id = $id
OPTIONAL MATCH (x)-[hh:HAS_HONOUR]->(h)
OPTIONAL MATCH (x)-[w:WORKS_FOR]->(o:Organization)
WITH h, x, hh, [v IN collect({id: o.id, name: o.name, jobTitle: w.jobTitle}) WHERE v.id IS NOT NULL] AS employers
WITH h, [v IN collect({id: x.id, label: labels(x)[0], name: x.name, year: hh.year, employers: employers,
  evidence: hh.evidence}) WHERE v.id IS NOT NULL] AS holders
RETURN h AS honour, holders
