// One Organization node by id (the label lets the engine use its primary key). Params: $id. Columns: node.
MATCH (n:Organization)
WHERE n.id = $id
RETURN n AS node
