// The evidence and review state of some relationships of one node, both directions.
// Params: $id, $ids (relationship ids). Columns: id, type, otherName, review, evidence.
MATCH (n)-[r]-(m)
WHERE n.id = $id AND r.id IN $ids
RETURN r.id AS id, label(r) AS type, m.name AS otherName,
  coalesce(r.review, 'extracted') AS review, r.evidence AS evidence
