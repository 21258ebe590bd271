// Reports (overview): honoured persons with their honour scopes and employer names (for regions).
MATCH (p:Person)-[:HAS_HONOUR]->(h:Honour)
OPTIONAL MATCH (p)-[:WORKS_FOR]->(o:Organization)
RETURN p.id AS id, collect(DISTINCT h.scope) AS scopes, collect(DISTINCT o.name) AS employers
