// Honours of the people and organisations that spoke at events (for the events view's badges).
// Params: $skip, $limit (speakers ordered by id). Columns: speaker, id, name, level, category, year.
MATCH (p)-[:SPOKE_AT]->(:Event)
WITH DISTINCT p
WITH p ORDER BY p.id SKIP $skip LIMIT $limit
MATCH (p)-[hh:HAS_HONOUR]->(h:Honour)
RETURN p.id AS speaker, h.id AS id, h.name AS name, h.level AS level, h.category AS category,
  hh.year AS year
