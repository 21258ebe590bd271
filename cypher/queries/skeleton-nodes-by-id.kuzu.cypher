// The skeleton rows (as skeleton-nodes) of the nodes whose id is in $ids: the start cache's
// update after an incremental write. Params: $ids. Columns: as skeleton-nodes.
MATCH (n)
WHERE n.id IN $ids
RETURN n.id AS id, label(n) AS label, n.name AS name, n.aliases AS aliases, n.scope AS scope,
  n.level AS level, n.category AS category, n.orgType AS orgType, n.theme AS theme, n.date AS date,
  n.source AS source, size(n.articleIds) AS articleCount
