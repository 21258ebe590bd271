/**
 * Layout stage: prints the fictional test pages (ingest/read/test-pages) with Chromium, then
 * scores the project's reading of the PDFs and poppler's `pdftotext` of the same PDFs (both fed
 * to the same segment + extract) against their gold: micro-F1 of each over all pages, and
 * pages/s of the project's PDF reading (readDocument alone, three rounds).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readDocument } from "../ingest/read/index.ts";
import { buildTestPages } from "../ingest/read/test-pages/build-test-pages.ts";
import { chromiumAvailable } from "../ingest/read/test-pages/print-pages.ts";
import {
  pdftotextAvailable,
  predictFile,
  predictPdftotext,
  SCORER,
  scorePrediction,
  scorerAvailable,
} from "../ingest/read/test-pages/score-page.ts";
import type { GoldPage } from "../ingest/read/test-pages/types.ts";
import { type BenchContext, metric, type StageResult, skipped } from "./types.ts";

const ROUNDS = 3;

export async function run(ctx: BenchContext): Promise<StageResult> {
  if (!chromiumAvailable())
    return skipped("layout", "skipped: Chromium not found (apt-get install chromium)");
  if (!scorerAvailable()) return skipped("layout", `skipped: scorer ${SCORER} not found`);
  const dir = path.join(ctx.workDir, "layout-pages");
  mkdirSync(dir, { recursive: true });
  const pages = await buildTestPages(dir);
  const gold: GoldPage = { source: "test pages", articles: [] };
  for (const p of pages)
    gold.articles.push(...(JSON.parse(readFileSync(p.gold, "utf8")) as GoldPage).articles);
  const goldFile = path.join(dir, "all.gold.json");
  writeFileSync(goldFile, JSON.stringify(gold));

  const ours = [];
  for (const p of pages) ours.push(...(await predictFile(p.pdf)).articles);
  const project = scorePrediction(goldFile, { articles: ours });

  let poppler: number | null = null;
  if (pdftotextAvailable()) {
    const theirs = [];
    for (const p of pages) theirs.push(...(await predictPdftotext(p.pdf)).articles);
    poppler = scorePrediction(goldFile, { articles: theirs }).f1;
  }

  const sheets = pages.reduce((n, p) => n + p.sheets, 0);
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) for (const p of pages) await readDocument(p.pdf);
  const seconds = (performance.now() - t0) / 1000;

  return {
    stage: "layout",
    status: "ok",
    note: `${pages.length} printed test pages (${sheets} PDF pages); F1 = micro-F1 of ../shared/eval/score.mjs over all of them${poppler === null ? "; pdftotext not installed" : ""}`,
    metrics: [
      metric("micro-F1, project PDF reading", project.f1, ""),
      ...(poppler === null ? [] : [metric("micro-F1, pdftotext", poppler, "")]),
      metric("PDF reading (readDocument)", (ROUNDS * sheets) / seconds, "pages/s"),
    ],
  };
}
