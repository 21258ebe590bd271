// Map: every event with its venue and organiser names (the region derivation reads them).
MATCH (e:Event)
OPTIONAL MATCH (e)-[:HELD_AT]->(p:Place)
OPTIONAL MATCH (e)-[:ORGANIZED_BY]->(o:Organization)
RETURN e.id AS id, e.name AS name, collect(DISTINCT p.name) AS venues, collect(DISTINCT o.name) AS organisers
