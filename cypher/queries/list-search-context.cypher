// Subtitle facts for the search index: one row per (node id, kind, value).
// Persons: employer and honour names; events: date and venue; organisations: type; honours: level.
MATCH (p:Person)-[:WORKS_FOR]->(o:Organization)
RETURN p.id AS id, 'employer' AS kind, o.name AS value
UNION ALL
MATCH (p:Person)-[:HAS_HONOUR]->(h:Honour)
RETURN p.id AS id, 'honour' AS kind, h.name AS value
UNION ALL
MATCH (e:Event)-[:HELD_AT]->(pl:Place)
RETURN e.id AS id, 'venue' AS kind, pl.name AS value
UNION ALL
MATCH (e:Event)
WHERE e.date IS NOT NULL
RETURN e.id AS id, 'date' AS kind, e.date AS value
UNION ALL
MATCH (o:Organization)
RETURN o.id AS id, 'orgType' AS kind, o.orgType AS value
UNION ALL
MATCH (h:Honour)
WHERE h.level IS NOT NULL
RETURN h.id AS id, 'level' AS kind, h.level AS value
