/**
 * The start cache after adding one page: a generated corpus ingested into a fresh embedded store
 * and its start cache written; then one more page of six articles ingested (a delta) and the cache
 * updated from the write's changed ids as `npm run ingest` does (`start cache update + write`),
 * then rebuilt whole from the store for comparison (`start cache build + write`); then the page
 * removed and the cache updated again; and alone: the search index built in memory over its
 * entries (part of the update), the event index read whole from the store (what the update
 * avoids). Prints the figures as JSON.
 * Alone: `npx tsx bench/start-cache-update.ts [ARTICLES=10000] [SEED=7]`
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openStore } from "../cypher/open-store.ts";
import { generateCorpus } from "../ingest/generate/index.ts";
import { writeCorpus } from "../ingest/generate/write-corpus.ts";
import { ingestPaths, removePaths } from "../ingest/pipeline.ts";
import { loadConfig } from "../model/config.ts";
import { loadEventIndex } from "../server/services/event-index.ts";
import { SearchIndex } from "../server/services/search-index.ts";
import {
  cacheAfterIngest,
  generationKey,
  loadStartCache,
  writeStartCache,
} from "../server/services/start-cache.ts";

const articles = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 7);
const work = mkdtempSync(path.join(os.tmpdir(), "laomo-sc-bench-"));
const dataDir = path.join(work, "data");
const config = loadConfig({ ...process.env, LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir });
const seconds = (t0: number) => Math.round(performance.now() - t0) / 1000;

async function main(): Promise<Record<string, unknown>> {
  const corpus = path.join(work, "corpus");
  writeCorpus({ articles, seed, out: corpus });
  const store = await openStore(config);
  try {
    let t0 = performance.now();
    const full = await ingestPaths([corpus], { store, dataDir });
    const ingestS = seconds(t0);
    t0 = performance.now();
    const first = await writeStartCache(dataDir, store);
    const firstS = seconds(t0);

    const pageDir = path.join(work, "one-page");
    mkdirSync(pageDir, { recursive: true });
    const [page] = [...generateCorpus({ articles: 6, articlesPerPage: 6, seed })];
    if (!page) throw new Error("the generator wrote no page");
    const pageFile = path.join(pageDir, `added-${page.file}`);
    writeFileSync(pageFile, page.text);

    let before = generationKey(dataDir, store);
    const added = await ingestPaths([pageFile], { store, dataDir });
    t0 = performance.now();
    const addNote = await cacheAfterIngest(config, store, { before, write: added.write });
    const updateS = seconds(t0);
    t0 = performance.now();
    await writeStartCache(dataDir, store);
    const rebuildS = seconds(t0);

    // For comparison: the search index rebuilt in memory (part of the update), the event index read whole (not).
    const cached = loadStartCache(dataDir, store);
    if (!cached.ok) throw new Error(`cache refused: ${cached.reason}`);
    t0 = performance.now();
    new SearchIndex(cached.data.search.snapshot().entries);
    const searchS = seconds(t0);
    t0 = performance.now();
    await loadEventIndex(store);
    const eventsS = seconds(t0);

    before = generationKey(dataDir, store);
    const removed = await removePaths([pageFile], { store, dataDir });
    t0 = performance.now();
    const removeNote = await cacheAfterIngest(config, store, { before, write: removed.write });
    const removeS = seconds(t0);
    return {
      articles: full.articles,
      "ingest end to end (s)": ingestS,
      "start cache size (MiB)": Math.round(((first?.bytes ?? 0) / 2 ** 20) * 10) / 10,
      "start cache build + write after the ingest (s)": firstS,
      "add one page: write": `${added.write?.mode} (${added.write?.changed?.nodes.length ?? "?"} nodes, ${added.write?.changed?.rels.length ?? "?"} relationships changed)`,
      "start cache update + write after one page (s)": updateS,
      "start cache build + write after one page (s)": rebuildS,
      "start cache update + write after removing the page (s)": removeS,
      "search index rebuilt in memory, part of the update (s)": searchS,
      "event index read whole from the store, for comparison (s)": eventsS,
      notes: [addNote, removeNote],
    };
  } finally {
    await store.close();
  }
}

main().then(
  (r) => {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    rmSync(work, { recursive: true, force: true });
  },
  (e: unknown) => {
    process.stderr.write(`start-cache-update: ${e instanceof Error ? e.stack : String(e)}\n`);
    rmSync(work, { recursive: true, force: true });
    process.exitCode = 1;
  },
);
