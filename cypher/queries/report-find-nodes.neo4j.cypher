// Reports: nodes of one label whose name or alias is $name (or contains it when $fuzzy).
MATCH (n)
WHERE $label IN labels(n)
  AND (n.name = $name OR $name IN coalesce(n.aliases, []) OR ($fuzzy AND n.name CONTAINS $name))
RETURN n.id AS id, $label AS label, n.name AS name
ORDER BY name, id
LIMIT 50
