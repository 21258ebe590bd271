// Every relationship stated in one article (the article view). Params: $id (the article id).
// Columns: id, type, review, sourceId, sourceLabel, sourceName, targetId, targetLabel, targetName,
// year, jobTitle, talkTitle, role, articleIds, evidence.
MATCH (a)-[r]->(b)
WHERE $id IN r.articleIds
RETURN r.id AS id, type(r) AS type, coalesce(r.review, 'extracted') AS review, a.id AS sourceId, labels(a)[0] AS sourceLabel, a.name AS sourceName,
  b.id AS targetId, labels(b)[0] AS targetLabel, b.name AS targetName, r.year AS year, r.jobTitle AS jobTitle,
  r.talkTitle AS talkTitle, r.role AS role, r.articleIds AS articleIds, r.evidence AS evidence
ORDER BY id
