/**
 * The eight fictional printed pages, built with Chromium at test time: each PDF read by the
 * project (readDocument → segment → extract) must score micro-F1 ≥ LAYOUT_F1_TARGET against its
 * hand-written gold; the plain-text control must too (the gold is reachable from the text);
 * poppler's pdftotext on the same PDF is scored and printed for comparison, not asserted.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltPage, buildTestPages } from "./build-test-pages.ts";
import { TEST_PAGES } from "./layouts.ts";
import { chromiumAvailable } from "./print-pages.ts";
import {
  formatScore,
  LAYOUT_F1_TARGET,
  type PageScore,
  pdftotextAvailable,
  scoreFile,
  scorePdftotext,
  scorerAvailable,
} from "./score-page.ts";

const ready = chromiumAvailable() && scorerAvailable();

describe.skipIf(!ready && process.env.CI !== "true")("printed test pages", () => {
  let dir = "";
  let pages: BuiltPage[] = [];
  const rows: string[] = [];
  const page = (name: string): BuiltPage => {
    const p = pages.find((x) => x.name === name);
    if (!p) throw new Error(`test page ${name} was not built`);
    return p;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "test-pages-"));
    pages = await buildTestPages(dir);
  }, 600_000);

  afterAll(() => {
    if (rows.length > 0)
      process.stdout.write(`\nprinted test pages (project vs pdftotext):\n${rows.join("\n")}\n`);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("builds every layout, the two-page one with two sheets", () => {
    expect(pages.map((p) => p.name)).toEqual(TEST_PAGES.map((p) => p.name));
    expect(page("p8-two-pages").sheets).toBe(2);
  });

  for (const spec of TEST_PAGES) {
    it(`${spec.name}: the plain-text control scores ≥ ${LAYOUT_F1_TARGET}`, async () => {
      const p = page(spec.name);
      const score = await scoreFile(p.txt, p.gold);
      if (score.f1 < LAYOUT_F1_TARGET)
        process.stdout.write(`${spec.name} txt misses:\n${score.misses.join("\n")}\n`);
      expect(score.f1).toBeGreaterThanOrEqual(LAYOUT_F1_TARGET);
    });

    it(`${spec.name} (${spec.about}): the PDF scores micro-F1 ≥ ${LAYOUT_F1_TARGET}`, async () => {
      const p = page(spec.name);
      const score = await scoreFile(p.pdf, p.gold);
      let poppler: PageScore | null = null;
      if (pdftotextAvailable()) poppler = await scorePdftotext(p.pdf, p.gold);
      rows.push(
        `  ${spec.name.padEnd(30)} project ${formatScore(score)}   pdftotext ${poppler ? formatScore(poppler) : "n/a"}`,
      );
      if (score.f1 < LAYOUT_F1_TARGET)
        process.stdout.write(`${spec.name} pdf misses:\n${score.misses.join("\n")}\n`);
      expect(score.f1).toBeGreaterThanOrEqual(LAYOUT_F1_TARGET);
    });
  }
});
