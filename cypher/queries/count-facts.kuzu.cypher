// How many relationships list-facts would page through.
// Params: $review ('' = any), $reviewed (true: any state but extracted), $type ('' = any), $articleId, $nodeId
// ('' = any). Columns: total.
MATCH (a)-[r]->(b)
WHERE ($review = '' OR coalesce(r.review, 'extracted') = $review)
  AND ($reviewed = false OR coalesce(r.review, 'extracted') <> 'extracted')
  AND ($type = '' OR label(r) = $type)
  AND ($articleId = '' OR list_contains(CAST(r.articleIds AS STRING[]), $articleId))
  AND ($nodeId = '' OR a.id = $nodeId OR b.id = $nodeId)
RETURN count(r) AS total
