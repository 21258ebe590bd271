// One shortest path (up to 6 hops, any direction) between two nodes. Params: $from, $to.
// Columns: nodes (in order), rels (in order; each with source/target ids), length.
MATCH p = (a)-[e* SHORTEST 1..6]-(b)
WHERE a.id = $from AND b.id = $to
RETURN nodes(p) AS nodes, rels(p) AS rels, length(e) AS length
LIMIT 1
