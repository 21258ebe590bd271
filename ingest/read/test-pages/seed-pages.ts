/**
 * The seed page (../shared/seed, the user's document) typeset in three layouts at run time,
 * scored against ../shared/eval/seed-gold.json. The seed text is split into its articles by
 * its blank-line structure; the gold's titles say which short lines are headlines (lines
 * before the first one are the page banner, lines between a headline and the body are
 * subtitles). Nothing of the seed is written into the repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type BuiltPage, printPages } from "./build-test-pages.ts";
import type { PageSpec } from "./render-html.ts";
import type { Chrome, GoldPage, PageArticle } from "./types.ts";

const shared = path.resolve(import.meta.dirname, "../../../../shared");
export const SEED_GOLD = path.join(shared, "eval/seed-gold.json");
const SEED_DIR = path.join(shared, "seed");

export function seedAvailable(): boolean {
  return (
    existsSync(SEED_GOLD) && existsSync(SEED_DIR) && readdirSync(SEED_DIR).some((f) => f.endsWith(".txt"))
  );
}

const FINAL = /[。！？；：…”」』）)]$/;
const CREDIT = /摄$/;

/** Paragraphs of the seed with PDF-style breaks (a long line cut mid-sentence) joined. */
function paragraphs(text: string): string[] {
  const raw = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, "").trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const p of raw) {
    const prev = out.at(-1);
    if (prev !== undefined && prev.length >= 40 && !FINAL.test(prev) && !CREDIT.test(prev))
      out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out;
}

export interface SeedPage {
  banner: string[];
  articles: PageArticle[];
}

export function splitSeed(text: string, titles: string[]): SeedPage {
  const wanted = new Set(titles);
  const banner: string[] = [];
  const articles: PageArticle[] = [];
  let current: PageArticle | null = null;
  let inHead = false;
  for (const p of paragraphs(text)) {
    if (wanted.has(p)) {
      current = { id: `seed-${articles.length + 1}`, headline: p, subtitles: [], paragraphs: [] };
      articles.push(current);
      inHead = true;
    } else if (!current) banner.push(p);
    else if (inHead && p.length < 40 && !FINAL.test(p) && !p.startsWith("本报讯")) current.subtitles?.push(p);
    else if (CREDIT.test(p) && p.length < 20) current.credit = p;
    else {
      current.paragraphs.push(p);
      inHead = false;
    }
  }
  const missing = titles.filter((t) => !articles.some((a) => a.headline === t));
  if (missing.length > 0) throw new Error(`seed page: headlines not found: ${missing.join(", ")}`);
  return { banner, articles };
}

function seedText(): string {
  const file = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()[0];
  if (!file) throw new Error(`no seed text in ${SEED_DIR}`);
  return readFileSync(path.join(SEED_DIR, file), "utf8");
}

const PAPER = "京华职工报";
const DATE = "2025年5月20日 星期二";
const masthead = (page: number): Chrome => ({
  kind: "masthead",
  paper: PAPER,
  date: DATE,
  page,
  section: "工会新闻",
});
const folio = (page: number): Chrome => ({
  kind: "folio",
  paper: PAPER,
  date: DATE,
  page,
  section: "工会新闻",
});

/** The first article's credit line becomes the caption of a photo inside its columns. */
function withPhoto(a: PageArticle): PageArticle {
  if (!a.credit) return a;
  return { ...a, credit: undefined, photo: { caption: a.credit, at: 2 } };
}

function seedLayouts(page: SeedPage): PageSpec[] {
  const [a1, a2, a3, a4, a5, a6] = page.articles;
  if (!a1 || !a2 || !a3 || !a4 || !a5 || !a6) throw new Error("seed page: expected six articles");
  const banner: Chrome[] = page.banner.map((text) => ({ kind: "banner", text }));
  const size = { width: 1100, height: 1700, fontSize: 11 };
  return [
    {
      name: "seed-four-columns",
      about: "seed page: 4 columns, banner, lead across the page with a photo, articles in pairs",
      ...size,
      sheets: [
        {
          top: [masthead(3), ...banner],
          columns: 4,
          blocks: [
            { article: withPhoto(a1), column: "1 / span 4", bodyColumns: 4, headSize: 26 },
            { article: a2, column: "1 / span 2", bodyColumns: 2, headSize: 18 },
            { article: a3, column: "3 / span 2", bodyColumns: 2, headSize: 18 },
            { article: a4, column: "1 / span 2", bodyColumns: 2, headSize: 18 },
            { article: a5, column: "3 / span 2", bodyColumns: 2, headSize: 18 },
            { article: a6, column: "1 / span 4", bodyColumns: 4, headSize: 18 },
          ],
        },
      ],
    },
    {
      name: "seed-five-columns-sidebar",
      about: "seed page: 5 columns, a boxed sidebar beside the lead, an ad",
      ...size,
      sheets: [
        {
          top: [folio(3), ...banner],
          columns: 5,
          blocks: [
            { article: withPhoto(a1), column: "1 / span 3", bodyColumns: 3, headSize: 24 },
            {
              article: a2,
              column: "4 / span 2",
              row: "1 / span 2",
              bodyColumns: 2,
              headSize: 17,
              boxed: true,
            },
            { article: a3, column: "1 / span 3", bodyColumns: 3, headSize: 18 },
            { article: a4, column: "1 / span 3", bodyColumns: 3, headSize: 18 },
            { article: a5, column: "4 / span 2", bodyColumns: 2, headSize: 17 },
            { article: a6, column: "1 / span 3", bodyColumns: 3, headSize: 18 },
            {
              chrome: {
                kind: "ad",
                title: "职工之家 健身卡",
                lines: ["办理热线：0000-66668888", "会员专享优惠"],
              },
              column: "4 / span 2",
            },
          ],
        },
      ],
    },
    {
      name: "seed-six-columns-vertical",
      about: "seed page: 6 columns, headlines over 3 and 2 columns, a vertical headline",
      ...size,
      sheets: [
        {
          top: [masthead(3), ...banner],
          columns: 6,
          blocks: [
            { article: withPhoto(a1), column: "1 / span 4", bodyColumns: 4, headSize: 24 },
            { article: a2, column: "5 / span 2", row: "1 / span 2", bodyColumns: 2, headSize: 16 },
            { article: a3, column: "1 / span 4", bodyColumns: 4, headSize: 18 },
            { article: a4, column: "1 / span 3", bodyColumns: 3, headSize: 17 },
            { article: a5, column: "4 / span 3", bodyColumns: 3, headSize: 17 },
            { article: a6, column: "1 / span 6", bodyColumns: 4, headSize: 22, vertical: true },
          ],
        },
      ],
    },
  ];
}

/** Prints the seed layouts into `outDir`; each page's gold is a copy of the seed gold. */
export async function buildSeedPages(outDir: string): Promise<BuiltPage[]> {
  const gold = JSON.parse(readFileSync(SEED_GOLD, "utf8")) as GoldPage;
  const page = splitSeed(
    seedText(),
    gold.articles.map((a) => a.title),
  );
  return printPages(outDir, seedLayouts(page), (spec) => ({ ...gold, source: `${spec.name}.pdf` }));
}
