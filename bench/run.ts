/**
 * `npm run bench -- [--articles 2000] [--seed 1] [--out report.json] [--keep] [--stages a,b] [--one-process]`
 * Runs the benchmark stages in order — generate, extract (beside bare jieba), store
 * (resolve + embedded write), then the optional api, layout, first-frame, events-frame and
 * incremental stages when their modules exist (`--stages a,b` runs only those) — and prints a
 * table (and a JSON report with --out) with peak memory. Each group of stages (`STAGE_GROUPS`:
 * extract and store share one, as store reads extract's extractions from memory) runs in a fresh
 * child process (`bench/stage-child.ts`) that reports its results and its own peak memory; a child
 * that crashes or exits non-zero makes its stages `failed` and the rest goes on. `--one-process`
 * runs every stage in this process, as the bench did before.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { limitHeapGrowth } from "../ingest/heap-growth.ts";
import { type MemoryFigures, startMemorySampler } from "./memory.ts";
import { renderTable } from "./print-report.ts";
import { maxMemory, runStagesHere, STAGE_GROUPS } from "./run-stages.ts";
import type { ChildReport, ChildSpec } from "./stage-child.ts";
import { type BenchContext, metric, type StageResult } from "./types.ts";

export interface BenchReport {
  articles: number;
  seed: number;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  startedAt: string;
  totalSeconds: number;
  /** Whether every stage ran in the bench's own process (`--one-process`). */
  oneProcess: boolean;
  stages: StageResult[];
}

const repoRoot = path.resolve(import.meta.dirname, "..");
const CHILD = path.join(import.meta.dirname, "stage-child.ts");
/** `npm run bench`'s heap limit, given to a child when the environment sets none. */
const HEAP_LIMIT_MIB = 10240;

/** The environment of `npm run bench` (package.json): two malloc arenas, a 10 GiB heap limit. */
function childEnv(): NodeJS.ProcessEnv {
  const nodeOptions = process.env.NODE_OPTIONS ?? "";
  return {
    ...process.env,
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2",
    NODE_OPTIONS: nodeOptions.includes("--max-old-space-size")
      ? nodeOptions
      : `--max-old-space-size=${HEAP_LIMIT_MIB} ${nodeOptions}`.trim(),
  };
}

/** A child's last lines of output, without V8's native stack frames (they bury its message). */
function lastLines(lines: string[], n = 6): string {
  const told = lines.filter(
    (l) => l.trim() !== "" && !/^\s*\d+: 0x[0-9a-f]+/.test(l) && !/Native stack trace/.test(l),
  );
  return told.slice(-n).join(" | ");
}

interface ChildOutcome {
  report: ChildReport | null;
  code: number | null;
  signal: NodeJS.Signals | null;
  pid: number | undefined;
  lines: string[];
}

/** Runs `spec.stages` in a child process; its stdout and stderr go to `log` line by line. */
async function runChild(
  spec: ChildSpec,
  execArgv: string[],
  log: (m: string) => void,
): Promise<ChildOutcome> {
  const child = spawn(process.execPath, [...execArgv, "--import", "tsx", CHILD, JSON.stringify(spec)], {
    cwd: repoRoot,
    env: childEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const take = (line: string): void => {
    lines.push(line);
    if (lines.length > 200) lines.splice(0, lines.length - 100);
    log(line);
  };
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on("line", take);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve) => {
      child.once("error", (e) => {
        lines.push(`spawn failed: ${e.message}`);
        resolve({ code: null, signal: null });
      });
      child.once("close", (c, s) => resolve({ code: c, signal: s }));
    },
  );
  let report: ChildReport | null = null;
  if (existsSync(spec.resultFile)) {
    try {
      report = JSON.parse(readFileSync(spec.resultFile, "utf8")) as ChildReport;
    } catch (e) {
      lines.push(`unreadable report ${spec.resultFile}: ${(e as Error).message}`);
    }
  }
  return { report, code, signal, pid: child.pid, lines };
}

/** The results of a child's stages: its own, and `failed` for those it did not report. */
function childResults(stages: string[], outcome: ChildOutcome): StageResult[] {
  const { report, code, signal, pid, lines } = outcome;
  const ended = signal
    ? `was killed by ${signal}`
    : code === null
      ? "did not start"
      : `exited with code ${code}`;
  const abnormal = signal !== null || code !== 0;
  const why = () =>
    `the child process (pid ${pid ?? "?"}) ${ended}; last output: ${lastLines(lines) || "(none)"}`;
  const results: StageResult[] = [];
  for (const name of stages) {
    const own = report?.results.find((r) => r.stage === name);
    if (own) results.push(own);
    else
      results.push({
        stage: name,
        status: "failed",
        note: `failed: ${why()}${abnormal ? "" : " (no result reported)"}`,
        metrics: [],
        ...(pid ? { pid } : {}),
      });
  }
  // Every stage reported, but the process then failed: the last stage ran in it to the end.
  const last = results[results.length - 1];
  if (abnormal && last && report?.results.some((r) => r === last)) {
    last.status = "failed";
    last.note = `${last.note ? `${last.note}; ` : ""}failed after reporting: ${why()}`;
  }
  return results;
}

interface ProcessPeak {
  /** "parent", or the stages a child ran. */
  label: string;
  memory: MemoryFigures;
}

const mib = (v: number): string => Math.round(v).toLocaleString("en-US");

function memoryStage(
  processes: ProcessPeak[],
  results: StageResult[],
  oneProcess: boolean,
  unreported: string[],
): StageResult {
  const all = maxMemory(processes.map((p) => p.memory));
  const top = processes.reduce((a, b) => (b.memory.peakRssMiB > a.memory.peakRssMiB ? b : a));
  const metrics = [
    metric("peak RSS (sampled)", all.peakRssMiB, "MiB"),
    metric("max RSS (resourceUsage)", all.maxRssMiB, "MiB"),
    metric("peak heap used (sampled)", all.peakHeapMiB, "MiB"),
  ];
  const incremental = results.find((r) => r.stage === "incremental" && r.status !== "skipped");
  const own = incremental?.metrics.find((m) => m.name === "peak RSS (sampled)");
  if (own) metrics.push(metric("peak RSS (sampled), incremental stage", own.value, "MiB"));
  if (oneProcess)
    return {
      stage: "memory",
      status: "ok",
      note: "every stage in the bench's process (--one-process)",
      metrics,
    };
  const parent = processes.find((p) => p.label === "parent");
  if (parent) metrics.push(metric("peak RSS (sampled), bench parent", parent.memory.peakRssMiB, "MiB"));
  const each = processes.map((p) => `${p.label} ${mib(p.memory.peakRssMiB)}`).join(", ");
  return {
    stage: "memory",
    status: "ok",
    note:
      `maximum over the bench's process and each stage's child process; the peak is ` +
      `${top.label === "parent" ? "the parent's" : `the process of ${top.label}`}; ` +
      `peak RSS (sampled) per process, MiB: ${each}` +
      (unreported.length > 0 ? `; no figures from the failed child of ${unreported.join(", ")}` : ""),
    metrics,
  };
}

export async function runBench(opts: {
  articles: number;
  seed: number;
  keep?: boolean;
  /** Only these stages (by name; default every stage). */
  stages?: string[];
  /** Every stage in this process (the bench before it ran children). */
  oneProcess?: boolean;
  /** Extra node flags of the child that runs a stage (by stage name), before `--import tsx`. */
  childExecArgv?: Record<string, string[]>;
  log?: (m: string) => void;
}): Promise<BenchReport> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), "laomo-bench-"));
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const ctx: BenchContext = { articles: opts.articles, seed: opts.seed, workDir, log };
  const oneProcess = opts.oneProcess ?? false;
  const memory = startMemorySampler();
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const stages: StageResult[] = [];
  const processes: ProcessPeak[] = [];
  let ownStages: MemoryFigures | null = null;
  const unreported: string[] = [];
  const groups = STAGE_GROUPS.map((g) =>
    g.filter((name) => !opts.stages || opts.stages.includes(name)),
  ).filter((g) => g.length > 0);
  try {
    if (oneProcess) {
      const here = await runStagesHere(groups.flat(), ctx);
      stages.push(...here.results);
      ownStages = here.memory;
    } else {
      for (const [i, group] of groups.entries()) {
        const spec: ChildSpec = {
          stages: group,
          articles: ctx.articles,
          seed: ctx.seed,
          workDir,
          ...(ctx.corpusDir ? { corpusDir: ctx.corpusDir } : {}),
          resultFile: path.join(workDir, `child-${i}-${group.join("+")}.json`),
        };
        const execArgv = group.flatMap((name) => opts.childExecArgv?.[name] ?? []);
        log(`bench: ${group.join(", ")} in a child process …`);
        const outcome = await runChild(spec, execArgv, log);
        memory.sample();
        if (outcome.report?.corpusDir) ctx.corpusDir = outcome.report.corpusDir;
        if (outcome.report) processes.push({ label: group.join("+"), memory: outcome.report.memory });
        else unreported.push(group.join("+"));
        stages.push(...childResults(group, outcome));
      }
    }
  } finally {
    if (opts.keep) log(`bench: kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  // The stages' own samplers also count where they ran here (they sample at points a timer cannot).
  const own = memory.stop();
  processes.unshift({ label: "parent", memory: ownStages ? maxMemory([own, ownStages]) : own });
  stages.push(memoryStage(processes, stages, oneProcess, unreported));
  return {
    articles: opts.articles,
    seed: opts.seed,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    startedAt,
    totalSeconds: (performance.now() - started) / 1000,
    oneProcess,
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
      "one-process": { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(
      "usage: npm run bench -- [--articles 2000] [--seed 1] [--out report.json] [--keep] [--stages generate,incremental] [--one-process]\n",
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
    oneProcess: values["one-process"],
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
