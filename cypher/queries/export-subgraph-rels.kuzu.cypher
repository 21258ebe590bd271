// Export of a chosen set of nodes: the relationships whose both endpoints are in $ids
// (endpoints returned too, so the store can resolve them to our ids).
MATCH (a)-[r]->(b)
WHERE list_contains($ids, a.id) AND list_contains($ids, b.id)
RETURN a, r, b
