/**
 * The map's endpoints over real HTTP on the embedded store: the fictional test graph moved to
 * real places (its invented city and province renamed), counted per province and per city,
 * members of a region, every body validated against the zod schemas, bad input refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphBatch } from "../model/types.ts";
import { RegionMembersResponse, RegionsResponse } from "./api-schemas.ts";
import { checkedFetch } from "./response-contract.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";
import { buildTestGraph, TEST_IDS } from "./test-graph.ts";

/** The test graph with its invented places renamed to real ones (names and scopes only). */
function relocated(): GraphBatch {
  const moves: [RegExp, string][] = [
    [/青岚市/g, "宁波市"],
    [/江澜省/g, "浙江省"],
    [/^澜江重工/, "苏州澜江重工"],
  ];
  const move = (s: string) => moves.reduce((acc, [re, to]) => acc.replace(re, to), s);
  const batch = buildTestGraph();
  return {
    ...batch,
    nodes: batch.nodes.map((n) => ({
      ...n,
      name: move(n.name),
      ...("scope" in n && n.scope ? { scope: move(n.scope) } : {}),
    })),
  } as GraphBatch;
}

let t: TestServer;

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const res = await checkedFetch(t.baseUrl + path);
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  t = await startTestServer({ batch: relocated() });
});
afterAll(async () => {
  await t?.close();
});

describe("GET /api/regions", () => {
  it("counts events and honourees per province", async () => {
    const { status, body } = await get("/api/regions");
    expect(status).toBe(200);
    const r = RegionsResponse.parse(body);
    expect(r.level).toBe("province");
    expect(r.regions).toEqual([
      // e1 (宁波 venue), 单晓峰 (全国 + 宁波 employer), 曾丽娟 (浙江省 scope), 周敏 (宁波市技术能手)
      { name: "浙江", events: 1, honourees: 3 },
      // e2 (苏州澜江重工集团 organises), 欧阳振华 (苏州 employer)
      { name: "江苏", events: 1, honourees: 1 },
    ]);
    expect(r.total).toEqual({ events: 2, honourees: 4 });
    expect(r.unknown).toEqual({ events: 0, honourees: 0 });
  });

  it("drills into one province's cities", async () => {
    const r = RegionsResponse.parse((await get(`/api/regions?province=${encodeURIComponent("浙江")}`)).body);
    expect(r).toMatchObject({ level: "city", province: "浙江" });
    expect(r.regions).toEqual([{ name: "宁波市", events: 1, honourees: 3 }]);
    const none = RegionsResponse.parse(
      (await get(`/api/regions?province=${encodeURIComponent("西藏")}`)).body,
    );
    expect(none.regions).toEqual([]);
  });

  it("refuses a malformed province with 400", async () => {
    const { status, body } = await get(`/api/regions?province=${"x".repeat(100)}`);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).not.toMatch(/\/tmp|node_modules/);
  });
});

describe("GET /api/regions/members", () => {
  it("lists the events and honourees of a province and of a city", async () => {
    const { status, body } = await get(`/api/regions/members?province=${encodeURIComponent("江苏")}`);
    expect(status).toBe(200);
    const r = RegionMembersResponse.parse(body);
    expect(r.events.map((e) => e.id)).toEqual([TEST_IDS.e2]);
    expect(r.honourees).toEqual([{ id: TEST_IDS.ouyang, name: "欧阳振华", city: "苏州市", county: null }]);
    const city = RegionMembersResponse.parse(
      (
        await get(
          `/api/regions/members?province=${encodeURIComponent("浙江")}&city=${encodeURIComponent("宁波市")}&limit=2`,
        )
      ).body,
    );
    expect(city.events.map((e) => e.id)).toEqual([TEST_IDS.e1]);
    expect(city.honourees).toHaveLength(2);
    expect(city.totalHonourees).toBe(3);
  });

  it("needs a province", async () => {
    expect((await get("/api/regions/members")).status).toBe(400);
  });
});
