// The server's in-memory graph skeleton: every relationship with its qualifier (no evidence
// text). Columns: id, type, source, target, year, jobTitle, talkTitle, role, evidenceCount.
MATCH (a)-[r]->(b)
RETURN r.id AS id, label(r) AS type, a.id AS source, b.id AS target, r.year AS year,
  r.jobTitle AS jobTitle, r.talkTitle AS talkTitle, r.role AS role, json_array_length(r.evidence) AS evidenceCount
