/**
 * Read time of two checkouts on one corpus, interleaved file by file in one process (the order
 * alternates), so machine load weighs on both alike. Used for issue 11's "reading stays fast":
 *   git worktree add /tmp/old <commit> && ln -s "$PWD/node_modules" /tmp/old/node_modules
 *   npx tsx bench/compare-read.ts /tmp/old . <corpus dir of .txt pages>
 * (a corpus: `writeCorpus` of ingest/generate, as the bench's generate stage writes it).
 */
import { readdirSync } from "node:fs";
import path from "node:path";

const [oldRoot, newRoot, corpus] = process.argv.slice(2);
if (!oldRoot || !newRoot || !corpus) {
  console.error("usage: npx tsx bench/compare-read.ts OLD_ROOT NEW_ROOT CORPUS_DIR");
  process.exit(2);
}
const A = await import(path.join(oldRoot, "ingest/read/index.ts"));
const B = await import(path.join(newRoot, "ingest/read/index.ts"));
const files = readdirSync(corpus)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => path.join(corpus, f));
for (const f of files.slice(0, 200)) {
  await A.readDocument(f);
  await B.readDocument(f);
}
let ta = 0,
  tb = 0;
for (const [i, f] of files.entries()) {
  const first = i % 2 === 0 ? A : B;
  const second = first === A ? B : A;
  const t0 = performance.now();
  await first.readDocument(f);
  const t1 = performance.now();
  await second.readDocument(f);
  const t2 = performance.now();
  if (first === A) {
    ta += t1 - t0;
    tb += t2 - t1;
  } else {
    tb += t1 - t0;
    ta += t2 - t1;
  }
}
console.log(
  `files=${files.length} old=${(ta / 1000).toFixed(2)}s new=${(tb / 1000).toFixed(2)}s ratio=${(tb / ta).toFixed(3)}`,
);
