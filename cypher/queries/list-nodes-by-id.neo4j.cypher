// The search index's rows (as list-nodes) of the searchable nodes whose id is in $ids.
// Params: $ids. Columns: as list-nodes.
MATCH (n:Person|Honour|Organization|Event|Place)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases,
  n.pinyin AS pinyin, n.initials AS initials, n.date AS date, n.level AS level, n.orgType AS orgType
ORDER BY id
