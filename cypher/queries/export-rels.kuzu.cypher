// Every relationship, ordered by id, one page. Params: $skip, $limit.
// Columns: id, type, source, target, year, jobTitle, talkTitle, role, articleIds, evidence.
MATCH (a)-[r]->(b)
RETURN r.id AS id, label(r) AS type, a.id AS source, b.id AS target, r.year AS year,
  r.jobTitle AS jobTitle, r.talkTitle AS talkTitle, r.role AS role, CAST(r.articleIds AS STRING[]) AS articleIds,
  r.evidence AS evidence
ORDER BY id
SKIP $skip
LIMIT $limit
