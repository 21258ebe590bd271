// The neighbourhood of a node: the centre plus up to $limit nodes within $depth hops (1 or 2),
// nearest first, one row per node with the relationships it starts inside the set.
// Params: $id, $depth, $limit. Columns: node, centre (bool), rels [{id, type, source, target,
// year, jobTitle, talkTitle, role, evidence}].
MATCH (c)
WHERE c.id = $id
OPTIONAL MATCH p = (c)-[*1..2]-(m)
WHERE m.id <> c.id AND length(p) <= $depth
WITH c, m, min(length(p)) AS d
ORDER BY d, m.id
LIMIT $limit
WITH c, collect(m.id) AS mids
WITH c.id AS cid, [c.id] + mids AS ids
MATCH (n)
WHERE n.id IN ids
OPTIONAL MATCH (n)-[r]->(b)
WHERE b.id IN ids
WITH cid, n, [x IN collect({id: r.id, type: type(r), source: n.id, target: b.id, year: r.year,
  jobTitle: r.jobTitle, talkTitle: r.talkTitle, role: r.role, evidence: r.evidence}) WHERE x.id IS NOT NULL] AS rels
RETURN n AS node, n.id = cid AS centre, rels
ORDER BY centre DESC, n.id
