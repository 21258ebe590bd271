// One Place node by id (the label lets the engine use its primary key). Params: $id. Columns: node.
MATCH (n:Place)
WHERE n.id = $id
RETURN n AS node
