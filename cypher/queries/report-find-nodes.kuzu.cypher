// Reports: nodes of one label whose name or alias is $name (or contains it when $fuzzy).
MATCH (n)
WHERE label(n) = $label
  AND (n.name = $name OR list_contains(n.aliases, $name) OR ($fuzzy AND n.name CONTAINS $name))
RETURN n.id AS id, label(n) AS label, n.name AS name
ORDER BY name, id
LIMIT 50
