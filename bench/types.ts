/**
 * Shared shapes of the benchmark: the context handed from stage to stage and the result a
 * stage reports. A stage module exports `run(ctx: BenchContext): Promise<StageResult>`.
 */

import type { ArticleExtraction } from "../ingest/types.ts";
import type { GraphBatch } from "../model/types.ts";

export interface Metric {
  name: string;
  value: number;
  unit: string;
}

export interface StageResult {
  stage: string;
  status: "ok" | "skipped" | "failed";
  /** Why a stage was skipped or failed, or a remark on the figures. */
  note?: string;
  metrics: Metric[];
  /** The process that ran the stage (a child of the bench unless `--one-process`). */
  pid?: number;
}

export interface BenchContext {
  articles: number;
  seed: number;
  /** Temporary folder owned by this run (removed at the end). */
  workDir: string;
  /** Folder with the generated pages (set by stage-generate). */
  corpusDir?: string;
  /** Extractions of the corpus (set by stage-extract). */
  extractions?: ArticleExtraction[];
  /** Resolved graph (set by stage-store). */
  batch?: GraphBatch;
  /** Embedded data folder holding the written graph, closed again (set by stage-store). */
  dataDir?: string;
  log: (message: string) => void;
}

export function metric(name: string, value: number, unit: string): Metric {
  return { name, value, unit };
}

export function skipped(stage: string, note: string): StageResult {
  return { stage, status: "skipped", note, metrics: [] };
}
