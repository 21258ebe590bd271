/**
 * The start cache updated from an incremental write's changed ids (real embedded store, the
 * bundled fictional sample articles through the real pipeline): after new files, a changed file,
 * a removal and the same files again, the updated search index, skeleton and event index answer
 * exactly what ones built from the store answer — every entry's name, pinyin and initials
 * searched, every node's relationships, neighbourhood and article title, the event list — and
 * the ingest CLI's `cacheAfterIngest` writes the updated cache, which the next start accepts.
 */
import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openKuzuStore } from "../../cypher/kuzu-store.ts";
import type { GraphStore } from "../../cypher/store.ts";
import { ingestPaths, removePaths } from "../../ingest/pipeline.ts";
import { useTempDirs } from "../../ingest/test-temp-dirs.ts";
import { loadConfig } from "../../model/config.ts";
import type { SerializedGraph } from "../../model/types.ts";
import { createServices } from "./create-services.ts";
import { pinyinOf } from "./search-index.ts";
import {
  buildStartData,
  cacheAfterIngest,
  generationKey,
  type IngestWrite,
  loadStartCache,
  type StartData,
  startDataAfterWrite,
} from "./start-cache.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const corpus = path.join(repoRoot, "samples/corpus");
const tempDir = useTempDirs();

/** A neighbourhood with its nodes and edges in key order (the edge order follows storage order). */
function sorted(g: SerializedGraph | null): SerializedGraph | null {
  if (!g) return g;
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { ...g, nodes: [...g.nodes].sort(byKey), edges: [...g.edges].sort(byKey) };
}

/** Everything the server answers from the start data, as one comparable value. */
function answers(d: StartData) {
  const entries = [...d.search.snapshot().entries].sort((a, b) => (a.id < b.id ? -1 : 1));
  const queries = new Set<string>();
  for (const e of entries) {
    const py = pinyinOf(e.name, e.label === "Person");
    for (const q of [e.name, ...e.aliases, e.pinyin ?? py.pinyin, e.initials ?? py.initials, e.name.slice(1)])
      if (q) queries.add(q);
  }
  const search = [...queries].sort().map((q) => [q, d.search.searchJson(q, { limit: 10 })]);
  const ids = d.skeleton.snapshot().ids.slice().sort();
  const skeleton = ids.map((id) => ({
    id,
    rels: d.skeleton.relationshipsOf(id),
    around: sorted(d.skeleton.neighbourhood(id, 2, 30)),
    article: d.skeleton.article(id),
  }));
  const events = [...d.events].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { entries, search, skeleton, events };
}

/** Runs one ingest step as the CLI does, then checks the cache updated from it against a rebuild. */
async function step(
  store: GraphStore,
  dataDir: string,
  run: () => Promise<{ write?: IngestWrite["write"] }>,
  expected: "updated" | "current",
) {
  const before = generationKey(dataDir, store);
  const summary = await run();
  expect(summary.write?.mode).toBe("incremental");
  const ingest: IngestWrite = { before, write: summary.write };
  const { data, why } = await startDataAfterWrite(dataDir, store, ingest);
  if (expected === "current") {
    expect(data).toBe("current");
    return;
  }
  if (data === null || data === "current") throw new Error(`not updated: ${why}`);
  const rebuilt = await buildStartData(store);
  expect(rebuilt.search.size).toBeGreaterThan(0);
  expect(answers(data)).toEqual(answers(rebuilt));
  // As the CLI writes it: the updated cache, valid for the new generation.
  const config = loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir });
  expect(await cacheAfterIngest(config, store, ingest)).toMatch(/updated from the write's delta/);
  const loaded = loadStartCache(dataDir, store);
  if (!loaded.ok) throw new Error(`cache refused: ${loaded.reason}`);
  expect(
    answers({ search: loaded.data.search, skeleton: loaded.data.skeleton, events: loaded.data.events() }),
  ).toEqual(answers(rebuilt));
}

describe("start cache updated from the write's delta", () => {
  it("after new files, a changed file, a removal and a re-run it answers what a rebuilt one answers", async () => {
    const names = (await readdir(corpus)).sort().slice(0, 9);
    const input = await tempDir("laomo-sc-in-");
    for (const n of names) await copyFile(path.join(corpus, n), path.join(input, n));
    const file = (i: number) => path.join(input, names[i]!);
    const dataDir = await tempDir("laomo-sc-data-");
    const store = await openKuzuStore({ dataDir, consoleWorker: false });
    try {
      const first = await ingestPaths([0, 1, 2, 3, 4].map(file), { store, dataDir });
      expect(first.write?.mode).toBe("rebuild");
      // A rebuild write has no delta: the cache is built whole, and says why.
      const config = loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir });
      expect(await cacheAfterIngest(config, store, { before: null, write: first.write })).toMatch(
        /rebuilt: the store was rewritten whole/,
      );

      // New files.
      await step(store, dataDir, () => ingestPaths([5, 6, 7].map(file), { store, dataDir }), "updated");

      // A changed file: a paragraph added, another person's sentence taken out.
      const text = await readFile(file(6), "utf8");
      const changed = text.replace(/\n([^\n]{20,})\n/, "\n$1\n本报讯 这一段是补写的文字，不提任何人。\n");
      expect(changed).not.toBe(text);
      await writeFile(file(6), changed);
      await step(store, dataDir, () => ingestPaths([file(6)], { store, dataDir }), "updated");

      // A removal.
      await step(store, dataDir, () => removePaths([file(5)], { store, dataDir }), "updated");

      // The same files again: nothing written, the cache is current.
      await step(store, dataDir, () => ingestPaths([0, 1, 2].map(file), { store, dataDir }), "current");

      // A write whose cache was not updated (the cache is of the generation before it): the next
      // write's cache is rebuilt, with the reason.
      const skipped = await ingestPaths([file(8)], { store, dataDir });
      expect(skipped.write?.mode).toBe("incremental");
      const before = generationKey(dataDir, store);
      const removed = await removePaths([file(8)], { store, dataDir });
      const stale = await startDataAfterWrite(dataDir, store, { before, write: removed.write });
      expect(stale.data).toBeNull();
      expect(stale.why).toMatch(/previous generation stale/);
    } finally {
      await store.close();
    }
  }, 300_000);

  it("the server's own ingest updates the search index, skeleton and event index in use from the delta", async () => {
    const names = (await readdir(corpus)).sort().slice(0, 8);
    const upload = async (i: number[]) =>
      Promise.all(
        i.map(async (k) => ({
          name: names[k]!,
          contentBase64: (await readFile(path.join(corpus, names[k]!))).toString("base64"),
        })),
      );
    const dataDir = await tempDir("laomo-sc-server-");
    const store = await openKuzuStore({ dataDir, consoleWorker: false });
    try {
      const services = createServices({
        store,
        config: loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir }),
      });
      await services.ingest.ingestUploads(await upload([0, 1, 2, 3, 4]));
      expect(services.lastRefresh()).toBe("rebuilt");
      await services.ingest.ingestUploads(await upload([5, 6, 7]));
      expect(services.lastRefresh()).toBe("updated");
      const inUse = (): StartData => ({
        search: services.search.current!,
        skeleton: services.graph.currentSkeleton!,
        events: [],
      });
      const rebuilt = await buildStartData(store);
      expect(answers({ ...inUse(), events: await services.events.items() })).toEqual(answers(rebuilt));
      // The start cache it wrote is the new generation's, and a start adopts it.
      const loaded = loadStartCache(dataDir, store);
      if (!loaded.ok) throw new Error(`cache refused: ${loaded.reason}`);
      expect(
        answers({ search: loaded.data.search, skeleton: loaded.data.skeleton, events: loaded.data.events() }),
      ).toEqual(answers(rebuilt));
    } finally {
      await store.close();
    }
  }, 300_000);
});
