// The events whose id is in $ids, as list-events gives them (the start cache's update after an
// incremental write). Params: $ids. Columns: as list-events.
MATCH (e:Event)
WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, e.date AS date, e.theme AS theme, e.campaign AS campaign,
  e.articleIds AS articleIds
ORDER BY id
