/**
 * The embedded store's full write from two passes over a graph read one entity at a time
 * (`replaceGraphFromPasses`, what a full ingest writes from the resolution state) stores exactly
 * the graph `replaceGraph` stores from the batch, and a refused relationship leaves the graph before.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidInputError } from "../model/errors.ts";
import { dumpGraph } from "./graph-dump.ts";
import { openKuzuStore } from "./kuzu-store.ts";
import { passesOf, type RowPasses } from "./prepare-batch.ts";
import { buildTestGraph, scanOf } from "./test-graph.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "laomo-passes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kuzu replaceGraphFromPasses", () => {
  it("stores the graph replaceGraph stores", async () => {
    const graph = buildTestGraph();
    const a = await openKuzuStore({ dataDir: path.join(dir, "a"), consoleWorker: false });
    const b = await openKuzuStore({ dataDir: path.join(dir, "b"), consoleWorker: false });
    try {
      await a.applySchema();
      await b.applySchema();
      await a.replaceGraph(graph);
      const stats = await b.replaceGraphFromPasses(passesOf(scanOf(graph)));
      expect(stats).toMatchObject({ nodes: graph.nodes.length, rels: graph.rels.length });
      const dump = await dumpGraph(b);
      expect(dump.rels.length).toBe(graph.rels.length);
      expect(dump).toEqual(await dumpGraph(a));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("refuses a graph with a dangling relationship and keeps the graph it held", async () => {
    const graph = buildTestGraph();
    const store = await openKuzuStore({ dataDir: path.join(dir, "c"), consoleWorker: false });
    try {
      await store.applySchema();
      await store.replaceGraph(graph);
      const before = await dumpGraph(store);
      const [rel] = graph.rels;
      if (!rel) throw new Error("the test graph has no relationship");
      const broken = { nodes: graph.nodes.slice(1), rels: [{ ...rel, target: "p_nobody" }] };
      await expect(store.replaceGraphFromPasses(passesOf(scanOf(broken)))).rejects.toBeInstanceOf(
        InvalidInputError,
      );
      expect(await dumpGraph(store)).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it("a node COPY that fails while the relationship rows are made is reported, and the graph before is kept", async () => {
    const graph = buildTestGraph();
    const store = await openKuzuStore({ dataDir: path.join(dir, "d"), consoleWorker: false });
    try {
      await store.applySchema();
      await store.replaceGraph(graph);
      const before = await dumpGraph(store);
      // Enough relationship rows for the row loop to give the node COPYs beside it their turns.
      const many = Array.from({ length: 3_000 }, (_, i) =>
        graph.rels.map((r) => ({ ...r, id: `${r.id}_${i}` })),
      ).flat();
      const passes = passesOf(scanOf({ nodes: graph.nodes, rels: many }));
      // A Person line kuzu cannot read: its COPY fails while the relationship files are made.
      const broken: RowPasses = {
        ...passes,
        nodeRows: function* () {
          for (const [label, row, json] of passes.nodeRows())
            yield [label, row, label === "Person" ? json.slice(0, -3) : json];
        },
      };
      await expect(store.replaceGraphFromPasses(broken)).rejects.toThrow();
      expect(await dumpGraph(store)).toEqual(before);
      // The store still writes after the failed one.
      await store.replaceGraphFromPasses(passesOf(scanOf(graph)));
      expect(await dumpGraph(store)).toEqual(before);
    } finally {
      await store.close();
    }
  });
});
