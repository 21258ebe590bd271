// Export of a chosen set of nodes: every property of the nodes whose id is in $ids.
MATCH (n)
WHERE n.id IN $ids
RETURN n
