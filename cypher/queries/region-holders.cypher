// Map: every honoured person with honour scopes and employer names (the region derivation reads them).
MATCH (p:Person)-[:HAS_HONOUR]->(h:Honour)
OPTIONAL MATCH (p)-[:WORKS_FOR]->(o:Organization)
RETURN p.id AS id, p.name AS name, collect(DISTINCT h.scope) AS scopes, collect(DISTINCT o.name) AS employers
