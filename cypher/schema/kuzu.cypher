// kuzu schema of the laomo-graph. Node provenance: articleIds STRING[]; evidence STRING[] where each
// element is the JSON of one Evidence {articleId, sentence, offset, spanStart, spanEnd}.
// Relationship provenance is STRING (kuzu's checkpoint after per-row writes into a relationship
// table with STRING[] columns is quadratic, cypher/README.md): articleIds is the list's text as
// CAST(list AS STRING) writes it, `[a_1,a_2]` (CAST(r.articleIds AS STRING[]) gives the list back);
// evidence is a JSON array of Evidence objects (json_array_length, json_extract).
// Applied statement by statement (split on ';' at line ends); every statement is idempotent.
CREATE NODE TABLE IF NOT EXISTS Person(id STRING PRIMARY KEY, name STRING, aliases STRING[], pinyin STRING, initials STRING, mergeKey STRING, articleIds STRING[], evidence STRING[]);
CREATE NODE TABLE IF NOT EXISTS Honour(id STRING PRIMARY KEY, name STRING, scope STRING, level STRING, category STRING, articleIds STRING[], evidence STRING[]);
CREATE NODE TABLE IF NOT EXISTS Organization(id STRING PRIMARY KEY, name STRING, aliases STRING[], orgType STRING, articleIds STRING[], evidence STRING[]);
CREATE NODE TABLE IF NOT EXISTS Event(id STRING PRIMARY KEY, name STRING, theme STRING, date STRING, campaign STRING, articleIds STRING[], evidence STRING[]);
CREATE NODE TABLE IF NOT EXISTS Place(id STRING PRIMARY KEY, name STRING, aliases STRING[], articleIds STRING[], evidence STRING[]);
CREATE NODE TABLE IF NOT EXISTS Article(id STRING PRIMARY KEY, name STRING, title STRING, subtitle STRING, date STRING, source STRING, file STRING, sourceFiles STRING[], sourceDates STRING[], text STRING, untitled BOOLEAN, articleIds STRING[], evidence STRING[]);
CREATE REL TABLE IF NOT EXISTS HAS_HONOUR(FROM Person TO Honour, FROM Organization TO Honour, id STRING, year INT64, review STRING, articleIds STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS WORKS_FOR(FROM Person TO Organization, id STRING, jobTitle STRING, review STRING, articleIds STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS SPOKE_AT(FROM Person TO Event, FROM Organization TO Event, id STRING, talkTitle STRING, review STRING, articleIds STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS ORGANIZED_BY(FROM Event TO Organization, id STRING, role STRING, review STRING, articleIds STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS HELD_AT(FROM Event TO Place, id STRING, review STRING, articleIds STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS REPORTED(FROM Person TO Article, id STRING, role STRING, review STRING, articleIds STRING, evidence STRING);
