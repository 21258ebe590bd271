// Relationships filtered by review state, type, article and endpoint, one page ordered by id.
// Params: $review ('' = any), $reviewed (true: any state but extracted), $type ('' = any), $articleId, $nodeId
// ('' = any). Paging: $skip, $limit.
// Columns: id, type, review, sourceId, sourceLabel, sourceName, targetId, targetLabel, targetName,
// year, jobTitle, talkTitle, role, articleIds, evidence.
MATCH (a)-[r]->(b)
WHERE ($review = '' OR coalesce(r.review, 'extracted') = $review)
  AND ($reviewed = false OR coalesce(r.review, 'extracted') <> 'extracted')
  AND ($type = '' OR label(r) = $type)
  AND ($articleId = '' OR list_contains(CAST(r.articleIds AS STRING[]), $articleId))
  AND ($nodeId = '' OR a.id = $nodeId OR b.id = $nodeId)
RETURN r.id AS id, label(r) AS type, coalesce(r.review, 'extracted') AS review, a.id AS sourceId, label(a) AS sourceLabel, a.name AS sourceName,
  b.id AS targetId, label(b) AS targetLabel, b.name AS targetName, r.year AS year, r.jobTitle AS jobTitle,
  r.talkTitle AS talkTitle, r.role AS role, CAST(r.articleIds AS STRING[]) AS articleIds, r.evidence AS evidence
ORDER BY id
SKIP $skip
LIMIT $limit
