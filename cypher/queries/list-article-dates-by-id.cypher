// Dates of the dated articles whose id is in $ids, as list-article-dates gives them.
// Params: $ids. Columns: id, date.
MATCH (a:Article)
WHERE a.date IS NOT NULL AND a.id IN $ids
RETURN a.id AS id, a.date AS date
ORDER BY id
