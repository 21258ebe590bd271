// Export of a chosen set of nodes: every property of the nodes whose id is in $ids.
MATCH (n)
WHERE list_contains($ids, n.id)
RETURN n
