// One node by id, any label, all properties. Params: $id. Columns: node.
MATCH (n)
WHERE n.id = $id
RETURN n AS node
