// The server's in-memory graph skeleton: every node with its small display properties
// (no text, no evidence). Columns: id, label, name, aliases, scope, level, category, orgType,
// theme, date, source, articleCount.
MATCH (n)
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, n.aliases AS aliases, n.scope AS scope,
  n.level AS level, n.category AS category, n.orgType AS orgType, n.theme AS theme, n.date AS date,
  n.source AS source, size(coalesce(n.articleIds, [])) AS articleCount
