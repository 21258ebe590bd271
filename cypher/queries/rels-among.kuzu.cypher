// The relationships whose both endpoints are in $ids (for neighbourhood graphs).
// Plain MATCH on purpose: kuzu 0.11 OPTIONAL MATCH over several rel tables drops/garbles rows.
// Columns: id, type, source, target, year, jobTitle, talkTitle, role.
MATCH (a)-[r]->(b)
WHERE a.id IN $ids AND b.id IN $ids
RETURN r.id AS id, label(r) AS type, a.id AS source, b.id AS target, r.year AS year,
  r.jobTitle AS jobTitle, r.talkTitle AS talkTitle, r.role AS role
