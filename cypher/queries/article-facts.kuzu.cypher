// Every relationship stated in one article (the article view). Params: $id (the article id).
// Columns: id, type, review, sourceId, sourceLabel, sourceName, targetId, targetLabel, targetName,
// year, jobTitle, talkTitle, role, articleIds, evidence.
MATCH (a)-[r]->(b)
WHERE list_contains(CAST(r.articleIds AS STRING[]), $id)
RETURN r.id AS id, label(r) AS type, coalesce(r.review, 'extracted') AS review, a.id AS sourceId, label(a) AS sourceLabel, a.name AS sourceName,
  b.id AS targetId, label(b) AS targetLabel, b.name AS targetName, r.year AS year, r.jobTitle AS jobTitle,
  r.talkTitle AS talkTitle, r.role AS role, CAST(r.articleIds AS STRING[]) AS articleIds, r.evidence AS evidence
ORDER BY id
