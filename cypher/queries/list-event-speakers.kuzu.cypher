// Speakers of events for the events view, one row per SPOKE_AT, paged over rows (paging over
// events with `WITH e … SKIP` past the last event crashes kuzu 0.11). Params: $skip, $limit.
// Columns: event, id, label, name, talkTitle.
MATCH (p)-[s:SPOKE_AT]->(e:Event)
RETURN e.id AS event, p.id AS id, label(p) AS label, p.name AS name, s.talkTitle AS talkTitle
ORDER BY event, id
SKIP $skip
LIMIT $limit
