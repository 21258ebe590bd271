/**
 * Stage: ingest as a user runs it. `ingest end to end`: the generated corpus's files on disk
 * ingested into a fresh embedded store by the pipeline (read, segment, extract, journal, resolve,
 * write) until the graph answers a query, reading with `ingest workers` worker threads
 * (LAOMO_INGEST_WORKERS, else the number of cores; 1: in the bench's own thread). `add one page to the graph`: one more page of six
 * articles (same world of people and organisations, another draw) ingested into that graph, end
 * to end, written as a delta; then `remove one page` takes it out again (`--remove`). Each reports
 * the articles its partial resolution read (`articles resolved`; -1: resolved whole). After the
 * first ingest, `kuzu COPY of the same rows` (copy-yardstick.ts) and `ingest: store write ÷ kuzu COPY`.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openStore } from "../cypher/open-store.ts";
import { generateCorpus } from "../ingest/generate/index.ts";
import { defaultIngestWorkers, poolSize } from "../ingest/parallel/extract-files.ts";
import { type IngestSummary, ingestPaths, removePaths } from "../ingest/pipeline.ts";
import { listInputFiles } from "../ingest/read/list-files.ts";
import type { ResolutionMode } from "../ingest/resolve/partial.ts";
import { loadConfig } from "../model/config.ts";
import { copyYardstickMetrics } from "./copy-yardstick.ts";
import type { MemorySampler } from "./memory.ts";
import { type BenchContext, type Metric, metric, type StageResult, skipped } from "./types.ts";

const PAGE_ARTICLES = 6;

function phases(prefix: string, s: IngestSummary): Metric[] {
  const t = s.timings;
  if (!t) return [];
  return [
    metric(`${prefix}: read + extract`, t.extractMs / 1000, "s"),
    metric(`${prefix}: journal`, t.journalMs / 1000, "s"),
    metric(`${prefix}: resolve`, t.resolveMs / 1000, "s"),
    metric(`${prefix}: store write`, t.writeMs / 1000, "s"),
  ];
}

/** Articles a partial resolution read (all of them, -1 in the JSON, for a whole resolution). */
function resolved(prefix: string, m: ResolutionMode | null): Metric[] {
  if (!m) return [];
  return [metric(`${prefix}: articles resolved`, m.mode === "partial" ? (m.articlesResolved ?? 0) : -1, "")];
}

export async function run(ctx: BenchContext, memory?: MemorySampler): Promise<StageResult> {
  if (!ctx.corpusDir) return skipped("incremental", "skipped: no corpus (stage generate did not run)");
  const dataDir = path.join(ctx.workDir, "data-incremental");
  const config = loadConfig({ ...process.env, LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir });
  const store = await openStore(config);
  const metrics: Metric[] = [];
  let note = "";
  try {
    // The count is passed, so a small corpus (under the pool's 4 MiB default threshold) is read
    // by the workers too; the metric is the number of threads the ingest started (1: none).
    const workers = defaultIngestWorkers();
    const listed = await listInputFiles([ctx.corpusDir]);
    const threads = (await poolSize(listed.files, { workers, limits: {} })) || 1;
    const t0 = performance.now();
    const full = await ingestPaths([ctx.corpusDir], { store, dataDir, workers });
    await store.counts();
    const e2e = (performance.now() - t0) / 1000;
    memory?.sample();
    metrics.push(
      metric("ingest end to end", e2e, "s"),
      metric("articles ingested", full.articles, ""),
      metric("ingest workers", threads, ""),
      ...phases("ingest", full),
    );
    // kuzu COPY of the same rows (copy-yardstick.ts), against the full ingest's store write.
    const copy = await copyYardstickMetrics(
      dataDir,
      path.join(ctx.workDir, "copy-yardstick"),
      { name: "ingest: store write", seconds: (full.timings?.writeMs ?? 0) / 1000 },
      await store.counts(),
    );
    metrics.push(...copy.metrics);

    const pageDir = path.join(ctx.workDir, "one-page");
    mkdirSync(pageDir, { recursive: true });
    const [page] = [
      ...generateCorpus({ articles: PAGE_ARTICLES, articlesPerPage: PAGE_ARTICLES, seed: ctx.seed }),
    ];
    if (!page) throw new Error("the generator wrote no page");
    const pageFile = path.join(pageDir, `added-${page.file}`);
    writeFileSync(pageFile, page.text);

    // How the page was resolved: partially (how many articles read) or whole, and why.
    let addMode: ResolutionMode | null = null;
    const t1 = performance.now();
    const added = await ingestPaths([pageFile], { store, dataDir, onResolution: (m) => (addMode = m) });
    await store.counts();
    const add = (performance.now() - t1) / 1000;
    memory?.sample();
    metrics.push(
      metric("add one page to the graph", add, "s"),
      metric("articles in the added page", added.articles, ""),
      metric("nodes changed by the page", added.write?.nodesWritten ?? 0, ""),
      metric("relationships changed by the page", added.write?.relsWritten ?? 0, ""),
      ...resolved("add page", addMode),
      ...phases("add page", added),
    );
    note = `${copy.note}; add page written ${added.write?.mode ?? "?"}${added.write?.reason ? ` (${added.write.reason})` : ""}`;

    let removeMode: ResolutionMode | null = null;
    const t2 = performance.now();
    const removed = await removePaths([pageFile], { store, dataDir, onResolution: (m) => (removeMode = m) });
    metrics.push(
      metric("remove one page", (performance.now() - t2) / 1000, "s"),
      ...resolved("remove page", removeMode),
    );
    note += `; remove written ${removed.write?.mode ?? "?"}`;
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { stage: "incremental", status: "ok", note, metrics };
}
