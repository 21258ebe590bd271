/**
 * Neo4j Cypher in the console over real HTTP (embedded kuzu store, the fictional test graph):
 * each rewritten form answers rows and says what it rewrote; forms without a rewrite answer 400
 * unsupported_form naming the kuzu form; a TCK-style cartesian product answers 422
 * query_too_large; writes and file access hidden in rewritten forms stay refused.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_QUERIES } from "../client/src/example-queries.ts";
import { CypherResponse } from "./api-schemas.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";
import { TEST_IDS } from "./test-graph.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;

const MARKER = "NEO4J-FORM-SECRET-51c2";
let t: TestServer;
let dir: string;
let secret: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "console-neo4j-"));
  secret = path.join(dir, "secret.csv");
  writeFileSync(secret, `id,value\n1,${MARKER}\n`);
  t = await startTestServer({ env: { LAOMO_QUERY_TIMEOUT_MS: "60000" } });
}, 120_000);

afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cypher(
  query: string,
  params?: Record<string, unknown>,
): Promise<{ status: number; text: string; body: Json }> {
  const res = await fetch(`${t.baseUrl}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params ? { query, params } : { query }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as Json };
}

/** Runs a query that must answer 200; validates the answer against the API schema. */
async function rows(
  query: string,
  params?: Record<string, unknown>,
): Promise<{ rows: unknown[][]; forms: string[] }> {
  const res = await cypher(query, params);
  expect(res.status, res.text).toBe(200);
  const body = CypherResponse.parse(res.body);
  return { rows: body.rows, forms: body.rewrites.map((r) => r.form) };
}

const I = TEST_IDS;

describe("Neo4j forms over HTTP", () => {
  it("type(r)", async () => {
    const r = await rows("MATCH (:Person)-[r]->(:Event) RETURN type(r) AS t, count(*) AS n");
    expect(r.rows).toEqual([["SPOKE_AT", 3]]);
    expect(r.forms).toEqual(["type()"]);
  });

  it("toInteger, toFloat, toString, toBoolean", async () => {
    const r = await rows(
      "MATCH (p:Person {id: $id}) RETURN toInteger('42') AS i, toFloat('1.5') AS f, toString(7) AS s, toBoolean('true') AS b",
      { id: I.shan },
    );
    expect(r.rows).toEqual([[42, 1.5, "7", true]]);
    expect(r.forms).toEqual(["toInteger()", "toFloat()", "toString()", "toBoolean()"]);
  });

  it("elementId(n) and id(n)", async () => {
    const r = await rows("MATCH (p:Person {id: $id}) RETURN elementId(p) AS e, id(p) AS i", { id: I.shan });
    expect(r.rows[0]![0]).toMatch(/^\d+:\d+$/);
    expect(r.rows[0]![1]).toEqual(expect.objectContaining({ offset: expect.any(Number) }));
    expect(r.forms).toEqual(["elementId()"]);
  });

  it("shortestPath and allShortestPaths", async () => {
    const params = { a: I.shan, b: I.ouyang };
    const one = await rows(
      "MATCH (a:Person {id: $a}), (b:Person {id: $b}) MATCH p = shortestPath((a)-[*..6]-(b)) RETURN length(p) AS hops",
      params,
    );
    expect(one.rows).toEqual([[2]]); // both hold the national model-worker honour
    expect(one.forms).toEqual(["shortestPath()"]);
    const all = await rows(
      "MATCH (a:Person {id: $a}), (b:Person {id: $b}) MATCH p = allShortestPaths((a)-[*]-(b)) RETURN count(p) AS paths",
      params,
    );
    expect(all.rows).toEqual([[1]]);
    expect(all.forms).toEqual(["allShortestPaths()"]);
  });

  it("list comprehensions and reduce", async () => {
    const r = await rows(
      "MATCH (p:Person) WITH collect(p.name) AS names RETURN [n IN names WHERE n STARTS WITH '周' | n + '!'] AS zhou, reduce(total = 0, x IN [1, 2, 3] | total + x) AS sum",
    );
    expect(r.rows).toEqual([[["周敏!", "周敏!"], 6]]);
    expect(r.forms).toEqual(["list comprehension", "reduce()"]);
  });

  it("datetime(), date(), temporal accessors", async () => {
    const r = await rows(
      "MATCH (e:Event) RETURN date(e.date).year AS year, datetime() > datetime('2020-01-01 00:00:00') AS now, date({year: 2024, month: 4, day: 28}) = date(e.date) AS same ORDER BY year",
    );
    expect(r.rows.map((row) => [row[0], row[1], row[2]])).toEqual([
      [2023, true, false],
      [2024, true, true],
    ]);
    expect(r.forms).toEqual([".year", "datetime()", "datetime()", "date()"]);
  });

  it("size() on strings, lists and patterns; labels(); WHERE n:Label; EXISTS and COUNT subqueries", async () => {
    const r = await rows(
      "MATCH (p) WHERE p:Person AND EXISTS { (p)-[:SPOKE_AT]->() } RETURN p.id AS id, size(p.name) AS chars, size(labels(p)) AS nl, size((p)-[:HAS_HONOUR]->()) AS honours, COUNT { (p)-->() } AS out ORDER BY id",
    );
    const byId = new Map(r.rows.map((row) => [row[0], row.slice(1)]));
    expect(byId.size).toBe(3);
    expect(byId.get(I.ouyang)).toEqual([4, 1, 2, 4]);
    expect(byId.get(I.shan)).toEqual([3, 1, 1, 3]);
    expect(r.forms).toEqual([
      "WHERE n:Label",
      "EXISTS { pattern }",
      "labels()",
      "size(pattern)",
      "COUNT { pattern }",
    ]);
  });

  it("CALL db.labels(), head(collect()), split, replace, OFFSET", async () => {
    const labels = await rows("CALL db.labels()");
    expect(labels.rows.map((row) => row[0]).sort()).toEqual(
      ["Article", "Event", "Honour", "Organization", "Person", "Place"].sort(),
    );
    const r = await rows(
      "MATCH (o:Organization) RETURN head(collect(o.orgType)) IS NOT NULL AS h, split('a,b', ',') AS parts, replace('1.2.3', '.', '-') AS dashed",
    );
    expect(r.rows).toEqual([[true, ["a", "b"], "1-2-3"]]);
    const paged = await rows("MATCH (p:Person) RETURN p.id AS id ORDER BY id OFFSET 1 LIMIT 2");
    const ids = Object.values(TEST_IDS)
      .filter((id) => id.startsWith("p_"))
      .sort();
    expect(paged.rows).toEqual(ids.slice(1, 3).map((id) => [id]));
    expect(paged.forms).toEqual(["OFFSET"]);
  });

  it("list subscripts and slices from 0, map keys, substring from 0", async () => {
    const r = await rows(
      "MATCH (p:Person {id: $id}) WITH p, [10, 20, 30, 40] AS l RETURN l[0] AS first, l[1..3] AS mid, l[..2] AS head2, p['name'] AS name, substring(p['name'], 1, 2) AS rest",
      { id: I.ouyang },
    );
    expect(r.rows).toEqual([[10, [20, 30], [10, 20], "欧阳振华", "阳振"]]);
  });

  it("answers rewrites: [] for kuzu's own dialect", async () => {
    const r = await rows("MATCH (p:Person) RETURN label(p) AS l, CAST('1' AS INT64) AS i LIMIT 1");
    expect(r.forms).toEqual([]);
    expect(r.rows).toEqual([["Person", 1]]);
  });

  it("the example 'speakers of an organiser's events by year' groups by person id", async () => {
    const ex = EXAMPLE_QUERIES.find((e) => e.en === "Speakers of an organiser's events by year");
    expect(ex).toBeDefined();
    const res = await cypher(ex!.query);
    expect(res.status, res.text).toBe(200);
    const body = CypherResponse.parse(res.body);
    expect(body.columns).toEqual(["organiser", "year", "personId", "speaker", "talks", "events"]);
    expect(body.rows.map((row) => [row[0], row[1], row[2], row[4]])).toEqual([
      ...[I.shan, I.zeng].sort().map((id) => ["青岚市总工会", "2024", id, 1]),
    ]);
  });

  it("every example query runs and answers rows", async () => {
    for (const ex of EXAMPLE_QUERIES) {
      const res = await cypher(ex.query);
      expect(res.status, `${ex.en}: ${res.text}`).toBe(200);
      expect(CypherResponse.parse(res.body).rows.length, ex.en).toBeGreaterThan(0);
    }
  });
});

describe("forms without a rewrite", () => {
  it.each([
    ["MATCH (p:Person) RETURN [(p)-[:SPOKE_AT]->(e) | e.name] AS events", /COUNT \{ MATCH|OPTIONAL MATCH/],
    ["MATCH (a:Person) RETURN shortestPath((a)-[*]-(a))", /\* SHORTEST/],
    ["RETURN time() AS t", /timestamp/],
    ["MATCH (p:Person) RETURN percentileCont(size(p.name), 0.5)", /collect\(\)/],
  ])("%s → 400 unsupported_form naming the kuzu form", async (query, kuzu) => {
    const res = await cypher(query);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("unsupported_form");
    expect(res.body.message).toMatch(kuzu);
    expect(res.body.message).not.toMatch(/exception/i);
  });
});

describe("errors after a rewrite", () => {
  it("say that their line and column are in the rewritten query", async () => {
    const res = await cypher("MATCH (p:Person)\nRETURN toInteger('1') AS x, p.name AS\nLIMIT 1");
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^Syntax error at line 3, column \d+/);
    expect(res.body.message).toMatch(/rewritten for kuzu/);
    const plain = await cypher("MATCH (p:Person)\nRETURN p.name AS\nLIMIT 1");
    expect(plain.body.message).not.toMatch(/rewritten/);
  });
});

describe("engine limits", () => {
  it("a TCK-style cartesian product answers 422 query_too_large with advice", async () => {
    const res = await cypher("MATCH (a), (b), (c), (d), (e) RETURN a, b, c, d, e ORDER BY a.id, b.id");
    expect(res.status).toBe(422);
    expect(res.body.error).toBe("query_too_large");
    expect(res.body.message).toMatch(/LIMIT/);
    expect(res.body.message).toMatch(/narrow the MATCH/);
    expect(res.body.message).not.toMatch(/buffer|exception/i);
  });
});

describe("the guard after rewriting", () => {
  const attacks = () => [
    "RETURN toInteger('1') AS x CREATE (n:Person {id: 'attack-1'})",
    "RETURN [x IN [1] | x] AS l MATCH (n:Person) DETACH DELETE n",
    "MATCH p = shortestPath((a:Person)-[*]-(b:Person)) DELETE a",
    "MATCH (n) WHERE n:Person SET n.name = 'attacked'",
    "MATCH (a:Person) WHERE EXISTS { (a)-->() CREATE (b:Person {id: 'attack-2'}) } RETURN a",
    "RETURN [x IN [1] | CREATE (n:Person {id: 'attack-3'})] AS l",
    "RETURN type(r) AS t // comment\nMERGE (n:Person {id: 'attack-4'})",
    `RETURN [x IN [1] WHERE x = 1 | toString(x)] AS l LOAD FROM '${secret}' RETURN *`,
    `RETURN reduce(s = 0, x IN [1] | s + x) AS s COPY Person FROM '${secret}'`,
    `RETURN elementId(n) AS e COPY (MATCH (n:Person) RETURN n) TO '${path.join(dir, "out.csv")}'`,
    "RETURN datetime() AS t INSTALL httpfs",
    "CALL db.labels() YIELD label CREATE (n:Person {id: 'attack-5'})",
  ];

  it("refuses every write and file access hidden in rewritten forms, and nothing changed", async () => {
    for (const q of attacks()) {
      const res = await cypher(q);
      expect(res.status, q).toBe(400);
      expect(res.body.error, q).toBe("forbidden_query");
      expect(res.text).not.toContain(MARKER);
    }
    for (const q of [
      "RETURN type(r) AS t; CREATE (n:Person {id: 'attack-6'})",
      "RETURN toString('a') /* ; */; DROP TABLE Person",
    ]) {
      const res = await cypher(q);
      expect(res.status, q).toBe(400);
      expect(res.body.error, q).toBe("invalid_input");
    }
    const after = await rows("MATCH (n) RETURN count(n) AS n");
    expect(after.rows).toEqual([[20]]);
    const names = await rows(
      "MATCH (p:Person) WHERE p.name = 'attacked' OR p.id STARTS WITH 'attack' RETURN p",
    );
    expect(names.rows).toEqual([]);
  });

  it("runs a write that sat in a comment or a string as the harmless text it is", async () => {
    const r = await rows(
      "RETURN toInteger('1' /* ) CREATE (n:Person) */) AS one, toString('CREATE (m:Person)') AS s",
    );
    expect(r.rows).toEqual([[1, "CREATE (m:Person)"]]);
    const after = await rows("MATCH (n) RETURN count(n) AS n");
    expect(after.rows).toEqual([[20]]);
  });
});
