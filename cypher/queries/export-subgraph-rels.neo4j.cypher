// Export of a chosen set of nodes: the relationships whose both endpoints are in $ids
// (endpoints returned too, so the store can resolve them to our ids).
MATCH (a)-[r]->(b)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a, r, b
