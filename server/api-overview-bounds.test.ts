/**
 * `/api/overview?limit=N` over real HTTP on a synthetic graph of 5000 articles (~9k nodes): the
 * layout of a large overview runs off the event loop (health answers while it is computed, before
 * it is done), limits out of range answer 400, a limit is rounded down to a fixed size (same
 * layout for 300 and 350) and the cache keeps a bounded number of layouts.
 */
import type { Express } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApiBenchGraph } from "../bench/api-bench-graph.ts";
import { servicesOf } from "./app.ts";
import { checkResponse } from "./response-contract.ts";
import { OVERVIEW_SIZES, overviewSize } from "./services/overview-service.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ batch: buildApiBenchGraph({ articles: 5000 }).batch });
});

afterAll(async () => {
  await t?.close();
});

const overviewService = () => servicesOf(t.server.listeners("request")[0] as Express).overview;

async function get(p: string): Promise<{ status: number; body: Json }> {
  const res = await fetch(t.baseUrl + p);
  const body = (await res.json()) as Json;
  checkResponse("get", p, res.status, body);
  return { status: res.status, body };
}

describe("GET /api/overview bounds", () => {
  it("health answers while a large overview is laid out, before the overview is done", async () => {
    const t0 = performance.now();
    let overviewMs = 0;
    const overview = get("/api/overview?limit=2000").then((r) => {
      overviewMs = performance.now() - t0;
      return r;
    });
    const health: { at: number; took: number }[] = [];
    while (overviewMs === 0) {
      const start = performance.now();
      const res = await fetch(`${t.baseUrl}/api/health`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      health.push({ at: performance.now() - t0, took: performance.now() - start });
      await new Promise((r) => setTimeout(r, 20)); // a poll interval, so the probe does not hog the CPU
    }
    const { status, body } = await overview;
    expect(status).toBe(200);
    expect(body.nodes.length).toBeGreaterThan(1000);
    expect(body.nodes.every((n: Json) => Number.isFinite(n.attributes.x))).toBe(true);
    const during = health.filter((h) => h.at < overviewMs).map((h) => h.at);
    // The longest stretch of the overview's time without a health answer (from its start to its end).
    const times = [0, ...during, overviewMs];
    const gap = Math.max(...times.slice(1).map((x, i) => x - times[i]!));
    console.log(
      `overview limit=2000: ${Math.round(overviewMs)} ms; ${during.length} health answers meanwhile, longest gap ${Math.round(gap)} ms`,
    );
    // Relative, not absolute: with the layout on the event loop, health went silent for the whole
    // layout (most of the overview's time) and its answer came after the overview's.
    expect(during.length).toBeGreaterThanOrEqual(3);
    expect(gap).toBeLessThan(overviewMs / 3);
    expect(overviewService().layoutThreads).toBe(1);
  });

  it.each(["0", "-1", "5001", "100000", "2.5", "abc"])("limit=%s → 400 invalid_input", async (limit) => {
    const res = await get(`/api/overview?limit=${limit}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("invalid_input");
  });

  it("rounds a limit down to a fixed size and keeps a bounded cache", async () => {
    expect(overviewSize(350)).toBe(300);
    expect(overviewSize(5000)).toBe(5000);
    expect(overviewSize(4999)).toBe(3000);
    expect(overviewSize(7)).toBe(7);
    const a = await get("/api/overview?limit=300");
    const b = await get("/api/overview?limit=350");
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    expect(a.body.nodes.length).toBeLessThanOrEqual(300);
    // Every allowed size and then some: the cache never holds more than its bound.
    for (const limit of [...OVERVIEW_SIZES.slice(0, 8), 1, 2, 3, 4, 5, 6]) {
      const res = await get(`/api/overview?limit=${limit}`);
      expect(res.status).toBe(200);
      expect(res.body.nodes.length).toBeLessThanOrEqual(limit);
    }
    const cached = overviewService().cachedSizes();
    expect(cached.length).toBeLessThanOrEqual(8);
    expect(cached.at(-1)).toBe(6);
  });
});
