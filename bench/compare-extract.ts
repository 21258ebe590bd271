/**
 * Segmentation + extraction time of two checkouts on one corpus in one process, batch by batch
 * with the order alternating, so machine load weighs on both alike (on the shared 2-core machine
 * two bench runs back to back differ by 10–20 % from load alone):
 *   git worktree add /tmp/old <commit> && ln -s "$PWD/node_modules" /tmp/old/node_modules
 *   npx tsx bench/compare-extract.ts /tmp/old . <corpus dir of .txt pages> [pages per batch, 50]
 * Each checkout keeps its own caches and compiled code; both start cold. Prints wall and CPU
 * seconds of each side and new ÷ old.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { ArticleExtraction, RawDocument, SegmentedArticle } from "../ingest/types.ts";

interface Side {
  segment: (doc: RawDocument) => SegmentedArticle[];
  extract: (a: SegmentedArticle) => ArticleExtraction;
  wall: number;
  cpu: number;
}

const [oldRoot, newRoot, corpus, batchArg = "50"] = process.argv.slice(2);
if (!oldRoot || !newRoot || !corpus) {
  console.error("usage: npx tsx bench/compare-extract.ts OLD_ROOT NEW_ROOT CORPUS_DIR [PAGES_PER_BATCH]");
  process.exit(2);
}

async function load(root: string): Promise<Side> {
  const seg = await import(path.resolve(root, "ingest/segment-by-region.ts"));
  const ext = await import(path.resolve(root, "ingest/extract/index.ts"));
  return { segment: seg.segmentByRegion, extract: ext.extractArticle, wall: 0, cpu: 0 };
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const older = await load(oldRoot);
const newer = await load(newRoot);
const { readDocument } = await import(path.resolve(oldRoot, "ingest/read/index.ts"));
const docs: RawDocument[] = [];
for (const f of readdirSync(corpus)
  .filter((f) => f.endsWith(".txt"))
  .sort())
  docs.push(await readDocument(path.join(corpus, f)));
const batch = Number(batchArg);
for (let i = 0, k = 0; i < docs.length; i += batch, k++) {
  const pages = docs.slice(i, i + batch);
  for (const side of k % 2 === 0 ? [older, newer] : [newer, older]) {
    const t0 = performance.now();
    const c0 = cpuMs();
    for (const d of pages) for (const a of side.segment(d)) side.extract(a);
    side.wall += performance.now() - t0;
    side.cpu += cpuMs() - c0;
  }
}
const s = (ms: number) => (ms / 1000).toFixed(2);
console.log(
  `pages=${docs.length} wall old=${s(older.wall)}s new=${s(newer.wall)}s new/old=${(newer.wall / older.wall).toFixed(3)}` +
    ` | cpu old=${s(older.cpu)}s new=${s(newer.cpu)}s new/old=${(newer.cpu / older.cpu).toFixed(3)}`,
);
