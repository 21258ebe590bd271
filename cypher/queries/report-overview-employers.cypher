// Reports (overview): employers with the most honoured employees.
MATCH (p:Person)-[:WORKS_FOR]->(o:Organization)
WITH DISTINCT o, p
OPTIONAL MATCH (p)-[:HAS_HONOUR]->(h:Honour)
WITH o, p, count(h) AS honours
RETURN o.id AS id, o.name AS name, count(p) AS employees,
  sum(CASE WHEN honours > 0 THEN 1 ELSE 0 END) AS honoured
ORDER BY honoured DESC, employees DESC, name
LIMIT $limit
