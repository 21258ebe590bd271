// Facet values with counts. Columns: facet, value, count.
// honourLevel / honourCategory: count = holders (HAS_HONOUR relationships; level '' = unknown);
// orgType: count = organisations; eventYear: count = events with a date.
MATCH (h:Honour)
OPTIONAL MATCH ()-[r:HAS_HONOUR]->(h)
RETURN 'honourLevel' AS facet, coalesce(h.level, '') AS value, count(r) AS count
UNION ALL
MATCH (h:Honour)
OPTIONAL MATCH ()-[r:HAS_HONOUR]->(h)
RETURN 'honourCategory' AS facet, coalesce(h.category, '') AS value, count(r) AS count
UNION ALL
MATCH (o:Organization)
RETURN 'orgType' AS facet, coalesce(o.orgType, '') AS value, count(*) AS count
UNION ALL
MATCH (e:Event)
WHERE e.date IS NOT NULL
RETURN 'eventYear' AS facet, left(e.date, 4) AS value, count(*) AS count
