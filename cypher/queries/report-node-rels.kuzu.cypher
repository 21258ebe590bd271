// Reports: every relationship of the nodes $ids (both directions; the caller derives direction
// from REL_ENDPOINTS), with qualifiers, evidence and the other endpoint's report properties.
MATCH (n)-[r]-(m)
WHERE list_contains($ids, n.id)
RETURN n.id AS nodeId, label(n) AS nodeLabel, label(r) AS type, r.id AS relId, r.year AS year,
  r.jobTitle AS jobTitle, r.talkTitle AS talkTitle, r.role AS role, r.evidence AS evidence, coalesce(r.review, 'extracted') AS review,
  m.id AS otherId, label(m) AS otherLabel, m.name AS otherName, m.scope AS scope, m.level AS level,
  m.category AS category, m.date AS date, m.theme AS theme, m.campaign AS campaign, m.source AS source
