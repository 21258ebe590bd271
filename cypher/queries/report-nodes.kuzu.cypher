// Reports: nodes by id (any label) with the properties reports show and their evidence.
MATCH (n)
WHERE list_contains($ids, n.id)
RETURN n.id AS id, label(n) AS label, n.name AS name, n.aliases AS aliases, n.scope AS scope,
  n.level AS level, n.category AS category, n.orgType AS orgType, n.theme AS theme, n.date AS date,
  n.campaign AS campaign, n.source AS source, n.evidence AS evidence
