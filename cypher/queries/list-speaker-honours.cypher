// Honours of the people and organisations that spoke at events (the events view's badges),
// paged over rows. Params: $skip, $limit. Columns: speaker, id, name, level, category, year.
MATCH (p)-[hh:HAS_HONOUR]->(h:Honour)
WHERE EXISTS { MATCH (p)-[:SPOKE_AT]->(:Event) }
RETURN p.id AS speaker, h.id AS id, h.name AS name, h.level AS level, h.category AS category,
  hh.year AS year
ORDER BY speaker, id
SKIP $skip
LIMIT $limit
