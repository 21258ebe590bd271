// Honours of the speakers whose id is in $ids, as list-speaker-honours gives them.
// Params: $ids. Columns: speaker, id, name, level, category, year.
MATCH (p)-[hh:HAS_HONOUR]->(h:Honour)
WHERE p.id IN $ids
RETURN p.id AS speaker, h.id AS id, h.name AS name, h.level AS level, h.category AS category,
  hh.year AS year
ORDER BY speaker, id
