/**
 * The Neo4j → kuzu rewrite on tokens: each form's exact output, string literals and comments left
 * alone, forms it cannot rewrite refused with the kuzu form named, and the read-only guard still
 * refusing writes and file access hidden inside rewritten forms.
 */

import kuzu from "kuzu";
import { describe, expect, it } from "vitest";
import { ForbiddenQueryError, InvalidInputError, UnsupportedFormError } from "../model/errors.ts";
import { isoDurationToKuzu } from "./neo4j-function-rewrites.ts";
import { RESERVED_NAMES, rewriteNeo4jForKuzu } from "./neo4j-rewrite.ts";
import { guardReadOnly, KUZU_KEYWORDS } from "./read-only-guard.ts";

const REWRITES: { neo4j: string; kuzu: string; forms: string[] }[] = [
  { neo4j: "MATCH ()-[r]->() RETURN type(r)", kuzu: "MATCH ()-[r]->() RETURN label(r)", forms: ["type()"] },
  {
    neo4j: "RETURN toInteger('4'), toFloat(x), toString(1), toBoolean('true')",
    kuzu: "RETURN CAST('4' AS INT64), CAST(x AS DOUBLE), CAST(1 AS STRING), CAST('true' AS BOOLEAN)",
    forms: ["toInteger()", "toFloat()", "toString()", "toBoolean()"],
  },
  {
    neo4j: "MATCH (n) RETURN elementId(n), labels(n)",
    kuzu: "MATCH (n) RETURN CAST(ID(n) AS STRING), [label(n)]",
    forms: ["elementId()", "labels()"],
  },
  {
    neo4j: "MATCH p = shortestPath((a)-[*]-(b)) RETURN p",
    kuzu: "MATCH p = (a)-[* SHORTEST]-(b) RETURN p",
    forms: ["shortestPath()"],
  },
  {
    neo4j: "MATCH (a), (b) MATCH p = allShortestPaths((a)-[r:KNOWS*..5]->(b)) RETURN p",
    kuzu: "MATCH (a), (b) MATCH p = (a)-[r:KNOWS* ALL SHORTEST 1..5]->(b) RETURN p",
    forms: ["allShortestPaths()"],
  },
  {
    neo4j: "MATCH p = shortestPath((a)-[:R*0..3 {w: 1}]-(b)) RETURN p",
    kuzu: "MATCH p = (a)-[:R* SHORTEST 1..3 {w: 1}]-(b) RETURN p",
    forms: ["shortestPath()"],
  },
  {
    neo4j: "RETURN [x IN range(1, 5) WHERE x % 2 = 1 | toString(x)]",
    kuzu: "RETURN list_transform(list_filter(range(1, 5), x -> x % 2 = 1), x -> CAST(x AS STRING))",
    forms: ["toString()", "list comprehension"],
  },
  {
    neo4j: "RETURN [x IN l | x * 2], [y IN l WHERE y > 1]",
    kuzu: "RETURN list_transform(l, x -> x * 2), list_filter(l, y -> y > 1)",
    forms: ["list comprehension", "list comprehension"],
  },
  {
    neo4j: "RETURN reduce(s = 0, x IN [1, 2] | s + x)",
    kuzu: "RETURN list_reduce(list_prepend([1, 2], 0), (s, x) -> s + x)",
    forms: ["reduce()"],
  },
  {
    neo4j: "RETURN datetime(), date(), timestamp(), date({year: 2024, month: 4, day: 28})",
    kuzu: "RETURN current_timestamp(), current_date(), to_epoch_ms(current_timestamp()), make_date(2024, 4, 28)",
    forms: ["datetime()", "date()", "timestamp()", "date()"],
  },
  {
    neo4j: "RETURN datetime('2024-04-28 10:00:00'), datetime({year: 2024, month: 4, day: 28, hour: 9})",
    kuzu: "RETURN timestamp('2024-04-28 10:00:00'), (CAST(make_date(2024, 4, 28) AS TIMESTAMP) + to_hours(9))",
    forms: ["datetime()", "datetime()"],
  },
  {
    neo4j: "MATCH (e:Event) RETURN date(e.date).year, e.day.month",
    kuzu: "MATCH (e:Event) RETURN date_part('year', date(e.date)), date_part('month', e.day)",
    forms: [".year", ".month"],
  },
  {
    neo4j: "RETURN duration('P1DT2H'), duration({weeks: 1}), date.truncate('month', d)",
    kuzu: "RETURN duration('1 days 2 hours'), to_days(7 * (1)), date_trunc('month', d)",
    forms: ["duration()", "duration()", "date.truncate()"],
  },
  {
    neo4j: "MATCH (n) WHERE n:Person OR NOT n:Event|Place RETURN n",
    kuzu: "MATCH (n) WHERE (label(n) = 'Person') OR NOT (label(n) IN ['Event', 'Place']) RETURN n",
    forms: ["WHERE n:Label", "WHERE n:Label"],
  },
  {
    neo4j: "MATCH (a) WHERE EXISTS { (a)-->(b:Event) } RETURN COUNT { (a)--() }",
    kuzu: "MATCH (a) WHERE EXISTS { MATCH (a)-->(b:Event) } RETURN COUNT { MATCH (a)--() }",
    forms: ["EXISTS { pattern }", "COUNT { pattern }"],
  },
  {
    neo4j: "MATCH (a) WHERE exists(a.name) AND exists((a)-->()) RETURN size((a)-->())",
    kuzu: "MATCH (a) WHERE (a.name IS NOT NULL) AND EXISTS { MATCH (a)-->() } RETURN COUNT { MATCH (a)-->() }",
    forms: ["exists()", "exists()", "size(pattern)"],
  },
  {
    neo4j: "MATCH (a) RETURN a {.name, k: toString(1)} SKIP 1 OFFSET 2",
    kuzu: "MATCH (a) RETURN {name: a.name, k: (CAST(1 AS STRING))} SKIP 1 SKIP 2",
    forms: ["toString()", "map projection", "OFFSET"],
  },
  {
    neo4j: "RETURN head(l), last(l), tail(l), split(s, ','), replace(s, '.', '-'), 'a' || 'b'",
    kuzu: "RETURN list_extract(l, 1), list_extract(l, -1), list_slice(l, 2, -1), string_split(s, ','), regexp_replace(s, '\\\\.', '-', 'g'), 'a' + 'b'",
    forms: ["head()", "last()", "tail()", "split()", "replace()", "||"],
  },
  {
    neo4j: "RETURN l[0], l[1..3], l[..2], l[1..], l[-1], l[i], collect(x)[0], n['name'], n['full name']",
    kuzu: "RETURN l[1], l[2:3], l[:2], l[2:], l[-1], l[i], collect(x)[1], n.name, n.`full name`",
    forms: [
      "list[index]",
      "list[from..to]",
      "list[from..to]",
      "list[from..to]",
      "list[index]",
      "map['key']",
      "map['key']",
    ],
  },
  {
    neo4j: "RETURN substring('hello', 1, 3), substring(s, i), [1, 2] [0]",
    kuzu: "RETURN substring('hello', 2, 3), substring(s, (i) + 1, size(s)), [1, 2] [0]",
    forms: ["substring()", "substring()"],
  },
  {
    neo4j: "CALL db.labels() YIELD label WHERE label <> 'Article' RETURN label",
    kuzu: "CALL show_tables() WHERE type = 'NODE' WITH name AS label WHERE label <> 'Article' RETURN label",
    forms: ["CALL db.labels()"],
  },
  {
    neo4j: "CALL db.relationshipTypes()",
    kuzu: "CALL show_tables() WHERE type = 'REL' WITH name AS relationshipType RETURN relationshipType",
    forms: ["CALL db.relationshipTypes()"],
  },
];

describe("rewriteNeo4jForKuzu", () => {
  it.each(REWRITES)("$neo4j", ({ neo4j, kuzu, forms }) => {
    const r = rewriteNeo4jForKuzu(neo4j);
    expect(r.query).toBe(kuzu);
    expect(r.rewrites.map((w) => w.form)).toEqual(forms);
    // what it rewrote passes the guard unchanged
    expect(guardReadOnly(r.query, "kuzu")).toBe(kuzu);
  });

  it("says what it rewrote, in the user's words and in kuzu's", () => {
    const r = rewriteNeo4jForKuzu("MATCH ()-[r]->()\nRETURN type(r) AS t");
    expect(r.rewrites).toEqual([{ form: "type()", from: "type(r)", to: "label(r)" }]);
    expect(r.query).toBe("MATCH ()-[r]->()\nRETURN label(r) AS t"); // line breaks kept
  });

  it("leaves kuzu queries, strings, comments, properties and labels alone", () => {
    for (const q of [
      "MATCH (p:Person) RETURN p.name, size(p.name), label(p), date('2024-01-01')",
      "RETURN 'type(r) toInteger(x) [x IN l | x]' AS s",
      'RETURN "shortestPath((a)-[*]-(b))" AS s',
      "MATCH (n) RETURN n.type, n.date, n.year // toInteger(x)",
      "MATCH (n:type) RETURN n /* labels(n) */",
      "RETURN [x IN [1, 2]] AS oneBooleanList",
      "RETURN {a: x, b: y} AS map, [1, 2] AS l",
      "MATCH (a)-[r:KNOWS]->(b) RETURN [r, b]",
      "MATCH (a), (b) WHERE a.id = 0 AND (a)-[:T]->(b:Person) OR (b:Event)<-[:T]-(a) RETURN b",
      "MATCH (a)-[r:HAS_HONOUR]->(h) RETURN r.year",
      "RETURN size(",
    ]) {
      expect(rewriteNeo4jForKuzu(q), q).toEqual({ query: q, rewrites: [] });
    }
  });

  it("keeps string literals inside rewritten forms byte for byte", () => {
    const r = rewriteNeo4jForKuzu("RETURN toString('); CREATE (n) //') AS s, toInteger(\"it's\") AS t");
    expect(r.query).toBe("RETURN CAST('); CREATE (n) //' AS STRING) AS s, CAST('it\\'s' AS INT64) AS t");
    expect(guardReadOnly(r.query, "kuzu")).toBe(r.query);
  });

  it.each([
    ["RETURN [(a)-->(b) | b.name]", /COUNT \{ MATCH/],
    ["MATCH (a) RETURN shortestPath((a)-[*]-(a))", /\* SHORTEST/],
    ["MATCH p = shortestPath((a)-[*]-(b)-[*]-(c)) RETURN p", /\* SHORTEST/],
    ["RETURN time()", /timestamp/],
    ["RETURN datetime({year: 2024, timezone: '+01:00'})", /timestamp\(/],
    ["RETURN percentileCont(x, 0.5)", /list_sort/],
    ["RETURN apoc.coll.sum([1])", /plug-ins/],
    ["RETURN replace(s, t, 'x')", /regexp_replace/],
    ["MATCH (n) RETURN n {.*}", /name: n\.name/],
    ["MATCH (n) WHERE n:A|B&C RETURN n", /label\(n\)/],
    ["RETURN l[-2..-1]", /list_slice/],
  ])("refuses %s, naming the kuzu form", (q, kuzu) => {
    const err = (() => {
      try {
        rewriteNeo4jForKuzu(q);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(UnsupportedFormError);
    expect((err as Error).message).toMatch(kuzu);
    expect((err as Error).message).toMatch(/line 1, column \d+/);
  });

  it("quotes reserved words used as labels and property names, as kuzu needs", () => {
    const r = rewriteNeo4jForKuzu("MATCH (n:Single)-[:KNOWS|END]->(m) RETURN n.end, n.type, {a: NULL}");
    expect(r.query).toBe("MATCH (n:`Single`)-[:KNOWS|`END`]->(m) RETURN n.`end`, n.type, {a: NULL}");
    expect(r.rewrites.map((w) => w.form)).toEqual(Array(3).fill("reserved word as a name"));
  });

  it("RESERVED_NAMES are exactly the keywords kuzu's parser refuses as names", async () => {
    const db = new kuzu.Database(":memory:");
    const conn = new kuzu.Connection(db);
    const refused: string[] = [];
    for (const k of [...KUZU_KEYWORDS].sort()) {
      const ps = await conn.prepare(`MATCH (n:${k}) RETURN n.${k}`);
      if (!ps.isSuccess() && /^Parser exception/.test(ps.getErrorMessage())) refused.push(k);
    }
    await conn.close();
    await db.close();
    expect(refused.filter((k) => !["NULL", "TRUE", "FALSE"].includes(k))).toEqual([...RESERVED_NAMES].sort());
  });

  it("bounds bracket nesting", () => {
    const deep = `RETURN ${"toInteger(".repeat(200)}1${")".repeat(200)}`;
    expect(() => rewriteNeo4jForKuzu(deep)).toThrow(InvalidInputError);
  });

  it("reads ISO durations", () => {
    expect(isoDurationToKuzu("P1Y2M3W4DT5H6M7.5S")).toBe(
      "1 years 2 months 21 days 4 days 5 hours 6 minutes 7.5 seconds",
    );
    expect(isoDurationToKuzu("PT")).toBeNull();
    expect(isoDurationToKuzu("1 day")).toBeNull();
  });
});

describe("the guard after the rewrite", () => {
  const refuse = (q: string) => () => guardReadOnly(rewriteNeo4jForKuzu(q).query, "kuzu");
  it.each([
    "RETURN toInteger('1') AS x CREATE (n:Person {id: 'x'})",
    "RETURN [x IN [1] | x] AS l DELETE n",
    "RETURN [x IN [1] | CREATE (n)] AS l",
    "MATCH p = shortestPath((a)-[*]-(b)) DETACH DELETE a",
    "MATCH (n) WHERE n:Person SET n.name = 'x'",
    "MATCH (a) WHERE EXISTS { (a)-->() CREATE (b) } RETURN a",
    "RETURN reduce(s = 0, x IN [1] | s + x) AS s COPY Person FROM 'people.csv'",
    "RETURN [x IN [1] WHERE x = 1 | toString(x)] AS l LOAD FROM 'x.csv' RETURN *",
    "RETURN type(r) AS t // a comment\nMERGE (n:Person {id: 'x'})",
    "CALL db.labels() YIELD label CREATE (n:X)",
    "RETURN elementId(n) AS e COPY (MATCH (n) RETURN n) TO 'out.csv'",
    "RETURN datetime() AS t INSTALL httpfs",
    "RETURN [x IN [1] | x] AS l, toInteger(1) AS i EXPORT DATABASE 'dump'",
  ])("refuses %s", (q) => {
    expect(refuse(q)).toThrow(ForbiddenQueryError);
  });

  it("refuses a second statement after a rewritten one", () => {
    expect(refuse("RETURN type(r); CREATE (n)")).toThrow(InvalidInputError);
    expect(refuse("RETURN [x IN [1] | x] /* ; */; DROP TABLE Person")).toThrow(InvalidInputError);
  });

  it("does not run a write that sat in a comment or a string", () => {
    const q = "RETURN toInteger('1' /* ) CREATE (n) */) AS one, toString('CREATE (m)') AS s";
    const text = guardReadOnly(rewriteNeo4jForKuzu(q).query, "kuzu");
    expect(text).toBe("RETURN CAST('1' AS INT64) AS one, CAST('CREATE (m)' AS STRING) AS s");
  });
});
