// The skeleton rows (as skeleton-rels) of the relationships whose id is in $ids: the start
// cache's update after an incremental write. Params: $ids. Columns: as skeleton-rels.
MATCH (a)-[r]->(b)
WHERE r.id IN $ids
RETURN r.id AS id, label(r) AS type, a.id AS source, b.id AS target, r.year AS year,
  r.jobTitle AS jobTitle, r.talkTitle AS talkTitle, r.role AS role, json_array_length(r.evidence) AS evidenceCount
