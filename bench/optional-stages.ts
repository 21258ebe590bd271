/**
 * Stages written by other parts of the project (API latency, explorer first frame). Each
 * module is loaded only if its file exists; it may export the common `run(ctx)` or its own
 * entry point, which is adapted here to a StageResult.
 */
import type { MemorySampler } from "./memory.ts";
import { notAvailable, tryImport } from "./try-import.ts";
import { type BenchContext, metric, type StageResult, skipped } from "./types.ts";

type Loaded = Record<string, unknown>;
type RunFn = (ctx: BenchContext, memory?: MemorySampler) => Promise<StageResult>;

interface FirstFrameLike {
  nodes: number;
  edges: number;
  runs: number;
  medianMs: number;
  goalMs: number;
  ok: boolean;
  renderer: string;
  skipped?: string;
}

function fromFirstFrame(r: FirstFrameLike): StageResult {
  if (r.skipped) return skipped("first-frame", `skipped: ${r.skipped}`);
  return {
    stage: "first-frame",
    status: "ok",
    note: `renderer ${r.renderer || "unknown"}; goal ${r.goalMs} ms ${r.ok ? "met" : "NOT met"}`,
    metrics: [
      metric("graph nodes", r.nodes, ""),
      metric("graph edges", r.edges, ""),
      metric("runs", r.runs, ""),
      metric("first frame (median)", r.medianMs, "ms"),
    ],
  };
}

export interface OptionalStage {
  name: string;
  file: string;
  /** The module's entry point as a stage runner, or null when it exports none we know. */
  adapt: (mod: Loaded) => RunFn | null;
}

export const OPTIONAL_STAGES: OptionalStage[] = [
  {
    name: "api",
    file: "bench/stage-api.ts",
    adapt: (mod) => (typeof mod.run === "function" ? (mod.run as RunFn) : null),
  },
  {
    name: "layout",
    file: "bench/stage-layout.ts",
    adapt: (mod) => (typeof mod.run === "function" ? (mod.run as RunFn) : null),
  },
  {
    name: "first-frame",
    file: "bench/stage-first-frame.ts",
    adapt: (mod) => {
      if (typeof mod.run === "function") return mod.run as RunFn;
      const entry = mod.runFirstFrameStage;
      if (typeof entry !== "function") return null;
      return async () => fromFirstFrame(await (entry as () => Promise<FirstFrameLike>)());
    },
  },
  {
    name: "events-frame",
    file: "bench/stage-events-frame.ts",
    adapt: (mod) => (typeof mod.run === "function" ? (mod.run as RunFn) : null),
  },
  {
    name: "incremental",
    file: "bench/stage-incremental.ts",
    adapt: (mod) => (typeof mod.run === "function" ? (mod.run as RunFn) : null),
  },
];

/** Loads an optional stage: a runner, or a finished result when it is missing or unusable. */
export async function loadOptionalStage(stage: OptionalStage): Promise<RunFn | StageResult> {
  let mod: Loaded | null;
  try {
    mod = await tryImport<Loaded>(stage.file);
  } catch (e) {
    return {
      stage: stage.name,
      status: "failed",
      note: `failed to load ${stage.file}: ${(e as Error).message}`,
      metrics: [],
    };
  }
  if (!mod) return skipped(stage.name, notAvailable(stage.file));
  const run = stage.adapt(mod);
  return (
    run ?? {
      stage: stage.name,
      status: "failed",
      note: `${stage.file} exports no stage entry point`,
      metrics: [],
    }
  );
}
