/**
 * The seed page (../shared/seed) typeset in three layouts at test time and printed with
 * Chromium: each PDF must score micro-F1 ≥ LAYOUT_F1_TARGET against ../shared/eval/seed-gold.json
 * (pdftotext's score printed beside it). Skips only when ../shared or Chromium is absent and CI
 * is not "true".
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuiltPage } from "./build-test-pages.ts";
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
import { buildSeedPages, SEED_GOLD, seedAvailable, splitSeed } from "./seed-pages.ts";

const ready = chromiumAvailable() && scorerAvailable() && seedAvailable();
const SEED_LAYOUTS = ["seed-four-columns", "seed-five-columns-sidebar", "seed-six-columns-vertical"];

describe.skipIf(!ready && process.env.CI !== "true")("the seed page, printed", () => {
  let dir = "";
  let pages: BuiltPage[] = [];
  const rows: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "seed-pages-"));
    pages = await buildSeedPages(dir);
  }, 600_000);

  afterAll(() => {
    if (rows.length > 0)
      process.stdout.write(`\nseed page layouts (project vs pdftotext):\n${rows.join("\n")}\n`);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("splits the seed into its six articles, the banner and the subtitle", () => {
    const seedDir = path.join(path.dirname(SEED_GOLD), "../seed");
    const file = readdirSync(seedDir).find((f) => f.endsWith(".txt")) ?? "";
    const gold = JSON.parse(readFileSync(SEED_GOLD, "utf8")) as { articles: { title: string }[] };
    const split = splitSeed(
      readFileSync(path.join(seedDir, file), "utf8"),
      gold.articles.map((a) => a.title),
    );
    expect(split.articles.map((a) => a.headline)).toEqual(gold.articles.map((a) => a.title));
    expect(split.banner).toHaveLength(1);
    expect(split.articles[1]?.subtitles).toHaveLength(1);
    for (const a of split.articles) expect(a.paragraphs[0]).toMatch(/^本报讯/);
  });

  for (const name of SEED_LAYOUTS) {
    it(`${name}: the PDF scores micro-F1 ≥ ${LAYOUT_F1_TARGET} against the seed gold`, async () => {
      const p = pages.find((x) => x.name === name);
      if (!p) throw new Error(`seed layout ${name} was not built`);
      const score = await scoreFile(p.pdf, p.gold);
      let poppler: PageScore | null = null;
      if (pdftotextAvailable()) poppler = await scorePdftotext(p.pdf, p.gold);
      rows.push(
        `  ${name.padEnd(30)} project ${formatScore(score)}   pdftotext ${poppler ? formatScore(poppler) : "n/a"}`,
      );
      if (score.f1 < LAYOUT_F1_TARGET)
        process.stdout.write(`${name} pdf misses:\n${score.misses.join("\n")}\n`);
      expect(score.f1).toBeGreaterThanOrEqual(LAYOUT_F1_TARGET);
    });
  }
});
