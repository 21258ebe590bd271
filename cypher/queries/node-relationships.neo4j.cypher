// Every relationship of a node, both directions. Params: $id.
// Columns: id, type, direction ('out'|'in'), otherId, otherLabel, otherName, year, jobTitle,
// talkTitle, role, qualifier (the type's qualifier as text), review, articleIds, evidence.
MATCH (n)-[r]->(m)
WHERE n.id = $id
RETURN r.id AS id, type(r) AS type, 'out' AS direction, m.id AS otherId, labels(m)[0] AS otherLabel,
  m.name AS otherName, r.year AS year, r.jobTitle AS jobTitle, r.talkTitle AS talkTitle, r.role AS role,
  coalesce(r.jobTitle, r.talkTitle, r.role, toString(r.year)) AS qualifier,
  coalesce(r.review, 'extracted') AS review, r.articleIds AS articleIds, r.evidence AS evidence
UNION ALL
MATCH (n)<-[r]-(m)
WHERE n.id = $id
RETURN r.id AS id, type(r) AS type, 'in' AS direction, m.id AS otherId, labels(m)[0] AS otherLabel,
  m.name AS otherName, r.year AS year, r.jobTitle AS jobTitle, r.talkTitle AS talkTitle, r.role AS role,
  coalesce(r.jobTitle, r.talkTitle, r.role, toString(r.year)) AS qualifier,
  coalesce(r.review, 'extracted') AS review, r.articleIds AS articleIds, r.evidence AS evidence
