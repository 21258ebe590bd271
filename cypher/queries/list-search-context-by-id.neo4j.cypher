// The subtitle relationships (as list-search-context: a person's employers and honours, an
// event's venues) of the nodes whose id is in $ids; dates, types and levels come with the
// list-nodes-by-id rows. Params: $ids. Columns: id, rel, value.
MATCH (a)-[r:WORKS_FOR|HAS_HONOUR|HELD_AT]->(b)
WHERE a.id IN $ids
RETURN a.id AS id, type(r) AS rel, b.name AS value
