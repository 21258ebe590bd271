/**
 * `npm run bench -- [--articles 2000] [--seed 1] [--out report.json] [--keep]`
 * Runs the benchmark stages in order — generate, extract (beside bare jieba), store
 * (resolve + embedded write), then the optional api, first-frame and incremental stages when
 * their modules exist (`--stages a,b` runs only those) — and prints a table (and a JSON report with --out) with peak memory.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { limitHeapGrowth } from "../ingest/heap-growth.ts";
import type { MemorySampler } from "./memory.ts";
import { startMemorySampler } from "./memory.ts";
import { loadOptionalStage, OPTIONAL_STAGES } from "./optional-stages.ts";
import { renderTable } from "./print-report.ts";
import * as extract from "./stage-extract.ts";
import * as generate from "./stage-generate.ts";
import * as store from "./stage-store.ts";
import { type BenchContext, metric, type StageResult } from "./types.ts";

type StageModule = { run: (ctx: BenchContext, memory?: MemorySampler) => Promise<StageResult> };

export interface BenchReport {
  articles: number;
  seed: number;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  startedAt: string;
  totalSeconds: number;
  stages: StageResult[];
}

export async function runBench(opts: {
  articles: number;
  seed: number;
  keep?: boolean;
  /** Only these stages (by name; default every stage). */
  stages?: string[];
  log?: (m: string) => void;
}): Promise<BenchReport> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), "laomo-bench-"));
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const ctx: BenchContext = { articles: opts.articles, seed: opts.seed, workDir, log };
  const memory = startMemorySampler();
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const stages: StageResult[] = [];
  const runStage = async (name: string, mod: StageModule): Promise<void> => {
    if (opts.stages && !opts.stages.includes(name)) return;
    log(`bench: ${name} …`);
    try {
      stages.push(await mod.run(ctx, memory));
    } catch (e) {
      stages.push({ stage: name, status: "failed", note: `failed: ${(e as Error).message}`, metrics: [] });
    }
    memory.sample();
  };
  try {
    await runStage("generate", generate);
    await runStage("extract", extract);
    await runStage("store", store);
    for (const optional of OPTIONAL_STAGES) {
      const loaded = await loadOptionalStage(optional);
      if (typeof loaded === "function") await runStage(optional.name, { run: loaded });
      else if (!opts.stages || opts.stages.includes(optional.name)) stages.push(loaded);
    }
  } finally {
    if (opts.keep) log(`bench: kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  const mem = memory.stop();
  stages.push({
    stage: "memory",
    status: "ok",
    metrics: [
      metric("peak RSS (sampled)", mem.peakRssMiB, "MiB"),
      metric("max RSS (resourceUsage)", mem.maxRssMiB, "MiB"),
      metric("peak heap used (sampled)", mem.peakHeapMiB, "MiB"),
    ],
  });
  return {
    articles: opts.articles,
    seed: opts.seed,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    startedAt,
    totalSeconds: (performance.now() - started) / 1000,
    stages,
  };
}

async function main(): Promise<number> {
  // As the ingest CLI runs (ingest/heap-growth.ts): the stages measure the ingest as users run it.
  limitHeapGrowth();
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "2000" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      keep: { type: "boolean", default: false },
      stages: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(
      "usage: npm run bench -- [--articles 2000] [--seed 1] [--out report.json] [--keep] [--stages generate,incremental]\n",
    );
    return 0;
  }
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed) || seed < 0) {
    process.stderr.write("bench: --articles must be a positive integer and --seed a non-negative integer\n");
    return 2;
  }
  const report = await runBench({
    articles,
    seed,
    keep: values.keep,
    ...(values.stages ? { stages: values.stages.split(",").map((s) => s.trim()) } : {}),
  });
  process.stdout.write(
    `laomo-graph bench: ${articles} articles, seed ${seed}, ${report.node}, ${report.cpus} × ${report.cpuModel}\n\n`,
  );
  process.stdout.write(`${renderTable(report.stages)}\n\ntotal ${report.totalSeconds.toFixed(1)} s\n`);
  if (values.out) {
    writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`report written to ${values.out}\n`);
  }
  return report.stages.some((s) => s.status === "failed") ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("bench/run.ts")) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
