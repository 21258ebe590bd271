/**
 * The embedded store's deferred checkpoint (kuzu-store.ts applyDelta): while the write-ahead log
 * is under `deltaWalBytes` a delta's generation is its copied database file plus the log, and
 * every open replays the log; at the threshold the delta is checkpointed and no log is left.
 * Either way the graph is the one a full replace leaves, read by this store and by a fresh one.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nodeId, relId } from "../model/ids.ts";
import type { GraphBatch } from "../model/types.ts";
import { diffGraph, indexOfBatch } from "./graph-delta.ts";
import { dumpGraph } from "./graph-dump.ts";
import { applyKuzuDelta } from "./kuzu-delta.ts";
import { KuzuGeneration, runAll } from "./kuzu-generation.ts";
import { readCurrent } from "./kuzu-generations.ts";
import { openKuzuStore } from "./kuzu-store.ts";
import { loadSchema } from "./load-query.ts";
import { prepareBatch } from "./prepare-batch.ts";
import { buildTestGraph, IDS } from "./test-graph.ts";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "laomo-delta-wal-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/**
 * The test graph with five more workers of one organisation (kuzu's replay lost incoming
 * relationships of a node with three or more of them in one table).
 */
function withColleagues(batch: GraphBatch): GraphBatch {
  const zhou = batch.nodes.find((n) => n.id === IDS.zhouA);
  const works = batch.rels.find((r) => r.type === "WORKS_FOR" && r.source === IDS.zhouA);
  if (!zhou || !works) throw new Error("the test graph changed");
  const nodes = [...batch.nodes];
  const rels = [...batch.rels];
  for (let i = 1; i <= 15; i++) {
    const id = nodeId("Person", `同事${i}|青禾精密机械有限公司`);
    nodes.push({ ...zhou, id, name: `同事${i}` });
    rels.push({ ...works, id: relId("WORKS_FOR", id, IDS.qinghe), source: id });
  }
  return { nodes, rels };
}

/** The graph without an organisation that relationships point to (WORKS_FOR, ORGANIZED_BY). */
function withoutQinghe(batch: GraphBatch): GraphBatch {
  return {
    nodes: batch.nodes.filter((n) => n.id !== IDS.qinghe),
    rels: batch.rels.filter((r) => r.source !== IDS.qinghe && r.target !== IDS.qinghe),
  };
}

/** The live generation's write-ahead log in bytes (0: none). */
function liveWal(dataDir: string): number {
  const root = path.join(dataDir, "kuzu");
  const wal = path.join(root, `${readCurrent(root)}.wal`);
  return existsSync(wal) ? statSync(wal).size : 0;
}

/** The dump a full replace with `batch` leaves. */
async function rebuilt(batch: GraphBatch) {
  const store = await openKuzuStore({ dataDir: tempDir(), consoleWorker: false });
  try {
    await store.replaceGraph(batch);
    return await dumpGraph(store);
  } finally {
    await store.close();
  }
}

describe("kuzu delta: deferred checkpoint", () => {
  for (const [name, deltaWalBytes, deferred] of [
    ["under the threshold: deferred, the log replayed at every open", undefined, true],
    ["threshold 0: checkpointed, no log left", 0, false],
  ] as const) {
    it(`${name}; a removed node takes its incoming relationships`, async () => {
      const dataDir = tempDir();
      const base = buildTestGraph();
      const old = withColleagues(base);
      const next = withoutQinghe(old);
      // The colleagues come by a checkpointed delta (relationships created one by one, as a page's).
      const first = await openKuzuStore({ dataDir, consoleWorker: false, deltaWalBytes: 0 });
      try {
        await first.replaceGraph(base);
        await first.applyDelta(diffGraph(indexOfBatch(prepareBatch(base)), prepareBatch(old)).delta);
        expect(liveWal(dataDir)).toBe(0);
      } finally {
        await first.close();
      }
      const store = await openKuzuStore({ dataDir, consoleWorker: false, deltaWalBytes });
      try {
        const { delta } = diffGraph(indexOfBatch(prepareBatch(old)), prepareBatch(next));
        expect(delta.removeNodes.map((n) => n.id)).toEqual([IDS.qinghe]);
        // Only the node: its relationships go with it (kuzu's DETACH DELETE replayed from the log
        // kept incoming ones).
        await store.applyDelta({ ...delta, removeRels: [] });
        expect(liveWal(dataDir) > 0).toBe(deferred);
        expect(await dumpGraph(store)).toEqual(await rebuilt(next));

        // Two more deltas on top (the log carried from generation to generation).
        await store.applyDelta(diffGraph(indexOfBatch(prepareBatch(next)), prepareBatch(old)).delta);
        expect(await dumpGraph(store)).toEqual(await rebuilt(old));
        await store.applyDelta({ ...delta, removeRels: [] });
      } finally {
        await store.close();
      }
      // Another process's view: a fresh read-only open of the live generation.
      const reader = await openKuzuStore({ dataDir, readOnly: true, consoleWorker: false });
      try {
        expect(await dumpGraph(reader)).toEqual(await rebuilt(next));
      } finally {
        await reader.close();
      }
    });
  }

  it("a node removed by a delta leaves none of its relationships once the log is replayed", async () => {
    // The shape kuzu 0.11.3's replay of `DETACH DELETE` got wrong (incoming relationships of the
    // node kept): 16 people working for 5 organisations, created one by one and checkpointed.
    const file = path.join(tempDir(), "g");
    const rw = new KuzuGeneration("g", file, false, 1, { autoCheckpoint: false });
    await rw.init();
    try {
      await rw.withConnection(async ({ conn }) => {
        for (const stmt of loadSchema("kuzu")) await runAll(conn, stmt);
        for (let o = 0; o < 5; o++) await runAll(conn, `CREATE (:Organization {id: 'o${o}'})`);
        for (let p = 0; p < 16; p++) {
          await runAll(conn, `CREATE (:Person {id: 'p${p}'})`);
          await runAll(
            conn,
            `MATCH (a:Person {id: 'p${p}'}), (b:Organization {id: 'o${p % 5}'}) CREATE (a)-[:WORKS_FOR {id: 'w${p}'}]->(b)`,
          );
        }
        await runAll(conn, "CHECKPOINT");
        const removeNodes = [{ label: "Organization" as const, id: "o2" }];
        await applyKuzuDelta(conn, { removeRels: [], removeNodes, upsertNodes: [], upsertRels: [] });
        await runAll(conn, "CALL force_checkpoint_on_close=false");
      });
    } finally {
      await rw.retire();
    }
    expect(statSync(`${file}.wal`).size).toBeGreaterThan(0);
    const ro = new KuzuGeneration("g", file, true, 1);
    await ro.init();
    try {
      const rows = await ro.withConnection(({ conn }) =>
        runAll(conn, "MATCH (:Person)-[r:WORKS_FOR]->() RETURN r.id AS id ORDER BY id"),
      );
      // o2's workers were p2, p7 and p12.
      const want = [...Array(16).keys()].filter((p) => p % 5 !== 2).map((p) => `w${p}`);
      expect(rows.map((r) => r.id)).toEqual(want.sort());
    } finally {
      await ro.retire();
    }
  });
});
