/**
 * A user's own evaluation set (`npm run eval -- --gold FILE [--data DIR]`): the reviewed
 * articles exported by `npm run corrections -- export --gold` are the gold; their texts come from
 * the data dir's journal (matched by title) and go through today's extractor on the same path as
 * `npm run extract` (read → segment → extract), so a user measures the extractor on their paper.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Journal } from "../ingest/journal.ts";
import type { ArticleExtraction } from "../ingest/types.ts";
import { extractFile } from "./extract-file.ts";
import type { GoldArticleIn } from "./gold-types.ts";
import type { EvalSet } from "./sets.ts";

/** Reads an exported gold file: `{ articles: [...] }` with a title each. */
export async function readGoldExport(file: string): Promise<GoldArticleIn[]> {
  const raw = JSON.parse(await readFile(file, "utf8")) as unknown;
  const articles = (raw as { articles?: unknown })?.articles;
  if (!Array.isArray(articles) || articles.some((a) => typeof (a as GoldArticleIn)?.title !== "string"))
    throw new Error(`${file} is not a gold file: { "articles": [{ "title": … }] } expected`);
  return articles as GoldArticleIn[];
}

/**
 * The set: one document per gold article, its prediction the extractor's articles of its text.
 * A gold article whose text the journal does not hold is listed as skipped.
 */
export async function loadGoldExportSet(goldFile: string, dataDir: string): Promise<EvalSet> {
  const gold = await readGoldExport(goldFile);
  const set: EvalSet = {
    // The report names the set after the file (run.ts); the scoring treats it like fixtures.
    name: "fixtures",
    real: false,
    blind: false,
    docs: [],
    missing: [],
    skipped: [],
    warnings: [],
  };
  const byTitle = new Map<string, ArticleExtraction>();
  for (const a of await new Journal(dataDir).readAll()) if (!byTitle.has(a.title)) byTitle.set(a.title, a);
  const tmp = await mkdtemp(path.join(tmpdir(), "laomo-gold-eval-"));
  try {
    let n = 0;
    for (const g of gold) {
      n += 1;
      const id = `gold-${String(n).padStart(3, "0")}`;
      const article = byTitle.get(g.title);
      if (!article) {
        set.skipped.push({ id, reason: `no article titled "${g.title}" in the journal of ${dataDir}` });
        continue;
      }
      // The file name carries the article's date, as an ingested file's name would.
      const file = path.join(tmp, `${article.date ?? "undated"}-${id}.txt`);
      await writeFile(file, article.text.endsWith("\n") ? article.text : `${article.text}\n`);
      try {
        const x = await extractFile(file);
        for (const w of x.warnings) set.warnings.push(`${id}: ${w}`);
        set.docs.push({ id, gold: [g], pred: x.articles });
      } catch (e) {
        set.warnings.push(`${id}: not extracted: ${e instanceof Error ? e.message : String(e)}`);
        set.docs.push({ id, gold: [g], pred: [] });
      }
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return set;
}
