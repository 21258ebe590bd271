// Export of a chosen set of nodes: the relationships whose both endpoints are in $ids.
// Columns: id, type, source, target, year, jobTitle, talkTitle, role, articleIds, evidence.
// kuzu 0.11: keep both filters in one WHERE (a WITH … WHERE split of this pattern segfaults).
MATCH (a)-[r]->(b)
WHERE a.id IN $ids AND b.id IN $ids
RETURN r.id AS id, label(r) AS type, a.id AS source, b.id AS target, r.year AS year,
  r.jobTitle AS jobTitle, r.talkTitle AS talkTitle, r.role AS role, CAST(r.articleIds AS STRING[]) AS articleIds,
  r.evidence AS evidence
