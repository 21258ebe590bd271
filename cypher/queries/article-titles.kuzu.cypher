// Titles and dates of the given articles (for evidence display), without their text.
MATCH (a:Article)
WHERE list_contains($ids, a.id)
RETURN a.id AS id, a.name AS title, a.date AS date
