/**
 * `npm run extract -- FILE|FOLDER... [--format gold-json|json] [--date YYYY-MM-DD]`
 * Reads, segments and extracts each file (a folder: the files the ingest would read in it, as
 * `listInputFiles` lists them — thousands of paths on one command line fail before Node starts)
 * and prints ONE JSON object on stdout: the evaluation
 * format (gold-json, default) or every ArticleExtraction with evidence (json; each evidence that
 * names its rule carries the rule's measured precision, `measured: {right, hits}`). Errors go to
 * stderr with the file name, and so do warnings (an article without a date, a reader's warning);
 * the exit code is 1 when any file failed. `--layout out.html` also
 * draws how each PDF page was read (blocks by role, columns, article regions in reading order).
 */
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { extractArticle } from "../extract/index.ts";
import { precisionTable } from "../extract/rules/calibration.ts";
import { toGoldJson } from "../extract/to-gold.ts";
import { withIngestWarnings } from "../pipeline.ts";
import { readDocument } from "../read/index.ts";
import { listInputFiles } from "../read/list-files.ts";
import { drawLayout } from "../read/pdf-layout/draw-layout.ts";
import type { PageLayout } from "../read/pdf-layout/types.ts";
import { readPdfLayout } from "../read/read-pdf.ts";
import { segmentByRegion } from "../segment-by-region.ts";
import type { ArticleExtraction, Span } from "../types.ts";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: "string", default: "gold-json" },
      date: { type: "string" },
      layout: { type: "string" },
    },
  });
  if (positionals.length === 0 || (values.format !== "gold-json" && values.format !== "json")) {
    process.stderr.write(
      "usage: npm run extract -- FILE|FOLDER... [--format gold-json|json] [--date YYYY-MM-DD] [--layout out.html]\n",
    );
    return 2;
  }
  const all: ArticleExtraction[] = [];
  const pictures: string[] = [];
  const listed = await listInputFiles(positionals);
  let failed = listed.skipped.length;
  for (const s of listed.skipped) process.stderr.write(`${s.file}: ${s.reason}\n`);
  for (const s of listed.ignored) process.stderr.write(`${s.file}: not read: ${s.reason}\n`);
  for (const file of listed.files) {
    try {
      const doc = await readDocument(file, values.date ? { date: values.date } : {});
      for (const w of doc.warnings ?? []) process.stderr.write(`${file}: warning: ${w}\n`);
      const articles = segmentByRegion(doc);
      if (articles.length === 0) throw new Error("no articles found (a page with no headline and body)");
      for (const a of articles) {
        const x = withIngestWarnings(extractArticle(a));
        for (const w of x.warnings) process.stderr.write(`${file} «${x.title}»: warning: ${w}\n`);
        all.push(x);
      }
    } catch (e) {
      failed++;
      const msg = e instanceof Error ? e.message : String(e);
      process.stderr.write(`${msg.startsWith(file) ? msg : `${file}: ${msg}`}\n`);
    }
  }
  if (values.layout) {
    for (const file of listed.files.filter((f) => /\.pdf$/i.test(f))) {
      try {
        const pages: PageLayout[] = (await readPdfLayout(new Uint8Array(await readFile(file)))).pages;
        pictures.push(drawLayout(pages, file));
      } catch (e) {
        process.stderr.write(`${file}: no layout picture: ${e instanceof Error ? e.message : String(e)}\n`);
      }
    }
    // One file per run: several PDFs go one after the other in it.
    const html = pictures
      .join("\n")
      .replace(/<\/body><\/html>\n(?=<!doctype html>)/g, "")
      .replace(/(?<!^)<!doctype html>.*?<body>/gs, "");
    await writeFile(values.layout, html || "<!doctype html><p>no PDF pages</p>\n");
    process.stderr.write(`layout picture: ${values.layout}\n`);
  }
  const out = values.format === "json" ? all : { ...toGoldJson(all) };
  process.stdout.write(
    `${JSON.stringify(out, values.format === "json" ? withMeasuredRule() : undefined, 2)}\n`,
  );
  return failed > 0 ? 1 : 0;
}

/**
 * A JSON replacer that gives each evidence span naming a rule the rule's measured precision, as
 * calibrated scoring read it (ingest/extract/rules/precision.json): `measured: {right, hits}`.
 */
function withMeasuredRule(): (key: string, value: unknown) => unknown {
  const table = precisionTable();
  return (_key, value) => {
    if (!table || typeof value !== "object" || value === null || !("spanStart" in value)) return value;
    const rule = (value as Span).rule;
    const row = rule ? table.rules[rule] : undefined;
    return row ? { ...value, measured: { right: row.right, hits: row.hits } } : value;
  };
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
