// Reports (overview): every honour with its level, category and number of distinct holders.
MATCH (x)-[:HAS_HONOUR]->(h:Honour)
RETURN h.id AS id, h.level AS level, h.category AS category, count(DISTINCT x.id) AS holders
