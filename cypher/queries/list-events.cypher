// Every event for the events view, paged. Params: $skip, $limit (events ordered by id).
// Columns: id, name, date, theme, campaign, articleIds (the articles that mention it; the
// service takes the undated event's date from them).
MATCH (e:Event)
RETURN e.id AS id, e.name AS name, e.date AS date, e.theme AS theme, e.campaign AS campaign,
  e.articleIds AS articleIds
ORDER BY id
SKIP $skip
LIMIT $limit
