/**
 * No silent loss in the journal (issue 14): one content under several file names keeps every
 * name and the date each gave, the article carries the earliest date whatever the order the
 * names came in, event ids stay the same when a date is learnt, and re-runs change nothing.
 * Real embedded store, fictional article.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openKuzuStore } from "../cypher/kuzu-store.ts";
import type { GraphStore } from "../cypher/store.ts";
import { Journal } from "./journal.ts";
import { ingestPaths } from "./pipeline.ts";
import { useTempDirs } from "./test-temp-dirs.ts";

const PAGE = `青川县总工会举办劳模事迹报告会

本报讯 4月29日，青川县总工会在县职工文化宫举办劳模事迹报告会。全国劳动模范、青川县星河机械有限公司钳工林远航作了题为《把每一道工序做精》的报告，百余名职工到场聆听。
`;

const tempDir = useTempDirs();

interface Snapshot {
  article: Record<string, unknown>;
  events: { id: string; date: unknown }[];
  ids: string[];
}

/** The article, the events and every node and relationship id in the store. */
async function snapshot(store: GraphStore): Promise<Snapshot> {
  const rows = await store.query<{ node: Record<string, unknown> }>("export-nodes", { skip: 0, limit: 1000 });
  const nodes = rows.map((r) => r.node);
  const rels = await store.query<Record<string, unknown>>("export-rels", { skip: 0, limit: 1000 });
  const articles = nodes.filter((n) => n.label === "Article");
  expect(articles).toHaveLength(1);
  return {
    article: articles[0]!,
    events: nodes.filter((n) => n.label === "Event").map((n) => ({ id: String(n.id), date: n.date })),
    ids: [...nodes.map((n) => String(n.id)), ...rels.map((r) => String(r.id))].sort(),
  };
}

describe("one content under several file names", () => {
  it("keeps every name and date, the earliest date whatever the order, and stable ids; re-runs change nothing", async () => {
    const input = await tempDir("laomo-names-");
    const undated = path.join(input, "page.txt");
    const dated = path.join(input, "2024-04-30-page.txt");
    const earlier = path.join(input, "2024-04-29-copy.txt");
    for (const f of [undated, dated, earlier]) await writeFile(f, PAGE);

    const dataDir = await tempDir("laomo-data-");
    const store = await openKuzuStore({ dataDir });
    try {
      await ingestPaths([undated], { store, dataDir });
      const first = await snapshot(store);
      expect(first.article.date).toBeNull();
      expect(first.events).toHaveLength(1);
      expect(first.events[0]!.date).toBeNull();

      // The dated name arrives: the article learns its date, the event its year; no id changes.
      await ingestPaths([dated], { store, dataDir });
      const second = await snapshot(store);
      expect(second.article.id).toBe(first.article.id);
      expect(second.article.date).toBe("2024-04-30");
      expect(second.article.file).toBe(dated);
      expect(second.article.sourceFiles).toEqual([dated, undated]);
      expect(second.article.sourceDates).toEqual(["2024-04-30", ""]);
      expect(second.events).toEqual([{ id: first.events[0]!.id, date: "2024-04-29" }]);
      expect(second.ids).toEqual(first.ids);

      // The undated name again (the bug: the last name read overwrote the others and their dates).
      await ingestPaths([undated], { store, dataDir });
      expect(await snapshot(store)).toEqual(second);

      // A third name with an earlier date: it stands for the article; every date stays listed.
      await ingestPaths([earlier], { store, dataDir });
      const third = await snapshot(store);
      expect(third.article.date).toBe("2024-04-29");
      expect(third.article.file).toBe(earlier);
      expect(third.article.sourceFiles).toEqual([earlier, dated, undated]);
      expect(third.article.sourceDates).toEqual(["2024-04-29", "2024-04-30", ""]);
      expect(third.ids).toEqual(first.ids);

      // Idempotent: all names again, in any order, give the same graph.
      await ingestPaths([dated, earlier, undated], { store, dataDir });
      expect(await snapshot(store)).toEqual(third);
      await ingestPaths([input], { store, dataDir });
      expect(await snapshot(store)).toEqual(third);
    } finally {
      await store.close();
    }
  });

  it("a name whose content changed leaves the old content, which keeps its other names", async () => {
    const input = await tempDir("laomo-names-");
    const a = path.join(input, "2024-04-30-a.txt");
    const b = path.join(input, "b.txt");
    for (const f of [a, b]) await writeFile(f, PAGE);
    const dataDir = await tempDir("laomo-data-");
    const store = await openKuzuStore({ dataDir });
    try {
      await ingestPaths([a, b], { store, dataDir });
      await writeFile(b, PAGE.replace("百余名职工", "两百余名职工"));
      await ingestPaths([b], { store, dataDir });
      const articles = (await new Journal(dataDir).readAll()).map((x) => ({
        title: x.title,
        sources: x.sources,
        changed: x.text.includes("两百余名"),
      }));
      expect(articles).toHaveLength(2);
      expect(articles.find((x) => !x.changed)?.sources).toEqual([{ file: a, date: "2024-04-30" }]);
      expect(articles.find((x) => x.changed)?.sources).toEqual([{ file: b, date: null }]);
      expect((await store.counts()).nodes.Article).toBe(2);
    } finally {
      await store.close();
    }
  });

  it("reads a version 1 journal entry and keeps its source", async () => {
    const input = await tempDir("laomo-names-");
    const file = path.join(input, "2024-04-30-page.txt");
    await writeFile(file, PAGE);
    const dataDir = await tempDir("laomo-data-");
    const store = await openKuzuStore({ dataDir });
    try {
      await ingestPaths([file], { store, dataDir });
    } finally {
      await store.close();
    }
    // Rewrite the entry in the layout of version 1 (what an existing data folder holds).
    const journal = new Journal(dataDir);
    const index = await journal.index();
    const hash = index[file]!;
    const [x] = await journal.readAll();
    const { sources: _s, ...plain } = x!;
    await writeFile(
      path.join(dataDir, "journal", `${hash}.json`),
      JSON.stringify({ version: 1, file, contentHash: hash, extractions: [plain] }),
    );
    const [back] = await journal.readAll();
    expect(back?.id).toBe(x?.id);
    expect(back?.sources).toEqual([{ file, date: "2024-04-30" }]);
  });
});
