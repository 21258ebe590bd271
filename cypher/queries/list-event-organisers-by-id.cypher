// Organisers of the events whose id is in $ids, as list-event-organisers gives them.
// Params: $ids. Columns: event, id, name, role.
MATCH (e:Event)-[r:ORGANIZED_BY]->(o:Organization)
WHERE e.id IN $ids
RETURN e.id AS event, o.id AS id, o.name AS name, r.role AS role
ORDER BY event, id
