/**
 * Stage (b): extraction throughput of the project pipeline (readDocument → segmentDocument
 * → extractArticle) on the generated pages, measured beside bare @node-rs/jieba tagging
 * (`tag(text, hmm = true)`) of the same article texts in the same run, with the ratio.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import type { ArticleExtraction, RawDocument, SegmentedArticle } from "../ingest/types.ts";
import type { MemorySampler } from "./memory.ts";
import { notAvailable, tryImport } from "./try-import.ts";
import { type BenchContext, metric, type StageResult, skipped } from "./types.ts";

type ReadModule = { readDocument: (file: string, options?: { date?: string }) => Promise<RawDocument> };
type SegmentModule = { segmentDocument: (doc: RawDocument) => SegmentedArticle[] };
type ExtractModule = { extractArticle: (article: SegmentedArticle) => ArticleExtraction };

export async function run(ctx: BenchContext, memory?: MemorySampler): Promise<StageResult> {
  if (!ctx.corpusDir) return skipped("extract", "skipped: no corpus (stage generate did not run)");
  const read = await tryImport<ReadModule>("ingest/read/index.ts");
  if (!read) return skipped("extract", notAvailable("ingest/read/index.ts"));
  const seg = await tryImport<SegmentModule>("ingest/segment/index.ts");
  if (!seg) return skipped("extract", notAvailable("ingest/segment/index.ts"));
  const ext = await tryImport<ExtractModule>("ingest/extract/index.ts");
  if (!ext) return skipped("extract", notAvailable("ingest/extract/index.ts"));

  const files = readdirSync(ctx.corpusDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => path.join(ctx.corpusDir as string, f));
  const tagger = Jieba.withDict(dict);
  // Warm both paths (lazy lexicon and dictionary builds) outside the timed loop.
  if (files[0]) {
    const doc = await read.readDocument(files[0]);
    for (const a of seg.segmentDocument(doc)) {
      ext.extractArticle(a);
      tagger.tag(a.text, true);
    }
  }

  const extractions: ArticleExtraction[] = [];
  let readMs = 0;
  let pipelineMs = 0;
  let jiebaMs = 0;
  let chars = 0;
  let tokens = 0;
  for (const [i, file] of files.entries()) {
    const t0 = performance.now();
    const doc = await read.readDocument(file);
    const t1 = performance.now();
    const articles = seg.segmentDocument(doc);
    for (const a of articles) extractions.push(ext.extractArticle(a));
    const t2 = performance.now();
    for (const a of articles) {
      tokens += tagger.tag(a.text, true).length;
      chars += a.text.length;
    }
    const t3 = performance.now();
    readMs += t1 - t0;
    pipelineMs += t2 - t1;
    jiebaMs += t3 - t2;
    if (i % 200 === 0) memory?.sample();
    if (i > 0 && i % 5000 === 0) ctx.log(`extract: ${i}/${files.length} pages`);
  }
  ctx.extractions = extractions;
  const n = extractions.length;
  const pipelineRate = n / (pipelineMs / 1000);
  const jiebaRate = n / (jiebaMs / 1000);
  return {
    stage: "extract",
    status: "ok",
    note: n === ctx.articles ? undefined : `segmenter found ${n} articles, ${ctx.articles} were generated`,
    metrics: [
      metric("pages", files.length, ""),
      metric("articles found", n, ""),
      metric("characters", chars, ""),
      metric("read time", readMs / 1000, "s"),
      metric("segment+extract time", pipelineMs / 1000, "s"),
      metric("extraction throughput", pipelineRate, "articles/s"),
      metric("bare jieba tag time", jiebaMs / 1000, "s"),
      metric("bare jieba throughput", jiebaRate, "articles/s"),
      metric("jieba tokens", tokens, ""),
      metric("extraction / jieba ratio", pipelineRate / jiebaRate, "x"),
    ],
  };
}
