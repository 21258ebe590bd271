// Speakers of events for the events view, one row per SPOKE_AT, paged over events.
// Params: $skip, $limit (events ordered by id). Columns: event, id, label, name, talkTitle.
MATCH (e:Event)
WITH e ORDER BY e.id SKIP $skip LIMIT $limit
MATCH (p)-[s:SPOKE_AT]->(e)
RETURN e.id AS event, p.id AS id, labels(p)[0] AS label, p.name AS name, s.talkTitle AS talkTitle
