/**
 * The bench's stages by name, and how they run within one process: in order, each with its own
 * memory sampler, its figures added to its result (`peak RSS (sampled)`, `peak heap used (sampled)`,
 * and `max RSS (resourceUsage)`: the process's maximum so far). `bench/run.ts` runs each group of
 * `STAGE_GROUPS` in a child process of its own (`bench/stage-child.ts`), or all of them in its own
 * process with `--one-process`.
 */
import { type MemoryFigures, startMemorySampler } from "./memory.ts";
import { loadOptionalStage, OPTIONAL_STAGES } from "./optional-stages.ts";
import * as extract from "./stage-extract.ts";
import * as generate from "./stage-generate.ts";
import * as store from "./stage-store.ts";
import { type BenchContext, metric, type StageResult } from "./types.ts";

type RunFn = typeof store.run;

/**
 * Stages that share a process, in the order they run: extract hands its extractions to store in
 * memory (`ctx.extractions`), every other stage reads only the corpus on disk (`ctx.corpusDir`).
 */
export const STAGE_GROUPS: string[][] = [
  ["generate"],
  ["extract", "store"],
  ...OPTIONAL_STAGES.map((s) => [s.name]),
];

async function runnerOf(name: string): Promise<RunFn | StageResult> {
  if (name === "generate") return generate.run;
  if (name === "extract") return extract.run;
  if (name === "store") return store.run;
  const optional = OPTIONAL_STAGES.find((s) => s.name === name);
  if (!optional) return { stage: name, status: "failed", note: `no stage named ${name}`, metrics: [] };
  return loadOptionalStage(optional);
}

/** The largest of each figure. */
export const maxMemory = (figures: MemoryFigures[]): MemoryFigures => ({
  peakRssMiB: Math.max(0, ...figures.map((f) => f.peakRssMiB)),
  maxRssMiB: Math.max(0, ...figures.map((f) => f.maxRssMiB)),
  peakHeapMiB: Math.max(0, ...figures.map((f) => f.peakHeapMiB)),
});

/**
 * Runs `names` in this process, in order, on one context. `onStage` is called after each stage
 * with every result so far and the process's peak figures so far. A stage that throws is `failed`.
 */
export async function runStagesHere(
  names: string[],
  ctx: BenchContext,
  onStage?: (results: StageResult[], memory: MemoryFigures) => void,
): Promise<{ results: StageResult[]; memory: MemoryFigures }> {
  const results: StageResult[] = [];
  const figures: MemoryFigures[] = [];
  for (const name of names) {
    ctx.log(`bench: ${name} … (pid ${process.pid})`);
    const memory = startMemorySampler();
    let result: StageResult;
    try {
      const runner = await runnerOf(name);
      result = typeof runner === "function" ? await runner(ctx, memory) : runner;
    } catch (e) {
      result = { stage: name, status: "failed", note: `failed: ${(e as Error).message}`, metrics: [] };
    }
    const mem = memory.stop();
    figures.push(mem);
    if (result.status !== "skipped")
      result.metrics.push(
        metric("peak RSS (sampled)", mem.peakRssMiB, "MiB"),
        metric("peak heap used (sampled)", mem.peakHeapMiB, "MiB"),
        metric("max RSS (resourceUsage)", mem.maxRssMiB, "MiB"),
      );
    result.pid = process.pid;
    results.push(result);
    onStage?.(results, maxMemory(figures));
  }
  return { results, memory: maxMemory(figures) };
}
