// Dates of the dated articles, paged (the events view groups undated events by them).
// Params: $skip, $limit (articles ordered by id). Columns: id, date.
MATCH (a:Article)
WHERE a.date IS NOT NULL
RETURN a.id AS id, a.date AS date
ORDER BY id
SKIP $skip
LIMIT $limit
