// Reports: ids of the honours of one category (e.g. 劳动模范), for the honour report.
MATCH (h:Honour)
WHERE h.category = $category
RETURN h.id AS id
ORDER BY h.name
