/**
 * Incremental ingest on the real embedded store: after every step (new files, a changed file, the
 * same files again, a removed file) the graph equals a full rebuild of the same inputs, compared
 * as a canonical dump of every node and relationship with all their properties. A correction
 * is written as a delta too, and gives the graph a full rewrite gives.
 */
import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dumpGraph, type GraphDump } from "../cypher/graph-dump.ts";
import { openKuzuStore } from "../cypher/kuzu-store.ts";
import { CorrectionLog, newEntryId } from "./corrections/log.ts";
import { generateCorpus } from "./generate/index.ts";
import { ingestPaths, rebuildGraph, removePaths } from "./pipeline.ts";
import type { ResolutionMode } from "./resolve/partial.ts";
import { useTempDirs } from "./test-temp-dirs.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.join(repoRoot, "samples/corpus");

const tempDir = useTempDirs();

/** The graph a fresh data folder gets from one full ingest of `files` (the reference). */
async function rebuiltFrom(files: string[]): Promise<GraphDump> {
  const dataDir = await tempDir("laomo-ref-");
  const store = await openKuzuStore({ dataDir, consoleWorker: false });
  try {
    const s = await ingestPaths(files, { store, dataDir, rebuild: true });
    expect(s.write?.mode).toBe("rebuild");
    return await dumpGraph(store);
  } finally {
    await store.close();
  }
}

describe("incremental ingest", () => {
  it("new files, a changed file, a re-run and a removal each give the graph a rebuild gives", async () => {
    const names = (await readdir(corpus)).sort().slice(0, 9);
    const input = await tempDir("laomo-in-");
    for (const n of names) await copyFile(path.join(corpus, n), path.join(input, n));
    const file = (i: number) => path.join(input, names[i]!);
    const dataDir = await tempDir("laomo-data-");
    const store = await openKuzuStore({ dataDir, consoleWorker: false });
    try {
      // The first ingest has nothing to diff against: a rebuild.
      const first = await ingestPaths([0, 1, 2, 3, 4].map(file), { store, dataDir });
      expect(first.write?.mode).toBe("rebuild");

      // A page of new files: a delta, and the graph of a rebuild of all of them.
      const added = await ingestPaths([5, 6, 7].map(file), { store, dataDir });
      expect(added.write?.mode).toBe("incremental");
      expect(added.write!.nodesWritten).toBeGreaterThan(0);
      expect(added.write!.nodesWritten).toBeLessThan(added.nodes);
      const eight = [0, 1, 2, 3, 4, 5, 6, 7].map(file);
      expect(await dumpGraph(store)).toEqual(await rebuiltFrom(eight));

      // The same files again: nothing changes, and nothing is written.
      const again = await ingestPaths(eight, { store, dataDir });
      expect(again.write).toMatchObject({ mode: "incremental", nodesWritten: 0, relsWritten: 0 });

      // A changed file: its old facts are replaced by the new ones.
      const before = await readFile(file(6), "utf8");
      const changed = before.replace(/\n([^\n]{20,})\n/, "\n$1\n本报讯 这一段是补写的文字，不提任何人。\n");
      expect(changed).not.toBe(before);
      await writeFile(file(6), changed);
      const re = await ingestPaths([file(6)], { store, dataDir });
      expect(re.write?.mode).toBe("incremental");
      const afterChange = await dumpGraph(store);
      expect(afterChange).toEqual(await rebuiltFrom(eight));
      expect(JSON.stringify(afterChange)).toContain("这一段是补写的文字");

      // --remove: the file's articles and every entity only it stated leave the graph.
      const articleIds = afterChange.nodes
        .filter((n) => n.label === "Article" && String(n.file) === file(6))
        .map((n) => String(n.id));
      expect(articleIds.length).toBeGreaterThan(0);
      const removed = await removePaths([file(6)], { store, dataDir });
      expect(removed.removed).toBe(1);
      expect(removed.write?.mode).toBe("incremental");
      const afterRemove = await dumpGraph(store);
      const remaining = [0, 1, 2, 3, 4, 5, 7].map(file);
      expect(afterRemove).toEqual(await rebuiltFrom(remaining));
      for (const id of articleIds) expect(JSON.stringify(afterRemove)).not.toContain(id);
      expect(afterRemove.nodes.length).toBeLessThan(afterChange.nodes.length);

      // A path the journal does not know is reported, and the graph stays.
      const unknown = await removePaths([path.join(input, "never-ingested.txt")], { store, dataDir });
      expect(unknown.skipped.map((s) => path.basename(s.file))).toEqual(["never-ingested.txt"]);
      expect(await dumpGraph(store)).toEqual(afterRemove);

      // --rebuild writes the whole graph, the same one.
      const rebuilt = await ingestPaths([file(0)], { store, dataDir, rebuild: true });
      expect(rebuilt.write).toMatchObject({ mode: "rebuild", reason: "--rebuild asked for a full rebuild" });
      expect(await dumpGraph(store)).toEqual(afterRemove);
    } finally {
      await store.close();
    }
  }, 180_000);

  it("a correction is written as a delta, equal to a full rewrite with the correction", async () => {
    const names = (await readdir(corpus)).sort().slice(20, 23);
    const dataDir = await tempDir("laomo-data-");
    const store = await openKuzuStore({ dataDir, consoleWorker: false });
    try {
      await ingestPaths(
        names.map((n) => path.join(corpus, n)),
        { store, dataDir },
      );
      const before = await dumpGraph(store);
      const org = before.nodes.find((n) => n.label === "Organization" && Array.isArray(n.articleIds));
      expect(org).toBeDefined();
      await new CorrectionLog(dataDir).append([
        {
          id: newEntryId(),
          at: new Date().toISOString(),
          by: "test",
          before: {},
          after: {},
          action: "rename",
          target: {
            label: "Organization",
            name: String(org!.name),
            articleId: String((org!.articleIds as string[])[0]),
          },
          name: "改过名的测试单位",
        },
      ]);
      const corrected = await rebuildGraph({ store, dataDir });
      expect(corrected.outcomes.map((o) => o.status)).toEqual(["applied"]);
      expect(corrected.write).toMatchObject({ mode: "incremental" });
      const afterDelta = await dumpGraph(store);
      expect(afterDelta.nodes.find((n) => n.id === org!.id)?.name).toBe("改过名的测试单位");
      const full = await rebuildGraph({ store, dataDir, rebuild: true });
      expect(full.write.mode).toBe("rebuild");
      expect(await dumpGraph(store)).toEqual(afterDelta);
    } finally {
      await store.close();
    }
  }, 180_000);

  it("on a generated corpus, pages added one by one, a removal and a correction each equal a rebuild", async () => {
    const input = await tempDir("laomo-gen-in-");
    const files: string[] = [];
    for (const page of generateCorpus({ articles: 90, seed: 7 })) {
      const f = path.join(input, page.file);
      await writeFile(f, page.text);
      files.push(f);
    }
    const dataDir = await tempDir("laomo-gen-data-");
    const store = await openKuzuStore({ dataDir, consoleWorker: false });
    const modes: ResolutionMode[] = [];
    const onResolution = (m: ResolutionMode) => modes.push(m);
    try {
      await ingestPaths(files.slice(0, 20), { store, dataDir, onResolution });
      for (const n of [20, 22]) {
        const page = files.slice(n, n + 2);
        const added = await ingestPaths(page, { store, dataDir, onResolution });
        expect(added.write?.mode).toBe("incremental");
        expect(await dumpGraph(store)).toEqual(await rebuiltFrom(files.slice(0, n + 2)));
      }
      const removed = await removePaths([files[5]!], { store, dataDir, onResolution });
      expect(removed.write?.mode).toBe("incremental");
      const left = files.slice(0, 24).filter((_, i) => i !== 5);
      const afterRemove = await dumpGraph(store);
      expect(afterRemove).toEqual(await rebuiltFrom(left));
      // Every relationship has both endpoints (the dump reads them from the query's columns).
      expect(afterRemove.rels.length).toBeGreaterThan(500);
      expect(afterRemove.rels.filter((r) => !r.source || !r.target)).toEqual([]);
      expect(modes.map((m) => m.mode)).toEqual(["full", "partial", "partial", "partial"]);

      // A correction (rename a person), then another page: the correction holds, as in a rewrite.
      const person = afterRemove.nodes.find(
        (n) => n.label === "Person" && !String(n.mergeKey).startsWith("journalist"),
      );
      expect(person).toBeDefined();
      await new CorrectionLog(dataDir).append([
        {
          id: newEntryId(),
          at: new Date().toISOString(),
          by: "test",
          before: {},
          after: {},
          action: "rename",
          target: {
            label: "Person",
            name: String(person!.name),
            articleId: String((person!.articleIds as string[])[0]),
          },
          name: "改过名的测试人",
        },
      ]);
      const corrected = await rebuildGraph({ store, dataDir });
      expect(corrected.outcomes.map((o) => o.status)).toEqual(["applied"]);
      await ingestPaths([files[24]!], { store, dataDir, onResolution });
      expect(modes.at(-1)?.mode).toBe("partial");
      const afterCorrection = await dumpGraph(store);
      expect(afterCorrection.nodes.find((n) => n.id === person!.id)?.name).toBe("改过名的测试人");
      const full = await rebuildGraph({ store, dataDir, rebuild: true });
      expect(full.write.mode).toBe("rebuild");
      expect(await dumpGraph(store)).toEqual(afterCorrection);
    } finally {
      await store.close();
    }
  }, 240_000);
});
