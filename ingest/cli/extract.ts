/**
 * `npm run extract -- FILE... [--format gold-json|json] [--date YYYY-MM-DD]`
 * Reads, segments and extracts each file and prints ONE JSON object on stdout: the evaluation
 * format (gold-json, default) or every ArticleExtraction with evidence (json). Errors go to
 * stderr with the file name; the exit code is 1 when any file failed.
 */
import { parseArgs } from "node:util";
import { extractArticle } from "../extract/index.ts";
import { toGoldJson } from "../extract/to-gold.ts";
import { readDocument } from "../read/index.ts";
import { segmentByRegion } from "../segment-by-region.ts";
import type { ArticleExtraction } from "../types.ts";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: "string", default: "gold-json" },
      date: { type: "string" },
    },
  });
  if (positionals.length === 0 || (values.format !== "gold-json" && values.format !== "json")) {
    process.stderr.write("usage: npm run extract -- FILE... [--format gold-json|json] [--date YYYY-MM-DD]\n");
    return 2;
  }
  const all: ArticleExtraction[] = [];
  let failed = 0;
  for (const file of positionals) {
    try {
      const doc = await readDocument(file, values.date ? { date: values.date } : {});
      const articles = segmentByRegion(doc);
      if (articles.length === 0) throw new Error("no articles found (a page with no headline and body)");
      all.push(...articles.map(extractArticle));
    } catch (e) {
      failed++;
      const msg = e instanceof Error ? e.message : String(e);
      process.stderr.write(`${msg.startsWith(file) ? msg : `${file}: ${msg}`}\n`);
    }
  }
  const out = values.format === "json" ? all : { ...toGoldJson(all) };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
