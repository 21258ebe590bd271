// Counts per node label and relationship type. Columns: kind ('node'|'rel'), name, count.
MATCH (n)
RETURN 'node' AS kind, label(n) AS name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'rel' AS kind, label(r) AS name, count(*) AS count
