// Reports (overview): the most connected speakers (distinct co-speakers, then events).
MATCH (p:Person)-[:SPOKE_AT]->(e:Event)
OPTIONAL MATCH (q:Person)-[:SPOKE_AT]->(e)
WHERE q.id <> p.id
RETURN p.id AS id, p.name AS name, count(DISTINCT e.id) AS events, count(DISTINCT q.id) AS coSpeakers
ORDER BY coSpeakers DESC, events DESC, name
LIMIT $limit
