/**
 * Scanned pages: a fictional two-article page printed by Chromium, rasterised and wrapped as an
 * image-only PDF, goes through readDocument (OCR) and extraction; the score against the gold
 * beside it is printed. Skips loudly without tesseract, never when CI=true. The error path
 * (tesseract missing) is tested with LAOMO_TESSERACT pointing at a missing binary.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "../../../reports/chromium.ts";
import { extractArticle } from "../../extract/index.ts";
import { toGoldJson } from "../../extract/to-gold.ts";
import { segmentByRegion } from "../../segment-by-region.ts";
import { readDocument } from "../index.ts";
import { OCR_MISSING, ocrAvailable } from "./find-tesseract.ts";
import { makeScannedPdf } from "./make-scanned-pdf.ts";
import { ocrPdf } from "./ocr-pdf.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const scorer = path.resolve(here, "../../../../shared/eval/score.mjs");
/** Measured 0.88–0.90 (tesseract 5.3.0, Debian chi_sim): two names misread (苇→革, 彭→喜). */
const MIN_F1 = 0.85;
const ci = process.env.CI === "true";
const ready = (await ocrAvailable()) && chromiumAvailable();
if (!ready && !ci)
  console.warn("SKIPPED ocr.test.ts: install tesseract-ocr, tesseract-ocr-chi-sim and chromium");

describe.skipIf(!ready && !ci)("OCR of an image-only PDF", () => {
  it(`reads the page and scores micro-F1 >= ${MIN_F1}`, { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ocr-test-"));
    const pdf = path.join(dir, "scanned.pdf");
    makeScannedPdf(path.join(here, "testdata/scanned-page.html"), pdf);
    const started = performance.now();
    const doc = await readDocument(pdf);
    console.log(`OCR: ${((performance.now() - started) / 1000).toFixed(1)} s for 1 page`);
    expect(doc.warnings?.[0]).toMatch(/^scanned PDF read by OCR/);
    expect(doc.text).toContain("青禾纺织厂举行劳模技艺传承报告会");
    const pred = toGoldJson(segmentByRegion(doc).map((a) => extractArticle(a)));
    const predFile = path.join(dir, "pred.json");
    writeFileSync(predFile, JSON.stringify(pred));
    const gold = path.join(here, "testdata/scanned-page.gold.json");
    if (!existsSync(scorer)) return;
    const out = JSON.parse(
      execFileSync(process.execPath, [scorer, gold, predFile, "--json"], { encoding: "utf8" }),
    ) as { micro: { f1: number }; misses: string[] };
    console.log(`OCR page micro-F1 ${out.micro.f1.toFixed(3)}\n${out.misses.join("\n")}`);
    expect(out.micro.f1).toBeGreaterThanOrEqual(MIN_F1);
    expect(JSON.parse(readFileSync(gold, "utf8")).articles).toHaveLength(2);
  });
});

describe("OCR without tesseract", () => {
  it("refuses with a line that says how to enable it", async () => {
    const bytes = new Uint8Array(Buffer.from("%PDF-1.4\n"));
    await expect(ocrPdf(bytes, { tesseract: "/nonexistent/tesseract" })).rejects.toMatchObject({
      reason: OCR_MISSING,
    });
  });

  it.skipIf(!chromiumAvailable())(
    "skips an image-only PDF with that reason (LAOMO_TESSERACT)",
    { timeout: 300_000 },
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "ocr-missing-"));
      const pdf = path.join(dir, "scanned.pdf");
      makeScannedPdf(path.join(here, "testdata/scanned-page.html"), pdf, 100);
      const saved = process.env.LAOMO_TESSERACT;
      process.env.LAOMO_TESSERACT = "/nonexistent/tesseract";
      try {
        await expect(readDocument(pdf)).rejects.toMatchObject({ reason: OCR_MISSING });
      } finally {
        if (saved === undefined) delete process.env.LAOMO_TESSERACT;
        else process.env.LAOMO_TESSERACT = saved;
      }
    },
  );
});
