/**
 * Stage (c): the extractions of the extract stage through the ingest's own whole resolution and
 * full write, as `npm run ingest -- --rebuild` takes them after reading its files
 * (`ingestExtracted`, ingest/pipeline.ts), into a fresh embedded (kuzu) store in the run's
 * temporary folder. The extractions are taken from the context and recorded in the journal, one
 * entry per page (`journal write time`); the journal is resolved whole and the resolution state
 * saved (`resolve time`: the extractions are let go once resolved), and the store is written
 * from the saved state one entity at a time (`write time`, entity index included), so that
 * neither the extractions nor the resolved graph as objects are held through the write. Then
 * nodes/s and relationships/s, `kuzu COPY of the same rows` (copy-yardstick.ts) and `write time ÷
 * kuzu COPY`. The store is closed again; its folder stays for later stages.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { GraphStore } from "../cypher/store.ts";
import { contentHash, type ExtractedFile } from "../ingest/journal.ts";
import type { ExtractedIngest, IngestOptions } from "../ingest/pipeline.ts";
import type { ArticleExtraction } from "../ingest/types.ts";
import { loadConfig } from "../model/config.ts";
import { copyYardstickMetrics } from "./copy-yardstick.ts";
import type { MemorySampler } from "./memory.ts";
import { notAvailable, tryImport } from "./try-import.ts";
import { type BenchContext, metric, type StageResult, skipped } from "./types.ts";

type PipelineModule = {
  ingestExtracted: (handed: { files: ExtractedFile[] }, opts: IngestOptions) => Promise<ExtractedIngest>;
};
type OpenStoreModule = {
  openStore: (config: ReturnType<typeof loadConfig>, opts?: { readOnly?: boolean }) => Promise<GraphStore>;
};

/**
 * The extractions as the journal entries the ingest makes of the files they were read from (one per
 * page, keyed by its absolute path, hashed from its bytes), in the order read. The page's own date,
 * which the extract stage does not keep, is its first article's (as the journal takes it for an
 * entry of its first version); it only names the entry's variant, the articles keep their own.
 */
export async function journalEntries(extractions: ArticleExtraction[]): Promise<ExtractedFile[]> {
  const files: ExtractedFile[] = [];
  let i = 0;
  while (i < extractions.length) {
    const file = extractions[i]!.file;
    let j = i + 1;
    while (j < extractions.length && extractions[j]!.file === file) j++;
    const bytes = await readFile(file);
    files.push({
      file,
      key: path.resolve(file),
      name: file,
      contentHash: contentHash(bytes),
      date: extractions[i]!.date ?? null,
      extractions: extractions.slice(i, j),
    });
    i = j;
  }
  return files;
}

/** The context's extractions as journal entries; the context no longer holds them. */
async function takeEntries(ctx: BenchContext): Promise<{ files: ExtractedFile[] }> {
  const extractions = ctx.extractions ?? [];
  delete ctx.extractions;
  return { files: await journalEntries(extractions) };
}

export async function run(ctx: BenchContext, memory?: MemorySampler): Promise<StageResult> {
  if (!ctx.extractions) return skipped("store", "skipped: no extractions (stage extract did not run)");
  const pipeline = await tryImport<PipelineModule>("ingest/pipeline.ts");
  if (!pipeline) return skipped("store", notAvailable("ingest/pipeline.ts"));
  const open = await tryImport<OpenStoreModule>("cypher/open-store.ts");
  if (!open) return skipped("store", notAvailable("cypher/open-store.ts"));

  const articles = ctx.extractions.length;
  const dataDir = path.join(ctx.workDir, "data");
  const config = loadConfig({ ...process.env, LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir });
  const store = await open.openStore(config);
  const metrics = [metric("articles resolved", articles, "")];
  let note = "";
  try {
    await store.applySchema();
    // Handed over: from here only the ingest holds the extractions, and lets them go once resolved.
    const handed = await takeEntries(ctx);
    const pages = handed.files.length;
    const done = await pipeline.ingestExtracted(handed, { store, dataDir, rebuild: true });
    memory?.sample();
    const { timings, write, counts } = done;
    if (!write) throw new Error("ingestExtracted wrote nothing");
    const resolveSec = timings.resolveMs / 1000;
    const writeSec = timings.writeMs / 1000;
    const stored = await store.counts();
    const storedNodes = Object.values(stored.nodes).reduce((s, n) => s + n, 0);
    const storedRels = Object.values(stored.rels).reduce((s, n) => s + n, 0);
    metrics.push(
      metric("pages journalled", pages, ""),
      metric("journal write time", timings.journalMs / 1000, "s"),
      metric("resolve time", resolveSec, "s"),
      metric("resolve throughput", articles / resolveSec, "articles/s"),
      metric("nodes", counts.nodes, ""),
      metric("relationships", counts.rels, ""),
      metric("merge decisions", done.readMergeLog().length, ""),
      metric("write time", writeSec, "s"),
      metric("nodes written", write.nodesWritten, ""),
      metric("relationships written", write.relsWritten, ""),
      metric("write nodes/s", write.nodesWritten / writeSec, "nodes/s"),
      metric("write relationships/s", write.relsWritten / writeSec, "rels/s"),
      metric("nodes in store", storedNodes, ""),
      metric("relationships in store", storedRels, ""),
    );
    // The yardstick: kuzu's own COPY of the rows just written, into a fresh database.
    const yardstick = await copyYardstickMetrics(
      dataDir,
      path.join(ctx.workDir, "copy-yardstick-store"),
      { name: "write time", seconds: writeSec },
      stored,
    );
    metrics.push(...yardstick.metrics);
    note = `written ${write.mode} (${write.reason}); ${yardstick.note}`;
  } finally {
    await store.close();
  }
  ctx.dataDir = dataDir;
  return { stage: "store", status: "ok", note, metrics };
}
