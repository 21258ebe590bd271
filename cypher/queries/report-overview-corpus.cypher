// Reports (overview): articles per newspaper with the first and last article date.
MATCH (a:Article)
RETURN a.source AS source, count(*) AS articles, min(a.date) AS firstDate, max(a.date) AS lastDate
ORDER BY articles DESC, source
