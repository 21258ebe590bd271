/**
 * applyDelta contract, one suite per backend (the embedded store always, Neo4j when NEO4J_URI is
 * set): a delta computed from the stored batch to a changed one leaves the graph that a full
 * replace with the changed batch leaves — nodes and relationships removed, added and changed,
 * compared as canonical dumps — and changes the graph version.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeId, relId } from "../model/ids.ts";
import type { GraphBatch, GraphNode, GraphRel } from "../model/types.ts";
import { deltaSize, diffGraph, indexOfBatch } from "./graph-delta.ts";
import { dumpGraph } from "./graph-dump.ts";
import { prepareBatch } from "./prepare-batch.ts";
import type { GraphStore } from "./store.ts";
import { backends, NEO4J_URI } from "./test-backends.ts";
import { ARTICLE_ID, buildTestGraph, evidenceFor, IDS } from "./test-graph.ts";

if (!NEO4J_URI) console.warn("NEO4J_URI not set: Neo4j applyDelta contract tests SKIPPED");

/** The test graph after a day's news: one person gone, one new, one renamed, facts changed. */
function changedGraph(old: GraphBatch): GraphBatch {
  const ev = evidenceFor("毫厘之间", "周敏");
  const newcomer: GraphNode = {
    label: "Person",
    id: nodeId("Person", "郑欣|青禾精密机械有限公司"),
    name: "郑欣",
    aliases: [],
    pinyin: "zhengxin",
    initials: "zx",
    mergeKey: "name+employer:青禾精密机械有限公司",
    articleIds: [ARTICLE_ID],
    evidence: [ev],
  };
  const nodes = old.nodes
    .filter((n) => n.id !== IDS.zhouB)
    .map((n) => (n.id === IDS.union && n.label === "Organization" ? { ...n, aliases: ["澄湾总工会"] } : n));
  const rels: GraphRel[] = old.rels
    .filter((r) => r.source !== IDS.zhouB && r.target !== IDS.zhouB)
    .filter((r) => r.type !== "HELD_AT")
    .map((r) => (r.type === "SPOKE_AT" ? { ...r, talkTitle: "毫厘之间见真章（修订）" } : r));
  rels.push({
    type: "HAS_HONOUR",
    id: relId("HAS_HONOUR", newcomer.id, IDS.modelWorker, ""),
    source: newcomer.id,
    target: IDS.modelWorker,
    year: 2025,
    articleIds: [ARTICLE_ID],
    evidence: [ev],
  });
  return { nodes: [...nodes, newcomer], rels };
}

for (const backend of backends) {
  const suite = backend.enabled ? describe : describe.skip;
  suite(`applyDelta contract: ${backend.name}`, () => {
    let dir = "";
    let store: GraphStore;

    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), "laomo-delta-"));
      store = await backend.open(dir);
      await store.applySchema();
    });

    afterAll(async () => {
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("a delta leaves the graph a full replace leaves, and changes the version", async () => {
      expect(store.applyDelta).toBeTypeOf("function");
      expect(store.graphVersion).toBeTypeOf("function");
      const old = buildTestGraph();
      const next = changedGraph(old);
      await store.replaceGraph(old);
      const before = await dumpGraph(store);
      const v0 = await store.graphVersion!();
      expect(v0).not.toBeNull();

      const { delta } = diffGraph(indexOfBatch(prepareBatch(old)), prepareBatch(next));
      expect(delta.removeNodes.map((n) => n.id)).toEqual([IDS.zhouB]);
      expect(delta.removeRels.length).toBeGreaterThan(0);
      expect(delta.upsertNodes.filter((n) => n.isNew).map((n) => n.row.name)).toEqual(["郑欣"]);
      expect(delta.upsertNodes.filter((n) => !n.isNew).map((n) => n.row.id)).toEqual([IDS.union]);
      expect(delta.upsertRels.map((r) => [r.type, r.isNew])).toEqual(
        expect.arrayContaining([
          ["SPOKE_AT", false],
          ["HAS_HONOUR", true],
        ]),
      );
      await store.applyDelta!(delta);
      expect(await store.graphVersion!()).not.toBe(v0);
      const afterDelta = await dumpGraph(store);
      expect(afterDelta).not.toEqual(before);
      expect(afterDelta.nodes.map((n) => n.id)).not.toContain(IDS.zhouB);
      expect(afterDelta.rels.filter((r) => r.type === "HELD_AT")).toEqual([]);
      expect(afterDelta.rels.find((r) => r.type === "SPOKE_AT")?.talkTitle).toBe("毫厘之间见真章（修订）");

      await store.replaceGraph(next);
      expect(await dumpGraph(store)).toEqual(afterDelta);

      // The same batch again is an empty delta.
      const again = diffGraph(indexOfBatch(prepareBatch(next)), prepareBatch(next));
      expect(deltaSize(again.delta)).toBe(0);
    });
  });
}
