/**
 * The start cache on the embedded store: a round trip gives the same search index, skeleton and
 * event index; a stale (another generation), truncated, corrupted or foreign file is refused
 * with a reason and a start rebuilds and rewrites it; a server started from the cache answers
 * the same /api/search and /api/nodes/:id/neighbours as one that built everything.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApiBenchGraph } from "../../bench/api-bench-graph.ts";
import { openStore } from "../../cypher/open-store.ts";
import type { GraphStore } from "../../cypher/store.ts";
import { loadConfig } from "../../model/config.ts";
import { createApp, servicesOf } from "../app.ts";
import { buildTestGraph, TEST_IDS } from "../test-graph.ts";
import { buildStartData, loadStartCache, startCacheFile, writeStartCache } from "./start-cache.ts";

const graph = buildApiBenchGraph({ articles: 300, seed: 3 });
const QUERIES = [
  ...graph.searchTerms.slice(0, 40),
  "工会",
  "集团",
  "劳动模范",
  "wang",
  "li",
  "zh",
  "青岚",
  "讲堂",
];

let dir: string;
let store: GraphStore;
const config = () => loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dir });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "laomo-start-cache-"));
  store = await openStore(config());
  await store.applySchema();
  await store.replaceGraph(graph.batch);
}, 120_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("start cache", () => {
  it("round trip: the loaded index, skeleton and events equal freshly built ones", async () => {
    const built = await buildStartData(store);
    const written = await writeStartCache(dir, store, built);
    expect(written?.bytes).toBeGreaterThan(0);
    const loaded = loadStartCache(dir, store);
    if (!loaded.ok) throw new Error(`cache refused: ${loaded.reason}`);
    const { data } = loaded;
    expect(data.search.size).toBe(built.search.size);
    for (const q of QUERIES) {
      expect(data.search.searchJson(q, { limit: 10 })).toBe(built.search.searchJson(q, { limit: 10 }));
      expect(data.search.search(q, { limit: 5, types: ["Person"] })).toEqual(
        built.search.search(q, { limit: 5, types: ["Person"] }),
      );
    }
    expect(data.skeleton.nodeCount).toBe(built.skeleton.nodeCount);
    expect(data.skeleton.relCount).toBe(built.skeleton.relCount);
    for (const id of graph.personIds.slice(0, 30)) {
      expect(data.skeleton.neighbourhood(id, 2, 50)).toEqual(built.skeleton.neighbourhood(id, 2, 50));
      expect(data.skeleton.relationshipsOf(id)).toEqual(built.skeleton.relationshipsOf(id));
    }
    expect(data.events()).toEqual(built.events);
    expect(data.events().length).toBeGreaterThan(0);
  }, 120_000);

  it("refuses a truncated, corrupted or foreign file, and a start rebuilds and rewrites it", async () => {
    await writeStartCache(dir, store);
    const file = startCacheFile(dir);
    const good = readFileSync(file);

    writeFileSync(file, good.subarray(0, Math.floor(good.length / 2)));
    const truncated = loadStartCache(dir, store);
    expect(truncated.ok).toBe(false);
    if (!truncated.ok) expect(truncated.reason).toMatch(/truncated/);

    const flipped = Buffer.from(good);
    flipped[flipped.length - 10] = flipped[flipped.length - 10]! ^ 0xff;
    writeFileSync(file, flipped);
    const corrupt = loadStartCache(dir, store);
    expect(corrupt.ok).toBe(false);
    if (!corrupt.ok) expect(corrupt.reason).toMatch(/checksum/);

    writeFileSync(file, "not a cache at all");
    const foreign = loadStartCache(dir, store);
    expect(foreign.ok).toBe(false);

    const app = createApp({ store, config: config(), logError: () => {} });
    const started = await servicesOf(app).start();
    expect(started.source).toBe("built");
    expect(started.reason).toMatch(/not a start cache/);
    // Rewritten: the next start reads it.
    expect(loadStartCache(dir, store).ok).toBe(true);
    const again = await servicesOf(createApp({ store, config: config(), logError: () => {} })).start();
    expect(again.source).toBe("cache");
  }, 120_000);

  it("is stale after the graph is written again; the start rebuilds it for the new graph", async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), "laomo-start-stale-"));
    const s = await openStore(loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: other }));
    try {
      await s.applySchema();
      await s.replaceGraph(buildTestGraph());
      await writeStartCache(other, s);
      expect(loadStartCache(other, s).ok).toBe(true);
      // A new generation: the persisted data describes the previous graph.
      const smaller = buildTestGraph();
      smaller.nodes = smaller.nodes.filter((n) => n.id !== TEST_IDS.zeng);
      smaller.rels = smaller.rels.filter((r) => r.source !== TEST_IDS.zeng && r.target !== TEST_IDS.zeng);
      await s.replaceGraph(smaller);
      const stale = loadStartCache(other, s);
      expect(stale.ok).toBe(false);
      if (!stale.ok) expect(stale.reason).toMatch(/stale/);

      const cfg = loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: other });
      const services = servicesOf(createApp({ store: s, config: cfg, logError: () => {} }));
      const started = await services.start();
      expect(started.source).toBe("built");
      expect(
        (await services.search.search("曾丽娟", { limit: 5, types: [] })).map((h) => h.id),
      ).not.toContain(TEST_IDS.zeng);
      const reloaded = loadStartCache(other, s);
      if (!reloaded.ok) throw new Error(`cache refused: ${reloaded.reason}`);
      expect(reloaded.data.search.search("曾丽娟").map((h) => h.id)).not.toContain(TEST_IDS.zeng);
      expect(reloaded.data.search.search("单晓峰")[0]?.id).toBe(TEST_IDS.shan);
    } finally {
      await s.close();
      rmSync(other, { recursive: true, force: true });
    }
  }, 120_000);

  it("a server started from the cache answers the same searches and neighbourhoods as one that built them", async () => {
    await writeStartCache(dir, store);
    const listen = async (env: Record<string, string>) => {
      const app = createApp({
        store,
        config: loadConfig({ ...env, LAOMO_DATA_DIR: dir }),
        logError: () => {},
      });
      const report = await servicesOf(app).start();
      const server = await new Promise<Server>((resolve) => {
        const s = app.listen(0, "127.0.0.1", () => resolve(s));
      });
      return { server, report, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    };
    const cached = await listen({ LAOMO_STORE: "embedded" });
    const built = await listen({ LAOMO_STORE: "embedded", LAOMO_START_CACHE: "off" });
    try {
      expect(cached.report.source).toBe("cache");
      expect(built.report.source).toBe("built");
      const get = async (base: string, p: string) => {
        const res = await fetch(base + p);
        expect(res.status).toBe(200);
        return res.json();
      };
      let hits = 0;
      for (const q of QUERIES) {
        const p = `/api/search?q=${encodeURIComponent(q)}&limit=10`;
        const a = (await get(cached.base, p)) as { results: unknown[] };
        expect(a).toEqual(await get(built.base, p));
        hits += a.results.length;
      }
      expect(hits).toBeGreaterThan(QUERIES.length);
      for (const id of graph.personIds.slice(0, 10)) {
        const p = `/api/nodes/${encodeURIComponent(id)}/neighbours?depth=1&limit=200`;
        expect(await get(cached.base, p)).toEqual(await get(built.base, p));
      }
      const events = "/api/events?limit=50";
      expect(await get(cached.base, events)).toEqual(await get(built.base, events));
    } finally {
      for (const s of [cached.server, built.server]) {
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
    }
  }, 120_000);
});
