// Speakers ↔ events ↔ organisers: the SPOKE_AT and ORGANIZED_BY relationships among the $limit
// nodes with the most such relationships. Params: $limit. Columns: id, type, source, sourceLabel,
// sourceName, target, targetLabel, targetName, role, talkTitle.
MATCH (x)-[r:SPOKE_AT|ORGANIZED_BY]-()
WITH x, count(r) AS degree
ORDER BY degree DESC, x.id
LIMIT $limit
WITH collect(x.id) AS ids
MATCH (a)-[r:SPOKE_AT|ORGANIZED_BY]->(b)
WHERE a.id IN ids AND b.id IN ids
RETURN r.id AS id, label(r) AS type, a.id AS source, label(a) AS sourceLabel, a.name AS sourceName,
  b.id AS target, label(b) AS targetLabel, b.name AS targetName, r.role AS role, r.talkTitle AS talkTitle
ORDER BY id
