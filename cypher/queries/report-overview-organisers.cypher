// Reports (overview): organisations that organised the most events.
MATCH (e:Event)-[:ORGANIZED_BY]->(o:Organization)
RETURN o.id AS id, o.name AS name, count(DISTINCT e.id) AS events
ORDER BY events DESC, name
LIMIT $limit
