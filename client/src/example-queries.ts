/**
 * Example read-only queries for the console, written for the embedded store's dialect
 * (kuzu: label(r) instead of type(r), `-[* SHORTEST 1..k]-`, CAST instead of toInteger; the
 * console also rewrites those Neo4j forms itself). People are grouped by node or id, never by
 * name: two people may share one.
 */
export interface ExampleQuery {
  zh: string;
  en: string;
  query: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    zh: "在工会主办的活动上发言的全国劳动模范",
    en: "National model workers who spoke at events organised by a union",
    query: `MATCH (p:Person)-[:HAS_HONOUR]->(h:Honour),
      (p)-[s:SPOKE_AT]->(e:Event)-[:ORGANIZED_BY]->(o:Organization)
WHERE h.level = 'national' AND h.category CONTAINS '劳动模范'
  AND (o.orgType = 'union' OR o.name CONTAINS '工会')
RETURN p, s, e, o
LIMIT 100`,
  },
  {
    zh: "某主办单位各年活动的发言人",
    en: "Speakers of an organiser's events by year",
    query: `MATCH (p:Person)-[:SPOKE_AT]->(e:Event)-[:ORGANIZED_BY]->(o:Organization)
WHERE o.name CONTAINS '总工会'
WITH o, left(e.date, 4) AS year, p, collect(DISTINCT e.name) AS events
RETURN o.name AS organiser, year, p.id AS personId, p.name AS speaker, size(events) AS talks, events
ORDER BY organiser, year, talks DESC, personId
LIMIT 200`,
  },
  {
    zh: "每场活动的发言人与发言题目",
    en: "Speakers and talk titles of each event",
    query: `MATCH (p:Person)-[s:SPOKE_AT]->(e:Event)
RETURN e.name AS event, e.date AS date, p.name AS speaker, s.talkTitle AS talk
ORDER BY date, event
LIMIT 200`,
  },
  {
    zh: "荣誉最多的人物",
    en: "People with the most honours",
    query: `MATCH (p:Person)-[:HAS_HONOUR]->(h:Honour)
RETURN p.id AS id, p.name AS name, count(h) AS honours, collect(h.name) AS list
ORDER BY honours DESC, id
LIMIT 20`,
  },
  {
    zh: "大国工匠及其工作单位",
    en: "Great-craftsman honourees and their employers",
    query: `MATCH (p:Person)-[:HAS_HONOUR]->(h:Honour), (p)-[w:WORKS_FOR]->(o:Organization)
WHERE h.category CONTAINS '工匠'
RETURN p, w, o
LIMIT 100`,
  },
  {
    zh: "同场发言的人物",
    en: "People who spoke at the same event",
    query: `MATCH (a:Person)-[:SPOKE_AT]->(e:Event)<-[:SPOKE_AT]-(b:Person)
WHERE a.id < b.id
RETURN a, e, b
LIMIT 100`,
  },
  {
    zh: "各类关系的数量",
    en: "Count of each relationship type",
    query: `MATCH ()-[r]->()
RETURN label(r) AS type, count(*) AS n
ORDER BY n DESC`,
  },
  {
    zh: "两位人物之间的最短路径",
    en: "Shortest path between two people",
    query: `MATCH (a:Person), (b:Person)
WHERE a.id < b.id
MATCH p = (a)-[* SHORTEST 1..4]-(b)
RETURN p
LIMIT 1`,
  },
];
