// Venues of events for the events view, paged over rows. Params: $skip, $limit.
// Columns: event, id, name.
MATCH (e:Event)-[:HELD_AT]->(v:Place)
RETURN e.id AS event, v.id AS id, v.name AS name
ORDER BY event, id
SKIP $skip
LIMIT $limit
