// Every relationship of a node, both directions. Params: $id.
// Columns: id, type, direction ('out'|'in'), otherId, otherLabel, otherName, year, jobTitle,
// talkTitle, role, qualifier (the type's qualifier as text), review, articleIds, evidence.
MATCH (n)-[r]->(m)
WHERE n.id = $id
RETURN r.id AS id, label(r) AS type, 'out' AS direction, m.id AS otherId, label(m) AS otherLabel,
  m.name AS otherName, r.year AS year, r.jobTitle AS jobTitle, r.talkTitle AS talkTitle, r.role AS role,
  coalesce(r.jobTitle, r.talkTitle, r.role, CAST(r.year AS STRING)) AS qualifier,
  coalesce(r.review, 'extracted') AS review, CAST(r.articleIds AS STRING[]) AS articleIds, r.evidence AS evidence
UNION ALL
MATCH (n)<-[r]-(m)
WHERE n.id = $id
RETURN r.id AS id, label(r) AS type, 'in' AS direction, m.id AS otherId, label(m) AS otherLabel,
  m.name AS otherName, r.year AS year, r.jobTitle AS jobTitle, r.talkTitle AS talkTitle, r.role AS role,
  coalesce(r.jobTitle, r.talkTitle, r.role, CAST(r.year AS STRING)) AS qualifier,
  coalesce(r.review, 'extracted') AS review, CAST(r.articleIds AS STRING[]) AS articleIds, r.evidence AS evidence
