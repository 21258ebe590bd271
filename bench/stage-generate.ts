/**
 * Stage (a): generation throughput — writes the fictional corpus (pages + gold.json) into
 * the run's temporary folder and reports articles per second.
 */
import path from "node:path";
import { writeCorpus } from "../ingest/generate/write-corpus.ts";
import { type BenchContext, metric, type StageResult } from "./types.ts";

export async function run(ctx: BenchContext): Promise<StageResult> {
  const out = path.join(ctx.workDir, "corpus");
  const started = performance.now();
  const s = writeCorpus({ articles: ctx.articles, seed: ctx.seed, out });
  const sec = (performance.now() - started) / 1000;
  ctx.corpusDir = out;
  return {
    stage: "generate",
    status: "ok",
    metrics: [
      metric("articles", s.articles, ""),
      metric("pages", s.pages, ""),
      metric("corpus size", s.bytes / 1024 / 1024, "MiB"),
      metric("time", sec, "s"),
      metric("throughput", s.articles / sec, "articles/s"),
    ],
  };
}
