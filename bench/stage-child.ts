/**
 * Child process of the bench (`bench/run.ts` spawns one per group of stages, with `--import tsx`):
 * `node --import tsx bench/stage-child.ts SPEC_JSON` runs the stages SPEC names on a context made
 * from it, in this fresh process with its own memory sampler, and after each stage writes a
 * `ChildReport` (every result so far, this process's peak figures, the corpus folder) as JSON to
 * SPEC's `resultFile` (a temporary file renamed over it, so the parent never reads half a report).
 * Logs go to stderr, as in the parent. Caps V8's heap growth as the bench's parent and the ingest
 * CLI do (`ingest/heap-growth.ts`).
 */
import { renameSync, writeFileSync } from "node:fs";
import { limitHeapGrowth } from "../ingest/heap-growth.ts";
import type { MemoryFigures } from "./memory.ts";
import { runStagesHere } from "./run-stages.ts";
import type { BenchContext, StageResult } from "./types.ts";

/** What the parent hands a child (argv[2], JSON). */
export interface ChildSpec {
  stages: string[];
  articles: number;
  seed: number;
  workDir: string;
  corpusDir?: string;
  /** Where the child writes its ChildReport. */
  resultFile: string;
}

/** What a child hands back (the spec's resultFile, JSON). */
export interface ChildReport {
  pid: number;
  results: StageResult[];
  /** Peak figures of the child's whole run so far. */
  memory: MemoryFigures;
  /** The corpus folder once a stage (generate) has set it. */
  corpusDir?: string;
}

async function main(): Promise<void> {
  limitHeapGrowth();
  const spec = JSON.parse(process.argv[2] ?? "") as ChildSpec;
  const ctx: BenchContext = {
    articles: spec.articles,
    seed: spec.seed,
    workDir: spec.workDir,
    ...(spec.corpusDir ? { corpusDir: spec.corpusDir } : {}),
    log: (m) => process.stderr.write(`${m}\n`),
  };
  const tmp = `${spec.resultFile}.tmp`;
  await runStagesHere(spec.stages, ctx, (results, memory) => {
    const report: ChildReport = {
      pid: process.pid,
      results,
      memory,
      ...(ctx.corpusDir ? { corpusDir: ctx.corpusDir } : {}),
    };
    writeFileSync(tmp, JSON.stringify(report));
    renameSync(tmp, spec.resultFile);
  });
}

main().then(
  // A stage may leave handles open (worker pools, timers): the report is written, so end here.
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench child: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
