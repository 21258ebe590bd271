/**
 * GET /api/events over real HTTP on the fictional server test graph: every answer validates
 * against the zod response schema, filters combine, bad input answers 400 (an impossible range,
 * an unknown level) and the route is in the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventsResponse } from "./api-schemas.ts";
import { checkedFetch } from "./response-contract.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";
import { TEST_IDS as I } from "./test-graph.ts";

describe("GET /api/events", () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(async () => {
    await srv?.close();
  });

  const get = async (qs: string) => {
    const res = await checkedFetch(`${srv.baseUrl}/api/events${qs}`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it("lists every event in time order with speakers, organisers and venue", async () => {
    const { status, body } = await get("");
    expect(status).toBe(200);
    const r = EventsResponse.parse(body);
    expect(r.events.map((e) => e.id)).toEqual([I.e2, I.e1]);
    expect(r.events[1]!.speakers.map((s) => s.name)).toEqual(["单晓峰", "曾丽娟"]);
    expect(r.events[1]!.venues[0]!.name).toBe("青岚市工人文化宫");
    expect(r.facets.years).toEqual([
      { value: "2023", count: 1 },
      { value: "2024", count: 1 },
    ]);
    expect(r.facets.levels.map((l) => l.value)).toEqual(["national", "provincial"]);
  });

  it("combines organiser and year; empty values mean no filter", async () => {
    const { body } = await get(`?organiser=${I.union}&year=2024&region=&level=`);
    const r = EventsResponse.parse(body);
    expect(r.events.map((e) => e.id)).toEqual([I.e1]);
    expect(r.events[0]!.organisers.map((o) => `${o.name}:${o.role}`)).toEqual([
      "青岚市总工会:主办",
      "青岚市轨道交通集团:承办",
    ]);
    const none = EventsResponse.parse((await get(`?organiser=${I.union}&year=2023`)).body);
    expect(none).toMatchObject({ total: 0, events: [] });
  });

  it("refuses an impossible range and unknown values with 400, naming no server path", async () => {
    for (const qs of ["?from=2025&to=2024-05", "?level=galactic", "?year=abc", "?from=2024-13", "?limit=0"]) {
      const { status, body } = await get(qs);
      expect(status, qs).toBe(400);
      expect(JSON.stringify(body)).not.toMatch(/\/(tmp|work|home)\//);
    }
  });

  it("is documented in the OpenAPI document", async () => {
    const doc = (await (await checkedFetch(`${srv.baseUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toContain("/api/events");
  });
});
