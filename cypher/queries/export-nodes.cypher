// Every node, ordered by id, one page. Params: $skip, $limit. Columns: node.
MATCH (n)
RETURN n AS node
ORDER BY n.id
SKIP $skip
LIMIT $limit
