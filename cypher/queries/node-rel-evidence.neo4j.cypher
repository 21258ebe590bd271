// The evidence of some relationships of one node (a page of a hub's), both directions.
// Params: $id, $ids (relationship ids). Columns: id, type, otherName, evidence.
MATCH (n)-[r]-(m)
WHERE n.id = $id AND r.id IN $ids
RETURN r.id AS id, type(r) AS type, m.name AS otherName, r.evidence AS evidence
