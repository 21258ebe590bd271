// Counts per node label and relationship type. Columns: kind ('node'|'rel'), name, count.
MATCH (n)
RETURN 'node' AS kind, labels(n)[0] AS name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'rel' AS kind, type(r) AS name, count(*) AS count
