/**
 * Stage (c): resolution (resolveGraph) of the extractions and a full write of the graph
 * (store.replaceGraph) into a fresh embedded (kuzu) store in the run's temporary folder:
 * nodes/s and relationships/s, then `kuzu COPY of the same rows` (copy-yardstick.ts) and
 * `write time ÷ kuzu COPY`. The store is closed again; its folder stays for later stages.
 */
import path from "node:path";
import type { GraphStore } from "../cypher/store.ts";
import type { ArticleExtraction } from "../ingest/types.ts";
import { loadConfig } from "../model/config.ts";
import type { GraphBatch } from "../model/types.ts";
import { copyYardstickMetrics } from "./copy-yardstick.ts";
import type { MemorySampler } from "./memory.ts";
import { notAvailable, tryImport } from "./try-import.ts";
import { type BenchContext, metric, type StageResult, skipped } from "./types.ts";

type ResolveModule = { resolveGraph: (x: ArticleExtraction[]) => { batch: GraphBatch; mergeLog: unknown[] } };
type OpenStoreModule = {
  openStore: (config: ReturnType<typeof loadConfig>, opts?: { readOnly?: boolean }) => Promise<GraphStore>;
};

export async function run(ctx: BenchContext, memory?: MemorySampler): Promise<StageResult> {
  if (!ctx.extractions) return skipped("store", "skipped: no extractions (stage extract did not run)");
  const resolve = await tryImport<ResolveModule>("ingest/resolve/index.ts");
  if (!resolve) return skipped("store", notAvailable("ingest/resolve/index.ts"));

  const t0 = performance.now();
  const { batch, mergeLog } = resolve.resolveGraph(ctx.extractions);
  const resolveSec = (performance.now() - t0) / 1000;
  ctx.batch = batch;
  memory?.sample();
  const metrics = [
    metric("articles resolved", ctx.extractions.length, ""),
    metric("resolve time", resolveSec, "s"),
    metric("resolve throughput", ctx.extractions.length / resolveSec, "articles/s"),
    metric("nodes", batch.nodes.length, ""),
    metric("relationships", batch.rels.length, ""),
    metric("merge decisions", mergeLog.length, ""),
  ];

  const open = await tryImport<OpenStoreModule>("cypher/open-store.ts");
  if (!open) return { stage: "store", status: "ok", note: notAvailable("cypher/open-store.ts"), metrics };
  const dataDir = path.join(ctx.workDir, "data");
  const config = loadConfig({ ...process.env, LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir });
  const store = await open.openStore(config);
  let note = "";
  try {
    await store.applySchema();
    const t1 = performance.now();
    const stats = await store.replaceGraph(batch);
    const writeSec = (performance.now() - t1) / 1000;
    memory?.sample();
    const counts = await store.counts();
    const storedNodes = Object.values(counts.nodes).reduce((s, n) => s + n, 0);
    const storedRels = Object.values(counts.rels).reduce((s, n) => s + n, 0);
    metrics.push(
      metric("write time", writeSec, "s"),
      metric("nodes written", stats.nodes, ""),
      metric("relationships written", stats.rels, ""),
      metric("write nodes/s", stats.nodes / writeSec, "nodes/s"),
      metric("write relationships/s", stats.rels / writeSec, "rels/s"),
      metric("nodes in store", storedNodes, ""),
      metric("relationships in store", storedRels, ""),
    );
    // The yardstick: kuzu's own COPY of the rows just written, into a fresh database.
    const yardstick = await copyYardstickMetrics(
      dataDir,
      path.join(ctx.workDir, "copy-yardstick-store"),
      { name: "write time", seconds: writeSec },
      counts,
    );
    metrics.push(...yardstick.metrics);
    note = yardstick.note;
  } finally {
    await store.close();
  }
  ctx.dataDir = dataDir;
  return { stage: "store", status: "ok", note, metrics };
}
