// One shortest path (up to 6 hops, any direction) between two nodes. Params: $from, $to.
// Columns: nodes (in order), rels (in order; each with source/target ids), length.
MATCH (a)
WHERE a.id = $from
MATCH (b)
WHERE b.id = $to
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN nodes(p) AS nodes, relationships(p) AS rels, length(p) AS length
LIMIT 1
