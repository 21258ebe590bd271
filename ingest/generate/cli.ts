/**
 * Command line for the corpus generator:
 * `npx tsx ingest/generate/cli.ts --articles 300 --out samples/corpus --seed 1 [--per-page N]`.
 * Writes page `.txt` files and `gold.json` into the output folder.
 */
import { parseArgs } from "node:util";
import { writeCorpus } from "./write-corpus.ts";

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return n;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      articles: { type: "string" },
      out: { type: "string" },
      seed: { type: "string" },
      "per-page": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || !values.out) {
    process.stderr.write(
      "usage: npx tsx ingest/generate/cli.ts --out DIR [--articles 300] [--seed 1] [--per-page N]\n",
    );
    return values.help ? 0 : 2;
  }
  try {
    const articles = positiveInt("articles", values.articles, 300);
    const seed = positiveInt("seed", values.seed, 1);
    const perPage = values["per-page"] ? positiveInt("per-page", values["per-page"], 0) : undefined;
    const started = performance.now();
    const s = writeCorpus({
      articles,
      seed,
      out: values.out,
      ...(perPage ? { articlesPerPage: perPage } : {}),
    });
    const ms = performance.now() - started;
    process.stdout.write(
      `wrote ${s.articles} articles on ${s.pages} pages (${(s.bytes / 1024).toFixed(0)} KiB) and ${s.goldFile} in ${ms.toFixed(0)} ms\n`,
    );
    return 0;
  } catch (e) {
    process.stderr.write(`generate: ${(e as Error).message}\n`);
    return 2;
  }
}

process.exitCode = main();
