/**
 * Explorer endpoints over real HTTP against the embedded store loaded with the fictional
 * test graph: search, node details with evidence spans, neighbours, path, overview, stats,
 * facets, and the error JSON shape.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkResponse } from "./response-contract.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";
import { TEST_IDS } from "./test-graph.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;

let t: TestServer;

/** Every answer is checked against the zod schema its route declares (or the error shape). */
async function get(path: string): Promise<{ status: number; body: Json }> {
  const res = await fetch(t.baseUrl + path);
  const body = (await res.json()) as Json;
  checkResponse("get", path, res.status, body);
  return { status: res.status, body };
}

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

describe("GET /api/search", () => {
  it("finds by Chinese substring, exact name first", async () => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent("晓峰")}`);
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ id: TEST_IDS.shan, label: "Person", name: "单晓峰" });
    expect(body.results[0].subtitle).toContain("青岚市轨道交通集团");
  });

  it("accepts traditional characters", async () => {
    const { body } = await get(`/api/search?q=${encodeURIComponent("歐陽振華")}`);
    expect(body.results[0]?.id).toBe(TEST_IDS.ouyang);
  });

  it("finds by full pinyin and by initials", async () => {
    expect((await get("/api/search?q=zenglijuan")).body.results[0]?.id).toBe(TEST_IDS.zeng);
    expect((await get("/api/search?q=sxf")).body.results[0]?.id).toBe(TEST_IDS.shan);
  });

  it("gives events a date + venue subtitle and filters by type", async () => {
    const { body } = await get(`/api/search?q=${encodeURIComponent("宣讲")}&types=Event`);
    expect(body.results).toHaveLength(1);
    expect(body.results[0]).toMatchObject({ id: TEST_IDS.e1, label: "Event" });
    expect(body.results[0].subtitle).toBe("2024-04-28 · 青岚市工人文化宫");
  });

  it("rejects a missing query and unknown types with 400 JSON", async () => {
    const missing = await get("/api/search");
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ error: "invalid_input", message: expect.any(String) });
    expect((await get("/api/search?q=a&types=Spaceship")).status).toBe(400);
    expect((await get("/api/search?q=a&limit=0")).status).toBe(400);
  });
});

describe("GET /api/nodes/:id", () => {
  it("returns honours, employers, events, aliases and evidence with exact spans", async () => {
    const { status, body } = await get(`/api/nodes/${TEST_IDS.shan}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: TEST_IDS.shan, label: "Person", name: "单晓峰", aliases: ["峰哥"] });
    expect(body.honours).toEqual([
      expect.objectContaining({
        id: TEST_IDS.national,
        name: "全国劳动模范",
        level: "national",
        category: "劳动模范",
      }),
    ]);
    expect(body.employers).toEqual([
      expect.objectContaining({ id: TEST_IDS.rail, name: "青岚市轨道交通集团", jobTitle: "高级技师" }),
    ]);
    expect(body.events).toEqual([
      expect.objectContaining({ id: TEST_IDS.e1, date: "2024-04-28", talkTitle: "在轨道上守护万家灯火" }),
    ]);
    expect(body.evidence.length).toBeGreaterThanOrEqual(4);
    for (const e of body.evidence) {
      expect(e.articleId).toBe(TEST_IDS.a1);
      expect(e.articleTitle).toBe("劳模工匠走进车间 讲述奋斗故事");
      expect(e.spanEnd).toBeGreaterThan(e.spanStart);
      expect(e.spanEnd).toBeLessThanOrEqual(e.sentence.length);
    }
    const honourEvidence = body.evidence.find((e: Json) => e.fact.startsWith("HAS_HONOUR"));
    expect(honourEvidence.sentence.slice(honourEvidence.spanStart, honourEvidence.spanEnd)).toBe(
      "全国劳动模范",
    );
    const talk = body.evidence.find((e: Json) => e.fact.startsWith("SPOKE_AT"));
    expect(talk.sentence.slice(talk.spanStart, talk.spanEnd)).toBe("以《在轨道上守护万家灯火》为题");
  });

  it("lists an organisation's incoming relationships", async () => {
    const { body } = await get(`/api/nodes/${TEST_IDS.rail}`);
    const types = body.relationships.map((r: Json) => `${r.type}:${r.direction}`);
    expect(types).toEqual(expect.arrayContaining(["WORKS_FOR:in", "ORGANIZED_BY:in"]));
    expect(body.events).toEqual([expect.objectContaining({ id: TEST_IDS.e1, role: "承办" })]);
  });

  it("answers 404 JSON for an unknown id", async () => {
    const { status, body } = await get("/api/nodes/p_0000000000000000");
    expect(status).toBe(404);
    expect(body).toEqual({ error: "not_found", message: expect.stringContaining("p_0000000000000000") });
  });
});

describe("GET /api/nodes/:id/neighbours", () => {
  it("depth 1 returns the direct neighbours with display labels and typed edges", async () => {
    const { status, body } = await get(`/api/nodes/${TEST_IDS.e1}/neighbours?depth=1`);
    expect(status).toBe(200);
    const keys = body.nodes.map((n: Json) => n.key).sort();
    expect(keys).toEqual(
      [TEST_IDS.e1, TEST_IDS.shan, TEST_IDS.zeng, TEST_IDS.union, TEST_IDS.rail, TEST_IDS.palace].sort(),
    );
    const centre = body.nodes.find((n: Json) => n.key === TEST_IDS.e1);
    expect(centre.attributes).toMatchObject({ label: "青岚市劳模工匠宣讲进基层活动", nodeType: "Event" });
    const organised = body.edges.find((e: Json) => e.target === TEST_IDS.union);
    expect(organised).toMatchObject({
      source: TEST_IDS.e1,
      attributes: { type: "ORGANIZED_BY", role: "主办" },
    });
    for (const e of body.edges) {
      expect(keys).toContain(e.source);
      expect(keys).toContain(e.target);
    }
  });

  it("depth 2 reaches further and respects the limit", async () => {
    const deep = await get(`/api/nodes/${TEST_IDS.e1}/neighbours?depth=2&limit=100`);
    const deepKeys = deep.body.nodes.map((n: Json) => n.key);
    expect(deepKeys).toContain(TEST_IDS.national); // via 单晓峰
    expect(deepKeys).toContain(TEST_IDS.zhouRail); // via 青岚市轨道交通集团
    const capped = await get(`/api/nodes/${TEST_IDS.e1}/neighbours?depth=2&limit=3`);
    expect(capped.body.nodes.length).toBeLessThanOrEqual(4); // the centre + 3
    expect(capped.body.nodes.map((n: Json) => n.key)).toContain(TEST_IDS.e1);
    expect((await get(`/api/nodes/${TEST_IDS.e1}/neighbours?depth=3`)).status).toBe(400);
  });

  it("answers 404 for an unknown centre", async () => {
    expect((await get("/api/nodes/e_0000000000000000/neighbours")).status).toBe(404);
  });
});

describe("GET /api/path", () => {
  it("returns the path as a graph with the justifying sentences per edge", async () => {
    const { status, body } = await get(`/api/path?from=${TEST_IDS.zeng}&to=${TEST_IDS.shan}`);
    expect(status).toBe(200);
    expect(body.found).toBe(true);
    expect(body.length).toBe(2); // 曾丽娟 → event ← 单晓峰
    expect(body.graph.nodes.map((n: Json) => n.key)).toEqual(
      expect.arrayContaining([TEST_IDS.zeng, TEST_IDS.e1, TEST_IDS.shan]),
    );
    expect(body.steps).toHaveLength(2);
    for (const step of body.steps) {
      expect(step.type).toBe("SPOKE_AT");
      expect(step.sentences.length).toBeGreaterThan(0);
      expect(step.sentences[0].articleTitle).toBe("劳模工匠走进车间 讲述奋斗故事");
    }
  });

  it("reports no path as found: false and unknown ids as 404", async () => {
    const none = await get(`/api/path?from=${TEST_IDS.shan}&to=${TEST_IDS.a2}`);
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ found: false, length: 0, steps: [] });
    expect((await get(`/api/path?from=${TEST_IDS.shan}&to=p_0000000000000000`)).status).toBe(404);
    expect((await get(`/api/path?from=${TEST_IDS.shan}`)).status).toBe(400);
  });
});

describe("overview, stats, facets", () => {
  it("overview has positions and sizes for speakers, events and organisers", async () => {
    const { body } = await get("/api/overview?limit=50");
    const types = new Set(body.nodes.map((n: Json) => n.attributes.nodeType));
    expect(types).toEqual(new Set(["Person", "Event", "Organization"]));
    for (const n of body.nodes) {
      expect(Number.isFinite(n.attributes.x)).toBe(true);
      expect(Number.isFinite(n.attributes.y)).toBe(true);
      expect(n.attributes.size).toBeGreaterThan(0);
    }
    const again = await get("/api/overview?limit=50");
    expect(again.body).toEqual(body);
  });

  it("stats counts every label and type", async () => {
    const { body } = await get("/api/stats");
    expect(body.nodes).toMatchObject({
      Person: 6,
      Organization: 4,
      Event: 2,
      Place: 2,
      Honour: 4,
      Article: 2,
    });
    expect(body.rels).toMatchObject({
      HAS_HONOUR: 5,
      WORKS_FOR: 5,
      SPOKE_AT: 3,
      ORGANIZED_BY: 3,
      HELD_AT: 2,
    });
    expect(body.totalNodes).toBe(20);
  });

  it("facets list honour levels, categories, org types, years and organisers", async () => {
    const { body } = await get("/api/facets");
    expect(body.honourLevels).toEqual(expect.arrayContaining([{ value: "national", count: 3 }]));
    expect(body.honourCategories.map((f: Json) => f.value)).toEqual(
      expect.arrayContaining(["劳动模范", "五一劳动奖章", "大国工匠", "技术能手"]),
    );
    expect(body.orgTypes).toEqual(expect.arrayContaining([{ value: "company", count: 2 }]));
    expect(body.years.map((f: Json) => f.value)).toEqual(["2023", "2024"]);
    expect(body.organisers.map((o: Json) => o.id)).toEqual(
      expect.arrayContaining([TEST_IDS.union, TEST_IDS.rail, TEST_IDS.heavy]),
    );
  });

  it("schema lists labels, relationship types with endpoints, properties and counts", async () => {
    const { status, body } = await get("/api/schema");
    expect(status).toBe(200);
    const person = body.nodes.find((n: Json) => n.label === "Person");
    expect(person.count).toBeGreaterThan(0);
    expect(person.properties.map((p: Json) => p.name)).toEqual(
      expect.arrayContaining(["id", "name", "aliases"]),
    );
    const spoke = body.relationships.find((r: Json) => r.type === "SPOKE_AT");
    expect(spoke).toMatchObject({ from: ["Person", "Organization"], to: ["Event"], count: 3 });
    expect(spoke.properties.map((p: Json) => p.name)).toContain("talkTitle");
    // The embedded store says how it keeps provenance: lists on nodes, list text on relationships.
    const stored = (props: Json[], name: string) => props.find((p: Json) => p.name === name)?.stored;
    expect(stored(spoke.properties, "articleIds")).toBe("STRING");
    expect(stored(spoke.properties, "evidence")).toBe("STRING");
    expect(stored(person.properties, "articleIds")).toBe("STRING[]");
    expect(stored(person.properties, "aliases")).toBe("STRING[]");
  });

  it("a body that strays from its route's schema fails the contract check", () => {
    expect(() => checkResponse("get", "/api/stats", 200, { nodes: {}, rels: {} })).toThrow();
    expect(() => checkResponse("get", "/api/stats", 500, { error: "internal" })).toThrow();
    expect(() => checkResponse("get", "/api/nowhere", 200, {})).toThrow(/no route/);
  });

  it("unknown API paths answer 404 JSON", async () => {
    const { status, body } = await get("/api/nothing-here");
    expect(status).toBe(404);
    expect(body.error).toBe("not_found");
  });
});
