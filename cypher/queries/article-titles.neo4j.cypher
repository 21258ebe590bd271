// Titles and dates of the given articles (for evidence display), without their text.
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id, a.name AS title, a.date AS date
