// Venues of the events whose id is in $ids, as list-event-venues gives them.
// Params: $ids. Columns: event, id, name.
MATCH (e:Event)-[:HELD_AT]->(v:Place)
WHERE e.id IN $ids
RETURN e.id AS event, v.id AS id, v.name AS name
ORDER BY event, id
