// Neo4j 5 schema of the laomo-graph: one uniqueness constraint on `id` per label (it also serves
// as the lookup index), relationship id indexes, a few filter indexes and a full-text index on names.
// Properties are the same as in kuzu.cypher; evidence is a list of JSON strings.
// Applied statement by statement (split on ';' at line ends); every statement is idempotent.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT honour_id IF NOT EXISTS FOR (n:Honour) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE INDEX has_honour_id IF NOT EXISTS FOR ()-[r:HAS_HONOUR]-() ON (r.id);
CREATE INDEX works_for_id IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() ON (r.id);
CREATE INDEX spoke_at_id IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() ON (r.id);
CREATE INDEX organized_by_id IF NOT EXISTS FOR ()-[r:ORGANIZED_BY]-() ON (r.id);
CREATE INDEX held_at_id IF NOT EXISTS FOR ()-[r:HELD_AT]-() ON (r.id);
CREATE INDEX reported_id IF NOT EXISTS FOR ()-[r:REPORTED]-() ON (r.id);
CREATE INDEX person_gen IF NOT EXISTS FOR (n:Person) ON (n.generation);
CREATE INDEX honour_gen IF NOT EXISTS FOR (n:Honour) ON (n.generation);
CREATE INDEX organization_gen IF NOT EXISTS FOR (n:Organization) ON (n.generation);
CREATE INDEX event_gen IF NOT EXISTS FOR (n:Event) ON (n.generation);
CREATE INDEX place_gen IF NOT EXISTS FOR (n:Place) ON (n.generation);
CREATE INDEX article_gen IF NOT EXISTS FOR (n:Article) ON (n.generation);
CREATE INDEX honour_level IF NOT EXISTS FOR (n:Honour) ON (n.level);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:Person|Honour|Organization|Event|Place) ON EACH [n.name];
