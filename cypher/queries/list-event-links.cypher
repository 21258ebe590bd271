// Organisers (with role) and venues of events for the events view, paged over events.
// Params: $skip, $limit (events ordered by id). Columns: event, kind ('organiser' | 'venue'),
// id, name, role ('' for venues).
MATCH (e:Event)
WITH e ORDER BY e.id SKIP $skip LIMIT $limit
MATCH (e)-[r:ORGANIZED_BY]->(o:Organization)
RETURN e.id AS event, 'organiser' AS kind, o.id AS id, o.name AS name, r.role AS role
UNION ALL
MATCH (e:Event)
WITH e ORDER BY e.id SKIP $skip LIMIT $limit
MATCH (e)-[:HELD_AT]->(v:Place)
RETURN e.id AS event, 'venue' AS kind, v.id AS id, v.name AS name, '' AS role
