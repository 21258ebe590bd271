// Organisers of events with their role, for the events view, paged over rows.
// Params: $skip, $limit. Columns: event, id, name, role.
MATCH (e:Event)-[r:ORGANIZED_BY]->(o:Organization)
RETURN e.id AS event, o.id AS id, o.name AS name, r.role AS role
ORDER BY event, id
SKIP $skip
LIMIT $limit
