/**
 * Console, export, ingest, OpenAPI, static client and security headers over real HTTP
 * against the embedded store (fictional test graph). Exports are parsed back with
 * graphology-gexf / graphology-graphml and a strict RFC 4180 CSV reader.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexfModule from "graphology-gexf";
import graphmlModule from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedFetch, checkResponse, responseSchemaOf } from "./response-contract.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";
import { TEST_IDS } from "./test-graph.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;
// biome-ignore lint/suspicious/noExplicitAny: CJS interop under NodeNext
const gexf = ((gexfModule as any).default ?? gexfModule) as typeof gexfModule;
// biome-ignore lint/suspicious/noExplicitAny: CJS interop under NodeNext
const graphml = ((graphmlModule as any).default ?? graphmlModule) as typeof graphmlModule;

let t: TestServer;
let clientDir: string;

async function post(p: string, body: unknown): Promise<{ status: number; body: Json }> {
  const res = await checkedFetch(t.baseUrl + p, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

/** Strict RFC 4180 reader (quoted fields, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
    i++;
  }
  if (field !== "" || row.length > 0) throw new Error("CSV does not end with CRLF");
  return rows;
}

beforeAll(async () => {
  clientDir = await mkdtemp(path.join(tmpdir(), "laomo-client-"));
  await mkdir(path.join(clientDir, "assets"));
  await writeFile(
    path.join(clientDir, "index.html"),
    "<!doctype html><title>laomo</title><div id=app></div>",
  );
  await writeFile(path.join(clientDir, "assets", "app.js"), "console.log('app');");
  t = await startTestServer({ env: { LAOMO_ROW_LIMIT: "5" }, clientDist: clientDir });
});
afterAll(async () => {
  await t?.close();
  if (clientDir) await rm(clientDir, { recursive: true, force: true });
});

describe("POST /api/cypher", () => {
  it("runs a read query and returns columns, rows and a graph", async () => {
    const { status, body } = await post("/api/cypher", {
      query: "MATCH (p:Person)-[r:SPOKE_AT]->(e:Event) WHERE p.name = $name RETURN p, r, e",
      params: { name: "单晓峰" },
    });
    expect(status).toBe(200);
    expect(body.columns).toEqual(["p", "r", "e"]);
    expect(body.rows).toHaveLength(1);
    expect(body.truncated).toBe(false);
    expect(typeof body.ms).toBe("number");
    const keys = body.graph.nodes.map((n: Json) => n.key).sort();
    expect(keys).toEqual([TEST_IDS.e1, TEST_IDS.shan].sort());
    const person = body.graph.nodes.find((n: Json) => n.key === TEST_IDS.shan);
    expect(person.attributes).toMatchObject({ label: "单晓峰", nodeType: "Person" });
    expect(body.graph.edges).toEqual([
      expect.objectContaining({ source: TEST_IDS.shan, target: TEST_IDS.e1 }),
    ]);
  });

  it("caps rows at the configured limit and says so", async () => {
    const { body } = await post("/api/cypher", { query: "MATCH (n) RETURN n.id" });
    expect(body.rows).toHaveLength(5);
    expect(body.truncated).toBe(true);
  });

  it.each([
    ["CREATE", "CREATE (n:Person {id: 'x', name: 'x'})"],
    ["MERGE", "MERGE (n:Person {id: 'x'}) RETURN n"],
    ["DELETE", "MATCH (n:Person) DETACH DELETE n"],
    ["SET", "MATCH (n:Person) SET n.name = 'y'"],
    ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ["COPY TO", "COPY (MATCH (n:Person) RETURN n.name) TO '/tmp/laomo-leak.csv'"],
    ["LOAD FROM", "LOAD FROM '/etc/passwd' RETURN *"],
  ])("refuses %s with 400 forbidden_query", async (_name, query) => {
    const { status, body } = await post("/api/cypher", { query });
    expect(status).toBe(400);
    expect(body).toEqual({ error: "forbidden_query", message: expect.any(String) });
  });

  it("still has the whole graph after the refused writes", async () => {
    const res = await checkedFetch(`${t.baseUrl}/api/stats`);
    expect(((await res.json()) as Json).nodes.Person).toBe(6);
  });

  it("answers 400 for a syntax error and for a missing query", async () => {
    const bad = await post("/api/cypher", { query: "MATCH (n RETURN n" });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe("invalid_input");
    expect((await post("/api/cypher", {})).status).toBe(400);
  });

  it("answers 400 JSON for a malformed JSON body", async () => {
    const res = await checkedFetch(`${t.baseUrl}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error).toBe("invalid_input");
  });
});

describe("GET /api/export", () => {
  it("json: a graphology graph with every property and a download name", async () => {
    const res = await checkedFetch(`${t.baseUrl}/api/export?format=json`);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="laomo-graph.json"');
    const body = (await res.json()) as Json;
    expect(body.nodes).toHaveLength(20);
    expect(body.edges).toHaveLength(19);
    const article = body.nodes.find((n: Json) => n.key === TEST_IDS.a1);
    expect(article.attributes.text).toContain("单晓峰");
    // The file by its name: the folders it was read from stay on the server.
    expect(article.attributes.file).toBe("qinglan-2024-04-29.txt");
    const g = new MultiDirectedGraph();
    g.import(body);
    expect(g.order).toBe(20);
  });

  it("gexf parses back with graphology-gexf", async () => {
    const res = await checkedFetch(`${t.baseUrl}/api/export?format=gexf`);
    expect(res.headers.get("content-disposition")).toContain("laomo-graph.gexf");
    const g = gexf.parse(MultiDirectedGraph, await res.text());
    expect(g.order).toBe(20);
    expect(g.size).toBe(19);
    expect(g.getNodeAttribute(TEST_IDS.shan, "label")).toBe("单晓峰");
    expect(g.getNodeAttribute(TEST_IDS.shan, "nodeType")).toBe("Person");
  });

  it("graphml parses back with graphology-graphml", async () => {
    const res = await checkedFetch(`${t.baseUrl}/api/export?format=graphml`);
    const g = graphml.parse(MultiDirectedGraph, await res.text());
    expect(g.order).toBe(20);
    expect(g.size).toBe(19);
    expect(g.getNodeAttribute(TEST_IDS.union, "label")).toBe("青岚市总工会");
  });

  it("csv: node and edge tables re-parse with quoting intact", async () => {
    const nodesRes = await checkedFetch(`${t.baseUrl}/api/export?format=csv&table=nodes`);
    expect(nodesRes.headers.get("content-type")).toContain("text/csv");
    expect(nodesRes.headers.get("content-disposition")).toContain("laomo-graph-nodes.csv");
    const nodes = parseCsv(await nodesRes.text());
    const header = nodes[0]!;
    expect(header.slice(0, 3)).toEqual(["id", "nodeType", "label"]);
    expect(nodes).toHaveLength(21);
    for (const row of nodes) expect(row).toHaveLength(header.length);
    const shan = nodes.find((r) => r[0] === TEST_IDS.shan)!;
    const evidence = JSON.parse(shan[header.indexOf("evidence")]!);
    expect(evidence[0].sentence).toContain("，"); // a comma inside a quoted field survived
    const edges = parseCsv(
      await (await checkedFetch(`${t.baseUrl}/api/export?format=csv&table=edges`)).text(),
    );
    expect(edges[0]!.slice(0, 4)).toEqual(["id", "type", "source", "target"]);
    expect(edges).toHaveLength(20);
  });

  it("ids: the induced subgraph only", async () => {
    const ids = [TEST_IDS.shan, TEST_IDS.e1, TEST_IDS.zeng].join(",");
    const body = (await (
      await checkedFetch(`${t.baseUrl}/api/export?format=json&ids=${ids}`)
    ).json()) as Json;
    expect(body.nodes.map((n: Json) => n.key).sort()).toEqual(
      [TEST_IDS.shan, TEST_IDS.e1, TEST_IDS.zeng].sort(),
    );
    expect(body.edges.map((e: Json) => e.attributes.type)).toEqual(["SPOKE_AT", "SPOKE_AT"]);
  });

  it("rejects an unknown format", async () => {
    const res = await checkedFetch(`${t.baseUrl}/api/export?format=xlsx`);
    expect(res.status).toBe(400);
  });
});

describe("GET /api/health and /api/schema", () => {
  it("health: up, on the embedded store, with the search index built", async () => {
    const res = await checkedFetch(`${t.baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      store: "embedded",
      searchEntries: expect.any(Number),
    });
  });

  it("schema: every label with its count and properties, relationships with their endpoints", async () => {
    const res = await checkedFetch(`${t.baseUrl}/api/schema`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    const person = body.nodes.find((n: Json) => n.label === "Person");
    expect(person.count).toBe(6);
    expect(person.properties.map((p: Json) => p.name)).toContain("name");
    const spoke = body.relationships.find((r: Json) => r.type === "SPOKE_AT");
    expect(spoke.to).toEqual(["Event"]);
  });
});

/** Every route the app mounts, as the OpenAPI document names it. */
const DOCUMENTED_ROUTES = [
  "GET /api/health",
  "GET /api/search",
  "GET /api/nodes/{id}",
  "GET /api/nodes/{id}/evidence",
  "GET /api/nodes/{id}/neighbours",
  "GET /api/path",
  "GET /api/overview",
  "GET /api/stats",
  "GET /api/schema",
  "GET /api/facets",
  "POST /api/cypher",
  "GET /api/export",
  "POST /api/ingest",
  "POST /api/ingest/remove",
  "GET /api/openapi.json",
  "GET /api/reports/{kind}/{id}",
  "GET /api/reports/{kind}",
  "GET /api/events",
  "GET /api/regions",
  "GET /api/regions/members",
  "POST /api/corrections",
  "POST /api/corrections/{id}/undo",
  "GET /api/corrections",
  "GET /api/facts",
  "GET /api/articles/{id}",
];

describe("GET /api/openapi.json", () => {
  it("every JSON route declares a response schema the tests check answers against", () => {
    const withoutSchema = DOCUMENTED_ROUTES.filter((r) => {
      const [method, p] = r.split(" ") as ["GET" | "POST", string];
      return responseSchemaOf(method.toLowerCase() as "get" | "post", p.replace(/\{[a-z]+\}/g, "x")) === null;
    });
    // Reports answer HTML, Markdown, CSV, PDF or JSON by ?format= and declare content types only.
    expect(withoutSchema).toEqual(["GET /api/reports/{kind}/{id}", "GET /api/reports/{kind}"]);
    expect(() => checkResponse("get", "/api/openapi.json", 200, { openapi: "3.0.0", paths: {} })).toThrow();
    // A key the schema does not declare (so neither the OpenAPI document nor the client's types) fails too.
    const stats = { nodes: {}, rels: {}, totalNodes: 0, totalRels: 0, store: "kuzu" };
    expect(() => checkResponse("get", "/api/stats", 200, stats)).not.toThrow();
    expect(() => checkResponse("get", "/api/stats", 200, { ...stats, secret: 1 })).toThrow(/\.secret/);
  });

  it("documents every mounted route", async () => {
    const doc = (await (await checkedFetch(`${t.baseUrl}/api/openapi.json`)).json()) as Json;
    expect(doc.openapi).toBe("3.1.0");
    const documented = new Set<string>();
    for (const [p, ops] of Object.entries(doc.paths as Json)) {
      for (const method of Object.keys(ops as Json)) documented.add(`${method.toUpperCase()} ${p}`);
    }
    expect([...documented].sort()).toEqual([...DOCUMENTED_ROUTES].sort());
    const search = doc.paths["/api/search"].get;
    expect(search.parameters.map((p: Json) => p.name)).toEqual(["q", "limit", "types"]);
    expect(doc.paths["/api/cypher"].post.requestBody.content["application/json"].schema.required).toContain(
      "query",
    );
  });

  it("the app has no route the document misses", async () => {
    const { createApp } = await import("./app.ts");
    const { loadConfig } = await import("../model/config.ts");
    const app = createApp({ store: t.store, config: loadConfig({}) });
    const mounted: string[] = [];
    // biome-ignore lint/suspicious/noExplicitAny: Express internals for route discovery
    for (const layer of (app as any).router.stack as any[]) {
      if (layer.route) {
        for (const m of Object.keys(layer.route.methods))
          mounted.push(`${m.toUpperCase()} ${layer.route.path}`);
      }
    }
    const doc = (await (await checkedFetch(`${t.baseUrl}/api/openapi.json`)).json()) as Json;
    for (const r of mounted) {
      const [method, p] = r.split(" ") as [string, string];
      const oa = p.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
      expect(doc.paths[oa]?.[method.toLowerCase()], r).toBeDefined();
    }
    expect(mounted.length).toBe(DOCUMENTED_ROUTES.length);
  });
});

describe("static client and headers", () => {
  it("serves the client with an SPA fallback and a CSP allowing blob workers", async () => {
    const root = await checkedFetch(`${t.baseUrl}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain("<title>laomo</title>");
    const csp = root.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("script-src 'self'");
    const deep = await checkedFetch(`${t.baseUrl}/console?x=1`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain("<title>laomo</title>");
    const js = await checkedFetch(`${t.baseUrl}/assets/app.js`);
    expect(await js.text()).toContain("console.log");
  });

  it("never sends stack traces", async () => {
    const res = await checkedFetch(`${t.baseUrl}/api/nodes/${"x".repeat(300)}`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe("GET /api/reports (mounted in the app)", () => {
  it("serves a person report by id, 409 for an ambiguous name, 400 JSON for an unknown kind", async () => {
    // The JSON report has no zod schema (reports/ declare content types only): plain fetch.
    const ok = await fetch(`${t.baseUrl}/api/reports/person/${TEST_IDS.shan}?format=json`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ kind: "person" });
    const html = await (await checkedFetch(`${t.baseUrl}/api/reports/person/${TEST_IDS.shan}`)).text();
    expect(html).toContain("单晓峰");
    const ambiguous = await checkedFetch(`${t.baseUrl}/api/reports/person/${encodeURIComponent("周敏")}`);
    expect(ambiguous.status).toBe(409);
    const bad = await checkedFetch(`${t.baseUrl}/api/reports/nonsense/x`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error).toBe("invalid_input");
  });
});
