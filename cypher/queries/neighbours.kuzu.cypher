// The neighbourhood of a node: the centre plus up to $limit nodes within $depth hops (1 or 2),
// nearest first, one row per node with the relationships it starts inside the set.
// Params: $id, $depth, $limit. Columns: node, centre (bool), rels [{id, type, source, target,
// year, jobTitle, talkTitle, role, evidence}].
// kuzu 0.11 workarounds (checked by the contract tests): a WHERE on a var-length OPTIONAL MATCH
// makes the planner expand from every node (use WITH … WHERE); `a.id IN list` on the SOURCE of an
// unlabeled pattern drops rows or crashes (filter the target in MATCH, the source after WITH);
// rels are found from their targets (looked up by primary key); a rel is kept on the row of its
// source, so only rels with both ends in the set come out.
MATCH (c)
WHERE c.id = $id
OPTIONAL MATCH (c)-[e*1..2]-(m)
WITH c, m, e
WHERE m.id <> c.id AND length(e) <= $depth
WITH c, m, min(length(e)) AS d
ORDER BY d, m.id
LIMIT $limit
WITH c, collect(m.id) AS mids
WITH c.id AS cid, list_concat([c.id], coalesce(mids, [c.id])) AS ids
UNWIND ids AS bid
MATCH (b)
WHERE b.id = bid
WITH cid, ids, b
OPTIONAL MATCH (a)-[r]->(b)
WITH cid, ids, list_filter(collect({id: r.id, type: label(r), source: a.id, target: b.id, year: r.year,
  jobTitle: r.jobTitle, talkTitle: r.talkTitle, role: r.role, evidence: r.evidence}), x -> x.id IS NOT NULL) AS rels
UNWIND ids AS nid
MATCH (n)
WHERE n.id = nid
RETURN n AS node, n.id = cid AS centre, list_filter(rels, x -> x.source = n.id) AS rels
ORDER BY centre DESC, n.id
