/**
 * A whole resolution folds each contribution as it is made (GraphBuilder `online`, articles
 * emitted by id); a partial one keeps every contribution and folds them at the end. Both must
 * give the same graph: checked on a generated corpus (same-name people, hub honours and unions,
 * organisations named by several spellings, events in several articles).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFile } from "../extract-file.ts";
import { generateCorpus } from "../generate/index.ts";
import { useTempDirs } from "../test-temp-dirs.ts";
import type { ArticleExtraction } from "../types.ts";
import { GraphBuilder } from "./graph-builder.ts";
import { resolutionKeys, resolveDetailed, resolveGraph } from "./index.ts";

const tempDir = useTempDirs();

describe("online fold", () => {
  it("gives the graph and merge log that folding the kept contributions gives", async () => {
    const dir = await tempDir("laomo-online-fold-");
    const all: ArticleExtraction[] = [];
    for (const page of generateCorpus({ articles: 240, seed: 5 })) {
      const file = path.join(dir, page.file);
      await writeFile(file, page.text);
      all.push(...(await extractFile(file)).extractions);
    }
    // Every key given as complete: the kept-contribution fold with nothing doubtful.
    const persons = new Set<string>();
    const events = new Set<string>();
    for (const a of all) {
      const k = resolutionKeys(a);
      for (const p of k.persons) persons.add(p);
      for (const e of k.events) events.add(e);
    }
    const kept = resolveDetailed(all, { persons, events });
    const online = resolveGraph(all);
    expect(online.batch.nodes.length).toBeGreaterThan(500);
    expect(online.batch.nodes.some((n) => n.articleIds.length > 20)).toBe(true);
    expect(online.batch).toEqual(kept.batch);
    expect(online.mergeLog).toEqual(kept.mergeLog);
    // Handed over, the extractions are let go as they are folded: the same graph, the list emptied.
    const handed = [...all];
    const consumed = resolveGraph(handed, { consume: true });
    expect(handed).toHaveLength(0);
    expect(consumed.batch).toEqual(kept.batch);
    expect(consumed.mergeLog).toEqual(kept.mergeLog);
  }, 60_000);

  it("refuses a contribution of an article that sorts before the one it is folding", () => {
    const g = new GraphBuilder({ online: true });
    const node = { id: "p_1", label: "Place", name: "北湾" } as const;
    g.node({ ...node, aliases: [] }, "a2", null);
    expect(() => g.node({ ...node, aliases: [] }, "a1", null)).toThrow(/came after/);
  });
});
