/**
 * Scores a page file the way `npm run extract -- FILE --format gold-json` sees it (readDocument
 * → segmentDocument → extractArticle → toGoldJson) with ../shared/eval/score.mjs, and the same
 * page read by poppler's `pdftotext` for comparison.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractArticle } from "../../extract/index.ts";
import { type GoldArticle, toGoldJson } from "../../extract/to-gold.ts";
import { segmentByRegion } from "../../segment-by-region.ts";
import { readDocument } from "../index.ts";

/** The Done-means: every printed page scores at least this micro-F1. */
export const LAYOUT_F1_TARGET = 0.95;

export const SCORER = path.resolve(import.meta.dirname, "../../../../shared/eval/score.mjs");

export function scorerAvailable(): boolean {
  return existsSync(SCORER);
}

export function pdftotextAvailable(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export interface PageScore {
  f1: number;
  precision: number;
  recall: number;
  articles: number;
  misses: string[];
}

/** The extraction of one file in the evaluation format (no articles rather than an error). */
export async function predictFile(file: string): Promise<{ articles: GoldArticle[] }> {
  const doc = await readDocument(file);
  return toGoldJson(segmentByRegion(doc).map(extractArticle));
}

export function scorePrediction(goldFile: string, pred: { articles: GoldArticle[] }): PageScore {
  const dir = mkdtempSync(path.join(tmpdir(), "page-score-"));
  try {
    const predFile = path.join(dir, "pred.json");
    writeFileSync(predFile, JSON.stringify(pred));
    const out = execFileSync("node", [SCORER, goldFile, predFile, "--json"], { encoding: "utf8" });
    const r = JSON.parse(out) as {
      micro: { f1: number; precision: number; recall: number };
      misses: string[];
    };
    return { ...r.micro, articles: pred.articles.length, misses: r.misses };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function scoreFile(file: string, goldFile: string): Promise<PageScore> {
  return scorePrediction(goldFile, await predictFile(file));
}

/** `pdftotext PDF` (poppler's default reading order) → the project's extraction. */
export async function predictPdftotext(pdf: string): Promise<{ articles: GoldArticle[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), "pdftotext-"));
  try {
    const txt = path.join(dir, `${path.basename(pdf, ".pdf")}.txt`);
    execFileSync("pdftotext", ["-enc", "UTF-8", pdf, txt]);
    return await predictFile(txt);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function scorePdftotext(pdf: string, goldFile: string): Promise<PageScore> {
  return scorePrediction(goldFile, await predictPdftotext(pdf));
}

export function formatScore(s: PageScore): string {
  return `F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}, ${s.articles} articles)`;
}
