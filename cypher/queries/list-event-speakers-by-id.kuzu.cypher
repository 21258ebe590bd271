// Speakers of the events whose id is in $ids, as list-event-speakers gives them.
// Params: $ids. Columns: event, id, label, name, talkTitle.
MATCH (p)-[s:SPOKE_AT]->(e:Event)
WHERE e.id IN $ids
RETURN e.id AS event, p.id AS id, label(p) AS label, p.name AS name, s.talkTitle AS talkTitle
ORDER BY event, id
