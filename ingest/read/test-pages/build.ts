/**
 * `npx tsx ingest/read/test-pages/build.ts OUTDIR [--seed]`: writes the test pages (HTML, PDF,
 * gold, plain text) into OUTDIR to look at; `--seed` adds the seed page's layouts (built from
 * ../shared/seed, never committed).
 */
import { buildTestPages } from "./build-test-pages.ts";
import { buildSeedPages, seedAvailable } from "./seed-pages.ts";

async function main(): Promise<number> {
  const [outDir, ...rest] = process.argv.slice(2);
  if (!outDir) {
    process.stderr.write("usage: npx tsx ingest/read/test-pages/build.ts OUTDIR [--seed]\n");
    return 2;
  }
  const pages = await buildTestPages(outDir);
  if (rest.includes("--seed")) {
    if (seedAvailable()) pages.push(...(await buildSeedPages(outDir)));
    else process.stderr.write("seed page not found under ../shared; seed layouts skipped\n");
  }
  for (const p of pages)
    process.stdout.write(`${p.pdf}  (${p.sheets} page${p.sheets > 1 ? "s" : ""}: ${p.about})\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
