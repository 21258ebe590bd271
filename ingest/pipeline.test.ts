/**
 * The ingest pipeline end to end on the real embedded store: bad files are reported and the rest
 * goes in, a re-run never duplicates, and an ingest interrupted before the store switched
 * generations leaves the previous graph and completes when run again.
 */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openKuzuStore } from "../cypher/kuzu-store.ts";
import type { GraphCounts } from "../cypher/store.ts";
import { ingestPaths } from "./pipeline.ts";
import { useTempDirs } from "./test-temp-dirs.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const fixture = (name: string) => path.join(repoRoot, "fixtures/articles", name);
const readerData = (name: string) => path.join(repoRoot, "ingest/read/testdata", name);

const GOOD = ["01-three-national-models.txt", "02-scope-chain.txt", "03-appositive-chain.txt"];

const tempDir = useTempDirs();

/** A folder of inputs: three good articles, a binary file, an empty file and a truncated PDF. */
async function inputFolder(): Promise<string> {
  const dir = await tempDir("laomo-in-");
  for (const f of GOOD) await copyFile(fixture(f), path.join(dir, f));
  await copyFile(readerData("binary.txt"), path.join(dir, "binary.txt"));
  await writeFile(path.join(dir, "empty.txt"), "");
  await copyFile(readerData("page-truncated.pdf"), path.join(dir, "page-truncated.pdf"));
  await mkdir(path.join(dir, "notes"));
  await writeFile(path.join(dir, "notes", "gold.json"), "{}");
  return dir;
}

function total(c: GraphCounts): number {
  return Object.values(c.nodes).reduce((a, b) => a + b, 0) + Object.values(c.rels).reduce((a, b) => a + b, 0);
}

describe("ingestPaths", () => {
  it("skips bad files with a reason, ingests the rest, and a re-run leaves identical counts", async () => {
    const input = await inputFolder();
    const dataDir = await tempDir("laomo-data-");
    const store = await openKuzuStore({ dataDir });
    try {
      const first = await ingestPaths([input], { store, dataDir });
      expect(first.files).toBe(GOOD.length);
      expect(first.skipped.map((s) => path.basename(s.file)).sort()).toEqual(
        ["binary.txt", "empty.txt", "page-truncated.pdf"].sort(),
      );
      for (const s of first.skipped) expect(s.reason.length).toBeGreaterThan(5);
      expect(first.ignored.map((s) => path.basename(s.file))).toEqual(["gold.json"]);
      const counts1 = await store.counts();
      expect(counts1.nodes.Article).toBe(first.graphArticles);
      expect(counts1.nodes.Person).toBeGreaterThan(3);
      expect(counts1.rels.SPOKE_AT).toBeGreaterThan(0);

      const again = await ingestPaths([input], { store, dataDir });
      expect(await store.counts()).toEqual(counts1);
      expect(again.nodes).toBe(first.nodes);
      expect(again.rels).toBe(first.rels);

      // The same article under another file name is one article, not two.
      const copy = path.join(input, "copy-of-01.txt");
      await copyFile(fixture(GOOD[0]!), copy);
      await ingestPaths([copy], { store, dataDir });
      expect(await store.counts()).toEqual(counts1);
    } finally {
      await store.close();
    }
  });

  it("a dry run writes nothing", async () => {
    const input = await inputFolder();
    const dataDir = await tempDir("laomo-data-");
    const store = await openKuzuStore({ dataDir });
    try {
      const dry = await ingestPaths([input], { store, dataDir, dryRun: true });
      expect(dry.dryRun).toBe(true);
      expect(dry.nodes).toBeGreaterThan(0);
      expect(total(await store.counts())).toBe(0);
    } finally {
      await store.close();
    }
  });

  it("an ingest interrupted before the switch keeps the old graph; running it again completes", async () => {
    const dataDir = await tempDir("laomo-data-");
    const clean = await tempDir("laomo-clean-");
    const input = await inputFolder();
    const firstFile = path.join(input, GOOD[0]!);

    // Reference: the whole input ingested in one uninterrupted run.
    const ref = await openKuzuStore({ dataDir: clean });
    await ingestPaths([input], { store: ref, dataDir: clean });
    const expected = await ref.counts();
    await ref.close();

    let interrupt = false;
    const store = await openKuzuStore({
      dataDir,
      beforeSwitch: () => {
        if (interrupt) throw new Error("simulated crash during the store write");
      },
    });
    try {
      await ingestPaths([firstFile], { store, dataDir });
      const before = await store.counts();
      interrupt = true;
      // The store reports the failure in its own (generic) words; the cause is the simulated crash.
      await expect(ingestPaths([input], { store, dataDir })).rejects.toThrow();
      expect(await store.counts()).toEqual(before);
      interrupt = false;
      await ingestPaths([input], { store, dataDir });
      expect(await store.counts()).toEqual(expected);
    } finally {
      await store.close();
    }
  });
});
