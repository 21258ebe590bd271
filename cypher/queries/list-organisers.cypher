// Organisers for the explorer's filter: organisations that organised events, by event count.
MATCH (e:Event)-[:ORGANIZED_BY]->(o:Organization)
RETURN o.id AS id, o.name AS name, count(DISTINCT e) AS events
ORDER BY events DESC, name
LIMIT $limit
